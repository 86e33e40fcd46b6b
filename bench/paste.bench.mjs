// Part of `npm run bench`: the paste guard's hush/scanText latency (bench/paste.ts, built to out/bench/paste.js).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export async function runPasteBenchmark() {
  const script = join(import.meta.dirname, '..', 'out', 'bench', 'paste.js');
  if (!existsSync(script)) throw new Error('out/bench/paste.js missing: run `node esbuild.mjs` first');
  console.log('\n== paste guard: hush/scanText latency over stdio ==');
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`exit code ${r.status}`);
}
