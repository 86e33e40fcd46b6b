// Value makers of the rw-dev7 command-line and logs part, written for this part: passwords people type on
// command lines (words with digits and a symbol, names and dates, keyboard walks, passphrases, letters-only,
// generated strings from password managers and `openssl rand`), tokens without a prefix, a few provider shapes,
// and the look-alikes that sit beside them in shells and logs (variables, prompts, ports, hashes, ids, masks).
// Each maker knows the quoting it must survive: a bare shell word, a single-quoted or double-quoted word, a URL.
import type { ExampleGen } from '../../../../engine/types';
import type { Kit } from '../dev/kit';

const WORDS = [
  'harbor',
  'maple',
  'falcon',
  'copper',
  'lantern',
  'saffron',
  'glacier',
  'orchid',
  'pepper',
  'raven',
  'tundra',
  'marble',
  'hazel',
  'puffin',
  'cobalt',
  'juniper',
  'meadow',
  'pickle',
  'rocket',
  'summer',
  'winter',
  'autumn',
  'dragon',
  'monkey',
  'sunshine',
  'banana',
];
const PEOPLE = ['Karin', 'Tomas', 'Leila', 'Bruno', 'Mei', 'Olga', 'Rafael', 'Ingrid', 'Sanjay', 'Elena', 'Jonas', 'Aiko'];
const TEAMS = ['Ops', 'Infra', 'Backup', 'Deploy', 'Admin', 'Reports', 'Dev', 'Prod', 'Staging'];
const SYM = ['!', '@', '#', '%', '&', '*', '+', '?', '^', '~'];
const BARE_SYM = ['_', '.', '-', '+', '='];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** A password a person made up; may hold any printable symbol but no quote, backslash, space, `$` or backquote. */
function human(g: ExampleGen): string {
  const w = () => g.pick(WORDS);
  switch (g.pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])) {
    case 0:
      return `${cap(w())}${g.pick(['19', '20'])}${g.digits(2)}${g.pick(SYM)}`;
    case 1:
      return `${g.pick(PEOPLE)}${g.pick(SYM)}${g.digits(g.pick([2, 4]))}`;
    case 2:
      return `${g.pick(TEAMS)}${g.pick(SYM)}${cap(w())}${g.digits(2)}`;
    case 3:
      return `${w().replace(/a/g, '@').replace(/o/g, '0').replace(/i/g, '1').replace(/e/g, '3')}${g.digits(3)}`;
    case 4:
      return `${g.pick(['Qwerty', 'Asdfgh', 'Zxcvbn', '1qaz2wsx', 'Qazwsx'])}${g.pick(SYM)}${g.digits(2)}`;
    case 5:
      return `${cap(w())}${cap(w())}${g.digits(1)}${g.pick(SYM)}`;
    case 6:
      return `${g.pick(PEOPLE).toLowerCase()}${g.digits(2)}${g.digits(2)}${g.pick(['19', '20'])}${g.digits(2)}`;
    case 7:
      return `${g.pick(TEAMS)}${g.pick(['Q1', 'Q2', 'Q3', 'Q4', 'Jan', 'Mar', 'Sep'])}${g.pick(['2025', '2026'])}${g.pick(SYM)}`;
    case 8:
      return `${w()}${w()}${w()}`;
    default:
      return `${cap(w())}${g.pick(SYM)}${g.digits(4)}${g.pick(SYM)}`;
  }
}

/** A password a manager or `openssl rand` produced. */
function generated(g: ExampleGen): string {
  switch (g.pick([0, 1, 2, 3, 4, 5])) {
    case 0:
      return g.alnum(g.pick([12, 16, 20, 24]));
    case 1:
      return g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!%*+-=?@^_', g.pick([14, 18, 22]));
    case 2:
      return `${g.lower(6)}-${g.lower(6)}-${g.lower(6)}`.replace(/^./, (c) => c.toUpperCase()) + g.digits(1);
    case 3:
      return g
        .base64(g.pick([16, 24, 32]))
        .replace(/=+$/, '')
        .replace(/[/+]/g, () => g.pick(['x', 'Q', '7']));
    case 4:
      return g.hex(g.pick([16, 24, 32]));
    default:
      return `${g.upper(3)}${g.digits(3)}${g.lower(3)}${g.pick(SYM)}${g.alnum(5)}`;
  }
}

/** A passphrase: words joined. */
const passphrase = (g: ExampleGen) => {
  const sep = g.pick(['-', '.', '_', '']);
  const ws = [g.pick(WORDS), g.pick(WORDS), g.pick(WORDS), g.pick(WORDS)];
  return sep === '' ? ws.map(cap).join('') : ws.join(sep);
};
/** A short weak password. */
const weak = (g: ExampleGen) => g.pick([`${g.pick(WORDS)}${g.digits(2)}`, `${g.pick(WORDS)}${g.digits(3)}`, `${g.pick(PEOPLE).toLowerCase()}${g.digits(1)}`, `${cap(g.pick(WORDS))}1`]);
/** Letters only (people do this). */
const letters = (g: ExampleGen) => g.pick([`${g.pick(WORDS)}${g.pick(WORDS)}`, `${cap(g.pick(WORDS))}${cap(g.pick(WORDS))}`, g.lower(10), `${g.pick(PEOPLE)}${cap(g.pick(WORDS))}`]);

