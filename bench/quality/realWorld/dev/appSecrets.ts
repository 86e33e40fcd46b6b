// rw-dev: application secrets without a provider prefix (signing keys, salts, shared secrets, unseal keys, TOTP
// seeds) and more connection strings, in framework files and the notes around them.
import type { RealWorldDoc } from '../types';
import { doc, F } from './kit';

export const APP_SECRET_DOCS: RealWorldDoc[] = [
  doc(
    'rails-credentials-decrypted',
    ['config-syntax', 'code'],
    'config/credentials.yml',
    (k) => `# decrypted with bin/rails credentials:show for the migration — DO NOT COMMIT (oops)
secret_key_base: ${k.tok(k.g.hex(128))}

active_record_encryption:
  primary_key: ${k.tok(k.g.alnum(32))}
  deterministic_key: ${k.tok(k.g.alnum(32))}
  key_derivation_salt: ${k.tok(k.g.alnum(32))}

aws:
  access_key_id: ${k.u(k.raw.p.awsId(k.g))}
  secret_access_key: ${k.prov('awsSecret', 'AWS secret access key')}

sidekiq_web_password: ${k.hpw()}
lockbox_master_key: ${k.tok(k.g.hex(64))}
`,
  ),

  doc(
    'flask-config',
    ['code', 'config-syntax'],
    'instance/config.py',
    (k) => `SECRET_KEY = '${k.tok(k.g.hex(48))}'
SECURITY_PASSWORD_SALT = '${k.tok(k.g.digits(39))}'
WTF_CSRF_SECRET_KEY = b'${k.tok(k.g.alnum(32))}'
SQLALCHEMY_DATABASE_URI = 'mysql+pymysql://flask:${k.cs()}@localhost/flaskapp'
MAIL_SERVER = 'smtp.zoho.eu'
MAIL_USERNAME = 'noreply@acme.example'
MAIL_PASSWORD = '${k.hpw()}'
CACHE_REDIS_URL = 'redis://:${k.cs()}@localhost:6379/2'
UPLOAD_FOLDER = '/srv/uploads'
`,
  ),

  doc(
    'jwt-sign-literal',
    ['code'],
    'src/auth/tokens.js',
    (k) => `const jwt = require('jsonwebtoken');
const crypto = require('crypto');

const ACCESS_TTL = '15m';

function issue(user) {
  return jwt.sign({ sub: user.id, role: user.role }, '${k.tok(k.g.base64url(32))}', { expiresIn: ACCESS_TTL });
}

function issueRefresh(user) {
  return jwt.sign({ sub: user.id }, process.env.REFRESH_SECRET, { expiresIn: '30d' });
}

function verifyWebhook(body, signature) {
  const expected = crypto.createHmac('sha256', '${k.tok(k.g.hex(40))}').update(body).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}

const AES_KEY = Buffer.from('${k.tok(k.g.hex(64))}', 'hex');
const IV_LENGTH = 16;

module.exports = { issue, issueRefresh, verifyWebhook, AES_KEY, IV_LENGTH };
`,
  ),

  doc(
    'partner-hmac-doc',
    ['prose', 'http-auth'],
    'docs/partners/fastship-integration.md',
    (k) => `# FastShip integration

FastShip calls our webhook and we call their REST API. Both sides sign with HMAC-SHA256.

| | Value |
|---|---|
| Partner ID | \`${k.n(k.g.digits(6))}\` |
| Shared secret | \`${k.tok(k.g.base64(32))}\` |
| API user | \`acme-prod\` |
| API password | \`${k.hpw()}\` |
| Sandbox shared secret | \`${k.tok(k.g.base64(32))}\` |

Signature header: \`X-FS-Signature: t=1714000000,v1=${k.n(k.g.hex(64))}\` (example from their docs).

Their support asked us to test with:

${F}
curl -H "X-FS-Key: ${k.http(k.g.alnum(32))}" https://sandbox.fastship-example.com/v2/rates?zip=10115
${F}
`,
  ),

  doc(
    'symfony-laravel-env',
    ['config-syntax'],
    '.env.local.php.txt',
    (k) => `# Symfony (legacy shop) — .env.local
APP_ENV=prod
APP_SECRET=${k.tok(k.g.hex(32))}
DATABASE_URL="mysql://shop:${k.cs()}@127.0.0.1:3306/shop?serverVersion=8.0"
MAILER_DSN=smtp://mailer%40acme.example:${k.cs()}@smtp.office365.com:587
MESSENGER_TRANSPORT_DSN=amqp://shop:${k.cs()}@rabbit:5672/%2f/messages
JWT_PASSPHRASE="${k.passphrase()}"
LOCK_DSN=flock
CORS_ALLOW_ORIGIN='^https?://(localhost|127\\.0\\.0\\.1)(:[0-9]+)?$'
`,
  ),

  doc(
    'keycloak-realm-export',
    ['config-syntax'],
    'keycloak/realm-acme.json',
    (k) => `{
  "realm": "acme",
  "enabled": true,
  "sslRequired": "external",
  "smtpServer": {
    "host": "smtp.acme.io",
    "port": "587",
    "from": "sso@acme.io",
    "auth": "true",
    "user": "sso@acme.io",
    "password": "${k.hpw()}"
  },
  "clients": [
    {
      "clientId": "grafana",
      "protocol": "openid-connect",
      "publicClient": false,
      "secret": "${k.tok(k.g.alnum(32))}",
      "redirectUris": ["https://grafana.acme.io/*"]
    },
    {
      "clientId": "web-spa",
      "publicClient": true,
      "redirectUris": ["https://app.acme.io/*"]
    },
    {
      "clientId": "backend-service",
      "publicClient": false,
      "secret": "**********",
      "serviceAccountsEnabled": true
    }
  ],
  "identityProviders": [
    {
      "alias": "azure-ad",
      "providerId": "oidc",
      "config": { "clientId": "${k.n(k.g.uuid())}", "clientSecret": "${k.prov('azureClientSecret', 'Azure AD client secret')}" }
    }
  ]
}
`,
  ),

  doc(
    'magento-env-php',
    ['config-syntax', 'code'],
    'app/etc/env.php',
    (k) => `<?php
return [
    'backend' => ['frontName' => 'admin_${k.n(k.g.lower(7))}'],
    'crypt' => ['key' => '${k.tok(k.g.hex(32))}'],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => '${k.hpw()}',
                'active' => '1',
            ],
        ],
    ],
    'queue' => ['amqp' => ['host' => 'rabbitmq', 'port' => '5672', 'user' => 'magento', 'password' => '${k.gpw()}', 'virtualhost' => '/']],
    'session' => ['save' => 'redis', 'redis' => ['host' => 'redis', 'password' => '', 'database' => '2']],
    'install' => ['date' => 'Mon, 04 Mar 2024 10:12:00 +0000'],
];
`,
  ),

  doc(
    'drupal-settings',
    ['config-syntax', 'code'],
    'web/sites/default/settings.php',
    (k) => `<?php

$databases['default']['default'] = [
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => '${k.hpw()}',
  'host' => 'mariadb',
  'port' => '3306',
  'driver' => 'mysql',
  'prefix' => '',
];

$settings['hash_salt'] = '${k.tok(k.g.base64url(74))}';
$settings['update_free_access'] = FALSE;
$settings['file_private_path'] = '../private';
$config['smtp.settings']['smtp_password'] = '${k.hpw()}';
$settings['trusted_host_patterns'] = ['^www\\.acme\\.example$'];

if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {
  include $app_root . '/' . $site_path . '/settings.local.php';
}
`,
  ),

  doc(
    'vault-init-output',
    ['logs-and-output', 'prose'],
    'docs/runbooks/vault-init-2023.md',
    (k) => `# Vault initialisation (2023-09-14)

Output of \`vault operator init -key-shares=5 -key-threshold=3\`, kept here "temporarily" by the person who
ran it. These must be moved to the five key holders and this file deleted.

${F}
Unseal Key 1: ${k.tok(k.g.base64(44))}
Unseal Key 2: ${k.tok(k.g.base64(44))}
Unseal Key 3: ${k.tok(k.g.base64(44))}
Unseal Key 4: ${k.tok(k.g.base64(44))}
Unseal Key 5: ${k.tok(k.g.base64(44))}

Initial Root Token: ${k.prov('vault', 'HashiCorp Vault')}

Vault initialized with 5 key shares and a key threshold of 3.
${F}
`,
  ),

  doc(
    'totp-backup-codes',
    ['prose'],
    'notes/2fa-shared-accounts.md',
    (k) => `# 2FA for shared accounts

Some vendor portals only allow one 2FA device per account, so the TOTP seeds are shared (in the password
manager, this note is the backup the auditor asked about).

- Registrar (domains): login ops@acme.example, password ${k.hpw()}, TOTP seed \`${k.tok(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32))}\`
- Payment gateway admin: TOTP seed \`${k.tok(
      k.g
        .chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)
        .replace(/(.{4})/g, '$1 ')
        .trim(),
    )}\`
- Cloud root account backup codes: ${k.tok(`${k.g.digits(4)}-${k.g.digits(4)}`)}, ${k.tok(`${k.g.digits(4)}-${k.g.digits(4)}`)}, ${k.tok(`${k.g.digits(4)}-${k.g.digits(4)}`)}

The otpauth URL format is \`otpauth://totp/Acme:ops?secret=${k.n('<SEED>')}&issuer=Acme\`.
`,
  ),

  doc(
    'airflow-connections',
    ['command-line', 'config-syntax'],
    'airflow/scripts/bootstrap_connections.sh',
    (k) => `#!/usr/bin/env bash
# Connections for the data platform Airflow. Run once after a fresh deploy.
airflow connections add warehouse --conn-uri 'postgresql://airflow:${k.cs()}@dwh.internal:5432/warehouse'
airflow connections add s3_raw --conn-type aws --conn-login '${k.u(k.raw.p.awsId(k.g))}' --conn-password '${k.prov('awsSecret', 'AWS secret access key')}'
airflow connections add crm_api --conn-type http --conn-host https://crm-example.com --conn-password '${k.tok()}'
airflow connections add sftp_partner --conn-uri 'sftp://acme:${k.cs()}@sftp.partner-example.net:22'
airflow connections add mongo_events --conn-uri "mongodb://events:${k.cs()}@mongo-events:27017/events?authSource=admin"
airflow connections add slack_alerts --conn-type slackwebhook --conn-password '${k.prov('slackWebhookPath', 'Slack webhook')}'
airflow variables set partner_api_key ${k.tok(k.g.hex(32))}
`,
  ),

  doc(
    'more-urls-with-creds',
    ['config-syntax'],
    'config/integrations.yml',
    (k) => `couchdb_url: http://admin:${k.cs()}@couch01:5984/
neo4j_uri: bolt://neo4j:${k.cs()}@graph01:7687
influx_url: https://metrics:${k.cs()}@influx.acme.io:8086
nats_url: nats://orders:${k.cs()}@nats:4222
mqtt_url: mqtts://gateway:${k.cs()}@broker.iot-example.com:8883
smtp_url: smtp://postmaster%40mg.acme.io:${k.cs()}@smtp.mailgun.org:587
ldap_url: ldaps://ldap.corp.local:636
sftp_url: sftp://reports:${k.cs()}@files.acme.io/outbound
s3_endpoint: https://s3.eu-central-1.amazonaws.com
docs_examples:
  postgres: ${k.n('postgres://user:password@localhost:5432/db')}
  mysql: mysql://root:${k.n('<password>')}@localhost/app
  mongo: mongodb://\${MONGO_USER}:\${MONGO_PASS}@mongo:27017
  redis: redis://:$REDIS_PASSWORD@redis:6379
`,
  ),

  doc(
    'procfile-app-json',
    ['config-syntax'],
    'app.json',
    (k) => `{
  "name": "acme-status",
  "description": "Status page",
  "repository": "https://github.com/acme/status",
  "env": {
    "DATABASE_URL": { "value": "postgres://status:${k.cs()}@ec2-52-0-0-1.compute-1.amazonaws.com:5432/${k.n(k.g.lower(14))}" },
    "SECRET_KEY_BASE": { "generator": "secret" },
    "ADMIN_PASSWORD": { "description": "Password for /admin", "value": "${k.hpw()}" },
    "PAGERDUTY_TOKEN": { "description": "read-only", "value": "${k.s('provider', `u+${k.g.base64url(18)}`, 'PagerDuty API token')}" }
  },
  "addons": ["heroku-postgresql:mini"],
  "buildpacks": [{ "url": "heroku/ruby" }]
}
`,
  ),

  doc(
    'apache-varnish-headers',
    ['http-auth', 'config-syntax'],
    'deploy/apache/vhost-reports.conf',
    (k) => `<VirtualHost *:443>
    ServerName reports.acme.io
    SSLEngine on
    SSLCertificateFile /etc/ssl/certs/reports.pem
    SSLCertificateKeyFile /etc/ssl/private/reports.key

    ProxyPass / https://bi.vendor-example.com/acme/
    ProxyPassReverse / https://bi.vendor-example.com/acme/
    RequestHeader set Authorization "Basic ${k.basic('acme-bi')}"
    RequestHeader set X-Tenant-Token "${k.http(k.g.hex(32))}"

    <Location /admin>
        AuthType Basic
        AuthName "Admin"
        AuthUserFile /etc/apache2/.htpasswd
        Require valid-user
    </Location>
</VirtualHost>
`,
  ),

  doc(
    'http-clients-misc',
    ['http-auth', 'code'],
    'scripts/fetchers.py',
    (k) => `import aiohttp
import urllib.request


async def fetch_partner(session: aiohttp.ClientSession):
    auth = aiohttp.BasicAuth("acme", "${k.hpw()}")
    async with session.get("https://partner-example.com/feed", auth=auth) as r:
        return await r.text()


def fetch_legacy():
    req = urllib.request.Request("https://legacy.acme.internal/export")
    req.add_header("Authorization", "Basic ${k.basic('export')}")
    return urllib.request.urlopen(req).read()


def fetch_with_token():
    req = urllib.request.Request("https://api.example-crm.com/v1/contacts?access_token=${k.http(k.g.alnum(40))}")
    return urllib.request.urlopen(req).read()


HEADERS = {"Authorization": "Token ${k.http(k.g.hex(40))}", "Accept": "application/json"}
COOKIES = {"session": "${k.http(k.g.base64url(43))}"}
`,
  ),

  doc(
    'ruby-php-http',
    ['http-auth', 'code'],
    'lib/clients/billing_client.rb',
    (k) => `require "net/http"
require "json"

class BillingClient
  BASE = URI("https://billing.vendor-example.com/api/")

  def invoices
    req = Net::HTTP::Get.new(BASE + "invoices")
    req.basic_auth("acme", "${k.hpw()}")
    req["X-Billing-Key"] = "${k.http(k.g.alnum(32))}"
    Net::HTTP.start(BASE.host, BASE.port, use_ssl: true) { |h| JSON.parse(h.request(req).body) }
  end

  def usage
    req = Net::HTTP::Get.new(BASE + "usage")
    req["Authorization"] = "Bearer #{ENV.fetch('BILLING_TOKEN')}"
    Net::HTTP.start(BASE.host, BASE.port, use_ssl: true) { |h| h.request(req) }
  end
end
`,
  ),

  doc(
    'wget-curl-headers-readme',
    ['http-auth', 'command-line'],
    'tools/README.md',
    (k) => `# tools

\`fetch-report.sh\` downloads yesterday's report:

    wget --header="Authorization: Bearer ${k.bearer()}" -O report.csv https://reports.acme.io/daily.csv

\`push-metrics.sh\`:

    curl -X POST -H "X-Auth-Key: ${k.http(k.g.hex(37))}" -H "X-Auth-Email: ops@acme.example" https://api.cloudflare.com/client/v4/zones

\`status.sh\` (uses the read-only cookie of the status page admin):

    curl -s --cookie "laravel_session=${k.http(k.g.base64(188))}" https://status.acme.io/admin/incidents

HTTPie equivalent: \`http -a ops:${k.hpw()} https://status.acme.io/api/v1/components\`
`,
  ),

  doc(
    'envoy-kong-config',
    ['http-auth', 'config-syntax'],
    'gateway/kong.yml',
    (k) => `_format_version: "3.0"
services:
  - name: inventory
    url: http://inventory.internal:8080
    routes:
      - name: inventory-route
        paths: [/inventory]
    plugins:
      - name: request-transformer
        config:
          add:
            headers:
              - "Authorization:Bearer ${k.bearer()}"
              - "X-Internal-Key:${k.http(k.g.alnum(40))}"
consumers:
  - username: mobile-app
    keyauth_credentials:
      - key: ${k.tok(k.g.alnum(32))}
  - username: partner-fastship
    basicauth_credentials:
      - username: fastship
        password: ${k.hpw()}
`,
  ),

  doc(
    'octopus-teamcity',
    ['config-syntax', 'command-line'],
    'build/deploy.ps1',
    (k) => `$OctopusUrl = "https://deploy.acme.io"
$OctopusApiKey = "API-${k.s('provider', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 27), 'Octopus Deploy API key')}"
$TeamCityToken = "${k.http(k.raw.jwt(k.g))}"
$header = @{ "X-Octopus-ApiKey" = $OctopusApiKey }
Invoke-RestMethod -Uri "$OctopusUrl/api/releases" -Headers $header -Method Post -Body (ConvertTo-Json @{ ProjectId = "Projects-12"; Version = $env:BUILD_NUMBER })
Invoke-RestMethod -Uri "https://ci.acme.io/app/rest/builds" -Headers @{ Authorization = "Bearer $TeamCityToken" }
`,
  ),

  doc(
    'placeholder-conn-docs',
    ['precision', 'prose'],
    'docs/database-urls.md',
    (k) => `# Database URLs

Format: \`postgres://${k.n('USER')}:${k.n('PASSWORD')}@HOST:PORT/DB\`

Examples (replace the placeholders):

| Engine | URL |
|---|---|
| Postgres | \`postgresql://app:${k.n('<password>')}@localhost:5432/app\` |
| MySQL | \`mysql://root:${k.n('secret')}@127.0.0.1:3306/app\` |
| MongoDB | \`mongodb+srv://${k.n('<username>')}:${k.n('<password>')}@cluster0.example.mongodb.net/\` |
| Redis | \`redis://:${k.n('${REDIS_PASSWORD}')}@redis:6379/0\` |
| SQL Server | \`Server=tcp:host,1433;User ID=app;Password=${k.n('{your_password}')};\` |
| Oracle | \`app/${k.n('<pwd>')}@//host:1521/SVC\` |

Never paste a real URL in an issue; use \`${k.n('****')}\` for the password. Our staging URL (now rotated, kept
for the incident timeline) was \`postgres://app:${k.cs()}@stg-db.internal/app\`.
`,
  ),

  doc(
    'sbom-hashes',
    ['precision'],
    'sbom/bom.cdx.json',
    (k) => `{
  "bomFormat": "CycloneDX",
  "specVersion": "1.5",
  "serialNumber": "urn:uuid:${k.n(k.g.uuid())}",
  "components": [
${['express', 'lodash', 'axios', 'jsonwebtoken', 'pg', 'redis', 'zod', 'pino']
  .map(
    (name) => `    {
      "type": "library",
      "name": "${name}",
      "version": "${k.g.digits(1)}.${k.g.digits(1)}.${k.g.digits(1)}",
      "purl": "pkg:npm/${name}",
      "hashes": [
        { "alg": "SHA-512", "content": "${k.n(k.g.hex(128))}" },
        { "alg": "SHA-256", "content": "${k.n(k.g.hex(64))}" }
      ]
    }`,
  )
  .join(',\n')}
  ]
}
`,
  ),

  doc(
    'trace-csv',
    ['precision', 'logs-and-output'],
    'exports/slow-requests.csv',
    (k) => `timestamp,trace_id,span_id,route,status,duration_ms,user_id,request_id
${Array.from({ length: 12 }, () => `2024-05-0${k.g.digits(1).replace('0', '1')}T${k.g.pick(['08', '09', '10', '11'])}:${k.g.digits(1)}${k.g.digits(1).replace(/[6-9]/, '5')}:00Z,${k.n(k.g.hex(32))},${k.n(k.g.hex(16))},${k.g.pick(['/api/cart', '/api/orders', '/api/search', '/login'])},${k.g.pick(['200', '200', '500', '504'])},${Number(k.g.digits(4))},${k.g.digits(5)},${k.n(k.g.uuid())}`).join('\n')}
`,
  ),

  doc(
    'game-server-rcon',
    ['config-syntax'],
    'servers/minecraft/server.properties',
    (k) => `#Minecraft server properties
enable-rcon=true
rcon.port=25575
rcon.password=${k.hpw()}
server-port=25565
motd=Acme Friday LAN
max-players=20
online-mode=true
white-list=true
level-seed=${k.n(k.g.digits(19))}
resource-pack-sha1=${k.n(k.g.hex(40))}
`,
  ),
];
