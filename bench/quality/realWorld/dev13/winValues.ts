// Value makers for the rw-dev13 win part: passwords the way Windows admins and helpdesks set them (season+year,
// company+digits, P@ss-style leet, German/French/Spanish words, keyboard walks), generated service-account
// passwords, and the tokens enterprise tools hold (machineKey, Duo skey, HEC tokens, GPP/FileZilla/WinSCP
// obfuscations). Everything is drawn from the set's seeded generator at run time; no literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, RealWorldArea, RealWorldDoc } from '../types';

const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Fall', 'Sommer', 'Herbst', 'Fruehling', 'Hiver', 'Verano', 'Invierno', 'Lato', 'Zima'];
const WORDS = [
  'dragon',
  'falcon',
  'tiger',
  'monkey',
  'shadow',
  'soccer',
  'baseball',
  'sunshine',
  'orange',
  'coffee',
  'printer',
  'server',
  'network',
  'domain',
  'harbor',
  'kitten',
  'panther',
  'rocket',
  'thunder',
  'viking',
  'eagle',
  'forest',
  'castle',
  'silver',
];
const WORDS_INTL = [
  'Schnecke',
  'Kartoffel',
  'Fussball',
  'Sonnenschein',
  'Bonjour',
  'Fromage',
  'Soleil',
  'Mariposa',
  'Cerveza',
  'Futbol',
  'Saudade',
  'Cachorro',
  'Kopernik',
  'Wiosna',
  'Matryoshka',
  'Medved',
  'Sakura',
  'Tanpopo',
  'Haneul',
  'Istanbul',
  'Kedi',
  'Hoaly',
  'Merdeka',
  'Kucing',
];
const NAMES = ['michael', 'sandra', 'thomas', 'julia', 'markus', 'claire', 'pierre', 'lucia', 'joao', 'olga', 'dmitri', 'yuki', 'minji', 'emre', 'kasia', 'huong', 'budi', 'stefan', 'ingrid', 'carlos'];
const COMPANY = ['Contoso', 'Fabrikam', 'Northwind', 'Acme', 'Globex', 'Initech', 'Tailspin', 'Wingtip', 'Litware', 'Adatum', 'Proseware', 'Woodgrove'];
const KEYBOARD = ['1qaz2wsx', 'qwertz', 'Qwerty', 'asdfgh', '1q2w3e4r', 'zaq12wsx', 'Qaywsx', 'azerty', 'ytrewq', '!QAZ2wsx', '1qazXSW@'];
const SYMBOLS = ['!', '#', '$', '*', '?', '!!', '.', '+', '@', '%', '&'];
const PASSPHRASE = [
  'correct',
  'battery',
  'staple',
  'horse',
  'lantern',
  'meadow',
  'copper',
  'window',
  'orbit',
  'velvet',
  'glacier',
  'pepper',
  'tunnel',
  'violin',
  'rapid',
  'amber',
  'clover',
  'ferry',
  'basalt',
  'nickel',
  'quartz',
  'walnut',
  'yellow',
  'zebra',
];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026', '99', '01', '1987', '1992'];

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const LEET: Record<string, string> = { a: '@', e: '3', i: '1', o: '0', s: '$' };
const leet = (g: ExampleGen, w: string) => [...w].map((c) => (LEET[c] && g.pick([true, false]) ? LEET[c] : c)).join('');

