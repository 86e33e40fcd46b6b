// A password named earlier in its own sentence and given at the end of a clause, with words of any kind between
// (`the new password is <strong>X</strong> for the UI login`, `Senha do arquivo .pfx: X`, `теперь он X.`,
// `wachtwoord is sinds vorige week X`, `पासवर्ड X है`). The labelled rules want the value right after the label
// or after a copula; people put words, clauses and their own word order between. Here the value's shape decides
// (chosen-looking: symbols, digits with letters, generated runs), so sentences about passwords stay quiet.
import { labelCallsValuePublic } from '../validators/searchOnlyKey';
import { publicKeyRemarkAfter } from '../validators/publicKeyRemark';
import { chatPath, dashedSixes, NOT_A_VALUE_LINE, passphraseShaped, PASSWORD_CONTEXT, passwordShaped, TOKEN_CONTEXT } from './proseFollowup';
import { BAD_PASSWORD_EXAMPLE } from './proseNotValue';
import { isLiteralToken } from '../validators/literalArgument';
import { looksRandom } from '../validators/valueStats';
import { isLetterCompound } from '../validators/letterCompound';
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { base, continuesSentence, strictlyRandom, foldedKeywords, lineAround, looksLikeCode, NOT_A_CREDENTIAL_KEY_WORDS, proseApplies, prosePassword, VALUE } from './prose';
import { ASCII_PASSWORD_LABELS, CREDENTIAL_WORDS, INTL_PASSWORD_LABELS, INTL_TOKEN_LABELS, SENTENCE_WORDS, TOKEN_LABELS } from './proseWords';
import { pushTokenBefore } from '../validators/pushToken';
import { exampleSpeaker } from './proseChatLines';

/** The password words (PASSWORD_CONTEXT), with its one open-ended blank bounded for the regex safety check. */
export const WORDS = PASSWORD_CONTEXT.source.replace('[ \\t]+for', '[ \\t]{1,3}for');
/** Token words, with the API-key phrases of Romance languages that put `de` between (`chave de API`, `clave de la API`). */
const TOKEN_WORDS = `${TOKEN_CONTEXT.source}|(?:chave|clave|chiave)[ \\t]{1,2}(?:de[ \\t]{1,2}(?:la[ \\t]{1,2})?|dell'|da[ \\t]{1,2})?api`;

/** The words, for finding their last occurrence before a value (built once: validators run per match). */
const PASSWORD_WORDS_ON_LINE = new RegExp(PASSWORD_CONTEXT.source, 'giu');
const TOKEN_WORDS_ON_LINE = new RegExp(TOKEN_WORDS, 'giu');

/** How far before the value its password word may stand on the line. */
const REACH = 110;

/**
 * Where a clause ends after the value: the line ends, punctuation and a blank, a bracket, a dash, a plus between blanks
 * (`X + the .pem key file`), a table's cell border (`| 14 Clients ohne LAPS, gemeinsames Passwort X |`), a word of
 * another script (`X है`, `X 로`) or full-width punctuation (`密码 X，只读账号`, also after the value's own full stop:
 * `密码 X.，只读`).
 */
const CLAUSE_END_SOURCE =
  '(?:[`"\'”»*_)\\]）]|</(?:strong|b|code|em|kbd)>){0,4}[ \\t]{0,3}(?:$|\\r?\\n|[.,;!?:)]{1,2}(?:[ \\t]|$|\\r?\\n|[，。；！？、])|\\(|[—–]|(?<=[ \\t])\\|(?:[ \\t]|$|\\r?\\n)|-{1,2}[ \\t]|(?<=[ \\t])\\+[ \\t]|[\\u0900-\\u097F\\u0600-\\u06FF\\u0E00-\\u0E7F\\uAC00-\\uD7AF\\u3040-\\u30FF\\u4E00-\\u9FFF]|[，。；！？、]|' +
  // Hindi's verb after the value, written in Latin letters (`console ka password X hai`, `abhi X rakha hai`).
  // Hungarian's copula after it too (`a router admin jelszava X volt, visszaállítottuk`).
  '(?<=[ \\t])(?:hai|hain|tha|thi|hoga|rakha|rakhi|rakhe|rahega|volt|lett|lesz)(?![A-Za-z]))';
const CLAUSE_END = new RegExp(`^${CLAUSE_END_SOURCE}`);
/**
 * A word after the value (`Neues Kennwort X vergeben`, `VPN parolası ise X olarak ayarlandı`): only after a value
 * with a symbol in it, which no word of the sentence has.
 */
const WORD_AFTER_SYMBOL = '(?<=[!@#$%^&*+=?~][^\\s]{0,63})[ \\t]{1,2}\\p{L}';
const FOLLOWED_BY_WORD = /^[ \t]{1,2}\p{L}/u;

/**
 * Generated-looking without a symbol: 8 or more letters and digits with capitals and small letters, or groups joined
 * by `-`, `_` or `.` (`k4bd-…`). A word may follow such a value where the sentence gives it (`… is X if you
 * need it`), as no word of the sentence has this shape.
 */
export const mixedGenerated = (value: string) =>
  value.length >= 8 && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && (/[a-z]/.test(value) && /[A-Z]/.test(value) ? /^[A-Za-z0-9_.-]+$/.test(value) : /^[a-z0-9]+(?:[-_.][a-z0-9]+){2,}$/i.test(value));

