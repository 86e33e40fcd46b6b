// `npm run bench` part: `hush scan --history` throughput and incident-status latency (bench/history.ts,
// built by esbuild.mjs into out/bench/history.js).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export async function runHistoryBench() {
  console.log('\n== git history (hush scan --history, status lookups)');
  const script = join(import.meta.dirname, '..', 'out', 'bench', 'history.js');
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`history bench exited with ${r.status}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runHistoryBench();
