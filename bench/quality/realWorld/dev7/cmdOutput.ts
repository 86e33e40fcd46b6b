// rw-dev7 logs and output: what tools print (`docker inspect`, `kubectl describe`, `helm get values`, `env`,
// `printenv`, `npm config list`, `git config -l`, `systemctl show`), HTTP client verbose logs, access and proxy
// logs with tokens in query strings, application logs that dump config, connection strings or a login line,
// stack traces holding a URL with credentials, JSON structured logs.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cmd, type C } from './cmdValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: C) => string) => doc(`dev7-cmd-${id}`, areas, path, (k) => fn(cmd(k)));
const L: RealWorldArea[] = ['logs-and-output'];
const LH: RealWorldArea[] = ['logs-and-output', 'http-auth'];

export const OUTPUT_DOCS: RealWorldDoc[] = [
  d(
    'docker-inspect',
    L,
    'notes/docker-inspect-api.json',
    (c) => `[
    {
        "Id": "${c.sha256()}",
        "Created": "2026-11-30T08:12:44.019283Z",
        "Path": "docker-entrypoint.sh",
        "Args": [
            "redis-server",
            "--requirepass",
            "${c.pw()}"
        ],
        "Image": "sha256:${c.sha256()}",
        "Config": {
            "Hostname": "${c.n(c.g.hex(12))}",
            "Env": [
                "POSTGRES_PASSWORD=${c.pw()}",
                "API_SECRET=${c.tok()}",
                "SENTRY_DSN=https://${c.n(c.g.hex(32))}@o123456.ingest.sentry.io/4504",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "GOSU_VERSION=1.17",
                "PG_SHA256=${c.sha256()}"
            ],
            "Cmd": ["redis-server", "--requirepass", "${c.pw()}"]
        }
    }
]
`,
  ),

  d(
    'kubectl-describe',
    L,
    'notes/describe-pod.txt',
    (c) => `Name:             payments-api-7d9c6b5f8-x2kqp
Namespace:        payments
Node:             ip-10-2-14-33.eu-west-1.compute.internal/10.2.14.33
Containers:
  api:
    Image:          registry.acme.io/payments-api:2.14.0
    Image ID:       registry.acme.io/payments-api@sha256:${c.sha256()}
    Args:
      --db-url=postgres://payments:${c.cs()}@pg-main.data:5432/payments
      --listen=:8080
    Environment:
      DB_PASSWORD:      ${c.n("<set to the key 'password' in secret 'payments-db'>")}  Optional: false
      STRIPE_KEY:       ${c.prov('stripe')}
      JWT_SIGNING_KEY:  ${c.b64(42)}
      LOG_LEVEL:        info
      POD_IP:            (v1:status.podIP)
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-${c.n('x7b2q')} (ro)
Events:
  Type    Reason   Age   From     Message
  ----    ------   ----  ----     -------
  Normal  Pulled   2m    kubelet  Container image "registry.acme.io/payments-api:2.14.0" already present on machine
`,
  ),

  d(
    'helm-get-values',
    L,
    'notes/helm-values-prod.txt',
    (c) => `$ helm get values pay -n payments
USER-SUPPLIED VALUES:
db:
  host: pg-main.data
  password: ${c.pw()}
  user: payments
image:
  tag: ${c.short()}
redis:
  auth:
    password: ${c.pw()}
smtp:
  password: ${c.n('""')}
webhooks:
  signingSecret: ${c.hex(64)}
$ helm get values grafana -n monitoring -a | grep -i admin
adminPassword: ${c.pw()}
adminUser: admin
`,
  ),

  d(
    'env-dump',
    L,
    'notes/printenv-app1.txt',
    (c) => `deploy@app1:~$ printenv | sort
API_BASE_URL=https://api.acme.dev
AWS_DEFAULT_REGION=eu-west-1
AWS_SECRET_ACCESS_KEY=${c.prov('awsSecret')}
DATABASE_URL=mysql://app:${c.cs()}@db1.internal:3306/app
HOME=/home/deploy
LANG=C.UTF-8
MAIL_PASSWORD=${c.pw()}
OLDPWD=/home/deploy
PWD=/home/deploy/app
REDIS_URL=redis://:${c.cs()}@cache1:6379/0
SESSION_SECRET=${c.hex(64)}
SHELL=/bin/bash
SSH_CLIENT=10.0.9.14 51022 22
TERM=xterm-256color
USER=deploy
_=/usr/bin/printenv
`,
  ),

  d(
    'ci-env-dump',
    L,
    'ci-logs/env-step.txt',
    (c) => `2026-11-27T15:03:11.0012Z ##[group]Run env | sort
2026-11-27T15:03:11.0190Z CI=true
2026-11-27T15:03:11.0191Z DEPLOY_KEY_PASSPHRASE=${c.phrase()}
2026-11-27T15:03:11.0192Z GITHUB_SHA=${c.sha()}
2026-11-27T15:03:11.0193Z GITHUB_TOKEN=${c.mask()}
2026-11-27T15:03:11.0194Z HOME=/home/runner
2026-11-27T15:03:11.0195Z NPM_CONFIG_USERCONFIG=/home/runner/work/_temp/.npmrc
2026-11-27T15:03:11.0196Z NODE_AUTH_TOKEN=${c.mask()}
2026-11-27T15:03:11.0197Z RUNNER_TEMP=/home/runner/work/_temp
2026-11-27T15:03:11.0198Z SONAR_TOKEN=${c.hex(40)}
2026-11-27T15:03:11.0199Z TEST_DB_PASSWORD=${c.pw()}
2026-11-27T15:03:11.0200Z ##[endgroup]
`,
  ),

  d(
    'npm-config-list',
    L,
    'notes/npm-config.txt',
    (c) => `$ npm config list
; "user" config from /home/karin/.npmrc

//npm.acme.io/:_authToken = ${c.n('(protected)')}
//registry.npmjs.org/:_authToken = ${c.prov('npm')}
@acme:registry = "https://npm.acme.io/"
always-auth = true

; node bin location = /usr/local/bin/node
; cwd = /home/karin/src/ui
; HOME = /home/karin
$ git config -l
user.name=Karin Lund
user.email=karin@acme.dev
credential.helper=store
remote.origin.url=https://karin:${c.cs()}@git.acme.io/web/ui.git
remote.origin.fetch=+refs/heads/*:refs/remotes/origin/*
`,
  ),

  d(
    'curl-verbose',
    LH,
    'notes/curl-verbose.txt',
    (c) => `$ curl -v https://api.partner.example/v2/orders -H "Authorization: Bearer ${c.n('$PARTNER_TOKEN')}"
*   Trying 203.0.113.40:443...
* Connected to api.partner.example (203.0.113.40) port 443
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
> GET /v2/orders HTTP/2
> Host: api.partner.example
> User-Agent: curl/8.5.0
> Accept: */*
> Authorization: Bearer ${c.bearer()}
>
< HTTP/2 401
< content-type: application/json
< www-authenticate: Bearer error="invalid_token"
< x-request-id: ${c.uuid()}
<
{"error":"invalid_token"}
$ curl -v -u ops:${c.pw()} https://registry.acme.io/v2/_catalog 2>&1 | grep -i authorization
> Authorization: Basic ${c.basic('ops')}
`,
  ),

  d(
    'python-requests-debug',
    LH,
    'logs/sync-debug.log',
    (c) => `DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): crm.vendor.example:443
send: b'POST /oauth/token HTTP/1.1\\r\\nHost: crm.vendor.example\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\n\\r\\ngrant_type=password&username=sync%40acme.dev&password=${c.letters()}&client_id=${c.n('sync-app')}&client_secret=${c.tok()}'
reply: 'HTTP/1.1 200 OK\\r\\n'
DEBUG:urllib3.connectionpool:https://crm.vendor.example:443 "POST /oauth/token HTTP/1.1" 200 412
send: b'GET /api/contacts?page=1 HTTP/1.1\\r\\nHost: crm.vendor.example\\r\\nAuthorization: Bearer ${c.bearer()}\\r\\n\\r\\n'
reply: 'HTTP/1.1 200 OK\\r\\n'
header: X-Request-Id: ${c.uuid()}
header: ETag: W/"${c.md5()}"
`,
  ),

  d(
    'node-axios-error',
    LH,
    'logs/worker-error.log',
    (c) => `AxiosError: Request failed with status code 403
    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)
    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/http.js:589:11) {
  code: 'ERR_BAD_REQUEST',
  config: {
    url: 'https://api.billing.example/v1/invoices',
    method: 'get',
    headers: Object [AxiosHeaders] {
      Accept: 'application/json, text/plain, */*',
      'X-Api-Key': '${c.qtok()}',
      Authorization: 'Basic ${c.basic('billing-sync')}',
      'User-Agent': 'axios/1.7.7'
    },
    auth: { username: 'billing-sync', password: '${c.sq()}' },
    timeout: 10000
  },
  request: <ref *1> ClientRequest { _header: 'GET /v1/invoices HTTP/1.1\\r\\n' }
}
`,
  ),

  d(
    'nginx-access-log',
    LH,
    'logs/access.log',
    (c) => `10.0.4.22 - - [01/Dec/2026:09:12:01 +0000] "GET /api/v1/export?format=csv&api_key=${c.qtok()} HTTP/1.1" 200 48211 "-" "python-requests/2.32.3"
10.0.4.22 - - [01/Dec/2026:09:12:04 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.30"
203.0.113.9 - - [01/Dec/2026:09:13:44 +0000] "GET /reset?token=${c.qtok()}&email=elena%40acme.dev HTTP/1.1" 302 0 "-" "Mozilla/5.0"
203.0.113.9 - - [01/Dec/2026:09:13:45 +0000] "GET /static/app.${c.n(c.g.hex(8))}.js HTTP/1.1" 200 183002 "-" "Mozilla/5.0"
198.51.100.7 - admin [01/Dec/2026:09:15:10 +0000] "GET /admin HTTP/1.1" 401 179 "-" "curl/8.5.0"
10.0.4.30 - - [01/Dec/2026:09:16:22 +0000] "POST /hooks/build?secret=${c.qtok()} HTTP/1.1" 204 0 "-" "GitHub-Hookshot/${c.n(c.g.hex(7))}"
10.0.4.31 - - [01/Dec/2026:09:16:23 +0000] "GET /track?sid=${c.n(c.g.hex(16))}&utm_source=mail HTTP/1.1" 204 0 "-" "Mozilla/5.0"
`,
  ),

  d(
    'squid-proxy-log',
    LH,
    'logs/squid-access.log',
    (c) => `1764580001.120    212 10.1.2.3 TCP_MISS/200 1532 GET https://hooks.acme.io/notify?access_token=${c.qtok()} - HIER_DIRECT/198.51.100.20 application/json
1764580002.882     98 10.1.2.3 TCP_MISS/200 842 GET http://legacy.partner.example/feed?user=acme&pass=${c.pw()} - HIER_DIRECT/198.51.100.21 text/xml
1764580003.004     45 10.1.2.9 TCP_TUNNEL/200 5120 CONNECT api.github.com:443 - HIER_DIRECT/140.82.121.6 -
1764580004.771    301 10.1.2.9 TCP_MISS/200 2231 GET https://ftp-user:${c.cs()}@mirror.partner.example/pub/list.txt - HIER_DIRECT/198.51.100.22 text/plain
1764580005.101     12 10.1.2.9 TCP_MEM_HIT/200 411 GET http://cdn.acme.io/app.js?v=${c.short()} - HIER_NONE/- application/javascript
`,
  ),

  d(
    'spring-boot-startup',
    L,
    'logs/orders-startup.log',
    (c) => `2026-12-01 07:00:02.110  INFO 1 --- [main] o.s.b.StartupInfoLogger : Starting OrdersApplication v5.1.0
2026-12-01 07:00:02.411 DEBUG 1 --- [main] o.s.b.c.c.ConfigDataEnvironment : spring.datasource.url=jdbc:postgresql://pg-main:5432/orders?user=orders&password=${c.cs()}
2026-12-01 07:00:02.412 DEBUG 1 --- [main] o.s.b.c.c.ConfigDataEnvironment : spring.datasource.password=${c.mask()}
2026-12-01 07:00:02.413 DEBUG 1 --- [main] o.s.b.c.c.ConfigDataEnvironment : spring.rabbitmq.password=${c.pw()}
2026-12-01 07:00:03.877  INFO 1 --- [main] com.zaxxer.hikari.HikariDataSource : HikariPool-1 - Starting...
2026-12-01 07:00:04.012  WARN 1 --- [main] o.h.e.j.e.i.JdbcEnvironmentInitiator : HHH000342: Could not obtain connection to query metadata
org.postgresql.util.PSQLException: FATAL: password authentication failed for user "orders"
2026-12-01 07:00:04.900  INFO 1 --- [main] o.s.b.StartupInfoLogger : Started OrdersApplication in 3.1 seconds
`,
  ),

  d(
    'python-traceback-url',
    L,
    'logs/etl-error.log',
    (c) => `Traceback (most recent call last):
  File "/opt/etl/run.py", line 88, in <module>
    engine = create_engine(os.environ["WAREHOUSE_URL"])
  File "/opt/etl/venv/lib/python3.12/site-packages/sqlalchemy/engine/create.py", line 602, in create_engine
    (cparams, cargs) = dialect.create_connect_args(u)
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "wh.internal" (10.3.0.12), port 5432 failed: FATAL:  password authentication failed for user "etl"
(Background on this error at: https://sqlalche.me/e/20/e3q8)
[SQL: url=postgresql+psycopg2://etl:${c.cs()}@wh.internal:5432/warehouse]
pymongo.errors.ServerSelectionTimeoutError: mongodb://reporter:${c.cs()}@mongo-2.internal:27017/?authSource=admin: timed out
redis.exceptions.AuthenticationError: invalid username-password pair (url=redis://etl:${c.cs()}@cache.internal:6379/3)
`,
  ),

  d(
    'app-login-logs',
    L,
    'logs/auth-service.log',
    (c) => `2026-11-30 23:59:58,101 INFO  [auth] login ok user=ingrid.holm pass=${c.pw()} ip=10.8.1.20
2026-11-30 23:59:58,440 WARN  [auth] login failed user=bruno pass=${c.pw()} reason=bad_password
2026-12-01 00:00:01,002 INFO  [auth] login ok user=svc-report password=${c.mask()} ip=10.8.1.21
2026-12-01 00:00:02,713 DEBUG [smtp] Using key=${c.hex(32)} for relay smtp.acme.dev
2026-12-01 00:00:02,714 DEBUG [smtp] AUTH PLAIN ${c.basic('alerts')}
2026-12-01 00:00:03,900 INFO  [auth] token issued sub=ingrid.holm jti=${c.uuid()} exp=3600
2026-12-01 00:00:04,100 DEBUG [auth] session created sid=${c.n(c.g.hex(32))} (hashed)
2026-12-01 00:00:05,001 DEBUG [ldap] bind dn="cn=svc-auth,ou=svc,dc=corp,dc=local" credentials="${c.dq()}"
`,
  ),

  d(
    'json-structured-logs',
    L,
    'logs/gateway.jsonl',
    (c) => `{"ts":"2026-12-01T08:00:00.001Z","level":"info","msg":"request","method":"GET","path":"/v1/orders","status":200,"request_id":"${c.uuid()}","duration_ms":41}
{"ts":"2026-12-01T08:00:00.120Z","level":"debug","msg":"upstream auth","upstream":"billing","headers":{"authorization":"Bearer ${c.bearer()}","x-tenant":"acme"}}
{"ts":"2026-12-01T08:00:01.502Z","level":"debug","msg":"loaded config","config":{"db":{"user":"gateway","password":"${c.dq()}","host":"pg1"},"cacheTtl":300}}
{"ts":"2026-12-01T08:00:02.004Z","level":"info","msg":"client registered","client_id":"${c.n('mobile-ios')}","client_secret":"${c.tok()}"}
{"ts":"2026-12-01T08:00:02.200Z","level":"info","msg":"request","method":"POST","path":"/v1/login","status":401,"request_id":"${c.uuid()}","trace_id":"${c.md5()}"}
{"ts":"2026-12-01T08:00:03.300Z","level":"debug","msg":"cache","key":"sess:${c.n(c.g.hex(24))}","hit":true}
`,
  ),

  d(
    'go-service-logs',
    L,
    'logs/relay.log',
    (c) => `time="2026-12-01T06:00:00Z" level=info msg="starting relay" version=v2.4.1 commit=${c.sha()}
time="2026-12-01T06:00:00Z" level=debug msg="mqtt connect" broker="tcp://mqtt.iot.internal:1883" username=relay password=${c.pw()}
time="2026-12-01T06:00:00Z" level=debug msg="nats connect" url="nats://relay:${c.cs()}@nats-1:4222"
time="2026-12-01T06:00:01Z" level=info msg="subscribed" topic="plant/+/temp" qos=1
time="2026-12-01T06:00:05Z" level=warn msg="slow publish" topic=plant/line1/temp elapsed=1.2s
time="2026-12-01T06:00:07Z" level=debug msg="loaded api credentials" key_id=${c.n('kid-2026-11')} secret=${c.b62(40)}
`,
  ),

  d(
    'systemctl-journal',
    L,
    'notes/journal-metrics-agent.txt',
    (c) => `$ journalctl -u metrics-agent -n 8 --no-pager
Dec 01 06:00:01 app1 systemd[1]: Started metrics-agent.service - Metrics agent.
Dec 01 06:00:01 app1 agent[4410]: level=info msg="flags" listen=:9100 remote-write=https://metrics.acme.io/api/v1/push basic-auth-user=tenant-17 basic-auth-password=${c.pw()}
Dec 01 06:00:02 app1 agent[4410]: level=error msg="push failed" status=401 body="invalid credentials"
Dec 01 06:00:02 app1 sudo[4421]:   karin : TTY=pts/0 ; PWD=/home/karin ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p${c.pw()}
Dec 01 06:00:09 app1 sshd[4430]: Accepted publickey for karin from 10.0.9.14 port 51022 ssh2: ED25519 SHA256:${c.n(c.g.base64(43))}
$ systemctl show metrics-agent -p Environment
Environment=AGENT_LOG=info DB_PASSWORD=${c.pw()}
`,
  ),

  d(
    'mysql-general-log',
    L,
    'logs/mysql-general.log',
    (c) => `2026-12-01T09:00:01.114012Z	   31 Connect	reporting@10.0.4.22 on reports using SSL/TLS
2026-12-01T09:00:01.115200Z	   31 Query	SET NAMES utf8mb4
2026-12-01T09:00:02.991100Z	   32 Query	CREATE USER 'etl'@'%' IDENTIFIED BY '${c.sq()}'
2026-12-01T09:00:03.100010Z	   32 Query	SET PASSWORD FOR 'reporting'@'%' = '${c.sq()}'
2026-12-01T09:00:03.200200Z	   33 Query	CREATE USER 'ro'@'%' IDENTIFIED BY ${c.n('<secret>')}
2026-12-01T09:00:04.000001Z	   33 Query	SELECT * FROM users WHERE password_hash = '${c.bcrypt()}'
2026-12-01T09:00:05.310221Z	   31 Quit
`,
  ),

  d(
    'winrm-eventlog',
    L,
    'notes/eventlog-4688.txt',
    (c) => `Log Name:      Security
Source:        Microsoft-Windows-Security-Auditing
Event ID:      4688
Task Category: Process Creation
Process Information:
	New Process ID:		0x1a2c
	New Process Name:	C:\\Windows\\System32\\net.exe
	Process Command Line:	net use \\\\fs01\\finance /user:CORP\\svc_scan ${c.pw()}
	Creator Process Name:	C:\\Windows\\System32\\cmd.exe

Event ID:      4688
	New Process Name:	C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe
	Process Command Line:	powershell.exe -NoProfile -Command "$p = ConvertTo-SecureString '${c.sq()}' -AsPlainText -Force; New-LocalUser -Name kiosk -Password $p"
Event ID:      4624
	Logon ID:		0x${c.n(c.g.hex(8))}
	Logon GUID:		{${c.uuid()}}
`,
  ),
];
