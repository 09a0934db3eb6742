import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';
import { currentRequestId } from '../common/logging/job-context';
import { QUEUES } from '../queue/queue.constants';
import { QueueService } from '../queue/queue.service';
import { localDate } from '../../workflows/time';
import type { Audience, Reminder } from '../reminders/reminder-rules';
import { AudienceResolver, Recipient } from './audience';

export type { Recipient } from './audience';

/** Rows per statement when recording reminders: a few thousand, and one transaction per chunk. */
const CHUNK_ROWS = 4000;
/** Expected rows per statement of the "already recorded?" check. */
const CHECK_ROWS = 20000;
/** From this many reminders on, what is recorded already is looked up first, so that its payload is never sent. */
const CHECK_FROM = 50;
/** Chunks written (and checked) at the same time, each in its own transaction on its own connection. */
const WRITERS = 2;

/** One reminder with the people it goes to, ready to be written. */
interface Planned {
  reminder: Reminder;
  people: Recipient[];
}

/**
 * Turns reminders into deliveries: the in-app inbox row at once, e-mail and webhook as queued jobs.
 * Every (reminder key, recipient, channel) is unique in the database, so however many sweeps or workers run,
 * each recipient gets each reminder once on each channel.
 *
 * Set-based: the audiences are resolved in memory from one load of the active users (and today's deputies);
 * reminders whose every row exists already are found with one check and skipped; the rest are written a few
 * thousand rows per statement, one transaction per chunk, and their jobs queued in bulk after each commit.
 */
@Injectable()
export class NotifierService {
  private readonly logger = new Logger('Notifier');

