import { Injectable, OnModuleInit } from '@nestjs/common';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { InjectBullBoard } from '@bull-board/nestjs';
import type { BullBoardInstance } from '@bull-board/nestjs';
import { QUEUES, QueueName } from '../queue/queue.constants';
import { QueueService } from '../queue/queue.service';

const DESCRIPTIONS: Record<QueueName, string> = {
  reminders: '提醒扫描 Reminder sweeps (daily, and the frequent deadline sweep)',
  deliveries: '投递 E-mail and webhook deliveries',
  'domain-events': '领域事件 Domain events relayed from the outbox',
};

/**
 * Puts every queue on the dashboard, on whichever backend the run mode chose: bull-board's BullMQ adapter takes
 * BullMQ 6 queues on Redis and on PostgreSQL alike (it reaches the datastore through the queue's backend, and shows
 * PostgreSQL's figures where Redis would show INFO).
 */
@Injectable()
export class BoardQueues implements OnModuleInit {
  constructor(
    @InjectBullBoard() private readonly board: BullBoardInstance,
    private readonly queues: QueueService,
  ) {}

  onModuleInit(): void {
    for (const name of Object.values(QUEUES)) {
      this.board.addQueue(new BullMQAdapter(this.queues.queue(name), { description: DESCRIPTIONS[name] }));
    }
  }
}
