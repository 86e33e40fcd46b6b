// Secrets in key/value pairs written with an infix operator instead of `=` or `:`: Kotlin's `"password" to "v"`
// (`mapOf(…)`, `headers(…)`), Scala's and Groovy's `"password" -> "v"`. The pair's quoted key names the secret
// as an assignment's name would.
import { fileKind, isApiExamples } from '../../validators/fileKind';
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';
import { GENERIC_SECRET_NOTE } from '../revocationNotes';

function validatePair(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || isApiExamples(ctx.path)) return false;
  const key = ctx.keyName ?? '';
  const reading = readSecretName(key);
  if (!reading) return false;
  const strict = kind === 'test';
  const quote = ctx.text.charAt(ctx.start - 1);
  const verdict = namedValueVerdict(value, key, reading, { strict, quote });
  return verdict === undefined;
}

export const secretPairRule: Rule = {
  id: 'generic-secret-pair',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded password or token in a key/value pair written with `to` or `->` ("password" to "…", "apiKey" -> "…")',
  // Lower-cased as the prefilter sees them: the closing quote of the key, the operator, the opening quote of the value.
  keywords: ['" to "', "' to '", '" -> "', "' -> '", '"->"', "'->'"],
  keywordWindow: { before: 80, after: 220 },
  pattern: /(?<quote>["'])(?<key>[A-Za-z_][\w.-]{1,63})\k<quote>[ \t]{0,2}(?:to|->)[ \t]{0,2}["'](?<secret>[^"'\s\\]{4,200})["']/,
  validate: validatePair,
  skipPlaceholderCheck: true,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: GENERIC_SECRET_NOTE,
  examples: {
    positives: (g) => [
      `val dbCreds = mapOf("user" to "sync", "password" to "${g.s(`${g.pick(['Harbor', 'Falcon', 'Maple'])}${g.digits(3)}!`)}")`,
      `val headers = mapOf("X-Api-Key" to "${g.s(g.hex(32))}", "Accept" to "application/json")`,
      `val conf = Map("user" -> "etl", "password" -> "${g.s(`${g.alnum(12)}#${g.digits(2)}`)}")`,
    ],
    negatives: (g) => [
      'val labels = mapOf("password" to "Password", "token" to "Access token")',
      'val env = mapOf("password" to System.getenv("DB_PASSWORD"))',
      'val conf = Map("password" -> "changeme")',
      `val ids = mapOf("tenant" to "${g.uuid()}")`,
      'val fields = mapOf("password" to "password_hash")',
    ],
  },
};
