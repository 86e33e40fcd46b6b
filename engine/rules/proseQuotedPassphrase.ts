// A spoken passphrase in quotes after the password word of its sentence: the words of a handover note or a chat line
// (English, Italian, Dutch and the other LABELS languages) set off by straight or typographic quotes. Prose rules
// read one token as a value; a passphrase is several words, and words in quotes are also what people quote from a
// sentence. What tells them apart: three to six plain words with no word of grammar among them (no `the`, `to`,
// `your`, `de`), none said twice — random words, not a phrase of the language.
// Without quotes (`the passphrase is falcon puffin glacier marble`, `borg passphrase :: tamarind velvet nutmeg`) the
// words (Latin letters: a Cyrillic label's sentence goes on in its own script) must also end the clause and none may be a participle, an adverb or a plural (`is used to encrypt`, `protects
// private keys`): the words of a sentence, where the words of a passphrase are nouns picked at random.
import type { ExampleGen, MatchContext, Rule } from '../types';
import { NOT_A_VALUE_LINE } from './proseFollowup';
import { base, foldedKeywords, lineAround, proseApplies } from './prose';
import { isStandIn } from '../validators/literalArgument';
import { SENTENCE_WORDS } from './proseWords';

/** Password words that may name a spoken passphrase, in the languages people write handovers in. */
const LABELS = [
  'password',
  'passphrase',
  'pass phrase',
  'passwort',
  'kennwort',
  'mot de passe',
  'phrase secrète',
  'contraseña',
  'frase de contraseña',
  'senha',
  'frase-senha',
  'wachtwoord',
  'wachtzin',
  'hasło',
  'parola',
  'şifre',
  'пароль',
  'парольная фраза',
  // Finnish, with its accusative first (`asetin väliaikaisen salasanan: X`).
  'salasanan',
  'salasana',
];

/** Words of grammar in the languages of LABELS: a quoted run holding one is a phrase of the sentence, not a passphrase. */
export const GRAMMAR = new Set(
  (
    'a an the to of in on at for with from by is are was be been it its this that these those your my our their his her you we they he she i me ' +
    'and or not no yes if then than as do does did have has had will would can could should must may all any some each every more most ' +
    'ask see use set get new old same here there what which who how why when where only just also please ' +
    'der die das den dem des ein eine und oder nicht ist im am zu mit von für auf ' +
    'le la les un une des du de et ou est pas pour avec dans sur ' +
    'el los las y o es en con por para del ' +
    'o os as um uma e é em com por para do da ' +
    'il lo gli di che è per con non ' +
    'het een en of is van voor met niet ' +
    'i w z na do nie jest ' +
    'bir ve ile için değil ' +
    'ja on ei se että tai kun jos mutta myös vain ole oli olla'
  ).split(' '),
);

