import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';

/**
 * Login attempts are counted in the database, so every API replica sees the same numbers, and counted *before*
 * the password is checked, so a burst of parallel guesses cannot slip past a limit. Two counters, each per
 * LOGIN_LOCK_SECONDS window:
 * - the account from one address (LOGIN_MAX_FAILURES): guessing one person's password from one place locks that
 *   place out of that account only — the owner, signing in from anywhere else, is not affected;
 * - the address across all accounts (LOGIN_ADDRESS_MAX_FAILURES): spraying many accounts from one place locks that
 *   place out, and nobody else.
 * There is deliberately no lock of an account as such: one attacker could then keep its owner out for good.
 * An attempt that is refused counts towards nothing; a successful login takes its attempt back and clears the
 * account's counter for that address. The address is `req.ip`: behind a proxy, set TRUST_PROXY.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(username: string, ip: string): { account: string; address: string } {
    return { account: `user:${username.toLowerCase().slice(0, 60)}|${ip}`, address: `addr:${ip}` };
  }

  /** Counts this attempt against both counters; 429 with the seconds until the lock ends when either is at its limit. */
  async begin(username: string, ip: string): Promise<void> {
    const { account, address } = this.keys(username, ip);
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - this.config.LOGIN_LOCK_SECONDS * 1000);
    // one statement: each counter restarts when its window has passed, and is raised only while both are below their
    // limits (a refused attempt raises nothing); the row lock of the upsert serialises parallel attempts per key
    const rows: Array<{ key: string; failures: number; first_failed_at: Date; counted: boolean }> = await this.db.query(
      `WITH cur AS (
         SELECT k.key, k.max, CASE WHEN f.first_failed_at >= $3 THEN f.failures ELSE 0 END AS failures,
                CASE WHEN f.first_failed_at >= $3 THEN f.first_failed_at END AS since
         FROM (VALUES ($1::varchar, $4::int), ($2::varchar, $5::int)) AS k(key, max) LEFT JOIN login_failures f ON f.key = k.key),
       allowed AS (SELECT bool_and(failures < max) AS ok FROM cur),
       counted AS (
         INSERT INTO login_failures (key, failures, first_failed_at)
         SELECT c.key, 1, $6 FROM cur c, allowed WHERE allowed.ok
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN login_failures.first_failed_at < $3 THEN 1 ELSE login_failures.failures + 1 END,
           first_failed_at = CASE WHEN login_failures.first_failed_at < $3 THEN EXCLUDED.first_failed_at ELSE login_failures.first_failed_at END
         RETURNING key, failures, first_failed_at)
       SELECT c.key, coalesce(n.failures, c.failures) AS failures, coalesce(n.first_failed_at, c.since) AS first_failed_at, n.key IS NOT NULL AS counted
       FROM cur c LEFT JOIN counted n ON n.key = c.key`,
      [account, address, windowStart, this.config.LOGIN_MAX_FAILURES, this.config.LOGIN_ADDRESS_MAX_FAILURES, now],
    );
    const limits: Record<string, number> = { [account]: this.config.LOGIN_MAX_FAILURES, [address]: this.config.LOGIN_ADDRESS_MAX_FAILURES };
    // refused: a counter was at its limit before (nothing counted), or a parallel attempt took the last place
    const over = rows.filter((r) => (r.counted ? r.failures > limits[r.key] : r.failures >= limits[r.key]));
    if (!over.length) return;
    if (rows.some((r) => r.counted)) await this.takeBack([account, address]);
    const windowMs = this.config.LOGIN_LOCK_SECONDS * 1000;
    const until = Math.max(...over.map((r) => new Date(r.first_failed_at).getTime() + windowMs));
    const retryAfterSeconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
    throw new DomainError('too_many_login_attempts', { extra: { retryAfterSeconds } });
  }

  /** A good password: forget the account's failures from this address and take this attempt back from the address. */
  async succeeded(username: string, ip: string): Promise<void> {
    const { account, address } = this.keys(username, ip);
    await this.db.query('DELETE FROM login_failures WHERE key = $1', [account]);
    await this.takeBack([address]);
  }

  private async takeBack(keys: string[]): Promise<void> {
    await this.db.query('UPDATE login_failures SET failures = greatest(failures - 1, 0) WHERE key = ANY($1::varchar[])', [keys]);
  }
}
