// Value makers for the rw-dev14 edu part: the passwords, keys and tokens students, TAs and school IT really set
// (root passwords typed into XAMPP once, lab accounts handed out in class, API keys pasted into notebook cells,
// initial passwords for a whole class). Everything is built from the set's seeded generator at run time.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { cap, docMaker } from '../kit';

const WORDS = [
  'campus',
  'lecture',
  'tiger',
  'penguin',
  'coffee',
  'library',
  'galaxy',
  'dragon',
  'pizza',
  'sunset',
  'monkey',
  'rainbow',
  'physics',
  'matrix',
  'kernel',
  'turtle',
  'pancake',
  'ocean',
  'falafel',
  'hamster',
  'jupiter',
  'robot',
  'biscuit',
  'lemon',
];
const NAMES = ['alex', 'priya', 'wei', 'fatima', 'jonas', 'lucia', 'omar', 'hana', 'tomasz', 'ngozi', 'rahul', 'emma', 'kenji', 'ines', 'dmitri', 'thao'];
const TERMS = ['Fall', 'Spring', 'Summer', 'Winter', 'WS', 'SS', 'Sem'];
const YEARS = ['2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '*', '?', '!!', '&', '.'];
const COURSES = ['CS101', 'CSE340', 'COMP2001', 'INF3', 'DB2024', 'SE4', 'IT210', 'CPSC411', 'ECE250', 'ISYS224'];
const SCHOOLS = ['Uni', 'TUM', 'UCL', 'NUS', 'UFMG', 'Epita', 'IITB', 'Aalto', 'UBC', 'KTH'];

export const V = {
  /** What students and teachers type: term+year, name+digits, course code, leetspeak, pet words. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(TERMS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${cap(g.pick(NAMES))}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(COURSES)}${g.pick(['_', '-', '@', ''])}${g.pick(['lab', 'Lab', 'team', 'proj', 'grp'])}${g.digits(g.pick([1, 2]))}`,
      () => `${cap(g.pick(WORDS))}${g.pick(SYMBOLS)}${g.digits(g.pick([2, 3, 4]))}`,
      () => `${g.pick(WORDS).replace(/a/g, '@').replace(/o/g, '0').replace(/i/g, '1')}${g.digits(2)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(SCHOOLS)}${g.pick(['#', '_', '.'])}${g.pick(WORDS)}${g.digits(2)}`,
      () => `${g.pick(WORDS)}${g.pick(WORDS)}${g.digits(g.pick([1, 3]))}`,
    ])();
  },
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 4]);
    const sep = g.pick(['-', ' ', '.', '_']);
    return Array.from({ length: n }, () => g.pick(WORDS)).join(sep) + g.pick(['', g.digits(1), g.digits(2)]);
  },
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#%^*-_', g.pick([12, 14, 16, 20])),
      () => g.alnum(g.pick([10, 12, 16, 24])),
      () => g.base64(g.pick([16, 24, 32])).replace(/[=+/]/g, 'k'),
      () => `${g.lower(4)}-${g.lower(4)}-${g.digits(4)}`,
    ])();
  },
  /** Initial passwords a school IT admin generates for a class: short, readable, no ambiguous characters. */
  initial(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghjkmnpqrstuvwxyz', 4) + g.chars('23456789', 4),
      () => cap(g.chars('abcdefghjkmnpqrstuvwxyz', 5)) + g.digits(3) + g.pick(SYMBOLS),
      () => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789', 8),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([V.human, V.human, V.human, V.generated, V.generated, V.phrase])(g);
  },
  /** A URL-safe password (for connection strings). */
  csPw(g: ExampleGen): string {
    return g
      .pick([V.human, V.generated, V.human])(g)
      .replace(/[@:/?#%&;=+ ]/g, '');
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43])), () => `${g.alnum(10)}${g.hex(22)}`])();
  },
  jwt(g: ExampleGen): string {
    const b = (s: string) => Buffer.from(s).toString('base64url');
    const head = b(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const body = b(JSON.stringify({ id: Number(g.digits(5)), email: `${g.pick(NAMES)}@student.example.edu`, iat: 1700000000 + Number(g.digits(6)) }));
    return `${head}.${body}.${g.base64url(43)}`;
  },
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pemRsa(g: ExampleGen, kind = 'RSA PRIVATE KEY'): string {
    const lines = g
      .base64(64 * 12)
      .match(/.{1,64}/g)!
      .join('\n');
    return `-----BEGIN ${kind}-----\n${lines}\n${g.base64(40)}==\n-----END ${kind}-----`;
  },
  openssh(g: ExampleGen): string {
    const lines = ('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' + g.base64(300)).match(/.{1,70}/g)!.join('\n');
    return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines}\n-----END OPENSSH PRIVATE KEY-----`;
  },
  // provider formats, from the providers' public documentation
  openai: (g: ExampleGen) => g.pick([() => `sk-proj-${g.base64url(56)}T3BlbkFJ${g.base64url(56)}`, () => `sk-${g.alnum(20)}T3BlbkFJ${g.alnum(20)}`])(),
  anthropic: (g: ExampleGen) => `sk-ant-api03-${g.base64url(93)}AA`,
  googleKey: (g: ExampleGen) => `AIza${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 35)}`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  githubFine: (g: ExampleGen) => `github_pat_11${g.upper(1)}${g.alnum(21)}_${g.alnum(59)}`,
  hf: (g: ExampleGen) => `hf_${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`,
  discordBot: (g: ExampleGen) => `${V.b64(g.digits(18)).replace(/=+$/, '')}.${g.base64url(6)}.${g.base64url(38)}`,
  telegramBot: (g: ExampleGen) => `${g.digits(10)}:AA${g.base64url(33)}`,
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  discordHook: (g: ExampleGen) => `https://discord.com/api/webhooks/${g.digits(19)}/${g.base64url(68)}`,
  stripeTest: (g: ExampleGen) => `sk_test_${g.alnum(24)}`,
  stripePub: (g: ExampleGen) => `pk_test_${g.alnum(24)}`,
  twilioSid: (g: ExampleGen) => `AC${g.hex(32)}`,
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/=/g, 'z'),
  canvasToken: (g: ExampleGen) => `${g.digits(4)}~${g.alnum(64)}`,
  gitlabPat: (g: ExampleGen) => `glpat-${g.base64url(20)}`,
  mongoAtlasHost: (g: ExampleGen) => `cluster0.${g.lower(5)}.mongodb.net`,
  // public-by-design values and look-alikes (negatives)
  oauthClient: (g: ExampleGen) => `${g.digits(12)}-${g.lower(32)}.apps.googleusercontent.com`,
  sha256: (g: ExampleGen) => g.hex(64),
  gitSha: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  bcrypt: (g: ExampleGen) => `$2b$${g.pick(['10', '12'])}$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`,
  studentId: (g: ExampleGen) => g.pick([() => g.digits(8), () => `s${g.digits(7)}`, () => `${g.digits(2)}${g.upper(3)}${g.digits(4)}`])(),
  firebaseWeb: (g: ExampleGen) => `AIza${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 35)}`,
  name: (g: ExampleGen) => g.pick(NAMES),
  course: (g: ExampleGen) => g.pick(COURSES),
};

