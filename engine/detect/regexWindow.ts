// One rule's regex over a window of the text, the loop every scan runs: the same code in the scanning thread
// and in the worker that runs custom rules under a deadline (workspace/regexGuard.ts), so both find the
// same matches.
import type { Rule } from '../types';
import { rejectsValue } from './valueChecks';

/** A match, in offsets of the whole text. */
export interface RegexHit {
  index: number;
  end: number;
  /** The `secret` group's span; absent when the group did not take part or is empty. */
  secretStart?: number;
  secretEnd?: number;
  /** The `key` group's text, or the `keyTail` group's with the name characters before it, when the pattern has one. */
  key?: string;
  /** Every named group's span (credential parts), when the pattern has named groups. */
  groups?: Record<string, [number, number] | undefined>;
}

/** One run of a rule's regex over text[from, to) of one of the texts sent with it. */
export interface RegexJob {
  /** Which rule (jobs of one rule share it: when one runs out of time the rule's others are dropped). */
  rule: number;
  source: string;
  flags: string;
  /** The rule's entropy floor: a value below it is rejected in the worker, and the search goes on from it. */
  minEntropy?: number;
  text: number;
  from: number;
  to: number;
}

/** Runs jobs where they can be stopped; each job's hits in order, or 'timeout' when its rule ran out of time. */
export interface RegexRunner {
  run(texts: readonly string[], jobs: readonly RegexJob[]): (RegexHit[] | 'timeout')[];
}

/** Context read on each side of a keyword window, so look-arounds see the real neighbours. */
export const WINDOW_MARGIN = 32;

/**
 * Runs `regex` (flags g and d) over text[from, to): the whole text, or a keyword window read with a margin
 * so look-arounds at its edges see the real text; only matches inside the window count. `onHit` may return
 * an offset to go on from (a rejected value that may itself start a real match). `withGroups` false leaves
 * out RegexHit.groups (only credential parts read them): most hits are rejected, and copying every group's
 * span for each was a large share of a scan.
 */
export function execWindow(regex: RegExp, text: string, from: number, to: number, onHit: (hit: RegexHit) => number | undefined, withGroups = true): void {
  const { part, sliceStart } = windowText(text, from, to);
  const first = from - sliceStart;
  const last = to - sliceStart;
  regex.lastIndex = first;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(part)) !== null) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    if (m.index >= last) break;
    if (m.index + m[0].length > last) {
      regex.lastIndex = m.index + 1;
      continue;
    }
    const span = m.indices?.groups?.secret;
    const hit: RegexHit = { index: m.index + sliceStart, end: m.index + m[0].length + sliceStart };
    if (span && span[1] > span[0]) {
      hit.secretStart = span[0] + sliceStart;
      hit.secretEnd = span[1] + sliceStart;
    }
    const key = m.groups?.key;
    const tail = m.indices?.groups?.keyTail;
    if (key !== undefined) hit.key = key;
    else if (tail) hit.key = keyWithHead(text, tail[0] + sliceStart, tail[1] + sliceStart);
    const groups = withGroups ? m.indices?.groups : undefined;
    if (groups) {
      hit.groups = {};
      for (const [name, g] of Object.entries(groups)) hit.groups[name] = g ? [g[0] + sliceStart, g[1] + sliceStart] : undefined;
    }
    const restart = onHit(hit);
    if (restart !== undefined) regex.lastIndex = restart - sliceStart;
  }
}

/** What a window's regex reads: the window with WINDOW_MARGIN on each side (the whole text as it is). */
function windowText(text: string, from: number, to: number): { part: string; sliceStart: number } {
  if (from === 0 && to === text.length) return { part: text, sliceStart: 0 };
  const sliceStart = Math.max(0, from - WINDOW_MARGIN);
  return { part: text.slice(sliceStart, Math.min(text.length, to + WINDOW_MARGIN)), sliceStart };
}

/**
 * Whether `value` (flag g, never sticky) matches somewhere starting in text[from, to), read as execWindow reads
 * the window: false means no match of a pattern holding `value` as a group can lie in the window.
 */
export function windowHas(value: RegExp, text: string, from: number, to: number): boolean {
  const { part, sliceStart } = windowText(text, from, to);
  value.lastIndex = from - sliceStart;
  const m = value.exec(part);
  return m !== null && m.index < to - sliceStart;
}

/**
 * Every hit of `regex` in text[from, to) whose value passes the checks before a rule's own validator, as a
 * worker returns them: a rejected value is where the search goes on, exactly as in the scan (custom rules
 * have no validator of their own).
 */
export function collectHits(regex: RegExp, text: string, from: number, to: number, checks: Pick<Rule, 'skipPlaceholderCheck' | 'minEntropy'> = {}): RegexHit[] {
  const hits: RegexHit[] = [];
  execWindow(regex, text, from, to, (hit) => {
    if (hit.secretStart === undefined || hit.secretEnd === undefined) return undefined;
    if (rejectsValue(checks, text.slice(hit.secretStart, hit.secretEnd))) return hit.secretStart > hit.index ? hit.secretStart : undefined;
    hits.push(hit);
    return undefined;
  });
  return hits;
}

/** The scan's regex flags for a rule: global with indices, never sticky. */
export function scanFlags(flags: string): string {
  const set = new Set(flags.split(''));
  set.add('g');
  set.add('d');
  set.delete('y');
  return [...set].join('');
}

/** Characters of a key name (ASCII word characters, `.`, `-`, letters of other scripts). */
const NAME_CHAR = /[A-Za-z0-9_.\-\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/;

/**
 * A pattern may start at the secret word inside a key (`(?<keyTail>password…)`), which V8 finds far faster than
 * a key matched from its first character: the key is then the name characters before the group (up to 40) plus
 * the group.
 */
function keyWithHead(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 40 && NAME_CHAR.test(text.charAt(from - 1))) from--;
  return text.slice(from, end);
}
