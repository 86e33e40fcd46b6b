// Value makers for the rw-dev15 net part: the passwords network engineers set on devices and service accounts
// (site+year, vendor words, NOC in-jokes, keyboard walks, generated vault passwords), the shared secrets of
// RADIUS/TACACS+/IPsec/SNMP, and the look-alikes device configs are full of (Cisco type 5/8/9 hashes, type 7
// and Junos $9$ obfuscations, FortiOS ENC blobs, MACs, serials, WireGuard public keys). Everything is drawn
// from the set's seeded generator at run time; no literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, wrap } from '../kit';

const WORDS = ['router', 'switch', 'fiber', 'backbone', 'uplink', 'trunk', 'vlan', 'packet', 'carrier', 'tower', 'antenna', 'copper', 'falcon', 'harbor', 'granite', 'beacon', 'orbit', 'relay'];
const WORDS_INTL = ['Netzwerk', 'Leitung', 'Vermittlung', 'Glasfaser', 'Reseau', 'Commutateur', 'Enlace', 'Antena', 'Rede', 'Netwerk', 'Kabel', 'Sieci', 'Rete', 'Centrale'];
const SITES = ['FRA1', 'AMS2', 'Lon3', 'Par', 'Mad', 'NYC4', 'Core', 'Edge', 'Noc', 'Pop', 'Dc2', 'Colo'];
const COMPANIES = ['Telnord', 'Fibrex', 'Alpnet', 'Voxline', 'Meshwerk', 'Skylink', 'Ondaria', 'Kabelnet', 'Portus', 'Lumacom'];
const SEASONS = ['Summer', 'Winter', 'Spring', 'Autumn', 'Sommer', 'Herbst', 'Verano', 'Invierno', 'Printemps', 'Zomer'];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '%', '&', '.'];
const WALKS = ['qwertz', 'qwerty', 'asdfgh', '1qaz2wsx', 'zaq12wsx', 'azerty', 'q1w2e3r4'];

