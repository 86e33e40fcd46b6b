// Keyword prefilter: one pass over the text with an Aho-Corasick automaton (ASCII, case-insensitive)
// tells which rules can possibly match, so only those regexes run. For rules that declare a keyword
// window it also returns where: the merged spans around each keyword occurrence.
//
// The automaton is described by PrefilterTables (trie, suffix links, outputs: plain arrays), which the
// build precomputes for the built-in rules (engine/detect/precomputed.ts); the full transition table is then
// expanded from them with one row copy per state, so start-up does no per-keyword work.

const ALPHABET = 128;
/** Texts at least this long are matched as two interleaved halves (KeywordPrefilter.match). */
const SPLIT_MIN = 256;

/** How far a rule's match can reach from a keyword occurrence (see Rule.keywordWindow). */
export interface KeywordWindow {
  before: number;
  after: number;
}

export interface PrefilterResult {
  /** Flags per rule index: 1 = possible, 2 = its keywords occur but the rule is skipped (match's `skips`), 0 = neither. */
  found: Uint8Array;
  /** The rule indices flagged, ascending: callers visit only these, not every rule (most texts flag a few). */
  hits: number[];
  /** Per flagged rule index with a window: merged [start, end) spans, flattened; absent for other rules. */
  spans: Map<number, number[]>;
}

/** Rules a text's caller will not run whatever keywords occur (path-limited rules outside their paths), asked once per rule and text. */
export interface RuleSkips {
  has(rule: number): boolean;
}

/**
 * True when `skips` skips every rule of the quiet group (the constructor's `quietRules`: rules skipped in code files
 * whose keywords include blanks and punctuation, `'   '`, `' - '`, which end on most lines of code). match() then
 * reads a copy of the table where states ending only their keywords are not marked, so the loop does not stop there
 * to flag rules nobody runs.
 */
function skipsAll(skips: RuleSkips, rules: readonly number[]): boolean {
  for (const rule of rules) if (!skips.has(rule)) return false;
  return true;
}

/**
 * The automaton as plain data. States are numbered breadth-first (0 is the root), so a state's suffix
 * link and trie parent always come before it, and the children of one parent are consecutive.
 */
export interface PrefilterTables {
  ruleCount: number;
  /** Trie parent of each state (root: 0). */
  parent: Int32Array;
  /** Lower-case character of the trie edge into each state (root: 0). */
  char: Int32Array;
  /** Suffix (failure) link of each state. */
  fail: Int32Array;
  /** Outputs of state s are entries outStart[s] … outStart[s+1]-1 of outRule / outLength. */
  outStart: Int32Array;
  /** Rule index whose keyword ends at the state (own or via suffix links), once per rule. */
  outRule: Int32Array;
  /** Length of that rule's longest keyword ending there. */
  outLength: Int32Array;
}

/** Builds the automaton's tables from each rule's keywords (lower-cased here). */
export function buildPrefilterTables(ruleKeywords: readonly (readonly string[])[]): PrefilterTables {
  // Trie in insertion order; per node: children by character, rule index → longest keyword ending here.
  const children: Map<number, number>[] = [new Map()];
  const ends: Map<number, number>[] = [new Map()];
  ruleKeywords.forEach((keywords, ruleIndex) => {
    for (const raw of keywords) {
      const kw = raw.toLowerCase();
      let node = 0;
      for (let i = 0; i < kw.length; i++) {
        // Other scripts fold as the scan folds the text (code unit modulo 128, then ASCII case).
        const c = foldCodeUnit(kw.charCodeAt(i));
        let next = children[node]!.get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push(new Map());
          children[node]!.set(c, next);
        }
        node = next;
      }
      ends[node]!.set(ruleIndex, Math.max(ends[node]!.get(ruleIndex) ?? 0, kw.length));
    }
  });

  // Breadth-first renumbering (children by character), suffix links and merged outputs.
  const n = children.length;
  const nodeOf = [0];
  const parent = new Int32Array(n);
  const char = new Int32Array(n);
  const fail = new Int32Array(n);
  const stateChildren: Map<number, number>[] = [];
  const outputs: Map<number, number>[] = [];
  for (let s = 0; s < nodeOf.length; s++) {
    const node = nodeOf[s]!;
    const kids = new Map<number, number>();
    for (const c of [...children[node]!.keys()].sort((a, b) => a - b)) {
      const child = nodeOf.length;
      nodeOf.push(children[node]!.get(c)!);
      parent[child] = s;
      char[child] = c;
      kids.set(c, child);
    }
    stateChildren.push(kids);
    if (s > 0 && parent[s] !== 0) {
      let f = fail[parent[s]!]!;
      const c = char[s]!;
      while (f !== 0 && !stateChildren[f]!.has(c)) f = fail[f]!;
      fail[s] = stateChildren[f]!.get(c) ?? 0;
    }
    const own = new Map(ends[node]!);
    for (const [rule, len] of outputs[fail[s]!] ?? []) if (s > 0 && !own.has(rule)) own.set(rule, len);
    outputs.push(own);
  }

  const outStart = new Int32Array(n + 1);
  const outRule: number[] = [];
  const outLength: number[] = [];
  for (let s = 0; s < n; s++) {
    outStart[s] = outRule.length;
    for (const [rule, len] of outputs[s]!) {
      outRule.push(rule);
      outLength.push(len);
    }
  }
  outStart[n] = outRule.length;
  return { ruleCount: ruleKeywords.length, parent, char, fail, outStart, outRule: Int32Array.from(outRule), outLength: Int32Array.from(outLength) };
}

