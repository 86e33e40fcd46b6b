// rw-dev11 incident part: application and web-server logs (access logs with tokens in the query, logged headers,
// exceptions carrying connection strings, debug dumps of config objects).
import type { RealWorldDoc } from '../types';
import { idoc } from './incidentValues';

export const INCIDENT_LOG_DOCS: RealWorldDoc[] = [
  idoc('nginx-access-query-token', ['logs-and-output', 'http-auth', 'precision'], 'var/log/nginx/access.log', (x) => {
    const ip = () => `10.${x.g.digits(1)}.${x.g.digits(2)}.${x.g.digits(2)}`;
    return `${ip()} - - [18/Nov/2026:09:14:02 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001 req_id=${x.trace()}
${ip()} - - [18/Nov/2026:09:14:03 +0000] "GET /api/v2/reports/export?format=csv&token=${x.http()}&from=2026-11-01 HTTP/1.1" 200 88123 "-" "python-requests/2.31.0" rt=1.882 req_id=${x.trace()}
${ip()} - - [18/Nov/2026:09:14:03 +0000] "GET /static/js/main.${x.n(x.g.hex(8))}.chunk.js HTTP/1.1" 304 0 "https://app.example.org/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" rt=0.000 req_id=${x.trace()}
${ip()} - - [18/Nov/2026:09:14:05 +0000] "POST /v1/ingest?api_key=${x.tok()} HTTP/1.1" 202 17 "-" "Go-http-client/1.1" rt=0.023 req_id=${x.trace()}
${ip()} - - [18/Nov/2026:09:14:05 +0000] "GET /search?q=reset+password&page=2&sort=desc HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1)" rt=0.140 req_id=${x.trace()}
${ip()} - - [18/Nov/2026:09:14:07 +0000] "GET /download/invoice.pdf?id=${x.rid()}&sig=${x.u(x.g.hex(64))}&expires=1795000000 HTTP/1.1" 200 40211 "-" "Mozilla/5.0" rt=0.051 req_id=${x.trace()}
${ip()} - - [18/Nov/2026:09:14:09 +0000] "GET /oauth/callback?code=${x.u(x.g.alnum(20))}&state=${x.n(x.g.alnum(16))} HTTP/1.1" 302 0 "https://login.example.org/" "Mozilla/5.0" rt=0.310 req_id=${x.trace()}
${ip()} - - [18/Nov/2026:09:14:11 +0000] "GET /ws/notifications?access_token=${x.bearerJwt()} HTTP/1.1" 101 0 "-" "Mozilla/5.0 (X11; Linux x86_64)" rt=12.004 req_id=${x.trace()}
${ip()} - - [18/Nov/2026:09:14:12 +0000] "GET /api/v2/items?apikey=${x.n('YOUR_API_KEY')} HTTP/1.1" 401 38 "-" "curl/8.4.0" rt=0.002 req_id=${x.trace()}
${ip()} - - [18/Nov/2026:09:14:15 +0000] "GET /feeds/calendar.ics?key=${x.tok(x.g.alnum(32))} HTTP/1.1" 200 9921 "-" "Google-Calendar-Importer" rt=0.090 req_id=${x.trace()}
${ip()} - - [18/Nov/2026:09:14:16 +0000] "GET /favicon.ico HTTP/1.1" 404 153 "-" "Mozilla/5.0" rt=0.000 req_id=${x.trace()}
`;
  }),

  idoc(
    'apache-error-proxy-auth',
    ['logs-and-output', 'http-auth'],
    'logs/apache2/error.log',
    (x) => `[Wed Nov 18 03:12:40.118220 2026] [proxy:error] [pid 22811:tid 139881] (111)Connection refused: AH00957: http: attempt to connect to 127.0.0.1:8081 (localhost:8081) failed
[Wed Nov 18 03:12:40.118301 2026] [proxy_http:error] [pid 22811:tid 139881] [client 203.0.113.44:51822] AH01114: HTTP: failed to make connection to backend: localhost
[Wed Nov 18 03:12:41.002113 2026] [dumpio:trace7] [pid 22811:tid 139882] mod_dumpio.c(103): [client 203.0.113.44:51824] mod_dumpio:  dumpio_in (data-HEAP): GET /jenkins/job/release/build HTTP/1.1\\r\\n
[Wed Nov 18 03:12:41.002140 2026] [dumpio:trace7] [pid 22811:tid 139882] mod_dumpio.c(103): [client 203.0.113.44:51824] mod_dumpio:  dumpio_in (data-HEAP): Host: ci.internal.example\\r\\n
[Wed Nov 18 03:12:41.002151 2026] [dumpio:trace7] [pid 22811:tid 139882] mod_dumpio.c(103): [client 203.0.113.44:51824] mod_dumpio:  dumpio_in (data-HEAP): Authorization: Basic ${x.basic('release-bot')}\\r\\n
[Wed Nov 18 03:12:41.002160 2026] [dumpio:trace7] [pid 22811:tid 139882] mod_dumpio.c(103): [client 203.0.113.44:51824] mod_dumpio:  dumpio_in (data-HEAP): Jenkins-Crumb: ${x.u(x.g.hex(64))}\\r\\n
[Wed Nov 18 03:12:41.002170 2026] [dumpio:trace7] [pid 22811:tid 139882] mod_dumpio.c(103): [client 203.0.113.44:51824] mod_dumpio:  dumpio_in (data-HEAP): X-Request-Id: ${x.rid()}\\r\\n
[Wed Nov 18 03:12:41.002177 2026] [dumpio:trace7] [pid 22811:tid 139882] mod_dumpio.c(103): [client 203.0.113.44:51824] mod_dumpio:  dumpio_in (data-HEAP): Cookie: JSESSIONID.${x.n(x.g.hex(8))}=node0${x.http(x.g.lower(26))}.node0; screenResolution=1920x1080\\r\\n
[Wed Nov 18 03:12:44.551002 2026] [auth_basic:error] [pid 22814:tid 139871] [client 198.51.100.7:40112] AH01618: user admin not found: /jenkins/login
[Wed Nov 18 03:12:45.551002 2026] [ssl:warn] [pid 22801:tid 139999] AH01909: ci.internal.example:443:0 server certificate does NOT include an ID which matches the server name
`,
  ),

  idoc(
    'rails-production-log',
    ['logs-and-output', 'precision'],
    'log/production.log',
    (x) => `I, [2026-11-18T10:02:11.441201 #4121]  INFO -- : [${x.rid()}] Started POST "/users/sign_in" for 81.22.14.9 at 2026-11-18 10:02:11 +0000
I, [2026-11-18T10:02:11.443987 #4121]  INFO -- : [${x.rid()}] Processing by Users::SessionsController#create as HTML
I, [2026-11-18T10:02:11.444010 #4121]  INFO -- : [${x.rid()}]   Parameters: {"authenticity_token"=>"${x.mask()}", "user"=>{"email"=>"j.ortega@example.com", "password"=>"${x.mask()}", "remember_me"=>"0"}, "commit"=>"Log in"}
I, [2026-11-18T10:02:11.501333 #4121]  INFO -- : [${x.rid()}] Completed 302 Found in 57ms (ActiveRecord: 4.1ms | Allocations: 8812)
I, [2026-11-18T10:05:37.010004 #4122]  INFO -- : [${x.rid()}] Started POST "/api/partners/sync" for 34.201.7.19 at 2026-11-18 10:05:37 +0000
I, [2026-11-18T10:05:37.012771 #4122]  INFO -- : [${x.rid()}] Processing by Api::PartnersController#sync as JSON
I, [2026-11-18T10:05:37.012790 #4122]  INFO -- : [${x.rid()}]   Parameters: {"partner_id"=>"4411", "sftp"=>{"host"=>"sftp.partner.example", "user"=>"acme_drop", "pass"=>"${x.pw()}"}, "partner"=>{"partner_id"=>"4411"}}
D, [2026-11-18T10:05:37.020911 #4122] DEBUG -- : [${x.rid()}] PartnerSync: connecting with {:host=>"sftp.partner.example", :user=>"acme_drop", :key_passphrase=>"${x.phrase()}"}
I, [2026-11-18T10:05:38.877120 #4122]  INFO -- : [${x.rid()}] Completed 200 OK in 1864ms (Views: 0.4ms | ActiveRecord: 2.9ms | Allocations: 21100)
I, [2026-11-18T10:09:02.100201 #4121]  INFO -- : [${x.rid()}] Started GET "/webhooks/github?secret=${x.tok()}" for 140.82.115.3 at 2026-11-18 10:09:02 +0000
I, [2026-11-18T10:09:02.101002 #4121]  INFO -- : [${x.rid()}] Processing by WebhooksController#github as */*
I, [2026-11-18T10:09:02.101019 #4121]  INFO -- : [${x.rid()}]   Parameters: {"zen"=>"Keep it logically awesome.", "hook_id"=>"${x.n(x.g.digits(9))}"}
I, [2026-11-18T10:09:02.110450 #4121]  INFO -- : [${x.rid()}] Completed 204 No Content in 9ms (ActiveRecord: 0.0ms | Allocations: 411)
`,
  ),

  idoc(
    'django-debug-settings-page',
    ['logs-and-output', 'config-syntax', 'precision'],
    'support/attachments/debug_500_page.txt',
    (x) => `OperationalError at /api/orders/
could not connect to server: Connection refused

Request Method:     GET
Request URL:        https://shop.example.net/api/orders/?page=3
Django Version:     4.2.7
Exception Type:     OperationalError
Python Executable:  /usr/local/bin/python
Python Version:     3.11.6
Server time:        Wed, 18 Nov 2026 11:20:44 +0100

Settings
Using settings module shop.settings.production
Setting                      Value
ABSOLUTE_URL_OVERRIDES       {}
ALLOWED_HOSTS                ['shop.example.net', '.example.net']
AWS_SECRET_ACCESS_KEY        '${x.n('********************')}'
AWS_STORAGE_BUCKET_NAME      'shop-media-prod'
CACHES                       {'default': {'BACKEND': 'django_redis.cache.RedisCache', 'LOCATION': 'redis://:${x.cs()}@cache-1.internal:6379/1'}}
CELERY_BROKER_URL            'amqp://shop:${x.cs()}@mq.internal:5672/shop'
DATABASES                    {'default': {'ENGINE': 'django.db.backends.postgresql', 'HOST': 'db-primary.internal', 'NAME': 'shop', 'PASSWORD': '${x.n('********************')}', 'PORT': '5432', 'USER': 'shop_app'}}
DEBUG                        True
DEFAULT_FROM_EMAIL           'noreply@example.net'
EMAIL_HOST                   'smtp.mailgun.org'
EMAIL_HOST_PASSWORD          '${x.n('********************')}'
EMAIL_HOST_USER              'postmaster@mg.example.net'
LANGUAGE_CODE                'de-de'
PAYMENT_GATEWAY              {'merchant': 'EXM-20931', 'endpoint': 'https://api.psp.example/v3', 'signing': '${x.tok()}'}
SECRET_KEY                   '${x.n('********************')}'
SENTRY_DSN                   '${x.n(`https://${x.g.hex(32)}@o${x.g.digits(6)}.ingest.sentry.io/${x.g.digits(7)}`)}'
SESSION_COOKIE_AGE           1209600
STATIC_URL                   '/static/'
TIME_ZONE                    'Europe/Berlin'
USE_TZ                       True

You're seeing this error because you have DEBUG = True in your Django settings file.
`,
  ),

  idoc(
    'spring-boot-startup-debug',
    ['logs-and-output', 'precision'],
    'logs/order-service.log',
    (
      x,
    ) => `2026-11-18 06:00:01.204  INFO 1 --- [           main] c.e.order.OrderServiceApplication         : Starting OrderServiceApplication v2.14.3 using Java 17.0.9 with PID 1 (/app/app.jar started by app in /app)
2026-11-18 06:00:01.207 DEBUG 1 --- [           main] c.e.order.OrderServiceApplication         : Running with Spring Boot v3.1.5, Spring v6.0.13
2026-11-18 06:00:01.208  INFO 1 --- [           main] c.e.order.OrderServiceApplication         : The following 1 profile is active: "prod"
2026-11-18 06:00:03.771 DEBUG 1 --- [           main] c.e.order.config.StartupPropertyDumper    : spring.datasource.url=jdbc:postgresql://orders-db.internal:5432/orders?sslmode=require
2026-11-18 06:00:03.771 DEBUG 1 --- [           main] c.e.order.config.StartupPropertyDumper    : spring.datasource.username=orders_rw
2026-11-18 06:00:03.772 DEBUG 1 --- [           main] c.e.order.config.StartupPropertyDumper    : spring.datasource.password=${x.pw(true)}
2026-11-18 06:00:03.772 DEBUG 1 --- [           main] c.e.order.config.StartupPropertyDumper    : spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="orders" password="${x.pw(true)}";
2026-11-18 06:00:03.773 DEBUG 1 --- [           main] c.e.order.config.StartupPropertyDumper    : app.tax.api-key=${x.tok()}
2026-11-18 06:00:03.773 DEBUG 1 --- [           main] c.e.order.config.StartupPropertyDumper    : app.tax.api-base=https://tax.example.com/v1
2026-11-18 06:00:03.774 DEBUG 1 --- [           main] c.e.order.config.StartupPropertyDumper    : management.endpoints.web.exposure.include=health,info,prometheus
2026-11-18 06:00:04.101  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting...
2026-11-18 06:00:04.388  INFO 1 --- [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@${x.n(x.g.hex(8))}
2026-11-18 06:00:04.390  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Start completed.
2026-11-18 06:00:06.912  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8080 (http) with context path ''
2026-11-18 06:00:06.930  INFO 1 --- [           main] c.e.order.OrderServiceApplication         : Started OrderServiceApplication in 6.102 seconds (process running for 6.8)
2026-11-18 06:00:09.000  INFO 1 --- [nio-8080-exec-1] o.s.web.servlet.DispatcherServlet        : Completed initialization in 2 ms
2026-11-18 06:02:41.118  WARN 1 --- [nio-8080-exec-4] c.e.order.web.TraceFilter                : slow request traceId=${x.trace()} spanId=${x.trace(16)} path=/orders/${x.n(x.g.digits(8))} took=2210ms
`,
  ),

  idoc('pino-json-headers', ['logs-and-output', 'http-auth', 'precision'], 'logs/api-gateway-2026-11-18.ndjson', (x) => {
    const line = (extra: string) => `{"level":30,"time":17954${x.g.digits(8)},"pid":${x.g.digits(2)},"hostname":"gw-${x.g.lower(5)}-${x.g.lower(5)}",${extra}}`;
    return (
      [
        line(`"msg":"server listening","port":3000`),
        line(
          `"req":{"id":"${x.rid()}","method":"GET","url":"/v1/me","headers":{"host":"api.example.io","user-agent":"okhttp/4.12.0","authorization":"Bearer ${x.bearerJwt()}","x-request-id":"${x.rid()}","traceparent":"00-${x.trace()}-${x.trace(16)}-01"}},"msg":"incoming request"`,
        ),
        line(`"res":{"statusCode":200},"responseTime":14,"msg":"request completed"`),
        line(
          `"req":{"id":"${x.rid()}","method":"POST","url":"/v1/cart","headers":{"host":"api.example.io","cookie":"_ga=GA1.1.${x.n(x.g.digits(10))}.${x.g.digits(10)}; connect.sid=s%3A${x.http(x.g.base64url(32) + '.' + x.g.base64(43).replace(/[+/]/g, 'z'))}","content-type":"application/json"}},"msg":"incoming request"`,
        ),
        line(`"req":{"id":"${x.rid()}","method":"GET","url":"/v1/catalog","headers":{"host":"api.example.io","x-api-key":"${x.http(x.g.alnum(40))}","accept":"*/*"}},"msg":"incoming request"`),
        line(`"req":{"id":"${x.rid()}","method":"GET","url":"/v1/catalog","headers":{"host":"api.example.io","authorization":"${x.mask()}"}},"msg":"incoming request"`),
        line(
          `"err":{"type":"FetchError","message":"request to https://inventory.internal/v2/stock failed, reason: connect ECONNREFUSED 10.4.1.9:443","stack":"FetchError: request to https://inventory.internal/v2/stock failed\\n    at ClientRequest.<anonymous> (/app/node_modules/node-fetch/lib/index.js:1505:11)"},"msg":"upstream error"`,
        ),
        line(`"msg":"cache warm","keys":412,"etag":"W/\\"${x.n(x.g.hex(16))}\\""`),
      ].join('\n') + '\n'
    );
  }),

  idoc(
    'laravel-pdo-stacktrace',
    ['logs-and-output', 'code'],
    'storage/logs/laravel-2026-11-18.log',
    (
      x,
    ) => `[2026-11-18 04:31:07] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user 'shop'@'10.0.3.4' (using password: YES) (SQL: select * from \`sessions\` where \`id\` = ${x.n(x.g.alnum(40))} limit 1) {"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 1045): SQLSTATE[HY000] [1045] Access denied for user 'shop'@'10.0.3.4' (using password: YES) at /var/www/shop/vendor/laravel/framework/src/Illuminate/Database/Connection.php:795)
[stacktrace]
#0 /var/www/shop/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(70): PDO->__construct('mysql:host=10.0.3.12;port=3306;dbname=shop', 'shop', '${x.pw(true)}', Array)
#1 /var/www/shop/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(46): Illuminate\\\\Database\\\\Connectors\\\\Connector->createPdoConnection('mysql:host=10.0.3.12;port=3306;dbname=shop', 'shop', '${x.pw(true)}', Array)
#2 /var/www/shop/vendor/laravel/framework/src/Illuminate/Database/Connectors/MySqlConnector.php(24): Illuminate\\\\Database\\\\Connectors\\\\Connector->createConnection('mysql:host=10.0.3.12;port=3306;dbname=shop', Array, Array)
#3 /var/www/shop/vendor/laravel/framework/src/Illuminate/Database/Connectors/ConnectionFactory.php(184): Illuminate\\\\Database\\\\Connectors\\\\MySqlConnector->connect(Array)
#4 [internal function]: Illuminate\\\\Database\\\\Connectors\\\\ConnectionFactory->Illuminate\\\\Database\\\\Connectors\\\\{closure}()
#5 /var/www/shop/app/Services/Mailer.php(41): Swift_SmtpTransport->setPassword('${x.pw(true)}')
#6 /var/www/shop/app/Http/Middleware/VerifyCsrfToken.php(18): Illuminate\\\\Foundation\\\\Http\\\\Middleware\\\\VerifyCsrfToken->handle(Object(Illuminate\\\\Http\\\\Request), Object(Closure))
#7 {main}
"}
[2026-11-18 04:31:09] production.INFO: Retrying DB connect attempt=2 host=10.0.3.12
[2026-11-18 04:31:15] production.WARNING: Cache store [redis] unreachable, falling back to file. key=${x.n('laravel_cache:' + x.g.hex(40))}
`,
  ),

  idoc(
    'python-traceback-dsn',
    ['logs-and-output', 'code'],
    'worker.err.log',
    (
      x,
    ) => `2026-11-18 07:44:02,118 ERROR [celery.app.trace] Task reports.tasks.nightly_rollup[${x.rid()}] raised unexpected: OperationalError('(psycopg2.OperationalError) connection to server at "10.20.0.5", port 5432 failed: FATAL:  password authentication failed for user "reporter"\\n')
Traceback (most recent call last):
  File "/srv/app/.venv/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line 145, in __init__
    self._dbapi_connection = engine.raw_connection()
  File "/srv/app/reports/db.py", line 12, in get_engine
    return create_engine("postgresql+psycopg2://reporter:${x.cs()}@10.20.0.5:5432/analytics", pool_pre_ping=True)
  File "/srv/app/reports/legacy.py", line 88, in pull_crm
    conn = psycopg2.connect("host=crm-db.internal dbname=crm user=crm_read password=${x.pw(true)} sslmode=require")
  File "/srv/app/reports/sftp.py", line 31, in upload
    client.connect(hostname="files.partner.example", username="acme", password="${x.pw(true)}", timeout=30)
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.20.0.5", port 5432 failed: FATAL:  password authentication failed for user "reporter"

(Background on this error at: https://sqlalche.me/e/20/e3q8)
2026-11-18 07:44:02,120 WARNING [celery.worker] retrying in 300s (attempt 3/5), correlation=${x.trace()}
2026-11-18 07:44:02,121 INFO [reports.env] using DATABASE_URL=${x.n('${DATABASE_URL}')} REDIS_PASSWORD=${x.mask()}
`,
  ),

  idoc(
    'iis-w3c-apikey',
    ['logs-and-output', 'http-auth'],
    'inetpub/logs/LogFiles/W3SVC2/u_ex261118.log',
    (x) => `#Software: Microsoft Internet Information Services 10.0
#Version: 1.0
#Date: 2026-11-18 00:00:12
#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken
2026-11-18 00:00:12 10.1.0.20 GET /portal/default.aspx - 443 - 52.14.9.201 Mozilla/5.0+(Windows+NT+10.0) - 200 0 0 31
2026-11-18 00:00:19 10.1.0.20 GET /api/stock/GetLevels apikey=${x.tok()}&warehouse=DE-02 443 - 52.14.9.201 Apache-HttpClient/4.5.13 - 200 0 0 118
2026-11-18 00:01:44 10.1.0.20 POST /api/auth/login - 443 - 81.4.22.13 Mozilla/5.0 https://portal.example.de/login 401 1 2148074254 4
2026-11-18 00:02:03 10.1.0.20 GET /reports/export.ashx user=lagerhaus&pwd=${x.pw(true)}&fmt=xlsx 443 - 81.4.22.13 Mozilla/5.0 - 200 0 0 988
2026-11-18 00:02:51 10.1.0.20 GET /api/stock/GetLevels apikey=${x.n('{{apiKey}}')}&warehouse=DE-02 443 - 91.3.7.155 PostmanRuntime/7.36.0 - 401 0 0 2
2026-11-18 00:03:30 10.1.0.20 GET /portal/img/logo.png v=${x.short()} 443 CORP\\m.kowalski 10.1.5.40 Mozilla/5.0 - 200 0 0 0
2026-11-18 00:04:12 10.1.0.20 GET /hooks/erp.ashx sharedSecret=${x.tok(x.g.alnum(24))} 443 - 10.1.9.9 ERPConnector/3.2 - 200 0 0 55
`,
  ),

  idoc(
    'go-config-dump',
    ['logs-and-output', 'code'],
    'logs/billing-svc.log',
    (x) => `time="2026-11-18T08:00:00Z" level=info msg="billing-svc starting" version=v1.8.2 commit=${x.sha()}
time="2026-11-18T08:00:00Z" level=debug msg="loaded config" cfg="{Port:8080 Env:prod DBDSN:billing:${x.cs()}@tcp(mysql-billing:3306)/billing?parseTime=true RedisAddr:redis:6379 RedisPassword:${x.pw(true)} StripeKey:${x.prov('stripe', 'Stripe')} WebhookSecret:${x.tok()} LogLevel:debug FeatureFlags:[invoices-v2 tax-eu]}"
time="2026-11-18T08:00:00Z" level=info msg="connected to mysql" host=mysql-billing:3306 db=billing
time="2026-11-18T08:00:01Z" level=info msg="http listening" addr=":8080"
time="2026-11-18T08:07:12Z" level=warn msg="webhook signature mismatch" request_id=${x.rid()} expected_prefix=${x.n('v1=' + x.g.hex(6) + '...')} got_len=64
time="2026-11-18T08:07:13Z" level=error msg="stripe call failed" err="Invalid API Key provided: sk_live_${x.n('*********************' + x.g.alnum(4))}" request_id=${x.rid()}
`,
  ),

  idoc(
    'log4j-jdbc-exception',
    ['logs-and-output', 'precision'],
    'logs/catalina.out',
    (x) => `18-Nov-2026 05:55:21.331 SEVERE [main] org.apache.catalina.core.StandardContext.startInternal One or more listeners failed to start. Full details will be found in the appropriate container log file
2026-11-18 05:55:21,120 ERROR [main] o.h.e.j.s.SqlExceptionHelper - Login failed for user 'sa'. ClientConnectionId:${x.rid()}
2026-11-18 05:55:21,121 ERROR [main] c.e.legacy.DbBootstrap - could not open jdbc:sqlserver://sql01.corp.local:1433;databaseName=Lager;user=sa;password=${x.cs()};encrypt=false
com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'sa'. ClientConnectionId:${x.rid()}
	at com.microsoft.sqlserver.jdbc.SQLServerException.makeFromDatabaseError(SQLServerException.java:265)
	at com.microsoft.sqlserver.jdbc.TDSTokenHandler.onEOF(tdsparser.java:300)
	at com.example.legacy.DbBootstrap.open(DbBootstrap.java:44)
	at com.example.legacy.Main.main(Main.java:19)
2026-11-18 05:55:22,004 WARN  [main] c.e.legacy.LdapSync - bind failed dn=cn=svc-lager,ou=Services,dc=corp,dc=local credentials=${x.pw(true)} url=ldaps://dc01.corp.local:636
2026-11-18 05:55:22,010 INFO  [main] c.e.legacy.LdapSync - retry with credentials=${x.mask()} (masked since 3.4.1)
`,
  ),

  idoc(
    'haproxy-captured-headers',
    ['logs-and-output', 'http-auth', 'precision'],
    'var/log/haproxy.log',
    (
      x,
    ) => `Nov 18 12:00:01 lb1 haproxy[1822]: 198.51.100.23:55120 [18/Nov/2026:12:00:01.112] fe_https~ be_api/api2 0/0/1/12/13 200 512 - - ---- 210/200/3/1/0 0/0 {api.example.io|okhttp/4.12.0|Bearer ${x.http()}} "GET /v3/accounts/me HTTP/1.1"
Nov 18 12:00:01 lb1 haproxy[1822]: 198.51.100.24:55121 [18/Nov/2026:12:00:01.330] fe_https~ be_api/api1 0/0/0/9/9 200 1802 - - ---- 210/200/2/1/0 0/0 {api.example.io|Mozilla/5.0|} "GET /v3/catalog?page=4 HTTP/1.1"
Nov 18 12:00:02 lb1 haproxy[1822]: 203.0.113.9:41002 [18/Nov/2026:12:00:02.004] fe_https~ be_api/api3 0/0/1/4/5 401 120 - - ---- 210/200/1/0/0 0/0 {api.example.io|curl/7.88.1|Bearer ${x.n('$TOKEN')}} "GET /v3/accounts/me HTTP/1.1"
Nov 18 12:00:02 lb1 haproxy[1822]: 203.0.113.77:41988 [18/Nov/2026:12:00:02.455] fe_https~ be_admin/adm1 0/0/1/30/31 200 9001 - - ---- 210/200/1/0/0 0/0 {admin.example.io|Mozilla/5.0|Basic ${x.basic('ops')}} "GET /admin/queues HTTP/1.1"
Nov 18 12:00:03 lb1 haproxy[1822]: Server be_api/api4 is DOWN, reason: Layer4 timeout, check duration: 2001ms. 3 active and 0 backup servers left. unique-id=${x.trace(24)}
`,
  ),
];
