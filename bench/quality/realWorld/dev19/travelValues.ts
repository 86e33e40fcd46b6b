// Value makers for the rw-dev19 travel part: the passwords hotel, airline and restaurant IT set (property and city
// names, seasons and years in many languages, vendor names, room-ish digits, keyboard walks, generated vault
// passwords), the tokens of hospitality integrations (PMS, channel managers, GDS, POS, delivery and payment
// providers) and the look-alikes travel files are full of (PNRs, ticket and booking numbers, property codes,
// loyalty numbers, masked cards, payment tokens, public map keys). Everything is drawn from the set's seeded
// generator at run time; no literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, num, UPNUM, wrap } from '../kit';

const WORDS = ['frontdesk', 'lobby', 'concierge', 'reception', 'nightaudit', 'housekeeping', 'banquet', 'spa', 'poolbar', 'galley', 'gate', 'checkin', 'boarding', 'kitchen', 'minibar', 'valet'];
const WORDS_INTL = ['Recepcion', 'Rezeption', 'Accueil', 'Ricevimento', 'Resepsiyon', 'Recepcao', 'Hotel', 'Otel', 'Albergo', 'Pousada', 'Kamer', 'Zimmer', 'Camera', 'Quarto', 'Oda', 'Xenodoxeio'];
const PLACES = ['Marbella', 'Cancun', 'Lisboa', 'Antalya', 'Bodrum', 'Phuket', 'Santorini', 'Mykonos', 'Dubai', 'Kyoto', 'Algarve', 'Ibiza', 'Rimini', 'Nice', 'Zermatt', 'Sanya'];
const VENDORS = ['Opera', 'Micros', 'Fidelio', 'Protel', 'Mews', 'Sabre', 'Amadeus', 'Galileo', 'Simphony', 'Toast', 'Salto', 'Vingcard', 'Onity', 'Infor', 'Hotelbeds'];
const SEASONS = ['Summer', 'Winter', 'Verano', 'Invierno', 'Sommer', 'Estate', 'Inverno', 'Ete', 'Hiver', 'Yaz', 'Kis', 'Natsu', 'Fuyu', 'Kalokairi'];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '&', '.'];
const WALKS = ['qwerty', 'qwertz', 'azerty', '1qaz2wsx', 'q1w2e3r4', 'asdfgh', 'zaq12wsx'];

