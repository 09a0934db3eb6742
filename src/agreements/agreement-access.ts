import { AuthUser, collegeScope, hasRole } from '../common/auth/auth-user';
import { COLLEGE_ROLES, Role } from '../common/roles';
import { DomainError } from '../common/errors/domain-error';
import type { AgreementRow } from './agreement.row';

/** Roles that read every agreement. */
const READ_ALL = ['admin', 'center_staff', 'center_director', 'legal', 'school_leader', 'assessor'] as const;

/**
 * Who reads which agreements: a college user only their college's; 教务/学生/财务 departments only filed ones;
 * the center, legal, leadership and assessors all. Returns a SQL condition on alias `a` and its parameters.
 */
export function readScopeSql(user: AuthUser, firstParam: number): { sql: string; params: unknown[] } {
  if (hasRole(user, ...READ_ALL)) return { sql: 'TRUE', params: [] };
  const college = collegeScope(user);
  const parts: string[] = [];
  const params: unknown[] = [];
  if (college) {
    parts.push(`a.college_id = $${firstParam}`);
    params.push(college);
  }
  if (hasRole(user, 'department')) parts.push('a.filing_number IS NOT NULL');
  return { sql: parts.length ? `(${parts.join(' OR ')})` : 'FALSE', params };
}

/** 403 with a reason when the caller may not read this agreement. */
export function assertMayRead(user: AuthUser, row: AgreementRow): void {
  if (hasRole(user, ...READ_ALL)) return;
  const college = collegeScope(user);
  if (college && row.college_id === college) return;
  if (hasRole(user, 'department') && row.filing_number) return;
  throw new DomainError(college ? 'forbidden_college' : 'forbidden_role');
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
