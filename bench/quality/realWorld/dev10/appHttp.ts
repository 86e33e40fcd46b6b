// rw-dev10 app part: HTTP auth (headers in code and config, Basic/Bearer, keys in URLs, cookies, Postman/Insomnia
// exports, .http files, HAR).
import type { RealWorldDoc } from '../types';
import { adoc } from './appValues';

export const APP_HTTP_DOCS: RealWorldDoc[] = [
  adoc(
    'postman-collection',
    ['http-auth', 'config-syntax'],
    'docs/api/Orders.postman_collection.json',
    (k) => `{
  "info": {
    "_postman_id": "${k.n(k.g.uuid())}",
    "name": "Orders API (prod)",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{ "key": "token", "value": "${k.jwt()}", "type": "string" }]
  },
  "item": [
    {
      "name": "List orders",
      "request": {
        "method": "GET",
        "header": [
          { "key": "X-Api-Key", "value": "${k.tok(k.g.alnum(40))}", "type": "text" },
          { "key": "Accept-Language", "value": "de-DE", "type": "text" }
        ],
        "url": { "raw": "{{baseUrl}}/orders?limit=50", "host": ["{{baseUrl}}"], "path": ["orders"] }
      }
    },
    {
      "name": "Legacy export (basic)",
      "request": {
        "auth": {
          "type": "basic",
          "basic": [
            { "key": "password", "value": "${k.hpw()}", "type": "string" },
            { "key": "username", "value": "export", "type": "string" }
          ]
        },
        "method": "GET",
        "url": { "raw": "https://legacy.brightline.io/export.csv" }
      }
    },
    {
      "name": "Refresh token",
      "request": {
        "method": "POST",
        "body": { "mode": "urlencoded", "urlencoded": [
          { "key": "grant_type", "value": "refresh_token" },
          { "key": "client_id", "value": "${k.n('orders-postman')}" },
          { "key": "client_secret", "value": "${k.tok(k.g.alnum(32))}" },
          { "key": "refresh_token", "value": "${k.n('{{refreshToken}}')}" }
        ]},
        "url": { "raw": "https://sso.brightline.io/realms/main/protocol/openid-connect/token" }
      }
    }
  ],
  "variable": [
    { "key": "baseUrl", "value": "https://api.brightline.io/v1" },
    { "key": "refreshToken", "value": "${k.tok(k.g.base64url(64))}" }
  ]
}
`,
  ),

  adoc(
    'postman-environment',
    ['http-auth', 'config-syntax'],
    'postman/staging.postman_environment.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "name": "Staging",
  "values": [
    { "key": "base_url", "value": "https://staging.api.mandalina.app", "enabled": true },
    { "key": "api_key", "value": "${k.tok(k.g.hex(40))}", "type": "secret", "enabled": true },
    { "key": "admin_password", "value": "${k.hpw()}", "type": "secret", "enabled": true },
    { "key": "access_token", "value": "", "type": "default", "enabled": true },
    { "key": "webhook_secret", "value": "${k.tok(k.g.alnum(24))}", "type": "default", "enabled": true },
    { "key": "tenant_id", "value": "${k.n(k.g.uuid())}", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
`,
  ),

  adoc(
    'insomnia-export',
    ['http-auth', 'config-syntax'],
    'insomnia/Insomnia_2024-05-02.yaml',
    (k) => `_type: export
__export_format: 4
__export_source: insomnia.desktop.app:v2023.5.8
resources:
  - _id: req_${k.n(k.g.hex(32))}
    _type: request
    parentId: wrk_${k.n(k.g.hex(32))}
    name: Get invoices
    method: GET
    url: https://api.fakturoid.cz/api/v3/accounts/halden/invoices.json
    authentication:
      type: basic
      username: fakturace@halden.cz
      password: ${k.tok(k.g.hex(40))}
    headers:
      - name: User-Agent
        value: Halden Sync (it@halden.cz)
  - _id: req_${k.n(k.g.hex(32))}
    _type: request
    name: Slack post
    method: POST
    url: https://slack.com/api/chat.postMessage
    authentication:
      type: bearer
      token: ${k.prov('slackBot', 'slack')}
  - _id: env_${k.n(k.g.hex(32))}
    _type: environment
    data:
      host: https://api.halden.cz
      apiKey: ${k.tok(k.g.base64url(32))}
      password: ${k.hpw()}
`,
  ),

  adoc(
    'rest-client-http-file',
    ['http-auth'],
    'requests/api.http',
    (k) => `### Variables
@host = https://api.solace.app
@token = ${k.jwt()}

### Login
POST {{host}}/auth/login
Content-Type: application/json

{
  "email": "qa@solace.app",
  "password": "${k.hpw()}"
}

### Me
GET {{host}}/me
Authorization: Bearer ${k.n('{{token}}')}

### Admin (basic)
GET {{host}}/admin/stats
Authorization: Basic ${k.basic('ops')}

### Partner endpoint
GET {{host}}/partner/feed
X-Partner-Key: ${k.tok(k.g.hex(32))}

### Old style, key in query
GET {{host}}/v1/legacy/search?q=lamp&api_key=${k.tok(k.g.alnum(32))}
`,
  ),

  adoc(
    'jetbrains-http-client-env',
    ['http-auth', 'config-syntax'],
    'http-client.private.env.json',
    (k) => `{
  "dev": {
    "host": "http://localhost:8080",
    "username": "dev",
    "password": "${k.n('dev')}"
  },
  "prod": {
    "host": "https://api.kedimarket.com.tr",
    "username": "ops",
    "password": "${k.hpw()}",
    "apiKey": "${k.tok(k.g.alnum(40))}",
    "clientSecret": "${k.tok(k.g.hex(64))}"
  }
}
`,
  ),

  adoc(
    'har-capture',
    ['http-auth', 'logs-and-output'],
    'bugreports/checkout-timeout.har',
    (k) => `{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "125.0" },
    "entries": [
      {
        "startedDateTime": "2026-11-28T09:14:03.112Z",
        "request": {
          "method": "POST",
          "url": "https://shop.lojinha.com.br/api/checkout",
          "headers": [
            { "name": "Cookie", "value": "_lojinha_session=${k.http(k.g.base64url(120))}; cart_id=${k.n(k.g.uuid())}; _ga=${k.n('GA1.1.' + k.g.digits(10) + '.' + k.g.digits(10))}" },
            { "name": "X-CSRF-Token", "value": "${k.u(k.g.base64(64))}" },
            { "name": "Authorization", "value": "Bearer ${k.jwt()}" }
          ],
          "postData": { "mimeType": "application/json", "text": "{\\"cartId\\":\\"x\\",\\"card\\":\\"${k.n('tok_visa')}\\"}" }
        },
        "response": {
          "status": 504,
          "headers": [
            { "name": "Set-Cookie", "value": "remember_token=${k.http(k.g.hex(64))}; Path=/; HttpOnly; Secure" },
            { "name": "X-Request-Id", "value": "${k.n(k.g.uuid())}" },
            { "name": "ETag", "value": "W/\\"${k.n(k.g.hex(32))}\\"" }
          ]
        }
      }
    ]
  }
}
`,
  ),

  adoc(
    'axios-instance',
    ['http-auth', 'code'],
    'src/api/partnerClient.ts',
    (k) => `import axios from 'axios';

export const partner = axios.create({
  baseURL: 'https://api.partner-logistik.de/v2',
  timeout: 15_000,
  headers: {
    Authorization: 'Bearer ${k.bearer()}',
    'X-Client-Id': '${k.n('nordwind-web')}',
  },
});

export const legacy = axios.create({
  baseURL: 'https://legacy.partner-logistik.de',
  auth: { username: 'nordwind', password: '${k.hpw()}' },
});

export const geocode = (q: string) =>
  axios.get(\`https://geocoder.partner-logistik.de/search?q=\${encodeURIComponent(q)}&key=${k.tok(k.g.hex(32))}\`);

// header name list for the proxy allow-list; values are never stored
export const FORWARDED_HEADERS = ['${k.n('Authorization')}', '${k.n('X-Api-Key')}', 'X-Request-Id'];
`,
  ),

  adoc(
    'fetch-in-react',
    ['http-auth', 'code'],
    'src/hooks/useWeather.ts',
    (k) => `import { useEffect, useState } from 'react';

// 天気API — 無料プランのキー（本番では proxy 経由にすること）
const WEATHER_KEY = '${k.tok(k.g.hex(32))}';

export function useWeather(city: string) {
  const [data, setData] = useState<unknown>(null);
  useEffect(() => {
    fetch(\`https://api.openweathermap.org/data/2.5/weather?q=\${city}&appid=\${WEATHER_KEY}&lang=ja\`)
      .then((r) => r.json())
      .then(setData);
    fetch('/internal/metrics', { headers: { 'x-metrics-token': '${k.tok(k.g.alnum(28))}' } });
  }, [city]);
  return data;
}
`,
  ),

  adoc(
    'python-requests-auth',
    ['http-auth', 'code'],
    'integrations/jira_sync.py',
    (k) => `import requests
from requests.auth import HTTPBasicAuth

JIRA = "https://vintra.atlassian.net"
auth = HTTPBasicAuth("bot@vintra.io", "${k.pv('atlassian', 'ATATT3xFfGF0' + k.g.base64url(170) + '=' + k.g.hex(8).toUpperCase())}")

s = requests.Session()
s.auth = auth
s.headers.update({"Accept": "application/json"})

confluence = requests.Session()
confluence.headers["Authorization"] = "Basic ${k.basic('wiki-sync@vintra.io')}"

teamcity = requests.get("https://ci.vintra.io/app/rest/builds", headers={"Authorization": "Bearer ${k.tok('eyJ0eXAiOiAiVENWMiJ9.' + k.g.base64url(36) + '.' + k.g.base64url(48))}"})
grafana = requests.get("https://grafana.vintra.io/api/dashboards/home", auth=("admin", "${k.hpw()}"))
`,
  ),

  adoc(
    'nginx-proxy-headers',
    ['http-auth', 'config-syntax'],
    'nginx/conf.d/upstreams.conf',
    (k) => `upstream search_backend { server 10.0.4.20:9200; }

server {
    listen 443 ssl;
    server_name search.orbis.pl;

    location / {
        proxy_pass http://search_backend;
        proxy_set_header Authorization "Basic ${k.basic('elastic')}";
        proxy_set_header X-Request-Id $request_id;
    }

    location /partner/ {
        proxy_pass https://partner.example-erp.pl/;
        proxy_set_header X-API-KEY "${k.tok(k.g.alnum(40))}";
        proxy_set_header Cookie "sessionid=${k.http(k.g.lower(32).replace(/[aeiou]/g, (c) => c + '1'))}";
    }

    location /metrics {
        auth_basic "${k.n('Prometheus')}";
        auth_basic_user_file ${k.n('/etc/nginx/.htpasswd')};
    }
}
`,
  ),

  adoc(
    'curl-in-php',
    ['http-auth', 'code'],
    'src/Sms/SmsGateway.php',
    (k) => `<?php
namespace App\\Sms;

class SmsGateway
{
    private const ENDPOINT = 'https://api.smsgate.es/v1/send';

    public function send(string $to, string $text): bool
    {
        $ch = curl_init(self::ENDPOINT);
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_HTTPHEADER => [
                'Content-Type: application/json',
                'Authorization: Bearer ${k.bearer()}',
            ],
            CURLOPT_USERPWD => 'tiendaluna:${k.hpw()}',
            CURLOPT_POSTFIELDS => json_encode(['to' => $to, 'text' => $text]),
            CURLOPT_RETURNTRANSFER => true,
        ]);
        $out = curl_exec($ch);
        return $out !== false;
    }
}
`,
  ),

  adoc(
    'java-httpclient-headers',
    ['http-auth', 'code'],
    'src/main/java/com/acme/pay/Gateway.java',
    (k) => `package com.acme.pay;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

class Gateway {
    private static final String MERCHANT_KEY = "${k.tok(k.g.uuid())}";
    private static final String API_SECRET = "${k.tok(k.g.base64(32))}";

    HttpRequest charge(String body) {
        return HttpRequest.newBuilder(URI.create("https://api.paygate.example/v1/charges"))
            .header("X-Merchant-Key", MERCHANT_KEY)
            .header("X-Signature-Secret", API_SECRET)
            .header("Authorization", "Basic " + "${k.basic('acme-prod')}")
            .header("Idempotency-Key", "${k.n(k.g.uuid())}")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    }
}
`,
  ),

  adoc(
    'webhook-urls-config',
    ['http-auth', 'config-syntax'],
    'config/notifications.yml',
    (k) => `channels:
  ops:
    slack: ${k.prov('slackHook', 'slack-webhook')}
  sales:
    teams: https://halden.webhook.office.com/webhookb2/${k.n(k.g.uuid())}@${k.n(k.g.uuid())}/IncomingWebhook/${k.tok(k.g.hex(32))}/${k.n(k.g.uuid())}
  alerts:
    discord: https://discord.com/api/webhooks/${k.n(k.g.digits(18))}/${k.tok(k.g.base64url(68))}
    telegram: https://api.telegram.org/bot${k.n(k.g.digits(10))}:${k.tok('AA' + k.g.base64url(33))}/sendMessage?chat_id=-100${k.g.digits(10)}
  status_page:
    url: https://status.halden.no/api/v1/incidents?api_key=${k.tok(k.g.alnum(32))}
`,
  ),

  adoc(
    'websocket-client-token',
    ['http-auth', 'code'],
    'src/realtime/socket.ts',
    (k) => `import { io } from 'socket.io-client';

// staging only – prod gets the token from /api/session
const STAGING_TOKEN = '${k.jwt()}';

export const socket = io('wss://rt.mandalina.app', {
  transports: ['websocket'],
  auth: { token: ${k.n('import.meta.env.VITE_RT_TOKEN')} ?? STAGING_TOKEN },
  query: { apiKey: '${k.tok(k.g.alnum(32))}' },
  extraHeaders: { 'X-Device-Id': '${k.n(k.g.uuid())}' },
});
`,
  ),
];
