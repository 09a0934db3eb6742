import { api, login, sql } from './support/api';
import { agreementAt, CONTENT, createAgreement, daysFromNow, demoPartnerAndMajor, pdfBytes, send, upload, uploadAll } from './support/agreements';

describe('agreements API', () => {
  it('creates at research, forcing demonstration for co-built majors, colleges and training bases', async () => {
    const plain = await createAgreement('c1staff', { cooperationType: 'internship' });
    expect(plain).toMatchObject({ stage: 'research', statePath: 'research', state: 'research', version: 1, requiresDemonstration: false });
    for (const cooperationType of ['major_building', 'industry_college', 'training_base']) {
      expect((await createAgreement('c1staff', { cooperationType, requiresDemonstration: false })).requiresDemonstration).toBe(true);
    }
    expect((await createAgreement('c1staff', { cooperationType: 'rnd', requiresDemonstration: true })).requiresDemonstration).toBe(true);
  });

  it('refuses majors of another college, unknown partners and a second college for a college user', async () => {
    const token = await login('c1staff');
    const { partnerId, majorId } = await demoPartnerAndMajor('c1staff');
    const { majorId: otherMajor, collegeId: otherCollege } = await demoPartnerAndMajor('c2staff');
    const wrongMajor = await api('POST', '/api/v1/agreements', { token, body: { title: 't', partnerId, cooperationType: 'other', majorIds: [otherMajor] } });
    expect(wrongMajor.status).toBe(422);
    expect(wrongMajor.body.errors).toEqual([expect.objectContaining({ field: 'majorIds', code: 'other_college' })]);
    const noPartner = await api('POST', '/api/v1/agreements', { token, body: { title: 't', partnerId: '00000000-0000-4000-8000-000000000000', cooperationType: 'other', majorIds: [majorId] } });
    expect(noPartner.body.errors).toEqual([expect.objectContaining({ field: 'partnerId', code: 'not_found' })]);
    const otherCollegeAgreement = await api('POST', '/api/v1/agreements', { token, body: { title: 't', partnerId, cooperationType: 'other', majorIds: [majorId], collegeId: otherCollege } });
    expect(otherCollegeAgreement.body.code).toBe('forbidden_college');
    const badType = await api('POST', '/api/v1/agreements', { token, body: { title: 't', partnerId, cooperationType: 'joint_venture', majorIds: [majorId] } });
    expect(badType.status).toBe(400);
    // every project serves at least one major of the college
    const noMajor = await api('POST', '/api/v1/agreements', { token, body: { title: 't', partnerId, cooperationType: 'other', majorIds: [] } });
    expect([noMajor.status, noMajor.body.errors]).toEqual([400, [expect.objectContaining({ field: 'majorIds', code: 'too_short' })]]);
    const created = await createAgreement('c1staff');
    const emptied = await api('PATCH', `/api/v1/agreements/${created.id}`, { token, body: { majorIds: [] } });
    expect([emptied.status, emptied.body.errors]).toEqual([400, [expect.objectContaining({ field: 'majorIds', code: 'too_short' })]]);
  });

  it('answers 422 listing each missing document, then each missing content', async () => {
    const a = await agreementAt(3);
    const docs = await send('c1staff', a.id, 'SUBMIT');
    expect(docs.status).toBe(422);
    expect(docs.body).toMatchObject({ code: 'requirements_not_met', statePath: 'agreement.drafting' });
    expect(docs.body.errors).toEqual([expect.objectContaining({ code: 'missing_document', kind: 'agreement_draft' })]);
    const token = await login('c1staff');
    await api('PATCH', `/api/v1/agreements/${a.id}`, { token, body: { content: { purpose: '', incomeDistribution: null }, startDate: daysFromNow(10), endDate: daysFromNow(5) } });
    await uploadAll('c1staff', a.id, 'agreement_draft');
    const content = await send('c1staff', a.id, 'SUBMIT', {}, { 'accept-language': 'en' });
    expect(content.status).toBe(422);
    expect(content.body.title).toBe('Requirements not met: documents or fields are missing');
    expect(content.body.errors).toEqual([
      expect.objectContaining({ code: 'missing_content', field: 'purpose' }),
      expect.objectContaining({ code: 'missing_content', field: 'incomeDistribution' }),
      expect.objectContaining({ code: 'invalid_field', field: 'endDate' }),
    ]);
    const fresh = await createAgreement();
    const all = await send('c1staff', fresh.id, 'SUBMIT');
    expect(all.body.errors).toEqual([expect.objectContaining({ code: 'missing_document', kind: 'research_report' })]);
    const reject = await send('center', (await agreementAt(2)).id, 'REJECT');
    expect(reject.body.errors).toEqual([expect.objectContaining({ code: 'missing_field', field: 'comment' })]);
  });

  it('shows each caller what they could send now and what is still missing', async () => {
    const a = await createAgreement();
    const mine = (await api('GET', `/api/v1/agreements/${a.id}`, { token: await login('c1staff') })).body;
    expect(mine.allowedEvents).toEqual([expect.objectContaining({ type: 'SUBMIT', ready: false, missing: [{ code: 'missing_document', kind: 'research_report' }] })]);
    const leader = (await api('GET', `/api/v1/agreements/${a.id}`, { token: await login('c1leader') })).body;
    expect(leader.allowedEvents.map((e: any) => e.type)).toEqual(['SUBMIT', 'WITHDRAW']);
    expect((await api('GET', `/api/v1/agreements/${a.id}`, { token: await login('center') })).body.allowedEvents).toEqual([]);
    await uploadAll('c1staff', a.id, 'research_report');
    const ready = (await api('GET', `/api/v1/agreements/${a.id}`, { token: await login('c1staff') })).body;
    expect(ready.allowedEvents).toEqual([expect.objectContaining({ type: 'SUBMIT', ready: true, missing: [] })]);
    const review = await agreementAt(2);
    const center = (await api('GET', `/api/v1/agreements/${review.id}`, { token: await login('center') })).body;
    expect(center.allowedEvents.map((e: any) => [e.type, e.comment])).toEqual([['APPROVE', 'optional'], ['REJECT', 'required'], ['RETURN', 'required']]);
    expect(center.allowedEvents.find((e: any) => e.type === 'RETURN').targets).toEqual(['feasibility.preparing']);
  });

  it('403 answers who (a role that never takes the event), 409 answers when (a step of the role, but not now)', async () => {
    const a = await agreementAt(2);
    const wrongRole = await send('legal', a.id, 'REGISTER_FILING');
    expect(wrongRole.status).toBe(403);
    expect(wrongRole.body.code).toBe('forbidden_role');
    const notYet = await send('legal', a.id, 'APPROVE'); // legal approves at legal review, not at the center's feasibility review
    expect([notYet.status, notYet.body.code, notYet.body.statePath]).toEqual([409, 'event_not_allowed', 'feasibility.centerReview']);
    const wrongState = await send('center', a.id, 'REGISTER_FILING');
    expect(wrongState.status).toBe(409);
    expect(wrongState.body).toMatchObject({ code: 'event_not_allowed', statePath: 'feasibility.centerReview', state: { feasibility: 'centerReview' }, version: a.version });
    const unknown = await send('center', a.id, 'TELEPORT');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'type', code: 'not_allowed_value' })]);
  });

  it('keeps a college out of another college’s agreements: read, edit, upload, events, history, list filter', async () => {
    const a = await agreementAt(1);
    const other = await login('c2staff');
    const otherLeader = await login('c2leader');
    for (const res of [
      await api('GET', `/api/v1/agreements/${a.id}`, { token: other }),
      await api('GET', `/api/v1/agreements/${a.id}/history`, { token: other }),
      await api('GET', `/api/v1/agreements/${a.id}/documents`, { token: other }),
      await api('PATCH', `/api/v1/agreements/${a.id}`, { token: other, body: { title: '越权' } }),
      await api('POST', `/api/v1/agreements/${a.id}/events`, { token: otherLeader, body: { type: 'WITHDRAW' } }),
      await upload(other, a.id, 'other'),
      await api('GET', `/api/v1/agreements?collegeId=${a.collegeId}`, { token: other }),
    ]) {
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'forbidden_college' });
    }
    const docs = (await api('GET', `/api/v1/agreements/${a.id}/documents`, { token: await login('c1staff') })).body;
    expect((await api('GET', `/api/v1/documents/${docs[0].id}/content`, { token: other })).status).toBe(403);
    const listed = (await api('GET', '/api/v1/agreements?pageSize=100', { token: other })).body.items;
    expect(listed.every((x: any) => x.collegeId !== a.collegeId)).toBe(true);
    expect((await api('GET', `/api/v1/agreements/${a.id}`, { token: await login('c1staff') })).body.title).toBe(a.title);
  });

  it('lets a department read only filed agreements', async () => {
    const early = await agreementAt(2);
    const filed = await agreementAt(11);
    const finance = await login('finance');
    expect((await api('GET', `/api/v1/agreements/${early.id}`, { token: finance })).status).toBe(403);
    expect((await api('GET', `/api/v1/agreements/${filed.id}`, { token: finance })).status).toBe(200);
    const listed = (await api('GET', '/api/v1/agreements?pageSize=100', { token: finance })).body.items;
    expect(listed.every((x: any) => x.filingNumber)).toBe(true);
  });

  it('edits only in the college’s editable steps, honouring If-Match', async () => {
    const a = await createAgreement();
    const token = await login('c1staff');
    const ok = await api('PATCH', `/api/v1/agreements/${a.id}`, { token, body: { content: CONTENT, startDate: '2026-09-01', endDate: '2029-08-31' }, headers: { 'if-match': '"1"' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    expect(ok.body).toMatchObject({ version: 2, startDate: '2026-09-01', endDate: '2029-08-31', content: CONTENT });
    const stale = await api('PATCH', `/api/v1/agreements/${a.id}`, { token, body: { title: 'x' }, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', version: 2 });
    const badDate = await api('PATCH', `/api/v1/agreements/${a.id}`, { token, body: { startDate: '2026-02-30' } });
    expect(badDate.status).toBe(400);
    const unknownContent = await api('PATCH', `/api/v1/agreements/${a.id}`, { token, body: { content: { secretClause: 'x' } } });
    expect(unknownContent.body.errors).toEqual([expect.objectContaining({ field: 'content.secretClause', code: 'unknown_field' })]);
    const center = await api('PATCH', `/api/v1/agreements/${a.id}`, { token: await login('center'), body: { title: 'x' } });
    expect(center.status).toBe(403);
    const review = await agreementAt(2);
    const locked = await api('PATCH', `/api/v1/agreements/${review.id}`, { token, body: { title: '改' } });
    expect(locked.body).toMatchObject({ status: 409, code: 'not_editable', statePath: 'feasibility.centerReview' });
  });

  it('20 concurrent identical APPROVE requests: exactly one 200, the rest 409, one history row', async () => {
    const a = await agreementAt(2);
    const token = await login('center');
    const results = await Promise.all(
      Array.from({ length: 20 }, () => api('POST', `/api/v1/agreements/${a.id}/events`, { token, body: { type: 'APPROVE' } })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(19);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.statePath).toBeDefined();
    const rows = await sql(`SELECT count(*)::int AS n FROM workflow_transitions WHERE workflow = 'agreement' AND subject_id = $1 AND event = 'APPROVE'`, [a.id]);
    expect(rows[0].n).toBe(1);
    const [{ version }] = await sql('SELECT version FROM agreements WHERE id = $1', [a.id]);
    expect(version).toBe(a.version + 1);
  });

  it('concurrent APPROVEs carrying If-Match also resolve to one winner', async () => {
    const a = await agreementAt(4);
    const token = await login('center');
    const results = await Promise.all(
      Array.from({ length: 10 }, () => api('POST', `/api/v1/agreements/${a.id}/events`, { token, body: { type: 'APPROVE' }, headers: { 'if-match': `"${a.version}"` } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'version_conflict')).toBe(true);
  });

  it('an Idempotency-Key retry returns the first response with no second effect', async () => {
    const a = await agreementAt(2);
    const key = `approve-${a.id}`;
    const first = await send('center', a.id, 'APPROVE', { comment: '同意' }, { 'idempotency-key': key });
    expect(first.status).toBe(200);
    const retry = await send('center', a.id, 'APPROVE', { comment: '同意' }, { 'idempotency-key': key });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => send('center', a.id, 'APPROVE', { comment: '同意' }, { 'idempotency-key': key })));
    expect(concurrent.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM workflow_transitions WHERE workflow = 'agreement' AND subject_id = $1 AND event = 'APPROVE'`, [a.id]);
    expect(n).toBe(1);
    const reused = await send('center', a.id, 'REJECT', { comment: '另一请求' }, { 'idempotency-key': key });
    expect(reused.body.code).toBe('idempotency_key_reused');
    const noKey = await send('center', a.id, 'APPROVE');
    expect(noKey.status).toBe(409);
  });

  it('versions documents, lists current ones, streams content, and checks who may upload what', async () => {
    const a = await createAgreement();
    const staff = await login('c1staff');
    const v1 = await upload(staff, a.id, 'research_report', { bytes: pdfBytes('one'), filename: '调研报告.pdf' });
    expect(v1.status).toBe(201);
    expect(v1.body).toMatchObject({ kind: 'research_report', version: 1, filename: '调研报告.pdf', mediaType: 'application/pdf', size: pdfBytes('one').length });
    expect(v1.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const v2 = await upload(staff, a.id, 'research_report', { bytes: pdfBytes('two'), filename: '../../etc/调研报告v2.pdf' });
    expect(v2.body).toMatchObject({ version: 2, filename: '调研报告v2.pdf' });
    await upload(staff, a.id, 'archive_photo', { bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]), filename: 'a.png' }).then((r) => expect(r.status).toBe(201));
    const current = (await api('GET', `/api/v1/agreements/${a.id}/documents`, { token: staff })).body;
    expect(current.map((d: any) => [d.kind, d.version])).toEqual([['archive_photo', 1], ['research_report', 2]]);
    const all = (await api('GET', `/api/v1/agreements/${a.id}/documents?all=true`, { token: staff })).body;
    expect(all.map((d: any) => d.version)).toEqual([1, 2, 1]);
    const content = await fetch(`${process.env.E2E_BASE_URL}/api/v1/documents/${v2.body.id}/content`, { headers: { authorization: `Bearer ${staff}` } });
    expect(content.status).toBe(200);
    expect(content.headers.get('content-type')).toBe('application/pdf');
    expect(content.headers.get('content-disposition')).toContain(encodeURIComponent('调研报告v2.pdf'));
    expect(Buffer.from(await content.arrayBuffer()).equals(pdfBytes('two'))).toBe(true);
    const legal = await login('legal');
    expect((await upload(legal, a.id, 'legal_opinion')).status).toBe(201);
    expect((await upload(legal, a.id, 'research_report')).body.code).toBe('forbidden_role');
    expect((await upload(await login('center'), a.id, 'demonstration_opinion')).status).toBe(201);
    expect((await upload(await login('assessor'), a.id, 'other')).status).toBe(403);
  });

  it('refuses uploads over the size limit (413), of a refused type (415), disguised (415) or without a file (400)', async () => {
    const a = await createAgreement();
    const token = await login('c1staff');
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(20 * 1024 * 1024 + 1)]);
    const tooBig = await upload(token, a.id, 'research_report', { bytes: big });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('payload_too_large');
    const exe = await upload(token, a.id, 'research_report', { bytes: Buffer.from('MZ\x90\x00\x03 program'), filename: 'virus.exe', type: 'application/octet-stream' });
    expect(exe.status).toBe(415);
    expect(exe.body.code).toBe('unsupported_media_type');
    const disguised = await upload(token, a.id, 'research_report', { bytes: Buffer.from('<script>alert(1)</script>'), filename: 'report.pdf' });
    expect(disguised.status).toBe(415);
    const badKind = await upload(token, a.id, 'love_letter');
    expect(badKind.status).toBe(400);
    const form = new FormData();
    form.set('kind', 'research_report');
    const noFile = await fetch(`${process.env.E2E_BASE_URL}/api/v1/agreements/${a.id}/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    expect(noFile.status).toBe(400);
    const [{ n }] = await sql('SELECT count(*)::int AS n FROM documents WHERE agreement_id = $1', [a.id]);
    expect(n).toBe(0);
  });

  it('lists with filters, search, sort and pagination', async () => {
    const a = await agreementAt(2);
    const token = await login('center');
    const byStage = (await api('GET', `/api/v1/agreements?stage=feasibility&q=${encodeURIComponent(a.title)}`, { token })).body;
    expect(byStage.items.map((x: any) => x.id)).toEqual([a.id]);
    expect((await api('GET', `/api/v1/agreements?stage=signing&q=${encodeURIComponent(a.title)}`, { token })).body.total).toBe(0);
    const byCollege = (await api('GET', `/api/v1/agreements?collegeId=${a.collegeId}&cooperationType=order_class&pageSize=5&sort=-createdAt`, { token })).body;
    expect(byCollege.items.length).toBeLessThanOrEqual(5);
    expect(byCollege.items.every((x: any) => x.collegeId === a.collegeId && x.cooperationType === 'order_class')).toBe(true);
    expect((await api('GET', '/api/v1/agreements?overdue=true', { token })).status).toBe(200);
    expect((await api('GET', '/api/v1/agreements?stage=limbo', { token })).status).toBe(400);
  });

  it('describes the workflow from the machine and draws it as Mermaid', async () => {
    const token = await login('c1staff');
    const wf = (await api('GET', '/api/v1/workflow', { token })).body;
    const state = (path: string) => wf.states.find((s: any) => s.path === path);
    expect(state('agreement.legalReview').label).toEqual({ zh: '法务审核', en: 'Legal review' });
    expect(state('feasibility.preparing').transitions).toEqual(
      expect.arrayContaining([expect.objectContaining({ event: 'SUBMIT', roles: ['college_leader'], documents: ['inspection_report', 'cooperation_plan', 'meeting_minutes', 'feasibility_report'] })]),
    );
    expect(wf.states.map((s: any) => s.path)).toEqual(expect.arrayContaining(['research', 'selfCheck', 'review', 'supervision', 'terminating', 'archiving', 'terminated']));
    // the approval steps of a mature OA are in the description too: return targets, recall, the expert panel
    expect(state('agreement.legalReview').transitions).toEqual(expect.arrayContaining([
      expect.objectContaining({ event: 'RETURN', to: 'agreement.centerReview', roles: ['legal'], comment: 'required' }),
      expect.objectContaining({ event: 'RECALL', to: 'agreement.centerReview', roles: ['center_staff'] }),
    ]));
    expect(state('feasibility.demonstration').transitions.map((t: any) => t.event)).toEqual(expect.arrayContaining(['INVITE_EXPERTS', 'RECORD_OPINION', 'RECORD_DEMONSTRATION']));
    const monthly = (await api('GET', '/api/v1/workflow/monthly-report', { token })).body;
    expect([monthly.machine, monthly.states.map((s: any) => s.path), monthly.events.map((e: any) => e.type)]).toEqual(['monthlyReport@1', ['draft', 'submitted', 'signedOff'], ['SUBMIT', 'SIGN_OFF', 'RETURN', 'RECALL']]);
    const diagram = await fetch(`${process.env.E2E_BASE_URL}/api/v1/workflow/diagram`, { headers: { authorization: `Bearer ${token}` } });
    const text = await diagram.text();
    expect(text.startsWith('stateDiagram-v2')).toBe(true);
    expect(text).toContain('agreement_partyCommittee --> signing: APPROVE');
  });

  it('counts college roles only on the own college: a college leader who is also a school leader cannot act as a college elsewhere', async () => {
    const admin = await login('admin');
    const c1 = await demoPartnerAndMajor('c1staff');
    const username = `dual${Date.now()}`;
    await api('POST', '/api/v1/users', { token: admin, body: { username, displayName: '双重角色', password: 'dual-pass-1', roles: ['college_leader', 'school_leader'], collegeId: c1.collegeId } });
    const dual = (await api('POST', '/api/v1/auth/login', { body: { username, password: 'dual-pass-1' } })).body.accessToken;
    const theirs = await createAgreement('c2staff');
    const withdraw = await api('POST', `/api/v1/agreements/${theirs.id}/events`, { token: dual, body: { type: 'WITHDRAW' } });
    expect(withdraw.status).toBe(403);
    expect((await upload(dual, theirs.id, 'research_report')).status).toBe(403);
    const ours = await createAgreement('c1staff');
    expect((await api('POST', `/api/v1/agreements/${ours.id}/events`, { token: dual, body: { type: 'WITHDRAW' } })).status).toBe(200);
  });

  it('lets the center director do what the center staff does, and keeps reviewers’ opinions to the reviewers', async () => {
    const a = await agreementAt(2);
    expect((await send('director', a.id, 'APPROVE')).status).toBe(200);
    const token = await login('c1staff');
    expect((await upload(token, a.id, 'legal_opinion')).body.code).toBe('forbidden_role');
    expect((await upload(token, a.id, 'demonstration_opinion')).status).toBe(403);
    expect((await upload(await login('director'), a.id, 'demonstration_opinion')).status).toBe(201);
  });
});
