// A secret-named setting given a literal through a decoder call: JupyterHub's `c.JupyterHub.cookie_secret =
// bytes.fromhex('…')`, `SECRET_KEY = base64.b64decode("…")`, Go's `hex.DecodeString("…")`, C#'s
// `Convert.FromBase64String("…")`, Java's `Base64.getDecoder().decode("…")`. The call only changes the literal's
// encoding: the literal is the key.
import { fileKind } from '../../validators/fileKind';
import { readSecretName } from '../../validators/secretName';
import { tokenVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

const DECODER = `(?:bytes\\.fromhex|binascii\\.(?:unhexlify|a2b_hex|a2b_base64)|base64\\.(?:urlsafe_)?b(?:64|32)decode|hex\\.DecodeString|base64\\.(?:Std|URL|RawStd|RawURL)Encoding\\.DecodeString|Convert\\.FromBase64String|Convert\\.FromHexString|Base64\\.(?:getDecoder|getUrlDecoder)\\(\\)\\.decode)`;

/** Words that introduce a published test vector a few lines above the literal. */
const TEST_VECTOR_NEAR = /test[ _-]?vector|known[ -]answer|\bKAT\b|\bRFC[ -]?\d{3,4}|\bFIPS[ -]?\d{2,3}|\bNIST\b|\bSP[ -]?800-/i;

function validateDecodedLiteral(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  // Published test vectors (RFC, FIPS, NIST known-answer tests) are decoded the same way and are public by design.
  if (/test[_-]?vectors?|vectors?[_-]?test/i.test(ctx.path ?? '') || TEST_VECTOR_NEAR.test(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start))) return false;
  const key = ctx.keyName ?? '';
  const reading = readSecretName(
    key
      .split(/[.[\]'"]/)
      .filter(Boolean)
      .pop() ?? key,
  );
  if (!reading || reading.kind === 'password') return false;
  return tokenVerdict(value, key, reading.kind, { strict: kind === 'test', weak: reading.weak === true }) === undefined;
}

export const decodedLiteralRule: Rule = {
  id: 'generic-decoded-secret-literal',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Secret-named setting given a hex or base64 literal through a decoder call (bytes.fromhex, b64decode, FromBase64String)',
  keywords: ['fromhex', 'unhexlify', 'a2b_', 'b64decode', 'b32decode', 'decodestring', 'frombase64string', 'fromhexstring', 'decoder().decode'],
  keywordWindow: { before: 120, after: 260 },
  pattern: new RegExp(
    `(?<![\\w$.])(?<key>[A-Za-z_$][\\w$]{0,40}(?:\\.[A-Za-z_$][\\w$]{0,40}){0,4})[ \\t]{0,2}(?::[ \\t]{0,2}[\\w.\\[\\]<>]{1,30}[ \\t]{0,2})?(?::=|=)[ \\t]{0,2}(?:[\\w.]{1,30}\\()?${DECODER}\\([ \\t]{0,2}b?["'](?<secret>[A-Za-z0-9+/_=-]{16,200})["']`,
  ),
  validate: validateDecodedLiteral,
  envName: 'SECRET_KEY',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Generate a new key where it is used (sessions signed with the old one end), then read it from the environment or a secret store.',
  examples: {
    positives: (g) => [
      `c.JupyterHub.cookie_secret = bytes.fromhex('${g.s(g.hex(64))}')`,
      `SECRET_KEY = base64.b64decode("${g.s(g.base64(44))}")`,
      `byte[] hmacSecret = Base64.getDecoder().decode("${g.s(g.base64(44))}");`,
      `private static readonly byte[] EncryptionKey = Convert.FromBase64String("${g.s(g.base64(44))}");`,
    ],
    negatives: (g) => [
      `# RFC 4231 test case 2\nHMAC_KEY = bytes.fromhex('${g.hex(64)}')`,
      `expected_digest = bytes.fromhex('${g.hex(64)}')`,
      `c.JupyterHub.cookie_secret = bytes.fromhex(os.environ['COOKIE_SECRET'])`,
      `SECRET_KEY = base64.b64decode("${'A'.repeat(44)}")`,
      `logo = base64.b64decode("${g.base64(120)}")`,
    ],
  },
};
