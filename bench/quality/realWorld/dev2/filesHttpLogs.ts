// rw-dev2: secrets in logs and command output: JSON lines, logfmt, stack traces with config dumps, CI logs, env
// dumps, kubectl/docker output, shell and SQL client histories, crash reports, access logs.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { hpwFit, hpwm, jsonEsc, pwFit, pwm } from './filesHttpKit';

export const FILES_HTTP_LOGS: RealWorldDoc[] = [
  doc(
    'json-lines-app-log',
    ['logs-and-output'],
    'logs/api/2024-05-11.jsonl',
    (k) => `{"ts":"2024-05-11T08:00:00.120Z","level":"info","msg":"server listening","port":8080,"pid":${k.g.digits(5)}}
{"ts":"2024-05-11T08:00:04.551Z","level":"debug","msg":"incoming request","method":"POST","path":"/login","body":{"email":"anna@example.org","password":"${k.s('password', jsonEsc(hpwFit(k)))}"},"reqId":"${k.n(k.g.uuid())}"}
{"ts":"2024-05-11T08:00:04.902Z","level":"debug","msg":"upstream call","headers":{"authorization":"Bearer ${k.bearerJwt()}","x-request-id":"${k.n(k.g.uuid())}"}}
{"ts":"2024-05-11T08:00:05.337Z","level":"info","msg":"incoming request","method":"POST","path":"/login","body":{"email":"li@example.org","password":"${k.n('[Filtered]')}"}}
{"ts":"2024-05-11T08:01:12.004Z","level":"warn","msg":"config loaded","config":"{\\"db\\":{\\"host\\":\\"pg\\",\\"user\\":\\"api\\",\\"password\\":\\"${k.s('password', jsonEsc(jsonEsc(pwFit(k))))}\\"},\\"cacheTtl\\":60}"}
{"ts":"2024-05-11T08:02:40.877Z","level":"error","msg":"webhook signature mismatch","expected":"${k.n(k.g.hex(64))}","secret_hint":"${k.n('whsec_****' + k.g.alnum(4))}"}
{"ts":"2024-05-11T08:03:10.100Z","level":"info","msg":"api key created","key_id":"${k.n(`key_${k.g.alnum(12)}`)}","key":"${k.tok(`ak_live_${k.g.alnum(32)}`)}"}
`,
  ),

  doc(
    'logfmt-service-log',
    ['logs-and-output'],
    'logs/worker/worker.log',
    (k) => `time=2024-05-11T09:12:01Z level=info msg="starting worker" version=3.2.1 commit=${k.n(k.g.hex(40))}
time=2024-05-11T09:12:01Z level=debug msg="connecting" dsn="postgres://worker:${k.cs()}@pg-main:5432/jobs?sslmode=require"
time=2024-05-11T09:12:02Z level=debug msg="amqp dial" url=amqp://worker:${k.cs()}@rabbit:5672/%2F
time=2024-05-11T09:12:02Z level=info msg="connected" trace_id=${k.n(k.g.hex(32))} span_id=${k.n(k.g.hex(16))}
time=2024-05-11T09:12:03Z level=debug msg="smtp auth" user=noreply@acme.io password=${pwm(k, /[\s"=]/)}
time=2024-05-11T09:12:03Z level=debug msg="s3 client" access_key=${k.u(k.raw.p.awsId(k.g))} secret_key=${k.prov('awsSecret', 'AWS')} region=eu-west-1
time=2024-05-11T09:12:04Z level=info msg="job done" job=nightly-export duration=12.3s api_key=${k.n('***')}
time=2024-05-11T09:12:05Z level=warn msg="token refresh" refresh_token=${k.tok(k.g.base64url(64))} expires_in=3600
`,
  ),

  doc(
    'kafka-config-dump',
    ['logs-and-output'],
    'logs/ingest/ingest-service.log',
    (k) => `2024-05-10 14:22:10,551 INFO  [main] o.a.k.c.p.ProducerConfig - ProducerConfig values:
\tacks = -1
\tbootstrap.servers = [b-1.kafka.acme.internal:9096, b-2.kafka.acme.internal:9096]
\tclient.id = ingest-producer-1
\tsasl.jaas.config = org.apache.kafka.common.security.scram.ScramLoginModule required username="ingest" password="${pwm(k, /["\\\s]/)}";
\tsasl.mechanism = SCRAM-SHA-512
\tsecurity.protocol = SASL_SSL
\tssl.truststore.location = /etc/kafka/truststore.jks
\tssl.truststore.password = ${k.n('[hidden]')}
\tssl.keystore.password = ${pwm(k, /\s/)}
\tssl.key.password = ${k.n('null')}
2024-05-10 14:22:11,020 INFO  [main] c.z.h.HikariDataSource - HikariPool-1 - Starting...
2024-05-10 14:22:11,021 DEBUG [main] c.z.h.HikariConfig - jdbcUrl.........................jdbc:postgresql://pg-ingest:5432/ingest
2024-05-10 14:22:11,021 DEBUG [main] c.z.h.HikariConfig - username........................"ingest"
2024-05-10 14:22:11,021 DEBUG [main] c.z.h.HikariConfig - password........................${k.n('<masked>')}
2024-05-10 14:22:11,022 DEBUG [main] c.z.h.HikariConfig - dataSourceProperties............{password=${pwm(k, /[\s,{}=]/)}, sslmode=require}
2024-05-10 14:22:12,400 ERROR [main] o.s.b.SpringApplication - Application run failed
java.lang.IllegalStateException: Failed to connect to Redis at redis://:${k.cs()}@redis-ingest:6379
\tat com.acme.ingest.RedisConfig.connect(RedisConfig.java:41)
\tat com.acme.ingest.Application.main(Application.java:22)
`,
  ),

  doc(
    'github-actions-log',
    ['logs-and-output', 'command-line'],
    'ci-logs/gha-release-run-88121.txt',
    (k) => `2024-05-11T10:01:02.0000000Z ##[group]Run actions/checkout@v4
2024-05-11T10:01:02.0000000Z with:
2024-05-11T10:01:02.0000000Z   token: ***
2024-05-11T10:01:04.0000000Z ##[endgroup]
2024-05-11T10:01:05.0000000Z ##[group]Run echo "::add-mask::$DEPLOY_TOKEN"
2024-05-11T10:01:05.0000000Z ##[endgroup]
2024-05-11T10:01:06.0000000Z ##[group]Run ./scripts/release.sh
2024-05-11T10:01:06.0000000Z + export NPM_TOKEN=${k.prov('npm', 'npm')}
2024-05-11T10:01:06.0000000Z + curl -fsS -u release-bot:${pwm(k, /[\s'"\\$`!&|;<>()#:@]/)} https://nexus.acme.internal/service/rest/v1/status
2024-05-11T10:01:07.0000000Z + docker login -u acme -p ${k.prov('dockerHub', 'Docker Hub')} docker.io
2024-05-11T10:01:07.0000000Z WARNING! Using --password via the CLI is insecure. Use --password-stdin.
2024-05-11T10:01:08.0000000Z Login Succeeded
2024-05-11T10:01:09.0000000Z + echo 'SLACK_WEBHOOK=***'
2024-05-11T10:01:10.0000000Z Published @acme/sdk@4.2.0 (sha512-${k.n(k.g.base64(20))}…)
2024-05-11T10:01:10.0000000Z ##[endgroup]
`,
  ),

  doc(
    'printenv-and-windows-set',
    ['logs-and-output'],
    'tickets/INC-2291-env-output.txt',
    (k) => `Output of printenv on the failing pod (pasted by support):

KUBERNETES_SERVICE_HOST=172.20.0.1
PGHOST=pg-main.db.svc
PGUSER=billing
PGPASSWORD=${pwm(k, /\s/)}
MYSQL_PWD=${hpwm(k, /\s/)}
npm_config__auth=${k.basic('ci')}
SPRING_DATASOURCE_PASSWORD=${pwm(k, /\s/)}
SPRING_DATASOURCE_USERNAME=billing
GITHUB_TOKEN=${k.prov('githubApp', 'GitHub')}
JAVA_OPTS=-Xmx512m -Djavax.net.ssl.keyStorePassword=${pwm(k, /\s/)}
HOSTNAME=billing-7d9c8b6f5-${k.n(k.g.lower(5))}
OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=${k.http(k.g.alnum(22))}
LANG=C.UTF-8

And "set" from the Windows build agent:

C:\\agent>set
ALLUSERSPROFILE=C:\\ProgramData
COMPUTERNAME=BUILD-WIN-03
NUGET_API_KEY=${k.prov('nuget', 'NuGet')}
SIGNTOOL_PFX_PASSWORD=${pwm(k, /\s/)}
SYSTEMROOT=C:\\Windows
USERNAME=svc_build
`,
  ),

  doc(
    'kubectl-outputs',
    ['logs-and-output', 'config-syntax'],
    'debug/kubectl-billing.txt',
    (k) => `$ kubectl -n billing get secret billing-db -o yaml
apiVersion: v1
data:
  password: ${k.s('password', k.raw.b64(pwFit(k)))}
  username: ${k.n(k.raw.b64('billing'))}
kind: Secret
metadata:
  creationTimestamp: "2024-02-01T10:11:12Z"
  name: billing-db
  namespace: billing
  resourceVersion: "${k.n(k.g.digits(8))}"
  uid: ${k.n(k.g.uuid())}
type: Opaque

$ kubectl -n billing describe pod billing-api-6c7d9f-x2kq
Name:         billing-api-6c7d9f-x2kq
Containers:
  api:
    Image:          registry.acme.io/billing/api@sha256:${k.n(k.g.hex(64))}
    Environment:
      DB_HOST:        pg-main.db.svc
      DB_PASSWORD:    <set to the key 'password' in secret 'billing-db'>  Optional: false
      STRIPE_SECRET:  ${k.prov('stripeSecret', 'Stripe')}
      LEGACY_API_KEY: ${k.tok(k.g.hex(32))}
      LOG_LEVEL:      debug

$ kubectl get secret billing-db -o jsonpath='{.data.password}' | base64 -d
${k.s('password', pwFit(k, /\s/))}
`,
  ),

  doc(
    'docker-compose-config-out',
    ['logs-and-output', 'config-syntax'],
    'debug/compose-config-resolved.yml',
    (k) => `name: shop
services:
  api:
    environment:
      DATABASE_URL: postgresql://shop:${k.cs()}@db:5432/shop
      JWT_SECRET: ${k.tok(k.g.base64(48))}
      NODE_ENV: production
      SENTRY_DSN: ${k.n(k.raw.sentryDsn(k.g))}
    image: registry.acme.io/shop/api:2.14.1
    networks:
      default: null
  db:
    environment:
      POSTGRES_PASSWORD: ${pwm(k, /[\s#'"\\:{}[\],&*!|>%@`]/)}
      POSTGRES_USER: shop
    image: postgres:16
`,
  ),

  doc('psql-mysql-history', ['logs-and-output', 'command-line'], 'home/dba/history-export.txt', (k) => {
    const mysqlPw = pwFit(k, /['\\\s]/);
    return `==> ~/.psql_history <==
\\dt
select count(*) from orders;
CREATE ROLE reporting LOGIN PASSWORD '${pwm(k, /['\\]/)}';
ALTER USER app WITH PASSWORD '${hpwm(k, /['\\]/)}';
ALTER USER legacy WITH ENCRYPTED PASSWORD '${k.n(`SCRAM-SHA-256$4096:${k.g.base64(24)}$${k.g.base64(44)}:${k.g.base64(44)}`)}';
\\password app
\\q

