// rw-dev10 app part: config syntaxes (YAML, TOML, INI, HCL, XML, JSON with escaped JSON, .env variants, Helm values).
import type { RealWorldDoc } from '../types';
import { adoc } from './appValues';

export const APP_CONFIG_DOCS: RealWorldDoc[] = [
  adoc(
    'helm-values-prod',
    ['config-syntax'],
    'charts/checkout/values-prod.yaml',
    (k) => `replicaCount: 3
image:
  repository: registry.brightline.io/checkout
  tag: "${k.n('2.14.1')}"
  pullPolicy: IfNotPresent

imagePullSecrets:
  - name: ${k.n('regcred')}

env:
  - name: SPRING_PROFILES_ACTIVE
    value: prod
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef: { name: checkout-db, key: ${k.n('password')} }
  - name: ADYEN_API_KEY
    value: "${k.tok('AQE' + k.g.base64(100))}"
  - name: ADYEN_HMAC_KEY
    value: "${k.tok(k.g.hex(64).toUpperCase())}"
  - name: FEATURE_TOGGLE_TOKEN
    value: ${k.tok(k.g.uuid())}

postgresql:
  auth:
    username: checkout
    password: "${k.hpw()}"
    postgresPassword: "${k.gpw()}"
    database: checkout

redis:
  auth:
    enabled: true
    password: ${k.letters()}

ingress:
  annotations:
    nginx.ingress.kubernetes.io/auth-secret: ${k.n('basic-auth')}
    nginx.ingress.kubernetes.io/auth-realm: "${k.n('Authentication Required - checkout')}"
`,
  ),

  adoc(
    'docker-compose-dev',
    ['config-syntax', 'defaults-in-code'],
    'docker-compose.yml',
    (k) => `version: "3.9"
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: kedi
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:-${k.hpw()}}
      POSTGRES_DB: kedi
    volumes: [pgdata:/var/lib/postgresql/data]

  minio:
    image: minio/minio
    command: server /data --console-address ":9001"
    environment:
      - MINIO_ROOT_USER=kedi-admin
      - MINIO_ROOT_PASSWORD=${k.gpw()}

  keycloak:
    image: quay.io/keycloak/keycloak:24.0
    environment:
      KEYCLOAK_ADMIN: admin
      KEYCLOAK_ADMIN_PASSWORD: "${k.hpw()}"
      KC_DB_PASSWORD: ${k.n('${KC_DB_PASSWORD}')}

  api:
    build: .
    env_file: .env
    environment:
      JWT_SECRET: "\${JWT_SECRET:-${k.tok(k.g.alnum(40))}}"
      GRAFANA_API_KEY: ${k.pv('grafana', 'glsa_' + k.g.alnum(32) + '_' + k.g.hex(8))}
    depends_on: [db, minio]

volumes:
  pgdata:
`,
  ),

  adoc(
    'toml-app-config',
    ['config-syntax'],
    'config/production.toml',
    (k) => `# Produktionskonfiguration für den Abrechnungsdienst
[server]
bind = "0.0.0.0:8080"
workers = 8

[database]
url = "postgres://abrechnung:${k.cs()}@pg-prod.halden.local/abrechnung"
max_connections = 40

[smtp]
host = "smtp.strato.de"
user = "rechnung@halden-shop.de"
password = '${k.hpw()}'

[datev]
client_id = "${k.n(k.g.uuid())}"
client_secret = "${k.tok(k.g.alnum(32))}"

[[webhooks]]
name = "shopify"
secret = "${k.tok(k.g.hex(64))}"

[[webhooks]]
name = "billbee"
secret = "${k.tok(k.g.base64(32))}"
`,
  ),

  adoc(
    'ini-php-app',
    ['config-syntax'],
    'config/app.ini',
    (k) => `; Konfiguration – NICHT ins Repo (steht in .gitignore... eigentlich)
[database]
host     = localhost
dbname   = vereinsverwaltung
user     = verein
password = "${k.hpw()}"

[mail]
smtp_host = smtp.ionos.de
smtp_user = kasse@sv-grün-weiss.de
smtp_pass = ${k.hpw()}

[paypal]
mode = live
client_id = ${k.n('A' + k.g.base64url(79))}
secret = ${k.tok('E' + k.g.base64url(79))}

[admin]
; PIN für das Kassenterminal
kassen_pin = ${k.pin()}
`,
  ),

  adoc(
    'hcl-tfvars',
    ['config-syntax'],
    'infra/envs/prod/terraform.tfvars',
    (k) => `project        = "solace-prod"
region         = "europe-west3"
db_tier        = "db-custom-4-16384"
db_password    = "${k.hpw()}"
grafana_admin  = "admin"
grafana_admin_password = "${k.gpw()}"
cloudflare_api_token = "${k.tok(k.g.base64url(40))}"
datadog_api_key = "${k.tok(k.g.hex(32))}"
datadog_app_key = "${k.tok(k.g.hex(40))}"
ssh_pubkey = "${k.n('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + k.g.base64(43) + ' deploy@solace')}"
allowed_cidrs = ["10.0.0.0/8", "192.168.10.0/24"]
`,
  ),

  adoc(
    'hcl-provider-block',
    ['config-syntax', 'code'],
    'infra/modules/monitoring/main.tf',
    (k) => `terraform {
  required_providers {
    grafana = { source = "grafana/grafana", version = "~> 2.9" }
  }
}

provider "grafana" {
  url  = "https://grafana.solace.app"
  auth = "admin:${k.hpw()}"
}

variable "pagerduty_token" {
  type      = string
  sensitive = true
  default   = "${k.tok(k.g.alnum(20))}"
}

resource "grafana_contact_point" "oncall" {
  name = "oncall"
  webhook {
    url                 = "https://oncall.solace.app/hook"
    authorization_credentials = "${k.tok(k.g.hex(48))}"
  }
}

resource "random_password" "db" {
  length  = 24
  special = true
}
output "db_password" { value = ${k.n('random_password.db.result')}, sensitive = true }
`,
  ),

  adoc(
    'json-escaped-json',
    ['config-syntax'],
    'deploy/ecs/task-definition.json',
    (k) => `{
  "family": "ingest-worker",
  "containerDefinitions": [
    {
      "name": "worker",
      "image": "${k.n('123456789012')}.dkr.ecr.eu-west-1.amazonaws.com/ingest:latest",
      "environment": [
        { "name": "APP_CONFIG", "value": "{\\"db\\":{\\"user\\":\\"ingest\\",\\"password\\":\\"${k.hpw()}\\"},\\"queue\\":{\\"token\\":\\"${k.tok(k.g.hex(40))}\\"}}" },
        { "name": "LOG_LEVEL", "value": "info" },
        { "name": "CLICKHOUSE_PASSWORD", "value": "${k.gpw()}" }
      ],
      "secrets": [
        { "name": "STRIPE_KEY", "valueFrom": "${k.n('arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-key-AbCdEf')}" }
      ]
    }
  ]
}
`,
  ),

  adoc(
    'json-appconfig-nested',
    ['config-syntax', 'precision'],
    'config/default.json',
    (k) => `{
  "app": { "name": "mandalina", "port": 3000, "locale": "tr" },
  "auth": {
    "passwordMinLength": 10,
    "passwordField": "${k.n('sifre')}",
    "sessionSecret": "${k.tok(k.g.alnum(32))}",
    "cookieName": "${k.n('mnd.sid')}",
    "totpIssuer": "Mandalina"
  },
  "db": { "uri": "mongodb://mandalina:${k.cs()}@mongo-1:27017,mongo-2:27017/mandalina?replicaSet=rs0" },
  "sms": { "provider": "netgsm", "usercode": "8503051234", "password": "${k.pin()}" },
  "cdn": { "publicKey": "${k.n(k.g.hex(24))}", "privateKey": "${k.tok(k.g.hex(48))}" }
}
`,
  ),

  adoc(
    'env-example-and-real',
    ['config-syntax', 'precision'],
    'api/.env',
    (k) => `# copied from .env.example and filled in for the staging box
NODE_ENV=staging
PORT=4000
DATABASE_URL=postgresql://api:${k.cs()}@staging-db:5432/api
REDIS_URL=redis://localhost:6379
JWT_SECRET=${k.tok(k.g.base64url(64))}
JWT_SECRET_OLD=${k.ph()}
SMTP_PASS='${k.phrase()}'
OPENAI_API_KEY=${k.prov('openai', 'openai')}
# OPENAI_API_KEY=${k.n('sk-...')}
S3_SECRET=${k.n('${S3_SECRET_FROM_VAULT}')}
export HMAC_SIGNING_KEY=${k.tok(k.g.hex(32))}
ADMIN_PIN = ${k.pin()}
`,
  ),

  adoc(
    'envrc-direnv',
    ['config-syntax', 'credential-file'],
    '.envrc',
    (k) => `# direnv - loaded automatically in this folder
use nix
export AWS_PROFILE=solace-dev
export PGPASSWORD=${k.hpw()}
export TYPESENSE_API_KEY="${k.tok(k.g.alnum(32))}"
export VAULT_ADDR=https://vault.solace.app
export VAULT_TOKEN=${k.n('$(cat ~/.vault-token)')}
export LOCAL_ENCRYPTION_KEY='${k.b64(44)}'
export CYPRESS_PASSWORD="${k.hpw()}"
`,
  ),

  adoc(
    'xml-hibernate',
    ['config-syntax'],
    'src/main/resources/hibernate.cfg.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN" "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
  <session-factory>
    <property name="hibernate.connection.driver_class">org.postgresql.Driver</property>
    <property name="hibernate.connection.url">jdbc:postgresql://db01:5432/biblioteca</property>
    <property name="hibernate.connection.username">biblio</property>
    <property name="hibernate.connection.password">${k.hpw()}</property>
    <property name="hibernate.dialect">org.hibernate.dialect.PostgreSQLDialect</property>
    <property name="hibernate.show_sql">false</property>
  </session-factory>
</hibernate-configuration>
`,
  ),

  adoc(
    'yaml-app-multi-lang',
    ['config-syntax'],
    'config/settings.yaml',
    (k) => `# 配置文件 — 生产环境
server:
  port: 9000
数据库:
  主机: 10.1.2.30
  用户名: shop
  密码: ${k.hpw()}
redis:
  地址: 10.1.2.31:6379
  密码: "${k.gpw()}"
微信支付:
  商户号: "${k.n(k.g.digits(10))}"
  api_v3_key: ${k.tok(k.g.alnum(32))}
  证书序列号: ${k.n(k.g.hex(40).toUpperCase())}
阿里云短信:
  access_key_id: ${k.u('LTAI' + k.g.alnum(20))}
  access_key_secret: ${k.tok(k.g.alnum(30))}
`,
  ),

  adoc(
    'supervisord-conf',
    ['config-syntax'],
    'deploy/supervisord.conf',
    (k) => `[unix_http_server]
file=/var/run/supervisor.sock

[inet_http_server]
port=127.0.0.1:9001
username=supervisor
password=${k.hpw()}

[program:queue-worker]
command=php /var/www/artisan queue:work --tries=3
environment=APP_ENV="production",QUEUE_PASSWORD="${k.gpw()}",PUSH_TOKEN="${k.tok(k.g.hex(40))}"
autostart=true
autorestart=true
user=www-data
`,
  ),

  adoc(
    'appsettings-dev-json-comments',
    ['config-syntax', 'precision'],
    'src/Api/appsettings.Development.json',
    (k) => `{
  // local development only
  "ConnectionStrings": {
    "Default": "Server=(localdb)\\\\mssqllocaldb;Database=Halden_Dev;Trusted_Connection=True;"
  },
  "Jwt": {
    "SigningKey": "${k.n('dev-signing-key-do-not-use-in-prod')}"
  },
  "Seed": {
    "AdminEmail": "admin@halden.local",
    "AdminPassword": "${k.hpw()}"
  },
  "ReCaptcha": { "SiteKey": "${k.n('6L' + k.g.base64url(38))}", "Secret": "${k.n('<from user-secrets>')}" }
}
`,
  ),
];
