// rw-dev11 incident part: HTTP captures people attach to tickets (HAR files, curl -v / wget --debug / httpie output,
// "Copy as cURL", browser console logs, Postman console, proxy dumps).
import type { RealWorldDoc } from '../types';
import { F, anyPw, idoc } from './incidentValues';

export const INCIDENT_HTTP_DOCS: RealWorldDoc[] = [
  idoc(
    'har-export',
    ['logs-and-output', 'http-auth', 'precision'],
    'attachments/app.example.com.har',
    (x) => `{
  "log": {
    "version": "1.2",
    "creator": {"name": "WebInspector", "version": "537.36"},
    "pages": [{"startedDateTime": "2026-11-18T10:11:02.118Z", "id": "page_3", "title": "https://app.example.com/dashboard"}],
    "entries": [
      {
        "_initiator": {"type": "script"},
        "_resourceType": "fetch",
        "request": {
          "method": "GET",
          "url": "https://api.example.com/v2/projects?team=ops&api_key=${x.tok()}",
          "httpVersion": "http/2.0",
          "headers": [
            {"name": ":authority", "value": "api.example.com"},
            {"name": "authorization", "value": "Bearer ${x.bearerJwt()}"},
            {"name": "cookie", "value": "ajs_anonymous_id=${x.rid()}; sessionid=${x.http(x.g.lower(32))}; csrftoken=${x.u(x.g.alnum(32))}"},
            {"name": "x-client-version", "value": "web-2026.11.3"},
            {"name": "if-none-match", "value": "W/\\"${x.n(x.g.hex(27))}\\""}
          ],
          "queryString": [
            {"name": "team", "value": "ops"},
            {"name": "api_key", "value": "${x.n('(same as url)')}"}
          ],
          "cookies": [],
          "headersSize": -1,
          "bodySize": 0
        },
        "response": {
          "status": 200,
          "headers": [
            {"name": "x-request-id", "value": "${x.rid()}"},
            {"name": "x-amzn-trace-id", "value": "Root=1-${x.n(x.g.hex(8))}-${x.g.hex(24)}"},
            {"name": "set-cookie", "value": "sessionid=${x.http(x.g.lower(32))}; Path=/; HttpOnly; Secure; SameSite=Lax"},
            {"name": "etag", "value": "W/\\"${x.n(x.g.hex(27))}\\""}
          ],
          "content": {"size": 1822, "mimeType": "application/json"}
        },
        "timings": {"blocked": 1.2, "dns": -1, "send": 0.1, "wait": 88.4, "receive": 2.0}
      },
      {
        "request": {
          "method": "POST",
          "url": "https://api.example.com/v2/login",
          "headers": [{"name": "content-type", "value": "application/json"}],
          "postData": {"mimeType": "application/json", "text": "{\\"email\\":\\"ana.souza@example.com\\",\\"password\\":\\"${x.pw(true)}\\",\\"remember\\":true}"}
        },
        "response": {"status": 200, "content": {"mimeType": "application/json", "text": "{\\"access_token\\":\\"${x.bearerJwt()}\\",\\"refresh_token\\":\\"${x.tok(x.g.base64url(43))}\\",\\"expires_in\\":3600,\\"token_type\\":\\"Bearer\\"}"}}
      }
    ]
  }
}
`,
  ),

  idoc('curl-verbose-output', ['logs-and-output', 'http-auth', 'command-line'], 'issues/curl-v-output.md', (x) => {
    const user = 'svc-reports';
    const pw = anyPw(x.g, true);
    return `Still getting 403 from the reports API, here's \`curl -v\`:

${F}
$ curl -v -u ${user}:${x.pwRaw(pw)} "https://reports.example.net/api/v1/export?since=2026-11-01"
*   Trying 203.0.113.50:443...
* Connected to reports.example.net (203.0.113.50) port 443 (#0)
* ALPN: offers h2,http/1.1
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
* Server certificate:
*  subject: CN=reports.example.net
*  SSL certificate verify ok.
* Server auth using Basic with user '${user}'
> GET /api/v1/export?since=2026-11-01 HTTP/2
> Host: reports.example.net
> Authorization: Basic ${x.basic(user, pw)}
> User-Agent: curl/8.4.0
> Accept: */*
>
< HTTP/2 403
< date: Wed, 18 Nov 2026 08:31:02 GMT
< content-type: application/json
< x-request-id: ${x.rid()}
< x-amz-cf-id: ${x.n(x.g.base64url(56))}
< set-cookie: rpt_sess=${x.http(x.g.hex(48))}; Path=/; Secure; HttpOnly
<
{"error":"forbidden","detail":"user lacks role reports:export","trace":"${x.trace()}"}
* Connection #0 to host reports.example.net left intact
${F}

(the Basic header above is just my user/pass base64'd, I'll change it after)`;
  }),

  idoc(
    'copy-as-curl-issue',
    ['logs-and-output', 'http-auth', 'command-line', 'precision'],
    'issues/2291-graphql-timeout.md',
    (x) => `**Describe the bug**
GraphQL query times out for big boards. Copied from Chrome devtools ("Copy as cURL (bash)"):

${F}bash
curl 'https://board.example.io/graphql' \\
  -H 'accept: */*' \\
  -H 'accept-language: es-ES,es;q=0.9,en;q=0.8' \\
  -H 'authorization: Bearer ${x.http()}' \\
  -H 'content-type: application/json' \\
  -H 'cookie: _ga=GA1.1.${x.n(x.g.digits(9))}.${x.g.digits(10)}; _gid=GA1.2.${x.n(x.g.digits(9))}; board_session=${x.http(x.g.base64url(40))}; locale=es' \\
  -H 'x-apollo-operation-name: BoardItems' \\
  -H 'x-csrf-token: ${x.u(x.g.base64(43).replace(/[+/]/g, 'a') + '=')}' \\
  -H 'sentry-trace: ${x.trace()}-${x.g.hex(16)}-0' \\
  --data-raw '{"operationName":"BoardItems","variables":{"boardId":"${x.n(x.g.digits(10))}","first":500},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"${x.n(x.g.hex(64))}"}}}' \\
  --compressed
${F}

**Expected behavior** — loads in < 5s like smaller boards.
**Versión**: Chrome 131, Windows 11
`,
  ),

  idoc(
    'wget-debug',
    ['logs-and-output', 'http-auth'],
    'logs/mirror-cron.log',
    (x) => `Setting --http-user (httpuser) to mirror
Setting --http-password (httppassword) to ${x.pw(true)}
DEBUG output created by Wget 1.21.3 on linux-gnu.

Reading HSTS entries from /home/mirror/.wget-hsts
URI encoding = 'UTF-8'
--2026-11-18 03:00:01--  https://repo.partner.example/dists/stable/Release
Resolving repo.partner.example (repo.partner.example)... 198.51.100.80
Caching repo.partner.example => 198.51.100.80
Connecting to repo.partner.example (repo.partner.example)|198.51.100.80|:443... connected.
Created socket 3.
Releasing 0x000055d1e2b0a2c0 (new refcount 1).

---request begin---
GET /dists/stable/Release HTTP/1.1
Host: repo.partner.example
User-Agent: Wget/1.21.3
Accept: */*
Accept-Encoding: identity
Authorization: Basic ${x.basic('mirror')}
Connection: Keep-Alive

---request end---
HTTP request sent, awaiting response...
---response begin---
HTTP/1.1 200 OK
ETag: "${x.n(x.g.hex(12) + '-' + x.g.hex(13))}"
Content-Length: 18211
---response end---
200 OK
Saving to: 'Release'
`,
  ),

  idoc(
    'browser-console-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'support/console-export.log',
    (x) => `app.9f3c1.js:2 [vite] connected.
main.ts:41 Firebase initialised {apiKey: '${x.n('AIza' + x.g.base64url(35))}', authDomain: 'shop-prod.firebaseapp.com', projectId: 'shop-prod', appId: '1:${x.n(x.g.digits(12))}:web:${x.g.hex(22)}'}
auth.ts:88 [auth] refresh ok {access_token: '${x.bearerJwt()}', expires_in: 3600, token_type: 'Bearer'}
auth.ts:93 [auth] stored refresh token ${x.tok(x.g.base64url(64))}
api.ts:17 GET https://api.shop.example/v1/cart?sessionKey=${x.http(x.g.hex(40))} 500 (Internal Server Error)
api.ts:22 Uncaught (in promise) AxiosError: Request failed with status code 500
    at settle (axios.js?v=${x.n(x.g.hex(8))}:1218:12)
    at XMLHttpRequest.onloadend (axios.js?v=${x.n(x.g.hex(8))}:1566:7)
payments.ts:12 Stripe loaded pk_live_${x.n(x.g.alnum(24))}
maps.ts:4 Google Maps JavaScript API warning: RetiredVersion https://developers.google.com/maps/documentation/javascript/error-messages#retired-version
chat-widget.js:1 [widget] init {"widgetId":"${x.rid()}","secret":"${x.tok()}"}
DevTools failed to load source map: Could not load content for chrome-extension://${x.n(x.g.lower(32))}/content.js.map
`,
  ),

  idoc(
    'postman-console',
    ['logs-and-output', 'http-auth'],
    'support/postman-console.txt',
    (x) => `POST https://api.carrier.example/v1/oauth/token
  Request Headers
    Content-Type: application/x-www-form-urlencoded
    User-Agent: PostmanRuntime/7.36.0
    Accept: */*
    Postman-Token: ${x.rid()}
    Host: api.carrier.example
  Request Body
    grant_type: "client_credentials"
    client_id: "shipping-de"
    client_secret: "${x.tok()}"
  Response Headers
    Content-Type: application/json
    X-Correlation-Id: ${x.rid()}
  Response Body
    {"access_token":"${x.http(x.g.alnum(64))}","token_type":"bearer","expires_in":86399}

GET https://api.carrier.example/v1/shipments?ref=DE-448812
  Request Headers
    Authorization: Bearer ${x.n('{{access_token}}')}
    X-Api-Version: 2
  Response Headers
    Content-Type: application/json
  401 Unauthorized — (variable access_token was not set in environment "Carrier PROD")
`,
  ),

  idoc(
    'httpie-verbose',
    ['logs-and-output', 'http-auth', 'command-line'],
    'docs/debugging/httpie-session.md',
    (x) => `Reproduced with httpie:

${F}
$ http -v POST https://hooks.example.dev/v1/deliveries X-Hook-Secret:${x.tok()} event=ping
POST /v1/deliveries HTTP/1.1
Accept: application/json, */*;q=0.5
Accept-Encoding: gzip, deflate
Connection: keep-alive
Content-Length: 16
Content-Type: application/json
Host: hooks.example.dev
User-Agent: HTTPie/3.2.2
X-Hook-Secret: ${x.n('(same as above)')}

{
    "event": "ping"
}

HTTP/1.1 202 Accepted
Content-Type: application/json
X-Delivery-Id: ${x.rid()}

{"queued": true}
${F}
`,
  ),

  idoc(
    'fiddler-raw-session',
    ['logs-and-output', 'http-auth'],
    'attachments/fiddler-session-118.txt',
    (x) => `POST https://soap.partner.example/OrderService.svc HTTP/1.1
Content-Type: text/xml; charset=utf-8
SOAPAction: "http://tempuri.org/IOrderService/SubmitOrder"
Host: soap.partner.example
Content-Length: 702
Expect: 100-continue

<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
  <s:Header>
    <o:Security s:mustUnderstand="1" xmlns:o="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <o:UsernameToken u:Id="uuid-${x.rid()}-1">
        <o:Username>HAENDLER_4411</o:Username>
        <o:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${x.pw(true)}</o:Password>
      </o:UsernameToken>
    </o:Security>
  </s:Header>
  <s:Body><SubmitOrder xmlns="http://tempuri.org/"><orderId>DE-448812</orderId></SubmitOrder></s:Body>
</s:Envelope>

HTTP/1.1 500 Internal Server Error
Content-Type: text/xml; charset=utf-8
X-AspNet-Version: 4.0.30319
`,
  ),

  idoc(
    'mitmproxy-dump',
    ['logs-and-output', 'http-auth', 'precision'],
    'research/mitmdump-app-traffic.txt',
    (x) => `[09:12:01.118][127.0.0.1:51820] client connect
[09:12:01.201][127.0.0.1:51820] server connect api.fitapp.example:443 (52.28.1.9:443)
127.0.0.1:51820: GET https://api.fitapp.example/v4/profile
    user-agent: FitApp/8.1.2 (iOS 17.1; iPhone15,2)
    x-app-key: ${x.http(x.g.hex(32))}
    authorization: Token ${x.http(x.g.hex(40))}
    x-device-id: ${x.rid()}
 << 200 OK 2.1k
127.0.0.1:51820: POST https://api.fitapp.example/v4/auth/refresh
    content-type: application/x-www-form-urlencoded
    refresh_token=${x.tok(x.g.base64url(48))}&client_id=ios-app
 << 200 OK 512b
127.0.0.1:51820: GET https://cdn.fitapp.example/img/avatar/${x.n(x.g.hex(32))}.jpg
 << 200 OK 44.0k
[09:12:03.004][127.0.0.1:51820] client disconnect
`,
  ),
];
