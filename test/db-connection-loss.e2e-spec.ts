import { Client } from 'pg';
import { newCreditCode } from './support/api';
import { ADMIN_DATABASE_URL, TEST_REDIS_URL } from './support/services';
import { client, eventually, Stack, startStack } from './support/stack';
import { query } from './support/stack-flows';

interface Outcome {
  kind: 'create' | 'list' | 'get';
  status: number;
  retryAfter: string | null;
  creditCode?: string;
  error?: string;
}

/** Database connections dropped under load (item 12): 503 with Retry-After, never a 500, never a false success. */
describe('database connections terminated under load', () => {
  let stack: Stack;
  let api: ReturnType<typeof client>;
  const dbName = () => new URL(stack.databaseUrl).pathname.slice(1);

  beforeAll(async () => {
    stack = await startStack({ redisUrl: TEST_REDIS_URL });
    api = client(stack.url);
  }, 120_000);
  afterAll(() => stack?.stop());

  it('answers 200, 201 or 503 with Retry-After while pg_terminate_backend runs, and every 201 is real', async () => {
    const token = await api.token('center');
    const partnerId = (await api.ok('GET', '/api/v1/partners?pageSize=1', 'center')).items[0].id;
    const outcomes: Outcome[] = [];
    const request = async (kind: Outcome['kind']): Promise<void> => {
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      let url = `${stack.url}/api/v1/partners`;
      let body: string | undefined;
      let creditCode: string | undefined;
      if (kind === 'create') {
        creditCode = newCreditCode();
        headers['content-type'] = 'application/json';
        body = JSON.stringify({ name: `断线测试 ${creditCode}`, kind: 'enterprise', creditCode });
      } else if (kind === 'list') url += '?pageSize=5&sort=-createdAt';
      else url += `/${partnerId}`;
      try {
        const res = await fetch(url, { method: kind === 'create' ? 'POST' : 'GET', headers, body });
        await res.text();
        outcomes.push({ kind, status: res.status, retryAfter: res.headers.get('retry-after'), creditCode });
      } catch (err) {
        outcomes.push({ kind, status: 0, retryAfter: null, creditCode, error: String((err as Error).cause ?? err) }); // no answer at all
      }
    };

    // the terminator: a connection to another database, killing every backend of the stack's database
    const killer = new Client({ connectionString: ADMIN_DATABASE_URL });
    await killer.connect();
    let terminated = 0;
    let loadDone = false;
    const terminating = (async () => {
      for (let round = 0; round < 2000 && !loadDone; round++) {
        const rows = (await killer.query('SELECT pg_terminate_backend(pid) AS t FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [dbName()])).rows;
        terminated += rows.filter((r) => r.t).length;
        await new Promise((r) => setTimeout(r, 40));
      }
    })();
    const kinds: Array<Outcome['kind']> = ['create', 'list', 'get'];
    try {
      await Promise.all(
        Array.from({ length: 8 }, async (_, worker) => {
          for (let i = 0; i < 60; i++) await request(kinds[(worker + i) % 3]);
        }),
      );
    } finally {
      loadDone = true;
      await terminating;
      await killer.end();
    }

    expect(outcomes).toHaveLength(480);
    expect(terminated).toBeGreaterThan(0);
    const allowed: Record<Outcome['kind'], number[]> = { create: [201, 503], list: [200, 503], get: [200, 503] };
    expect(outcomes.filter((o) => !allowed[o.kind].includes(o.status))).toEqual([]);
    const unavailable = outcomes.filter((o) => o.status === 503);
    expect(unavailable.length).toBeGreaterThan(0); // the terminations did hit requests
    expect(unavailable.filter((o) => !o.retryAfter || !/^[1-9]\d*$/.test(o.retryAfter))).toEqual([]);

    // the service is still up, and the answers told the truth
    expect(stack.server.process.exitCode).toBeNull();
    await eventually('ready again', async () => (await api.call('GET', '/health/ready')).status === 200);
    const creates = outcomes.filter((o) => o.kind === 'create');
    const stored = new Set((await query(stack, 'SELECT credit_code FROM partners WHERE credit_code = ANY($1)', [creates.map((o) => o.creditCode)])).map((r) => r.credit_code));
    expect(creates.filter((o) => o.status === 201 && !stored.has(o.creditCode))).toEqual([]);
    expect(creates.filter((o) => o.status !== 201 && stored.has(o.creditCode))).toEqual([]);
  }, 120_000);
});
