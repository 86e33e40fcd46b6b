// rw-held-out2 command lines: shell histories, scripts, Dockerfiles, Makefiles, cron, systemd, PowerShell, batch.
import type { RealWorldDoc } from '../types';
import { hdoc } from './proseKit';

export const PROSE_CLI_DOCS: RealWorldDoc[] = [
  hdoc(
    'bash-history-dba',
    ['command-line'],
    'home/dba/.bash_history',
    (k) => `ls -la /var/backups
sudo systemctl status mysql
mysql -u root -p
mysql -uroot -p${k.gpw({ shellSafe: true })} -e "SHOW PROCESSLIST"
mysqldump -u backup --password='${k.pw({ shellSafe: true })}' --single-transaction shop > shop.sql
gzip shop.sql
PGPASSWORD=${k.gpw({ shellSafe: true })} psql -h pg01 -U analytics -d warehouse -c '\\dt'
psql "host=pg01 dbname=warehouse user=etl password=${k.cs(k.V.genPw(k.g, { shellSafe: true }).replace(/[ ']/g, ''))}"
mongosh "mongodb://admin:${k.cs()}@mongo01:27017/?authSource=admin"
redis-cli -a ${k.gpw({ shellSafe: true })} --no-auth-warning INFO replication
history | grep pass
export MYSQL_PWD=${k.n('"$(cat ~/.mysql_pw)"')}
vim ~/.my.cnf
exit
`,
  ),

  hdoc('zsh-history-devops', ['command-line', 'http-auth'], 'home/ana/.zsh_history', (k) => {
    const t = () => `: 17${k.g.digits(8)}:0;`;
    return `${t()}cd ~/src/infra
${t()}git pull
${t()}aws configure set aws_access_key_id ${k.prov('awsKeyId', 'aws-access-key-id')}
${t()}aws configure set aws_secret_access_key ${k.prov('awsSecret', 'aws-secret-access-key')}
${t()}aws s3 ls s3://acme-artifacts/
${t()}export GITHUB_TOKEN=${k.prov('githubClassic', 'github')}
${t()}gh pr list
${t()}docker login ghcr.io -u ana-dev -p ${k.prov('githubClassic', 'github')}
${t()}helm repo add internal https://charts.acme.dev --username ci --password ${k.gpw({ shellSafe: true })}
${t()}kubectl get pods -n payments
${t()}curl -s -H "PRIVATE-TOKEN: ${k.prov('gitlab', 'gitlab')}" https://gitlab.acme.dev/api/v4/projects | jq '.[].name'
${t()}export VAULT_TOKEN=${k.prov('vault', 'hashicorp-vault')}
${t()}vault kv get -field=password secret/db/prod
${t()}clear
`;
  }),

  hdoc(
    'deploy-sh-rsync-sshpass',
    ['command-line'],
    'scripts/deploy.sh',
    (k) => `#!/usr/bin/env bash
# Deploys the static site to the shared hosting box. TODO: switch to key auth (ticket WEB-88).
set -euo pipefail

HOST=web42.hosting.example
USER=acme_site
PASS='${k.gpw({ shellSafe: true })}'
REMOTE_DIR=/home/acme_site/public_html

npm ci
npm run build

sshpass -p "$PASS" rsync -avz --delete -e "ssh -o StrictHostKeyChecking=no" dist/ "$USER@$HOST:$REMOTE_DIR/"

# purge the CDN cache
curl -sS -X POST "https://api.cloudflare.com/client/v4/zones/${k.n(k.g.hex(32))}/purge_cache" \\
  -H "Authorization: Bearer ${k.prov('cloudflareToken', 'cloudflare-api-token')}" \\
  -H "Content-Type: application/json" \\
  --data '{"purge_everything":true}'

echo "deployed $(git rev-parse --short HEAD)"
`,
  ),

  hdoc(
    'dockerfile-build-args',
    ['command-line'],
    'services/report/Dockerfile',
    (k) => `FROM python:3.12-slim AS build
WORKDIR /app

# private package index (TODO: use a build secret instead)
ARG PIP_INDEX_URL=https://build:${k.cs()}@pypi.internal.acme.dev/simple/
RUN pip install --no-cache-dir --index-url "$PIP_INDEX_URL" -r requirements.txt

FROM python:3.12-slim
WORKDIR /app
COPY --from=build /usr/local/lib/python3.12 /usr/local/lib/python3.12
COPY . .
ENV DJANGO_SETTINGS_MODULE=report.settings.prod \\
    DJANGO_SECRET_KEY=${k.tok(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50))} \\
    DATABASE_PASSWORD=${k.n('""')}
RUN --mount=type=secret,id=sentry_token SENTRY_AUTH_TOKEN=$(cat /run/secrets/sentry_token) ./upload-sourcemaps.sh
HEALTHCHECK CMD curl -f -u monitor:${k.gpw({ shellSafe: true })} http://localhost:8000/health || exit 1
EXPOSE 8000
CMD ["gunicorn", "report.wsgi", "-b", "0.0.0.0:8000"]
`,
  ),

  hdoc(
    'makefile-release',
    ['command-line'],
    'Makefile',
    (k) => `.PHONY: build test release publish db-shell

VERSION ?= $(shell git describe --tags --always)
REGISTRY := registry.acme.dev
NPM_TOKEN ?= ${k.prov('npm', 'npm')}

build:
\tdocker build -t $(REGISTRY)/api:$(VERSION) .

test:
\tgo test ./...

release: build
\tdocker login $(REGISTRY) -u release-bot -p '${k.gpw({ shellSafe: true })}'
\tdocker push $(REGISTRY)/api:$(VERSION)

publish:
\techo "//registry.npmjs.org/:_authToken=$(NPM_TOKEN)" > .npmrc
\tnpm publish --access public

db-shell:
\tpsql postgresql://dev:${k.cs()}@localhost:5433/api_dev

lint:
\tgolangci-lint run --timeout 5m
`,
  ),

  hdoc(
    'crontab-backups',
    ['command-line'],
    'etc/crontab.backup',
    (k) => `# m h dom mon dow user  command
SHELL=/bin/bash
PATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin
MAILTO=ops@acme.example

15 2 * * * root mysqldump --all-databases -u backup -p'${k.gpw({ shellSafe: true })}' | gzip > /backup/mysql-$(date +\\%F).sql.gz
30 2 * * * root PGPASSWORD='${k.pw({ shellSafe: true })}' pg_dumpall -h localhost -U postgres | gzip > /backup/pg-$(date +\\%F).sql.gz
0 3 * * * root rclone sync /backup b2:acme-backups --b2-account ${k.n(k.g.hex(12))} --b2-key ${k.tok(`K00${k.g.alnum(28)}`)}
0 4 * * 0 root /usr/local/bin/restic forget --keep-weekly 8 --prune
*/5 * * * * nobody curl -fsS -m 10 --retry 5 -o /dev/null https://hc-ping.com/${k.n(k.g.uuid())}
`,
  ),

  hdoc(
    'systemd-unit-worker',
    ['command-line'],
    'deploy/systemd/queue-worker.service',
    (k) => `[Unit]
Description=Queue worker
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=worker
WorkingDirectory=/opt/queue-worker
Environment=NODE_ENV=production
Environment="AMQP_URL=amqps://worker:${k.cs()}@mq.internal.acme.dev:5671/prod"
Environment=SMTP_PASSWORD=${k.gpw({ shellSafe: true })}
Environment=SENDGRID_API_KEY=${k.prov('sendgrid', 'sendgrid')}
EnvironmentFile=-/etc/queue-worker/env
LoadCredential=db-password:/etc/credstore/queue-db-password
ExecStart=/usr/bin/node dist/worker.js
Restart=on-failure

[Install]
WantedBy=multi-user.target
`,
  ),

  hdoc(
    'powershell-ad-provisioning',
    ['command-line'],
    'scripts/New-Employee.ps1',
    (k) => `<#
.SYNOPSIS
  Creates an AD account and mailbox for a new employee.
#>
param(
  [Parameter(Mandatory)] [string] $GivenName,
  [Parameter(Mandatory)] [string] $Surname
)

$sam = ($GivenName.Substring(0,1) + $Surname).ToLower()
$initial = ConvertTo-SecureString '${k.hpw('en')}' -AsPlainText -Force

New-ADUser -Name "$GivenName $Surname" -SamAccountName $sam -AccountPassword $initial -ChangePasswordAtLogon $true -Enabled $true

# service account that runs the mailbox creation
$svcPass = ConvertTo-SecureString "${k.gpw({ shellSafe: true })}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\\svc-exchange', $svcPass)
Invoke-Command -ComputerName exch01 -Credential $cred -ScriptBlock { Enable-Mailbox -Identity $using:sam }

# prompt-based alternative, kept for interactive use
# $cred = Get-Credential -Message "Enter svc-exchange password"
Write-Host "Created $sam. Initial password: see the welcome letter template."
`,
  ),

  hdoc(
    'batch-file-map-drives',
    ['command-line'],
    'scripts/logon/map-drives.bat',
    (k) => `@echo off
REM Maps department shares at logon. Owner: IT, do not edit without ticket.
net use S: \\\\fs01\\shared /user:CORP\\svc-shares ${k.gpw({ shellSafe: true })} /persistent:no
net use P: \\\\fs01\\projects /persistent:no
net use X: \\\\nas02\\scans /user:scanner ${k.hpw('de')}
cmdkey /generic:TERMSRV/rds01 /user:CORP\\rds-kiosk /pass:${k.gpw({ shellSafe: true })}
REM old: net use Q: \\\\oldfs\\q /user:CORP\\admin %ADMIN_PW%
if exist "%USERPROFILE%\\Desktop\\Scans.lnk" goto :eof
copy "\\\\fs01\\netlogon\\Scans.lnk" "%USERPROFILE%\\Desktop\\"
`,
  ),

  hdoc(
    'readme-cli-cloud-logins',
    ['command-line', 'prose'],
    'tools/cloud-cli/README.md',
    (k) => `# Cloud CLI cheat sheet

## Azure
\`\`\`
az login --service-principal -u ${k.n(k.g.uuid())} -p ${k.prov('azureAdSecret', 'azure-ad-client-secret')} --tenant ${k.n(k.g.uuid())}
az acr login --name acmeregistry
\`\`\`

## Google Cloud
\`\`\`
gcloud auth activate-service-account deployer@acme-prod.iam.gserviceaccount.com --key-file=./sa.json
gcloud auth print-access-token
\`\`\`

## DigitalOcean
\`\`\`
doctl auth init -t ${k.prov('digitalocean', 'digitalocean')}
\`\`\`

## Heroku
\`\`\`
HEROKU_API_KEY=${k.prov('herokuNew', 'heroku')} heroku apps
\`\`\`

## Alibaba Cloud (aliyun CLI)
\`\`\`
aliyun configure set --profile prod --mode AK --access-key-id ${k.prov('alibabaId', 'alibaba-access-key-id')} --access-key-secret ${k.prov('alibabaSecret', 'alibaba-access-key-secret')} --region cn-hangzhou
\`\`\`

Use \`--access-key-secret ${k.n('<your-secret>')}\` in docs you share outside the team.
`,
  ),

  hdoc(
    'ldap-smb-admin-notes',
    ['command-line'],
    'docs/ad-troubleshooting.sh',
    (k) => `# AD / Samba troubleshooting commands (from the 2026-02 outage)
ldapsearch -x -H ldaps://dc01.corp.example:636 -D "CN=svc-ldap,OU=Service,DC=corp,DC=example" -w '${k.gpw({ shellSafe: true })}' -b "DC=corp,DC=example" "(sAMAccountName=jdoe)"
ldapwhoami -x -H ldap://dc02.corp.example -D "cn=admin,dc=corp,dc=example" -w ${k.hpw('fr')}
smbclient //fs01/finance -U 'CORP\\svc-backup%${k.gpw({ shellSafe: true })}' -c 'ls'
rpcclient -U "svc-audit%${k.pw({ shellSafe: true })}" dc01.corp.example -c enumdomusers
kinit svc-ldap@CORP.EXAMPLE   # prompts for the password
net ads join -U administrator%${k.n('"$JOIN_PASSWORD"')}
crackmapexec smb 10.0.0.0/24 -u users.txt -p ${k.n('passwords.txt')}
`,
  ),

  hdoc(
    'openssl-gpg-signing',
    ['command-line'],
    'release/sign-artifacts.sh',
    (k) => `#!/bin/sh
# Signs release artifacts. Runs on the release VM only.
set -e
openssl pkcs12 -export -in cert.pem -inkey key.pem -out codesign.p12 -passout pass:${k.gpw({ shellSafe: true })}
osslsigncode sign -pkcs12 codesign.p12 -pass '${k.gpw({ shellSafe: true })}' -n "Acme Tool" -i https://acme.example -t http://timestamp.digicert.com -in tool.exe -out tool-signed.exe
echo "${k.pp('en', '-')}" | gpg --batch --yes --pinentry-mode loopback --passphrase-fd 0 --detach-sign dist/acme-1.4.2.tar.gz
gpg --batch --passphrase '${k.pp('de', ' ')}' --pinentry-mode loopback -d secrets.tar.gpg | tar x
sha256sum dist/* > SHA256SUMS   # e.g. ${k.n(k.V.sha256(k.g))}  acme-1.4.2.tar.gz
openssl enc -aes-256-cbc -pbkdf2 -salt -in backup.tar -out backup.tar.enc -pass env:BACKUP_PASSPHRASE
`,
  ),

  hdoc(
    'package-manager-logins',
    ['command-line'],
    'docs/package-registries.md',
    (k) => `# Publishing to package registries

npm:
    npm config set //registry.npmjs.org/:_authToken ${k.prov('npm', 'npm')}

yarn berry:
    yarn config set npmAuthToken ${k.prov('npm', 'npm')}

PyPI:
    twine upload -u __token__ -p ${k.prov('pypi', 'pypi')} dist/*

RubyGems:
    GEM_HOST_API_KEY=${k.prov('rubygems', 'rubygems')} gem push acme-1.0.0.gem

NuGet:
    dotnet nuget push Acme.Core.1.0.0.nupkg --api-key ${k.prov('nuget', 'nuget')} --source https://api.nuget.org/v3/index.json

Docker Hub:
    echo ${k.prov('dockerHub', 'docker-hub')} | docker login -u acmebot --password-stdin

Composer (private Packagist):
    composer config --global http-basic.repo.packagist.com acme ${k.tok(k.g.hex(40))}

For CI use the variables instead, e.g. \`--api-key ${k.n('$NUGET_API_KEY')}\`.
`,
  ),

  hdoc(
    'wget-lftp-mirror-script',
    ['command-line'],
    'scripts/fetch-supplier-feeds.sh',
    (k) => `#!/bin/bash
# Pulls the supplier price feeds every night.
wget --user=acme --password='${k.gpw({ shellSafe: true })}' -q -O feeds/supplierA.csv https://feeds.supplier-a.example/prices.csv
wget -q -O feeds/supplierB.xml "https://b2b.supplier-b.example/export?user=acme&pass=${k.s('http-auth', k.V.genPw(k.g, { urlSafe: true }))}"
curl -sf --netrc-file /etc/acme/netrc -o feeds/supplierC.json https://api.supplier-c.example/v1/prices
lftp -e "mirror --only-newer /out feeds/supplierD; bye" -u feeds,${k.hpw('nl')} ftp://ftp.supplier-d.example
ncftpget -u acme -p ${k.gpw({ shellSafe: true })} ftp.supplier-e.example feeds/ /export/prices.txt
echo "done $(date -Is)"
`,
  ),

  hdoc(
    'sqlcmd-oracle-runbook',
    ['command-line', 'prose'],
    'docs/runbooks/erp-db-checks.md',
    (k) => `# ERP database checks

SQL Server (reporting replica):
\`\`\`
sqlcmd -S erp-sql01.corp.example,1433 -U report_reader -P "${k.gpw({ shellSafe: true })}" -Q "SELECT @@VERSION"
\`\`\`

Oracle (ERP core):
\`\`\`
sqlplus erp_ro/${k.s('connection-string', k.V.genPw(k.g, { urlSafe: true }).replace(/[.~-]/g, '_'))}@//ora-erp.corp.example:1521/ERPPRD
expdp system/${k.s('connection-string', k.V.humanPw(k.g, 'en').replace(/[^A-Za-z0-9_]/g, ''))}@ERPPRD schemas=ERP directory=DP_DIR dumpfile=erp.dmp
\`\`\`

If the password has expired, sqlplus prompts "ERROR: ORA-28001: the password has expired" and asks for a new one.
Connection string for the .NET app (from appsettings, for reference):
\`Server=erp-sql01.corp.example;Database=ERP;User Id=erp_app;Password=${k.cs()};TrustServerCertificate=True\`
`,
  ),
];
