import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';

/** Failed logins an address may make across all usernames, per window, as a multiple of the per-username limit. */
const ADDRESS_FACTOR = 10;

/**
 * Login attempts are counted in the database, so every API replica sees the same numbers, and counted *before*
 * the password is checked, so a burst of parallel guesses cannot slip past the limit. Two counters: username and
 * address (LOGIN_MAX_FAILURES per LOGIN_LOCK_SECONDS), and the address alone across usernames (ten times that).
 * A successful login takes its attempt back.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(username: string, ip: string): Array<[string, number]> {
    return [
      [`user:${username.toLowerCase().slice(0, 60)}|${ip}`, this.config.LOGIN_MAX_FAILURES],
      [`addr:${ip}`, this.config.LOGIN_MAX_FAILURES * ADDRESS_FACTOR],
    ];
  }

  /** Counts this attempt; 429 when either counter is over its limit for the current window. */
  async begin(username: string, ip: string): Promise<void> {
    const now = this.clock.now();
    const windowMs = this.config.LOGIN_LOCK_SECONDS * 1000;
    for (const [key, limit] of this.keys(username, ip)) {
      const [row]: Array<{ failures: number; first_failed_at: Date }> = await this.db.query(
        `INSERT INTO login_failures (key, failures, first_failed_at) VALUES ($1, 1, $2)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN login_failures.first_failed_at < $3 THEN 1 ELSE login_failures.failures + 1 END,
           first_failed_at = CASE WHEN login_failures.first_failed_at < $3 THEN $2 ELSE login_failures.first_failed_at END
         RETURNING failures, first_failed_at`,
        [key, now, new Date(now.getTime() - windowMs)],
      );
      if (row.failures > limit) {
        const retryAfterSeconds = Math.max(1, Math.ceil((row.first_failed_at.getTime() + windowMs - now.getTime()) / 1000));
        throw new DomainError('too_many_login_attempts', { extra: { retryAfterSeconds } });
      }
    }
  }

  /** A good password: forget the username's failures and take this attempt back from the address. */
  async succeeded(username: string, ip: string): Promise<void> {
    const [[userKey], [addressKey]] = this.keys(username, ip);
    await this.db.query('DELETE FROM login_failures WHERE key = $1', [userKey]);
    await this.db.query('UPDATE login_failures SET failures = greatest(failures - 1, 0) WHERE key = $1', [addressKey]);
  }
}
