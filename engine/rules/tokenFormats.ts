// Provider-neutral credential formats: JWTs, URLs with user:password, HTTP Basic authorization headers.
import type { MatchContext, Rule } from '../types';
import { decodeBase64Text } from './credentialFiles';
import { isDocumentedSampleJwt } from '../validators/placeholder';
import { fileKind, isApiExamples } from '../validators/fileKind';
import { looksRandom } from '../validators/valueStats';
import { isHandMadeJwt } from '../validators/tokenStructure';
import { safeDecode } from './generic/urlCredentials';
import { HEADER_GAP, HEADER_START } from './httpAuth';
import { isStandIn } from '../validators/literalArgument';
import { lineSaysNotSecret } from '../validators/notSecretRemark';
import { isKeyAsBasicUser } from './httpKeyHeaders';
import { b64urlText as b64url, base64Json } from './tokenShapes';

/** Base64 of `user:password` (the user may be empty: tokens sent as a password), not a documented stand-in pair. */
export function isBasicCredential(value: string): boolean {
  const text = decodeBase64Text(value);
  if (text === undefined) return false;
  const colon = text.indexOf(':');
  if (colon < 0 || colon > 200 || /\s/.test(text.slice(0, colon))) return false;
  const password = text.slice(colon + 1);
  // An API key as the user with an empty password (Onfleet, Stripe, Chargebee, Unity Cloud Build, `key:X` for Freshdesk): the key alone.
  if (isKeyAsBasicUser(text.slice(0, colon), password)) return true;
  // A passphrase keeps its single spaces (`user:tangent cactus river 046`); other blanks are not a credential.
  if (/\s/.test(password) && !/^\S+(?: \S+){1,7}$/.test(password)) return false;
  return password.length >= 3 && !isStandIn(password);
}

/** Base64 of `user:password` with both halves: a login pair, not a token sent with an empty user. */
function isUserPasswordPair(value: string): boolean {
  const text = decodeBase64Text(value) ?? '';
  return /^[^\s:]{1,200}:\S/.test(text);
}

/**
 * A password in an http(s)/ftp URL: not a stand-in, not escapes alone (`%2F%40` decodes to `/@`: a URL parser's
 * test), and in tests random-looking (parser tests are full of `user:pass@host` dummies).
 */
function validateBasicAuthUrlPassword(value: string, ctx: MatchContext): boolean {
  if (URL_PLACEHOLDER.test(value)) return false;
  // A slot named in capitals (`https://USERNAME:PERSONAL_ACCESS_TOKEN@host`): the name of what goes there.
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(value) && /(?:TOKEN|PASSWORD|PASSWD|PASS|PWD|SECRET|KEY|PAT)S?$/.test(value)) return false;
  const decoded = safeDecode(value);
  if (!/[\p{L}\p{N}]/u.test(decoded)) return false;
  return fileKind(ctx.path) !== 'test' || looksRandom(decoded);
}

/** A JWT's header is base64url JSON naming its algorithm. */
function hasJwtHeader(token: string): boolean {
  return typeof base64Json(token.slice(0, token.indexOf('.')))?.alg === 'string';
}

/** Values that only name the password field in docs (`https://user:password@host`). */
// CI runners print masked variables as `[MASKED]` (GitLab), `[secure]` (Travis), `[FILTERED]`/`[REDACTED]` elsewhere.
const URL_PLACEHOLDER = /^(?:pass(?:word|wd)?|pw|pwd|secret|token|apikey|api_key|key|x+|\*+|\.+|[0-9]{1,5}|\[(?:masked|secure|filtered|redacted|hidden)\])$/i;

/**
 * A token for the `anon` role (Supabase's anon key, PostgREST's anonymous role): public by design, shipped in every
 * browser bundle; only row-level security protects the data.
 */
function isAnonRoleJwt(token: string): boolean {
  return base64Json(token.split('.')[1] ?? '')?.role === 'anon';
}

