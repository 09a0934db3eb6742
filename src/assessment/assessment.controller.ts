import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res, StreamableFile, UploadedFile } from '@nestjs/common';
import { sheetEngine } from '../../workflows/assessment-sheet.machine';
import { DomainError } from '../common/errors/domain-error';
import { MachineDescriptionDto } from '../workflow/workflow.views';
import { AcceptsUpload, DOWNLOAD_CONTENT, downloadHeaders } from '../documents/uploads';
import type { StoredUpload } from '../documents/uploads';
import { EvidenceService } from './evidence.service';
import type { Response } from 'express';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { IdPipe } from '../common/id.pipe';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { CreateConsortiumDto, CycleEventDto, FigureDto, FillItemDto, OpenCycleDto, ScoreItemDto, SheetEventDto, TemplateQuery } from './assessment.dto';
import { ConsortiumsService } from './consortiums.service';
import { ConsortiumDto, CycleDto, EvidenceDocumentDto, FiguresDto, SheetStepDto, ItemResultDto, ResultsDto, SheetDto, SheetRefDto, TemplateDto, TemplateSummaryDto } from './assessment.views';
import { CyclesService, ExportFile } from './cycles.service';
import { SheetsService } from './sheets.service';
import { TemplatesService } from './templates.service';

const CENTER = ['center_staff', 'center_director'] as const;
const SHEET_READERS = ['college_staff', 'college_leader', 'center_staff', 'center_director', 'assessor', 'school_leader', 'admin'] as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TEMPLATE_BODY = { schema: { type: 'object', additionalProperties: true, description: 'A template: {key, name, subject, weights: {self, group}, minOptional?, bands?, nodes}' } };

@ApiTags('assessment')
@Controller('api/v1/assessment')
export class AssessmentController {
  constructor(
    private readonly templates: TemplatesService,
    private readonly cycles: CyclesService,
    private readonly sheets: SheetsService,
    private readonly consortiumsService: ConsortiumsService,
    private readonly evidence: EvidenceService,
  ) {}

  private readonly sheetMachine: MachineDescriptionDto = sheetEngine.describe();

  @Get('workflow')
  @Access('authenticated')
  @ApiOperation({ summary: '考核表流程定义 The sheet machine: its states (drafting, submitted, final, published), events (SUBMIT, RETURN, FINALIZE, PUBLISH) with labels and who sends each' })
  @ApiOkResponse({ type: MachineDescriptionDto })
  workflow(): MachineDescriptionDto {
    return this.sheetMachine;
  }

  @Get('templates')
  @Access('authenticated')
  @ApiOperation({ summary: '指标体系列表 Every template key with its latest published version and its draft' })
  @ApiOkResponse({ type: [TemplateSummaryDto] })
  listTemplates() {
    return this.templates.list();
  }

  @Get('templates/:key')
  @Access('authenticated')
  @ApiOperation({ summary: '指标体系 One template as its tree: the latest published version, or ?version=' })
  @ApiOkResponse({ type: TemplateDto })
  @ApiProblems(400, 404)
  getTemplate(@Param('key') key: string, @Query() q: TemplateQuery) {
    return this.templates.get(key, q.version);
  }

  @Post('templates')
  @Access('admin')
  @ApiOperation({ summary: '新建指标体系 A new template (version 1, draft), validated as a whole: every error listed' })
  @ApiBody(TEMPLATE_BODY)
  @ApiCreatedResponse({ type: TemplateDto })
  @ApiProblems(400, { 409: ['duplicate'] })
  createTemplate(@CurrentUser() user: AuthUser, @Body() body: unknown) {
    return this.templates.create(user, body);
  }

  @Put('templates/:key/draft')
  @Access('admin')
  @ApiOperation({ summary: '编辑草稿 Create or replace the next version’s draft (latest published + 1); a published version never changes' })
  @ApiBody(TEMPLATE_BODY)
  @ApiOkResponse({ type: TemplateDto })
  @ApiProblems(400, 404)
  putDraft(@CurrentUser() user: AuthUser, @Param('key') key: string, @Body() body: unknown) {
    return this.templates.putDraft(user, key, body);
  }

