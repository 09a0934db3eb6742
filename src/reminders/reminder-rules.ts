import { RUNNING_STAGES, STATE_LABELS } from '../../workflows/agreement.catalog';
import type { Role } from '../common/roles';
import { addDays, daysBetween, isVacationMonth, localDate, monthlyReportDue, monthsBetween, monthOf, workingDaysElapsed } from '../calendar/calendar';

/**
 * What is due at `now`, computed from the records alone. Pure: the sweep loads a World from the database,
 * asks for the due reminders, and records each (key, recipient, channel) once. A reminder fires on any sweep
 * from its date until it expires, so a sweep that was missed (downtime) still sends it, exactly once.
 */
export interface ReminderOffsets {
  monthlyBeforeDays: number[];
  selfCheckBeforeDays: number[];
  filingAfterSigningDays: number[];
  supervisionBeforeDays: number[];
  expiryBeforeDays: number[];
  waitingWorkingDays: number;
  /** A late reminder stops being sent this many days after it was first due. */
  lateWindowDays: number;
}

export const DEFAULT_OFFSETS: ReminderOffsets = {
  monthlyBeforeDays: [3],
  selfCheckBeforeDays: [14, 3],
  filingAfterSigningDays: [5, 7],
  supervisionBeforeDays: [3],
  expiryBeforeDays: [90, 30],
  waitingWorkingDays: 3,
  lateWindowDays: 30,
};

export type Audience = { college: string; roles: Role[] } | { roles: Role[] } | { userIds: string[] };

export interface Reminder {
  key: string;
  kind: 'monthly_report' | 'self_check' | 'filing' | 'supervision' | 'expiry' | 'waiting' | 'task' | 'assessment';
  audience: Audience[];
  title: string;
  body: string;
  link: string;
  /** The agreement it concerns, for agreement reminders. */
  agreementId?: string;
  /** A 待办 notice: it closes with this work item, and the assignees' deputies get it too. */
  workItemId?: string;
  /** The item was done before its notice went out: recorded in the inbox as closed, nothing sent by e-mail or webhook. */
  closedAt?: Date;
  /** For filing and supervision: the deadline has passed and the machine must hear DEADLINE_PASSED. */
  deadlinePassed?: 'filing' | 'supervision';
}

export interface AgreementFacts {
  id: string;
  title: string;
  collegeId: string;
  state: string;
  signedAt: Date | null;
  filingDueAt: Date | null;
  filingOverdue: boolean;
  supervisionDeadline: Date | null;
  supervisionOverdue: boolean;
  endDate: string | null;
  enteredStateAt: Date;
  selfCheckSemesters: string[];
}

export interface World {
  now: Date;
  /** The first month the system watches: no reminders for months before go-live. */
  firstMonth: string;
  vacationMonths: number[];
  monthlyDueDay: number;
  colleges: Array<{ id: string; name: string }>;
  /** Months each college has had signed off: `${collegeId}:${YYYY-MM}`. */
  signedOffReports: Set<string>;
  semesters: Array<{ name: string; selfCheckDueOn: string }>;
  agreements: AgreementFacts[];
  /** Assessment sheets still waiting on someone, with their cycle's deadlines (年度考核). */
  sheets?: SheetFacts[];
  /** Who reviews at each waiting state (from the machine). */
  reviewersOf: (state: string) => Role[];
  offsets: ReminderOffsets;
}

const RUNNING = RUNNING_STAGES;
const COLLEGE_STAFF: Role[] = ['college_staff'];
const COLLEGE_ALL: Role[] = ['college_staff', 'college_leader'];

/** Fires on any day in [from, until): `until` undefined means no end. */
function firing(today: string, from: string, until?: string): boolean {
  return today >= from && (until === undefined || today < until);
}

export interface SheetFacts {
  id: string;
  year: number;
  subjectName: string;
  collegeId: string | null;
  state: string;
  selfDueOn: string | null;
  scoringDueOn: string | null;
}

export function dueReminders(w: World): Reminder[] {
  const today = localDate(w.now);
  return [...monthly(w, today), ...selfChecks(w, today), ...filings(w, today), ...supervisions(w, today), ...expiries(w, today), ...waiting(w, today), ...assessments(w, today)];
}

