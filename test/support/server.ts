import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const MAIN = join(ROOT, 'dist', 'src', 'main.js');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** The environment a child gets: ours minus anything that would pick a run mode for it, and no `.env` of a developer's. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'PORT', 'DATA_DIR', 'MIGRATE_ON_START', 'SEED_DEMO']) delete env[k];
  return { ...env, ENV_FILE: 'none', ...extra };
}

/** Runs a built script to completion; rejects with its output when it fails. */
export function runScript(script: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', script)], { env, cwd: ROOT });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${script} exited ${code}:\n${out}`))));
  });
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<number | null>;
}

/** Starts dist/src/main.js and waits until `readyPath` answers 200. */
export async function startServer(env: NodeJS.ProcessEnv, opts: { logFile?: string; readyPath?: string; timeoutMs?: number } = {}): Promise<RunningServer> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first (npm test does it)`);
  const port = Number(env.PORT ?? (await freePort()));
  const child = spawn(process.execPath, [MAIN], { env: { ...env, PORT: String(port) }, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const log = opts.logFile ? createWriteStream(opts.logFile) : undefined;
  child.stdout!.on('data', (d) => { output = (output + d).slice(-20000); log?.write(d); });
  child.stderr!.on('data', (d) => { output = (output + d).slice(-20000); log?.write(d); });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  for (;;) {
    if (exited !== undefined) throw new Error(`server exited with ${exited} before it was ready:\n${output}`);
    try {
      const res = await fetch(url + (opts.readyPath ?? '/health/ready'));
      if (res.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not ready within ${opts.timeoutMs ?? 60_000} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (exited !== undefined) return resolve(exited);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
