import { assign, setup } from 'xstate';
import { FILING_DAYS, TerminationReason } from './agreement.catalog';
import { allowed } from './agreement.context';
import type { AgreementContext, AgreementInput, ConditionName, ResumePoint } from './agreement.context';
import type { AgreementEvent, RuleId } from './agreement.rules';
import type { GuardParams } from './kernel';
import { addDays, deadlineInstant, endOfLocalDate, localDate } from './time';

/**
 * Bump when a change would read old snapshots differently, and add the migration in agreement.engine.ts.
 * 2: the signing date is a Shanghai date (was an instant); invited experts and their opinions (会签).
 */
export const AGREEMENT_MACHINE_ID = 'agreement';
export const AGREEMENT_MACHINE_NUMBER = 2;
export const AGREEMENT_MACHINE_VERSION = `${AGREEMENT_MACHINE_ID}@${AGREEMENT_MACHINE_NUMBER}`;

export { allowed, CONDITIONS } from './agreement.context';
export type { AgreementContext, AgreementInput, ConditionName, GuardParams, ResumePoint } from './agreement.context';

const g = (rule: RuleId, ...when: ConditionName[]) => ({ type: 'allowed' as const, params: { rule, when } as GuardParams });
/** RETURN to each of `targets` (state paths), by whoever the rule names. */
const back = (rule: RuleId, ...targets: string[]) => targets.map((to) => ({ target: `#agreement.${to}`, guard: { type: 'allowed' as const, params: { rule, to } as GuardParams } }));
/** RECALL of the step that left `from`, back to it. */
type UndoAction = 'undoSigning' | 'undoFiling' | 'undoSelfCheck' | 'clearTerminationRequest';
const recall = (rule: RuleId, from: string, actions?: UndoAction) => ({
  target: `#agreement.${from}`, guard: { type: 'allowed' as const, params: { rule, to: from } as GuardParams }, actions: actions ? [actions] : [],
});
const reason = (r: TerminationReason) => ({ type: 'setReason' as const, params: { reason: r } });

/**
 * 校企合作项目 lifecycle, 调研 → 可行性分析 → 协议 → 审签 → 备案 → 学期自查 ⇄ 复查 → 归档 → 终止, with supervision,
 * early termination, renewal and withdrawal. Pure: the service restores a snapshot, asks `can`, and applies
 * `transition`. Long waits are not timers here: the scheduler sends DEADLINE_PASSED.
 */
