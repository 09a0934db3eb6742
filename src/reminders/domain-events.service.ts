import { Injectable } from '@nestjs/common';
import { STATE_LABELS } from '../../workflows/agreement.catalog';
import { DataSource } from 'typeorm';
import { localDate } from '../../workflows/time';
import { itemNotice } from '../tasks/task.view';
import type { WorkItemRow } from '../tasks/work-items.service';
import { Clock } from '../common/clock';
import type { JobMap } from '../queue/queue.constants';
import { NotifierService } from '../notifications/notifier.service';
import type { Reminder } from './reminder-rules';

type DomainEvent = JobMap['domain-events']['domain-event'];

/**
 * What people hear when something happens: the reviewers of the step an agreement just reached, the college when
 * its agreement is returned or ends, and 教务/学生/财务 when an agreement is filed. Keys carry the outbox id, so a
 * redelivered event notifies nobody twice.
 */
@Injectable()
export class DomainEventsService {
  constructor(
    private readonly notifier: NotifierService,
    private readonly clock: Clock,
    private readonly db: DataSource,
  ) {}

  async handle(e: DomainEvent): Promise<number> {
    // all of one event's notices in one go: they appear in the inboxes together
    return this.notifier.notifyMany([...this.remindersFor(e), ...(await this.workItemNotices(e))], this.clock.now());
  }

  /**
   * 待办 notices for the work items a transition opened, to whoever each waits on (and their deputies). An item
   * already done by the time the event is handled (someone was quick) is recorded in the inbox as closed and sent
   * nowhere else.
   */
  private async workItemNotices(e: DomainEvent): Promise<Reminder[]> {
    const ids = (e.payload as { openedItems?: string[] }).openedItems ?? [];
    if (!ids.length) return [];
    const items: WorkItemRow[] = await this.db.query(`SELECT * FROM work_items WHERE id = ANY($1::uuid[]) ORDER BY since, id`, [ids]);
    return items.map((item) => ({
      ...itemNotice(item, `item:${item.id}`, `【待办】${item.title}`, `「${item.title}」等待您办理${item.due_at ? `，请于 ${localDate(item.due_at)} 前完成` : ''}。`),
      ...(item.closed_at ? { closedAt: item.closed_at } : {}),
    }));
  }

  remindersFor(e: DomainEvent): Reminder[] {
    const p = e.payload as { agreementId: string; collegeId: string; title: string; event?: string; from?: string; to?: string; filingNumber?: string; kind?: string };
    const link = `/agreements/${p.agreementId}`;
    const base = { kind: 'waiting' as const, link, agreementId: p.agreementId };
    const out: Reminder[] = [];
    if (e.topic === 'agreement.filed') {
      out.push({ ...base, key: `filed:${e.outboxId}`, audience: [{ roles: ['department'] }],
        title: `【备案通知】「${p.title}」已完成备案`, body: `合作项目「${p.title}」已由产教研合作中心登记备案，备案号 ${p.filingNumber}。` });
    }
    if (e.topic === 'agreement.transitioned' && p.event === 'ISSUE_SUPERVISION_NOTICE') {
      // seeds/001 第十一条: the college reports to the center and the school leader in charge
      out.push({ ...base, key: `supervision-issued:${e.outboxId}`, audience: [{ roles: ['center_staff', 'center_director', 'school_leader'] }],
        title: `【督查通知】「${p.title}」已发出督查通知单`, body: `二级学院已就合作项目「${p.title}」向合作单位发出督查通知单，请关注整改情况。` });
    }
    if (e.topic === 'agreement.transitioned' && p.event === 'DEADLINE_PASSED' && p.kind === 'supervision') {
      out.push({ ...base, key: `supervision-overdue:${e.outboxId}`, audience: [{ roles: ['center_staff'] }],
        title: `【待办】「${p.title}」督查整改逾期，请决定是否启动不履约终止`,
        body: `合作项目「${p.title}」督查通知单整改期限已过仍未整改，请确认整改情况，或启动不履约终止程序（申请终止合作）。` });
    }
    if (e.topic === 'agreement.transitioned' && p.to && p.from !== p.to) {
      const label = STATE_LABELS[p.to]?.zh ?? p.to;
      if (p.event === 'REJECT' || p.event === 'REVIEW_RECTIFY' || p.to === 'terminated') {
        const what = p.to === 'terminated' ? '已终止' : `已退回（${label}）`;
        out.push({ ...base, key: `college:${e.outboxId}`, audience: [{ college: p.collegeId, roles: ['college_staff', 'college_leader'] }],
          title: `【流转】「${p.title}」${what}`, body: `合作项目「${p.title}」${what}，请查看处理意见。` });
      }
    }
    return out;
  }
}
