// rw-dev3 logs/files, part 1: application logs, stack traces, HTTP debug dumps and API-client exports.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { epoch, gaCookie, ip, md5, red, reqId, sha256, spanId, thpw, tight, tpw, traceId, ts, upw, V } from './logsFilesValues';

export const LOGS_DOCS: RealWorldDoc[] = [
  doc('jsonl-app-log-auth-service', ['logs-and-output', 'precision'], 'logs/auth-service-2026-03-14.jsonl', (k) => {
    const g = k.g;
    return [
      `{"ts":"${ts(g)}","level":"info","msg":"service starting","version":"4.12.1","commit":"${k.n(g.hex(40))}"}`,
      `{"ts":"${ts(g)}","level":"debug","msg":"loaded config","db":{"host":"pg-auth.internal","port":5432,"user":"auth_svc","password":"${tpw(k)}"},"redis":{"url":"redis://:${upw(k)}@redis-auth:6379/0"}}`,
      `{"ts":"${ts(g)}","level":"info","msg":"login ok","user_id":48213,"session_id":"${k.n(g.hex(24))}","request_id":"${k.n(reqId(g))}","trace_id":"${k.n(traceId(g))}"}`,
      `{"ts":"${ts(g)}","level":"warn","msg":"login failed","username":"jkowalski","password":"${red(k)}","attempt":3}`,
      `{"ts":"${ts(g)}","level":"debug","msg":"outbound request","method":"POST","url":"https://billing.internal/v2/charge","headers":{"Authorization":"Bearer ${k.bearer()}","X-Request-Id":"${k.n(reqId(g))}"}}`,
      `{"ts":"${ts(g)}","level":"error","msg":"token refresh failed","refresh_token":"${k.http(g.base64url(43))}","error":"invalid_grant"}`,
      `{"ts":"${ts(g)}","level":"info","msg":"password changed","user_id":48213,"new_password_hash":"${k.n(V.bcrypt(g))}"}`,
      `{"ts":"${ts(g)}","level":"info","msg":"shutdown","uptime_s":86211}`,
      '',
    ].join('\n');
  }),
  doc('logfmt-worker-log', ['logs-and-output', 'precision'], 'var/log/worker/current', (k) => {
    const g = k.g;
    return [
      `time=${ts(g)} level=info msg="worker booting" pid=2211 queue=default concurrency=8`,
      `time=${ts(g)} level=debug msg="smtp configured" smtp_host=smtp.mailrelay.net smtp_user=noreply@shop.example smtp_pass=${tpw(k)}`,
      `time=${ts(g)} level=debug msg="s3 client" bucket=shop-exports access_key=${k.u(k.raw.p.awsId(g))} secret_key=${k.prov('awsSecret', 'AWS')}`,
      `time=${ts(g)} level=info msg="job done" job_id=${k.n(g.hex(12))} duration=412ms checksum=${k.n(sha256(g))}`,
      `time=${ts(g)} level=warn msg="retrying" api_key=${red(k)} attempt=2`,
      `time=${ts(g)} level=debug msg="webhook signed" webhook_secret="${k.tok(g.alnum(32))}" signature=${k.n(g.hex(64))}`,
      `time=${ts(g)} level=info msg="stats" processed=1204 failed=3`,
      '',
    ].join('\n');
  }),
  doc('syslog-auth-and-app', ['logs-and-output', 'command-line', 'precision'], 'incident/2026-07/syslog-excerpt.log', (k) => {
    const g = k.g;
    return [
      `Jul 14 03:12:09 web-02 sshd[19921]: Accepted publickey for deploy from ${ip(g)} port 51234 ssh2: ED25519 SHA256:${k.n(g.base64(43))}`,
      `Jul 14 03:12:44 web-02 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p${tpw(k)} -e SHOW DATABASES`,
      `Jul 14 03:13:01 web-02 CRON[20011]: (www-data) CMD (curl -s -u backup:${tpw(k)} https://nas.local/api/trigger > /dev/null)`,
      `Jul 14 03:13:02 web-02 app[881]: [auth] user=alice action=login result=ok sid=${k.n(g.hex(32))}`,
      `Jul 14 03:13:05 web-02 app[881]: [auth] user=bob action=login result=fail reason="bad password" password=*****`,
      `Jul 14 03:14:10 web-02 dockerd[712]: time="${ts(g)}" level=info msg="Container ${k.n(g.hex(64))} started"`,
      `Jul 14 03:15:22 web-02 postfix/smtp[3310]: 4F2A91C03: to=<ops@example.org>, relay=mail.example.org[${ip(g)}]:587, status=sent`,
      '',
    ].join('\n');
  }),
  doc('nginx-access-log-query-tokens', ['logs-and-output', 'http-auth', 'precision'], 'ops/tickets/OPS-2291/access.log', (k) => {
    const g = k.g;
    const l = (req: string, st = 200) => `${ip(g)} - - [14/Mar/2026:10:${g.digits(1)}${g.digits(1)}:0${g.digits(1)} +0000] "${req} HTTP/1.1" ${st} ${g.digits(4)} "-" "Mozilla/5.0 (X11; Linux x86_64)"`;
    return [
      l(`GET /healthz`),
      l(`GET /api/v1/export?format=csv&access_token=${k.http(g.alnum(40))}`),
      l(
        `GET /download/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${k.u(`AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`)}%2F20260314%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=${k.n(g.hex(64))}`,
      ),
      l(`GET /static/app.${k.n(g.hex(8))}.js`),
      l(`POST /login?next=%2Fdashboard`, 302),
      l(`GET /callback?code=${k.u(g.alnum(20))}&state=${k.n(g.alnum(16))}`),
      l(`GET /api/v1/items?api_key=${k.http(g.hex(32))}&page=2`),
      l(`GET /reset-password?token=${k.http(g.base64url(32))}`),
      l(`GET /api/v1/items?api_key=YOUR_API_KEY&page=1`, 401),
      `${ip(g)} - admin [14/Mar/2026:10:44:12 +0000] "GET /admin/ HTTP/1.1" 200 5120 "-" "curl/8.5.0"`,
      '',
    ].join('\n');
  }),
  doc('apache-error-log-php-fatal', ['logs-and-output', 'precision'], 'logs/apache2/error.log.1', (k) => {
    const g = k.g;
    return [
      `[Sat Mar 14 10:21:04.512331 2026] [mpm_prefork:notice] [pid 1021] AH00163: Apache/2.4.58 (Ubuntu) configured -- resuming normal operations`,
      `[Sat Mar 14 10:22:17.001200 2026] [php:error] [pid 2231] [client ${ip(g)}:50122] PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied for user 'shop'@'localhost' (using password: YES) in /var/www/shop/lib/db.php:14`,
      `Stack trace:`,
      `#0 /var/www/shop/lib/db.php(14): PDO->__construct('mysql:host=loca...', 'shop', '${tpw(k)}', Array)`,
      `#1 /var/www/shop/index.php(8): Db::connect()`,
      `#2 {main}`,
      `  thrown in /var/www/shop/lib/db.php on line 14`,
      `[Sat Mar 14 10:25:40.771002 2026] [auth_basic:error] [pid 2240] [client ${ip(g)}:50410] AH01617: user admin: authentication failure for "/admin": Password Mismatch`,
      `[Sat Mar 14 10:26:02.100221 2026] [proxy:error] [pid 2241] (111)Connection refused: AH00957: http: attempt to connect to 127.0.0.1:8080 (localhost) failed`,
      '',
    ].join('\n');
  }),
  doc('java-stacktrace-spring-config-dump', ['logs-and-output', 'precision'], 'support/case-88213/catalina.out', (k) => {
    const g = k.g;
    return [
      `2026-03-14 10:01:12.441  INFO 1 --- [           main] o.s.b.c.c.ConfigDataEnvironmentPostProcessor : Active profiles: prod`,
      `2026-03-14 10:01:13.002 DEBUG 1 --- [           main] o.s.b.c.p.PropertySourcesDeducer : Property sources:`,
      `  spring.datasource.url=jdbc:postgresql://pg-prod-1:5432/orders?user=orders_app&password=${upw(k)}&ssl=true`,
      `  spring.datasource.username=orders_app`,
      `  spring.mail.password=${tpw(k)}`,
      `  spring.security.oauth2.client.registration.keycloak.client-secret=${k.tok(g.uuid())}`,
      `  spring.security.oauth2.client.registration.keycloak.client-id=${k.n('orders-service')}`,
      `  management.endpoints.web.exposure.include=health,info`,
      `  app.jwt.signing-key=${k.tok(g.base64(44))}`,
      `  app.encryption.key=${k.n('${ENCRYPTION_KEY}')}`,
      `2026-03-14 10:01:15.818 ERROR 1 --- [           main] o.s.boot.SpringApplication : Application run failed`,
      `org.postgresql.util.PSQLException: FATAL: password authentication failed for user "orders_app"`,
      `\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)`,
      `\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:203)`,
      `\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:568)`,
      `\t... 47 common frames omitted`,
      '',
    ].join('\n');
  }),
  doc('dotnet-exception-connection-string', ['logs-and-output'], 'logs/api-20260314.txt', (k) => {
    const g = k.g;
    return [
      `2026-03-14 11:02:19.331 +00:00 [INF] Now listening on: http://[::]:8080`,
      `2026-03-14 11:02:21.017 +00:00 [ERR] An error occurred using the connection to database 'Inventory' on server 'sql-prod.database.windows.net'.`,
      `System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'inv_app'.`,
      `   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity, SqlConnectionString connectionOptions)`,
      `   at Inventory.Api.Startup.ConfigureServices(IServiceCollection services) in /src/Inventory.Api/Startup.cs:line 44`,
      `ClientConnectionId:${k.n(g.uuid())}`,
      `Error Number:18456,State:1,Class:14`,
      `2026-03-14 11:02:21.019 +00:00 [DBG] Connection string: Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=Inventory;User ID=inv_app;Password=${k.cs(tight(g).replace(/;/g, ''))};Encrypt=True;`,
      `2026-03-14 11:02:21.020 +00:00 [DBG] Fallback connection string: Server=sql-dr;Database=Inventory;User Id=inv_app;Password=******;`,
      `2026-03-14 11:02:22.100 +00:00 [INF] Application is shutting down...`,
      '',
    ].join('\n');
  }),
  doc('python-traceback-with-locals', ['logs-and-output', 'precision'], 'sentry-export/issue-4412.txt', (k) => {
    const g = k.g;
    return [
      `Traceback (most recent call last):`,
      `  File "/app/sync/client.py", line 88, in fetch`,
      `    resp = self.session.get(url, auth=(self.user, self.password), timeout=10)`,
      `    self = <sync.client.PartnerClient object at 0x7f3a2c1e4d30>`,
      `    url = 'https://partner.example.net/api/orders'`,
      `    self.user = 'acme-sync'`,
      `    self.password = '${tpw(k)}'`,
      `    self.api_secret = '${k.tok(g.hex(40))}'`,
      `    self.cache_key = '${k.n(md5(g))}'`,
      `  File "/usr/local/lib/python3.11/site-packages/requests/sessions.py", line 602, in get`,
      `    return self.request("GET", url, **kwargs)`,
      `requests.exceptions.ConnectionError: HTTPSConnectionPool(host='partner.example.net', port=443): Max retries exceeded`,
      ``,
      `Event ID: ${k.n(g.hex(32))}`,
      `Release: sync@${k.n(g.hex(12))}`,
      '',
    ].join('\n');
  }),
  doc('curl-verbose-basic-and-cookie', ['logs-and-output', 'http-auth', 'command-line', 'precision'], 'docs/debug/curl-trace-login.txt', (k) => {
    const g = k.g;
    return [
      `$ curl -v -u svc-report:${tpw(k)} https://reports.internal.example/api/run`,
      `*   Trying ${ip(g)}:443...`,
      `* Connected to reports.internal.example (${ip(g)}) port 443`,
      `* ALPN: curl offers h2,http/1.1`,
      `* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384`,
      `* Server certificate:`,
      `*  subject: CN=reports.internal.example`,
      `> GET /api/run HTTP/2`,
      `> Host: reports.internal.example`,
      `> authorization: Basic ${k.basic('svc-report')}`,
      `> user-agent: curl/8.5.0`,
      `> accept: */*`,
      `>`,
      `< HTTP/2 302`,
      `< set-cookie: SESSION=${k.http(g.base64url(32))}; Path=/; HttpOnly; Secure`,
      `< set-cookie: _ga=${k.n(gaCookie(g))}; Path=/`,
      `< x-request-id: ${k.n(reqId(g))}`,
      `< etag: W/"${k.n(g.hex(16))}"`,
      `< location: /api/run/${g.digits(5)}`,
      `<`,
      `* Connection #0 to host reports.internal.example left intact`,
      '',
    ].join('\n');
  }),
  doc('httpie-verbose-api-key', ['logs-and-output', 'http-auth', 'command-line'], 'notes/httpie-session.md', (k) => {
    const g = k.g;
    return [
      `# Trying the inventory API with HTTPie`,
      ``,
      F,
      `$ http -v POST https://inventory.example.io/v3/items X-Api-Key:${k.http(g.alnum(32))} name=widget qty:=4`,
      `POST /v3/items HTTP/1.1`,
      `Accept: application/json, */*;q=0.5`,
      `Content-Type: application/json`,
      `Host: inventory.example.io`,
      `User-Agent: HTTPie/3.2.2`,
      `X-Api-Key: (same as above)`,
      ``,
      `{"name": "widget", "qty": 4}`,
      ``,
      `HTTP/1.1 201 Created`,
      `X-RateLimit-Remaining: 998`,
      `X-Trace-Id: ${k.n(traceId(g))}`,
      F,
      ``,
      `With a session file it sends the stored auth: \`http --session=inv -a ops:${tpw(k)} GET inventory.example.io/v3/items\``,
      ``,
      `The key in the docs (\`X-Api-Key: ${k.n('<your key>')}\`) is just a placeholder.`,
      '',
    ].join('\n');
  }),
  doc('python-requests-urllib3-debug', ['logs-and-output', 'http-auth'], 'tmp/debug_output.txt', (k) => {
    const g = k.g;
    return [
      `DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.partner.example:443`,
      `send: b'POST /oauth/token HTTP/1.1\\r\\nHost: api.partner.example\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nContent-Length: 98\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\nAuthorization: Basic ${k.basic('partner-client', g.alnum(24))}\\r\\n\\r\\n'`,
      `send: b'grant_type=client_credentials&scope=orders.read'`,
      `reply: 'HTTP/1.1 200 OK\\r\\n'`,
      `header: Content-Type: application/json`,
      `header: X-Correlation-Id: ${k.n(reqId(g))}`,
      `DEBUG:urllib3.connectionpool:https://api.partner.example:443 "POST /oauth/token HTTP/1.1" 200 712`,
      `DEBUG:root:token response: {'access_token': '${k.bearerJwt()}', 'token_type': 'Bearer', 'expires_in': 3600}`,
      `send: b'GET /v1/orders?since=2026-03-01 HTTP/1.1\\r\\nHost: api.partner.example\\r\\nAuthorization: Bearer <token>\\r\\n\\r\\n'`,
      '',
    ].join('\n');
  }),
  doc('okhttp-logging-interceptor', ['logs-and-output', 'http-auth', 'precision'], 'android/logcat-2026-03-14.txt', (k) => {
    const g = k.g;
    return [
      `03-14 12:04:11.201  8812  8890 I okhttp.OkHttpClient: --> POST https://api.fitapp.example/v2/sync`,
      `03-14 12:04:11.201  8812  8890 I okhttp.OkHttpClient: Content-Type: application/json; charset=UTF-8`,
      `03-14 12:04:11.202  8812  8890 I okhttp.OkHttpClient: Authorization: Bearer ${k.bearer()}`,
      `03-14 12:04:11.202  8812  8890 I okhttp.OkHttpClient: X-Device-Id: ${k.n(g.uuid())}`,
      `03-14 12:04:11.202  8812  8890 I okhttp.OkHttpClient: X-App-Signature: ${k.n(g.base64(44))}`,
      `03-14 12:04:11.203  8812  8890 I okhttp.OkHttpClient: {"steps":10422,"device":"Pixel 8"}`,
      `03-14 12:04:11.203  8812  8890 I okhttp.OkHttpClient: --> END POST (38-byte body)`,
      `03-14 12:04:11.510  8812  8890 I okhttp.OkHttpClient: <-- 401 Unauthorized https://api.fitapp.example/v2/sync (308ms)`,
      `03-14 12:04:11.515  8812  8890 I okhttp.OkHttpClient: --> POST https://api.fitapp.example/v2/auth/refresh`,
      `03-14 12:04:11.515  8812  8890 I okhttp.OkHttpClient: {"refresh_token":"${k.http(g.alnum(48))}","client_id":"${k.n('android-app')}"}`,
      `03-14 12:04:11.790  8812  8890 I okhttp.OkHttpClient: <-- 200 OK (275ms)`,
      `03-14 12:04:11.790  8812  8890 I okhttp.OkHttpClient: {"access_token":"${k.bearerJwt()}","expires_in":900}`,
      '',
    ].join('\n');
  }),
  doc('charles-session-export-json', ['logs-and-output', 'http-auth', 'precision'], 'qa/captures/checkout.chlsj', (k) => {
    const g = k.g;
    return `[
  {
    "status": "COMPLETE",
    "method": "POST",
    "protocolVersion": "HTTP/1.1",
    "scheme": "https",
    "host": "pay.gateway.example",
    "path": "/v1/payments",
    "request": {
      "header": {
        "headers": [
          { "name": "Host", "value": "pay.gateway.example" },
          { "name": "Authorization", "value": "Basic ${k.basic(g.alnum(12), g.alnum(32))}" },
          { "name": "Idempotency-Key", "value": "${k.n(g.uuid())}" },
          { "name": "Cookie", "value": "PHPSESSID=${k.http(g.lower(26))}; _gid=${k.n(gaCookie(g))}" }
        ]
      },
      "body": { "text": "amount=1999&currency=EUR&card_token=${k.n('tok_visa')}" }
    },
    "response": {
      "status": 201,
      "header": { "headers": [ { "name": "Content-Type", "value": "application/json" } ] },
      "body": { "text": "{\\"id\\":\\"pay_${k.n(g.alnum(14))}\\",\\"status\\":\\"authorized\\"}" }
    }
  }
]
`;
  }),
  doc('mitmproxy-dump-text', ['logs-and-output', 'http-auth'], 'pentest/2026-q1/mitmdump-excerpt.txt', (k) => {
    const g = k.g;
    return [
      `${ip(g)}:49822: GET https://cdn.vendor.example/assets/logo.svg`,
      `              << 200 OK 4.1k`,
      `${ip(g)}:49830: POST https://api.vendor.example/graphql`,
      `    Host: api.vendor.example`,
      `    content-type: application/json`,
      `    x-api-token: ${k.http(g.hex(40))}`,
      `    x-client-version: 7.3.0`,
      `    {"query":"{ viewer { id email } }"}`,
      `              << 200 OK 312b`,
      `${ip(g)}:49833: GET https://api.vendor.example/v1/files?sig=${k.n(g.hex(64))}&expires=${epoch(g)}`,
      `              << 200 OK 1.2m`,
      `${ip(g)}:49840: POST https://login.vendor.example/session`,
      `    Cookie: vendor_session=${k.http(`${g.alnum(20)}%3D%3D--${g.hex(40)}`)}; theme=dark`,
      `    username=qa-tester&password=${tpw(k)}&remember=1`,
      `              << 302 Found 0b`,
      '',
    ].join('\n');
  }),
  doc('har-file-login-flow', ['logs-and-output', 'http-auth', 'precision'], 'bugs/JIRA-7712/login-flow.har', (k) => {
    const g = k.g;
    const pw = tight(g);
    return `{
  "log": {
    "version": "1.2",
    "creator": { "name": "WebInspector", "version": "537.36" },
    "pages": [ { "id": "page_1", "title": "https://portal.example.com/login" } ],
    "entries": [
      {
        "startedDateTime": "${ts(g)}",
        "request": {
          "method": "POST",
          "url": "https://portal.example.com/api/login",
          "headers": [
            { "name": "content-type", "value": "application/json" },
            { "name": "x-csrf-token", "value": "${k.u(g.base64url(32))}" },
            { "name": "cookie", "value": "_ga=${k.n(gaCookie(g))}; ajs_anonymous_id=${k.n(g.uuid())}" }
          ],
          "postData": {
            "mimeType": "application/json",
            "text": "{\\"email\\":\\"m.rossi@example.com\\",\\"password\\":\\"${k.pw(pw)}\\"}"
          }
        },
        "response": {
          "status": 200,
          "headers": [
            { "name": "set-cookie", "value": "portal_sid=${k.http(g.alnum(48))}; Path=/; Secure; HttpOnly; SameSite=Lax" },
            { "name": "x-amzn-trace-id", "value": "Root=1-${k.n(`${g.hex(8)}-${g.hex(24)}`)}" }
          ],
          "content": { "mimeType": "application/json", "text": "{\\"token\\":\\"${k.bearerJwt()}\\",\\"user\\":{\\"id\\":9921}}" }
        },
        "timings": { "send": 0.2, "wait": 181.4, "receive": 1.1 }
      },
      {
        "startedDateTime": "${ts(g)}",
        "request": {
          "method": "GET",
          "url": "https://portal.example.com/api/me",
          "headers": [ { "name": "authorization", "value": "Bearer ${k.bearerJwt()}" } ]
        },
        "response": { "status": 200, "headers": [ { "name": "etag", "value": "\\"${k.n(md5(g))}\\"" } ], "content": { "size": 412 } }
      }
    ]
  }
}
`;
  }),
  doc('postman-collection-v21', ['http-auth', 'config-syntax', 'precision'], 'api/postman/Billing.postman_collection.json', (k) => {
    const g = k.g;
    return `{
  "info": {
    "_postman_id": "${k.n(g.uuid())}",
    "name": "Billing API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "basic",
    "basic": [
      { "key": "password", "value": "${tpw(k)}", "type": "string" },
      { "key": "username", "value": "billing-admin", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "List invoices",
      "request": {
        "method": "GET",
        "header": [ { "key": "X-API-Key", "value": "${k.http(g.alnum(36))}", "type": "text" } ],
        "url": { "raw": "{{baseUrl}}/invoices?limit=50", "host": ["{{baseUrl}}"], "path": ["invoices"] }
      }
    },
    {
      "name": "Create invoice (staging)",
      "request": {
        "auth": { "type": "bearer", "bearer": [ { "key": "token", "value": "${k.bearer()}", "type": "string" } ] },
        "method": "POST",
        "header": [ { "key": "Authorization", "value": "Bearer {{access_token}}" } ],
        "url": { "raw": "{{baseUrl}}/invoices" }
      }
    }
  ],
  "variable": [
    { "key": "baseUrl", "value": "https://billing.example.com/api" },
    { "key": "access_token", "value": "" },
    { "key": "client_secret", "value": "${k.tok(g.alnum(40))}" },
    { "key": "tenant", "value": "${k.n(g.uuid())}" }
  ]
}
`;
  }),
  doc('postman-environment-export', ['config-syntax', 'http-auth', 'precision'], 'api/postman/Production.postman_environment.json', (k) => {
    const g = k.g;
    return `{
  "id": "${k.n(g.uuid())}",
  "name": "Production",
  "values": [
    { "key": "base_url", "value": "https://api.example.com", "type": "default", "enabled": true },
    { "key": "username", "value": "integration@example.com", "type": "default", "enabled": true },
    { "key": "password", "value": "${tpw(k)}", "type": "secret", "enabled": true },
    { "key": "api_token", "value": "${k.tok(g.hex(40))}", "type": "secret", "enabled": true },
    { "key": "old_token", "value": "${k.n('{{api_token}}')}", "type": "default", "enabled": false },
    { "key": "webhook_url", "value": "https://hooks.example.com/in/${k.n(g.digits(6))}", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "${ts(g)}",
  "_postman_exported_using": "Postman/10.24.3"
}
`;
  }),
  doc('insomnia-export-v4', ['http-auth', 'config-syntax'], 'tools/insomnia/workspace.json', (k) => {
    const g = k.g;
    return `{
  "_type": "export",
  "__export_format": 4,
  "__export_source": "insomnia.desktop.app:v2023.5.8",
  "resources": [
    {
      "_id": "req_${k.n(g.hex(32))}",
      "_type": "request",
      "name": "Get shipments",
      "method": "GET",
      "url": "{{ _.host }}/shipments",
      "authentication": { "type": "bearer", "token": "${k.bearer()}", "prefix": "" },
      "headers": [ { "name": "Accept", "value": "application/json" } ]
    },
    {
      "_id": "req_${k.n(g.hex(32))}",
      "_type": "request",
      "name": "Legacy login",
      "method": "POST",
      "url": "{{ _.host }}/legacy/login",
      "authentication": { "type": "basic", "username": "ops", "password": "${tpw(k)}", "disabled": false },
      "body": {}
    },
    {
      "_id": "env_${k.n(g.hex(32))}",
      "_type": "environment",
      "name": "Base Environment",
      "data": { "host": "https://logistics.example.net", "client_secret": "${k.tok(g.base64url(32))}", "client_id": "${k.n('insomnia-local')}" }
    }
  ]
}
`;
  }),
  doc('bruno-request-file', ['http-auth', 'config-syntax', 'precision'], 'api-collection/orders/create-order.bru', (k) => {
    const g = k.g;
    return `meta {
  name: Create order
  type: http
  seq: 3
}

post {
  url: {{baseUrl}}/orders
  body: json
  auth: bearer
}

headers {
  x-tenant: acme
  x-api-key: ${k.http(g.alnum(32))}
}

auth:bearer {
  token: ${k.bearer()}
}

body:json {
  {
    "sku": "W-100",
    "qty": 2
  }
}

vars:pre-request {
  orderRef: ${k.n(g.hex(10))}
}
`;
  }),
  doc('bruno-environment-file', ['config-syntax', 'precision'], 'api-collection/environments/staging.bru', (k) => {
    const g = k.g;
    return `vars {
  baseUrl: https://staging.orders.example.com
  username: qa-bot
  password: ${tpw(k)}
  clientSecret: ${k.tok(g.alnum(40))}
  traceSample: ${k.n('0.1')}
}
vars:secret [
  ${k.n('apiKey')},
  ${k.n('refreshToken')}
]
`;
  }),
  doc('fiddler-raw-session', ['logs-and-output', 'http-auth'], 'captures/fiddler/session_42_c.txt', (k) => {
    const g = k.g;
    return [
      `POST https://erp.example.local/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder HTTP/1.1`,
      `Host: erp.example.local`,
      `Connection: keep-alive`,
      `Authorization: Basic ${k.basic('RFC_USER')}`,
      `x-csrf-token: ${k.u(g.base64(24))}`,
      `Cookie: SAP_SESSIONID_PRD_100=${k.http(g.base64url(40))}%3d; sap-usercontext=sap-client=100`,
      `Content-Type: application/json`,
      `Content-Length: 211`,
      ``,
      `{"SalesOrderType":"OR","SalesOrganization":"1010","SoldToParty":"17100001"}`,
      '',
    ].join('\r\n');
  }),
  doc('ndjson-audit-log-redacted', ['logs-and-output', 'precision'], 'audit/2026-11-02.ndjson', (k) => {
    const g = k.g;
    const rows: string[] = [];
    for (let i = 0; i < 5; i++)
      rows.push(`{"at":"${ts(g)}","actor":"svc-${i}","action":"secret.read","path":"kv/data/payments","token":"${red(k)}","accessor":"${k.n(g.alnum(24))}","hmac":"hmac-sha256:${k.n(sha256(g))}"}`);
    rows.push(`{"at":"${ts(g)}","actor":"bob","action":"user.password_reset","password":"${k.n('<hidden>')}","client_ip":"${ip(g)}"}`);
    rows.push(`{"at":"${ts(g)}","actor":"deploy","action":"token.create","token_sha256":"${k.n(sha256(g))}","span_id":"${k.n(spanId(g))}"}`);
    return rows.join('\n') + '\n';
  }),
  doc('winston-console-dump-env', ['logs-and-output', 'precision'], 'logs/node-api.log', (k) => {
    const g = k.g;
    return [
      `2026-03-14T09:01:02.112Z info: Server listening on port 3000`,
      `2026-03-14T09:01:02.113Z debug: Config {`,
      `  env: 'production',`,
      `  mongoUri: 'mongodb+srv://api:${upw(k)}@cluster0.ab1cd.mongodb.net/app?retryWrites=true',`,
      `  jwtSecret: '${k.tok(g.alnum(48))}',`,
      `  stripeKey: '${k.prov('stripeSecret', 'Stripe')}',`,
      `  sentryDsn: '${k.n(V.sentryDsn(g))}',`,
      `  sessionSecret: '${thpw(k)}',`,
      `  cookieName: 'sid',`,
      `  googleMapsKey: undefined`,
      `}`,
      `2026-03-14T09:01:04.551Z error: MongoServerError: bad auth : authentication failed`,
      '',
    ].join('\n');
  }),
];
