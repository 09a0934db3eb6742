import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { READS_EVERY } from '../common/auth/access-policy';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { ProgressQuery } from './dashboard.dto';
import { DashboardService } from './dashboard.service';
import { ProgressDto } from './dashboard.views';

@ApiTags('dashboard')
@Controller('api/v1/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('progress')
  @Access(...READS_EVERY.dashboard, 'college_staff', 'college_leader')
  @ApiOperation({ summary: '数据看板 Agreements per college × top-level stage, overdue filings, supervision, self-checks owed and this year’s monthly-report punctuality; a college user sees their own college' })
  @ApiOkResponse({ type: ProgressDto })
  @ApiProblems(400)
  progress(@CurrentUser() user: AuthUser, @Query() q: ProgressQuery): Promise<ProgressDto> {
    return this.dashboard.progress(user, q);
  }
}
