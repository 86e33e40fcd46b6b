// rw-held-out2 HTTP auth, part 2: tool sessions, proxy logs, signed links, pentest and OAuth captures.
import type { RealWorldDoc } from '../types';
import { F, hdoc } from './proseKit';

export const PROSE_HTTP2_DOCS: RealWorldDoc[] = [
  hdoc(
    'vscode-rest-client-http-file',
    ['http-auth'],
    'api-tests/orders.http',
    (k) => `@baseUrl = https://api.staging.acme.dev
@token = ${k.jwt()}
@adminUser = admin@acme.dev
@adminPass = ${k.gpw()}

### login
POST {{baseUrl}}/auth/login
Content-Type: application/json

{ "email": "{{adminUser}}", "password": "{{adminPass}}" }

### list orders
GET {{baseUrl}}/orders
Authorization: Bearer {{token}}

### legacy endpoint (basic auth)
GET {{baseUrl}}/legacy/orders
Authorization: Basic ${k.basic('legacy-client')}

### with api key in query
GET {{baseUrl}}/public/catalog?api_key=${k.http(k.g.hex(32))}
`,
  ),

  hdoc(
    'httpie-wget-session',
    ['http-auth', 'command-line'],
    'notes/api-poking.txt',
    (k) => `$ http -a ops:${k.gpw({ shellSafe: true })} GET https://registry.acme.dev/v2/_catalog
HTTP/1.1 200 OK
{"repositories":["api","web","worker"]}

$ http GET https://api.mailchimp.com/3.0/lists Authorization:"apikey ${k.prov('mailchimp', 'mailchimp')}"
$ wget --header="Authorization: Token ${k.http(k.g.hex(40))}" https://netbox.acme.dev/api/dcim/devices/ -O devices.json
$ http POST https://api.twilio.com/2010-04-01/Accounts/${k.n(`AC${k.g.hex(32)}`)}/Messages.json -a ${k.n(`AC${k.g.hex(32)}`)}:${k.prov('twilioAuth', 'twilio-auth-token')} To=+4915100000000 From=+15005550006 Body=test
$ http GET https://api.github.com/user "Authorization:Bearer ${k.n('$GH_TOKEN')}"
`,
  ),

  hdoc(
    'squid-proxy-log-basic',
    ['http-auth', 'logs-and-output'],
    'logs/squid/access.log',
    (k) => `1741687201.112    231 10.2.0.14 TCP_TUNNEL/200 6211 CONNECT api.github.com:443 ci-runner HIER_DIRECT/140.82.121.6 -
1741687203.884     45 10.2.0.14 TCP_MISS/200 1022 GET http://repo.internal/apt/dists/stable/InRelease - HIER_DIRECT/10.2.5.5 text/plain
1741687205.201     88 10.2.0.31 TCP_MISS/401 532 GET http://legacy-erp.internal/api/stock?user=sync&password=${k.s('http-auth', k.V.genPw(k.g, { urlSafe: true }))} - HIER_DIRECT/10.2.7.9 text/html
1741687206.990    120 10.2.0.31 TCP_MISS/200 8412 GET http://legacy-erp.internal/api/stock?user=sync&apikey=${k.http(k.g.alnum(28))} - HIER_DIRECT/10.2.7.9 application/json
1741687210.455     12 10.2.0.22 TCP_DENIED/407 3912 GET http://example.org/ - HIER_NONE/- text/html
`,
  ),

  hdoc(
    'python-requests-snippet-issue',
    ['http-auth', 'prose', 'code'],
    'issues/sdk-timeout-221.md',
    (k) => `**Bug:** requests hang for 60 s on the first call

Minimal repro:
${F}python
import requests

s = requests.Session()
s.headers.update({"Authorization": "Token ${k.http(k.g.hex(40))}"})
r = s.get("https://api.inventory.example/v2/items", timeout=5)
print(r.status_code)

# same thing with basic auth
r = requests.get("https://api.inventory.example/v1/items", auth=("sync-user", "${k.hpw('en')}"))
${F}

Proxy is set via \`HTTPS_PROXY=http://proxyuser:${k.cs()}@proxy.corp.example:3128\`.

Traceback excerpt: \`urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='api.inventory.example', port=443)\`
`,
  ),

  hdoc(
    'azure-sas-s3-presigned-urls',
    ['http-auth', 'prose'],
    'docs/shared-links.md',
    (k) => `# Links shared with the auditor (expire end of March)

- Audit export (Azure blob, SAS): https://corpaudit.blob.core.windows.net/exports/2025-ledger.zip?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-03-31T23:59:59Z&st=2026-03-01T00:00:00Z&spr=https&sig=${k.http(encodeURIComponent(`${k.g.base64(43)}=`))}
- Bank statements (S3 presigned): https://corp-audit.s3.eu-central-1.amazonaws.com/statements.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${k.u(k.P.awsKeyId(k.g))}%2F20260301%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20260301T090000Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=${k.u(k.g.hex(64))}
- Dropbox (view only): https://www.dropbox.com/scl/fi/${k.n(k.g.lower(21))}/ledger.xlsx?rlkey=${k.u(k.g.lower(25))}&dl=0

If a link stops working ask for a new one; don't forward them.
`,
  ),

  hdoc(
    'burp-request-jsessionid',
    ['http-auth'],
    'pentest/findings/F-07-request.txt',
    (k) => `Finding F-07: Session token not invalidated after logout

Request (Burp Repeater, replayed 15 minutes after logout):

GET /admin/users HTTP/1.1
Host: intranet.client.example
Cookie: JSESSIONID=${k.http(k.g.hex(32).toUpperCase())}; remember-me=${k.http(k.V.b64(`admin:${Date.UTC(2026, 3, 1)}:${k.g.hex(32)}`))}
User-Agent: Mozilla/5.0
Accept: text/html

Response: HTTP/1.1 200 OK (user list returned)

Recommendation: invalidate the server-side session on logout; rotate the remember-me series.
Tester note: test account pentest01 / ${k.gpw()} (disable after engagement).
`,
  ),

  hdoc(
    'oauth-device-flow-log',
    ['http-auth', 'logs-and-output'],
    'logs/cli-debug.log',
    (k) => `DEBUG 2026-03-09T12:00:01Z POST https://login.example-idp.com/oauth2/device/code client_id=${k.n('cli-public-client')}
DEBUG 2026-03-09T12:00:01Z <- 200 {"device_code":"${k.u(k.g.base64url(43))}","user_code":"${k.n('WDJB-MJHT')}","verification_uri":"https://login.example-idp.com/device","interval":5}
DEBUG 2026-03-09T12:00:31Z POST https://login.example-idp.com/oauth2/token grant_type=urn:ietf:params:oauth:grant-type:device_code
DEBUG 2026-03-09T12:00:31Z <- 200 {"access_token":"${k.jwt()}","refresh_token":"${k.http(k.g.base64url(54))}","id_token":"${k.jwt({ iss: 'https://login.example-idp.com', aud: 'cli-public-client', sub: k.g.uuid(), email: 'dev@acme.example' })}","expires_in":3600}
DEBUG 2026-03-09T12:00:32Z GET https://api.example.com/v1/me Authorization: Bearer ${k.n('[REDACTED]')}
INFO  2026-03-09T12:00:32Z logged in as dev@acme.example
`,
  ),

  hdoc(
    'powershell-invoke-restmethod-copy',
    ['http-auth', 'command-line'],
    'scripts/check-tickets.ps1',
    (k) => `$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession
$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
$session.Cookies.Add((New-Object System.Net.Cookie("PHPSESSID", "${k.http(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26))}", "/", "helpdesk.corp.example")))
Invoke-WebRequest -UseBasicParsing -Uri "https://helpdesk.corp.example/api/tickets?status=open" -WebSession $session -Headers @{
  "Accept" = "application/json"
  "X-Auth-Token" = "${k.http(k.g.hex(40))}"
}
$headers = @{ Authorization = "Basic " + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("svc-helpdesk:${k.gpw()}")) }
Invoke-RestMethod -Uri "https://helpdesk.corp.example/api/v1/agents" -Headers $headers
`,
  ),

  hdoc(
    'atlassian-api-curl-docs',
    ['http-auth', 'command-line', 'prose'],
    'docs/jira-automation.md',
    (k) => `# Jira automation scripts

We call the Jira Cloud REST API with an API token (Basic auth, email + token):

${F}
curl -s -u automation@acme.example:${k.prov('atlassian', 'atlassian-api-token')} \\
  -H "Accept: application/json" "https://acme.atlassian.net/rest/api/3/search?jql=project=OPS"
${F}

Equivalent header: \`Authorization: Basic ${k.basic('automation@acme.example', k.P.atlassian(k.g))}\`

Confluence uses the same token. Bitbucket app password for the mirror job: \`${k.prov('bitbucketApp', 'bitbucket-app-password')}\`.
Token format for reference: \`${k.n('ATATT3xFfGF0…')}\` (never commit these).
`,
  ),
];
