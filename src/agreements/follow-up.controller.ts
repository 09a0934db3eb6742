import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { IdPipe } from '../common/id.pipe';
import { ApiPaged } from '../common/openapi/api-paged.decorator';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import type { Page } from '../common/pagination';
import { NudgeResultDto, ObligationDto } from './agreement.views';
import { ObligationsQuery } from './follow-up.dto';
import { FollowUpService } from './follow-up.service';

@ApiTags('agreements')
@Controller('api/v1')
export class FollowUpController {
  constructor(private readonly followUp: FollowUpService) {}

  @Post('agreements/:id/nudge')
  @HttpCode(200)
  @Access('college_staff', 'college_leader')
  @ApiOperation({ summary: '催办 Remind the reviewers of the step the agreement waits at; by its college, at most once a day (429 otherwise)' })
  @ApiOkResponse({ type: NudgeResultDto })
  @ApiProblems(404, { 409: ['event_not_allowed'] }, { 429: ['too_many_requests'] })
  nudge(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string): Promise<NudgeResultDto> {
    return this.followUp.nudge(user, id);
  }

  @Get('self-check-obligations')
  @Access('college_staff', 'college_leader', 'center_staff', 'center_director', 'assessor', 'admin')
  @ApiOperation({ summary: '学期自查任务 Each running agreement owes one self-check per semester: fulfilled, pending or late' })
  @ApiPaged(ObligationDto)
  @ApiProblems(400)
  obligations(@CurrentUser() user: AuthUser, @Query() q: ObligationsQuery): Promise<Page<ObligationDto>> {
    return this.followUp.obligations(user, q);
  }
}
