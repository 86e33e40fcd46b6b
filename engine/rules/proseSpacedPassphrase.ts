// A passphrase of three to six plain words with spaces, given where a one-word value would stand: a whole chat message
// or table cell (`<td>`, `<p>`), after a colon, a slash, a dash or an opening quote, or after `is` / `è` / `es` — with a
// passphrase, password, Wi-Fi or encryption word in its clause or the lines just above, or a remark beside it that it
// is a phrase with spaces (`con espacios`, `c'est la passphrase`). prose-spoken-passphrase reads the words right after
// their label; this rule reads the words where no label stands beside them. Every word must be plain (no grammar, no
// participle, plural or adverb, no word of a sentence: proseQuotedPassphrase) and none may be a context word itself.
import { lineEndNear, lineStartNear } from '../detect/lineStartNear';
import type { MatchContext, Rule } from '../types';
import { base, foldedKeywords, lineAround, proseApplies } from './prose';
import { chatPath, NOT_A_VALUE_LINE } from './proseFollowup';
import { SENTENCE_PASSWORD_KEYWORDS } from './proseSentence';
import { isHeaderRowAt, markdownCellKind } from './proseTables';
import { PASSWORD_MANAGER_ENTRY, plainPassphraseWords, words } from './proseQuotedPassphrase';
import { humanPassword } from './humanPasswords';

/** Words that make a run of plain words a passphrase: its kind, what it unlocks, or a remark on its spaces. */
const CONTEXT_WORDS = [
  'passphrase',
  'pass phrase',
  'phrase secrète',
  'wachtzin',
  'password',
  'passwort',
  'kennwort',
  'mot de passe',
  'contraseña',
  'senha',
  'wachtwoord',
  'hasło',
  'şifre',
  'пароль',
  'كلمة المرور',
  'كلمة السر',
  'wifi',
  'wi-fi',
  'wlan',
  'wpa2',
  'psk',
  'encryption',
  'chiffrement',
  'verschlüsselung',
  'cifrado',
  'cifratura',
  'criptografia',
  'with spaces',
  'spaces included',
  'con espacios',
  'avec les espaces',
  'avec des espaces',
  'mit leerzeichen',
  'met spaties',
  'com espaços',
  'con gli spazi',
  'con spazi',
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]');
const CONTEXT = new RegExp(`(?<![\\p{L}])(?:${CONTEXT_WORDS.map(escape).join('|')})(?![\\p{L}])|\\bfrase\\b|\\bclé\\b|\\bchiave\\b|\\bclave\\b|schlüssel`, 'iu');
/** A credential word later on the words' own line with a value after it (`…, login x e senha Y`): the value is that one. */
const NAMED_LATER = new RegExp(
  `(?<![\\p{L}])(?:${CONTEXT_WORDS.filter((w) => !/spaces|espacios|espaces|leerzeichen|spaties|espaços|spazi/.test(w))
    .map(escape)
    .join('|')})(?![\\p{L}])[ \\t]{0,2}(?:[:=：][ \\t]{0,2}|[ \\t])[^\\s,.;]`,
  'iu',
);

/**
 * What may stand right before the words: a chat head's or label's colon, a slash, a dash or a copula (then blanks), or,
 * right against them, an opening quote, emphasis opened after a blank, a cell. Not a code span: `systemctl start x`.
 */
