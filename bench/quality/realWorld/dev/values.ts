// Value generators for the rw-dev set: what people really type as passwords and what services really issue
// as tokens. Everything is drawn from the seeded generator at run time; nothing secret-looking is committed.
import type { ExampleGen } from '../../../../engine/types';

const WORDS = [
  'summer',
  'winter',
  'autumn',
  'spring',
  'monkey',
  'dragon',
  'sunshine',
  'football',
  'shadow',
  'master',
  'tiger',
  'falcon',
  'maple',
  'harbor',
  'rocket',
  'coffee',
  'pepper',
  'banana',
  'orange',
  'silver',
  'golden',
  'purple',
  'thunder',
  'panther',
  'phoenix',
  'buster',
  'charlie',
  'bailey',
  'ginger',
  'biscuit',
  'pumpkin',
  'cookie',
  'lakers',
  'arsenal',
  'chelsea',
  'yankees',
  'steelers',
  'barcelona',
  'liverpool',
  'dolphins',
  'hockey',
  'london',
  'berlin',
  'paris',
  'madrid',
  'boston',
  'chicago',
  'denver',
  'seattle',
  'toronto',
  'dublin',
  'october',
  'january',
  'august',
  'december',
  'holiday',
  'freedom',
  'welcome',
  'starwars',
  'matrix',
  'gandalf',
  'bluebird',
  'redwood',
  'snowball',
  'cheese',
  'mustang',
  'ferrari',
  'corvette',
  'yamaha',
  'kawasaki',
  'pizza',
  'soccer',
  'baseball',
  'guitar',
  'piano',
  'violet',
  'jasmine',
  'lily',
  'rosebud',
  'ocean',
  'river',
  'canyon',
];
const WORDS_INTL = [
  'sonnenschein',
  'schmetterling',
  'fruehling',
  'katze',
  'hund',
  'soleil',
  'chocolat',
  'papillon',
  'printemps',
  'mariposa',
  'corazon',
  'estrella',
  'saudade',
  'futebol',
  'flamengo',
  'zvezda',
  'solnyshko',
  'zonneschijn',
  'kwiatek',
  'slonce',
  'sakura',
  'tanpopo',
  'haneul',
  'sarang',
  'lumière',
  'primavera',
  'gatito',
  'koala',
];
const NAMES = ['maria', 'jonas', 'anna', 'lukas', 'sofia', 'david', 'emma', 'noah', 'olga', 'kenji', 'priya', 'ahmed', 'lena', 'marco', 'chloe', 'ivan', 'yuki', 'pedro', 'fatima', 'tom'];
const COMPANY = ['Acme', 'Contoso', 'Initech', 'Globex', 'Umbrella', 'Northwind', 'Fabrikam', 'Tailspin', 'Wayne', 'Stark', 'Vandelay', 'Hooli', 'Pied', 'Massive'];
const SYMBOLS = ['!', '@', '#', '$', '%', '&', '*', '?', '.', '_', '-', '+', '='];
const PASSPHRASE_WORDS = [
  'copper',
  'lantern',
  'river',
  'orbit',
  'velvet',
  'granite',
  'meadow',
  'pickle',
  'glacier',
  'walnut',
  'cactus',
  'tundra',
  'harvest',
  'beacon',
  'marble',
  'saffron',
  'quiver',
  'tangent',
  'ember',
  'violin',
  'zephyr',
  'anchor',
  'bramble',
  'cobalt',
  'drizzle',
  'fjord',
  'gossip',
  'hazel',
  'igloo',
  'jigsaw',
  'kettle',
  'lagoon',
  'mosaic',
  'nectar',
  'oyster',
  'parsnip',
  'quartz',
  'raven',
  'sprocket',
  'thimble',
  'umber',
  'vortex',
  'wombat',
  'yodel',
];
const KEYBOARD = ['qwerty', 'Qwerty', 'asdfgh', 'zxcvbn', '1qaz2wsx', 'zaq12wsx', 'qazwsx', '1q2w3e4r', 'q1w2e3r4', 'asdf1234', 'Zaq1@wsx', '1qaz@WSX', 'qwer1234', 'poiuytre', 'mnbvcx'];
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7', l: '1' };

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const year = (g: ExampleGen) => g.pick(['1987', '1990', '1993', '1996', '1999', '2001', '2015', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);

export function leet(g: ExampleGen, word: string): string {
  let out = '';
  for (const ch of word) out += LEET[ch] && g.pick([true, false, true]) ? LEET[ch] : ch;
  return out;
}

/** A password a person chose: words, names, years, a symbol where the policy forced one. */
export function humanPassword(g: ExampleGen): string {
  const w = () => g.pick(WORDS);
  switch (g.pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])) {
    case 0:
      return `${cap(w())}${year(g)}${g.pick(SYMBOLS)}`; // Summer2024!
    case 1:
      return `${w()}${g.digits(2)}`; // monkey42
    case 2:
      return `${cap(leet(g, w()))}${g.pick(SYMBOLS)}${g.digits(1)}`; // Dr4gon&3
    case 3:
      return `${cap(w())}${cap(w())}${g.digits(2)}`; // BlueHorse88
    case 4:
      return `${cap(w()).slice(0, 2)}${g.pick(['!', '@', '#'])}${w().slice(1)}${cap(w()).slice(0, 4)}${g.digits(2)}`; // Br!ghtSide77-like
    case 5:
      return `${g.pick(COMPANY)}${g.pick(['@', '#', '!', '_'])}${year(g)}`; // Acme@2023
    case 6:
      return `${cap(g.pick(NAMES))}${g.pick(['.', '', '_'])}${year(g)}`; // Jonas.1990
    case 7:
      return `${cap(g.pick(WORDS_INTL))}${year(g).slice(2)}${g.pick(SYMBOLS)}`; // Sonnenschein23!
    case 8:
      return `${g.pick(KEYBOARD)}${g.pick(SYMBOLS)}${g.digits(2)}`; // 1qaz2wsx!42
    case 9:
      return `${cap(g.pick(['welcome', 'hello', 'letmein', 'trustno', 'iloveyou', 'access']))}${g.digits(g.pick([1, 2, 3]))}${g.pick(['!', '', '#'])}`;
    case 10:
      return `${g.pick(NAMES)}${g.pick(NAMES)}${g.digits(g.pick([2, 4]))}`; // mariajonas1234
    case 11:
      return `${cap(w())}${g.pick(['-', '_', '.'])}${cap(w())}${g.pick(SYMBOLS)}${g.digits(1)}`;
    case 12:
      return `${leet(g, w())}${leet(g, w())}`; // m0nk3ysh4d0w
    default:
      return `${g.pick(['!', '#', '$'])}${cap(w())}${g.digits(3)}`;
  }
}

