// One rule's regex over a window of the text, the loop every scan runs: the same code in the scanning thread
// and in the worker that runs custom rules under a deadline (workspace/regexGuard.ts), so both find the
// same matches.
import type { Rule } from '../types';
import { rejectsValue } from './valueChecks';
import { groupsOutsideLookarounds, uniqueSpan } from './groupSpans';
import { firstRunStart, leadingRunOf } from './leadingRun';

/** A match, in offsets of the whole text. */
export interface RegexHit {
  index: number;
  end: number;
  /** The `secret` group's span; absent when the group did not take part or is empty. */
  secretStart?: number;
  secretEnd?: number;
  /** The `key` group's text, or the `keyTail` group's with the name characters before it, when the pattern has one. */
  key?: string;
  /** Every named group's span (credential parts), when the pattern has named groups and the `d` flag. */
  groups?: Record<string, [number, number] | undefined>;
  /**
   * The same spans for a match found without the `d` flag, built when asked (by the `d` copy at the match's position):
   * only accepted hits need them. Never set on hits that cross a thread (custom rules' workers use the `d` flag).
   */
  groupsOf?: () => Record<string, [number, number] | undefined> | undefined;
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
 * Runs `regex` (flag g, with or without d: see searchFlags) over text[from, to): the whole text, or a keyword window read with a margin
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
    const restart = onHit(hitOf(m, regex, part, text, m.index + sliceStart, m.index + m[0].length + sliceStart, sliceStart, withGroups));
    if (restart !== undefined) regex.lastIndex = restart - sliceStart;
  }
}

/** The group anchoredPattern() puts around the skip before the rule's own pattern: its length is where that starts. */
const MATCH_START = 'hushSkip';
/** How far an anchored pattern looks ahead of where it is tried: a few positions per call, not one call each. */
const START_SKIP = 4;

/**
 * The rule's pattern for execAt: sticky, tried at one position and up to START_SKIP after it (a lazy skip keeps
 * the leftmost match first). Undefined where the wrapping could change what the pattern means: numbered
 * backreferences (the added group shifts them) and the `u`/`v` flags (positions inside surrogate pairs).
 * `withIndices`: with the `d` flag (for rules whose hits carry every group's span).
 */
export function anchoredPattern(source: string, flags: string, withIndices = true): RegExp | undefined {
  if (/[uv]/.test(flags) || /\\[1-9]/.test(source)) return undefined;
  return new RegExp(`(?<${MATCH_START}>[^]{0,${START_SKIP}}?)(?:${source})`, (withIndices ? scanFlags(flags) : searchFlags(flags)) + 'y');
}

/**
 * execWindow restricted to matches starting in `starts` (flattened, ascending, disjoint [start, end) spans in
 * offsets of `text`; see Rule.matchStarts), with `anchored` from anchoredPattern(). Reports exactly what
 * execWindow would when every match execWindow could meet starts in `starts`: the pattern is tried at each
 * start position in order, and the first match found is the leftmost one from there, as in execWindow.
 */
export function execAt(anchored: RegExp, text: string, from: number, to: number, starts: readonly number[], onHit: (hit: RegexHit) => number | undefined, withGroups = true): void {
  const { part, sliceStart } = windowText(text, from, to);
  // The first span ending after `from`.
  let lo = 0;
  let hi = starts.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[2 * mid + 1]! <= from) lo = mid + 1;
    else hi = mid;
  }
  let k = 2 * lo;
  let pos = from;
  for (;;) {
    while (k < starts.length && starts[k + 1]! <= pos) k += 2;
    if (k >= starts.length) return;
    const at = Math.max(pos, starts[k]!);
    if (at >= to) return;
    anchored.lastIndex = at - sliceStart;
    const m = anchored.exec(part);
    if (m === null) {
      pos = at + START_SKIP + 1;
      continue;
    }
    const start = m.index + m.groups![MATCH_START]!.length + sliceStart;
    const end = m.index + m[0].length + sliceStart;
    // Found past the span it was tried in: no match starts between, so only a start in a later span counts.
    let j = k;
    while (j < starts.length && starts[j + 1]! <= start) j += 2;
    if (j >= starts.length || starts[j]! > start || end === start) {
      pos = start + 1;
      continue;
    }
    if (start >= to) return;
    if (end > to) {
      pos = start + 1;
      continue;
    }
    pos = onHit(hitOf(m, anchored, part, text, start, end, sliceStart, withGroups)) ?? end;
  }
}

