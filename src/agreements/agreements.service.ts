import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { COLLEGE_EDITABLE_STATES, DEMONSTRATION_REQUIRED } from '../../workflows/agreement.catalog';
import { allowedEvents, initialState, restore } from '../../workflows/agreement.engine';
import { AGREEMENT_MACHINE_VERSION } from '../../workflows/agreement.machine';
import { AuthUser, collegeScope, hasRole } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import type { FieldError } from '../common/errors/domain-error';
import { writeOutbox } from '../common/outbox';
import { likePattern, page } from '../common/pagination';
import type { Page } from '../common/pagination';
import type { Facts } from '../../workflows/agreement.rules';
import { WorkflowRunner } from '../workflow/workflow-runner.service';
import { actingRoles, AgreementAccess, assertMayRead, assertNotReadOnly, isOwner, readScopeSql } from './agreement-access';
import { AgreementSubject } from './agreement.subject';
import { AGREEMENT_SELECT, AgreementRow, loadAgreement, projection, toDetail, toSummary } from './agreement.row';
import type { AgreementDetailDto, AgreementSummaryDto } from './agreement.views';
import { AgreementContentDto, CONTENT_KEYS, CreateAgreementDto, ListAgreementsQuery, UpdateAgreementDto } from './agreements.dto';

export { AGREEMENT } from './agreement.row';
/** The college's own editable steps: 调研, 可行性材料准备, 拟定协议. */
const SORTS: Record<string, string> = { updatedAt: 'a.updated_at', createdAt: 'a.created_at', title: 'a.title', endDate: 'a.end_date' };

