import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot, signIn, signOut } from '../support/browser';
import { pdfBytes } from '../support/agreements';
import { client, startStack, type Stack } from '../support/stack';

/**
 * One agreement from 调研 to 学期自查 through the console: the college creates it and uploads its documents, each
 * role opens it (from 我的待办 where it waits for them) and sends its step from the buttons the API allows.
 */
describe('console: an agreement through its lifecycle', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  const title = `工业机器人订单班 ${Date.now().toString(36)}`;
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  let id = '';
  // the semester now (Shanghai): autumn (1) from August, spring (2) from February
  const [year, month] = today.split('-').map(Number);
  const semester = month >= 8 ? `${year}-${year + 1}-1` : month >= 2 ? `${year - 1}-${year}-2` : `${year - 1}-${year}-1`;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack({ redisUrl: null }), launchBrowser()]);
    page = await newPage(browser, stack.url);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  /** Clicks the event's button among the allowed ones, fills its form, confirms, waits for the new state. */
  async function act(label: RegExp, confirm: string, nextState: string, fill?: (dialog: Locator) => Promise<void>) {
    await page.getByTestId('allowed-events').getByRole('button', { name: label }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    if (fill) await fill(dialog);
    await dialog.getByRole('button', { name: confirm }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('agreement-state').filter({ hasText: nextState }).waitFor();
  }

  /** Picks the kind in the documents card, sets a small PDF and waits for the finished upload as version `v`. */
  async function uploadDoc(kind: string, v = 1) {
    const docs = page.getByTestId('documents');
    await docs.getByRole('combobox').click();
    await page.keyboard.type(kind);
    await pick(page, kind);
    await docs.locator('input[type=file]').setInputFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: pdfBytes(kind) });
    await docs.getByTestId('upload-done').filter({ hasText: `上传完成：${kind} 第 ${v} 版` }).waitFor();
  }

  /** Signs in as `user` and opens the agreement from 我的待办 (it waits for them there). */
  async function openFromTasks(user: string) {
    await signOut(page);
    await signIn(page, user);
    await page.getByRole('link', { name: title }).click();
    await page.getByTestId('agreement-title').filter({ hasText: title }).waitFor();
  }

  it('c1staff creates it, uploads the research report (version 1) and submits it', async () => {
    await signIn(page, 'c1staff');
    await page.goto('/agreements');
    await page.getByRole('button', { name: '新建合作项目' }).click();
    await page.getByLabel('项目名称', { exact: true }).fill(title);
    const api = client(stack.url);
    const me = await api.ok('GET', '/api/v1/auth/me', 'c1staff');
    const partner = (await api.ok('GET', '/api/v1/partners?status=active&pageSize=1&sort=name', 'c1staff')).items[0];
    const major = (await api.ok('GET', `/api/v1/majors?collegeId=${me.collegeId}`, 'c1staff')).items[0];
    await page.getByLabel('合作单位').click();
    await page.keyboard.type(partner.name);
    await pick(page, partner.name);
    await page.getByLabel('合作形式').click();
    await pick(page, '订单培养');
    await page.getByLabel('面向专业').click();
    await pick(page, `${major.name}（${major.code}）`);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /创\s*建/ }).click();
    await page.getByTestId('agreement-title').filter({ hasText: title }).waitFor();
    id = new URL(page.url()).pathname.split('/').pop()!;
    expect(await page.getByTestId('agreement-stage').innerText()).toBe('调研');
    expect(await page.getByTestId('missing-SUBMIT').innerText()).toBe('缺少材料：调研报告');

    await uploadDoc('调研报告');
    const docs = page.getByTestId('documents');
    await docs.getByRole('button', { name: '调研报告 第 1 版 调研报告.pdf' }).click();
    await docs.getByRole('cell', { name: '第 1 版' }).waitFor();
    await docs.getByRole('cell', { name: '调研报告.pdf' }).waitFor();
    await page.getByTestId('allowed-events').getByText('条件已满足').waitFor();
    expect(await page.getByTestId('upload-done').innerText()).toBe('上传完成：调研报告 第 1 版（调研报告.pdf）');
    await act(/^提\s?交$/, '确认提交', '学院准备材料');
    expect(await page.getByTestId('agreement-stage').innerText()).toBe('可行性分析');
    // the feasibility package is the staff's to prepare, the leader's to send
    for (const kind of ['考察报告', '合作方案', '党政联席会议纪要', '可行性分析报告']) await uploadDoc(kind);
    expect(await page.getByTestId('allowed-events').innerText()).not.toContain('提交');
  }, 120_000);

  it('c1leader sends the feasibility package; a recall makes the center’s open form stale (409); resent, the center approves it', async () => {
    await openFromTasks('c1leader');
    await act(/^提\s?交$/, '确认提交', '合作中心审核');
    await openFromTasks('center');
    // the leader recalls the package while the center has the page open: the center's approval is refused (409)
    const api = client(stack.url);
    await api.ok('POST', `/api/v1/agreements/${id}/events`, 'c1leader', { type: 'RECALL', comment: '补充材料' });
    await page.getByTestId('allowed-events').getByRole('button', { name: /^审核通过$/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认审核通过' }).click();
    expect(await page.getByTestId('event-error').innerText()).toBe('数据已被他人修改，请刷新后重试（页面已更新为最新状态）');
    await page.getByTestId('agreement-state').filter({ hasText: '学院准备材料' }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: /取\s?消/ }).click();
    await page.getByTestId('allowed-events').getByText('当前没有需要您办理的事项').waitFor();

    await openFromTasks('c1leader');
    await act(/^提\s?交$/, '确认提交', '合作中心审核');
    await openFromTasks('center');
    await act(/^审核通过$/, '确认审核通过', '拟定协议', async (d) => d.getByLabel('意见').fill('同意立项'));
    expect(await page.getByTestId('agreement-stage').innerText()).toBe('协议');
  }, 120_000);

  it('c1staff writes the contents, uploads the draft and submits; center, legal and both meetings approve', async () => {
    await openFromTasks('c1staff');
    expect(await page.getByTestId('missing-SUBMIT').innerText()).toContain('未填写：合作目的');
    await page.getByRole('button', { name: '编辑内容' }).click();
    const dialog = page.getByRole('dialog');
    const contents: Record<string, string> = {
      项目名称及范围: '工业机器人订单班', 合作目的: '培养工业机器人运维人才', 合作方式: '订单培养', 具体合作内容: '每年 40 人',
      双方权利和义务: '双方共同制定培养方案', '合作方投入及设备、技术清单': '工业机器人 4 台', 项目占用学校资源清单: '实训室 2 间',
      场地设施及运行费用承担: '企业承担维护费用', 服务收入分配及财务管理: '五五分成', 终止条件: '一方严重违约', 违约责任: '赔偿损失',
    };
    for (const [label, text] of Object.entries(contents)) await dialog.getByLabel(label, { exact: true }).fill(text);
    await fillDate(dialog.getByLabel('合作起始日期'), '2026-09-01');
    await fillDate(dialog.getByLabel('合作终止日期'), '2029-08-31');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('content').getByText('培养工业机器人运维人才').waitFor();
    await uploadDoc('合作协议草案');
    await page.getByTestId('allowed-events').getByText('条件已满足').waitFor();
    await act(/^提\s?交$/, '确认提交', '合作中心审核');
    // now it waits on the center: the college may nudge (催办) it, once a day
    const workItem = page.getByTestId('work-item');
    await workItem.getByText('本项目当前不在您的待办中。').waitFor();
    await workItem.getByRole('button', { name: /^催\s?办$/ }).click();
    await page.locator('.ant-message-notice').filter({ hasText: '已催办 1 项待办' }).waitFor();
    await workItem.getByRole('button', { name: /^催\s?办$/ }).click();
    await page.locator('.ant-message-notice').filter({ hasText: '今天已经催办过，请明天再试' }).waitFor();

    await openFromTasks('center');
    // the center's open item: copy it to legal (抄送) before approving
    await page.getByTestId('work-item').getByText('当前待办：合作中心审核').waitFor();
    await page.getByTestId('work-item').getByRole('button', { name: /^抄\s?送$/ }).click();
    await page.getByRole('dialog').getByLabel('抄送给').click();
    await page.keyboard.type('legal');
    await pick(page, '（legal）');
    await page.getByRole('dialog').getByLabel('说明').fill('请提前了解');
    await page.getByRole('dialog').getByRole('button', { name: /^确\s?定$/ }).click();
    await page.locator('.ant-message-notice').filter({ hasText: '已抄送' }).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await act(/^审核通过$/, '确认审核通过', '法务审核');
    await openFromTasks('legal');
    await uploadDoc('法务审核意见');
    await act(/^审核通过$/, '确认审核通过', '校长办公会', async (d) => d.getByLabel('意见').fill('合规'));

    await openFromTasks('leader');
    // the meeting's date and minutes number are required: the form says so before anything is sent
    await page.getByTestId('allowed-events').getByRole('button', { name: /^审核通过$/ }).click();
    await page.getByRole('dialog').getByLabel('会议纪要编号').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '确认审核通过' }).click();
    await page.getByRole('dialog').getByText('请填写会议纪要编号').waitFor();
    // a meeting in the future is the API's to refuse (422): its message lands next to the date
    await fillDate(page.getByRole('dialog').getByLabel('会议日期'), tomorrow);
    await page.getByRole('dialog').getByLabel('会议纪要编号').fill('校办〔2026〕12号');
    await page.getByRole('dialog').getByRole('button', { name: '确认审核通过' }).click();
    const dateItem = page.getByRole('dialog').locator('.ant-form-item').filter({ has: page.getByLabel('会议日期') });
    // the required-field message of the first click may still be fading out (antd's leave animation): read the live one
    const live = dateItem.locator('.ant-form-item-explain-error:not(.ant-form-show-help-item-leave)');
    await live.filter({ hasText: '不能晚于今天' }).waitFor();
    expect(await live.allInnerTexts()).toEqual(['不能晚于今天']);
    expect(await page.getByTestId('event-error').count()).toBe(0);
    await page.getByRole('dialog').getByRole('button', { name: /取\s?消/ }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await act(/^审核通过$/, '确认审核通过', '党委会', async (d) => {
      await fillDate(d.getByLabel('会议日期'), today);
      await d.getByLabel('会议纪要编号').fill('校办〔2026〕12号');
    });
    await page.reload();
    await act(/^审核通过$/, '确认审核通过', '审签', async (d) => {
      await fillDate(d.getByLabel('会议日期'), today);
      await d.getByLabel('会议纪要编号').fill('党委〔2026〕7号');
    });
  }, 180_000);

  it('c1staff records the signing and submits the filing; the center registers it', async () => {
    await openFromTasks('c1staff');
    await uploadDoc('合同审签表');
    await uploadDoc('已签署协议（盖章）');
    await act(/^登记签订$/, '确认登记签订', '待提交备案');
    expect(await page.getByTestId('agreement-stage').innerText()).toBe('备案');
    await act(/^提\s?交$/, '确认提交', '待备案登记');
    expect(await page.getByTestId('sub-steps').innerText()).toContain('待备案登记');

    await openFromTasks('center');
    await act(/^备案登记$/, '确认备案登记', '学期自查');
    expect(await page.getByTestId('agreement-stage').innerText()).toBe('学期自查');
    const state = await page.getByTestId('agreement-state').innerText();
    expect(state).toMatch(/已备案 BA-\d{4}-\d{5}/);

    const history = page.getByTestId('history-entry');
    await history.nth(12).waitFor();
    expect(await history.count()).toBe(13);
    const lines = (await history.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    expect(lines[0]).toContain('提交 调研 → 学院准备材料 c1staff（二级学院经办人）');
    expect(lines[1]).toContain('提交 学院准备材料 → 合作中心审核 c1leader（二级学院负责人）');
    expect(lines[2]).toContain('撤回 合作中心审核 → 学院准备材料 c1leader（二级学院负责人）');
    expect(lines[2]).toContain('意见：补充材料');
    expect(lines[4]).toContain('审核通过 合作中心审核 → 拟定协议 center（合作中心）');
    expect(lines[4]).toContain('意见：同意立项');
    expect(lines[8]).toContain('审核通过 校长办公会 → 党委会 leader（校领导）');
    expect(lines[8]).toContain('会议纪要编号 校办〔2026〕12号');
    expect(lines[10]).toContain(`登记签订 审签 → 待提交备案 c1staff（二级学院经办人）`);
    expect(lines[10]).toContain(`签署日期 ${today}`);
    expect(lines[12]).toContain('备案登记 待备案登记 → 学期自查 center（合作中心）');

    const api = client(stack.url);
    const final = await api.ok('GET', `/api/v1/agreements/${id}`, 'center');
    expect(final.statePath).toBe('selfCheck');
    expect(state).toContain(final.filingNumber);
    await screenshot(page, 'agreement-lifecycle');
  }, 120_000);

  it('the list finds it at 学期自查 with its filing number; 学期自查 lists what it owes', async () => {
    await page.goto('/agreements');
    await page.getByLabel('阶段').click();
    await pick(page, '学期自查');
    await page.waitForURL(/stage=selfCheck/);
    const row = page.locator('.ant-table-row').filter({ has: page.getByRole('link', { name: title }) });
    await row.waitFor();
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('智能制造学院');
    expect(text).toContain('订单培养');
    expect(text).toMatch(/学期自查 学期自查 已备案 BA-\d{4}-\d{5}/);
    await page.keyboard.press('Escape');
    await screenshot(page, 'agreement-list');
    await page.goto('/supervision');
    await page.getByText('没有督查整改中的项目').waitFor();
    await page.goto('/self-checks');
    const owed = page.locator('.ant-table-row').filter({ has: page.getByRole('link', { name: title }) });
    await owed.first().waitFor();
    expect(await owed.count()).toBeGreaterThanOrEqual(1);
    for (const line of await owed.allInnerTexts()) expect(line.replace(/\s+/g, ' ')).toMatch(/智能制造学院 \d{4}-\d{4}-[12] \d{4}-\d{2}-\d{2} — 待提交/);
    await screenshot(page, 'agreement-self-checks');
  }, 60_000);
  it('c1staff submits the semester self-check with typed figures; it goes to 复查', async () => {
    await openFromTasks('c1staff');
    await uploadDoc('学期自查报告');
    await page.getByTestId('allowed-events').getByRole('button', { name: '提交学期自查' }).click();
    const d = page.getByRole('dialog');
    await d.getByLabel('学期').fill('2026-1');
    await d.getByRole('button', { name: '确认提交学期自查' }).click();
    await d.getByText('格式如 2026-2027-1').waitFor();
    await d.getByText('请填写经费投入（万元）').waitFor();
    await d.getByLabel('学期').fill(semester);
    await d.getByLabel('经费投入（万元）').fill('12.5');
    await d.getByLabel('设备投入（万元）').fill('3');
    await d.getByLabel('培养学生数（人）').fill('40');
    await d.getByLabel('专业建设', { exact: true }).fill('修订人才培养方案');
    await d.getByLabel('实训条件', { exact: true }).fill('新增工位 20 个');
    await d.getByLabel('师资培养', { exact: true }).fill('企业培训教师 3 人');
    await d.getByLabel('技术服务', { exact: true }).fill('横向课题 1 项');
    await d.getByRole('button', { name: '确认提交学期自查' }).click();
    await d.waitFor({ state: 'hidden' });
    await page.getByTestId('agreement-stage').filter({ hasText: '复查' }).waitFor();
    const last = page.getByTestId('history-entry').nth(13);
    await last.waitFor();
    const text = (await last.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('提交学期自查 学期自查 → 复查 c1staff（二级学院经办人）');
    expect(text).toContain(`学期 ${semester}`);
    expect(text).toContain('经费投入（万元） 12.5');
    expect(text).toContain('培养学生数（人） 40');
    expect(text).toContain('学期自查报告 第 1 版');
    const after = await client(stack.url).ok('GET', `/api/v1/agreements/${id}`, 'c1staff');
    expect(after.statePath).toBe('review');
    expect(after.semester).toBe(semester);
    await screenshot(page, 'agreement-self-check-submitted');
  }, 60_000);
});

/** Clicks the visible option of the open antd Select whose text starts with `text`. */
async function pick(page: Page, text: string) {
  await page.locator('.ant-select-item-option:visible').filter({ hasText: text }).first().click();
}

/** An antd DatePicker: type the date and confirm it with Enter. */
async function fillDate(input: Locator, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}
