import { addDays, localDate, startOfLocalDate } from '../../workflows/time';

/** Seconds from `now` until the next Shanghai day begins: the Retry-After of what is allowed once a day. */
export function secondsUntilNextLocalDay(now: Date): number {
  const next = startOfLocalDate(addDays(localDate(now), 1));
  return Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000));
}
