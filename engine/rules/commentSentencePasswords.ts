// A password given in a sentence of a comment in a code or config file (`# with password X (set in Task Scheduler)`,
// `; pw for the 3PL stored in clear by the old script: X`, `# hummingbot client password (login prompt): X`). Admins
// leave notes in the comments of the scripts and INI files they keep, in the words they use in tickets; the
// prose rules read those sentences in prose files only (chatPath), and the keyed rules want a key and a separator.
// This is prose-sentence-password's reading (pattern and validator) on the comment lines of code and config files.
import { fileKind, isShellHistory } from '../validators/fileKind';
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { chatPath } from './proseFollowup';
import { prosePathApplies } from './prose';
import { proseSentenceRules, sentenceGivesPassword, WORDS } from './proseSentence';

const sentenceRule = proseSentenceRules.find((r) => r.id === 'prose-sentence-password')!;

/**
 * The sentence rule's pattern, told right after the password word that its line is a comment (the markers of
 * prose.ts's COMMENT_LINE): a password word in code (`password: string`) stops there, before the costly part.
 */
const COMMENT_LOOKBEHIND = '(?<=^[ \\t]{0,40}(?:\\/\\/|#|\\*|\\/\\*|--|;|<!--|rem[ \\t])[^\\n]{0,150})';
const PATTERN = new RegExp(sentenceRule.pattern.source.replace(`(?:${WORDS})`, `(?:${WORDS})${COMMENT_LOOKBEHIND}`), 'imu');
if (PATTERN.source === sentenceRule.pattern.source) throw new Error('prose-sentence-password pattern changed: its password words are not found');

/**
 * Comment markers of scripts, INI, SQL and XML files. Without a path a line's `*` or `-` may be a Markdown bullet,
 * so only these count (prose-sentence-password reads everything else there).
 */
const COMMENT_START = /^[ \t]{0,40}(?:#|\/\/|;|--|<!--|REM[ \t]|::)/i;

/** Code and config files (whose comments are prose to the prose rules) that the prose-sentence rule leaves out. */
function codeOrConfigPath(path: string | undefined): boolean {
  if (path === undefined) return true;
  if (!prosePathApplies(path) || isShellHistory(path) || chatPath(path, true)) return false;
  const kind = fileKind(path);
  return kind === 'code' || kind === 'config';
}

/**
 * A password's own word within reach before the value. The sentence rule's credential words (`credentials`, `login`)
 * are left out: API docs in code comments use them for identifiers (`credentials (such as the RoleArn)`).
 */
const PASSWORD_WORD = /pass(?:word|wort|phrase|wd)|(?<![\w-])(?:pw|pwd)(?![\w-])|kennwort|mot de passe|contrase(?:ñ|n)a|senha|has[lł]o|wachtwoord|l[öo]senord|salasana|passord|пароль/i;

/** The last word before the value, naming what the value is when it is not the password. */
const OTHER_THING_BEFORE = /(?:uuid|guid|\bids?|hash|digest|salt|fingerprint|name|file|path|format|length|policy|hint|user(?:name)?)["'`)\]]{0,2}[ \t]{0,3}[:=(]?[ \t]{0,3}["'`(]{0,2}$/i;

/** Names of formats and algorithms, which carry a digit or `#`: PKCS#12, X509, SHA256, AES-256, UTF-8. */
const FORMAT_NAME = /^(?:PKCS|X|SHA|AES|RSA|MD|DES|RC|UTF|ISO|RFC|TLS|SSL|HS|RS|ES|PS|PBKDF|ARGON)[#-]?\d{1,5}[,.;:]?$/i;

function validate(value: string, ctx: MatchContext): boolean {
  if (!codeOrConfigPath(ctx.path)) return false;
  // A comment's words are letters: a value with no digit or symbol is an identifier named there (`MasterUserPassword`).
  if (!/[0-9!@#$%^&*+=?~]/.test(value)) return false;
  // The line before the value (the pattern stays on one line), bounded like lineAround.
  let lineStart = ctx.start;
  const limit = Math.max(0, ctx.start - 400);
  while (lineStart > limit && ctx.text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  const before = ctx.text.slice(lineStart, ctx.start);
  if (!PASSWORD_WORD.test(before.slice(-140))) return false;
  // The word before the value names another thing (`application password uuid: <uuid>`, `password hash: …`).
  if (OTHER_THING_BEFORE.test(before)) return false;
  // A format or algorithm's name (`the private keys in the PKCS#12 file`, `AES256`).
  if (FORMAT_NAME.test(value)) return false;
  if (ctx.path === undefined && !COMMENT_START.test(before)) return false;
  return sentenceGivesPassword(value, ctx);
}

export const commentSentencePasswordRules: Rule[] = [
  {
    ...sentenceRule,
    // Found while tuning on rw-dev13..24 (PowerShell, INI, YAML and SAP logon files; tune25 lane D).
    // Without a path it meets the prose rules on comment lines: an exact tie goes to the smaller id (scan.ts
    // resolveOverlaps), so the name sorts after prose-labelled-password's and before prose-sentence-password's.
    id: 'prose-sentence-comment-password',
    appliesToPath: codeOrConfigPath,
    pattern: PATTERN,
    // The window reaches back to the comment's line start for the look-behind.
    keywordWindow: { before: 200, after: sentenceRule.keywordWindow!.after },
    // The password's own words (validate asks for one before the value).
    keywords: [
      'password',
      'passwort',
      'passphrase',
      'passwd',
      'pwd',
      'pw ',
      'pw:',
      'kennwort',
      'mot de passe',
      'contrase',
      'senha',
      'haslo',
      'has\u0142o',
      'wachtwoord',
      'senord',
      'salasana',
      'passord',
      '\u043f\u0430\u0440\u043e\u043b\u044c',
    ],
    description: 'Password given in a sentence of a comment in a code or config file (# with password X (set in Task Scheduler))',
    validate,
    examples: {
      positives: (g) => {
        const chosen = () => `${g.pick(['Harbor', 'Falcon', 'Maple', 'Granit'])}${g.digits(3)}${g.pick(['!', '#', '%', '*'])}`;
        return [
          `# Run as: .\\Import-Items.ps1 ; the scheduled task uses the account CORP\\svc-import\n# with password ${g.s(chosen())} (set in Task Scheduler, "Run whether user is logged on or not")\n`,
          `UserName=asn_upload\n; pw for the 3PL stored in clear by the old script: ${g.s(g.alnum(12) + g.digits(4))}\n`,
          `[Configuration]\nItem3=MKOWALSKI\n; someone's notes: QAS pw ${g.s(chosen())}, the DEV one is in KeePass\n`,
          `-- the linked server login was created with password ${g.s(chosen())} by the vendor\nSELECT 1;\n`,
        ];
      },
      negatives: (g) => [
        // Rules, pointers and references in comments say nothing of the value.
        '# password must be at least 12 characters (see policy)\n',
        '// the password is read from $DB_PASSWORD at startup\n',
        `# password hash (bcrypt, cost 12): ${'$'}2b$12$${g.alnum(53)}\n`,
        '# password: see vault entry ops/db\n',
        '; the password expires after 90 days\n',
        `# application password uuid: ${g.uuid()}\n`,
        '  # password protects the A006/X002/E002 private keys in the PKCS#12 file\n',
        // Not a comment: code and settings are the keyed rules' work.
        'password = getPassword(config)\n',
        `echo "with password ${humanPassword(g)} (set in Task Scheduler)"\n`,
        `* with password ${humanPassword(g)} (a Markdown bullet, no path)\n`,
      ],
    },
  },
];
