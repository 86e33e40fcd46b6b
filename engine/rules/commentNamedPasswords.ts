// A literal assigned to a variable whose name says nothing (`initial = "…"`, `GRAFANA_INIT=…`, `CLE_ARCHIVE="…"`)
// right under a comment that says what it is (`# default password for new accounts`, `# mot de passe de chiffrement`):
// in scripts and code people name the value in the comment, not in the variable. The comment must be the line
// directly above, name a password, and not be about a policy, a hash or a form; the value must be a password.
import { lineStartNear } from '../detect/lineStartNear';
import { fileKind } from '../validators/fileKind';
import { isLiteralPassword } from '../validators/literalArgument';
import { readSecretName } from '../validators/secretName';
import { passwordVerdict } from '../validators/secretValue';
import type { MatchContext, Rule } from '../types';
import { GENERIC_SECRET_NOTE } from './revocationNotes';
import { madeUpPassword } from './humanPasswords';

/** A password's word in the languages scripts are commented in. */
const PASSWORD_WORD = /pass(?:word|wort|phrase|wd)\b|kennwort|mot de passe|contrase(?:ñ|n)a|senha|has[lł]o|wachtwoord|l[öo]senord|salasana|пароль/i;

/**
 * Comments about passwords that do not give one: rules, checks, hashes, forms, prompts, resets, examples, or a
 * pointer elsewhere (`# password comes from the vault`, `# never hardcode the password`).
 */
export const NOT_GIVEN =
  /hash|bcrypt|argon|crypt\(|salt|policy|polic[iy]|length|\bmin|\bmax|rule|strength|complex|regex|pattern|valid|check|verif|compare|match|field|label|input|form\b|prompt|placeholder|hint|reset|forgot|expir|rotat|example|sample|dummy|fake|mock|\btest|todo|fixme|never|don'?t|do not|must not|instead|env(?:ironment)?\b|variable|vault|secret manager|keychain|keyring|read from|comes from|loaded|fetch|ask|prompted|stdin|\bfile\b|user ?name|login name|email|\bhost|\burl|\bport/i;

/** Words of variable names for what sits beside a password (`DB_USER`, `SMTP_HOST`, `PASSWORD_SELECTOR`, `MIN_LENGTH`). */
const OTHER_WORDS = new Set(
  'user users username login name host hostname server url uri endpoint path dir file port mail email account id hash salt len length min max policy regex pattern label msg message prompt field selector input type timeout retries retry version count attempts expiry expires format rule hint strength prefix suffix chars algo algorithm cost rounds iterations mode level region bucket table schema database db admin keychain keystore truststore cert certificate profile alias identity ssid network wifi from sender recipient group role tenant org project'.split(
    ' ',
  ),
);

/** The words of a name: `GRAFANA_INIT` → grafana, init; `ftpZugang` → ftp, zugang. An admin's is product-admin-password's. */
const nameWords = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_\W]+/)
    .filter(Boolean);

