import type { TemplateNode } from './template.types';

/**
 * A sheet (one subject in one cycle) and a cycle's results as the API shows them (ASSESSMENT.md "Shapes"). Pure
 * types: the sheets service builds them, the exports (xlsx, docx) read them.
 */
export interface EvidenceEntry {
  /** What the entry is: a month, an agreement, a partner, a major. */
  kind: 'month' | 'agreement' | 'partner' | 'major' | 'selfCheck' | 'ledgerChange';
  id: string;
  label: string;
  /** e.g. `on_time`, `late`, `missing` for months; the agreement's state for agreements. */
  status?: string;
}

export interface SheetItem {
  code: string;
  parentCode: string | null;
  title: string;
  level: number;
  points: number | null;
  bonusCap: number | null;
  /** Leaves carry scores; groups show the sums of their leaves. */
  leaf: boolean;
  selection: 'mandatory' | 'optional' | null;
  nature: string | null;
  unit: string | null;
  /** Optional indicators the college chose (自选 √); null for mandatory ones. */
  selected: boolean | null;
  inputs: Record<string, unknown>;
  proposal: { score: number | null; evidence: EvidenceEntry[] } | null;
  selfScore: number | null;
  note: string | null;
  scores: Array<{ assessorId: string; assessorName?: string; score: number; note: string | null }>;
  /** Mean of the assessors' scores for this item (display; S2 is computed from assessors' totals). */
  groupScore: number | null;
}

export interface SheetTotals {
  s1: number | null;
  s2: number | null;
  final: number | null;
}

export interface SheetView {
  id: string;
  cycleId: string;
  subjectId: string;
  subjectName: string;
  templateKey: string;
  templateVersion: number;
  year: number;
  state: 'drafting' | 'submitted' | 'final' | 'published';
  version: number;
  allowedEvents: Array<{ type: string; ready: boolean; missing: unknown[] }>;
  totals: SheetTotals;
  weights: { self: number; group: number };
  verdict: string | null;
  vetoHit: boolean;
  items: SheetItem[];
}

export interface ResultRow {
  subjectId: string;
  name: string;
  s1: number | null;
  s2: number | null;
  final: number | null;
  rank: number | null;
  verdict: string | null;
  state: string;
}

export interface CycleResults {
  cycleId: string;
  templateKey: string;
  templateVersion: number;
  templateName: string;
  year: number;
  weights: { self: number; group: number };
  rows: ResultRow[];
}

/** A node of the template, flattened with its parent's code, as a sheet lists it. */
export interface FlatNode extends TemplateNode {
  parentCode: string | null;
}
