// Scan cost by kind of file: `node out/bench/kindCost.js DIR [--passes N] [--top N]` scans every file under DIR with
// the whole engine (createScanner, as a worker does) and prints, per kind (the extension; `.min.js`, `.d.ts` and
// `.js.map` apart), the files, bytes, scan time, its share and time per byte, and the prefilter's part of it. The
// last pass is printed; the ones before warm up the regexes. A kind far above the others per byte points at rules
// that read it densely (then `bench -- rules` on a folder of those files names them).
import { readFileSync } from 'node:fs';
import { createScanner } from '../engine/detect/scan';
import { KeywordPrefilter } from '../engine/detect/prefilter';
import { precomputedTables, prefilterEntries, prefilterWindows } from '../engine/detect/ruleData';
import { builtinRules } from '../engine/rules';
import { lpad, mb, pad } from './timing';
import { filesUnder } from './filesUnder';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const passes = Number(option('--passes') ?? 2);
const top = Number(option('--top') ?? 15);
const dir = args[0];
if (!dir) {
  console.error('usage: node out/bench/kindCost.js DIR [--passes N] [--top N]');
  process.exit(2);
}

function kindOf(path: string): string {
  const compound = /\.(min\.js|d\.ts|js\.map)$/.exec(path);
  return compound ? compound[1]! : (/\.([^./\\]+)$/.exec(path)?.[1] ?? '(none)');
}

// Read once, as the scan would (binary and oversized files skipped): the figures are the engine's alone.
const texts: { path: string; kind: string; bytes: number; text: string }[] = [];
for (const path of filesUnder(dir).sort()) {
  const buf = readFileSync(path);
  if (buf.length === 0 || buf.length > 10 * 1048576 || buf.subarray(0, 8192).includes(0)) continue;
  texts.push({ path, kind: kindOf(path), bytes: buf.length, text: buf.toString('utf8') });
}

const scanner = createScanner();
const prefilter = new KeywordPrefilter(precomputedTables(builtinRules) ?? prefilterEntries(builtinRules), prefilterWindows(builtinRules));
interface Row {
  files: number;
  bytes: number;
  scanMs: number;
  prefilterMs: number;
}
let rows = new Map<string, Row>();
for (let pass = 0; pass < passes; pass++) {
  rows = new Map();
  for (const t of texts) {
    let row = rows.get(t.kind);
    if (!row) rows.set(t.kind, (row = { files: 0, bytes: 0, scanMs: 0, prefilterMs: 0 }));
    let start = performance.now();
    prefilter.match(t.text);
    row.prefilterMs += performance.now() - start;
    start = performance.now();
    scanner.scan(t.text, { path: t.path });
    row.scanMs += performance.now() - start;
    row.files++;
    row.bytes += t.bytes;
  }
}

const totalMs = [...rows.values()].reduce((s, r) => s + r.scanMs, 0);
const totalBytes = [...rows.values()].reduce((s, r) => s + r.bytes, 0);
console.log(`\n## Scan cost by kind: ${texts.length} files, ${mb(totalBytes)} MB, scan ${totalMs.toFixed(0)} ms (pass ${passes} of ${passes})\n`);
console.log('| kind     |  files |     MB | scan ms |  share | ns/byte | prefilter ms (inside scan) |');
console.log('|----------|-------:|-------:|--------:|-------:|--------:|---------------------------:|');
for (const [kind, r] of [...rows].sort((a, b) => b[1].scanMs - a[1].scanMs).slice(0, top)) {
  const share = ((100 * r.scanMs) / totalMs).toFixed(1);
  const perByte = ((r.scanMs * 1e6) / r.bytes).toFixed(1);
  console.log(`| ${pad(kind, 8)} | ${lpad(r.files, 6)} | ${lpad(mb(r.bytes), 6)} | ${lpad(r.scanMs.toFixed(0), 7)} | ${lpad(share + '%', 6)} | ${lpad(perByte, 7)} | ${lpad(r.prefilterMs.toFixed(0), 26)} |`);
}
