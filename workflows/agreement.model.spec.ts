import { getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import { AnyStateNode, AnyTransitionDefinition, getNextTransitions } from 'xstate';
import { EventType } from './agreement.catalog';
import { agreementMachine, allowed, GuardParams } from './agreement.machine';
import type { ActorRole, AgreementEvent } from './agreement.rules';
import { ev, FIGURES, MEETING } from './testing/fixtures';

/** Every event the model may send, in every variant that can lead somewhere different. */
const c = { comment: '意见' };
const EXPIRING = { endDate: '2027-01-31' };
const ENDED = { endDate: '2026-11-01' };
const VARIANTS: Record<EventType, AgreementEvent[]> = {
  SUBMIT: (['college_staff', 'college_leader'] as ActorRole[]).map((r) => ev('SUBMIT', r)),
  RECORD_DEMONSTRATION: [true, false].map((passed) => ev('RECORD_DEMONSTRATION', 'center_staff', { data: { passed } })),
  APPROVE: (['center_staff', 'legal', 'school_leader', 'center_director'] as ActorRole[]).map((r) => ev('APPROVE', r, { data: r === 'school_leader' ? MEETING : undefined })),
  REJECT: (['center_staff', 'legal', 'school_leader', 'center_director'] as ActorRole[]).map((r) => ev('REJECT', r, c)),
  DECLINE: (['center_director', 'school_leader'] as ActorRole[]).map((r) => ev('DECLINE', r, c)),
  WITHDRAW: [ev('WITHDRAW', 'college_leader')],
  RECORD_SIGNING: [ev('RECORD_SIGNING', 'college_staff', { data: { signedAt: '2026-11-20' } })],
  REGISTER_FILING: [ev('REGISTER_FILING', 'center_staff', { data: { filingNumber: 'BA-1' } })],
  SUBMIT_SELF_CHECK: [ev('SUBMIT_SELF_CHECK', 'college_staff', { data: { semester: '2026-2027-1', figures: FIGURES } })],
  REVIEW_PASS: [{}, ENDED].map((f) => ev('REVIEW_PASS', 'center_staff', { data: { conclusion: '合格' }, facts: f })),
  REVIEW_RECTIFY: [ev('REVIEW_RECTIFY', 'center_staff', c)],
  ISSUE_SUPERVISION_NOTICE: [ev('ISSUE_SUPERVISION_NOTICE', 'college_leader', { data: { deadline: '2026-12-31' } })],
  CONFIRM_RECTIFIED: [ev('CONFIRM_RECTIFIED', 'center_staff')],
  REQUEST_TERMINATION: [
    ...['early', 'non_performance'].map((reason) => ev('REQUEST_TERMINATION', 'college_leader', { data: { reason } })),
    ev('REQUEST_TERMINATION', 'center_staff'),
  ],
  COMPLETE_TERMINATION: [ev('COMPLETE_TERMINATION', 'center_staff')],
  RENEW: [ev('RENEW', 'college_leader', { facts: EXPIRING })],
  EXIT: [ev('EXIT', 'college_leader', { facts: EXPIRING })],
  ARCHIVE: [ev('ARCHIVE', 'center_staff')],
  DEADLINE_PASSED: ['filing', 'supervision'].map((kind) => ev('DEADLINE_PASSED', 'system', { data: { kind } })),
  REQUIRE_DEMONSTRATION: [ev('REQUIRE_DEMONSTRATION', 'school_leader')],
  INVITE_EXPERTS: [ev('INVITE_EXPERTS', 'center_staff', { data: { userIds: ['user-expert', 'user-expert-2'] } })],
  // the first expert approves (others pending), the second approves last or rejects
  RECORD_OPINION: [
    { ...ev('RECORD_OPINION', 'expert', { data: { opinion: 'approve' } }), actor: { id: 'user-expert', roles: ['expert'] } },
    { ...ev('RECORD_OPINION', 'expert', { data: { opinion: 'approve' } }), actor: { id: 'user-expert-2', roles: ['expert'] } },
    { ...ev('RECORD_OPINION', 'expert', { data: { opinion: 'reject' } }), actor: { id: 'user-expert-2', roles: ['expert'] } },
  ],
  RETURN: [
    ...['feasibility.preparing', 'agreement.drafting', 'filing.awaitingSubmission'].map((to) => ev('RETURN', 'center_staff', { comment: '退回', data: { to } })),
    ...['agreement.drafting', 'agreement.centerReview'].map((to) => ev('RETURN', 'legal', { comment: '退回', data: { to } })),
    ...['agreement.drafting', 'agreement.centerReview', 'agreement.legalReview', 'agreement.presidentMeeting'].map((to) => ev('RETURN', 'school_leader', { comment: '退回', data: { to } })),
  ],
  // RECALL needs the last step in the facts: the model-based walk has none, so it is covered by the table below
  RECALL: [],
};
const ALL_EVENTS = Object.values(VARIANTS).flat();

function allNodes(node: AnyStateNode = agreementMachine.root): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap((child) => allNodes(child))];
}
function allTransitions(): AnyTransitionDefinition[] {
  return allNodes().flatMap((n) => [...n.transitions.values()].flat());
}

