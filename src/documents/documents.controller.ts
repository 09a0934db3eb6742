import { Body, Controller, Get, Param, Post, Query, Res, StreamableFile, UploadedFile } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DOCUMENT_KINDS } from '../../workflows/agreement.catalog';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { DomainError } from '../common/errors/domain-error';
import { IdPipe } from '../common/id.pipe';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import { ROLES } from '../common/roles';
import { DocumentDto } from './document.views';
import { ListDocumentsQuery, UploadDocumentDto } from './documents.dto';
import { DocumentsService } from './documents.service';
import { AcceptsUpload, DOWNLOAD_CONTENT, downloadHeaders } from './uploads';
import type { StoredUpload } from './uploads';

@ApiTags('documents')
@Controller('api/v1')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post('agreements/:id/documents')
  @Access('college_staff', 'college_leader', 'center_staff', 'center_director', 'legal', 'department', 'expert')
  @AcceptsUpload()
  @ApiBody({ schema: { type: 'object', required: ['kind', 'file'], properties: { kind: { type: 'string', enum: Object.keys(DOCUMENT_KINDS) }, file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({
    summary: '上传材料 Upload a document (PDF, Office, images; size-limited). The owning college, and whoever may send an event that needs the kind (center: demonstration opinion, settlement; legal: its opinion). A new upload of a kind is its next version',
  })
  @ApiCreatedResponse({ type: DocumentDto })
  @ApiProblems(400, 404, { 409: ['read_only'] }, 413, 415, 503)
  async upload(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Body() dto: UploadDocumentDto, @UploadedFile() file: StoredUpload | undefined, @Res({ passthrough: true }) res: Response): Promise<DocumentDto> {
    if (!file) throw new DomainError('validation_failed', { errors: [{ field: 'file', code: 'required' }] });
    res.status(201);
    return this.documents.upload(user, id, dto.kind, file);
  }

  @Get('agreements/:id/documents')
  @Access(...ROLES)
  @ApiOperation({ summary: '材料列表 Current version of each kind (all archive photos and other files); `?all=true` for every version' })
  @ApiOkResponse({ type: [DocumentDto] })
  @ApiProblems(400, 404)
  list(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Query() q: ListDocumentsQuery): Promise<DocumentDto[]> {
    return this.documents.list(user, id, q.all === true);
  }

  @Get('documents/:id/content')
  @Access(...ROLES)
  @ApiOperation({ summary: '下载材料 Stream a document’s bytes, for whoever may read its agreement' })
  @ApiOkResponse({ description: 'The bytes, with the document’s media type, its file name (Content-Disposition) and its SHA-256 as ETag', content: DOWNLOAD_CONTENT })
  @ApiProblems(404, 503)
  async content(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { view, file } = await this.documents.content(user, id);
    res.set(downloadHeaders(view));
    return file;
  }
}
