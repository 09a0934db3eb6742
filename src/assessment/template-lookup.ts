import type { TemplateDefinition, TemplateNode } from './template.types';

/** Every node of a template, depth first, parents before their children. */
export function allNodes(template: Pick<TemplateDefinition, 'nodes'>): TemplateNode[] {
  const out: TemplateNode[] = [];
  const walk = (node: TemplateNode) => {
    out.push(node);
    node.children?.forEach(walk);
  };
  template.nodes.forEach(walk);
  return out;
}

/** The node with this code; throws when there is none (a code in a path that is unknown is the caller's 404). */
export function nodeByCode(template: Pick<TemplateDefinition, 'nodes'>, code: string): TemplateNode {
  const node = allNodes(template).find((n) => n.code === code);
  if (!node) throw new Error(`no node ${code}`);
  return node;
}

export function leaves(template: Pick<TemplateDefinition, 'nodes'>): TemplateNode[] {
  return allNodes(template).filter((n) => !n.children?.length);
}
