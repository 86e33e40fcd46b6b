// `npm run bench`: runs every benchmark part present (bench/*.bench.mjs), in name order, each printing its
// own figures. Parts come from different features; a part that fails is reported and the rest still run.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = import.meta.dirname;
const parts = readdirSync(dir).filter((f) => f.endsWith('.bench.mjs')).sort();
let failed = 0;
for (const part of parts) {
  const mod = await import(pathToFileURL(join(dir, part)).href);
  const run = Object.entries(mod).find(([name, v]) => typeof v === 'function' && /^run/.test(name))?.[1];
  if (!run) continue;
  try {
    await run();
  } catch (e) {
    failed++;
    console.error(`bench ${part} failed: ${e.message}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
