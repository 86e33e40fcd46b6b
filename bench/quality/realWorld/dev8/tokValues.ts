// Value makers of the rw-dev8 tok part, written for this part: tokens and API keys that carry no provider
// prefix, as services really issue them (hex of 32/40/64, base64 with `+/=`, base64url, base62 of many lengths,
// upper- or lower-case only, UUIDs, dashed licence-key groups, dotted `id.secret` pairs), and the look-alikes
// people keep under the same names (ids, digests, public keys, placeholders, references, flags).
// Nothing secret-looking is committed: every value is drawn from the set's seeded generator at run time.
import type { ExampleGen } from '../../../../engine/types';
import type { Kit } from '../dev/kit';
import { UPNUM } from '../kit';

const LONUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const CROCK = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789';

/** Base64 of n raw bytes, padded, with `+` and `/` as they fall. */
function b64bytes(g: ExampleGen, bytes: number): string {
  const len = Math.ceil(bytes / 3) * 4;
  const pad = bytes % 3 === 0 ? 0 : 3 - (bytes % 3);
  return g.base64(len - pad) + '='.repeat(pad);
}

/** A generic token of a random shape. */
function token(g: ExampleGen): string {
  return g.pick([
    () => g.hex(32),
    () => g.hex(40),
    () => g.hex(64),
    () => g.hex(48),
    () => g.alnum(g.pick([24, 30, 32, 36, 40, 48, 64])),
    () => b64bytes(g, g.pick([16, 32, 33, 48])),
    () => g.base64url(g.pick([22, 32, 43, 86])),
    () => g.uuid(),
    () => g.chars(UPNUM, g.pick([20, 26, 32])),
    () => g.chars(LONUM, g.pick([26, 32, 40])),
    () => dashed(g),
    () => dotted(g),
    () => g.hex(32).toUpperCase(),
  ])();
}

/** Licence-key or console-issued dashed groups. */
function dashed(g: ExampleGen): string {
  return g.pick([
    () => [0, 1, 2, 3, 4].map(() => g.chars(CROCK, 5)).join('-'),
    () => [0, 1, 2, 3].map(() => g.chars(UPNUM, 4)).join('-'),
    () => [0, 1, 2, 3, 4, 5].map(() => g.alnum(6)).join('-'),
    () => `${g.hex(8)}-${g.hex(8)}-${g.hex(8)}-${g.hex(8)}`,
  ])();
}

/** `id.secret` pairs some APIs issue as one value. */
function dotted(g: ExampleGen): string {
  return g.pick([() => `${g.alnum(8)}.${g.alnum(32)}`, () => `${g.digits(6)}.${g.base64url(40)}`, () => `${g.hex(12)}.${g.hex(48)}`, () => `${g.lower(6)}${g.digits(2)}.${g.base64url(27)}`])();
}

const PLACEHOLDERS = [
  '<your-api-key>',
  'YOUR_API_KEY',
  'your-token-here',
  '<TOKEN>',
  'xxxxxxxxxxxxxxxxxxxxxxxx',
  'changeme',
  'REPLACE_ME',
  '<insert key>',
  '********',
  'TODO',
  '...',
  '{{ api_key }}',
  '<redacted>',
  'dummy',
  'test-key',
  'example-token',
  'sk-xxxxxxxx',
  'my_secret_key',
  '__SECRET__',
  'null',
];

const REFS = [
  '${API_KEY}',
  '$API_TOKEN',
  '${{ secrets.API_KEY }}',
  '{{ .Values.apiKey }}',
  'process.env.API_KEY',
  'os.environ["API_TOKEN"]',
  '%API_KEY%',
  '$(API_KEY)',
  "ENV['API_TOKEN']",
  'vault:secret/data/app#token',
  'op://Shared/api/credential',
  '{{ secret "app/token" }}',
  'System.getenv("API_KEY")',
  '${env:API_TOKEN}',
  '!Ref ApiKeyParam',
  'arn:aws:secretsmanager:eu-west-1:123456789012:secret:app/api-key',
];

/** The shorthands the documents are written with. */
export function tv(k: Kit) {
  const g = k.g;
  const t = (v: string) => k.s('token', v);
  const h = (v: string) => k.s('http-auth', v);
  return {
    g,
    /** Tokens, any shape or a chosen one. */
    tok: () => t(token(g)),
    hex: (n = 32) => t(g.hex(n)),
    HEX: (n = 32) => t(g.hex(n).toUpperCase()),
    b64: (bytes = 32) => t(b64bytes(g, bytes)),
    b64u: (n = 43) => t(g.base64url(n)),
    b62: (n = 32) => t(g.alnum(n)),
    up: (n = 26) => t(g.chars(UPNUM, n)),
    low: (n = 32) => t(g.chars(LONUM, n)),
    uuid: () => t(g.uuid()),
    dash: () => t(dashed(g)),
    dot: () => t(dotted(g)),
    /** Token safe in a URL query and an unquoted shell word. */
    url: () => t(g.pick([() => g.hex(40), () => g.alnum(32), () => g.base64url(32), () => g.uuid()])()),
    /** An API-key header, a bearer or a cookie value (http-auth). */
    hdr: () => h(g.pick([() => g.hex(32), () => g.alnum(40), () => g.base64url(43), () => g.uuid(), () => g.chars(UPNUM, 32)])()),
    bearer: () => h(g.pick([() => g.alnum(40), () => g.base64url(43), () => g.hex(64), () => dotted(g)])()),
    /** Negatives: ids, digests, public values, placeholders, references. */
    n: (v: string) => k.n(v),
    u: (v: string) => k.u(v),
    ph: () => k.n(g.pick(PLACEHOLDERS)),
    ref: () => k.n(g.pick(REFS)),
    sha: () => k.n(g.hex(40)),
    short: () => k.n(g.hex(7)),
    sha256: () => k.n(g.hex(64)),
    digest: () => k.n(`sha256:${g.hex(64)}`),
    md5: () => k.n(g.hex(32)),
    id: () => k.n(g.uuid()),
    num: (n = 6) => k.n(g.digits(n)),
    integrity: () => k.n(`sha512-${b64bytes(g, 64)}`),
    mask: () => k.n(g.pick(['***', '****', '********', '[REDACTED]', '[MASKED]', '<hidden>', '…', 'sk_…f3a9'.replace('sk_', '')])),
    flag: () => k.n(g.pick(['true', 'false', 'enabled', 'disabled', 'on', 'off', '0', '1'])),
    /** Raw, unmarked. */
    hexRaw: (n: number) => g.hex(n),
    alnum: (n: number) => g.alnum(n),
    lower: (n: number) => g.lower(n),
    digits: (n: number) => g.digits(n),
    uuidRaw: () => g.uuid(),
    pick: <T>(xs: readonly T[]) => g.pick(xs),
    ip: () => `10.${Number(g.digits(2))}.${Number(g.digits(2))}.${Number(g.digits(2)) + 1}`,
    b64Raw: (bytes: number) => b64bytes(g, bytes),
  };
}
export type T = ReturnType<typeof tv>;
