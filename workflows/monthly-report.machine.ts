import { assign, setup } from 'xstate';
import { createEngine, WorkflowDefinition } from './engine';
import { BaseFacts, blank, Condition, GuardParams, Label, makeGuard, Rule, WorkflowEvent } from './kernel';

/**
 * 月报 (工作开展情况上报): one report per college per month, due before the 5th. The college drafts it, its leader
 * signs it off (the moment it counts as reported to the center) or returns it with a reason; the sender may
 * recall a submission the leader has not acted on.
 */
export const MONTHLY_REPORT_EVENTS = {
  SUBMIT: { zh: '提交审核', en: 'Submit for sign-off' },
  SIGN_OFF: { zh: '审核上报', en: 'Sign off (report to the center)' },
  RETURN: { zh: '退回修改', en: 'Return for changes' },
  RECALL: { zh: '撤回', en: 'Recall' },
} as const satisfies Record<string, Label>;
export type MonthlyReportEventType = keyof typeof MONTHLY_REPORT_EVENTS;

export const MONTHLY_REPORT_STATES: Record<string, Label> = {
  draft: { zh: '填报中', en: 'Drafting' },
  submitted: { zh: '待学院负责人审核', en: 'Awaiting the college leader' },
  signedOff: { zh: '已上报', en: 'Reported' },
};

export interface MonthlyReportFacts extends BaseFacts {
  /** The month's work, which must be described before the report goes to the leader. */
  workDone: string | null;
}
export type MonthlyReportEvent = WorkflowEvent<MonthlyReportFacts, MonthlyReportEventType>;

export interface MonthlyReportContext {
  /** Set when the leader returned the report; cleared when it is submitted again. */
  returnComment: string | null;
}

const COLLEGE = ['college_staff', 'college_leader'] as const;
export const MONTHLY_REPORT_RULES = {
  submit: {
    roles: COLLEGE,
    check: (e) => (blank(e.facts.workDone) ? [{ code: 'missing_field', field: 'workDone' }] : []),
  },
  signOff: { roles: ['college_leader'], comment: 'optional' },
  return: { roles: ['college_leader'], comment: 'required', fields: ['to'] },
  recall: { roles: COLLEGE, comment: 'optional' },
} as const satisfies Record<string, Rule<MonthlyReportEvent>>;

const CONDITIONS: Record<string, Condition<MonthlyReportContext, MonthlyReportEvent>> = {};
const allowed = makeGuard<MonthlyReportContext, MonthlyReportEvent>(MONTHLY_REPORT_RULES, CONDITIONS);
const g = (rule: keyof typeof MONTHLY_REPORT_RULES, to?: string) => ({ type: 'allowed' as const, params: { rule, ...(to ? { to } : {}) } as GuardParams });

export const monthlyReportMachine = setup({
  types: { context: {} as MonthlyReportContext, events: {} as MonthlyReportEvent },
  guards: { allowed },
  actions: {
    clearReturn: assign({ returnComment: null }),
    setReturn: assign(({ event }) => ({ returnComment: event.comment ?? null })),
  },
}).createMachine({
  id: 'monthlyReport',
  initial: 'draft',
  context: { returnComment: null },
  states: {
    draft: { on: { SUBMIT: { target: 'submitted', guard: g('submit'), actions: 'clearReturn' } } },
    submitted: {
      on: {
        SIGN_OFF: { target: 'signedOff', guard: g('signOff') },
        RETURN: { target: 'draft', guard: g('return', 'draft'), actions: 'setReturn' },
        RECALL: { target: 'draft', guard: g('recall', 'draft') },
      },
    },
    signedOff: { type: 'final' },
  },
});

export const monthlyReportWorkflow: WorkflowDefinition<typeof monthlyReportMachine> = {
  id: 'monthlyReport',
  version: 1,
  machine: monthlyReportMachine,
  rules: MONTHLY_REPORT_RULES,
  conditions: CONDITIONS,
  allowed,
  events: Object.keys(MONTHLY_REPORT_EVENTS),
  stateLabels: MONTHLY_REPORT_STATES,
  eventLabels: MONTHLY_REPORT_EVENTS,
  sideEvents: ['RETURN', 'RECALL'],
  migrations: {},
};

export const monthlyReportEngine = createEngine(monthlyReportWorkflow);

/** The status the API has always shown: draft, returned, submitted, signed_off. */
export function monthlyReportStatus(snapshot: { value: unknown; context: MonthlyReportContext }): 'draft' | 'returned' | 'submitted' | 'signed_off' {
  if (snapshot.value === 'signedOff') return 'signed_off';
  if (snapshot.value === 'submitted') return 'submitted';
  return snapshot.context.returnComment !== null ? 'returned' : 'draft';
}
