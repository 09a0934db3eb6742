import type { Role } from '../roles';

/**
 * Who reads what across colleges — the one place the read policy is written. Everyone else is confined to their own
 * college (`collegeScope`), or to what a grant (a copy, an expert invitation) opens; acting is the machines' rules.
 */
export const READS_EVERY = {
  /** 合作项目: the center, legal, leadership and the assessment group read every college's agreements. */
  agreement: ['admin', 'center_staff', 'center_director', 'legal', 'school_leader', 'assessor'],
  /** 月报: the center, leadership and the assessment group read every college's reports. */
  monthlyReport: ['admin', 'center_staff', 'center_director', 'school_leader', 'assessor'],
  /** 待办: who may look at any work item (acting on it is for whoever it waits on). */
  workItem: ['admin', 'center_staff', 'center_director', 'school_leader'],
  /** 数据看板: every college's progress figures (a college's own users see their college's). */
  dashboard: ['admin', 'center_staff', 'center_director', 'school_leader', 'assessor'],
} as const satisfies Record<string, readonly Role[]>;
