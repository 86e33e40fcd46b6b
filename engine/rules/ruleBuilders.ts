// Builders that turn a compact provider spec into a Rule: the two shapes most formats take are a token
// with a public prefix (`glpat-…`) and a bare value that only the assigned name ties to a provider
// (`DATADOG_API_KEY = <32 hex>`). Both produce bounded patterns and standard near-miss examples.
import type { CredentialPart, ExampleGen, MatchContext, Rule, RuleExamples, RuleFamily, RulePriority, Severity } from '../types';
import { maxMatchLength } from '../detect/patternLength';
import { inContexts } from './exampleTexts';
import { keyPathAt, keyedSeparatorSource } from '../detect/keyedSyntax';
import { namesASecret } from '../validators/secretName';
import { remarkCallsValuePublic } from '../validators/searchOnlyKey';

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
function windowAround(pattern: RegExp | string): { keywordWindow?: { before: number; after: number } } {
  const reach = maxMatchLength(typeof pattern === 'string' ? pattern : pattern.source);
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

/** A builder's examples: the sample in the standard contexts, plus the builder's standard near misses. */
function builderExamples(spec: BaseSpec, standardNegatives: (g: ExampleGen, value: string) => string[]): RuleExamples {
  return {
    positives: (g) => [...inContexts(g, spec.sample(g), spec.envName), ...(spec.positives?.(g) ?? [])],
    negatives: (g) => {
      const value = spec.sample(g); // drawn even when unused, so the negatives after it stay the same
      const standard = spec.noStandardNegatives ? [] : standardNegatives(g, value);
      return [...standard, ...(spec.negatives?.(g) ?? [])];
    },
  };
}

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
    examples: builderExamples(spec, (g, value) => [
      `${spec.envName}="${truncated(value)}"`, // cut short
      `${spec.envName}=${prefixes[0]}${'x'.repeat(value.length - prefixes[0]!.length)}`, // filler
      `const id = "${g.alnum(3)}${value}";`, // inside a longer identifier
    ]),
  };
}

/**
 * `NAME <separator> value` in every syntax of the shared grammar (engine/detect/keyedSyntax.ts: code, JSON,
 * YAML, TOML, INI, XML elements and attributes, call arguments, setters, defaults), where NAME must carry the
 * provider context — or a generic secret name (`api_key`, `token`) whose key path names the provider
 * (`[mailgun]\napi_key = …`, `"datadog": {"app_key": …}`, `datadog:\n  api_key: …`), checked by contextRule.
 */
export function assignmentPattern(names: readonly string[], value: string, end = WORD_END, parents: readonly string[] = []): RegExp {
  return new RegExp(assignmentSource(names, value, end, parents));
}

/** A credential word of a label between a provider's name and its value (`bannerbear SECRET …`, `-secret-key-`). */
const LABEL_WORD = '(?:secret|private|a(?:ccess|pi|uth)|key|token)'; // branches start with different letters (linear-time proof)

/**
 * The provider named right before a value of its exact shape, without an assignment: a label of credential words
 * after blanks (`bannerbear SECRET <v>`, `eventbrite private access key⏎<v>`, `ipinfo_secret key=<v>`), or a key
 * that ends in `-` (`datadog-secrettoken-<v>`, `codakey-<v>`: contextRule's validator then wants a credential word in
 * it). On the key's line or the next. Letters or digits on both sides of that `-`: the key's and the value's classes
 * then cannot share a run of dashes (linear-time proof).
 */
const NEAR_LABEL = `(?:[ \\t]{1,3}|[ \\t]{0,3}\\r?\\n[ \\t]{0,3})${ci(LABEL_WORD)}(?:[ _-]?${ci(LABEL_WORD)}){0,3}(?:[ \\t]{1,3}|[ \\t]{0,3}[:=-][ \\t]{0,3}|[ \\t]{0,3}\\r?\\n[ \\t]{0,3})`;
const NEAR_GAP = `(?:(?<=[A-Za-z0-9]-)(?=[A-Za-z0-9])|${NEAR_LABEL})`;

