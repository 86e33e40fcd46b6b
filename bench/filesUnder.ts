// Every regular file below a folder, depth first (the per-rule and per-kind cost benchmarks read a whole tree).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function filesUnder(d: string, out: string[] = []): string[] {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) filesUnder(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}
