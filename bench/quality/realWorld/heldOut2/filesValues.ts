// Value makers of rw-held-out2's files part, written apart from the dev sets' makers so the held-out values
// do not share their shapes: passwords as people and tools make them, tokens, keys and provider formats from
// the providers' public documentation. Everything is drawn from the set's seeded generator at run time.
import type { ExampleGen } from '../../../../engine/types';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
/** Symbols that survive YAML, .env, INI, XML and shell double quotes without escaping. */
const SAFE_SYMBOLS = '!@*-_+.?^~';

const WORDS = [
  'falcon',
  'harbor',
  'maple',
  'tundra',
  'copper',
  'saffron',
  'glacier',
  'pepper',
  'lantern',
  'orchid',
  'walrus',
  'cobalt',
  'thunder',
  'meadow',
  'biscuit',
  'raven',
  'summit',
  'quartz',
  'pirate',
  'nebula',
  'juniper',
  'dakota',
  'marble',
  'sunset',
  'violet',
  'hunter',
  'dragon',
  'monkey',
  'shadow',
  'banana',
  'rocket',
  'sparrow',
  'zephyr',
];
const NAMES = ['jessica', 'michael', 'ashley', 'daniel', 'priya', 'mateo', 'olga', 'kenji', 'fatima', 'lukas', 'chloe', 'tomasz'];
const PETS = ['Buddy', 'Luna', 'Max', 'Bella', 'Charlie', 'Milo', 'Coco', 'Rocky', 'Nala', 'Simba'];
const TEAMS = ['Yankees', 'Arsenal', 'Lakers', 'Packers', 'Celtic', 'Juventus', 'Broncos', 'Canucks'];
const FOREIGN = ['Sommer', 'Fruehling', 'Invierno', 'Printemps', 'Kalimera', 'Zomer', 'Sakura', 'Mariposa', 'Ciao', 'Zdravo'];
const WALKS = ['1qaz2wsx', 'zaq1xsw2', 'qwerty', 'asdfgh', '1q2w3e4r', 'qazwsx', 'poiuyt', '!QAZ2wsx', 'Zaq12wsx', 'mnbvcx'];
const SEASONS = ['Spring', 'Summer', 'Autumn', 'Winter', 'Fall'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Contoso', 'Fabrikam', 'Northwind', 'Wayne'];

const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const year = (g: ExampleGen): string => String(1975 + (Number(g.digits(2)) % 51));
const sym = (g: ExampleGen): string => g.pick(['!', '@', '*', '.', '?', '!!', '_', '+']);

export function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
export function b64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** Passwords people choose: words, names, pets, teams, seasons with years, leetspeak, keyboard walks. */
export function humanPassword(g: ExampleGen): string {
  const leet = (w: string): string => w.replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3').replace(/i/g, '1');
  return g.pick([
    () => `${cap(g.pick(WORDS))}${year(g)}${sym(g)}`,
    () => `${g.pick(NAMES)}${year(g)}`,
    () => `${g.pick(PETS)}${g.pick(['123', '2010', '07', '2019', '99'])}${sym(g)}`,
    () => `${g.pick(TEAMS)}${g.digits(2)}${sym(g)}`,
    () => `${g.pick(SEASONS)}${year(g)}${sym(g)}`,
    () => `${cap(leet(g.pick(WORDS)))}${g.digits(2)}`,
    () => `${g.pick(WALKS)}${g.pick(['', '!', '@', '123', '*1'])}`,
    () => `${g.pick(COMPANIES)}@${year(g)}`,
    () => `${g.pick(FOREIGN)}${year(g)}${sym(g)}`,
    () => `${cap(g.pick(NAMES))}.${g.pick(WORDS)}${g.digits(1)}`,
    () => `${g.pick(['ILove', 'Go', 'My'])}${g.pick(PETS)}${g.digits(1)}${sym(g)}`,
    () => `${cap(g.pick(WORDS))}_${cap(g.pick(WORDS))}${g.digits(3)}`,
  ])();
}

/** Passwords tools make: password managers, pwgen, openssl rand, Apple's grouped style, Bitwarden with symbols. */
export function generatedPassword(g: ExampleGen): string {
  return g.pick([
    () => g.chars(ALNUM + SAFE_SYMBOLS, 16 + Number(g.digits(1))),
    () => g.chars(ALNUM + SAFE_SYMBOLS, 24),
    () => g.alnum(12 + Number(g.digits(1))),
    () => `${g.chars(LOWER + DIGITS, 6)}-${g.chars(LOWER + UPPER, 6)}-${g.chars(LOWER + DIGITS, 6)}`,
    () => g.base64(24).replace(/[+/=]/g, ''),
    () => g.hex(20),
    () => `${g.upper(1)}${g.chars(LOWER, 3)}${g.digits(1)}${g.chars(LOWER, 3)}`,
    () => g.chars(ALNUM + '!@*^', 32),
    () => g.base64url(18),
  ])();
}

/** Diceware-like passphrases. */
export function passphrase(g: ExampleGen): string {
  const sep = g.pick(['-', '.', '_', ' ']);
  const n = 3 + (Number(g.digits(1)) % 3);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(g.pick(WORDS));
  return `${words.join(sep)}${sep}${g.digits(2)}`;
}

export function weakPassword(g: ExampleGen): string {
  return g.pick([
    () => `${g.pick(WORDS)}${g.digits(1)}`,
    () => `${g.pick(NAMES)}${g.digits(2)}`,
    () => g.pick(['letmein', 'trustno1', 'iloveyou', 'sunshine']) + g.digits(2),
    () => `${g.pick(PETS).toLowerCase()}${g.digits(3)}`,
  ])();
}

export function anyPassword(g: ExampleGen): string {
  return g.pick([humanPassword, generatedPassword, generatedPassword, passphrase])(g);
}

/** Password safe in a URL's userinfo and in a `k=v;` connection string. */
export function urlPassword(g: ExampleGen): string {
  return anyPassword(g).replace(/[@:/?#%;=+ ^~]/g, '');
}

export function token(g: ExampleGen): string {
  return g.pick([
    () => g.hex(32),
    () => g.hex(40),
    () => g.hex(64),
    () => g.alnum(32),
    () => g.alnum(40),
    () => g.base64(44).replace(/=+$/, '') + '=',
    () => g.base64url(43),
    () => `${g.alnum(8)}-${g.alnum(16)}`,
  ])();
}

export function jwt(g: ExampleGen): string {
  const header = b64url(JSON.stringify({ alg: g.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' }));
  const now = 1700000000 + Number(g.digits(7));
  const payload = b64url(JSON.stringify({ sub: g.pick(['svc-billing', 'user_' + g.digits(6), g.uuid()]), iat: now, exp: now + 3600 * 24, scope: g.pick(['read write', 'admin', 'api']) }));
  return `${header}.${payload}.${g.base64url(43)}`;
}

function pemBody(g: ExampleGen, lead: string, lines: number): string {
  const out: string[] = [];
  let first = lead + g.base64(64 - lead.length);
  out.push(first);
  for (let i = 1; i < lines; i++) out.push(g.base64(64));
  first = g.base64(20 + Number(g.digits(1)) * 4);
  out.push(first.replace(/=+$/, '') + '=');
  return out.join('\n');
}

export function privateKey(g: ExampleGen, kind: 'rsa' | 'pkcs8' | 'ec' | 'openssh' | 'enc' = 'rsa'): string {
  switch (kind) {
    case 'rsa':
      return `-----BEGIN RSA PRIVATE KEY-----\n${pemBody(g, 'MIIEowIBAAKCAQEA', 24)}\n-----END RSA PRIVATE KEY-----`;
    case 'pkcs8':
      return `-----BEGIN PRIVATE KEY-----\n${pemBody(g, 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASC', 24)}\n-----END PRIVATE KEY-----`;
    case 'ec':
      return `-----BEGIN EC PRIVATE KEY-----\n${pemBody(g, 'MHcCAQEEI', 2)}\n-----END EC PRIVATE KEY-----`;
    case 'openssh':
      return `-----BEGIN OPENSSH PRIVATE KEY-----\n${pemBody(g, 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 5)}\n-----END OPENSSH PRIVATE KEY-----`;
    case 'enc':
      return `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${pemBody(g, 'MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI', 26)}\n-----END ENCRYPTED PRIVATE KEY-----`;
  }
}

/** A public key or certificate: negatives by policy. */
export function publicPem(g: ExampleGen, kind: 'pub' | 'cert' = 'pub'): string {
  return kind === 'pub'
    ? `-----BEGIN PUBLIC KEY-----\n${pemBody(g, 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 5)}\n-----END PUBLIC KEY-----`
    : `-----BEGIN CERTIFICATE-----\n${pemBody(g, 'MIIDdzCCAl+gAwIBAgIE', 18)}\n-----END CERTIFICATE-----`;
}

export function sshPublic(g: ExampleGen, who: string): string {
  return g.pick([() => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)} ${who}`, () => `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.base64(200)} ${who}`])();
}

export function bcrypt(g: ExampleGen): string {
  return `$2b$${g.pick(['10', '12'])}$${g.chars(ALNUM + './', 53)}`;
}

export function sha256(g: ExampleGen): string {
  return g.hex(64);
}

export function gitSha(g: ExampleGen): string {
  return g.hex(40);
}

export function sri(g: ExampleGen): string {
  return `sha512-${g.base64(86)}==`;
}

export const PLACEHOLDERS = [
  '<your-password>',
  'CHANGE_ME',
  'changeme',
  'xxxxxxxx',
  'YOUR_API_KEY_HERE',
  '********',
  '[REDACTED]',
  '<token>',
  'REPLACE_WITH_SECRET',
  'TODO',
  'your-secret-here',
  '...',
  'dummy',
  'none',
  '<redacted>',
  '{{ secret }}',
];
