// Trains and measures the learned second stage (docs/learned-stage.md): leave-one-set-out over the labelled dev
// sets (rw-dev..rw-dev8; never the held-out set), plus false positives on the real-code tree. Deterministic: the
// sets are generated from their seeds, the real code is the installed tree, training has no randomness.
// Prints counts and masked shapes only; writes the final model to bench/.cache/quality-learned/<model>.json (a name the real-code scan skips) (MODEL=linear|trees).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createScanner } from '../../engine';
import { buildRealWorldCorpus } from '../../bench/quality/realWorld/build';
import { DEV_SET } from '../../bench/quality/realWorld/devSet';
import { DEV2_SET } from '../../bench/quality/realWorld/dev2Set';
import { DEV3_SET } from '../../bench/quality/realWorld/dev3Set';
import { DEV4_SET } from '../../bench/quality/realWorld/dev4Set';
import { DEV5_SET } from '../../bench/quality/realWorld/dev5Set';
import { DEV6_SET } from '../../bench/quality/realWorld/dev6Set';
import { DEV7_SET } from '../../bench/quality/realWorld/dev7Set';
import { DEV8_SET } from '../../bench/quality/realWorld/dev8Set';
import { realCodeRoots } from '../../bench/quality/realCode';
import { readText } from '../../workspace/readFile';
import { walkFiles } from '../../workspace/walk';
import { candidatesOf, fileKind } from './candidates';
import { predict, predictForest, train, trainForest, type Row } from './model';

const ROOT = process.cwd();
const SETS = [DEV_SET, DEV2_SET, DEV3_SET, DEV4_SET, DEV5_SET, DEV6_SET, DEV7_SET, DEV8_SET].filter((s) => s.docs.length > 0);
const THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.98, 0.99, 0.995];
const OPTS = { epochs: Number(process.env.EPOCHS ?? 6), rate: Number(process.env.RATE ?? 0.2), l2: Number(process.env.L2 ?? 1e-6), positiveWeight: Number(process.env.PW ?? 1) };
/** One real-code file in TREE_SAMPLE (by path hash) is a training negative; the rest only measure false positives. */
const TREE_SAMPLE = Number(process.env.TREE_SAMPLE ?? 8);
const USE_TREE = process.env.NO_TREE !== '1';
const ALL_TRAIN = process.env.ALL_TRAIN === '1';

const MODEL = process.env.MODEL ?? 'linear';
const TREE_OPTS = { trees: Number(process.env.TREES ?? 150), depth: Number(process.env.DEPTH ?? 2), rate: Number(process.env.TRATE ?? 0.2), positiveWeight: OPTS.positiveWeight };

/** Trains the chosen model; returns its scorer and its data (the weights or the trees). */
function fit(rows: readonly Row[]): { score: (r: { ids: Int32Array; vals: Float32Array }) => number; data: unknown } {
  if (MODEL === 'trees') {
    const f = trainForest(rows, TREE_OPTS);
    return { score: (r) => predictForest(f, r), data: { base: f.base, rate: f.rate, trees: f.trees.map((t) => ({ feature: [...t.feature], value: [...t.value].map((v) => Number(v.toFixed(5))) })) } };
  }
  const w = train(rows, OPTS);
  const sparse: Record<string, number> = {};
  w.forEach((x, i) => {
    if (Math.abs(x) > 1e-4) sparse[i] = Number(x.toFixed(5));
  });
  return { score: (r) => predict(w, r), data: { weights: sparse } };
}

interface DevRow extends Row {
  set: number;
  /** `file:label` this candidate covers (y = 1), for counting each label once. */
  label: string;
  kind: string;
  /** Not reported by the rules: the only rows a left-out set is scored on. */
  residual: boolean;
}

const overlap = (a: number, b: number, c: number, d: number) => a < d && c < b;

function pathHash(p: string): number {
  let x = 0;
  for (let i = 0; i < p.length; i++) x = (Math.imul(x, 31) + p.charCodeAt(i)) >>> 0;
  return x;
}

