// rw-dev8 tok: config files in every syntax (.env, YAML, TOML, INI, .properties, XML, JSON, HCL/tfvars, plist,
// nginx/HAProxy-like), each with the settings around the keys that real files have, and a few references and
// placeholders under the same names.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { tv, type T } from './tokValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (t: T) => string) => doc(`dev8-tok-${id}`, areas, path, (k) => fn(tv(k)));
const CS: RealWorldArea[] = ['config-syntax'];
const CSP: RealWorldArea[] = ['config-syntax', 'precision'];

export const CONFIG_DOCS: RealWorldDoc[] = [
  d(
    'dotenv-app',
    CS,
    '.env',
    (t) => `NODE_ENV=production
PORT=8080
LOG_LEVEL=info
DATABASE_HOST=db.internal
DATABASE_PORT=5432
REDIS_URL=redis://cache:6379/0
API_KEY=${t.hex(32)}
API_BASE_URL=https://api.partner.io/v2
MAPS_API_KEY=${t.b62(39)}
WEBHOOK_SECRET=${t.b64u(43)}
SESSION_SECRET=${t.hex(64)}
SENTRY_ENVIRONMENT=production
FEATURE_NEW_CHECKOUT=${t.flag()}
BUILD_SHA=${t.sha()}
`,
  ),
  d(
    'dotenv-local-quoted',
    CSP,
    'services/billing/.env.local',
    (t) => `# local overrides — do not commit (oops)
APP_NAME="billing"
APP_URL="http://localhost:3000"
PAYMENT_GATEWAY_TOKEN="${t.b62(40)}"
INVOICE_API_KEY='${t.uuid()}'
EXCHANGE_RATES_APIKEY=${t.low(32)}
# public key for verifying webhooks, fine to share
WEBHOOK_PUBLIC_KEY="${t.n('MCowBQYDK2VwAyEA' + t.b64Raw(32).slice(0, 43))}"
SMTP_HOST=localhost
SMTP_PORT=1025
TRACE_SAMPLE_RATE=0.1
STAGING_API_KEY=${t.ph()}
`,
  ),
  d(
    'dotenv-example-and-real',
    CSP,
    'apps/web/.env.production',
    (t) => `NEXT_PUBLIC_SITE_URL=https://www.shopfront.dev
NEXT_PUBLIC_ANALYTICS_ID=${t.n('G-' + t.alnum(10).toUpperCase())}
NEXT_PUBLIC_SEARCH_APP_ID=${t.n(t.alnum(10).toUpperCase())}
SEARCH_ADMIN_KEY=${t.hex(32)}
CMS_PREVIEW_SECRET=${t.b62(24)}
CMS_ACCESS_TOKEN=${t.b64u(43)}
REVALIDATE_TOKEN=${t.dash()}
IMAGE_CDN_KEY=${t.HEX(32)}
NEXTAUTH_URL=https://www.shopfront.dev
NEXTAUTH_SECRET=${t.b64(32)}
`,
  ),
  d(
    'yaml-app-config',
    CS,
    'config/application.yml',
    (t) => `server:
  port: 8443
  ssl:
    enabled: ${t.flag()}
spring:
  application:
    name: orders
  datasource:
    url: jdbc:postgresql://pg.internal:5432/orders
    username: orders
integrations:
  shipping:
    base-url: https://api.shipfast.example/v3
    api-key: ${t.b62(32)}
    timeout: 5s
  tax:
    endpoint: https://tax.example/v1
    client-id: ${t.n(t.uuidRaw())}
    client-secret: ${t.b64u(40)}
  search:
    token: "${t.hex(40)}"
management:
  endpoints:
    web:
      exposure:
        include: health,info
`,
  ),
  d(
    'yaml-helm-values',
    CSP,
    'deploy/charts/gateway/values-prod.yaml',
    (t) => `replicaCount: 3
image:
  repository: registry.acme.dev/gateway
  tag: ${t.short()}
  digest: ${t.digest()}
auth:
  jwtSigningKey: ${t.b64(48)}
  internalToken: '${t.low(40)}'
  adminApiKey: ${t.n('{{ .Values.global.adminKey }}')}
rateLimit:
  enabled: true
  redisPassword: ""
upstreams:
  - name: catalog
    url: http://catalog:8080
    apiKey: ${t.uuid()}
  - name: pricing
    url: http://pricing:8080
    apiKey: ${t.ref()}
podAnnotations:
  checksum/config: ${t.sha256()}
`,
  ),
  d(
    'toml-app',
    CS,
    'config/production.toml',
    (t) => `[server]
host = "0.0.0.0"
port = 9000
workers = 4

[database]
url = "postgres://app@pg.internal/app"
pool_size = 20

[mailer]
provider = "smtp-relay"
api_key = "${t.b62(36)}"
from = "noreply@acme.dev"

[auth]
secret_key = "${t.hex(64)}"
token_ttl = 3600
issuer = "https://auth.acme.dev"

[telemetry]
endpoint = "https://otel.acme.dev:4317"
headers = { "x-honeycomb-team" = "${t.hdr()}" }
sample_ratio = 0.05
`,
  ),
  d(
    'cargo-config-toml',
    CSP,
    '.cargo/config.toml',
    (t) => `[build]
rustflags = ["-C", "target-cpu=native"]

[registries.internal]
index = "sparse+https://crates.acme.dev/api/v1/crates/"
token = "${t.b62(32)}"

[net]
git-fetch-with-cli = true

[registries.mirror]
index = "sparse+https://mirror.acme.dev/index/"
# token comes from CARGO_REGISTRIES_MIRROR_TOKEN
`,
  ),
  d(
    'ini-service',
    CS,
    'etc/collector/collector.ini',
    (t) => `[general]
name = edge-collector-07
interval = 30
log_file = /var/log/collector.log

[upstream]
url = https://ingest.metrics.example/api/v2
apikey = ${t.hex(32)}
app_key = ${t.hex(40)}
verify_ssl = true

[proxy]
host = ${t.ip()}
port = 3128

[alerts]
webhook = https://alerts.acme.dev/hook
webhook_secret = ${t.b62(28)}
`,
  ),
  d(
    'ini-php',
    CSP,
    'app/config/app.ini',
    (t) => `; application settings
[production]
app.name = "Ledger"
app.debug = 0
app.key = "base64:${t.b64(32)}"
cache.driver = redis
cache.prefix = ledger_
api.partner.key = "${t.up(24)}"
api.partner.secret = "${t.b62(48)}"
geo.key = ${t.ph()}

[staging : production]
app.debug = 1
app.key = ${t.n('"${APP_KEY}"')}
`,
  ),
  d(
    'properties-spring',
    CS,
    'src/main/resources/application-prod.properties',
    (t) => `spring.application.name=inventory
server.port=8081
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.show-sql=false
inventory.supplier.base-url=https://supplier.example.com/api
inventory.supplier.api-key=${t.hex(32)}
inventory.supplier.api-secret=${t.b64(24)}
security.jwt.secret=${t.b62(64)}
security.jwt.expiration=86400
logging.level.root=INFO
mail.sendgrid.template-id=${t.n('d-' + t.hexRaw(32))}
`,
  ),
  d(
    'properties-gradle',
    CSP,
    'gradle.properties',
    (t) => `org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
org.gradle.parallel=true
android.useAndroidX=true
kotlin.code.style=official
artifactoryUser=ci-publisher
artifactoryApiKey=${t.b62(73)}
sonarToken=${t.hex(40)}
signing.keyId=${t.n(t.hexRaw(8).toUpperCase())}
signing.secretKeyRingFile=${t.n('/home/ci/.gnupg/secring.gpg')}
crashlyticsMappingUpload=${t.flag()}
`,
  ),
  d(
    'xml-web-config',
    CS,
    'src/Web/Web.config',
    (t) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Environment" value="Production" />
    <add key="PaymentApiUrl" value="https://pay.example.net/api" />
    <add key="PaymentApiKey" value="${t.uuid()}" />
    <add key="PaymentApiSecret" value="${t.b64(32)}" />
    <add key="ReCaptchaSiteKey" value="${t.n('6L' + t.alnum(38))}" />
    <add key="ReCaptchaSecretKey" value="${t.b62(40)}" />
    <add key="EnableBundling" value="${t.flag()}" />
    <add key="BuildNumber" value="${t.num(5)}" />
  </appSettings>
  <system.web>
    <machineKey validationKey="${t.HEX(128)}" decryptionKey="${t.HEX(48)}" validation="HMACSHA256" decryption="AES" />
  </system.web>
</configuration>
`,
  ),
  d(
    'xml-maven-settings',
    ['config-syntax', 'credential-file'],
    '.m2/settings.xml',
    (t) => `<settings>
  <servers>
    <server>
      <id>internal-releases</id>
      <username>deployer</username>
      <password>${t.b62(60)}</password>
    </server>
    <server>
      <id>sonatype</id>
      <username>${t.n('${env.SONATYPE_USER}')}</username>
      <password>${t.n('${env.SONATYPE_TOKEN}')}</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>analysis</id>
      <properties>
        <sonar.host.url>https://sonar.acme.dev</sonar.host.url>
        <sonar.login>${t.hex(40)}</sonar.login>
      </properties>
    </profile>
  </profiles>
</settings>
`,
  ),
  d(
    'xml-android-strings',
    CSP,
    'app/src/main/res/values/secrets.xml',
    (t) => `<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">FieldNotes</string>
    <string name="backend_api_key">${t.b62(32)}</string>
    <string name="analytics_write_key">${t.b62(32)}</string>
    <string name="sync_client_secret">${t.hex(64)}</string>
    <string name="google_maps_key">${t.n('AIza' + t.alnum(35))}</string>
    <string name="default_web_client_id">${t.n(t.digits(12) + '-' + t.alnum(32).toLowerCase() + '.apps.googleusercontent.com')}</string>
    <string name="api_key_hint">${t.n('Enter your API key')}</string>
</resources>
`,
  ),
  d(
    'json-appsettings',
    CS,
    'src/Api/appsettings.Production.json',
    (t) => `{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "AllowedHosts": "*",
  "Jwt": {
    "Issuer": "https://api.acme.dev",
    "Audience": "acme-clients",
    "SigningKey": "${t.b64(64)}"
  },
  "Partners": {
    "Fedex": { "ClientId": "${t.n(t.alnum(32).toLowerCase())}", "ClientSecret": "${t.b62(32)}" },
    "Geo": { "ApiKey": "${t.hex(32)}", "Endpoint": "https://geo.example.org" }
  },
  "ApplicationInsights": { "ConnectionString": "InstrumentationKey=${t.n(t.uuidRaw())};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" },
  "FeatureManagement": { "NewPricing": ${t.flag() === 'true' ? 'true' : 'false'} }
}
`,
  ),
  d(
    'json-escaped-config',
    CSP,
    'deploy/ecs/task-env.json',
    (t) => `{
  "family": "worker",
  "containerDefinitions": [
    {
      "name": "worker",
      "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/worker:${t.short()}",
      "environment": [
        { "name": "QUEUE_URL", "value": "https://sqs.eu-west-1.amazonaws.com/123456789012/jobs" },
        { "name": "APP_CONFIG", "value": "{\\"apiKey\\":\\"${t.hex(40)}\\",\\"region\\":\\"eu-west-1\\",\\"retries\\":3}" },
        { "name": "RENDER_TOKEN", "value": "${t.b62(40)}" },
        { "name": "WORKER_ID", "value": "${t.id()}" }
      ],
      "secrets": [
        { "name": "DB_PASSWORD", "valueFrom": "${t.n('arn:aws:ssm:eu-west-1:123456789012:parameter/worker/db')}" }
      ]
    }
  ]
}
`,
  ),
  d(
    'json-firebase-and-admin',
    CSP,
    'web/src/config.json',
    (t) => `{
  "firebase": {
    "apiKey": "${t.n('AIza' + t.alnum(35))}",
    "authDomain": "fieldnotes-prod.firebaseapp.com",
    "projectId": "fieldnotes-prod",
    "appId": "${t.n('1:' + t.digits(12) + ':web:' + t.hexRaw(22))}"
  },
  "search": {
    "appId": "${t.n(t.alnum(10).toUpperCase())}",
    "searchOnlyKey": "${t.n(t.hexRaw(32))}",
    "adminKey": "${t.hex(32)}"
  },
  "internal": {
    "serviceToken": "${t.b64u(64)}"
  }
}
`,
  ),
  d(
    'hcl-tfvars',
    CS,
    'infra/envs/prod/terraform.tfvars',
    (t) => `region           = "eu-west-1"
environment      = "prod"
instance_type    = "t3.large"
min_size         = 2
max_size         = 6
monitoring_api_key = "${t.hex(32)}"
monitoring_app_key = "${t.hex(40)}"
cdn_api_token      = "${t.b62(40)}"
pagerduty_token    = "${t.b64u(20)}"
allowed_cidrs    = ["10.0.0.0/8"]
tags = {
  owner = "platform"
  cost  = "core"
}
`,
  ),
  d(
    'hcl-provider-block',
    CSP,
    'infra/modules/dns/main.tf',
    (t) => `terraform {
  required_providers {
    dnsimple = { source = "dnsimple/dnsimple", version = "~> 1.3" }
  }
}

provider "dnsimple" {
  token   = "${t.b62(32)}"
  account = "${t.n(t.digits(6))}"
}

provider "statuspage" {
  api_key = var.statuspage_api_key
}

variable "statuspage_api_key" {
  type      = string
  sensitive = true
  default   = ${t.n('""')}
}

resource "dnsimple_zone_record" "www" {
  zone_name = "acme.dev"
  name      = "www"
  value     = "lb.acme.dev"
  type      = "CNAME"
}
`,
  ),
  d(
    'hcl-vault-agent',
    CSP,
    'ops/vault/agent.hcl',
    (t) => `pid_file = "/var/run/vault-agent.pid"

vault {
  address = "https://vault.acme.dev:8200"
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault/role-id"
      secret_id_file_path = "/etc/vault/secret-id"
    }
  }
}

