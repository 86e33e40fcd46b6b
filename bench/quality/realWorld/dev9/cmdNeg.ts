// rw-dev9 cmd part: precision — command lines full of look-alikes (env references, CI secret references,
// prompts, port flags, file paths, hashes, placeholders, masked values) with only a few real secrets.
import type { RealWorldDoc } from '../types';
import { cdoc } from './cmdValues';

export const CMD_NEG_DOCS: RealWorldDoc[] = [
  cdoc(
    'cmd-neg-ci-refs-only',
    ['command-line', 'precision'],
    '.github/workflows/ci.yml',
    (c) => `name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      DATABASE_URL: postgres://postgres:${c.u('postgres')}@localhost:5432/test
      CODECOV_TOKEN: ${c.n('${{ secrets.CODECOV_TOKEN }}')}
    steps:
      - uses: actions/checkout@v4
      - run: docker login -u \${{ secrets.DOCKER_USER }} -p ${c.n('${{ secrets.DOCKER_PASSWORD }}')}
      - run: mysql -h 127.0.0.1 -u root -p${c.n('${{ env.MYSQL_ROOT_PASSWORD }}')} -e 'select 1'
      - run: curl -H "Authorization: token ${c.n('${{ github.token }}')}" https://api.github.com/repos/\${{ github.repository }}
      - run: npm test -- --coverage
      - run: echo "::add-mask::$API_KEY"
      - uses: codecov/codecov-action@${c.n(c.g.hex(40))}
`,
  ),

  cdoc(
    'cmd-neg-script-prompts',
    ['command-line', 'precision'],
    'scripts/setup-db.sh',
    (c) => `#!/usr/bin/env bash
# Interactive DB setup. Nothing secret in here — everything is prompted or read from pass(1).
read -r -p "DB host [localhost]: " DB_HOST
read -r -s -p "DB password: " DB_PASSWORD; echo
ADMIN_PW="$(pass show infra/db/admin)"
TOKEN=${c.n('$(cat "$HOME/.config/acme/token")')}
API_KEY=${c.n('"${API_KEY:?set API_KEY first}"')}
mysql -h "$DB_HOST" -u admin -p"${c.n('$ADMIN_PW')}" < schema.sql
PGPASSWORD="${c.n('$DB_PASSWORD')}" psql -h "$DB_HOST" -U app -f schema.pg.sql
sshpass -f "${c.n('$HOME/.ssh/jump.pw')}" ssh jump@bastion
docker login -u ci --password-stdin < ${c.n('/run/secrets/registry_password')}
openssl enc -d -aes-256-cbc -pbkdf2 -in backup.enc -pass file:${c.n('/etc/backup/key')} -out backup.tar
openssl pkcs12 -in cert.p12 -passin env:${c.n('P12_PASS')} -nokeys
echo "password policy: min 12 chars, see ${c.n('https://wiki.example.com/security/passwords')}"
`,
  ),

  cdoc(
    'cmd-neg-hashes-and-ids',
    ['command-line', 'precision'],
    'docs/release-checklist.md',
    (c) => `# Release checklist

1. \`git tag -s v3.2.0 ${c.sha()}\`
2. \`sha256sum dist/*\` and paste into the release notes:

       ${c.n(c.g.hex(64))}  acme-cli-3.2.0-linux-amd64.tar.gz
       ${c.n(c.g.hex(64))}  acme-cli-3.2.0-darwin-arm64.tar.gz

3. \`gpg --armor --detach-sign --local-user ${c.n(c.g.hex(16).toUpperCase())} dist/checksums.txt\`
4. \`docker buildx imagetools inspect ghcr.io/acme/cli:3.2.0\` → digest ${c.n('sha256:' + c.g.hex(64))}
5. \`npm view acme-cli@3.2.0 dist.integrity\` → ${c.n('sha512-' + c.g.base64(86) + '==')}
6. Trace of the publish job: ${c.reqId()}
7. \`cosign verify --key cosign.pub ghcr.io/acme/cli:3.2.0\`
`,
  ),

  cdoc(
    'cmd-neg-placeholders-readme',
    ['command-line', 'precision'],
    'docs/install.md',
    (c) => `## Install the agent

\`\`\`bash
curl -sSL https://get.acme.example/agent.sh | sudo bash -s -- --api-key ${c.n('<YOUR_API_KEY>')}
acme-agent config set token ${c.n('YOUR_TOKEN_HERE')}
docker run -e ACME_API_KEY=${c.n('xxxxxxxxxxxxxxxxxxxxxxxx')} acme/agent:2
mysql -u ${c.n('<user>')} -p${c.n('<password>')} -h ${c.n('<host>')}
psql postgresql://${c.n('USER')}:${c.n('PASSWORD')}@${c.n('HOST')}:5432/${c.n('DB')}
git clone https://${c.n('<username>')}:${c.n('<personal-access-token>')}@github.com/acme/agent-config.git
az login -u ${c.n('you@example.com')} -p ${c.n('********')}
\`\`\`

The installer prints \`API key: ${c.n('acme_****************3f2a')}\` once configured.
`,
  ),

  cdoc(
    'cmd-neg-ports-and-paths',
    ['command-line', 'precision'],
    'notes/ssh-config-tips.txt',
    (c) => `ssh -p 2222 admin@10.0.0.4
scp -P 2222 file.txt admin@10.0.0.4:/tmp/
redis-cli -p 6379 -n 2 monitor
mongosh --port 27018 --username app --password --authenticationDatabase admin
sqlcmd -S db01 -E
iperf3 -c 10.0.0.4 -p 5201
nc -zv 10.0.0.4 -p 443
java -jar app.jar --server.port=8080 --spring.datasource.password=${c.n('${DB_PASSWORD}')}
keytool -genkeypair -alias api -keystore api.p12 -storepass:env ${c.n('KEYSTORE_PASS')} -storetype PKCS12
mysqldump --defaults-file=${c.n('/etc/mysql/debian.cnf')} --all-databases > all.sql
pg_dump -d ${c.n('"$(cat /etc/app/dsn)"')} > app.sql
`,
  ),

  cdoc(
    'cmd-neg-masked-ci-log',
    ['logs-and-output', 'precision', 'command-line'],
    'logs/ci-job-4411.log',
    (c) => `Running with gitlab-runner 17.4.0 (${c.n(c.g.hex(8))})
$ echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY
WARNING! Your password will be stored unencrypted in /root/.docker/config.json.
Login Succeeded
$ mysql -h db -u root -p${c.n('[MASKED]')} -e 'select 1'
$ curl -H "PRIVATE-TOKEN: ${c.n('[MASKED]')}" https://gitlab.corp.example/api/v4/version
{"version":"17.4.1","revision":"${c.n(c.g.hex(10))}"}
+ export DB_PASSWORD=${c.n('***')}
+ ./run-tests.sh
Job succeeded
`,
  ),

  cdoc(
    'cmd-neg-ps-windows-secure',
    ['command-line', 'precision'],
    'scripts/Connect-Prod.ps1',
    (c) => `$cred = Get-Credential -UserName 'CORP\\svc_ops' -Message 'Prod access'
$pw = Read-Host -AsSecureString 'SQL password'
$token = (Get-Secret -Name GitHubPat -AsPlainText)
$enc = ${c.n("'01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" + c.g.hex(80) + "'")}
$sec = ConvertTo-SecureString $enc
Invoke-Sqlcmd -ServerInstance sql01 -Credential $cred -Query 'SELECT 1'
net use Z: \\\\fs01\\share /user:CORP\\svc_ops *
runas /netonly /user:CORP\\svc_ops powershell.exe
cmdkey /list
$env:GITHUB_TOKEN = $token
`,
  ),
];
