// A password written into a comment of a config file or a script, right after its word (rw-dev11, rw-dev12):
// `# initial password was V - change it after setup`, `// eski şifre: V (değiştirildi mi?)`, `# bot account for the
// bridge: @bot:chat.example.org password V`. The prose rules read prose files only and the generic rules read keys,
// not comments; people still leave the old or the first password beside the setting that replaced it. The value
// follows the word (maybe after `:`, `=` or `is`/`was`), ends the comment or its clause, and has a password's shape
// (letters and digits, no dummy); comments about policies, hashes, examples or where the value lives stay quiet.
import { lineStartNear } from '../detect/lineStartNear';
import { fileKind } from '../validators/fileKind';
import { isLiteralPassword } from '../validators/literalArgument';
import { passwordVerdict } from '../validators/secretValue';
import type { MatchContext, Rule } from '../types';
import { NOT_GIVEN } from './commentNamedPasswords';
import { humanPassword } from './humanPasswords';
import { GENERIC_SECRET_NOTE } from './revocationNotes';

/** A password's word in the languages configs are commented in. */
const WORD = 'password|passwort|passphrase|passwd|kennwort|mot de passe|contrase(?:ñ|n)a|senha|has[lł]o|wachtwoord|l[öo]senord|salasana|[şs]ifre(?:si)?|пароль';

/**
 * A comment's opening: at the start of a line (`#`, `//`, `--`, `;`, `'`, `<!--`, `/*`, ` *`, `REM`), or after code
 * on the line (`//`, `<!--`, `/*`, or `#` and `--` after a blank).
 */
const OPENING = `(?:(?:^|\\n)[ \\t]{0,40}(?:#|//|--|;|'|<!--|/\\*|\\*|REM[ \\t])|//|<!--|/\\*|[ \\t](?:#|--)[ \\t])`;

/** Where the value ends: the comment's end, or the clause's (` - …`, ` (…`, `, `, `. `). */
const VALUE_END = `(?=["'\`]?(?:[ \\t]{0,40}(?:\\r?\\n|$|-->|\\*/)|[ \\t]{1,3}(?:-|–|—|\\(|//|#)|[.,;][ \\t]|[.,;]?\\r?(?:\\n|$)))`;

/** The words between the comment's opening and the password's word: no policy, hash, example or pointer elsewhere. */
function givesValue(before: string): boolean {
  if (/\b(?:e\.g\.|i\.e\.|z\.b\.|p\.ex\.)/i.test(before)) return false;
  // Hosts, addresses and user ids (`@gpt:chat.example.org`) name the account, not an example.
  return !NOT_GIVEN.test(before.replace(/[^\s.@:/]{0,80}[.@:/]\S{0,80}/g, ' '));
}

function validate(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  // Prose files have their own rules; tests, examples and bundles keep dummies and templates.
  if (kind !== 'code' && kind !== 'config' && kind !== 'unknown') return false;
  const lineStart = lineStartNear(ctx.text, ctx.start, ctx.start - 240);
  if (!givesValue(ctx.text.slice(lineStart, ctx.start))) return false;
  return passwordShaped(value, ctx);
}

/** A remark in brackets that says the value is not one (`(optional)`, `(hashed)`, `(e.g. …)`, `(string)`). */
const NOT_GIVEN_REMARK = /hash|crypt|salt|example|e\.g\.|sample|dummy|default|polic|\bmin|\bmax|length|optional|required|string|\benv|variable|vault|format|regex/i;

function validateDescribed(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind !== 'code' && kind !== 'config' && kind !== 'unknown') return false;
  const lineStart = lineStartNear(ctx.text, ctx.start, ctx.start - 300);
  const before = ctx.text.slice(lineStart, ctx.start);
  // The bracketed remark says where the password is typed (`(login prompt)`), so it is read on its own.
  const remarks = before.match(/\([^()\n]{0,80}\)/g) ?? [];
  if (remarks.some((r) => NOT_GIVEN_REMARK.test(r))) return false;
  if (!givesValue(before.replace(/\([^()\n]{0,80}\)/g, ' '))) return false;
  return passwordShaped(value, ctx);
}

