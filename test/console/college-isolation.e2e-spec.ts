import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot, signIn } from '../support/browser';
import { client, startStack, type Stack } from '../support/stack';

/** Another college's agreement stays out of sight: not listed, a clear refusal at its URL, not among the tasks. */
describe('console: a college sees only its own agreements', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  const title = `智能制造学院专属项目 ${Date.now().toString(36)}`;
  let id = '';
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack({ redisUrl: null }), launchBrowser()]);
    page = await newPage(browser, stack.url);
    const api = client(stack.url);
    const me = await api.ok('GET', '/api/v1/auth/me', 'c1staff');
    const partner = (await api.ok('GET', '/api/v1/partners?status=active&pageSize=1', 'c1staff')).items[0];
    const major = (await api.ok('GET', `/api/v1/majors?collegeId=${me.collegeId}`, 'c1staff')).items[0];
    const created = await api.ok('POST', '/api/v1/agreements', 'c1staff', { title, partnerId: partner.id, cooperationType: 'order_class', majorIds: [major.id] });
    id = created.id;
    // its college sees it under the same search: the filter below is not what hides it from college 2
    const own = await api.ok('GET', `/api/v1/agreements?q=${encodeURIComponent(title)}`, 'c1staff');
    expect(own.items.map((a: { id: string }) => a.id)).toEqual([id]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('c2staff: the list does not show it, its URL says 无权查看, and 我的待办 does not include it', async () => {
    await signIn(page, 'c2staff');
    expect(await page.getByTestId('user-menu').innerText()).toContain('信息工程学院');

    await page.goto(`/agreements?q=${encodeURIComponent(title)}`);
    await page.getByText('没有符合条件的合作项目').waitFor();
    expect(await page.getByRole('link', { name: title }).count()).toBe(0);
    await page.goto('/agreements');
    await page.getByText(/共 \d+ 项|没有符合条件的合作项目/).first().waitFor();
    expect(await page.getByRole('link', { name: title }).count()).toBe(0);

    await page.goto(`/agreements/${id}`);
    await page.getByTestId('access-problem').waitFor();
    expect(await page.locator('.ant-result-title').innerText()).toBe('无权查看此合作项目');
    expect(await page.getByTestId('access-problem').innerText()).toBe('只能访问本学院的数据');
    const api = client(stack.url);
    const direct = await api.call('GET', `/api/v1/agreements/${id}`, 'c2staff');
    expect(direct.status).toBe(403);
    expect(direct.body.code).toBe('forbidden_college');
    expect(await page.getByTestId('agreement-title').count()).toBe(0);
    await page.getByRole('button', { name: '返回合作项目列表' }).waitFor();

    await page.goto('/tasks');
    await page.getByTestId('tasks-total').waitFor();
    await page.locator('.ant-table-tbody').waitFor();
    expect(await page.getByRole('link', { name: title }).count()).toBe(0);
    const tasks = await api.ok('GET', '/api/v1/tasks?kind=agreement&pageSize=100', 'c2staff');
    expect(tasks.items.filter((t: { subjectId: string }) => t.subjectId === id)).toEqual([]);
    // while its own college has the item waiting
    const c1 = await api.ok('GET', '/api/v1/tasks?kind=agreement&pageSize=100', 'c1staff');
    expect(c1.items.filter((t: { subjectId: string }) => t.subjectId === id)).toHaveLength(1);

    await page.goto(`/agreements/${id}`);
    await page.getByTestId('access-problem').waitFor();
    await screenshot(page, 'college-isolation');
  }, 60_000);
});
