import type { EntityManager } from 'typeorm';
import type { DocumentKind } from '../../workflows/agreement.catalog';
import type { Facts } from '../../workflows/agreement.rules';
import type { AgreementRow } from './agreement.row';

export interface CurrentDocument {
  id: string;
  kind: DocumentKind;
  version: number;
}

/** The current version of each kind (for archive photos and "other", every file counts). */
export async function currentDocuments(tx: EntityManager, agreementId: string): Promise<CurrentDocument[]> {
  return tx.query(
    `SELECT DISTINCT ON (kind) id, kind, version FROM documents WHERE agreement_id = $1 ORDER BY kind, version DESC`,
    [agreementId],
  );
}

export function factsOf(row: AgreementRow, documents: CurrentDocument[], now: Date): Facts {
  return {
    now: now.toISOString(),
    documents: documents.map((d) => d.kind),
    content: row.content ?? {},
    startDate: row.start_date,
    endDate: row.end_date,
  };
}
