// rw-dev10 ops: CI job logs, set -x traces and package-manager/build output that echo credentials.
import type { RealWorldDoc } from '../types';
import { b64, od } from './opsValues';

export const OPS_LOGS_CI_DOCS: RealWorldDoc[] = [
  od(
    'ops-log-gha-job-masked',
    ['logs-and-output', 'precision'],
    'logs/gha-run-deploy.txt',
    (k) => `2026-11-29T10:02:11.4410021Z ##[group]Run echo "\${{ secrets.REGISTRY_PASSWORD }}" | docker login ghcr.io -u acme-bot --password-stdin
2026-11-29T10:02:11.4412203Z echo "${k.mask()}" | docker login ghcr.io -u acme-bot --password-stdin
2026-11-29T10:02:11.4421190Z shell: /usr/bin/bash -e {0}
2026-11-29T10:02:11.4421930Z env:
2026-11-29T10:02:11.4422201Z   IMAGE_TAG: ${k.short()}
2026-11-29T10:02:11.4422730Z   DEPLOY_TOKEN: ${k.mask()}
2026-11-29T10:02:11.4423001Z ##[endgroup]
2026-11-29T10:02:12.1107332Z Login Succeeded
2026-11-29T10:02:14.0021130Z ##[group]Run ./scripts/smoke.sh
2026-11-29T10:02:14.0030017Z + curl -fsS -H 'X-Api-Key: ${k.tok(k.g.alnum(32))}' https://staging.acme.example/api/ping
2026-11-29T10:02:14.2210040Z {"status":"ok","build":"${k.bid()}","commit":"${k.sha()}"}
2026-11-29T10:02:14.2230011Z + curl -fsS -u smoke:${k.hp()} https://staging.acme.example/admin/ping
2026-11-29T10:02:14.4011121Z pong
2026-11-29T10:02:14.5500120Z Post job cleanup.
2026-11-29T10:02:14.5510330Z request-id: ${k.rid()}
`,
  ),

  od(
    'ops-log-setx-deploy-trace',
    ['logs-and-output', 'command-line'],
    'logs/deploy-2026-11-28.log',
    (k) => `+ set -o pipefail
+ export APP_ENV=production
+ APP_ENV=production
+ DB_PASS=${k.gp()}
+ export DB_PASS
+ REDIS_URL=redis://:${k.cs()}@redis-prod:6379/0
+ '[' -z production ']'
+ mysql -h db-prod -u app -p${k.hp()} -e 'SELECT 1'
mysql: [Warning] Using a password on the command line interface can be insecure.
1
1
+ curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Token ${k.tok(k.g.hex(40))}' https://api.status.internal/v1/incidents
200
+ ./bin/migrate --dsn 'postgres://migrator:${k.cs()}@pg-prod:5432/app?sslmode=verify-full'
2026/11/28 23:14:02 no change
+ echo 'deployed ${k.short()}'
deployed ${k.short()}
`,
  ),

  od(
    'ops-log-gitlab-runner-job',
    ['logs-and-output'],
    'logs/job-88123.log',
    (k) => `Running with gitlab-runner 17.5.1 (${k.n(k.g.hex(8))})
  on docker-runner-03 ${k.n('t3_' + k.g.alnum(6))}, system ID: ${k.n('s_' + k.g.hex(12))}
Preparing the "docker" executor
Using Docker executor with image node:20 ...
Pulling docker image node:20 ...
Using docker image ${k.digest()} for node:20 with digest node@${k.digest()} ...
Getting source from Git repository
Fetching changes with git depth set to 20...
Checking out ${k.short()} as detached HEAD (ref is main)...
$ npm config set //npm.corp.example/:_authToken ${k.tok(k.g.uuid())}
$ npm ci
added 1123 packages, and audited 1124 packages in 41s
$ echo "Using DB password: $DB_PASSWORD"
Using DB password: ${k.hp()}
$ npm run e2e -- --base-url=https://stg.acme.example --admin-password='${k.mask()}'
Cleaning up project directory and file based variables
Job succeeded
`,
  ),

  od(
    'ops-log-npm-error-registry',
    ['logs-and-output'],
    'logs/npm-debug.log',
    (k) => `0 verbose cli /usr/local/bin/node /usr/local/bin/npm
1 info using npm@${k.ver()}
2 info using node@v20.11.1
3 verbose title npm install
4 verbose argv "install" "--registry" "https://ci:${k.cs()}@npm.corp.example/repository/npm-group/"
5 timing npm:load:whichnode Completed in 0ms
12 http fetch GET 401 https://npm.corp.example/repository/npm-group/@acme%2fui 231ms (cache skip)
13 verbose stack HttpErrorGeneral: 401 Unauthorized - GET https://npm.corp.example/repository/npm-group/@acme%2fui
14 verbose config //npm.corp.example/:_authToken = ${k.n('(protected)')}
15 verbose config //registry.npmjs.org/:_authToken=${k.prov(k.P.npm(k.g), 'npm')}
16 error code E401
17 error Unable to authenticate, need: Basic realm="Sonatype Nexus Repository Manager"
18 verbose exit 1
19 timing npm Completed in 1320ms
20 verbose integrity ${k.n(k.g.pick(['sha512-', 'sha1-']) + k.g.base64(86) + '==')}
`,
  ),

  od(
    'ops-log-pip-maven-output',
    ['logs-and-output'],
    'logs/build-python-java.txt',
    (k) => `$ pip install -r requirements.txt
Looking in indexes: https://pypi.org/simple, https://deploy:${k.n('****')}@pypi.corp.example/simple
Collecting acme-common==${k.ver()}
  Downloading https://pypi.corp.example/packages/acme_common-3.1.4-py3-none-any.whl (41 kB)
$ pip download acme-secrets --index-url https://build:${k.cs()}@pypi.corp.example/simple --no-deps
Saved ./acme_secrets-0.9.0.tar.gz
$ mvn -B -Drepo.password=${k.hp()} -Dgpg.passphrase=${k.pp()} deploy
[INFO] Scanning for projects...
[INFO] Building acme-billing ${k.ver()}
[INFO] --- maven-gpg-plugin:3.2.4:sign (sign-artifacts) @ acme-billing ---
[INFO] Uploading to releases: https://nexus.corp.example/repository/releases/com/acme/acme-billing/3.0.1/acme-billing-3.0.1.jar
[INFO] Uploaded to releases (412 kB at 1.1 MB/s)
[INFO] BUILD SUCCESS
[INFO] Total time:  48.113 s
`,
  ),

  od(
    'ops-log-jenkins-console',
    ['logs-and-output'],
    'logs/jenkins-console-1432.txt',
    (k) => `Started by user Ana Souza
Running as SYSTEM
[Pipeline] Start of Pipeline
[Pipeline] node
Running on agent-linux-02 in /var/jenkins/workspace/shop-release
[Pipeline] withCredentials
Masking supported pattern matches of $NEXUS_PW
[Pipeline] sh
+ curl -u deployer:${k.mask()} -T build/app.jar https://nexus.corp.example/repository/releases/
[Pipeline] sh
+ ./gradlew publish -PsigningPassword=${k.pp()} -PossrhToken=${k.tok(k.g.alnum(36))} -PossrhUser=${k.n(k.g.alnum(8))}
> Task :publish UP-TO-DATE
BUILD SUCCESSFUL in 22s
[Pipeline] sh
+ java -jar flyway.jar -url=jdbc:postgresql://pg-prod:5432/shop -user=flyway -password=${k.gp()} migrate
Successfully applied 2 migrations to schema "public", now at version v${k.n('41')}
[Pipeline] End of Pipeline
Finished: SUCCESS (build ${k.bid()})
`,
  ),

  od(
    'ops-log-docker-build-output',
    ['logs-and-output'],
    'logs/docker-build.txt',
    (k) => `#0 building with "default" instance using docker driver
#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 1.21kB done
#4 [base 1/6] FROM docker.io/library/python:3.12-slim@${k.digest()}
#7 [build 3/6] RUN pip config set global.index-url https://ci:${k.cs()}@pypi.corp.example/simple
#7 0.412 Writing to /root/.config/pip/pip.conf
#8 [build 4/6] RUN echo "machine git.corp.example login ci password ${k.tok(k.g.alnum(20))}" > /root/.netrc
#8 DONE 0.2s
#9 [build 5/6] RUN curl -sf -H "Authorization: Bearer ${k.http(k.g.base64url(43))}" https://artifacts.corp.example/model.bin -o /app/model.bin
#9 DONE 4.1s
#12 exporting to image
#12 writing image ${k.digest()} done
#12 naming to registry.corp.example/ml/scorer:${k.short()} done
WARNING: Using a password on the command line ... SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ENV "API_SECRET") (line 14)
`,
  ),

  od(
    'ops-log-terraform-ansible-output',
    ['logs-and-output'],
    'logs/tf-apply-ansible.txt',
    (k) => `Terraform will perform the following actions:

  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id       = "shop-prod"
      ~ password = (sensitive value)
        username = "shopadmin"
    }

  # random_password.grafana will be created
  + resource "random_password" "grafana" {
      + result = (sensitive value)
    }

Outputs:

grafana_url = "https://grafana.corp.example"
grafana_admin_password = "${k.gp()}"
api_gateway_key = "${k.tok(k.g.alnum(40))}"

PLAY [db] **********************************************************************
TASK [mysql : create app user] *************************************************
changed: [db01] => (item={'name': 'app', 'password': '${k.hp()}', 'priv': 'app.*:ALL'})
ok: [db01] => (item={'name': 'monitor', 'password': '${k.n('VALUE_SPECIFIED_IN_NO_LOG_PARAMETER')}'})
`,
  ),

  od(
    'ops-log-k8s-describe-output',
    ['logs-and-output', 'command-line'],
    'notes/debug-crashloop.txt',
    (k) => `$ kubectl get secret app-env -n shop -o jsonpath='{.data.DB_PASSWORD}' | base64 -d
${k.hp()}
$ kubectl get secret app-env -n shop -o yaml
apiVersion: v1
data:
  DB_PASSWORD: ${k.m.secret('password', b64(k.g.alnum(16)))}
  STRIPE_WEBHOOK_SECRET: ${k.m.secret('token', b64('whsec_' + k.g.alnum(32)))}
kind: Secret
metadata:
  name: app-env
  uid: ${k.uuid()}
  resourceVersion: "${k.n(k.g.digits(8))}"
$ kubectl describe pod shop-api-7c9f6d-x2kq9 -n shop | grep -A8 Environment
    Environment:
      SPRING_PROFILES_ACTIVE:  prod
      SPRING_DATASOURCE_PASSWORD:  <set to the key 'DB_PASSWORD' in secret 'app-env'>  Optional: false
      JWT_SIGNING_KEY:         ${k.tok(k.g.base64(44))}
      OTEL_EXPORTER_OTLP_HEADERS: x-honeycomb-team=${k.tok(k.g.alnum(22))}
    Image ID: registry.corp.example/shop/api@${k.digest()}
`,
  ),

  od(
    'ops-log-vault-cli-session',
    ['logs-and-output', 'command-line'],
    'notes/vault-session.txt',
    (k) => `$ vault login -method=userpass username=ops-ana password=${k.hp()}
Success! You are now authenticated.
Key                    Value
---                    -----
token                  ${k.prov(k.P.vault(k.g), 'vault')}
token_accessor         ${k.n(k.g.alnum(24))}
token_duration         768h
token_policies         ["default" "ops"]
$ vault kv put secret/shop/stripe api_key=${k.prov(k.P.stripeSecret(k.g), 'stripe')} webhook_secret=${k.tok(k.g.alnum(32))}
======= Secret Path =======
secret/data/shop/stripe
Key                Value
---                -----
created_time       2026-11-27T08:12:44.1023Z
version            4
$ vault kv get -field=password secret/shop/db
${k.gp()}
$ vault write auth/approle/login role_id=${k.n(k.g.uuid())} secret_id=${k.tok(k.g.uuid())}
`,
  ),
];
