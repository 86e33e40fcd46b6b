// The keyword prefilter (an Aho-Corasick automaton with merged keyword windows, engine/detect/prefilter.ts)
// against a straightforward reference: every keyword searched on its own in the folded text, each occurrence's
// window [start - before, end + after) clipped to the text, then merged. Both must flag the same rules and
// give the same spans, for the built-in rules on generated and real texts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExampleGen } from '../../../../engine/examples';
import { KeywordPrefilter, type KeywordWindow } from '../../../../engine/detect/prefilter';
import { prefilterEntries, prefilterWindows, quietRules } from '../../../../engine/detect/ruleData';
import { builtinRules } from '../../../../engine/rules';

/** The text as the prefilter reads it: each code unit modulo 128, upper-case ASCII as lower-case. */
function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) & 127;
    out += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  }
  return out;
}

function reference(entries: readonly (readonly string[])[], windows: readonly (KeywordWindow | undefined)[], text: string) {
  const folded = fold(text);
  const hits: number[] = [];
  const spans = new Map<number, number[]>();
  entries.forEach((keywords, rule) => {
    const windowsOf: [number, number][] = [];
    for (const keyword of keywords) {
      const k = fold(keyword.toLowerCase());
      for (let at = folded.indexOf(k); at >= 0; at = folded.indexOf(k, at + 1)) windowsOf.push([at, at + k.length]);
    }
    if (windowsOf.length === 0) return;
    hits.push(rule);
    const w = windows[rule];
    if (w === undefined) return;
    const clipped = windowsOf.map(([s, e]) => [Math.max(0, s - w.before), Math.min(text.length, e + w.after)] as const).sort((a, b) => a[0] - b[0]);
    const merged: number[] = [];
    for (const [s, e] of clipped) {
      if (merged.length > 0 && s <= merged[merged.length - 1]!) merged[merged.length - 1] = Math.max(merged[merged.length - 1]!, e);
      else merged.push(s, e);
    }
    spans.set(rule, merged);
  });
  return { hits, spans };
}

describe('keyword prefilter against a reference search', () => {
  const entries = prefilterEntries(builtinRules);
  const windows = builtinRules.map((r) => r.keywordWindow);
  const prefilter = new KeywordPrefilter(entries, windows);
  const allKeywords = entries.flat();

  function assertSame(text: string, what: string): void {
    const got = prefilter.match(text);
    const want = reference(entries, windows, text);
    assert.deepEqual(got.hits, want.hits, `${what}: flagged rules`);
    for (const rule of want.hits) assert.deepEqual(got.spans.get(rule), want.spans.get(rule), `${what}: spans of ${builtinRules[rule]?.id ?? `context entry ${rule}`}`);
    assert.deepEqual(
      [...got.found.keys()].filter((i) => got.found[i] === 1),
      want.hits,
      `${what}: flags`,
    );
  }

  it('gives the same rules and spans on generated texts of keywords, case changes, other scripts and noise', () => {
    const g = createExampleGen(7);
    for (let n = 0; n < 40; n++) {
      const pieces: string[] = [];
      for (let p = 0; p < 60; p++) {
        const kw = g.pick(allKeywords);
        const cased = g.pick([kw, kw.toUpperCase(), kw.charAt(0).toUpperCase() + kw.slice(1)]);
        pieces.push(g.pick([cased, cased, g.alnum(1 + Math.floor(g.digits(1).charCodeAt(0) % 5)), ' ', '\n', 'é', 'ş', '=', '"', g.pick(['\u0170', '\u00c1', '\u4e00'])]));
      }
      assertSame(pieces.join(g.pick(['', '', ' ', '_'])), `generated text ${n}`);
    }
  });

  it('gives the same rules and spans on long texts matched as two halves, a keyword across the middle', () => {
    // Texts from 256 characters on are matched as two interleaved halves (prefilter.ts match()).
    const g = createExampleGen(11);
    for (let n = 0; n < 60; n++) {
      const kw = g.pick(allKeywords.filter((k) => k.length >= 4));
      const length = 240 + n * 3;
      const mid = length >> 1;
      const at = mid - Math.floor(kw.length / 2) + (n % 3) - 1;
      const filler = 'x'.repeat(length);
      const text = filler.slice(0, at) + kw + ' password=' + filler.slice(at + kw.length + 10);
      assertSame(text.slice(0, length), `keyword ${JSON.stringify(kw)} across the middle of ${length} characters`);
    }
  });

  it('gives the same rules and spans on real source files', () => {
    for (const file of ['engine/detect/scan.ts', 'engine/detect/prefilter.ts', 'README.md', 'package.json']) assertSame(readFileSync(join(__dirname, '../../../../..', file), 'utf8'), file);
  });
});

