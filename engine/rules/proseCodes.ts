// Codes people write down in prose that are not called passwords: PINs named as such (`SIM PIN X`,
// `kod PIN do tokena to X`, `X ist die Admin-PIN`), Wi-Fi keys after the network word (`wlan X`,
// `Wi-Fi (both bands) → X`, `Wi-Fi şifresi X`), TOTP seeds (`setup key: JBSW Y3DP …`) and lists of recovery codes.
// The password rules want a password word; these codes are named by their own.
import type { ExampleGen, MatchContext, Rule } from '../types';
import { base, foldedKeywords, lineAround, looksLikeCode, proseApplies } from './prose';
import { csvFieldRun } from './proseNotValue';

/** What stands on the value's line between the last of the rule's words and the value. */
function betweenWord(ctx: MatchContext, words: RegExp): string {
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const before = line.slice(0, ctx.start - lineStart);
  words.lastIndex = 0;
  let between = before;
  for (let w = words.exec(before); w !== null; w = words.exec(before)) between = before.slice(w.index + w[0].length);
  return between;
}

/** A PIN's digits: none of the same digit or a run (`0000`, `123456`): those are examples and defaults. */
export function realPin(value: string): boolean {
  if (/^(.)\1+$/.test(value)) return false;
  const up = '01234567890123456789';
  const down = '98765432109876543210';
  return !up.includes(value) && !down.includes(value);
}

/** Words that make the digits after a PIN word something else: a length, a date, an address (India's PIN code), a count. */
const NOT_A_PIN_CONTEXT =
  /\b(?:digits?|characters?|chars?|length|lang|long|stellen|stellig|chiffres?|d[ií]gitos?|cifre|znak[óo]w|cyfr|attempts?|tries|versuche|essais|intentos|tentativ\w*|since|until|seit|bis|year|jahr|address|postal|postcode|india|city|district|nagar|road|state|pins?[ \t]+\d{1,2}\b|gpio|header|connector|diode|pinout|high|low|pull-?up|pull-?down|voltage|gnd|vcc|arduino|breadboard|pin[ \t]block|iso|ansi|standard|format)\b/i;

/** A 4-digit year after a time word (`PIN changed in 2024`). */
const YEAR = /^(?:19|20)[0-9]{2}$/;

/** A lower-case `pin` after a word that retires it (`old laptop pin 4471`): a note of what it was, not a PIN in use. */
function oldLowerCasePin(ctx: MatchContext): boolean {
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const before = line.slice(0, ctx.start - lineStart);
  return /(?:^|[^\p{L}])pin[^\p{L}]/u.test(before) && !/PIN|Pin|pin[- \t]?(?:code|kode|kod)/u.test(before) && /\b(?:old|former|previous|ex)\b/i.test(before);
}