/** A dashed or spaced passphrase (password managers, xkcd style), often with a number. */
export function passphrase(g: ExampleGen): string {
  const n = g.pick([3, 4, 4, 5]);
  const sep = g.pick(['-', '-', '.', '_', ' ']);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(g.pick(PASSPHRASE_WORDS));
  if (g.pick([true, false])) words.push(g.digits(g.pick([1, 2, 3])));
  const out = words.join(sep);
  return g.pick([true, false]) ? out : cap(out);
}

/** A password generated by a tool, in one of many alphabets and lengths. */
export function generatedPassword(g: ExampleGen): string {
  switch (g.pick([0, 1, 2, 3, 4, 5, 6])) {
    case 0:
      return g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*', g.pick([8, 10, 12]));
    case 1:
      return g.alnum(g.pick([12, 16, 20, 24]));
    case 2:
      return `${g.lower(6)}-${g.lower(6)}-${g.lower(6)}`.replace(/^(.{3})./, (_, a: string) => `${a}${g.digits(1)}`); // Safari style
    case 3:
      return g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*()-_=+[]{}', g.pick([16, 20, 32]));
    case 4:
      return g.base64(g.pick([16, 24])).replace(/\//g, '_');
    case 5:
      return g.hex(g.pick([16, 24, 32]));
    default:
      return `${g.upper(1)}${g.lower(3)}${g.digits(2)}${g.pick(SYMBOLS)}${g.upper(1)}${g.lower(2)}`; // Kxmq92#Pqa
  }
}

/** Short, low-entropy or odd passwords people still use. */
export function weakPassword(g: ExampleGen): string {
  return g.pick([
    () => `${g.pick(WORDS)}${g.digits(1)}`,
    () => `${g.pick(NAMES)}${g.digits(3)}`,
    () => `${g.pick(KEYBOARD)}`,
    () => `${g.pick(WORDS)}${g.pick(WORDS)}`,
    () => `${g.digits(6)}`,
    () => `${cap(g.pick(WORDS))}${g.digits(1)}!`,
  ])();
}

/** Any password: the mix the set draws from when the document does not force a style. */
export function anyPassword(g: ExampleGen): string {
  return g.pick([humanPassword, humanPassword, humanPassword, generatedPassword, generatedPassword, passphrase, weakPassword])(g);
}

/** A generic token without a provider prefix, in one of many shapes. */
export function token(g: ExampleGen): string {
  switch (g.pick([0, 1, 2, 3, 4, 5, 6, 7, 8])) {
    case 0:
      return g.hex(32);
    case 1:
      return g.hex(40);
    case 2:
      return g.hex(64);
    case 3:
      return g.alnum(g.pick([24, 32, 40]));
    case 4:
      return g.base64(43) + '=';
    case 5:
      return g.base64url(g.pick([32, 43, 48]));
    case 6:
      return g.uuid();
    case 7:
      return `${g.alnum(8)}.${g.alnum(24)}`;
    default:
      return `${g.hex(8)}-${g.hex(8)}-${g.hex(8)}-${g.hex(8)}`;
  }
}

/** Django's SECRET_KEY alphabet, 50 characters. */
export const djangoKey = (g: ExampleGen) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50);

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
export { b64, b64url };

