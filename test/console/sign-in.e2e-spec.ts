import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot, signIn } from '../support/browser';
import { startStack, type Stack } from '../support/stack';

/** The console in a real browser: served at `/` by the same process, signing in, the home page, a deep link. */
describe('console: sign-in and the home page', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack({ redisUrl: null }), launchBrowser()]);
    page = await newPage(browser, stack.url);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('refuses a wrong password with the API’s Chinese message, then signs in to 我的待办', async () => {
    await page.goto('/');
    await page.getByLabel('用户名').fill('c1staff');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expectText(page.getByTestId('login-error'), '用户名或密码错误');
    await signIn(page, 'c1staff');
    expect(new URL(page.url()).pathname).toBe('/tasks');
    await expectText(page.getByTestId('user-menu'), '智能制造学院');
    await screenshot(page, 'sign-in');
  }, 60_000);
});

async function expectText(locator: ReturnType<Page['getByTestId']>, text: string) {
  await locator.waitFor();
  expect(await locator.innerText()).toContain(text);
}
