// CMS configuration files as they sit on shared hosting: WordPress, Joomla, Drupal, Magento, PrestaShop, OpenCart.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { web, wpSalt, drupalSalt, magentoKey, joomlaSecret, prestaKey } from './webValues';

const SALT_NAMES = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];

export const WEB_CMS_DOCS: RealWorldDoc[] = [
  doc('web-wpconfig-live', ['config-syntax', 'code'], 'public_html/wp-config.php', (k) => {
    const w = web(k);
    const salts = SALT_NAMES.map((n) => `define( '${n}',${' '.repeat(Math.max(1, 18 - n.length))}'${k.s('token', wpSalt(k.g))}' );`).join('\n');
    return `<?php
/**
 * The base configuration for WordPress
 *
 * @link https://wordpress.org/documentation/article/editing-wp-config-php/
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', 'u${k.g.digits(6)}_wp${k.g.lower(3)}' );

/** Database username */
define( 'DB_USER', 'u${k.g.digits(6)}_wpuser' );

/** Database password */
define( 'DB_PASSWORD', '${w.gen()}' );

/** Database hostname */
define( 'DB_HOST', 'localhost' );

/** Database charset to use in creating database tables. */
define( 'DB_CHARSET', 'utf8mb4' );

/** The database collate type. Don't change this if in doubt. */
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
${salts}

/**#@-*/

$table_prefix = 'wp${k.g.digits(2)}_';

define( 'WP_DEBUG', false );
define( 'WP_MEMORY_LIMIT', '256M' );
define( 'FS_METHOD', 'direct' );

/* Add any custom values between this line and the "stop editing" line. */
define( 'WP_CACHE', true ); // Added by WP Rocket
define( 'WP_CACHE_KEY_SALT', '${k.n('example-laden.de:')}' );
// define( 'DB_PASSWORD', '${k.n('password_here')}' ); // aus der Vorlage, nicht mehr gültig
define( 'JWT_AUTH_SECRET_KEY', '${w.tok()}' );
define( 'JWT_AUTH_CORS_ENABLE', true );
define( 'WPMS_ON', true );
define( 'WPMS_SMTP_PASS', '${w.hum()}' );
define( 'ITSEC_ENCRYPTION_KEY', '${k.s('token', k.raw.b64(k.g.alnum(48)))}' );

/* That's all, stop editing! Happy publishing. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
  }),

  doc('web-wpconfig-sample', ['config-syntax', 'precision'], 'wp-config-sample.php', (k) => {
    const salts = SALT_NAMES.map((n) => `define( '${n}',${' '.repeat(Math.max(1, 18 - n.length))}'${k.n('put your unique phrase here')}' );`).join('\n');
    return `<?php
// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', '${k.n('database_name_here')}' );

/** Database username */
define( 'DB_USER', '${k.n('username_here')}' );

/** Database password */
define( 'DB_PASSWORD', '${k.n('password_here')}' );

/** Database hostname */
define( 'DB_HOST', 'localhost' );

define( 'DB_CHARSET', 'utf8' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 *
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 *
 * You can change these at any point in time to invalidate all existing cookies.
 * This will force all users to have to log in again.
 *
 * @since 2.6.0
 */
${salts}

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
  }),

  doc('web-wpconfig-staging-env', ['config-syntax', 'code', 'precision'], 'staging/wp-config.php', (k) => {
    const w = web(k);
    return `<?php
// Staging – Werte kommen aus der Umgebung (Plesk > PHP-Einstellungen), Fallback nur lokal!
// TODO(${w.who()}): Fallback vor Go-Live entfernen
define('DB_NAME',     getenv('${k.n('WP_DB_NAME')}') ?: 'staging_wp');
define('DB_USER',     getenv('WP_DB_USER') ?: 'staging');
define('DB_PASSWORD', getenv('${k.n('WP_DB_PASSWORD')}') ?: '${w.hum()}');
define('DB_HOST',     getenv('WP_DB_HOST') ?: '127.0.0.1:3307');

define('WP_HOME',    'https://staging.${w.client()}-beispiel.de');
define('WP_SITEURL', 'https://staging.${w.client()}-beispiel.de');

// Schlüssel: auf Staging absichtlich andere als live
define('AUTH_KEY',         '${w.salt()}');
define('SECURE_AUTH_KEY',  '${w.salt()}');
define('LOGGED_IN_KEY',    getenv('${k.n('WP_LOGGED_IN_KEY')}'));
define('NONCE_KEY',        getenv('WP_NONCE_KEY'));

define('JETPACK_STAGING_MODE', true);
define('WP_ENVIRONMENT_TYPE', 'staging');
define('DISALLOW_FILE_EDIT', true);
$table_prefix = 'stg_';
`;
  }),

  doc('web-joomla-configuration', ['config-syntax', 'code'], 'httpdocs/configuration.php', (k) => {
    const w = web(k);
    return `<?php
class JConfig {
	public $offline = false;
	public $offline_message = 'Este sitio está en mantenimiento.<br>Por favor, vuelva pronto.';
	public $display_offline_message = 1;
	public $sitename = 'Clínica Dental Sonrisa';
	public $editor = 'tinymce';
	public $captcha = '0';
	public $list_limit = 20;
	public $access = 1;
	public $debug = false;
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'clinica_jml';
	public $password = '${w.hum()}';
	public $db = 'clinica_joomla';
	public $dbprefix = '${k.g.lower(5)}_';
	public $dbencryption = 0;
	public $live_site = '';
	public $secret = '${k.s('token', joomlaSecret(k.g))}';
	public $gzip = false;
	public $error_reporting = 'default';
	public $ftp_host = '';
	public $ftp_port = '21';
	public $ftp_user = '';
	public $ftp_pass = '';
	public $ftp_root = '';
	public $ftp_enable = '0';
	public $offset = 'Europe/Madrid';
	public $mailonline = true;
	public $mailer = 'smtp';
	public $mailfrom = 'citas@clinica-sonrisa.es';
	public $fromname = 'Clínica Sonrisa';
	public $sendmail = '/usr/sbin/sendmail';
	public $smtpauth = true;
	public $smtpuser = 'citas@clinica-sonrisa.es';
	public $smtppass = '${w.pw()}';
	public $smtphost = 'smtp.ionos.es';
	public $smtpsecure = 'tls';
	public $smtpport = 587;
	public $caching = 0;
	public $cache_handler = 'file';
	public $cachetime = 15;
	public $session_handler = 'database';
	public $lifetime = 15;
	public $cookie_domain = '';
	public $cookie_path = '';
	public $log_path = '/var/www/vhosts/clinica-sonrisa.es/httpdocs/administrator/logs';
	public $tmp_path = '/var/www/vhosts/clinica-sonrisa.es/httpdocs/tmp';
}`;
  }),

  doc('web-drupal-settings', ['config-syntax', 'code'], 'web/sites/default/settings.php', (k) => {
    const w = web(k);
    return `<?php

// phpcs:ignoreFile

/**
 * @file
 * Drupal site-specific configuration file.
 */

$databases['default']['default'] = [
  'database' => 'drupal_prod',
  'username' => 'drupal',
  'password' => '${w.gen()}',
  'prefix' => '',
  'host' => 'db.internal',
  'port' => '3306',
  'isolation_level' => 'READ COMMITTED',
  'driver' => 'mysql',
  'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',
  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
];

// Legacy D7 migrate source – read only replica
$databases['migrate']['default'] = array (
  'database' => 'd7_old',
  'username' => 'migrate_ro',
  'password' => "${w.hum()}",
  'host' => '10.0.4.12',
  'driver' => 'mysql',
);

$settings['hash_salt'] = '${k.s('token', drupalSalt(k.g))}';
$settings['update_free_access'] = FALSE;
$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '/var/www/private';
$settings['trusted_host_patterns'] = ['^www\\.example-uni\\.edu$'];

// Search API Solr
$config['search_api.server.solr']['backend_config']['connector_config']['username'] = 'solr';
$config['search_api.server.solr']['backend_config']['connector_config']['password'] = '${w.pw()}';

// SMTP module
$config['smtp.settings']['smtp_password'] = '${w.pw()}';

if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {
  include $app_root . '/' . $site_path . '/settings.local.php';
}
`;
  }),

  doc('web-magento-env', ['config-syntax', 'code'], 'app/etc/env.php', (k) => {
    const w = web(k);
    return `<?php
return [
    'backend' => [
        'frontName' => 'admin_${k.g.lower(6)}'
    ],
    'remote_storage' => [
        'driver' => 'file'
    ],
    'queue' => [
        'consumers_wait_for_messages' => 1,
        'amqp' => [
            'host' => 'rabbitmq',
            'port' => '5672',
            'user' => 'magento',
            'password' => '${w.gen()}',
            'virtualhost' => '/'
        ]
    ],
    'crypt' => [
        'key' => '${k.s('token', magentoKey(k.g))}'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql',
                'dbname' => 'magento2',
                'username' => 'm2user',
                'password' => '${w.hum()}',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'initStatements' => 'SET NAMES utf8;',
                'active' => '1',
                'driver_options' => [
                    1014 => false
                ]
            ]
        ]
    ],
    'resource' => [
        'default_setup' => [
            'connection' => 'default'
        ]
    ],
    'x-frame-options' => 'SAMEORIGIN',
    'graphql' => [
        'id_salt' => '${k.s('token', k.g.alnum(32))}'
    ],
    'cache' => [
        'frontend' => [
            'default' => [
                'id_prefix' => '${k.n(k.g.hex(3) + '_')}'
            ]
        ]
    ],
    'MAGE_MODE' => 'production',
    'session' => [
        'save' => 'redis',
        'redis' => [
            'host' => 'redis',
            'port' => '6379',
            'password' => '${w.tok()}',
            'timeout' => '2.5',
            'database' => '2',
        ]
    ],
    'cache_types' => [
        'config' => 1,
        'layout' => 1,
        'full_page' => 1
    ],
    'install' => [
        'date' => 'Tue, 14 Mar 2023 09:12:44 +0000'
    ],
    'system' => [
        'default' => [
            'payment' => [
                'braintree' => [
                    'private_key' => '${w.hex(32)}'
                ]
            ]
        ]
    ]
];
`;
  }),

  doc('web-prestashop-parameters', ['config-syntax', 'code'], 'app/config/parameters.php', (k) => {
    const w = web(k);
    return `<?php return array (
  'parameters' =>
  array (
    'database_host' => '127.0.0.1',
    'database_port' => '',
    'database_name' => 'presta_loja',
    'database_user' => 'presta_usr',
    'database_password' => '${w.hum()}',
    'database_prefix' => 'ps_',
    'database_engine' => 'InnoDB',
    'mailer_transport' => 'smtp',
    'mailer_host' => 'smtp.hostinger.com',
    'mailer_user' => 'loja@sabores-do-minho.pt',
    'mailer_password' => '${w.pw()}',
    'secret' => '${k.s('token', k.g.alnum(64))}',
    'ps_caching' => 'CacheMemcache',
    'ps_cache_enable' => false,
    'ps_creation_date' => '2021-05-18',
    'locale' => 'pt-PT',
    'use_debug_toolbar' => true,
    'cookie_key' => '${k.s('token', prestaKey(k.g))}',
    'cookie_iv' => '${k.s('token', k.g.alnum(32))}',
    'new_cookie_key' => 'def00000${k.s('token', k.g.hex(200))}',
    'api_public_key' => '${k.n('-----BEGIN PUBLIC KEY-----')}\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${k.g.base64(40)}\\n-----END PUBLIC KEY-----',
  ),
);
`;
  }),

  doc('web-opencart-config', ['config-syntax', 'code'], 'admin/config.php', (k) => {
    const w = web(k);
    return `<?php
// HTTP
define('HTTP_SERVER', 'https://magaza.example-tekstil.com.tr/admin/');
define('HTTP_CATALOG', 'https://magaza.example-tekstil.com.tr/');

// DIR
define('DIR_APPLICATION', '/home/tekstil/public_html/admin/');
define('DIR_SYSTEM', '/home/tekstil/public_html/system/');
define('DIR_STORAGE', '/home/tekstil/storage/');

// DB
define('DB_DRIVER', 'mysqli');
define('DB_HOSTNAME', 'localhost');
define('DB_USERNAME', 'tekstil_oc');
define('DB_PASSWORD', '${w.hum()}'); // eski şifre: ${k.s('password', 'Tekstil' + k.g.digits(4))} (değiştirildi mi? emin değilim)
define('DB_DATABASE', 'tekstil_oc3');
define('DB_PORT', '3306');
define('DB_PREFIX', 'oc_');

// OpenCart API
define('OPENCART_SERVER', 'https://www.opencart.com/');
// API anahtarı: Sistem > Kullanıcılar > API ile oluşturuldu
define('OC_API_KEY', '${k.s('token', k.g.alnum(256))}');
`;
  }),

  doc('web-codeigniter-database', ['config-syntax', 'code'], 'application/config/database.php', (k) => {
    const w = web(k);
    return `<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$active_group = ENVIRONMENT === 'production' ? 'default' : 'dev';
$query_builder = TRUE;

$db['default'] = array(
	'dsn'	=> '',
	'hostname' => 'localhost',
	'username' => 'sim_akademik',
	'password' => '${w.hum()}',
	'database' => 'sim_akademik',
	'dbdriver' => 'mysqli',
	'dbprefix' => '',
	'pconnect' => FALSE,
	'db_debug' => (ENVIRONMENT !== 'production'),
	'cache_on' => FALSE,
	'char_set' => 'utf8',
	'dbcollat' => 'utf8_general_ci',
	'encrypt' => FALSE,
	'compress' => FALSE,
	'stricton' => FALSE,
	'save_queries' => TRUE
);

// server lokal (XAMPP) - password kosong, jangan di-commit yg production ya
$db['dev'] = $db['default'];
$db['dev']['username'] = 'root';
$db['dev']['password'] = '';
$db['dev']['database'] = 'sim_akademik_dev';

// database PMB (pendaftaran) di server lain
$db['pmb']['hostname'] = '103.${k.g.digits(2)}.${k.g.digits(2)}.14';
$db['pmb']['username'] = 'pmb_read';
$db['pmb']['password'] = '${w.let()}';
$db['pmb']['database'] = 'pmb2024';
$db['pmb']['dbdriver'] = 'mysqli';
`;
  }),

  doc('web-codeigniter4-env', ['config-syntax'], '.env', (k) => {
    const w = web(k);
    return `#--------------------------------------------------------------------
# ENVIRONMENT
#--------------------------------------------------------------------

CI_ENVIRONMENT = production

#--------------------------------------------------------------------
# APP
#--------------------------------------------------------------------

app.baseURL = 'https://pendaftaran.example-sekolah.sch.id/'
# app.forceGlobalSecureRequests = false

#--------------------------------------------------------------------
# DATABASE
#--------------------------------------------------------------------

database.default.hostname = localhost
database.default.database = ppdb_2025
database.default.username = ppdb_admin
database.default.password = ${w.pw()}
database.default.DBDriver = MySQLi
database.default.DBPrefix =
database.default.port = 3306

# database.tests.hostname = localhost
# database.tests.database = ci4_test
# database.tests.username = root
# database.tests.password = ${k.n('root')}

#--------------------------------------------------------------------
# ENCRYPTION
#--------------------------------------------------------------------

encryption.key = hex2bin:${k.s('token', k.g.hex(64))}

#--------------------------------------------------------------------
# SESSION
#--------------------------------------------------------------------

session.driver = 'CodeIgniter\\Session\\Handlers\\FileHandler'
session.savePath = null

# WhatsApp gateway (Fonnte)
FONNTE_TOKEN = ${w.tok()}
`;
  }),

  doc('web-typo3-localconf', ['config-syntax', 'code'], 'typo3conf/LocalConfiguration.php', (k) => {
    const w = web(k);
    return `<?php
return [
    'BE' => [
        'debug' => false,
        'installToolPassword' => '${k.n(k.raw.argon2(k.g))}',
        'passwordHashing' => [
            'className' => 'TYPO3\\\\CMS\\\\Core\\\\Crypto\\\\PasswordHashing\\\\Argon2iPasswordHash',
            'options' => [],
        ],
    ],
    'DB' => [
        'Connections' => [
            'Default' => [
                'charset' => 'utf8mb4',
                'dbname' => 'usr_web${k.g.digits(3)}_1',
                'driver' => 'mysqli',
                'host' => 'localhost',
                'password' => '${w.gen()}',
                'port' => 3306,
                'user' => 'web${k.g.digits(3)}',
            ],
        ],
    ],
    'MAIL' => [
        'transport' => 'smtp',
        'transport_smtp_encrypt' => true,
        'transport_smtp_password' => '${w.hum()}',
        'transport_smtp_server' => 'mail.gemeinde-example.at:465',
        'transport_smtp_username' => 'noreply@gemeinde-example.at',
    ],
    'SYS' => [
        'encryptionKey' => '${k.s('token', k.g.hex(96))}',
        'sitename' => 'Gemeinde Beispielsdorf',
        'trustedHostsPattern' => '.*.*',
    ],
];
`;
  }),
];
