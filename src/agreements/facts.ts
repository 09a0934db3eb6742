import type { EntityManager } from 'typeorm';
import type { DocumentKind } from '../../workflows/agreement.catalog';
import { ruleOf } from '../../workflows/agreement.rules';
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

/**
 * The kinds the steps taken so far required (from each history row's rule; rows written before rules were
 * recorded name their evidence instead). Only archiving asks, so other states skip the query.
 */
export async function pathDocuments(tx: EntityManager, row: AgreementRow): Promise<DocumentKind[]> {
  if (row.state !== 'archiving') return [];
  const rows: Array<{ rule: string | null; documents: Array<{ kind: DocumentKind }> }> = await tx.query(
    `SELECT rule, documents FROM workflow_transitions WHERE workflow = 'agreement' AND subject_id = $1 ORDER BY id`,
    [row.id],
  );
  const kinds = new Set<DocumentKind>();
  for (const r of rows) {
    const rule = r.rule ? ruleOf(r.rule) : undefined;
    if (rule) for (const k of rule.documents ?? []) kinds.add(k as DocumentKind);
    else if (!r.rule) for (const d of r.documents ?? []) kinds.add(d.kind);
  }
  return [...kinds];
}

/** Kinds `actorId` uploaded since the agreement entered its state: an invited expert's own opinion. Only asked at demonstration. */
async function ownFreshDocuments(tx: EntityManager, row: AgreementRow, actorId: string | null): Promise<DocumentKind[]> {
  if (!actorId || row.state !== 'feasibility.demonstration') return [];
  const rows: Array<{ kind: DocumentKind }> = await tx.query(
    'SELECT DISTINCT kind FROM documents WHERE agreement_id = $1 AND uploaded_by = $2 AND uploaded_at > $3',
    [row.id, actorId, row.entered_state_at],
  );
  return rows.map((r) => r.kind);
}

export function factsOf(row: AgreementRow, documents: CurrentDocument[], now: Date, path: DocumentKind[] = [], own: DocumentKind[] = []): Facts {
  return {
    now: now.toISOString(),
    documents: documents.map((d) => d.kind),
    freshDocuments: documents.filter((d) => d.uploaded_at > row.entered_state_at).map((d) => d.kind),
    content: row.content ?? {},
    startDate: row.start_date,
    endDate: row.end_date,
    createdAt: new Date(row.created_at).toISOString(),
    pathDocuments: path,
    ownFreshDocuments: own,
  };
}

/** Everything the guards read about one agreement, for `actorId` (whose own uploads count for an expert's opinion). */
export async function loadFacts(tx: EntityManager, row: AgreementRow, now: Date, actorId: string | null = null): Promise<{ facts: Facts; documents: CurrentDocument[] }> {
  const documents = await currentDocuments(tx, row.id);
  return { facts: factsOf(row, documents, now, await pathDocuments(tx, row), await ownFreshDocuments(tx, row, actorId)), documents };
}
