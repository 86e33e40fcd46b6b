// API keys sent in the ways vendor APIs document that the X- header rules do not read (rw-dev20, carrier and freight
// APIs): a vendor header without the `X-` prefix set by curl or a proxy (`-H "Consumer-Key: …"` for Maersk,
// `proxy_set_header DHL-API-Key "…"`), an Authorization header whose whole value is the key, with no scheme
// (Royal Mail Click & Drop), and a key given as the Basic user with an empty password (`curl -u KEY:` for Onfleet,
// Stripe, Chargebee, Freshdesk).
import { lineStartNear } from '../detect/lineStartNear';
import { isLiteralToken } from '../validators/literalArgument';
import type { ExampleGen, Rule } from '../types';

/**
 * Header names that end like a credential's and are none (a WebSocket handshake nonce, cache and routing keys, Shopware's
 * `sw-access-key`: a sales channel's Store API key, public in every storefront page).
 */
const NOT_KEY_HEADER =
  /^(?:sec-websocket|x-|sw-access-key$)|(?:^|-)(?:csrf|xsrf|request|idempotency|correlation|trace|cache|public|site|recaptcha|captcha|upload|content|signature|nonce|device|partition|sort|primary|routing|dedupe|dedup|event|object|client-id|app-id)-/i;
/** The last word of a credential header's name. */
const KEY_HEADER_END = /-(?:key|token|secret|apikey|api-key|auth-token|access-token)$/i;

/** A key given as the user of Basic auth with an empty password (or the `x` some APIs ask for): the key alone. */
export function isKeyAsBasicUser(user: string, password: string): boolean {
  return (password === '' || password === 'x' || password === 'X') && isLiteralToken(user, 20) && !/[^A-Za-z0-9_.-]/.test(user);
}

const base = {
  provider: 'HTTP auth',
  family: 'generic',
  priority: 'context',
  skipPlaceholderCheck: false,
  severity: 'error',
  revocationUrl: null,
} as const;

const key = (g: ExampleGen) => g.alnum(32);

export const httpKeyHeaderRules: Rule[] = [
  {
    ...base,
    id: 'http-vendor-key-header',
    description: 'API key in a vendor header without the X- prefix, set by curl or a proxy (-H "Consumer-Key: …", proxy_set_header DHL-API-Key "…")',
    keywords: ['-key:', '-token:', '-secret:', '-apikey:', 'proxy_set_header', 'requestheader'],
    keywordWindow: { before: 80, after: 560 },
    pattern:
      /(?:(?<![A-Za-z0-9-])-H[ \t]{1,4}["']?|--header[ \t=]{1,4}["']?|proxy_set_header[ \t]{1,8}|RequestHeader[ \t]{1,4}set[ \t]{1,8})(?<key>[A-Za-z][A-Za-z0-9]{0,20}(?:-[A-Za-z0-9]{1,20}){1,3})(?:[ \t]{0,2}:[ \t]{0,4}|[ \t]{1,8}["']?)(?<secret>[A-Za-z0-9._~+/=-]{16,512})(?=["';\s]|$)/,
    validate: (value, ctx) => {
      const name = ctx.keyName ?? '';
      return KEY_HEADER_END.test(name) && !NOT_KEY_HEADER.test(name) && !value.startsWith('$') && isLiteralToken(value.replace(/=+$/, ''), 16);
    },
    envName: 'API_KEY',
    docsUrl: 'https://swagger.io/docs/specification/v3_0/authentication/api-keys/',
    revocationNote: 'Revoke the key in the provider’s developer portal and create a new one; read it from the environment in scripts and proxy configs.',
    examples: {
      positives: (g) => [
        `curl -s "https://api.maersk.com/track?equipmentReference=MSKU1234565" \\\n  -H "Consumer-Key: ${g.s(key(g))}" \\\n  -H "Accept: application/json"`,
        `        proxy_set_header DHL-API-Key "${g.s(key(g))}";`,
        `curl --header 'Subscription-Key: ${g.s(g.hex(32))}' https://api.example.com/v1/schedules`,
      ],
      negatives: (g) => [
        `curl -H "Sec-WebSocket-Key: ${g.base64(22)}==" https://example.com/socket`,
        `curl -H "Consumer-Key: $MAERSK_KEY" https://api.maersk.com/x`,
        `proxy_set_header Idempotency-Key "${g.hex(32)}";`,
        `curl -H "Partition-Key: ${g.hex(32)}" https://api.example.com`,
        `curl 'https://shop.example/store-api/checkout/cart' -H 'sw-access-key: SWSC${g.upper(22)}'`,
      ],
    },
  },
  {
    ...base,
    id: 'http-authorization-bare-key',
    description: 'API key as the whole value of an Authorization header, without a scheme (Authorization: "<key>")',
    keywords: ['authorization'],
    keywordWindow: { before: 4, after: 560 },
    pattern: /(?<![A-Za-z-])(?<key>Authorization)["']?[ \t]{0,2}:[ \t]{0,4}["']?(?<secret>[A-Za-z0-9._~+/=-]{20,512})(?=["',;)]|[ \t]{0,8}(?:\r?\n|$))/i,
    validate: (value) => !value.startsWith('eyJ') && isLiteralToken(value.replace(/=+$/, ''), 20),
    envName: 'API_KEY',
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc9110#name-authorization',
    revocationNote: 'Revoke the key in the provider’s developer portal and create a new one; read it from the environment instead of the code.',
    examples: {
      positives: (g) => [
        `const client = axios.create({\n  baseURL: 'https://api.parcel.royalmail.com/api/v1',\n  headers: { Authorization: '${g.s(g.uuid())}' },\n});`,
        `curl -H "Authorization: ${g.s(g.hex(40))}" https://api.example.com/v2/orders`,
      ],
      negatives: (g) => [`headers: { Authorization: 'Bearer ' + token }`, `Authorization: Bearer ${g.alnum(40)}`, `headers: { Authorization: authorizationHeaderValue }`, `"Authorization": "\${API_KEY}"`],
    },
  },
  {
    ...base,
    id: 'curl-key-as-user',
    description: 'API key given to curl as the Basic user with an empty password (curl -u KEY:)',
    keywords: ['curl'],
    keywordWindow: { before: 0, after: 600 },
    pattern: /(?<=[\s"'])(?:-u|--user)(?:=|[ \t]{1,4})["']?(?<secret>[A-Za-z0-9_.-]{20,200}):[xX]?(?=["']?(?:[ \t]|\\?$))/m,
    validate: (value, ctx) => {
      const lineStart = lineStartNear(ctx.text, ctx.start, ctx.start - 300);
      return /\bcurl\b/.test(ctx.text.slice(lineStart, ctx.start)) && isKeyAsBasicUser(value, '');
    },
    envName: 'API_KEY',
    docsUrl: 'https://everything.curl.dev/http/auth.html',
    revocationNote: 'Revoke the key in the provider’s dashboard and create a new one; give curl a .netrc file or read the key from the environment.',
    examples: {
      positives: (g) => [`curl -u ${g.s(g.hex(32))}: https://onfleet.com/api/v2/tasks/all`, `curl -s --user "${g.s(g.alnum(24))}:X" https://acme.freshdesk.com/api/v2/tickets`],
      negatives: (g) => ['curl -u "$ONFLEET_KEY:" https://onfleet.com/api/v2/workers', `curl -u admin: https://example.com`, `curl -u ${g.lower(6)}:${g.alnum(12)} https://example.com`],
    },
  },
];
