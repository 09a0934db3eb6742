import { AnyStateMachine, AnyStateNode, AnyTransitionDefinition, createActor, getNextTransitions, initialTransition } from 'xstate';
import { Actor, BaseFacts, Condition, GuardParams, Label, Problem, problemsOf, recallable, roleAllowed, Rule, WorkflowEvent } from './kernel';

/**
 * One engine for every workflow (agreements, monthly reports, assessment sheets): a machine plus its rules and
 * conditions as data, and these pure functions over it — restore a persisted snapshot (migrating an older
 * machine version), decide an event with the reason when it is refused, list what a caller may send now, and
 * say who a state waits on. Nothing here knows a database.
 */
export interface Persisted {
  value: unknown;
  context: Record<string, unknown>;
}

export interface WorkflowDefinition<M extends AnyStateMachine = AnyStateMachine> {
  /** Stable id, stored beside every snapshot and history row: `agreement`, `monthlyReport`. */
  id: string;
  /** Bump when a change would read old snapshots differently, and add the migration from the previous one. */
  version: number;
  machine: M;
  rules: Record<string, Rule<any>>;
  conditions: Record<string, Condition<any, any>>;
  /** The machine's one guard (`makeGuard(rules, conditions)`), to pick the branch an event takes. */
  allowed: (args: { context: any; event: any }, params: GuardParams) => boolean;
  /** Every event type, in the order allowed events are listed. */
  events: readonly string[];
  stateLabels: Record<string, Label>;
  eventLabels?: Record<string, Label>;
  /** Events that do not advance the subject's step (side paths, deadlines, recall): no work item waits on them. */
  sideEvents: readonly string[];
  /** `migrations[n]` turns a snapshot persisted under version n into one of version n + 1. */
  migrations: Record<number, (snapshot: Persisted) => Persisted>;
}

export type Decision<S> =
  | { ok: true; next: S; from: string; to: string; rule: string; changed: boolean }
  | { ok: false; reason: 'not_allowed_in_state'; roles?: string[] }
  | { ok: false; reason: 'forbidden_role'; roles: string[] }
  | { ok: false; reason: 'guard_failed'; problems: Problem[] };

export interface AllowedEvent {
  type: string;
  ready: boolean;
  missing: Problem[];
  fields: string[];
  comment: 'required' | 'optional' | 'none';
  documents: string[];
  /** RETURN: the earlier steps the caller may send the subject back to. */
  targets?: string[];
}

/** Who a state waits on: roles (scoped to the subject's college when they are college roles) or named users. */
export interface Assignment {
  roles: string[];
  userIds: string[];
  mode: 'any' | 'all';
}

export const COLLEGE_ROLE_NAMES = ['college_staff', 'college_leader'];

export function versionTag(def: Pick<WorkflowDefinition, 'id' | 'version'>): string {
  return `${def.id}@${def.version}`;
}

export function parseVersionTag(tag: string): { id: string; version: number } {
  const at = tag.lastIndexOf('@');
  return { id: tag.slice(0, at), version: Number(tag.slice(at + 1)) };
}

/**
 * What XState's pure `transition()` builds on every call, made once: an inert actor scope (actions are collected,
 * never run). `transition()` constructs a throw-away actor per call, and the actor's constructor computes the machine's
 * initial snapshot: most of a decision's time (0.7 ms of it, measured). The machines here only assign their context and
 * start no children, so one scope serves every decision.
 */
function inertScope(machine: AnyStateMachine) {
  const self = createActor(machine);
  return { self, defer: () => {}, id: '', logger: () => {}, sessionId: '', stopChild: () => {}, system: self.system, emit: () => {}, actionExecutor: () => {} };
}

