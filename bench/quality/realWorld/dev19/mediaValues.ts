// Value makers for the rw-dev19 media part: the passwords newsroom IT, broadcast engineers, podcasters and stream
// operators set (station call signs, show names, studios, seasons and years in several languages, keyboard walks,
// generated vault passwords), the tokens of media services (CMS, video platforms, transfer tools, ad tech, social
// APIs), and the look-alikes media files are full of (stream ids, player ids, ISRC/ISBN/EIDR codes, ad-unit paths,
// timecodes, content hashes). Everything is drawn from the set's seeded generator at run time; no literal secret is
// committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, LOWNUM, num, wrap } from '../kit';

const WORDS = ['newsroom', 'studio', 'playout', 'encoder', 'podcast', 'radio', 'anchor', 'bulletin', 'master', 'control', 'archive', 'gallery', 'ingest', 'sports', 'weather', 'frontpage'];
const WORDS_INTL = ['Redaktion', 'Sender', 'Rundfunk', 'Redaction', 'Antenne', 'Emisora', 'Noticias', 'Redazione', 'Omroep', 'Nieuws', 'Radiowo', 'Jornal', 'Noticiero', 'Telegiornale', 'Sendung', 'Journal'];
const STATIONS = ['KXLA', 'WNYC', 'RadioEins', 'Canal5', 'TeleNord', 'Antenne3', 'RTV7', 'Onda9', 'FM1043', 'Studio54', 'Kanal21', 'Radio24', 'NRJ', 'TVN', 'Rai3'];
const SHOWS = ['Morningshow', 'Nightdesk', 'Tagesbericht', 'Matinale', 'Infodia', 'Sportclub', 'Frontline', 'Weekend', 'Newshour', 'Kulturzeit', 'Drivetime', 'Popcast'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Sommer', 'Herbst', 'Verano', 'Invierno', 'Printemps', 'Hiver', 'Zomer', 'Estate', 'Inverno', 'Lato'];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '%', '&', '.'];
const WALKS = ['qwertz', 'qwerty', 'asdfgh', '1qaz2wsx', 'zaq12wsx', 'azerty', 'q1w2e3r4', 'yxcvbn'];

const pad2 = (n: number) => String(n).padStart(2, '0');

export const V = {
  /** What engineers and editors type: station+year, show+digits, season+year, leet, keyboard walks. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(STATIONS)}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${g.pick(SHOWS)}${g.pick(['', '_', '#', '@'])}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '$'])}`,
      () => `${cap(g.pick(WORDS))}${g.pick(['#', '!', '.', '_', '-'])}${g.digits(g.pick([2, 4]))}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(WORDS).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')}${g.pick(SYMBOLS)}${g.digits(3)}`,
    ])();
  },
  /** 3-5 words: key passphrases, SRT passphrases, password-manager masters. */
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 4, 5]);
    const sep = g.pick(['-', '.', '_']);
    const words = Array.from({ length: n }, () => g.pick([...WORDS, ...WORDS_INTL.map((w) => w.toLowerCase())]));
    return g.pick([words.join(sep), words.join(sep) + g.digits(2), cap(words.join(sep)) + g.pick(SYMBOLS)]);
  },
  /** 1Password/Bitwarden/pwgen output. */
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%^*-_+=', g.pick([14, 16, 20, 24])),
      () => g.alnum(g.pick([12, 16, 20, 28])),
      () => `${g.alnum(6)}-${g.alnum(6)}-${g.alnum(6)}`,
      () => g.base64(g.pick([18, 24, 32])).replace(/[=+/]/g, 'x'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([V.human, V.human, V.generated, V.generated, V.phrase])(g);
  },
  /** No characters shells, URLs, XML, INI or JSON parsers choke on. */
  safePw(g: ExampleGen): string {
    return g
      .pick([V.human, V.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^(),.]/g, '');
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43]))])();
  },
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'OPENSSH PRIVATE KEY'): string {
    const body = g.base64(kind === 'EC PRIVATE KEY' ? 160 : 640);
    return `-----BEGIN ${kind}-----\n${wrap(body, 64)}\n-----END ${kind}-----`;
  },
  pemJson(g: ExampleGen): string {
    return `-----BEGIN PRIVATE KEY-----\\n${wrap(g.base64(640), 64).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n`;
  },
  publicPem(g: ExampleGen): string {
    return `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${wrap(g.base64(320), 64)}\n-----END PUBLIC KEY-----`;
  },
  jwt(g: ExampleGen): string {
    return `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([90, 140, 200]))}.${g.base64url(43)}`;
  },
  // Media providers, shapes from the providers' public docs.
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'q'),
  /** Ghost Admin API key: 24-hex id, colon, 64-hex secret. */
  ghostAdmin: (g: ExampleGen) => `${g.hex(24)}:${g.hex(64)}`,
  /** Ghost Content API key: 26 hex, meant for browsers (public). */
  ghostContent: (g: ExampleGen) => g.hex(26),
  contentfulCma: (g: ExampleGen) => `CFPAT-${g.base64url(43)}`,
  contentfulCda: (g: ExampleGen) => g.base64url(43),
  sanityToken: (g: ExampleGen) => `sk${g.alnum(180)}`,
  sanityProject: (g: ExampleGen) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 8),
  strapiToken: (g: ExampleGen) => g.hex(256),
  storyblokPublic: (g: ExampleGen) => `${g.alnum(22)}tt`,
  storyblokMgmt: (g: ExampleGen) => `${g.alnum(22)}-${g.digits(6)}-${g.alnum(20)}`,
  prismicToken: (g: ExampleGen) => `MC5${g.base64(80).replace(/[+/=]/g, 'Z')}`,
  muxSecret: (g: ExampleGen) => g.base64(75).replace(/[+/=]/g, 'M'),
  brightcoveSecret: (g: ExampleGen) => g.base64url(86),
  jwSecretV1: (g: ExampleGen) => g.alnum(24),
  jwSecretV2: (g: ExampleGen) => `${g.alnum(48)}`,
  vimeoToken: (g: ExampleGen) => g.hex(32),
  googleOauthSecret: (g: ExampleGen) => `GOCSPX-${g.chars(ALNUM + '_-', 28)}`,
  googleRefresh: (g: ExampleGen) => `1//0${g.chars(ALNUM + '_-', 99)}`,
  googleApiKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '_-', 35)}`,
  kalturaSecret: (g: ExampleGen) => g.hex(32),
  kalturaKs: (g: ExampleGen) => `djJ8${g.digits(7)}fH${g.base64url(180)}`,
  cfApiToken: (g: ExampleGen) => g.chars(ALNUM + '_-', 40),
  akamaiKey: (g: ExampleGen) => g.hex(64),
  twitchKey: (g: ExampleGen) => `live_${g.digits(9)}_${g.alnum(30)}`,
  youtubeKey: (g: ExampleGen) => Array.from({ length: 5 }, () => g.chars(LOWNUM, 4)).join('-'),
  facebookStreamKey: (g: ExampleGen) => `FB-${g.digits(15)}-0-${g.chars(ALNUM + '_-', 38)}`,
  dropboxToken: (g: ExampleGen) => `sl.${g.chars(ALNUM + '_-', 136)}`,
  frameioToken: (g: ExampleGen) => `fio-u-${g.chars(ALNUM + '_-', 64)}`,
  azureSasSig: (g: ExampleGen) => encodeURIComponent(g.base64(43) + '='),
  azureStorageKey: (g: ExampleGen) => `${g.base64(86).replace(/=+$/, '')}==`,
  gcsHmacId: (g: ExampleGen) => `GOOG1E${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 55)}`,
  gcsHmacSecret: (g: ExampleGen) => g.base64(40).replace(/[=]/g, 'w'),
  stripeLive: (g: ExampleGen) => `sk_live_${g.alnum(99)}`,
  stripeRestricted: (g: ExampleGen) => `rk_live_${g.alnum(99)}`,
  stripeWebhook: (g: ExampleGen) => `whsec_${g.alnum(32)}`,
  stripePub: (g: ExampleGen) => `pk_live_${g.alnum(99)}`,
  facebookToken: (g: ExampleGen) => `EAA${g.alnum(g.pick([180, 200, 220]))}`,
  xBearer: (g: ExampleGen) => `${'A'.repeat(22)}${g.alnum(30)}%3D${g.alnum(50)}`,
  mastodonToken: (g: ExampleGen) => g.base64url(43),
  blueskyAppPw: (g: ExampleGen) => Array.from({ length: 4 }, () => g.chars(LOWNUM, 4)).join('-'),
  openaiKey: (g: ExampleGen) => `sk-proj-${g.chars(ALNUM + '_-', 74)}T3BlbkFJ${g.chars(ALNUM + '_-', 74)}`,
  elevenLabs: (g: ExampleGen) => `sk_${g.hex(48)}`,
  anthropicKey: (g: ExampleGen) => `sk-ant-api03-${g.chars(ALNUM + '_-', 93)}AA`,
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  mailchimp: (g: ExampleGen) => `${g.hex(32)}-us${num(g, 1, 21)}`,
  // Look-alikes media files are full of (negatives).
  streamId: (g: ExampleGen) => g.pick([() => `live_${g.lower(6)}_${g.digits(3)}`, () => `ch${g.digits(3)}-${g.pick(['main', 'backup', 'hd', 'sd'])}`, () => g.uuid()])(),
  playerId: (g: ExampleGen) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 8),
  mediaId: (g: ExampleGen) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 8),
  brightcoveAccount: (g: ExampleGen) => g.digits(13),
  gaId: (g: ExampleGen) => `G-${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}`,
  gtmId: (g: ExampleGen) => `GTM-${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 7)}`,
  isrc: (g: ExampleGen) => `${g.pick(['DE', 'GB', 'US', 'FR', 'NL'])}-${g.upper(3)}-${g.digits(2)}-${g.digits(5)}`,
  isbn: (g: ExampleGen) => `978-${g.digits(1)}-${g.digits(3)}-${g.digits(5)}-${g.digits(1)}`,
  eidr: (g: ExampleGen) => `10.5240/${Array.from({ length: 5 }, () => g.hex(4).toUpperCase()).join('-')}-${g.upper(1)}`,
  adUnit: (g: ExampleGen) => `/${g.digits(8)}/${g.pick(['news', 'sport', 'culture', 'home'])}/${g.pick(['top_leaderboard', 'mpu_1', 'billboard', 'sticky_footer'])}`,
  timecode: (g: ExampleGen) => `${pad2(num(g, 0, 23))}:${pad2(num(g, 0, 59))}:${pad2(num(g, 0, 59))}:${pad2(num(g, 0, 24))}`,
  uuid: (g: ExampleGen) => g.uuid(),
  bcrypt: (g: ExampleGen) => `$2y$10$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  phpass: (g: ExampleGen) => `$P$B${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 30)}`,
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  mask: (v: string) => `${v.slice(0, 3)}${'*'.repeat(8)}${v.slice(-2)}`,
  ipv4: (g: ExampleGen, prefix = '10') => [prefix, ...Array.from({ length: 4 - prefix.split('.').length }, () => String(num(g, 1, 250)))].join('.'),
  ticket: (g: ExampleGen) => `${g.pick(['BCST', 'NEWS', 'VID', 'OPS', 'INC'])}-${g.digits(4)}`,
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
  '<stream-key>',
  '<your-token>',
  'your-password',
  '[REDACTED]',
  '***',
  '<api_key>',
  'XXXXXXXXXXXX',
  '{{password}}',
  '<passwort>',
  '<mot-de-passe>',
  'YOUR_STREAM_KEY',
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
