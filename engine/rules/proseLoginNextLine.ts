// A login written on two lines of a note or a chat: the user on one line (`user: acme_feed`, an e-mail address
// alone, a default admin account alone), its password alone on the next (`support@brightdesk.io` / `X`, `root` /
// `X`, `panel: admin@x` / `pass X`). Only a chat message's head line may stand between them. The value must look
// chosen as a password (letters with digits and a capital or a symbol, or a generated run), so that a user line
// followed by a host, a version or a word stays quiet.
import type { ExampleGen, MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { base, lineAround, proseApplies, prosePassword, strictlyRandom, strongLooking } from './prose';
import { isSpeakerLine } from './proseChatLines';
import { chatPath, PASSWORD_CONTEXT, TOKEN_CONTEXT } from './proseFollowup';

/** The user's line: a user label and its value, an e-mail address alone, or a default admin account alone. */
const USER_LINE =
  '(?:(?:user(?:name)?|login|benutzer(?:name)?|usuario|utilisateur|utente|gebruiker(?:snaam)?)[ \\t]{0,2}[:=][ \\t]{0,3}[`*"]{0,2}[^\\s`*"]{1,64}[`*"]{0,2}|(?:[A-Za-z][\\w .-]{0,30}:[ \\t]{1,3})?[`*]{0,2}[^\\s@<>()`*:]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,4}\\.[A-Za-z]{2,24}[`*]{0,2}|[`*]{0,2}(?:root|admin|administrator)[`*]{0,2})';
/** A bullet, a definition list's `:` or a quote mark before either line. */
const LEAD = '[ \\t]{0,16}(?:[-*•+:>][ \\t]{1,3})?';

/** A version (`v1.3.3`, `2.0.1-beta`) or a host name (`db01.internal`): what else is written under a user. */
const NOT_A_PASSWORD = /^v?[0-9]+(?:\.[0-9]+){1,3}(?:[-+][0-9A-Za-z.]+)?$|^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5}$/i;

/** A user's line alone (its bullet included), for the walk up from the value. */
const USER_LINE_ALONE = new RegExp(`^${LEAD}${USER_LINE}[ \\t]*$`, 'i');

/** Whether the line above the value (blanks and one chat head line skipped) is a user's line. */
function userAbove(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  let heads = 0;
  for (let i = 0; i < 6 && end > 0; i++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    if (line.trim() === '') continue;
    if (USER_LINE_ALONE.test(line)) return true;
    if (heads++ > 0 || !isSpeakerLine(line, (x) => PASSWORD_CONTEXT.test(x) || TOKEN_CONTEXT.test(x))) return false;
  }
  return false;
}

function validate(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, false) || !proseApplies(ctx)) return false;
  if (!prosePassword(value, ctx) || NOT_A_PASSWORD.test(value)) return false;
  if (!strongLooking(value) && !strictlyRandom(value)) return false;
  const { lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  if (!userAbove(ctx.text, lineStart)) return false;
  // Another lone value under this one: a list of values (users and hashes, a dump), not a login's two lines.
  const next = /^\r?\n[ \t]*([^\s]{6,})[ \t]*\r?(?:\n|$)/.exec(ctx.text.slice(ctx.end, ctx.end + 200));
  return !(next && strongLooking(next[1]!) && !/[@:]/.test(next[1]!));
}

const who = (g: ExampleGen) => g.pick(['Hannah Becker', 'Marek Wolny', 'Priya Nair']);

export const proseLoginNextLineRules: Rule[] = [
  {
    ...base,
    id: 'prose-login-next-line',
    appliesToPath: (path) => chatPath(path, false),
    description: 'Password alone on the line under its login (`user: X`, an e-mail address or `root` alone) in notes and chats',
    keywords: [
      'user:',
      'user =',
      'username',
      'login:',
      'benutzer',
      'usuario',
      'utilisateur',
      'utente:',
      'gebruiker',
      'root\n',
      'root\r',
      'admin\n',
      'admin\r',
      'administrator\n',
      // An e-mail address ending its line: its top-level domain and the line break.
      ...['com', 'io', 'org', 'net', 'de', 'fr', 'es', 'it', 'nl', 'uk', 'gg', 'dev', 'app', 'example', 'local'].flatMap((tld) => [`.${tld}\n`, `.${tld}\r`]),
    ],
    keywordWindow: { before: 140, after: 300 },
    pattern: new RegExp(
      `(?<![^\\n])${LEAD}${USER_LINE}[ \\t]*\\r?\\n(?:[ \\t]*\\r?\\n)?(?:[^\\n]{1,64}\\r?\\n(?:[ \\t]*\\r?\\n)?)?${LEAD}(?:(?:pass(?:word)?|pw|pwd)[ \\t]{1,3})?[\`*"]{0,2}(?<secret>[^\\s"'\`\\\\<>]{5,127}[^\\s"'\`\\\\<>.,;:)\\]}*])[\`*"]{0,2}[ \\t]*(?=\\r?\\n|$)`,
      'i',
    ),
    validate,
    examples: {
      positives: (g) => [
        `${who(g)} 3:02 PM\npartner sftp:\nuser: acme_feed\n\n${who(g)} 3:02 PM\n${g.s(g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789_', 20) + '7a')}\n`,
        `- Aircall: shared login\n    - support@brightdesk.io\n    - ${g.s(humanPassword(g))}\n`,
        `ESXi host 3\nroot\n${g.s(humanPassword(g))}\n`,
      ],
      negatives: (g) => [
        'user: deploy\nv2.4.1-beta\n',
        'Maintainer:\n- jdoe@example.com\n- db01.internal\n',
        `root\n${g.hex(7)}\n`,
        `user: admin\n\${PASSWORD}\n`,
        `admin\n${g.alnum(6)}Ab1!\n${g.alnum(8)}Cd2?\n`,
      ],
    },
  },
];
