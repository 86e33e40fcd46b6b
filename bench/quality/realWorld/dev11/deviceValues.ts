// Value makers for the rw-dev11 device part: what people in homes and on devices really set. Wi-Fi keys printed
// on a router's sticker, PINs for alarms and doors, pet names with a birthday, keystore passwords someone typed
// once, and the tokens firmware and home-automation tools hand out (Blynk, ESPHome, Home Assistant, DuckDNS).
// Everything is built from the seeded generator at run time; nothing secret-looking is written here.
import type { ExampleGen } from '../../../../engine/types';

const WORDS = [
  'sonne',
  'garten',
  'katze',
  'tiger',
  'falcon',
  'maple',
  'river',
  'lemon',
  'rocket',
  'pepper',
  'ocean',
  'bruma',
  'luna',
  'nieve',
  'piment',
  'sakura',
  'medved',
  'kirsche',
  'marmota',
  'dragon',
  'pixel',
  'hafen',
  'wolke',
  'biscuit',
  'tornado',
  'cactus',
];
const NAMES = ['Lukas', 'Mia', 'Bello', 'Emma', 'Noah', 'Lola', 'Mateo', 'Ines', 'Sasha', 'Yuki', 'Minho', 'Zeynep', 'Kuba', 'Chloe', 'Rex', 'Filou', 'Oskar', 'Paula'];
const SEASONS = ['Sommer', 'Winter', 'Summer', 'Autumn', 'Spring', 'Herbst', 'Verano', 'Invierno', 'Ete', 'Fruehling'];
const WALKS = ['qwertz', 'qwerty', 'asdfgh', '1qay2wsx', 'yxcvbn', 'azerty', 'zaq12wsx', '1q2w3e4r', 'qazwsx'];
const SYMBOLS = ['!', '#', '$', '.', '?', '*', '@', '&', '+'];
const LONG_WORDS = ['Sonnenblume', 'Kartoffelsalat', 'Regenbogen', 'Schneeflocke', 'Butterfly', 'Moonlight', 'Sunflower', 'Mariposa', 'Papillon', 'Fledermaus', 'Pinguinhaus', 'Wasserfall'];

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const year = (g: ExampleGen) => g.pick(['19', '20']) + g.digits(2);

/** A password a person makes up: season+year+symbol, a name with digits, a pet and a birthday, leetspeak, a walk. */
export function human(g: ExampleGen): string {
  return g.pick([
    () => g.pick(SEASONS) + year(g) + g.pick(SYMBOLS),
    () => g.pick(NAMES) + g.digits(g.pick([2, 4])),
    () => g.pick(NAMES).toLowerCase() + g.digits(2) + g.digits(2) + g.pick(['', '!']),
    () => cap(g.pick(WORDS)) + cap(g.pick(WORDS)) + g.digits(2),
    () => g.pick(WALKS) + g.digits(g.pick([2, 3, 4])),
    () => cap(g.pick(WORDS)).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0') + g.pick(SYMBOLS) + g.digits(2),
    () => g.pick(NAMES) + '&' + g.pick(NAMES) + year(g),
  ])();
}

/** 3-5 words with one separator, as password managers and people who read xkcd write them. */
export function passphrase(g: ExampleGen): string {
  const n = g.pick([3, 4, 4, 5]);
  const sep = g.pick(['-', ' ', '.', '_', '']);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(sep === '' ? cap(g.pick(WORDS)) : g.pick(WORDS));
  return words.join(sep) + g.pick(['', '', g.digits(1)]);
}

/** A tool-generated password of 12-40 characters, in one of the alphabets generators use. */
export function generated(g: ExampleGen): string {
  const len = g.pick([12, 14, 16, 20, 24, 32, 40]);
  return g.pick([
    () => g.alnum(len),
    () => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*+-=?', len),
    () => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', len),
    () => `${g.alnum(6)}-${g.alnum(6)}-${g.alnum(6)}`,
  ])();
}

/** Letters only, as some people pick a long word. */
export function lettersOnly(g: ExampleGen): string {
  return g.pick([() => g.pick(LONG_WORDS), () => g.pick(LONG_WORDS).toLowerCase() + g.pick(WORDS), () => g.lower(10)])();
}

/** Any password, weighted like real homes: mostly human. */
export function anyPw(g: ExampleGen): string {
  return g.pick([human, human, human, passphrase, generated, generated, lettersOnly])(g);
}

/** A PIN or an alarm/door code. */
export function pin(g: ExampleGen, n?: number): string {
  return g.digits(n ?? g.pick([4, 4, 5, 6]));
}

/** The Wi-Fi key printed on a router's sticker: digit groups (FRITZ!Box), 16 alnum, or 8-10 lower+digits. */
export function routerKey(g: ExampleGen): string {
  return g.pick([
    () => [g.digits(4), g.digits(4), g.digits(4), g.digits(4), g.digits(4)].join(' '),
    () => g.digits(20),
    () => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 16),
    () => g.chars('abcdefghijkmnpqrstuvwxyz23456789', 10),
  ])();
}

