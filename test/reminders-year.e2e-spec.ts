import { addDays, monthOf, startOfLocalDate } from '../src/calendar/calendar';
import { TEST_REDIS_URL } from './support/services';
import { client, Stack, startStack } from './support/stack';
import { query } from './support/stack-flows';

const at = (date: string, hour: number) => new Date(startOfLocalDate(date).getTime() + hour * 3600_000).toISOString();

/**
 * A school year, September to July, on a moved clock, for two colleges: 智能制造学院 reports on the 2nd of each
 * month but January on the 10th (late) and March never (missing); 信息工程学院 reports first thing on the 1st.
 * The exact set of monthly-report reminders must come out — on Redis, and once more on the PostgreSQL backend.
 */
describe.each([
  ['Redis', TEST_REDIS_URL],
  ['PostgreSQL', null],
])('a school year of reminders, queue on %s', (_, redisUrl) => {
  let stack: Stack;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    stack = await startStack({ redisUrl });
    api = client(stack.url);
  }, 120_000);
  afterAll(() => stack?.stop());

  async function report(user: string, month: string) {
    const created = await api.ok('POST', '/api/v1/monthly-reports', user, { month, workDone: `${month} 工作开展情况` });
    await api.ok('POST', `/api/v1/monthly-reports/${created.id}/submit`, user);
    await api.ok('POST', `/api/v1/monthly-reports/${created.id}/sign-off`, user.replace('staff', 'leader'));
  }

  it('sends exactly the expected reminders: vacation months quiet, late and missing months escalated', async () => {
    await api.setClock(at('2026-08-25', 9));
    await api.ok('PUT', '/api/v1/calendar', 'admin', { firstMonth: '2026-09', vacationMonths: [2, 7, 8] });
    for (let d = '2026-09-01'; d <= '2027-07-31'; d = addDays(d, 1)) {
      const month = monthOf(d);
      const vacation = ['2027-02', '2027-07', '2027-08'].includes(month);
      const day = Number(d.slice(8));
      if (!vacation && day === 1) {
        await api.setClock(at(d, 7)); // 信息工程学院 reports first thing on the 1st
        await report('c2staff', month);
      }
      await api.setClock(at(d, 9));
      await api.runReminders();
      if (!vacation && ((month === '2027-01' && day === 10) || (month !== '2027-01' && month !== '2027-03' && day === 2))) {
        await api.setClock(at(d, 10));
        await report('c1staff', month);
      }
    }
    // running the sweep again at the end sends nothing new
    const again = await api.runReminders();
    expect(again.deliveriesCreated).toBe(0);

    const rows: Array<{ key: string; users: string[] }> = await query(
      stack,
      `SELECT regexp_replace(d.reminder_key, '^monthly:[^:]+:', c.code || ':') AS key, array_agg(u.username ORDER BY u.username) AS users
       FROM deliveries d JOIN users u ON d.recipient = 'user:' || u.id JOIN colleges c ON d.reminder_key LIKE 'monthly:' || c.id || ':%'
       WHERE d.channel = 'inbox' GROUP BY 1 ORDER BY 1`,
    );
    const months = ['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-03', '2027-04', '2027-05', '2027-06'];
    const expected = [
      ...months.map((m) => ({ key: `IM:${m}:before3`, users: ['c1staff'] })),
      { key: 'IM:2027-01:due', users: ['c1staff'] },
      { key: 'IM:2027-01:late', users: ['c1leader', 'c1staff'] },
      { key: 'IM:2027-03:due', users: ['c1staff'] },
      { key: 'IM:2027-03:late', users: ['c1leader', 'c1staff'] },
    ].sort((a, b) => a.key.localeCompare(b.key));
    expect(rows).toEqual(expected);

    const matrix = await api.ok('GET', '/api/v1/monthly-reports/matrix?year=2027', 'center');
    const im = matrix.rows.find((r: any) => r.collegeName === '智能制造学院');
    const ie = matrix.rows.find((r: any) => r.collegeName === '信息工程学院');
    expect(im.cells).toMatchObject({ '2027-01': 'late', '2027-02': 'vacation', '2027-03': 'missing', '2027-04': 'on_time', '2027-07': 'vacation' });
    expect(im).toMatchObject({ onTime: 3, late: 1, missing: 1, score: 8 });
    expect(ie).toMatchObject({ onTime: 5, late: 0, missing: 0, score: 10 });

    // each inbox reminder went out by e-mail too, once per recipient
    const [{ inbox, email }] = await query(stack, `SELECT count(*) FILTER (WHERE channel = 'inbox')::int AS inbox, count(*) FILTER (WHERE channel = 'email')::int AS email FROM deliveries WHERE reminder_key LIKE 'monthly:%'`);
    expect(email).toBe(inbox);
  }, 300_000);
});
