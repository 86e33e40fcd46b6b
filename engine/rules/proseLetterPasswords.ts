// Passwords of letters only that a prose rule would otherwise read as the next word of its sentence: words run
// together in small letters or each capitalised (two to four words of any language, the first perhaps small).
// People choose these for Wi-Fi keys and shared logins. What they are not: one long word of the sentence
// (`requirements`, `authentication`, `automatically`) or a programmer's identifier (`PasswordEncoder`,
// `resetPassword`, `UserManager`), whose parts are words of code.
import { isSingleProseWord } from '../validators/letterCompound';
import { SENTENCE_WORDS } from './proseWords';

/** Endings of long words of a sentence in the languages of the labels (nouns, adverbs, participles, plurals). */
const WORD_ENDING =
  /(?:ly|ment|ments|mente|weise|lich|lichen?|ig|ige[nr]?|ung|ungen|tion|tions|sion|sions|ness|able|ible|ed|ing|ings|ies|ity|ism|isme|ismus|ally|ique|iques|ance|ence|ances|ences|ers|ors|ist|ists|ive|ous|ful|less|heit|keit|schaft|ieren|iert|ado|ada|ados|adas|ido|ida|idos|idas|ción|ciones|ção|ções|zione|zioni|ité|ités|eur|eurs|ować|anie|enie|owy|owa|lar|ler|ları|leri|ması|mesi)$/;

/** Parts of identifiers in code and UI strings: a name made of these is no chosen password. */
const CODE_PARTS = new Set(
  (
    'password passwd pass pwd passphrase reset forgot forgotten change changed manager hash hashed hasher field policy input form box dialog ' +
    'page view service provider handler factory builder encoder decoder validator validation store storage config configuration settings ' +
    'setting auth authentication authenticator authorization token key keys credential credentials secret secrets login logon logout signin ' +
    'signup user users username account accounts string text type strength hint prompt required error errors exception helper util utils ' +
    'data info request response controller component module context client server api http https json xml sql test tests mock spec example ' +
    'sample default new old get set update create delete remove add expired expiry length rule rules generator random plain masked hidden ' +
    'visible toggle show hide button label icon modal screen flow step wizard section table list item entry record model schema object class ' +
    'interface impl base abstract vault keychain keystore wallet protected encrypted reader writer stream buffer file path dir directory ' +
    'value values name names id ids check verify verification confirm confirmation match mismatch invalid valid field fields options option ' +
    'params param props state event events listener callback action actions util session sessions cookie cookies cache header headers ' +
    'admin root local remote master main primary manage management repository repo entity dto dao util factory mapper filter adapter proxy ' +
    'wrapper parser loader runner worker task job queue message messages mail email smtp database db connection connector driver ' +
    'version upgrade migration policy policies access role roles permission permissions group groups security crypto cipher salt'
  ).split(' '),
);

/** Small letters run together: 11 to 40, no ending of a sentence's word (here or letterCompound's), not a word of the sentence list. */
export function lowerRunTogether(value: string): boolean {
  return /^[a-z\u00DF-\u00FF]{11,40}$/.test(value) && !WORD_ENDING.test(value) && !isSingleProseWord(value) && !SENTENCE_WORDS.has(value);
}

/**
 * Two to four words each capitalised, or a small word then capitalised ones, 10 to 40
 * letters, none a word of code (CODE_PARTS).
 */
export function capitalisedWords(value: string): boolean {
  if (value.length < 10 || value.length > 40) return false;
  if (!/^(?:[A-Z][a-z]{2,14}){2,4}$/.test(value) && !/^[a-z]{3,14}(?:[A-Z][a-z]{2,14}){2,3}$/.test(value)) return false;
  const parts = value.match(/[A-Za-z][a-z]+/g) ?? [];
  return !parts.some((p) => CODE_PARTS.has(p.toLowerCase()));
}

/** A password of letters only that reads as chosen (lowerRunTogether or capitalisedWords). */
export function letterPassword(value: string): boolean {
  return lowerRunTogether(value) || capitalisedWords(value);
}

/** Words joined in camel case with a word of code among them (`UserManager`, `resetPassword`): an identifier. */
export function codeIdentifier(value: string): boolean {
  if (!/^[A-Za-z][a-z]+(?:[A-Z][a-z]+)+$/.test(value)) return false;
  return (value.match(/[A-Za-z][a-z]+/g) ?? []).some((p) => CODE_PARTS.has(p.toLowerCase()));
}
