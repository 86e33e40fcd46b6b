// The small charity's website: wp-config.php, Drupal settings.php, CiviCRM settings, WP-CLI history, docker-compose
// for the volunteer-run hosting, plugin option exports and the .htpasswd of the staging site.
import type { RealWorldDoc } from '../types';
import { cDoc, C } from './civicValues';

// WordPress salts come from the secret-key service: printable ASCII without quotes or backslashes.
const SALT = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%&()*+,-./:;<=>?@[]^_`{|}~ ';

export const CIVIC_CHARITY_WEB_DOCS: RealWorldDoc[] = [
  cDoc(
    'civic-wp-config-charity',
    ['config-syntax', 'code', 'precision'],
    'site/wp-config.php',
    (k) => `<?php
/** Riverside Food Bank – production */
define( 'DB_NAME', 'rfb_wp' );
define( 'DB_USER', 'rfb_wp' );
define( 'DB_PASSWORD', '${k.spw()}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '${k.s('token', k.g.chars(SALT, 64))}' );
define( 'SECURE_AUTH_KEY',  '${k.s('token', k.g.chars(SALT, 64))}' );
define( 'LOGGED_IN_KEY',    '${k.s('token', k.g.chars(SALT, 64))}' );
define( 'NONCE_KEY',        '${k.n('put your unique phrase here')}' );

define( 'WP_MAIL_SMTP_PASS', '${k.prov('sendgrid', C.sendgrid(k.g))}' );
define( 'GIVEWP_STRIPE_PUBLISHABLE', '${k.n(C.stripePub(k.g))}' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
`,
  ),

  cDoc(
    'civic-drupal-settings-php',
    ['config-syntax', 'code', 'precision'],
    'web/sites/default/settings.php',
    (k) => `<?php
// Stichting Jordaan Buurthuis – Drupal 10
$databases['default']['default'] = [
  'database' => 'buurthuis',
  'username' => 'buurthuis',
  'password' => '${k.spw()}',
  'host' => '127.0.0.1',
  'port' => '3306',
  'driver' => 'mysql',
  'prefix' => '',
];
$settings['hash_salt'] = '${k.s('token', k.g.base64url(74))}';
$settings['config_sync_directory'] = '../config/sync';
$settings['trusted_host_patterns'] = ['^buurthuis-jordaan\\.example$'];
// Laposta newsletter module
$config['laposta.settings']['api_key'] = '${k.s('token', k.g.alnum(20))}';
$config['laposta.settings']['list_id'] = '${k.n(k.g.lower(10))}';
// Staging uses its own settings.local.php (not in git)
$config['system.site']['uuid'] = '${k.n(k.g.uuid())}';
`,
  ),

  cDoc(
    'civic-civicrm-settings-php',
    ['config-syntax', 'code', 'precision'],
    'wp-content/uploads/civicrm/civicrm.settings.php',
    (k) => `<?php
// CiviCRM configuration for Oakridge Hospice (WordPress)
if (!defined('CIVICRM_UF_DSN')) {
  define('CIVICRM_UF_DSN', 'mysql://hospice_wp:${k.cs()}@localhost/hospice_wp?new_link=true');
}
if (!defined('CIVICRM_DSN')) {
  define('CIVICRM_DSN', 'mysql://hospice_civi:${k.cs()}@localhost/hospice_civi?new_link=true');
}
if (!defined('CIVICRM_SITE_KEY')) {
  define('CIVICRM_SITE_KEY', '${k.s('token', k.g.alnum(32))}');
}
if (!defined('CIVICRM_CRED_KEYS')) {
  define('CIVICRM_CRED_KEYS', 'aes-cbc:hkdf-sha256:${k.s('token', k.g.base64(43) + '=')}');
}
if (!defined('CIVICRM_SIGN_KEYS')) {
  define('CIVICRM_SIGN_KEYS', 'jwt-hs256:hkdf-sha256:${k.s('token', k.g.base64(43) + '=')}');
}
define('CIVICRM_DOMAIN_ID', 1);
// Charity ${k.n(C.charityNo(k.g))}; mail via SMTP relay configured in the UI.
`,
  ),

  cDoc(
    'civic-civicrm-api-cron-readme',
    ['command-line', 'http-auth', 'prose', 'precision'],
    'docs/civicrm-cron.md',
    (k) => `# CiviCRM scheduled jobs

The hosting panel runs this every 15 minutes:

\`\`\`
wget -q -O - "https://oakridgehospice.example/wp-content/plugins/civicrm/civicrm/bin/cron.php?name=cronbot&pass=${k.spw()}&key=${k.s('http-auth', k.g.alnum(32))}"
\`\`\`

REST calls from the fundraising dashboard use the cronbot contact's API key:

\`\`\`
curl -H "X-Civi-Auth: Bearer ${k.s('http-auth', k.g.alnum(24))}" -H "X-Civi-Key: ${k.n('$CIVICRM_SITE_KEY')}" \\
  "https://oakridgehospice.example/civicrm/ajax/api4/Contribution/get"
\`\`\`

Never put the site key itself here; it is in the password manager entry ${k.n('"CiviCRM / site key"')}.
`,
  ),

  cDoc(
    'civic-wp-cli-history',
    ['command-line', 'precision'],
    'ops/charity-vps/.bash_history',
    (k) => `cd /var/www/foodbank
wp core update
wp plugin update --all
wp user create volunteer2 vol2@riversidefoodbank.example --role=editor --user_pass=${k.spw()}
wp user update admin --user_pass=${k.spw()}
wp option get givewp_settings --format=json | jq .stripe
wp db export /root/backup-$(date +%F).sql
mysqldump -u rfb_wp -p${k.spw()} rfb_wp > /root/rfb.sql
wp search-replace 'http://' 'https://' --dry-run
certbot renew
`,
  ),

  cDoc(
    'civic-docker-compose-wordpress',
    ['config-syntax', 'precision'],
    'hosting/docker-compose.yml',
    (k) => `services:
  db:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD: ${k.spw()}
      MARIADB_DATABASE: wp
      MARIADB_USER: wp
      MARIADB_PASSWORD: ${k.spw()}
    volumes: [db:/var/lib/mysql]
  wordpress:
    image: wordpress:6.5-php8.2-apache
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: wp
      WORDPRESS_DB_PASSWORD: ${k.n('${MARIADB_PASSWORD}')}
      WORDPRESS_CONFIG_EXTRA: |
        define('MAILCHIMP_API_KEY', '${k.prov('mailchimp', C.mailchimp(k.g))}');
    ports: ["8080:80"]
  backup:
    image: offen/docker-volume-backup:v2
    environment:
      AWS_S3_BUCKET_NAME: charity-backups
      AWS_ACCESS_KEY_ID: ${k.u(C.awsId(k.g))}
      AWS_SECRET_ACCESS_KEY: ${k.prov('aws', C.awsSecret(k.g))}
volumes:
  db: {}
`,
  ),

  cDoc(
    'civic-wp-options-export-json',
    ['config-syntax', 'precision'],
    'exports/wp_options-plugins.json',
    (k) => `[
  {"option_name":"wp_mail_smtp","option_value":"{\\"mail\\":{\\"mailer\\":\\"sendinblue\\"},\\"sendinblue\\":{\\"api_key\\":\\"${k.prov('brevo', C.brevo(k.g))}\\"}}"},
  {"option_name":"give_settings","option_value":"{\\"stripe_live_secret_key\\":\\"${k.prov('stripe', C.stripeSecret(k.g))}\\",\\"stripe_live_publishable_key\\":\\"${k.n(C.stripePub(k.g))}\\"}"},
  {"option_name":"recaptcha_site_key","option_value":"${k.n(C.recaptchaSite(k.g))}"},
  {"option_name":"wpforms_license","option_value":"{\\"key\\":\\"${k.n(k.g.hex(32))}\\",\\"type\\":\\"basic\\"}"},
  {"option_name":"admin_email","option_value":"webmaster@riversidefoodbank.example"},
  {"option_name":"auth_salt_old","option_value":"${k.n(C.wpHash(k.g))}"}
]
`,
  ),

  cDoc(
    'civic-staging-htpasswd-and-notes',
    ['credential-file', 'precision'],
    'hosting/staging/README.txt',
    (k) => `Staging site for the new donation page (password protected so Google doesn't index it).

.htpasswd (generated with htpasswd -B):
preview:${k.n(C.bcrypt(k.g))}

Login for trustees to preview: preview / ${k.hpw()}
Drupal admin hash in the DB dump is ${k.n(C.drupalHash(k.g))} (don't bother, it's bcrypt-ish).
WordPress user table sample hash: ${k.n(C.wpHash(k.g))}
`,
  ),

  cDoc(
    'civic-drupal-settings-local-php',
    ['config-syntax', 'precision'],
    'web/sites/default/settings.local.php',
    (k) => `<?php
// Local development overrides. Copy from example.settings.local.php.
$databases['default']['default']['password'] = getenv('DRUPAL_DB_PASSWORD');
$settings['hash_salt'] = ${k.n("file_get_contents('/run/secrets/drupal_salt')")};
$config['smtp.settings']['smtp_password'] = '${k.ph()}';
$config['smtp.settings']['smtp_username'] = 'apikey';
// The real SMTP password is in 1Password: ${k.n('op://Charity/SendGrid/credential')}
$settings['file_private_path'] = '/var/private';
$config['system.logging']['error_level'] = 'verbose';
`,
  ),

  cDoc(
    'civic-wpengine-deploy-gha',
    ['config-syntax', 'command-line', 'precision'],
    '.github/workflows/deploy.yml',
    (k) => `name: Deploy theme to WP Engine
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: wpengine/github-action-wpe-site-deploy@v3
        with:
          WPE_SSHG_KEY_PRIVATE: \${{ secrets.WPE_SSHG_KEY_PRIVATE }}
          WPE_ENV: foodbankprod
      - name: Purge cache
        run: curl -s -u "webadmin:${k.spw()}" -X POST "https://api.wpengineapi.com/v1/installs/${k.n(k.g.uuid())}/purge_cache"
      - name: Notify
        run: curl -s -X POST -d '{"text":"deployed"}' ${k.prov('slack-webhook', C.slackHook(k.g))}
`,
  ),

  cDoc(
    'civic-joomla-configuration-php',
    ['config-syntax', 'code', 'precision'],
    'public_html/configuration.php',
    (k) => `<?php
class JConfig {
	public $offline = '0';
	public $sitename = 'Associazione Navigli Insieme';
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'navigli_jml';
	public $password = '${k.spw()}';
	public $db = 'navigli_jml';
	public $dbprefix = 'nv_';
	public $secret = '${k.s('token', k.g.alnum(16))}';
	public $mailer = 'smtp';
	public $smtpuser = 'info@navigli-insieme.example';
	public $smtppass = '${k.spw()}';
	public $smtphost = 'smtps.aruba.it';
	public $log_path = '/home/navigli/logs';
}
`,
  ),
];
