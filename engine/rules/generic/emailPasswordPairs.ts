// A login written as a pair literal of an email address and a password: `ACCOUNTS = [("bot@x.com", "pw"), …]`
// (Python), `[['bot@x.com', 'pw']]` (JS, PHP, Ruby), `{"bot@x.com", "pw"}` (Go, C#, Erlang). Scrapers, bots and
// seeding scripts keep their accounts this way. A pair given to a call (`send("a@x.com", "Hello")`) is an
// argument list, not a pair literal: the bracket must not follow a name.
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';
import { twoWordPassword } from '../humanPasswords';

function validatePair(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || kind === 'prose') return false;
  return passwordVerdict(value, 'password', { strict: kind === 'test', quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

export const emailPasswordPairRule: Rule = {
  id: 'email-password-pair',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded login as a pair literal of an email address and a password',
  // The comma between the two quoted halves (an `@` alone is too short for the prefilter).
  keywords: ['", "', '","', "', '", "','"],
  keywordWindow: { before: 220, after: 150 },
  pattern: /(?<![\w$\])][ \t]{0,4})[([{][ \t]{0,4}["'][\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}["'][ \t]{0,4},[ \t]{0,4}["'](?<secret>[^"'\s\\]{4,128})["'][ \t]{0,4}[)\]}]/,
  validate: validatePair,
  skipPlaceholderCheck: true,
  envName: 'PASSWORD',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Change the password of the account, then read the accounts from a secret store.',
  examples: {
    positives: (g) => {
      const human = () => twoWordPassword(g);
      return [
        `ACCOUNTS = [\n    ("scraper01@example.com", "${g.s(human())}"),\n    ("scraper02@example.com", "${g.s(human())}"),\n]`,
        `const logins = [['bot@acme.io', '${g.s(human())}']];`,
        `var seed = []Login{{"demo@acme.io", "${g.s(human())}"}}`,
      ];
    },
    negatives: () => [
      'send("noreply@acme.io", "Welcome aboard")',
      'RECIPIENTS = [("ops@acme.io", "ops-team@acme.io")]',
      'AUTHORS = [("Jane Doe", "jane@acme.io")]',
      'ACCOUNTS = [("bot@acme.io", os.environ["BOT_PASSWORD"])]',
      'ACCOUNTS = [("bot@acme.io", "changeme")]',
      'contacts = {"sales@acme.io", "Sales"}',
      'mail.send ("noreply@acme.io", "Welcome42")',
    ],
  },
};
