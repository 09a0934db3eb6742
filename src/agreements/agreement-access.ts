import { Injectable } from '@nestjs/common';
import { READS_EVERY } from '../common/auth/access-policy';
import type { EntityManager } from 'typeorm';
import { AuthUser, collegeScope, hasRole } from '../common/auth/auth-user';
import { COLLEGE_ROLES, Role } from '../common/roles';
import { DomainError } from '../common/errors/domain-error';
import type { AgreementRow } from './agreement.row';

/** Roles that read every agreement. */
const READ_ALL = READS_EVERY.agreement;

/**
 * Who reads which agreements: a college user only their college's; 教务/学生/财务 departments only filed ones;
 * the center, legal, leadership and assessors all; and anyone the records `grants` names (a copy, 抄送, or an
 * invitation to the expert panel: `readGrants`). Returns a SQL condition on alias `a` and its parameters. The grants
 * travel as values, not as a subquery, so the planner sees how few they are and keeps using the college's index.
 */
export function readScopeSql(user: AuthUser, firstParam: number, grants: string[] = []): { sql: string; params: unknown[] } {
  if (hasRole(user, ...READ_ALL)) return { sql: 'TRUE', params: [] };
  const college = collegeScope(user);
  const parts: string[] = [];
  const params: unknown[] = [];
  if (college) {
    params.push(college);
    parts.push(`a.college_id = $${firstParam + params.length - 1}`);
  }
  if (hasRole(user, 'department')) parts.push('a.filing_number IS NOT NULL');
  if (grants.length) {
    params.push(grants);
    parts.push(`a.id = ANY($${firstParam + params.length - 1}::uuid[])`);
  }
  return { sql: parts.length ? `(${parts.join(' OR ')})` : 'FALSE', params };
}

/** The agreements a copy (抄送) or an expert invitation opened to this user; none to look up for those who read all. */
export async function readGrants(db: { query(sql: string, params: unknown[]): Promise<Array<{ subject_id: string }>> }, user: AuthUser): Promise<string[]> {
  if (hasRole(user, ...READ_ALL)) return [];
  return (await db.query('SELECT subject_id FROM record_grants WHERE user_id = $1', [user.id])).map((r) => r.subject_id);
}

/** Reading with grants: a cc'd user or an invited expert reads that one agreement. */
@Injectable()
export class AgreementAccess {
  async assertMayRead(tx: EntityManager, user: AuthUser, row: AgreementRow): Promise<void> {
    if (mayReadByRole(user, row)) return;
    if ((await tx.query('SELECT 1 FROM record_grants WHERE subject_id = $1 AND user_id = $2 LIMIT 1', [row.id, user.id])).length) return;
    assertMayRead(user, row);
  }
}

function mayReadByRole(user: AuthUser, row: AgreementRow): boolean {
  if (hasRole(user, ...READ_ALL)) return true;
  const college = collegeScope(user);
  if (college && row.college_id === college) return true;
  return hasRole(user, 'department') && !!row.filing_number;
}

/** 403 with a reason when the caller may not read this agreement. */
export function assertMayRead(user: AuthUser, row: AgreementRow): void {
  if (mayReadByRole(user, row)) return;
  throw new DomainError(collegeScope(user) ? 'forbidden_college' : 'forbidden_role');
}

/** The owning college's own users. */
export function isOwner(user: AuthUser, row: Pick<AgreementRow, 'college_id'>): boolean {
  return collegeScope(user) === row.college_id || (hasRole(user, 'college_staff', 'college_leader') && user.collegeId === row.college_id);
}

export function assertNotReadOnly(row: AgreementRow): void {
  if (row.stage === 'terminated') throw new DomainError('read_only', { extra: { statePath: row.state } });
}

/**
 * The roles a user acts with on this agreement: college roles count only for the owning college, so a user who is
 * also, say, a school leader cannot act as a college on another college's agreement.
 */
export function actingRoles(user: AuthUser, row: Pick<AgreementRow, 'college_id'>): Role[] {
  return isOwner(user, row) ? user.roles : user.roles.filter((r) => !COLLEGE_ROLES.includes(r));
}
