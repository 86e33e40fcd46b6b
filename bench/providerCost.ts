// What the provider rule count costs (issue 16's speed guard): the same engine with every built-in rule (A)
// against the same engine with only the 324 provider rules of the first wave plus every generic rule (B), in
// one process, A and B alternating. Two workloads: the files under DIR (default bench/.cache/tree, capped by
// --max-mb), as a CLI scan reads them, and 5-line excerpts of them, as the editor rescans around an edit.
// `npm run bench -- providers [DIR] [--max-mb M] [--rounds N]`. Prints figures; never asserts on time.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../engine/rules';
import { createScanner, type Scanner } from '../engine/detect/scan';
import { lpad } from './timing';

const ROOT = join(__dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const maxBytes = Number(option('--max-mb') ?? 10) * 1048576;
const rounds = Number(option('--rounds') ?? 9);
const dir = args[0] ?? join(ROOT, 'bench', '.cache', 'tree');

const firstWaveList = readFileSync(join(ROOT, 'bench', 'data', 'firstWaveProviderRules.txt'), 'utf8').split('\n');
const firstWave = new Set(firstWaveList.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')));
const baseline = builtinRules.filter((r) => r.family === 'generic' || firstWave.has(r.id));

function readTexts(): string[] {
  const texts: string[] = [];
  let bytes = 0;
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      if (bytes >= maxBytes) return;
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.size > 0 && st.size < 2 * 1048576) {
        const text = readFileSync(p, 'utf8');
        if (text.includes('\u0000')) continue;
        texts.push(text);
        bytes += st.size;
      }
    }
  };
  walk(dir);
  return texts;
}

/** One 5-line excerpt from every file with 10+ lines, from a fixed spot, like a rescan around an edit. */
function excerptsOf(texts: string[]): string[] {
  const out: string[] = [];
  for (const [i, text] of texts.entries()) {
    const lines = text.split('\n');
    if (lines.length < 10) continue;
    const at = (i * 7919) % (lines.length - 5);
    out.push(lines.slice(at, at + 5).join('\n'));
  }
  return out;
}

function timeScan(scanner: Scanner, texts: string[]): { ms: number; findings: number } {
  // CPU time of this (single-threaded) process: on a shared machine it moves far less with the load than wall time.
  const t0 = process.cpuUsage();
  let findings = 0;
  for (const t of texts) findings += scanner.scan(t).length;
  const used = process.cpuUsage(t0);
  return { ms: (used.user + used.system) / 1000, findings };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function compare(label: string, texts: string[], a: Scanner, b: Scanner): void {
  // First passes compile the regexes each workload needs; they are counted apart.
  const firstA = timeScan(a, texts);
  const firstB = timeScan(b, texts);
  const ratios: number[] = [];
  const msA: number[] = [];
  const msB: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const x = timeScan(a, texts).ms;
    const y = timeScan(b, texts).ms;
    msA.push(x);
    msB.push(y);
    ratios.push(x / y);
  }
  const span = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
  console.log(
    `  ${label}: all rules ${lpad(median(msA).toFixed(1), 8)} ms, first wave ${lpad(median(msB).toFixed(1), 8)} ms CPU per pass; ` +
      `A/B median ${median(ratios).toFixed(3)} (${span}, ${rounds} pairs); first pass ${firstA.ms.toFixed(0)} vs ${firstB.ms.toFixed(0)} ms; findings ${firstA.findings} vs ${firstB.findings}`,
  );
}

if (!existsSync(dir)) {
  console.error(`${dir} does not exist: run \`node bench/prepareTree.mjs\` first, or give a directory`);
  process.exit(2);
}
const texts = readTexts();
const mbRead = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1048576;
const all = createScanner({ rules: builtinRules });
const firstWaveOnly = createScanner({ rules: baseline });
console.log(`Provider rule cost: ${builtinRules.length} rules (A) vs ${baseline.length} (B: ${firstWave.size} first-wave provider rules + generic), one process, alternating`);
console.log(`  ${texts.length} files, ${mbRead.toFixed(1)} MB from ${dir}`);
compare('files (CLI scan)', texts, all, firstWaveOnly);
// Each excerpt scans in microseconds: a pass repeats the list so it lasts long enough to time.
const excerpts = excerptsOf(texts);
compare(`5-line excerpts (editor rescan), ${excerpts.length} x 20 per pass`, Array.from({ length: 20 }, () => excerpts).flat(), all, firstWaveOnly);
