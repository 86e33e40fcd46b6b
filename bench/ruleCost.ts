// Per-rule cost profile: where a scan's time goes, rule by rule. `node out/bench/ruleCost.js [DIR] [--top N]
// [--max-mb M]` reads the files under DIR (default: the repository's tracked files), runs the keyword prefilter
// once per file and then each flagged rule's regex and checks on its own clock, as the scan does
// (engine/detect/scan.ts: the same prefilter with the path's skips, so a code file reads the table without the quiet
// group's keyword ends); the rewritten views (concatenation, percent-decoding, octal blanks, exports' messages under
// their own path) are timed as their own rows.
// Prints the top rules by time with their share, how many files flagged them and their keywords.
// `--rules id,id` times only those rules (the prefilter is run once and kept) and `--repeat N` runs them N times,
// printing each rule's best pass: a steadier figure for comparing two builds of a rule on a busy machine.
// `--one-line` scans each file with its line breaks turned to blanks, as a minified file is: a rule whose time grows
// faster than the text (a walk to the line's start per candidate) stands out against the same run without it.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtinRules } from '../engine/rules';
import { KeywordPrefilter } from '../engine/detect/prefilter';
import { precomputedTables, prefilterEntries, prefilterWindows, quietRules } from '../engine/detect/ruleData';
import { anchoredPattern, execAt, execWindow, mergeSpans, searchFlags, windowHas, type RegexHit } from '../engine/detect/regexWindow';
import type { Rule } from '../engine/types';
import { rejectsValue } from '../engine/detect/valueChecks';
import { keyNameBefore } from '../engine/fix/envName';
import { concatenatedLiterals } from '../engine/detect/joinedLiterals';
import { urlDecodedRuns } from '../engine/detect/percentDecoded';
import { octalSpaceLines } from '../engine/detect/octalSpaces';
import { exportViews } from '../engine/detect/exportViews';
import { lpad, mb, pad } from './timing';
import { filesUnder } from './filesUnder';

