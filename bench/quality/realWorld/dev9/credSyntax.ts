// rw-dev9 cred: less common syntaxes and tools — TOML (Cargo, Poetry, GitLab Runner), EDN / Clojure maps,
// PHP arrays (Nextcloud), JSON inside strings, Kafka / Kibana properties with keystore passwords, Odoo,
// Zabbix, Nacos, Home Assistant secrets, FileZilla site manager, gh hosts.yml, pg_service.conf, Synapse.
// Comments in Russian, Chinese, Japanese, Korean, Spanish, Portuguese.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cx } from './credValues';

export const CRED_SYNTAX_DOCS: RealWorldDoc[] = [
  doc('cred-cargo-credentials-toml', ['credential-file', 'config-syntax'], 'home/rs/.cargo/credentials.toml', (k) => {
    const x = cx(k);
    return `[registry]
token = "${k.s('token', 'cio' + k.g.alnum(32))}"

[registries.kellnr]
token = "${x.alnum(32)}"

[registries.shipyard]
token = "Bearer ${x.alnum(40)}"
`;
  }),
  doc('cred-poetry-auth-toml', ['credential-file', 'config-syntax'], 'home/py/.config/pypoetry/auth.toml', (k) => {
    const x = cx(k);
    return `[http-basic.gemfury]
username = "${x.alnum(20)}"
password = ""

[http-basic.intern]
username = "${k.n('poetry')}"
password = "${x.name()}"

[pypi-token]
pypi = "${k.prov('pypi', 'pypi')}"
`;
  }),
  doc('cred-gitlab-runner-config-toml', ['credential-file', 'config-syntax', 'precision'], 'etc/gitlab-runner/config.toml', (k) => {
    const x = cx(k);
    return `concurrent = 4
check_interval = 0
shutdown_timeout = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "docker-builder-01"
  url = "https://gitlab.acme.example"
  id = 112
  token = "${k.prov('gitlabRunner', 'gitlab')}"
  token_obtained_at = 2025-03-11T09:12:44Z
  token_expires_at = 0001-01-01T00:00:00Z
  executor = "docker"
  environment = ["DOCKER_AUTH_CONFIG={\\"auths\\":{\\"registry.acme.example\\":{\\"auth\\":\\"${x.basic('runner-pull')}\\"}}}", "GIT_DEPTH=10"]
  [runners.cache]
    Type = "s3"
    Shared = true
    [runners.cache.s3]
      ServerAddress = "minio.acme.example"
      AccessKey = "${k.u(k.g.upper(20))}"
      SecretKey = "${x.alnum(40)}"
      BucketName = "runner-cache"
  [runners.docker]
    image = "alpine:3.20"
    privileged = false
    volumes = ["/cache"]
`;
  }),
  doc('cred-clojure-profiles-edn', ['credential-file', 'config-syntax'], 'home/clj/.lein/profiles.clj', (k) => {
    const x = cx(k);
    return `{:user {:plugins [[lein-ancient "1.0.0-RC3"]]
        :repositories [["nexus" {:url "https://nexus.acme.example/repository/clojure/"
                                  :username "${k.n('lein')}"
                                  :password "${x.gen()}"}]]}
 :auth {:repository-auth {#"clojars" {:username "${k.n('mkrol')}" :password "${x.alnum(40)}"}}}
 :dev {:env {:database-url "jdbc:postgresql://localhost/app?user=app&password=${x.cs()}"
             :session-key "${x.hex(32)}"}}}
`;
  }),
  doc('cred-edn-config-aero', ['credential-file', 'config-syntax', 'precision'], 'resources/config.edn', (k) => {
    const x = cx(k);
    return `{:http {:port #long #or [#env PORT 3000]}
 :db {:dbtype "postgresql"
      :host #or [#env DB_HOST "localhost"]
      :user "${k.n('kassa')}"
      :password #or [#env DB_PASSWORD "${x.words()}"]}
 :mail {:host "smtp.posteo.example" :user "${k.n('kassa@posteo.example')}" :pass "${x.season()}"}
 :secrets #include #join [#env HOME "/.secrets.edn"]
 :jwt {:secret #env JWT_SECRET}}
`;
  }),
  doc('cred-nextcloud-config-php', ['credential-file', 'config-syntax', 'precision'], 'nextcloud/config/config.php', (k) => {
    const x = cx(k);
    return `<?php
$CONFIG = array (
  'instanceid' => '${k.n('oc' + k.g.lower(10))}',
  'passwordsalt' => '${x.alnum(30)}',
  'secret' => '${k.s('token', k.g.base64(48).replace(/\+/g, '.'))}',
  'trusted_domains' =>
  array (
    0 => 'cloud.familie-nowak.example',
  ),
  'datadirectory' => '/var/www/html/data',
  'dbtype' => 'mysql',
  'version' => '29.0.4.1',
  'dbname' => 'nextcloud',
  'dbhost' => 'db',
  'dbuser' => 'oc_admin',
  'dbpassword' => '${x.gen()}',
  'mail_smtpname' => 'cloud@familie-nowak.example',
  'mail_smtppassword' => '${x.name()}',
  'redis' => array ('host' => 'redis', 'port' => 6379, 'password' => '${x.words()}'),
  'installed' => true,
);
`;
  }),
  doc('cred-json-in-string-values', ['credential-file', 'config-syntax'], 'deploy/task-definition.json', (k) => {
    const x = cx(k);
    return `{
  "family": "billing-worker",
  "containerDefinitions": [
    {
      "name": "worker",
      "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/billing:4.2.0",
      "environment": [
        { "name": "SPRING_APPLICATION_JSON", "value": "{\\"spring\\":{\\"datasource\\":{\\"password\\":\\"${x.gen()}\\"}}}" },
        { "name": "KAFKA_SASL_JAAS", "value": "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"billing\\" password=\\"${x.season(true)}\\";" },
        { "name": "FEATURE_FLAGS", "value": "{\\"newInvoice\\":true}" }
      ],
      "secrets": [
        { "name": "STRIPE_KEY", "valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:billing/stripe-${k.n(k.g.alnum(6))}" }
      ]
    }
  ]
}
`;
  }),
  doc('cred-kafka-server-properties', ['credential-file', 'config-syntax', 'precision'], 'config/kraft/server.properties', (k) => {
    const x = cx(k);
    return `process.roles=broker,controller
node.id=1
listeners=SASL_SSL://:9093,CONTROLLER://:9094
sasl.enabled.mechanisms=SCRAM-SHA-512,PLAIN
sasl.mechanism.inter.broker.protocol=PLAIN
listener.name.sasl_ssl.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\
    username="${k.n('admin')}" \\
    password="${x.gen()}" \\
    user_admin="${x.gen()}" \\
    user_connect="${x.kb(true)}";
ssl.keystore.location=/var/private/ssl/kafka.server.keystore.jks
ssl.keystore.password=${x.words()}
ssl.key.password=${x.words()}
ssl.truststore.location=/var/private/ssl/kafka.server.truststore.jks
ssl.truststore.password=${k.u('changeit')}
log.dirs=/var/lib/kafka/data
`;
  }),
  doc('cred-kibana-yml', ['credential-file', 'config-syntax', 'precision'], 'etc/kibana/kibana.yml', (k) => {
    const x = cx(k);
    return `server.host: "0.0.0.0"
server.publicBaseUrl: "https://kibana.logs.example"
elasticsearch.hosts: ["https://es01:9200", "https://es02:9200"]
elasticsearch.username: "${k.n('kibana_system')}"
elasticsearch.password: "${x.gen(true, 20)}"
elasticsearch.ssl.certificateAuthorities: [ "/etc/kibana/certs/ca.crt" ]
xpack.security.encryptionKey: "${x.alnum(32)}"
xpack.encryptedSavedObjects.encryptionKey: ${x.hex(32)}
xpack.reporting.encryptionKey: "${k.n('something_at_least_32_characters')}"
# elasticsearch.serviceAccountToken: "${k.ph()}"
`;
  }),
  doc('cred-odoo-conf-es', ['credential-file', 'config-syntax'], 'etc/odoo/odoo.conf', (k) => {
    const x = cx(k);
    return `[options]
; contraseña maestra para gestionar bases de datos (crear, duplicar, borrar)
admin_passwd = ${x.season(true)}
db_host = 127.0.0.1
db_port = 5432
db_user = ${k.n('odoo')}
; contraseña del usuario de postgres
db_password = ${x.name(true)}
addons_path = /opt/odoo/addons,/opt/odoo/extra-addons
xmlrpc_port = 8069
proxy_mode = True
smtp_server = smtp.ferreteria.example
smtp_user = ${k.n('facturas@ferreteria.example')}
smtp_password = ${x.words()}
`;
  }),
  doc('cred-zabbix-server-conf-ru', ['credential-file', 'config-syntax', 'precision'], 'etc/zabbix/zabbix_server.conf', (k) => {
    const x = cx(k);
    return `# Параметры подключения к базе данных
DBHost=localhost
DBName=zabbix
DBUser=zabbix
### Option: DBPassword
#	Пароль пользователя базы данных.
#	Comment this line if no password is used.
#
# Mandatory: no
# Default:
# DBPassword=
DBPassword=${x.kb(true)}
# пароль от старой базы: ${x.season(true)}
LogFile=/var/log/zabbix/zabbix_server.log
Timeout=4
TLSPSKIdentity=PSK 001
TLSPSKFile=/etc/zabbix/zabbix_server.psk
`;
  }),
  doc('cred-nacos-properties-zh', ['credential-file', 'config-syntax', 'precision'], 'conf/application.properties', (k) => {
    const x = cx(k);
    return `#*************** 数据源配置 ***************#
spring.datasource.platform=mysql
db.num=1
db.url.0=jdbc:mysql://10.0.8.21:3306/nacos_config?characterEncoding=utf8&connectTimeout=1000&useSSL=false
db.user.0=${k.n('nacos')}
db.password.0=${x.name(true)}

#*************** 鉴权 ***************#
nacos.core.auth.enabled=true
### 默认值不安全，请修改
nacos.core.auth.plugin.nacos.token.secret.key=${x.b64(44)}
nacos.core.auth.server.identity.key=serverIdentity
nacos.core.auth.server.identity.value=${x.alnum(16)}
# 示例: nacos.core.auth.default.token.secret.key=${k.n('SecretKey012345678901234567890123456789012345678901234567890123456789')}
`;
  }),
  doc('cred-home-assistant-secrets-ja', ['credential-file', 'config-syntax'], 'homeassistant/secrets.yaml', (k) => {
    const x = cx(k);
    return `# Home Assistant のシークレット (git に入れないこと!)
wifi_ssid: "Tanaka-Home"
wifi_password: "${x.words()}"
mqtt_user: ${k.n('homeassistant')}
mqtt_password: ${x.gen()}
# ルーターの管理者パスワード
router_password: ${x.kb(true)}
switchbot_token: ${x.hex(96)}
switchbot_secret: ${x.hex(32)}
latitude: 35.6895
longitude: 139.6917
`;
  }),
  doc('cred-application-local-yml-ko', ['credential-file', 'config-syntax'], 'src/main/resources/application-local.yml', (k) => {
    const x = cx(k);
    return `# 로컬 개발용 설정 (운영 비밀번호 넣지 마세요)
spring:
  datasource:
    url: jdbc:mariadb://localhost:3306/shop
    username: ${k.n('shop_dev')}
    password: ${x.name(true)}
  mail:
    host: smtp.naver.example
    username: ${k.n('dev.shop@naver.example')}
    password: ${x.gen(true, 12)}
kakao:
  rest-api-key: ${x.hex(32)}
  admin-key: ${x.hex(32)}
`;
  }),
  doc('cred-filezilla-sitemanager-xml', ['credential-file', 'precision'], 'AppData/Roaming/FileZilla/sitemanager.xml', (k) => {
    const x = cx(k);
    return `<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.1" platform="windows">
	<Servers>
		<Server>
			<Host>ftp.loja-do-ze.example</Host>
			<Port>21</Port>
			<Protocol>0</Protocol>
			<Type>0</Type>
			<User>${k.n('loja')}</User>
			<Pass encoding="base64">${k.s('password', x.b64s(k.raw.humanPassword(k.g)))}</Pass>
			<Logontype>1</Logontype>
			<Name>Loja - producao</Name>
		</Server>
		<Server>
			<Host>sftp.hospedagem.example</Host>
			<Port>22</Port>
			<Protocol>1</Protocol>
			<User>${k.n('ze')}</User>
			<Keyfile>C:\\Users\\ze\\.ssh\\id_ed25519</Keyfile>
			<Logontype>5</Logontype>
			<Name>Hospedagem</Name>
		</Server>
	</Servers>
</FileZilla3>
`;
  }),
  doc('cred-gh-hosts-yml', ['credential-file'], 'home/dev/.config/gh/hosts.yml', (k) => {
    return `github.com:
    users:
        pmartins:
            oauth_token: ${k.prov('githubOauth', 'github')}
    git_protocol: https
    user: ${k.n('pmartins')}
    oauth_token: ${k.prov('githubOauth', 'github')}
github.acme.example:
    user: ${k.n('pmartins')}
    git_protocol: ssh
`;
  }),
  doc('cred-pg-service-conf', ['credential-file', 'config-syntax'], 'home/gis/.pg_service.conf', (k) => {
    const x = cx(k);
    return `[qgis_prod]
host=gis-db.stadt.example
port=5432
dbname=geodaten
user=${k.n('qgis_editor')}
password=${x.leet()}
sslmode=require

[qgis_lesen]
host=gis-db.stadt.example
dbname=geodaten
user=${k.n('lesezugriff')}
password=${x.words()}
`;
  }),
  doc('cred-synapse-homeserver-yaml', ['credential-file', 'config-syntax', 'precision'], 'synapse/homeserver.yaml', (k) => {
    const x = cx(k);
    return `server_name: "matrix.verein.example"
pid_file: /data/homeserver.pid
listeners:
  - port: 8008
    tls: false
    type: http
    x_forwarded: true
    resources: [{names: [client, federation], compress: false}]
database:
  name: psycopg2
  args:
    user: ${k.n('synapse')}
    password: ${x.gen()}
    database: synapse
    host: postgres
registration_shared_secret: "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.~,;:^', 50))}"
macaroon_secret_key: "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.~,;:^', 50))}"
form_secret: "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.~,;:^', 50))}"
signing_key_path: "/data/matrix.verein.example.signing.key"
trusted_key_servers:
  - server_name: "matrix.org"
email:
  smtp_host: mail.verein.example
  smtp_user: ${k.n('matrix')}
  smtp_pass: ${x.season(true)}
`;
  }),
  doc('cred-git-config-extraheader', ['credential-file', 'config-syntax', 'http-auth'], 'home/ci/.gitconfig', (k) => {
    const x = cx(k);
    return `[user]
	name = CI Bot
	email = ci@acme.example
	signingkey = ${k.n(k.g.hex(16).toUpperCase())}
[http "https://dev.azure.com/"]
	extraheader = AUTHORIZATION: Basic ${x.basic('')}
[url "https://ci-bot:${x.cs()}@git.acme.example/"]
	insteadOf = https://git.acme.example/
[credential]
	helper = store
[commit]
	gpgsign = true
`;
  }),
  doc('cred-supervisord-conf', ['credential-file', 'config-syntax'], 'etc/supervisor/supervisord.conf', (k) => {
    const x = cx(k);
    return `[unix_http_server]
file=/var/run/supervisor.sock
chmod=0700

[inet_http_server]
port=*:9001
username=${k.n('admin')}
password=${x.kb(true)}

[supervisorctl]
serverurl=unix:///var/run/supervisor.sock
username=${k.n('admin')}
password={SHA}${k.n(k.g.hex(40))}

[program:worker]
command=/srv/app/venv/bin/celery -A app worker
environment=DJANGO_SETTINGS_MODULE="app.settings",DB_PASS="${x.name(true)}",BROKER_URL="redis://:${x.cs()}@127.0.0.1:6379/0"
`;
  }),
];
