// The scan runs most rules' regexes without the `d` flag and finds the `secret` and `keyTail` spans in the match's
// text (groupSpans.ts, regexWindow.ts hitOf): the hits must be exactly what the `d` flag's spans give.
import assert from 'node:assert/strict';
import { groupsOutsideLookarounds, uniqueSpan } from '../../../../engine/detect/groupSpans';
import { anchoredPattern, execAt, execWindow, scanFlags, searchFlags, type RegexHit } from '../../../../engine/detect/regexWindow';
import { createExampleGen, unmark } from '../../../../engine/examples';
import { builtinRules } from '../../../../engine/rules';

const hits = (run: (onHit: (h: RegexHit) => number | undefined) => void) => {
  const out: string[] = [];
  run((h) => {
    out.push(`${h.index}-${h.end}:${h.secretStart}-${h.secretEnd}:${h.key}`);
    return undefined;
  });
  return out;
};

describe('group spans without the d flag', () => {
  it('knows which named groups sit outside every look-around', () => {
    const re = /(?<=(?<a>x)[(?<z>])(?<b>y(?<c>\(?<q>))(?!(?:(?<d>z)))(?<e>[)](?<f>w))/;
    assert.deepEqual([...groupsOutsideLookarounds(re)].sort(), ['b', 'c', 'e', 'f']);
    assert.deepEqual([...groupsOutsideLookarounds(new RegExp('(?<a>x)[[a]]', 'v'))], []);
  });

  it('takes a span from the match text only when it occurs once there', () => {
    assert.equal(uniqueSpan('key=abc', 'abc'), 4);
    assert.equal(uniqueSpan('ab=ab', 'ab'), undefined);
    assert.equal(uniqueSpan('x=aaa', 'aa'), undefined);
  });

  it('asks the d copy where the text repeats or the group lies in a look-around', () => {
    for (const [source, text] of [
      ['(?<key>\\w+)=(?<secret>\\w+)', 'ab=ab, pw=pw; x=y'],
      ['(?<key>\\w+)=(?<secret>\\w*)', 'ab=, pw=pw'],
      ['(?=\\w{3}(?<secret>\\w+))\\w{2}', 'abcdef xyzxyz'],
      ['(?<keyTail>pass|)=(?<secret>\\w+)', 'x pass=pass, =q'],
    ]) {
      const plain = new RegExp(source!, searchFlags(''));
      const exact = new RegExp(source!, scanFlags(''));
      for (const [from, to] of [
        [0, text!.length],
        [1, text!.length - 1],
      ]) {
        assert.deepEqual(
          hits((h) => execWindow(plain, text!, from!, to!, h, false)),
          hits((h) => execWindow(exact, text!, from!, to!, h, false)),
          source,
        );
      }
    }
  });

  it('gives every built-in rule the same hits on its examples as the d flag', function () {
    this.timeout(120000);
    const g = createExampleGen(7);
    let compared = 0;
    for (const rule of builtinRules) {
      const texts = [...rule.examples.positives(g), ...rule.examples.negatives(g)].map((t) => unmark(t).text);
      const plain = new RegExp(rule.pattern.source, searchFlags(rule.pattern.flags));
      const exact = new RegExp(rule.pattern.source, scanFlags(rule.pattern.flags));
      const anchoredPlain = rule.matchStarts ? anchoredPattern(rule.pattern.source, rule.pattern.flags, false) : undefined;
      const anchoredExact = rule.matchStarts ? anchoredPattern(rule.pattern.source, rule.pattern.flags, true) : undefined;
      for (const text of texts) {
        const expected = hits((h) => execWindow(exact, text, 0, text.length, h, false));
        assert.deepEqual(
          hits((h) => execWindow(plain, text, 0, text.length, h, false)),
          expected,
          `${rule.id}: ${JSON.stringify(text.slice(0, 80))}`,
        );
        if (anchoredPlain && anchoredExact) {
          const everywhere = [0, text.length];
          assert.deepEqual(
            hits((h) => execAt(anchoredPlain, text, 0, text.length, everywhere, h, false)),
            hits((h) => execAt(anchoredExact, text, 0, text.length, everywhere, h, false)),
            `${rule.id} anchored: ${JSON.stringify(text.slice(0, 80))}`,
          );
        }
        compared += expected.length;
      }
    }
    assert.ok(compared > 5000, `only ${compared} hits compared`);
  });
});
