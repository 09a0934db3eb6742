import type { TerminationReason } from './agreement.catalog';
import { RULES } from './agreement.rules';
import type { AgreementEvent } from './agreement.rules';
import { Condition, GuardParams, makeGuard } from './kernel';
import { endOfLocalDate } from './time';

/** The agreement machine's context, its branch conditions and its one guard. Pure. */
export type ResumePoint = 'selfCheck' | 'review' | 'supervision';

export interface AgreementContext {
  requiresDemonstration: boolean;
  demonstrationPassed: boolean | null;
  /** The signing date, a Shanghai calendar date (YYYY-MM-DD). */
  signedAt: string | null;
  /** The end of the 7th calendar day after signing, Shanghai. */
  filingDueAt: string | null;
  filedAt: string | null;
  filingLate: boolean;
  filingOverdue: boolean;
  filingNumber: string | null;
  semester: string | null;
  passedSemesters: string[];
  supervisionDeadline: string | null;
  supervisionOverdue: boolean;
  supervisionReturn: 'selfCheck' | 'review' | null;
  terminationReturn: ResumePoint | null;
  terminationRequest: 'early' | 'non_performance' | null;
  terminationReason: TerminationReason | null;
  /** 会签: experts the center invited for the demonstration, and the opinion each recorded. */
  experts: string[];
  opinions: Record<string, 'approve' | 'reject'>;
}

export interface AgreementInput {
  requiresDemonstration: boolean;
}

/**
 * Extra conditions a guarded branch may add to its rule. `state` conditions ask about where the agreement is or
 * what time it is (failing them is a 409: not now); `data` conditions ask about what the event carries (failing
 * them is a 422 naming the field).
 */
type ConditionArgs = { context: AgreementContext; event: AgreementEvent };
const pendingExperts = (c: AgreementContext) => c.experts.filter((id) => !c.opinions[id]);
const CONDITIONS = {
  demonstrationRequired: { kind: 'state', test: ({ context }: ConditionArgs) => context.requiresDemonstration },
  demonstrationNotRequired: { kind: 'state', test: ({ context }: ConditionArgs) => !context.requiresDemonstration },
  passed: { kind: 'data', field: 'passed', test: ({ event }: ConditionArgs) => event.data?.passed === true },
  notPassed: { kind: 'data', field: 'passed', test: ({ event }: ConditionArgs) => event.data?.passed === false },
  backToSelfCheck: { kind: 'state', test: ({ context }: ConditionArgs) => context.supervisionReturn === 'selfCheck' },
  backToReview: { kind: 'state', test: ({ context }: ConditionArgs) => context.supervisionReturn === 'review' },
  terminationBackToSelfCheck: { kind: 'state', test: ({ context }: ConditionArgs) => context.terminationReturn === 'selfCheck' },
  terminationBackToReview: { kind: 'state', test: ({ context }: ConditionArgs) => context.terminationReturn === 'review' },
  terminationBackToSupervision: { kind: 'state', test: ({ context }: ConditionArgs) => context.terminationReturn === 'supervision' },
  termRunning: { kind: 'state', test: ({ event }: ConditionArgs) => !termEnded(event) },
  termEnded: { kind: 'state', test: ({ event }: ConditionArgs) => termEnded(event) },
  /** DEADLINE_PASSED is taken once per deadline: a second one for the same kind is refused. */
  filingDeadline: { kind: 'state', test: ({ context, event }: ConditionArgs) => event.data?.kind === 'filing' && !context.filingOverdue },
  supervisionDeadline: { kind: 'state', test: ({ context, event }: ConditionArgs) => event.data?.kind === 'supervision' && !context.supervisionOverdue },
  /** The supervision notice's deadline passed unrectified (the scheduler said so). */
  supervisionOverdue: { kind: 'state', test: ({ context }: ConditionArgs) => context.supervisionOverdue },
  semesterNotPassed: {
    kind: 'data', field: 'semester', detail: 'this semester’s self-check has already passed review',
    test: ({ context, event }: ConditionArgs) => !context.passedSemesters.includes(String(event.data?.semester)),
  },
  /** An invited expert who has not yet given an opinion: anyone else is refused for who they are. */
  invitedExpert: { kind: 'actor', test: ({ context, event }: ConditionArgs) => pendingExperts(context).includes(event.actor.id) },
  opinionRejects: { kind: 'data', field: 'opinion', test: ({ event }: ConditionArgs) => event.data?.opinion === 'reject' },
  lastApproval: {
    kind: 'data', field: 'opinion',
    test: ({ context, event }: ConditionArgs) => event.data?.opinion === 'approve' && pendingExperts(context).length === 1,
  },
  approvalOthersPending: {
    kind: 'data', field: 'opinion',
    test: ({ context, event }: ConditionArgs) => event.data?.opinion === 'approve' && pendingExperts(context).length > 1,
  },
} as const satisfies Record<string, Condition<AgreementContext, AgreementEvent>>;
export { CONDITIONS };
export type ConditionName = keyof typeof CONDITIONS;

function termEnded(event: AgreementEvent): boolean {
  return !!event.facts.endDate && Date.parse(event.facts.now) >= endOfLocalDate(event.facts.endDate).getTime();
}

export type { GuardParams };

/** Every transition is guarded by exactly this: the rule's roles and requirements, plus optional conditions. */
export const allowed = makeGuard<AgreementContext, AgreementEvent>(RULES, CONDITIONS);

