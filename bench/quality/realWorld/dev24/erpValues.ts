// Value makers for the rw-dev24 erp part: the passwords SAP Basis admins, ERP consultants, EDI coordinators and
// plant IT set (plant and city names, module names, seasons and years in many languages, keyboard walks, generated
// vault passwords), the keys of their world (Business Central web service keys, NetSuite TBA secrets, ERPNext and
// Odoo API keys, SAP BTP service keys, Azure app secrets) and the look-alikes ERP files are full of (material
// numbers, batches, SAP transports, IDoc and EDI control numbers, GTINs, SSCCs, GLNs, DUNS, VAT ids, thumbprints).
// Everything is drawn from the set's seeded generator at run time; no literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, num, UPNUM, wrap } from '../kit';

const WORDS = ['warehouse', 'forklift', 'pallet', 'conveyor', 'invoice', 'purchase', 'material', 'batch', 'shipping', 'assembly', 'welding', 'paint', 'press', 'foundry', 'kanban', 'picking'];
const WORDS_INTL = ['Lager', 'Werk', 'Fertigung', 'Einkauf', 'Magazzino', 'Almacen', 'Entrepot', 'Magazyn', 'Sklad', 'Fabrika', 'Deposito', 'Produzione', 'Fabrica', 'Versand', 'Usine', 'Montaz'];
const PLACES = ['Walldorf', 'Ingolstadt', 'Wolfsburg', 'Stuttgart', 'Brno', 'Katowice', 'Bologna', 'Monterrey', 'Suzhou', 'Pune', 'Bursa', 'Curitiba', 'Lyon', 'Linz', 'Eindhoven', 'Nagoya', 'Ulsan', 'Gyor'];
const VENDORS = ['Sap', 'Abap', 'Basis', 'Navision', 'Dynamics', 'Odoo', 'Epicor', 'Infor', 'Sage', 'Kepware', 'Ignition', 'Zebra', 'Bartender', 'Teamcenter', 'Windchill', 'Hana', 'Jde', 'Netsuite'];
const SEASONS = ['Summer', 'Winter', 'Sommer', 'Verano', 'Invierno', 'Estate', 'Inverno', 'Zomer', 'Lato', 'Zima', 'Yaz', 'Hiver', 'Printemps', 'Fruehling'];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '&', '.', '%'];
const WALKS = ['qwertz', 'qwerty', 'azerty', '1qay2wsx', 'q1w2e3r4', 'asdfgh', 'yxcvbn', 'qayxsw'];
const COMPANIES = ['Kohlmann', 'Brixton', 'Valcor', 'Nordtec', 'Albamet', 'Hydrotek', 'Sanfor', 'Ferrolux', 'Meridia', 'Corvant'];

