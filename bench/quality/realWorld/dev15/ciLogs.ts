// Job output: set -x traces, docker login lines, npm config dumps, env | sort, printenv, Gradle/Maven debug
// output, curl -v headers, Terraform plan/apply, Ansible -vvv, Helm --debug manifests, kubectl describe,
// failing tests that print connection strings, JUnit XML.
import type { RealWorldDoc } from '../types';
import { ciDoc, V } from './ciValues';

export const CI_LOG_DOCS: RealWorldDoc[] = [
  ciDoc(
    'log-env-sort-dump',
    ['logs-and-output', 'precision'],
    'logs/debug-env-step.txt',
    (k) => `$ env | sort
BUILD_ID=${k.n(V.buildId(k.g))}
CI=true
CI_COMMIT_SHA=${k.n(V.sha1(k.g))}
CI_JOB_TOKEN=${k.n('[MASKED]')}
CI_PIPELINE_ID=${k.n(k.g.digits(9))}
CI_REGISTRY_PASSWORD=${k.n('[MASKED]')}
DEPLOY_DB_PASSWORD=${k.pw()}
DOCKER_AUTH_CONFIG={"auths":{"registry.orbitly.io":{"auth":"${k.basic('ci')}"}}}
GOPATH=/go
GOPROXY=https://proxy.golang.org,direct
HOME=/root
HOSTNAME=runner-${k.n(k.g.lower(8))}-project-77-concurrent-0
MAILGUN_API_KEY=${k.prov('Mailgun API key', `key-${k.g.hex(32)}`)}
PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
PWD=/builds/orbitly/api
RUNNER_TEMP_PROJECT_DIR=/builds/orbitly/api.tmp
SHLVL=2
STRIPE_WEBHOOK_SECRET=${k.prov('Stripe webhook signing secret', `whsec_${k.g.alnum(32)}`)}
TZ=UTC
_=/usr/bin/env
`,
  ),

  ciDoc(
    'log-printenv-github-runner',
    ['logs-and-output', 'precision'],
    'logs/printenv-debug-step.txt',
    (k) => `Run printenv
ACTIONS_CACHE_URL=https://acghubeus1.actions.githubusercontent.com/${k.n(k.g.alnum(40))}/
ACTIONS_RUNTIME_TOKEN=${k.u(V.jwt(k.g, { nameid: 'dddddddd', scp: 'Actions.GenericRead:00000000', iss: 'vstoken.actions.githubusercontent.com' }))}
ACTIONS_RUNTIME_URL=https://pipelinesghubeus2.actions.githubusercontent.com/${k.n(k.g.alnum(40))}/
GITHUB_ACTION=__run_2
GITHUB_ACTOR=dependabot[bot]
GITHUB_RUN_ID=${k.n(V.runId(k.g))}
GITHUB_RUN_NUMBER=${k.n(k.g.digits(4))}
GITHUB_SHA=${k.n(V.sha1(k.g))}
GITHUB_TOKEN=${k.n('***')}
HOMEBREW_NO_AUTO_UPDATE=1
ImageOS=ubuntu22
LOAD_TEST_PASSWORD=${k.hpw()}
PARTNER_SFTP_PASS=${k.spw()}
RUNNER_NAME=GitHub Actions 41
RUNNER_OS=Linux
RUNNER_TRACKING_ID=github_${k.n(k.g.uuid())}
`,
  ),

  ciDoc(
    'log-npm-config-list',
    ['logs-and-output', 'credential-file', 'precision'],
    'logs/npm-config-debug.txt',
    (k) => `$ npm config list -l | grep -v '^;'
$ cat ~/.npmrc
@orbitly:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${k.prov('GitHub personal access token', V.ghPat(k.g))}
//registry.npmjs.org/:_authToken=${k.prov('npm access token', V.npm(k.g))}
//nexus.orbitly.internal/repository/npm-group/:_auth=${k.basic('ci-npm')}
always-auth=true
$ npm config list
; "user" config from /home/runner/.npmrc

//npm.pkg.github.com/:_authToken = (protected)
//registry.npmjs.org/:_authToken = (protected)
@orbitly:registry = "https://npm.pkg.github.com/"

; node bin location = /opt/hostedtoolcache/node/20.11.0/x64/bin/node
; node version = v20.11.0
; npm local prefix = /home/runner/work/web/web
; npm version = 10.2.4
; cwd = /home/runner/work/web/web
`,
  ),

  ciDoc(
    'log-docker-login-variants',
    ['logs-and-output', 'command-line'],
    'logs/release-job-1182.txt',
    (k) => `+ docker login -u orbitlyci -p ${k.prov('Docker Hub personal access token', V.dockerPat(k.g))}
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
WARNING! Your password will be stored unencrypted in /root/.docker/config.json.
Configure a credential helper to remove this warning. See
https://docs.docker.com/engine/reference/commandline/login/#credentials-store

Login Succeeded
+ docker login --username AWS --password ${k.u(V.jwt(k.g, { iss: 'ecr' }).slice(0, 30))} 112233445566.dkr.ecr.eu-west-1.amazonaws.com
Login Succeeded
+ docker login quay.io --username=orbitly+ci --password=${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 64))}
Login Succeeded
+ docker push orbitly/api:1.42.0
The push refers to repository [docker.io/orbitly/api]
5f70bf18a086: Pushed
1.42.0: digest: ${k.n(V.digest(k.g))} size: 2416
`,
  ),

  ciDoc(
    'log-gradle-debug',
    ['logs-and-output', 'precision'],
    'logs/gradle-publish-debug.log',
    (k) => `2026-11-27T14:22:01.118+0000 [DEBUG] [org.gradle.api.internal.artifacts.repositories.transport.RepositoryTransportFactory] Creating transport for maven repository 'nexus'
2026-11-27T14:22:01.120+0000 [DEBUG] [org.gradle.internal.resource.transport.http.HttpClientConfigurer] Using Credentials [username: deployer, password: ${k.n('******')}] for authenticating against 'nexus.kraken.lan:443:null'
2026-11-27T14:22:01.344+0000 [DEBUG] [org.apache.http.headers] http-outgoing-3 >> PUT /repository/maven-snapshots/com/kraken/core/2.0.0-SNAPSHOT/core-2.0.0-20261127.142201-3.jar HTTP/1.1
2026-11-27T14:22:01.344+0000 [DEBUG] [org.apache.http.headers] http-outgoing-3 >> Authorization: Basic ${k.basic('deployer')}
2026-11-27T14:22:01.345+0000 [DEBUG] [org.apache.http.headers] http-outgoing-3 >> User-Agent: Gradle/8.5 (Linux;6.2.0-1016-azure;amd64) (Eclipse Adoptium;17.0.9;17.0.9+9)
2026-11-27T14:22:01.702+0000 [DEBUG] [org.apache.http.headers] http-outgoing-3 << HTTP/1.1 201 Created
2026-11-27T14:22:01.702+0000 [DEBUG] [org.apache.http.headers] http-outgoing-3 << X-Checksum-Sha1: ${k.n(V.sha1(k.g))}
2026-11-27T14:22:01.702+0000 [DEBUG] [org.apache.http.headers] http-outgoing-3 << ETag: "${k.n(k.g.hex(32))}"
2026-11-27T14:22:02.011+0000 [LIFECYCLE] [class org.gradle.internal.buildevents.TaskExecutionLogger] > Task :core:publishMavenPublicationToNexusRepository
2026-11-27T14:22:02.013+0000 [INFO] [org.gradle.api.Project] Gradle property signing.password=${k.hpw()} (from -P)
`,
  ),

  ciDoc(
    'log-maven-x-settings',
    ['logs-and-output', 'precision'],
    'logs/mvn-X-deploy.log',
    (k) => `[DEBUG] Reading global settings from /usr/share/maven/conf/settings.xml
[DEBUG] Reading user settings from /home/ci/.m2/settings.xml
[DEBUG] Using local repository at /home/ci/.m2/repository
[DEBUG] Goal:          org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy (default-deploy)
[DEBUG] Configuring mojo org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy from plugin realm
[DEBUG]   (f) altDeploymentRepository = releases::https://artifactory.kraken.lan/artifactory/libs-release
[DEBUG] Using connector BasicRepositoryConnector with priority 0.0 for https://artifactory.kraken.lan/artifactory/libs-release with username=ci-maven, password=${k.gpw()}
[DEBUG] Using transporter HttpTransporter with priority 5.0 for https://artifactory.kraken.lan/artifactory/libs-release
[DEBUG] Using connector BasicRepositoryConnector with priority 0.0 for https://repo.maven.apache.org/maven2 with username=, password=${k.n('***')}
[DEBUG] Property sonar.login=${k.prov('SonarQube token', V.sonar(k.g))}
[DEBUG] Property env.JFROG_API_KEY=${k.prov('JFrog Artifactory API key', V.artifactoryKey(k.g))}
[INFO] Uploading to releases: https://artifactory.kraken.lan/artifactory/libs-release/com/kraken/core/2.0.0/core-2.0.0.pom
[DEBUG] Writing tracking file /home/ci/.m2/repository/com/kraken/core/2.0.0/_remote.repositories
[DEBUG] sha1 = ${k.n(V.sha1(k.g))}
`,
  ),

  ciDoc(
    'log-curl-verbose',
    ['logs-and-output', 'http-auth', 'command-line'],
    'logs/smoke-test-curl-v.txt',
    (k) => `+ curl -v -u svc-smoke:${k.spw()} https://api.staging.tessera.shop/v1/health
*   Trying 203.0.113.44:443...
* Connected to api.staging.tessera.shop (203.0.113.44) port 443 (#0)
* ALPN: offers h2,http/1.1
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
* Server certificate:
*  subject: CN=api.staging.tessera.shop
*  SSL certificate verify ok.
* Server auth using Basic with user 'svc-smoke'
> GET /v1/health HTTP/2
> Host: api.staging.tessera.shop
> authorization: Basic ${k.basic('svc-smoke')}
> user-agent: curl/8.5.0
> accept: */*
>
< HTTP/2 200
< content-type: application/json
< x-request-id: ${k.n(k.g.uuid())}
< set-cookie: sessionid=${k.http(k.g.alnum(32))}; HttpOnly; Secure; Path=/
< etag: W/"${k.n(k.g.hex(27))}"
<
{"status":"ok","version":"4.12.0","commit":"${k.n(V.short(k.g))}"}
+ curl -sv -H "X-Api-Key: ${k.http(k.g.hex(32))}" https://api.staging.tessera.shop/v1/orders?limit=1 -o /dev/null
> GET /v1/orders?limit=1 HTTP/2
> x-api-key: ${k.n('[redacted by curl-wrapper]')}
< HTTP/2 200
`,
  ),

  ciDoc(
    'log-terraform-apply',
    ['logs-and-output', 'precision'],
    'logs/terraform-apply-prod.txt',
    (k) => `Terraform used the selected providers to generate the following execution plan. Resource actions are
indicated with the following symbols:
  + create
  ~ update in-place

Terraform will perform the following actions:

  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id                       = "db-${k.n(k.g.upper(26))}"
      ~ password                 = (sensitive value)
        # (48 unchanged attributes hidden)
    }

  # random_password.redis will be created
  + resource "random_password" "redis" {
      + id          = (known after apply)
      + length      = 32
      + result      = (sensitive value)
    }

  # kubernetes_secret.app will be created
  + resource "kubernetes_secret" "app" {
      + data = {
          + "API_KEY"      = "${k.tok()}"
          + "DB_PASSWORD"  = (sensitive value)
        }
      + id   = (known after apply)
    }

  # aws_iam_access_key.ci will be created
  + resource "aws_iam_access_key" "ci" {
      + id                             = (known after apply)
      + secret                         = (sensitive value)
      + user                           = "ci-uploader"
    }

Plan: 3 to add, 1 to change, 0 to destroy.

Outputs:

grafana_admin_password = "${k.hpw()}"
rds_endpoint = "main.${k.n(k.g.lower(12))}.eu-central-1.rds.amazonaws.com:5432"
state_lock_id = "${k.n(k.g.uuid())}"
`,
  ),

  ciDoc(
    'log-ansible-vvv',
    ['logs-and-output', 'command-line', 'precision'],
    'logs/ansible-deploy-vvv.log',
    (k) => `TASK [app : Create application database user] ************************************
task path: /builds/ops/ansible/roles/app/tasks/db.yml:12
<10.20.1.31> ESTABLISH SSH CONNECTION FOR USER: deploy
<10.20.1.31> SSH: EXEC sshpass -d12 ssh -C -o ControlMaster=auto -o ControlPersist=60s -o 'User="deploy"' -o ConnectTimeout=10 10.20.1.31 '/bin/sh -c '"'"'echo ~deploy && sleep 0'"'"''
changed: [db01] => {
    "changed": true,
    "invocation": {
        "module_args": {
            "login_host": "localhost",
            "login_password": "${k.hpw()}",
            "login_user": "postgres",
            "name": "orders",
            "password": "${k.n('VALUE_SPECIFIED_IN_NO_LOG_PARAMETER')}",
            "priv": "ALL",
            "db": "orders"
        }
    },
    "user": "orders"
}

TASK [app : Template .env] ********************************************************
changed: [app01] => {"changed": true, "checksum": "${k.n(V.sha1(k.g))}", "dest": "/srv/orders/.env", "md5sum": "${k.n(k.g.hex(32))}", "mode": "0600"}

TASK [app : Debug vars] ***********************************************************
ok: [app01] => {
    "orders_rabbitmq_password": "${k.gpw()}"
}
ok: [app01] => {
    "vault_orders_db_password": "${k.n('VARIABLE IS NOT DEFINED!')}"
}
`,
  ),

  ciDoc(
    'log-helm-debug-rendered',
    ['logs-and-output', 'config-syntax', 'precision'],
    'logs/helm-upgrade-debug.txt',
    (k) => `history.go:56: [debug] getting history for release orders
upgrade.go:153: [debug] preparing upgrade for orders
upgrade.go:161: [debug] performing update for orders
upgrade.go:324: [debug] creating upgraded release for orders
client.go:393: [debug] checking 7 resources for changes
Release "orders" has been upgraded. Happy Helming!
NAME: orders
LAST DEPLOYED: Tue Dec  1 11:02:45 2026
NAMESPACE: orders-prod
STATUS: deployed
REVISION: 58
USER-SUPPLIED VALUES:
image:
  tag: ${k.n(V.short(k.g))}
postgresql:
  auth:
    password: ${k.hpw()}
    existingSecret: ""
secrets:
  jwtSigningKey: ${k.tok()}

COMPUTED VALUES:
replicaCount: 3

HOOKS:
MANIFEST:
---
# Source: orders/templates/secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: orders
type: Opaque
data:
  DB_PASSWORD: ${k.s('password', V.b64(V.human(k.g)))}
  JWT_SIGNING_KEY: ${k.s('token', V.b64(k.g.alnum(40)))}
---
# Source: orders/templates/configmap.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: orders-config
data:
  LOG_LEVEL: info
  CONFIG_CHECKSUM: ${k.n(V.sha256(k.g))}
`,
  ),

  ciDoc(
    'log-kubectl-describe',
    ['logs-and-output', 'precision'],
    'logs/kubectl-describe-pod.txt',
    (k) => `$ kubectl -n orders-prod describe pod orders-7d9c6b6f5-xk2lp
Name:             orders-7d9c6b6f5-xk2lp
Namespace:        orders-prod
Priority:         0
Service Account:  orders
Node:             ip-10-0-3-17.eu-central-1.compute.internal/10.0.3.17
Labels:           app=orders
                  pod-template-hash=7d9c6b6f5
Annotations:      checksum/config: ${k.n(V.sha256(k.g))}
Status:           Running
Containers:
  app:
    Image:          harbor.quanto.io/quanto/orders:${k.n(V.short(k.g))}
    Image ID:       harbor.quanto.io/quanto/orders@${k.n(V.digest(k.g))}
    Environment:
      SPRING_PROFILES_ACTIVE:      prod
      SPRING_DATASOURCE_PASSWORD:  <set to the key 'password' in secret 'orders-db'>  Optional: false
      RABBITMQ_PASSWORD:           ${k.gpw()}
      NEW_RELIC_LICENSE_KEY:       ${k.prov('New Relic license key', `eu01xx${k.g.hex(34)}`)}
      JAVA_OPTS:                   -Xmx1g -Djavax.net.ssl.trustStorePassword=${k.hpw()}
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-8qz4n (ro)
Events:
  Type    Reason   Age   From     Message
  ----    ------   ----  ----     -------
  Normal  Pulled   12m   kubelet  Container image "harbor.quanto.io/quanto/orders:${k.n(V.short(k.g))}" already present on machine
`,
  ),

  ciDoc(
    'log-failed-test-connection',
    ['logs-and-output', 'precision'],
    'logs/pytest-integration-failure.txt',
    (k) => `=================================== FAILURES ===================================
____________________ test_order_roundtrip[postgres] ____________________

engine_url = 'postgresql+psycopg2://orders:${k.cs()}@pg-ci.internal:5432/orders_it'

    def test_order_roundtrip(engine_url):
>       engine = create_engine(engine_url)
E       sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "pg-ci.internal" (10.1.4.7), port 5432 failed: FATAL:  password authentication failed for user "orders"
E       (Background on this error at: https://sqlalche.me/e/20/e3q8)

tests/integration/test_orders.py:31: OperationalError
----------------------------- Captured log setup ------------------------------
INFO     conftest:conftest.py:22 using MONGO_URL=mongodb://orders:${k.cs()}@mongo-ci.internal:27017/?authSource=admin
INFO     conftest:conftest.py:23 using REDIS_URL=redis://default:${k.n('****')}@redis-ci.internal:6379
=========================== short test summary info ============================
FAILED tests/integration/test_orders.py::test_order_roundtrip[postgres] - sqlalchemy.exc.OperationalError
========================= 1 failed, 212 passed in 48.31s =========================
`,
  ),

  ciDoc(
    'log-junit-xml-system-out',
    ['logs-and-output', 'precision'],
    'build/test-results/test/TEST-io.kraken.PaymentClientIT.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="io.kraken.PaymentClientIT" tests="3" skipped="0" failures="1" errors="0" timestamp="2026-11-30T08:11:02" hostname="runner-22" time="4.212">
  <properties/>
  <testcase name="refundsAPartialAmount()" classname="io.kraken.PaymentClientIT" time="1.201"/>
  <testcase name="rejectsWrongSignature()" classname="io.kraken.PaymentClientIT" time="0.311"/>
  <testcase name="capturesAnAuthorization()" classname="io.kraken.PaymentClientIT" time="2.700">
    <failure message="expected: &lt;200&gt; but was: &lt;401&gt;" type="org.opentest4j.AssertionFailedError">org.opentest4j.AssertionFailedError: expected: &lt;200&gt; but was: &lt;401&gt;
	at io.kraken.PaymentClientIT.capturesAnAuthorization(PaymentClientIT.java:58)
</failure>
  </testcase>
  <system-out><![CDATA[08:11:02.101 INFO  PaymentClient - base url https://sandbox.pay.kraken.example
08:11:02.102 DEBUG PaymentClient - using merchant id ${k.n(k.g.digits(9))} and api secret ${k.s('token', k.g.alnum(32))}
08:11:04.790 DEBUG PaymentClient - POST /v3/captures -> 401 {"error":"invalid_signature","request_id":"${k.n(k.g.uuid())}"}
]]></system-out>
  <system-err><![CDATA[]]></system-err>
</testsuite>
`,
  ),

  ciDoc(
    'log-codecov-uploader',
    ['logs-and-output', 'command-line', 'precision'],
    'logs/coverage-upload.txt',
    (k) => `+ ./codecov -t ${k.s('token', V.codecov(k.g))} -f coverage/lcov.info -F unit -C ${k.n(V.sha1(k.g))}
[2026-12-02T07:41:10.112Z] ['info']
     _____          _
    / ____|        | |
   | |     ___   __| | ___  ___ _____   __
   | |    / _ \\ / _\` |/ _ \\/ __/ _ \\ \\ / /
   | |___| (_) | (_| |  __/ (_| (_) \\ V /
    \\_____\\___/ \\__,_|\\___|\\___\\___/ \\_/

  Codecov report uploader 0.7.1
[2026-12-02T07:41:10.120Z] ['info'] => Project root located at: /home/runner/work/api/api
[2026-12-02T07:41:10.121Z] ['info'] -> Token found by arguments
[2026-12-02T07:41:10.402Z] ['info'] Detected GitHub Actions as the CI provider.
[2026-12-02T07:41:11.007Z] ['info'] Pinging Codecov: https://codecov.io/upload/v4?package=uploader-0.7.1&token=*******&branch=main&build=${k.n(V.runId(k.g))}&commit=${k.n(V.sha1(k.g))}
[2026-12-02T07:41:11.870Z] ['info'] Uploading...
[2026-12-02T07:41:12.341Z] ['info'] {"status":"success","resultURL":"https://app.codecov.io/github/orbitly/api/commit/${k.n(V.sha1(k.g))}"}
`,
  ),

  ciDoc('log-set-x-deploy-script', ['logs-and-output', 'command-line'], 'logs/deploy-prod-2026-12-03.txt', (k) => {
    const rds = V.human(k.g);
    const cf = V.cloudflare(k.g);
    return `+ source ./ci/env/prod.sh
++ export APP_ENV=production
++ APP_ENV=production
++ export RDS_HOST=orders-prod.cluster-${k.n(k.g.lower(12))}.eu-central-1.rds.amazonaws.com
++ export RDS_MASTER_PASSWORD=${k.s('password', rds)}
++ RDS_MASTER_PASSWORD=${k.s('password', rds)}
++ export CLOUDFLARE_API_TOKEN=${k.s('token', cf)}
++ CLOUDFLARE_API_TOKEN=${k.s('token', cf)}
+ aws s3 sync ./build s3://orders-prod-static --delete
upload: build/index.html to s3://orders-prod-static/index.html
+ curl -sX POST 'https://api.cloudflare.com/client/v4/zones/${k.n(k.g.hex(32))}/purge_cache' -H 'Authorization: Bearer ${k.n('[MASKED]')}' --data '{"purge_everything":true}'
{"success":true,"errors":[],"messages":[],"result":{"id":"${k.n(k.g.hex(32))}"}}
+ mysql -uadmin -p'${k.hpw()}' -h legacy-db.orbitly.internal -e 'UPDATE settings SET value=NOW() WHERE name="last_deploy"'
+ echo 'deploy done'
deploy done
`;
  }),

  ciDoc(
    'log-twine-pip-verbose',
    ['logs-and-output', 'command-line', 'precision'],
    'logs/pip-install-verbose.txt',
    (k) => `+ pip install -v --index-url https://ci-reader:${k.cs()}@nexus.orbitly.internal/repository/pypi-group/simple orbitly-sdk==3.1.0
Using pip 24.0 from /usr/local/lib/python3.12/site-packages/pip (python 3.12)
Looking in indexes: https://ci-reader:****@nexus.orbitly.internal/repository/pypi-group/simple
Collecting orbitly-sdk==3.1.0
  Downloading https://nexus.orbitly.internal/repository/pypi-group/packages/orbitly-sdk/3.1.0/orbitly_sdk-3.1.0-py3-none-any.whl (41 kB)
Successfully installed orbitly-sdk-3.1.0
+ twine upload --verbose -u __token__ -p ${k.prov('PyPI API token', V.pypi(k.g))} dist/*
INFO     Using configuration from /root/.pypirc
Uploading distributions to https://upload.pypi.org/legacy/
INFO     dist/orbitly_cli-0.9.2-py3-none-any.whl (12.1 KB)
INFO     password set by command options
INFO     username: __token__
INFO     password: <hidden>
Uploading orbitly_cli-0.9.2-py3-none-any.whl
100% ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 15.4/15.4 kB • 00:00 • ?
View at:
https://pypi.org/project/orbitly-cli/0.9.2/
`,
  ),
];
