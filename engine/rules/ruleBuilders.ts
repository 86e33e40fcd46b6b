// Builders that turn a compact provider spec into a Rule: the two shapes most formats take are a token
// with a public prefix (`glpat-…`) and a bare value that only the assigned name ties to a provider
// (`DATADOG_API_KEY = <32 hex>`). Both produce bounded patterns and standard near-miss examples.
import type { CredentialPart, ExampleGen, MatchContext, Rule, RuleFamily, RulePriority, Severity } from '../types';
import { maxMatchLength } from '../detect/patternLength';
import { inContexts } from './exampleTexts';

interface BaseSpec {
  id: string;
  provider: string;
  family: RuleFamily;
  description: string;
  envName: string;
  docsUrl: string;
  revocationUrl: string | null;
  revocationNote?: string;
  /** Default 3 bits/char: random bodies pass, filler such as `aaaa…` or `1234…` does not. 0 disables. */
  minEntropy?: number;
  validate?(secret: string, context: MatchContext): boolean;
  severity?: Severity;
  skipPlaceholderCheck?: boolean;
  /** Tie-break strength (RulePriority); default `prefix` for token rules, `context` for context rules. */
  priority?: RulePriority;
  /** A valid value, built from the generator (never a literal token). */
  sample(g: ExampleGen): string;
  /** More marked true positives beyond the standard contexts. */
  positives?(g: ExampleGen): string[];
  /** More near misses beyond the standard ones. */
  negatives?(g: ExampleGen): string[];
  /** Skip the standard near misses (when the format makes one of them valid). */
  noStandardNegatives?: boolean;
  /** The other parts of the credential (Rule.parts). */
  parts?: readonly CredentialPart[];
}

export interface TokenSpec extends BaseSpec {
  /** Literal public prefix(es) of the value: the prefilter keywords and the part a masked form may show. */
  prefix: string | readonly string[];
  /** Regex source of the value after the prefix; bounded quantifiers only. */
  body: string;
  /** Character class body of what may not follow the value (default: word characters and `-`). */
  end?: string;
  /** Keywords when the prefix alone is too short or too common to prefilter on. */
  keywords?: string[];
  /** Flags for the pattern (e.g. `i` when the whole format is case-insensitive). */
  flags?: string;
}

export interface ContextSpec extends BaseSpec {
  /**
   * Alternatives (regex source of lower-case letters, digits, `[_-]?`) one of which the assigned name must
   * contain, matched case-insensitively: the provider context a prefix-less value needs.
   */
  names: readonly string[];
  /** Regex source of the value; bounded quantifiers only. */
  value: string;
  keywords: string[];
  end?: string;
  maskPrefix?: RegExp;
  /** Longest value the pattern accepts (default 300); sizes the keyword window the regex runs in. */
  maxValueLength?: number;
}

/**
 * When every match contains one of the keywords, the scanner need only run the pattern within the longest
 * match's reach of each keyword occurrence (a large speed-up where keywords are common words).
 */
function windowAround(pattern: RegExp): { keywordWindow?: { before: number; after: number } } {
  const reach = maxMatchLength(pattern.source);
  return Number.isFinite(reach) && reach <= 4096 ? { keywordWindow: { before: reach, after: reach } } : {};
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Case-insensitive letters without the `i` flag, so the value's own character classes keep their case:
 * `key` → `[kK][eE][yY]`, and inside a class `[a-z_-]` → `[a-zA-Z_-]`.
 */
function ci(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[++i] ?? '');
    } else if (inClass) {
      if (c === ']') inClass = false;
      if (c === 'a' && source.slice(i, i + 3) === 'a-z') {
        out += 'a-zA-Z';
        i += 2;
      } else out += /[a-z]/.test(c) ? c + c.toUpperCase() : c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else out += /[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c;
  }
  return out;
}

const WORD_END = 'A-Za-z0-9_\\-';

function common(spec: BaseSpec) {
  return {
    id: spec.id,
    provider: spec.provider,
    family: spec.family,
    description: spec.description,
    envName: spec.envName,
    docsUrl: spec.docsUrl,
    revocationUrl: spec.revocationUrl,
    ...(spec.revocationNote ? { revocationNote: spec.revocationNote } : {}),
    ...(spec.minEntropy !== 0 ? { minEntropy: spec.minEntropy ?? 3 } : {}),
    ...(spec.validate ? { validate: spec.validate } : {}),
    ...(spec.severity ? { severity: spec.severity } : {}),
    ...(spec.skipPlaceholderCheck ? { skipPlaceholderCheck: true } : {}),
    ...(spec.parts ? { parts: spec.parts } : {}),
  };
}

/** The value cut to 60% of its length: the commonest near miss (a truncated or partial token). */
export const truncated = (value: string) => value.slice(0, Math.max(4, Math.floor(value.length * 0.6)));