/** 年度考核: the college before its self-assessment deadline (drafting), the assessors before the scoring one (submitted). */
function assessments(w: World, today: string): Reminder[] {
  const out: Reminder[] = [];
  for (const s of w.sheets ?? []) {
    const self = s.state === 'drafting' && s.selfDueOn && s.collegeId;
    const due = self ? s.selfDueOn : s.state === 'submitted' ? s.scoringDueOn : null;
    if (!due) continue;
    const what = self ? '院系自评' : '考核组评分';
    const audience: Audience[] = self ? [{ college: s.collegeId!, roles: COLLEGE_ALL }] : [{ roles: ['assessor'] }];
    for (const days of [3, 0]) {
      if (firing(today, addDays(due, -days), addDays(due, 1))) {
        out.push({ kind: 'assessment', key: `assessment:${s.id}:${self ? 'self' : 'scoring'}:before${days}`, link: `/assessment/sheets/${s.id}`, audience,
          title: `【年度考核】${s.year} 年度「${s.subjectName}」${what}${days ? `将于 ${due} 截止` : '今日截止'}`,
          body: `${s.year} 年度校企合作考核「${s.subjectName}」的${what}截止日期为 ${due}，请及时完成。` });
      }
    }
  }
  return out;
}

function monthly(w: World, today: string): Reminder[] {
  const out: Reminder[] = [];
  for (const month of monthsBetween(w.firstMonth, monthOf(today))) {
    if (isVacationMonth(month, w.vacationMonths)) continue;
    const { lastDay } = monthlyReportDue(month, w.monthlyDueDay);
    const lateFrom = addDays(lastDay, 1);
    for (const college of w.colleges) {
      if (w.signedOffReports.has(`${college.id}:${month}`)) continue;
      const link = `/monthly-reports?collegeId=${college.id}&month=${month}`;
      const base = { kind: 'monthly_report' as const, link };
      for (const days of w.offsets.monthlyBeforeDays) {
        if (firing(today, addDays(lastDay, -days), lastDay)) {
          out.push({ ...base, key: `monthly:${college.id}:${month}:before${days}`, audience: [{ college: college.id, roles: COLLEGE_STAFF }],
            title: `【月报提醒】${month} 工作开展情况请于 ${lastDay} 前上报`, body: `${college.name}：${month} 校企合作工作开展情况月报截止日期为 ${lastDay}（每月 ${w.monthlyDueDay} 日前），请及时填报并提交学院负责人审核。` });
        }
      }
      if (firing(today, lastDay, lateFrom)) {
        out.push({ ...base, key: `monthly:${college.id}:${month}:due`, audience: [{ college: college.id, roles: COLLEGE_STAFF }],
          title: `【月报今日截止】${month} 工作开展情况月报`, body: `${college.name}：今天（${lastDay}）是 ${month} 月报上报截止日，请尽快提交并由学院负责人审核上报。` });
      }
      if (firing(today, lateFrom, addDays(lateFrom, w.offsets.lateWindowDays))) {
        out.push({ ...base, key: `monthly:${college.id}:${month}:late`, audience: [{ college: college.id, roles: COLLEGE_ALL }],
          title: `【月报逾期】${month} 工作开展情况月报未按时上报`, body: `${college.name}：${month} 月报截止日期 ${lastDay} 已过，尚未经学院负责人审核上报，将影响年度考核（每次扣 1 分）。` });
      }
    }
  }
  return out;
}

function selfChecks(w: World, today: string): Reminder[] {
  const out: Reminder[] = [];
  for (const s of w.semesters) {
    const due = s.selfCheckDueOn;
    const lateFrom = addDays(due, 1);
    // what fires depends on the semester alone: decided once, then written for every agreement that owes it
    const before = w.offsets.selfCheckBeforeDays.filter((days) => firing(today, addDays(due, -days), addDays(due, 1)));
    const late = firing(today, lateFrom, addDays(lateFrom, w.offsets.lateWindowDays));
    if (!before.length && !late) continue;
    for (const a of w.agreements) {
      if (!RUNNING.includes(a.state) || a.selfCheckSemesters.includes(s.name)) continue;
      if (a.signedAt && localDate(a.signedAt) > due) continue; // signed after the due date: owes nothing this semester
      const base = { kind: 'self_check' as const, link: `/agreements/${a.id}` };
      for (const days of before) {
        out.push({ ...base, key: `selfcheck:${a.id}:${s.name}:before${days}`, audience: [{ college: a.collegeId, roles: COLLEGE_STAFF }],
          title: `【学期自查】「${a.title}」${s.name} 学期自查报告 ${due} 截止`, body: `合作项目「${a.title}」需在 ${due} 前提交 ${s.name} 学期自查报告（经费、设备、学生培养、专业建设、实训条件、师资培养、技术服务）。` });
      }
      if (late) {
        out.push({ ...base, key: `selfcheck:${a.id}:${s.name}:late`, audience: [{ college: a.collegeId, roles: COLLEGE_ALL }, { roles: ['center_staff'] }],
          title: `【自查逾期】「${a.title}」${s.name} 学期自查未提交`, body: `合作项目「${a.title}」${s.name} 学期自查报告截止日期 ${due} 已过，尚未提交。` });
      }
    }
  }
  return out;
}

