// Passwords handed over in a list line or a note in forms the sentence rules leave (rw-dev21):
// - a login as `service: user, password X`, the password word maybe with its adjective after it (`Bouwcamera's:
//   beheerder, wachtwoord X`, `utente m.ferri, password provvisoria X`): the user right before makes it a login,
//   so letters with digits are enough;
// - a label with a remark in parentheses before its colon (`Recovery key (needed to move the gateway): X`,
//   `كلمة مرور ملف الشهادة (PFX): X`);
// - the value in parentheses right after its word, more words following (`a non-expiring password (X, visible in
//   the job step)`, `le mot de passe … a été changé (X)`);
// - `set a new one …: X` after the password is named in the line (`the password was expired and set a new one over
//   the phone: X`), and `new password:` with the value opening the next line (`ustawił nowe hasło:\nX`);
// - `The passphrase of the key pair we generated for you is: X`, and `Aktualne (marzec): X` after a sentence about the
//   password;
// - `the password` ending a line of a hard-wrapped paragraph and the value opening the next (`uses the password\nX,
//   which was found`), and `temporary password X sent to the lead` (a generated value with words going on).
import type { MatchContext, Rule } from '../types';
import { isLetterCompound } from '../validators/letterCompound';
import { isPlaceholder } from '../validators/placeholder';
import { humanPassword } from './humanPasswords';
import { base, foldedKeywords, lineAround, looksLikeCode, OPEN, proseApplies, prosePassword, strongLooking, VALUE } from './prose';
import { chatPath, lettersAndDigits, NOT_A_VALUE_LINE, PASSWORD_CONTEXT, passphraseShaped, passwordShaped } from './proseFollowup';
import { mixedGenerated } from './proseSentence';

const PASSWORD_WORD = '(?:password|passwort|kennwort|wachtwoord|senha|contrase(?:ñ|n)a|mot de passe|has(?:ł|l)o|l(?:ö|o)senord(?:et)?|passphrase)';
/** An adjective written after the password word (Romance languages) or `tijdelijk` style words before it. */
const AFTER_ADJECTIVE = '(?:provvisori[ao]|temporane[ao]|iniziale|temporal|provisional|inicial|provis[oó]ria|tempor[aá]ria|provisoire|temporaire|initial)';
/** The user named right before the comma: after a colon (`Service: user,`) or a user word (`utente m.ferri,`). */
const USER_BEFORE = '(?:[:：][ \\t]{1,3}|(?<![\\p{L}])(?:user(?:name)?|login|utente|usuario|usuário|benutzer|utilisateur|gebruiker|användare|u(?:ż|z)ytkownik)[ \\t:=]{1,3})[\\p{L}\\p{N}_.@-]{2,48}';
/** The value ends its phrase: the line ends, or punctuation or a dash follows. */
const ENDS = '(?=[ \\t]{0,3}(?:$|[\\r\\n]|[.,;!?)][ \\t\\r\\n]|[.,;!?)]$|[ \\t][(–—-][ \\t]?))';

