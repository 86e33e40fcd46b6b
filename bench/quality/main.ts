// `npm run bench:quality`: precision / recall / F1 per family on the DEV and HELD-OUT corpora, and false
// positives per MB on real code. Details (misses, false positives, masked) go to bench/.cache/.
//   --corpus dev|held-out|final-held-out|all   which corpora to score (default all)
//   --no-real                   skip the real-code scan
//   --write                     also write the generated corpora under bench/.cache/quality-corpus/
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createScanner, type Scanner } from '../../engine';
import { buildCorpus, type Corpus } from './corpus';
import { buildRealWorldCorpus } from './realWorld/build';
import { REAL_WORLD_SETS } from './realWorld/sets';
import { scanRealCode, type RealCodeResult } from './realCode';
import { metrics, scoreCorpus, type Counts, type Score } from './score';
import { TEMPLATES_A } from './templatesA';
import { TEMPLATES_B } from './templatesB';
import { TEMPLATES_C } from './templatesC';
import type { TemplateSet } from './types';

/** Seeds are fixed so every run scores the same corpus; each set has its own seed and templates. */
const SETS: { set: TemplateSet; seed: number }[] = [
  { set: TEMPLATES_A, seed: 0x5eed_a },
  { set: TEMPLATES_B, seed: 0x5eed_b },
  { set: TEMPLATES_C, seed: 0x5eed_c },
];
const COPIES = 2;

const root = resolve(__dirname, '..', '..');
const cacheDir = join(root, 'bench', '.cache');
const args = process.argv.slice(2);
const which = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : 'all';
const fmt = (n: number) => n.toFixed(3);

function tableRows(name: string, score: Score): string[] {
  const rows: string[] = [];
  const line = (family: string, c: Counts) => {
    const m = metrics(c);
    rows.push(`| ${name} | ${family} | ${c.labels} | ${c.detected} | ${c.exact} | ${c.falsePositives} | ${fmt(m.precision)} | ${fmt(m.recall)} | ${fmt(m.f1)} |`);
  };
  for (const family of [...score.byFamily.keys()].sort()) line(family, score.byFamily.get(family)!);
  line('**all**', score.total);
  return rows;
}

function writeCache(file: string, text: string): void {
  const path = join(cacheDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function details(name: string, corpus: Corpus, score: Score): string {
  const out = [`# ${name} corpus: ${corpus.files.length} files, ${score.total.labels} labels`, ''];
  out.push('## Misses (label, template, path)', '', ...score.misses.map((m) => `- ${m.ruleId} in ${m.template} #${m.index} (${m.path})`), '');
  out.push('## Found only by another rule (label, template, found by)', '', ...score.otherRule.map((m) => `- ${m.ruleId} in ${m.template} #${m.index}: ${m.foundBy}`), '');
  out.push('## False positives (rule, template, path, masked)', '', ...score.falsePositives.map((f) => `- ${f.ruleId} in ${f.template} #${f.index} (${f.path}): ${f.masked}`), '');
  if (corpus.uncoveredRules.length) out.push('## Provider rules without a corpus format', '', ...corpus.uncoveredRules.map((r) => `- ${r}`), '');
  return out.join('\n');
}

function realCodeReport(r: RealCodeResult): string {
  const mb = r.bytes / 1e6;
  return [
    `# Real-code findings (each one a false positive unless shown otherwise by hand)`,
    '',
    `Scanned ${r.files} files, ${mb.toFixed(1)} MB under ${r.roots.join(', ')}: ${r.findings.length} findings.`,
    '',
    ...r.findings.map(
      (f) =>
        `- ${f.file}:${f.line} ${f.ruleId} ${f.masked}${f.keyName ? ` (name: ${f.keyName})` : ''} ${f.fingerprint}` +
        (f.verdict ? `\n  - reviewed: ${f.verdict.kind}: ${f.verdict.note}` : '\n  - not reviewed yet'),
    ),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const scanner: Scanner = createScanner();
  const header = ['| Corpus | Family | Labels | Detected | By its rule | FP | Precision | Recall | F1 |', '|---|---|---:|---:|---:|---:|---:|---:|---:|'];
  const rows: string[] = [];
  const summary: Record<string, unknown> = {};
  for (const { set, seed } of SETS) {
    if (which !== 'all' && which !== set.id) continue;
    const corpus = buildCorpus(seed, set, COPIES);
    const score = scoreCorpus(scanner, corpus.files);
    rows.push(...tableRows(set.id, score));
    writeCache(`quality-${set.id}.md`, details(set.id, corpus, score));
    if (args.includes('--write')) corpus.files.forEach((f, i) => writeCache(join('quality-corpus', set.id, f.template, String(i), f.path), f.text));
    summary[set.id] = { files: corpus.files.length, ...score.total, ...metrics(score.total), uncoveredRules: corpus.uncoveredRules };
    if (corpus.uncoveredRules.length) console.log(`${set.id}: ${corpus.uncoveredRules.length} provider rules have no corpus format yet: ${corpus.uncoveredRules.join(', ')}`);
  }
  for (const set of REAL_WORLD_SETS) {
    if (which !== 'all' && which !== set.id) continue;
    const files = buildRealWorldCorpus(set);
    const score = scoreCorpus(scanner, files);
    rows.push(...tableRows(set.id, score));
    for (const area of [...score.byArea.keys()].sort()) {
      const c = score.byArea.get(area)!;
      const m = metrics(c);
      rows.push(`| ${set.id} | area: ${area} | ${c.labels} | ${c.detected} | ${c.exact} | ${c.falsePositives} | ${fmt(m.precision)} | ${fmt(m.recall)} | ${fmt(m.f1)} |`);
    }
    writeCache(`quality-${set.id}.md`, details(set.id, { files, uncoveredRules: [] }, score));
    if (args.includes('--write')) files.forEach((f, i) => writeCache(join('quality-corpus', set.id, f.template, String(i), f.path), f.text));
    const negatives = files.reduce((n, f) => n + (f.negatives?.length ?? 0), 0);
    console.log(`${set.id}: ${files.length} documents, ${score.total.labels} labels, ${negatives} marked negatives`);
    summary[set.id] = { files: files.length, negatives, ...score.total, ...metrics(score.total) };
  }
  console.log([...header, ...rows].join('\n'));
  if (!args.includes('--no-real')) {
    const real = await scanRealCode(scanner, root);
    const mb = real.bytes / 1e6;
    const truePositives = real.findings.filter((f) => f.verdict?.kind === 'true-positive').length;
    const falsePositives = real.findings.length - truePositives;
    const perMb = falsePositives / mb;
    console.log(
      `\nReal code (${real.roots.join(', ')}): ${real.files} files, ${mb.toFixed(1)} MB scanned, ${real.findings.length} findings ` +
        `(${truePositives} reviewed as real credentials), ${falsePositives} false positives = ${perMb.toFixed(4)} per MB ` +
        `(1 per ${falsePositives ? (mb / falsePositives).toFixed(1) : '∞'} MB; target ≤ 1 per 20 MB)`,
    );
    writeCache('quality-real-code.md', realCodeReport(real));
    summary.realCode = { files: real.files, mb, findings: real.findings.length, truePositives, falsePositives, perMb };
  }
  writeCache('quality-summary.json', JSON.stringify(summary, null, 2));
  console.log(`\nDetails (masked): bench/.cache/quality-*.md`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
