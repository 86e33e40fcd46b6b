// Part of `npm run bench`: the detection-quality figures (bench/quality/, also `npm run bench:quality`).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export async function runQuality() {
  console.log('\n== Detection quality (precision / recall / F1 on generated corpora, false positives per MB on real code)');
  const r = spawnSync(process.execPath, [join(import.meta.dirname, 'quality', 'run.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`bench/quality/run.mjs exited with ${r.status}`);
}
