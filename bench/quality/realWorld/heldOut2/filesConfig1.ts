// rw-held-out2 files part: application config in YAML, JSON, TOML, INI, .env, HCL, XML, .properties, nginx,
// Apache and HOCON, with secrets beside references, placeholders and public ids.
import type { RealWorldDoc } from '../types';
import { fdoc } from './filesKit';

export const FILES_CONFIG1_DOCS: RealWorldDoc[] = [
  fdoc(
    'dotenv-local-committed',
    ['config-syntax'],
    '.env.local',
    (k) => `# local overrides - DO NOT COMMIT
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${k.n('pk_test_' + k.g.alnum(99))}
STRIPE_SECRET_KEY=${k.prov('stripeTest', 'Stripe test secret key')}
STRIPE_WEBHOOK_SECRET=${k.prov('stripeWebhook', 'Stripe webhook secret')}
DATABASE_URL="postgresql://postgres:${k.cs()}@localhost:54322/postgres"
NEXTAUTH_SECRET=${k.tok(k.g.base64(32))}
NEXTAUTH_URL=http://localhost:3000
GOOGLE_CLIENT_ID=${k.n(k.g.digits(12) + '-' + k.g.lower(32) + '.apps.googleusercontent.com')}
GOOGLE_CLIENT_SECRET=${k.prov('googleOauthSecret', 'Google OAuth client secret')}
ANTHROPIC_API_KEY=${k.prov('anthropic', 'Anthropic')}
UPSTASH_REDIS_REST_TOKEN=${k.tok(k.g.base64url(60))}
SENTRY_AUTH_TOKEN=${k.prov('sentryAuth', 'Sentry user auth token')}
# SMTP_PASSWORD=
FEATURE_FLAGS=new-checkout,dark-mode
`,
  ),

  fdoc(
    'dotenv-example-placeholders',
    ['config-syntax', 'precision'],
    '.env.example',
    (k) => `# Copy to .env and fill in. Never put real values in this file.
APP_ENV=local
APP_KEY=${k.n('base64:')}
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=laravel
DB_USERNAME=root
DB_PASSWORD=${k.n('secret')}
REDIS_PASSWORD=${k.n('null')}
MAIL_PASSWORD=${k.n('your-mail-password')}
AWS_ACCESS_KEY_ID=${k.n('AKIAIOSFODNN7EXAMPLE')}
AWS_SECRET_ACCESS_KEY=${k.n('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}
PUSHER_APP_SECRET=${k.n('<pusher-secret>')}
STRIPE_SECRET=${k.n('sk_test_xxxxxxxxxxxxxxxxxxxxxxxx')}
GITHUB_TOKEN=${k.n('ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}
JWT_SECRET=${k.n('${JWT_SECRET}')}
OPENAI_API_KEY=${k.n('sk-...')}
`,
  ),

  fdoc(
    'yaml-app-config',
    ['config-syntax'],
    'config/production.yaml',
    (k) => `service:
  name: ledger
  port: 8443
  tls:
    cert: /etc/ledger/tls.crt
    key: /etc/ledger/tls.key

database:
  primary:
    dsn: "postgres://ledger:${k.cs()}@ledger-db-1.prod:5432/ledger?sslmode=verify-full"
  replica:
    host: ledger-db-2.prod
    user: ledger_ro
    password: '${k.hpw()}'

kafka:
  brokers: [kafka-a.prod:9094, kafka-b.prod:9094]
  sasl:
    mechanism: SCRAM-SHA-512
    username: ledger
    password: "${k.gpw()}"

auth:
  issuer: https://id.acme.example
  audience: ledger-api
  hmac_secret: ${k.tok()}
  password_min_length: 12

webhooks:
  - url: https://hooks.partner.example/ledger
    secret: ${k.tok(k.g.alnum(32))}
  - url: ${k.prov('slackWebhook', 'Slack incoming webhook')}
`,
  ),

  fdoc(
    'json-appsettings',
    ['config-syntax'],
    'src/Acme.Web/appsettings.Production.json',
    (k) => `{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Default": "Server=acme-sql.prod;Database=Acme;User Id=acme_web;Password=${k.cs()};TrustServerCertificate=True",
    "Redis": "acme-cache.redis.cache.windows.net:6380,password=${k.sec('connection-string', k.g.base64(44))},ssl=True,abortConnect=False"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "${k.nUuid()}",
    "ClientId": "${k.nUuid()}",
    "ClientSecret": "${k.prov('azureClientSecret', 'Azure AD client secret')}"
  },
  "Smtp": { "Host": "smtp.office365.com", "Port": 587, "User": "noreply@acme.example", "Password": "${k.hpw()}" },
  "ApplicationInsights": { "ConnectionString": "InstrumentationKey=${k.nUuid()};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" },
  "Jwt": { "Key": "${k.tok(k.g.base64(48))}", "Issuer": "acme-web" }
}
`,
  ),

  fdoc(
    'toml-cargo-app-config',
    ['config-syntax'],
    'config/settings.toml',
    (k) => `[server]
bind = "0.0.0.0:8080"
workers = 4

[database]
url = "mysql://app:${k.cs()}@10.1.4.20:3306/app"
max_connections = 32

[smtp]
host = "smtp.fastmail.com"
username = "alerts@acme.example"
password = "${k.gpw()}"

[integrations.github]
app_id = 422117
webhook_secret = "${k.tok()}"
private_key_path = "/run/secrets/github-app.pem"

[integrations.linear]
api_key = "${k.prov('linear', 'Linear')}"

[cache]
key_prefix = "v3:"
checksum = "${k.nSha()}"
`,
  ),

  fdoc(
    'ini-app-config',
    ['config-syntax'],
    'etc/inventory/inventory.ini',
    (k) => `; inventory service configuration
[general]
log_file = /var/log/inventory/app.log
debug = false

[mysql]
host = db1.dc2.acme.lan
user = inventory
passwd = ${k.hpw()}
database = inventory

[ldap]
uri = ldaps://ldap.acme.lan
bind_dn = cn=svc-inventory,ou=services,dc=acme,dc=lan
bind_password = ${k.gpw()}

[api]
token = ${k.tok()}
; old token kept for the cutover, remove after 2026-01-15
token_old = ${k.tok()}
token_header = ${k.n('X-Inventory-Token')}
`,
  ),

  fdoc(
    'hcl-nomad-job',
    ['config-syntax'],
    'jobs/api.nomad.hcl',
    (k) => `job "api" {
  datacenters = ["dc1"]
  type        = "service"

  group "api" {
    count = 3

    task "server" {
      driver = "docker"

      config {
        image = "registry.acme.internal/api:1.42.0"
        auth {
          username = "nomad-pull"
          password = "${k.gpw()}"
        }
      }

      env {
        DATABASE_URL = "postgres://api:${k.cs()}@pg.service.consul:5432/api"
        REDIS_URL    = "redis://redis.service.consul:6379"
        VAULT_TOKEN  = "${k.prov('vault', 'HashiCorp Vault token')}"
      }

      template {
        data        = "{{ with secret \\"kv/data/api\\" }}API_KEY={{ .Data.data.key }}{{ end }}"
        destination = "secrets/api.env"
        env         = true
      }
    }
  }
}
`,
  ),

  fdoc(
    'xml-hibernate-cfg',
    ['config-syntax'],
    'src/main/resources/hibernate.cfg.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
  "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
  <session-factory>
    <property name="hibernate.connection.driver_class">org.postgresql.Driver</property>
    <property name="hibernate.connection.url">jdbc:postgresql://pg-legacy:5432/crm</property>
    <property name="hibernate.connection.username">crm</property>
    <property name="hibernate.connection.password">${k.hpw()}</property>
    <property name="hibernate.dialect">org.hibernate.dialect.PostgreSQLDialect</property>
    <mapping class="com.acme.crm.Customer"/>
  </session-factory>
</hibernate-configuration>
`,
  ),

  fdoc(
    'xml-web-config',
    ['config-syntax'],
    'Web.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="CrmDb" connectionString="Data Source=SQLPROD01;Initial Catalog=Crm;User ID=crm_web;Password=${k.cs()};MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="SendGridApiKey" value="${k.prov('sendgrid', 'SendGrid')}" />
    <add key="PaymentGatewaySecret" value="${k.tok()}" />
    <add key="PasswordResetUrl" value="${k.n('https://crm.acme.example/account/reset?token={0}')}" />
    <add key="MachineKeyValidation" value="HMACSHA256" />
  </appSettings>
  <system.web>
    <machineKey validationKey="${k.tok(k.g.hex(128).toUpperCase())}" decryptionKey="${k.tok(k.g.hex(64).toUpperCase())}" validation="HMACSHA256" decryption="AES" />
    <authentication mode="Forms"><forms loginUrl="~/Account/Login" timeout="2880" /></authentication>
  </system.web>
</configuration>
`,
  ),

  fdoc(
    'java-properties',
    ['config-syntax'],
    'src/main/resources/application-prod.properties',
    (k) => `spring.application.name=payments
server.port=8443
spring.datasource.url=jdbc:oracle:thin:@//ora-prod.acme.lan:1521/PAYPDB
spring.datasource.username=PAYMENTS_APP
spring.datasource.password=${k.hpw()}
spring.mail.host=smtp.gmail.com
spring.mail.username=payments-noreply@acme.example
spring.mail.password=${k.sec('password', k.g.lower(4) + ' ' + k.g.lower(4) + ' ' + k.g.lower(4) + ' ' + k.g.lower(4))}
payments.adyen.api-key=${k.tok('AQE' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 90))}
payments.adyen.merchant-account=AcmeECOM
payments.adyen.hmac-key=${k.tok(k.g.hex(64).toUpperCase())}
management.endpoints.web.exposure.include=health,info
logging.pattern.console=%d{HH:mm:ss} %-5level %logger{36} - %msg%n
keystore.password=${k.pw()}
truststore.password=${k.u('changeit')}
`,
  ),

  fdoc(
    'nginx-site-conf',
    ['config-syntax'],
    'nginx/sites-available/admin.conf',
    (k) => `upstream admin_backend {
    server 127.0.0.1:9000;
}

server {
    listen 443 ssl http2;
    server_name admin.acme.example;

    ssl_certificate     /etc/letsencrypt/live/admin.acme.example/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/admin.acme.example/privkey.pem;

    auth_basic           "${k.n('Restricted')}";
    auth_basic_user_file /etc/nginx/.htpasswd;

    location /metrics/ {
        proxy_pass http://prometheus.internal:9090/;
        proxy_set_header Authorization "Basic ${k.basic('prom-reader')}";
    }

    location /api/ {
        proxy_pass http://admin_backend;
        proxy_set_header X-Api-Key "${k.tok()}";
        proxy_set_header X-Request-Id $request_id;
    }
}
`,
  ),

  fdoc(
    'apache-vhost-conf',
    ['config-syntax'],
    'apache/000-default.conf',
    (k) => `<VirtualHost *:80>
    ServerName intranet.acme.lan
    DocumentRoot /var/www/intranet

    <Location /reports>
        AuthType Basic
        AuthName "${k.n('Reports')}"
        AuthBasicProvider ldap
        AuthLDAPURL "ldap://dc01.acme.lan/ou=Users,dc=acme,dc=lan?sAMAccountName"
        AuthLDAPBindDN "CN=svc_apache,OU=Service,DC=acme,DC=lan"
        AuthLDAPBindPassword "${k.hpw()}"
        Require valid-user
    </Location>

    SetEnv DB_PASS "${k.gpw()}"
    RequestHeader set X-Forwarded-Proto "http"
    ErrorLog \${APACHE_LOG_DIR}/intranet_error.log
</VirtualHost>
`,
  ),

  fdoc(
    'hocon-application-conf',
    ['config-syntax'],
    'conf/application.conf',
    (k) => `play.http.secret.key = "${k.tok(k.g.base64(48))}"
play.http.secret.key = \${?APPLICATION_SECRET}

db.default {
  driver = org.postgresql.Driver
  url = "jdbc:postgresql://localhost/catalog"
  username = catalog
  password = "${k.hpw()}"
}

akka.persistence.cassandra {
  contact-points = ["cass-1:9042"]
  authentication {
    username = "akka"
    password = ${k.pw(k.r.generatedPassword(k.g).replace(/[^A-Za-z0-9]/g, ''))}
  }
}

s3 {
  access-key = \${?S3_ACCESS_KEY}
  secret-key = \${?S3_SECRET_KEY}
}
`,
  ),

  fdoc(
    'php-ini-and-msmtp',
    ['config-syntax', 'credential-file'],
    'docker/php/msmtprc',
    (k) => `# msmtp config for PHP's mail(): sendmail_path = "/usr/bin/msmtp -t"
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        ses
host           email-smtp.eu-west-1.amazonaws.com
port           587
from           noreply@acme.example
user           ${k.prov('awsKeyId', 'AWS access key id')}
password       ${k.tok(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 44))}

account default : ses
`,
  ),
];
