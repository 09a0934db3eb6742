import { rmSync } from 'node:fs';
import { dropDatabase, dropQueues } from './support/services';
import type { RunningServer } from './support/server';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__E2E__ as { server: RunningServer; dbName: string; dataDir: string } | undefined;
  if (!state) return;
  await state.server.stop();
  if (!process.env.E2E_KEEP_DB) {
    await dropDatabase(state.dbName);
    await dropQueues(state.dbName);
    rmSync(state.dataDir, { recursive: true, force: true });
  }
}
