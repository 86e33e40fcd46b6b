// rw-dev11 incident part: server-side logs that record statements and arguments verbatim (database query logs,
// Redis MONITOR, Kubernetes audit events, job-queue arguments, cloud-init and cron mail, gateway JSON logs).
import type { RealWorldDoc } from '../types';
import { idoc } from './incidentValues';

export const INCIDENT_SERVER_LOG_DOCS: RealWorldDoc[] = [
  idoc(
    'postgres-statement-log',
    ['logs-and-output', 'precision'],
    'var/log/postgresql/postgresql-15-main.log',
    (x) => `2026-11-18 03:00:01.118 UTC [41122] postgres@postgres LOG:  statement: CREATE ROLE grafana_ro LOGIN PASSWORD '${x.pw(true)}';
2026-11-18 03:00:01.120 UTC [41122] postgres@postgres LOG:  statement: GRANT pg_read_all_data TO grafana_ro;
2026-11-18 03:00:02.771 UTC [41122] postgres@postgres LOG:  statement: ALTER USER app_rw WITH PASSWORD '${x.pw(true)}' VALID UNTIL '2027-06-01';
2026-11-18 03:00:02.772 UTC [41122] postgres@postgres LOG:  statement: ALTER USER legacy WITH ENCRYPTED PASSWORD '${x.n('SCRAM-SHA-256$4096:' + x.g.base64(24).replace(/[+/]/g, 'x') + '$' + x.g.base64(44).replace(/[+/]/g, 'y') + ':' + x.g.base64(44).replace(/[+/]/g, 'z'))}';
2026-11-18 03:00:05.004 UTC [41130] app_rw@shop LOG:  duration: 1203.118 ms  statement: UPDATE api_clients SET secret = '${x.tok()}' WHERE id = 12
2026-11-18 03:00:05.900 UTC [41130] app_rw@shop LOG:  statement: SELECT * FROM sessions WHERE token_hash = '${x.n(x.g.hex(64))}'
2026-11-18 03:00:09.512 UTC [41131] [unknown]@[unknown] FATAL:  password authentication failed for user "grafana_ro"
2026-11-18 03:00:09.512 UTC [41131] [unknown]@[unknown] DETAIL:  Connection matched pg_hba.conf line 98: "host all all 10.0.0.0/8 scram-sha-256"
`,
  ),

  idoc(
    'mysql-general-log',
    ['logs-and-output', 'precision'],
    'var/lib/mysql/general.log',
    (x) => `/usr/sbin/mysqld, Version: 8.0.35 (MySQL Community Server - GPL). started with:
Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock
Time                 Id Command    Argument
2026-11-18T04:10:02.118220Z	   12 Connect	root@localhost on  using Socket
2026-11-18T04:10:02.118501Z	   12 Query	CREATE USER 'wp_blog'@'%' IDENTIFIED BY '${x.pw(true)}'
2026-11-18T04:10:02.119002Z	   12 Query	GRANT ALL PRIVILEGES ON blog.* TO 'wp_blog'@'%'
2026-11-18T04:10:04.002110Z	   12 Query	SET PASSWORD FOR 'report'@'10.%' = '${x.pw(true)}'
2026-11-18T04:10:05.771002Z	   13 Query	INSERT INTO wp_options (option_name, option_value) VALUES ('mailserver_pass', '${x.hpw(true)}')
2026-11-18T04:10:06.004118Z	   13 Query	UPDATE wp_users SET user_pass = '${x.n('$P$B' + x.g.base64(30).replace(/[+]/g, '.'))}' WHERE ID = 1
2026-11-18T04:10:06.900118Z	   13 Query	INSERT INTO integrations (name, api_token) VALUES ('mailchimp', '${x.tok(x.g.hex(32) + '-us21')}')
2026-11-18T04:10:07.000002Z	   13 Quit
`,
  ),

  idoc(
    'redis-monitor',
    ['logs-and-output', 'command-line', 'precision'],
    'debug/redis-monitor.txt',
    (x) => `$ redis-cli -h cache-01 --no-auth-warning -a "$REDISCLI_AUTH" MONITOR
OK
1795500001.118220 [0 10.0.4.12:51122] "AUTH" "${x.pw(true)}"
1795500001.118900 [0 10.0.4.12:51122] "GET" "session:${x.n(x.g.hex(32))}"
1795500001.220011 [0 10.0.4.19:40112] "AUTH" "default" "${x.tok(x.g.alnum(32))}"
1795500001.300112 [0 10.0.4.19:40112] "SETEX" "otp:user:4411" "300" "${x.n(x.g.digits(6))}"
1795500002.004100 [0 10.0.4.19:40112] "HSET" "integration:slack" "signing_secret" "${x.tok(x.g.hex(32))}"
1795500002.771000 [0 127.0.0.1:60011] "CONFIG" "SET" "requirepass" "${x.pw(true)}"
1795500003.000101 [0 10.0.4.12:51122] "EXPIRE" "session:${x.n(x.g.hex(32))}" "3600"
`,
  ),

  idoc(
    'k8s-audit-event',
    ['logs-and-output', 'config-syntax', 'precision'],
    'incident/audit/kube-apiserver-audit.log',
    (
      x,
    ) => `{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"RequestResponse","auditID":"${x.rid()}","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/billing/secrets","verb":"create","user":{"username":"system:serviceaccount:ci:deployer","uid":"${x.rid()}"},"sourceIPs":["10.0.12.7"],"objectRef":{"resource":"secrets","namespace":"billing","name":"billing-api"},"responseStatus":{"code":201},"requestObject":{"kind":"Secret","apiVersion":"v1","metadata":{"name":"billing-api","namespace":"billing"},"stringData":{"INVOICE_API_TOKEN":"${x.tok()}","DB_PASSWORD":"${x.pw(true)}","SIGNING_KEY":"${x.tok()}"},"type":"Opaque"},"requestReceivedTimestamp":"2026-11-18T09:02:11.118220Z"}
{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"${x.rid()}","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/billing/secrets/billing-api","verb":"get","user":{"username":"alice@example.com"},"sourceIPs":["81.4.22.13"],"responseStatus":{"code":200},"requestReceivedTimestamp":"2026-11-18T09:14:40.004100Z"}
`,
  ),

  idoc(
    'sidekiq-job-args',
    ['logs-and-output', 'precision'],
    'log/sidekiq.log',
    (x) => `2026-11-18T05:00:01.118Z pid=771 tid=gq1 class=ImportShopifyOrdersJob jid=${x.n(x.g.hex(24))} INFO: start
2026-11-18T05:00:01.119Z pid=771 tid=gq1 class=ImportShopifyOrdersJob jid=${x.n(x.g.hex(24))} INFO: args=["acme-store.myshopify.com", "${x.prov('shopify', 'Shopify admin token')}", "2026-11-17"]
2026-11-18T05:00:04.000Z pid=771 tid=gq1 class=ImportShopifyOrdersJob jid=${x.n(x.g.hex(24))} elapsed=2.88 INFO: done
2026-11-18T05:00:07.004Z pid=771 tid=gq5 class=SyncMailchimpJob jid=${x.n(x.g.hex(24))} WARN: RuntimeError: 401 for list ${x.n(x.g.hex(10))} with api key ${x.tok(x.g.hex(32) + '-us14')}
2026-11-18T05:00:09.771Z pid=771 tid=gq2 class=FtpExportJob jid=${x.n(x.g.hex(24))} INFO: args=[{"host"=>"ftp.partner.example", "user"=>"acme", "password"=>"${x.pw(true)}"}]
2026-11-18T05:00:12.004Z pid=771 tid=gq2 class=PasswordResetMailer jid=${x.n(x.g.hex(24))} INFO: args=["user_4411", "${x.u(x.g.hex(40))}"]
`,
  ),

  idoc(
    'cloud-init-output',
    ['logs-and-output', 'command-line'],
    'var/log/cloud-init-output.log',
    (x) => `Cloud-init v. 23.3.3-0ubuntu0~22.04.1 running 'modules:final' at Wed, 18 Nov 2026 06:00:44 +0000. Up 21.02 seconds.
+ export DEBIAN_FRONTEND=noninteractive
+ apt-get install -y postgresql-client awscli
Reading package lists...
+ echo 'deploy:${x.pw(true)}' | chpasswd
+ aws configure set aws_secret_access_key ${x.prov('awsSecret', 'AWS secret access key')}
+ curl -fsSL -H 'X-Registration-Token: ${x.tok()}' https://fleet.example.net/api/register -d host=ip-10-0-3-44
{"node_id":"${x.rid()}","status":"registered"}
+ docker login -u robot$fleet -p ${x.tok(x.g.alnum(32))} harbor.example.net
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
Cloud-init v. 23.3.3-0ubuntu0~22.04.1 finished at Wed, 18 Nov 2026 06:02:10 +0000. Datasource DataSourceEc2Local.  Up 107.55 seconds
`,
  ),

  idoc(
    'cron-mail-backup',
    ['logs-and-output', 'command-line', 'prose'],
    'var/mail/root',
    (x) => `From root@backup01.intern  Wed Nov 18 02:30:04 2026
Return-Path: <root@backup01.intern>
From: root@backup01.intern (Cron Daemon)
To: root@backup01.intern
Subject: Cron <root@backup01> /usr/local/bin/backup.sh
X-Cron-Env: <SHELL=/bin/sh>
X-Cron-Env: <BORG_PASSPHRASE=${x.phrase(true)}>
X-Cron-Env: <HOME=/root>

+ mysqldump --all-databases -uroot -p${x.pw(true)} --single-transaction
mysqldump: [Warning] Using a password on the command line interface can be insecure.
+ borg create --stats ssh://borg@nas.intern/./repo::backup01-2026-11-18 /var/backups
Archive fingerprint: ${x.n(x.g.hex(64))}
+ restic -r s3:s3.eu-central-1.wasabisys.com/backups --password-file /root/.restic-pw backup /etc
snapshot ${x.n(x.g.hex(8))} saved
`,
  ),

  idoc(
    'kong-json-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/kong-file-log.json',
    (
      x,
    ) => `{"started_at":1795500001118,"client_ip":"203.0.113.9","service":{"name":"legacy-soap"},"request":{"method":"GET","uri":"/legacy/stock?wsdl&key=${x.tok(x.g.alnum(32))}","headers":{"host":"gw.example.com","user-agent":"Java/1.8.0_382","authorization":"REDACTED"},"querystring":{"wsdl":true,"key":"${x.n('(see uri)')}"}},"response":{"status":200,"headers":{"x-kong-upstream-latency":"88","x-kong-request-id":"${x.trace()}"}},"consumer":{"username":"erp-de","id":"${x.rid()}"}}
{"started_at":1795500002440,"client_ip":"198.51.100.4","service":{"name":"partner-api"},"request":{"method":"POST","uri":"/partner/v1/orders","headers":{"host":"gw.example.com","apikey":"${x.http(x.g.alnum(32))}","content-type":"application/json"}},"response":{"status":201,"headers":{"x-kong-request-id":"${x.trace()}"}},"consumer":{"username":"partner-pl","id":"${x.rid()}"}}
{"started_at":1795500003007,"client_ip":"198.51.100.4","service":{"name":"partner-api"},"request":{"method":"GET","uri":"/partner/v1/orders/88123","headers":{"host":"gw.example.com","apikey":"${x.n('${PARTNER_KEY}')}"}},"response":{"status":401,"headers":{"x-kong-request-id":"${x.trace()}"}}}
`,
  ),

  idoc(
    'airflow-task-log',
    ['logs-and-output', 'precision'],
    'logs/dag_id=crm_export/run_id=scheduled__2026-11-18/task_id=push/attempt=1.log',
    (x) => `[2026-11-18, 04:00:03 UTC] {taskinstance.py:1159} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: crm_export.push scheduled__2026-11-18T00:00:00+00:00 [queued]>
[2026-11-18, 04:00:03 UTC] {base.py:73} INFO - Using connection ID 'crm_api' for task execution.
[2026-11-18, 04:00:03 UTC] {http.py:144} INFO - Sending 'POST' to url: https://crm.example.com/api/v2/bulk?auth=***
[2026-11-18, 04:00:04 UTC] {logging_mixin.py:151} INFO - DEBUG extra from connection: {"tenant": "de-01", "legacy_token": "${x.tok()}", "timeout": 30}
[2026-11-18, 04:00:04 UTC] {logging_mixin.py:151} INFO - sftp fallback login crm_drop / ${x.pw(true)}
[2026-11-18, 04:00:09 UTC] {taskinstance.py:1400} INFO - Marking task as SUCCESS. dag_id=crm_export, task_id=push, execution_date=20261118T000000, start_date=20261118T040003, end_date=20261118T040009
`,
  ),

  idoc(
    'zabbix-alert-mail',
    ['logs-and-output', 'prose', 'precision'],
    'mail/zabbix-problem.txt',
    (x) => `Subject: PROBLEM: HTTP check failed on shop-api (Disaster)

Problem started at 08:41:02 on 2026.11.18
Problem name: HTTP check failed on shop-api
Host: shop-api-01
Severity: Disaster
Operational data: Response code 401
Original problem ID: ${x.n(x.g.digits(8))}

Item: web.test.fail[shop health]
Step 1 URL: https://shop.example.com/internal/health?auth_token=${x.tok()}
Step 2 URL: https://shop.example.com/internal/metrics (basic auth monitoring / ${x.pw()})
Script params: check_api.sh -H shop-api-01 -k ${x.tok()} -w 2 -c 5

Event tags: service:shop, team:${x.n('platform')}
`,
  ),

  idoc(
    'wordpress-debug-log',
    ['logs-and-output', 'code'],
    'wp-content/debug.log',
    (x) => `[18-Nov-2026 07:02:11 UTC] PHP Warning:  Undefined array key "host" in /var/www/html/wp-content/plugins/smtp-mailer/main.php on line 88
[18-Nov-2026 07:02:11 UTC] SMTP settings: Array
(
    [host] =>
    [port] => 587
    [username] => shop@example.pt
    [password] => ${x.pw()}
    [secure] => tls
)
[18-Nov-2026 07:02:12 UTC] WooCommerce REST: consumer_key=ck_${x.n(x.g.hex(4) + '...')} consumer_secret=cs_${x.tok(x.g.hex(40))}
[18-Nov-2026 07:02:14 UTC] PHP Notice:  Function wp_enqueue_script was called incorrectly. Scripts and styles should not be registered or enqueued until the wp_enqueue_scripts hook. nonce=${x.n(x.g.hex(10))}
[18-Nov-2026 07:02:15 UTC] Backup plugin: Dropbox refresh token ${x.tok(x.g.alnum(11) + 'AAAAAAAAA' + x.g.base64url(43))} stored
`,
  ),

  idoc(
    'keycloak-debug-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/keycloak-debug.log',
    (x) => `2026-11-18 11:00:01,118 DEBUG [org.keycloak.services] (executor-thread-12) client authentication: client_id=portal-backend, client_secret=${x.tok()}
2026-11-18 11:00:01,120 DEBUG [org.keycloak.events] (executor-thread-12) type=CLIENT_LOGIN, realmId=${x.rid()}, clientId=portal-backend, userId=null, ipAddress=10.0.7.4
2026-11-18 11:00:02,771 DEBUG [org.keycloak.storage.ldap] (executor-thread-3) LDAP bind: cn=keycloak-svc,ou=svc,dc=firma,dc=example with credential ${x.pw(true)}
2026-11-18 11:00:03,004 DEBUG [org.keycloak.protocol.oidc] (executor-thread-7) issued refresh_token=${x.http(x.g.base64url(32) + '.' + x.g.base64url(48) + '.' + x.g.base64url(43))} for session ${x.rid()}
2026-11-18 11:00:04,000 WARN  [org.keycloak.events] (executor-thread-9) type=LOGIN_ERROR, realmId=${x.rid()}, clientId=account-console, error=invalid_user_credentials, username=j.schmidt
`,
  ),

  idoc(
    'bash-history-forensic',
    ['logs-and-output', 'command-line', 'precision'],
    'forensics/web-02/root/.bash_history',
    (x) => `cd /opt/shop
git pull
docker compose logs -f --tail 100 api
export GITHUB_TOKEN=${x.prov('github', 'GitHub PAT')}
gh release download v2.7.1 -R acme/shop
psql "host=db-1 user=postgres password=${x.pw(true)}" -c "select now()"
htpasswd -b /etc/nginx/.htpasswd monitor ${x.pw(true)}
openssl pkcs12 -export -in cert.pem -inkey key.pem -out shop.p12 -passout pass:${x.pw(true)}
curl -s https://api.example-sms.com/send -d "apikey=${x.tok()}&to=+4915100000000&text=test"
echo ${x.n('$DB_PASSWORD')}
sha256sum release.tar.gz
history -c
`,
  ),

  idoc(
    'logstash-pipeline-debug',
    ['logs-and-output', 'config-syntax', 'precision'],
    'logs/logstash-plain.log',
    (x) => `[2026-11-18T06:00:01,118][INFO ][logstash.runner          ] Starting Logstash {"logstash.version"=>"8.11.1", "jruby.version"=>"jruby 9.4.2.0"}
[2026-11-18T06:00:04,771][DEBUG][logstash.pipeline        ] Compiled pipeline code {:code=>"input { jdbc { jdbc_connection_string => \\"jdbc:oracle:thin:@ora-01:1521/ERP\\" jdbc_user => \\"LOGSTASH\\" jdbc_password => \\"${x.pw(true)}\\" schedule => \\"*/5 * * * *\\" } } output { elasticsearch { hosts => [\\"https://es-01:9200\\"] user => \\"logstash_writer\\" password => \\"${x.pw(true)}\\" } }"}
[2026-11-18T06:00:04,772][DEBUG][logstash.outputs.elasticsearch] config LogStash::Outputs::ElasticSearch/@api_key = ${x.n('<password>')}
[2026-11-18T06:00:04,773][DEBUG][logstash.outputs.http    ] config LogStash::Outputs::Http/@headers = {"X-Ingest-Token"=>"${x.tok()}"}
[2026-11-18T06:00:06,004][INFO ][logstash.javapipeline    ][main] Pipeline started {"pipeline.id"=>"main"}
[2026-11-18T06:00:06,005][INFO ][logstash.agent           ] Pipelines running {:count=>1, :running_pipelines=>[:main], :non_running_pipelines=>[]} ephemeral_id=${x.rid()}
`,
  ),
];
