import { Injectable, StreamableFile } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DOCUMENT_KINDS, DocumentKind, MANY_PER_AGREEMENT, UPLOAD_POLICY } from '../../workflows/agreement.catalog';
import { documentUploaders } from '../../workflows/agreement.describe';
import { actingRoles, AgreementAccess, assertNotReadOnly, isOwner } from '../agreements/agreement-access';
import { AgreementsService } from '../agreements/agreements.service';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError, NotFoundError } from '../common/errors/domain-error';
import { effectiveRoles } from '../common/roles';
import type { Role } from '../common/roles';
import { DocumentStore } from '../storage/document-store';
import type { DocumentDto } from './document.views';
import type { StoredUpload } from './uploads';

const DOCUMENT = { zh: '材料', en: 'Document' };

/** A documents row as PostgreSQL returns it. */
interface DocumentRow {
  id: string;
  agreement_id: string;
  kind: DocumentKind;
  version: number;
  filename: string;
  size: string; // bigint
  sha256: string;
  media_type: string;
  storage_key: string;
  uploaded_by: string | null;
  uploaded_at: Date;
}

@Injectable()
export class DocumentsService {
  private readonly uploaders = documentUploaders();

  constructor(
    private readonly db: DataSource,
    private readonly store: DocumentStore,
    private readonly agreements: AgreementsService,
    private readonly clock: Clock,
    private readonly access: AgreementAccess,
  ) {}

  /**
   * Records an upload the request has already streamed into the store (`@AcceptsUpload()`): when anything here
   * throws, the interceptor deletes the object again, so a refused upload leaves neither a row nor a file.
   */
  async upload(user: AuthUser, agreementId: string, kind: DocumentKind, file: StoredUpload): Promise<DocumentDto> {
    const row = await this.agreements.load(this.db.manager, agreementId);
    await this.access.assertMayRead(this.db.manager, user, row);
    const roles: Role[] = effectiveRoles(actingRoles(user, row));
    const asReviewer = roles.some((r) => this.uploaders[kind]?.includes(r));
    const asCollege = isOwner(user, row) && !UPLOAD_POLICY[kind];
    if (!asReviewer && !asCollege) {
      throw new DomainError('forbidden_role', { detail: { zh: `无权上传「${DOCUMENT_KINDS[kind].zh}」`, en: `You may not upload ${DOCUMENT_KINDS[kind].en}` } });
    }
    assertNotReadOnly(row);
    return this.insert(user, { id: randomUUID(), agreementId, kind, filename: file.filename, size: file.size, sha256: file.sha256, mediaType: file.mediaType, key: file.key });
  }

  /**
   * Versions are numbered under the agreement's row lock, so parallel uploads of one kind get 1, 2, 3… and never
   * collide; the lock also sees an agreement that was archived meanwhile.
   */
  private async insert(user: AuthUser, d: { id: string; agreementId: string; kind: DocumentKind; filename: string; size: number; sha256: string; mediaType: string; key: string }): Promise<DocumentDto> {
    return this.db.transaction(async (tx) => {
      const [locked]: Array<{ stage: string; state: string }> = await tx.query('SELECT stage, state FROM agreements WHERE id = $1 FOR UPDATE', [d.agreementId]);
      if (locked.stage === 'terminated') throw new DomainError('read_only', { extra: { statePath: locked.state } });
      const [row]: DocumentRow[] = await tx.query(
        `INSERT INTO documents (id, agreement_id, kind, version, filename, size, sha256, media_type, storage_key, uploaded_by, uploaded_at)
         SELECT $1, $2, $3::varchar, coalesce(max(version), 0) + 1, $4, $5, $6, $7, $8, $9, $10 FROM documents WHERE agreement_id = $2 AND kind = $3::varchar
         RETURNING *`,
        [d.id, d.agreementId, d.kind, d.filename, d.size, d.sha256, d.mediaType, d.key, user.id, this.clock.now()],
      );
      return toView(row);
    });
  }

  async list(user: AuthUser, agreementId: string, all: boolean): Promise<DocumentDto[]> {
    const row = await this.agreements.load(this.db.manager, agreementId);
    await this.access.assertMayRead(this.db.manager, user, row);
    const rows: DocumentRow[] = all
      ? await this.db.query('SELECT * FROM documents WHERE agreement_id = $1 ORDER BY kind, version DESC', [agreementId])
      : await this.db.query(
          `SELECT * FROM documents d WHERE agreement_id = $1 AND (kind = ANY($2) OR version = (SELECT max(version) FROM documents x WHERE x.agreement_id = d.agreement_id AND x.kind = d.kind))
           ORDER BY kind, version DESC`,
          [agreementId, [...MANY_PER_AGREEMENT]],
        );
    return rows.map(toView);
  }

  async content(user: AuthUser, id: string): Promise<{ view: DocumentDto; file: StreamableFile }> {
    const [row]: Array<DocumentRow | undefined> = await this.db.query('SELECT * FROM documents WHERE id = $1', [id]);
    if (!row) throw new NotFoundError(DOCUMENT);
    await this.access.assertMayRead(this.db.manager, user, await this.agreements.load(this.db.manager, row.agreement_id));
    return { view: toView(row), file: new StreamableFile(await this.store.get(row.storage_key)) };
  }
}

function toView(r: DocumentRow): DocumentDto {
  return {
    id: r.id,
    agreementId: r.agreement_id,
    kind: r.kind,
    version: r.version,
    filename: r.filename,
    size: Number(r.size),
    sha256: r.sha256,
    mediaType: r.media_type,
    uploadedBy: r.uploaded_by,
    uploadedAt: r.uploaded_at,
  };
}

