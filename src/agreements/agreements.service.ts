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
import { countMatches, decodeCursor, encodeCursor, EXACT_COUNT_UP_TO, EXACT_SEARCH_COUNT_UP_TO, likePattern, page } from '../common/pagination';
import type { KeysetPage } from '../common/pagination';
import type { Facts } from '../../workflows/agreement.rules';
import { WorkflowRunner } from '../workflow/workflow-runner.service';
import { actingRoles, AgreementAccess, assertMayRead, assertNotReadOnly, isOwner, readGrants, readScopeSql } from './agreement-access';
import { AgreementSubject } from './agreement.subject';
import { AgreementRow, loadAgreement, projection, toDetail, toSummary } from './agreement.row';
import type { AgreementDetailDto, AgreementSummaryDto } from './agreement.views';
import { AgreementContentDto, CONTENT_KEYS, CreateAgreementDto, ListAgreementsQuery, UpdateAgreementDto } from './agreements.dto';

export { AGREEMENT } from './agreement.row';

/**
 * A sort's key expression, exactly as its index (migration ListIndexes) declares it, and the type its cursor value is
 * cast back to. Agreements without an end date come last in both directions: two expression indexes.
 */
function sortKey(field: string, desc: boolean): { expr: string; cast: string } {
  switch (field) {
    case 'createdAt': return { expr: 'a.created_at', cast: 'timestamptz' };
    case 'title': return { expr: 'a.title', cast: 'varchar' };
    case 'endDate': return { expr: `coalesce(a.end_date, '${desc ? '-' : ''}infinity'::date)`, cast: 'date' };
    default: return { expr: 'a.updated_at', cast: 'timestamptz' };
  }
}

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

  /**
   * One page of the agreements the caller may read. The ORDER BY is always `<sort key> <dir>, id <dir>`, the order of
   * one of the indexes of migration ListIndexes, so the first page reads pageSize + 1 index entries whatever the
   * table's size; `cursor` continues after the last row of the previous page by a row comparison on the same key
   * (keyset paging: the last page costs what the first does), `page` by OFFSET (the console's paging). `total` is
   * exact up to EXACT_COUNT_UP_TO (EXACT_SEARCH_COUNT_UP_TO with `q`), an estimate above (`totalEstimated`).
   */
  async list(user: AuthUser, q: ListAgreementsQuery): Promise<KeysetPage<AgreementSummaryDto>> {
    const scope = readScopeSql(user, 1, await readGrants(this.db, user));
    const params: unknown[] = [...scope.params];
    const where = [scope.sql];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const add = (sql: string, value: unknown) => where.push(sql.replace('?', param(value)));
    if (q.collegeId) {
      const own = collegeScope(user);
      if (own && own !== q.collegeId) throw new DomainError('forbidden_college');
      add('a.college_id = ?', q.collegeId);
    }
    if (q.stage) add('a.stage = ?', q.stage);
    if (q.partnerId) add('a.partner_id = ?', q.partnerId);
    if (q.cooperationType) add('a.cooperation_type = ?', q.cooperationType);
    if (q.q) where.push(await this.searchSql(q.q, param));
    if (q.overdue !== undefined) {
      const n = param(this.clock.now());
      const overdue = `(a.overdue OR (a.state = 'filing.awaitingSubmission' AND a.filing_due_at < ${n}) OR (a.state = 'supervision' AND a.supervision_deadline < ${n}))`;
      // the first conjunct is the predicate of the partial index agreements_overdue_idx
      where.push(q.overdue ? `(a.overdue OR a.state IN ('filing.awaitingSubmission', 'supervision')) AND ${overdue}` : `NOT ${overdue}`);
    }
    const filterSql = where.join(' AND ');
    const filterParams = [...params];

    const sort = q.sort ?? '-updatedAt';
    const desc = sort.startsWith('-');
    const key = sortKey(sort.replace('-', ''), desc);
    const dir = desc ? 'DESC' : 'ASC';
    const order = `${key.expr} ${dir}, a.id ${dir}`;
    let offset = q.offset;
    if (q.cursor !== undefined) {
      if (q.page > 1) throw new DomainError('validation_failed', { errors: [{ field: 'cursor', code: 'not_allowed_value', detail: 'a cursor replaces page: send one or the other' }] });
      const after = decodeCursor(q.cursor, sort);
      where.push(`(${key.expr}, a.id) ${desc ? '<' : '>'} (${param(after.key)}::${key.cast}, ${param(after.id)}::uuid)`);
      offset = 0;
    }
    const [rows, count] = await Promise.all([
      this.db.query(
        // the page's rows first (LIMIT on the index order), then their partner names and majors: one lookup per row
        `SELECT a.*, (SELECT p.name FROM partners p WHERE p.id = a.partner_id) AS partner_name,
           (SELECT coalesce(array_agg(m.major_id ORDER BY m.major_id), '{}') FROM agreement_majors m WHERE m.agreement_id = a.id) AS major_ids
         FROM (SELECT a.*, (${key.expr})::text AS sort_key FROM agreements a WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${q.pageSize + 1} OFFSET ${offset}) a
         ORDER BY ${order}`,
        params,
      ) as Promise<Array<AgreementRow & { sort_key: string }>>,
      countMatches(this.db, 'agreements a', filterSql, filterParams, q.q ? EXACT_SEARCH_COUNT_UP_TO : EXACT_COUNT_UP_TO),
    ]);
    const more = rows.length > q.pageSize;
    const items = more ? rows.slice(0, q.pageSize) : rows;
    const last = items[items.length - 1];
    return {
      ...page(items.map(toSummary), count.total, q),
      nextCursor: more ? encodeCursor(sort, last.sort_key, last.id) : null,
      totalEstimated: count.estimated,
    };
  }

  /**
   * `q`: part of the title (pg_trgm GIN index), a partner's name (partners' trgm index, looked up first so that the
   * planner sees the matching partners as values and uses agreements_partner_idx), or a filing number: one typed from
   * its start (`BA-2026-000`) is a prefix on the b-tree of filing numbers, any other part goes through the trigram index.
   */
  private async searchSql(text: string, param: (value: unknown) => string): Promise<string> {
    const pattern = likePattern(text);
    const partners: Array<{ id: string }> = await this.db.query('SELECT id FROM partners WHERE name ILIKE $1', [pattern]);
    const like = param(pattern);
    const parts = [`a.title ILIKE ${like}`];
    const number = text.trim().toUpperCase();
    if (/^BA-/.test(number)) parts.push(`a.filing_number LIKE ${param(likePattern(number).slice(1))}`);
    else parts.push(`a.filing_number ILIKE ${like}`);
    if (partners.length) parts.push(`a.partner_id = ANY(${param(partners.map((p) => p.id))}::uuid[])`);
    return `(${parts.join(' OR ')})`;
  }

  async get(user: AuthUser, id: string): Promise<AgreementDetailDto> {
    const row = await this.load(this.db.manager, id);
    await this.access.assertMayRead(this.db.manager, user, row);
    return this.detail(user, row, this.clock.now());
  }

  /** The agreement as the caller sees it, with the events they could send now and what each still lacks (from the row as loaded). */
  async detail(user: AuthUser, row: AgreementRow, now: Date): Promise<AgreementDetailDto> {
    const facts = (await this.runner.facts(this.db.manager, this.subject, row, now, user.id)) as Facts;
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
