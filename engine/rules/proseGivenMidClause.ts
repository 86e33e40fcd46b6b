// A generated-looking password given in the middle of its sentence, words going on after it (`the read replica
// password is X if you need to check rows`, `das Passwort fürs WLAN ist X bis Freitag`). prose-sentence-password
// wants the value to end its clause, or to carry a symbol when a word follows; a value of letters and digits in mixed
// case or in dashed groups (`k4bd-…`) is given as plainly, and no word of a sentence has that shape.
// Its own rule: a pattern that let such a value end prose-sentence-password's match would take the first one after
// the password word (`password for srv-db01 is X`) and hide the real one behind it.
import type { Rule } from '../types';
import { base } from './prose';
import { exampleSpeaker } from './proseChatLines';
import { chatPath } from './proseFollowup';
import { mixedGenerated, SENTENCE_PASSWORD_KEYWORDS, validateSentence, WORDS } from './proseSentence';

/** A copula or a change right before the value (`is`, `ist jetzt`, `es`, `changed it to`), in the languages of the chats. */
const GIVEN = `(?:is|was|it's|ist|war|lautet|jetzt|now|still|es|est|era|é|è|är|jest|zijn|ahora|agora|adesso|maintenant|teraz|nu|(?:it|changed|set|reset|updated)[ \\t]to)`;

export const proseGivenMidClauseRules: Rule[] = [
  {
    ...base,
    id: 'prose-given-mid-clause',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Generated-looking password given after `is` / `ist` / `changed it to` in the sentence naming it, with words going on after it',
    keywords: SENTENCE_PASSWORD_KEYWORDS,
    keywordWindow: { before: 0, after: 280 },
    pattern: new RegExp(
      `(?:(?<![\\p{L}\\p{N}_./$=-])|(?<=\\p{L})(?=[^\\x00-\\x7f]))(?:${WORDS})[^\\s]{0,24}(?:[ \\t]{1,3}[^\\s]{1,48}){0,12}?[ \\t]{1,3}${GIVEN}[ \\t]{1,3}(?<secret>(?=[A-Za-z0-9_.-]{0,62}[0-9])[A-Za-z0-9][A-Za-z0-9_.-]{6,62}[A-Za-z0-9])(?=[ \\t]{1,2}\\p{L})`,
      'iu',
    ),
    // The sentence checks of prose-sentence-password (what the sentence is about, other labels, places, shapes);
    // this rule only adds matches where a word follows a mixed or grouped value (the validator's own allowance).
    validate: (value, ctx) => mixedGenerated(value) && validateSentence(value, ctx),
    examples: {
      positives: (g) => [
        `${exampleSpeaker(g)}: oh and the staging db read replica password is ${g.s(`${g.lower(1)}${g.digits(1)}${g.lower(2)}-${g.digits(2)}${g.upper(2)}-${g.lower(1)}${g.digits(1)}${g.lower(1)}${g.digits(1)}`)} if you need to check rows`,
        `Das Passwort fürs WLAN ist ${g.s(`${g.upper(1)}${g.lower(3)}${g.digits(4)}${g.upper(1)}${g.lower(2)}`)} bis Freitag, dann wieder das alte.`,
        `la contraseña del wifi de la sala es ${g.s(`${g.lower(4)}-${g.digits(3)}-${g.lower(4)}`)} hasta el viernes`,
      ],
      negatives: (g) => [
        'The password for srv-db01 is in the vault under Infra.',
        'The password is Node18 for some reason',
        `The password hash is ${g.hex(6)}-${g.hex(6)} in the log`,
        'password policy is v2-2024-rev3 since March',
        'the password is INC-20240311 according to the ticket',
        'the password is 2024-03-11 at the latest',
      ],
    },
  },
];
