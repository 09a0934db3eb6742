/**
 * Calendar arithmetic in Asia/Shanghai (UTC+8 all year: no daylight saving), on plain `YYYY-MM-DD` dates.
 * Pure: the reminder rules and the monthly-report matrix are computed from these and a Clock's `now`.
 */
import { addDays, localDate, startOfLocalDate } from '../../workflows/time';

export { TIME_ZONE, addDays, daysBetween, localDate, startOfLocalDate } from '../../workflows/time';

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const idx = y * 12 + (m - 1) + n;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

export function monthNumber(month: string): number {
  return Number(month.slice(5, 7));
}

/** Months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

export function isVacationMonth(month: string, vacationMonths: readonly number[]): boolean {
  return vacationMonths.includes(monthNumber(month));
}

/**
 * A month's report is due before the `dueDay`th (the 5th by default): the last day to report is the day before,
 * and the report is late once the `dueDay`th has begun in Shanghai.
 */
export function monthlyReportDue(month: string, dueDay = 5): { lastDay: string; deadline: Date } {
  const dueDate = `${month}-${String(dueDay).padStart(2, '0')}`;
  return { lastDay: addDays(dueDate, -1), deadline: startOfLocalDate(dueDate) };
}

function isWeekend(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
}

/** Whole working days (Monday–Friday) between two instants, counted by local dates after `from`'s date. */
export function workingDaysElapsed(from: Date, to: Date): number {
  let count = 0;
  const end = localDate(to);
  for (let d = addDays(localDate(from), 1); d <= end; d = addDays(d, 1)) if (!isWeekend(d)) count++;
  return count;
}

/** A semester's name, `2026-2027-1`: one pattern, the catalog's. */
export { SEMESTER_PATTERN as SEMESTER_NAME } from '../../workflows/agreement.catalog';
