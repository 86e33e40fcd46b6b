// A password tried, typed or handed over in a thread about a login, the password word several messages up: `try X`,
// `Reset it again, try X`, `They typed: X (their old one)`, `it printed X and that worked`, `I reset it: X`,
// `Also tried my old one X`, `yes, it's X. I'll do it after lunch`. prose-followup-password reads these phrases with
// the password named in the sentence or the four lines above; in a ticket or a chat thread the login is named further
// up. Here the value must carry letters, digits and a symbol, a shape no word, version or name of a sentence has.
import { lineStartNear } from '../detect/lineStartNear';
import type { MatchContext, Rule } from '../types';
import { base, continuesSentence, LETTER, lineAround, looksLikeCode, OPEN, proseApplies, prosePassword, VALUE } from './prose';
import { exampleSpeaker } from './proseChatLines';
import { chatPath, NOT_A_VALUE_LINE, PASSWORD_CONTEXT } from './proseFollowup';

/** What hands a value over in a thread: a try, a typing, a print, a reset, `it's`, a one told apart (`my old one`). */
const PHRASE = "(?:try|also[ \\t]tried|tried|typed|entered|printed|i[ \\t]used|i[ \\t]reset[ \\t]it|reset[ \\t]it|it's|it’s|it[ \\t]is|(?:old|older|normal|usual|previous|other|current)[ \\t]one)";

/** Words that say the thread is about a login (the password word, or an account that locks and logs in). */
const LOGIN_CONTEXT = /\b(?:log(?:ged)?[ \t-]?in|sign(?:ed)?[ \t-]?in|locked(?:[ \t]out)?|unlock(?:ed)?|credentials?|creds|auth(?:entication)?[ \t]failed)\b/i;

/** Letters, digits and a symbol, 8 to 64 characters, with a capital or 10 characters or more. */
function triedShaped(value: string): boolean {
  if (value.length < 8 || value.length > 64) return false;
  // Groups of mixed letters and digits joined by dashes (`ab3CD-4Efgh-ijKlM`), a generator's shape; a licence key is in capitals.
  if (/^[A-Za-z0-9]{3,8}(?:-[A-Za-z0-9]{3,8}){2,5}$/.test(value) && value.length >= 14 && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value)) return true;
  if (!/[A-Za-z]/.test(value) || !/[0-9]/.test(value) || !/[!@#$%^&*+=?~]/.test(value)) return false;
  return /[A-Z]/.test(value) || value.length >= 10;
}

/**
 * Shapes with letters, digits and a symbol that are no password: a package at its version (`node@18`, `react@18.2.0`),
 * a key combination (`Ctrl+F12`), a setting (`NODE_OPTIONS=--max…`), a path, a call, an entity (`&#x27;`), an address.
 */
const NOT_A_PASSWORD =
  /^@?[\w.-]{1,60}@[\^~]?v?[0-9]|(?:ctrl|cmd|alt|shift|meta|option|win|super|fn)\+|^[A-Za-z_][\w.-]{0,40}[=:]|[/\\()[\]{}<>|]|&#|^[^@\s]{1,64}@[\w-]{1,63}\.[\w.-]{2,}$|^[0-9+=*^%.-]+[a-z]?$/i;

/** The text said before the value's line, up to about 1,500 characters (bounded: never the whole text). */
function threadAbove(text: string, lineStart: number): string {
  const from = lineStartNear(text, Math.max(0, lineStart - 1500), lineStart - 1700);
  return text.slice(Math.max(0, from), lineStart);
}

/**
 * The header of the message a mail reply quotes under it (`On … wrote:`, `From: …`, `-----Original Message-----`, and
 * the French, German, Spanish, Portuguese and Italian forms), quote marks allowed before it.
 */
const REPLY_HEADER =
  /^(?:>[ \t]?){0,4}[ \t]{0,4}(?:On[ \t][^\n]{5,160}[ \t]wrote:|Le[ \t][^\n]{5,160}[ \t]a[ \t]écrit[ \t]?:|Am[ \t][^\n]{5,160}[ \t]schrieb[^\n]{0,100}:|El[ \t][^\n]{5,160}[ \t]escribió:|Em[ \t][^\n]{5,160}[ \t]escreveu:|Il[ \t][^\n]{5,160}[ \t]ha[ \t]scritto:|-{3,}[ \t]?Original Message[ \t]?-{3,}|(?:From|Von|De)[ \t]?:[ \t][^\n]{2,160})\r?$/im;

/**
 * The message a mail reply quotes right under the value's line (a top-posted answer: `It's X` over `> And the
 * password?`): up to 1,500 characters after its header, if the header comes within about 600 characters.
 */
function quotedBelow(text: string, lineEnd: number): string {
  const m = REPLY_HEADER.exec(text.slice(lineEnd, lineEnd + 600));
  if (!m) return '';
  const from = lineEnd + m.index + m[0].length;
  return text.slice(from, from + 1500);
}

/** Capitals, small letters and digits, 10 or more (`HarborLights2024`): chosen, where the quoted question names the password. */
const mixedCaseDigits = (value: string) => value.length >= 10 && value.length <= 64 && /^[A-Za-z0-9]+$/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value);

