// The scan pipeline: keyword prefilter → bounded regexes → validators (placeholder, entropy, checksum)
// → overlap resolution → inline suppressions → the config's ignore list.
import { concatenatedLiterals, type VirtualText } from './joinedLiterals';
import { urlDecodedRuns } from './percentDecoded';
import { exportViews } from './exportViews';
import { octalSpaceLines } from './octalSpaces';
import type { HushConfig, IgnoreEntry } from '../config';
import { DEFAULT_CONFIG } from '../config';
import { customRules } from './customRules';
import { attachSearchedParts, groupParts, partReach } from './credentialParts';
import { envNameAt, keyNameBefore } from '../fix/envName';
import { fingerprint } from '../fingerprint';
import { suppressionLookup } from './lineSuppressions';
import { maskSecret } from '../mask';
import { rejectsValue } from './valueChecks';
import { KeywordPrefilter } from './prefilter';
import { precomputedTables, prefilterEntries, prefilterWindows, quietRules } from './ruleData';
import { priorityRank } from './rulePriority';
import { providerAttribution } from './providerAttribution';
import { builtinRules } from '../rules';
import { mayContainSuppression } from './suppressions';
import type { Finding, MatchContext, Rule, ScanOptions } from '../types';
import { anchoredPattern, execAt, execWindow, mergeSpans, searchFlags, windowHas, type RegexHit, type RegexJob, type RegexRunner } from './regexWindow';

interface CompiledRule {
  rule: Rule;
  /** Compiled on first use: with a secretPattern, only once a window holds a value. */
  regex: RegExp | undefined;
  /** Rule.secretPattern (or Rule.windowNeeds) with the scan's flags (shared by rules with the same value shape). */
  value: RegExp | undefined;
  /** With Rule.matchStarts: the pattern tried only where matches can start (regexWindow.ts anchoredPattern). */
  anchored: RegExp | undefined;
}

export interface Scanner {
  readonly rules: readonly Rule[];
  /**
   * How far from a value the other parts of its credential may lie (0 when no active rule has searched parts):
   * a partial rescan must include this much text around what it rescans.
   */
  readonly partReach: number;
  /** True for an active rule whose credential has parts searched near its value (Rule.parts with a pattern). */
  hasSearchedParts(ruleId: string): boolean;
  scan(text: string, options?: ScanOptions): Finding[];
}

export interface ScannerOptions {
  config?: HushConfig;
  /** Rules to use instead of the built-in set (tests). */
  rules?: readonly Rule[];
  /** Today's date as YYYY-MM-DD, for ignore-entry expiry (injected so tests are deterministic). */
  today?: string;
  /** Decides whether an ignore entry's `path` pattern covers the scanned path (injected: no glob library here). */
  pathMatches?: (pattern: string, path: string) => boolean;
  /**
   * Runs the config's custom rules where a hung regex can be stopped (a worker with a deadline; injected: the
   * engine has no threads). Without one they run here like the built-in rules, whose patterns are reviewed.
   */
  regexRunner?: RegexRunner;
  /** A custom rule ran out of time on `path`: it is off for the rest of this scanner's life. */
  onRuleTimeout?(rule: CustomRuleTimeout): void;
}

/** A custom rule stopped at its deadline: a config problem (`rules[index].pattern`), reported by the caller. */
export interface CustomRuleTimeout {
  ruleId: string;
  /** Index in the config's `rules`. */
  index: number;
  path?: string;
}

/** Value patterns by source and flags: many rules share a shape (a UUID, 32 hex digits), compiled once. */
const valuePatterns = new Map<string, RegExp>();

/**
 * A rule's regex flags: never the `d` flag; a credential's parts need every group's span only once its value is
 * accepted (RegexHit.groupsOf, regexWindow.ts hitOf), and most hits are rejected.
 */
const flagsFor = (rule: Rule) => searchFlags(rule.pattern.flags);

