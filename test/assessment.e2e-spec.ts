import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { api, baseUrl, demoColleges, login } from './support/api';

/**
 * 年度考核 over HTTP: seeded templates, admin drafts and publishing, a cycle with one sheet per college, filling with
 * computed proposals and bad input, the sheet workflow (SUBMIT by the leader, assessors, FINALIZE, PUBLISH), conflict
 * of interest, results with S1, S2 and Final = 0.4·S1 + 0.6·S2 and shared ranks.
 */
describe('annual assessment (年度考核)', () => {
  const base = '/api/v1/assessment';
  let colleges: { c1: string; c2: string };
  let cycle: any;
  const as = async (user: string, method: string, path: string, body?: unknown) => api(method, base + path, { token: await login(user), body });
  const sheetPath = (subject: string) => `/cycles/${cycle.id}/sheets/${subject}`;

  beforeAll(async () => {
    colleges = await demoColleges(await login('admin'));
  });

  it('seeds the four templates of the source documents as published version 1', async () => {
    const list = (await as('c1staff', 'GET', '/templates')).body;
    expect(list.map((t: any) => [t.key, t.latestPublished])).toEqual([
      ['consortium-indicators', 1], ['consortium-standard', 1], ['coop-2023', 1], ['self-check-table', 1],
    ]);
    const coop = (await as('c1staff', 'GET', '/templates/coop-2023')).body;
    expect([coop.version, coop.status, coop.weights, coop.nodes.map((n: any) => [n.code, n.points])]).toEqual([1, 'published', { self: 0.4, group: 0.6 }, [['A', 20], ['B', 10], ['C', 70]]]);
    expect(coop.nodes[2].children.map((n: any) => n.code)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']);
    expect((await as('c1staff', 'GET', '/templates/nope')).status).toBe(404);
  });

  it('lets admins draft the next version (validated as a whole) and publish it; a published version never changes', async () => {
    const v1 = (await as('admin', 'GET', '/templates/self-check-table')).body;
    const { version: _v, status: _s, ...definition } = v1;
    const bad = await as('admin', 'PUT', '/templates/self-check-table/draft', { ...definition, weights: { self: 0.5, group: 0.6 }, nodes: [...definition.nodes, { code: definition.nodes[0].code, title: '重复', level: 1 }] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.code)).toEqual(expect.arrayContaining(['duplicate_code']));
    expect(bad.body.errors.length).toBeGreaterThanOrEqual(2); // every error, not the first
    expect((await as('center', 'PUT', '/templates/self-check-table/draft', definition)).status).toBe(403);
    const draft = await as('admin', 'PUT', '/templates/self-check-table/draft', { ...definition, name: `${definition.name}（修订）` });
    expect([draft.status, draft.body.version, draft.body.status]).toEqual([200, 2, 'draft']);
    expect((await as('admin', 'POST', '/templates/self-check-table/publish')).body).toMatchObject({ version: 2, status: 'published' });
    expect((await as('admin', 'POST', '/templates/self-check-table/publish')).status).toBe(409);
    expect((await as('admin', 'GET', '/templates/self-check-table?version=1')).body).toMatchObject({ version: 1, name: definition.name });
  });

  it('opens a cycle with one sheet per college; a second for the same template and year is 409; a college sees its own sheet', async () => {
    const opened = await as('center', 'POST', '/cycles', { templateKey: 'coop-2023', year: 2027, subjects: [colleges.c1] });
    expect(opened.status).toBe(201);
    cycle = opened.body;
    expect([cycle.templateVersion, cycle.periodStart, cycle.periodEnd, cycle.sheets.map((s: any) => [s.subjectId, s.state])]).toEqual([1, '2026-09-01', '2027-08-31', [[colleges.c1, 'drafting']]]);
    expect((await as('center', 'POST', '/cycles', { templateKey: 'coop-2023', year: 2027 })).status).toBe(409);
    expect((await as('c1staff', 'POST', '/cycles', { templateKey: 'coop-2023', year: 2029 })).status).toBe(403);
    const mine = (await as('c2staff', 'GET', '/cycles')).body.find((c: any) => c.id === cycle.id);
    expect(mine.sheets).toEqual([]);
    expect((await as('legal', 'GET', `/cycles/${cycle.id}`)).body.sheets).toEqual([]); // no college, no reader's role: no sheets
    expect((await as('c2staff', 'GET', sheetPath(colleges.c1))).body.code).toBe('forbidden_college');
    const tasks = (await api('GET', '/api/v1/tasks?kind=assessmentSheet', { token: await login('c1leader') })).body;
    expect(tasks.items.filter((t: any) => t.title.includes('2027')).map((t: any) => t.state)).toEqual(['drafting']);
  });

  it('finds a sheet by its id (the work item’s link) for its readers only, and describes the sheet machine', async () => {
    const id = cycle.sheets[0].id;
    const ref = await as('c1staff', 'GET', `/sheets/${id}`);
    expect(ref.status).toBe(200);
    expect([ref.body.id, ref.body.cycleId, ref.body.subjectId, ref.body.year, ref.body.templateKey]).toEqual([id, cycle.id, colleges.c1, 2027, 'coop-2023']);
    expect((await as('c2staff', 'GET', `/sheets/${id}`)).body.code).toBe('forbidden_college');
    expect((await as('c2staff', 'GET', `/sheets/${id}`)).status).toBe(403);
    expect((await as('center', 'GET', '/sheets/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await as('center', 'GET', '/sheets/not-a-uuid')).status).toBe(404); // IdPipe: a malformed id names nothing
    const machine = await as('c1staff', 'GET', '/workflow');
    expect(machine.status).toBe(200);
    expect([machine.body.machine, machine.body.initial, machine.body.states[0].label.zh]).toEqual(['assessmentSheet@1', 'drafting', '院系自评']);
  });

  it('proposes computed scores with their evidence and checks every input at the edge', async () => {
    const sheet = (await as('c1staff', 'GET', sheetPath(colleges.c1))).body;
    const item = (code: string) => sheet.items.find((i: any) => i.code === code);
    const a3 = item('A3');
    // 10 − 1 per due month of the period that was missed or late (nothing was reported in this fresh database)
    const missed = a3.proposal.evidence.filter((e: any) => e.kind === 'month' && !e.label.includes('按时')).length;
    expect(a3.proposal.score).toBe(Math.max(0, 10 - missed));
    expect(item('B1').proposal.evidence.filter((e: any) => e.kind === 'major')).toHaveLength(3); // c1's three majors
    const c5 = await as('c1staff', 'PUT', `${sheetPath(colleges.c1)}/items/C5`, { inputs: { localInterns: 70, totalInterns: 100 } });
    expect([c5.status, c5.body.item.proposal.score, c5.body.item.selfScore]).toEqual([200, 22, 22]); // 70% against 60%: two steps
    const other = await as('c1staff', 'PUT', `${sheetPath(colleges.c1)}/items/C5`, { selfScore: 20 });
    expect([other.status, other.body.errors]).toEqual([400, [expect.objectContaining({ field: 'note', code: 'required' })]]);
    expect((await as('c1staff', 'PUT', `${sheetPath(colleges.c1)}/items/C5`, { selfScore: 20, note: '按实际口径少计' })).body.item.selfScore).toBe(20);
    const negative = await as('c1staff', 'PUT', `${sheetPath(colleges.c1)}/items/C6`, { inputs: { localEmployed: -1, graduates: 100 } });
    expect([negative.status, negative.body.errors.map((e: any) => [e.field, e.code])]).toEqual([400, [['inputs.localEmployed', 'out_of_range']]]);
    const over = await as('c1staff', 'PUT', `${sheetPath(colleges.c1)}/items/C6`, { inputs: { localEmployed: 120, graduates: 100 } });
    expect(over.body.errors.map((e: any) => [e.field, e.code])).toEqual([['inputs.localEmployed', 'part_exceeds_whole']]);
    expect((await as('c1staff', 'PUT', `${sheetPath(colleges.c1)}/items/C6`, { inputs: { bribes: 1 } })).body.errors[0].code).toBe('unknown_field');
    expect((await as('c1staff', 'PUT', `${sheetPath(colleges.c1)}/items/Z9`, { inputs: {} })).status).toBe(404);
    expect((await as('c1staff', 'PUT', `${sheetPath(colleges.c1)}/items/A1`, { selfScore: 4 })).body.errors[0]).toMatchObject({ field: 'selfScore', code: 'out_of_range' });
    expect((await as('c2staff', 'PUT', `${sheetPath(colleges.c1)}/items/A1`, { inputs: { leader: 'both' } })).status).toBe(403);
    const c6 = await as('c1staff', 'PUT', `${sheetPath(colleges.c1)}/items/C6`, { inputs: { localEmployed: 25, graduates: 100 } });
    expect(c6.body.item.proposal.score).toBe(12);
  });

  it('keeps evidence files per indicator with the documents’ checks, while the college fills the sheet', async () => {
    const upload = async (user: string, code: string, bytes: Buffer, filename: string, type = 'application/pdf') => {
      const form = new FormData();
      form.set('file', new Blob([bytes], { type }), filename);
      const res = await fetch(`${baseUrl()}${base}${sheetPath(colleges.c1)}/items/${code}/documents`, { method: 'POST', headers: { authorization: `Bearer ${await login(user)}` }, body: form });
      return { status: res.status, body: (await res.json()) as any };
    };
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const ok = await upload('c1staff', 'C5', pdf, '实习名单.pdf');
    expect([ok.status, ok.body.code, ok.body.filename, ok.body.size]).toEqual([201, 'C5', '实习名单.pdf', pdf.length]);
    expect(ok.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await upload('c1staff', 'C5', Buffer.from('MZ binary'), 'tool.exe', 'application/octet-stream')).status).toBe(415);
    expect((await upload('c2staff', 'C5', pdf, 'x.pdf')).status).toBe(403);
    expect((await upload('c1staff', 'Z9', pdf, 'x.pdf')).status).toBe(404);
    const listed = (await as('c1leader', 'GET', `${sheetPath(colleges.c1)}/documents`)).body;
    expect(listed.map((d: any) => [d.code, d.filename])).toEqual([['C5', '实习名单.pdf']]);
    const content = await fetch(`${baseUrl()}${base}/documents/${ok.body.id}/content`, { headers: { authorization: `Bearer ${await login('assessor')}` } });
    expect([content.status, content.headers.get('content-type'), content.headers.get('etag')]).toEqual([200, 'application/pdf', `"${ok.body.sha256}"`]);
    expect(Buffer.from(await content.arrayBuffer()).equals(pdf)).toBe(true);
    expect((await fetch(`${baseUrl()}${base}/documents/${ok.body.id}/content`, { headers: { authorization: `Bearer ${await login('c2staff')}` } })).status).toBe(403);
  });

  it('runs the sheet: the leader submits, assessors score (never their own college), the center finalizes, the director publishes', async () => {
    expect((await as('c1staff', 'POST', `${sheetPath(colleges.c1)}/events`, { type: 'SUBMIT' })).status).toBe(403); // who, before what is missing
    expect((await as('director', 'POST', `${sheetPath(colleges.c1)}/events`, { type: 'SUBMIT' })).status).toBe(403); // a college's sheet is its leader's
    const figures: Record<string, object> = {
      C1: { curriculumMeetings: 2, textbooks: 1 }, C2: { majorsWithBothBases: 3 }, C4: { orderClassSizes: [35, 20] },
      C7: { teachersInEnterprise: 10, teachers: 40, engineerCourses: 6, courses: 50 },
    };
    for (const [code, inputs] of Object.entries(figures)) expect((await as('c1staff', 'PUT', `${sheetPath(colleges.c1)}/items/${code}`, { inputs })).status).toBe(200);
    const submitted = await as('c1leader', 'POST', `${sheetPath(colleges.c1)}/events`, { type: 'SUBMIT' });
    expect([submitted.status, submitted.body.state]).toEqual([200, 'submitted']);
    expect((await as('c1staff', 'PUT', `${sheetPath(colleges.c1)}/items/C1`, { inputs: {} })).status).toBe(409);
    // an assessor who belongs to the college may not score it
    const own = await api('POST', '/api/v1/users', { token: await login('admin'), body: { username: `asr${Date.now()}`, displayName: '院内考核员', password: 'assessor-pass-1', roles: ['assessor'], collegeId: colleges.c1 } });
    const ownToken = (await api('POST', '/api/v1/auth/login', { body: { username: own.body.username, password: 'assessor-pass-1' } })).body.accessToken;
    expect((await api('PUT', `${base}${sheetPath(colleges.c1)}/scores/A1`, { token: ownToken, body: { score: 3 } })).status).toBe(403);
    expect((await as('center', 'POST', `${sheetPath(colleges.c1)}/events`, { type: 'FINALIZE' })).status).toBe(409); // nobody has scored yet
    // the assessors' item is a countersign: each scores; nobody hands it to someone else
    const groupItem = (await api('GET', '/api/v1/tasks?kind=assessmentSheet', { token: await login('assessor') })).body.items.find((t: any) => t.subjectId === submitted.body.id);
    expect(groupItem).toMatchObject({ state: 'submitted', assignees: { roles: ['assessor'], mode: 'all' } });
    const handed = await api('POST', `/api/v1/tasks/${groupItem.id}/transfer`, { token: await login('assessor'), body: { userId: own.body.id } });
    expect([handed.status, handed.body.errors[0].code]).toEqual([422, 'not_transferable']);
    expect((await as('assessor', 'PUT', `${sheetPath(colleges.c1)}/scores/A1`, { score: 3.5 })).body.errors[0]).toMatchObject({ field: 'score', code: 'out_of_range' });
    const sheet = (await as('assessor', 'GET', sheetPath(colleges.c1))).body;
    const leaves = sheet.items.filter((i: any) => i.leaf);
    expect(leaves.map((i: any) => i.code)).toEqual(['A1', 'A2', 'A3', 'A4', 'B1', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']);
    for (const leaf of leaves) {
      expect((await as('assessor', 'PUT', `${sheetPath(colleges.c1)}/scores/${leaf.code}`, { score: leaf.points - 1 })).status).toBe(200);
    }
    expect((await as('center', 'POST', `${sheetPath(colleges.c1)}/events`, { type: 'RETURN' })).status).toBe(400); // a reason is required
    const final = await as('center', 'POST', `${sheetPath(colleges.c1)}/events`, { type: 'FINALIZE' });
    expect([final.status, final.body.state]).toEqual([200, 'final']);
    expect((await as('center', 'POST', `/cycles/${cycle.id}/events`, { type: 'PUBLISH' })).status).toBe(403);
    const published = await as('director', 'POST', `/cycles/${cycle.id}/events`, { type: 'PUBLISH' });
    expect([published.status, published.body.sheets.map((s: any) => s.state)]).toEqual([200, ['published']]);
    expect((await as('director', 'POST', `/cycles/${cycle.id}/events`, { type: 'PUBLISH' })).body.code).toBe('event_not_allowed'); // once
    const history = (await as('c1leader', 'GET', `${sheetPath(colleges.c1)}/history`)).body;
    expect(history.map((h: any) => [h.event, h.from, h.to])).toEqual([['SUBMIT', 'drafting', 'submitted'], ['FINALIZE', 'submitted', 'final'], ['PUBLISH', 'final', 'published']]);
  });

  it('results: S1 the self scores, S2 the assessors’ mean total, Final = 0.4·S1 + 0.6·S2; a college sees its own row', async () => {
    const sheet = (await as('center', 'GET', sheetPath(colleges.c1))).body;
    const leaves = sheet.items.filter((i: any) => i.leaf);
    const cents = (x: number) => Math.round(x * 100);
    const s1 = leaves.reduce((a: number, i: any) => a + cents(i.selfScore ?? 0), 0) / 100;
    const s2 = leaves.reduce((a: number, i: any) => a + cents(i.points - 1), 0) / 100; // one assessor, one less than the points everywhere
    expect(sheet.totals).toEqual({ s1, s2, final: Math.round(0.4 * cents(s1) + 0.6 * cents(s2)) / 100 });
    const results = (await as('center', 'GET', `/cycles/${cycle.id}/results`)).body;
    expect(results.rows).toEqual([{ subjectId: colleges.c1, name: expect.any(String), s1, s2, final: sheet.totals.final, rank: 1, verdict: '合格', state: 'published' }]);
    expect((await as('c1leader', 'GET', `/cycles/${cycle.id}/results`)).body.rows.map((r: any) => r.subjectId)).toEqual([colleges.c1]);
    expect((await as('c2leader', 'GET', `/cycles/${cycle.id}/results`)).body.rows).toEqual([]);
  });

  it('refuses SUBMIT with the quantitative figures missing, listing each (409)', async () => {
    const opened = (await as('center', 'POST', '/cycles', { templateKey: 'coop-2023', year: 2028, subjects: [colleges.c2] })).body;
    const res = await as('c2leader', 'POST', `/cycles/${opened.id}/sheets/${colleges.c2}/events`, { type: 'SUBMIT' });
    expect([res.status, res.body.code]).toEqual([409, 'incomplete']);
    expect(res.body.errors.map((e: any) => e.field)).toEqual(expect.arrayContaining(['items.C5.inputs.localInterns', 'items.C6.inputs.graduates']));
  });

  it('exports the ranking and the sheet as xlsx with live formulas, and the 自评报告 as docx', async () => {
    const download = async (user: string, path: string) => {
      const res = await fetch(`${baseUrl()}${base}${path}`, { headers: { authorization: `Bearer ${await login(user)}` } });
      return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), bytes: Buffer.from(await res.arrayBuffer()) };
    };
    const ranking = await download('center', `/cycles/${cycle.id}/export.xlsx`);
    expect([ranking.status, ranking.type]).toEqual([200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    expect(ranking.disposition).toContain(encodeURIComponent('2027年度考核结果'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(ranking.bytes as never);
    const sheet = book.getWorksheet('考核结果')!;
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['序号', '二级学院', '院系自评 S1', '考核组评分 S2', '综合得分', '排名', '考核结论']);
    const final = sheet.getCell('E3').value as { formula: string; result: number };
    const results = (await as('center', 'GET', `/cycles/${cycle.id}/results`)).body;
    expect(final).toEqual({ formula: 'ROUND(0.4*C3+0.6*D3,2)', result: results.rows[0].final });
    expect(sheet.getCell('F3').value).toEqual({ formula: 'RANK(E3,E$3:E$3)', result: 1 });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });

    const one = await download('c1leader', `/cycles/${cycle.id}/sheets/${colleges.c1}/export.xlsx`);
    const sheetBook = new ExcelJS.Workbook();
    await sheetBook.xlsx.load(one.bytes as never);
    const rows: unknown[][] = [];
    sheetBook.getWorksheet('考核表')!.eachRow((row) => rows.push(row.values as unknown[]));
    const formulas = rows.flat().filter((v): v is { formula: string } => typeof v === 'object' && v !== null && 'formula' in v).map((v) => v.formula);
    expect(formulas).toEqual(expect.arrayContaining([expect.stringMatching(/^SUM\(/), expect.stringMatching(/^ROUND\(0\.4\*J\d+\+0\.6\*J\d+,2\)$/)]));
    expect((await download('c2staff', `/cycles/${cycle.id}/sheets/${colleges.c1}/export.xlsx`)).status).toBe(403);

    const report = await download('c1staff', `/cycles/${cycle.id}/sheets/${colleges.c1}/self-report.docx`);
    expect([report.status, report.type]).toEqual([200, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    const xml = await (await JSZip.loadAsync(report.bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('年度校企合作自评报告');
    expect(xml).toContain('学生跟（顶）岗实习');
  });

  it('the consortium side: consortiums as subjects, yearly figures against commitments, a veto hit is 不合格', async () => {
    const created = await as('center', 'POST', '/consortiums', { name: '晋中市装备制造市域产教联合体' });
    expect(created.status).toBe(201);
    expect((await as('center', 'POST', '/consortiums', { name: '晋中市装备制造市域产教联合体' })).status).toBe(409);
    expect((await as('c1staff', 'POST', '/consortiums', { name: '越权' })).status).toBe(403);
    const consortium = created.body.id;
    const indicators = (await as('center', 'POST', '/cycles', { templateKey: 'consortium-indicators', year: 2026, subjects: [consortium] })).body;
    expect(indicators.sheets.map((x: any) => [x.subjectId, x.state])).toEqual([[consortium, 'drafting']]);
    const template = (await as('center', 'GET', '/templates/consortium-indicators')).body;
    const all: any[] = [];
    const walk = (nodes: any[]) => nodes.forEach((n) => { all.push(n); walk(n.children ?? []); });
    walk(template.nodes);
    const yearly = all.find((n) => (n.years ?? []).includes(2023) && (n.years ?? []).includes(2024) && (n.inputs ?? []).some((i: any) => i.type === 'integer' || i.type === 'decimal'));
    const input = yearly.inputs.find((i: any) => i.type === 'integer' || i.type === 'decimal').name;
    const path = `/cycles/${indicators.id}/sheets/${consortium}/figures`;
    expect((await as('center', 'PUT', path, { code: yearly.code, input, year: 2024, kind: 'committed', value: 10 })).status).toBe(200);
    const compared = await as('center', 'PUT', path, { code: yearly.code, input, year: 2024, kind: 'actual', value: 7 });
    expect(compared.body.shortfalls).toEqual([{ code: yearly.code, input, year: 2024, committed: 10, actual: 7, shortfall: 3 }]);
    const notCommitted = await as('center', 'PUT', path, { code: yearly.code, input, year: 2023, kind: 'committed', value: 1 });
    expect([notCommitted.status, notCommitted.body.errors[0].detail]).toEqual([400, '2023 is not a committed year']);
    expect((await as('center', 'PUT', path, { code: yearly.code, input, year: 2024, kind: 'actual', value: -1 })).status).toBe(400);
    expect((await as('c1staff', 'PUT', path, { code: yearly.code, input, year: 2024, kind: 'actual', value: 7 })).status).toBe(403);
    expect((await as('c1leader', 'POST', `/cycles/${indicators.id}/sheets/${consortium}/events`, { type: 'SUBMIT' })).status).toBe(403);

    const standard = (await as('center', 'POST', '/cycles', { templateKey: 'consortium-standard', year: 2026, subjects: [consortium] })).body;
    const std = (await as('center', 'GET', '/templates/consortium-standard')).body;
    const nodes: any[] = [];
    const walk2 = (ns: any[]) => ns.forEach((n) => { nodes.push(n); walk2(n.children ?? []); });
    walk2(std.nodes);
    const veto = nodes.find((n) => n.rule?.type === 'veto');
    const before = (await as('center', 'GET', `/cycles/${standard.id}/sheets/${consortium}`)).body;
    expect([before.vetoHit, before.verdict]).toEqual([false, '合格']);
    const hit = await as('center', 'PUT', `/cycles/${standard.id}/sheets/${consortium}/items/${veto.code}`, { inputs: { [veto.rule.input]: true } });
    expect(hit.status).toBe(200);
    const after = (await as('center', 'GET', `/cycles/${standard.id}/sheets/${consortium}`)).body;
    expect([after.vetoHit, after.verdict]).toEqual([true, '不合格']);
  });
});
