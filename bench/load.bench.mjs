// Part of `npm run bench`: the language server under load (bench/load.ts, built to out/bench/load.js):
// memory over a 100,000-file workspace scan, typing latency during it, cancellation.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export async function runLoadBenchmark() {
  const script = join(import.meta.dirname, '..', 'out', 'bench', 'load.js');
  if (!existsSync(script)) throw new Error('out/bench/load.js missing: run `node esbuild.mjs` first');
  console.log('\n== language server under load: 100,000-file workspace scan ==');
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`exit code ${r.status}`);
}
