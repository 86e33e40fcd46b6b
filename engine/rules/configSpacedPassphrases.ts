// A passphrase of plain words with spaces as an unquoted value under a password's name (rw-dev17, rw-dev18, rw-dev20,
// rw-dev11): YAML (`private_key_passphrase: amber willow harbor`), a dotenv or INI line (`DB_PASSWORD=fox lantern
// meadow`) and PHP's print_r of a request (`[password] => maple river stone7`). YAML and print_r take the rest of the
// line as the value, so the shared keyed grammar (one unquoted word) stops at the first blank and the words are lost.
// No word may be grammar, a sentence's word, a verb form or an adverb (proseQuotedPassphrase's lists), or name an
// account's parts: an i18n label (`password: enter new password`) or a remark (`password: see the vault`) is none.
import { lineStartNear } from '../detect/lineStartNear';
import { fileKind } from '../validators/fileKind';
import { readSecretName } from '../validators/secretName';
import type { MatchContext, Rule } from '../types';
import { GRAMMAR, SENTENCE_ADVERBS, words } from './proseQuotedPassphrase';
import { SENTENCE_WORDS } from './proseWords';

/** Words of labels, hints and stand-ins, never drawn for a passphrase. */
const NOT_PASSPHRASE_WORDS = new Set(
  (
    'password passwords passwd passphrase pass phrase secret token key user username login account admin root ' +
    'enter type choose confirm confirmation change reset forgot repeat retype current field label hint placeholder ' +
    'here there this that your mine ours their see ask vault keepass bitwarden lastpass env environment variable ' +
    'value empty blank none null nil unset todo fixme tbd same above below letter letters digit digits character characters ' +
    'minimum maximum least most length long short must should can cannot will would may might please example sample dummy fake test'
  ).split(' '),
);

/** Paths of translations: a label's words under a password's name are its text. */
const I18N_PATH = /(?:^|[\\/])(?:locales?|i18n|l10n|lang|langs|languages|translations?|messages)[\\/]|(?:^|[\\/._-])(?:[a-z]{2}(?:[-_][A-Z]{2})?)\.(?:ya?ml|json|properties)$/;

/** The name before the value on its line: `name:`, `name=`, print_r's `[name] =>`. */
const KEY_BEFORE = /(?:^|[ \t[-])((?=[A-Za-z_])[A-Za-z0-9_.-]{0,40}?(?:pass(?:word|wd|phrase)?|pwd|pw))\]?["']?[ \t]{0,8}(?:=>|[:=])[ \t]{0,8}$/i;

/** Config files, logs and files of no known kind: code, prose and tests have their own rules for such words. */
function configLikePath(path: string | undefined): boolean {
  const kind = fileKind(path);
  if (kind === 'prose' || kind === 'code' || kind === 'test' || kind === 'example' || kind === 'lockfile' || kind === 'minified' || kind === 'notebook') return false;
  return path === undefined || !I18N_PATH.test(path);
}

function validateSpacedConfigPassphrase(value: string, ctx: MatchContext): boolean {
  if (!configLikePath(ctx.path)) return false;
  // Drawn words are lower-case; a label's are not (`Enter Your Password`).
  if (!/^[a-z0-9 ]+$/.test(value)) return false;
  const lineStart = lineStartNear(ctx.text, ctx.start, ctx.start - 200);
  const key = KEY_BEFORE.exec(ctx.text.slice(lineStart, ctx.start))?.[1];
  // The name ends in its password word (`db_password`, `privateKeyPassphrase`), not a label of it (`password_hint`).
  if (!key || readSecretName(key)?.kind !== 'password') return false;
  const list = value.replace(/[0-9]{1,4}$/, '').split(' ');
  // The name says the value is a password, so nouns of any form count (`substation`, `breakers`); a word of grammar,
  // of a sentence, a past participle or an adverb makes the words a message (`password: length requirement failed`).
  return !list.some((w) => GRAMMAR.has(w) || SENTENCE_WORDS.has(w) || SENTENCE_ADVERBS.has(w) || NOT_PASSPHRASE_WORDS.has(w) || /(?:ed|ly)$/.test(w));
}

export const configSpacedPassphraseRule: Rule = {
  id: 'config-spaced-passphrase',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: "Passphrase of three to six plain words, unquoted, under a password's name in YAML, a dotenv or INI line, or PHP's print_r",
  appliesToPath: configLikePath,
  // A name ending in `pw` has its quote, blank, bracket or separator right after it.
  keywords: ['pass', 'pwd', 'pw:', 'pw=', 'pw ', 'pw"', "pw'", 'pw]', 'pw\t'],
  keywordWindow: { before: 60, after: 140 },
  // The name at its line's start (indented, maybe a YAML list item or `export`), or print_r's `[name] => `; the words
  // end the line (maybe before a comment).
  pattern:
    /(?:^|\n)[ \t]{0,24}(?:-[ \t]{1,4}|export[ \t]{1,4})?(?:(?=[A-Za-z_])[A-Za-z0-9_.-]{0,40}?(?:pass(?:word|wd|phrase)?|pwd|pw)["']?[ \t]{0,8}[:=][ \t]{0,8}|\[(?=[A-Za-z_])[A-Za-z0-9_]{0,40}?(?:pass(?:word|wd|phrase)?|pwd|pw)\][ \t]{1,4}=>[ \t]{1,4})(?<secret>[a-z]{3,12}(?: [a-z]{3,12}){2,5}[0-9]{0,4})(?=[ \t]{0,8}(?:[ \t]#[^\n]{0,200})?(?:\r?\n|$))/i,
  validate: validateSpacedConfigPassphrase,
  minEntropy: 0,
  envName: 'PASSWORD',
  severity: 'warning',
  docsUrl: 'https://yaml.org/spec/1.2.2/#733-plain-scalars',
  revocationUrl: null,
  revocationNote: 'Change the passphrase where it is used (the account, the key file), then keep it in a secret store and reference it from the config.',
  examples: {
    positives: (g) => [
      `login_gov:\n  client_id: urn:gov:sp:city\n  private_key_passphrase: ${g.s(words(g, 3))}\n`,
      `DB_HOST=127.0.0.1\nDB_USERNAME=clinica\nDB_PASSWORD=${g.s(words(g, 3))}\n`,
      `partners:\n  - id: retail\n    username: nf_edi\n    private_key_passphrase: ${g.s(words(g, 4))}\n`,
      `Array\n(\n    [username] => shop\n    [password] => ${g.s(words(g, 3) + g.digits(1))}\n)\n`,
    ],
    negatives: (g) => [
      'password: enter your new password\n',
      'password_hint: the name of your first pet\n',
      `# password: ${words(g, 3)}\n`,
      'DB_PASSWORD=see the vault entry\n',
      'password: must contain letters and digits\n',
      `auth:\n  password: ${words(g, 2)}\n`,
      'bypass: proxy cache layer\n',
      `api_key: ${words(g, 3)}\n`,
      'password: length requirement failed\n',
      'errors:\n  password: Passwords Do Not Match\n',
    ],
  },
};