/** A password a person set: season+year+symbol, company+year, name+digits, P@ssw0rd-style, keyboard walk. */
export function human(g: ExampleGen): string {
  switch (g.pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])) {
    case 0:
      return `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`;
    case 1:
      return `${g.pick(COMPANY)}${g.pick(['@', '#', '!', '_', ''])}${g.pick(YEARS)}`;
    case 2:
      return `${cap(g.pick(NAMES))}${g.pick(['.', '', '_'])}${g.digits(g.pick([2, 4]))}`;
    case 3:
      return `${cap(leet(g, g.pick(WORDS)))}${g.digits(g.pick([1, 2, 3]))}${g.pick(SYMBOLS)}`;
    case 4:
      return `${g.pick(['P@ssw0rd', 'Passw0rd', 'P@55word', 'Pa$$w0rd', 'Welcome', 'Willkommen', 'Bienvenue', 'Start'])}${g.digits(g.pick([1, 2, 4]))}${g.pick(['!', '', '#'])}`;
    case 5:
      return `${g.pick(KEYBOARD)}${g.pick(SYMBOLS)}${g.digits(2)}`;
    case 6:
      return `${g.pick(WORDS_INTL)}${g.digits(2)}${g.pick(SYMBOLS)}`;
    case 7:
      return `${cap(g.pick(WORDS))}${cap(g.pick(WORDS))}${g.digits(2)}`;
    case 8:
      return `${g.pick(WORDS)}${g.digits(g.pick([2, 3, 4]))}`;
    case 9:
      return `${cap(g.pick(WORDS))}${g.pick(['-', '_', '.'])}${cap(g.pick(WORDS_INTL))}${g.digits(1)}`;
    case 10:
      return `${g.pick(['Helpdesk', 'Service', 'Admin', 'Backup', 'Scanner', 'Kasse'])}${g.pick(YEARS)}${g.pick(SYMBOLS)}`;
    default:
      return `${cap(g.pick(NAMES))}${cap(g.pick(WORDS))}${g.pick(SYMBOLS)}${g.digits(2)}`;
  }
}

/** Words joined by a separator, sometimes with a number. */
export function passphrase(g: ExampleGen): string {
  const sep = g.pick(['-', '.', '_', '', '+']);
  const n = g.pick([3, 4, 4, 5]);
  const ws: string[] = [];
  for (let i = 0; i < n; i++) ws.push(sep === '' ? cap(g.pick(PASSPHRASE)) : g.pick(PASSPHRASE));
  if (g.pick([true, false])) ws.push(g.digits(g.pick([1, 2])));
  return ws.join(sep);
}

/** A generated service-account / LAPS-style password, 12-40 characters. */
export function generated(g: ExampleGen): string {
  switch (g.pick([0, 1, 2, 3, 4])) {
    case 0:
      return g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', g.pick([12, 14, 16, 20]));
    case 1:
      return g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$*-_+?', g.pick([16, 20, 24, 32]));
    case 2:
      return g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789{}[]!#$*+-=', g.pick([14, 24, 40]));
    case 3:
      return `${g.upper(2)}${g.lower(4)}${g.digits(3)}${g.pick(['!', '#', '$', '*'])}${g.alnum(5)}`;
    default:
      return g.alnum(g.pick([15, 18, 25, 30]));
  }
}