/** A keyword's code unit as match() reads the text: modulo 128, upper-case ASCII as lower-case. */
function foldCodeUnit(c: number): number {
  const folded = c & 127;
  return folded >= 65 && folded <= 90 ? folded + 32 : folded;
}

export class KeywordPrefilter {
  /**
   * Transition table, 128 columns per state; upper-case columns fold onto lower-case targets. 16-bit while
   * the states fit (always, for real rule sets): half the memory to allocate and fill at start-up. Each entry
   * is the target state with `final` set when that state ends at least one keyword: the hot loop tests the
   * value it already has instead of reading a second table for every character.
   */
  private readonly delta: Uint16Array | Int32Array;
  /** The bit of a delta entry that marks a state ending a keyword: 1 << 15 (16-bit table) or 1 << 30. */
  private readonly final: number;
  /** The other bits of a delta entry: the state. */
  private readonly stateBits: number;
  /** The automaton the tables are built from (the quiet copy is built from it on first use). */
  private readonly tables: PrefilterTables;
  private readonly outStart: Int32Array;
  private readonly outRule: Int32Array;
  private readonly outLength: Int32Array;
  private readonly windows: (KeywordWindow | undefined)[];
  /**
   * Per rule index, its spans during one match() (emptied again before it returns): one array for every call,
   * not one per text (a history scan matches tens of thousands of small texts; a fresh array of every rule's
   * slot was most of what it allocated).
   */
  private readonly lists: (number[] | undefined)[];
  /** The longest keyword (the trie's depth): a state depends only on this many characters before it. */
  private readonly depth: number;
  /** Rule indices of the quiet group (see skipsAll), and the table without their own keyword ends (built on first use). */
  private readonly quietRules: readonly number[];
  private quietDelta: Uint16Array | Int32Array | undefined;
  /** match()'s `skips` while it runs. */
  private skips: RuleSkips | undefined;
  /** The second half's runs of keyword ends during one match() (first, last, state), reused between calls. */
  private later: Int32Array = new Int32Array(1024);
  readonly ruleCount: number;

  /** From each rule's keywords, or from tables built for them (precomputed, see engine/detect/precomputed.ts). */
  constructor(ruleKeywords: readonly (readonly string[])[] | PrefilterTables, windows: readonly (KeywordWindow | undefined)[] = [], quietRules: readonly number[] = []) {
    this.quietRules = quietRules;
    const tables = Array.isArray(ruleKeywords) ? buildPrefilterTables(ruleKeywords) : (ruleKeywords as PrefilterTables);
    this.ruleCount = tables.ruleCount;
    this.windows = Array.from({ length: tables.ruleCount }, (_, i) => windows[i]);
    this.lists = Array.from({ length: tables.ruleCount }, () => undefined);
    const { parent, outStart } = tables;
    const n = parent.length;
    this.tables = tables;
    this.final = n <= 0x8000 ? 1 << 15 : 1 << 30;
    this.stateBits = this.final - 1;
    const ends = new Uint8Array(n);
    for (let s = 0; s < n; s++) ends[s] = outStart[s + 1]! > outStart[s]! ? 1 : 0;
    this.delta = this.transitions(ends);
    this.outStart = outStart;
    this.outRule = tables.outRule;
    this.outLength = tables.outLength;
    // States are numbered breadth-first: a state's parent comes before it.
    const depths = new Int32Array(n);
    let depth = 0;
    for (let s = 1; s < n; s++) depth = Math.max(depth, (depths[s] = depths[parent[s]!]! + 1));
    this.depth = depth;
  }

  /** Flags (1 = possible) per rule index for this text. */
  candidates(text: string): Uint8Array {
    return this.match(text).found;
  }

