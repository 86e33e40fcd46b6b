// Value makers for the prose part of rw-dev5, written apart from rw-dev's (dev/values.ts): passwords people
// choose in many languages (words of their own language, a child's name and a birth year, a team and a
// symbol), letters-only passwords, spoken passphrases, PINs, Wi-Fi keys, recovery codes, TOTP seeds, and the
// non-secret numbers prose is full of. Everything is drawn from the set's seed at run time.
import type { ExampleGen } from '../../../../engine/types';
import type { Kit } from '../dev/kit';

const LOCAL_WORDS = [
  'sonnenblume',
  'hasenfuss',
  'schneeflocke',
  'grenouille',
  'papillon',
  'tournesol',
  'girasole',
  'farfalla',
  'mariposa',
  'tortuga',
  'cachorro',
  'saudade',
  'zonnebloem',
  'kikker',
  'wiewiorka',
  'biedronka',
  'kotik',
  'solnyshko',
  'sakura',
  'tanuki',
  'haneul',
  'mulgogi',
  'kedicik',
  'portakal',
  'lumihiutale',
  'pikkukala',
  'hummingbird',
  'jacaranda',
  'mandarina',
  'limonada',
  'kanelbulle',
  'hygge',
  'bramborak',
  'palacinka',
  'papucs',
  'macska',
  'pisica',
  'ghiocel',
  'chomik',
  'tupai',
  'mawar',
  'meohoang',
];
const NAMES = ['lena', 'jonas', 'mateo', 'sofia', 'noah', 'emma', 'luca', 'yuki', 'minjun', 'ahmet', 'olga', 'pieter', 'ines', 'tomek', 'aino', 'bao', 'dario', 'selin'];
const TEAMS = ['barca', 'galatasaray', 'ajax', 'benfica', 'juventus', 'flamengo', 'spartak', 'celtic', 'boca', 'legia'];
const SPEAKABLE = [
  'copper',
  'lantern',
  'orbit',
  'meadow',
  'violet',
  'anchor',
  'pebble',
  'walrus',
  'cobalt',
  'tundra',
  'fjord',
  'saffron',
  'quartz',
  'maple',
  'ember',
  'harbor',
  'ribbon',
  'comet',
  'otter',
  'glacier',
];
const SYMS = ['!', '#', '*', '?', '+', '.', '-', '_', '%', '@'];
const YEARS = ['1979', '1986', '1991', '1994', '1998', '2003', '2007', '2011', '2016', '2018', '2024', '2025', '2026'];

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** What a person makes up: a word of their own language, a name, a year, the symbol a policy forced. */
export function chosen(g: ExampleGen): string {
  const w = g.pick(LOCAL_WORDS);
  switch (g.pick([0, 1, 2, 3, 4, 5, 6, 7])) {
    case 0:
      return `${cap(w)}${g.pick(YEARS)}${g.pick(SYMS)}`;
    case 1:
      return `${cap(g.pick(NAMES))}${g.pick(YEARS).slice(2)}${g.pick(SYMS)}${g.digits(1)}`;
    case 2:
      return `${g.pick(TEAMS)}${g.pick(SYMS)}${g.digits(4)}`;
    case 3:
      return `${cap(w).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')}${g.digits(2)}`;
    case 4:
      return `${g.pick(NAMES)}${cap(g.pick(NAMES))}${g.digits(2)}${g.pick(SYMS)}`;
    case 5:
      return `${cap(w)}.${cap(g.pick(SPEAKABLE))}${g.digits(1)}`;
    case 6:
      return `${g.pick(SYMS)}${cap(w)}${g.digits(3)}`;
    default:
      return `${cap(g.pick(TEAMS))}${g.pick(YEARS)}`;
  }
}

/** Only letters: one or two words run together, case as the person typed it. */
export function letters(g: ExampleGen): string {
  const a = g.pick(LOCAL_WORDS);
  const b = g.pick(SPEAKABLE);
  return g.pick([`${cap(a)}${cap(b)}`, `${a}${b}`, `${b}${a}`, `${cap(b)}${a}`]);
}

/** Words someone reads out in a call (`copper lantern orbit meadow`), spaces, dashes or dots. */
export function spoken(g: ExampleGen): string {
  const n = g.pick([3, 4, 4, 5]);
  const sep = g.pick([' ', '-', '.', ' ']);
  const ws: string[] = [];
  for (let i = 0; i < n; i++) ws.push(g.pick(g.pick([SPEAKABLE, LOCAL_WORDS])));
  return ws.join(sep);
}

