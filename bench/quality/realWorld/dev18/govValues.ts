// Value makers for the rw-dev18 gov part: the passwords municipal and state IT, contractors and civic-tech volunteers
// set (town and agency names, seasons and years in several languages, vendor names, keyboard walks, generated vault
// passwords), the tokens of e-government services (OIDC client secrets, open-data API tokens, ArcGIS tokens, payment
// providers for fees) and the look-alikes public-sector files are full of (case numbers, Aktenzeichen, parcel ids,
// tax ids, test citizen ids, OIDs, public map keys, certificate fingerprints). Everything is drawn from the set's
// seeded generator at run time; no literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, num, wrap } from '../kit';

const WORDS = ['rathaus', 'council', 'permits', 'voter', 'parcel', 'gis', 'records', 'court', 'clerk', 'treasury', 'ballot', 'library', 'transit', 'zoning', 'dispatch', 'archive'];
const WORDS_INTL = ['Buergeramt', 'Stadtwerke', 'Kreis', 'Mairie', 'Gemeente', 'Ayuntamiento', 'Comune', 'Kommune', 'Kunta', 'Vald', 'Prefeitura', 'Urzad', 'Landkreis', 'Rathaus', 'Dimos', 'Gemeinde'];
const TOWNS = ['Springfield', 'Muenster', 'Utrecht', 'Lyon', 'Bilbao', 'Bergen', 'Tampere', 'Tartu', 'Aarhus', 'Graz', 'Poznan', 'Braga', 'Bologna', 'Fairfax', 'Travis', 'Larissa'];
const VENDORS = ['Esri', 'Tyler', 'Munis', 'Liferay', 'Drupal', 'Keycloak', 'Alfresco', 'Fabasoft', 'Sap', 'Oracle', 'Geoserver', 'Ckan', 'Socrata', 'Topdesk'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Sommer', 'Herbst', 'Fruehling', 'Verano', 'Invierno', 'Printemps', 'Hiver', 'Zomer', 'Kesa', 'Talvi', 'Estate'];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '%', '&', '.'];
const WALKS = ['qwertz', 'qwerty', 'asdfgh', '1qaz2wsx', 'zaq12wsx', 'azerty', 'q1w2e3r4', 'yxcvbn'];

export const V = {
  /** What admins and contractors type: town+year, season+year, agency word+digits, vendor+digits, leet, keyboard walks. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(TOWNS)}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
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
  /** KeePass/pwgen/Vault/Passwordstate output. */
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%^*-_+=', g.pick([14, 16, 20, 24])),
      () => g.alnum(g.pick([12, 16, 20, 28])),
      () => `${g.alnum(5)}-${g.alnum(5)}-${g.alnum(5)}`,
      () => g.base64(g.pick([18, 24, 32])).replace(/[=+/]/g, 'k'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([V.human, V.human, V.generated, V.generated, V.phrase])(g);
  },
  /** No characters shells, URLs, XML, JCL or INI parsers choke on. */
  safePw(g: ExampleGen): string {
    return g
      .pick([V.human, V.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^(),.]/g, '');
  },
  /** Mainframe RACF/TSO passwords: 8 characters, upper case and digits. */
  racf(g: ExampleGen): string {
    return g.pick([() => `${g.pick(['SPRING', 'WINTER', 'AUTUMN', 'SUMMER', 'TAXES', 'RECORD'])}${g.digits(2)}`, () => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#@$', 8)])();
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
  pemJson(g: ExampleGen): string {
    return `-----BEGIN PRIVATE KEY-----\\n${wrap(g.base64(640), 64).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n`;
  },
  certPem(g: ExampleGen): string {
    return `-----BEGIN CERTIFICATE-----\nMIID${wrap(g.base64(600), 64)}\n-----END CERTIFICATE-----`;
  },
  /** A certificate body as SAML metadata holds it (public). */
  certB64(g: ExampleGen): string {
    return `MIIC${g.base64(560)}`;
  },
  jwt(g: ExampleGen): string {
    return `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([120, 180, 240]))}.${g.base64url(342)}`;
  },
  // Providers public administrations use, shapes from the providers' public docs.
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'g'),
  azureSecret: (g: ExampleGen) => `${g.alnum(3)}${g.pick(['7', '8'])}Q~${g.chars(ALNUM + '_~.-', 34)}`,
  azureStorageKey: (g: ExampleGen) => `${g.base64(86).replace(/=+$/, '')}==`,
  twilioSid: (g: ExampleGen) => `AC${g.hex(32)}`,
  twilioToken: (g: ExampleGen) => g.hex(32),
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  teamsHook: (g: ExampleGen) => `https://${g.lower(8)}.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.hex(32)}/${g.uuid()}/V2${g.alnum(43)}`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  gitlabPat: (g: ExampleGen) => `glpat-${g.chars(ALNUM + '_-', 20)}`,
  stripeLive: (g: ExampleGen) => `sk_live_${g.alnum(99)}`,
  stripeTest: (g: ExampleGen) => `sk_test_${g.alnum(99)}`,
  stripePub: (g: ExampleGen) => `pk_live_${g.alnum(99)}`,
  googleApiKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '_-', 35)}`,
  googleOauthSecret: (g: ExampleGen) => `GOCSPX-${g.chars(ALNUM + '_-', 28)}`,
  mapboxSecret: (g: ExampleGen) => `sk.eyJ1Ijoi${g.base64url(g.pick([40, 50]))}.${g.base64url(22)}`,
  mapboxPublic: (g: ExampleGen) => `pk.eyJ1Ijoi${g.base64url(g.pick([40, 50]))}.${g.base64url(22)}`,
  /** ArcGIS generateToken output (long, dots and base64ish); API keys are AAPK + 100ish chars. */
  arcgisToken: (g: ExampleGen) => `${g.chars(ALNUM + '-_', 60)}..`,
  arcgisApiKey: (g: ExampleGen) => `AAPK${g.hex(32)}${g.chars(ALNUM + '-_', 64)}`,
  /** Socrata app tokens: 25 alnum. */
  socrataAppToken: (g: ExampleGen) => g.alnum(25),
  /** CKAN 2.9+ API tokens are JWTs (HS256). */
  ckanToken: (g: ExampleGen) => `eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJqdGkiOiI${g.base64url(60)}.${g.base64url(43)}`,
  govukNotify: (g: ExampleGen) => `${g.pick(['council_live', 'notify_test', 'parking_prod'])}-${g.uuid()}-${g.uuid()}`,
  gcpSaKeyId: (g: ExampleGen) => g.hex(40),
  // Look-alikes public-sector files are full of (negatives).
  caseNo: (g: ExampleGen) => g.pick([() => `${g.pick(['CV', 'CR', 'FAM', 'PR'])}-${g.pick(YEARS)}-${g.digits(6)}`, () => `${g.digits(2)} ${g.pick(['C', 'O', 'Ds', 'K'])} ${g.digits(3)}/${g.digits(2)}`])(),
  aktenzeichen: (g: ExampleGen) => `${g.pick(['III', 'IV', 'II', 'VI'])}-${g.digits(3)}.${g.digits(2)}/${g.pick(YEARS)}`,
  parcelId: (g: ExampleGen) =>
    g.pick([() => `${g.digits(3)}-${g.digits(3)}-${g.digits(2)}-${g.digits(3)}`, () => `${g.digits(6)}${g.upper(2)}${g.digits(4)}`, () => `0${g.digits(2)} ${g.digits(4)} ${g.digits(5)}`])(),
  taxId: (g: ExampleGen) => g.pick([() => `DE${g.digits(9)}`, () => `NL${g.digits(9)}B0${g.digits(1)}`, () => `${g.digits(2)}-${g.digits(7)}`, () => `FR${g.digits(11)}`])(),
  citizenId: (g: ExampleGen) => g.pick([() => g.digits(11), () => `${g.digits(6)}-${g.digits(4)}`, () => `${g.digits(9)}`])(),
  oid: (g: ExampleGen) => `${g.pick(['1.2.276.0.76.4', '2.16.840.1.101.3.2.1', '1.2.752.29.4', '1.3.6.1.4.1.311.21'])}.${g.digits(3)}.${num(g, 1, 99)}`,
  uuid: (g: ExampleGen) => g.uuid(),
  bcrypt: (g: ExampleGen) => `$2a$10$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  ssha: (g: ExampleGen) => `{SSHA}${g.base64(32)}`,
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  fingerprint: (g: ExampleGen) => Array.from({ length: 20 }, () => g.hex(2).toUpperCase()).join(':'),
  mask: (v: string) => `${v.slice(0, 3)}${'*'.repeat(8)}${v.slice(-2)}`,
  ipv4: (g: ExampleGen, prefix = '10') => `${prefix}.${num(g, 1, 250)}.${num(g, 1, 250)}.${num(g, 1, 250)}`,
  ticket: (g: ExampleGen) => `${g.pick(['INC', 'RITM', 'CHG', 'I', 'SR'])}${g.digits(7)}`,
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
  '<passwort>',
  '<mot-de-passe>',
  '[GESCHWAERZT]',
];

/** Per-document kit: shorthands that mark what they write. */
export interface GK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  spw(): string;
  phrase(): string;
  racf(): string;
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

export function gk(g: ExampleGen, m: Marker): GK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', V.anyPw(g)),
    hpw: () => m.secret('password', V.human(g)),
    gpw: () => m.secret('password', V.generated(g)),
    spw: () => m.secret('password', V.safePw(g)),
    phrase: () => m.secret('password', V.phrase(g)),
    racf: () => m.secret('password', V.racf(g)),
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

export const gDoc = docMaker(gk);