/** A password manager named just before the quote that opens the value. */
export const PASSWORD_MANAGER_ENTRY =
  /(?:1password|keepass(?:xc)?|bitwarden|lastpass|passbolt|dashlane|keeper|enpass|password[ -]?(?:safe|manager|store)|passwort-?(?:safe|manager|tresor))(?:[ \t-]{1,3}(?:entry|item|vault|note|eintrag|tresor|entrée|entrada))?[ \t]{0,3}(?:\(|,|:)?[ \t]{0,3}["“„«]$/i;

function validateQuotedPassphrase(value: string, ctx: MatchContext, repeats = false): boolean {
  // Lower case throughout (the pattern is case-blind for its label): `„Neues Passwort eingeben“` is a UI text.
  // (A capitalised first word was tried: `<error: Cannot access memory …>` after `passphrase=` in a backtrace.)
  if (!proseApplies(ctx) || isStandIn(value) || value !== value.toLowerCase()) return false;
  const words = value.split(' ');
  if (words.some((w) => GRAMMAR.has(w)) || (!repeats && new Set(words).size !== words.length)) return false;
  // An entry's title in a password manager (`see 1Password "prod basic auth"`, `KeePass-Eintrag „Deploy prod“`): where
  // the password is, not the password (1Password's name also spells the label).
  if (PASSWORD_MANAGER_ENTRY.test(ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start))) return false;
  // The line is about passwords in general (`example`, `policy`, `e.g.`), not giving one.
  const { line } = lineAround(ctx.text, ctx.start, ctx.end);
  return !NOT_A_VALUE_LINE.test(line) && !/\b(?:like|such as|for instance|sample|xkcd)\b/i.test(line);
}

const NOUNS = ['dolphin', 'lobster', 'hammock', 'gravel', 'noodle', 'bramble', 'zucchini', 'copper', 'iguana', 'canyon', 'yodel', 'radish', 'walnut', 'pelican'];

/** Distinct nouns for the examples' passphrases (shared with proseSpacedPassphrase.ts). */
export function words(g: ExampleGen, n: number): string {
  const out: string[] = [];
  while (out.length < n) {
    const w = g.pick(NOUNS);
    if (!out.includes(w)) out.push(w);
  }
  return out.join(' ');
}

const escape = (s: string) => s.replace(/ /g, '[ \\t]');

/** Labels of an unquoted passphrase: the password words, and the phrases that unlock a disk or a wallet. */
const SPOKEN_LABELS = [...LABELS, 'unlock phrase', 'recovery phrase', 'encryption phrase'];
/** What tells a passphrase's label from its words: a colon or `::` right after, or a verb after up to 60 characters. */
const SPOKEN_SEPARATOR = `(?:[^\\n.:;!?"“„«「]{0,40}?[ \\t]{0,3}(?:::|[:：])|[^\\n.:;!?"“„«「]{0,60}?[ \\t](?:is|ist|est|es|é|è|jest)(?:[ \\t]{1,3}(?:still|now))?)[ \\t]{1,3}`;
/** Words that end a passphrase without being one of it (`… marble ember all lower case`, `… quartz, I'll put it in the vault`). */
const STOP_WORDS = 'all|with|and|but|for|the|you|your|then|just|from|into|lower|upper|case|caps|spaces|in|on|it|we|so|or|not|is|was|are|no|to|at|as|of|if|i';
const SPOKEN_WORD = `(?!(?:${STOP_WORDS})(?![\\p{L}]))[a-z\\u00DF-\\u00FF]{3,12}`;

/** A word of a sentence, not of a passphrase: a participle, an adverb, an abstract noun or a plural. */
const SENTENCE_SUFFIX = /(?:ed|ing|ly|tion|sion|ment|ness|ful|ous|ive|able|ible|ise|ize|[^su]s)$/;

/** Adverbs, participles and adjectives that follow a password word in a sentence (`is never written down anywhere`). */
export const SENTENCE_ADVERBS = new Set(
  (
    'never always often ever again already also only even still yet now here there today tomorrow yesterday anywhere everywhere ' +
    'somewhere nowhere elsewhere down up out off over under below above inside outside too very much many well kept set sent put ' +
    'got given taken known shown written chosen hidden shared same different other another secret private public random strong ' +
    'weak long short good bad new old required optional empty blank none null unknown correct wrong invalid valid default ' +
    'temporary available unique simple easy hard safe unsafe plain clear ' +
    // The same in the other languages of LABELS: times and auxiliaries (`è stata cambiata ieri`, `ist gestern geändert
    // worden`, `fue cambiada ayer`): a sentence about the password, never a passphrase's words.
    'ieri oggi domani sera mattina sempre ancora già mai stata stato stati state sono era ' +
    'ayer hoy mañana siempre todavía nunca sido fue ' +
    'ontem hoje amanhã ainda sempre foi ' +
    'hier demain toujours encore jamais été ' +
    'gestern heute morgen immer noch schon nie worden wurde ' +
    'gisteren vandaag altijd nooit geweest ' +
    'wczoraj dzisiaj jutro zawsze ' +
    'aina koskaan nyt tänään eilen huomenna vähintään enintään'
  ).split(' '),
);

/**
 * A past participle after the copula of a Romance language or German (`è stata cambiata`, `fue cambiada`, `est changé`,
 * `ist geändert`): the verb of a sentence. Asked only after those verbs: random nouns may end so in English (`tornado`).
 */
const PARTICIPLE = /^(?:\p{L}{3,}(?:at[aoie]|ut[aoie]|it[aoie]|ad[ao]s?|id[ao]s?|ée?s?)|ge\p{L}{2,}(?:t|en))$/u;
const ROMANCE_COPULA = /[ \t](?:è|é|es|est|ist|jest|fue|foi|era|war)[ \t]{1,3}$/i;

function validateSpokenPassphrase(value: string, ctx: MatchContext): boolean {
  // Words drawn at random may repeat (`honey dragon dragon`): after the label's colon or verb and with every word a
  // plain noun (below), a repeat is a draw, not a phrase of the language.
  if (!validateQuotedPassphrase(value, ctx, true)) return false;
  const words = value.split(' ');
  if (ROMANCE_COPULA.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start)) && words.some((w) => PARTICIPLE.test(w))) return false;
  return words.every((w) => !SENTENCE_SUFFIX.test(w) && !SENTENCE_WORDS.has(w) && !SENTENCE_ADVERBS.has(w));
}

