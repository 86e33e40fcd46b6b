// Command lines, scripts and credential files of integration and clinical-systems engineers: shell history, HL7
// senders, database dumps of EHR/LIS databases, .pgpass/.my.cnf, PowerShell REST calls, cron jobs, SSH keys.
import type { RealWorldDoc } from '../types';
import { hDoc, V } from './healthValues';

export const HEALTH_SCRIPT_DOCS: RealWorldDoc[] = [
  hDoc(
    'health-bash-history-interface-engineer',
    ['command-line', 'precision'],
    'home/integ/.bash_history',
    (k) => `cd /opt/mirthconnect
./mccommand -a https://localhost:8443 -u admin -p ${k.spw()}
tail -f logs/mirth.log | grep -i error
hl7send -h 10.44.12.30 -p ${V.port(k.g)} -f test_adt_a01.hl7
psql "postgresql://mirth:${k.cs()}@mirthdb.int.stmarys.local:5432/mirthdb" -c "select count(*) from d_m1"
mysql -h openemr-db -u openemr -p${k.spw()} openemr -e "select count(*) from patient_data"
export EPIC_CLIENT_SECRET=${k.tok()}
python3 smart_backend_test.py --client-id ${k.n(k.g.uuid())} --key keys/privatekey.pem
curl -k -u admin:${k.spw()} https://orthanc01:8042/system
history | grep curl
sha256sum channels-export.zip
`,
  ),

  hDoc(
    'health-python-hl7-sender',
    ['code', 'precision'],
    'tools/send_hl7.py',
    (k) => `#!/usr/bin/env python3
"""Send an HL7 v2 file over MLLP and print the ACK (for interface testing)."""
import argparse
import socket

SB, EB, CR = b"\\x0b", b"\\x1c", b"\\x0d"


def send(host: str, port: int, message: str) -> str:
    with socket.create_connection((host, port), timeout=10) as s:
        s.sendall(SB + message.replace("\\n", "\\r").encode() + EB + CR)
        return s.recv(65536).strip(SB + EB + CR).decode()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="10.44.12.30")
    p.add_argument("--port", type=int, default=${V.port(k.g)})
    p.add_argument("file")
    a = p.parse_args()
    print(send(a.host, a.port, open(a.file).read()))

# control id sample: ${k.n(V.hl7Ctrl(k.g))}
`,
  ),

  hDoc(
    'health-pgpass-mycnf',
    ['credential-file'],
    'home/dba/.pgpass',
    (k) => `# hostname:port:database:username:password
mirthdb.int.stmarys.local:5432:mirthdb:mirth:${k.spw()}
fhir-db.internal:5432:hapi:hapi_admin:${k.spw()}
pg-orthanc:5432:orthanc:orthanc:${k.spw()}
*:5432:*:postgres:${k.spw()}
`,
  ),

  hDoc(
    'health-my-cnf-openemr',
    ['credential-file', 'config-syntax'],
    'home/dba/.my.cnf',
    (k) => `[client]
user=root
password="${k.pw()}"
host=openemr-db

[mysqldump]
user=backup
password=${k.spw()}
single-transaction
`,
  ),

  hDoc(
    'health-cron-backup-script',
    ['command-line', 'code', 'precision'],
    'ops/backup-openemr.sh',
    (k) => `#!/bin/bash
# Nightly OpenEMR backup (cron: 30 1 * * *). Dumps DB + documents, encrypts, ships offsite.
set -e
DATE=$(date +%F)
mysqldump -h openemr-db -u backup --password='${k.pw()}' --single-transaction openemr | gzip > /backup/openemr-$DATE.sql.gz
tar czf /backup/docs-$DATE.tgz /var/www/openemr/sites/default/documents
openssl enc -aes-256-cbc -pbkdf2 -salt -pass pass:${k.spw()} -in /backup/openemr-$DATE.sql.gz -out /backup/openemr-$DATE.sql.gz.enc
rclone copy /backup remote-b2:nsh-clinic-backups --include "*.enc"
# integrity
sha256sum /backup/openemr-$DATE.sql.gz.enc >> /backup/SHA256SUMS
find /backup -mtime +14 -delete
`,
  ),

  hDoc(
    'health-powershell-fhir-rest',
    ['code', 'command-line', 'http-auth', 'precision'],
    'scripts/Get-LabResults.ps1',
    (k) => `# Pull today's lab results from the FHIR facade for the quality dashboard
$base = 'https://fhir.nsh.org/r4'
$pair = 'dashboard:${k.spw()}'
$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$headers = @{ Authorization = "Basic $basic"; Accept = 'application/fhir+json' }

$today = Get-Date -Format 'yyyy-MM-dd'
$bundle = Invoke-RestMethod -Uri "$base/Observation?category=laboratory&date=ge$today&_count=500" -Headers $headers
$bundle.entry | ForEach-Object { $_.resource.code.coding[0].code } | Group-Object | Sort-Object Count -Descending

# older variant kept for the Power BI gateway
$headers2 = @{ 'Authorization' = 'Basic ${k.basic('powerbi')}' }
`,
  ),

  hDoc(
    'health-ssh-config-and-key',
    ['credential-file', 'precision'],
    'home/integ/.ssh/id_rsa_clearinghouse',
    (k) => `${k.key(V.pem(k.g, 'RSA PRIVATE KEY'))}
`,
  ),

  hDoc(
    'health-ssh-pub-and-known-hosts',
    ['precision', 'credential-file'],
    'home/integ/.ssh/known_hosts',
    (k) => `sftp.waystar.com ssh-ed25519 ${k.n('AAAAC3NzaC1lZDI1NTE5AAAAI' + k.g.base64(43).replace(/=+$/, ''))}
ftp.availity.com,203.0.113.40 ecdsa-sha2-nistp256 ${k.n('AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB' + k.g.base64(88).replace(/=+$/, ''))}
|1|${k.n(k.g.base64(28))}|${k.n(k.g.base64(28))} ssh-rsa ${k.n('AAAAB3NzaC1yc2EAAAADAQABAAABAQ' + k.g.base64(340).replace(/=+$/, ''))}
`,
  ),

  hDoc(
    'health-java-keytool-notes',
    ['command-line', 'prose'],
    'docs/mirth-tls-keystore.md',
    (k) => `# Replacing the Mirth TLS certificate

\`\`\`
openssl pkcs12 -export -in mirth.nsh.org.crt -inkey mirth.nsh.org.key -certfile chain.pem \\
  -name mirthconnect -out mirth.p12 -passout pass:${k.spw()}
keytool -importkeystore -srckeystore mirth.p12 -srcstoretype PKCS12 -srcstorepass ${k.spw()} \\
  -destkeystore appdata/keystore.jks -deststoretype JCEKS -deststorepass ${k.spw()} -destkeypass ${k.spw()} -alias mirthconnect
keytool -list -keystore appdata/keystore.jks -storetype JCEKS -storepass:env KEYSTORE_PASS
\`\`\`

The store and key passwords must match \`keystore.storepass\` / \`keystore.keypass\` in mirth.properties.
Cert serial: ${k.n(k.g.hex(32).toUpperCase())}
`,
  ),

  hDoc(
    'health-github-actions-deploy',
    ['config-syntax', 'precision'],
    '.github/workflows/deploy-fhir-facade.yml',
    (k) => `name: deploy fhir-facade
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: prod
    steps:
      - uses: actions/checkout@v4
      - uses: azure/login@v2
        with:
          creds: \${{ secrets.AZURE_CREDENTIALS }}
      - name: smoke test
        env:
          FHIR_CLIENT_SECRET: \${{ secrets.FHIR_CLIENT_SECRET }}
          SMOKE_USER_PASSWORD: ${k.pw()}
        run: ./scripts/smoke.sh
      - name: notify
        run: |
          curl -X POST -H 'Content-type: application/json' --data '{"text":"fhir-facade deployed"}' ${k.prov('Slack webhook', V.slackHook(k.g))}
`,
  ),

  hDoc(
    'health-npmrc-and-gitconfig',
    ['credential-file', 'precision'],
    'portal/.npmrc',
    (k) => `registry=https://registry.npmjs.org/
@nsh:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${k.prov('GitHub', V.githubPat(k.g))}
//nexus.nsh.local/repository/npm-private/:_auth=${k.s('http-auth', V.b64('ci-portal:' + V.safePw(k.g)))}
always-auth=true
save-exact=true
`,
  ),

  hDoc(
    'health-sql-script-create-logins',
    ['code', 'precision'],
    'db/001_create_interface_users.sql',
    (k) => `-- Interface users on the LIS reporting database
CREATE USER mirth_lis WITH PASSWORD '${k.pw()}';
GRANT SELECT ON ALL TABLES IN SCHEMA results TO mirth_lis;

CREATE USER powerbi_ro WITH PASSWORD '${k.pw()}';
GRANT SELECT ON results.v_turnaround TO powerbi_ro;

-- the app user is created by the migration tool with a generated password, see Vault
-- CREATE USER lis_app WITH PASSWORD '\${LIS_APP_PASSWORD}';

ALTER USER postgres WITH PASSWORD '${k.pw()}';
`,
  ),
];
