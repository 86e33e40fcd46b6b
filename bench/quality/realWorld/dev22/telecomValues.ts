// Value makers for the rw-dev22 telecom part: the passwords NOC engineers, field techs, VoIP integrators and
// contact-centre admins set (town and exchange names, vendor names, seasons and years in many languages, keyboard
// walks, generated vault passwords), the keys of their world (RADIUS and TACACS+ secrets, SIP and SMPP passwords,
// SNMP communities, CPaaS tokens) and the look-alikes telecom files are full of (MSISDNs, IMSIs, IMEIs, ICCIDs, MAC
// addresses, circuit ids, PON serials, SIP Call-IDs, digest responses). Everything is drawn from the set's seeded
// generator at run time; no literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, num, UPNUM, wrap } from '../kit';

const WORDS = ['fibra', 'uplink', 'backbone', 'trunk', 'voip', 'radius', 'olt', 'router', 'switch', 'tower', 'antena', 'noc', 'pabx', 'gateway', 'core', 'access'];
const WORDS_INTL = ['Vermittlung', 'Zentrale', 'Central', 'Torre', 'Antenne', 'Fibra', 'Rede', 'Rete', 'Reseau', 'Siec', 'Santral', 'Jaringan', 'Mnara', 'Svyaz', 'Mang', 'Glasfaser'];
const PLACES = ['Recife', 'Campinas', 'Sevilla', 'Bilbao', 'Lyon', 'Nantes', 'Bari', 'Torino', 'Dortmund', 'Krakow', 'Ankara', 'Bandung', 'Mombasa', 'Pune', 'Danang', 'Kazan'];
const VENDORS = ['Huawei', 'Zte', 'Nokia', 'Ericsson', 'Mikrotik', 'Cisco', 'Juniper', 'Fiberhome', 'Ubiquiti', 'Asterisk', 'Freepbx', 'Kamailio', 'Genesys', 'Avaya', 'Mitel', 'Calix'];
const SEASONS = ['Summer', 'Winter', 'Sommer', 'Verano', 'Invierno', 'Estate', 'Inverno', 'Verao', 'Lato', 'Zima', 'Yaz', 'Kis', 'Hiver', 'Printemps'];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '&', '.'];
const WALKS = ['qwerty', 'qwertz', 'azerty', '1qaz2wsx', 'q1w2e3r4', 'asdfgh', 'zaq12wsx', 'qazwsx'];

