// The rw-dev8 prose part's own value makers and document factory. Written without reading the engine: what people
// type into tickets, chats, mails and wikis — made-up passwords (season + year, pet + birthday, keyboard walks,
// leetspeak), spoken passphrases, short letters-only words, PINs a label calls a password, manager-generated strings
// with symbols, hex/UUID keys — and the look-alikes around them (ids, times, hashes, masks), all from the set's seed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { docMaker } from '../kit';

const NOUNS = [
  'anchor',
  'bramble',
  'canyon',
  'dolphin',
  'eclipse',
  'fennel',
  'gazebo',
  'hammock',
  'iguana',
  'jasmine',
  'kayak',
  'lobster',
  'magnet',
  'nectar',
  'octopus',
  'parsley',
  'quiver',
  'radish',
  'sherbet',
  'trumpet',
  'umbrella',
  'vortex',
  'waffle',
  'yodel',
  'zucchini',
  'acorn',
  'beacon',
  'copper',
  'dingo',
  'falafel',
  'gravel',
  'hornet',
  'igloo',
  'jigsaw',
  'koala',
  'limpet',
  'muffin',
  'noodle',
  'oyster',
  'pretzel',
  'quokka',
  'reindeer',
  'spindle',
  'toucan',
];
const SHORT = ['sprout', 'pebble', 'tiger', 'banjo', 'cactus', 'plover', 'marmot', 'sesame', 'ginger', 'lemur', 'basil', 'otter', 'yarrow', 'fudge', 'clover', 'mustard'];
const PETS = ['Biscuit', 'Luna', 'Charlie', 'Maple', 'Rocco', 'Willow', 'Kiki', 'Simba', 'Pepper', 'Archie', 'Nova', 'Gizmo', 'Mochi', 'Olive'];
const TEAMS = ['Arsenal', 'Bayern', 'Celtic', 'Lakers', 'Yankees', 'Benfica', 'Ajax', 'Galatasaray', 'Juventus', 'Legia'];
const CITIES = ['Hamburg', 'Lyon', 'Sevilla', 'Recife', 'Kazan', 'Osaka', 'Busan', 'Napoli', 'Utrecht', 'Gdansk', 'Izmir', 'Quito'];
const WALKS = ['qwertz', '1q2w3e4r', 'asdf1234', 'zaq1xsw2', 'qweasdzxc', '1qazxsw2', 'poiuytr', 'azerty', 'QWErty', '!QAZxsw2'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Fall', 'Sommer', 'Hiver', 'Verano', 'Welcome', 'Password', 'Changeit'];
const SYM = ['!', '!!', '#', '$', '@', '*', '?', '.', '&', '+', '%', '_'];
const LEET: Record<string, string> = { a: '@', e: '3', i: '1', o: '0', s: '$' };

const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const year = (g: ExampleGen): string => g.pick(['2020', '2021', '2022', '2023', '2024', '2025', '2026', '1989', '1996', '2k24', '24', '91']);

/** Made-up passwords people type. */
export function human(g: ExampleGen): string {
  return g.pick([
    () => `${g.pick(SEASONS)}${year(g)}${g.pick(SYM)}`,
    () => `${g.pick(PETS)}${g.digits(2)}${g.digits(2)}`,
    () => `${g.pick(PETS)}${year(g)}${g.pick(SYM)}`,
    () => `${g.pick(WALKS)}${g.pick(['', '!', '#', '9'])}`,
    () => cap(g.pick(NOUNS)).replace(/[aeios]/g, (c) => LEET[c] ?? c) + g.digits(g.pick([1, 2, 3])),
    () => `${g.pick(TEAMS)}${g.pick(['1', '19', '04', '1900', '#1', '4ever'])}`,
    () => `${g.pick(CITIES)}${year(g)}`,
    () => `${cap(g.pick(NOUNS))}${g.pick(SYM)}${cap(g.pick(NOUNS))}${g.digits(2)}`,
    () => `${g.pick(PETS).toLowerCase()}${g.pick(['_', '.', ''])}${g.pick(CITIES).toLowerCase()}${g.digits(1)}`,
    () => `${g.pick(['Ilove', 'iLove', 'Mein', 'Mon', 'Mi'])}${g.pick(PETS)}${g.pick(SYM)}`,
  ])();
}

/** A spoken passphrase of words. */
export function phrase(g: ExampleGen, sep?: string): string {
  const n = g.pick([3, 4, 4, 5]);
  const w: string[] = [];
  while (w.length < n) {
    const x = g.pick(NOUNS);
    if (!w.includes(x)) w.push(x);
  }
  const s = sep ?? g.pick([' ', ' ', '-', '-', '.', '_', '']);
  return s === '' ? w.map(cap).join('') : w.join(s);
}

/** A short letters-only word used as a password. */
export function letters(g: ExampleGen): string {
  const w = g.pick(SHORT);
  return g.pick([w, w, cap(w), w.toUpperCase()]);
}

/** What a password manager, pwgen or a provisioning script prints. */
export function gen(g: ExampleGen): string {
  return g.pick([
    () => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*()-_=+', 18),
    () => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789', 14),
    () => `${g.chars('abcdefghjkmnpqrstuvwxyz0123456789', 6)}-${g.chars('abcdefghjkmnpqrstuvwxyzABCDEFGH0123456789', 6)}-${g.chars('abcdefghjkmnpqrstuvwxyz0123456789', 6)}`,
    () => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789#%+=', 24),
    () => g.chars('abcdefghijkmnopqrstuvwxyz0123456789', 10) + g.pick(SYM) + g.upper(1),
    () => g.alnum(12) + g.pick(['!', '$', '&', '%']),
  ])();
}

export function anyPw(g: ExampleGen): string {
  return g.pick([human, human, human, gen, gen, phrase, letters])(g);
}

export function pin(g: ExampleGen, n?: number): string {
  let d = g.digits(n ?? g.pick([4, 4, 5, 6, 6, 8]));
  if (/^(\d)\1+$/.test(d) || /^(0123|1234|2345)/.test(d)) d = '7' + d.slice(1, -1) + '3';
  return d;
}

/** API keys and tokens without a provider prefix. */
export function token(g: ExampleGen): string {
  return g.pick([() => g.hex(32), () => g.hex(40), () => g.hex(64), () => g.alnum(32), () => g.base64url(40), () => g.uuid(), () => g.alnum(40)])();
}

export function b64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

export function jwt(g: ExampleGen): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o), 'utf8').toString('base64url');
  return `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ sub: g.digits(8), role: 'service', iat: 1710000000 + Number(g.digits(6)) })}.${g.base64url(43)}`;
}

