// rw-dev11 incident part: value makers of its own (built at run time from the set's seeded generator; nothing
// secret-looking is committed) and a small document kit, so each incident artifact reads like the file it stands
// for: `${x.pw()}` where a password sits, `${x.rid()}` where a request id sits.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, RealWorldArea, RealWorldDoc } from '../types';

const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Fall', 'Sommer', 'Herbst', 'Invierno', 'Verano', 'Zima', 'Lato'];
const NAMES = ['Katarina', 'marco', 'Jurgen', 'ayse', 'Dmitri', 'sofia', 'Hiroshi', 'Minji', 'Lukas', 'camille', 'Tomasz', 'Joao', 'bruno', 'Elif', 'wei'];
const WORDS = [
  'falcon',
  'Kaffee',
  'tigre',
  'Pinguin',
  'marmalade',
  'rocket',
  'biscuit',
  'Schatz',
  'lapin',
  'kotek',
  'pomodoro',
  'Galata',
  'harbor',
  'sunrise',
  'Zebra',
  'velvet',
  'orchid',
  'dragon',
  'Mercury',
  'basilic',
  'nubes',
  'Wolke',
  'kasztan',
  'sakura',
];
const PHRASE_WORDS = [
  'copper',
  'lantern',
  'meadow',
  'quiet',
  'walnut',
  'river',
  'violet',
  'cactus',
  'ember',
  'glacier',
  'pickle',
  'tundra',
  'saffron',
  'harbor',
  'pebble',
  'jigsaw',
  'orbit',
  'thistle',
  'mango',
  'anchor',
  'bramble',
  'cobalt',
  'fjord',
  'gravel',
];
const TEAMS = ['Galatasaray', 'Barcelona', 'Liverpool', 'Flamengo', 'Legia', 'Bayern', 'Spartak', 'Benfica'];
const KEYBOARD = ['1qaz2wsx', 'qwertz', 'Qwerty', 'asdfgh', 'zaq12wsx', '1q2w3e4r', 'qazwsx', 'Asdf', 'ZXCvbn', 'poiuyt'];
const SYM = ['!', '@', '#', '$', '*', '.', '-', '_', '+', '?', '&'];
// Symbols safe in URLs, shells, JSON and YAML alike (no quote, no backslash, no `$`, no `#`, no `:`).
const SAFE_SYM = ['!', '*', '.', '-', '_', '+', '=', '~', '^'];

export const year = (g: ExampleGen) => String(1985 + Math.floor(Number('0x' + g.hex(2)) / 6.5));
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** A human-made password: season+year+symbol, name+digits, word+symbol+digits, team+year, leetspeak. */
export function humanPw(g: ExampleGen, safe = false): string {
  const sym = () => g.pick(safe ? SAFE_SYM : SYM);
  const leet = (w: string) => w.replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0').replace(/i/g, '1');
  return g.pick([
    () => g.pick(SEASONS) + year(g).slice(g.pick([0, 2])) + sym(),
    () => cap(g.pick(NAMES)) + g.digits(g.pick([2, 4])),
    () => g.pick(NAMES) + year(g) + sym(),
    () => cap(g.pick(WORDS)) + sym() + g.digits(g.pick([2, 3, 4])),
    () => g.pick(TEAMS) + g.digits(4),
    () => cap(leet(g.pick(WORDS))) + g.digits(2) + sym(),
    () => g.pick(WORDS) + g.pick(WORDS) + g.digits(1),
  ])();
}

/** A passphrase: 3-5 words joined by one separator. */
export function phrase(g: ExampleGen, safe = false): string {
  const n = g.pick([3, 3, 4, 5]);
  const words: string[] = [];
  while (words.length < n) words.push(g.pick(PHRASE_WORDS));
  const sep = g.pick(safe ? ['-', '.', '_', ''] : ['-', '.', '_', ' ', '', '+']);
  const w = sep === '' ? words.map(cap) : words;
  return w.join(sep) + (g.pick([true, false]) ? g.digits(1) : '');
}

