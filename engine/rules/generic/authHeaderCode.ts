// An Authorization header's credential set in code where the header rules' `Name: value` forms do not reach:
// .NET's `new AuthenticationHeaderValue("Bearer", "v")` / `("Basic", "v")`, and a header map keyed by a bare name
// (`@{ Authorization = "Basic v" }` in PowerShell, VB's `Authorization = "Bearer v"`, Python keyword arguments), and the
// WSGI/CGI name of the header (`HTTP_AUTHORIZATION="Token v"`: Django's and Flask's test clients, `environ` dicts), the
// header's constant (`HttpHeaders.AUTHORIZATION, "Bearer v"` in Spring, `header::AUTHORIZATION,
// HeaderValue::from_static("Bearer v")` in Rust) and R's `add_headers(Authorization = paste("Bearer", "v"))`.
import { fileKind } from '../../validators/fileKind';
import { isBasicCredential } from '../tokenFormats';
import { isLiteralToken } from '../../validators/literalArgument';
import type { MatchContext, Rule } from '../../types';

/** A JWT is reported by its own rule (which checks its header). */
const JWT_SHAPE = /^eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\./;

function validateHeader(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  const scheme = /(Basic|Bearer|Token)\W{0,8}$/i.exec(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start))?.[1]?.toLowerCase();
  if (scheme === 'basic') return isBasicCredential(value);
  if (JWT_SHAPE.test(value)) return false;
  return isLiteralToken(value.replace(/=+$/, ''), 16);
}

