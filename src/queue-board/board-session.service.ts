import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { userOfToken } from '../common/auth/token-user';
import { DomainError } from '../common/errors/domain-error';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';

/** Where the queue dashboard (bull-board) is served, and the only path its session cookie is sent to. */
export const BOARD_PATH = '/admin/queues';
export const BOARD_COOKIE = 'coop_board';
/** A session lasts this long from its last use: the open dashboard renews it as it polls. */
const TTL_SECONDS = 15 * 60;

/**
 * Admin-only access to the queue dashboard. A browser cannot send the console's bearer token when it opens a page,
 * so an admin's `POST /api/v1/admin/queues/session` sets a short-lived signed cookie — HttpOnly, SameSite=Strict,
 * Path=/admin/queues — that the dashboard's page and its API accept. It is signed with a key of its own (derived
 * from JWT_SECRET), so it is no API token: the API refuses it, and it opens nothing but the dashboard. Every request
 * reloads the user: a disabled account, a changed password or a lost admin role ends the session at once.
 * A bearer token in the Authorization header is accepted as well (scripts, curl).
 */
@Injectable()
export class BoardSession {
  private readonly key: Buffer;

  constructor(
    private readonly jwt: JwtService,
    private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = createHmac('sha256', config.jwtSecret).update('coop:queue-board-session').digest();
  }

  /** Opens a dashboard session for an admin: sets the cookie on `res`; returns when it expires. */
  async open(user: AuthUser, req: Request, res: Response): Promise<Date> {
    const rows: Array<{ token_version: number }> = await this.db.query('SELECT token_version FROM users WHERE id = $1', [user.id]);
    if (!rows.length) throw new DomainError('invalid_token');
    return this.setCookie(user.id, rows[0].token_version, req, res);
  }

  /** Express middleware in front of the dashboard: 401 without a valid session or token, 403 unless an admin. */
  readonly middleware = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const user = await this.authenticate(req, res);
    if (!user.roles.includes('admin')) {
      throw new DomainError('forbidden_role', { detail: { zh: '队列面板仅限系统管理员', en: 'The queue dashboard is for admins only' } });
    }
    next();
  };

  private async authenticate(req: Request, res: Response): Promise<AuthUser> {
    const header = req.headers.authorization;
    if (header) {
      const [scheme, token] = header.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !token) throw new DomainError('invalid_token');
      return userOfToken(this.jwt, this.db, token);
    }
    const cookie = readCookie(req.headers.cookie, BOARD_COOKIE);
    if (!cookie) {
      throw new DomainError('unauthenticated', {
        detail: { zh: '请从控制台（系统管理 → 队列面板）打开队列面板', en: 'Open the queue dashboard from the console (系统管理 → 队列面板)' },
      });
    }
    const user = await userOfToken(this.jwt, this.db, cookie, this.key);
    const { exp, ver } = this.jwt.decode<{ exp: number; ver: number }>(cookie);
    if (exp - Date.now() / 1000 < TTL_SECONDS / 2) await this.setCookie(user.id, ver, req, res);
    return user;
  }

  private async setCookie(userId: string, version: number, req: Request, res: Response): Promise<Date> {
    const token = await this.jwt.signAsync({ sub: userId, ver: version }, { secret: this.key, expiresIn: TTL_SECONDS, algorithm: 'HS256' });
    const secure = req.secure ? '; Secure' : '';
    res.append('Set-Cookie', `${BOARD_COOKIE}=${token}; Path=${BOARD_PATH}; Max-Age=${TTL_SECONDS}; HttpOnly; SameSite=Strict${secure}`);
    return new Date(Date.now() + TTL_SECONDS * 1000);
  }
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}
