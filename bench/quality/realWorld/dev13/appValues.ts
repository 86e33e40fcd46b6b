// Value makers for the rw-dev13 app part: the passwords, keys and tokens mobile and desktop developers really
// set (keystore passwords typed once in Android Studio, match passphrases, reviewer demo logins, generated API
// keys pasted into build files). Everything is built from the set's seeded generator at run time.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { cap, docMaker } from '../kit';

const WORDS = [
  'android',
  'falcon',
  'river',
  'marble',
  'pixel',
  'rocket',
  'banana',
  'cobalt',
  'meadow',
  'thunder',
  'gizmo',
  'papaya',
  'orbit',
  'walrus',
  'cactus',
  'lantern',
  'nebula',
  'pepper',
  'quartz',
  'saturn',
  'tundra',
  'violet',
  'willow',
  'zephyr',
  'kiwi',
  'mango',
  'harbor',
  'glacier',
];
const NAMES = ['kevin', 'maria', 'yuki', 'lukas', 'ana', 'oleg', 'mehmet', 'minji', 'tuan', 'putri', 'pierre', 'sofia', 'jakub', 'chen', 'diego'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Herbst', 'Verano', 'Lato', 'Inverno'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '%', '&'];
const WALKS = ['qwerty', 'asdfgh', 'zxcvbn', 'qazwsx', '1qaz2wsx', 'qwertz', 'azerty', 'poiuyt'];
const APPS = ['Shopr', 'Tripster', 'Fitly', 'Kasir', 'Moneyo', 'Bookit', 'Notey', 'Petpal', 'Quizzy', 'Rider'];

export const V = {
  /** Season+year+symbol, name+digits, app name + year, leetspeak words, keyboard walks. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(SEASONS)}${g.pick(['2019', '2021', '2022', '2023', '2024', '2025'])}${g.pick(SYMBOLS)}`,
      () => `${cap(g.pick(NAMES))}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(APPS)}${g.pick(['@', '_', '#', ''])}${g.pick(['2023', '2024', '2025', 'Release', 'Prod'])}${g.pick(['', '!'])}`,
      () => `${cap(g.pick(WORDS))}${g.pick(['#', '!', '.', '_'])}${g.digits(g.pick([2, 4]))}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(WORDS).replace(/a/g, '4').replace(/o/g, '0').replace(/e/g, '3')}${g.pick(SYMBOLS)}${g.digits(2)}`,
    ])();
  },
  /** 3-5 words with a separator. */
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 4, 5]);
    const sep = g.pick(['-', ' ', '.', '_', '']);
    const words = Array.from({ length: n }, () => g.pick(WORDS));
    const body = sep === '' ? words.map(cap).join('') : words.join(sep);
    return g.pick([body, body + g.digits(1), cap(body)]);
  },
  /** Password managers and `openssl rand`: 12-40 mixed. */
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$%^*-_', g.pick([12, 16, 20, 24])),
      () => g.alnum(g.pick([14, 18, 24, 32])),
      () => g.base64(g.pick([24, 32, 40])).replace(/[=+/]/g, 'x'),
      () => `${g.alnum(6)}-${g.alnum(6)}-${g.alnum(6)}`,
    ])();
  },
  /** Letters-only, the kind an IT person types into Android Studio once. */
  letters(g: ExampleGen): string {
    return g.pick([() => g.pick(WORDS) + g.pick(WORDS), () => cap(g.pick(WORDS)) + cap(g.pick(NAMES)), () => g.lower(g.pick([9, 11, 13]))])();
  },
  pin(g: ExampleGen): string {
    return g.digits(g.pick([4, 6, 6, 8]));
  },
  anyPw(g: ExampleGen): string {
    return g.pick([V.human, V.human, V.phrase, V.generated, V.generated, V.letters])(g);
  },
  /** A token without a prefix: hex, alnum, base64, uuid-shaped. */
  token(g: ExampleGen): string {
    return g.pick([
      () => g.hex(g.pick([32, 40, 64])),
      () => g.alnum(g.pick([24, 32, 40])),
      () => g.base64(g.pick([32, 44])),
      () => g.base64url(g.pick([32, 43])),
      () => g.uuid(),
      () => `${g.alnum(8)}${g.hex(24)}`,
    ])();
  },
  jwt(g: ExampleGen): string {
    const b = (s: string) => Buffer.from(s).toString('base64url');
    const head = b(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const body = b(JSON.stringify({ sub: g.digits(7), iat: 1700000000 + Number(g.digits(6)), role: g.pick(['user', 'mobile', 'tester']) }));
    return `${head}.${body}.${g.base64url(43)}`;
  },
  /** Supabase anon key: a JWT whose role is `anon`, public by design (row-level security guards the data). */
  supabaseAnon(g: ExampleGen): string {
    const b = (s: string) => Buffer.from(s).toString('base64url');
    const ref = g.lower(20);
    return `${b(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b(JSON.stringify({ iss: 'supabase', ref, role: 'anon', iat: 1690000000 + Number(g.digits(6)), exp: 2000000000 + Number(g.digits(6)) }))}.${g.base64url(43)}`;
  },
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  /** App Store Connect .p8 body (EC key), PKCS8 PEM. */
  p8(g: ExampleGen): string {
    const body = g.base64(200);
    const lines = body.match(/.{1,64}/g)!.join('\n');
    return `-----BEGIN PRIVATE KEY-----\n${lines}\n-----END PRIVATE KEY-----`;
  },
  minisign(g: ExampleGen): string {
    return `dW50cnVzdGVkIGNvbW1lbnQ6IHJzaWduIGVuY3J5cHRlZCBzZWNyZXQga2V5${g.base64(180).replace(/=/g, '')}`;
  },
  // provider formats from public docs
  stripeSecret: (g: ExampleGen) => `sk_live_${g.alnum(24)}`,
  stripePub: (g: ExampleGen) => `pk_live_${g.alnum(24)}`,
  googleKey: (g: ExampleGen) => `AIza${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 35)}`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/=/g, 'Q'),
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  sentryAuth: (g: ExampleGen) => `sntrys_${g.base64(80).replace(/[=+/]/g, 'A')}`,
  sentryUser: (g: ExampleGen) => g.hex(64),
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  revenuecatSecret: (g: ExampleGen) => `sk_${g.alnum(32)}`,
  revenuecatPublic: (g: ExampleGen) => `appl_${g.alnum(27)}`,
  expoToken: (g: ExampleGen) => g.alnum(40),
  openai: (g: ExampleGen) => `sk-proj-${g.base64url(48)}T3BlbkFJ${g.base64url(48)}`,
  twilioSid: (g: ExampleGen) => `AC${g.hex(32)}`,
  mapbox: (g: ExampleGen) => `sk.eyJ1Ijoi${g.base64url(20)}.${g.base64url(22)}`,
  mapboxPublic: (g: ExampleGen) => `pk.eyJ1Ijoi${g.base64url(40)}.${g.base64url(22)}`,
  // public-by-design / negatives
  sha1Fp: (g: ExampleGen) => g.hex(40).toUpperCase().match(/../g)!.join(':'),
  sha256Fp: (g: ExampleGen) => g.hex(64).toUpperCase().match(/../g)!.join(':'),
  teamId: (g: ExampleGen) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10),
  admobApp: (g: ExampleGen) => `ca-app-pub-${g.digits(16)}~${g.digits(10)}`,
  admobUnit: (g: ExampleGen) => `ca-app-pub-${g.digits(16)}/${g.digits(10)}`,
  sentryDsn: (g: ExampleGen) => `https://${g.hex(32)}@o${g.digits(6)}.ingest.sentry.io/${g.digits(7)}`,
  gcmSender: (g: ExampleGen) => g.digits(12),
  firebaseAppId: (g: ExampleGen) => `1:${g.digits(12)}:${g.pick(['android', 'ios', 'web'])}:${g.hex(g.pick([16, 22]))}`,
  oauthClient: (g: ExampleGen) => `${g.digits(12)}-${g.lower(32)}.apps.googleusercontent.com`,
  gitSha: (g: ExampleGen) => g.hex(40),
};

