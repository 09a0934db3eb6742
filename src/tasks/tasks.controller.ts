import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { DeputyResponseDto, DeputyViewDto, TaskDetailDto, TaskDto, TaskListDto, UrgeResultDto } from './task.views';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { IdPipe } from '../common/id.pipe';
import { DeputiesService } from './deputies.service';
import { CcTaskDto, DelegateTaskDto, DeputyDto, ListTasksQuery, ResolveTaskDto, TransferTaskDto, UrgeTaskDto } from './tasks.dto';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@Controller('api/v1')
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly deputies: DeputiesService,
  ) {}

  @Get('tasks')
  @Access('authenticated')
  @ApiOperation({ summary: '我的待办 Work items waiting for the caller (by name, role and college, delegation, or as a deputy); filters kind, collegeId; counts per kind' })
  @ApiOkResponse({ type: TaskListDto })
  @ApiProblems(400)
  list(@CurrentUser() user: AuthUser, @Query() q: ListTasksQuery): Promise<TaskListDto> {
    return this.tasks.list(user, q);
  }

  @Get('tasks/:id')
  @Access('authenticated')
  @ApiOperation({ summary: '待办详情 One work item with its log (transfer, delegate, resolve, cc, urge); for whoever it waits on, its college and the center' })
  @ApiOkResponse({ type: TaskDetailDto })
  @ApiProblems(404)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string) {
    return this.tasks.get(user, id);
  }

  @Post('tasks/:id/transfer')
  @HttpCode(200)
  @Access('authenticated')
  @ApiOperation({ summary: '转办 Hand my item to a colleague who may do the step (422 otherwise); only whoever it waits on (403)' })
  @ApiOkResponse({ type: TaskDto })
  @ApiProblems(400, 404, { 409: ['event_not_allowed', 'version_conflict'] }, { 422: ['unprocessable'] })
  transfer(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Body() dto: TransferTaskDto) {
    return this.tasks.transfer(user, id, dto.userId, dto.note);
  }

  @Post('tasks/:id/delegate')
  @HttpCode(200)
  @Access('authenticated')
  @ApiOperation({ summary: '委派 Ask someone; they answer with resolve and the item returns to me, who acts' })
  @ApiOkResponse({ type: TaskDto })
  @ApiProblems(400, 404, { 409: ['event_not_allowed', 'version_conflict'] }, { 422: ['unprocessable'] })
  delegate(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Body() dto: DelegateTaskDto) {
    return this.tasks.delegate(user, id, dto.userId, dto.note);
  }

  @Post('tasks/:id/resolve')
  @HttpCode(200)
  @Access('authenticated')
  @ApiOperation({ summary: '委派答复 The delegate answers; the item goes back to the delegator' })
  @ApiOkResponse({ type: TaskDto })
  @ApiProblems(400, 404, { 409: ['event_not_allowed', 'version_conflict'] })
  resolve(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Body() dto: ResolveTaskDto) {
    return this.tasks.resolve(user, id, dto.note);
  }

  @Post('tasks/:id/cc')
  @HttpCode(200)
  @Access('authenticated')
  @ApiOperation({ summary: '抄送 A read-only copy with a note: each gets an inbox notice and read access to that record, and cannot act' })
  @ApiOkResponse({ type: TaskDto })
  @ApiProblems(400, 404, { 409: ['event_not_allowed'] }, { 422: ['unprocessable'] })
  cc(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Body() dto: CcTaskDto) {
    return this.tasks.cc(user, id, dto.userIds, dto.note);
  }

  @Post('tasks/:id/urge')
  @HttpCode(200)
  @Access('college_staff', 'college_leader', 'center_staff', 'center_director', 'admin')
  @ApiOperation({ summary: '催办 Remind whoever the item waits on now (deputies and delegate too); the subject’s college or the center; once a day (429)' })
  @ApiOkResponse({ type: UrgeResultDto })
  @ApiProblems(400, 404, { 409: ['event_not_allowed'] }, { 429: ['too_many_requests'] })
  urge(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Body() dto: UrgeTaskDto) {
    return this.tasks.urge(user, id, dto.note);
  }

  @Get('users/me/deputy')
  @Access('authenticated')
  @ApiOperation({ summary: '我的代理人 The caller’s deputy and period (null when none)' })
  @ApiOkResponse({ type: DeputyResponseDto })
  async deputy(@CurrentUser() user: AuthUser) {
    return { deputy: await this.deputies.get(user) };
  }

  @Put('users/me/deputy')
  @Access('authenticated')
  @ApiOperation({ summary: '设置代理人 Name a deputy {userId, from, to} (Shanghai dates, inclusive): same role, same college for college roles; items go to both' })
  @ApiOkResponse({ type: DeputyViewDto })
  @ApiProblems(400, { 422: ['unprocessable'] })
  setDeputy(@CurrentUser() user: AuthUser, @Body() dto: DeputyDto) {
    return this.deputies.set(user, dto);
  }

  @Delete('users/me/deputy')
  @HttpCode(204)
  @Access('authenticated')
  @ApiOperation({ summary: '取消代理 End the deputy period now' })
  @ApiNoContentResponse({ description: 'Ended' })
  @ApiProblems({ 404: ['not_found'] })
  async clearDeputy(@CurrentUser() user: AuthUser) {
    await this.deputies.clear(user);
  }
}