/** Sorted, disjoint [start, end) spans (flattened) merged into one such list. */
export function mergeSpans(lists: readonly (number[] | undefined)[]): number[] {
  const present = lists.filter((l): l is number[] => l !== undefined);
  if (present.length <= 1) return present[0] ?? [];
  const pairs: [number, number][] = [];
  for (const l of present) for (let k = 0; k < l.length; k += 2) pairs.push([l[k]!, l[k + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [start, end] of pairs) {
    if (out.length > 0 && start <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, end);
    else out.push(start, end);
  }
  return out;
}

/**
 * A match of `regex` in `part` as a RegexHit in offsets of the whole text (`start`, `end` already are). Without the
 * `d` flag, the `secret` and `keyTail` spans are found in the match's text (groupSpans.ts), or by the `d` copy.
 */
function hitOf(m: RegExpExecArray, regex: RegExp, part: string, text: string, start: number, end: number, sliceStart: number, withGroups: boolean): RegexHit {
  const hit: RegexHit = { index: start, end };
  const secret = m.groups?.secret;
  if (secret) {
    hit.secretStart = groupStart(m, regex, part, 'secret', secret) + sliceStart;
    hit.secretEnd = hit.secretStart + secret.length;
  }
  const key = m.groups?.key;
  const tail = m.groups?.keyTail;
  if (key !== undefined) hit.key = key;
  else if (tail !== undefined) {
    const tailStart = groupStart(m, regex, part, 'keyTail', tail) + sliceStart;
    hit.key = keyWithHead(text, tailStart, tailStart + tail.length);
  }
  if (withGroups) {
    if (m.indices !== undefined) hit.groups = groupSpans(m.indices.groups, sliceStart);
    else {
      const at = m.index;
      hit.groupsOf = () => groupSpans(exactMatch(regex, part, at).indices!.groups, sliceStart);
    }
  }
  return hit;
}

/** A `d` match's named groups (but the anchored pattern's skip) in offsets of the whole text. */
function groupSpans(groups: Record<string, [number, number] | undefined> | undefined, sliceStart: number): RegexHit['groups'] {
  if (!groups) return undefined;
  const out: Record<string, [number, number] | undefined> = {};
  for (const [name, g] of Object.entries(groups)) if (name !== MATCH_START) out[name] = g ? [g[0] + sliceStart, g[1] + sliceStart] : undefined;
  return out;
}

/** Where group `name` (captured as `value`) starts in `part`: from the `d` flag's spans, else see groupSpans.ts. */
function groupStart(m: RegExpExecArray, regex: RegExp, part: string, name: string, value: string): number {
  if (m.indices !== undefined) return m.indices.groups![name]![0];
  const at = value !== '' && groupsOutsideLookarounds(regex).has(name) ? uniqueSpan(m[0], value) : undefined;
  return at !== undefined ? m.index + at : exactMatch(regex, part, m.index).indices!.groups![name]![0];
}

/** `d` copies of regexes without it, sticky: the same match again, with every group's span. */
const exactCopies = new WeakMap<RegExp, RegExp>();

/** `regex`'s match at `index` of `part` (found there by regex itself), with the `d` flag's spans. */
function exactMatch(regex: RegExp, part: string, index: number): RegExpExecArray {
  let exact = exactCopies.get(regex);
  if (exact === undefined) exactCopies.set(regex, (exact = new RegExp(regex.source, [...new Set(regex.flags.replace('g', '') + 'dy')].join(''))));
  exact.lastIndex = index;
  const m = exact.exec(part);
  if (m === null) throw new Error(`regex ${regex.source.slice(0, 60)}…: no match again at ${index}`);
  return m;
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
  // A pattern opening with a long class run: the regex starts where such a run does (none before can match).
  const run = leadingRunOf(value);
  if (run !== null) {
    const at = firstRunStart(run, part, from - sliceStart, to - sliceStart, part.length);
    if (at < 0 || at >= to - sliceStart) return false;
    value.lastIndex = at;
  } else value.lastIndex = from - sliceStart;
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
    if (rejectsValue(checks, text.slice(hit.secretStart, hit.secretEnd), text, hit.secretEnd)) return hit.secretStart > hit.index ? hit.secretStart : undefined;
    hits.push(hit);
    return undefined;
  });
  return hits;
}

/** The scan's regex flags for a rule whose hits carry every group's span: global with indices, never sticky. */
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
  // A key after a string's line-break or tab escape (`echo "[client]\nuser=root\npassword=…"`, `"host=db\tpwd=…"`):
  // the escape's letter is no part of the name.
  if (from < start && text.charAt(from - 1) === '\\' && /[ntr]/.test(text.charAt(from))) from++;
  return text.slice(from, end);
}

/** The scan's regex flags for other rules: global, never sticky, no indices (hitOf finds the spans it needs). */
export function searchFlags(flags: string): string {
  return scanFlags(flags).replace('d', '');
}
