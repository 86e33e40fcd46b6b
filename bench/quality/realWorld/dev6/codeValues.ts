// Value makers of the rw-dev6 code documents, written for this part: passwords as people put them in seed data,
// fixtures and configs, tokens without a prefix (hex, base64, base62, UUID-shaped where the name says secret),
// a few provider formats from their public documentation, and the look-alikes that sit beside them in code
// (digests, ids, placeholders, references, masked values). Everything is drawn from the seeded generator.
import type { ExampleGen } from '../../../../engine/types';
import type { Kit } from '../dev/kit';

const NOUNS = [
  'otter',
  'granite',
  'willow',
  'thunder',
  'biscuit',
  'compass',
  'paprika',
  'voyager',
  'sparrow',
  'cactus',
  'mustang',
  'nebula',
  'walnut',
  'trident',
  'kestrel',
  'lagoon',
  'gazelle',
  'anchor',
  'velvet',
  'badger',
];
const NAMES = ['Anna', 'Marco', 'Yuki', 'Priya', 'Lars', 'Chloe', 'Diego', 'Fatima', 'Oskar', 'Nadia'];
const PLACES = ['Lisbon', 'Kyoto', 'Oslo', 'Denver', 'Porto', 'Austin', 'Munich', 'Quito'];
const FOREIGN = ['Schokolade', 'estrella', 'Wolke', 'girasole', 'tortuga', 'Fruehling', 'hibou', 'Sonnenblume'];
const SYMS = ['!', '#', '@', '%', '&', '*', '?', '+', '_', '.'];
const YEARS = ['1987', '1992', '1999', '2008', '2016', '2020', '2023', '2024', '2025', '2026'];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** A password a person chose. */
export function chosen(g: ExampleGen): string {
  const n = () => g.pick(NOUNS);
  switch (g.pick([0, 1, 2, 3, 4, 5, 6, 7, 8])) {
    case 0:
      return `${cap(n())}${g.pick(YEARS)}${g.pick(SYMS)}`;
    case 1:
      return `${g.pick(NAMES)}${g.pick(['@', '#', '!'])}${g.digits(4)}`;
    case 2:
      return `${cap(n())}${g.pick(SYMS)}${cap(n())}${g.digits(2)}`;
    case 3:
      return `${g.pick(PLACES)}${g.digits(3)}${g.pick(SYMS)}`;
    case 4:
      return `${n().replace(/o/g, '0').replace(/a/g, '@').replace(/e/g, '3')}${g.digits(2)}`;
    case 5:
      return `${g.pick(FOREIGN)}${g.digits(2)}${g.pick(SYMS)}`;
    case 6:
      return `${cap(n())}${cap(n())}${cap(n())}`;
    case 7:
      return `${g.pick(['Qwerty', 'Asdf', 'Zxcv'])}${g.digits(3)}${g.pick(SYMS)}${cap(n())}`;
    default:
      return `${n()}${g.pick(['-', '_'])}${n()}${g.pick(['-', '_'])}${g.digits(3)}`;
  }
}

/** A password a generator or a vault produced. */
export function generated(g: ExampleGen): string {
  switch (g.pick([0, 1, 2, 3, 4])) {
    case 0:
      return g.alnum(g.pick([16, 20, 24, 32]));
    case 1:
      return g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*+-=?^_', g.pick([14, 18, 22]));
    case 2:
      return `${g.alnum(4)}-${g.alnum(4)}-${g.alnum(4)}-${g.alnum(4)}`;
    case 3:
      return `${g.upper(2)}${g.digits(2)}${g.lower(6)}${g.pick(SYMS)}${g.alnum(6)}`;
    default:
      return g.base64(g.pick([16, 24, 32])).replace(/[/+=]/g, () => g.pick(['k', 'Z', '4']));
  }
}