export const T = {
  /** What NOC staff, installers and agents type. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(PLACES)}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${g.pick(VENDORS)}${g.pick(['', '_', '#', '@'])}${g.digits(g.pick([3, 4]))}${g.pick(['', '!', '$'])}`,
      () => `${cap(g.pick(WORDS))}${g.pick(['#', '!', '.', '_', '-'])}${g.digits(g.pick([2, 4]))}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(WORDS).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')}${g.pick(SYMBOLS)}${g.digits(3)}`,
    ])();
  },
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 4, 5]);
    const sep = g.pick(['-', ' ', '.', '_']);
    const words = Array.from({ length: n }, () => g.pick([...WORDS, ...PLACES.map((w) => w.toLowerCase())]));
    return g.pick([words.join(sep), words.join(sep) + g.digits(2), cap(words.join(sep)) + g.pick(SYMBOLS)]);
  },
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%^*-_+=', g.pick([14, 16, 20, 24])),
      () => g.alnum(g.pick([12, 16, 20, 28])),
      () => `${g.alnum(5)}-${g.alnum(5)}-${g.alnum(5)}`,
      () => g.base64(g.pick([18, 24, 32])).replace(/[=+/]/g, 'q'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([T.human, T.human, T.generated, T.generated, T.phrase])(g);
  },
  /** No characters shells, URLs, XML, INI, SIP URIs or router CLIs choke on. */
  safePw(g: ExampleGen): string {
    return g
      .pick([T.human, T.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^(),.|{}[\]]/g, '');
  },
  /** PPPoE, ONT web UI, SIP extension and TR-069 passwords: short, digits or vendor plus digits. */
  device(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(VENDORS).toLowerCase()}${g.digits(4)}`,
      () => g.alnum(g.pick([8, 10, 12])),
      () => `${cap(g.pick(WORDS))}${g.digits(3)}${g.pick(['!', '#', '_'])}`,
      () => `${g.pick(PLACES)}${g.digits(2)}${g.pick(['x', 'k', ''])}`,
    ])();
  },
  /** RADIUS/TACACS+ shared secrets and SIP trunk passwords (no shell or URI specials). */
  shared(g: ExampleGen): string {
    return g.pick([() => g.alnum(g.pick([16, 20, 24])), () => `${g.pick(VENDORS)}${g.pick(['_', '-', ''])}${g.alnum(8)}`, () => `${g.pick(PLACES)}${g.digits(4)}${g.alnum(4)}`])();
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43]))])();
  },
  snmpCommunity: (g: ExampleGen) =>
    g.pick([() => `${g.pick(WORDS)}${g.pick(['_ro', '_rw', 'RO', 'RW', ''])}${g.digits(3)}`, () => g.alnum(12), () => `${g.pick(PLACES)}${g.digits(2)}${g.pick(['ro', 'rw'])}`])(),
  /** SMPP system_id passwords are at most 8 characters (SMPP 3.4). */
  smppPw: (g: ExampleGen) => g.pick([() => g.alnum(8), () => `${g.lower(3)}${g.digits(4)}${g.pick(['x', 'Q', 'z'])}`, () => g.chars(ALNUM + '#!', 8)])(),
  /** SIM Ki and OPc: 128-bit values written as 32 hex digits. */
  ki: (g: ExampleGen) => g.pick([() => g.hex(32).toUpperCase(), () => g.hex(32)])(),
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'OPENSSH PRIVATE KEY'): string {
    // Real DER bodies open with a fixed ASN.1 header, so the generated ones do too.
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
  sshPub: (g: ExampleGen) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)} noc@jump01`,
  jwt(g: ExampleGen): string {
    return `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(g.pick([120, 180, 240]))}.${g.base64url(342)}`;
  },
  // Providers of this world, shapes from their public docs.
  twilioSid: (g: ExampleGen) => `AC${g.hex(32)}`,
  twilioToken: (g: ExampleGen) => g.hex(32),
  twilioApiKeySid: (g: ExampleGen) => `SK${g.hex(32)}`,
  vonageKey: (g: ExampleGen) => g.hex(8),
  vonageSecret: (g: ExampleGen) => g.alnum(16),
  plivoId: (g: ExampleGen) => `MA${g.chars(UPNUM, 18)}`,
  plivoToken: (g: ExampleGen) => g.alnum(40),
  messagebird: (g: ExampleGen) => g.alnum(25),
  infobip: (g: ExampleGen) => `${g.hex(32)}-${g.uuid()}`,
  telnyx: (g: ExampleGen) => `KEY${g.hex(32).toUpperCase()}_${g.alnum(22)}`,
  sinchToken: (g: ExampleGen) => g.hex(32),
  sendgrid: (g: ExampleGen) => `SG.${g.base64url(22)}.${g.base64url(43)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  telegramBot: (g: ExampleGen) => `${g.digits(10)}:AA${g.chars(ALNUM + '_-', 33)}`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  gitlabPat: (g: ExampleGen) => `glpat-${g.chars(ALNUM + '_-', 20)}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'w'),
  zendesk: (g: ExampleGen) => g.alnum(40),
  freshdesk: (g: ExampleGen) => g.alnum(20),
  metaToken: (g: ExampleGen) => `EAA${g.pick(['G', 'B', 'J'])}${g.alnum(g.pick([160, 190]))}`,
  netbox: (g: ExampleGen) => g.hex(40),
  googleApiKey: (g: ExampleGen) => `AIza${g.chars(ALNUM + '_-', 35)}`,
  // Look-alikes of telecom files (negatives).
  msisdn: (g: ExampleGen) => g.pick([() => `+55${g.digits(11)}`, () => `+49${g.digits(11)}`, () => `+254${g.digits(9)}`, () => `+90${g.digits(10)}`, () => `+62${g.digits(10)}`, () => `34${g.digits(9)}`])(),
  imsi: (g: ExampleGen) => `${g.pick(['724', '262', '214', '208', '639', '286', '510'])}${g.pick(['01', '05', '10', '02'])}${g.digits(10)}`,
  imei: (g: ExampleGen) => `35${g.digits(13)}`,
  iccid: (g: ExampleGen) => `89${g.pick(['55', '49', '34', '254', '90'])}${g.digits(16)}`,
  mac: (g: ExampleGen) => Array.from({ length: 6 }, () => g.hex(2).toUpperCase()).join(':'),
  macCisco: (g: ExampleGen) => `${g.hex(4)}.${g.hex(4)}.${g.hex(4)}`,
  ponSn: (g: ExampleGen) => `${g.pick(['HWTC', 'ZTEG', 'ALCL', 'FHTT', 'GPON'])}${g.hex(8).toUpperCase()}`,
  circuit: (g: ExampleGen) => g.pick([() => `CKT-${g.upper(3)}-${g.digits(6)}`, () => `${g.digits(2)}/${g.upper(4)}/${g.digits(6)}/${g.upper(3)}`, () => `ETH${g.digits(8)}`])(),
  callId: (g: ExampleGen) => `${g.hex(8)}-${g.hex(4)}@${g.pick(['10.20.1.5', 'sbc1.core.local', '192.168.50.2'])}`,
  branch: (g: ExampleGen) => `z9hG4bK${g.alnum(g.pick([10, 16]))}`,
  cdrId: (g: ExampleGen) => `${g.pick(['CDR', 'UDR', 'EDR'])}${g.digits(14)}`,
  ticket: (g: ExampleGen) => `${g.pick(['INC', 'CHG', 'TT', 'WO-', 'NOC-'])}${g.digits(6)}`,
  account: (g: ExampleGen) => `${g.pick(['ACC', 'CUS', 'BAN'])}${g.digits(9)}`,
  md5: (g: ExampleGen) => g.hex(32),
  sha1: (g: ExampleGen) => g.hex(40),
  sha256: (g: ExampleGen) => g.hex(64),
  bcrypt: (g: ExampleGen) => `$2y$10$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  sha512crypt: (g: ExampleGen) => `$6$${g.chars('./0123456789abcdefghijklmnopqrstuvwxyz', 16)}$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 86)}`,
  ciscoType5: (g: ExampleGen) => `$1$${g.chars('./0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)}$${g.chars('./0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 22)}`,
  ciscoType7: (g: ExampleGen) => `0${num(g, 2, 9)}${g.hex(18).toUpperCase()}`,
  junosType9: (g: ExampleGen) => `$9$${g.chars('./0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-', 24)}`,
  ansibleVault: (g: ExampleGen) => `$ANSIBLE_VAULT;1.1;AES256\n${wrap(g.hex(320), 80)}`,
  mask: (v: string) => `${v.slice(0, 2)}${'*'.repeat(8)}${v.slice(-2)}`,
  ipv4: (g: ExampleGen, prefix = '10') => [prefix, ...Array.from({ length: 4 - prefix.split('.').length }, () => String(num(g, 1, 250)))].join('.'),
  vlan: (g: ExampleGen) => String(num(g, 100, 3999)),
  serial: (g: ExampleGen) => g.chars(UPNUM, 12),
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
  '<api-key>',
  '<your-token>',
  'your-password',
  '[REDACTED]',
  '***',
  '<Passwort>',
  'XXXXXXXXXXXX',
  '{{ vault_password }}',
  '<contraseña>',
  '<mot-de-passe>',
  '<senha>',
  '<sifre>',
];

/** Per-document kit: shorthands that mark what they write. */
export interface TK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  spw(): string;
  phrase(): string;
  dev(): string;
  shared(): string;
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

export function tk(g: ExampleGen, m: Marker): TK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', T.anyPw(g)),
    hpw: () => m.secret('password', T.human(g)),
    gpw: () => m.secret('password', T.generated(g)),
    spw: () => m.secret('password', T.safePw(g)),
    phrase: () => m.secret('password', T.phrase(g)),
    dev: () => m.secret('password', T.device(g)),
    shared: () => m.secret('password', T.shared(g)),
    tok: () => m.secret('token', T.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', T.safePw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', T.b64(`${user}:${T.safePw(g)}`)),
    bearer: () => m.secret('http-auth', T.jwt(g)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const tDoc = docMaker(tk);
