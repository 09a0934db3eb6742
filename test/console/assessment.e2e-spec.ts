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
    await page.getByText('确认总评：已完成').waitFor();
    await expectExact(page.locator('.ant-card-head-title .ant-tag'), '总评');
    await page.locator('.ant-timeline').getByText('确认总评').waitFor();

    // the director publishes the cycle and reads the ranking
    await signOut(page);
    await signIn(page, 'director');
    await page.goto(`/assessment/cycles/${cycle.id}`);
    await page.getByRole('button', { name: '发布结果' }).click();
    await page.getByRole('button', { name: '确 认' }).or(page.getByRole('button', { name: '确认' })).last().click();
    await page.getByText('发布结果：已完成').waitFor();
    const rows = page.getByTestId('ranking').locator('tbody tr');
    await rows.filter({ hasText: '已发布' }).nth(1).waitFor();
    expect(await Promise.all((await rows.all()).map((r) => r.locator('td').allInnerTexts()))).toEqual([
      ['1', '信息工程学院', '100', '88', '92.8', '合格', '已发布'], // 0.4 × 100 + 0.6 × 88
      ['2', '智能制造学院', '88', '94', '91.6', '合格', '已发布'], // 0.4 × 88 + 0.6 × 94
    ]);
    expect(await page.getByRole('button', { name: '发布结果' }).count()).toBe(0); // once published, the API offers it no more
    await screenshot(page, 'assessment');
  }, 180_000);
});

/** Waits (Playwright's own waiting) until the element's whole text is `text`, then asserts it. */
async function expectExact(locator: ReturnType<Page['locator']>, text: string) {
  await locator.getByText(text, { exact: true }).or(locator.filter({ hasText: new RegExp(`^${text.replace(/\./g, '\\.')}$`) })).first().waitFor();
  expect((await locator.innerText()).trim()).toBe(text);
}
