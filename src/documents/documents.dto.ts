import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { DOCUMENT_KINDS } from '../../workflows/agreement.catalog';
import type { DocumentKind } from '../../workflows/agreement.catalog';
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
