// A value pattern that opens with a long run of one ASCII character class (`[A-Za-z0-9+/]{86}==`, `[a-z0-9]{24}`):
// V8 tries it at every position and reads up to the run's length from each, so inside identifiers, minified code or
// base64 it reads each character dozens of times. Where such a run can start is found here in one pass; the regex
// then starts from there (regexWindow.ts windowHas), with the same answer.

/** The pattern's opening class (as a table of ASCII code units) and the run length every match starts with. */
export interface LeadingRun {
  inClass: Uint8Array;
  min: number;
}

/** Below this the regex alone is as fast: short runs are read a few times at most. */
const MIN_RUN = 16;

const OPENING_RUN = /^\[([^\]\\^][^\]\\]*)\]\{(\d+)(?:,\d*)?\}/;

const runs = new WeakMap<RegExp, LeadingRun | null>();

/** The regex's leading run, or null when it has none this can read (an escape, a negated class, case folding). */
export function leadingRunOf(regex: RegExp): LeadingRun | null {
  let run = runs.get(regex);
  if (run === undefined) runs.set(regex, (run = parse(regex.source, regex.flags)));
  return run;
}

function parse(source: string, flags: string): LeadingRun | null {
  // Any `|` may be a top-level alternative that opens otherwise: left to the regex.
  if (flags.includes('i') || source.includes('|')) return null;
  const m = OPENING_RUN.exec(source);
  if (m === null || Number(m[2]) < MIN_RUN) return null;
  const body = m[1]!;
  const inClass = new Uint8Array(128);
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 128) return null;
    // `a-z` is a range; a `-` first or last is itself.
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const to = body.charCodeAt(i + 2);
      if (to >= 128 || to < c) return null;
      for (let k = c; k <= to; k++) inClass[k] = 1;
      i += 2;
    } else inClass[c] = 1;
  }
  return { inClass, min: Number(m[2]) };
}

/**
 * The first position p in [from, to) where `run.min` characters of the class start, all before `end` (where the
 * text the regex reads ends), or -1: no match of the pattern can start in [from, p).
 *
 * Reads a candidate run from its last character back (as Boyer-Moore reads a word): a character outside the class
 * rules out every start up to it, so in code, where class runs are short, most characters are never read.
 */
export function firstRunStart(run: LeadingRun, text: string, from: number, to: number, end: number): number {
  const { inClass, min } = run;
  let start = from;
  // text[start, known) is already known to be in the class.
  let known = from;
  while (start < to) {
    const last = start + min - 1;
    if (last >= end) return -1;
    let i = last;
    for (; i >= known; i--) {
      const c = text.charCodeAt(i);
      if (c >= 128 || inClass[c] !== 1) break;
    }
    if (i < known) return start;
    known = last + 1;
    start = i + 1;
  }
  return -1;
}
