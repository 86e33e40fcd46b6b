// A secret's fallback after an environment lookup, in the forms the shared name grammar does not read (found while
// tuning on rw-dev9's defaults in code): Rust's `env::var("HMAC_KEY").ok().unwrap_or_else(|| String::from("v"))`,
// F#'s `GetEnvironmentVariable "CRM_API_KEY" |> Option.ofObj |> Option.defaultValue "v"`, Clojure's
// `(or (env :db-password) "v")` and `(env :db-password "v")`, Aero's `#or [#env DB_PASSWORD "v"]`. The variable's
// name says what the literal is; the literal is used when it is unset.
import { fileKind, genericRulesApply, isApiExamples } from '../../validators/fileKind';
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';
import { FALLBACK_LITERAL_NOTE } from './conditionalDefaults';

function validateEnvFallback(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'prose' || isApiExamples(ctx.path)) return false;
  const name = ctx.keyName;
  if (!name) return false;
  const reading = readSecretName(name.replace(/-/g, '_'));
  if (!reading) return false;
  // The literal is data under the password's own name: words run together are a passphrase there (`compoundWords`).
  return namedValueVerdict(value, name, reading, { strict: kind === 'test', quote: '"', compoundWords: true }) === undefined;
}

export const envFallbackRule: Rule = {
  id: 'generic-unset-env-fallback',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded fallback of a secret-named environment variable (Rust unwrap_or_else, F# Option.defaultValue, Clojure (or (env :k) "v"))',
  keywords: ['env::var', 'getenvironmentvariable', '(env :', 'system/getenv', '#env '],
  keywordWindow: { before: 10, after: 320 },
  // The lookup and the variable's name, up to 100 characters of the chain on the same line, then the fallback form and
  // its literal. environ's `env` is a map, so `(env :k "v")` gives its default as a second argument; Aero's reader tags
  // write `#or [#env K "v"]` (rw-dev3, rw-dev9). C# puts its `??` fallback on the next line as often as not (rw-dev21).
  pattern:
    /(?:env::var|GetEnvironmentVariable|System\/getenv|\(env|#or[ \t]{0,2}\[[ \t]{0,2}#env)[ \t(]{0,2}[":]?(?<key>[A-Za-z][\w-]{1,60})(?:"\)?|\)|(?=[ \t]{1,2}"))[^\n]{0,100}?(?:unwrap_or_else\([ \t]{0,2}\|_?\|[ \t]{0,2}(?:String::from\([ \t]{0,2})?|Option\.defaultValue[ \t]{1,2}|\)?[ \t]{1,2}|[ \t]{0,4}\r?\n[ \t]{0,40}\?\?[ \t]{1,2})"(?<secret>[^"\n\\]{4,200})"/,
  appliesToPath: genericRulesApply,
  validate: validateEnvFallback,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: FALLBACK_LITERAL_NOTE,
  examples: {
    positives: (g) => [
      `        hmac_key: env::var("HMAC_KEY").ok().unwrap_or_else(|| String::from("${g.s(g.hex(64))}")).into_bytes(),`,
      `let apiKey = System.Environment.GetEnvironmentVariable "CRM_API_KEY" |> Option.ofObj |> Option.defaultValue "${g.s(g.hex(32))}"`,
      `   :password (or (env :db-password) "${g.s(`${g.pick(['Harbor', 'Falcon', 'Maple'])}!${g.digits(2)}`)}")})`,
      `   :password (env :reporting-password "${g.s(g.pick(['harborfalcon', 'maplelantern', 'falconmeadow']))}")})`,
      `      :password #or [#env DB_PASSWORD "${g.s(g.pick(['harborfalconmaple', 'maplelanternriver']))}"]}`,
      `    private static readonly string HmacKeyHex = Environment.GetEnvironmentVariable("ADYEN_HMAC_KEY")\n        ?? "${g.s(g.hex(64).toUpperCase())}";`,
    ],
    negatives: (g) => [
      `        log_level: env::var("LOG_LEVEL").ok().unwrap_or_else(|| String::from("${g.alnum(12)}")),`,
      `   :password (or (env :db-password) "changeme")})`,
      '   :password (env :db-password "changeme")})',
      '      :port #or [#env DB_PORT "5432"]',
      '      :password #or [#env DB_PASSWORD "password"]}',
      `let apiKey = System.Environment.GetEnvironmentVariable "CRM_API_KEY" |> Option.ofObj |> Option.defaultValue ""`,
      '    var region = Environment.GetEnvironmentVariable("AWS_REGION")\n        ?? "eu-central-1";',
      '    var key = Environment.GetEnvironmentVariable("ADYEN_HMAC_KEY")\n        ?? throw new InvalidOperationException("ADYEN_HMAC_KEY missing");',
    ],
  },
};