/** Words drawn for a passphrase, not a phrase of a sentence: no grammar, participle, adverb, plural or word of a sentence. */
export const plainPassphraseWords = (words: readonly string[]) => words.every((w) => !GRAMMAR.has(w) && !SENTENCE_SUFFIX.test(w) && !SENTENCE_WORDS.has(w) && !SENTENCE_ADVERBS.has(w));

export const proseQuotedPassphraseRules: Rule[] = [
  {
    ...base,
    id: 'prose-quoted-passphrase',
    description: 'Passphrase of three to six plain words in quotes after the password word of its sentence',
    // ASCII labels whole; the others folded as the prefilter folds them.
    keywords: [...new Set([...LABELS.filter((l) => /^[\x20-\x7e]+$/.test(l)), ...foldedKeywords(LABELS.filter((l) => !/^[\x20-\x7e]+$/.test(l)))])],
    keywordWindow: { before: 8, after: 200 },
    pattern: new RegExp(`(?<![\\p{L}])(?<key>${LABELS.map(escape).join('|')})(?![\\p{L}])[^\\n"“„«「]{0,90}["“„«「](?<secret>\\p{Ll}{3,12}(?:[ \\t]\\p{Ll}{3,12}){2,5})["”“»」]`, 'iu'),
    validate: validateQuotedPassphrase,
    examples: {
      positives: (g) => [
        `New shared passphrase for the offline backup drive is "${g.s(words(g, 4))}" (all lowercase).`,
        `ren: the shared mod account — the password is literally the sentence "${g.s(words(g, 5))}"`,
        `- Gestionale magazzino: la password è "${g.s(words(g, 3))}"`,
        `- Wachtzin voor de back-upschijf: "${g.s(words(g, 4))}"`,
      ],
      negatives: () => [
        'The password policy says "use four random words".',
        'Example of a passphrase: "correct horse battery staple".',
        'If the password prompt says "invalid user name", call the desk.',
        'Password: "see the vault"',
        'Platzhaltertext im Feld: „Neues Passwort eingeben“',
        'The password field shows "password is required" when empty.',
        '| PROD_BASIC_AUTH | see 1Password "prod basic auth" |',
        'The staging password sits in the KeePass entry "jenkins staging admin".',
      ],
    },
  },
  {
    ...base,
    id: 'prose-spoken-passphrase',
    description: 'Passphrase of three to six plain words without quotes after its password word, ending the clause',
    keywords: [...new Set([...SPOKEN_LABELS.filter((l) => /^[\x20-\x7e]+$/.test(l)), ...foldedKeywords(SPOKEN_LABELS.filter((l) => !/^[\x20-\x7e]+$/.test(l)))])],
    keywordWindow: { before: 8, after: 200 },
    pattern: new RegExp(
      `(?<![\\p{L}])(?<key>${SPOKEN_LABELS.map(escape).join('|')})(?![\\p{L}])${SPOKEN_SEPARATOR}(?<secret>${SPOKEN_WORD}(?:[ \\t]${SPOKEN_WORD}){2,5})(?=[ \\t]{0,3}(?:$|\\r?\\n|[.,;!?()]|[-–—][ \\t])|[ \\t]{1,3}(?:${STOP_WORDS})(?![\\p{L}]))`,
      'iu',
    ),
    validate: validateSpokenPassphrase,
    examples: {
      positives: (g) => [
        `[00:00:47] Agent: The guest one? The passphrase is ${g.s(words(g, 5))}, all lower case, with spaces.`,
        `- Backup encryption passphrase: ${g.s(words(g, 4))}`,
        `   - borg passphrase :: ${g.s(words(g, 3))}`,
        `Passphrase for it: ${g.s(words(g, 4))}`,
        `the password for the studio laptop is ${g.s(words(g, 3))} all lower case with spaces`,
        // Finnish's accusative on the next line of the sentence (rw-dev26).
        `Avasin sen ja asetin väliaikaisen\nsalasanan: ${g.s(words(g, 4))}\n`,
      ],
      negatives: () => [
        'The passphrase is used to encrypt the private key.',
        'Passphrase: protects private keys at rest',
        'The password is stored in the vault.',
        'Passphrase: like correct horse battery staple, four random words.',
        'The password manager is bitwarden cloud edition.',
        'The password is never written down anywhere.',
        'The passphrase is kept offline, never typed into chat.',
        'Salasanan vaihto: kirjaudu sisään portaaliin ja valitse asetukset',
        'Salasanan: vähintään kaksitoista merkkiä pitkä',
      ],
    },
  },
];
