import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';
import { QUEUES } from '../queue/queue.constants';
import { QueueService } from '../queue/queue.service';
import { localDate } from '../../workflows/time';
import type { Audience, Reminder } from '../reminders/reminder-rules';

export interface Recipient {
  id: string;
  email: string | null;
}

/**
 * Turns one reminder into deliveries: the in-app inbox row at once, e-mail and webhook as queued jobs.
 * Every (reminder key, recipient, channel) is unique in the database, so however many sweeps or workers run,
 * each recipient gets each reminder once on each channel.
 */
@Injectable()
export class NotifierService {
  private readonly logger = new Logger('Notifier');

  constructor(
    private readonly db: DataSource,
    private readonly queues: QueueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async recipients(tx: EntityManager, audience: Audience[], withDeputiesOn?: Date): Promise<Recipient[]> {
    const found = new Map<string, Recipient>();
    for (const a of audience) {
      const rows: Recipient[] =
        'userIds' in a
          ? await tx.query('SELECT id, email FROM users WHERE NOT disabled AND id = ANY($1::uuid[])', [a.userIds])
          : 'college' in a
            ? await tx.query('SELECT id, email FROM users WHERE NOT disabled AND college_id = $1 AND roles && $2::text[]', [a.college, a.roles])
            : await tx.query('SELECT id, email FROM users WHERE NOT disabled AND roles && $1::text[]', [a.roles]);
      for (const r of rows) found.set(r.id, r);
    }
    if (withDeputiesOn && found.size) {
      // 代理: while a deputy period lasts, the deputy hears what the principal hears
      const deputies: Recipient[] = await tx.query(
        `SELECT u.id, u.email FROM user_deputies d JOIN users u ON u.id = d.deputy_id
         WHERE d.user_id = ANY($1::uuid[]) AND $2::date BETWEEN d.from_date AND d.to_date AND NOT u.disabled`,
        [[...found.keys()], localDate(withDeputiesOn)],
      );
      for (const r of deputies) found.set(r.id, r);
    }
    return [...found.values()].sort((x, y) => x.id.localeCompare(y.id));
  }

  /** Records the reminder for its audience; returns how many new deliveries it created. Queues e-mail and webhook after commit. */
  async notify(reminder: Reminder, now: Date): Promise<number> {
    const { created, queued } = await this.db.transaction(async (tx) => {
      if (reminder.workItemId) {
        // read the item under a share lock: a transition closing it waits for this notice and then closes it too
        const [item] = await tx.query('SELECT closed_at FROM work_items WHERE id = $1 FOR SHARE', [reminder.workItemId]);
        if (item?.closed_at) reminder = { ...reminder, closedAt: item.closed_at };
      }
      const people = await this.recipients(tx, reminder.audience, reminder.workItemId ? now : undefined);
      const payload = JSON.stringify({ kind: reminder.kind, title: reminder.title, body: reminder.body, link: reminder.link });
      let created = 0;
      const queued: string[] = [];
      for (const person of people) {
        const inbox = await tx.query(
          `INSERT INTO notifications (user_id, reminder_key, kind, title, body, link, created_at, work_item_id, closed_at, read_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
           ON CONFLICT DO NOTHING RETURNING id`,
          [person.id, reminder.key, reminder.kind, reminder.title, reminder.body, reminder.link, now, reminder.workItemId ?? null, reminder.closedAt ?? null],
        );
        if (inbox.length) {
          created++;
          await this.record(tx, reminder.key, `user:${person.id}`, 'inbox', payload, now, 'sent');
        }
        if (person.email && !reminder.closedAt) {
          const id = await this.record(tx, reminder.key, `user:${person.id}`, 'email', JSON.stringify({ ...JSON.parse(payload), to: person.email }), now, 'pending');
          if (id) queued.push(id);
        }
      }
      if (this.config.WEBHOOK_URL && people.length && !reminder.closedAt) {
        const id = await this.record(tx, reminder.key, 'webhook', 'webhook', payload, now, 'pending');
        if (id) queued.push(id);
      }
      return { created: created + queued.length, queued };
    });
    await this.enqueue(queued);
    return created;
  }

  private async record(tx: EntityManager, key: string, recipient: string, channel: string, payload: string, now: Date, status: 'sent' | 'pending'): Promise<string | null> {
    const rows = await tx.query(
      `INSERT INTO deliveries (reminder_key, recipient, channel, status, payload, created_at, sent_at, attempts)
       VALUES ($1, $2, $3, $4::varchar, $5, $6, CASE WHEN $4::varchar = 'sent' THEN $6::timestamptz END, CASE WHEN $4::varchar = 'sent' THEN 1 ELSE 0 END)
       ON CONFLICT DO NOTHING RETURNING id`,
      [key, recipient, channel, status, payload, now],
    );
    return rows[0]?.id ?? null;
  }

  /** Queues delivery jobs by their stable ids; a failure here is repaired by the next deadline sweep. */
  async enqueue(deliveryIds: string[], suffix = ''): Promise<void> {
    for (const id of deliveryIds) {
      try {
        await this.queues.add(QUEUES.deliveries, 'deliver', { deliveryId: id }, {
          jobId: `delivery-${id}${suffix ? '-' + suffix : ''}`,
          attempts: this.config.DELIVERY_ATTEMPTS,
          backoff: { type: 'exponential', delay: this.config.DELIVERY_BACKOFF_MS },
        });
      } catch (err) {
        this.logger.warn({ msg: 'delivery not queued; the pending sweep will retry', deliveryId: id, error: (err as Error).message });
      }
    }
  }
}