function filings(w: World, today: string): Reminder[] {
  const out: Reminder[] = [];
  for (const a of w.agreements) {
    if (a.state !== 'filing.awaitingSubmission' || !a.signedAt || !a.filingDueAt) continue;
    const signed = localDate(a.signedAt);
    const base = { kind: 'filing' as const, link: `/agreements/${a.id}` };
    for (const day of w.offsets.filingAfterSigningDays) {
      if (w.now < a.filingDueAt && firing(today, addDays(signed, day))) {
        out.push({ ...base, key: `filing:${a.id}:day${day}`, audience: [{ college: a.collegeId, roles: COLLEGE_ALL }],
          title: `【备案提醒】「${a.title}」请于签订后 7 日内备案`, body: `合作项目「${a.title}」于 ${signed} 签订，须在 ${localDate(a.filingDueAt)} 前提交备案材料（第 ${day} 天提醒）。` });
      }
    }
    if (w.now >= a.filingDueAt) {
      out.push({ ...base, agreementId: a.id, key: `filing:${a.id}:overdue`, audience: [{ college: a.collegeId, roles: COLLEGE_ALL }, { roles: ['center_staff'] }], deadlinePassed: a.filingOverdue ? undefined : 'filing',
        title: `【备案逾期】「${a.title}」签订后 7 日内未备案`, body: `合作项目「${a.title}」备案期限 ${localDate(a.filingDueAt)} 已过，尚未提交备案，已转产教研合作中心督办。` });
    }
  }
  return out;
}

function supervisions(w: World, today: string): Reminder[] {
  const out: Reminder[] = [];
  const supervisionHorizon = w.offsets.supervisionBeforeDays.map((days) => addDays(today, days));
  for (const a of w.agreements) {
    if (a.state !== 'supervision' || !a.supervisionDeadline) continue;
    const deadline = a.supervisionDeadline;
    const base = { kind: 'supervision' as const, link: `/agreements/${a.id}`, audience: [{ college: a.collegeId, roles: ['college_leader'] as Role[] }, { roles: ['center_staff'] as Role[] }] };
    const stamp = deadline.toISOString();
    for (const [i, days] of w.offsets.supervisionBeforeDays.entries()) {
      // firing from (deadline's date − days) on, that is: the deadline's date is at most `days` after today
      if (w.now < deadline && localDate(deadline) <= supervisionHorizon[i]) {
        out.push({ ...base, key: `supervision:${a.id}:${stamp}:before${days}`, title: `【督查整改】「${a.title}」整改期限 ${localDate(deadline)}`, body: `合作项目「${a.title}」督查通知单整改期限为 ${localDate(deadline)}，请按期完成整改。` });
      }
    }
    if (w.now >= deadline) {
      out.push({ ...base, agreementId: a.id, key: `supervision:${a.id}:${stamp}:passed`, deadlinePassed: a.supervisionOverdue ? undefined : 'supervision',
        title: `【督查逾期】「${a.title}」整改期限已过`, body: `合作项目「${a.title}」督查整改期限 ${localDate(deadline)} 已过，请确认整改情况或启动终止程序。` });
    }
  }
  return out;
}

function expiries(w: World, today: string): Reminder[] {
  const out: Reminder[] = [];
  // firing on [endDate − days, endDate): the end date is after today and at most `days` after it
  const horizon = w.offsets.expiryBeforeDays.map((days) => addDays(today, days));
  for (const a of w.agreements) {
    if (!RUNNING.includes(a.state) || !a.endDate || a.endDate <= today) continue;
    for (const [i, days] of w.offsets.expiryBeforeDays.entries()) {
      if (a.endDate <= horizon[i]) {
        out.push({ kind: 'expiry', key: `expiry:${a.id}:${a.endDate}:before${days}`, link: `/agreements/${a.id}`, audience: [{ college: a.collegeId, roles: ['college_leader'] }],
          title: `【到期提醒】「${a.title}」将于 ${a.endDate} 到期`, body: `合作项目「${a.title}」将于 ${a.endDate} 到期（还有 ${daysBetween(today, a.endDate)} 天），请决定续签或到期退出。` });
      }
    }
  }
  return out;
}

function waiting(w: World, today: string): Reminder[] {
  const out: Reminder[] = [];
  for (const a of w.agreements) {
    const reviewers = w.reviewersOf(a.state);
    if (!reviewers.length) continue;
    if (workingDaysElapsed(a.enteredStateAt, w.now) <= w.offsets.waitingWorkingDays) continue;
    out.push({ kind: 'waiting', key: `waiting:${a.id}:${a.enteredStateAt.toISOString()}:${today}`, link: `/agreements/${a.id}`, audience: [{ roles: reviewers }],
      title: `【催办】「${a.title}」等待审核已超过 ${w.offsets.waitingWorkingDays} 个工作日`, body: `合作项目「${a.title}」自 ${localDate(a.enteredStateAt)} 起在「${STATE_LABELS[a.state]?.zh ?? a.state}」环节等待处理，请尽快办理。` });
  }
  return out;
}
