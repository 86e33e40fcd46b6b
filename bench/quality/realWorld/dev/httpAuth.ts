// rw-dev: HTTP authentication as it leaks: headers in curl lines, HAR files, REST client files, proxies, logs.
import type { RealWorldDoc } from '../types';
import { doc, F } from './kit';

export const HTTP_AUTH_DOCS: RealWorldDoc[] = [
  doc(
    'api-readme-curl',
    ['http-auth', 'prose'],
    'docs/api/quickstart.md',
    (k) => `# Reports API quickstart

All requests need a token. Get one from **Settings → API**. Send it as a bearer token:

${F}bash
curl https://api.reports.acme.io/v1/reports \\
  -H "Authorization: Bearer ${k.n('<YOUR_TOKEN>')}"
${F}

Example (our staging tenant, read-only):

${F}bash
curl -s https://stg-api.reports.acme.io/v1/reports?limit=5 \\
  -H "Authorization: Bearer ${k.bearerJwt()}" | jq .
${F}

Older integrations use an API key header or query parameter:

${F}bash
curl -H "X-API-Key: ${k.http(k.g.hex(40))}" https://api.reports.acme.io/v1/ping
curl "https://api.reports.acme.io/v1/export.csv?api_key=${k.http(k.g.alnum(32))}&from=2024-01-01"
${F}

Rate limits: 600 requests/minute per token. Responses carry \`X-Request-Id\` (e.g. \`${k.n(k.g.uuid())}\`) for support.
`,
  ),

  doc(
    'har-login',
    ['http-auth', 'logs-and-output'],
    'debug/checkout-session.har',
    (k) => `{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "125.0" },
    "entries": [
      {
        "startedDateTime": "2024-05-02T09:12:44.120Z",
        "request": {
          "method": "GET",
          "url": "https://shop.acme.io/api/cart",
          "httpVersion": "HTTP/2",
          "headers": [
            { "name": "Host", "value": "shop.acme.io" },
            { "name": "Accept", "value": "application/json" },
            { "name": "Authorization", "value": "Bearer ${k.bearerJwt()}" },
            { "name": "Cookie", "value": "sessionid=${k.http(k.g.lower(32))}; _ga=${k.n(`GA1.1.${k.g.digits(10)}.${k.g.digits(10)}`)}; theme=dark" },
            { "name": "X-Request-Id", "value": "${k.n(k.g.uuid())}" }
          ],
          "cookies": [
            { "name": "sessionid", "value": "${k.http(k.g.lower(32))}" }
          ],
          "queryString": []
        },
        "response": {
          "status": 200,
          "headers": [
            { "name": "etag", "value": "W/\\"${k.n(k.g.hex(27))}\\"" },
            { "name": "set-cookie", "value": "csrftoken=${k.u(k.g.alnum(64))}; Path=/; SameSite=Lax" }
          ],
          "content": { "size": 1834, "mimeType": "application/json" }
        },
        "timings": { "send": 0.1, "wait": 84, "receive": 2 }
      },
      {
        "startedDateTime": "2024-05-02T09:12:45.004Z",
        "request": {
          "method": "POST",
          "url": "https://payments.partner-example.com/v2/intents?access_token=${k.http(k.g.base64url(43))}",
          "headers": [
            { "name": "Content-Type", "value": "application/json" },
            { "name": "Authorization", "value": "Basic ${k.basic('acme-shop')}" }
          ],
          "postData": { "mimeType": "application/json", "text": "{\\"amount\\":4999,\\"currency\\":\\"EUR\\"}" }
        },
        "response": { "status": 201, "headers": [], "content": { "size": 211 } }
      }
    ]
  }
}
`,
  ),

  doc(
    'postman-collection',
    ['http-auth', 'config-syntax'],
    'postman/Partner API.postman_collection.json',
    (k) => `{
  "info": {
    "_postman_id": "${k.n(k.g.uuid())}",
    "name": "Partner API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "basic",
    "basic": [
      { "key": "username", "value": "partner-acme", "type": "string" },
      { "key": "password", "value": "${k.hpw()}", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "List shipments",
      "request": {
        "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "${k.bearer()}", "type": "string" }] },
        "method": "GET",
        "header": [{ "key": "X-Partner-Key", "value": "${k.http(k.g.alnum(40))}" }],
        "url": { "raw": "{{baseUrl}}/shipments?status=open", "host": ["{{baseUrl}}"], "path": ["shipments"] }
      }
    },
    {
      "name": "Create label",
      "request": {
        "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "{{accessToken}}", "type": "string" }] },
        "method": "POST",
        "url": { "raw": "{{baseUrl}}/labels" }
      }
    }
  ],
  "variable": [{ "key": "baseUrl", "value": "https://api.partner-example.com/v1" }]
}
`,
  ),

  doc(
    'rest-client-http-file',
    ['http-auth'],
    'requests/orders.http',
    (k) => `@host = https://stg.orders.acme.io
@token = ${k.bearerJwt()}

### health
GET {{host}}/health

### list orders (as support user)
GET {{host}}/api/orders?status=pending
Authorization: Bearer {{token}}

### legacy admin endpoint
GET {{host}}/admin/stats
Authorization: Basic ${k.basic('admin')}

### partner callback
POST {{host}}/api/callbacks/partner
Content-Type: application/json
X-Signature: ${k.n(`sha256=${k.g.hex(64)}`)}
X-Api-Token: ${k.http(k.g.alnum(32))}

{ "order": "A-10042", "state": "shipped" }
`,
  ),

  doc(
    'nginx-upstream-auth',
    ['http-auth', 'config-syntax'],
    'deploy/nginx/conf.d/legacy-proxy.conf',
    (k) => `upstream legacy_erp {
    server 10.0.40.12:8080;
    keepalive 16;
}

server {
    listen 443 ssl http2;
    server_name erp-proxy.acme.io;

    ssl_certificate     /etc/ssl/acme/fullchain.pem;
    ssl_certificate_key /etc/ssl/acme/privkey.pem;

    location / {
        proxy_pass http://legacy_erp;
        # ERP only speaks basic auth; we inject the technical user here
        proxy_set_header Authorization "Basic ${k.basic('erp-proxy')}";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location /reports/ {
        proxy_pass https://reports.vendor-example.com/;
        proxy_set_header X-Api-Key "${k.http(k.g.hex(32))}";
        proxy_set_header Authorization $http_authorization;
    }
}
`,
  ),

  doc(
    'py-requests-auth',
    ['http-auth', 'code'],
    'integrations/crm_sync.py',
    (k) => `import logging
import os

import requests

log = logging.getLogger(__name__)

CRM_URL = "https://acme.crm-example.com/api/v3"
CRM_USER = "integration@acme.example"
CRM_PASS = "${k.hpw()}"
TOKEN = os.environ.get("CRM_TOKEN")


def fetch_contacts(since):
    r = requests.get(f"{CRM_URL}/contacts", params={"since": since}, auth=(CRM_USER, CRM_PASS), timeout=30)
    r.raise_for_status()
    return r.json()["items"]


def push_deal(deal):
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    return requests.post(f"{CRM_URL}/deals", json=deal, headers=headers, timeout=30)


def push_to_warehouse(rows):
    # warehouse ingest has its own static key
    headers = {"X-Ingest-Key": "${k.http(k.g.base64url(40))}"}
    return requests.post("https://ingest.acme-warehouse.internal/v1/rows", json=rows, headers=headers, timeout=60)


def legacy_export():
    return requests.get("https://legacy.crm-example.com/export", auth=requests.auth.HTTPBasicAuth("acme", "${k.hpw()}"))
`,
  ),

  doc(
    'js-fetch-headers',
    ['http-auth', 'code'],
    'web/src/lib/analyticsClient.ts',
    (k) => `// Thin client for the analytics backend. Server-side only.
const BASE = 'https://analytics.acme.io/api';

export async function track(event: string, props: Record<string, unknown>): Promise<void> {
  await fetch(\`\${BASE}/events\`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-api-key': '${k.http(k.g.alnum(40))}',
    },
    body: JSON.stringify({ event, props, ts: Date.now() }),
  });
}

export async function exportDaily(day: string): Promise<Response> {
  return fetch(\`\${BASE}/export?day=\${day}\`, {
    headers: { Authorization: 'Bearer ${k.bearer()}' },
  });
}

export async function withUserToken(token: string) {
  return fetch(\`\${BASE}/me\`, { headers: { Authorization: \`Bearer \${token}\` } });
}
`,
  ),

  doc('access-log-tokens', ['http-auth', 'logs-and-output'], 'logs/nginx/access.log', (k) => {
    const ip = () => `${k.g.pick(['10.0.3', '172.16.8', '192.168.1'])}.${Number(k.g.digits(2)) + 2}`;
    return `${ip()} - - [02/May/2024:10:01:12 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"
${ip()} - - [02/May/2024:10:01:14 +0000] "GET /api/v1/feed?token=${k.http(k.g.hex(40))}&page=2 HTTP/1.1" 200 5120 "-" "okhttp/4.12.0"
${ip()} - - [02/May/2024:10:01:15 +0000] "GET /static/app.${k.n(k.g.hex(8))}.js HTTP/1.1" 200 88120 "https://shop.acme.io/" "Mozilla/5.0"
${ip()} - admin [02/May/2024:10:01:19 +0000] "POST /admin/login HTTP/1.1" 302 0 "-" "Mozilla/5.0"
${ip()} - - [02/May/2024:10:01:22 +0000] "GET /export.csv?api_key=${k.http(k.g.alnum(32))} HTTP/1.1" 200 10492 "-" "python-requests/2.31.0"
${ip()} - - [02/May/2024:10:01:25 +0000] "GET /ws?access_token=${k.bearerJwt()} HTTP/1.1" 101 0 "-" "Mozilla/5.0"
${ip()} - - [02/May/2024:10:01:30 +0000] "GET /api/v1/items?id=${k.n(k.g.uuid())} HTTP/1.1" 200 733 "-" "axios/1.6.8"
`;
  }),

  doc(
    'copy-as-curl',
    ['http-auth', 'command-line'],
    'notes/repro-bug-2231.md',
    (k) => `Repro for BUG-2231 (copied from Chrome devtools, "Copy as cURL"):

${F}
curl 'https://app.acme.io/api/projects/8812/members' \\
  -H 'accept: application/json, text/plain, */*' \\
  -H 'accept-language: en-US,en;q=0.9,de;q=0.8' \\
  -H 'cookie: _ga=${k.n(`GA1.1.${k.g.digits(9)}.${k.g.digits(10)}`)}; connect.sid=s%3A${k.http(`${k.g.base64url(32)}.${k.g.base64url(43)}`)}; intercom-id-x=${k.n(k.g.uuid())}' \\
  -H 'referer: https://app.acme.io/projects/8812' \\
  -H 'sec-ch-ua-platform: "macOS"' \\
  -H 'user-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36' \\
  -H 'x-csrf-token: ${k.u(k.g.base64url(43))}' \\
  --compressed
${F}

Returns 500 when the project has > 100 members. Same with the PHP app:

${F}
curl -b 'PHPSESSID=${k.http(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26))}' https://legacy.acme.io/members.php?project=8812
curl --cookie "JSESSIONID=${k.http(k.g.chars('0123456789ABCDEF', 32))}" https://erp.acme.io/members
${F}
`,
  ),

  doc(
    'prometheus-scrape-auth',
    ['http-auth', 'config-syntax'],
    'monitoring/prometheus.yml',
    (k) => `global:
  scrape_interval: 30s
  evaluation_interval: 30s

scrape_configs:
  - job_name: node
    static_configs:
      - targets: ['node1:9100', 'node2:9100']

  - job_name: rabbitmq
    metrics_path: /metrics
    basic_auth:
      username: prometheus
      password: ${k.hpw()}
    static_configs:
      - targets: ['rabbit01:15692']

  - job_name: saas-exporter
    scheme: https
    authorization:
      type: Bearer
      credentials: ${k.http(k.g.base64url(48))}
    static_configs:
      - targets: ['metrics.saas-example.com']

  - job_name: blackbox
    bearer_token_file: ${k.n('/etc/prometheus/secrets/blackbox-token')}
    static_configs:
      - targets: ['blackbox:9115']

remote_write:
  - url: https://prometheus-prod-01-eu-west-0.grafana.net/api/prom/push
    basic_auth:
      username: "${k.n(k.g.digits(6))}"
      password: ${k.prov('grafana', 'Grafana')}
`,
  ),

  doc('es-apikey-header', ['http-auth', 'command-line', 'prose'], 'docs/search/reindex.md', (k) => {
    const id = k.g.base64url(20);
    return `# Reindexing products

Create an API key in Kibana (Stack Management → API keys). It returns \`id\` and \`api_key\`; the header is
\`ApiKey base64(id:api_key)\`.

${F}
curl -X POST "https://search.acme.io:9243/_reindex?wait_for_completion=false" \\
  -H "Authorization: ApiKey ${k.http(k.raw.b64(`${id}:${k.g.base64url(22)}`))}" \\
  -H 'Content-Type: application/json' \\
  -d '{"source":{"index":"products-v7"},"dest":{"index":"products-v8"}}'
${F}

Task id comes back as \`${k.n(`${k.g.base64url(22)}:${k.g.digits(7)}`)}\`; poll \`GET _tasks/<id>\`.

The elastic superuser works too but please don't: \`curl -u elastic:${k.hpw()} ...\`
`;
  }),

  doc(
    'go-http-client',
    ['http-auth', 'code'],
    'pkg/vendor/client.go',
    (k) => `package vendor

import (
	"context"
	"net/http"
	"time"
)

const baseURL = "https://api.vendor-example.com/v2"

type Client struct {
	http  *http.Client
	token string
}

func New(token string) *Client {
	return &Client{http: &http.Client{Timeout: 20 * time.Second}, token: token}
}

func (c *Client) get(ctx context.Context, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	return c.http.Do(req)
}

// legacyGet talks to the v1 API which still uses basic auth.
func (c *Client) legacyGet(ctx context.Context, path string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://legacy.vendor-example.com"+path, nil)
	req.SetBasicAuth("acme-sync", "${k.hpw()}")
	req.Header.Set("X-Client-Key", "${k.http(k.g.hex(32))}")
	return c.http.Do(req)
}

var defaultClient = New("${k.bearer()}")
`,
  ),

  doc(
    'java-okhttp-basic',
    ['http-auth', 'code'],
    'src/main/java/com/acme/erp/ErpClient.java',
    (k) => `package com.acme.erp;

import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;

public final class ErpClient {
    private static final String BASE = "https://erp.acme.internal/sap/opu/odata/sap";
    private static final String USER = "RFC_ACME";
    private static final String PASS = "${k.hpw()}";

    private final OkHttpClient http = new OkHttpClient();

    public String material(String id) throws IOException {
        Request req = new Request.Builder()
            .url(BASE + "/API_PRODUCT_SRV/A_Product('" + id + "')")
            .header("Authorization", Credentials.basic(USER, PASS))
            .header("Accept", "application/json")
            .build();
        try (Response r = http.newCall(req).execute()) {
            return r.body().string();
        }
    }

    public String stock() throws IOException {
        Request req = new Request.Builder()
            .url(BASE + "/stock")
            .header("Authorization", "Basic ${k.basic('RFC_STOCK')}")
            .build();
        try (Response r = http.newCall(req).execute()) {
            return r.body().string();
        }
    }
}
`,
  ),

  doc(
    'ansible-uri-headers',
    ['http-auth', 'config-syntax'],
    'roles/monitoring/tasks/register.yml',
    (k) => `---
- name: Register host in the monitoring SaaS
  ansible.builtin.uri:
    url: "https://api.monitor-example.com/v1/hosts"
    method: POST
    body_format: json
    body:
      hostname: "{{ inventory_hostname }}"
      tags: "{{ monitoring_tags }}"
    headers:
      X-Auth-Token: "${k.http(k.g.hex(40))}"
    status_code: [200, 201]

- name: Silence alerts during maintenance
  ansible.builtin.uri:
    url: "https://alertmanager.acme.internal/api/v2/silences"
    method: POST
    url_username: ops
    url_password: "${k.hpw()}"
    force_basic_auth: true
    body_format: json
    body: "{{ lookup('template', 'silence.json.j2') }}"

- name: Notify chat
  ansible.builtin.uri:
    url: "https://chat.acme.io/hooks/{{ chat_hook_id }}"
    method: POST
    headers:
      Authorization: "Bearer {{ chat_token }}"
    body_format: json
    body: { text: "{{ inventory_hostname }} registered" }
`,
  ),

  doc(
    'websocket-proxy-urls',
    ['http-auth', 'config-syntax'],
    'config/realtime.json',
    (k) => `{
  "realtime": {
    "url": "wss://rt.acme.io/socket?access_token=${k.http(k.g.base64url(43))}",
    "reconnectMs": 2000
  },
  "proxy": {
    "http": "http://proxyuser:${k.cs()}@proxy.corp.local:3128",
    "https": "http://proxyuser:${k.cs()}@proxy.corp.local:3128",
    "noProxy": "localhost,127.0.0.1,.corp.local"
  },
  "webhooks": {
    "teams": "https://acme.webhook.office.com/webhookb2/${k.n(k.g.uuid())}@${k.n(k.g.uuid())}/IncomingWebhook/${k.tok(k.g.hex(32))}/${k.n(k.g.uuid())}",
    "grafana": "https://grafana.acme.io/api/alerts/hook?token=${k.http(k.g.alnum(32))}"
  }
}
`,
  ),

  doc(
    'openapi-examples',
    ['http-auth', 'precision'],
    'api/openapi.yaml',
    (k) => `openapi: 3.0.3
info:
  title: Acme Orders API
  version: 2.3.0
servers:
  - url: https://api.acme.io/v2
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    apiKey:
      type: apiKey
      in: header
      name: X-API-Key
  parameters:
    Authorization:
      name: Authorization
      in: header
      required: true
      schema: { type: string }
      example: "Bearer ${k.n('<access_token>')}"
  schemas:
    LoginRequest:
      type: object
      properties:
        username: { type: string, example: "jane.doe" }
        password: { type: string, format: password, example: "${k.n('********')}" }
    Token:
      type: object
      properties:
        access_token: { type: string, example: "${k.n(k.raw.JWT_IO_SAMPLE)}" }
        token_type: { type: string, example: "Bearer" }
        expires_in: { type: integer, example: 3600 }
security:
  - bearerAuth: []
paths:
  /orders:
    get:
      summary: List orders
      parameters:
        - in: header
          name: X-API-Key
          schema: { type: string }
          example: ${k.n('YOUR_API_KEY')}
      responses:
        '200': { description: OK }
`,
  ),

  doc(
    'k6-load-test',
    ['http-auth', 'code'],
    'loadtest/checkout.js',
    (k) => `import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = { vus: 50, duration: '5m' };

const BASE = __ENV.BASE_URL || 'https://stg.shop.acme.io';
// service account of the load-test tenant
const TOKEN = __ENV.TOKEN || '${k.http(k.raw.jwt(k.g))}';
const params = { headers: { Authorization: \`Bearer \${TOKEN}\`, 'Content-Type': 'application/json' } };

export default function () {
  const res = http.get(\`\${BASE}/api/products?limit=20\`, params);
  check(res, { 'status 200': (r) => r.status === 200 });
  const cart = http.post(\`\${BASE}/api/cart\`, JSON.stringify({ sku: 'SKU-1001', qty: 1 }), {
    headers: { 'X-Api-Key': '${k.http(k.g.hex(32))}', 'Content-Type': 'application/json' },
  });
  check(cart, { 'cart 201': (r) => r.status === 201 });
  sleep(1);
}
`,
  ),

  doc(
    'azure-pipelines-extraheader',
    ['http-auth', 'config-syntax', 'command-line'],
    'azure-pipelines.yml',
    (k) => `trigger:
  branches: { include: [main] }

pool:
  vmImage: ubuntu-latest

variables:
  buildConfiguration: Release
  NUGET_FEED: https://pkgs.dev.azure.com/acme/_packaging/internal/nuget/v3/index.json

steps:
  - checkout: self
    persistCredentials: true
  - script: |
      git -c http.extraheader="AUTHORIZATION: basic ${k.basic('', k.raw.p.azureDevops(k.g))}" clone https://dev.azure.com/acme/Shared/_git/build-scripts
    displayName: fetch build scripts
  - script: git -c http.extraheader="AUTHORIZATION: bearer $(System.AccessToken)" submodule update --init
    displayName: submodules
  - task: DotNetCoreCLI@2
    inputs:
      command: build
      arguments: --configuration $(buildConfiguration)
`,
  ),

  doc(
    'digest-ntlm-captures',
    ['http-auth', 'precision', 'logs-and-output'],
    'debug/proxy-auth-capture.txt',
    (k) => `Captured while debugging the proxy auth loop (2024-04-18). Digest and NTLM values are challenge
responses, not reusable passwords; kept for the vendor ticket.

> GET /intranet/ HTTP/1.1
> Host: intranet.corp.local
< HTTP/1.1 401 Unauthorized
< WWW-Authenticate: Digest realm="corp", qop="auth", nonce="${k.n(k.g.base64(32))}", opaque="${k.n(k.g.hex(32))}"
> GET /intranet/ HTTP/1.1
> Authorization: Digest username="jdoe", realm="corp", nonce="${k.n(k.g.base64(32))}", uri="/intranet/", response="${k.n(k.g.hex(32))}", qop=auth, nc=00000001, cnonce="${k.n(k.g.hex(16))}"
< HTTP/1.1 200 OK

> GET /sharepoint/ HTTP/1.1
> Authorization: NTLM ${k.u(`TlRMTVNTUAADAAAAGAAYA${k.g.base64(180)}`)}
< HTTP/1.1 200 OK

The service user for the same proxy (basic) was: Proxy-Authorization: Basic ${k.basic('svc-proxy')}
`,
  ),

  doc(
    'traefik-dynamic',
    ['http-auth', 'config-syntax', 'precision'],
    'traefik/dynamic/middlewares.yml',
    (k) => `http:
  middlewares:
    admin-auth:
      basicAuth:
        users:
          - "admin:${k.n(`$apr1$${k.g.alnum(8)}$${k.g.alnum(22)}`)}"
          - "ops:${k.n(k.raw.bcrypt(k.g))}"
    api-headers:
      headers:
        customRequestHeaders:
          X-Upstream-Key: "${k.http(k.g.alnum(48))}"
          X-Forwarded-Proto: "https"
    sso:
      forwardAuth:
        address: "http://oauth2-proxy:4180/oauth2/auth"
        authResponseHeaders: ["X-Auth-Request-User", "X-Auth-Request-Email", "Authorization"]
`,
  ),

  doc(
    'graphql-client-config',
    ['http-auth', 'config-syntax'],
    '.graphqlrc.yml',
    (k) => `schema:
  - https://api.acme.io/graphql:
      headers:
        Authorization: Bearer ${k.bearer()}
documents: 'src/**/*.graphql'
extensions:
  codegen:
    generates:
      src/gql/:
        preset: client
  endpoints:
    staging:
      url: https://stg.api.acme.io/graphql
      headers:
        x-hasura-admin-secret: ${k.http(k.g.alnum(32))}
    local:
      url: http://localhost:8080/v1/graphql
      headers:
        x-hasura-admin-secret: \${HASURA_ADMIN_SECRET}
`,
  ),

  doc(
    'insomnia-export',
    ['http-auth', 'config-syntax'],
    'insomnia/workspace.yaml',
    (k) => `_type: export
__export_format: 4
__export_source: insomnia.desktop.app:v8.6.1
resources:
  - _id: req_${k.n(k.g.hex(32))}
    _type: request
    name: Get invoices
    method: GET
    url: "{{ _.base }}/invoices"
    authentication:
      type: basic
      username: billing-api
      password: ${k.hpw()}
  - _id: req_${k.n(k.g.hex(32))}
    _type: request
    name: Webhook test
    method: POST
    url: "{{ _.base }}/hooks/test"
    headers:
      - name: Authorization
        value: Token ${k.http(k.g.hex(40))}
  - _id: env_${k.n(k.g.hex(32))}
    _type: environment
    name: Base Environment
    data:
      base: https://billing.acme.io/api
      apiToken: ${k.tok()}
`,
  ),

  doc(
    'webhook-urls-tokens',
    ['http-auth', 'config-syntax'],
    'alertmanager/alertmanager.yml',
    (k) => `global:
  resolve_timeout: 5m
  slack_api_url: https://hooks.slack.com/services/${k.prov('slackWebhookPath', 'Slack webhook')}

route:
  receiver: ops-slack
  routes:
    - matchers: [severity="critical"]
      receiver: pagerduty

receivers:
  - name: ops-slack
    slack_configs:
      - channel: '#ops-alerts'
        send_resolved: true
  - name: pagerduty
    pagerduty_configs:
      - routing_key: ${k.s('provider', k.g.hex(32), 'PagerDuty')}
  - name: discord
    webhook_configs:
      - url: https://discord.com/api/webhooks/${k.prov('discordWebhookPath', 'Discord webhook')}
  - name: generic
    webhook_configs:
      - url: https://hooks.acme.io/alerts?key=${k.http(k.g.alnum(24))}
        http_config:
          basic_auth: { username: alertmanager, password: ${k.hpw()} }
`,
  ),

  doc(
    'php-curl-headers',
    ['http-auth', 'code'],
    'app/Services/SmsGateway.php',
    (k) => `<?php

namespace App\\Services;

class SmsGateway
{
    private const ENDPOINT = 'https://rest.sms-example.com/v1/messages';
    private const API_KEY = '${k.tok(k.g.hex(32))}';

    public function send(string $to, string $text): bool
    {
        $ch = curl_init(self::ENDPOINT);
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTPHEADER => [
                'Content-Type: application/json',
                'Authorization: AccessKey ${k.http(k.g.alnum(25))}',
            ],
            CURLOPT_POSTFIELDS => json_encode(['recipients' => [$to], 'body' => $text]),
        ]);
        $ok = curl_exec($ch) !== false;
        curl_close($ch);
        return $ok;
    }

    public function balance(): string
    {
        $ch = curl_init('https://rest.sms-example.com/v1/balance');
        curl_setopt($ch, CURLOPT_USERPWD, 'acme:' . '${k.hpw()}');
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        return (string) curl_exec($ch);
    }
}
`,
  ),

  doc(
    'burp-request-dump',
    ['http-auth', 'logs-and-output'],
    'pentest/findings/F-07-request.txt',
    (k) => `Finding F-07: session token accepted after logout

Request (replayed 15 minutes after logout):

POST /api/account/email HTTP/1.1
Host: portal.acme.io
Cookie: AUTH_SESSION=${k.http(k.g.base64(64))}; lang=en; cookie_consent=1
X-XSRF-TOKEN: ${k.u(k.g.hex(36))}
Content-Type: application/json
Content-Length: 37

{"email":"attacker@pentest.example"}

Response:

HTTP/1.1 200 OK
Server: nginx
X-Trace-Id: ${k.n(k.g.hex(32))}
Set-Cookie: AUTH_SESSION=${k.http(k.g.base64(64))}; HttpOnly; Secure

Also reproduced with a Rails app cookie: _acme_session=${k.http(`${k.g.base64(120)}--${k.g.hex(40)}`)}
`,
  ),
];
