// Logins kept as map entries from an email address to its password: Kotlin's `mapOf("a@x.io" to "pw")`, PHP's
// `['a@x.io' => 'pw']`, Ruby's `{ "a@x.io" => "pw" }`, Scala's `"a@x.io" -> "pw"`. Fixture and seeding code keeps
// accounts this way; the key is the account, so only the email's shape says the value is its password (the pair
// literal form `("a@x.io", "pw")` is email-password-pair's).
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';
import { madeUpPassword } from '../humanPasswords';

function validateEntry(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || kind === 'prose') return false;
  // An account's id (a UUID) or a digest is data about it, not its password.
  if (/^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(value) || /^[0-9a-f]{32,}$/i.test(value)) return false;
  return passwordVerdict(value, 'password', { strict: kind === 'test', test: kind === 'test', quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

export const emailPasswordEntryRule: Rule = {
  id: 'email-password-entry',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded login as a map entry from an email address to a password (`"a@x.io" to "…"`, `=>`, `->`)',
  keywords: ['" to', "' to", '" =>', "' =>", '" ->', "' ->"],
  keywordWindow: { before: 140, after: 200 },
  // The entry starts its line or follows `(`, `[`, `{` or `,`; the value may sit on the next line.
  pattern: /(?:^|[([{,])[ \t]{0,40}["'][\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}["'][ \t]{1,4}(?:to|=>|->)[ \t]{0,4}(?:\r?\n[ \t]{0,40})?["'](?<secret>[^"'\s\\]{4,128})["'][ \t]{0,4}(?=[,)\]}\n]|$)/m,
  validate: validateEntry,
  skipPlaceholderCheck: true,
  envName: 'PASSWORD',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Change the password of each account, then load the accounts from a secret store or the environment.',
  examples: {
    positives: (g) => {
      const human = () => madeUpPassword(g, 2, ['!', '#', '+']);
      return [
        `val users = mapOf(\n    "alice@acme.example" to "${g.s(human())}",\n    "carol@acme.example" to\n        "${g.s(`${human()}${g.alnum(6)}`)}",\n)`,
        `$accounts = ['ops@acme.example' => '${g.s(human())}'];`,
        `LOGINS = { "qa@acme.example" => "${g.s(human())}" }`,
      ];
    },
    negatives: (g) => [
      `val users = mapOf("alice@acme.example" to "Alice Smith")`,
      `$names = ['ops@acme.example' => 'Operations'];`,
      `val users = mapOf("alice@acme.example" to "changeme")`,
      `val owners = mapOf("alice@acme.example" to "${g.uuid()}")`,
    ],
  },
};
