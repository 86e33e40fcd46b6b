// rw-dev10 chat part: its own value makers. Passwords as people in chats and tickets really pick them (seasons
// and years, names with digits, keyboard walks, passphrases, letters-only words, PINs) and tokens as tools print
// them (hex, base64, uuid-shaped, grouped, JWT), plus a few provider formats. Built from the seeded generator.
import type { ExampleGen } from '../../../../engine/types';
import { cap } from '../kit';

const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Fall', 'Sommer', 'Herbst', 'Invierno', 'Verano', 'Printemps', 'Lato', 'Zima'];
const NAMES = ['Bella', 'Max', 'Luna', 'Charlie', 'Oscar', 'Milo', 'Frieda', 'Mathilde', 'Lucas', 'Sofia', 'Yuki', 'Minho', 'Ayse', 'Kasia', 'Joao', 'Pedro', 'Olga', 'Igor', 'Chiara', 'Daan'];
const WORDS = [
  'apple',
  'river',
  'tiger',
  'falcon',
  'orange',
  'monkey',
  'dragon',
  'sunset',
  'coffee',
  'pirate',
  'rocket',
  'banana',
  'castle',
  'garden',
  'winter',
  'purple',
  'hammer',
  'silver',
  'thunder',
  'pepper',
  'lemon',
  'anchor',
  'pixel',
  'cactus',
  'walrus',
  'tulpe',
  'kaffee',
  'fenster',
  'schatz',
  'maison',
  'soleil',
  'gato',
  'playa',
  'cavalo',
  'sorvete',
  'kwiatek',
  'gelato',
  'fiets',
  'kirpi',
  'sakura',
  'hangang',
  'matryoshka',
  'moskva',
  'baleia',
  'zeppelin',
];
const TEAMS = ['Galatasaray', 'Barcelona', 'Liverpool', 'Bayern', 'Juventus', 'Flamengo', 'Ajax', 'Legia', 'Spartak', 'Arsenal'];
const CITIES = ['Berlin', 'Lisboa', 'Krakow', 'Istanbul', 'Osaka', 'Seoul', 'Madrid', 'Napoli', 'Utrecht', 'Lyon', 'Porto', 'Kazan'];
const KEYBOARD = ['qwerty', 'Qwerty', 'asdf', 'zxcv', '1qaz2wsx', 'Qaz', '!QAZ2wsx', 'qwertz', 'azerty', 'Zaq1'];
const SYMS = '!#$%&*+-=?@^_~.';
const SAFE_SYMS = '!#%*+-=?@_.';

function year(g: ExampleGen): string {
  return g.pick(['2019', '2021', '2022', '2023', '2024', '2025', '2026', '24', '25', '26', '1987', '1993']);
}

/** Human-made password: season+year+symbol, name+digits, team+year, keyboard walk, leet word. */
export function humanPw(g: ExampleGen): string {
  return g.pick([
    () => `${g.pick(SEASONS)}${year(g)}${g.chars(SAFE_SYMS, 1)}`,
    () => `${g.pick(NAMES)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '?', '#', '*'])}`,
    () => `${g.pick(TEAMS)}${g.pick(['_', '', '.', '#'])}${year(g)}`,
    () => `${g.pick(KEYBOARD)}${g.digits(3)}${g.chars(SAFE_SYMS, 1)}`,
    () => `${cap(g.pick(WORDS))}${g.chars(SAFE_SYMS, 1)}${g.digits(g.pick([2, 4]))}`,
    () => `${g.pick(CITIES)}@${year(g)}`,
    () => leet(`${cap(g.pick(WORDS))}${cap(g.pick(WORDS))}`) + g.digits(2),
    () => `${g.pick(NAMES).toLowerCase()}${g.pick(['.', '_', ''])}${g.pick(WORDS)}${g.digits(2)}`,
  ])();
}

function leet(s: string): string {
  return s.replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3').replace(/i/g, '1');
}

/** A passphrase of 3-5 words with one separator, sometimes capitalised, sometimes with digits. */
export function passphrase(g: ExampleGen, sep?: string): string {
  const n = g.pick([3, 3, 4, 4, 5]);
  const s = sep ?? g.pick(['-', '-', '.', '_', '+']);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(g.pick([true, false]) ? cap(g.pick(WORDS)) : g.pick(WORDS));
  return words.join(s) + g.pick(['', '', String(g.digits(1)), `${s}${g.digits(2)}`]);
}