/** A keyboard walk with a tail. */
export function keyboardPw(g: ExampleGen, safe = false): string {
  return g.pick(KEYBOARD) + g.pick(['', g.digits(3), g.pick(safe ? SAFE_SYM : SYM), g.digits(2) + g.pick(safe ? SAFE_SYM : SYM)]) + g.pick(['', 'X', '!']);
}

/** A tool-generated password, 12-40 chars, mixed alphabets (symbols kept to a safe set). */
export function genPw(g: ExampleGen, safe = false): string {
  const n = g.pick([12, 14, 16, 18, 20, 24, 28, 32, 40]);
  const alpha = g.pick([
    'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789' + (safe ? '-_.' : '!*%^-_+=.'),
    'abcdefghijklmnopqrstuvwxyz0123456789',
  ]);
  let v = g.chars(alpha, n);
  if (!/\d/.test(v)) v = v.slice(0, -1) + g.digits(1);
  return v;
}

/** Letters only: two or three words run together, a real person's "long password". */
export function lettersPw(g: ExampleGen): string {
  return g.pick([() => g.pick(WORDS).toLowerCase() + g.pick(PHRASE_WORDS), () => cap(g.pick(PHRASE_WORDS)) + cap(g.pick(PHRASE_WORDS)) + g.pick(PHRASE_WORDS)])();
}

export const pin = (g: ExampleGen) => g.digits(g.pick([4, 5, 6, 6, 8]));

/** Any password style; `safe` keeps it to characters every syntax here takes unquoted. */
export function anyPw(g: ExampleGen, safe = false): string {
  return g
    .pick([humanPw, humanPw, phrase, keyboardPw, genPw, genPw, (gg: ExampleGen) => lettersPw(gg)])(g, safe)
    .replace(safe ? / /g : /(?!)/g, '-');
}

/** A generic token without a prefix: hex, base64, base64url, alnum, uuid, dotted pair. */
export function token(g: ExampleGen): string {
  return g.pick([
    () => g.hex(32),
    () => g.hex(40),
    () => g.hex(64),
    () => g.alnum(g.pick([24, 32, 40])),
    () => g.base64url(g.pick([32, 43])),
    () => g.base64(g.pick([28, 40])).replace(/[+/]/g, 'x') + '=',
    () => g.uuid(),
    () => `${g.alnum(8)}.${g.base64url(27)}`,
  ])();
}

export const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s: string) => b64(s).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

export function jwt(g: ExampleGen): string {
  const header = b64url(JSON.stringify({ alg: g.pick(['HS256', 'RS256']), typ: 'JWT' }));
  const payload = b64url(JSON.stringify({ sub: g.digits(6), iat: 1780000000 + Number(g.digits(6)), scope: g.pick(['read write', 'admin', 'api']) }));
  return `${header}.${payload}.${g.base64url(43)}`;
}

/** Provider credentials in their documented public shapes. */
export const PROV = {
  awsId: (g: ExampleGen) => 'AKIA' + g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16),
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[+]/g, 'k'),
  github: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  gitlab: (g: ExampleGen) => 'glpat-' + g.base64url(20),
  slack: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  stripe: (g: ExampleGen) => 'sk_live_' + g.alnum(g.pick([24, 99])),
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  openai: (g: ExampleGen) => `sk-proj-${g.base64url(64)}T3BlbkFJ${g.base64url(64)}`,
  npm: (g: ExampleGen) => g.crc32Token('npm_', 30),
  twilio: (g: ExampleGen) => 'SK' + g.hex(32),
  google: (g: ExampleGen) => 'AIza' + g.base64url(35),
  anthropic: (g: ExampleGen) => `sk-ant-api03-${g.base64url(93)}AA`,
  pypi: (g: ExampleGen) => 'pypi-AgEIcHlwaS5vcmc' + g.base64url(60),
  shopify: (g: ExampleGen) => 'shpat_' + g.hex(32),
  mailgun: (g: ExampleGen) => 'key-' + g.hex(32),
  digitalocean: (g: ExampleGen) => 'dop_v1_' + g.hex(64),
  azureSas: (g: ExampleGen) => g.base64(43).replace(/[+/]/g, 'Q') + '=',
};

