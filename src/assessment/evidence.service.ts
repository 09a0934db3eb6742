import { Injectable, StreamableFile } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { NotFoundError } from '../common/errors/domain-error';
import type { StoredUpload } from '../documents/uploads';
import { DocumentStore } from '../storage/document-store';
import { WorkflowRunner } from '../workflow/workflow-runner.service';
import { loadSheet, SheetSubject } from './sheet.subject';
import { SheetsService } from './sheets.service';
import { flatten } from './template-tree';
import { TemplatesService } from './templates.service';

export interface EvidenceDocument { id: string; code: string; filename: string; size: number; sha256: string; mediaType: string; uploadedBy: string | null; uploadedAt: Date }
const COLUMNS = `id, code, filename, size, sha256, media_type AS "mediaType", uploaded_by AS "uploadedBy", uploaded_at AS "uploadedAt"`;

/**
 * 佐证材料: evidence files attached to one indicator of a sheet while the college fills it — the same store and
 * the same checks as agreement documents (size limit, type read from the bytes, SHA-256 kept).
 */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly store: DocumentStore,
    private readonly sheets: SheetsService,
    private readonly templates: TemplatesService,
    private readonly runner: WorkflowRunner,
    private readonly subject: SheetSubject,
  ) {}

  /** Records an upload already streamed into the store; when this throws, the upload interceptor deletes the object. */
  async upload(user: AuthUser, cycleId: string, subjectId: string, code: string, file: StoredUpload): Promise<EvidenceDocument> {
    const row = await this.sheets.find(this.db.manager, cycleId, subjectId);
    this.sheets.assertMayEdit(user, row);
    const template = await this.templates.version(this.db.manager, row.template_key, row.template_version);
    if (!flatten(template).some((n) => n.code === code)) throw new NotFoundError({ zh: `指标 ${code}`, en: `Indicator ${code}` });
    return this.db.transaction(async (tx) => {
      const [locked] = await tx.query('SELECT state FROM assessment_sheets WHERE id = $1 FOR UPDATE', [row.id]);
      if (locked.state !== 'drafting') throw this.runner.conflict(this.subject, 'event_not_allowed', { ...row, state: locked.state });
      const [doc] = await tx.query(
        `INSERT INTO assessment_documents (id, sheet_id, code, filename, size, sha256, media_type, storage_key, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
        [randomUUID(), row.id, code, file.filename, file.size, file.sha256, file.mediaType, file.key, user.id, this.clock.now()],
      );
      return { ...doc, size: Number(doc.size) };
    });
  }

  async list(user: AuthUser, cycleId: string, subjectId: string): Promise<EvidenceDocument[]> {
    const row = await this.sheets.find(this.db.manager, cycleId, subjectId);
    this.sheets.assertMayRead(user, row);
    const docs: EvidenceDocument[] = await this.db.query(`SELECT ${COLUMNS} FROM assessment_documents WHERE sheet_id = $1 ORDER BY code, uploaded_at, id`, [row.id]);
    return docs.map((d) => ({ ...d, size: Number(d.size) }));
  }

  /** One evidence file's bytes, for whoever may read its sheet. */
  async content(user: AuthUser, documentId: string): Promise<{ view: EvidenceDocument; file: StreamableFile }> {
    const [doc]: Array<(EvidenceDocument & { sheetId: string; storageKey: string }) | undefined> = await this.db.query(
      `SELECT ${COLUMNS}, sheet_id AS "sheetId", storage_key AS "storageKey" FROM assessment_documents WHERE id = $1`,
      [documentId],
    );
    if (!doc) throw new NotFoundError({ zh: '佐证材料', en: 'Evidence file' });
    this.sheets.assertMayRead(user, await loadSheet(this.db.manager, doc.sheetId));
    const { sheetId: _sheet, storageKey, ...view } = doc;
    return { view: { ...view, size: Number(view.size) }, file: new StreamableFile(await this.store.get(storageKey)) };
  }

  /** Every step of the sheet: who, when, event, from, to, reason. */
  async history(user: AuthUser, cycleId: string, subjectId: string) {
    const row = await this.sheets.find(this.db.manager, cycleId, subjectId);
    this.sheets.assertMayRead(user, row);
    return this.runner.history(this.db.manager, 'assessmentSheet', row.id);
  }
}
