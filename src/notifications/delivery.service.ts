import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';
import { Clock } from '../common/clock';
import { DomainError, NotFoundError } from '../common/errors/domain-error';
import { page } from '../common/pagination';
import type { Page } from '../common/pagination';
import type { ListDeliveriesQuery } from '../reminders/admin.dto';
import type { DeliveryAttemptDto, DeliveryDto } from '../reminders/admin.views';
import { EmailChannel } from './channels/email.channel';
import { WebhookChannel } from './channels/webhook.channel';
import { NotifierService } from './notifier.service';

/** A deliveries row as PostgreSQL returns it (the list adds its attempts as JSON). */
interface DeliveryRow {
  id: string;
  reminder_key: string;
  recipient: string;
  channel: DeliveryDto['channel'];
  status: DeliveryDto['status'];
  payload: DeliveryDto['payload'];
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
  request_id: string | null;
  attempt_log?: DeliveryAttemptDto[];
}

/**
 * Sends one queued delivery (e-mail or webhook). Every attempt is recorded with its outcome; a failure is thrown
 * back to the queue, which retries with exponential backoff, until DELIVERY_ATTEMPTS, when it is listed as failed.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger('Delivery');

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly email: EmailChannel,
    private readonly webhook: WebhookChannel,
    private readonly notifier: NotifierService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Claims the delivery for one sender with a lease (a second copy of the job, or a worker taking over a stalled
   * one, cannot send while the lease holds), sends, and records the outcome.
   */
  async process(deliveryId: string): Promise<'sent' | 'skipped'> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected]
    const [[d]]: [DeliveryRow[], number] = await this.db.query(
      `UPDATE deliveries SET attempts = attempts + 1, status = 'sending', lease_until = now() + make_interval(secs => $2)
       WHERE id = $1 AND (status = 'pending' OR (status = 'sending' AND lease_until < now())) RETURNING *`,
      [deliveryId, this.config.WORKER_LOCK_MS / 1000],
    );
    if (!d) {
      const [row]: Array<Pick<DeliveryRow, 'status'> | undefined> = await this.db.query('SELECT status FROM deliveries WHERE id = $1', [deliveryId]);
      if (row?.status === 'sending') throw new Error('delivery is being sent by another worker; retrying after its lease');
      return 'skipped'; // already sent, failed for good, or unknown
    }
    const started = Date.now();
    // links are stored as the console's paths; whoever reads an e-mail or a robot message needs the whole address
    const message = { deliveryId: d.id, requestId: d.request_id, title: d.payload.title, body: d.payload.body, link: absoluteLink(this.config.publicUrl, d.payload.link) };
    try {
      if (d.channel === 'email') {
        if (!d.payload.to) throw new Error('e-mail delivery without an address');
        await this.email.send({ ...message, to: d.payload.to });
      }
      else if (d.channel === 'webhook') await this.webhook.send({ ...message, key: d.reminder_key });
      await this.db.transaction(async (tx) => {
        await tx.query(`UPDATE deliveries SET status = 'sent', sent_at = $2, last_error = NULL, lease_until = NULL WHERE id = $1`, [d.id, this.clock.now()]);
        await tx.query(`INSERT INTO delivery_attempts (delivery_id, at, outcome, duration_ms) VALUES ($1, $2, 'sent', $3)`, [d.id, this.clock.now(), Date.now() - started]);
      });
      this.logger.log({ msg: 'delivery sent', deliveryId: d.id, channel: d.channel, attempt: d.attempts, ms: Date.now() - started });
      return 'sent';
    } catch (err) {
      const error = (err as Error).message.slice(0, 1000);
      const final = d.attempts >= this.config.DELIVERY_ATTEMPTS;
      await this.db.transaction(async (tx) => {
        await tx.query(`UPDATE deliveries SET status = $2, last_error = $3, lease_until = NULL WHERE id = $1`, [d.id, final ? 'failed' : 'pending', error]);
        await tx.query(`INSERT INTO delivery_attempts (delivery_id, at, outcome, error, duration_ms) VALUES ($1, $2, 'failed', $3, $4)`, [d.id, this.clock.now(), error, Date.now() - started]);
      });
      this.logger.warn({ msg: 'delivery failed', deliveryId: d.id, channel: d.channel, attempt: d.attempts, final, error });
      if (final) return 'skipped';
      throw err;
    }
  }

  async list(q: ListDeliveriesQuery): Promise<Page<DeliveryDto>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.status) where.push(`status = $${params.push(q.status)}`);
    if (q.channel) where.push(`channel = $${params.push(q.channel)}`);
    const sql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }]: Array<{ total: number }> = await this.db.query(`SELECT count(*)::int AS total FROM deliveries ${sql}`, params);
    const rows: DeliveryRow[] = await this.db.query(
      `SELECT d.*, coalesce((SELECT json_agg(json_build_object('at', a.at, 'outcome', a.outcome, 'error', a.error, 'durationMs', a.duration_ms) ORDER BY a.id)
         FROM delivery_attempts a WHERE a.delivery_id = d.id), '[]') AS attempt_log
       FROM deliveries d ${sql} ORDER BY d.created_at DESC, d.id LIMIT ${q.pageSize} OFFSET ${q.offset}`,
      params,
    );
    return page(rows.map(toView), total, q);
  }

  /** An admin's retry of a failed delivery: pending again, attempts from zero, a fresh job. */
  async retry(id: string): Promise<DeliveryDto> {
    // only one of two concurrent retries wins the compare-and-set, so only one job is queued
    const [[d]]: [DeliveryRow[], number] = await this.db.query(`UPDATE deliveries SET status = 'pending', attempts = 0 WHERE id = $1 AND status = 'failed' RETURNING *`, [id]);
    if (!d) {
      const exists: unknown[] = await this.db.query('SELECT 1 FROM deliveries WHERE id = $1', [id]);
      if (!exists.length) throw new NotFoundError({ zh: '投递记录', en: 'Delivery' });
      throw new DomainError('event_not_allowed', { detail: { zh: '只能重试失败的投递', en: 'Only failed deliveries can be retried' } });
    }
    await this.notifier.enqueue([{ id, requestId: d.request_id }], `r${Date.now()}`);
    return toView({ ...d, attempt_log: [] });
  }
}

function toView(d: DeliveryRow): DeliveryDto {
  return {
    id: d.id,
    reminderKey: d.reminder_key,
    recipient: d.recipient,
    channel: d.channel,
    status: d.status,
    attempts: d.attempts,
    lastError: d.last_error,
    payload: d.payload,
    createdAt: d.created_at,
    sentAt: d.sent_at,
    requestId: d.request_id,
    attemptLog: d.attempt_log ?? [],
  };
}

/** A console path (`/agreements/…`) made absolute with PUBLIC_URL; an absolute link, or none, is left as it is. */
export function absoluteLink(publicUrl: string, link: string | null | undefined): string | null {
  if (!link) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(link)) return link;
  return publicUrl + (link.startsWith('/') ? link : `/${link}`);
}
