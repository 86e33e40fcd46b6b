// Small helpers shared by the corpus templates: names in each language's style, integers from the seed.
import type { ExampleGen } from '../../engine/types';

export const camel = (name: string) => name.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
export const pascal = (name: string) => camel(name).replace(/^./, (c) => c.toUpperCase());
export const snake = (name: string) => name.toLowerCase();
export const kebab = (name: string) => name.toLowerCase().replace(/_/g, '-');

/** An integer in [min, max] from the generator's stream. */
export function int(g: ExampleGen, min: number, max: number): number {
  return min + (Number.parseInt(g.digits(6), 10) % (max - min + 1));
}

/** Splits a value into two parts for string-concatenation cases (never inside a `%xx` escape). */
export function splitPoint(value: string): number {
  let at = Math.floor(value.length / 2);
  while (at > 1 && /%[0-9A-Fa-f]?$/.test(value.slice(0, at))) at--;
  return at;
}

/** JSON string body (without the surrounding quotes). */
export const jsonEscape = (s: string) => JSON.stringify(s).slice(1, -1);

/** Percent-encodes the characters a URL query would (what encodeURIComponent does). */
export const urlEncode = (s: string) => encodeURIComponent(s);
