/**
 * Calendar arithmetic in Asia/Shanghai (UTC+8 all year: no daylight saving), on plain `YYYY-MM-DD` dates.
 * Pure: the reminder rules and the monthly-report matrix are computed from these and a Clock's `now`.
 */
import { addDays, daysBetween, localDate, startOfLocalDate } from '../../workflows/time';

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

/**
 * Whole working days (Monday–Friday) between two instants, counted by local dates after `from`'s date. Arithmetic,
 * not a walk over the days: the sweep asks it for every agreement waiting at a step.
 */
export function workingDaysElapsed(from: Date, to: Date): number {
  const first = localDate(from);
  const days = daysBetween(first, localDate(to));
  if (days <= 0) return 0;
  const weekday = new Date(`${first}T00:00:00Z`).getUTCDay();
  let count = Math.floor(days / 7) * 5;
  for (let k = 1; k <= days % 7; k++) {
    const d = (weekday + k) % 7;
    if (d !== 0 && d !== 6) count++;
  }
  return count;
}

/** A semester's name, `2026-2027-1`: one pattern, the catalog's. */
export { SEMESTER_PATTERN as SEMESTER_NAME } from '../../workflows/agreement.catalog';
