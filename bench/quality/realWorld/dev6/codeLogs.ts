// rw-dev6 code: logs and build output: debug dumps of config objects (Go %+v, Python repr, Java toString,
// Rust Debug, Ruby inspect, PHP print_r, Node util.inspect), stack traces holding connection strings, CI logs
// echoing the environment, HTTP client debug logs.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import { cv, type CV } from './codeValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: CV, k: Kit) => string) => doc(`dev6-code-${id}`, areas, path, (k) => fn(cv(k), k));

export const LOG_DOCS: RealWorldDoc[] = [
  d(
    'go-config-dump',
    ['logs-and-output'],
    'logs/relay-startup.log',
    (c) => `2026-03-14T08:01:12.114Z INFO  relay starting version=1.14.2 commit=${c.git()}
2026-03-14T08:01:12.115Z DEBUG loaded config: {Listen::8443 Upstream:https://events.acme.internal Key:${c.hex(32)} Secret:${c.b64(43)} Timeout:15s}
2026-03-14T08:01:12.116Z DEBUG store config: &{Addr:redis-0.redis:6379 Password:${c.bpw()} DB:2 PoolSize:20}
2026-03-14T08:01:12.130Z INFO  connected to redis addr=redis-0.redis:6379 latency=1.2ms
2026-03-14T08:01:12.131Z DEBUG tls config: {CertFile:/etc/relay/tls.crt KeyFile:${c.n('/etc/relay/tls.key')} MinVersion:1.2}
2026-03-14T08:01:12.140Z INFO  listening addr=:8443 request_id=${c.uuid()}
`,
  ),

  d(
    'python-repr-dump',
    ['logs-and-output'],
    'logs/worker.log',
    (c) => `[2026-02-02 10:11:45,002: INFO/MainProcess] Connected to redis://redis:6379/0
[2026-02-02 10:11:45,010: DEBUG/MainProcess] settings: {'broker_url': 'redis://redis:6379/0', 'db': {'host': 'pg', 'user': 'worker', 'password': '${c.pw()}'}, 'timezone': 'UTC'}
[2026-02-02 10:11:45,011: DEBUG/MainProcess] smtp: SmtpSettings(host='smtp.mailhost.example', port=587, user='alerts', password='${c.pw()}', use_tls=True)
[2026-02-02 10:11:45,020: DEBUG/MainProcess] api client: {'base_url': 'https://api.vendor.example', 'api_key': '${c.tok()}', 'timeout': 30}
[2026-02-02 10:11:46,300: INFO/MainProcess] Task sync.run[${c.uuid()}] received
[2026-02-02 10:11:47,901: INFO/ForkPoolWorker-1] Task sync.run[${c.uuid()}] succeeded in 1.6s: {'rows': 1204, 'etag': '${c.look('md5')}'}
`,
  ),

  d(
    'java-tostring',
    ['logs-and-output'],
    'logs/app.log',
    (c) => `2026-01-20 09:00:01.512  INFO 1 --- [main] c.a.b.BillingApplication : Starting BillingApplication v3.2.0 using Java 21
2026-01-20 09:00:03.877 DEBUG 1 --- [main] c.a.b.config.PspProperties : PspProperties(endpoint=https://psp.example/api, merchantId=${c.digits(8)}, apiKey=${c.b62(32)}, secret=${c.hex(40)}, sandbox=false)
2026-01-20 09:00:03.879 DEBUG 1 --- [main] c.a.b.config.MailProperties : MailProperties{host='smtp.office365.com', port=587, username='billing@acme.example', password='${c.pw()}'}
2026-01-20 09:00:04.101  INFO 1 --- [main] com.zaxxer.hikari.HikariDataSource : HikariPool-1 - Starting...
2026-01-20 09:00:04.412  INFO 1 --- [main] com.zaxxer.hikari.HikariDataSource : HikariPool-1 - Start completed.
2026-01-20 09:00:05.002  INFO 1 --- [main] c.a.b.BillingApplication : Started in 4.1 seconds (traceId=${c.look('md5')})
`,
  ),

  d(
    'kotlin-data-class-log',
    ['logs-and-output'],
    'logs/sync-service.log',
    (c) => `12:44:10.221 [main] INFO  SyncService - boot
12:44:10.300 [main] DEBUG SyncService - loaded SyncConfig(region=eu, user=sync-eu, password=${c.bpw()}, token=${c.b62(40)}, batchSize=500)
12:44:10.301 [main] DEBUG SyncService - loaded SyncConfig(region=us, user=sync-us, password=${c.masked()}, token=${c.masked()}, batchSize=500)
12:44:11.010 [pool-1] INFO  SyncService - synced 500 records, cursor=${c.look('objectId')}
`,
  ),

  d(
    'rust-debug-dump',
    ['logs-and-output'],
    'logs/ingest-debug.txt',
    (c) => `[2026-04-01T11:22:33Z DEBUG ingest] options = ClientOptions { endpoint: "https://collector.acme.dev", token: "${c.b62(40)}", retries: 3, timeout: 20s }
[2026-04-01T11:22:33Z DEBUG ingest] target = S3Target { bucket: "acme-ingest-raw", access_key: "${c.prov('awsId')}", secret: "${c.prov('awsSecret')}", region: "eu-central-1" }
[2026-04-01T11:22:34Z INFO  ingest] uploaded part 1/12 etag="${c.look('md5')}"
[2026-04-01T11:22:35Z INFO  ingest] uploaded part 2/12 etag="${c.look('md5')}"
`,
  ),

  d(
    'psycopg-traceback',
    ['logs-and-output'],
    'logs/api-error.log',
    (c) => `Traceback (most recent call last):
  File "/srv/api/app/db.py", line 41, in connect
    return psycopg2.connect(dsn)
  File "/srv/venv/lib/python3.11/site-packages/psycopg2/__init__.py", line 122, in connect
    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)
psycopg2.OperationalError: connection to server at "pg-main.internal" (10.2.0.7), port 5432 failed: FATAL:  password authentication failed for user "api"

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/srv/api/app/main.py", line 18, in <module>
    engine = create_engine("postgresql+psycopg2://api:${c.cs()}@pg-main.internal:5432/api")
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection failed
(Background on this error at: https://sqlalche.me/e/20/e3q8)
request_id=${c.uuid()}
`,
  ),

  d(
    'jdbc-stacktrace',
    ['logs-and-output'],
    'logs/catalina.out',
    (c) => `SEVERE [main] org.apache.catalina.core.StandardContext.startInternal Error during context startup
org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource': Failed to connect using url jdbc:sqlserver://sql01.corp.example:1433;databaseName=erp;user=erp_app;password=${c.cs()};encrypt=true
	at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1806)
	at org.springframework.beans.factory.support.AbstractBeanFactory.doGetBean(AbstractBeanFactory.java:333)
Caused by: com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'erp_app'. ClientConnectionId:${c.uuid()}
	at com.microsoft.sqlserver.jdbc.SQLServerException.makeFromDatabaseError(SQLServerException.java:265)
	... 42 more
WARN  [pool-2] redis.clients.jedis.JedisFactory - Error while close: redis://default:${c.cs()}@cache01:6379/3
`,
  ),

  d(
    'node-mongo-error',
    ['logs-and-output'],
    'logs/pm2-error.log',
    (c) => `0|api  | MongoServerSelectionError: connect ECONNREFUSED 10.0.5.4:27017
0|api  |     at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:292:38)
0|api  |     at listOnTimeout (node:internal/timers:573:17) {
0|api  |   reason: TopologyDescription {
0|api  |     type: 'Unknown',
0|api  |     servers: Map(1) { 'mongo-0:27017' => [ServerDescription] },
0|api  |   },
0|api  |   uri: 'mongodb://api:${c.cs()}@mongo-0:27017/shop?authSource=admin'
0|api  | }
0|api  | config loaded { port: 8080, jwtSecret: '${c.b64(43)}', sessionName: 'sid', build: '${c.look('shortSha')}' }
0|api  | [nodemon] app crashed - waiting for file changes before starting...
`,
  ),

  d(
    'ci-log-env-echo',
    ['logs-and-output', 'command-line'],
    'ci/logs/job-8812.txt',
    (c) => `Running with gitlab-runner 17.1.0 (${c.look('chunk')})
  on docker-runner-3 ${c.n('xz8Tq1Pa')}, system ID: s_${c.hexRaw(12)}
Preparing the "docker" executor
Using docker image sha256:${c.hexRaw(64)} for python:3.12 with digest python@${c.look('digest')} ...
$ env | sort
CI=true
CI_COMMIT_SHA=${c.git()}
CI_JOB_TOKEN=${c.masked()}
DB_PASSWORD=${c.bpw()}
HOME=/root
LEGACY_API_SECRET=${c.hex(40)}
PATH=/usr/local/bin:/usr/bin:/bin
SMTP_PASS=${c.bpw()}
$ pytest -q
........................................................ [100%]
56 passed in 12.44s
Job succeeded
`,
  ),

  d(
    'bash-xtrace-log',
    ['logs-and-output', 'command-line'],
    'ci/logs/deploy-xtrace.txt',
    (c) => `+ set -euo pipefail
+ export KUBECONFIG=/tmp/kubeconfig
+ KUBECONFIG=/tmp/kubeconfig
+ export REGISTRY_TOKEN=${c.b62(40)}
+ REGISTRY_TOKEN=${c.b62(40)}
+ helm upgrade --install payments charts/payments --set postgresql.external.password=${c.bpw()} --set image.tag=${c.look('shortSha')}
Release "payments" has been upgraded. Happy Helming!
NAME: payments
LAST DEPLOYED: Tue Mar  3 14:02:11 2026
NAMESPACE: payments
STATUS: deployed
REVISION: 48
+ curl -fsS -u deploy:${c.bpw()} https://status.acme.dev/api/deploys -d rev=48
{"ok":true,"id":"${c.uuid()}"}
`,
  ),

  d(
    'gha-log-masked',
    ['logs-and-output', 'precision'],
    'ci/logs/gha-build.txt',
    (c) => `2026-05-02T10:00:01.1234567Z ##[group]Run docker/login-action@v3
2026-05-02T10:00:01.1234567Z with:
2026-05-02T10:00:01.1234567Z   registry: ghcr.io
2026-05-02T10:00:01.1234567Z   username: acme-bot
2026-05-02T10:00:01.1234567Z   password: ${c.n('***')}
2026-05-02T10:00:01.1234567Z   logout: true
2026-05-02T10:00:01.1234567Z ##[endgroup]
2026-05-02T10:00:03.5550000Z Login Succeeded!
2026-05-02T10:00:04.0000000Z #12 exporting to image
2026-05-02T10:00:04.0000000Z #12 writing image sha256:${c.sha()} done
2026-05-02T10:00:04.0000000Z #12 naming to ghcr.io/acme/web:${c.git()} done
2026-05-02T10:00:05.0000000Z Run echo "token=\${{ secrets.DEPLOY_TOKEN }}"
2026-05-02T10:00:05.0000000Z token=${c.n('***')}
2026-05-02T10:00:06.0000000Z Run ./scripts/smoke.sh --api-key ${c.hex(32)}
2026-05-02T10:00:07.0000000Z smoke ok in 812ms
`,
  ),

  d(
    'curl-verbose',
    ['logs-and-output', 'http-auth'],
    'debug/curl-trace.txt',
    (c) => `*   Trying 203.0.113.14:443...
* Connected to api.partner.example (203.0.113.14) port 443
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
> POST /v2/orders HTTP/2
> Host: api.partner.example
> User-Agent: curl/8.5.0
> Accept: */*
> Authorization: Basic ${c.basic('acme-orders')}
> X-Api-Key: ${c.hex(32)}
> Content-Type: application/json
> Content-Length: 212
>
< HTTP/2 201
< content-type: application/json
< x-request-id: ${c.uuid()}
< etag: W/"${c.look('md5')}"
<
{"id":"ord_${c.alnum(14)}","status":"accepted"}
`,
  ),

  d(
    'python-requests-debug',
    ['logs-and-output', 'http-auth'],
    'logs/requests-debug.log',
    (c) => `DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.crm.example:443
send: b'GET /v1/contacts?page=2 HTTP/1.1\\r\\nHost: api.crm.example\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAuthorization: Bearer ${c.bearer()}\\r\\nAccept: application/json\\r\\n\\r\\n'
reply: 'HTTP/1.1 200 OK\\r\\n'
header: Content-Type: application/json
header: X-Request-Id: ${c.uuid()}
header: ETag: "${c.look('sha1')}"
DEBUG:urllib3.connectionpool:https://api.crm.example:443 "GET /v1/contacts?page=2 HTTP/1.1" 200 5120
DEBUG:crm.client:retrying with client_secret=${c.b62(40)} after 401
`,
  ),

  d(
    'axios-debug',
    ['logs-and-output', 'http-auth'],
    'logs/axios-debug.log',
    (c) => `[axios] request {
  method: 'post',
  url: 'https://api.mailer.example/v3/send',
  headers: {
    Accept: 'application/json, text/plain, */*',
    'Content-Type': 'application/json',
    Authorization: 'Bearer ${c.bearer()}',
    'X-Idempotency-Key': '${c.uuid()}'
  },
  auth: { username: 'mailer', password: '${c.pw()}' },
  timeout: 10000
}
[axios] response 202 { id: '${c.look('objectId')}', queued: true }
`,
  ),

  d(
    'ruby-inspect',
    ['logs-and-output'],
    'log/development.log',
    (c) => `Started GET "/admin/integrations" for 127.0.0.1 at 2026-02-10 16:20:11 +0100
Processing by Admin::IntegrationsController#index as HTML
  Integration Load (0.4ms)  SELECT "integrations".* FROM "integrations"
#<Integration id: 3, name: "erp", api_key: "${c.b62(32)}", api_secret: "${c.hex(40)}", created_at: "2026-01-03 10:00:00">
#<SmtpConfig host="smtp.mailhost.example", user="notify", password="${c.pw()}">
  Rendered admin/integrations/index.html.erb within layouts/admin (Duration: 4.1ms | Allocations: 2201)
Completed 200 OK in 12ms (Views: 8.0ms | ActiveRecord: 0.4ms | Allocations: 5120)
Parameters: {"authenticity_token"=>"${c.u(c.alnum(86))}", "user"=>{"email"=>"a@b.c", "password"=>"${c.n('[FILTERED]')}"}}
`,
  ),

  d(
    'php-print-r',
    ['logs-and-output'],
    'storage/logs/laravel.log',
    (c) => `[2026-03-01 12:00:00] local.DEBUG: Array
(
    [driver] => smtp
    [host] => smtp.mailtrap.io
    [port] => 2525
    [username] => ${c.n(c.hexRaw(14))}
    [password] => ${c.bpw()}
    [encryption] => tls
)
[2026-03-01 12:00:01] local.DEBUG: array (
  'key' => '${c.b62(32)}',
  'secret' => '${c.b62(40)}',
  'app_id' => '${c.digits(7)}',
  'cluster' => 'eu',
)
[2026-03-01 12:00:02] local.INFO: cache key ${c.look('md5')} stored
`,
  ),

  d(
    'node-util-inspect',
    ['logs-and-output'],
    'logs/next-build.txt',
    (c) => `info  - Loaded env from /app/.env.production
debug - runtime config: {
  serverRuntimeConfig: { cmsToken: '${c.b62(40)}', previewSecret: '${c.hex(32)}' },
  publicRuntimeConfig: { apiUrl: 'https://api.example.com', buildId: '${c.look('chunk')}' }
}
info  - Creating an optimized production build
info  - Compiled successfully
Route (app)                              Size     First Load JS
┌ ○ /                                    5.2 kB         92.1 kB
└ ○ /about                               1.1 kB         88.0 kB
+ First Load JS shared by all            86.9 kB
  ├ chunks/framework-${c.look('chunk')}.js     45.2 kB
  └ chunks/main-${c.look('chunk')}.js          31.1 kB
`,
  ),

  d(
    'elixir-inspect',
    ['logs-and-output'],
    'logs/phoenix.log',
    (c) => `[info] Running ShopWeb.Endpoint with cowboy 2.12.0 at 0.0.0.0:4000 (http)
[debug] payments config: [key: "${c.b62(32)}", secret: "${c.hex(40)}", webhook_path: "/hooks/psp"]
[debug] repo config: %{database: "shop", hostname: "db.internal", password: "${c.pw()}", pool_size: 15}
[info] GET /health
[info] Sent 200 in 412µs request_id=${c.n('F' + c.alnum(19))}
`,
  ),

  d(
    'dotnet-log',
    ['logs-and-output'],
    'logs/shipping-20260301.log',
    (c) => `2026-03-01 08:00:00.001 +00:00 [INF] Application started. Hosting environment: Production
2026-03-01 08:00:00.050 +00:00 [DBG] Options: CarrierOptions { BaseUrl = https://api.carrier.example/v2, AccountNumber = ${c.digits(9)}, Key = ${c.hex(40)}, Secret = ${c.b64(43)}, Sandbox = False }
2026-03-01 08:00:00.051 +00:00 [DBG] Connection string: Server=sql01;Database=Shipping;User Id=shipping;Password=${c.cs()};TrustServerCertificate=True
2026-03-01 08:00:02.300 +00:00 [INF] Request finished HTTP/1.1 GET /health - 200 (TraceId ${c.look('md5')})
`,
  ),

  d(
    'docker-inspect-env',
    ['logs-and-output', 'command-line'],
    'notes/docker-inspect.txt',
    (c) => `$ docker inspect --format '{{json .Config.Env}}' wiki-db-1 | jq .
[
  "MARIADB_ROOT_PASSWORD=${c.bpw()}",
  "MARIADB_DATABASE=wiki",
  "MARIADB_USER=wiki",
  "MARIADB_PASSWORD=${c.bpw()}",
  "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
  "GOSU_VERSION=1.17",
  "MARIADB_VERSION=1:11.4.2+maria~ubu2404"
]
$ docker inspect --format '{{.Image}}' wiki-db-1
sha256:${c.sha()}
`,
  ),

  d(
    'terraform-plan-output',
    ['logs-and-output'],
    'ci/logs/tf-plan.txt',
    (c) => `Terraform will perform the following actions:

  # aws_db_instance.metrics will be updated in-place
  ~ resource "aws_db_instance" "metrics" {
        id                = "metrics"
      ~ password          = (sensitive value)
        # (42 unchanged attributes hidden)
    }

  # datadog_monitor.api_latency will be created
  + resource "datadog_monitor" "api_latency" {
      + id      = (known after apply)
      + message = "API latency high @pagerduty-api-oncall"
      + name    = "API latency"
    }

  # null_resource.notify will be created
  + resource "null_resource" "notify" {
      + triggers = {
          + "webhook_token" = "${c.b62(40)}"
          + "run_id"        = "${c.uuid()}"
        }
    }

Plan: 2 to add, 1 to change, 0 to destroy.
`,
  ),
];
