// rw-held-out2 files part: more output where credentials surface (access logs, verbose CLI output, Terraform
// and Helm output, crash reports, Redis MONITOR, Postgres logs, heroku config, build logs).
import type { RealWorldDoc } from '../types';
import { fdoc } from './filesKit';

export const FILES_LOGS2_DOCS: RealWorldDoc[] = [
  fdoc(
    'nginx-access-log',
    ['logs-and-output'],
    'logs/nginx/access.log',
    (k) => `203.0.113.14 - - [30/Nov/2026:07:55:01 +0000] "GET /static/app.${k.n(k.g.hex(8))}.js HTTP/2.0" 200 48211 "-" "Mozilla/5.0"
198.51.100.7 - - [30/Nov/2026:07:55:03 +0000] "GET /api/v1/export?format=csv&access_token=${k.sec('http-auth', k.g.alnum(40))} HTTP/1.1" 200 90211 "-" "python-requests/2.31"
198.51.100.7 - - [30/Nov/2026:07:55:09 +0000] "POST /oauth/token HTTP/1.1" 200 612 "-" "curl/8.4.0"
192.0.2.55 - ${k.n('-')} [30/Nov/2026:07:56:12 +0000] "GET /reset-password?token=${k.sec('http-auth', k.g.base64url(32))} HTTP/1.1" 302 0 "https://mail.example.com/" "Mozilla/5.0"
192.0.2.80 - - [30/Nov/2026:07:57:40 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
192.0.2.81 - - [30/Nov/2026:07:57:44 +0000] "GET /assets/logo.svg?v=${k.n(k.g.hex(10))} HTTP/1.1" 304 0 "-" "Mozilla/5.0"
`,
  ),

  fdoc(
    'curl-verbose-output',
    ['logs-and-output'],
    'support/curl-v.txt',
    (k) => `*   Trying 104.18.12.33:443...
* Connected to api.vendor.example (104.18.12.33) port 443
* ALPN: curl offers h2,http/1.1
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
* Server certificate:
*  subject: CN=api.vendor.example
> GET /v2/accounts/me HTTP/2
> Host: api.vendor.example
> Authorization: Basic ${k.basic('acme-integration')}
> User-Agent: curl/8.4.0
> Accept: */*
>
< HTTP/2 200
< content-type: application/json
< set-cookie: vendor_session=${k.http(k.g.base64url(48))}; Path=/; HttpOnly; Secure
< x-request-id: ${k.nUuid()}
< etag: W/"${k.n(k.g.hex(40))}"
<
{"id":"acct_${k.n(k.g.alnum(14))}","name":"Acme Corp","plan":"enterprise"}
`,
  ),

  fdoc(
    'terraform-plan-output',
    ['logs-and-output', 'precision'],
    'ci/terraform-plan.txt',
    (k) => `Terraform will perform the following actions:

  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id                  = "app-prod"
      ~ password            = ${k.n('(sensitive value)')}
        tags                = {}
    }

  # aws_ssm_parameter.api_key will be created
  + resource "aws_ssm_parameter" "api_key" {
      + arn       = (known after apply)
      + name      = "/app/prod/api-key"
      + type      = "SecureString"
      + value     = ${k.n('(sensitive value)')}
    }

  # kubernetes_secret.app will be created
  + resource "kubernetes_secret" "app" {
      + data = {
          + "REDIS_PASSWORD" = "${k.gpw()}"
        }
    }

Plan: 1 to add, 1 to change, 0 to destroy.
Saved the plan to: tfplan (checksum ${k.nSha()})
`,
  ),

  fdoc(
    'helm-get-values',
    ['logs-and-output'],
    'support/helm-get-values.txt',
    (k) => `$ helm get values keycloak -n auth
USER-SUPPLIED VALUES:
auth:
  adminUser: admin
  adminPassword: ${k.hpw()}
externalDatabase:
  host: pg-auth.prod
  user: keycloak
  password: ${k.gpw()}
  existingSecret: "${k.n('keycloak-db')}"
extraEnvVars:
  - name: KC_SPI_EVENTS_LISTENER_WEBHOOK_SECRET
    value: ${k.tok()}
  - name: KC_HOSTNAME
    value: id.acme.example
`,
  ),

  fdoc(
    'heroku-config-output',
    ['logs-and-output'],
    'support/heroku-config.txt',
    (k) => `$ heroku config -a acme-storefront
=== acme-storefront Config Vars
CLOUDINARY_URL:        cloudinary://${k.n(k.g.digits(15))}:${k.cs(k.g.base64url(27))}@acme
DATABASE_URL:          postgres://${k.n(k.g.lower(14))}:${k.cs(k.g.hex(64))}@ec2-54-75-12-9.eu-west-1.compute.amazonaws.com:5432/${k.n(k.g.lower(14))}
LANG:                  en_US.UTF-8
HEROKU_SLUG_COMMIT:    ${k.nGit()}
PAPERTRAIL_API_TOKEN:  ${k.tok(k.g.alnum(20))}
RACK_ENV:              production
REDIS_URL:             rediss://:${k.cs(k.g.hex(64))}@ec2-34-241-1-2.eu-west-1.compute.amazonaws.com:12819
SECRET_KEY_BASE:       ${k.tok(k.g.hex(128))}
SHOPIFY_API_SECRET:    ${k.prov('shopify', 'Shopify access token')}
`,
  ),

  fdoc(
    'redis-monitor-output',
    ['logs-and-output'],
    'support/redis-monitor.txt',
    (k) => `OK
1764493201.112233 [0 10.0.2.15:51234] "AUTH" "${k.gpw()}"
1764493201.113001 [0 10.0.2.15:51234] "SELECT" "2"
1764493201.115210 [2 10.0.2.15:51234] "HGET" "apikey:${k.n(k.g.hex(16))}" "hash"
1764493201.120442 [2 10.0.2.15:51234] "GET" "sess:${k.u(k.g.hex(32))}"
1764493201.130980 [2 10.0.2.15:51234] "SETEX" "ratelimit:203.0.113.9" "60" "14"
1764493202.004411 [0 10.0.2.16:40112] "AUTH" "default" "${k.hpw()}"
1764493202.100221 [0 10.0.2.16:40112] "PING"
`,
  ),

  fdoc(
    'postgres-log-statements',
    ['logs-and-output'],
    'logs/postgresql-Sat.log',
    (k) => `2026-11-29 02:00:01.221 UTC [21881] LOG:  checkpoint starting: time
2026-11-29 02:03:12.004 UTC [22104] admin@postgres LOG:  statement: ALTER ROLE app_rw WITH PASSWORD '${k.hpw()}';
2026-11-29 02:03:12.019 UTC [22104] admin@postgres LOG:  statement: CREATE ROLE metabase LOGIN PASSWORD '${k.gpw()}';
2026-11-29 02:03:40.551 UTC [22110] app_rw@app FATAL:  password authentication failed for user "app_rw"
2026-11-29 02:03:40.551 UTC [22110] app_rw@app DETAIL:  Connection matched pg_hba.conf line 99: "host all all 10.0.0.0/8 scram-sha-256"
2026-11-29 02:05:00.010 UTC [22150] admin@postgres LOG:  statement: ALTER ROLE legacy PASSWORD '${k.n('SCRAM-SHA-256$4096:' + k.g.base64(24) + '$' + k.g.base64(44) + ':' + k.g.base64(44))}';
`,
  ),

  fdoc(
    'android-crash-report',
    ['logs-and-output'],
    'crashes/crash-2026-11-27.txt',
    (k) => `--------- beginning of crash
11-27 14:22:03.771  8812  8840 E AndroidRuntime: FATAL EXCEPTION: OkHttp Dispatcher
11-27 14:22:03.771  8812  8840 E AndroidRuntime: Process: com.acme.shop, PID: 8812
11-27 14:22:03.771  8812  8840 E AndroidRuntime: java.lang.IllegalStateException: unexpected response 403 for https://api.shop.example.com/v3/cart
11-27 14:22:03.771  8812  8840 E AndroidRuntime: 	at com.acme.shop.net.ApiClient.execute(ApiClient.kt:141)
11-27 14:22:03.772  8812  8840 D OkHttp  : --> GET https://api.shop.example.com/v3/cart
11-27 14:22:03.772  8812  8840 D OkHttp  : Authorization: Bearer ${k.jwt()}
11-27 14:22:03.772  8812  8840 D OkHttp  : X-Device-Id: ${k.nUuid()}
11-27 14:22:03.773  8812  8840 D OkHttp  : Cookie: __cf_bm=${k.n(k.g.base64url(43))}; shop_session=${k.http(k.g.hex(48))}
11-27 14:22:03.774  8812  8840 I Crashlytics: Crash report ${k.n(k.g.hex(32))} queued
`,
  ),

  fdoc(
    'gradle-build-output',
    ['logs-and-output'],
    'ci/gradle-build.log',
    (k) => `> Configure project :app
w: file:///build/app/build.gradle.kts:41:9: 'setter for isMinifyEnabled' is deprecated
Signing config release: storeFile=/build/keys/release.jks, storePassword=${k.hpw()}, keyAlias=upload, keyPassword=${k.hpw()}
> Task :app:compileReleaseKotlin
> Task :app:bundleRelease
> Task :app:publishBundle
Uploading to Play Console with service account play-publisher@acme-mobile.iam.gserviceaccount.com
BUILD SUCCESSFUL in 4m 12s
87 actionable tasks: 87 executed
Build scan: https://gradle.com/s/${k.n(k.g.lower(13))}
`,
  ),

  fdoc(
    'ansible-vvv-output',
    ['logs-and-output'],
    'ci/ansible-deploy.log',
    (k) => `TASK [mysql : create application user] *****************************************
task path: /ansible/roles/mysql/tasks/main.yml:22
<db1.acme.lan> ESTABLISH SSH CONNECTION FOR USER: deploy
changed: [db1.acme.lan] => {
    "changed": true,
    "invocation": {
        "module_args": {
            "name": "shop",
            "password": "${k.hpw()}",
            "login_password": "${k.n('VALUE_SPECIFIED_IN_NO_LOG_PARAMETER')}",
            "priv": "shop.*:ALL",
            "host": "%"
        }
    },
    "user": "shop"
}

TASK [app : write env file] ****************************************************
ok: [web1.acme.lan] => {"changed": false, "checksum": "${k.n(k.g.hex(40))}", "dest": "/opt/shop/.env", "mode": "0600"}
`,
  ),

  fdoc(
    'aws-cli-debug',
    ['logs-and-output'],
    'support/aws-debug.txt',
    (k) => `2026-11-30 12:01:44,118 - MainThread - botocore.credentials - DEBUG - Looking for credentials via: env
2026-11-30 12:01:44,119 - MainThread - botocore.credentials - INFO - Found credentials in environment variables.
2026-11-30 12:01:44,302 - MainThread - botocore.auth - DEBUG - CanonicalRequest:
GET
/
Action=GetCallerIdentity&Version=2011-06-15
host:sts.amazonaws.com
x-amz-date:20261130T120144Z

host;x-amz-date
${k.n(k.g.hex(64))}
2026-11-30 12:01:44,303 - MainThread - botocore.auth - DEBUG - Signature:
${k.n(k.g.hex(64))}
2026-11-30 12:01:44,304 - MainThread - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest method=POST, url=https://sts.amazonaws.com/, headers={'Authorization': b'AWS4-HMAC-SHA256 Credential=${k.u(k.r.pv.awsKeyId(k.g))}/20261130/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=${k.n(k.g.hex(64))}'}>
2026-11-30 12:01:44,310 - MainThread - awscli.customizations - DEBUG - env dump AWS_SECRET_ACCESS_KEY=${k.prov('awsSecret', 'AWS secret access key')}
`,
  ),

  fdoc(
    'jenkins-console-output',
    ['logs-and-output'],
    'ci/jenkins-console-1932.txt',
    (k) => `Started by user Jane Doe
Running as SYSTEM
[Pipeline] withCredentials
Masking supported pattern matches of ${k.n('$REGISTRY_CREDS')} or $REGISTRY_CREDS_PSW
[Pipeline] sh
+ docker login -u ci -p ${k.n('****')} registry.acme.internal
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
[Pipeline] sh
+ mvn -B deploy -Dartifactory.password=${k.gpw()} -Dsonar.login=${k.tok('squ_' + k.g.hex(40))}
[INFO] BUILD SUCCESS
[Pipeline] sh
+ ssh -i /tmp/deploy_key deploy@app1 'sudo systemctl restart app'
+ echo ${k.sec('private-key', k.r.b64(k.r.privateKey(k.g, 'ec')))} | base64 -d > /tmp/deploy_key
Finished: SUCCESS
`,
  ),
];
