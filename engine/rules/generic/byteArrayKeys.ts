// A key written as a list of byte literals under a key's or secret's name: C's `static const uint8_t DEVICE_KEY[] =
// { 0x3f, … }`, Java and C#'s `byte[] aesKey = new byte[] { … }`, Go's `[]byte{…}`, Rust's `[u8; 32]`, a PowerShell
// `$Key = (12, 201, …)` for ConvertTo-SecureString, zigbee2mqtt's `network_key: [1, 204, …]`. No string literal
// holds the value, so the assignment rules never see it. What keeps it a key: 16 or more bytes that vary like random
// ones (not a range, a fill or a table that counts), under a name whose last word is key, secret or psk, not public.
import { fileKind } from '../../validators/fileKind';
import { nameWords } from '../../validators/secretName';
import { publishedDataBefore } from '../../validators/decodedTestVector';
import type { MatchContext, Rule } from '../../types';

/** The last word of a key's name (decodedLiteralKeys.ts reads names the same way). */
export const LAST_WORDS = new Set(['key', 'secret', 'psk']);
/**
 * Keys named by one run-together word (rw-dev17): LoRaWAN's `APPKEY`, `NWKKEY`, `NWKSKEY`, `APPSKEY` (LMIC, MKRWAN,
 * RadioLib sketches), and `MASTERKEY`, `AESKEY`, `HMACKEY`, `LINKKEY`, `DEVKEY`, `SECRETKEY`.
 */
const COMPOUND_KEY = /^(?:app|nwk|apps|nwks|fnwksint|snwksint|nwksenc|jsenc|jsint|master|aes|hmac|cmac|link|dev|device|net|network|session|sec|secret|private|priv|enc|sign|auth)key$/;
/** Index words after the key's own word (`SK_SECRET_L11`, `KEY_1`, `HMAC_KEY_V2`): which key, not what else. */
const INDEX_WORD = /^[a-z]{0,3}\d{1,3}$/;
/** Words after a key's word that make the name something about the key (its length, its slot, its table). */
const NOT_AFTER =
  /^(?:len|length|size|sizes|table|tables|map|index|idx|id|ids|count|offset|addr|address|slot|type|name|names|schedule|sbox|bits|ptr|buf|buffer|hash|digest|crc|checksum|pub|public|mask|iv|nonce|salt)$/;
/** Words that make the bytes public or no credential: a public or verifying key, a map or table key, a test vector. */
const NOT_SECRET_WORDS =
  /^(?:public|pub|verify|verifying|verification|sort|map|hash|lookup|table|row|column|cache|primary|foreign|test|tests|example|sample|dummy|fake|mock|expected|vector|vectors|rfc|kat|default|zero|null|empty)$/;

function bytesOf(list: string): number[] {
  return list.split(',').map((s) => {
    const t = s.trim().replace(/[uU]$/, '');
    return /^0[xX]/.test(t) ? parseInt(t.slice(2), 16) : parseInt(t, 10);
  });
}

/** Bytes that vary like a generated key's: most distinct, not a counting run, not one value repeated. */
function randomBytes(bytes: number[]): boolean {
  if (bytes.some((b) => !(b >= 0 && b <= 255))) return false;
  const distinct = new Set(bytes).size;
  if (distinct < Math.min(bytes.length * 0.6, 24)) return false;
  let steps = 0;
  for (let i = 1; i < bytes.length; i++) if (Math.abs(bytes[i]! - bytes[i - 1]!) === 1) steps++;
  if (steps > bytes.length / 3) return false;
  // A key's bytes spread over the whole range; a string's bytes (a password spelled out so `strings` misses it) are
  // printable ASCII. Decimal lists of small numbers are counts or indexes.
  return bytes.filter((b) => b >= 128).length >= bytes.length / 6 || bytes.every((b) => b >= 0x21 && b <= 0x7e);
}

/**
 * The name's key word: its last word (after index words such as `L11`, `1`), or one or two words before its end when
 * those say which key it is (`SECOC_KEY_BRAKE_STATUS`, `service_unlock_key`), never what else it is (`KEY_LEN`).
 */
function namesAKey(words: string[]): boolean {
  if (words.length === 0 || words.some((w) => NOT_SECRET_WORDS.test(w))) return false;
  let end = words.length;
  while (end > 1 && INDEX_WORD.test(words[end - 1]!)) end--;
  for (let i = end - 1; i >= Math.max(0, end - 3); i--) {
    const w = words[i]!;
    if (LAST_WORDS.has(w) || COMPOUND_KEY.test(w)) return words.slice(i + 1, end).every((a) => !NOT_AFTER.test(a));
  }
  return false;
}

/** An assignment between the name and the list, or a `#define NAME` before it. */
function assignedOrDefined(ctx: MatchContext): boolean {
  const name = ctx.keyName ?? '';
  const at = ctx.text.lastIndexOf(name, ctx.start);
  if (at < 0) return false;
  if (/(?::=|=>|=|:)/.test(ctx.text.slice(at + name.length, ctx.start))) return true;
  return /#[ \t]{0,4}define[ \t]{1,4}$/.test(ctx.text.slice(Math.max(0, at - 24), at));
}

