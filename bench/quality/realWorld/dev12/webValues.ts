// Value makers of the rw-dev12 web part: the passwords site owners, agencies and hosting customers really set
// (season + year + symbol, names + birth years, keyboard walks, local words, panel-generated strings), the keys
// CMSes generate at install time (WordPress salts, Laravel APP_KEY, Drupal hash_salt, Magento crypt keys) and the
// public ids that sit beside them. Everything is drawn from the seeded generator; nothing secret is a literal.
import type { ExampleGen } from '../../../../engine/types';

const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Sommer', 'Herbst', 'Verano', 'Invierno', 'Inverno', 'Primavera', 'Lato', 'Zima', 'Leto', 'Kis', 'Yaz', 'Ete'];
const SYMBOLS = ['!', '!', '#', '$', '@', '*', '?', '.', '%', '&'];
const NAMES = [
  'marco',
  'julia',
  'ania',
  'tomek',
  'joao',
  'beatriz',
  'sergey',
  'olga',
  'minh',
  'linh',
  'budi',
  'sari',
  'emre',
  'zeynep',
  'wei',
  'xiaoli',
  'klaus',
  'petra',
  'lucia',
  'diego',
  'kasia',
  'dmitri',
  'ayse',
  'putri',
];
const LOCAL_WORDS = [
  'sonnenblume',
  'schatzi',
  'mariposa',
  'girasol',
  'saudade',
  'felicidade',
  'kotek',
  'slonce',
  'solnyshko',
  'medved',
  'hoamai',
  'matahari',
  'kucing',
  'gunes',
  'ruzgar',
  'xiaomao',
  'tianshi',
  'papillon',
  'soleil',
  'hoshizora',
  'sakura',
  'tigre',
  'pantera',
  'delfin',
];
const EN_WORDS = ['dragon', 'falcon', 'harbor', 'meadow', 'copper', 'lantern', 'orchid', 'pepper', 'rocket', 'shadow', 'sunset', 'thunder', 'willow', 'marble', 'cobalt', 'garnet', 'walnut', 'biscuit'];
const PHRASE_WORDS = [
  'correct',
  'horse',
  'battery',
  'staple',
  'river',
  'orange',
  'window',
  'garden',
  'pencil',
  'cactus',
  'violin',
  'tunnel',
  'basket',
  'glacier',
  'mango',
  'pirate',
  'saddle',
  'tulip',
  'yellow',
  'zebra',
  'lemon',
  'anchor',
  'bridge',
  'candle',
];
const KEYBOARD = ['qwerty', 'Qwerty', 'qwertz', 'Qwertz', 'azerty', '1qaz2wsx', 'zaq1@WSX', '1q2w3e4r', 'Q1w2e3r4', 'asdf1234', 'Asdfgh', 'qweasdzxc', '!QAZ2wsx', 'zxcvbnm'];
const CLIENTS = ['Baeckerei', 'Hotel', 'Clinica', 'Studio', 'Autohaus', 'Pizzeria', 'Kancelaria', 'Optik', 'Salon', 'Toko', 'Kafe', 'Praxis'];

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const year = (g: ExampleGen) => g.pick(['1978', '1985', '1988', '1991', '1994', '2003', '2012', '2018', '2020', '2021', '2022', '2023', '2024', '2025']);

/** A human password: the shapes hosting customers and small-business owners use. */
export function human(g: ExampleGen): string {
  switch (g.pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])) {
    case 0:
      return `${g.pick(SEASONS)}${year(g)}${g.pick(SYMBOLS)}`; // Sommer2024!
    case 1:
      return `${cap(g.pick(NAMES))}${year(g)}`; // Tomek1988
    case 2:
      return `${g.pick(NAMES)}.${g.pick(NAMES)}${g.digits(2)}`; // joao.beatriz77
    case 3:
      return `${g.pick(KEYBOARD)}${g.pick(SYMBOLS)}${g.digits(g.pick([1, 2]))}`; // 1qaz2wsx!7
    case 4:
      return `${cap(g.pick(LOCAL_WORDS))}${g.digits(2)}${g.pick(SYMBOLS)}`; // Sonnenblume77!
    case 5:
      return `${g.pick(CLIENTS)}${g.pick(['_', '-', '@', '', '#'])}${year(g)}`; // Autohaus@2023
    case 6:
      return `${cap(g.pick(EN_WORDS))}${cap(g.pick(EN_WORDS))}${g.digits(g.pick([2, 3]))}${g.pick(['', '!'])}`; // CopperMeadow42!
    case 7:
      return `${g.pick(LOCAL_WORDS)}${g.pick(LOCAL_WORDS)}`; // kotekslonce (letters only)
    case 8:
      return `${cap(g.pick(EN_WORDS)).replace(/o/g, '0').replace(/e/g, '3')}${g.pick(SYMBOLS)}${g.digits(2)}`; // Dr4g0n!12
    default:
      return `${g.pick(LOCAL_WORDS)}${year(g).slice(2)}`; // girasol91
  }
}

