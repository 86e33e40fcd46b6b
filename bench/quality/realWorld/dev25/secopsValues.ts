// Value makers for the rw-dev25 secops part: the passwords pentesters recover and admins set (seasons and years in
// many languages, company and city names, keyboard walks, Welcome/Start patterns, generated vault passwords), the keys
// of security tooling (SIEM, EDR, scanners, threat-intel APIs, SOAR, ticketing hooks) and the look-alikes the domain
// is full of (NTLM and NetNTLMv2 hashes, Kerberoast and AS-REP blobs, crypt hashes, IOC hashes, JA3, CVEs, CVSS
// vectors, CTF flags, thumbprints, masked values). Everything is drawn from the set's seeded generator at run time.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, num, UPNUM, wrap } from '../kit';

const COMPANIES = ['Contoso', 'Fabrikam', 'Northwind', 'Globex', 'Initech', 'Umbrella', 'Acme', 'Hooli', 'Wayne', 'Stark', 'Tyrell', 'Vandelay', 'Soylent', 'Wonka'];
const CITIES = ['Berlin', 'Lyon', 'Madrid', 'Porto', 'Krakow', 'Utrecht', 'Izmir', 'Haifa', 'Osaka', 'Shenzhen', 'Kazan', 'Sevilla', 'Gent', 'Leipzig'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Sommer', 'Herbst', 'Verano', 'Invierno', 'Printemps', 'Hiver', 'Zomer', 'Lato', 'Zima', 'Yaz', 'Inverno'];
const STARTS = ['Welcome', 'Willkommen', 'Bienvenue', 'Bienvenido', 'Start', 'Changeit', 'Passwort', 'Haslo', 'Wachtwoord', 'Parola', 'Senha', 'Sifre'];
const MONTHS = ['January', 'Januar', 'Marzo', 'Avril', 'Mayo', 'Juni', 'Julio', 'Agosto', 'Sept', 'Oktober', 'Noviembre', 'Dezember'];
const NAMES = ['Charlie', 'Bailey', 'Max', 'Luna', 'Rocky', 'Daisy', 'Simba', 'Milo', 'Nala', 'Buddy', 'Kuba', 'Pepe'];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '&', '.'];
const WALKS = ['qwerty', 'qwertz', 'azerty', '1qaz2wsx', 'q1w2e3r4', 'asdfgh', 'zaq12wsx', '!QAZ2wsx', 'Qwer1234', '1q2w3e4r'];
const WORDS = ['falcon', 'raven', 'kraken', 'phoenix', 'bastion', 'sentinel', 'watchtower', 'harbor', 'granite', 'cobalt', 'onyx', 'ember', 'glacier', 'tundra', 'orbit', 'cipher'];

