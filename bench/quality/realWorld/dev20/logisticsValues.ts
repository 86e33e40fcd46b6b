// Value makers for the rw-dev20 logistics part: the passwords carrier, forwarder, 3PL, warehouse and fleet people
// set (depot and port names, seasons and years in many languages, carrier and WMS vendor names, dock numbers,
// keyboard walks, generated vault passwords), the keys of carrier, freight, telematics, maps and marketplace APIs,
// and the look-alikes logistics files are full of (tracking numbers, ISO 6346 container numbers, SSCCs, AWBs,
// EORI/VAT ids, GLNs, seal numbers, VINs). Everything is drawn from the set's seeded generator at run time; no
// literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, num, UPNUM, wrap } from '../kit';

const WORDS = ['dispatch', 'warehouse', 'forklift', 'pallet', 'dock', 'yard', 'depot', 'cargo', 'freight', 'trucker', 'loading', 'picking', 'shipping', 'customs', 'reefer', 'crossdock'];
const WORDS_INTL = ['Lager', 'Magazyn', 'Almacen', 'Entrepot', 'Magazzino', 'Armazem', 'Depo', 'Spedition', 'Transporte', 'Vracht', 'Ladung', 'Camion', 'Kamyon', 'Paczka', 'Douane', 'Zoll'];
const PLACES = ['Rotterdam', 'Hamburg', 'Antwerpen', 'Venlo', 'Duisburg', 'Gdansk', 'Poznan', 'Valencia', 'Algeciras', 'Genova', 'Mersin', 'Constanta', 'Memphis', 'Louisville', 'Santos', 'Ningbo'];
const VENDORS = ['Manhattan', 'BlueYonder', 'Descartes', 'Samsara', 'Geotab', 'Zebra', 'Honeywell', 'Webfleet', 'Kuehne', 'Maersk', 'Hapag', 'Flexport', 'Odoo', 'Traccar', 'Sendcloud'];
const SEASONS = ['Summer', 'Winter', 'Sommer', 'Verano', 'Invierno', 'Zomer', 'Lato', 'Zima', 'Estate', 'Inverno', 'Ete', 'Hiver', 'Yaz', 'Kis', 'Iarna'];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '&', '.'];
const WALKS = ['qwerty', 'qwertz', 'azerty', '1qaz2wsx', 'q1w2e3r4', 'asdfgh', 'zaq12wsx'];

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** ISO 6346 check digit: letters valued 10..38 skipping multiples of 11, weights 2^i, mod 11 mod 10. */
function isoCheck(code: string): number {
  const values: Record<string, number> = {};
  let v = 10;
  for (const ch of UPPER) {
    if (v % 11 === 0) v++;
    values[ch] = v++;
  }
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (values[code[i]!] ?? Number(code[i])) * 2 ** i;
  return (sum % 11) % 10;
}