function validatePin(value: string, ctx: MatchContext, between: string): boolean {
  if (!proseApplies(ctx) || looksLikeCode(ctx)) return false;
  if (!realPin(value)) return false;
  const { line } = lineAround(ctx.text, ctx.start, ctx.end);
  if (NOT_A_PIN_CONTEXT.test(line)) return false;
  // A sentence ended between the word and the digits (`… PIN. Ticket 4411`), or another label stands between.
  if (/[.!?。][ \t]+\S/.test(between) || /\b(?:puk|id|nr|no|number|nummer|ticket|order|ref|tel|phone|serial|iban|account|konto|kunde\w*)\b[ \t.:#]*$/i.test(between)) return false;
  // A standard's number after its acronym (`PIN block … to ISO 9564`).
  if (/(?:^|[^\p{L}])[A-Z]{2,6}[ \t-]{0,2}$/u.test(between)) return false;
  if (YEAR.test(value) && /\b(?:in|on|am|im|en|em|from|to|ab)\b/i.test(between)) return false;
  // A time of day (`changes at 0600`, `um 2200`): four digits that read as hours and minutes after a time word.
  if (/^(?:[01][0-9]|2[0-3])[0-5][0-9]$/.test(value) && /(?:^|[^\p{L}])(?:at|um|à|alle|às|a[ \t]las|o)[ \t]{1,3}$/iu.test(between)) return false;
  return true;
}

/** What a PIN word reads as: `PIN`, `Pin`, `pin code`, lower-case `pin` right before its digits (`bank pin 4382`, `the profile pin is 2303`), `pincode`, `PIN-Code`, `PIN kodu`, `пин-код`, `पिन`. */
const PIN_WORD =
  '(?:PIN|Pin|pin(?=[- \\t]?(?:code|kode|kod|kodu)\\b)|pin(?=[ \\t]{1,3}(?:(?:is|was)[ \\t]{1,3})?[0-9]{4,8}(?![0-9\\p{L}])|[ \\t]{0,2}[:=][ \\t]{0,3}[0-9]{4,8}(?![0-9\\p{L}]))|[Pp]incode|пин|ПИН|Пин|पिन)(?:[- \\t]?(?:[Cc]ode|[Kk]ode|[Kk]od|kodu|-код|код|[Nn]ummer|[Nn]umber))?';
/** PIN_WORD for finding its last occurrence on a line (built once: validators run per match). */
const PIN_WORDS = new RegExp(PIN_WORD, 'gu');

const PIN_AFTER = new RegExp(`(?:(?<![\\p{L}\\p{N}_-])|(?<=\\p{L}{2}-)(?=PIN))${PIN_WORD}(?<between>[^\\n0-9]{0,40}?)(?<![0-9])(?<secret>[0-9]{4,8})(?![0-9\\p{L}_/-])(?![.,:][0-9\\p{L}])`, 'u');

const PIN_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}_.,:/-])(?<secret>[0-9]{4,8})[ \\t]{1,3}(?:is|ist|é|es|est|è|er|är|on|jest|to|=)[ \\t]{1,3}(?:(?:de|die|der|das|la|le|el|a|o|il|the|den|het|my|our|unsere?|a[ \\t]senha[ \\t]do)[ \\t]{1,3})?(?:[\\p{L}]{1,20}[ \\t-])?(?:PIN|Pin|[Pp]incode|[Pp]in-?[Cc]ode)(?![\\p{L}])`,
  'u',
);

/**
 * What a door, gate, locker or alarm code is named by: the place with its code word (`door code`, `Türcode`, `deurcode`,
 * `Alarm system | code`), the code word before the place (`code de la porte`, `kod do szafki`, `código de la puerta`),
 * or a key safe alone (`Schlüsseltresor`, `boîte à clés`, `digicode`, `lockbox`).
 */
const LOCK_PLACE =
  "(?:(?:front[ \\t]|back[ \\t]|side[ \\t]|garage[ \\t]|main[ \\t])?door|gate|garage|locker|keypad|screen[ \\t]time|alarm(?:[ \\t](?:system|panel)|(?=[ \\t]kodu))|(?:haus)?t[üu]r|tor|garagentor|schlie(?:ß|ss)fach|alarmanlage|(?:la[ \\t]|le[ \\t]|l')?(?:porte|portail|alarme)|(?:la[ \\t]|el[ \\t])?(?:puerta|alarma|portal)|(?:o[ \\t])?port[ãa]o|kap[ıi]|калитк\\p{L}{0,3}|двер\\p{L}{0,3}|ворот\\p{L}{0,3}|домофон\\p{L}{0,3}|подъезд\\p{L}{0,3}|сигнализаци\\p{L}{0,3}|drzwi|furtki|bramy|szafki|sejfu|alarmu|(?:la[ \\t]|il[ \\t])?(?:porta|portone|cancello|allarme)|deur|poort|kluis(?:je)?)";
const LOCK_CODE = '(?:codes?|c[óo]digo|kod|kodu|codice|kode|код)';
const KEY_SAFE = '(?:schl[üu]ssel(?:tresor|kasten|safe|box)|bo[îi]te[ \\t]à[ \\t]cl[ée]s|digicode|key[ \\t]?(?:safe|box)|lock[ \\t]?box|caja[ \\t]de[ \\t]llaves|sejf[ \\t]na[ \\t]klucze)';
const LOCK_WORD = `(?:${LOCK_PLACE}(?:[ \\t|—–:-]{0,12})${LOCK_CODE}|${LOCK_CODE}[ \\t](?:(?:de|del|della|dello|dell'|do|da|for|für|of|to|van|voor|от|на|для)[ \\t]{1,2})?(?:the[ \\t]|die[ \\t]|de[ \\t]|het[ \\t])?${LOCK_PLACE}|${KEY_SAFE})`;
const LOCK_WORDS = new RegExp(LOCK_WORD, 'giu');
const LOCK_AFTER = new RegExp(`(?<![\\p{L}\\p{N}_])${LOCK_WORD}(?![\\p{L}])(?<between>[^\\n0-9]{0,40}?)(?<![0-9])(?<secret>[0-9]{4,8})(?![0-9\\p{L}_/-])(?![.,:][0-9\\p{L}])`, 'iu');
/**
 * The digits' own pattern (Rule.secretPattern), with the flags of the rule's: a window without 4 to 8 digits in a row
 * (most windows of `tor` in `constructor`, `iterator`, `operator`) is skipped before the pattern's look-behinds run.
 */
const digitsWith = (pattern: RegExp) => new RegExp('[0-9]{4,8}', pattern.flags);
/** A place alone before its digits (`, alarm 3031`, `Garagentor neu: 9712`): only as the next item of a list that began with a named code. */
const LISTED_PLACE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${LOCK_PLACE}|alarm)(?![\\p{L}])(?<between>[^\\n0-9\\p{L}]{0,4}(?:\\p{L}{2,8}[ \\t]{0,2})?[^\\n0-9\\p{L}]{0,4}?)(?<![0-9])(?<secret>[0-9]{4,8})(?![0-9\\p{L}_/-])(?![.,:][0-9\\p{L}])`,
  'iu',
);
/** The line before the place already gave a named code (`Alarmanlage-Code bleibt NNNN, `), then a list separator. */
const CODE_GIVEN_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}_])${LOCK_WORD}(?![\\p{L}])[^\\n0-9]{0,40}?(?<![0-9])[0-9]{4,8}#?[ \\t]{0,2}(?:[,;/]|\\.?[ \\t]{1,2}(?:und|and|et|y|e|i|и|ve)\\b)[^\\n0-9]{0,40}$`, 'iu');

/** Error and status codes of devices (`door sensor fault code 4012`) are not entry codes. */
const DEVICE_CODE = /\b(?:error|fault|fehler|erreur|errore|b[łl][ąa]d|warning|status|event|sensor|zone|http|exit|return|postal|zip)\b/i;

const pinValue = (g: ExampleGen) => `${g.pick(['4', '7', '2', '9'])}${g.pick(['81', '06', '53', '39'])}${g.digits(g.pick([1, 3]))}`;

/** Network words: `wifi`, `Wi-Fi`, `WLAN`, `wireless`, and their names in other scripts. */
const WIFI_WORD = '(?:wi-?fi|wlan|wireless|와이파이|ワイファイ|ไวไฟ|वाई-फाई|واي[ \\t]?فاي|вай-?фай)';
const WIFI_WORDS = new RegExp(WIFI_WORD, 'giu');

/** The key words that may stand before the key itself. */
const KEY_WORD =
  /(?:key|password|passwort|kennwort|schl[üu]ssel|cl[ée]|senha|clave|contrase[ñn]a|has[łl]o|kulcs|heslo|salasana|l[öo]senord|[şs]ifre\w*|пароль|パスワード|キー|비번|비밀번호|كلمة[ \t]سر|סיסמ\w*|पासवर्ड|รหัส\w*|m[ậa]t[ \t]kh[ẩa]u|sandi|κωδικός)/iu;

/** A network's name stands right before the value (`SSID: HOTEL_GUEST`, `Netzwerk heißt X`, `la red es X`). */
const NETWORK_NAME_BEFORE =
  /(?:ssid|network|netzwerk|netz|netwerk|rede|red|r[ée]seau|sie[ćc]|rete|name|nome|nombre|heißt|hei[ßs]t|called|named|band|bands|ghz|channel|kanal|mac|ip|interface|adapter|module|chip|driver|firmware)\b[^\p{L}\p{N}]{0,6}(?:(?:es|is|ist|é|est)[ \t]{1,3})?$/iu;

function validateWifi(value: string, ctx: MatchContext, between: string): boolean {
  if (!proseApplies(ctx) || looksLikeCode(ctx)) return false;
  // A parenthesis qualifies the network word (`Wi-Fi (both bands) →`); what names the value stands outside it.
  if (NETWORK_NAME_BEFORE.test(between.replace(/\([^()\n]{0,30}\)/g, '')) || /[.!?。][ \t]+\S/.test(between)) return false;
  // The key is named (`key`, `Passwort`, `şifresi`) or given right after the network word with a separator or an arrow.
  // A short qualifier may stand between (`Wi-Fi (both bands) →`, `WLAN Gäste -`).
  // (A Thai or Devanagari word carries combining vowel marks: `ไวไฟพนักงาน X`, staff Wi-Fi.)
  const qualified = /^[ \t]{0,3}(?:\([^()\n]{1,20}\)|[\p{L}\p{M}]{1,14}(?:[ \t][\p{L}\p{M}]{1,14})?)?[ \t]{0,3}(?:[:=→-]{1,3}|::)?[ \t]{0,3}(?:<code>|`)?$/u.test(between);
  if (!KEY_WORD.test(between) && !qualified) return false;
  // A band after a dash or underscore (`Office-5G`, `Home_2.4GHz`) ends a network's name: `The wifi is Office-5G`
  // names the network unless a key word says otherwise.
  if (!KEY_WORD.test(between) && /[-_](?:2\.?4|5|6)G(?:Hz)?$/i.test(value)) return false;
  // A RADIUS row whose user is named for the network (`'wifi-guest', 'NT-Password', ':=', '…'`): a stored hash.
  if (/\b(?:NT|LM|S?MD5|S?SHA\d?|Crypt)-Password\b/i.test(between)) return false;
  if (/[:@/\\]/.test(value) || /^v?[0-9]+(?:\.[0-9]+)+/.test(value) || csvFieldRun(value, ctx.path)) return false;
  if (value.length < 8 || value.length > 63) return false;
  // A router's printed key or a WEP key (digits, hex, upper-case runs), or a chosen key with letters and digits in both cases or a symbol.
  if (/^[0-9]{10,}$/.test(value) || (/^[0-9a-f]{10,}$/i.test(value) && /[0-9]/.test(value) && /[a-f]/i.test(value))) return true;
  if (/^[A-Z0-9]{12,}$/.test(value) && /[0-9]/.test(value) && /[A-Z]/.test(value)) return true;
  const hasLower = /[a-z]/.test(value);
  const hasUpper = /[A-Z]/.test(value);
  const hasDigit = /[0-9]/.test(value);
  const hasSymbol = /[!#$%&*+?~^_.-]/.test(value);
  return hasDigit && ((hasLower && hasUpper) || (hasSymbol && /[A-Za-z]/.test(value)));
}

const WIFI = new RegExp(
  `(?<![\\p{L}\\p{N}_])${WIFI_WORD}(?<between>[^\\n]{0,60})(?<=[ \\t:=→>\`「"'(])(?<secret>(?=[^\\s"'\`<>()「」]{0,62}[0-9])[^\\s"'\`<>()「」]{8,63})(?=$|[ \\t]|\\r?\\n|[.,;!?)」"'\`<](?:[ \\t]|$|\\r?\\n|/?[a-z])|[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}])`,
  'imu',
);

/** Words that name a TOTP seed. */
const TOTP_WORD = '(?:TOTP|totp|Totp|OTP|otp|2FA|2fa|MFA|mfa|[Aa]uthenticator|[Ss]etup[ \\t][Kk]ey|[Ss]ecret[ \\t][Kk]ey|[Ss]eed|SEED|[Gg]eheimnis|[Ss]ecret|シード|시드|[Ss]emilla|[Ss]emente|[Gg]raine)';

const BASE32_GROUPED = '[A-Z2-7]{4}(?:[ ][A-Z2-7]{4}){3,15}|[a-z2-7]{4}(?:[ ][a-z2-7]{4}){3,15}';
const TOTP = new RegExp(`(?<![\\p{L}\\p{N}_])${TOTP_WORD}(?<between>[^\\n]{0,80}?)(?<![A-Za-z0-9])(?<secret>${BASE32_GROUPED}|[A-Z2-7]{16,64})(?![A-Za-z0-9])`, 'u');

function validateTotp(value: string, ctx: MatchContext): boolean {
  if (!proseApplies(ctx) || looksLikeCode(ctx)) return false;
  const bare = value.replace(/ /g, '');
  // A seed is RFC 4648 base32 of 10 bytes or more: letters with digits 2–7, never a word or a run of one character.
  if (bare.length < 16 || !/[2-7]/.test(bare) || !/[A-Za-z]/.test(bare) || /(.)\1{4}/.test(bare)) return false;
  if (!/^[A-Z2-7]+$/.test(bare) && !/^[a-z2-7]+$/.test(bare)) return false;
  // Ungrouped, a seed has a length an authenticator app shows (10, 15, 16, 20, 32 or 40 bytes) and stands alone:
  // not an assigned value or an access key id (`Credential=AKIA…`).
  if (!value.includes(' ') && (![16, 24, 26, 32, 52, 64].includes(value.length) || !/[\s:`"'>]/.test(ctx.text.charAt(ctx.start - 1)) || /^(?:AKIA|ASIA|AIDA|AROA)/.test(value))) return false;
  // Its letters are random: at least 8 different characters.
  return new Set(bare.toUpperCase()).size >= 8;
}

/**
 * A TOTP/HOTP seed handed to a one-time-password library in code (`pyotp.TOTP("…")`, `pyotp.HOTP("…")`, `new TOTP({
 * secret: "…" })` is the keyed grammar's): RFC 4648 base32 of 16 to 64 characters, random letters.
 */
function validateTotpCall(value: string): boolean {
  return /[2-7]/.test(value) && !/(.)\1{4}/.test(value) && new Set(value).size >= 8;
}

export const totpSeedCallRule: Rule = {
  id: 'totp-seed-call',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'A TOTP or HOTP seed given to a one-time-password call (`pyotp.TOTP("…")`)',
  envName: 'TOTP_SECRET',
  severity: 'warning',
  keywords: ['totp(', 'hotp('],
  keywordWindow: { before: 8, after: 80 },
  pattern: /\b(?:TOTP|HOTP)\([ \t]{0,2}[rb]?["'](?<secret>[A-Z2-7]{16,64})={0,6}["']/,
  validate: validateTotpCall,
  docsUrl: 'https://pyauth.github.io/pyotp/',
  revocationUrl: null,
  revocationNote: 'Turn two-factor authentication off and on again for that account (a new seed), and read the seed from a secret store.',
  examples: {
    positives: (g) => [`code = pyotp.TOTP("${g.s(g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32))}").now()`, `hotp = pyotp.HOTP('${g.s(g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}')`],
    negatives: () => ['totp = pyotp.TOTP(pyotp.random_base32())', 'totp = pyotp.TOTP(os.environ["OTP_SEED"])', 'pyotp.TOTP("AAAAAAAAAAAAAAAA")'],
  },
};

const groups = (g: ExampleGen) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32).replace(/(.{4})(?!$)/g, '$1 ');

/** One-time recovery codes as services print them: `a1b2c-3d4e5`, `1234 5678`, `ABCD-EFGH-IJKL`, `12345678`. */
const RECOVERY_CODE = '[0-9a-f]{5}-[0-9a-f]{5}|[0-9]{4}[ -][0-9]{4}|[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}(?:-[A-Z0-9]{4})?|[a-z0-9]{4}-[a-z0-9]{4}(?:-[a-z0-9]{4}){0,2}|[0-9]{8,10}';
/** A code alone on its line, perhaps as a list item. */
const CODE_LINE = new RegExp(`^[ \\t]{0,8}(?:[-*•+][ \\t]{1,3}|[0-9]{1,2}[.)][ \\t]{1,3})?(?:${RECOVERY_CODE})[ \\t]*$`);
const RECOVERY_WORDS =
  /recovery[ \t-]?codes?|backup[ \t-]?codes?|wiederherstellungs-?codes?|c[óo]digos?[ \t]de[ \t](?:recupera[cç]i?[óoã]o?n?|respaldo|backup)|codes?[ \t]de[ \t](?:secours|r[ée]cup[ée]ration)|codici[ \t]di[ \t](?:backup|recupero)|kody[ \t](?:zapasowe|odzyskiwania)/i;

/** A recovery code in a list of them, or under the line that names them; the codes' word within a few lines. */
function validateRecoveryCode(value: string, ctx: MatchContext): boolean {
  if (!proseApplies(ctx) || looksLikeCode(ctx)) return false;
  if (/^(.)\1+$/.test(value.replace(/[ -]/g, '')) || /^(?:19|20)[0-9]{6}$/.test(value)) return false;
  const lines = ctx.text.slice(Math.max(0, ctx.start - 600), Math.min(ctx.text.length, ctx.end + 600)).split('\n');
  const before = ctx.text.slice(Math.max(0, ctx.start - 600), ctx.start).split('\n');
  const at = before.length - 1;
  // The codes' word within 8 lines, and a list of at least two codes around the value or the word right above it.
  const near = lines.slice(Math.max(0, at - 8), at + 9);
  if (!near.some((l) => RECOVERY_WORDS.test(l))) return false;
  const above = before
    .slice(0, -1)
    .reverse()
    .find((l) => l.trim() !== '');
  let list = 0;
  for (let i = Math.max(0, at - 6); i <= Math.min(lines.length - 1, at + 6); i++) if (CODE_LINE.test(lines[i]!.replace(/\r$/, ''))) list++;
  return list >= 2 || (above !== undefined && RECOVERY_WORDS.test(above));
}

const recoveryCode = (g: ExampleGen) => g.pick([() => `${g.hex(5)}-${g.hex(5)}`, () => `${g.digits(4)} ${g.digits(4)}`, () => `${g.upper(4)}-${g.upper(4)}-${g.upper(4)}`])();

export const proseCodeRules: Rule[] = [
  {
    ...base,
    id: 'prose-pin',
    description: 'A PIN named as such in prose (SIM PIN X, kod PIN do tokena to X, Printer PIN for color: X)',
    keywords: ['pin', ...foldedKeywords(['пин', 'ПИН', 'पिन'])],
    keywordWindow: { before: 0, after: 80 },
    pattern: PIN_AFTER,
    validate: (value, ctx) => validatePin(value, ctx, betweenWord(ctx, PIN_WORDS)) && !oldLowerCasePin(ctx),
    examples: {
      positives: (g) => [
        `- SIM PIN ${g.s(pinValue(g))}, PUK in the drawer`,
        `Agnieszka: a kod PIN do tokena to ${g.s(pinValue(g))}`,
        `<tr><td>VPN profile PIN</td><td><code>${g.s(pinValue(g))}</code></td></tr>`,
        `Kasa PIN kodu: ${g.s(pinValue(g))}`,
        // A compound naming whose PIN it is (`Admin-PIN`, Dutch `beheerders-PIN`, rw-dev20).
        `- Kioskmodus verlaten: beheerders-PIN \`${g.s(pinValue(g))}\`.`,
        `3. ЭЦП: пин-код токена ${g.s(pinValue(g))}`,
      ],
      negatives: (g) => [
        'Choose a PIN of at least 6 digits, not 123456.',
        'Default PIN: 0000',
        'The PIN changed in 2024.',
        `PIN code ${g.pick(['560001', '110017'])}, Bangalore, India`,
        'Connect GPIO pin 17 to the LED; the pin 2048 mapping is in the header.',
        `PIN reset, ticket ${g.digits(6)}`,
        'Translates encrypted PIN block from and to ISO 9564 formats 0,1,3,4.',
      ],
    },
  },
  {
    ...base,
    id: 'prose-door-code',
    description: 'A door, gate, locker or alarm code named in prose (door code X, Türcode: X, kod do szafki X, boîte à clés : code X)',
    keywords: foldedKeywords([
      'door',
      'gate',
      'garage',
      'locker',
      'keypad',
      'screen time',
      'alarm',
      'tür',
      'torcode',
      'tor-code',
      'schließfach',
      'schliessfach',
      'schlüssel',
      'porte',
      'portail',
      'puerta',
      'drzwi',
      'furtki',
      'bramy',
      'szafki',
      'sejf',
      'porta',
      'portone',
      'cancello',
      'allarme',
      'deur',
      'poort',
      'kluis',
      'boîte',
      'digicode',
      'key safe',
      'keysafe',
      'key box',
      'keybox',
      'lockbox',
      'lock box',
      'caja de llaves',
      'portal',
      'portão',
      'portao',
      'kapı',
      'kapi',
      'калитк',
      'двер',
      'ворот',
      'домофон',
      'подъезд',
      'сигнализаци',
    ]),
    keywordWindow: { before: 30, after: 90 },
    pattern: LOCK_AFTER,
    secretPattern: digitsWith(LOCK_AFTER),
    validate: (value, ctx) => validatePin(value, ctx, betweenWord(ctx, LOCK_WORDS)) && !DEVICE_CODE.test(lineAround(ctx.text, ctx.start, ctx.end).line),
    examples: {
      positives: (g) => [
        `the door code is still ${g.s(pinValue(g))} right?`,
        `<p>Türcode: <strong>${g.s(pinValue(g))}</strong></p>`,
        `Kod do szafki z pilotami: ${g.s(pinValue(g))}`,
        `- Boîte à clés : code ${g.s(pinValue(g))}`,
        `| Alarm system | — | code ${g.s(pinValue(g))} |`,
      ],
      negatives: () => ['Door sensor error code 4012: check the wiring', 'The gate code changed in 2024.', 'Default door code: 1234', 'door code must have 6 digits'],
    },
  },
  {
    ...base,
    id: 'prose-door-code-listed',
    description: 'A second door, gate or alarm code listed after a named one (Türcode 4711, Garage: 2580; kod do bramy X, alarm Y)',
    keywords: foldedKeywords(['door', 'gate', 'garage', 'alarm', 'tür', 'tor', 'porte', 'portail', 'puerta', 'portal', 'bramy', 'drzwi', 'porta', 'portão', 'kapı', 'сигнализаци', 'калитк', 'двер', 'ворот']),
    keywordWindow: { before: 120, after: 40 },
    pattern: LISTED_PLACE,
    secretPattern: digitsWith(LISTED_PLACE),
    validate: (value, ctx) => {
      const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
      return CODE_GIVEN_BEFORE.test(line.slice(0, ctx.start - lineStart)) && validatePin(value, ctx, '') && !DEVICE_CODE.test(line);
    },
    examples: {
      positives: (g) => [
        `Papa: Alarmanlage-Code bleibt ${pinValue(g)}, Garagentor neu: ${g.s(pinValue(g))}`,
        `Mama (19:10): kod do bramy garażowej ${pinValue(g)}, alarm ${g.s(pinValue(g))}`,
        `- door code ${pinValue(g)} / garage ${g.s(pinValue(g))}`,
      ],
      negatives: (g) => [
        `Alarm zone ${pinValue(g)} triggered at night`,
        `Garage ${pinValue(g)} Main Street`,
        'door code must have 6 digits, garage 1998 model',
        `Fehlercode Tor ${pinValue(g)}, Alarm ${pinValue(g)}`,
      ],
    },
  },
  {
    ...base,
    id: 'prose-pin-named-after',
    description: 'PIN digits given before their name (X is de pincode, X ist die Admin-PIN)',
    keywords: ['pin', ...foldedKeywords(['пин', 'पिन'])],
    keywordWindow: { before: 60, after: 12 },
    pattern: PIN_BEFORE,
    validate: (value, ctx) => proseApplies(ctx) && !looksLikeCode(ctx) && realPin(value) && !NOT_A_PIN_CONTEXT.test(lineAround(ctx.text, ctx.start, ctx.end).line),
    examples: {
      positives: (g) => [`Ruud: ${g.s(pinValue(g))} is de pincode`, `- Telefonanlage: ${g.s(pinValue(g))} ist die Admin-PIN`],
      negatives: () => ['1234 is the default PIN', '2024 was the year the PIN policy changed'],
    },
  },
  {
    ...base,
    id: 'prose-wifi-key',
    description: 'A Wi-Fi key after the network word (wlan X, Wi-Fi (both bands) → X, Wi-Fi şifresi X, Új WiFi kulcs: X)',
    keywords: ['wifi', 'wi-fi', 'wlan', 'wireless', ...foldedKeywords(['와이파이', 'ワイファイ', 'ไวไฟ', 'वाई-फाई', 'واي فاي', 'вай-фай'])],
    keywordWindow: { before: 0, after: 140 },
    pattern: WIFI,
    validate: (value, ctx) => validateWifi(value, ctx, betweenWord(ctx, WIFI_WORDS)),
    examples: {
      positives: (g) => [
        `wlan ${g.s(g.hex(26))}`,
        `Wi-Fi (both bands) → ${g.s(g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 16))}`,
        `Wi-Fi şifresi ${g.s(`${g.pick(['Violet', 'Copper'])}${g.pick(['Kikker', 'Tanuki'])}${g.digits(3)}`)} olarak değişti`,
        `Új WiFi kulcs: ${g.s(`${g.pick(['Saffron', 'Orbit'])}${g.pick(['Pisica', 'Macska'])}${g.digits(3)}`)}`,
        `Guest Wi-Fi in the ballroom: network EVENT-HALL, key ${g.s(g.digits(10))}`,
        // A Thai qualifier carries vowel marks (staff Wi-Fi, rw-dev22).
        `10:04 ผู้จัดการ: ไวไฟพนักงาน ${g.s(`${g.lower(2)}${g.upper(2)}${g.lower(1)}${g.upper(2)}${g.digits(1)}${g.lower(3)}${g.upper(1)}`)}`,
      ],
      negatives: (g) => [
        'WLAN interface wlp3s0b1 is down',
        'Wi-Fi 6E support arrives in 2.4.0',
        'wifi SSID: HOTEL_GUEST_5G',
        'Our Wi-Fi network is called Office-Guest2024',
        'The wifi is Office-5G',
        'The wifi MAC is A8:2C:07:BF:08:09',
        'WLAN 802.11ac, channel 36',
        `'wifi-guest', 'NT-Password', ':=', '${g.hex(32).toUpperCase()}'`,
      ],
    },
  },
  {
    ...base,
    id: 'prose-totp-seed',
    description: 'A TOTP seed (base32) written next to its 2FA, OTP or setup-key word',
    envName: 'TOTP_SECRET',
    keywords: ['totp', 'otp', '2fa', 'mfa', 'authenticator', 'setup key', 'secret key', 'seed', 'geheimnis', 'secret', 'semilla', 'semente', 'graine', ...foldedKeywords(['シード', '시드'])],
    keywordWindow: { before: 0, after: 260 },
    pattern: TOTP,
    validate: validateTotp,
    examples: {
      positives: (g) => [
        `- Registrar TOTP: ${g.s(groups(g))}`,
        `OTP 시드 백업해둔 거 있어요? ${g.s(groups(g))} 이거 맞나요`,
        `Setup key for the shared account: ${g.s(g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32))}`,
      ],
      negatives: () => [
        'The TOTP secret is shown under the QR code as AAAA AAAA AAAA AAAA.',
        'MFA: ENABLED FOR ALL ADMINS',
        'seed ABCDEFGHIJKLMNOP is the docs example',
        'AWS SigV4 (no secret in it): Credential=AKIAIOSFODNN7EXAMPLE/20240510/eu-west-1/s3/aws4_request',
      ],
    },
  },
  {
    ...base,
    id: 'prose-recovery-code',
    description: 'One-time recovery or backup codes listed under (or above) the words that name them',
    envName: 'RECOVERY_CODES',
    keywords: [
      'recovery code',
      'recovery-code',
      'backup code',
      'backup-code',
      'backupcode',
      'wiederherstellungscode',
      'codigos de',
      'codes de secours',
      'codici di',
      'kody zapasowe',
      'kody odzyskiwania',
      ...foldedKeywords(['códigos de', 'codes de récupération']),
    ],
    keywordWindow: { before: 600, after: 600 },
    pattern: new RegExp(`(?<![^\\n])[ \\t]{0,8}(?:[-*•+][ \\t]{1,3}|[0-9]{1,2}[.)][ \\t]{1,3})?(?<secret>${RECOVERY_CODE})[ \\t]*(?=\\r?\\n|$)`),
    validate: validateRecoveryCode,
    examples: {
      positives: (g) => [
        `3. Our registrar account has 2FA on my phone. Backup codes:\n   - ${g.s(recoveryCode(g))}\n   - ${g.s(recoveryCode(g))}\n`,
        `${g.s(`${g.hex(5)}-${g.hex(5)}`)}\n${g.s(`${g.hex(5)}-${g.hex(5)}`)}\n\nKeep your recovery codes in a safe place.\n`,
        `VPN backup code\n${g.s(`${g.upper(4)}-${g.upper(4)}-${g.upper(4)}`)}\n`,
      ],
      negatives: (g) => ['Keep your recovery codes in a safe place.\n\n0000 0000\n', `Backup codes are shown once.\n\nBuild ${g.digits(8)} passed.\n`, `Recovery codes: see the vault.\n20261101\n20261102\n`],
    },
  },
];