export const authHeaderCodeRule: Rule = {
  id: 'authorization-header-in-code',
  provider: 'HTTP auth',
  family: 'token-format',
  priority: 'format',
  description: "Credential of an Authorization header set in code (.NET AuthenticationHeaderValue, a header map's bare Authorization key, the header's constant, R's paste)",
  keywords: ['authenticationheadervalue', 'authorization =', 'authorization=', 'http_authorization', 'authorization,'],
  keywordWindow: { before: 0, after: 2200 },
  pattern:
    /(?:AuthenticationHeaderValue[ \t]{0,2}\([ \t]{0,4}"(?:Basic|Bearer|Token)"[ \t]{0,4},[ \t]{0,4}"|(?<![\w"'.-])Authorization[ \t]{0,4}=[ \t]{0,4}(?:["'](?:Basic|Bearer|Token)[ \t]{1,4}|paste0?\([ \t]{0,2}["'](?:Basic|Bearer|Token)[ \t]{0,2}["'][ \t]{0,4},[ \t]{0,4}["'])|(?<![\w"'-])AUTHORIZATION[ \t]{0,4},[ \t]{0,4}(?:HeaderValue::from_(?:static|str)\([ \t]{0,2})?"(?:Basic|Bearer|Token)[ \t]{1,4}|(?<![\w.-])HTTP_AUTHORIZATION["']?[ \t]{0,4}[=:][ \t]{0,4}["'](?:Basic|Bearer|Token)[ \t]{1,4})(?<secret>[A-Za-z0-9._~+/=-]{8,2048})["']/,
  validate: validateHeader,
  skipPlaceholderCheck: true,
  envName: 'API_TOKEN',
  severity: 'error',
  docsUrl: 'https://www.rfc-editor.org/rfc/rfc7235',
  revocationUrl: null,
  revocationNote: 'Revoke the token (or change the password a Basic value decodes to) at the service it is sent to, and read it from a secret store.',
  examples: {
    positives: (g) => [
      `client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "${g.s(g.alnum(40))}");`,
      `http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "${g.s(Buffer.from(`acme:${g.alnum(16)}`).toString('base64'))}");`,
      `$headers = @{ Authorization = "Basic ${g.s(Buffer.from(`deploy:${g.alnum(14)}`).toString('base64'))}" }`,
      `$headers = @{\n  Authorization = "Basic ${g.s(Buffer.from(`${g.hex(32)}:`).toString('base64'))}"\n  "Content-Type" = "application/json"\n}`,
      `$headers = @{ Authorization = "Bearer ${g.s(g.hex(40))}"; Accept = "application/json" }`,
      `        response = self.client.get(url, HTTP_AUTHORIZATION="Token ${g.s(g.hex(40))}")`,
      `    environ = {"HTTP_AUTHORIZATION": "Bearer ${g.s(g.alnum(40))}", "REQUEST_METHOD": "GET"}`,
      `        headers.set(HttpHeaders.AUTHORIZATION, "Bearer ${g.s(g.alnum(40))}");`,
      `    h.insert(header::AUTHORIZATION, HeaderValue::from_static("Bearer ${g.s(g.base64url(43))}"));`,
      `res <- GET(url, add_headers(Authorization = paste("Bearer", "${g.s(g.alnum(40))}")))`,
    ],
    negatives: (g) => [
      'client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);',
      `$headers = @{ Authorization = "Basic ${Buffer.from('user:password').toString('base64')}" }`,
      `$headers = @{ Authorization = "Bearer $token" }`,
      'response = self.client.get(url, HTTP_AUTHORIZATION=f"Token {self.token.key}")',
      `http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "${g.alnum(20)}");`,
      'headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);',
      'h.insert(AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {}", token))?);',
      'res <- GET(url, add_headers(Authorization = paste("Bearer", Sys.getenv("API_TOKEN"))))',
    ],
  },
};

/** A header that carries a credential by its name (`X-App-Secret`, `X-Api-Key`), not a request id or a CSRF token. */
const CREDENTIAL_HEADER = /(?:^|-)(?:api-?key|apikey|key|token|secret|auth|password|credential)$/i;
const OTHER_HEADER = /(?:^|-)(?:csrf|xsrf|request|idempotency|correlation|trace|cache|public|site|captcha|upload|content|signature|nonce|device|client-id|version)(?:-|$)/i;

function validateHeaderField(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  const name = ctx.keyName ?? '';
  const scheme = /(Basic|Bearer|Token)[ \t]{1,4}$/i.exec(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start))?.[1]?.toLowerCase();
  if (/^authorization$/i.test(name)) {
    if (scheme === 'basic') return isBasicCredential(value);
    return scheme !== undefined && !JWT_SHAPE.test(value) && isLiteralToken(value.replace(/=+$/, ''), 16);
  }
  if (scheme !== undefined || !CREDENTIAL_HEADER.test(name) || OTHER_HEADER.test(name)) return false;
  return isLiteralToken(value.replace(/=+$/, ''), 16);
}

/**
 * Apple's URLRequest takes the value before the header's name: Swift `req.setValue("Bearer v", forHTTPHeaderField:
 * "Authorization")`, Objective-C `[req setValue:@"v" forHTTPHeaderField:@"X-App-Secret"]`, `addValue` alike.
 */
export const headerFieldValueRule: Rule = {
  id: 'http-header-field-value',
  provider: 'HTTP auth',
  family: 'token-format',
  priority: 'format',
  description: 'Credential set as a request header value before its name (URLRequest setValue(_:forHTTPHeaderField:) in Swift and Objective-C)',
  keywords: ['forhttpheaderfield'],
  // The value comes before the keyword (≤ 1,100 characters with its call), the header's name just after it.
  keywordWindow: { before: 1200, after: 120 },
  pattern:
    /(?:setValue|addValue)[ \t]{0,2}[(:][ \t]{0,2}@?"(?:(?:Basic|Bearer|Token)[ \t]{1,4})?(?<secret>[A-Za-z0-9._~+/=-]{8,1024})"[ \t]{0,4},?[ \t]{0,4}forHTTPHeaderField[ \t]{0,2}:[ \t]{0,2}@?"(?<key>[A-Za-z][A-Za-z0-9-]{1,60})"/,
  validate: validateHeaderField,
  skipPlaceholderCheck: true,
  envName: 'API_TOKEN',
  severity: 'error',
  docsUrl: 'https://developer.apple.com/documentation/foundation/urlrequest/setvalue(_:forhttpheaderfield:)',
  revocationUrl: null,
  revocationNote: 'Revoke the token (or change the password a Basic value decodes to) at the service it is sent to; an app bundle is readable by anyone who has the app.',
  examples: {
    positives: (g) => [
      `request.setValue("Bearer ${g.s(g.alnum(40))}", forHTTPHeaderField: "Authorization")`,
      `req.setValue("${g.s(g.hex(40))}", forHTTPHeaderField: "X-App-Secret")`,
      `[req setValue:@"Bearer ${g.s(g.base64url(43))}" forHTTPHeaderField:@"Authorization"];`,
      `[req addValue:@"${g.s(g.alnum(32))}" forHTTPHeaderField:@"X-Api-Key"];`,
    ],
    negatives: (g) => [
      'request.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")',
      'request.setValue("application/json", forHTTPHeaderField: "Content-Type")',
      `request.setValue("${g.uuid()}", forHTTPHeaderField: "X-Request-Id")`,
      `[req setValue:kClientSecret forHTTPHeaderField:@"X-Client-Secret"];`,
      `request.setValue("${g.hex(40)}", forHTTPHeaderField: "Authorization")`,
    ],
  },
};
