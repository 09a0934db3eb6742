import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { addDays } from '../../workflows/time';
import { isVacationMonth, monthlyReportDue, monthsBetween } from '../calendar/calendar';
import type { Computed, Evidence } from './scoring';

/** What the records are read for: one college over one assessment period, as of `now`. */
export interface Scope {
  collegeId: string;
  periodStart: string; // YYYY-MM-DD
  periodEnd: string;
  now: Date;
}

/** Agreements that count for a college's cooperation: they reached 审签 or later and were neither withdrawn nor declined. */
const COUNTED = `a.stage NOT IN ('research', 'feasibility', 'agreement') AND coalesce(a.termination_reason, '') NOT IN ('withdrawn', 'declined')`;

/**
 * Computed indicators (`computed:<name>`): figures proposed from the records, each with its evidence. Every
 * source answers the input names its template node reads.
 */
@Injectable()
export class ComputedService {
  async compute(tx: EntityManager, names: string[], scope: Scope): Promise<Record<string, Computed>> {
    const out: Record<string, Computed> = {};
    for (const name of new Set(names)) {
      const source = SOURCES[name];
      if (source) out[name] = await source(tx, scope);
    }
    return out;
  }
}

type Source = (tx: EntityManager, s: Scope) => Promise<Computed>;

