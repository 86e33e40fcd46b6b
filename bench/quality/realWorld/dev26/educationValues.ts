// Value makers for the rw-dev26 education part: the passwords school IT coordinators, registrars, librarians,
// teachers and students set (school names, mascots, terms and school years in many languages, pupils' first-login
// passwords, keyboard walks, generated vault passwords), the keys of their vendors (LMS, SIS, rostering, library
// systems, proctoring, autograders) and the look-alikes their files are full of (student ids, course codes, ISBNs,
// call numbers, item barcodes, DOIs, ORCID ids, candidate numbers, LTI consumer keys, hashes, UUIDs). Everything
// is drawn from the set's seeded generator at run time; no literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, num, wrap } from '../kit';

const WORDS = ['library', 'campus', 'student', 'teacher', 'classroom', 'moodle', 'canvas', 'register', 'exam', 'grades', 'timetable', 'lecture', 'faculty', 'science', 'maths', 'history'];
const WORDS_INTL = ['Schule', 'Klassenbuch', 'Bibliothek', 'Lehrer', 'Ecole', 'College', 'Escuela', 'Biblioteca', 'Scuola', 'School', 'Skola', 'Koulu', 'Szkola', 'Escola', 'Sekolah', 'Aula'];
const SCHOOLS = ['Lincoln', 'Roosevelt', 'Eastwood', 'Hillcrest', 'Goethe', 'Schiller', 'Voltaire', 'Cervantes', 'Montessori', 'Erasmus', 'Nobel', 'Sibelius', 'Kopernik', 'Pessoa', 'Marconi', 'Kartini'];
const MASCOTS = ['Eagles', 'Tigers', 'Falcons', 'Panthers', 'Wildcats', 'Bulldogs', 'Owls', 'Spartans', 'Lions', 'Hornets'];
const TERMS = ['Fall', 'Spring', 'Autumn', 'Herbst', 'Rentree', 'Semestre', 'Otono', 'Lukuvuosi', 'Termin', 'Trimestre', 'Schuljahr', 'Hosttermin'];
const YEARS = ['2023', '2024', '2025', '2026', '2526', '25', '26'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '&', '.'];
const WALKS = ['qwerty', 'qwertz', 'azerty', '1qaz2wsx', 'q1w2e3r4', 'asdfgh', 'zaq12wsx'];
const KID_WORDS = ['tiger', 'apple', 'rocket', 'panda', 'sunny', 'dragon', 'pizza', 'banane', 'sonne', 'lapin', 'gato', 'kissa', 'mela', 'zebra', 'koala', 'comet'];
const FIRST = ['Emma', 'Liam', 'Noah', 'Mia', 'Lukas', 'Chloe', 'Mateo', 'Sofia', 'Aino', 'Jan', 'Giulia', 'Joao', 'Minji', 'Haruto', 'Aarav', 'Putri'];

