// Value makers for the rw-dev22 agrifood part: the passwords farm managers, factory OT staff and restaurant IT set
// (farm, crop, breed and dish names, seasons in many languages, years, keyboard walks, generated vault passwords),
// the keys of their vendors (farm-management, weather and satellite APIs, LoRaWAN networks, POS and delivery
// platforms) and the look-alikes their files are full of (lot numbers, GTINs, ear tags, DevEUIs, order and terminal
// ids). Everything is drawn from the set's seeded generator at run time; no literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, num, wrap } from '../kit';

const WORDS = ['tractor', 'harvest', 'silage', 'barley', 'wheat', 'dairy', 'heifer', 'orchard', 'vineyard', 'greenhouse', 'tomato', 'paddock', 'combine', 'kitchen', 'burger', 'pizza', 'bakery', 'brewery'];
const WORDS_INTL = ['Cosecha', 'Colheita', 'Ernte', 'Vendange', 'Raccolto', 'Oogst', 'Hoest', 'Zniwa', 'Hasat', 'Aratas', 'Vaca', 'Kuh', 'Koe', 'Trigo', 'Weizen', 'Cozinha', 'Cocina', 'Cuisine'];
const PLACES = ['Hillcrest', 'Oakfield', 'Rosedale', 'Valdivia', 'Mendoza', 'Londrina', 'Friesland', 'Bretagne', 'Toscana', 'Jutland', 'Mazury', 'Konya', 'Kecskemet', 'Hokkaido', 'Punjab', 'Chiangmai'];
const VENDORS = ['Deere', 'Fieldview', 'Trimble', 'Lely', 'Delaval', 'Priva', 'Hoogendoorn', 'Toast', 'Square', 'Clover', 'Revel', 'Aloha', 'Micros', 'Monnit', 'Rachio', 'Hydrawise'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Verano', 'Invierno', 'Verao', 'Sommer', 'Zomer', 'Estate', 'Hiver', 'Lato', 'Yaz', 'Nyar', 'Natsu'];
const YEARS = ['2020', '2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '&', '.'];
const WALKS = ['qwerty', 'qwertz', 'azerty', '1qaz2wsx', 'q1w2e3r4', 'asdfgh', 'zaq12wsx'];

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export const A = {
  /** What a farm manager, a shift supervisor or a restaurant manager types. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(PLACES)}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${g.pick(VENDORS)}${g.pick(['', '_', '#', '@'])}${g.digits(g.pick([3, 4]))}${g.pick(['', '!', '$'])}`,
      () => `${cap(g.pick(WORDS))}${g.pick(['#', '!', '.', '_', '-'])}${g.digits(g.pick([2, 4]))}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(WORDS).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')}${g.pick(SYMBOLS)}${g.digits(3)}`,
    ])();
  },
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 4, 5]);
    const sep = g.pick(['-', ' ', '.', '_']);
    const words = Array.from({ length: n }, () => g.pick([...WORDS, ...PLACES.map((w) => w.toLowerCase())]));
    return g.pick([words.join(sep), words.join(sep) + g.digits(2), cap(words.join(sep)) + g.pick(SYMBOLS)]);
  },
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%^*-_+=', g.pick([14, 16, 20, 24])),
      () => g.alnum(g.pick([12, 16, 20, 28])),
      () => `${g.alnum(6)}-${g.alnum(6)}-${g.alnum(6)}`,
      () => g.base64(g.pick([18, 24, 32])).replace(/[=+/]/g, 'q'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([A.human, A.human, A.generated, A.generated, A.phrase])(g);
  },
  /** No characters that URLs, shells, XML or INI files choke on. */
  safePw(g: ExampleGen): string {
    return g
      .pick([A.human, A.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^(),.|{}[\]]/g, '');
  },
  /** Parlour, climate computer, NVR and POS back-office passwords: short, vendor or place plus digits. */
  device(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(VENDORS).toLowerCase()}${g.digits(4)}`,
      () => g.alnum(g.pick([8, 10, 12])),
      () => `${cap(g.pick(WORDS))}${g.digits(3)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(PLACES)}${g.digits(2)}${g.pick(['!', '#', ''])}`,
    ])();
  },
  wifi(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(PLACES)}${g.pick(['Guest', 'Staff', 'Farm', 'Kitchen'])}${g.digits(g.pick([2, 4]))}`,
      () => `${cap(g.pick(WORDS))}${g.pick(['', '-', '_'])}${g.pick(YEARS)}${g.pick(['', '!'])}`,
      () => g.alnum(12),
    ])();
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43]))])();
  },
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'OPENSSH PRIVATE KEY'): string {
    const head: Record<typeof kind, string> = {
      'RSA PRIVATE KEY': 'MIIEowIBAAKCAQEA',
      'PRIVATE KEY': 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ',
      'EC PRIVATE KEY': 'MHcCAQEEI',
      'OPENSSH PRIVATE KEY': 'b3BlbnNzaC1rZXktdjEAAAAA',
    };
    const body = head[kind] + g.base64(kind === 'OPENSSH PRIVATE KEY' ? 380 : kind === 'EC PRIVATE KEY' ? 160 : 640);
    return `-----BEGIN ${kind}-----\n${wrap(body, kind === 'OPENSSH PRIVATE KEY' ? 70 : 64)}\n-----END ${kind}-----`;
  },
  pubPem(g: ExampleGen): string {
    return `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${wrap(g.base64(320), 64)}\n-----END PUBLIC KEY-----`;
  },
  jwt(g: ExampleGen): string {
    return `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([120, 180, 240]))}.${g.base64url(342)}`;
  },
  jwtHs(g: ExampleGen): string {
    return `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([80, 120]))}.${g.base64url(43)}`;
  },
  // Providers of this world, shapes from their public documentation.
  deereSecret: (g: ExampleGen) => g.chars(ALNUM + '-_', 40),
  deereClientId: (g: ExampleGen) => `0oa${g.alnum(17)}`,
  owm: (g: ExampleGen) => g.hex(32),
  sentinelSecret: (g: ExampleGen) => g.chars(ALNUM + '!#%&*+-.:;<=>?@^_|~', 40),
  planet: (g: ExampleGen) => `PLAK${g.hex(32)}`,
  ttsKey: (g: ExampleGen) => `NNSXS.${g.chars(B32, 39)}.${g.chars(B32, 52)}`,
  appKey: (g: ExampleGen) => g.hex(32).toUpperCase(),
  eui: (g: ExampleGen) => g.pick([() => `70B3D57ED${g.hex(7).toUpperCase()}`, () => `A84041${g.hex(10).toUpperCase()}`, () => `0004A30B00${g.hex(6).toUpperCase()}`])(),
  squareToken: (g: ExampleGen) => `EAAA${g.base64url(60)}`,
  squareSecret: (g: ExampleGen) => `sq0csp-${g.base64url(43)}`,
  squareAppId: (g: ExampleGen) => `sq0idp-${g.base64url(22)}`,
  shopifyToken: (g: ExampleGen) => `shpat_${g.hex(32)}`,
  shopifySecret: (g: ExampleGen) => `shpss_${g.hex(32)}`,
  stripeLive: (g: ExampleGen) => `sk_live_${g.alnum(g.pick([24, 99]))}`,
  stripeRestricted: (g: ExampleGen) => `rk_live_${g.alnum(99)}`,
  stripePk: (g: ExampleGen) => `pk_live_${g.alnum(99)}`,
  stripeWebhook: (g: ExampleGen) => `whsec_${g.alnum(32)}`,
  doordashSecret: (g: ExampleGen) => g.base64url(43),
  netsuite: (g: ExampleGen) => g.hex(64),
  twilioToken: (g: ExampleGen) => g.hex(32),
  twilioSid: (g: ExampleGen) => `AC${g.hex(32)}`,
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  mailchimp: (g: ExampleGen) => `${g.hex(32)}-us${num(g, 2, 21)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  telegramBot: (g: ExampleGen) => `${g.digits(10)}:AA${g.chars(ALNUM + '_-', 33)}`,
  blynk: (g: ExampleGen) => g.chars(ALNUM + '_-', 32),
  adafruit: (g: ExampleGen) => `aio_${g.alnum(28)}`,
  thingspeak: (g: ExampleGen) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16),
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'f'),
  azureIotKey: (g: ExampleGen) => `${g.base64(43)}=`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  npmToken: (g: ExampleGen) => g.crc32Token('npm_', 30),
  mapboxSecret: (g: ExampleGen) => `sk.eyJ1Ijoi${g.base64url(40)}.${g.base64url(22)}`,
  mapboxPublic: (g: ExampleGen) => `pk.eyJ1Ijoi${g.base64url(40)}.${g.base64url(22)}`,
  googleKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '_-', 35)}`,
  openai: (g: ExampleGen) => `sk-proj-${g.chars(ALNUM + '_-', 64)}T3BlbkFJ${g.chars(ALNUM + '_-', 64)}`,
  // Look-alikes (negatives).
  lot: (g: ExampleGen) => g.pick([() => `L${g.digits(2)}-${g.digits(3)}-${g.digits(2)}`, () => `LOT${g.digits(8)}`, () => `B${g.pick(YEARS)}-${g.digits(4)}`, () => `${g.upper(2)}${g.digits(6)}`])(),
  gtin: (g: ExampleGen) => g.pick([() => `0${g.digits(13)}`, () => `87${g.digits(11)}`, () => `40${g.digits(11)}`, () => `789${g.digits(10)}`])(),
  earTag: (g: ExampleGen) => g.pick([() => `${g.pick(['276', '528', '250', '372', '826', '982'])}${g.digits(12)}`, () => `UK${g.digits(12)}`, () => `DE ${g.digits(2)} ${g.digits(3)} ${g.digits(5)}`])(),
  field: (g: ExampleGen) => g.pick([() => `F-${g.digits(3)}`, () => `PADDOCK-${g.digits(2)}`, () => `${g.pick(['North', 'Lower', 'River', 'Mill'])}-${g.digits(2)}`, () => `BL-${g.digits(4)}-${g.digits(3)}`])(),
  order: (g: ExampleGen) => g.pick([() => `#${g.digits(6)}`, () => `ORD-${g.digits(8)}`, () => `${g.upper(3)}${g.digits(7)}`, () => g.uuid()])(),
  terminal: (g: ExampleGen) => g.pick([() => `TID ${g.digits(8)}`, () => `T${g.digits(3)}`, () => `POS-${g.digits(2)}`])(),
  merchant: (g: ExampleGen) => g.pick([() => `MID ${g.digits(15)}`, () => `ML${g.upper(12)}`, () => g.digits(12)])(),
  sku: (g: ExampleGen) => `${g.upper(3)}-${g.digits(4)}${g.pick(['', '-L', '-XL', '-V'])}`,
  cert: (g: ExampleGen) => g.pick([() => `BRCGS ${g.digits(7)}`, () => `${g.pick(['NL', 'DE', 'ES', 'FR'])}-ÖKO-${g.digits(3)}`, () => `GGN ${g.digits(13)}`, () => `FSSC-${g.digits(6)}`])(),
  gln: (g: ExampleGen) => `${g.pick(['87', '40', '50', '76'])}${g.digits(11)}`,
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  bcrypt: (g: ExampleGen) => `$2y$10$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  mask: (v: string) => `${v.slice(0, 2)}${'*'.repeat(8)}${v.slice(-2)}`,
  ipv4: (g: ExampleGen, prefix = '192.168') => [prefix, ...Array.from({ length: 4 - prefix.split('.').length }, () => String(num(g, 1, 250)))].join('.'),
  mac: (g: ExampleGen) => Array.from({ length: 6 }, () => g.hex(2).toUpperCase()).join(':'),
  ticket: (g: ExampleGen) => `${g.pick(['INC', 'HD-', 'REQ', 'QA-', 'NCR-'])}${g.digits(5)}`,
  num,
};

export const PLACEHOLDERS = [
  '<password>',
  'CHANGE_ME',
  'changeme',
  'xxxxxxxx',
  '********',
  '<secret>',
  'REPLACE_ME',
  '<api-key>',
  '<your-token>',
  'your-password',
  '[REDACTED]',
  '***',
  '<Passwort>',
  '<contraseña>',
  '<senha>',
  '<mot-de-passe>',
  '<wachtwoord>',
  '<hasło>',
  '{{ vault_password }}',
];

/** Per-document kit: shorthands that mark what they write. */
export interface AK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  spw(): string;
  phrase(): string;
  dev(): string;
  wifi(): string;
  tok(): string;
  hex(n: number): string;
  prov(label: string, v: string): string;
  cs(): string;
  http(v: string): string;
  basic(user: string): string;
  bearer(): string;
  key(v: string): string;
  n(v: string): string;
  ph(): string;
  u(v: string): string;
}

export function ak(g: ExampleGen, m: Marker): AK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', A.anyPw(g)),
    hpw: () => m.secret('password', A.human(g)),
    gpw: () => m.secret('password', A.generated(g)),
    spw: () => m.secret('password', A.safePw(g)),
    phrase: () => m.secret('password', A.phrase(g)),
    dev: () => m.secret('password', A.device(g)),
    wifi: () => m.secret('password', A.wifi(g)),
    tok: () => m.secret('token', A.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', A.safePw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', A.b64(`${user}:${A.safePw(g)}`)),
    bearer: () => m.secret('http-auth', A.jwt(g)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const aDoc = docMaker(ak);
