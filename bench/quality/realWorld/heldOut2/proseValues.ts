// Value makers for rw-held-out2's prose/command-line/HTTP part, written apart from the DEV sets' helpers so the
// held-out values do not share their shapes. Everything is drawn from the seeded generator at run time.
import type { ExampleGen } from '../../../../engine/types';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const ALNUM = LOWER + UPPER + DIGITS;

/** Words people build passwords from, by language (transliterated where the keyboard forces it). */
export const WORDS: Record<string, readonly string[]> = {
  en: ['sunshine', 'dragon', 'football', 'monkey', 'shadow', 'princess', 'liverpool', 'summer', 'winter', 'baseball', 'charlie', 'falcon', 'harley', 'spring'],
  de: ['Sonnenschein', 'Schatzi', 'Fussball', 'Hamburg', 'Sommer', 'Eichhoernchen', 'Bayern', 'Hase', 'Schnecke', 'Kaffee', 'Lieblings', 'Herbst'],
  fr: ['soleil', 'chocolat', 'doudou', 'Marseille', 'loulou', 'printemps', 'chouchou', 'Bretagne', 'coucou', 'fromage', 'nounours'],
  es: ['mariposa', 'corazon', 'Barcelona', 'princesa', 'tequiero', 'Madrid', 'amorcito', 'futbol', 'estrella', 'guadalupe'],
  pt: ['saudade', 'Flamengo', 'Corinthians', 'amorzinho', 'Brasil', 'felicidade', 'Benfica', 'saopaulo', 'meuamor'],
  it: ['girasole', 'Juventus', 'amore', 'ciaobella', 'Napoli', 'tesoro', 'famiglia', 'Roma', 'stellina'],
  nl: ['Zomer', 'fietsen', 'Ajax', 'schatje', 'Amsterdam', 'tulpen', 'konijn', 'Feyenoord', 'lente'],
  pl: ['kochanie', 'Wiosna', 'Legia', 'zaq1xsw2', 'Krakow', 'misiaczek', 'slonce', 'Warszawa', 'kotek'],
  ru: ['privet', 'solnyshko', 'Spartak', 'lyubov', 'Moskva', 'zvezda', 'kotenok', 'Zenit', 'nadezhda'],
  uk: ['kokhannya', 'Kyiv', 'sonechko', 'Dynamo', 'kalyna', 'Lviv', 'zirochka', 'Slava', 'vesna'],
  tr: ['Galatasaray', 'Fenerbahce', 'ankara', 'sevgilim', 'Besiktas', 'istanbul', 'canim', 'Trabzon', 'bahar'],
  zh: ['woaini', 'wangwei', 'zhangwei', 'qingdao', 'tianya', 'aini', 'laopo', 'xiaoming', 'shanghai'],
  ja: ['sakura', 'himawari', 'tanpopo', 'doraemon', 'yokohama', 'arigatou', 'hanabi', 'kirakira', 'tokyo'],
  ko: ['saranghae', 'dkssud', 'gkswk', 'busan', 'hangul', 'seoul', 'kimchi', 'tjdnf', 'sarang'],
  hi: ['Bharat', 'ganesh', 'krishna', 'Mumbai', 'pyaar', 'dosti', 'jaihind', 'Delhi', 'lakshmi'],
  ar: ['habibi', 'Mohammed', 'AlAhly', 'yallah', 'Cairo', 'noor', 'Zamalek', 'salam', 'amira'],
  vi: ['anhyeuem', 'matkhau', 'Hanoi', 'emyeuanh', 'saigon', 'hoami', 'vietnam', 'Danang', 'trangtrang'],
  id: ['rahasia', 'Indonesia', 'merdeka', 'sayang', 'Jakarta', 'bandung', 'cintaku', 'Persib', 'garuda'],
};

export type Lang = keyof typeof WORDS;
export const LANGS = Object.keys(WORDS) as Lang[];

const SYMBOLS = ['!', '#', '$', '*', '.', '_', '-', '!!', '@', '&', '+', '?'];
const YEARS = ['1987', '1990', '1994', '1999', '2001', '2010', '2019', '2023', '2024', '2025', '2026', '88', '07', '13'];
const WALKS = ['qwerty', 'asdfgh', 'Qwerty', '1qaz2wsx', 'zxcvbn', 'qwertz', 'azerty', 'Q1w2e3r4', '1q2w3e4r', 'poiuyt'];

function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function leet(w: string): string {
  return w.replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3').replace(/i/g, '1').replace(/s/g, '$');
}

/** A password a person picked: a word of the language, maybe capitalised or leet, with digits and symbols. */
export function humanPw(g: ExampleGen, lang?: Lang): string {
  const l = lang ?? g.pick(LANGS);
  const w = g.pick(WORDS[l]!);
  const y = g.pick(YEARS);
  const s = g.pick(SYMBOLS);
  return g.pick([
    () => `${cap(w)}${y}${s}`,
    () => `${w}${y}`,
    () => `${cap(leet(w.toLowerCase()))}${g.digits(2)}`,
    () => `${cap(w)}${s}${g.digits(3)}`,
    () => `${w}_${g.pick(WORDS[l]!)}${g.digits(1)}`,
    () => `${g.pick(WALKS)}${s}${y}`,
    () => `${cap(w)}.${cap(g.pick(WORDS[l]!))}${y}`,
    () => `${w.toUpperCase()}${g.digits(4)}`,
    () => `${y}${cap(w)}${s}`,
  ])();
}

/** A short weak password people still set (`kotek12`, `Juventus1`). */
export function weakPw(g: ExampleGen, lang?: Lang): string {
  const w = g.pick(WORDS[lang ?? g.pick(LANGS)]!);
  return g.pick([() => `${w}${g.digits(2)}`, () => `${cap(w)}1`, () => `${w}${g.digits(3)}`])();
}

