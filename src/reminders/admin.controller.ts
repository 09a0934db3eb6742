import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import { IdPipe } from '../common/id.pipe';
import { ApiPaged } from '../common/openapi/api-paged.decorator';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import type { Page } from '../common/pagination';
import { ListDeliveriesQuery, SetClockDto } from './admin.dto';
import { AdminService } from './admin.service';
import { ClockDto, DeliveryDto, QueueStatusDto, SweepRunDto } from './admin.views';
import { DeliveryService } from '../notifications/delivery.service';
import { RetentionService } from '../retention/retention.service';
import { PurgeResultDto } from '../retention/retention.views';

@ApiTags('admin')
@Controller('api/v1/admin')
export class AdminController {
  constructor(
    private readonly admin: AdminService,
    private readonly deliveries: DeliveryService,
    private readonly retention: RetentionService,
  ) {}

  @Post('reminders/run')
  @HttpCode(200)
  @Access('admin')
  @ApiOperation({ summary: '立即运行提醒 Run every sweep now and relay the outbox; idempotent — running it twice sends nothing twice' })
  @ApiOkResponse({ type: SweepRunDto })
  run(): Promise<SweepRunDto> {
    return this.admin.runNow();
  }

  @Post('retention/run')
  @HttpCode(200)
  @Access('admin')
  @ApiOperation({ summary: '立即清理 Purge now what the retention settings no longer keep (old published outbox rows, idempotency keys, finished deliveries, expired login counters); runs daily by itself' })
  @ApiOkResponse({ type: PurgeResultDto })
  purge(): Promise<PurgeResultDto> {
    return this.retention.purge();
  }

  @Get('deliveries')
  @Access('admin')
  @ApiOperation({ summary: '投递记录 Deliveries with every attempt; `?status=failed` lists the permanent failures' })
  @ApiPaged(DeliveryDto)
  @ApiProblems(400)
  list(@Query() q: ListDeliveriesQuery): Promise<Page<DeliveryDto>> {
    return this.deliveries.list(q);
  }

  @Post('deliveries/:id/retry')
  @HttpCode(200)
  @Access('admin')
  @ApiOperation({ summary: '重新投递 Retry a failed delivery' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiProblems(404, { 409: ['event_not_allowed'] })
  retry(@Param('id', IdPipe) id: string): Promise<DeliveryDto> {
    return this.deliveries.retry(id);
  }

  @Get('queues')
  @Access('admin')
  @ApiOperation({
    summary: '队列状态 The queue backend and the outbox events not yet relayed; jobs, counts, failures and retries are on the queue dashboard at /admin/queues (bull-board)',
  })
  @ApiOkResponse({ type: QueueStatusDto })
  queueStatus(): Promise<QueueStatusDto> {
    return this.admin.queueStatus();
  }

  @Put('clock')
  @Access('admin')
  @ApiOperation({ summary: 'Test runs only (TEST_CLOCK): set the service clock' })
  @ApiOkResponse({ type: ClockDto })
  @ApiProblems(400, { 404: ['route_not_found'] })
  setClock(@Body() dto: SetClockDto): ClockDto {
    return this.admin.setClock(dto.now);
  }
}
