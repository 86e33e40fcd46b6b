// PHP frameworks on cheap hosting: Laravel .env and config/*.php with literal fallbacks, Symfony .env.local,
// and the phpMyAdmin config next to them.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { web, laravelKey, blowfish } from './webValues';

export const WEB_LARAVEL_DOCS: RealWorldDoc[] = [
  doc('web-laravel-env-prod', ['config-syntax', 'credential-file'], '.env', (k) => {
    const w = web(k);
    return `APP_NAME="Toko Batik Sari"
APP_ENV=production
APP_KEY=${k.s('token', laravelKey(k.g))}
APP_DEBUG=false
APP_URL=https://tokobatiksari.example.id

LOG_CHANNEL=daily
LOG_LEVEL=error

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=tokobati_shop
DB_USERNAME=tokobati_shop
DB_PASSWORD="${w.hum()}"

BROADCAST_DRIVER=log
CACHE_DRIVER=file
QUEUE_CONNECTION=database
SESSION_DRIVER=file
SESSION_LIFETIME=120

MAIL_MAILER=smtp
MAIL_HOST=mail.tokobatiksari.example.id
MAIL_PORT=465
MAIL_USERNAME=admin@tokobatiksari.example.id
MAIL_PASSWORD=${w.pw()}
MAIL_ENCRYPTION=ssl
MAIL_FROM_ADDRESS="admin@tokobatiksari.example.id"
MAIL_FROM_NAME="\${APP_NAME}"

MIDTRANS_SERVER_KEY=Mid-server-${k.s('token', k.g.base64url(24))}
MIDTRANS_CLIENT_KEY=${k.n('Mid-client-' + k.g.base64url(16))}
MIDTRANS_IS_PRODUCTION=true

RAJAONGKIR_API_KEY=${w.hex(32)}
JWT_SECRET=${w.tok()}
SENTRY_LARAVEL_DSN=${k.n(k.raw.sentryDsn(k.g))}
APP_VERSION=${k.n('1.8.3')}
GIT_COMMIT=${w.sha()}

PUSHER_APP_ID=${k.g.digits(7)}
PUSHER_APP_KEY=${k.n(k.g.hex(20))}
PUSHER_APP_SECRET=${w.hex(20)}
PUSHER_APP_CLUSTER=ap1

VITE_PUSHER_APP_KEY="\${PUSHER_APP_KEY}"
VITE_PUSHER_APP_CLUSTER="\${PUSHER_APP_CLUSTER}"
`;
  }),

  doc('web-laravel-env-example', ['config-syntax', 'precision'], '.env.example', (k) => {
    return `APP_NAME=Laravel
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=laravel
DB_USERNAME=root
DB_PASSWORD=

REDIS_HOST=127.0.0.1
REDIS_PASSWORD=${k.n('null')}
REDIS_PORT=6379

MAIL_MAILER=smtp
MAIL_HOST=mailpit
MAIL_PORT=1025
MAIL_USERNAME=${k.n('null')}
MAIL_PASSWORD=${k.n('null')}
MAIL_ENCRYPTION=${k.n('null')}

AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
AWS_DEFAULT_REGION=us-east-1
AWS_BUCKET=

STRIPE_KEY=${k.n('pk_test_xxxxxxxxxxxxxxxx')}
STRIPE_SECRET=${k.n('sk_test_xxxxxxxxxxxxxxxx')}
RECAPTCHA_SITE_KEY=${k.n('your-site-key')}
RECAPTCHA_SECRET_KEY=${k.n('your-secret-key')}
`;
  }),

  doc('web-laravel-config-database', ['code', 'defaults-in-code'], 'config/database.php', (k) => {
    const w = web(k);
    return `<?php

use Illuminate\\Support\\Str;

return [

    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [

        'mysql' => [
            'driver' => 'mysql',
            'url' => env('DATABASE_URL'),
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'forge'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', '${w.hum()}'), // hosting nie czyta .env?? tymczasowo na sztywno
            'unix_socket' => env('DB_SOCKET', ''),
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
            'prefix' => '',
            'strict' => true,
        ],

        // stara baza sklepu (PrestaShop 1.6) - tylko do importu zamówień
        'legacy' => [
            'driver' => 'mysql',
            'host' => 'sql${k.g.digits(2)}.lh.pl',
            'database' => 'serwer${k.g.digits(5)}_sklep',
            'username' => 'serwer${k.g.digits(5)}_sklep',
            'password' => '${w.gen()}',
            'charset' => 'utf8',
        ],

        'pgsql' => [
            'driver' => 'pgsql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'database' => env('DB_DATABASE', 'forge'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', ''),
        ],
    ],

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD'),
            'port' => env('REDIS_PORT', '6379'),
            'database' => env('REDIS_DB', '0'),
        ],
    ],
];
`;
  }),

  doc('web-laravel-config-services', ['code', 'defaults-in-code'], 'config/services.php', (k) => {
    const w = web(k);
    return `<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.cafe-hanoi.example.vn'),
        'secret' => env('MAILGUN_SECRET', '${k.s('provider', k.raw.p.mailgun(k.g), 'mailgun')}'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],

    // Cổng thanh toán VNPay (môi trường thật)
    'vnpay' => [
        'tmn_code' => env('VNPAY_TMN_CODE', '${k.g.upper(8)}'),
        'hash_secret' => env('VNPAY_HASH_SECRET', '${k.s('token', k.g.upper(32))}'),
        'url' => 'https://pay.vnpay.vn/vpcpay.html',
    ],

    // MoMo
    'momo' => [
        'partner_code' => 'MOMO${k.g.upper(6)}',
        'access_key' => '${w.tok()}',
        'secret_key' => '${w.tok()}',
    ],

    'google' => [
        'client_id' => '${k.n(k.g.digits(12) + '-' + k.g.lower(32) + '.apps.googleusercontent.com')}',
        'client_secret' => env('GOOGLE_CLIENT_SECRET'),
        'redirect' => '/auth/google/callback',
        'maps_key' => '${w.maps()}', // key trình duyệt, giới hạn theo domain
    ],

    'zalo' => [
        'app_id' => '${k.g.digits(19)}',
        'app_secret' => "${w.tok()}",
    ],
];
`;
  }),

  doc('web-symfony-env-local', ['config-syntax'], '.env.local', (k) => {
    const w = web(k);
    return `# Ne pas committer ce fichier !! (ajouté au .gitignore le 12/02... ou pas ?)
APP_ENV=prod
APP_SECRET=${w.hex(32)}
DATABASE_URL="mysql://agence_sf:${w.cs()}@127.0.0.1:3306/agence_prod?serverVersion=8.0.32&charset=utf8mb4"
MAILER_DSN=smtp://contact%40agence-example.fr:${w.cs()}@ssl0.ovh.net:465
MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0
###> lexik/jwt-authentication-bundle ###
JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem
JWT_PUBLIC_KEY=%kernel.project_dir%/config/jwt/public.pem
JWT_PASSPHRASE=${w.phr()}
###< lexik/jwt-authentication-bundle ###
SENTRY_DSN=${k.n(k.raw.sentryDsn(k.g))}
`;
  }),

  doc('web-phpmyadmin-config', ['config-syntax', 'code'], 'phpmyadmin/config.inc.php', (k) => {
    const w = web(k);
    return `<?php
/**
 * phpMyAdmin sample configuration, you can use it as base for
 * manual configuration. For easier setup you can use setup/
 */

/**
 * This is needed for cookie based authentication to encrypt password in
 * cookie. Needs to be 32 chars long.
 */
$cfg['blowfish_secret'] = '${k.s('token', blowfish(k.g))}'; /* YOU MUST FILL IN THIS FOR COOKIE AUTH! */

$i = 0;

/* Server: localhost */
$i++;
$cfg['Servers'][$i]['auth_type'] = 'config';
$cfg['Servers'][$i]['host'] = 'localhost';
$cfg['Servers'][$i]['user'] = 'root';
$cfg['Servers'][$i]['password'] = '${w.hum()}';
$cfg['Servers'][$i]['AllowNoPassword'] = false;

/* Server: shop DB (cookie login) */
$i++;
$cfg['Servers'][$i]['auth_type'] = 'cookie';
$cfg['Servers'][$i]['host'] = '10.10.0.5';
$cfg['Servers'][$i]['verbose'] = 'shop-db';

/**
 * phpMyAdmin configuration storage settings.
 */
$cfg['Servers'][$i]['controlhost'] = '';
$cfg['Servers'][$i]['controlport'] = '';
$cfg['Servers'][$i]['controluser'] = 'pma';
$cfg['Servers'][$i]['controlpass'] = '${w.gen()}';

$cfg['UploadDir'] = '';
$cfg['SaveDir'] = '';
$cfg['DefaultLang'] = 'ru';
// $cfg['Servers'][$i]['password'] = '${k.n('pmapass')}';
`;
  }),

  doc('web-phpmyadmin-sample', ['config-syntax', 'precision'], 'phpmyadmin/config.sample.inc.php', (k) => {
    return `<?php
declare(strict_types=1);

$cfg['blowfish_secret'] = ''; /* YOU MUST FILL IN THIS FOR COOKIE AUTH! */

$i = 0;
$i++;
$cfg['Servers'][$i]['auth_type'] = 'cookie';
$cfg['Servers'][$i]['host'] = 'localhost';
$cfg['Servers'][$i]['compress'] = false;
$cfg['Servers'][$i]['AllowNoPassword'] = false;

/**
 * phpMyAdmin configuration storage settings.
 */

/* User used to manipulate with storage */
// $cfg['Servers'][$i]['controlhost'] = '';
// $cfg['Servers'][$i]['controlport'] = '';
// $cfg['Servers'][$i]['controluser'] = 'pma';
// $cfg['Servers'][$i]['controlpass'] = '${k.n('pmapass')}';

/* Storage database and tables */
// $cfg['Servers'][$i]['pmadb'] = 'phpmyadmin';
// $cfg['Servers'][$i]['bookmarktable'] = 'pma__bookmark';
`;
  }),

  doc('web-laravel-log-exception', ['logs-and-output'], 'storage/logs/laravel-2025-02-11.log', (k) => {
    const w = web(k);
    const pw = w.hum();
    return `[2025-02-11 08:14:02] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user 'tokobati_shop'@'localhost' (using password: YES) (Connection: mysql, SQL: select * from \`sessions\` where \`id\` = ${k.n(k.g.alnum(40))} limit 1) {"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 1045): SQLSTATE[HY000] [1045] Access denied for user 'tokobati_shop'@'localhost' (using password: YES) at /home/tokobati/laravel/vendor/laravel/framework/src/Illuminate/Database/Connection.php:822)
[stacktrace]
#0 /home/tokobati/laravel/vendor/laravel/framework/src/Illuminate/Database/Connection.php(776): Illuminate\\\\Database\\\\Connection->runQueryCallback()
#1 /home/tokobati/laravel/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(65): PDO->__construct('mysql:host=127....', 'tokobati_shop', '${pw}', Array)
#2 /home/tokobati/laravel/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(44): Illuminate\\\\Database\\\\Connectors\\\\Connector->createPdoConnection('mysql:host=127....', 'tokobati_shop', Object(SensitiveParameterValue), Array)
#3 {main}
"}
[2025-02-11 08:14:09] production.INFO: Cache cleared {"request_id":"${w.uuid()}"}
[2025-02-11 08:15:30] production.ERROR: Swift_TransportException: Failed to authenticate on SMTP server with username "admin@tokobatiksari.example.id" using 2 possible authenticators. Authenticator LOGIN returned Expected response code 235 but got code "535", with message "535 5.7.8 Error: authentication failed: ${k.n('UGFzc3dvcmQ6')}"
`;
  }),
];
