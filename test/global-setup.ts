import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertRedis, createDatabase, TEST_JWT_SECRET, TEST_REDIS_URL } from './support/services';
import { cleanEnv, ROOT, runScript, startServer } from './support/server';

/**
 * One fresh PostgreSQL database per run, migrated and seeded with the demo data by the real CLI scripts,
 * and one server process in production mode (PostgreSQL + Redis) that every e2e spec talks to over HTTP.
 */
export default async function globalSetup(): Promise<void> {
  const dbName = `coop_e2e_${Date.now()}_${process.pid}`;
  await assertRedis();
  const databaseUrl = await createDatabase(dbName);
  const dataDir = mkdtempSync(join(tmpdir(), 'coop-e2e-'));
  const env = cleanEnv({ DATABASE_URL: databaseUrl, REDIS_URL: TEST_REDIS_URL, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'warn', DATA_DIR: dataDir, QUEUE_PREFIX: dbName });
  await runScript('database/migrate.js', env);
  await runScript('database/seed-demo.js', env);
  const server = await startServer(env, { logFile: join(ROOT, 'dist', 'e2e-server.log') });
  process.env.E2E_BASE_URL = server.url;
  process.env.E2E_DATABASE_URL = databaseUrl;
  process.env.E2E_JWT_SECRET = TEST_JWT_SECRET;
  (globalThis as Record<string, unknown>).__E2E__ = { server, dbName, dataDir };
}
