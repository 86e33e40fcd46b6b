// Value makers of the rw-dev9 cred part: the passwords and tokens people really put in credential files
// (season+year, names+digits, passphrases, keyboard walks, tool-generated strings, letters-only words, PINs,
// hex/base64/uuid tokens, JWTs) and the look-alikes that sit beside them (hashes, references, placeholders,
// public keys, fingerprints). Everything is drawn from the set's seeded generator at run time; nothing
// secret-looking is committed. `cx(k)` wraps them as marked makers so a document reads like its file.
import type { ExampleGen } from '../../../../engine/types';
import type { Kit } from '../dev/kit';

const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Sommer', 'Herbst', 'Fruehling', 'Invierno', 'Verano', 'Primavera', 'Hiver', 'Printemps', 'Zima', 'Lato', 'Wiosna', 'Kis', 'Yaz', 'Inverno'];
const NAMES = ['katja', 'lucas', 'Matteo', 'sofia', 'Dmitri', 'Aylin', 'joao', 'Yuki', 'minho', 'Zofia', 'Pierre', 'lena', 'Mehmet', 'Ines', 'Bartek', 'Olga', 'Hana', 'Rafael', 'Chloe', 'Kenji'];
const WORDS = [
  'river',
  'copper',
  'lantern',
  'maple',
  'orbit',
  'velvet',
  'thunder',
  'pepper',
  'harbor',
  'glacier',
  'marble',
  'falcon',
  'saffron',
  'meadow',
  'cobalt',
  'pirate',
  'walnut',
  'comet',
  'ember',
  'tundra',
  'biscuit',
  'quartz',
  'otter',
  'violet',
  'anchor',
  'sparrow',
  'mango',
  'granite',
];
const WORDS_INTL = ['kartoffel', 'schmetterling', 'fromage', 'papillon', 'mariposa', 'tortuga', 'borboleta', 'sobaka', 'kotek', 'kelebek', 'yildiz', 'sakura', 'haneul', 'zielony'];
const PETS = ['bella', 'Rocky', 'max', 'Luna', 'charlie', 'Milo', 'Simba', 'coco'];
const KEYBOARD = ['qwerty', 'Qwerty', 'asdfgh', '1qaz2wsx', 'Zxcvbn', 'qwertz', 'azerty', '1q2w3e4r', 'Qazwsx', 'poiuyt', 'Asdf;lkj', '!QAZ2wsx', '1qaz@WSX', 'qwe123', 'zaq12wsx'];
const SYM = ['!', '#', '$', '*', '.', '-', '_', '+', '%', '?', '!!', '&'];
const SAFE_SYM = ['!', '*', '.', '-', '_', '+', '%'];
const SEP = ['-', '.', '_', ' ', '', '+'];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Picks a symbol; `safe` keeps to characters no INI/XML/URL/shell syntax treats specially. */
const sym = (g: ExampleGen, safe: boolean) => g.pick(safe ? SAFE_SYM : SYM);

