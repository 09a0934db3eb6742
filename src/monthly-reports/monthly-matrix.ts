import { isVacationMonth, monthlyReportDue } from '../calendar/calendar';

/** One cell of the colleges × months matrix. */
export type MonthStatus = 'on_time' | 'late' | 'missing' | 'pending' | 'vacation' | 'not_required';

export interface MatrixInput {
  now: Date;
  year: number;
  firstMonth: string;
  vacationMonths: number[];
  monthlyDueDay: number;
  colleges: Array<{ id: string; name: string }>;
  /** Sign-off instants by `${collegeId}:${month}`. */
  signedOff: Map<string, Date>;
}

/** Full marks for punctual monthly reporting, and the deduction per late or missing month (seeds/001). */
export const MONTHLY_REPORT_POINTS = 10;

export function monthStatus(input: Omit<MatrixInput, 'colleges' | 'year'>, collegeId: string, month: string): MonthStatus {
  if (month < input.firstMonth) return 'not_required';
  if (isVacationMonth(month, input.vacationMonths)) return 'vacation';
  const { deadline } = monthlyReportDue(month, input.monthlyDueDay);
  const signed = input.signedOff.get(`${collegeId}:${month}`);
  if (signed) return signed < deadline ? 'on_time' : 'late';
  return input.now >= deadline ? 'missing' : 'pending';
}

/** 月报上报情况: each college's twelve months, with counts and the punctuality score (10, −1 per late or missing). */
export function monthlyMatrix(input: MatrixInput) {
  const months = Array.from({ length: 12 }, (_, i) => `${input.year}-${String(i + 1).padStart(2, '0')}`);
  return {
    year: input.year,
    months,
    rows: input.colleges.map((c) => {
      const cells = months.map((m) => monthStatus(input, c.id, m));
      const count = (s: MonthStatus) => cells.filter((x) => x === s).length;
      const deductions = count('late') + count('missing');
      return {
        collegeId: c.id,
        collegeName: c.name,
        cells: Object.fromEntries(months.map((m, i) => [m, cells[i]])),
        onTime: count('on_time'),
        late: count('late'),
        missing: count('missing'),
        score: Math.max(0, MONTHLY_REPORT_POINTS - deductions),
      };
    }),
  };
}
