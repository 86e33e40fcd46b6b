// rw-dev7 command line: READMEs, runbooks and wiki pages whose code blocks hold the command someone really ran,
// next to the documented template form (`<password>`, `$DB_PASS`) of the same command.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc, F } from '../dev/kit';
import { cmd, type C } from './cmdValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: C) => string) => doc(`dev7-cmd-${id}`, areas, path, (k) => fn(cmd(k)));
const CLP: RealWorldArea[] = ['command-line', 'prose'];

export const RUNBOOK_DOCS: RealWorldDoc[] = [
  d(
    'readme-local-dev',
    CLP,
    'README.md',
    (c) => `# orders-service

## Local development

Start the dependencies:

${F}sh
docker run -d --name orders-pg -e POSTGRES_PASSWORD=${c.pw()} -p 5432:5432 postgres:16
docker run -d --name orders-redis -p 6379:6379 redis:7 redis-server --requirepass ${c.pw()}
${F}

Connect with:

${F}sh
psql -h localhost -U postgres -p ${c.n('5432')}   # prompts for the password
psql "postgres://postgres:${c.n('<password>')}@localhost:5432/postgres"
${F}

The staging database (read only) is reachable from the VPN:

${F}sh
psql "postgres://orders_ro:${c.cs()}@pg-staging.acme.internal:5432/orders"
${F}
`,
  ),

  d(
    'runbook-restore',
    CLP,
    'docs/runbooks/restore-mysql.md',
    (c) => `# Restoring MySQL from the nightly dump

1. Fetch the dump: \`aws s3 cp s3://acme-backups/mysql/latest.sql.gz .\`
2. Stop the app: \`kubectl scale deploy/shop --replicas=0\`
3. Restore:

       gunzip -c latest.sql.gz | mysql -h db1.internal -u restore -p${c.pw()} shop

   If you get \`ERROR 1045 (28000): Access denied\`, the restore user was rotated; ask in #ops or use
   \`mysql -u restore -p\` and type the password from the vault (\`ops/db1/restore\`).
4. Check: \`mysql -h db1.internal -u restore --password='${c.sq()}' -e 'select count(*) from shop.orders'\`
5. Scale back up.

Template for other hosts: \`mysql -h <host> -u <user> -p${c.n('<password>')} <db>\`.
`,
  ),

  d(
    'wiki-redis-ops',
    CLP,
    'wiki/Redis-operations.md',
    (c) => `## Flushing a stuck queue

Prod (cluster mode):

${F}
redis-cli -c -h redis-prod-0.cache -a '${c.sq()}' --no-auth-warning del queue:emails:dead
${F}

Staging:

${F}
redis-cli -h redis-stg -a ${c.pw()} FLUSHDB
${F}

Using a URL works too: \`redis-cli -u rediss://default:${c.cs()}@redis-prod-0.cache:6380\`.
Never use \`redis-cli -a ${c.n('$REDIS_PASSWORD')}\` in scripts; use \`REDISCLI_AUTH\`:

${F}
REDISCLI_AUTH=${c.pw()} redis-cli -h redis-stg INFO memory
${F}
`,
  ),

  d(
    'runbook-vpn-rdp',
    CLP,
    'docs/it/remote-access.md',
    (c) => `# Remote access for contractors

Jump host: \`jump.acme.dev\`, user \`contractor\`. Until the SSO migration lands, log in with:

    xfreerdp /v:jump.acme.dev /u:contractor /p:'${c.sq()}' /cert:ignore +clipboard

On macOS use Microsoft Remote Desktop with the same password. From Linux without a GUI:

    rdesktop -u contractor -p ${c.pw()} -g 1600x900 jump.acme.dev

VNC to the lab machines: \`vncviewer lab01:1 -passwd ~/.vnc/passwd\` (file password: \`${c.pw()}\`).

Do not share: \`xfreerdp /v:jump.acme.dev /u:<you> /p:${c.n('<your-password>')}\` is the template for your own account.
`,
  ),

  d(
    'readme-cli-tool',
    CLP,
    'tools/exporter/README.md',
    (c) => `# exporter

${F}
Usage: exporter [--host HOST] [--port PORT] [--user USER] [--password ${c.n('PASSWORD')}] [--token ${c.n('TOKEN')}]

Options:
  -p, --port PORT          port to connect to (default ${c.n('5432')})
  -P, --password PASSWORD  database password (or set EXPORTER_PASSWORD)
  -t, --token TOKEN        API token for the upload endpoint
      --password-file FILE read the password from FILE
${F}

Example (the one we use in the nightly job):

${F}
exporter --host pg-main --port 5432 --user exporter --password ${c.pw()} --token ${c.tok()}
${F}

Example with env vars:

${F}
EXPORTER_PASSWORD=${c.n('$(vault kv get -field=password secret/exporter)')} exporter --host pg-main
${F}
`,
  ),

  d(
    'wiki-network-gear',
    CLP,
    'wiki/network/switch-backups.md',
    (c) => `# Switch config backups

We pull configs over SCP with the backup account:

${F}bash
sshpass -p '${c.sq()}' scp backup@sw-core-01:running-config sw-core-01.cfg
sshpass -p '${c.sq()}' scp backup@sw-core-02:running-config sw-core-02.cfg
${F}

SNMP for the graphs: community \`${c.n('public')}\` on the lab, v3 on prod:

${F}
snmpget -v3 -l authPriv -u librenms -a SHA -A '${c.sq()}' -x AES -X '${c.sq()}' sw-core-01 sysUpTime.0
${F}

The enable secret on the switches is a type 9 hash: \`enable secret 9 ${c.n('$9$' + c.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 14) + '$' + c.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 43))}\`.
`,
  ),

  d(
    'runbook-kafka-acl',
    CLP,
    'docs/runbooks/kafka-acls.md',
    (c) => `# Kafka ACLs

Admin client config lives on kafka-1 in \`/etc/kafka/admin.properties\`. To add a consumer:

${F}
kafka-acls.sh --bootstrap-server kafka-1:9093 --command-config /etc/kafka/admin.properties \\
  --add --allow-principal User:analytics --operation Read --topic events
kafka-configs.sh --bootstrap-server kafka-1:9093 --command-config /etc/kafka/admin.properties \\
  --alter --add-config 'SCRAM-SHA-256=[iterations=8192,password=${c.pw()}]' --entity-type users --entity-name analytics
${F}

Quick test from a laptop:

${F}
kcat -b kafka-1:9093 -X security.protocol=SASL_SSL -X sasl.mechanisms=SCRAM-SHA-256 \\
  -X sasl.username=analytics -X sasl.password=${c.pw()} -t events -C -c 5
${F}
`,
  ),

  d(
    'readme-elastic',
    CLP,
    'ops/elasticsearch/README.md',
    (c) => `# Elasticsearch notes

Reset the elastic user (8.x):

${F}
bin/elasticsearch-reset-password -u elastic -i
${F}

Current cluster health:

${F}
curl -k -u elastic:${c.pw()} "https://es-1:9200/_cluster/health?pretty"
curl -k -H "Authorization: ApiKey ${c.b64(58)}" https://es-1:9200/_cat/indices
${F}

Kibana service token (created with \`elasticsearch-service-tokens create elastic/kibana kibana-token\`):

${F}
SERVICE_TOKEN elastic/kibana/kibana-token = ${c.tok()}
${F}
`,
  ),

  d(
    'wiki-ftp-partners',
    CLP,
    'wiki/partners/file-exchange.md',
    (c) => `# File exchange with partners

| Partner | How |
|---|---|
| Northwind | \`lftp -u northwind_out,${c.pw()} sftp://sftp.northwind.example\` |
| Contoso | \`curl -T file.csv ftp://acme:${c.cs()}@ftp.contoso.example/in/\` |
| Fabrikam | \`sftp -P ${c.n('2022')} acme@files.fabrikam.example\` (key auth, no password) |
| Tailspin | \`smbclient //files.tailspin.example/in -U acme%${c.pw()} -c 'put report.csv'\` |

Ports: Fabrikam uses \`-P 2022\`, everyone else the default.
`,
  ),

  d(
    'readme-docker-registry',
    CLP,
    'infra/registry/README.md',
    (c) => `# Private registry

Login (CI uses the robot account):

${F}
docker login registry.acme.io --username robot\\$ci --password ${c.tok()}
podman login -u robot\\$ci -p ${c.tok()} registry.acme.io
skopeo copy --src-creds ci:${c.pw()} --dest-creds mirror:${c.pw()} docker://registry.acme.io/web:1.4 docker://mirror.acme.io/web:1.4
${F}

Humans log in with SSO: \`docker login registry.acme.io\` and follow the prompt.
Pull secret for k8s:

${F}
kubectl create secret docker-registry acme-pull --docker-server=registry.acme.io --docker-username=robot\\$pull --docker-password=${c.tok()}
${F}
`,
  ),

  d(
    'runbook-gpg-releases',
    CLP,
    'docs/release/signing.md',
    (c) => `# Signing releases

The release key's passphrase is in the vault; CI passes it like this:

${F}
echo "${c.n('$GPG_PASSPHRASE')}" | gpg --batch --pinentry-mode loopback --passphrase-fd 0 --detach-sign dist/app.tar.gz
${F}

When signing by hand on the release laptop (2026-10):

${F}
gpg --batch --pinentry-mode loopback --passphrase "${c.dq()}" --detach-sign dist/app-4.1.0.tar.gz
gpg --verify dist/app-4.1.0.tar.gz.sig
gpg: Good signature from "Acme Releases <releases@acme.dev>"
gpg: Primary key fingerprint: ${c.n('7A1C 44E2 0B9D 3F58 61AE  92C0 D4B7 19E3 0A55 C2F1')}
${F}
`,
  ),

  d(
    'wiki-monitoring-checks',
    CLP,
    'wiki/monitoring/nagios-checks.md',
    (c) => `# Nagios check commands

${F}
define command {
  command_name check_mysql_repl
  command_line $USER1$/check_mysql -H $HOSTADDRESS$ -u nagios -p ${c.pw()} -S
}
define command {
  command_name check_pg
  command_line $USER1$/check_pgsql -H $HOSTADDRESS$ -l nagios -p '${c.sq()}'
}
define command {
  command_name check_http_auth
  command_line $USER1$/check_http -H $HOSTADDRESS$ -a monitor:${c.pw()} -u /status
}
define command {
  command_name check_ssh_alt
  command_line $USER1$/check_ssh -p ${c.n('2222')} $HOSTADDRESS$
}
${F}
\`$USER1$\` is the plugin path; \`$USER3$\` holds nothing secret on this box.
`,
  ),
];
