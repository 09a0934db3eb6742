import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AgreementEventsService } from '../agreements/agreement-events.service';
import { Clock } from '../common/clock';
import { NotifierService } from '../notifications/notifier.service';
import { dueReminders, Reminder } from './reminder-rules';
import { WorldLoader } from './world.loader';

export interface SweepResult {
  at: string;
  reminders: number;
  deliveriesCreated: number;
  deadlineEvents: number;
  requeued: number;
}

/**
 * Runs the reminder rules against the database: the daily sweep sends everything due; the frequent sweep acts on
 * passed deadlines (DEADLINE_PASSED into the machine) and re-queues deliveries whose job was lost. Both are
 * idempotent: running either twice sends nothing twice.
 */
@Injectable()
export class ReminderSweepService {
  private readonly logger = new Logger('ReminderSweep');

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly world: WorldLoader,
    private readonly notifier: NotifierService,
    private readonly events: AgreementEventsService,
  ) {}

  async runReminders(): Promise<SweepResult> {
    return this.run(() => true);
  }

  async runDeadlines(): Promise<SweepResult> {
    return this.run((r) => r.kind === 'filing' || r.kind === 'supervision');
  }

  private async run(select: (r: Reminder) => boolean): Promise<SweepResult> {
    const now = this.clock.now();
    const reminders = dueReminders(await this.world.load(now)).filter(select);
    let deadlineEvents = 0;
    // passed deadlines go into the machine one by one (there are few): each is a transition of its own
    for (const r of reminders) {
      if (r.deadlinePassed && r.agreementId) {
        if (await this.events.sendAsSystem(r.agreementId, { type: 'DEADLINE_PASSED', data: { kind: r.deadlinePassed } })) deadlineEvents++;
      }
    }
    // the reminders themselves are written set-based, and what a previous sweep recorded is skipped with one check
    const deliveriesCreated = await this.notifier.notifyMany(reminders, now);
    const requeued = await this.requeuePending(now);
    const result = { at: now.toISOString(), reminders: reminders.length, deliveriesCreated, deadlineEvents, requeued };
    if (deliveriesCreated || deadlineEvents || requeued) this.logger.log({ msg: 'sweep', ...result });
    return result;
  }

  /**
   * Deliveries still pending a minute after they were created may have lost their job (queue down), and a lease
   * that ran out means its sender died: queue them again, under an id that names the claim count so that repeated
   * sweeps queue each once. A second copy of a live job is harmless: the lease lets one of them send.
   */
  private async requeuePending(now: Date): Promise<number> {
    const rows: Array<{ id: string; attempts: number; request_id: string | null }> = await this.db.query(
      `SELECT id, attempts, request_id FROM deliveries WHERE (status = 'pending' AND created_at < $1) OR (status = 'sending' AND lease_until < now()) ORDER BY created_at LIMIT 1000`,
      [new Date(now.getTime() - 60_000)],
    );
    const byAttempts = new Map<number, Array<{ id: string; requestId: string | null }>>();
    for (const r of rows) byAttempts.set(r.attempts, [...(byAttempts.get(r.attempts) ?? []), { id: r.id, requestId: r.request_id }]);
    for (const [attempts, deliveries] of byAttempts) await this.notifier.enqueue(deliveries, `s${attempts}`);
    return rows.length;
  }
}