/** Letters with digits as a login is handed over (`bou4821`), or groups in mixed case (`KLmnOP-QRStUv-wXYzAb`). */
function handedValue(value: string): boolean {
  if (strongLooking(value) || mixedGenerated(value)) return true;
  if (/^[A-Za-z]{2,}[0-9]{2,}[!@#$%*?]?$/.test(value) && value.length >= 6) return true;
  return /^[A-Za-z]{4,12}(?:-[A-Za-z]{4,12}){2,5}$/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[a-z][A-Z]|[A-Z]{2}[a-z]/.test(value);
}

function validateHanded(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  if (isPlaceholder(value) || !prosePassword(value, ctx)) return false;
  return handedValue(value);
}

/** Three to six small words joined by plus signs (`fjord+otter+lantern`): a passphrase as a generator writes it. */
const PLUS_JOINED_WORDS = /^[a-z]{3,12}(?:\+[a-z]{3,12}){2,5}$/;

/**
 * Words of settings, storage and character classes: a compound or plus-joined run of them names where a password goes
 * or what it holds (`(sessionstorage)`, `(LetsEncrypt)`, `(upper+lower+digits)`), not the password.
 */
const SETTING_WORDS =
  /upper|lower|digit|number|numeric|symbol|special|letter|char|case|alpha|encrypt|storage|session|cookie|local|vault|cert|auth|token|key|secret|login|user|admin|default|pass|cred|config|setting|env/i;

/** validateHanded's checks of place and placeholder, for words whose shape handedValue does not know. */
function validateWords(value: string, ctx: MatchContext): boolean {
  return chatPath(ctx.path, true) && proseApplies(ctx) && !looksLikeCode(ctx) && !isPlaceholder(value) && prosePassword(value, ctx);
}

/** A ticket, change or document number, a version: a reference given in parentheses, not a password. */
const REFERENCE = /^(?:[A-Z]{2,12}-[0-9]{1,8}|v?[0-9]+(?:\.[0-9]+)+|[0-9a-f]{6,12}|[0-9]+)$/;

export const proseHandedPasswordRules: Rule[] = [
  {
    ...base,
    id: 'prose-login-comma-password',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password given after its user and a comma in a list line or note (Service: user, password X; utente m.ferri, password provvisoria X)',
    keywords: ['password', 'passwort', 'kennwort', 'wachtwoord', 'senha', 'contrase', 'mot de passe', 'haslo', 'losenord', 'passphrase', ...foldedKeywords(['hasło', 'lösenord'])],
    keywordWindow: { before: 80, after: 160 },
    pattern: new RegExp(`${USER_BEFORE},[ \\t]{1,3}${PASSWORD_WORD}(?:[ \\t]{1,2}${AFTER_ADJECTIVE})?[ \\t]{1,2}(?<secret>${VALUE})${ENDS}`, 'iu'),
    validate: validateHanded,
    examples: {
      positives: (g) => [
        `- Bouwcamera's: beheerder, wachtwoord ${g.s(`${g.lower(3)}${g.digits(4)}`)}`,
        `ti ho creato l'utenza sul CRM donatori: utente m.ferri, password provvisoria ${g.s(humanPassword(g))}.`,
        `- BaseNet API-gebruiker: koppeling, wachtwoord ${g.s(`${g.upper(2)}${g.lower(2)}${g.upper(2)}-${g.upper(3)}${g.lower(1)}${g.upper(1)}${g.lower(1)}-${g.lower(1)}${g.upper(2)}${g.lower(1)}${g.upper(1)}${g.lower(1)}`)}`,
      ],
      negatives: () => [
        'Steps: log in, password reset is required.',
        'Account: admin, password changeme',
        'Next: user, password manager',
        'Fields: username, password required',
        '- Login: admin, password see vault',
        'Required: email, password, and phone.',
      ],
    },
  },
  {
    ...base,
    id: 'prose-label-remark-colon',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password or recovery key after its label and a remark in parentheses (Recovery key (needed to move the gateway): X)',
    keywords: [
      'password',
      'passwort',
      'kennwort',
      'wachtwoord',
      'passphrase',
      'recovery key',
      'senha',
      'contrase',
      'mot de passe',
      'haslo',
      'losenord',
      ...foldedKeywords(['hasło', 'lösenord', 'كلمة مرور', 'كلمة المرور']),
    ],
    keywordWindow: { before: 60, after: 120 },
    pattern: new RegExp(
      `(?<![\\p{L}])(?:${PASSWORD_WORD}|recovery[ \\t]key|كلمة[ \\t](?:مرور|المرور|السر)(?:[ \\t][\\p{L}]{1,12}){0,3})[ \\t]{0,2}\\([^()\\n]{1,60}\\)[ \\t]{0,2}[:：][ \\t]{0,3}(?<secret>${VALUE})${ENDS}`,
      'iu',
    ),
    validate: (value, ctx) => validateHanded(value, ctx) && (strongLooking(value) || mixedGenerated(value)),
    examples: {
      positives: (g) => [
        `- Recovery key (needed to move the gateway): ${g.s(`${g.lower(6)}_${g.lower(6)}_${g.lower(6)}_${g.lower(8)}${g.digits(2)}`)}`,
        `كلمة مرور ملف الشهادة (PFX): ${g.s(`${g.lower(1)}${g.upper(1)}${g.lower(9)}${g.digits(2)}${g.upper(2)}${g.lower(3)}`)}`,
        `Initial password (change on first login): ${g.s(humanPassword(g))}`,
      ],
      negatives: () => [
        'Password (min. 8 characters): required',
        'Password (optional): leave blank',
        'Password (see vault): ask the team lead',
        'Recovery key (stored in the safe): see KeePass entry',
        'Password (if any): ${DB_PASSWORD}',
        'Password (hashed): sha256',
      ],
    },
  },
  {
    ...base,
    id: 'prose-password-in-parentheses',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password in parentheses right after its word, the sentence going on (a non-expiring password (X, visible in the job step))',
    keywords: ['password', 'passwort', 'kennwort', 'wachtwoord', 'passphrase', 'senha', 'contrase', 'mot de passe', 'haslo', 'losenord', 'chang', ...foldedKeywords(['hasło', 'lösenord'])],
    keywordWindow: { before: 120, after: 120 },
    pattern: new RegExp(
      `(?<![\\p{L}])(?:${PASSWORD_WORD}(?:[ \\t]{1,2}(?:of|for|on)[ \\t]{1,2}(?:the[ \\t]{1,2})?[\\p{L}\\p{N}_.-]{2,24})?|(?:a|ont|est|été)[ \\t]+(?:été[ \\t]+)?chang(?:é|e)e?s?)[ \\t]{1,2}\\(\`{0,2}(?<secret>${VALUE})(?=\`{0,2}[,;)])`,
      'iu',
    ),
    validate: (value, ctx) => {
      // Marked as code inside the parentheses (`the bridge password (\`X\`)`): letters with digits are enough.
      const code = ctx.text.charAt(ctx.start - 1) === '`';
      // A code span of small words joined by dashes or underscores is a name (`passphrase (\`prose-spoken-passphrase\`, …)`).
      if (code && /^[a-z]+(?:[-_][a-z]+)+$/.test(value)) return false;
      // Words run together (`the password (kestrelmarble)`) or joined by plus signs (`Passphrase (fjord+otter+lantern)`):
      // the password word right before the parenthesis names them, as it names the letters-only compounds of sentences.
      const words = (isLetterCompound(value) || PLUS_JOINED_WORDS.test(value)) && !SETTING_WORDS.test(value);
      if (REFERENCE.test(value) || !(words ? validateWords(value, ctx) : validateHanded(value, ctx))) return false;
      if (!(words || strongLooking(value) || mixedGenerated(value) || (code && lettersAndDigits(value)))) return false;
      // `… a été changé (X)`: the clause before names the password.
      const word = /chang/i.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start));
      return !word || /mot de passe|code|mdp/i.test(ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start));
    },
    examples: {
      positives: (g) => [
        `the service account \`svc_recon\` has a non-expiring password (${g.s(`${g.upper(2)}${g.lower(2)}${g.upper(1)}${g.lower(3)}${g.digits(1)}${g.lower(2)}${g.digits(1)}${g.upper(2)}`)}, visible in the job step)`,
        `- Informatique de chantier : le mot de passe de l'enregistreur vidéo a été changé (${g.s(`${g.upper(1)}${g.lower(9)}${g.digits(2)}`)}). Le code reste.`,
        // In a code span inside the parentheses (rw-dev7, rw-dev2).
        `The original commit contained the bridge password (\`${g.s(`${g.lower(11)}${g.digits(3)}`)}\`) and the broker's key.`,
        `   The admin password of the broker (\`\`${g.s(humanPassword(g))}\`\`) is only for the on-call engineer.`,
        // Letters only: words run together, or joined by plus signs (rw-dev6, rw-dev11).
        `- "Test user" — the password (${g.s(`${g.pick(['kestrel', 'lantern', 'walrus'])}${g.pick(['marble', 'meadow', 'saffron'])}`)}) only worked on the dev VM.`,
        `den privaten Schlüssel samt Passphrase (${g.s(`${g.pick(['fjord', 'otter', 'pebble'])}+${g.pick(['lantern', 'comet', 'ribbon'])}+${g.pick(['meadow', 'quartz', 'orbit'])}`)}) in den Teams-Kanal gepostet.`,
      ],
      negatives: (g) => [
        `the SMTP password (${g.hex(7)}) was rotated`,
        'the password (PW-1234, see ticket) was reset',
        'the password (see vault, entry Infra) was rotated',
        `the password (v${g.digits(1)}.${g.digits(1)}.${g.digits(1)}) format changed`,
        'Le planning a été changé (Lot02, Rev C03).',
        'the password (`PW-1234`, see ticket) was reset',
        'the password (`PASSWORD_FILE`) is read at start',
        `the password (\`${g.hex(8)}\`) was rotated`,
        'a spoken passphrase (`prose-spoken-passphrase`, after its colon) reads plain nouns',
        // A setting's or a character class's words, not a password (rw-dev6's rule change).
        'the password (upper+lower+digits) is required.',
        'the password (sessionstorage) is read on start.',
        'The password (LetsEncrypt) is renewed by the job.',
        'The password (environment) is read at start.',
        'Set the password (alphanumeric, 12 characters).',
      ],
    },
  },
  {
    ...base,
    id: 'prose-new-one-colon',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password given as `a new one …: X` in a line that names the password (set a new one over the phone: X)',
    keywords: ['new one'],
    keywordWindow: { before: 160, after: 120 },
    pattern: new RegExp(`(?<![\\p{L}])new[ \\t]one(?:[ \\t][^\\n:：]{1,60}?)?[ \\t]{0,2}[:：][ \\t]{0,3}${OPEN}(?<secret>${VALUE})${ENDS}`, 'iu'),
    validate: (value, ctx) => {
      if (!validateHanded(value, ctx) || !passwordShaped(value)) return false;
      // The line up to `new one`, or the line above it (`Password had expired.` on a line of its own), names the password.
      const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
      const before = line.slice(0, line.toLowerCase().lastIndexOf('new one', ctx.start - lineStart));
      const above = lineStart > 0 ? lineAround(ctx.text, lineStart - 1, lineStart - 1).line : '';
      return PASSWORD_CONTEXT.test(before) || (PASSWORD_CONTEXT.test(above) && !/^[ \t]*$/.test(above));
    },
    examples: {
      positives: (g) => [
        `Venue support confirmed the password was expired and set a new one over the phone: ${g.s(humanPassword(g))}`,
        `Password had expired. Set new one in the portal's Manage My Account: ${g.s(humanPassword(g))}`,
      ],
      negatives: (g) => [
        'The password had expired, so we set a new one: see the vault entry.',
        `The certificate expired; we ordered a new one: ${g.upper(3)}-${g.digits(6)}`,
        `Laptop died, got a new one: ${g.upper(2)}${g.digits(4)}X${g.lower(2)}`,
        'Password expired, asked for a new one: pending.',
      ],
    },
  },
  {
    ...base,
    id: 'prose-new-password-next-line',
    appliesToPath: (path) => chatPath(path, true),
    description: 'A new password announced with a colon at the end of a line, the value opening the next line (ustawił nowe hasło:\nX)',
    keywords: ['new', 'nowe', 'neues', 'nuev', 'nouve', 'nuova', 'nieuw', 'nytt', 'novo', 'nova'],
    keywordWindow: { before: 0, after: 140 },
    pattern: new RegExp(
      `(?<![\\p{L}])(?:new|nowe|neues|nuevo|nueva|nouveau|nouvelle|nuova|nieuwe|nytt|novo|nova)[ \\t]{1,2}${PASSWORD_WORD}[ \\t]{0,2}[:：][ \\t]{0,3}\\r?\\n[ \\t]{0,8}${OPEN}(?<secret>${VALUE})${ENDS}`,
      'iu',
    ),
    validate: (value, ctx) => validateHanded(value, ctx) && (strongLooking(value) || mixedGenerated(value)),
    examples: {
      positives: (g) => [
        `Po zmianie haseł użytkownik techniczny nie może się zalogować. Administrator ustawił nowe hasło:\n${g.s(humanPassword(g))} – proszę przekazać je zespołowi ETL.`,
        `Le prestataire a fixé le nouveau mot de passe :\n${g.s(humanPassword(g))} – à changer après la mise en production.`,
      ],
      negatives: () => ['New password:\nConfirm password:\n', 'Choose a new password:\n\nIt must have 12 characters.', 'Nowe hasło:\n- minimum 12 znaków\n', 'New password:\n${NEW_PASSWORD}\n'],
    },
  },
  {
    ...base,
    id: 'prose-password-wrapped-value',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password opening the next line of a hard-wrapped paragraph after `the password` / `new PSK` (uses the password\nX, which …)',
    keywords: ['password', 'passwort', 'kennwort', 'wachtwoord', 'passphrase', 'psk', 'pre-shared key', 'senha', 'contrase', 'mot de passe', 'haslo', 'losenord', ...foldedKeywords(['hasło', 'lösenord'])],
    keywordWindow: { before: 20, after: 120 },
    pattern: new RegExp(
      `(?<![\\p{L}])(?:the|a|its|new|temporary|initial|shared)[ \\t]{1,2}(?:${PASSWORD_WORD}|psk|pre-shared[ \\t]key)[ \\t]{0,8}\\r?\\n[ \\t]{0,8}(?<secret>${VALUE})(?=[,;]?[ \\t]{1,2}\\p{L}|[.,;]?[ \\t]{0,40}(?:\\r?\\n|$))`,
      'iu',
    ),
    validate: (value, ctx) => {
      if (REFERENCE.test(value) || !validateHanded(value, ctx)) return false;
      // The line above is a sentence, not a heading or a form's field.
      const above = ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start);
      const line = above.slice(above.lastIndexOf('\n', above.lastIndexOf('\n') - 1) + 1);
      if (/^[ \t]*(?:#|\|)/.test(line) || !/\p{L}[ \t]+\p{L}+[ \t]+\p{L}+/u.test(line)) return false;
      return (/[^A-Za-z0-9]/.test(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value)) || (mixedGenerated(value) && value.length >= 12);
    },
    examples: {
      positives: (g) => [
        `**Finding 3 (high):** the shared administrator account of the treasury management system uses the password\n${g.s(`${g.lower(6)}${g.digits(2)}#`)}, which was found written on the run sheet kept at the payments desk.`,
        `- InfoSec reminded that the vendor's VPN profile still uses the pre-shared key from last year; new PSK\n  ${g.s(`${g.lower(1)}${g.upper(2)}${g.lower(1)}${g.upper(1)}${g.lower(2)}${g.upper(1)}${g.digits(1)}${g.upper(2)}${g.digits(1)}`)} was issued and sent via the secure portal.`,
      ],
      negatives: (g) => [
        'Please enter the password\nPolicy2024 applies to all accounts.',
        `Users who forget the password\n${g.digits(4)}-${g.digits(2)} ticket must be raised.`,
        '# Resetting the password\nSee-Also: the wiki page.',
        `If you lose the password\nINC-${g.digits(6)} documents the recovery.`,
      ],
    },
  },
  {
    ...base,
    id: 'prose-temporary-password-mid-clause',
    appliesToPath: (path) => chatPath(path, true),
    description: 'A generated temporary or initial password right after its words, the sentence going on (temporary password X sent to the team lead)',
    keywords: ['password', 'passphrase'],
    keywordWindow: { before: 20, after: 160 },
    pattern: new RegExp(`(?<![\\p{L}])(?:temporary|temp|initial|one-time|provisional|new)[ \\t]{1,2}(?:password|passphrase)[ \\t]{1,2}(?<secret>${VALUE})(?=[ \\t]{1,2}\\p{L})`, 'iu'),
    validate: (value, ctx) =>
      !REFERENCE.test(value) &&
      validateHanded(value, ctx) &&
      ((mixedGenerated(value) && value.length >= 16) || (/[^A-Za-z0-9]/.test(value) && /[0-9]/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && value.length >= 10)),
    examples: {
      positives: (g) => [
        `09:10 Also reset the ops user on the bank portal, temporary password ${g.s(g.alnum(28))} sent to the team lead.`,
        `Initial password ${g.s(`${g.upper(3)}${g.lower(6)}${g.digits(3)}${g.lower(4)}${g.upper(2)}${g.digits(2)}`)} was given to the new starter by phone.`,
      ],
      negatives: (g) => [
        'the new password field accepts 64 characters',
        `Set a temporary password ${'<'}${'TEMP_PASSWORD'}${'>'} for the user.`,
        `the initial password rotation job ${g.upper(3)}-${g.digits(5)} runs nightly`,
        'the temporary password MUST be changed at first logon',
      ],
    },
  },
  {
    ...base,
    id: 'prose-access-colon-value',
    appliesToPath: (path) => chatPath(path, true),
    description: 'A generated password given after an access word and a colon in a note (Zugang Ausschreibungsplattform für Herrn Y: X, Toegang BIM-viewer: X)',
    keywords: ['zugang', 'toegang', 'acceso', 'accesso', 'access', 'tkomst', ...foldedKeywords(['accès', 'dostęp'])],
    keywordWindow: { before: 0, after: 160 },
    pattern: new RegExp(`(?<![\\p{L}])(?:zugang|toegang|acceso|accès|accesso|dostęp|åtkomst|access)(?:[ \\t][^:：\\n]{1,80}?)?[ \\t]{0,2}[:：][ \\t]{1,3}(?<secret>${VALUE})${ENDS}`, 'iu'),
    validate: (value, ctx) => {
      if (REFERENCE.test(value) || !validateHanded(value, ctx) || /@|:\/\/|^[\w.-]+\.[a-z]{2,}$/i.test(value)) return false;
      // Not an access token, key or level: those name their own kind (the token rules read them).
      const label = ctx.text.slice(Math.max(0, ctx.start - 100), ctx.start);
      if (/(?:token|key|level|mode|rights?|rechte|recht|type|typ|list|log|control|id)[ \t]*[:：][ \t]*$/i.test(label)) return false;
      return (/[^A-Za-z0-9]/.test(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && value.length >= 10) || (mixedGenerated(value) && value.length >= 16);
    },
    examples: {
      positives: (g) => [
        `**Fr 13.03.** Zugang Ausschreibungsplattform (Vergabe Elektro) für Herrn Yilmaz: ${g.s(g.alnum(28))}`,
        `- Toegang BIM-viewer voor onderaannemers: ${g.s(`${g.upper(1)}${g.lower(6)}_${g.digits(4)}?`)}`,
      ],
      negatives: (g) => [
        'Access: read-only for contractors',
        `Zugang für Herrn Yilmaz: yilmaz@firma.example`,
        `Access level: Admin-${g.digits(4)}`,
        `Toegang via: https://bim.example.com/${g.alnum(8)}`,
        `Access granted: INC-${g.digits(6)}`,
        `Access token: see vault`,
      ],
    },
  },
  {
    ...base,
    id: 'prose-set-as-new-one',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password given as `we set X as the new one` after the password is named (set X as the new password)',
    keywords: ['as the new', 'as our new'],
    keywordWindow: { before: 110, after: 30 },
    pattern: new RegExp(
      `(?<![\\p{L}])(?:set|use|used|chose|picked|entered|typed)[ \\t]{1,2}${OPEN}(?<secret>${VALUE})[\`"'”]?[ \\t]{1,2}as[ \\t]{1,2}(?:the|our)[ \\t]new[ \\t](?:one|password|pw|passphrase)(?![\\p{L}])`,
      'iu',
    ),
    validate: (value, ctx) => {
      if (!validateHanded(value, ctx) || !passwordShaped(value)) return false;
      // `as the new password hashing default`: a setting, not a password.
      if (NOT_A_VALUE_LINE.test(ctx.text.slice(ctx.end, ctx.end + 60).split('\n')[0]!)) return false;
      if (/new[ \t](?:password|pw|passphrase)/i.test(ctx.text.slice(ctx.end, ctx.end + 30))) return true;
      const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
      const above = lineStart > 0 ? lineAround(ctx.text, lineStart - 1, lineStart - 1).line : '';
      return PASSWORD_CONTEXT.test(line.slice(0, ctx.start - lineStart)) || PASSWORD_CONTEXT.test(above);
    },
    examples: {
      positives: (g) => [
        `Venue confirmed the password was expired.\n(first logon will ask for a change via tag 925; we set ${g.s(humanPassword(g))} as the new one and it is now in the vault)`,
        `We used ${g.s(humanPassword(g))} as the new password for the kiosk.`,
      ],
      negatives: (g) => [`The laptop broke, we set ${g.upper(2)}-${g.digits(4)} as the new one in the asset list.`, 'We set Argon2id as the new password hashing default.', 'Use v2-api as the new one.'],
    },
  },
  {
    ...base,
    id: 'prose-password-of-thing-is',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password or passphrase named with what it protects before `is:` (The passphrase of the PGP key pair we generated for you is: X)',
    keywords: ['passphrase of', 'password of', 'password for', 'passphrase for'],
    keywordWindow: { before: 10, after: 160 },
    pattern: new RegExp(
      `(?<![\\p{L}])(?:password|passphrase)[ \\t](?:of|for)[ \\t](?:the|your|our|this|that)[ \\t][^\\n.:;!?]{3,70}?[ \\t](?:is|was)[ \\t]{0,2}[:：][ \\t]{0,3}${OPEN}(?<secret>${VALUE})${ENDS}`,
      'iu',
    ),
    validate: (value, ctx) => validateHanded(value, ctx) && (passwordShaped(value) || passphraseShaped(value)),
    examples: {
      positives: (g) => [
        `The passphrase of the PGP key pair we generated for you is: ${g.s(`${g.pick(['mosaic', 'harbor', 'tundra'])}_${g.lower(6)}_${g.lower(6)}_${g.lower(6)}`)}`,
        `The password for the vendor portal we set up for you was: ${g.s(humanPassword(g))}`,
      ],
      negatives: () => ['The password of the service account we created for you is: in the vault.', 'The passphrase of the key pair we generated for you is: see the portal.'],
    },
  },
  {
    ...base,
    id: 'prose-current-after-password',
    appliesToPath: (path) => chatPath(path, true),
    description: 'The current password given as `Current (March): X` right after a sentence about the password (Aktualne (marzec): X)',
    keywords: ['current', 'aktualn', 'aktuell', 'actuel', 'attuale', 'huidig', 'nuvarande'],
    keywordWindow: { before: 0, after: 80 },
    pattern: new RegExp(
      `(?<![\\p{L}])(?:current|currently|aktualne|aktualny|aktualnie|aktuell|aktuelles|actuel(?:le)?|attuale|huidige?|nuvarande)(?:[ \\t]\\([^()\\n]{1,30}\\))?[ \\t]{0,2}[:：][ \\t]{0,3}${OPEN}(?<secret>${VALUE})${ENDS}`,
      'iu',
    ),
    validate: (value, ctx) => {
      if (!validateHanded(value, ctx) || !strongLooking(value) || REFERENCE.test(value)) return false;
      // The sentence right before (same line, or the line above) is about the password.
      const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
      const above = lineStart > 0 ? lineAround(ctx.text, lineStart - 1, lineStart - 1).line : '';
      const before = `${above}\n${line.slice(0, ctx.start - lineStart)}`;
      return PASSWORD_CONTEXT.test(before) && !NOT_A_VALUE_LINE.test(before.slice(-200));
    },
    examples: {
      positives: (g) => [
        `3. Jeśli IB wymusza zmianę hasła, nowe hasło ustawia kierownik zespołu. Aktualne (marzec): ${g.s(humanPassword(g))}`,
        `The kiosk password rotates monthly.\nCurrent (April): ${g.s(humanPassword(g))}`,
      ],
      negatives: (g) => [
        `The password policy was updated. Current: v${g.digits(1)}.${g.digits(1)}`,
        `Build status is green. Current (March): ${humanPassword(g)}`,
        `Password length must be 12. Current: Pol-${g.digits(4)}x`,
      ],
    },
  },
];
