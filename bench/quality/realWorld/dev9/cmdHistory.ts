// rw-dev9 cmd part: shell history files as they sit in home directories and get committed by accident
// (bash, zsh extended history with timestamps, fish, PowerShell PSReadLine).
import type { RealWorldDoc } from '../types';
import { cdoc } from './cmdValues';

export const CMD_HISTORY_DOCS: RealWorldDoc[] = [
  cdoc(
    'cmd-bash-history-dba',
    ['command-line'],
    'home/dba/.bash_history',
    (c) => `ls -la
cd /var/backups/mysql
mysql -u root -p
mysql -uroot -p${c.bpw()} -e "show databases;"
mysqldump -u backup --password=${c.bpw()} --single-transaction shop > shop-$(date +%F).sql
gzip shop-2025-11-03.sql
ls -lh
mysql -h db02.internal -P 3307 -u repl -p
sudo systemctl status mysql
mysql -h 10.0.4.21 -u app_rw -p'${c.pw()}' shop_prod < fix_orders.sql
history | grep mysql
export MYSQL_PWD=${c.bpw()}
mysql -u reporting -e 'select count(*) from orders' shop
unset MYSQL_PWD
exit
`,
  ),

  cdoc(
    'cmd-zsh-history-timestamps',
    ['command-line'],
    'Users/jess/.zsh_history',
    (c) => `: 1731412201:0;git status
: 1731412210:0;git pull --rebase
: 1731412388:0;psql "postgresql://jess:${c.cs()}@pg-staging.internal:5432/analytics"
: 1731412501:0;brew upgrade
: 1731413022:0;export OPENAI_API_KEY=${c.prov('openai')}
: 1731413040:0;python scripts/summarize.py --model gpt-4o-mini
: 1731413555:0;ssh -p 2222 deploy@bastion.example.net
: 1731414001:0;git log --oneline -5
: 1731414098:0;git checkout ${c.n('9f1c2ab')}
: 1731414203:0;curl -s -H "X-Api-Key: ${c.tok()}" https://api.internal.example/v2/health | jq .
: 1731415120:12;docker compose up -d
: 1731415999:0;code .
: 1731416321:0;PGPASSWORD='${c.pw()}' pg_dump -h pg-staging.internal -U jess analytics > /tmp/a.sql
: 1731416400:0;echo ${c.n('$PGPASSWORD')}
`,
  ),

  cdoc(
    'cmd-fish-history',
    ['command-line'],
    'home/lukas/.local/share/fish/fish_history',
    (c) => `- cmd: set -x GITLAB_TOKEN ${c.prov('gitlab')}
  when: 1730892011
- cmd: glab mr list
  when: 1730892030
- cmd: set -gx DB_PASSWORD ${c.bpw()}
  when: 1730893000
- cmd: npm run migrate
  when: 1730893021
- cmd: echo ${c.n('$DB_PASSWORD')}
  when: 1730893022
- cmd: redis-cli -h cache-01 -a ${c.gbpw()} --no-auth-warning info keyspace
  when: 1730893999
- cmd: cd ~/src/infra
  when: 1730894001
  paths:
    - ~/src/infra
- cmd: set -e DB_PASSWORD
  when: 1730894100
`,
  ),

  cdoc(
    'cmd-powershell-consolehost-history',
    ['command-line'],
    'Users/m.kowalski/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt',
    (c) => `Get-Service *sql*
cd C:\\inetpub\\wwwroot
$pw = ConvertTo-SecureString '${c.pw()}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('CORP\\svc_deploy', $pw)
Enter-PSSession -ComputerName web03 -Credential $cred
Invoke-Sqlcmd -ServerInstance sql01 -Database Billing -Username sa -Password '${c.pw()}' -Query "SELECT TOP 10 * FROM Invoices"
Get-ChildItem Env:
$env:AZURE_DEVOPS_EXT_PAT = '${c.tok(c.g.lower(52).replace(/[^a-z2-7]/g, 'a'))}'
az devops project list --org https://dev.azure.com/contoso
Read-Host -AsSecureString -Prompt "Password"
net use Z: \\\\fs01\\finance /user:CORP\\mkowalski ${c.bpw()}
Get-Credential
exit
`,
  ),

  cdoc(
    'cmd-bash-history-sre',
    ['command-line'],
    'root/.bash_history',
    (c) => `kubectl get pods -n payments
kubectl logs -f deploy/payments-api -n payments --since=10m
kubectl create secret generic payments-db --from-literal=username=payments --from-literal=password='${c.pw()}' -n payments
kubectl rollout restart deploy/payments-api -n payments
helm repo add internal https://charts.corp.example --username ci-bot --password ${c.gbpw()}
helm upgrade --install payments internal/payments -f values-prod.yaml
vault login ${c.prov('vault')}
vault kv get secret/payments/prod
vault kv put secret/payments/stripe api_key=${c.prov('stripe')}
kubectl get secret payments-db -o jsonpath='{.data.password}' | base64 -d
echo ${c.n('cGF5bWVudHM=')} | base64 -d
top
df -h
journalctl -u kubelet --since "1 hour ago"
`,
  ),

  cdoc(
    'cmd-zsh-history-mac-dev',
    ['command-line', 'precision'],
    'Users/diego/.zsh_history',
    (c) => `: 1729001100:0;npm login
: 1729001155:0;npm config set //registry.npmjs.org/:_authToken ${c.prov('npm')}
: 1729001201:0;npm publish --access public
: 1729001302:0;git remote -v
: 1729001330:0;git remote set-url origin https://diego:${c.prov('github')}@github.com/diego-r/tiny-lib.git
: 1729001390:0;git push origin main
: 1729001500:0;shasum -a 256 dist/tiny-lib-1.4.2.tgz
: 1729001501:0;echo ${c.n(c.g.hex(64))}
: 1729001600:0;open https://www.npmjs.com/package/tiny-lib
: 1729001700:0;ssh-keygen -t ed25519 -C "diego@laptop"
: 1729001750:0;pbcopy < ${c.n('~/.ssh/id_ed25519.pub')}
: 1729002000:0;mysql -u root -p -P 3306 -h 127.0.0.1
`,
  ),

  cdoc(
    'cmd-bash-history-ftp-ops',
    ['command-line'],
    'home/ops/.bash_history',
    (c) => `lftp -u uploader,${c.bpw()} ftp.partner-logistics.example
lftp sftp://edi:${c.cs()}@edi.partner.example -e "mirror -R outbox /in; bye"
smbclient //nas01/scans -U 'scanner%${c.bpw()}' -c 'ls'
sudo mount -t cifs //nas01/backup /mnt/backup -o username=backup,password=${c.bpw()},vers=3.0
ls /mnt/backup
sudo umount /mnt/backup
ftp -n ftp.old-vendor.example <<EOF
user legacy ${c.bpw()}
binary
put invoices_oct.zip
bye
EOF
rsync -avz -e "ssh -p 2201" ./exports/ sync@files.example.org:/srv/exports/
`,
  ),

  cdoc(
    'cmd-bash-history-sshpass',
    ['command-line'],
    'home/ansible/.bash_history',
    (c) => `sshpass -p '${c.pw()}' ssh -o StrictHostKeyChecking=no admin@192.168.10.15
sshpass -p ${c.bpw()} scp backup.tar.gz root@192.168.10.40:/root/
for h in web01 web02 web03; do sshpass -p '${c.pw()}' ssh deploy@$h 'sudo systemctl restart nginx'; done
sshpass -f ${c.n('~/.ssh/pass_file')} ssh admin@192.168.10.15
sshpass -e ssh admin@192.168.10.15
ansible all -i hosts.ini -m ping -e "ansible_password=${c.bpw()}"
ansible-playbook site.yml --vault-password-file ${c.n('~/.vault_pass')}
ansible-vault view ${c.n('group_vars/all/vault.yml')}
`,
  ),

  cdoc(
    'cmd-bash-history-mongo-redis',
    ['command-line'],
    'home/nosql/.bash_history',
    (c) => `mongosh "mongodb+srv://admin:${c.cs()}@cluster0.ab1cd.mongodb.net/test"
mongo --host mongo01 -u root -p ${c.bpw()} --authenticationDatabase admin
mongodump --uri="mongodb://backup:${c.cs()}@mongo01:27017/?authSource=admin" --out /backups/$(date +%F)
redis-cli -h 10.1.2.3 -p 6380 -a '${c.pw()}' ping
redis-cli -h 10.1.2.3 -p 6380
AUTH ${c.bpw()}
redis-cli --user app --pass ${c.gbpw()} -h redis.internal keys 'session:*'
cqlsh cass01.internal 9042 -u cassandra -p ${c.u('cassandra')}
cqlsh cass01.internal -u analytics -p '${c.pw()}' -e "DESCRIBE KEYSPACES"
influx auth list --token ${c.tok(c.g.base64url(86) + '==')}
clickhouse-client --host ch01 --user default --password ${c.gbpw()} --query "SELECT version()"
`,
  ),

  cdoc(
    'cmd-bash-history-openssl-keytool',
    ['command-line', 'precision'],
    'home/pki/.bash_history',
    (c) => `openssl genrsa -aes256 -passout pass:${c.bpw()} -out server.key 4096
openssl req -new -key server.key -passin pass:${c.bpw()} -out server.csr -subj "/CN=api.example.org"
openssl pkcs12 -export -in server.crt -inkey server.key -out server.p12 -passout pass:${c.bpw()}
openssl x509 -in server.crt -noout -fingerprint -sha256
keytool -importkeystore -srckeystore server.p12 -srcstoretype PKCS12 -destkeystore keystore.jks -srcstorepass ${c.bpw()} -deststorepass ${c.bpw()}
keytool -list -keystore /etc/ssl/certs/java/cacerts -storepass ${c.u('changeit')}
keytool -list -v -keystore keystore.jks
openssl enc -aes-256-cbc -pbkdf2 -salt -in db.sql -out db.sql.enc -k ${c.bpw()}
openssl rand -hex 32
gpg --batch --yes --passphrase '${c.pp()}' -c secrets.tar
gpg --list-secret-keys --keyid-format LONG
`,
  ),

  cdoc(
    'cmd-bash-history-archive-passwords',
    ['command-line'],
    'home/acct/.bash_history',
    (c) => `zip -P ${c.bpw()} payroll_2025_10.zip payroll_2025_10.xlsx
zip -e hr.zip contracts/*.pdf
7z a -p${c.bpw()} -mhe=on backup.7z ~/Documents/finance
7z x -p'${c.pw()}' partner_drop.7z
unrar x -p${c.bpw()} scans_archive.rar
unzip -P ${c.bpw()} export_clients.zip
ls -la
mail -s "payroll" -a payroll_2025_10.zip hr@example.org < /dev/null
`,
  ),

  cdoc(
    'cmd-bash-history-cloud',
    ['command-line'],
    'home/cloudops/.bash_history',
    (c) => `aws configure set aws_access_key_id ${c.u(c.g.pick(['AKIA', 'ASIA']) + c.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}
aws configure set aws_secret_access_key ${c.prov('awsSecret')}
aws configure set region eu-central-1
aws s3 ls
az login --service-principal -u ${c.n(c.g.uuid())} -p ${c.gbpw()} --tenant ${c.n(c.g.uuid())}
az account show
gcloud auth activate-service-account --key-file=${c.n('./sa-key.json')}
doctl auth init -t ${c.prov('digitalocean')}
heroku config:set DATABASE_URL=postgres://u8k2:${c.cs()}@ec2-1-2-3-4.compute-1.amazonaws.com:5432/d1 -a shop-api
heroku auth:token
`,
  ),
];
