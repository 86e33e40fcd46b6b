// Plain data shapes shared by the engine, the language server and the CLI. Nothing here holds a raw
// secret: findings carry offsets into the caller's own text, a fingerprint and a masked form.

export type Severity = 'error' | 'warning' | 'info';

/** Broad grouping used for reports and per-family quality figures. */
export type RuleFamily =
  | 'cloud'
  | 'source-hosting'
  | 'payments'
  | 'messaging'
  | 'ai'
  | 'package-registry'
  | 'observability'
  | 'infrastructure'
  | 'saas'
  | 'database'
  | 'private-key'
  | 'token-format'
  | 'credential-file'
  | 'generic'
  | 'custom';

/** Deterministic random source handed to rule examples at test time (see engine/examples.ts). */
export interface ExampleGen {
  /** Wraps a value in markers so a test knows exactly where the secret must be found. */
  s(value: string): string;
  /** Marks another part of the same credential (Rule.parts) that the finding must carry as a related span. */
  p(value: string): string;
  chars(alphabet: string, length: number): string;
  alnum(length: number): string;
  lower(length: number): string;
  upper(length: number): string;
  digits(length: number): string;
  hex(length: number): string;
  base64(length: number): string;
  base64url(length: number): string;
  /** A token whose last 6 characters are the base62 CRC32 of the rest (GitHub, npm, …). */
  crc32Token(prefix: string, bodyLength: number): string;
  uuid(): string;
  pick<T>(items: readonly T[]): T;
}

export interface RuleExamples {
  /** Texts in which the rule must find the marked value(s) (see ExampleGen.s). */
  positives(g: ExampleGen): string[];
  /** Texts in which the rule must find nothing. */
  negatives(g: ExampleGen): string[];
}

/** What a validator may look at besides the value. */
export interface MatchContext {
  text: string;
  /** Offsets of the value in `text`. */
  start: number;
  end: number;
  /** The `key` named group, or the assigned name found before the value. */
  keyName?: string;
  path?: string;
}

/**
 * How much a match says about what the value is, strongest first. It decides only exact ties: when two
 * rules of the same class (provider or generic) claim the same span, the higher priority is kept, then the
 * smaller rule id, so the rules' order never matters (see resolveOverlaps in scan.ts).
 * - `checksum`: the value carries a checksum the validator verifies (GitHub `ghp_`, npm `npm_`).
 * - `prefix`: a public prefix, header or URL shape names the provider (`sk_live_`, `xoxb-`, a PEM header).
 * - `context`: the value's shape is common; the assigned name or the file format ties it to the provider or
 *   kind (`DATADOG_API_KEY = <32 hex>`, a `.npmrc` `_authToken`, a database URL's password).
 * - `format`: a token format that names no provider (JWT, basic-auth URL, HTTP Basic header).
 * - `generic`: a secret-looking value under a secret-looking name.
 */
export type RulePriority = 'checksum' | 'prefix' | 'context' | 'format' | 'generic';

/** Rule.matchStarts: literals at (or up to `before` characters after) a match's start. */
export interface MatchStartGroup {
  words: readonly string[];
  before: number;
}

