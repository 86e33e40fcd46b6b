// The rest of a site's back room: SQL dumps of wp_options, plugin license files, wp-cli and Composer auth,
// CI FTP deploys with secret references, and honest negatives (README samples, changelogs, hashed users).
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { web, human } from './webValues';

export const WEB_MISC_DOCS: RealWorldDoc[] = [
  doc('web-sql-dump-wp-options', ['logs-and-output', 'config-syntax'], 'backup/example_wp-2025-03-01.sql', (k) => {
    const w = web(k);
    return `-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: example_wp
-- ------------------------------------------------------
-- Server version	8.0.36-0ubuntu0.22.04.1

LOCK TABLES \`wp_users\` WRITE;
INSERT INTO \`wp_users\` VALUES (1,'admin','${w.phpass()}','admin','info@example-yoga.de','','2019-04-02 08:11:23','',0,'admin'),(2,'petra','${w.phpass()}','petra','petra@example-yoga.de','','2021-09-14 17:40:02','',0,'Petra'),(3,'buchhaltung','${k.n(k.raw.bcrypt(k.g).replace('$2b$', '$wp$2y$'))}','buchhaltung','',NULL,'2024-01-08 10:00:00','',0,'Buchhaltung');
UNLOCK TABLES;

LOCK TABLES \`wp_options\` WRITE;
INSERT INTO \`wp_options\` VALUES (1,'siteurl','https://www.example-yoga.de','yes'),(2,'home','https://www.example-yoga.de','yes'),(3,'blogname','Yoga Studio','yes'),
(146,'wp_mail_smtp','a:2:{s:4:\\"mail\\";a:3:{s:6:\\"mailer\\";s:4:\\"smtp\\";s:10:\\"from_email\\";s:21:\\"info@example-yoga.de\\";}s:4:\\"smtp\\";a:4:{s:4:\\"host\\";s:16:\\"smtp.example.de\\";s:4:\\"user\\";s:21:\\"info@example-yoga.de\\";s:4:\\"pass\\";${((p: string) => `s:${p.length}:\\"${k.s('password', p)}\\";`)(human(k.g))}s:4:\\"auth\\";b:1;}}','yes'),
(212,'woocommerce_stripe_settings','a:3:{s:7:\\"enabled\\";s:3:\\"yes\\";s:15:\\"publishable_key\\";s:107:\\"${k.n(k.raw.stripePublishable(k.g))}\\";s:10:\\"secret_key\\";s:107:\\"${k.s('provider', k.raw.p.stripeSecret(k.g), 'stripe')}\\";}','yes'),
(230,'mc4wp','a:1:{s:7:\\"api_key\\";s:37:\\"${k.s('provider', k.raw.p.mailchimp(k.g), 'mailchimp')}\\";}','yes'),
(301,'_transient_timeout_wc_report_sales','${k.g.digits(10)}','no'),
(302,'_site_transient_update_core','O:8:\\"stdClass\\":1:{s:7:\\"updates\\";a:0:{}}','no'),
(453,'_transient_feed_${k.n(k.g.hex(32))}','a:0:{}','no'),
(454,'itsec-storage','a:1:{s:6:\\"global\\";a:2:{s:11:\\"nonce_salt\\";s:64:\\"${w.salt()}\\";s:12:\\"log_location\\";s:24:\\"/var/www/uploads/ithemes\\";}}','yes'),
(455,'elementor_pro_license_key','${w.hex(32)}','yes'),
(456,'cron','a:1:{i:${k.g.digits(10)};a:1:{s:16:\\"wp_version_check\\";a:1:{s:32:\\"${k.n(k.g.hex(32))}\\";a:2:{s:8:\\"schedule\\";s:10:\\"twicedaily\\";s:4:\\"args\\";a:0:{}}}}}','yes');
UNLOCK TABLES;
`;
  }),

  doc('web-composer-auth-wp', ['credential-file', 'config-syntax'], 'auth.json', (k) => {
    const w = web(k);
    return `{
    "http-basic": {
        "connect.advancedcustomfields.com": {
            "username": "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 60))}",
            "password": "https://www.example-agentur.de"
        },
        "composer.deliciousbrains.com": {
            "username": "${w.tok()}",
            "password": "${w.tok()}"
        },
        "satis.example-agentur.de": {
            "username": "ci",
            "password": "${w.gen()}"
        }
    },
    "github-oauth": {
        "github.com": "${k.s('provider', k.raw.p.githubOauth(k.g), 'github')}"
    }
}
`;
  }),

  doc('web-wp-cli-yml', ['config-syntax', 'command-line'], 'wp-cli.yml', (k) => {
    const w = web(k);
    return `path: web/wp
url: https://example-kita.de

@staging:
  ssh: deploy@staging.example-kita.de/var/www/kita/current
@production:
  ssh: kita@${w.ip()}:2222/html

config create:
  dbname: kita_wp
  dbuser: kita_wp
  dbpass: ${w.hum()}
  extra-php: |
    define( 'WP_DEBUG', false );
    define( 'WPMDB_LICENCE', '${w.uuid()}' );

# wp user create redaktion redaktion@example-kita.de --role=editor --user_pass=${w.pw()}
`;
  }),

  doc('web-gh-actions-ftp', ['config-syntax', 'precision'], '.github/workflows/deploy.yml', (k) => {
    const w = web(k);
    return `name: Deploy via FTP
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${w.sha()}
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci && npm run build
      - name: FTP Deploy
        uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ftp.example-verein.at
          username: \${{ secrets.FTP_USERNAME }}
          password: ${k.n('${{ secrets.FTP_PASSWORD }}')}
          local-dir: ./dist/
          server-dir: /httpdocs/
      - name: Purge Cloudflare
        run: |
          curl -X POST "https://api.cloudflare.com/client/v4/zones/${k.n(k.g.hex(32))}/purge_cache" \\
            -H "Authorization: Bearer ${k.n('${{ secrets.CF_TOKEN }}')}" \\
            -H "Content-Type: application/json" --data '{"purge_everything":true}'
`;
  }),

  doc('web-bitbucket-pipelines-ftp', ['config-syntax', 'command-line'], 'bitbucket-pipelines.yml', (k) => {
    const w = web(k);
    return `image: node:20

pipelines:
  branches:
    master:
      - step:
          name: Build & FTP deploy
          script:
            - npm ci
            - npm run build
            - apt-get update && apt-get -y install git-ftp
            # TODO: move to repository variables, ${w.who()} said it's fine for now
            - git ftp push --user tienda_ftp --passwd '${w.hum()}' ftp://ftp.example-tienda.com.ar/public_html
            - curl -s "https://example-tienda.com.ar/wp-json/litespeed/v1/purge?token=${w.tok()}"
    develop:
      - step:
          script:
            - git ftp push --user $FTP_USER --passwd $FTP_PASS ftp://ftp.example-tienda.com.ar/dev
`;
  }),

  doc('web-readme-install-negatives', ['prose', 'precision'], 'README.md', (k) => {
    return `# Theme "Halcyon" – Installation

1. Copy \`wp-config-sample.php\` to \`wp-config.php\` and fill in your database details:

${F}php
define( 'DB_NAME', '${k.n('your_db_name')}' );
define( 'DB_USER', '${k.n('your_db_user')}' );
define( 'DB_PASSWORD', '${k.n('your_db_password')}' );
${F}

2. Generate fresh salts at https://api.wordpress.org/secret-key/1.1/salt/ and replace the
   \`${k.n("define( 'AUTH_KEY', 'put your unique phrase here' );")}\` lines.

3. For local development, the Docker setup uses:

| Service | User | Password |
|---|---|---|
| WordPress admin | \`admin\` | \`${k.u('admin')}\` |
| MySQL | \`root\` | \`${k.n('${MYSQL_ROOT_PASSWORD}')}\` |
| Mailhog | – | – |

4. Put your Google Maps browser key (restricted by HTTP referrer) into *Customizer → Contact*:
   \`${k.n('AIzaSy...')}\`

5. Build assets: \`npm ci && npm run build\` – output goes to \`dist/\` with hashed names like
   \`app.${k.n(k.g.hex(8))}.js\`.

> Never commit \`.env\` or \`wp-config.php\`. Use \`${k.n("getenv('DB_PASSWORD')")}\` on hosts that support it.
`;
  }),

  doc('web-changelog-negatives', ['prose', 'precision'], 'CHANGELOG.md', (k) => {
    return `# Changelog

## [2.4.1] – 2025-02-10
### Fixed
- Password reset form no longer shows "${k.n('Invalid token')}" when the link was opened twice (#${k.g.digits(3)}).
- \`wp_verify_nonce\` failures in the booking widget after caching (commit ${k.n(k.g.hex(7))}).
- Stripe: use \`pk_live_\`/\`pk_test_\` key from settings instead of a hard-coded \`${k.n('pk_test_TYooMQauvdEDq54NiTphI7jx')}\`.

### Security
- Rotated the demo site's admin password (it was \`${k.n('demo')}\` – public demo, on purpose).
- API keys are now stored encrypted with \`AUTH_KEY\` as key material; the field shows \`${k.n('••••••••')}\`.

## [2.4.0] – 2025-01-22
- New option \`api_secret\` (default: \`${k.n("''")}\`, generate one under Settings → API).
- Build ${k.n(k.g.hex(40))}.
`;
  }),

  doc('web-i18n-po-negatives', ['precision'], 'languages/halcyon-de_DE.po', (k) => {
    return `msgid ""
msgstr ""
"Project-Id-Version: Halcyon 2.4.1\\n"
"Language: de_DE\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#: inc/account.php:41
msgid "Password"
msgstr "${k.n('Passwort')}"

#: inc/account.php:42
msgid "Enter your password"
msgstr "${k.n('Geben Sie Ihr Passwort ein')}"

#: inc/account.php:77
msgid "Your API key: %s"
msgstr "Ihr API-Schlüssel: %s"

#: inc/settings.php:120
msgid "Secret key"
msgstr "${k.n('Geheimer Schlüssel')}"

#: inc/settings.php:121
msgid "Leave empty to keep the current secret."
msgstr "Leer lassen, um das aktuelle Geheimnis zu behalten."

#: inc/settings.php:140
msgid "Token expired. Please log in again."
msgstr "Token abgelaufen. Bitte erneut anmelden."
`;
  }),

  doc('web-woocommerce-rest-keys', ['code', 'http-auth'], 'integrations/sync_woo.py', (k) => {
    const w = web(k);
    return `"""Sincroniza stock entre el ERP y WooCommerce (cron cada 10 min)."""
import requests
from woocommerce import API

wcapi = API(
    url="https://tienda.example-vinos.es",
    consumer_key="${k.u('ck_' + k.g.hex(40))}",
    consumer_secret="${k.s('provider', 'cs_' + k.g.hex(40), 'woocommerce')}",
    version="wc/v3",
    timeout=30,
)

ERP_URL = "https://erp.example-vinos.es/api/stock"
ERP_AUTH = ("sync", "${w.hum()}")  # usuario técnico

def main():
    stock = requests.get(ERP_URL, auth=ERP_AUTH, timeout=20).json()
    for sku, qty in stock.items():
        wcapi.put(f"products/{sku}", {"stock_quantity": qty})

if __name__ == "__main__":
    main()
`;
  }),

  doc('web-wp-plugin-settings-export', ['config-syntax'], 'exports/wpforms-settings.json', (k) => {
    const w = web(k);
    return `{
  "wpforms_settings": {
    "currency": "EUR",
    "email-template": "classic",
    "recaptcha-type": "v3",
    "recaptcha-site-key": "${k.n('6L' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 38))}",
    "recaptcha-secret-key": "${k.s('token', '6L' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 38))}",
    "stripe-live-publishable-key": "${k.n(k.raw.stripePublishable(k.g))}",
    "stripe-live-secret-key": "${k.s('provider', k.raw.p.stripeRestricted(k.g), 'stripe')}",
    "brevo-api-key": "${k.s('provider', 'xkeysib-' + k.g.hex(64) + '-' + k.g.alnum(16), 'brevo')}",
    "hcaptcha-site-key": "${k.n(k.g.uuid())}",
    "hcaptcha-secret-key": "0x${k.s('token', k.g.hex(40))}",
    "modern-markup": "1",
    "license-key": "${w.hex(32)}"
  },
  "exported_at": "2025-02-28T09:12:00+01:00",
  "site_url": "https://example-physio.de"
}
`;
  }),
];
