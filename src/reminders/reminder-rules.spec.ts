import { addDays, startOfLocalDate } from '../calendar/calendar';
import { AgreementFacts, DEFAULT_OFFSETS, dueReminders, Reminder, World } from './reminder-rules';

const A = { id: 'college-a', name: '智能制造学院' };
const B = { id: 'college-b', name: '信息工程学院' };
const at = (date: string, hour = 9) => new Date(startOfLocalDate(date).getTime() + hour * 3600_000);

function world(over: Partial<World> = {}): World {
  return {
    now: at('2026-09-01'),
    firstMonth: '2026-09',
    vacationMonths: [2, 7, 8],
    monthlyDueDay: 5,
    colleges: [A, B],
    signedOffReports: new Set(),
    semesters: [],
    agreements: [],
    reviewersOf: () => [],
    offsets: DEFAULT_OFFSETS,
    ...over,
  };
}

/** Runs a daily 09:00 sweep over [from, to] and returns every reminder, first occurrence of each key. */
function simulate(from: string, to: string, build: (today: string) => Partial<World>): Map<string, Reminder & { firstOn: string }> {
  const seen = new Map<string, Reminder & { firstOn: string }>();
  for (let d = from; d <= to; d = addDays(d, 1)) {
    for (const r of dueReminders(world({ now: at(d), ...build(d) }))) if (!seen.has(r.key)) seen.set(r.key, { ...r, firstOn: d });
  }
  return seen;
}

describe('reminder rules: a school year of monthly reports for two colleges', () => {
  // College A signs off on the 2nd of each month, except January (the 10th: late) and March (never: missing).
  // College B signs off on the last day of the month before: it is never reminded.
  const signedOff = (today: string) => {
    const done = new Set<string>();
    for (let d = '2026-08-31'; d < today; d = addDays(d, 1)) {
      const month = d.slice(0, 7);
      const day = Number(d.slice(8));
      if (month === '2027-01' && day === 10) done.add(`${A.id}:${month}`);
      else if (month !== '2027-01' && month !== '2027-03' && day === 2) done.add(`${A.id}:${month}`);
      const next = addDays(d, 1);
      if (next.slice(8) === '01') done.add(`${B.id}:${next.slice(0, 7)}`);
    }
    return done;
  };
  const sent = simulate('2026-09-01', '2027-08-31', (today) => ({ signedOffReports: signedOff(today) }));

  it('sends exactly the expected set, on the expected days', () => {
    const months = ['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-03', '2027-04', '2027-05', '2027-06'];
    const expected = [
      ...months.map((m) => [`monthly:${A.id}:${m}:before3`, `${m}-01`]),
      [`monthly:${A.id}:2027-01:due`, '2027-01-04'],
      [`monthly:${A.id}:2027-01:late`, '2027-01-05'],
      [`monthly:${A.id}:2027-03:due`, '2027-03-04'],
      [`monthly:${A.id}:2027-03:late`, '2027-03-05'],
    ];
    expect([...sent.values()].map((r) => [r.key, r.firstOn]).sort()).toEqual(expected.sort());
  });

  it('keeps the vacation months quiet and never reminds the college that reports early', () => {
    expect([...sent.keys()].filter((k) => /:(2027-02|2027-07|2027-08):/.test(k))).toEqual([]);
    expect([...sent.keys()].filter((k) => k.includes(B.id))).toEqual([]);
  });

  it('escalates late and missing months to the college leader', () => {
    expect(sent.get(`monthly:${A.id}:2027-03:late`)!.audience).toEqual([{ college: A.id, roles: ['college_staff', 'college_leader'] }]);
    expect(sent.get(`monthly:${A.id}:2026-11:before3`)!.audience).toEqual([{ college: A.id, roles: ['college_staff'] }]);
    expect(sent.get(`monthly:${A.id}:2027-03:late`)!.title).toContain('逾期');
  });

  it('stops a late reminder after the late window', () => {
    const r = dueReminders(world({ now: at('2027-04-20'), colleges: [A] })).map((x) => x.key);
    expect(r).not.toContain(`monthly:${A.id}:2027-03:late`);
    expect(r).toContain(`monthly:${A.id}:2027-04:late`);
  });
});

