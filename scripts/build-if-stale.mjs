// `npm start` builds only when a source changed since the last build: the build's inputs are fingerprinted
// (path, size and modification time of every file), and the fingerprint is kept in dist/.build-fingerprint.
//   node scripts/build-if-stale.mjs           build when the fingerprint differs (or dist is missing), then record it
//   node scripts/build-if-stale.mjs --record  record the current fingerprint (the end of `npm run build`)
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const STAMP = join(ROOT, 'dist', '.build-fingerprint');
const INPUTS = ['src', 'workflows', 'migrations', 'console/src', 'console/index.html', 'console/vite.config.mts', 'console/tsconfig.json',
  'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json'];
const OUTPUTS = ['dist/src/main.js', 'console/dist/index.html'];

function walk(path, out) {
  if (!existsSync(path)) return;
  const st = statSync(path);
  if (st.isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name), out);
  else out.push(`${relative(ROOT, path)}:${st.size}:${st.mtimeMs}`);
}

export function fingerprint() {
  const files = [];
  for (const input of INPUTS) walk(join(ROOT, input), files);
  return createHash('sha256').update(files.join('\n')).digest('hex');
}

const current = fingerprint();
if (process.argv.includes('--record')) {
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  writeFileSync(STAMP, current);
} else {
  const built = existsSync(STAMP) ? readFileSync(STAMP, 'utf8') : null;
  if (built === current && OUTPUTS.every((o) => existsSync(join(ROOT, o)))) {
    console.log('build is current: not rebuilding');
  } else {
    execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit' });
    writeFileSync(STAMP, current); // the inputs as they were when this build began
  }
}