function passwordShaped(value: string, ctx: MatchContext): boolean {
  // Letters and digits, and no address, host, path, reference or template (`alerts@acme.io`, `${PW}`, `%PW%`).
  if (!/[A-Za-z]/.test(value) || !/\d/.test(value) || /^[$%{<([@&*-]/.test(value) || /[/\\]|\$\{|\{\{|%\w+%/.test(value)) return false;
  if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(value) || /^[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+$/.test(value)) return false;
  if (!isLiteralPassword(value)) return false;
  return passwordVerdict(value, 'password', { quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

/**
 * The password's word (or a password file's name: `authd.pass`, `mgmt-pw.txt`), then what it is for before the colon:
 * a remark in brackets (`password (login prompt): V`), a clause (`pw for the 3PL stored in clear by the old script: V`,
 * `password for qbwc_sync (entered in the QBWC UI): V`, `authd.pass on the manager: V`) or `contains: V` (rw-dev15,
 * rw-dev24, rw-dev25).
 */
const DESCRIBED_WORD = `(?:${WORD}|pw|pwd|[\\w-]{1,30}(?:\\.pass|[-_]pw\\.txt))`;
const DESCRIPTION = `(?:\\([^\\n()]{1,80}\\)|(?:for|of|on|in|für|de|du)[ \\t][^\\n:=()]{1,60}?(?:[ \\t]\\([^\\n()]{1,80}\\))?|contains)`;

export const commentGivenPasswordRules: Rule[] = [
  {
    id: 'comment-given-password',
    provider: 'Generic',
    family: 'generic',
    priority: 'generic',
    description: 'Password given in a comment of a config file or script, right after its word (# initial password was …, // eski şifre: …)',
    keywords: ['password', 'passwort', 'passphrase', 'passwd', 'kennwort', 'mot de passe', 'contrase', 'senha', 'haslo', 'has\u0142o', 'wachtwoord', 'senord', 'salasana', 'ifre', 'ароль'],
    keywordWindow: { before: 140, after: 80 },
    pattern: new RegExp(
      `${OPENING}[^\\n]{0,120}?(?<![\\p{L}\\p{N}_])(?:${WORD})(?![\\p{L}_])(?:[ \\t]{0,2}[:=][ \\t]{0,2}|[ \\t]{1,2}(?:(?:is|was|ist|war|est|era|es)[ \\t]{1,2})?)["'\`]?(?<secret>[^\\s"'\`<>]{5,39}[^\\s"'\`<>.,;:()])${VALUE_END}`,
      'iu',
    ),
    validate,
    envName: 'PASSWORD',
    severity: 'warning',
    docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
    revocationUrl: null,
    revocationNote: GENERIC_SECRET_NOTE,
    examples: {
      positives: (g) => [
        `  adguard:\n    image: adguard/adguardhome\n    # initial password was ${g.s(`${g.pick(['walrus', 'harbor', 'pepper'])}${g.digits(3)}`)} - change it after setup\n`,
        `define('DB_PASSWORD', '${g.alnum(12)}'); // eski şifre: ${g.s(humanPassword(g))} (değiştirildi mi? emin değilim)\n`,
        `logging:\n  version: 1\n# bot account for the LLM bridge: @gpt:chat.example.org password ${g.s(`${g.pick(['Harbor', 'Falcon', 'Maple'])}@${g.digits(4)}`)}\n`,
        `<!-- Admin password: ${g.s(humanPassword(g))} -->\n`,
      ],
      negatives: (g) => [
        '# password must be at least 12 characters long\n',
        '// password is hashed with bcrypt (cost 12) before it is stored\n',
        `# e.g. password: ${humanPassword(g)}\n`,
        '# password: ${DB_PASSWORD}\n',
        '// TODO: read the password from the environment (DB_PASSWORD)\n',
        '# the password for user1 lives in vault\n',
        `# password for ${g.lower(6)}.example.org\n`,
        '// password = sha256(salt + pw)\n',
        '# default password: admin123\n',
        `A paragraph of prose: the initial password was ${humanPassword(g)} - change it.\n`,
        `# password is stored in /etc/app/secret${g.digits(2)}.txt\n`,
      ],
    },
  },
  {
    id: 'comment-described-password',
    provider: 'Generic',
    family: 'generic',
    priority: 'generic',
    description: 'Password given in a comment of a config file or script after what it is for (# client password (login prompt): …, ; pw for the 3PL: …)',
    keywords: [
      'password',
      'passwort',
      'passphrase',
      'passwd',
      'kennwort',
      'mot de passe',
      'contrase',
      'senha',
      'haslo',
      'has\u0142o',
      'wachtwoord',
      'senord',
      'salasana',
      'ifre',
      'ароль',
      'pw ',
      'pwd ',
      '.pass ',
      'pw.txt',
    ],
    keywordWindow: { before: 140, after: 200 },
    pattern: new RegExp(
      `${OPENING}[^\\n]{0,80}?(?<![\\p{L}\\p{N}_])${DESCRIBED_WORD}(?![\\p{L}_])[ \\t]{1,2}${DESCRIPTION}[ \\t]{0,2}:[ \\t]{1,2}["'\`]?(?<secret>[^\\s"'\`<>]{5,39}[^\\s"'\`<>.,;:()])${VALUE_END}`,
      'iu',
    ),
    validate: validateDescribed,
    envName: 'PASSWORD',
    severity: 'warning',
    docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
    revocationUrl: null,
    revocationNote: GENERIC_SECRET_NOTE,
    examples: {
      positives: (g) => [
        `gate_io_api_key: ${g.alnum(12)}\n# hummingbot client password (login prompt): ${g.s(humanPassword(g))}\n`,
        `</QBWCXML>\n<!-- Web Connector password for qbwc_sync (entered in the QBWC UI, also in appsettings): ${g.s(humanPassword(g))} -->\n`,
        `UserName=kohlmann_asn\n; pw for the 3PL stored in clear by the old script: ${g.s(`${g.alnum(13)}${g.digits(3)}`)}\nFSProtocol=5\n`,
        `management 127.0.0.1 7505 /etc/openvpn/server/mgmt-pw.txt\n# mgmt-pw.txt contains: ${g.s(`${g.alnum(10)}${g.digits(2)}`)}\n`,
        `</ossec_config>\n<!-- etc/authd.pass on the manager: ${g.s(`${g.digits(2)}${g.alnum(10)}`)} -->\n`,
      ],
      negatives: (g) => [
        '# password for the admin user: see the vault\n',
        `# password (hashed with bcrypt): $2b$12$${g.alnum(20)}\n`,
        `// password (optional): ${g.lower(6)}${g.digits(2)}\n`,
        `# password for the demo account (e.g. in the README): ${humanPassword(g)}\n`,
        ` * @param password (string): the user's password\n`,
        '# password for the keystore: ${KEYSTORE_PASSWORD}\n',
        `# password of the test user: ${humanPassword(g)}\n`,
        `// pw for ${g.lower(6)}.example.org: stored in /etc/app/secret.txt\n`,
        `# password policy (min length 12): ${humanPassword(g)}\n`,
        `A paragraph of prose: the password for the router (admin page): ${humanPassword(g)}.\n`,
      ],
    },
  },
];