/** Letters only: a word pair, all lower case (`hoamaimatahari`). */
export const letters = (g: ExampleGen) => `${g.pick(LOCAL_WORDS)}${g.pick(EN_WORDS)}`;

/** A passphrase of 3-5 words with a separator. */
export function phrase(g: ExampleGen): string {
  const n = g.pick([3, 4, 5]);
  const sep = g.pick(['-', '.', '_', ' ', '+']);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(g.pick(PHRASE_WORDS));
  if (g.pick([true, false])) out.push(g.digits(g.pick([1, 2])));
  return g.pick([true, false]) ? out.join(sep) : cap(out.join(sep));
}

/** What a control panel or password manager generates. */
export function generated(g: ExampleGen): string {
  switch (g.pick([0, 1, 2, 3, 4])) {
    case 0:
      return g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789', g.pick([12, 14, 16]));
    case 1:
      return g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%^*()-_=+[]', g.pick([16, 20, 24, 32]));
    case 2:
      return `${g.alnum(4)}${g.pick(['!', '#', '%', '^'])}${g.alnum(5)}${g.pick(['*', ')', '('])}${g.alnum(4)}`; // cPanel style
    case 3:
      return g.alnum(g.pick([18, 24, 30, 40]));
    default:
      return `${g.upper(1)}${g.lower(4)}${g.digits(3)}${g.pick(SYMBOLS)}${g.alnum(5)}`;
  }
}

/** Any password, weighted towards people. */
export function pw(g: ExampleGen): string {
  return g.pick([human, human, human, generated, generated, phrase, letters])(g);
}

/** A short digit code where people use one (a panel PIN, a voicemail PIN). */
export const pin = (g: ExampleGen) => g.digits(g.pick([4, 6]));

/** A token without a prefix, in the shapes plugins, panels and APIs hand out. */
export function tok(g: ExampleGen): string {
  switch (g.pick([0, 1, 2, 3, 4, 5, 6, 7])) {
    case 0:
      return g.hex(32);
    case 1:
      return g.hex(40);
    case 2:
      return g.hex(64);
    case 3:
      return g.alnum(g.pick([20, 32, 40, 48]));
    case 4:
      return g.base64(44).replace(/=*$/, '') + '=';
    case 5:
      return g.base64url(g.pick([32, 43]));
    case 6:
      return `${g.alnum(10)}${g.pick(['_', '-'])}${g.alnum(22)}`;
    default:
      return g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', g.pick([24, 32]));
  }
}

/** WordPress's generated salt alphabet (api.wordpress.org/secret-key): no quotes, no backslash. */
export const wpSalt = (g: ExampleGen) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|', 64);
/** Laravel `php artisan key:generate`. */
export const laravelKey = (g: ExampleGen) => `base64:${g.base64(43)}=`;
/** Drupal's hash_salt (base64url, 74 chars from `drush`). */
export const drupalSalt = (g: ExampleGen) => g.base64url(74);
/** Magento 2 crypt key: 32 hex. */
export const magentoKey = (g: ExampleGen) => g.hex(32);
/** Joomla `$secret`: 16 alnum. */
export const joomlaSecret = (g: ExampleGen) => g.alnum(16);
/** PrestaShop cookie key: 56 alnum; 1.7 secret: 64. */
export const prestaKey = (g: ExampleGen) => g.alnum(56);
/** phpMyAdmin blowfish_secret: 32 printable. */
export const blowfish = (g: ExampleGen) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789{}[]()=+-_.:;!#%', 32);

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
export { b64, b64url };