  @Post('templates/:key/publish')
  @HttpCode(200)
  @Access('admin')
  @ApiOperation({ summary: '发布指标体系 Freeze the draft as the latest published version' })
  @ApiOkResponse({ type: TemplateDto })
  @ApiProblems(404, { 409: ['event_not_allowed'] })
  publishTemplate(@Param('key') key: string) {
    return this.templates.publish(key);
  }

  @Post('cycles')
  @Access(...CENTER)
  @ApiOperation({ summary: '开启考核周期 A template’s published version + a year: one sheet per subject (every college unless listed); 409 for a second cycle of the same template and year' })
  @ApiCreatedResponse({ type: CycleDto })
  @ApiProblems(400, 404, { 409: ['duplicate'] }, { 422: ['unprocessable'] })
  openCycle(@CurrentUser() user: AuthUser, @Body() dto: OpenCycleDto) {
    return this.cycles.open(user, dto);
  }

  @Get('cycles')
  @Access('authenticated')
  @ApiOperation({ summary: '考核周期列表 Cycles with their sheets’ states; a college sees its own sheet in each' })
  @ApiOkResponse({ type: [CycleDto] })
  listCycles(@CurrentUser() user: AuthUser) {
    return this.cycles.list(user);
  }

  @Get('cycles/:id')
  @Access('authenticated')
  @ApiOperation({ summary: '考核周期 One cycle with its sheets’ states' })
  @ApiOkResponse({ type: CycleDto })
  @ApiProblems(404)
  getCycle(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string) {
    return this.cycles.get(user, id);
  }

  @Post('cycles/:id/events')
  @HttpCode(200)
  @Access('center_director')
  @ApiOperation({ summary: '发布结果 PUBLISH the whole cycle once every sheet is final (409 listing those that are not)' })
  @ApiOkResponse({ type: CycleDto })
  @ApiProblems(400, 404, { 409: ['incomplete', 'event_not_allowed'] })
  cycleEvent(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Body() _dto: CycleEventDto) {
    return this.cycles.publish(user, id);
  }

  @Get('cycles/:id/results')
  @Access('college_staff', 'college_leader', 'center_staff', 'center_director', 'school_leader', 'admin')
  @ApiOperation({ summary: '考核结果 Rows {subjectId, name, s1, s2, final, rank, verdict}, final descending, shared ranks; a college sees its own row' })
  @ApiOkResponse({ type: ResultsDto })
  @ApiProblems(404)
  results(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string) {
    return this.cycles.results(user, id);
  }

  @Get('cycles/:id/sheets/:subjectId')
  @Access(...SHEET_READERS)
  @ApiOperation({ summary: '考核表 Every node with points, inputs, proposal and evidence, self score, assessor scores, group score; totals, state, allowed events' })
  @ApiOkResponse({ type: SheetDto })
  @ApiProblems(404)
  sheet(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Param('subjectId', new ParseUUIDPipe()) subjectId: string) {
    return this.sheets.view(user, id, subjectId);
  }

  @Get('sheets/:sheetId')
  @Access(...SHEET_READERS)
  @ApiOperation({ summary: '考核表位置 Where one sheet lives (cycle and subject), for whoever may read it: work items link to sheets by id' })
  @ApiOkResponse({ type: SheetRefDto })
  @ApiProblems(404)
  sheetRef(@CurrentUser() user: AuthUser, @Param('sheetId', IdPipe) sheetId: string) {
    return this.cycles.sheetRef(user, sheetId);
  }

  @Get('consortiums')
  @Access('authenticated')
  @ApiOperation({ summary: '市域产教联合体 The consortiums the consortium templates assess' })
  @ApiOkResponse({ type: [ConsortiumDto] })
  consortiums() {
    return this.consortiumsService.list();
  }

