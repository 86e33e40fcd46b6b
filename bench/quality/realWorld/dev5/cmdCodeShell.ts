// rw-dev5 command/code: shell scripts and histories, SQL clients, ssh/scp/rsync, curl/wget/httpie, git remotes,
// cloud CLIs and kubectl, written as whole files without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc, RealWorldArea } from '../types';
import { doc, type Kit } from '../dev/kit';
import { cc, type CC } from './cmdCodeValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: CC, k: Kit) => string) => doc(id, areas, path, (k) => fn(cc(k), k));

export const SHELL_DOCS: RealWorldDoc[] = [
  d(
    'bash-history-dba',
    ['command-line'],
    'home/dba/.bash_history',
    (c) => `cd /var/backups
ls -lh
mysql -u root -p${c.spw()} -e "show databases"
mysqldump -uroot -p${c.spw()} --single-transaction shop > shop.sql
gzip shop.sql
sha256sum shop.sql.gz
psql "postgresql://report:${c.cs()}@pg-replica.internal:5432/analytics" -c 'select count(*) from events'
PGPASSWORD=${c.spw()} pg_dump -h 10.20.0.14 -U billing billing | gzip > billing.sql.gz
redis-cli -h cache01 -a ${c.spw()} --no-auth-warning info keyspace
mysql -u root -p
history | grep mysql
echo ${c.sha()}  shop.sql.gz
git log -1 --format=%H
exit
`,
  ),

  d(
    'bash-history-devops',
    ['command-line'],
    'home/ops/.zsh_history',
    (c) => `: 1764660012:0;kubectl get pods -n payments
: 1764660031:0;kubectl create secret generic payments-db --from-literal=username=payments --from-literal=password=${c.spw()} -n payments
: 1764660077:0;kubectl create secret generic stripe --from-literal=STRIPE_SECRET_KEY=${c.prov('stripe')} -n payments
: 1764660102:0;kubectl rollout restart deploy/payments-api -n payments
: 1764660150:0;export GITHUB_TOKEN=${c.prov('github')}
: 1764660171:0;gh pr list --repo acme/payments
: 1764660190:0;docker login registry.acme.io -u ci-bot -p ${c.spw()}
: 1764660201:0;docker pull registry.acme.io/payments@${c.digest()}
: 1764660230:0;kubectl get secret payments-db -o jsonpath='{.data.password}' | base64 -d
`,
  ),

  d(
    'ssh-sshpass-rsync',
    ['command-line'],
    'scripts/sync-media.sh',
    (c) => `#!/usr/bin/env bash
# Mirrors uploaded media to the two edge boxes. Runs nightly from the jump host.
set -euo pipefail

SRC=/srv/media/
for host in edge-a.acme.net edge-b.acme.net; do
  sshpass -p '${c.lpw()}' rsync -az --delete -e "ssh -o StrictHostKeyChecking=no" "$SRC" media@"$host":/srv/media/
done

sshpass -p ${c.spw()} scp /srv/media/index.json backup@192.168.40.7:/backups/media/
sshpass -f ${c.n('~/.ssh/backup.pass')} ssh backup@192.168.40.7 'ls /backups/media | tail -3'
# fingerprint of edge-a for the record: SHA256:${c.n('4Jd0sLq1pV8c7x2Yk9tUe3bRz6mNhWfAoGiK5TyXwE0')}
echo "done"
`,
  ),

  d(
    'curl-api-script',
    ['command-line', 'http-auth'],
    'scripts/release-notify.sh',
    (c) => `#!/bin/sh
# Posts the release to the status page, the CRM and the deploy tracker.
VERSION="$1"

curl -sS -X POST https://api.statuspage.io/v1/pages/kctbh9vrtdwd/incidents \\
  -H "Authorization: OAuth ${c.tok()}" \\
  -d "incident[name]=Release $VERSION"

curl -s -u deploybot:${c.spw()} https://tracker.acme.internal/rest/api/2/issue/REL-1/comment -d @comment.json

curl -s -H 'X-Api-Key: ${c.tok()}' "https://crm.acme.io/api/v3/releases?version=$VERSION"

curl -fsSL "https://hooks.acme.io/deploy?token=${c.http(c.raw.token().replace(/[+/=]/g, 'k'))}&env=prod"

curl -s -H "Authorization: Bearer ${c.n('$DEPLOY_TOKEN')}" https://deploy.acme.io/v1/ping
curl -s -H "X-Request-Id: ${c.uuid()}" https://deploy.acme.io/v1/health
`,
  ),

  d(
    'wget-httpie',
    ['command-line', 'http-auth'],
    'docs/snippets/downloads.sh',
    (c) => `# Artifacts from the internal Nexus
wget --user=ci --password=${c.spw()} https://nexus.acme.internal/repository/raw/tools/dbtool-2.4.1.tar.gz
wget --header="PRIVATE-TOKEN: ${c.prov('gitlab')}" https://gitlab.acme.io/api/v4/projects/42/packages/generic/cli/1.2.0/cli.tar.gz
http --auth admin:${c.spw()} GET https://grafana.acme.internal/api/dashboards/home
http POST https://api.acme.io/v2/jobs Authorization:"Bearer ${c.jwt()}" name=reindex
http GET https://api.acme.io/v2/jobs/${c.uuid()} Authorization:"Bearer ${c.n('$TOKEN')}"
# checksum: ${c.sha()}
`,
  ),

  d(
    'git-remote-tokens',
    ['command-line'],
    'notes/git-remotes.txt',
    (c) => `$ git remote -v
origin\thttps://ci-bot:${c.prov('github')}@github.com/acme/infra.git (fetch)
origin\thttps://ci-bot:${c.n('${GITHUB_TOKEN}')}@github.com/acme/infra.git (push)
$ git remote set-url upstream https://oauth2:${c.prov('gitlab')}@gitlab.acme.io/platform/charts.git
$ git clone https://x-access-token:${c.prov('githubApp')}@github.com/acme/deploy-keys.git
$ git clone https://deploy:${c.cs()}@bitbucket.org/acme/legacy-api.git
$ git rev-parse HEAD
${c.git()}
$ git clone https://github.com/acme/public-docs.git
`,
  ),

  d(
    'dockerfile-build-secrets',
    ['command-line', 'config-syntax'],
    'services/api/Dockerfile',
    (c) => `FROM python:3.12-slim@${c.digest()}
ARG PIP_INDEX_URL=https://pypi:${c.cs()}@nexus.acme.internal/repository/pypi/simple
ENV DJANGO_SETTINGS_MODULE=api.settings.prod
ENV DB_PASSWORD=${c.spw()}
ENV SENTRY_ENVIRONMENT=production
RUN --mount=type=secret,id=npmrc cat /run/secrets/npmrc > /dev/null
RUN echo "//registry.npmjs.org/:_authToken=${c.prov('npm')}" > /root/.npmrc && npm ci && rm /root/.npmrc
RUN mysql -h db -u migrator -p${c.spw()} < /docker-entrypoint-initdb.d/schema.sql || true
ENV API_KEY=${c.n('${API_KEY}')}
CMD ["gunicorn", "api.wsgi", "-b", "0.0.0.0:8000"]
`,
  ),

  d(
    'dockerfile-exec-form',
    ['command-line', 'config-syntax'],
    'db/Dockerfile.seed',
    (c) => `FROM mysql:8.0
COPY seed.sql /seed.sql
# Seed container runs once against the compose database.
ENTRYPOINT ["mysql", "-h", "db", "-uroot", "-p${c.spw()}", "shop"]
CMD ["-e", "source /seed.sql"]
HEALTHCHECK CMD ["mysqladmin", "ping", "-h", "db", "-u", "health", "--password=${c.spw()}"]
LABEL org.opencontainers.image.revision="${c.git()}"
`,
  ),

  d(
    'compose-commands',
    ['command-line', 'config-syntax'],
    'docker-compose.override.yml',
    (c) => `services:
  db:
    image: postgres:16
    command: ["postgres", "-c", "log_statement=all"]
    environment:
      POSTGRES_PASSWORD: ${c.spw()}
  redis:
    image: redis:7
    command: redis-server --requirepass ${c.spw()} --appendonly yes
  worker:
    image: acme/worker:latest
    command: ["celery", "-A", "worker", "--broker=amqp://worker:${c.cs()}@rabbit:5672//"]
  migrate:
    image: acme/api:latest
    entrypoint: sh -c "until pg_isready -h db; do sleep 1; done; PGPASSWORD=${c.spw()} psql -h db -U postgres -f /sql/init.sql"
  proxy:
    image: nginx@${c.digest()}
    environment:
      BASIC_AUTH_HTPASSWD: ${c.n('admin:$apr1$')}
`,
  ),

  d(
    'makefile-deploy',
    ['command-line'],
    'Makefile',
    (c) => `REGISTRY ?= registry.acme.io
TAG ?= $(shell git rev-parse --short HEAD)
DB_URL = postgres://app:${c.cs()}@localhost:5432/app?sslmode=disable

.PHONY: login migrate seed deploy

login:
\tdocker login $(REGISTRY) -u robot$$ci --password ${c.spw()}

migrate:
\tmigrate -path db/migrations -database "$(DB_URL)" up

seed:
\tmysql --host=127.0.0.1 --user=root --password=${c.spw()} app < db/seed.sql

deploy:
\tcurl -X POST -H "Authorization: token ${c.prov('github')}" https://api.github.com/repos/acme/app/deployments -d '{"ref":"$(TAG)"}'

clean:
\trm -rf build/ # token for the local mock: ${c.n('$(MOCK_TOKEN)')}
`,
  ),

  d(
    'crontab-backups',
    ['command-line'],
    'etc/crontab',
    (c) => `SHELL=/bin/bash
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin
MAILTO=ops@acme.io
# m h dom mon dow user  command
15 2 * * * root  mysqldump --all-databases -u backup --password='${c.lpw()}' | gzip > /backup/all-$(date +\\%F).sql.gz
30 2 * * * root  PGPASSWORD="${c.lpw()}" pg_dumpall -h pg01 -U postgres > /backup/pg-$(date +\\%F).sql
0 3 * * 0  root  /usr/local/bin/restic -r s3:s3.amazonaws.com/acme-backup backup /backup --password-file ${c.n('/etc/restic.pass')}
*/5 * * * * nobody curl -fs "https://hc-ping.com/${c.uuid()}" > /dev/null
0 4 * * * root  AWS_SECRET_ACCESS_KEY=${c.prov('awsSecret')} aws s3 sync /backup s3://acme-backup/db/
`,
  ),

  d(
    'systemd-unit',
    ['command-line', 'config-syntax'],
    'deploy/systemd/ledger-worker.service',
    (c) => `[Unit]
Description=Ledger queue worker
After=network-online.target

[Service]
User=ledger
Environment=LEDGER_DB_PASSWORD=${c.spw()}
Environment="AMQP_URL=amqps://ledger:${c.cs()}@mq.acme.internal:5671/ledger"
EnvironmentFile=-${c.n('/etc/ledger/worker.env')}
ExecStart=/opt/ledger/bin/worker --api-token ${c.tok()} --concurrency 4
ExecReload=/bin/kill -HUP $MAINPID
Restart=on-failure
# unit checksum ${c.sha()}

[Install]
WantedBy=multi-user.target
`,
  ),

  d(
    'powershell-admin',
    ['command-line', 'code'],
    'scripts/Connect-Prod.ps1',
    (c) => `# Connects to the prod SQL and Azure tenant for the monthly report.
$ErrorActionPreference = 'Stop'
$secpass = ConvertTo-SecureString '${c.lpw()}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('ACME\\svc-report', $secpass)
Invoke-Sqlcmd -ServerInstance 'sql01.acme.local' -Database Reports -Username sa -Password '${c.lpw()}' -Query 'EXEC dbo.MonthEnd'
az login --service-principal -u ${c.uuid()} -p ${c.spw()} --tenant ${c.uuid()}
$headers = @{ Authorization = "Bearer ${c.jwt()}"; 'X-Correlation-Id' = '${c.n('8d1c2b6a-corr')}' }
Invoke-RestMethod -Uri https://reports.acme.io/api/run -Headers $headers -Method Post
$pat = ${c.n("Read-Host -AsSecureString 'PAT'")}
`,
  ),

  d(
    'batch-file',
    ['command-line'],
    'tools/nightly.cmd',
    (c) => `@echo off
REM Nightly export for finance. Keep in sync with the Jenkins job.
set SQLPASS=${c.spw()}
sqlcmd -S FINSQL02 -U export_user -P ${c.spw()} -d Finance -i export.sql -o export.csv
net use Z: \\\\fileserver\\finance /user:ACME\\svc-export ${c.spw()}
curl -u exporter:${c.n('%SQLPASS%')} https://upload.acme.io/finance/ -T export.csv
set TOKEN=${c.n('%FIN_TOKEN%')}
echo Done at %DATE% %TIME%
`,
  ),

  d(
    'sql-client-invocations',
    ['command-line'],
    'docs/runbooks/db-access.md',
    (c) => `# Database access cheatsheet

Read replica (read-only user):

    psql "host=pg-ro.acme.internal dbname=orders user=readonly password=${c.spw()} sslmode=require"

MSSQL from a Linux box:

    sqlcmd -S tcp:mssql01.acme.local,1433 -U reporting -P '${c.lpw()}' -Q "SELECT @@VERSION"

Mongo:

    mongosh "mongodb+srv://ops:${c.cs()}@cluster0.ab1cd.mongodb.net/admin"
    mongodump --uri="mongodb://backup:${c.cs()}@mongo01:27017/?authSource=admin" --out=/tmp/dump

ClickHouse:

    clickhouse-client --host ch01 --user default --password ${c.spw()} --query "SELECT 1"

Never paste the prod admin password here; it lives in ${c.n('op://Infra/pg-admin/password')}.
`,
  ),

  d(
    'cloud-cli-invocations',
    ['command-line'],
    'docs/ops/cloud-cli.md',
    (c) => `## AWS

    aws configure set aws_access_key_id ${c.u('AKIA' + 'Q2ZPLV7W5RXN3K4T')}
    aws configure set aws_secret_access_key ${c.prov('awsSecret')}
    aws sts get-caller-identity

## DigitalOcean

    doctl auth init --access-token ${c.prov('digitalocean')}

## Heroku

    heroku config:set STRIPE_KEY=${c.prov('stripe')} -a acme-shop

## Vault

    vault login ${c.prov('vault')}
    vault kv get secret/shop/db

## gcloud

    gcloud auth activate-service-account --key-file=${c.n('./sa.json')}
    gcloud builds submit --tag gcr.io/acme-prod/api:${c.n('3f9e2a1')}
`,
  ),

  d(
    'kubectl-literals',
    ['command-line'],
    'deploy/k8s/bootstrap.sh',
    (c) => `#!/usr/bin/env bash
set -euo pipefail
NS=\${1:-staging}

kubectl -n "$NS" create secret generic api-secrets \\
  --from-literal=DATABASE_PASSWORD='${c.lpw()}' \\
  --from-literal=JWT_SIGNING_KEY=${c.tok()} \\
  --from-literal=SENDGRID_API_KEY=${c.prov('sendgrid')} \\
  --dry-run=client -o yaml | kubectl apply -f -

kubectl -n "$NS" create secret docker-registry regcred \\
  --docker-server=registry.acme.io --docker-username=puller --docker-password=${c.spw()}

kubectl -n "$NS" create secret generic from-env --from-env-file=${c.n('.env.${NS}')}
kubectl -n "$NS" create configmap api-config --from-literal=LOG_LEVEL=info --from-literal=REGION=${c.n('eu-central-1')}
`,
  ),

  d(
    'helm-install-sets',
    ['command-line'],
    'deploy/helm/install.sh',
    (c) => `helm upgrade --install keycloak bitnami/keycloak \\
  --set auth.adminUser=admin \\
  --set auth.adminPassword=${c.spw()} \\
  --set postgresql.auth.password=${c.spw()} \\
  --set image.digest=${c.digest()}
helm upgrade --install grafana grafana/grafana --set adminPassword='${c.lpw()}' --set persistence.enabled=true
helm upgrade --install api ./chart --set secrets.dbPassword=${c.n('$DB_PASSWORD')} --set image.tag=${c.n('v2.14.0')}
`,
  ),

  d(
    'terraform-cli-vars',
    ['command-line'],
    'infra/apply.sh',
    (c) => `#!/bin/bash
terraform init -backend-config="access_key=${c.u('AKIA' + 'ZT4QNW2LX7C5RB3M')}" -backend-config="secret_key=${c.prov('awsSecret')}"
terraform plan -var "db_password=${c.lpw()}" -var 'cloudflare_api_token=${c.tok()}' -out plan.tfplan
terraform apply plan.tfplan
# state lock id ${c.uuid()}
`,
  ),

  d(
    'ansible-adhoc',
    ['command-line'],
    'docs/ops/ansible-notes.md',
    (c) => `Ad-hoc commands we ran during the migration:

    ansible all -i hosts.ini -m ping -u deploy --extra-vars "ansible_password=${c.spw()} ansible_become_pass=${c.spw()}"
    ansible-playbook site.yml -e 'mysql_root_password=${c.lpw()}' --limit db
    ansible-vault encrypt_string '${c.n('<the password>')}' --name db_password

The vault password file is ${c.n('~/.vault_pass')}; ask in #infra for it.
`,
  ),

  d(
    'ci-github-actions-steps',
    ['command-line', 'config-syntax'],
    '.github/workflows/e2e.yml',
    (c) => `name: e2e
on: [push]
jobs:
  e2e:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: ${c.n('postgres')}
    steps:
      - uses: actions/checkout@${c.git()}
      - run: echo "${c.n('${{ secrets.NPM_TOKEN }}')}" | npm login --registry https://npm.acme.io
      - run: npm ci
      - name: seed
        run: PGPASSWORD=${c.n('postgres')} psql -h localhost -U postgres -f test/seed.sql
      - name: e2e
        run: npx playwright test
        env:
          E2E_ADMIN_PASSWORD: ${c.hpw()}
          PAYMENTS_SANDBOX_KEY: ${c.prov('stripe')}
      - name: notify
        run: curl -X POST -H 'Content-type: application/json' https://hooks.slack.com/services/T0000/B0000/${c.n('${{ secrets.SLACK_HOOK }}')} -d '{"text":"e2e done"}'
      - run: docker login -u acmebot -p ${c.spw()} ghcr.io
`,
  ),

  d(
    'gitlab-ci-script',
    ['command-line', 'config-syntax'],
    '.gitlab-ci.yml',
    (c) => `stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  SONAR_TOKEN: ${c.hex(40)}

build:
  stage: build
  script:
    - echo "${c.n('$CI_REGISTRY_PASSWORD')}" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .

deploy:
  stage: deploy
  script:
    - 'curl --fail -X POST -F token=${c.tok()} -F ref=main https://gitlab.acme.io/api/v4/projects/77/trigger/pipeline'
    - sshpass -p "${c.lpw()}" ssh -o StrictHostKeyChecking=no deploy@app01 "cd /srv/app && ./deploy.sh $CI_COMMIT_SHA"
    - mysql -h db01 -u deploy -p"${c.lpw()}" app -e "insert into deploys(sha) values('$CI_COMMIT_SHA')"
  only: [main]
`,
  ),

  d(
    'jenkinsfile-sh',
    ['command-line', 'code'],
    'Jenkinsfile',
    (c) => `pipeline {
  agent any
  environment {
    REGISTRY_CREDS = ${c.n("credentials('registry-robot')")}
    SONAR_LOGIN = '${c.hex(40)}'
  }
  stages {
    stage('Build') {
      steps {
        sh 'docker login -u robot -p ${c.lpw()} registry.acme.io'
        sh "mvn -B deploy -Dnexus.password=${c.spw()} -DskipTests"
      }
    }
    stage('Smoke') {
      steps {
        sh "curl -sf -H 'Authorization: Bearer ${c.bearer()}' https://staging.acme.io/health"
        sh 'echo build ${c.git()}'
      }
    }
  }
}
`,
  ),

  d(
    'bitbucket-pipelines',
    ['command-line', 'config-syntax'],
    'bitbucket-pipelines.yml',
    (c) => `image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Publish
          script:
            - npm config set //registry.npmjs.org/:_authToken ${c.prov('npm')}
            - npm publish
            - pipe: atlassian/ssh-run:0.8.0
              variables:
                SSH_USER: deploy
                SERVER: app.acme.io
                COMMAND: 'docker login -u deploy -p ${c.spw()} registry.acme.io && docker compose pull'
            - curl -u "ci@acme.io:${c.tok()}" -X POST https://acme.atlassian.net/rest/api/3/issue/REL-9/transitions
`,
  ),

  d(
    'ssh-commands-runbook',
    ['command-line', 'prose'],
    'docs/runbooks/router-reset.md',
    (c) => `# Router reset

1. SSH to the core switch: \`ssh admin@10.0.0.1\` (password: \`${c.spw()}\`).
2. On the console run \`enable\` and give the enable secret \`${c.spw()}\`.
3. Reload the config: \`copy tftp://10.0.0.5/core.cfg running-config\`.
4. From the jump host, \`sshpass -p ${c.spw()} ssh -p 2222 monitor@10.0.0.9 show interfaces\`.

Key fingerprint: ${c.n('SHA256:q0wM3Yx1tE9bV7cN5aZ2sK8dF4gH6jL0pR3uI7oP1yT')}
The old enable secret hash was ${c.n('$1$mERr$hx5rVt7rPNoS4wqbXKX7m0')} (type 5).
`,
  ),

  d(
    'docker-run-env',
    ['command-line'],
    'docs/local-dev.md',
    (c) => `## Local services

    docker run -d --name pg -e POSTGRES_PASSWORD=${c.spw()} -p 5432:5432 postgres:16
    docker run -d --name mq -e RABBITMQ_DEFAULT_USER=app -e RABBITMQ_DEFAULT_PASS=${c.spw()} rabbitmq:3-management
    docker run --rm -e MINIO_ROOT_USER=minio -e MINIO_ROOT_PASSWORD=${c.spw()} minio/minio server /data
    docker run --rm -e OPENAI_API_KEY=${c.prov('openai')} acme/summarizer:dev
    docker run --rm -e API_TOKEN=${c.n('$API_TOKEN')} acme/cli:latest sync

Use \`docker inspect pg --format '{{.Id}}'\` to get the id (e.g. ${c.n('9f3c1e2ab4d5')}).
`,
  ),

  d(
    'env-export-script',
    ['command-line'],
    'scripts/env-prod.sh',
    (c) => `# source me before running the admin tools
export PGHOST=pg-prod.acme.internal
export PGUSER=admin
export PGPASSWORD='${c.lpw()}'
export REDIS_URL=rediss://default:${c.cs()}@redis-prod.acme.internal:6380
export HF_TOKEN=${c.prov('huggingface')}
export ANTHROPIC_API_KEY=${c.prov('anthropic')}
export SESSION_SECRET=${c.tok()}
export BUILD_ID=${c.git()}
export API_URL=https://api.acme.io
export TOKEN_TTL=3600
`,
  ),

  d(
    'psql-heredoc',
    ['command-line'],
    'db/create-users.sh',
    (c) => `#!/bin/bash
psql -v ON_ERROR_STOP=1 -U postgres <<-EOSQL
  CREATE USER grafana WITH PASSWORD '${c.lpw()}';
  CREATE USER metabase WITH ENCRYPTED PASSWORD '${c.lpw()}';
  ALTER USER app PASSWORD '${c.lpw()}';
  CREATE USER readonly WITH PASSWORD '${c.n('$READONLY_PASSWORD')}';
  GRANT CONNECT ON DATABASE app TO readonly;
EOSQL
mysql -uroot <<SQL
CREATE USER 'exporter'@'%' IDENTIFIED BY '${c.lpw()}';
CREATE USER 'legacy'@'%' IDENTIFIED WITH mysql_native_password AS '${c.n('*6C8989366EAF75BB670AD8EA7A7FC1176A95CEF4')}';
SQL
`,
  ),

  d(
    'ftp-smb-tools',
    ['command-line'],
    'scripts/fetch-reports.sh',
    (c) => `lftp -u reports,${c.spw()} sftp://files.partner.com -e "mirror /out /data/in; bye"
curl -s --user "partner:${c.spw()}" ftp://ftp.partner.com/daily/ -o listing.txt
smbclient //fs01/reports -U 'ACME\\svc-rep%${c.spw()}' -c 'get q3.xlsx'
mount -t cifs //fs01/share /mnt/share -o username=svc-rep,password=${c.spw()},vers=3.0
ncftpput -u uploader -p ${c.spw()} ftp.partner.com /incoming report.csv
md5sum report.csv  # ${c.n('9e107d9d372bb6826bd81d3542a419d6')}
`,
  ),

  d(
    'openssl-gpg-cmds',
    ['command-line'],
    'scripts/package-keys.sh',
    (c) => `openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:${c.spw()}
openssl rsa -in enc.key -out plain.key -passin pass:${c.spw()}
keytool -importkeystore -srckeystore bundle.p12 -srcstoretype PKCS12 -srcstorepass ${c.spw()} -destkeystore app.jks -deststorepass ${c.spw()}
gpg --batch --pinentry-mode loopback --passphrase '${c.lpw()}' --decrypt secrets.tar.gpg | tar x
openssl dgst -sha256 bundle.p12   # SHA2-256(bundle.p12)= ${c.sha()}
gpg --recv-keys ${c.n('4AEE18F83AFDEB23')}
`,
  ),

  d(
    'vpn-and-wifi',
    ['command-line'],
    'docs/it/laptop-setup.md',
    (c) => `## Office Wi-Fi (Linux)

    nmcli dev wifi connect "ACME-Staff" password "${c.lpw()}"

## VPN

    sudo openconnect vpn.acme.io --user=jdoe --passwd-on-stdin <<< '${c.lpw()}'
    echo '${c.lpw()}' | sudo openfortivpn fw.acme.io:443 -u contractor --pinentry=none

The guest network password (${c.n('printed on the kitchen whiteboard')}) rotates weekly.
`,
  ),

  d(
    'redis-rabbit-admin',
    ['command-line'],
    'docs/ops/queues.md',
    (c) => `    rabbitmqctl add_user metrics ${c.spw()}
    rabbitmqctl change_password admin ${c.spw()}
    rabbitmqadmin -u admin -p ${c.spw()} list queues
    redis-cli -u redis://:${c.cs()}@redis01:6379/0 keys 'session:*'
    redis-cli CONFIG SET requirepass "${c.lpw()}"
    nats context add prod --server nats://nats01:4222 --user app --password ${c.spw()}

Queue ids look like ${c.n('amq.gen-JzTY20BRgKO-HjmUJj0wLg')} and are not secrets.
`,
  ),

  d(
    'npm-pip-registry-cmds',
    ['command-line'],
    'docs/dev/registries.md',
    (c) => `npm config set //npm.acme.io/:_authToken=${c.prov('npm')}
pip install --index-url https://__token__:${c.prov('pypi')}@upload.pypi.org/simple acme-sdk
poetry config http-basic.acme ci ${c.spw()}
twine upload -u __token__ -p ${c.prov('pypi')} dist/*
gem push acme-0.3.0.gem --key ${c.n('rubygems_api_key')}  # key name, not the key
dotnet nuget add source https://nuget.acme.io/v3/index.json -n acme -u ci -p ${c.spw()} --store-password-in-clear-text
yarn config set npmAuthToken ${c.n('${NPM_TOKEN}')}
integrity ${c.n('sha512-' + 'Q8qZ4kKjL1v4Y5nB2mF6sR9tWxUe3hC0dA7gJpVz+oIlMNbyTc4uXwEr6SfKaHq1DvP2Gz5LmO8nRtYs3jBwkA==')}
`,
  ),

  d(
    'az-gcloud-scripts',
    ['command-line'],
    'infra/scripts/rotate.sh',
    (c) => `az storage blob upload --account-name acmelogs --account-key ${c.prov('azureKey')} -c logs -f out.log -n out.log
az keyvault secret set --vault-name acme-kv --name db-password --value '${c.lpw()}'
gcloud secrets versions add api-key --data-file=- <<< '${c.tok()}'
aws secretsmanager put-secret-value --secret-id prod/api --secret-string '{"password":"${c.lpw()}"}'
aws ssm put-parameter --name /prod/db/password --type SecureString --value ${c.spw()} --overwrite
aws ssm get-parameter --name /prod/db/password --with-decryption --query Parameter.Value
`,
  ),
];