# temporary while the approle is broken
# role_id   = "${t.n(t.uuidRaw())}"
# secret_id = "${t.uuid()}"

template {
  source      = "/etc/vault/templates/app.tpl"
  destination = "/etc/app/app.env"
}
`,
  ),
  d(
    'plist-ios',
    CS,
    'ios/FieldNotes/Config.plist',
    (t) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>APIBaseURL</key>
    <string>https://api.fieldnotes.app</string>
    <key>APIKey</key>
    <string>${t.b62(40)}</string>
    <key>AnalyticsSecret</key>
    <string>${t.hex(32)}</string>
    <key>BundleVersion</key>
    <string>${t.num(3)}</string>
    <key>PushTeamID</key>
    <string>${t.n(t.alnum(10).toUpperCase())}</string>
</dict>
</plist>
`,
  ),
  d(
    'yaml-multi-env',
    CSP,
    'config/secrets.yml',
    (t) => `# Be sure to restart your server when you modify this file.
development:
  secret_key_base: ${t.n('a' + 'b'.repeat(3) + '_dev_only_not_secret')}
  partner_api_key: ${t.ph()}

test:
  secret_key_base: ${t.n('test')}

production:
  secret_key_base: ${t.hex(128)}
  partner_api_key: ${t.b62(32)}
  stream_api_secret: ${t.low(40)}
  otp_issuer: Ledger
`,
  ),
  d(
    'nginx-conf',
    CS,
    'ops/nginx/sites-enabled/api.conf',
    (t) => `upstream backend { server 127.0.0.1:9000; }

server {
    listen 443 ssl http2;
    server_name api.acme.dev;
    ssl_certificate     /etc/ssl/api.crt;
    ssl_certificate_key /etc/ssl/api.key;

    location /partner/ {
        proxy_pass https://partner.example.com/;
        proxy_set_header X-Api-Key "${t.hdr()}";
        proxy_set_header Host partner.example.com;
    }

    location /internal/ {
        if ($http_x_internal_token != "${t.hex(48)}") { return 403; }
        proxy_pass http://backend;
    }
}
`,
  ),
  d(
    'json-vscode-rest',
    CSP,
    '.vscode/settings.json',
    (t) => `{
  "editor.formatOnSave": true,
  "files.exclude": { "**/node_modules": true },
  "rest-client.environmentVariables": {
    "local": { "baseUrl": "http://localhost:8080", "apiKey": "${t.n('dev-local-key')}" },
    "staging": { "baseUrl": "https://staging.api.acme.dev", "apiKey": "${t.hex(32)}" },
    "prod": { "baseUrl": "https://api.acme.dev", "apiKey": "${t.b62(40)}" }
  },
  "sqltools.connections": []
}
`,
  ),
];