const ROOT = join(__dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const top = Number(option('--top') ?? 20);
const maxBytes = Number(option('--max-mb') ?? Infinity) * 1048576;
const only = option('--rules')?.split(',');
const repeat = Number(option('--repeat') ?? 1);
const oneLine = args.includes('--one-line') && args.splice(args.indexOf('--one-line'), 1).length > 0;
const dir = args[0];

const paths = dir
  ? filesUnder(dir).sort()
  : execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((p) => join(ROOT, p));
const texts: { path: string; text: string }[] = [];
let bytes = 0;
for (const p of paths) {
  if (bytes >= maxBytes) break;
  let size: number;
  try {
    size = statSync(p).size;
  } catch {
    continue;
  }
  if (size === 0 || size > 10 * 1048576) continue;
  const buf = readFileSync(p);
  if (buf.subarray(0, 8000).includes(0)) continue;
  bytes += size;
  const text = buf.toString('utf8');
  texts.push({ path: relative(ROOT, p), text: oneLine ? text.replace(/\r?\n/g, ' ') : text });
}

const rules = builtinRules;
const prefilter = new KeywordPrefilter(precomputedTables(rules) ?? prefilterEntries(rules), prefilterWindows(rules), quietRules(rules));
/** The rules a path skips (Rule.appliesToPath), asked once per rule and path, as the scan's PathSkips: given to the prefilter. */
function pathSkips(path: string): { has(i: number): boolean } {
  const verdicts = new Uint8Array(rules.length);
  return {
    has(i: number) {
      if (i >= rules.length || rules[i]!.appliesToPath === undefined) return false;
      if (verdicts[i] === 0) verdicts[i] = rules[i]!.appliesToPath!(path) ? 1 : 2;
      return verdicts[i] === 2;
    },
  };
}
// The scan's gates (Rule.appliesToPath, Rule.contextKeywords, Rule.appliesToText): a gated rule costs nothing where
// it is skipped but its text gate, timed as its own.
let contextEntries = rules.length;
const contextEntry = rules.map((r) => (r.contextKeywords ? contextEntries++ : -1));
const skips = (i: number, found: Uint8Array, skipped: { has(i: number): boolean }) => skipped.has(i) || (contextEntry[i]! >= 0 && found[contextEntry[i]!] === 0);
const textSkips = (i: number, text: string, path: string) => rules[i]!.appliesToText?.(text, path) === false;
// Compiled as the scan compiles them (engine/detect/scan.ts compile): without the `d` flag, hits carrying group spans
// (lazily) only for rules with credential parts.
const regexes = rules.map((r) => new RegExp(r.pattern.source, searchFlags(r.pattern.flags)));
// Rule.matchStarts, as the scan reads it: the prefilter entries after the context ones, and the anchored pattern.
let startEntryCount = contextEntries;
const startEntries = rules.map((r) => r.matchStarts?.map(() => startEntryCount++));
const anchored = rules.map((r) => (r.matchStarts ? anchoredPattern(r.pattern.source, r.pattern.flags, false) : undefined));
// Rule.secretPattern (or Rule.windowNeeds), as the scan reads it: the pattern runs only on windows that hold a value of its shape.
const values = rules.map((r) => {
  const needed = r.secretPattern ?? r.windowNeeds;
  return needed ? new RegExp(needed.source, searchFlags(needed.flags)) : undefined;
});
/** Where rule i's matches can start (merged spans), or undefined for anywhere. */
function startsOf(i: number, spans: ReadonlyMap<number, number[]>): number[] | undefined {
  const entries = startEntries[i];
  if (entries === undefined || anchored[i] === undefined) return undefined;
  return mergeSpans(entries.map((e) => spans.get(e)));
}
const ruleMs = new Float64Array(rules.length);
const ruleFiles = new Uint32Array(rules.length);
const ruleChars = new Float64Array(rules.length);
/** Time in the value checks and the rule's validator (the rest of a rule's time is its regex). */
const checkMs = new Float64Array(rules.length);
let prefilterMs = 0;
let viewsMs = 0;
let viewRulesMs = 0;

function runRule(i: number, text: string, from: number, to: number, path: string, starts?: number[]): void {
  const rule = rules[i]!;
  const onHit = (hit: RegexHit) => {
    if (hit.secretStart === undefined || hit.secretEnd === undefined) return undefined;
    const t = performance.now();
    try {
      return check(rule, hit, text, path);
    } finally {
      checkMs[i]! += performance.now() - t;
    }
  };
  if (values[i] !== undefined && !windowHas(values[i]!, text, from, to)) return;
  if (starts !== undefined) execAt(anchored[i]!, text, from, to, starts, onHit, rule.parts !== undefined);
  else execWindow(regexes[i]!, text, from, to, onHit, rule.parts !== undefined);
}

/** The scan's checks on one hit (engine/detect/scan.ts acceptHit): where the search goes on after a reject. */
function check(rule: Rule, hit: RegexHit, text: string, path: string): number | undefined {
  const start = hit.secretStart!;
  const end = hit.secretEnd!;
  const secret = text.slice(start, end);
  // The key name read off the line only when the validator asks or the value is kept, as the scan's HitContext.
  let name: string | undefined | null = hit.key ?? null;
  const context = {
    text,
    start,
    end,
    path,
    get keyName() {
      if (name === null) name = keyNameBefore(text, start);
      return name;
    },
  };
  if (rejectsValue(rule, secret, text, end) || (rule.validate && !rule.validate(secret, context))) return start > hit.index ? start : undefined;
  void context.keyName;
  return undefined;
}

/** Rules timed (all, or the --rules ones). */
const timed = new Uint8Array(rules.length).fill(only ? 0 : 1);
if (only)
  for (const id of only) {
    const i = rules.findIndex((r) => r.id === id);
    if (i < 0) throw new Error(`no rule ${id}`);
    timed[i] = 1;
  }
/** With --rules, each text's prefilter result (and its views'), kept for the passes after the first. */
type Match = ReturnType<KeywordPrefilter['match']>;
const kept: { match: Match; views: { text: string; path: string; match: Match }[] }[] = [];

function pass(): number {
  const started = performance.now();
  texts.forEach(({ path, text }, f) => {
    let t = performance.now();
    const k = kept[f];
    const skipped = pathSkips(path);
    const match = k?.match ?? prefilter.match(text, skipped);
    prefilterMs += performance.now() - t;
    const { found, hits, spans } = match;
    for (const i of hits) {
      if (i >= rules.length || timed[i] === 0 || skips(i, found, skipped)) continue;
      ruleFiles[i]!++;
      const s = spans.get(i);
      t = performance.now();
      const starts = startsOf(i, spans);
      if (textSkips(i, text, path)) {
        // The rule's text gate says it can report nothing here: the scan skips the rule.
      } else if (starts?.length === 0) {
        // Nowhere a match can start: the scan skips the rule.
      } else if (s === undefined) {
        runRule(i, text, 0, text.length, path, starts);
        ruleChars[i]! += text.length;
      } else {
        for (let k = 0; k < s.length; k += 2) {
          runRule(i, text, s[k]!, s[k + 1]!, path, starts);
          ruleChars[i]! += s[k + 1]! - s[k]!;
        }
      }
      ruleMs[i]! += performance.now() - t;
    }
    t = performance.now();
    const views =
      k?.views ??
      [...concatenatedLiterals(text), ...urlDecodedRuns(text), ...octalSpaceLines(text), ...exportViews(text, path)].map((v) => {
        const viewPath = v.path ?? path;
        return { text: v.text, path: viewPath, match: prefilter.match(v.text, viewPath === path ? skipped : pathSkips(viewPath)) };
      });
    if (only && k === undefined) kept[f] = { match, views };
    viewsMs += performance.now() - t;
    t = performance.now();
    for (const v of views) {
      const m = v.match;
      const viewSkipped = v.path === path ? skipped : pathSkips(v.path);
      for (const i of m.hits) {
        if (i >= rules.length || timed[i] === 0 || skips(i, m.found, viewSkipped) || textSkips(i, v.text, v.path)) continue;
        const starts = startsOf(i, m.spans);
        if (starts?.length !== 0) runRule(i, v.text, 0, v.text.length, v.path, starts);
      }
    }
    viewRulesMs += performance.now() - t;
  });
  return performance.now() - started;
}

let totalMs = 0;
const best = new Float64Array(rules.length).fill(Infinity);
const bestChecks = new Float64Array(rules.length);
for (let p = 0; p < repeat; p++) {
  ruleMs.fill(0);
  checkMs.fill(0);
  ruleFiles.fill(0);
  ruleChars.fill(0);
  totalMs = pass();
  for (let i = 0; i < rules.length; i++) {
    if (ruleMs[i]! < best[i]!) {
      best[i] = ruleMs[i]!;
      bestChecks[i] = checkMs[i]!;
    }
  }
}
if (repeat > 1) {
  ruleMs.set(best);
  checkMs.set(bestChecks);
  console.log(`\n(best of ${repeat} passes per rule; the totals are the last pass's)`);
}
const order = rules.map((_, i) => i).sort((a, b) => ruleMs[b]! - ruleMs[a]!);
const rulesMs = ruleMs.reduce((a, b) => a + b, 0);
console.log(`\n## Rule cost: ${texts.length} files, ${mb(bytes)} MB, ${rules.length} rules; ${totalMs.toFixed(0)} ms in all`);
console.log(`prefilter ${prefilterMs.toFixed(0)} ms · rules ${rulesMs.toFixed(0)} ms · building views ${viewsMs.toFixed(0)} ms · rules on views ${viewRulesMs.toFixed(0)} ms`);
const windowed = rules.filter((r) => r.keywordWindow).length;
console.log(`rules with a keyword window: ${windowed} of ${rules.length}\n`);
console.log(`| ${pad('rule', 40)} | ${lpad('ms', 7)} | ${lpad('share', 6)} | ${lpad('checks', 6)} | ${lpad('files', 6)} | ${lpad('MB read', 8)} | keywords |`);
console.log(`|${'-'.repeat(42)}|${'-'.repeat(9)}:|${'-'.repeat(8)}:|${'-'.repeat(8)}:|${'-'.repeat(8)}:|${'-'.repeat(10)}:|---|`);
for (const i of order.slice(0, top)) {
  const r = rules[i]!;
  const kws = r.keywords.length > 6 ? `${r.keywords.slice(0, 6).join(', ')}, … (${r.keywords.length})` : r.keywords.join(', ');
  console.log(
    `| ${pad(r.id, 40)} | ${lpad(ruleMs[i]!.toFixed(0), 7)} | ${lpad(((100 * ruleMs[i]!) / totalMs).toFixed(1) + '%', 6)} | ${lpad(checkMs[i]!.toFixed(0), 6)} | ${lpad(ruleFiles[i]!, 6)} | ${lpad(mb(ruleChars[i]!), 8)} | ${kws}${r.keywordWindow ? '' : ' (no window)'} |`,
  );
}