/** A Wi-Fi password a person set. */
export function wifi(g: ExampleGen): string {
  return g.pick([human, human, passphrase, routerKey, lettersOnly])(g);
}

/** App-specific password Apple hands out: four groups of four lower-case letters. */
export function appleAppPw(g: ExampleGen): string {
  return [g.lower(4), g.lower(4), g.lower(4), g.lower(4)].join('-');
}

export function hexTok(g: ExampleGen, n = 32): string {
  return g.hex(n);
}

/** A generic token without a prefix, in the shapes devices and services hand out. */
export function token(g: ExampleGen): string {
  return g.pick([() => g.hex(32), () => g.hex(40), () => g.alnum(32), () => g.base64(43) + '=', () => g.uuid(), () => g.alnum(40), () => g.base64url(32)])();
}

/** ESPHome / Home Assistant native API encryption key: 32 random bytes, base64. */
export function apiKey32(g: ExampleGen): string {
  return g.base64(43) + '=';
}

export function b64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

export function jwt(g: ExampleGen, claims?: Record<string, unknown>): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = claims ?? { iss: g.hex(32), iat: 1700000000 + Number(g.digits(7)), exp: 2015000000 + Number(g.digits(6)) };
  return `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(body)}.${g.base64url(43)}`;
}

/** WireGuard / Curve25519 key: 32 bytes, base64 (private or public; the caller says which it is). */
export function wgKey(g: ExampleGen): string {
  return g.base64(42) + g.pick(['A', 'E', 'I', 'M', 'Q', 'U', 'Y', 'c', 'g', 'k', 'o', 's', 'w', '0', '4', '8']) + '=';
}

/** An EC private key in PEM (App Store Connect .p8, APNs auth key). */
export function p8(g: ExampleGen): string {
  const body = g.base64(200);
  return `-----BEGIN PRIVATE KEY-----\n${body.slice(0, 64)}\n${body.slice(64, 128)}\n${body.slice(128, 192)}\n${body.slice(192)}\n-----END PRIVATE KEY-----`;
}

/** WinSCP's stored password: a reversible obfuscation written as upper-case hex. */
export function winscpHex(g: ExampleGen): string {
  return 'A35C' + g.chars('0123456789ABCDEF', g.pick([60, 76, 92]));
}

/** Cisco type 7: reversible, two digits then hex. */
export function cisco7(g: ExampleGen): string {
  return '0' + g.digits(1) + g.chars('0123456789ABCDEF', g.pick([14, 18, 22]));
}

// Provider credentials, shaped as their public documentation shows them.
export const prov = {
  telegram: (g: ExampleGen) => `${g.pick(['5', '6', '7'])}${g.digits(9)}:AA${g.base64url(33)}`,
  stripe: (g: ExampleGen) => 'sk_live_' + g.alnum(99).slice(0, g.pick([24, 99])),
  github: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  discordHookSecret: (g: ExampleGen) => g.base64url(68),
  openai: (g: ExampleGen) => 'sk-proj-' + g.base64url(74) + 'T3BlbkFJ' + g.base64url(74),
  googleRefresh: (g: ExampleGen) => '1//0' + g.base64url(99),
  googleAccess: (g: ExampleGen) => 'ya29.' + g.base64url(150),
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  pushbullet: (g: ExampleGen) => 'o.' + g.alnum(32),
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/\+/g, 'k'),
  awsId: (g: ExampleGen) => 'AKIA' + g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16),
  mailgun: (g: ExampleGen) => 'key-' + g.hex(32),
  tailscale: (g: ExampleGen) => `tskey-auth-k${g.alnum(11)}CNTRL-${g.alnum(33)}`,
  sentryUser: (g: ExampleGen) => 'sntryu_' + g.hex(64),
  expo: (g: ExampleGen) => g.alnum(40),
  npm: (g: ExampleGen) => g.crc32Token('npm_', 30),
  twilioSid: (g: ExampleGen) => 'AC' + g.hex(32),
  mapboxSecret: (g: ExampleGen) => `sk.eyJ1Ijoi${g.base64url(20)}.${g.base64url(22)}`,
  googleApi: (g: ExampleGen) => 'AIza' + g.base64url(35),
  gitlab: (g: ExampleGen) => 'glpat-' + g.base64url(20),
};

/** Placeholders people leave where a value belongs. */
export const PH = ['YOUR_WIFI_PASSWORD', 'your-password-here', '<password>', 'changeme', '********', 'xxxxxxxx', 'REPLACE_ME', '<YOUR_TOKEN>', 'DEIN_PASSWORT', 'TODO', '...'];
