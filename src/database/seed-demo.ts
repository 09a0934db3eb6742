import { DataSource } from 'typeorm';
import { loadConfig } from '../config/env';
import { loadEnvFile } from '../config/env-file';
import { dataSourceOptions } from './data-source';
import { seedDemoData } from './demo-data';

/** `npm run seed:demo`: creates the demo accounts and data in DATABASE_URL (migrated first). */
async function main() {
  loadEnvFile();
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required (embedded mode seeds on first start by itself)');
  const ds = await new DataSource(dataSourceOptions(config.DATABASE_URL, 1)).initialize();
  try {
    console.log(JSON.stringify({ msg: 'demo data', created: await seedDemoData(ds) }));
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