  @Post('consortiums')
  @Access('admin', 'center_staff', 'center_director')
  @ApiOperation({ summary: '登记联合体 Register a consortium (a subject of consortium-standard / consortium-indicators cycles)' })
  @ApiCreatedResponse({ type: ConsortiumDto })
  @ApiProblems(400, { 409: ['duplicate'] })
  createConsortium(@Body() dto: CreateConsortiumDto) {
    return this.consortiumsService.create(dto.name);
  }

  @Post('cycles/:id/sheets/:subjectId/items/:code/documents')
  @Access('college_staff', 'college_leader', 'center_staff', 'center_director')
  @AcceptsUpload()
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: '上传佐证材料 Attach an evidence file (PDF, Office, images) to one indicator while drafting' })
  @ApiCreatedResponse({ type: EvidenceDocumentDto })
  @ApiProblems(400, 404, { 409: ['event_not_allowed'] }, 413, 415, 503)
  uploadEvidence(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Param('subjectId', new ParseUUIDPipe()) subjectId: string, @Param('code') code: string,
    @UploadedFile() file: StoredUpload | undefined) {
    if (!file) throw new DomainError('validation_failed', { errors: [{ field: 'file', code: 'required' }] });
    return this.evidence.upload(user, id, subjectId, code, file);
  }

  @Get('cycles/:id/sheets/:subjectId/documents')
  @Access(...SHEET_READERS)
  @ApiOperation({ summary: '佐证材料 The sheet’s evidence files, by indicator' })
  @ApiOkResponse({ type: [EvidenceDocumentDto] })
  @ApiProblems(404)
  evidenceList(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Param('subjectId', new ParseUUIDPipe()) subjectId: string) {
    return this.evidence.list(user, id, subjectId);
  }

  @Get('documents/:documentId/content')
  @Access(...SHEET_READERS)
  @ApiOperation({ summary: '下载佐证材料 Stream an evidence file, for whoever may read its sheet' })
  @ApiOkResponse({ description: 'The bytes, with the file’s media type, its file name (Content-Disposition) and its SHA-256 as ETag', content: DOWNLOAD_CONTENT })
  @ApiProblems(404, 503)
  async evidenceContent(@CurrentUser() user: AuthUser, @Param('documentId', IdPipe) documentId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { view, file } = await this.evidence.content(user, documentId);
    res.set(downloadHeaders(view));
    return file;
  }

  @Get('cycles/:id/sheets/:subjectId/history')
  @Access(...SHEET_READERS)
  @ApiOperation({ summary: '考核表流转记录 Every step of the sheet: who, when, event, from, to, reason' })
  @ApiOkResponse({ type: [SheetStepDto] })
  @ApiProblems(404)
  sheetHistory(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Param('subjectId', new ParseUUIDPipe()) subjectId: string) {
    return this.evidence.history(user, id, subjectId);
  }

  @Get('cycles/:id/sheets/:subjectId/figures')
  @Access(...SHEET_READERS)
  @ApiOperation({ summary: '年度数据 seeds/004’s yearly figures (2023 actual, 2024–2026 committed) and later actuals compared with the commitments' })
  @ApiOkResponse({ type: FiguresDto })
  @ApiProblems(404)
  figures(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Param('subjectId', new ParseUUIDPipe()) subjectId: string) {
    return this.sheets.figures(user, id, subjectId);
  }

  @Put('cycles/:id/sheets/:subjectId/figures')
  @Access('college_staff', 'college_leader', 'center_staff', 'center_director')
  @ApiOperation({ summary: '填报年度数据 One yearly figure {code, input?, year, kind (actual | committed), value} while drafting' })
  @ApiOkResponse({ type: FiguresDto })
  @ApiProblems(400, 404, { 409: ['event_not_allowed'] })
  putFigure(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Param('subjectId', new ParseUUIDPipe()) subjectId: string, @Body() dto: FigureDto) {
    return this.sheets.putFigure(user, id, subjectId, dto);
  }

  @Put('cycles/:id/sheets/:subjectId/items/:code')
  @Access('college_staff', 'college_leader', 'center_staff', 'center_director')
  @ApiOperation({ summary: '填报指标 Fill one indicator while drafting: inputs, selfScore (a value other than the proposal needs a note), selected, note' })
  @ApiOkResponse({ type: ItemResultDto })
  @ApiProblems(400, 404, { 409: ['event_not_allowed'] })
  fill(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Param('subjectId', new ParseUUIDPipe()) subjectId: string, @Param('code') code: string, @Body() dto: FillItemDto) {
    return this.sheets.fill(user, id, subjectId, code, dto);
  }

  @Put('cycles/:id/sheets/:subjectId/scores/:code')
  @Access('assessor')
  @ApiOperation({ summary: '考核组评分 One assessor’s score for one leaf while submitted; never for the assessor’s own college (403)' })
  @ApiOkResponse({ type: ItemResultDto })
  @ApiProblems(400, 404, { 409: ['event_not_allowed'] })
  score(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Param('subjectId', new ParseUUIDPipe()) subjectId: string, @Param('code') code: string, @Body() dto: ScoreItemDto) {
    return this.sheets.score(user, id, subjectId, code, dto);
  }

  @Post('cycles/:id/sheets/:subjectId/events')
  @HttpCode(200)
  @Access('college_leader', 'center_staff', 'center_director')
  @ApiOperation({ summary: '考核表流转 SUBMIT (college leader; 409 listing what is missing), RETURN {reason} or FINALIZE (the center, once enough assessors scored every leaf)' })
  @ApiOkResponse({ type: SheetDto })
  @ApiProblems(400, 404, { 409: ['incomplete', 'event_not_allowed', 'version_conflict'] }, { 422: ['requirements_not_met'] })
  sheetEvent(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Param('subjectId', new ParseUUIDPipe()) subjectId: string, @Body() dto: SheetEventDto) {
    return this.sheets.event(user, id, subjectId, dto);
  }

  @Get('cycles/:id/export.xlsx')
  @Access('college_staff', 'college_leader', 'center_staff', 'center_director', 'school_leader', 'admin')
  @ApiOperation({ summary: '导出考核结果 The ranking as xlsx: Chinese headers, final and rank as cell formulas, print-ready' })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'The workbook', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(404)
  async exportResults(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Res({ passthrough: true }) res: Response) {
    return this.send(res, await this.cycles.exportResults(user, id));
  }

  @Get('cycles/:id/sheets/:subjectId/export.xlsx')
  @Access(...SHEET_READERS)
  @ApiOperation({ summary: '导出考核表 One sheet as xlsx: every indicator, group sums, S1, S2 and the final as formulas, the evidence on a second sheet' })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'The workbook', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(404)
  async exportSheet(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Param('subjectId', new ParseUUIDPipe()) subjectId: string, @Res({ passthrough: true }) res: Response) {
    return this.send(res, await this.cycles.exportSheet(user, id, subjectId));
  }

  @Get('cycles/:id/sheets/:subjectId/self-report.docx')
  @Access(...SHEET_READERS)
  @ApiOperation({ summary: '导出自评报告 The 自评报告 as .docx following seeds/000’s sections, with the 指标自查表 filled' })
  @ApiProduces(DOCX)
  @ApiOkResponse({ description: 'The document', content: { [DOCX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(404)
  async exportSelfReport(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Param('subjectId', new ParseUUIDPipe()) subjectId: string, @Res({ passthrough: true }) res: Response) {
    return this.send(res, await this.cycles.exportSelfReport(user, id, subjectId));
  }

  private send(res: Response, file: ExportFile): StreamableFile {
    res.set({ 'Content-Type': file.mediaType, 'Content-Length': String(file.bytes.length), 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}` });
    return new StreamableFile(file.bytes);
  }
}
