// HTTP captures of the trade: Burp requests pasted into findings, ZAP/HAR exports with session cookies and bearer
// tokens, curl reproductions, nuclei and ffuf hits on exposed keys. CSRF tokens, request ids and ETags are not secrets.
import type { RealWorldDoc } from '../types';
import { sDoc, S } from './secopsValues';

export const SECOPS_HTTP_DOCS: RealWorldDoc[] = [
  sDoc(
    'secops-burp-request-idor',
    ['http-auth', 'prose', 'precision'],
    'reports/webapp-2026-02/F-05-idor-request.md',
    (k) => `### F-05 IDOR on /api/v2/invoices — reproduction

\`\`\`http
GET /api/v2/invoices/100482 HTTP/2
Host: app.client.example
Cookie: session=${k.http(k.g.base64url(43))}; _ga=GA1.2.${k.n(k.g.digits(10))}.${k.g.digits(10)}; csrftoken=${k.u(k.g.alnum(32))}
Authorization: Bearer ${k.bearer()}
X-Request-Id: ${k.n(k.g.uuid())}
User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0
\`\`\`

Changing the id to 100483 returns another tenant's invoice. The token above belongs to our test user
\`tester2@client.example\` and was valid for 8 hours.
`,
  ),
  sDoc(
    'secops-burp-basic-auth-finding',
    ['http-auth', 'prose', 'precision'],
    'reports/ext-2026/F-09-basic-auth-http.md',
    (k) => `### F-09 Basic authentication over plain HTTP (Medium)

The monitoring dashboard at \`http://mon.client.example/\` uses HTTP Basic without TLS. Captured request:

\`\`\`
GET /nagios/cgi-bin/status.cgi HTTP/1.1
Host: mon.client.example
Authorization: Basic ${k.basic('nagiosadmin')}
\`\`\`

Decoded, this gives the nagiosadmin password. The default \`${k.u('nagiosadmin:nagios')}\` had been changed, but
the credential travels in clear text on every request. ${k.n(S.cvss(k.g))}
`,
  ),
  sDoc(
    'secops-har-export-login',
    ['http-auth', 'logs-and-output', 'precision'],
    'evidence/phish-2026-03/victim-session.har',
    (k) => `{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "128.0" },
    "entries": [
      {
        "startedDateTime": "2026-03-12T08:14:22.118Z",
        "request": {
          "method": "POST",
          "url": "https://login.client.example/oauth2/token",
          "headers": [
            { "name": "Content-Type", "value": "application/x-www-form-urlencoded" },
            { "name": "Cookie", "value": "JSESSIONID=${k.http(k.g.hex(32).toUpperCase())}; lang=de" }
          ],
          "postData": { "mimeType": "application/x-www-form-urlencoded", "text": "grant_type=password&username=j.weber&password=${k.spw()}&client_id=${k.n('web-portal')}" }
        },
        "response": {
          "status": 200,
          "headers": [{ "name": "ETag", "value": "\\"${k.n(k.g.hex(32))}\\"" }],
          "content": { "mimeType": "application/json", "text": "{\\"access_token\\":\\"${k.bearer()}\\",\\"refresh_token\\":\\"${k.http(k.g.alnum(48))}\\",\\"expires_in\\":3600}" }
        }
      }
    ]
  }
}
`,
  ),
  sDoc(
    'secops-zap-alert-report',
    ['http-auth', 'logs-and-output', 'precision'],
    'scans/zap/2026-03-staging-report.md',
    (k) => `## ZAP Scanning Report — staging

| Risk | Alert | Instances |
|---|---|---|
| High | SQL Injection | 1 |
| Medium | Content Security Policy Header Not Set | 14 |
| Low | Cookie without SameSite Attribute | 3 |

### Cookie without SameSite Attribute
URL: https://staging.client.example/account
Evidence: \`Set-Cookie: PHPSESSID=${k.http(k.g.chars('abcdefghijklmnopqrstuv0123456789', 26))}; path=/; HttpOnly\`

### Information Disclosure - Sensitive Information in URL
URL: \`https://staging.client.example/export?format=csv&api_key=${k.http(k.g.hex(40))}\`
Parameter: api_key

Plugin ids: ${k.n('10054')}, ${k.n('10024')}. Scan id ${k.n(k.g.uuid())}.
`,
  ),
  sDoc(
    'secops-curl-repro-ticket',
    ['http-auth', 'command-line', 'precision'],
    'tickets/BB-2031-repro.txt',
    (k) => `Bug bounty report BB-2031 — reproduction from the researcher (tokens are ours, test tenant):

curl -i 'https://api.client.example/v1/users/me/keys' \\
  -H 'x-api-key: ${k.http(k.g.alnum(40))}' \\
  -H 'Authorization: Bearer ${k.bearer()}'

curl -i 'https://api.client.example/v1/admin/export?access_token=${k.http(k.g.base64url(43))}'

Triage: confirmed, severity P2. Rotated the test tenant's keys after verification (ticket ${k.n(S.ticket(k.g))}).
Payout reference ${k.n('H1-' + k.g.digits(7))}.
`,
  ),
  sDoc(
    'secops-nuclei-exposed-keys',
    ['logs-and-output', 'precision'],
    'scans/nuclei/2026-03-11-external.txt',
    (k) => `[exposed-gitignore] [http] [info] https://assets.client.example/.gitignore
[aws-access-key-value] [file] [high] https://assets.client.example/static/js/app.${k.n(k.g.hex(8))}.js ["${k.u(S.awsId(k.g))}"]
[slack-webhook-token] [http] [high] https://assets.client.example/static/js/app.${k.n(k.g.hex(8))}.js ["${k.prov('Slack incoming webhook', S.slackHook(k.g))}"]
[google-api-key] [http] [info] https://www.client.example/ ["${k.n(S.googleApiKey(k.g))}"]
[stripe-secret-key] [http] [critical] https://staging.client.example/env.js ["${k.prov('Stripe', S.stripeLive(k.g))}"]
[sendgrid-api-key] [http] [high] https://staging.client.example/env.js ["${k.prov('SendGrid', S.sendgrid(k.g))}"]
[tech-detect:nginx] [http] [info] https://www.client.example/
[CVE-2023-46805] [http] [critical] https://vpn.client.example/api/v1/totp/user-backup-code/../../system/system-information
`,
  ),
  sDoc(
    'secops-ffuf-env-hit',
    ['logs-and-output', 'command-line', 'precision'],
    'notes/webapp/ffuf-dotenv.txt',
    (k) => `$ ffuf -u https://api.client.example/FUZZ -w dotfiles.txt -mc 200 -fs 0
.env                    [Status: 200, Size: 612, Words: 14, Lines: 18, Duration: 41ms]
.git/HEAD               [Status: 200, Size: 23, Words: 2, Lines: 2, Duration: 38ms]

$ curl -s https://api.client.example/.env
APP_ENV=production
APP_KEY=base64:${k.s('token', k.g.base64(43) + '=')}
DB_CONNECTION=mysql
DB_HOST=10.1.2.3
DB_USERNAME=api
DB_PASSWORD=${k.pw()}
REDIS_URL=redis://default:${k.cs()}@10.1.2.9:6379
MAIL_MAILER=mailgun
MAILGUN_SECRET=${k.prov('Mailgun API key', S.mailgun(k.g))}
PUSHER_APP_KEY=${k.n(k.g.hex(20))}
SENTRY_LARAVEL_DSN=${k.n('https://' + k.g.hex(32) + '@o' + k.g.digits(6) + '.ingest.sentry.io/' + k.g.digits(7))}
`,
  ),
  sDoc(
    'secops-jwt-analysis-note',
    ['http-auth', 'prose', 'precision'],
    'reports/webapp-2026-02/F-06-jwt-none.md',
    (k) => `### F-06 JWT accepted with alg "none"

Original token of the test user:
\`${k.bearer()}\`

Forged token (header \`{"alg":"none"}\`, no signature) that the API accepted:
\`${k.n('eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.' + S.b64url('{"sub":"admin","role":"superuser"}') + '.')}\`

The HMAC secret found in the public Docker image (\`/app/config.js\`): \`jwtSecret: "${k.tok()}"\`.
jwt.io's sample token (${k.n('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')}) was used in the test harness only.
`,
  ),
  sDoc(
    'secops-proxy-log-tokens',
    ['logs-and-output', 'http-auth', 'precision'],
    'evidence/proxy/squid-access-excerpt.log',
    (k) => `1772611200.412    118 10.20.4.17 TCP_MISS/200 4211 GET https://api.partner.example/v2/orders?apikey=${k.http(k.g.alnum(32))} - HIER_DIRECT/${S.pubIp(k.g)} application/json
1772611201.090     64 10.20.4.17 TCP_MISS/200 812 GET https://cdn.partner.example/app.js?v=${k.n(k.g.hex(8))} - HIER_DIRECT/${S.pubIp(k.g)} text/javascript
1772611203.771    301 10.20.4.22 TCP_MISS/302 0 GET https://sso.client.example/callback?code=${k.u(k.g.base64url(32))}&state=${k.n(k.g.hex(16))} - HIER_DIRECT/${S.pubIp(k.g)} -
1772611209.005     22 10.20.4.22 TCP_TUNNEL/200 3921 CONNECT ${S.defang(k.g).replace('[.]', '.')}:443 - HIER_DIRECT/${S.pubIp(k.g)} -
1772611210.310    140 10.20.4.30 TCP_MISS/200 291 GET https://hooks.partner.example/notify?token=${k.http(k.g.hex(40))} - HIER_DIRECT/${S.pubIp(k.g)} text/plain
`,
  ),
  sDoc(
    'secops-graphql-introspection-creds',
    ['http-auth', 'logs-and-output', 'precision'],
    'notes/webapp/graphql.md',
    (k) => `Introspection enabled. Querying \`systemSettings\` as a normal user returned:

\`\`\`json
{"data":{"systemSettings":{"smtpHost":"smtp.client.example","smtpUser":"noreply","smtpPassword":"${k.gpw()}","s3Bucket":"client-uploads","webhookSecret":"${k.tok()}","featureFlags":"${k.n(k.g.hex(12))}"}}}
\`\`\`

Request used: \`curl -H 'Authorization: Bearer ${k.bearer()}' -d '{"query":"{ systemSettings { smtpPassword } }"}' https://api.client.example/graphql\`
`,
  ),
  sDoc(
    'secops-cookie-hijack-writeup-fr',
    ['http-auth', 'prose', 'precision'],
    'rapports/2026-appli/constat-07-cookie.md',
    (k) => `### Constat 07 – Cookie de session sans attribut Secure

Le cookie \`ASP.NET_SessionId\` est transmis en clair sur http://. Capture réalisée depuis le Wi-Fi invité :

    Cookie: ASP.NET_SessionId=${k.http(k.g.chars('abcdefghijklmnopqrstuvwxyz012345', 24))}; .ASPXAUTH=${k.http(k.g.hex(160).toUpperCase())}

Rejouer ces deux valeurs a permis d'ouvrir la session de l'utilisateur « comptable02 ». Le jeton anti-CSRF
(__RequestVerificationToken=${k.u(k.g.base64url(40))}) n'a pas d'importance ici.
`,
  ),
  sDoc(
    'secops-postman-env-export',
    ['http-auth', 'config-syntax', 'precision'],
    'pentest/api/client-api.postman_environment.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "name": "client-api (pentest)",
  "values": [
    { "key": "baseUrl", "value": "https://api.client.example", "enabled": true },
    { "key": "adminToken", "value": "${k.bearer()}", "type": "secret", "enabled": true },
    { "key": "userApiKey", "value": "${k.http(k.g.alnum(32))}", "type": "secret", "enabled": true },
    { "key": "userPassword", "value": "${k.pw()}", "type": "secret", "enabled": true },
    { "key": "tenantId", "value": "${k.n(k.g.uuid())}", "enabled": true },
    { "key": "nextToken", "value": "{{nextToken}}", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
`,
  ),
];
