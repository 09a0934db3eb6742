#!/usr/bin/env node
// `npm run bench`: every benchmark in bench/, one after the other, each printing its own figures and ratios.
// BENCH_SIZE=full (default) measures at the sizes the targets name (lists over 1,000,000 agreements, the sweep over
// 100,000, 15 s per transition phase); BENCH_SIZE=small runs the same code at a tenth or a fifth of that (for a quick
// look; the figures are not the targets'). A knob set in the environment (N=…, BENCH_SECONDS=…) wins.
import { spawnSync } from 'node:child_process';

const SIZE = process.env.BENCH_SIZE ?? 'full';
if (!['full', 'small'].includes(SIZE)) throw new Error(`BENCH_SIZE must be full or small, not ${SIZE}`);
const small = SIZE === 'small';
const benches = [
  ['transitions.bench.mjs', { BENCH_SECONDS: small ? '5' : '15' }],
  ['lists.bench.mjs', { N: small ? '100000' : '1000000' }],
  ['sweep.bench.mjs', { N: small ? '20000' : '100000' }],
  ['api.bench.mjs', { BENCH_AGREEMENTS: small ? '100' : '400' }],
  ['assessment.bench.mjs', {}],
  ['console.bench.mjs', {}],
  ['startup.bench.mjs', {}],
];
const failed = [];
for (const [file, knobs] of benches) {
  console.log(`\n=== bench/${file} (${SIZE}) ===`);
  const env = { ...knobs, ...process.env };
  const r = spawnSync(process.execPath, [new URL(file, import.meta.url).pathname], { env, stdio: 'inherit' });
  if (r.status !== 0) failed.push(file);
}
if (failed.length) {
  console.error(`\nbenchmarks that did not finish: ${failed.join(', ')}`);
  process.exit(1);
}
