import type { Role } from '../common/roles';
import type { Reminder } from '../reminders/reminder-rules';
import type { WorkItemRow } from './work-items.service';

/** A work item as the API shows it (DOMAIN.md "Approvals as work items"). */
export interface TaskView {
  id: string;
  kind: string;
  subjectId: string;
  title: string;
  state: string;
  step: string;
  assignees: { role: string | null; roles: string[]; collegeId: string | null; userIds: string[]; mode: 'any' | 'all' };
  since: Date;
  dueAt: Date | null;
  delegatedTo: string | null;
  delegatedBy: string | null;
  status: 'open' | 'done';
  closedAt: Date | null;
  closedBy: string | null;
  closedEvent: string | null;
  link: string;
  version: number;
}

export function subjectLink(item: Pick<WorkItemRow, 'kind' | 'subject_id'>): string {
  if (item.kind === 'monthlyReport') return `/monthly-reports/${item.subject_id}`;
  if (item.kind === 'assessmentSheet') return `/assessment/sheets/${item.subject_id}`;
  return `/agreements/${item.subject_id}`;
}

export function toTask(r: WorkItemRow): TaskView {
  return {
    id: r.id,
    kind: r.kind,
    subjectId: r.subject_id,
    title: r.title,
    state: r.state,
    step: r.step,
    assignees: { role: r.assignee_roles[0] ?? null, roles: r.assignee_roles, collegeId: r.assignee_college_id, userIds: r.assignee_user_ids, mode: r.mode },
    since: r.since,
    dueAt: r.due_at,
    delegatedTo: r.delegated_to,
    delegatedBy: r.delegated_by,
    status: r.status,
    closedAt: r.closed_at,
    closedBy: r.closed_by,
    closedEvent: r.closed_event,
    link: subjectLink(r),
    version: r.version,
  };
}

/** A notice to whoever an item waits on (named users, else its roles in its college), their deputies and its delegate. */
export function itemNotice(item: WorkItemRow, key: string, title: string, body: string): Reminder {
  const audience: Reminder['audience'] = item.assignee_user_ids.length
    ? [{ userIds: item.assignee_user_ids }]
    : [item.assignee_college_id ? { college: item.assignee_college_id, roles: item.assignee_roles as Role[] } : { roles: item.assignee_roles as Role[] }];
  if (item.delegated_to) audience.push({ userIds: [item.delegated_to] });
  return { key, kind: 'task', audience, title, body, link: subjectLink(item), workItemId: item.id, ...(item.kind === 'agreement' ? { agreementId: item.subject_id } : {}) };
}
