// Value makers of the rw-dev5 command/code documents, written for this part (not rw-dev's values.ts): passwords
// people type on command lines, tokens as CLIs and SDKs print them, provider formats from their public docs, and
// the look-alikes that sit beside them (digests, ids, hashes). Everything is drawn from the seeded generator.
import type { ExampleGen } from '../../../../engine/types';
import type { Kit } from '../dev/kit';

const WORDS = [
  'harbor',
  'maple',
  'falcon',
  'copper',
  'lantern',
  'orchid',
  'glacier',
  'pepper',
  'tundra',
  'meadow',
  'cobalt',
  'saffron',
  'quartz',
  'bramble',
  'nimbus',
  'pelican',
  'juniper',
  'hazel',
  'ember',
  'marlin',
];
const INTL = ['Zitrone', 'mariposa', 'Kirschbaum', 'papillon', 'Sakura', 'lluvia', 'Regenbogen', 'framboise', 'tartaruga', 'Schnecke'];
const TEAMS = ['Ops', 'Infra', 'Billing', 'Platform', 'Data', 'Devops', 'Sre', 'Payments'];
const SYM = ['!', '#', '@', '$', '%', '&', '*', '?', '+'];
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const yr = (g: ExampleGen) => g.pick(['1989', '1994', '1998', '2003', '2017', '2019', '2021', '2022', '2023', '2024', '2025', '2026']);
const w = (g: ExampleGen) => g.pick(WORDS);

/** A password someone chose (words, years, symbols, a team name). */
export function chosenPw(g: ExampleGen): string {
  switch (g.pick([0, 1, 2, 3, 4, 5, 6, 7])) {
    case 0:
      return `${cap(w(g))}${yr(g)}${g.pick(SYM)}`;
    case 1:
      return `${g.pick(TEAMS)}${g.pick(['@', '#', '_', '!'])}${yr(g)}`;
    case 2:
      return `${cap(w(g))}${cap(w(g))}${g.digits(2)}`;
    case 3:
      return `${w(g).replace(/a/g, '4').replace(/e/g, '3')}${g.digits(3)}`;
    case 4:
      return `${g.pick(INTL)}${g.digits(2)}${g.pick(SYM)}`;
    case 5:
      return `${cap(w(g))}.${cap(w(g))}.${g.digits(1)}`;
    case 6:
      return `${g.pick(['Welcome', 'Winter', 'Spring', 'Autumn', 'Letmein'])}${g.digits(2)}${g.pick(SYM)}`;
    default:
      return `${w(g)}${g.pick(['_', '-'])}${w(g)}${g.digits(2)}`;
  }
}

/** A password a generator produced. */
export function genPw(g: ExampleGen): string {
  switch (g.pick([0, 1, 2, 3, 4])) {
    case 0:
      return g.alnum(g.pick([14, 18, 22, 28]));
    case 1:
      return g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*+=?', g.pick([12, 16, 20]));
    case 2:
      return `${g.lower(6)}-${g.lower(6)}-${g.lower(6)}`.replace(/^(..)./, (_, a: string) => `${a}${g.digits(1)}`);
    case 3:
      return g.base64(g.pick([18, 24, 30])).replace(/[/+]/g, () => g.pick(['x', 'Q', '7']));
    default:
      return g.hex(g.pick([20, 24, 32]));
  }
}

/** Any password, either style. */
export const anyPw = (g: ExampleGen) => g.pick([chosenPw, chosenPw, genPw, genPw])(g);

/** A password that can stand unquoted in a shell word, YAML scalar or URL (no quoting, no `$`, no `@:/`). */
export const shellPw = (g: ExampleGen) => {
  const out = anyPw(g).replace(/[^A-Za-z0-9._+=-]/g, () => g.pick(['.', '_', '9', 'Z', '-']));
  return /^[A-Za-z0-9]/.test(out) ? out : `q${out}`;
};

