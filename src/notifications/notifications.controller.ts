import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { IdPipe } from '../common/id.pipe';
import { ApiPaged } from '../common/openapi/api-paged.decorator';
import { ApiProblems } from '../common/openapi/api-problems.decorator';
import type { Page } from '../common/pagination';
import { NotificationDto, ReadAllResultDto, UnreadCountDto } from './notification.views';
import { ListNotificationsQuery } from './notifications.dto';
import { NotificationsService } from './notifications.service';

/** 站内信 — each user's own inbox; nobody reads another's. */
@ApiTags('notifications')
@Controller('api/v1/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Access('authenticated')
  @ApiOperation({ summary: '站内信 Your notifications, newest first; `?unread=true` for unread only' })
  @ApiPaged(NotificationDto)
  @ApiProblems(400)
  list(@CurrentUser() user: AuthUser, @Query() q: ListNotificationsQuery): Promise<Page<NotificationDto>> {
    return this.notifications.list(user, q);
  }

  @Get('unread-count')
  @Access('authenticated')
  @ApiOperation({ summary: '未读数 How many of your notifications are unread' })
  @ApiOkResponse({ type: UnreadCountDto })
  unreadCount(@CurrentUser() user: AuthUser): Promise<UnreadCountDto> {
    return this.notifications.unreadCount(user);
  }

  @Post('read-all')
  @HttpCode(200)
  @Access('authenticated')
  @ApiOperation({ summary: '全部已读 Mark all your notifications read' })
  @ApiOkResponse({ type: ReadAllResultDto })
  readAll(@CurrentUser() user: AuthUser): Promise<ReadAllResultDto> {
    return this.notifications.readAll(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Access('authenticated')
  @ApiOperation({ summary: '标为已读 Mark one of your notifications read (404 for anyone else’s)' })
  @ApiOkResponse({ type: NotificationDto })
  @ApiProblems(404)
  read(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: string): Promise<NotificationDto> {
    return this.notifications.read(user, id);
  }
}
