// Rule.matchStarts only saves work: a rule tried only where its declared start words are must report what the
// same rule reports tried everywhere. Checked two ways on the rules' examples and the quality corpora
// (generated templates, real-world-shaped sets): every position where the pattern matches lies where the
// declaration says a match can start (so no run, windowed or not, can differ), and the scanner's findings
// are the same with and without the declaration.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine/detect/scan';
import { KeywordPrefilter } from '../../../../engine/detect/prefilter';
import { anchoredPattern, execAt, execWindow, mergeSpans, type RegexHit } from '../../../../engine/detect/regexWindow';
import { createExampleGen, unmark } from '../../../../engine/examples';
import { builtinRules } from '../../../../engine/rules';
import type { Finding, Rule } from '../../../../engine/types';
import { buildCorpus } from '../../../../bench/quality/corpus';
import { buildRealWorldCorpus } from '../../../../bench/quality/realWorld/build';
import { REAL_WORLD_SETS } from '../../../../bench/quality/realWorld/sets';
import { TEMPLATES_A } from '../../../../bench/quality/templatesA';
import { TEMPLATES_B } from '../../../../bench/quality/templatesB';
import { TEMPLATES_C } from '../../../../bench/quality/templatesC';

/** Where the declaration says matches can start: merged [start, end) spans. */
const prefilters = new Map<Rule, KeywordPrefilter>();
function declaredStarts(rule: Rule, text: string): number[] {
  const groups = rule.matchStarts!;
  let prefilter = prefilters.get(rule);
  if (!prefilter) {
    prefilter = new KeywordPrefilter(
      groups.map((g) => [...g.words]),
      groups.map((g) => ({ before: g.before, after: 0 })),
    );
    prefilters.set(rule, prefilter);
  }
  const { spans } = prefilter.match(text);
  return mergeSpans(groups.map((_, i) => spans.get(i)));
}

const inSpans = (spans: number[], p: number) => spans.some((v, k) => k % 2 === 0 && v <= p && p < spans[k + 1]!);

/** Positions where the rule's pattern matches (tried at every position) that the declaration leaves out. */
function undeclaredStarts(rule: Rule, text: string): number[] {
  // Each search from just after the last start found finds the next position where a match starts.
  const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, '') + 'g');
  const spans = declaredStarts(rule, text);
  const missed: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (!inSpans(spans, m.index)) missed.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return missed;
}

let corpusTexts: string[] | undefined;
/** The rules' examples and the quality benchmark's corpora (built from seeds, as bench:quality builds them). */
function texts(): string[] {
  if (corpusTexts) return corpusTexts;
  const g = createExampleGen(7);
  const out = builtinRules.flatMap((r) => [...r.examples.positives(g), ...r.examples.negatives(g)].map((t) => unmark(t).text));
  for (const [set, seed] of [
    [TEMPLATES_A, 11],
    [TEMPLATES_B, 12],
    [TEMPLATES_C, 13],
  ] as const) {
    out.push(...buildCorpus(seed, set).files.map((f) => f.text));
  }
  for (const set of REAL_WORLD_SETS) out.push(...buildRealWorldCorpus(set).map((f) => f.text));
  return (corpusTexts = out);
}

/** The corpora plus the rule's own examples under more seeds: a class the corpora hold few of (getters) still gets compared. */
function ruleTexts(rule: Rule): string[] {
  const own = [1, 2, 3, 4, 5, 6].flatMap((seed) => {
    const g = createExampleGen(seed);
    return [...rule.examples.positives(g), ...rule.examples.negatives(g)].map((t) => unmark(t).text);
  });
  return [...texts(), ...own];
}

/** A prose path, or a code path for a rule that skips prose (Rule.appliesToPath). */
const pathFor = (rule: Rule) => (rule.appliesToPath === undefined || rule.appliesToPath('docs/notes.md') ? 'docs/notes.md' : 'src/settings.ts');

const summary = (fs: Finding[]) => fs.map((f) => `${f.ruleId} ${f.start}-${f.end} ${f.fingerprint} ${f.keyName ?? ''}`);

