import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import type { TokenPayload } from '../common/auth/auth.guard';
import type { AuthUser } from '../common/auth/auth-user';
import { UsersService } from '../users/users.service';
import type { LoginResultDto } from './auth.views';
import { LoginThrottleService } from './login-throttle.service';
import { dummyHash, hashPassword, verifyPassword } from './password';

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottleService,
    private readonly users: UsersService,
  ) {}

  async login(username: string, password: string, ip: string): Promise<LoginResultDto> {
    await this.throttle.begin(username, ip);
    const rows: Array<{ id: string; password_hash: string; disabled: boolean; token_version: number }> = await this.db.query(
      'SELECT id, password_hash, disabled, token_version FROM users WHERE lower(username) = lower($1)',
      [username],
    );
    const row = rows[0];
    const ok = await verifyPassword(password, row?.password_hash ?? (await dummyHash()));
    if (!row || !ok) throw new DomainError('invalid_credentials');
    await this.throttle.succeeded(username, ip);
    if (row.disabled) throw new DomainError('account_disabled');
    const payload: TokenPayload = { sub: row.id, ver: row.token_version };
    return { accessToken: await this.jwt.signAsync(payload), tokenType: 'Bearer', user: await this.users.view(row.id) };
  }

  async changePassword(user: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    const rows: Array<{ password_hash: string }> = await this.db.query('SELECT password_hash FROM users WHERE id = $1', [user.id]);
    if (!rows[0] || !(await verifyPassword(currentPassword, rows[0].password_hash))) throw new DomainError('invalid_credentials');
    await this.db.query('UPDATE users SET password_hash = $2, token_version = token_version + 1, updated_at = now() WHERE id = $1', [
      user.id,
      await hashPassword(newPassword),
    ]);
  }
}
