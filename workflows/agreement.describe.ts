import type { AnyStateNode, AnyTransitionDefinition } from 'xstate';
import { DOCUMENT_KINDS, EVENTS, EventType, Label, STATE_LABELS, TERMINATION_REASONS, UPLOAD_POLICY } from './agreement.catalog';
import { AGREEMENT_MACHINE_VERSION, agreementMachine, GuardParams } from './agreement.machine';
import { ruleOf, Rule, RULES } from './agreement.rules';
import { agreementEngine } from './agreement.engine';

/** The machine read back as data (for GET /workflow) and as a Mermaid diagram: nothing here is written by hand. */
export interface TransitionDescription {
  event: EventType;
  target: string | null;
  roles: string[];
  documents: string[];
  /** Of `documents`, those that must be uploaded anew for this step. */
  freshDocuments: string[];
  anyDocument: string[];
  attachments: string[];
  comment: 'required' | 'optional' | 'none';
  fields: string[];
  conditions: string[];
  /** RETURN: the state it sends the agreement back to; RECALL: the step it takes back. */
  to?: string;
}

export interface StateDescription {
  path: string;
  label: Label;
  type: 'atomic' | 'compound' | 'final';
  initial: string | null;
  transitions: TransitionDescription[];
}

function pathOf(node: AnyStateNode): string {
  return node.path.join('.');
}

function nodes(node: AnyStateNode = agreementMachine.root): AnyStateNode[] {
  return Object.values(node.states).flatMap((child) => [child, ...nodes(child)]);
}

function describeTransition(t: AnyTransitionDefinition): TransitionDescription {
  const params = (t.guard as { params: GuardParams }).params;
  const rule = ruleOf(params.rule);
  return {
    event: t.eventType as EventType,
    target: t.target?.length ? pathOf(t.target[0]) : null,
    roles: [...rule.roles],
    documents: [...(rule.documents ?? [])],
    freshDocuments: [...(rule.fresh ?? [])],
    anyDocument: [...(rule.anyDocument ?? [])],
    attachments: [...(rule.attachments ?? [])],
    comment: rule.comment ?? 'none',
    fields: [...(rule.fields ?? [])],
    conditions: params.when ?? [],
    ...(params.to ? { to: params.to } : {}),
  };
}

export function describeWorkflow() {
  const states: StateDescription[] = nodes().map((n) => ({
    path: pathOf(n),
    label: STATE_LABELS[pathOf(n)],
    type: n.type === 'final' ? 'final' : n.type === 'compound' ? 'compound' : 'atomic',
    initial: n.type === 'compound' ? pathOf(n.initial.target[0]) : null,
    transitions: [...n.transitions.values()].flat().map(describeTransition),
  }));
  return {
    machine: AGREEMENT_MACHINE_VERSION,
    initial: pathOf(agreementMachine.root.initial.target[0]),
    states,
    events: Object.entries(EVENTS).map(([type, label]) => ({ type, label })),
    documentKinds: Object.entries(DOCUMENT_KINDS).map(([kind, label]) => ({ kind, label })),
    terminationReasons: Object.entries(TERMINATION_REASONS).map(([reason, label]) => ({ reason, label })),
  };
}

/**
 * Which roles may upload each document kind: whoever may send an event that needs or takes it, unless the
 * catalog's upload policy reserves the kind to its authors (opinions, conclusions, finance's settlement record).
 */
export function documentUploaders(): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const rule of Object.values(RULES) as Rule[]) {
    for (const kind of [...(rule.documents ?? []), ...(rule.anyDocument ?? []), ...(rule.attachments ?? [])]) {
      out[kind] ??= new Set();
      for (const role of rule.roles) out[kind].add(role);
    }
  }
  for (const [kind, policy] of Object.entries(UPLOAD_POLICY)) out[kind] = new Set(policy.onlyRoles);
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v]]));
}

/** A Mermaid stateDiagram-v2 of the machine, labelled in Chinese with the English event names. */
export function mermaidDiagram(): string {
  const id = (path: string) => path.replace(/\./g, '_');
  const lines = ['stateDiagram-v2', `  [*] --> ${id(pathOf(agreementMachine.root.initial.target[0]))}`];
  const edges: string[] = [];
  const emit = (node: AnyStateNode, indent: string) => {
    const path = pathOf(node);
    const label = STATE_LABELS[path]?.zh ?? node.key;
    if (node.type === 'compound') {
      lines.push(`${indent}state "${label} ${node.key}" as ${id(path)} {`);
      lines.push(`${indent}  [*] --> ${id(pathOf(node.initial.target[0]))}`);
      for (const child of Object.values(node.states)) emit(child, indent + '  ');
      lines.push(`${indent}}`);
    } else {
      lines.push(`${indent}state "${label} ${node.key}" as ${id(path)}`);
    }
    const seen = new Set<string>();
    for (const t of [...node.transitions.values()].flat()) {
      const target = t.target?.length ? id(pathOf(t.target[0])) : id(path);
      const edge = `  ${id(path)} --> ${target}: ${t.eventType}`;
      if (!seen.has(edge)) edges.push(edge);
      seen.add(edge);
    }
    if (node.type === 'final') edges.push(`  ${id(path)} --> [*]`);
  };
  for (const child of Object.values(agreementMachine.root.states)) emit(child, '  ');
  return [...lines, ...edges].join('\n') + '\n';
}

/**
 * The roles an agreement waits on at `path` when it is a review step (the next move is not the college's);
 * empty otherwise. Used for 催办: items waiting at one reviewer too long.
 */
export function reviewerRoles(path: string): string[] {
  const roles = agreementEngine.waitsOn(path)?.roles ?? [];
  return roles.some((r) => r === 'college_staff' || r === 'college_leader') ? [] : roles;
}
