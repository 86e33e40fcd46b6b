// `wp config list` (WP-CLI) prints wp-config.php's constants as a table: `DB_PASSWORD   <value>` in columns, or
// `| DB_PASSWORD | <value> | constant |` with borders. Pasted into setup notes and tickets, it shows the database
// password and the auth keys and salts in clear; the `define(…)` rule never sees them there (rw-dev9).
import { generatedWordPressKey } from './credentialFiles';
import { isPlaceholder } from '../validators/placeholder';
import { fileKind } from '../validators/fileKind';
import { passwordVerdict, tokenVerdict } from '../validators/secretValue';
import type { MatchContext, Rule } from '../types';
import { WORDPRESS_CONFIG_NOTE } from './revocationNotes';

function validate(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  // The listing's command is in the text (the rule's context keyword, asked again so the gate changes nothing).
  if (!/config list/i.test(ctx.text)) return false;
  if (ctx.keyName === 'DB_PASSWORD') return passwordVerdict(value, 'password', { strict: kind === 'test' }) === undefined;
  // Keys and salts: the salt generator's 64 characters (its symbols make `<…>` or `${…}` by chance, so the shared
  // placeholder check runs only on other values), or a key set by hand that reads as a token.
  return generatedWordPressKey(value) || (!isPlaceholder(value) && tokenVerdict(value, ctx.keyName ?? 'key', 'key') === undefined);
}

export const wordpressConfigListRules: Rule[] = [
  {
    id: 'wp-cli-config-list-secret',
    provider: 'WordPress',
    family: 'credential-file',
    priority: 'context',
    description: 'Database password or auth key/salt in `wp config list` output (WP-CLI), columns or a bordered table',
    keywords: ['db_password', 'auth_key', 'secure_auth', 'logged_in_key', 'nonce_key', 'auth_salt', 'logged_in_salt', 'nonce_salt'],
    contextKeywords: ['config list'],
    keywordWindow: { before: 8, after: 300 },
    // The name leads its line (or its table cell); the value runs to the line's end or the next border, the table's
    // `type` column left out.
    pattern:
      /(?:^|\n|\|[ \t]{0,4})(?<key>DB_PASSWORD|AUTH_KEY|SECURE_AUTH_KEY|LOGGED_IN_KEY|NONCE_KEY|AUTH_SALT|SECURE_AUTH_SALT|LOGGED_IN_SALT|NONCE_SALT)(?:[ \t]{2,40}|[ \t]{0,40}\|[ \t]{0,4})(?<secret>[^|\s]{1,128}(?: [^|\s]{1,64}){0,8})(?:[ \t]{1,40}\|[ \t]{0,4}(?:constant|variable)[ \t]{0,4}\||[ \t]{0,40}\||[ \t]{2,40}(?:constant|variable))?[ \t]*(?=\r?\n|$)/,
    skipPlaceholderCheck: true,
    validate,
    envName: 'WORDPRESS_DB_PASSWORD',
    severity: 'error',
    docsUrl: 'https://developer.wordpress.org/cli/commands/config/list/',
    revocationUrl: 'https://api.wordpress.org/secret-key/1.1/salt/',
    revocationNote: WORDPRESS_CONFIG_NOTE,
    examples: {
      positives: (g) => [
        `$ wp config list --fields=name,value --format=table\nDB_NAME           wp_staging\nDB_USER           wp\nDB_PASSWORD       ${g.s(`${g.pick(['walnut', 'harbor', 'copper'])}_${g.digits(4)}`)}\nDB_HOST           localhost\n`,
        `$ wp config list\n+------------------+--------------------+----------+\n| name             | value              | type     |\n+------------------+--------------------+----------+\n| DB_PASSWORD      | ${g.s(g.alnum(18))} | constant |\n| AUTH_KEY         | ${g.s(`${g.alnum(20)}#^${g.alnum(20)}(]${g.alnum(10)}*!${g.alnum(8)}`)} | constant |\n`,
      ],
      negatives: (g) => [
        `$ wp config list\nSECURE_AUTH_KEY   put your unique phrase here\nNONCE_SALT        put your unique phrase here\nDB_PASSWORD       \${WORDPRESS_DB_PASSWORD}\n`,
        `$ wp config list\n| DB_NAME     | wordpress | constant |\n| DB_USER     | wp_${g.lower(4)} | constant |\n`,
        `DB_PASSWORD       ${g.alnum(18)}\n`,
      ],
    },
  },
];
