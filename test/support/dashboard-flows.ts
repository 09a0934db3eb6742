import { client, Stack } from './stack';
import { atCenterReview, toAwaitingFiling } from './stack-flows';

type Api = ReturnType<typeof client>;

/**
 * Progress figures with known counts, on a fresh stack. 智能制造学院: 2 at 调研, 1 at 可行性分析, 1 awaiting filing
 * signed 2026-12-02 (overdue by January), 1 filed and running (owes the 2026-2027-1 self-check due 2027-01-10); its
 * 2026-11 report signed off late and 2026-12 on time. 信息工程学院: 1 at 调研, no reports. Ends with the clock at
 * 2027-01-15 10:00 Shanghai; monthly reports are owed from 2026-09.
 */
export async function seedProgress(stack: Stack, api: Api): Promise<{ c1: string; c2: string }> {
  await api.setClock('2026-12-02T02:00:00.000Z');
  await api.ok('PUT', '/api/v1/calendar', 'admin', { firstMonth: '2026-09' });
  const c1 = (await api.ok('GET', '/api/v1/auth/me', 'c1staff')).collegeId as string;
  const c2 = (await api.ok('GET', '/api/v1/auth/me', 'c2staff')).collegeId as string;
  for (const month of ['2026-11', '2026-12']) {
    const r = await api.ok('POST', '/api/v1/monthly-reports', 'c1staff', { month, workDone: '走访企业' });
    await api.ok('POST', `/api/v1/monthly-reports/${r.id}/submit`, 'c1staff');
    await api.ok('POST', `/api/v1/monthly-reports/${r.id}/sign-off`, 'c1leader');
  }
  const create = async (user: string, college: string, title: string) => {
    const partner = (await api.ok('GET', '/api/v1/partners?status=active', user)).items[0];
    const major = (await api.ok('GET', `/api/v1/majors?collegeId=${college}`, user)).items[0];
    return api.ok('POST', '/api/v1/agreements', user, { title, partnerId: partner.id, cooperationType: 'internship', majorIds: [major.id] });
  };
  await create('c1staff', c1, '调研一');
  await create('c1staff', c1, '调研二');
  await create('c2staff', c2, '信息调研');
  await atCenterReview(stack, api, '可行性审核中');
  const filing = await atCenterReview(stack, api, '待备案');
  await toAwaitingFiling(api, filing.id, '2026-12-02');
  const running = await atCenterReview(stack, api, '执行中');
  await toAwaitingFiling(api, running.id, '2026-12-02');
  await api.ok('POST', `/api/v1/agreements/${running.id}/events`, 'c1staff', { type: 'SUBMIT' });
  await api.ok('POST', `/api/v1/agreements/${running.id}/events`, 'center', { type: 'REGISTER_FILING' });
  await api.setClock('2027-01-15T02:00:00.000Z');
  return { c1, c2 };
}