export const S = {
  /** What users and admins type and pentesters recover: season+year, company+digits, Welcome1!, walks, leetspeak. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(COMPANIES)}${g.pick(['', '@', '#', '_'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(STARTS)}${g.digits(g.pick([1, 2, 3]))}${g.pick(SYMBOLS)}`,
      () => `${g.pick(CITIES)}${g.digits(g.pick([2, 4]))}${g.pick(['', '!', '#', '$'])}`,
      () => `${g.pick(MONTHS)}${g.pick(YEARS).slice(2)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(NAMES)}${g.pick(['', '_', '.'])}${g.digits(g.pick([2, 4]))}${g.pick(['', '!'])}`,
      () => `${g.pick(WALKS)}${g.pick(['!', '#', g.digits(2), g.digits(4)])}`,
      () => `${cap(g.pick(WORDS)).replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3')}${g.digits(g.pick([2, 3]))}${g.pick(SYMBOLS)}`,
    ])();
  },
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 4, 5]);
    const sep = g.pick(['-', ' ', '.', '_']);
    const words = Array.from({ length: n }, () => g.pick([...WORDS, ...CITIES.map((w) => w.toLowerCase())]));
    return g.pick([words.join(sep), words.join(sep) + g.digits(2), cap(words.join(sep)) + g.pick(SYMBOLS)]);
  },
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%^*-_+=', g.pick([14, 16, 20, 24])),
      () => g.alnum(g.pick([12, 16, 20, 28])),
      () => `${g.alnum(6)}-${g.alnum(6)}-${g.alnum(6)}`,
      () => g.base64(g.pick([18, 24, 32])).replace(/[=+/]/g, 'x'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([S.human, S.human, S.generated, S.generated, S.phrase])(g);
  },
  /** No characters shells, URLs, XML, INI or tool argument parsers choke on. */
  safePw(g: ExampleGen): string {
    return g
      .pick([S.human, S.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^(),.|{}[\]]/g, '');
  },
  /** safePw that kept at least 8 characters (a stripped season password can get short). */
  cleanPw(g: ExampleGen): string {
    const v = S.safePw(g);
    return v.length >= 8 ? v : v + g.digits(8 - v.length + 2);
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43]))])();
  },
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  b64url(s: string): string {
    return Buffer.from(s).toString('base64url');
  },
  /** PowerShell -EncodedCommand: base64 of UTF-16LE text (a payload, not a secret). */
  psEnc(s: string): string {
    return Buffer.from(s, 'utf16le').toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'OPENSSH PRIVATE KEY'): string {
    const head: Record<typeof kind, string> = {
      'RSA PRIVATE KEY': 'MIIEpAIBAAKCAQEA',
      'PRIVATE KEY': 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ',
      'EC PRIVATE KEY': 'MHcCAQEEI',
      'OPENSSH PRIVATE KEY': 'b3BlbnNzaC1rZXktdjEAAAAA',
    };
    const body = head[kind] + g.base64(kind === 'OPENSSH PRIVATE KEY' ? 380 : kind === 'EC PRIVATE KEY' ? 160 : 640);
    return `-----BEGIN ${kind}-----\n${wrap(body, kind === 'OPENSSH PRIVATE KEY' ? 70 : 64)}\n-----END ${kind}-----`;
  },
  certPem(g: ExampleGen): string {
    return `-----BEGIN CERTIFICATE-----\nMIID${wrap(g.base64(600), 64)}\n-----END CERTIFICATE-----`;
  },
  pubPem(g: ExampleGen): string {
    return `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${wrap(g.base64(320), 64)}\n-----END PUBLIC KEY-----`;
  },
  sshPub: (g: ExampleGen, who: string) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)} ${who}`,
  jwt(g: ExampleGen): string {
    return `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([120, 180, 240]))}.${g.base64url(342)}`;
  },
  jwtHs(g: ExampleGen): string {
    return `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([80, 120]))}.${g.base64url(43)}`;
  },
  // Security vendors' credentials, shapes from their public API docs.
  splunkHec: (g: ExampleGen) => g.uuid().toUpperCase(),
  splunkJwt: (g: ExampleGen) => `${S.b64url('{"kid":"splunk.secret","alg":"HS512","ver":"v2","ttyp":"static"}')}.eyJ${g.base64url(g.pick([150, 190]))}.${g.base64url(86)}`,
  elasticKey: (g: ExampleGen) => S.b64(`${g.base64url(20)}:${g.base64url(22)}`),
  sentinelKey: (g: ExampleGen) => `${g.base64(86)}==`,
  qradarSec: (g: ExampleGen) => g.uuid(),
  csClientId: (g: ExampleGen) => g.hex(32),
  csSecret: (g: ExampleGen) => g.alnum(40),
  s1Token: (g: ExampleGen) => g.alnum(80),
  tenableKey: (g: ExampleGen) => g.hex(64),
  rapid7Key: (g: ExampleGen) => g.uuid(),
  vtKey: (g: ExampleGen) => g.hex(64),
  shodanKey: (g: ExampleGen) => g.alnum(32),
  censysSecret: (g: ExampleGen) => g.alnum(32),
  greynoiseKey: (g: ExampleGen) => g.alnum(64),
  abuseipdbKey: (g: ExampleGen) => g.hex(80),
  urlscanKey: (g: ExampleGen) => g.uuid(),
  mispKey: (g: ExampleGen) => g.alnum(40),
  hiveKey: (g: ExampleGen) => g.chars(ALNUM + '+/', 32),
  xsoarKey: (g: ExampleGen) => g.hex(32).toUpperCase(),
  pagerduty: (g: ExampleGen) => g.hex(32),
  otxKey: (g: ExampleGen) => g.hex(64),
  hibpKey: (g: ExampleGen) => g.hex(32),
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'q'),
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  gitlabPat: (g: ExampleGen) => `glpat-${g.chars(ALNUM + '_-', 20)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  slackBot: (g: ExampleGen) => `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`,
  telegramBot: (g: ExampleGen) => `${g.digits(10)}:AA${g.chars(ALNUM + '_-', 33)}`,
  discordHook: (g: ExampleGen) => `https://discord.com/api/webhooks/${g.digits(19)}/${g.chars(ALNUM + '_-', 68)}`,
  stripeLive: (g: ExampleGen) => `sk_live_${g.alnum(g.pick([24, 99]))}`,
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  mailgun: (g: ExampleGen) => `key-${g.hex(32)}`,
  okta: (g: ExampleGen) => `00${g.chars(ALNUM + '_-', 40)}`,
  azureSecret: (g: ExampleGen) => `${g.alnum(3)}8Q~${g.chars(ALNUM + '_~.-', 34)}`,
  googleApiKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '_-', 35)}`,
  ngrok: (g: ExampleGen) => `2${g.alnum(26)}_${g.alnum(21)}`,
  vaultToken: (g: ExampleGen) => `hvs.${g.alnum(24)}`,
  dockerPat: (g: ExampleGen) => `dckr_pat_${g.chars(ALNUM + '_-', 27)}`,
  npmToken: (g: ExampleGen) => g.crc32Token('npm_', 30),
  // Look-alikes (negatives): hashes, IOCs and the identifiers of the trade.
  ntlm: (g: ExampleGen) => g.hex(32),
  netntlmv2: (g: ExampleGen, user: string, dom: string) => `${user}::${dom}:${g.hex(16)}:${g.hex(32).toUpperCase()}:0101000000000000${g.hex(g.pick([200, 260, 300]))}`,
  krb5tgs: (g: ExampleGen, spn: string, user: string) => `$krb5tgs$23$*${user}$CORP.LOCAL$${spn}*$${g.hex(32)}$${g.hex(g.pick([600, 900]))}`,
  asrep: (g: ExampleGen, user: string) => `$krb5asrep$23$${user}@CORP.LOCAL:${g.hex(32)}$${g.hex(g.pick([300, 420]))}`,
  dcc2: (g: ExampleGen, user: string) => `$DCC2$10240#${user}#${g.hex(32)}`,
  bcrypt: (g: ExampleGen) => `$2y$10$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  sha512crypt: (g: ExampleGen) => `$6$${g.chars('./0123456789abcdefghijklmnopqrstuvwxyz', 16)}$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 86)}`,
  md5crypt: (g: ExampleGen) => `$1$${g.chars('./0123456789abcdefghijklmnopqrstuvwxyz', 8)}$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 22)}`,
  md5: (g: ExampleGen) => g.hex(32),
  sha1: (g: ExampleGen) => g.hex(40),
  sha256: (g: ExampleGen) => g.hex(64),
  ja3: (g: ExampleGen) => g.hex(32),
  jarm: (g: ExampleGen) => g.hex(62),
  thumbprint: (g: ExampleGen) => g.hex(40).toUpperCase(),
  cve: (g: ExampleGen) => `CVE-${g.pick(['2021', '2022', '2023', '2024', '2025'])}-${num(g, 1000, 49999)}`,
  cvss: (g: ExampleGen) =>
    `CVSS:3.1/AV:${g.pick(['N', 'A', 'L'])}/AC:${g.pick(['L', 'H'])}/PR:${g.pick(['N', 'L', 'H'])}/UI:${g.pick(['N', 'R'])}/S:${g.pick(['U', 'C'])}/C:H/I:${g.pick(['H', 'L'])}/A:${g.pick(['H', 'N'])}`,
  flag: (g: ExampleGen) => g.pick([() => `flag{${g.hex(32)}}`, () => `HTB{${g.lower(6)}_${g.lower(5)}_${g.digits(3)}}`, () => `CTF{${g.alnum(20)}}`])(),
  mitre: (g: ExampleGen) => g.pick(['T1003.001', 'T1558.003', 'T1110.003', 'T1059.001', 'T1021.002', 'T1552.001', 'T1566.002', 'T1078']),
  ticket: (g: ExampleGen) => `${g.pick(['INC', 'SEC-', 'IR-', 'CASE-', 'PT-'])}${g.digits(g.pick([5, 6]))}`,
  ipv4: (g: ExampleGen, prefix = '10') => [prefix, ...Array.from({ length: 4 - prefix.split('.').length }, () => String(num(g, 1, 250)))].join('.'),
  pubIp: (g: ExampleGen) => `${g.pick(['185', '45', '91', '193', '5', '194'])}.${num(g, 1, 250)}.${num(g, 1, 250)}.${num(g, 1, 250)}`,
  defang: (g: ExampleGen) => `${g.lower(g.pick([6, 8, 10]))}[.]${g.pick(['xyz', 'top', 'ru', 'online', 'click', 'cc'])}`,
  mask: (v: string) => `${v.slice(0, 2)}${'*'.repeat(8)}${v.slice(-1)}`,
  num,
  UPNUM,
};

export const PLACEHOLDERS = [
  '<password>',
  'CHANGE_ME',
  'changeme',
  'xxxxxxxx',
  '********',
  '<secret>',
  'REPLACE_ME',
  '<api-key>',
  '<your-token>',
  'your-password',
  '[REDACTED]',
  '***',
  '<PASSWORD>',
  'XXXXXXXXXXXX',
  '{{ vault_password }}',
  '<contraseña>',
  '<mot-de-passe>',
  '<Passwort>',
  '<hasło>',
  '[MASKED]',
];

/** Per-document kit: shorthands that mark what they write. */
export interface SK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  spw(): string;
  phrase(): string;
  tok(): string;
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

export function sk(g: ExampleGen, m: Marker): SK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', S.anyPw(g)),
    hpw: () => m.secret('password', S.human(g)),
    gpw: () => m.secret('password', S.generated(g)),
    spw: () => m.secret('password', S.cleanPw(g)),
    phrase: () => m.secret('password', S.phrase(g)),
    tok: () => m.secret('token', S.token(g)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', S.cleanPw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', S.b64(`${user}:${S.cleanPw(g)}`)),
    bearer: () => m.secret('http-auth', S.jwt(g)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const sDoc = docMaker(sk);
