// Value makers for the rw-dev18 game part: the passwords studios, modders and server admins set (game and studio
// names, server names, years, leetspeak, keyboard walks, generated panel passwords), the tokens of the game world
// (bot tokens, stream keys, platform API keys, Perforce tickets, licence serials, RCON and server secrets) and
// the look-alikes game files are full of (Steam app ids, SteamID64s, Discord snowflakes, Unity GUIDs and fileIDs,
// build numbers, seeds, item ids, save hashes). Everything is drawn from the set's seeded generator at run time;
// no literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, LOWNUM, num, wrap } from '../kit';

const WORDS = ['creeper', 'dragon', 'raid', 'loot', 'spawn', 'respawn', 'pixel', 'quest', 'goblin', 'nether', 'frag', 'headshot', 'boss', 'tavern', 'mana', 'castle', 'portal', 'speedrun'];
const WORDS_INTL = ['Drache', 'Spiel', 'Zamek', 'Smok', 'Kraken', 'Jogo', 'Juego', 'Partie', 'Oyun', 'Igra', 'Zelda', 'Mundo', 'Welt', 'Ejderha', 'Drakon'];
const SERVERS = ['Survival', 'Skyblock', 'Factions', 'Vanilla', 'Hardcore', 'Valheim', 'Rust', 'Ark', 'Zomboid', 'Gmod', 'Terraria', 'Factorio', 'Palworld', 'Creative'];
const STUDIOS = ['Pixelforge', 'Nightowl', 'Brickhouse', 'Moonlit', 'Ironclad', 'Papercut', 'Redfox', 'Bluebird', 'Studio', 'Gamejam', 'Indie', 'Polygon'];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '%', '&', '.'];
const WALKS = ['qwerty', 'qwertz', 'asdfgh', '1qaz2wsx', 'zaq12wsx', 'azerty', 'q1w2e3r4', 'wasd'];

