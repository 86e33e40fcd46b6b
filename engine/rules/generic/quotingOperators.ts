// String literals written with a language's own quoting operator rather than quotes, under a secret's name: Perl's
// `q{…}` / `q(…)` / `qq{…}` (`bind_pw => q{…}`), Lua's long brackets `[[…]]` / `[==[…]==]` (`config["upstream_token"] =
// [[…]]`) and Rust's raw strings `r#"…"#` (`const API_KEY: &str = r#"…"#;`). People reach for them when the value holds
// quotes or backslashes, which is when a password does; the assignment rules read only quoted values.
import { fileKind } from '../../validators/fileKind';
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

/** Each opener's closer: the value must end with the one its opener calls for. */
const CLOSERS: readonly [RegExp, string][] = [
  [/qq?\{$/, '}'],
  [/qq?\($/, ')'],
  [/\[\[$/, ']]'],
  [/\[=\[$/, ']=]'],
  [/\[==\[$/, ']==]'],
  [/r#"$/, '"#'],
  [/r##"$/, '"##'],
];

function validateQuotedOperator(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || kind === 'prose' || !ctx.keyName) return false;
  const before = ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start);
  const closer = CLOSERS.find(([open]) => open.test(before))?.[1];
  if (closer === undefined || !ctx.text.startsWith(closer, ctx.end)) return false;
  const reading = readSecretName(ctx.keyName);
  return reading !== undefined && namedValueVerdict(value, ctx.keyName, reading, { quote: "'", strict: kind === 'test' }) === undefined;
}

export const quotingOperatorRule: Rule = {
  id: 'generic-quoting-operator-secret',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Secret under a secret\'s name written with Perl q{}, Lua [[ ]] or Rust r#""# quoting',
  // The separator and the opener together (`=> q{`, `= [[`, `= r#"`): a bare `[[` or `q(` is everywhere.
  keywords: ['> q{', '>q{', '= q{', '=q{', ': q{', '> q(', '= q(', '> qq{', '= qq{', '= [[', '=[[', '= [=', '=[=', ': [[', '= r#"', '=r#"', '= r##"'],
  keywordWindow: { before: 120, after: 160 },
  // The name (bare, `$name`, `'name'`, `["name"]`), Rust's `: &str` type, the separator, then the opener.
  pattern:
    /(?<![\w.-])(?:\[[ \t]{0,2})?["']?(?<key>[A-Za-z_][\w.-]{0,60})["']?(?:[ \t]{0,2}\])?(?:[ \t]{0,2}:[ \t]{0,2}&(?:'static[ \t]{1,2})?str)?[ \t]{0,8}(?:=>|=|:)[ \t]{0,8}(?:qq?[{(]|\[={0,2}\[|r#{1,2}")(?<secret>[^\n]{3,128}?)(?=[})]|\]={0,2}\]|"#)/,
  validate: validateQuotedOperator,
  envName: 'APP_SECRET',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Change the password or key where it is used, then read it from the environment or a secret store.',
  examples: {
    positives: (g) => [
      `    bind_pw     => q{${g.s(`${g.pick(['Harbor', 'Walnut', 'Copper'])}${g.digits(2)}!`)}},`,
      `config["upstream_token"] = [[${g.s(g.alnum(40))}]]`,
      `const API_KEY: &str = r#"${g.s(`${g.alnum(12)}"${g.digits(3)}&`)}"#;`,
    ],
    negatives: (g) => [
      '    bind_pw     => q{changeme},',
      `config["upstream_url"] = [[https://api.example.org/${g.lower(6)}]]`,
      'if [[ -z "$password" ]]; then exit 1; fi',
      'my $sql = q{SELECT password FROM users WHERE id = ?};',
      `    token => q(${g.lower(6)}),`,
    ],
  },
};
