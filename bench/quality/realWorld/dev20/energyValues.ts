// Value makers for the rw-dev20 energy part: the passwords plant, grid and OT engineers set (substation and plant
// names, vendor names, years and seasons in many languages, keyboard walks, generated vault passwords), the keys of
// their world (DLMS/COSEM hex keys, OCPP charge point keys, historian and market API keys, VPN PSKs, SNMP
// communities) and the look-alikes OT files are full of (tag addresses, meter serials, MPANs and EANs, IEC 61850
// names, certificate thumbprints, firmware hashes). Everything is drawn from the set's seeded generator at run time;
// no literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, num, UPNUM, wrap } from '../kit';

const WORDS = ['scada', 'turbine', 'substation', 'feeder', 'inverter', 'meter', 'pump', 'boiler', 'compressor', 'pipeline', 'reservoir', 'breaker', 'relay', 'historian', 'control', 'grid'];
const WORDS_INTL = ['Umspannwerk', 'Leitwarte', 'Kraftwerk', 'Subestacion', 'Centrale', 'Usina', 'Centrale', 'Stroom', 'Kraftverk', 'Elektrownia', 'Santral', 'Turbina', 'Pompa', 'Bomba', 'Zaehler', 'Contador'];
const PLACES = ['Nordsee', 'Rostock', 'Emden', 'Tarragona', 'Sines', 'Porto', 'Ravenna', 'Eemshaven', 'Bergen', 'Gdansk', 'Izmir', 'Borssele', 'Aalborg', 'Ourense', 'Hamar', 'Jubail'];
const VENDORS = ['Siemens', 'Wincc', 'Ignition', 'Wonderware', 'Aveva', 'Citect', 'Ifix', 'Moxa', 'Hirschmann', 'Scalance', 'Schneider', 'Abb', 'Fronius', 'Sma', 'Enercon', 'Vestas', 'Kepware'];
const SEASONS = ['Summer', 'Winter', 'Sommer', 'Verano', 'Invierno', 'Estate', 'Inverno', 'Zomer', 'Vinter', 'Lato', 'Zima', 'Yaz', 'Kis', 'Hiver'];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '&', '.'];
const WALKS = ['qwerty', 'qwertz', 'azerty', '1qaz2wsx', 'q1w2e3r4', 'asdfgh', 'zaq12wsx', 'qazwsx'];

