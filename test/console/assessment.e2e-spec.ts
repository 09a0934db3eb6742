import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot, signIn, signOut } from '../support/browser';
import { client, startStack, type Stack } from '../support/stack';

/**
 * 年度考核 in the console: a coop-2023 cycle for both colleges whose self-assessments are submitted through the API
 * (a second assessor added by the admin, since the cycle needs two), then in the browser the assessor scores 智能制造学院's
 * sheet item by item, the center finalizes it through the work item's link, the director publishes the cycle and the
 * ranking shows S1, S2, Final, rank and verdict.
 */
describe('console: annual assessment (年度考核)', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  let api: ReturnType<typeof client>;
  let cycle: { id: string; sheets: Array<{ id: string; subjectId: string; subjectName: string }> };
  const base = '/api/v1/assessment';
  const POINTS: Record<string, number> = { A1: 3, A2: 2, A3: 10, A4: 5, B1: 10, C1: 5, C2: 5, C3: 10, C4: 10, C5: 20, C6: 10, C7: 10 };
  const INPUTS: Record<string, object> = {
    A1: { leader: 'both' }, A2: { staff: 'fulltime' }, C1: { curriculumMeetings: 2, textbooks: 1 }, C2: { majorsWithBothBases: 1 }, C4: { orderClassSizes: [35, 20] },
    C5: { localInterns: 70, totalInterns: 100 }, C6: { localEmployed: 25, graduates: 100 }, C7: { teachersInEnterprise: 10, teachers: 40, engineerCourses: 6, courses: 50 },
  };

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack({ redisUrl: null }), launchBrowser()]);
    api = client(stack.url);
    page = await newPage(browser, stack.url);
    // the cycle needs two assessors' full scores before the center may finalize: the admin adds a second one
    await api.ok('POST', '/api/v1/users', 'admin', { username: 'assessor2', displayName: '考核组成员二', password: 'demo123456', roles: ['assessor'] });
    const colleges: { items: Array<{ id: string; name: string }> } = await api.ok('GET', '/api/v1/colleges', 'admin');
    cycle = await api.ok('POST', `${base}/cycles`, 'center', { templateKey: 'coop-2023', year: 2026, subjects: colleges.items.map((c) => c.id), minAssessors: 2 });
    const sheet = (name: string) => cycle.sheets.find((s) => s.subjectName === name)!;
    // 智能制造学院 rates itself one point below every maximum (S1 88), 信息工程学院 at every maximum (S1 100)
    for (const [college, staff, leader, below] of [['智能制造学院', 'c1staff', 'c1leader', 1], ['信息工程学院', 'c2staff', 'c2leader', 0]] as const) {
      const path = `${base}/cycles/${cycle.id}/sheets/${sheet(college).subjectId}`;
      for (const [code, points] of Object.entries(POINTS)) {
        await api.ok('PUT', `${path}/items/${code}`, staff, { inputs: INPUTS[code], selfScore: points - below, note: '按佐证材料自评' });
      }
      await api.ok('POST', `${path}/events`, leader, { type: 'SUBMIT' });
    }
    // 信息工程学院: both assessors one point below every maximum (S2 88), finalized by the center
    const c2 = `${base}/cycles/${cycle.id}/sheets/${sheet('信息工程学院').subjectId}`;
    for (const assessor of ['assessor', 'assessor2']) for (const [code, points] of Object.entries(POINTS)) await api.ok('PUT', `${c2}/scores/${code}`, assessor, { score: points - 1 });
    await api.ok('POST', `${c2}/events`, 'center', { type: 'FINALIZE' });
    // 智能制造学院: the second assessor gives every maximum (100); the first scores in the browser
    const c1 = `${base}/cycles/${cycle.id}/sheets/${sheet('智能制造学院').subjectId}`;
    for (const [code, points] of Object.entries(POINTS)) await api.ok('PUT', `${c1}/scores/${code}`, 'assessor2', { score: points });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('the assessor scores, the center finalizes, the director publishes; the ranking shows the exact results', async () => {
    // the assessor opens the sheet from the cycle and scores every leaf one below its maximum
    await signIn(page, 'assessor');
    await page.getByRole('menuitem', { name: '年度考核' }).click();
    await page.getByRole('link', { name: /校企合作考核指标体系/ }).click();
    await page.getByRole('link', { name: '智能制造学院' }).click();
    await page.getByText('考核组考评', { exact: true }).first().waitFor();
    for (const [code, points] of Object.entries(POINTS)) {
      await page.locator(`tr[data-row-key="${code}"]`).getByRole('button', { name: '评分' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('我的评分').fill(String(points - 1));
      await drawer.getByRole('button', { name: '保存评分' }).click();
      await page.getByText(`${code} 评分已保存`).waitFor();
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });
    }
    // my score beside the group's mean (19 and 20) for C5
    await expectExact(page.locator('tr[data-row-key="C5"] td').nth(7), '19');
    await expectExact(page.locator('tr[data-row-key="C5"] td').nth(6), '19.5');
    // S2 = mean of the assessors' totals: (88 + 100) / 2
    await expectExact(page.locator('.ant-statistic').filter({ hasText: '考评 S2' }).locator('.ant-statistic-content'), '94');

    // the center opens the work item's link (/assessment/sheets/{id}) and finalizes
    await signOut(page);
    await signIn(page, 'center');
    const sheetId = cycle.sheets.find((s) => s.subjectName === '智能制造学院')!.id;
    await page.goto(`/assessment/sheets/${sheetId}`);
    await page.waitForURL(/\/assessment\/cycles\/[^/]+\/sheets\/[^/]+$/);
    await page.getByRole('button', { name: '确认总评' }).click();
    await page.getByRole('button', { name: '确 认' }).or(page.getByRole('button', { name: '确认' })).last().click();
    await page.getByText('确认总评：已完成').waitFor({ timeout: 30_000 });
    await expectExact(page.locator('.ant-card-head-title .ant-tag'), '总评');
    await page.locator('.ant-timeline').getByText('确认总评').waitFor();

    // the director publishes the cycle and reads the ranking
    await signOut(page);
    await signIn(page, 'director');
    await page.goto(`/assessment/cycles/${cycle.id}`);
    await page.getByRole('button', { name: '发布结果' }).click();
    await page.getByRole('button', { name: '确 认' }).or(page.getByRole('button', { name: '确认' })).last().click();
    await page.getByText('发布结果：已完成').waitFor({ timeout: 30_000 });
    const rows = page.getByTestId('ranking').locator('tbody tr');
    await rows.filter({ hasText: '已发布' }).nth(1).waitFor();
    expect(await Promise.all((await rows.all()).map((r) => r.locator('td').allInnerTexts()))).toEqual([
      ['1', '信息工程学院', '100', '88', '92.8', '合格', '已发布'], // 0.4 × 100 + 0.6 × 88
      ['2', '智能制造学院', '88', '94', '91.6', '合格', '已发布'], // 0.4 × 88 + 0.6 × 94
    ]);
    expect(await page.getByRole('button', { name: '发布结果' }).count()).toBe(0); // once published, the API offers it no more
    // the ranking as the server's workbook
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出排名' }).click()]);
    expect(file.suggestedFilename()).toBe('2026年度考核结果-coop-2023.xlsx');
    const bytes = readFileSync((await file.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // an xlsx is a zip
    await screenshot(page, 'assessment');
  }, 180_000);
});

