// Logistic regression over hashed sparse features, trained by deterministic AdaGrad (same data, same weights).
import { NB } from './candidates';

export interface Row {
  ids: Int32Array;
  vals: Float32Array;
  /** 1 positive, 0 negative. */
  y: 0 | 1;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  /** Weight of a positive against a negative (negatives far outnumber positives). */
  positiveWeight?: number;
}

/** Deterministic order: a fixed permutation per epoch (multiplicative hash), no Math.random. */
function order(n: number, epoch: number): Uint32Array {
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  let s = (0x9e3779b9 ^ epoch) >>> 0;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    const t = idx[i]!;
    idx[i] = idx[j]!;
    idx[j] = t;
  }
  return idx;
}

export function train(rows: readonly Row[], o: TrainOptions = {}): Float64Array {
  const epochs = o.epochs ?? 6;
  const rate = o.rate ?? 0.2;
  const l2 = o.l2 ?? 1e-6;
  const pw = o.positiveWeight ?? 1;
  const w = new Float64Array(NB);
  const g2 = new Float64Array(NB).fill(1e-8);
  for (let e = 0; e < epochs; e++) {
    const idx = order(rows.length, e);
    for (let n = 0; n < idx.length; n++) {
      const r = rows[idx[n]!]!;
      const p = predict(w, r);
      const g = (p - r.y) * (r.y ? pw : 1);
      for (let i = 0; i < r.ids.length; i++) {
        const k = r.ids[i]!;
        const gi = g * r.vals[i]! + l2 * w[k]!;
        g2[k]! += gi * gi;
        w[k]! -= (rate * gi) / Math.sqrt(g2[k]!);
      }
    }
  }
  return w;
}

export function predict(w: Float64Array, r: { ids: Int32Array; vals: Float32Array }): number {
  let z = 0;
  for (let i = 0; i < r.ids.length; i++) z += w[r.ids[i]!]! * r.vals[i]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Boosted trees over feature presence (a feature id is present or absent at each split), logistic loss, Newton
 * leaves. Catches what a linear model cannot (a verdict that matters only in prose, a shape only under a key).
 */
export interface Tree {
  /** Internal nodes: feature id at [i], children at 2i+1 (present) and 2i+2 (absent); leaves hold values. */
  feature: Int32Array;
  value: Float64Array;
}

export interface Forest {
  base: number;
  rate: number;
  trees: Tree[];
}

export interface TreeOptions {
  trees?: number;
  depth?: number;
  rate?: number;
  lambda?: number;
  minHessian?: number;
  positiveWeight?: number;
}

function treeScore(t: Tree, ids: Int32Array): number {
  let node = 0;
  while (t.feature[node]! >= 0) {
    const f = t.feature[node]!;
    let present = false;
    for (let i = 0; i < ids.length; i++)
      if (ids[i] === f) {
        present = true;
        break;
      }
    node = 2 * node + (present ? 1 : 2);
  }
  return t.value[node]!;
}

export function predictForest(m: Forest, r: { ids: Int32Array }): number {
  let z = m.base;
  for (const t of m.trees) z += m.rate * treeScore(t, r.ids);
  return 1 / (1 + Math.exp(-z));
}

export function trainForest(rows: readonly Row[], o: TreeOptions = {}): Forest {
  const nTrees = o.trees ?? 150;
  const depth = o.depth ?? 2;
  const rate = o.rate ?? 0.2;
  const lambda = o.lambda ?? 1;
  const minH = o.minHessian ?? 1;
  const pw = o.positiveWeight ?? 1;
  const n = rows.length;
  const weight = (r: Row) => (r.y ? pw : 1);
  let pos = 0;
  let tot = 0;
  for (const r of rows) {
    tot += weight(r);
    if (r.y) pos += weight(r);
  }
  const base = Math.log(Math.max(pos, 1e-3) / Math.max(tot - pos, 1e-3));
  const z = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const Gp = new Float64Array(NB);
  const Hp = new Float64Array(NB);
  const touched = new Int32Array(NB);
  const mark = new Uint8Array(NB);
  const trees: Tree[] = [];
  const size = 2 ** (depth + 1) - 1;
  for (let t = 0; t < nTrees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-z[i]!));
      const w = weight(rows[i]!);
      g[i] = (p - rows[i]!.y) * w;
      h[i] = Math.max(p * (1 - p), 1e-6) * w;
    }
    const feature = new Int32Array(size).fill(-1);
    const value = new Float64Array(size);
    const members: (Uint32Array | undefined)[] = new Array(size);
    members[0] = Uint32Array.from({ length: n }, (_, i) => i);
    for (let node = 0; node < size; node++) {
      const idx = members[node];
      if (!idx) continue;
      let G = 0;
      let H = 0;
      for (const i of idx) {
        G += g[i]!;
        H += h[i]!;
      }
      value[node] = -G / (H + lambda);
      const level = Math.floor(Math.log2(node + 1));
      if (level >= depth || idx.length < 2) continue;
      let nt = 0;
      for (const i of idx) {
        const ids = rows[i]!.ids;
        for (let k = 0; k < ids.length; k++) {
          const f = ids[k]!;
          if (f === 0) continue;
          if (!mark[f]) {
            mark[f] = 1;
            touched[nt++] = f;
            Gp[f] = 0;
            Hp[f] = 0;
          }
          Gp[f]! += g[i]!;
          Hp[f]! += h[i]!;
        }
      }
      const parent = (G * G) / (H + lambda);
      let best = 0;
      let bestF = -1;
      for (let k = 0; k < nt; k++) {
        const f = touched[k]!;
        mark[f] = 0;
        const hl = Hp[f]!;
        const hr = H - hl;
        if (hl < minH || hr < minH) continue;
        const gl = Gp[f]!;
        const gr = G - gl;
        const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - parent;
        if (gain > best || (gain === best && f < bestF)) {
          best = gain;
          bestF = f;
        }
      }
      if (bestF < 0) continue;
      feature[node] = bestF;
      const left: number[] = [];
      const right: number[] = [];
      for (const i of idx) (rows[i]!.ids.includes(bestF) ? left : right).push(i);
      members[2 * node + 1] = Uint32Array.from(left);
      members[2 * node + 2] = Uint32Array.from(right);
    }
    const tree = { feature, value };
    trees.push(tree);
    for (let i = 0; i < n; i++) z[i]! += rate * treeScore(tree, rows[i]!.ids);
  }
  return { base, rate, trees };
}
