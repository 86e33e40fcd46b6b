// rw-dev2: HTTP authentication in every form people paste: curl/wget/httpie/PowerShell commands, raw requests and
// responses, HAR, Postman/Bruno/.http files, proxy configs that set headers, tokens in URLs and redirects.
import type { RealWorldDoc } from '../types';
import { doc, F } from '../dev/kit';
import { hpwFit, hpwm, jsonEsc, opaque, pctPw, pwFit, pwm } from './filesHttpKit';

export const FILES_HTTP_HTTP: RealWorldDoc[] = [
  doc(
    'curl-auth-variants',
    ['http-auth', 'command-line'],
    'docs/integrations/partner-api.md',
    (k) => `# Partner API cheat sheet

Basic auth, the short way:

${F}sh
curl -u acme-integration:${pwm(k, /[\s'"\\$`!&|;<>()]/)} https://partner.example.net/api/v2/orders
curl --user 'reports:${pwm(k, /['\\]/)}' -X POST https://partner.example.net/api/v2/reports/run
${F}

Token endpoint (client credentials), then call with the token:

${F}sh
curl -s -X POST https://auth.partner.example.net/oauth/token \\
  -d grant_type=client_credentials \\
  -d client_id=${k.n('acme-prod-integration')} \\
  -d client_secret=${k.tok(k.g.alnum(40))}

curl --oauth2-bearer ${k.bearer()} https://partner.example.net/api/v2/me
curl -H 'Authorization: Token token=${k.http(k.g.hex(32))}' https://legacy.partner.example.net/api/stock
curl -H "Authorization: \${AUTH_HEADER}" https://partner.example.net/api/v2/ping
${F}

Login form (the old portal still needs it):

${F}sh
curl -c jar.txt -d 'username=acme' --data-urlencode 'password=${pwm(k, /['\\]/)}' https://portal.partner.example.net/login
curl -b 'PHPSESSID=${k.http(k.g.lower(26))}' https://portal.partner.example.net/export.php
curl -b jar.txt https://portal.partner.example.net/export.php?fmt=csv
${F}

Replace ${k.n('<client_secret>')} with your own secret from the partner dashboard.
`,
  ),

  doc(
    'wget-httpie-aria',
    ['http-auth', 'command-line'],
    'scripts/fetch-artifacts.sh',
    (k) => `#!/usr/bin/env bash
set -euo pipefail
ART=https://artifacts.acme.internal/repository/releases

