// rw-dev7 command line: shell histories (bash, zsh with timestamps, fish) and terminal transcripts with prompts,
// where a password typed on the command line sits among ports, user names, prompts and variables.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cmd, type C } from './cmdValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: C) => string) => doc(`dev7-cmd-${id}`, areas, path, (k) => fn(cmd(k)));
const CL: RealWorldArea[] = ['command-line'];

export const HISTORY_DOCS: RealWorldDoc[] = [
  d(
    'bash-history-dba',
    CL,
    'home/dba/.bash_history',
    (c) => `ls -la /var/backups
df -h
mysql -u ${c.n('root')} -p
mysql -h db-primary.internal -P ${c.n('3306')} -u reporting -p${c.pw()} reporting_prod
mysqldump -u backup --password=${c.pw()} --single-transaction --routines shop > shop-$(date +%F).sql
gzip shop-*.sql
mysqladmin -u root -p'${c.sq()}' status
mysqladmin -uroot -p${c.n('$MYSQL_ROOT_PASSWORD')} processlist
tail -f /var/log/mysql/error.log
mysql --user=app --password -h 127.0.0.1
mysql -uapp -p"${c.dq()}" -e 'SHOW PROCESSLIST'
history | grep mysql
exit
`,
  ),

  d(
    'bash-history-postgres',
    CL,
    'root/.bash_history',
    (c) => `sudo -u postgres psql
PGPASSWORD=${c.pw()} psql -h 10.0.3.14 -p ${c.n('5432')} -U analytics -d warehouse
PGPASSWORD='${c.sq()}' pg_dump -h pg-main -U postgres -Fc billing > billing.dump
pg_restore -h localhost -U postgres -d billing_copy billing.dump
psql "postgresql://app_rw:${c.cs()}@pg-main.internal:5432/app?sslmode=require"
psql postgres://readonly:${c.cs()}@replica-2:5432/metrics -c 'select count(*) from events'
export PGPASSWORD=${c.pw()}
psql -h pg-main -U app app
unset ${c.n('PGPASSWORD')}
psql -h pg-main -U ${c.n('app')} -W app
cat ~/.pgpass
vim ~/.pgpass
`,
  ),

  d(
    'zsh-history-timestamps',
    CL,
    'Users/karin/.zsh_history',
    (c) => `: 1764681203:0;cd ~/src/infra
: 1764681210:0;git pull
: 1764681244:0;redis-cli -h cache-01.prod -p ${c.n('6380')} -a ${c.pw()} INFO keyspace
: 1764681290:0;redis-cli -u redis://default:${c.cs()}@cache-01.prod:6380/0 --scan --pattern 'sess:*' | head
: 1764681355:0;redis-cli --pass ${c.pw()} --no-auth-warning -h queue-1 llen jobs
: 1764681402:3;mongosh "mongodb://admin:${c.cs()}@mongo-0.mongo:27017/?authSource=admin"
: 1764681470:0;mongodump --uri="mongodb+srv://backup:${c.cs()}@cluster0.ab1cd.mongodb.net/shop" --out /tmp/dump
: 1764681501:0;mongo --host mongo-0 -u root -p ${c.pw()} --authenticationDatabase admin
: 1764681533:0;mongorestore --username restore --password '${c.sq()}' --authenticationDatabase admin /tmp/dump
: 1764681600:0;redis-cli -a ${c.n('"$REDIS_PASSWORD"')} ping
: 1764681630:0;git log --oneline -3
: 1764681650:0;git show ${c.sha()}
`,
  ),

  d(
    'fish-history',
    CL,
    '.local/share/fish/fish_history',
    (c) => `- cmd: set -x PGPASSWORD ${c.pw()}
  when: 1764500112
- cmd: psql -h db.internal -U etl etl
  when: 1764500120
- cmd: set -gx GITHUB_TOKEN ${c.prov('github')}
  when: 1764500300
- cmd: gh repo list acme --limit 200
  when: 1764500311
- cmd: curl -s -H "Authorization: token ${c.prov('github')}" https://api.github.com/user
  when: 1764500400
- cmd: set -e ${c.n('GITHUB_TOKEN')}
  when: 1764500401
- cmd: docker login -u acmebot -p ${c.pw()} registry.acme.io
  when: 1764500502
- cmd: docker login -u acmebot --password-stdin registry.acme.io < ${c.n('~/.docker-pass')}
  when: 1764500510
`,
  ),

  d(
    'bash-history-windows-shares',
    CL,
    'home/tomas/.bash_history',
    (c) => `smbclient //fs01/finance -U 'CORP\\tomas%${c.sq()}'
smbclient -L //fs01 -U tomas
sudo mount -t cifs //fs01/scans /mnt/scans -o username=scanner,password=${c.pw()},vers=3.0
sudo mount -t cifs //nas/media /mnt/media -o credentials=${c.n('/root/.smbcred')},uid=1000
xfreerdp /v:ts01.corp.local /u:tomas /d:CORP /p:${c.pw()} /size:1920x1080
rdesktop -u administrator -p ${c.pw()} 10.20.0.5
xfreerdp /v:jump01 /u:tomas /p:${c.n('$RDP_PASS')}
sshpass -p '${c.sq()}' ssh -o StrictHostKeyChecking=no pi@10.0.0.42
sshpass -p ${c.pw()} scp backup.tgz deploy@203.0.113.10:/srv/
sshpass -f ${c.n('~/.sshpass')} ssh admin@router
ssh -p ${c.n('2222')} deploy@bastion
`,
  ),

  d(
    'transcript-ipmi-snmp',
    CL,
    'notes/bmc-session.txt',
    (c) => `[ops@bastion ~]$ ipmitool -I lanplus -H 10.10.1.21 -U ADMIN -P ${c.pw()} chassis power status
Chassis Power is on
[ops@bastion ~]$ ipmitool -I lanplus -H 10.10.1.22 -U root -P '${c.sq()}' sel list | tail -3
   1 | 11/30/2026 | 02:11:09 | Power Supply PS2 | Failure detected | Asserted
[ops@bastion ~]$ snmpwalk -v3 -l authPriv -u monitor -a SHA -A ${c.pw()} -x AES -X ${c.pw()} 10.10.0.1 ifDescr
IF-MIB::ifDescr.1 = STRING: GigabitEthernet0/1
[ops@bastion ~]$ snmpwalk -v2c -c ${c.n('public')} 10.10.0.2 sysName
SNMPv2-MIB::sysName.0 = STRING: core-sw-2
[ops@bastion ~]$ ipmitool -I lanplus -H 10.10.1.23 -U ADMIN ${c.n('-E')} sensor
[ops@bastion ~]$ echo $?
0
`,
  ),

  d(
    'transcript-archives',
    CL,
    'docs/handover/archive-commands.txt',
    (c) => `$ zip -r -P ${c.pw()} payroll-2026-11.zip payroll/
  adding: payroll/ (stored 0%)
  adding: payroll/november.xlsx (deflated 61%)
$ 7z a -p${c.pw()} -mhe=on contracts.7z contracts/
7-Zip [64] 17.05 : Copyright (c) 1999-2021 Igor Pavlov
Everything is Ok
$ unrar x -p${c.pw()} scans.rar /tmp/scans/
All OK
$ 7z x -p ${c.n('contracts.7z')}
Enter password (will not be echoed):
$ zip -e secret.zip notes.txt
Enter password:
Verify password:
$ gpg --batch --yes --passphrase '${c.sq()}' -c db.sql
$ gpg --batch --passphrase-file ${c.n('/run/secrets/gpg')} -d db.sql.gpg > db.sql
$ sha256sum contracts.7z
${c.sha256()}  contracts.7z
`,
  ),

  d(
    'transcript-openssl-keytool',
    CL,
    'docs/tls/renewal-2026.md',
    (c) => `# TLS renewal 2026 (what I actually ran)

\`\`\`
$ openssl pkcs12 -export -in api.crt -inkey api.key -out api.p12 -passout pass:${c.pw()}
$ openssl pkcs12 -in api.p12 -nodes -passin pass:${c.pw()} | openssl x509 -noout -enddate
notAfter=Dec  1 23:59:59 2027 GMT
$ openssl rsa -in legacy.key -out legacy-nopass.key -passin 'pass:${c.sq()}'
$ openssl enc -aes-256-cbc -salt -in dump.sql -out dump.sql.enc -k ${c.pw()}
$ openssl enc -d -aes-256-cbc -in dump.sql.enc -out dump.sql -pass env:${c.n('DUMP_KEY')}
$ keytool -importkeystore -srckeystore api.p12 -srcstoretype PKCS12 -srcstorepass ${c.pw()} -destkeystore api.jks -deststorepass ${c.pw()}
$ keytool -list -keystore api.jks -storepass:file ${c.n('store.pass')}
$ keytool -genkeypair -alias upload -keyalg RSA -keysize 2048 -keystore upload.jks -storepass ${c.pw()} -keypass ${c.pw()} -dname "CN=Acme"
$ jarsigner -keystore upload.jks -storepass ${c.pw()} app-release.apk upload
$ openssl x509 -in api.crt -noout -fingerprint -sha256
SHA256 Fingerprint=${c.n('4F:1A:9C:22:0B:7E:C3:88:51:D0:6A:3F:E2:19:B4:7C:05:AA:91:6E:D8:32:47:C1:0F:9B:E3:72:5D:A8:14:C6')}
\`\`\`
`,
  ),

  d(
    'bash-history-curl-wget',
    CL,
    'home/deploy/.bash_history',
    (c) => `curl -u admin:${c.pw()} http://localhost:15672/api/overview
curl --user 'ci:${c.sq()}' -T build.tar.gz https://nexus.acme.dev/repository/raw/builds/
curl -sS -H "Authorization: Bearer ${c.bearer()}" https://api.acme.dev/v2/deployments | jq .
curl --oauth2-bearer ${c.bearer()} https://graph.acme.dev/me
curl -H 'X-API-Key: ${c.qtok()}' https://status.vendor.example/api/v1/incidents
curl "https://api.weather.example/v1/forecast?city=Oslo&appid=${c.qtok()}"
wget --user=mirror --password=${c.pw()} https://downloads.vendor.example/iso/latest.iso
wget --http-user=deploy --http-password='${c.sq()}' https://artifacts.internal/app.jar
wget --header="Authorization: Basic ${c.basic('deploy')}" https://artifacts.internal/app-2.jar
curl -u deploy https://nexus.acme.dev/
curl -H "Authorization: Bearer ${c.n('${TOKEN}')}" https://api.acme.dev/v2/ping
curl -I https://acme.dev
`,
  ),

  d(
    'bash-history-git-vcs',
    CL,
    'home/build/.bash_history',
    (c) => `git clone https://jenkins:${c.cs()}@git.acme.internal/scm/pay/pay-core.git
git clone https://oauth2:${c.prov('gitlab')}@gitlab.com/acme/tools.git
git remote set-url origin https://x-access-token:${c.prov('github')}@github.com/acme/site.git
git clone https://\${GIT_USER}:${c.n('${GIT_TOKEN}')}@github.com/acme/site.git
svn checkout https://svn.acme.internal/repos/legacy --username build --password ${c.pw()} --non-interactive
svn update --username build --password '${c.sq()}'
rsync -avz --password-file=${c.n('/etc/rsync.pass')} ./dist/ backup@nas::web/
RSYNC_PASSWORD=${c.pw()} rsync -av rsync://mirror@files.internal/share/ /srv/share/
lftp -u upload,${c.pw()} ftp.partner.example -e "mirror -R out/ /in/; quit"
lftp sftp://deploy:${c.cs()}@files.partner.example
git log -1 --format=%H
git checkout ${c.sha()}
`,
  ),

  d(
    'zsh-history-cloud',
    CL,
    'Users/leila/.zsh_history',
    (c) => `: 1764770001:0;aws configure set aws_access_key_id ${c.u(`AKIA${c.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`)}
: 1764770009:0;aws configure set aws_secret_access_key ${c.prov('awsSecret')}
: 1764770030:0;aws s3 ls --profile prod
: 1764770101:0;az login --service-principal -u ${c.uuid()} -p ${c.pw()} --tenant ${c.uuid()}
: 1764770130:0;az sql server create -n acme-sql -g rg-data -l westeurope -u sqladmin -p '${c.sq()}'
: 1764770200:0;az vm create -n jump -g rg-ops --image Ubuntu2204 --admin-username azureuser --admin-password ${c.pw()}
: 1764770250:0;gcloud sql users set-password postgres --instance=pg-prod --password=${c.pw()}
: 1764770300:0;heroku config:set DATABASE_PASSWORD=${c.pw()} -a acme-api
: 1764770333:0;heroku auth:token
: 1764770390:0;doctl auth init -t ${c.prov('digitalocean')}
: 1764770420:0;az login
: 1764770450:0;gcloud auth login --no-launch-browser
`,
  ),

  d(
    'bash-history-k8s-helm',
    CL,
    'home/ops/.bash_history',
    (c) => `kubectl get pods -n payments
kubectl create secret generic db-creds -n payments --from-literal=username=payments --from-literal=password=${c.pw()}
kubectl create secret docker-registry regcred --docker-server=registry.acme.io --docker-username=ci --docker-password=${c.pw()}
kubectl create secret generic api-keys --from-literal=STRIPE_KEY=${c.prov('stripe')} --from-literal=WEBHOOK_SECRET=${c.hex(32)}
kubectl create secret generic tls-pass --from-file=password=${c.n('./tls.pass')}
helm repo add acme https://charts.acme.io --username ci --password ${c.pw()}
helm upgrade --install pay ./chart --set db.password=${c.pw()} --set image.tag=${c.short()}
helm upgrade --install redis bitnami/redis --set auth.password='${c.sq()}'
helm install grafana grafana/grafana --set adminPassword=${c.pw()}
kubectl get secret db-creds -o jsonpath='{.data.password}' | base64 -d
kubectl rollout restart deploy/pay -n payments
`,
  ),

  d(
    'bash-history-vault-consul',
    CL,
    'home/sec/.bash_history',
    (c) => `export VAULT_ADDR=https://vault.acme.internal:8200
vault login ${c.prov('vault')}
vault login -method=userpass username=sec password=${c.pw()}
vault kv put secret/app/db password=${c.pw()} user=app
vault write auth/approle/login role_id=${c.uuid()} secret_id=${c.tok()}
vault kv get secret/app/db
export CONSUL_HTTP_TOKEN=${c.tokUuid()}
consul kv get -token=${c.tokUuid()} config/app
nomad job run -token=${c.tokUuid()} web.nomad
vault token lookup
vault login -method=${c.n('oidc')}
`,
  ),

  d(
    'transcript-rabbit-kafka',
    CL,
    'docs/runbooks/broker-users.md',
    (c) => `## Creating broker users (transcript from 2026-11-04)

\`\`\`
root@mq-1:~# rabbitmqctl add_user orders ${c.pw()}
Adding user "orders" ...
root@mq-1:~# rabbitmqctl set_permissions -p / orders ".*" ".*" ".*"
root@mq-1:~# rabbitmqctl change_password admin '${c.sq()}'
Changing password for user "admin" ...
root@mq-1:~# rabbitmqctl authenticate_user orders ${c.pw()}
Success
root@kafka-1:~# kafka-configs.sh --bootstrap-server localhost:9092 --alter --add-config 'SCRAM-SHA-512=[password=${c.pw()}]' --entity-type users --entity-name billing
root@kafka-1:~# cat > /tmp/client.properties <<EOF
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="billing" password="${c.dq()}";
EOF
root@kafka-1:~# kafka-console-consumer.sh --bootstrap-server kafka-1:9093 --topic orders --consumer.config /tmp/client.properties
root@mq-1:~# rabbitmqctl list_users
user	tags
admin	[administrator]
\`\`\`
`,
  ),

  d(
    'transcript-sqlserver',
    CL,
    'docs/runbooks/mssql-export.md',
    (c) => `# MSSQL export

    $ sqlcmd -S tcp:sql01.corp.local,1433 -U sa -P ${c.pw()} -Q "SELECT name FROM sys.databases"
    $ sqlcmd -S sql02 -U reporting -P '${c.sq()}' -d Reports -i daily.sql -o daily.csv
    $ bcp Reports.dbo.Orders out orders.dat -S sql01 -U export -P ${c.pw()} -c
    $ sqlcmd -S sql01 -E -Q "SELECT @@VERSION"
    $ sqlcmd -S sql01 -U sa -P ${c.n('"$SA_PASSWORD"')} -Q "BACKUP DATABASE Reports TO DISK='/var/opt/mssql/r.bak'"

The \`-E\` form uses Windows auth and needs no password. \`-P\` with a literal shows up in \`ps\`; prefer \`SQLCMDPASSWORD\`.
`,
  ),

  d(
    'transcript-analytics-dbs',
    CL,
    'notes/analytics-cli.txt',
    (c) => `clickhouse-client --host ch-1 --user analyst --password ${c.pw()} --query "SELECT count() FROM hits"
clickhouse-client -h ch-2 -u default --password='${c.sq()}' -d logs
influx -host influx.internal -username admin -password ${c.pw()} -database telegraf
influx auth create --org acme --all-access --token ${c.b64(62)}
cqlsh cass-1.internal 9042 -u cassandra -p ${c.pw()}
cqlsh -u app -p '${c.sq()}' cass-2.internal
ldapsearch -x -H ldaps://ldap.corp.local -D "cn=admin,dc=corp,dc=local" -w ${c.pw()} -b "dc=corp,dc=local" "(uid=karin)"
ldapsearch -x -D "cn=reader,dc=corp,dc=local" ${c.n('-W')} -b "ou=people,dc=corp,dc=local"
ldappasswd -x -D "cn=admin,dc=corp,dc=local" -w '${c.sq()}' -s ${c.pw()} "uid=karin,ou=people,dc=corp,dc=local"
mosquitto_pub -h mqtt.iot.internal -u sensor-17 -P ${c.pw()} -t plant/line1/temp -m 21.4
mosquitto_sub -h mqtt.iot.internal -p ${c.n('8883')} -u viewer -P '${c.sq()}' -t 'plant/#'
`,
  ),

  d(
    'transcript-htpasswd-users',
    CL,
    'notes/web-auth.txt',
    (c) => `$ htpasswd -b -c /etc/nginx/.htpasswd grafana ${c.pw()}
Adding password for user grafana
$ htpasswd -bB /etc/nginx/.htpasswd kibana '${c.sq()}'
Adding password for user kibana
$ cat /etc/nginx/.htpasswd
grafana:${c.n('$apr1$Zk1QbT3e$Vq9s1Jd7mKxq0b2L8cN4y.')}
kibana:${c.bcrypt()}
$ echo 'deploy:${c.sq()}' | sudo chpasswd
$ sudo usermod -p '${c.shadow()}' svc-backup
$ vncpasswd -f <<< '${c.sq()}' > ~/.vnc/passwd
$ x11vnc -storepasswd ${c.pw()} ~/.vnc/passwd
$ htpasswd /etc/nginx/.htpasswd newuser
New password:
`,
  ),

  d(
    'transcript-package-registries',
    CL,
    'notes/registries.txt',
    (c) => `npm config set //registry.npmjs.org/:_authToken ${c.prov('npm')}
npm config set //npm.acme.io/:_authToken=${c.tok()}
npm config set //npm.acme.io/:_password ${c.n('$(echo -n "$NPM_PASS" | base64)')}
pip install --index-url https://build:${c.cs()}@pypi.acme.io/simple/ acme-core==4.2.0
pip config set global.extra-index-url https://__token__:${c.cs()}@gitlab.acme.io/api/v4/projects/12/packages/pypi/simple
gem sources --add https://ci:${c.cs()}@gems.acme.io/
bundle config set --global gems.acme.io ci:${c.pw()}
nuget sources add -Name acme -Source https://nuget.acme.io/v3/index.json -Username ci -Password ${c.pw()} -StorePasswordInClearText
dotnet nuget add source https://pkgs.acme.io/nuget/index.json -n acme -u ci -p ${c.pw()} --store-password-in-clear-text
dotnet user-secrets set "Smtp:Password" "${c.dq()}"
dotnet user-secrets set ConnectionStrings:Default "Server=sql01;Database=Shop;User Id=shop;Password=${c.cs()};"
composer config --global http-basic.repo.acme.io ci ${c.pw()}
poetry config http-basic.acme ci ${c.pw()}
`,
  ),

  d(
    'transcript-terraform-ansible',
    CL,
    'notes/provision-2026-10.txt',
    (c) => `~/infra $ terraform apply -var 'db_password=${c.sq()}' -var region=eu-west-1
~/infra $ terraform plan -var="admin_password=${c.dq()}" -out plan.bin
~/infra $ terraform apply -var-file=${c.n('prod.tfvars')}
~/infra $ TF_VAR_db_password=${c.pw()} terraform apply -auto-approve
~/infra $ ansible-playbook site.yml -i prod --vault-password-file ${c.n('~/.vault_pass')}
~/infra $ ansible-playbook site.yml -e "ansible_become_pass=${c.dq()}" -l web
~/infra $ ansible-playbook db.yml --extra-vars 'mysql_root_password=${c.sq()} mysql_port=${c.n('3307')}'
~/infra $ ansible-vault encrypt_string '${c.sq()}' --name 'smtp_password'
~/infra $ ansible all -m ping -u deploy ${c.n('--ask-pass')}
~/infra $ packer build -var 'winrm_password=${c.sq()}' windows.pkr.hcl
`,
  ),

  d(
    'transcript-java-node-python',
    CL,
    'notes/local-run.txt',
    (c) => `java -Dspring.datasource.url=jdbc:postgresql://localhost:5432/orders -Dspring.datasource.username=orders -Dspring.datasource.password=${c.pw()} -jar orders.jar
java -jar reports.jar --spring.mail.password=${c.pw()} --server.port=${c.n('8081')}
mvn deploy -Drepo.user=ci -Drepo.pass=${c.pw()} -DskipTests
./gradlew publish -PnexusUsername=ci -PnexusPassword=${c.pw()}
DB_PASS=${c.pw()} API_TOKEN=${c.tok()} node scripts/migrate.js --env staging
SMTP_PASSWORD='${c.sq()}' npm run send-digest
python -c "import redis; r = redis.Redis(host='cache', password='${c.sq()}'); print(r.ping())"
python manage.py createsuperuser --username admin --email ops@acme.dev
DJANGO_SUPERUSER_PASSWORD=${c.pw()} python manage.py createsuperuser --noinput --username admin
ffmpeg -rtsp_transport tcp -i rtsp://viewer:${c.cs()}@192.168.1.64:554/Streaming/Channels/101 -t 30 clip.mp4
ffprobe "rtsp://admin:${c.cs()}@cam-lobby.local/stream1"
`,
  ),
];