@Injectable()
export class AgreementsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly access: AgreementAccess,
    private readonly subject: AgreementSubject,
    private readonly runner: WorkflowRunner,
  ) {}

  async create(user: AuthUser, dto: CreateAgreementDto): Promise<AgreementDetailDto> {
    const collegeId = this.creatingCollege(user, dto.collegeId);
    const requiresDemonstration = DEMONSTRATION_REQUIRED.includes(dto.cooperationType) || dto.requiresDemonstration === true;
    const id = await this.db.transaction(async (tx) => {
      await this.assertReferences(tx, collegeId, dto.partnerId, dto.majorIds);
      const p = projection(initialState({ requiresDemonstration }));
      const [{ id }]: Array<{ id: string }> = await tx.query(
        `INSERT INTO agreements (title, college_id, partner_id, cooperation_type, requires_demonstration, stage, state, snapshot, machine_version, created_by,
           created_at, updated_at, entered_state_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $11) RETURNING id`,
        [dto.title, collegeId, dto.partnerId, dto.cooperationType, requiresDemonstration, p.stage, p.state, JSON.stringify(p.snapshot), AGREEMENT_MACHINE_VERSION, user.id,
          this.clock.now()],
      );
      await this.setMajors(tx, id, [...new Set(dto.majorIds)]);
      await this.runner.openItems(tx, this.subject, await loadAgreement(tx, id), this.clock.now(), user.id);
      await writeOutbox(tx, 'agreement.created', id, { agreementId: id, collegeId, title: dto.title, by: user.id });
      return id;
    });
    return this.get(user, id);
  }

  async list(user: AuthUser, q: ListAgreementsQuery): Promise<Page<AgreementSummaryDto>> {
    const scope = readScopeSql(user, 1);
    const params: unknown[] = [...scope.params];
    const where = [scope.sql];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (q.collegeId) {
      const own = collegeScope(user);
      if (own && own !== q.collegeId) throw new DomainError('forbidden_college');
      add('a.college_id = ?', q.collegeId);
    }
    if (q.stage) add('a.stage = ?', q.stage);
    if (q.partnerId) add('a.partner_id = ?', q.partnerId);
    if (q.cooperationType) add('a.cooperation_type = ?', q.cooperationType);
    if (q.q) add('a.title ILIKE ?', likePattern(q.q));
    if (q.overdue !== undefined) {
      params.push(this.clock.now());
      const n = `$${params.length}`;
      const overdue = `(a.overdue OR (a.state = 'filing.awaitingSubmission' AND a.filing_due_at < ${n}) OR (a.state = 'supervision' AND a.supervision_deadline < ${n}))`;
      where.push(q.overdue ? overdue : `NOT ${overdue}`);
    }
    const sort = q.sort ?? '-updatedAt';
    const order = `${SORTS[sort.replace('-', '')]} ${sort.startsWith('-') ? 'DESC' : 'ASC'} NULLS LAST, a.id`;
    const whereSql = where.join(' AND ');
    const [{ total }]: Array<{ total: number }> = await this.db.query(`SELECT count(*)::int AS total FROM agreements a WHERE ${whereSql}`, params);
    const rows: AgreementRow[] = await this.db.query(
      `${AGREEMENT_SELECT} WHERE ${whereSql} ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${q.offset}`,
      params,
    );
    return page(rows.map(toSummary), total, q);
  }

  async get(user: AuthUser, id: string): Promise<AgreementDetailDto> {
    const row = await this.load(this.db.manager, id);
    await this.access.assertMayRead(this.db.manager, user, row);
    return this.detail(this.db.manager, user, row);
  }

  /** The agreement as the caller sees it, with the events they could send now and what each still lacks. */
  async detail(tx: EntityManager, user: AuthUser, row: AgreementRow): Promise<AgreementDetailDto> {
    const facts = (await this.runner.facts(tx, this.subject, row, this.clock.now(), user.id)) as Facts;
    const actor = { id: user.id, roles: actingRoles(user, row) };
    return toDetail(row, allowedEvents(restore(row.snapshot, row.machine_version), actor, facts));
  }

  async update(user: AuthUser, id: string, dto: UpdateAgreementDto, ifMatch?: number): Promise<AgreementDetailDto> {
    await this.db.transaction(async (tx) => {
      const row = await this.load(tx, id);
      assertMayRead(user, row);
      if (!isOwner(user, row)) throw new DomainError('forbidden_college');
      assertNotReadOnly(row);
      if (!COLLEGE_EDITABLE_STATES.includes(row.state)) throw new DomainError('not_editable', { extra: { statePath: row.state, version: row.version } });
      const expected = ifMatch ?? row.version;
      const content = dto.content ? mergeContent(row.content, dto.content) : row.content;
      if (dto.majorIds) await this.assertReferences(tx, row.college_id, row.partner_id, dto.majorIds);
      // an UPDATE answers [rows, affected]
      const result: [unknown[], number] = await tx.query(
        `UPDATE agreements SET title = $3, content = $4, start_date = $5, end_date = $6, version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2`,
        [id, expected, dto.title ?? row.title, JSON.stringify(content), dto.startDate !== undefined ? dto.startDate : row.start_date, dto.endDate !== undefined ? dto.endDate : row.end_date],
      );
      if (result[1] !== 1) throw new DomainError('version_conflict', { extra: { statePath: row.state, version: row.version } });
      if (dto.majorIds) await this.setMajors(tx, id, [...new Set(dto.majorIds)]);
    });
    return this.get(user, id);
  }

  load(tx: EntityManager, id: string): Promise<AgreementRow> {
    return loadAgreement(tx, id);
  }

  private creatingCollege(user: AuthUser, requested?: string): string {
    const own = collegeScope(user);
    if (own) {
      if (requested && requested !== own) throw new DomainError('forbidden_college');
      return own;
    }
    if (!hasRole(user, 'admin', 'center_staff', 'center_director')) throw new DomainError('forbidden_role');
    if (!requested) throw new DomainError('validation_failed', { errors: [{ field: 'collegeId', code: 'required' }] });
    return requested;
  }

  private async assertReferences(tx: EntityManager, collegeId: string, partnerId: string, majorIds: string[]): Promise<void> {
    const errors: FieldError[] = [];
    if (!(await tx.query('SELECT 1 FROM colleges WHERE id = $1', [collegeId])).length) errors.push({ field: 'collegeId', code: 'not_found' });
    const [partner]: Array<{ status: string } | undefined> = await tx.query('SELECT status FROM partners WHERE id = $1', [partnerId]);
    if (!partner) errors.push({ field: 'partnerId', code: 'not_found' });
    else if (partner.status === 'eliminated') errors.push({ field: 'partnerId', code: 'partner_eliminated', detail: 'the partner is eliminated from the ledger' });
    const found: Array<{ id: string; college_id: string }> = majorIds.length ? await tx.query('SELECT id, college_id FROM majors WHERE id = ANY($1)', [majorIds]) : [];
    for (const m of majorIds) {
      const major = found.find((f) => f.id === m);
      if (!major) errors.push({ field: 'majorIds', code: 'not_found', majorId: m });
      else if (major.college_id !== collegeId) errors.push({ field: 'majorIds', code: 'other_college', majorId: m });
    }
    if (errors.length) throw new DomainError('unprocessable', { errors });
  }

  private async setMajors(tx: EntityManager, id: string, majorIds: string[]): Promise<void> {
    await tx.query('DELETE FROM agreement_majors WHERE agreement_id = $1', [id]);
    if (majorIds.length) await tx.query('INSERT INTO agreement_majors (agreement_id, major_id) SELECT $1, unnest($2::uuid[])', [id, majorIds]);
  }
}

function mergeContent(current: AgreementContentDto, patch: AgreementContentDto): AgreementContentDto {
  const out = { ...current };
  for (const key of CONTENT_KEYS) if (patch[key] !== undefined) out[key] = patch[key];
  return out;
}
