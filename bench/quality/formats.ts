// Token formats per provider rule, written from the providers' documentation (not from the rules' own
// examples or patterns, which would make the benchmark circular). Values are generated from a seed at
// run time; nothing secret-looking is committed.
import type { ExampleGen } from '../../engine/types';
import { int } from './gen';

export interface TokenFormat {
  /** The built-in rule expected to report this format. */
  ruleId: string;
  /** The variable name developers usually give it (templates derive camelCase/snake_case from it). */
  name: string;
  /** True when the format is only recognisable next to its name (e.g. a bare 40-character AWS secret). */
  keyed?: boolean;
  make(g: ExampleGen): string;
}

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BASE32_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A base64 body with `lines` lines of 64 characters and a short last line, like a DER key in PEM. */
function pemLines(g: ExampleGen, lines: number): string[] {
  const out = Array.from({ length: lines }, (_, i) => (i === 0 ? 'MII' + g.base64(61) : g.base64(64)));
  out.push(g.base64(int(g, 4, 40)) + '==');
  return out;
}

/** Passwords as password managers and people generate them: letters, digits and a few symbols. */
export function randomPassword(g: ExampleGen): string {
  const kind = g.pick(['managed', 'managed', 'symbols', 'hex', 'base64'] as const);
  if (kind === 'managed') return `${g.alnum(6)}${g.pick(['-', '_', '.'])}${g.alnum(6)}${g.pick(['-', '_', '.'])}${g.alnum(6)}`;
  if (kind === 'symbols') return g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*+-=?@^_~', int(g, 10, 22));
  if (kind === 'hex') return g.hex(32);
  return g.base64(int(g, 24, 40)).replace(/[+/]/g, g.pick(['x', 'Q', '7']));
}

export const FORMATS: TokenFormat[] = [
  // AWS: 20-character key IDs with a 4-letter prefix over base32; 40-character base64 secrets.
  { ruleId: 'aws-access-key-id', name: 'AWS_ACCESS_KEY_ID', make: (g) => g.pick(['AKIA', 'ASIA']) + g.chars(BASE32_UPPER, 16) },
  { ruleId: 'aws-secret-access-key', name: 'AWS_SECRET_ACCESS_KEY', keyed: true, make: (g) => g.base64(40) },
  // GitHub: prefix + 30 random base62 + CRC32 of the random part in base62 (6).
  { ruleId: 'github-personal-access-token', name: 'GITHUB_TOKEN', make: (g) => g.crc32Token('ghp_', 30) },
  { ruleId: 'github-oauth-token', name: 'GH_OAUTH_TOKEN', make: (g) => g.crc32Token('gho_', 30) },
  { ruleId: 'github-user-to-server-token', name: 'GH_USER_TOKEN', make: (g) => g.crc32Token('ghu_', 30) },
  { ruleId: 'github-server-to-server-token', name: 'GH_INSTALLATION_TOKEN', make: (g) => g.crc32Token('ghs_', 30) },
  { ruleId: 'github-refresh-token', name: 'GH_REFRESH_TOKEN', make: (g) => g.crc32Token('ghr_', 30) },
  { ruleId: 'github-fine-grained-token', name: 'GITHUB_PAT', make: (g) => `github_pat_${g.alnum(22)}_${g.alnum(59)}` },
  // Stripe: sk_live_ / rk_live_ + base62, 24 characters in old keys, ~99 in current ones.
  { ruleId: 'stripe-live-secret-key', name: 'STRIPE_SECRET_KEY', make: (g) => 'sk_live_' + g.alnum(g.pick([24, 34, 99])) },
  { ruleId: 'stripe-restricted-key', name: 'STRIPE_RESTRICTED_KEY', make: (g) => 'rk_live_' + g.alnum(g.pick([24, 34, 99])) },
  // Slack: xoxb-<team id digits>-<bot id digits>-<24 base62>; webhooks T…/B…/secret.
  { ruleId: 'slack-bot-token', name: 'SLACK_BOT_TOKEN', make: (g) => `xoxb-${g.digits(g.pick([10, 11, 12]))}-${g.digits(13)}-${g.alnum(24)}` },
  {
    ruleId: 'slack-webhook-url',
    name: 'SLACK_WEBHOOK_URL',
    make: (g) => `https://hooks.slack.com/services/T${g.chars(UPPER_DIGITS, 8)}/B${g.chars(UPPER_DIGITS, g.pick([8, 10]))}/${g.alnum(24)}`,
  },
  // Connection URLs with an inline password (RFC 3986 userinfo; special characters percent-encoded).
  {
    ruleId: 'database-url-password',
    name: 'DATABASE_URL',
    make: (g) => {
      const scheme = g.pick(['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqps']);
      const pass = `${g.alnum(8)}${g.pick(['%40', '%23', '%21', '', ''])}${g.alnum(8)}`;
      return `${scheme}://${g.pick(['app', 'svc_user', 'admin', 'reader'])}:${pass}@${g.pick(['db.internal', 'cluster0.x1y2z.example.net', '10.0.3.7'])}:${g.pick(['5432', '3306', '27017', '6379'])}/${g.pick(['app', 'prod', 'orders'])}`;
    },
  },
  // PEM private keys (RFC 7468) of several algorithms.
  {
    ruleId: 'private-key',
    name: 'PRIVATE_KEY',
    make: (g) => {
      const label = g.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']);
      return [`-----BEGIN ${label}-----`, ...pemLines(g, g.pick([4, 8, 12])), `-----END ${label}-----`].join('\n');
    },
  },
];

/** Generic secrets: random values under secret-like names (labelled for the generic rule). */
export const GENERIC_NAMES = ['DB_PASSWORD', 'ADMIN_PASSWORD', 'API_KEY', 'CLIENT_SECRET', 'AUTH_TOKEN', 'SECRET_KEY', 'SMTP_PASSWORD', 'ACCESS_TOKEN', 'APP_SECRET', 'JWT_SECRET', 'SERVICE_API_KEY', 'REDIS_PASSWORD'];
