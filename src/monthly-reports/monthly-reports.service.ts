import { Injectable, StreamableFile } from '@nestjs/common';
import { READS_EVERY } from '../common/auth/access-policy';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser, collegeScope, hasRole } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError, NotFoundError } from '../common/errors/domain-error';
import { page } from '../common/pagination';
import type { Page } from '../common/pagination';
import type { StoredUpload } from '../documents/uploads';
import { DocumentStore } from '../storage/document-store';
import { isVacationMonth, localDate, monthOf } from '../calendar/calendar';
import { WorldLoader } from '../reminders/world.loader';
import { monthlyReportEngine } from '../../workflows/monthly-report.machine';
import { EventInput, WorkflowRunner } from '../workflow/workflow-runner.service';
import { monthlyMatrix } from './monthly-matrix';
import { loadMonthlyReport, MonthlyReportRow, MonthlyReportSubject } from './monthly-report.subject';
import { CreateMonthlyReportDto, ListMonthlyReportsQuery, MonthlyReportContentDto } from './monthly-reports.dto';
import type { AttachmentDto, MatrixDto, MonthlyReportDto, MonthlyReportStepDto } from './monthly-report.views';

const REPORT = { zh: '月报', en: 'Monthly report' };
/** An attachment as ATTACHMENT selects it: the size is a bigint, which PostgreSQL sends as text. */
type AttachmentRow = Omit<AttachmentDto, 'size'> & { size: string };

const FIELDS: Array<[keyof MonthlyReportContentDto, 'work_done' | 'new_partners' | 'eliminated_partners' | 'activities' | 'problems_and_measures' | 'notes']> = [
  ['workDone', 'work_done'], ['newPartners', 'new_partners'], ['eliminatedPartners', 'eliminated_partners'],
  ['activities', 'activities'], ['problemsAndMeasures', 'problems_and_measures'], ['notes', 'notes'],
];
const READ_ALL = READS_EVERY.monthlyReport;
const ATTACHMENT = `id, filename, size, sha256, media_type AS "mediaType", uploaded_by AS "uploadedBy", uploaded_at AS "uploadedAt"`;

/**
 * 月报 — one report per college per month: drafted by the college, signed off by its leader (that is the moment it
 * counts as reported to the center) or returned with a comment.
 */
