import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { requestContext } from '../logging/request-context';
import { ACCESS_KEY, AccessRule } from './access.decorator';
import type { AuthUser } from './auth-user';
import { userOfToken } from './token-user';

export type { TokenPayload } from './token-user';

/**
 * The one global guard: verifies the bearer token, reloads the user (a disabled user or an older
 * token version is refused at once), then applies the handler's @Access rule. No rule → refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly db: DataSource,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (!rule) throw new DomainError('forbidden_role', { detail: { zh: '该接口未声明访问权限', en: 'This endpoint declares no access rule' } });
    if (rule.kind === 'public') return true;

    const req = ctx.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const user = await this.authenticate(req);
    req.user = user;
    const store = requestContext.getStore();
    if (store) store.userId = user.id;
    if (rule.kind === 'roles' && !user.roles.some((r) => rule.roles.includes(r))) {
      throw new DomainError('forbidden_role', {
        detail: {
          zh: `需要以下角色之一：${rule.roles.join('、')}`,
          en: `Requires one of the roles: ${rule.roles.join(', ')}`,
        },
      });
    }
    return true;
  }

  private async authenticate(req: Request): Promise<AuthUser> {
    const header = req.headers.authorization;
    if (!header) throw new DomainError('unauthenticated');
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new DomainError('invalid_token');
    return userOfToken(this.jwt, this.db, token);
  }
}