describe('Rule.matchStarts', () => {
  const declared = builtinRules.filter((r) => r.matchStarts);

  it('is declared on the costliest prose rule', () => {
    assert.ok(declared.some((r) => r.id === 'prose-labelled-password'));
  });

  for (const rule of declared) {
    it(`${rule.id}: the pattern can be tried where the declaration says (no numbered backreferences, no u/v flag)`, () => {
      assert.ok(anchoredPattern(rule.pattern.source, rule.pattern.flags));
    });

    it(`${rule.id}: every position where the pattern matches is a declared start`, function () {
      this.timeout(120000);
      let matched = 0;
      for (const text of ruleTexts(rule)) {
        const missed = undeclaredStarts(rule, text);
        assert.deepEqual(missed, [], `starts outside the declaration in ${JSON.stringify(text.slice(Math.max(0, missed[0]! - 40), missed[0]! + 40))}`);
        if (new RegExp(rule.pattern.source, rule.pattern.flags).test(text)) matched++;
      }
      assert.ok(matched > 20, `the pattern matched in only ${matched} texts: the check proves little`);
    });

    it(`${rule.id}: the same findings with and without the declaration`, function () {
      // Two full scans of every corpus (views included, so no text can be skipped): ~30 s of CPU, minutes of wall
      // time when the machine's two cores are shared; the limit only guards against a hang.
      this.timeout(600000);
      const withStarts = createScanner({ rules: [rule] });
      const without = createScanner({ rules: [{ ...rule, matchStarts: undefined }] });
      const path = pathFor(rule);
      let found = 0;
      for (const text of ruleTexts(rule)) {
        const a = withStarts.scan(text, { path });
        assert.deepEqual(summary(a), summary(without.scan(text, { path })), JSON.stringify(text.slice(0, 80)));
        found += a.length;
      }
      assert.ok(found > 20, `only ${found} findings: the comparison proves little`);
    });
  }

  it('a declaration that leaves out where a match starts is caught', () => {
    const rule: Rule = { ...builtinRules.find((r) => r.id === 'prose-labelled-password')!, matchStarts: [{ words: ['password'], before: 0 }] };
    assert.deepEqual(undeclaredStarts(rule, 'The password is Tr0ub4dor-3x'), []);
    assert.equal(undeclaredStarts(rule, 'Kennwort: Tr0ub4dor-3x').length, 1);
  });

  describe('execAt', () => {
    const re = /(?<key>pw|password)[ \t]*[:=][ \t]*(?<secret>\w+)/dg;
    const anchored = anchoredPattern(re.source, re.flags)!;
    const hits = (run: (onHit: (h: RegexHit) => number | undefined) => void) => {
      const out: string[] = [];
      run((h) => {
        out.push(`${h.index}-${h.end}:${h.secretStart}-${h.secretEnd}:${h.key}`);
        return undefined;
      });
      return out;
    };
    const text = 'x pw: aa, then password = bbbb and pw=c; password:dd';

    it('reports what execWindow reports when the starts cover every match', () => {
      const starts = [2, 4, 15, 23, 35, 37, 41, 49];
      for (const [from, to] of [
        [0, text.length],
        [0, 20],
        [10, text.length],
        [16, 30],
      ] as const) {
        assert.deepEqual(
          hits((h) => execAt(anchored, text, from, to, starts, h)),
          hits((h) => execWindow(re, text, from, to, h)),
          `${from}-${to}`,
        );
      }
      assert.equal(hits((h) => execAt(anchored, text, 0, text.length, starts, h)).length, 4);
    });

    it('finds no match that starts outside the starts', () => {
      // Only the second `password` is declared: the first `pw` and the last `password` are never tried.
      assert.deepEqual(
        hits((h) => execAt(anchored, text, 0, text.length, [15, 16, 36, 37], h)),
        ['15-30:26-30:password'],
      );
    });

    it('goes on after a rejected value from where the hit says', () => {
      const out: number[] = [];
      execAt(anchored, 'pw=pw=abc', 0, 9, [0, 1, 3, 4], (h) => {
        out.push(h.index);
        return h.index === 0 ? h.secretStart : undefined;
      });
      assert.deepEqual(out, [0, 3]);
    });
  });
});