function compile(rule: Rule): CompiledRule {
  const anchored = rule.matchStarts ? anchoredPattern(rule.pattern.source, rule.pattern.flags, false) : undefined;
  const needed = rule.secretPattern ?? rule.windowNeeds;
  if (needed === undefined) return { rule, regex: new RegExp(rule.pattern.source, flagsFor(rule)), value: undefined, anchored };
  const flags = searchFlags(needed.flags);
  const key = `${flags}/${needed.source}`;
  let value = valuePatterns.get(key);
  if (value === undefined) valuePatterns.set(key, (value = new RegExp(needed.source, flags)));
  return { rule, regex: undefined, value, anchored };
}

/** The built-in rules' prefilter, shared by every scanner (it holds no per-scan state). */
let builtinPrefilter: KeywordPrefilter | undefined;

function prefilterFor(rules: readonly Rule[], builtin: boolean): KeywordPrefilter {
  const windows = prefilterWindows(rules);
  if (!builtin) return new KeywordPrefilter(prefilterEntries(rules), windows, quietRules(rules));
  // Tables precomputed at build time when they match these rules; built here otherwise.
  return (builtinPrefilter ??= new KeywordPrefilter(precomputedTables(rules) ?? prefilterEntries(rules), windows, quietRules(rules)));
}

