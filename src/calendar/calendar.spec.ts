import { addDays, addMonths, isVacationMonth, localDate, monthlyReportDue, monthsBetween, startOfLocalDate, workingDaysElapsed } from './calendar';

describe('calendar (Asia/Shanghai)', () => {
  it('takes the local date in Shanghai, not UTC', () => {
    expect(localDate(new Date('2026-11-30T15:59:59.999Z'))).toBe('2026-11-30');
    expect(localDate(new Date('2026-11-30T16:00:00.000Z'))).toBe('2026-12-01');
    expect(startOfLocalDate('2026-12-01').toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('adds days and months across year ends and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('makes a month’s report due before the 5th: last day the 4th, late from the 5th 00:00 Shanghai', () => {
    const due = monthlyReportDue('2026-11');
    expect(due.lastDay).toBe('2026-11-04');
    expect(due.deadline.toISOString()).toBe('2026-11-04T16:00:00.000Z');
    expect(monthlyReportDue('2027-03', 10).lastDay).toBe('2027-03-09');
  });

  it('knows the vacation months', () => {
    expect(isVacationMonth('2027-02', [2, 7, 8])).toBe(true);
    expect(isVacationMonth('2027-03', [2, 7, 8])).toBe(false);
    expect(isVacationMonth('2027-07', [])).toBe(false);
  });

  it('counts working days, skipping weekends', () => {
    // Friday 2026-11-20 10:00 → Wednesday 2026-11-25: Mon, Tue, Wed
    expect(workingDaysElapsed(new Date('2026-11-20T02:00:00Z'), new Date('2026-11-25T09:00:00Z'))).toBe(3);
    expect(workingDaysElapsed(new Date('2026-11-20T02:00:00Z'), new Date('2026-11-22T09:00:00Z'))).toBe(0);
    expect(workingDaysElapsed(new Date('2026-11-20T02:00:00Z'), new Date('2026-11-20T09:00:00Z'))).toBe(0);
  });

  it('counts working days as a walk over the local dates would, for any two instants', () => {
    const walk = (from: Date, to: Date) => {
      let n = 0;
      for (let d = addDays(localDate(from), 1); d <= localDate(to); d = addDays(d, 1)) if (![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())) n++;
      return n;
    };
    const base = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 2000; i++) {
      const from = new Date(base + ((i * 7919) % 400) * 3_600_000 * 7);
      const to = new Date(from.getTime() + ((i * 104729) % 900) * 3_600_000 - 48 * 3_600_000);
      expect([from.toISOString(), to.toISOString(), workingDaysElapsed(from, to)]).toEqual([from.toISOString(), to.toISOString(), walk(from, to)]);
    }
  });
});
