import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res, StreamableFile, UploadedFile } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { etagOf, parseIfMatch } from '../common/etag';
import { DomainError } from '../common/errors/domain-error';
import { IdPipe } from '../common/id.pipe';
import { ApiPaged } from '../common/openapi/api-paged.decorator';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import type { Page } from '../common/pagination';
import { AcceptsUpload, DOWNLOAD_CONTENT, downloadHeaders } from '../documents/uploads';
import type { StoredUpload } from '../documents/uploads';
import { AttachmentDto, MatrixDto, MonthlyReportDto, MonthlyReportStepDto } from './monthly-report.views';
import { CreateMonthlyReportDto, ListMonthlyReportsQuery, MatrixQuery, MonthlyReportContentDto, ReturnMonthlyReportDto } from './monthly-reports.dto';
import { MonthlyReportsService } from './monthly-reports.service';

const READERS = ['college_staff', 'college_leader', 'center_staff', 'center_director', 'school_leader', 'assessor', 'admin'] as const;

@ApiTags('monthly-reports')
@Controller('api/v1/monthly-reports')
export class MonthlyReportsController {
  constructor(private readonly reports: MonthlyReportsService) {}

  @Post()
  @Access('college_staff', 'college_leader')
  @ApiOperation({ summary: '新建月报 Draft the college’s report for a month (one per month; due before the 5th, none in vacation months)' })
  @ApiCreatedResponse({ type: MonthlyReportDto })
  @ApiProblems(400, { 409: ['duplicate'] }, { 422: ['unprocessable'] })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateMonthlyReportDto): Promise<MonthlyReportDto> {
    return this.reports.create(user, dto);
  }

  @Get()
  @Access(...READERS)
  @ApiOperation({ summary: '月报列表 Reports; a college sees its own' })
  @ApiPaged(MonthlyReportDto)
  @ApiProblems(400)
  list(@CurrentUser() user: AuthUser, @Query() q: ListMonthlyReportsQuery): Promise<Page<MonthlyReportDto>> {
    return this.reports.list(user, q);
  }

  @Get('matrix')
  @Access(...READERS)
  @ApiOperation({ summary: '月报上报情况 Colleges × months: on_time / late / missing / pending / vacation, with the punctuality score (10, −1 per late or missing)' })
  @ApiOkResponse({ type: MatrixDto })
  @ApiProblems(400)
  matrix(@CurrentUser() user: AuthUser, @Query() q: MatrixQuery): Promise<MatrixDto> {
    return this.reports.matrix(user, q.year, q.collegeId);
  }

  @Post(':id/attachments')
  @Access('college_staff', 'college_leader')
  @AcceptsUpload()
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: '上传月报附件 Attach a file (PDF, Office, images) to a draft or returned report' })
  @ApiCreatedResponse({ type: AttachmentDto })
  @ApiProblems(400, 404, { 409: ['event_not_allowed'] }, 413, 415, 503)
  attach(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @UploadedFile() file: StoredUpload | undefined): Promise<AttachmentDto> {
    if (!file) throw new DomainError('validation_failed', { errors: [{ field: 'file', code: 'required' }] });
    return this.reports.attach(user, id, file);
  }

  @Get(':id/attachments')
  @Access(...READERS)
  @ApiOperation({ summary: '月报附件 The report’s attachments' })
  @ApiOkResponse({ type: [AttachmentDto] })
  @ApiProblems(404)
  attachments(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string): Promise<AttachmentDto[]> {
    return this.reports.attachments(user, id);
  }

  @Get('attachments/:attachmentId/content')
  @Access(...READERS)
  @ApiOperation({ summary: '下载月报附件 Stream an attachment, for whoever may read its report' })
  @ApiOkResponse({ description: 'The bytes, with the attachment’s media type and file name', content: DOWNLOAD_CONTENT })
  @ApiProblems(404, 503)
  async attachmentContent(@CurrentUser() user: AuthUser, @Param('attachmentId', IdPipe) attachmentId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { view, file } = await this.reports.attachmentContent(user, attachmentId);
    res.set(downloadHeaders(view));
    return file;
  }

  @Get(':id')
  @Access(...READERS)
  @ApiOperation({ summary: '月报详情 One report; ETag carries its version (send it back as If-Match when editing)' })
  @ApiOkResponse({ type: MonthlyReportDto })
  @ApiProblems(404)
  async get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<MonthlyReportDto> {
    return withEtag(res, await this.reports.get(user, id));
  }

  @Patch(':id')
  @Access('college_staff', 'college_leader')
  @ApiOperation({ summary: '修改月报 Edit a draft or returned report; If-Match honoured' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version the caller saw; a stale one is 409 version_conflict' })
  @ApiOkResponse({ type: MonthlyReportDto })
  @ApiProblems(400, 404, { 409: ['event_not_allowed', 'version_conflict'] })
  async update(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: string,
    @Body() dto: MonthlyReportContentDto,
    @Res({ passthrough: true }) res: Response,
    @Headers('if-match') ifMatch?: string,
  ): Promise<MonthlyReportDto> {
    return withEtag(res, await this.reports.update(user, id, dto, parseIfMatch(ifMatch)));
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Access('college_staff', 'college_leader')
  @ApiOperation({ summary: '提交审核 Submit for the college leader’s sign-off' })
  @ApiOkResponse({ type: MonthlyReportDto })
  @ApiProblems(404, { 409: ['event_not_allowed', 'version_conflict'] }, { 422: ['requirements_not_met'] })
  submit(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string): Promise<MonthlyReportDto> {
    return this.reports.submit(user, id);
  }

  @Post(':id/sign-off')
  @HttpCode(200)
  @Access('college_leader')
  @ApiOperation({ summary: '审核上报 The college leader signs off: reported to the center, timestamped (on time before the due moment)' })
  @ApiOkResponse({ type: MonthlyReportDto })
  @ApiProblems(404, { 409: ['event_not_allowed', 'version_conflict'] })
  signOff(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string): Promise<MonthlyReportDto> {
    return this.reports.signOff(user, id);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Access('college_leader')
  @ApiOperation({ summary: '退回修改 The college leader returns the report with a comment' })
  @ApiOkResponse({ type: MonthlyReportDto })
  @ApiProblems(400, 404, { 409: ['event_not_allowed', 'version_conflict'] })
  returnReport(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Body() dto: ReturnMonthlyReportDto): Promise<MonthlyReportDto> {
    return this.reports.return(user, id, dto.comment);
  }

  @Post(':id/recall')
  @HttpCode(200)
  @Access('college_staff', 'college_leader')
  @ApiOperation({ summary: '撤回 The sender takes a submitted report back while the college leader has not acted on it (409 once they have)' })
  @ApiOkResponse({ type: MonthlyReportDto })
  @ApiProblems(404, { 409: ['event_not_allowed', 'version_conflict'] })
  recall(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string) {
    return this.reports.recall(user, id);
  }

  @Get(':id/history')
  @Access(...READERS)
  @ApiOperation({ summary: '流转记录 Every step of the report: who, when, event, from, to, comment' })
  @ApiOkResponse({ type: [MonthlyReportStepDto] })
  @ApiProblems(404)
  history(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string) {
    return this.reports.history(user, id);
  }
}

/** A report's version as its strong ETag, where If-Match is honoured (its edit). */
function withEtag(res: Response, report: MonthlyReportDto): MonthlyReportDto {
  res.setHeader('ETag', etagOf(report.version));
  return report;
}
