// Generic detection: a value assigned to a name that says "secret", in any common syntax. Precision comes
// from the shared placeholder filter plus the checks below.
import type { MatchContext, Rule } from '../types';

/** Case-insensitive letters without the `i` flag, so the lookahead below can still tell case apart. */
const ci = (word: string) => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

// The name must end the word: `secretKey` and `secret_key` count, `secretlint` and `tokenizer` do not.
const SECRET_NAME = `(?:${['password', 'passwd', 'passphrase', 'pwd', 'secret', 'token', 'api[_-]?key', 'apikey', 'access[_-]?key', 'auth[_-]?key', 'client[_-]?secret', 'private[_-]?key', 'credentials?'].map(ci).join('|')})(?![a-z])`;

/** Files whose syntax allows unquoted values (so `key = value` is a literal there, not code). */
const UNQUOTED_OK = /(?:^|[\\/])(?:\.env[^\\/]*|[^\\/]*\.(?:env|ya?ml|properties|ini|cfg|conf|toml|sh|bash|zsh|txt|md|tf|tfvars|hcl|xml|npmrc|pypirc|netrc)|Dockerfile[^\\/]*|\.npmrc|\.pypirc|\.netrc)$/i;

function looksLikeCode(value: string): boolean {
  return /[()[\]{}<>]|^(?:this|self|req|res|env|config|process|os|new|await|function|lambda)\b|\.\w+\.|^[A-Za-z_]+\.[A-Za-z_]+$/.test(value);
}

function hasVariety(value: string): boolean {
  let classes = 0;
  if (/[a-z]/.test(value)) classes++;
  if (/[A-Z]/.test(value)) classes++;
  if (/[0-9]/.test(value)) classes++;
  if (/[^A-Za-z0-9]/.test(value)) classes++;
  return classes >= 2;
}

/** A name in quotes must be a quoted key (`"api_key": …`), not the start of a quoted value (`"token:abc"`). */
function keyIsWellQuoted(ctx: MatchContext): boolean {
  if (!ctx.keyName) return true;
  const at = ctx.text.lastIndexOf(ctx.keyName, ctx.start);
  if (at < 0) return true;
  const open = ctx.text.charAt(at - 1);
  if (open !== '"' && open !== "'") return true;
  return ctx.text.charAt(at + ctx.keyName.length) === open;
}

function validateGeneric(value: string, ctx: MatchContext): boolean {
  if (!keyIsWellQuoted(ctx)) return false;
  if (/^[\w.-]*\/[\w./-]*$/.test(value) || /\.(?:js|ts|json|py|rb|go|java|html|css|md|txt|ya?ml|sh)$/.test(value)) return false;
  const before = ctx.text.charAt(ctx.start - 1);
  const quoted = before === '"' || before === "'" || before === '`';
  if (!quoted && ctx.path && !UNQUOTED_OK.test(ctx.path)) return false;
  if (looksLikeCode(value)) return false;
  if (!hasVariety(value)) return false;
  // Identifier-shaped values (camelCase / snake_case words) are names, not secrets.
  if (/^[a-z]+(?:[A-Z_][a-z]+)+$/.test(value) || /^[A-Z]+(?:_[A-Z]+)+$/.test(value)) return false;
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return false;
  return true;
}

export const genericRules: Rule[] = [
  {
    id: 'generic-secret-assignment',
    provider: 'Generic',
    family: 'generic',
    description: 'Hard-coded secret assigned to a secret-like name',
    keywords: ['password', 'passwd', 'passphrase', 'pwd', 'secret', 'token', 'api_key', 'api-key', 'apikey', 'access_key', 'access-key', 'accesskey', 'auth_key', 'authkey', 'private_key', 'privatekey', 'credential'],
    // The key (≤ 30 characters before the name) and the value (≤ 200) sit close to the name: run only there.
    keywordWindow: { before: 64, after: 320 },
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?<key>[A-Za-z0-9_-]{0,30}${SECRET_NAME}[A-Za-z0-9_-]{0,20})["'\]]?\s{0,4}(?:=|:=|:|=>|\s)\s{0,4}[@rbuf]{0,2}["'\x60]?(?<secret>[^\s"'\x60;,\\]{8,200})(?=["'\x60\s;,]|$)`,
      'm',
    ),
    minEntropy: 2.8,
    validate: validateGeneric,
    envName: 'SECRET',
    severity: 'warning',
    docsUrl: 'https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/',
    revocationUrl: null,
    revocationNote: 'A generic secret: change it wherever it is issued (the service, account or database it belongs to).',
    examples: {
      positives: (g) => [
        `const dbPassword = "${g.s(`${g.alnum(10)}#${g.digits(3)}`)}";`,
        `client_secret: ${g.s(g.alnum(32))}`,
        `SECRET_KEY='${g.s(g.alnum(40))}'`,
        `mytool --password=${g.s(`${g.alnum(12)}!`)}`,
        `<add key="ApiKey" value="${g.s(g.alnum(32))}" />`.replace('key="ApiKey" value=', 'apiKey='),
      ],
      negatives: () => [
        'password = "changeme"',
        'const password = process.env.DB_PASSWORD;',
        'api_key: ${API_KEY}',
        'token = "{{ vault_token }}"',
        "password = '%(password)s'",
        'const tokenizer = new Tokenizer();',
        'password_field = "passwordInput"',
        'secret: <your-secret-here>',
        'const secretName = "DATABASE_PASSWORD";',
      ],
    },
  },
];