export function tokenRule(spec: TokenSpec): Rule {
  const prefixes = typeof spec.prefix === 'string' ? [spec.prefix] : [...spec.prefix];
  const alt = prefixes.map(escape).join('|');
  const end = spec.end ?? WORD_END;
  const pattern = new RegExp(`(?<![A-Za-z0-9_])(?<secret>(?:${alt})${spec.body})(?![${end}])`, spec.flags ?? '');
  return {
    ...common(spec),
    priority: spec.priority ?? 'prefix',
    keywords: spec.keywords ?? prefixes.map((p) => p.toLowerCase()),
    // Keywords given separately may be file-level context, not part of the match: no window then, unless every
    // prefix contains one of them (`eyj` for `eyJ`), so that every match holds a keyword.
    ...(!spec.keywords || prefixes.every((p) => spec.keywords!.some((k) => p.toLowerCase().includes(k))) ? windowAround(pattern) : {}),
    pattern,
    maskPrefix: new RegExp(`^(?:${alt})`, spec.flags ?? ''),
    examples: {
      positives: (g) => [...inContexts(g, spec.sample(g), spec.envName), ...(spec.positives?.(g) ?? [])],
      negatives: (g) => {
        const value = spec.sample(g);
        const standard = spec.noStandardNegatives
          ? []
          : [
              `${spec.envName}="${truncated(value)}"`, // cut short
              `${spec.envName}=${prefixes[0]}${'x'.repeat(value.length - prefixes[0]!.length)}`, // filler
              `const id = "${g.alnum(3)}${value}";`, // inside a longer identifier
            ];
        return [...standard, ...(spec.negatives?.(g) ?? [])];
      },
    },
  };
}

/** A typed declaration between the name and `=` (`: &str`, `: String`), as in Rust, Kotlin, Swift, TypeScript. */
const TYPE_ANNOTATION = "(?:[ \\t]{0,4}:[ \\t]{0,4}&?(?:'static[ \\t]{1,4})?[A-Za-z_][\\w.<>\\[\\]?]{0,30}[ \\t]{0,4}(?==))?";

/** `NAME = value` in code, JSON, YAML, .env and shell, where NAME must carry the provider context. */
export function assignmentPattern(names: readonly string[], value: string, end = WORD_END): RegExp {
  const name = names.map(ci).join('|');
  // The key starts at the provider word. No lookbehind in front: a pattern that opens with plain character
  // classes lets V8 skip ahead quickly (about 15x faster on large minified files); the word-start check is
  // done by `keyStartsWord` on the few matches instead.
  return new RegExp(
    `(?<key>(?:${name})[A-Za-z0-9_.-]{0,40})\\\\?["'\`]?\\]?${TYPE_ANNOTATION}\\s{0,4}(?:=|:=|:|=>|,)\\s{0,4}@?(?:["'\`]|\\\\")?(?<secret>${value})(?![${end}])`,
  );
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The provider word begins a word or a camelCase hump: `DATADOG_KEY`, `myDatadogKey`, not `probablyKey`. */
export function keyStartsWord(ctx: MatchContext): boolean {
  if (!ctx.keyName) return true;
  const at = ctx.text.lastIndexOf(ctx.keyName, ctx.start);
  if (at <= 0) return true;
  const before = ctx.text.charCodeAt(at - 1);
  if (!isLetter(before)) return true;
  const first = ctx.keyName.charCodeAt(0);
  return before >= 97 && before <= 122 && first >= 65 && first <= 90;
}

export function contextRule(spec: ContextSpec): Rule {
  const own = spec.validate;
  const pattern = assignmentPattern(spec.names, spec.value, spec.end);
  return {
    ...common(spec),
    priority: spec.priority ?? 'context',
    validate: (secret, ctx) => keyStartsWord(ctx) && (own ? own(secret, ctx) : true),
    keywords: spec.keywords,
    // Every match starts at the provider word (a keyword sits in its first characters) and spans the name,
    // the separator and the value: the regex only needs to run within the longest match of a keyword.
    keywordWindow: windowAround(pattern).keywordWindow ?? { before: 64, after: 160 + (spec.maxValueLength ?? 300) },
    pattern,
    ...(spec.maskPrefix ? { maskPrefix: spec.maskPrefix } : {}),
    examples: {
      positives: (g) => [...inContexts(g, spec.sample(g), spec.envName), ...(spec.positives?.(g) ?? [])],
      negatives: (g) => {
        const value = spec.sample(g);
        const standard = spec.noStandardNegatives
          ? []
          : [
              `const value = "${value}";`, // right shape, no provider in the name
              `${spec.envName}="${truncated(value)}"`, // cut short
              `probably${spec.envName.toLowerCase()}="${value}"`, // provider word inside another word
            ];
        return [...standard, ...(spec.negatives?.(g) ?? [])];
      },
    },
  };
}

/** A UUID, the shape of many prefix-less keys. */
export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export interface NamedPartSpec extends Omit<CredentialPart, 'pattern' | 'group'> {
  /** Alternatives one of which the part's assigned name must contain (as ContextSpec.names). */
  names: readonly string[];
  /** Regex source of the part's value; bounded quantifiers only. */
  value: string;
  end?: string;
}

/** A credential part recognised by its assigned name (`client_id = …` beside `client_secret = …`). */
export function namedPart(spec: NamedPartSpec): CredentialPart {
  const { names, value, end, ...part } = spec;
  return { ...part, pattern: assignmentPattern(names, value, end) };
}