@Injectable()
export class MonthlyReportsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly world: WorldLoader,
    private readonly store: DocumentStore,
    private readonly runner: WorkflowRunner,
    private readonly subject: MonthlyReportSubject,
  ) {}

  async create(user: AuthUser, dto: CreateMonthlyReportDto): Promise<MonthlyReportDto> {
    const college = this.ownCollege(user);
    const settings = await this.world.settings();
    if (dto.month > monthOf(localDate(this.clock.now()))) {
      throw new DomainError('unprocessable', { detail: { zh: '不能为尚未到来的月份上报', en: 'A month cannot be reported before it begins' }, errors: [{ field: 'month', code: 'in_future' }] });
    }
    if (isVacationMonth(dto.month, settings.vacationMonths)) {
      throw new DomainError('unprocessable', { detail: { zh: '寒暑假月份无需上报月报', en: 'No report is due in a vacation month' }, errors: [{ field: 'month', code: 'vacation_month' }] });
    }
    if ((await this.db.query('SELECT 1 FROM monthly_reports WHERE college_id = $1 AND month = $2', [college, dto.month])).length) {
      throw new DomainError('duplicate', { detail: { zh: `${dto.month} 的月报已存在`, en: `The report for ${dto.month} already exists` } });
    }
    const now = this.clock.now();
    const snapshot = monthlyReportEngine.persist(monthlyReportEngine.initial(undefined));
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO monthly_reports (college_id, month, status, ${FIELDS.map(([, c]) => c).join(', ')}, created_by, created_at, updated_at, entered_state_at, snapshot, machine_version)
         VALUES ($1, $2, 'draft', ${FIELDS.map((_, i) => `$${i + 3}`).join(', ')}, $9, $10, $10, $10, $11, $12) RETURNING *`,
        [college, dto.month, ...FIELDS.map(([f]) => dto[f] ?? ''), user.id, now, JSON.stringify(snapshot), monthlyReportEngine.tag],
      );
      await this.runner.openItems(tx, this.subject, { ...row, wf_recent: [], wf_open: [] }, now, user.id);
      return toView(row);
    });
  }

  async list(user: AuthUser, q: ListMonthlyReportsQuery): Promise<Page<MonthlyReportDto>> {
    const scope = this.readScope(user, q.collegeId);
    const where: string[] = [];
    const params: unknown[] = [];
    const college = scope ?? q.collegeId;
    if (college) where.push(`college_id = $${params.push(college)}`);
    if (q.month) where.push(`month = $${params.push(q.month)}`);
    if (q.status) where.push(`status = $${params.push(q.status)}`);
    const sql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }]: Array<{ total: number }> = await this.db.query(`SELECT count(*)::int AS total FROM monthly_reports ${sql}`, params);
    const rows: MonthlyReportRow[] = await this.db.query(`SELECT * FROM monthly_reports ${sql} ORDER BY month DESC, college_id LIMIT ${q.pageSize} OFFSET ${q.offset}`, params);
    return page(rows.map(toView), total, q);
  }

  async get(user: AuthUser, id: string): Promise<MonthlyReportDto> {
    const row = await this.load(this.db.manager, id);
    this.readScope(user, row.college_id);
    return toView(row);
  }

  async update(user: AuthUser, id: string, dto: MonthlyReportContentDto, ifMatch?: number): Promise<MonthlyReportDto> {
    return this.change(user, id, ['draft', 'returned'], ifMatch, (row) => ({
      ...Object.fromEntries(FIELDS.map(([f, c]) => [c, dto[f] ?? row[c]])),
    }));
  }

  submit(user: AuthUser, id: string): Promise<MonthlyReportDto> {
    return this.event(user, id, { type: 'SUBMIT' });
  }

  signOff(user: AuthUser, id: string): Promise<MonthlyReportDto> {
    return this.event(user, id, { type: 'SIGN_OFF' });
  }

  return(user: AuthUser, id: string, comment: string): Promise<MonthlyReportDto> {
    return this.event(user, id, { type: 'RETURN', comment, data: { to: 'draft' } });
  }

  /** 撤回: the sender takes a submission back while the leader has not acted on it. */
  recall(user: AuthUser, id: string): Promise<MonthlyReportDto> {
    return this.event(user, id, { type: 'RECALL' });
  }

  /** One event through the workflow runner: state, history, work items and outbox in one transaction. */
  private async event(user: AuthUser, id: string, input: EventInput): Promise<MonthlyReportDto> {
    return this.db.transaction(async (tx) => {
      const row = await loadMonthlyReport(tx, id, true);
      if (collegeScope(user) !== row.college_id) throw new DomainError(collegeScope(user) ? 'forbidden_college' : 'forbidden_role');
      await this.runner.apply(tx, this.subject, row, { id: user.id, username: user.username, roles: user.roles }, input, { now: this.clock.now() });
      return toView(await loadMonthlyReport(tx, id));
    });
  }

  async history(user: AuthUser, id: string): Promise<MonthlyReportStepDto[]> {
    const row = await this.load(this.db.manager, id);
    this.readScope(user, row.college_id);
    return this.runner.history(this.db.manager, 'monthlyReport', id);
  }

  async matrix(user: AuthUser, year: number, collegeId?: string): Promise<MatrixDto> {
    const scope = this.readScope(user, collegeId);
    const settings = await this.world.settings();
    const colleges: Array<{ id: string; name: string }> = await this.db.query(`SELECT id, name FROM colleges ${scope ?? collegeId ? 'WHERE id = $1' : ''} ORDER BY code`, scope ?? collegeId ? [scope ?? collegeId] : []);
    const signed: Array<{ college_id: string; month: string; signed_off_at: Date }> = await this.db.query(
      `SELECT college_id, month, signed_off_at FROM monthly_reports WHERE status = 'signed_off' AND month LIKE $1`,
      [`${year}-%`],
    );
    return monthlyMatrix({
      now: this.clock.now(),
      year,
      ...settings,
      colleges,
      signedOff: new Map(signed.map((r) => [`${r.college_id}:${r.month}`, r.signed_off_at])),
    });
  }

  /**
   * Attachments belong to the report's content: the college adds them while it can still edit the report. The file
   * is already in the store; when this throws, the upload interceptor deletes it.
   */
  async attach(user: AuthUser, id: string, file: StoredUpload): Promise<AttachmentDto> {
    const row = await this.load(this.db.manager, id);
    if (collegeScope(user) !== row.college_id) throw new DomainError(collegeScope(user) ? 'forbidden_college' : 'forbidden_role');
    if (!['draft', 'returned'].includes(row.status)) throw new DomainError('event_not_allowed', { extra: { reportStatus: row.status } });
    // the insert re-checks the status, so a report submitted meanwhile takes no attachment
    const [a]: Array<AttachmentRow | undefined> = await this.db.query(
      `INSERT INTO monthly_report_attachments (id, report_id, filename, size, sha256, media_type, storage_key, uploaded_by, uploaded_at)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9 FROM monthly_reports WHERE id = $2 AND status IN ('draft', 'returned') RETURNING ${ATTACHMENT}`,
      [randomUUID(), id, file.filename, file.size, file.sha256, file.mediaType, file.key, user.id, this.clock.now()],
    );
    if (!a) throw new DomainError('event_not_allowed', { detail: { zh: '月报已提交，不能再添加附件', en: 'The report was submitted meanwhile' } });
    return toAttachment(a);
  }

  async attachments(user: AuthUser, id: string): Promise<AttachmentDto[]> {
    const row = await this.load(this.db.manager, id);
    this.readScope(user, row.college_id);
    const rows: AttachmentRow[] = await this.db.query(`SELECT ${ATTACHMENT} FROM monthly_report_attachments WHERE report_id = $1 ORDER BY uploaded_at, id`, [id]);
    return rows.map(toAttachment);
  }

  async attachmentContent(user: AuthUser, attachmentId: string): Promise<{ view: AttachmentDto; file: StreamableFile }> {
    const [a]: Array<(AttachmentRow & { report_id: string; storage_key: string }) | undefined> = await this.db.query(`SELECT ${ATTACHMENT}, report_id, storage_key FROM monthly_report_attachments WHERE id = $1`, [attachmentId]);
    if (!a) throw new NotFoundError({ zh: '附件', en: 'Attachment' });
    this.readScope(user, (await this.load(this.db.manager, a.report_id)).college_id);
    return { view: toAttachment(a), file: new StreamableFile(await this.store.get(a.storage_key)) };
  }

  /** Moves a report between states with a compare-and-set on status (and version): concurrent changes get 409. */
  private async change(user: AuthUser, id: string, from: string[], ifMatch: number | undefined, next: (row: MonthlyReportRow) => Record<string, unknown>): Promise<MonthlyReportDto> {
    return this.db.transaction(async (tx) => {
      const row = await this.load(tx, id);
      if (collegeScope(user) !== row.college_id) throw new DomainError(collegeScope(user) ? 'forbidden_college' : 'forbidden_role');
      if (!from.includes(row.status)) throw new DomainError('event_not_allowed', { extra: { reportStatus: row.status, version: row.version } });
      const values = next(row);
      const cols = Object.keys(values);
      // an UPDATE … RETURNING answers [rows, affected]
      const result: [MonthlyReportRow[], number] = await tx.query(
        `UPDATE monthly_reports SET ${cols.map((c, i) => `${c} = $${i + 3}`).join(', ')}, version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 RETURNING *`,
        [id, ifMatch ?? row.version, ...Object.values(values)],
      );
      if (!result[0]?.length) throw new DomainError('version_conflict', { extra: { reportStatus: row.status, version: row.version } });
      return toView(result[0][0]);
    });
  }

  private async load(tx: EntityManager, id: string): Promise<MonthlyReportRow> {
    const [row]: Array<MonthlyReportRow | undefined> = await tx.query('SELECT * FROM monthly_reports WHERE id = $1', [id]);
    if (!row) throw new NotFoundError(REPORT);
    return row;
  }

  private ownCollege(user: AuthUser): string {
    const college = collegeScope(user);
    if (!college) throw new DomainError('forbidden_role');
    return college;
  }

  private readScope(user: AuthUser, collegeId?: string): string | null {
    if (hasRole(user, ...READ_ALL)) return null;
    const own = collegeScope(user);
    if (!own) throw new DomainError('forbidden_role');
    if (collegeId && collegeId !== own) throw new DomainError('forbidden_college');
    return own;
  }
}

/** Attachments' sizes are bigints: numbers in the API, as documents' are. */
function toAttachment(a: AttachmentRow): AttachmentDto {
  return { id: a.id, filename: a.filename, size: Number(a.size), sha256: a.sha256, mediaType: a.mediaType, uploadedBy: a.uploadedBy, uploadedAt: a.uploadedAt };
}

function toView(r: MonthlyReportRow): MonthlyReportDto {
  return {
    id: r.id,
    collegeId: r.college_id,
    month: r.month,
    status: r.status,
    workDone: r.work_done,
    newPartners: r.new_partners,
    eliminatedPartners: r.eliminated_partners,
    activities: r.activities,
    problemsAndMeasures: r.problems_and_measures,
    notes: r.notes,
    submittedAt: r.submitted_at,
    signedOffAt: r.signed_off_at,
    signedOffBy: r.signed_off_by,
    returnComment: r.return_comment,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
