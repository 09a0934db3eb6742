import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DomainError } from './errors/domain-error';

export const MAX_PAGE_SIZE = 100;

/** `page` (from 1) and `pageSize` (1–100), the query of every list. */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100000, default: 1, description: 'The page, from 1' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000)
  page = 1;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20, description: `Items per page, at most ${MAX_PAGE_SIZE}` })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_PAGE_SIZE)
  pageSize = 20;

  get offset(): number {
    return (this.page - 1) * this.pageSize;
  }
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function page<T>(items: T[], total: number, q: PageQuery): Page<T> {
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** Escapes LIKE wildcards so a search for `50%` finds the text `50%`. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/** Up to this many matching records a list counts exactly; above, `total` is the planner's estimate. */
export const EXACT_COUNT_UP_TO = 10_000;
/**
 * The same for a text search: each match of a trigram index is checked again in the table row (a random read), where
 * a filter's count reads only its b-tree; so a search counts exactly up to 1,000.
 */
export const EXACT_SEARCH_COUNT_UP_TO = 1_000;

/** `page`/`pageSize` plus an opaque `cursor` for keyset paging. */
export class KeysetPageQuery extends PageQuery {
  /** From `nextCursor` of the previous page (same `sort` and filters); replaces `page`: keyset paging costs the same on every page. */
  @ApiPropertyOptional({ type: 'string', maxLength: 1000, description: 'From `nextCursor` of the previous page, with the same `sort` and filters; not with `page` > 1' })
  @IsOptional() @IsString() @MaxLength(1000)
  cursor?: string;
}

/** A keyset-paged list: the page, the cursor of the next one (null on the last) and whether `total` is an estimate. */
export interface KeysetPage<T> extends Page<T> {
  nextCursor: string | null;
  totalEstimated: boolean;
}

const badCursor = (detail: string) => new DomainError('validation_failed', { errors: [{ field: 'cursor', code: 'invalid_format', detail }] });

/** The opaque cursor of a row: the sort it was made for, the row's sort key (as PostgreSQL prints it) and its id. */
export function encodeCursor(sort: string, key: string | null, id: string): string {
  return Buffer.from(JSON.stringify([sort, key, id])).toString('base64url');
}

/** The sort key and id a cursor carries; 400 (`cursor`, `invalid_format`) when it is not one, or was made for another sort. */
export function decodeCursor(cursor: string, sort: string): { key: string | null; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor('not a cursor this list gave out');
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[0] !== 'string' || (typeof parsed[1] !== 'string' && parsed[1] !== null) || typeof parsed[2] !== 'string'
    || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(parsed[2])) {
    throw badCursor('not a cursor this list gave out');
  }
  if (parsed[0] !== sort) throw badCursor(`made for sort ${parsed[0]}, not ${sort}`);
  return { key: parsed[1], id: parsed[2] };
}

/**
 * How many rows `SELECT 1 FROM <from> WHERE <where>` matches: exact up to `cap` (a count stopped at cap + 1 rows, so
 * it never reads more than that), else the planner's estimate. The estimate comes first (EXPLAIN, no row read): above
 * twice the cap the count is skipped, as the planner is not that far off on analysed columns.
 */
export async function countMatches(db: Queryable, from: string, where: string, params: unknown[], cap = EXACT_COUNT_UP_TO): Promise<{ total: number; estimated: boolean }> {
  const estimate = await estimateRows(db, from, where, params);
  if (estimate > 2 * cap) return { total: estimate, estimated: true };
  const [{ n }]: Array<{ n: number }> = await db.query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${cap + 1}) c`, params);
  if (n <= cap) return { total: n, estimated: false };
  return { total: Math.max(n, estimate), estimated: true };
}

/** The planner's row estimate (EXPLAIN, nothing executed). */
async function estimateRows(db: Queryable, from: string, where: string, params: unknown[]): Promise<number> {
  const [row]: Array<Record<string, unknown>> = await db.query(`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${from} WHERE ${where}`, params);
  const value = Object.values(row)[0];
  const plan = (typeof value === 'string' ? JSON.parse(value) : value) as Array<{ Plan: { 'Plan Rows': number } }>;
  return Math.round(plan[0].Plan['Plan Rows']);
}

/** A DataSource or EntityManager: what runs a query. */
interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>;
}