export function createEngine<M extends AnyStateMachine>(def: WorkflowDefinition<M>) {
  let inert: ReturnType<typeof inertScope> | undefined;
  const scope = () => (inert ??= inertScope(def.machine));
  type Snapshot = ReturnType<M['resolveState']>;
  const paramsOf = (t: AnyTransitionDefinition): GuardParams => (t.guard as { params: GuardParams }).params;
  const ruleOf = (t: AnyTransitionDefinition): Rule => def.rules[paramsOf(t).rule];

  const allNodes = (node: AnyStateNode = def.machine.root): AnyStateNode[] => [node, ...Object.values(node.states).flatMap((c) => allNodes(c))];
  const eventRoles = new Map<string, Set<string>>();
  for (const node of allNodes()) {
    for (const t of [...node.transitions.values()].flat()) {
      const roles = eventRoles.get(t.eventType) ?? new Set<string>();
      for (const r of ruleOf(t).roles) roles.add(r);
      eventRoles.set(t.eventType, roles);
    }
  }

  function statePath(snapshot: { value: unknown }): string {
    const walk = (v: unknown): string => (typeof v === 'string' ? v : Object.entries(v as Record<string, unknown>).map(([k, sub]) => `${k}.${walk(sub)}`)[0]);
    return walk(snapshot.value);
  }

  function transitionsFor(snapshot: Snapshot, type: string): AnyTransitionDefinition[] {
    if ((snapshot as { status: string }).status !== 'active') return [];
    return getNextTransitions(snapshot as never).filter((t) => t.eventType === type);
  }

  function conditionHolds(name: string, snapshot: Snapshot, event: WorkflowEvent): boolean {
    return def.conditions[name].test({ context: (snapshot as { context: unknown }).context, event });
  }

  /** Whether `actor` has a step taking `type` anywhere in the lifecycle (then a refusal is about *when*, not *who*). */
  function hasStepFor(actor: Actor, type: string): boolean {
    const roles = eventRoles.get(type);
    return !!roles && roleAllowed({ roles: [...roles] as Actor['roles'] }, actor);
  }

  return {
    definition: def,
    tag: versionTag(def),
    statePath,
    hasStepFor,

    initial(input: unknown): Snapshot {
      return initialTransition(def.machine as never, input as never)[0] as Snapshot;
    },

    /** A snapshot at `value` with `context` (a successor created at a later step). */
    at(value: unknown, context: Record<string, unknown>): Snapshot {
      return def.machine.resolveState({ value: value as never, context }) as Snapshot;
    },

    persist(snapshot: Snapshot): Persisted {
      const p = def.machine.getPersistedSnapshot(snapshot as never) as unknown as Persisted;
      return { value: p.value, context: p.context };
    },

    /**
     * Restores a snapshot persisted under `tag` (this workflow at some version), migrating it step by step to the
     * current version first. An unknown workflow, a future version or a missing migration is an error, never a guess.
     */
    restore(persisted: Persisted, tag: string = versionTag(def)): Snapshot {
      const { id, version } = parseVersionTag(tag);
      if (id !== def.id) throw new Error(`a ${id} snapshot cannot be restored as ${def.id}`);
      if (!(version <= def.version)) throw new Error(`${tag} is newer than ${versionTag(def)}`);
      let current = persisted;
      for (let v = version; v < def.version; v++) {
        const migrate = def.migrations[v];
        if (!migrate) throw new Error(`no migration from ${def.id}@${v} to ${def.id}@${v + 1}`);
        current = migrate(current);
      }
      return def.machine.resolveState({ value: current.value as never, context: current.context }) as Snapshot;
    },

    isFinal(snapshot: Snapshot): boolean {
      return (snapshot as { status: string }).status === 'done';
    },

    /**
     * Applies `event` if the machine accepts it; otherwise says why. 403 answers *who*: the caller's role never
     * takes this event (or, for RECALL, the caller did not send the step). 409 answers *when*: the role has such a
     * step, but not in this state (or not yet). 422: the step is the caller's now, but documents or fields are missing.
     */
    decide(snapshot: Snapshot, event: WorkflowEvent): Decision<Snapshot> {
      // only the sender of the last step may take it back: a stranger is refused for who they are (403); the sender
      // of an earlier step, whose step someone has since acted on, is too late (409)
      if (event.type === 'RECALL' && event.facts.lastStep?.actorId !== event.actor.id) {
        return (event.facts.earlierSenders ?? []).includes(event.actor.id) ? { ok: false, reason: 'not_allowed_in_state' } : { ok: false, reason: 'forbidden_role', roles: [] };
      }
      const candidates = transitionsFor(snapshot, event.type);
      const mine = candidates.filter((t) => roleAllowed(ruleOf(t), event.actor));
      if (mine.length === 0) {
        const roles = [...(eventRoles.get(event.type) ?? [])].filter((r) => r !== 'system');
        if (hasStepFor(event.actor, event.type)) {
          const here = [...new Set(candidates.flatMap((t) => ruleOf(t).roles))].filter((r) => r !== 'system');
          return { ok: false, reason: 'not_allowed_in_state', ...(here.length ? { roles: here } : {}) };
        }
        return { ok: false, reason: 'forbidden_role', roles };
      }
      const chosen = mine.find((t) => def.allowed({ context: (snapshot as { context: unknown }).context, event }, paramsOf(t)));
      if (chosen && (snapshot as { can(e: unknown): boolean }).can(event)) {
        const next = def.machine.transition(snapshot as never, event as never, scope() as never) as unknown as Snapshot;
        const before = snapshot as { value: unknown; context: unknown };
        const after = next as { value: unknown; context: unknown };
        const changed = JSON.stringify(after.value) !== JSON.stringify(before.value) || JSON.stringify(after.context) !== JSON.stringify(before.context);
        return { ok: true, next, from: statePath(before), to: statePath(after), rule: paramsOf(chosen).rule, changed };
      }
      return explain(snapshot, mine, event);
    },

    /**
     * The events `actor` could send now, each with what is still missing given `facts`. Data-only problems (a
     * comment, a date, figures) are listed as fields to supply, not as blockers.
     */
    allowedEvents(snapshot: Snapshot, actor: Actor, facts: BaseFacts): AllowedEvent[] {
      const out: AllowedEvent[] = [];
      for (const type of def.events) {
        const probe: WorkflowEvent = { type, actor, facts, comment: 'x', data: undefined };
        const mine = transitionsFor(snapshot, type).filter((t) => {
          const p = paramsOf(t);
          if (!roleAllowed(ruleOf(t), actor)) return false;
          if (!(p.when ?? []).every((c) => def.conditions[c].kind === 'data' || conditionHolds(c, snapshot, probe))) return false;
          return type !== 'RECALL' || recallable(probe, p.to ?? '');
        });
        if (mine.length === 0) continue;
        const rule = ruleOf(mine[0]);
        const missing = problemsOf(rule, probe).filter(
          (p) => p.code === 'missing_document' || p.code === 'stale_document' || p.code === 'missing_own_document' || p.code === 'missing_any_document' ||
            p.code === 'missing_content' || (p.code === 'invalid_field' && p.field === 'endDate') || p.code === 'outside_window',
        );
        const targets = type === 'RETURN' ? [...new Set(mine.map((t) => paramsOf(t).to).filter((x): x is string => !!x))] : undefined;
        out.push({
          type, ready: missing.length === 0, missing, fields: [...(rule.fields ?? [])], comment: rule.comment ?? 'none',
          documents: [...(rule.documents ?? rule.anyDocument ?? [])], ...(targets ? { targets } : {}),
        });
      }
      return out;
    },

    /** The machine read back as data: every state with its label and every transition with who may send it. */
    describe() {
      const pathOf = (n: AnyStateNode) => n.path.join('.');
      return {
        machine: versionTag(def),
        initial: pathOf(def.machine.root.initial.target[0]),
        states: allNodes().filter((n) => n !== def.machine.root).map((n) => ({
          path: pathOf(n),
          label: def.stateLabels[pathOf(n)] ?? { zh: pathOf(n), en: pathOf(n) },
          type: n.type === 'final' ? ('final' as const) : n.type === 'compound' ? ('compound' as const) : ('atomic' as const),
          initial: n.type === 'compound' ? pathOf(n.initial.target[0]) : null,
          transitions: [...n.transitions.values()].flat().map((t) => {
            const p = paramsOf(t);
            const rule = ruleOf(t);
            return {
              event: t.eventType, target: t.target?.length ? pathOf(t.target[0]) : null, roles: [...rule.roles], comment: rule.comment ?? ('none' as const),
              fields: [...(rule.fields ?? [])], documents: [...(rule.documents ?? [])], conditions: p.when ?? [], ...(p.to ? { to: p.to } : {}),
            };
          }),
        })),
        events: def.events.map((type) => ({ type, label: def.eventLabels?.[type] ?? { zh: type, en: type } })),
      };
    },

    /**
     * Who the subject waits on at `path`: the roles of its forward (non-side) transitions, none when only the
     * system moves it. Workflows with named assignees (invited experts) refine this from the context.
     */
    waitsOn(path: string): Assignment | null {
      const node = allNodes().find((n) => n.path.join('.') === path);
      if (!node || node.type !== 'atomic') return null;
      const forward = [...node.transitions.values()].flat().filter((t) => !def.sideEvents.includes(t.eventType));
      const roles = [...new Set(forward.flatMap((t) => ruleOf(t).roles))].filter((r) => r !== 'system');
      return roles.length ? { roles, userIds: [], mode: 'any' } : null;
    },
  };

  /** Why none of the caller's branches was taken (see `decide`). */
  function explain(snapshot: Snapshot, transitions: AnyTransitionDefinition[], event: WorkflowEvent): Decision<Snapshot> {
    if (event.type === 'RECALL') {
      if (event.facts.lastStep?.actorId !== event.actor.id) return { ok: false, reason: 'forbidden_role', roles: [] };
      return { ok: false, reason: 'not_allowed_in_state' };
    }
    if (event.type === 'RETURN') {
      const targets = transitions.map((t) => paramsOf(t).to);
      if (!targets.includes(String(event.data?.to ?? ''))) {
        return { ok: false, reason: 'guard_failed', problems: [event.data?.to === undefined ? { code: 'missing_field', field: 'to' } : { code: 'invalid_field', field: 'to', detail: `one of ${targets.join(', ')}` }] };
      }
    }
    let best: Problem[] | undefined;
    for (const t of transitions) {
      if (event.type === 'RETURN' && paramsOf(t).to !== event.data?.to) continue;
      const problems = problemsOf(ruleOf(t), event);
      if (!best || problems.length < best.length) best = problems;
    }
    if (best && best.length) return { ok: false, reason: 'guard_failed', problems: best };
    const failingPer = transitions.map((t) => (paramsOf(t).when ?? []).filter((c) => !conditionHolds(c, snapshot, event)).map((c) => def.conditions[c]));
    // every branch refuses the sender for who they are (not an invited expert): that is a 403
    if (failingPer.every((f) => f.some((c) => c.kind === 'actor'))) return { ok: false, reason: 'forbidden_role', roles: [] };
    const failing = failingPer.flat();
    const dataCondition = failing.find((c) => c.kind === 'data');
    if (!dataCondition) return { ok: false, reason: 'not_allowed_in_state' };
    const field = dataCondition.field ?? 'data';
    return { ok: false, reason: 'guard_failed', problems: [dataCondition.detail ? { code: 'invalid_field', field, detail: dataCondition.detail } : { code: 'missing_field', field }] };
  }
}

export type Engine = ReturnType<typeof createEngine>;