/** A test's hand-made token (tokenStructure.ts): a fixture, in test files only. */
const isHandMadeTestJwt = (token: string, path: string | undefined) => fileKind(path) === 'test' && isHandMadeJwt(token);

/** Both Basic-header rules: the blob decodes to a login. */
const BASIC_BLOB_NOTE = 'Change the password of the account it decodes to (user:password) at the service it was sent to.';

export const tokenFormatRules: Rule[] = [
  {
    id: 'jwt',
    provider: 'JSON Web Token',
    family: 'token-format',
    priority: 'format',
    description: 'JSON Web Token (signed)',
    keywords: ['eyj'],
    pattern: /(?<![A-Za-z0-9_\-.])(?<secret>eyJ[A-Za-z0-9_-]{10,1000}\.eyJ[A-Za-z0-9_-]{10,8000}\.[A-Za-z0-9_-]{16,1000})(?![A-Za-z0-9_\-.])/,
    // jwt.io's sample token (in docs, tests and OpenAPI examples) and tokens in API example payloads are
    // documented examples.
    // A test's hand-made token (no time claim, no issuer) is a fixture.
    // A remark on its line that calls the token public (`# public widget token, shown in the browser`): a map or
    // parcel-locker widget's token, which the page hands to every visitor.
    validate: (t, ctx) => hasJwtHeader(t) && !isDocumentedSampleJwt(t) && !isAnonRoleJwt(t) && !isApiExamples(ctx.path) && !isHandMadeTestJwt(t, ctx.path) && !lineSaysNotSecret(ctx.text, ctx.start, ctx.end),
    skipPlaceholderCheck: true,
    severity: 'warning',
    envName: 'JWT',
    maskPrefix: /^eyJ/,
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc7519',
    revocationUrl: null,
    revocationNote: 'A JWT is valid until it expires: rotate the signing key (or revoke the session / refresh token at the issuer) if it has not expired yet.',
    examples: {
      positives: (g) => {
        const jwt = () => `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(`{"sub":"${g.digits(10)}","iat":${g.digits(10)}}`)}.${g.base64url(43)}`;
        return [`Authorization: Bearer ${g.s(jwt())}`, `const token = "${g.s(jwt())}";`, `SESSION_TOKEN=${g.s(jwt())}`];
      },
      negatives: (g) => [
        `x = "eyJ${g.base64url(30)}.eyJ${g.base64url(40)}.${g.base64url(43)}"`, // header is not JSON with alg
        `t = "${b64url('{"alg":"none"}')}.${b64url('{"sub":"1"}')}."`, // unsigned
        `sourceMappingURL=data:application/json;base64,${b64url('{"version":3,"sources":[]}')}`,
        `GEOWIDGET_TOKEN = "${b64url('{"alg":"RS256","typ":"JWT"}')}.${b64url(`{"sub":"${g.digits(6)}","iat":${g.digits(10)}}`)}.${g.base64url(43)}"  # public widget token, shown in the browser`,
      ],
    },
  },
  {
    id: 'basic-auth-url',
    provider: 'URL credentials',
    family: 'token-format',
    priority: 'format',
    description: 'URL with embedded user:password (HTTP, FTP, git)',
    keywords: ['http://', 'https://', 'ftp://', 'ftps://', 'git+https://'],
    pattern: /(?<![A-Za-z0-9+.-])(?:https?|ftps?):\/\/(?<user>[A-Za-z0-9._~%!$&'()*+,;=-]{1,100}):(?<secret>[^@/\s"'`<>]{3,200})@[A-Za-z0-9.-]{1,253}(?![A-Za-z0-9@])/,
    minEntropy: 2,
    validate: validateBasicAuthUrlPassword,
    envName: 'URL_PASSWORD',
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1',
    revocationUrl: null,
    revocationNote: 'Change the password (or revoke the token) at the host in the URL; never embed credentials in URLs that end up in logs or history.',
    examples: {
      positives: (g) => [
        `git clone https://${g.lower(6)}:${g.s(g.alnum(24))}@git.example.com/team/repo.git`,
        `const feed = "https://bot:${g.s(g.alnum(16))}@feeds.example.org/rss";`,
        `ftp://uploader:${g.s(`${g.alnum(10)}!${g.digits(2)}`)}@files.example.net/in/`,
      ],
      negatives: () => [
        'https://user:password@example.com',
        'https://user:${PASSWORD}@example.com',
        'https://localhost:8080/path',
        'https://me@example.com',
        'https://USERNAME:PERSONAL_ACCESS_TOKEN@github.com',
      ],
    },
  },
  {
    id: 'http-basic-auth-header',
    provider: 'HTTP Basic auth',
    family: 'token-format',
    priority: 'format',
    description: 'HTTP Authorization: Basic header with base64 user:password',
    keywords: ['authorization'],
    // The match starts at most `Proxy-` before the keyword and ends within a header gap, `Basic` and the value after it
    // (as http-authorization-token's): a header named in a large file (a HAR, a log) is read only there.
    keywordWindow: { before: 8, after: 4200 },
    // Every way a header is written down (curl, HAR, proxy configs, code; see httpAuth.ts), any case of `Basic`.
    // A log's `key=value` fields too (`authorization="Basic …"`, an OCPP server logging a charge point's upgrade, rw-dev20),
    // and XML attributes (log4j's `<Property name="Authorization" value="Basic …"/>`).
    pattern: new RegExp(`${HEADER_START}(?:Proxy-)?Authorization(?:${HEADER_GAP}|=["']?|"[ \\t]{1,4}value[ \\t]{0,2}=[ \\t]{0,2}")Basic[ \\t]{1,4}(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])`, 'i'),
    validate: isBasicCredential,
    envName: 'BASIC_AUTH',
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc7617',
    revocationUrl: null,
    revocationNote: BASIC_BLOB_NOTE,
    examples: {
      positives: (g) => [
        `curl -H "Authorization: Basic ${g.s(btoa(`${g.lower(6)}:${g.alnum(20)}`))}" https://api.example.com`,
        `headers: { Authorization: "Basic ${g.s(btoa(`${g.lower(6)}:${g.alnum(20)}`))}" }`,
        `{ "name": "Authorization", "value": "Basic ${g.s(btoa(`${g.lower(6)}:${g.alnum(12)}`))}" }`,
        `        proxy_set_header Authorization "Basic ${g.s(btoa(`${g.lower(6)}:${g.alnum(12)}`))}";`,
        // An Azure DevOps personal access token goes with an empty user name.
        `git -c http.extraheader="AUTHORIZATION: basic ${g.s(btoa(`:${g.lower(52)}`))}" clone https://dev.azure.com/acme/x/_git/y`,
        `Proxy-Authorization: Basic ${g.s(btoa(`proxyuser:${g.lower(7)} ${g.lower(6)} ${g.lower(5)} ${g.digits(3)}`))}`,
        // An API key as the user, the password empty (Onfleet, Stripe's `-u sk_…:`).
        `curl -H "Authorization: Basic ${g.s(btoa(`${g.hex(32)}:`))}" https://onfleet.com/api/v2/workers`,
        `2026-04-02 09:14:11.550 [CP-0043] upgrade GET /ocpp/CP-0043 authorization="Basic ${g.s(btoa(`CP-0043:${g.alnum(20)}`))}"`,
        // log4j's HTTP appender: a header as an XML element's name and value attributes.
        `    <Http name="Loki" url="https://logs.example.com/loki/api/v1/push">\n      <Property name="Authorization" value="Basic ${g.s(btoa(`${g.lower(6)}:${g.alnum(14)}`))}"/>`,
      ],
      negatives: (g) => [
        `Authorization: Basic ${g.alnum(20)}`,
        'Authorization: Basic ${CREDENTIALS}',
        `Authorization: Basic ${btoa('user:password')}`,
        `Authorization: Basic ${btoa('username:password')}`,
        '      <Property name="Authorization" value="Basic ${env:LOKI_BASIC_AUTH}"/>',
        `Authorization: Basic ${btoa(`user:${g.lower(6)}\n${g.lower(6)}`)}`,
      ],
    },
  },
  {
    // A header value kept whole in a string literal, away from its header name: a constant built once
    // (`const AUTH = 'Basic …'`), a test table row (`{"Basic …", "user", "pw", true}`), a Swift or Kotlin header map.
    id: 'basic-auth-literal',
    provider: 'HTTP Basic auth',
    family: 'token-format',
    priority: 'format',
    description: 'String literal holding a whole Basic credential ("Basic " + base64 user:password)',
    keywords: ['basic '],
    keywordWindow: { before: 1, after: 410 },
    // Also unquoted, wherever the blob is written (`PROXY_AUTH=Basic …`, a log's `auth=Basic …`, a sentence): the decoded
    // text decides, so only a `user:password` pair with both halves counts there.
    pattern: /(?<![A-Za-z0-9_-])(?:Basic|basic|BASIC)[ \t]{1,2}(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=_-])/,
    // After its header name on the line the value is http-basic-auth-header's.
    validate: (value, ctx) => {
      // The 80 characters before it on its line (sliced first: a search for the line's start would read a whole minified line).
      const near = ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start);
      // Unless a log wrote the header as a pair (`HTTP headers: …, Authorization=Basic …`), which the header rule does not read.
      const line = near.slice(near.lastIndexOf('\n') + 1);
      if (/authorization/i.test(line) && !/authorization[ \t]{0,2}=[ \t]{0,2}(?:Basic|basic|BASIC)[ \t]{1,2}$/i.test(line)) return false;
      const quoted = /["'`](?:Basic|basic|BASIC)[ \t]{1,2}$/.test(ctx.text.slice(Math.max(0, ctx.start - 10), ctx.start)) && /["'`]/.test(ctx.text.charAt(ctx.end));
      return isBasicCredential(value) && (quoted || isUserPasswordPair(value));
    },
    envName: 'BASIC_AUTH',
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc7617',
    revocationUrl: null,
    revocationNote: BASIC_BLOB_NOTE,
    examples: {
      positives: (g) => [
        `const LEGACY_AUTH = 'Basic ${g.s(btoa(`soap-user:${g.alnum(20)}`))}';`,
        `\t\t{"Basic ${g.s(btoa(`ci-bot:${g.pick(['Bella', 'Maple', 'Tiger'])}${g.digits(2)}!`))}", "ci-bot", true},`,
        `PROXY_AUTH=Basic ${g.s(btoa(`proxy-${g.lower(4)}:${g.pick(['Harbor', 'Falcon'])}${g.digits(3)}#`))}\n`,
        `The partner API takes Basic ${g.s(btoa(`${g.lower(6)}:${g.alnum(14)}`))} on every call.`,
        `DEBUG 2025-02-03 11:02:15 HTTP headers: Content-Type=text/xml, Authorization=Basic ${g.s(btoa(`${g.lower(6)}_abruf:${g.alnum(14)}`))}`,
      ],
      negatives: (g) => [
        `const AUTH = 'Basic ${g.alnum(20)}';`,
        `const AUTH = 'Basic ${btoa('user:password')}';`,
        'const header = "Basic " + btoa(user + ":" + pass);',
        '{"Basic !!!", "", "", false},',
        `The basic ${btoa(`${g.lower(4)} ${g.lower(5)} ${g.lower(6)}`)} plan`,
        `PROXY_AUTH=Basic ${btoa(`:${g.lower(40)}`)}`,
      ],
    },
  },
];
