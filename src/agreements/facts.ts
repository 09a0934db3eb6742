import type { EntityManager } from 'typeorm';
import type { DocumentKind } from '../../workflows/agreement.catalog';
import type { Facts } from '../../workflows/agreement.rules';
import type { AgreementRow } from './agreement.row';

export interface CurrentDocument {
  id: string;
  kind: DocumentKind;
  version: number;
  uploaded_at: Date;
}

/** The current version of each kind (for archive photos and "other", every file counts). */
export async function currentDocuments(tx: EntityManager, agreementId: string): Promise<CurrentDocument[]> {
  return tx.query(
    `SELECT DISTINCT ON (kind) id, kind, version, uploaded_at FROM documents WHERE agreement_id = $1 ORDER BY kind, version DESC`,
    [agreementId],
  );
}

/** When the agreement entered its current state: its last transition, or its creation. */
export async function enteredStateAt(tx: EntityManager, row: AgreementRow): Promise<Date> {
  const [last] = await tx.query('SELECT at FROM agreement_transitions WHERE agreement_id = $1 ORDER BY id DESC LIMIT 1', [row.id]);
  return last?.at ?? row.created_at;
}

export function factsOf(row: AgreementRow, documents: CurrentDocument[], now: Date, enteredAt: Date): Facts {
  return {
    now: now.toISOString(),
    documents: documents.map((d) => d.kind),
    freshDocuments: documents.filter((d) => d.uploaded_at > enteredAt).map((d) => d.kind),
    content: row.content ?? {},
    startDate: row.start_date,
    endDate: row.end_date,
  };
}
