// Signing keys passed by position to the call that signs or verifies with them: `jwt.sign(payload, '…')`,
// `jwt.encode(payload, "…", algorithm=…)`, `crypto.createHmac('sha256', '…')`, `hmac.new(b'…', msg, …)`,
// `OpenSSL::HMAC.hexdigest('SHA256', '…', data)`, `hash_hmac('sha256', $data, '…')`, `Algorithm.HMAC256("…")`,
// `hmac.New(sha256.New, []byte("…"))`. Whoever has the key can mint or forge what it signs.
import { fileKind, isApiExamples } from '../../validators/fileKind';
import { tokenVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

/** Calls whose first argument is the key. */
const FIRST = ['hmac\\.new', 'HMAC\\.new', 'Algorithm\\.HMAC(?:256|384|512)', 'SignedString', 'hmacShaKeyFor', 'SecretKeySpec', 'SymmetricSecurityKey'];
/** Calls whose second argument is the key (the first is the payload, the token or the algorithm). */
const SECOND = [
  'jwt\\.sign',
  'jwt\\.verify',
  'jwt\\.encode',
  'jwt\\.decode',
  'JWT\\.encode',
  'JWT\\.decode',
  'JWT::encode',
  'JWT::decode',
  'jsonwebtoken\\.sign',
  'jsonwebtoken\\.verify',
  'createHmac',
  'hmac\\.New',
  'HMAC\\.(?:hexdigest|digest|base64digest)',
  'signWith',
  'jws\\.sign',
];
/** Calls whose third argument is the key. */
const THIRD = ['hash_hmac'];

/** An argument before the key: a literal, a name, a member chain, a call without nested parentheses or an object. */
const ARG = '(?:"[^"\\n]{0,120}"|\'[^\'\\n]{0,120}\'|[\\w.$:>-]{1,60}(?:\\([^()\\n]{0,80}\\))?|\\{[^{}\\n]{0,200}\\})';
/** How a key literal may be wrapped: Python bytes, Go `[]byte(…)`, Node `Buffer.from(…)`, .NET `Encoding.UTF8.GetBytes(…)`. */
const WRAP = '(?:b|\\[\\]byte\\(|Buffer\\.from\\(|Encoding\\.\\w{2,8}\\.GetBytes\\()?';

const at = (names: string[], before: number) => `(?:${names.join('|')})[ \\t]{0,2}\\([ \\t]{0,4}${`${ARG}[ \\t]{0,4},[ \\t]{0,4}`.repeat(before)}`;

function validateSigningKey(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'example' || kind === 'minified' || isApiExamples(ctx.path)) return false;
  // A key is made to be random; `'secret'` and `'changeme'` are stand-ins (secretValue.ts).
  return tokenVerdict(value, 'signing_secret', 'secret', { strict: kind === 'test', quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

export const signingKeyArgumentRule: Rule = {
  id: 'generic-signing-key-argument',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded key passed to a JWT or HMAC signing call (jwt.sign(payload, …), createHmac(alg, …), hmac.new(…))',
  keywords: ['jwt.', 'jwt::', 'jsonwebtoken.', 'hmac', 'signwith', 'signedstring', 'secretkeyspec', 'jws.sign', 'symmetricsecuritykey('],
  keywordWindow: { before: 40, after: 520 },
  pattern: new RegExp(`(?<![\\w$])(?:${at(FIRST, 0)}|${at(SECOND, 1)}|${at(THIRD, 2)})${WRAP}["'](?<secret>[^"'\\n\\\\]{8,200})["']`),
  validate: validateSigningKey,
  skipPlaceholderCheck: true,
  envName: 'SIGNING_SECRET',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/321.html',
  revocationUrl: null,
  revocationNote: 'Replace the signing key (every token or signature made with it can be forged until then) and read it from a secret store.',
  examples: {
    positives: (g) => [
      `return jwt.sign({ sub: user.id }, '${g.s(g.alnum(32))}', { expiresIn: '15m' });`,
      `const sig = crypto.createHmac('sha256', '${g.s(g.hex(40))}').update(body).digest('hex');`,
      `token = jwt.encode(payload, "${g.s(g.alnum(40))}", algorithm="HS256")`,
      `digest = hmac.new(b"${g.s(g.alnum(32))}", body, hashlib.sha256).hexdigest()`,
      `$sig = hash_hmac('sha256', $payload, '${g.s(g.alnum(32))}');`,
      `mac := hmac.New(sha256.New, []byte("${g.s(g.alnum(32))}"))`,
      `Algorithm algorithm = Algorithm.HMAC256("${g.s(g.alnum(32))}");`,
      `IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("${g.s(g.alnum(48))}")),`,
    ],
    negatives: (g) => [
      "return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });",
      "jwt.sign(payload, 'secret')",
      "crypto.createHmac('sha256', key).update(body)",
      `token = jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")`,
      `jwt.decode(token, options={"verify_signature": False})`,
      `const sig = crypto.createHmac('sha256', 'your-signing-secret-here')`,
      `jwt.verify(token, '${g.lower(6)}')`,
      'IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:Key"]!)),',
    ],
  },
};
