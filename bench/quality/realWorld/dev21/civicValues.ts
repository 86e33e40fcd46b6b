// Value makers for the rw-dev21 civic part: the passwords a law firm's IT person, a charity's volunteer web admin, a
// property manager or a site engineer sets (firm and matter words, street and site names, seasons and years in many
// languages, keyboard walks, generated vault passwords), the keys of their vendors (practice management, donor CRMs,
// mailing tools, MLS feeds, property management, construction platforms) and the look-alikes their files are full of
// (matter and docket numbers, Bates numbers, charity numbers, parcel ids, MLS ids, permit and drawing numbers, IFC
// GUIDs, evidence hashes). Everything is drawn from the set's seeded generator at run time; no literal secret is
// committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, num, UPNUM, wrap } from '../kit';

const WORDS = [
  'matter',
  'counsel',
  'docket',
  'brief',
  'tender',
  'donor',
  'charity',
  'volunteer',
  'tenant',
  'lease',
  'listing',
  'escrow',
  'site',
  'crane',
  'concrete',
  'rebar',
  'scaffold',
  'gala',
  'appeal',
  'trust',
];
const WORDS_INTL = [
  'Kanzlei',
  'Baustelle',
  'Verein',
  'Mandant',
  'Chantier',
  'Cabinet',
  'Obra',
  'Despacho',
  'Cantiere',
  'Studio',
  'Bouwplaats',
  'Stichting',
  'Obra',
  'Budowa',
  'Fundacja',
  'Bygget',
  'Insaat',
  'Vakif',
  'Immobilien',
  'Fondazione',
];
const PLACES = [
  'Holborn',
  'Chancery',
  'Kensington',
  'Riverside',
  'Harbour',
  'Elmstreet',
  'Lindenhof',
  'Belleville',
  'Triana',
  'Navigli',
  'Jordaan',
  'Mokotow',
  'Sodermalm',
  'Kadikoy',
  'Alfama',
  'Gangnam',
  'Shibuya',
  'Oakridge',
];
const FIRMS = ['Hartley', 'Baxter', 'Okafor', 'Lindqvist', 'Moreau', 'Castellano', 'Brandt', 'Novak', 'Yilmaz', 'Tanaka', 'Pereira', 'Visser', 'Kowalski', 'Ferri'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Sommer', 'Fruehling', 'Verano', 'Otono', 'Estate', 'Autunno', 'Zomer', 'Lente', 'Lato', 'Jesien', 'Hiver', 'Printemps', 'Varen', 'Sonbahar'];
const YEARS = ['2020', '2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '&', '.', '%'];
const WALKS = ['qwerty', 'qwertz', 'azerty', '1qaz2wsx', 'q1w2e3r4', 'asdfgh', 'zaq12wsx', '1q2w3e4r', 'qazwsx'];

const IFC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$';
const CRYPT = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export const C = {
  /** What office staff, volunteers and site people type when asked for a new password. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(PLACES)}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${g.pick(FIRMS)}${g.pick(['', '_', '#', '@', '.'])}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '$'])}`,
      () => `${cap(g.pick(WORDS))}${g.pick(['#', '!', '.', '_', '-'])}${g.digits(g.pick([2, 4]))}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(WORDS).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')}${g.pick(SYMBOLS)}${g.digits(3)}`,
      () => `${cap(g.pick(WORDS))}${cap(g.pick(WORDS))}${g.digits(2)}${g.pick(SYMBOLS)}`,
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
    return g.pick([C.human, C.human, C.generated, C.generated, C.phrase])(g);
  },
  /** No characters that shells, URLs, XML, INI, CSV or PHP strings choke on. */
  safePw(g: ExampleGen): string {
    return g
      .pick([C.human, C.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^(),.|{}[\]~]/g, '');
  },
  /** Keypad and appliance passwords: NVRs, door controllers, intercoms, survey instruments. */
  device(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(['hik', 'dahua', 'axis', 'brivo', 'salto', 'leica', 'trimble', 'topcon', 'doorbird'])}${g.digits(4)}`,
      () => g.alnum(g.pick([8, 10, 12])),
      () => `${cap(g.pick(WORDS))}${g.digits(3)}${g.pick(['!', '#', '$'])}`,
      () => `${g.pick(PLACES)}${g.digits(2)}${g.pick(['!', '#', ''])}`,
    ])();
  },
  /** WPA2 keys for site cabins, charity shops and open houses, as written on notice boards. */
  wifi(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(PLACES)}${g.pick(['Site', 'Guest', 'Gast', 'Cantiere', 'Obra', 'Shop'])}${g.digits(4)}`,
      () => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789', 12),
      () => `${cap(g.pick(WORDS))}-${cap(g.pick(WORDS))}-${g.digits(2)}`,
    ])();
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43]))])();
  },
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'OPENSSH PRIVATE KEY' | 'ENCRYPTED PRIVATE KEY'): string {
    // DER bodies open with a fixed ASN.1 header, so the generated ones do too.
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
    return `-----BEGIN CERTIFICATE-----\nMIIDXTCCAkWgAwIBAgIJA${wrap(g.base64(600), 64)}\n-----END CERTIFICATE-----`;
  },
  pubPem(g: ExampleGen): string {
    return `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${wrap(g.base64(320), 64)}\n-----END PUBLIC KEY-----`;
  },
  sshPub: (g: ExampleGen, who: string) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)} ${who}`,
  jwt(g: ExampleGen): string {
    return `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([120, 180, 240]))}.${g.base64url(342)}`;
  },
  jwtHs(g: ExampleGen): string {
    return `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([80, 120]))}.${g.base64url(43)}`;
  },
  // Vendors of this world, shapes from their public documentation.
  mailchimp: (g: ExampleGen) => `${g.hex(32)}-us${num(g, 1, 21)}`,
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  brevo: (g: ExampleGen) => `xkeysib-${g.hex(64)}-${g.alnum(16)}`,
  mailgun: (g: ExampleGen) => `key-${g.hex(32)}`,
  stripeSecret: (g: ExampleGen) => `sk_live_${g.alnum(g.pick([24, 99]))}`,
  stripeRestricted: (g: ExampleGen) => `rk_live_${g.alnum(99)}`,
  stripeWebhook: (g: ExampleGen) => `whsec_${g.alnum(32)}`,
  stripePub: (g: ExampleGen) => `pk_live_${g.alnum(99)}`,
  gocardless: (g: ExampleGen) => `live_${g.chars(ALNUM + '_-', 40)}`,
  squareToken: (g: ExampleGen) => `EAAA${g.chars(ALNUM + '_-', 60)}`,
  twilioSid: (g: ExampleGen) => `AC${g.hex(32)}`,
  twilioToken: (g: ExampleGen) => g.hex(32),
  googleApiKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '_-', 35)}`,
  googleOauthSecret: (g: ExampleGen) => `GOCSPX-${g.chars(ALNUM + '_-', 28)}`,
  googleClientId: (g: ExampleGen) => `${g.digits(12)}-${g.lower(32)}.apps.googleusercontent.com`,
  recaptchaSite: (g: ExampleGen) => `6L${g.chars(ALNUM + '_-', 38)}`,
  azureSecret: (g: ExampleGen) => `${g.alnum(3)}${g.pick(['7', '8'])}Q~${g.chars(ALNUM + '_~.-', 34)}`,
  azureStorageKey: (g: ExampleGen) => `${g.base64(86).replace(/=+$/, '')}==`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'w'),
  salesforceSession: (g: ExampleGen) => `00D${g.alnum(12)}!${g.chars(ALNUM + '._', 96)}`,
  salesforceConsumerKey: (g: ExampleGen) => `3MVG9${g.chars(ALNUM + '._', 80)}`,
  salesforceConsumerSecret: (g: ExampleGen) => g.hex(64).toUpperCase(),
  hubspot: (g: ExampleGen) => `pat-${g.pick(['na1', 'eu1'])}-${g.uuid()}`,
  airtable: (g: ExampleGen) => `pat${g.alnum(14)}.${g.hex(64)}`,
  notion: (g: ExampleGen) => `secret_${g.alnum(43)}`,
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  teamsHook: (g: ExampleGen) => `https://lawfirm.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.hex(32)}/${g.uuid()}/V2${g.alnum(43)}`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  dropbox: (g: ExampleGen) => `sl.${g.chars(ALNUM + '_-', 136)}`,
  mapboxSecret: (g: ExampleGen) => `sk.eyJ1Ijoi${g.base64url(60)}.${g.base64url(22)}`,
  mapboxPublic: (g: ExampleGen) => `pk.eyJ1Ijoi${g.base64url(60)}.${g.base64url(22)}`,
  atlassian: (g: ExampleGen) => `ATATT3xFfGF0${g.chars(ALNUM + '_-', 170)}=${g.hex(8).toUpperCase()}`,
  okta: (g: ExampleGen) => `00${g.chars(ALNUM + '_-', 40)}`,
  adobeSign: (g: ExampleGen) => `3AAABLblqZhB${g.chars(ALNUM + '_-', 52)}`,
  zillowZwsid: (g: ExampleGen) => `X1-ZWz1${g.lower(11)}_${g.lower(5)}`,
  telegramBot: (g: ExampleGen) => `${g.digits(10)}:AA${g.chars(ALNUM + '_-', 33)}`,
  // Look-alikes of this world (negatives).
  matter: (g: ExampleGen) => g.pick([() => `${g.digits(5)}.${g.digits(4)}`, () => `${g.pick(YEARS)}-${g.digits(4)}-${g.pick(['LIT', 'CORP', 'EMP', 'RE', 'IP'])}`, () => `M${g.digits(6)}-${g.digits(3)}`])(),
  docket: (g: ExampleGen) =>
    g.pick([
      () => `${num(g, 1, 3)}:${g.digits(2)}-cv-${g.digits(5)}-${g.upper(3)}`,
      () => `${g.pick(['HC', 'CL', 'KB'])}-${g.pick(YEARS)}-${g.digits(6)}`,
      () => `${num(g, 1, 9)} O ${g.digits(3)}/${g.digits(2)}`,
    ])(),
  bates: (g: ExampleGen) => `${g.pick(['HART', 'DEF', 'PLTF', 'ABC', 'SMITH'])}${g.digits(7)}`,
  charityNo: (g: ExampleGen) => g.pick([() => g.digits(7), () => `${g.digits(2)}-${g.digits(7)}`, () => `SC0${g.digits(5)}`, () => `VR ${g.digits(5)}`])(),
  apn: (g: ExampleGen) =>
    g.pick([() => `${g.digits(3)}-${g.digits(3)}-${g.digits(2)}`, () => `${g.digits(4)}-${g.digits(3)}-${g.digits(3)}`, () => `Flur ${num(g, 1, 20)}, Flurstück ${num(g, 1, 900)}/${num(g, 1, 9)}`])(),
  mlsId: (g: ExampleGen) => g.pick([() => `ML8${g.digits(7)}`, () => `${g.pick(['A', 'C', 'W', 'N'])}${g.digits(7)}`, () => g.digits(8)])(),
  permit: (g: ExampleGen) => g.pick([() => `BP-${g.pick(YEARS)}-${g.digits(6)}`, () => `${g.pick(['BLD', 'ELE', 'DEM'])}${g.digits(2)}-${g.digits(5)}`, () => `BG-${g.digits(4)}/${g.pick(YEARS)}`])(),
  drawing: (g: ExampleGen) => `${g.pick(['A', 'S', 'M', 'E', 'C'])}-${g.digits(3)} Rev ${g.pick(['A', 'B', 'C', 'P1', 'P2', 'C03'])}`,
  ifcGuid: (g: ExampleGen) => `${g.pick(['0', '1', '2', '3'])}${g.chars(IFC, 21)}`,
  doorId: (g: ExampleGen) => `${g.pick(['D', 'DR', 'LK'])}-${g.digits(2)}-${g.digits(3)}`,
  md5: (g: ExampleGen) => g.hex(32),
  sha1: (g: ExampleGen) => g.hex(40),
  sha256: (g: ExampleGen) => g.hex(64),
  bcrypt: (g: ExampleGen) => `$2y$10$${g.chars(CRYPT, 53)}`,
  wpHash: (g: ExampleGen) => `$P$B${g.chars(CRYPT, 30)}`,
  drupalHash: (g: ExampleGen) => `$S$E${g.chars(CRYPT, 51)}`,
  ansibleVault: (g: ExampleGen) => `$ANSIBLE_VAULT;1.1;AES256\n${wrap(g.hex(320), 80)}`,
  mask: (v: string) => `${v.slice(0, 2)}${'*'.repeat(8)}${v.slice(-2)}`,
  ipv4: (g: ExampleGen, prefix = '10') => [prefix, ...Array.from({ length: 4 - prefix.split('.').length }, () => String(num(g, 1, 250)))].join('.'),
  mac: (g: ExampleGen) => Array.from({ length: 6 }, () => g.hex(2).toUpperCase()).join(':'),
  ticket: (g: ExampleGen) => `${g.pick(['INC', 'REQ', 'HD-', 'TKT-', 'SR'])}${g.digits(6)}`,
  iban: (g: ExampleGen) =>
    g.pick([
      () => `GB${g.digits(2)} ${g.upper(4)} ${g.digits(4)} ${g.digits(4)} ${g.digits(4)} ${g.digits(2)}`,
      () => `DE${g.digits(2)} ${g.digits(4)} ${g.digits(4)} ${g.digits(4)} ${g.digits(4)} ${g.digits(2)}`,
    ])(),
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
  'your-password-here',
  '[REDACTED]',
  '***',
  '<Passwort>',
  'XXXXXXXXXXXX',
  '{{ vault_password }}',
  '<contraseña>',
  '<mot-de-passe>',
  '<senha>',
  '<hasło>',
  '<wachtwoord>',
];

/** Per-document kit: shorthands that mark what they write. */
export interface CK {
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

export function ck(g: ExampleGen, m: Marker): CK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', C.anyPw(g)),
    hpw: () => m.secret('password', C.human(g)),
    gpw: () => m.secret('password', C.generated(g)),
    spw: () => m.secret('password', C.safePw(g)),
    phrase: () => m.secret('password', C.phrase(g)),
    dev: () => m.secret('password', C.device(g)),
    wifi: () => m.secret('password', C.wifi(g)),
    tok: () => m.secret('token', C.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', C.safePw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', C.b64(`${user}:${C.safePw(g)}`)),
    bearer: () => m.secret('http-auth', C.jwt(g)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const cDoc = docMaker(ck);
