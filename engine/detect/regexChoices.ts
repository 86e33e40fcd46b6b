// The part of the linear-time proof that `scslre` does not cover (it finds only single-character attack strings
// on quantifiers): choices a backtracking engine multiplies. At one start position V8 may try every
// combination of the pattern's choices that the input allows; a choice is a quantifier whose stop point the
// next character does not decide (`a?` before `a`, `\w{1,20}` before `\d`) or an alternation whose branches
// can start with the same character (`a|aa`). Each is counted by how many ways it can go, multiplied along
// the pattern; a choice that is repeated (`(?:a|aa){1,1000}`) multiplies itself and is refused outright.
// Unbounded quantifiers are left to scslre (their trades are priced there); here they count once.
import type { AST } from '@eslint-community/regexpp';
import type * as Analysis from 'regexp-ast-analysis';

type Raa = Pick<typeof Analysis, 'getConsumedChars' | 'getFirstConsumedChar' | 'getFirstConsumedCharAfter' | 'getEffectiveMaximumRepetition' | 'toCache'>;

/**
 * Most combinations of choices one start position may try. The count is an upper bound: it looks at one
 * character ahead and assumes every combination is reachable on one input, so long built-in context rules
 * (`[a-z_]{0,20}(?:client|api)…`, repeated CLI flags) count far more than V8 ever tries. User patterns, the
 * attacker's input, get the whole check (`strict`); the reviewed built-in rules only its exponential part,
 * a repeated alternation whose branches can start alike, and are fuzzed with adversarial inputs besides
 * (test/unit/engine/detect/regexSafety, `npm run bench:fuzz`).
 */
export const CHOICE_BUDGET = 4096;

/** Why the choices in `pattern` multiply beyond the budget, or undefined; `strict` for user patterns. */
export function choiceProblem(pattern: AST.Pattern, flags: AST.Flags, raa: Raa, clip: (raw: string) => string, strict: boolean): string | undefined {
  const cache = raa.toCache(flags);
  let problem: string | undefined;

  /** Can two branches of this alternation match text starting at the same position? */
  const overlapping = (alternatives: readonly AST.Alternative[]): boolean => {
    if (alternatives.length < 2) return false;
    const firsts = alternatives.map((a) => raa.getFirstConsumedChar(a, 'ltr', cache));
    if (firsts.some((f) => f.empty)) return true;
    for (let i = 0; i < firsts.length; i++) for (let j = i + 1; j < firsts.length; j++) if (!firsts[i]!.char.isDisjointWith(firsts[j]!.char)) return true;
    return false;
  };

  /** Ways the element can go on the worst input; Infinity once a problem is found. */
  const ways = (node: AST.Element | AST.Alternative): number => {
    if (problem) return Infinity;
    switch (node.type) {
      case 'Alternative':
        return node.elements.reduce((product, e) => Math.min(product * ways(e), Number.MAX_SAFE_INTEGER), 1);
      case 'Group':
      case 'CapturingGroup': {
        const each = node.alternatives.map(ways);
        if (!overlapping(node.alternatives)) return Math.max(...each);
        if (raa.getEffectiveMaximumRepetition(node) > 1) {
          problem ??= `must not repeat an alternation whose branches can match the same text (${clip(node.raw)}): a run of one character takes exponential time; make the branches start with different characters`;
          return Infinity;
        }
        return each.reduce((a, b) => a + b, 0);
      }
      case 'Assertion':
        // Look-arounds are atomic in JavaScript: what they try adds to the cost, it does not multiply the rest.
        return 1;
      case 'Quantifier': {
        const inner = ways(node.element);
        if (strict && inner > 1 && node.max > 1) {
          problem ??= `must not repeat a part that can match in more than one way (${clip(node.element.raw)} inside ${clip(node.raw)}): the ways multiply with each repetition`;
          return Infinity;
        }
        if (!Number.isFinite(node.max) || node.max === node.min) return inner;
        // The next character decides where a greedy run stops unless it could also be taken by the run.
        const mine = raa.getConsumedChars(node.element, cache).chars;
        const next = raa.getFirstConsumedCharAfter(node, 'ltr', cache).char;
        return mine.isDisjointWith(next) ? inner : inner * (node.max - node.min + 1);
      }
      default:
        return 1;
    }
  };

  const total = pattern.alternatives.reduce((sum, a) => sum + ways(a), 0);
  if (problem) return problem;
  if (strict && total > CHOICE_BUDGET) {
    return `can match the same text in ${total >= Number.MAX_SAFE_INTEGER ? 'too many' : total} ways (more than ${CHOICE_BUDGET}): optional parts or alternatives in a row that take the same characters multiply; make them start with different characters or fewer`;
  }
  return undefined;
}
