// A letters-only password handed over in a thread about a login: `then try <Words>, Marketing changed it`, `Also tried
// <words> which was the one before`, `ok changed it to <Words>`, `so I set <Words> then`, `J'ai mis <Words> comme
// nouveau`, `the new one is <words>`. The password or the login is named further up the thread. prose-thread-tried-password
// reads such phrases for values with digits and a symbol; letters run together (two words of any language, in small
// letters or each capitalised) are how people make passwords too, and the sentence often goes on after them.
import { lineStartNear } from '../detect/lineStartNear';
import type { MatchContext, Rule } from '../types';
import { isLetterCompound } from '../validators/letterCompound';
import { base, lineAround, looksLikeCode, proseApplies } from './prose';
import { chatPath, NOT_A_VALUE_LINE, PASSWORD_CONTEXT } from './proseFollowup';
import { ACCOUNT_WORD, LONG_WORD } from './proseLettersGiven';
import { capitalisedWords, codeIdentifier, lowerRunTogether } from './proseLetterPasswords';
import { BAD_PASSWORD_EXAMPLE } from './proseNotValue';
import { SENTENCE_WORDS } from './proseWords';

/** What hands a value over: a try, a change or a setting to it, the new or old one given (English and French). */
const PHRASE = "(?:try|tried|(?:changed|set|reset|updated)[ \\t]it[ \\t]to|changed[ \\t]to|(?:so[ \\t])?i[ \\t]set|j'ai[ \\t]mis|(?:new|old|current)[ \\t]one[ \\t](?:is|was))";

/** A thread about a login: the password word, or an account that locks, fails or is got into. */
const LOGIN_CONTEXT = /\b(?:log(?:ged)?[ \t-]?in|sign(?:ed)?[ \t-]?in|locked(?:[ \t]out)?|unlock(?:ed)?|credentials?|creds|auth(?:entication)?[ \t]failed|can'?t[ \t]get[ \t]into|connecter|connexion)\b/i;

/** The text said before the value's line, up to about 1,500 characters (bounded: never the whole text). */
function threadAbove(text: string, lineStart: number): string {
  const from = lineStartNear(text, Math.max(0, lineStart - 1500), lineStart - 1700);
  return text.slice(Math.max(0, from), lineStart);
}

/**
 * Letters run together as people choose them: two to four capitalised words, or small letters (a capital first
 * allowed) without the ending of a word of a sentence. Not a word of the sentence list, an account, a code identifier.
 */
export function chosenLetters(value: string): boolean {
  const lower = value.toLowerCase();
  if (SENTENCE_WORDS.has(lower) || ACCOUNT_WORD.test(lower) || codeIdentifier(value) || LONG_WORD.test(value) || !isLetterCompound(value)) return false;
  if (capitalisedWords(value)) return true;
  // Small letters, perhaps capitalised: not ending like a German verb or plural (`wiederherstellen`).
  return /^[A-Za-z][a-z]+$/.test(value) && !/en$/.test(lower) && lowerRunTogether(lower);
}

function validateThreadLetters(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  if (!chosenLetters(value)) return false;
  // A label, a call, a member, an address or a path after it: a heading or code, not a value.
  if (/^(?:[ \t]{0,2}[:：(]|\.[A-Za-z0-9])/.test(ctx.text.slice(ctx.end, ctx.end + 3))) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const before = line.slice(0, ctx.start - lineStart);
  if (NOT_A_VALUE_LINE.test(line) || BAD_PASSWORD_EXAMPLE.test(before)) return false;
  const above = threadAbove(ctx.text, lineStart) + before;
  return PASSWORD_CONTEXT.test(above) || LOGIN_CONTEXT.test(above);
}

export const proseThreadLettersRules: Rule[] = [
  {
    ...base,
    id: 'prose-thread-letters-password',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Letters-only password (words run together) tried, set or handed over in a thread about a login ("then try X", "changed it to X", "J\'ai mis X")',
    keywords: ['try', 'tried', 'it to', 'changed to', 'i set', "j'ai mis", 'one is', 'one was'],
    keywordWindow: { before: 8, after: 60 },
    pattern: new RegExp(`(?<![\\p{L}\\p{N}_'])(?<key>${PHRASE})[ \\t]{1,3}(?:\\[spoiler\\]|\\[b\\]|\\*\\*|[\`"'“«])?(?<secret>[A-Za-z]{11,32})(?![\\p{L}\\p{N}_@/\\\\-])`, 'iu'),
    validate: validateThreadLetters,
    examples: {
      positives: (g) => {
        const pascal = () => g.pick(['Sonnenblume', 'Papillon', 'Girasole']) + g.pick(['Lantern', 'Meadow', 'Comet']);
        const lower = () => g.pick(['pebble', 'copper', 'walrus']) + g.pick(['saudade', 'tanuki', 'kikker']);
        return [
          `Kofi: can't get into the shared Adobe account\nInes: hm, then try ${g.s(pascal())}, Marketing changed it in September\n`,
          `Can't log in to staging with the shared QA account anymore.\n\n**@dana-k** commented\nSame. Also tried ${g.s(pascal())} which was the one before.\n`,
          `Can't log in to the server panel since the update.\nSorry! Here it is, I changed it to [spoiler]${g.s(pascal())}[/spoiler] now lol\n`,
          `You: hi, my account is locked after the password change\nYou: oh ok so I set ${g.s(pascal())} then\n`,
          `Bonjour, je n'arrive plus à me connecter avec mon mot de passe.\nMerci, c'est bon. J'ai mis ${g.s(pascal())} comme nouveau, c'est assez solide ?\n`,
          `user is migrator, pw in the vault\nnope, auth failed\nah sorry it was changed last week. the new one is ${g.s(lower())}\n`,
        ];
      },
      negatives: (g) => [
        // No login or password in the thread.
        `The build is flaky on Windows.\nthen try ${g.pick(['Sonnenblume', 'Papillon'])}Lantern as the tag name\n`,
        // Words of a sentence, code identifiers, accounts and long single words.
        'Login fails after the upgrade? Try reinstalling, then try PasswordEncoder instead.',
        'Cannot log in. I set administrator as the role.',
        'The login page is broken; I changed it to straightforward markup.',
        'The password changed; try authentication again.',
        'Password reset: try SessionStorage.clear() first.',
        'Login broke after I set DefaultProvider: true in the config.',
        'Password policy: the new one is Sonnenblumemeadow as an example.',
        'Sign-in failed, so I changed it to wiederherstellen.',
      ],
    },
  },
];