export interface Rule {
  /** kebab-case, stable: it is the diagnostic code and part of every fingerprint. */
  id: string;
  provider: string;
  family: RuleFamily;
  /**
   * Breaks exact-span ties (see RulePriority). Every built-in rule sets it; when absent (custom rules) it is
   * `generic` for the generic family, `format` for token formats and `prefix` otherwise (rulePriority()).
   */
  priority?: RulePriority;
  /** Names the kind of secret, e.g. "Stripe live secret key". */
  description: string;
  /** Lower-case literals; the rule runs only on text containing one of them. */
  keywords: string[];
  /**
   * Every match lies within `before` characters before a keyword occurrence and `after` characters after it,
   * so the regex runs only on those spans (a large speed-up for rules whose keywords are common words).
   */
  keywordWindow?: { before: number; after: number };
  /**
   * Lower-case literals of which one must also occur somewhere in the text, when the validator rejects every
   * match without one (a `Cookie` context): the prefilter looks for them in the same pass, and the rule is
   * skipped on text without any.
   */
  contextKeywords?: string[];
  /**
   * Where a match can start, a property of `pattern` declared for speed: at an occurrence of one of a group's
   * `words` (matched as the prefilter matches keywords: ASCII case folded), or at most the group's `before`
   * characters before one. The scan then tries the pattern only at those positions of its keyword windows
   * instead of at every position. A wrong declaration loses findings: test/unit/engine/detect/matchStarts.test.ts
   * checks it against every position where the pattern matches in the rule examples and corpora.
   */
  matchStarts?: readonly MatchStartGroup[];
  /** Bounded pattern with a named group `secret`; compiled with the `g` and `d` flags added. */
  pattern: RegExp;
  /**
   * The `secret` group's own source (`pattern` holds `(?<secret>` + it + `)`, with the same flags): every value
   * matches it, so the scan compiles and runs `pattern` only on windows where it occurs. Worth it for large
   * patterns with a specific value shape (the context-only provider rules): most windows hold no such value,
   * and compiling their patterns was a large share of a scan.
   */
  secretPattern?: RegExp;
  /**
   * A part every match of `pattern` holds whole (an operator and the literal after it), for a pattern that may start
   * at nearly any position: the scan runs `pattern` only on windows where this occurs, as with secretPattern.
   * test/unit/engine/detect/windowNeeds.test.ts checks it against every match in the rule's examples and corpora.
   */
  windowNeeds?: RegExp;
  /** Minimum Shannon entropy (bits per character) of the secret. */
  minEntropy?: number;
  /** Format or context check beyond the regex (checksum, structure). Return false to drop the match. */
  validate?(secret: string, context: MatchContext): boolean;
  /**
   * Where the rule can report anything at all (`path` undefined: text without a path), when its validator
   * rejects every other path: the scan skips the rule elsewhere instead of running its regex for nothing.
   */
  appliesToPath?(path: string | undefined): boolean;
  /**
   * Where the rule can report anything at all, decided once per text (the scanned text or a rewritten view, with
   * its path) after the prefilter flags the rule and before its regex runs: false when its validator rejects every
   * match in such a text (an expect script's rule in a Jest test that says `expect`). Must be cheap: it reads the
   * whole text at most once (a `includes` before any regex).
   */
  appliesToText?(text: string, path: string | undefined): boolean;
  /** Skip the shared placeholder filter (for formats that cannot be placeholders). */
  skipPlaceholderCheck?: boolean;
  /** Conventional environment variable name for the value. */
  envName: string;
  /** Characters at the start of the value that are a public format prefix, safe to show masked. */
  maskPrefix?: RegExp;
  severity?: Severity;
  /** Where the token format is documented. */
  docsUrl: string;
  /** Where to revoke or rotate it; null when the provider has no such page (say so in `revocationNote`). */
  revocationUrl: string | null;
  revocationNote?: string;
  /**
   * The other parts of the same credential (an access key ID beside its secret key, an OAuth client ID, a
   * database user and host): found with the value, they are reported in the same finding (Finding.related).
   */
  parts?: readonly CredentialPart[];
  examples: RuleExamples;
}

/**
 * One more part of a multi-part credential. Either a named group of the rule's own pattern (`group`: a URL's
 * user and host), or a bounded pattern searched within `reach` characters of the value (`pattern`: the
 * `aws_access_key_id = …` line beside `aws_secret_access_key = …`).
 */
export interface CredentialPart {
  /** kebab-case, unique within the rule; part of the part's fingerprint. */
  id: string;
  /** What the part is, in words: "access key ID". */
  label: string;
  /** Named group of the rule's pattern holding the part. */
  group?: string;
  /** Bounded pattern with a `secret` group (the part's value), searched near the value. */
  pattern?: RegExp;
  /** Searched only for values whose assigned name matches (a generic `client_secret`, not every secret). */
  appliesTo?: RegExp;
  /** Characters on each side of the value within which a `pattern` part may lie (default 400). */
  reach?: number;
  /** Conventional environment variable name for the part. */
  envName: string;
  maskPrefix?: RegExp;
  /** A credential on its own (another rule reports it when it stands alone): outputs mask it like the value. */
  sensitive?: boolean;
}

/** A part of a multi-part credential as found: offsets in the scanned text, never the raw value. */
export interface RelatedSpan {
  /** CredentialPart.id. */
  part: string;
  label: string;
  start: number;
  end: number;
  /** `ruleId/partId:` + the first 16 hex digits of the part's SHA-256. */
  fingerprint: string;
  masked: string;
  envName: string;
  sensitive: boolean;
  keyName?: string;
}

export interface Finding {
  ruleId: string;
  provider: string;
  family: RuleFamily;
  description: string;
  severity: Severity;
  /** UTF-16 offsets of the secret value in the scanned text, end exclusive. */
  start: number;
  end: number;
  /** `ruleId:` + the first 16 hex digits of the value's SHA-256. Never the value. */
  fingerprint: string;
  masked: string;
  /** The name the value is assigned to in the source, when the context shows one (`stripeKey`). */
  keyName?: string;
  /** Suggested environment variable name. */
  envName: string;
  /**
   * The other parts of a multi-part credential (key ID, client ID, user, host), in text order. Absent for a
   * single value. Moving, reporting and incident handling treat the value and these as one credential.
   */
  related?: RelatedSpan[];
}

export interface ScanOptions {
  /** Workspace-relative or absolute path; used for file-type awareness and path rules. */
  path?: string;
  /** VS Code language id when known. */
  language?: string;
  /** Honour inline suppression comments (default true). */
  suppressions?: boolean;
}
