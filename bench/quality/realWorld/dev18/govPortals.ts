// E-government portals and citizen services as their admins and contractors keep them: Drupal settings.php, Liferay
// portal-ext.properties, Plone buildout, TYPO3 configuration, Decidim/CONSUL participation platforms, Matomo and
// WordPress for council sites, compose files and htpasswd files on the portal hosts.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './govValues';

export const GOV_PORTAL_DOCS: RealWorldDoc[] = [
  gDoc(
    'gov-drupal-settings-php',
    ['config-syntax', 'code', 'precision'],
    'web/sites/default/settings.php',
    (k) => `<?php

// Buergerportal Landkreis — production settings (deployed by Ansible, keep in sync with settings.local.php)

$databases['default']['default'] = [
  'database' => 'drupal_portal',
  'username' => 'drupal',
  'password' => '${k.pw()}',
  'prefix' => '',
  'host' => 'db-portal.lk.intern',
  'port' => '3306',
  'driver' => 'mysql',
  'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',
];

$databases['migrate']['default'] = [
  'database' => 'd7_altportal',
  'username' => 'migrate_ro',
  'password' => getenv('MIGRATE_DB_PASSWORD'),
  'host' => 'db-alt.lk.intern',
  'driver' => 'mysql',
];

$settings['hash_salt'] = '${k.s('token', k.g.base64url(74))}';
$settings['config_sync_directory'] = '../config/sync';
$settings['trusted_host_patterns'] = ['^www\\\\.landkreis-beispiel\\\\.de$', '^buergerportal\\\\.landkreis-beispiel\\\\.de$'];

// Servicekonto / BundID (OIDC) — client id is public, secret below
$config['openid_connect.client.bundid']['settings']['client_id'] = '${k.n('lk-portal-' + k.g.digits(6))}';
$config['openid_connect.client.bundid']['settings']['client_secret'] = '${k.tok()}';

// ePayBL fee payments
$config['epaybl.settings']['mandant_id'] = '${k.n(k.g.digits(8))}';
$config['epaybl.settings']['bewirtschafter_nr'] = '${k.n(k.g.digits(6))}';
$config['epaybl.settings']['api_password'] = '${k.spw()}';

// SMTP via Kommunales Rechenzentrum
$config['smtp.settings']['smtp_username'] = 'noreply-portal';
$config['smtp.settings']['smtp_password'] = '${k.pw()}';

$config['system.file']['path']['temporary'] = '/tmp';
$settings['file_private_path'] = '/var/www/private';
`,
  ),

  gDoc(
    'gov-drupal-settings-local-example',
    ['config-syntax', 'precision'],
    'web/sites/example.settings.local.php',
    (k) => `<?php
// Copy to settings.local.php for local development. Never put real credentials here.
$databases['default']['default'] = [
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => '${k.n('drupal')}',
  'host' => 'database',
  'driver' => 'mysql',
];
$settings['hash_salt'] = '${k.n('CHANGE-THIS-TO-SOMETHING-LONG')}';
$config['openid_connect.client.bundid']['settings']['client_secret'] = '${k.ph()}';
$config['epaybl.settings']['api_password'] = getenv('${k.n('EPAYBL_API_PASSWORD')}');
$config['system.performance']['css']['preprocess'] = FALSE;
$settings['update_free_access'] = FALSE;
`,
  ),

  gDoc(
    'gov-liferay-portal-ext-properties',
    ['config-syntax'],
    'liferay/portal-ext.properties',
    (k) => `# Liferay DXP 7.4 — Comune di Bologna servizi online
jdbc.default.driverClassName=org.postgresql.Driver
jdbc.default.url=jdbc:postgresql://pgdb-portale.comune.local:5432/lportal
jdbc.default.username=lportal
jdbc.default.password=${k.pw()}

# LDAP import from Active Directory
ldap.base.provider.url.0=ldaps://ad01.comune.local:636
ldap.base.dn.0=DC=comune,DC=local
ldap.security.principal.0=CN=svc-liferay,OU=ServiceAccounts,DC=comune,DC=local
ldap.security.credentials.0=${k.pw()}
ldap.import.enabled=true
ldap.auth.enabled=true

# SPID/CIE via SAML: keystore password for the SP signing key
saml.keystore.manager.impl=com.liferay.saml.opensaml.integration.internal.credential.FileSystemKeyStoreManagerImpl
saml.keystore.path=\${liferay.home}/data/keystore.jks
saml.keystore.password=${k.pw()}
saml.keystore.credential.password[spid-sp]=${k.spw()}

mail.session.mail.smtp.host=smtp.comune.local
mail.session.mail.smtp.user=portale@comune.bologna.example
mail.session.mail.smtp.password=${k.hpw()}

# PagoPA node
pagopa.station.id=${k.n(k.g.digits(11) + '_01')}
pagopa.broker.fiscal.code=${k.n(k.g.digits(11))}
pagopa.api.subscription.key=${k.hex(32)}

company.default.web.id=comune.bologna.example
users.reminder.queries.enabled=false
`,
  ),

  gDoc(
    'gov-plone-buildout-cfg',
    ['config-syntax', 'precision'],
    'buildout-production.cfg',
    (k) => `[buildout]
extends = buildout.cfg
parts += zeoserver instance1 instance2

[zeoserver]
recipe = plone.recipe.zeoserver
zeo-address = 127.0.0.1:8100

[instance1]
<= instance_base
http-address = 8081
user = admin:${k.pw()}

[relstorage]
dsn = dbname='plone_gemeente' user='plone' host='pg01.gemeente.local' password='${k.cs()}'

[ldap]
bind-dn = cn=plone-bind,ou=apps,dc=gemeente,dc=nl
bind-password = ${k.spw()}

[versions]
Plone = 5.2.14
plone.recipe.zeoserver = 2.0.3
# checksums from the release
Products.CMFPlone-sha256 = ${k.n(V.sha256(k.g))}
`,
  ),

  gDoc(
    'gov-typo3-additional-configuration',
    ['config-syntax', 'code'],
    'public/typo3conf/AdditionalConfiguration.php',
    (k) => `<?php
// Stadtverwaltung — TYPO3 v11, Produktivsystem
$GLOBALS['TYPO3_CONF_VARS']['DB']['Connections']['Default'] = array_merge(
    $GLOBALS['TYPO3_CONF_VARS']['DB']['Connections']['Default'],
    [
        'dbname' => 't3_stadt',
        'host' => 'mariadb-t3.stadt.intern',
        'password' => '${k.pw()}',
        'user' => 't3_stadt',
    ]
);
$GLOBALS['TYPO3_CONF_VARS']['SYS']['encryptionKey'] = '${k.hex(96)}';
$GLOBALS['TYPO3_CONF_VARS']['BE']['installToolPassword'] = '${k.n('$argon2i$v=19$m=65536,t=16,p=1$' + k.g.base64(22) + '$' + k.g.base64(43))}';
$GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport_smtp_password'] = '${k.hpw()}';
$GLOBALS['TYPO3_CONF_VARS']['MAIL']['transport_smtp_username'] = 'webredaktion@stadt.example';
// Solr (EXT:solr) — Basis-Auth
$GLOBALS['TYPO3_CONF_VARS']['EXTENSIONS']['solr']['password'] = '${k.spw()}';
`,
  ),

  gDoc(
    'gov-decidim-env',
    ['config-syntax', 'precision'],
    'decidim-participa/.env.production',
    (k) => `# Decidim — participatory budgeting (Ayuntamiento)
DATABASE_URL=postgres://decidim:${k.cs()}@10.20.4.15:5432/decidim_prod
SECRET_KEY_BASE=${k.hex(128)}
SMTP_USERNAME=participa@ayto.example
SMTP_PASSWORD=${k.pw()}
SMTP_ADDRESS=smtp.ayto.example
GEOCODER_LOOKUP_API_KEY=${k.u(V.googleApiKey(k.g))}
# ^ browser key restricted by referrer (participa.ayto.example) — public
MAPS_PROVIDER=here
HERE_API_KEY=${k.tok()}
REDIS_URL=redis://:${k.cs()}@redis-participa:6379/1
SENTRY_DSN=${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}
CENSUS_WS_USER=participa
CENSUS_WS_PASSWORD=${k.spw()}
DECIDIM_FORCE_SSL=true
`,
  ),

  gDoc(
    'gov-matomo-config-ini',
    ['config-syntax', 'precision'],
    'matomo/config/config.ini.php',
    (k) => `; <?php exit; ?> DO NOT REMOVE THIS LINE
; file automatically generated or modified by Matomo; you can manually override the default values in global.ini.php by redefining them in this file.
[database]
host = "mysql-stats.kommune.local"
username = "matomo"
password = "${k.pw()}"
dbname = "matomo"
tables_prefix = "matomo_"
charset = "utf8mb4"

[General]
salt = "${k.hex(32)}"
trusted_hosts[] = "statistik.kommune.example"
assume_secure_protocol = 1
force_ssl = 1

[mail]
transport = "smtp"
host = "relay.kommune.local"
username = "matomo"
password = "${k.hpw()}"

; site id of the public site tracker (public)
[Tracker]
token_auth_example = "${k.n('anonymous')}"
`,
  ),

  gDoc(
    'gov-wp-config-council-site',
    ['config-syntax', 'code'],
    'wordpress/wp-config.php',
    (k) => `<?php
/** Parish council site — managed by the clerk's office */
define( 'DB_NAME', 'wp_parish' );
define( 'DB_USER', 'wp_parish' );
define( 'DB_PASSWORD', '${k.pw()}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%^*-_+=[]{}|:,.<>~', 64))}' );
define( 'SECURE_AUTH_KEY',  '${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%^*-_+=[]{}|:,.<>~', 64))}' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', '${k.hpw()}' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  ),

  gDoc(
    'gov-portal-docker-compose',
    ['config-syntax', 'precision'],
    'deploy/docker-compose.yml',
    (k) => `version: "3.8"
services:
  keycloak:
    image: quay.io/keycloak/keycloak:24.0
    command: start --optimized
    environment:
      KC_DB: postgres
      KC_DB_URL: jdbc:postgresql://postgres/keycloak
      KC_DB_USERNAME: keycloak
      KC_DB_PASSWORD: ${k.pw()}
      KEYCLOAK_ADMIN: admin
      KEYCLOAK_ADMIN_PASSWORD: ${k.hpw()}
  postgres:
    image: postgres:15
    environment:
      POSTGRES_USER: keycloak
      POSTGRES_PASSWORD: \${${k.n('POSTGRES_PASSWORD')}}
  portal:
    image: registry.gitlab.kommune.example/portal/web:1.14.2
    environment:
      OIDC_ISSUER: https://id.kommune.example/realms/buerger
      OIDC_CLIENT_ID: portal-web
      OIDC_CLIENT_SECRET: ${k.tok()}
      FORM_SERVER_PASSWORD_FILE: /run/secrets/${k.n('form_server_password')}
    secrets:
      - form_server_password
secrets:
  form_server_password:
    file: ./secrets/form_server_password.txt
`,
  ),

  gDoc(
    'gov-htpasswd-and-nginx',
    ['credential-file', 'config-syntax', 'precision'],
    'etc/nginx/conf.d/intranet.conf',
    (k) => `# Intranet preview for the Redaktion (basic auth until SSO is live)
server {
    listen 443 ssl;
    server_name preview.intranet.kreis.local;
    auth_basic "Vorschau";
    auth_basic_user_file /etc/nginx/.htpasswd;
    location /api/ {
        proxy_pass http://127.0.0.1:8080;
        proxy_set_header Authorization "Basic ${k.basic('redaktion')}";
    }
}
# /etc/nginx/.htpasswd (hashes, fine to keep here):
# redaktion:${k.n('$apr1$' + k.g.alnum(8) + '$' + k.g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 22))}
# presse:${k.n('{SHA}' + k.g.base64(27) + '=')}
`,
  ),

  gDoc(
    'gov-consul-secrets-yml',
    ['config-syntax', 'precision'],
    'consul/config/secrets.yml',
    (k) => `default: &default
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>
  maps_api_key: ""
  server_name: "decide.municipio.example"

development:
  <<: *default
  secret_key_base: ${k.u(k.g.hex(128))}

production:
  <<: *default
  secret_key_base: ${k.hex(128)}
  smtp_settings:
    address: "smtp.municipio.example"
    user_name: "decide"
    password: "${k.pw()}"
  census_api:
    endpoint: "https://padron.municipio.example/ws"
    institution_code: "${k.n(k.g.digits(8))}"
    portal_name: "DECIDE"
    user_code: "${k.n('USR' + k.g.digits(5))}"
`,
  ),
];