export function createScanner(options: ScannerOptions = {}): Scanner {
  const config = options.config ?? DEFAULT_CONFIG;
  const disabled = new Set(config.disabledRules);
  const custom = customRules(config.rules);
  // The prefilter covers every rule (so the built-in one can be shared); disabled rules are skipped after it.
  const all = [...(options.rules ?? builtinRules), ...custom];
  const prefilter = prefilterFor(all, options.rules === undefined && custom.length === 0);
  // Compiled on first use: a scan runs only the rules whose keywords occur, so most never need one.
  const compiledRules: (CompiledRule | undefined)[] = [];
  const active = all.map((r) => !disabled.has(r.id));
  const compiled = (i: number): CompiledRule | undefined => (active[i] ? (compiledRules[i] ??= compile(all[i]!)) : undefined);
  const rules = all.filter((_, i) => active[i]);
  // Per rule, the prefilter entry of its context keywords (after the rules' own entries, see prefilterEntries), or -1.
  let contextEntries = all.length;
  const contextEntry = all.map((r) => (r.contextKeywords ? contextEntries++ : -1));
  const lacksContext = (i: number, found: Uint8Array) => contextEntry[i]! >= 0 && found[contextEntry[i]!] === 0;
  // Per rule with Rule.matchStarts, the prefilter entries of its groups (after the context entries).
  let startEntryCount = contextEntries;
  const startEntries = all.map((r) => r.matchStarts?.map(() => startEntryCount++));
  // Where rule i's matches can start in a text (merged spans), undefined when anywhere; empty: nowhere.
  const startSpans = (i: number, spans: ReadonlyMap<number, number[]>): number[] | undefined => {
    const entries = startEntries[i];
    if (entries === undefined || compiled(i)?.anchored === undefined) return undefined;
    return mergeSpans(entries.map((e) => spans.get(e)));
  };
  // Rules without keywords (custom rules may have none) run on every text; the rest only where flagged.
  const alwaysRun = all.flatMap((r, i) => (r.keywords.length === 0 ? [i] : []));
  // Flagged rules (context entries are not rules: they come after them), with the ones that always run.
  // Built-in ones are limited to paths: outside them nothing is merged (most files).
  const toRun = (hits: number[], skipped: PathSkips | undefined) => {
    const rulesHit = hits.length > 0 && hits[hits.length - 1]! >= all.length ? hits.filter((i) => i < all.length) : hits;
    const always = skipped === undefined ? alwaysRun : alwaysRun.filter((i) => !skipped.has(i));
    return always.length === 0 ? rulesHit : [...new Set([...rulesHit, ...always])].sort((a, b) => a - b);
  };
  const firstCustom = all.length - custom.length;
  const runner = custom.length > 0 ? options.regexRunner : undefined;
  const guarded = (i: number) => runner !== undefined && i >= firstCustom;
  const priorities = new Map<string, number>();
  for (const r of rules) priorities.set(r.id, Math.max(priorities.get(r.id) ?? 0, priorityRank(r)));
  const ruleById = new Map<string, Rule>();
  for (const r of rules) if (!ruleById.has(r.id)) ruleById.set(r.id, r);
  const hasSearchedParts = rules.some((r) => r.parts?.some((p) => p.pattern));
  const attribute = providerAttribution(rules);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const ignores = new Map<string, IgnoreEntry[]>();
  for (const entry of config.ignore) {
    if (entry.expires && entry.expires < today) continue;
    ignores.set(entry.fingerprint, [...(ignores.get(entry.fingerprint) ?? []), entry]);
  }

  // Rules that can report nothing in some paths (Rule.appliesToPath): which to skip, per path, each rule's
  // answer asked only when the rule is flagged in a text of that path (most files flag few of them).
  const pathLimited = all.flatMap((r, i) => (r.appliesToPath ? [i] : []));
  const pathSlot = new Int32Array(all.length).fill(-1);
  pathLimited.forEach((i, k) => (pathSlot[i] = k));
  // Kept per path: a history scan alternates between files and commit subjects (no path) many times over.
  const skipsByPath = new Map<string | undefined, PathSkips>();
  function pathSkips(path: string | undefined): PathSkips | undefined {
    if (pathLimited.length === 0) return undefined;
    let skips = skipsByPath.get(path);
    if (skips === undefined) {
      if (skipsByPath.size >= 512) skipsByPath.clear();
      skips = new PathSkips(path, all, pathSlot, pathLimited.length);
      skipsByPath.set(path, skips);
    }
    return skips;
  }

  function isIgnored(f: Finding, path: string | undefined): boolean {
    const entries = ignores.get(f.fingerprint);
    if (!entries) return false;
    return entries.some((e) => !e.path || (path !== undefined && (options.pathMatches?.(e.path, path) ?? path.includes(e.path))));
  }

  function scan(text: string, scanOptions: ScanOptions = {}): Finding[] {
    if (text.length === 0) return [];
    const path = scanOptions.path;
    const skipped = pathSkips(path);
    // Rules the path skips get no spans (their keywords are most of a code file's).
    const { found, hits, spans } = prefilter.match(text, skipped);
    let findings: Finding[] = [];
    // Custom rules through the runner: gathered here, run in one round trip with the views' below.
    const texts = [text];
    const jobs: RegexJob[] = [];
    const job = (i: number, t: number, from: number, to: number) => {
      const r = all[i]!;
      jobs.push({ rule: i, source: r.pattern.source, flags: r.pattern.flags, ...(r.minEntropy !== undefined ? { minEntropy: r.minEntropy } : {}), text: t, from, to });
    };
    for (const i of toRun(hits, skipped)) {
      if (lacksContext(i, found) || skipped?.has(i) || all[i]!.appliesToText?.(text, path) === false) continue;
      const rule = compiled(i);
      if (rule === undefined) continue;
      const starts = startSpans(i, spans);
      if (starts?.length === 0) continue;
      const ruleSpans = spans.get(i);
      if (ruleSpans === undefined) {
        if (guarded(i)) job(i, 0, 0, text.length);
        else matchRule(rule, text, 0, text.length, path, findings, starts);
      } else {
        for (let k = 0; k < ruleSpans.length; k += 2) {
          if (guarded(i)) job(i, 0, ruleSpans[k]!, ruleSpans[k + 1]!);
          else matchRule(rule, text, ruleSpans[k]!, ruleSpans[k + 1]!, path, findings, starts);
        }
      }
    }
    // Values split over concatenated literals, percent-encoded in URLs or between octal-escaped blanks (MySQL
    // history): scan the rewritten views too.
    // A CSV file's rows end and start with a quoted cell: the next row is no literal joined to the last (a ticket id
    // read as a password's tail, rw-dev24's ServiceNow export).
    const literalChains = path !== undefined && /\.(?:csv|tsv)$/i.test(path) ? [] : concatenatedLiterals(text);
    const views = [...literalChains, ...urlDecodedRuns(text), ...octalSpaceLines(text), ...exportViews(text, path)];
    const viewFound = views.map((view) => {
      const found: Finding[] = [];
      const t = texts.push(view.text) - 1;
      // A view scanned under a path of its own (an export's messages, read as prose) is gated by that path.
      const viewSkipped = view.path === undefined ? skipped : pathSkips(view.path);
      const viewMatch = prefilter.match(view.text, viewSkipped);
      for (const i of toRun(viewMatch.hits, viewSkipped)) {
        if (lacksContext(i, viewMatch.found) || viewSkipped?.has(i) || all[i]!.appliesToText?.(view.text, view.path ?? path) === false) continue;
        const rule = compiled(i);
        if (rule === undefined) continue;
        const starts = startSpans(i, viewMatch.spans);
        if (starts?.length === 0) continue;
        if (guarded(i)) job(i, t, 0, view.text.length);
        else matchRule(rule, view.text, 0, view.text.length, view.path ?? path, found, starts);
      }
      return found;
    });
    if (jobs.length > 0) runJobs(texts, jobs, path, (t) => (t === 0 ? findings : viewFound[t - 1]!));
    views.forEach((view, v) => keepViewFindings(view, viewFound[v]!, findings));
    if (findings.length === 0) return findings;
    findings = resolveOverlaps(findings, priorities);
    if (attribute !== undefined) findings = attribute(text, findings);
    if (scanOptions.suppressions !== false && mayContainSuppression(text)) {
      const suppressed = suppressionLookup(text);
      findings = findings.filter((f) => !suppressed(f.start));
    }
    if (ignores.size > 0) findings = findings.filter((f) => !isIgnored(f, path));
    // After suppressions and ignores: a value nobody reports must not fold in a part reported on its own.
    if (hasSearchedParts && findings.length > 0) findings = attachSearchedParts(text, findings, (id) => ruleById.get(id));
    return findings;
  }

  /** Custom rules' jobs through the runner; a rule that ran out of time is reported and switched off. */
  function runJobs(texts: string[], jobs: RegexJob[], path: string | undefined, outFor: (text: number) => Finding[]): void {
    const results = runner!.run(texts, jobs);
    const timedOut = new Set<number>();
    jobs.forEach((j, k) => {
      const result = results[k];
      if (result === 'timeout' || result === undefined) {
        if (!timedOut.has(j.rule)) {
          timedOut.add(j.rule);
          active[j.rule] = false;
          options.onRuleTimeout?.({ ruleId: all[j.rule]!.id, index: j.rule - firstCustom, path });
        }
        return;
      }
      if (timedOut.has(j.rule)) return;
      const text = texts[j.text]!;
      for (const hit of result) acceptHit(all[j.rule]!, hit, text, path, outFor(j.text));
    });
  }

  /** A rewritten view's findings, kept when new, in offsets of the real text. */
  function keepViewFindings(view: VirtualText, found: Finding[], out: Finding[]): void {
    // Compared with what was found before this view only, so two rules matching in the view both reach
    // resolveOverlaps whatever their order.
    const earlier = out.length;
    const anyEarlier = (test: (o: Finding) => boolean) => {
      for (let i = 0; i < earlier; i++) if (test(out[i]!)) return true;
      return false;
    };
    for (const f of found) {
      const start = view.offsets[f.start]!;
      const end = view.ends[f.end - 1]!;
      // New only if it spans a rewrite or the original alone did not match (a URL cut after its password).
      const touchesRewrite = view.joins.some((k) => f.start <= k && k < f.end);
      if (!touchesRewrite && anyEarlier((o) => o.start < end && start < o.end)) continue;
      if (touchesRewrite && anyEarlier((o) => o.start <= start && end <= o.end && o.ruleId === f.ruleId)) continue;
      const related = f.related?.map((r) => ({ ...r, start: view.offsets[r.start]!, end: view.ends[r.end - 1]! }));
      out.push({ ...f, start, end, ...(related ? { related } : {}) });
    }
  }

  const searchedPartRules = new Set(rules.filter((r) => r.parts?.some((p) => p.pattern)).map((r) => r.id));
  return { rules, partReach: partReach(rules), hasSearchedParts: (id) => searchedPartRules.has(id), scan };
}

