// A secret's fallback written as an `if … else` expression (found while tuning on rw-dev7/rw-dev9's code and defaults):
// PowerShell's `$ApiKey = if ($env:API_KEY) { $env:API_KEY } else { 'v' }`, Kotlin's and Scala's
// `val token = if (env != null) env else "v"`, Rust's `let pw = if let Ok(p) = env::var("PW") { p } else { "v".into() }`.
// The `else` branch is the value the name takes when the environment has none: the same hard-coded default as
// `getenv("K") || "v"`, which the shared name grammar reads; this form puts a condition between the name and it.
import { fileKind, genericRulesApply, isApiExamples } from '../../validators/fileKind';
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

function validateElseDefault(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'prose' || isApiExamples(ctx.path)) return false;
  const name = ctx.keyName?.replace(/^\$/, '');
  if (!name) return false;
  const reading = readSecretName(name.split('.').pop()!);
  if (!reading) return false;
  const quote = ctx.text.charAt(ctx.start - 1);
  return namedValueVerdict(value, name, reading, { strict: kind === 'test', quote }) === undefined;
}

/** `=`, at most four blanks and `if`: every match holds one (the pattern's `=[ \t]{0,4}if`), unlike `else`, which all code holds. */
const ASSIGNED_IF: string[] = ['='];
for (let n = 0; n < 4; n++) for (const k of ASSIGNED_IF.filter((w) => w.length === n + 1)) ASSIGNED_IF.push(k + ' ', k + '\t');

/** What to do about a literal an environment lookup falls back to (shared with the rules for its other spellings). */
export const FALLBACK_LITERAL_NOTE = 'A generic secret: change it wherever it is issued, and fail when the environment has no value instead of falling back to a literal.';

export const elseDefaultRule: Rule = {
  id: 'generic-else-default',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: "Hard-coded fallback of a secret-like name in an if/else expression ($ApiKey = if ($env:K) { $env:K } else { '…' })",
  keywords: ASSIGNED_IF.map((k) => k + 'if'),
  // Before the `=`: the name (≤ 61), a type (≤ 33) and blanks (≤ 4); after `if`: the condition (≤ 200), `else`, the literal.
  keywordWindow: { before: 100, after: 420 },
  // The name, `=`, `if` and its condition and branch on the same line, then `else` and a quoted literal (braced or not).
  pattern: /(?<![\w$.])(?<key>\$?[A-Za-z_][\w.]{0,60})(?::[ \t]{0,2}[\w.<>?]{1,30})?[ \t]{0,4}=[ \t]{0,4}if\b[^\n]{1,200}?\belse[ \t]{0,4}\{?[ \t]{0,4}(?<q>["'])(?<secret>[^"'\n\\]{4,200})\k<q>/,
  appliesToPath: genericRulesApply,
  validate: validateElseDefault,
  skipPlaceholderCheck: false,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: FALLBACK_LITERAL_NOTE,
  examples: {
    positives: (g) => [
      `$ApiKey = if ($env:CORP_API_KEY) { $env:CORP_API_KEY } else { '${g.s(g.hex(32))}' }`,
      `val dbPassword = if (env["DB_PASSWORD"] != null) env["DB_PASSWORD"]!! else "${g.s(`${g.pick(['Harbor', 'Falcon', 'Maple'])}${g.digits(4)}!`)}"`,
    ],
    negatives: (g) => [
      `$ApiKey = if ($env:CORP_API_KEY) { $env:CORP_API_KEY } else { throw 'CORP_API_KEY is not set' }`,
      `$Mode = if ($Prod) { 'live' } else { '${g.alnum(20)}' }`,
      `$Token = if ($env:CI) { $env:CI_TOKEN } else { 'changeme' }`,
    ],
  },
};
