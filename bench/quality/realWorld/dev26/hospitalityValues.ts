// Value makers for the rw-dev26 hospitality part: the passwords hotel, restaurant and event people set (property
// names, cities, seasons and dishes in many languages, room numbers, keyboard walks, generated vendor passwords), the
// keys of their vendors (PMS, channel managers, POS, delivery platforms, ticketing, payments, newsletters) and the
// look-alikes their files are full of (confirmation numbers, PNRs, folios, room and rate codes, loyalty ids, promo
// codes, masked cards, publishable keys). Everything is drawn from the set's seeded generator at run time; no literal
// secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, num, UPNUM, wrap } from '../kit';

const HOTELS = ['Seeblick', 'Alpenrose', 'Miramar', 'Bellavista', 'Excelsior', 'Belvedere', 'Riviera', 'Panorama', 'Lindenhof', 'Posthorn', 'Savoy', 'Majestic', 'Kastro', 'Poseidon', 'Sultan', 'Sakura'];
const CITIES = ['Lisboa', 'Sevilla', 'Napoli', 'Santorini', 'Antalya', 'Dubrovnik', 'Praha', 'Phuket', 'Kyoto', 'Marrakech', 'Salzburg', 'Brugge', 'Porto', 'Nice', 'Bodrum', 'Split'];
const WORDS = ['reception', 'frontdesk', 'nightaudit', 'kitchen', 'banquet', 'minibar', 'concierge', 'housekeeping', 'spa', 'lobby', 'terrace', 'boxoffice', 'festival', 'catering', 'rooftop', 'bistro'];
const WORDS_INTL = ['Rezeption', 'Empfang', 'Cucina', 'Cocina', 'Cuisine', 'Recepcao', 'Hausdame', 'Frühstück', 'Colazione', 'Desayuno', 'Kahvalti', 'Mutfak', 'Kouzina', 'Recepce', 'Kuhinja', 'Spiaggia'];
const SEASONS = ['Summer', 'Winter', 'Sommer', 'Verano', 'Invierno', 'Estate', 'Inverno', 'Ete', 'Hiver', 'Yaz', 'Kis', 'Leto', 'Zima', 'Kalokairi'];
const YEARS = ['2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '&', '.'];
const WALKS = ['qwertz', 'qwerty', 'azerty', '1qaz2wsx', 'q1w2e3r4', 'asdfgh', 'zaq12wsx'];
const VENDORS = ['Opera', 'Protel', 'Mews', 'Fidelio', 'Micros', 'Simphony', 'Toast', 'Salto', 'Vostio', 'Visionline', 'Dormakaba', 'Lightspeed', 'Revel', 'Suite8'];

export const H = {
  /** What front-desk, kitchen and box-office staff type. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(HOTELS)}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${g.pick(CITIES)}${g.pick(['', '_', '#', '@'])}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '$'])}`,
      () => `${cap(g.pick(WORDS))}${g.pick(['#', '!', '.', '_', '-'])}${g.digits(g.pick([3, 4]))}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(VENDORS)}${g.pick(['', '_', '#', '@'])}${g.digits(g.pick([3, 4]))}${g.pick(['', '!', '$'])}`,
      () => `Zimmer${num(g, 101, 640)}${g.pick(SYMBOLS)}${g.pick(YEARS).slice(2)}`,
    ])();
  },
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 4]);
    const sep = g.pick(['-', ' ', '.', '_']);
    const words = Array.from({ length: n }, () => g.pick([...WORDS, ...CITIES.map((w) => w.toLowerCase())]));
    return g.pick([words.join(sep) + g.digits(2), cap(words.join(sep)) + g.pick(SYMBOLS)]);
  },
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%^*-_+=', g.pick([14, 16, 20, 24])),
      () => g.alnum(g.pick([12, 16, 20])),
      () => `${g.alnum(5)}-${g.alnum(5)}-${g.alnum(5)}`,
      () => g.base64(g.pick([18, 24])).replace(/[=+/]/g, 'q'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([H.human, H.human, H.generated, H.generated, H.phrase])(g);
  },
  /** No characters shells, URLs, XML, INI or connection strings choke on. */
  safePw(g: ExampleGen): string {
    return g
      .pick([H.human, H.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^(),.|{}[\]]/g, '');
  },
  /** Door-lock encoders, hotspot controllers, PBX and IPTV admin pages: short, vendor plus digits. */
  device(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(VENDORS).toLowerCase()}${g.digits(4)}`,
      () => g.alnum(g.pick([8, 10])),
      () => `${cap(g.pick(WORDS))}${g.digits(3)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(HOTELS)}${g.digits(2)}${g.pick(['!', '#', ''])}`,
    ])();
  },
  /** Guest Wi-Fi PSKs as printed in the welcome letter. */
  wifi(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(HOTELS)}${g.pick(['Guest', 'Gast', 'Ospite', 'Huesped'])}${g.pick(YEARS)}`,
      () => `${g.pick(CITIES).toLowerCase()}${g.digits(4)}`,
      () => g.chars('abcdefghjkmnpqrstuvwxyz23456789', 10),
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
      'RSA PRIVATE KEY': 'MIIEpAIBAAKCAQEA',
      'PRIVATE KEY': 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ',
      'EC PRIVATE KEY': 'MHcCAQEEI',
      'OPENSSH PRIVATE KEY': 'b3BlbnNzaC1rZXktdjEAAAAA',
    };
    const body = head[kind] + g.base64(kind === 'OPENSSH PRIVATE KEY' ? 380 : kind === 'EC PRIVATE KEY' ? 160 : 640);
    return `-----BEGIN ${kind}-----\n${wrap(body, kind === 'OPENSSH PRIVATE KEY' ? 70 : 64)}\n-----END ${kind}-----`;
  },
  certPem(g: ExampleGen): string {
    return `-----BEGIN CERTIFICATE-----\nMIID${wrap(g.base64(600), 64)}\n-----END CERTIFICATE-----`;
  },
  pubPem(g: ExampleGen): string {
    return `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${wrap(g.base64(320), 64)}\n-----END PUBLIC KEY-----`;
  },
  sshPub: (g: ExampleGen) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)} nightaudit@pms-01`,
  jwt(g: ExampleGen): string {
    return `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([120, 180, 240]))}.${g.base64url(342)}`;
  },
  jwtHs(g: ExampleGen): string {
    return `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([80, 120]))}.${g.base64url(43)}`;
  },
  // Vendors of this world, shapes from their public documentation.
  mewsToken: (g: ExampleGen) => `${g.hex(32).toUpperCase()}-${g.hex(31).toUpperCase()}`,
  cloudbeds: (g: ExampleGen) => `cbat_${g.alnum(32)}`,
  squareToken: (g: ExampleGen) => `EAAA${g.chars(ALNUM + '-_', 60)}`,
  squareSecret: (g: ExampleGen) => `sq0csp-${g.chars(ALNUM + '-_', 43)}`,
  squareAppId: (g: ExampleGen) => `sq0idp-${g.chars(ALNUM + '-_', 22)}`,
  stripeSecret: (g: ExampleGen, mode: 'live' | 'test' = 'live') => `sk_${mode}_${g.pick(['51', '4e'])}${g.alnum(g.pick([22, 97]))}`,
  stripeRestricted: (g: ExampleGen) => `rk_live_51${g.alnum(97)}`,
  stripePub: (g: ExampleGen, mode: 'live' | 'test' = 'live') => `pk_${mode}_51${g.alnum(97)}`,
  stripeWebhook: (g: ExampleGen) => `whsec_${g.alnum(32)}`,
  adyenKey: (g: ExampleGen) => `AQE${g.pick(['yhmfxK', 'thmfxK', 'rhmfuX'])}${g.base64(84)}==-${g.base64(43)}=-${g.chars(ALNUM + '<>()[]{}', 16)}`,
  adyenHmac: (g: ExampleGen) => g.hex(64).toUpperCase(),
  adyenClientKey: (g: ExampleGen) => `live_${g.upper(32)}`,
  mollie: (g: ExampleGen, mode: 'live' | 'test' = 'live') => `${mode}_${g.alnum(30)}`,
  mollieOrg: (g: ExampleGen) => `access_${g.alnum(40)}`,
  shopifyAdmin: (g: ExampleGen) => `shpat_${g.hex(32)}`,
  shopifySecret: (g: ExampleGen) => `shpss_${g.hex(32)}`,
  mailchimp: (g: ExampleGen) => `${g.hex(32)}-us${num(g, 1, 21)}`,
  klaviyo: (g: ExampleGen) => `pk_${g.hex(34)}`,
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  twilioSid: (g: ExampleGen) => `AC${g.hex(32)}`,
  twilioKeySid: (g: ExampleGen) => `SK${g.hex(32)}`,
  twilioToken: (g: ExampleGen) => g.hex(32),
  eventbrite: (g: ExampleGen) => g.chars(UPNUM, 20),
  ticketTailor: (g: ExampleGen) => `sk_${g.digits(4)}_${g.digits(6)}_${g.hex(32)}`,
  tito: (g: ExampleGen) => `secret_live_${g.alnum(20)}`,
  ticketmaster: (g: ExampleGen) => g.alnum(32),
  sumup: (g: ExampleGen) => `sup_sk_${g.alnum(32)}`,
  wooKey: (g: ExampleGen) => `ck_${g.hex(40)}`,
  wooSecret: (g: ExampleGen) => `cs_${g.hex(40)}`,
  googleApiKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '_-', 35)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  telegramBot: (g: ExampleGen) => `${g.digits(10)}:AA${g.chars(ALNUM + '_-', 33)}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'h'),
  azureSecret: (g: ExampleGen) => `${g.alnum(3)}${g.pick(['7', '8'])}Q~${g.chars(ALNUM + '_~.-', 34)}`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  wpSalt: (g: ExampleGen) => g.chars(ALNUM + '!#%^*()-_=+[]{}<>~|;:,.', 64),
  doordashSecret: (g: ExampleGen) => g.base64url(43),
  // Look-alikes (negatives).
  confirmation: (g: ExampleGen) => g.pick([() => `${g.digits(10)}`, () => `${g.upper(2)}${g.digits(8)}`, () => `RES-${g.digits(7)}`, () => `${g.digits(4)}.${g.digits(3)}.${g.digits(3)}`])(),
  pnr: (g: ExampleGen) => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6),
  folio: (g: ExampleGen) => `${g.pick(['F', 'FOL-', 'INV-', 'RG'])}${g.digits(g.pick([6, 7]))}`,
  room: (g: ExampleGen) => String(num(g, 101, 845)),
  rateCode: (g: ExampleGen) => g.pick(['BAR', 'BAR-FLEX', 'NRF', 'CORP01', 'AAA', 'PKG-SPA', 'HB', 'BB', 'GRP-WED', 'OTA-NR']),
  propertyCode: (g: ExampleGen) => `${g.upper(3)}${g.pick(['HTL', 'RES', ''])}${g.digits(2)}`,
  loyalty: (g: ExampleGen) => g.pick([() => g.digits(9), () => `${g.upper(2)}${g.digits(9)}`])(),
  promo: (g: ExampleGen) => `${g.pick(['SUMMER', 'EARLYBIRD', 'WELCOME', 'FESTIVAL', 'BRUNCH', 'STAY3PAY2', 'VIP'])}${g.pick(['10', '15', '20', '25', '2026', ''])}`,
  giftCard: (g: ExampleGen) => `${g.pick(['6035', '7777', '6280'])} **** **** ${g.digits(4)}`,
  maskedCard: (g: ExampleGen) => g.pick([() => `**** **** **** ${g.digits(4)}`, () => `${g.pick(['4', '5'])}${g.digits(5)}******${g.digits(4)}`, () => `XXXX-${g.digits(4)}`])(),
  barcode: (g: ExampleGen) => g.pick([() => g.digits(16), () => `TKT-${g.upper(4)}-${g.digits(6)}`, () => `${g.digits(12)}001`])(),
  eventId: (g: ExampleGen) => g.digits(12),
  iata: (g: ExampleGen) => g.digits(8),
  vat: (g: ExampleGen) => g.pick([() => `DE${g.digits(9)}`, () => `ATU${g.digits(8)}`, () => `IT${g.digits(11)}`, () => `ESB${g.digits(8)}`, () => `EL${g.digits(9)}`])(),
  iban: (g: ExampleGen) => g.pick([() => `DE${g.digits(2)} ${g.digits(4)} ${g.digits(4)} ${g.digits(4)} ${g.digits(4)} ${g.digits(2)}`, () => `ES${g.digits(22)}`, () => `PT50${g.digits(21)}`])(),
  testCard: (g: ExampleGen) => g.pick(['4242 4242 4242 4242', '4000 0000 0000 3220', '5555 5555 5555 4444', '4111 1111 1111 1111']),
  ssid: (g: ExampleGen) => `${g.pick(HOTELS)}_${g.pick(['Guest', 'Staff', 'Conference', 'Lobby', 'POS', 'IoT'])}`,
  voucher: (g: ExampleGen) => `${g.digits(5)}-${g.digits(5)}`,
  siteCode: (g: ExampleGen) => g.digits(g.pick([6, 8])),
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  bcrypt: (g: ExampleGen) => `$2y$10$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  wpHash: (g: ExampleGen) => `$P$B${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 30)}`,
  thumbprint: (g: ExampleGen) => g.hex(40).toUpperCase(),
  ipv4: (g: ExampleGen, prefix = '10') => [prefix, ...Array.from({ length: 4 - prefix.split('.').length }, () => String(num(g, 1, 250)))].join('.'),
  mac: (g: ExampleGen) => Array.from({ length: 6 }, () => g.hex(2).toUpperCase()).join(':'),
  ticket: (g: ExampleGen) => `${g.pick(['INC', 'REQ', 'MSP-', 'HD-'])}${g.digits(6)}`,
  mask: (v: string) => `${v.slice(0, 2)}${'*'.repeat(8)}${v.slice(-2)}`,
  traceId: (g: ExampleGen) => g.hex(32),
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
  '<Passwort>',
  'XXXXXXXXXXXX',
  '{{ vault_password }}',
  '<contraseña>',
  '<mot-de-passe>',
  '<senha>',
  '<parola>',
];

/** Per-document kit: shorthands that mark what they write. */
export interface HK {
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

export function hk(g: ExampleGen, m: Marker): HK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', H.anyPw(g)),
    hpw: () => m.secret('password', H.human(g)),
    gpw: () => m.secret('password', H.generated(g)),
    spw: () => m.secret('password', H.safePw(g)),
    phrase: () => m.secret('password', H.phrase(g)),
    dev: () => m.secret('password', H.device(g)),
    wifi: () => m.secret('password', H.wifi(g)),
    tok: () => m.secret('token', H.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', H.safePw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', H.b64(`${user}:${H.safePw(g)}`)),
    bearer: () => m.secret('http-auth', H.jwt(g)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const hDoc = docMaker(hk);
