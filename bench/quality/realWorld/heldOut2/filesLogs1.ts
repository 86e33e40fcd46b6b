// rw-held-out2 files part: logs and tool output where credentials surface (app logs, debug dumps, CI job logs,
// stack traces with config dumps, env output, kubectl, docker inspect).
import type { RealWorldDoc } from '../types';
import { fdoc } from './filesKit';

export const FILES_LOGS1_DOCS: RealWorldDoc[] = [
  fdoc(
    'app-log-debug-requests',
    ['logs-and-output'],
    'logs/api-2026-11-30.log',
    (k) => `2026-11-30T08:14:02.118Z INFO  [main] api starting version=3.8.1 commit=${k.nGit()}
2026-11-30T08:14:02.390Z INFO  [main] connected to postgres host=pg-1.prod db=api pool=20
2026-11-30T08:14:05.771Z DEBUG [http] -> POST https://api.partner.example/v1/orders headers={"Content-Type":"application/json","Authorization":"Bearer ${k.http()}","X-Request-Id":"${k.nUuid()}"}
2026-11-30T08:14:05.902Z DEBUG [http] <- 201 Created (131 ms) trace_id=${k.n(k.g.hex(32))} span_id=${k.n(k.g.hex(16))}
2026-11-30T08:14:09.004Z WARN  [auth] login failed user=mkowalski reason=bad_password attempt=3
2026-11-30T08:14:11.551Z DEBUG [http] -> GET https://maps.example.com/geocode?address=Main+St&key=${k.sec('http-auth', k.g.alnum(32))}
2026-11-30T08:14:12.010Z INFO  [auth] password reset requested user=jlee token_hash=${k.nSha()}
2026-11-30T08:14:14.336Z DEBUG [smtp] AUTH PLAIN ${k.sec('http-auth', k.r.b64('\u0000alerts@acme.example\u0000' + k.r.humanPassword(k.g)))}
2026-11-30T08:14:14.420Z INFO  [smtp] 235 2.7.0 Authentication successful
2026-11-30T08:14:20.000Z INFO  [jobs] processed 412 events in 5.9s
`,
  ),

  fdoc(
    'python-traceback-settings-dump',
    ['logs-and-output'],
    'logs/worker-crash.txt',
    (k) => `Traceback (most recent call last):
  File "/app/worker/main.py", line 88, in run
    conn = psycopg2.connect(settings.DATABASE_URL)
  File "/usr/local/lib/python3.12/site-packages/psycopg2/__init__.py", line 122, in connect
    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)
psycopg2.OperationalError: connection to server at "pg-2.prod" (10.0.3.12), port 5432 failed: FATAL:  password authentication failed for user "worker"

Local variables in run:
  self = <Worker id=7>
  settings = Settings(DATABASE_URL='postgresql://worker:${k.cs()}@pg-2.prod:5432/jobs', REDIS_URL='redis://default:${k.cs()}@redis.prod:6379/0', SENTRY_DSN='${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}', AWS_SECRET_ACCESS_KEY='${k.prov('awsSecret', 'AWS secret access key')}', LOG_LEVEL='DEBUG')
  attempt = 3
`,
  ),

  fdoc(
    'java-stacktrace-spring-env',
    ['logs-and-output'],
    'logs/catalina.out',
    (k) => `30-Nov-2026 09:02:11.443 SEVERE [main] org.springframework.boot.SpringApplication.reportFailure Application run failed
org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource': Failed to bind properties
	at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1786)
	at org.springframework.boot.SpringApplication.run(SpringApplication.java:335)
Caused by: java.sql.SQLException: Access denied for user 'catalog'@'10.2.0.14' (using password: YES)
	at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)

Property sources dump (actuator /env, masked=false on staging):
  spring.datasource.url = jdbc:mysql://catalog-db:3306/catalog
  spring.session.cookie.secret = ${k.n('${SESSION_COOKIE_SECRET}')}
  spring.datasource.username = catalog
  spring.datasource.password = ${k.hpw()}
  spring.redis.password = ${k.n('******')}
  catalog.search.api-key = ${k.tok()}
  catalog.s3.secret = ${k.prov('awsSecret', 'AWS secret access key')}
  java.home = /opt/java/openjdk
`,
  ),

  fdoc(
    'github-actions-job-log',
    ['logs-and-output'],
    'ci/job-logs/build-4417.txt',
    (k) => `2026-11-29T22:10:01.1Z ##[group]Run actions/checkout@v4
2026-11-29T22:10:01.1Z with:
2026-11-29T22:10:01.1Z   token: ${k.n('***')}
2026-11-29T22:10:01.2Z ##[endgroup]
2026-11-29T22:10:03.7Z Syncing repository: acme/api
2026-11-29T22:10:15.3Z ##[group]Run ./scripts/release.sh
2026-11-29T22:10:15.3Z + export NPM_TOKEN=${k.n('***')}
2026-11-29T22:10:15.4Z + echo 'registry creds for the mirror (set in script, not a secret so not masked)'
2026-11-29T22:10:15.4Z + echo "token=${k.n('***')}"
2026-11-29T22:10:15.4Z + export MIRROR_PASSWORD=${k.gpw()}
2026-11-29T22:10:15.5Z + curl -sf -u mirror:${k.gpw()} https://mirror.acme.internal/api/ping
2026-11-29T22:10:15.9Z {"status":"ok","node":"mirror-2"}
2026-11-29T22:10:16.0Z + git push https://x-access-token:${k.prov('githubApp', 'GitHub app installation token')}@github.com/acme/api.git v3.8.1
2026-11-29T22:10:18.2Z To https://github.com/acme/api.git
2026-11-29T22:10:18.2Z  * [new tag]         v3.8.1 -> v3.8.1
2026-11-29T22:10:18.3Z cache key: node-cache-Linux-x64-npm-${k.nSha()}
`,
  ),

  fdoc(
    'gitlab-runner-trace',
    ['logs-and-output'],
    'ci/job-logs/deploy-88120.log',
    (k) => `Running with gitlab-runner 17.5.2 (${k.n(k.g.hex(8))})
  on docker-runner-03 ${k.n('t3_' + k.g.alnum(6))}, system ID: ${k.n('r_' + k.g.alnum(12))}
Preparing the "docker" executor
Using docker image sha256:${k.nSha()} for alpine:3.20
$ echo "Deploying with key $DEPLOY_KEY_ID"
Deploying with key 4
$ helm upgrade --install shop ./charts/shop --set db.password=${k.hpw()} --set stripe.key=${k.prov('stripeLive', 'Stripe')}
Release "shop" has been upgraded. Happy Helming!
NAME: shop
LAST DEPLOYED: Sat Nov 29 22:31:07 2026
STATUS: deployed
REVISION: 57
$ curl -s -H "PRIVATE-TOKEN: ${k.n('[MASKED]')}" https://gitlab.acme.internal/api/v4/projects/42
Job succeeded
`,
  ),

  fdoc(
    'printenv-output',
    ['logs-and-output'],
    'support/ticket-5521/printenv.txt',
    (k) => `HOSTNAME=web-7c9d8f6b5-xk2lp
HOME=/root
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
LANG=C.UTF-8
NODE_VERSION=20.11.1
APP_ENV=production
DATABASE_URL=postgres://web:${k.cs()}@pg.prod.svc:5432/web
REDIS_PASSWORD=${k.gpw()}
SESSION_SECRET=${k.tok()}
GITHUB_TOKEN=${k.prov('githubFine', 'GitHub fine-grained token')}
DD_API_KEY=${k.prov('datadogApi', 'Datadog API key')}
DD_AGENT_HOST=10.0.0.1
KUBERNETES_SERVICE_HOST=10.96.0.1
OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=${k.tok(k.g.alnum(22))}
LS_COLORS=rs=0:di=01;34:ln=01;36
GPG_KEY=${k.n(k.g.hex(40).toUpperCase())}
YARN_VERSION=1.22.19
`,
  ),

  fdoc(
    'kubectl-get-secret-yaml',
    ['logs-and-output'],
    'support/kubectl-get-secret.txt',
    (k) => `$ kubectl -n payments get secret payments-env -o yaml
apiVersion: v1
data:
  ADYEN_API_KEY: ${k.sec('token', k.r.b64('AQE' + k.g.alnum(80)))}
  DB_HOST: ${k.n(k.r.b64('payments-db.prod'))}
  DB_PASSWORD: ${k.sec('password', k.r.b64(k.r.humanPassword(k.g)))}
  SENDGRID_API_KEY: ${k.sec('provider', k.r.b64(k.r.pv.sendgrid(k.g)), 'SendGrid')}
kind: Secret
metadata:
  creationTimestamp: "2026-03-14T10:22:31Z"
  name: payments-env
  namespace: payments
  resourceVersion: "${k.n(k.g.digits(9))}"
  uid: ${k.nUuid()}
type: Opaque
`,
  ),

  fdoc(
    'kubectl-describe-pod',
    ['logs-and-output'],
    'support/describe-pod.txt',
    (k) => `Name:             reports-6f9c7b8d4d-w8q2n
Namespace:        analytics
Node:             ip-10-0-42-17.eu-west-1.compute.internal/10.0.42.17
Status:           Running
Containers:
  reports:
    Image:          registry.acme.internal/reports:1.9.0
    Image ID:       registry.acme.internal/reports@sha256:${k.nSha()}
    State:          Running
    Environment:
      SPRING_PROFILES_ACTIVE:  prod
      DB_PASSWORD:             ${k.n("<set to the key 'password' in secret 'reports-db'>")}  Optional: false
      SNOWFLAKE_PASSWORD:      ${k.hpw()}
      SLACK_WEBHOOK_URL:       ${k.prov('slackWebhook', 'Slack incoming webhook')}
      JAVA_OPTS:               -Xmx2g -Dapp.apiKey=${k.tok()}
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-9xk2p (ro)
Events:
  Normal  Pulled  2m  kubelet  Successfully pulled image in 1.2s
`,
  ),

  fdoc(
    'docker-inspect',
    ['logs-and-output'],
    'support/docker-inspect-api.json',
    (k) => `[
    {
        "Id": "${k.nSha()}",
        "Created": "2026-11-28T16:02:55.123Z",
        "Path": "docker-entrypoint.sh",
        "Args": ["node", "server.js"],
        "Image": "sha256:${k.nSha()}",
        "Name": "/api",
        "Config": {
            "Hostname": "${k.n(k.g.hex(12))}",
            "Env": [
                "MONGO_URL=mongodb://api:${k.cs()}@mongo:27017/api?authSource=admin",
                "JWT_SECRET=${k.tok()}",
                "MAILCHIMP_API_KEY=${k.prov('mailchimp', 'Mailchimp API key')}",
                "PWD_FILE=${k.n('/run/secrets/mongo_password')}",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "NODE_VERSION=20.11.1"
            ],
            "Labels": { "com.docker.compose.config-hash": "${k.nSha()}" }
        }
    }
]
`,
  ),

  fdoc(
    'sql-query-log',
    ['logs-and-output'],
    'logs/mysql-general.log',
    (k) => `2026-11-30T10:01:12.004512Z    41 Connect   app@10.0.1.8 on shop using TCP/IP
2026-11-30T10:01:12.005101Z    41 Query     SET NAMES utf8mb4
2026-11-30T10:01:12.118220Z    41 Query     SELECT id, email, password_hash FROM users WHERE email = 'lena@example.com'
2026-11-30T10:01:14.450912Z    42 Connect   root@localhost on  using Socket
2026-11-30T10:01:14.451003Z    42 Query     ALTER USER 'reporting'@'%' IDENTIFIED BY '${k.hpw()}'
2026-11-30T10:01:14.470117Z    42 Query     CREATE USER 'grafana'@'10.0.%' IDENTIFIED BY '${k.gpw()}'
2026-11-30T10:01:15.002431Z    41 Query     UPDATE api_keys SET key_hash = '${k.nSha()}' WHERE id = 88
2026-11-30T10:01:15.100044Z    41 Query     INSERT INTO integrations (name, secret) VALUES ('hubspot', '${k.tok('pat-eu1-' + k.g.uuid())}')
2026-11-30T10:01:16.000001Z    42 Quit
`,
  ),

  fdoc(
    'audit-log-json',
    ['logs-and-output', 'precision'],
    'logs/audit.jsonl',
    (k) => `{"ts":"2026-11-30T11:00:01Z","actor":"jdoe","action":"token.create","token_id":"${k.nUuid()}","token_prefix":"${k.n('ghp_' + k.g.alnum(4))}","scopes":["repo"]}
{"ts":"2026-11-30T11:02:44Z","actor":"svc-ci","action":"secret.read","path":"kv/data/ci/deploy","request_id":"${k.nUuid()}"}
{"ts":"2026-11-30T11:03:10Z","actor":"asmith","action":"user.password_change","ip":"203.0.113.7","new_password":"${k.n('[REDACTED]')}"}
{"ts":"2026-11-30T11:05:51Z","actor":"asmith","action":"login","session":"${k.n(k.g.hex(16))}","mfa":"totp"}
{"ts":"2026-11-30T11:07:02Z","actor":"bmiller","action":"apikey.rotate","old_fingerprint":"${k.n('SHA256:' + k.g.base64(43))}","new_fingerprint":"SHA256:${k.n(k.g.base64(43))}"}
{"ts":"2026-11-30T11:09:30Z","actor":"legacy-import","action":"user.create","payload":{"email":"ops@acme.example","password":"${k.hpw()}"}}
`,
  ),

  fdoc(
    'npm-debug-log',
    ['logs-and-output'],
    'npm-debug.log',
    (k) => `0 verbose cli /usr/local/bin/node /usr/local/bin/npm
1 info using npm@10.2.4
2 info using node@v20.11.1
3 verbose config npm-session-token ${k.n('(protected)')}
3 verbose config Skipping project config: /home/ci/.npmrc. (matches userconfig)
4 silly config load:file:/home/ci/.npmrc
5 verbose title npm publish
6 verbose argv "publish" "--access" "public"
7 verbose npm-session ${k.n(k.g.hex(16))}
8 http fetch PUT 401 https://registry.npmjs.org/@acme%2fui 212ms
9 verbose stack HttpErrorGeneral: 401 Unauthorized - PUT https://registry.npmjs.org/@acme%2fui
10 verbose config //registry.npmjs.org/:_authToken=${k.prov('npm', 'npm')}
11 error code E401
12 error 401 Unauthorized - PUT https://registry.npmjs.org/@acme%2fui - You must be logged in to publish packages.
13 verbose exit 1
`,
  ),
];
