import { setup } from 'xstate';
import { createEngine, WorkflowDefinition } from './engine';
import { BaseFacts, GuardParams, makeGuard, Rule, WorkflowEvent } from './kernel';

/**
 * Versioned machines: instances persisted under version 1 (state `checking`) are loaded under version 2, where the
 * state is renamed `reviewing`, through the definition's migration — and they continue from where they were.
 */
type E = WorkflowEvent<BaseFacts>;
const rules = { submit: { roles: ['college_staff'] }, approve: { roles: ['center_staff'] } } satisfies Record<string, Rule<E>>;
const allowed = makeGuard<Record<string, never>, E>(rules, {});
const g = (rule: keyof typeof rules) => ({ type: 'allowed' as const, params: { rule } as GuardParams });

function toy(version: 1 | 2) {
  const middle = version === 1 ? 'checking' : 'reviewing';
  const machine = setup({ types: { context: {} as Record<string, never>, events: {} as E }, guards: { allowed } }).createMachine({
    id: 'toy',
    initial: 'draft',
    context: {},
    states: {
      draft: { on: { SUBMIT: { target: middle, guard: g('submit') } } },
      [middle]: { on: { APPROVE: { target: 'done', guard: g('approve') } } },
      done: { type: 'final' },
    },
  });
  const def: WorkflowDefinition<typeof machine> = {
    id: 'toy', version, machine, rules, conditions: {}, allowed, events: ['SUBMIT', 'APPROVE'], stateLabels: {}, sideEvents: [],
    migrations: { 1: (p) => ({ ...p, value: p.value === 'checking' ? 'reviewing' : p.value }) },
  };
  return createEngine(def);
}

const facts: BaseFacts = { now: '2026-12-01T00:00:00Z', documents: [], freshDocuments: [] };
const ev = (type: string, role: 'college_staff' | 'center_staff'): E => ({ type, actor: { id: `u-${role}`, roles: [role] }, facts });

describe('versioned machines', () => {
  const v1 = toy(1);
  const v2 = toy(2);

  it('loads a version-1 instance under version 2 with the renamed state, and it continues', () => {
    const submitted = v1.decide(v1.initial(undefined), ev('SUBMIT', 'college_staff'));
    if (!submitted.ok) throw new Error('submit refused');
    const stored = { snapshot: v1.persist(submitted.next), tag: v1.tag };
    expect([stored.tag, stored.snapshot.value]).toEqual(['toy@1', 'checking']);

    const loaded = v2.restore(stored.snapshot, stored.tag);
    expect(v2.statePath(loaded)).toBe('reviewing');
    const approved = v2.decide(loaded, ev('APPROVE', 'center_staff'));
    expect(approved.ok && [approved.from, approved.to]).toEqual(['reviewing', 'done']);
    // a current instance is stored and read under version 2, untouched
    expect(v2.restore(v2.persist(loaded), v2.tag).value).toBe('reviewing');
  });

  it('refuses what it cannot read instead of guessing: a newer version, another workflow, a missing migration', () => {
    expect(() => v1.restore({ value: 'reviewing', context: {} }, 'toy@2')).toThrow('toy@2 is newer than toy@1');
    expect(() => v2.restore({ value: 'draft', context: {} }, 'agreement@1')).toThrow('a agreement snapshot cannot be restored as toy');
    expect(() => v2.restore({ value: 'draft', context: {} }, 'toy@0')).toThrow('no migration from toy@0 to toy@1');
  });
});
