// rw-dev9 logs: HTTP captures — curl -v and wget -d traces, raw request dumps, HAR excerpts, mitmproxy flows,
// nginx/apache/IIS/ALB access logs with tokens in query strings — beside request ids, ETags and public keys.
import type { RealWorldDoc } from '../types';
import { ld, LH, LP } from './logsValues';

export const HTTP_DOCS: RealWorldDoc[] = [
  ld(
    'curl-verbose-basic-and-bearer',
    LH,
    'debug/curl-v-artifactory.txt',
    (t) => `$ curl -v -u deploy https://artifacts.acme.io/api/repositories
Enter host password for user 'deploy':
*   Trying 10.40.1.5:443...
* Connected to artifacts.acme.io (10.40.1.5) port 443
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
* Server certificate:
*  subject: CN=artifacts.acme.io
*  SHA256 fingerprint: ${t.n(t.raw.hex(64).toUpperCase())}
> GET /api/repositories HTTP/1.1
> Host: artifacts.acme.io
> Authorization: Basic ${t.basic('deploy')}
> User-Agent: curl/8.5.0
> Accept: */*
>
< HTTP/1.1 200 OK
< X-Artifactory-Id: ${t.n(t.raw.hex(40))}
< X-Request-Id: ${t.rid()}
< ETag: "${t.n(t.raw.hex(32))}"
<
[{"key":"libs-release","type":"LOCAL"}]
$ curl -sv https://artifacts.acme.io/api/security/token -H "Authorization: Bearer ${t.bearer()}" -d 'username=ci-bot&scope=member-of-groups:readers'
> POST /api/security/token HTTP/1.1
< HTTP/1.1 200 OK
{"scope":"member-of-groups:readers","access_token":"${t.jwt()}","expires_in":3600,"token_type":"Bearer"}
`,
  ),
  ld(
    'wget-debug-header',
    LH,
    'debug/wget-d.txt',
    (t) => `$ wget -d --header="PRIVATE-TOKEN: ${t.prov('gitlab', 'GitLab PAT')}" https://gitlab.acme.io/api/v4/projects/88/jobs/artifacts/main/download?job=build
DEBUG output created by Wget 1.21.4 on linux-gnu.
---request begin---
GET /api/v4/projects/88/jobs/artifacts/main/download?job=build HTTP/1.1
Host: gitlab.acme.io
User-Agent: Wget/1.21.4
Accept: */*
Accept-Encoding: identity
Connection: Keep-Alive
PRIVATE-TOKEN: ${t.n('[hidden]')}
---request end---
HTTP request sent, awaiting response...
---response begin---
HTTP/1.1 302 Found
Location: https://storage.acme.io/artifacts/88/${t.n(t.raw.hex(64))}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${t.m.unscored('AKIA' + t.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}%2F20251001%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20251001T101112Z&X-Amz-Expires=600&X-Amz-Signature=${t.n(t.raw.hex(64))}
---response end---
$ wget --user=backup --password=${t.hpw()} ftp://nas01.corp.local/exports/db.tar.gz
`,
  ),
  ld(
    'raw-http-request-dump',
    LH,
    'support/ticket-9921-request.txt',
    (t) => `Hi team, our integration gets 500 since this morning. Here is the raw request our middleware logged:

POST /api/v3/orders/bulk HTTP/1.1
Host: api.acme-commerce.com
Content-Type: application/json
X-Api-Key: ${t.tok()}
X-Client-Version: 4.2.1
X-Correlation-Id: ${t.rid()}
Cookie: _ga=GA1.2.${t.raw.digits(10)}.${t.raw.digits(10)}; ac_session=${t.bearer()}
Content-Length: 412

{"shop_id": 4411, "orders": [{"ext_id": "PO-${t.raw.digits(6)}", "sku": "A-1002", "qty": 3}], "callback": {"url": "https://erp.customer.de/hooks/acme", "secret": "${t.tok()}"}}

Response: HTTP/1.1 500 Internal Server Error, x-trace-id: ${t.trace()}
Thanks, Stefan
`,
  ),
  ld(
    'har-excerpt-login',
    LH,
    'debug/portal.har',
    (t) => `{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "131.0" },
    "entries": [
      {
        "startedDateTime": "${t.ts()}+02:00",
        "request": {
          "method": "POST",
          "url": "https://portal.acme.io/api/session",
          "headers": [
            { "name": "Content-Type", "value": "application/json" },
            { "name": "X-CSRF-Token", "value": "${t.m.unscored(t.raw.b64url(t.raw.hex(24)))}" }
          ],
          "postData": {
            "mimeType": "application/json",
            "text": "{\\"username\\":\\"lea.martin\\",\\"password\\":\\"${t.hpw()}\\",\\"otp\\":\\"${t.n(t.raw.digits(6))}\\"}"
          }
        },
        "response": {
          "status": 200,
          "headers": [
            { "name": "Set-Cookie", "value": "portal_sid=${t.bearer()}; Path=/; Secure; HttpOnly" },
            { "name": "X-Request-Id", "value": "${t.rid()}" },
            { "name": "ETag", "value": "W/\\"${t.n(t.raw.hex(16))}\\"" }
          ]
        }
      },
      {
        "startedDateTime": "${t.ts()}+02:00",
        "request": {
          "method": "GET",
          "url": "https://portal.acme.io/api/me",
          "headers": [
            { "name": "Authorization", "value": "Bearer ${t.jwt()}" },
            { "name": "Cookie", "value": "portal_sid=${t.n('[redacted by HAR sanitizer]')}" }
          ]
        },
        "response": { "status": 200, "headers": [] }
      }
    ]
  }
}
`,
  ),
  ld(
    'nginx-access-query-tokens',
    LP,
    'var/log/nginx/access.log',
    (t) => `10.1.4.22 - - [01/Oct/2025:09:14:02 +0000] "GET /static/app.${t.n(t.raw.hex(8))}.js HTTP/2.0" 200 88120 "https://shop.acme.io/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15"
10.1.4.22 - - [01/Oct/2025:09:14:03 +0000] "GET /api/export.csv?api_key=${t.s('http-auth', t.g.hex(32))}&from=2025-09-01 HTTP/1.1" 200 44012 "-" "python-requests/2.32.3"
10.1.4.23 - - [01/Oct/2025:09:14:05 +0000] "GET /download/invoice/88123?sig=${t.n(t.raw.hex(64))}&expires=1759312445 HTTP/1.1" 200 20112 "-" "Mozilla/5.0"
10.1.4.24 - - [01/Oct/2025:09:14:07 +0000] "GET /ws/live?access_token=${t.jwt()} HTTP/1.1" 101 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
10.1.4.25 - admin [01/Oct/2025:09:14:09 +0000] "GET /grafana/api/health HTTP/1.1" 200 70 "-" "kube-probe/1.30"
10.1.4.26 - - [01/Oct/2025:09:14:11 +0000] "POST /login?next=%2Fdashboard HTTP/1.1" 302 0 "-" "Mozilla/5.0"
10.1.4.27 - - [01/Oct/2025:09:14:15 +0000] "GET /reset-password?token=${t.tok()}&email=m.ruiz%40example.es HTTP/1.1" 200 3110 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0)"
10.1.4.28 - - [01/Oct/2025:09:14:20 +0000] "GET /api/items?page=2&request_id=${t.rid()} HTTP/1.1" 200 1203 "-" "okhttp/4.12.0"
`,
  ),
  ld(
    'apache-combined-userinfo-url',
    LH,
    'var/log/apache2/other_vhosts_access.log',
    (t) => `intranet.corp.local:443 10.8.0.41 - - [02/Oct/2025:07:58:01 +0200] "GET /wiki/Hauptseite HTTP/1.1" 200 18201 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:131.0)"
intranet.corp.local:443 10.8.0.41 - - [02/Oct/2025:07:58:09 +0200] "GET /cgi-bin/sync.pl?user=lager&passwort=${t.hpw()}&modus=voll HTTP/1.1" 200 512 "-" "Wget/1.21.2"
intranet.corp.local:443 10.8.0.52 - jschulz [02/Oct/2025:07:59:44 +0200] "GET /svn/projekte/ HTTP/1.1" 200 4410 "-" "SVN/1.14.2 serf/1.3.9"
intranet.corp.local:443 10.8.0.60 - - [02/Oct/2025:08:01:12 +0200] "GET /api/drucker/status?key=${t.tok()} HTTP/1.1" 200 90 "-" "curl/7.81.0"
intranet.corp.local:443 10.8.0.60 - - [02/Oct/2025:08:01:13 +0200] "GET /api/drucker/status?key=${t.n('DEIN_KEY_HIER')} HTTP/1.1" 401 21 "-" "curl/7.81.0"
intranet.corp.local:443 10.8.0.71 - - [02/Oct/2025:08:03:30 +0200] "GET /favicon.ico HTTP/1.1" 404 196 "-" "Mozilla/5.0"
`,
  ),
  ld(
    'alb-log-and-cloudfront',
    LH,
    'logs/alb/part-0001.log',
    (
      t,
    ) => `https 2025-10-02T11:20:01.482192Z app/prod-alb/${t.n(t.raw.hex(16))} 203.0.113.40:51220 10.0.12.8:8080 0.001 0.042 0.000 200 200 612 3201 "GET https://api.acme.io:443/v1/reports/daily?token=${t.tok()} HTTP/1.1" "Go-http-client/1.1" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:${t.n(t.raw.digits(12))}:targetgroup/api/${t.n(t.raw.hex(16))} "Root=1-${t.n(t.raw.hex(8))}-${t.n(t.raw.hex(24))}" "api.acme.io" "session-reused" 0 2025-10-02T11:20:01.439000Z "forward" "-" "-" "10.0.12.8:8080" "200" "-" "-"
https 2025-10-02T11:20:02.011002Z app/prod-alb/${t.n(t.raw.hex(16))} 203.0.113.41:40112 10.0.12.9:8080 0.001 0.013 0.000 200 200 540 88 "GET https://api.acme.io:443/v1/ping HTTP/1.1" "kube-probe/1.30" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:${t.raw.digits(12)}:targetgroup/api/${t.n(t.raw.hex(16))} "Root=1-${t.n(t.raw.hex(8))}-${t.n(t.raw.hex(24))}" "api.acme.io" "-" 0 2025-10-02T11:20:02.000000Z "forward" "-" "-" "10.0.12.9:8080" "200" "-" "-"
2025-10-02	11:20:05	FRA56-P3	1402	198.51.100.7	GET	${t.raw.alnum(13).toLowerCase()}.cloudfront.net	/media/private/report.pdf	200	-	Mozilla/5.0	Policy=${t.n(t.raw.b64url(t.raw.hex(60)))}&Signature=${t.n(t.raw.b64url(t.raw.hex(96)))}&Key-Pair-Id=${t.n('K' + t.raw.alnum(13).toUpperCase())}	-	Hit
`,
  ),
  ld(
    'mitmproxy-flow-dump',
    LH,
    'debug/mitmdump-smart-plug.txt',
    (t) => `$ mitmdump -r flows.mitm --flow-detail 3
192.168.1.51:50522: POST https://iot-eu.vendor-cloud.com/api/v1/device/login
    Host: iot-eu.vendor-cloud.com
    Content-Type: application/json; charset=utf-8
    User-Agent: SmartLife/5.2.1 (iPhone; iOS 18.0)

    {
        "countryCode": "49",
        "email": "familie.becker@web.de",
        "passwd": "${t.s('password', t.g.hex(32))}",
        "deviceId": "${t.rid()}"
    }
 << 200 OK 412b
    {
        "success": true,
        "result": {
            "uid": "eu${t.n(t.raw.digits(16))}",
            "access_token": "${t.tok()}",
            "refresh_token": "${t.tok()}",
            "expire_time": 7200
        }
    }
192.168.1.51:50530: GET https://iot-eu.vendor-cloud.com/api/v1/device/list?t=1759400000&sign=${t.n(t.raw.hex(64).toUpperCase())}
`,
  ),
  ld(
    'iis-log-basic-auth-query',
    LH,
    'inetpub/logs/LogFiles/W3SVC1/u_ex251002.log',
    (t) => `#Software: Microsoft Internet Information Services 10.0
#Version: 1.0
#Date: 2025-10-02 00:00:01
#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken
2025-10-02 06:12:01 10.2.0.5 GET /ReportServer/Pages/ReportViewer.aspx %2fFinance%2fMonthly&rs:Command=Render 443 CORP\\fbaker 10.2.1.33 Mozilla/5.0 200 0 0 410
2025-10-02 06:14:44 10.2.0.5 GET /legacy/api/stock.asmx/Get user=hub&pwd=${t.hpw()}&sku=ALL 443 - 10.2.1.80 Java/1.8.0_201 200 0 0 88
2025-10-02 06:15:02 10.2.0.5 POST /api/token - 443 - 10.2.1.80 Java/1.8.0_201 200 0 0 31
2025-10-02 06:15:03 10.2.0.5 GET /api/items session=${t.n(t.raw.digits(9))}&lang=tr-TR 443 - 10.2.1.80 Java/1.8.0_201 200 0 0 12
`,
  ),
  ld(
    'httpie-verbose-session',
    LH,
    'notes/httpie-debug.md',
    (t) => `## reproducing the 403 from the payout API

\`\`\`
$ http -v POST https://payouts.fintech-partner.com/v2/batches Authorization:"Bearer ${t.bearer()}" X-Signature:${t.n(t.raw.hex(64))} amount:=1200 currency=EUR
POST /v2/batches HTTP/1.1
Accept: application/json, */*;q=0.5
Authorization: Bearer ${t.n('<token from 1password>')}
Content-Type: application/json
Host: payouts.fintech-partner.com
User-Agent: HTTPie/3.2.3

{"amount": 1200, "currency": "EUR"}

HTTP/1.1 403 Forbidden
x-request-id: ${t.rid()}
{"error":"signature_mismatch","detail":"expected HMAC-SHA256 with the webhook secret ${t.n('whsec_…')}"}
\`\`\`

The signing secret on our side is \`${t.tok()}\` (from the partner portal, "API credentials" page). Can someone check whether they rotated it?
`,
  ),
];
