// A letters-only password given right after its password word, or after the word and a copula, while the sentence
// goes on (`das Startkennwort <words run together> eingeben`, `met wachtwoord <words> (alleen acceptatie)`,
// `la contraseña era <words> y ahora …`, `gym app pw is <Words> if you want …`). The other prose rules want such a
// value to end its clause, because a word after it usually means the value was a word of the sentence too. Words
// run together are no word of a sentence: long small-letter runs without a word's ending, or two to four
// capitalised words. After a copula a shorter run or a capitalised run counts too.
import type { MatchContext, Rule } from '../types';
import { isLetterCompound } from '../validators/letterCompound';
import { base, foldedKeywords, lineAround, looksLikeCode, prosePassword, proseApplies, strictlyRandom } from './prose';
import { isPlaceholder } from '../validators/placeholder';
import { isWordLike } from '../validators/valueStats';
import { chatPath, NOT_A_VALUE_LINE, passwordShaped } from './proseFollowup';
import { capitalisedWords, codeIdentifier, letterPassword, lowerRunTogether } from './proseLetterPasswords';
import { BAD_PASSWORD_EXAMPLE, runTogetherWords } from './proseNotValue';
import { SENTENCE_WORDS } from './proseWords';

/** Password words that name nothing else (not `pass`, `key` or `code`); German and Dutch compounds end in theirs. */
const WORD =
  '(?:[A-Za-zäöüÄÖÜß]{2,24}-?)?(?:passwort|kennwort|wachtwoord)|password|passwd|passphrase|pwd|pw|senha|hasło|haslo|heslo|lösenord(?:et)?|contraseña|contrasena|mot de passe|mdp|şifresi|şifre|parolası|parola|пароль|jelszó|jelszava|salasana|adgangskode|passord|geslo|lozinka';

/** A copula or a word of time between the password word and its value (`is`, `era`, `ist jetzt`, `is still`). */
const COPULA = "(?:is|was|ist|war|era|es|est|é|è|är|jest|je|lautet|hei(?:ß|ss)t|c'est|still|now|noch|jetzt|ancora|ainda|todavía|ahora|agora|adesso|maintenant|teraz|nu)";

/** A copula (and an opening quote) right before the value. */
const COPULA_BEFORE = new RegExp(`(?:^|[^\\p{L}])${COPULA}[ \\t]{1,3}[\`"'“«*]{0,2}$`, 'iu');

/** Endings of long words of English and German prose that the letter validators leave (`straightforward`, `Verwaltungsprogramm`). */
export const LONG_WORD = /(?:ward|wards|where|ever|over|self|selves|theless|standing|programm|gramm|system|systeme|text|case|space|holder|plate|through|complete|fill|print|shot|board|script|field|box)$/i;

/** Roles and accounts whose password a sentence names (`password amministratore aggiornata a X`): the account, not the value. */
export const ACCOUNT_WORD =
  /^(?:amministratore|administrateur|administrador|administrator|beheerder|verwalter|gestionnaire|utilisateur|utilizzatore|usuario|benutzer|superuser|superutente|supervisor|supervisore|operatore|operator|manutentore|installatore|installateur|instalador)$/;

function validate(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  const lower = value.toLowerCase();
  if (SENTENCE_WORDS.has(lower) || ACCOUNT_WORD.test(lower) || codeIdentifier(value) || LONG_WORD.test(value) || !isLetterCompound(value)) return false;
  const pascal = capitalisedWords(value);
  // Small letters (perhaps a capital first) ending like a German verb or plural (`wiederherstellen`): a word.
  if (!pascal && /en$/.test(lower)) return false;
  const copula = /[ \t]$/.test(ctx.text.slice(ctx.start - 1, ctx.start)) && COPULA_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start));
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

