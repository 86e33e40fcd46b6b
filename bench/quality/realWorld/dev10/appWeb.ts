// rw-dev10 app part: web back ends (Node/TypeScript, PHP/Laravel/WordPress, Ruby/Rails).
import type { RealWorldDoc } from '../types';
import { adoc, NEG } from './appValues';

export const APP_WEB_DOCS: RealWorldDoc[] = [
  adoc(
    'express-session-server',
    ['code', 'defaults-in-code'],
    'server/index.js',
    (k) => `const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

const app = express();
const redisClient = createClient({ url: process.env.REDIS_URL || 'redis://default:${k.cs()}@cache.solace.app:6379' });
redisClient.connect().catch(console.error);

app.use(
  session({
    store: new RedisStore({ client: redisClient, prefix: 'sess:' }),
    secret: process.env.SESSION_SECRET || '${k.tok(k.g.alnum(36))}',
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, maxAge: 1000 * 60 * 60 * 8 },
  }),
);

const ADMIN_USER = process.env.ADMIN_USER ?? 'admin';
const ADMIN_PASS = process.env.ADMIN_PASS ?? '${k.hpw()}';

app.post('/admin/login', (req, res) => {
  const { username, password } = req.body; // form fields "${k.n('username')}" / "${k.n('password')}"
  if (username === ADMIN_USER && password === ADMIN_PASS) {
    req.session.admin = true;
    return res.redirect('/admin');
  }
  res.status(401).send('Falsches Passwort');
});

app.listen(process.env.PORT || 3000);
`,
  ),

  adoc(
    'ts-config-module',
    ['code', 'defaults-in-code'],
    'src/config/index.ts',
    (k) => `import 'dotenv/config';

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(\`missing env \${name}\`);
  return v;
}

export const config = {
  env: process.env.NODE_ENV ?? 'development',
  db: {
    host: process.env.PGHOST ?? 'localhost',
    user: process.env.PGUSER ?? 'app',
    password: process.env.PGPASSWORD ?? '${k.hpw()}',
  },
  jwt: {
    accessSecret: process.env.JWT_ACCESS_SECRET ?? '${k.tok(k.g.hex(64))}',
    refreshSecret: process.env.JWT_REFRESH_SECRET ?? '${k.tok(k.g.base64url(48))}',
    expiresIn: '15m',
  },
  stripe: {
    secretKey: ${k.n("required('STRIPE_SECRET_KEY')")},
    publishableKey: '${k.n('pk_live_' + k.g.alnum(24))}',
  },
  mapbox: ${k.n('process.env.MAPBOX_TOKEN')},
  cryptoKey: Buffer.from(process.env.FIELD_KEY || '${k.b64(44)}', 'base64'),
  internalApiKey: \`\${process.env.INTERNAL_API_KEY || '${k.uuidTok()}'}\`,
};
`,
  ),

  adoc(
    'next-config-public-env',
    ['code', 'precision'],
    'next.config.mjs',
    (k) => `/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  images: { domains: ['cdn.brightline.io'] },
  env: {
    // public on purpose - exposed to the browser anyway
    NEXT_PUBLIC_FIREBASE_API_KEY: '${k.n('AIza' + k.g.base64url(35))}',
    NEXT_PUBLIC_FIREBASE_APP_ID: '${k.n(`1:${k.g.digits(12)}:web:${k.g.hex(22)}`)}',
    NEXT_PUBLIC_ALGOLIA_SEARCH_KEY: '${k.n(k.g.hex(32))}',
    NEXT_PUBLIC_GA_ID: '${k.n('G-' + k.g.upper(10))}',
    // ...but this one is not (server side only, move it!)
    REVALIDATE_TOKEN: '${k.tok(k.g.alnum(40))}',
  },
  async headers() {
    return [{ source: '/:path*', headers: [{ key: 'X-Build', value: '${k.n(k.g.hex(40))}' }] }];
  },
};

export default nextConfig;
`,
  ),

  adoc(
    'node-mongo-seed',
    ['code'],
    'scripts/seed.ts',
    (k) => `// seeds the local + staging mongo. usage: npx ts-node scripts/seed.ts staging
import { MongoClient } from 'mongodb';
import bcrypt from 'bcryptjs';

const URIS: Record<string, string> = {
  local: 'mongodb://localhost:27017/shop',
  staging: 'mongodb+srv://shop-admin:${k.cs()}@cluster0.ab1cd.mongodb.net/shop?retryWrites=true',
};

const users = [
  { email: 'ops@solace.app', password: '${k.hpw()}', role: 'admin' },
  { email: 'demo@solace.app', password: '${k.u('demo1234')}', role: 'viewer' }, // public demo login shown on landing page
  { email: 'qa+tr@solace.app', password: '${k.hpw()}', role: 'editor', locale: 'tr-TR' },
];

async function main(target = process.argv[2] ?? 'local') {
  const client = await MongoClient.connect(URIS[target]!);
  const db = client.db();
  for (const u of users) {
    await db.collection('users').insertOne({ ...u, password: await bcrypt.hash(u.password, 10) });
  }
  console.log('hash example', '${k.n(NEG.bcrypt(k.g))}');
  await client.close();
}
main();
`,
  ),

  adoc(
    'laravel-env',
    ['config-syntax', 'credential-file'],
    '.env.production',
    (k) => `APP_NAME="Kedi Market"
APP_ENV=production
APP_KEY=base64:${k.tok(k.g.base64(44).slice(0, 43) + '=')}
APP_DEBUG=false
APP_URL=https://kedimarket.com.tr

LOG_CHANNEL=stack

DB_CONNECTION=mysql
DB_HOST=10.0.3.11
DB_PORT=3306
DB_DATABASE=kedimarket
DB_USERNAME=kedi_app
DB_PASSWORD="${k.hpw()}"

REDIS_HOST=127.0.0.1
REDIS_PASSWORD=${k.n('null')}
REDIS_PORT=6379

MAIL_MAILER=smtp
MAIL_HOST=smtp.yandex.com.tr
MAIL_PORT=465
MAIL_USERNAME=siparis@kedimarket.com.tr
MAIL_PASSWORD=${k.letters()}
MAIL_ENCRYPTION=ssl

IYZICO_API_KEY=${k.tok(k.g.alnum(32))}
IYZICO_SECRET_KEY=${k.tok(k.g.alnum(32))}
PUSHER_APP_ID=${k.n(k.g.digits(7))}
PUSHER_APP_KEY=${k.n(k.g.hex(20))}
PUSHER_APP_SECRET=${k.tok(k.g.hex(20))}
`,
  ),

  adoc(
    'laravel-config-database',
    ['code', 'defaults-in-code'],
    'config/database.php',
    (k) => `<?php

use Illuminate\\Support\\Str;

return [
    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'forge'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', '${k.hpw()}'),
            'charset' => 'utf8mb4',
        ],
        'erp' => [
            'driver' => 'sqlsrv',
            'host' => env('ERP_HOST', 'erp-sql.local'),
            'username' => env('ERP_USER', 'sa'),
            'password' => env('ERP_PASSWORD', ${k.n("''")}),
        ],
    ],

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD', '${k.gpw()}'),
            'port' => env('REDIS_PORT', '6379'),
        ],
        'options' => ['prefix' => env('REDIS_PREFIX', Str::slug(env('APP_NAME', 'laravel'), '_').'_database_')],
    ],
];
`,
  ),

  adoc(
    'wp-config',
    ['code', 'config-syntax'],
    'wp-config.php',
    (k) => `<?php
/**
 * Configuración básica de WordPress.
 * @package WordPress
 */

// ** Ajustes de MySQL ** //
define( 'DB_NAME', 'wp_tiendaluna' );
define( 'DB_USER', 'tiendaluna' );
define( 'DB_PASSWORD', '${k.hpw()}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

/**#@+
 * Claves únicas de autenticación. https://api.wordpress.org/secret-key/1.1/salt/
 */
define( 'AUTH_KEY',         '${k.tok(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@%^&*()-_=+[]{};:<>,.?~|', 64))}' );
define( 'SECURE_AUTH_KEY',  '${k.tok(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@%^&*()-_=+[]{};:<>,.?~|', 64))}' );
define( 'LOGGED_IN_KEY',    'pon aquí tu frase aleatoria' );
define( 'NONCE_KEY',        '${k.n('put your unique phrase here')}' );
/**#@-*/

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'FTP_USER', 'tiendaluna' );
define( 'FTP_PASS', '${k.hpw()}' );
define( 'FTP_HOST', 'ftp.tiendaluna.es' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  ),

  adoc(
    'php-legacy-mysqli',
    ['code'],
    'includes/db.inc.php',
    (k) => `<?php
// Verbindung zur Shop-DB (alt, bitte nicht mehr benutzen -> PDO in lib/Db.php)
$db_host = "localhost";
$db_user = "shop_user";
$db_pass = "${k.hpw()}";
$db_name = "shop2011";

$link = mysqli_connect($db_host, $db_user, $db_pass, $db_name) or die("Keine Verbindung: " . mysqli_connect_error());
mysqli_set_charset($link, "utf8");

$paypal_api_user = "shop_api1.moebel-krause.de";
$paypal_api_pwd  = "${k.tok(k.g.upper(16))}";
$paypal_api_sig  = "${k.tok(k.g.alnum(56))}";

$admin_pw_md5 = "${k.n(k.g.hex(32))}"; // md5 vom Admin-Passwort
?>
`,
  ),

  adoc(
    'rails-database-yml',
    ['config-syntax', 'defaults-in-code'],
    'config/database.yml',
    (k) => `default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: lojinha_development
  username: lojinha
  password: ${k.hpw()}

test:
  <<: *default
  database: lojinha_test
  password: ${k.n('<%= ENV["TEST_DB_PASSWORD"] %>')}

production:
  <<: *default
  database: lojinha_production
  username: lojinha
  password: <%= ENV.fetch("LOJINHA_DATABASE_PASSWORD", "${k.gpw()}") %>
  host: ${k.n('<%= ENV["DB_HOST"] %>')}
`,
  ),

  adoc(
    'rails-initializers',
    ['code', 'defaults-in-code'],
    'config/initializers/integrations.rb',
    (k) => `# frozen_string_literal: true

Rails.application.configure do
  config.x.correios.user = ENV.fetch("CORREIOS_USER", "lojinha")
  config.x.correios.password = ENV.fetch("CORREIOS_PASSWORD", "${k.hpw()}")
  config.x.melhor_envio_token = ENV["MELHOR_ENVIO_TOKEN"] || "${k.tok(k.g.alnum(40))}"
end

Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:${k.cs()}@redis.lojinha.internal:6379/0" }
end

Sidekiq::Web.use(Rack::Auth::Basic) do |user, password|
  ActiveSupport::SecurityUtils.secure_compare(user, "sidekiq") &
    ActiveSupport::SecurityUtils.secure_compare(password, "${k.hpw()}")
end

Rails.application.config.session_store :cookie_store, key: "${k.n('_lojinha_session')}"
`,
  ),

  adoc(
    'rails-secrets-yml',
    ['config-syntax'],
    'config/secrets.yml',
    (k) => `# Be sure to restart your server when you modify this file.
# Make sure the secrets in this file are kept private
# if you're sharing your code publicly.

development:
  secret_key_base: ${k.tok(k.g.hex(128))}

test:
  secret_key_base: ${k.n(k.g.hex(128))}  # test only, regenerated every run

production:
  secret_key_base: ${k.n('<%= ENV["SECRET_KEY_BASE"] %>')}
  mailgun_api_key: ${k.prov('mailgun', 'mailgun')}
  recaptcha_site_key: ${k.n('6L' + k.g.base64url(38))}
  recaptcha_secret_key: ${k.tok('6L' + k.g.base64url(38))}
`,
  ),

  adoc(
    'ruby-script-ftp',
    ['code'],
    'lib/tasks/export.rake',
    (k) => `namespace :export do
  desc "Envia o catálogo para o parceiro via SFTP"
  task catalog: :environment do
    require "net/sftp"
    Net::SFTP.start("sftp.parceiro.com.br", "lojinha_export", password: "${k.hpw()}", port: 2222) do |sftp|
      sftp.upload!(Rails.root.join("tmp/catalog.csv").to_s, "/in/catalog.csv")
    end
    HTTParty.post("https://api.parceiro.com.br/v1/import",
                  headers: { "X-Api-Token" => "${k.tok()}", "Content-Type" => "application/json" },
                  body: { file: "catalog.csv" }.to_json)
  end
end
`,
  ),

  adoc(
    'vite-env-local',
    ['config-syntax', 'precision'],
    'frontend/.env.local',
    (k) => `# local overrides, not committed (oops)
VITE_API_URL=http://localhost:8080
VITE_SENTRY_DSN=${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}
VITE_GOOGLE_CLIENT_ID=${k.n(`${k.g.digits(12)}-${k.g.lower(32)}.apps.googleusercontent.com`)}
VITE_FEATURE_FLAGS=checkout_v2,new_search
# server-side script reads this too
ADMIN_API_SECRET=${k.tok(k.g.hex(48))}
E2E_USER_PASSWORD=${k.hpw()}
`,
  ),
];
