// Small helpers the real-world sets' value makers share (dev..dev23), written once: alphabets for `g.chars`, a
// capitalised word, a wrapped blob, a bounded number, and the document maker that hands each document its part's kit.
import type { ExampleGen } from '../../../engine/types';
import type { Marker, RealWorldArea, RealWorldDoc } from './types';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const LOWNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The word with its first letter in capitals (`''` stays `''`). */
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** The text cut into lines of `n` characters (a PEM or base64 body). */
export const wrap = (s: string, n: number) => s.match(new RegExp(`.{1,${n}}`, 'g'))!.join('\n');
/** A whole number from `lo` to `hi`, drawn from the set's generator. */
export const num = (g: ExampleGen, lo: number, hi: number) => lo + (Number(g.digits(4)) % (hi - lo + 1));

/** A part's document maker: each document is rendered with the part's kit, made from the set's generator and marker. */
export function docMaker<K>(makeKit: (g: ExampleGen, m: Marker) => K) {
  return (id: string, areas: readonly RealWorldArea[], path: string, render: (k: K) => string): RealWorldDoc => ({ id, areas, path, render: (g, m) => render(makeKit(g, m)) });
}
