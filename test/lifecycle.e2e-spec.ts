import { api, login, sql } from './support/api';
import { agreementAt, FIGURES, MAIN_LINE, step, upload, uploadAll } from './support/agreements';

type Row = [string, string, string, string];
const history = async (id: string): Promise<Row[]> =>
  (await api('GET', `/api/v1/agreements/${id}/history`, { token: await login('c1staff') })).body.map((h: any) => [h.actor.username, h.event, h.from, h.to]);

const MAIN_ROWS: Row[] = [
  ['c1staff', 'SUBMIT', 'research', 'feasibility.preparing'],
  ['c1staff', 'SUBMIT', 'feasibility.preparing', 'feasibility.centerReview'],
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
    expect(Date.parse(a.filingDueAt) - Date.parse(a.signedAt)).toBe(7 * 86400000);
    await uploadAll('c1staff', a.id, 'self_check_report');
    const semester = (await api('GET', '/api/v1/calendar', { token: await login('c1staff') })).body.semesters[0].name;
    const unknown = await api('POST', `/api/v1/agreements/${a.id}/events`, { token: await login('c1staff'), body: { type: 'SUBMIT_SELF_CHECK', data: { semester: '1999-2000-1', figures: FIGURES } } });
    expect(unknown.body.errors).toEqual([expect.objectContaining({ code: 'invalid_field', field: 'semester' })]);
    await step('c1staff', a.id, 'SUBMIT_SELF_CHECK', { data: { semester, figures: FIGURES } });
    await step('center', a.id, 'REVIEW_PASS', { data: { conclusion: '合格' } });
    await step('c1leader', a.id, 'EXIT', { comment: '期满不续' });
    await uploadAll('center', a.id, 'archive_photo');
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
    await uploadAll('center', a.id, 'archive_catalog');
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
    await uploadAll('center', a.id, 'archive_catalog');
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

  it('non_performance: a supervision notice is not rectified, termination follows', async () => {
    const a = await agreementAt(MAIN_LINE.length);
    await uploadAll('center', a.id, 'supervision_notice');
    const supervised = await step('center', a.id, 'ISSUE_SUPERVISION_NOTICE', { data: { deadline: new Date(Date.now() + 10 * 86400000).toISOString() } });
    expect(supervised.supervisionDeadline).not.toBeNull();
    await uploadAll('c1leader', a.id, 'termination_application');
    await step('c1leader', a.id, 'REQUEST_TERMINATION', { data: { reason: 'non_performance' } });
    await step('leader', a.id, 'APPROVE');
    await uploadAll('center', a.id, 'settlement_record');
    await step('center', a.id, 'COMPLETE_TERMINATION');
    await uploadAll('center', a.id, 'archive_photo');
    expect((await step('center', a.id, 'ARCHIVE')).terminationReason).toBe('non_performance');
    expect(await history(a.id)).toEqual([
      ...MAIN_ROWS,
      ['center', 'ISSUE_SUPERVISION_NOTICE', 'selfCheck', 'supervision'],
      ['c1leader', 'REQUEST_TERMINATION', 'supervision', 'terminating.awaitingApproval'],
      ['leader', 'APPROVE', 'terminating.awaitingApproval', 'terminating.settlement'],
      ['center', 'COMPLETE_TERMINATION', 'terminating.settlement', 'archiving'],
      ['center', 'ARCHIVE', 'archiving', 'terminated'],
    ]);
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
    await expect(sql('UPDATE agreement_transitions SET comment = $2 WHERE agreement_id = $1', [a.id, 'forged'])).rejects.toThrow(/append-only/);
    await expect(sql('DELETE FROM agreement_transitions WHERE agreement_id = $1', [a.id])).rejects.toThrow(/append-only/);
    expect(await history(a.id)).toEqual(MAIN_ROWS.slice(0, 1));
  });
});
