import { MEETING, pdfBytes } from './support/agreements';
import { TEST_REDIS_URL } from './support/services';
import { client, eventually, Stack, startStack } from './support/stack';
import { atCenterReview, toAwaitingFiling, uploadTo } from './support/stack-flows';

/**
 * The lifecycle's rules to the letter, on a service of its own with a settable clock: who may act (403) versus
 * when (409), Shanghai dates around midnight, the college leader's decisions, typed self-check figures, the
 * center's termination after an unrectified supervision notice, and race-free document versions.
 */
describe('the rules to the letter', () => {
  let stack: Stack;
  let api: ReturnType<typeof client>;
  const events = (id: string) => `/api/v1/agreements/${id}/events`;
  const send = (user: string, id: string, type: string, extra: object = {}) => api.call('POST', events(id), user, { type, ...extra });

  beforeAll(async () => {
    stack = await startStack({ redisUrl: TEST_REDIS_URL });
    api = client(stack.url);
  }, 120_000);
  afterAll(() => stack?.stop());

  /** A running agreement (filed, at 学期自查), created and signed under the current clock. */
  async function running(title: string, signedAt: string) {
    const a = await toAwaitingFiling(api, (await atCenterReview(stack, api, title)).id, signedAt);
    await api.ok('POST', events(a.id), 'c1staff', { type: 'SUBMIT' });
    return api.ok('POST', events(a.id), 'center', { type: 'REGISTER_FILING' });
  }

  it('twenty simultaneous APPROVEs, late double-clicks and a colleague who acted second: one 200, every other 409 with the current state', async () => {
    await api.setClock('2026-12-01T02:00:00.000Z');
    const a = await atCenterReview(stack, api, '并发审批');
    await api.token('center'); // one login, not twenty
    const burst = await Promise.all(Array.from({ length: 20 }, () => send('center', a.id, 'APPROVE')));
    const late = await Promise.all(Array.from({ length: 5 }, () => send('center', a.id, 'APPROVE')));
    const colleague = await send('director', a.id, 'APPROVE');
    const statuses = [...burst, ...late, colleague].map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(25).fill(409)]);
    for (const r of [...burst, ...late, colleague].filter((x) => x.status === 409)) {
      expect(r.body).toMatchObject({ status: 409, statePath: 'agreement.drafting', state: { agreement: 'drafting' } });
    }
    const history = await api.ok('GET', `/api/v1/agreements/${a.id}/history`, 'center');
    expect(history.filter((h: any) => h.event === 'APPROVE')).toHaveLength(1);
    // who: legal never registers filings; when: the college staff submits elsewhere, but the package is the leader's
    expect((await send('legal', a.id, 'REGISTER_FILING')).status).toBe(403);
    const staff = await send('c1staff', a.id, 'RECORD_DEMONSTRATION', { data: { passed: true } });
    expect([staff.status, staff.body.code]).toEqual([403, 'forbidden_role']);
  });

  it('the feasibility package goes to the center only on the college leader’s SUBMIT', async () => {
    await api.setClock('2026-12-01T02:00:00.000Z');
    const me = await api.ok('GET', '/api/v1/auth/me', 'c1staff');
    const partner = (await api.ok('GET', '/api/v1/partners?status=active', 'c1staff')).items[0];
    const major = (await api.ok('GET', `/api/v1/majors?collegeId=${me.collegeId}`, 'c1staff')).items[0];
    const a = await api.ok('POST', '/api/v1/agreements', 'c1staff', { title: '学院决策', partnerId: partner.id, cooperationType: 'internship', majorIds: [major.id] });
    for (const k of ['research_report', 'inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report']) await uploadTo(stack, api, a.id, k);
    await api.ok('POST', events(a.id), 'c1staff', { type: 'SUBMIT' });
    const byStaff = await send('c1staff', a.id, 'SUBMIT');
    expect([byStaff.status, byStaff.body.code, byStaff.body.statePath]).toEqual([409, 'event_not_allowed', 'feasibility.preparing']);
    expect((await api.ok('GET', `/api/v1/agreements/${a.id}`, 'c1staff')).allowedEvents).toEqual([]);
    const leaderView = await api.ok('GET', `/api/v1/agreements/${a.id}`, 'c1leader');
    expect(leaderView.allowedEvents.map((e: any) => [e.type, e.ready])).toEqual([['SUBMIT', true], ['WITHDRAW', true]]);
    expect((await send('c1leader', a.id, 'SUBMIT')).body.statePath).toBe('feasibility.centerReview');
  });

  it('a school leader or the center director flags a project for expert demonstration; the college cannot', async () => {
    await api.setClock('2026-12-01T02:00:00.000Z');
    const me = await api.ok('GET', '/api/v1/auth/me', 'c1staff');
    const partner = (await api.ok('GET', '/api/v1/partners?status=active', 'c1staff')).items[0];
    const major = (await api.ok('GET', `/api/v1/majors?collegeId=${me.collegeId}`, 'c1staff')).items[0];
    const a = await api.ok('POST', '/api/v1/agreements', 'c1staff', { title: '论证标记', partnerId: partner.id, cooperationType: 'rnd', majorIds: [major.id] });
    expect(a.requiresDemonstration).toBe(false);
    expect((await send('c1leader', a.id, 'REQUIRE_DEMONSTRATION')).status).toBe(403);
    const flagged = await send('leader', a.id, 'REQUIRE_DEMONSTRATION', { comment: '涉及共建实训室，需专家论证' });
    expect([flagged.status, flagged.body.requiresDemonstration, flagged.body.statePath]).toEqual([200, true, 'research']);
    expect((await send('director', a.id, 'REQUIRE_DEMONSTRATION')).status).toBe(409);
    for (const k of ['research_report', 'inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report']) await uploadTo(stack, api, a.id, k);
    await api.ok('POST', events(a.id), 'c1staff', { type: 'SUBMIT' });
    expect((await send('c1leader', a.id, 'SUBMIT')).body.statePath).toBe('feasibility.demonstration');
  });

  it('a signing date is a Shanghai date: today at 00:30 is accepted, tomorrow and days before creation are not', async () => {
    await api.setClock('2026-12-01T02:00:00.000Z'); // created on 1 December
    const first = await atCenterReview(stack, api, '签订日期');
    const second = await atCenterReview(stack, api, '签订日期（无时区）');
    const toSigning = async (id: string) => {
      for (const [user, type] of [['center', 'APPROVE'], ['c1staff', 'SUBMIT'], ['center', 'APPROVE'], ['legal', 'APPROVE'], ['leader', 'APPROVE'], ['leader', 'APPROVE']]) {
        await api.ok('POST', events(id), user, { type, ...(user === 'leader' ? { data: MEETING } : {}) });
      }
    };
    await toSigning(first.id);
    await toSigning(second.id);
    await api.setClock('2026-12-02T16:30:00.000Z'); // 00:30 on 3 December in Shanghai, still the 2nd in UTC
    const sign = (id: string, signedAt: unknown) => send('c1staff', id, 'RECORD_SIGNING', { data: { signedAt } });
    const tomorrow = await sign(first.id, '2026-12-04');
    expect([tomorrow.status, tomorrow.body.errors]).toEqual([422, [expect.objectContaining({ field: 'signedAt', code: 'invalid_field', detail: 'in the future' })]]);
    const beforeCreation = await sign(first.id, '2026-11-30');
    expect(beforeCreation.body.errors).toEqual([expect.objectContaining({ field: 'signedAt', detail: 'before the agreement was created' })]);
    const notADate = await sign(first.id, 'yesterday');
    expect([notADate.status, notADate.body.errors]).toEqual([400, [expect.objectContaining({ field: 'data.signedAt', code: 'invalid_format' })]]);
    const today = await sign(first.id, '2026-12-03');
    expect([today.status, today.body.signedAt, today.body.filingDueAt]).toEqual([200, '2026-12-03', '2026-12-10T15:59:59.999Z']);
    const noZone = await sign(second.id, '2026-12-03T00:10:00'); // no zone: Shanghai time, so today
    expect([noZone.status, noZone.body.signedAt]).toEqual([200, '2026-12-03']);
  });

  it('self-check figures are typed: amounts and counts non-negative numbers, aspects text; wrong types are 400 with the field', async () => {
    await api.setClock('2026-12-01T02:00:00.000Z');
    const a = await running('自查数据类型', '2026-12-01');
    await uploadTo(stack, api, a.id, 'self_check_report');
    const semester = (await api.ok('GET', '/api/v1/calendar', 'c1staff')).semesters[0].name;
    const good = { funds: 12.5, equipment: 30, studentsTrained: 40, majorBuilding: '修订培养方案', trainingConditions: '新增工位', teacherDevelopment: '培训 5 人次', technicalServices: '2 项' };
    const submit = (figures: object, extra: object = {}) => send('c1staff', a.id, 'SUBMIT_SELF_CHECK', { data: { semester, figures, ...extra } });
    const bad = await submit({ ...good, funds: '1000', studentsTrained: -3, majorBuilding: 5, equipment: 2.5 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => [e.field, e.code])).toEqual([
      ['data.figures.funds', 'wrong_type'],
      ['data.figures.studentsTrained', 'out_of_range'],
      ['data.figures.majorBuilding', 'wrong_type'],
    ]);
    const fraction = await submit({ ...good, studentsTrained: 40.5 });
    expect(fraction.body.errors.map((e: any) => [e.field, e.code])).toEqual([['data.figures.studentsTrained', 'wrong_type']]);
    const unknown = await submit({ ...good, bribes: 1 }, { mood: 'good' });
    expect(unknown.body.errors.map((e: any) => [e.field, e.code])).toEqual([['data.figures.bribes', 'unknown_field'], ['data.mood', 'unknown_field']]);
    const missing = await submit({ funds: 1 });
    expect(missing.status).toBe(422);
    const ok = await submit(good);
    expect([ok.status, ok.body.statePath]).toEqual([200, 'review']);
  });

  it('a supervision notice is the college leader’s; the center and school leaders hear of it; unrectified by its deadline, the center starts the termination for non-performance', async () => {
    await api.setClock('2026-12-01T02:00:00.000Z');
    const a = await running('督查不履约', '2026-12-01');
    await uploadTo(stack, api, a.id, 'supervision_notice', 'c1leader');
    const deadline = { data: { deadline: '2026-12-20T17:00:00' } }; // no zone: 17:00 in Shanghai
    expect((await send('center', a.id, 'ISSUE_SUPERVISION_NOTICE', deadline)).status).toBe(403);
    expect((await send('c1staff', a.id, 'ISSUE_SUPERVISION_NOTICE', deadline)).status).toBe(403);
    const issued = await send('c1leader', a.id, 'ISSUE_SUPERVISION_NOTICE', deadline);
    expect([issued.status, issued.body.supervisionDeadline]).toEqual([200, '2026-12-20T09:00:00.000Z']);
    for (const user of ['center', 'director', 'leader']) {
      await eventually(`${user} is told of the notice`, async () =>
        (await api.ok('GET', '/api/v1/notifications?pageSize=100', user)).items.some((n: any) => n.reminderKey.startsWith('supervision-issued:') && n.link === `/agreements/${a.id}`));
    }
    // the center cannot end it before the deadline: that is "not yet", not "not yours"
    const early = await send('center', a.id, 'REQUEST_TERMINATION', { comment: '拒不整改' });
    expect([early.status, early.body.code]).toEqual([409, 'event_not_allowed']);
    await api.setClock('2026-12-15T02:00:00.000Z');
    await uploadTo(stack, api, a.id, 'termination_application', 'c1leader'); // prepared before the deadline
    const before = await api.ok('GET', `/api/v1/agreements/${a.id}`, 'c1leader');

    await api.setClock('2026-12-20T09:00:30.000Z'); // 30 s past the deadline
    await api.runReminders();
    await api.runReminders();
    const history = await api.ok('GET', `/api/v1/agreements/${a.id}/history`, 'center');
    expect(history.filter((h: any) => h.event === 'DEADLINE_PASSED').map((h: any) => [h.from, h.to, h.data])).toEqual([['supervision', 'supervision', { kind: 'supervision' }]]);
    const after = await api.ok('GET', `/api/v1/agreements/${a.id}`, 'c1leader');
    // the deadline marks it overdue but is no new step: the application uploaded before it is still fresh
    expect([after.overdue, after.enteredStateAt]).toEqual([true, before.enteredStateAt]);
    expect(after.allowedEvents.find((e: any) => e.type === 'REQUEST_TERMINATION')).toMatchObject({ ready: true, missing: [] });
    await eventually('the center gets the termination to decide', async () =>
      (await api.ok('GET', '/api/v1/notifications?pageSize=100', 'center')).items.some((n: any) => n.reminderKey.startsWith('supervision-overdue:') && n.link === `/agreements/${a.id}`));
    const centerView = await api.ok('GET', `/api/v1/agreements/${a.id}`, 'center');
    expect(centerView.allowedEvents.map((e: any) => e.type)).toEqual(['CONFIRM_RECTIFIED', 'REQUEST_TERMINATION']);

    const started = await send('center', a.id, 'REQUEST_TERMINATION', { comment: '督查期满仍未履约' });
    expect([started.status, started.body.statePath]).toEqual([200, 'terminating.awaitingApproval']);
    await api.ok('POST', events(a.id), 'leader', { type: 'APPROVE' });
    await uploadTo(stack, api, a.id, 'settlement_record', 'finance');
    await api.ok('POST', events(a.id), 'center', { type: 'COMPLETE_TERMINATION' });
    for (const k of ['archive_catalog', 'archive_photo']) await uploadTo(stack, api, a.id, k, 'center');
    const done = await api.ok('POST', events(a.id), 'center', { type: 'ARCHIVE' });
    expect([done.statePath, done.terminationReason]).toEqual(['terminated', 'non_performance']);
  });

  it('twenty parallel uploads of one kind get versions 1 to 20, all 201', async () => {
    await api.setClock('2026-12-01T02:00:00.000Z');
    const a = await atCenterReview(stack, api, '并发上传');
    const token = await api.token('c1staff');
    const kinds = ['research_report', 'feasibility_report'];
    const results = await Promise.all(kinds.flatMap((kind) => Array.from({ length: 20 }, async (_, i) => {
      const form = new FormData();
      form.set('kind', kind);
      form.set('file', new Blob([pdfBytes(`${kind} ${i}`)], { type: 'application/pdf' }), `${kind}-${i}.pdf`);
      const res = await fetch(`${stack.url}/api/v1/agreements/${a.id}/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      return { kind, status: res.status, body: (await res.json()) as { version: number } };
    })));
    expect(results.map((r) => r.status)).toEqual(Array(40).fill(201));
    for (const kind of kinds) {
      // research_report and feasibility_report had version 1 from the walk to center review
      expect(results.filter((r) => r.kind === kind).map((r) => r.body.version).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    }
  });
});
