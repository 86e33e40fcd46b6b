// rw-dev11 incident part: CI and build output (GitHub Actions, GitLab, Jenkins, CircleCI, Travis, Azure DevOps
// logs with unmasked values; docker build, npm / pip / maven verbose output; ansible -vvv).
import type { RealWorldDoc } from '../types';
import { anyPw, b64, idoc } from './incidentValues';

export const INCIDENT_CI_DOCS: RealWorldDoc[] = [
  idoc('gha-log-base64-unmasked', ['logs-and-output', 'command-line', 'precision'], 'ci-logs/deploy-prod_2291.txt', (x) => {
    const regPw = anyPw(x.g, true);
    return `2026-11-18T09:01:02.1183821Z ##[group]Run actions/checkout@v4
2026-11-18T09:01:02.1184110Z with:
2026-11-18T09:01:02.1184330Z   repository: acme/storefront
2026-11-18T09:01:02.1184552Z   token: ***
2026-11-18T09:01:02.1184771Z ##[endgroup]
2026-11-18T09:01:04.5521903Z HEAD is now at ${x.short()} fix(cart): rounding
2026-11-18T09:01:09.0012231Z ##[group]Run echo "debug registry auth"; echo "$REGISTRY_USER:$REGISTRY_PASS" | base64
2026-11-18T09:01:09.0012551Z echo "debug registry auth"; echo "$REGISTRY_USER:$REGISTRY_PASS" | base64
2026-11-18T09:01:09.0012900Z shell: /usr/bin/bash -e {0}
2026-11-18T09:01:09.0013110Z env:
2026-11-18T09:01:09.0013330Z   REGISTRY_USER: deploy
2026-11-18T09:01:09.0013551Z   REGISTRY_PASS: ***
2026-11-18T09:01:09.0013770Z ##[endgroup]
2026-11-18T09:01:09.0101001Z debug registry auth
2026-11-18T09:01:09.0110442Z ${x.m.secret('http-auth', b64(`deploy:${regPw}`))}
2026-11-18T09:01:11.2201190Z ##[group]Run ./scripts/smoke.sh
2026-11-18T09:01:11.2209002Z + curl -sf -H 'X-Smoke-Key: ${x.tok()}' https://staging.acme.example/healthz/deep
2026-11-18T09:01:11.4410022Z {"status":"ok","db":"ok","cache":"ok","build":"${x.sha()}"}
2026-11-18T09:01:11.4412021Z + echo 'SMOKE_KEY was read from .env.staging, not from secrets (TODO)'
2026-11-18T09:01:12.0010012Z ##[group]Run docker/login-action@v3
2026-11-18T09:01:12.0010331Z   password: ***
2026-11-18T09:01:12.9910020Z Login Succeeded!
2026-11-18T09:01:13.1020022Z Cache restored from key: Linux-node-${x.n(x.g.hex(64))}
`;
  }),

  idoc(
    'gitlab-job-log',
    ['logs-and-output', 'command-line', 'precision'],
    'ci-logs/gitlab-job-884120.log',
    (x) => `Running with gitlab-runner 16.6.0 (${x.short()})
  on shared-runner-7 ${x.n('zxW' + x.g.alnum(5))}, system ID: r_${x.n(x.g.alnum(12))}
Preparing the "docker" executor
Using docker image sha256:${x.n(x.g.hex(64))} for python:3.12-slim
Getting source from Git repository
Fetching changes with git depth set to 20...
Checking out ${x.n(x.g.hex(8))} as detached HEAD (ref is main)...
Executing "step_script" stage of the job script
$ pip config set global.index-url "https://gitlab-ci-token:[MASKED]@gitlab.example.com/api/v4/projects/88/packages/pypi/simple"
Writing to /root/.config/pip/pip.conf
$ echo "Deploying with PUBLISH_TOKEN=$PUBLISH_TOKEN to $TWINE_REPOSITORY_URL"
Deploying with PUBLISH_TOKEN=${x.prov('pypi', 'PyPI API token')} to https://upload.pypi.org/legacy/
$ export DB_URL="postgresql://migrator:$MIGRATOR_PW@db.staging.internal/app" && env | grep DB_
DB_URL=postgresql://migrator:${x.cs()}@db.staging.internal/app
DB_POOL=5
$ alembic upgrade head
INFO  [alembic.runtime.migration] Running upgrade ${x.n(x.g.hex(12))} -> ${x.n(x.g.hex(12))}, add invoices table
Uploading artifacts for successful job
Job succeeded
`,
  ),

  idoc(
    'jenkins-console-set-x',
    ['logs-and-output', 'command-line', 'precision'],
    'ci-logs/jenkins-release-512.txt',
    (x) => `Started by user Jürgen Hoffmann
Running as SYSTEM
[Pipeline] Start of Pipeline
[Pipeline] node
Running on agent-linux-04 in /var/lib/jenkins/workspace/release
[Pipeline] withCredentials
Masking supported pattern matches of $NEXUS_PASS
[Pipeline] {
[Pipeline] sh
+ mvn -B deploy -s settings.xml -Dnexus.user=deploy -Dnexus.password=****
[INFO] Scanning for projects...
[INFO] Uploading to nexus: https://nexus.intern.example/repository/releases/de/firma/core/4.1.0/core-4.1.0.jar
[Pipeline] }
[Pipeline] sh
+ set -x
+ export SONAR_TOKEN=${x.tok(x.g.hex(40))}
+ SONAR_TOKEN=${x.n('(see above)')}
+ sonar-scanner -Dsonar.host.url=https://sonar.intern.example -Dsonar.projectKey=core
INFO: Analysis report uploaded in 412ms
[Pipeline] sh
+ curl -u jenkins:${x.pw(true)} -X POST https://artifactory.intern.example/api/build/promote/core/512
{"messages":[]}
[Pipeline] sh
+ sshpass -p ${x.pw(true)} scp target/core-4.1.0.jar deploy@app-01:/opt/core/
[Pipeline] echo
Build ${x.n('#512')} commit ${x.sha()} promoted
[Pipeline] End of Pipeline
Finished: SUCCESS
`,
  ),

  idoc(
    'circleci-step-output',
    ['logs-and-output', 'command-line'],
    'ci-logs/circleci-build-7731-deploy.txt',
    (x) => `#!/bin/bash -eo pipefail
echo "Using Heroku key ending in \${HEROKU_API_KEY: -4}"
git push https://heroku:$HEROKU_API_KEY@git.heroku.com/acme-api.git HEAD:main
Using Heroku key ending in ${x.n(x.g.hex(4))}
remote: Compressing source files... done.
remote: Building source:
remote: -----> Building on the Heroku-22 stack
remote: -----> Node.js app detected
remote:        NPM_CONFIG_LOGLEVEL=error
remote:        NODE_ENV=production
remote:        MONGODB_URI=mongodb://acme:${x.cs()}@mongo-1.acme.internal:27017/acme?authSource=admin
remote: -----> Build succeeded!
remote: Verifying deploy... done.
To https://git.heroku.com/acme-api.git
   ${x.short()}..${x.short()}  HEAD -> main

CircleCI received exit code 0
`,
  ),

  idoc(
    'docker-build-output',
    ['logs-and-output', 'command-line', 'precision'],
    'ci-logs/docker-build.txt',
    (x) => `#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 1.02kB done
#1 DONE 0.0s

#2 [internal] load metadata for docker.io/library/node:20-alpine
#2 DONE 0.9s

#5 [builder 2/7] WORKDIR /app
#5 CACHED

#6 [builder 3/7] RUN echo "//registry.npmjs.org/:_authToken=${x.prov('npm', 'npm access token')}" > .npmrc && echo "@acme:registry=https://npm.pkg.github.com" >> .npmrc && echo "//npm.pkg.github.com/:_authToken=${x.prov('github', 'GitHub PAT')}" >> .npmrc
#6 DONE 0.2s

#7 [builder 4/7] RUN npm ci --omit=dev
#7 11.02 added 612 packages, and audited 613 packages in 10s
#7 DONE 11.4s

#8 [builder 5/7] RUN pip install --index-url https://build:${x.cs()}@pypi.acme.internal/simple acme-pdf==2.3.1
#8 2.114 Looking in indexes: https://build:****@pypi.acme.internal/simple
#8 DONE 4.0s

#9 [runtime 6/7] COPY --from=builder /app /app
#9 DONE 0.3s

#10 exporting to image
#10 writing image sha256:${x.n(x.g.hex(64))} done
#10 naming to registry.acme.example/web:${x.short()} done
#10 DONE 1.2s
`,
  ),

  idoc(
    'npm-verbose-config',
    ['logs-and-output', 'command-line', 'precision'],
    'ci-logs/npm-install-verbose.log',
    (x) => `npm verb cli /usr/local/bin/node /usr/local/bin/npm
npm info using npm@8.19.4
npm info using node@v16.20.2
npm verb title npm install
npm verb argv "install" "--loglevel" "verbose"
npm timing npm:load:configScope Completed in 0ms
npm verb logfile /home/runner/.npm/_logs/2026-11-18T07_12_44_120Z-debug-0.log
npm http fetch GET 401 https://npm.pkg.github.com/@acme%2fui 88ms (cache skip)
npm verb stack HttpErrorGeneral: 401 Unauthorized - GET https://npm.pkg.github.com/@acme%2fui - authentication token not provided
npm verb cwd /home/runner/work/web/web
npm verb Linux 6.5.0-1025-azure
npm verb node v16.20.2
npm verb npm  v8.19.4
npm ERR! code E401
npm ERR! 401 Unauthorized - GET https://npm.pkg.github.com/@acme%2fui

; "user" config from /home/runner/.npmrc (printed by \`npm config list\` in the debug step)
//npm.pkg.github.com/:_authToken = (protected)
//registry.npmjs.org/:_authToken = (protected)
//nexus.acme.internal/repository/npm-group/:_auth = "${x.basic('ci-npm')}"
//nexus.acme.internal/repository/npm-group/:always-auth = true
email = "ci@acme.example"
integrity-check = "sha512-${x.n(x.g.base64(86).replace(/[+/]/g, 'Z'))}=="
`,
  ),

  idoc(
    'pip-config-and-verbose',
    ['logs-and-output', 'command-line', 'precision'],
    'ci-logs/pip-debug.txt',
    (x) => `$ pip config list
global.extra-index-url='https://__token__:${x.tok(x.g.alnum(24))}@gitlab.example.com/api/v4/projects/12/packages/pypi/simple'
global.index-url='https://pypi.org/simple'
global.trusted-host='pypi.acme.internal'
$ pip install -v acme-ml==1.4.0
Using pip 23.3.1 from /usr/local/lib/python3.11/site-packages/pip (python 3.11)
Looking in indexes: https://pypi.org/simple, https://__token__:****@gitlab.example.com/api/v4/projects/12/packages/pypi/simple
Collecting acme-ml==1.4.0
  Obtaining dependency information for acme-ml==1.4.0 from https://gitlab.example.com/api/v4/projects/12/packages/pypi/files/${x.n(x.g.hex(64))}/acme_ml-1.4.0-py3-none-any.whl.metadata
  Downloading acme_ml-1.4.0-py3-none-any.whl (88 kB)
Successfully installed acme-ml-1.4.0
`,
  ),

  idoc(
    'travis-env-setup',
    ['logs-and-output', 'command-line'],
    'ci-logs/travis-job-55120.log',
    (x) => `Worker information
hostname: ${x.rid()}
version: v6.2.22 https://github.com/travis-ci/worker/tree/${x.sha()}
Setting environment variables from repository settings
$ export CODECOV_TOKEN=[secure]
$ export DOCKER_PASSWORD=[secure]

Setting environment variables from .travis.yml
$ export SAUCE_USERNAME=acme-ci
$ export SAUCE_ACCESS_KEY=${x.tok(x.g.uuid())}
$ export BROWSERSTACK_KEY=${x.tok(x.g.alnum(20))}
$ export DEPLOY_PASSWORD=${x.letters()}

$ git clone --depth=50 --branch=master https://github.com/acme/widgets.git acme/widgets
$ nvm install 18
Now using node v18.19.0 (npm v10.2.3)
`,
  ),

  idoc(
    'azure-devops-log',
    ['logs-and-output', 'command-line', 'precision'],
    'ci-logs/azdo-release-88.txt',
    (x) => `2026-11-18T10:20:01.0011239Z ##[section]Starting: Deploy Function App
2026-11-18T10:20:01.0020021Z ==============================================================================
2026-11-18T10:20:01.0020223Z Task         : Azure CLI
2026-11-18T10:20:01.0020400Z Version      : 2.231.1
2026-11-18T10:20:01.0020610Z ==============================================================================
2026-11-18T10:20:04.1130001Z [command]/usr/bin/az functionapp config appsettings set --name acme-func --resource-group rg-prod --settings "CosmosKey=${x.prov('azureSas', 'Azure Cosmos DB key')}" "ServiceBus=Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${x.prov('azureSas', 'Azure Service Bus key')}" "FUNCTIONS_WORKER_RUNTIME=dotnet-isolated"
2026-11-18T10:20:09.8840120Z [{"name": "CosmosKey", "slotSetting": false, "value": null}, {"name": "FUNCTIONS_WORKER_RUNTIME", "slotSetting": false, "value": null}]
2026-11-18T10:20:10.0011100Z ##[debug]Agent.TempDirectory=/home/vsts/work/_temp
2026-11-18T10:20:10.0011421Z ##[debug]SYSTEM_ACCESSTOKEN=***
2026-11-18T10:20:10.0011702Z ##[debug]System.JobId=${x.rid()}
2026-11-18T10:20:10.0012020Z ##[debug]sp.clientSecret=${x.tok(x.g.alnum(3) + '8Q~' + x.g.base64url(34))}
2026-11-18T10:20:10.0012400Z ##[section]Finishing: Deploy Function App
`,
  ),

  idoc(
    'ansible-vvv-output',
    ['logs-and-output', 'precision'],
    'ci-logs/ansible-site-vvv.txt',
    (x) => `TASK [mysql : create application user] *********************************************
task path: /builds/infra/roles/mysql/tasks/users.yml:14
<db-01.intern> ESTABLISH SSH CONNECTION FOR USER: ansible
<db-01.intern> SSH: EXEC ssh -C -o ControlMaster=auto -o ControlPersist=60s -o User="ansible" -o ConnectTimeout=10 db-01.intern '/bin/sh -c '"'"'echo ~ansible && sleep 0'"'"''
changed: [db-01.intern] => {
    "changed": true,
    "invocation": {
        "module_args": {
            "login_password": "${x.n('VALUE_SPECIFIED_IN_NO_LOG_PARAMETER')}",
            "login_user": "root",
            "name": "shop",
            "password": "${x.n('NOT_LOGGING_PARAMETER')}",
            "priv": "shop.*:ALL",
            "host": "%"
        }
    },
    "msg": "User added",
    "user": "shop"
}

TASK [app : render env file] **********************************************************
ok: [app-01.intern] => (item={'key': 'SMTP_PASS', 'value': '${x.pw(true)}'}) => {"ansible_loop_var": "item", "changed": false, "item": {"key": "SMTP_PASS", "value": "${x.n('(same as above)')}"}}
ok: [app-01.intern] => (item={'key': 'API_SHARED_SECRET', 'value': '${x.tok()}'}) => {"ansible_loop_var": "item", "changed": false}
ok: [app-01.intern] => (item={'key': 'LOG_LEVEL', 'value': 'info'}) => {"ansible_loop_var": "item", "changed": false}

TASK [app : show vault value (debug, remove!)] ****************************************
ok: [app-01.intern] => {
    "msg": "redis auth is ${x.pw(true)}"
}
`,
  ),

  idoc(
    'gradle-info-signing',
    ['logs-and-output', 'command-line'],
    'ci-logs/gradle-release-info.txt',
    (x) => `> Configure project :app
Evaluating project ':app' using build file '/home/runner/work/android/app/build.gradle.kts'.
Using signing config 'release': storeFile=/home/runner/work/_temp/release.jks keyAlias=upload
Starting process 'command '/usr/lib/jvm/temurin-17-jdk-amd64/bin/jarsigner''. Working directory: /home/runner/work/android/app Command: /usr/lib/jvm/temurin-17-jdk-amd64/bin/jarsigner -keystore /home/runner/work/_temp/release.jks -storepass ${x.pw(true)} -keypass ${x.pw(true)} app-release-unsigned.apk upload
Successfully started process 'command 'jarsigner''
> Task :app:publishReleaseBundle
Uploading to Play Console track=internal with service account play-publisher@acme-android.iam.gserviceaccount.com key id ${x.n(x.g.hex(40))}
BUILD SUCCESSFUL in 4m 12s
`,
  ),

  idoc(
    'maven-debug-settings',
    ['logs-and-output', 'precision'],
    'ci-logs/mvn-X-excerpt.txt',
    (x) => `[DEBUG] Reading global settings from /usr/share/maven/conf/settings.xml
[DEBUG] Reading user settings from /root/.m2/settings.xml
[DEBUG] Using mirror nexus (https://nexus.firma.example/repository/maven-public/) for central (https://repo.maven.apache.org/maven2).
[DEBUG] Configuring mojo org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy from plugin realm ClassRealm[plugin>org.apache.maven.plugins:maven-deploy-plugin:3.1.1, parent: jdk.internal.loader.ClassLoaders$AppClassLoader@${x.n(x.g.hex(8))}]
[DEBUG]   (f) altDeploymentRepository = releases::default::https://deployer:${x.cs()}@nexus.firma.example/repository/releases/
[DEBUG]   (f) retryFailedDeploymentCount = 1
[DEBUG]   (f) gpg.passphrase = ${x.phrase(true)}
[DEBUG]   (f) skip = false
[DEBUG] Using connector BasicRepositoryConnector with priority 0.0 for https://nexus.firma.example/repository/releases/ with username=deployer, password=***
[INFO] Uploaded to releases: https://nexus.firma.example/repository/releases/de/firma/app/2.0.1/app-2.0.1.pom (4.1 kB at 12 kB/s)
`,
  ),
];
