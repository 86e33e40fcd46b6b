// rw-dev10 ops: shell histories and runbook code blocks, typed the way operators really type them.
import type { RealWorldDoc } from '../types';
import { F, od } from './opsValues';

export const OPS_SHELL_DOCS: RealWorldDoc[] = [
  od(
    'ops-bash-history-dba',
    ['command-line'],
    '.bash_history',
    (k) => `ls -la
cd /var/backups/mysql
mysql -uroot -p${k.hp()} -e 'show databases;'
mysqldump --single-transaction -u backup --password=${k.gp()} shop > shop-$(date +%F).sql
gzip shop-2026-11-30.sql
psql "host=10.4.0.12 port=5432 dbname=billing user=billing_ro password=${k.m.secret('connection-string', k.g.alnum(18))} sslmode=require"
PGPASSWORD=${k.hp()} pg_dump -h db-replica-02 -U reporting reporting_prod | gzip > /tmp/rep.sql.gz
mysql -u root -p
redis-cli -h cache01 -a ${k.gp()} INFO replication
redis-cli -h cache01 -a "${k.n('$REDIS_PASS')}" ping
history | grep mysql
sudo systemctl restart mysqld
tail -f /var/log/mysql/error.log
exit
`,
  ),

  od(
    'ops-zsh-history-devops',
    ['command-line'],
    '.zsh_history',
    (k) => `: 1764412001:0;kubectl get pods -n payments
: 1764412020:0;kubectl logs deploy/payments-api -n payments --tail=200
: 1764412101:0;export API_TOKEN=${k.tok()}
: 1764412130:0;curl -s -H "X-Api-Key: $API_TOKEN" https://inventory.internal/api/v2/items | jq .
: 1764412188:0;curl -s -H "X-Api-Key: ${k.tok(k.g.hex(32))}" https://inventory.internal/api/v2/health
: 1764412230:0;git log --oneline -5
: 1764412240:0;git show ${k.sha()}
: 1764412301:0;docker login registry.corp.example -u deploy -p ${k.tok(k.g.alnum(40))}
: 1764412302:0;docker pull registry.corp.example/payments-api@${k.digest()}
: 1764412400:0;export DATADOG_API_KEY=${k.hex(32)}
: 1764412455:0;npx dd-trace-check --site datadoghq.eu
: 1764412500:0;echo $SHELL
`,
  ),

  od(
    'ops-runbook-rabbit-users-md',
    ['command-line', 'prose'],
    'docs/runbooks/rabbitmq-users.md',
    (k) => `# RabbitMQ – Benutzer anlegen

Nach dem Neuaufbau des Clusters müssen die Service-Benutzer neu angelegt werden. Passwörter stehen eigentlich
im Vault unter \`${k.n('kv/infra/rabbitmq')}\`, hier der Stand vom letzten Rebuild:

${F}bash
rabbitmqctl add_user orders ${k.hp()}
rabbitmqctl add_user billing ${k.pp()}
rabbitmqctl set_user_tags billing monitoring
rabbitmqctl set_permissions -p / orders ".*" ".*" ".*"
rabbitmqctl change_password guest ${k.gp()}
${F}

Danach prüfen (Version sollte ${k.ver()} sein):

${F}bash
rabbitmqctl list_users
rabbitmqadmin -u admin -p ${k.hp()} list queues name messages
${F}

Achtung: \`rabbitmqctl add_user\` ohne Passwort fragt interaktiv nach – im Skript immer \`${k.n('"$RABBIT_PW"')}\` übergeben.
`,
  ),

  od(
    'ops-runbook-archive-encrypt',
    ['command-line', 'prose'],
    'docs/ops/archive-handover.md',
    (k) => `## Handing the audit archive to the external auditors

1. Build the archive:

${F}
7z a -t7z -mhe=on -p${k.pp()} audit-2026Q3.7z ./export/
zip -r -P ${k.hp()} invoices-q3.zip invoices/
openssl enc -aes-256-cbc -pbkdf2 -salt -in ledger.csv -out ledger.csv.enc -k ${k.gp()}
gpg --batch --yes --passphrase '${k.pp()}' -c payroll.ods
${F}

2. Checksums go in the e-mail, passwords by phone only (they never go in the same mail!):

${F}
sha256sum audit-2026Q3.7z
${k.n(k.g.hex(64))}  audit-2026Q3.7z
${F}

3. Old way that we do NOT use anymore: \`zip -e\` (prompts "Enter password:"), the auditors' tool could not open it.
`,
  ),

  od(
    'ops-tmux-log-ssh-tools',
    ['command-line'],
    'notes/tmux-scrollback-2026-11-28.txt',
    (k) => `marek@jump01:~$ sshpass -p '${k.hp()}' ssh -o StrictHostKeyChecking=no admin@10.20.0.5 uptime
 14:02:11 up 211 days,  3:17,  0 users,  load average: 0.08, 0.11, 0.09
marek@jump01:~$ sshpass -p ${k.lp()} scp backup@nas02:/volume1/dumps/crm.sql.gz .
marek@jump01:~$ rsync -avz --password-file=/etc/rsyncd.pass /srv/www/ rsync://web@mirror01/www/
marek@jump01:~$ RSYNC_PASSWORD=${k.hp()} rsync -av /srv/media/ rsync://media@mirror01/media/
sent 1,204,221 bytes  received 4,112 bytes  805,555.33 bytes/sec
marek@jump01:~$ lftp -u ftpupload,${k.gp()} ftp.partner-logistik.de -e "mirror -R ./out /incoming; bye"
marek@jump01:~$ smbclient //fs01/scans -U 'CORP\\scanner%${k.hp()}' -c 'ls'
marek@jump01:~$ sudo mount -t cifs //fs01/finance /mnt/fin -o username=finread,password=${k.pw()},vers=3.0
marek@jump01:~$ ssh-keygen -t ed25519 -N '${k.pp()}' -f ~/.ssh/id_deploy -C "deploy@jump01"
Your public key has been saved in /home/marek/.ssh/id_deploy.pub
The key fingerprint is:
SHA256:${k.n(k.g.base64(43))} deploy@jump01
`,
  ),

  od(
    'ops-install-script-curl-wget',
    ['command-line', 'http-auth'],
    'scripts/fetch-artifacts.sh',
    (k) => `#!/usr/bin/env bash
# fetch build artifacts from nexus + the vendor portal
set -euo pipefail

NEXUS=https://nexus.internal/repository/releases
VERSION=\${1:-${k.ver()}}

curl -fsSL -u ci-reader:${k.hp()} "$NEXUS/com/acme/agent/$VERSION/agent-$VERSION.tar.gz" -o agent.tgz
wget --user=partner --password='${k.gp()}' https://portal.vendor.example/downloads/driver-5.2.run
wget --header="PRIVATE-TOKEN: ${k.tok(k.g.alnum(20))}" https://git.corp.example/api/v4/projects/12/jobs/artifacts/main/download?job=build
curl -H "Authorization: Bearer ${k.jwt()}" https://license.vendor.example/api/v1/licenses/current > license.json
curl --oauth2-bearer ${k.http(k.g.alnum(40))} https://api.partner.example/v1/export
curl -u "$NEXUS_USER:$NEXUS_PASS" -T agent.tgz "$NEXUS/mirror/agent.tgz"   # ${k.n('$NEXUS_PASS')} comes from CI
echo "sha: ${k.sha()}"
`,
  ),

  od(
    'ops-backup-restic-borg',
    ['command-line'],
    'ops/backup/run-backup.sh',
    (k) => `#!/bin/sh
# nightly backup – cron 02:15
export RESTIC_REPOSITORY=s3:https://s3.eu-central-1.wasabisys.com/acme-backups
export RESTIC_PASSWORD='${k.pp()}'
export AWS_ACCESS_KEY_ID=${k.u(k.P.awsId(k.g))}
export AWS_SECRET_ACCESS_KEY=${k.prov(k.P.awsSecret(k.g), 'aws')}

restic backup /srv/data --exclude-caches --tag nightly
restic forget --keep-daily 7 --keep-weekly 4 --prune

# second copy with borg on the NAS
export BORG_PASSPHRASE=${k.pp()}
borg create --stats ssh://borg@nas02/./repo::'{hostname}-{now}' /etc /srv/data
# snapshot id printed by restic, for the ticket: ${k.n(k.g.hex(8))}
`,
  ),

  od(
    'ops-cheatsheet-misc-clis',
    ['command-line', 'prose'],
    'docs/cheatsheet.md',
    (k) => `# cli cheatsheet (do not share outside the team!!)

**minio**
${F}
mc alias set prod https://minio.internal:9000 ${k.u(k.g.upper(20))} ${k.tok(k.g.base64(40).replace(/[+/=]/g, 'k'))}
mc ls prod/exports
${F}

**rclone** (the offsite remote)
${F}
rclone config create offsite s3 provider=Wasabi access_key_id=${k.u(k.g.upper(20))} secret_access_key=${k.tok(k.g.alnum(40))} endpoint=s3.wasabisys.com
${F}

**s3cmd**
${F}
s3cmd --access_key=${k.n('$S3_KEY')} --secret_key=${k.n('$S3_SECRET')} ls s3://reports
${F}

**ipmi** (old supermicro boxes, pw never changed since install)
${F}
ipmitool -I lanplus -H 10.0.9.21 -U ADMIN -P ${k.hp()} chassis power status
${F}

**snmp**
${F}
snmpwalk -v2c -c ${k.lp()} 10.0.9.1 1.3.6.1.2.1.1
snmpwalk -v2c -c public 10.0.9.2 system
${F}
`,
  ),

  od(
    'ops-expect-script-switch',
    ['command-line', 'code'],
    'tools/switch-backup.exp',
    (k) => `#!/usr/bin/expect -f
# saves running-config of the core switches to tftp
set timeout 20
set user netops
set pass "${k.hp()}"
set enable "${k.lp()}"

foreach host {10.0.0.1 10.0.0.2} {
  spawn ssh $user@$host
  expect "assword:"
  send "$pass\\r"
  expect ">"
  send "enable\\r"
  expect "Password:"
  send "$enable\\r"
  expect "#"
  send "copy running-config tftp://10.0.9.5/$host.cfg\\r"
  expect "#"
  send "exit\\r"
}
`,
  ),

  od(
    'ops-users-provisioning-sh',
    ['command-line'],
    'scripts/provision-users.sh',
    (k) => `#!/bin/bash
# crea usuarios de servicio en los servidores nuevos (ejecutar como root)
useradd -m -s /bin/bash deploy
echo 'deploy:${k.hp()}' | chpasswd
echo "jenkins:${k.gp()}" | chpasswd
usermod -p '${k.n(k.g.pick(['$6$', '$5$']) + k.g.alnum(8) + '$' + k.g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 43))}' backup
htpasswd -bc /etc/nginx/.htpasswd grafana ${k.hp()}
htpasswd -b /etc/nginx/.htpasswd kibana "${k.pp()}"
echo "${k.hp()}" | sudo -S systemctl restart nginx
# contraseña de la BIOS: la tiene Jorge
`,
  ),

  od(
    'ops-fish-history-cloud',
    ['command-line'],
    '.local/share/fish/fish_history',
    (k) => `- cmd: doctl auth init -t ${k.prov(k.P.digitalocean(k.g), 'digitalocean')}
  when: 1764300011
- cmd: hcloud context create prod
  when: 1764300050
- cmd: set -x HCLOUD_TOKEN ${k.tok(k.g.alnum(64))}
  when: 1764300061
- cmd: linode-cli --token ${k.hex(64)} linodes list
  when: 1764300100
- cmd: ngrok config add-authtoken ${k.tok(k.g.alnum(27) + '_' + k.g.alnum(21))}
  when: 1764300230
- cmd: gh auth login --with-token < ~/gh.txt
  when: 1764300301
- cmd: git clone https://oauth2:${k.tok(k.g.alnum(20))}@git.corp.example/platform/infra.git
  when: 1764300330
- cmd: git -C infra log -1 --format=%H
  when: 1764300331
`,
  ),

  od(
    'ops-notes-vpn-wifi-cli',
    ['command-line', 'prose'],
    'notes/office-network.md',
    (k) => `Office network – quick notes (Paweł)

Gościnne Wi-Fi: nmcli dev wifi connect "ACME-Guest" password "${k.hp()}"
Biuro (WPA2-Enterprise) goes through RADIUS, the shared secret on the APs:

    radtest monitor ${k.hp()} 127.0.0.1 0 ${k.tok(k.g.alnum(24))}

OpenVPN for the warehouse:

    sudo openvpn --config warehouse.ovpn --auth-user-pass creds.txt
    # creds.txt = two lines: user \\n password — file is NOT in git (${k.n('creds.txt')})

WireGuard peer of the NAS:

    wg set wg0 peer ${k.n(k.g.base64(43) + '=')} allowed-ips 10.66.0.7/32
    # private key of the NAS (backup copy): ${k.m.secret('private-key', k.g.base64(43) + '=')}

Printer admin page: http://10.0.3.40 – admin / ${k.pin()}
`,
  ),

  od(
    'ops-db-clients-misc',
    ['command-line'],
    'docs/db-clients.md',
    (k) => `# Connecting to the legacy databases

Oracle (sqlplus, EZConnect):
${F}
sqlplus scott/${k.hp()}@//ora-legacy:1521/ERP
rman target sys/${k.gp()}@ERP
exp system/${k.lp()} full=y file=erp_full.dmp
${F}

DB2:
${F}
db2 connect to SALES user db2inst1 using ${k.hp()}
${F}

Cassandra / ClickHouse / Neo4j:
${F}
cqlsh cass01 -u cassandra -p ${k.gp()}
clickhouse-client --host ch01 --user analyst --password ${k.gp()} --query "SELECT count() FROM events"
cypher-shell -a neo4j://graph01:7687 -u neo4j -p '${k.pp()}'
${F}

MSSQL:
${F}
sqlcmd -S sql01.corp.local -U sa -P "${k.hp()}" -Q "SELECT @@VERSION"
bcp Sales.dbo.Orders out orders.dat -S sql01 -U etl -P ${k.gp()} -c
${F}

If a command asks "Password:" just press enter and use \`-P ${k.n('$SQLCMDPASSWORD')}\` instead.
`,
  ),
];
