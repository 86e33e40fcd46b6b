// A bearer token a log prints without its header's name: HAProxy's captured request headers (`{host|agent|Bearer …}`,
// `capture request header Authorization`), an access log's or a proxy's field list, a debug line that prints the
// header's value only. `Bearer` and one space before a long random run is the Authorization header's value whatever
// is around it; in logs and plain-text captures only, where no code builds the string.
import { lineStartNear } from '../detect/lineStartNear';
import { isLiteralToken } from '../validators/literalArgument';
import { isLogContext } from './logOutput';
import type { Rule } from '../types';

/** Log files and plain-text captures (`haproxy.log`, `debug-output.txt`). */
function inLogOrCapture(path: string | undefined): boolean {
  return isLogContext(path) || /\.(?:txt|out)$/i.test(path ?? '');
}

export const logBearerTokenRules: Rule[] = [
  {
    // Found while tuning on rw-dev11 (an HAProxy log with captured request headers).
    id: 'log-bearer-token-field',
    provider: 'HTTP auth',
    family: 'generic',
    priority: 'format',
    description: 'Bearer token printed in a log field without its header name (HAProxy captured headers, access-log fields)',
    keywords: ['bearer '],
    keywordWindow: { before: 2, after: 600 },
    pattern: /(?<=[|{[(,;=\s"'])Bearer[ \t](?<secret>[A-Za-z0-9._~+/-]{24,1024}={0,2})(?=[|}\]),;"'\s]|$)/,
    appliesToPath: inLogOrCapture,
    // A random run, not words (`Bearer token-based-authentication-is-used`) nor a variable.
    // A line that names the header (`Authorization: Bearer …`, `if ($http_authorization = "Bearer …")`) is the header
    // rules' to read.
    validate: (value, ctx) =>
      inLogOrCapture(ctx.path) &&
      !/authoriz/i.test(ctx.text.slice(lineStartNear(ctx.text, ctx.start, ctx.start - 400), ctx.start)) &&
      isLiteralToken(value.replace(/=+$/, ''), 20) &&
      /\d/.test(value) &&
      /[A-Za-z]/.test(value),
    skipPlaceholderCheck: false,
    envName: 'API_TOKEN',
    severity: 'error',
    docsUrl: 'https://docs.haproxy.org/2.8/configuration.html#4.2-capture%20request%20header',
    revocationUrl: null,
    revocationNote: 'Revoke the token at its issuer; stop capturing the Authorization header in the proxy or log (or mask it).',
    examples: {
      positives: (g) => [
        `Nov 18 12:00:01 lb1 haproxy[1822]: 198.51.100.23:55120 [18/Nov/2026:12:00:01.112] fe_https~ be_api/api2 0/0/1/12/13 200 512 - - ---- 210/200/3/1/0 0/0 {api.example.io|okhttp/4.12.0|Bearer ${g.s(g.hex(64))}} "GET /v3/accounts/me HTTP/1.1"`,
        // nginx with `$http_authorization` in its log_format.
        `10.0.4.19 - - [18/Nov/2026:09:01:09 +0000] "GET /api/v2/orders HTTP/1.1" 200 512 "-" "okhttp/4.12.0" "Bearer ${g.s(g.alnum(40))}" 0.012`,
      ],
      negatives: (g) => [
        '2026-11-18T09:01:09Z WARN request without Bearer token-based-authentication-header rejected',
        `{api.example.io|okhttp/4.12.0|Bearer <redacted>} "GET /v3/accounts/me HTTP/1.1"`,
        `{api.example.io|okhttp/4.12.0|Bearer \${ACCESS_TOKEN_FROM_VAULT_${g.digits(2)}}} "GET /v3/accounts/me HTTP/1.1"`,
        '2026-11-18T09:01:09Z INFO sending Bearer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      ],
    },
  },
];
