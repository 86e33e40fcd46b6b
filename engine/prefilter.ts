// Keyword prefilter: one pass over the text with an Aho-Corasick automaton (ASCII, case-insensitive)
// tells which rules can possibly match, so only those regexes run. For rules that declare a keyword
// window it also returns where: the merged spans around each keyword occurrence.

const ALPHABET = 128;

/** How far a rule's match can reach from a keyword occurrence (see Rule.keywordWindow). */
export interface KeywordWindow {
  before: number;
  after: number;
}

export interface PrefilterResult {
  /** Flags (1 = possible) per rule index. */
  found: Uint8Array;
  /** Per rule index with a window: merged [start, end) spans, flattened; undefined for other rules. */
  spans: (number[] | undefined)[];
}

export class KeywordPrefilter {
  /** Transition table, 128 columns per state; upper-case columns fold onto lower-case targets. */
  private readonly delta: Int32Array;
  /** 1 where a state ends at least one keyword: the hot loop checks only this. */
  private readonly terminal: Uint8Array;
  /** For each state, the rule indexes whose keyword ends there (including via suffix links). */
  private readonly outputs: (number[] | undefined)[];
  /** For each state, the length of each keyword ending there, parallel to outputs. */
  private readonly outputLengths: (number[] | undefined)[];
  private readonly windows: (KeywordWindow | undefined)[];
  readonly ruleCount: number;

  constructor(ruleKeywords: readonly (readonly string[])[], windows: readonly (KeywordWindow | undefined)[] = []) {
    this.ruleCount = ruleKeywords.length;
    this.windows = ruleKeywords.map((_, i) => windows[i]);
    const goto: Map<number, number>[] = [new Map()];
    // Per state: rule index → longest keyword of that rule ending here.
    const out: Map<number, number>[] = [new Map()];
    ruleKeywords.forEach((keywords, ruleIndex) => {
      for (const raw of keywords) {
        const kw = raw.toLowerCase();
        let state = 0;
        for (let i = 0; i < kw.length; i++) {
          const c = kw.charCodeAt(i);
          if (c >= ALPHABET) throw new Error(`keyword "${raw}" must be ASCII`);
          let next = goto[state]!.get(c);
          if (next === undefined) {
            next = goto.length;
            goto.push(new Map());
            out.push(new Map());
            goto[state]!.set(c, next);
          }
          state = next;
        }
        out[state]!.set(ruleIndex, Math.max(out[state]!.get(ruleIndex) ?? 0, kw.length));
      }
    });

    // Breadth-first construction of the full transition table (a DFA), merging suffix outputs.
    const n = goto.length;
    const delta = new Int32Array(n * ALPHABET);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const s = goto[0]!.get(c);
      if (s !== undefined) {
        delta[c] = s;
        fail[s] = 0;
        queue.push(s);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const r = queue[head]!;
      for (const [idx, len] of out[fail[r]!]!) if (!out[r]!.has(idx)) out[r]!.set(idx, len);
      for (let c = 0; c < ALPHABET; c++) {
        const s = goto[r]!.get(c);
        if (s !== undefined) {
          fail[s] = delta[fail[r]! * ALPHABET + c]!;
          delta[r * ALPHABET + c] = s;
          queue.push(s);
        } else {
          delta[r * ALPHABET + c] = delta[fail[r]! * ALPHABET + c]!;
        }
      }
    }
    // Case folding in the table itself: 'A'..'Z' behave as 'a'..'z'.
    for (let s = 0; s < n; s++) for (let c = 65; c <= 90; c++) delta[s * ALPHABET + c] = delta[s * ALPHABET + c + 32]!;
    this.delta = delta;
    this.terminal = new Uint8Array(n);
    this.outputs = out.map((m, s) => {
      if (m.size === 0) return undefined;
      this.terminal[s] = 1;
      return [...m.keys()];
    });
    this.outputLengths = out.map((m) => (m.size ? [...m.values()] : undefined));
  }

  /** Flags (1 = possible) per rule index for this text. */
  candidates(text: string): Uint8Array {
    return this.match(text).found;
  }

  match(text: string): PrefilterResult {
    const found = new Uint8Array(this.ruleCount);
    const spans: (number[] | undefined)[] = new Array(this.ruleCount);
    const { delta, terminal, outputs, outputLengths, windows } = this;
    const len = text.length;
    let state = 0;
    for (let i = 0; i < len; i++) {
      // Non-ASCII code units fold into the ASCII range: at worst an extra candidate, never a missed one.
      state = delta[(state << 7) | (text.charCodeAt(i) & 127)]!;
      if (terminal[state] === 0) continue;
      const o = outputs[state]!;
      for (let k = 0; k < o.length; k++) {
        const rule = o[k]!;
        found[rule] = 1;
        const w = windows[rule];
        if (w === undefined) continue;
        const start = Math.max(0, i + 1 - outputLengths[state]![k]! - w.before);
        const end = Math.min(len, i + 1 + w.after);
        const list = (spans[rule] ??= []);
        const last = list.length - 1;
        if (last > 0 && start <= list[last]!) list[last] = Math.max(list[last]!, end);
        else list.push(start, end);
      }
    }
    return { found, spans };
  }
}
