// Value makers for the rw-dev12 agent part: passwords and tokens as people around AI agents make them (bot owners,
// hobby MCP server authors, ML engineers), plus the provider formats of that world. Every value is built from the
// set's seeded generator at run time; nothing secret-looking is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker } from '../types';
import { docMaker } from '../kit';

const WORDS = [
  'river',
  'copper',
  'lantern',
  'maple',
  'orbit',
  'pepper',
  'walrus',
  'cactus',
  'violet',
  'harbor',
  'tundra',
  'falcon',
  'biscuit',
  'nebula',
  'granite',
  'meadow',
  'puzzle',
  'saffron',
  'glacier',
  'mango',
  'thunder',
  'velvet',
  'kettle',
  'otter',
  'pixel',
  'quartz',
  'rocket',
  'sparrow',
  'tofu',
  'waffle',
  'zephyr',
  'banjo',
  'cobalt',
  'dingo',
  'ember',
  'fjord',
];
const WORDS_INTL = [
  'kartoffel',
  'sonnenblume',
  'fenster',
  'fromage',
  'papillon',
  'mariposa',
  'girasol',
  'cachorro',
  'saudade',
  'sobaka',
  'koshka',
  'kedi',
  'deniz',
  'sakura',
  'neko',
  'tori',
  'haneul',
  'baram',
  'rower',
  'kwiatek',
  'bintang',
  'hujan',
];
const NAMES = ['Marcel', 'Julia', 'Kenji', 'Aylin', 'Pedro', 'Olga', 'Minh', 'Sophie', 'Dmitri', 'Camila', 'Jonas', 'Yuna', 'Tomasz', 'Rizky', 'Lea', 'Mehmet'];
const PETS = ['Luna', 'Bello', 'Mochi', 'Kira', 'Simba', 'Pixel', 'Nala', 'Rocky', 'Tofu', 'Milo'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Sommer', 'Herbst', 'Fruehling', 'Invierno', 'Verano', 'Printemps', 'Hiver', 'Inverno'];
const KEYBOARD = ['Qwerty', 'Qwertz', 'Azerty', '1qaz2wsx', 'Qazwsx', 'Asdfgh', 'Zxcvbn', '!QAZ2wsx', '1q2w3e4r', 'Qwe123'];
const GAMES = ['creeper', 'diamond', 'enderman', 'redstone', 'netherite', 'valheim', 'factorio', 'terraria'];
const SYM = '!@#$%&*?.';
const GEN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!%^&*-_+=.~';

const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const year = (g: ExampleGen): string => g.pick(['2019', '2021', '2022', '2023', '2024', '2025', '2026', '1987', '1993', '99', '88']);
const leet = (w: string): string => w.replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0').replace(/i/g, '1');

/** A password a person made up: seasons, names and years, pets, keyboard walks, leetspeak, games. */
export function humanPassword(g: ExampleGen): string {
  return g.pick([
    () => `${g.pick(SEASONS)}${year(g)}${g.pick([...SYM])}`,
    () => `${g.pick(NAMES)}${year(g)}${g.pick(['', '!', '#', '?', '*'])}`,
    () => `${g.pick(PETS)}${g.digits(4)}${g.pick(['!', '', '.'])}`,
    () => `${g.pick(KEYBOARD)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['!', '', '#'])}`,
    () => `${cap(leet(g.pick(WORDS)))}${cap(g.pick(WORDS))}${g.digits(2)}${g.pick([...SYM])}`,
    () => `${cap(g.pick(GAMES))}${g.pick(['_', '', '-'])}${g.digits(g.pick([2, 3, 4]))}`,
    () => `${cap(g.pick(WORDS_INTL))}${g.pick(['@', '#', '!', '.'])}${year(g)}`,
  ])();
}

/** Three to five words with a separator, sometimes a digit or a capital. */
export function passphrase(g: ExampleGen): string {
  const n = g.pick([3, 3, 4, 4, 5]);
  const sep = g.pick(['-', '_', '.', '+', '-']);
  const pool = g.pick([WORDS, WORDS, WORDS_INTL]);
  const words = Array.from({ length: n }, () => g.pick(pool));
  if (g.pick([true, false])) words[0] = cap(words[0]!);
  return words.join(sep) + g.pick(['', '', String(g.digits(1)), `${sep}${g.digits(2)}`]);
}

/** A password manager's output, 12-40 characters. */
export function generatedPassword(g: ExampleGen): string {
  return g.chars(GEN_ALPHABET, g.pick([12, 14, 16, 20, 24, 28, 32, 40]));
}

/** Letters only: a word or two glued, as people type for bot panels and game servers. */
export function lettersPassword(g: ExampleGen): string {
  return g.pick([() => g.pick(WORDS) + g.pick(WORDS_INTL), () => cap(g.pick(WORDS_INTL)) + cap(g.pick(WORDS)), () => g.lower(g.pick([10, 12, 14]))])();
}

export function pin(g: ExampleGen): string {
  return g.digits(g.pick([4, 6, 6, 8]));
}

export function anyPassword(g: ExampleGen): string {
  return g.pick([humanPassword, humanPassword, generatedPassword, passphrase, lettersPassword])(g);
}

/** A generic token without a prefix, in the shapes internal APIs and self-hosted tools hand out. */
export function token(g: ExampleGen): string {
  return g.pick([
    () => g.hex(32),
    () => g.hex(40),
    () => g.hex(64),
    () => g.alnum(32),
    () => g.alnum(40),
    () => g.base64url(43),
    () => g.base64(44).replace(/=+$/, '') + '=',
    () => `${g.alnum(8)}-${g.alnum(8)}-${g.alnum(8)}-${g.alnum(8)}`,
    () => g.uuid(),
    () => `${g.alnum(20)}.${g.alnum(24)}`,
  ])();
}

export function b64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

const b64url = (s: string): string => Buffer.from(s, 'utf8').toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

export function jwt(g: ExampleGen, claims?: Record<string, unknown>): string {
  const header = b64url(JSON.stringify({ alg: g.pick(['HS256', 'RS256']), typ: 'JWT' }));
  const body = b64url(JSON.stringify(claims ?? { sub: g.uuid(), iat: 1760000000 + Number(g.digits(6)), role: g.pick(['service', 'agent', 'admin']) }));
  return `${header}.${body}.${g.base64url(43)}`;
}

/** Provider formats from their public documentation. */
export const PROV = {
  openai: (g: ExampleGen) => `sk-proj-${g.base64url(74)}T3BlbkFJ${g.base64url(74)}`,
  openaiLegacy: (g: ExampleGen) => `sk-${g.alnum(20)}T3BlbkFJ${g.alnum(20)}`,
  anthropic: (g: ExampleGen) => `sk-ant-api03-${g.base64url(93)}AA`,
  huggingface: (g: ExampleGen) => `hf_${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`,
  replicate: (g: ExampleGen) => `r8_${g.alnum(37)}`,
  openrouter: (g: ExampleGen) => `sk-or-v1-${g.hex(64)}`,
  groq: (g: ExampleGen) => `gsk_${g.alnum(52)}`,
  github: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  githubPat: (g: ExampleGen) => `github_pat_${g.alnum(22)}_${g.alnum(59)}`,
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  slackApp: (g: ExampleGen) => `xapp-1-A${g.upper(10)}-${g.digits(13)}-${g.hex(64)}`,
  telegram: (g: ExampleGen) => `${g.digits(10)}:AA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 33)}`,
  discord: (g: ExampleGen) => `${b64(g.digits(18)).replace(/=+$/, '')}.${g.base64url(6)}.${g.base64url(38)}`,
  langsmith: (g: ExampleGen) => `lsv2_pt_${g.hex(32)}_${g.hex(10)}`,
  langfuseSecret: (g: ExampleGen) => `sk-lf-${g.uuid()}`,
  tavily: (g: ExampleGen) => `tvly-${g.alnum(32)}`,
  pinecone: (g: ExampleGen) => `pcsk_${g.alnum(6)}_${g.alnum(63)}`,
  gemini: (g: ExampleGen) => `AIza${g.base64url(35)}`,
  perplexity: (g: ExampleGen) => `pplx-${g.alnum(48)}`,
  firecrawl: (g: ExampleGen) => `fc-${g.hex(32)}`,
  stripe: (g: ExampleGen) => `sk_live_${g.alnum(99)}`,
  notion: (g: ExampleGen) => `ntn_${g.digits(11)}${g.alnum(35)}`,
  linear: (g: ExampleGen) => `lin_api_${g.alnum(40)}`,
  sentry: (g: ExampleGen) => `sntrys_${g.base64url(120)}`,
  brave: (g: ExampleGen) => `BSA${g.alnum(28)}`,
  e2b: (g: ExampleGen) => `e2b_${g.hex(40)}`,
  gitlab: (g: ExampleGen) => `glpat-${g.base64url(20)}`,
};
export type ProvName = keyof typeof PROV;

const PLACEHOLDERS = [
  'sk-...',
  '<YOUR_API_KEY>',
  'your-api-key-here',
  'YOUR_TOKEN',
  '<token>',
  'xxxxxxxx',
  'changeme',
  '${API_KEY}',
  'REPLACE_ME',
  '****',
  '[REDACTED]',
  'sk-xxxxxxxxxxxxxxxx',
  '<insert key>',
  'TODO',
];

/** The shorthand the documents are written with (`${k.pw()}` where a password sits). */
export interface AgentKit {
  g: ExampleGen;
  m: Marker;
  /** Any password style, marked. */
  pw(): string;
  hpw(): string;
  gpw(): string;
  phrase(): string;
  letters(): string;
  pin(): string;
  /** Generic token, marked `token`. */
  tok(raw?: string): string;
  hex(n: number): string;
  prov(kind: ProvName, label?: string): string;
  /** Password inside a URL or connection string (no URL-special characters), marked. */
  cs(raw?: string): string;
  /** Opaque bearer/session value, marked `http-auth`. */
  bearer(): string;
  jwt(claims?: Record<string, unknown>): string;
  basic(user: string, password?: string): string;
  http(raw: string): string;
  n(value: string): string;
  ph(): string;
  u(value: string): string;
}

export function agentKit(g: ExampleGen, m: Marker): AgentKit {
  return {
    g,
    m,
    pw: () => m.secret('password', anyPassword(g)),
    hpw: () => m.secret('password', humanPassword(g)),
    gpw: () => m.secret('password', generatedPassword(g)),
    phrase: () => m.secret('password', passphrase(g)),
    letters: () => m.secret('password', lettersPassword(g)),
    pin: () => m.secret('password', pin(g)),
    tok: (raw) => m.secret('token', raw ?? token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (kind, label) => m.secret('provider', PROV[kind](g), label ?? kind),
    cs: (raw) =>
      m.secret(
        'connection-string',
        raw ??
          g
            .pick([humanPassword, generatedPassword, passphrase])(g)
            .replace(/[@:/?#%&+=]/g, ''),
      ),
    bearer: () => m.secret('http-auth', g.pick([() => g.alnum(40), () => g.base64url(43), () => g.hex(64), () => `${g.alnum(12)}.${g.base64url(32)}`])()),
    jwt: (claims) => m.secret('http-auth', jwt(g, claims)),
    basic: (user, password) => m.secret('http-auth', b64(`${user}:${password ?? anyPassword(g)}`)),
    http: (raw) => m.secret('http-auth', raw),
    n: (value) => m.negative(value),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (value) => m.unscored(value),
  };
}

export const doc = docMaker(agentKit);

/** A Markdown code fence. */
export const F = '```';
