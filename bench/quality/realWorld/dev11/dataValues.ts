// Value makers for the rw-dev11 data part: passwords as data people set them (season+year+symbol, a name and
// digits, a team word in leetspeak, keyboard walks, passphrases), generated passwords, tokens in the shapes
// warehouse / notebook / tracker tools hand out, and a few provider keys. Built from the set's seeded
// generator at run time; nothing secret-looking is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker } from '../types';
import { docMaker } from '../kit';

const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Fall', 'Sommer', 'Hiver', 'Verano', 'Inverno', 'Zima'];
const WORDS = [
  'pandas',
  'tableau',
  'jupyter',
  'warehouse',
  'lakehouse',
  'cohort',
  'churn',
  'sigma',
  'gradient',
  'forest',
  'monday',
  'koala',
  'penguin',
  'saturn',
  'harbor',
  'maple',
  'coffee',
  'dragon',
  'falcon',
  'salmon',
  'violet',
  'ember',
  'orbit',
  'quartz',
  'pretzel',
  'tundra',
  'walrus',
  'biscuit',
  'lantern',
  'meadow',
  'pixel',
  'rocket',
  'sunset',
  'thunder',
];
const NAMES = ['anika', 'bruno', 'carla', 'dmitri', 'emre', 'fatima', 'goran', 'hana', 'ivan', 'jules', 'kenji', 'lucia', 'marek', 'nadia', 'olga', 'pedro', 'rahul', 'sofia', 'tomasz', 'yuki'];
const TEAMS = ['analytics', 'datateam', 'bi', 'finance', 'growth', 'reporting', 'etl', 'mlops', 'insights', 'dwh'];
const KEYBOARD = ['qwerty', 'asdfgh', 'zxcvbn', '1qaz2wsx', 'qazwsx', 'poiuyt', 'qwertz', 'azerty', '1q2w3e4r'];
const SYMBOLS = ['!', '#', '$', '*', '&', '?', '!!', '@', '%', '+'];

function cap(w: string): string {
  return w[0]!.toUpperCase() + w.slice(1);
}

function leet(w: string): string {
  return w.replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0').replace(/i/g, '1');
}

