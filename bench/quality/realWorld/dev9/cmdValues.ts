// rw-dev9 cmd part: value makers of its own (written without reading the engine). Every value is built from
// the set's seeded generator at run time; nothing secret-looking is committed. Shell-aware variants keep a
// value typeable where it sits: `bare` passwords avoid characters a shell would eat unquoted, `url` ones avoid
// the characters a URL's userinfo cannot hold raw.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, RealWorldArea, RealWorldDoc } from '../types';
import { cap } from '../kit';

const WORDS = [
  'summer',
  'winter',
  'autumn',
  'spring',
  'dragon',
  'monkey',
  'sunshine',
  'football',
  'welcome',
  'master',
  'shadow',
  'pepper',
  'coffee',
  'banana',
  'rocket',
  'tiger',
  'falcon',
  'orange',
  'purple',
  'thunder',
  'harbor',
  'cactus',
  'walrus',
  'pickle',
  'marble',
  'copper',
  'lantern',
  'meadow',
  'river',
  'violet',
  'sommer',
  'kartoffel',
  'schnee',
  'invierno',
  'ciudad',
  'fromage',
  'soleil',
  'saudade',
  'kotik',
  'sakura',
  'haneul',
  'deniz',
  'slonce',
  'zamek',
  'praia',
  'montagne',
  'biblioteca',
  'hamster',
  'giraffe',
  'blossom',
];
const NAMES = ['marcus', 'anna', 'jessica', 'thomas', 'svetlana', 'hiroshi', 'fatima', 'lukas', 'camille', 'diego', 'mehmet', 'agnieszka', 'joao', 'minji', 'olga', 'pierre', 'sofia', 'kenji', 'liam', 'zeynep'];
const PETS = ['bella', 'max', 'luna', 'charlie', 'rocky', 'milo', 'coco', 'oscar', 'nala', 'simba'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Fall', 'Sommer', 'Herbst', 'Verano', 'Invierno', 'Printemps'];
const MONTHS = ['January', 'March', 'April', 'June', 'July', 'August', 'October', 'December', 'Januar', 'Mayo'];
const WALKS = ['qwerty', 'asdfgh', 'zxcvbn', '1qaz2wsx', 'qazwsx', 'qwertz', 'azerty', '1q2w3e4r', 'zaq12wsx', 'poiuyt'];
const BARE_SYMS = ['_', '-', '.', '@', '%', '+', '=', '#'];
const QUOTED_SYMS = ['!', '@', '#', '$', '%', '^', '&', '*', '?', '~', '+', '=', '_', '-', '.'];

const year = (g: ExampleGen) => g.pick(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026', '19', '23', '24', '25']);

export function leet(g: ExampleGen, w: string): string {
  const map: Record<string, string> = { a: '@', e: '3', i: '1', o: '0', s: '$' };
  return [...w].map((ch) => (map[ch] && g.pick([true, false]) ? map[ch] : ch)).join('');
}

/** A human-made password: season+year+symbol, name+digits, word+digits+symbol, leet, keyboard walk, letters-only. */
export function humanPassword(g: ExampleGen, syms: readonly string[] = QUOTED_SYMS): string {
  const sym = () => g.pick(syms);
  const shape = g.pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  switch (shape) {
    case 0:
      return `${g.pick(SEASONS)}${year(g)}${sym()}`;
    case 1:
      return `${cap(g.pick(NAMES))}${g.digits(g.pick([2, 3, 4]))}${sym()}`;
    case 2:
      return `${cap(g.pick(WORDS))}${sym()}${g.digits(g.pick([2, 3, 4]))}`;
    case 3: {
      const l = leet(g, g.pick(WORDS));
      return `${cap(l)}${g.digits(2)}${sym()}`;
    }
    case 4:
      return `${g.pick(WALKS)}${g.pick(['', '!', '123', '2024', '#1'].filter((x) => [...x].every((c) => /\w/.test(c) || syms.includes(c))))}`;
    case 5:
      return `${cap(g.pick(WORDS))}${cap(g.pick(WORDS))}${g.pick(['', ''])}`; // letters only
    case 6:
      return `${cap(g.pick(PETS))}${sym()}${cap(g.pick(NAMES))}${g.digits(2)}`;
    case 7:
      return `${g.pick(MONTHS)}${g.digits(2)}${year(g)}`;
    case 8:
      return `${cap(g.pick(WORDS))}${year(g)}${sym()}${sym()}`;
    default:
      return `${g.pick(WORDS)}${g.pick(NAMES)}${g.digits(g.pick([1, 2, 4]))}`;
  }
}

export const bareHumanPassword = (g: ExampleGen) => humanPassword(g, BARE_SYMS);

/** A passphrase of 3-5 words joined by a separator (never a space: these sit on command lines). */
export function passphrase(g: ExampleGen, seps: readonly string[] = ['-', '_', '.', '+', '']): string {
  const n = g.pick([3, 3, 4, 4, 5]);
  const sep = g.pick(seps);
  const ws: string[] = [];
  for (let i = 0; i < n; i++) ws.push(g.pick(WORDS));
  const joined = sep === '' ? ws.map(cap).join('') : ws.join(sep);
  return g.pick([true, false]) ? `${joined}${sep || ''}${g.digits(g.pick([1, 2, 3]))}` : joined;
}

/** A tool-generated password, 12-40 characters. */
export function generatedPassword(g: ExampleGen, alphabetKind?: 'bare' | 'url' | 'any'): string {
  const len = g.pick([12, 14, 16, 16, 20, 24, 24, 32, 40]);
  const kind = alphabetKind ?? 'any';
  const base = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const extra = kind === 'bare' ? '_-.%+=' : kind === 'url' ? '_-.~!*' : '!@#$%^&*_-+=.?';
  const style = g.pick(['alnum', 'mixed', 'mixed', 'b64']);
  if (style === 'alnum') {
    // make sure it has a digit and an upper, as pwgen does
    return g.chars(base, len - 2) + g.digits(1) + g.upper(1);
  }
  if (style === 'b64') return g.base64url(len).replace(/^[-_]/, 'k');
  let out = '';
  for (let i = 0; i < len; i++) out += i % 5 === 3 ? g.chars(extra, 1) : g.chars(base, 1);
  return out;
}

export const weakPassword = (g: ExampleGen) => g.pick([() => `${g.pick(WORDS)}${g.digits(1)}`, () => `${g.pick(PETS)}${g.digits(3)}`, () => `${g.pick(NAMES)}${year(g)}`])();

export const pin = (g: ExampleGen) => g.digits(g.pick([4, 6, 6, 8]));

export function token(g: ExampleGen): string {
  return g.pick([
    () => g.hex(32),
    () => g.hex(40),
    () => g.hex(64),
    () => g.alnum(g.pick([24, 32, 40, 48])),
    () => g.base64(44).replace(/[+/]/g, 'x'),
    () => g.base64url(43),
    () => `${g.alnum(8)}-${g.alnum(8)}-${g.alnum(8)}`,
    () => g.uuid(),
  ])();
}

export function b64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

export function jwt(g: ExampleGen): string {
  const hdr = b64url(JSON.stringify({ alg: g.pick(['HS256', 'RS256']), typ: 'JWT' }));
  const now = 1_760_000_000 + Number(g.digits(7));
  const body = b64url(JSON.stringify({ sub: g.pick(NAMES) + '@' + g.pick(['corp.example', 'acme.io']), iat: now, exp: now + 3600, scope: g.pick(['deploy', 'read write', 'admin']) }));
  return `${hdr}.${body}.${g.base64url(43)}`;
}
function b64url(s: string): string {
  return b64(s).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** Provider credentials in their documented public shapes. */
export const PROV = {
  github: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  githubFine: (g: ExampleGen) => `github_pat_${g.alnum(22)}_${g.alnum(59)}`,
  gitlab: (g: ExampleGen) => `glpat-${g.base64url(20).replace(/^[-_]/, 'a')}`,
  npm: (g: ExampleGen) => g.crc32Token('npm_', 30),
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[+]/g, 'Q'),
  stripe: (g: ExampleGen) => `sk_live_${g.alnum(24)}`,
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(11)}-${g.digits(12)}-${g.alnum(24)}`,
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  vault: (g: ExampleGen) => `hvs.${g.alnum(24)}`,
  digitalocean: (g: ExampleGen) => `dop_v1_${g.hex(64)}`,
  dockerHub: (g: ExampleGen) => `dckr_pat_${g.base64url(27)}`,
  pypi: (g: ExampleGen) => `pypi-AgEIcHlwaS5vcmc${g.base64url(60)}`,
  openai: (g: ExampleGen) => `sk-proj-${g.base64url(74)}T3BlbkFJ${g.base64url(74)}`,
  anthropic: (g: ExampleGen) => `sk-ant-api03-${g.base64url(93)}AA`,
  doppler: (g: ExampleGen) => `dp.st.prd.${g.alnum(43)}`,
  heroku: (g: ExampleGen) => `HRKU-${g.uuid()}`,
  azureSas: (g: ExampleGen) => g.base64(86) + '==',
};
export type ProvKind = keyof typeof PROV;

/** Public-by-design or random-looking non-secrets, counted as negatives. */
export const PLACEHOLDERS = [
  '<password>',
  '<YOUR_TOKEN>',
  'changeme',
  'xxxxxxxx',
  '********',
  'REPLACE_ME',
  '[REDACTED]',
  'your-password-here',
  '<token>',
  'TODO',
  '...',
  'example',
  '<api-key>',
  'PASSWORD',
  'secret',
  '${PASSWORD}',
];

/** The shorthand the cmd documents are written with. */
export interface CmdKit {
  g: ExampleGen;
  m: Marker;
  /** Any password (quoted context: any symbol but quotes and backslash). */
  pw(): string;
  /** Password safe unquoted on a shell command line. */
  bpw(): string;
  /** Human-made (quoted context). */
  hpw(): string;
  /** Generated (quoted context). */
  gpw(): string;
  /** Generated, safe unquoted. */
  gbpw(): string;
  pp(): string;
  weak(): string;
  pin(): string;
  /** Token without a provider prefix (any shape) or the given raw one. */
  tok(raw?: string): string;
  hex(n: number): string;
  prov(kind: ProvKind): string;
  /** Password inside a URL / connection string. */
  cs(): string;
  /** Basic blob of user:password. */
  basic(user: string): string;
  /** Bearer/session/api-key header value. */
  http(raw?: string): string;
  jwt(): string;
  n(v: string): string;
  ph(): string;
  u(v: string): string;
  /** Negative random-looking values people paste beside secrets. */
  sha(): string;
  reqId(): string;
}

export function cmdKit(g: ExampleGen, m: Marker): CmdKit {
  const urlPw = () => g.pick([() => humanPassword(g, ['_', '-', '.', '!', '*', '~']), () => generatedPassword(g, 'url'), () => passphrase(g, ['-', '_', '.'])])();
  return {
    g,
    m,
    pw: () => m.secret('password', g.pick([() => humanPassword(g), () => generatedPassword(g), () => passphrase(g)])()),
    bpw: () => m.secret('password', g.pick([() => bareHumanPassword(g), () => generatedPassword(g, 'bare'), () => passphrase(g, ['-', '_', '.', ''])])()),
    hpw: () => m.secret('password', humanPassword(g)),
    gpw: () => m.secret('password', generatedPassword(g)),
    gbpw: () => m.secret('password', generatedPassword(g, 'bare')),
    pp: () => m.secret('password', passphrase(g)),
    weak: () => m.secret('password', weakPassword(g)),
    pin: () => m.secret('password', pin(g)),
    tok: (raw) => m.secret('token', raw ?? token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (kind) => m.secret('provider', PROV[kind](g), kind),
    cs: () => m.secret('connection-string', urlPw()),
    basic: (user) => m.secret('http-auth', b64(`${user}:${g.pick([() => humanPassword(g), () => generatedPassword(g)])()}`)),
    http: (raw) => m.secret('http-auth', raw ?? g.pick([() => g.alnum(40), () => g.base64url(43), () => g.hex(64), () => `${g.alnum(12)}.${g.base64url(32)}`])()),
    jwt: () => m.secret('http-auth', jwt(g)),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
    sha: () => m.negative(g.hex(40)),
    reqId: () => m.negative(g.uuid()),
  };
}

export function cdoc(id: string, areas: readonly RealWorldArea[], path: string, render: (c: CmdKit) => string): RealWorldDoc {
  if (!id.startsWith('cmd-')) throw new Error(`cmd doc id must start with cmd-: ${id}`);
  return { id, areas, path, render: (g, m) => render(cmdKit(g, m)) };
}