const scanner = createScanner();
const dev: DevRow[] = [];
const base: { id: string; labels: number; detected: number; fp: number }[] = [];
let residualPositives = 0;
SETS.forEach((s, si) => {
  const files = buildRealWorldCorpus(s);
  const b = { id: s.id, labels: 0, detected: 0, fp: 0 };
  files.forEach((f, fi) => {
    const found = scanner.scan(f.text, { path: f.path }).filter((x) => x.severity !== 'info');
    b.labels += f.labels.length;
    b.detected += f.labels.filter((l) => found.some((x) => overlap(x.start, x.end, l.start, l.end))).length;
    b.fp += found.filter((x) => !f.labels.some((l) => overlap(x.start, x.end, l.start, l.end)) && !f.unscored?.some(([a, c]) => overlap(x.start, x.end, a, c))).length;
    const missed = f.labels.map((l, li) => ({ l, li })).filter(({ l }) => !found.some((x) => overlap(x.start, x.end, l.start, l.end)));
    for (const c of candidatesOf(f.text, f.path)) {
      if (f.unscored?.some(([a, e]) => overlap(a, e, c.start, c.end))) continue;
      // Scored only where the rules report nothing: the second stage adds findings, it never removes one. Spans the
      // rules report may still teach (ALL_TRAIN=1): a label is a positive, a reported non-label a negative.
      const reported =
        found.some((x) => overlap(x.start, x.end, c.start, c.end)) || (f.labels.some((l) => overlap(l.start, l.end, c.start, c.end)) && !missed.some(({ l }) => overlap(l.start, l.end, c.start, c.end)));
      if (reported && !ALL_TRAIN) continue;
      const hit = f.labels.findIndex((l) => overlap(l.start, l.end, c.start, c.end));
      dev.push({ ids: c.ids, vals: c.vals, y: hit >= 0 ? 1 : 0, set: si, label: hit >= 0 ? `${fi}:${hit}` : '', kind: fileKind(f.path)[0], residual: !reported });
    }
    residualPositives += missed.length;
  });
  base.push(b);
});
const coveredMisses = new Set(dev.filter((r) => r.y && r.residual).map((r) => `${r.set}:${r.label}`)).size;
console.log(`dev candidates ${dev.length} (positives ${dev.filter((r) => r.y).length}); missed labels ${residualPositives}, of them under a candidate ${coveredMisses}`);

// Real code: candidates of sampled files train, the others are scored after training (second pass).
const treeTrain: Row[] = [];
let realCandidates = 0;
async function walkReal(each: (text: string, display: string, sampled: boolean) => void): Promise<void> {
  for (const root of realCodeRoots(ROOT)) {
    for await (const file of walkFiles(root, { gitignore: false })) {
      const read = readText(file.absolute);
      if ('skipped' in read) continue;
      const display = relative(ROOT, file.absolute).split(sep).join('/');
      each(read.text, display, pathHash(display) % TREE_SAMPLE === 0);
    }
  }
}

