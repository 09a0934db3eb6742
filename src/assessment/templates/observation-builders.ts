import type { Category, InputSpec, Nature, Selection, TemplateNode } from '../template.types';

/**
 * Builders for unscored indicator systems (seeds/003, seeds/004): an observation point (观测点) is a yes/no, a
 * figure with its unit, or a text, recorded under the `observation` rule. Nature follows what is recorded:
 * yes/no and text 定性, a figure 定量, both 定性加定量 (the consortium seeds do not label nature themselves).
 */

/** Units whose figures may have decimals (shares, money, rates, person-months); the rest are counts. */
const DECIMAL_UNITS = new Set(['%', '万元', '亿元', '小时/周', '人月', '㎡']);

export function figureInput(name: string, label: string, unit: string): InputSpec {
  return DECIMAL_UNITS.has(unit) ? { name, label, type: 'decimal', min: 0, unit } : { name, label, type: 'integer', min: 0, unit };
}

export const yesNoInput = (name = 'yes', label = '是否'): InputSpec => ({ name, label, type: 'boolean' });
export const textInput = (name = 'text', label = '情况', maxLength?: number): InputSpec => ({
  name,
  label,
  type: 'text',
  ...(maxLength ? { maxLength } : {}),
});

function natureOf(inputs: InputSpec[]): Nature {
  const figures = inputs.some((i) => i.type === 'integer' || i.type === 'decimal');
  const words = inputs.some((i) => i.type !== 'integer' && i.type !== 'decimal');
  return figures && words ? 'mixed' : figures ? 'quantitative' : 'qualitative';
}

/** An observation point with the given inputs; its unit is the unit of its single figure, if any. */
export function observe(code: string, title: string, level: TemplateNode['level'], inputs: InputSpec[], extra: Partial<TemplateNode> = {}): TemplateNode {
  const units = [...new Set(inputs.flatMap((i) => ('unit' in i && i.unit ? [i.unit] : [])))];
  return {
    code,
    title,
    level,
    nature: natureOf(inputs),
    ...(units.length === 1 ? { unit: units[0] } : {}),
    ...extra,
    inputs,
    source: 'manual',
    rule: { type: 'observation' },
  };
}

export const yesNo = (code: string, title: string, level: TemplateNode['level'] = 4): TemplateNode => observe(code, title, level, [yesNoInput()]);
export const text = (code: string, title: string, level: TemplateNode['level'] = 4): TemplateNode => observe(code, title, level, [textInput()]);
export const figure = (code: string, title: string, unit: string, level: TemplateNode['level'] = 4): TemplateNode =>
  observe(code, title, level, [figureInput('value', title, unit)]);

/** 一级/二级/三级 nodes above the observation points: `名称：说明` splits into title and description. */
export function heading(code: string, level: TemplateNode['level'], wording: string, children: TemplateNode[], extra: Partial<TemplateNode> = {}): TemplateNode {
  const at = wording.indexOf('：');
  const [title, description] = at < 0 ? [wording, undefined] : [wording.slice(0, at), wording.slice(at + 1)];
  return { code, title, level, ...(description ? { description } : {}), ...extra, children };
}

/** Sets category and selection on a subtree wherever a node does not say otherwise. */
export function classify(node: TemplateNode, category: Category | undefined, selection: Selection): TemplateNode {
  return {
    ...node,
    ...(category && !node.category ? { category } : {}),
    selection: node.selection ?? selection,
    ...(node.children ? { children: node.children.map((c) => classify(c, category, selection)) } : {}),
  };
}
