import type { SheetItem, SheetView } from '../sheet.types';
import type { TemplateDefinition, TemplateNode } from '../template.types';
import { countsTowardTotal } from './export-labels';

/** One item in print order (parents before their children, siblings as the sheet lists them). */
export interface SheetRow {
  item: SheetItem;
  /** The template node of the same code (input labels, category), when the template has it. */
  node: TemplateNode | undefined;
  /** 1 for the roots; a level-4 observation point under a level-3 indicator has depth 4. */
  depth: number;
  /** The leaves under a group (all of them, counted or not); `[]` for a leaf. */
  leaves: SheetItem[];
}

/** An assessor who scored at least one item, in order of first appearance. */
export interface Assessor {
  id: string;
  name: string;
}

export function templateNodesByCode(template: TemplateDefinition): Map<string, TemplateNode> {
  const byCode = new Map<string, TemplateNode>();
  const walk = (nodes: TemplateNode[]) =>
    nodes.forEach((n) => {
      byCode.set(n.code, n);
      walk(n.children ?? []);
    });
  walk(template.nodes);
  return byCode;
}

/**
 * The sheet's items as a tree walked depth first. The sheet is flat with parent codes; an item whose parent is missing
 * would silently vanish from a print, so that is an error.
 */
export function sheetRows(sheet: SheetView, template: TemplateDefinition): SheetRow[] {
  const nodes = templateNodesByCode(template);
  const codes = new Set(sheet.items.map((i) => i.code));
  const children = new Map<string | null, SheetItem[]>();
  for (const item of sheet.items) {
    if (item.parentCode !== null && !codes.has(item.parentCode)) {
      throw new Error(`Sheet item ${item.code} names a parent ${item.parentCode} the sheet does not hold`);
    }
    const siblings = children.get(item.parentCode) ?? [];
    siblings.push(item);
    children.set(item.parentCode, siblings);
  }
  const rows: SheetRow[] = [];
  const leavesOf = (item: SheetItem): SheetItem[] =>
    (children.get(item.code) ?? []).flatMap((child) => (children.has(child.code) ? leavesOf(child) : child.leaf ? [child] : []));
  const walk = (parent: string | null, depth: number) => {
    for (const item of children.get(parent) ?? []) {
      rows.push({ item, node: nodes.get(item.code), depth, leaves: item.leaf ? [] : leavesOf(item) });
      walk(item.code, depth + 1);
    }
  };
  walk(null, 1);
  return rows;
}

/** The leaves whose scores make up a group's (and the sheet's) total: see `countsTowardTotal`. */
export function countedLeaves(row: SheetRow): SheetItem[] {
  return row.item.leaf ? (countsTowardTotal(row.item) ? [row.item] : []) : row.leaves.filter(countsTowardTotal);
}

export function assessorsOf(sheet: SheetView): Assessor[] {
  const seen = new Map<string, Assessor>();
  for (const item of sheet.items) {
    for (const s of item.scores) {
      if (!seen.has(s.assessorId)) seen.set(s.assessorId, { id: s.assessorId, name: s.assessorName ?? s.assessorId });
    }
  }
  return [...seen.values()];
}

/**
 * Whether an assessor's total counts toward S2: they scored every counted leaf (ASSESSMENT.md: "an assessor must score
 * every leaf before its total counts").
 */
export function assessorComplete(sheet: SheetView, assessorId: string): boolean {
  const counted = sheet.items.filter(countsTowardTotal);
  return counted.length > 0 && counted.every((leaf) => leaf.scores.some((s) => s.assessorId === assessorId));
}

export function assessorScore(item: SheetItem, assessorId: string): number | null {
  return item.scores.find((s) => s.assessorId === assessorId)?.score ?? null;
}
