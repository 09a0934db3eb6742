import { api, login, sql } from './support/api';
import { agreementAt, FIGURES, MAIN_LINE, step, upload, uploadAll } from './support/agreements';

type Row = [string, string, string, string];
const history = async (id: string): Promise<Row[]> =>
  (await api('GET', `/api/v1/agreements/${id}/history`, { token: await login('c1staff') })).body.map((h: any) => [h.actor.username, h.event, h.from, h.to]);

const MAIN_ROWS: Row[] = [
  ['c1staff', 'SUBMIT', 'research', 'feasibility.preparing'],
  ['c1leader', 'SUBMIT', 'feasibility.preparing', 'feasibility.centerReview'],
  ['center', 'APPROVE', 'feasibility.centerReview', 'agreement.drafting'],
  ['c1staff', 'SUBMIT', 'agreement.drafting', 'agreement.centerReview'],
  ['center', 'APPROVE', 'agreement.centerReview', 'agreement.legalReview'],
  ['legal', 'APPROVE', 'agreement.legalReview', 'agreement.presidentMeeting'],
  ['leader', 'APPROVE', 'agreement.presidentMeeting', 'agreement.partyCommittee'],
  ['leader', 'APPROVE', 'agreement.partyCommittee', 'signing'],
  ['c1staff', 'RECORD_SIGNING', 'signing', 'filing.awaitingSubmission'],
  ['c1staff', 'SUBMIT', 'filing.awaitingSubmission', 'filing.awaitingRegistration'],
  ['center', 'REGISTER_FILING', 'filing.awaitingRegistration', 'selfCheck'],
];