wget --http-user=ci --http-password=${pwm(k, /[\s'"\\$`!&|;<>()#]/)} "$ART/app/2.3.1/app-2.3.1.tar.gz"
wget --header="PRIVATE-TOKEN: ${k.prov('gitlab', 'GitLab')}" https://gitlab.acme.io/api/v4/projects/42/jobs/artifacts/main/download?job=build -O build.zip
wget -q --user=mirror --password="$MIRROR_PASSWORD" "$ART/mirror.txt"

# httpie for the quick checks
http -a ops:${pwm(k, /[\s'"\\$`!&|;<>()#:@]/)} GET https://status.acme.internal/api/health
http POST https://hooks.acme.io/deploy X-Deploy-Key:${k.http(k.g.hex(40))} ref=main
http --auth-type=bearer --auth=${k.bearer()} https://api.acme.io/v1/projects
https POST login.acme.io/api/session email=ops@acme.io password=${pwm(k, /[\s'"\\$`!&|;<>()#=:@]/)}

aria2c --http-user=dl --http-passwd=${pwm(k, /[\s'"\\$`!&|;<>()#]/)} -x4 "$ART/big/dataset.tar"
echo "done at $(date -Iseconds)"
`,
  ),

  doc('powershell-rest', ['http-auth', 'command-line'], 'tools/Invoke-Deploy.ps1', (k) => {
    const u = 'svc-octo';
    const p = pwFit(k, /["'`$\s]/);
    return `param([string]$Environment = "staging")

$pair = "${u}:${k.s('password', p)}"
$encoded = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$headers = @{ Authorization = "Basic $encoded"; Accept = "application/json" }

$apiKey = "${k.s('provider', `API-${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 27)}`, 'Octopus')}"
Invoke-RestMethod -Uri "https://octo.acme.io/api/projects" -Headers @{ "X-Octopus-ApiKey" = $apiKey }

$secure = ConvertTo-SecureString '${hpwm(k, /['\s]/)}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('ACME\\svc-deploy', $secure)
Invoke-WebRequest -Uri "https://intranet.acme.local/deploy" -Credential $cred -UseBasicParsing

Invoke-RestMethod -Method Post -Uri "https://api.acme.io/v1/releases" \`
  -Headers @{ "Authorization" = "Bearer ${k.bearer()}" } \`
  -Body (@{ env = $Environment } | ConvertTo-Json)

$token = (Get-Secret -Name DeployToken -AsPlainText)
Invoke-RestMethod -Uri "https://api.acme.io/v1/ping" -Headers @{ Authorization = "Bearer ${k.n('$token')}" }
`;
  }),

  doc(
    'raw-http-exchange',
    ['http-auth', 'logs-and-output'],
    'tickets/SUP-8812-request-dump.txt',
    (k) => `--- request as captured by the customer's proxy ---
POST /api/v3/invoices HTTP/1.1
Host: billing.acme.io
User-Agent: AcmeConnector/4.2 (+https://acme.io)
Content-Type: application/json
Authorization: Basic ${k.basic('tenant-4471')}
X-Correlation-ID: ${k.n(k.g.uuid())}
Content-Length: 212

{"customer":"4471","amount":1299,"currency":"EUR"}

--- response ---
HTTP/1.1 401 Unauthorized
Date: Tue, 07 May 2024 10:02:11 GMT
WWW-Authenticate: Basic realm="billing"
X-Request-Id: ${k.n(k.g.hex(32))}
ETag: "${k.n(k.g.hex(16))}"

--- retry after they fixed it ---
GET /api/v3/invoices?since=2024-05-01 HTTP/1.1
Host: billing.acme.io
Proxy-Authorization: Basic ${k.basic('proxyuser')}
Authorization: Bearer ${k.bearerJwt()}
Cookie: ${k.n('_ga')}=GA1.2.${k.n(k.g.digits(9))}.${k.g.digits(10)}; billing_session=${k.http(k.g.base64url(43))}

HTTP/1.1 200 OK
Set-Cookie: billing_session=${k.http(k.g.base64url(43))}; Path=/; Secure; HttpOnly; SameSite=Lax
Content-Type: application/json
`,
  ),

  doc('har-oauth-flow', ['http-auth', 'logs-and-output'], 'debug/login-flow.har', (k) => {
    const at = k.raw.jwt(k.g);
    const rt = k.g.base64url(64);
    const body = JSON.stringify({ access_token: 'ATMARK', token_type: 'Bearer', expires_in: 3600, refresh_token: 'RTMARK', scope: 'openid profile' });
    const escBody = jsonEsc(body).replace('ATMARK', k.http(at)).replace('RTMARK', k.http(rt));
    const pw = pwFit(k, /[\s&=+%"\\]/);
    return `{
  "log": {
    "version": "1.2",
    "creator": { "name": "WebInspector", "version": "537.36" },
    "pages": [],
    "entries": [
      {
        "_resourceType": "xhr",
        "request": {
          "method": "POST",
          "url": "https://id.acme.io/oauth2/token",
          "headers": [
            { "name": "content-type", "value": "application/x-www-form-urlencoded" },
            { "name": "authorization", "value": "Basic ${k.basic('web-spa')}" }
          ],
          "postData": {
            "mimeType": "application/x-www-form-urlencoded",
            "text": "grant_type=password&username=jdoe%40acme.io&password=${k.s('password', pw)}&scope=openid",
            "params": [
              { "name": "grant_type", "value": "password" },
              { "name": "username", "value": "jdoe@acme.io" },
              { "name": "password", "value": "${k.s('password', pw)}" }
            ]
          }
        },
        "response": {
          "status": 200,
          "content": {
            "mimeType": "application/json",
            "text": "${escBody}"
          }
        }
      },
      {
        "_resourceType": "script",
        "request": { "method": "GET", "url": "https://cdn.acme.io/static/js/main.${k.n(k.g.hex(8))}.js", "headers": [] },
        "response": { "status": 200, "headers": [{ "name": "x-amz-cf-id", "value": "${k.n(k.g.base64url(56))}" }] }
      }
    ]
  }
}
`;
  }),

  doc(
    'postman-environment',
    ['http-auth', 'config-syntax'],
    'postman/Acme-Staging.postman_environment.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "name": "Acme Staging",
  "values": [
    { "key": "baseUrl", "value": "https://stg.api.acme.io", "type": "default", "enabled": true },
    { "key": "clientId", "value": "${k.n('acme-postman')}", "type": "default", "enabled": true },
    { "key": "clientSecret", "value": "${k.tok(k.g.alnum(48))}", "type": "secret", "enabled": true },
    { "key": "accessToken", "value": "${k.bearerJwt()}", "type": "any", "enabled": true },
    { "key": "adminPassword", "value": "${k.s('password', jsonEsc(hpwFit(k)))}", "type": "secret", "enabled": true },
    { "key": "apiKey", "value": "", "type": "secret", "enabled": true },
    { "key": "tenant", "value": "${k.n(k.g.uuid())}", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-10T08:12:31.551Z",
  "_postman_exported_using": "Postman/10.24.16"
}
`,
  ),

  doc(
    'postman-collection-auth',
    ['http-auth'],
    'postman/Orders.postman_collection.json',
    (k) => `{
  "info": { "_postman_id": "${k.n(k.g.uuid())}", "name": "Orders", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": {
    "type": "apikey",
    "apikey": [
      { "key": "value", "value": "${k.http(k.g.alnum(32))}", "type": "string" },
      { "key": "key", "value": "X-API-KEY", "type": "string" },
      { "key": "in", "value": "header", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "Legacy export",
      "request": {
        "auth": { "type": "basic", "basic": [ { "key": "password", "value": "${k.s('password', jsonEsc(pwFit(k)))}", "type": "string" }, { "key": "username", "value": "export", "type": "string" } ] },
        "method": "GET",
        "url": { "raw": "{{baseUrl}}/export?format=csv", "host": ["{{baseUrl}}"], "path": ["export"] }
      }
    },
    {
      "name": "Me",
      "request": {
        "auth": { "type": "bearer", "bearer": [ { "key": "token", "value": "{{accessToken}}", "type": "string" } ] },
        "method": "GET",
        "header": [ { "key": "X-Tenant", "value": "${k.n('acme-eu')}" } ],
        "url": "{{baseUrl}}/me"
      }
    },
    {
      "name": "Webhook test",
      "request": {
        "method": "POST",
        "header": [ { "key": "X-Signature-Secret", "value": "${k.tok(k.g.hex(32))}" } ],
        "url": "https://hooks.acme.io/orders"
      }
    }
  ]
}
`,
  ),

  doc(
    'bruno-files',
    ['http-auth', 'config-syntax'],
    'api-collections/orders/environments-and-requests.md',
    (k) => `Bruno collection, committed as plain text (.bru):

${F}
meta {
  name: Create order
  type: http
  seq: 3
}

post {
  url: {{host}}/v1/orders
  body: json
  auth: bearer
}

auth:bearer {
  token: ${k.bearer()}
}

headers {
  x-api-key: ${k.http(k.g.hex(32))}
  x-request-source: bruno
}
${F}

environments/prod.bru:

${F}
vars {
  host: https://api.acme.io
  user: ops
}
vars:secret [
  token
]
${F}

environments/stage.bru (somebody disabled secret vars):

${F}
vars {
  host: https://stg.api.acme.io
  password: ${hpwm(k, /\s/)}
  token: ${k.n('{{process.env.STAGE_TOKEN}}')}
}
${F}
`,
  ),

  doc(
    'jetbrains-http-files',
    ['http-auth'],
    'http/users.http',
    (k) => `### variables
@host = https://api.acme.io
@token = ${k.bearer()}
@adminPass = ${hpwm(k, /\s/)}

### Login
POST {{host}}/auth/login
Content-Type: application/json

{
  "email": "admin@acme.io",
  "password": "{{adminPass}}"
}

> {% client.global.set("session", response.body.token); %}

### List users
GET {{host}}/users?limit=20
Authorization: Bearer {{token}}

### Basic auth on the old endpoint
GET {{host}}/legacy/users
Authorization: Basic admin ${pwm(k, /\s/)}

### Same with digest
GET {{host}}/legacy/report
Authorization: Digest reporter ${pwm(k, /\s/)}

### Service key
GET {{host}}/internal/metrics
X-Service-Key: ${k.http(k.g.base64(32))}
Authorization: Bearer {{session}}
`,
  ),

  doc(
    'http-client-private-env',
    ['http-auth', 'config-syntax'],
    'http/http-client.private.env.json',
    (k) => `{
  "dev": {
    "token": "${k.n('dev')}",
    "password": "${k.n('admin')}"
  },
  "staging": {
    "token": "${k.bearer()}",
    "password": "${k.s('password', jsonEsc(pwFit(k)))}",
    "apiKey": "${k.tok(k.g.hex(32))}"
  },
  "prod": {
    "token": "${k.n('')}",
    "Security": {
      "Auth": {
        "sso": { "Type": "OAuth2", "Grant Type": "Client Credentials", "Client ID": "${k.n('http-client')}", "Client Secret": "${k.tok(k.g.base64url(40))}", "Token URL": "https://id.acme.io/token" }
      }
    }
  }
}
`,
  ),

  doc(
    'openapi-security-examples',
    ['http-auth', 'precision'],
    'api/spec/partner-openapi.yaml',
    (k) => `openapi: 3.0.3
info:
  title: Partner API
  version: 2.1.0
servers:
  - url: https://api.partner.example.net/v2
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
    BearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
  parameters:
    ApiKey:
      name: X-API-Key
      in: header
      required: true
      schema: { type: string }
      example: ${k.n('your-api-key')}
  schemas:
    TokenResponse:
      type: object
      properties:
        access_token: { type: string, example: ${k.n('eyJhbGciOi...')} }
        token_type: { type: string, example: Bearer }
paths:
  /orders:
    get:
      security: [{ ApiKeyAuth: [] }]
      parameters:
        - $ref: '#/components/parameters/ApiKey'
      x-codeSamples:
        - lang: Shell
          source: |
            curl -H "X-API-Key: ${k.http(k.g.alnum(40))}" https://api.partner.example.net/v2/orders
  /token:
    post:
      requestBody:
        content:
          application/x-www-form-urlencoded:
            example:
              client_id: ${k.n('partner-portal')}
              client_secret: ${k.tok(k.g.alnum(36))}
      responses:
        '200':
          content:
            application/json:
              example:
                access_token: ${k.bearerJwt()}
                token_type: Bearer
                expires_in: 3600
`,
  ),

  doc(
    'nginx-headers-proxy',
    ['http-auth', 'config-syntax'],
    'deploy/nginx/sites-enabled/gateway.conf',
    (k) => `upstream search_backend { server 10.0.5.21:9200; server 10.0.5.22:9200; }

map $http_x_forwarded_proto $fwd_proto { default $scheme; https https; }

server {
    listen 443 ssl http2;
    server_name gateway.acme.io;
    ssl_certificate     /etc/ssl/acme/fullchain.pem;
    ssl_certificate_key /etc/ssl/acme/privkey.pem;

    location /search/ {
        proxy_pass http://search_backend/;
        proxy_set_header Authorization "Basic ${k.basic('elastic')}";
        proxy_set_header Host $host;
    }

    location /geo/ {
        set $geo_key "${k.http(k.g.hex(32))}";
        proxy_pass https://api.geo-partner.example/v1/?key=$geo_key;
    }

    location /crm/ {
        proxy_set_header X-Api-Key ${k.http(k.g.alnum(40))};
        proxy_set_header X-Real-IP $remote_addr;
        proxy_pass https://crm.partner.example/api/;
    }

    location /admin/ {
        auth_basic "Admin";
        auth_basic_user_file ${k.n('/etc/nginx/.htpasswd')};
        proxy_set_header Authorization ${k.n('$http_authorization')};
        proxy_pass http://127.0.0.1:8080;
    }

    location /metrics { proxy_set_header Authorization "Bearer ${k.bearer()}"; proxy_pass http://127.0.0.1:9100; }
}
`,
  ),

  doc(
    'apache-haproxy-caddy',
    ['http-auth', 'config-syntax'],
    'deploy/proxies/README-configs.md',
    (k) => `#### apache (sites-available/legacy.conf)

    <Location /api>
        RequestHeader set Authorization "Bearer ${k.bearer()}"
        RequestHeader set X-Client-Token "${k.http(k.g.hex(40))}"
        ProxyPass https://api.internal.acme.io/
    </Location>
    <Location /intranet>
        AuthType Basic
        AuthBasicProvider ldap
        AuthLDAPURL "ldap://ldap.acme.local/ou=people,dc=acme,dc=local?uid"
        AuthLDAPBindDN "cn=apache,ou=svc,dc=acme,dc=local"
        AuthLDAPBindPassword "${pwm(k, /["\\]/)}"
        Require valid-user
    </Location>

#### haproxy.cfg

    userlist ops
        user admin password ${k.n(k.raw.shaCrypt(k.g))}
        user viewer insecure-password ${pwm(k, /[\s#"'\\]/)}
    backend partner
        http-request set-header Authorization "Basic ${k.basic('acme')}"
        server p1 partner.example.net:443 ssl verify required ca-file /etc/ssl/certs/ca.pem
    listen stats
        bind :8404
        stats enable
        stats auth admin:${pwm(k, /[\s#"'\\:]/)}

#### Caddyfile

    api.acme.io {
        basicauth /docs/* {
            docs ${k.n(k.raw.bcrypt(k.g))}
        }
        reverse_proxy /v1/* 10.0.0.5:8080 {
            header_up X-Internal-Key ${k.http(k.g.alnum(32))}
            header_up Authorization {env.UPSTREAM_AUTH}
        }
    }
`,
  ),

  doc(
    'api-key-header-zoo',
    ['http-auth'],
    'docs/vendor-apis.md',
    (k) => `# Vendor API calls we make (copied from the integrations wiki page)

| Vendor | Header | Value we use |
|---|---|---|
| Weather | \`X-RapidAPI-Key\` | \`${k.http(k.g.alnum(50))}\` |
| Search | \`Ocp-Apim-Subscription-Key\` | \`${k.http(k.g.hex(32))}\` |
| Tickets | \`X-Auth-Token\` | \`${k.http(k.g.hex(40))}\` |
| Metrics | \`DD-API-KEY\` | \`${k.http(k.g.hex(32))}\` |
| Repo | \`PRIVATE-TOKEN\` | \`${k.prov('gitlab', 'GitLab')}\` |
| Secrets | \`X-Vault-Token\` | \`${k.prov('vault', 'Vault')}\` |
| CircleCI | \`Circle-Token\` | \`${k.http(`CCIPAT_${k.g.alnum(22)}_${k.g.hex(40)}`)}\` |
| Shop | \`X-Shopify-Access-Token\` | \`${k.prov('shopify', 'Shopify')}\` |
| Maps | \`X-Goog-Api-Key\` | \`${k.prov('googleApi', 'Google')}\` |
| Games | \`X-Riot-Token\` | \`${k.http(`RGAPI-${k.g.uuid()}`)}\` |
| Mail | \`api-key\` | \`${k.http(`xkeysib-${k.g.hex(64)}-${k.g.alnum(16)}`)}\` |
| Status | \`Authorization: OAuth\` | \`${k.http(k.g.hex(32))}\` |
| Search (public) | \`X-Algolia-API-Key\` (search-only) | \`${k.n(k.g.hex(32))}\` |
| Docs | \`X-Request-Id\` | \`${k.n(k.g.uuid())}\` |

Header names are case-insensitive; send \`Accept: application/json\`. The search-only Algolia key is public.
`,
  ),

  doc(
    'redirect-urls-tokens',
    ['http-auth', 'logs-and-output'],
    'notes/sso-debugging.md',
    (k) => `SSO is broken for the mobile app again. Browser history from my test:

1. https://id.acme.io/authorize?client_id=${k.n('mobile-app')}&response_type=code&redirect_uri=https%3A%2F%2Fapp.acme.io%2Fcb&state=${k.n(k.g.alnum(16))}&nonce=${k.n(k.g.alnum(16))}
2. https://app.acme.io/cb?code=${k.u(k.g.alnum(32))}&state=${k.g.alnum(16)}
3. https://app.acme.io/#access_token=${k.bearerJwt()}&token_type=Bearer&expires_in=3600&id_token=${k.s('http-auth', k.raw.jwt(k.g))}
4. https://files.acme.io/download/report.pdf?token=${k.http(k.g.base64url(32))}&expires=1715350000
5. https://acmestore.blob.core.windows.net/exports/q1.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-06-01T00:00:00Z&spr=https&sig=${k.s('provider', encodeURIComponent(k.g.base64(43) + '='), 'Azure SAS')}
6. https://s3.eu-west-1.amazonaws.com/acme-exports/q1.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${k.n('AKIAIOSFODNN7EXAMPLE')}%2F20240510%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Signature=${k.u(k.g.hex(64))}
7. https://legacy.acme.io/api/report?apikey=${k.http(k.g.hex(32))}&format=json
8. wss://realtime.acme.io/socket?auth=${k.http(k.g.alnum(40))}&vsn=2.0.0

Step 3 shows the token in the fragment, which is expected for the implicit flow, but we wanted PKCE.
`,
  ),

  doc(
    'node-request-inspect',
    ['http-auth', 'logs-and-output'],
    'logs/api-client-debug.txt',
    (k) => `[2024-05-09T12:00:01.114Z] DEBUG outgoing request {
  method: 'POST',
  url: 'https://api.partner.example.net/v2/shipments',
  headers: {
    'content-type': 'application/json',
    authorization: 'Bearer ${k.bearer()}',
    'x-api-key': '${k.http(k.g.hex(32))}',
    'user-agent': 'axios/1.6.8'
  },
  data: '{"ref":"SHP-${k.g.digits(6)}","weight":2.4}',
  timeout: 10000
}
[2024-05-09T12:00:01.522Z] DEBUG response 201 { 'x-request-id': '${k.n(k.g.uuid())}', 'content-length': '88' }
[2024-05-09T12:00:02.010Z] DEBUG python-requests {'Authorization': 'Token ${k.http(k.g.hex(40))}', 'Accept': '*/*', 'Connection': 'keep-alive'}
[2024-05-09T12:00:02.311Z] DEBUG go http.Header map[Authorization:[Basic ${k.basic('exporter')}] User-Agent:[Go-http-client/1.1]]
[2024-05-09T12:00:03.000Z] DEBUG headers redacted: { authorization: '${k.n('[REDACTED]')}', cookie: '${k.n('[REDACTED]')}' }
`,
  ),

  doc(
    'cookies-everywhere',
    ['http-auth'],
    'qa/session-replay.md',
    (k) => `To reproduce as user 4412, paste these cookies into the browser (EditThisCookie → import):

${F}json
[
  { "domain": ".acme.io", "name": "auth_token", "value": "${k.bearerJwt()}", "httpOnly": true, "secure": true },
  { "domain": ".acme.io", "name": "connect.sid", "value": "s%3A${k.http(`${k.g.base64url(32)}.${k.g.base64url(43)}`)}", "httpOnly": true },
  { "domain": ".acme.io", "name": "XSRF-TOKEN", "value": "${k.u(k.g.base64url(40))}" },
  { "domain": ".acme.io", "name": "_ga", "value": "${k.n(`GA1.2.${k.g.digits(10)}.${k.g.digits(10)}`)}" },
  { "domain": ".acme.io", "name": "lang", "value": "de" }
]
${F}

Or with curl:

${F}
curl 'https://app.acme.io/api/me' -H 'cookie: laravel_session=${k.http(k.g.base64(200))}; remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d=${k.http(`${k.g.digits(4)}%7C${k.g.alnum(60)}`)}'
${F}

Rails apps use \`_acme_session=${k.http(`${k.g.base64(180)}--${k.g.hex(40)}`)}\`.
`,
  ),

  doc(
    'proxy-env-auth',
    ['http-auth', 'config-syntax'],
    'etc/environment',
    (k) => `PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
http_proxy="http://proxyuser:${k.s('connection-string', pctPw(k))}@proxy.acme.local:3128/"
https_proxy="http://proxyuser:${k.cs()}@proxy.acme.local:3128/"
HTTP_PROXY=http://${k.n('proxy.acme.local')}:3128
no_proxy="localhost,127.0.0.1,.acme.local,10.0.0.0/8"
JAVA_TOOL_OPTIONS="-Dhttp.proxyUser=proxyuser -Dhttp.proxyPassword=${pwm(k, /[\s"'\\$`]/)}"
PIP_INDEX_URL=https://pip:${k.cs()}@nexus.acme.local/repository/pypi/simple
`,
  ),

  doc(
    'wgetrc-curlrc',
    ['credential-file', 'http-auth'],
    'dotfiles/net/rc-files.txt',
    (k) => `# ~/.wgetrc
user_agent = Mozilla/5.0
http_user = mirror
http_password = ${pwm(k, /\s/)}
proxy_user = jdoe
proxy_password = ${hpwm(k, /\s/)}
check_certificate = on

# ~/.curlrc
user-agent = "acme-scripts/1.0"
user = "ops:${pwm(k, /["\\]/)}"
header = "X-Api-Token: ${k.http(k.g.alnum(40))}"
proxy-user = "jdoe:${k.n('$' + '{PROXY_PW}')}"
connect-timeout = 10
`,
  ),

  doc('python-httpclient-debug', ['http-auth', 'logs-and-output'], 'debug/http_debug.log', (k) => {
    const pw = pwFit(k, /[\s'"\\&=%+]/);
    return `DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.acme.io:443
send: b'POST /v1/login HTTP/1.1\\r\\nHost: api.acme.io\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nContent-Length: 52\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\n\\r\\n'
send: b'username=svc_sync&password=${k.s('password', pw)}'
reply: 'HTTP/1.1 200 OK\\r\\n'
header: Content-Type: application/json
header: Set-Cookie: sid=${k.http(k.g.hex(48))}; Path=/; HttpOnly
DEBUG:urllib3.connectionpool:https://api.acme.io:443 "POST /v1/login HTTP/1.1" 200 71
send: b'GET /v1/items HTTP/1.1\\r\\nHost: api.acme.io\\r\\nAuthorization: Bearer ${k.bearer()}\\r\\nX-Trace: ${k.n(k.g.hex(16))}\\r\\n\\r\\n'
reply: 'HTTP/1.1 200 OK\\r\\n'
opening connection to legacy.acme.io:443...
<- "GET /export HTTP/1.1\\r\\nAuthorization: Basic ${k.basic('export')}\\r\\nHost: legacy.acme.io\\r\\n\\r\\n"
-> "HTTP/1.1 200 OK\\r\\n"
`;
  }),

  doc(
    'digest-ntlm-wsse',
    ['http-auth', 'precision'],
    'debug/auth-schemes.txt',
    (k) => `Captured from the printer's embedded web server (Digest):

GET /hp/device/info HTTP/1.1
Authorization: Digest username="admin", realm="HP", nonce="${k.n(k.g.hex(32))}", uri="/hp/device/info", qop=auth, nc=00000001, cnonce="${k.n(k.g.hex(16))}", response="${k.n(k.g.hex(32))}", opaque="${k.n(k.g.hex(32))}"

NTLM handshake with the SharePoint box:

Authorization: NTLM ${k.u(`TlRMTVNTUAADAAAAGAAYAH${k.g.base64(300)}`)}
WWW-Authenticate: NTLM ${k.n(`TlRMTVNTUAACAAAADAAMADgAAAAFgomi${k.g.base64(120)}`)}

WSSE header for the old SOAP gateway (password sent as PasswordText!):

<wsse:Security>
  <wsse:UsernameToken>
    <wsse:Username>erp_soap</wsse:Username>
    <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${pwm(k, /[<>&\s]/)}</wsse:Password>
    <wsse:Nonce>${k.n(k.g.base64(24))}</wsse:Nonce>
  </wsse:UsernameToken>
</wsse:Security>

AWS SigV4 (no secret in it): Authorization: AWS4-HMAC-SHA256 Credential=${k.n('AKIAIOSFODNN7EXAMPLE')}/20240510/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${k.n(k.g.hex(64))}
`,
  ),

  doc(
    'graphql-playground-headers',
    ['http-auth'],
    'docs/graphql.md',
    (k) => `## Playground

Open https://api.acme.io/graphql and paste into **HTTP HEADERS**:

${F}json
{"Authorization":"Bearer ${k.bearerJwt()}","x-hasura-admin-secret":"${k.http(k.g.alnum(32))}"}
${F}

For local dev the admin secret is \`${k.n('myadminsecretkey')}\` (from docker-compose). Apollo Studio:

${F}json
{ "headers": { "apollographql-client-name": "studio", "Authorization": "${k.n('Bearer <token>')}" } }
${F}
`,
  ),

  doc(
    'thunder-client-env',
    ['http-auth', 'config-syntax'],
    'thunder-tests/thunderEnvironment.json',
    (k) => `[
  {
    "_id": "${k.n(k.g.uuid())}",
    "name": "prod",
    "default": false,
    "sortNum": 10000,
    "created": "2024-03-11T09:42:10.118Z",
    "modified": "2024-05-02T16:20:44.901Z",
    "data": [
      { "name": "url", "value": "https://api.acme.io" },
      { "name": "api_key", "value": "${k.http(k.g.alnum(40))}" },
      { "name": "basic", "value": "${k.basic('thunder')}" },
      { "name": "pass", "value": "${k.s('password', jsonEsc(hpwFit(k)))}" },
      { "name": "tenant_id", "value": "${k.n(k.g.uuid())}" }
    ]
  }
]
`,
  ),

  doc(
    'sas-and-signed-urls',
    ['http-auth', 'precision'],
    'config/storage-links.yaml',
    (k) => `# links handed to the BI team
exports:
  daily_orders: "https://acmeexports.blob.core.windows.net/daily/orders.csv?sp=r&st=2024-05-01T00:00:00Z&se=2025-05-01T00:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=${k.s('provider', encodeURIComponent(k.g.base64(43) + '='), 'Azure SAS')}"
  customers: "https://storage.googleapis.com/acme-exports/customers.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=exporter%40acme.iam.gserviceaccount.com%2F20240501%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20240501T000000Z&X-Goog-Expires=604800&X-Goog-SignedHeaders=host&X-Goog-Signature=${k.u(k.g.hex(512))}"
  manifest_sha256: ${k.n(k.g.hex(64))}
  dashboards: "https://bi.acme.io/embed/dash/12?embed_token=${k.http(k.g.base64url(48))}"
  public_status: "https://status.acme.io/?utm_source=${k.n('bi')}&ref=${k.n(k.g.hex(8))}"
`,
  ),
];

void opaque;