/** A password manager's or pwgen's output, in several alphabets. */
export function genPw(g: ExampleGen, opts: { urlSafe?: boolean; shellSafe?: boolean } = {}): string {
  const sym = opts.urlSafe ? '-_.~' : opts.shellSafe ? '-_.+=,%^' : '!#%^*-_=+.,;~';
  return g.pick([
    () => g.chars(ALNUM + sym, g.pick([16, 20, 24])),
    () => g.chars(ALNUM, 20),
    () => `${g.lower(6)}-${g.lower(6)}-${g.lower(6)}`.replace(/^(.)/, (c) => c.toUpperCase()) + g.digits(1),
    () => `${g.lower(2)}${g.upper(1)}${g.lower(2)}${g.digits(1)}${g.lower(2)}`,
    () => g.chars(ALNUM + sym, 24),
    () => g.chars(ALNUM + sym, 12),
    () => g.base64(24).replace(/[+/=]/g, opts.urlSafe ? 'x' : '+'),
  ])();
}

/** Diceware-style passphrase in a language. */
export function passphrase(g: ExampleGen, lang?: Lang, sep?: string): string {
  const l = lang ?? g.pick(LANGS);
  const words = WORDS[l]!.map((w) => w.toLowerCase());
  const s = sep ?? g.pick(['-', ' ', '.', '_']);
  return [g.pick(words), g.pick(words), g.pick(words), g.pick(words)].join(s) + g.pick(['', `${s}${g.digits(1)}`]);
}

/** Any password, for slots where people use both. */
export function anyPw(g: ExampleGen, opts: { urlSafe?: boolean; shellSafe?: boolean } = {}): string {
  return g
    .pick([humanPw, humanPw, (gg: ExampleGen) => genPw(gg, opts), (gg: ExampleGen) => genPw(gg, opts)])(g)
    .replace(opts.urlSafe ? /[@:/?#%&]/g : opts.shellSafe ? /['"`$\\!&]/g : /[\u0000]/g, '');
}

/** A generic API key/secret with no provider prefix. */
export function token(g: ExampleGen): string {
  return g.pick([() => g.hex(32), () => g.hex(40), () => g.alnum(32), () => g.base64url(43), () => g.hex(64), () => g.alnum(24), () => `${g.alnum(8)}-${g.alnum(8)}-${g.alnum(8)}`])();
}

function b64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64url');
}

export function b64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

/** A signed JWT with a plausible payload. */
export function jwt(g: ExampleGen, payload?: Record<string, unknown>): string {
  const alg = g.pick(['HS256', 'RS256', 'ES256']);
  const iat = 1_760_000_000 + Number(g.digits(7));
  const body = payload ?? { sub: g.pick([g.uuid(), `user_${g.digits(6)}`, `${g.lower(6)}@example.org`]), iat, exp: iat + 3600, scope: g.pick(['read write', 'admin', 'openid profile email']) };
  const sig = alg === 'RS256' ? g.base64url(342) : alg === 'ES256' ? g.base64url(86) : g.base64url(43);
  return `${b64url(JSON.stringify({ alg, typ: 'JWT' }))}.${b64url(JSON.stringify(body))}.${sig}`;
}

function lines(body: string, width: number): string {
  const out: string[] = [];
  for (let i = 0; i < body.length; i += width) out.push(body.slice(i, i + width));
  return out.join('\n');
}

/** A PEM or OpenSSH private key of plausible length (random body, real headers and DER prefixes). */
export function privateKey(g: ExampleGen, kind?: 'rsa' | 'pkcs8' | 'ec' | 'openssh' | 'encrypted'): string {
  const k = kind ?? g.pick(['rsa', 'pkcs8', 'ec', 'openssh', 'rsa'] as const);
  if (k === 'openssh') {
    return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' + g.base64(320).replace(/=/g, 'A') + '==', 70)}\n-----END OPENSSH PRIVATE KEY-----`;
  }
  if (k === 'ec') return `-----BEGIN EC PRIVATE KEY-----\n${lines('MHcCAQEEI' + g.base64(219).replace(/=/g, 'Q') + '==', 64)}\n-----END EC PRIVATE KEY-----`;
  if (k === 'pkcs8') return `-----BEGIN PRIVATE KEY-----\n${lines('MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ' + g.base64(1570).replace(/=/g, 'g') + '=', 64)}\n-----END PRIVATE KEY-----`;
  if (k === 'encrypted')
    return `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${lines('MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI' + g.base64(1600).replace(/=/g, 'w') + '=', 64)}\n-----END ENCRYPTED PRIVATE KEY-----`;
  return `-----BEGIN RSA PRIVATE KEY-----\n${lines('MIIEowIBAAKCAQEA' + g.base64(1568).replace(/=/g, 'k') + '==', 64)}\n-----END RSA PRIVATE KEY-----`;
}

/** Negatives people paste next to real values. */
export const PLACEHOLDERS = [
  '<password>',
  'YOUR_PASSWORD_HERE',
  '********',
  'changeme',
  '<your-token>',
  'xxxxxxxxxxxxxxxx',
  '${DB_PASSWORD}',
  '{{ vault_db_password }}',
  '[REDACTED]',
  '%PASSWORD%',
  '<API_KEY>',
  '$API_TOKEN',
  'REPLACE_ME',
  '...',
  '•••••••••',
];

export function bcrypt(g: ExampleGen): string {
  return `$2b$12$${g.chars('./' + ALNUM, 53)}`;
}

export function sha256(g: ExampleGen): string {
  return g.hex(64);
}

export function gitSha(g: ExampleGen): string {
  return g.hex(40);
}
