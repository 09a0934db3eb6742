import { seedProgress } from './support/dashboard-flows';
import { client, Stack, startStack } from './support/stack';

/** 数据看板 (GET /api/v1/dashboard/progress): exact counts by college × stage, overdue items, punctuality; who sees what. */
describe('dashboard progress', () => {
  let stack: Stack;
  let api: ReturnType<typeof client>;
  let ids: { c1: string; c2: string };
  const progress = (user: string, query = '') => api.call('GET', `/api/v1/dashboard/progress${query}`, user);
  const stages = (row: { stages: Array<{ stage: string; count: number }> }) => Object.fromEntries(row.stages.filter((s) => s.count).map((s) => [s.stage, s.count]));

  beforeAll(async () => {
    stack = await startStack({ redisUrl: null });
    api = client(stack.url);
    ids = await seedProgress(stack, api);
  }, 240_000);
  afterAll(() => stack?.stop());

  it('counts every college’s agreements by top-level stage, what is overdue, and the year’s punctuality', async () => {
    const res = await progress('center', '?year=2026');
    expect(res.status).toBe(200);
    const body = res.body;
    expect(body.year).toBe(2026);
    expect(body.stageOrder).toEqual(['research', 'feasibility', 'agreement', 'signing', 'filing', 'selfCheck', 'review', 'supervision', 'terminating', 'archiving', 'terminated']);
    expect(body.colleges.map((c: any) => c.collegeName)).toEqual(['信息工程学院', '智能制造学院']); // college code order: IE, IM
    const [ie, im] = body.colleges;
    expect(im.collegeId).toBe(ids.c1);
    expect(im.stages).toHaveLength(11);
    expect(stages(im)).toEqual({ research: 2, feasibility: 1, filing: 1, selfCheck: 1 });
    expect(im.total).toBe(5);
    expect(im.overdue).toEqual({ filing: 1, supervision: 0, supervisionOverdue: 0, selfChecksOwed: 1 });
    expect(im.monthlyReports).toEqual({ onTime: 1, late: 1, missing: 2, due: 4, score: 7 });
    expect(stages(ie)).toEqual({ research: 1 });
    expect(ie.total).toBe(1);
    expect(ie.overdue).toEqual({ filing: 0, supervision: 0, supervisionOverdue: 0, selfChecksOwed: 0 });
    expect(ie.monthlyReports).toEqual({ onTime: 0, late: 0, missing: 4, due: 4, score: 6 });
    expect(body.total).toBe(6);
    expect(stages(body)).toEqual({ research: 3, feasibility: 1, filing: 1, selfCheck: 1 });
    expect(body.overdue).toEqual({ filing: 1, supervision: 0, supervisionOverdue: 0, selfChecksOwed: 1 });
    const sinceClockSet = Date.parse(body.generatedAt) - Date.parse('2027-01-15T02:00:00.000Z'); // the service's clock, not the wall clock
    expect(sinceClockSet >= 0 && sinceClockSet < 600_000).toBe(true);
  });

  it('defaults to this year (Shanghai) and narrows to one college on request; the same for admins, leaders and assessors', async () => {
    const thisYear = await progress('admin');
    expect(thisYear.body.year).toBe(2027);
    // January 2027's report was due before the 5th: both colleges missed it
    expect(thisYear.body.colleges.map((c: any) => c.monthlyReports)).toEqual([
      { onTime: 0, late: 0, missing: 1, due: 1, score: 9 },
      { onTime: 0, late: 0, missing: 1, due: 1, score: 9 },
    ]);
    for (const user of ['leader', 'assessor', 'director']) {
      const res = await progress(user, `?year=2026&collegeId=${ids.c2}`);
      expect([res.status, res.body.colleges.map((c: any) => c.collegeName), res.body.total]).toEqual([200, ['信息工程学院'], 1]);
    }
  });

  it('shows a college user only their own college; naming another is 403 forbidden_college', async () => {
    const own = await progress('c2staff', '?year=2026');
    expect(own.status).toBe(200);
    expect(own.body.colleges.map((c: any) => c.collegeId)).toEqual([ids.c2]);
    expect([own.body.total, own.body.overdue.filing]).toEqual([1, 0]);
    const leader = await progress('c1leader', `?collegeId=${ids.c1}&year=2026`);
    expect([leader.status, leader.body.total, stages(leader.body)]).toEqual([200, 5, { research: 2, feasibility: 1, filing: 1, selfCheck: 1 }]);
    const other = await progress('c2leader', `?collegeId=${ids.c1}`);
    expect([other.status, other.body.code]).toEqual([403, 'forbidden_college']);
  });

  it('refuses roles without the dashboard (403 forbidden_role), strangers (401) and a bad year (400)', async () => {
    for (const user of ['legal', 'finance', 'expert']) {
      const res = await progress(user);
      expect([user, res.status, res.body.code]).toEqual([user, 403, 'forbidden_role']);
    }
    expect((await api.call('GET', '/api/v1/dashboard/progress')).status).toBe(401);
    const bad = await progress('center', '?year=abc');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.field)).toEqual(['year']);
  });
});
