// Value makers for the rw-dev23 selfhost part: the passwords home-lab people set (pet names, hostnames, family
// names, game titles, years, keyboard walks, password-manager output), the keys of their stack (*arr API keys,
// Plex tokens, Cloudflare and DuckDNS tokens, Tailscale auth keys, Proxmox API tokens, Discord and Telegram bot
// tokens, WireGuard keys, ESPHome encryption keys) and the look-alikes their files are full of (image digests,
// MAC and Zigbee IEEE addresses, WireGuard public keys, torrent info hashes, PUID/PGID, htpasswd hashes). Everything
// is drawn from the set's seeded generator at run time; no literal secret is committed.
import type { ExampleGen } from '../../../../engine/types';
import type { Marker, RealWorldArea, RealWorldDoc, SecretCategory } from '../types';
import { ALNUM, cap, num, wrap } from '../kit';

const PETS = ['Luna', 'Bella', 'Milo', 'Simba', 'Nala', 'Oskar', 'Kira', 'Balou', 'Pixel', 'Mochi', 'Rocky', 'Frodo', 'Ziggy', 'Bruno', 'Coco'];
const HOSTS = ['homelab', 'pve', 'nas', 'tower', 'pihole', 'jellyfin', 'nextcloud', 'unraid', 'truenas', 'zeus', 'odin', 'skynet', 'deathstar', 'raspi', 'synology'];
const GAMES = ['Valheim', 'Minecraft', 'Factorio', 'Terraria', 'Satisfactory', 'Zelda', 'Halo', 'Skyrim', 'Witcher', 'Portal'];
const WORDS_INTL = ['Sommer', 'Familie', 'Maison', 'Casa', 'Thuis', 'Dom', 'Domov', 'Haus', 'Piwnica', 'Zuhause', 'Lampa', 'Kot', 'Gato', 'Chat', 'Kocour', 'Sonne'];
const YEARS = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
const SYMBOLS = ['!', '#', '@', '$', '!!', '*', '?', '&', '.', '%'];
const WALKS = ['qwerty', 'qwertz', 'azerty', '1qaz2wsx', 'q1w2e3r4', 'asdfgh', 'zaq12wsx', 'qazwsx'];
const WORDS = ['rack', 'switch', 'server', 'docker', 'backup', 'router', 'cable', 'fiber', 'proxy', 'tunnel', 'media', 'garage', 'attic', 'penguin'];

const B64URL = ALNUM + '-_';

