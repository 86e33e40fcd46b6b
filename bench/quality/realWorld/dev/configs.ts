// rw-dev: configuration files in every syntax (TOML, INI, HCL, XML, .properties, YAML, JSON, .env, vendor formats).
import type { RealWorldDoc } from '../types';
import { doc } from './kit';

export const CONFIG_DOCS: RealWorldDoc[] = [
  doc(
    'app-config-toml',
    ['config-syntax'],
    'config/production.toml',
    (k) => `# Production settings for the ingest worker
title = "ingest"

[server]
bind = "0.0.0.0:9000"
workers = 8

[database]
host = "pg-ingest.internal"
port = 5432
user = "ingest"
password = "${k.hpw()}"
pool_size = 20

[smtp]
host = "smtp.sendgrid.net"
user = "apikey"
pass = "${k.prov('sendgrid', 'SendGrid')}"

[s3]
bucket = "acme-ingest-raw"
region = "eu-central-1"
access_key = "${k.u(k.raw.p.awsId(k.g))}"
secret_key = "${k.prov('awsSecret', 'AWS secret access key')}"

[auth]
jwt_secret = '${k.tok()}'
token_ttl = "15m"
`,
  ),

  doc(
    'poetry-auth-toml',
    ['config-syntax', 'credential-file'],
    '.config/pypoetry/auth.toml',
    (k) => `[http-basic.acme-private]
username = "ci-publisher"
password = "${k.hpw()}"

[http-basic.gitlab]
username = "__token__"
password = "${k.prov('gitlab', 'GitLab')}"

[pypi-token]
pypi = "${k.prov('pypi', 'PyPI')}"
`,
  ),

  doc(
    'gitlab-runner-config',
    ['config-syntax', 'credential-file'],
    'etc/gitlab-runner/config.toml',
    (k) => `concurrent = 4
check_interval = 0
shutdown_timeout = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "docker-runner-01"
  url = "https://gitlab.acme.io/"
  id = 17
  token = "${k.prov('gitlabRunner', 'GitLab runner')}"
  token_obtained_at = 2024-02-11T10:12:03Z
  executor = "docker"
  [runners.cache]
    Type = "s3"
    [runners.cache.s3]
      ServerAddress = "minio.acme.internal:9000"
      AccessKey = "${k.tok(k.g.upper(20))}"
      SecretKey = "${k.tok(k.g.base64(40))}"
      BucketName = "runner-cache"
  [runners.docker]
    image = "alpine:3.19"
    privileged = false
    volumes = ["/cache"]
`,
  ),

  doc(
    'my-cnf',
    ['config-syntax', 'credential-file'],
    'home/dba/.my.cnf',
    (k) => `[client]
user=dba
password=${k.hpw()}
host=mysql-prod-01.internal

[mysqldump]
user=backup
password="${k.gpw()}"
single-transaction

[mysql]
prompt=\\u@\\h [\\d]>\\_
`,
  ),

  doc(
    'odbc-ini',
    ['config-syntax'],
    'etc/odbc.ini',
    (k) => `[ODBC Data Sources]
Warehouse = Snowflake
LegacyERP = SQL Server

[Warehouse]
Driver = /usr/lib/snowflake/odbc/lib/libSnowflake.so
Server = acme-eu.snowflakecomputing.com
UID = REPORTING_SVC
PWD = ${k.hpw()}
Database = ANALYTICS
Warehouse = REPORTING_WH

[LegacyERP]
Driver = ODBC Driver 18 for SQL Server
Server = sql-erp.corp.local
Database = ERP
UID = odbc_reader
Pwd = ${k.gpw()}
TrustServerCertificate = yes
`,
  ),

  doc(
    'supervisord-conf',
    ['config-syntax'],
    'deploy/supervisord.conf',
    (k) => `[unix_http_server]
file=/var/run/supervisor.sock

[inet_http_server]
port=0.0.0.0:9001
username=admin
password=${k.hpw()}

[supervisord]
logfile=/var/log/supervisord.log
nodaemon=true

[program:worker]
command=/app/venv/bin/celery -A app worker -l info
environment=BROKER_URL="amqp://worker:${k.cs()}@rabbit:5672//",C_FORCE_ROOT="false"
autorestart=true

[program:beat]
command=/app/venv/bin/celery -A app beat
`,
  ),

  doc(
    'alembic-ini',
    ['config-syntax'],
    'alembic.ini',
    (k) => `[alembic]
script_location = migrations
prepend_sys_path = .
# overridden by env.py from DATABASE_URL when set
sqlalchemy.url = postgresql+psycopg2://inventory:${k.cs()}@localhost:5432/inventory

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
`,
  ),

  doc(
    'terraform-providers',
    ['config-syntax'],
    'infra/terraform/main.tf',
    (k) => `terraform {
  required_providers {
    postgresql = { source = "cyrilgdn/postgresql", version = "~> 1.21" }
    grafana    = { source = "grafana/grafana", version = "~> 2.9" }
  }
  backend "s3" {
    bucket = "acme-tfstate"
    key    = "platform/terraform.tfstate"
    region = "eu-west-1"
  }
}

provider "postgresql" {
  host     = "pg-platform.internal"
  username = "terraform"
  password = "${k.hpw()}"
  sslmode  = "require"
}

provider "grafana" {
  url  = "https://grafana.acme.io"
  auth = "${k.prov('grafana', 'Grafana')}"
}

resource "postgresql_role" "app" {
  name     = "app"
  login    = true
  password = var.app_db_password
}

resource "aws_db_instance" "legacy" {
  identifier          = "legacy-mysql"
  engine              = "mysql"
  instance_class      = "db.t3.medium"
  username            = "admin"
  password            = "${k.gpw()}"
  skip_final_snapshot = true
}

resource "random_password" "api" {
  length  = 32
  special = false
}
`,
  ),

  doc(
    'consul-vault-hcl',
    ['config-syntax'],
    'deploy/nomad/jobs/api.nomad.hcl',
    (k) => `job "api" {
  datacenters = ["dc1"]
  type        = "service"

  group "api" {
    count = 3

    task "server" {
      driver = "docker"
      config {
        image = "registry.acme.io/api:1.42.0"
        auth {
          username = "nomad-pull"
          password = "${k.gpw()}"
        }
      }

      env {
        DB_PASSWORD  = "${k.hpw()}"
        CONSUL_TOKEN = "${k.tok(k.g.uuid())}"
      }

      template {
        data        = <<EOH
{{ with secret "kv/data/api" }}API_KEY={{ .Data.data.api_key }}{{ end }}
EOH
        destination = "secrets/app.env"
        env         = true
      }
    }
  }
}
`,
  ),

  doc(
    'web-config-xml',
    ['config-syntax'],
    'src/Acme.Portal/Web.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="PortalDb" connectionString="Data Source=sql-portal01;Initial Catalog=Portal;User ID=portal_app;Password=${k.cs()};MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />
    <add name="Audit" connectionString="Server=sql-audit;Database=Audit;Integrated Security=SSPI" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SmtpServer" value="mail.corp.local" />
    <add key="SmtpUser" value="portal@corp.local" />
    <add key="SmtpPassword" value="${k.hpw()}" />
    <add key="PaymentApiKey" value="${k.tok()}" />
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <machineKey validationKey="${k.tok(k.g.chars('0123456789ABCDEF', 128))}" decryptionKey="${k.tok(k.g.chars('0123456789ABCDEF', 64))}" validation="HMACSHA256" decryption="AES" />
  </system.web>
</configuration>
`,
  ),

  doc(
    'tomcat-users-context',
    ['config-syntax'],
    'tomcat/conf/tomcat-users.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="deployer" password="${k.hpw()}" roles="manager-script"/>
  <user username="ops" password="${k.gpw()}" roles="manager-gui"/>
  <!-- hashed entry for the monitoring user (digest=SHA-256 in server.xml) -->
  <user username="monitor" password="${k.n(`${k.g.hex(64)}$1$${k.g.hex(64)}`)}" roles="manager-status"/>
</tomcat-users>
`,
  ),

  doc(
    'tomcat-context-resource',
    ['config-syntax'],
    'tomcat/conf/context.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <Resource name="jdbc/HRDB" auth="Container" type="javax.sql.DataSource"
              maxTotal="50" maxIdle="10" maxWaitMillis="10000"
              username="hr_app" password="${k.hpw()}"
              driverClassName="oracle.jdbc.OracleDriver"
              url="jdbc:oracle:thin:@ora-hr01:1521/HRPRD"/>
    <Resource name="mail/Session" auth="Container" type="javax.mail.Session"
              mail.smtp.host="smtp.corp.local" mail.smtp.user="hr-noreply"
              password="${k.pw()}" mail.smtp.auth="true"/>
</Context>
`,
  ),

  doc(
    'hibernate-log4j-xml',
    ['config-syntax'],
    'src/main/resources/hibernate.cfg.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
  "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
  <session-factory>
    <property name="hibernate.connection.driver_class">com.mysql.cj.jdbc.Driver</property>
    <property name="hibernate.connection.url">jdbc:mysql://db-claims:3306/claims?useSSL=true</property>
    <property name="hibernate.connection.username">claims</property>
    <property name="hibernate.connection.password">${k.hpw()}</property>
    <property name="hibernate.dialect">org.hibernate.dialect.MySQL8Dialect</property>
    <property name="hibernate.hbm2ddl.auto">validate</property>
    <mapping class="com.acme.claims.Claim"/>
  </session-factory>
</hibernate-configuration>
`,
  ),

  doc(
    'spring-beans-xml',
    ['config-syntax'],
    'src/main/webapp/WEB-INF/applicationContext.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">

    <bean id="dataSource" class="org.apache.commons.dbcp2.BasicDataSource" destroy-method="close">
        <property name="driverClassName" value="org.postgresql.Driver"/>
        <property name="url" value="jdbc:postgresql://pg-legacy:5432/crm"/>
        <property name="username" value="crm"/>
        <property name="password" value="${k.hpw()}"/>
    </bean>

    <bean id="ldapContextSource" class="org.springframework.ldap.core.support.LdapContextSource">
        <property name="url" value="ldap://ldap.corp.local:389"/>
        <property name="userDn" value="cn=crm-bind,ou=svc,dc=corp,dc=local"/>
        <property name="password" value="${k.gpw()}"/>
    </bean>

    <bean id="ftpClient" class="com.acme.crm.export.FtpExporter">
        <property name="host" value="ftp.partner-example.com"/>
        <property name="user" value="acmecrm"/>
        <property name="pass" value="\${ftp.password}"/>
    </bean>
</beans>
`,
  ),

  doc(
    'ant-build-props',
    ['config-syntax'],
    'build.xml',
    (k) => `<?xml version="1.0"?>
<project name="legacy-portal" default="deploy" basedir=".">
  <property file="build.properties"/>
  <property name="tomcat.manager.url" value="http://tomcat01:8080/manager/text"/>
  <property name="tomcat.username" value="deployer"/>
  <property name="tomcat.password" value="${k.hpw()}"/>
  <property name="sign.storepass" value="${k.pw()}"/>

  <target name="deploy" depends="war">
    <deploy url="\${tomcat.manager.url}" username="\${tomcat.username}" password="\${tomcat.password}"
            path="/portal" war="dist/portal.war" update="true"/>
  </target>
</project>
`,
  ),

  doc(
    'unattend-xml',
    ['config-syntax'],
    'provisioning/windows/autounattend.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>${k.hpw()}</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
        <LocalAccounts>
          <LocalAccount wcm:action="add" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
            <Name>packer</Name>
            <Group>Administrators</Group>
            <Password>
              <Value>${k.hpw()}</Value>
              <PlainText>true</PlainText>
            </Password>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <AutoLogon>
        <Password><Value>${k.hpw()}</Value><PlainText>true</PlainText></Password>
        <Enabled>true</Enabled>
        <Username>packer</Username>
      </AutoLogon>
    </component>
  </settings>
</unattend>
`,
  ),

  doc(
    'spring-app-properties',
    ['config-syntax'],
    'src/main/resources/application-prod.properties',
    (k) => `spring.application.name=claims
server.port=8443
server.ssl.key-store=classpath:keystore.p12
server.ssl.key-store-password=${k.hpw()}
server.ssl.key-store-type=PKCS12

spring.datasource.url=jdbc:postgresql://pg-claims-prod:5432/claims
spring.datasource.username=claims
spring.datasource.password=${k.hpw()}
spring.datasource.hikari.maximum-pool-size=30

spring.mail.host=smtp.office365.com
spring.mail.username=claims@acme.example
spring.mail.password=${k.gpw()}

spring.security.oauth2.client.registration.azure.client-id=${k.n(k.g.uuid())}
spring.security.oauth2.client.registration.azure.client-secret=${k.prov('azureClientSecret', 'Azure AD client secret')}
spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="claims" password="${k.hpw()}";
management.endpoints.web.exposure.include=health,prometheus
logging.level.root=INFO
`,
  ),

  doc(
    'gradle-properties',
    ['config-syntax', 'credential-file'],
    'gradle.properties',
    (k) => `org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
org.gradle.parallel=true
android.useAndroidX=true
kotlin.code.style=official

# publishing to the internal Nexus
nexusUsername=android-ci
nexusPassword=${k.hpw()}

# signing
RELEASE_STORE_FILE=../keystores/release.jks
RELEASE_STORE_PASSWORD=${k.hpw()}
RELEASE_KEY_ALIAS=release
RELEASE_KEY_PASSWORD=${k.gpw()}

# GitHub Packages
gpr.user=acme-ci
gpr.key=${k.prov('githubClassic', 'GitHub')}
`,
  ),

  doc(
    'kafka-client-props',
    ['config-syntax'],
    'config/kafka/client.properties',
    (k) => `bootstrap.servers=pkc-4r297.europe-west1.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16))}' password='${k.tok(k.g.base64(64))}';
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all

# Schema Registry
schema.registry.url=https://psrc-8kz20.europe-west2.gcp.confluent.cloud
basic.auth.credentials.source=USER_INFO
basic.auth.user.info=${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16))}:${k.tok(k.g.base64(64))}
`,
  ),

  doc(
    'liquibase-flyway-props',
    ['config-syntax'],
    'db/liquibase.properties',
    (k) => `changeLogFile=db/changelog/db.changelog-master.yaml
url=jdbc:mysql://localhost:3306/loyalty
username=loyalty
password=${k.hpw()}
driver=com.mysql.cj.jdbc.Driver
# flyway (used by the batch module)
flyway.url=jdbc:postgresql://localhost:5432/loyalty_batch
flyway.user=batch
flyway.password=${k.weak()}
flyway.locations=filesystem:db/migration
`,
  ),

  doc(
    'yaml-flow-maps',
    ['config-syntax'],
    'config/services.yaml',
    (k) => `# one line per backend, flow style because the ops dashboard parses it
backends:
  orders: { host: pg-orders, port: 5432, user: orders, password: ${k.hpw()} }
  search: { url: "https://search.acme.io:9243", user: elastic, pass: "${k.gpw()}" }
  cache:  {host: redis-main, auth: ${k.gpw()}, db: 2}
  queue:  { url: "amqps://orders:${k.cs()}@mq.acme.io/orders" }
  mail:   { smtp: "smtp.mailgun.org", login: postmaster@mg.acme.io, key: "${k.prov('mailgun', 'Mailgun')}" }
  legacy: { host: erp, user: erp_ro, password: "{{ erp_password }}" }
timeouts: { connect: 5s, read: 30s }
`,
  ),

  doc(
    'ansible-group-vars',
    ['config-syntax'],
    'inventories/prod/group_vars/all.yml',
    (k) => `---
ntp_servers: [0.pool.ntp.org, 1.pool.ntp.org]
timezone: Europe/Berlin

mysql_root_password: ${k.hpw()}
mysql_users:
  - name: wordpress
    host: "%"
    password: "${k.hpw()}"
    priv: "wordpress.*:ALL"
  - name: exporter
    password: "{{ vault_mysql_exporter_password }}"
    priv: "*.*:PROCESS,REPLICATION CLIENT,SELECT"

ansible_become_password: ${k.hpw()}
grafana_security:
  admin_user: admin
  admin_password: "${k.gpw()}"
smtp_relay_pass: !vault |
  ${k.n(k.raw.ansibleVault(k.g).split('\n').join('\n  '))}
newrelic_license_key: ${k.prov('hex40', 'New Relic license key')}
`,
  ),

  doc('k8s-secret-data', ['config-syntax'], 'k8s/base/secret.yaml', (k) => {
    const pw = k.raw.humanPassword(k.g);
    const tok = k.raw.token(k.g);
    return `apiVersion: v1
kind: Secret
metadata:
  name: billing-secrets
  namespace: billing
type: Opaque
data:
  DB_USER: ${k.n(k.raw.b64('billing'))}
  DB_PASSWORD: ${k.s('password', k.raw.b64(pw))}
  API_TOKEN: ${k.s('token', k.raw.b64(tok))}
  REDIS_URL: ${k.s('connection-string', k.raw.b64(`redis://:${k.raw.generatedPassword(k.g).replace(/[@:/?#%]/g, '')}@redis:6379/0`))}
stringData:
  SMTP_PASSWORD: "${k.hpw()}"
  STRIPE_WEBHOOK_SECRET: ${k.prov('stripeWebhook', 'Stripe webhook secret')}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: billing
  namespace: billing
spec:
  template:
    spec:
      containers:
        - name: billing
          image: registry.acme.io/billing:3.1.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: billing-secrets, key: DB_PASSWORD }
            - name: FEATURE_FLAGS_KEY
              value: "${k.tok(k.g.hex(32))}"
`;
  }),

  doc(
    'rails-database-yml',
    ['config-syntax'],
    'config/database.yml',
    (k) => `default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: shop_development
  username: shop
  password: ${k.weak()}

test:
  <<: *default
  database: shop_test

staging:
  <<: *default
  host: pg-staging.internal
  database: shop_staging
  username: shop
  password: ${k.hpw()}

production:
  <<: *default
  url: <%= ENV["DATABASE_URL"] %>
  password: <%= ENV["SHOP_DATABASE_PASSWORD"] %>

reporting:
  adapter: mysql2
  host: mysql-reporting
  username: rails_ro
  password: "${k.gpw()}"
`,
  ),

  doc(
    'dotenv-mixed',
    ['config-syntax'],
    '.env.staging',
    (k) => `# staging environment — loaded by docker compose --env-file
APP_ENV=staging
APP_URL=https://stg.acme.io
APP_KEY=base64:${k.tok(k.g.base64(43) + '=')}

DB_CONNECTION=mysql
DB_HOST=mysql-stg
DB_PORT=3306
DB_DATABASE=acme
DB_USERNAME=acme
DB_PASSWORD=${k.hpw()}

REDIS_PASSWORD=${k.n('null')}
MAIL_MAILER=smtp
MAIL_HOST=smtp.postmarkapp.com
MAIL_USERNAME=${k.tok(k.g.uuid())}
MAIL_PASSWORD=${k.tok(k.g.uuid())}

AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
AWS_DEFAULT_REGION=eu-central-1

PUSHER_APP_ID=${k.n(k.g.digits(7))}
PUSHER_APP_KEY=${k.n(k.g.hex(20))}
PUSHER_APP_SECRET=${k.tok(k.g.hex(20))}

OPENAI_API_KEY=${k.prov('openaiProject', 'OpenAI')}
SENTRY_LARAVEL_DSN=${k.n(k.raw.sentryDsn(k.g))}
STRIPE_KEY=${k.n(k.raw.stripePublishable(k.g))}
STRIPE_SECRET=${k.prov('stripeSecret', 'Stripe')}
`,
  ),

  doc(
    'env-example-placeholders',
    ['config-syntax', 'precision'],
    '.env.example',
    (k) => `# Copy to .env and fill in. Never commit .env.
APP_ENV=local
APP_KEY=
DB_HOST=127.0.0.1
DB_USERNAME=root
DB_PASSWORD=${k.n('your_password_here')}
REDIS_PASSWORD=${k.n('null')}
MAIL_PASSWORD=${k.n('<smtp password>')}
STRIPE_SECRET=${k.n('sk_test_xxx')}
OPENAI_API_KEY=${k.n('sk-...')}
GITHUB_TOKEN=${k.n('ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX')}
JWT_SECRET=${k.n('change-me')}
SESSION_SECRET=${k.n('CHANGEME')}
SLACK_WEBHOOK_URL=${k.n('https://hooks.slack.com/services/XXX/YYY/ZZZ')}
ADMIN_PASSWORD=${k.n('********')}
SENTRY_DSN=
`,
  ),

  doc(
    'logstash-pipeline',
    ['config-syntax'],
    'logstash/pipeline/app.conf',
    (k) => `input {
  beats { port => 5044 }
  jdbc {
    jdbc_driver_class => "com.mysql.cj.jdbc.Driver"
    jdbc_connection_string => "jdbc:mysql://mysql-app:3306/app"
    jdbc_user => "logstash"
    jdbc_password => "${k.hpw()}"
    schedule => "*/5 * * * *"
    statement => "SELECT * FROM audit_log WHERE id > :sql_last_value"
  }
}
filter {
  json { source => "message" }
  mutate { remove_field => ["password", "authorization"] }
}
output {
  elasticsearch {
    hosts => ["https://es01:9200"]
    user => "logstash_writer"
    password => "${k.gpw()}"
    index => "app-%{+YYYY.MM.dd}"
  }
}
`,
  ),

  doc(
    'fluent-bit-conf',
    ['config-syntax'],
    'deploy/fluent-bit/fluent-bit.conf',
    (k) => `[SERVICE]
    Flush        5
    Log_Level    info
    Parsers_File parsers.conf

[INPUT]
    Name   tail
    Path   /var/log/containers/*.log
    Tag    kube.*

[OUTPUT]
    Name        es
    Match       kube.*
    Host        es.logging.svc
    Port        9200
    HTTP_User   fluent
    HTTP_Passwd ${k.hpw()}
    tls         On

[OUTPUT]
    Name        datadog
    Match       audit.*
    Host        http-intake.logs.datadoghq.eu
    apikey      ${k.prov('hex32', 'Datadog')}
    dd_service  audit
`,
  ),

  doc(
    'pgbouncer-haproxy',
    ['config-syntax', 'credential-file'],
    'deploy/pgbouncer/userlist.txt',
    (k) => `"pgbouncer" "${k.hpw()}"
"app" "${k.gpw()}"
"reporting" "${k.n(`md5${k.g.hex(32)}`)}"
"replicator" "${k.n(`SCRAM-SHA-256$4096:${k.g.base64(24)}$${k.g.base64(43)}=:${k.g.base64(43)}=`)}"
`,
  ),

  doc(
    'haproxy-cfg',
    ['config-syntax'],
    'deploy/haproxy/haproxy.cfg',
    (k) => `global
    log /dev/log local0
    maxconn 4096

defaults
    mode http
    timeout connect 5s
    timeout client  30s
    timeout server  30s

userlist stats_users
    user admin insecure-password ${k.hpw()}
    user viewer password ${k.n(k.raw.shaCrypt(k.g))}

frontend stats
    bind *:8404
    stats enable
    stats uri /stats
    stats auth ops:${k.hpw()}
    acl auth_ok http_auth(stats_users)
    http-request auth realm stats unless auth_ok

backend app
    balance roundrobin
    server app1 10.0.1.11:8080 check
    server app2 10.0.1.12:8080 check
`,
  ),

  doc(
    'grafana-gitea-ini',
    ['config-syntax'],
    'deploy/grafana/grafana.ini',
    (k) => `[server]
domain = grafana.acme.io
root_url = https://grafana.acme.io/

[database]
type = postgres
host = pg-grafana:5432
name = grafana
user = grafana
password = """${k.hpw()}"""

[security]
admin_user = admin
admin_password = ${k.hpw()}
secret_key = ${k.tok(k.g.alnum(16))}

[auth.generic_oauth]
enabled = true
client_id = grafana
client_secret = ${k.tok(k.g.alnum(32))}
auth_url = https://sso.acme.io/realms/acme/protocol/openid-connect/auth

[smtp]
enabled = true
host = smtp.acme.io:587
user = grafana@acme.io
password = \${SMTP_PASSWORD}
`,
  ),

  doc(
    'gitea-app-ini',
    ['config-syntax'],
    'gitea/conf/app.ini',
    (k) => `APP_NAME = Acme Git
RUN_MODE = prod

[database]
DB_TYPE  = mysql
HOST     = mysql:3306
NAME     = gitea
USER     = gitea
PASSWD   = \`${k.hpw()}\`

[security]
INSTALL_LOCK   = true
SECRET_KEY     = ${k.tok(k.g.alnum(64))}
INTERNAL_TOKEN = ${k.http(k.raw.jwt(k.g, { nbf: 1700000000 }))}

[oauth2]
JWT_SECRET = ${k.tok(k.g.base64url(43))}

[mailer]
ENABLED = true
SMTP_ADDR = smtp.acme.io
USER = git@acme.io
PASSWD = ${k.gpw()}
`,
  ),

  doc(
    'network-device-config',
    ['config-syntax'],
    'network/configs/core-sw01.cfg',
    (k) => `!
hostname core-sw01
!
enable secret 5 ${k.n(`$1$${k.g.alnum(4)}$${k.g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 22)}`)}
!
username netadmin privilege 15 password 0 ${k.hpw()}
username backup privilege 1 secret 9 ${k.n(`$9$${k.g.base64(14)}$${k.g.base64(43)}`)}
!
snmp-server community ${k.pw(k.g.pick(['N0c', 'Mon', 'Acm']) + k.g.alnum(9))} RO 10
snmp-server community ${k.n('public')} RO
!
tacacs server ISE
 address ipv4 10.0.0.50
 key 7 ${k.n(k.g.chars('0123456789ABCDEF', 20))}
!
radius server NPS
 address ipv4 10.0.0.51 auth-port 1812 acct-port 1813
 key ${k.gpw()}
!
line vty 0 4
 transport input ssh
!
end
`,
  ),

  doc(
    'strongswan-wireguard',
    ['config-syntax', 'credential-file'],
    'etc/ipsec.secrets',
    (k) => `# ipsec.secrets - strongSwan IPsec secrets file
# site-to-site tunnel to the Hamburg office
203.0.113.10 198.51.100.20 : PSK "${k.passphrase()}"
# road warriors (EAP)
jdoe : EAP "${k.hpw()}"
msmith : EAP "${k.hpw()}"
# server certificate key
: RSA ${k.n('/etc/ipsec.d/private/vpn-gw.key.pem')}
`,
  ),

  doc(
    'wireguard-conf',
    ['config-syntax', 'credential-file'],
    'etc/wireguard/wg0.conf',
    (k) => `[Interface]
Address = 10.66.0.1/24
ListenPort = 51820
PrivateKey = ${k.s('private-key', k.g.base64(43) + '=')}
PostUp = iptables -A FORWARD -i wg0 -j ACCEPT

[Peer]
# laptop-anna
PublicKey = ${k.n(k.g.base64(43) + '=')}
PresharedKey = ${k.tok(k.g.base64(43) + '=')}
AllowedIPs = 10.66.0.2/32

[Peer]
# laptop-ben
PublicKey = ${k.n(k.g.base64(43) + '=')}
AllowedIPs = 10.66.0.3/32
`,
  ),

  doc(
    'networkmanager-netplan',
    ['config-syntax'],
    'provisioning/kiosk/netplan.yaml',
    (k) => `network:
  version: 2
  renderer: NetworkManager
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "Acme-Warehouse":
          password: "${k.hpw()}"
        "Acme-Office":
          auth:
            key-management: eap
            method: peap
            identity: "kiosk@acme.example"
            password: "${k.gpw()}"
`,
  ),

  doc(
    'jupyter-config',
    ['config-syntax', 'precision'],
    '.jupyter/jupyter_server_config.py',
    (k) => `# Configuration file for jupyter-server.
c = get_config()  # noqa

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
# hashed password (argon2), generated with jupyter server password
c.PasswordIdentityProvider.hashed_password = "${k.n(`argon2:${k.raw.argon2(k.g)}`)}"
# token auth for the shared team box
c.IdentityProvider.token = "${k.tok(k.g.hex(48))}"
c.ServerApp.allow_origin = "*"
`,
  ),

  doc(
    'home-assistant-secrets',
    ['config-syntax', 'credential-file'],
    'homeassistant/secrets.yaml',
    (k) => `# Use this file to store secrets like usernames and passwords.
home_latitude: 52.52
home_longitude: 13.40
mqtt_username: homeassistant
mqtt_password: ${k.hpw()}
router_password: "${k.hpw()}"
spotify_client_secret: ${k.tok(k.g.hex(32))}
telegram_bot_token: ${k.prov('telegram', 'Telegram bot token')}
nest_client_id: ${k.n(`${k.g.digits(12)}-${k.g.lower(32)}.apps.googleusercontent.com`)}
`,
  ),

  doc(
    'mosquitto-and-snmp',
    ['config-syntax'],
    'deploy/iot/mosquitto.conf',
    (k) => `listener 8883
cafile /mosquitto/config/ca.crt
certfile /mosquitto/config/server.crt
keyfile /mosquitto/config/server.key
allow_anonymous false
password_file /mosquitto/config/passwd

# bridge to the cloud broker
connection cloud-bridge
address broker.iot-example.com:8883
remote_username acme-gateway-07
remote_password ${k.gpw()}
topic sensors/# out 1
bridge_cafile /mosquitto/config/cloud-ca.crt
`,
  ),

  doc(
    'serverless-yml',
    ['config-syntax'],
    'services/notifier/serverless.yml',
    (k) => `service: notifier
frameworkVersion: '3'

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  environment:
    STAGE: \${sls:stage}
    TWILIO_ACCOUNT_SID: ${k.n(`AC${k.g.hex(32)}`)}
    TWILIO_AUTH_TOKEN: ${k.prov('hex32', 'Twilio auth token')}
    TWILIO_API_KEY: ${k.prov('twilioKeySid', 'Twilio API key')}
    SLACK_BOT_TOKEN: ${k.prov('slackBot', 'Slack')}
    DB_PASSWORD: \${ssm:/notifier/\${sls:stage}/db_password}
    MAPBOX_TOKEN: ${k.n(`pk.${k.raw.b64url(JSON.stringify({ u: 'acme', a: k.g.alnum(25) }))}.${k.g.base64url(22)}`)}

functions:
  send:
    handler: src/send.handler
    events:
      - sqs: arn:aws:sqs:eu-west-1:${k.n(k.g.digits(12))}:notifications
`,
  ),

  doc(
    'cloudformation-params',
    ['config-syntax', 'precision'],
    'infra/cfn/rds.yaml',
    (k) => `AWSTemplateFormatVersion: '2010-09-09'
Description: Reporting database
Parameters:
  DBUser:
    Type: String
    Default: reporting
  DBPassword:
    Type: String
    NoEcho: true
    Default: ${k.hpw()}
Resources:
  ReportingDB:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t3.medium
      AllocatedStorage: '100'
      MasterUsername: !Ref DBUser
      MasterUserPassword: !Ref DBPassword
  ReplicaDB:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      MasterUsername: replica
      MasterUserPassword: '{{resolve:secretsmanager:reporting/replica:SecretString:password}}'
`,
  ),

  doc(
    'escaped-json-strings',
    ['config-syntax'],
    'deploy/ecs/task-definition.json',
    (k) => `{
  "family": "exporter",
  "containerDefinitions": [
    {
      "name": "exporter",
      "image": "registry.acme.io/exporter:2.0.4",
      "environment": [
        { "name": "TARGETS", "value": "[{\\"host\\":\\"db1\\",\\"user\\":\\"exp\\",\\"password\\":\\"${k.hpw()}\\"},{\\"host\\":\\"db2\\",\\"user\\":\\"exp\\",\\"password\\":\\"${k.gpw()}\\"}]" },
        { "name": "CREDENTIALS_JSON", "value": "{\\"client_id\\":\\"exporter\\",\\"client_secret\\":\\"${k.tok(k.g.alnum(40))}\\"}" },
        { "name": "LOG_LEVEL", "value": "info" }
      ],
      "secrets": [
        { "name": "API_KEY", "valueFrom": "arn:aws:secretsmanager:eu-west-1:${k.n(k.g.digits(12))}:secret:exporter/api-key" }
      ]
    }
  ]
}
`,
  ),

  doc(
    'secretsmanager-output',
    ['config-syntax', 'logs-and-output'],
    'notes/aws-secret-dump.txt',
    (k) => `$ aws secretsmanager get-secret-value --secret-id prod/reporting/db
{
    "ARN": "arn:aws:secretsmanager:eu-west-1:${k.n(k.g.digits(12))}:secret:prod/reporting/db-${k.n(k.g.alnum(6))}",
    "Name": "prod/reporting/db",
    "VersionId": "${k.n(k.g.uuid())}",
    "SecretString": "{\\"username\\":\\"reporting\\",\\"password\\":\\"${k.gpw()}\\",\\"engine\\":\\"postgres\\",\\"host\\":\\"reporting.cluster-${k.n(k.g.lower(12))}.eu-west-1.rds.amazonaws.com\\",\\"port\\":5432}",
    "VersionStages": ["AWSCURRENT"],
    "CreatedDate": "2024-03-01T10:22:31.120000+01:00"
}
`,
  ),

  doc(
    'appsettings-prod',
    ['config-syntax'],
    'src/Acme.Billing/appsettings.Production.json',
    (k) => `{
  "ConnectionStrings": {
    "Billing": "Host=pg-billing.internal;Port=5432;Database=billing;Username=billing_app;Password=${k.cs()};SSL Mode=Require",
    "ServiceBus": "Endpoint=sb://acme-billing.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${k.prov('azureStorageKey', 'Azure Service Bus key')}",
    "Storage": "DefaultEndpointsProtocol=https;AccountName=acmebilling;AccountKey=${k.prov('azureStorageKey', 'Azure Storage account key')};EndpointSuffix=core.windows.net"
  },
  "Invoicing": {
    "PdfServiceUrl": "https://pdf.internal",
    "PdfServiceApiKey": "${k.tok()}"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "${k.n(k.g.uuid())}",
    "ClientId": "${k.n(k.g.uuid())}",
    "ClientSecret": "${k.prov('azureClientSecret', 'Azure AD client secret')}"
  },
  "ApplicationInsights": { "ConnectionString": "InstrumentationKey=${k.n(k.g.uuid())};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" }
}
`,
  ),

  doc(
    'nextcloud-config-php',
    ['config-syntax'],
    'nextcloud/config/config.php',
    (k) => `<?php
$CONFIG = array (
  'instanceid' => '${k.n(k.g.lower(12))}',
  'passwordsalt' => '${k.tok(k.g.alnum(30))}',
  'secret' => '${k.tok(k.g.base64(48))}',
  'trusted_domains' => array (0 => 'cloud.acme.io'),
  'datadirectory' => '/var/www/html/data',
  'dbtype' => 'mysql',
  'version' => '28.0.4.1',
  'dbname' => 'nextcloud',
  'dbhost' => 'db',
  'dbuser' => 'nextcloud',
  'dbpassword' => '${k.hpw()}',
  'mail_smtpname' => 'cloud@acme.io',
  'mail_smtppassword' => '${k.hpw()}',
  'redis' => array ('host' => 'redis', 'port' => 6379, 'password' => '${k.gpw()}'),
  'installed' => true,
);
`,
  ),
];