/** Closed as a value is closed in prose: a quote, backtick, bold or markup right after it. */
const CLOSED = /^(?:[`"'”»」）]|\*\*|<\/(?:strong|b|code|em|kbd)>)/;

/** Ticket and change ids, versions, files and algorithm-like names: chosen-looking shapes that are not passwords. */
const NOT_A_PASSWORD =
  /^(?:[A-Za-z]{1,12}-?[0-9]{1,4}(?:\.[0-9]{1,4})+|[\w.-]+\.(?:pfx|p12|pem|key|crt|cer|jks|kdbx|txt|md|json|ya?ml|xml|ini|conf|cfg|env|zip|gz|sql|csv|log|sh|ps1|py|js|ts|html?|pdf|docx?|xlsx?)|(?:sha|md|aes|rsa|hs|rs|es|ed|x|utf|iso|win|ubuntu|debian|rhel|centos|python|node|java|php|ruby|go|ipv|http|tls|ssl|oauth|pbkdf|argon|bcrypt|scrypt)[-_]?[0-9]{1,5}(?:[A-Za-z-][A-Za-z0-9-]{0,20})?|x86_64|x86|amd64|arm64|aarch64)$/i;

/** A value as prose.ts VALUE reads it, up to 64 characters (a password; the bound keeps the pattern linear). */
const SHORT_VALUE = VALUE.replace('{0,127}', '{0,63}');

/** Letters only, as long as words run together (isLetterCompound): the validator tells them from a word of the sentence. */
const LETTERS_ONLY = '[A-Za-z]{11,32}(?![\\p{L}\\p{N}])';
/** Small words joined by `_` or `-` (`whisky_tango_foxtrot_lovely`): a passphrase, read like letters run together. */
const JOINED_WORDS = '[A-Za-z][a-z]{2,11}(?:[-_][a-z]{3,12}){2,6}(?![\\p{L}\\p{N}_-])';
/** Three or four dashed groups of six letters in mixed case (`xxxXxx-xXxxxx-Xxxxxx`), as password managers generate them. */
const DASHED_SIXES = '[A-Za-z]{6}(?:-[A-Za-z]{6}){2,3}(?![\\p{L}\\p{N}_-])';

/**
 * Words of a sentence the validators never take for its value: a mail address, a time or a date (`06:00`, `31/01`), a
 * word asked about (`acceptatie-database?`). The pattern steps over them to the next value of the clause (`… van
 * api@bedrijf.example is X`, `… hasta el 31/01: X`), where it stopped at them before and lost the value.
 */
const NOT_A_VALUE_CORE = '[\\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,4}|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|[0-9]{1,4}[/.][0-9]{1,2}(?:[/.][0-9]{2,4})?|\\p{L}[\\p{L}-]{1,40}\\?';
const WORD_ENDS = '[,;:.)]{0,2}(?=[ \\t]|\\r?\\n|$)';
const NOT_A_VALUE_WORD = `(?:${NOT_A_VALUE_CORE})${WORD_ENDS}`;
/**
 * For a token also ticket and algorithm ids (`FIN-2198`, `SHA-256`), which no token is. (Not for a password: the
 * patterns ignore case, and `Summer-2024` has a ticket's shape.)
 */
const NOT_A_TOKEN_WORD = `(?:${NOT_A_VALUE_CORE}|[A-Z][A-Z0-9]{1,9}-[0-9]{1,7})${WORD_ENDS}`;
/** Such a word between the password word and the value: the value is a later one of the clause. */
const STEPPED_OVER = new RegExp(`(?:^|[ \\t(\\[\`"'*])${NOT_A_VALUE_WORD}`, 'u');

/** Ticket, incident and change ids (`DATA-9967`, `INC0081234`, `CHG12345`). */
const TICKET_ID = /^(?:[A-Z][A-Z0-9]{1,9}-[0-9]{1,7}|[A-Z]{2,8}[0-9]{3,}|[A-Z]{1,6}-(?:19|20)[0-9]{2}(?:-[A-Z0-9]{1,6}){1,3})$/;

/** Identifiers written in a sentence (`PasswordEncoder`, `db_password2`, `resetPasswordForm`): code words, not values. */
const CODE_WORD =
  /password|passwort|secret|token|credential|manager|service|provider|factory|handler|config|encoder|store|field|input|form|reset|policy|login|exception|error|request|response|client|server|helper|util/i;

const ABOUT_SOMETHING_ELSE =
  /^[ \t]{0,3}(?:reset|resets|change|policy|policies|manager|hash|hashes|hashing|field|prompt|protected|less|expiry|expiration|rotation|requirements?|strength|recovery|vault|refresh|refreshes|expired|expires|validation|verification|endpoint|flow|format|length|type)\b/i;
const OTHER_LABEL = /(?:^|[^\p{L}])(?:id|identifi\w*|session|user(?:name)?|login|benutzer|usuario|utilisateur|host|port|url|hash|token|key|code|pin|ticket|case|order|ref)[ \t]{0,2}[:：=#]/iu;
/** For a token: another label than the token's own (`… (request id: X)`). */
const OTHER_LABEL_FOR_TOKEN = /(?:^|[^\p{L}])(?:id|identifi\w*|session|user(?:name)?|login|host|port|url|hash|sha|commit|digest|checksum|ticket|case|order|ref|nonce|trace|request)[ \t]{0,2}[:：=#]/iu;

type Kind = 'password' | 'token';

/** The value ends a password's sentence on this line; returns the words between the password word and the value. */
/** A host or device name: letters and digits in parts joined by `-` or `.` (`esx-03`, `srv-db01.lan`), no other symbol. */
const HOST_NAME = /^[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)+$/;
const valueOf = (ctx: MatchContext) => ctx.text.slice(ctx.start, ctx.end);

function sentenceBefore(ctx: MatchContext, kind: Kind): { sentence: string; head: string; between: string } | undefined {
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const before = line.slice(Math.max(0, ctx.start - lineStart - REACH), ctx.start - lineStart);
  let last = -1;
  let end = -1;
  const words = kind === 'password' ? PASSWORD_WORDS_ON_LINE : TOKEN_WORDS_ON_LINE;
  words.lastIndex = 0;
  for (let m = words.exec(before); m !== null; m = words.exec(before)) {
    // Part of an identifier, a URL or a file name (`POSTGRES_PASSWORD=`, `/reset-password?`, `mdp.example.fr`): no label.
    // A quoted key (`"Key": …`) is structured data: the keyed rules read it.
    // A word of another script is written against its neighbours (`rootパスワードを`, `הסיסמה`): no identifier there.
    const ascii = m[0].charCodeAt(0) < 128;
    // A German compound's last word (`root-Kennwort`, `OTA-Passwort`) is the label; not a flag (`--passwort`).
    const compound = before.charAt(m.index - 1) === '-' && /[\p{L}\p{N}]/u.test(before.charAt(m.index - 2)) && /^(?:passwort|kennwort|passphrase)/i.test(m[0]);
    if ((ascii && !compound && /[\w./$"'-]/.test(before.charAt(m.index - 1))) || /^[\w./=?"'-]/.test(before.slice(m.index + m[0].length))) continue;
    last = m.index;
    end = m.index + m[0].length;
  }
  if (last < 0) return undefined;
  // The sentence holding the password word, not one that ended before the value's (`… password. Try Node18`). Scripts
  // without capitals start theirs with any letter (Arabic `… كلمة المرور … دخول. رقم الحجز: X`, a booking number).
  const between = before.slice(end);
  if (/[.!?。！？][ \t]+[\p{Lu}\p{Lo}]|[.!?。！？][ \t]*$/u.test(between.replace(/[`"'”»*_]{1,8}$/, ''))) return undefined;
  // A line break escaped in a JSON or CSV message (`Password: X\n\nRouter arrives …`) ends the sentence too.
  if (between.includes('\\n')) return undefined;
  // A table's cell border, or a semicolon and then another label, between the word and the value (`… \`hasło to X\`,
  // Turkish \`kullanıcı\`; C: non-prose of rw-dev..10`): the value belongs to the next cell or clause. (A semicolon
  // alone still runs on: `the stop password; it is X`.)
  if (/[;；][ \t][^:：]{0,80}[:：][ \t]+\S|[ \t]\|[ \t]/.test(between)) return undefined;
  // The word quoted in a code span that closes before the value (`Cisco \`enable secret X\` typed …, \`Basic base64(…)\``):
  // the span is a quoted form, not the sentence's label.
  // (The word is in a span when the last backtick before it opens one: a blank or a bracket before it, a letter after.)
  const tick = before.lastIndexOf('`', last);
  const inSpan = tick >= 0 && (tick === 0 || /[\s([{"'“,:/]/.test(before.charAt(tick - 1))) && /[^\s`]/.test(before.charAt(tick + 1));
  // A code span holding only the word, then a comma (`before \`key\`, \`Basic …\``): a list of quoted forms.
  if (inSpan && (/^`[ \t]{0,2},/.test(between) || (!between.startsWith('`') && between.slice(0, -1).includes('`')))) return undefined;
  // Words right after the password word that make the sentence about something else (`password reset (DATA-1)`),
  // another label before the value (`… (session id: X)`), or a place where the password is (`pw in 1Password under X`).
  if (
    ABOUT_SOMETHING_ELSE.test(between) ||
    (kind === 'password' ? OTHER_LABEL : OTHER_LABEL_FOR_TOKEN).test(between) ||
    /(?:^|[ \t])(?:under|in|at|from|see|via|unter|im|dans|sous|en|em|no|na)[ \t]{1,3}[`"'“«*]{0,2}$/i.test(between) ||
    // What the password is for, right before the value: a host or device name (`change ilo password on esx-03`,
    // `Passwort für srv-01`). Only a name's shape: `on` is also Finnish for `is` (`salasana on X`).
    (/(?:^|[ \t])(?:on|for|of|für|auf|vom|von|pour|sur)[ \t]{1,3}[`"'“«*]{0,2}$/i.test(between) && HOST_NAME.test(valueOf(ctx))) ||
    // The key's id, name or fingerprint (`service account key id <hex>`): about the key, not the key.
    (kind === 'token' && /^[ \t]{0,3}(?:id|ids|identifier|fingerprint|thumbprint|name|prefix|suffix)\b/i.test(between))
  )
    return undefined;
  // With up to 40 characters before the word; `head` is what stands right before the word.
  return { sentence: before.slice(Math.max(0, last - 40)), head: before.slice(Math.max(0, last - 40), last), between };
}

/**
 * Words before a token's word that make it no credential (prose.ts's list, a release's or signer's public key, and a
 * search-only key, which search clients ship to every browser). An exam key is an answer key or Safe Exam Browser's
 * Browser Exam Key, a SHA-256 of the browser and its settings (Moodle and Canvas show it to check the exam browser).
 */
const NOT_A_CREDENTIAL_TOKEN_BEFORE = new RegExp(`\\b(?:${NOT_A_CREDENTIAL_KEY_WORDS}|signing|release|search[ \\t-]only|exam)[ \\t]{1,3}(?:[\\p{L}-]{1,20}[ \\t]{1,3})?$`, 'iu');

/** A value the sentence then calls public or no secret (`(X) is public`, `X is not a secret`). */
const SAID_PUBLIC_AFTER = /^[)\]"'`’”*]{0,2}[ \t]{1,3}(?:is|are)[ \t]{1,3}(?:public\b|not[ \t]{1,3}(?:a[ \t]{1,3})?secret\b)/i;

/** A token named earlier in its sentence: generated beyond doubt (mixed case and digits, or a long hex run). */
function validateTokenSentence(value: string, ctx: MatchContext): boolean {
  // The path gate is repeated here: a gate only saves work (test/unit/engine/detect/ruleGates.test.ts).
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  const read = sentenceBefore(ctx, 'token');
  if (read === undefined || NOT_A_VALUE_LINE.test(read.sentence)) return false;
  const marked = /[`"'“«>*→]/.test(ctx.text.charAt(ctx.start - 1)) && (CLOSED.test(ctx.text.slice(ctx.end, ctx.end + 10)) || ctx.text.charAt(ctx.start - 1) === '→');
  if (!marked && !CLAUSE_END.test(ctx.text.slice(ctx.end, ctx.end + 24))) return false;
  if (!/^[\x21-\x7e]+$/.test(value) || !isLiteralToken(value, 20) || value.includes('](') || /[A-Za-z]\(/.test(value)) return false;
  // An Ethereum-style address (`… the keeper role on 0x…`): public, where funds are sent.
  if (/^0x[0-9a-fA-F]{40}$/.test(value)) return false;
  // A public key's id or fingerprint (`Release GPG key: 9554F04D…`, `SSH host key …`), and other keys that are no credential.
  if (NOT_A_CREDENTIAL_TOKEN_BEFORE.test(read.head)) return false;
  // A stored form named as such just before it (Aruba `key ciphertext …`, `password encrypted …`): not the key.
  if (/(?:^|[^\p{L}-])(?:ciphertext|cipher|encrypted|hashed)[ \t]{1,3}$/iu.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start))) return false;
  // A device's push registration (`[Push] APNs device token: …`): an address, not a credential.
  if (pushTokenBefore(ctx.text, ctx.start)) return false;
  // Stripe's publishable key (`pk_live_`, `pk_test_`, mixed case): shipped in every checkout page by design.
  if (/^pk_(?:live|test)_(?=[A-Za-z0-9]{0,200}[a-z])[A-Za-z0-9]{16,}$/.test(value)) return false;
  // The sentence goes on to say so: `The search-only key (X) is public and stays.`
  if (SAID_PUBLIC_AFTER.test(ctx.text.slice(ctx.end, ctx.end + 40))) return false;
  // Or its label's remark did, in the writer's language: `reCAPTCHA key (public, in the HTML): …`.
  if (labelCallsValuePublic(ctx.text, ctx.start)) return false;
  // Or a remark after it names the public key (`API 키는 X, 공개키라 괜찮아요`).
  if (publicKeyRemarkAfter(ctx.text, ctx.end)) return false;
  // A commit in parentheses (`fix token refresh (3f2a…)`) is a reference to a change.
  if (/^[0-9a-f]{40}$/i.test(value) && ctx.text.charAt(ctx.start - 1) === '(') return false;
  // The secret's version or revision id (`key vault secret 'x' (version <hex>)`, `now at rev …`): a reference to it.
  if (/(?:^|[^\p{L}])(?:version|revision|rev|ver)[ \t]{0,2}[:=#]?[ \t]{0,2}[(`"']?$/iu.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start))) return false;
  return strictlyRandom(value) || /^[0-9a-f]{32,64}$/i.test(value);
}

/** A copula, a colon, an arrow or a slash right before the value: it is given (`… ist X`, `… är X`, `… / X`), not named. */
const GIVEN_AFTER =
  /(?:(?:^|[^\p{L}])(?:is|was|are|it's|ist|war|wird|lautet|hei(?:ß|ss)t|jetzt|now|still|es|est|era|c'était|c'est|é|è|e|är|er|jest|je|zijn|sigue[ \t]siendo|ahora|agora|adesso|maintenant|teraz|nu|mis|try|(?:it|changed|set|reset|updated)[ \t]to)|[:：=→/]|[是为為成]|คือ)[ \t]{1,3}$/iu;

/**
 * The password word qualified as temporary or initial, the value right after (`ha la password temporanea X`,
 * `the temporary password X`): the qualifier makes it one issued, so what follows is its value, not a noun.
 */
const QUALIFIED_PASSWORD_BEFORE =
  /(?:^|[^\p{L}])(?:(?:password|passwort|kennwort|wachtwoord|contraseña|senha|mot[ \t]de[ \t]passe|lösenord|salasana)[ \t]{1,2}(?:temporanea|provvisoria|iniziale|temporal|temporaire|provisoire|initial|vorläufiges|temporário|temporária|provisória|tijdelijk|tijdelijke|tillfälligt|väliaikainen)|(?:temporary|initial|one-time|provisional|vorläufiges|tijdelijk|tijdelijke)[ \t]{1,2}(?:password|passwort|kennwort|wachtwoord))[ \t]{1,3}$/iu;

/**
 * Words run together (letters only) are a password's value only where the sentence gives it: right after a copula,
 * a colon, an arrow or a slash (markup around the value aside), or a password word called temporary or initial. After
 * an article, a preposition or the password word itself they are a noun of the sentence (`das Passwort für das
 * Kundenportal`, `password Authenticator`).
 */
function compoundGiven(ctx: MatchContext): boolean {
  const lead = ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start).replace(/(?:<(?:strong|b|code|em|kbd)>|[(«"'`“*「]){1,8}$/, '');
  return GIVEN_AFTER.test(lead) || QUALIFIED_PASSWORD_BEFORE.test(lead);
}

/**
 * `but` opening the next clause (`wachtwoord X maar dat mag je niet gebruiken`) ends the value's clause as a comma
 * would; read so only after letters in mixed case with digits in two places or more (`d7kaR…`), as generated: a name
 * with a number (`Server2019`, `Windows10Pro`, `JohnDoe42`) has one.
 */
const BUT_WORD = '[ \\t]{1,2}(?:but|maar|aber|mais|pero|ma|mas|men|mutta|ale)[ \\t]';
const BUT_NEXT = new RegExp(`^${BUT_WORD}`, 'i');
const butAfterMixedCase = (value: string, after: string) => /^[A-Za-z0-9]+$/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9][A-Za-z]+[0-9]/.test(value) && BUT_NEXT.test(after);

/** Words that name parts of systems and code: a name joined from them is a resource's, not a passphrase. */
const SYSTEM_WORDS =
  /^(?:app|apps|api|admin|auth|user|users|service|services|svc|system|server|client|db|database|data|secret|secrets|key|keys|token|tokens|password|passwords|pass|cred|creds|credentials|config|conf|settings|env|prod|production|dev|develop|staging|stage|test|tests|demo|local|default|file|files|store|storage|vault|cluster|kube|namespace|node|pod|ingress|web|http|https|backend|frontend|read|write|only|mode|access|role|policy|group|account|login|root|main|master|primary|replica|backup|cache|queue|job|task|worker|bucket|name|value|path|dir|tmp|temp|log|logs|bot|hook|webhook|proxy|gateway|private|public|internal|external)$/i;
const joinedWordsPassphrase = (value: string) => {
  const words = value.split(/[-_]/);
  return words.length >= 4 && !words.some((w) => SENTENCE_WORDS.has(w.toLowerCase()) || SYSTEM_WORDS.test(w));
};

/**
 * A password that opens with `@` right after the password word (`temp password @Xxxxxx…7 — send it`): capitals, small
 * letters and digits after it, no dot or second `@`. A mention after `password` names a person (`@jdoe`), in small
 * letters or without a digit.
 */
function atOpenedPassword(value: string, ctx: MatchContext): boolean {
  if (!/^@[A-Za-z][A-Za-z0-9]{8,31}$/.test(value) || !/[a-z]/.test(value) || !/[0-9]/.test(value)) return false;
  if ((value.match(/[A-Z]/g)?.length ?? 0) < 2) return false;
  return /(?:^|[^\p{L}])(?:password|passwort|kennwort|wachtwoord|senha|contraseña|pw|pwd)[ \t]{1,2}$/iu.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start));
}

/** A negation right before the password word, perhaps with an article (`nicht das`, `not the`, `pas le`, `niet het`). */
const NEGATED_WORD =
  /(?:^|[^\p{L}])(?:not|nicht|kein|keine|niet|geen|pas|non|nie|nem|inte|ikke|ei)[ \t]{1,3}(?:(?:the|a|an|das|die|der|dem|den|het|de|le|la|l'|il|lo|el|o|a|un|une|ein|eine|einen)[ \t]{0,3})?$/iu;

/** A keyboard walk (`q1w2e3r4`, `1qaz2wsx`, `qwertz`) and then digits, maybe a symbol. */
const KEYBOARD_WALK_PASSWORD = /^(?:q1w2e3r4(?:t5)?|1q2w3e4r(?:5t)?|1qaz2wsx|zaq12wsx|qazwsx|qwert[yz]|azerty|asdfgh)[0-9]{2,6}[!#$%&*?@.]{0,2}$/i;

export function validateSentence(value: string, ctx: MatchContext): boolean {
  // The path gate is repeated here: a gate only saves work (test/unit/engine/detect/ruleGates.test.ts).
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  const read = sentenceBefore(ctx, 'password');
  if (read === undefined || NOT_A_VALUE_LINE.test(read.sentence) || BAD_PASSWORD_EXAMPLE.test(read.sentence)) return false;
  // The password word negated (`Schülernummer (nicht das Passwort!): X`, `not the password: X`): the value is something else.
  if (NEGATED_WORD.test(read.head)) return false;
  // Digits alone close after the password word, ending the clause (`enter the maintenance password <digits>.`,
  // `пароль на камеру <digits>, логин admin`): a numeric password, as cameras, kiosks and alarm panels take. (prosePassword
  // reads digit runs as counts, ports and dates, which the words between rule out here.)
  if (/^[0-9]+$/.test(value)) return numericPassword(value, read.between) && CLAUSE_END.test(ctx.text.slice(ctx.end, ctx.end + 24)) && !/^[ \t]{0,3}\?/.test(ctx.text.slice(ctx.end, ctx.end + 4));
  if (!prosePassword(value, ctx) || continuesSentence(value, ctx) || NOT_A_PASSWORD.test(value) || TICKET_ID.test(value)) return false;
  // A value past a word stepped over (a mail address, a ticket, a date): only one that looks generated or chosen as a
  // password (a symbol, a digit and a letter), not a name with a number further on in the sentence (`… in PR-12 by jdoe42`).
  if (STEPPED_OVER.test(read.between) && !(strictlyRandom(value) || (value.length >= 8 && /[!@#$%^&*+=?~]/.test(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value)))) return false;
  // Small words joined by `_` or `-` right after a copula (`Windows password for "Manager" is whisky_tango_…`): a
  // passphrase of four words or more, none of them a word naming parts of systems. Read so only, nothing else takes it.
  // Dashed groups of six letters in mixed case (`(pw xxxXxx-xXxxxx-Xxxxxx)`): a manager's generated password, given anywhere.
  if (!/[0-9!@#$%^&*+=?~]/.test(value) && !/^[A-Za-z]{11,32}(?![\p{L}\p{N}])/u.test(value))
    return dashedSixes(value) || (/^[A-Za-z_-]+$/.test(value) && passphraseShaped(value) && joinedWordsPassphrase(value) && compoundGiven(ctx));
  // `user@host`, `key=value`, `a/b`: addresses, settings and paths. Digits after the `@` (`Name@2024`) make a password,
  // and so does a symbol no address has after it (`P@nda7x7&`: a letter written as `@`).
  if ((/@(?!$)(?![0-9!#$%^&*?]{1,8}$)/.test(value) && !/@[^@]*[!#$%^&*+?~]/.test(value) && !atOpenedPassword(value, ctx)) || (/[=/\\]/.test(value) && !/[!#$%^&*+?~]/.test(value))) return false;
  // A folder of words in emphasis (`see vault, folder *Network/Bootstrap*`): the closing `*` is markup, not a symbol.
  if (/^[A-Za-z][\w.-]{0,40}(?:\/[A-Za-z][\w.-]{0,40}){1,6}[*_]{1,2}$/.test(value)) return false;
  const marked = /[`"'“«>*「（]/.test(ctx.text.charAt(ctx.start - 1)) && CLOSED.test(ctx.text.slice(ctx.end, ctx.end + 10));
  // A short hex id in a code span or brackets (``the password (`3f9a1c7e`) was rotated``): a commit or a record's id, as
  // git shows them, not the password.
  if (/^[0-9a-f]{7,10}$/.test(value) && /[`(]/.test(ctx.text.charAt(ctx.start - 1))) return false;
  // The value ends its clause, or it is marked as a value (`is <strong>X</strong> for the UI login`), or it carries
  // a symbol, a digit and a letter and a word follows it (`Neues Kennwort X vergeben`).
  const after = ctx.text.slice(ctx.end, ctx.end + 24);
  // A remark in brackets after the password word, ending a label line (`Benutzer und Passwort (nur Break-Glass!):`):
  // what follows is the value. (A password inside the brackets, `(all share one password, X):`, is given there.)
  if (/^[)\]][ \t]{0,2}[:：][ \t]*(?:\r?\n|$)/.test(after) && /[([]/.test(read.between)) return false;
  const wordAfterGiven =
    FOLLOWED_BY_WORD.test(after) && ((/[!@#$%^&*+=?~]/.test(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value)) || (mixedGenerated(value) && (compoundGiven(ctx) || butAfterMixedCase(value, after))));
  if (!marked && !CLAUSE_END.test(after) && !wordAfterGiven) return false;
  // A name with digits after `@` (`Harbor@2024`) is a password only where it ends its clause, not before a noun (`new Harbor@2024 theme`).
  if (/@[0-9!#$%^&*?]{1,8}$/.test(value) && !marked && !CLAUSE_END.test(after)) return false;
  // Brackets and lists (`(DATA-1`, `ENC[…,iv:…]`), a closing question (`Testsystem?`), an image or host and port.
  // A Markdown link (`[Credential Classes](#credential-classes)`) is a reference, not a value.
  if (value.includes('](')) return false;
  // The user of a `user / password` pair (`Identifiants de test : \`recette01\` / X`): the password follows the slash.
  if (/^[`"'”»*]{0,2}[ \t]{1,2}\/[ \t]{1,2}\S/.test(ctx.text.slice(ctx.end, ctx.end + 8))) return false;
  // A question about a named thing (`пароль от ipmi на db-07?`, `Passwort vom FortiGate-Admin?`): a hyphenated name, asked about.
  // (A full stop after the question mark ends a statement: `άλλαξε σε Name-2024?.`, the mark is the password's.)
  if (/^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+\?$/.test(value) && !after.startsWith('.')) return false;
  if (/^[([{]|,/.test(value) || /^\p{L}+[?!]$/u.test(value) || /^[a-z][\w.-]*:[\w.-]+$/i.test(value)) return false;
  // A keyword's argument list cut at the value's end (`PASSWORD USER(DMV0087)`, CL's `TYPE(*CHAR)`): a command, not a password.
  if (/^[A-Za-z]{2,}\([^)]*$/.test(value)) return false;
  if (CODE_WORD.test(value.replace(/[^A-Za-z]/g, '')) && /^[A-Za-z]+[^A-Za-z]{0,2}$/.test(value)) return false;
  // A lower camel-case word in backticks (`authorityHost`) names code in docs: a parameter or a property.
  if (/^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(value) && ctx.text.charAt(ctx.start - 1) === '`') return false;
  if (passwordShaped(value)) return true;
  // Words run together, letters only (`marmaladeotter`), ending the password's clause or marked as its value.
  // Not a label's words (`„Passwort wiederholen"`, `salasana palomuuriin: X`): a verb or a word before a colon.
  if (isLetterCompound(value) && !/^[ \t]{0,2}[:：]/.test(after) && !/en$/.test(value) && compoundGiven(ctx)) return true;
  // A name or word with a number (`mariasofia5574`, `kartoffel11`): how people make passwords.
  if (/^[A-Za-z]{4,}[0-9]{2,6}$/.test(value) && /[a-z]/.test(value)) return true;
  // A keyboard walk with digits after it (`q1w2e3r42786`, `1qaz2wsx77`, `qwertz2024!`): how people make passwords.
  if (KEYBOARD_WALK_PASSWORD.test(value)) return true;
  // A generated run (`c6d760c7…`, `FUcMDY9_v5c9…`).
  if (isLiteralToken(value, 20) && looksRandom(value)) return true;
  // Small letters and digits mixed through each other (`k3vq9tm2x7pw`), as a generator makes them; not hex (a commit or a hash).
  if (lowerDigitsMixed(value)) return true;
  // Fewer runs (`kvt42bnr7319`, `h99tqwe7pa`) where the sentence gives the value: right after the password word or
  // after a copula or a colon. A host's or device's name (`web01db02`) is named after `on` or `for`, not given so.
  if (lowerDigitsGiven(value) && (read.between.trim() === '' || compoundGiven(ctx))) return true;
  return marked && value.length >= 8 && /[0-9]/.test(value) && /[A-Za-z]/.test(value);
}

/** Ten or more small letters and digits, two or more runs of each, starting with a letter, not hex only. */
const lowerDigitsGiven = (value: string) => /^[a-z][a-z0-9]{9,39}$/.test(value) && (value.match(/[0-9]+/g)?.length ?? 0) >= 2 && (value.match(/[a-z]+/g)?.length ?? 0) >= 2 && !/^[0-9a-f]+$/.test(value);

/** Ten or more small letters and digits in three or more runs of each, not hex only. */
const lowerDigitsMixed = (value: string) => /^[a-z0-9]{10,40}$/.test(value) && (value.match(/[0-9]+/g)?.length ?? 0) >= 3 && (value.match(/[a-z]+/g)?.length ?? 0) >= 3 && !/^[0-9a-f]+$/.test(value);

/** Words that make a number something else than the password (`password for ticket 4471203`, `sent by SMS to …`). */
const NUMBER_NAMED =
  /(?:^|[^\p{L}])(?:ticket|order|case|id|no|nr|number|num|phone|tel|mobile|sms|otp|code|pin|account|acct|customer|invoice|ref|build|version|port|ext|user|login|room|line|step|page|item|expires?|after|every|days?|hours?|length|chars?|characters?|digits?|min|max)(?:[^\p{L}]|$)|[#+0-9]/iu;

/** One, two or three characters repeated throughout (`000000`, `696969`, `123123`). */
const repeatsGroup = (value: string) => [1, 2, 3].some((k) => value.length > k && value.length % k === 0 && value === value.slice(0, k).repeat(value.length / k));

/** Runs of a keypad or of the digits, either way (a value inside one is a walk). */
const DIGIT_WALKS = ['01234567890123456789', '98765432109876543210', '147258369', '963852741', '159753159', '357951357', '789456123', '321654987', '2468101214', '1357913579'];

/** A date or a month written as digits (`20261101`, `01112026`, `11012026`, `202611`, `261101`). */
const DATE_DIGITS =
  /^(?:(?:19|20)?[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])?|(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])(?:19|20)?[0-9]{2}|(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?:19|20)?[0-9]{2})$/;

/**
 * Six to sixteen digits at most a few words after the password word: no date (`20261101`), no run or repeat
 * (`123456`, `000000`), and no word between that names the number as something else.
 */
function numericPassword(value: string, between: string): boolean {
  if (value.length < 6 || value.length > 16 || DATE_DIGITS.test(value)) return false;
  // Runs, repeats, mirrors and keypad walks (`123456`, `696969`, `123321`, `147258369`): dummies and examples.
  if (repeatsGroup(value) || value === [...value].reverse().join('') || DIGIT_WALKS.some((w) => w.includes(value))) return false;
  return between.length <= 24 && !NUMBER_NAMED.test(between);
}

/** The password words of prose-sentence-password, ASCII and folded international ones. */
export const SENTENCE_PASSWORD_KEYWORDS = [
  ...new Set([...ASCII_PASSWORD_LABELS.filter((l) => !['key', 'psk', 'pass', 'pin'].includes(l)), 'pw ', 'pwd', 'passwort', 'kennwort', 'wachtwoord', ...CREDENTIAL_WORDS].map((l) => l.toLowerCase())),
  // Chinese puts an adverb between the word and the value (`root 密码还是 X`, `密码改成 X`).
  ...foldedKeywords([...INTL_PASSWORD_LABELS, 'पासवर्ड', '비번', '비밀번호', '密码还是', '密码也是', '密码改成', '密码改为', '密碼還是', '密碼也是']),
].filter((k) => k.length >= 3);

export const proseSentenceRules: Rule[] = [
  {
    ...base,
    id: 'prose-sentence-password',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password given at the end of a clause of the sentence that names it (the new password is … for the UI; wachtwoord is sinds vorige week …)',
    keywords: SENTENCE_PASSWORD_KEYWORDS,
    keywordWindow: { before: 0, after: REACH + 160 },
    // From the password word to the first value after it that carries a digit or a symbol and ends its clause or is
    // closed as a value; the validator reads the sentence between them.
    pattern: new RegExp(
      `(?:(?<![\\p{L}\\p{N}_./$=-])|(?<=[\\p{L}\\p{N}]-)(?=passwort|kennwort|passphrase)|(?<=\\p{L})(?=[^\\x00-\\x7f]))(?:${WORDS})[^\\s]{0,48}(?:[ \\t]{1,3}[^\\s]{1,48}){0,14}?(?:[ \\t]{1,3}|(?<=[をはがに])(?=「)|(?<=[\\p{Script=Katakana}\\p{Script=Han}])(?=[（「]))(?:<(?:strong|b|code|em|kbd)>|[(«"'\`“*「（]{1,3})?(?<secret>(?![(\\[{])(?!${NOT_A_VALUE_WORD})(?=[^\\s"'\`\\\\<>]{0,63}?[0-9!@#$%^&*+=?~]|${LETTERS_ONLY}|${JOINED_WORDS}|${DASHED_SIXES})${SHORT_VALUE})(?=${CLAUSE_END_SOURCE}|[\`"'”»」]|\\*\\*|</|${WORD_AFTER_SYMBOL}|${BUT_WORD})`,
      'iu',
    ),
    validate: validateSentence,
    examples: {
      positives: (g) => [
        `- Beheeraccount CMS: \`beheer\`, wachtwoord is sinds vorige week ${g.s(g.pick(['maria', 'pedro', 'anna']) + g.lower(4) + g.digits(4))}`,
        `Para a integração, o certificado foi renovado. Senha do arquivo .pfx: ${g.s(humanPassword(g))}`,
        `${exampleSpeaker(g)}: Пароль репликации сменили в октябре, теперь он ${g.s(g.alnum(24) + '!')}.`,
        `टेस्ट सर्वर का यूज़रनेम deploy है और पासवर्ड ${g.s(humanPassword(g))} है।`,
        `When I run it locally with the password typed in (${g.s(humanPassword(g))}) it works.`,
        `password got rotated on monday, new one is ${g.s(humanPassword(g))} -- I'll update the CI var too`,
        // A keyboard walk and digits (rw-dev20).
        `The SFTP login is \`rtm_forwarding\` with password ${g.s(`q1w2e3r4${g.digits(4).replace(/^0/, '7')}`)} (rotated every 180 days).`,
        `Für den Drucker habe ich das neue Kennwort ${g.s(`${g.pick(['Harbor', 'Falcon', 'Maple'])}${g.digits(3)}!`)} vergeben.`,
        // Full-width brackets right after a Japanese label (rw-dev11).
        `- 管理者アカウントのパスワード（${g.s(humanPassword(g))}）がチケットに記載されていたため変更。`,
        // A German compound's last word is the label (rw-dev16, rw-dev11).
        `Das alte root-Kennwort der MariaDB (${g.s(humanPassword(g))}) bitte nach dem Umzug als abgelaufen markieren.`,
        // A host under the documentation domain is no example word (`scan@acme.example`).
        // Hinglish puts its verb after the value; Hungarian and Swahili name it with their own words; an SNMP community;
        // a name with digits after `@`; small words joined by underscores after a copula; Thai `admin code` (rw-dev22).
        `Supervisor console ka password ${g.s(`${g.pick(['Tomato', 'Paneer', 'Mango'])}${g.digits(3)}`)} hai, kisi ko forward mat karna.`,
        `Common password abhi ${g.s(`${g.pick(['Sanjay', 'Priya', 'Rahul'])}@${g.digits(4)}`)} rakha hai, first login pe change karwana.`,
        `Szabó Anna: a szárító vezérlő jelszava pedig ${g.s(`${g.lower(5)}${g.digits(4)}`)}`,
        `[02/04/2026, 07:43] Wanjiru: power issue, generator. Nenosiri ya BTS web ni ${g.s(`${g.pick(['Simba', 'Tembo', 'Jua'])}${g.digits(3)}`)}`,
        `* Die SNMP-Community für die neuen DSLAMs ist ${g.s(`${g.digits(1)}${g.lower(1)}${g.digits(2)}${g.upper(3)}${g.lower(3)}${g.upper(2)}`)}.`,
        `5. Lock the office PC (Windows password for "Manager" is ${g.s(`${g.pick(['whisky', 'tango', 'amber'])}_${g.pick(['lantern', 'meadow'])}_${g.pick(['pelican', 'walnut'])}_${g.pick(['lovely', 'gravel'])}`)} – yes we know).`,
        `ถังนมเย็น (ตัวควบคุม): รหัสผู้ดูแล ${g.s(`${g.upper(1)}${g.lower(5)}${g.digits(3)}$`)}`,
        // Arabic's password word without the article; a value whose own `.` or `?` stands before the clause's
        // punctuation; a `?` that is the password's, a full stop after it (rw-dev11, rw-dev19, rw-dev20).
        `ملاحظة: كلمة مرور حساب الصيانة للمورد هي ${g.s(`${g.lower(2)}${g.digits(1)}${g.lower(1)}${g.digits(1)}*${g.digits(3)}`)} ويجب تغييرها بعد الزيارة.`,
        `[10:10] Visitor (Hans): Mein Konto-Passwort ist übrigens ${g.s(`${g.upper(1)}${g.digits(1)}${g.lower(1)}${g.digits(1)}${g.lower(1)}${g.digits(3)}`)}., falls Sie das brauchen`,
        // Indonesian's possessive on the word (rw-dev12).
        `12/01/25 09.22 - Budi Web: email cs@toko.example passwordnya ${g.s(`${g.upper(1)}${g.lower(5)}${g.upper(1)}${g.lower(6)}${g.digits(2)}!`)} bu`,
        `Ο κωδικός του Wi-Fi προσωπικού άλλαξε σε ${g.s(`${g.pick(['Santor', 'Aegean', 'Kalimera'])}-${g.digits(4)}?`)}.`,
        `My user is ${g.lower(5)}@northwind.example and the new password is ${g.s(`${g.lower(2)}${g.upper(2)}${g.lower(1)}${g.digits(1)}${g.lower(2)}${g.digits(2)}${g.lower(2)}`)} — can you check?`,
        // Full-width punctuation ends the clause (rw-dev24's Telegram export).
        `${exampleSpeaker(g)}: 行情数据库密码 ${g.s(humanPassword(g) + g.alnum(8))}，只读账号`,
        // An adverb after the word; a letter written as `@`; a plus joining the next thing handed over (rw-dev24, rw-dev13, rw-dev23).
        `${exampleSpeaker(g)}: 加了。服务器 root 密码还是 ${g.s(`${g.upper(1)}${g.lower(3)}#${g.digits(4)}$`)}，明天改`,
        `3. 방화벽 관리자 비번 ${g.s(`P@${g.lower(3)}${g.digits(1)}${g.lower(1)}${g.digits(1)}&`)}`,
        `Hyper Backup to C2: encryption password ${g.s(`${g.pick(['Minerva', 'Orion', 'Vega'])}${g.digits(4)}$`)} + the .pem key file on the USB stick`,
        // Past a mail address, a date or a word asked about in the clause (rw-dev14, rw-dev24, rw-dev15).
        `${exampleSpeaker(g)}: en het wachtwoord van de Exact-gebruiker api@bedrijf.example is ${g.s(`${g.upper(1)}${g.lower(5)}#${g.digits(4)}`)} (graag na vandaag wijzigen)`,
        `La contraseña del entorno de pruebas es la misma que la de producción hasta el 31/01: ${g.s(g.alnum(32))}`,
        `${exampleSpeaker(g)}: top. en het wachtwoord van de acceptatie-database? de pipeline gebruikt nog ${g.s(`${g.upper(1)}${g.lower(5)}${g.digits(4)}%`)}`,
        // Turkish possessives: our password, your password (rw-dev11, rw-dev10).
        `Panel şifremiz ${g.s(`${g.upper(1)}${g.lower(1)}${g.digits(1)}${g.lower(1)}${g.digits(1)}${g.lower(1)}${g.digits(2)}-`)} (muhasebe de aynı şifreyi kullanıyor).`,
        `Geçici şifreniz ${g.s(humanPassword(g))} olarak belirlendi.`,
        // Digits alone right after the password word (rw-dev8).
        `Hello, to exit kiosk mode tap the top-left corner five times and enter the maintenance password ${g.s(`${g.pick(['4', '5', '7'])}${g.digits(7)}`)}.`,
        `${exampleSpeaker(g)}: пароль на камеру ${g.s(`${g.pick(['4', '5', '7'])}${g.digits(5)}`)}, логин admin`,
        // Small letters and digits mixed through each other (rw-dev11).
        `- 02:20 Entro en la réplica con el usuario de emergencia \`dba_breakglass\`, contraseña ${g.s(`${g.digits(1)}${g.lower(5)}${g.digits(1)}${g.lower(2)}${g.digits(1)}${g.lower(1)}${g.digits(1)}`)} (sacada del sobre)`,
        // rw-dev25: a table's cell border ends the clause; the value's own full stop before full-width punctuation;
        // Turkish's possessive `parolası`; corner brackets right after a Japanese label; Tomcat's Manager is an
        // application logged into, not a password manager; dashed groups of six letters, a password manager's.
        `| Lokale Admin-Passwörter (LAPS) | teilweise | 14 Clients ohne LAPS, gemeinsames Passwort ${g.s(`${g.upper(1)}${g.digits(1)}${g.lower(4)}${g.digits(1)}${g.lower(1)}${g.digits(2)}$`)} |`,
        `${exampleSpeaker(g)}：账号 bi_reader，密码 ${g.s(`${g.pick(['Hive', 'Presto'])}${g.digits(4)}`)}.，只读`,
        `Ayrıca uygulama sunucusundaki yönetici parolası ${g.s(`${g.pick(['Kapadokya', 'Anadolu'])}${g.digits(2)}?`)} olarak tespit edildi.`,
        `**概要:** 辞書攻撃で管理者パスワード「${g.s(`${g.pick(['Sakura', 'Fujiyama'])}${g.digits(2)}$`)}」を特定しました。`,
        `Op de Tomcat Manager werkte \`tomcat\` met wachtwoord ${g.s(`${g.lower(6)}${g.digits(2)}`)}, dat door de beheerder zelf gekozen is.`,
        `- VPN profile: client.ovpn + auth-user-pass file (pw ${g.s(`${g.upper(4)}${g.lower(1)}${g.upper(1)}-${g.lower(1)}${g.upper(4)}${g.lower(1)}-${g.upper(1)}${g.lower(1)}${g.upper(4)}`)})`,
        // Swedish's definite form, and small letters and digits in two runs of each right after the word or a copula (rw-dev26).
        `Personal: AV-systemet ansluter via nätverket *AV-hus-B* med lösenordet ${g.s(`${g.pick(['Korv', 'Strand', 'Fjall'])}${g.lower(5)}${g.digits(2)}`)}; ge det inte till studenter.`,
        `- Mot de passe du portail Wi-Fi (réseau Alpenrose_Conference) pour les séminaires : ${g.s(`${g.pick(['k', 'm', 't'])}${g.digits(2)}${g.pick(['bqrt', 'zwnx'])}${g.digits(1)}${g.pick(['pa', 'vk'])}`)}`,
        // Chinese `changed to` and Thai `is` give the value; Thai writes the clause without blanks, a Thai word ends it (rw-dev26).
        `王经理 09:30：宾客 WiFi 密码改为 ${g.s(`${g.lower(2)}${g.digits(1)}${g.lower(6)}${g.digits(1)}`)}`,
        `21:02 Nok: รหัสผ่านคอมพิวเตอร์หน้าฟรอนต์ใหม่คือ ${g.s(`${g.pick(['Korvan', 'Phuket', 'Patong'])}${g.digits(3)}`)} นะคะ`,
        // A password opening with `@` (rw-dev6).
        `Internal: reset his account, temp password ${g.s(`@${g.upper(1)}${g.lower(6)}${g.upper(1)}${g.lower(4)}${g.digits(1)}`)} — send it by phone, not by mail.`,
        // Hungarian's copula after the value (rw-dev5).
        `  A router admin jelszava ${g.s(`${g.upper(1)}${g.lower(7)}${g.digits(4)}`)} volt, visszaállítottuk gyári alapra.`,
        // Words joined by `_` after a password word called temporary (rw-dev26).
        `3. L'account Moodle "commissario-esterno" ha la password temporanea ${g.s(`${g.pick(['tramonto', 'collina', 'vento'])}_${g.pick(['veloce', 'quieto'])}_${g.pick(['azzurro', 'dorato'])}_${g.pick(['gabbiano', 'castoro'])}`)}.`,
        // `but` opening the next clause after a generated value (rw-dev26).
        `[08:14] ${exampleSpeaker(g)}: en de beheerder van Magister is magister-admin, wachtwoord ${g.s(`${g.lower(1)}${g.digits(1)}${g.lower(2)}${g.upper(1)}${g.digits(1)}${g.lower(2)}${g.upper(1)}${g.lower(1)}${g.digits(1)}`)} maar dat mag je niet gebruiken`,
      ],
      negatives: (g) => [
        // A password word called temporary before joined words that name a system's parts.
        'Il tuo account ha la password temporanea reset_user_group_mode.',
        'The temporary password Authenticator app is required.',
        // A name with one number before `but`: a product or a host, not a value.
        'Reset the password on Server2019 but keep the user.',
        'Das Passwort für Windows10Pro aber nicht für den Server.',
        'the password for JohnDoe42 but it failed',
        // A hash format named after the word (sqlmap's log line): a name, not the password.
        "[14:22:07] [INFO] cracked password '(see table)' via dictionary attack (md5_generic_passwd)\n",
        'The password for the ticket is in DATA-9967.',
        '12/01/25 09.20 - Ibu Sari: Makasih mas. Kalau email toko passwordnya apa?',
        // A short hex id in a code span (a commit that rotated it).
        `After the incident the password (\`${g.hex(8)}\`) was rotated.`,
        'Password hashing moved to SHA-256.',
        // A table row about passwords whose cells hold no value (a cell border is a clause end since rw-dev25).
        '| Password rotation | every 90 days | owner ops-team01 |',
        '| Passwort-Richtlinie | Länge mindestens 12, Version 2.4 | erfüllt |',
        // Dashed words of six letters in title case: names, not a manager's generated groups.
        'Ask the owners for the password (Global-Search-Filter).',
        // A Japanese form's hint in full-width brackets: a length, not a value.
        '- パスワード（8文字以上）を入力してください。',
        // A value past another clause, a quoted form or a table cell after the password word (a changelog row).
        'Polish `hasło to X`, Turkish `kullanıcı`; C: non-prose of rw-dev..10: a secret printed alone',
        'Cisco `enable secret X` typed without a type, `tech`/`technician` before `key`, `Basic base64(KEY:)` in code',
        '| 1 false positive + 2 real credentials in 441.6 MB, as before) | 1.000 on every set but rw-dev11 (0.999) |',
        'Passwords must contain at least 12 characters, e.g. Summer2024!',
        'Reset the password with PasswordEncoder.',
        `The password is in the vault. Try Node18 if the build fails.`,
        `The password file is config.yml.`,
        `Set the password on ubuntu-22.04 hosts with passwd.`,
        `Update the password for user${g.digits(2)}@example.com`,
        `The password changed in INC${g.digits(7)}.`,
        'The password for PostgreSQL15 instances lives in the vault.',
        `Identifiants de test : \`recette${g.digits(2)}\` / ${humanPassword(g)}.`,
        `Und das Passwort vom FortiGate-Admin?`,
        `Aufruf: backup.sh --passwort ${humanPassword(g)} --ziel /mnt/nas`,
        '[09:02] Lucía: ¿alguien tiene la contraseña del usuario de integración con la Plataforma de Intermediación?',
        '3. Password reset for the batch id:\n   PASSWORD USER(DMV0087) INTERVAL(90)',
        `кто-нибудь помнит пароль от ipmi на db-${g.digits(2)}?`,
        // Words joined into a resource's name, a mail address, Hindi's verb after a sentence's word (rw-dev22).
        'The password for the backup job is db-backup-user-pass.',
        'The password for the share is owner-lantern-meadow.',
        `Login as ${g.lower(5)}@example.com, the password is ops@${g.lower(6)}.local`,
        'Password policy change karna hai, abhi nahi.',
        // Past a mail address or a time only a generated or symbol-bearing value: a name with a number is someone.
        `The password of ops@example.com was reset at 10:15 by jdoe${g.digits(2)}.`,
        `Password for ops@example.com is ${g.pick(['Summer', 'Winter'])}${g.digits(4)}`,
        // An address stays one with a symbol before the `@` or none after it.
        `The password reset mail goes to ops+${g.lower(4)}@example.com.`,
        `Password + MFA are required for every login.`,
        'After first login we set our standard credentials (see vault, folder *Network/Bootstrap*, never here).',
        // Arabic has no capitals: the full stop alone ends the password's sentence, a booking number follows.
        `يرجى تغيير كلمة المرور عند أول تسجيل دخول. رقم الحجز للاختبار: ${g.digits(8)}SB`,
        'Şifreniz en az 8 karakter olmalı ve bir rakam içermelidir.',
        `Şifremiz ${g.digits(2)} günde bir değişiyor, yenisi kasada.`,
        // Digits that are a ticket, a date, a phone number, a keypad walk, or asked about.
        `The password for ticket ${g.digits(7)} is in the vault.`,
        'The password was last changed 20261101.',
        `Password sent by SMS to +49 ${g.digits(10)}.`,
        'The kiosk maintenance password is not 147258369.',
        'Enter the maintenance password 123321.',
        `Is the maintenance password ${g.pick(['4', '5', '7'])}${g.digits(7)}?`,
        // Hex (a commit), or a name with one number in it.
        `The password was rotated in 3f${g.hex(4)}9c1b${g.hex(2)}.`,
        'The password file moved to ubuntu2204lts.',
        // A rule about the password in Thai: a length, not a value.
        'รหัสผ่านต้องมีอย่างน้อย 12 ตัวอักษร',
        // The password word negated: a number that is not the password (rw-dev26).
        `Schülernummer (nicht das Passwort!): ${g.digits(8)}`,
        `Student number (not the password): 4${g.digits(7)}`,
        // A run's or a change's reference with its year (`PR-2026-01-M03`): a payroll run, not the password.
        `👍 byter lösenordet efter lönekörningen PR-2026-${g.digits(2)}-M${g.digits(2)}`,
        // A host's name after `on` or `for` is where the password is changed, not the password (two runs of each).
        'Rotate the admin password on web01db02prod tonight.',
        `The password for nyc${g.digits(1)}edge${g.digits(2)}lab lives in the vault.`,
        // A mention after the password word: a person, in small letters or without a digit.
        'can you reset the password @jdoe42 — he is locked out',
        'who knows the password @MariaSchulz — the one for the NAS?',
      ],
    },
  },
  {
    ...base,
    id: 'prose-sentence-token',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Generated token or key given at the end of a clause of the sentence that names it (the secret I configured is `…`, chave de API …)',
    keywords: [...new Set([...TOKEN_LABELS.map((l) => l.split(' ').pop()!), 'key', 'klucz', 'sleutel', 'chave', 'clave', 'chiave'].filter((k) => k.length >= 3)), ...foldedKeywords(INTL_TOKEN_LABELS)],
    keywordWindow: { before: 0, after: REACH + 160 },
    // As prose-sentence-password, from the token word to the first value after it with a digit.
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}_./$=-])(?:${TOKEN_WORDS})[^\\s]{0,24}(?:[ \\t]{1,3}[^\\s]{1,48}){0,14}?(?:[ \\t]{1,3}|→)(?:<(?:strong|b|code|em|kbd)>|[(«"'\`“*]{1,3})?(?<secret>(?![(\\[{])(?!${NOT_A_TOKEN_WORD})(?=[^\\s"'\`\\\\<>]{0,63}?[0-9])${SHORT_VALUE})(?=${CLAUSE_END_SOURCE}|[\`"'”»]|\\*\\*|</)`,
      'iu',
    ),
    validate: validateTokenSentence,
    examples: {
      positives: (g) => [
        `The secret I configured in the repo settings is \`${g.s(g.alnum(24))}\` and the header I receive is \`sha256=${g.hex(64)}\`.`,
        `Português: chave de API ${g.s(g.hex(40))}`,
        `The Grafana webhook token was regenerated, the new value is \`${g.s(g.alnum(32))}\` (old one revoked).`,
        // Past a ticket id in the clause (rw-dev21).
        `> **Comment (Sec):** please also rotate the issuer API key that was pasted in FIN-${g.digits(4)} (${g.s(g.alnum(40))}).`,
      ],
      negatives: (g) => [
        `The token was rotated in commit ${g.hex(40)}.`,
        // The remark after it says it is the public key (rw-dev23).
        `[10:02] 김지훈: 앰플리튜드 키 누가 갖고 있어요?\n[10:05] 이수진: API 키는 ${g.hex(32)}, 공개키라 괜찮아요\n`,
        `The API key is in the vault (request id: ${g.alnum(24)}).`,
        `Use the token from \`${g.lower(8)}_${g.lower(6)}\`.`,
        `The public key fingerprint is ${g.hex(40)}.`,
        `Falling back to key vault secret 'hr-sql-password' (version ${g.hex(32)})`,
        `The API token was re-issued, now at version ${g.hex(32)}.`,
        `- Browser exam key: \`${g.hex(64)}\``,
        // A status code is no ticket: the clause goes no further (rw-dev3's bot token error and its trace id).
        `the bot is offline btw, token got reset? here's the error: 401: Unauthorized trace ${g.hex(32)}`,
      ],
    },
  },
];