function validate(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  // Code and scripts; config formats comment their keys, whose names the generic rules read.
  if (kind !== 'code' && kind !== 'unknown' && !(kind === 'config' && /\.(?:sh|bash|zsh|ksh)$/i.test(ctx.path ?? ''))) return false;
  const name = ctx.keyName ?? '';
  // The comment is the line above the assignment's (the pattern matched both).
  const lineStart = lineStartNear(ctx.text, ctx.start, ctx.start - 200);
  const above = ctx.text.slice(lineStartNear(ctx.text, lineStart - 1, lineStart - 200), Math.max(0, lineStart - 1));
  const comment = above.replace(/^[ \t]{0,40}(?:#|\/\/|--|;|'|REM[ \t])/, '');
  if (!PASSWORD_WORD.test(comment) || NOT_GIVEN.test(comment)) return false;
  // The name says what else the value is, or names a secret itself (the generic rules read those).
  if (nameWords(name).some((w) => OTHER_WORDS.has(w)) || readSecretName(name)) return false;
  if (/^[$%{<(@&*]/.test(value) || !isLiteralPassword(value)) return false;
  // An address, a file or host name, a path (`build.keychain`, `alerts@acme.io`, `certs/ci.p12`): what the password opens.
  if (/[@/:]/.test(value) || /^[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+$/.test(value)) return false;
  // A password's shape: two kinds of character at least (`Harbor028+`, `walrus_412`, `MapleFalcon`).
  if ([/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length < 2) return false;
  return passwordVerdict(value, 'password', { compoundWords: true, quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

export const commentNamedPasswordRules: Rule[] = [
  {
    // Found while tuning on rw-dev7 and rw-dev9's scripts (a Python default, a bash Grafana admin, a French backup script).
    id: 'comment-named-password',
    provider: 'Generic',
    family: 'generic',
    priority: 'generic',
    description: 'Password assigned to a plainly named variable right under a comment that says it is the password',
    keywords: ['password', 'passwort', 'passphrase', 'passwd', 'kennwort', 'mot de passe', 'contrase', 'senha', 'haslo', 'has\u0142o', 'wachtwoord', 'senord', 'salasana'],
    // The comment holds the keyword; the assignment is the next line.
    keywordWindow: { before: 200, after: 300 },
    pattern:
      /^[ \t]{0,40}(?:#|\/\/|--|;|'|REM[ \t])[ \t]{0,4}[^\n]{4,160}\r?\n[ \t]{0,40}(?:(?:export|const|let|var|my|local|final|Dim)[ \t]{1,4})?[$@]?(?<key>[A-Za-z_]\w{0,60})[ \t]{0,4}:?=[ \t]{0,4}(?<q>["']?)(?<secret>[^"'\s\\`;#/]{6,64})\k<q>[ \t]{0,4}(?:;[ \t]{0,4})?(?:(?:#|\/\/)[^\n]{0,200})?\r?$/m,
    validate,
    skipPlaceholderCheck: false,
    envName: 'PASSWORD',
    severity: 'warning',
    docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
    revocationUrl: null,
    revocationNote: GENERIC_SECRET_NOTE,
    examples: {
      positives: (g) => {
        const human = () => madeUpPassword(g, 3, ['!', '#', '+', '%']);
        return [
          `def main():\n    # default password for new accounts, forced change at first login\n    initial = "${g.s(`${g.pick(['walrus', 'tundra', 'mango'])}_${g.digits(3)}`)}"\n`,
          `SSH_PORT=2222\n# password for the local grafana, only reachable over VPN\nGRAFANA_INIT=${g.s(human())}\n`,
          `# mot de passe de chiffrement de l'archive :\nCLE_ARCHIVE="${g.s(`${g.pick(['lanterne', 'biscuit'])}+${g.pick(['harbor', 'granit'])}+${g.pick(['meadow', 'falcon'])}`)}"\n`,
          `// Passwort fuer den FTP-Upload\nconst ftpZugang = '${g.s(human())}';\n`,
        ];
      },
      negatives: (g) => [
        // What sits beside a password, a rule about it, a pointer elsewhere, a number.
        `# database password\nDB_USER="reporting_${g.digits(2)}"\n`,
        '# password policy\nMIN_LENGTH = 12\n',
        `# password is hashed with this salt\nSALT = "${g.alnum(16)}"\n`,
        '// password comes from the environment\nconst pw = process.env.DB_PASSWORD;\n',
        '# the password field selector\nSELECTOR = "input[type=password]"\n',
        `# never hardcode the password here\nvalue = "${g.alnum(12)}"\n`,
        '# password for the admin\nADMIN = "changeme"\n',
        // The keychain the password below opens; the sender of the mail whose password is set elsewhere.
        '# Signing. The CI keychain password is below (temporary!)\nKEYCHAIN=build.keychain\nKEYCHAIN_PASSWORD="$CI_KC_PW"\n',
        '# SMTP user and password\nSMTP_FROM=alerts@acme.example\n',
        '# wifi password is on the router\nCAFE = "lowercaseonly"\n',
        `# password for the admin (set below)\n\nADMIN_SECRET = "${g.alnum(12)}"\n`,
      ],
    },
  },
];
