// SECRET_NAME_STARTS declares where the words of SECRET_NAME_WORD_SOURCE start (Rule.matchStarts of the rules
// built on it): a word added to the source without its start would make those rules miss it silently. The
// source's words are a finite language (no `*` or `+`): every one of them is spelled out here and checked.
import assert from 'node:assert/strict';
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { SECRET_NAME_STARTS, SECRET_NAME_WORD_SOURCE } from '../../../../engine/validators/secretName';
import type { MatchStartGroup } from '../../../../engine/types';

/** As the prefilter reads a code unit: modulo 128, ASCII upper case as lower case. */
const fold = (s: string) =>
  [...s]
    .map((ch) => {
      const c = ch.charCodeAt(0) & 127;
      return String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
    })
    .join('');

/** Every string the node matches; an ASCII letter in both cases counts once (the prefilter folds ASCII case). */
function spell(node: AST.Node): string[] {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.flatMap(spell);
    case 'Alternative':
      return node.elements.reduce<string[]>((prefixes, e) => prefixes.flatMap((p) => spell(e).map((s) => p + s)), ['']);
    case 'Character':
      return [String.fromCodePoint(node.value)];
    case 'CharacterClass': {
      assert.ok(!node.negate && node.elements.every((e) => e.type === 'Character'), `unexpected class ${node.raw}`);
      return [...new Set(node.elements.map((e) => String.fromCodePoint((e as AST.Character).value)).map((c) => (/[A-Z]/.test(c) ? c.toLowerCase() : c)))];
    }
    case 'Quantifier':
      assert.ok(node.max === 1, `unexpected quantifier ${node.raw}`);
      return ['', ...spell(node.element)];
    case 'Assertion':
      return [''];
    default:
      throw new Error(`unexpected ${node.type} in ${node.raw}`);
  }
}

describe('SECRET_NAME_STARTS', () => {
  const words = spell(new RegExpParser().parsePattern(SECRET_NAME_WORD_SOURCE));

  it('spells out the source', () => {
    for (const w of ['password', 'pwd', 'PAT', 'пароль', 'Пароля', 'şifre', 'Şifre', 'hasło', 'パスワード']) assert.ok(words.includes(w), w);
  });

  /** The words no group accounts for: none may start before `before` characters ahead of a group's word. */
  const undeclared = (groups: readonly MatchStartGroup[]) =>
    words.filter(
      (w) =>
        !groups.some((g) => {
          const at = fold(w).slice(g.before);
          return g.words.some((start) => at.startsWith(fold(start.toLowerCase())));
        }),
    );

  it('every word of SECRET_NAME_WORD_SOURCE starts at a declared word, or the declared characters before one', () => {
    assert.deepEqual(undeclared(SECRET_NAME_STARTS), []);
  });

  it('catches a word without a declared start', () => {
    const [first, ...rest] = SECRET_NAME_STARTS;
    const missed = undeclared([{ ...first!, words: first!.words.filter((w) => w !== 'token') }, ...rest]);
    assert.deepEqual(missed, ['token']);
  });
});
