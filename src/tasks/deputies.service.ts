import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { COLLEGE_ROLES } from '../common/roles';
import { DeputyDto } from './tasks.dto';

export interface DeputyView {
  userId: string;
  deputyId: string;
  deputyName: string;
  from: string;
  to: string;
  active: boolean;
}

/**
 * 代理: a user names a deputy for a period (Shanghai dates, inclusive). While it lasts the deputy sees and hears
 * everything waiting for the user. The deputy must hold one of the user's roles, and the same college for
 * college roles; one deputy at a time (a new one replaces the old).
 */
@Injectable()
export class DeputiesService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(user: AuthUser): Promise<DeputyView | null> {
    const [row] = await this.db.query(
      `SELECT d.user_id, d.deputy_id, u.display_name, to_char(d.from_date, 'YYYY-MM-DD') AS from_date, to_char(d.to_date, 'YYYY-MM-DD') AS to_date
       FROM user_deputies d JOIN users u ON u.id = d.deputy_id WHERE d.user_id = $1`,
      [user.id],
    );
    return row ? this.view(row) : null;
  }

  async set(user: AuthUser, dto: DeputyDto): Promise<DeputyView> {
    if (dto.from > dto.to) throw invalid('to', 'out_of_range', '结束日期不能早于开始日期', 'to must not be before from');
    if (dto.userId === user.id) throw invalid('userId', 'not_eligible', '不能指定自己为代理人', 'You cannot be your own deputy');
    const [deputy] = await this.db.query('SELECT id, roles, college_id FROM users WHERE id = $1 AND NOT disabled', [dto.userId]);
    if (!deputy) throw invalid('userId', 'unknown_user', '用户不存在或已停用', 'No such active user');
    const shared = user.roles.filter((r) => (deputy.roles as string[]).includes(r));
    const collegeOk = shared.every((r) => !COLLEGE_ROLES.includes(r)) || deputy.college_id === user.collegeId;
    if (!shared.length || !collegeOk) {
      throw invalid('userId', 'not_eligible', '代理人须与您担任相同角色（学院角色须为同一学院）', 'The deputy must hold one of your roles (in your college, for college roles)');
    }
    await this.db.query(
      `INSERT INTO user_deputies (user_id, deputy_id, from_date, to_date, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id) DO UPDATE SET deputy_id = EXCLUDED.deputy_id, from_date = EXCLUDED.from_date, to_date = EXCLUDED.to_date, created_at = EXCLUDED.created_at`,
      [user.id, dto.userId, dto.from, dto.to, this.clock.now()],
    );
    return (await this.get(user))!;
  }

  async clear(user: AuthUser): Promise<void> {
    const result = await this.db.query('DELETE FROM user_deputies WHERE user_id = $1', [user.id]);
    if (!result[1]) throw new DomainError('not_found', { detail: { zh: '未设置代理人', en: 'No deputy is set' } });
  }

  private view(r: { user_id: string; deputy_id: string; display_name: string; from_date: string; to_date: string }): DeputyView {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(this.clock.now());
    return { userId: r.user_id, deputyId: r.deputy_id, deputyName: r.display_name, from: r.from_date, to: r.to_date, active: r.from_date <= today && today <= r.to_date };
  }
}

function invalid(field: string, code: string, zh: string, en: string): DomainError {
  return new DomainError('unprocessable', { detail: { zh, en }, errors: [{ field, code }] });
}
