// The prose part's own value makers and document factory (rw-dev7). Written without reading the engine: values are
// what people really type into chats and wikis — human passwords, spoken passphrases, short letters-only words,
// PINs and codes for devices, generated strings from a manager, UUID-shaped keys — built from the set's seed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { docMaker } from '../kit';

const WORDS = [
  'harbor',
  'pepper',
  'violet',
  'granite',
  'ocelot',
  'walnut',
  'cobalt',
  'meadow',
  'tundra',
  'saffron',
  'lantern',
  'juniper',
  'falcon',
  'biscuit',
  'nebula',
  'quartz',
  'thistle',
  'marble',
  'pelican',
  'cinder',
  'orchid',
  'badger',
  'fjord',
  'mango',
  'rocket',
  'velvet',
  'pickle',
  'glacier',
  'hazel',
  'kettle',
  'puffin',
  'sprocket',
  'tamarind',
  'wombat',
  'zephyr',
  'crumpet',
  'dynamo',
  'ember',
  'gopher',
  'lagoon',
  'mosaic',
  'nutmeg',
  'paprika',
  'raven',
];
const NAMES = ['Bella', 'Max', 'Luna', 'Oscar', 'Milo', 'Rosie', 'Teddy', 'Nala', 'Bruno', 'Daisy', 'Ziggy', 'Pippa', 'Hugo', 'Frida'];
const PLACES = ['Lisbon', 'Denver', 'Tromso', 'Kyoto', 'Oaxaca', 'Galway', 'Bergen', 'Tucson', 'Porto', 'Lyon', 'Krakow'];
const WALKS = ['qwerty', 'asdfgh', 'zxcvbn', '1qaz2wsx', 'qazwsx', 'poiuyt', 'mnbvcx', '!QAZ2wsx', 'zaq12wsx'];
const SYMBOLS = ['!', '#', '$', '@', '*', '?', '&', '%', '!!', '_'];
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };

function cap(w: string): string {
  return w[0]!.toUpperCase() + w.slice(1);
}

export function word(g: ExampleGen): string {
  return g.pick(WORDS);
}

/** Passwords people make up: word/name/place + year/digits + symbol, leetspeak, keyboard walks. */
export function humanPw(g: ExampleGen): string {
  const year = g.pick(['2019', '2021', '2022', '2023', '2024', '2025', '1987', '1994', '08', '77']);
  return g.pick([
    () => `${cap(word(g))}${year}${g.pick(SYMBOLS)}`,
    () => `${g.pick(NAMES)}${g.digits(g.pick([2, 3, 4]))}`,
    () => `${g.pick(PLACES)}${g.pick(SYMBOLS)}${year}`,
    () => `${g.pick(WALKS)}${g.digits(2)}`,
    () => cap(word(g)).replace(/[aeiost]/g, (c) => LEET[c] ?? c) + g.digits(2),
    () => `${cap(word(g))}${g.pick(['.', '-', '_'])}${cap(word(g))}${g.digits(1)}`,
    () => `${g.pick(['Summer', 'Winter', 'Spring', 'Autumn', 'Welcome', 'Company'])}${year}${g.pick(SYMBOLS)}`,
    () => `${word(g)}${g.pick(NAMES).toLowerCase()}${g.digits(3)}`,
    () => `${g.pick(NAMES)}&${g.pick(NAMES)}${year}`,
  ])();
}

/** A spoken passphrase of 3–6 words. */
export function passphrase(g: ExampleGen, sep?: string): string {
  const n = g.pick([3, 4, 4, 5, 6]);
  const words: string[] = [];
  while (words.length < n) {
    const w = word(g);
    if (!words.includes(w)) words.push(w);
  }
  return words.join(sep ?? g.pick([' ', ' ', '-', '.', '_']));
}

/** A short letters-only word somebody used as a password. */
export function letters(g: ExampleGen): string {
  const w = g.pick([...WORDS.filter((x) => x.length <= 8), 'tulip', 'sunshine', 'dragon', 'kitten', 'bramble', 'mistral', 'pumpkin']);
  return g.pick([w, w, cap(w), w.toUpperCase()]);
}

/** What a password manager or `pwgen` hands out. */
export function generated(g: ExampleGen): string {
  return g.pick([
    () => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 16),
    () => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%^*-_+=', 20),
    () => `${g.chars('abcdefghijkmnopqrstuvwxyz', 6)}-${g.chars('abcdefghijkmnopqrstuvwxyz', 6)}-${g.chars('abcdefghijkmnopqrstuvwxyz0123456789', 6)}`,
    () => g.alnum(24),
    () => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@#&', 12),
  ])();
}

/** Any password, weighted towards the human ones prose carries. */
export function anyPw(g: ExampleGen): string {
  return g.pick([humanPw, humanPw, humanPw, generated, passphrase, letters])(g);
}

