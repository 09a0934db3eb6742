import { setup } from 'xstate';
import { createEngine, WorkflowDefinition } from './engine';
import { BaseFacts, Condition, GuardParams, Label, makeGuard, Rule, WorkflowEvent } from './kernel';

/**
 * 考核表 — one subject's sheet in one assessment cycle (ASSESSMENT.md "Sheet"): the college fills it, its leader
 * submits it (院系自评), the assessors score it each at their own pace (考核组考评), the center returns it with a
 * reason or finalizes it once enough assessors have scored every leaf (总评), and the center's director publishes
 * the whole cycle (published: read-only).
 */
export const SHEET_EVENTS = {
  SUBMIT: { zh: '提交自评', en: 'Submit the self-assessment' },
  RETURN: { zh: '退回修改', en: 'Return to the college' },
  FINALIZE: { zh: '确认总评', en: 'Finalize' },
  PUBLISH: { zh: '发布结果', en: 'Publish' },
} as const satisfies Record<string, Label>;
export type SheetEventType = keyof typeof SHEET_EVENTS;

export const SHEET_STATES: Record<string, Label> = {
  drafting: { zh: '院系自评', en: 'Self-assessment' },
  submitted: { zh: '考核组考评', en: 'Group scoring' },
  final: { zh: '总评', en: 'Final' },
  published: { zh: '已发布', en: 'Published' },
};

export interface SheetFacts extends BaseFacts {
  /** Assessors who have scored every scored leaf of the sheet. */
  completeAssessors: number;
  /** The cycle's minimum (default 1). */
  minAssessors: number;
}
export type SheetEvent = WorkflowEvent<SheetFacts, SheetEventType>;
export type SheetContext = Record<string, never>;

export const SHEET_RULES = {
  /** A college's sheet: its leader; a consortium's (市域产教联合体): the center's director, who compiles it. */
  submit: { roles: ['college_leader', 'center_director'], comment: 'optional' },
  return: { roles: ['center_staff'], comment: 'required', fields: ['to'] },
  finalize: { roles: ['center_staff'], comment: 'optional' },
  publish: { roles: ['center_director'], comment: 'optional' },
} as const satisfies Record<string, Rule<SheetEvent>>;

const CONDITIONS = {
  /** At least the cycle's minimum of assessors scored every leaf: until then FINALIZE is "not yet" (409). */
  enoughAssessors: { kind: 'state', test: ({ event }) => event.facts.completeAssessors >= event.facts.minAssessors },
} as const satisfies Record<string, Condition<SheetContext, SheetEvent>>;

const allowed = makeGuard<SheetContext, SheetEvent>(SHEET_RULES, CONDITIONS);
const g = (rule: keyof typeof SHEET_RULES, opts: { when?: Array<keyof typeof CONDITIONS>; to?: string } = {}) =>
  ({ type: 'allowed' as const, params: { rule, ...(opts.when ? { when: opts.when } : {}), ...(opts.to ? { to: opts.to } : {}) } as GuardParams });

export const sheetMachine = setup({
  types: { context: {} as SheetContext, events: {} as SheetEvent },
  guards: { allowed },
}).createMachine({
  id: 'assessmentSheet',
  initial: 'drafting',
  context: {},
  states: {
    drafting: { on: { SUBMIT: { target: 'submitted', guard: g('submit') } } },
    submitted: {
      on: {
        RETURN: { target: 'drafting', guard: g('return', { to: 'drafting' }) },
        FINALIZE: { target: 'final', guard: g('finalize', { when: ['enoughAssessors'] }) },
      },
    },
    final: { on: { PUBLISH: { target: 'published', guard: g('publish') } } },
    published: { type: 'final' },
  },
});

export const sheetWorkflow: WorkflowDefinition<typeof sheetMachine> = {
  id: 'assessmentSheet',
  version: 1,
  machine: sheetMachine,
  rules: SHEET_RULES,
  conditions: CONDITIONS,
  allowed,
  events: Object.keys(SHEET_EVENTS),
  stateLabels: SHEET_STATES,
  eventLabels: SHEET_EVENTS,
  sideEvents: ['RETURN'],
  migrations: {},
};

export const sheetEngine = createEngine(sheetWorkflow);
