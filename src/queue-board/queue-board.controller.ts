import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Access } from '../common/auth/access.decorator';
import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { BOARD_PATH, BoardSession } from './board-session.service';
import { QueueBoardSessionDto } from './queue-board.views';

@ApiTags('admin')
@Controller('api/v1/admin/queues')
export class QueueBoardController {
  constructor(private readonly session: BoardSession) {}

  @Post('session')
  @HttpCode(200)
  @Access('admin')
  @ApiOperation({
    summary: '打开队列面板 Open a session for the queue dashboard (bull-board at /admin/queues): sets a short-lived HttpOnly cookie for that path only; call it, then open the page',
  })
  @ApiOkResponse({ type: QueueBoardSessionDto })
  async open(@CurrentUser() user: AuthUser, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<QueueBoardSessionDto> {
    return { url: BOARD_PATH, expiresAt: (await this.session.open(user, req, res)).toISOString() };
  }
}