/** GS1 mod-10 check digit (SSCC, GLN, GTIN). */
function gs1Check(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[digits.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

export const L = {
  /** What dispatchers, warehouse leads, drivers and integrators type. */
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
      () => g.base64(g.pick([18, 24, 32])).replace(/[=+/]/g, 'k'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([L.human, L.human, L.generated, L.generated, L.phrase])(g);
  },
  /** No characters shells, URLs, XML, INI, EDI segments or SMS commands choke on. */
  safePw(g: ExampleGen): string {
    return g
      .pick([L.human, L.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^(),.|~-]/g, '');
  },
  /** X12 ISA02/ISA04 and EDIFACT UNB passwords: 10 upper case and digits, or shorter and padded by the sender. */
  edi(g: ExampleGen): string {
    return g.pick([() => g.chars(UPNUM, 10), () => `${g.pick(['EDI', 'VAN', 'AS2', 'ISA'])}${g.digits(4)}${g.upper(3)}`, () => `${g.upper(4)}${g.digits(6)}`])();
  },
  /** Device PINs and passwords (RF guns, printers, GPS trackers): typed by a technician. */
  device(g: ExampleGen): string {
    return g.pick([() => `${g.pick(VENDORS).toLowerCase()}${g.digits(4)}`, () => g.alnum(g.pick([10, 12, 16])), () => `${cap(g.pick(WORDS))}${g.digits(3)}${g.pick(SYMBOLS)}`])();
  },
  /** Wi-Fi PSKs of warehouse SSIDs. */
  psk(g: ExampleGen): string {
    return g.pick([() => `${cap(g.pick(WORDS))}${g.pick(PLACES)}${g.digits(4)}`, () => g.alnum(g.pick([16, 20, 24])), () => `${g.pick(WORDS_INTL)}-${g.pick(YEARS)}-${g.alnum(4)}`])();
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43]))])();
  },
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'OPENSSH PRIVATE KEY' | 'ENCRYPTED PRIVATE KEY'): string {
    const body = kind === 'OPENSSH PRIVATE KEY' ? `b3BlbnNzaC1rZXktdjEAAAAA${g.base64(380)}` : g.base64(kind === 'EC PRIVATE KEY' ? 160 : 640);
    return `-----BEGIN ${kind}-----\n${wrap(body, kind === 'OPENSSH PRIVATE KEY' ? 70 : 64)}\n-----END ${kind}-----`;
  },
  pemJson(g: ExampleGen): string {
    return `-----BEGIN PRIVATE KEY-----\\n${wrap(g.base64(640), 64).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n`;
  },
  certPem(g: ExampleGen): string {
    return `-----BEGIN CERTIFICATE-----\nMIID${wrap(g.base64(600), 64)}\n-----END CERTIFICATE-----`;
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
  // Carrier, freight and telematics keys, shapes from the providers' public docs.
  upsClientId: (g: ExampleGen) => g.alnum(48),
  upsClientSecret: (g: ExampleGen) => g.alnum(64),
  upsLicense: (g: ExampleGen) => g.hex(16).toUpperCase(),
  fedexKey: (g: ExampleGen) => `l7${g.hex(30)}`,
  fedexSecret: (g: ExampleGen) => g.hex(32),
  dhlKey: (g: ExampleGen) => g.alnum(32),
  dhlSecret: (g: ExampleGen) => g.alnum(16),
  uspsUserId: (g: ExampleGen) => `${g.digits(3)}${g.upper(g.pick([5, 6]))}${g.digits(4)}`,
  canadaPostUser: (g: ExampleGen) => g.hex(16),
  canadaPostPass: (g: ExampleGen) => g.hex(22),
  shippoLive: (g: ExampleGen) => `shippo_live_${g.hex(40)}`,
  shippoTest: (g: ExampleGen) => `shippo_test_${g.hex(40)}`,
  easypostProd: (g: ExampleGen) => `EZAK${g.hex(54)}`,
  easypostTest: (g: ExampleGen) => `EZTK${g.hex(54)}`,
  shipEngine: (g: ExampleGen) => g.base64url(43).replace(/^[-_]/, 'Q'),
  shipEngineTest: (g: ExampleGen) => `TEST_${g.base64url(43).replace(/^[-_]/, 'Q')}`,
  samsara: (g: ExampleGen) => `samsara_api_${g.alnum(30)}`,
  mapboxSecret: (g: ExampleGen) => `sk.eyJ1Ijoi${g.base64url(g.pick([40, 50]))}.${g.base64url(22)}`,
  mapboxPublic: (g: ExampleGen) => `pk.eyJ1Ijoi${g.base64url(g.pick([40, 50]))}.${g.base64url(22)}`,
  googleApiKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '_-', 35)}`,
  hereKey: (g: ExampleGen) => g.base64url(43).replace(/^[-_]/, 'h'),
  shopifyToken: (g: ExampleGen) => `shpat_${g.hex(32)}`,
  wooKey: (g: ExampleGen) => `ck_${g.hex(40)}`,
  wooSecret: (g: ExampleGen) => `cs_${g.hex(40)}`,
  lwaRefresh: (g: ExampleGen) => `Atzr|${g.base64url(g.pick([300, 340])).replace(/-/g, 'Q')}`,
  lwaClientId: (g: ExampleGen) => `amzn1.application-oa2-client.${g.hex(32)}`,
  lwaClientSecret: (g: ExampleGen) => `amzn1.oa2-cs.v1.${g.hex(64)}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'm'),
  azureStorageKey: (g: ExampleGen) => `${g.base64(86).replace(/=+$/, '')}==`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  twilioSid: (g: ExampleGen) => `AC${g.hex(32)}`,
  twilioToken: (g: ExampleGen) => g.hex(32),
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  telegramBot: (g: ExampleGen) => `${g.digits(10)}:AA${g.chars(ALNUM + '_-', 33)}`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  stripeLive: (g: ExampleGen) => `sk_live_${g.alnum(99)}`,
  sentryDsn: (g: ExampleGen) => `https://${g.hex(32)}@o${g.digits(6)}.ingest.sentry.io/${g.digits(7)}`,
  // Look-alikes logistics files are full of (negatives).
  upsTracking: (g: ExampleGen) => `1Z${g.chars(UPNUM, 6)}${g.digits(10)}`,
  fedexTracking: (g: ExampleGen) => g.digits(12),
  dhlTracking: (g: ExampleGen) => g.digits(10),
  parcelTracking: (g: ExampleGen) =>
    g.pick([() => `JJD${g.digits(18)}`, () => `00340434${g.digits(12)}`, () => `3S${g.upper(4)}${g.digits(9)}`, () => `${g.upper(2)}${g.digits(9)}${g.pick(['DE', 'NL', 'FR', 'PL', 'US'])}`])(),
  container(g: ExampleGen): string {
    const code = `${g.pick(['MSK', 'MSC', 'HLX', 'CMA', 'TGH', 'TCL', 'OOL', 'EGH', 'CSQ', 'HAM'])}U${g.digits(6)}`;
    return `${code}${isoCheck(code)}`;
  },
  sscc(g: ExampleGen): string {
    const d = `${g.digits(1)}${g.pick(['4012345', '8712345', '5901234', '8412345'])}${g.digits(9)}`;
    return `${d}${gs1Check(d)}`;
  },
  gln(g: ExampleGen): string {
    const d = `${g.pick(['40', '87', '59', '84', '30'])}${g.digits(10)}`;
    return `${d}${gs1Check(d)}`;
  },
  awb: (g: ExampleGen) => `${g.pick(['020', '057', '074', '176', '235', '618', '297'])}-${g.digits(8)}`,
  booking: (g: ExampleGen) => g.pick([() => g.digits(9), () => `${g.upper(3)}${g.digits(7)}`, () => `BKG-${g.digits(6)}`, () => `${g.pick(['HLCU', 'MAEU', 'CMDU'])}${g.chars(UPNUM, 8)}`])(),
  po: (g: ExampleGen) => g.pick([() => `PO-${g.digits(6)}`, () => `45${g.digits(8)}`, () => `PO${g.digits(7)}`])(),
  eori: (g: ExampleGen) => g.pick([() => `DE${g.digits(g.pick([7, 12]))}`, () => `GB${g.digits(12)}`, () => `NL${g.digits(9)}`, () => `PL${g.digits(10)}00000`])(),
  vat: (g: ExampleGen) => g.pick([() => `DE${g.digits(9)}`, () => `NL${g.digits(9)}B01`, () => `FR${g.digits(11)}`, () => `ESB${g.digits(8)}`])(),
  seal: (g: ExampleGen) => `${g.pick(['ML', 'HL', 'CM', 'SN'])}-${g.digits(7)}`,
  vin: (g: ExampleGen) => `${g.pick(['WDB', 'WMA', 'YV2', 'VF6', 'XLR', '1FU'])}${g.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 14)}`,
  driverId: (g: ExampleGen) => `DRV-${g.digits(5)}`,
  plate: (g: ExampleGen) => g.pick([() => `${g.upper(2)}-${g.upper(2)} ${g.digits(4)}`, () => `${g.digits(2)}-${g.upper(3)}-${g.digits(1)}`, () => `${g.upper(3)} ${g.digits(5)}`])(),
  imo: (g: ExampleGen) => `IMO ${g.digits(7)}`,
  hs: (g: ExampleGen) => `${g.digits(4)}.${g.digits(2)}.${g.digits(2)}`,
  meter: (g: ExampleGen) => g.digits(9),
  account: (g: ExampleGen) => g.digits(9),
  upsAccount: (g: ExampleGen) => g.chars(UPNUM, 6),
  uuid: (g: ExampleGen) => g.uuid(),
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  bcrypt: (g: ExampleGen) => `$2y$10$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  fingerprint: (g: ExampleGen) => Array.from({ length: 20 }, () => g.hex(2).toUpperCase()).join(':'),
  mask: (v: string) => `${v.slice(0, 3)}${'*'.repeat(8)}${v.slice(-2)}`,
  ipv4: (g: ExampleGen, prefix = '10') => [prefix, ...Array.from({ length: 4 - prefix.split('.').length }, () => String(num(g, 1, 250)))].join('.'),
  ticket: (g: ExampleGen) => `${g.pick(['INC', 'RITM', 'SR', 'WMS-', 'TMS-'])}${g.digits(6)}`,
  dock: (g: ExampleGen) => `${num(g, 1, 48)}`,
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
  '<client-secret>',
  '<your-api-key>',
  'your-password',
  '[REDACTED]',
  '***',
  '<api_key>',
  'XXXXXXXXXXXX',
  '{{password}}',
  '<Passwort>',
  '<hasło>',
  '<wachtwoord>',
  '<contraseña>',
];

/** Per-document kit: shorthands that mark what they write. */
export interface LK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  spw(): string;
  phrase(): string;
  edi(): string;
  dev(): string;
  psk(): string;
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

export function lk(g: ExampleGen, m: Marker): LK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', L.anyPw(g)),
    hpw: () => m.secret('password', L.human(g)),
    gpw: () => m.secret('password', L.generated(g)),
    spw: () => m.secret('password', L.safePw(g)),
    phrase: () => m.secret('password', L.phrase(g)),
    edi: () => m.secret('password', L.edi(g)),
    dev: () => m.secret('password', L.device(g)),
    psk: () => m.secret('password', L.psk(g)),
    tok: () => m.secret('token', L.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', L.safePw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', L.b64(`${user}:${L.safePw(g)}`)),
    bearer: () => m.secret('http-auth', L.jwt(g)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const lDoc = docMaker(lk);
