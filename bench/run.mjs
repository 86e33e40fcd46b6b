// `npm run bench`: runs every benchmark part that exists, one after another, each printing its own figures.
// Add a part by appending { name, file } (a built out/bench/*.js or a bench/*.mjs script).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const parts = [
  { name: 'language server (per-edit latency)', file: 'out/bench/lsp.js' },
  { name: 'CLI throughput', file: 'out/bench/cli.js' },
];

let failed = 0;
for (const part of parts) {
  if (!existsSync(part.file)) continue;
  console.log(`\n== ${part.name} ==`);
  const r = spawnSync(process.execPath, [part.file], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
