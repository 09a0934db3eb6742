import type { DocumentKind } from '../../workflows/agreement.catalog';
import { ruleOf } from '../../workflows/agreement.rules';
import type { Facts } from '../../workflows/agreement.rules';

export interface CurrentDocument {
  id: string;
  kind: DocumentKind;
  version: number;
  uploaded_at: Date;
}

/** What `FACTS_COLUMNS` loads beside an agreement's row (JSON: timestamps arrive as strings). */
export interface LoadedFacts {
  /** The current version of each kind (for archive photos and "other", every file counts). */
  cur_docs: Array<Omit<CurrentDocument, 'uploaded_at'> & { uploaded_at: string | Date }>;
  /** Each history row's rule, or for rows written before rules were recorded, the evidence they name. */
  path_rows: Array<{ rule: string | null; documents: Array<{ kind: DocumentKind }> | null }>;
  /** Who uploaded which kinds since the agreement entered its state (an invited expert's own opinion). */
  fresh_by: Array<{ kind: DocumentKind; by: string | null }>;
}

/** The select-list items (alias `a`) that load an agreement's guard facts with its row: one statement, no second read. */
export const FACTS_COLUMNS = `
    (SELECT coalesce(json_agg(d), '[]') FROM (SELECT DISTINCT ON (kind) id, kind, version, uploaded_at FROM documents
      WHERE agreement_id = a.id ORDER BY kind, version DESC) d) AS cur_docs,
    (SELECT coalesce(json_agg(json_build_object('rule', t.rule, 'documents', t.documents) ORDER BY t.id), '[]') FROM workflow_transitions t
      WHERE t.workflow = 'agreement' AND t.subject_id = a.id AND a.state = 'archiving') AS path_rows,
    (SELECT coalesce(json_agg(DISTINCT jsonb_build_object('kind', f.kind, 'by', f.uploaded_by)), '[]') FROM documents f
      WHERE f.agreement_id = a.id AND f.uploaded_at > a.entered_state_at) AS fresh_by`;

/** The kinds the steps taken so far required (only archiving asks, so other states load none). */
export function pathDocuments(rows: LoadedFacts['path_rows']): DocumentKind[] {
  const kinds = new Set<DocumentKind>();
  for (const r of rows) {
    const rule = r.rule ? ruleOf(r.rule) : undefined;
    if (rule) for (const k of rule.documents ?? []) kinds.add(k as DocumentKind);
    else if (!r.rule) for (const d of r.documents ?? []) kinds.add(d.kind);
  }
  return [...kinds];
}

interface FactsRow extends LoadedFacts {
  state: string;
  entered_state_at: Date | string;
  content: unknown;
  start_date: string | null;
  end_date: string | null;
  created_at: Date | string;
}

/** Everything the guards read about one agreement, for `actorId` (whose own uploads count for an expert's opinion). */
export function loadedFacts(row: FactsRow, now: Date, actorId: string | null = null): { facts: Facts; documents: CurrentDocument[] } {
  const documents = row.cur_docs.map((d) => ({ ...d, uploaded_at: new Date(d.uploaded_at) }));
  const entered = new Date(row.entered_state_at);
  const own = actorId && row.state === 'feasibility.demonstration' ? [...new Set(row.fresh_by.filter((f) => f.by === actorId).map((f) => f.kind))] : [];
  const facts: Facts = {
    now: now.toISOString(),
    documents: documents.map((d) => d.kind),
    freshDocuments: documents.filter((d) => d.uploaded_at > entered).map((d) => d.kind),
    content: (row.content ?? {}) as Facts['content'],
    startDate: row.start_date,
    endDate: row.end_date,
    createdAt: new Date(row.created_at).toISOString(),
    pathDocuments: pathDocuments(row.path_rows),
    ownFreshDocuments: own,
  };
  return { facts, documents };
}
