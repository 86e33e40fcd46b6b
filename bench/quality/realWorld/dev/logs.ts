// rw-dev: secrets printed by mistake: CI logs, env dumps, stack traces, verbose HTTP output, database logs.
import type { RealWorldDoc } from '../types';
import { doc } from './kit';

export const LOG_DOCS: RealWorldDoc[] = [
  doc(
    'ci-env-dump',
    ['logs-and-output'],
    'ci-logs/build-4821.log',
    (k) => `Running with gitlab-runner 16.9.1 (${k.n(k.g.hex(8))})
  on docker-runner-01 ${k.n(k.g.alnum(8))}, system ID: r_${k.n(k.g.alnum(12))}
Preparing the "docker" executor
Using docker image sha256:${k.n(k.g.hex(64))} for node:20 ...
Getting source from Git repository
Fetching changes with git depth set to 20...
Checking out ${k.n(k.g.hex(8))} as detached HEAD (ref is main)...
Executing "step_script" stage of the job script
$ printenv | sort
CI=true
CI_COMMIT_SHA=${k.n(k.raw.gitSha(k.g))}
CI_JOB_TOKEN=[MASKED]
CI_REGISTRY_PASSWORD=[MASKED]
DB_PASSWORD=${k.hpw()}
HOME=/root
HOSTNAME=runner-${k.n(k.g.lower(8))}-project-118-concurrent-0
INTERNAL_API_TOKEN=${k.tok()}
NODE_VERSION=20.12.1
REDIS_URL=redis://:${k.cs()}@redis-ci:6379
SENTRY_AUTH_TOKEN=${k.prov('sentryUser', 'Sentry')}
YARN_VERSION=1.22.19
$ npm ci
added 1211 packages in 38s
$ npm run build
Job succeeded
`,
  ),

  doc(
    'java-stacktrace-jdbc',
    ['logs-and-output'],
    'logs/app/error-2024-05-12.log',
    (k) => `2024-05-12 03:14:07.881 ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed
org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource' defined in class path resource [com/acme/DbConfig.class]: Failed to instantiate [javax.sql.DataSource]: Factory method 'dataSource' threw exception; nested exception is java.sql.SQLException: Cannot create PoolableConnectionFactory (Connection refused, url: jdbc:mysql://db-claims:3306/claims?user=claims&password=${k.cs()}&useSSL=true)
	at org.springframework.beans.factory.support.ConstructorResolver.instantiate(ConstructorResolver.java:658)
	at org.springframework.beans.factory.support.ConstructorResolver.instantiateUsingFactoryMethod(ConstructorResolver.java:638)
	at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.createBean(AbstractAutowireCapableBeanFactory.java:542)
	... 24 common frames omitted
Caused by: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure
	at com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:175)
	at com.mysql.cj.jdbc.ConnectionImpl.connectOneTryOnly(ConnectionImpl.java:956)
2024-05-12 03:14:07.903 INFO 1 --- [main] o.a.c.c.StandardService : Stopping service [Tomcat]
2024-05-12 03:14:09.112 WARN 1 --- [main] c.a.c.MailConfig : SMTP login failed for claims@acme.example with password '${k.hpw()}' (535 5.7.3)
`,
  ),

  doc(
    'python-traceback-dsn',
    ['logs-and-output'],
    'logs/worker/traceback.txt',
    (k) => `[2024-04-30 22:01:13,441: ERROR/ForkPoolWorker-3] Task etl.tasks.load_orders[${k.n(k.g.uuid())}] raised unexpected: OperationalError
Traceback (most recent call last):
  File "/app/venv/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task
    R = retval = fun(*args, **kwargs)
  File "/app/etl/tasks.py", line 88, in load_orders
    engine = create_engine(settings.WAREHOUSE_URL)
  File "/app/venv/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line 3280, in raw_connection
    return self.pool.connect()
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "dwh.internal" (10.4.0.9), port 5432 failed: FATAL:  password authentication failed for user "etl"
(Background on this error at: https://sqlalche.me/e/20/e3q8)
settings.WAREHOUSE_URL = 'postgresql://etl:${k.cs()}@dwh.internal:5432/warehouse'
[2024-04-30 22:01:13,502: INFO/MainProcess] Connected to amqp://etl:**@rabbit:5672/etl
[2024-04-30 22:01:14,010: WARNING/MainProcess] broker url from legacy config: amqp://etl:${k.cs()}@rabbit-old:5672/etl
`,
  ),

  doc(
    'startup-config-dump',
    ['logs-and-output'],
    'logs/api/startup.log',
    (k) => `{"level":"info","ts":"2024-05-03T08:00:01.002Z","msg":"starting api","version":"2.14.1","commit":"${k.n(k.g.hex(7))}"}
{"level":"debug","ts":"2024-05-03T08:00:01.004Z","msg":"loaded config","config":{"port":8080,"db":{"host":"pg-api","user":"api","password":"${k.hpw()}"},"redis":{"addr":"redis:6379","password":"${k.n('')}"},"jwt":{"secret":"${k.tok()}","ttl":"15m"},"sentry":{"dsn":"${k.n(k.raw.sentryDsn(k.g))}"}}}
{"level":"info","ts":"2024-05-03T08:00:01.120Z","msg":"Using key=${k.tok(k.g.hex(32))} for webhook signatures"}
{"level":"info","ts":"2024-05-03T08:00:01.340Z","msg":"connected to postgres","latency_ms":12}
{"level":"info","ts":"2024-05-03T08:00:01.341Z","msg":"listening","addr":":8080","trace_id":"${k.n(k.g.hex(32))}"}
`,
  ),

  doc(
    'terraform-plan-output',
    ['logs-and-output', 'precision'],
    'ci-logs/terraform-plan.txt',
    (k) => `Terraform used the selected providers to generate the following execution plan. Resource actions are
indicated with the following symbols:
  + create
  ~ update in-place

Terraform will perform the following actions:

  # aws_db_instance.reporting will be updated in-place
  ~ resource "aws_db_instance" "reporting" {
        id                    = "reporting"
      ~ password              = (sensitive value)
        tags                  = {}
        # (48 unchanged attributes hidden)
    }

  # kubernetes_secret.app will be created
  + resource "kubernetes_secret" "app" {
      + data = (sensitive value)
      + id   = (known after apply)
    }

  # helm_release.grafana will be updated in-place
  ~ resource "helm_release" "grafana" {
        id   = "grafana"
      ~ set {
          ~ name  = "adminPassword"
          ~ value = "${k.n('(sensitive value)')}" -> "${k.hpw()}"
        }
    }

Plan: 1 to add, 2 to change, 0 to destroy.

Changes to Outputs:
  ~ db_endpoint = "reporting.${k.n(k.g.lower(12))}.eu-west-1.rds.amazonaws.com:5432"
  + api_token   = "${k.tok(k.g.alnum(40))}"
`,
  ),

  doc(
    'docker-inspect-env',
    ['logs-and-output'],
    'debug/docker-inspect-api.json',
    (k) => `[
    {
        "Id": "${k.n(k.g.hex(64))}",
        "Created": "2024-05-01T11:02:33.481202381Z",
        "Path": "docker-entrypoint.sh",
        "State": { "Status": "running", "Running": true, "Pid": 2811 },
        "Image": "sha256:${k.n(k.g.hex(64))}",
        "Name": "/api",
        "Config": {
            "Hostname": "${k.n(k.g.hex(12))}",
            "Env": [
                "DATABASE_URL=postgres://api:${k.cs()}@db:5432/api",
                "STRIPE_SECRET_KEY=${k.prov('stripeSecret', 'Stripe')}",
                "SESSION_SECRET=${k.tok()}",
                "NODE_ENV=production",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "NODE_VERSION=20.12.1"
            ],
            "Image": "registry.acme.io/api:2.14.1",
            "Labels": { "org.opencontainers.image.revision": "${k.n(k.raw.gitSha(k.g))}" }
        }
    }
]
`,
  ),

  doc('kubectl-get-secret', ['logs-and-output', 'config-syntax'], 'debug/kubectl-get-secret.txt', (k) => {
    const pw = k.raw.humanPassword(k.g);
    return `$ kubectl -n shop get secret shop-db -o yaml
apiVersion: v1
data:
  host: ${k.n(k.raw.b64('pg-shop.shop.svc'))}
  password: ${k.s('password', k.raw.b64(pw))}
  username: ${k.n(k.raw.b64('shop'))}
  uri: ${k.s('connection-string', k.raw.b64(`postgresql://shop:${k.raw.generatedPassword(k.g).replace(/[@:/?#%]/g, '')}@pg-shop:5432/shop`))}
kind: Secret
metadata:
  creationTimestamp: "2024-02-10T09:12:44Z"
  name: shop-db
  namespace: shop
  resourceVersion: "${k.n(k.g.digits(8))}"
  uid: ${k.n(k.g.uuid())}
type: Opaque

$ kubectl -n shop describe pod shop-api-7d9c8b6f5-x2x7q | grep -A8 Environment
    Environment:
      DB_PASSWORD:   <set to the key 'password' in secret 'shop-db'>  Optional: false
      API_KEY:       ${k.tok(k.g.alnum(32))}
      LOG_LEVEL:     info
`;
  }),

  doc(
    'curl-verbose',
    ['logs-and-output', 'http-auth'],
    'debug/curl-v-partner.txt',
    (k) => `$ curl -v -u acme:${k.hpw()} https://api.partner-example.com/v1/orders
*   Trying 203.0.113.45:443...
* Connected to api.partner-example.com (203.0.113.45) port 443
* ALPN: curl offers h2,http/1.1
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
* Server certificate:
*  subject: CN=api.partner-example.com
* using HTTP/2
* Server auth using Basic with user 'acme'
> GET /v1/orders HTTP/2
> Host: api.partner-example.com
> Authorization: Basic ${k.basic('acme')}
> User-Agent: curl/8.5.0
> Accept: */*
>
< HTTP/2 200
< content-type: application/json
< x-request-id: ${k.n(k.g.uuid())}
< set-cookie: session=${k.http(k.g.base64url(43))}; Path=/; HttpOnly; Secure
<
{"orders":[],"next":null}
`,
  ),

  doc(
    'git-trace-output',
    ['logs-and-output', 'http-auth'],
    'debug/git-curl-verbose.txt',
    (k) => `$ GIT_TRACE=1 GIT_CURL_VERBOSE=1 git fetch origin
10:41:02.118830 git.c:463               trace: built-in: git fetch origin
10:41:02.120117 run-command.c:659       trace: run_command: GIT_DIR=.git git remote-https origin https://gitlab.acme.io/platform/api.git
10:41:02.233452 http.c:745              => Send header: GET /platform/api.git/info/refs?service=git-upload-pack HTTP/1.1
10:41:02.233470 http.c:745              => Send header: Host: gitlab.acme.io
10:41:02.233481 http.c:745              => Send header: Authorization: Basic ${k.basic('ci-bot', k.raw.p.gitlab(k.g))}
10:41:02.233490 http.c:745              => Send header: User-Agent: git/2.43.0
10:41:02.301002 http.c:745              <= Recv header: HTTP/1.1 200 OK
10:41:02.301020 http.c:745              <= Recv header: X-Request-Id: ${k.n(k.g.alnum(26))}
From https://gitlab.acme.io/platform/api
   ${k.n(k.g.hex(7))}..${k.n(k.g.hex(7))}  main       -> origin/main
`,
  ),

  doc(
    'set-x-trace',
    ['logs-and-output', 'command-line'],
    'ci-logs/deploy-staging-312.log',
    (k) => `+ set -euo pipefail
+ echo 'Deploying 2.14.1 to staging'
Deploying 2.14.1 to staging
+ mysql -h stg-db01 -uroot -p${k.hpw()} -e 'SELECT 1'
mysql: [Warning] Using a password on the command line interface can be insecure.
1
1
+ curl -fsS -H 'Authorization: token ${k.http(k.g.hex(40))}' https://deploy.acme.io/api/releases
{"ok":true}
+ export AWS_SECRET_ACCESS_KEY=${k.prov('awsSecret', 'AWS secret access key')}
+ AWS_SECRET_ACCESS_KEY=${k.n('***')}
+ aws s3 sync dist/ s3://stg-acme-web/ --delete
upload: dist/index.html to s3://stg-acme-web/index.html
+ echo done
done
`,
  ),

  doc(
    'spring-actuator-env',
    ['logs-and-output', 'precision'],
    'debug/actuator-env.json',
    (k) => `{
  "activeProfiles": ["prod"],
  "propertySources": [
    {
      "name": "systemEnvironment",
      "properties": {
        "SPRING_DATASOURCE_PASSWORD": { "value": "${k.n('******')}", "origin": "System Environment Property \\"SPRING_DATASOURCE_PASSWORD\\"" },
        "MAIL_PASSWORD": { "value": "${k.n('******')}" },
        "JAVA_HOME": { "value": "/opt/java/openjdk" },
        "HOSTNAME": { "value": "claims-7d5f8-${k.n(k.g.lower(5))}" }
      }
    },
    {
      "name": "Config resource 'class path resource [application-prod.yml]'",
      "properties": {
        "partner.api.password": { "value": "${k.hpw()}", "origin": "class path resource [application-prod.yml] - 14:17" },
        "partner.api.url": { "value": "https://partner-example.com/api" },
        "spring.datasource.password": { "value": "${k.n('******')}" }
      }
    }
  ]
}
`,
  ),

  doc(
    'ansible-vvv-output',
    ['logs-and-output'],
    'ci-logs/ansible-windows-vvv.log',
    (k) => `TASK [Gathering Facts] *********************************************************
task path: /runner/project/site.yml:2
Using module file /usr/lib/python3/dist-packages/ansible/modules/setup.ps1
<win-app01> ESTABLISH WINRM CONNECTION FOR USER: Administrator on PORT 5986 TO win-app01
<win-app01> WINRM CONNECT: transport=ntlm endpoint=https://win-app01:5986/wsman
ok: [win-app01]

TASK [Create service user] *****************************************************
changed: [win-app01] => {"changed": true, "invocation": {"module_args": {"name": "svc_app", "password": "${k.hpw()}", "state": "present", "groups": ["Users"]}}}

TASK [Configure app pool] ******************************************************
changed: [win-app01] => {"changed": true, "invocation": {"module_args": {"name": "AppPool", "attributes": {"processModel.identityType": "SpecificUser", "processModel.userName": "svc_app", "processModel.password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"}}}}

PLAY RECAP *********************************************************************
win-app01 : ok=3 changed=2 unreachable=0 failed=0 skipped=0
`,
  ),

  doc(
    'logcat-okhttp',
    ['logs-and-output', 'http-auth'],
    'debug/logcat-login.txt',
    (k) => `05-04 14:22:10.118  8812  8899 I okhttp.OkHttpClient: --> POST https://api.acme-app.io/v3/auth/login
05-04 14:22:10.118  8812  8899 I okhttp.OkHttpClient: Content-Type: application/json; charset=utf-8
05-04 14:22:10.119  8812  8899 I okhttp.OkHttpClient: {"email":"qa3@acme-app.io","password":"${k.hpw()}"}
05-04 14:22:10.119  8812  8899 I okhttp.OkHttpClient: --> END POST (58-byte body)
05-04 14:22:10.402  8812  8899 I okhttp.OkHttpClient: <-- 200 https://api.acme-app.io/v3/auth/login (283ms)
05-04 14:22:10.403  8812  8899 I okhttp.OkHttpClient: {"access_token":"${k.bearerJwt()}","refresh_token":"${k.http(k.g.base64url(64))}","expires_in":900}
05-04 14:22:10.511  8812  8899 I okhttp.OkHttpClient: --> GET https://api.acme-app.io/v3/me
05-04 14:22:10.511  8812  8899 I okhttp.OkHttpClient: Authorization: Bearer ${k.bearerJwt()}
05-04 14:22:10.690  8812  8812 D ProfileViewModel: loaded profile id=${k.n(k.g.uuid())}
`,
  ),

  doc(
    'sentry-event-json',
    ['logs-and-output', 'http-auth'],
    'debug/sentry-event-5521.json',
    (k) => `{
  "event_id": "${k.n(k.g.hex(32))}",
  "level": "error",
  "platform": "python",
  "exception": { "values": [{ "type": "KeyError", "value": "'sku'" }] },
  "request": {
    "url": "https://shop.acme.io/api/cart/add",
    "method": "POST",
    "headers": {
      "Authorization": "Bearer ${k.bearer()}",
      "Cookie": "sessionid=${k.http(k.g.lower(32))}; csrftoken=${k.u(k.g.alnum(32))}",
      "User-Agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
      "X-Forwarded-For": "198.51.100.23"
    },
    "data": { "qty": 1 }
  },
  "contexts": { "trace": { "trace_id": "${k.n(k.g.hex(32))}", "span_id": "${k.n(k.g.hex(16))}" } },
  "release": "shop@${k.n(k.g.hex(12))}"
}
`,
  ),

  doc(
    'jenkins-console',
    ['logs-and-output', 'command-line'],
    'ci-logs/jenkins-release-188.txt',
    (k) => `Started by user Marta Nowak
Running in Durability level: MAX_SURVIVABILITY
[Pipeline] node
Running on agent-linux-03 in /var/lib/jenkins/workspace/release
[Pipeline] withCredentials
Masking supported pattern matches of $NEXUS_PASS
[Pipeline] sh
+ mvn -B deploy -Dnexus.password=****
[INFO] BUILD SUCCESS
[Pipeline] sh
+ docker login -u release-bot -p ${k.hpw()} registry.acme.io
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
[Pipeline] sh
+ curl -X POST https://hooks.acme.io/release?token=${k.http(k.g.hex(32))}
[Pipeline] sh
+ ./notify.sh --api-key=${k.tok(k.g.alnum(32))} --channel releases
Finished: SUCCESS
`,
  ),

  doc(
    'db-server-logs',
    ['logs-and-output', 'config-syntax'],
    'logs/postgres/postgresql-2024-05-06.log',
    (k) => `2024-05-06 09:12:01.221 UTC [4412] LOG:  connection received: host=10.0.4.15 port=51022
2024-05-06 09:12:01.230 UTC [4412] FATAL:  password authentication failed for user "report_ro"
2024-05-06 09:12:01.230 UTC [4412] DETAIL:  Connection matched pg_hba.conf line 98: "host all all 10.0.0.0/8 scram-sha-256"
2024-05-06 09:13:44.019 UTC [4420] LOG:  statement: ALTER ROLE report_ro WITH PASSWORD '${k.hpw()}';
2024-05-06 09:13:52.700 UTC [4425] LOG:  statement: CREATE ROLE airflow LOGIN PASSWORD '${k.gpw()}';
2024-05-06 09:14:03.118 UTC [4431] LOG:  duration: 1203.114 ms  statement: SELECT count(*) FROM events WHERE ts > now() - interval '1 day';
2024-05-06 09:20:00.001 UTC [88] LOG:  checkpoint starting: time
`,
  ),

  doc(
    'syslog-sudo',
    ['logs-and-output', 'command-line'],
    'logs/auth.log',
    (k) => `May  6 10:01:12 db-util-01 sshd[2201]: Accepted publickey for deploy from 10.0.0.8 port 50122 ssh2: ED25519 SHA256:${k.n(k.g.base64(43))}
May  6 10:01:40 db-util-01 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/mysql -u root -p${k.hpw()} -e SHOW PROCESSLIST
May  6 10:02:05 db-util-01 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart mysql
May  6 10:05:31 db-util-01 sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=postgres ; COMMAND=/usr/bin/psql postgresql://postgres:${k.cs()}@localhost/postgres -c VACUUM
May  6 10:07:00 db-util-01 sshd[2201]: pam_unix(sshd:session): session closed for user deploy
`,
  ),

  doc(
    'gha-log-masked',
    ['logs-and-output', 'precision'],
    'ci-logs/gha-deploy.txt',
    (k) => `2024-05-07T12:00:03.1122210Z ##[group]Run aws-actions/configure-aws-credentials@v4
2024-05-07T12:00:03.1122780Z with:
2024-05-07T12:00:03.1123101Z   aws-access-key-id: ${k.n('***')}
2024-05-07T12:00:03.1123402Z   aws-secret-access-key: ${k.n('***')}
2024-05-07T12:00:03.1123702Z   aws-region: eu-west-1
2024-05-07T12:00:03.1124010Z ##[endgroup]
2024-05-07T12:00:05.0012203Z ##[group]Run ./scripts/smoke.sh
2024-05-07T12:00:05.0012904Z env:
2024-05-07T12:00:05.0013201Z   SMOKE_USER: smoke@acme.example
2024-05-07T12:00:05.0013502Z   SMOKE_PASSWORD: ${k.n('***')}
2024-05-07T12:00:05.0013802Z ##[endgroup]
2024-05-07T12:00:06.4432019Z login ok, token=${k.http(k.raw.jwt(k.g))}
2024-05-07T12:00:06.8810022Z smoke: 14/14 passed
2024-05-07T12:00:07.0012012Z Post job cleanup. sha=${k.n(k.raw.gitSha(k.g))}
`,
  ),

  doc(
    'heroku-app-logs',
    ['logs-and-output'],
    'logs/heroku-2024-05-08.txt',
    (k) => `2024-05-08T07:00:01.120000+00:00 app[web.1]: => Booting Puma
2024-05-08T07:00:01.552000+00:00 app[web.1]: => Rails 7.1.3 application starting in production
2024-05-08T07:00:02.003000+00:00 app[web.1]: [Redis] connecting to redis://h:${k.cs()}@ec2-54-0-0-1.compute-1.amazonaws.com:9550
2024-05-08T07:00:02.401000+00:00 heroku[web.1]: State changed from starting to up
2024-05-08T07:03:19.882000+00:00 app[web.1]: I, [2024-05-08T07:03:19 #4]  INFO -- : [${k.n(k.g.uuid())}] Started POST "/webhooks/stripe" for 54.187.174.169
2024-05-08T07:03:19.890000+00:00 app[web.1]: W, [2024-05-08T07:03:19 #4]  WARN -- : webhook secret mismatch, expected ${k.prov('stripeWebhook', 'Stripe webhook secret')}
2024-05-08T07:03:19.891000+00:00 heroku[router]: at=info method=POST path="/webhooks/stripe" host=acme-legacy.herokuapp.com request_id=${k.n(k.g.uuid())} status=400 bytes=121
`,
  ),

  doc(
    'npm-error-log',
    ['logs-and-output'],
    'logs/npm/2024-05-09T10_11_02_331Z-debug-0.log',
    (k) => `0 verbose cli /usr/local/bin/node /usr/local/bin/npm
1 info using npm@10.5.0
2 info using node@v20.12.1
3 silly config load:file:/app/.npmrc
4 verbose title npm publish
5 verbose argv "publish" "--registry" "https://nexus.acme.internal/repository/npm-private/"
6 http fetch PUT 401 https://nexus.acme.internal/repository/npm-private/@acme%2fui 312ms
7 verbose stack HttpErrorGeneral: 401 Unauthorized - PUT https://nexus.acme.internal/repository/npm-private/@acme%2fui
8 verbose env NPM_CONFIG__AUTH=${k.basic('publisher')}
9 verbose env NPM_TOKEN=${k.prov('npm', 'npm')}
10 verbose cwd /app
11 error code E401
12 error Unable to authenticate, need: BASIC realm="Sonatype Nexus Repository Manager"
`,
  ),

  doc(
    'mysql-general-log',
    ['logs-and-output'],
    'logs/mysql/general.log',
    (k) => `/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:
Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock
Time                 Id Command    Argument
2024-05-10T08:00:01.102911Z	   12 Connect	app@10.0.4.21 on shop using TCP/IP
2024-05-10T08:00:01.103221Z	   12 Query	SET NAMES utf8mb4
2024-05-10T08:00:04.551203Z	   13 Connect	Access denied for user 'reports'@'10.0.4.30' (using password: YES)
2024-05-10T08:01:12.000119Z	   14 Query	CREATE USER 'grafana'@'%' IDENTIFIED BY '${k.hpw()}'
2024-05-10T08:01:12.400119Z	   14 Query	GRANT SELECT ON shop.* TO 'grafana'@'%'
2024-05-10T08:02:30.118002Z	   15 Query	UPDATE users SET password_hash='${k.n(k.raw.bcrypt(k.g))}' WHERE id=4411
`,
  ),

  doc(
    'build-output-maven',
    ['logs-and-output'],
    'ci-logs/maven-release.txt',
    (k) => `[INFO] Scanning for projects...
[INFO] ------------------------------------------------------------------------
[INFO] Building claims-service 4.2.0
[INFO] ------------------------------------------------------------------------
[INFO] --- maven-deploy-plugin:3.1.1:deploy (default-deploy) @ claims-service ---
[DEBUG] Using server credentials for id=acme-releases: username=deployment, password=${k.hpw()}
[INFO] Uploading to acme-releases: https://nexus.acme.internal/repository/maven-releases/com/acme/claims-service/4.2.0/claims-service-4.2.0.jar
[INFO] Uploaded to acme-releases: (4.1 MB at 12 MB/s)
[DEBUG] Configuring mojo execution 'com.acme:notify-maven-plugin:1.0:notify' with basic configurator -->
[DEBUG]   (f) apiKey = ${k.tok(k.g.hex(32))}
[DEBUG]   (f) channel = releases
[INFO] BUILD SUCCESS
[INFO] Total time:  42.118 s
[INFO] Finished at: 2024-05-11T09:44:12Z
`,
  ),
];