export const ED = {
  /** What staff, teachers and admins type and write on sticky notes. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(SCHOOLS)}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(TERMS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${g.pick(MASCOTS)}${g.pick(['', '_', '#', '@'])}${g.digits(g.pick([2, 4]))}${g.pick(['', '!', '$'])}`,
      () => `${cap(g.pick(WORDS))}${g.pick(['#', '!', '.', '_', '-'])}${g.digits(g.pick([2, 4]))}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(WORDS).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')}${g.pick(SYMBOLS)}${g.digits(3)}`,
    ])();
  },
  /** Pupils' first-login passwords as class lists and reset letters hand them out. */
  pupil(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(KID_WORDS)}${g.digits(g.pick([2, 3, 4]))}`,
      () => `${cap(g.pick(KID_WORDS))}${g.digits(2)}${g.pick(['!', '#', '', '.'])}`,
      () => `${g.pick(FIRST).toLowerCase()}${g.digits(4)}`,
      () => `${g.chars('abcdefghjkmnpqrstuvwxyz', 3)}${g.digits(3)}${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}`,
      () => `${cap(g.pick(KID_WORDS))}-${cap(g.pick(KID_WORDS))}-${g.digits(2)}`,
    ])();
  },
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 4, 5]);
    const sep = g.pick(['-', ' ', '.', '_']);
    const words = Array.from({ length: n }, () => g.pick([...WORDS, ...KID_WORDS, ...SCHOOLS.map((w) => w.toLowerCase())]));
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
    return g.pick([ED.human, ED.human, ED.generated, ED.generated, ED.phrase, ED.pupil])(g);
  },
  /** No characters shells, URLs, XML, INI, CSV or PHP strings choke on. */
  safePw(g: ExampleGen): string {
    return g
      .pick([ED.human, ED.generated, ED.pupil])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^(),.|{}[\]-]/g, '');
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])).replace(/[+/]/g, 'Z'), () => g.base64url(g.pick([32, 43]))])();
  },
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'OPENSSH PRIVATE KEY'): string {
    // Real DER bodies open with a fixed ASN.1 header, so the generated ones do too.
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
  certBody(g: ExampleGen): string {
    return `MIID${g.base64(560)}`;
  },
  pubPem(g: ExampleGen): string {
    return `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${wrap(g.base64(320), 64)}\n-----END PUBLIC KEY-----`;
  },
  sshPub(g: ExampleGen, who: string): string {
    return `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)} ${who}`;
  },
  jwt(g: ExampleGen): string {
    return `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([120, 180, 240]))}.${g.base64url(342)}`;
  },
  jwtHs(g: ExampleGen): string {
    return `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([80, 120]))}.${g.base64url(43)}`;
  },
  // Vendors of this world, shapes from their public docs.
  /** Moodle web service token: 32 lowercase hex. */
  moodleToken: (g: ExampleGen) => g.hex(32),
  /** Canvas access token: the issuing shard id, a tilde, then 64 alphanumerics. */
  canvasToken: (g: ExampleGen) => `${num(g, 1000, 25000)}~${g.alnum(64)}`,
  /** Canvas developer key secret (client secret of an LTI/API key): 64 alphanumerics. */
  canvasKeySecret: (g: ExampleGen) => g.alnum(64),
  /** Canvas developer key id: shard * 10^13 + key number (public, a client id). */
  canvasKeyId: (g: ExampleGen) => `${num(g, 1, 9)}0000000000${g.digits(4)}`,
  blackboardSecret: (g: ExampleGen) => g.alnum(32),
  /** Clever district/app tokens: 40 lowercase hex-ish alphanumerics. */
  cleverToken: (g: ExampleGen) => g.chars('abcdef0123456789', 40),
  cleverClientId: (g: ExampleGen) => g.chars('abcdef0123456789', 20),
  cleverClientSecret: (g: ExampleGen) => g.chars('abcdef0123456789', 40),
  classlinkSecret: (g: ExampleGen) => g.hex(24),
  classlinkKey: (g: ExampleGen) => g.hex(24),
  powerschoolSecret: (g: ExampleGen) => g.uuid(),
  /** Ex Libris developer network keys (Alma, Primo, Leganto): l7xx/l8xx then 32 hex. */
  exlibrisKey: (g: ExampleGen) => `${g.pick(['l7xx', 'l8xx'])}${g.hex(32)}`,
  /** OCLC WSKey: an 80-character alphanumeric key (client id) and a secret. */
  oclcKey: (g: ExampleGen) => g.alnum(80),
  oclcSecret: (g: ExampleGen) => g.base64(24).replace(/[+/]/g, 'x'),
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  githubFine: (g: ExampleGen) => `github_pat_11${g.upper(1)}${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 21)}_${g.alnum(59)}`,
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(11)}-${g.digits(13)}-${g.alnum(24)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  discordHook: (g: ExampleGen) => `https://discord.com/api/webhooks/${g.digits(19)}/${g.chars(ALNUM + '_-', 68)}`,
  discordBot: (g: ExampleGen) => `${g.pick(['MT', 'Nz', 'OT'])}${g.alnum(22)}.${g.chars(ALNUM + '_-', 6)}.${g.chars(ALNUM + '_-', 38)}`,
  teamsHook: (g: ExampleGen) => `https://schoolsdistrict.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.hex(32)}/${g.uuid()}/V2${g.alnum(43)}`,
  googleApiKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '_-', 35)}`,
  googleClientSecret: (g: ExampleGen) => `GOCSPX-${g.chars(ALNUM + '_-', 28)}`,
  googleClientId: (g: ExampleGen) => `${g.digits(12)}-${g.lower(32)}.apps.googleusercontent.com`,
  azureSecret: (g: ExampleGen) => `${g.alnum(3)}${g.pick(['7', '8'])}Q~${g.chars(ALNUM + '_~.-', 34)}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'p'),
  openai: (g: ExampleGen) => `sk-proj-${g.chars(ALNUM + '_-', 64)}T3BlbkFJ${g.chars(ALNUM + '_-', 64)}`,
  anthropic: (g: ExampleGen) => `sk-ant-api03-${g.chars(ALNUM + '_-', 93)}AA`,
  hf: (g: ExampleGen) => `hf_${g.alnum(34)}`,
  stripeTest: (g: ExampleGen) => `sk_test_${g.alnum(99)}`,
  stripePk: (g: ExampleGen) => `pk_test_${g.alnum(99)}`,
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  twilioSid: (g: ExampleGen) => `AC${g.hex(32)}`,
  twilioToken: (g: ExampleGen) => g.hex(32),
  mailgun: (g: ExampleGen) => `key-${g.hex(32)}`,
  zoomSecret: (g: ExampleGen) => g.alnum(32),
  zoomClientId: (g: ExampleGen) => g.chars(ALNUM + '_', 22),
  telegramBot: (g: ExampleGen) => `${g.digits(10)}:AA${g.chars(ALNUM + '_-', 33)}`,
  mongoUser: (g: ExampleGen) => `${g.pick(FIRST).toLowerCase()}${g.digits(2)}`,
  firebaseKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '_-', 35)}`,
  gitlabPat: (g: ExampleGen) => `glpat-${g.chars(ALNUM + '_-', 20)}`,
  npm: (g: ExampleGen) => g.crc32Token('npm_', 30),
  // Look-alikes of education files (negatives).
  studentId: (g: ExampleGen) => g.pick([() => `S${g.digits(7)}`, () => g.digits(8), () => `${g.pick(['u', 'a', 's'])}${g.digits(7)}`, () => `${num(g, 2019, 2026)}${g.digits(5)}`])(),
  staffId: (g: ExampleGen) => `E${g.digits(6)}`,
  course: (g: ExampleGen) => `${g.pick(['CS', 'MATH', 'HIST', 'BIO', 'ECON', 'PHYS', 'CHEM', 'ENGL', 'INFO', 'STAT'])}${g.pick(['', ' ', '-'])}${num(g, 100, 499)}${g.pick(['', 'A', 'L'])}`,
  section: (g: ExampleGen) => `${num(g, 2024, 2026)}${g.pick(['FA', 'SP', 'SU', 'WS', 'SS'])}-${g.pick(['CS', 'MATH', 'BIO', 'HIST'])}${num(g, 100, 499)}-${g.digits(3)}`,
  isbn: (g: ExampleGen) => `978-${g.digits(1)}-${g.digits(4)}-${g.digits(4)}-${g.digits(1)}`,
  issn: (g: ExampleGen) => `${g.digits(4)}-${g.digits(3)}${g.pick(['X', g.digits(1)])}`,
  callNo: (g: ExampleGen) => `${g.pick(['QA', 'PR', 'HD', 'BF', 'QH', 'Z', 'PS'])}${num(g, 1, 9999)}.${g.upper(1)}${g.digits(2)} ${num(g, 1990, 2025)}`,
  deweyNo: (g: ExampleGen) => `${g.digits(3)}.${g.digits(g.pick([1, 2, 3]))} ${g.upper(3)}`,
  barcode: (g: ExampleGen) => g.pick([() => `3${g.digits(13)}`, () => `${g.digits(12)}`, () => `B${g.digits(9)}`])(),
  patronBarcode: (g: ExampleGen) => `2${g.digits(13)}`,
  doi: (g: ExampleGen) => `10.${num(g, 1000, 9999)}/${g.pick(['j.compedu', 's10639', 'ijer', 'jcal'])}.${num(g, 2019, 2026)}.${g.digits(6)}`,
  orcid: (g: ExampleGen) => `0000-000${g.digits(1)}-${g.digits(4)}-${g.digits(3)}${g.pick(['X', g.digits(1)])}`,
  candidate: (g: ExampleGen) => `${g.digits(5)}-${g.digits(4)}`,
  room: (g: ExampleGen) => `${g.pick(['B', 'H', 'A', 'LIB', 'SCI'])}-${num(g, 1, 4)}${g.digits(2)}`,
  ticket: (g: ExampleGen) => `${g.pick(['INC', 'RITM', 'HD-', 'REQ', 'TKT-'])}${g.digits(6)}`,
  ltiConsumerKey: (g: ExampleGen) => g.pick([() => `${g.pick(['moodle', 'canvas', 'bb', 'd2l'])}.${g.pick(SCHOOLS).toLowerCase()}.edu`, () => `consumer-${g.digits(5)}`, () => g.uuid()])(),
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  gitSha: (g: ExampleGen) => g.hex(40),
  bcrypt: (g: ExampleGen) => `$2y$10$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  moodleHash: (g: ExampleGen) => `$6$rounds=10000$${g.chars('./0123456789abcdefghijklmnopqrstuvwxyz', 16)}$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 86)}`,
  ssha: (g: ExampleGen) => `{SSHA}${g.base64(32)}`,
  ntHash: (g: ExampleGen) => g.hex(32).toUpperCase(),
  fingerprint: (g: ExampleGen) => Array.from({ length: 20 }, () => g.hex(2).toUpperCase()).join(':'),
  mask: (v: string) => `${v.slice(0, 2)}${'*'.repeat(8)}${v.slice(-2)}`,
  ipv4: (g: ExampleGen, prefix = '10') => [prefix, ...Array.from({ length: 4 - prefix.split('.').length }, () => String(num(g, 1, 250)))].join('.'),
  mac: (g: ExampleGen) => Array.from({ length: 6 }, () => g.hex(2).toUpperCase()).join(':'),
  first: (g: ExampleGen) => g.pick(FIRST),
  school: (g: ExampleGen) => g.pick(SCHOOLS),
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
  '{{ vault_password }}',
  '<contraseña>',
  '<mot-de-passe>',
  '<wachtwoord>',
  '<salasana>',
  '<hasło>',
];

/** Per-document kit: shorthands that mark what they write. */
export interface UK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  spw(): string;
  kid(): string;
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

export function uk(g: ExampleGen, m: Marker): UK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', ED.anyPw(g)),
    hpw: () => m.secret('password', ED.human(g)),
    gpw: () => m.secret('password', ED.generated(g)),
    spw: () => m.secret('password', ED.safePw(g)),
    kid: () => m.secret('password', ED.pupil(g)),
    phrase: () => m.secret('password', ED.phrase(g)),
    tok: () => m.secret('token', ED.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', ED.safePw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', ED.b64(`${user}:${ED.safePw(g)}`)),
    bearer: () => m.secret('http-auth', ED.jwt(g)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const eduDoc = docMaker(uk);
