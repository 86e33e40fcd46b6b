// The rw-dev9 prose part's own value makers and document factory. Written without reading the engine: the values
// people paste into tickets, chats, mails, wikis and notes — chosen passwords (season + year + symbol, names and
// birthdays, keyboard walks, leetspeak, words of their own language), spoken passphrases, letters-only words,
// PINs and door codes, manager-generated strings, hex/base64/uuid tokens, JWTs — and the look-alikes beside them
// (ticket numbers, versions, commit shas, request ids, masks, placeholders), all drawn from the set's seed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, RealWorldArea, RealWorldDoc, SecretCategory } from '../types';
import { P } from '../dev/providers';

const WORDS = [
  'falcon',
  'harbor',
  'pickle',
  'meadow',
  'cobalt',
  'walrus',
  'tundra',
  'biscuit',
  'lantern',
  'pepper',
  'sunset',
  'glacier',
  'mango',
  'thunder',
  'velvet',
  'rocket',
  'pirate',
  'cinnamon',
  'marble',
  'orchid',
  'badger',
  'saffron',
  'puffin',
  'comet',
];
const PHRASE = [
  'correct',
  'staple',
  'orange',
  'river',
  'castle',
  'window',
  'purple',
  'monkey',
  'silver',
  'garden',
  'pencil',
  'ticket',
  'button',
  'forest',
  'candle',
  'bottle',
  'yellow',
  'dragon',
  'spoon',
  'turtle',
  'cloud',
  'paper',
  'violin',
  'salmon',
  'tractor',
  'honey',
  'basket',
  'anchor',
];
const NAMES = ['Lena', 'Tomasz', 'Aylin', 'Mateo', 'Chloe', 'Ruben', 'Ines', 'Kenji', 'Olga', 'Priya', 'Jonas', 'Sofia', 'Marek', 'Yuna', 'Bruno', 'Emre', 'Hanna', 'Diego'];
const PETS = ['Bella', 'Pumpkin', 'Oscar', 'Nala', 'Teddy', 'Coco', 'Loki', 'Frodo', 'Milo', 'Zeus', 'Minka', 'Kuba'];
const INTL = [
  'Sonnenblume',
  'Kartoffel',
  'Schmetterling',
  'Papillon',
  'Fromage',
  'Mariposa',
  'Girasol',
  'Saudade',
  'Cachorro',
  'Girasole',
  'Fragola',
  'Tulpen',
  'Fiets',
  'Zvezda',
  'Malina',
  'Slonce',
  'Kedicik',
  'Gunes',
  'Sakura',
  'Hanabi',
  'Saranghae',
  'Bienvenido',
  'Lampion',
  'Sternchen',
];
const WALKS = ['qwerty', 'qwertz', 'azerty', '1qaz2wsx', 'zxcvbn', 'asdfgh', 'q1w2e3r4', 'Qwer1234', '1q2w3e', 'ytrewq', 'qazwsx', 'poiuy'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Herbst', 'Fruehling', 'Invierno', 'Primavera', 'Ete', 'Zima', 'Lato', 'Welcome', 'Start'];
const COMPANY = ['Acme', 'Nordwind', 'Bluefin', 'Globex', 'Initech', 'Kestrel', 'Vantor', 'Helios', 'Pinecone', 'Orbitly'];
const SYM = ['!', '!!', '#', '$', '@', '*', '?', '.', '&', '%', '+', '_', '-'];
const YEARS = ['1984', '1989', '1992', '1995', '1998', '2003', '2016', '2018', '2020', '2022', '2023', '2024', '2025', '2026'];

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const leet = (g: ExampleGen, w: string) => w.replace(/[aeiost]/g, (c) => (g.pick([true, false]) ? ({ a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' } as Record<string, string>)[c]! : c));

/** A password someone picked and typed. */
export function human(g: ExampleGen): string {
  const w = () => g.pick(WORDS);
  return g.pick([
    () => `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYM)}`, // Summer2024!
    () => `${g.pick(NAMES)}${g.pick(YEARS)}`, // Lena1995
    () => `${g.pick(PETS)}${g.digits(2)}${g.digits(2)}${g.pick(['!', '', '#'])}`, // Bella0412!
    () => `${g.pick(WALKS)}${g.pick(SYM)}${g.digits(2)}`,
    () => `${cap(leet(g, w()))}${g.pick(SYM)}${g.digits(g.pick([1, 2, 3]))}`, // P1ckl3#7
    () => `${g.pick(COMPANY)}${g.pick(['@', '#', '!', '_', '.'])}${g.pick(YEARS)}`, // Acme@2023
    () => `${cap(g.pick(INTL))}${g.digits(2)}${g.pick(SYM)}`, // Sonnenblume23!
    () => `${cap(w())}${cap(w())}${g.digits(g.pick([2, 3, 4]))}`, // FalconHarbor88
    () => `${w()}${g.digits(g.pick([2, 3]))}`, // walrus42
    () => `${g.pick(NAMES).toLowerCase()}${g.pick(['.', '_', ''])}${g.pick(PETS).toLowerCase()}${g.digits(2)}`,
  ])();
}

/** 3-5 words with a separator, sometimes a digit: what managers and xkcd readers produce. */
export function phrase(g: ExampleGen, sep?: string): string {
  const n = g.pick([3, 4, 4, 5]);
  const s = sep ?? g.pick(['-', '-', '.', '_', ' ', '+']);
  const words = Array.from({ length: n }, () => g.pick(PHRASE));
  if (g.pick([true, false])) words[g.pick([0, n - 1])] += g.digits(1);
  const out = words.join(s);
  return g.pick([true, false, false]) ? cap(out) : out;
}

/** A generated password, 12-40 characters, mixed alphabets. */
export function generated(g: ExampleGen): string {
  return g.pick([
    () => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*+=?', g.pick([12, 14, 16, 20])),
    () => g.alnum(g.pick([12, 16, 18, 24, 32])),
    () => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*()-_=+[]{}<>~', g.pick([16, 24, 32, 40])),
    () => `${g.lower(6)}-${g.lower(6)}-${g.lower(4)}${g.digits(2)}`, // Safari-style
    () => `${g.upper(1)}${g.lower(4)}${g.digits(3)}${g.pick(SYM)}${g.upper(2)}${g.lower(3)}`,
  ])();
}

/** Letters only: a word or two, the kind people say out loud. */
export function letters(g: ExampleGen): string {
  return g.pick([() => `${g.pick(WORDS)}${g.pick(WORDS)}`, () => cap(g.pick(INTL)) + cap(g.pick(WORDS)), () => `${cap(g.pick(PHRASE))}${cap(g.pick(PHRASE))}${cap(g.pick(PHRASE))}`])();
}

/** Any password, weighted towards what people really choose. */
export function anyPw(g: ExampleGen): string {
  return g.pick([human, human, human, generated, generated, phrase, letters])(g);
}

/** A generic token without a provider prefix. */
export function token(g: ExampleGen): string {
  return g.pick([
    () => g.hex(32),
    () => g.hex(40),
    () => g.hex(64),
    () => g.alnum(g.pick([20, 24, 32, 40])),
    () => g.base64(g.pick([32, 44])) + '=',
    () => g.base64url(g.pick([32, 43])),
    () => g.uuid(),
    () => `${g.alnum(10)}.${g.alnum(26)}`,
  ])();
}

const b64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
export const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

export function jwt(g: ExampleGen): string {
  const alg = g.pick(['HS256', 'RS256']);
  const iat = 1760000000 + Number(g.digits(6));
  const body = { sub: g.pick(['svc-billing', 'u_' + g.digits(5), g.uuid()]), iat, exp: iat + 86400, role: g.pick(['admin', 'support', 'reader']) };
  return `${b64url(JSON.stringify({ alg, typ: 'JWT' }))}.${b64url(JSON.stringify(body))}.${g.base64url(alg === 'HS256' ? 43 : 342)}`;
}

/** Look-alikes people write next to credentials. */
export const NEG = {
  ticket: (g: ExampleGen) => g.pick(['INC', 'OPS', 'SEC', 'INFRA', 'HELP', 'CHG', 'RITM']) + g.pick(['-', '']) + g.digits(g.pick([4, 5, 7])),
  version: (g: ExampleGen) => `${g.pick(['v', ''])}${g.digits(1)}.${Number(g.digits(2))}.${Number(g.digits(1))}${g.pick(['', '-rc.1', '-beta.2', '+build.' + g.digits(3)])}`,
  sha: (g: ExampleGen) => g.hex(g.pick([7, 8, 40])),
  reqId: (g: ExampleGen) => g.uuid(),
  masked: (g: ExampleGen) => g.pick(['********', '••••••••', 'xxxx-xxxx', `${g.alnum(3)}***`, `****${g.digits(4)}`, '[hidden]', '<redacted>', 'REDACTED', '(see vault)', '***']),
  placeholder: (g: ExampleGen) =>
    g.pick(['<password>', '<your-password>', 'YOUR_TOKEN_HERE', 'changeme', '${DB_PASSWORD}', '{{ vault_pw }}', '<paste token>', 'xxxxxxxx', 'TBD', '<ask Marek>', 'your_api_key', '%PASSWORD%']),
  phone: (g: ExampleGen) => `+${g.pick(['49', '33', '34', '351', '48', '90', '81'])} ${g.digits(3)} ${g.digits(3)} ${g.digits(4)}`,
  ip: (g: ExampleGen) => `10.${Number(g.digits(2))}.${Number(g.digits(2))}.${Number(g.digits(2)) + 1}`,
  bcrypt: (g: ExampleGen) => `$2y$12$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`,
  digest: (g: ExampleGen) => `sha256:${g.hex(64)}`,
};

export interface PK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  /** Marked password of a given style. */
  pw(): string;
  hum(): string;
  pp(sep?: string): string;
  gen(): string;
  let(): string;
  /** A PIN / door code / short numeric code a label calls a password. */
  pin(len?: number): string;
  tok(): string;
  jwt(): string;
  prov(kind: keyof typeof P, label: string): string;
  cs(): string;
  basic(user: string): string;
  bearer(): string;
  n(v: string): string;
  neg: { [K in keyof typeof NEG]: () => string };
  u(v: string): string;
}

export function pk(g: ExampleGen, m: Marker): PK {
  const neg = Object.fromEntries(Object.entries(NEG).map(([k, f]) => [k, () => m.negative(f(g))])) as PK['neg'];
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', anyPw(g)),
    hum: () => m.secret('password', human(g)),
    pp: (sep) => m.secret('password', phrase(g, sep)),
    gen: () => m.secret('password', generated(g)),
    let: () => m.secret('password', letters(g)),
    pin: (len) => m.secret('password', g.digits(len ?? g.pick([4, 6, 8]))),
    tok: () => m.secret('token', token(g)),
    jwt: () => m.secret('http-auth', jwt(g)),
    prov: (kind, label) => m.secret('provider', P[kind](g), label),
    cs: () =>
      m.secret(
        'connection-string',
        g
          .pick([human, generated, generated])(g)
          .replace(/[@:/?#%\s]/g, ''),
      ),
    basic: (user) => m.secret('http-auth', b64(`${user}:${anyPw(g)}`)),
    bearer: () => m.secret('http-auth', g.pick([() => g.alnum(40), () => g.base64url(43), () => g.hex(64)])()),
    n: (v) => m.negative(v),
    neg,
    u: (v) => m.unscored(v),
  };
}

export function pdoc(id: string, areas: readonly RealWorldArea[], path: string, render: (x: PK) => string): RealWorldDoc {
  return { id: `prose-${id}`, areas, path, render: (g, m) => render(pk(g, m)) };
}

export const F = '```';
