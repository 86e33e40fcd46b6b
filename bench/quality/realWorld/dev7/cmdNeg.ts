// rw-dev7 command line and logs, look-alikes first: help text and man pages, documented templates, CI files that
// only pass references, masked CI logs, prompts (`-p` with no value), ports and user names behind `-p`/`-P`/`-u`,
// `--password-file`/`--passwordless`, hashes, ids and digests. A few real values sit among them.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc, F } from '../dev/kit';
import { cmd, type C } from './cmdValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: C) => string) => doc(`dev7-cmd-${id}`, areas, path, (k) => fn(cmd(k)));
const CP: RealWorldArea[] = ['command-line', 'precision'];
const LP: RealWorldArea[] = ['logs-and-output', 'precision'];

export const NEG_CMD_DOCS: RealWorldDoc[] = [
  d(
    'mysql-help',
    CP,
    'docs/cli/mysql-options.txt',
    (c) => `  -p, --password[=name]
                      Password to use when connecting to server. If password is
                      not given it's asked from the tty.
  -P, --port=#        Port number to use for connection or 0 for default to, in
                      order of preference, my.cnf, $MYSQL_TCP_PORT,
                      /etc/services, built-in default (3306).
  -u, --user=name     User for login if not current user.
      --password-file=name  Read the password from a file.

Examples:
  mysql -u ${c.n('root')} -p
  mysql -h db.example.com -P ${c.n('3307')} -u ${c.n('admin')} -p${c.n('<password>')}
  mysql --user=${c.n('app')} --password=${c.n('$MYSQL_PASSWORD')} shop
  mysql --defaults-extra-file=${c.n('/etc/mysql/app.cnf')} shop
`,
  ),

  d(
    'psql-man',
    CP,
    'docs/cli/psql.1.txt',
    (c) => `OPTIONS
       -p port
       --port=port
           Specifies the TCP port ... Defaults to the value of the PGPORT environment variable or, if not set,
           to the port specified at compile time, usually ${c.n('5432')}.

       -W
       --password
           Force psql to prompt for a password before connecting to a database.

       -w
       --no-password
           Never issue a password prompt.

ENVIRONMENT
       PGPASSWORD
           Use of this environment variable is not recommended for security reasons (some operating systems
           allow non-root users to see process environment variables via ps); instead consider using the
           ~/.pgpass file. Example: ${c.n('PGPASSWORD=$(cat ~/.pgpass-prod)')} psql -h db -U app

EXAMPLES
       $ psql "host=localhost port=${c.n('5433')} dbname=mydb user=${c.n('bob')} password=${c.n('secret')}"
       $ psql postgresql://${c.n('user')}:${c.n('password')}@localhost/mydb
`,
  ),

  d(
    'redis-cli-help',
    CP,
    'docs/cli/redis-cli-help.txt',
    (c) => `Usage: redis-cli [OPTIONS] [cmd [arg [arg ...]]]
  -h <hostname>      Server hostname (default: 127.0.0.1).
  -p <port>          Server port (default: ${c.n('6379')}).
  -a <password>      Password to use when connecting to the server.
                     You can also use the REDISCLI_AUTH environment
                     variable to pass this password more safely
                     (if both are used, this argument takes precedence).
  --user <username>  Used to send ACL style 'AUTH username pass'. Needs -a.
  --pass <password>  Alias of -a for consistency with the new --user option.
  --askpass          Force user to input password with mask from STDIN.
  -u <uri>           Server URI on format redis://user:password@host:port/dbnum
Examples:
  redis-cli -a ${c.n('"$REDIS_PASSWORD"')} ping
  redis-cli -u redis://${c.n('default')}:${c.n('<password>')}@localhost:6379/0 ping
  REDISCLI_AUTH=${c.n('$(vault kv get -field=pw secret/redis)')} redis-cli info
`,
  ),

  d(
    'gha-references-only',
    CP,
    '.github/workflows/release.yml',
    (c) => `name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${c.sha()}
      - run: echo "\${{ secrets.REGISTRY_PASSWORD }}" | docker login ghcr.io -u \${{ github.actor }} --password-stdin
      - run: mysql -h 127.0.0.1 -P ${c.n('3306')} -u root -p\${{ secrets.MYSQL_ROOT_PASSWORD }} -e 'select 1'
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: ${c.n('${{ secrets.NPM_TOKEN }}')}
      - run: curl -fsS -H "Authorization: Bearer \${{ secrets.DEPLOY_TOKEN }}" https://deploy.acme.dev/hooks/release
      - run: psql "postgres://\${PGUSER}:\${PGPASSWORD}@\${PGHOST}:5432/app" -c 'select 1'
        env:
          PGPASSWORD: ${c.n('${{ secrets.PG_PASSWORD }}')}
      - run: git push https://x-access-token:\${{ secrets.GITHUB_TOKEN }}@github.com/acme/site.git HEAD:gh-pages
      - run: helm repo add acme https://charts.acme.io --username ci --password \${{ secrets.HELM_PASSWORD }}
`,
  ),

  d(
    'masked-ci-log',
    LP,
    'ci-logs/build-2201.txt',
    (c) => `2026-12-02T08:01:10.0001Z ##[group]Run docker login ghcr.io -u acme-ci -p ${c.n('***')}
2026-12-02T08:01:10.0002Z docker login ghcr.io -u acme-ci -p ${c.n('***')}
2026-12-02T08:01:11.0003Z Login Succeeded
2026-12-02T08:01:12.0004Z ##[group]Run mysql -uroot -p${c.n('***')} -e 'select 1'
2026-12-02T08:01:12.5005Z env:
2026-12-02T08:01:12.5006Z   PGPASSWORD: ${c.n('***')}
2026-12-02T08:01:12.5007Z   DATABASE_URL: postgres://app:${c.n('***')}@localhost:5432/app
2026-12-02T08:01:13.0008Z + curl -u deploy:${c.n('********')} https://nexus.acme.io/
2026-12-02T08:01:14.0009Z $ echo $CI_REGISTRY_PASSWORD | docker login -u gitlab-ci-token --password-stdin
2026-12-02T08:01:15.0010Z Authorization: Bearer ${c.n('[MASKED]')}
2026-12-02T08:01:15.0011Z Cache key: ${c.sha256()}
2026-12-02T08:01:16.0012Z Uploading artifacts... digest=${c.digest()} id=${c.n(c.g.digits(10))} responseStatus=201 Created token=${c.n(c.g.alnum(8))}
`,
  ),

  d(
    'ports-and-users',
    CP,
    'docs/ops/connection-cheatsheet.md',
    (c) => `# Connection cheat sheet (no passwords here: they are in the vault)

| Service | Command |
|---|---|
| MySQL replica | \`mysql -h db2 -P ${c.n('3307')} -u ${c.n('reader')} -p\` |
| Postgres | \`psql -h pg1 -p ${c.n('5433')} -U ${c.n('analytics')} -W\` |
| Redis | \`redis-cli -h cache1 -p ${c.n('6380')} --askpass\` |
| Mongo | \`mongosh --host mongo1 --port ${c.n('27018')} -u ${c.n('ops')} -p\` (prompts) |
| SSH | \`ssh -p ${c.n('2222')} ${c.n('ops')}@bastion\` |
| SFTP | \`sftp -P ${c.n('2022')} ${c.n('exchange')}@files\` |
| SQL Server | \`sqlcmd -S sql01 -U ${c.n('ops')}\` (omit -P to be prompted) |
| RabbitMQ | \`rabbitmqadmin -H mq1 -P ${c.n('15672')} -u ${c.n('ops')} -p \\$(pass show mq/ops) list queues\` |
| Docker | \`docker run -p ${c.n('8080:80')} -e PASSWORD_FILE=${c.n('/run/secrets/pw')} app\` |
| Kafka | \`kafka-topics.sh --bootstrap-server kafka1:${c.n('9092')} --list\` |
`,
  ),

  d(
    'templates-and-vars',
    CP,
    'docs/ops/templates.md',
    (c) => `# Command templates

${F}sh
mysqldump -u "$DB_USER" -p"$DB_PASS" "$DB_NAME" > dump.sql
PGPASSWORD=\${PGPASSWORD:?} pg_dump -h "$PGHOST" -U "$PGUSER" app
curl -u "\${API_USER}:\${API_PASS}" https://api.example.com/
docker login -u "$REGISTRY_USER" -p "$(cat /run/secrets/registry)" registry.example.com
sshpass -p "$SSH_PASS" ssh user@host
kubectl create secret generic db --from-literal=password="$(openssl rand -base64 24)"
htpasswd -b .htpasswd admin "$(pwgen 20 1)"
vault login -method=userpass username=$USER password=${c.n('"$(read -s p; echo $p)"')}
zip -P "$ZIP_PASSWORD" out.zip out/
openssl pkcs12 -export -in c.crt -inkey c.key -out c.p12 -passout env:${c.n('P12_PASS')}
openssl rsa -in k.pem -passin file:${c.n('/run/secrets/keypass')}
keytool -list -keystore ks.jks -storepass:env ${c.n('KS_PASS')}
ansible-playbook site.yml --vault-password-file ${c.n('~/.vault_pass.txt')}
terraform apply -var "db_password=\${TF_DB_PASSWORD}"
${F}

${F}powershell
$pw = Read-Host -AsSecureString
Invoke-Sqlcmd -Username sa -Password $env:SA_PASSWORD -Query "select 1"
net use Z: \\\\fs01\\share %SHARE_PW% /user:CORP\\%USERNAME%
${F}
`,
  ),

  d(
    'hashes-and-ids-output',
    LP,
    'notes/verify-output.txt',
    (c) => `$ sha256sum release/*.tar.gz
${c.sha256()}  release/app-4.1.0-linux-amd64.tar.gz
${c.sha256()}  release/app-4.1.0-darwin-arm64.tar.gz
$ git log --oneline -3
${c.short()} Bump version to 4.1.0
${c.short()} Fix password reset email
${c.short()} Rotate token handling (no secrets in logs)
$ docker images --digests | head -2
REPOSITORY            TAG     DIGEST         IMAGE ID       CREATED
registry.acme.io/app  4.1.0   ${c.digest()}  ${c.n(c.g.hex(12))}   2 hours ago
$ getent shadow svc-backup
svc-backup:${c.shadow()}:20057:0:99999:7:::
$ aws sts get-caller-identity
{ "UserId": "${c.n('AIDA' + c.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17))}", "Account": "${c.n(c.g.digits(12))}", "Arn": "arn:aws:iam::${c.g.digits(12)}:user/ci" }
$ kubectl get secret db-creds -o yaml | grep -A1 resourceVersion
  resourceVersion: "${c.n(c.g.digits(8))}"
  uid: ${c.uuid()}
`,
  ),

  d(
    'password-flags-no-secret',
    CP,
    'docs/ops/flags-faq.md',
    (c) => `# Flags that look like passwords but are not

- \`ssh-keygen -t ed25519 -N ""\` creates a key with an empty passphrase.
- \`ssh-copy-id -p ${c.n('2222')} user@host\`: \`-p\` is the port.
- \`useradd --password ${c.shadow()} svc\` takes an already-hashed value.
- \`mongod --keyFile ${c.n('/etc/mongo/keyfile')}\` reads a file.
- \`az vm create ... --authentication-type ssh --generate-ssh-keys\`: passwordless.
- \`gcloud auth activate-service-account --key-file=${c.n('sa.json')}\`.
- \`docker secret create db_password ${c.n('./db_password.txt')}\`.
- \`pg_basebackup -D /data -U repl -w\` (never prompts; uses ~/.pgpass).
- \`rsync --password-file=${c.n('/etc/rsyncd.secret')}\`.
- \`sudo passwd --lock svc\`, \`passwd -S svc\` print status only.
- \`mysql_config_editor set --login-path=local --user=root --password\` prompts.
- \`--passwordless\`, \`--no-password\`, \`--password-stdin\`, \`--ask-pass\`, \`--askpass\`, \`-W\` are prompts or switches.
- \`openssl rand -hex 32\` prints a new value every time; the example output \`${c.sha256()}\` is not in use.
`,
  ),

  d(
    'bash-history-clean',
    CP,
    'home/elena/.bash_history',
    (c) => `cd ~/src/api
git status
git checkout -b fix/login-timeout
make test
mysql -u ${c.n('elena')} -p
psql -h localhost -p ${c.n('5432')} -U ${c.n('elena')} api_dev
export PGPASSWORD=$(pass show work/pg-dev)
redis-cli -p ${c.n('6380')} ping
docker run -p ${c.n('5432:5432')} -e POSTGRES_HOST_AUTH_METHOD=trust postgres:16
ssh -p ${c.n('2222')} elena@bastion
curl -H "Authorization: Bearer $(gcloud auth print-access-token)" https://run.googleapis.com/v2/projects/acme/locations
aws s3 cp s3://acme-builds/${c.sha()}/app.zip .
git commit -m "fix login timeout"
git push -u origin fix/login-timeout
`,
  ),

  d(
    'log-request-ids',
    LP,
    'logs/api-requests.log',
    (c) => `2026-12-02T07:00:00.001Z INFO request_id=${c.uuid()} method=GET path=/v1/users status=200 dur=12ms
2026-12-02T07:00:00.210Z INFO request_id=${c.uuid()} method=POST path=/v1/login status=200 user=karin password=${c.mask()}
2026-12-02T07:00:00.420Z INFO request_id=${c.uuid()} trace_id=${c.md5()} span_id=${c.n(c.g.hex(16))} path=/v1/orders
2026-12-02T07:00:00.500Z DEBUG cache key=${c.n('orders:' + c.g.hex(16))} hit=false
2026-12-02T07:00:00.700Z INFO token refreshed for client=${c.n('web-app')} (token=${c.n('[REDACTED]')}, expires_in=3600)
2026-12-02T07:00:00.900Z INFO password reset requested email=karin@acme.dev reset_id=${c.uuid()}
2026-12-02T07:00:01.100Z INFO etag=${c.n('"' + c.g.hex(32) + '"')} nonce=${c.n(c.g.base64(16))}
2026-12-02T07:00:01.300Z WARN login failed user=karin password=${c.n('<redacted>')} attempts=3
`,
  ),

  d(
    'k8s-args-refs',
    CP,
    'k8s/deploy/api.yaml',
    (c) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: api}
spec:
  template:
    spec:
      containers:
        - name: api
          image: registry.acme.io/api@${c.digest()}
          args:
            - --db-password=$(DB_PASSWORD)
            - --redis-url=redis://:$(REDIS_PASSWORD)@redis:6379
            - --port=${c.n('8080')}
            - --token-file=${c.n('/var/run/secrets/api/token')}
          env:
            - name: DB_PASSWORD
              valueFrom: {secretKeyRef: {name: api-db, key: password}}
            - name: REDIS_PASSWORD
              valueFrom: {secretKeyRef: {name: api-redis, key: password}}
        - name: cloudsql-proxy
          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11
          args: ["--credentials-file=${c.n('/secrets/sa.json')}", "--port=${c.n('5432')}", "acme:europe-west1:pg"]
`,
  ),

  d(
    'win-templates',
    CP,
    'docs/it/windows-commands.md',
    (c) => `# Windows commands we use

| Task | Command |
|---|---|
| Map a share | \`net use Z: \\\\fs01\\share /user:CORP\\%USERNAME% *\` (prompts) |
| Run as admin | \`runas /user:CORP\\admin cmd\` (prompts) |
| Stored creds | \`cmdkey /add:fs01 /user:CORP\\%USERNAME% /pass\` (prompts) |
| PsExec | \`psexec \\\\host -u CORP\\you -p ${c.n('<password>')} cmd\` |
| RDP | \`xfreerdp /v:host /u:you /p:${c.n('%RDP_PW%')}\` |
| Service | \`sc.exe config svc obj= CORP\\svc password= ${c.n('<service-password>')}\` |
| Scheduled task | \`schtasks /Create ... /RU SYSTEM\` (no password needed) |
| PowerShell | \`$cred = Get-Credential\`; \`Invoke-Command -Credential $cred\` |
| SecureString | \`ConvertTo-SecureString ${c.n('$env:INITIAL_PW')} -AsPlainText -Force\` |
`,
  ),
];