/** Which path-limited rules (Rule.appliesToPath) a path skips, each asked on first use. */
class PathSkips {
  /** Per path-limited rule: 0 not asked yet, 1 applies, 2 skipped. */
  private readonly verdicts: Uint8Array;
  constructor(
    private readonly path: string | undefined,
    private readonly all: readonly Rule[],
    private readonly slot: Int32Array,
    count: number,
  ) {
    this.verdicts = new Uint8Array(count);
  }

  /** `i`: a rule's index, or a prefilter entry after the rules (context keywords, match starts): never skipped. */
  has(i: number): boolean {
    if (i >= this.slot.length) return false;
    const k = this.slot[i]!;
    if (k < 0) return false;
    let v = this.verdicts[k]!;
    if (v === 0) this.verdicts[k] = v = this.all[i]!.appliesToPath!(this.path) ? 1 : 2;
    return v === 2;
  }
}

/** A validator's MatchContext whose keyName is read off the line on first use (keyNameBefore), at most once. */
class HitContext implements MatchContext {
  private name: string | undefined | null;
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly path: string | undefined,
    key: string | undefined,
  ) {
    this.name = key ?? null;
  }

  get keyName(): string | undefined {
    if (this.name === null) this.name = keyNameBefore(this.text, this.start);
    return this.name;
  }
}