export const PLACEHOLDERS = ['<your-password>', 'CHANGE_ME', 'changeme', 'xxxxxxxx', '********', 'YOUR_API_KEY', 'REPLACE_ME', '<api-key>', 'TODO', '...', '<redacted>', 'your_key_here'];

export interface AK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  phrase(): string;
  letters(): string;
  pin(): string;
  tok(): string;
  hex(n: number): string;
  prov(label: string, v: string): string;
  cs(): string;
  http(v: string): string;
  jwt(): string;
  n(v: string): string;
  ph(): string;
  u(v: string): string;
}

export function ak(g: ExampleGen, m: Marker): AK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', V.anyPw(g)),
    hpw: () => m.secret('password', V.human(g)),
    gpw: () => m.secret('password', V.generated(g)),
    phrase: () => m.secret('password', V.phrase(g)),
    letters: () => m.secret('password', V.letters(g)),
    pin: () => m.secret('password', V.pin(g)),
    tok: () => m.secret('token', V.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () =>
      m.secret(
        'connection-string',
        g
          .pick([V.human, V.generated, V.letters])(g)
          .replace(/[@:/?#%]/g, ''),
      ),
    http: (v) => m.secret('http-auth', v),
    jwt: () => m.secret('http-auth', V.jwt(g)),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const appDoc = docMaker(ak);
