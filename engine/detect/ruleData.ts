// The built-in rules' derived data: computed here (at build time, see esbuild.mjs, and by the test that
// keeps the build's copy honest) and decoded at start-up. Custom rules always take the run-time path.
import { computeMaxMatchLength } from './patternLength';
import { PRECOMPUTED, type EncodedRuleData } from './precomputed';
import { buildPrefilterTables, type KeywordWindow, type PrefilterTables } from './prefilter';
import type { Rule } from '../types';

const ARRAYS = ['parent', 'char', 'fail', 'outStart', 'outRule', 'outLength'] as const;

/**
 * The prefilter's keyword lists: each rule's keywords in rule order, then one list per rule with context
 * keywords (Rule.contextKeywords), in rule order, then one per group of each rule's Rule.matchStarts, in rule
 * order; the scan reads the second kind as "context present", the third as where matches can start.
 */
export function prefilterEntries(rules: readonly Rule[]): string[][] {
  return [...rules.map((r) => r.keywords), ...rules.flatMap((r) => (r.contextKeywords ? [r.contextKeywords] : [])), ...rules.flatMap((r) => (r.matchStarts ?? []).map((g) => [...g.words]))];
}

/** The window of each prefilter entry: a rule's keyword window; for a match-start group, the span a match may start in. */
export function prefilterWindows(rules: readonly Rule[]): (KeywordWindow | undefined)[] {
  return [...rules.map((r) => r.keywordWindow), ...rules.flatMap((r) => (r.contextKeywords ? [undefined] : [])), ...rules.flatMap((r) => (r.matchStarts ?? []).map((g) => ({ before: g.before, after: 0 })))];
}

/** Paths of the files a scan meets most (source and package files), where the quiet group's rules are all skipped. */
const CODE_PATHS = ['src/index.js', 'src/index.ts', 'package.json'];

/**
 * The prefilter's quiet group (KeywordPrefilter's `quietRules`): rules skipped in code files that own a keyword of
 * blanks and punctuation only (`'   '`, `' - '`: it ends on most lines of code). A code file's prefilter then does
 * not stop at those keywords only to flag rules the scan skips.
 */
export function quietRules(rules: readonly Rule[]): number[] {
  return rules.flatMap((r, i) => (r.appliesToPath && r.keywords.some((k) => !/[\p{L}\p{N}]/u.test(k)) && CODE_PATHS.every((p) => !r.appliesToPath!(p)) ? [i] : []));
}

/** What the prefilter tables depend on: the prefilter's keyword lists. */
export function keywordSignature(rules: readonly Rule[]): string {
  return prefilterEntries(rules)
    .map((k) => k.join('\u0001'))
    .join('\u0002');
}

// Typed arrays are stored as little-endian bytes; a big-endian machine builds its tables instead.
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function encode(a: Int32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

function decode(text: string): Int32Array {
  const bytes = Buffer.from(text, 'base64');
  const out = new Int32Array(bytes.length >> 2);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

export function computeRuleData(rules: readonly Rule[]): EncodedRuleData {
  const lengths: EncodedRuleData['lengths'] = { sources: [], values: [] };
  for (const source of new Set(rules.map((r) => r.pattern.source))) {
    const length = computeMaxMatchLength(source);
    lengths.sources.push(source);
    lengths.values.push(Number.isFinite(length) ? length : -1);
  }
  const tables = buildPrefilterTables(prefilterEntries(rules));
  return {
    signature: keywordSignature(rules),
    lengths,
    prefilter: { ruleCount: tables.ruleCount, arrays: Object.fromEntries(ARRAYS.map((k) => [k, encode(tables[k])])) as EncodedRuleData['prefilter']['arrays'] },
  };
}

/** The precomputed tables when they were built for exactly these rules' keywords, else undefined. */
export function precomputedTables(rules: readonly Rule[], data: EncodedRuleData | undefined = PRECOMPUTED): PrefilterTables | undefined {
  if (!data || !littleEndian || data.prefilter.ruleCount !== prefilterEntries(rules).length || data.signature !== keywordSignature(rules)) return undefined;
  const a = data.prefilter.arrays;
  return { ruleCount: data.prefilter.ruleCount, parent: decode(a.parent), char: decode(a.char), fail: decode(a.fail), outStart: decode(a.outStart), outRule: decode(a.outRule), outLength: decode(a.outLength) };
}