/** A signed JWT with a believable header and claims and a random signature. */
export function jwt(g: ExampleGen, claims?: Record<string, unknown>): string {
  const alg = g.pick(['HS256', 'RS256', 'HS512', 'ES256']);
  const header = b64url(JSON.stringify({ alg, typ: 'JWT' }));
  const now = 1700000000 + Number(g.digits(7));
  const body = claims ?? { sub: g.pick(['1042', 'svc-reporting', g.uuid(), 'api-user']), iat: now, exp: now + 3600, scope: g.pick(['read write', 'admin', 'orders:read']) };
  const sig = alg.startsWith('HS') ? g.base64url(alg === 'HS256' ? 43 : 86) : g.base64url(alg === 'ES256' ? 86 : 342);
  return `${header}.${b64url(JSON.stringify(body))}.${sig}`;
}

/** Base64 body lines of a PEM block. */
function pemBody(g: ExampleGen, prefix: string, length: number): string {
  const body = prefix + g.base64(length - prefix.length);
  return body.match(/.{1,64}/g)!.join('\n');
}

/** A PEM block; the armour is assembled so this source holds no key header literal. */
const armour = (label: string, body: string) => `${'-'.repeat(5)}BEGIN ${label}${'-'.repeat(5)}\n${body}\n${'-'.repeat(5)}END ${label}${'-'.repeat(5)}`;

export function privateKey(g: ExampleGen, kind?: 'rsa' | 'pkcs8' | 'ec' | 'openssh'): string {
  const k = kind ?? g.pick(['rsa', 'pkcs8', 'ec', 'openssh'] as const);
  const key = 'PRIVATE KEY';
  if (k === 'rsa') return armour(`RSA ${key}`, pemBody(g, 'MIIEpAIBAAKCAQEA', 1588));
  if (k === 'pkcs8') return armour(key, pemBody(g, 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', 1620));
  if (k === 'ec') return armour(`EC ${key}`, `${pemBody(g, 'MHcCAQEEI', 160)}=`);
  return armour(`OPENSSH ${key}`, pemBody(g, 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA', 396));
}

// Negatives: values that look like something but are not secrets under the policy.

export const bcrypt = (g: ExampleGen) => `$2b$${g.pick(['10', '12'])}$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`;
export const argon2 = (g: ExampleGen) => `$argon2id$v=19$m=65536,t=3,p=4$${g.base64(22)}$${g.base64(43)}`;
export const shaCrypt = (g: ExampleGen) => `$6$${g.alnum(16)}$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 86)}`;
export const ssha = (g: ExampleGen) => `{SSHA}${g.base64(32)}`;
export const gitSha = (g: ExampleGen) => g.hex(40);
export const integrity = (g: ExampleGen) => `sha512-${g.base64(86)}==`;
export const sentryDsn = (g: ExampleGen) => `https://${g.hex(32)}@o${g.digits(6)}.ingest.sentry.io/${g.digits(7)}`;
export const stripePublishable = (g: ExampleGen) => `pk_live_${g.alnum(99)}`;
export const googleBrowserKey = (g: ExampleGen) => `AIza${g.base64url(35)}`;
export const ansibleVault = (g: ExampleGen) => {
  const lines: string[] = [];
  for (let i = 0; i < 5; i++) lines.push(g.digits(1) + g.hex(79));
  return `$ANSIBLE_VAULT;1.1;AES256\n${lines.join('\n')}`;
};
export const sopsValue = (g: ExampleGen) => `ENC[AES256_GCM,data:${g.base64(24)},iv:${g.base64(43)}=,tag:${g.base64(22)}==,type:str]`;

/** Placeholders people write instead of a value. */
export const PLACEHOLDERS = [
  '<password>',
  '<your-password>',
  'changeme',
  'change_me',
  'your_password_here',
  'YOUR_API_KEY',
  'xxxxxxxx',
  '********',
  '[REDACTED]',
  '<redacted>',
  '...',
  'TODO',
  'password',
  'secret',
  'example',
  'dummy',
  'test',
  'none',
  'null',
  '<token>',
  'REPLACE_ME',
  'CHANGE-ME',
  '<insert key here>',
  'xxx',
  '****',
  'your-secret-key',
  'sk_test_xxx',
  '<API_KEY>',
];

/** The jwt.io sample token, assembled so this source file holds no token literal. */
export const JWT_IO_SAMPLE = [
  b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' })),
  b64url('{"sub":"1234567890","name":"John Doe","iat":1516239022}'),
  ['SflKxwRJSMeKKF2QT4fwpMeJ', 'f36POk6yJV_adQssw5c'].join(''),
].join('.');
export const AWS_EXAMPLE_ID = 'AKIAIOSFODNN7EXAMPLE';
export const AWS_EXAMPLE_SECRET = ['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCYEXAMPLEKEY'].join('/');
