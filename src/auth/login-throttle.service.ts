import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';

/**
 * Failed logins are counted per username and client address in the database, so every API
 * replica sees the same count. After LOGIN_MAX_FAILURES failures inside LOGIN_LOCK_SECONDS the
 * pair is locked for LOGIN_LOCK_SECONDS; a success clears the count.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  key(username: string, ip: string): string {
    return `${username.toLowerCase().slice(0, 60)}|${ip}`;
  }

  async assertNotLocked(key: string): Promise<void> {
    const rows: Array<{ locked_until: Date | null }> = await this.db.query('SELECT locked_until FROM login_failures WHERE key = $1', [key]);
    const until = rows[0]?.locked_until;
    if (until && until > this.clock.now()) {
      const retryAfter = Math.ceil((until.getTime() - this.clock.now().getTime()) / 1000);
      throw new DomainError('too_many_login_attempts', { extra: { retryAfterSeconds: retryAfter } });
    }
  }

  async recordFailure(key: string): Promise<void> {
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - this.config.LOGIN_LOCK_SECONDS * 1000);
    const lockUntil = new Date(now.getTime() + this.config.LOGIN_LOCK_SECONDS * 1000);
    await this.db.query(
      `INSERT INTO login_failures (key, failures, first_failed_at) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_failures.first_failed_at < $3 THEN 1 ELSE login_failures.failures + 1 END,
         first_failed_at = CASE WHEN login_failures.first_failed_at < $3 THEN $2 ELSE login_failures.first_failed_at END,
         locked_until = CASE WHEN login_failures.first_failed_at >= $3 AND login_failures.failures + 1 >= $4 THEN $5::timestamptz
                             ELSE login_failures.locked_until END`,
      [key, now, windowStart, this.config.LOGIN_MAX_FAILURES, lockUntil],
    );
  }

  async clear(key: string): Promise<void> {
    await this.db.query('DELETE FROM login_failures WHERE key = $1', [key]);
  }
}
