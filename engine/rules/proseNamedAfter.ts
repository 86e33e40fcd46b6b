// A password given first and named after it, in chat, notes and tickets: `X ist das neue Kennwort`, `X is the new
// password`, `X é a senha do certificado`, `X ← password`, `X <- backup archive passphrase`, Turkish `X … şifresi`.
// The labelled and sentence rules read the word before the value; here the value opens its message, line or cell
// and its name follows within a few words, so the value's shape decides (chosen-looking: digits or symbols with
// letters, generated runs), as in the sentence rule.
import { chatPath, NOT_A_VALUE_LINE, PASSWORD_CONTEXT, passwordShaped } from './proseFollowup';
import { isLinePrefix } from './proseChatLines';
import { isStandIn } from '../validators/placeholder';
import type { ExampleGen, MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { base, lineAround, looksLikeCode, proseApplies, prosePassword } from './prose';

/** The password words (PASSWORD_CONTEXT), with its one open-ended blank bounded for the regex safety check. */
const WORDS = PASSWORD_CONTEXT.source.replace('[ \\t]+for', '[ \\t]{1,3}for');

/** A copula between the value and its name (`X ist das neue Kennwort`, `X é a senha`, `X bu da … şifresi`). */
const COPULA = '(?:is|was|ist|war|wird|é|era|es|est|è|er|är|on|jest|to|bu[ \\t]da)';
/** Up to three words between (an article, `new`, the system's name): `das neue`, `the Wi-Fi`, `ESXi root`. */
const FEW_WORDS = '(?:[\\p{L}\\p{N}][\\p{L}\\p{N}.-]{0,15}[ \\t]{1,3}){0,3}';

const NAMED_AFTER = new RegExp(
  `(?<![^\\s"'(«„;,|>])(?<secret>[^\\s"'\`\\\\<>;,|]{5,63}[^\\s"'\`\\\\<>.,;:|)\\]}])[\`"'”»*]{0,2}[ \\t]{1,3}(?:${COPULA}[ \\t]{1,3}${FEW_WORDS}|(?:←|<-{1,2}|<=)[ \\t]{0,3}${FEW_WORDS}|${FEW_WORDS}(?=[Şş]ifre|parola))(?:${WORDS})`,
  'iu',
);

/** Words that make the named value an example or a verdict on passwords (`X is a weak password`, `X ist kein Passwort`). */
const NOT_GIVEN = /\b(?:weak|common|bad|worst|popular|typical|famous|guessable|strong|good|sample|default|dummy|fake|not|no|kein|keine|pas|not)\b|schwach|faible|débil|fraco/i;

function validateNamedAfter(value: string, ctx: MatchContext): boolean {
  // The path gate is repeated here: a gate only saves work (test/unit/engine/detect/ruleGates.test.ts).
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  // The value opens its message, line, list item or cell.
  const prefix = line.slice(0, ctx.start - lineStart);
  if (!isLinePrefix(prefix) && !/(?:[;|\t(]|<(?:p|td|li)>)[ \t]{0,2}["'`«„*]{0,2}$/.test(prefix)) return false;
  const named = line.slice(ctx.end - lineStart, ctx.end - lineStart + 80);
  if (NOT_A_VALUE_LINE.test(named) || NOT_GIVEN.test(named)) return false;
  if (isStandIn(value) || !prosePassword(value, ctx)) return false;
  // `user@host`, `key=value`, versions and ids; a digit in it, as people make passwords (a word alone, even in
  // emphasis, is a word of the sentence: `**Ortak Wi-Fi şifresi**`).
  if (/@|=/.test(value) || /^v?[0-9]+(?:\.[0-9]+){1,3}/i.test(value) || !/[0-9]/.test(value)) return false;
  return passwordShaped(value) || (value.length >= 8 && /[A-Za-z]/.test(value) && /[0-9]/.test(value) && !/^[A-Za-z]+[0-9]{1,4}$/.test(value));
}

const who = (g: ExampleGen) => g.pick(['Maya', 'Tomasz', 'Priya', 'Owen', 'Lena']);

export const proseNamedAfterRules: Rule[] = [
  {
    ...base,
    id: 'prose-password-named-after',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password given first and named after it (X ist das neue Kennwort, X ← password, X … şifresi)',
    keywords: ['password', 'passwort', 'kennwort', 'passphrase', 'wachtwoord', 'senha', 'contrase', 'mot de passe', 'şifre', 'sifre', 'parola', 'lösenord', 'losenord'],
    keywordWindow: { before: 160, after: 24 },
    pattern: NAMED_AFTER,
    validate: validateNamedAfter,
    examples: {
      positives: (g) => [
        `334339;04.11.2026;Kita Sonnenschein;Laptop Kennwort;${g.s(humanPassword(g))} ist das neue Kennwort der Leitung`,
        `    - ${g.s(g.lower(4) + g.digits(3) + g.lower(5) + g.digits(4))} ← password`,
        `${g.s(humanPassword(g))}   <- backup archive passphrase`,
        `[10:12] ${who(g)}: ${g.s(humanPassword(g))} is the new password for the shared mailbox`,
      ],
      negatives: (g) => [
        'Summer2024! is a weak password.',
        'P@ssw0rd1 is the most common password.',
        `v${g.digits(1)}.${g.digits(1)}.${g.digits(1)} is the password manager release we use.`,
        `Password1! ist kein gutes Passwort.`,
        `admin@example.com is the user name, the password is in the vault.`,
        `0.6.49   <- current agent version`,
      ],
    },
  },
];
