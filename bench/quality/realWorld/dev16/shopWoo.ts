// WooCommerce on WordPress: wp-config.php, REST consumer key/secret pairs, WP-CLI history, plugin settings
// exports, and the hashes and public keys that fill the same files.
import type { RealWorldDoc } from '../types';
import { shopDoc, V } from './shopValues';

export const SHOP_WOO_DOCS: RealWorldDoc[] = [
  shopDoc(
    'shop-wp-config-woo',
    ['config-syntax', 'precision'],
    'wp-config.php',
    (k) => `<?php
/**
 * The base configuration for WordPress
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'wp_bloemenhuis' );
define( 'DB_USER', 'bloem_wp' );
define( 'DB_PASSWORD', '${k.spw()}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! https://api.wordpress.org/secret-key/1.1/salt/
 */
define( 'AUTH_KEY',         '${k.s('token', V.wpSalt(k.g))}' );
define( 'SECURE_AUTH_KEY',  '${k.s('token', V.wpSalt(k.g))}' );
define( 'LOGGED_IN_KEY',    '${k.s('token', V.wpSalt(k.g))}' );
define( 'NONCE_KEY',        '${k.s('token', V.wpSalt(k.g))}' );
define( 'AUTH_SALT',        '${k.n('put your unique phrase here')}' );
define( 'SECURE_AUTH_SALT', '${k.n('put your unique phrase here')}' );
/**#@-*/

$table_prefix = 'wp_bh_';

define( 'WP_DEBUG', false );
define( 'WP_MEMORY_LIMIT', '512M' );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_REDIS_PASSWORD', '${k.spw()}' );
define( 'WPMS_ON', true );
define( 'WPMS_SMTP_PASS', '${k.spw()}' );
define( 'WC_GZD_ENCRYPTION_KEY', '${k.hex(64)}' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  ),
  shopDoc(
    'shop-woo-rest-python',
    ['code'],
    'sync/woo_prices.py',
    (k) => `from woocommerce import API

# REST key "price-sync" (WooCommerce > Settings > Advanced > REST API), read/write
wcapi = API(
    url="https://www.zapatos-madrid.example",
    consumer_key="${k.prov('woocommerce', V.wooKey(k.g))}",
    consumer_secret="${k.prov('woocommerce', V.wooSecret(k.g))}",
    version="wc/v3",
    timeout=30,
)

def update_price(product_id: int, price: str) -> None:
    r = wcapi.put(f"products/{product_id}", {"regular_price": price})
    r.raise_for_status()

if __name__ == "__main__":
    for pid, price in [(1287, "89.90"), (1288, "94.90")]:
        update_price(pid, price)
`,
  ),
  shopDoc(
    'shop-woo-curl-query-auth',
    ['command-line', 'http-auth'],
    'notes/woo-api-tests.sh',
    (k) => `# over HTTPS the keys can go in the query string (the docs say so, the host's access log disagrees)
curl "https://shop.sklepik.example/wp-json/wc/v3/orders?status=processing&consumer_key=${k.prov('woocommerce', V.wooKey(k.g))}&consumer_secret=${k.prov('woocommerce', V.wooSecret(k.g))}"

# basic auth variant
curl https://shop.sklepik.example/wp-json/wc/v3/products/5521 -u ${k.prov('woocommerce', V.wooKey(k.g))}:${k.prov('woocommerce', V.wooSecret(k.g))}

# application password of the "integracja" user (Users > Profile > Application Passwords)
curl -u integracja:"${k.s('password', `${k.g.alnum(4)} ${k.g.alnum(4)} ${k.g.alnum(4)} ${k.g.alnum(4)} ${k.g.alnum(4)} ${k.g.alnum(4)}`)}" https://shop.sklepik.example/wp-json/wp/v2/users/me
`,
  ),
  shopDoc(
    'shop-wp-cli-history',
    ['command-line', 'precision'],
    'notes/wp-cli.txt',
    (k) => `wp core download --locale=de_DE
wp config create --dbname=wp_teeladen --dbuser=teeladen --dbpass=${k.spw()} --dbhost=localhost --locale=de_DE
wp core install --url=https://teeladen.example --title="Teeladen" --admin_user=inhaber --admin_password=${k.spw()} --admin_email=info@teeladen.example
wp plugin install woocommerce woocommerce-germanized woocommerce-paypal-payments --activate
wp user create shopmanager laden@teeladen.example --role=shop_manager --user_pass=${k.spw()}
wp user update 1 --user_pass=${k.spw()} --skip-email
wp option update woocommerce_store_address "Grosse Elbstrasse 12"
wp wc tool run clear_transients --user=1
wp search-replace 'https://staging.teeladen.example' 'https://teeladen.example' --all-tables
wp db export backup-$(date +%F).sql
wp user list --fields=ID,user_login,user_pass
+----+-------------+------------------------------------+
| ID | user_login  | user_pass                          |
+----+-------------+------------------------------------+
| 1  | inhaber     | ${k.n(V.wpHash(k.g))} |
| 2  | shopmanager | ${k.n(V.wpHash(k.g))} |
| 3  | agentur     | ${k.n(V.wpBcrypt(k.g))} |
+----+-------------+------------------------------------+
`,
  ),
  shopDoc(
    'shop-woo-stripe-settings-export',
    ['config-syntax', 'precision'],
    'exports/woocommerce_stripe_settings.json',
    (k) => `{
  "option_name": "woocommerce_stripe_settings",
  "option_value": {
    "enabled": "yes",
    "title": "Kreditkarte (Stripe)",
    "testmode": "no",
    "test_publishable_key": "${k.n(V.stripePublishable(k.g, 'test'))}",
    "test_secret_key": "${k.prov('stripe', V.stripeSecret(k.g, 'test'))}",
    "publishable_key": "${k.n(V.stripePublishable(k.g))}",
    "secret_key": "${k.prov('stripe', V.stripeSecret(k.g))}",
    "webhook_secret": "${k.prov('stripe', V.stripeWebhook(k.g))}",
    "test_webhook_secret": "",
    "inline_cc_form": "no",
    "statement_descriptor": "BERGSPORT",
    "capture": "yes",
    "payment_request": "yes",
    "saved_cards": "yes",
    "logging": "no",
    "upe_checkout_experience_enabled": "yes"
  }
}
`,
  ),
  shopDoc(
    'shop-woo-paypal-payments-sql',
    ['config-syntax', 'logs-and-output'],
    'exports/wp_options_payments.sql',
    (k) => `-- phpMyAdmin SQL Dump
-- Host: localhost:3306
-- Generation Time: Nov 18, 2024 at 09:14 AM

INSERT INTO \`wp_options\` (\`option_id\`, \`option_name\`, \`option_value\`, \`autoload\`) VALUES
(3012, 'woocommerce_ppcp-gateway_settings', 'a:5:{s:7:"enabled";s:3:"yes";s:5:"title";s:6:"PayPal";s:9:"client_id";s:80:"${k.n(V.paypalClientId(k.g))}";s:13:"client_secret";s:80:"${k.prov('paypal', V.paypalSecret(k.g))}";s:11:"merchant_id";s:13:"${k.n(k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 13))}";}', 'yes'),
(3013, 'woocommerce_mollie_settings', 'a:3:{s:8:"live_api";s:35:"${k.prov('mollie', V.mollieKey(k.g))}";s:8:"test_api";s:35:"${k.prov('mollie', V.mollieKey(k.g, 'test'))}";s:9:"test_mode";s:2:"no";}', 'yes'),
(3014, 'woocommerce_version', '9.3.3', 'yes'),
(3015, '_transient_wc_count_comments', 'O:8:"stdClass":7:{s:14:"total_comments";i:412;}', 'yes'),
(3016, 'wc_stripe_upe_fingerprint', '${k.n(V.sha256(k.g))}', 'no');
`,
  ),
  shopDoc(
    'shop-woo-wp-mail-smtp-ini',
    ['config-syntax'],
    'conf/php-fpm/www.conf',
    (k) => `[www]
user = www-data
group = www-data
listen = /run/php/php8.2-fpm.sock
pm = dynamic
pm.max_children = 24
pm.start_servers = 4

; WooCommerce / plugins read these from the environment
env[WP_ENV] = production
env[DB_PASSWORD] = ${k.spw()}
env[STRIPE_SECRET_KEY] = ${k.prov('stripe', V.stripeSecret(k.g))}
env[SENDGRID_API_KEY] = ${k.prov('sendgrid', V.sendgridKey(k.g))}
env[SHIPPO_TOKEN] = ${k.prov('shippo', V.shippoToken(k.g))}

php_admin_value[memory_limit] = 512M
php_admin_value[upload_max_filesize] = 64M
php_admin_flag[display_errors] = off
`,
  ),
  shopDoc(
    'shop-woo-plugin-php-hardcoded',
    ['code', 'defaults-in-code'],
    'wp-content/plugins/bh-erp-bridge/bh-erp-bridge.php',
    (k) => `<?php
/**
 * Plugin Name: BH ERP Bridge
 * Description: Pushes completed WooCommerce orders to the ERP (Exact Online middleware).
 * Version: 0.4.2
 */

defined( 'ABSPATH' ) || exit;

const BH_ERP_ENDPOINT = 'https://middleware.bloemenhuis.example/api/orders';
const BH_ERP_API_KEY  = '${k.tok()}';

add_action( 'woocommerce_order_status_completed', function ( $order_id ) {
	$order = wc_get_order( $order_id );
	wp_remote_post( BH_ERP_ENDPOINT, [
		'headers' => [
			'X-Api-Key'    => BH_ERP_API_KEY,
			'Content-Type' => 'application/json',
		],
		'body'    => wp_json_encode( [
			'number'   => $order->get_order_number(),
			'total'    => $order->get_total(),
			'email'    => $order->get_billing_email(),
		] ),
		'timeout' => 20,
	] );
} );

// Fallback FTP for the daily CSV when the middleware is down
function bh_erp_ftp_login() {
	$conn = ftp_connect( 'ftp.bloemenhuis.example' );
	ftp_login( $conn, 'erp_export', '${k.spw()}' );
	return $conn;
}
`,
  ),
  shopDoc(
    'shop-wp-htpasswd-staging',
    ['credential-file', 'config-syntax', 'precision'],
    'staging/.htaccess',
    (k) => `# Staging password protection — client login: vorschau / ${k.hpw()}
AuthType Basic
AuthName "Staging Teeladen"
AuthUserFile /var/www/staging/.htpasswd
Require valid-user

# .htpasswd content (for reference):
# vorschau:${k.n(`$apr1$${k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 8)}$${k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 22)}`)}

<IfModule mod_rewrite.c>
RewriteEngine On
RewriteBase /
RewriteRule ^index\\.php$ - [L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteRule . /index.php [L]
</IfModule>
`,
  ),
  shopDoc(
    'shop-woo-deploy-env-bedrock',
    ['config-syntax'],
    'bedrock/.env',
    (k) => `DB_NAME='bergsport_wp'
DB_USER='bergsport'
DB_PASSWORD='${k.spw()}'
DB_HOST='mysql-01.internal'

WP_ENV='production'
WP_HOME='https://shop.bergsport.example'
WP_SITEURL="\${WP_HOME}/wp"

# Generate your keys here: https://roots.io/salts.html
AUTH_KEY='${k.s('token', V.wpSalt(k.g).replace(/['\\]/g, 'x'))}'
SECURE_AUTH_KEY='${k.s('token', V.wpSalt(k.g).replace(/['\\]/g, 'x'))}'
LOGGED_IN_KEY='generateme'
NONCE_KEY='generateme'

ACF_PRO_KEY='${k.s('token', k.g.base64(60))}'
GF_LICENSE_KEY='${k.hex(32)}'
WOOCOMMERCE_HELPER_TOKEN=''
`,
  ),
  shopDoc(
    'shop-woo-order-export-cron-log',
    ['logs-and-output', 'precision'],
    'logs/wc-order-export-2024-11-20.log',
    (k) => `2024-11-20T02:00:01+00:00 INFO  Export started (profile "DATEV daily", format CSV)
2024-11-20T02:00:01+00:00 DEBUG Orders found: 87 (first ${k.n(V.orderNo(k.g))}, last ${k.n(V.orderNo(k.g))})
2024-11-20T02:00:02+00:00 DEBUG Payment ${k.n(V.stripeId(k.g, 'pi'))} captured, charge ${k.n(V.stripeId(k.g, 'ch'))}, card ${k.n(V.cardMasked(k.g))}
2024-11-20T02:00:02+00:00 DEBUG Shipment tracking ${k.n(V.tracking(k.g))} (DHL), SKU ${k.n(V.sku(k.g))}, EAN ${k.n(V.ean(k.g))}
2024-11-20T02:00:03+00:00 INFO  Upload to ftp://datev_export:${k.cs()}@ftp.steuerbuero.example/inbox/orders-2024-11-19.csv
2024-11-20T02:00:04+00:00 WARN  Coupon ${k.n(V.coupon(k.g))} applied to ${k.n(V.orderNo(k.g))} exceeds max discount
2024-11-20T02:00:04+00:00 INFO  Mail sent via SMTP user buchhaltung@teeladen.example (password: ${k.n('********')})
2024-11-20T02:00:05+00:00 INFO  Export finished in 4.1s, file sha1 ${k.n(V.sha1(k.g))}
`,
  ),
  shopDoc(
    'shop-woo-docker-compose',
    ['config-syntax', 'precision'],
    'docker-compose.yml',
    (k) => `services:
  db:
    image: mariadb:10.11
    environment:
      MYSQL_ROOT_PASSWORD: ${k.spw()}
      MYSQL_DATABASE: woo
      MYSQL_USER: woo
      MYSQL_PASSWORD: ${k.spw()}
    volumes:
      - dbdata:/var/lib/mysql
  wordpress:
    image: wordpress:6.6-php8.2-apache
    depends_on: [db]
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: woo
      WORDPRESS_DB_PASSWORD: \${WORDPRESS_DB_PASSWORD}
      WORDPRESS_CONFIG_EXTRA: |
        define('WP_REDIS_HOST', 'redis');
        define('STRIPE_LIVE_SECRET', '${k.prov('stripe', V.stripeRestricted(k.g))}');
    ports:
      - "8080:80"
  phpmyadmin:
    image: phpmyadmin
    environment:
      PMA_HOST: db
      PMA_USER: root
      PMA_PASSWORD: ${k.n('${MYSQL_ROOT_PASSWORD}')}
volumes:
  dbdata:
`,
  ),
];
