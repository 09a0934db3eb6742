import type { Browser, Locator, Page } from 'playwright-core';
import { seedProgress } from '../support/dashboard-flows';
import { launchBrowser, newPage, screenshot, signIn } from '../support/browser';
import { client, startStack, type Stack } from '../support/stack';

/** 系统管理 and 数据看板 in a real browser: an admin creates a user (a taken username first), then reads the dashboard. */
describe('console: users and the dashboard', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack({ redisUrl: null }), launchBrowser()]);
    await seedProgress(stack, client(stack.url));
    page = await newPage(browser, stack.url);
    page.setDefaultTimeout(30_000); // the test machine is shared: waits are for elements, never fixed sleeps
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('creates a user in /system/users: a taken username is shown next to the field, then the user is listed', async () => {
    await signIn(page, 'admin');
    await page.getByRole('menuitem', { name: '用户管理' }).click();
    await page.waitForURL('**/system/users');
    await page.getByText('共 12 个用户').waitFor();
    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    await dialog.getByLabel('用户名').fill('c1staff');
    await dialog.getByLabel('姓名').fill('智能制造学院 何老师');
    await dialog.getByLabel('初始密码').fill('secret-pass-1');
    await pick(page, dialog.getByLabel('角色'), '二级学院经办人');
    await dialog.getByText('新建用户').click(); // closes the multiple select's dropdown
    await pick(page, dialog.getByLabel('所属学院'), '智能制造学院');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    // the API's 409 duplicate_username, under the username field (not in a toast)
    const usernameItem = dialog.locator('.ant-form-item').filter({ has: page.getByLabel('用户名') });
    await usernameItem.locator('.ant-form-item-explain-error').filter({ hasText: '用户名已存在' }).waitFor();
    await dialog.getByLabel('用户名').fill('c1staff2');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('已创建用户 c1staff2').waitFor();
    await page.getByText('共 13 个用户').waitFor();
    await page.getByLabel('搜索用户').fill('c1staff2');
    await page.getByLabel('搜索用户').press('Enter');
    await page.waitForURL('**/system/users?q=c1staff2');
    await page.getByText('共 1 个用户').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'c1staff2' });
    expect(await cells(row)).toEqual(['c1staff2', '智能制造学院 何老师', '二级学院经办人', '智能制造学院', '—', '正常', '编辑 重置密码 停用']);
  }, 120_000);

  it('shows the dashboard’s exact counts for the agreements seeded in two colleges', async () => {
    await page.getByRole('menuitem', { name: '数据看板' }).click();
    await page.waitForURL('**/dashboard');
    await page.getByLabel('月报年度').fill('2026');
    await page.getByLabel('月报年度').press('Enter');
    await page.waitForURL('**/dashboard?year=2026');
    await page.getByText('2026 年月报上报情况（按学院）').waitFor();
    expect(await statistic(page, 'stat-total')).toBe('6');
    expect(await statistic(page, 'stat-filing')).toBe('1');
    expect(await statistic(page, 'stat-supervision')).toBe('0');
    expect(await statistic(page, 'stat-self-checks')).toBe('1');
    const table = page.locator('.ant-table').last();
    const header = await table.locator('thead th').allInnerTexts();
    expect(header.map((h) => h.trim())).toEqual([
      '学院', '调研', '可行性分析', '协议', '审签', '备案', '学期自查', '复查', '督查整改', '终止办理', '归档', '已终止',
      '合计', '备案逾期', '督查整改中', '督查逾期', '自查欠交', '月报 按时/迟报/缺报', '月报得分',
    ]);
    expect(await cells(table.getByRole('row').filter({ hasText: '智能制造学院' }))).toEqual(['智能制造学院', '2', '1', '0', '0', '1', '1', '0', '0', '0', '0', '0', '5', '1', '0', '0', '1', '1/1/2', '7']);
    expect(await cells(table.getByRole('row').filter({ hasText: '信息工程学院' }))).toEqual(['信息工程学院', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '1', '0', '0', '0', '0', '0/0/4', '6']);
    expect(await cells(table.getByRole('row').filter({ hasText: '合计' }).last())).toEqual(['合计', '3', '1', '0', '0', '1', '1', '0', '0', '0', '0', '0', '6', '1', '0', '0', '1', '']);
    // the stacked bar names each college's counts per stage
    await page.getByRole('img', { name: '智能制造学院：调研 2，可行性分析 1，备案 1，学期自查 1，合计 5' }).waitFor();
    await page.getByRole('img', { name: '信息工程学院：调研 1，合计 1' }).waitFor();
    await screenshot(page, 'admin-dashboard');
  }, 120_000);
});