const anyPw = (g: ExampleGen) => g.pick([human, human, human, generated, generated, passphrase, weak, letters])(g);
/** Safe as an unquoted shell word (and in most configs): letters, digits, `_ . - + = @ % ^ ~ ,`. */
const bare = (g: ExampleGen) => {
  const v = anyPw(g).replace(/[^A-Za-z0-9_.+=@%^~,-]/g, () => g.pick(BARE_SYM));
  return /^[A-Za-z0-9]/.test(v) ? v : `x${v}`;
};
/** Safe in single quotes. */
const sq = (g: ExampleGen) => anyPw(g);
/** Safe in double quotes in a shell (no `$`, backquote, `"`, `\`, `!`). */
const dq = (g: ExampleGen) => anyPw(g).replace(/!/g, () => g.pick(['#', '?', '%', '9']));
/** Safe in a URL's userinfo. */
const url = (g: ExampleGen) => anyPw(g).replace(/[@:/?#%&+^~* ]/g, () => g.pick(['_', '-', '.', '7', 'z']));

/** A token without a prefix. */
function token(g: ExampleGen): string {
  return g.pick([
    () => g.hex(32),
    () => g.hex(40),
    () => g.hex(64),
    () => g.alnum(g.pick([20, 32, 40])),
    () => `${g.base64(42)}==`,
    () => g.base64url(g.pick([24, 43])),
    () => g.uuid(),
    () => `${g.alnum(8)}.${g.alnum(24)}`,
  ])();
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const b64u = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
function jwt(g: ExampleGen): string {
  const iat = 1760000000 + Number(g.digits(7));
  const head = b64u(JSON.stringify({ alg: g.pick(['HS256', 'RS256']), typ: 'JWT' }));
  const body = b64u(JSON.stringify({ sub: g.pick(['deploy-bot', 'svc-reports', `user-${g.digits(5)}`]), aud: g.pick(['api', 'ops']), iat, exp: iat + 3600 }));
  return `${head}.${body}.${g.base64url(g.pick([43, 86]))}`;
}

const AZ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const PROV = {
  github: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  githubFine: (g: ExampleGen) => `github_pat_${g.alnum(22)}_${g.alnum(59)}`,
  gitlab: (g: ExampleGen) => `glpat-${g.base64url(20)}`,
  npm: (g: ExampleGen) => g.crc32Token('npm_', 30),
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/=/g, 'k'),
  awsId: (g: ExampleGen) => `AKIA${g.chars(AZ, 16)}`,
  slack: (g: ExampleGen) => `xoxb-${g.digits(11)}-${g.digits(13)}-${g.alnum(24)}`,
  vault: (g: ExampleGen) => `hvs.${g.base64url(24)}`,
  dockerhub: (g: ExampleGen) => `dckr_pat_${g.base64url(27)}`,
  stripe: (g: ExampleGen) => `sk_live_${g.alnum(24)}`,
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  heroku: (g: ExampleGen) => g.uuid(),
  digitalocean: (g: ExampleGen) => `dop_v1_${g.hex(64)}`,
};
export type ProvKind = keyof typeof PROV;

const BCRYPT = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** The shorthands the documents are written with. */
export function cmd(k: Kit) {
  const g = k.g;
  const pw = (v: string) => k.s('password', v);
  return {
    g,
    /** Passwords: bare shell word, single-quoted, double-quoted. */
    pw: () => pw(bare(g)),
    sq: () => pw(sq(g)),
    dq: () => pw(dq(g)),
    hpw: () => pw(human(g).replace(/[^A-Za-z0-9_.+=@%^~,-]/g, '_')),
    gpw: () => pw(generated(g).replace(/[^A-Za-z0-9_.+=@%^~,-]/g, '.')),
    phrase: () => pw(passphrase(g)),
    weak: () => pw(weak(g)),
    letters: () => pw(letters(g)),
    /** Password in a URL's userinfo or a connection string. */
    cs: () => k.s('connection-string', url(g)),
    tok: () => k.s('token', token(g)),
    tokUuid: () => k.s('token', g.uuid()),
    hex: (n = 40) => k.s('token', g.hex(n)),
    b64: (n = 42) => k.s('token', `${g.base64(n)}==`),
    b62: (n = 32) => k.s('token', g.alnum(n)),
    prov: (kind: ProvKind) => k.s('provider', PROV[kind](g), kind),
    /** HTTP auth values. */
    basic: (user: string) => k.s('http-auth', b64(`${user}:${url(g)}`)),
    bearer: () => k.s('http-auth', g.pick([() => jwt(g), () => g.alnum(40), () => g.base64url(43), () => g.hex(64)])()),
    jwt: () => k.s('http-auth', jwt(g)),
    /** A token in a URL query or an API-key header value. */
    qtok: () => k.s('http-auth', g.pick([() => g.alnum(32), () => g.hex(40), () => g.base64url(32)])()),
    /** Negatives. */
    n: (v: string) => k.n(v),
    u: (v: string) => k.u(v),
    sha: () => k.n(g.hex(40)),
    short: () => k.n(g.hex(7)),
    sha256: () => k.n(g.hex(64)),
    md5: () => k.n(g.hex(32)),
    uuid: () => k.n(g.uuid()),
    bcrypt: () => k.n(`$2y$10$${g.chars(BCRYPT, 53)}`),
    shadow: () => k.n(`$6$${g.chars(BCRYPT, 16)}$${g.chars(BCRYPT, 86)}`),
    digest: () => k.n(`sha256:${g.hex(64)}`),
    mask: () => k.n(g.pick(['***', '****', '********', '[MASKED]', '[REDACTED]', '<hidden>', 'xxxxxx', '[secure]'])),
    /** Raw, unmarked. */
    digits: (n: number) => g.digits(n),
    alnum: (n: number) => g.alnum(n),
    hexRaw: (n: number) => g.hex(n),
    uuidRaw: () => g.uuid(),
    pick: <T>(xs: readonly T[]) => g.pick(xs),
    ip: () => `10.${Number(g.digits(2))}.${Number(g.digits(2))}.${Number(g.digits(2)) + 1}`,
  };
}
export type C = ReturnType<typeof cmd>;
