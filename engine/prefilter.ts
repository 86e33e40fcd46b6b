// Keyword prefilter: one pass over the text with an Aho-Corasick automaton (ASCII, case-insensitive)
// tells which rules can possibly match, so only those regexes run.

const ALPHABET = 128;

export class KeywordPrefilter {
  private readonly delta: Int32Array;
  /** For each state, the rule indexes whose keyword ends there (including via suffix links). */
  private readonly outputs: (number[] | undefined)[];
  readonly ruleCount: number;

  constructor(ruleKeywords: readonly (readonly string[])[]) {
    this.ruleCount = ruleKeywords.length;
    const goto: Map<number, number>[] = [new Map()];
    const out: Set<number>[] = [new Set()];
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
            out.push(new Set());
            goto[state]!.set(c, next);
          }
          state = next;
        }
        out[state]!.add(ruleIndex);
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
      for (const idx of out[fail[r]!]!) out[r]!.add(idx);
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
    this.delta = delta;
    this.outputs = out.map((s) => (s.size ? [...s] : undefined));
  }

  /** Flags (1 = possible) per rule index for this text. */
  candidates(text: string): Uint8Array {
    const found = new Uint8Array(this.ruleCount);
    const delta = this.delta;
    const outputs = this.outputs;
    let state = 0;
    for (let i = 0, len = text.length; i < len; i++) {
      let c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        state = 0;
        continue;
      }
      if (c >= 65 && c <= 90) c += 32;
      state = delta[state * ALPHABET + c]!;
      const o = outputs[state];
      if (o !== undefined) for (let k = 0; k < o.length; k++) found[o[k]!] = 1;
    }
    return found;
  }
}
