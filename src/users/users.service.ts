import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { hashPassword } from '../auth/password';
import { AuthUser, collegeScope, hasRole } from '../common/auth/auth-user';
import { DomainError, found } from '../common/errors/domain-error';
import { likePattern, page, Page } from '../common/pagination';
import { COLLEGE_ROLES, Role } from '../common/roles';
import { College } from '../colleges/college.entity';
import { User } from './user.entity';
import { CreateUserDto, ListUsersQuery, UpdateUserDto } from './users.dto';
import type { UserDto } from './user.views';


const USER = { zh: '用户', en: 'User' };

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(College) private readonly colleges: Repository<College>,
    private readonly db: DataSource,
  ) {}

  async view(id: string): Promise<UserDto> {
    const user = found(await this.users.findOneBy({ id }), USER);
    return this.toView(user, await this.collegeOf(user.collegeId));
  }

  /** College leaders see their own college's users; admin and the center see everyone. */
  async list(caller: AuthUser, q: ListUsersQuery): Promise<Page<UserDto>> {
    const scope = this.readScope(caller, q.collegeId);
    const qb = this.users.createQueryBuilder('u').orderBy('u.username', 'ASC').skip(q.offset).take(q.pageSize);
    const collegeId = scope ?? q.collegeId;
    if (collegeId) qb.andWhere('u.collegeId = :collegeId', { collegeId });
    if (q.role) qb.andWhere(':role = ANY(u.roles)', { role: q.role });
    if (q.disabled !== undefined) qb.andWhere('u.disabled = :disabled', { disabled: q.disabled });
    if (q.q) qb.andWhere('(u.username ILIKE :q OR u.displayName ILIKE :q)', { q: likePattern(q.q) });
    const [rows, total] = await qb.getManyAndCount();
    const colleges = new Map((await this.colleges.find()).map((c) => [c.id, c]));
    return page(rows.map((u) => this.toView(u, u.collegeId ? colleges.get(u.collegeId) ?? null : null)), total, q);
  }

  async get(caller: AuthUser, id: string): Promise<UserDto> {
    const user = found(await this.users.findOneBy({ id }), USER);
    this.readScope(caller, user.collegeId ?? undefined, true);
    return this.toView(user, await this.collegeOf(user.collegeId));
  }

  async create(dto: CreateUserDto): Promise<UserDto> {
    await this.assertRolesFit(dto.roles, dto.collegeId ?? null);
    const existing = await this.users.createQueryBuilder('u').where('lower(u.username) = lower(:n)', { n: dto.username }).getCount();
    if (existing) throw new DomainError('duplicate_username');
    const saved = await this.users.save(
      this.users.create({
        username: dto.username,
        displayName: dto.displayName,
        passwordHash: await hashPassword(dto.password),
        roles: [...new Set(dto.roles)],
        collegeId: dto.collegeId ?? null,
        email: dto.email ?? null,
        phone: dto.phone ?? null,
      }),
    );
    return this.view(saved.id);
  }

  async update(caller: AuthUser, id: string, dto: UpdateUserDto): Promise<UserDto> {
    const user = found(await this.users.findOneBy({ id }), USER);
    const roles = dto.roles ? [...new Set(dto.roles)] : user.roles;
    const collegeId = dto.collegeId !== undefined ? dto.collegeId : user.collegeId;
    await this.assertRolesFit(roles, collegeId);
    if (id === caller.id && (dto.disabled === true || (dto.roles && !roles.includes('admin')))) {
      throw new DomainError('unprocessable', { detail: { zh: '不能停用自己或撤销自己的管理员角色', en: 'You cannot disable yourself or drop your own admin role' } });
    }
    const revokes = dto.disabled === true || dto.roles !== undefined || dto.collegeId !== undefined;
    await this.users.update(
      { id },
      {
        displayName: dto.displayName ?? user.displayName,
        roles,
        collegeId,
        disabled: dto.disabled ?? user.disabled,
        email: dto.email !== undefined ? dto.email : user.email,
        phone: dto.phone !== undefined ? dto.phone : user.phone,
        tokenVersion: revokes ? user.tokenVersion + 1 : user.tokenVersion,
      },
    );
    return this.view(id);
  }

  async resetPassword(id: string, password: string): Promise<void> {
    found(await this.users.findOneBy({ id }), USER);
    await this.db.query('UPDATE users SET password_hash = $2, token_version = token_version + 1, updated_at = now() WHERE id = $1', [id, await hashPassword(password)]);
  }

  private readScope(caller: AuthUser, collegeId: string | undefined, named = false): string | null {
    if (hasRole(caller, 'admin', 'center_staff', 'center_director')) return null;
    const scope = collegeScope(caller);
    if (!scope) throw new DomainError('forbidden_role');
    if ((collegeId && collegeId !== scope) || (named && !collegeId)) throw new DomainError('forbidden_college');
    return scope;
  }

  private async assertRolesFit(roles: Role[], collegeId: string | null): Promise<void> {
    if (collegeId) {
      if (!(await this.colleges.existsBy({ id: collegeId }))) {
        throw new DomainError('unprocessable', { errors: [{ field: 'collegeId', code: 'not_found' }] });
      }
    } else if (roles.some((r) => COLLEGE_ROLES.includes(r))) {
      throw new DomainError('unprocessable', {
        detail: { zh: '学院角色必须指定所属学院', en: 'College roles need a collegeId' },
        errors: [{ field: 'collegeId', code: 'required' }],
      });
    }
  }

  private async collegeOf(id: string | null): Promise<College | null> {
    return id ? this.colleges.findOneBy({ id }) : null;
  }

  private toView(u: User, college: College | null): UserDto {
    return {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      email: u.email,
      phone: u.phone,
      roles: u.roles,
      collegeId: u.collegeId,
      college: college ? { id: college.id, name: college.name } : null,
      disabled: u.disabled,
      createdAt: u.createdAt,
      updatedAt: u.updatedAt,
    };
  }
}