export const PLACEHOLDERS = [
  '<your-password>',
  'CHANGE_ME',
  'changeme',
  'TODO',
  'YOUR_API_KEY_HERE',
  '<api key>',
  'xxxxxxxx',
  '********',
  'your_password',
  'REPLACE_WITH_YOUR_KEY',
  '...',
  'PUT-YOUR-TOKEN-HERE',
];

export interface EK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  phrase(): string;
  init(): string;
  tok(): string;
  hex(n: number): string;
  prov(label: string, v: string): string;
  cs(): string;
  http(v: string): string;
  jwt(): string;
  key(v?: string): string;
  n(v: string): string;
  ph(): string;
  u(v: string): string;
}

export function ek(g: ExampleGen, m: Marker): EK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', V.anyPw(g)),
    hpw: () => m.secret('password', V.human(g)),
    gpw: () => m.secret('password', V.generated(g)),
    phrase: () => m.secret('password', V.phrase(g)),
    init: () => m.secret('password', V.initial(g)),
    tok: () => m.secret('token', V.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', V.csPw(g)),
    http: (v) => m.secret('http-auth', v),
    jwt: () => m.secret('http-auth', V.jwt(g)),
    key: (v) => m.secret('private-key', v ?? V.pemRsa(g)),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const eduDoc = docMaker(ek);
