import { api, login, me, newCreditCode, sql } from './support/api';
import { agreementAt, createAgreement, demoPartnerAndMajor } from './support/agreements';

/**
 * GET /api/v1/agreements over many pages: keyset paging (`cursor` / `nextCursor`) for every sort, the same order as
 * `page`, search by title, partner name and filing number, and how `total` was counted (`totalEstimated`).
 * Each test works on agreements of a partner of its own, so the rest of the shared database does not matter.
 */
const SORTS = ['updatedAt', '-updatedAt', 'createdAt', '-createdAt', 'title', '-title', 'endDate', '-endDate'];

async function newPartner(name: string): Promise<string> {
  const res = await api('POST', '/api/v1/partners', { token: await login('c1staff'), body: { name, kind: 'enterprise', creditCode: newCreditCode() } });
  if (res.status !== 201) throw new Error(`partner → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

type Summary = { id: string; title: string; updatedAt: string; createdAt: string; endDate: string | null; filingNumber: string | null };

async function list(query: string, user = 'center') {
  const res = await api('GET', `/api/v1/agreements?${query}`, { token: await login(user) });
  if (res.status !== 200) throw new Error(`list ${query} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { items: Summary[]; total: number; page: number; pageSize: number; nextCursor: string | null; totalEstimated: boolean };
}

describe('agreement lists', () => {
  let partnerId: string;
  let ids: string[];
  const tag = `翻页${Math.random().toString(36).slice(2, 7)}`;

  beforeAll(async () => {
    partnerId = await newPartner(`${tag}游标测试科技有限公司`);
    const { majorId } = await demoPartnerAndMajor('c1staff');
    ids = [];
    for (let i = 0; i < 23; i++) {
      ids.push((await createAgreement('c1staff', { partnerId, majorIds: [majorId], title: `${tag} 项目 ${String.fromCharCode(65 + (i % 7))}${i % 5}` })).id);
    }
    // ties on every sort key (the id breaks them), end dates with and without a value, titles repeated
    await sql(`UPDATE agreements SET updated_at = '2026-01-01T00:00:00Z', created_at = '2025-06-01T00:00:00Z' WHERE id = ANY($1::uuid[])`, [ids.slice(0, 9)]);
    await sql(`UPDATE agreements SET end_date = DATE '2027-01-01' + (substr(id::text, 1, 1) < '8')::int WHERE id = ANY($1::uuid[])`, [ids.slice(5, 17)]);
  }, 60_000);

  it.each(SORTS)('walks every page by cursor, sort=%s: no duplicate, no gap, the order of page-based paging', async (sort) => {
    const byPage: string[] = [];
    for (let page = 1; ; page++) {
      const body = await list(`partnerId=${partnerId}&sort=${sort}&pageSize=5&page=${page}`);
      byPage.push(...body.items.map((a) => a.id));
      if (body.items.length < 5) break;
    }
    const byCursor: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const body = await list(`partnerId=${partnerId}&sort=${sort}&pageSize=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(body).toMatchObject({ total: 23, totalEstimated: false, page: 1, pageSize: 5 });
      byCursor.push(...body.items.map((a) => a.id));
      cursor = body.nextCursor;
      pages++;
      expect(cursor === null).toBe(byCursor.length === 23);
    } while (cursor);
    expect(pages).toBe(5);
    expect(byCursor).toEqual(byPage);
    expect([...byCursor].sort()).toEqual([...ids].sort());
  });

  it('orders by the sort key, then by id in the same direction; agreements without an end date come last either way', async () => {
    const all = async (sort: string) => (await list(`partnerId=${partnerId}&sort=${sort}&pageSize=100`)).items;
    const updated = await all('-updatedAt');
    const tied = updated.filter((a) => a.updatedAt === '2026-01-01T00:00:00.000Z').map((a) => a.id);
    expect(tied).toEqual(ids.slice(0, 9).sort().reverse());
    expect(updated.slice(-9).map((a) => a.id)).toEqual(tied);
    const ascending = (await all('updatedAt')).slice(0, 9).map((a) => a.id);
    expect(ascending).toEqual(ids.slice(0, 9).sort());
    for (const sort of ['endDate', '-endDate']) {
      const items = await all(sort);
      const dated = items.filter((a) => a.endDate !== null);
      expect(dated.length).toBe(12);
      expect(items.slice(0, 12)).toEqual(dated);
      const dates = dated.map((a) => a.endDate!);
      expect(dates).toEqual([...dates].sort((x, y) => (sort === 'endDate' ? x.localeCompare(y) : y.localeCompare(x))));
    }
    const titles = (await all('title')).map((a) => a.title);
    expect(titles).toEqual([...titles].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
  });

  it('gives nextCursor on page-based pages too, so a client may switch to the cursor', async () => {
    const second = await list(`partnerId=${partnerId}&pageSize=5&page=2`);
    const after = await list(`partnerId=${partnerId}&pageSize=5&cursor=${encodeURIComponent(second.nextCursor!)}`);
    const third = await list(`partnerId=${partnerId}&pageSize=5&page=3`);
    expect(after.items.map((a) => a.id)).toEqual(third.items.map((a) => a.id));
    expect((await list(`partnerId=${partnerId}&pageSize=5&page=5`)).nextCursor).toBeNull();
  });

  it('refuses a cursor it did not give out, one made for another sort, and a cursor with page > 1', async () => {
    const token = await login('center');
    const { nextCursor } = await list(`partnerId=${partnerId}&pageSize=5&sort=title`);
    const cases = [
      [`cursor=not-a-cursor`, 'invalid_format'],
      [`cursor=${Buffer.from(JSON.stringify(['title', 'x', 'not-a-uuid'])).toString('base64url')}`, 'invalid_format'],
      [`sort=-title&cursor=${nextCursor}`, 'invalid_format'],
      [`sort=title&page=2&cursor=${nextCursor}`, 'not_allowed_value'],
    ];
    for (const [query, code] of cases) {
      const res = await api('GET', `/api/v1/agreements?partnerId=${partnerId}&${query}`, { token });
      expect([res.status, res.body.code, res.body.errors]).toEqual([400, 'validation_failed', [expect.objectContaining({ field: 'cursor', code })]]);
    }
  });

  it('searches by title, by partner name and by filing number (whole, from its start, or a part of it)', async () => {
    const byTitle = await list(`q=${encodeURIComponent(`${tag} 项目 C2`)}&pageSize=100`);
    expect(byTitle.items.map((a) => a.title)).toEqual(expect.arrayContaining([`${tag} 项目 C2`]));
    expect(byTitle.items.every((a) => a.title.startsWith(`${tag} 项目 C2`))).toBe(true);

    const partnerName = `${tag}游标测试`;
    const byPartner = await list(`q=${encodeURIComponent(partnerName)}&pageSize=100`);
    expect(byPartner).toMatchObject({ total: 23, totalEstimated: false });
    expect(byPartner.items.map((a) => a.id).sort()).toEqual([...ids].sort());
    // the partner's name and an agreement's title both match: each agreement once
    const both = await list(`q=${encodeURIComponent(tag)}&pageSize=100`);
    expect(both.total).toBe(23);
    expect(new Set(both.items.map((a) => a.id)).size).toBe(23);

    const filed = await agreementAt(11);
    const number: string = filed.filingNumber;
    expect(number).toMatch(/^BA-\d{4}-\d{5,}$/);
    for (const q of [number, number.toLowerCase(), number.slice(0, -1), number.slice(3)]) {
      const found = await list(`q=${encodeURIComponent(q)}&pageSize=100`);
      expect(found.items.map((a) => a.id)).toContain(filed.id);
      expect(found.items.every((a) => a.filingNumber?.toUpperCase().includes(q.toUpperCase()) || a.title.includes(q))).toBe(true);
    }
    expect((await list(`q=${encodeURIComponent(number + '9')}`)).total).toBe(0);
    // a college user finds only their own college's
    expect((await list(`q=${encodeURIComponent(number)}`, 'c2staff')).total).toBe(0);
    expect((await list(`q=${encodeURIComponent(number)}`, 'c1staff')).items.map((a) => a.id)).toEqual([filed.id]);
  }, 60_000);

  it('lists for a user of another college only what was copied to them (record grants), and for finance the filed ones', async () => {
    const { id: c2staff } = await me(await login('c2staff'));
    expect((await list(`partnerId=${partnerId}`, 'c2staff')).total).toBe(0);
    await sql(`INSERT INTO record_grants (workflow, subject_id, user_id, reason, granted_at) VALUES ('agreement', $1, $2, 'cc', now())`, [ids[3], c2staff]);
    const copied = await list(`partnerId=${partnerId}&pageSize=100`, 'c2staff');
    expect([copied.total, copied.items.map((a) => a.id)]).toEqual([1, [ids[3]]]);
    expect((await list(`q=${encodeURIComponent(tag)}&pageSize=100`, 'c2staff')).items.map((a) => a.id)).toEqual([ids[3]]);
    expect((await list(`partnerId=${partnerId}`, 'finance')).total).toBe(0); // none of them is filed
    expect((await list(`partnerId=${partnerId}`, 'c1staff')).total).toBe(23);
    // the server is shared with the other specs: the copy goes, so c2staff again sees no college-1 agreement there
    await sql(`DELETE FROM record_grants WHERE subject_id = $1 AND user_id = $2 AND reason = 'cc'`, [ids[3], c2staff]);
    expect((await list(`partnerId=${partnerId}`, 'c2staff')).total).toBe(0);
  });

  describe('with more than 10,000 matching', () => {
    let bigPartner: string;
    beforeAll(async () => {
      bigPartner = await newPartner(`${tag}大批量科技有限公司`);
      const template = await createAgreement('c1staff', { partnerId: bigPartner, title: `${tag} 模板` });
      await sql(
        `INSERT INTO agreements (title, college_id, partner_id, cooperation_type, requires_demonstration, stage, state, snapshot, machine_version, created_at, updated_at, entered_state_at)
         SELECT '${tag} 批量 ' || i, college_id, partner_id, cooperation_type, requires_demonstration, stage, state, snapshot, machine_version,
           created_at, created_at + i * interval '1 second', created_at
         FROM agreements, generate_series(1, 10050) i WHERE id = $1`,
        [template.id],
      );
    }, 60_000);
    afterAll(async () => {
      await sql(`DELETE FROM agreements WHERE partner_id = $1 AND title LIKE '%批量%'`, [bigPartner]);
    });

    it('counts exactly up to 10,000 (1,000 for a search) and says when total is an estimate', async () => {
      const big = await list(`partnerId=${bigPartner}&pageSize=100`);
      expect(big.totalEstimated).toBe(true);
      expect(big.total).toBeGreaterThan(10_000);
      expect(big.items).toHaveLength(100);
      expect(big.nextCursor).toEqual(expect.any(String));
      const small = await list(`partnerId=${bigPartner}&q=${encodeURIComponent(`${tag} 批量 1000`)}`);
      expect(small).toMatchObject({ total: 11, totalEstimated: false }); // 1000 and 10000–10009
      // a search counts exactly up to 1,000 only (each trigram match is checked again in the table)
      const searched = await list(`q=${encodeURIComponent(`${tag} 批量`)}`);
      expect(searched.totalEstimated).toBe(true);
      expect(searched.total).toBeGreaterThan(1_000);
      // the cursor reaches the last of 10,051 rows with the same cost: the page after the 10,040th
      const tail = await list(`partnerId=${bigPartner}&sort=updatedAt&pageSize=11`);
      const [, key, id] = JSON.parse(Buffer.from(tail.nextCursor!, 'base64url').toString());
      const last = await list(`partnerId=${bigPartner}&sort=-updatedAt&pageSize=20&cursor=${Buffer.from(JSON.stringify(['-updatedAt', key, id])).toString('base64url')}`);
      expect(last.items).toHaveLength(10);
      expect(last.nextCursor).toBeNull();
      expect(last.items[last.items.length - 1].id).toBe(tail.items[0].id);
    });
  });
});
