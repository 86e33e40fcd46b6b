// A key kept as an encoded literal that the code decodes into bytes under a key's name: Java's
// `byte[] KEY = Base64.getDecoder().decode("…")`, C#'s `Convert.FromBase64String("…")`, Python's
// `base64.b64decode("…")` and `bytes.fromhex("…")`, Go's `key, _ := hex.DecodeString("…")`, Node's
// `Buffer.from("…", "base64")`. The call stands between the name and the literal, so the assignment rules read a
// call, not a value (the keyed grammar reads most such names itself; this rule adds a bare `KEY`). What keeps it a key: a name whose last word is key, secret or psk (as byteArrayKeys.ts), and an
// encoded body that varies like random bytes.
import { fileKind } from '../../validators/fileKind';
import { nameWords } from '../../validators/secretName';
import type { MatchContext, Rule } from '../../types';
import { publishedDataBefore } from '../../validators/decodedTestVector';
import { COMPILED_KEY_NOTE, LAST_WORDS } from './byteArrayKeys';

/** Words that make the bytes public or no credential: a public or verifying key, a map key, a test vector. */
const NOT_SECRET_WORDS =
  /^(?:public|pub|verify|verifying|verification|sort|map|hash|lookup|table|row|column|cache|primary|foreign|test|tests|example|sample|dummy|fake|mock|expected|vector|vectors|rfc|kat|zero|null|empty)$/;

function validateDecodedKey(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'test' || kind === 'example') return false;
  const words = nameWords(ctx.keyName ?? '');
  const last = words[words.length - 1];
  if (last === undefined || !LAST_WORDS.has(last) || words.some((w) => NOT_SECRET_WORDS.test(w))) return false;
  if (publishedDataBefore(ctx.text, ctx.start)) return false;
  // Random bytes encoded: letters and digits mixed (hex has both), not a word or a repeated run.
  return /[0-9]/.test(value) && /[A-Za-z]/.test(value) && !/(.)\1{5}/.test(value);
}

/** Calls that turn a base64 or hex literal into bytes. */
const DECODE_CALL =
  '(?:Base64\\.get(?:Url|Mime)?Decoder\\(\\)\\.decode|Base64\\.decode(?:Base64)?|Convert\\.FromBase64String|Convert\\.FromHexString|base64\\.(?:urlsafe_|standard_)?b64decode|bytes\\.fromhex|binascii\\.(?:unhexlify|a2b_base64)|Hex\\.decodeHex|DatatypeConverter\\.parse(?:Base64|Hex)Binary|hex\\.DecodeString|base64\\.(?:Std|URL|RawStd|RawURL)Encoding\\.DecodeString|Buffer\\.from)';

export const decodedLiteralKeyRule: Rule = {
  id: 'generic-secret-decoded-key',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'A key decoded from a base64 or hex literal under a name that ends in key, secret or psk',
  keywords: ['decode', 'frombase64', 'fromhex', 'unhexlify', 'a2b_base64', 'parsebase64', 'parsehex', 'buffer.from'],
  keywordWindow: { before: 120, after: 260 },
  // The name (Go's `key, _ :=` too), an assignment, the decode call and its literal; Buffer.from needs its encoding.
  pattern: new RegExp(
    `(?<![A-Za-z0-9_$.])(?<key>[A-Za-z_][A-Za-z0-9_]{0,40})(?:,[ \\t]{0,2}_)?[ \\t]{0,4}(?::=|=)[ \\t]{0,4}${DECODE_CALL}[ \\t]{0,2}\\([ \\t]{0,2}["'](?<secret>[A-Za-z0-9+/_-]{16,200}={0,2})["'](?:[ \\t]{0,2},[ \\t]{0,2}["'](?:base64|hex)["'])?`,
  ),
  minEntropy: 3.5,
  validate: validateDecodedKey,
  envName: 'ENCRYPTION_KEY',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/321.html',
  revocationUrl: null,
  revocationNote: COMPILED_KEY_NOTE,
  examples: {
    positives: (g) => [`    private static final byte[] KEY = Base64.getDecoder().decode("${g.s(g.base64(44))}");`, `hmacSecret, _ := hex.DecodeString("${g.s(g.hex(64))}")`],
    negatives: (g) => [
      `PUBLIC_KEY = base64.b64decode("${g.base64(44)}")`,
      `// RFC 4231 test case 2\nbyte[] hmacKey = Hex.decodeHex("${g.hex(40)}");`,
      `byte[] payload = Base64.getDecoder().decode("${g.base64(44)}");`,
      `private static final byte[] KEY = Base64.getDecoder().decode(System.getenv("CARD_KEY"));`,
    ],
  },
};