/**
 * Turns one regex hit into a finding, or rejects it (placeholder, entropy, the rule's own validator); a
 * rejected value may itself start a real match, so its start is where the search goes on.
 */
function acceptHit(rule: Rule, hit: RegexHit, text: string, path: string | undefined, out: Finding[], retry = true): number | undefined {
  if (hit.secretStart === undefined || hit.secretEnd === undefined) return undefined;
  const start = hit.secretStart;
  const end = hit.secretEnd;
  const secret = text.slice(start, end);
  // The key name only after the cheap checks, and only when the validator reads it or the value is kept:
  // reading it off the line costs more than they do (most hits are rejected by validators that never ask).
  if (rejectsValue(rule, secret, text, end) || (rule.validate && !rule.validate(secret, new HitContext(text, start, end, path, hit.key)))) {
    if (retry && hit.key === undefined && retryPastLeaf(rule, hit, text, path, out)) return undefined;
    // `# use your token` + `API_TOKEN=…` on the next line, `pw = process.env.PW || "…"`.
    return start > hit.index ? start : undefined;
  }
  const keyName = hit.key ?? keyNameBefore(text, start);
  const envName = envNameAt(text, start, keyName, rule);
  const related = rule.parts === undefined ? undefined : groupParts(rule, text, hit.groups ?? hit.groupsOf?.(), envName);
  out.push({
    ruleId: rule.id,
    provider: rule.provider,
    family: rule.family,
    description: rule.description,
    severity: rule.severity ?? (rule.family === 'generic' ? 'warning' : 'error'),
    start,
    end,
    fingerprint: fingerprint(rule.id, secret),
    masked: maskSecret(secret, rule.maskPrefix),
    keyName,
    envName,
    ...(related ? { related } : {}),
  });
  // A key-path match that began at a heading (`# Twitch bot` … `TWITCH_CLIENT_SECRET=…` three lines down) spans
  // the lines between, and a key on one of them (`TWITCH_OAUTH=…`) starts a match of its own: go on from the
  // next line, not from the match's end (the same value found again is one finding after overlap resolution).
  if (hit.key === undefined && start > hit.index) {
    const nextLine = text.indexOf('\n', hit.index) + 1;
    if (nextLine > hit.index && nextLine < start) return nextLine;
  }
  return undefined;
}