function validateByteArrayKey(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'test' || kind === 'example') return false;
  const name = (ctx.keyName ?? '').replace(/^\$/, '');
  const words = nameWords(name);
  // `K` alone is the key's letter in crypto code (a hash's round constants are words, not bytes, and never match).
  if (name !== 'K' && !namesAKey(words)) return false;
  // A C macro's initialiser (`#define SECOC_KEY_BRAKE { 0x2b, … }`) has no assignment; anything else needs one.
  if (!assignedOrDefined(ctx)) return false;
  if (publishedDataBefore(ctx.text, ctx.start)) return false;
  return randomBytes(bytesOf(value));
}

const BYTE = '(?:0(?:[xX][0-9a-fA-F]{1,2}|[0-9]{1,2})?|[1-9][0-9]{0,2})[uU]?';

/** What to do about a key compiled into a program (shared with the rules for its other spellings). */
export const COMPILED_KEY_NOTE = 'A key compiled into the program: generate a new one, provision it at run time (a key store, the environment), and re-encrypt what the old one protected.';

export const byteArrayKeyRule: Rule = {
  id: 'byte-array-key',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'A key written as 16 or more byte literals under a name that ends in key, secret or psk',
  // `byte` finds a key named by one letter (`byte[] K = new byte[] {…}`).
  keywords: ['key', 'secret', 'psk', 'byte'],
  keywordWindow: { before: 48, after: 1100 },
  // The name, an optional array suffix (`KEY[]`, `key[32]`), an assignment, up to 40 characters of type or constructor
  // (`new byte[] `, `[u8; 32] = `, `[byte[]]`, `bytes(`), the list's opening bracket, then 16 to 128 bytes.
  pattern: new RegExp(
    `(?<![A-Za-z0-9_])(?<key>\\$?[A-Za-z_][A-Za-z0-9_]{0,40})(?:\\[[0-9A-Za-z_ ]{0,12}\\])?[ \\t]{0,8}(?:(?::=|=>|=|:)[^\\n]{0,40}?)?[{[(][ \\t]{0,4}(?:\\r?\\n[ \\t]{0,20})?(?<secret>${BYTE}(?:,[ \\t]{0,4}(?:\\r?\\n[ \\t]{0,20})?${BYTE}){15,127})(?:,[ \\t]{0,4})?(?:\\r?\\n[ \\t]{0,20})?[ \\t]{0,4}[}\\])]`,
  ),
  windowNeeds: /[{[(][ \t]*(?:\r?\n[ \t]*)?(?:0[xX][0-9a-fA-F]{1,2}|[0-9]{1,3})[ \t]*,/,
  validate: validateByteArrayKey,
  envName: 'ENCRYPTION_KEY',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/321.html',
  revocationUrl: null,
  revocationNote: COMPILED_KEY_NOTE,
  examples: {
    positives: (g) => {
      const bytes = (n: number, hex: boolean) => Array.from({ length: n }, () => parseInt(g.hex(2), 16)).map((b) => (hex ? `0x${b.toString(16).padStart(2, '0')}` : String(b)));
      return [
        `static const uint8_t DEVICE_KEY[] = { ${g.s(bytes(32, true).join(', '))} };`,
        `private static final byte[] aesKey = new byte[] { ${g.s(bytes(16, true).join(', '))} };`,
        `var hmacSecret = []byte{${g.s(bytes(32, true).join(', '))}}`,
        `const ENCRYPTION_KEY: [u8; 16] = [${g.s(bytes(16, true).join(', '))}];`,
        `$Key = (${g.s(bytes(24, false).join(','))})\n$secure = ConvertTo-SecureString $enc -Key $Key`,
        `advanced:\n  network_key: [${g.s(bytes(16, false).join(', '))}]\n`,
        // rw-dev17: LMIC's run-together LoRaWAN key name, a macro initialiser, and a key named by its level.
        `static const u1_t PROGMEM APPKEY[16] = { ${g.s(bytes(16, true).join(', '))} };`,
        `#define SECOC_KEY_BRAKE_STATUS   { ${g.s(bytes(16, true).join(', '))} }`,
        `static const uint8_t  SK_SECRET_L11[16] = { ${g.s(bytes(16, true).join(', '))} };`,
        // A password spelled out in ASCII bytes.
        `private static final byte[] K = new byte[] { ${g.s([...g.alnum(16)].map((c) => `0x${c.charCodeAt(0).toString(16)}`).join(', '))} };`,
      ];
    },
    negatives: (g) => {
      const bytes = (n: number) => Array.from({ length: n }, () => `0x${g.hex(2)}`);
      return [
        `static const uint8_t PUBLIC_KEY[] = { ${bytes(32).join(', ')} };`,
        `// RFC 4231 test case 1\nstatic const uint8_t hmac_key[] = { ${bytes(20).join(', ')} };`,
        `[Byte[]] $key = (1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16)`,
        `static const uint8_t sbox_key[] = { 1, 4, 2, 8, 5, 10, 9, 7, 3, 6, 12, 11, 15, 13, 14, 0 };`,
        `static const uint8_t font_table[] = { ${bytes(32).join(', ')} };`,
        `static const uint8_t AES_KEY_SCHEDULE[] = { ${bytes(32).join(', ')} };`,
        `static const uint8_t PROGMEM DEVEUI[8] = { ${bytes(8).join(', ')} };`,
        `#define KEY_LEN { ${bytes(16).join(', ')} }`,
        `derive_key(${bytes(16).join(', ')});`,
        `network_key: [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13]`,
        `byte[] key = new byte[] { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };`,
      ];
    },
  },
};