export const V = {
  /** What gamers and server admins type: server/game names with years, leetspeak, keyboard walks, studio names. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(SERVERS)}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${cap(g.pick(WORDS))}${g.pick(SYMBOLS)}${g.digits(g.pick([2, 3, 4]))}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${g.pick(STUDIOS)}${g.pick(['', '_', '#', '@'])}${g.digits(g.pick([3, 4]))}${g.pick(['', '!', '$'])}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(WORDS).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')}${g.pick(SYMBOLS)}${g.digits(3)}`,
      () => `${g.lower(3)}${cap(g.pick(WORDS))}${g.digits(2)}`,
    ])();
  },
  /** 3-5 words: keystore passphrases, Steam account passphrases. */
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 4, 5]);
    const sep = g.pick(['-', ' ', '.', '_']);
    const words = Array.from({ length: n }, () => g.pick([...WORDS, ...WORDS_INTL.map((w) => w.toLowerCase())]));
    return g.pick([words.join(sep), words.join(sep) + g.digits(2), cap(words.join(sep)) + g.pick(SYMBOLS)]);
  },
  /** Panel, password-manager and pwgen output. */
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
  /** No characters shells, URLs, INI, VDF or cfg parsers choke on. */
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
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'OPENSSH PRIVATE KEY'): string {
    const body = kind === 'OPENSSH PRIVATE KEY' ? `b3BlbnNzaC1rZXktdjEAAAAA${g.base64(380)}` : g.base64(kind === 'EC PRIVATE KEY' ? 160 : kind === 'PRIVATE KEY' ? 184 : 640);
    return `-----BEGIN ${kind}-----\n${wrap(body, kind === 'OPENSSH PRIVATE KEY' ? 70 : 64)}\n-----END ${kind}-----`;
  },
  /** An App Store Connect `.p8`: a PKCS#8 EC key, short. */
  p8(g: ExampleGen): string {
    return `-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg${wrap(g.base64(136), 64)}\n-----END PRIVATE KEY-----`;
  },
  pemJson(g: ExampleGen): string {
    return `-----BEGIN PRIVATE KEY-----\\n${wrap(g.base64(640), 64).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n`;
  },
  jwt(g: ExampleGen): string {
    return `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([110, 160, 220]))}.${g.base64url(43)}`;
  },
  // Game-world providers, shapes from their public docs.
  /** Discord bot token: base64 of the bot's snowflake, a timestamp part, an HMAC part. */
  discordBot(g: ExampleGen): string {
    const id = `1${g.digits(18)}`;
    return `${Buffer.from(id).toString('base64').replace(/=+$/, '')}.${g.base64url(6)}.${g.base64url(38)}`;
  },
  discordHook: (g: ExampleGen) => `https://discord.com/api/webhooks/1${g.digits(18)}/${g.base64url(68)}`,
  discordClientSecret: (g: ExampleGen) => g.base64url(32),
  twitchSecret: (g: ExampleGen) => g.chars(LOWNUM, 30),
  twitchOauth: (g: ExampleGen) => `oauth:${g.chars(LOWNUM, 30)}`,
  twitchAccess: (g: ExampleGen) => g.chars(LOWNUM, 30),
  twitchStreamKey: (g: ExampleGen) => `live_${g.digits(9)}_${g.alnum(30)}`,
  youtubeStreamKey: (g: ExampleGen) => `${g.chars(LOWNUM, 4)}-${g.chars(LOWNUM, 4)}-${g.chars(LOWNUM, 4)}-${g.chars(LOWNUM, 4)}-${g.chars(LOWNUM, 4)}`,
  steamWebApiKey: (g: ExampleGen) => g.hex(32).toUpperCase(),
  /** Game Server Login Token (sv_setsteamaccount). */
  gslt: (g: ExampleGen) => g.hex(32).toUpperCase(),
  p4Ticket: (g: ExampleGen) => g.hex(32).toUpperCase(),
  unitySerial: (g: ExampleGen) => `${g.pick(['E3', 'SC', 'F3', 'I3'])}-${g.upper(4)}-${g.upper(4)}-${g.upper(4)}-${g.upper(4)}-${g.upper(4)}`.replace(/[IO]/g, 'K'),
  modrinth: (g: ExampleGen) => `mrp_${g.alnum(36)}`,
  nexusKey: (g: ExampleGen) => `${g.base64(60).replace(/[+/]/g, 'Q')}--${g.base64(24).replace(/[+/]/g, 'Z')}--${g.base64(40).replace(/[+/]/g, 'a')}`,
  curseforgeCore: (g: ExampleGen) => `$2a$10$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  thunderstore: (g: ExampleGen) => `tss_${g.alnum(40)}`,
  pteroClient: (g: ExampleGen) => `ptlc_${g.alnum(43)}`,
  pteroApp: (g: ExampleGen) => `ptla_${g.alnum(43)}`,
  playfabSecret: (g: ExampleGen) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 52),
  eosSecret: (g: ExampleGen) => g.base64(43).replace(/[+/]/g, 'x'),
  gaSecret: (g: ExampleGen) => g.hex(40),
  sentryUser: (g: ExampleGen) => `sntryu_${g.hex(64)}`,
  sentryDsn: (g: ExampleGen) => `https://${g.hex(32)}@o${g.digits(6)}.ingest.sentry.io/${g.digits(7)}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'w'),
  azureSasSig: (g: ExampleGen) => `${g.base64(43).replace(/\+/g, '%2B').replace(/\//g, '%2F')}%3D`,
  azureStorageKey: (g: ExampleGen) => `${g.base64(86).replace(/=+$/, '')}==`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  npmToken: (g: ExampleGen) => g.crc32Token('npm_', 30),
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  googleApiKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '_-', 35)}`,
  stripeLive: (g: ExampleGen) => `sk_live_${g.alnum(99)}`,
  openai: (g: ExampleGen) => `sk-proj-${g.base64url(74)}T3BlbkFJ${g.base64url(74)}`,
  // Look-alikes (negatives).
  steamAppId: (g: ExampleGen) => String(num(g, 200000, 3100000)),
  steamId64: (g: ExampleGen) => `7656119${g.digits(10)}`,
  snowflake: (g: ExampleGen) => `1${g.digits(18)}`,
  unityGuid: (g: ExampleGen) => g.hex(32),
  fileId: (g: ExampleGen) => `${g.pick(['', '-'])}${num(g, 1, 9)}${g.digits(18)}`,
  buildNo: (g: ExampleGen) => `${num(g, 1, 2)}.${num(g, 0, 9)}.${num(g, 0, 40)}.${g.digits(5)}`,
  seed: (g: ExampleGen) => `${g.pick(['', '-'])}${num(g, 1, 9)}${g.digits(g.pick([9, 12, 17]))}`,
  itemId: (g: ExampleGen) => g.pick([() => `item_${g.lower(6)}_${g.digits(3)}`, () => g.digits(6), () => `${g.pick(['WPN', 'ARM', 'CON'])}_${g.digits(5)}`])(),
  uuid: (g: ExampleGen) => g.uuid(),
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  bcrypt: (g: ExampleGen) => `$2y$10$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  hex: (g: ExampleGen, n: number) => g.hex(n),
  mask: (v: string) => `${v.slice(0, 3)}${'*'.repeat(8)}${v.slice(-2)}`,
  ipv4: (g: ExampleGen, prefix = '10') => `${prefix}.${num(g, 1, 250)}.${num(g, 1, 250)}.${num(g, 1, 250)}`,
  port: (g: ExampleGen) => String(num(g, 25565, 28015)),
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
  '<client-secret>',
  '<your-token>',
  'your-password',
  '[REDACTED]',
  '***',
  '<api_key>',
  'XXXXXXXXXXXX',
  'YOUR_BOT_TOKEN_HERE',
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