  /**
   * With `skips`, a rule it skips is neither flagged nor given spans (found 2, not in hits): most keyword ends in code
   * belong to rules for prose or password lists, whose spans were built in every file only to be dropped.
   */
  match(text: string, skips?: RuleSkips): PrefilterResult {
    this.skips = skips;
    const found = new Uint8Array(this.ruleCount);
    const hits: number[] = [];
    const { stateBits } = this;
    const delta = skips !== undefined && this.quietRules.length > 0 && skipsAll(skips, this.quietRules) ? (this.quietDelta ??= this.withoutQuietEnds()) : this.delta;
    const len = text.length;
    // The loop is bound by each character's table read waiting for the one before (the next row depends on
    // it). Long texts run as two halves interleaved, whose reads overlap: the second half starts `depth`
    // characters early at the root, which puts it in the state a single pass would have (a state is the
    // longest keyword prefix ending there). Its keyword ends are kept and visited after the first half's, so
    // every rule's spans are built in text order, exactly as by one pass.
    // A run of keyword ends in one state at consecutive positions (the spaces of an indented line: `   ` stays
    // in its own state) is visited once, as its first and last position: the positions between would only
    // push the same spans' ends forward (keywordEnd).
    if (len < SPLIT_MIN) {
      let state = 0;
      let runState = -1;
      let runFirst = 0;
      let runLast = -2;
      for (let i = 0; i < len; i++) {
        // Non-ASCII code units fold into the ASCII range: at worst an extra candidate, never a missed one.
        // An entry above stateBits has the final bit: the state ends a keyword (kept marked until it is visited).
        state = delta[((state & stateBits) << 7) | (text.charCodeAt(i) & 127)]!;
        if (state > stateBits) {
          if (state === runState && i === runLast + 1) runLast = i;
          else {
            if (runState >= 0) this.keywordEnd(runFirst, runLast, runState & stateBits, len, found, hits);
            runState = state;
            runFirst = runLast = i;
          }
        }
      }
      if (runState >= 0) this.keywordEnd(runFirst, runLast, runState & stateBits, len, found, hits);
      return this.result(found, hits);
    }
    const mid = len >> 1;
    let b = 0;
    for (let j = Math.max(0, mid - this.depth); j < mid; j++) b = delta[((b & stateBits) << 7) | (text.charCodeAt(j) & 127)]!;
    // The second half's runs as (first, last, state) triples; the last run of each half is still open.
    let later = this.later;
    let laterCount = 0;
    let a = 0;
    let aState = -1;
    let aFirst = 0;
    let aLast = -2;
    let bState = -1;
    let bFirst = 0;
    let bLast = -2;
    let j = mid;
    for (let i = 0; i < mid; i++, j++) {
      a = delta[((a & stateBits) << 7) | (text.charCodeAt(i) & 127)]!;
      b = delta[((b & stateBits) << 7) | (text.charCodeAt(j) & 127)]!;
      if (b > stateBits) {
        if (b === bState && j === bLast + 1) bLast = j;
        else {
          if (bState >= 0) {
            if (laterCount + 3 > later.length) later = this.grow();
            later[laterCount++] = bFirst;
            later[laterCount++] = bLast;
            later[laterCount++] = bState;
          }
          bState = b;
          bFirst = bLast = j;
        }
      }
      if (a > stateBits) {
        if (a === aState && i === aLast + 1) aLast = i;
        else {
          if (aState >= 0) this.keywordEnd(aFirst, aLast, aState & stateBits, len, found, hits);
          aState = a;
          aFirst = aLast = i;
        }
      }
    }
    // The second half's last character when the text's length is odd.
    for (; j < len; j++) {
      b = delta[((b & stateBits) << 7) | (text.charCodeAt(j) & 127)]!;
      if (b > stateBits) {
        if (b === bState && j === bLast + 1) bLast = j;
        else {
          if (bState >= 0) {
            if (laterCount + 3 > later.length) later = this.grow();
            later[laterCount++] = bFirst;
            later[laterCount++] = bLast;
            later[laterCount++] = bState;
          }
          bState = b;
          bFirst = bLast = j;
        }
      }
    }
    if (aState >= 0) this.keywordEnd(aFirst, aLast, aState & stateBits, len, found, hits);
    for (let k = 0; k < laterCount; k += 3) this.keywordEnd(later[k]!, later[k + 1]!, later[k + 2]! & stateBits, len, found, hits);
    if (bState >= 0) this.keywordEnd(bFirst, bLast, bState & stateBits, len, found, hits);
    // Give back a buffer grown for one big text, so the memory stays flat.
    if (later.length > 1 << 16) this.later = new Int32Array(1024);
    return this.result(found, hits);
  }