export const T = {
  /** What front-office staff, property IT and integrators type. */
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
      () => `${g.alnum(5)}-${g.alnum(5)}-${g.alnum(5)}`,
      () => g.base64(g.pick([18, 24, 32])).replace(/[=+/]/g, 'q'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([T.human, T.human, T.generated, T.generated, T.phrase])(g);
  },
  /** No characters shells, URLs, XML, INI or FIAS records choke on. */
  safePw(g: ExampleGen): string {
    return g
      .pick([T.human, T.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^(),.|]/g, '');
  },
  /** Legacy GDS/host passwords (Sabre EPR, Amadeus office sign-in, airline host): 6-8 upper case and digits. */
  host(g: ExampleGen): string {
    return g.pick([() => `${g.pick(['AGENT', 'TRAVEL', 'SABRE', 'CHECK', 'GATE', 'CREW'])}${g.digits(2)}`, () => g.chars(UPNUM, g.pick([6, 8]))])();
  },
  /** Door-lock encoder, RADIUS and FIAS link secrets: short, typed by a technician. */
  device(g: ExampleGen): string {
    return g.pick([() => `${g.pick(VENDORS).toLowerCase()}${g.digits(4)}`, () => g.alnum(g.pick([10, 12, 16])), () => `${cap(g.pick(WORDS))}${g.digits(3)}${g.pick(SYMBOLS)}`])();
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43]))])();
  },
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'OPENSSH PRIVATE KEY'): string {
    const body = kind === 'OPENSSH PRIVATE KEY' ? `b3BlbnNzaC1rZXktdjEAAAAA${g.base64(380)}` : g.base64(kind === 'EC PRIVATE KEY' ? 160 : 640);
    return `-----BEGIN ${kind}-----\n${wrap(body, kind === 'OPENSSH PRIVATE KEY' ? 70 : 64)}\n-----END ${kind}-----`;
  },
  pemJson(g: ExampleGen): string {
    return `-----BEGIN PRIVATE KEY-----\\n${wrap(g.base64(640), 64).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n`;
  },
  certPem(g: ExampleGen): string {
    return `-----BEGIN CERTIFICATE-----\nMIID${wrap(g.base64(600), 64)}\n-----END CERTIFICATE-----`;
  },
  jwt(g: ExampleGen): string {
    return `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([120, 180, 240]))}.${g.base64url(342)}`;
  },
  jwtHs(g: ExampleGen): string {
    return `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([80, 120]))}.${g.base64url(43)}`;
  },
  // Providers hospitality uses, shapes from the providers' public docs.
  squareToken: (g: ExampleGen) => `EAAA${g.chars(ALNUM + '-_', 60)}`,
  squareSecret: (g: ExampleGen) => `sq0csp-${g.chars(ALNUM + '-_', 43)}`,
  squareAppId: (g: ExampleGen) => `sq0idp-${g.chars(ALNUM + '-_', 22)}`,
  stripeLive: (g: ExampleGen) => `sk_live_${g.alnum(99)}`,
  stripeTest: (g: ExampleGen) => `sk_test_${g.alnum(99)}`,
  stripeRestricted: (g: ExampleGen) => `rk_live_${g.alnum(99)}`,
  stripePub: (g: ExampleGen) => `pk_live_${g.alnum(99)}`,
  stripeWebhook: (g: ExampleGen) => `whsec_${g.alnum(32)}`,
  adyenKey: (g: ExampleGen) => `AQE${g.alnum(2)}hmfx${g.base64(76)}=-${g.base64(43)}=-${g.chars(ALNUM + '<>[]{}', 16)}`,
  adyenHmac: (g: ExampleGen) => g.hex(64).toUpperCase(),
  adyenClientKey: (g: ExampleGen) => `live_${g.upper(32)}`,
  braintree: (g: ExampleGen) => `access_token$production$${g.lower(16)}$${g.hex(32)}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'h'),
  azureSecret: (g: ExampleGen) => `${g.alnum(3)}${g.pick(['7', '8'])}Q~${g.chars(ALNUM + '_~.-', 34)}`,
  azureStorageKey: (g: ExampleGen) => `${g.base64(86).replace(/=+$/, '')}==`,
  twilioSid: (g: ExampleGen) => `AC${g.hex(32)}`,
  twilioToken: (g: ExampleGen) => g.hex(32),
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  mailgun: (g: ExampleGen) => `key-${g.hex(32)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  telegramBot: (g: ExampleGen) => `${g.digits(10)}:AA${g.chars(ALNUM + '_-', 33)}`,
  metaToken: (g: ExampleGen) => `EAA${g.pick(['G', 'B', 'J'])}${g.alnum(g.pick([160, 190]))}`,
  googleApiKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '_-', 35)}`,
  googleOauthSecret: (g: ExampleGen) => `GOCSPX-${g.chars(ALNUM + '_-', 28)}`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  openai: (g: ExampleGen) => `sk-proj-${g.chars(ALNUM + '_-', 64)}T3BlbkFJ${g.chars(ALNUM + '_-', 64)}`,
  duffel: (g: ExampleGen, env: 'live' | 'test' = 'live') => `duffel_${env}_${g.chars(ALNUM + '_-', 43)}`,
  /** Mews Connector tokens: two hex blocks (client token, access token). */
  mewsToken: (g: ExampleGen) => `${g.hex(32).toUpperCase()}-${g.hex(31).toUpperCase()}`,
  cloudbeds: (g: ExampleGen) => `cbat_${g.alnum(32)}`,
  /** Sabre session/ATK token text. */
  sabreToken: (g: ExampleGen) => `T1RLAQ${g.base64(200).replace(/\//g, 'x')}*`,
  shopifyToken: (g: ExampleGen) => `shpat_${g.hex(32)}`,
  mapboxPublic: (g: ExampleGen) => `pk.eyJ1Ijoi${g.base64url(g.pick([40, 50]))}.${g.base64url(22)}`,
  doorDashSecret: (g: ExampleGen) => g.base64url(43),
  // Look-alikes travel files are full of (negatives).
  pnr: (g: ExampleGen) => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6),
  ticketNo: (g: ExampleGen) => `${g.pick(['125', '220', '057', '074', '235', '176', '001'])}${g.digits(10)}`,
  bookingNo: (g: ExampleGen) => g.pick([() => g.digits(10), () => `${g.digits(4)}.${g.digits(3)}.${g.digits(3)}`, () => `HB-${g.digits(6)}`, () => `RES${g.digits(8)}`])(),
  confNo: (g: ExampleGen) => `${g.digits(8)}${g.pick(['', 'SB', 'EQ'])}`,
  hotelId: (g: ExampleGen) => g.digits(g.pick([6, 7])),
  propCode: (g: ExampleGen) => g.pick(['LISPR', 'MADGV', 'AYTBE', 'HKTRS', 'CUNBP', 'DXBMR', 'ROMTR', 'NCEPL']),
  loyalty: (g: ExampleGen) => g.pick([() => g.digits(9), () => `${g.upper(2)}${g.digits(8)}`, () => `${g.digits(4)} ${g.digits(4)} ${g.digits(4)}`])(),
  flight: (g: ExampleGen) => `${g.pick(['TK', 'LH', 'IB', 'TP', 'AZ', 'EK', 'TG', 'JL', 'A3', 'U2'])}${num(g, 10, 2999)}`,
  maskedCard: (g: ExampleGen) => g.pick([() => `${g.pick(['4', '5', '3'])}${g.digits(5)}******${g.digits(4)}`, () => `XXXX-XXXX-XXXX-${g.digits(4)}`, () => `**** ${g.digits(4)}`])(),
  pspRef: (g: ExampleGen) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16),
  uuid: (g: ExampleGen) => g.uuid(),
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  bcrypt: (g: ExampleGen) => `$2y$10$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  fingerprint: (g: ExampleGen) => Array.from({ length: 20 }, () => g.hex(2).toUpperCase()).join(':'),
  mask: (v: string) => `${v.slice(0, 3)}${'*'.repeat(8)}${v.slice(-2)}`,
  ipv4: (g: ExampleGen, prefix = '10') => [prefix, ...Array.from({ length: 4 - prefix.split('.').length }, () => String(num(g, 1, 250)))].join('.'),
  ticket: (g: ExampleGen) => `${g.pick(['INC', 'RITM', 'SR', 'HD-', 'TCK'])}${g.digits(6)}`,
  room: (g: ExampleGen) => `${num(g, 1, 12)}${g.digits(2)}`,
};

export const PLACEHOLDERS = [
  '<password>',
  'CHANGE_ME',
  'changeme',
  'xxxxxxxx',
  '********',
  '<secret>',
  'REPLACE_ME',
  '<client-secret>',
  '<your-token>',
  'your-password',
  '[REDACTED]',
  '***',
  '<api_key>',
  'XXXXXXXXXXXX',
  '{{password}}',
  '<contraseña>',
  '<mot-de-passe>',
  '<senha>',
];

/** Per-document kit: shorthands that mark what they write. */
export interface TK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  spw(): string;
  phrase(): string;
  host(): string;
  dev(): string;
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

export function tk(g: ExampleGen, m: Marker): TK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', T.anyPw(g)),
    hpw: () => m.secret('password', T.human(g)),
    gpw: () => m.secret('password', T.generated(g)),
    spw: () => m.secret('password', T.safePw(g)),
    phrase: () => m.secret('password', T.phrase(g)),
    host: () => m.secret('password', T.host(g)),
    dev: () => m.secret('password', T.device(g)),
    tok: () => m.secret('token', T.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', T.safePw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', T.b64(`${user}:${T.safePw(g)}`)),
    bearer: () => m.secret('http-auth', T.jwt(g)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const tDoc = docMaker(tk);