describe('reminder rules: agreements', () => {
  const agreement = (over: Partial<AgreementFacts>): AgreementFacts => ({
    id: 'ag-1', title: '订单班', collegeId: A.id, state: 'selfCheck', signedAt: new Date('2026-03-01T02:00:00Z'), filingDueAt: null, filingOverdue: false,
    supervisionDeadline: null, supervisionOverdue: false, endDate: '2029-06-30', enteredStateAt: new Date('2026-03-10T02:00:00Z'), selfCheckSemesters: [], ...over,
  });
  const only = (kind: string) => (r: Reminder) => r.kind === kind;

  it('self-check: 14 and 3 days before the semester’s date, late the day after to the leader and the center; none once submitted', () => {
    const semesters = [{ name: '2026-2027-1', selfCheckDueOn: '2026-12-31' }];
    const sent = simulate('2026-12-01', '2027-01-10', () => ({ colleges: [], semesters, agreements: [agreement({})] }));
    expect([...sent.values()].map((r) => [r.key, r.firstOn])).toEqual([
      ['selfcheck:ag-1:2026-2027-1:before14', '2026-12-17'],
      ['selfcheck:ag-1:2026-2027-1:before3', '2026-12-28'],
      ['selfcheck:ag-1:2026-2027-1:late', '2027-01-01'],
    ]);
    expect(sent.get('selfcheck:ag-1:2026-2027-1:late')!.audience).toEqual([{ college: A.id, roles: ['college_staff', 'college_leader'] }, { roles: ['center_staff'] }]);
    const done = simulate('2026-12-01', '2027-01-10', () => ({ colleges: [], semesters, agreements: [agreement({ selfCheckSemesters: ['2026-2027-1'] })] }));
    expect(done.size).toBe(0);
  });

  it('filing: day 5 and day 7 after signing, then overdue once with DEADLINE_PASSED', () => {
    const signedAt = at('2026-11-02', 10);
    const filingDueAt = new Date(signedAt.getTime() + 7 * 86400_000);
    const sent = simulate('2026-11-02', '2026-11-20', () => ({ colleges: [], agreements: [agreement({ state: 'filing.awaitingSubmission', signedAt, filingDueAt })] }));
    expect([...sent.values()].map((r) => [r.key, r.firstOn, r.deadlinePassed])).toEqual([
      ['filing:ag-1:day5', '2026-11-07', undefined],
      ['filing:ag-1:day7', '2026-11-09', undefined],
      ['filing:ag-1:overdue', '2026-11-10', 'filing'],
    ]);
    const after = dueReminders(world({ now: at('2026-11-12'), colleges: [], agreements: [agreement({ state: 'filing.awaitingSubmission', signedAt, filingDueAt, filingOverdue: true })] }));
    expect(after.map((r) => r.deadlinePassed)).toEqual([undefined]);
  });

  it('supervision: 3 days before its deadline and when it passes, to the college leader and the center', () => {
    const deadline = startOfLocalDate('2026-12-15');
    const sent = simulate('2026-12-01', '2026-12-20', () => ({ colleges: [], agreements: [agreement({ state: 'supervision', supervisionDeadline: deadline })] }));
    expect([...sent.values()].map((r) => [r.kind, r.firstOn, r.deadlinePassed ?? null])).toEqual([
      ['supervision', '2026-12-12', null],
      ['supervision', '2026-12-15', 'supervision'],
    ]);
  });

  it('expiry: 90 and 30 days before the end date, to the college leader', () => {
    const sent = simulate('2027-01-01', '2027-06-30', () => ({ colleges: [], agreements: [agreement({ endDate: '2027-06-30' })] }));
    expect([...sent.values()].filter(only('expiry')).map((r) => [r.key, r.firstOn])).toEqual([
      ['expiry:ag-1:2027-06-30:before90', '2027-04-01'],
      ['expiry:ag-1:2027-06-30:before30', '2027-05-31'],
    ]);
  });

  it('waiting approval: after 3 working days at one step, then daily, to that step’s reviewers', () => {
    const enteredStateAt = at('2026-11-20', 10); // a Friday
    const sent = simulate('2026-11-20', '2026-11-30', () => ({
      colleges: [], agreements: [agreement({ state: 'agreement.legalReview', enteredStateAt, endDate: null })], reviewersOf: (s) => (s === 'agreement.legalReview' ? ['legal'] : []),
    }));
    // Mon 23, Tue 24, Wed 25 are the first three working days; Thu 26 is past them
    expect([...sent.values()].map((r) => r.firstOn)).toEqual(['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30']);
    expect([...sent.values()][0].audience).toEqual([{ roles: ['legal'] }]);
    expect([...sent.values()][0].body).toContain('「法务审核」环节');
  });
});

describe('reminder rules: the annual assessment', () => {
  const sheet = { id: 's1', year: 2027, subjectName: '智能制造学院', collegeId: 'college-a', selfDueOn: '2027-06-20', scoringDueOn: '2027-07-05' };

  it('reminds the college 3 days before and on its self-assessment deadline, and the assessors before theirs', () => {
    const keys = (now: string, state: string) => dueReminders(world({ now: at(now), colleges: [], sheets: [{ ...sheet, state }] })).filter((r) => r.kind === 'assessment');
    expect(keys('2027-06-16', 'drafting')).toEqual([]);
    const before = keys('2027-06-17', 'drafting');
    expect(before.map((r) => [r.key, r.audience])).toEqual([['assessment:s1:self:before3', [{ college: 'college-a', roles: ['college_staff', 'college_leader'] }]]]);
    expect(keys('2027-06-20', 'drafting').map((r) => r.key)).toEqual(['assessment:s1:self:before3', 'assessment:s1:self:before0']);
    expect(keys('2027-06-21', 'drafting')).toEqual([]);
    expect(keys('2027-07-05', 'submitted').map((r) => [r.key, r.audience])).toEqual([
      ['assessment:s1:scoring:before3', [{ roles: ['assessor'] }]], ['assessment:s1:scoring:before0', [{ roles: ['assessor'] }]],
    ]);
    expect(keys('2027-07-05', 'final')).toEqual([]);
  });
});
