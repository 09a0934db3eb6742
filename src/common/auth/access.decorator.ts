import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { problemResponse } from '../openapi/api-problems.decorator';
import { ROLE_LABELS, Role } from '../roles';

export const ACCESS_KEY = 'coop:access';
export type AccessRule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };

/**
 * Who may call a handler. Every handler states it: `@Access('public')`, `@Access('authenticated')`
 * or `@Access('admin', 'center_staff')`. A handler without it is refused (the guard fails closed).
 * The rule also lands in OpenAPI as `x-roles`, and as the 401 and 403 problem responses.
 */
export function Access(...who: ['public'] | ['authenticated'] | Role[]) {
  const rule: AccessRule =
    who[0] === 'public' ? { kind: 'public' } : who[0] === 'authenticated' ? { kind: 'authenticated' } : { kind: 'roles', roles: who as Role[] };
  const decorators = [SetMetadata(ACCESS_KEY, rule), ApiExtension('x-roles', rule.kind === 'roles' ? rule.roles : [rule.kind])];
  if (rule.kind !== 'public') {
    const desc = rule.kind === 'roles' ? rule.roles.map((r) => `${r} (${ROLE_LABELS[r].zh})`).join(', ') : 'any signed-in user';
    decorators.push(
      ApiBearerAuth(),
      problemResponse(401, ['unauthenticated', 'invalid_token']),
      problemResponse(403, ['forbidden_role', 'forbidden_college', 'account_disabled'], `Allowed: ${desc}`),
    );
  }
  return applyDecorators(...decorators);
}