/** The ids of the active state nodes, read from the public state value: `agreement`, `agreement.feasibility`, … */
function nodeIds(value: unknown, prefix = 'agreement'): string[] {
  if (typeof value === 'string') return [prefix, `${prefix}.${value}`];
  return [prefix, ...Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => nodeIds(v, `${prefix}.${k}`))];
}

/** The transition the machine takes for `event`: the first enabled candidate, in document order. */
function taken(snapshot: ReturnType<typeof agreementMachine.resolveState>, event: AgreementEvent): AnyTransitionDefinition | undefined {
  return getNextTransitions(snapshot)
    .filter((t) => t.eventType === event.type)
    .find((t) => allowed({ context: snapshot.context, event }, (t.guard as { params: GuardParams }).params));
}

describe('agreement machine: model-based coverage', () => {
  const seenStates = new Set<string>();
  const seenTransitions = new Set<AnyTransitionDefinition>();

  beforeAll(() => {
    for (const requiresDemonstration of [false, true]) {
      const adjacency = getAdjacencyMap(agreementMachine, { events: ALL_EVENTS, input: { requiresDemonstration } });
      for (const { state, transitions } of Object.values(adjacency)) {
        for (const id of nodeIds(state.value)) seenStates.add(id);
        for (const { event } of Object.values(transitions) as Array<{ event: AgreementEvent }>) {
          const t = taken(state, event);
          if (t) seenTransitions.add(t);
        }
      }
    }
  });

  it('reaches every state of the machine', () => {
    const missing = allNodes().map((n) => n.id).filter((id) => !seenStates.has(id));
    expect(missing).toEqual([]);
  });

  it('takes every transition of the machine at least once (RECALL aside: it needs the last step, see the machine spec)', () => {
    const describe = (t: AnyTransitionDefinition) => `${t.source.id} —${t.eventType}[${(t.guard as { params: GuardParams }).params.when?.join(',') ?? ''}]→ ${t.target?.map((n) => n.id).join(',') ?? '(self)'}`;
    const forward = allTransitions().filter((t) => t.eventType !== 'RECALL');
    const missing = forward.filter((t) => !seenTransitions.has(t)).map(describe);
    expect(missing).toEqual([]);
    expect(seenTransitions.size).toBe(forward.length);
  });

  it('has a shortest way from research to terminated, and every path ends there done', () => {
    const paths = getShortestPaths(agreementMachine, { events: ALL_EVENTS, input: { requiresDemonstration: true }, toState: (s) => s.status === 'done' });
    expect(paths.length).toBeGreaterThan(0);
    const eventsOf = (p: (typeof paths)[number]) => p.steps.map((step) => step.event.type).filter((t) => !t.startsWith('xstate.'));
    // research → WITHDRAW → terminated is the shortest way out
    expect(paths.map(eventsOf).sort((a, b) => a.length - b.length)[0]).toEqual(['WITHDRAW']);
    for (const p of paths) expect(p.state.status).toBe('done');
  });
});
