// rw-dev9 logs: application logs as services write them — plain text, logfmt, JSON lines, log4j/logback, NLog,
// Serilog, Python logging, Rails/Django — that dump config objects, connection strings, headers and bodies
// beside trace ids, request ids and masked fields.
import type { RealWorldDoc } from '../types';
import { ld, LO, LP, LH } from './logsValues';

export const APP_DOCS: RealWorldDoc[] = [
  ld(
    'spring-boot-startup-datasource',
    LP,
    'logs/orders-service/app.log',
    (t) => `${t.ts(' ')}  INFO 1 --- [           main] c.a.orders.OrdersApplication             : Starting OrdersApplication v2.14.3 using Java 17.0.9 with PID 1
${t.ts(' ')}  INFO 1 --- [           main] c.a.orders.OrdersApplication             : The following 2 profiles are active: "prod", "eu-west"
${t.ts(' ')} DEBUG 1 --- [           main] c.a.orders.config.DataSourceConfig       : Creating Hikari pool with url=jdbc:postgresql://orders-db.internal:5432/orders user=orders_app password=${t.hpw()}
${t.ts(' ')}  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting...
${t.ts(' ')}  INFO 1 --- [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@5d0a1f3e
${t.ts(' ')} DEBUG 1 --- [           main] c.a.orders.config.RabbitConfig           : amqp uri amqps://orders:${t.cs()}@mq.internal:5671/orders
${t.ts(' ')} DEBUG 1 --- [           main] c.a.orders.config.RabbitConfig           : spring.rabbitmq.password=${t.mask()}
${t.ts(' ')}  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path ''
${t.ts(' ')}  INFO 1 --- [           main] c.a.orders.OrdersApplication             : Started OrdersApplication in 9.412 seconds (process running for 10.1)
${t.ts(' ')}  INFO 1 --- [nio-8080-exec-1] o.a.c.c.C.[Tomcat].[localhost].[/]       : Initializing Spring DispatcherServlet 'dispatcherServlet'
${t.ts(' ')}  INFO 1 --- [nio-8080-exec-1] c.a.orders.web.TraceFilter               : traceId=${t.trace()} spanId=${t.span()} GET /actuator/health 200
`,
  ),
  ld(
    'logfmt-go-service',
    LP,
    'var/log/ingest/ingest.log',
    (t) => `ts=${t.ts()}Z level=info msg="starting ingest" version=1.9.2 commit=${t.sha()} go=go1.22.3
ts=${t.ts()}Z level=debug msg="loaded config" kafka_brokers=kafka-0:9093,kafka-1:9093 kafka_user=ingest kafka_password=${t.gpw()} s3_bucket=acme-raw-events
ts=${t.ts()}Z level=debug msg="loaded config" redis_addr=redis.internal:6379 redis_password=${t.n('""')} redis_db=2
ts=${t.ts()}Z level=info msg="connected" component=kafka broker=kafka-0:9093 sasl=SCRAM-SHA-512
ts=${t.ts()}Z level=debug msg="signing key loaded" component=webhook hmac_secret=${t.hex(64)} key_id=wh-2025-07
ts=${t.ts()}Z level=info msg="request" method=POST path=/v1/events status=202 dur=12.4ms request_id=${t.rid()} trace_id=${t.trace()}
ts=${t.ts()}Z level=info msg="request" method=POST path=/v1/events status=202 dur=9.8ms request_id=${t.rid()} trace_id=${t.trace()}
ts=${t.ts()}Z level=warn msg="upstream auth failed" upstream=geo-api status=401 api_key=${t.tok()} retry_in=5s
ts=${t.ts()}Z level=info msg="batch flushed" events=512 bytes=88213 etag=${t.n('"' + t.raw.hex(32) + '"')}
`,
  ),
  ld(
    'json-lines-node-pino',
    LH,
    'logs/api-gateway-2025-10-14.jsonl',
    (t) => `{"level":30,"time":1760432011482,"pid":7,"hostname":"gw-6f9c7d-abcde","msg":"server listening","port":3000}
{"level":20,"time":1760432013022,"pid":7,"reqId":"${t.rid()}","req":{"method":"GET","url":"/v2/accounts/me","headers":{"host":"api.acme.io","user-agent":"okhttp/4.12.0","authorization":"Bearer ${t.jwt()}","x-request-id":"${t.rid()}"}},"msg":"incoming request"}
{"level":30,"time":1760432013051,"pid":7,"reqId":"${t.rid()}","res":{"statusCode":200},"responseTime":28.4,"msg":"request completed"}
{"level":20,"time":1760432014410,"pid":7,"req":{"method":"POST","url":"/v2/login","headers":{"content-type":"application/json","authorization":"${t.mask()}"}},"body":{"email":"p.nowak@acme.io","password":"${t.hpw()}","remember":true},"msg":"incoming request"}
{"level":30,"time":1760432014477,"pid":7,"res":{"statusCode":200,"headers":{"set-cookie":"sid=${t.bearer()}; Path=/; HttpOnly; Secure; SameSite=Lax"}},"msg":"request completed"}
{"level":20,"time":1760432015002,"pid":7,"req":{"method":"GET","url":"/v2/health","headers":{"authorization":null}},"msg":"incoming request"}
{"level":30,"time":1760432015003,"pid":7,"traceId":"${t.trace()}","spanId":"${t.span()}","msg":"health ok"}
`,
  ),
  ld(
    'log4j-jdbc-url-exception',
    LO,
    'logs/catalina.out',
    (t) => `14-Oct-2025 09:12:44.101 INFO [main] org.apache.catalina.startup.Catalina.load Server initialization in [812] milliseconds
14-Oct-2025 09:12:47.553 INFO [main] org.apache.catalina.core.StandardService.startInternal Starting service [Catalina]
2025-10-14 09:12:49,220 DEBUG [main] com.acme.legacy.db.ConnectionFactory - Opening connection jdbc:mysql://db-legacy.corp.local:3306/erp?user=erp_rw&password=${t.cs()}&useSSL=false
2025-10-14 09:12:49,931 ERROR [main] com.acme.legacy.db.ConnectionFactory - Could not open connection
java.sql.SQLException: Access denied for user 'erp_rw'@'10.4.2.17' (using password: YES)
	at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)
	at com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:828)
	at com.acme.legacy.db.ConnectionFactory.open(ConnectionFactory.java:57)
2025-10-14 09:12:50,004 WARN  [main] com.acme.legacy.db.ConnectionFactory - retrying with fallback account erp_ro / ${t.hpw()}
2025-10-14 09:12:50,412 INFO  [main] com.acme.legacy.db.ConnectionFactory - connected as erp_ro (session ${t.n(t.raw.digits(6))})
2025-10-14 09:12:51,002 INFO  [main] com.acme.legacy.mail.SmtpSender - smtp host=mail.corp.local port=587 user=noreply@corp.local pass=${t.word()}
`,
  ),
  ld(
    'logback-config-dump-properties',
    LP,
    'logs/billing/billing.2025-10-13.log',
    (t) => `2025-10-13 22:00:01.004 [main] INFO  c.a.b.BillingApp - ==== effective configuration ====
2025-10-13 22:00:01.005 [main] INFO  c.a.b.BillingApp - billing.currency=EUR
2025-10-13 22:00:01.005 [main] INFO  c.a.b.BillingApp - billing.psp.endpoint=https://api.psp-gateway.eu/v3
2025-10-13 22:00:01.005 [main] INFO  c.a.b.BillingApp - billing.psp.merchantId=${t.n('M' + t.raw.digits(9))}
2025-10-13 22:00:01.005 [main] INFO  c.a.b.BillingApp - billing.psp.apiSecret=${t.tok()}
2025-10-13 22:00:01.006 [main] INFO  c.a.b.BillingApp - billing.psp.webhookSigningKey=${t.b64(43)}
2025-10-13 22:00:01.006 [main] INFO  c.a.b.BillingApp - billing.sftp.host=sftp.bank-partner.de
2025-10-13 22:00:01.006 [main] INFO  c.a.b.BillingApp - billing.sftp.user=acme_upload
2025-10-13 22:00:01.006 [main] INFO  c.a.b.BillingApp - billing.sftp.pass=${t.gpw()}
2025-10-13 22:00:01.006 [main] INFO  c.a.b.BillingApp - billing.sftp.knownHostsFingerprint=${t.n('SHA256:' + t.raw.b64('fp' + t.raw.hex(29)).slice(0, 43))}
2025-10-13 22:00:01.007 [main] INFO  c.a.b.BillingApp - spring.datasource.password=${t.mask()}
2025-10-13 22:00:01.007 [main] INFO  c.a.b.BillingApp - spring.datasource.url=jdbc:oracle:thin:@//ora-prod:1521/BILL
2025-10-13 22:00:01.007 [main] INFO  c.a.b.BillingApp - management.endpoints.web.exposure.include=health,info
2025-10-13 22:00:01.008 [main] INFO  c.a.b.BillingApp - build.commit=${t.sha()}
2025-10-13 22:00:01.008 [main] INFO  c.a.b.BillingApp - ==== end ====
`,
  ),
  ld(
    'nlog-dotnet-connection-string',
    LO,
    'App_Data/logs/2025-10-12.log',
    (t) => `2025-10-12 07:58:10.3321|INFO|Acme.Portal.Program|Host starting, environment=Production
2025-10-12 07:58:10.9120|DEBUG|Acme.Portal.Startup|ConnectionStrings:Default = Server=sql01.corp.local;Database=Portal;User Id=portal_app;Password=${t.cs()};TrustServerCertificate=True
2025-10-12 07:58:10.9121|DEBUG|Acme.Portal.Startup|ConnectionStrings:Reporting = Server=sql02.corp.local;Database=Reports;Integrated Security=SSPI
2025-10-12 07:58:10.9180|DEBUG|Acme.Portal.Startup|Jwt:Issuer = https://login.acme.io
2025-10-12 07:58:10.9181|DEBUG|Acme.Portal.Startup|Jwt:SigningKey = ${t.b64(43)}
2025-10-12 07:58:10.9182|DEBUG|Acme.Portal.Startup|AzureAd:ClientId = ${t.rid()}
2025-10-12 07:58:10.9183|DEBUG|Acme.Portal.Startup|AzureAd:ClientSecret = ${t.prov('azureClientSecret', 'Azure AD client secret')}
2025-10-12 07:58:10.9183|DEBUG|Acme.Portal.Startup|AzureAd:TenantId = ${t.rid()}
2025-10-12 07:58:12.0045|INFO|Microsoft.Hosting.Lifetime|Now listening on: http://[::]:8080
2025-10-12 08:01:44.7702|WARN|Acme.Portal.Auth.LoginHandler|Failed login for user 'kbauer' with password '${t.hpw()}' from 10.20.3.44 (attempt 3/5)
2025-10-12 08:01:51.1200|INFO|Acme.Portal.Auth.LoginHandler|Login ok for user 'kbauer' CorrelationId=${t.rid()}
`,
  ),
  ld(
    'serilog-compact-json',
    LP,
    'logs/worker-20251011.clef',
    (
      t,
    ) => `{"@t":"${t.ts()}Z","@mt":"Worker started with {@Options}","Options":{"QueueName":"invoices","Prefetch":20,"ServiceBusConnection":"Endpoint=sb://acme-prod.servicebus.windows.net/;SharedAccessKeyName=worker;SharedAccessKey=${t.s('connection-string', t.g.base64(43) + '=')}","Password":null},"SourceContext":"Acme.Worker.Host"}
{"@t":"${t.ts()}Z","@mt":"Processing {MessageId}","MessageId":"${t.rid()}","TraceId":"${t.trace()}","SpanId":"${t.span()}"}
{"@t":"${t.ts()}Z","@mt":"Calling {Url} with key {ApiKey}","Url":"https://vat.example-registry.eu/check","ApiKey":"${t.tok()}","@l":"Debug"}
{"@t":"${t.ts()}Z","@mt":"Smtp settings {@Smtp}","Smtp":{"Host":"smtp.office365.com","Port":587,"User":"invoices@acme.de","Password":"${t.hpw()}"},"@l":"Debug"}
{"@t":"${t.ts()}Z","@mt":"Processed {Count} invoices in {Elapsed} ms","Count":20,"Elapsed":4410.2}
{"@t":"${t.ts()}Z","@mt":"Token cache hit for {ClientId}","ClientId":"${t.rid()}","TokenHash":"${t.n(t.raw.hex(64))}","@l":"Verbose"}
`,
  ),
  ld(
    'python-logging-requests-debug',
    LH,
    'logs/sync_job.log',
    (t) => `2025-10-10 03:00:00,012 INFO sync_job: starting nightly sync (run_id=${t.rid()})
2025-10-10 03:00:00,013 DEBUG sync_job: settings={'CRM_URL': 'https://crm.acme.local/api', 'CRM_USER': 'sync', 'CRM_PASSWORD': '${t.hpw()}', 'BATCH': 200, 'DRY_RUN': False}
2025-10-10 03:00:00,101 DEBUG urllib3.connectionpool: Starting new HTTPS connection (1): crm.acme.local:443
2025-10-10 03:00:00,377 DEBUG urllib3.connectionpool: https://crm.acme.local:443 "POST /api/auth/token HTTP/1.1" 200 412
2025-10-10 03:00:00,378 DEBUG sync_job: got token {'access_token': '${t.jwt()}', 'token_type': 'bearer', 'expires_in': 3600, 'refresh_token': '${t.tok()}'}
2025-10-10 03:00:01,902 DEBUG urllib3.connectionpool: https://crm.acme.local:443 "GET /api/contacts?page=1&per_page=200 HTTP/1.1" 200 88341
2025-10-10 03:00:05,220 INFO sync_job: synced 1800 contacts, checksum=${t.n(t.raw.hex(32))}
2025-10-10 03:00:05,221 DEBUG sync_job: webhook -> https://hooks.acme.local/sync?token=${t.s('http-auth', t.g.alnum(32))}
2025-10-10 03:00:05,330 INFO sync_job: done in 5.3s
`,
  ),
  ld(
    'rails-production-log-filtered-and-not',
    LP,
    'log/production.log',
    (t) => `I, [${t.ts()} #2917]  INFO -- : [${t.rid()}] Started POST "/users/sign_in" for 172.18.0.1 at 2025-10-09 11:42:17 +0000
I, [${t.ts()} #2917]  INFO -- : [${t.rid()}] Processing by Users::SessionsController#create as HTML
I, [${t.ts()} #2917]  INFO -- : [${t.rid()}]   Parameters: {"authenticity_token"=>"${t.m.unscored(t.g.base64(86) + '==')}", "user"=>{"email"=>"ana@example.org", "password"=>"${t.n('[FILTERED]')}"}, "commit"=>"Log in"}
I, [${t.ts()} #2917]  INFO -- : [${t.rid()}] Completed 302 Found in 211ms (ActiveRecord: 12.0ms)
I, [${t.ts()} #2918]  INFO -- : [${t.rid()}] Started PATCH "/admin/integrations/7" for 172.18.0.1 at 2025-10-09 11:45:02 +0000
I, [${t.ts()} #2918]  INFO -- : [${t.rid()}] Processing by Admin::IntegrationsController#update as JSON
I, [${t.ts()} #2918]  INFO -- : [${t.rid()}]   Parameters: {"integration"=>{"name"=>"Zendesk", "subdomain"=>"acme", "api_token"=>"${t.tok()}", "agent_email"=>"it@acme.org"}, "id"=>"7"}
I, [${t.ts()} #2918]  INFO -- : [${t.rid()}] Completed 200 OK in 48ms (Views: 0.4ms | ActiveRecord: 9.1ms)
I, [${t.ts()} #2919]  INFO -- : [${t.rid()}] Started POST "/api/v1/imports" for 172.18.0.9 at 2025-10-09 11:50:40 +0000
I, [${t.ts()} #2919]  INFO -- : [${t.rid()}]   Parameters: {"source"=>"ftp", "ftp_host"=>"ftp.partner.es", "ftp_user"=>"acme", "ftp_pass"=>"${t.hpw()}", "path"=>"/out/stock.csv"}
`,
  ),
  ld(
    'django-debug-settings-page-log',
    LO,
    'logs/gunicorn-error.log',
    (t) => `[2025-10-08 16:20:11 +0000] [41] [INFO] Booting worker with pid: 41
[2025-10-08 16:20:15 +0000] [41] [ERROR] Error handling request /reports/export
Traceback (most recent call last):
  File "/app/reports/views.py", line 88, in export
    client = boto3.client("s3", aws_access_key_id=settings.AWS_ID, aws_secret_access_key=settings.AWS_SECRET)
  File "/usr/local/lib/python3.11/site-packages/botocore/client.py", line 565, in _api_call
botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) when calling the PutObject operation
Local vars:
  settings.AWS_ID = '${t.m.unscored('AKIA' + t.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}'
  settings.AWS_SECRET = '${t.prov('awsSecret', 'AWS secret access key')}'
  settings.SECRET_KEY = '${t.s('token', t.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#^&*(-_=+)', 50))}'
  settings.DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'reports', 'USER': 'reports', 'PASSWORD': '${t.pw()}', 'HOST': 'pg-reports'}}
  settings.EMAIL_HOST_PASSWORD = '${t.mask()}'
  request.COOKIES = {'csrftoken': '${t.m.unscored(t.g.alnum(32))}', 'sessionid': '${t.s('http-auth', t.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32))}'}
[2025-10-08 16:20:15 +0000] [41] [INFO] 10.0.4.12 "GET /reports/export HTTP/1.1" 500
`,
  ),
  ld(
    'php-laravel-log-env-dump',
    LO,
    'storage/logs/laravel-2025-10-07.log',
    (
      t,
    ) => `[2025-10-07 10:14:02] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user 'shop'@'172.19.0.5' (using password: YES) (Connection: mysql, SQL: select * from \`sessions\` where \`id\` = ${t.n(t.raw.alnum(40))} limit 1) {"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 1045)"}
[2025-10-07 10:14:02] production.DEBUG: config('database.connections.mysql') {"driver":"mysql","host":"db","port":"3306","database":"shop","username":"shop","password":"${t.hpw()}","charset":"utf8mb4"}
[2025-10-07 10:14:03] production.DEBUG: config('services.mailgun') {"domain":"mg.shop.example","secret":"${t.prov('mailgun', 'Mailgun API key')}","endpoint":"api.eu.mailgun.net"}
[2025-10-07 10:14:03] production.DEBUG: config('app.key') "base64:${t.s('token', t.g.base64(43) + '=')}"
[2025-10-07 10:14:03] production.INFO: cache cleared {"tags":["catalog"],"by":"cron"}
[2025-10-07 10:14:09] production.DEBUG: payment webhook verified {"signature":"${t.n('t=1759832049,v1=' + t.raw.hex(64))}","event":"evt_${t.raw.alnum(24)}"}
`,
  ),
  ld(
    'nginx-lua-debug-headers',
    LH,
    'var/log/nginx/error.log',
    (t) => `2025/10/06 21:03:44 [notice] 1#1: using the "epoll" event method
2025/10/06 21:03:44 [notice] 1#1: nginx/1.25.4
2025/10/06 21:05:10 [info] 29#29: *1402 [lua] auth.lua:41: checking upstream auth, client: 10.9.0.4, server: api.acme.io, request: "GET /internal/metrics HTTP/1.1", host: "api.acme.io"
2025/10/06 21:05:10 [debug] 29#29: *1402 [lua] auth.lua:44: headers: {"x-internal-key":"${t.tok()}","accept":"*/*","x-request-id":"${t.rid()}"}
2025/10/06 21:05:10 [debug] 29#29: *1402 [lua] auth.lua:52: proxy auth header: Basic ${t.basic('metrics')}
2025/10/06 21:05:11 [error] 29#29: *1402 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.9.0.4, server: api.acme.io, request: "GET /internal/metrics HTTP/1.1", upstream: "http://10.9.1.20:9100/metrics", host: "api.acme.io"
2025/10/06 21:06:00 [warn] 29#29: *1450 a client request body is buffered to a temporary file /var/cache/nginx/client_temp/0000000031
`,
  ),
  ld(
    'syslog-mixed-daemons',
    LP,
    'var/log/syslog',
    (t) => `Oct  5 02:14:01 backup01 CRON[8812]: (root) CMD (/opt/backup/run.sh --target s3://acme-backups --quiet)
Oct  5 02:14:02 backup01 backup.sh[8813]: restic repository opened (repo id ${t.n(t.raw.hex(10))}), using RESTIC_PASSWORD from env
Oct  5 02:14:02 backup01 backup.sh[8813]: + export RESTIC_PASSWORD=${t.pp()}
Oct  5 02:14:02 backup01 backup.sh[8813]: + mysqldump -u backup -p${t.gpw()} --all-databases --single-transaction
Oct  5 02:14:40 backup01 backup.sh[8813]: snapshot ${t.n(t.raw.hex(8))} saved
Oct  5 02:15:12 backup01 sshd[9021]: Accepted publickey for deploy from 10.0.0.7 port 51514 ssh2: ED25519 SHA256:${t.n(t.raw.b64(t.raw.hex(24)).slice(0, 43))}
Oct  5 02:15:30 backup01 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart app
Oct  5 02:16:00 backup01 openvpn[771]: client01/10.0.0.9 TLS: Username/Password authentication succeeded for username 'mhansen'
Oct  5 02:16:44 backup01 app[1120]: WARN smb mount failed: mount -t cifs //nas01/share /mnt/share -o username=svc_scan,password=${t.hpw()},vers=3.0
`,
  ),
  ld(
    'winston-node-config-object',
    LO,
    'logs/combined.log',
    (t) => `${t.ts()}Z info: Notifier v3.2.0 starting
${t.ts()}Z debug: config loaded {
  env: 'production',
  port: 4000,
  mongo: { uri: 'mongodb+srv://notifier:${t.cs()}@cluster0.ab12c.mongodb.net/notify?retryWrites=true' },
  push: { fcmServerKey: '${t.s('token', 'AAAA' + t.g.alnum(7) + ':APA91b' + t.g.base64url(134))}', apnsKeyId: '${t.n(t.raw.alnum(10).toUpperCase())}' },
  sms: { provider: 'twilio', accountSid: '${t.n('AC' + t.raw.hex(32))}', authToken: '${t.hex(32)}' },
  slack: { token: '${t.prov('slackBot', 'Slack bot token')}' },
  admin: { user: 'ops', pass: '${t.hpw()}' }
}
${t.ts()}Z info: connected to mongo in 412ms
${t.ts()}Z info: listening on :4000
`,
  ),
];
