// The rw-dev9 code part's own value makers and document factory. Written without reading the engine: the
// passwords developers paste into source (season + year, pet + digits, team names, keyboard walks, leetspeak,
// passphrases, short words, PINs, what a password manager prints), the unprefixed keys beside them (hex, base62,
// base64, UUIDs, dashed licence groups) and the look-alikes that sit in the same files (env reads, hashes, field
// names, ids, placeholders). Values avoid quotes, backslashes, backticks and `$` so they sit in any string literal.
import type { ExampleGen } from '../../../../engine/types';
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import * as V from '../dev/values';

const WORDS = [
  'lantern',
  'biscuit',
  'harbor',
  'pickle',
  'granite',
  'walrus',
  'saffron',
  'tundra',
  'meadow',
  'falcon',
  'cobalt',
  'juniper',
  'pretzel',
  'marble',
  'thistle',
  'cricket',
  'ember',
  'glacier',
  'mango',
  'orchid',
  'pepper',
  'quartz',
  'rocket',
  'salmon',
  'tofu',
  'velvet',
  'willow',
  'yonder',
  'zephyr',
  'badger',
  'camel',
  'dune',
  'fjord',
  'gopher',
  'hazel',
  'ivory',
  'jackal',
  'kettle',
  'lemon',
  'mosaic',
];
const PETS = ['Bella', 'Max', 'Coco', 'Rocky', 'Lola', 'Toby', 'Milo', 'Nala', 'Oscar', 'Frida', 'Pumba', 'Zorro', 'Loki', 'Peanut'];
const NAMES = ['marta', 'jonas', 'kevin', 'sabine', 'ahmet', 'pierre', 'lucia', 'dmitri', 'yuki', 'minji', 'kasia', 'joao', 'ingrid', 'rafael'];
const TEAMS = ['Galatasaray', 'Fenerbahce', 'Boca', 'Porto', 'Schalke', 'Liverpool', 'Dortmund', 'Flamengo', 'Zenit', 'Wisla', 'Barca', 'Celtics'];
const CITIES = ['Berlin', 'Madrid', 'Lisboa', 'Krakow', 'Ankara', 'Seoul', 'Kyoto', 'Rennes', 'Bilbao', 'Porto', 'Minsk', 'Chengdu'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Herbst', 'Fruehling', 'Invierno', 'Printemps', 'Welcome', 'Letmein', 'Zima', 'Lato'];
const WALKS = ['qwerty', 'qwertz', 'azerty', '1qaz2wsx', 'zxcvbnm', 'asdfgh', '1q2w3e4r5t', 'qazwsx', 'ytrewq', '!QAZ2wsx'];
const SYM = ['!', '!', '#', '@', '*', '?', '.', '&', '+', '%', '_', '-', '!!'];
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };

const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const yr = (g: ExampleGen): string => g.pick(['2019', '2021', '2022', '2023', '2024', '2025', '2026', '1987', '1994', '99', '24', '25']);

/** Passwords people make up. */
export function human(g: ExampleGen): string {
  return g.pick([
    () => `${g.pick(SEASONS)}${yr(g)}${g.pick(SYM)}`,
    () => `${g.pick(PETS)}${g.digits(g.pick([2, 3, 4]))}`,
    () => `${cap(g.pick(NAMES))}${yr(g)}${g.pick(SYM)}`,
    () => `${g.pick(NAMES)}${g.pick(['.', '_', ''])}${g.digits(g.pick([2, 4]))}`,
    () => `${g.pick(WALKS)}${g.pick(['', '!', '123', '#1', '9'])}`,
    () => cap(g.pick(WORDS)).replace(/[aeiost]/g, (c) => LEET[c] ?? c) + g.pick(SYM) + g.digits(2),
    () => `${g.pick(TEAMS)}${g.pick(['1905', '1907', '4ever', '#1', '09', '1899'])}${g.pick(['', '!'])}`,
    () => `${g.pick(CITIES)}${g.pick(SYM)}${yr(g)}`,
    () => `${cap(g.pick(WORDS))}${cap(g.pick(WORDS))}${g.digits(g.pick([1, 2, 3]))}${g.pick(['', '!', '?'])}`,
    () => `${g.pick(['Ilove', 'Mein', 'Moi', 'Mi', 'Te'])}${g.pick(PETS)}${g.pick(SYM)}${g.digits(1)}`,
  ])();
}

/** A passphrase of 3-5 words. */
export function phrase(g: ExampleGen): string {
  const n = g.pick([3, 4, 4, 5]);
  const w: string[] = [];
  while (w.length < n) {
    const x = g.pick(WORDS);
    if (!w.includes(x)) w.push(x);
  }
  const s = g.pick(['-', '-', '.', '_', ' ', '']);
  return s === '' ? w.map(cap).join('') : w.join(s) + g.pick(['', '', g.digits(1), '!']);
}

/** A short letters-only word. */
export function letters(g: ExampleGen): string {
  const w = g.pick(WORDS);
  return g.pick([w, w + g.pick(WORDS), cap(w), w.toUpperCase()]);
}

/** What a generator or a password manager prints. */
export function gen(g: ExampleGen): string {
  return g.pick([
    () => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_=+', g.pick([12, 16, 20, 24])),
    () => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789', g.pick([14, 16, 32])),
    () => `${g.lower(6)}-${g.lower(6)}-${g.lower(6)}`,
    () => g.alnum(g.pick([12, 20, 28, 40])),
    () => g.chars('abcdefghijkmnopqrstuvwxyz0123456789', 10) + g.pick(SYM) + g.upper(1),
    () => g.base64(g.pick([16, 24, 32])).replace(/[+/]/g, 'x'),
  ])();
}

