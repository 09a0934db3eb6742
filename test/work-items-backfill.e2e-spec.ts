import { Client } from 'pg';
import { client, eventually, startStack, Stack } from './support/stack';

/**
 * Agreements written before work items existed get theirs when a process starts: in chunks of 500, one process at a
 * time, each agreement once, even with two processes starting together.
 */
describe('work items backfill', () => {
  let stack: Stack;
  let db: Client;

  beforeAll(async () => {
    stack = await startStack({ redisUrl: null });
    db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    await stack?.stop();
  });

  it('1,200 agreements without work items get one each, once, from two processes starting together', async () => {
    const api = client(stack.url);
    const partner = (await api.ok('GET', '/api/v1/partners?status=active', 'c1staff')).items[0];
    const { collegeId } = await api.ok('GET', '/api/v1/auth/me', 'c1staff');
    const major = (await api.ok('GET', `/api/v1/majors?collegeId=${collegeId}`, 'c1staff')).items[0];
    const created = await api.call('POST', '/api/v1/agreements', 'c1staff', { title: '历史项目', partnerId: partner.id, cooperationType: 'internship', majorIds: [major.id] });
    expect(created.status).toBe(201);
    // copies of it as rows from before work items: 1,200 agreements at research, none with an item
    await db.query(
      `INSERT INTO agreements (title, college_id, partner_id, cooperation_type, requires_demonstration, content, stage, state, snapshot, machine_version, created_at, updated_at, entered_state_at)
       SELECT title || ' ' || n, college_id, partner_id, cooperation_type, requires_demonstration, content, stage, state, snapshot, machine_version, created_at, updated_at, entered_state_at
       FROM agreements, generate_series(1, 1200) n WHERE id = $1`,
      [created.body.id],
    );
    const legacy = `SELECT a.id FROM agreements a WHERE a.title LIKE '历史项目 %'`;
    expect((await db.query(`SELECT count(*)::int AS n FROM work_items WHERE subject_id IN (${legacy})`)).rows).toEqual([{ n: 0 }]);
    await Promise.all([stack.spawnWorker(), stack.spawnWorker()]);
    const counts = await eventually('every legacy agreement has its item', async () => {
      const { rows } = await db.query(`SELECT count(DISTINCT subject_id)::int AS subjects, count(*)::int AS items FROM work_items WHERE subject_id IN (${legacy})`);
      return rows[0].subjects === 1200 && rows[0];
    }, 60_000);
    expect(counts).toEqual({ subjects: 1200, items: 1200 });
    // each as the agreement it was copied from got its own at creation (the title names the copy)
    const item = `SELECT step, state, assignee_roles, assignee_college_id, college_id, status, regexp_replace(title, ' \\d+$', '') AS title FROM work_items`;
    const { rows: [original] } = await db.query(`${item} WHERE subject_id = $1`, [created.body.id]);
    expect(original).toMatchObject({ step: 'research', state: 'research', status: 'open' });
    const { rows: copies } = await db.query(`SELECT DISTINCT * FROM (${item} WHERE subject_id IN (${legacy})) x`);
    expect(copies).toEqual([original]);
  }, 120_000);
});
