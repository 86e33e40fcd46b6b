// Value makers for the rw-dev21 finance part: the passwords trading-desk, core-banking, payments and insurance IT
// people set (desks, cities, ledgers, seasons in many languages, keyboard walks, generated vault passwords), the
// keys of their vendors (market data, brokers, exchanges, payment processors, KYC) in their documented shapes, and
// the look-alikes finance files are full of (IBANs, BICs, ISINs, CUSIPs, LEIs, UETRs, trade and order ids, masked
// PANs, statement hashes, PGP fingerprints). Everything is drawn from the set's seeded generator at run time; no
// literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, RealWorldArea, RealWorldDoc, SecretCategory } from '../types';
import { ALNUM, cap, LOWNUM, num, UPNUM, wrap } from '../kit';

const WORDS = ['ledger', 'treasury', 'clearing', 'settle', 'margin', 'hedge', 'bond', 'equity', 'forex', 'payroll', 'audit', 'claims', 'policy', 'premium', 'broker', 'swift', 'custody', 'reserve'];
const WORDS_INTL = [
  'Buchhaltung',
  'Zahlung',
  'Tresorerie',
  'Banca',
  'Cartera',
  'Conta',
  'Rekening',
  'Skarbiec',
  'Bilanz',
  'Tesoreria',
  'Kasse',
  'Saldo',
  'Finanzas',
  'Borsa',
  'Bolsa',
  'Versicherung',
  'Assurance',
  'Seguro',
];
const PLACES = ['London', 'Frankfurt', 'Zurich', 'Milano', 'Madrid', 'Paris', 'Tokyo', 'Mumbai', 'Dubai', 'Warszawa', 'Amsterdam', 'Lisboa', 'Shanghai', 'Luxembourg', 'Geneva', 'Canary', 'Wall', 'Riyadh'];
const DESKS = ['Fxdesk', 'Rates', 'Credit', 'Repo', 'Treasury', 'Murex', 'Calypso', 'Kondor', 'Summit', 'Sophis', 'Bloomberg', 'Reuters', 'Swift', 'Sepa', 'Ebics', 'Guidewire', 'Sap', 'Oracle'];
const SEASONS = ['Summer', 'Winter', 'Sommer', 'Verano', 'Invierno', 'Estate', 'Inverno', 'Zomer', 'Hiver', 'Lato', 'Zima', 'Autumn', 'Spring', 'Primavera'];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '&', '.'];
const WALKS = ['qwerty', 'qwertz', 'azerty', '1qaz2wsx', 'q1w2e3r4', 'asdfgh', 'zaq12wsx', 'qazwsx'];

/** ISO 7064 mod 97-10 over letters-as-numbers, as IBANs and LEIs use. */
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

