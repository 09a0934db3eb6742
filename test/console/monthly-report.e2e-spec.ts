import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot, signIn, signOut } from '../support/browser';
import { client, eventually, startStack, type Stack } from '../support/stack';

const NOTICE = '【待办】2027-03 月报：待学院负责人审核';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% 座谈会纪要\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * 月报 in the console, end to end: the college officer drafts, fills, attaches and submits the March report; the
 * college leader finds it in 我的待办 and signs it off (the moment it counts as reported to the center, on time before
 * the 5th); the punctuality matrix shows March as 按时.
 */
describe('console: monthly report (月报)', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack({ redisUrl: null }), launchBrowser()]);
    api = client(stack.url);
    await api.setClock('2027-03-03T02:00:00.000Z'); // 10:00 on 3 March in Shanghai: March is due before the 5th
    await api.ok('PUT', '/api/v1/calendar', 'admin', { firstMonth: '2027-01' });
    page = await newPage(browser, stack.url);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('c1staff drafts, attaches and submits; c1leader signs it off from 我的待办; the matrix shows it on time', async () => {
    await signIn(page, 'c1staff');
    await page.getByRole('link', { name: '月报', exact: true }).click();
    await page.getByRole('button', { name: '新建月报' }).click();
    const dialog = page.getByRole('dialog', { name: '新建月报' });
    await dialog.getByLabel('上报月份').fill('2027-03');
    await dialog.getByLabel('上报月份').press('Enter');
    await dialog.getByRole('button', { name: /创\s*建/ }).click();

    await expectText(page.getByRole('heading', { level: 4 }), '智能制造学院 2027年3月月报');
    await expectText(page.getByTestId('report-status'), '填报中');
    await page.getByLabel('本月工作开展情况').fill('与晋中装备制造企业召开订单班座谈会，确定 2027 级订单班招生计划。');
    await page.getByLabel('开展活动').fill('校企座谈会 1 场，企业专家进课堂 2 次');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').waitFor();

    await page.locator('input[type=file]').setInputFiles({ name: '座谈会纪要.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expectText(page.getByTestId('upload-progress'), '上传完成：座谈会纪要.pdf');
    expect(await page.getByTestId('upload-progress').getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await page.getByRole('cell', { name: '座谈会纪要.pdf' }).waitFor();

    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByRole('button', { name: /确\s*定/ }).click();
    await expectText(page.getByTestId('report-status'), '待学院负责人审核');
    await expectText(page.getByTestId('report-history'), '提交审核');
    // the buttons follow the state; the officer may not sign off, and the API says so in Chinese
    await page.getByRole('button', { name: '审核上报' }).click();
    await page.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('当前角色无权执行此操作').first().waitFor();
    await expectText(page.getByTestId('report-status'), '待学院负责人审核');

    await signOut(page);
    await signIn(page, 'c1leader');
    // 我的待办 lists the report for its leader; the same item reaches the inbox (asynchronously: outbox → queue)
    await page.getByRole('link', { name: '2027-03 月报：待学院负责人审核' }).waitFor();
    await eventually('the leader’s inbox notice', async () => {
      const list = await api.ok('GET', '/api/v1/notifications?unread=true', 'c1leader');
      return list.items.some((n: { title: string }) => n.title === NOTICE);
    });
    await page.getByRole('button', { name: '消息' }).click();
    await page.getByText('未读', { exact: true }).click();
    await page.waitForURL('**/inbox?unread=true');
    await expectText(page.getByRole('row').filter({ hasText: NOTICE }), '等待您办理');
    await page.getByText(NOTICE).click(); // marks it read and opens the report
    await expectText(page.getByRole('heading', { level: 4 }), '智能制造学院 2027年3月月报');
    await expectText(page.getByText('与晋中装备制造企业召开订单班座谈会').first(), '确定 2027 级订单班招生计划');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载' }).click()]);
    expect(file.suggestedFilename()).toBe('座谈会纪要.pdf');
    await page.getByRole('button', { name: '审核上报' }).click();
    await page.getByRole('button', { name: /确\s*定/ }).click();
    await expectText(page.getByTestId('report-status'), '已上报');
    const read = await api.ok('GET', '/api/v1/notifications', 'c1leader');
    expect(read.items.find((n: { title: string }) => n.title === NOTICE).readAt).not.toBeNull();
    await page.getByText('已上报产教研合作中心').waitFor();
    const history = await page.getByTestId('report-history').innerText();
    expect(history).toContain('c1staff');
    expect(history).toContain('c1leader');
    expect(history.indexOf('提交审核')).toBeLessThan(history.indexOf('审核上报'));

    await page.goto('/monthly-reports/matrix?year=2027');
    await expectText(page.getByText('2027 年月报上报情况'), '2027');
    const row = page.getByRole('row').filter({ hasText: '智能制造学院' });
    await row.waitFor();
    const cells = row.getByRole('cell');
    // 学院, then 1月…12月, then 按时, 迟报, 未报, 得分
    expect(await cells.nth(1).innerText()).toBe('未报');
    expect(await cells.nth(2).innerText()).toBe('假期');
    expect(await cells.nth(3).innerText()).toBe('按时');
    expect(await cells.nth(4).innerText()).toBe('待报');
    expect(await cells.nth(13).innerText()).toBe('1');
    expect(await cells.nth(16).innerText()).toBe('9');
    expect(await page.getByRole('row').filter({ hasText: '信息工程学院' }).count()).toBe(0); // a college sees its own row
    await screenshot(page, 'monthly-report');
  }, 120_000);
});

/**
 * Waits (Playwright's own waiting) until the element shows the text, then checks it. A state change is a PATCH and a
 * workflow transaction: on a loaded machine that can outlast the default 15 s, hence 30 s here.
 */
async function expectText(locator: Locator, text: string) {
  await locator
    .filter({ hasText: text })
    .first()
    .waitFor({ timeout: 30_000 })
    .catch(async (err) => {
      await screenshot(locator.page(), 'monthly-report-failure');
      throw err;
    });
  expect(await locator.first().innerText()).toContain(text);
}