/** A password without `'`, `"`, `\\`, `$` or backquote: safe inside any string literal. */
export const litPw = (g: ExampleGen) => anyPw(g).replace(/['"\\$`]/g, () => g.pick(['#', '!', '4', '_']));

/** A generic secret token without a prefix. */
export function token(g: ExampleGen): string {
  return g.pick([
    () => g.hex(32),
    () => g.hex(40),
    () => g.hex(64),
    () => g.alnum(g.pick([26, 32, 40, 48])),
    () => g.base64url(g.pick([32, 43])),
    () => `${g.base64(42)}==`,
    () => `${g.alnum(10)}.${g.alnum(30)}`,
  ])();
}

const b64u = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
export const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** A signed JWT with plausible claims. */
export function jwt(g: ExampleGen): string {
  const head = b64u(JSON.stringify({ alg: g.pick(['HS256', 'RS256']), typ: 'JWT' }));
  const iat = 1760000000 + Number(g.digits(6));
  const body = b64u(JSON.stringify({ sub: g.pick(['deploy-bot', 'svc-ledger', `${g.digits(5)}`]), iat, exp: iat + 7200 }));
  return `${head}.${body}.${g.base64url(43)}`;
}

const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** Provider credentials from their public documentation of the format. */
export const PV = {
  github: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  githubFine: (g: ExampleGen) => `github_pat_11${g.chars(UP, 20)}_${g.alnum(59)}`,
  githubApp: (g: ExampleGen) => g.crc32Token('ghs_', 30),
  gitlab: (g: ExampleGen) => `glpat-${g.base64url(20)}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/=/g, 'x'),
  stripe: (g: ExampleGen) => `sk_live_${g.alnum(24)}`,
  slack: (g: ExampleGen) => `xoxb-${g.digits(11)}-${g.digits(13)}-${g.alnum(24)}`,
  npm: (g: ExampleGen) => g.crc32Token('npm_', 30),
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  openai: (g: ExampleGen) => `sk-proj-${g.base64url(48)}T3BlbkFJ${g.base64url(48)}`,
  anthropic: (g: ExampleGen) => `sk-ant-api03-${g.base64url(93)}AA`,
  huggingface: (g: ExampleGen) => `hf_${g.alnum(34)}`,
  digitalocean: (g: ExampleGen) => `dop_v1_${g.hex(64)}`,
  vault: (g: ExampleGen) => `hvs.${g.base64url(24)}`,
  google: (g: ExampleGen) => `AIza${g.base64url(35)}`,
  doppler: (g: ExampleGen) => `dp.st.prd.${g.alnum(43)}`,
  telegram: (g: ExampleGen) => `${g.digits(10)}:AA${g.base64url(33)}`,
  pypi: (g: ExampleGen) => `pypi-AgEIcHlwaS5vcmc${g.base64url(80)}`,
  shopify: (g: ExampleGen) => `shpat_${g.hex(32)}`,
  linear: (g: ExampleGen) => `lin_api_${g.alnum(40)}`,
  azureKey: (g: ExampleGen) => `${g.base64(86)}==`,
  postman: (g: ExampleGen) => `PMAK-${g.hex(24)}-${g.hex(34)}`,
};
export type ProviderKind = keyof typeof PV;

const armour = (label: string, body: string) => `${'-'.repeat(5)}BEGIN ${label}${'-'.repeat(5)}\n${body}\n${'-'.repeat(5)}END ${label}${'-'.repeat(5)}`;
/** A private key block (armour assembled so this file holds no header literal). */
export function pemKey(g: ExampleGen): string {
  const body = (prefix: string, n: number) => (prefix + g.base64(n - prefix.length)).match(/.{1,64}/g)!.join('\n');
  return g.pick([
    () => armour('RSA PRIVATE KEY', body('MIIEowIBAAKCAQEA', 1580)),
    () => armour('OPENSSH PRIVATE KEY', body('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACB', 392)),
    () => armour('EC PRIVATE KEY', `${body('MHcCAQEEI', 160)}=`),
  ])();
}

// Look-alikes (negatives).
export const sha256 = (g: ExampleGen) => g.hex(64);
export const gitSha = (g: ExampleGen) => g.hex(40);
export const shortSha = (g: ExampleGen) => g.hex(7);
export const imageDigest = (g: ExampleGen) => `sha256:${g.hex(64)}`;
export const bcryptHash = (g: ExampleGen) => `$2y$12$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`;
export const traceId = (g: ExampleGen) => g.hex(32);
export const requestId = (g: ExampleGen) => g.uuid();
export const publicSsh = (g: ExampleGen) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)} deploy@ci`;

/** The shorthands the documents are written with, on top of rw-dev's kit (marking only). */
export function cc(k: Kit) {
  const g = k.g;
  return {
    pw: () => k.s('password', anyPw(g)),
    hpw: () => k.s('password', chosenPw(g)),
    gpw: () => k.s('password', genPw(g)),
    spw: () => k.s('password', shellPw(g)),
    lpw: () => k.s('password', litPw(g)),
    tok: () => k.s('token', token(g)),
    hex: (n = 40) => k.s('token', g.hex(n)),
    prov: (kind: ProviderKind) => k.s('provider', PV[kind](g), kind),
    cs: () => k.s('connection-string', shellPw(g)),
    http: (v: string) => k.s('http-auth', v),
    basic: (user: string) => k.s('http-auth', b64(`${user}:${shellPw(g)}`)),
    bearer: () => k.s('http-auth', g.pick([() => jwt(g), () => g.alnum(40), () => g.base64url(43)])()),
    jwt: () => k.s('http-auth', jwt(g)),
    key: () => k.s('private-key', pemKey(g)),
    mark: (cat: Parameters<Kit['s']>[0], v: string) => k.s(cat, v),
    n: (v: string) => k.n(v),
    u: (v: string) => k.u(v),
    sha: () => k.n(sha256(g)),
    git: () => k.n(gitSha(g)),
    digest: () => k.n(imageDigest(g)),
    uuid: () => k.n(g.uuid()),
    trace: () => k.n(traceId(g)),
    bcrypt: () => k.n(bcryptHash(g)),
    ph: () => k.n(g.pick(['<password>', '${DB_PASSWORD}', 'changeme', '$PGPASSWORD', '<your-token>', 'xxxxxxxx', '********', '%API_KEY%', '$(cat /run/secrets/db_pass)', '{{ vault_token }}'])),
    raw: { anyPw: () => anyPw(g), shellPw: () => shellPw(g), litPw: () => litPw(g), token: () => token(g) },
  };
}
export type CC = ReturnType<typeof cc>;
