// Regenerates the console's typed client from a running service's OpenAPI document:
//   npm run console:api                      (from http://localhost:3000)
//   node scripts/console-api.mjs http://localhost:3999
// A test fails while console/src/api/schema.d.ts differs from what the service describes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = process.argv[2] ?? 'http://localhost:3000';
const res = await fetch(`${base}/api/docs-json`);
if (!res.ok) throw new Error(`${base}/api/docs-json answered ${res.status}`);
const dir = mkdtempSync(join(tmpdir(), 'console-api-'));
writeFileSync(join(dir, 'openapi.json'), await res.text());
execFileSync(process.execPath, [join(import.meta.dirname, '..', 'test', 'support', 'openapi-types.mjs'), join(dir, 'openapi.json'), join(import.meta.dirname, '..', 'console', 'src', 'api', 'schema.d.ts')], { stdio: 'inherit' });
rmSync(dir, { recursive: true, force: true });
console.log('console/src/api/schema.d.ts written');