/** assignmentPattern's source, as written (before RegExp.prototype.source escapes it: see regexSourceOf). */
function assignmentSource(names: readonly string[], value: string, end: string, parents: readonly string[], near = false): string {
  const name = names.map(ci).join('|');
  const parent = parents.map((p) => ci(escape(p))).join('|');
  // The key starts at the provider word. No lookbehind in front of it: a pattern that opens with plain character
  // classes lets V8 skip ahead quickly (about 15x faster on large minified files); the word-start check is
  // done by `keyStartsWord` on the few matches instead.
  // Either the provider's name starts the key, or a provider word (`parents`, the rule's keywords) names a parent
  // a few lines above a generic leaf: both start at a provider word, so V8 can still skip ahead to it (the path
  // itself is checked by contextRule).
  const path = parent ? `|(?:${parent})[A-Za-z0-9_.-]{0,20}${PATH_GAP}${PATH_LEAF}` : '';
  if (!near) return `(?:(?<key>(?:${name})[A-Za-z0-9_.-]{0,40})${path})${keyedSeparatorSource()}(?<secret>${value})(?![${end}])`;
  // One copy of the separator grammar for both key forms (it is most of the source: writing it twice per context
  // rule doubled the rule set's regex source and the scan's memory); after a key path the near gap never applies
  // in practice (a generic leaf then a label of credential words).
  return `(?:(?<key>(?:${name})[A-Za-z0-9_.-]{0,40})${path})(?:${keyedSeparatorSource()}|${NEAR_GAP})(?<secret>${value})(?![${end}])`;
}

/**
 * What `new RegExp(source).source` is, without building the RegExp (V8 parses the whole pattern when it is
 * built): `/` outside a character class escaped. Checked against V8 for every context rule by a test; a
 * difference would only cost a length computed at start-up instead of looked up (the same length).
 */
export function regexSourceOf(source: string): string {
  // Line terminators (V8 writes them as escapes) and a trailing backslash: V8's own answer.
  if (/[\n\r\u2028\u2029]|\\$/.test(source)) return new RegExp(source).source;
  // Most sources escape every `/` (683 of the 715 context rules): nothing to rewrite, and the regex below reads
  // all 2 MB of them at every start (each worker thread too).
  if (!hasBareSlash(source)) return source;
  return source.replace(UNESCAPED_SLASH, '$1\\/');
}

/**
 * Whether some `/` in `source` is not escaped (an even run of backslashes before it, none included). Backslashes pair
 * off from a run's start inside character classes too, so when this is false UNESCAPED_SLASH finds nothing to rewrite.
 */