export const E = {
  /** What control-room staff, commissioning engineers and integrators type. */
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
    return g.pick([E.human, E.human, E.generated, E.generated, E.phrase])(g);
  },
  /** No characters shells, URLs, XML, INI or switch CLIs choke on. */
  safePw(g: ExampleGen): string {
    return g
      .pick([E.human, E.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^(),.|{}[\]]/g, '');
  },
  /** PLC, RTU, relay and HMI passwords typed on a keypad or a web UI: short, often digits or vendor plus digits. */
  device(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(VENDORS).toLowerCase()}${g.digits(4)}`,
      () => g.alnum(g.pick([8, 10, 12])),
      () => `${cap(g.pick(WORDS))}${g.digits(3)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(PLACES)}${g.digits(2)}${g.pick(['!', '#', ''])}`,
    ])();
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43]))])();
  },
  /** DLMS/COSEM AES-128 keys (global unicast encryption, authentication, HLS secret) as 32 hex digits. */
  dlmsKey: (g: ExampleGen) => g.pick([() => g.hex(32).toUpperCase(), () => g.hex(32)])(),
  /** OCPP 1.6 security profile 1/2 AuthorizationKey: 16 to 40 characters, often hex. */
  ocppKey: (g: ExampleGen) => g.pick([() => g.hex(40), () => g.alnum(g.pick([20, 32])), () => g.hex(32).toUpperCase()])(),
  snmpCommunity: (g: ExampleGen) => g.pick([() => `${g.pick(WORDS)}${g.pick(['_ro', '_rw', 'RO', 'RW', ''])}${g.digits(3)}`, () => g.alnum(12), () => `${g.pick(PLACES)}${g.digits(2)}`])(),
  psk: (g: ExampleGen) => g.pick([() => g.chars(ALNUM + '!#%+-_', g.pick([24, 32])), () => `${g.pick(PLACES)}-${g.pick(WORDS)}-${g.digits(4)}!`, () => g.hex(40)])(),
  /** TeamViewer/AnyDesk session passwords as field staff read them out: short. */
  remotePw: (g: ExampleGen) => g.pick([() => g.chars('abcdefghijkmnpqrstuvwxyz23456789', g.pick([6, 8])), () => `${g.pick(VENDORS)}${g.digits(4)}!`])(),
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'OPENSSH PRIVATE KEY' | 'ENCRYPTED PRIVATE KEY'): string {
    // Real DER bodies open with a fixed ASN.1 header, so the generated ones do too.
    const head: Record<typeof kind, string> = {
      'RSA PRIVATE KEY': 'MIIEowIBAAKCAQEA',
      'PRIVATE KEY': 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ',
      'EC PRIVATE KEY': 'MHcCAQEEI',
      'OPENSSH PRIVATE KEY': 'b3BlbnNzaC1rZXktdjEAAAAA',
      'ENCRYPTED PRIVATE KEY': 'MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI',
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
  jwt(g: ExampleGen): string {
    return `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([120, 180, 240]))}.${g.base64url(342)}`;
  },
  jwtHs(g: ExampleGen): string {
    return `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([80, 120]))}.${g.base64url(43)}`;
  },
  // Providers this world uses, shapes from the providers' public docs.
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'r'),
  azureSecret: (g: ExampleGen) => `${g.alnum(3)}${g.pick(['7', '8'])}Q~${g.chars(ALNUM + '_~.-', 34)}`,
  azureStorageKey: (g: ExampleGen) => `${g.base64(86).replace(/=+$/, '')}==`,
  azureIotKey: (g: ExampleGen) => `${g.base64(43)}=`,
  influxToken: (g: ExampleGen) => `${g.base64url(86)}==`,
  grafanaSa: (g: ExampleGen) => `glsa_${g.alnum(32)}_${g.hex(8)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  teamsHook: (g: ExampleGen) => `https://contoso.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.hex(32)}/${g.uuid()}/V2${g.alnum(43)}`,
  telegramBot: (g: ExampleGen) => `${g.digits(10)}:AA${g.chars(ALNUM + '_-', 33)}`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  gitlabPat: (g: ExampleGen) => `glpat-${g.chars(ALNUM + '_-', 20)}`,
  twilioToken: (g: ExampleGen) => g.hex(32),
  twilioSid: (g: ExampleGen) => `AC${g.hex(32)}`,
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  googleApiKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '_-', 35)}`,
  esriApiKey: (g: ExampleGen) => `AAPK${g.hex(32)}${g.chars(ALNUM + '_-', 64)}`,
  openai: (g: ExampleGen) => `sk-proj-${g.chars(ALNUM + '_-', 64)}T3BlbkFJ${g.chars(ALNUM + '_-', 64)}`,
  datadog: (g: ExampleGen) => g.hex(32),
  hivemq: (g: ExampleGen) => g.chars(ALNUM, 16),
  // Look-alikes OT files are full of (negatives).
  modbusAddr: (g: ExampleGen) => g.pick([() => `4${g.digits(4)}`, () => `3${g.digits(4)}`, () => `%MW${num(g, 0, 999)}`, () => `DB${num(g, 1, 200)}.DBD${num(g, 0, 400)}`])(),
  opcNode: (g: ExampleGen) => g.pick([() => `ns=2;s=${g.pick(['Line1', 'Pump3', 'Feeder12', 'T01'])}.${g.pick(['Temp', 'Flow', 'Pressure', 'ActivePower'])}`, () => `ns=3;i=${g.digits(4)}`])(),
  meterSerial: (g: ExampleGen) => g.pick([() => `${g.pick(['LGZ', 'ITR', 'ISK', 'EMH', 'KAM'])}${g.digits(8)}`, () => g.digits(8), () => `1${g.pick(['LGZ', 'EMH', 'ESY'])}00${g.digits(8)}`])(),
  mpan: (g: ExampleGen) => `${g.pick(['10', '12', '14', '16', '19', '22'])}${g.digits(11)}`,
  ean: (g: ExampleGen) => `871${g.digits(15)}`,
  meloId: (g: ExampleGen) => `DE${g.digits(11)}`,
  malo: (g: ExampleGen) => `${num(g, 10000, 99999)}${g.digits(6)}`,
  iec61850: (g: ExampleGen) => g.pick(['LD0/LLN0', 'PROT/PTOC1', 'MEAS/MMXU1', 'CTRL/XCBR1', 'PROT/PDIS1', 'LD0/LPHD1', 'CTRL/CSWI1']),
  thumbprint: (g: ExampleGen) => g.hex(40).toUpperCase(),
  fingerprint: (g: ExampleGen) => Array.from({ length: 20 }, () => g.hex(2).toUpperCase()).join(':'),
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  bcrypt: (g: ExampleGen) => `$2y$10$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  sha512crypt: (g: ExampleGen) => `$6$${g.chars('./0123456789abcdefghijklmnopqrstuvwxyz', 16)}$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 86)}`,
  mosqHash: (g: ExampleGen) => `$7$101$${g.base64(16)}$${g.base64(86)}==`,
  ciscoType8: (g: ExampleGen) => `$8$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 14)}$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 43)}`,
  mask: (v: string) => `${v.slice(0, 2)}${'*'.repeat(8)}${v.slice(-2)}`,
  ipv4: (g: ExampleGen, prefix = '10') => [prefix, ...Array.from({ length: 4 - prefix.split('.').length }, () => String(num(g, 1, 250)))].join('.'),
  mac: (g: ExampleGen) => Array.from({ length: 6 }, () => g.hex(2).toUpperCase()).join(':'),
  ticket: (g: ExampleGen) => `${g.pick(['INC', 'CHG', 'RITM', 'WO-', 'OT-'])}${g.digits(6)}`,
  tvId: (g: ExampleGen) => `${num(g, 1, 1)}${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`,
  anydeskId: (g: ExampleGen) => `${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`,
  serial: (g: ExampleGen) => g.chars(UPNUM, 12),
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
  'XXXXXXXXXXXX',
  '{{ vault_password }}',
  '<contraseña>',
  '<mot-de-passe>',
  '<senha>',
  '<hasło>',
];

/** Per-document kit: shorthands that mark what they write. */
export interface EK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  spw(): string;
  phrase(): string;
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

export function ek(g: ExampleGen, m: Marker): EK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', E.anyPw(g)),
    hpw: () => m.secret('password', E.human(g)),
    gpw: () => m.secret('password', E.generated(g)),
    spw: () => m.secret('password', E.safePw(g)),
    phrase: () => m.secret('password', E.phrase(g)),
    dev: () => m.secret('password', E.device(g)),
    tok: () => m.secret('token', E.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', E.safePw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', E.b64(`${user}:${E.safePw(g)}`)),
    bearer: () => m.secret('http-auth', E.jwt(g)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const eDoc = docMaker(ek);