export function anyPw(g: ExampleGen): string {
  return g.pick([human, human, human, gen, gen, phrase, letters])(g);
}

export function pin(g: ExampleGen, n?: number): string {
  let d = g.digits(n ?? g.pick([4, 5, 6, 6, 8]));
  if (/^(\d)\1+$/.test(d) || /^(0123|1234|2345)/.test(d)) d = '7' + d.slice(1, -1) + '3';
  return d;
}

function b64bytes(g: ExampleGen, bytes: number): string {
  const len = Math.ceil(bytes / 3) * 4;
  const pad = bytes % 3 === 0 ? 0 : 3 - (bytes % 3);
  return g.base64(len - pad) + '='.repeat(pad);
}

/** An unprefixed key of any shape. */
export function token(g: ExampleGen): string {
  return g.pick([
    () => g.hex(32),
    () => g.hex(40),
    () => g.hex(64),
    () => g.alnum(g.pick([24, 32, 40, 48])),
    () => b64bytes(g, g.pick([24, 32, 48])),
    () => g.base64url(g.pick([32, 43])),
    () => g.uuid(),
    () => [0, 1, 2, 3].map(() => g.upper(5)).join('-'),
    () => g.hex(32).toUpperCase(),
  ])();
}

const PLACEHOLDERS = [
  '<password>',
  'changeme',
  'CHANGE_ME',
  'your-password',
  'xxxxxx',
  '********',
  'TODO',
  'secret',
  'password',
  'dummy',
  '<token>',
  'REPLACE_ME',
  'your_api_key_here',
  '...',
  'test',
  'placeholder',
];

/** The shorthands the documents are written with. */
export function cv(k: Kit) {
  const g = k.g;
  const P = (v: string) => k.s('password', v);
  const T = (v: string) => k.s('token', v);
  return {
    g,
    /** Passwords: any style, human, generated, passphrase, letters-only, PIN. */
    pw: () => P(anyPw(g)),
    hum: () => P(human(g)),
    gen: () => P(gen(g)),
    phrase: () => P(phrase(g)),
    word: () => P(letters(g)),
    pin: (n?: number) => P(pin(g, n)),
    /** Marks a chosen raw value as a password (when the raw value is needed twice, encoded). */
    P,
    T,
    /** Tokens without a prefix. */
    tok: () => T(token(g)),
    hex: (n = 32) => T(g.hex(n)),
    b62: (n = 32) => T(g.alnum(n)),
    b64: (bytes = 32) => T(b64bytes(g, bytes)),
    uuid: () => T(g.uuid()),
    django: () => T(V.djangoKey(g).replace(/[$'"\\]/g, 'k')),
    /** Connection-string password, http auth, provider keys, JWTs. */
    cs: () =>
      k.s(
        'connection-string',
        g
          .pick([human, gen, gen])(g)
          .replace(/[@:/?#%&;=+ ]/g, ''),
      ),
    basic: (user: string, pwRaw?: string) => k.s('http-auth', V.b64(`${user}:${pwRaw ?? anyPw(g)}`)),
    bearer: () => k.s('http-auth', g.pick([() => g.alnum(40), () => g.base64url(43), () => g.hex(64)])()),
    jwt: () => k.s('http-auth', V.jwt(g)),
    prov: k.prov,
    key: k.key,
    /** Raw makers (unmarked), to encode or reuse. */
    raw: { human: () => human(g), gen: () => gen(g), pw: () => anyPw(g), phrase: () => phrase(g), tok: () => token(g), b64: V.b64 },
    /** Negatives. */
    n: (v: string) => k.n(v),
    u: (v: string) => k.u(v),
    ph: () => k.n(g.pick(PLACEHOLDERS)),
    sha: () => k.n(g.hex(40)),
    sha256: () => k.n(g.hex(64)),
    md5: () => k.n(g.hex(32)),
    id: () => k.n(g.uuid()),
    bcrypt: () => k.n(V.bcrypt(g)),
    argon: () => k.n(V.argon2(g)),
    integrity: () => k.n(V.integrity(g)),
    num: (n = 6) => k.n(g.digits(n)),
    /** Raw bits. */
    hexRaw: (n: number) => g.hex(n),
    alnum: (n: number) => g.alnum(n),
    digits: (n: number) => g.digits(n),
    uuidRaw: () => g.uuid(),
    pick: <X>(xs: readonly X[]) => g.pick(xs),
    user: () => g.pick(['app', 'svc_billing', 'etl_user', 'reporting', 'deploy', 'api', 'admin_ro', 'backend', 'crm_sync', 'jenkins']),
    host: () => g.pick(['db01.internal', '10.0.3.17', 'pg-prod.c7x.eu-west-1.rds.amazonaws.com', 'mysql.corp.local', 'localhost', 'sql-main.database.windows.net', '192.168.10.40']),
  };
}
export type C = ReturnType<typeof cv>;

/** A code-part document: ids always start with `code-`. */
export const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: C) => string): RealWorldDoc => doc(`code-${id}`, areas, path, (k) => fn(cv(k)));
export const A = {
  C: ['code'] as RealWorldArea[],
  CD: ['code', 'defaults-in-code'] as RealWorldArea[],
  CP: ['code', 'precision'] as RealWorldArea[],
  CDP: ['code', 'defaults-in-code', 'precision'] as RealWorldArea[],
  CC: ['code', 'config-syntax'] as RealWorldArea[],
};
