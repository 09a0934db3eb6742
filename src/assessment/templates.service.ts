import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError, NotFoundError } from '../common/errors/domain-error';
import { validateTemplate } from './template-validation';
import type { Template, TemplateDefinition } from './template.types';
import { SEED_TEMPLATES } from './templates';

const TEMPLATE = { zh: '指标体系', en: 'Indicator template' };

interface TemplateRow {
  key: string;
  version: number;
  status: 'draft' | 'published';
  definition: TemplateDefinition;
  published_at: Date | null;
}

export interface TemplateSummary {
  key: string;
  name: string;
  subject: string;
  latestPublished: number | null;
  draft: number | null;
}

/**
 * 指标体系 as versioned data: the seeds' four templates are published as version 1 on first start; an admin
 * writes the next version as a draft (validated as a whole, every error listed) and publishes it, after which it
 * never changes. Cycles keep the version they opened with.
 */
@Injectable()
export class TemplatesService implements OnApplicationBootstrap {
  private readonly published_ = new Map<string, Template>();

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Idempotent: a seed template is inserted only when its key has no version at all. One statement for all of them. */
  async onApplicationBootstrap(): Promise<void> {
    await this.db.query(
      `INSERT INTO assessment_templates (key, version, status, name, subject, definition, published_at)
       SELECT d->>'key', 1, 'published', d->>'name', d->>'subject', d, now() FROM jsonb_array_elements($1::jsonb) d
       WHERE NOT EXISTS (SELECT 1 FROM assessment_templates t WHERE t.key = d->>'key')
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(SEED_TEMPLATES)],
    );
  }

  async list(): Promise<TemplateSummary[]> {
    return this.db.query(
      `SELECT key, (array_agg(name ORDER BY version DESC))[1] AS name, (array_agg(subject ORDER BY version DESC))[1] AS subject,
         max(version) FILTER (WHERE status = 'published') AS "latestPublished", max(version) FILTER (WHERE status = 'draft') AS draft
       FROM assessment_templates GROUP BY key ORDER BY key`,
    );
  }

  /** One version (default: the latest published), as its tree. */
  async get(key: string, version?: number): Promise<Template> {
    const row = await this.row(this.db.manager, key, version);
    return toTemplate(row);
  }

  /** The published version a cycle uses. */
  async published(tx: EntityManager, key: string): Promise<Template> {
    const [row]: TemplateRow[] = await tx.query(`SELECT * FROM assessment_templates WHERE key = $1 AND status = 'published' ORDER BY version DESC LIMIT 1`, [key]);
    if (!row) throw new NotFoundError(TEMPLATE);
    return toTemplate(row);
  }

  /** A published version never changes, so it is read from the database once per process. */
  async version(tx: EntityManager, key: string, version: number): Promise<Template> {
    const cached = this.published_.get(`${key}@${version}`);
    if (cached) return cached;
    const template = toTemplate(await this.row(tx, key, version));
    if (template.status === 'published') this.published_.set(`${key}@${version}`, template);
    return template;
  }

  /** A new template (its version 1, as a draft). 409 when the key exists. */
  async create(user: AuthUser, body: unknown): Promise<Template> {
    const def = this.validated(body);
    const exists = await this.db.query('SELECT 1 FROM assessment_templates WHERE key = $1 LIMIT 1', [def.key]);
    if (exists.length) throw new DomainError('duplicate', { detail: { zh: `指标体系 ${def.key} 已存在，请编辑其草稿`, en: `Template ${def.key} exists; edit its draft` } });
    await this.db.query(
      `INSERT INTO assessment_templates (key, version, status, name, subject, definition, created_by, created_at) VALUES ($1, 1, 'draft', $2, $3, $4, $5, $6)`,
      [def.key, def.name, def.subject, JSON.stringify(def), user.id, this.clock.now()],
    );
    return this.get(def.key, 1);
  }

  /** Creates or replaces the next version's draft (latest published + 1). The key in the body must match. */
  async putDraft(user: AuthUser, key: string, body: unknown): Promise<Template> {
    const def = this.validated(body);
    if (def.key !== key) throw new DomainError('validation_failed', { errors: [{ field: 'key', code: 'invalid', detail: `the body's key must be ${key}` }] });
    return this.db.transaction(async (tx) => {
      const [latest] = await tx.query('SELECT max(version) FILTER (WHERE status = $2) AS published, max(version) AS any FROM assessment_templates WHERE key = $1', [key, 'published']);
      if (latest.any === null) throw new NotFoundError(TEMPLATE);
      const version = (latest.published ?? 0) + 1;
      await tx.query(`DELETE FROM assessment_templates WHERE key = $1 AND status = 'draft'`, [key]);
      await tx.query(
        `INSERT INTO assessment_templates (key, version, status, name, subject, definition, created_by, created_at) VALUES ($1, $2, 'draft', $3, $4, $5, $6, $7)`,
        [key, version, def.name, def.subject, JSON.stringify(def), user.id, this.clock.now()],
      );
      return toTemplate(await this.row(tx, key, version));
    });
  }

  /** Freezes the draft: it becomes the latest published version. 409 when there is no draft. */
  async publish(key: string): Promise<Template> {
    // an UPDATE … RETURNING answers [rows, affected]
    const [published]: [Array<{ version: number }>, number] = await this.db.query(
      `UPDATE assessment_templates SET status = 'published', published_at = $2 WHERE key = $1 AND status = 'draft' RETURNING version`, [key, this.clock.now()]);
    if (!published.length) {
      const any = await this.db.query('SELECT 1 FROM assessment_templates WHERE key = $1 LIMIT 1', [key]);
      if (!any.length) throw new NotFoundError(TEMPLATE);
      throw new DomainError('event_not_allowed', { detail: { zh: '没有待发布的草稿', en: 'There is no draft to publish' } });
    }
    return this.get(key);
  }

  private validated(body: unknown): TemplateDefinition {
    const result = validateTemplate(body);
    if (!result.ok) throw new DomainError('validation_failed', { errors: result.errors.map((e) => ({ field: e.path, code: e.code, detail: e.message })) });
    return result.template;
  }

  private async row(tx: EntityManager, key: string, version?: number): Promise<TemplateRow> {
    const [row]: TemplateRow[] = version === undefined
      ? await tx.query(`SELECT * FROM assessment_templates WHERE key = $1 AND status = 'published' ORDER BY version DESC LIMIT 1`, [key])
      : await tx.query('SELECT * FROM assessment_templates WHERE key = $1 AND version = $2', [key, version]);
    if (!row) throw new NotFoundError(TEMPLATE);
    return row;
  }
}

function toTemplate(r: TemplateRow): Template {
  return { ...r.definition, key: r.key, version: r.version, status: r.status };
}