==> ~/.mysql_history <==
_HiStOrY_V2_
show\\040databases;
CREATE\\040USER\\040'etl'@'%'\\040IDENTIFIED\\040BY\\040'${k.s('password', mysqlPw)}';
GRANT\\040SELECT\\040ON\\040shop.*\\040TO\\040'etl'@'%';
SET\\040PASSWORD\\040FOR\\040'root'@'localhost'\\040=\\040'${pwm(k, /['\\\s]/)}';

==> ~/.rediscli_history <==
AUTH ${pwm(k, /\s/)}
CONFIG SET requirepass ${pwm(k, /\s/)}
KEYS session:*

==> ~/.dbshell (mongo) <==
db.createUser({user: "shop", pwd: "${pwm(k, /["\\]/)}", roles: ["readWrite"]})
db.changeUserPassword("report", passwordPrompt())
`;
  }),

  doc(
    'bash-history-mixed',
    ['logs-and-output', 'command-line'],
    'home/ops/.bash_history',
    (k) => `ls -la
cd /srv/app
export VAULT_TOKEN=${k.prov('vault', 'Vault')}
vault kv get secret/app
sshpass -p '${pwm(k, /['\\]/)}' ssh root@10.0.4.12
mysql -h db01 -u root -p${pwm(k, /[\s'"\\$`!&|;<>()#]/)} -e 'show processlist'
htpasswd -b -c /etc/nginx/.htpasswd admin ${pwm(k, /[\s'"\\$`!&|;<>()#]/)}
openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:${pwm(k, /[\s'"\\$`!&|;<>()#]/)}
echo "${pwm(k, /["\\$`!]/)}" | docker login registry.acme.io -u deploy --password-stdin
redis-cli -a ${pwm(k, /[\s'"\\$`!&|;<>()#]/)} --no-auth-warning info
git push https://x:${k.prov('githubClassic', 'GitHub')}@github.com/acme/tools.git
history | grep pass
export AWS_PROFILE=${k.n('prod')}
read -s DB_PASS
`,
  ),

  doc(
    'terraform-apply-output',
    ['logs-and-output'],
    'ci-logs/terraform-apply-2024-05-11.txt',
    (k) => `Terraform will perform the following actions:

  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id                = "shop-prod"
      ~ password          = (sensitive value)
        # (41 unchanged attributes hidden)
    }

  # random_password.admin will be created
  + resource "random_password" "admin" {
      + result  = (sensitive value)
    }

  # kubernetes_secret.legacy will be created
  + resource "kubernetes_secret" "legacy" {
      + data = {
          + "api_key"  = "${k.tok(k.g.hex(40))}"
          + "password" = "${pwm(k)}"
        }
    }

Plan: 1 to add, 1 to change, 0 to destroy.

Outputs:

db_endpoint = "shop-prod.c9x.eu-west-1.rds.amazonaws.com"
admin_password = <sensitive>
grafana_admin = "${k.n('admin')}"
bootstrap_token = "${k.s('token', `${k.g.lower(6)}.${k.g.lower(16)}`)}"
`,
  ),

  doc(
    'rails-log-params',
    ['logs-and-output'],
    'log/production.log',
    (k) => `I, [2024-05-11T10:00:01.010 #4412]  INFO -- : [${k.n(k.g.uuid())}] Started POST "/users/sign_in" for 10.0.0.8 at 2024-05-11 10:00:01 +0000
I, [2024-05-11T10:00:01.012 #4412]  INFO -- : [${k.n(k.g.uuid())}] Processing by Users::SessionsController#create as HTML
I, [2024-05-11T10:00:01.012 #4412]  INFO -- :   Parameters: {"authenticity_token"=>"${k.u(k.g.base64(86))}", "user"=>{"email"=>"ops@acme.io", "password"=>"[FILTERED]"}, "commit"=>"Log in"}
I, [2024-05-11T10:00:04.200 #4413]  INFO -- :   Parameters: {"integration"=>{"name"=>"erp", "api_token"=>"${k.tok(k.g.hex(40))}", "endpoint"=>"https://erp.acme.io"}}
I, [2024-05-11T10:00:05.900 #4413]  INFO -- :   Parameters: {"smtp"=>{"user_name"=>"mailer", "smtp_password"=>"${k.s('password', pwFit(k, /["\\]/))}"}}
D, [2024-05-11T10:00:06.001 #4414] DEBUG -- :   User Load (0.4ms)  SELECT "users".* FROM "users" WHERE "users"."email" = $1 LIMIT $2  [["email", "ops@acme.io"], ["LIMIT", 1]]
`,
  ),

  doc(
    'nginx-access-log-query-tokens',
    ['logs-and-output', 'http-auth'],
    'logs/nginx/access.log',
    (k) => `10.0.0.12 - - [11/May/2024:10:12:01 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"
203.0.113.9 - - [11/May/2024:10:12:04 +0000] "GET /api/v1/export?token=${k.http(k.g.hex(40))}&fmt=csv HTTP/1.1" 200 88123 "-" "python-requests/2.31.0"
203.0.113.9 - - [11/May/2024:10:12:07 +0000] "GET /static/app.${k.n(k.g.hex(20))}.js HTTP/2.0" 200 4411 "https://app.acme.io/" "Mozilla/5.0"
198.51.100.4 - admin [11/May/2024:10:13:00 +0000] "POST /login?username=admin&password=${pwm(k, /[\s&"%+#]/)} HTTP/1.1" 302 0 "-" "curl/8.4.0"
198.51.100.7 - - [11/May/2024:10:13:22 +0000] "GET /feed.rss?key=${k.http(k.g.alnum(32))} HTTP/1.1" 200 9002 "-" "Feedly/1.0"
198.51.100.8 - - [11/May/2024:10:14:00 +0000] "GET /reset?uid=42&nonce=${k.n(k.g.hex(16))} HTTP/1.1" 200 100 "-" "Mozilla/5.0"
`,
  ),

  doc(
    'crash-report-config',
    ['logs-and-output'],
    'crash-reports/desktop-2024-05-11.txt',
    (k) => `Acme Desktop crashed (version 5.3.0, build ${k.n(k.g.hex(12))})
OS: Windows 11 23H2 (10.0.22631)
Exception: System.NullReferenceException at Acme.Sync.Engine.Start()

--- Settings snapshot ---
SyncServer       = https://sync.acme.io
SyncUser         = j.meyer@kanzlei-example.de
SyncPassword     = ${pwm(k, /\s/)}
ProxyEnabled     = true
ProxyUser        = KANZLEI\\jmeyer
ProxyPassword    = ${hpwm(k, /\s/)}
LicenseKey       = ${k.n('XXXXX-XXXXX-XXXXX-XXXXX')}
DeviceId         = ${k.n(k.g.uuid())}
ApiToken         = ${k.tok(k.g.base64url(43))}

--- Loaded modules ---
Acme.Sync.dll 5.3.0.0 ${k.n(k.g.hex(40))}
`,
  ),

  doc(
    'mongo-and-airflow-logs',
    ['logs-and-output'],
    'logs/misc-services.log',
    (k) => `{"t":{"$date":"2024-05-11T07:00:01.001+00:00"},"s":"I","c":"NETWORK","id":22943,"ctx":"listener","msg":"Connection accepted","attr":{"remote":"10.0.7.3:51122","connectionCount":12}}
{"t":{"$date":"2024-05-11T07:00:01.200+00:00"},"s":"I","c":"ACCESS","id":20250,"ctx":"conn12","msg":"Authentication succeeded","attr":{"mechanism":"SCRAM-SHA-256","principalName":"shop","authenticationDatabase":"admin"}}
[2024-05-11, 07:05:00 UTC] {base.py:73} INFO - Using connection ID 'warehouse' for task execution.
[2024-05-11, 07:05:00 UTC] {taskinstance.py:1138} INFO - Executing <Task(PythonOperator): load> on 2024-05-10
[2024-05-11, 07:05:01 UTC] {logging_mixin.py:188} INFO - conn uri: snowflake://LOADER:${k.cs()}@acme/WAREHOUSE/PUBLIC?warehouse=LOAD_WH
[2024-05-11, 07:05:02 UTC] {logging_mixin.py:188} INFO - broker_url='amqp://airflow:${k.cs()}@rabbitmq:5672//'
[2024-05-11, 07:05:02 UTC] {logging_mixin.py:188} INFO - fernet_key=${k.s('token', k.g.base64url(43) + '=')}
[2024-05-11, 07:05:03 UTC] {logging_mixin.py:188} INFO - password=*** (masked by secrets masker)
`,
  ),

  doc(
    'build-output-docker',
    ['logs-and-output', 'command-line'],
    'ci-logs/docker-build-web.txt',
    (k) => `#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 1.21kB done
#5 [build 2/7] RUN echo "//registry.npmjs.org/:_authToken=${k.prov('npm', 'npm')}" > .npmrc
#5 DONE 0.3s
#6 [build 3/7] RUN pip install --index-url https://deploy:${k.cs()}@nexus.acme.internal/repository/pypi/simple -r requirements.txt
#6 DONE 41.2s
#7 [build 4/7] RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
#7 DONE 38.0s
#8 exporting to image
#8 writing image sha256:${k.n(k.g.hex(64))} done
#8 naming to registry.acme.io/web:${k.n(k.g.hex(7))} done
Step 4/9 : ARG GH_TOKEN=${k.prov('githubClassic', 'GitHub')}
 ---> Running in ${k.n(k.g.hex(12))}
`,
  ),

  doc(
    'ansible-and-jenkins-output',
    ['logs-and-output'],
    'ci-logs/deploy-db-role.txt',
    (k) => `TASK [postgres : create application user] *************************************
changed: [db01] => (item={'name': 'shop', 'password': '${pwm(k, /['\\]/)}', 'db': 'shop'})
ok: [db01] => (item={'name': 'readonly', 'password': '${k.n('VALUE_SPECIFIED_IN_NO_LOG_PARAMETER')}', 'db': 'shop'})

TASK [app : template .env] ****************************************************
--- before: /srv/shop/.env
+++ after: /home/ansible/.ansible/tmp/ansible-local/tmpk3/.env
@@ -3,3 +3,3 @@
-MAIL_PASSWORD=${k.n('old-value-removed')}
+MAIL_PASSWORD=${pwm(k, /\s/)}
 MAIL_HOST=smtp.acme.io

[Pipeline] withCredentials
Masking supported pattern matches of $DEPLOY_PASS
[Pipeline] sh
+ sshpass -p **** scp build.tar deploy@10.0.4.20:/srv
[Pipeline] sh
+ curl -H 'X-JFrog-Art-Api: ${k.prov('jfrog', 'JFrog')}' -T build.tar https://acme.jfrog.io/artifactory/releases/
`,
  ),

  doc(
    'sentry-breadcrumbs-crash',
    ['logs-and-output', 'http-auth'],
    'debug/crash-event.json',
    (k) => `{
  "event_id": "${k.n(k.g.hex(32))}",
  "level": "error",
  "exception": { "values": [ { "type": "ConnectionError", "value": "could not connect to mysql://app:${k.cs()}@10.0.9.4:3306/app" } ] },
  "breadcrumbs": { "values": [
    { "category": "http", "data": { "method": "GET", "url": "https://api.acme.io/v1/me?access_token=${k.http(k.g.alnum(40))}", "status_code": 200 } },
    { "category": "http", "data": { "method": "POST", "url": "https://api.acme.io/v1/orders", "status_code": 201 } }
  ] },
  "request": {
    "headers": { "Authorization": "${k.n('[Filtered]')}", "X-Api-Key": "${k.http(k.g.hex(32))}" },
    "env": { "REMOTE_ADDR": "10.0.0.3" }
  },
  "extra": { "sys.argv": ["worker.py", "--db-password", "${k.s('password', jsonEsc(pwFit(k)))}"] },
  "contexts": { "trace": { "trace_id": "${k.n(k.g.hex(32))}", "span_id": "${k.n(k.g.hex(16))}" } }
}
`,
  ),

  doc(
    'gitlab-runner-debug-trace',
    ['logs-and-output'],
    'ci-logs/gitlab-debug-trace.txt',
    (k) => `$ export CI_DEBUG_TRACE=true
++ export CI_JOB_TOKEN=${k.s('provider', `glcbt-${k.g.hex(2)}_${k.g.base64url(20)}`, 'GitLab CI job token')}
++ export CI_REGISTRY_PASSWORD=${k.s('provider', `glcbt-${k.g.hex(2)}_${k.g.base64url(20)}`, 'GitLab CI job token')}
++ export CI_SERVER_URL=https://gitlab.acme.io
++ export DEPLOY_SSH_PASSPHRASE=${k.passphrase()}
++ export FF_USE_FASTZIP=true
++ export CI_COMMIT_SHA=${k.n(k.g.hex(40))}
++ export TF_VAR_db_password=${pwm(k, /[\s'"\\$`]/)}
++ export KUBE_TOKEN=${k.n('[MASKED]')}
`,
  ),

  doc(
    'supabase-cli-output',
    ['logs-and-output'],
    'notes/local-supabase.md',
    (k) => `\`supabase start\` prints this (local only, but the service key below is the one from our hosted project, I pasted the wrong block):

         API URL: http://127.0.0.1:54321
     GraphQL URL: http://127.0.0.1:54321/graphql/v1
          DB URL: postgresql://postgres:${k.n('postgres')}@127.0.0.1:54322/postgres
      Studio URL: http://127.0.0.1:54323
      JWT secret: ${k.tok(k.g.base64(64))}
        anon key: ${k.n(k.raw.jwt(k.g, { iss: 'supabase', role: 'anon' }))}
service_role key: ${k.s('token', k.raw.jwt(k.g, { iss: 'supabase', role: 'service_role' }))}
`,
  ),
];

void hpwFit;
