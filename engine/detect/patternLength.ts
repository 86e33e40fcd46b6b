// The longest text a regex can match, from its source: rules are bounded by design, so this is finite
// for them, and the scanner uses it to run a rule only near its keywords (a match contains one of its
// keywords, so it lies within this many characters of an occurrence). Infinity when unbounded or unsure.
// The built-in rules' lengths are computed at build time (engine/detect/precomputed.ts): looked up, not parsed.
import { PRECOMPUTED } from './precomputed';

interface Cursor {
  src: string;
  i: number;
  groups: Map<string, number>;
}

function quantifier(c: Cursor): number {
  const ch = c.src[c.i];
  let times = 1;
  if (ch === '*' || ch === '+') {
    c.i++;
    times = Infinity;
  } else if (ch === '?') {
    c.i++;
  } else if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(c.src.slice(c.i));
    if (!m) return 1; // a literal brace
    c.i += m[0].length;
    times = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
  } else return 1;
  if (c.src[c.i] === '?') c.i++; // lazy
  return times;
}

function escapeLength(c: Cursor): number {
  const next = c.src[c.i + 1];
  if (next === 'k' && c.src[c.i + 2] === '<') {
    const close = c.src.indexOf('>', c.i);
    if (close < 0) {
      c.i = c.src.length;
      return Infinity;
    }
    const name = c.src.slice(c.i + 3, close);
    c.i = close + 1;
    return c.groups.get(name) ?? Infinity;
  }
  if (next !== undefined && /[1-9]/.test(next)) {
    c.i += 2;
    return Infinity; // numbered back-reference: not tracked
  }
  if (next === 'b' || next === 'B') {
    c.i += 2;
    return 0;
  }
  const m = /^\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|c[A-Za-z]|[\s\S])/.exec(c.src.slice(c.i));
  c.i += m ? m[0].length : 1;
  return 1;
}

function classLength(c: Cursor): number {
  c.i++; // [
  if (c.src[c.i] === '^') c.i++;
  if (c.src[c.i] === ']') c.i++; // a leading ] is literal in some flavours; harmless here
  while (c.i < c.src.length && c.src[c.i] !== ']') c.i += c.src[c.i] === '\\' ? 2 : 1;
  c.i++; // ]
  return 1;
}

function groupLength(c: Cursor): number {
  c.i++; // (
  let name: string | undefined;
  if (c.src[c.i] === '?') {
    const m = /^\?(?:<([A-Za-z_$][\w$]*)>|<=|<!|=|!|:)/.exec(c.src.slice(c.i));
    if (!m) return Infinity;
    name = m[1];
    c.i += m[0].length;
  }
  const len = alternation(c);
  if (c.src[c.i] !== ')') return Infinity;
  c.i++;
  if (name) c.groups.set(name, len);
  return len;
}

function sequence(c: Cursor): number {
  let total = 0;
  while (c.i < c.src.length) {
    const ch = c.src[c.i]!;
    if (ch === '|' || ch === ')') break;
    let atom: number;
    if (ch === '(') atom = groupLength(c);
    else if (ch === '[') atom = classLength(c);
    else if (ch === '\\') atom = escapeLength(c);
    else if (ch === '^' || ch === '$') {
      c.i++;
      atom = 0;
    } else {
      c.i++;
      atom = 1;
    }
    const times = quantifier(c);
    total += atom === 0 ? 0 : atom * times;
  }
  return total;
}

function alternation(c: Cursor): number {
  let longest = sequence(c);
  while (c.src[c.i] === '|') {
    c.i++;
    longest = Math.max(longest, sequence(c));
  }
  return longest;
}

let known: Map<string, number> | undefined;

/** Upper bound on the UTF-16 length of any match of `source` (lookarounds counted as if consumed). */
export function maxMatchLength(source: string): number {
  if (known === undefined) {
    known = new Map();
    const { sources, values } = PRECOMPUTED?.lengths ?? { sources: [], values: [] };
    for (let i = 0; i < sources.length; i++) known.set(sources[i]!, values[i]!);
  }
  const length = known.get(source);
  if (length !== undefined) return length < 0 ? Infinity : length;
  return computeMaxMatchLength(source);
}

/** maxMatchLength by parsing the source (what the build precomputes for the built-in rules). */
export function computeMaxMatchLength(source: string): number {
  const c: Cursor = { src: source, i: 0, groups: new Map() };
  const len = alternation(c);
  return c.i === source.length ? len : Infinity;
}