function validateTried(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  if (!(triedShaped(value) || mixedCaseDigits(value)) || NOT_A_PASSWORD.test(value)) return false;
  // The value ends its clause: the line's end, punctuation, a dash, a bracket or a quote mark.
  const rest = ctx.text.slice(ctx.end, ctx.end + 4);
  if (!/^(?:[`'"”»*_]{0,2})(?:$|[\r\n.,;!?)\]]|[ \t])/.test(rest)) return false;
  if (!prosePassword(value, ctx) || continuesSentence(value, ctx)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  if (NOT_A_VALUE_LINE.test(line)) return false;
  const above = threadAbove(ctx.text, lineStart) + line.slice(0, ctx.start - lineStart);
  if (triedShaped(value) && (PASSWORD_CONTEXT.test(above) || LOGIN_CONTEXT.test(above))) return true;
  // A top-posted mail reply (`Sorry, typo. It's X` over `> The password you sent doesn't work`): the password is named in
  // the message it quotes under it; there `it's` alone hands the value over.
  const quoted = /^it(?:'s|’s|[ \t]is)$/i.test(ctx.keyName ?? '') ? quotedBelow(ctx.text, lineStart + line.length) : '';
  return quoted !== '' && PASSWORD_CONTEXT.test(quoted) && !NOT_A_VALUE_LINE.test(quoted.slice(0, 300));
}

export const proseThreadTriedRules: Rule[] = [
  {
    ...base,
    id: 'prose-thread-tried-password',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password tried, typed or handed over in a thread about a login named further up ("try X", "they typed: X", "it printed X", "I reset it: X")',
    keywords: ['try', 'tried', 'typed', 'entered', 'printed', 'used', 'reset it', "it's", 'it’s', 'it is', ' one'],
    keywordWindow: { before: 8, after: 120 },
    pattern: new RegExp(`(?<![${LETTER}'])(?<key>${PHRASE})(?![${LETTER}])(?:[ \\t]{1,3}|[ \\t]{0,3}[:：][ \\t]{0,3}|[ \\t]{1,3}\\(|[ \\t]{1,3}with[ \\t]{1,3})${OPEN}(?<secret>${VALUE})`, 'i'),
    validate: validateTried,
    examples: {
      positives: (g) => [
        // The password named five messages up, the talk gone on since.
        `${exampleSpeaker(g)}  10:44 AM\nthe staging db password is in the vault\n\n${exampleSpeaker(g)}  10:45 AM\nok, connecting\n\n${exampleSpeaker(g)}  10:46 AM\nconnected to the primary\n\n${exampleSpeaker(g)}  10:47 AM\nthe replica refuses me\n\n${exampleSpeaker(g)}  10:48 AM\nwhich host?\n\n${exampleSpeaker(g)}  10:49 AM\nreplica-2 in eu-west\n\n${exampleSpeaker(g)}  10:50 AM\nah, the read replica has a different one, try ${g.s(`!${g.upper(1)}${g.lower(7)}${g.digits(3)}`)}\n`,
        `my VPN account got locked again after the laptop swap\n\nSam  10:40\nunlocked. I reset it too\ntry ${g.s(`${g.upper(1)}${g.digits(1)}@${g.lower(1)}@${g.digits(3)}`)}\n`,
        `Partner cannot log in to the SFTP.\n\nComment: Partner says it still fails. They typed: ${g.s(`${g.lower(5)}${g.upper(1)}${g.lower(3)}${g.digits(2)}!`)} (their old one, for reference)\n`,
        `> reset the admin password with the CLI, the hash is in the db\n>\n> thanks, it printed ${g.s(`${g.lower(1)}_$${g.lower(3)}%${g.alnum(12)}`)} and that worked.\n`,
        `"text": "can't log in to the calendar account",\n"text": "I reset it: \`${g.s(`#${g.upper(1)}${g.lower(6)}${g.upper(1)}${g.lower(8)}${g.digits(1)}`)}\` — change it right away please",\n`,
        `> My username is sofia and my password does not work\n> I also tried my old one ${g.s(`${g.upper(1)}${g.lower(8)}${g.digits(2)}#`)}. Please help\n`,
        // Dashed groups of mixed letters and digits, a generator's shape (rw-dev17).
        `The repository is encrypted. The encryption password is in the sealed envelope in the DR safe\nand in KeePass. During the test we typed: ${g.s(`${g.lower(2)}${g.digits(1)}${g.upper(2)}-${g.digits(1)}${g.upper(1)}${g.lower(3)}-${g.lower(2)}${g.upper(1)}${g.lower(1)}${g.upper(1)}`)}\n`,
        // A top-posted mail reply: the password is named in the message quoted under it (rw-dev3, rw-dev9).
        `Worked, thanks!\n\nOn Mon, Nov 9, 2026 at 4:12 PM Ben Harlow <ben@contoso.example> wrote:\n> Sorry, typo. It's ${g.s(`${g.upper(1)}${g.digits(1)}${g.lower(1)}${g.digits(1)}${g.lower(2)}!${g.digits(1)}`)}\n>\n> On Mon, Nov 9, 2026 at 4:05 PM Deepa Iyer <deepa@contoso.example> wrote:\n>> The password you sent doesn't work.\n`,
        `RE: WiFi in the new office?\n\nIt's ${g.s(`${g.pick(['Harbor', 'Maple'])}${g.pick(['Lights', 'Street'])}${g.digits(3)}`)} (case sensitive)\n\nBest,\nSofia\n\nFrom: Bruno Costa\nSent: Wednesday, April 8, 2026 10:02\nSubject: RE: WiFi in the new office?\n\nAnd the password?\n`,
      ],
      negatives: (g) => [
        // No login or password named above.
        `The build is flaky on Windows.\ntry ${g.upper(1)}${g.lower(7)}${g.digits(3)}! as the tag`,
        // A package at its version, a key combination, a setting, an address, a version.
        'Login fails after the upgrade? try node@18.19.1 or react@18.2.0 first.',
        'If the login page is blank, try Ctrl+Shift+F5 to reload it.',
        'Sign-in broke; I used NODE_OPTIONS=--max-old-space-size=4096 to build it.',
        'Cannot log in. I typed ops+alerts2024@acme.example as the user.',
        // Letters and digits without a symbol, and a word after the password word.
        `password reset done, try ${g.lower(8)}${g.digits(2)}`,
        'Forgot your password? Try Reset-Link!2 on the sign-in page.',
        `The password policy: it's ${g.upper(1)}${g.lower(5)}!${g.digits(2)} as an example.`,
        // Nothing tried or handed: a math expression, a masked value, an HTML entity.
        'Login: it is 2+2=4 and x^2 in the tutorial.',
        'Password: ******** (it is masked, try ****!2024 no)',
        // A licence key in capitals, a UUID: dashed groups that no one chose as a password.
        `Login works after activation; I typed ${g.upper(5)}-${g.digits(5)}-${g.upper(5)} as the licence.`,
        `Login failed, I used ${g.uuid()} from the sign-in log.`,
        // A top-posted reply whose quoted message names no password, or a value that is a version or a ticket.
        `It's ${g.pick(['Harbor', 'Maple'])}Street${g.digits(3)}, see the map.\n\nOn Mon, Nov 9, 2026 at 4:05 PM Deepa Iyer wrote:\n> Which building is the office in?\n`,
        `It's INC${g.digits(7)}.\n\nFrom: Bruno Costa\nSubject: password reset\n\nWhat is the ticket for the password reset?\n`,
      ],
    },
  },
];
