// A server checking a client's credential against a literal in its own code: an Arduino/ESP32 `WebServer`'s
// `server.header("X-Api-Key") != "KEY"`, Flask's `request.headers.get('X-Api-Key') != 'KEY'`, Varnish's
// `req.http.Authorization != "Basic BLOB"`. The literal is the key every client must send (rw-dev11, rw-dev16); the
// generic rule reads the index form (`req.headers['x-api-key'] !== 'KEY'`), not a call's.
import { isLiteralToken } from '../validators/literalArgument';
import { fileKind } from '../validators/fileKind';
import type { MatchContext, Rule } from '../types';

/** A request header named for a credential (`X-Api-Key`, `X-Auth-Token`, `apikey`), not a CSRF token's. */
const CREDENTIAL_HEADER = /(?:api[_-]?key|apikey|auth[_-]?token|access[_-]?(?:key|token)|secret|token|^(?:x-)?key)$/i;

/** The value opens and closes with the same quote. */
function quotedAlike(ctx: MatchContext): boolean {
  const before = ctx.text.charAt(ctx.start - 1);
  return /["']/.test(before) && ctx.text.charAt(ctx.end) === before;
}

function reportable(path: string | undefined): boolean {
  const kind = fileKind(path);
  return kind !== 'lockfile' && kind !== 'minified' && kind !== 'test' && kind !== 'example';
}

const base = {
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  skipPlaceholderCheck: false,
  envName: 'API_KEY',
  severity: 'warning',
  docsUrl: 'https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/',
  revocationUrl: null,
  revocationNote: 'Issue the clients a new key and read the accepted one from the environment or a secret store, not from the code.',
} as const;

export const credentialComparisonRules: Rule[] = [
  {
    ...base,
    id: 'header-credential-comparison',
    description: 'A credential header read by a call compared against a literal (server.header("X-Api-Key") != "KEY")',
    keywords: ['key")', "key')", 'token")', "token')", 'secret")', "secret')"],
    keywordWindow: { before: 48, after: 300 },
    // The header's quoted name closing a call (an ESPAsyncWebServer `->value()` after it), `==`/`!=` (or `===`/`!==`), the literal.
    pattern: /["'](?<key>[A-Za-z][A-Za-z0-9_-]{0,40})["'][ \t]{0,2}\)(?:[ \t]{0,2}(?:->|\.)value\(\))?[ \t]{0,4}(?:!==?|===?)[ \t]{0,4}["'](?<secret>[^"'\s\\]{12,256})["']/,
    validate: (secret, ctx) => reportable(ctx.path) && CREDENTIAL_HEADER.test(ctx.keyName ?? '') && !/csrf|xsrf/i.test(ctx.keyName ?? '') && quotedAlike(ctx) && isLiteralToken(secret, 12),
    examples: {
      positives: (g) => [
        `    if (server.header("X-Api-Key") != "${g.s(g.hex(24))}") { server.send(401); return; }`,
        `if request.headers.get('X-Api-Key') != '${g.s(g.alnum(32))}':\n    abort(401)\n`,
        `  if (request->getHeader("X-Auth-Token")->value() != "${g.s(g.alnum(24))}") { request->send(403); return; }`,
      ],
      negatives: (g) => [
        'if (server.header("X-Api-Key") != API_KEY) { server.send(401); return; }',
        `if request.headers.get('X-Request-Id') != '${g.hex(32)}':`,
        `if (req.get("X-CSRF-Token") !== "${g.alnum(32)}") return;`,
        'if (server.header("X-Api-Key") != "YOUR_API_KEY") { return; }',
      ],
    },
  },
  {
    ...base,
    id: 'authorization-literal-comparison',
    description: 'An Authorization header compared against a literal Basic or Bearer credential (req.http.Authorization != "Basic …")',
    keywords: ['authorization'],
    keywordWindow: { before: 16, after: 600 },
    // Varnish's `req.http.Authorization`, a call's `"Authorization")`, a property's `.authorization`; `~` is VCL's match.
    pattern: /(?<![A-Za-z0-9_$-])(?<key>[Aa]uthorization|AUTHORIZATION)["']?[ \t]{0,2}[)\]]?[ \t]{0,4}(?:!==?|===?|!?~)[ \t]{0,4}["'](?:Basic|Bearer|Token)[ \t]{1,2}(?<secret>[A-Za-z0-9+/=._~-]{12,512})["']/,
    validate: (secret, ctx) => reportable(ctx.path) && isLiteralToken(secret.replace(/=+$/, ''), 12),
    examples: {
      positives: (g) => [
        `    if (req.http.host ~ "staging" && req.http.Authorization != "Basic ${g.s(g.base64(32))}") {\n        return (synth(401));\n    }`,
        `if request.headers.get("Authorization") != "Bearer ${g.s(g.alnum(40))}":\n    abort(401)\n`,
      ],
      negatives: (g) => [
        'if (req.http.Authorization != "Basic " + std.getenv("STAGING_AUTH")) {',
        'if (!req.http.Authorization || req.http.Authorization !~ "^Basic ") {',
        `if ($http_authorization != "Bearer ${g.alnum(32)}") { return 401; }`,
        'if request.headers.get("Authorization") != "Bearer <token>":',
      ],
    },
  },
];
