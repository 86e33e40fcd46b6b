// A password given as `the temporary one … is X`, `the **old** one was X`, `here's the temporary one I set: X`: `one`
// stands for the password named earlier in the line or the lines before (`password reset; the temporary one the
// helpdesk gave is X`). People write it so in chats, shift notes and blog posts; the keyed rules want the password
// word itself before the value. The value may open the next line of a wrapped paragraph.
import type { MatchContext, Rule } from '../types';
import { lineStartNear } from '../detect/lineStartNear';
import { isPlaceholder } from '../validators/placeholder';
import { humanPassword } from './humanPasswords';
import { base, lineAround, looksLikeCode, OPEN, proseApplies, prosePassword, strongLooking, VALUE } from './prose';
import { chatPath, NOT_A_VALUE_LINE, PASSWORD_CONTEXT, passwordShaped } from './proseFollowup';
import { mixedGenerated } from './proseSentence';

/** The adjectives that make `one` a credential handed over or replaced. */
// (`new one` is left to the rules that read `new`: prose-new-one-colon, prose-sentence-password.)
const WHICH = '(?:temporary|temp|old|previous|former|initial|current)';
/** The value ends its phrase: the line ends, or punctuation or a dash follows, or a conjunction goes on (`X and it still works`). */
const ENDS = '(?=[ \\t]{0,3}(?:$|[\\r\\n]|[.,;!?)][ \\t\\r\\n]|[.,;!?)]$|[ \\t][(–—-][ \\t]?|[ \\t](?:and|but|so|until|till)[ \\t]))';

/** Up to two non-blank lines before the value's line, nearest first (chat messages before the answer). */
function linesAbove(text: string, lineStart: number): string {
  let end = lineStart - 1;
  const out: string[] = [];
  for (let i = 0; i < 4 && end > 0 && out.length < 2; i++) {
    const start = lineStartNear(text, end, end - 400);
    const line = text.slice(start, end);
    end = start - 1;
    if (/^[ \t\r]*$/.test(line)) continue;
    out.push(line);
  }
  return out.join('\n');
}

/** A password manager, named as where the password is kept. */
const KEPT_IN = /(?:password|passwort|kennwort)[ \t-]manager/giu;
const PASSWORD_WORDS = new RegExp(PASSWORD_CONTEXT.source, 'giu');

/** Where the last password word of `text` starts, or -1. */
function lastIndexOfWord(text: string): number {
  let last = -1;
  PASSWORD_WORDS.lastIndex = 0;
  for (let m = PASSWORD_WORDS.exec(text); m !== null; m = PASSWORD_WORDS.exec(text)) last = m.index;
  return last;
}

function validateOneGiven(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  if (isPlaceholder(value) || !prosePassword(value, ctx)) return false;
  if (!(passwordShaped(value) || mixedGenerated(value)) || !strongLooking(value) || value.length > 40) return false;
  const matched = ctx.keyName ?? '';
  const phraseStart = ctx.text.lastIndexOf(matched, ctx.start);
  if (!matched || phraseStart < 0) return false;
  // The phrase may open on the line above the value (`the **old** one was` wrapped before it): read from its line.
  const { lineStart } = lineAround(ctx.text, phraseStart, phraseStart);
  const head = ctx.text.slice(lineStart, phraseStart);
  // From the last password word on, and after the value, nothing speaks of hashes or policies: `one` would stand for
  // them. A password manager is only where a password is kept (`the admin password is in my password manager, the old
  // one was X`).
  const lastWord = lastIndexOfWord(head);
  const rest = ctx.text.slice(ctx.end, ctx.end + 120).split('\n')[0]!;
  if (NOT_A_VALUE_LINE.test(head.slice(Math.max(0, lastWord)).replace(KEPT_IN, '') + matched) || NOT_A_VALUE_LINE.test(rest)) return false;
  // The password is named before `one`, on its line or in the two lines said before it.
  if (lastWord >= 0) return true;
  const above = linesAbove(ctx.text, lineStart);
  if (PASSWORD_CONTEXT.test(above) && !NOT_A_VALUE_LINE.test(above)) return true;
  // `the temporary one I set: X` alone: a temporary credential set or given to someone, short enough for a password.
  return (
    /^temp(?:orary)?(?:\*\*|__)?[ \t]{1,2}one[ \t](?:.{0,40}[ \t])?(?:set|gave|given)[ \t]{0,2}(?:[:：]|is|was)$/i.test(matched.trimEnd()) && value.length <= 24 && /[a-z]/.test(value) && /[A-Z]/.test(value)
  );
}

export const proseOneGivenRules: Rule[] = [
  {
    ...base,
    id: 'prose-one-given-password',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password given as `the temporary one … is X` / `the old one was X` after the password is named (one stands for it)',
    keywords: ['temporary one', 'temp one', 'old one', 'old** one', 'previous one', 'former one', 'initial one', 'current one'],
    keywordWindow: { before: 0, after: 140 },
    pattern: new RegExp(
      `(?<![\\p{L}])(?<key>${WHICH}(?:\\*\\*|__)?[ \\t]{1,2}one(?![\\p{L}])(?:[ \\t]{1,2}[^\\n:：.!?;]{1,40}?)?(?:[ \\t]{1,2}(?:is|was)|[ \\t]{0,2}[:：]))(?:[ \\t]{1,3}|[ \\t]{0,3}\\r?\\n[ \\t]{0,8})${OPEN}(?<secret>${VALUE})${ENDS}`,
      'iu',
    ),
    validate: validateOneGiven,
    examples: {
      positives: (g) => [
        `- Case INC-${g.digits(6)}: user clicked, password reset; the temporary one the helpdesk gave is ${g.s(humanPassword(g))} —\n  please make sure they change it at next logon.`,
        `The pfSense box forwards syslog to it; the pfSense admin password is in my password manager, the **old** one was\n${g.s(humanPassword(g))} and it still works on the backup firewall because I forgot it.`,
        `[07:44] tom.b: I need the break-glass DA to reset krbtgt, who has it?\n[07:45] anna.fischer: sealed envelope is in the safe, but here's the temporary one I set: ${g.s(`${g.upper(3)}${g.digits(1)}${g.lower(4)}${g.digits(1)}${g.upper(1)}${g.lower(1)}${g.upper(1)}`)}\n`,
        // The password named on the line above (rw-dev7's post-mortem timeline).
        `- 08:02 the replica's DB password was rotated during the night\n- 08:05 Ravi gets the current one from Lee over the phone: ${g.s(humanPassword(g))}\n`,
      ],
      negatives: (g) => [
        // A masked or placeholder value, a plain word, a ticket, a version.
        `The password was rotated, the old one was ********.`,
        `The password was rotated, the old one was postgres.`,
        `The DB password changed; the new one is in the vault.`,
        `Laptop died, the new one is ${g.upper(2)}${g.digits(4)}X${g.lower(2)}.`,
        `The certificate expired; the new one: SN-${g.digits(6)}`,
        `Password policy updated, the new one is v${g.digits(1)}.${g.digits(1)}.`,
        `We replaced the temporary one with build ${g.digits(4)}.`,
        `The old one was a hash (${g.hex(32)}) of the password.`,
        `The password policy changed; the old one was Min8Chars!2 and is gone.`,
        `The password hash changed, the old one was ${g.upper(2)}${g.hex(30)}.`,
        `The API token expired. The new one: ${g.alnum(48)}`,
      ],
    },
  },
];
