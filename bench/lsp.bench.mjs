// Part of `npm run bench`: the language server's per-edit latency (bench/lsp.ts, built to out/bench/lsp.js).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export async function runLspBenchmark() {
  const script = join(import.meta.dirname, '..', 'out', 'bench', 'lsp.js');
  if (!existsSync(script)) throw new Error('out/bench/lsp.js missing: run `node esbuild.mjs` first');
  console.log('\n== language server: per-edit latency over stdio ==');
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`exit code ${r.status}`);
}
