import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RULES } from '../../workflows/agreement.rules';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { etagOf, parseIfMatch } from '../common/etag';
import { IdPipe } from '../common/id.pipe';
import { ApiPaged } from '../common/openapi/api-paged.decorator';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import type { KeysetPage } from '../common/pagination';
import { ROLES, Role } from '../common/roles';
import { AgreementEventsService } from './agreement-events.service';
import { AgreementDetailDto, AgreementSummaryDto, HistoryEntryDto } from './agreement.views';
import { CreateAgreementDto, ListAgreementsQuery, SendEventDto, UpdateAgreementDto } from './agreements.dto';
import { AgreementsService } from './agreements.service';
import { SEND_EVENT_BODY } from './event-schemas';

/** Everyone the machine lets send some event (the scheduler's `system` is not a user). */
const EVENT_SENDERS = ROLES.filter((r) => Object.values(RULES).some((rule) => (rule.roles as readonly string[]).includes(r))) as Role[];
/** Reading is open to every role; what each sees is scoped in the service (college, filed-only for departments). */
const READERS = [...ROLES];

@ApiTags('agreements')
@Controller('api/v1/agreements')
export class AgreementsController {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly events: AgreementEventsService,
  ) {}

  @Post()
  @Access('college_staff', 'college_leader', 'center_staff', 'center_director', 'admin')
  @ApiOperation({ summary: '新建合作项目 Create an agreement at 调研; college users for their own college; demonstration forced for co-built majors, colleges and training bases' })
  @ApiCreatedResponse({ type: AgreementDetailDto, description: 'The new agreement; ETag carries its version' })
  @ApiProblems(400, { 422: ['unprocessable'] })
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateAgreementDto, @Res({ passthrough: true }) res: Response): Promise<AgreementDetailDto> {
    const agreement = await this.agreements.create(user, dto);
    res.setHeader('ETag', etagOf(agreement.version));
    return agreement;
  }

  @Get()
  @Access(...READERS)
  @ApiOperation({
    summary: '合作项目列表 List agreements: filters stage, collegeId, partnerId, cooperationType, q (title, partner name or filing number), overdue; '
      + 'a college sees its own, departments the filed ones. Page by `page` or by `cursor` (send back `nextCursor`); '
      + '`total` is exact up to 10,000 (1,000 with `q`) and an estimate above (`totalEstimated`)',
  })
  @ApiPaged(AgreementSummaryDto, undefined, { keyset: true })
  @ApiProblems(400)
  list(@CurrentUser() user: AuthUser, @Query() q: ListAgreementsQuery): Promise<KeysetPage<AgreementSummaryDto>> {
    return this.agreements.list(user, q);
  }

  @Get(':id')
  @Access(...READERS)
  @ApiOperation({ summary: '合作项目详情 One agreement with its state, content and the events the caller could send now (allowedEvents); ETag carries the version' })
  @ApiOkResponse({ type: AgreementDetailDto })
  @ApiProblems(404)
  async get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<AgreementDetailDto> {
    const agreement = await this.agreements.get(user, id);
    res.setHeader('ETag', etagOf(agreement.version));
    return agreement;
  }

  @Patch(':id')
  @Access('college_staff', 'college_leader')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version from ETag; a stale one is 409' })
  @ApiOperation({ summary: '修改合作项目 Edit title, content, term or majors — only the owning college, only at 调研, 材料准备 or 拟定协议' })
  @ApiOkResponse({ type: AgreementDetailDto })
  @ApiProblems(400, 404, { 409: ['version_conflict', 'not_editable', 'read_only'] }, { 422: ['unprocessable'] })
  async update(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: string,
    @Body() dto: UpdateAgreementDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AgreementDetailDto> {
    const agreement = await this.agreements.update(user, id, dto, parseIfMatch(ifMatch));
    res.setHeader('ETag', etagOf(agreement.version));
    return agreement;
  }

  @Post(':id/events')
  @HttpCode(200)
  @Access(...EVENT_SENDERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version the caller saw; a stale one is 409 version_conflict' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response with no second effect' })
  @ApiOperation({
    summary: '流转 Send a lifecycle event. 403 wrong role or college; 409 not allowed in this state or version conflict (body has the current state); 422 requirements not met (errors list each missing document or field)',
  })
  @ApiBody({ schema: SEND_EVENT_BODY, description: 'One event: `type`, an optional `comment` and the `data` that event takes' })
  @ApiOkResponse({ type: AgreementDetailDto, description: 'The agreement after the event; ETag carries its version' })
  @ApiProblems(400, 404, { 409: ['event_not_allowed', 'version_conflict', 'read_only'] }, { 422: ['requirements_not_met', 'idempotency_key_reused'] })
  async send(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: string,
    @Body() dto: SendEventDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AgreementDetailDto> {
    const result = await this.events.send(user, id, dto, { ifMatch: parseIfMatch(ifMatch), idempotencyKey });
    if (result.body.version) res.setHeader('ETag', etagOf(result.body.version));
    res.status(result.status);
    return result.body;
  }

  @Get(':id/history')
  @Access(...READERS)
  @ApiOperation({ summary: '流转记录 Every transition, oldest first: who (user and roles), when, event, from, to, comment, data and the documents that satisfied the guards' })
  @ApiOkResponse({ type: [HistoryEntryDto] })
  @ApiProblems(404)
  history(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string): Promise<HistoryEntryDto[]> {
    return this.events.history(user, id);
  }
}
