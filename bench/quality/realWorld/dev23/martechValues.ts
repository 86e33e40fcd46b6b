// Value makers for the rw-dev23 martech part: the passwords marketing-ops, sales-ops, HRIS and payroll people set
// (brands, campaigns, seasons and years in many languages, generated vault passwords), the credentials of their
// vendors (email, CRM, ad platforms, analytics, ATS and HR systems) in their documented shapes, and the look-alikes
// their files are full of (tracking ids, pixel ids, campaign ids, employee and candidate ids, IBANs, hashed e-mails).
// Everything is drawn from the set's seeded generator at run time; no literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, num, UPNUM, wrap } from '../kit';

const WORDS = ['campaign', 'funnel', 'launch', 'growth', 'leads', 'pipeline', 'newsletter', 'brand', 'payroll', 'talent', 'hiring', 'promo', 'webinar', 'budget'];
const WORDS_INTL = ['Kampagne', 'Gehalt', 'Personal', 'Campana', 'Nomina', 'Paie', 'Salaire', 'Folha', 'Vendas', 'Stipendi', 'Werving', 'Lon', 'Rekrutacja', 'Bordro', 'Marketing'];
const BRANDS = ['Hubspot', 'Salesforce', 'Mailchimp', 'Workday', 'Bamboo', 'Greenhouse', 'Pipedrive', 'Klaviyo', 'Shopify', 'Zoho', 'Personio', 'Marketo', 'Pardot', 'Gusto'];
const PLACES = ['Berlin', 'Madrid', 'Lyon', 'Recife', 'Milano', 'Utrecht', 'Malmo', 'Krakow', 'Izmir', 'Pune', 'Osaka', 'Busan', 'Chengdu', 'Austin'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Sommer', 'Verano', 'Printemps', 'Inverno', 'Estate', 'Zomer', 'Lato', 'Yaz', 'BlackFriday', 'Q4push'];
const YEARS = ['2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '&', '.'];
const WALKS = ['qwerty', 'qwertz', 'azerty', '1qaz2wsx', 'q1w2e3r4', 'asdfgh', 'zaq12wsx'];

export const V = {
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(BRANDS)}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${g.pick(PLACES)}${g.pick(['', '_', '#', '@'])}${g.digits(g.pick([2, 4]))}${g.pick(['', '!', '$'])}`,
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
    return g.pick([V.human, V.human, V.generated, V.generated, V.phrase])(g);
  },
  /** No characters that shells, URLs, XML, INI or CSV choke on. */
  safePw(g: ExampleGen): string {
    return g
      .pick([V.human, V.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^(),.|{}[\]]/g, '');
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
  /** The private key as it sits in a service-account JSON: one line with literal \n escapes. */
  saKey(g: ExampleGen): string {
    return `-----BEGIN PRIVATE KEY-----\\n${wrap('MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' + g.base64(640), 64).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n`;
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
  // Vendors of this world, shapes from their public docs.
  mailchimp: (g: ExampleGen) => `${g.hex(32)}-us${num(g, 1, 21)}`,
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  brevo: (g: ExampleGen) => `xkeysib-${g.hex(64)}-${g.alnum(16)}`,
  brevoSmtp: (g: ExampleGen) => `xsmtpsib-${g.hex(64)}-${g.alnum(16)}`,
  klaviyo: (g: ExampleGen) => `pk_${g.hex(34)}`,
  mailgun: (g: ExampleGen) => g.pick([() => `key-${g.hex(32)}`, () => `${g.hex(32)}-${g.hex(8)}-${g.hex(8)}`])(),
  postmark: (g: ExampleGen) => g.uuid(),
  customerIo: (g: ExampleGen) => g.hex(32),
  hubspot: (g: ExampleGen) => `pat-${g.pick(['na1', 'eu1', 'na2'])}-${g.uuid()}`,
  sfConsumerKey: (g: ExampleGen) => `3MVG9${g.chars(ALNUM + '._', 80)}`,
  sfConsumerSecret: (g: ExampleGen) => g.hex(64).toUpperCase(),
  sfSecurityToken: (g: ExampleGen) => g.alnum(24),
  sfAccessToken: (g: ExampleGen) => `00D${g.alnum(12)}!AQ${g.chars(ALNUM, 2)}AR${g.chars(ALNUM + '._', 90)}`,
  pipedrive: (g: ExampleGen) => g.hex(40),
  zohoRefresh: (g: ExampleGen) => `1000.${g.hex(32)}.${g.hex(32)}`,
  segmentWrite: (g: ExampleGen) => g.alnum(32),
  mixpanelSecret: (g: ExampleGen) => g.hex(32),
  amplitudeSecret: (g: ExampleGen) => g.hex(32),
  googleClientSecret: (g: ExampleGen) => `GOCSPX-${g.chars(ALNUM + '_-', 28)}`,
  googleRefresh: (g: ExampleGen) => `1//0${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${g.chars(ALNUM + '_-', 98)}`,
  googleAdsDevToken: (g: ExampleGen) => g.chars(ALNUM + '_-', 22),
  googleApiKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '_-', 35)}`,
  metaToken: (g: ExampleGen) => `EAA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${g.alnum(g.pick([160, 190, 200]))}`,
  metaAppSecret: (g: ExampleGen) => g.hex(32),
  tiktokToken: (g: ExampleGen) => g.hex(40),
  linkedinToken: (g: ExampleGen) => `AQV${g.chars(ALNUM + '_-', 340)}`,
  shopifyAdmin: (g: ExampleGen) => `shpat_${g.hex(32)}`,
  shopifySecret: (g: ExampleGen) => `shpss_${g.hex(32)}`,
  wpAppPw: (g: ExampleGen) => Array.from({ length: 6 }, () => g.alnum(4)).join(' '),
  typeform: (g: ExampleGen) => `tfp_${g.chars(ALNUM, 44)}_${g.chars(ALNUM, 14)}`,
  airtable: (g: ExampleGen) => `pat${g.alnum(14)}.${g.hex(64)}`,
  stripe: (g: ExampleGen) => `sk_live_${g.alnum(99)}`,
  stripePk: (g: ExampleGen) => `pk_live_${g.alnum(99)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  bamboo: (g: ExampleGen) => g.hex(40),
  greenhouse: (g: ExampleGen) => g.hex(32),
  lever: (g: ExampleGen) => g.chars(ALNUM + '/+', 48),
  ashby: (g: ExampleGen) => g.hex(64),
  openai: (g: ExampleGen) => `sk-proj-${g.chars(ALNUM + '_-', 64)}T3BlbkFJ${g.chars(ALNUM + '_-', 64)}`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'r'),
  // Look-alikes (negatives): public-by-design ids and business numbers.
  ga4: (g: ExampleGen) => `G-${g.chars(UPNUM, 10)}`,
  gtm: (g: ExampleGen) => `GTM-${g.chars(UPNUM, g.pick([7, 8]))}`,
  pixelId: (g: ExampleGen) => `${num(g, 1, 9)}${g.digits(15)}`,
  awConv: (g: ExampleGen) => `AW-${num(g, 1, 9)}${g.digits(9)}`,
  awLabel: (g: ExampleGen) => g.chars(ALNUM + '_-', 20),
  campaignId: (g: ExampleGen) => `${num(g, 1, 9)}${g.digits(g.pick([10, 11, 16]))}`,
  adAccount: (g: ExampleGen) => `act_${num(g, 1, 9)}${g.digits(14)}`,
  customerId: (g: ExampleGen) => `${g.digits(3)}-${g.digits(3)}-${g.digits(4)}`,
  sfId: (g: ExampleGen) => `${g.pick(['001', '003', '006', '00Q', '005'])}${g.chars(ALNUM, 15)}`,
  employeeId: (g: ExampleGen) => g.pick([() => `E${g.digits(6)}`, () => `EMP-${g.digits(5)}`, () => g.digits(8)])(),
  candidateId: (g: ExampleGen) => g.digits(g.pick([8, 9])),
  payrollRun: (g: ExampleGen) => `PR-${g.pick(YEARS)}-${g.digits(2)}-${g.pick(['M', 'B', 'W'])}${g.digits(2)}`,
  iban: (g: ExampleGen) => g.pick([() => `DE${g.digits(20)}`, () => `FR76${g.digits(23)}`, () => `NL${g.digits(2)}INGB${g.digits(10)}`, () => `ES${g.digits(22)}`])(),
  costCentre: (g: ExampleGen) => `CC-${g.digits(4)}`,
  sha256: (g: ExampleGen) => g.hex(64),
  md5: (g: ExampleGen) => g.hex(32),
  sha1: (g: ExampleGen) => g.hex(40),
  bcrypt: (g: ExampleGen) => `$2y$10$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  wpHash: (g: ExampleGen) => `$P$B${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 30)}`,
  mask: (v: string) => `${v.slice(0, 3)}${'*'.repeat(8)}${v.slice(-2)}`,
  ticket: (g: ExampleGen) => `${g.pick(['MOPS', 'HRIS', 'CRM', 'GROW', 'PAY'])}-${g.digits(g.pick([3, 4]))}`,
  utm: (g: ExampleGen) => `utm_source=${g.pick(['facebook', 'google', 'newsletter', 'linkedin'])}&utm_medium=${g.pick(['cpc', 'email', 'social'])}&utm_campaign=${g.pick(WORDS)}_${g.pick(YEARS)}_${g.digits(3)}`,
  gclid: (g: ExampleGen) => `Cj0KCQ${g.chars(ALNUM + '_-', 84)}`,
  fbclid: (g: ExampleGen) => `IwAR${g.chars(ALNUM + '_-', 56)}`,
  ipv4: (g: ExampleGen) => `10.${num(g, 1, 250)}.${num(g, 1, 250)}.${num(g, 1, 250)}`,
  fingerprint: (g: ExampleGen) => Array.from({ length: 20 }, () => g.hex(2).toUpperCase()).join(':'),
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
  'YOUR_API_KEY',
  '{{ api_key }}',
  '<contraseña>',
  '<mot-de-passe>',
  '<senha>',
  '<hasło>',
];

/** Per-document kit: shorthands that mark what they write. */
export interface MK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  spw(): string;
  phrase(): string;
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

export function mk(g: ExampleGen, m: Marker): MK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', V.anyPw(g)),
    hpw: () => m.secret('password', V.human(g)),
    gpw: () => m.secret('password', V.generated(g)),
    spw: () => m.secret('password', V.safePw(g)),
    phrase: () => m.secret('password', V.phrase(g)),
    tok: () => m.secret('token', V.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', V.safePw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', V.b64(`${user}:${V.safePw(g)}`)),
    bearer: () => m.secret('http-auth', V.jwt(g)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const mDoc = docMaker(mk);
