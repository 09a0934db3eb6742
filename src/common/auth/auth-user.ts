import { DomainError } from '../errors/domain-error';
import { isCollegeScoped, Role } from '../roles';

/** The caller, as the auth guard resolved it for this request. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  collegeId: string | null;
}

export function hasRole(user: AuthUser, ...roles: Role[]): boolean {
  return user.roles.some((r) => roles.includes(r));
}

/** The college a college-scoped user is confined to, or null when the user sees every college. */
export function collegeScope(user: AuthUser): string | null {
  return isCollegeScoped(user.roles) ? user.collegeId : null;
}

/** Throws 403 forbidden_college when a college-scoped user names another college's record. */
export function assertCollegeAccess(user: AuthUser, collegeId: string | null): void {
  const scope = collegeScope(user);
  if (scope !== null && scope !== collegeId) throw new DomainError('forbidden_college');
}
