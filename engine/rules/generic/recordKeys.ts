// A bare `key` field beside a `secret`, `password` or `token` field of the same record: an API key and its secret
// as people write them in every language's record syntax: Go struct literals (`Key: "…", Secret: "…"`), Rust and
// Swift initializers, Kotlin and C# named arguments (`key = "…"`), Elixir and Erlang keyword lists (`{key, "…"}`),
// Java's `Map.of("key", "…", "secret", …)`, Perl and PHP hashes (`key => '…'`), Objective-C dictionaries, Zig
// (`.key = "…"`), Jsonnet and CUE, and their debug dumps in logs (`{Key:… Secret:…}`, `'key' => '…'`).
// A bare `key` alone is a cache key, a map key, a React key or a translation key; beside a secret's field, with a
// clearly random value, it is the credential's other half.
import { fileKind, isApiExamples } from '../../validators/fileKind';
import { tokenVerdict } from '../../validators/secretValue';
import { looksRandom } from '../../validators/valueStats';
import { isDigestNamed } from '../../validators/digestNamed';
import type { MatchContext, Rule } from '../../types';
import { openerBefore } from '../../detect/brackets';

/** How far the record around the key may reach, each way. */
const REACH = 600;

/** A sibling field naming a secret: `secret:`, `"password",`, `Secret =`, `{token, "`, `'secret' =>`, `api_secret:`. */
const SIBLING = /(?:^|[\s{(,[;@.])["']?(?:[A-Za-z]{1,20}[_-])?(?:secret|Secret|SECRET|password|Password|PASSWORD|passwd|token|Token|TOKEN)["']?[ \t]{0,16}(?::=|=>|->|[:=,])/;

/** Public halves and ids that sit under a bare `key` (a publishable key, a public key's id). */
const PUBLIC_VALUE = /^(?:pk|pub|public|phc|ph|site|client)[_-]/i;

/** The record around `at`: from the opening bracket it sits in to its closing one, or the nearby lines when none. */
function recordAround(text: string, at: number): { text: string; open: number } {
  const open = openerBefore(text, at, REACH);
  if (open < 0) {
    // Indentation-structured records (YAML-like, Nim, Python class bodies): three lines either side.
    let s = at;
    for (let n = 0; n < 4 && s > 0; n++) s = text.lastIndexOf('\n', s - 1);
    let e = at;
    for (let n = 0; n < 4 && e >= 0 && e < text.length; n++) e = text.indexOf('\n', e + 1);
    return { text: text.slice(Math.max(0, s), e < 0 ? text.length : e), open: -1 };
  }
  let depth = 0;
  const stop = Math.min(text.length, at + REACH);
  for (let i = open + 1; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b || c === 0x28) depth++;
    else if (c === 0x7d || c === 0x5d || c === 0x29) {
      if (depth === 0) return { text: text.slice(open, i + 1), open };
      depth--;
    }
  }
  return { text: text.slice(open, stop), open };
}

export function validateRecordKey(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  // A delimited table (`maps,browser key,<value>,public`): a comma after `key` ends a cell, not a record's field.
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || kind === 'prose' || isApiExamples(ctx.path) || (ctx.path !== undefined && /\.(?:csv|tsv)$/i.test(ctx.path))) return false;
  // `Cache key: Library-Android-<sha256>` in a CI log: a cache entry's name, not a credential.
  if (value.length < 24 || PUBLIC_VALUE.test(value) || isDigestNamed(value) || !looksRandom(value)) return false;
  if (tokenVerdict(value, 'key', 'key', { strict: kind === 'test', weak: true, quote: ctx.text.charAt(ctx.start - 1) }) !== undefined) return false;
  const keyAt = ctx.text.lastIndexOf(ctx.keyName ?? 'key', ctx.start);
  // The key's own name never reads as a sibling (SIBLING asks for a secret's word), so the record is searched whole.
  const record = recordAround(ctx.text, keyAt < 0 ? ctx.start : keyAt);
  if (SIBLING.test(record.text)) return true;
  // A pair of its own (Erlang's `{key, "…"}`, a Clojure or Elixir tuple): the record is the list the pair sits in.
  return record.open > 0 && record.text.length <= value.length + 24 && SIBLING.test(recordAround(ctx.text, record.open).text);
}

export const recordKeyRule: Rule = {
  id: 'generic-secret-record-key',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded API key in a bare `key` field beside the secret, password or token of the same record',
  // The sibling field's name; the bare `key` is within the record around it.
  keywords: ['secret', 'password', 'passwd', 'token'],
  keywordWindow: { before: REACH, after: REACH },
  pattern: /(?:^|[\s{(,[;])(?:\.|@|\$)?["']?(?<key>[Kk]ey|KEY)["']?[ \t]{0,16}(?::=|=>|->|[:=,])[ \t]{0,16}@?["']?(?<secret>[A-Za-z0-9+/_=.-]{24,200})(?=["'\s,;)}\]]|$)/,
  validate: validateRecordKey,
  skipPlaceholderCheck: true,
  envName: 'API_KEY',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Revoke the key pair where it was issued (the service the record configures) and load both halves from a secret store.',
  examples: {
    positives: (g) => [
      `cfg := relay.Config{\n\tKey:    "${g.s(g.hex(32))}",\n\tSecret: os.Getenv("RELAY_SECRET"),\n}`,
      `val live = PspConfig(key = "${g.s(g.alnum(32))}", secret = "${g.alnum(40)}")`,
      `{push, [{key, "${g.s(g.alnum(40))}"}, {secret, "${g.hex(32)}"}]}`,
      `Map.of("key", "${g.s(g.alnum(40))}", "secret", System.getenv("S"))`,
      `pub const default = Config{\n    .key = "${g.s(g.hex(32))}",\n    .secret = "${g.base64(43)}=",\n};`,
      `DEBUG loaded config: {Listen::8443 Key:${g.s(g.hex(32))} Secret:${g.base64(43)}= Timeout:15s}`,
    ],
    negatives: (g) => [
      `cache = { key: "${g.hex(32)}", ttl: 60 }`,
      `{ key: "${g.alnum(32)}", secret: "changeme" }`.replace('secret', 'label'),
      `const stripe = { key: "pk_live_${g.alnum(32)}", secret: process.env.STRIPE_SECRET }`,
      `items.map(i => ({ key: i.id, secret: false }))`,
      `{ key: "${g.uuid()}", secret: "x" }`,
      `pusher: { key: "${g.hex(20)}", secret: ENV["PUSHER_SECRET"] }`,
      `{ key: "auth.password.forgot_password_link", token: null }`,
    ],
  },
};
