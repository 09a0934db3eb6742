import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { baseUrl } from './support/api';
import { ROOT } from './support/server';

/** The README's walkthrough script must keep working: it is how a newcomer sees the whole lifecycle. */
describe('scripts/walkthrough.mjs', () => {
  it('takes a demo agreement from 调研 to 终止 against a running service', async () => {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, [join(ROOT, 'scripts', 'walkthrough.mjs'), baseUrl()], { cwd: ROOT });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('exit', (c) => resolve({ code: c, output }));
    });
    expect(output).toContain('terminated with reason expired');
    expect(output).toContain('history (15 transitions)');
    expect(code).toBe(0);
  });
});