const CRYPT = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export const V = {
  /** What engineers type on devices: company/site+year, season+year, words+digits, leet, keyboard walks. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(COMPANIES)}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(SEASONS)}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${cap(g.pick(WORDS))}${g.pick(['#', '!', '.', '_', '-'])}${g.digits(g.pick([2, 4]))}`,
      () => `${g.pick(SITES)}${g.pick(['-', '_', '!', ''])}${cap(g.pick(WORDS))}${g.digits(2)}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(WORDS).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')}${g.pick(SYMBOLS)}${g.digits(3)}`,
    ])();
  },
  /** 3-5 words: VPN and SNMPv3 passphrases. */
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 4, 5]);
    const sep = g.pick(['-', ' ', '.', '_']);
    const words = Array.from({ length: n }, () => g.pick([...WORDS, ...WORDS_INTL.map((w) => w.toLowerCase())]));
    return g.pick([words.join(sep), words.join(sep) + g.digits(2), cap(words.join(sep)) + g.pick(SYMBOLS)]);
  },
  /** Vault/KeePass/pwgen output. */
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%^*-_+=', g.pick([14, 16, 20, 24])),
      () => g.alnum(g.pick([12, 16, 20, 28])),
      () => `${g.alnum(5)}-${g.alnum(5)}-${g.alnum(5)}`,
      () => g.base64(g.pick([18, 24, 32])).replace(/[=+/]/g, 'q'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([V.human, V.human, V.generated, V.generated, V.phrase])(g);
  },
  /** No spaces, quotes or characters device CLIs and URLs choke on (`?` starts help in IOS). */
  cliPw(g: ExampleGen): string {
    return g
      .pick([V.human, V.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\]/g, '');
  },
  urlPw(g: ExampleGen): string {
    return g
      .pick([V.human, V.generated])(g)
      .replace(/[@:/?#%;&=+ '"$]/g, '');
  },
  /** SMPP 3.4 caps passwords at 8 characters. */
  smppPw(g: ExampleGen): string {
    return g.chars('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789', 8);
  },
  /** RADIUS/TACACS+/IPsec shared secrets as people set them: generated, or a memorable string. */
  shared(g: ExampleGen): string {
    return g.pick([
      () => g.alnum(g.pick([16, 20, 24, 32])),
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!%^*-_+', g.pick([18, 24])),
      () => `${g.pick(COMPANIES)}${g.pick(['Radius', 'Tacacs', 'Vpn', 'Ipsec'])}${g.pick(YEARS)}${g.pick(['', '!', '#'])}`,
      () => g.hex(g.pick([24, 32])),
    ])();
  },
  /** SNMP v1/v2c communities that are not `public`/`private`. */
  community(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(COMPANIES).toLowerCase()}${g.pick(['RO', 'ro', 'RW', 'Mon'])}${g.digits(2)}${g.pick(['', '!', '#'])}`,
      () => g.alnum(g.pick([12, 16, 20])),
      () => `${g.pick(SITES)}${g.pick(['_', '-'])}${g.alnum(10)}`,
    ])();
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43]))])();
  },
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'ENCRYPTED PRIVATE KEY'): string {
    const body = g.base64(kind === 'EC PRIVATE KEY' ? 160 : 640);
    return `-----BEGIN ${kind}-----\n${wrap(body, 64)}\n-----END ${kind}-----`;
  },
  openssh(g: ExampleGen): string {
    const body = `b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW${g.base64(330)}`;
    return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(body, 70)}\n-----END OPENSSH PRIVATE KEY-----`;
  },
  certificate(g: ExampleGen): string {
    return `-----BEGIN CERTIFICATE-----\n${wrap(`MIID${g.base64(600)}`, 64)}\n-----END CERTIFICATE-----`;
  },
  /** OpenVPN `--secret` static key: 16 lines of 32 hex digits. */
  ovpnStatic(g: ExampleGen): string {
    const lines = Array.from({ length: 16 }, () => g.hex(32)).join('\n');
    return `-----BEGIN OpenVPN Static key V1-----\n${lines}\n-----END OpenVPN Static key V1-----`;
  },
  /** Curve25519 keys as `wg genkey` / `wg pubkey` / `wg genpsk` print them. */
  wgKey(g: ExampleGen): string {
    return `${g.base64(42)}${g.pick(['A', 'E', 'I', 'M', 'Q', 'U', 'Y', 'c', 'g', 'k', 'o', 's', 'w', '0', '4', '8'])}=`;
  },
  // Device-side look-alikes (negatives or unscored).
  md5crypt: (g: ExampleGen) => `$1$${g.chars(CRYPT, 4)}$${g.chars(CRYPT, 22)}`,
  type8: (g: ExampleGen) => `$8$${g.chars(CRYPT, 14)}$${g.chars(CRYPT, 43)}`,
  type9: (g: ExampleGen) => `$9$${g.chars(CRYPT, 14)}$${g.chars(CRYPT, 43)}`,
  sha512crypt: (g: ExampleGen) => `$6$${g.chars(CRYPT, 16)}$${g.chars(CRYPT, 86)}`,
  sha256crypt: (g: ExampleGen) => `$5$${g.chars(CRYPT, 16)}$${g.chars(CRYPT, 43)}`,
  /** Cisco type 7: two decimal digits of offset, then hex pairs. */
  cisco7: (g: ExampleGen) => `${g.pick(['00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15'])}${g.hex(g.pick([14, 18, 22, 26])).toUpperCase()}`,
  /** Junos `$9$` reversible form. */
  junos9: (g: ExampleGen) => `$9$${g.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./-', g.pick([16, 22, 28, 34]))}`,
  fortiEnc: (g: ExampleGen) => `ENC ${g.base64(g.pick([88, 108, 128]))}`,
  /** ASA `encrypted` pbkdf2 or MD5 forms. */
  asaHash: (g: ExampleGen) => g.pick([() => `${g.chars(CRYPT, 16)}`, () => `$sha512$5000$${g.base64(24)}$${g.base64(24)}`])(),
  mac: (g: ExampleGen) => Array.from({ length: 6 }, () => g.hex(2)).join(':'),
  macCisco: (g: ExampleGen) => `${g.hex(4)}.${g.hex(4)}.${g.hex(4)}`,
  macDash: (g: ExampleGen) => Array.from({ length: 6 }, () => g.hex(2).toUpperCase()).join('-'),
  ciscoSerial: (g: ExampleGen) => `${g.pick(['FDO', 'FOC', 'FTX', 'JAE', 'SAL'])}${g.digits(4)}${g.upper(1)}${g.alnum(3).toUpperCase()}`,
  junosSerial: (g: ExampleGen) => `${g.upper(2)}${g.digits(4)}AF${g.digits(4)}`,
  fortiSerial: (g: ExampleGen) => `FG${g.pick(['100F', '60F', '200E', '40F'])}TK${g.digits(8)}`,
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  fingerprintColon: (g: ExampleGen, bytes = 20) => Array.from({ length: bytes }, () => g.hex(2).toUpperCase()).join(':'),
  sshFp: (g: ExampleGen) => `SHA256:${g.base64(43)}`,
  engineId: (g: ExampleGen) => `80000009${g.pick(['03', '04'])}${g.hex(12).toUpperCase()}`,
  bcrypt: (g: ExampleGen) => `$2y$10$${g.chars(CRYPT, 53)}`,
  ipv4: (g: ExampleGen, prefix = '10') => `${prefix}.${1 + (Number(g.digits(2)) % 250)}.${1 + (Number(g.digits(2)) % 250)}.${1 + (Number(g.digits(2)) % 250)}`,
  imsi: (g: ExampleGen) => `262${g.pick(['01', '02', '07'])}${g.digits(10)}`,
  iccid: (g: ExampleGen) => `8949${g.digits(15)}`,
  imei: (g: ExampleGen) => `35${g.digits(13)}`,
  traceId: (g: ExampleGen) => g.hex(32),
  mask: (v: string) => `${v.slice(0, 2)}${'*'.repeat(8)}${v.slice(-1)}`,
  // Providers telecom and network teams use, shapes from their public docs.
  twilioSid: (g: ExampleGen) => `AC${g.hex(32)}`,
  twilioAuth: (g: ExampleGen) => g.hex(32),
  twilioApiKeySid: (g: ExampleGen) => `SK${g.hex(32)}`,
  vonageKey: (g: ExampleGen) => g.hex(8),
  vonageSecret: (g: ExampleGen) => g.alnum(16),
  telnyxKey: (g: ExampleGen) => `KEY01${g.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}_${g.alnum(22)}`,
  plivoId: (g: ExampleGen) => `MA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 18)}`,
  plivoToken: (g: ExampleGen) => g.alnum(40),
  merakiKey: (g: ExampleGen) => g.hex(40),
  cloudflareToken: (g: ExampleGen) => g.chars(ALNUM + '_-', 40),
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  telegramBot: (g: ExampleGen) => `${g.digits(10)}:AA${g.chars(ALNUM + '_-', 33)}`,
  pagerdutyKey: (g: ExampleGen) => g.hex(32),
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  gitlabPat: (g: ExampleGen) => `glpat-${g.chars(ALNUM + '_-', 20)}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'w'),
  doToken: (g: ExampleGen) => `dop_v1_${g.hex(64)}`,
  netboxToken: (g: ExampleGen) => g.hex(40),
  librenmsToken: (g: ExampleGen) => g.hex(32),
  zabbixToken: (g: ExampleGen) => g.hex(64),
  paloKey: (g: ExampleGen) => `LUFRPT${g.base64(g.pick([50, 74, 90]))}==`,
};

export const PLACEHOLDERS = ['<password>', 'CHANGE_ME', 'changeme', 'xxxxxxxx', '********', '<secret>', 'REPLACE_ME', '<key>', 'TODO', 'your-password', '[REDACTED]', '***', '<community>', '{{ vault_pass }}'];

/** Per-document kit: shorthands that mark what they write. */
export interface NK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  cpw(): string;
  phrase(): string;
  /** A passphrase without spaces, for CLIs that end a value at the first blank. */
  wphrase(): string;
  tok(): string;
  shared(): string;
  comm(): string;
  hex(n: number): string;
  prov(label: string, v: string): string;
  cs(): string;
  http(v: string): string;
  basic(user: string): string;
  key(v: string): string;
  n(v: string): string;
  ph(): string;
  u(v: string): string;
}

export function nk(g: ExampleGen, m: Marker): NK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', V.anyPw(g)),
    hpw: () => m.secret('password', V.human(g)),
    gpw: () => m.secret('password', V.generated(g)),
    cpw: () => m.secret('password', V.cliPw(g)),
    phrase: () => m.secret('password', V.phrase(g)),
    wphrase: () => m.secret('password', V.phrase(g).replace(/ /g, '-')),
    tok: () => m.secret('token', V.token(g)),
    shared: () => m.secret('token', V.shared(g).replace(/[?#"' ]/g, '')),
    comm: () => m.secret('token', V.community(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', V.urlPw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', V.b64(`${user}:${V.urlPw(g)}`)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const netDoc = docMaker(nk);