  /** The rules flagged, ascending, and their spans (the per-rule lists are handed over and emptied). */
  private result(found: Uint8Array, hits: number[]): PrefilterResult {
    this.skips = undefined;
    hits.sort((x, y) => x - y);
    // A map, not an array per rule: a scan (and each rewritten view) keeps only the rules it flags.
    const spans = new Map<number, number[]>();
    const { lists } = this;
    for (const rule of hits) {
      const list = lists[rule];
      if (list === undefined) continue;
      spans.set(rule, list);
      lists[rule] = undefined;
    }
    return { found, hits, spans };
  }

  /**
   * The table with the final bit cleared on states whose keywords all belong to the quiet group: a keyword end there
   * would only mark skipped rules. A state that also ends another rule's keyword stays marked and is visited as before.
   */
  private withoutQuietEnds(): Uint16Array | Int32Array {
    const { outStart, outRule } = this;
    const quiet = new Set(this.quietRules);
    const states = outStart.length - 1;
    // Marked: states ending a keyword of some rule outside the quiet group.
    const ends = new Uint8Array(states);
    for (let s = 0; s < states; s++) {
      let onlyQuiet = true;
      for (let k = outStart[s]!; onlyQuiet && k < outStart[s + 1]!; k++) onlyQuiet = quiet.has(outRule[k]!);
      ends[s] = onlyQuiet ? 0 : 1;
    }
    return this.transitions(ends);
  }

  /**
   * The transition table, each entry marked (`final`) when its target is marked in `ends`. Row s = row of its
   * suffix link (already complete: it comes earlier) with s's own trie edges set on top; a copied entry keeps its
   * mark (a mark belongs to the target), so no pass over the whole table is needed to set them (3 M entries: most
   * of a scanner's start-up, twice with the quiet copy).
   */
  private transitions(ends: Uint8Array): Uint16Array | Int32Array {
    const { parent, char, fail } = this.tables;
    const n = parent.length;
    const final = this.final;
    const delta = n <= 0x8000 ? new Uint16Array(n * ALPHABET) : new Int32Array(n * ALPHABET);
    let child = 1;
    for (let s = 0; s < n; s++) {
      const row = s * ALPHABET;
      if (s > 0) delta.copyWithin(row, fail[s]! * ALPHABET, fail[s]! * ALPHABET + ALPHABET);
      for (; child < n && parent[child] === s; child++) delta[row + char[child]!] = ends[child] === 1 ? child | final : child;
      // Case folding in the table itself: 'A'..'Z' behave as 'a'..'z'.
      delta.copyWithin(row + 65, row + 97, row + 123);
    }
    return delta;
  }

  private grow(): Int32Array {
    const bigger = new Int32Array(this.later.length * 2);
    bigger.set(this.later);
    return (this.later = bigger);
  }

  /**
   * The keywords ending in `state` at each text position `first` … `final`: flags their rules and adds their
   * window spans. One position's spans overlap the next one's (a keyword is at least one character long), so
   * a run adds the span from its first position's start to its last position's end, as the positions would
   * one by one.
   */
  private keywordEnd(first: number, final: number, state: number, len: number, found: Uint8Array, hits: number[]): void {
    const { outStart, outRule, outLength, windows, lists, skips } = this;
    for (let k = outStart[state]!, stop = outStart[state + 1]!; k < stop; k++) {
      const rule = outRule[k]!;
      const flag = found[rule];
      if (flag === 0) {
        if (skips !== undefined && skips.has(rule)) {
          found[rule] = 2;
          continue;
        }
        found[rule] = 1;
        hits.push(rule);
      } else if (flag === 2) continue;
      const w = windows[rule];
      if (w === undefined) continue;
      const start = Math.max(0, first + 1 - outLength[k]! - w.before);
      const end = Math.min(len, final + 1 + w.after);
      const list = lists[rule];
      if (list === undefined) {
        lists[rule] = [start, end];
        continue;
      }
      const last = list.length - 1;
      if (start > list[last]!) list.push(start, end);
      else {
        if (end > list[last]!) list[last] = end;
        // A longer keyword ending here can start before the keyword that opened the span (`bc` then `abcd`).
        if (start < list[last - 1]!) mergeBack(list, start);
      }
    }
  }
}

/** Lowers the last span's start to `start`, merging the spans before it that it now reaches. */
function mergeBack(list: number[], start: number): void {
  list[list.length - 2] = start;
  while (list.length > 2 && start <= list[list.length - 3]!) {
    const end = Math.max(list[list.length - 3]!, list[list.length - 1]!);
    list.length -= 2;
    list[list.length - 1] = end;
    list[list.length - 2] = Math.min(list[list.length - 2]!, start);
  }
}
