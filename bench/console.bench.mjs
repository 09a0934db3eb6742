// The console in a real browser (Debian's chromium): the JavaScript a first visit transfers (gzip, as served), and
// the time until the agreement pages are usable with N agreements in the database.
//   npm run bench:console                  (N=1000 agreements)
//   N=5000 RUNS=9 node bench/console.bench.mjs
// Targets (issue 11): initial page ≤ 350 KB of JavaScript, agreement page interactive ≤ 1.5 s.
// "Interactive": from navigation start until the page's data is on screen and its first control can be clicked
// (the list's first row link, the agreement page's event buttons and history), measured in the page itself.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { client, pct, pool, startStack } from './support.mjs';

const N = Number(process.env.N ?? 1000);
const RUNS = Number(process.env.RUNS ?? 7);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium fonts-wqy-microhei`);

const stack = await startStack({ prefix: 'coop_bench_console' });
const { login, call } = client(stack.base);
await Promise.all(['c1staff', 'center'].map((u) => login(u)));
const partner = (await call('c1staff', 'GET', '/api/v1/partners?pageSize=1')).items[0];
const major = (await call('c1staff', 'GET', `/api/v1/majors?pageSize=1&collegeId=${(await call('c1staff', 'GET', '/api/v1/auth/me')).collegeId}`)).items[0];
const ids = [];
const made = await pool(Array.from({ length: N }, (_, i) => i), async (i) => {
  ids.push((await call('c1staff', 'POST', '/api/v1/agreements', { title: `看板压测项目 ${String(i).padStart(5, '0')}`, partnerId: partner.id, cooperationType: 'internship', majorIds: [major.id] })).id);
}, 8);
// the agreement page as its college officer sees it: the research report is in, so SUBMIT is offered
const target = ids[Math.floor(ids.length / 2)];
const form = new FormData();
form.append('kind', 'research_report');
form.append('file', new Blob([Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')], { type: 'application/pdf' }), '调研报告.pdf');
await call('c1staff', 'POST', `/api/v1/agreements/${target}/documents`, form);
const token = (await (await fetch(`${stack.base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'c1staff', password: 'demo123456' }) })).json()).accessToken;

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const newContext = async (signedIn) => {
  const context = await browser.newContext({ baseURL: stack.base, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  if (signedIn) await context.addInitScript((t) => localStorage.setItem('coop.session', JSON.stringify({ token: t })), token);
  return context;
};

/** Every script the page loads, with the bytes that crossed the wire (encoded body, gzip when served so). */
async function transferred(path, signedIn, ready) {
  const context = await newContext(signedIn);
  const page = await context.newPage();
  const scripts = [];
  page.on('requestfinished', async (req) => {
    if (req.resourceType() !== 'script') return;
    scripts.push(req.sizes().then((s) => ({ url: req.url(), bytes: s.responseBodySize, encoding: null })));
  });
  await page.goto(path);
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  const list = await Promise.all(scripts);
  await context.close();
  return { files: list.length, kb: list.reduce((a, s) => a + s.bytes, 0) / 1024 };
}

/** ms from navigation start until `ready` is visible and enabled, cold (new context: empty cache) or warm (reload). */
async function interactive(path, ready, runs) {
  const cold = [];
  const warm = [];
  for (let i = 0; i < runs; i++) {
    const context = await newContext(true);
    const page = await context.newPage();
    for (const bucket of [cold, warm]) {
      await page.goto(path);
      const locator = page.locator(ready).first();
      await locator.waitFor({ state: 'visible' });
      if (ready === READY.detail) await page.locator(READY.history).waitFor({ state: 'visible' });
      bucket.push(await page.evaluate(() => performance.now()));
    }
    await context.close();
  }
  const f = (xs) => ({ p50: Math.round(pct(xs, 50)), p95: Math.round(pct(xs, 95)), max: Math.round(Math.max(...xs)) });
  return { cold: f(cold), warm: f(warm) };
}

const READY = {
  login: 'button:has-text("登")',
  home: '[data-testid="tasks-total"]',
  list: '.ant-table-row a',
  // the event buttons and the history timeline both on screen: the page's data has arrived and it can be acted on
  detail: '[data-testid="allowed-events"] button:not([disabled])',
  history: '[data-testid="history"]',
};
const sizes = {
  login: await transferred('/', false, READY.login),
  home: await transferred('/tasks', true, READY.home),
  list: await transferred('/agreements', true, READY.list),
};
const tti = {
  list: await interactive('/agreements', READY.list, RUNS),
  detail: await interactive(`/agreements/${target}`, READY.detail, RUNS),
};
await browser.close();
await stack.stop();

const line = (name, v, unit = '') => console.log(`${name.padEnd(44)} ${v}${unit}`);
console.log(`\nconsole bench — ${N} agreements of one college (made at ${made.perSecond.toFixed(0)}/s), ${RUNS} runs each, as c1staff`);
line('JS transferred: sign-in page', `${sizes.login.kb.toFixed(1)} KB in ${sizes.login.files} files`);
line('JS transferred: 我的待办 (first page after sign-in)', `${sizes.home.kb.toFixed(1)} KB in ${sizes.home.files} files (target ≤ 350 KB: ${(sizes.home.kb / 350).toFixed(2)} of it)`);
line('JS transferred: agreements list', `${sizes.list.kb.toFixed(1)} KB in ${sizes.list.files} files`);
for (const [name, r] of Object.entries(tti)) {
  line(`interactive: agreement ${name} (cold)`, `p50 ${r.cold.p50} ms, p95 ${r.cold.p95} ms, max ${r.cold.max} ms (target ≤ 1500 ms: ${(r.cold.p95 / 1500).toFixed(2)} of it)`);
  line(`interactive: agreement ${name} (warm cache)`, `p50 ${r.warm.p50} ms, p95 ${r.warm.p95} ms`);
}
