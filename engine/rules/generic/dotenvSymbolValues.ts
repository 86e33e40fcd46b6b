// A dotenv line whose value holds characters that end an unquoted value in other syntaxes (`&`, `(`, `)`, `;`, `,`,
// `|`, `{`, `}`, `<`, or an `=` right after the separator): `PAPERLESS_SECRET_KEY=)@x&k*…` (Django's generated keys
// draw from `!@#$%^&*(-_=+)`), `DB_POSTGRESDB_PASSWORD==Kq…^X*z`, a compose file's `- SECRET_KEY=@k)…`. dotenv reads
// the rest of the line as the value; the shared keyed grammar cuts it at the first such character (rw-dev11, rw-dev12,
// rw-dev16).
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

/** dotenv files (`.env`, `.env.production`, `app.env`, compose's `env_file`) and compose files' `environment:` lists. */
const DOTENV_PATH = /(?:^|[\\/])(?:\.env(?:\.[\w-]{1,30})?|[\w.-]{1,60}\.env|(?:docker-)?compose(?:[.-][\w.-]{1,40})?\.ya?ml)$/i;

/** Characters the keyed grammar stops an unquoted value at (keyedSyntax.ts UNQUOTED_STOP, blanks and quotes aside). */
const CUT_CHARS = /[;,<&(){}|]/;

function validate(value: string, ctx: MatchContext): boolean {
  if (ctx.path !== undefined && !DOTENV_PATH.test(ctx.path)) return false;
  // Only what the generic rule cut short: a value it reads whole is its to judge.
  const cut = value.search(CUT_CHARS);
  if (!value.startsWith('=') && (cut < 0 || cut >= 8)) return false;
  const key = ctx.keyName;
  if (key === undefined) return false;
  const reading = readSecretName(key);
  if (reading === undefined) return false;
  return namedValueVerdict(value, key, reading, { config: true }) === undefined;
}

export const dotenvSymbolValueRule: Rule = {
  id: 'dotenv-symbol-value',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded secret on a dotenv line whose value holds symbols (a generated Django key, a password with & or parentheses)',
  keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'cred'],
  keywordWindow: { before: 100, after: 240 },
  pattern: /^[ \t]{0,12}(?:-[ \t]{1,4})?(?:export[ \t]{1,4})?(?<key>[A-Za-z_][A-Za-z0-9_]{0,80})=(?<secret>[^\s"'`\\]{8,200})[ \t]*\r?$/m,
  // Path-less text (`hush redact`, a paste) may be such a file too.
  appliesToPath: (path) => path === undefined || DOTENV_PATH.test(path),
  validate,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Change the secret where it is issued, then keep the file out of the repository (or reference a secret store).',
  examples: {
    positives: (g) => [
      `PAPERLESS_SECRET_KEY=${g.s(`)@${g.lower(4)}&${g.alnum(20)}*(${g.digits(4)}`)}\nPAPERLESS_TIME_ZONE=Europe/Vienna`,
      `DB_USER=n8n\nDB_PASSWORD=${g.s(`=${g.alnum(6)}^${g.upper(3)}*${g.lower(2)}`)}`,
      `    environment:\n      - SECRET_KEY=${g.s(`@${g.lower(3)})${g.alnum(30)}(${g.digits(2)}`)}`,
    ],
    negatives: (g) => [
      `SECRET_KEY=${g.alnum(30)}`,
      `DATABASE_URL=postgres://app@db/app?sslmode=require&connect_timeout=10`,
      `API_KEY_HEADER=X-Api-Key,Authorization`,
      `PASSWORD_RULES=min(12);upper(1)`,
      `TOKEN_TTL=3600`,
    ],
  },
};
