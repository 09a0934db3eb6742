import type { EntityManager } from 'typeorm';
import { DomainError } from './errors/domain-error';

/** A table whose rows point at the record being deleted (a foreign key with ON DELETE RESTRICT). */
export interface Referrer {
  /** The key in the problem's `references`. */
  key: string;
  table: string;
  column: string;
  label: { zh: string; en: string };
}

export const REFERRERS = {
  agreementsByPartner: { key: 'agreements', table: 'agreements', column: 'partner_id', label: { zh: '合作项目', en: 'agreement' } },
  agreementsByMajor: { key: 'agreements', table: 'agreement_majors', column: 'major_id', label: { zh: '合作项目', en: 'agreement' } },
  majorsByCollege: { key: 'majors', table: 'majors', column: 'college_id', label: { zh: '专业', en: 'major' } },
  usersByCollege: { key: 'users', table: 'users', column: 'college_id', label: { zh: '用户', en: 'user' } },
  partnersByCollege: { key: 'partners', table: 'partners', column: 'owner_college_id', label: { zh: '合作单位', en: 'partner' } },
  agreementsByCollege: { key: 'agreements', table: 'agreements', column: 'college_id', label: { zh: '合作项目', en: 'agreement' } },
  monthlyReportsByCollege: { key: 'monthlyReports', table: 'monthly_reports', column: 'college_id', label: { zh: '月报', en: 'monthly report' } },
} as const satisfies Record<string, Referrer>;

/**
 * Refuses to delete a record something still refers to: 409 in_use naming each kind of referrer with its count
 * (`references: {agreements: 2}`). Checked before deleting because the database's own answer differs by engine
 * (PostgreSQL 23503, PGlite 23001) and names only one constraint; a referrer added in between still meets the foreign
 * key, which the problem filter maps to in_use too.
 */
export async function assertUnreferenced(db: EntityManager, what: { zh: string; en: string }, id: string, referrers: readonly Referrer[]): Promise<void> {
  const counts = referrers.map((r, i) => `(SELECT count(*) FROM ${r.table} WHERE ${r.column} = $1)::int AS r${i}`);
  const [row]: Array<Record<string, number>> = await db.query(`SELECT ${counts.join(', ')}`, [id]);
  const used = referrers.map((r, i) => ({ ...r, count: row[`r${i}`] })).filter((r) => r.count > 0);
  if (!used.length) return;
  throw new DomainError('in_use', {
    detail: {
      zh: `${what.zh}仍被引用：${used.map((r) => `${r.label.zh} ${r.count} 个`).join('、')}`,
      en: `The ${what.en.toLowerCase()} is still referenced by ${used.map((r) => `${r.count} ${r.label.en}(s)`).join(', ')}`,
    },
    extra: { references: Object.fromEntries(used.map((r) => [r.key, r.count])) },
  });
}
