import { startOfLocalDate } from '../calendar/calendar';
import { monthlyMatrix, monthStatus } from './monthly-matrix';

const base = { firstMonth: '2026-03', vacationMonths: [2, 7, 8], monthlyDueDay: 5 };

describe('monthly report matrix', () => {
  it('classifies a month: on time before the 5th 00:00 Shanghai, late after, missing once due, pending before', () => {
    const signedOff = new Map([
      ['a:2026-09', new Date(startOfLocalDate('2026-09-05').getTime() - 1)],
      ['a:2026-10', startOfLocalDate('2026-10-05')],
    ]);
    const input = { ...base, now: startOfLocalDate('2026-11-03'), signedOff };
    expect(monthStatus(input, 'a', '2026-09')).toBe('on_time');
    expect(monthStatus(input, 'a', '2026-10')).toBe('late');
    expect(monthStatus(input, 'a', '2026-06')).toBe('missing');
    expect(monthStatus(input, 'a', '2026-11')).toBe('pending');
    expect(monthStatus(input, 'a', '2026-07')).toBe('vacation');
    expect(monthStatus(input, 'a', '2026-01')).toBe('not_required');
  });

  it('scores 10 minus one per late or missing month, never below zero', () => {
    const signedOff = new Map<string, Date>();
    for (const m of ['03', '04', '05', '06', '09', '10', '11', '12']) signedOff.set(`good:2026-${m}`, startOfLocalDate(`2026-${m}-01`));
    signedOff.set('mixed:2026-03', startOfLocalDate('2026-03-20'));
    const matrix = monthlyMatrix({ ...base, now: startOfLocalDate('2027-01-10'), year: 2026, colleges: [{ id: 'good', name: 'G' }, { id: 'mixed', name: 'M' }], signedOff });
    const [good, mixed] = matrix.rows;
    expect(good).toMatchObject({ onTime: 8, late: 0, missing: 0, score: 10 });
    expect(mixed).toMatchObject({ onTime: 0, late: 1, missing: 7, score: 2 });
    expect(mixed.cells['2026-02']).toBe('not_required');
    expect(mixed.cells['2026-08']).toBe('vacation');
  });
});
