import { leavesInScope } from './totals';
import type { FlatNode } from './sheet.types';
import type { TemplateDefinition, TemplateNode } from './template.types';

/** Every node of the template, depth first, with its parent's code. */
export function flatten(def: Pick<TemplateDefinition, 'nodes'>): FlatNode[] {
  const out: FlatNode[] = [];
  const walk = (nodes: TemplateNode[], parentCode: string | null) => {
    for (const n of nodes) {
      out.push({ ...n, parentCode });
      walk(n.children ?? [], n.code);
    }
  };
  walk(def.nodes, null);
  return out;
}

export function isLeaf(n: TemplateNode): boolean {
  return !n.children || n.children.length === 0;
}


/** The leaves a sheet's scores are summed over: the scored mandatory leaves and the optional ones selected (totals.ts). */
export function countedLeafCodes(def: TemplateDefinition, selected: ReadonlySet<string>): string[] {
  return leavesInScope(def, [...selected].map((code) => ({ code, selected: true, selfScore: null, assessorScores: [] }))).map((n) => n.code);
}