/** Tool-generated password, 12-40 characters from a mixed alphabet (no quotes, backticks, pipes or blanks). */
export function genPw(g: ExampleGen, length?: number): string {
  const n = length ?? g.pick([12, 14, 16, 16, 20, 24, 32, 40]);
  const alpha = g.pick(['ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789' + SYMS, 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%']);
  let v = g.chars(alpha, n);
  // a generator always guarantees a digit and an upper-case letter
  v = v.slice(0, 3) + g.digits(1) + g.upper(1) + v.slice(5);
  return v;
}

/** A letters-only password (a word or two run together, as people set for wifi or a shared mailbox). */
export function lettersPw(g: ExampleGen): string {
  return g.pick([() => `${g.pick(WORDS)}${g.pick(WORDS)}${g.pick(WORDS)}`, () => `${cap(g.pick(WORDS))}${cap(g.pick(WORDS))}`, () => `${g.pick(WORDS)}${g.pick(NAMES).toLowerCase()}${g.pick(WORDS)}`])();
}

/** Digits a person uses as a PIN or door code. */
export function pin(g: ExampleGen): string {
  return g.digits(g.pick([4, 4, 5, 6, 6, 8]));
}

/** Any password, weighted to human-made ones. */
export function anyPw(g: ExampleGen): string {
  return g.pick([humanPw, humanPw, humanPw, genPw, genPw, passphrase, lettersPw])(g);
}

/** A token without a prefix, as tools print them. */
export function tok(g: ExampleGen): string {
  return g.pick([
    () => g.hex(32),
    () => g.hex(40),
    () => g.hex(64),
    () => g.alnum(32),
    () => g.alnum(g.pick([24, 40, 48])),
    () => g.base64(40).replace(/\+/g, 'k').replace(/\//g, 'Q') + '=',
    () => g.base64url(43),
    () => `${g.alnum(8)}-${g.alnum(8)}-${g.alnum(8)}-${g.alnum(8)}`,
    () => g.hex(48),
    () => g.uuid(),
  ])();
}

/** A JWT with a plausible header and claims (base64url of JSON), signature random. */
export function jwt(g: ExampleGen): string {
  const b64u = (s: string) => Buffer.from(s).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const head = b64u(JSON.stringify({ alg: g.pick(['HS256', 'RS256']), typ: 'JWT' }));
  const body = b64u(JSON.stringify({ sub: g.digits(8), name: g.pick(NAMES), iat: 1760000000 + Number(g.digits(6)), scope: g.pick(['api', 'admin read', 'deploy']) }));
  return `${head}.${body}.${g.base64url(43)}`;
}

export function basic(user: string, password: string): string {
  return Buffer.from(`${user}:${password}`).toString('base64');
}

export type ProviderKind = 'github' | 'gitlab' | 'slack-bot' | 'slack-webhook' | 'stripe' | 'aws-secret' | 'openai' | 'sendgrid' | 'npm' | 'twilio' | 'google' | 'anthropic';

/** Provider formats from their public docs. */
export function provider(g: ExampleGen, kind: ProviderKind): string {
  switch (kind) {
    case 'github':
      return g.crc32Token(g.pick(['ghp_', 'github_pat_11' + g.upper(2) + g.alnum(20) + '_', 'gho_']), 30);
    case 'gitlab':
      return `glpat-${g.alnum(20)}`;
    case 'slack-bot':
      return `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`;
    case 'slack-webhook':
      return `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`;
    case 'stripe':
      return `sk_live_${g.alnum(24)}${g.alnum(g.pick([0, 75]))}`;
    case 'aws-secret':
      return g.base64(40).replace(/\+/g, 'Z');
    case 'openai':
      return `sk-proj-${g.base64url(48)}T3BlbkFJ${g.base64url(48)}`;
    case 'sendgrid':
      return `SG.${g.base64url(22)}.${g.base64url(43)}`;
    case 'npm':
      return g.crc32Token('npm_', 30);
    case 'twilio':
      return `SK${g.hex(32)}`;
    case 'google':
      return `AIza${g.base64url(35)}`;
    case 'anthropic':
      return `sk-ant-api03-${g.base64url(93)}AA`;
  }
}

/** Placeholders and templates people paste instead of a value. */
export const PLACEHOLDERS = [
  '<password>',
  '<your-token-here>',
  '${DB_PASSWORD}',
  '{{ vault_db_pass }}',
  'changeme',
  '********',
  'xxxxxxxx',
  '[REDACTED]',
  '<redacted>',
  'YOUR_API_KEY',
  '***',
  'REPLACE_ME',
  '$API_TOKEN',
  '%PASSWORD%',
  'TODO',
  '<hier Passwort>',
  '<mot-de-passe>',
  'your-api-key-here',
];

/** A masked value as UIs and people show it: keeps a few characters and stars or dots the rest. */
export function masked(g: ExampleGen): string {
  return g.pick([
    () => `${g.alnum(4)}${'*'.repeat(g.pick([8, 12, 20]))}`,
    () => `${'*'.repeat(12)}${g.hex(4)}`,
    () => `sk_live_${'•'.repeat(10)}${g.alnum(4)}`,
    () => `${g.hex(4)}…${g.hex(4)}`,
    () => `ghp_${'x'.repeat(36)}`,
    () => `${g.alnum(3)}...${g.alnum(3)}`,
  ])();
}

export function sha(g: ExampleGen, short = false): string {
  return short ? g.hex(g.pick([7, 8, 10])) : g.hex(40);
}

export function version(g: ExampleGen): string {
  return `${g.pick(['1', '2', '3', '4', '14', '22'])}.${g.digits(1)}.${g.digits(g.pick([1, 2]))}`;
}

export function ticket(g: ExampleGen): string {
  return `${g.pick(['OPS', 'INFRA', 'SEC', 'HELP', 'PLAT', 'IT', 'SD', 'DEVX'])}-${g.digits(g.pick([3, 4, 5]))}`;
}