/** Letters only: a word or two a person typed. */
export const letters = (g: ExampleGen) => g.pick([() => `${g.pick(WORDS)}${g.pick(WORDS)}`, () => cap(g.pick(WORDS_INTL)).toLowerCase() + g.pick(WORDS), () => `${cap(g.pick(NAMES))}${cap(g.pick(WORDS))}`])();
/** A numeric PIN/code. */
export const pin = (g: ExampleGen) => g.digits(g.pick([4, 6, 8]));
/** Any password, mixed styles; `safe` strips characters that would break a URL or a `;`-separated string. */
export function anyPw(g: ExampleGen): string {
  return g.pick([human, human, human, generated, generated, passphrase, letters])(g);
}
export const safe = (s: string) => s.replace(/[;'"%&^@:/\\<>|=,\s]/g, '') || 'x9';

export const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
export const b64le = (s: string) => Buffer.from(s, 'utf16le').toString('base64');
export const b64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

/** A JWT with believable claims and a random signature. */
export function jwt(g: ExampleGen): string {
  const h = b64url(JSON.stringify({ alg: g.pick(['HS256', 'RS256']), typ: 'JWT' }));
  const iat = 1760000000 + Number(g.digits(6));
  const b = b64url(JSON.stringify({ sub: g.pick(['svc-intune', g.uuid(), 'helpdesk-bot']), iat, exp: iat + 3600, tid: g.uuid() }));
  return `${h}.${b}.${g.base64url(43)}`;
}

/** A generic token in one of the shapes enterprise tools hand out. */
export function token(g: ExampleGen): string {
  switch (g.pick([0, 1, 2, 3, 4, 5, 6])) {
    case 0:
      return g.hex(32);
    case 1:
      return g.hex(40);
    case 2:
      return g.hex(64).toUpperCase();
    case 3:
      return g.alnum(g.pick([24, 32, 40]));
    case 4:
      return g.base64(43) + '=';
    case 5:
      return g.uuid();
    default:
      return g.base64url(g.pick([32, 43]));
  }
}

/** GPP cpassword: AES-256 with Microsoft's published key, base64 without padding — reversible, so a secret. */
export const cpassword = (g: ExampleGen) => g.base64(g.pick([43, 64, 86])).replace(/=+$/, '');
/** FileZilla stores Pass as base64 of the plain password. */
export const fzPass = (g: ExampleGen) => b64(anyPw(g));
/** WinSCP's Password= is a reversible hex obfuscation. */
export const winscpPw = (g: ExampleGen) => `A35C${g.hex(g.pick([60, 76, 92])).toUpperCase()}`;
/** mRemoteNG Password="" is AES-GCM under a default key: base64, reversible. */
export const mremotePw = (g: ExampleGen) => g.base64(g.pick([64, 88]));
/** unattend.xml PlainText=false: base64 of UTF-16LE (password + element name), reversible. */
export const unattendB64 = (pw: string, el: string) => b64le(pw + el);
/** .rdp `password 51:b:` DPAPI blob: bound to the user's machine key. */
export const rdpBlob = (g: ExampleGen) => `01000000D08C9DDF0115D1118C7A00C04FC297EB01000000${g.hex(g.pick([500, 620])).toUpperCase()}`;
/** machineKey validation/decryption keys (hex). */
export const machineKey = (g: ExampleGen, n: number) => g.hex(n).toUpperCase();
/** NTLM hash (negative), LM hash (negative). */
export const ntlm = (g: ExampleGen) => g.hex(32);
export const sid = (g: ExampleGen) => `S-1-5-21-${g.digits(10)}-${g.digits(9)}-${g.digits(10)}-${g.pick(['500', '512', '1104', '2231'])}`;
export const guid = (g: ExampleGen) => `{${g.uuid().toUpperCase()}}`;
export const productKey = (g: ExampleGen) => Array.from({ length: 5 }, () => g.chars('BCDFGHJKMPQRTVWXY2346789', 5)).join('-');
export const bitlocker = (g: ExampleGen) => Array.from({ length: 8 }, () => String((Number(g.digits(5)) % 65536) * 11).padStart(6, '0')).join('-');
export const azureSecret = (g: ExampleGen) => `${g.alnum(3)}8Q~${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~', 34)}`;
export const storageKey = (g: ExampleGen) => g.base64(86) + '==';
export const sha1 = (g: ExampleGen) => g.hex(40);

export interface W {
  g: ExampleGen;
  m: Marker;
  /** Any password, marked. */
  pw(raw?: string): string;
  hpw(): string;
  gpw(): string;
  pp(): string;
  let(): string;
  pin(): string;
  /** A password safe inside a connection string or URL, marked `connection-string`. */
  cs(raw?: string): string;
  /** A safe password marked as `password` (for command lines with `;`/`&` meaning). */
  spw(): string;
  tok(raw?: string): string;
  http(raw: string): string;
  prov(label: string, raw: string): string;
  n(v: string): string;
  u(v: string): string;
}

export function w(g: ExampleGen, m: Marker): W {
  return {
    g,
    m,
    pw: (raw) => m.secret('password', raw ?? anyPw(g)),
    hpw: () => m.secret('password', human(g)),
    gpw: () => m.secret('password', generated(g)),
    pp: () => m.secret('password', passphrase(g)),
    let: () => m.secret('password', letters(g)),
    pin: () => m.secret('password', pin(g)),
    cs: (raw) => m.secret('connection-string', raw ?? safe(anyPw(g))),
    spw: () => m.secret('password', safe(anyPw(g))),
    tok: (raw) => m.secret('token', raw ?? token(g)),
    http: (raw) => m.secret('http-auth', raw),
    prov: (label, raw) => m.secret('provider', raw, label),
    n: (v) => m.negative(v),
    u: (v) => m.unscored(v),
  };
}

export function wdoc(id: string, areas: readonly RealWorldArea[], path: string, render: (k: W) => string): RealWorldDoc {
  return { id: `win-${id}`, areas, path, render: (g, m) => render(w(g, m)) };
}
