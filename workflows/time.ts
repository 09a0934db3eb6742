/**
 * The school's clock: every date rule is read in Asia/Shanghai (UTC+8 all year, no daylight saving).
 * Pure helpers on instants and on plain `YYYY-MM-DD` calendar dates, shared by the machines and the service.
 */
export const TIME_ZONE = 'Asia/Shanghai';
export const UTC_OFFSET = '+08:00';
const OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?$/;

/** A real calendar date: `2026-02-30` is refused, not rolled over to March. */
export function isDate(v: unknown): v is string {
  if (typeof v !== 'string' || !DATE.test(v)) return false;
  const t = Date.parse(v + 'T00:00:00Z');
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(v);
}

/** A date, or a date and time with or without a zone (a time without a zone is Shanghai time). */
export function isDateOrDateTime(v: unknown): v is string {
  if (isDate(v)) return true;
  if (typeof v !== 'string') return false;
  const m = DATE_TIME.exec(v);
  return !!m && isDate(m[1]) && !Number.isNaN(Date.parse(withZone(v)));
}

/** A date and time sent without a zone is read in Shanghai. */
function withZone(v: string): string {
  const m = DATE_TIME.exec(v);
  if (!m || m[5]) return v;
  return `${m[1]}T${m[2]}${UTC_OFFSET}`;
}

/** The instant a date-time names (Shanghai when it has no zone); a bare date is the start of that day in Shanghai. */
export function parseInstant(v: string): Date {
  return isDate(v) ? startOfLocalDate(v) : new Date(withZone(v));
}

/** The Shanghai calendar date of an instant, or of a value given as a date or date-time. */
export function localDate(instant: Date | string): string {
  const d = typeof instant === 'string' ? (isDate(instant) ? null : parseInstant(instant)) : instant;
  if (d === null) return instant as string;
  return new Date(d.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** 00:00 of a Shanghai date. */
export function startOfLocalDate(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - OFFSET_MS);
}

/** The last instant of a Shanghai date (23:59:59.999). */
export function endOfLocalDate(date: string): Date {
  return new Date(startOfLocalDate(date).getTime() + DAY_MS - 1);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * A deadline given as a date lasts to the end of that day in Shanghai; a date-time without a zone is Shanghai
 * time; one with a zone is kept as it is.
 */
export function deadlineInstant(v: string): Date {
  return isDate(v) ? endOfLocalDate(v) : parseInstant(v);
}
