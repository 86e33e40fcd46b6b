// rw-dev: credentials on command lines, in scripts, READMEs, CI files, Dockerfiles and shell history.
import type { RealWorldDoc } from '../types';
import { doc, F } from './kit';

export const COMMAND_LINE_DOCS: RealWorldDoc[] = [
  doc(
    'readme-local-mysql',
    ['command-line', 'prose'],
    'README.md',
    (k) => `# orders-service

Handles order intake for the storefront. Runs on Node 20 with MySQL 8.

## Getting started

1. Start a database:

${F}bash
docker run -d --name orders-db -p 3306:3306 \\
  -e MYSQL_ROOT_PASSWORD=${k.hpw()} \\
  -e MYSQL_DATABASE=orders mysql:8.0
${F}

2. Load the schema:

${F}bash
mysql -h 127.0.0.1 -u root -p${k.hpw()} orders < db/schema.sql
${F}

   (or leave the value off, \`mysql -u root -p\`, and type it when asked)

3. Copy \`.env.example\` to \`.env\`, set \`DB_PASSWORD=${k.n('<the root password above>')}\`, then \`npm run dev\`.

## Tests

\`npm test\` uses an in-memory SQLite database, no setup needed.
`,
  ),

  doc(
    'script-pg-backup',
    ['command-line'],
    'scripts/backup-db.sh',
    (k) => `#!/usr/bin/env bash
# Nightly dump of the reporting database to S3. Run from cron on db-util-01.
set -euo pipefail

DATE=$(date +%F)
OUT=/var/backups/reporting-$DATE.sql.gz

# TODO move this to the vault once ops gives us a path
PGPASSWORD='${k.pw()}' pg_dump -h reporting-db.internal -U report_ro -d reporting | gzip > "$OUT"

# the archive db still uses the old user
PGPASSWORD=${k.hpw()} pg_dump -h 10.20.4.11 -U postgres archive | gzip > "/var/backups/archive-$DATE.sql.gz"

# this one is fine, it reads the env set by systemd
PGPASSWORD="${k.n('$ANALYTICS_DB_PASS')}" pg_dump -h analytics-db -U etl analytics > /dev/null

aws s3 cp "$OUT" "s3://acme-db-backups/reporting/" --storage-class STANDARD_IA
find /var/backups -name '*.sql.gz' -mtime +14 -delete
echo "backup done: $(sha256sum "$OUT" | cut -c1-${k.n('64')})"
`,
  ),

  doc(
    'bash-history-ops',
    ['command-line', 'logs-and-output'],
    'home/deploy/.bash_history',
    (k) => `ls -la
cd /opt/app
git pull
sudo systemctl restart app
journalctl -u app -n 200
mysql -u app_user --password=${k.hpw()} -h db01 app_prod
sshpass -p '${k.pw()}' ssh -o StrictHostKeyChecking=no admin@10.0.12.7
redis-cli -h cache01 -a ${k.gpw()} info memory
redis-cli -h cache01 -a ${k.gpw()} --no-auth-warning FLUSHDB
curl -u deploy:${k.hpw()} https://nexus.internal.example.com/service/rest/v1/repositories
export GITHUB_TOKEN=${k.prov('githubClassic', 'GitHub')}
gh release list
docker login registry.gitlab.com -u deploy-bot -p ${k.prov('gitlab', 'GitLab')}
docker pull registry.gitlab.com/acme/app:2.14.1
vim /etc/app/app.env
history | grep mysql
exit
`,
  ),

  doc(
    'powershell-map-share',
    ['command-line', 'code'],
    'scripts/Setup-Workstation.ps1',
    (k) => `<#
  Prepares a new analyst workstation: maps the shares, installs the ODBC driver.
  Run as local admin.
#>
param([string]$Region = "emea")

$ErrorActionPreference = "Stop"

$svcUser = "CORP\\svc-fileshare"
$svcPass = ConvertTo-SecureString "${k.hpw()}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($svcUser, $svcPass)

New-PSDrive -Name R -PSProvider FileSystem -Root "\\\\fs01\\reports-$Region" -Credential $cred -Persist

# legacy share still needs net use
net use S: \\\\fs02\\scans /user:CORP\\scanner ${k.hpw()} /persistent:yes

# ask the user for their own account instead of hard-coding it
$mine = Read-Host -AsSecureString "${k.n('Enter your password')}"

$odbcPwd = ConvertTo-SecureString -String '${k.gpw()}' -AsPlainText -Force
Add-OdbcDsn -Name "Reporting" -DriverName "ODBC Driver 18 for SQL Server" -DsnType System -SetPropertyValue @("Server=sql01", "Database=Reporting")
Write-Host "done"
`,
  ),

  doc(
    'makefile-release',
    ['command-line', 'config-syntax'],
    'Makefile',
    (k) => `REGISTRY ?= registry.acme.io
IMAGE    ?= $(REGISTRY)/billing/api
VERSION  := $(shell git describe --tags --always)
REGISTRY_USER ?= ci-pusher
REGISTRY_PASSWORD ?= ${k.hpw()}

.PHONY: build push migrate test

build:
\tdocker build -t $(IMAGE):$(VERSION) .

push: build
\t@docker login $(REGISTRY) -u $(REGISTRY_USER) -p $(REGISTRY_PASSWORD)
\tdocker push $(IMAGE):$(VERSION)

push-ci:
\t@echo "${k.n('$(CI_REGISTRY_PASSWORD)')}" | docker login $(REGISTRY) -u $(REGISTRY_USER) --password-stdin

migrate:
\tpsql "postgresql://billing:${k.cs()}@localhost:5432/billing" -f db/migrations/latest.sql

test:
\tgo test ./... -count=1
`,
  ),

  doc(
    'ldap-howto',
    ['command-line', 'prose'],
    'docs/ldap-troubleshooting.md',
    (k) => `# LDAP troubleshooting

When logins to the wiki fail, first check the bind account still works.

${F}sh
ldapsearch -x -H ldaps://ldap.corp.example.org -D "cn=wiki-bind,ou=services,dc=corp,dc=example,dc=org" \\
  -w '${k.pw()}' -b "ou=people,dc=corp,dc=example,dc=org" "(uid=jdoe)" cn mail memberOf
${F}

Use \`-W\` instead of \`-w <password>\` if you are on a shared box, it prompts.

To reset a user's password as the directory manager:

${F}sh
ldappasswd -x -H ldap://ldap01 -D "cn=Directory Manager" -w ${k.hpw()} -s ${k.hpw()} "uid=jdoe,ou=people,dc=corp,dc=example,dc=org"
${F}

The stored value is a salted hash, e.g. \`userPassword: ${k.n(k.raw.ssha(k.g))}\` — that is fine to paste in tickets.
`,
  ),

  doc(
    'cron-smb-sync',
    ['command-line'],
    'ops/cron/sync-scans.sh',
    (k) => `#!/bin/sh
# copies scanner output from the office NAS to the archive every 15 min
LOG=/var/log/sync-scans.log
smbclient //nas01/scans -U scanner%${k.hpw()} -c 'prompt OFF; recurse ON; mget *' >> $LOG 2>&1
mount -t cifs //nas01/archive /mnt/archive -o username=archiver,password=${k.gpw()},vers=3.0
rsync -a /mnt/scans/ /mnt/archive/scans/
# credentials file variant used on the newer box (file is root:root 0600)
mount -t cifs //nas02/archive /mnt/archive2 -o credentials=${k.n('/etc/samba/creds-archive')},vers=3.0
umount /mnt/archive
`,
  ),

  doc(
    'certs-openssl-script',
    ['command-line'],
    'infra/certs/make-keystore.sh',
    (k) => `#!/bin/bash
# Builds the Java keystore for the payment gateway client certificate.
set -e
CN=\${1:-gateway-client}
openssl req -new -newkey rsa:2048 -nodes -keyout $CN.key -out $CN.csr -subj "/CN=$CN/O=Acme"
openssl x509 -req -in $CN.csr -CA ca.pem -CAkey ca.key -passin pass:${k.pw()} -CAcreateserial -out $CN.crt -days 825
openssl pkcs12 -export -in $CN.crt -inkey $CN.key -out $CN.p12 -name $CN -passout pass:${k.hpw()}
keytool -importkeystore -srckeystore $CN.p12 -srcstoretype PKCS12 -srcstorepass ${k.pw()} \\
  -destkeystore gateway.jks -deststorepass ${k.hpw()}
# reading the pass from env is what CI does:
openssl pkcs12 -in $CN.p12 -nokeys -passin env:${k.n('P12_PASS')} | openssl x509 -noout -subject
`,
  ),

  doc(
    'gpg-backup-script',
    ['command-line'],
    'bin/encrypt-backup',
    (k) => `#!/usr/bin/env bash
# usage: encrypt-backup <file>
# symmetric so the restore box does not need our keyring
f="$1"
gpg --batch --yes --pinentry-mode loopback --passphrase "${k.passphrase()}" -c "$f"
# old boxes: gpg1 syntax
# echo ${k.passphrase()} | gpg --batch --passphrase-fd 0 -c "$f"
gpg --batch --passphrase-file ${k.n('/root/.backup-pass')} -d "$f.gpg" > /dev/null && echo verified
`,
  ),

  doc(
    'htpasswd-setup',
    ['command-line', 'precision'],
    'deploy/nginx/README.md',
    (k) => `## Protecting /admin with basic auth

${F}
htpasswd -b -c /etc/nginx/.htpasswd admin ${k.hpw()}
htpasswd -b /etc/nginx/.htpasswd support ${k.hpw()}
${F}

The file then looks like this (hashes, not the passwords):

${F}
admin:${k.n(`$apr1$${k.g.alnum(8)}$${k.g.alnum(22)}`)}
support:${k.n(`$apr1$${k.g.alnum(8)}$${k.g.alnum(22)}`)}
${F}

nginx:

${F}nginx
location /admin {
    auth_basic "Restricted";
    auth_basic_user_file /etc/nginx/.htpasswd;
}
${F}
`,
  ),

  doc(
    'bat-map-drives',
    ['command-line'],
    'scripts/login.bat',
    (k) => `@echo off
REM logon script for the warehouse PCs
net use P: \\\\srv-print\\labels /user:WAREHOUSE\\labelprinter ${k.hpw()} /persistent:no
net use Q: \\\\srv-files\\shipping ${k.weak()} /user:shipping
cmdkey /generic:TERMSRV/rds01 /user:WAREHOUSE\\kiosk /pass:${k.hpw()}
REM the next one uses the user's own session
net use H: \\\\srv-files\\home\\%USERNAME%
set DBPASS=${k.n('%WMS_DB_PASSWORD%')}
start "" "C:\\Program Files\\WMS\\client.exe"
`,
  ),

  doc(
    'azure-sp-login',
    ['command-line', 'prose'],
    'docs/deploy-azure.md',
    (k) => `# Deploying to Azure (manual fallback)

The pipeline normally does this. If it is down:

${F}bash
az login --service-principal \\
  -u ${k.n(k.g.uuid())} \\
  -p '${k.prov('azureClientSecret', 'Azure AD client secret')}' \\
  --tenant ${k.n(k.g.uuid())}
az account set --subscription ${k.n(k.g.uuid())}
az webapp deploy --resource-group rg-shop-prod --name shop-api-prod --src-path app.zip
${F}

Interactive users: \`az login -u you@acme.com -p ${k.n('<your password>')}\` works but MFA accounts need \`az login\` alone.

Old note from Pavel: the personal account fallback was \`az login -u ops@acme.onmicrosoft.com -p ${k.hpw()}\` (disabled since March).
`,
  ),

  doc(
    'k8s-create-secrets',
    ['command-line'],
    'k8s/bootstrap.sh',
    (k) => `#!/usr/bin/env bash
set -euo pipefail
NS=payments
kubectl create namespace $NS --dry-run=client -o yaml | kubectl apply -f -

kubectl -n $NS create secret generic payments-db \\
  --from-literal=username=payments \\
  --from-literal=password='${k.pw()}'

kubectl -n $NS create secret generic payments-api \\
  --from-literal=API_KEY=${k.tok()} \\
  --from-literal=STRIPE_SECRET_KEY=${k.prov('stripeSecret', 'Stripe')}

kubectl -n $NS create secret docker-registry regcred \\
  --docker-server=harbor.acme.io --docker-username=robot\\$payments \\
  --docker-password=${k.tok(k.g.alnum(32))}

# from files is the preferred way
kubectl -n $NS create secret generic payments-tls --from-file=tls.crt --from-file=tls.key
kubectl -n $NS create secret generic payments-smtp --from-literal=password="$SMTP_PASSWORD"
`,
  ),

  doc(
    'mongo-runbook',
    ['command-line', 'prose'],
    'runbooks/mongo-restore.md',
    (k) => `# Restoring a MongoDB collection

**When:** someone dropped or corrupted a collection in \`catalog\`.

1. Find the latest snapshot in the S3 bucket \`acme-mongo-snapshots\` (ids look like \`${k.n(k.g.hex(24))}\`).
2. Restore into a scratch db first:

${F}
mongorestore --uri "mongodb://restore:${k.cs()}@mongo-scratch.internal:27017/?authSource=admin" --nsInclude 'catalog.products' dump/
${F}

3. Check counts:

${F}
mongo mongo-scratch.internal/catalog -u restore -p ${k.hpw()} --authenticationDatabase admin --eval 'db.products.countDocuments()'
mongosh "mongodb://mongo-prod-1:27017" --username ops --password '${k.gpw()}' --eval 'rs.status().ok'
${F}

4. Copy across with \`mongodump\`/\`mongorestore\` against prod (ask in #db before).
`,
  ),

  doc(
    'wget-mirror',
    ['command-line'],
    'tools/fetch-artifacts.sh',
    (k) => `#!/bin/sh
# pulls the nightly firmware images from the vendor portal
VENDOR_URL=https://portal.vendor-example.com/downloads/nightly
wget --user=acme-dl --password=${k.hpw()} -r -np -nH --cut-dirs=2 -A '*.bin' "$VENDOR_URL/"
wget --http-user=acme --http-password='${k.gpw()}' https://files.vendor-example.com/sdk/latest.tar.gz
curl -sS -u 'builder:${k.pw()}' -o checksums.txt https://files.vendor-example.com/sdk/SHA256SUMS
curl -sS --user "$VENDOR_USER:$VENDOR_PASS" https://files.vendor-example.com/sdk/notes.txt
sha256sum -c checksums.txt
`,
  ),

  doc(
    'dockerfile-node',
    ['command-line', 'config-syntax'],
    'Dockerfile',
    (k) => `FROM node:20-alpine AS build
WORKDIR /app
ARG NPM_TOKEN
COPY package*.json ./
RUN npm config set //npm.pkg.github.com/:_authToken=${k.prov('githubClassic', 'GitHub')} \\
 && npm ci --omit=dev
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production \\
    PORT=8080 \\
    DB_HOST=db \\
    DB_USER=shop \\
    DB_PASSWORD=${k.hpw()} \\
    SESSION_SECRET=${k.tok()}
# build arg, filled by CI
ENV NPM_TOKEN=${k.n('${NPM_TOKEN}')}
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
EXPOSE 8080
CMD ["node", "dist/server.js"]
`,
  ),

  doc(
    'gitlab-ci-deploy',
    ['command-line', 'config-syntax'],
    '.gitlab-ci.yml',
    (k) => `stages: [test, build, deploy]

variables:
  POSTGRES_DB: app_test
  POSTGRES_USER: runner
  POSTGRES_PASSWORD: ${k.weak()}
  DOCKER_TLS_CERTDIR: "/certs"

test:
  stage: test
  image: python:3.12
  services: [postgres:16]
  script:
    - pip install -r requirements.txt
    - DATABASE_URL=postgres://runner:${k.cs()}@postgres/app_test pytest -q

build:
  stage: build
  script:
    - docker login -u $CI_REGISTRY_USER -p ${k.n('$CI_REGISTRY_PASSWORD')} $CI_REGISTRY
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  script:
    - apt-get update && apt-get install -y sshpass
    - sshpass -p "${k.hpw()}" ssh -o StrictHostKeyChecking=no deploy@app01.acme.internal "cd /srv/app && ./update.sh $CI_COMMIT_SHORT_SHA"
    - 'curl --request POST --header "PRIVATE-TOKEN: ${k.prov('gitlab', 'GitLab')}" "https://gitlab.acme.io/api/v4/projects/42/releases"'
  only: [main]
`,
  ),

  doc(
    'gha-workflow',
    ['command-line', 'config-syntax'],
    '.github/workflows/release.yml',
    (k) => `name: release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${k.n(k.raw.gitSha(k.g))} # v4.1.1
      - uses: actions/setup-node@v4
        with: { node-version: 20, registry-url: 'https://registry.npmjs.org' }
      - run: npm ci
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
      - name: notify
        run: |
          curl -sS -X POST -H "Authorization: token ${k.prov('githubClassic', 'GitHub')}" \\
            -d '{"event_type":"release","client_payload":{"tag":"\${{ github.ref_name }}"}}' \\
            https://api.github.com/repos/acme/website/dispatches
      - name: docker
        run: echo "\${{ secrets.DOCKERHUB_TOKEN }}" | docker login -u acmebot --password-stdin
`,
  ),

  doc(
    'jenkinsfile-db',
    ['command-line', 'code'],
    'Jenkinsfile',
    (k) => `pipeline {
  agent { label 'linux' }
  environment {
    APP_ENV = 'staging'
    SONAR_TOKEN = credentials('${k.n('sonar-token')}')
  }
  stages {
    stage('Migrate') {
      steps {
        sh "mysql -h stg-db01 -uroot -p${k.hpw()} app < db/migrate.sql"
        sh 'mysqldump -h stg-db01 -u backup --password="${k.gpw()}" app > before.sql'
      }
    }
    stage('Deploy') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'stg-ssh', usernameVariable: 'U', passwordVariable: 'P')]) {
          sh 'sshpass -p "$P" ssh $U@stg-app01 ./deploy.sh'
        }
      }
    }
  }
}
`,
  ),

  doc(
    'redis-readme',
    ['command-line', 'config-syntax'],
    'infra/redis/README.md',
    (k) => `# Redis (session store)

Config is in \`redis.conf\`; the relevant lines:

${F}
bind 0.0.0.0
port 6379
requirepass ${k.gpw()}
masterauth ${k.gpw()}
maxmemory 2gb
${F}

Connect:

${F}
$ redis-cli -h sessions.redis.internal
sessions.redis.internal:6379> AUTH ${k.hpw()}
OK
sessions.redis.internal:6379> DBSIZE
(integer) 48213
${F}

ACL users (Redis 6+): \`ACL SETUSER reporting on >${k.hpw()} ~report:* +get +scan\`
`,
  ),

  doc(
    'rabbit-bootstrap',
    ['command-line'],
    'docker/rabbitmq/init.sh',
    (k) => `#!/bin/bash
# first start of the broker container: users and vhosts
( rabbitmqctl wait --timeout 60 $RABBITMQ_PID_FILE
  rabbitmqctl add_vhost orders
  rabbitmqctl add_user orders_svc '${k.pw()}'
  rabbitmqctl set_permissions -p orders orders_svc ".*" ".*" ".*"
  rabbitmqctl add_user monitoring ${k.hpw()}
  rabbitmqctl set_user_tags monitoring monitoring
  rabbitmqctl change_password guest ${k.gpw()}
  rabbitmqctl delete_user ${k.n('guest')}
) &
rabbitmq-server "$@"
`,
  ),

  doc(
    'psql-admin-notes',
    ['command-line', 'config-syntax'],
    'db/admin/create_roles.sql',
    (k) => `-- Roles for the analytics warehouse. Run as postgres.
CREATE ROLE etl LOGIN PASSWORD '${k.hpw()}';
CREATE ROLE looker LOGIN PASSWORD '${k.gpw()}' VALID UNTIL '2026-01-01';
CREATE ROLE readonly NOLOGIN;
GRANT readonly TO looker;
ALTER ROLE etl WITH PASSWORD '${k.pw()}';
-- the app role gets its password from the operator, see k8s/secret.yaml
CREATE ROLE app LOGIN PASSWORD NULL;
-- md5 verifier copied from the old server (not the password):
ALTER ROLE legacy_app PASSWORD '${k.n(`md5${k.g.hex(32)}`)}';
-- MySQL side (the shop db)
CREATE USER 'shop'@'%' IDENTIFIED BY '${k.hpw()}';
CREATE USER 'reports'@'10.%' IDENTIFIED WITH mysql_native_password BY '${k.gpw()}';
ALTER USER 'root'@'localhost' IDENTIFIED BY '${k.hpw()}';
SET PASSWORD FOR 'shop'@'%' = PASSWORD('${k.weak()}');
`,
  ),

  doc(
    'oracle-sqlplus',
    ['command-line'],
    'scripts/oracle/run_report.sh',
    (k) => `#!/bin/ksh
# monthly GL extract, called by Control-M
export ORACLE_HOME=/u01/app/oracle/product/19.0.0/dbhome_1
export PATH=$ORACLE_HOME/bin:$PATH
sqlplus -s gl_extract/${k.cs(k.raw.humanPassword(k.g).replace(/[@/]/g, ''))}@//ora-fin01:1521/FINPRD @gl_extract.sql $1
exp system/${k.cs(k.raw.generatedPassword(k.g).replace(/[@/!&*(){}[\]]/g, ''))}@FINPRD file=gl.dmp tables=GL_BALANCES
sqlplus /nolog <<EOF
connect / as sysdba
select name, open_mode from v\\$database;
EOF
`,
  ),

  doc(
    'ftp-upload',
    ['command-line'],
    'jobs/upload-feed.sh',
    (k) => `#!/bin/bash
# uploads the product feed to the marketplace partner every night at 02:10
FEED=/data/feeds/products-$(date +%Y%m%d).xml
lftp -u acme_feed,${k.hpw()} sftp://upload.partner-example.net <<EOT
cd incoming
put $FEED
bye
EOT
curl -T "$FEED" ftp://acme:${k.cs()}@ftp.partner-example.net/incoming/
# status mail
echo "feed uploaded: $(wc -c < $FEED) bytes" | mail -s "feed ok" feeds@acme.example
`,
  ),

  doc(
    'keytool-readme',
    ['command-line', 'prose'],
    'android/SIGNING.md',
    (k) => `# Release signing

The upload key lives in \`android/keystores/upload.jks\` (not in git, ask Marta).

${F}
keytool -genkeypair -v -keystore upload.jks -alias upload -keyalg RSA -keysize 2048 -validity 10000 \\
  -storepass ${k.hpw()} -keypass ${k.hpw()} -dname "CN=Acme Mobile, O=Acme, C=DE"
${F}

Sign manually:

${F}
jarsigner -keystore upload.jks -storepass ${k.pw()} app-release-unsigned.apk upload
apksigner sign --ks upload.jks --ks-pass pass:${k.hpw()} app-release.apk
${F}

In Gradle use \`storePassword System.getenv("${k.n('UPLOAD_STORE_PASSWORD')}")\`.
`,
  ),

  doc(
    'ansible-adhoc-notes',
    ['command-line', 'prose'],
    'notes/ansible-cheatsheet.md',
    (k) => `ansible cheat sheet (ops)

ping all web hosts:
    ansible web -i inventories/prod -m ping

run as root when sudo asks for a password:
    ansible-playbook site.yml -i inventories/prod --extra-vars "ansible_become_pass=${k.hpw()}"

windows boxes (winrm):
    ansible win -i inventories/win -m win_ping -e ansible_user=Administrator -e ansible_password=${k.hpw()}

with vault instead (preferred):
    ansible-playbook site.yml --vault-password-file ${k.n('~/.vault_pass.txt')}
    ansible-playbook site.yml --ask-vault-pass
`,
  ),

  doc(
    'docker-run-notes',
    ['command-line'],
    'scripts/dev-services.sh',
    (k) => `#!/usr/bin/env bash
# spins up everything the API needs locally
docker network create devnet 2>/dev/null || true
docker run -d --rm --network devnet --name pg -e POSTGRES_PASSWORD=${k.weak()} -p 5432:5432 postgres:16
docker run -d --rm --network devnet --name es -e ELASTIC_PASSWORD=${k.hpw()} -e discovery.type=single-node elasticsearch:8.13.0
docker run -d --rm --network devnet --name minio -e MINIO_ROOT_USER=minio -e MINIO_ROOT_PASSWORD=${k.gpw()} minio/minio server /data
docker run -d --rm --network devnet --name mssql -e ACCEPT_EULA=Y -e 'MSSQL_SA_PASSWORD=${k.hpw()}' mcr.microsoft.com/mssql/server:2022-latest
# pass through from your shell, not hard-coded:
docker run -d --rm --network devnet --name kc -e KEYCLOAK_ADMIN=admin -e KEYCLOAK_ADMIN_PASSWORD quay.io/keycloak/keycloak start-dev
`,
  ),

  doc(
    'archive-passwords',
    ['command-line'],
    'tools/package-handover.sh',
    (k) => `#!/bin/sh
# zips the export for the auditors; they get the password by phone
zip -r -P ${k.hpw()} handover-q3.zip exports/q3/
7z a -p${k.gpw()} -mhe=on handover-q3.7z exports/q3/
# older handovers
unzip -P ${k.weak()} handover-q2.zip -d /tmp/q2
`,
  ),

  doc(
    'paas-secrets-cli',
    ['command-line', 'prose'],
    'docs/hosting.md',
    (k) => `## Setting config on the hosting platforms

Heroku (legacy app):

    heroku config:set -a acme-legacy SENDGRID_API_KEY=${k.prov('sendgrid', 'SendGrid')} SECRET_KEY_BASE=${k.tok(k.g.hex(128))}

Fly:

    fly secrets set DATABASE_URL=postgres://acme:${k.cs()}@acme-db.flycast:5432/acme -a acme-api

Vercel: \`vercel env add OPENAI_API_KEY production\` then paste the key when prompted (do not put it on the command line).

GitHub: \`gh secret set SLACK_WEBHOOK --body "https://hooks.slack.com/services/${k.prov('slackWebhookPath', 'Slack webhook')}"\`
`,
  ),

  doc(
    'rdp-helpers',
    ['command-line'],
    'scripts/rdp.sh',
    (k) => `#!/bin/bash
# quick RDP into the build agents
case "$1" in
  win01) xfreerdp /v:10.1.5.21 /u:builder /p:'${k.hpw()}' /cert:ignore /dynamic-resolution ;;
  win02) xfreerdp /v:10.1.5.22 /u:builder /p:${k.hpw()} /cert:ignore ;;
  legacy) rdesktop -u Administrator -p ${k.weak()} 10.1.9.3 ;;
  *) echo "usage: rdp.sh win01|win02|legacy" ;;
esac
# psexec from the windows jump host:
#   psexec \\\\win01 -u builder -p ${k.hpw()} cmd /c "C:\\ci\\agent\\restart.cmd"
`,
  ),

  doc(
    'minio-aws-cli',
    ['command-line'],
    'docs/storage-cli.md',
    (k) => `Storage CLI setup
=================

MinIO (on-prem):

    mc alias set acme https://s3.acme.internal ${k.tok(k.g.upper(20))} ${k.tok(k.g.base64(40))}
    mc ls acme/builds

AWS (only the read-only CI user, everything else goes through SSO):

    aws configure set aws_access_key_id ${k.u(k.raw.p.awsId(k.g))} --profile ci-ro
    aws configure set aws_secret_access_key ${k.prov('awsSecret', 'AWS secret access key')} --profile ci-ro

Example from the AWS docs for reference: \`${k.n(k.raw.AWS_EXAMPLE_ID)}\` / \`${k.n(k.raw.AWS_EXAMPLE_SECRET)}\`.
`,
  ),

  doc(
    'git-remote-token',
    ['command-line', 'prose'],
    'CONTRIBUTING.md',
    (k) => `# Contributing

Clone with SSH: \`git clone git@github.com:acme/platform.git\`.

If SSH is blocked on your network, HTTPS with a token works:

    git clone https://${k.n('<username>')}:${k.n('<token>')}@github.com/acme/platform.git

(the build box was set up like this, see below; please do not copy it)

    git remote set-url origin https://ci-bot:${k.prov('githubClassic', 'GitHub')}@github.com/acme/platform.git
    git remote add mirror https://oauth2:${k.prov('gitlab', 'GitLab')}@gitlab.acme.io/mirror/platform.git
    git clone https://jenkins:${k.cs()}@bitbucket.acme.internal/scm/plat/platform.git

Commit messages: imperative mood, reference the ticket (\`PLAT-1234\`).
`,
  ),

  doc(
    'sqlcmd-deploy',
    ['command-line'],
    'db/deploy.cmd',
    (k) => `@echo off
setlocal
set SERVER=sql-prod-02.corp.local
sqlcmd -S %SERVER% -U sa -P ${k.hpw()} -d Inventory -i migrations\\0042_add_bins.sql
bcp Inventory.dbo.Bins out bins.csv -c -t, -S %SERVER% -U etl -P "${k.gpw()}"
sqlcmd -S %SERVER% -E -Q "SELECT @@VERSION"
sqlcmd -S %SERVER% -U deploy -P %DEPLOY_SQL_PWD% -Q "EXEC dbo.RefreshStats"
endlocal
`,
  ),

  doc(
    'influx-vault-cli',
    ['command-line'],
    'ops/notes/metrics-stack.txt',
    (k) => `metrics stack notes (2024-03)

influx v1 shell:
  influx -host metrics01 -username admin -password '${k.hpw()}' -database telegraf
influx v2:
  influx config create -n prod -u http://metrics02:8086 -o acme -t ${k.tok(k.g.base64url(86) + '==')}
vault:
  export VAULT_ADDR=https://vault.acme.internal:8200
  vault login ${k.prov('vault', 'HashiCorp Vault')}
  vault kv put secret/grafana admin_password=${k.hpw()}
  vault kv get -field=password secret/grafana
grafana admin reset:
  grafana-cli admin reset-admin-password ${k.hpw()}
`,
  ),

  doc(
    'helm-install-notes',
    ['command-line'],
    'deploy/helm/install.sh',
    (k) => `#!/usr/bin/env bash
set -euo pipefail
helm repo add bitnami https://charts.bitnami.com/bitnami
helm repo add acme https://charts.acme.io --username chartreader --password ${k.gpw()}
helm upgrade --install wiki bitnami/wordpress -n wiki \\
  --set wordpressUsername=wikiadmin \\
  --set wordpressPassword='${k.hpw()}' \\
  --set mariadb.auth.rootPassword=${k.gpw()} \\
  --set mariadb.auth.password=${k.hpw()}
helm upgrade --install cache bitnami/redis -n wiki --set auth.password="$REDIS_PASSWORD"
`,
  ),

  doc(
    'java-sysprops',
    ['command-line', 'config-syntax'],
    'deploy/systemd/inventory.service',
    (k) => `[Unit]
Description=Inventory service
After=network.target

[Service]
User=inventory
WorkingDirectory=/opt/inventory
ExecStart=/usr/bin/java -Xmx1g \\
  -Dspring.profiles.active=prod \\
  -Dspring.datasource.url=jdbc:postgresql://db-inv:5432/inventory \\
  -Dspring.datasource.username=inventory \\
  -Dspring.datasource.password=${k.hpw()} \\
  -Djavax.net.ssl.trustStorePassword=${k.weak()} \\
  -Djavax.net.ssl.keyStorePassword=${k.gpw()} \\
  -jar inventory.jar
EnvironmentFile=-${k.n('/etc/inventory/env')}
Restart=on-failure

[Install]
WantedBy=multi-user.target
`,
  ),

  doc(
    'pip-private-index',
    ['command-line', 'prose'],
    'docs/python-setup.md',
    (k) => `# Python setup

We mirror PyPI on Artifactory.

    pip install --index-url https://ci-reader:${k.cs()}@artifactory.acme.io/artifactory/api/pypi/pypi/simple -r requirements.txt

or put it in \`pip.conf\` (see \`infra/pip.conf\`). For your own account use an identity token from
the Artifactory UI instead of your password: \`https://${k.n('$ARTIFACTORY_USER')}:${k.n('$ARTIFACTORY_TOKEN')}@artifactory.acme.io/...\`

Upload:

    twine upload --repository-url https://artifactory.acme.io/artifactory/api/pypi/pypi-local -u deployer -p ${k.hpw()} dist/*
`,
  ),
];