/** A passphrase of words. */
export const phrase = (g: ExampleGen) => [g.pick(NOUNS), g.pick(NOUNS), g.pick(NOUNS), g.pick(NOUNS)].join(g.pick(['-', ' ', '.']));
/** A short weak password. */
export const weak = (g: ExampleGen) => g.pick([`${g.pick(NOUNS)}${g.digits(2)}`, `${cap(g.pick(NOUNS))}${g.digits(1)}`, `${g.pick(NAMES).toLowerCase()}${g.digits(3)}`]);
/** Any password. */
export const anyPw = (g: ExampleGen) => g.pick([chosen, chosen, chosen, generated, generated, phrase, weak])(g);
/** A password safe inside any language's string literal (no quotes, backslash, `$`, `#{`, backquote, spaces). */
export const litPw = (g: ExampleGen) => anyPw(g).replace(/[ '"\\$`#{}]/g, () => g.pick(['!', '_', '7', '%']));
/** A password safe unquoted in YAML, shell words, HCL and URLs. */
export const barePw = (g: ExampleGen) => {
  const v = anyPw(g).replace(/[^A-Za-z0-9._+=-]/g, () => g.pick(['_', '9', 'x', '.']));
  return /^[A-Za-z]/.test(v) ? v : `p${v}`;
};

/** A generic token without a prefix. */
export function token(g: ExampleGen): string {
  return g.pick([() => g.hex(32), () => g.hex(40), () => g.hex(64), () => g.alnum(g.pick([24, 32, 40])), () => `${g.base64(43)}=`, () => g.base64url(g.pick([22, 43, 64])), () => g.uuid()])();
}

/** Provider credentials from their public format documentation. */
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const PROV = {
  github: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  gitlab: (g: ExampleGen) => `glpat-${g.base64url(20)}`,
  slack: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  stripe: (g: ExampleGen) => `sk_live_${g.alnum(24)}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/=/g, 'Q'),
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  npm: (g: ExampleGen) => g.crc32Token('npm_', 30),
  openai: (g: ExampleGen) => `sk-proj-${g.base64url(56)}T3BlbkFJ${g.base64url(56)}`,
  datadog: (g: ExampleGen) => g.hex(32),
  twilio: (g: ExampleGen) => `SK${g.hex(32)}`,
  newrelic: (g: ExampleGen) => `NRAK-${g.chars(UP, 27)}`,
  heroku: (g: ExampleGen) => g.uuid(),
  vault: (g: ExampleGen) => `hvs.${g.base64url(24)}`,
  dockerhub: (g: ExampleGen) => `dckr_pat_${g.base64url(27)}`,
  pypi: (g: ExampleGen) => `pypi-AgEIcHlwaS5vcmc${g.base64url(76)}`,
  sentryAuth: (g: ExampleGen) => `sntrys_${g.base64url(60)}`,
  azureStorage: (g: ExampleGen) => `${g.base64(86)}==`,
};
export type ProvKind = keyof typeof PROV;

export const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const b64u = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
export function jwt(g: ExampleGen): string {
  const iat = 1770000000 + Number(g.digits(6));
  return `${b64u(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64u(JSON.stringify({ sub: g.pick(['svc-billing', 'ci-runner', g.digits(6)]), iat, exp: iat + 3600 }))}.${g.base64url(43)}`;
}
const armour = (label: string, body: string) => `${'-'.repeat(5)}BEGIN ${label}${'-'.repeat(5)}\n${body}\n${'-'.repeat(5)}END ${label}${'-'.repeat(5)}`;
export function pem(g: ExampleGen): string {
  const body = (prefix: string, n: number) => (prefix + g.base64(n - prefix.length)).match(/.{1,64}/g)!.join('\n');
  return g.pick([() => armour('RSA PRIVATE KEY', body('MIIEpAIBAAKCAQEA', 1560)), () => armour('PRIVATE KEY', body('MIIEvgIBADANBgkqhkiG9w0BAQEFAASC', 1600))])();
}

// Look-alikes.
const BCRYPT = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const LOOK = {
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  shortSha: (g: ExampleGen) => g.hex(8),
  uuid: (g: ExampleGen) => g.uuid(),
  integrity: (g: ExampleGen) => `sha512-${g.base64(86)}==`,
  sri: (g: ExampleGen) => `sha384-${g.base64(64)}`,
  bcrypt: (g: ExampleGen) => `$2a$10$${g.chars(BCRYPT, 53)}`,
  pbkdf2: (g: ExampleGen) => `pbkdf2_sha256$600000$${g.alnum(22)}$${g.base64(43)}=`,
  digest: (g: ExampleGen) => `sha256:${g.hex(64)}`,
  nonce: (g: ExampleGen) => g.base64(22),
  sshPub: (g: ExampleGen) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)} ${g.pick(['deploy@ci', 'ops@bastion', 'anna@laptop'])}`,
  chunk: (g: ExampleGen) => g.hex(g.pick([8, 16, 20])),
  objectId: (g: ExampleGen) => g.hex(24),
  img: (g: ExampleGen) => `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${g.base64(120)}`,
  masked: (g: ExampleGen) => g.pick(['********', '****', '[REDACTED]', '<redacted>', '***masked***', `${g.alnum(4)}****`, '[FILTERED]', 'xxxxxxxx']),
  ph: (g: ExampleGen) => g.pick(['password', 'secret', 'changeme', 'xxx', '<token>', 'test', 'dummy', 'CHANGE_ME', '<your-api-key>', 'TODO', 'example', 'REPLACE_ME', 'fake-token']),
};

/** The shorthands the documents are written with (marking only), on top of rw-dev's kit. */
export function cv(k: Kit) {
  const g = k.g;
  return {
    /** Any password, literal-safe. */
    pw: () => k.s('password', litPw(g)),
    /** A chosen password, literal-safe. */
    hpw: () => k.s('password', chosen(g).replace(/[ '"\\$`#{}]/g, '!')),
    /** A generated password, literal-safe. */
    gpw: () => k.s('password', generated(g).replace(/[ '"\\$`#{}]/g, '%')),
    /** A password safe unquoted (YAML, shell, URL). */
    bpw: () => k.s('password', barePw(g)),
    weak: () => k.s('password', weak(g)),
    phrase: () => k.s('password', phrase(g)),
    tok: () => k.s('token', token(g)),
    hex: (n = 40) => k.s('token', g.hex(n)),
    b64: (n = 43) => k.s('token', `${g.base64(n)}=`),
    b62: (n = 32) => k.s('token', g.alnum(n)),
    uuidSecret: () => k.s('token', g.uuid()),
    prov: (kind: ProvKind) => k.s('provider', PROV[kind](g), kind),
    cs: () => k.s('connection-string', barePw(g)),
    basic: (user: string) => k.s('http-auth', b64(`${user}:${barePw(g)}`)),
    bearer: () => k.s('http-auth', g.pick([() => jwt(g), () => g.alnum(40), () => g.base64url(43)])()),
    jwt: () => k.s('http-auth', jwt(g)),
    key: () => k.s('private-key', pem(g)),
    n: (v: string) => k.n(v),
    u: (v: string) => k.u(v),
    look: (kind: keyof typeof LOOK) => k.n(LOOK[kind](g)),
    ph: () => k.n(LOOK.ph(g)),
    masked: () => k.n(LOOK.masked(g)),
    uuid: () => k.n(g.uuid()),
    sha: () => k.n(g.hex(64)),
    git: () => k.n(g.hex(40)),
    /** Raw (unmarked) helpers for ids and numbers. */
    digits: (n: number) => g.digits(n),
    alnum: (n: number) => g.alnum(n),
    hexRaw: (n: number) => g.hex(n),
    uuidRaw: () => g.uuid(),
    pick: <T>(xs: readonly T[]) => g.pick(xs),
  };
}
export type CV = ReturnType<typeof cv>;