export const F = {
  /** What dealers, back-office and insurance staff type. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(PLACES)}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${g.pick(DESKS)}${g.pick(['', '_', '#', '@'])}${g.digits(g.pick([3, 4]))}${g.pick(['', '!', '$'])}`,
      () => `${cap(g.pick(WORDS))}${g.pick(['#', '!', '.', '_', '-'])}${g.digits(g.pick([2, 4]))}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${cap(g.pick(WORDS)).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')}${g.pick(SYMBOLS)}${g.digits(3)}`,
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
    return g.pick([F.human, F.human, F.generated, F.generated, F.phrase])(g);
  },
  /** No characters shells, URLs, XML, INI, FIX or COBOL-era batch files choke on. */
  safePw(g: ExampleGen): string {
    const v = g
      .pick([F.human, F.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^(),.|{}[\]]/g, '');
    return v.length >= 8 ? v : v + g.digits(4);
  },
  /** Mainframe/RACF, AS/400 and Bloomberg terminal style: 8 characters, upper case and digits. */
  mainframe: (g: ExampleGen) => g.pick([() => `${g.upper(4)}${g.digits(4)}`, () => g.chars(UPNUM, 8), () => `${g.pick(['FIN', 'BNK', 'PAY', 'TRD', 'CLM'])}${g.digits(3)}${g.upper(2)}`])(),
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43]))])();
  },
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'OPENSSH PRIVATE KEY' | 'ENCRYPTED PRIVATE KEY'): string {
    // Real DER bodies open with a fixed ASN.1 header, so the generated ones do too.
    const head: Record<typeof kind, string> = {
      'RSA PRIVATE KEY': 'MIIEpAIBAAKCAQEA',
      'PRIVATE KEY': 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ',
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
  // Vendors of this world, shapes from their public documentation.
  stripeSecret: (g: ExampleGen) => `sk_${g.pick(['live', 'test'])}_${g.alnum(g.pick([24, 99]))}`,
  stripeRestricted: (g: ExampleGen) => `rk_live_${g.alnum(99)}`,
  stripeWebhook: (g: ExampleGen) => `whsec_${g.alnum(32)}`,
  stripePublishable: (g: ExampleGen) => `pk_live_${g.alnum(99)}`,
  adyenKey: (g: ExampleGen) => `AQE${g.chars(ALNUM, 3)}hmfx${g.base64(80)}==-${g.base64(43)}=-${g.chars(ALNUM + '<>[]()+.,', 16)}`,
  adyenClientKey: (g: ExampleGen) => `${g.pick(['live', 'test'])}_${g.chars(UPNUM, 32)}`,
  braintreeToken: (g: ExampleGen) => `access_token$${g.pick(['production', 'sandbox'])}$${g.chars(LOWNUM, 16)}$${g.hex(32)}`,
  braintreePrivate: (g: ExampleGen) => g.hex(32),
  braintreeMerchant: (g: ExampleGen) => g.chars(LOWNUM, 16),
  paypalClientId: (g: ExampleGen) => `A${g.chars(ALNUM + '-_', 79)}`,
  paypalSecret: (g: ExampleGen) => `E${g.chars(ALNUM + '-_', 79)}`,
  plaidClientId: (g: ExampleGen) => g.hex(24),
  plaidSecret: (g: ExampleGen) => g.hex(30),
  plaidAccess: (g: ExampleGen) => `access-${g.pick(['production', 'sandbox', 'development'])}-${g.uuid()}`,
  checkoutSecret: (g: ExampleGen) => `sk_${g.pick(['sbox_', ''])}${g.chars('abcdefghijklmnopqrstuvwxyz234567', 26)}${g.pick(['', 'e', 'm'])}`,
  checkoutPublic: (g: ExampleGen) => `pk_sbox_${g.chars('abcdefghijklmnopqrstuvwxyz234567', 27)}`,
  squareToken: (g: ExampleGen) => `EAAA${g.chars(ALNUM + '-_', 60)}`,
  squareSecret: (g: ExampleGen) => `sq0csp-${g.chars(ALNUM + '-_', 43)}`,
  worldpayServiceKey: (g: ExampleGen) => `${g.pick(['T', 'L'])}_S_${g.uuid()}`,
  worldpayClientKey: (g: ExampleGen) => `${g.pick(['T', 'L'])}_C_${g.uuid()}`,
  mollieKey: (g: ExampleGen) => `${g.pick(['live', 'test'])}_${g.alnum(30)}`,
  gocardless: (g: ExampleGen) => `live_${g.chars(ALNUM + '-_', 40)}`,
  razorpayId: (g: ExampleGen) => `rzp_live_${g.alnum(14)}`,
  razorpaySecret: (g: ExampleGen) => g.alnum(24),
  paystack: (g: ExampleGen) => `sk_live_${g.hex(40)}`,
  flutterwave: (g: ExampleGen) => `FLWSECK-${g.hex(32)}-X`,
  alpacaId: (g: ExampleGen) => `${g.pick(['PK', 'AK'])}${g.chars(UPNUM, 18)}`,
  alpacaSecret: (g: ExampleGen) => g.alnum(40),
  oanda: (g: ExampleGen) => `${g.hex(32)}-${g.hex(32)}`,
  binanceKey: (g: ExampleGen) => g.alnum(64),
  krakenKey: (g: ExampleGen) => g.base64(56),
  krakenSecret: (g: ExampleGen) => `${g.base64(86)}==`,
  coinbaseKeyName: (g: ExampleGen) => `organizations/${g.uuid()}/apiKeys/${g.uuid()}`,
  polygon: (g: ExampleGen) => g.chars(ALNUM + '_', 32),
  alphaVantage: (g: ExampleGen) => g.chars(UPNUM, 16),
  iexSecret: (g: ExampleGen) => `sk_${g.hex(32)}`,
  iexPublishable: (g: ExampleGen) => `pk_${g.hex(32)}`,
  nasdaqDataLink: (g: ExampleGen) => g.chars(ALNUM + '_-', 20),
  finnhub: (g: ExampleGen) => `c${g.chars(LOWNUM, 19)}`,
  refinitivAppKey: (g: ExampleGen) => g.hex(40),
  tiingo: (g: ExampleGen) => g.hex(40),
  onfido: (g: ExampleGen) => `api_${g.pick(['live', 'sandbox'])}.${g.base64url(11)}.${g.base64url(32)}`,
  sumsubToken: (g: ExampleGen) => `prd:${g.alnum(24)}.${g.alnum(32)}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'w'),
  azureSecret: (g: ExampleGen) => `${g.alnum(3)}${g.pick(['7', '8'])}Q~${g.chars(ALNUM + '_~.-', 34)}`,
  azureStorageKey: (g: ExampleGen) => `${g.base64(86).replace(/=+$/, '')}==`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  gitlabPat: (g: ExampleGen) => `glpat-${g.chars(ALNUM + '_-', 20)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  databricks: (g: ExampleGen) => `dapi${g.hex(32)}`,
  tableauPatSecret: (g: ExampleGen) => `${g.base64(22)}==:${g.alnum(32)}`,
  snowflakePw: (g: ExampleGen) => F.safePw(g),
  // Look-alikes (negatives).
  iban(g: ExampleGen): string {
    const [cc, len] = g.pick([
      ['DE', 18],
      ['GB', 18],
      ['FR', 23],
      ['IT', 23],
      ['ES', 20],
      ['NL', 14],
      ['PL', 24],
      ['PT', 21],
      ['CH', 17],
      ['LU', 16],
    ] as const);
    const bban = cc === 'GB' ? `${g.pick(['NWBK', 'BARC', 'HBUK', 'LOYD'])}${g.digits(14)}` : cc === 'NL' ? `${g.pick(['ABNA', 'INGB', 'RABO'])}${g.digits(10)}` : g.digits(len);
    const check = 98 - mod97(bban + cc + '00');
    return `${cc}${String(check).padStart(2, '0')}${bban}`;
  },
  ibanSpaced: (g: ExampleGen) =>
    F.iban(g)
      .replace(/(.{4})/g, '$1 ')
      .trim(),
  bic: (g: ExampleGen) =>
    g.pick(['DEUTDEFF', 'COBADEFFXXX', 'BNPAFRPP', 'UNCRITMM', 'BSCHESMM', 'INGBNL2A', 'NWBKGB2L', 'CHASUS33', 'BOFAUS3N', 'UBSWCHZH80A', 'PKOPPLPW', 'CGDIPTPL', 'BKTRUS33XXX', 'MHCBJPJT']),
  isin(g: ExampleGen): string {
    const cc = g.pick(['US', 'DE', 'GB', 'FR', 'XS', 'NL', 'JP', 'CH']);
    return `${cc}${g.chars(UPNUM, 9)}${g.digits(1)}`;
  },
  cusip: (g: ExampleGen) => `${g.digits(3)}${g.chars(UPNUM, 5)}${g.digits(1)}`,
  lei(g: ExampleGen): string {
    const base = `${g.digits(4)}00${g.chars(UPNUM, 12)}`;
    return `${base}${String(98 - mod97(base + '00')).padStart(2, '0')}`;
  },
  uetr: (g: ExampleGen) => g.uuid(),
  sortCode: (g: ExampleGen) => `${g.digits(2)}-${g.digits(2)}-${g.digits(2)}`,
  account: (g: ExampleGen) => g.digits(g.pick([8, 10, 12])),
  maskedPan: (g: ExampleGen) => `${g.pick(['4', '5', '37'])}${g.digits(g.pick([3, 5]))}${g.pick(['******', 'XXXXXX', '********'])}${g.digits(4)}`,
  testPan: (g: ExampleGen) => g.pick(['4111111111111111', '4242424242424242', '5555555555554444', '378282246310005', '4000056655665556', '6011111111111117']),
  tradeId: (g: ExampleGen) => g.pick([() => `TRD-${g.digits(8)}`, () => `${g.pick(['MX', 'CLY', 'SUM'])}${g.digits(10)}`, () => `T${g.digits(4)}-${g.upper(3)}-${g.digits(6)}`])(),
  orderId: (g: ExampleGen) => g.pick([() => `ORD${g.digits(12)}`, () => `${g.digits(8)}-${g.digits(4)}`, () => g.chars(UPNUM, 16)])(),
  claimNo: (g: ExampleGen) => `CLM-${g.pick(YEARS)}-${g.digits(7)}`,
  policyNo: (g: ExampleGen) => `${g.pick(['POL', 'HO', 'AU', 'LF'])}${g.digits(9)}`,
  ticket: (g: ExampleGen) => `${g.pick(['INC', 'CHG', 'RITM', 'SR-', 'FINOPS-', 'PAY-'])}${g.digits(6)}`,
  fixChecksum: (g: ExampleGen) => `10=${String(num(g, 0, 255)).padStart(3, '0')}`,
  pgpFingerprint: (g: ExampleGen) => Array.from({ length: 10 }, () => g.hex(4).toUpperCase()).join(' '),
  thumbprint: (g: ExampleGen) => g.hex(40).toUpperCase(),
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  bcrypt: (g: ExampleGen) => `$2a$12$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  sha512crypt: (g: ExampleGen) => `$6$${g.chars('./0123456789abcdefghijklmnopqrstuvwxyz', 16)}$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 86)}`,
  mask: (v: string) => `${v.slice(0, 2)}${'*'.repeat(8)}${v.slice(-2)}`,
  ipv4: (g: ExampleGen, prefix = '10') => [prefix, ...Array.from({ length: 4 - prefix.split('.').length }, () => String(num(g, 1, 250)))].join('.'),
  compId: (g: ExampleGen) => g.pick(['BANKFX01', 'HEDGEFND', 'CITIFIX', 'GSFXPROD', 'BARXFX', 'JPMFIX2', 'ACMEOMS', 'EBS_LIVE', 'LMAX_TRD', 'CMEGW01']),
  ebicsHost: (g: ExampleGen) => g.pick(['BANKDEFF', 'EBIXHOST', 'SPKHOST', 'VOBAHOST', 'HYPOEBICS']),
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
  '${PASSWORD}',
];

/** Per-document kit: shorthands that mark what they write. */
export interface FK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  spw(): string;
  phrase(): string;
  mf(): string;
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

export function fk(g: ExampleGen, m: Marker): FK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', F.anyPw(g)),
    hpw: () => m.secret('password', F.human(g)),
    gpw: () => m.secret('password', F.generated(g)),
    spw: () => m.secret('password', F.safePw(g)),
    phrase: () => m.secret('password', F.phrase(g)),
    mf: () => m.secret('password', F.mainframe(g)),
    tok: () => m.secret('token', F.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', F.safePw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', F.b64(`${user}:${F.safePw(g)}`)),
    bearer: () => m.secret('http-auth', F.jwt(g)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export function fDoc(id: string, areas: readonly RealWorldArea[], path: string, render: (k: FK) => string): RealWorldDoc {
  return { id: `finance-${id}`, areas, path, render: (g, m) => render(fk(g, m)) };
}
