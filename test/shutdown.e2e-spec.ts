import { newCreditCode } from './support/api';
import { TEST_REDIS_URL } from './support/services';
import { client, eventually, Stack, startStack } from './support/stack';

interface Sent {
  started: number;
  ended: number;
  status?: number;
  complete: boolean;
  error?: string;
}

/** SIGTERM under load (item 14): the process exits with 0 within 5 s, and requests in flight get their whole answer. */
describe('SIGTERM under load', () => {
  let stack: Stack;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    stack = await startStack({ redisUrl: TEST_REDIS_URL });
    api = client(stack.url);
  }, 120_000);
  afterAll(() => stack?.stop());

  it('exits with code 0 within 5,000 ms, and no request in flight is cut off or answered 500', async () => {
    const token = await api.token('center');
    const c1 = await api.token('c1staff');
    const child = stack.server.process;
    const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.once('exit', (code) => resolve({ code, at: Date.now() })));
    const sent: Sent[] = [];
    let stopAt = Infinity;
    const send = async (i: number): Promise<boolean> => {
      const started = Date.now();
      const create = i % 3 === 0;
      const init: RequestInit = create
        ? { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: `停机测试 ${i}`, kind: 'other', creditCode: newCreditCode() }) }
        : { headers: { authorization: `Bearer ${i % 3 === 1 ? token : c1}` } };
      const path = create ? '/api/v1/partners' : i % 3 === 1 ? '/api/v1/partners?pageSize=20' : '/api/v1/agreements?pageSize=20';
      const entry: Sent = { started, ended: 0, complete: false };
      sent.push(entry);
      try {
        const res = await fetch(stack.url + path, init);
        entry.status = res.status;
        JSON.parse(await res.text()); // the whole body arrived
        entry.complete = true;
        return true;
      } catch (err) {
        entry.error = String((err as Error).cause ?? err);
        return false;
      } finally {
        entry.ended = Date.now();
      }
    };
    // eight clients, each sending back to back over keep-alive connections until the server stops answering
    const load = Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        for (let i = w; i < 8 * 2000 && Date.now() < stopAt; i += 8) if (!(await send(i))) return;
      }),
    );
    await eventually('the load is running', async () => sent.filter((s) => s.complete).length >= 100);

    const sigterm = Date.now();
    child.kill('SIGTERM');
    stopAt = sigterm + 10_000; // bounded: the clients give up after 10 s whatever happens
    const { code, at } = await exited;
    await load;
    const exitMs = at - sigterm;

    expect(code).toBe(0);
    expect(exitMs).toBeLessThan(5000);
    // every request sent before the signal got its whole answer, and none was a failure
    const before = sent.filter((s) => s.started < sigterm);
    expect(before.filter((s) => !s.complete)).toEqual([]);
    expect(before.filter((s) => s.started < sigterm && s.ended > sigterm).length).toBeGreaterThan(0);
    // later ones either got a whole answer or were refused before any answer began
    expect(sent.filter((s) => s.status !== undefined && !s.complete)).toEqual([]);
    expect(sent.filter((s) => s.complete && s.status !== 200 && s.status !== 201)).toEqual([]);
  }, 60_000);
});
