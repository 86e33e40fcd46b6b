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
