// rw-dev3 logs/files, part 4: server and application config files (Windows, Java servers, brokers, databases,
// monitoring, PHP applications, home automation).
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { b64, md5, sha256, thpw, tight, tpw, V } from './logsFilesValues';

export const CONFIG_DOCS: RealWorldDoc[] = [
  doc('windows-unattend-xml', ['credential-file', 'precision'], 'deploy/autounattend.xml', (k) => {
    const g = k.g;
    return `<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="${k.n('31bf3856ad364e35')}" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>${tpw(k)}</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Password>
              <Value>${k.pw(b64(`${tight(g)}Password`).replace(/=+$/, '') + '=')}</Value>
              <PlainText>false</PlainText>
            </Password>
            <Name>labuser</Name>
            <Group>Administrators</Group>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <AutoLogon>
        <Password><Value>${tpw(k)}</Value><PlainText>true</PlainText></Password>
        <Enabled>true</Enabled>
        <Username>Administrator</Username>
      </AutoLogon>
      <ProductKey>${k.n('W269N-WFGWX-YVC9B-4J6C9-T83GX')}</ProductKey>
    </component>
  </settings>
</unattend>
`;
  }),
  doc('web-config-aspnet', ['config-syntax', 'precision'], 'src/Portal/Web.config', (k) => {
    const g = k.g;
    return `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Default" connectionString="Data Source=sql01;Initial Catalog=Portal;User ID=portal;Password=${k.cs(tight(g))}" providerName="System.Data.SqlClient" />
    <add name="Reports" connectionString="Server=sql02;Database=Reports;Integrated Security=SSPI;" />
  </connectionStrings>
  <appSettings>
    <add key="SmtpPassword" value="${tpw(k)}" />
    <add key="PaymentApiKey" value="${k.tok(g.hex(32))}" />
    <add key="Password" value="${k.n('Password')}" />
    <add key="webpages:Version" value="3.0.0.0" />
  </appSettings>
  <system.web>
    <machineKey validationKey="${k.tok(g.hex(128).toUpperCase())}" decryptionKey="${k.tok(g.hex(48).toUpperCase())}" validation="HMACSHA256" decryption="AES" />
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
  <runtime>
    <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">
      <dependentAssembly>
        <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="${k.n('30ad4fe6b2a6aeed')}" culture="neutral" />
      </dependentAssembly>
    </assemblyBinding>
  </runtime>
</configuration>
`;
  }),
  doc('php-ini-and-user-ini', ['config-syntax', 'precision'], 'hosting/php/conf.d/99-shop.ini', (k) => {
    return [
      `; shop overrides`,
      `memory_limit = 512M`,
      `upload_max_filesize = 64M`,
      `mysqli.default_user = shop`,
      `mysqli.default_pw = "${tpw(k)}"`,
      `mysql.default_password = ${tpw(k)}`,
      `session.save_handler = redis`,
      `session.save_path = "tcp://redis.internal:6379?auth=${k.cs(tight(k.g).replace(/[&=?]/g, ''))}&database=2"`,
      `SMTP = smtp.host.example`,
      `sendmail_path = "/usr/bin/msmtp -t --passwordeval='cat /etc/msmtp.pass'"`,
      `session.hash_function = ${k.n('sha256')}`,
      `opcache.validate_permission = ${k.n('Off')}`,
      '',
    ].join('\n');
  }),
  doc('tomcat-users-xml', ['credential-file', 'precision'], 'conf/tomcat-users.xml', (k) => {
    const g = k.g;
    return `<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
<!--
  <user username="admin" password="${k.n('<must-be-changed>')}" roles="manager-gui"/>
-->
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="deployer" password="${tpw(k)}" roles="manager-script"/>
  <user username="ops" password="${tpw(k)}" roles="manager-gui,admin-gui"/>
  <user username="hashed" password="${k.n(`${g.hex(16)}$100000$${g.hex(64)}`)}" roles="manager-status"/>
  <user username="tomcat" password="${k.u('tomcat')}" roles="tomcat"/>
</tomcat-users>
`;
  }),
  doc('tomcat-context-xml', ['config-syntax'], 'webapps/shop/META-INF/context.xml', (k) => {
    return `<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <Resource name="jdbc/ShopDB" auth="Container" type="javax.sql.DataSource"
            maxTotal="50" maxIdle="10" maxWaitMillis="10000"
            username="shop" password="${tpw(k)}"
            driverClassName="org.mariadb.jdbc.Driver"
            url="jdbc:mariadb://db.internal:3306/shop"/>
  <Resource name="mail/Session" auth="Container" type="jakarta.mail.Session"
            mail.smtp.host="smtp.example.com" mail.smtp.user="shop@example.com"
            password="${tpw(k)}" mail.smtp.auth="true"/>
  <Environment name="ldapBindPassword" value="${tpw(k)}" type="java.lang.String" override="false"/>
</Context>
`;
  }),
  doc('wildfly-standalone-xml', ['config-syntax', 'precision'], 'standalone/configuration/standalone.xml', (k) => {
    const g = k.g;
    return `<server xmlns="urn:jboss:domain:20.0">
  <profile>
    <subsystem xmlns="urn:jboss:domain:datasources:7.0">
      <datasources>
        <datasource jndi-name="java:jboss/datasources/AppDS" pool-name="AppDS">
          <connection-url>jdbc:postgresql://db:5432/app</connection-url>
          <driver>postgresql</driver>
          <security>
            <user-name>app</user-name>
            <password>${tpw(k)}</password>
          </security>
        </datasource>
        <datasource jndi-name="java:jboss/datasources/AuditDS" pool-name="AuditDS">
          <connection-url>jdbc:postgresql://db:5432/audit</connection-url>
          <security>
            <user-name>audit</user-name>
            <password>${k.n('${VAULT::ds_audit::password::1}')}</password>
          </security>
        </datasource>
      </datasources>
    </subsystem>
    <subsystem xmlns="urn:wildfly:elytron:18.0">
      <credential-stores>
        <credential-store name="cs" location="cred.store">
          <credential-reference clear-text="${tpw(k)}"/>
        </credential-store>
      </credential-stores>
      <key-stores>
        <key-store name="appKS">
          <credential-reference clear-text="${k.n('${env.KEYSTORE_PASSWORD}')}"/>
        </key-store>
      </key-stores>
    </subsystem>
  </profile>
  <!-- build ${k.n(g.hex(40))} -->
</server>
`;
  }),
  doc('activemq-credentials-properties', ['credential-file', 'config-syntax'], 'activemq/conf/credentials.properties', (k) => {
    return [
      `# Defines credentials that will be used by components (like web console) to access the broker`,
      `activemq.username=system`,
      `activemq.password=${tpw(k)}`,
      `guest.password=${k.u('password')}`,
      ``,
      `# jetty-realm.properties format: username: password [,rolename ...]`,
      `admin: ${tpw(k)}, admin`,
      `user: ${tpw(k)}, user`,
      '',
    ].join('\n');
  }),
  doc('rabbitmq-conf', ['config-syntax', 'precision'], 'rabbitmq/rabbitmq.conf', (k) => {
    const g = k.g;
    return [
      `listeners.tcp.default = 5672`,
      `management.tcp.port = 15672`,
      `default_user = acme`,
      `default_pass = ${tpw(k)}`,
      `default_vhost = /`,
      `loopback_users.guest = false`,
      `ssl_options.password = ${tpw(k)}`,
      `cluster_formation.peer_discovery_backend = rabbit_peer_discovery_k8s`,
      `# erlang cookie lives in /var/lib/rabbitmq/.erlang.cookie: ${k.tok(g.upper(20))}`,
      `log.file.level = info`,
      `consumer_timeout = ${k.n('1800000')}`,
      '',
    ].join('\n');
  }),
  doc('redis-and-sentinel-conf', ['config-syntax', 'precision'], 'redis/redis.conf', (k) => {
    const g = k.g;
    return [
      `bind 0.0.0.0`,
      `protected-mode yes`,
      `port 6379`,
      `requirepass ${tpw(k)}`,
      `masterauth "${tpw(k)}"`,
      `user default on nopass ~* +@all`,
      `user app on #${k.n(sha256(g))} ~app:* +@all`,
      `user ops on >${tpw(k)} ~* +@all`,
      `rename-command CONFIG ""`,
      `# --- sentinel.conf ---`,
      `sentinel monitor mymaster 10.0.0.11 6379 2`,
      `sentinel auth-pass mymaster ${tpw(k)}`,
      `sentinel myid ${k.n(g.hex(40))}`,
      `appendonly yes`,
      '',
    ].join('\n');
  }),
  doc('pgbouncer-userlist', ['credential-file', 'precision'], 'pgbouncer/userlist.txt', (k) => {
    const g = k.g;
    return [`"pgbouncer" "${tpw(k)}"`, `"app" "${k.n(`md5${md5(g)}`)}"`, `"reporting" "${k.n(`SCRAM-SHA-256$4096:${g.base64(24)}$${g.base64(44)}:${g.base64(44)}`)}"`, `"analytics" "${tpw(k)}"`, ''].join('\n');
  }),
  doc('pgbouncer-ini', ['config-syntax'], 'pgbouncer/pgbouncer.ini', (k) => {
    return [
      `[databases]`,
      `app = host=10.0.0.21 port=5432 dbname=app user=app password=${k.cs(tight(k.g))}`,
      `reports = host=10.0.0.22 dbname=reports auth_user=pgbouncer`,
      ``,
      `[pgbouncer]`,
      `listen_addr = *`,
      `auth_type = scram-sha-256`,
      `auth_file = /etc/pgbouncer/userlist.txt`,
      `pool_mode = transaction`,
      '',
    ].join('\n');
  }),
  doc('prometheus-scrape-config', ['config-syntax', 'precision'], 'monitoring/prometheus.yml', (k) => {
    const g = k.g;
    return `global:
  scrape_interval: 30s
scrape_configs:
  - job_name: node
    static_configs:
      - targets: ['node1:9100', 'node2:9100']
  - job_name: rabbitmq
    basic_auth:
      username: monitoring
      password: ${tpw(k)}
    static_configs:
      - targets: ['rabbit:15692']
  - job_name: k8s-api
    bearer_token: ${k.http(g.alnum(40))}
    scheme: https
  - job_name: blackbox
    basic_auth:
      username: bb
      password_file: /etc/prometheus/bb.pass
remote_write:
  - url: https://prometheus-prod-24.grafana.net/api/prom/push
    basic_auth:
      username: "${k.n(g.digits(7))}"
      password: ${k.prov('grafana', 'Grafana')}
`;
  }),
  doc('grafana-ini', ['config-syntax', 'precision'], 'monitoring/grafana/grafana.ini', (k) => {
    const g = k.g;
    return [
      `[server]`,
      `root_url = https://grafana.acme.dev`,
      `[database]`,
      `type = mysql`,
      `host = db:3306`,
      `user = grafana`,
      `password = """${tpw(k)}"""`,
      `[security]`,
      `admin_user = admin`,
      `admin_password = ${tpw(k)}`,
      `secret_key = ${k.tok(g.alnum(16))}`,
      `[auth.generic_oauth]`,
      `client_id = ${k.n('grafana')}`,
      `client_secret = ${k.tok(g.alnum(32))}`,
      `[smtp]`,
      `password = ${k.n('$__file{/run/secrets/smtp}')}`,
      `[analytics]`,
      `reporting_enabled = false`,
      '',
    ].join('\n');
  }),
  doc('alertmanager-yml', ['config-syntax', 'precision'], 'monitoring/alertmanager.yml', (k) => {
    const g = k.g;
    return `global:
  smtp_smarthost: 'smtp.office365.com:587'
  smtp_from: 'alerts@acme.dev'
  smtp_auth_username: 'alerts@acme.dev'
  smtp_auth_password: '${tpw(k)}'
  slack_api_url: 'https://hooks.slack.com/services/${k.prov('slackWebhookPath', 'Slack')}'
route:
  receiver: team-ops
receivers:
  - name: team-ops
    pagerduty_configs:
      - routing_key: ${k.tok(g.hex(32))}
    webhook_configs:
      - url: 'https://ops-bot.acme.dev/alert'
        http_config:
          authorization:
            credentials: ${k.http(g.alnum(32))}
  - name: silence
    slack_configs:
      - api_url_file: /etc/alertmanager/slack_url
`;
  }),
  doc('logstash-pipeline-conf', ['config-syntax', 'precision'], 'logstash/pipeline/app.conf', (k) => {
    const g = k.g;
    return `input {
  beats { port => 5044 }
  jdbc {
    jdbc_connection_string => "jdbc:mysql://db:3306/app"
    jdbc_user => "logstash"
    jdbc_password => "${tpw(k)}"
    statement => "SELECT * FROM audit WHERE id > :sql_last_value"
  }
}
filter {
  fingerprint { source => "message" target => "[@metadata][fp]" method => "SHA256" key => "${k.n('${FP_KEY}')}" }
}
output {
  elasticsearch {
    hosts => ["https://es01:9200"]
    user => "logstash_writer"
    password => "${tpw(k)}"
    api_key => "${k.n(g.alnum(20))}:${k.tok(g.alnum(22))}"
    ssl_certificate_authorities => ["/etc/logstash/ca.crt"]
  }
}
`;
  }),
  doc('filebeat-yml', ['config-syntax', 'precision'], 'filebeat/filebeat.yml', (k) => {
    const g = k.g;
    return `filebeat.inputs:
  - type: filestream
    id: app-logs
    paths: [/var/log/app/*.log]
output.elasticsearch:
  hosts: ["https://es.acme.dev:9243"]
  username: "filebeat_internal"
  password: "${tpw(k)}"
cloud.id: "${k.n(`prod:${b64(`eu-west-1.aws.found.io$${g.hex(32)}$${g.hex(32)}`)}`)}"
cloud.auth: "elastic:${tpw(k)}"
setup.kibana:
  host: "https://kibana.acme.dev"
  password: "\${KIBANA_PASSWORD}"
`;
  }),
  doc('home-assistant-secrets', ['credential-file', 'precision'], 'homeassistant/secrets.yaml', (k) => {
    const g = k.g;
    return `# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
some_password: ${k.n('welcome')}
http_password: ${tpw(k)}
mqtt_password: "${tpw(k)}"
wifi_password: ${thpw(k)}
latitude: 52.5200
longitude: 13.4050
openweathermap_api_key: ${k.tok(g.hex(32))}
telegram_bot_token: ${k.prov('telegram', 'Telegram')}
spotify_client_id: ${k.n(g.hex(32))}
spotify_client_secret: ${k.tok(g.hex(32))}
fritzbox_user: admin
`;
  }),
  doc('odoo-conf', ['config-syntax'], 'odoo/odoo.conf', (k) => {
    return [
      `[options]`,
      `addons_path = /mnt/extra-addons`,
      `admin_passwd = ${tpw(k)}`,
      `db_host = db`,
      `db_port = 5432`,
      `db_user = odoo`,
      `db_password = ${tpw(k)}`,
      `smtp_server = smtp.office365.com`,
      `smtp_user = erp@acme.dev`,
      `smtp_password = ${tpw(k)}`,
      `proxy_mode = True`,
      `workers = 4`,
      '',
    ].join('\n');
  }),
  doc('moodle-config-php', ['config-syntax', 'code'], 'moodle/config.php', (k) => {
    return `<?php  // Moodle configuration file
unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'localhost';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodleuser';
$CFG->dbpass    = '${tpw(k)}';
$CFG->prefix    = 'mdl_';
$CFG->wwwroot   = 'https://learn.school.example';
$CFG->dataroot  = '/var/moodledata';
$CFG->passwordsaltmain = '${k.tok(k.g.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#%^*()-_+[]', 32))}';
$CFG->smtppass  = '${tpw(k)}';
$CFG->directorypermissions = 0777;

require_once(__DIR__ . '/lib/setup.php');
`;
  }),
  doc('nextcloud-config-php', ['config-syntax', 'precision'], 'nextcloud/config/config.php', (k) => {
    const g = k.g;
    return `<?php
$CONFIG = array (
  'instanceid' => '${k.n(`oc${g.lower(10)}`)}',
  'passwordsalt' => '${k.tok(g.base64(30).replace(/[+/=]/g, 'x'))}',
  'secret' => '${k.tok(g.base64(48).replace(/[+/=]/g, 'y'))}',
  'trusted_domains' => array (0 => 'cloud.family.example'),
  'datadirectory' => '/var/www/nextcloud/data',
  'dbtype' => 'mysql',
  'version' => '28.0.3.2',
  'dbname' => 'nextcloud',
  'dbhost' => 'localhost',
  'dbuser' => 'nextcloud',
  'dbpassword' => '${tpw(k)}',
  'mail_smtppassword' => '${tpw(k)}',
  'redis' => array ('host' => '/run/redis/redis.sock', 'port' => 0, 'password' => '${tpw(k)}'),
  'installed' => true,
  'maintenance' => false,
  'theme' => '',
  'loglevel' => 2,
);
`;
  }),
  doc('drupal-settings-php', ['config-syntax', 'code', 'precision'], 'web/sites/default/settings.php', (k) => {
    const g = k.g;
    return `<?php
// @codingStandardsIgnoreFile
$databases['default']['default'] = array (
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => '${tpw(k)}',
  'prefix' => '',
  'host' => 'mariadb',
  'port' => '3306',
  'driver' => 'mysql',
);
$settings['hash_salt'] = '${k.tok(g.base64url(74))}';
$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '../private';
// $databases['migrate']['default']['password'] = '${k.n('CHANGE_ME')}';
$config['smtp.settings']['smtp_password'] = '${tpw(k)}';
$settings['deployment_identifier'] = '${k.n(g.hex(12))}';
`;
  }),
  doc('joomla-configuration-php', ['config-syntax', 'code'], 'configuration.php', (k) => {
    return `<?php
class JConfig {
\tpublic $offline = false;
\tpublic $sitename = 'Vereinsheim Nord';
\tpublic $dbtype = 'mysqli';
\tpublic $host = 'localhost';
\tpublic $user = 'joomla_v3';
\tpublic $password = '${tpw(k)}';
\tpublic $db = 'joomla';
\tpublic $dbprefix = 'jos_';
\tpublic $secret = '${k.tok(k.g.alnum(16))}';
\tpublic $mailer = 'smtp';
\tpublic $smtpuser = 'webmaster@verein.example';
\tpublic $smtppass = '${tpw(k)}';
\tpublic $smtphost = 'smtp.verein.example';
\tpublic $lifetime = '15';
}
`;
  }),
  doc('wp-config-php', ['config-syntax', 'code', 'precision'], 'htdocs/wp-config.php', (k) => {
    const g = k.g;
    const salt = () => k.tok(g.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_[]{}<>~+=,.;:/?|', 64));
    return `<?php
define( 'DB_NAME', 'wp_blog' );
define( 'DB_USER', 'wp_blog' );
define( 'DB_PASSWORD', '${tpw(k)}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'AUTH_KEY',         '${salt()}' );
define( 'SECURE_AUTH_KEY',  '${salt()}' );
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'WP_DEBUG', false );
$table_prefix = 'wp_';
`;
  }),
  doc('docker-compose-env-file-mix', ['config-syntax', 'precision'], 'deploy/stack.env', (k) => {
    const g = k.g;
    return [
      `TZ=Europe/Berlin`,
      `POSTGRES_USER=n8n`,
      `POSTGRES_PASSWORD=${tpw(k)}`,
      `N8N_ENCRYPTION_KEY=${k.tok(g.alnum(32))}`,
      `N8N_BASIC_AUTH_PASSWORD=${thpw(k)}`,
      `TRAEFIK_DASHBOARD_HASH=${k.n(`admin:$$apr1$$${g.alnum(8)}$$${g.alnum(22)}`)}`,
      `WATCHTOWER_NOTIFICATION_URL=telegram://${k.prov('telegram', 'Telegram')}@telegram?chats=-100${g.digits(10)}`,
      `IMAGE_DIGEST=sha256:${k.n(sha256(g))}`,
      `RESTIC_PASSWORD=${k.n('$(cat /run/secrets/restic)')}`,
      '',
    ].join('\n');
  }),
  doc('mosquitto-and-zigbee2mqtt', ['config-syntax', 'credential-file'], 'homelab/zigbee2mqtt/configuration.yaml', (k) => {
    const g = k.g;
    return `homeassistant: true
permit_join: false
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://192.168.1.10
  user: z2m
  password: ${tpw(k)}
serial:
  port: /dev/ttyUSB0
advanced:
  network_key: [${k.tok(Array.from({ length: 16 }, () => String(Number(g.digits(3)) % 256)).join(', '))}]
  pan_id: ${k.n(String(Number(g.digits(4)) % 65000))}
  ext_pan_id: [${k.n(Array.from({ length: 8 }, () => String(Number(g.digits(3)) % 256)).join(', '))}]
frontend:
  port: 8080
  auth_token: ${k.tok(g.alnum(24))}
`;
  }),
  doc('ldap-sssd-conf', ['config-syntax', 'credential-file'], 'etc/sssd/sssd.conf', (k) => {
    return [
      `[sssd]`,
      `services = nss, pam, sudo`,
      `domains = corp.example`,
      ``,
      `[domain/corp.example]`,
      `id_provider = ldap`,
      `ldap_uri = ldaps://ldap.corp.example`,
      `ldap_search_base = dc=corp,dc=example`,
      `ldap_default_bind_dn = cn=sssd-bind,ou=svc,dc=corp,dc=example`,
      `ldap_default_authtok_type = password`,
      `ldap_default_authtok = ${tpw(k)}`,
      `cache_credentials = true`,
      '',
    ].join('\n');
  }),
  doc('mongod-keyfile-and-conf', ['credential-file', 'config-syntax', 'precision'], 'mongo/mongod.conf', (k) => {
    const g = k.g;
    return `storage:
  dbPath: /var/lib/mongodb
net:
  port: 27017
  bindIp: 0.0.0.0
  tls:
    mode: requireTLS
    certificateKeyFile: /etc/ssl/mongo.pem
    certificateKeyFilePassword: ${tpw(k)}
security:
  authorization: enabled
  keyFile: /etc/mongo/keyfile
replication:
  replSetName: rs0
# keyfile contents (copied for the new node):
# ${k.tok(g.base64(200))}
setParameter:
  authenticationMechanisms: SCRAM-SHA-256
# clusterId ${k.n(g.hex(24))}
`;
  }),
  doc('jenkins-credentials-xml', ['credential-file', 'precision'], 'jenkins_home/credentials.xml', (k) => {
    const g = k.g;
    return `<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1311.vcf0a_900b_37c2">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain><specifications/></com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>nexus</id>
          <username>deployer</username>
          <password>${k.n(`{${g.base64(88)}}`)}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>slack</id>
          <secret>${k.n(`{${g.base64(64)}}`)}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
`;
  }),
  doc('sops-and-vault-encrypted', ['config-syntax', 'precision'], 'deploy/secrets.enc.yaml', (k) => {
    const g = k.g;
    return `db_password: ${k.n(V.sopsValue(g))}
api_key: ${k.n(V.sopsValue(g))}
legacy: !vault |
  ${k.n(V.ansibleVault(g).replace(/\n/g, '\n  '))}
sops:
  kms:
    - arn: arn:aws:kms:eu-west-1:${g.digits(12)}:key/${k.n(g.uuid())}
  lastmodified: "2026-03-14T10:11:12Z"
  mac: ${k.n(`ENC[AES256_GCM,data:${g.base64(60)},iv:${g.base64(43)}=,tag:${g.base64(22)}==,type:str]`)}
  version: 3.8.1
`;
  }),
];
