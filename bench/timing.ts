// Small timing helpers for benchmarks (benchmarks print figures; tests never assert on time).

/** Best of `runs` wall-clock times in milliseconds (the least disturbed by other work on the machine). */
export function bestMs(runs: number, fn: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export function pad(s: string | number, n: number): string {
  const t = String(s);
  return t.length >= n ? t : t + ' '.repeat(n - t.length);
}

export function lpad(s: string | number, n: number): string {
  const t = String(s);
  return t.length >= n ? t : ' '.repeat(n - t.length) + t;
}

export function mb(bytes: number): string {
  return (bytes / 1048576).toFixed(1);
}

/** A flat copy of a string: `repeat`/concatenation build ropes that V8 flattens on first use, which would
 * be charged to whichever run comes first. */
export function flat(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}
