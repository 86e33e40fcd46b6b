// rw-held-out2 HTTP auth: curl/httpie/wget, raw requests and responses, HAR, Postman/Insomnia, devtools copies, access logs.
import type { RealWorldDoc } from '../types';
import { F, hdoc } from './proseKit';

export const PROSE_HTTP_DOCS: RealWorldDoc[] = [
  hdoc(
    'devtools-copy-as-curl-cookies',
    ['http-auth', 'command-line'],
    'notes/repro-curl.sh',
    (k) => `# copied from Chrome devtools (Copy as cURL (bash)) to reproduce the 500 on the export page
curl 'https://app.acme-crm.example/api/v2/exports?format=xlsx&range=last_30_days' \\
  -H 'accept: application/json, text/plain, */*' \\
  -H 'accept-language: de-DE,de;q=0.9,en;q=0.8' \\
  -H 'authorization: Bearer ${k.jwt()}' \\
  -b '_ga=${k.n(`GA1.1.${k.g.digits(9)}.${k.g.digits(10)}`)}; session_id=${k.http(k.g.hex(48))}; XSRF-TOKEN=${k.u(k.g.base64url(40))}; theme=dark' \\
  -H 'referer: https://app.acme-crm.example/exports' \\
  -H 'sec-ch-ua: "Chromium";v="131", "Not_A Brand";v="24"' \\
  -H 'user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36' \\
  -H 'x-request-id: ${k.n(k.g.uuid())}' \\
  --compressed
`,
  ),

  hdoc(
    'devtools-copy-as-fetch',
    ['http-auth', 'code'],
    'notes/fetch-repro.js',
    (k) => `// "Copy as fetch" from Firefox, pasted for the bug report
await fetch("https://api.shopdemo.example/graphql", {
    "credentials": "include",
    "headers": {
        "User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
        "Accept": "application/graphql-response+json",
        "Content-Type": "application/json",
        "Authorization": "Bearer ${k.bearer()}",
        "X-Shopify-Storefront-Access-Token": "${k.n(k.g.hex(32))}",
        "Sec-Fetch-Mode": "cors"
    },
    "referrer": "https://shopdemo.example/cart",
    "body": "{\\"query\\":\\"{ cart(id: \\\\\\"gid://shopify/Cart/${k.g.alnum(26)}\\\\\\") { id } }\\"}",
    "method": "POST",
    "mode": "cors"
});
`,
  ),

  hdoc('har-login-flow', ['http-auth', 'logs-and-output'], 'captures/login-flow.har', (k) => {
    const user = 'm.ortega@example.com';
    const pw = k.V.humanPw(k.g, 'es');
    const sid = k.g.base64url(32);
    return `{
  "log": {
    "version": "1.2",
    "creator": { "name": "WebInspector", "version": "537.36" },
    "entries": [
      {
        "startedDateTime": "2026-03-11T09:14:22.512Z",
        "request": {
          "method": "POST",
          "url": "https://portal.example-bank.test/api/auth/login",
          "headers": [
            { "name": "Content-Type", "value": "application/x-www-form-urlencoded" },
            { "name": "Cookie", "value": "cookie_consent=true; lang=es" }
          ],
          "postData": {
            "mimeType": "application/x-www-form-urlencoded",
            "text": "username=${encodeURIComponent(user)}&password=${k.s('password', encodeURIComponent(pw))}&remember=on",
            "params": [
              { "name": "username", "value": "${user}" },
              { "name": "password", "value": "${k.s('password', pw)}" }
            ]
          }
        },
        "response": {
          "status": 200,
          "headers": [
            { "name": "Set-Cookie", "value": "SID=${k.s('http-auth', sid)}; Path=/; Secure; HttpOnly; SameSite=Lax" },
            { "name": "ETag", "value": "W/\\"${k.n(k.g.hex(16))}\\"" }
          ],
          "content": { "mimeType": "application/json", "text": "{\\"ok\\":true,\\"csrf\\":\\"${k.u(k.g.hex(32))}\\"}" }
        }
      },
      {
        "startedDateTime": "2026-03-11T09:14:23.101Z",
        "request": {
          "method": "GET",
          "url": "https://portal.example-bank.test/api/accounts",
          "headers": [
            { "name": "Cookie", "value": "SID=${k.s('http-auth', sid)}; lang=es" },
            { "name": "traceparent", "value": "${k.n(`00-${k.g.hex(32)}-${k.g.hex(16)}-01`)}" }
          ]
        },
        "response": { "status": 200, "headers": [], "content": { "mimeType": "application/json", "size": 1840 } }
      }
    ]
  }
}
`;
  }),

  hdoc(
    'postman-collection-erp',
    ['http-auth'],
    'postman/ERP API.postman_collection.json',
    (k) => `{
  "info": {
    "_postman_id": "${k.n(k.g.uuid())}",
    "name": "ERP API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "basic",
    "basic": [
      { "key": "username", "value": "integration", "type": "string" },
      { "key": "password", "value": "${k.gpw()}", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "Get orders",
      "request": {
        "method": "GET",
        "header": [
          { "key": "X-API-Key", "value": "${k.http(k.g.alnum(40))}" },
          { "key": "Accept", "value": "application/json" }
        ],
        "url": { "raw": "{{baseUrl}}/orders?status=open", "host": ["{{baseUrl}}"], "path": ["orders"] }
      }
    },
    {
      "name": "Token (client credentials)",
      "request": {
        "method": "POST",
        "body": {
          "mode": "urlencoded",
          "urlencoded": [
            { "key": "grant_type", "value": "client_credentials" },
            { "key": "client_id", "value": "${k.n('erp-integration')}" },
            { "key": "client_secret", "value": "${k.tok(k.g.base64url(32))}" }
          ]
        },
        "url": { "raw": "{{authUrl}}/oauth2/token" }
      }
    }
  ],
  "variable": [
    { "key": "baseUrl", "value": "https://erp.acme.example/api/v1" },
    { "key": "authUrl", "value": "https://login.acme.example" },
    { "key": "apiKey", "value": "${k.n('{{vault:erp-api-key}}')}" }
  ]
}
`,
  ),

  hdoc(
    'insomnia-export-env',
    ['http-auth'],
    'insomnia/Insomnia_2026-02-27.json',
    (k) => `{
  "_type": "export",
  "__export_format": 4,
  "__export_source": "insomnia.desktop.app:v10.3.0",
  "resources": [
    {
      "_id": "env_${k.n(k.g.hex(32))}",
      "_type": "environment",
      "name": "Production",
      "data": {
        "base_url": "https://api.logistics.example",
        "access_token": "${k.jwt()}",
        "partner_key": "${k.tok(k.g.hex(40))}",
        "hmac_secret": "${k.tok(k.g.base64(44))}"
      }
    },
    {
      "_id": "req_${k.n(k.g.hex(32))}",
      "_type": "request",
      "name": "Create shipment",
      "method": "POST",
      "url": "{{ _.base_url }}/shipments",
      "authentication": { "type": "bearer", "token": "{{ _.access_token }}" },
      "headers": [{ "name": "X-Partner-Key", "value": "{{ _.partner_key }}" }]
    },
    {
      "_id": "req_${k.n(k.g.hex(32))}",
      "_type": "request",
      "name": "Legacy tracking",
      "method": "GET",
      "url": "https://legacy.logistics.example/track?id=123&apikey=${k.http(k.g.hex(32))}",
      "authentication": { "type": "basic", "username": "partner042", "password": "${k.hpw('de')}" }
    }
  ]
}
`,
  ),

  hdoc(
    'raw-http-request-response',
    ['http-auth', 'prose'],
    'docs/debugging/raw-exchange.md',
    (k) => `## Raw exchange captured with mitmproxy

${F}http
POST /oauth/token HTTP/1.1
Host: auth.payments.example
Authorization: Basic ${k.basic('pay-gateway-prod')}
Content-Type: application/x-www-form-urlencoded
Content-Length: 29

grant_type=client_credentials
${F}

${F}http
HTTP/1.1 200 OK
Content-Type: application/json
Cache-Control: no-store
X-Request-Id: ${k.n(k.g.uuid())}

{"access_token":"${k.http(k.g.base64url(64))}","token_type":"Bearer","expires_in":3600,"refresh_token":"${k.http(k.g.base64url(64))}"}
${F}

${F}http
GET /v3/balances HTTP/1.1
Host: api.payments.example
Authorization: Bearer ${k.n('<access_token from above>')}
If-None-Match: "${k.n(k.g.hex(32))}"
${F}
`,
  ),

  hdoc('nginx-access-log-tokens', ['http-auth', 'logs-and-output'], 'logs/nginx/access.log', (k) => {
    const ip = () => `${k.g.pick(['10', '172', '81', '93'])}.${Number(k.g.digits(2))}.${Number(k.g.digits(2))}.${Number(k.g.digits(2))}`;
    const ua = '"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"';
    return `${ip()} - - [11/Mar/2026:10:01:12 +0000] "GET /static/app.${k.n(k.g.hex(8))}.js HTTP/2.0" 200 48122 "https://shop.example/" ${ua}
${ip()} - - [11/Mar/2026:10:01:14 +0000] "GET /api/orders?access_token=${k.http(k.g.alnum(40))}&page=2 HTTP/2.0" 200 5120 "-" "okhttp/4.12.0"
${ip()} - - [11/Mar/2026:10:01:19 +0000] "GET /reset-password?token=${k.http(k.g.base64url(32))} HTTP/1.1" 200 3301 "-" ${ua}
${ip()} - - [11/Mar/2026:10:01:22 +0000] "GET /api/health HTTP/1.1" 200 2 "-" "kube-probe/1.30"
${ip()} - jenkins [11/Mar/2026:10:01:30 +0000] "POST /hooks/deploy?secret=${k.http(k.g.hex(40))} HTTP/1.1" 204 0 "-" "curl/8.5.0"
${ip()} - - [11/Mar/2026:10:01:31 +0000] "GET /images/logo.png?v=${k.n(k.g.hex(10))} HTTP/2.0" 304 0 "-" ${ua}
${ip()} - - [11/Mar/2026:10:01:40 +0000] "GET /export.csv?cb=${k.n(k.g.hex(12))}&request_id=${k.n(k.g.uuid())} HTTP/1.1" 403 153 "-" "python-requests/2.32.3"
`;
  }),

  hdoc(
    'api-docs-with-real-token',
    ['http-auth', 'prose'],
    'docs/api/quickstart.md',
    (k) => `# Partner API quickstart

All requests need an API key in the \`Authorization\` header:

${F}bash
curl https://api.partner.example/v1/products \\
  -H "Authorization: Bearer YOUR_API_KEY"
${F}

Example with our sandbox account (works against \`sandbox.partner.example\` only):

${F}bash
curl https://sandbox.partner.example/v1/products \\
  -H "Authorization: Bearer ${k.http(`sbx_${k.g.alnum(32)}`)}"
${F}

Webhooks are signed with HMAC-SHA256; the signing secret for the sandbox is \`${k.tok(k.g.hex(64))}\`.
A signature header looks like \`X-Signature: sha256=${k.n(k.g.hex(64))}\`.

| Field | Example |
|---|---|
| \`id\` | \`${k.n(`prod_${k.g.alnum(14)}`)}\` |
| \`api_key\` | \`${k.n('pk_xxxxxxxxxxxxxxxx')}\` |
`,
  ),
];
