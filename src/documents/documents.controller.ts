import { Body, Controller, Get, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { DOCUMENT_KINDS } from '../../workflows/agreement.catalog';
import type { DocumentKind } from '../../workflows/agreement.catalog';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { DomainError } from '../common/errors/domain-error';
import { IdPipe } from '../common/id.pipe';
import { ROLES } from '../common/roles';
import { DocumentsService } from './documents.service';
import { downloadHeaders } from './uploads';
import { queryBoolean } from '../common/transforms';

export class UploadDocumentDto {
  @IsIn(Object.keys(DOCUMENT_KINDS))
  kind: DocumentKind;
}

export class ListDocumentsQuery {
  /** Every version, not only the current ones. */
  @IsOptional() @Transform(queryBoolean) @IsBoolean()
  all?: boolean;
}

@ApiTags('documents')
@Controller('api/v1')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post('agreements/:id/documents')
  @Access('college_staff', 'college_leader', 'center_staff', 'center_director', 'legal', 'department', 'expert')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['kind', 'file'], properties: { kind: { type: 'string', enum: Object.keys(DOCUMENT_KINDS) }, file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({
    summary: '上传材料 Upload a document (PDF, Office, images; size-limited). The owning college, and whoever may send an event that needs the kind (center: demonstration opinion, settlement; legal: its opinion). A new upload of a kind is its next version',
  })
  async upload(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Body() dto: UploadDocumentDto, @UploadedFile() file: { originalname: string; buffer: Buffer; size: number } | undefined, @Res({ passthrough: true }) res: Response) {
    if (!file) throw new DomainError('validation_failed', { errors: [{ field: 'file', code: 'required' }] });
    res.status(201);
    return this.documents.upload(user, id, dto.kind, file);
  }

  @Get('agreements/:id/documents')
  @Access(...ROLES)
  @ApiOperation({ summary: '材料列表 Current version of each kind (all archive photos and other files); `?all=true` for every version' })
  list(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Query() q: ListDocumentsQuery) {
    return this.documents.list(user, id, q.all === true);
  }

  @Get('documents/:id/content')
  @Access(...ROLES)
  @ApiOperation({ summary: '下载材料 Stream a document’s bytes, for whoever may read its agreement' })
  async content(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const { view, file } = await this.documents.content(user, id);
    res.set(downloadHeaders(view));
    return file;
  }
}