export function hasBareSlash(source: string): boolean {
  for (let i = source.indexOf('/'); i >= 0; i = source.indexOf('/', i + 1)) {
    let backslashes = 0;
    while (backslashes < i && source.charCodeAt(i - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return true;
  }
  return false;
}

/** From where the last one ended (sticky): escapes, character classes and other characters, kept as they are, up to a `/` outside both. */
const UNESCAPED_SLASH = /((?:\\[^]|\[(?:\\[^]|[^\]\\])*\]|[^\\[/])*)\//gy;

/** The sources of the rules contextRule built, by rule (tests compare regexSourceOf with V8's `source`). */
export const contextRuleSources = new WeakMap<Rule, string>();

/**
 * A generic secret name whose provider is in its key path (`api_key` under `[mailgun]`), with up to two
 * qualifying words before it (`admin_api_key`, `account_key`, `webhook_signing_key`, `adminApiKey` under
 * `algolia:`): the joined path must still match one of the rule's provider names, and the leaf must still name
 * a secret (`public_key` does not).
 */
const PATH_LEAF =
  '(?<![A-Za-z0-9_.-])(?<leaf>(?:[a-z]{2,15}(?=[A-Z]))?(?:[A-Za-z][A-Za-z0-9]{1,15}[_-]){0,2}(?:[cC][lL][iI][eE][nN][tT][_-]?[sS][eE][cC][rR][eE][tT]|[aA][cC][cC][eE][sS][sS][_-]?[tT][oO][kK][eE][nN]|[pP][rR][iI][vV][aA][tT][eE][_-]?[kK][eE][yY]|[aA][uU][tT][hH][_-]?[tT][oO][kK][eE][nN]|[sS][eE][cC][rR][eE][tT][_-]?[kK][eE][yY]|[aA][cC][cC][eE][sS][sS][_-]?[kK][eE][yY]|[aA][pP][iI][_-]?[sS][eE][cC][rR][eE][tT]|[aA][pP][iI][_-]?[tT][oO][kK][eE][nN]|[pP][aA][sS][sS][wW][oO][rR][dD]|[aA][pP][iI][_-]?[kK][eE][yY]|[aA][pP][pP][_-]?[kK][eE][yY]|[aA][pP][iI][kK][eE][yY]|[aA][pP][pP][kK][eE][yY]|[sS][eE][cC][rR][eE][tT]|[tT][oO][kK][eE][nN]|[kK][eE][yY]|[pP][aA][tT])(?![A-Za-z0-9]))';

/** From a parent named for the provider to a leaf key: the rest of its line and up to four more lines. */
const PATH_GAP = '[^\\n]{0,60}?(?:\\n(?:[^\\n]{0,80}\\n){0,3}?[ \\t]{0,24})?["\']?';

/** How far a key path's provider word may sit before the value (`[mailgun]` a few lines above). */
const PATH_REACH = 420;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The provider word begins a word, a camelCase hump or a `-D` property: `DATADOG_KEY`, `myDatadogKey`, `-Ddatadog…`, not `probablyKey`. */
export function keyStartsWord(ctx: MatchContext): boolean {
  if (!ctx.keyName) return true;
  const at = ctx.text.lastIndexOf(ctx.keyName, ctx.start);
  if (at <= 0) return true;
  const before = ctx.text.charCodeAt(at - 1);
  if (!isLetter(before)) return true;
  // A Java system property on a command line: `-Dsonar.login=…`, `-Ddatadog.api.key=…`.
  if (before === 68 && ctx.text.charAt(at - 2) === '-') return true;
  const first = ctx.keyName.charCodeAt(0);
  return before >= 97 && before <= 122 && first >= 65 && first <= 90;
}

const LABEL_IN_KEY = new RegExp(LABEL_WORD, 'i');

/**
 * A value right after a key that ends in `-` (NEAR_GAP's first form) only when the key holds a credential word
 * (`datadog-secrettoken-<v>`, not `mailgun-<v>`, a resource named for the provider).
 */
function dashLabelled(ctx: MatchContext): boolean {
  const key = ctx.keyName!;
  if (ctx.text.charCodeAt(ctx.start - 1) !== 45 || !ctx.text.startsWith(key, ctx.start - key.length)) return true;
  return LABEL_IN_KEY.test(key);
}

/** Keyword arguments that hand a call its credential. */
const CREDENTIAL_ARGUMENT = /^(?:key|token|api_?key|api_?token|access_?token|secret|auth_?token)$/i;

/**
 * A credential passed by keyword to a call on the provider's module (`wandb.login(key="…")`,
 * `huggingface_hub.login(token="…")`): the module names the provider as a key's name would. Read on the key's line,
 * at most 80 characters back; the call's other arguments may come first.
 */
function callOnProvider(keyNames: RegExp, ctx: MatchContext): boolean {
  // In a notebook's JSON the argument's quotes are escaped (`key=\"…\"`) and the shared reader names no key.
  const name = ctx.keyName ?? /([A-Za-z_]\w{0,20})[ \t]{0,2}=[ \t]{0,2}\\?["']$/.exec(ctx.text.slice(Math.max(0, ctx.start - 30), ctx.start))?.[1];
  if (name === undefined || !CREDENTIAL_ARGUMENT.test(name)) return false;
  const at = ctx.text.lastIndexOf(name, ctx.start);
  if (at <= 0) return false;
  const call = /(?:^|[^\w.])([A-Za-z][\w]{1,40})(?:\.[A-Za-z_]\w{0,30}){1,2}\((?:[^()\n]{0,60}[ \t,])?$/.exec(ctx.text.slice(Math.max(0, at - 80), at));
  return call !== null && keyNames.test(call[1]!);
}

/**
 * For a match of the path form: the key path joined with the leaf (`mailgun_api_key`) must match one of the
 * provider names at a word start, and the leaf must name a secret.
 */
function pathNamesProvider(names: RegExp, ctx: MatchContext): boolean {
  const leafEnd = leafBefore(ctx.text, ctx.start);
  if (!leafEnd) return false;
  const { leaf, at } = leafEnd;
  if (!namesASecret(leaf)) return false;
  const path = keyPathAt(ctx.text, at, leaf);
  if (path.length === 0) return false;
  const joined = [...path.slice(0, 4).reverse(), leaf]
    .join('_')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_');
  return names.test(joined);
}

/** The leaf key a value belongs to (the last name before the separator on its line). */
function leafBefore(text: string, valueStart: number): { leaf: string; at: number } | undefined {
  let lineStart = valueStart;
  while (lineStart > 0 && lineStart > valueStart - 200 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  const m = /([A-Za-z][A-Za-z0-9_-]{0,40})["'`\]]{0,2}[^A-Za-z0-9_\n]{0,60}$/.exec(text.slice(lineStart, valueStart));
  return m ? { leaf: m[1]!, at: lineStart + m.index } : undefined;
}

/** Keywords that can name a parent (`datadog:`, `[mailgun]`): provider words of 5+ letters, not fragments. */
function pathParents(keywords: readonly string[]): string[] {
  return keywords.filter((k) => /^[a-z][a-z0-9]{4,}$/.test(k));
}

/**
 * A provider name's word separators also read a dot: Java/Spring properties and dotted config keys write
 * `datadog.api-key`, `twilio.auth-token`, `mailgun.api.key` where an env file writes `DATADOG_API_KEY`.
 */
function dottedName(name: string): string {
  return name.replace(/\[_-\]/g, '[_.-]').replace(/\[a-z_-\]/g, '[a-z_.-]');
}

export function contextRule(spec: ContextSpec): Rule {
  const own = spec.validate;
  // Hundreds of context rules, each with the whole keyed grammar in its pattern: their regexes are built on
  // first use (a scan compiles only the rules its texts flag), not when the rule set loads.
  const names = spec.names.map(dottedName);
  const source = assignmentSource(names, spec.value, spec.end ?? WORD_END, pathParents(spec.keywords), true);
  let pattern: RegExp | undefined;
  let pathNames: RegExp | undefined;
  let keyNames: RegExp | undefined;
  const window = windowAround(regexSourceOf(source)).keywordWindow ?? { before: 64, after: 160 + (spec.maxValueLength ?? 300) };
  const rule: Rule = {
    ...common(spec),
    priority: spec.priority ?? 'context',
    validate: (secret, ctx) => {
      // The provider word names the key (`DATADOG_API_KEY = …`), or the key path does (`datadog:\n  api_key: …`).
      keyNames ??= new RegExp(`^(?:${names.map(ci).join('|')})`);
      const named =
        ctx.keyName !== undefined && keyNames.test(ctx.keyName)
          ? keyStartsWord(ctx) && dashLabelled(ctx)
          : pathNamesProvider((pathNames ??= new RegExp(`(?:^|_)(?:${spec.names.join('|')})`)), ctx) || callOnProvider(keyNames, ctx);
      // A remark on the line that calls the value public (`SEGMENT_WRITE_KEY = "…"  # public, in the web snippet`).
      return named && (own ? own(secret, ctx) : true) && !remarkCallsValuePublic(ctx.text, ctx.end, ctx.start);
    },
    keywords: spec.keywords,
    // A match starts at the provider word (a keyword sits in its first characters), or at a generic name a few
    // lines below the word that names its parent: the regex only needs to run within that reach of a keyword.
    keywordWindow: { before: window.before, after: pathParents(spec.keywords).length > 0 ? Math.max(window.after, PATH_REACH) : window.after },
    get pattern(): RegExp {
      return (pattern ??= new RegExp(source));
    },
    secretPattern: new RegExp(spec.value),
    ...(spec.maskPrefix ? { maskPrefix: spec.maskPrefix } : {}),
    examples: builderExamples(spec, (_g, value) => [
      `const value = "${value}";`, // right shape, no provider in the name
      `${spec.envName}="${truncated(value)}"`, // cut short
      `probably${spec.envName.toLowerCase()}="${value}"`, // provider word inside another word
    ]),
  };
  contextRuleSources.set(rule, source);
  return rule;
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
