// rw-dev9 logs: stack traces and exception messages that echo DSNs, URLs, command lines and request objects with
// credentials in them (Java, Python, Node, Go, .NET, Ruby, PHP, Rust), beside frames, hashes and ids.
import type { RealWorldDoc } from '../types';
import { ld, LO, LP, LC, LH } from './logsValues';

export const TRACE_DOCS: RealWorldDoc[] = [
  ld(
    'python-sqlalchemy-operationalerror',
    LO,
    'logs/celery-worker.err',
    (t) => `[2025-09-30 04:11:02,881: ERROR/ForkPoolWorker-3] Task reports.tasks.rebuild[${t.rid()}] raised unexpected: OperationalError
Traceback (most recent call last):
  File "/app/.venv/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line 145, in __init__
    self._dbapi_connection = engine.raw_connection()
  File "/app/.venv/lib/python3.11/site-packages/psycopg2/__init__.py", line 122, in connect
    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "pg-reports.internal" (10.30.1.8), port 5432 failed: FATAL:  password authentication failed for user "reports"

(Background on this error at: https://sqlalche.me/e/20/e3q8)
engine url: postgresql+psycopg2://reports:${t.cs()}@pg-reports.internal:5432/reports
broker: redis://:${t.cs()}@redis-celery.internal:6379/0
`,
  ),
  ld(
    'node-unhandled-rejection-mongo',
    LO,
    'logs/pm2/api-error.log',
    (t) => `${t.ts()}Z: MongoServerSelectionError: getaddrinfo ENOTFOUND mongo-0.mongo.svc
    at Timeout._onTimeout (/srv/api/node_modules/mongodb/lib/sdam/topology.js:292:38)
    at listOnTimeout (node:internal/timers:573:17)
    at process.processTimers (node:internal/timers:514:7) {
  reason: TopologyDescription {
    type: 'ReplicaSetNoPrimary',
    setName: 'rs0',
  },
  code: undefined,
  [Symbol(errorLabels)]: Set(0) {}
}
${t.ts()}Z: connection string was mongodb://api:${t.cs()}@mongo-0.mongo.svc:27017,mongo-1.mongo.svc:27017/api?replicaSet=rs0&authSource=admin
${t.ts()}Z: Error: Request failed with status code 403
    at createError (/srv/api/node_modules/axios/lib/core/createError.js:16:15) {
  config: {
    url: 'https://api.shipping-partner.com/v1/labels',
    method: 'post',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'X-Api-Key': '${t.tok()}',
      'X-Request-Id': '${t.rid()}'
    },
    auth: { username: 'acme-eu', password: '${t.hpw()}' },
  }
}
`,
  ),
  ld(
    'java-redis-exception-uri',
    LO,
    'logs/checkout/checkout-error.log',
    (t) => `2025-09-28 18:44:10.201 ERROR 7 --- [lettuce-nioEventLoop-4-1] c.a.c.cache.RedisHealth : Redis unavailable
io.lettuce.core.RedisConnectionException: Unable to connect to rediss://default:${t.cs()}@cache-checkout.abc123.euw1.cache.amazonaws.com:6379
	at io.lettuce.core.RedisConnectionException.create(RedisConnectionException.java:78)
	at io.lettuce.core.AbstractRedisClient.getConnection(AbstractRedisClient.java:350)
Caused by: io.lettuce.core.RedisCommandExecutionException: WRONGPASS invalid username-password pair or user is disabled.
	... 12 common frames omitted
2025-09-28 18:44:11.000 WARN  7 --- [scheduling-1] c.a.c.pay.Adyen : call failed, x-API-key=${t.s('token', 'AQE' + t.g.base64url(60))} merchant=AcmeEU pspReference=${t.n(t.raw.digits(16))}
`,
  ),
  ld(
    'go-panic-config-struct',
    LO,
    'logs/edge-proxy.stderr',
    (t) => `panic: runtime error: invalid memory address or nil pointer dereference [recovered]
	panic: config invalid: &config.Config{Listen:":8443", Upstream:"https://10.0.3.9", TLS:config.TLS{Cert:"/etc/edge/tls.crt", Key:"/etc/edge/tls.key"}, Auth:config.Auth{Mode:"hmac", SharedSecret:"${t.hex(64)}", AdminUser:"edge", AdminPass:"${t.hpw()}"}, Metrics:config.Metrics{Token:""}}
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6d2f14]

goroutine 1 [running]:
main.mustLoad({0x7ffd2b1c3e5a, 0x13})
	/src/cmd/edge/main.go:48 +0x1b4
main.main()
	/src/cmd/edge/main.go:22 +0x3c
exit status 2
build: vcs.revision=${t.sha()} vcs.time=2025-09-27T10:11:12Z
`,
  ),
  ld(
    'dotnet-sqlexception-connection',
    LO,
    'logs/Acme.Hr.Api/log20250926.txt',
    (t) => `2025-09-26 12:00:41.442 +02:00 [ERR] An error occurred using the connection to database 'Hr' on server 'tcp:hr-sql.database.windows.net,1433'.
2025-09-26 12:00:41.460 +02:00 [ERR] Failed executing DbCommand (15,001ms) [Parameters=[], CommandType='Text', CommandTimeout='30']
Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'hr_api'.
   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection, Action\`1 wrapCloseInAction)
   at Acme.Hr.Api.Data.HrDbContext.OnConfiguring(DbContextOptionsBuilder options) in /src/Acme.Hr.Api/Data/HrDbContext.cs:line 31
ClientConnectionId:${t.rid()}
Error Number:18456,State:1,Class:14
2025-09-26 12:00:41.461 +02:00 [DBG] Connection string used: Server=tcp:hr-sql.database.windows.net,1433;Initial Catalog=Hr;User ID=hr_api;Password=${t.cs()};Encrypt=True;Connection Timeout=30;
2025-09-26 12:00:41.470 +02:00 [DBG] Falling back to key vault secret 'hr-sql-password' (version ${t.n(t.raw.hex(32))})
`,
  ),
  ld(
    'ruby-net-http-error-url-token',
    LO,
    'log/sidekiq.log',
    (t) => `${t.ts()}Z pid=12 tid=gqo class=SyncInventoryJob jid=${t.n(t.raw.hex(24))} INFO: start
${t.ts()}Z pid=12 tid=gqo class=SyncInventoryJob jid=${t.n(t.raw.hex(24))} WARN: Faraday::UnauthorizedError: the server responded with status 401 for GET https://inventory.partner.pl/api/v2/stock?access_token=${t.s('http-auth', t.g.alnum(40))}&warehouse=WAW1
${t.ts()}Z pid=12 tid=gqo WARN: /app/vendor/bundle/ruby/3.3.0/gems/faraday-2.9.0/lib/faraday/response/raise_error.rb:26:in \`on_complete'
${t.ts()}Z pid=12 tid=gqo WARN: /app/app/jobs/sync_inventory_job.rb:14:in \`perform'
${t.ts()}Z pid=12 tid=gqo class=SyncInventoryJob jid=${t.n(t.raw.hex(24))} INFO: fail: 0.62 sec
${t.ts()}Z pid=12 tid=gqo class=NotifyJob jid=${t.n(t.raw.hex(24))} INFO: ftp upload ftp://magazyn:${t.cs()}@ftp.partner.pl/in/ done
`,
  ),
  ld(
    'php-pdoexception-uncaught',
    LO,
    'var/log/php-fpm/www-error.log',
    (t) => `[27-Sep-2025 08:14:11 UTC] PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/html/lib/Db.php:19
Stack trace:
#0 /var/www/html/lib/Db.php(19): PDO->__construct('mysql:host=127....', 'wp_shop', '${t.hpw()}', Array)
#1 /var/www/html/index.php(7): Db::connect()
#2 {main}
  thrown in /var/www/html/lib/Db.php on line 19
[27-Sep-2025 08:14:12 UTC] PHP Warning:  ftp_login(): Login incorrect. in /var/www/html/cron/export.php on line 33 (user "export", pass "${t.word()}")
[27-Sep-2025 08:15:00 UTC] PHP Notice:  Undefined index: password in /var/www/html/admin/login.php on line 12
`,
  ),
  ld(
    'python-argparse-cmdline-in-trace',
    LC,
    'logs/etl-runner.log',
    (
      t,
    ) => `INFO  2025-09-25 01:00:00 runner: launching ['python', '-m', 'etl.load', '--source', 'sftp://etl@files.acme.local/drop', '--sftp-password', '${t.gpw()}', '--target-dsn', 'snowflake://ETL_USER:${t.cs()}@acme-eu.snowflakecomputing.com/RAW/PUBLIC?warehouse=LOAD_WH']
ERROR 2025-09-25 01:00:14 runner: subprocess exited with 1
subprocess.CalledProcessError: Command '['python', '-m', 'etl.load', '--source', 'sftp://etl@files.acme.local/drop', '--sftp-password', '********', '--target-dsn', 'snowflake://ETL_USER:********@acme-eu.snowflakecomputing.com/RAW/PUBLIC']' returned non-zero exit status 1.
INFO  2025-09-25 01:00:15 runner: retry scheduled, job id ${t.rid()}
`,
  ),
  ld(
    'rust-anyhow-error-chain',
    LP,
    'logs/indexer.log',
    (t) => `${t.ts()}Z  INFO indexer: starting indexer version="0.14.2" git_sha=${t.sha()}
${t.ts()}Z ERROR indexer: fatal error=failed to connect to search backend

Caused by:
    0: error sending request for url (https://elastic:${t.cs()}@es.internal:9200/_bulk)
    1: client error (Connect)
    2: tcp connect error: Connection refused (os error 111)
${t.ts()}Z DEBUG indexer::settings: Settings { es_url: "https://es.internal:9200", es_user: "elastic", es_password: Secret([REDACTED]), queue_token: "${t.tok()}", batch: 500 }
${t.ts()}Z DEBUG indexer::settings: trace_id=${t.trace()} span_id=${t.span()}
`,
  ),
  ld(
    'kotlin-okhttp-interceptor-body',
    LH,
    'logs/android-logcat.txt',
    (t) => `10-01 14:22:10.331  8812  8870 D OkHttp  : --> POST https://auth.acme-mobile.com/oauth/token
10-01 14:22:10.331  8812  8870 D OkHttp  : Content-Type: application/x-www-form-urlencoded
10-01 14:22:10.332  8812  8870 D OkHttp  : grant_type=password&username=joao.silva%40gmail.com&password=${t.s('password', encodeURIComponent(t.g.pick(['Flamengo', 'Saudade', 'Corinthians', 'Brasil']) + t.g.digits(4) + '!'))}&client_id=android-app
10-01 14:22:10.332  8812  8870 D OkHttp  : --> END POST (98-byte body)
10-01 14:22:10.701  8812  8870 D OkHttp  : <-- 200 https://auth.acme-mobile.com/oauth/token (369ms)
10-01 14:22:10.702  8812  8870 D OkHttp  : {"access_token":"${t.jwt()}","refresh_token":"${t.tok()}","expires_in":900}
10-01 14:22:10.910  8812  8870 D OkHttp  : --> GET https://api.acme-mobile.com/v1/feed
10-01 14:22:10.910  8812  8870 D OkHttp  : Authorization: Bearer ${t.jwt()}
10-01 14:22:10.911  8812  8870 D OkHttp  : X-Device-Id: ${t.rid()}
10-01 14:22:11.208  8812  8870 D OkHttp  : <-- 200 https://api.acme-mobile.com/v1/feed (297ms, 12.4 kB body)
10-01 14:22:11.301  8812  8812 I Choreographer: Skipped 31 frames!  The application may be doing too much work on its main thread.
`,
  ),
];