/** A bcrypt verifier: a negative in any prose. */
export function bcrypt(g: ExampleGen): string {
  return `$2b$12$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`;
}

const PLACEHOLDERS = [
  '<password>',
  '<your-password>',
  'YOUR_PASSWORD_HERE',
  '${DB_PASSWORD}',
  '{{ vault_db_password }}',
  'changeme',
  '********',
  'xxxxxxxx',
  '[REDACTED]',
  '<redacted>',
  '<token>',
  'REPLACE_ME',
  '%PASSWORD%',
  '$API_TOKEN',
  '•••••••••',
];

export interface K {
  g: ExampleGen;
  m: Marker;
  s(category: SecretCategory, value: string, label?: string): string;
  pw(raw?: string): string;
  hpw(): string;
  gen(): string;
  phrase(sep?: string): string;
  lw(): string;
  pin(n?: number): string;
  tok(raw?: string): string;
  uuidTok(): string;
  hexTok(n?: number): string;
  cs(raw?: string): string;
  http(raw: string): string;
  jwt(): string;
  basic(user: string, password?: string): string;
  n(value: string): string;
  u(value: string): string;
  /** A placeholder, marked negative. */
  ph(): string;
  raw: { human: typeof human; anyPw: typeof anyPw; gen: typeof gen; phrase: typeof phrase; letters: typeof letters; pin: typeof pin; token: typeof token };
  /** Non-secret look-alikes, marked negative. */
  time(): string;
  date(): string;
  tkt(prefix?: string): string;
  ver(): string;
  sha(): string;
  sha256(): string;
  bcrypt(): string;
  reqId(): string;
  ip(): string;
  mask(): string;
  num(n?: number): string;
}

export function mk(g: ExampleGen, m: Marker): K {
  const pad = (x: number) => String(x).padStart(2, '0');
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: (raw) => m.secret('password', raw ?? anyPw(g)),
    hpw: () => m.secret('password', human(g)),
    gen: () => m.secret('password', gen(g)),
    phrase: (sep) => m.secret('password', phrase(g, sep)),
    lw: () => m.secret('password', letters(g)),
    pin: (n) => m.secret('password', pin(g, n)),
    tok: (raw) => m.secret('token', raw ?? token(g)),
    uuidTok: () => m.secret('token', g.uuid()),
    hexTok: (n) => m.secret('token', g.hex(n ?? 32)),
    cs: (raw) =>
      m.secret(
        'connection-string',
        raw ??
          g
            .pick([human, gen])(g)
            .replace(/[@:/?#%&]/g, ''),
      ),
    http: (raw) => m.secret('http-auth', raw),
    jwt: () => m.secret('http-auth', jwt(g)),
    basic: (user, password) => m.secret('http-auth', b64(`${user}:${password ?? anyPw(g)}`)),
    n: (v) => m.negative(v),
    u: (v) => m.unscored(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    raw: { human, anyPw, gen, phrase, letters, pin, token },
    time: () => m.negative(`${pad(8 + Number(g.digits(1)))}:${pad(Number(g.digits(2)) % 60)}`),
    date: () => m.negative(`2024-${pad(1 + (Number(g.digits(2)) % 12))}-${pad(1 + (Number(g.digits(2)) % 28))}`),
    tkt: (prefix) => m.negative(`${prefix ?? g.pick(['OPS', 'INFRA', 'SEC', 'HELP', 'PLAT'])}-${1 + (Number(g.digits(4)) % 9000)}`),
    ver: () => m.negative(`${(Number(g.digits(1)) % 5) + 1}.${Number(g.digits(2)) % 30}.${Number(g.digits(1))}`),
    sha: () => m.negative(g.hex(7)),
    sha256: () => m.negative(g.hex(64)),
    bcrypt: () => m.negative(bcrypt(g)),
    reqId: () => m.negative(g.uuid()),
    ip: () => m.negative(`10.${Number(g.digits(2)) % 250}.${Number(g.digits(2)) % 250}.${1 + (Number(g.digits(2)) % 250)}`),
    mask: () => m.negative(g.pick(['********', '••••••••', 'xxxx-xxxx', '****' + g.digits(2), g.upper(1) + '*******', '(hidden)'])),
    num: (n) => m.negative(g.digits(n ?? 5)),
  };
}

export const pd = docMaker(mk);

export const F = '```';