async function main(): Promise<void> {
  if (USE_TREE) {
    await walkReal((text, display, sampled) => {
      const cs = candidatesOf(text, display);
      realCandidates += cs.length;
      if (sampled) for (const c of cs) treeTrain.push({ ids: c.ids, vals: c.vals, y: 0 });
    });
    console.log(`real-code candidates ${realCandidates}; training negatives from 1/${TREE_SAMPLE} of files: ${treeTrain.length}`);
  }

  // Leave one set out: train on the other sets (and the real-code sample), score the left-out set's residual.
  const table = new Map<number, { tp: number; fp: number; tpProse: number; fpProse: number; perSet: string[]; gains: number[]; losses: number[] }>();
  for (const t of THRESHOLDS) table.set(t, { tp: 0, fp: 0, tpProse: 0, fpProse: 0, perSet: [], gains: [], losses: [] });
  SETS.forEach((s, si) => {
    const m = fit([...dev.filter((r) => r.set !== si), ...treeTrain]);
    const test = dev.filter((r) => r.set === si && r.residual).map((r) => ({ r, p: m.score(r) }));
    const b = base[si]!;
    for (const t of THRESHOLDS) {
      const row = table.get(t)!;
      const labels = new Set<string>();
      let fp = 0;
      let fpProse = 0;
      const proseLabels = new Set<string>();
      for (const { r, p } of test) {
        if (p <= t) continue;
        if (r.y) {
          labels.add(r.label);
          if (r.kind === 'prose') proseLabels.add(r.label);
        } else {
          fp++;
          if (r.kind === 'prose') fpProse++;
        }
      }
      const recall0 = b.detected / b.labels;
      const prec0 = b.detected / (b.detected + b.fp);
      const recall1 = (b.detected + labels.size) / b.labels;
      const prec1 = (b.detected + labels.size) / (b.detected + labels.size + b.fp + fp);
      row.tp += labels.size;
      row.fp += fp;
      row.tpProse += proseLabels.size;
      row.fpProse += fpProse;
      row.gains.push(recall1 - recall0);
      row.losses.push(prec0 - prec1);
      row.perSet.push(`${s.id} +${labels.size}/+${fp}`);
    }
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log('\nleave-one-set-out (added labels / added FP; mean recall gain, mean precision loss):');
  for (const [t, row] of table) {
    console.log(`p>${t}: +${row.tp} / +${row.fp} FP (prose +${row.tpProse} / +${row.fpProse}); recall +${mean(row.gains).toFixed(4)}, precision -${mean(row.losses).toFixed(4)} | ${row.perSet.join(', ')}`);
  }
  console.log('baseline: ' + base.map((b) => `${b.id} ${b.detected}/${b.labels} ${b.fp} FP`).join(', '));

  // Final model on every dev set; false positives on the real-code files it never trained on.
  const model = fit([...dev, ...treeTrain]);
  if (USE_TREE) {
    const counts = new Map<number, number>(THRESHOLDS.map((t) => [t, 0]));
    const trainedCounts = new Map<number, number>(THRESHOLDS.map((t) => [t, 0]));
    const top: { p: number; where: string }[] = [];
    let bytes = 0;
    const t0 = process.hrtime.bigint();
    await walkReal((text, display, sampled) => {
      bytes += text.length;
      for (const c of candidatesOf(text, display)) {
        const p = model.score(c);
        for (const t of THRESHOLDS) if (p > t) (sampled ? trainedCounts : counts).set(t, (sampled ? trainedCounts : counts).get(t)! + 1);
        if (!sampled && p > 0.9 && top.length < 2000) {
          // Masked: shape classes and length only, never the value.
          const v = text.slice(c.start, c.end);
          top.push({ p, where: `${display.slice(-60)} len ${v.length} shape ${v.replace(/[A-Z]/g, 'A').replace(/[a-z]/g, 'a').replace(/\d/g, '9').slice(0, 12)}` });
        }
      }
    });
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(`\nreal code, final model: read + candidates + scoring ${(bytes / 1e6).toFixed(0)} MB in ${secs.toFixed(1)} s (${(bytes / 1e6 / secs).toFixed(1)} MB/s)`);
    console.log('candidates above threshold (files not trained on | trained sample):');
    for (const t of THRESHOLDS) console.log(`p>${t}: ${counts.get(t)} | ${trainedCounts.get(t)}`);
    top.sort((a, b) => b.p - a.p);
    for (const x of top.slice(0, 15)) console.log(`  ${x.p.toFixed(3)} ${x.where}`);
  }
  mkdirSync(join(ROOT, 'bench', '.cache', 'quality-learned'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', '.cache', 'quality-learned', `${MODEL}.json`), JSON.stringify({ options: MODEL === 'trees' ? TREE_OPTS : OPTS, model: model.data }));
}

void main();
