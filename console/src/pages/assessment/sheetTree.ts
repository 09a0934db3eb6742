import type { Schemas } from '../../api/client';

export type Item = Schemas['SheetItemDto'];
export type Node = Schemas['TemplateNodeDto'];
export type ItemRow = Item & { children?: ItemRow[] };

/** The sheet's flat items (parents included) as the template's tree, in the template's order. */
export function itemTree(items: Item[]): ItemRow[] {
  const rows = new Map<string, ItemRow>(items.map((i) => [i.code, { ...i }]));
  const roots: ItemRow[] = [];
  for (const i of items) {
    const row = rows.get(i.code)!;
    const parent = i.parentCode ? rows.get(i.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(row);
    else roots.push(row);
  }
  return roots;
}

/** Every node of a template by its code. */
export function nodesByCode(nodes: Node[], out = new Map<string, Node>()): Map<string, Node> {
  for (const n of nodes) {
    out.set(n.code, n);
    if (n.children) nodesByCode(n.children, out);
  }
  return out;
}

/** The rule types of template.types.ts, in Chinese, for the tables (not workflow labels). */
export const RULE_LABELS: Record<string, string> = {
  manual: '评议', options: '选项计分', checklist: '清单扣分', perUnit: '按数量计分', ratioBands: '比例档次', coverage: '专业覆盖',
  deduction: '按次扣分', bands: '分档加分', dualRatio: '双比例', veto: '否定项', observation: '观测点',
};

export const NATURE_LABELS: Record<string, string> = { qualitative: '定性', quantitative: '定量', mixed: '定性加定量', veto: '否定' };
export const CATEGORY_LABELS: Record<string, string> = { basic: '基础', substantive: '实质', negative: '否定', outcome: '成效' };

export function ruleLabel(node: Node | undefined): string {
  if (!node?.rule) return '—';
  const type = String(node.rule.type);
  const computed = node.source?.startsWith('computed:') ? '（系统计算）' : '';
  return `${RULE_LABELS[type] ?? type}${computed}`;
}

/** The most an indicator may score: its points plus the bonus its rule allows. */
export function maxOf(item: Pick<Item, 'points' | 'bonusCap'>): number | undefined {
  return item.points === null ? undefined : item.points + (item.bonusCap ?? 0);
}