describe('keyword prefilter with more states than a 16-bit table holds', () => {
  it('gives the reference rules and spans from its 32-bit table (the keyword-end mark in another bit)', () => {
    const g = createExampleGen(13);
    // 4,000 keywords of 12 random letters: about 40,000 trie states, past the 16-bit table's 32,768.
    const entries = Array.from({ length: 4000 }, () => [g.lower(12)]);
    const windows = entries.map((_, i) => (i % 2 === 0 ? { before: 3, after: 5 } : undefined));
    const prefilter = new KeywordPrefilter(entries, windows);
    assert.ok((prefilter as unknown as { delta: ArrayLike<number> }).delta instanceof Int32Array, 'a 32-bit table');
    for (let n = 0; n < 30; n++) {
      const pieces: string[] = [];
      for (let p = 0; p < 20 + n * 4; p++) pieces.push(g.pick([g.pick(entries)[0]!, g.pick(entries)[0]!.toUpperCase(), g.lower(3), ' ', '\n']));
      const text = pieces.join('');
      const got = prefilter.match(text);
      const want = reference(entries, windows, text);
      assert.deepEqual(got.hits, want.hits, `text ${n}: flagged rules`);
      for (const rule of want.hits) assert.deepEqual(got.spans.get(rule), want.spans.get(rule), `text ${n}: spans of entry ${rule}`);
    }
  });
});

describe('keyword prefilter with rules skipped for the text', () => {
  it('neither flags nor spans a skipped rule, asks about it once, and gives the others the reference result', () => {
    const entries = [['pass'], ['pass', 'key'], ['key']];
    const windows = [{ before: 2, after: 2 }, { before: 1, after: 1 }, undefined];
    const prefilter = new KeywordPrefilter(entries, windows);
    const text = 'a pass here, a key there, pass and key again';
    const asked: number[] = [];
    const got = prefilter.match(text, { has: (rule) => (asked.push(rule), rule === 1) });
    const want = reference(entries, windows, text);
    assert.deepEqual(got.hits, [0, 2]);
    assert.equal(got.spans.get(1), undefined, 'no spans for the skipped rule');
    assert.deepEqual(got.spans.get(0), want.spans.get(0));
    assert.deepEqual([...got.found], [1, 2, 1]);
    assert.deepEqual(asked.sort(), [0, 1, 2], 'each rule asked once');
    // Without skips, the same prefilter gives the reference again (no state kept from the call before).
    assert.deepEqual(prefilter.match(text).spans.get(1), want.spans.get(1));
  });
});

describe('keyword prefilter with a quiet group (rules skipped in code whose keywords are blanks and punctuation)', () => {
  const quiet = quietRules(builtinRules);
  const entries = prefilterEntries(builtinRules);
  const windows = prefilterWindows(builtinRules);
  const plain = new KeywordPrefilter(entries, windows);
  const withQuiet = new KeywordPrefilter(entries, windows, quiet);
  const skipsFor = (path: string) => ({ has: (i: number) => i < builtinRules.length && builtinRules[i]!.appliesToPath?.(path) === false });

  it('holds the prose rules keyed on blanks (the group is not empty, so the test below compares two tables)', () => {
    const ids = quiet.map((i) => builtinRules[i]!.id);
    assert.ok(ids.includes('prose-password-file-line'), ids.join(', '));
  });

  it('gives every rule a code file runs the same flags and spans as the prefilter without the group', () => {
    const files = ['engine/detect/scan.ts', 'engine/detect/prefilter.ts', 'engine/rules/proseLoginList.ts', 'package.json', 'README.md'];
    for (const file of files) {
      const text = readFileSync(join(__dirname, '../../../../..', file), 'utf8');
      for (const path of [file, 'src/index.js', 'notes/passwords.txt']) {
        const skips = skipsFor(path);
        const want = plain.match(text, skips);
        const got = withQuiet.match(text, skips);
        assert.deepEqual(got.hits, want.hits, `${file} as ${path}: flagged rules`);
        assert.deepEqual([...got.spans.entries()], [...want.spans.entries()], `${file} as ${path}: spans`);
        // Only skipped rules may differ, and only between "skipped" and "not seen".
        for (let i = 0; i < want.found.length; i++) if (got.found[i] !== want.found[i]) assert.ok(got.found[i] === 0 && want.found[i] === 2 && quiet.includes(i), `${file} as ${path}: flag of entry ${i}`);
      }
    }
  });

  it('stops at no keyword that only the group owns when a path skips the whole group', () => {
    const text = 'x   y - z';
    let ends = 0;
    const counted = new KeywordPrefilter(entries, windows, quiet) as unknown as { keywordEnd: (...a: unknown[]) => void };
    const keywordEnd = counted.keywordEnd.bind(counted);
    counted.keywordEnd = (...a: unknown[]) => (ends++, keywordEnd(...a));
    (counted as unknown as KeywordPrefilter).match(text, skipsFor('src/index.js'));
    assert.equal(ends, 0, 'keyword ends visited in a code file');
    (counted as unknown as KeywordPrefilter).match(text, skipsFor('notes/passwords.txt'));
    assert.ok(ends > 0, 'keyword ends visited in a password list');
  });
});