/** One agreement walked from 调研 to 终止 for each ending, the history checked row by row. */
describe('lifecycle endings', () => {
  it('expired: runs, passes a self-check review, exits at expiry and is archived', async () => {
    const a = await agreementAt(MAIN_LINE.length);
    expect(a).toMatchObject({ stage: 'selfCheck', filingLate: false });
    expect(a.filingNumber).toMatch(/^BA-\d{4}-\d{5}$/);
    // due at the end of the 7th calendar day after the signing date, Shanghai
    expect(a.signedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(a.filingDueAt).toBe(new Date(Date.parse(`${a.signedAt}T23:59:59.999+08:00`) + 7 * 86400000).toISOString());
    await uploadAll('c1staff', a.id, 'self_check_report');
    const semester = (await api('GET', '/api/v1/calendar', { token: await login('c1staff') })).body.semesters[0].name;
    const unknown = await api('POST', `/api/v1/agreements/${a.id}/events`, { token: await login('c1staff'), body: { type: 'SUBMIT_SELF_CHECK', data: { semester: '1999-2000-1', figures: FIGURES } } });
    expect(unknown.body.errors).toEqual([expect.objectContaining({ code: 'invalid_field', field: 'semester' })]);
    await step('c1staff', a.id, 'SUBMIT_SELF_CHECK', { data: { semester, figures: FIGURES } });
    await step('center', a.id, 'REVIEW_PASS', { data: { conclusion: '合格' } });
    await step('c1leader', a.id, 'EXIT', { comment: '期满不续' });
    await uploadAll('center', a.id, 'archive_catalog', 'archive_photo');
    const done = await step('center', a.id, 'ARCHIVE');
    expect(done).toMatchObject({ stage: 'terminated', statePath: 'terminated', terminationReason: 'expired', allowedEvents: [] });
    expect(await history(a.id)).toEqual([
      ...MAIN_ROWS,
      ['c1staff', 'SUBMIT_SELF_CHECK', 'selfCheck', 'review'],
      ['center', 'REVIEW_PASS', 'review', 'selfCheck'],
      ['c1leader', 'EXIT', 'selfCheck', 'archiving'],
      ['center', 'ARCHIVE', 'archiving', 'terminated'],
    ]);
    const [check] = await sql('SELECT semester, status, conclusion FROM self_checks WHERE agreement_id = $1', [a.id]);
    expect(check).toEqual({ semester, status: 'passed', conclusion: '合格' });
  });

  it('renewed: RENEW archives the agreement and opens a linked successor at drafting with the content copied', async () => {
    const a = await agreementAt(MAIN_LINE.length);
    const renewed = await step('c1leader', a.id, 'RENEW', { comment: '续签三年' });
    expect(renewed).toMatchObject({ stage: 'archiving', terminationReason: 'renewed' });
    expect(renewed.successorId).toMatch(/^[0-9a-f-]{36}$/);
    const successor = (await api('GET', `/api/v1/agreements/${renewed.successorId}`, { token: await login('c1staff') })).body;
    expect(successor).toMatchObject({ statePath: 'agreement.drafting', predecessorId: a.id, partnerId: a.partnerId, majorIds: a.majorIds, startDate: null });
    expect(successor.content).toEqual(renewed.content);
    await uploadAll('center', a.id, 'archive_catalog', 'archive_photo');
    await step('center', a.id, 'ARCHIVE');
    expect(await history(a.id)).toEqual([...MAIN_ROWS, ['c1leader', 'RENEW', 'selfCheck', 'archiving'], ['center', 'ARCHIVE', 'archiving', 'terminated']]);
    expect(await history(renewed.successorId)).toEqual([]);
  });

  it('early_termination: requested by the college, approved by the school, settled with finance, archived', async () => {
    const a = await agreementAt(MAIN_LINE.length);
    await uploadAll('c1leader', a.id, 'termination_application');
    await step('c1leader', a.id, 'REQUEST_TERMINATION', { data: { reason: 'early' } });
    await step('director', a.id, 'APPROVE');
    await uploadAll('finance', a.id, 'settlement_record');
    await step('center', a.id, 'COMPLETE_TERMINATION');
    await uploadAll('center', a.id, 'archive_catalog', 'archive_photo');
    const done = await step('center', a.id, 'ARCHIVE');
    expect(done.terminationReason).toBe('early_termination');
    expect(await history(a.id)).toEqual([
      ...MAIN_ROWS,
      ['c1leader', 'REQUEST_TERMINATION', 'selfCheck', 'terminating.awaitingApproval'],
      ['director', 'APPROVE', 'terminating.awaitingApproval', 'terminating.settlement'],
      ['center', 'COMPLETE_TERMINATION', 'terminating.settlement', 'archiving'],
      ['center', 'ARCHIVE', 'archiving', 'terminated'],
    ]);
  });

  it('non_performance: the college leader issues a supervision notice, it is not rectified, the college asks to terminate', async () => {
    const a = await agreementAt(MAIN_LINE.length);
    await uploadAll('c1leader', a.id, 'supervision_notice');
    const byCenter = await api('POST', `/api/v1/agreements/${a.id}/events`, { token: await login('center'), body: { type: 'ISSUE_SUPERVISION_NOTICE', data: { deadline: '2099-01-01' } } });
    expect(byCenter.status).toBe(403); // the notice is the college's (seeds/001 第十一条): the center never issues one
    const supervised = await step('c1leader', a.id, 'ISSUE_SUPERVISION_NOTICE', { data: { deadline: new Date(Date.now() + 10 * 86400000).toISOString() } });
    expect(supervised.supervisionDeadline).not.toBeNull();
    await uploadAll('c1leader', a.id, 'termination_application');
    await step('c1leader', a.id, 'REQUEST_TERMINATION', { data: { reason: 'non_performance' } });
    await step('leader', a.id, 'APPROVE');
    await uploadAll('finance', a.id, 'settlement_record');
    await step('center', a.id, 'COMPLETE_TERMINATION');
    await uploadAll('center', a.id, 'archive_catalog', 'archive_photo');
    expect((await step('center', a.id, 'ARCHIVE')).terminationReason).toBe('non_performance');
    expect(await history(a.id)).toEqual([
      ...MAIN_ROWS,
      ['c1leader', 'ISSUE_SUPERVISION_NOTICE', 'selfCheck', 'supervision'],
      ['c1leader', 'REQUEST_TERMINATION', 'supervision', 'terminating.awaitingApproval'],
      ['leader', 'APPROVE', 'terminating.awaitingApproval', 'terminating.settlement'],
      ['center', 'COMPLETE_TERMINATION', 'terminating.settlement', 'archiving'],
      ['center', 'ARCHIVE', 'archiving', 'terminated'],
    ]);
  });

  it('a termination completes only with finance’s settlement record, made for this settlement', async () => {
    const a = await agreementAt(MAIN_LINE.length);
    await uploadAll('c1leader', a.id, 'termination_application');
    await step('c1leader', a.id, 'REQUEST_TERMINATION', { data: { reason: 'early' } });
    await step('director', a.id, 'APPROVE');
    const without = await api('POST', `/api/v1/agreements/${a.id}/events`, { token: await login('center'), body: { type: 'COMPLETE_TERMINATION' } });
    expect(without.status).toBe(422);
    expect(without.body.errors).toEqual([expect.objectContaining({ code: 'missing_document', kind: 'settlement_record' })]);
    const byCenter = await upload(await login('center'), a.id, 'settlement_record');
    expect([byCenter.status, byCenter.body.code]).toEqual([403, 'forbidden_role']);
    const byCollege = await upload(await login('c1leader'), a.id, 'settlement_record');
    expect([byCollege.status, byCollege.body.code]).toEqual([403, 'forbidden_role']);
    expect((await upload(await login('finance'), a.id, 'settlement_record')).status).toBe(201);
    expect((await step('center', a.id, 'COMPLETE_TERMINATION')).statePath).toBe('archiving');
  });

  it('archives only with the catalog, at least one photo and every document the path required; 422 lists what is missing', async () => {
    const a = await agreementAt(MAIN_LINE.length);
    await step('c1leader', a.id, 'RENEW');
    const none = await api('POST', `/api/v1/agreements/${a.id}/events`, { token: await login('center'), body: { type: 'ARCHIVE' } });
    expect(none.status).toBe(422);
    expect(none.body.errors.map((e: any) => [e.code, e.kind])).toEqual([['missing_document', 'archive_catalog'], ['missing_document', 'archive_photo']]);
    await uploadAll('center', a.id, 'archive_catalog');
    const noPhoto = await api('POST', `/api/v1/agreements/${a.id}/events`, { token: await login('center'), body: { type: 'ARCHIVE' } });
    expect(noPhoto.body.errors.map((e: any) => [e.code, e.kind])).toEqual([['missing_document', 'archive_photo']]);
    // the path's documents are all there (uploads are never deleted); the catalog lists them for the center
    const detail = (await api('GET', `/api/v1/agreements/${a.id}`, { token: await login('center') })).body;
    expect(detail.allowedEvents.find((e: any) => e.type === 'ARCHIVE')).toMatchObject({ ready: false, missing: [{ code: 'missing_document', kind: 'archive_photo' }] });
    await uploadAll('c1staff', a.id, 'archive_photo');
    expect((await step('center', a.id, 'ARCHIVE')).stage).toBe('terminated');
  });

  it('withdrawn: the college leader withdraws during the center’s feasibility review', async () => {
    const a = await agreementAt(2);
    const done = await step('c1leader', a.id, 'WITHDRAW', { comment: '企业经营调整' });
    expect(done).toMatchObject({ stage: 'terminated', terminationReason: 'withdrawn' });
    expect(await history(a.id)).toEqual([...MAIN_ROWS.slice(0, 2), ['c1leader', 'WITHDRAW', 'feasibility.centerReview', 'terminated']]);
  });

  it('declined: the center director declines at legal review, with the reason in the history', async () => {
    const a = await agreementAt(5);
    const done = await step('director', a.id, 'DECLINE', { comment: '法律风险过高' });
    expect(done.terminationReason).toBe('declined');
    const rows = (await api('GET', `/api/v1/agreements/${a.id}/history`, { token: await login('center') })).body;
    expect(rows.map((h: any) => [h.actor.username, h.event, h.from, h.to])).toEqual([...MAIN_ROWS.slice(0, 5), ['director', 'DECLINE', 'agreement.legalReview', 'terminated']]);
    expect(rows.at(-1)).toMatchObject({ comment: '法律风险过高', actor: { roles: ['center_director'] } });
    expect(rows[1].documents.map((d: any) => d.kind).sort()).toEqual(['cooperation_plan', 'feasibility_report', 'inspection_report', 'meeting_minutes']);
  });

  it('a terminated agreement is read-only: edits, uploads and events get 409', async () => {
    const a = await agreementAt(1);
    await step('c1leader', a.id, 'WITHDRAW');
    const token = await login('c1staff');
    expect((await api('PATCH', `/api/v1/agreements/${a.id}`, { token, body: { title: 'x' } })).body.code).toBe('read_only');
    expect((await upload(token, a.id, 'other')).body.code).toBe('read_only');
    expect((await api('POST', `/api/v1/agreements/${a.id}/events`, { token, body: { type: 'SUBMIT' } })).body).toMatchObject({ status: 409, code: 'event_not_allowed', statePath: 'terminated' });
  });

  it('keeps the history append-only in the database itself', async () => {
    const a = await agreementAt(1);
    await expect(sql('UPDATE workflow_transitions SET comment = $2 WHERE subject_id = $1', [a.id, 'forged'])).rejects.toThrow(/append-only/);
    await expect(sql('DELETE FROM workflow_transitions WHERE subject_id = $1', [a.id])).rejects.toThrow(/append-only/);
    expect(await history(a.id)).toEqual(MAIN_ROWS.slice(0, 1));
  });
});
