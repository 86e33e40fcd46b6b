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
  // Letters and digits, and no address, host, path, reference or template (`alerts@acme.io`, `${PW}`, `%PW%`).
  if (!/[A-Za-z]/.test(value) || !/\d/.test(value) || /^[$%{<([@&*-]/.test(value) || /[/\\]|\$\{|\{\{|%\w+%/.test(value)) return false;
  if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(value) || /^[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+$/.test(value)) return false;
  if (!isLiteralPassword(value)) return false;
  return passwordVerdict(value, 'password', { quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

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
];
