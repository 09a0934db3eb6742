import { Module } from '@nestjs/common';
import { BullBoardModule } from '@bull-board/nestjs';
import { BOARD_PATH, BoardSession } from './board-session.service';
import { BoardQueues } from './board-queues';
import { BoardServer } from './board-server';
import { QueueBoardController } from './queue-board.controller';

@Module({ providers: [BoardSession], exports: [BoardSession] })
class BoardSessionModule {}

/**
 * The queue dashboard: bull-board at /admin/queues (every queue, its jobs, retries, schedulers), behind the admin
 * session of BoardSession, and the endpoint that opens that session.
 */
@Module({
  imports: [
    BoardSessionModule,
    BullBoardModule.forRootAsync({
      imports: [BoardSessionModule],
      inject: [BoardSession],
      useFactory: (session: BoardSession) => ({
        route: BOARD_PATH,
        adapter: BoardServer,
        middleware: session.middleware,
        boardOptions: { uiConfig: { boardTitle: '队列 Queues', locale: { lng: 'zh-CN' } } },
      }),
    }),
  ],
  controllers: [QueueBoardController],
  providers: [BoardQueues],
})
export class QueueBoardModule {}