  constructor(
    private readonly db: DataSource,
    private readonly queues: QueueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The audiences' people: one load of the active users they can name, and of today's deputies when asked. */
  async resolver(audiences: Audience[][], deputiesOn?: Date): Promise<AudienceResolver> {
    const ids = new Set<string>();
    const roles = new Set<string>();
    for (const audience of audiences) {
      for (const a of audience) {
        if ('userIds' in a) for (const id of a.userIds) ids.add(id);
        else for (const r of a.roles) roles.add(r);
      }
    }
    const users: Array<{ id: string; email: string | null; college_id: string | null; roles: string[] }> = await this.db.query(
      'SELECT id, email, college_id, roles FROM users WHERE NOT disabled AND (id = ANY($1::uuid[]) OR roles && $2::text[])',
      [[...ids], [...roles]],
    );
    const deputies = new Map<string, Recipient[]>();
    if (deputiesOn) {
      const rows: Array<{ principal: string; id: string; email: string | null }> = await this.db.query(
        `SELECT d.user_id AS principal, u.id, u.email FROM user_deputies d JOIN users u ON u.id = d.deputy_id
         WHERE $1::date BETWEEN d.from_date AND d.to_date AND NOT u.disabled`,
        [localDate(deputiesOn)],
      );
      for (const r of rows) deputies.set(r.principal, [...(deputies.get(r.principal) ?? []), { id: r.id, email: r.email }]);
    }
    return new AudienceResolver(users.map((u) => ({ id: u.id, email: u.email, collegeId: u.college_id, roles: u.roles })), deputies);
  }

  /** Records the reminder for its audience; returns how many new deliveries it created. Queues e-mail and webhook after commit. */
  async notify(reminder: Reminder, now: Date): Promise<number> {
    return this.notifyMany([reminder], now);
  }

  /**
   * Records many reminders for their audiences; returns how many new deliveries they created (inbox rows that are
   * new, and e-mail and webhook deliveries queued). Work-item notices read their item under a share lock in the
   * transaction that records them: an item closed before its notice is recorded closed and not e-mailed, and a
   * transition closing it waits for the notice and then closes it too.
   */
  async notifyMany(reminders: Reminder[], now: Date): Promise<number> {
    if (!reminders.length) return 0;
    const audiences = await this.resolver(reminders.map((r) => r.audience), reminders.some((r) => r.workItemId) ? now : undefined);
    const planned: Planned[] = reminders
      .map((reminder) => ({ reminder, people: audiences.resolve(reminder.audience, !!reminder.workItemId) }))
      .sort((x, y) => (x.reminder.key < y.reminder.key ? -1 : x.reminder.key > y.reminder.key ? 1 : 0));
    // a few reminders (an event's notices) go straight to the inserts, whose conflicts skip what exists
    const todo = planned.length >= CHECK_FROM ? await this.unrecorded(planned, now) : planned;
    let created = 0;
    // the deliveries carry the id of the request (or job) that caused them; their jobs run under it
    const requestId = currentRequestId() ?? null;
    await inParallel(chunks(todo, (p) => Math.max(1, p.people.length), CHUNK_ROWS), WRITERS, async (chunk) => {
      const { created: n, queued } = await this.db.transaction((tx) => this.record(tx, chunk, now, requestId));
      created += n;
      await this.enqueue(queued.map((id) => ({ id, requestId })));
    });
    return created;
  }

  /**
   * The reminders with something still to write: a recipient without the inbox row, or an e-mail or the webhook
   * delivery missing. Work-item notices always count (whether they are e-mailed is decided under their lock).
   * With everything recorded (a second sweep), nothing is written and no payload is sent to the database.
   */
  private async unrecorded(planned: Planned[], now: Date): Promise<Planned[]> {
    const webhook = !!this.config.WEBHOOK_URL;
    const out = new Set<Planned>();
    const checked: Planned[] = [];
    for (const p of planned) (p.reminder.workItemId ? out.add(p) : checked.push(p));
    await inParallel(chunks(checked, (p) => p.people.length + 1, CHECK_ROWS), WRITERS, async (chunk) => {
      const byKey = new Map<string, Planned[]>();
      // rows as JSON: [key, user id, e-mailed?] per recipient, and the keys the webhook should have
      const pairs: Array<[string, string, boolean]> = [];
      const hooks: string[] = [];
      for (const p of chunk) {
        const same = byKey.get(p.reminder.key);
        if (same) same.push(p);
        else byKey.set(p.reminder.key, [p]);
        for (const person of p.people) pairs.push([p.reminder.key, person.id, !!person.email && !p.reminder.closedAt]);
        if (webhook && p.people.length && !p.reminder.closedAt) hooks.push(p.reminder.key);
      }
      if (!pairs.length && !hooks.length) return;
      // one index probe per row (a subquery per row, never a scan of the tables): the unique keys answer each
      const missing: Array<{ key: string }> = await this.db.transaction(async (tx) => {
        await tx.query('SET LOCAL jit = off');
        return tx.query(
          `SELECT x.key FROM (SELECT e->>0 AS key, (e->>1)::uuid AS user_id, (e->>2)::boolean AS email FROM json_array_elements($1::json) AS e) x
           WHERE (SELECT 1 FROM notifications n WHERE n.reminder_key = x.key AND n.user_id = x.user_id) IS NULL
              OR (x.email AND (SELECT 1 FROM deliveries d WHERE d.reminder_key = x.key AND d.recipient = 'user:' || x.user_id AND d.channel = 'email') IS NULL
                  AND (SELECT 1 FROM notifications n WHERE n.reminder_key = x.key AND n.user_id = x.user_id AND n.created_at < $3) IS NULL)
           UNION
           SELECT w.key FROM json_array_elements_text($2::json) AS w(key)
           WHERE (SELECT 1 FROM deliveries d WHERE d.reminder_key = w.key AND d.recipient = 'webhook' AND d.channel = 'webhook') IS NULL
             AND (SELECT 1 FROM notifications n WHERE n.reminder_key = w.key AND n.created_at < $3 LIMIT 1) IS NULL`,
          [JSON.stringify(pairs), JSON.stringify(hooks), this.purgedBefore(now)],
        );
      });
      for (const { key } of missing) for (const p of byKey.get(key) ?? []) out.add(p);
    });
    return planned.filter((p) => out.has(p));
  }

  /**
   * Deliveries created before this may have been purged (DELIVERY_RETENTION_DAYS). A reminder can stay due longer
   * than that (a filing left overdue), so its e-mail and webhook deliveries are not created again when the person's
   * inbox row (never purged) is older than this: it was recorded then, and whatever was sent then was sent.
   */
  private purgedBefore(now: Date): Date {
    return new Date(now.getTime() - this.config.DELIVERY_RETENTION_DAYS * 24 * 3600 * 1000);
  }

  /** Writes one chunk in one statement: its inbox rows, then its deliveries; returns what was new and the delivery ids to queue. */
  private async record(tx: EntityManager, chunk: Planned[], now: Date, requestId: string | null): Promise<{ created: number; queued: string[] }> {
    // compiling these statements costs more than running them; and their sorts fit in memory
    await tx.query('SET LOCAL jit = off');
    await tx.query(`SET LOCAL work_mem = '64MB'`);
    const items = [...new Set(chunk.map((p) => p.reminder.workItemId).filter((id): id is string => !!id))].sort();
    const closed = new Map<string, Date>();
    if (items.length) {
      // read the items under a share lock: a transition closing one waits for its notice and then closes it too
      const rows: Array<{ id: string; closed_at: Date | null }> = await tx.query(
        'SELECT id, closed_at FROM work_items WHERE id = ANY($1::uuid[]) ORDER BY id FOR SHARE',
        [items],
      );
      for (const r of rows) if (r.closed_at) closed.set(r.id, r.closed_at);
    }
    const reminders = chunk.map((p) => {
      const at = p.reminder.workItemId ? closed.get(p.reminder.workItemId) : undefined;
      return at ? { ...p.reminder, closedAt: at } : p.reminder;
    });
    // the reminders as JSON, numbered from 1 (what every row of theirs repeats is sent once), and their people:
    // [reminder, user id, e-mail address or null when no e-mail is due] in (key, user) order
    const webhook = !!this.config.WEBHOOK_URL;
    const meta = JSON.stringify(reminders.map((r, i) => ({ i: i + 1, key: r.key, kind: r.kind, title: r.title, body: r.body, link: r.link ?? null,
      work_item_id: r.workItemId ?? null, closed_at: r.closedAt ?? null, hook: webhook && chunk[i].people.length > 0 && !r.closedAt })));
    const people: Array<[number, string, string | null]> = [];
    chunk.forEach((p, i) => p.people.forEach((person) => people.push([i + 1, person.id, person.email && !reminders[i].closedAt ? person.email : null])));
    // one statement: the inbox rows (one per user and reminder key); an inbox delivery, recorded sent, for each that is
    // new; the e-mail and webhook deliveries pending, to be queued. Rows go in key order, as in every other sweep.
    const [row]: Array<{ inbox: number; queued: string[] }> = await tx.query(
      `WITH m AS (SELECT * FROM json_to_recordset($1::json)
                    AS m(i int, key text, kind text, title text, body text, link text, work_item_id uuid, closed_at timestamptz, hook boolean)),
            r AS (SELECT (e->>0)::int AS i, (e->>1)::uuid AS user_id, e->>2 AS email, ord FROM json_array_elements($2::json) WITH ORDINALITY AS x(e, ord)),
            ins AS (
              INSERT INTO notifications (user_id, reminder_key, kind, title, body, link, created_at, work_item_id, closed_at, read_at)
              SELECT r.user_id, m.key, m.kind, m.title, m.body, m.link, $3, m.work_item_id, m.closed_at, m.closed_at
              FROM r JOIN m ON m.i = r.i ORDER BY r.ord
              ON CONFLICT DO NOTHING RETURNING user_id, reminder_key),
            x AS (
              SELECT DISTINCT m.i, 'user:' || ins.user_id AS recipient, 'inbox' AS channel, NULL::text AS email
                FROM ins JOIN m ON m.key = ins.reminder_key JOIN r ON r.i = m.i AND r.user_id = ins.user_id
              UNION ALL SELECT r.i, 'user:' || r.user_id, 'email', r.email FROM r JOIN m ON m.i = r.i WHERE r.email IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.reminder_key = m.key AND n.user_id = r.user_id AND n.created_at < $4)
              UNION ALL SELECT m.i, 'webhook', 'webhook', NULL FROM m WHERE m.hook
                AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.reminder_key = m.key AND n.created_at < $4)),
            d AS (
              INSERT INTO deliveries (reminder_key, recipient, channel, status, payload, created_at, sent_at, attempts, request_id)
              SELECT m.key, x.recipient, x.channel,
                CASE WHEN x.channel = 'inbox' THEN 'sent' ELSE 'pending' END,
                jsonb_strip_nulls(jsonb_build_object('kind', m.kind, 'title', m.title, 'body', m.body, 'link', m.link, 'to', x.email)),
                $3, CASE WHEN x.channel = 'inbox' THEN $3::timestamptz END, CASE WHEN x.channel = 'inbox' THEN 1 ELSE 0 END, $5
              FROM x JOIN m ON m.i = x.i ORDER BY m.key, x.recipient, x.channel
              ON CONFLICT DO NOTHING RETURNING id, channel)
       SELECT (SELECT count(*)::int FROM ins) AS inbox, coalesce((SELECT array_agg(id) FROM d WHERE channel <> 'inbox'), '{}') AS queued`,
      [meta, JSON.stringify(people), now, this.purgedBefore(now), requestId],
    );
    return { created: row.inbox + row.queued.length, queued: row.queued };
  }

  /**
   * Queues delivery jobs in bulk by their stable ids, each with the id of the request that caused its delivery; a
   * failure here is repaired by the next deadline sweep.
   */
  async enqueue(deliveries: Array<{ id: string; requestId: string | null }>, suffix = ''): Promise<void> {
    if (!deliveries.length) return;
    const opts = { attempts: this.config.DELIVERY_ATTEMPTS, backoff: { type: 'exponential', delay: this.config.DELIVERY_BACKOFF_MS } };
    try {
      await this.queues.addBulk(QUEUES.deliveries, deliveries.map(({ id, requestId }) => ({
        name: 'deliver' as const,
        data: requestId ? { deliveryId: id, requestId } : { deliveryId: id },
        opts: { ...opts, jobId: `delivery-${id}${suffix ? '-' + suffix : ''}` },
      })));
    } catch (err) {
      this.logger.warn({ msg: 'deliveries not queued; the pending sweep will retry', deliveries: deliveries.length, first: deliveries[0].id, error: (err as Error).message });
    }
  }
}

/** Consecutive runs of `items` of at most `max` weight each (an item heavier than `max` goes alone). */
function chunks<T>(items: T[], weight: (item: T) => number, max: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const item of items) {
    const w = weight(item);
    if (current.length && total + w > max) {
      out.push(current);
      current = [];
      total = 0;
    }
    current.push(item);
    total += w;
  }
  if (current.length) out.push(current);
  return out;
}

/** Runs `work` over `items` with at most `concurrency` at a time; rejects with the first failure once all have settled. */
async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length && !errors.length) {
      try {
        await work(items[next++]);
      } catch (err) {
        errors.push(err);
      }
    }
  }));
  if (errors.length) throw errors[0];
}
