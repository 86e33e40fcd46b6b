// rw-dev9 logs: CI and build output — npm/yarn, maven, gradle, docker build, terraform plan/apply, ansible -vvv,
// helm --debug, kubectl describe, GitHub Actions and GitLab job logs where masking did not catch the value
// (a derived form, a second copy, a value set by a script) while it did catch the obvious ones.
import type { RealWorldDoc } from '../types';
import { ld, LO, LP, LC } from './logsValues';

export const CI_DOCS: RealWorldDoc[] = [
  ld(
    'gha-job-log-masking-missed',
    LP,
    'ci-logs/build-and-deploy/3_deploy.txt',
    (t) => `${t.ts()}0Z ##[group]Run ./scripts/deploy.sh staging
${t.ts()}0Z ./scripts/deploy.sh staging
${t.ts()}0Z shell: /usr/bin/bash -e {0}
${t.ts()}0Z env:
${t.ts()}0Z   DEPLOY_TOKEN: ***
${t.ts()}0Z   REGISTRY_PASSWORD: ***
${t.ts()}0Z ##[endgroup]
${t.ts()}0Z + echo 'logging in to registry.acme.io'
${t.ts()}0Z + echo *** | docker login registry.acme.io -u ci-bot --password-stdin
${t.ts()}0Z Login Succeeded
${t.ts()}0Z + AUTH=$(echo -n "ci-bot:$REGISTRY_PASSWORD" | base64)
${t.ts()}0Z + curl -sf -H 'Authorization: Basic ${t.basic('ci-bot')}' https://registry.acme.io/v2/_catalog
${t.ts()}0Z {"repositories":["web","api","worker"]}
${t.ts()}0Z + export HELM_REPO_PASS=${t.gpw()}
${t.ts()}0Z + helm repo add acme https://charts.acme.io --username ci-bot --password ***
${t.ts()}0Z "acme" has been added to your repositories
${t.ts()}0Z + git rev-parse HEAD
${t.ts()}0Z ${t.sha()}
${t.ts()}0Z Deployed web@${t.short()} to staging (run ${t.n(t.raw.digits(10))})
`,
  ),
  ld(
    'gitlab-job-trace-set-x',
    LC,
    'ci-logs/gitlab/job-8812344.log',
    (t) => `Running with gitlab-runner 17.3.1 (66269445)
  on docker-autoscaler-eu ${t.n('t1_' + t.raw.alnum(6))}, system ID: s_${t.n(t.raw.hex(12))}
Preparing the "docker" executor
Using docker image sha256:${t.n(t.raw.hex(64))} for python:3.12-slim with digest python@${t.digest()} ...
Getting source from Git repository
Fetching changes with git depth set to 20...
Checking out ${t.short()} as detached HEAD (ref is main)...
Executing "step_script" stage of the job script
$ set -x
$ pip config set global.index-url "https://__token__:$PYPI_TOKEN@pypi.acme.io/simple"
+ pip config set global.index-url https://__token__:${t.cs()}@pypi.acme.io/simple
Writing to /root/.config/pip/pip.conf
$ python manage.py check --deploy
+ python manage.py check --deploy
System check identified no issues (0 silenced).
$ psql "postgresql://migrator:$DB_PASS@pg-staging:5432/app" -c 'select 1'
+ psql postgresql://migrator:${t.cs()}@pg-staging:5432/app -c 'select 1'
 ?column?
----------
        1
(1 row)
$ echo "CI_JOB_TOKEN=[MASKED]"
CI_JOB_TOKEN=[MASKED]
Cleaning up project directory and file based variables
Job succeeded
`,
  ),
  ld(
    'npm-install-verbose-authtoken',
    LO,
    'ci-logs/npm-debug-0.log',
    (t) => `0 verbose cli /usr/local/bin/node /usr/local/bin/npm
1 info using npm@10.8.2
2 info using node@v20.17.0
3 silly config load:file:/builds/web/.npmrc
4 verbose config //npm.pkg.github.com/:_authToken=${t.prov('githubClassic', 'GitHub token')}
5 verbose config //registry.acme.io/npm/:_password=${t.s('password', t.raw.b64(t.g.pick(['Npm', 'Reg']) + t.raw.alnum(12)))}
6 verbose config //registry.acme.io/npm/:username=ci
7 silly logfile start cleaning logs, removing 1 files
8 http fetch GET 200 https://registry.npmjs.org/react 118ms (cache revalidated)
9 silly placeDep ROOT react@18.3.1 OK for: web@2.4.0 want: ^18.2.0
10 silly reify mark retired [ '/builds/web/node_modules/.bin' ]
11 http fetch GET 401 https://registry.acme.io/npm/@acme%2fui 42ms (cache skip)
12 verbose stack HttpErrorGeneral: 401 Unauthorized - GET https://registry.acme.io/npm/@acme%2fui
13 verbose integrity sha512-${t.n(t.raw.b64(t.raw.hex(48)).slice(0, 86))}==
14 error code E401
15 error Unable to authenticate, your authentication token seems to be invalid.
`,
  ),
  ld(
    'maven-settings-debug',
    LO,
    'ci-logs/mvn-deploy-X.log',
    (t) => `[DEBUG] Reading global settings from /usr/share/maven/conf/settings.xml
[DEBUG] Reading user settings from /root/.m2/settings.xml
[DEBUG] Using mirror nexus (https://nexus.acme.local/repository/maven-public/) for central
[DEBUG] Using connector BasicRepositoryConnector with priority 0.0 for https://nexus.acme.local/repository/maven-releases/ with username=deployer, password=${t.hpw()}
[INFO] --- maven-deploy-plugin:3.1.1:deploy (default-deploy) @ billing-core ---
[DEBUG] Configuring mojo org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy
[DEBUG]   (f) altDeploymentRepository = releases::https://nexus.acme.local/repository/maven-releases/
[DEBUG] -Dsonar.login=${t.hex(40)} -Dsonar.host.url=https://sonar.acme.local
[INFO] Uploading to releases: https://nexus.acme.local/repository/maven-releases/com/acme/billing-core/4.2.0/billing-core-4.2.0.jar
[INFO] Uploaded to releases: .../billing-core-4.2.0.jar (88 kB at 412 kB/s)
[DEBUG] checksum sha1 ${t.n(t.raw.hex(40))}
[INFO] BUILD SUCCESS
`,
  ),
  ld(
    'gradle-info-properties',
    LO,
    'ci-logs/gradle-publish.txt',
    (t) => `> Configure project :app
Evaluating project ':app' using build file '/home/runner/work/app/app/build.gradle.kts'.
Using properties: signing.keyId=${t.n(t.raw.hex(8).toUpperCase())}, signing.password=${t.pp()}, signing.secretKeyRingFile=/home/runner/.gnupg/secring.gpg
Using properties: ossrhUsername=acme-release, ossrhPassword=${t.gpw()}
Using properties: org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8

> Task :app:signReleasePublication
> Task :app:publishReleasePublicationToSonatypeRepository
Uploading app-3.0.1.aar to https://s01.oss.sonatype.org/service/local/staging/deploy/maven2/
BUILD SUCCESSFUL in 1m 12s
42 actionable tasks: 42 executed
Build scan: https://gradle.com/s/${t.n(t.raw.alnum(13).toLowerCase())}
`,
  ),
  ld(
    'docker-build-arg-history',
    LC,
    'ci-logs/docker-build.txt',
    (t) => `#0 building with "default" instance using docker driver
#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 1.21kB done
#2 [internal] load metadata for docker.io/library/node:20-alpine
#2 DONE 0.9s
#5 [build 2/6] RUN echo "//registry.npmjs.org/:_authToken=${t.prov('npm', 'npm token')}" > .npmrc && npm ci
#5 12.44 added 812 packages in 11s
#6 [build 3/6] RUN git clone https://oauth2:${t.prov('gitlab', 'GitLab PAT')}@gitlab.acme.io/shared/ui-kit.git /src/ui-kit
#6 0.41 Cloning into '/src/ui-kit'...
#7 [build 4/6] RUN --mount=type=secret,id=sentry SENTRY_AUTH_TOKEN=$(cat /run/secrets/sentry) npm run build
#7 31.2 Source maps uploaded, release ${t.short()}
#9 exporting to image
#9 writing image sha256:${t.n(t.raw.hex(64))} done
#9 naming to registry.acme.io/web:${t.short()} done

$ docker history --no-trunc registry.acme.io/web:latest | head -4
IMAGE          CREATED         CREATED BY                                                         SIZE
${t.digest()}   2 minutes ago   ARG DB_PASSWORD=${t.hpw()}                                        0B
<missing>      2 minutes ago   ENV API_SECRET=${t.tok()}                                         0B
`,
  ),
  ld(
    'terraform-plan-sensitive-leak',
    LP,
    'ci-logs/terraform-plan.txt',
    (t) => `Terraform used the selected providers to generate the following execution plan. Resource actions are
indicated with the following symbols:
  + create
  ~ update in-place

Terraform will perform the following actions:

  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id                       = "db-${t.n(t.raw.alnum(26).toUpperCase())}"
      ~ password                 = (sensitive value)
        # (41 unchanged attributes hidden)
    }

  # kubernetes_secret.app will be created
  + resource "kubernetes_secret" "app" {
      + data = (sensitive value)
      + id   = (known after apply)
    }

  # null_resource.bootstrap will be created
  + resource "null_resource" "bootstrap" {
      + id       = (known after apply)
      + triggers = {
          + "admin_password" = "${t.hpw()}"
          + "api_token"      = "${t.tok()}"
          + "config_sha"     = "${t.n(t.raw.hex(64))}"
        }
    }

  # random_password.db will be created
  + resource "random_password" "db" {
      + result = (sensitive value)
    }

Plan: 3 to add, 1 to change, 0 to destroy.

Changes to Outputs:
  + grafana_admin = "${t.gpw()}"
  + vpc_id        = "vpc-${t.n(t.raw.hex(17))}"
`,
  ),
  ld(
    'terraform-apply-provisioner-output',
    LO,
    'ci-logs/terraform-apply.txt',
    (t) => `module.bastion.aws_instance.this: Still creating... [20s elapsed]
module.bastion.aws_instance.this (remote-exec): Connecting to remote host via SSH...
module.bastion.aws_instance.this (remote-exec):   Host: 10.20.0.14
module.bastion.aws_instance.this (remote-exec):   User: ubuntu
module.bastion.aws_instance.this (remote-exec):   Password: false
module.bastion.aws_instance.this (remote-exec):   Private key: true
module.bastion.aws_instance.this (remote-exec): Connected!
module.bastion.aws_instance.this (remote-exec): + sudo -u postgres psql -c "ALTER USER app WITH PASSWORD '${t.hpw()}';"
module.bastion.aws_instance.this (remote-exec): ALTER ROLE
module.bastion.aws_instance.this (remote-exec): + vault login -method=userpass username=bootstrap password=${t.gpw()}
module.bastion.aws_instance.this (remote-exec): Success! You are now authenticated.
module.bastion.aws_instance.this (remote-exec): token                  ${t.prov('vault', 'Vault token')}
module.bastion.aws_instance.this (remote-exec): token_accessor         ${t.n(t.raw.alnum(24))}
module.bastion.aws_instance.this (remote-exec): token_duration         768h
module.bastion.aws_instance.this: Creation complete after 41s [id=i-${t.n(t.raw.hex(17))}]

Apply complete! Resources: 4 added, 0 changed, 0 destroyed.
`,
  ),
  ld(
    'ansible-vvv-module-args',
    LO,
    'ci-logs/ansible-site.log',
    (t) => `TASK [mysql : create application user] *****************************************
task path: /runner/project/roles/mysql/tasks/users.yml:3
<db01.corp.local> ESTABLISH SSH CONNECTION FOR USER: ansible
<db01.corp.local> SSH: EXEC ssh -C -o ControlMaster=auto -o ControlPersist=60s -o 'User="ansible"' db01.corp.local '/bin/sh -c '"'"'echo ~ansible && sleep 0'"'"''
changed: [db01.corp.local] => {
    "changed": true,
    "invocation": {
        "module_args": {
            "check_implicit_admin": false,
            "host": "%",
            "login_password": "${t.gpw()}",
            "login_user": "root",
            "name": "wiki",
            "password": "${t.hpw()}",
            "priv": "wiki.*:ALL",
            "state": "present"
        }
    },
    "user": "wiki"
}

TASK [app : template config] ***************************************************
ok: [app01.corp.local] => {"changed": false, "checksum": "${t.n(t.raw.hex(40))}", "dest": "/etc/wiki/config.yml", "gid": 0, "md5sum": "${t.n(t.raw.hex(32))}", "mode": "0600"}

TASK [app : create admin] ******************************************************
ok: [app01.corp.local] => {"changed": false, "invocation": {"module_args": {"password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER", "user": "admin"}}}
`,
  ),
  ld(
    'helm-debug-values',
    LO,
    'ci-logs/helm-upgrade-debug.txt',
    (t) => `upgrade.go:153: [debug] preparing upgrade for payments
upgrade.go:161: [debug] performing update for payments
upgrade.go:333: [debug] creating upgraded release for payments
USER-SUPPLIED VALUES:
image:
  repository: registry.acme.io/payments
  tag: ${t.short()}
postgresql:
  auth:
    username: payments
    password: ${t.hpw()}
    postgresPassword: ${t.gpw()}
redis:
  auth:
    password: ${t.word()}
stripe:
  secretKey: ${t.prov('stripeSecret', 'Stripe secret key')}
  publishableKey: ${t.n('pk_live_' + t.raw.alnum(24))}
ingress:
  annotations:
    nginx.ingress.kubernetes.io/auth-secret: basic-auth
Release "payments" has been upgraded. Happy Helming!
REVISION: 42
`,
  ),
  ld(
    'kubectl-describe-pod-env',
    LP,
    'tmp/describe-pod.txt',
    (t) => `Name:             reporting-7c9f6d8b5-x2kql
Namespace:        analytics
Node:             ip-10-20-3-41.eu-west-1.compute.internal/10.20.3.41
Labels:           app=reporting
                  pod-template-hash=7c9f6d8b5
Containers:
  reporting:
    Container ID:   containerd://${t.n(t.raw.hex(64))}
    Image:          registry.acme.io/reporting:1.8.0
    Image ID:       registry.acme.io/reporting@${t.digest()}
    Environment:
      SPRING_PROFILES_ACTIVE:  prod
      DB_HOST:                 pg-analytics
      DB_PASSWORD:             <set to the key 'password' in secret 'pg-analytics'>  Optional: false
      CLICKHOUSE_PASSWORD:     ${t.hpw()}
      METABASE_API_KEY:        ${t.tok()}
      REPORT_SIGNING_SECRET:   ${t.b64(43)}
      JAVA_OPTS:               -Xmx2g -Djavax.net.ssl.trustStorePassword=${t.word()}
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7w2gq (ro)
Events:
  Type    Reason   Age   From     Message
  ----    ------   ----  ----     -------
  Normal  Pulled   3m    kubelet  Container image "registry.acme.io/reporting:1.8.0" already present on machine
`,
  ),
  ld(
    'yarn-berry-install-error',
    LO,
    'ci-logs/yarn-install.log',
    (t) => `➤ YN0000: ┌ Resolution step
➤ YN0041: │ @acme/icons@npm:4.1.0: Invalid authentication (as an anonymous user)
➤ YN0000: │ npmRegistryServer: "https://npm.acme.io"
➤ YN0000: │ npmAuthIdent: "${t.s('http-auth', t.raw.b64('ci:' + t.raw.alnum(20)))}"
➤ YN0000: │ npmAuthToken: "${t.tok()}"
➤ YN0000: └ Completed in 1s 208ms
➤ YN0000: Failed with errors in 1s 402ms
hint: the lockfile checksum for @acme/icons is ${t.n(t.raw.hex(128).slice(0, 128))}
`,
  ),
  ld(
    'jenkins-console-withcredentials-leak',
    LP,
    'ci-logs/jenkins-console-1412.txt',
    (t) => `Started by user Kateryna Bondar
Running in Durability level: MAX_SURVIVABILITY
[Pipeline] withCredentials
Masking supported pattern matches of $NEXUS_PASS or $SONAR_TOKEN
[Pipeline] {
[Pipeline] sh
+ ./gradlew publish -PnexusUser=ci -PnexusPass=****
BUILD SUCCESSFUL in 48s
[Pipeline] sh
+ cat build/tmp/publish-debug.txt
nexus url-encoded credentials: ci:${t.s('password', encodeURIComponent(t.g.pick(['Kiev', 'Lviv', 'Odesa']) + '#' + t.g.digits(4) + '!'))}
[Pipeline] sh
+ curl -u admin:${t.hpw()} -X POST https://jenkins-agent-tools.local/reload
[Pipeline] }
[Pipeline] // withCredentials
[Pipeline] echo
Commit ${t.sha()} deployed; build tag jenkins-billing-1412
Finished: SUCCESS
`,
  ),
  ld(
    'circleci-step-output-printenv',
    LC,
    'ci-logs/circleci-printenv.txt',
    (t) => `#!/bin/bash -eo pipefail
printenv | sort | grep -v -E 'KEY|TOKEN'
CIRCLECI=true
CIRCLE_BRANCH=release/2.9
CIRCLE_BUILD_NUM=20114
CIRCLE_SHA1=${t.sha()}
CIRCLE_WORKFLOW_ID=${t.rid()}
DATABASE_URL=postgres://ci:${t.cs()}@localhost:5432/ci_test
HOME=/home/circleci
LANG=C.UTF-8
MAPS_SECRET=${t.tok()}
PATH=/home/circleci/.local/bin:/usr/local/bin:/usr/bin:/bin
SMTP_PASS=${t.pw()}
SHELL=/bin/bash
`,
  ),
];