describe('keyword prefilter spans', () => {
  it('start where the earliest keyword occurrence starts when a longer keyword ends after a shorter one inside it', () => {
    const p = new KeywordPrefilter([['bc', 'abcd']], [{ before: 1, after: 0 }]);
    const text = 'xxabcdxx';
    assert.deepEqual(p.match(text).spans.get(0), reference([['bc', 'abcd']], [{ before: 1, after: 0 }], text).spans.get(0));
    assert.deepEqual(p.match(text).spans.get(0), [1, 6]);
  });

  it('merge a widened span into the spans before it that it reaches', () => {
    const entries = [['b', 'e', 'abcdefg']];
    const windows = [{ before: 0, after: 0 }];
    const text = 'xabcdefg';
    assert.deepEqual(new KeywordPrefilter(entries, windows).match(text).spans.get(0), [1, 8]);
    assert.deepEqual(reference(entries, windows, text).spans.get(0), [1, 8]);
  });
});

describe('keyword prefilter runs of keyword ends', () => {
  // A keyword that ends again at the next position in the same state (`   ` in a longer run of blanks) is
  // visited once per run, its first and last position (prefilter.ts keywordEnd): the spans stay those of
  // every position, in short texts and in the two halves of long ones.
  const entries = [['   '], ['ab'], ['   ', ' = ']];
  const windows = [
    { before: 0, after: 0 },
    { before: 2, after: 1 },
    { before: 3, after: 5 },
  ];

  it('gives the reference spans for runs of blanks of every length, near other keywords, in short and long texts', () => {
    const p = new KeywordPrefilter(entries, windows);
    const g = createExampleGen(5);
    for (let n = 0; n < 80; n++) {
      const pieces: string[] = [];
      for (let k = 0; k < 12 + n * 3; k++) pieces.push(g.pick([' '.repeat(1 + (k % 9)), 'ab', ' = ', 'x', 'aab', '\n', ' '.repeat(30)]));
      const text = pieces.join('');
      const got = p.match(text);
      const want = reference(entries, windows, text);
      assert.deepEqual(got.hits, want.hits, `text ${n}: flagged rules`);
      for (const rule of want.hits) assert.deepEqual(got.spans.get(rule), want.spans.get(rule), `text ${n} (${text.length} characters): spans of entry ${rule}`);
    }
  });

  it('visits a run of keyword ends in one state once, not once per position', () => {
    const p = new KeywordPrefilter([['   ']], [{ before: 0, after: 0 }]);
    let visits = 0;
    const visit = (p as unknown as { keywordEnd: (...args: unknown[]) => void }).keywordEnd;
    (p as unknown as { keywordEnd: (...args: unknown[]) => void }).keywordEnd = function (this: unknown, ...args: unknown[]) {
      visits++;
      visit.apply(this, args);
    };
    assert.deepEqual(p.match('a' + ' '.repeat(40) + 'b').spans.get(0), [1, 41]);
    assert.equal(visits, 1);
    visits = 0;
    const long = 'x'.repeat(100) + ' '.repeat(50) + 'y'.repeat(300) + ' '.repeat(10) + 'z';
    assert.deepEqual(p.match(long).spans.get(0), [100, 150, 450, 460]);
    assert.equal(visits, 2);
  });
});
