// Credentials sent over HTTP, wherever a request is written down: curl `-H`, wget `--header`, `.http` files,
// raw request dumps, HAR / Postman / Insomnia exports, proxy configs (`proxy_set_header`, `RequestHeader set`),
// HTTP clients in code (`.Header.Set("X-Api-Key", …)`, `HTTPBasicAuth("u", "p")`), session cookies and
// credential query parameters. The header or the call says what the value is; values must look generated,
// except passwords, which may be human.
import { lineStartNear } from '../detect/lineStartNear';
import { isLiteralPassword, isLiteralToken } from '../validators/literalArgument';
import type { ExampleGen, MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { isNotifierPayloadKey, isSearchOnlyApiKey } from '../validators/searchOnlyKey';
import { isShopifyPublicId } from '../validators/shopifyPublicIds';
import { isApplicationKeyBesideSecret } from '../validators/keyBesideSecret';

/** Header names that carry a credential: X-Api-Key, X-Auth-Token, Api-Key, Private-Token, X-Partner-Key. */
const HEADER_NAME = '(?:X-[A-Za-z0-9]{1,30}(?:-[A-Za-z0-9]{1,30}){0,4}|Api-?Key|Private-Token|Access-Token|Auth-Token|Ocp-Apim-Subscription-Key|Apikey)';
/** Words after which a header name is not a credential (`X-CSRF-Token`, `X-Request-Key`, `X-Hub-Signature`). */
// Shopify's `X-Shopify-Storefront-Access-Token` is public (it ships in every storefront page); its
// `Shopify-Storefront-Private-Token` is not. An upload service's `X-Upload-Key` is its API key (rw-dev5); resumable-upload
// headers (`X-Upload-Content-Type`, `X-Goog-Upload-Offset`) end in no credential word.
const NOT_CREDENTIAL_HEADER =
  /(?:^|-)(?:csrf|xsrf|request|idempotency|correlation|trace|cache|public|site|recaptcha|captcha|content|forwarded|real|amz|goog-hash|signature|nonce|device|client-id|app-id|account-id|user|email|tenant-id|version|storefront-access)(?:-|$)/i;
/** The last word of a credential header's name. */
// A session header (`X-Metabase-Session`, `X-Auth-Session-Id`) carries the login's session id: whoever holds it is logged in.
const CREDENTIAL_HEADER_END = /-(?:key|token|secret|auth|password|apikey|pass|pat|credential|session|session-id)$|^(?:api-?key|apikey|private-token|access-token|auth-token|ocp-apim-subscription-key)$/i;

/** Between a header's name and its value, in the ways requests are written down. */
export const HEADER_GAP =
  // A JS template literal after the colon too (`Authorization: \`ApiKey …\``; one holding `${…}` is no literal).
  '(?:["\']?[ \\t]{0,4}:[ \\t]{0,4}(?:["\'`]|\\[(?=[A-Za-z0-9]))?' + // `Name: v`, `"Name": "v"`, `-H 'Name: v'`, YAML, Go's `map[Name:[v]]`
  '|["\'][ \\t]{0,4}(?:,|=|\\][ \\t]{0,4}=)[ \\t]{0,4}["\']' + // `.Set("Name", "v")`, `req["Name"] = "v"`, `@{ "Name" = "v" }` (PowerShell, HCL, Lua)
  '|"[ \\t]{0,4},[ \\t]{0,4}"value"[ \\t]{0,4}:[ \\t]{0,4}"' + // HAR, Postman: `"name": "Name", "value": "v"`
  '|[ \\t]*\\r?\\n[ \\t]{0,12}value:[ \\t]{0,4}["\']?' + // Insomnia YAML: `- name: Name` / `  value: v`
  '|["\']?:[ \\t]*\\r?\\n[ \\t]{0,12}-[ \\t]{1,4}["\']?' + // VCR cassettes: `Name:` / `- v` (each header a list of values)
  '|[ \\t]{1,4}["\']?)'; // `proxy_set_header Name "v"`, `RequestHeader set Name "v"`

/**
 * Before a header's name: no letter or dash, except the `n`/`r`/`t` of an escape (`\r\nAuthorization: …` in a
 * request dumped as one string by a debug log).
 */
export const HEADER_START = '(?<![A-Za-z-](?<!\\\\[nrt]))';

/** Schemes of the Authorization header whose credential is a token (Basic is http-basic-auth-header's). */
// hawkBit's DDI API (rw-dev17): `TargetToken` (a device's own) and `GatewayToken` (the tenant's, for every device).
// Azure Storage's `SharedKey account:signature` (the signature made with the account key) and GLPI's `user_token`.
const TOKEN_SCHEMES = '(?:Bearer|Token|ApiKey|Api-Key|AccessKey|Key|Bot|SSWS|GenieKey|Splunk|JWT|OAuth|Client-ID|TargetToken|GatewayToken|SharedKey|SharedKeyLite|user_token|token|bearer)';

/** A header value: a token's characters (base64, base64url, hex, dots and colons of compound tokens). */
const TOKEN_VALUE = '[A-Za-z0-9._~+/=:-]{8,4096}'; // hush:allow: a character class the generic assignment rule misreads

/** A JWT: the jwt rule reports it (it checks the header), so header rules leave it. */
const JWT_SHAPE = /^eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\./;

/** The word before a space-separated header name says it is a header (`proxy_set_header Name v`). */
function spacedHeaderContext(text: string, keyAt: number): boolean {
  const before = text.slice(lineStartNear(text, keyAt, keyAt - 200), keyAt);
  // Caddy's header matcher and directive (`@internal header X-Internal-Token v`, `header X-Api-Key v`), alone on the line.
  if (/^[ \t]{0,40}(?:@[\w-]{1,40}[ \t]{1,4})?header[ \t]{1,4}$/.test(before)) return true;
  // Fluent Bit's http output (`Header  X-Ingest-Key v`): the directive leads its line, aligned like the others.
  if (/^[ \t]{0,40}Header[ \t]{1,24}$/.test(before)) return true;
  // HAProxy's `http-request set-header Name v` / `http-response add-header Name v` (rw-dev12: a backend token).
  return /(?:proxy_set_header|add_header|grpc_set_header|more_set_(?:input_)?headers|RequestHeader[ \t]{1,4}(?:set|append|add|merge)|Header[ \t]{1,4}(?:set|append|add|always[ \t]{1,4}set)|http-(?:request|response|after-response)[ \t]{1,4}(?:set|add)-header)[ \t]{1,4}["']?$|\bheader_(?:up|down)[ \t]{1,4}\+?$/i.test(
    before,
  );
}

/** Only blanks (and an opening quote) join the name and the value: the form proxy configs use. */
function gapIsSpaced(text: string, keyEnd: number, valueStart: number): boolean {
  return /^[ \t]{1,4}["']?$/.test(text.slice(keyEnd, valueStart));
}

function keyAt(ctx: MatchContext): number {
  return ctx.keyName ? ctx.text.lastIndexOf(ctx.keyName, ctx.start) : -1;
}

/** A token value from a header: generated-looking, not a JWT (its own rule), not a reference or stand-in. */
function headerToken(value: string): boolean {
  if (JWT_SHAPE.test(value)) return false;
  // `Bearer:`, `token=` and other fragments of a scheme.
  if (/^[:=]/.test(value) || /^(?:bearer|token|basic)$/i.test(value)) return false;
  return isLiteralToken(value.replace(/=+$/, ''), 16);
}

/**
 * A signed URL's own signature (`/download/report.pdf?sig=<hmac>&expires=1772445611`, a CDN's `?exp=…&sig=…`): the
 * same URL carries its expiry, so `sig` is an HMAC of that one URL until then, made with a key that is not in the
 * text. Azure SAS tokens (`se=`, `sv=`) are their own rule.
 */
function isExpiringSignedUrl(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 600);
  const before = text.slice(from, start);
  const urlStart = Math.max(before.lastIndexOf('?'), 0);
  const head =
    before
      .slice(urlStart)
      .split(/[\s"'<>]/)
      .pop() ?? '';
  const tail = /^[^\s"'<>]{0,600}/.exec(text.slice(end, end + 600))?.[0] ?? '';
  return /(?:^|[?&])(?:exp|expires|expiry|expiration|expires_at)=\w/i.test(`${head}${tail}`);
}

const base = {
  family: 'token-format' as const,
  priority: 'format' as const,
  skipPlaceholderCheck: true,
  severity: 'error' as const,
  revocationUrl: null,
};

const tok = (g: ExampleGen) => g.alnum(40);

export const httpAuthRules: Rule[] = [
  {
    ...base,
    id: 'nginx-header-comparison',
    provider: 'HTTP auth',
    description: 'Shared API key or token an nginx config compares a request header with (`if ($http_x_api_key != "…")`)',
    keywords: ['$http_'],
    // nginx names a request header `$http_` + its name in lower case with `_` for `-`; the gate compares it with the
    // one accepted value, which is the shared credential.
    pattern: /\$http_(?<key>[a-z0-9_]{0,60}(?:key|token|secret|auth|apikey))[ \t]{0,4}!?=[ \t]{0,4}(?<q>["']?)(?<secret>[A-Za-z0-9._~+/=-]{16,512})\k<q>[ \t]{0,4}\)/,
    validate: (value, ctx) => !NOT_CREDENTIAL_HEADER.test((ctx.keyName ?? '').replace(/_/g, '-').replace(/-(?:key|token|secret|auth|apikey)$/, '')) && headerToken(value),
    envName: 'API_KEY',
    docsUrl: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#var_http_',
    revocationNote: 'Change the shared key (in the nginx config and at every client that sends it) and keep it in an included file outside the repository.',
    examples: {
      positives: (g) => [`        if ($http_x_internal_token != "${g.s(g.hex(48))}") { return 403; }`, `    if ($http_x_api_key != ${g.s(g.alnum(32))}) {`],
      negatives: (g) => [
        `        if ($http_x_request_token != "${g.hex(32)}") { return 403; }`,
        '        if ($http_x_api_key = "") { return 401; }',
        `        if ($http_x_api_key != $expected_key) { return 403; }`,
      ],
    },
  },
  {
    ...base,
    id: 'http-authorization-token',
    provider: 'HTTP auth',
    description: 'Token in an HTTP Authorization header (Bearer, Token, ApiKey, …) written in a command, request, export or config',
    keywords: ['authorization'],
    keywordWindow: { before: 8, after: 4200 },
    // ThingsBoard's REST API takes its JWT in `X-Authorization` (rw-dev17).
    // SharedKey's value is `account:signature`: the storage account's name (3–24 lower-case letters and digits) is no secret.
    // Structured logs write the header as a field: `Authorization=Bearer X`, logfmt's `authorization="Bearer X"`.
    pattern: new RegExp(
      `${HEADER_START}(?<key>(?:Proxy-|X-)?Authorization)(?:${HEADER_GAP}|[ \\t]{0,4}=[ \\t]{0,4}["']?)${TOKEN_SCHEMES}[ \\t]{1,4}(?:token=["']?|[a-z0-9]{3,24}:(?=[A-Za-z0-9+/]{43}=))?(?<secret>${TOKEN_VALUE})`,
      'i',
    ),
    validate: (value, ctx) => {
      const at = keyAt(ctx);
      if (at < 0) return false;
      // `Authorization Bearer x` with only blanks between: a header only in proxy configs, a sentence elsewhere.
      const gap = ctx.text.slice(at + (ctx.keyName?.length ?? 0), ctx.start);
      if (/^[ \t]{1,4}["']?[A-Za-z-]{2,12}[ \t]{1,4}(?:token=["']?)?$/.test(gap) && !spacedHeaderContext(ctx.text, at)) return false;
      return headerToken(value);
    },
    envName: 'API_TOKEN',
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc6750',
    revocationNote: 'Revoke the token at the service that issued it (its API tokens or OAuth apps page) and send it from a variable or secret store.',
    examples: {
      positives: (g) => [
        `curl -H "Authorization: Bearer ${g.s(tok(g))}" https://api.example.com/v1/me`,
        `curl -H "Authorization: TargetToken ${g.s(g.hex(32))}" https://hawkbit.example.com/DEFAULT/controller/v1/gw-0042`,
        `curl -s -H "X-Authorization: Bearer ${g.s(tok(g))}" "http://tb.example.com:8080/api/tenant/devices?pageSize=10&page=0"`,
        `wget --header="Authorization: Bearer ${g.s(g.hex(64))}" -O report.csv https://reports.example.com/daily.csv`,
        `GET https://api.example.com/orders\nAuthorization: Token ${g.s(g.hex(40))}\nAccept: application/json\n`,
        `{ "name": "Authorization", "value": "Bearer ${g.s(tok(g))}" }`,
        `        proxy_set_header Authorization "Bearer ${g.s(tok(g))}";`,
        `HEADERS = {"Authorization": "Token ${g.s(g.hex(40))}", "Accept": "application/json"}`,
        `  -H "Authorization: ApiKey ${g.s(btoa(`${g.alnum(20)}:${g.alnum(22)}`))}" \\`,
        // Elasticsearch's API key in a JS template literal.
        `const headers = { 'kbn-xsrf': 'true', Authorization: \`ApiKey ${g.s(btoa(`${g.alnum(20)}:${g.alnum(22)}`))}\` };`,
        `      - name: Authorization\n        value: Token ${g.s(g.hex(40))}`,
        `              - "Authorization:Bearer ${g.s(`${g.alnum(12)}.${g.alnum(33)}`)}"`,
        `curl -H "x-ms-version: 2023-11-03" -H "Authorization: SharedKey stdata01:${g.s(g.base64(43) + '=')}" https://stdata01.blob.core.windows.net/?comp=list`,
        `Invoke-RestMethod https://glpi.example.local/apirest.php/initSession -Headers @{ 'Authorization' = 'user_token ${g.s(g.hex(32))}' }`,
        // A request logged as fields (rw-dev23): key=value and logfmt.
        `2026-03-01T10:00:01Z INFO sync request method=GET url=https://api.example.com/v2/me Authorization=Bearer ${g.s(tok(g))} status=200`,
        `level=debug msg="outgoing request" authorization="Bearer ${g.s(tok(g))}" host=api.example.com`,
      ],
      negatives: () => [
        'curl -H "Authorization: Bearer $TOKEN" https://api.example.com',
        'curl -H "Authorization: Bearer <token>" https://api.example.com',
        'Authorization: Bearer YOUR_ACCESS_TOKEN',
        'headers: { Authorization: `Bearer ${token}` }',
        "headers: { Authorization: 'Bearer ' + accessToken }",
        'Authorization: Bearer ${{ secrets.API_TOKEN }}',
        'The Authorization header carries a bearer token issued by the identity provider.',
        'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc',
        'Authorization: SharedKey myaccount:<signature>',
        "headers = { 'Authorization': 'user_token ' + session.user_token }",
        'level=debug msg="outgoing request" authorization="Bearer <redacted>" host=api.example.com',
        'req.Header.Authorization = "Bearer " + os.Getenv("API_TOKEN")',
        'authorization=Bearer ${API_TOKEN} curl_args="-s"',
      ],
    },
  },
  {
    ...base,
    id: 'http-credential-header',
    provider: 'HTTP auth',
    description: 'API key or token in a credential header (X-Api-Key, X-Auth-Token, Api-Key, Private-Token, X-…-Key)',
    keywords: ['-key', '-token', '-secret', '-auth', 'apikey', '-credential', '-session'],
    // The keyword ends the header's name (≤ 160 characters), the value follows it.
    keywordWindow: { before: 200, after: 4300 },
    pattern: new RegExp(`(?<![A-Za-z0-9_-](?<!\\\\[nrt]))(?<key>${HEADER_NAME})${HEADER_GAP}(?<secret>${TOKEN_VALUE})`, 'i'),
    validate: (value, ctx) => {
      const name = ctx.keyName ?? '';
      if (!CREDENTIAL_HEADER_END.test(name) || NOT_CREDENTIAL_HEADER.test(name.replace(/-(?:key|token|secret|auth|password|apikey|pass|pat|credential|session|session-id)$/i, ''))) return false;
      const at = keyAt(ctx);
      if (at < 0) return false;
      const end = at + name.length;
      // Space-separated only in proxy configs; a YAML or JSON key (`X-Api-Key: v`) is a header in a request, a gateway
      // or client config — all written the same way.
      if (gapIsSpaced(ctx.text, end, ctx.start) && !spacedHeaderContext(ctx.text, at)) return false;
      // A value with Google's API key prefix is Google's rule's to judge (a Firebase web config's `apiKey`).
      // An error tracker's event payload names its notifier key `apiKey`: public by design (isNotifierPayloadKey).
      // A Shopify app config's `apiKey` is the app's client id (isShopifyPublicId).
      // A Tuya project's Access ID beside its secret (tinytuya.json's `apiKey`) names the project (isApplicationKeyBesideSecret).
      return (
        headerToken(value) &&
        !value.startsWith('AIza') &&
        !isSearchOnlyApiKey(ctx) &&
        !isNotifierPayloadKey(ctx) &&
        !isShopifyPublicId(ctx, name, value) &&
        !isApplicationKeyBesideSecret(value, name, at, ctx.text)
      );
    },
    envName: 'API_KEY',
    docsUrl: 'https://swagger.io/docs/specification/v3_0/authentication/api-keys/',
    revocationNote: 'Revoke the key at the service it belongs to and create a new one; keep it in a secret store, not in the request you share.',
    examples: {
      positives: (g) => [
        `curl -H 'X-Api-Key: ${g.s(g.hex(32))}' https://api.example.com/v2/reports`,
        `X-Api-Token: ${g.s(g.alnum(32))}`,
        `        proxy_set_header X-Api-Key "${g.s(g.hex(32))}";`,
        `    RequestHeader set X-Tenant-Token "${g.s(g.hex(32))}"`,
        `\treq.Header.Set("X-Client-Key", "${g.s(g.hex(32))}")`,
        `    req["X-Billing-Key"] = "${g.s(tok(g))}"`,
        `"header": [{ "key": "X-Partner-Key", "value": "${g.s(tok(g))}" }],`,
        `              - "X-Internal-Key:${g.s(tok(g))}"`,
        `[OUTPUT]\n    Name        http\n    Header      X-Ingest-Key ${g.s(g.uuid())}`,
        `    request:\n      headers:\n        X-Partner-Secret:\n        - ${g.s(g.hex(32))}`,
        `    hdrs = curl_slist_append(hdrs, "X-Upload-Key: ${g.s(g.hex(32))}");`,
        `    curl -H 'X-Metabase-Session: ${g.s(g.uuid())}' https://bi.example.com/api/card/412/query/csv`,
      ],
      negatives: (g) => [
        'curl -H "X-Api-Key: $API_KEY" https://api.example.com',
        `X-Request-Id: ${g.hex(32)}`,
        `X-CSRF-Token: ${g.alnum(32)}`,
        `X-Request-Session-Id: ${g.uuid()}`,
        'X-Session: $SESSION_ID',
        `X-Hub-Signature-256: sha256=${g.hex(64)}`,
        'X-Api-Key: <your-api-key>',
        `X-Auth-Email: ops@example.com`,
        'The X-Api-Key header must be sent with every request.',
        `    Header      X-Request-Key ${g.uuid()}`,
        `X-Upload-Content-Type: video/mp4`,
        `X-Goog-Upload-Offset: ${g.digits(6)}`,
        `        X-Api-Key:\n        - <your-api-key>`,
        `{\n    "apiKey": "${g.lower(20)}",\n    "apiSecret": "${g.hex(32)}",\n    "apiRegion": "eu"\n}`,
      ],
    },
  },
  {
    ...base,
    id: 'http-session-cookie',
    provider: 'HTTP auth',
    description: 'Session cookie value in a Cookie header, curl -b / --cookie, Set-Cookie or a HAR export',
    keywords: ['sess', 'sid', 'remember', 'auth', 'cookies', 'wordpress_', 'unifises'],
    // What the validator asks to find before the name (`Cookie:`, curl's `-b`): without one the rule is skipped.
    contextKeywords: ['cookie', '-b ', '-b\t', '"domain"'],
    keywordWindow: { before: 64, after: 4200 },
    // A match starts at the cookie's name, at most 40 name characters before its session word: tried only there,
    // not at every position of a 4 KB window.
    matchStarts: [{ words: ['sess', 'sid', 'auth', 'remember', 'aspnetcore.cookies', 'wordpress_', 'unifises'], before: 40 }],
    pattern: new RegExp(
      `(?<![A-Za-z0-9_.-])(?<key>[A-Za-z0-9_.-]{0,40}(?:sess(?:ion)?(?:[_.-]?(?:id|token|key|data))?|SESS(?:ION)?(?:[_-]?(?:ID|TOKEN|KEY|DATA))?(?:SSO)?|unifises|sysauth(?:_https?)?|[sS]ession[A-Za-z]{0,12}|sid|SID|auth[_.-]?token|remember[_-](?:user[_-])?token|remember_[a-z]{2,12}_[0-9a-f]{40}|AspNetCore\\.Cookies|wordpress_(?:logged_in|sec)_[0-9a-f]{32})(?:_[A-Z0-9]{1,12}){0,3}(?:\\.[0-9a-f]{8})?)(?:="?|"[ \\t]{0,4}(?:,[ \\t]{0,4}"value"[ \\t]{0,4})?:[ \\t]{0,4}"|'[ \\t]{0,4}:[ \\t]{0,4}')(?:s%3A|s:)?(?<secret>[^;\\s"'\`,&<>]{16,4096})`,
    ),
    validate: (value, ctx) => {
      const at = keyAt(ctx);
      if (at < 0 || /csrf|xsrf/i.test(ctx.keyName ?? '')) return false;
      // A cookie context on the line or just above it: `Cookie:`, `Set-Cookie:`, curl `-b` / `--cookie`, `"cookies"`.
      const from = lineStartNear(ctx.text, at, at - 4096);
      const before = ctx.text.slice(Math.max(0, from - 300), at);
      // An exported cookie object (browser extensions, Playwright / Puppeteer storage state) names its domain.
      const line = ctx.text.slice(from, ctx.text.indexOf('\n', ctx.end) < 0 ? undefined : ctx.text.indexOf('\n', ctx.end));
      if (!/cookie|(?:^|\s)-b[ \t]/i.test(before) && !/"domain"[ \t]{0,4}:/.test(line)) return false;
      // Signed cookies may start with slashes (base64 of binary): they are not paths here.
      // A percent-encoded padding (`%3D`) ends many cookie values.
      const v = value
        .replace(/^\/+/, '')
        .replace(/(?:%3[dD])+$/, '')
        .replace(/=+$/, '');
      return isLiteralToken(v, 16) || (/^[a-z0-9]{24,}$/.test(value) && !/^(.)\1+$/.test(value));
    },
    envName: 'SESSION_COOKIE',
    docsUrl: 'https://owasp.org/www-community/attacks/Session_hijacking_attack',
    revocationNote: 'Log the session out (or invalidate all sessions of that user) at the application; a shared session cookie gives the same access as the login.',
    examples: {
      positives: (g) => [
        `curl -b 'PHPSESSID=${g.s(g.lower(26))}' https://legacy.example.com/members.php`,
        `curl --cookie "JSESSIONID=${g.s(g.hex(32).toUpperCase())}" https://erp.example.com/members`,
        // Jenkins names its Jetty session cookie with an instance suffix; vSphere quotes its SOAP session's value.
        `Cookie: JSESSIONID.${g.hex(8)}=${g.s(`node0${g.lower(26)}.node0`)}; screenResolution=1920x1080`,
        `Cookie: vmware_soap_session="${g.s(g.hex(40))}"; Path=/; HttpOnly`,
        `  -H 'cookie: _ga=GA1.1.61048.857; connect.sid=s%3A${g.s(`${g.alnum(32)}.${g.alnum(43)}`)}; theme=dark' \\`,
        `< set-cookie: session=${g.s(g.base64url(43))}; Path=/; HttpOnly; Secure`,
        `< set-cookie: SESSION=${g.s(g.base64url(32))}; Path=/; HttpOnly`,
        `Cookie: SAP_SESSIONID_PRD_100=${g.s(`${g.base64url(40)}%3d`)}; sap-usercontext=sap-client=100`,
        `-H 'cookie: remember_web_${g.hex(40)}=${g.s(`${g.digits(4)}%7C${g.alnum(60)}`)}'`,
        `Cookie: wordpress_logged_in_${g.hex(32)}=${g.s(`admin%7C17${g.digits(8)}%7C${g.alnum(43)}%7C${g.hex(64)}`)}; wp-settings-1=libraryContent`,
        `{ "name": "Cookie", "value": "sessionid=${g.s(g.lower(32))}; _ga=GA1.1.0785.0224; theme=dark" }`,
        `"cookies": [\n  { "name": "sessionid", "value": "${g.s(g.lower(32))}" }\n]`,
        `COOKIES = {"session": "${g.s(g.base64url(43))}"}`,
        // Django's debug page and logs print the request's cookies as a Python dict.
        `  request.COOKIES = {'csrftoken': '${g.alnum(32)}', 'sessionid': '${g.s(g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32))}'}`,
        // Network gear's own session cookies: UniFi's controller, Cisco's SSO, OpenWrt LuCI.
        `#   Set-Cookie: unifises=${g.s(g.alnum(32))}; Path=/; Secure; HttpOnly`,
        `< Set-Cookie: JSESSIONIDSSO=${g.s(g.hex(32).toUpperCase())}; Path=/; Secure; HttpOnly`,
        `{ "name": "Cookie", "value": "sysauth_http=${g.s(g.hex(32))}" }`,
        `  { "domain": ".example.com", "name": "connect.sid", "value": "s%3A${g.s(`${g.base64url(32)}.${g.base64url(43)}`)}", "httpOnly": true },`,
      ],
      negatives: (g) => [
        `curl -b 'csrftoken=${g.alnum(32)}' https://example.com`,
        'curl --cookie "session=$SESSION" https://example.com',
        `session_id = "${g.alnum(32)}"`,
        'Set-Cookie: sessionid=deleted; expires=Thu, 01 Jan 1970 00:00:00 GMT',
        `Cookie: theme=dark; lang=${g.lower(2)}`,
        // A session store's settings beside a cookie's name, not a cookie's value.
        `SESSION_COOKIE_NAME = 'sessionid'\nsettings = {'session_engine': 'django.contrib.sessions.backends.cache'}`,
      ],
    },
  },
  {
    ...base,
    id: 'curl-oauth2-bearer',
    provider: 'HTTP auth',
    description: "Bearer token given to curl's --oauth2-bearer option",
    keywords: ['--oauth2-bearer'],
    keywordWindow: { before: 2, after: 4200 },
    pattern: new RegExp(`--oauth2-bearer(?:[ \\t]{1,4}|=)["']?(?<secret>${TOKEN_VALUE})`),
    validate: (value) => headerToken(value),
    envName: 'API_TOKEN',
    docsUrl: 'https://curl.se/docs/manpage.html#--oauth2-bearer',
    revocationNote: 'Revoke the token at the service that issued it and pass it from a variable (curl reads `--oauth2-bearer "$TOKEN"`).',
    examples: {
      positives: (g) => [`curl --oauth2-bearer ${g.s(tok(g))} https://api.example.com/v1/me`, `curl -s --oauth2-bearer "${g.s(`${g.alnum(12)}.${g.base64url(32)}`)}" "$API/v2/items"`],
      negatives: () => ['curl --oauth2-bearer "$TOKEN" https://api.example.com', 'curl --oauth2-bearer <token> https://api.example.com', 'Use --oauth2-bearer to send a bearer token.'],
    },
  },
  {
    ...base,
    id: 'scheme-prefixed-token-value',
    provider: 'HTTP auth',
    description: 'Token stored with its scheme under a token or header name (`token = "Bearer …"`, `AUTH_HEADER="Token …"`)',
    // `Token ` only right after a separator or quote: as a word it is everywhere.
    keywords: ['bearer ', '"token ', "'token ", '=token ', ': token ', '= token ', 'bot '],
    keywordWindow: { before: 120, after: 4200 },
    // The name ends in a word that says it holds the credential or the header; the value is the header's value.
    pattern: new RegExp(
      `(?<![A-Za-z0-9_.-])(?<key>[A-Za-z0-9_.-]{0,40}(?:token|Token|TOKEN|auth|Auth|AUTH|header|Header|HEADER|credentials?|Credentials?|CREDENTIALS?))["']?[ \\t]{0,4}[=:][ \\t]{0,4}["']?(?:Bearer|Token|Bot|bearer|BEARER)[ \\t]{1,4}(?<secret>${TOKEN_VALUE})`,
    ),
    validate: (value, ctx) => {
      // `Authorization` names are http-authorization-token's; token types (`token_type: Bearer`) hold no value.
      if (/authorization$/i.test(ctx.keyName ?? '') || /type$/i.test(ctx.keyName ?? '')) return false;
      return headerToken(value);
    },
    envName: 'API_TOKEN',
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc6750',
    revocationNote: 'Revoke the token at the service that issued it and keep only a reference (an environment variable or secret store) in the file.',
    examples: {
      positives: (g) => [`[registries.acme]\ntoken = "Bearer ${g.s(g.base64url(40))}"\n`, `AUTH_HEADER="Token ${g.s(g.hex(40))}"`, `  api_credentials: Bearer ${g.s(tok(g))}`],
      negatives: () => ['token = "Bearer ${TOKEN}"', 'AUTH_HEADER="Bearer <token>"', 'token_type: Bearer', 'auth_header = "Bearer " + token'],
    },
  },
  {
    ...base,
    id: 'http-client-plain-basic',
    provider: 'HTTP auth',
    description: 'User and password written in clear after Basic or Digest, as the JetBrains HTTP client accepts (`Authorization: Basic user password`)',
    keywords: ['authorization'],
    keywordWindow: { before: 8, after: 400 },
    // The whole header line: a user, one password, nothing after it (a sentence goes on; base64 is one word).
    pattern: /(?<![A-Za-z-])Authorization[ \t]{0,4}:[ \t]{0,4}(?:Basic|Digest)[ \t]{1,4}(?<key>[^\s:"'{}<>$]{1,64})[ \t]{1,4}(?<secret>[^\s"'{}<>]{3,128})[ \t]*$/m,
    validate: (value) => isLiteralPassword(value),
    envName: 'HTTP_PASSWORD',
    docsUrl: 'https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html',
    revocationNote: "Change the account's password at the service and reference it from the private environment file ({{password}}).",
    examples: {
      positives: (g) => [`GET https://api.example.com/legacy\nAuthorization: Basic admin ${g.s(humanPassword(g))}\n`, `GET {{host}}/report\nAuthorization: Digest reporter ${g.s(g.alnum(14))}\n`],
      negatives: () => ['Authorization: Basic {{user}} {{password}}', 'Authorization: Basic dXNlcjpwYXNz', 'Authorization: Digest username="a", realm="b"', 'Authorization: Basic admin <password>'],
    },
  },
  {
    ...base,
    id: 'http-basic-auth-call',
    provider: 'HTTP auth',
    description: "Password given to an HTTP client's basic-auth call (HTTPBasicAuth, SetBasicAuth, basic_auth, reqwest's basic_auth(u, Some(p)), clj-http's :basic-auth [u p], CURLOPT_USERPWD)",
    keywords: ['basicauth', 'basic_auth', 'basic-auth', 'setbasicauth', 'networkcredential', 'usernamepasswordcredentials', 'userpwd', 'auth=(', 'auth = ('],
    keywordWindow: { before: 16, after: 420 },
    pattern:
      /(?:(?:HTTPBasicAuth|HttpBasicAuth|BasicAuth|SetBasicAuth|basic_auth|basicAuth|withBasicAuth|NetworkCredential|UsernamePasswordCredentials|PasswordAuthentication|Credentials\.basic)[ \t]{0,2}\([ \t]{0,4}["'][^"'\n]{0,100}["'][ \t]{0,4},[ \t]{0,4}(?:new[ \t]{1,4}String\(|Some\()?|:basic-auth[ \t]{1,4}\[[ \t]{0,4}"[^"\n]{0,100}"[ \t,]{1,4}|\bauth[ \t]{0,2}=[ \t]{0,2}\([ \t]{0,4}["'][^"'\n]{0,100}["'][ \t]{0,4},[ \t]{0,4}|CURLOPT_USERPWD[ \t]{0,4},[ \t]{0,4}["'][^"':\n]{0,100}:(?:["'][ \t]{0,4}\.[ \t]{0,4})?)["']?(?<secret>[^"'\n]{1,128})["']/,
    validate: (value) => isLiteralPassword(value),
    envName: 'HTTP_PASSWORD',
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc7617',
    revocationNote: 'Change the password of that account at the service; read it from the environment or a secret store in the client.',
    examples: {
      positives: (g) => [
        `    return requests.get(url, auth=requests.auth.HTTPBasicAuth("acme", "${g.s(humanPassword(g))}"))`,
        `\treq.SetBasicAuth("acme-sync", "${g.s(humanPassword(g))}")`,
        `    req.basic_auth("acme", "${g.s(humanPassword(g))}")`,
        `        .basic_auth("sync-bot", Some("${g.s(humanPassword(g))}"))`,
        `(http/get url {:basic-auth ["shop" "${g.s(humanPassword(g))}"]})`,
        `    auth = aiohttp.BasicAuth("acme", "${g.s(humanPassword(g))}")`,
        `r = requests.get(url, auth=("svc", "${g.s(g.alnum(16))}"))`,
        `        curl_setopt($ch, CURLOPT_USERPWD, 'acme:' . '${g.s(humanPassword(g))}');`,
      ],
      negatives: () => [
        'requests.get(url, auth=HTTPBasicAuth(user, os.environ["PW"]))',
        'req.SetBasicAuth(cfg.User, cfg.Password)',
        'auth = aiohttp.BasicAuth("acme", "<password>")',
        'requests.get(url, auth=("user", "password"))',
        '.basic_auth(&cfg.user, Some(&cfg.password))',
        '(http/get url {:basic-auth [user password]})',
      ],
    },
  },
  {
    ...base,
    id: 'url-query-credential',
    provider: 'HTTP auth',
    description: 'Key or signature in a URL query parameter (?key=, &sig=, ?auth=)',
    // Names the generic assignment rule does not read as secrets (it owns `?token=`, `?api_key=`, `?access_token=`).
    // `appid` is the API key's name at OpenWeatherMap and services modelled on it.
    // `API` is StatusCake's (`/v1/Tests?API=…&Username=…`); `cle`, `clef`, `clave`, `chave` are `key` in French,
    // Spanish and Portuguese, as partners name a webhook's query key (`?cle=…`).
    keywords: ['?key=', '&key=', '?sig=', '&sig=', '?auth=', '&auth=', '?appid=', '&appid=', '?api=', '&api=', '?cle=', '&cle=', '?clef=', '&clef=', '?clave=', '&clave=', '?chave=', '&chave='],
    keywordWindow: { before: 2, after: 560 },
    pattern: /[?&](?<key>key|sig|auth|appid|API|api|cle|clef|clave|chave)=(?<secret>[A-Za-z0-9._~+/%-]{16,512})(?![A-Za-z0-9._~+/%-])/,
    validate: (value, ctx) => {
      // Public embed tokens of badges and images (`badge.svg?token=…`).
      const url = ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start);
      if (/\.(?:svg|png|gif|jpe?g)\?[^\s"'?]*$|badge|shields\.io|codecov\.io/i.test(url)) return false;
      if (ctx.keyName === 'sig' && isExpiringSignedUrl(ctx.text, ctx.start, ctx.end)) return false;
      // A key that says it is public (`?key=pub_…`, `pk_…`, `public-…`): a browser's script or widget key.
      if (/^(?:pub|pk|public)[_-]/i.test(value)) return false;
      const v = value.replace(/%3D/gi, '=').replace(/=+$/, '');
      return isLiteralToken(v, /^(?:key|sig|appid|API|api|cle|clef|clave|chave)$/.test(ctx.keyName ?? '') ? 20 : 16);
    },
    envName: 'API_KEY',
    docsUrl: 'https://owasp.org/www-community/vulnerabilities/Information_exposure_through_query_strings_in_url',
    revocationNote: 'Revoke the key or token at the service; URLs end up in logs, proxies and browser history, so send credentials in a header instead.',
    examples: {
      positives: (g) => [
        `      - url: https://hooks.example.io/alerts?key=${g.s(g.alnum(24))}`,
        `GET /v1/export?format=csv&auth=${g.s(g.alnum(32))} HTTP/1.1`,
        `curl -s "https://api.statuscake.com/v1/Tests?API=${g.s(g.alnum(20))}&Username=ops"`,
        `url=https://hooks.partner.example/acme?cle=${g.s(g.base64(44))} status=200`,
      ],
      negatives: (g) => [
        `[![codecov](https://codecov.io/gh/acme/app/graph/badge.svg?token=${g.alnum(10)}${g.alnum(8)})](https://codecov.io/gh/acme/app)`,
        'https://example.com/search?key=value&sort=asc',
        'https://example.com/cache?key=user-profile-settings-v2',
        'https://example.com/docs?api=payments-v2-reference',
        'https://example.es/buscar?clave=precio-alquiler-madrid',
        'https://example.com/x?api_key=YOUR_API_KEY',
        `<script src="https://js.example-analytics.com/v1?key=pub_${g.alnum(20)}"></script>`,
      ],
    },
  },
  {
    ...base,
    id: 'postman-auth-value',
    provider: 'HTTP auth',
    description: "Token or password in a Postman collection's auth block (bearer, basic, apikey, oauth2)",
    keywords: ['"key"'],
    keywordWindow: { before: 8, after: 600 },
    pattern:
      /"key"[ \t]{0,4}:[ \t]{0,4}"(?<key>token|password|value|accessToken|access_token|clientSecret|client_secret|apiKey|secret)"[ \t]{0,4},[ \t]{0,4}"value"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[^"\\\n]{1,512})"/,
    validate: (value, ctx) => {
      // Inside an auth block: `"bearer": [`, `"basic": [`, `"apikey": [`, `"oauth2": [` shortly before.
      const before = ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start);
      if (!/"(?:bearer|basic|apikey|oauth2|oauth1|digest|ntlm|awsv4|hawk|akamai|jwt)"[ \t]{0,4}:[ \t]{0,4}\[[^\]]{0,380}$/.test(before)) return false;
      return ctx.keyName === 'password' ? isLiteralPassword(value) : headerToken(value);
    },
    envName: 'API_TOKEN',
    docsUrl: 'https://learning.postman.com/docs/sending-requests/authorization/authorization/',
    revocationNote: 'Revoke the token (or change the password) at the service; keep it in a Postman environment marked secret, not in the exported collection.',
    examples: {
      positives: (g) => [
        `"auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "${g.s(tok(g))}", "type": "string" }] },`,
        `"auth": {\n  "type": "basic",\n  "basic": [\n    { "key": "username", "value": "partner", "type": "string" },\n    { "key": "password", "value": "${g.s(humanPassword(g))}", "type": "string" }\n  ]\n}`,
      ],
      negatives: () => ['"bearer": [{ "key": "token", "value": "{{partner_token}}", "type": "string" }]', '"variable": [{ "key": "token", "value": "abc" }]'],
    },
  },
];