export const V = {
  season: (g: ExampleGen, safe = false) => `${g.pick(SEASONS)}${g.pick(['2019', '2021', '2022', '2023', '2024', '2025', '26', '24'])}${sym(g, safe)}`,
  name: (g: ExampleGen, safe = false) => `${g.pick([...NAMES, ...PETS])}${g.pick(['', '_', '.', ''])}${g.pick([g.digits(2), g.digits(4), '1987', '1994', '2008', '123'])}${g.pick(['', '', sym(g, safe)])}`,
  phrase: (g: ExampleGen, safe = false) => {
    const n = g.pick([3, 3, 4, 5]);
    const sep = safe ? g.pick(['-', '.', '_', '']) : g.pick(SEP);
    const ws: string[] = [];
    for (let i = 0; i < n; i++) ws.push(g.pick([cap, (s: string) => s])(g.pick([...WORDS, ...WORDS_INTL])));
    return ws.join(sep) + g.pick(['', '', g.digits(1), g.digits(2)]);
  },
  kb: (g: ExampleGen, safe = false) => `${g.pick(KEYBOARD).replace(safe ? /[;@!#]/g : /^$/, '')}${g.pick(['', g.digits(3), '!', '2024', sym(g, safe)])}`,
  gen: (g: ExampleGen, safe = true, len?: number) => {
    const n = len ?? g.pick([12, 14, 16, 20, 24, 32, 40]);
    const alpha = safe ? 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!*' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%^*()-_=+[]{}~.?';
    // a generator always puts at least one of each class in
    return g.upper(1) + g.lower(1) + g.digits(1) + g.chars(alpha, n - 3);
  },
  words: (g: ExampleGen) => g.pick([...WORDS, ...WORDS_INTL]) + g.pick([...WORDS, ...PETS.map((p) => p.toLowerCase())]) + g.pick(['', g.pick(WORDS)]),
  pin: (g: ExampleGen) => g.digits(g.pick([4, 6, 6, 8])),
  leet: (g: ExampleGen) => cap(g.pick(WORDS)).replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3').replace(/i/g, '1') + g.digits(g.pick([2, 4])),
  hex: (g: ExampleGen, n?: number) => g.hex(n ?? g.pick([32, 40, 48, 64])),
  b64: (g: ExampleGen, n?: number) => {
    const len = n ?? g.pick([24, 32, 40, 44]);
    const body = g.base64(len);
    return len % 4 === 0 ? body.slice(0, -1) + '=' : body;
  },
  alnum: (g: ExampleGen, n?: number) => g.alnum(n ?? g.pick([20, 24, 32, 40])),
  uuidTok: (g: ExampleGen) => g.uuid(),
  // look-alikes
  bcrypt: (g: ExampleGen) => `$2y$${g.pick(['10', '12'])}$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`,
  apr1: (g: ExampleGen) => `$apr1$${g.alnum(8)}$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 22)}`,
  sha512crypt: (g: ExampleGen) => `$6$${g.alnum(16)}$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 86)}`,
  ssha: (g: ExampleGen) => `{SSHA}${g.base64(32)}`,
  md5pg: (g: ExampleGen) => `md5${g.hex(32)}`,
  scramPg: (g: ExampleGen) => `SCRAM-SHA-256$4096:${g.base64(24)}$${g.base64(43)}=:${g.base64(43)}=`,
  fingerprint: (g: ExampleGen) => Array.from({ length: 16 }, () => g.hex(2)).join(':'),
  sshPub: (g: ExampleGen) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)} ${g.pick(['deploy@ci', 'anna@laptop', 'ops'])}`,
  jasypt: (g: ExampleGen) => `ENC(${g.base64(32)})`,
  sha256: (g: ExampleGen) => `sha256:${g.hex(64)}`,
  mysqlNative: (g: ExampleGen) => `*${g.hex(40).toUpperCase()}`,
};

const b64s = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const b64u = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

/** A believable JWT (header, claims, random signature). */
export function jwt(g: ExampleGen): string {
  const now = 1760000000 + Number(g.digits(6));
  const head = b64u(JSON.stringify({ alg: g.pick(['HS256', 'RS256']), typ: 'JWT' }));
  const body = b64u(JSON.stringify({ sub: g.pick(['svc-backup', 'grafana', g.uuid()]), iat: now, exp: now + 86400 }));
  return `${head}.${body}.${g.base64url(43)}`;
}

/** Marked makers over a document's kit. */
export function cx(k: Kit) {
  const g = k.g;
  const pw = (v: string) => k.m.secret('password', v);
  const tok = (v: string) => k.m.secret('token', v);
  return {
    season: (safe = false) => pw(V.season(g, safe)),
    name: (safe = false) => pw(V.name(g, safe)),
    phrase: (safe = false) => pw(V.phrase(g, safe)),
    kb: (safe = false) => pw(V.kb(g, safe)),
    gen: (safe = true, len?: number) => pw(V.gen(g, safe, len)),
    words: () => pw(V.words(g)),
    pin: () => pw(V.pin(g)),
    leet: () => pw(V.leet(g)),
    /** Any human-style password (safe symbols only). */
    human: () => pw(g.pick([V.season, V.name, V.phrase, V.kb, V.leet])(g, true)),
    /** Any password, human or generated, safe for INI/XML/URLs. */
    any: () => pw(g.pick([() => V.season(g, true), () => V.name(g, true), () => V.phrase(g, true), () => V.gen(g), () => V.gen(g), () => V.words(g), () => V.leet(g)])()),
    hex: (n?: number) => tok(V.hex(g, n)),
    b64: (n?: number) => tok(V.b64(g, n)),
    alnum: (n?: number) => tok(V.alnum(g, n)),
    uuid: () => tok(V.uuidTok(g)),
    tok: () => tok(g.pick([() => V.hex(g), () => V.b64(g), () => V.alnum(g), () => V.uuidTok(g)])()),
    jwt: () => tok(jwt(g)),
    /** Password inside a URL or a `Password=…;` connection string. */
    cs: () =>
      k.m.secret(
        'connection-string',
        g
          .pick([() => V.gen(g, true), () => V.season(g, true), () => V.name(g, true), () => V.words(g)])()
          .replace(/[@:/?#%&+]/g, ''),
      ),
    basic: (user: string) => k.basic(user, V.gen(g, true, 16)),
    // negatives
    n: (v: string) => k.n(v),
    bcrypt: () => k.n(V.bcrypt(g)),
    apr1: () => k.n(V.apr1(g)),
    shadow: () => k.n(V.sha512crypt(g)),
    ssha: () => k.n(V.ssha(g)),
    md5pg: () => k.n(V.md5pg(g)),
    scram: () => k.n(V.scramPg(g)),
    fp: () => k.n(V.fingerprint(g)),
    sshPub: () => k.n(V.sshPub(g)),
    jasypt: () => k.n(V.jasypt(g)),
    digest: () => k.n(V.sha256(g)),
    mysqlHash: () => k.n(V.mysqlNative(g)),
    ph: () => k.ph(),
    uuidN: () => k.n(g.uuid()),
    sha: () => k.n(g.hex(40)),
    b64s,
  };
}
