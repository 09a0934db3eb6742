import { api, login, sql } from './support/api';
import { CONTENT, createAgreement, daysFromNow, FIGURES, MAIN_LINE, send, uploadAll } from './support/agreements';

/**
 * A transition is read in one statement, written in one (data-modifying CTEs guarded by the version) and answered
 * from what was written, without reading the agreement again. These tests hold that answer to what a reload reads,
 * and the idempotency key, now stored in the same statement as the change, to "once, whatever the race".
 */
const get = async (user: string, id: string) => (await api('GET', `/api/v1/agreements/${id}`, { token: await login(user) })).body;

describe('transition writes', () => {
  it('every answer along the main line, a self-check and a renewal equals the agreement as read back right after', async () => {
    const a = await createAgreement();
    await api('PATCH', `/api/v1/agreements/${a.id}`, { token: await login('c1staff'), body: { content: CONTENT, startDate: daysFromNow(-300), endDate: daysFromNow(60) } });
    const semester = (await api('GET', '/api/v1/calendar', { token: await login('c1staff') })).body.semesters[0].name;
    const steps: Array<[string, string, { comment?: string; data?: Record<string, unknown> }, string[]]> = [
      ...MAIN_LINE.map(([u, t, extra, docs]) => [u, t, extra.data?.signedAt === 'now' ? { ...extra, data: { signedAt: new Date().toISOString() } } : extra, docs] as typeof MAIN_LINE[number]),
      ['c1staff', 'SUBMIT_SELF_CHECK', { data: { semester, figures: FIGURES } }, ['self_check_report']],
      ['center', 'REVIEW_PASS', { data: { conclusion: '合格' } }, []],
      ['c1leader', 'RENEW', { comment: '续签' }, []],
    ];
    let version = (await get('c1staff', a.id)).version;
    for (const [user, type, extra, docs] of steps) {
      await uploadAll('c1staff', a.id, ...docs);
      const res = await send(user, a.id, type, extra);
      expect([type, res.status]).toEqual([type, 200]);
      expect(res.body.version).toBe(version + 1);
      version = res.body.version;
      expect(res.body).toEqual(await get(user, a.id));
    }
    const renewed = await get('c1leader', a.id);
    expect(renewed.successorId).toEqual(expect.any(String));
    // the successor was written in the same statement: linked both ways, its majors copied, its first work item open
    const successor = await get('c1staff', renewed.successorId);
    expect(successor).toMatchObject({ predecessorId: a.id, statePath: 'agreement.drafting', majorIds: renewed.majorIds, content: CONTENT });
    const items = await sql('SELECT step, status FROM work_items WHERE subject_id = $1', [renewed.successorId]);
    expect(items).toEqual([{ step: 'agreement.drafting', status: 'open' }]);
  });

  it('five requests racing with one Idempotency-Key make one transition and all answer the same', async () => {
    const a = await createAgreement();
    await uploadAll('c1staff', a.id, 'research_report');
    const key = `race-${a.id}`;
    const answers = await Promise.all(Array.from({ length: 5 }, () => send('c1staff', a.id, 'SUBMIT', {}, { 'Idempotency-Key': key })));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    for (const r of answers) expect(r.body).toEqual(answers[0].body);
    expect(answers[0].body.statePath).toBe('feasibility.preparing');
    const rows = await sql(`SELECT event FROM workflow_transitions WHERE subject_id = $1`, [a.id]);
    expect(rows).toEqual([{ event: 'SUBMIT' }]);
    const outbox = await sql(`SELECT count(*)::int AS n FROM outbox WHERE aggregate_id = $1 AND topic = 'agreement.transitioned'`, [a.id]);
    expect(outbox).toEqual([{ n: 1 }]);
    // the same key with another body is refused, and changes nothing
    const other = await send('c1staff', a.id, 'RECALL', {}, { 'Idempotency-Key': key });
    expect([other.status, other.body.code]).toEqual([422, 'idempotency_key_reused']);
    expect((await get('c1staff', a.id)).version).toBe(answers[0].body.version);
  });

  it('a refused event stores nothing under its key: the same key works once the requirement is met', async () => {
    const a = await createAgreement();
    const key = `refused-${a.id}`;
    const refused = await send('c1staff', a.id, 'SUBMIT', {}, { 'Idempotency-Key': key });
    expect([refused.status, refused.body.code]).toEqual([422, 'requirements_not_met']);
    expect(await sql('SELECT status FROM idempotency_keys WHERE key = $1', [key])).toEqual([]);
    await uploadAll('c1staff', a.id, 'research_report');
    const ok = await send('c1staff', a.id, 'SUBMIT', {}, { 'Idempotency-Key': key });
    expect([ok.status, ok.body.statePath]).toEqual([200, 'feasibility.preparing']);
    expect(await sql('SELECT status FROM idempotency_keys WHERE key = $1', [key])).toEqual([{ status: 200 }]);
  });

  it('twenty concurrent approvals: one moves the agreement, the others are told it moved (409), and one history row is written', async () => {
    const a = await createAgreement();
    await uploadAll('c1staff', a.id, 'research_report');
    await send('c1staff', a.id, 'SUBMIT');
    await uploadAll('c1staff', a.id, 'inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report');
    await send('c1leader', a.id, 'SUBMIT');
    const token = await login('center');
    const answers = await Promise.all(Array.from({ length: 20 }, () => api('POST', `/api/v1/agreements/${a.id}/events`, { token, body: { type: 'APPROVE' } })));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(19).fill(409)]);
    const approvals = await sql(`SELECT count(*)::int AS n FROM workflow_transitions WHERE subject_id = $1 AND event = 'APPROVE'`, [a.id]);
    expect(approvals).toEqual([{ n: 1 }]);
    const open = await sql(`SELECT step FROM work_items WHERE subject_id = $1 AND status = 'open'`, [a.id]);
    expect(open).toEqual([{ step: 'agreement.drafting' }]);
  });
});
