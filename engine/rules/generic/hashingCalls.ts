// A plaintext password handed to a password-hashing call in seeders, fixtures and setup scripts: Laravel's
// `Hash::make('…')` and `bcrypt('…')`, PHP's `password_hash('…', PASSWORD_DEFAULT)`, Django's
// `make_password('…')`, Werkzeug's `generate_password_hash('…')`, `bcrypt.hashpw(b'…', …)`, Node's
// `bcrypt.hash('…', 10)` / `hashSync`, `argon2.hash('…')`, Elixir's `Bcrypt.hash_pwd_salt("…")`, Spring's
// `passwordEncoder.encode("…")`, Ruby's `BCrypt::Password.create("…")`. The call names its argument a password.
import { fileKind, isApiExamples } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';
import { twoWordPassword } from '../humanPasswords';

function validateHashedPassword(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || kind === 'prose' || isApiExamples(ctx.path)) return false;
  const test = kind === 'test';
  return passwordVerdict(value, 'password', { strict: test, test, quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

export const hashingCallPasswordRule: Rule = {
  id: 'password-hashing-call',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded password given to a password-hashing call (Hash::make, bcrypt, make_password, password_hash, …)',
  keywords: [
    'hash::make(',
    'bcrypt(',
    'password_hash(',
    'make_password(',
    'generate_password_hash(',
    'hashpw(',
    'hashsync(',
    'bcrypt.hash(',
    'argon2.hash(',
    'hash_pwd_salt(',
    'encoder.encode(',
    'password.create(',
  ],
  keywordWindow: { before: 40, after: 160 },
  pattern:
    /(?:Hash::make|\bbcrypt|\bpassword_hash|\bmake_password|\bgenerate_password_hash|\bhashpw|\bhashSync|\bbcrypt\.hash|\bargon2\.hash|\bhash_pwd_salt|[eE]ncoder\.encode|BCrypt::Password\.create)\([ \t]{0,2}b?["'](?<secret>[^"'\s\\]{4,128})["']/,
  validate: validateHashedPassword,
  skipPlaceholderCheck: true,
  envName: 'PASSWORD',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Change the password of the account it seeds, then generate seed passwords at run time or read them from a secret store.',
  examples: {
    positives: (g) => {
      const human = () => twoWordPassword(g, '!');
      return [
        `'password' => Hash::make('${g.s(human())}'),`,
        `'password' => bcrypt('${g.s(human())}'),`,
        `user.password = make_password("${g.s(human())}")`,
        `hashed = bcrypt.hashpw(b"${g.s(human())}", bcrypt.gensalt())`,
        `const hash = await bcrypt.hash('${g.s(human())}', 10);`,
        `admin.setPassword(passwordEncoder.encode("${g.s(human())}"));`,
      ];
    },
    negatives: () => [
      "'password' => Hash::make($request->password),",
      "'password' => bcrypt('password'),",
      'hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())',
      'const hash = await bcrypt.hash(req.body.password, 10);',
      "user.password = make_password('changeme')",
    ],
  },
};