export const agreementMachine = setup({
  types: {
    context: {} as AgreementContext,
    events: {} as AgreementEvent,
    input: {} as AgreementInput,
  },
  guards: { allowed },
  actions: {
    setReason: assign((_, params: { reason: TerminationReason }) => ({ terminationReason: params.reason })),
    recordDemonstration: assign(({ event }) => ({ demonstrationPassed: event.data?.passed === true })),
    /** Due by the end of the 7th calendar day after signing, Shanghai: signed on the 3rd → due 23:59:59.999 on the 10th. */
    recordSigning: assign(({ event }) => {
      const signedAt = localDate(String(event.data?.signedAt));
      return { signedAt, filingDueAt: endOfLocalDate(addDays(signedAt, FILING_DAYS)).toISOString() };
    }),
    requireDemonstration: assign({ requiresDemonstration: true }),
    inviteExperts: assign(({ context, event }) => ({
      experts: [...new Set([...context.experts, ...((event.data?.userIds as string[]) ?? [])])],
    })),
    recordOpinion: assign(({ context, event }) => ({
      opinions: { ...context.opinions, [event.actor.id]: event.data?.opinion === 'reject' ? ('reject' as const) : ('approve' as const) },
    })),
    /** Back to the college after a rejection: the next demonstration starts with a new panel. */
    resetPanel: assign({ experts: [] as string[], opinions: {} as Record<string, 'approve' | 'reject'> }),
    panelPassed: assign({ demonstrationPassed: true }),
    panelFailed: assign({ demonstrationPassed: false }),
    undoSigning: assign({ signedAt: null, filingDueAt: null, filingOverdue: false }),
    undoFiling: assign({ filedAt: null, filingLate: false }),
    undoSelfCheck: assign({ semester: null }),
    recordFiling: assign(({ context, event }) => ({
      filedAt: event.facts.now,
      filingLate: !!context.filingDueAt && Date.parse(event.facts.now) > Date.parse(context.filingDueAt),
    })),
    registerFiling: assign(({ event }) => ({ filingNumber: String(event.data?.filingNumber ?? '') || null })),
    markFilingOverdue: assign({ filingOverdue: true }),
    markSupervisionOverdue: assign({ supervisionOverdue: true }),
    recordSelfCheck: assign(({ event }) => ({ semester: String(event.data?.semester) })),
    passSemester: assign(({ context }) => ({
      passedSemesters: context.semester && !context.passedSemesters.includes(context.semester) ? [...context.passedSemesters, context.semester] : context.passedSemesters,
    })),
    enterSupervision: assign(({ event }, params: { from: 'selfCheck' | 'review' }) => ({
      supervisionReturn: params.from,
      supervisionDeadline: deadlineInstant(String(event.data?.deadline)).toISOString(),
      supervisionOverdue: false,
    })),
    leaveSupervision: assign({ supervisionReturn: null, supervisionDeadline: null, supervisionOverdue: false }),
    requestTermination: assign(({ event }, params: { from: ResumePoint; reason?: 'non_performance' }) => ({
      terminationReturn: params.from,
      terminationRequest: params.reason ?? (event.data?.reason === 'non_performance' ? ('non_performance' as const) : ('early' as const)),
    })),
    clearTerminationRequest: assign({ terminationReturn: null, terminationRequest: null }),
    settleTermination: assign(({ context }) => ({
      terminationReason: context.terminationRequest === 'non_performance' ? ('non_performance' as const) : ('early_termination' as const),
    })),
  },
}).createMachine({
  id: 'agreement',
  initial: 'research',
  context: ({ input }) => ({
    requiresDemonstration: input.requiresDemonstration,
    demonstrationPassed: null,
    signedAt: null,
    filingDueAt: null,
    filedAt: null,
    filingLate: false,
    filingOverdue: false,
    filingNumber: null,
    semester: null,
    passedSemesters: [],
    supervisionDeadline: null,
    supervisionOverdue: false,
    supervisionReturn: null,
    terminationReturn: null,
    terminationRequest: null,
    terminationReason: null,
    experts: [],
    opinions: {},
  }),
  states: {
    research: {
      on: {
        SUBMIT: { target: 'feasibility', guard: g('research.submit') },
        REQUIRE_DEMONSTRATION: { guard: g('demonstration.require', 'demonstrationNotRequired'), actions: 'requireDemonstration' },
        WITHDRAW: { target: 'terminated', guard: g('withdraw'), actions: reason('withdrawn') },
      },
    },
    feasibility: {
      initial: 'preparing',
      on: { WITHDRAW: { target: 'terminated', guard: g('withdraw'), actions: reason('withdrawn') } },
      states: {
        preparing: {
          on: {
            SUBMIT: [
              { target: 'demonstration', guard: g('feasibility.submit', 'demonstrationRequired'), actions: 'resetPanel' }, // each demonstration has its own panel
              { target: 'centerReview', guard: g('feasibility.submit', 'demonstrationNotRequired') },
            ],
            REQUIRE_DEMONSTRATION: { guard: g('demonstration.require', 'demonstrationNotRequired'), actions: 'requireDemonstration' },
          },
        },
        demonstration: {
          on: {
            RECORD_DEMONSTRATION: [
              { target: 'centerReview', guard: g('feasibility.recordDemonstration', 'passed'), actions: ['recordDemonstration', 'resetPanel'] },
              { target: 'preparing', guard: g('feasibility.recordDemonstration', 'notPassed'), actions: ['recordDemonstration', 'resetPanel'] },
            ],
            INVITE_EXPERTS: { guard: g('demonstration.invite'), actions: 'inviteExperts' },
            // 会签: every invited expert approves, or any one rejection sends the project back to the college
            RECORD_OPINION: [
              { target: 'preparing', guard: g('demonstration.opinion', 'invitedExpert', 'opinionRejects'), actions: ['recordOpinion', 'panelFailed', 'resetPanel'] },
              { target: 'centerReview', guard: g('demonstration.opinion', 'invitedExpert', 'lastApproval'), actions: ['recordOpinion', 'panelPassed'] },
              { guard: g('demonstration.opinion', 'invitedExpert', 'approvalOthersPending'), actions: 'recordOpinion' },
            ],
            DECLINE: { target: '#agreement.terminated', guard: g('review.declineByCenter'), actions: reason('declined') },
            RECALL: recall('recall.college', 'feasibility.preparing'),
          },
        },
        centerReview: {
          on: {
            APPROVE: { target: '#agreement.agreement', guard: g('feasibility.approve') },
            REJECT: { target: 'preparing', guard: g('feasibility.reject') },
            DECLINE: { target: '#agreement.terminated', guard: g('review.declineByCenter'), actions: reason('declined') },
            REQUIRE_DEMONSTRATION: { target: 'demonstration', guard: g('demonstration.require', 'demonstrationNotRequired'), actions: 'requireDemonstration' },
            RETURN: back('return.center', 'feasibility.preparing'),
            RECALL: [recall('recall.college', 'feasibility.preparing'), recall('recall.center', 'feasibility.demonstration')],
          },
        },
      },
    },
    agreement: {
      initial: 'drafting',
      on: { WITHDRAW: { target: 'terminated', guard: g('withdraw'), actions: reason('withdrawn') } },
      states: {
        drafting: {
          on: {
            SUBMIT: { target: 'centerReview', guard: g('agreement.submit') },
            RECALL: recall('recall.center', 'feasibility.centerReview'),
          },
        },
        centerReview: {
          on: {
            APPROVE: { target: 'legalReview', guard: g('agreement.centerApprove') },
            REJECT: { target: 'drafting', guard: g('agreement.centerReject') },
            RETURN: back('return.center', 'agreement.drafting'),
            DECLINE: { target: '#agreement.terminated', guard: g('review.declineByCenter'), actions: reason('declined') },
            RECALL: recall('recall.college', 'agreement.drafting'),
          },
        },
        legalReview: {
          on: {
            APPROVE: { target: 'presidentMeeting', guard: g('agreement.legalApprove') },
            REJECT: { target: 'drafting', guard: g('agreement.legalReject') },
            RETURN: back('return.legal', 'agreement.drafting', 'agreement.centerReview'),
            DECLINE: { target: '#agreement.terminated', guard: g('review.declineByCenter'), actions: reason('declined') },
            RECALL: recall('recall.center', 'agreement.centerReview'),
          },
        },
        presidentMeeting: {
          on: {
            APPROVE: { target: 'partyCommittee', guard: g('agreement.leadershipApprove') },
            REJECT: { target: 'drafting', guard: g('agreement.leadershipReject') },
            RETURN: back('return.leadership', 'agreement.drafting', 'agreement.centerReview', 'agreement.legalReview'),
            DECLINE: { target: '#agreement.terminated', guard: g('review.declineByLeadership'), actions: reason('declined') },
            RECALL: recall('recall.legal', 'agreement.legalReview'),
          },
        },
        partyCommittee: {
          on: {
            APPROVE: { target: '#agreement.signing', guard: g('agreement.leadershipApprove') },
            REJECT: { target: 'drafting', guard: g('agreement.leadershipReject') },
            RETURN: back('return.leadership', 'agreement.drafting', 'agreement.centerReview', 'agreement.legalReview', 'agreement.presidentMeeting'),
            DECLINE: { target: '#agreement.terminated', guard: g('review.declineByLeadership'), actions: reason('declined') },
            RECALL: recall('recall.leadership', 'agreement.presidentMeeting'),
          },
        },
      },
    },
    signing: {
      on: {
        RECORD_SIGNING: { target: 'filing', guard: g('signing.record'), actions: 'recordSigning' },
        WITHDRAW: { target: 'terminated', guard: g('withdraw'), actions: reason('withdrawn') },
        RECALL: recall('recall.leadership', 'agreement.partyCommittee'),
      },
    },
    filing: {
      initial: 'awaitingSubmission',
      states: {
        awaitingSubmission: {
          on: {
            SUBMIT: { target: 'awaitingRegistration', guard: g('filing.submit'), actions: 'recordFiling' },
            DEADLINE_PASSED: { guard: g('deadline.filing', 'filingDeadline'), actions: 'markFilingOverdue' },
            RECALL: recall('recall.college', 'signing', 'undoSigning'),
          },
        },
        awaitingRegistration: {
          on: {
            REGISTER_FILING: { target: '#agreement.selfCheck', guard: g('filing.register'), actions: 'registerFiling' },
            RETURN: back('return.center', 'filing.awaitingSubmission'),
            RECALL: recall('recall.college', 'filing.awaitingSubmission', 'undoFiling'),
          },
        },
      },
    },
    selfCheck: {
      on: {
        SUBMIT_SELF_CHECK: { target: 'review', guard: g('selfCheck.submit', 'semesterNotPassed'), actions: 'recordSelfCheck' },
        ISSUE_SUPERVISION_NOTICE: { target: 'supervision', guard: g('supervision.issue'), actions: { type: 'enterSupervision', params: { from: 'selfCheck' } } },
        REQUEST_TERMINATION: { target: 'terminating', guard: g('termination.request'), actions: { type: 'requestTermination', params: { from: 'selfCheck' } } },
        RENEW: { target: 'archiving', guard: g('expiry.renew'), actions: reason('renewed') },
        EXIT: { target: 'archiving', guard: g('expiry.exit'), actions: reason('expired') },
      },
    },
    review: {
      on: {
        REVIEW_PASS: [
          { target: 'selfCheck', guard: g('review.pass', 'termRunning'), actions: 'passSemester' },
          { target: 'archiving', guard: g('review.pass', 'termEnded'), actions: ['passSemester', reason('expired')] },
        ],
        REVIEW_RECTIFY: { target: 'selfCheck', guard: g('review.rectify') },
        RECALL: recall('recall.college', 'selfCheck', 'undoSelfCheck'),
        ISSUE_SUPERVISION_NOTICE: { target: 'supervision', guard: g('supervision.issue'), actions: { type: 'enterSupervision', params: { from: 'review' } } },
        REQUEST_TERMINATION: { target: 'terminating', guard: g('termination.request'), actions: { type: 'requestTermination', params: { from: 'review' } } },
        RENEW: { target: 'archiving', guard: g('expiry.renew'), actions: reason('renewed') },
        EXIT: { target: 'archiving', guard: g('expiry.exit'), actions: reason('expired') },
      },
    },
    supervision: {
      on: {
        CONFIRM_RECTIFIED: [
          { target: 'selfCheck', guard: g('supervision.confirm', 'backToSelfCheck'), actions: 'leaveSupervision' },
          { target: 'review', guard: g('supervision.confirm', 'backToReview'), actions: 'leaveSupervision' },
        ],
        DEADLINE_PASSED: { guard: g('deadline.supervision', 'supervisionDeadline'), actions: 'markSupervisionOverdue' },
        REQUEST_TERMINATION: [
          { target: 'terminating', guard: g('termination.request'), actions: { type: 'requestTermination', params: { from: 'supervision' } } },
          {
            target: 'terminating',
            guard: g('supervision.terminate', 'supervisionOverdue'),
            actions: { type: 'requestTermination', params: { from: 'supervision', reason: 'non_performance' } },
          },
        ],
      },
    },
    terminating: {
      initial: 'awaitingApproval',
      states: {
        awaitingApproval: {
          on: {
            APPROVE: { target: 'settlement', guard: g('termination.approve') },
            REJECT: [
              { target: '#agreement.selfCheck', guard: g('termination.reject', 'terminationBackToSelfCheck'), actions: 'clearTerminationRequest' },
              { target: '#agreement.review', guard: g('termination.reject', 'terminationBackToReview'), actions: 'clearTerminationRequest' },
              { target: '#agreement.supervision', guard: g('termination.reject', 'terminationBackToSupervision'), actions: 'clearTerminationRequest' },
            ],
            RECALL: [
              recall('recall.college', 'selfCheck', 'clearTerminationRequest'),
              recall('recall.college', 'review', 'clearTerminationRequest'),
              recall('recall.college', 'supervision', 'clearTerminationRequest'),
              recall('recall.center', 'supervision', 'clearTerminationRequest'),
            ],
          },
        },
        settlement: {
          on: { COMPLETE_TERMINATION: { target: '#agreement.archiving', guard: g('termination.complete'), actions: 'settleTermination' } },
        },
      },
    },
    archiving: {
      on: { ARCHIVE: { target: 'terminated', guard: g('archive') } },
    },
    terminated: { type: 'final' },
  },
});

export type AgreementMachine = typeof agreementMachine;
