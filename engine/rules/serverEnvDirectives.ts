// Web-server directives that hand a variable to the application by name and value, without `=`: Apache mod_env's
// `SetEnv NAME value` (vhosts and .htaccess on shared hosting), nginx's `fastcgi_param NAME value;` and its uwsgi /
// scgi twins (PHP-FPM and Python apps read them as environment). Found while tuning on rw-dev12's web part: the
// database and SMTP passwords of PHP sites sit in vhosts this way. The name says whether the value is a password or
// a token, as for `export NAME=VALUE`.
import type { MatchContext, Rule } from '../types';
import { literalOfKind } from './cliRuleBuilder';
import { flagValueKind, PASSWORD_VARIABLES } from './commandLine';
import { humanPassword } from './humanPasswords';

function validate(secret: string, ctx: MatchContext): boolean {
  const key = ctx.keyName ?? '';
  const kind = PASSWORD_VARIABLES.has(key.toUpperCase()) ? 'password' : flagValueKind(key);
  if (!kind) return false;
  const before = ctx.text.charAt(ctx.start - 1);
  const after = ctx.text.charAt(ctx.end);
  // Quoted: the same quote closes it. Bare: a blank, `;` (nginx) or the line's end follows.
  if (before === '"' || before === "'") {
    if (after !== before) return false;
  } else if (after !== '' && !/[\s;]/.test(after)) return false;
  // nginx variables (`$document_root`), Apache's `%{ENV}` and `${VAR}` are references.
  if (/^[$%]/.test(secret)) return false;
  return literalOfKind(secret, kind);
}

export const serverEnvDirectiveRules: Rule[] = [
  {
    id: 'server-env-directive-secret',
    provider: 'Web server',
    family: 'generic',
    priority: 'generic',
    description: 'Password or token passed to an application by a web-server directive (Apache SetEnv NAME value, nginx fastcgi_param / uwsgi_param / scgi_param NAME value)',
    keywords: ['setenv', 'fastcgi_param', 'uwsgi_param', 'scgi_param'],
    keywordWindow: { before: 4, after: 300 },
    pattern: /(?<![\w-])(?:SetEnv|fastcgi_param|uwsgi_param|scgi_param)[ \t]{1,8}(?<key>[A-Za-z_][A-Za-z0-9_]{0,79})[ \t]{1,8}["']?(?<secret>[^\s"';]{1,128})/,
    skipPlaceholderCheck: true,
    validate,
    envName: 'PASSWORD',
    severity: 'error',
    docsUrl: 'https://httpd.apache.org/docs/current/mod/mod_env.html#setenv',
    revocationUrl: null,
    revocationNote: 'Change this password (or revoke the token) where it was issued; server configs are copied into backups and tickets. Read it from a file outside the web root or a secret store instead.',
    examples: {
      positives: (g) => [
        `<VirtualHost *:443>\n    SetEnv DB_PASS "${g.s(humanPassword(g).replace(/["\\]/g, '!'))}"\n</VirtualHost>`,
        `SetEnv SMTP_PASSWORD ${g.s(humanPassword(g).replace(/[\s"';$%]/g, '!'))}`,
        `location ~ \\.php$ {\n    fastcgi_param DB_PASSWORD "${g.s(humanPassword(g).replace(/["\\]/g, '!'))}";\n}`,
        `    fastcgi_param API_TOKEN ${g.s(g.alnum(32))};`,
        `uwsgi_param SECRET_KEY '${g.s(g.alnum(40))}';`,
      ],
      negatives: () => [
        'SetEnv APP_ENV production',
        'fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;',
        'fastcgi_param DB_PASSWORD $db_password;',
        'SetEnv DB_PASSWORD ${DB_PASSWORD}',
        'SetEnvIf Authorization "(.*)" HTTP_AUTHORIZATION=$1',
        'SetEnv SMTP_PASSWORD %{ENV:SMTP_PASSWORD}',
        'fastcgi_param HTTP_PROXY "";',
      ],
    },
  },
];
