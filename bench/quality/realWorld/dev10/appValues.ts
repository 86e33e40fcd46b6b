// Value makers of the rw-dev10 app part, written by its own writer (not the other sets' makers): human passwords
// as people really pick them, passphrases, generated strings, prefix-less tokens in the shapes apps mint them,
// and a few provider formats from their public documentation. Everything is drawn from the set's seeded
// generator at run time; nothing secret-looking is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, RealWorldArea, RealWorldDoc, SecretCategory } from '../types';

const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Fall', 'Sommer', 'Herbst', 'Fruehling', 'Verano', 'Invierno', 'Printemps', 'Inverno', 'Lato', 'Zima'];
const NAMES = ['marco', 'lena', 'kasia', 'yuki', 'olek', 'dmitri', 'ana', 'joao', 'mehmet', 'priya', 'sven', 'chloe', 'minji', 'ravi', 'bruno', 'ines', 'tomasz', 'hana', 'lucas', 'fatima'];
const WORDS = [
  'dragon',
  'falcon',
  'tigre',
  'sonne',
  'kartoffel',
  'soleil',
  'mango',
  'pistache',
  'gato',
  'lobo',
  'zebra',
  'rakete',
  'banane',
  'kirsche',
  'naranja',
  'ciruela',
  'pingwin',
  'kotek',
  'sakura',
  'tanuki',
  'borsch',
  'kedi',
  'deniz',
  'rio',
  'nuvem',
  'copper',
  'harbor',
  'lantern',
  'granite',
  'velvet',
  'orbit',
  'pepper',
  'walnut',
  'cactus',
  'marble',
  'thunder',
  'violet',
  'maple',
];
const TEAMS = ['Bayern', 'Benfica', 'Galatasaray', 'Legia', 'Arsenal', 'Boca', 'Spartak', 'Celtic', 'Ajax', 'Napoli'];
const COMPANY = ['Acme', 'Nordwind', 'Kumo', 'Tessera', 'Brightline', 'Vintra', 'Solace', 'Pelikan', 'Orbis', 'Halden'];
const SYMBOLS = ['!', '@', '%', '*', '?', '.', '-', '_', '+', '=', '~', '^', '!!', '!?'];
const WALKS = ['qwerty', 'Qwerty', 'asdfgh', 'zxcvbn', '1qaz2wsx', 'zaq12wsx', 'qwertz', 'azerty', 'Qwe123', '!QAZ2wsx', '1q2w3e4r', 'Asdf;lkj', 'poiuyt'];
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const year = (g: ExampleGen) => g.pick(['19', '20', '21', '22', '23', '24', '25', '26', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
const leet = (g: ExampleGen, w: string) => w.replace(/[aeiost]/g, (c) => (g.pick([0, 1]) ? LEET[c]! : c));

/** A password a person picked (season+year+symbol, name+digits, team, company, leetspeak, keyboard walk). */
export function humanPassword(g: ExampleGen): string {
  return g.pick([
    () => g.pick(SEASONS) + year(g) + g.pick(SYMBOLS),
    () => cap(g.pick(NAMES)) + g.digits(g.pick([2, 3, 4])) + g.pick(SYMBOLS),
    () => g.pick(NAMES) + '.' + g.pick(NAMES) + g.digits(2),
    () => g.pick(TEAMS) + g.pick(['1900', '1904', '1905', '1916', '1886']) + g.pick(SYMBOLS),
    () => g.pick(COMPANY) + '@' + year(g) + g.pick(['', '!', '#'.replace('#', '?')]),
    () => cap(leet(g, g.pick(WORDS))) + g.digits(g.pick([2, 3])) + g.pick(SYMBOLS),
    () => g.pick(WALKS) + g.digits(g.pick([2, 3])) + g.pick(['', '!', '?']),
    () => cap(g.pick(WORDS)) + cap(g.pick(WORDS)) + g.digits(2),
    () => g.pick(WORDS) + g.pick(SYMBOLS) + g.pick(WORDS) + g.digits(1),
  ])();
}

/** 3-5 words with a separator, the way a manager tells people to pick. */
export function passphrase(g: ExampleGen): string {
  const n = g.pick([3, 3, 4, 4, 5]);
  const words = Array.from({ length: n }, () => g.pick(WORDS));
  const sep = g.pick(['-', '.', '_', ' ', '', '+']);
  const parts = sep === '' ? words.map(cap) : words;
  return parts.join(sep) + g.pick(['', '', g.digits(1), '!']);
}

/** A password manager's output, 12-40 chars, with or without symbols. */
export function generatedPassword(g: ExampleGen): string {
  const len = g.pick([12, 14, 16, 16, 18, 20, 24, 32, 40]);
  return g.pick([
    () => g.alnum(len),
    () => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@%*-_=+?', len),
    () => g.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789^*~!.', len),
    () => `${g.alnum(6)}-${g.alnum(6)}-${g.alnum(6)}`,
  ])();
}

/** Letters only: a word or two run together, sometimes capitalised. */
export function lettersOnly(g: ExampleGen): string {
  return g.pick([() => g.pick(WORDS) + g.pick(WORDS), () => cap(g.pick(WORDS)) + cap(g.pick(NAMES)), () => g.lower(g.pick([9, 11, 13]))])();
}

/** A digit PIN or code where a person would use one (keypads, voicemail, admin PINs). */
export const pin = (g: ExampleGen) => g.digits(g.pick([4, 5, 6, 6, 8]));

/** Any password style, weighted to human-made. */
export function anyPassword(g: ExampleGen): string {
  return g.pick([humanPassword, humanPassword, humanPassword, passphrase, generatedPassword, generatedPassword, lettersOnly])(g);
}

/** Safe inside a URL's userinfo part. */
export const urlSafe = (v: string) => v.replace(/[@:/?#%+ ^~=]/g, '');

/** A prefix-less token in the shapes applications mint them. */
export function token(g: ExampleGen): string {
  return g.pick([
    () => g.hex(32),
    () => g.hex(40),
    () => g.hex(64),
    () => g.base64(44).slice(0, 43) + '=',
    () => g.base64url(43),
    () => g.alnum(g.pick([24, 32, 40, 48])),
    () => g.uuid(),
    () => `${g.alnum(8)}.${g.base64url(27)}`,
    () => g.uuid().replace(/-/g, '').toUpperCase(),
  ])();
}

const b64u = (s: string) => Buffer.from(s, 'utf8').toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
export const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

export function jwt(g: ExampleGen): string {
  const head = b64u(JSON.stringify({ alg: g.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' }));
  const body = b64u(JSON.stringify({ sub: g.pick(NAMES) + g.digits(3), iat: 1760000000 + Number(g.digits(6)), scope: g.pick(['api', 'read write', 'admin']) }));
  return `${head}.${body}.${g.base64url(43)}`;
}

/** Provider formats from their public documentation. */
export const PROV = {
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[+]/g, 'q'),
  awsId: (g: ExampleGen) => 'AKIA' + g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16),
  github: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  stripe: (g: ExampleGen) => 'sk_live_' + g.alnum(24),
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  twilioToken: (g: ExampleGen) => g.hex(32),
  openai: (g: ExampleGen) => `sk-proj-${g.base64url(48)}`,
  npm: (g: ExampleGen) => g.crc32Token('npm_', 30),
  gitlab: (g: ExampleGen) => 'glpat-' + g.base64url(20),
  mailgun: (g: ExampleGen) => 'key-' + g.hex(32),
  googleServer: (g: ExampleGen) => 'AIza' + g.base64url(35),
};

/** Placeholders people leave in files. */
export const PLACEHOLDERS = [
  'changeme',
  '<password>',
  'CHANGE_ME',
  'xxxxxxxx',
  '********',
  'your-api-key-here',
  'REPLACE_ME',
  'TODO',
  '<secret>',
  'dummy',
  'example',
  '${SECRET}',
  '{{ .Values.secret }}',
  'redacted',
  '<your token>',
  '...',
];

/** The kit the app documents are written with. */
export interface AppKit {
  g: ExampleGen;
  /** password, any style */
  pw(): string;
  hpw(): string;
  gpw(): string;
  phrase(): string;
  letters(): string;
  pin(): string;
  /** A password with only URL-safe characters, marked as a password (not a connection string). */
  pwu(): string;
  tok(raw?: string): string;
  hex(n: number): string;
  b64(n: number): string;
  uuidTok(): string;
  alnumTok(n: number): string;
  prov(kind: keyof typeof PROV, label: string): string;
  /** A prefixed provider value built in the document, marked `provider`. */
  pv(label: string, raw: string): string;
  /** Password part of a URL/connection string. */
  cs(raw?: string): string;
  http(raw: string): string;
  basic(user: string): string;
  bearer(): string;
  jwt(): string;
  n(value: string): string;
  ph(): string;
  u(value: string): string;
  s(category: SecretCategory, value: string, label?: string): string;
}

export function appKit(g: ExampleGen, m: Marker): AppKit {
  return {
    g,
    pw: () => m.secret('password', anyPassword(g)),
    hpw: () => m.secret('password', humanPassword(g)),
    gpw: () => m.secret('password', generatedPassword(g)),
    phrase: () => m.secret('password', passphrase(g)),
    letters: () => m.secret('password', lettersOnly(g)),
    pin: () => m.secret('password', pin(g)),
    pwu: () => m.secret('password', urlSafe(anyPassword(g)) || g.alnum(12)),
    tok: (raw) => m.secret('token', raw ?? token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    b64: (n) => m.secret('token', g.base64(n)),
    uuidTok: () => m.secret('token', g.uuid()),
    alnumTok: (n) => m.secret('token', g.alnum(n)),
    prov: (kind, label) => m.secret('provider', PROV[kind](g), label),
    pv: (label, raw) => m.secret('provider', raw, label),
    cs: (raw) => m.secret('connection-string', raw ?? (urlSafe(anyPassword(g)) || g.alnum(14))),
    http: (raw) => m.secret('http-auth', raw),
    basic: (user) => m.secret('http-auth', b64(`${user}:${urlSafe(anyPassword(g))}`)),
    bearer: () => m.secret('http-auth', g.pick([() => g.alnum(40), () => g.base64url(43), () => g.hex(64)])()),
    jwt: () => m.secret('http-auth', jwt(g)),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
    s: (c, v, l) => m.secret(c, v, l),
  };
}

export function adoc(id: string, areas: readonly RealWorldArea[], path: string, render: (k: AppKit) => string): RealWorldDoc {
  return { id: `app-${id}`, areas, path, render: (g, m) => render(appKit(g, m)) };
}

/** Negatives that look random but are not secrets. */
export const NEG = {
  sha: (g: ExampleGen) => g.hex(40),
  sha256: (g: ExampleGen) => g.hex(64),
  bcrypt: (g: ExampleGen) => `$2b$12$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`,
  integrity: (g: ExampleGen) => `sha512-${g.base64(86)}==`,
  reqId: (g: ExampleGen) => g.uuid(),
};
