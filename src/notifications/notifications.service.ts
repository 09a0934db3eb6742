import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { NotFoundError } from '../common/errors/domain-error';
import { page } from '../common/pagination';
import type { Page } from '../common/pagination';
import type { ListNotificationsQuery } from './notifications.dto';
import type { NotificationDto, ReadAllResultDto, UnreadCountDto } from './notification.views';

const COLUMNS = `id, kind, title, body, link, reminder_key AS "reminderKey", created_at AS "createdAt", read_at AS "readAt",
  work_item_id AS "workItemId", closed_at AS "closedAt"`;

/** 站内信 — each user's own inbox; nobody reads another's. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, q: ListNotificationsQuery): Promise<Page<NotificationDto>> {
    const unread = q.unread ? 'AND read_at IS NULL' : '';
    const [{ total }]: Array<{ total: number }> = await this.db.query(`SELECT count(*)::int AS total FROM notifications WHERE user_id = $1 ${unread}`, [user.id]);
    const items: NotificationDto[] = await this.db.query(
      `SELECT ${COLUMNS} FROM notifications WHERE user_id = $1 ${unread} ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
      [user.id, q.pageSize, q.offset],
    );
    return page(items, total, q);
  }

  async unreadCount(user: AuthUser): Promise<UnreadCountDto> {
    const [{ count }]: Array<{ count: number }> = await this.db.query('SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL', [user.id]);
    return { count };
  }

  async readAll(user: AuthUser): Promise<ReadAllResultDto> {
    const result: [unknown[], number] = await this.db.query('UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL', [user.id, this.clock.now()]);
    return { updated: result[1] };
  }

  /** Marks one of the caller's notifications read; anyone else's is 404, as if it did not exist. */
  async read(user: AuthUser, id: string): Promise<NotificationDto> {
    // an UPDATE … RETURNING answers [rows, affected]
    const [[row]]: [NotificationDto[], number] = await this.db.query(
      `UPDATE notifications SET read_at = coalesce(read_at, $3) WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}`,
      [id, user.id, this.clock.now()],
    );
    if (!row) throw new NotFoundError({ zh: '通知', en: 'Notification' });
    return row;
  }
}