/** What a password manager made; only symbols that sit quietly in tables, JSON and XML. */
export function machine(g: ExampleGen): string {
  switch (g.pick([0, 1, 2, 3])) {
    case 0:
      return g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*+-_?', g.pick([14, 18, 22]));
    case 1:
      return `${g.lower(6)}-${g.lower(5)}${g.digits(1)}-${g.upper(1)}${g.lower(5)}`;
    case 2:
      return g.alnum(g.pick([12, 16, 20]));
    default:
      return `${g.upper(2)}${g.digits(2)}${g.lower(4)}${g.pick(SYMS)}${g.alnum(6)}`;
  }
}

/** Any of the password styles above. */
export function anyPw(g: ExampleGen): string {
  return g.pick([chosen, chosen, machine, letters, spoken])(g);
}

/** A PIN named as such: 4 to 8 digits. */
export const pin = (g: ExampleGen) => g.digits(g.pick([4, 4, 6, 6, 8]));

/** A Wi-Fi key as routers print it or as people set it. */
export function wifi(g: ExampleGen): string {
  return g.pick([() => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 16), () => `${cap(g.pick(SPEAKABLE))}${cap(g.pick(LOCAL_WORDS))}${g.digits(3)}`, () => g.digits(10), () => g.hex(26)])();
}

/** Recovery/backup codes: one code in one of the shapes services print. */
export function recoveryCode(g: ExampleGen): string {
  return g.pick([() => `${g.hex(5)}-${g.hex(5)}`, () => `${g.digits(4)} ${g.digits(4)}`, () => `${g.upper(4)}-${g.upper(4)}-${g.upper(4)}`, () => g.digits(8)])();
}

/** A TOTP seed in base32, as shown under the QR code. */
export function totpSeed(g: ExampleGen): string {
  const b = g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32);
  return g.pick([b, b.toLowerCase().replace(/(.{4})(?!$)/g, '$1 '), b.replace(/(.{4})(?!$)/g, '$1 ')]);
}

/** A generic API token or secret without a prefix. */
export function apiToken(g: ExampleGen): string {
  return g.pick([() => g.hex(32), () => g.hex(40), () => g.alnum(32), () => g.base64url(40), () => `${g.alnum(6)}.${g.alnum(27)}`, () => g.uuid()])();
}

/** Non-secret look-alikes. */
export const ticketKey = (g: ExampleGen) => `${g.pick(['SUP', 'ITS', 'NET', 'HR', 'FIN', 'IT'])}-${g.digits(g.pick([3, 4, 5]))}`;
export const invoice = (g: ExampleGen) => `${g.pick(['RE', 'FA', 'INV', 'NF'])}${g.digits(4)}-${g.digits(5)}`;
export const phone = (g: ExampleGen) => `+${g.digits(2)} ${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`;
export const ver = (g: ExampleGen) => `${g.digits(1)}.${g.digits(1)}.${g.digits(2)}`;
export const sha = (g: ExampleGen) => g.hex(g.pick([7, 8, 12]));
export const longSha = (g: ExampleGen) => g.hex(40);
export const sha256 = (g: ExampleGen) => g.hex(64);
export const serial = (g: ExampleGen) => `${g.upper(3)}${g.digits(7)}${g.upper(1)}`;
export const mac = (g: ExampleGen) => [g.hex(2), g.hex(2), g.hex(2), g.hex(2), g.hex(2), g.hex(2)].join(':').toUpperCase();
export const roomCode = (g: ExampleGen) => `${g.digits(3)}-${g.digits(3)}-${g.digits(3)}`;
export const bcryptHash = (g: ExampleGen) => `$2y$10$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`;
export const PLACEHOLDER = ['<password>', '********', '(see vault)', 'xxxxxx', '[removed]', '<redacted>', 'changeme', '•••••••', 'YOUR_PASSWORD', '<пароль>', '<mot de passe>', '***'];

/** Marked makers for the documents: `v.pw()` where a password sits. */
export function makers(k: Kit) {
  const g = k.g;
  return {
    pw: () => k.s('password', anyPw(g)),
    ch: () => k.s('password', chosen(g)),
    le: () => k.s('password', letters(g)),
    sp: () => k.s('password', spoken(g)),
    ma: () => k.s('password', machine(g)),
    pin: () => k.s('password', pin(g)),
    wifi: () => k.s('password', wifi(g)),
    rc: () => k.s('token', recoveryCode(g)),
    totp: () => k.s('token', totpSeed(g)),
    tok: () => k.s('token', apiToken(g)),
    cs: () => k.s('connection-string', machine(g).replace(/[@:/?#%]/g, '')),
    /** The same raw value, marked each time it is repeated. */
    same: (category: Parameters<Kit['s']>[0], raw: string) => () => k.s(category, raw),
    n: (v: string) => k.n(v),
    u: (v: string) => k.u(v),
    ph: () => k.n(g.pick(PLACEHOLDER)),
  };
}
