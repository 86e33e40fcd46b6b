// rw-dev10 ops: application logs, HTTP client debug logs, start-up config dumps and crash dumps.
import type { RealWorldDoc } from '../types';
import { od } from './opsValues';

export const OPS_LOGS_APP_DOCS: RealWorldDoc[] = [
  od(
    'ops-log-curl-verbose',
    ['logs-and-output', 'http-auth'],
    'notes/curl-v-partner-api.txt',
    (k) => `$ curl -v https://api.partner.example/v2/orders?since=2026-11-01
*   Trying 203.0.113.40:443...
* Connected to api.partner.example (203.0.113.40) port 443
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
> GET /v2/orders?since=2026-11-01 HTTP/2
> Host: api.partner.example
> user-agent: curl/8.5.0
> authorization: Basic ${k.basic('acme-integration')}
> x-partner-key: ${k.tok(k.g.hex(32))}
> accept: */*
>
< HTTP/2 200
< content-type: application/json
< x-request-id: ${k.rid()}
< etag: W/"${k.n(k.g.hex(16))}"
< set-cookie: PSESSIONID=${k.http(k.g.alnum(32))}; Path=/; HttpOnly; Secure
<
{"orders":[],"next":null}
`,
  ),

  od(
    'ops-log-python-requests-debug',
    ['logs-and-output', 'http-auth'],
    'logs/sync-worker.log',
    (k) => `2026-11-30 03:00:01,002 INFO  sync.main starting sync run ${k.uuid()}
2026-11-30 03:00:01,014 DEBUG urllib3.connectionpool Starting new HTTPS connection (1): crm.vendor.example:443
2026-11-30 03:00:01,412 DEBUG urllib3.connectionpool https://crm.vendor.example:443 "GET /api/contacts?updated_since=2026-11-29&api_key=${k.http(k.g.hex(40))} HTTP/1.1" 200 18211
2026-11-30 03:00:02,118 DEBUG sync.crm send: b'POST /oauth/token HTTP/1.1\\r\\nHost: auth.vendor.example\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\n\\r\\ngrant_type=client_credentials&client_id=acme-sync&client_secret=${k.tok(k.g.alnum(40))}'
2026-11-30 03:00:02,301 DEBUG sync.crm reply: 'HTTP/1.1 200 OK\\r\\n'
2026-11-30 03:00:02,302 DEBUG sync.crm {"access_token": "${k.http(k.g.base64url(64))}", "token_type": "Bearer", "expires_in": 3600}
2026-11-30 03:00:05,777 WARNING sync.crm retrying after 429 (trace ${k.rid()})
2026-11-30 03:00:09,010 INFO  sync.main done: 412 contacts, 0 errors
`,
  ),

  od(
    'ops-log-spring-boot-startup',
    ['logs-and-output'],
    'logs/billing-startup.log',
    (k) => `  .   ____          _            __ _ _
 /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\
( ( )\\___ | '_ | '_| | '_ \\/ _\` | \\ \\ \\ \\
 =========|_|==============|___/=/_/_/_/
 :: Spring Boot ::               (v3.3.5)

2026-11-30T07:01:12.332Z  INFO 1 --- [main] c.a.billing.BillingApplication : Starting BillingApplication v${k.ver()} using Java 21.0.5 with PID 1
2026-11-30T07:01:12.340Z DEBUG 1 --- [main] c.a.billing.config.ConfigDump : spring.datasource.url=jdbc:postgresql://pg-prod:5432/billing
2026-11-30T07:01:12.340Z DEBUG 1 --- [main] c.a.billing.config.ConfigDump : spring.datasource.username=billing
2026-11-30T07:01:12.341Z DEBUG 1 --- [main] c.a.billing.config.ConfigDump : spring.datasource.password=${k.hp()}
2026-11-30T07:01:12.341Z DEBUG 1 --- [main] c.a.billing.config.ConfigDump : spring.rabbitmq.password=${k.gp()}
2026-11-30T07:01:12.342Z DEBUG 1 --- [main] c.a.billing.config.ConfigDump : billing.psp.apiSecret=${k.tok(k.g.alnum(32))}
2026-11-30T07:01:12.342Z DEBUG 1 --- [main] c.a.billing.config.ConfigDump : billing.psp.merchantId=${k.n(k.g.digits(9))}
2026-11-30T07:01:12.343Z DEBUG 1 --- [main] c.a.billing.config.ConfigDump : management.endpoints.web.exposure.include=health,info
2026-11-30T07:01:13.901Z  INFO 1 --- [main] o.s.b.w.embedded.tomcat.TomcatWebServer : Tomcat started on port 8080 (http)
`,
  ),

  od(
    'ops-log-node-config-print',
    ['logs-and-output'],
    'logs/api-pm2-out.log',
    (k) => `0|api  | [2026-11-30 08:00:00.112] info: booting api v${k.ver()} (commit ${k.short()})
0|api  | [2026-11-30 08:00:00.118] debug: loaded config {
0|api  |   env: 'production',
0|api  |   port: 3000,
0|api  |   db: { host: 'mongo-prod', user: 'api', pass: '${k.hp()}' },
0|api  |   redis: 'redis://default:${k.cs()}@redis-prod:6379',
0|api  |   jwtSecret: '${k.tok(k.g.alnum(64))}',
0|api  |   sentryDsn: '${k.n('https://' + k.g.hex(32) + '@o' + k.g.digits(6) + '.ingest.sentry.io/' + k.g.digits(7))}',
0|api  |   mailgun: { domain: 'mg.acme.example', key: '${k.prov(k.P.mailgun(k.g), 'mailgun')}' },
0|api  |   featureFlags: { newCheckout: true }
0|api  | }
0|api  | [2026-11-30 08:00:00.530] info: listening on :3000
0|api  | [2026-11-30 08:00:12.004] warn: slow request GET /api/cart 1204ms reqId=${k.rid()}
`,
  ),

  od(
    'ops-log-java-crash-sysprops',
    ['logs-and-output'],
    'logs/hs_err_pid4121.log',
    (k) => `#
# A fatal error has been detected by the Java Runtime Environment:
#
#  SIGSEGV (0xb) at pc=0x00007f3a1c2d41e0, pid=4121, tid=4188
#
# JRE version: OpenJDK Runtime Environment Temurin-17.0.13+11 (17.0.13+11) (build 17.0.13+11)
---------------  S U M M A R Y ------------

Command Line: -Xmx2g -Dspring.profiles.active=prod -Djavax.net.ssl.keyStore=/etc/app/keystore.p12 -Djavax.net.ssl.keyStorePassword=${k.gp()} -Ddb.password=${k.hp()} -Dkafka.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="app" password="${k.gp()}"; com.acme.ingest.Main

Host: Intel(R) Xeon(R) Gold 6338, 8 cores, 31G, Ubuntu 22.04.4 LTS
Time: Sat Nov 29 22:41:07 2026 UTC elapsed time: 412311.2 seconds

---------------  P R O C E S S  ---------------
Environment Variables:
JAVA_HOME=/opt/java/openjdk
PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin
INGEST_API_TOKEN=${k.tok(k.g.hex(48))}
HOSTNAME=ingest-5f8c7
BUILD_ID=${k.bid()}
`,
  ),

  od(
    'ops-log-php-fpm-error',
    ['logs-and-output'],
    'logs/php-error.log',
    (k) => `[30-Nov-2026 09:12:44 UTC] PHP Warning:  mysqli_connect(): (HY000/1045): Access denied for user 'shop'@'10.0.2.15' (using password: YES) in /var/www/shop/lib/db.php on line 12
[30-Nov-2026 09:12:44 UTC] PHP Stack trace:
[30-Nov-2026 09:12:44 UTC] PHP   1. {main}() /var/www/shop/index.php:0
[30-Nov-2026 09:12:44 UTC] PHP   2. mysqli_connect($host = 'db01', $user = 'shop', $password = '${k.hp()}', $database = 'shop') /var/www/shop/lib/db.php:12
[30-Nov-2026 09:13:02 UTC] PHP Fatal error:  Uncaught PDOException: SQLSTATE[08006] [7] FATAL:  password authentication failed for user "reports" in /var/www/shop/lib/reports.php:8
Stack trace:
#0 /var/www/shop/lib/reports.php(8): PDO->__construct('pgsql:host=pg01...', 'reports', '${k.gp()}')
#1 /var/www/shop/cron/daily.php(22): Reports->connect()
#2 {main}
  thrown in /var/www/shop/lib/reports.php on line 8
[30-Nov-2026 09:14:10 UTC] PHP Notice:  Undefined index: password_confirm in /var/www/shop/register.php on line 51
`,
  ),

  od(
    'ops-log-go-panic-env',
    ['logs-and-output'],
    'logs/agent-panic.txt',
    (k) => `panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x7b2f41]

goroutine 1 [running]:
main.(*Uploader).Send(0x0, {0xc000124000, 0x1f4, 0x200})
\t/src/cmd/agent/upload.go:88 +0x41
main.main()
\t/src/cmd/agent/main.go:61 +0x2c5

config: &main.Config{Endpoint:"https://ingest.acme.example", APIKey:"${k.tok(k.g.alnum(40))}", Secret:"${k.tok(k.g.hex(64))}", Hostname:"edge-fra-07", Interval:30000000000}
build: go1.23.3 vcs.revision=${k.sha()} vcs.time=2026-11-20T10:02:11Z
`,
  ),

  od(
    'ops-log-nginx-access-tokens',
    ['logs-and-output', 'http-auth'],
    'logs/nginx-access.log',
    (k) => `10.0.4.17 - - [30/Nov/2026:10:01:02 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"
203.0.113.5 - - [30/Nov/2026:10:01:09 +0000] "GET /api/export.csv?token=${k.http(k.g.hex(40))} HTTP/1.1" 200 44123 "-" "python-requests/2.32.3"
198.51.100.22 - - [30/Nov/2026:10:01:15 +0000] "GET /static/app.${k.n(k.g.hex(8))}.js HTTP/2.0" 200 91211 "https://shop.acme.example/" "Mozilla/5.0"
203.0.113.5 - - [30/Nov/2026:10:02:44 +0000] "POST /webhooks/psp?secret=${k.http(k.g.alnum(24))} HTTP/1.1" 204 0 "-" "PSP-Webhooks/1.0"
192.0.2.40 - - [30/Nov/2026:10:03:01 +0000] "GET /reset-password?code=${k.n(k.g.digits(6))}&uid=${k.n(k.g.digits(5))} HTTP/1.1" 302 0 "-" "Mozilla/5.0"
10.0.4.17 - admin [30/Nov/2026:10:04:12 +0000] "GET /grafana/api/health HTTP/1.1" 200 70 "-" "curl/8.5.0"
192.0.2.61 - - [30/Nov/2026:10:05:00 +0000] "GET /download?X-Amz-Signature=${k.n(k.g.hex(64))}&X-Amz-Credential=${k.u('AKIA' + k.g.upper(16))}%2F20261130 HTTP/1.1" 200 1 "-" "Wget/1.21"
`,
  ),

  od(
    'ops-log-app-startup-dotnet',
    ['logs-and-output'],
    'logs/worker-service.log',
    (k) => `info: Microsoft.Hosting.Lifetime[0]
      Application started. Hosting environment: Production; Content root path: /app
dbug: Acme.Worker.Startup[0]
      Effective configuration:
        ConnectionStrings:Default = Server=sql-prod;Database=Orders;User Id=orders_app;Password=${k.cs()};Encrypt=True
        Smtp:Host = smtp.office365.com
        Smtp:Password = ${k.hp()}
        Storage:ConnectionString = DefaultEndpointsProtocol=https;AccountName=acmeorders;AccountKey=${k.prov(k.P.azureStorageKey(k.g), 'azure-storage')};EndpointSuffix=core.windows.net
        Jobs:Cron = 0 */5 * * * *
        Auth:ClientSecret = ${k.n('***')}
        Features:Telemetry = true
warn: Acme.Worker.Queue[3]
      Message ${k.uuid()} moved to poison queue after 5 attempts
`,
  ),

  od(
    'ops-log-syslog-cron-mail',
    ['logs-and-output'],
    'logs/syslog-excerpt.txt',
    (k) => `Nov 30 02:15:01 backup01 CRON[21812]: (root) CMD (/opt/backup/run.sh --s3-secret ${k.tok(k.g.alnum(40))} >/dev/null 2>&1)
Nov 30 02:15:01 backup01 CRON[21813]: (postgres) CMD (PGPASSWORD=${k.hp()} pg_dumpall -h pg01 -U postgres | gzip > /backup/pg.sql.gz)
Nov 30 02:15:04 backup01 postfix/smtp[21901]: 4F1A21C02B: to=<ops@acme.example>, relay=smtp.sendgrid.net[198.51.100.3]:587, status=sent (250 Ok: queued as ${k.n(k.g.alnum(22))})
Nov 30 02:16:10 backup01 sudo:   ana : TTY=pts/0 ; PWD=/home/ana ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p${k.gp()}
Nov 30 02:17:22 backup01 sshd[22011]: Accepted publickey for deploy from 10.0.0.9 port 51122 ssh2: ED25519 SHA256:${k.n(k.g.base64(43))}
Nov 30 02:18:00 backup01 systemd[1]: Started Session 4412 of User deploy.
`,
  ),
];
