// rw-dev9 cmd part: everyday tools with credentials in flags: curl/wget/httpie, git remotes, package managers
// (npm/yarn/pip/twine/gem/cargo/nuget/mvn/gradle), rclone, database clients, in READMEs, wikis and notes.
import type { RealWorldDoc } from '../types';
import { cdoc } from './cmdValues';

export const CMD_TOOLS_DOCS: RealWorldDoc[] = [
  cdoc(
    'cmd-curl-api-examples',
    ['command-line', 'http-auth'],
    'docs/api-examples.md',
    (c) => `# API examples (internal)

Get a token:

\`\`\`
curl -s -X POST https://auth.internal.example/oauth/token \\
  -d grant_type=client_credentials -d client_id=${c.n('reporting-svc')} -d client_secret=${c.tok()}
\`\`\`

Use it:

\`\`\`
curl -H "Authorization: Bearer ${c.jwt()}" https://api.internal.example/v1/reports
curl -u reporting:${c.bpw()} https://legacy.internal.example/api/reports.csv -o reports.csv
curl --cookie "sessionid=${c.http(c.g.lower(32).replace(/[^a-z0-9]/g, '7'))}; csrftoken=${c.u(c.g.alnum(32))}" https://admin.internal.example/admin/
curl "https://maps.internal.example/geocode?q=Berlin&apikey=${c.http(c.g.hex(32))}"
curl -H "Authorization: Bearer ${c.n('$TOKEN')}" https://api.internal.example/v1/me
\`\`\`

Request ids in responses (\`X-Request-Id: ${c.reqId()}\`) are safe to share in tickets.
`,
  ),

  cdoc(
    'cmd-httpie-wget-notes',
    ['command-line', 'http-auth'],
    'notes/http-snippets.txt',
    (c) => `# httpie
http -a admin:${c.bpw()} GET https://jenkins.corp.example/api/json
http POST https://api.partner.example/orders Authorization:"Token ${c.http(c.g.hex(40))}" sku=4711 qty:=2
http --auth-type=bearer --auth=${c.http()} https://api.example.net/v2/me

# wget
wget --user=mirror --password=${c.bpw()} -r -np https://files.vendor.example/drivers/
wget --http-user=ci --http-password='${c.pw()}' https://nexus.corp.example/repository/raw/tool.tar.gz
wget --header "Cookie: JSESSIONID=${c.http(c.g.hex(32).toUpperCase())}" https://erp.corp.example/report?id=77
wget -qO- --header="Authorization: Basic ${c.basic('svc_export')}" https://export.corp.example/daily.csv
`,
  ),

  cdoc(
    'cmd-git-remote-urls',
    ['command-line'],
    'docs/git-mirror.md',
    (c) => `## Mirroring repos to the backup GitLab

\`\`\`bash
git clone --mirror https://svc-mirror:${c.prov('github')}@github.com/example/platform.git
cd platform.git
git remote add backup https://oauth2:${c.prov('gitlab')}@gitlab.backup.example/mirror/platform.git
git push --mirror backup
git clone https://jdoe:${c.cs()}@bitbucket.org/example/legacy-crm.git
git clone https://${c.n('x-access-token')}:${c.n('${GITHUB_TOKEN}')}@github.com/example/platform.git
git config --global credential.helper store
git clone https://dev.azure.com/contoso/_git/Portal   # asks for PAT
\`\`\`

Commit of the last good mirror: ${c.sha()}
`,
  ),

  cdoc(
    'cmd-package-managers',
    ['command-line'],
    'docs/publishing.md',
    (c) => `# Publishing packages

npm:
    npm config set //npm.pkg.github.com/:_authToken ${c.prov('github')}
    npm publish --registry https://npm.pkg.github.com

yarn (berry):
    yarn config set npmAuthToken ${c.prov('npm')}

pip / twine:
    pip install --index-url https://build:${c.cs()}@nexus.corp.example/repository/pypi/simple corp-utils
    twine upload --repository-url https://nexus.corp.example/repository/pypi-internal/ -u build -p ${c.bpw()} dist/*

gem:
    gem push corp-client-1.2.0.gem --host https://gems.corp.example --key ${c.n('rubygems_api_key')}
    curl -u gems:${c.bpw()} https://gems.corp.example/api/v1/api_key.yaml > ~/.gem/credentials

cargo:
    cargo login ${c.tok('cio' + c.g.alnum(32))}
    cargo publish --token ${c.n('$CARGO_REGISTRY_TOKEN')}

nuget:
    dotnet nuget add source https://nuget.corp.example/v3/index.json -n corp -u build -p ${c.gbpw()} --store-password-in-clear-text
    dotnet nuget push bin/Release/Corp.Client.2.0.1.nupkg -k ${c.tok(c.g.lower(46).replace(/[^a-z0-9]/g, '2'))} -s https://api.nuget.org/v3/index.json

maven / gradle:
    mvn deploy -Dusername=deployer -Dpassword=${c.bpw()}
    ./gradlew publish -PmavenUser=deployer -PmavenPassword=${c.bpw()}
    ./gradlew publishPlugins -Pgradle.publish.key=${c.n('keyid-public')} -Pgradle.publish.secret=${c.tok(c.g.alnum(32))}
`,
  ),

  cdoc(
    'cmd-rclone-config-cli',
    ['command-line'],
    'ops/offsite.sh',
    (c) => `#!/bin/bash
# offsite copy with rclone, no config file on the box (ISO auditors wanted that...)
rclone copy /srv/backups :s3:acme-offsite/backups \\
  --s3-provider Wasabi --s3-endpoint s3.eu-central-1.wasabisys.com \\
  --s3-access-key-id ${c.u(c.g.upper(20).replace(/[^A-Z0-9]/g, 'Q'))} --s3-secret-access-key ${c.tok(c.g.base64(40).replace(/[+/]/g, 'k'))}
rclone copy /srv/backups :sftp:/backup --sftp-host sftp.offsite.example --sftp-user acme --sftp-pass $(rclone obscure '${c.pw()}')
rclone copy /srv/backups :webdav:/acme --webdav-url https://dav.box.example --webdav-user acme --webdav-pass ${c.m.secret('password', c.g.base64url(32))}
rclone config create nas smb host nas01 user backup pass ${c.bpw()}
`,
  ),

  cdoc(
    'cmd-db-clients-wiki',
    ['command-line'],
    'wiki/datenbanken.md',
    (c) => `# Datenbanken – Zugänge (Stand 10/2025)

| System | Befehl |
|---|---|
| MySQL Shop | \`mysql -h shopdb01 -u shop_ro -p${c.bpw()} shop\` |
| Postgres CRM | \`psql "host=crm-db user=crm_admin password=${c.bpw()} dbname=crm sslmode=require"\` |
| Oracle ERP | \`sqlplus erp_read/${c.bpw()}@erp-db:1521/ERPPROD\` |
| MSSQL Kasse | \`sqlcmd -S kasse01 -U kasse -P ${c.bpw()}\` |
| Mongo Events | \`mongosh mongodb://events:${c.cs()}@mongo-ev01:27017/events\` |
| Redis Sessions | \`redis-cli -h sess01 -a ${c.gbpw()}\` |
| ClickHouse | \`clickhouse-client -h ch01 -u analyst --password ${c.bpw()}\` |
| InfluxDB | \`influx -host influx01 -username grafana -password ${c.bpw()}\` |

Passwörter bitte NICHT mehr hier eintragen, sondern in ${c.n('KeePass (`Datenbanken/Prod`)')}.
`,
  ),

  cdoc(
    'cmd-mysql-port-flags-neg',
    ['command-line', 'precision'],
    'docs/mysql-tips.md',
    (c) => `## mysql client tips

* \`-p\` without a value prompts for the password: \`mysql -u root -p\`
* \`-P\` (capital) is the port: \`mysql -h db -P ${c.n('3307')} -u app -p\`
* \`--password\` with nothing after it also prompts.
* Prefer an option file: \`mysql --defaults-extra-file=${c.n('~/.my.app.cnf')}\`
* In scripts use \`MYSQL_PWD=${c.n('"$(pass show db/app)"')} mysql -u app\`
* For \`redis-cli\`, \`-p\` is the port too: \`redis-cli -h cache -p ${c.n('6380')}\`
* \`psql -W\` forces a password prompt; \`-p ${c.n('5433')}\` is the port.
* \`sshpass -f ${c.n('~/.pw')}\` reads the password from a file.

Example from the incident last week (password since rotated):

    mysql -h db-replica-2 -u app -p${c.bpw()} app_prod -e "show slave status\\G"
`,
  ),

  cdoc(
    'cmd-sftp-scp-transfers',
    ['command-line'],
    'docs/partner-sftp.md',
    (c) => `## Partner file exchange

Credentials for the partner SFTP (agreed on the phone with their IT, Oct 2nd):

* host: \`sftp.partner-logistics.example\`, port 2022
* user: \`acme_in\`
* password: \`${c.pw()}\`

Upload manually:

\`\`\`
sshpass -p '${c.pw()}' sftp -P 2022 acme_in@sftp.partner-logistics.example <<< $'put orders.csv /in/'
curl -k -T orders.csv sftp://acme_in:${c.cs()}@sftp.partner-logistics.example:2022/in/
scp -P 2022 -i ~/.ssh/partner_ed25519 orders.csv acme_in@sftp.partner-logistics.example:/in/
\`\`\`

Host key fingerprint: ${c.n('SHA256:' + c.g.base64(43).replace(/[+/]/g, 'a'))}
`,
  ),

  cdoc(
    'cmd-env-prefix-lines',
    ['command-line'],
    'README.md',
    (c) => `# report-runner

Run locally:

\`\`\`sh
DB_URL=postgres://report:${c.cs()}@localhost:5432/reports API_TOKEN=${c.tok()} node run.js --month 2025-10
\`\`\`

or with the variables exported:

\`\`\`sh
export SMTP_USER=reports@example.org
export SMTP_PASS=${c.bpw()}
export SLACK_BOT_TOKEN=${c.prov('slackBot')}
export ANTHROPIC_API_KEY=${c.prov('anthropic')}
node run.js
\`\`\`

Use \`SMTP_PASS=${c.n('$(security find-generic-password -s smtp -w)')}\` on macOS to read it from the keychain.
`,
  ),

  cdoc(
    'cmd-make-deploy-python',
    ['command-line'],
    'Makefile.deploy',
    (c) => `PYPI_USER=__token__
PYPI_PASS=${c.prov('pypi')}
SENTRY_AUTH_TOKEN=${c.hex(64)}
SENTRY_DSN=${c.n('https://' + c.g.hex(32) + '@o' + c.g.digits(6) + '.ingest.sentry.io/' + c.g.digits(7))}

release:
\tpython -m build
\ttwine upload -u ${c.n('$(PYPI_USER)')} -p ${c.n('$(PYPI_PASS)')} dist/*
\tsentry-cli --auth-token ${c.n('$(SENTRY_AUTH_TOKEN)')} releases new $(VERSION)

docs:
\tmkdocs gh-deploy --force
`,
  ),
];