/** Sticky copies (with indices) of patterns that have a key-path form: a `leaf` group (see PATH_LEAF). */
const pathForms = new WeakMap<Rule, RegExp | null>();
/** How much text after a parent word a retry reads: the path form's own reach (four lines) with room to spare. */
const PATH_RETRY_SPAN = 1200;

/**
 * A key-path match (`pusher:` … `key: <public key>` … `secret: <secret>`) stops at the first leaf whose value
 * has the right shape; when that leaf is rejected (a public app key, a search-only key above the admin key), the
 * same parent may still own a later leaf. Tried again from the parent with each rejected value blanked out (same
 * length, so offsets hold), up to three times; the validator still reads the real text.
 */
function retryPastLeaf(rule: Rule, hit: RegexHit, text: string, path: string | undefined, out: Finding[]): boolean {
  let sticky = pathForms.get(rule);
  if (sticky === undefined) {
    sticky = rule.pattern.source.includes('(?<leaf>') ? new RegExp(rule.pattern.source, `dy${rule.pattern.flags.replace(/[dgy]/g, '')}`) : null;
    pathForms.set(rule, sticky);
  }
  if (sticky === null) return false;
  let part = text.slice(hit.index, Math.min(text.length, hit.index + PATH_RETRY_SPAN));
  let start = hit.secretStart! - hit.index;
  let end = hit.secretEnd! - hit.index;
  for (let i = 0; i < 3 && end <= part.length; i++) {
    part = part.slice(0, start) + ' '.repeat(end - start) + part.slice(end);
    sticky.lastIndex = 0;
    const m = sticky.exec(part);
    const span = m?.indices?.groups?.['secret'];
    if (!m || !span || m.groups?.['key'] !== undefined) return false;
    const found = out.length;
    acceptHit(rule, { index: hit.index, end: hit.index + m[0].length, secretStart: hit.index + span[0], secretEnd: hit.index + span[1] }, text, path, out, false);
    if (out.length > found) return true;
    [start, end] = span;
  }
  return false;
}

/**
 * Runs one rule over text[from, to) (the whole text, or a keyword window); offsets stay absolute. With `starts`
 * (Rule.matchStarts found in the text), only matches starting there are looked for.
 */
function matchRule(compiled: CompiledRule, text: string, from: number, to: number, path: string | undefined, out: Finding[], starts?: number[]): void {
  const { rule } = compiled;
  if (compiled.value !== undefined && !windowHas(compiled.value, text, from, to)) return;
  const onHit = (hit: RegexHit) => acceptHit(rule, hit, text, path, out);
  if (starts !== undefined && compiled.anchored !== undefined) return execAt(compiled.anchored, text, from, to, starts, onHit, rule.parts !== undefined);
  const regex = (compiled.regex ??= new RegExp(rule.pattern.source, flagsFor(rule)));
  execWindow(regex, text, from, to, onHit, rule.parts !== undefined);
}

/**
 * Where findings overlap, keep the most specific: a provider rule beats a generic one (a custom rule beats
 * both), then the longer span; an exact tie goes to the higher RulePriority, then the smaller rule id, so the
 * result never depends on the order of the rules.
 */
function resolveOverlaps(findings: Finding[], priorities: ReadonlyMap<string, number>): Finding[] {
  if (findings.length < 2) return findings;
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const rank = (f: Finding) => (f.family === 'generic' ? 0 : f.family === 'custom' ? 2 : 1);
  const priority = (f: Finding) => priorities.get(f.ruleId) ?? 0;
  const beats = (f: Finding, last: Finding) =>
    rank(f) - rank(last) ||
    f.end - f.start - (last.end - last.start) ||
    (f.start === last.start && f.end === last.end ? priority(f) - priority(last) || (f.ruleId < last.ruleId ? 1 : f.ruleId > last.ruleId ? -1 : 0) : 0);
  const kept: Finding[] = [];
  for (const f of findings) {
    const last = kept[kept.length - 1];
    if (!last || f.start >= last.end) {
      kept.push(f);
      continue;
    }
    if (beats(f, last) > 0) kept[kept.length - 1] = f;
  }
  return kept;
}
