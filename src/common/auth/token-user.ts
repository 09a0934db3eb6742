import type { JwtService } from '@nestjs/jwt';
import type { DataSource } from 'typeorm';
import { PREPARED } from '../../database/prepared';
import { DomainError } from '../errors/domain-error';
import type { Role } from '../roles';
import type { AuthUser } from './auth-user';

export interface TokenPayload {
  sub: string;
  ver: number;
}

/**
 * The user a signed token names, reloaded from the database: a bad signature, an unknown user or an older token
 * version is 401 `invalid_token`, a disabled user 403 `account_disabled`. `secret` verifies a token signed with a
 * key other than the API's (the queue dashboard's session cookie).
 */
export async function userOfToken(jwt: JwtService, db: DataSource, token: string, secret?: Buffer): Promise<AuthUser> {
  let payload: TokenPayload;
  try {
    payload = await jwt.verifyAsync<TokenPayload>(token, { algorithms: ['HS256'], ...(secret ? { secret } : {}) });
  } catch {
    throw new DomainError('invalid_token');
  }
  if (typeof payload.sub !== 'string' || !/^[0-9a-f-]{36}$/i.test(payload.sub)) throw new DomainError('invalid_token');
  const rows: Array<{ id: string; username: string; display_name: string; roles: Role[]; college_id: string | null; disabled: boolean; token_version: number }> =
    await db.query(`${PREPARED}SELECT id, username, display_name, roles, college_id, disabled, token_version FROM users WHERE id = $1`, [payload.sub]);
  const row = rows[0];
  if (!row || row.token_version !== payload.ver) throw new DomainError('invalid_token');
  if (row.disabled) throw new DomainError('account_disabled');
  return { id: row.id, username: row.username, displayName: row.display_name, roles: row.roles, collegeId: row.college_id };
}
