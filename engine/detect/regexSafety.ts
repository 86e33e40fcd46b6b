// Static proof that a pattern runs in linear time on V8's backtracking engine. Used by the built-in rule
// test and when a config's custom rules are loaded. `scslre` finds super-linear backtracking (quantifiers
// that trade or repeat the same text, unbounded quantifiers at a start); it treats bounded quantifiers as
// harmless, so we first widen every variable bound to unbounded and then price each report by the real
// bounds: a pair of {0,30}/{0,20} costs 600 steps per start position (linear), {0,9999}{0,9999} does not.
import type { AST } from '@eslint-community/regexpp';
import { choiceProblem } from './regexChoices';

// Loaded on first use: the analyser is large, and most runs (no custom rules) never need it.
type RegexLibs = typeof import('./regexLibs');
let libs: { regexpp: RegexLibs; analyse: RegexLibs['analyse']; raa: RegexLibs } | undefined;
function load() {
  if (!libs) {
    const loaded = require('./regexLibs') as RegexLibs;
    libs = { regexpp: loaded, analyse: loaded.analyse, raa: loaded };
  }
  return libs;
}

export interface RegexSafetyOptions {
  /** User patterns: also forbid back-references (not needed for secrets, and a source of exponential time). */
  strict?: boolean;
}

/** Most backtracking steps two trading quantifiers may cost at one start position. */
export const TRADE_BUDGET = 4096;

/** Most characters a bounded quantifier that may start a match at any position may take (its steps per position). */
export const MOVE_BUDGET = 256;

/** Why the pattern could take super-linear time, or undefined when it is provably linear. */
export function regexSafetyProblem(source: string, flags = '', options: RegexSafetyOptions = {}): string | undefined {
  const { regexpp, analyse, raa } = load();
  const { visitRegExpAST } = regexpp;
  const parser = new regexpp.RegExpParser({ ecmaVersion: 2025 });
  let parsedFlags: AST.Flags;
  let pattern: AST.Pattern;
  try {
    parsedFlags = parser.parseFlags(flags);
    pattern = parser.parsePattern(source, 0, source.length, { unicode: parsedFlags.unicode, unicodeSets: parsedFlags.unicodeSets });
  } catch (e) {
    return `is not a valid regular expression: ${regexErrorReason(e)}`;
  }

  const quantifiers: AST.Quantifier[] = [];
  let problem: string | undefined;
  visitRegExpAST(pattern, {
    onQuantifierEnter: (q) => quantifiers.push(q),
    onBackreferenceEnter: (b) => {
      if (options.strict) problem ??= `must not use back-references (${b.raw}): they can take exponential time`;
    },
    onAssertionEnter: (a) => {
      if ((a.kind === 'lookahead' || a.kind === 'lookbehind') && containsUnbounded(a)) {
        problem ??= `must not put an unbounded quantifier inside a look-around (${clip(a.raw)}); bound it, e.g. {0,40}`;
      }
    },
  });
  if (problem) return problem;

  // Widen every variable bound ({0,30} → {0,}) so the analyser sees where quantifiers can trade text.
  const widenable = quantifiers.filter((q) => q.max > q.min && q.max >= 2 && Number.isFinite(q.max));
  let widened = source;
  // Right to left, so earlier offsets stay valid (each quantifier's suffix is a disjoint span).
  for (const q of [...widenable].sort((a, b) => b.element.end - a.element.end)) {
    const suffix = source.slice(q.element.end, q.end);
    widened = widened.slice(0, q.element.end) + `{${q.min},}` + (suffix.endsWith('?') && !q.greedy ? '?' : '') + widened.slice(q.end);
  }
  let widenedPattern: AST.Pattern;
  try {
    widenedPattern = parser.parsePattern(widened, 0, widened.length, { unicode: parsedFlags.unicode, unicodeSets: parsedFlags.unicodeSets });
  } catch {
    return 'could not be analysed for backtracking; simplify it';
  }
  const widenedQuantifiers: AST.Quantifier[] = [];
  visitRegExpAST(widenedPattern, { onQuantifierEnter: (q) => widenedQuantifiers.push(q) });
  const original = new Map<AST.Quantifier, AST.Quantifier>();
  widenedQuantifiers.forEach((q, i) => original.set(q, quantifiers[i]!));
  const width = (q: AST.Quantifier) => {
    const o = original.get(q) ?? q;
    return o.max - o.min;
  };

  const result = analyse({ pattern: widenedPattern, flags: parsedFlags }, { maxReports: 20, reportTypes: { Move: true, Self: true, Trade: true } });
  for (const report of result.reports) {
    const ch = JSON.stringify(report.character.pick);
    if (report.type === 'Self') {
      const inner = original.get(report.quant) ?? report.quant;
      return `must not nest quantifiers that can match the same text (${clip(inner.raw)} inside ${clip((original.get(report.parentQuant) ?? report.parentQuant).raw)}): a run of ${ch} takes ${report.exponential ? 'exponential' : 'polynomial'} time`;
    }
    if (report.type === 'Trade') {
      const cost = width(report.startQuant) * width(report.endQuant);
      if (cost > TRADE_BUDGET) {
        const a = original.get(report.startQuant) ?? report.startQuant;
        const b = original.get(report.endQuant) ?? report.endQuant;
        return `has two quantifiers that can match the same text (${clip(a.raw)} and ${clip(b.raw)}): a run of ${ch} takes quadratic time; bound them (e.g. {0,40}) or separate them with a character neither matches`;
      }
    }
    if (report.type === 'Move' && !Number.isFinite(width(report.quant))) {
      const q = original.get(report.quant) ?? report.quant;
      return `starts with an unbounded quantifier (${clip(q.raw)}): a run of ${ch} takes quadratic time; start with a literal prefix or bound it, e.g. {8,64}`;
    }
    // A bounded one is retried at every position too: {1,60000} on a 200 KB line is 10^10 steps.
    if (report.type === 'Move' && width(report.quant) > MOVE_BUDGET) {
      const q = original.get(report.quant) ?? report.quant;
      return `starts with a quantifier that may take up to ${width(report.quant)} characters at every position (${clip(q.raw)}): a long run of ${ch} takes that many steps per character; start with a literal prefix or bound it to at most ${MOVE_BUDGET}`;
    }
  }
  // Alternations and stacked optional parts: choices that multiply (scslre looks at single characters only).
  return choiceProblem(pattern, parsedFlags, raa, clip, options.strict === true);
}

/**
 * Why a pattern does not compile, without the pattern: engines quote it whole (`/…/: Unterminated character
 * class`), and a user may have pasted a real value into it.
 */
export function regexErrorReason(e: unknown): string {
  const message = (e as Error).message.replace(/^Invalid regular expression: /, '');
  const reason = /^\/[\s\S]*\/[a-z]*: ([^/]*)$/.exec(message)?.[1];
  return reason ?? 'the pattern does not compile';
}

function containsUnbounded(node: AST.Node): boolean {
  let found = false;
  load().regexpp.visitRegExpAST(node, {
    onQuantifierEnter: (q) => {
      if (!Number.isFinite(q.max)) found = true;
    },
  });
  return found;
}

function clip(raw: string): string {
  return raw.length > 40 ? raw.slice(0, 37) + '…' : raw;
}