function year(g: ExampleGen): string {
  return g.pick(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026', '21', '23', '24', '25']);
}

/** A human-made password, in one of the styles people really pick. */
export function humanPw(g: ExampleGen): string {
  return g.pick([
    () => `${g.pick(SEASONS)}${year(g)}${g.pick(SYMBOLS)}`,
    () => `${cap(g.pick(NAMES))}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#', '.'])}`,
    () => `${cap(leet(g.pick(TEAMS)))}${year(g)}${g.pick(SYMBOLS)}`,
    () => `${g.pick(KEYBOARD)}${g.pick(['!', '123', '#1', '2024', '!@#'])}`,
    () => `${cap(g.pick(WORDS))}${g.pick(['#', '@', '_', '!'])}${g.digits(g.pick([2, 4]))}`,
    () => `${cap(leet(g.pick(WORDS)))}${g.pick(WORDS)}${g.digits(1)}${g.pick(SYMBOLS)}`,
    () => `${g.pick(WORDS)}${g.pick(NAMES)}${g.digits(2)}`,
  ])();
}

/** Three to five words with a separator, the way a password manager or a careful person writes them. */
export function passphrase(g: ExampleGen): string {
  const n = g.pick([3, 4, 4, 5]);
  const sep = g.pick(['-', '.', '_', '+', '~']);
  const ws: string[] = [];
  for (let i = 0; i < n; i++) ws.push(g.pick([(w: string) => w, cap])(g.pick(WORDS)));
  return ws.join(sep) + g.pick(['', '', g.digits(1), g.digits(2)]);
}

/** A generated password, 12 to 40 mixed characters (never a quote, a backslash or a URL delimiter). */
export function genPw(g: ExampleGen): string {
  const len = g.pick([12, 14, 16, 18, 20, 24, 28, 32, 40]);
  return g.pick([
    () => g.alnum(len),
    () => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!$*&^-_=+', len),
    () => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', len),
    () => `${g.alnum(4)}-${g.alnum(4)}-${g.alnum(4)}-${g.alnum(4)}`,
  ])();
}

/** A password made only of letters (a word or two, no digits) that a person really set. */
export function lettersPw(g: ExampleGen): string {
  return g.pick([() => `${g.pick(WORDS)}${cap(g.pick(WORDS))}`, () => `${cap(g.pick(NAMES))}${cap(g.pick(WORDS))}`, () => `${g.pick(WORDS)}${g.pick(WORDS)}${g.pick(WORDS)}`])();
}

/** A digit PIN or code (Tableau site codes, a share's access code). */
export function pin(g: ExampleGen): string {
  return g.digits(g.pick([4, 6, 6, 8]));
}

/** Any password: human, passphrase, generated or letters-only. */
export function anyPw(g: ExampleGen): string {
  return g.pick([humanPw, humanPw, humanPw, genPw, genPw, passphrase, lettersPw])(g);
}

/** A password safe inside a URL's userinfo. */
export function urlPw(g: ExampleGen): string {
  return g
    .pick([humanPw, genPw, genPw, lettersPw])(g)
    .replace(/[@:/?#%+& ]/g, '');
}

/** A token without a prefix, in the shapes data tools hand out. */
export function token(g: ExampleGen): string {
  return g.pick([
    () => g.hex(32),
    () => g.hex(40),
    () => g.hex(64),
    () => g.alnum(g.pick([24, 32, 40, 48])),
    () => g.base64url(g.pick([32, 43])),
    () => `${g.alnum(8)}-${g.alnum(8)}-${g.alnum(8)}`,
    () => g.base64(44).replace(/[+/]/g, 'x'),
  ])();
}

export function b64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

export function b64url(s: string): string {
  return b64(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function jwt(g: ExampleGen): string {
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify({ sub: g.pick(NAMES), iat: 1700000000 + Number(g.digits(6)), scope: g.pick(['read:all', 'query', 'admin']) }));
  return `${head}.${body}.${g.base64url(43)}`;
}

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Provider keys in their documented shapes. */
export const PROV = {
  databricks: (g: ExampleGen) => `dapi${g.hex(32)}`,
  huggingface: (g: ExampleGen) => `hf_${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`,
  openai: (g: ExampleGen) => `sk-proj-${g.base64url(48)}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40),
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  slackWebhook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.chars(UPPER_ALNUM, 8)}/B${g.chars(UPPER_ALNUM, 10)}/${g.alnum(24)}`,
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  stripe: (g: ExampleGen) => `sk_live_${g.alnum(24)}`,
  gitlab: (g: ExampleGen) => `glpat-${g.base64url(20)}`,
  anthropic: (g: ExampleGen) => `sk-ant-api03-${g.base64url(93)}AA`,
  googleApi: (g: ExampleGen) => `AIza${g.base64url(35)}`,
};

export const PLACEHOLDERS = [
  '<password>',
  '${DB_PASSWORD}',
  '{{ var.value.db_pass }}',
  'changeme',
  '********',
  '[REDACTED]',
  'xxx',
  '<YOUR_TOKEN>',
  'your-api-key-here',
  '{{ env_var("DBT_PASSWORD") }}',
  '$SNOWFLAKE_PASSWORD',
  'REPLACE_ME',
  '<redacted>',
  '***',
];

/** Shorthands a data document is written with (`${k.pw()}` where a password sits). */
export interface DataKit {
  g: ExampleGen;
  /** Password of any style, marked `password`. */
  pw(): string;
  hpw(): string;
  gpw(): string;
  pp(): string;
  letters(): string;
  pin(): string;
  /** Generic token, marked `token`. */
  tok(raw?: string): string;
  /** Password inside a URL or connection string, marked `connection-string`. */
  cs(raw?: string): string;
  /** Provider key, marked `provider`. */
  prov(kind: keyof typeof PROV, label: string): string;
  /** Marks a raw value as a provider key. */
  provRaw(value: string, label: string): string;
  /** HTTP auth value, marked `http-auth`. */
  http(raw: string): string;
  basic(user: string): string;
  jwt(): string;
  /** Negative span (counted, text unchanged). */
  n(value: string): string;
  ph(): string;
  u(value: string): string;
  /** An AWS access key id (raw; the policy leaves an id without its secret unscored). */
  awsId(): string;
  /** A Mapbox public token (`pk.` + base64url JSON + signature), public by design. */
  mapboxPublic(): string;
  hex(n: number): string;
  uuid(): string;
  sha(): string;
}

export function dataKit(g: ExampleGen, m: Marker): DataKit {
  return {
    g,
    pw: () => m.secret('password', anyPw(g)),
    hpw: () => m.secret('password', humanPw(g)),
    gpw: () => m.secret('password', genPw(g)),
    pp: () => m.secret('password', passphrase(g)),
    letters: () => m.secret('password', lettersPw(g)),
    pin: () => m.secret('password', pin(g)),
    tok: (raw) => m.secret('token', raw ?? token(g)),
    cs: (raw) => m.secret('connection-string', raw ?? urlPw(g)),
    prov: (kind, label) => m.secret('provider', PROV[kind](g), label),
    provRaw: (value, label) => m.secret('provider', value, label),
    http: (raw) => m.secret('http-auth', raw),
    basic: (user) => m.secret('http-auth', b64(`${user}:${urlPw(g)}`)),
    jwt: () => m.secret('http-auth', jwt(g)),
    n: (value) => m.negative(value),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (value) => m.unscored(value),
    awsId: () => PROV.awsId(g),
    mapboxPublic: () => `pk.${b64url(JSON.stringify({ u: g.pick(NAMES), a: g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 25) }))}.${g.base64url(22)}`,
    hex: (n) => g.hex(n),
    uuid: () => g.uuid(),
    sha: () => g.hex(40),
  };
}

export const ddoc = docMaker(dataKit);

/** A Markdown code fence. */
export const FENCE = '```';