export function jwt(g: ExampleGen, claims?: Record<string, unknown>): string {
  const header = b64url(JSON.stringify({ typ: 'JWT', alg: g.pick(['HS256', 'RS256']) }));
  const iat = 1730000000 + Number(g.digits(6));
  const body = b64url(JSON.stringify(claims ?? { sub: g.digits(4), name: cap(g.pick(NAMES)), role: g.pick(['admin', 'editor', 'customer']), iat, exp: iat + 86400 }));
  return `${header}.${body}.${g.base64url(43)}`;
}

/** Negatives: hashes and public ids. */
export const apr1 = (g: ExampleGen) => `$apr1$${g.alnum(8)}$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 22)}`;
export const bcryptHash = (g: ExampleGen) => `$2y$${g.pick(['10', '12'])}$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`;
export const shaHtpasswd = (g: ExampleGen) => `{SHA}${g.base64(27)}=`;
export const md5 = (g: ExampleGen) => g.hex(32);
export const phpass = (g: ExampleGen) => `$P$B${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 30)}`;
export const gaId = (g: ExampleGen) => g.pick([`G-${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}`, `UA-${g.digits(8)}-${g.digits(1)}`, `GTM-${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 7)}`]);
export const mapsKey = (g: ExampleGen) => `AIza${g.base64url(35)}`;
export const recaptchaSite = (g: ExampleGen) => `6L${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 38)}`;
export const stripePk = (g: ExampleGen) => `pk_live_${g.alnum(99)}`;
export const fbPixel = (g: ExampleGen) => g.digits(15);
export const sha = (g: ExampleGen) => g.hex(40);
export const chunkHash = (g: ExampleGen) => g.hex(g.pick([8, 20]));
export const integrity = (g: ExampleGen) => `sha384-${g.base64(64)}`;
export const ipv4 = (g: ExampleGen) => `${g.pick(['185', '91', '46', '212', '78'])}.${Number(g.digits(2))}.${Number(g.digits(2))}.${Number(g.digits(2)) + 2}`;
export const person = (g: ExampleGen) => g.pick(NAMES);
export const client = (g: ExampleGen) => g.pick(CLIENTS).toLowerCase();

/** Marked makers for the web documents: `const w = web(k)` then `${w.hum()}` where a password sits. */
export function web(k: { g: ExampleGen; s: (c: 'password' | 'token' | 'provider' | 'connection-string' | 'http-auth' | 'private-key', v: string, l?: string) => string; n: (v: string) => string }) {
  const g = k.g;
  const P = (v: string) => k.s('password', v);
  const T = (v: string) => k.s('token', v);
  return {
    pw: () => P(pw(g)),
    hum: () => P(human(g)),
    gen: () => P(generated(g)),
    phr: () => P(phrase(g)),
    let: () => P(letters(g)),
    pin: () => P(pin(g)),
    tok: () => T(tok(g)),
    hex: (n = 32) => T(g.hex(n)),
    salt: () => T(wpSalt(g)),
    /** Connection-string password (no URL-breaking characters). */
    cs: () => k.s('connection-string', pw(g).replace(/[@:/?#%\s+]/g, '')),
    basic: (user: string) => k.s('http-auth', b64(`${user}:${pw(g).replace(/:/g, '')}`)),
    jwt: () => k.s('http-auth', jwt(g)),
    cookie: () => k.s('http-auth', g.pick([() => g.lower(26), () => g.alnum(32), () => g.hex(40), () => `s%3A${g.base64url(32)}.${g.base64url(43)}`])()),
    /** Negatives, counted. */
    apr1: () => k.n(apr1(g)),
    bcrypt: () => k.n(bcryptHash(g)),
    md5: () => k.n(md5(g)),
    phpass: () => k.n(phpass(g)),
    ga: () => k.n(gaId(g)),
    maps: () => k.n(mapsKey(g)),
    sha: () => k.n(sha(g)),
    uuid: () => k.n(g.uuid()),
    chunk: () => k.n(chunkHash(g)),
    ip: () => ipv4(g),
    who: () => person(g),
    client: () => client(g),
  };
}