/** Waits (Playwright's own waiting) until the element's whole text is `text`, then asserts it. */
async function expectExact(locator: ReturnType<Page['locator']>, text: string) {
  await locator.getByText(text, { exact: true }).or(locator.filter({ hasText: new RegExp(`^${text.replace(/\./g, '\\.')}$`) })).first().waitFor();
  expect((await locator.innerText()).trim()).toBe(text);
}

/**
 * The college's side and the admin's: the work item opens the sheet, an indicator is filled and its proposal computed,
 * a bad figure is refused beside its field, evidence is uploaded, the leader's SUBMIT lists what is missing; the admin's
 * draft of a template shows every validation error with its path, then is saved and published.
 */
describe('console: filling a sheet and drafting a template', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack({ redisUrl: null }), launchBrowser()]);
    const api = client(stack.url);
    page = await newPage(browser, stack.url);
    const colleges: { items: Array<{ id: string; name: string }> } = await api.ok('GET', '/api/v1/colleges', 'admin');
    await api.ok('POST', '/api/v1/assessment/cycles', 'center', { templateKey: 'coop-2023', year: 2026, subjects: colleges.items.filter((c) => c.name === '智能制造学院').map((c) => c.id) });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('the college fills C5 (proposal 22), a part above its whole is refused beside the field, SUBMIT lists what is missing', async () => {
    await signIn(page, 'c1staff');
    await page.getByRole('link', { name: '2026 年度考核「智能制造学院」：院系自评' }).click();
    await page.waitForURL(/\/assessment\/cycles\/[^/]+\/sheets\/[^/]+$/);
    const drawer = page.getByRole('dialog');

    await page.locator('tr[data-row-key="C5"]').getByRole('button', { name: '填报' }).click();
    await drawer.getByLabel('在本地（特别是园区）企业跟（顶）岗实习人数').fill('70');
    await drawer.getByLabel('实习总人数').fill('100');
    await drawer.getByRole('button', { name: '保存填报' }).click();
    await page.getByText('C5 已保存').waitFor();
    await expectExact(drawer.getByTestId('proposal-score'), '22'); // 70% against 60%, step 5%: two full steps above
    await drawer.locator('input[type=file]').setInputFiles({ name: '实习名单.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n') });
    await page.getByText('已上传 实习名单.pdf').waitFor();
    await drawer.locator('.ant-list-item').filter({ hasText: '实习名单.pdf' }).waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await expectExact(page.locator('tr[data-row-key="C5"] td').nth(5), '22');

    await page.locator('tr[data-row-key="C6"]').getByRole('button', { name: '填报' }).click();
    await drawer.getByLabel('本地就业人数').fill('120');
    await drawer.getByLabel('毕业生总人数').fill('100');
    await drawer.getByRole('button', { name: '保存填报' }).click();
    const field = drawer.locator('.ant-form-item').filter({ has: page.getByLabel('本地就业人数') });
    await expectExact(field.locator('.ant-form-item-explain-error'), '部分不能大于总数');
    await page.keyboard.press('Escape');

    await signOut(page);
    await signIn(page, 'c1leader');
    await page.getByRole('link', { name: '2026 年度考核「智能制造学院」：院系自评' }).click();
    await page.getByRole('button', { name: '提交自评' }).click();
    await page.getByRole('button', { name: '确 认' }).or(page.getByRole('button', { name: '确认' })).last().click();
    const missing = page.getByTestId('sheet-event-error');
    await expectExact(missing.locator('.ant-alert-title'), '尚有未完成的内容，不能提交');
    expect(await missing.locator('li').allInnerTexts()).toEqual([
      'C1 课程开发 · 全年有企业参与的课程体系建设讨论会次数：缺少当年数值',
      'C1 课程开发 · 与企业共同开发的校本教材数：缺少当年数值',
      expect.stringMatching(/^C2 .+：缺少当年数值$/),
      expect.stringMatching(/^C4 .+：缺少当年数值$/),
      'C6 学生就业 · 本地就业人数：缺少当年数值',
      'C6 学生就业 · 毕业生总人数：缺少当年数值',
      ...Array.from({ length: 4 }, () => expect.stringMatching(/^C7 师资队伍建设 · .+：缺少当年数值$/)),
    ]);
    await expectExact(page.locator('.ant-card-head-title .ant-tag'), '院系自评'); // still drafting
  }, 120_000);

  it('the admin drafts coop-2023 v2: every validation error with its path, then saves and publishes it', async () => {
    await signOut(page);
    await signIn(page, 'admin');
    await page.getByRole('menuitem', { name: '指标体系' }).click();
    await page.getByRole('link', { name: 'coop-2023' }).click();
    await page.getByRole('button', { name: '新建草稿' }).click();
    const editor = page.getByLabel('指标体系 JSON');
    const definition = JSON.parse(await editor.inputValue());
    const broken = structuredClone(definition);
    broken.weights.self = 0.5;
    broken.nodes[0].children[1].code = 'A1';
    await editor.fill(JSON.stringify(broken, null, 2));
    await page.getByRole('button', { name: '保存草稿' }).click();
    const errors = page.getByTestId('template-errors');
    await errors.waitFor();
    expect(await errors.locator('li code').allInnerTexts()).toEqual(['weights', 'nodes[0].children[1].code']);
    await editor.fill(JSON.stringify({ ...definition, name: `${definition.name}（2027 修订）` }, null, 2));
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('已保存第 2 版草稿').waitFor();
    await page.getByRole('button', { name: '发布草稿' }).click();
    await page.getByRole('button', { name: '发 布' }).or(page.getByRole('button', { name: '发布' })).last().click();
    await page.getByText('已发布第 2 版').waitFor();
    await expectExact(page.locator('.ant-card-head-title .ant-tag'), '已发布');
    expect(await page.locator('.ant-card-head-title').first().innerText()).toContain('（2027 修订）');
    await screenshot(page, 'assessment-templates');
  }, 60_000);
});
