import { loadConfig } from '../config/env';
import { loadEnvFile } from '../config/env-file';
import { runMigrations } from './data-source';

/** `npm run migration:run`: applies pending migrations to DATABASE_URL. */
async function main() {
  loadEnvFile();
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required (embedded mode migrates at start-up by itself)');
  const ran = await runMigrations(config.DATABASE_URL);
  console.log(JSON.stringify({ msg: 'migrations applied', count: ran.length, migrations: ran }));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