const SOURCES: Record<string, Source> = {
  /** A3: due months in the period (vacation months excluded, due date passed) whose report was missing, late or not signed off. */
  'monthly-punctuality': async (tx, s) => {
    const [settings] = await tx.query('SELECT vacation_months, monthly_due_day, first_month FROM calendar_settings WHERE id = 1');
    const reports: Array<{ month: string; signed_off_at: Date | null; status: string }> = await tx.query(
      'SELECT month, signed_off_at, status FROM monthly_reports WHERE college_id = $1', [s.collegeId]);
    const evidence: Evidence[] = [];
    let missed = 0;
    for (const month of monthsBetween(s.periodStart.slice(0, 7), s.periodEnd.slice(0, 7))) {
      if (isVacationMonth(month, settings.vacation_months) || month < settings.first_month) continue;
      const { deadline } = monthlyReportDue(month, settings.monthly_due_day);
      if (deadline > s.now) continue;
      const r = reports.find((x) => x.month === month);
      const status = !r || !r.signed_off_at ? 'missing' : r.signed_off_at <= deadline ? 'on_time' : 'late';
      if (status !== 'on_time') missed++;
      evidence.push({ kind: 'month', ref: month, text: `${month} ${status === 'on_time' ? '按时上报' : status === 'late' ? '迟报' : '缺报或未经院系负责人审核'}` });
    }
    return { values: { missedMonths: missed }, evidence };
  },

  /** B1: partners per major, from the college's counted agreements of the period. */
  'partners-per-major': async (tx, s) => {
    const rows = await majorsWith(tx, s, '');
    return {
      values: { partnersPerMajor: rows.map((r) => r.partners.length) },
      evidence: rows.map((r) => ({ kind: 'major', ref: r.id, text: `${r.name}：${r.partners.length ? r.partners.join('、') : '无合作企业'}` })),
    };
  },

  /** C3: majors with an order class (订单培养 agreements), of all the college's majors. */
  'order-class-majors': async (tx, s) => {
    const rows = await majorsWith(tx, s, `AND a.cooperation_type = 'order_class'`);
    const withClass = rows.filter((r) => r.partners.length);
    return {
      values: { orderClassMajors: withClass.length, majors: rows.length },
      evidence: rows.map((r) => ({ kind: 'major', ref: r.id, text: `${r.name}：${r.partners.length ? `订单班（${r.partners.join('、')}）` : '无订单班'}` })),
    };
  },

  'college-majors': async (tx, s) => {
    const majors: Array<{ id: string; name: string }> = await tx.query('SELECT id, name FROM majors WHERE college_id = $1 ORDER BY code', [s.collegeId]);
    return { values: { majors: majors.length }, evidence: majors.map((m) => ({ kind: 'major', ref: m.id, text: m.name })) };
  },

  /** Partners cooperating with the college for at least 3 years by the period's end (from the agreements' terms). */
  'stable-partners': async (tx, s) => {
    const rows: Array<{ id: string; name: string; since: string }> = await tx.query(
      `SELECT p.id, p.name, to_char(min(coalesce(a.start_date, (a.signed_at AT TIME ZONE 'Asia/Shanghai')::date)), 'YYYY-MM-DD') AS since
       FROM agreements a JOIN partners p ON p.id = a.partner_id WHERE a.college_id = $1 AND ${COUNTED}
       GROUP BY p.id, p.name HAVING min(coalesce(a.start_date, (a.signed_at AT TIME ZONE 'Asia/Shanghai')::date)) <= ($2::date - interval '3 years') ORDER BY p.name`,
      [s.collegeId, s.periodEnd],
    );
    return { values: { stablePartners: rows.length }, evidence: rows.map((r) => ({ kind: 'partner', ref: r.id, text: `${r.name}（自 ${r.since} 起合作）` })) };
  },

  /** Self-checks submitted in the period and the center's review conclusions. */
  'self-check-completion': async (tx, s) => {
    const rows: Array<{ id: string; title: string; semester: string; status: string }> = await tx.query(
      `SELECT c.id, a.title, c.semester, c.status FROM self_checks c JOIN agreements a ON a.id = c.agreement_id
       WHERE a.college_id = $1 AND c.submitted_at >= $2::date AND c.submitted_at < ($3::date + 1) AND c.status <> 'recalled' ORDER BY c.submitted_at`,
      [s.collegeId, s.periodStart, addDays(s.periodEnd, 0)],
    );
    const count = (st: string) => rows.filter((r) => r.status === st).length;
    return {
      values: { selfChecksSubmitted: rows.length, reviewsPassed: count('passed'), reviewsRectify: count('rectify') },
      evidence: rows.map((r) => ({ kind: 'selfCheck', ref: r.id, text: `「${r.title}」${r.semester}：${r.status === 'passed' ? '复查通过' : r.status === 'rectify' ? '复查整改' : '待复查'}` })),
    };
  },

  /** The college's partner ledger changes in the period: partners added (incubating or active) and eliminated. */
  'ledger-changes': async (tx, s) => {
    const rows: Array<{ partner_id: string; name: string; to_status: string; at: Date }> = await tx.query(
      `SELECT c.partner_id, p.name, c.to_status, c.changed_at AS at FROM partner_status_changes c JOIN partners p ON p.id = c.partner_id
       WHERE p.owner_college_id = $3 AND c.changed_at >= $1::date AND c.changed_at < ($2::date + 1) ORDER BY c.changed_at`,
      [s.periodStart, s.periodEnd, s.collegeId],
    );
    return {
      values: { newPartners: rows.filter((r) => r.to_status !== 'eliminated').length, eliminatedPartners: rows.filter((r) => r.to_status === 'eliminated').length },
      evidence: rows.map((r) => ({ kind: 'ledgerChange', ref: r.partner_id, text: `${r.name} → ${r.to_status}` })),
    };
  },
};

async function majorsWith(tx: EntityManager, s: Scope, filter: string): Promise<Array<{ id: string; name: string; partners: string[] }>> {
  return tx.query(
    `SELECT m.id, m.name, coalesce(array_agg(DISTINCT p.name ORDER BY p.name) FILTER (WHERE p.id IS NOT NULL), '{}') AS partners
     FROM majors m
     LEFT JOIN agreement_majors am ON am.major_id = m.id
     LEFT JOIN agreements a ON a.id = am.agreement_id AND a.college_id = m.college_id AND ${COUNTED} AND a.created_at < ($2::date + 1) ${filter}
     LEFT JOIN partners p ON p.id = a.partner_id
     WHERE m.college_id = $1 GROUP BY m.id, m.name, m.code ORDER BY m.code`,
    [s.collegeId, s.periodEnd],
  );
}