export const R = {
  /** What key users, Basis admins and shift leads type. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(PLACES)}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${g.pick(VENDORS)}${g.pick(['', '_', '#', '@'])}${g.digits(g.pick([3, 4]))}${g.pick(['', '!', '$'])}`,
      () => `${cap(g.pick(WORDS))}${g.pick(['#', '!', '.', '_', '-'])}${g.digits(g.pick([2, 4]))}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(COMPANIES)}${g.pick(['', '.', '#'])}${g.pick(YEARS)}${g.pick(['!', '?', '$'])}`,
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
      () => g.base64(g.pick([18, 24, 32])).replace(/[=+/]/g, 'x'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([R.human, R.human, R.generated, R.generated, R.phrase])(g);
  },
  /** No characters shells, URLs, XML, INI, ODBC strings or batch files choke on. */
  safePw(g: ExampleGen): string {
    const v = g
      .pick([R.human, R.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^(),.|{}[\]~-]/g, '');
    return v.length >= 8 ? v : v + g.alnum(8 - v.length) + g.digits(2);
  },
  /** SAP initial passwords handed out by Basis (user must change at first logon): 8 characters, SAP's generator alphabet. */
  sapInitial: (g: ExampleGen) => g.pick([() => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789', 8), () => `Init${g.digits(4)}`, () => `Start${g.digits(3)}!`])(),
  /** HMI, PLC, printer and scanner passwords typed on a keypad: short, digits or vendor plus digits. */
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
  // Keys of ERP products, shapes as their documentation and admin screens show them.
  /** Business Central / NAV web service access key: 44 characters of base64. */
  bcWsKey: (g: ExampleGen) => `${g.base64(43)}=`,
  /** NetSuite token-based auth: consumer and token ids and secrets are 64 hex digits. */
  nsHex: (g: ExampleGen) => g.hex(64),
  /** Odoo user API key: 40 hex digits. */
  odooKey: (g: ExampleGen) => g.hex(40),
  /** ERPNext / Frappe api_key and api_secret: 15 hex digits each. */
  frappe: (g: ExampleGen) => g.hex(15),
  /** SAP BTP XSUAA service key client secret: a UUID, a dollar sign and base64. */
  xsuaaSecret: (g: ExampleGen) => `${g.uuid()}$${g.base64(43).replace(/[+/]/g, '_')}=`,
  xsuaaClient: (g: ExampleGen) => `sb-${g.pick(['mes-bridge', 'erp-ext', 'qm-app'])}!t${g.digits(5)}`,
  epicorKey: (g: ExampleGen) => g.alnum(64),
  coupaKey: (g: ExampleGen) => g.chars('abcdef0123456789', 40),
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'OPENSSH PRIVATE KEY'): string {
    // Real DER bodies open with a fixed ASN.1 header, so the generated ones do too.
    const head: Record<typeof kind, string> = {
      'RSA PRIVATE KEY': 'MIIEowIBAAKCAQEA',
      'PRIVATE KEY': 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ',
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
  jwt(g: ExampleGen): string {
    return `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([120, 180, 240]))}.${g.base64url(342)}`;
  },
  // Providers this world uses, shapes from the providers' public docs.
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'q'),
  azureSecret: (g: ExampleGen) => `${g.alnum(3)}${g.pick(['7', '8'])}Q~${g.chars(ALNUM + '_~.-', 34)}`,
  azureSasKey: (g: ExampleGen) => `${g.base64(43)}=`,
  azureStorageKey: (g: ExampleGen) => `${g.base64(86).replace(/=+$/, '')}==`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  teamsHook: (g: ExampleGen) => `https://${g.pick(['kohlmann', 'valcorgroup', 'nordtec'])}.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.hex(32)}/${g.uuid()}/V2${g.alnum(43)}`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  gitlabPat: (g: ExampleGen) => `glpat-${g.chars(ALNUM + '_-', 20)}`,
  npmToken: (g: ExampleGen) => g.crc32Token('npm_', 30),
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  shopify: (g: ExampleGen) => `shpat_${g.hex(32)}`,
  stripe: (g: ExampleGen) => `sk_live_${g.alnum(g.pick([24, 99]))}`,
  googleApiKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '_-', 35)}`,
  atlassian: (g: ExampleGen) => `ATATT3xFfGF0${g.base64url(170)}=${g.hex(8).toUpperCase()}`,
  dockerPat: (g: ExampleGen) => `dckr_pat_${g.base64url(27)}`,
  datadog: (g: ExampleGen) => g.hex(32),
  twilioToken: (g: ExampleGen) => g.hex(32),
  twilioSid: (g: ExampleGen) => `AC${g.hex(32)}`,
  openai: (g: ExampleGen) => `sk-proj-${g.chars(ALNUM + '_-', 64)}T3BlbkFJ${g.chars(ALNUM + '_-', 64)}`,
  // Look-alikes ERP, EDI and shop-floor files are full of (negatives).
  matnr: (g: ExampleGen) => g.pick([() => `0000000000${g.digits(8)}`, () => `${g.upper(2)}-${g.digits(5)}-${g.digits(3)}`, () => g.digits(8)])(),
  batch: (g: ExampleGen) => g.pick([() => `CH${g.digits(8)}`, () => `${g.digits(2)}${g.upper(1)}${g.digits(5)}`, () => `L${g.digits(6)}-${g.digits(2)}`])(),
  serial: (g: ExampleGen) => g.chars(UPNUM, 12),
  transport: (g: ExampleGen) => `${g.pick(['DEV', 'D01', 'S4D', 'ECD'])}K9${g.digits(5)}`,
  idoc: (g: ExampleGen) => `0000000${g.digits(9)}`,
  po: (g: ExampleGen) => `45${g.digits(8)}`,
  delivery: (g: ExampleGen) => `80${g.digits(6)}`,
  gtin: (g: ExampleGen) => `40${g.digits(11)}`,
  sscc: (g: ExampleGen) => `(00)3${g.digits(16)}`,
  gln: (g: ExampleGen) => `43${g.digits(11)}`,
  duns: (g: ExampleGen) => `${g.digits(2)}-${g.digits(3)}-${g.digits(4)}`,
  vat: (g: ExampleGen) => g.pick([() => `DE${g.digits(9)}`, () => `IT${g.digits(11)}`, () => `PL${g.digits(10)}`, () => `CZ${g.digits(8)}`, () => `FR${g.digits(11)}`])(),
  iban: (g: ExampleGen) => g.pick([() => `DE${g.digits(2)} ${g.digits(4)} ${g.digits(4)} ${g.digits(4)} ${g.digits(4)} ${g.digits(2)}`, () => `IT${g.digits(2)}X${g.digits(10)}${g.digits(12)}`])(),
  hs: (g: ExampleGen) => `${g.digits(4)}.${g.digits(2)}.${g.digits(2)}`,
  isaCtrl: (g: ExampleGen) => g.digits(9),
  nsId: (g: ExampleGen) => String(num(g, 1000, 99999)),
  thumbprint: (g: ExampleGen) => g.hex(40).toUpperCase(),
  fingerprint: (g: ExampleGen) => Array.from({ length: 20 }, () => g.hex(2).toUpperCase()).join(':'),
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  bcrypt: (g: ExampleGen) => `$2b$12$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  pbkdf2: (g: ExampleGen) => `$pbkdf2-sha512$25000$${g.base64(22).replace(/[+=]/g, '.')}$${g.base64(86).replace(/[+=]/g, '.')}`,
  /** SAP USR02 PWDSALTEDHASH as SE16 shows it. */
  sapHash: (g: ExampleGen) => `{x-issha, 1024}${g.base64(52)}`,
  mask: (v: string) => `${v.slice(0, 2)}${'*'.repeat(8)}${v.slice(-2)}`,
  ipv4: (g: ExampleGen, prefix = '10') => [prefix, ...Array.from({ length: 4 - prefix.split('.').length }, () => String(num(g, 1, 250)))].join('.'),
  mac: (g: ExampleGen) => Array.from({ length: 6 }, () => g.hex(2).toUpperCase()).join(':'),
  ticket: (g: ExampleGen) => `${g.pick(['INC', 'CHG', 'RITM', 'SR-', 'ERP-'])}${g.digits(g.pick([6, 7]))}`,
  /** SAP hardware key (from `saplicense -get`): identifies a host for the license, not a credential. */
  hwKey: (g: ExampleGen) => `${g.upper(1)}${g.digits(10)}`,
  installNo: (g: ExampleGen) => `00${g.digits(8)}`,
  num,
  cap,
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
  '<hasło>',
  '<heslo>',
];

/** Per-document kit: shorthands that mark what they write. */
export interface RK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  spw(): string;
  phrase(): string;
  dev(): string;
  init(): string;
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

export function rk(g: ExampleGen, m: Marker): RK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', R.anyPw(g)),
    hpw: () => m.secret('password', R.human(g)),
    gpw: () => m.secret('password', R.generated(g)),
    spw: () => m.secret('password', R.safePw(g)),
    phrase: () => m.secret('password', R.phrase(g)),
    dev: () => m.secret('password', R.device(g)),
    init: () => m.secret('password', R.sapInitial(g)),
    tok: () => m.secret('token', R.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', R.safePw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', R.b64(`${user}:${R.safePw(g)}`)),
    bearer: () => m.secret('http-auth', R.jwt(g)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const rDoc = docMaker(rk);
