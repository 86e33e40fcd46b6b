// rw-dev3 logs/files, part 2: build and CI output, cluster dumps, environment dumps and shell histories.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { b64, epoch, ip, red, reqId, sha256, thpw, tight, tpw, traceId, ts, upw, V } from './logsFilesValues';

export const BUILD_DOCS: RealWorldDoc[] = [
  doc('github-actions-log-leak', ['logs-and-output', 'command-line', 'precision'], 'ci-logs/deploy-run-8812.log', (k) => {
    const g = k.g;
    const t = () => ts(g);
    return [
      `${t()} ##[group]Run actions/checkout@v4`,
      `${t()} with:`,
      `${t()}   repository: acme/storefront`,
      `${t()}   token: ***`,
      `${t()} ##[endgroup]`,
      `${t()} ##[group]Run ./scripts/deploy.sh`,
      `${t()} ./scripts/deploy.sh`,
      `${t()} shell: /usr/bin/bash -e {0}`,
      `${t()} env:`,
      `${t()}   DEPLOY_TOKEN: ***`,
      `${t()}   REGISTRY_PASSWORD: ${red(k)}`,
      `${t()} ##[endgroup]`,
      `${t()} + docker login -u ci-bot -p ${tpw(k)} registry.acme.dev`,
      `${t()} WARNING! Using --password via the CLI is insecure. Use --password-stdin.`,
      `${t()} Login Succeeded`,
      `${t()} + curl -sf -H 'PRIVATE-TOKEN: ${k.prov('gitlab', 'GitLab')}' https://gitlab.acme.dev/api/v4/projects/12/trigger/pipeline`,
      `${t()} + echo "image digest sha256:${k.n(sha256(g))}"`,
      `${t()} image digest sha256:${sha256(g)}`,
      `${t()} Cleaning up orphan processes`,
      '',
    ].join('\n');
  }),
  doc('jenkins-console-output', ['logs-and-output', 'command-line', 'precision'], 'jenkins/job-nightly-db-backup/consoleText', (k) => {
    const g = k.g;
    return [
      `Started by timer`,
      `Running as SYSTEM`,
      `Building in workspace /var/lib/jenkins/workspace/nightly-db-backup`,
      `[nightly-db-backup] $ /bin/sh -xe /tmp/jenkins${g.digits(18)}.sh`,
      `+ export PGPASSWORD=${tpw(k)}`,
      `+ pg_dump -h db-prod-1 -U backup -Fc app -f /backups/app-${g.digits(8)}.dump`,
      `+ aws s3 cp /backups/app-${g.digits(8)}.dump s3://acme-backups/pg/ --sse`,
      `upload: ../../backups/app.dump to s3://acme-backups/pg/app.dump`,
      `[Pipeline] withCredentials`,
      `Masking supported pattern matches of $NEXUS_PASSWORD`,
      `[Pipeline] sh`,
      `+ curl -u deployer:**** --upload-file target/app.war https://nexus.acme.dev/repository/releases/`,
      `+ mvn -B deploy -Dnexus.password=${tpw(k)} -DskipTests`,
      `[INFO] BUILD SUCCESS`,
      `Finished: SUCCESS`,
      '',
    ].join('\n');
  }),
  doc('gitlab-job-log-ansi', ['logs-and-output', 'command-line'], 'ci/job-551203.log', (k) => {
    const g = k.g;
    return [
      `\u001b[0KRunning with gitlab-runner 16.9.1 (${k.n(g.hex(8))})\u001b[0;m`,
      `\u001b[0K  on docker-runner-3 ${k.n(g.alnum(8))}, system ID: s_${k.n(g.hex(12))}\u001b[0;m`,
      `\u001b[32;1m$ echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY\u001b[0;m`,
      `Login Succeeded`,
      `\u001b[32;1m$ helm upgrade --install api ./chart --set db.password=${tpw(k)} --set image.tag=${g.hex(8)}\u001b[0;m`,
      `Release "api" has been upgraded. Happy Helming!`,
      `\u001b[32;1m$ curl -X POST -F token=${k.tok(g.hex(40))} -F ref=main https://gitlab.example.com/api/v4/projects/88/trigger/pipeline\u001b[0;m`,
      `{"id":${g.digits(6)},"sha":"${k.n(g.hex(40))}","status":"created"}`,
      `\u001b[32;1mJob succeeded\u001b[0;m`,
      '',
    ].join('\n');
  }),
  doc('npm-verbose-install-log', ['logs-and-output', 'precision'], 'debug/npm-debug-2026-03-14.log', (k) => {
    const g = k.g;
    return [
      `0 verbose cli /usr/local/bin/node /usr/local/bin/npm`,
      `1 info using npm@10.5.0`,
      `2 info using node@v20.11.1`,
      `3 silly config load:file:/home/ci/.npmrc`,
      `4 verbose config //registry.npmjs.org/:_authToken=${k.prov('npm', 'npm')}`,
      `5 verbose config //npm.pkg.github.com/:_authToken=(protected)`,
      `6 http fetch GET 200 https://registry.npmjs.org/left-pad 212ms (cache miss)`,
      `7 silly tarball no local data for left-pad@https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz. Extracting by manifest.`,
      `8 silly integrity ${k.n(V.integrity(g))}`,
      `9 http fetch GET 401 https://npm.acme.dev/@acme%2fui 88ms`,
      `10 verbose stack HttpErrorGeneral: 401 Unauthorized - GET https://npm.acme.dev/@acme%2fui`,
      `11 verbose headers { authorization: 'Basic ${k.basic('ci-reader')}', 'npm-session': '${k.n(g.hex(16))}' }`,
      `12 error code E401`,
      '',
    ].join('\n');
  }),
  doc('pip-verbose-private-index', ['logs-and-output', 'command-line'], 'ci/pip-install.log', (k) => {
    const g = k.g;
    return [
      `Using pip 24.0 from /opt/venv/lib/python3.11/site-packages/pip (python 3.11)`,
      `Looking in indexes: https://pypi.org/simple, https://ci:${upw(k)}@pkgs.acme.dev/simple/`,
      `Looking in links: /wheels`,
      `1 location(s) to search for versions of acme-core:`,
      `* https://pkgs.acme.dev/simple/acme-core/`,
      `Fetching project page and analyzing links: https://pkgs.acme.dev/simple/acme-core/`,
      `  Found link https://pkgs.acme.dev/packages/acme_core-2.4.0-py3-none-any.whl#sha256=${k.n(sha256(g))}, version: 2.4.0`,
      `Collecting acme-core==2.4.0`,
      `  Downloading https://__token__:${k.prov('pypi', 'PyPI')}@upload.pypi.org/legacy/ (retry 1)`,
      `Successfully installed acme-core-2.4.0`,
      '',
    ].join('\n');
  }),
  doc('maven-debug-settings-dump', ['logs-and-output', 'precision'], 'build/mvn-X.log', (k) => {
    const g = k.g;
    return [
      `Apache Maven 3.9.6 (bc0240f3c744dd6b6ec2920b3cd08dcc295161ae)`,
      `[DEBUG] Reading global settings from /usr/share/maven/conf/settings.xml`,
      `[DEBUG] Reading user settings from /root/.m2/settings.xml`,
      `[DEBUG] Using mirror nexus (https://nexus.acme.dev/repository/maven-public/) for central`,
      `[DEBUG] Using connector BasicRepositoryConnector with priority 0.0 for https://nexus.acme.dev/repository/maven-public/ with username=deployer, password=***`,
      `[DEBUG] Using transporter HttpTransporter with priority 5.0 for https://repo.partner.example/releases with username=acme, password=${tpw(k)}`,
      `[DEBUG]   (f) password = ${tpw(k)}`,
      `[DEBUG]   (f) serverId = partner-releases`,
      `[DEBUG] Writing tracking file /root/.m2/repository/org/acme/core/_remote.repositories`,
      `[DEBUG] sha1 ${k.n(g.hex(40))}`,
      '',
    ].join('\n');
  }),
  doc('gradle-debug-properties', ['logs-and-output'], 'build/gradle-debug.txt', (k) => {
    const g = k.g;
    return [
      `2026-03-14T10:11:02.551+0000 [DEBUG] [org.gradle.initialization.DefaultGradlePropertiesLoader] Found system project properties: [org.gradle.jvmargs, signing.keyId, signing.password, ossrhPassword]`,
      `2026-03-14T10:11:02.553+0000 [INFO] [org.gradle.api.Project] signing.keyId=${k.n(g.hex(8).toUpperCase())}`,
      `2026-03-14T10:11:02.553+0000 [INFO] [org.gradle.api.Project] signing.password=${tpw(k)}`,
      `2026-03-14T10:11:02.554+0000 [INFO] [org.gradle.api.Project] ossrhUsername=acme-release`,
      `2026-03-14T10:11:02.554+0000 [INFO] [org.gradle.api.Project] ossrhPassword=${tpw(k)}`,
      `2026-03-14T10:11:05.001+0000 [LIFECYCLE] [class org.gradle.internal.buildevents.BuildResultLogger] BUILD SUCCESSFUL in 12s`,
      '',
    ].join('\n');
  }),
  doc('docker-build-log-build-args', ['logs-and-output', 'command-line', 'precision'], 'ci/docker-build.log', (k) => {
    const g = k.g;
    return [
      `#0 building with "default" instance using docker driver`,
      `#1 [internal] load build definition from Dockerfile`,
      `#1 transferring dockerfile: 1.21kB done`,
      `#4 [builder 1/6] FROM docker.io/library/node:20-alpine@sha256:${k.n(sha256(g))}`,
      `#7 [builder 4/6] RUN npm config set //npm.acme.dev/:_authToken ${k.tok(g.uuid())} && npm ci`,
      `#7 12.04 added 1022 packages in 11s`,
      `#9 [builder 6/6] RUN echo "machine git.acme.dev login ci password ${tpw(k)}" > ~/.netrc && git clone https://git.acme.dev/acme/assets.git`,
      `#9 1.337 Cloning into 'assets'...`,
      `#12 exporting to image`,
      `#12 writing image sha256:${k.n(sha256(g))} done`,
      ` 1 warning found (use docker --debug to expand):`,
      ` - SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG "NPM_TOKEN") (line 4)`,
      '',
    ].join('\n');
  }),
  doc('terraform-plan-output', ['logs-and-output', 'config-syntax', 'precision'], 'infra/plans/prod-2026-03-14.txt', (k) => {
    const g = k.g;
    return [
      `Terraform will perform the following actions:`,
      ``,
      `  # aws_db_instance.main will be updated in-place`,
      `  ~ resource "aws_db_instance" "main" {`,
      `        id                     = "prod-main"`,
      `      ~ password               = (sensitive value)`,
      `        # (42 unchanged attributes hidden)`,
      `    }`,
      ``,
      `  # kubernetes_secret.app will be created`,
      `  + resource "kubernetes_secret" "app" {`,
      `      + data = (sensitive value)`,
      `      + id   = (known after apply)`,
      `    }`,
      ``,
      `  # datadog_monitor.api will be created`,
      `  + resource "null_resource" "bootstrap" {`,
      `      + triggers = {`,
      `          + "admin_password" = "${tpw(k)}"`,
      `          + "api_key"        = "${k.tok(g.hex(32))}"`,
      `          + "checksum"       = "${k.n(sha256(g))}"`,
      `        }`,
      `    }`,
      ``,
      `Plan: 2 to add, 1 to change, 0 to destroy.`,
      ``,
      `Changes to Outputs:`,
      `  ~ db_password = (sensitive value)`,
      `  + endpoint    = "prod-main.${g.lower(12)}.eu-west-1.rds.amazonaws.com"`,
      '',
    ].join('\n');
  }),
  doc('kubectl-get-secret-yaml', ['logs-and-output', 'config-syntax', 'precision'], 'debug/kubectl-get-secret.txt', (k) => {
    const g = k.g;
    return [
      `$ kubectl get secret app-db -n payments -o yaml`,
      `apiVersion: v1`,
      `data:`,
      `  DB_PASSWORD: ${k.pw(b64(tight(g)))}`,
      `  DB_USER: ${k.n(b64('payments'))}`,
      `  STRIPE_KEY: ${k.s('provider', b64(k.raw.p.stripeSecret(g)), 'Stripe')}`,
      `kind: Secret`,
      `metadata:`,
      `  creationTimestamp: "${ts(g)}"`,
      `  name: app-db`,
      `  namespace: payments`,
      `  resourceVersion: "${g.digits(8)}"`,
      `  uid: ${k.n(g.uuid())}`,
      `type: Opaque`,
      '',
    ].join('\n');
  }),
  doc('kubectl-describe-pod-env', ['logs-and-output', 'precision'], 'incident/INC-3012/describe-pod.txt', (k) => {
    const g = k.g;
    return [
      `Name:             checkout-7d9f8c6b5-x2kqp`,
      `Namespace:        shop`,
      `Node:             ip-10-0-3-21.eu-west-1.compute.internal/${ip(g)}`,
      `Containers:`,
      `  checkout:`,
      `    Container ID:   containerd://${k.n(sha256(g))}`,
      `    Image:          registry.acme.dev/checkout:2.14.0`,
      `    Image ID:       registry.acme.dev/checkout@sha256:${k.n(sha256(g))}`,
      `    Environment:`,
      `      SPRING_PROFILES_ACTIVE:  prod`,
      `      DB_PASSWORD:             <set to the key 'password' in secret 'checkout-db'>  Optional: false`,
      `      PAYMENT_API_KEY:         ${k.tok(g.alnum(32))}`,
      `      REDIS_PASSWORD:          ${tpw(k)}`,
      `      OTEL_EXPORTER_OTLP_HEADERS: x-honeycomb-team=${k.tok(g.alnum(22))}`,
      `    Mounts:`,
      `      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-8xk2p (ro)`,
      `Events:`,
      `  Warning  BackOff  2m (x14 over 9m)  kubelet  Back-off restarting failed container`,
      '',
    ].join('\n');
  }),
  doc('helm-get-values', ['logs-and-output', 'config-syntax'], 'notes/helm-values-keycloak.txt', (k) => {
    return [
      `$ helm get values keycloak -n auth`,
      `USER-SUPPLIED VALUES:`,
      `auth:`,
      `  adminUser: admin`,
      `  adminPassword: ${tpw(k)}`,
      `externalDatabase:`,
      `  host: pg-auth.internal`,
      `  user: keycloak`,
      `  password: ${tpw(k)}`,
      `  existingSecret: ""`,
      `ingress:`,
      `  enabled: true`,
      `  hostname: sso.acme.dev`,
      `smtp:`,
      `  password: "${k.n('{{ .Values.global.smtpPassword }}')}"`,
      '',
    ].join('\n');
  }),
  doc('printenv-dump-in-ticket', ['logs-and-output', 'precision'], 'tickets/SUP-1203-printenv.txt', (k) => {
    const g = k.g;
    return [
      `HOSTNAME=web-6c9d7f-abcde`,
      `HOME=/root`,
      `NODE_ENV=production`,
      `DATABASE_URL=postgres://app:${upw(k)}@db.internal:5432/app`,
      `REDIS_URL=redis://default:${upw(k)}@cache.internal:6379`,
      `SENDGRID_API_KEY=${k.prov('sendgrid', 'SendGrid')}`,
      `SESSION_SECRET=${k.tok(g.hex(64))}`,
      `GIT_COMMIT=${k.n(g.hex(40))}`,
      `BUILD_ID=${k.n(g.digits(7))}`,
      `KUBERNETES_SERVICE_HOST=${ip(g)}`,
      `ADMIN_PASSWORD=${thpw(k)}`,
      `SMTP_PASSWORD=`,
      `PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
      `TERM=xterm`,
      '',
    ].join('\n');
  }),
  doc('windows-set-dump', ['logs-and-output', 'command-line'], 'support/set-output.txt', (k) => {
    const g = k.g;
    return [
      `C:\\Users\\svc_build>set`,
      `ALLUSERSPROFILE=C:\\ProgramData`,
      `APPDATA=C:\\Users\\svc_build\\AppData\\Roaming`,
      `COMPUTERNAME=BUILD-07`,
      `NUGET_API_KEY=${k.prov('nuget', 'NuGet')}`,
      `OCTOPUS_API_KEY=${k.tok(`API-${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 27)}`)}`,
      `SQL_SA_PASSWORD=${tpw(k)}`,
      `PROCESSOR_IDENTIFIER=Intel64 Family 6 Model 85 Stepping 7, GenuineIntel`,
      `USERDOMAIN=CORP`,
      `USERNAME=svc_build`,
      '',
    ].join('\r\n');
  }),
  doc('crash-report-app-state', ['logs-and-output', 'precision'], 'crash-reports/desktop-2026-03-14-1022.txt', (k) => {
    const g = k.g;
    return [
      `Crash Report`,
      `Application: SyncDesk 3.8.2 (build 4411)`,
      `OS: Windows 11 Pro 23H2 (10.0.22631)`,
      `Exception: System.NullReferenceException`,
      `Crash ID: ${k.n(g.uuid())}`,
      `Minidump SHA1: ${k.n(g.hex(40))}`,
      ``,
      `--- Application state ---`,
      `Account.Email = lena.h@example.de`,
      `Account.RememberPassword = True`,
      `Account.Password = ${tpw(k)}`,
      `Proxy.Host = proxy.corp.local`,
      `Proxy.User = CORP\\lhoffmann`,
      `Proxy.Pass = ${tpw(k)}`,
      `Sync.DeviceToken = ${k.tok(g.base64(44))}`,
      `Telemetry.InstallId = ${k.n(g.uuid())}`,
      '',
    ].join('\n');
  }),
  doc('core-dump-strings', ['logs-and-output', 'precision'], 'forensics/strings-core.8812.txt', (k) => {
    const g = k.g;
    return [
      `GLIBC_2.34`,
      `libssl.so.3`,
      `/usr/lib/x86_64-linux-gnu/libcrypto.so.3`,
      `HTTP/1.1 200 OK`,
      `Authorization: Bearer ${k.bearer()}`,
      `Content-Type: application/json`,
      `redis_password=${tpw(k)}`,
      `/var/run/app.sock`,
      `${k.n(g.hex(64))}`,
      `user=app dbname=app host=10.0.0.5 password=${k.cs(tight(g))} sslmode=require`,
      `__libc_start_main`,
      `%s: unable to open %s`,
      '',
    ].join('\n');
  }),
  doc('bash-history', ['command-line', 'precision'], 'home/deploy/.bash_history', (k) => {
    const g = k.g;
    return [
      `ls -la`,
      `cd /opt/app`,
      `git pull`,
      `mysql -h db1 -u app -p'${tpw(k)}' app_prod`,
      `export AWS_SECRET_ACCESS_KEY=${k.prov('awsSecret', 'AWS')}`,
      `htpasswd -b /etc/nginx/.htpasswd admin ${tpw(k)}`,
      `sha256sum release.tar.gz`,
      `echo ${k.n(sha256(g))}  release.tar.gz | sha256sum -c`,
      `redis-cli -a ${tpw(k)} ping`,
      `sudo systemctl restart app`,
      `psql "postgresql://report:${upw(k)}@db1/report" -c 'select 1'`,
      `openssl rand -hex 32`,
      `history | grep pass`,
      '',
    ].join('\n');
  }),
  doc('zsh-history-extended', ['command-line'], 'home/maria/.zsh_history', (k) => {
    const g = k.g;
    const t = () => `: ${epoch(g)}:0;`;
    return [
      `${t()}brew upgrade`,
      `${t()}gh auth login --with-token <<< ${k.prov('githubClassic', 'GitHub')}`,
      `${t()}docker run -e POSTGRES_PASSWORD=${tpw(k)} -p 5432:5432 postgres:16`,
      `${t()}kubectl create secret generic api --from-literal=API_KEY=${k.tok(g.alnum(32))}`,
      `${t()}vim ~/.config/app.toml`,
      `${t()}ssh-keygen -t ed25519 -C maria@laptop`,
      `${t()}curl -H "X-Auth-Token: ${k.http(g.hex(32))}" https://monitor.acme.dev/api/v1/alerts`,
      `${t()}git commit -m "fix"`,
      '',
    ].join('\n');
  }),
  doc('powershell-consolehost-history', ['command-line', 'precision'], 'Users/admin/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt', (k) => {
    const g = k.g;
    return [
      `Get-Service | Where-Object Status -eq Running`,
      `$pw = ConvertTo-SecureString '${tpw(k)}' -AsPlainText -Force`,
      `$cred = New-Object System.Management.Automation.PSCredential('CORP\\svc_sql', $pw)`,
      `Invoke-Command -ComputerName SQL01 -Credential $cred -ScriptBlock { Get-Process }`,
      `net user backupadmin ${tpw(k)} /add`,
      `Set-ADAccountPassword -Identity jdoe -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "${thpw(k)}" -Force)`,
      `Get-FileHash .\\setup.exe -Algorithm SHA256`,
      `# ${k.n(sha256(g).toUpperCase())}`,
      `Connect-AzAccount -ServicePrincipal -Tenant ${k.n(g.uuid())} -Credential (New-Object PSCredential('${k.n(g.uuid())}', (ConvertTo-SecureString '${k.tok(g.base64url(34))}' -AsPlainText -Force)))`,
      `cls`,
      '',
    ].join('\n');
  }),
  doc('fish-history', ['command-line'], 'home/kenji/.local/share/fish/fish_history', (k) => {
    const g = k.g;
    return [
      `- cmd: set -x OPENAI_API_KEY ${k.prov('openaiProject', 'OpenAI')}`,
      `  when: ${epoch(g)}`,
      `- cmd: pip install -r requirements.txt`,
      `  when: ${epoch(g)}`,
      `- cmd: rclone config create nas webdav url https://nas.home/dav user kenji pass ${tpw(k)}`,
      `  when: ${epoch(g)}`,
      `- cmd: mosquitto_pub -h mqtt.home -u ha -P ${tpw(k)} -t test -m hi`,
      `  when: ${epoch(g)}`,
      `  paths:`,
      `    - test`,
      '',
    ].join('\n');
  }),
  doc('psql-history', ['command-line', 'precision'], 'home/postgres/.psql_history', (k) => {
    const g = k.g;
    return [
      `\\dt`,
      `select count(*) from orders;`,
      `CREATE ROLE reporting LOGIN PASSWORD '${tpw(k)}';`,
      `ALTER USER app WITH PASSWORD '${tpw(k)}';`,
      `ALTER USER legacy WITH ENCRYPTED PASSWORD '${k.n(`SCRAM-SHA-256$4096:${g.base64(24)}$${g.base64(44)}:${g.base64(44)}`)}';`,
      `\\password reporting`,
      `update users set api_token = '${k.tok(g.hex(40))}' where id = 7;`,
      `select md5('${k.n('hello')}');`,
      '',
    ].join('\n');
  }),
  doc('mysql-history-escaped', ['command-line'], 'root/.mysql_history', (k) => {
    const sp = (s: string) => s.replace(/ /g, '\\040');
    return [
      `_HiStOrY_V2_`,
      sp(`show databases;`),
      `${sp(`CREATE USER 'wp'@'localhost' IDENTIFIED BY '`)}${tpw(k)}';`,
      sp(`GRANT ALL PRIVILEGES ON wordpress.* TO 'wp'@'localhost';`),
      `${sp(`SET PASSWORD FOR 'root'@'localhost' = PASSWORD('`)}${tpw(k)}');`,
      sp(`flush privileges;`),
      sp(`select user,host,authentication_string from mysql.user;`),
      '',
    ].join('\n');
  }),
  doc('rediscli-history', ['command-line'], 'root/.rediscli_history', (k) => {
    const g = k.g;
    return [
      `INFO replication`,
      `AUTH ${tpw(k)}`,
      `CONFIG SET requirepass ${tpw(k)}`,
      `AUTH default ${tpw(k)}`,
      `KEYS session:*`,
      `GET session:${g.hex(16)}`,
      `ACL SETUSER worker on >${tpw(k)} ~jobs:* +@all`,
      '',
    ].join('\n');
  }),
  doc('ci-log-masked-only', ['logs-and-output', 'precision'], 'ci-logs/release-run-9020.log', (k) => {
    const g = k.g;
    return [
      `Run docker/login-action@v3`,
      `  with:`,
      `    registry: ghcr.io`,
      `    username: acme-bot`,
      `    password: ${red(k)}`,
      `    ecr: auto`,
      `    logout: true`,
      `Logging into ghcr.io...`,
      `Login Succeeded!`,
      `Run npm publish --access public`,
      `npm notice Publishing to https://registry.npmjs.org/ with tag latest and default access`,
      `npm notice shasum: ${k.n(g.hex(40))}`,
      `npm notice integrity: ${k.n(`sha512-${g.base64(20)}[...]${g.base64(10)}==`)}`,
      `env:`,
      `  NODE_AUTH_TOKEN: ${red(k)}`,
      `  NPM_CONFIG_USERCONFIG: /home/runner/work/_temp/.npmrc`,
      `Post job cleanup.`,
      `Request ID: ${k.n(reqId(g))}`,
      `Trace: ${k.n(traceId(g))}`,
      '',
    ].join('\n');
  }),
];
