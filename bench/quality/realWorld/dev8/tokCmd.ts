// rw-dev8 tok: command lines and what they print — shell scripts and histories, curl/httpie/wget, Postman and
// HAR exports, PowerShell, .http files, logs and debug output, Jupyter outputs, SQL dumps, CSV exports.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { tv, type T } from './tokValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (t: T) => string) => doc(`dev8-tok-${id}`, areas, path, (k) => fn(tv(k)));
const CL: RealWorldArea[] = ['command-line'];
const CLH: RealWorldArea[] = ['command-line', 'http-auth'];
const LO: RealWorldArea[] = ['logs-and-output'];
const LOP: RealWorldArea[] = ['logs-and-output', 'precision'];

export const CMD_DOCS: RealWorldDoc[] = [
  d(
    'bash-history',
    CL,
    'home/dev/.bash_history',
    (t) => `cd ~/src/billing
git pull
export PARTNER_API_KEY=${t.hex(32)}
npm run dev
curl -s localhost:3000/health
export STRIPE_WEBHOOK_SECRET=${t.n('$(op read op://dev/stripe/webhook)')}
export INTERNAL_TOKEN="${t.b62(40)}"
./bin/sync --api-key ${t.uuid()} --since 2026-11-01
git log --oneline -5
git show ${t.short()}
history | grep export
`,
  ),
  d(
    'zsh-history',
    CL,
    'home/mei/.zsh_history',
    (t) => `: 1764312001:0;kubectl get pods -n orders
: 1764312044:0;kubectl create secret generic partner --from-literal=api-key=${t.b64u(43)} -n orders
: 1764312090:0;kubectl rollout restart deploy/orders -n orders
: 1764312150:0;http GET https://api.partner.io/v2/orders X-API-Key:${t.hdr()}
: 1764312211:0;docker run -e LICENSE_KEY=${t.dash()} -p 8080:8080 acme/reporting:2.4
: 1764312290:0;echo $PARTNER_API_KEY
`,
  ),
  d(
    'deploy-script',
    CL,
    'scripts/deploy.sh',
    (t) => `#!/usr/bin/env bash
set -euo pipefail

ENVIRONMENT=\${1:-staging}
DEPLOY_API=https://deploy.acme.dev/api/v1
DEPLOY_TOKEN="${t.b62(40)}"
NOTIFY_KEY='${t.hex(32)}'
VERSION=$(git rev-parse --short HEAD)

echo "Deploying $VERSION to $ENVIRONMENT"
curl -fsS -X POST "$DEPLOY_API/releases" \\
  -H "Authorization: Bearer $DEPLOY_TOKEN" \\
  -H 'Content-Type: application/json' \\
  -d "{\\"env\\": \\"$ENVIRONMENT\\", \\"version\\": \\"$VERSION\\"}"

curl -fsS "https://notify.acme.dev/send?key=$NOTIFY_KEY&msg=deployed"
`,
  ),
  d(
    'setup-script-defaults',
    ['command-line', 'defaults-in-code'],
    'scripts/bootstrap-dev.sh',
    (t) => `#!/bin/sh
# Bootstraps a dev box. Values below are the shared staging ones.
: "\${API_KEY:=${t.hex(40)}}"
: "\${SEARCH_TOKEN:=${t.b62(32)}}"
: "\${CACHE_DIR:=/tmp/cache}"
export API_KEY SEARCH_TOKEN CACHE_DIR
[ -z "$LICENSE" ] && LICENSE=${t.dash()}
./configure --license "$LICENSE"
`,
  ),
  d(
    'curl-readme',
    CLH,
    'docs/api/quickstart.md',
    (t) => `# Quickstart

Every request needs your key in the \`X-Api-Key\` header. Get one from **Settings → API**.

\`\`\`bash
curl https://api.ledger.example/v1/accounts \\
  -H "X-Api-Key: ${t.n('<your-api-key>')}"
\`\`\`

Our staging key for the demo account (rotate after the workshop):

\`\`\`bash
curl https://staging.ledger.example/v1/accounts -H "X-Api-Key: ${t.hdr()}"
curl "https://staging.ledger.example/v1/export?api_key=${t.url()}&format=csv"
\`\`\`

Rate limits are per key: 600 requests a minute. The response header \`X-Request-Id: ${t.id()}\` helps support.
`,
  ),
  d(
    'curl-transcript',
    CLH,
    'notes/debug-session.txt',
    (t) => `$ curl -v -H "Authorization: Token ${t.bearer()}" https://api.crm.example/v2/contacts?limit=1
*   Trying 203.0.113.10:443...
* Connected to api.crm.example (203.0.113.10) port 443
> GET /v2/contacts?limit=1 HTTP/2
> Host: api.crm.example
> authorization: Token [REDACTED]
> user-agent: curl/8.4.0
< HTTP/2 200
< x-request-id: ${t.id()}
< etag: "${t.md5()}"
{"data":[{"id":"${t.n('cnt_' + t.alnum(14))}","name":"Aiko Tanaka"}]}
$ wget --header="apikey: ${t.hdr()}" -O rates.json https://rates.example.org/latest
`,
  ),
  d(
    'httpie-and-wget',
    CLH,
    'docs/snippets/api-calls.sh',
    (t) => `# list invoices
http GET https://billing.acme.dev/api/invoices "Authorization:Bearer ${t.bearer()}"
# create a webhook
http POST https://billing.acme.dev/api/webhooks url=https://hooks.acme.dev/in secret=${t.b62(32)}
# download the nightly export
wget "https://exports.acme.dev/nightly.csv.gz?token=${t.url()}"
# reference: never paste real keys in here
http GET https://billing.acme.dev/api/me "X-Api-Key:${t.ref()}"
`,
  ),
  d(
    'http-file',
    CLH,
    'api-tests/orders.http',
    (t) => `@baseUrl = https://orders.acme.dev
@apiKey = ${t.hex(32)}

### list orders
GET {{baseUrl}}/orders?page=1
X-Api-Key: {{apiKey}}

### create
POST {{baseUrl}}/orders
Content-Type: application/json
Authorization: Bearer ${t.bearer()}

{"sku": "AB-1002", "qty": 2, "idempotencyKey": "${t.id()}"}
`,
  ),
  d(
    'postman-collection',
    ['http-auth', 'config-syntax'],
    'postman/Partner API.postman_collection.json',
    (t) => `{
  "info": { "_postman_id": "${t.id()}", "name": "Partner API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": { "type": "apikey", "apikey": [ { "key": "value", "value": "${t.hdr()}", "type": "string" }, { "key": "key", "value": "X-Partner-Key", "type": "string" } ] },
  "item": [
    { "name": "Get catalog", "request": { "method": "GET", "header": [ { "key": "X-Client-Secret", "value": "${t.hdr()}" } ], "url": "{{base}}/catalog" } }
  ],
  "variable": [ { "key": "base", "value": "https://partner.example.com/api" }, { "key": "token", "value": "${t.b64u(43)}" } ]
}
`,
  ),
  d(
    'postman-env',
    ['http-auth', 'config-syntax', 'precision'],
    'postman/staging.postman_environment.json',
    (t) => `{
  "id": "${t.id()}",
  "name": "staging",
  "values": [
    { "key": "baseUrl", "value": "https://staging.acme.dev", "enabled": true },
    { "key": "apiKey", "value": "${t.b62(32)}", "type": "secret", "enabled": true },
    { "key": "clientSecret", "value": "${t.hex(40)}", "type": "secret", "enabled": true },
    { "key": "userId", "value": "${t.num(6)}", "enabled": true },
    { "key": "prodApiKey", "value": "${t.n('')}", "type": "secret", "enabled": false }
  ],
  "_postman_variable_scope": "environment"
}
`,
  ),
  d(
    'har-export',
    ['http-auth', 'logs-and-output'],
    'bugs/2231/session.har',
    (t) => `{"log":{"version":"1.2","creator":{"name":"Firefox","version":"120.0"},"entries":[
{"startedDateTime":"2026-11-28T09:12:44.120Z","request":{"method":"GET","url":"https://app.acme.dev/api/profile","headers":[
{"name":"Accept","value":"application/json"},
{"name":"X-Auth-Token","value":"${t.hdr()}"},
{"name":"Cookie","value":"sessionid=${t.bearer()}; theme=dark"},
{"name":"If-None-Match","value":"W/\\"${t.md5()}\\""}]},
"response":{"status":200,"headers":[{"name":"X-Trace-Id","value":"${t.n(t.hexRaw(32))}"}]}},
{"startedDateTime":"2026-11-28T09:12:45.002Z","request":{"method":"POST","url":"https://app.acme.dev/api/upload?upload_token=${t.url()}","headers":[]},"response":{"status":201,"headers":[]}}
]}}
`,
  ),
  d(
    'powershell-script',
    ['command-line', 'code'],
    'tools/Publish-Report.ps1',
    (t) => `param(
  [string]$Environment = "prod",
  [string]$ApiKey = "${t.b62(32)}"
)
$ErrorActionPreference = "Stop"
$env:REPORTS_TOKEN = "${t.hex(40)}"
$headers = @{ "X-Api-Key" = $ApiKey; "Accept" = "application/json" }
$secure = ConvertTo-SecureString "${t.b64(24)}" -AsPlainText -Force
Invoke-RestMethod -Uri "https://reports.acme.dev/api/publish?env=$Environment" -Headers $headers -Method Post
Write-Host "Published with key $($ApiKey.Substring(0,4))****"
`,
  ),
  d(
    'powershell-history',
    CL,
    'Users/jonas/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt',
    (t) => `cd C:\\src\\inventory
dotnet build
setx INVENTORY_API_KEY ${t.b62(40)}
$env:SYNC_SECRET="${t.hex(32)}"
Invoke-WebRequest -Uri https://sync.acme.dev/run -Headers @{"X-Sync-Key"="${t.hdr()}"}
Get-ChildItem env: | Select-String KEY
`,
  ),
  d(
    'cmd-batch',
    CL,
    'tools/run-import.bat',
    (t) => `@echo off
set IMPORT_URL=https://import.acme.dev
set IMPORT_TOKEN=${t.b62(36)}
set LICENSE=${t.dash()}
importer.exe --url %IMPORT_URL% --token %IMPORT_TOKEN% --license %LICENSE%
if errorlevel 1 echo failed & exit /b 1
`,
  ),
  d(
    'app-log-debug',
    LO,
    'logs/app-2026-11-30.log',
    (t) => `2026-11-30T08:00:01.221Z INFO  boot: starting orders v4.2.1 (commit ${t.short()})
2026-11-30T08:00:01.507Z DEBUG config: loaded partner.apiKey=${t.hex(32)} partner.url=https://partner.example.com
2026-11-30T08:00:01.508Z DEBUG config: loaded search.token=${t.b62(32)}
2026-11-30T08:00:02.010Z INFO  http: listening on :8080
2026-11-30T08:03:14.771Z WARN  partner: 401 for key=${t.mask()} retrying
2026-11-30T08:03:15.002Z INFO  request id=${t.id()} method=GET path=/orders status=200 dur=12ms
2026-11-30T08:05:44.119Z ERROR webhook: signature mismatch expected=${t.sha256()} secret=${t.b64u(43)}
`,
  ),
  d(
    'nginx-access-log',
    LOP,
    'logs/access.log',
    (t) => `203.0.113.7 - - [30/Nov/2026:10:01:12 +0000] "GET /api/v1/items?page=2 HTTP/1.1" 200 5123 "-" "okhttp/4.12"
203.0.113.7 - - [30/Nov/2026:10:01:13 +0000] "GET /api/v1/export?access_token=${t.url()} HTTP/1.1" 200 88412 "-" "python-requests/2.31"
198.51.100.22 - - [30/Nov/2026:10:01:15 +0000] "GET /static/app.${t.n(t.hexRaw(8))}.js HTTP/1.1" 200 40211 "-" "Mozilla/5.0"
198.51.100.22 - - [30/Nov/2026:10:01:16 +0000] "POST /hooks/build?secret=${t.url()} HTTP/1.1" 204 0 "-" "GitHub-Hookshot/${t.short()}"
198.51.100.22 - - [30/Nov/2026:10:01:17 +0000] "GET /download?sig=${t.n(t.hexRaw(64))}&expires=1764500000 HTTP/1.1" 200 1024 "-" "curl/8.4.0"
`,
  ),
  d(
    'python-traceback',
    LO,
    'logs/worker-crash.txt',
    (t) => `Traceback (most recent call last):
  File "/srv/worker/main.py", line 88, in <module>
    client = PartnerClient(base_url=BASE, api_key="${t.b62(40)}", timeout=10)
  File "/srv/worker/partner.py", line 31, in __init__
    self._session.headers["X-Api-Key"] = api_key
  File "/srv/worker/partner.py", line 40, in _check
    raise AuthError(f"rejected key {api_key[:4]}…")
partner.AuthError: rejected key ${t.n(t.alnum(4))}…
Locals: {'api_key': '${t.hex(32)}', 'retries': 3, 'request_id': '${t.id()}'}
`,
  ),
  d(
    'debug-dump-env',
    LOP,
    'support/bundle/env.txt',
    (t) => `HOSTNAME=worker-7c9d8f-abcde
HOME=/root
PATH=/usr/local/bin:/usr/bin:/bin
APP_VERSION=4.2.1
GIT_COMMIT=${t.sha()}
PARTNER_API_KEY=${t.hex(32)}
METRICS_TOKEN=${t.b64u(43)}
RANDOM_SEED=${t.num(9)}
KUBERNETES_SERVICE_HOST=10.96.0.1
ENCRYPTION_KEY=${t.b64(32)}
INSTANCE_ID=${t.id()}
`,
  ),
  d(
    'jupyter-output',
    ['logs-and-output', 'code'],
    'notebooks/explore-partner-api.ipynb',
    (t) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    { "name": "stdout", "output_type": "stream", "text": [ "using key ${t.hex(32)}\\n", "200 OK\\n" ] }
   ],
   "source": [ "import os, requests\\n", "API_KEY = os.environ.get('PARTNER_KEY', '${t.b62(32)}')\\n", "print('using key', API_KEY)\\n", "r = requests.get(URL, headers={'X-Api-Key': API_KEY})\\n", "print(r.status_code, r.reason)" ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [ { "data": { "text/plain": [ "{'token': '${t.b64u(43)}', 'expires_in': 3600, 'scope': 'read'}" ] }, "execution_count": 4, "metadata": {}, "output_type": "execute_result" } ],
   "source": [ "r.json()" ]
  }
 ],
 "metadata": { "kernelspec": { "name": "python3", "display_name": "Python 3" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),
  d(
    'sql-insert',
    ['logs-and-output', 'credential-file'],
    'db/seeds/003_api_clients.sql',
    (t) => `-- API clients for the partner portal
INSERT INTO api_clients (id, name, api_key, secret, created_at) VALUES
  (1, 'acme-mobile', '${t.b62(32)}', '${t.hex(64)}', '2026-01-04'),
  (2, 'acme-web', '${t.uuid()}', '${t.b64(32)}', '2026-01-04'),
  (3, 'partner-sandbox', ${t.n("'sandbox'")}, ${t.n('NULL')}, '2026-02-11');
INSERT INTO settings (name, value) VALUES ('webhook_signing_key', '${t.hex(40)}');
INSERT INTO releases (sha, tag) VALUES ('${t.sha()}', 'v4.2.1');
`,
  ),
  d(
    'sql-dump-hashed',
    ['logs-and-output', 'precision'],
    'db/dumps/users-sample.sql',
    (t) => `COPY public.api_tokens (id, user_id, token_hash, token_prefix, last_used) FROM stdin;
1\t${t.num(4)}\t${t.sha256()}\t${t.n(t.alnum(6))}\t2026-11-29
2\t${t.num(4)}\t${t.sha256()}\t${t.n(t.alnum(6))}\t2026-11-30
\\.
COPY public.integrations (id, provider, access_token, refresh_token) FROM stdin;
1\tcrm\t${t.b64u(43)}\t${t.b64u(64)}
2\tmailer\t${t.b62(40)}\t\\N
\\.
`,
  ),
  d(
    'csv-export',
    ['logs-and-output', 'credential-file'],
    'exports/tenants-2026-11.csv',
    (t) => `tenant_id,name,plan,api_key,webhook_secret,created
${t.id()},Northwind,pro,${t.hex(32)},${t.b62(24)},2026-03-02
${t.id()},Contoso,free,${t.hex(32)},,2026-04-18
${t.id()},Fabrikam,enterprise,${t.b62(40)},${t.b62(24)},2026-07-30
`,
  ),
  d(
    'ci-log-leak',
    LO,
    'ci/logs/job-88123.log',
    (t) => `Running with gitlab-runner 16.5.0 (${t.short()})
$ ./gradlew publish -PrepoToken=${t.b62(32)}
> Task :publish
Publishing to https://maven.acme.dev/releases
$ echo "SONAR_TOKEN is $SONAR_TOKEN"
SONAR_TOKEN is [MASKED]
$ env | grep API
PARTNER_API_KEY=${t.hex(40)}
$ ./scripts/smoke.sh
smoke: using token ${t.uuid()}
Job succeeded
`,
  ),
  d(
    'docker-inspect',
    LO,
    'support/inspect-api.json',
    (t) => `[
  {
    "Id": "${t.sha256()}",
    "Created": "2026-11-29T10:11:12.000Z",
    "Config": {
      "Hostname": "${t.n(t.hexRaw(12))}",
      "Env": [
        "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "API_SECRET=${t.b62(48)}",
        "TELEMETRY_KEY=${t.HEX(32)}",
        "NODE_VERSION=20.9.0"
      ],
      "Image": "${t.digest()}"
    }
  }
]
`,
  ),
];