const OPENER =
  /(?:(?:[:：/—–-]|(?:^|[ \t])(?:is|ist|est|es|è|é|era|jest|passphrase)|[,;][ \t]{1,2}(?:password|passwort|kennwort|wachtwoord|senha|contraseña|mot[ \t]de[ \t]passe))[ \t]{1,3}|(?:^|[ \t])(?:[«"“„'*][ \t]?|\*\*)|[ \t]\/[ \t]{1,3}`|<td>|<p>|&gt;)$/iu;
/** Words that say what a password looks like or name an account's parts, and the little words of chats written in Hindi in Latin letters. */
const NOT_PASSPHRASE_WORDS = new Set(
  (
    'letter letters capital capitals lowercase uppercase case first last space spaces digit digits number numbers symbol symbols character ' +
    'token user username root admin login account server host database port email mail key keys ' +
    'nahi nahin hai hain raha rahi rahe kya kar karo mein bhi toh wala wali abhi chal gaya gayi diya ' +
    // Little words of the Romance languages and German the grammar list leaves out (`es cambiada mensualmente sin aviso`).
    'sin con sans senza sem muy molto tres très tutto todo toda tous pero mais aber sehr nur'
  ).split(' '),
);
/** A password word after a comma, or a login pair's slash before a code span: the words are given in a list of credentials. */
const LISTED = /(?:[,;][ \t]{1,2}(?:password|passwort|kennwort|wachtwoord|senha|contraseña|mot[ \t]de[ \t]passe)[ \t]{1,3}|`[ \t]\/[ \t]{1,3}`)$/iu;
/** A list item's, quote's or definition's marker alone before the words: the words are the line. */
const LINE_START = /^[ \t]{0,12}(?:[-*•>][ \t]{1,3}|[0-9]{1,2}[.)][ \t]{1,3})?$/;
/** A past participle of a Romance language or German (`cambiada`, `changée`, `geändert`). */
const PARTICIPLE = /^(?:\p{L}{3,}(?:at[aoie]|ut[aoie]|it[aoie]|ad[ao]s?|id[ao]s?|ée?s?)|ge\p{L}{2,}(?:t|en))$/u;
/** An example or a policy's words around it (`like`, `such as`, `xkcd`); not a documentation domain (`uni-example.ac.uk`). */
const EXAMPLE_AROUND = /\b(?:like|such as|for instance|e\.g\.|sample|xkcd|diceware)\b|(?<![\w.@-])example(?![\w-]|\.[a-z])/i;

/**
 * Three to six words with spaces: small letters throughout, or a capital first letter and then digits or a symbol at the
 * end (`Cortex photon helix#`, `neuron helix cortex55`: how a passphrase is made to pass a password policy).
 */
const SPACED_WORDS = '[A-Za-z][a-z]{2,11}(?: [a-z]{3,12}){2,5}(?:[0-9]{1,4}[!#$%&*@]{0,2}|[!#$%&*@]{1,2})|[a-z]{3,12}(?: [a-z]{3,12}){2,5}';

/**
 * The words of a passphrase without its policy's dressing (a capital first, digits or a symbol last); undefined when not
 * words. In a slot that holds a password (a Password cell, `…, password X`, a login pair) a plural or a noun ending like an
 * abstract noun (`records`, `station`, `reception`) may be one of them; a verb's or adverb's ending still makes the words a remark.
 */
export function passphraseWords(value: string, slot = false): string[] | undefined {
  const core = value.replace(/[0-9]{0,4}[!#$%&*@]{0,2}$/, '');
  // A capital only with the dressing at the end: `Open the lid now` is a sentence.
  if (core !== value.toLowerCase() && core === value) return undefined;
  const words = (core.charAt(0).toLowerCase() + core.slice(1)).split(' ');
  const plain = slot ? words.every((w) => plainPassphraseWords([w.replace(/(?:tion|sion|ment|ness|s)$/, '')])) : plainPassphraseWords(words);
  if (words.length < 3 || !plain || words.some((w) => CONTEXT.test(w) || NOT_PASSPHRASE_WORDS.has(w))) return undefined;
  return words;
}

function validateSpacedPassphrase(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const prefix = line.slice(0, ctx.start - lineStart);
  const listed = LISTED.test(prefix);
  const words = passphraseWords(value, listed);
  if (words === undefined || new Set(words).size !== words.length) return false;
  // An entry's title in a password manager (`see 1Password "prod basic auth"`): where the password is.
  if (PASSWORD_MANAGER_ENTRY.test(ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start))) return false;
  // Given in a list of credentials (`…, password X`) or as a login pair (`\`user\` / \`X\``), only the value's own clause
  // says what the line is about: a name (`whitfieldlab`) or a remark after it (`(expires 30 days)`) says nothing.
  if (NOT_A_VALUE_LINE.test(listed ? prefix.slice(Math.max(prefix.lastIndexOf(', '), prefix.lastIndexOf(' / '))) : line) || EXAMPLE_AROUND.test(line)) return false;
  // After a Romance or German copula, a participle or an adverb makes the words a sentence (`es cambiada mensualmente`).
  if (/[ \t](?:è|é|es|est|ist|era|war|fue|foi)[ \t]{1,3}$/i.test(prefix) && words.some((w) => PARTICIPLE.test(w) || /mente$/.test(w))) return false;
  // A shell prompt's command line (`$ X="…" npm run migrate`): a command's words.
  if (/^[ \t]{0,8}[$#>][ \t]/.test(prefix) && /[$#][ \t]/.test(prefix.slice(0, 12))) return false;
  const opener = OPENER.test(prefix);
  const alone = LINE_START.test(prefix);
  if (!opener && !alone) return false;
  // The remark after it (`, con espacios.`, next line `c'est la passphrase`), at most one line down.
  const lineEnd = lineEndNear(ctx.text, ctx.end, ctx.end + 200);
  const nextEnd = lineEndNear(ctx.text, lineEnd + 1, lineEnd + 121);
  const after = ctx.text.slice(ctx.end, Math.min(ctx.end + 120, nextEnd));
  if (NAMED_LATER.test(ctx.text.slice(ctx.end, lineEnd))) return false;
  // The clause before it on its line, and the two lines above.
  const aboveStart = lineStart > 0 ? lineStartNear(ctx.text, Math.max(0, lineStart - 1), lineStart - 300) : lineStart;
  const twoUp = aboveStart > 0 ? lineStartNear(ctx.text, aboveStart - 1, aboveStart - 300) : aboveStart;
  const above = ctx.text.slice(twoUp, lineStart);
  if (EXAMPLE_AROUND.test(above) || NOT_A_VALUE_LINE.test(above)) return false;
  // A login pair in code spans (`\`muse_vendor\` / \`X\``) after a login word: the words are the login's password.
  const pair = /(?:^|[^\p{L}])(?:login|logon|account|credentials|creds|user|benutzer|usuario|utilisateur|utente|gebruiker|zugang)(?![\p{L}])[^\n]{0,60}`[^`\n]{1,40}`[ \t]\/[ \t]{1,3}`$/iu.test(prefix);
  const ownLine = pair || CONTEXT.test(prefix) || CONTEXT.test(after);
  if (!ownLine && !CONTEXT.test(above)) return false;
  // Named only by a line above that gives its own value (`- M365: …, hasło tymczasowe: X` over `- Portal kadrowy
  // (Personio): link aktywacyjny przyjdzie osobno`), on a line with its own label: the words are that label's remark.
  if (!ownLine && NAMED_LATER.test(above) && /\p{L}[^\n]{0,60}[:：][ \t]{0,3}$/u.test(prefix)) return false;
  // Alone on its line, the line above must introduce it (`…passphrase (Veeam):`, a question) or a remark must follow.
  if (alone && !opener) return /[:：?？][ \t*_`]*\r?\n[ \t\r\n]*$/.test(ctx.text.slice(twoUp, ctx.start)) || CONTEXT.test(after);
  return true;
}

export const proseSpacedPassphraseRules: Rule[] = [
  {
    ...base,
    id: 'prose-words-passphrase',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Passphrase of three to six plain words with spaces as a whole message, cell or value after a colon, slash or dash, named by a passphrase, password or Wi-Fi word around it',
    keywords: [
      ...new Set([...CONTEXT_WORDS.filter((w) => /^[\x20-\x7e]+$/.test(w)), 'frase', 'chiave', 'clave', ...foldedKeywords([...CONTEXT_WORDS.filter((w) => !/^[\x20-\x7e]+$/.test(w)), 'clé', 'schlüssel'])]),
    ],
    keywordWindow: { before: 400, after: 400 },
    // Not from a password word of its own clause (`, password X Y Z`: the words start after it).
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}'’.@/_-])(?!(?:password|passwort|kennwort|wachtwoord|senha|passphrase)[ \\t])(?<secret>${SPACED_WORDS})(?=["”»'\`_*]{0,2}(?:<\\/(?:td|p)>|&lt;\\/p&gt;|[ \\t]{0,3}(?:$|\\r?\\n|[,;(]|[.!?](?:[ \\t]|$|\\r?\\n)|[—–-][ \\t])|[ \\t]{1,3}\\|))`,
      'u',
    ),
    validate: validateSpacedPassphrase,
    examples: {
      positives: (g) => [
        `- laptop disk encryption — ${g.s(words(g, 5))}\n`,
        `Carmen Vidal: ${g.s(words(g, 4))}, con espacios.\n`,
        `5) Backup encryption passphrase (Veeam):\n   ${g.s(words(g, 3))}\n`,
        `bon : ${g.s(words(g, 4))}\nc'est la passphrase, pas le mot de passe du compte\n`,
        `<tr><th>SSID</th><th>Passphrase</th></tr>\n<tr><td>Corp-Guest</td><td>${g.s(words(g, 5))}</td></tr>\n`,
        `La clave del cifrado de las copias es la frase «${g.s(words(g, 4))}».\n`,
        // After a login in a list of credentials, in a code span after a slash, dressed with digits or a symbol (rw-dev16, 17, 19).
        `3. The lab NAS is mapped with the shared lab account: user "labshare", password ${g.s(words(g, 5))}\n`,
        `The vendor's VPN password is in the vault. Their\nengineer's login for our test Mirth is \`muse_vendor\` / \`${g.s(words(g, 4))}\` (expires 30 days).\n`,
        `| 6 | Command centre Wi-Fi \`GOLIVE-CC\`: ${g.s(`${words(g, 3)}${g.digits(2)}`)} | Network | ☐ |\n`,
        `اسم المستخدم: FO_AHMED\nكلمة المرور: ${g.s(words(g, 4))}\n`,
      ],
      negatives: (g) => [
        '- laptop disk encryption — see the vault\n',
        'Wifi: free for guests in the lobby\n',
        `Passphrase ideas: like ${words(g, 4)}, four random words\n`,
        'The password policy: uppercase lowercase digits symbols\n',
        '## Wifi\n\nThe office network covers both floors.\n',
        `Password reset: ${words(g, 3)} are the steps\n`,
        `- wifi setup — ${'router'} ${'placement'} ${'channel'} ${'width'} matter most\n`,
        // A command in a code span under a step naming the new password.
        'StoragePass ist jetzt das neue Kennwort aus Schritt 3.\n5. `systemctl start slurmdbd`, dann `sacctmgr show cluster`.\n',
        // A remark on the password's form.
        '[18:33] Diego: wifi is the same\n[18:33] Diego: capital first letter\n',
        'La contraseña es cambiada mensualmente sin aviso.\n',
        // The clause before a password given later on its line (rw-dev20).
        `[08/05/26 06:58] Fernanda: tenta acessar pelo portal, login operacao e senha ${g.pick(['Sol', 'Mar'])}${g.digits(4)}!\n`,
        // A capital first without a digit or symbol at the end: a sentence's words.
        'Wifi: Guest network lobby only\n',
        'Log in as admin, password stays blank until setup\n',
        'user "lab", password rotated every quarter\n',
        '| PROD_BASIC_AUTH | see 1Password "prod basic auth" |\n',
        'Fermare il servizio: `systemctl stop gestionale`.\n',
        // The line above gives its own password; this line's label gets a remark (rw-dev23).
        `- Konto Microsoft 365: anna@firma.example, hasło tymczasowe: ${humanPassword(g)}\n- Portal kadrowy (Personio): link aktywacyjny przyjdzie osobno\n`,
      ],
    },
  },
  {
    ...base,
    id: 'prose-table-passphrase',
    description: "Passphrase of three to six plain words with spaces in a Markdown table cell under a Password column (the one-word cells are prose-table-password's)",
    // The header's password word wakes it (a table without one holds no password column): far fewer texts than every table.
    keywords: [...new Set([...SENTENCE_PASSWORD_KEYWORDS, 'parola', ...foldedKeywords(['parolă'])])],
    keywordWindow: { before: 0, after: 4000 },
    // One run of words with the dressing optional (passphraseWords refuses a capital without it): one try per cell.
    pattern: /\|[ \t]{1,8}(?:\*\*|`)?(?<secret>[A-Za-z][a-z]{2,11}(?: [a-z]{3,12}){2,5}(?:[0-9]{1,4}[!#$%&*@]{0,2}|[!#$%&*@]{1,2})?)(?:\*\*|`)?[ \t]{1,8}(?=\|)/,
    validate: (value, ctx) => {
      if (!proseApplies(ctx) || passphraseWords(value, true) === undefined || isHeaderRowAt(ctx.text, ctx.end)) return false;
      // A remark of the row in the same words (`see the vault`) has a grammar word; a policy's line names an example.
      const { line } = lineAround(ctx.text, ctx.start, ctx.end);
      if (NOT_A_VALUE_LINE.test(line) || EXAMPLE_AROUND.test(line)) return false;
      return markdownCellKind(ctx) === 'password';
    },
    examples: {
      positives: (g) => [
        `| Connection | Host | User | Password |\n|---|---|---|---|\n| Alarm_Journal | sql-hist-01 | ign_alarm | ${g.s(`${g.pick(['Lobster', 'Canyon'])} ${words(g, 3)}#`)} |\n`,
        `| Sistem | Utilizator | Parolă | Observații |\n|---|---|---|---|\n| WMS | admin.depozit | ${g.s(`${words(g, 4)}${g.digits(2)}`)} | schimbați după predare |\n`,
      ],
      negatives: (g) => [
        '| Env | User | Password |\n|---|---|---|\n| prod | app | ask the on-call |\n',
        '| Env | User | Password |\n|---|---|---|\n| prod | app | rotated every month |\n',
        `| Env | User | Notes |\n|---|---|---|\n| prod | app | ${words(g, 4)} |\n`,
        '| Rule | Password policy |\n|---|---|\n| length | Twelve characters minimum |\n',
      ],
    },
  },
];