export const H = {
  /** What hobbyists type: the cat, the server's name, the game, a year and a symbol. */
  human(g: ExampleGen): string {
    return g.pick([
      () => `${g.pick(PETS)}${g.pick(['', '_', '.', '-'])}${g.pick(YEARS)}${g.pick(['', ...SYMBOLS])}`,
      () => `${cap(g.pick(HOSTS))}${g.pick(SYMBOLS)}${g.digits(g.pick([2, 3, 4]))}`,
      () => `${g.pick(GAMES)}${g.digits(g.pick([2, 4]))}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WORDS_INTL)}${g.digits(g.pick([2, 3, 4]))}${g.pick(SYMBOLS)}`,
      () => `${g.pick(WALKS)}${g.digits(g.pick([2, 3]))}${g.pick(['', '!', '#'])}`,
      () => `${g.pick(HOSTS).replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0')}${g.pick(SYMBOLS)}${g.digits(3)}`,
    ])();
  },
  phrase(g: ExampleGen): string {
    const n = g.pick([3, 4, 4, 5]);
    const sep = g.pick(['-', ' ', '.', '_']);
    const words = Array.from({ length: n }, () => g.pick([...WORDS, ...PETS.map((w) => w.toLowerCase()), ...HOSTS]));
    return g.pick([words.join(sep), words.join(sep) + g.digits(2), cap(words.join(sep)) + g.pick(SYMBOLS)]);
  },
  /** Bitwarden / KeePassXC / `openssl rand` output. */
  generated(g: ExampleGen): string {
    return g.pick([
      () => g.chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%^*-_+=', g.pick([14, 16, 20, 24])),
      () => g.alnum(g.pick([12, 16, 20, 32])),
      () => `${g.lower(6)}-${g.lower(6)}-${g.lower(6)}`,
      () => g.base64(g.pick([18, 24, 32])).replace(/[=+/]/g, 'q'),
    ])();
  },
  anyPw(g: ExampleGen): string {
    return g.pick([H.human, H.human, H.generated, H.generated, H.phrase])(g);
  },
  /** No characters shells, URLs, YAML, INI or XML choke on. */
  safePw(g: ExampleGen): string {
    return g
      .pick([H.human, H.generated])(g)
      .replace(/[?@:/#%;&=+ '"$\\!*`<>^(),.|{}[\]~-]/g, '');
  },
  token(g: ExampleGen): string {
    return g.pick([() => g.hex(g.pick([32, 40, 64])), () => g.alnum(g.pick([24, 32, 40])), () => g.base64(g.pick([32, 44])), () => g.base64url(g.pick([32, 43]))])();
  },
  /** `openssl rand -base64 48`, the Vaultwarden ADMIN_TOKEN and Authelia secrets of most guides. */
  randB64: (g: ExampleGen, bytes: number) => {
    const len = Math.ceil(bytes / 3) * 4;
    const pad = bytes % 3 === 0 ? 0 : 3 - (bytes % 3);
    return g.base64(len - pad) + '='.repeat(pad);
  },
  /** Sonarr, Radarr, Prowlarr, Lidarr, Readarr, Bazarr and Jellyfin API keys: 32 lowercase hex. */
  arrKey: (g: ExampleGen) => g.hex(32),
  plexToken: (g: ExampleGen) => g.chars(ALNUM + '-_', 20),
  cfToken: (g: ExampleGen) => g.chars(B64URL, 40),
  cfGlobalKey: (g: ExampleGen) => g.hex(37),
  cfTunnel: (g: ExampleGen) => `eyJhIjoi${g.base64(150).replace(/[+/]/g, 'N')}`,
  duckdns: (g: ExampleGen) => g.uuid(),
  tailscale: (g: ExampleGen) => `tskey-auth-k${g.alnum(11)}CNTRL-${g.alnum(33)}`,
  tailscaleApi: (g: ExampleGen) => `tskey-api-k${g.alnum(11)}CNTRL-${g.alnum(33)}`,
  proxmoxSecret: (g: ExampleGen) => g.uuid(),
  discordBot: (g: ExampleGen) =>
    `${Buffer.from(`1${g.digits(18)}`)
      .toString('base64')
      .replace(/=+$/, '')}.${g.base64url(6)}.${g.base64url(38)}`,
  discordHook: (g: ExampleGen) => `https://discord.com/api/webhooks/1${g.digits(18)}/${g.base64url(68)}`,
  telegramBot: (g: ExampleGen) => `${g.digits(10)}:AA${g.chars(B64URL, 33)}`,
  haToken: (g: ExampleGen) => `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI${g.base64url(g.pick([96, 104]))}.${g.base64url(43)}`,
  githubPat: (g: ExampleGen) => g.crc32Token('ghp_', 30),
  dockerPat: (g: ExampleGen) => `dckr_pat_${g.base64url(27)}`,
  grafanaSa: (g: ExampleGen) => `glsa_${g.alnum(32)}_${g.hex(8)}`,
  ntfy: (g: ExampleGen) => `tk_${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 29)}`,
  porkbunSecret: (g: ExampleGen) => `sk1_${g.hex(64)}`,
  porkbunKey: (g: ExampleGen) => `pk1_${g.hex(64)}`,
  b2Key: (g: ExampleGen) => `K00${g.pick(['1', '4', '5'])}${g.chars(ALNUM + '/+', 27)}`,
  b2KeyId: (g: ExampleGen) => `00${g.pick(['1', '4', '5'])}${g.hex(22)}`,
  awsId: (g: ExampleGen) => `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (g: ExampleGen) => g.base64(40).replace(/[=+/]/g, 'm'),
  gitlabPat: (g: ExampleGen) => `glpat-${g.chars(B64URL, 20)}`,
  openai: (g: ExampleGen) => `sk-proj-${g.chars(B64URL, 64)}T3BlbkFJ${g.chars(B64URL, 64)}`,
  /** WireGuard keys are 32 bytes in base64: private and public look the same. */
  wgKey: (g: ExampleGen) => `${g.base64(42)}${g.pick(['A', 'E', 'I', 'M', 'Q', 'U', 'Y', 'c', 'g', 'k', 'o', 's', 'w', '0', '4', '8'])}=`,
  esphomeKey: (g: ExampleGen) => `${g.base64(42)}${g.pick(['A', 'E', 'I', 'M', 'Q', 'U', 'Y', 'c', 'g', 'k'])}=`,
  b64(s: string): string {
    return Buffer.from(s).toString('base64');
  },
  pem(g: ExampleGen, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' | 'OPENSSH PRIVATE KEY'): string {
    const head: Record<typeof kind, string> = {
      'RSA PRIVATE KEY': 'MIIEowIBAAKCAQEA',
      'PRIVATE KEY': 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ',
      'EC PRIVATE KEY': 'MHcCAQEEI',
      'OPENSSH PRIVATE KEY': 'b3BlbnNzaC1rZXktdjEAAAAA',
    };
    const body = head[kind] + g.base64(kind === 'OPENSSH PRIVATE KEY' ? 380 : kind === 'EC PRIVATE KEY' ? 160 : 640);
    return `-----BEGIN ${kind}-----\n${wrap(body, kind === 'OPENSSH PRIVATE KEY' ? 70 : 64)}\n-----END ${kind}-----`;
  },
  certPem(g: ExampleGen): string {
    return `-----BEGIN CERTIFICATE-----\nMIID${wrap(g.base64(600), 64)}\n-----END CERTIFICATE-----`;
  },
  sshPub: (g: ExampleGen, who = 'me@laptop') => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.base64(43)} ${who}`,
  // Look-alikes (negatives).
  digest: (g: ExampleGen) => `sha256:${g.hex(64)}`,
  sha1: (g: ExampleGen) => g.hex(40),
  shortSha: (g: ExampleGen) => g.hex(7),
  md5: (g: ExampleGen) => g.hex(32),
  infoHash: (g: ExampleGen) => g.hex(40).toUpperCase(),
  volumeId: (g: ExampleGen) => g.hex(64),
  containerId: (g: ExampleGen) => g.hex(12),
  mac: (g: ExampleGen) => Array.from({ length: 6 }, () => g.hex(2)).join(':'),
  ieee: (g: ExampleGen) => `0x${g.hex(16)}`,
  panId: (g: ExampleGen) => `0x${g.hex(4)}`,
  extPanId: (g: ExampleGen) => `[${Array.from({ length: 8 }, () => num(g, 0, 255)).join(', ')}]`,
  netKey: (g: ExampleGen) => `[${Array.from({ length: 16 }, () => num(g, 0, 255)).join(', ')}]`,
  bcrypt: (g: ExampleGen) => `$2y$05$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 53)}`,
  apr1: (g: ExampleGen) => `$apr1$${g.chars('./0123456789abcdefghijklmnopqrstuvwxyz', 8)}$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 22)}`,
  argon2: (g: ExampleGen) => `$argon2id$v=19$m=65536,t=3,p=4$${g.base64(22)}$${g.base64(43)}`,
  sha512crypt: (g: ExampleGen) => `$6$${g.chars('./0123456789abcdefghijklmnopqrstuvwxyz', 16)}$${g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 86)}`,
  mosqHash: (g: ExampleGen) => `$7$101$${g.base64(16)}$${g.base64(86)}==`,
  ipv4: (g: ExampleGen, prefix = '192.168') => [prefix, ...Array.from({ length: 4 - prefix.split('.').length }, () => String(num(g, 2, 250)))].join('.'),
  mask: (v: string) => `${v.slice(0, 3)}${'*'.repeat(10)}`,
  num,
};

export const PLACEHOLDERS = [
  '<password>',
  'changeme',
  'CHANGE_ME',
  'xxxxxxxx',
  '********',
  '<redacted>',
  '[REDACTED]',
  'your_token_here',
  '<your-api-key>',
  'REPLACE_ME',
  'yourpassword',
  'XXXXXXXXXXXXXXXX',
  '<Passwort>',
  '<mot-de-passe>',
  '<contraseña>',
  '<hasło>',
  'supersecret',
];

/** Per-document kit: shorthands that mark what they write. */
export interface HK {
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
  key(v: string): string;
  n(v: string): string;
  ph(): string;
  u(v: string): string;
}

export function hk(g: ExampleGen, m: Marker): HK {
  return {
    g,
    m,
    s: (c, v, l) => m.secret(c, v, l),
    pw: () => m.secret('password', H.anyPw(g)),
    hpw: () => m.secret('password', H.human(g)),
    gpw: () => m.secret('password', H.generated(g)),
    spw: () => m.secret('password', H.safePw(g)),
    phrase: () => m.secret('password', H.phrase(g)),
    tok: () => m.secret('token', H.token(g)),
    prov: (label, v) => m.secret('provider', v, label),
    cs: () => m.secret('connection-string', H.safePw(g)),
    http: (v) => m.secret('http-auth', v),
    basic: (user) => m.secret('http-auth', H.b64(`${user}:${H.safePw(g)}`)),
    key: (v) => m.secret('private-key', v),
    n: (v) => m.negative(v),
    ph: () => m.negative(g.pick(PLACEHOLDERS)),
    u: (v) => m.unscored(v),
  };
}

export function hDoc(id: string, areas: readonly RealWorldArea[], path: string, render: (k: HK) => string): RealWorldDoc {
  return { id: `selfhost-${id}`, areas, path, render: (g, m) => render(hk(g, m)) };
}
