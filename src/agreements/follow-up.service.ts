import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RUNNING_STAGES, STATE_LABELS } from '../../workflows/agreement.catalog';
import { AuthUser, collegeScope } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { page } from '../common/pagination';
import type { Page } from '../common/pagination';
import type { Role } from '../common/roles';
import { localDate } from '../calendar/calendar';
import { NotifierService } from '../notifications/notifier.service';
import { itemNotice } from '../tasks/task.view';
import type { WorkItemRow } from '../tasks/work-items.service';
import { assertMayRead, isOwner } from './agreement-access';
import type { NudgeResultDto, ObligationDto } from './agreement.views';
import { AgreementsService } from './agreements.service';
import type { ObligationsQuery } from './follow-up.dto';
import { secondsUntilNextLocalDay } from '../common/retry-after';

/** What follows an agreement's steps: 催办 of its reviewers, and the self-checks running agreements owe. */
@Injectable()
export class FollowUpService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly agreements: AgreementsService,
    private readonly notifier: NotifierService,
  ) {}

  /** 催办: whoever each step outside the college is assigned to now (transferred, delegated, deputies included); once a day. */
  async nudge(user: AuthUser, id: string): Promise<NudgeResultDto> {
    const row = await this.agreements.load(this.db.manager, id);
    assertMayRead(user, row);
    if (!isOwner(user, row)) throw new DomainError('forbidden_college');
    const items: WorkItemRow[] = await this.db.query(`SELECT * FROM work_items WHERE subject_id = $1 AND status = 'open' AND assignee_college_id IS NULL ORDER BY since`, [id]);
    if (!items.length) throw new DomainError('event_not_allowed', { detail: { zh: '当前环节不在审核中，无需催办', en: 'The agreement is not waiting at a reviewer' }, extra: { statePath: row.state } });
    const now = this.clock.now();
    const key = `nudge:${id}:${localDate(now)}`;
    const label = STATE_LABELS[row.state]?.zh ?? row.state;
    const audience = items.flatMap((item) => itemNotice(item, key, '', '').audience);
    // the deliveries' unique key decides: of two nudges at once, one creates them and the other creates none
    const sent = await this.notifier.notify({ key, kind: 'waiting', agreementId: id, link: `/agreements/${id}`, audience,
      title: `【催办】「${row.title}」请尽快办理（${label}）`, body: `${user.displayName} 催办：合作项目「${row.title}」在「${label}」环节等待您处理。` }, now);
    if (sent === 0 && (await this.db.query('SELECT 1 FROM deliveries WHERE reminder_key = $1 LIMIT 1', [key])).length) {
      throw new DomainError('too_many_requests', { detail: { zh: '今天已催办过', en: 'Already nudged today' }, extra: { retryAfterSeconds: secondsUntilNextLocalDay(now) } });
    }
    return { key, reviewers: [...new Set(items.flatMap((i) => i.assignee_roles as Role[]))], workItems: items.map((i) => i.id), deliveries: sent };
  }

  async obligations(user: AuthUser, q: ObligationsQuery): Promise<Page<ObligationDto>> {
    const college = collegeScope(user);
    const params: unknown[] = [];
    const where = [`a.stage = ANY($${params.push([...RUNNING_STAGES])})`, `(a.signed_at IS NULL OR (a.signed_at AT TIME ZONE 'Asia/Shanghai')::date <= s.self_check_due_on)`];
    if (college) where.push(`a.college_id = $${params.push(college)}`);
    if (q.semester) where.push(`s.name = $${params.push(q.semester)}`);
    const [{ total }]: Array<{ total: number }> = await this.db.query(`SELECT count(*)::int AS total FROM agreements a CROSS JOIN semesters s WHERE ${where.join(' AND ')}`, params);
    params.push(localDate(this.clock.now()));
    const rows: ObligationDto[] = await this.db.query(
      `SELECT a.id AS "agreementId", a.title, a.college_id AS "collegeId", s.name AS semester, s.self_check_due_on AS "dueOn",
         (SELECT min(c.submitted_at) FROM self_checks c WHERE c.agreement_id = a.id AND c.semester = s.name) AS "submittedAt",
         CASE WHEN EXISTS (SELECT 1 FROM self_checks c WHERE c.agreement_id = a.id AND c.semester = s.name) THEN 'fulfilled'
              WHEN s.self_check_due_on < $${params.length}::date THEN 'late' ELSE 'pending' END AS status
       FROM agreements a CROSS JOIN semesters s WHERE ${where.join(' AND ')} ORDER BY s.self_check_due_on, a.title, a.id
       LIMIT ${q.pageSize} OFFSET ${q.offset}`,
      params,
    );
    return page(rows, total, q);
  }
}
