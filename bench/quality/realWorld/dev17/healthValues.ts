// Value makers for the rw-dev17 health part: the passwords hospital IT, integration engineers and vendors set
// (hospital and ward names, seasons and years, vendor names, keyboard walks, generated vault passwords), the tokens
// of health-tech services (FHIR client secrets, interface API keys, telehealth and messaging providers) and the
// look-alikes clinical files are full of (MRNs, NPIs, accession numbers, DICOM UIDs, OIDs, HL7 control ids, LOINC,
// SNOMED and ICD codes, FHIR ids, AE titles). Everything is drawn from the set's seeded generator at run time; no
// literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, num, wrap } from '../kit';

const WORDS = ['radiology', 'cardio', 'oncology', 'pharmacy', 'pacs', 'mirth', 'interface', 'ward', 'nurse', 'triage', 'imaging', 'lab', 'stroke', 'maternity', 'icu', 'surgery'];
const WORDS_INTL = ['Klinikum', 'Radiologie', 'Station', 'Hopital', 'Sante', 'Salud', 'Saude', 'Zorg', 'Sjukhus', 'Ospedale', 'Labor', 'Urgences', 'Notaufnahme', 'Kardiologie', 'Farmacia', 'Enfermeria'];
const SITES = ['StMarys', 'Mercy', 'Charite', 'UKE', 'Karolinska', 'Erasmus', 'Gemelli', 'HUG', 'Sirio', 'Clinic', 'Northside', 'Riverside', 'Baptist', 'Kaiser', 'Memorial'];
const VENDORS = ['Mirth', 'Epic', 'Cerner', 'Orthanc', 'Sectra', 'Agfa', 'Philips', 'Rhapsody', 'Corepoint', 'Meditech', 'Sunquest', 'Horos'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Sommer', 'Herbst', 'Verano', 'Invierno', 'Printemps', 'Inverno', 'Zomer'];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '%', '&', '.'];
const WALKS = ['qwertz', 'qwerty', 'asdfgh', '1qaz2wsx', 'zaq12wsx', 'azerty', 'q1w2e3r4'];

export const V = {
  /** What hospital IT and vendors type: site+year, season+year, vendor+digits, ward words, leet, keyboard walks. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(SITES)}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${g.pick(VENDORS)}${g.pick(['', '_', '#', '@'])}${g.digits(g.pick([3, 4]))}${g.pick(['', '!', '$'])}`,
      () => `${cap(g.pick(WORDS))}${g.pick(['#', '!', '.', '_', '-'])}${g.digits(g.pick([2, 4]))}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(WORDS).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')}${g.pick(SYMBOLS)}${g.digits(3)}`,
    ])();
  },
  /** 3-5 words: certificate and key passphrases, KeePass masters. */
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 4, 5]);
    const sep = g.pick(['-', ' ', '.', '_']);
    const words = Array.from({ length: n }, () => g.pick([...WORDS, ...WORDS_INTL.map((w) => w.toLowerCase())]));
    return g.pick([words.join(sep), words.join(sep) + g.digits(2), cap(words.join(sep)) + g.pick(SYMBOLS)]);
  },
  /** KeePass/pwgen/Vault/CyberArk output. */
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%^*-_+=', g.pick([14, 16, 20, 24])),
      () => g.alnum(g.pick([12, 16, 20, 28])),
      () => `${g.alnum(5)}-${g.alnum(5)}-${g.alnum(5)}`,
      () => g.base64(g.pick([18, 24, 32])).replace(/[=+/]/g, 'q'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([V.human, V.human, V.generated, V.generated, V.phrase])(g);
  },
  /** No characters shells, URLs, XML or INI parsers choke on. */
  safePw(g: ExampleGen): string {
    return g
      .pick([V.human, V.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^]/g, '');
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43]))])();
  },
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'ENCRYPTED PRIVATE KEY'): string {
    const body = g.base64(kind === 'EC PRIVATE KEY' ? 160 : 640);
    return `-----BEGIN ${kind}-----\n${wrap(body, 64)}\n-----END ${kind}-----`;
  },
  /** A PEM body as a JSON string holds it (service-account `private_key`). */
  pemJson(g: ExampleGen): string {
    return `-----BEGIN PRIVATE KEY-----\\n${wrap(g.base64(640), 64).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n`;
  },
  certPem(g: ExampleGen): string {
    return `-----BEGIN CERTIFICATE-----\nMIID${wrap(g.base64(600), 64)}\n-----END CERTIFICATE-----`;
  },
  /** A JWT as an access token (three base64url parts, header fixed). */
  jwt(g: ExampleGen): string {
    return `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([120, 180, 240]))}.${g.base64url(342)}`;
  },
  // Health-tech providers and the clouds they run on, shapes from the providers' public docs.
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'w'),
  azureSecret: (g: ExampleGen) => `${g.alnum(3)}${g.pick(['7', '8'])}Q~${g.chars(ALNUM + '_~.-', 34)}`,
  azureStorageKey: (g: ExampleGen) => `${g.base64(86).replace(/=+$/, '')}==`,
  twilioSid: (g: ExampleGen) => `AC${g.hex(32)}`,
  twilioKeySid: (g: ExampleGen) => `SK${g.hex(32)}`,
  twilioToken: (g: ExampleGen) => g.hex(32),
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  teamsHook: (g: ExampleGen) => `https://${g.lower(8)}.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.hex(32)}/${g.uuid()}/V2${g.alnum(43)}`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  gitlabPat: (g: ExampleGen) => `glpat-${g.chars(ALNUM + '_-', 20)}`,
  stripeLive: (g: ExampleGen) => `sk_live_${g.alnum(99)}`,
  datadog: (g: ExampleGen) => g.hex(32),
  zoomSecret: (g: ExampleGen) => g.alnum(32),
  zoomClientId: (g: ExampleGen) => g.alnum(22),
  oktaToken: (g: ExampleGen) => `00${g.chars(ALNUM + '_-', 40)}`,
  googleApiKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '_-', 35)}`,
  npmToken: (g: ExampleGen) => g.crc32Token('npm_', 30),
  // Look-alikes clinical files are full of (negatives).
  mrn: (g: ExampleGen) => g.digits(g.pick([7, 8, 10])),
  npi: (g: ExampleGen) => `${g.pick(['1', '2'])}${g.digits(9)}`,
  accession: (g: ExampleGen) => `${g.pick(['RAD', 'CT', 'MR', 'ACC', 'A'])}${g.digits(g.pick([7, 9]))}`,
  dicomUid: (g: ExampleGen) => `1.2.${g.pick(['840.113619.2', '826.0.1.3680043.8.498', '276.0.7230010.3.1.4', '392.200036.9116.2'])}.${g.digits(5)}.${g.digits(8)}.${g.digits(6)}.${num(g, 1, 999)}`,
  oid: (g: ExampleGen) => `2.16.840.1.113883.${g.pick(['3', '19', '4.6', '6.1'])}.${g.digits(4)}.${num(g, 1, 99)}`,
  hl7Ctrl: (g: ExampleGen) => g.pick([() => g.digits(14), () => `MSG${g.digits(9)}`, () => g.alnum(20).toUpperCase()])(),
  loinc: (g: ExampleGen) => `${g.digits(g.pick([4, 5]))}-${g.digits(1)}`,
  snomed: (g: ExampleGen) => g.digits(g.pick([8, 9])),
  icd10: (g: ExampleGen) => `${g.pick(['E', 'I', 'J', 'K', 'M', 'R', 'Z'])}${g.digits(2)}.${g.digits(1)}`,
  fhirId: (g: ExampleGen) => g.pick([() => g.uuid(), () => g.alnum(16).toLowerCase(), () => `e${g.alnum(30)}3`])(),
  aeTitle: (g: ExampleGen) => g.pick(['ORTHANC', 'PACS_MAIN', 'STORESCP', 'CT_SIEMENS1', 'MR3T_WEST', 'DCM4CHEE', 'US_GE_L2', 'SECTRA_ARC', 'HOROS', 'FINDSCU']),
  uuid: (g: ExampleGen) => g.uuid(),
  bcrypt: (g: ExampleGen) => `$2a$10$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  mask: (v: string) => `${v.slice(0, 3)}${'*'.repeat(8)}${v.slice(-2)}`,
  ipv4: (g: ExampleGen, prefix = '10') => `${prefix}.${num(g, 1, 250)}.${num(g, 1, 250)}.${num(g, 1, 250)}`,
  port: (g: ExampleGen) => String(num(g, 6600, 6699)),
  teamviewerId: (g: ExampleGen) => `${num(g, 1, 1)}${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`,
  anydeskId: (g: ExampleGen) => `${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`,
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

export const hDoc = docMaker(hk);
