// A letters-only password given right after its password word, or after the word and a copula, while the sentence
// goes on (`das Startkennwort <words run together> eingeben`, `met wachtwoord <words> (alleen acceptatie)`,
// `la contraseña era <words> y ahora …`, `gym app pw is <Words> if you want …`). The other prose rules want such a
// value to end its clause, because a word after it usually means the value was a word of the sentence too. Words
// run together are no word of a sentence: long small-letter runs without a word's ending, or two to four
// capitalised words. After a copula a shorter run or a capitalised run counts too.
import type { MatchContext, Rule } from '../types';
import { isLetterCompound } from '../validators/letterCompound';
import { base, foldedKeywords, lineAround, looksLikeCode, proseApplies } from './prose';
import { chatPath, NOT_A_VALUE_LINE } from './proseFollowup';
import { capitalisedWords, codeIdentifier, letterPassword, lowerRunTogether } from './proseLetterPasswords';
import { BAD_PASSWORD_EXAMPLE, runTogetherWords } from './proseNotValue';
import { SENTENCE_WORDS } from './proseWords';

/** Password words that name nothing else (not `pass`, `key` or `code`); German and Dutch compounds end in theirs. */
const WORD =
  '(?:[A-Za-zäöüÄÖÜß]{2,24}-?)?(?:passwort|kennwort|wachtwoord)|password|passwd|passphrase|pwd|pw|senha|hasło|haslo|heslo|lösenord(?:et)?|contraseña|contrasena|mot de passe|mdp|şifresi|şifre|parolası|parola|пароль|jelszó|jelszava|salasana|adgangskode|passord|geslo|lozinka';

/** A copula or a word of time between the password word and its value (`is`, `era`, `ist jetzt`, `is still`). */
const COPULA = "(?:is|was|ist|war|era|es|est|é|è|är|jest|je|lautet|hei(?:ß|ss)t|c'est|still|now|noch|jetzt|ancora|ainda|todavía|ahora|agora|adesso|maintenant|teraz|nu)";

/** Endings of long words of English and German prose that the letter validators leave (`straightforward`, `Verwaltungsprogramm`). */
const LONG_WORD = /(?:ward|wards|where|ever|over|self|selves|theless|standing|programm|gramm|system|systeme|text|case|space|holder|plate|through|complete|fill|print|shot|board|script|field|box)$/i;

function validate(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  const lower = value.toLowerCase();
  if (SENTENCE_WORDS.has(lower) || codeIdentifier(value) || LONG_WORD.test(value) || !isLetterCompound(value)) return false;
  const pascal = capitalisedWords(value);
  // Small letters (perhaps a capital first) ending like a German verb or plural (`wiederherstellen`): a word.
  if (!pascal && /en$/.test(lower)) return false;
  const copula = /[ \t]$/.test(ctx.text.slice(ctx.start - 1, ctx.start)) && new RegExp(`(?:^|[^\\p{L}])${COPULA}[ \\t]{1,3}[\`"'“«*]{0,2}$`, 'iu').test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start));
  // Right after the password word the run must be long (14+ small letters) or capitalised words; after a copula a
  // run of 11+ small letters counts too. One capital and small letters (`Pflichtfeld`) is a noun of the sentence.
  const shaped = pascal || (runTogetherWords(lower) && letterPassword(lower)) || (copula && /^[a-z]+$/.test(value) && lowerRunTogether(value));
  if (!shaped) return false;
  // A label (`Password Authenticator:`), a call or a member after the value: code or a heading, not a value.
  if (/^[ \t]{0,2}[:：]|^\(|^\.[A-Za-z]/.test(ctx.text.slice(ctx.end, ctx.end + 3))) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const before = line.slice(0, ctx.start - lineStart);
  return !NOT_A_VALUE_LINE.test(before) && !BAD_PASSWORD_EXAMPLE.test(before);
}

export const proseLettersGivenRules: Rule[] = [
  {
    ...base,
    id: 'prose-letters-after-password-word',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Letters-only password (words run together) right after its password word or its copula, the sentence going on (Startkennwort … eingeben)',
    keywords: [
      'password',
      'passwort',
      'kennwort',
      'passwd',
      'passphrase',
      'pw ',
      'pwd ',
      'senha',
      'wachtwoord',
      'haslo',
      'heslo',
      'contrase',
      'mot de passe',
      'mdp ',
      'parola',
      'salasana',
      'adgangskode',
      'passord',
      'geslo',
      'lozinka',
      ...foldedKeywords(['hasło', 'lösenord', 'şifre', 'Şifre', 'пароль', 'Пароль', 'jelszó', 'jelszava']),
    ],
    keywordWindow: { before: 30, after: 80 },
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}_./$@=-])(?:${WORD})(?:[ \\t]{1,3}${COPULA}){0,2}[ \\t]{1,3}(?:\\*\\*|[\`"'“«])?(?<secret>[A-Za-z]{11,32})(?![\\p{L}\\p{N}_@/\\\\-])`,
      'iu',
    ),
    validate,
    examples: {
      positives: (g) => {
        const lowerRun = () => g.pick(['kuckucksuhr', 'stroopwafel', 'penguin', 'marmotte']) + g.pick(['wanderschuh', 'kabouter', 'castleriver', 'picklecomet']);
        const pascalRun = () => g.pick(['Papillon', 'Portakal', 'Regenboog']) + g.pick(['Rocket', 'Pickle', 'Walnut']);
        return [
          `2. Beim ersten Anmelden das Startkennwort ${g.s(lowerRun())} eingeben und sofort ändern.`,
          `Het testaccount is \`planner@example.nl\` met wachtwoord ${g.s(lowerRun())} (alleen acceptatie).`,
          `Antes la contraseña era ${g.s(lowerRun())} y ahora me dice "contraseña incorrecta".`,
          `2026-03-04 07:10 From: Finn: gym app pw is ${g.s(pascalRun())} if you want to book the court`,
          `Veritabanı şifresi ${g.s(lowerRun())} — sadece test ortamı için.`,
        ];
      },
      negatives: () => [
        'The password is straightforward to change in the portal.',
        'Passwort wiederherstellen über den Link unten.',
        'Use the password autocomplete attribute on the field.',
        'The password requirements are listed below.',
        'Our password administrators will reset it.',
        'The password placeholder text is shown in grey.',
        'password PasswordEncoder is configured in the bean.',
        'the password is alphanumeric and case sensitive',
        'Password Authenticator: enabled',
        'Example of a bad password is correcthorsebattery, never use it.',
        'Kennwort Richtlinien gelten ab Montag.',
        'Passwort ist Pflichtfeld',
      ],
    },
  },
];
