import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Clock } from '../common/clock';
import { NotFoundError } from '../common/errors/domain-error';
import { IdPipe } from '../common/id.pipe';
import { page, PageQuery } from '../common/pagination';
import { queryBoolean } from '../common/transforms';

export class ListNotificationsQuery extends PageQuery {
  @IsOptional() @Transform(queryBoolean) @IsBoolean()
  unread?: boolean;
}

const COLUMNS = `id, kind, title, body, link, reminder_key AS "reminderKey", created_at AS "createdAt", read_at AS "readAt",
  work_item_id AS "workItemId", closed_at AS "closedAt"`;

/** 站内信 — each user's own inbox; nobody reads another's. */
@ApiTags('notifications')
@Controller('api/v1/notifications')
export class NotificationsController {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Access('authenticated')
  @ApiOperation({ summary: '站内信 Your notifications, newest first; `?unread=true` for unread only' })
  async list(@CurrentUser() user: AuthUser, @Query() q: ListNotificationsQuery) {
    const unread = q.unread ? 'AND read_at IS NULL' : '';
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM notifications WHERE user_id = $1 ${unread}`, [user.id]);
    const items = await this.db.query(
      `SELECT ${COLUMNS} FROM notifications WHERE user_id = $1 ${unread} ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
      [user.id, q.pageSize, q.offset],
    );
    return page(items, total, q);
  }

  @Get('unread-count')
  @Access('authenticated')
  @ApiOperation({ summary: '未读数 How many of your notifications are unread' })
  async unreadCount(@CurrentUser() user: AuthUser) {
    const [{ count }] = await this.db.query('SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL', [user.id]);
    return { count };
  }

  @Post('read-all')
  @HttpCode(200)
  @Access('authenticated')
  @ApiOperation({ summary: '全部已读 Mark all your notifications read' })
  async readAll(@CurrentUser() user: AuthUser) {
    const result = await this.db.query('UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL', [user.id, this.clock.now()]);
    return { updated: result[1] };
  }

  @Post(':id/read')
  @HttpCode(200)
  @Access('authenticated')
  @ApiOperation({ summary: '标为已读 Mark one of your notifications read (404 for anyone else’s)' })
  async read(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string) {
    const [[row]] = await this.db.query(
      `UPDATE notifications SET read_at = coalesce(read_at, $3) WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}`,
      [id, user.id, this.clock.now()],
    );
    if (!row) throw new NotFoundError({ zh: '通知', en: 'Notification' });
    return row;
  }
}
