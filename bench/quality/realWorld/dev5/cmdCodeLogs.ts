// rw-dev5 command/code: logs and CI output that print tokens and passwords (debug dumps, echoed commands,
// HTTP traces, stack traces), next to the ids, digests and masked values such output is mostly made of.
import type { RealWorldDoc, RealWorldArea } from '../types';
import { doc, type Kit } from '../dev/kit';
import { cc, type CC } from './cmdCodeValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: CC, k: Kit) => string) => doc(id, areas, path, (k) => fn(cc(k), k));

export const LOG_DOCS: RealWorldDoc[] = [
  d(
    'ci-log-set-x',
    ['logs-and-output', 'command-line'],
    'ci-logs/deploy-4411.log',
    (c) => `2026-11-30T09:12:01.114Z + set -x
2026-11-30T09:12:01.120Z + export DEPLOY_ENV=prod
2026-11-30T09:12:01.121Z + docker login -u deploy -p ${c.spw()} registry.acme.io
2026-11-30T09:12:02.544Z WARNING! Using --password via the CLI is insecure. Use --password-stdin.
2026-11-30T09:12:02.901Z Login Succeeded
2026-11-30T09:12:03.010Z + curl -sf -H 'Authorization: token ${c.prov('github')}' https://api.github.com/repos/acme/app/releases/latest
2026-11-30T09:12:03.772Z + mysql -h db01 -u deploy -p${c.spw()} app -e 'select version()'
2026-11-30T09:12:03.900Z mysql: [Warning] Using a password on the command line interface can be insecure.
2026-11-30T09:12:04.002Z + echo 'digest: ${c.digest()}'
2026-11-30T09:12:04.003Z + kubectl set image deploy/app app=registry.acme.io/app:${c.n('4f2a9c1')}
2026-11-30T09:12:04.300Z + echo 'token: ***'
`,
  ),

  d(
    'app-debug-config-dump',
    ['logs-and-output'],
    'logs/api-2026-12-01.log',
    (c) => `[2026-12-01 08:00:00,101] INFO  api.boot: starting api v3.8.2 (commit ${c.git()})
[2026-12-01 08:00:00,104] DEBUG api.config: loaded settings {'DB_HOST': 'pg01', 'DB_USER': 'api', 'DB_PASSWORD': '${c.lpw()}', 'REDIS_URL': 'redis://:${c.cs()}@cache01:6379/0', 'LOG_LEVEL': 'DEBUG'}
[2026-12-01 08:00:00,107] DEBUG api.config: STRIPE_SECRET_KEY=${c.prov('stripe')}
[2026-12-01 08:00:00,109] DEBUG api.config: SECRET_KEY=${c.tok()}
[2026-12-01 08:00:00,300] INFO  api.http: GET /health 200 2ms request_id=${c.uuid()}
[2026-12-01 08:00:01,020] INFO  api.auth: login ok user=jdoe session=${c.n('[redacted]')}
[2026-12-01 08:00:01,442] WARN  api.auth: bad password for user=admin from 203.0.113.9
`,
  ),

  d(
    'http-client-trace',
    ['logs-and-output', 'http-auth'],
    'logs/client-trace.txt',
    (c) => `* Connected to api.acme.io (203.0.113.20) port 443
> POST /v2/orders HTTP/2
> Host: api.acme.io
> User-Agent: curl/8.5.0
> Authorization: Bearer ${c.jwt()}
> X-Api-Key: ${c.tok()}
> Content-Type: application/json
>
< HTTP/2 201
< x-request-id: ${c.uuid()}
< etag: "${c.n('33a64df551425fcc55e4d42a148795d9f25f89d4')}"
< set-cookie: session=${c.http(c.raw.token().replace(/[=+/]/g, 'a'))}; Path=/; HttpOnly; Secure
<
{"id":"ord_${c.n('8Kx2mQ9vL')}","status":"created"}
`,
  ),

  d(
    'python-traceback-locals',
    ['logs-and-output', 'code'],
    'logs/worker-error.txt',
    (c) => `Traceback (most recent call last):
  File "/app/worker/sync.py", line 88, in sync
    client = PartnerClient(api_key=api_key, secret=secret)
  File "/app/partner/client.py", line 31, in __init__
    raise AuthError(f"rejected key {api_key}")
partner.errors.AuthError: rejected key ${c.tok()}

Local variables:
  api_key = '${c.tok()}'
  secret = '${c.tok()}'
  password = '${c.lpw()}'
  retries = 3
  trace_id = '${c.trace()}'
`,
  ),

  d(
    'java-stacktrace-jdbc',
    ['logs-and-output'],
    'logs/catalina.out',
    (c) => `02-Dec-2026 07:31:12.004 SEVERE [main] org.apache.catalina.core.StandardContext.startInternal
java.sql.SQLException: Access denied for user 'shop'@'10.2.0.7' (using password: YES)
\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)
\tat com.acme.shop.Db.open(Db.java:44)
02-Dec-2026 07:31:12.010 INFO  [main] com.acme.shop.Db Connecting with url=jdbc:mysql://db01:3306/shop?user=shop&password=${c.cs()}
02-Dec-2026 07:31:12.011 DEBUG [main] com.acme.shop.Mail smtp.password=${c.lpw()}
02-Dec-2026 07:31:12.012 DEBUG [main] com.acme.shop.Mail smtp.password.hash=${c.bcrypt()}
`,
  ),

  d(
    'gh-actions-output',
    ['logs-and-output'],
    'ci-logs/actions-run-99812.txt',
    (c) => `2026-12-01T10:00:03.0000000Z ##[group]Run npm publish
2026-12-01T10:00:03.0000000Z npm publish --access public
2026-12-01T10:00:03.0000000Z shell: /usr/bin/bash -e {0}
2026-12-01T10:00:03.0000000Z env:
2026-12-01T10:00:03.0000000Z   NODE_AUTH_TOKEN: ${c.n('***')}
2026-12-01T10:00:03.0000000Z   NPM_CONFIG_USERCONFIG: /home/runner/work/_temp/.npmrc
2026-12-01T10:00:03.0000000Z ##[endgroup]
2026-12-01T10:00:04.1000000Z npm notice Publishing to https://registry.npmjs.org/ with tag latest
2026-12-01T10:00:05.2000000Z npm verbose config //registry.npmjs.org/:_authToken=${c.prov('npm')} (from env fallback)
2026-12-01T10:00:05.3000000Z + echo "HF_TOKEN=${c.prov('huggingface')}" >> $GITHUB_ENV
2026-12-01T10:00:05.4000000Z shasum: ${c.n('f0e1d2c3b4a5968778695a4b3c2d1e0f00112233')}
`,
  ),

  d(
    'k8s-describe-output',
    ['logs-and-output'],
    'notes/describe-pod.txt',
    (c) => `$ kubectl describe pod payments-api-7d9f8c6b5-x2kqp -n payments
Name:         payments-api-7d9f8c6b5-x2kqp
Containers:
  api:
    Image:          registry.acme.io/payments@${c.digest()}
    Environment:
      DB_HOST:        pg-payments
      DB_PASSWORD:    ${c.spw()}
      STRIPE_KEY:     ${c.n("<set to the key 'STRIPE_SECRET_KEY' in secret 'stripe'>")}  Optional: false
      WEBHOOK_SECRET: ${c.tok()}
      POD_IP:          (v1:status.podIP)
$ kubectl get secret payments-db -o yaml
data:
  password: ${c.mark('password', Buffer.from(c.raw.shellPw()).toString('base64'))}
  username: ${c.n('cGF5bWVudHM=')}
`,
  ),

  d(
    'docker-inspect-env',
    ['logs-and-output'],
    'notes/docker-inspect.json',
    (c) => `[
  {
    "Id": "${c.sha()}",
    "Config": {
      "Env": [
        "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "POSTGRES_PASSWORD=${c.spw()}",
        "MINIO_SECRET_KEY=${c.tok()}",
        "GOSU_VERSION=1.17"
      ],
      "Cmd": ["sh", "-c", "exec redis-server --requirepass ${c.spw()}"],
      "Image": "${c.digest()}"
    }
  }
]
`,
  ),

  d(
    'ansible-verbose-output',
    ['logs-and-output'],
    'ci-logs/ansible-vvv.txt',
    (c) => `TASK [mysql : create app user] *********************************************
<db01> ESTABLISH SSH CONNECTION FOR USER: deploy
changed: [db01] => {"changed": true, "invocation": {"module_args": {"login_password": "${c.lpw()}", "name": "app", "password": "${c.lpw()}", "priv": "app.*:ALL"}}, "user": "app"}
TASK [app : write env] ******************************************************
ok: [app01] => {"changed": false, "checksum": "${c.n('b5f1c8a0e6d2f4a7c9b3e1d0f8a6c4b2e0d9f7a1')}", "mode": "0600"}
TASK [vault : login] **********************************************************
ok: [app01] => {"censored": "${c.n('the output has been hidden')} due to the fact that 'no_log: true' was specified for this result"}
`,
  ),

  d(
    'terraform-plan-output',
    ['logs-and-output'],
    'ci-logs/tf-plan.txt',
    (c) => `  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id                  = "acme-prod"
      ~ password            = ${c.n('(sensitive value)')}
        username            = "admin"
    }
  # random_password.api will be created
  # null_resource.bootstrap must be replaced
-/+ resource "null_resource" "bootstrap" {
      ~ triggers = {
          - "cmd" = "psql postgresql://admin:${c.cs()}@acme-prod.cluster.eu-west-1.rds.amazonaws.com/app -f init.sql" -> null
          + "cmd" = "psql -f init.sql"
        }
    }
Outputs:
api_token = "${c.tok()}"
db_endpoint = "acme-prod.cluster.eu-west-1.rds.amazonaws.com"
`,
  ),

  d(
    'shell-session-transcript',
    ['logs-and-output', 'command-line'],
    'docs/incidents/2026-11-28-transcript.txt',
    (c) => `ops@bastion:~$ cat /etc/app/env
APP_ENV=production
DATABASE_URL=postgres://app:${c.cs()}@pg01:5432/app
MAILGUN_API_KEY=${c.hex(32)}
SENTRY_DSN=${c.n('https://0f1e2d3c4b5a69788796a5b4c3d2e1f0@o12345.ingest.sentry.io/6789')}
ops@bastion:~$ vault read -field=token auth/token/create
${c.prov('vault')}
ops@bastion:~$ aws configure get aws_secret_access_key
${c.prov('awsSecret')}
ops@bastion:~$ history -c
`,
  ),

  d(
    'jenkins-console',
    ['logs-and-output'],
    'ci-logs/jenkins-1207.txt',
    (c) => `Started by user Jane Doe
[Pipeline] withCredentials
Masking supported pattern matches of $REGISTRY_PASS
[Pipeline] sh
+ docker login -u robot -p ${c.n('****')} registry.acme.io
[Pipeline] sh
+ mvn -B deploy -Dnexus.user=ci -Dnexus.password=${c.spw()}
[INFO] Uploading to nexus: https://nexus.acme.internal/repository/releases/com/acme/core/2.1.0/core-2.1.0.jar
[Pipeline] sh
+ ./gradlew publish -PsigningPassword=${c.spw()} -PossrhToken=${c.tok()}
BUILD SUCCESSFUL in 41s
Finished: SUCCESS (${c.git()})
`,
  ),

  d(
    'nginx-access-log',
    ['logs-and-output', 'http-auth'],
    'logs/access.log',
    (c) => `203.0.113.5 - - [01/Dec/2026:10:01:44 +0000] "GET /api/export?format=csv&api_key=${c.http(c.raw.token().replace(/[=+/]/g, 'b'))} HTTP/1.1" 200 5123 "-" "python-requests/2.32"
203.0.113.9 - - [01/Dec/2026:10:01:45 +0000] "GET /static/app.${c.n('3f9a1c2e')}.js HTTP/1.1" 200 88211 "-" "Mozilla/5.0"
198.51.100.2 - - [01/Dec/2026:10:01:46 +0000] "POST /oauth/token?client_id=acme-web&client_secret=${c.tok()} HTTP/1.1" 200 412 "-" "okhttp/4.12"
198.51.100.7 - admin [01/Dec/2026:10:01:47 +0000] "GET /admin HTTP/1.1" 401 0 "-" "curl/8.5.0"
203.0.113.5 - - [01/Dec/2026:10:01:48 +0000] "GET /download?sig=${c.n('9f8e7d6c5b4a')}&expires=1764583308 HTTP/1.1" 200 1024 "-" "Wget/1.21"
`,
  ),

  d(
    'node-debug-output',
    ['logs-and-output'],
    'logs/worker-debug.log',
    (c) => `worker:boot env loaded { NODE_ENV: 'production', PG_PASSWORD: '${c.lpw()}', QUEUE: 'jobs' } +0ms
worker:http request { method: 'POST', url: 'https://hooks.slack.com/api/chat.postMessage', headers: { authorization: 'Bearer ${c.prov('slack')}' } } +12ms
worker:http response 200 { ok: true, ts: '${c.n('1764583308.123456')}' } +340ms
worker:auth token refreshed { access_token: '${c.jwt()}', expires_in: 3600, token_type: 'Bearer' } +2s
worker:auth token refreshed { access_token: ${c.n("'[Filtered]'")}, expires_in: 3600 } +1h
`,
  ),

  d(
    'go-test-verbose',
    ['logs-and-output', 'code'],
    'ci-logs/go-test.txt',
    (c) => `=== RUN   TestPartnerClient
    client_test.go:41: using endpoint https://sandbox.partner.io with key=${c.tok()}
    client_test.go:52: response: {"token":"${c.tok()}","expires":3600}
--- PASS: TestPartnerClient (0.31s)
=== RUN   TestHash
    hash_test.go:12: got ${c.sha()}
--- PASS: TestHash (0.00s)
ok  \tgithub.com/acme/partner\t0.412s
`,
  ),
];
