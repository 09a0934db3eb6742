import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_KINDS } from '../../workflows/agreement.catalog';
import type { DocumentKind } from '../../workflows/agreement.catalog';

/** One stored document version, as the API shows it (never its storage key). */
export class DocumentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) agreementId: string;
  @ApiProperty({ enum: Object.keys(DOCUMENT_KINDS) }) kind: DocumentKind;
  @ApiProperty({ type: 'integer', description: 'A new upload of a kind is its next version, from 1' }) version: number;
  @ApiProperty({ description: 'The sanitised file name' }) filename: string;
  @ApiProperty({ type: 'integer', description: 'Bytes' }) size: number;
  @ApiProperty({ description: 'SHA-256 of the bytes, hex; also the download’s ETag' }) sha256: string;
  @ApiProperty({ description: 'Read from the bytes, not from what the client claimed', example: 'application/pdf' }) mediaType: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) uploadedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) uploadedAt: Date;
}
