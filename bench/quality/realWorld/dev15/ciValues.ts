// Value makers for the rw-dev15 ci part: the passwords and tokens that end up in pipeline files and job logs
// (registry logins, keystore and signing passwords, service-container database passwords, deploy users),
// the CI/CD and registry providers' token shapes from their public docs, and the look-alikes CI output is full
// of (digests, run ids, cache keys, masked values). Everything is drawn from the set's seeded generator at
// run time; no literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker } from '../kit';

const WORDS = ['pipeline', 'runner', 'deploy', 'release', 'harbor', 'nexus', 'falcon', 'rocket', 'gradle', 'kraken', 'orbit', 'comet', 'anchor', 'bamboo', 'jenkins', 'cobalt'];
const WORDS_INTL = ['Bereitstellung', 'Freigabe', 'Kiste', 'Despliegue', 'Entrega', 'Livraison', 'Fusee', 'Uitrol', 'Wdrozenie', 'Konstrukcja', 'Lancamento', 'Sborka', 'Hafen', 'Bouwstraat'];
const TEAMS = ['Acme', 'Platform', 'Nordlicht', 'Orbitly', 'Kairos', 'Bluefin', 'Tessera', 'Vantage', 'Quanto', 'Helix', 'Brightwave'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Sommer', 'Herbst', 'Verano', 'Zomer', 'Printemps'];
const YEARS = ['2020', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '!!', '*', '?', '%', '.', '_'];
const WALKS = ['qwerty', 'qwertz', 'asdfgh', '1qaz2wsx', 'zaq12wsx', 'azerty', 'qazwsx'];

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export const V = {
  /** Team+year, season+year, words in several languages with digits, leet, keyboard walks. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(TEAMS)}${g.pick(['', '@', '#', '_'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${cap(g.pick(WORDS))}${g.pick(['#', '!', '.', '_', '-'])}${g.digits(g.pick([2, 4]))}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${cap(g.pick(WORDS).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0'))}${g.pick(SYMBOLS)}${g.digits(3)}`,
    ])();
  },
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 4, 5]);
    const sep = g.pick(['-', '.', '_']);
    const words = Array.from({ length: n }, () => g.pick([...WORDS, ...WORDS_INTL.map((w) => w.toLowerCase())]));
    return g.pick([words.join(sep), words.join(sep) + g.digits(2), cap(words.join(sep)) + g.pick(SYMBOLS)]);
  },
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.alnum(2) + g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%^*-_+=', g.pick([12, 14, 18, 22])),
      () => g.alnum(g.pick([12, 16, 20, 28])),
      () => `${g.alnum(6)}-${g.alnum(6)}-${g.alnum(6)}`,
      () => g.base64(g.pick([18, 24, 32])).replace(/[+/]/g, 'q'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([V.human, V.human, V.generated, V.generated, V.phrase])(g);
  },
  /** Safe in a shell word, a URL userinfo and a `;`-separated connection string. */
  safePw(g: ExampleGen): string {
    return (
      g
        .pick([V.human, V.generated, V.generated])(g)
        .replace(/[@:/?#%;&=+ '"$!*^\\`]/g, '') || g.alnum(14)
    );
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43])), () => `${g.alnum(8)}${g.hex(24)}`])();
  },
  jwt(g: ExampleGen, claims: Record<string, unknown>): string {
    const b = (s: string) => Buffer.from(s).toString('base64url');
    return `${b(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: g.hex(16) }))}.${b(JSON.stringify(claims))}.${g.base64url(86)}`;
  },
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'ENCRYPTED PRIVATE KEY'): string {
    const body = (kind === 'EC PRIVATE KEY' ? 'MHcCAQEEI' : 'MIIEv') + g.base64(kind === 'EC PRIVATE KEY' ? 150 : 620);
    return `-----BEGIN ${kind}-----\n${body.match(/.{1,64}/g)!.join('\n')}\n-----END ${kind}-----`;
  },
  openssh(g: ExampleGen): string {
    const body = `b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW${g.base64(330)}`;
    return `-----BEGIN OPENSSH PRIVATE KEY-----\n${body.match(/.{1,70}/g)!.join('\n')}\n-----END OPENSSH PRIVATE KEY-----`;
  },
  pgpPrivate(g: ExampleGen): string {
    const body = `lQdGBG${g.base64(700)}`;
    return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${body.match(/.{1,64}/g)!.join('\n')}\n=${g.base64(4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
  },
  certificate(g: ExampleGen): string {
    const body = `MIID${g.base64(600)}`;
    return `-----BEGIN CERTIFICATE-----\n${body.match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----`;
  },
  // CI/CD, registry and cloud providers, shapes from their public docs.
  ghPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  ghFine: (g: ExampleGen) => `github_pat_11${g.chars(BASE32 + '0123456789', 20)}_${g.alnum(59)}`,
  ghApp: (g: ExampleGen) => g.crc32Token('ghs_', 30),
  ghOauth: (g: ExampleGen) => g.crc32Token('gho_', 30),
  glPat: (g: ExampleGen) => `glpat-${g.base64url(20)}`,
  glRunner: (g: ExampleGen) => `glrt-${g.base64url(20)}`,
  glRunnerReg: (g: ExampleGen) => `GR1348941${g.base64url(20)}`,
  glDeploy: (g: ExampleGen) => `gldt-${g.base64url(20)}`,
  glTrigger: (g: ExampleGen) => `glptt-${g.hex(40)}`,
  npm: (g: ExampleGen) => g.crc32Token('npm_', 30),
  pypi: (g: ExampleGen) => `pypi-AgEIcHlwaS5vcmc${g.base64url(g.pick([70, 140]))}`,
  dockerPat: (g: ExampleGen) => `dckr_pat_${g.base64url(27)}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars(BASE32, 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/=/g, 'w'),
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8)}/B${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/${g.alnum(24)}`,
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  teamsHook: (g: ExampleGen) => `https://contoso.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.hex(32)}/${g.uuid()}`,
  sonar: (g: ExampleGen) => `${g.pick(['squ_', 'sqp_', 'sqa_'])}${g.hex(40)}`,
  jenkinsApi: (g: ExampleGen) => `11${g.hex(32)}`,
  artifactoryKey: (g: ExampleGen) => `AKCp${g.pick(['5', '8'])}${g.alnum(68)}`,
  artifactoryRef: (g: ExampleGen) => `cmVmdGtuOjAxOjE3${g.alnum(48)}`,
  azdoPat: (g: ExampleGen) => g.chars('abcdefghijklmnopqrstuvwxyz234567', 52),
  azureSecret: (g: ExampleGen) => `${g.alnum(3)}${g.digits(1)}Q~${g.chars(ALNUM + '~._-', 34)}`,
  tfcToken: (g: ExampleGen) => `${g.alnum(14)}.atlasv1.${g.alnum(67)}`,
  vaultToken: (g: ExampleGen) => `hvs.${g.base64url(90)}`,
  doppler: (g: ExampleGen) => `dp.st.${g.pick(['prd', 'stg', 'ci'])}.${g.alnum(40)}`,
  octopus: (g: ExampleGen) => `API-${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 26)}`,
  circlePat: (g: ExampleGen) => `CCIPAT_${g.alnum(22)}_${g.hex(40)}`,
  buildkiteApi: (g: ExampleGen) => `bkua_${g.hex(40)}`,
  netlify: (g: ExampleGen) => `nfp_${g.alnum(36)}`,
  pulumi: (g: ExampleGen) => `pul-${g.hex(40)}`,
  sentryOrg: (g: ExampleGen) => `sntrys_${g.base64(120).replace(/[+/]/g, 'x')}`,
  sentryUser: (g: ExampleGen) => `sntryu_${g.hex(64)}`,
  datadogApi: (g: ExampleGen) => g.hex(32),
  datadogApp: (g: ExampleGen) => g.hex(40),
  gcpKeyId: (g: ExampleGen) => g.hex(40),
  atlassian: (g: ExampleGen) => `ATATT3xFfGF0${g.base64url(170)}=${g.hex(8).toUpperCase()}`,
  bitbucketApp: (g: ExampleGen) => `ATBB${g.alnum(32)}${g.hex(8).toUpperCase()}`,
  herokuKey: (g: ExampleGen) => `HRKU-${g.pick(['AA', 'AB'])}${g.base64url(58)}`,
  snyk: (g: ExampleGen) => g.uuid(),
  codecov: (g: ExampleGen) => g.uuid(),
  cloudflare: (g: ExampleGen) => g.base64url(40),
  digitalocean: (g: ExampleGen) => `dop_v1_${g.hex(64)}`,
  googleKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '-_', 35)}`,
  // Negatives and public ids CI output is full of.
  sha256: (g: ExampleGen) => g.hex(64),
  digest: (g: ExampleGen) => `sha256:${g.hex(64)}`,
  sha1: (g: ExampleGen) => g.hex(40),
  short: (g: ExampleGen) => g.hex(7),
  runId: (g: ExampleGen) => g.digits(10),
  buildId: (g: ExampleGen) => g.digits(g.pick([4, 5, 6])),
  integrity: (g: ExampleGen) => `sha512-${g.base64(86)}==`,
  cacheKey: (g: ExampleGen) => `${g.pick(['node-cache', 'gradle', 'pip', 'maven'])}-Linux-x64-${g.hex(64)}`,
  awsAccount: (g: ExampleGen) => g.digits(12),
  travisSecure: (g: ExampleGen) => `${g.base64(340)}=`,
  sopsBlob: (g: ExampleGen) => `ENC[AES256_GCM,data:${g.base64(24)},iv:${g.base64(43)}=,tag:${g.base64(22)}==,type:str]`,
  ansibleVault: (g: ExampleGen) => `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 5 }, () => g.hex(80)).join('\n')}`,
  bcrypt: (g: ExampleGen) => `$2a$10$${g.chars(ALNUM + './', 53)}`,
  jenkinsEnc: (g: ExampleGen) => `{${g.base64(84)}=}`,
  sshPub: (g: ExampleGen) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)}`,
  mask: (v: string) => `${v.slice(0, 4)}${'*'.repeat(8)}`,
};

export const PLACEHOLDERS = ['<password>', 'CHANGE_ME', 'changeme', 'xxxxxxxx', '********', '<YOUR_TOKEN>', 'REPLACE_ME', '<secret>', 'TODO', 'your-token-here', '[REDACTED]', '***', '[MASKED]', '<redacted>'];

/** Per-document kit: shorthands that mark what they write. */
export interface CK {
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

export function ck(g: ExampleGen, m: Marker): CK {
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
    bearer: () => m.secret('http-auth', g.pick([() => g.alnum(40), () => g.base64url(43), () => g.hex(64)])()),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const ciDoc = docMaker(ck);