export interface X {
  g: ExampleGen;
  m: Marker;
  /** Marked password of any style; `safe` keeps to unquoted-safe characters. */
  pw(safe?: boolean): string;
  hpw(safe?: boolean): string;
  phrase(safe?: boolean): string;
  kbd(): string;
  gpw(safe?: boolean): string;
  letters(): string;
  pin(): string;
  /** Marks a given raw password. */
  pwRaw(raw: string): string;
  /** Marked generic token (raw value optional). */
  tok(raw?: string): string;
  hexTok(n?: number): string;
  /** Marked provider credential. */
  prov(kind: keyof typeof PROV, label: string): string;
  /** Password part of a connection string / URL (no URL-special characters). */
  cs(): string;
  /** HTTP auth value (bearer, cookie, URL query token). */
  http(raw?: string): string;
  bearerJwt(): string;
  basic(user: string, password?: string): string;
  /** Negatives (counted, text unchanged). */
  n(v: string): string;
  rid(): string;
  trace(n?: number): string;
  sha(): string;
  short(): string;
  mask(): string;
  u(v: string): string;
}

export function x(g: ExampleGen, m: Marker): X {
  const pwd = (v: string) => m.secret('password', v);
  return {
    g,
    m,
    pw: (safe) => pwd(anyPw(g, safe)),
    hpw: (safe) => pwd(humanPw(g, safe)),
    phrase: (safe) => pwd(phrase(g, safe)),
    kbd: () => pwd(keyboardPw(g, true)),
    gpw: (safe) => pwd(genPw(g, safe)),
    letters: () => pwd(lettersPw(g)),
    pin: () => pwd(pin(g)),
    pwRaw: (raw) => pwd(raw),
    tok: (raw) => m.secret('token', raw ?? token(g)),
    hexTok: (n) => m.secret('token', g.hex(n ?? 32)),
    prov: (kind, label) => m.secret('provider', PROV[kind](g), label),
    cs: () => m.secret('connection-string', anyPw(g, true).replace(/[@:/?#%^~=+]/g, '')),
    http: (raw) => m.secret('http-auth', raw ?? g.pick([() => g.alnum(40), () => g.base64url(43), () => g.hex(64), () => `${g.alnum(12)}.${g.base64url(32)}`])()),
    bearerJwt: () => m.secret('http-auth', jwt(g)),
    basic: (user, password) => m.secret('http-auth', b64(`${user}:${password ?? anyPw(g, true)}`)),
    n: (v) => m.negative(v),
    rid: () => m.negative(g.uuid()),
    trace: (n) => m.negative(g.hex(n ?? 32)),
    sha: () => m.negative(g.hex(40)),
    short: () => m.negative(g.hex(7)),
    mask: () => m.negative(g.pick(['****', '********', '[FILTERED]', '[REDACTED]', '***', '[Filtered]', '<redacted>', 'xxxxxxxx'])),
    u: (v) => m.unscored(v),
  };
}

export function idoc(id: string, areas: readonly RealWorldArea[], path: string, render: (x: X) => string): RealWorldDoc {
  return { id: `incident-${id}`, areas, path, render: (g, m) => render(x(g, m)) };
}

/** A Markdown code fence. */
export const F = '```';

/** A log timestamp a few seconds after the given one (plain text, not marked). */
export const ts = (g: ExampleGen, day = '2026-11-18') => `${day}T${g.pick(['02', '09', '13', '14', '21'])}:${g.digits(1)}${g.digits(1)}:${g.pick(['0', '1', '2', '3', '4', '5'])}${g.digits(1)}.${g.digits(3)}Z`;