/** A Wi-Fi word: the line is about a wireless network, whose key people write after a key word or a copula. */
const WIFI = '(?:wi-?fi|wlan|wpa2?|ssid|wireless)';
/** A line about a wireless network. */
const WIFI_WORD = new RegExp(WIFI, 'i');
/** The key's word or the verb that gives it (`WPA2 key X`, `SSID …, code X`, `clé X`, `WLAN … ist X`, `wifi to X`, `Wi-Fi ficou com X`). */
const WIFI_GIVES = '(?:key|cl[ée]|clave|chave|schl[üu]ssel|sleutel|code|c[óo]digo|psk|passphrase|password|passwort|kennwort|wachtwoord|senha|contraseña|hasło|haslo|is|ist|es|est|é|è|to|jest|ficou com)';

/** Parts of network names (`FreeWifiHotel`, `HomeNetwork5G`, `CorpGuest`): an SSID, not its key. */
const NETWORK_NAME_PART = /wi-?fi|wlan|net|guest|gast|g[aä]ste|home|office|hotel|corp|lobby|livebox|freebox|bbox|fritz|speedport|vodafone|telekom|linksys|netgear|tp-?link|d-?link|xfinity|[25]g(?:hz)?$/i;
/** A network's name named before the copula (`SSID is`, `network is`, `das Netz heißt`, `le réseau c'est`). */
const NETWORK_NAME_WORD = /(?:ssid|bssid|mac|ip|address|channel|interface|network|name|netz(?:werk)?|r[ée]seau|red|rede|nome|naam|nazwa|sie[ćc])[ \t]{1,3}(?:[\p{L}'’]{1,8}[ \t]{1,3})?$/iu;

/** Algorithm and mode names and key sizes joined by dashes, slashes or plus signs (`AES-CCMP-256-GCMP`, `TKIP+AES`). */
const CIPHER_PART = /^(?:aes|ccmp|gcmp|tkip|sae|owe|wpa[23]?|wep|psk|eap|peap|tls|ttls|sha(?:1|256|384)?|gcm|cbc|ctr|pmf|ft|personal|enterprise|mixed|[0-9]{2,3})$/i;
const cipherSuite = (value: string) => {
  const parts = value.split(/[-_/+]/);
  return parts.length >= 2 && parts.length <= 8 && parts.every((p) => CIPHER_PART.test(p));
};

/** Letters only that read as chosen, or a password's shape (digits or symbols with letters): not a network's name or a word. */
function wifiKey(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const before = line.slice(0, ctx.start - lineStart);
  if (NOT_A_VALUE_LINE.test(before) || BAD_PASSWORD_EXAMPLE.test(before)) return false;
  // The network's own name given again (the SSID repeated after `key`) or written as one (`Hotel-Guest`, `NW-Guest-2`).
  if (/^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+$/.test(value) && !/[0-9]/.test(value.replace(/^[A-Za-z-_]+/, ''))) return false;
  // A router's default network name, a brand and a hex suffix (`Livebox-9A6F`, `FRITZ!Box 7590 XY`).
  // A MAC address (`The wifi MAC is A8:2C:…`).
  if (/^(?:[0-9A-F]{2}[:-]){5}[0-9A-F]{2}$/i.test(value)) return false;
  // A cipher suite or security mode after `PSK` (`WPA2 PSK AES-CCMP-256-GCMP`): its parts are algorithm names and sizes.
  if (cipherSuite(value)) return false;
  if (NETWORK_NAME_PART.test(value) || /^[A-Za-z]{3,12}[-_][0-9A-F]{4,6}$/.test(value)) return false;
  // The key on the line after the network's (`SSID: Office\nKey: X`): only a key's label opening its line.
  const key = ctx.keyName ?? '';
  if (!WIFI_WORD.test(before) && (!/^[ \t]{0,8}(?:[-*•][ \t]{1,3})?[\p{L}\p{N}-]{2,24}[ \t]{0,2}[:：][ \t]{1,3}/u.test(before) || /^(?:is|ist|es|est|é|è|to|jest|ficou com)$/i.test(key))) return false;
  // After a copula the subject must be the Wi-Fi, not its name (`the SSID is X`, `le réseau c'est X`).
  if (/^(?:is|ist|es|est|é|è|to|jest)$/i.test(ctx.keyName ?? '') && NETWORK_NAME_WORD.test(before)) return false;
  if (!/[^A-Za-z]/.test(value)) {
    const lower = value.toLowerCase();
    if (SENTENCE_WORDS.has(lower) || codeIdentifier(value) || LONG_WORD.test(value)) return false;
    return capitalisedWords(value) || (isLetterCompound(value) && (/^[a-z]+$/.test(value) ? lowerRunTogether(value) : !/en$/.test(lower)));
  }
  return passwordShaped(value) && prosePassword(value, ctx);
}

/** A pre-shared key's names (`PSK`, `pre-shared key`, `clave precompartida (PSK)`): a secret by what it is. */
const PSK_WORD = 'psk|pre-?shared[ \\t]key|clave[ \\t]precompartida|chave[ \\t]pr[ée]-?compartilhada|cl[ée][ \\t]pr[ée]-?partag[ée]e|chiave[ \\t]pre-?condivisa';
/** Names of ciphers, modes and standards said of a PSK (`PSK is WPA2-Personal`, `HMAC-SHA256`): settings, not the key. */
const PSK_SETTING = /^(?:wpa|wep|tkip|ccmp|aes|hmac|sha|md5|rsa|ecdh|dh|ike|esp|ipsec|ikev|group|mode|phase)/i;

/** Generated or chosen as a password is, not a setting, a placeholder or a word. */
function pskValue(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || looksLikeCode(ctx)) return false;
  if (PSK_SETTING.test(value) || isPlaceholder(value) || /^v?[0-9]+(?:\.[0-9]+)+/.test(value)) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  const before = line.slice(0, ctx.start - lineStart);
  if (NOT_A_VALUE_LINE.test(before) || BAD_PASSWORD_EXAMPLE.test(before)) return false;
  // Letters only in mixed case and no word (`zJYqkLmPwRtXbNcV…`): a generated key.
  const mixedLetters = /^[A-Za-z]{16,64}$/.test(value) && (value.match(/[a-z][A-Z]|[A-Z][a-z]/g)?.length ?? 0) >= 6 && !isWordLike(value);
  return strictlyRandom(value) || mixedLetters || (passwordShaped(value) && prosePassword(value, ctx));
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
    pattern: new RegExp(`(?<![\\p{L}\\p{N}_./$@=-])(?:${WORD})(?:[ \\t]{1,3}${COPULA})?[ \\t]{1,3}(?:\\*\\*|[\`"'“«])?(?<secret>[A-Za-z]{11,32})(?![\\p{L}\\p{N}_@/\\\\-])`, 'iu'),
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
        // The account whose password is meant, in Italian (rw-dev21).
        '- Telecamere di cantiere: password amministratore aggiornata dal fornitore',
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
  {
    ...base,
    id: 'prose-wifi-line-key',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Wi-Fi key after its key word or a copula on a line about the network (WPA2 key …, SSID …, code …, WLAN … ist …), letters run together included',
    keywords: ['wifi', 'wi-fi', 'wlan', 'wpa', 'ssid', 'wireless'],
    keywordWindow: { before: 0, after: 140 },
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}_.$])${WIFI}(?![\\p{L}_])[^\\s\\\\]{0,40}(?:(?:[ \\t]{1,3}|\\r?\\n[ \\t]{0,8}|\\\\n)[^\\s\\\\]{1,40}){0,7}?(?:[ \\t]{1,3}|\\r?\\n[ \\t]{0,8}|\\\\n)(?<key>${WIFI_GIVES})(?![\\p{L}])(?:[ \\t]{0,2}[:：])?[ \\t]{1,3}(?:\`\`|[\`"'“«*_]{1,2})?(?<secret>[^\\s"'\`\\\\<>]{6,63}?)(?=[\`"'”»*_]{0,2}(?:[ \\t]|$|\\r?\\n|[.,;!?)](?:\\s|$)|\\\\n|<))`,
      'iu',
    ),
    validate: wifiKey,
    examples: {
      positives: (g) => {
        const run = () => g.pick(['rocket', 'pickle', 'lagom', 'hygge']) + g.pick(['lanternsunset', 'walnutcastle', 'gardenwindow']);
        return [
          `- [ ] Wifi: SSID "Studio", WPA2 key ${g.s(run())}\n`,
          `- Wifi : réseau "Appart-Lyon", clé ${g.s(`${g.pick(['framboise', 'papillon'])}Rocket${g.pick(['Velvet', 'Garden'])}`)}\n`,
          `16.01.26, 20:31 - Karl: Und das WLAN im Vereinsheim ist ${g.s(`${g.pick(['Byeolbit', 'Sonnenblume'])}${g.digits(4)}`)}\n`,
          `Venue WiFi: SSID "Hotel-Conference-B", code ${g.s(`${g.pick(['Sonnenblume', 'Golondrina'])}${g.pick(['Sunset', 'Walnut'])}`)}\n`,
        ];
      },
      negatives: () => [
        'Wi-Fi: SSID "Hotel-Guest", key management WPA2-PSK\n',
        'The WiFi password is printed on the sticker under the router.\n',
        'WLAN: SSID ACME-Gast, Schlüssel steht am Empfang.\n',
        'The wifi is Office-5G, password on the whiteboard.\n',
        'WPA2 key length must be between 8 and 63 characters.\n',
        'wifi code expires automatically after a day\n',
        'The wifi SSID is HomeNetwork5G\n',
        'Wireless: ssid is Linksys2300\n',
        'the wifi in the lobby is FreeWifiHotel\n',
        "c'est la clé wifi, le réseau c'est Livebox-9A6F\n",
        // A cipher suite after `PSK`: the link's security mode, not its key.
        'Use WPA2 PSK AES-CCMP-256-GCMP for the link.\n',
      ],
    },
  },
  {
    ...base,
    id: 'prose-psk-given',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Pre-shared key given after a copula in a sentence naming it (the VPN pre-shared key is …, PSK is …, la clave precompartida (PSK) del túnel es …)',
    keywords: ['psk', 'pre-shared', 'preshared', 'precompartida', 'compartilhada', 'partagée', 'partagee', 'condivisa'],
    keywordWindow: { before: 24, after: 160 },
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}_.$-])(?:${PSK_WORD})(?![\\p{L}])(?:[ \\t]{1,3}\\(?[\\p{L}'’-]{1,16}\\)?){0,5}?[ \\t]{1,3}(?:is|ist|es|est|é|è|was|war|lautet|to)[ \\t]{1,3}(?:[\`"'“«]|\\*\\*)?(?<secret>[^\\s"'\`<>]{8,63}?)(?=[\`"'”»]{0,2}(?:\\*\\*)?(?:[ \\t]|$|\\r?\\n|[.,;!?)](?:\\s|$)))`,
      'iu',
    ),
    validate: pskValue,
    examples: {
      positives: (g) => [
        `Same username, the VPN pre-shared key is ${g.s(Array.from({ length: 12 }, () => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 1) + g.chars('abcdefghijkmnpqrstuvwxyz', 1)).join(''))} (only for the GlobalProtect fallback profile).`,
        `La clave precompartida (PSK) del túnel es ${g.s(`${g.alnum(8)}!${g.digits(2)}${g.alnum(6)}`)}.`,
        `Der PSK ist \`${g.s(`${g.alnum(12)}#${g.digits(3)}`)}\`. Phase 1 ist IKEv2, AES-256, DH group 14.`,
      ],
      negatives: () => [
        'The PSK is configured in /etc/ipsec.secrets on both ends.',
        'PSK is WPA2-Personal on the guest SSID.',
        'The pre-shared key is HMAC-SHA256 protected.',
        'PSK is a modulation scheme used by PSK31 operators.',
        'the PSK is <your-key-here> in the template',
        'The pre-shared key is stored in 1Password under VPN2024.',
      ],
    },
  },
];
