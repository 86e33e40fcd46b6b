// rw-dev6 code: more source, server configs and output where credentials sit in the middle of ordinary files
// (init scripts, properties, PHP defines, C initializers, access logs, state files).
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import { cv, type CV } from './codeValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: CV, k: Kit) => string) => doc(`dev6-code-${id}`, areas, path, (k) => fn(cv(k), k));

export const MIXED_DOCS: RealWorldDoc[] = [
  d(
    'gradle-properties',
    ['config-syntax', 'code'],
    'gradle.properties',
    (c) => `org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
org.gradle.parallel=true
android.useAndroidX=true
kotlin.code.style=official

# release signing (TODO move to CI secrets)
RELEASE_STORE_FILE=../keys/release.jks
RELEASE_STORE_PASSWORD=${c.bpw()}
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD=${c.bpw()}

nexusUsername=android-ci
nexusPassword=${c.bpw()}
buildCacheKey=${c.look('md5')}
`,
  ),

  d(
    'django-testcase-login',
    ['code', 'defaults-in-code'],
    'shop/tests/test_admin.py',
    (c) => `from django.contrib.auth import get_user_model
from django.test import TestCase


class AdminPagesTest(TestCase):
    def setUp(self):
        User = get_user_model()
        self.staff = User.objects.create_user("staff", "staff@shop.test", "${c.pw()}", is_staff=True)
        self.owner = User.objects.create_superuser(username="owner", email="owner@shop.test", password="${c.pw()}")

    def test_staff_can_see_orders(self):
        self.assertTrue(self.client.login(username="staff", password="${c.pw()}"))
        r = self.client.get("/admin/orders/")
        self.assertEqual(r.status_code, 200)

    def test_wrong_password(self):
        self.assertFalse(self.client.login(username="staff", password="${c.ph()}"))

    def test_order_ids_are_uuids(self):
        self.assertEqual(len("${c.uuid()}"), 36)
`,
  ),

  d(
    'go-hmac-map',
    ['code'],
    'internal/webhooks/partners.go',
    (c) => `package webhooks

// partnerSecrets maps a partner id to the HMAC key it signs deliveries with.
var partnerSecrets = map[string]string{
	"shopify-eu": "${c.hex(64)}",
	"zapier":     "${c.b62(32)}",
	"legacy-erp": "${c.b64(43)}",
}

var partnerNames = map[string]string{
	"shopify-eu": "Shopify (EU)",
	"zapier":     "Zapier",
}

const signatureHeader = "X-Signature-SHA256"
const exampleSignature = "${c.sha()}"
`,
  ),

  d(
    'ruby-sidekiq-config',
    ['code', 'config-syntax'],
    'config/initializers/integrations.rb',
    (c) => `Rails.application.config.x.pusher = {
  app_id: "${c.digits(7)}",
  key: "${c.n(c.hexRaw(20))}",
  secret: "${c.hex(20)}",
  cluster: "eu"
}

Rails.application.config.x.smtp = { address: "smtp.sendgrid.net", user_name: "apikey", password: "${c.prov('sendgrid')}" }

Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:${c.cs()}@redis.internal:6379/2" }
end

ASSETS_VERSION = "${c.look('shortSha')}"
`,
  ),

  d(
    'c-struct-init',
    ['code'],
    'firmware/src/net_config.c',
    (c) => `#include "net_config.h"

static const struct wifi_creds factory_wifi = {
    .ssid = "ACME-SETUP",
    .psk = "${c.pw()}",
};

static const struct mqtt_config mqtt = {
    .host = "mqtt.devices.acme.example",
    .port = 8883,
    .user = "device-fleet",
    .password = "${c.pw()}",
    .client_id_prefix = "acme-",
};

/* OTA image signature check, public key fingerprint (not a secret) */
static const char *ota_pubkey_sha256 = "${c.sha()}";

const struct wifi_creds *net_factory_wifi(void) { return &factory_wifi; }
`,
  ),

  d(
    'cpp-users-map',
    ['code', 'defaults-in-code'],
    'tools/simulator/src/auth.cpp',
    (c) => `#include <map>
#include <string>

namespace sim {

// Accounts the PLC simulator accepts (matches the test rig).
const std::map<std::string, std::string> kUsers{
    {"operator", "${c.pw()}"},
    {"maintenance", "${c.pw()}"},
    {"viewer", "${c.ph()}"},
};

bool check(const std::string& user, const std::string& pass) {
  auto it = kUsers.find(user);
  return it != kUsers.end() && it->second == pass;
}

const char* kBuildId = "${c.git()}";

}  // namespace sim
`,
  ),

  d(
    'objc-dictionary',
    ['code'],
    'Legacy/ACMEApiClient.m',
    (c) => `#import "ACMEApiClient.h"

@implementation ACMEApiClient

+ (NSDictionary *)defaultCredentials {
    return @{
        @"username": @"ios-legacy",
        @"password": @"${c.pw()}",
        @"key": @"${c.b62(32)}",
        @"secret": @"${c.hex(40)}",
    };
}

+ (NSString *)installId {
    return @"${c.uuid()}";
}

@end
`,
  ),

  d(
    'ts-config-object',
    ['code'],
    'src/config/index.ts',
    (c) => `import { z } from 'zod';

const schema = z.object({ port: z.coerce.number().default(3000) });
const env = schema.parse(process.env);

export const config = {
  port: env.port,
  stripe: {
    secret: '${c.prov('stripe')}',
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? '${c.ph()}',
  },
  mailer: { user: 'postmaster@mg.acme.example', pass: '${c.pw()}' },
  crypto: { key: '${c.hex(64)}', iv: '${c.n(c.hexRaw(32))}' },
  release: '${c.look('shortSha')}',
} as const;
`,
  ),

  d(
    'mongo-init',
    ['code', 'config-syntax'],
    'docker/mongo/mongo-init.js',
    (c) => `// Runs on first start of the mongo container (docker-entrypoint-initdb.d)
db = db.getSiblingDB('shop');

db.createUser({
  user: 'shop_app',
  pwd: '${c.pw()}',
  roles: [{ role: 'readWrite', db: 'shop' }],
});

db.createUser({
  user: 'shop_reporting',
  pwd: '${c.pw()}',
  roles: [{ role: 'read', db: 'shop' }],
});

db.createUser({ user: 'backup', pwd: passwordPrompt(), roles: ['backup'] });

db.settings.insertOne({ _id: '${c.look('objectId')}', schema: 7, seededBy: '${c.uuid()}' });
`,
  ),

  d(
    'redis-conf',
    ['config-syntax'],
    'deploy/redis/redis.conf',
    (c) => `bind 0.0.0.0
port 6379
protected-mode yes
requirepass ${c.bpw()}
masterauth ${c.bpw()}
maxmemory 2gb
maxmemory-policy allkeys-lru
appendonly yes
user default on ${c.n('#' + c.hexRaw(64))} ~* +@all
user metrics on >${c.bpw()} ~* +info +ping
rename-command FLUSHALL ""
`,
  ),

  d(
    'pgbouncer-userlist',
    ['config-syntax', 'credential-file'],
    'deploy/pgbouncer/userlist.txt',
    (c) => `"app" "${c.bpw()}"
"reporting" "${c.bpw()}"
"pgbouncer_admin" "${c.n('md5' + c.hexRaw(32))}"
"stats" "${c.n('SCRAM-SHA-256$4096:' + c.alnum(24) + '$' + c.alnum(43) + '=:' + c.alnum(43) + '=')}"
`,
  ),

  d(
    'wp-config',
    ['code', 'config-syntax'],
    'wp-config.php',
    (c) => `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_prod' );
define( 'DB_PASSWORD', '${c.pw()}' );
define( 'DB_HOST', 'mysql.internal' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '${c.b62(64)}' );
define( 'SECURE_AUTH_KEY',  '${c.b62(64)}' );
define( 'NONCE_KEY',        '${c.b62(64)}' );
define( 'WP_CACHE_KEY_SALT', '${c.n('shop.example.com:')}' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
`,
  ),

  d(
    'flask-config-update',
    ['code'],
    'app/__init__.py',
    (c) => `from flask import Flask
from flask_mail import Mail

mail = Mail()


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY="${c.b64(43)}",
        SQLALCHEMY_DATABASE_URI="mysql+pymysql://web:${c.cs()}@mysql/web",
        MAIL_SERVER="smtp.mailhost.example",
        MAIL_USERNAME="web@acme.example",
        MAIL_PASSWORD="${c.pw()}",
        WTF_CSRF_ENABLED=True,
        ASSET_VERSION="${c.look('shortSha')}",
    )
    mail.init_app(app)
    return app
`,
  ),

  d(
    'spring-properties',
    ['config-syntax', 'code'],
    'src/main/resources/application-prod.properties',
    (c) => `server.port=8080
spring.datasource.url=jdbc:postgresql://pg-prod:5432/orders
spring.datasource.username=orders
spring.datasource.password=${c.bpw()}
spring.mail.password=${c.bpw()}
app.jwt.secret=${c.b64(63)}
app.partner.key=${c.b62(32)}
app.partner.secret=${c.hex(40)}
management.endpoints.web.exposure.include=health,info
app.build.commit=${c.git()}
app.cache.namespace=${c.uuid()}
`,
  ),

  d(
    'go-mysql-panic',
    ['logs-and-output'],
    'logs/inventory-crash.log',
    (c) => `2026/03/05 04:12:55 config: dsn=inventory:${c.cs()}@tcp(mysql-primary:3306)/inventory?parseTime=true
2026/03/05 04:12:56 dial tcp 10.3.0.9:3306: connect: connection refused
panic: db ping failed

goroutine 1 [running]:
main.mustOpen({0xc000120000, 0x4f})
	/src/cmd/inventory/main.go:48 +0x1a5
main.main()
	/src/cmd/inventory/main.go:21 +0x6b
exit status 2
build=${c.git()} instance=${c.uuid()}
`,
  ),

  d(
    'nginx-access-log',
    ['logs-and-output', 'http-auth'],
    'logs/access.log',
    (c) => `10.0.0.12 - - [02/Mar/2026:10:00:01 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"
10.0.0.31 - - [02/Mar/2026:10:00:02 +0000] "GET /api/v1/export?format=csv&api_key=${c.hex(32)} HTTP/1.1" 200 51234 "-" "python-requests/2.31.0"
10.0.0.31 - - [02/Mar/2026:10:00:05 +0000] "GET /static/app.${c.look('chunk')}.js HTTP/1.1" 200 91234 "-" "Mozilla/5.0"
10.0.0.44 - - [02/Mar/2026:10:00:09 +0000] "POST /hooks/ci?token=${c.b62(40)} HTTP/1.1" 204 0 "-" "GitLab/17.1"
10.0.0.44 - - [02/Mar/2026:10:00:11 +0000] "GET /download/report.pdf?sig=${c.n(c.hexRaw(64))}&expires=1772445611 HTTP/1.1" 200 88122 "-" "curl/8.5.0"
10.0.0.12 - - [02/Mar/2026:10:00:12 +0000] "GET /api/v1/orders/${c.uuid()} HTTP/1.1" 200 812 "-" "okhttp/4.12.0"
`,
  ),

  d(
    'tfstate-excerpt',
    ['logs-and-output', 'config-syntax'],
    'notes/tfstate-excerpt.json',
    (c) => `{
  "version": 4,
  "terraform_version": "1.8.5",
  "serial": 112,
  "lineage": "${c.uuid()}",
  "resources": [
    {
      "mode": "managed",
      "type": "aws_db_instance",
      "name": "metrics",
      "instances": [
        {
          "attributes": {
            "address": "metrics.cluster-xyz.eu-west-1.rds.amazonaws.com",
            "username": "metrics",
            "password": "${c.pw()}",
            "kms_key_id": "arn:aws:kms:eu-west-1:123456789012:key/${c.uuid()}"
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "random_password",
      "name": "replica",
      "instances": [{ "attributes": { "result": "${c.gpw()}", "bcrypt_hash": "${c.look('bcrypt')}" } }]
    }
  ]
}
`,
  ),
];