export function pin(g: ExampleGen, n?: number): string {
  const len = n ?? g.pick([4, 4, 4, 5, 6, 6, 8]);
  let d = g.digits(len);
  // A leading zero happens, but a PIN of one repeated digit would be a placeholder.
  if (/^(\d)\1+$/.test(d)) d = d.slice(0, -1) + ((Number(d.at(-1)) + 3) % 10);
  return d;
}

/** Generic API keys and tokens without a provider prefix. */
export function token(g: ExampleGen): string {
  return g.pick([() => g.hex(32), () => g.hex(40), () => g.alnum(32), () => g.base64url(43), () => g.uuid(), () => `${g.alnum(8)}.${g.alnum(32)}`, () => g.alnum(48)])();
}

export function b64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

export function jwt(g: ExampleGen): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o), 'utf8').toString('base64url');
  return `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ iss: g.hex(32), iat: 1700000000 + Number(g.digits(7)), exp: 2000000000 })}.${g.base64url(43)}`;
}

export interface PK {
  g: ExampleGen;
  m: Marker;
  s(category: SecretCategory, value: string, label?: string): string;
  /** Marked password, any style, or the raw one given. */
  pw(raw?: string): string;
  hpw(): string;
  gen(): string;
  phrase(sep?: string): string;
  /** A letters-only short word password. */
  lw(): string;
  /** PIN or numeric code, marked as a password. */
  pin(n?: number): string;
  tok(raw?: string): string;
  uuidTok(): string;
  /** Password inside a connection string or URL. */
  cs(raw?: string): string;
  http(raw: string): string;
  /** A JWT handed over as a bearer token. */
  jwt(): string;
  basic(user: string, password?: string): string;
  n(value: string): string;
  u(value: string): string;
  /** Raw (unmarked) makers, for a value used twice. */
  raw: { humanPw: typeof humanPw; anyPw: typeof anyPw; generated: typeof generated; passphrase: typeof passphrase; letters: typeof letters; pin: typeof pin; token: typeof token };
  /** Random non-secret look-alikes, marked negative. */
  time(): string;
  date(): string;
  ticket(prefix?: string): string;
  ver(): string;
  phone(): string;
  sha(): string;
  price(): string;
  order(): string;
}

export function pk(g: ExampleGen, m: Marker): PK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: (raw) => m.secret('password', raw ?? anyPw(g)),
    hpw: () => m.secret('password', humanPw(g)),
    gen: () => m.secret('password', generated(g)),
    phrase: (sep) => m.secret('password', passphrase(g, sep)),
    lw: () => m.secret('password', letters(g)),
    pin: (n) => m.secret('password', pin(g, n)),
    tok: (raw) => m.secret('token', raw ?? token(g)),
    uuidTok: () => m.secret('token', g.uuid()),
    cs: (raw) =>
      m.secret(
        'connection-string',
        raw ??
          g
            .pick([humanPw, generated])(g)
            .replace(/[@:/?#%&]/g, ''),
      ),
    http: (raw) => m.secret('http-auth', raw),
    jwt: () => m.secret('http-auth', jwt(g)),
    basic: (user, password) => m.secret('http-auth', b64(`${user}:${password ?? anyPw(g)}`)),
    n: (v) => m.negative(v),
    u: (v) => m.unscored(v),
    raw: { humanPw, anyPw, generated, passphrase, letters, pin, token },
    time: () => m.negative(`${String(g.pick([7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 22])).padStart(2, '0')}:${g.pick(['00', '05', '12', '17', '30', '41', '45', '58'])}`),
    date: () => m.negative(`2024-${g.pick(['01', '03', '04', '06', '09', '11'])}-${g.pick(['02', '11', '14', '19', '23', '28'])}`),
    ticket: (prefix) => m.negative(`${prefix ?? g.pick(['OPS', 'INFRA', 'SEC', 'HELP', 'PLAT', 'IT'])}-${g.digits(4).replace(/^0/, '4')}`),
    ver: () => m.negative(`${g.pick(['1', '2', '3', '14', '7'])}.${g.digits(1)}.${g.digits(2).replace(/^0/, '1')}`),
    phone: () => m.negative(g.pick([`+44 7${g.digits(3)} ${g.digits(6)}`, `(555) ${g.digits(3)}-${g.digits(4)}`, `+49 151 ${g.digits(8)}`])),
    sha: () => m.negative(g.hex(g.pick([7, 12, 40]))),
    price: () => m.negative(g.pick([`$${g.digits(2)}.99`, `€${g.digits(3)}`, `£${g.digits(2)}.50`])),
    order: () => m.negative(`#${g.digits(6).replace(/^0/, '7')}`),
  };
}

export const pdoc = docMaker(pk);

export const F = '```';
