// Value makers for the rw-dev17 embed part: the passwords firmware, IoT and vehicle engineers set (lab Wi-Fi,
// board names, project codes, keyboard walks), the keys of their world (LoRaWAN AppKeys, Zigbee network keys,
// ESPHome API keys, SecOC keys, UDS secrets, device tokens) and the look-alikes their files are full of (MAC
// addresses, DevEUIs, CAN ids, CRCs, register addresses, firmware hashes, VINs). Everything is drawn from the
// set's seeded generator at run time; no literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, SecretCategory } from '../types';
import { ALNUM, cap, docMaker, wrap } from '../kit';

const WORDS = ['firmware', 'gateway', 'sensor', 'bootloader', 'canbus', 'flashlab', 'prototype', 'testbench', 'werkstatt', 'garage', 'antenna', 'relay', 'solder', 'oscillo', 'lidar', 'inverter'];
const BOARDS = ['Esp32', 'Stm32', 'Nrf52', 'Rp2040', 'Imx8', 'Tricore', 'Aurix', 'Rcar', 'Jetson', 'Pico', 'Teensy', 'Zynq'];
const PROJECTS = ['Falcon', 'Orion', 'Kestrel', 'Hummel', 'Tiger', 'Wombat', 'Zander', 'Lynx', 'Polaris', 'Nordlicht'];
const YEARS = ['2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '%', '&', '.'];
const WALKS = ['qwertz', 'qwerty', 'asdfgh', '1qaz2wsx', 'zaq12wsx', 'azerty', 'q1w2e3r4'];

export const V = {
  /** What engineers type: board+year, project+digits, lab words, leet, keyboard walks. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(BOARDS)}${g.pick(['', '@', '#', '_', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${g.pick(PROJECTS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${cap(g.pick(WORDS))}${g.pick(['#', '!', '.', '_', '-'])}${g.digits(g.pick([2, 4]))}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3, 4]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(WORDS).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')}${g.pick(SYMBOLS)}${g.digits(3)}`,
    ])();
  },
  /** Wi-Fi passphrases: words + digits, the way a lab router gets set up. */
  wifi(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(PROJECTS)}${g.pick(WORDS)}${g.digits(4)}`,
      () => `${g.pick(WORDS)}-${g.pick(WORDS)}-${g.digits(2)}${g.pick(SYMBOLS)}`,
      () => g.alnum(g.pick([12, 16, 20])),
      () => `${cap(g.pick(WORDS))}${g.pick(YEARS)}${g.pick(SYMBOLS)}`,
    ])();
  },
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%^*-_+=', g.pick([14, 16, 20, 24])),
      () => g.alnum(g.pick([12, 16, 20, 28])),
      () => `${g.alnum(5)}-${g.alnum(5)}-${g.alnum(5)}`,
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([V.human, V.human, V.generated, V.wifi])(g);
  },
  /** No characters shells, URLs, C strings or INI parsers choke on. */
  safePw(g: ExampleGen): string {
    return g
      .pick([V.human, V.generated, V.wifi])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`]/g, '');
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43]))])();
  },
  b64: (s: string) => Buffer.from(s).toString('base64'),
  /** 128-bit keys as LoRaWAN, SecOC, Zigbee tools print them: 32 hex (upper). */
  key128: (g: ExampleGen) => g.hex(32).toUpperCase(),
  /** The same key as a C initialiser: `0x2B, 0x7E, …`. */
  cBytes(g: ExampleGen, n = 16): string {
    return Array.from({ length: n }, () => `0x${g.hex(2).toUpperCase()}`).join(', ');
  },
  /** ESPHome `api: encryption: key:` — 32 random bytes in base64. */
  esphomeKey: (g: ExampleGen) => `${g.base64(43)}=`,
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY'): string {
    const body = g.base64(kind === 'EC PRIVATE KEY' ? 160 : 640);
    return `-----BEGIN ${kind}-----\n${wrap(body, 64)}\n-----END ${kind}-----`;
  },
  /** A PEM key as it sits in a C header: one quoted line per PEM line with `\n`. */
  pemCString(pem: string): string {
    return pem
      .split('\n')
      .map((l) => `"${l}\\n"`)
      .join('\n');
  },
  pubPem(g: ExampleGen): string {
    return `-----BEGIN PUBLIC KEY-----\n${wrap('MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE' + g.base64(88), 64)}\n-----END PUBLIC KEY-----`;
  },
  certPem(g: ExampleGen): string {
    return `-----BEGIN CERTIFICATE-----\n${wrap('MIIDWTCCAkGgAwIBAgIU' + g.base64(700), 64)}\n-----END CERTIFICATE-----`;
  },
  // Providers of the IoT world, shapes from their public docs.
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'k'),
  /** Azure IoT Hub / Event Hubs SharedAccessKey: 32 bytes base64. */
  azureSak: (g: ExampleGen) => `${g.base64(43)}=`,
  azureSasSig: (g: ExampleGen) => encodeURIComponent(`${g.base64(43)}=`),
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  gitlabPat: (g: ExampleGen) => `glpat-${g.chars(ALNUM + '_-', 20)}`,
  slackHook: (g: ExampleGen) => `https://hooks.slack.com/services/T${g.upper(8)}/B${g.upper(10)}/${g.alnum(24)}`,
  /** Adafruit IO key: `aio_` + 28 alnum. */
  adafruit: (g: ExampleGen) => `aio_${g.alnum(28)}`,
  /** Blynk auth token: 32 alnum (with - and _). */
  blynk: (g: ExampleGen) => g.chars(ALNUM + '-_', 32),
  /** Particle access token: 40 hex. */
  particle: (g: ExampleGen) => g.hex(40),
  /** ThingsBoard device access token: 20 alnum. */
  thingsboard: (g: ExampleGen) => g.alnum(20),
  /** TTN / The Things Stack API key. */
  ttnKey: (g: ExampleGen) => `NNSXS.${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 39)}.${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 52)}`,
  /** balena API key: 32 alnum. */
  balena: (g: ExampleGen) => g.alnum(32),
  /** Mender tenant token / JWT-ish. */
  jwt(g: ExampleGen): string {
    const head = V.b64('{"alg":"RS256","typ":"JWT"}').replace(/=+$/, '');
    // The payload is JSON, as every issued JWT's is (Mender tenant tokens, ChirpStack API tokens, ThingsBoard logins).
    const raw = g.base64url(g.pick([120, 160]));
    const claims = JSON.stringify({ sub: raw.slice(0, 24), iss: raw.slice(24, 40), iat: 1700000000 + raw.length, jti: raw.slice(40, 72) });
    const body = Buffer.from(claims).toString('base64url');
    return `${head}.${body}.${g.base64url(g.pick([86, 342]))}`;
  },
  npm: (g: ExampleGen) => g.crc32Token('npm_', 30),
  docker: (g: ExampleGen) => `dckr_pat_${g.chars(ALNUM + '_-', 27)}`,
  artifactory: (g: ExampleGen) => `AKCp${g.alnum(69)}`,
  // Look-alikes (negatives).
  mac: (g: ExampleGen) => Array.from({ length: 6 }, () => g.hex(2).toUpperCase()).join(':'),
  eui: (g: ExampleGen) => `70B3D57ED00${g.hex(5).toUpperCase()}`,
  joinEui: (g: ExampleGen) => `00000000000000${g.hex(2).toUpperCase()}`,
  canId: (g: ExampleGen) => g.hex(3).toUpperCase(),
  canBytes: (g: ExampleGen, n = 8) => Array.from({ length: n }, () => g.hex(2).toUpperCase()).join(' '),
  crc32: (g: ExampleGen) => `0x${g.hex(8).toUpperCase()}`,
  addr: (g: ExampleGen) => `0x${g.pick(['0800', '2000', '4002', '1FFF', '0801'])}${g.hex(4).toUpperCase()}`,
  sha256: (g: ExampleGen) => g.hex(64),
  sha1: (g: ExampleGen) => g.hex(40),
  md5: (g: ExampleGen) => g.hex(32),
  vin: (g: ExampleGen) => `WVW${g.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 14)}`,
  serial: (g: ExampleGen) => `SN${g.digits(2)}${g.upper(2)}${g.digits(6)}`,
  fingerprint: (g: ExampleGen) => Array.from({ length: 32 }, () => g.hex(2).toUpperCase()).join(':'),
  hexdump(g: ExampleGen, lines: number, base = 0x08000000): string {
    return Array.from({ length: lines }, (_, i) => `${(base + i * 16).toString(16).padStart(8, '0')}  ${V.canBytes(g, 16).toLowerCase()}`).join('\n');
  },
  mask: (v: string) => `${v.slice(0, 3)}${'*'.repeat(8)}${v.slice(-2)}`,
  ipv4: (g: ExampleGen, prefix = '192.168') => `${prefix}.${1 + (Number(g.digits(2)) % 250)}.${1 + (Number(g.digits(2)) % 250)}`,
  bcrypt: (g: ExampleGen) => `$2y$10$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  /** mosquitto_passwd output (PBKDF2-SHA512). */
  mosqHash: (g: ExampleGen) => `$7$101$${g.base64(16)}$${g.base64(86)}==`,
  sha512crypt: (g: ExampleGen) => `$6$${g.chars('./' + ALNUM, 8)}$${g.chars('./' + ALNUM, 86)}`,
};

export const PLACEHOLDERS = [
  '<password>',
  'CHANGE_ME',
  'changeme',
  'xxxxxxxx',
  '********',
  '<secret>',
  'REPLACE_ME',
  'YOUR_WIFI_PASSWORD',
  '<your-token>',
  'your-password',
  '[REDACTED]',
  '***',
  'YOUR_AUTH_TOKEN',
  'XXXXXXXXXXXX',
];

/** Per-document kit: shorthands that mark what they write. */
export interface EK {
  g: ExampleGen;
  m: Marker;
  s(c: SecretCategory, v: string, label?: string): string;
  pw(): string;
  hpw(): string;
  gpw(): string;
  spw(): string;
  wifi(): string;
  tok(): string;
  hex(n: number): string;
  k128(): string;
  prov(label: string, v: string): string;
  cs(): string;
  http(v: string): string;
  basic(user: string): string;
  key(v: string): string;
  n(v: string): string;
  ph(): string;
  u(v: string): string;
}

export function ek(g: ExampleGen, m: Marker): EK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', V.anyPw(g)),
    hpw: () => m.secret('password', V.human(g)),
    gpw: () => m.secret('password', V.generated(g)),
    spw: () => m.secret('password', V.safePw(g)),
    wifi: () => m.secret('password', V.wifi(g).replace(/[?@:/#%;&=+ '"$\\!*`]/g, '')),
    tok: () => m.secret('token', V.token(g)),
    hex: (n) => m.secret('token', g.hex(n)),
    k128: () => m.secret('token', V.key128(g)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', V.safePw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', V.b64(`${user}:${V.safePw(g)}`)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export const embedDoc = docMaker(ek);