/** Reference data: a college still in use cannot be deleted (the references are named); a semester name is unique. */
describe('console: colleges and the academic calendar', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack({ redisUrl: null }), launchBrowser()]);
    page = await newPage(browser, stack.url);
    page.setDefaultTimeout(30_000);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('names what still refers to a college it cannot delete, and puts a taken semester name under its field', async () => {
    const semesters = (await client(stack.url).ok('GET', '/api/v1/calendar', 'admin')).semesters as Array<{ name: string }>;
    await signIn(page, 'admin');
    await page.getByRole('menuitem', { name: '学院管理' }).click();
    await page.getByText('共 2 个学院').waitFor();
    await page.getByRole('row').filter({ hasText: '智能制造学院' }).getByRole('button', { name: '删除' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /删\s*除/ }).click();
    const error = page.getByTestId('college-error');
    await error.waitFor();
    expect(await error.innerText()).toBe('无法删除「智能制造学院」：学院仍被引用：专业 3 个、用户 2 个、合作单位 3 个');
    await page.getByText('共 2 个学院').waitFor();

    await page.getByRole('menuitem', { name: '校历设置' }).click();
    await page.getByText('学期与自查截止日期').waitFor();
    expect(await page.getByRole('row').filter({ hasText: semesters[0].name }).count()).toBe(1);
    await page.getByRole('button', { name: '新增学期' }).click();
    const dialog = page.getByRole('dialog', { name: '新增学期' });
    await dialog.getByLabel('学期名称').fill(semesters[0].name);
    for (const [label, date] of [['开始日期', '2026-09-01'], ['结束日期', '2027-01-20'], ['自查截止日期', '2027-01-10']]) {
      await dialog.getByLabel(label).fill(date);
      await dialog.getByLabel(label).press('Enter');
    }
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const nameItem = dialog.locator('.ant-form-item').filter({ has: page.getByLabel('学期名称') });
    await nameItem.locator('.ant-form-item-explain-error').filter({ hasText: '记录已存在' }).waitFor();
    await dialog.getByLabel('学期名称').fill('2030-2031-1');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await cells(page.getByRole('row').filter({ hasText: '2030-2031-1' }))).toEqual(['2030-2031-1', '2026-09-01', '2027-01-20', '2027-01-10', '编辑 删除']);
    await screenshot(page, 'admin-calendar');
  }, 120_000);

  it('opens the queue dashboard (bull-board) from 队列与投递 in a new tab, signed in by its session cookie', async () => {
    const admin = await newPage(browser, stack.url); // a browser of its own: no session, no cookie yet
    admin.setDefaultTimeout(30_000);
    await signIn(admin, 'admin');
    await admin.getByRole('menuitem', { name: '队列与投递' }).click();
    await admin.waitForURL('**/system/queues');
    await admin.getByText('PostgreSQL').waitFor();
    const [board] = await Promise.all([admin.context().waitForEvent('page'), admin.getByRole('button', { name: '打开队列面板' }).click()]);
    await board.waitForURL('**/admin/queues');
    // bull-board's own page, reading its API with the cookie: every queue is listed
    for (const queue of ['reminders', 'deliveries', 'domain-events']) await board.getByText(queue, { exact: true }).first().waitFor();
    await screenshot(board, 'admin-queues');
    // the cookie is HttpOnly and for /admin/queues only: the console's pages cannot read it
    const [cookie] = await admin.context().cookies(`${stack.url}/admin/queues`);
    expect(cookie).toMatchObject({ name: 'coop_board', path: '/admin/queues', httpOnly: true, sameSite: 'Strict' });
    expect(await admin.evaluate('document.cookie')).toBe('');
    await admin.context().close();
  }, 120_000);
});

async function pick(page: Page, select: Locator, option: string) {
  await select.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

async function cells(row: Locator): Promise<string[]> {
  await row.first().waitFor();
  return (await row.first().locator('td').allInnerTexts()).map((t) => t.trim().replace(/\s*\n\s*/g, ' '));
}

async function statistic(page: Page, testId: string): Promise<string> {
  const s = page.getByTestId(testId);
  await s.waitFor();
  return (await s.locator('.ant-statistic-content-value').innerText()).trim();
}
