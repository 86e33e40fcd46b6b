// Magento / Adobe Commerce, PrestaShop, Shopware, Salesforce Commerce Cloud, BigCommerce, commercetools,
// Medusa and Saleor: the config files, credential files and commands each platform's developers really keep.
import type { RealWorldDoc } from '../types';
import { shopDoc, V } from './shopValues';

export const SHOP_PLATFORM_DOCS: RealWorldDoc[] = [
  shopDoc(
    'shop-magento-env-php',
    ['config-syntax', 'precision'],
    'app/etc/env.php',
    (k) => `<?php
return [
    'backend' => [
        'frontName' => 'admin_${k.n(k.g.lower(6))}'
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
            'password' => '${k.spw()}',
            'virtualhost' => '/'
        ]
    ],
    'crypt' => [
        'key' => '${k.hex(32)}'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'db',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => '${k.spw()}',
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
    'MAGE_MODE' => 'production',
    'session' => [
        'save' => 'redis',
        'redis' => [
            'host' => 'redis',
            'port' => '6379',
            'password' => '',
            'database' => '2'
        ]
    ],
    'cache' => [
        'frontend' => [
            'default' => [
                'id_prefix' => '${k.n(k.g.hex(3) + '_')}',
                'backend' => 'Magento\\\\Framework\\\\Cache\\\\Backend\\\\Redis',
                'backend_options' => [
                    'server' => 'redis',
                    'database' => '0',
                    'port' => '6379',
                    'password' => '${k.spw()}'
                ]
            ]
        ]
    ],
    'install' => [
        'date' => 'Tue, 14 Feb 2023 10:22:31 +0000'
    ]
];
`,
  ),
  shopDoc(
    'shop-magento-auth-json',
    ['credential-file'],
    'auth.json',
    (k) => `{
    "http-basic": {
        "repo.magento.com": {
            "username": "${k.n(V.magentoRepoKey(k.g))}",
            "password": "${k.s('token', V.magentoRepoKey(k.g))}"
        },
        "composer.amasty.com": {
            "username": "${k.n(k.g.hex(32))}",
            "password": "${k.s('token', k.g.hex(32))}"
        }
    },
    "github-oauth": {
        "github.com": "${k.prov('github', V.githubPat(k.g))}"
    }
}
`,
  ),
  shopDoc(
    'shop-magento-setup-install-history',
    ['command-line', 'logs-and-output'],
    'notes/magento-install.sh',
    (k) => `# Fresh install on the staging box, copied from bash history
composer create-project --repository-url=https://repo.magento.com/ magento/project-community-edition=2.4.7 .
bin/magento setup:install \\
  --base-url=https://staging.bergsport.example/ \\
  --db-host=127.0.0.1 --db-name=m2_staging --db-user=m2 --db-password='${k.spw()}' \\
  --admin-firstname=Jonas --admin-lastname=Berg --admin-email=jonas@bergsport.example \\
  --admin-user=jberg --admin-password='${k.spw()}' \\
  --language=de_DE --currency=EUR --timezone=Europe/Berlin --use-rewrites=1 \\
  --search-engine=opensearch --opensearch-host=localhost --opensearch-port=9200 \\
  --opensearch-username=admin --opensearch-password='${k.spw()}'
bin/magento deploy:mode:set production
bin/magento admin:user:create --admin-user=agentur --admin-password=${k.spw()} --admin-email=dev@agentur.example --admin-firstname=Dev --admin-lastname=Agentur
bin/magento config:set payment/braintree/private_key ${k.prov('braintree', V.braintreePrivate(k.g))}
bin/magento config:sensitive:set carriers/dhl/password ${k.spw()}
bin/magento cache:flush
bin/magento indexer:reindex
bin/magento maintenance:disable
`,
  ),
  shopDoc(
    'shop-magento-config-php-dump',
    ['config-syntax', 'precision'],
    'app/etc/config.php.orig',
    (k) => `<?php
// app:config:dump output — system values (sensitive ones should be in env.php!)
return [
    'modules' => [
        'Magento_Store' => 1,
        'Magento_Payment' => 1,
        'PayPal_Braintree' => 1,
        'Adyen_Payment' => 1,
    ],
    'system' => [
        'default' => [
            'payment' => [
                'braintree' => [
                    'environment' => 'production',
                    'merchant_id' => '${k.n(V.braintreeMerchant(k.g))}',
                    'public_key' => '${k.n(V.braintreePublic(k.g))}',
                    'private_key' => '${k.prov('braintree', V.braintreePrivate(k.g))}',
                ],
            ],
            'carriers' => [
                'ups' => [
                    'active' => '1',
                    'username' => 'bergsport_ups',
                    'password' => '${k.hpw()}',
                    'access_license_number' => '${k.s('token', k.g.chars('0123456789ABCDEF', 16))}',
                    'shipper_number' => '${k.n(k.g.chars('0123456789ABCDEFGHJKLMNPRSTUVWXY', 6))}',
                ],
            ],
            'web' => [
                'secure' => ['base_url' => 'https://www.bergsport.example/'],
            ],
            'google' => [
                'analytics' => ['account' => 'G-${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10))}'],
            ],
        ],
    ],
];
`,
  ),
  shopDoc(
    'shop-magento-integration-rest-php',
    ['code', 'http-auth'],
    'scripts/update_stock.php',
    (k) => `<?php
// Integration "Stock Sync" (System > Extensions > Integrations). Access token shown after "Activate".
$baseUrl = 'https://www.casalinga.example/rest/V1';
$token   = '${k.s('token', V.magentoIntegration(k.g))}';

$skus = json_decode(file_get_contents('/var/import/stock.json'), true);
foreach ($skus as $sku => $qty) {
    $ch = curl_init($baseUrl . '/products/' . rawurlencode($sku) . '/stockItems/1');
    curl_setopt_array($ch, [
        CURLOPT_CUSTOMREQUEST => 'PUT',
        CURLOPT_HTTPHEADER => ['Content-Type: application/json', 'Authorization: Bearer ' . $token],
        CURLOPT_POSTFIELDS => json_encode(['stockItem' => ['qty' => $qty, 'is_in_stock' => $qty > 0]]),
        CURLOPT_RETURNTRANSFER => true,
    ]);
    $res = curl_exec($ch);
    echo $sku, ' => ', curl_getinfo($ch, CURLINFO_HTTP_CODE), PHP_EOL;
}
`,
  ),
  shopDoc(
    'shop-prestashop-parameters-php',
    ['config-syntax', 'precision'],
    'app/config/parameters.php',
    (k) => `<?php return array (
  'parameters' =>
  array (
    'database_host' => '127.0.0.1',
    'database_port' => '',
    'database_name' => 'presta_boutique',
    'database_user' => 'presta',
    'database_password' => '${k.spw()}',
    'database_prefix' => 'ps_',
    'database_engine' => 'InnoDB',
    'mailer_transport' => 'smtp',
    'mailer_host' => 'smtp.ovh.net',
    'mailer_user' => 'boutique@papeterie.example',
    'mailer_password' => '${k.spw()}',
    'secret' => '${k.s('token', k.g.alnum(64))}',
    'ps_caching' => 'CacheMemcache',
    'ps_cache_enable' => false,
    'ps_creation_date' => '2021-09-03',
    'locale' => 'fr-FR',
    'use_debug_toolbar' => true,
    'cookie_key' => '${k.s('token', V.prestaCookieKey(k.g))}',
    'cookie_iv' => '${k.u(k.g.alnum(32))}',
    'new_cookie_key' => '${k.s('token', 'def00000' + k.g.hex(128))}',
    'api_public_key' => '${k.n(k.g.base64(40))}',
  ),
);
`,
  ),
  shopDoc('shop-prestashop-webservice-curl', ['command-line', 'http-auth'], 'docs/prestashop-api.md', (k) => {
    const key = V.prestaWsKey(k.g);
    return `# API PrestaShop — notes pour le stagiaire

La clé du webservice (Paramètres avancés > Webservice) s'utilise comme nom d'utilisateur, mot de passe vide :

\`\`\`
curl -u ${k.s('token', key)}: "https://boutique.papeterie.example/api/products?display=full&output_format=JSON"
\`\`\`

ou directement dans l'URL :

\`\`\`
https://${k.s('token', V.prestaWsKey(k.g))}@boutique.papeterie.example/api/orders?filter[current_state]=2
\`\`\`

Ne pas confondre avec la clé du module de paiement (clé publique, sans risque) : \`${k.n(`pk_live_51${k.g.alnum(97)}`)}\`.

Le compte admin du back-office reste \`contact@papeterie.example\` / \`${k.hpw()}\` jusqu'à la fin du stage.
`;
  }),
  shopDoc(
    'shop-shopware-dotenv',
    ['config-syntax', 'precision'],
    'shopware/.env.local',
    (k) => `###> shopware/core ###
APP_ENV=prod
APP_URL=https://www.kaffeewerk.example
APP_SECRET=${k.hex(64)}
INSTANCE_ID=${k.n(k.g.alnum(32))}
BLUE_GREEN_DEPLOYMENT=0
DATABASE_URL=mysql://shopware:${k.cs()}@127.0.0.1:3306/shopware
###< shopware/core ###

###> shopware/elasticsearch ###
OPENSEARCH_URL=http://localhost:9200
SHOPWARE_ES_ENABLED=0
SHOPWARE_ES_INDEXING_ENABLED=0
SHOPWARE_ES_INDEX_PREFIX=sw
###< shopware/elasticsearch ###

###> symfony/mailer ###
MAILER_DSN=smtp://shop%40kaffeewerk.example:${k.cs()}@smtp.strato.de:465
###< symfony/mailer ###

###> symfony/lock ###
LOCK_DSN=flock
###< symfony/lock ###

JWT_PRIVATE_KEY_PASSPHRASE=${k.n('shopware')}
SHOPWARE_HTTP_CACHE_ENABLED=1
SHOPWARE_HTTP_DEFAULT_TTL=7200
`,
  ),
  shopDoc(
    'shop-shopware-integration-admin-api',
    ['code', 'http-auth'],
    'sync/ShopwareClient.php',
    (k) => `<?php declare(strict_types=1);

namespace Kaffeewerk\\Sync;

use GuzzleHttp\\Client;

final class ShopwareClient
{
    // Integration "PIM Import" created in Settings > System > Integrations
    private const ACCESS_KEY_ID = '${k.n(V.shopwareAccessKey(k.g))}';
    private const SECRET_ACCESS_KEY = '${k.s('token', V.shopwareSecret(k.g))}';

    private ?string $token = null;

    public function __construct(private Client $http = new Client(['base_uri' => 'https://www.kaffeewerk.example']))
    {
    }

    private function token(): string
    {
        if ($this->token === null) {
            $res = $this->http->post('/api/oauth/token', ['json' => [
                'grant_type' => 'client_credentials',
                'client_id' => self::ACCESS_KEY_ID,
                'client_secret' => self::SECRET_ACCESS_KEY,
            ]]);
            $this->token = json_decode((string) $res->getBody(), true)['access_token'];
        }
        return $this->token;
    }
}
`,
  ),
  shopDoc(
    'shop-sfcc-dw-json',
    ['credential-file', 'config-syntax'],
    'dw.json',
    (k) => `{
    "hostname": "zzrk-012.dx.commercecloud.salesforce.com",
    "username": "dev.agentur@moderna.example",
    "password": "${k.gpw()}",
    "code-version": "version_2024_11_02",
    "client-id": "${k.n(k.g.uuid())}",
    "client-secret": "${k.pw()}",
    "cartridge": ["app_moderna", "int_adyen_SFRA", "app_storefront_base"]
}
`,
  ),
  shopDoc(
    'shop-bigcommerce-stencil-and-api',
    ['config-syntax', 'code'],
    '.stencil',
    (k) => `{
  "normalStoreUrl": "https://biciclo-store.mybigcommerce.com",
  "accessToken": "${k.s('token', V.bigcommerceToken(k.g))}",
  "port": 3000,
  "customLayouts": {
    "brand": {},
    "category": {},
    "page": {},
    "product": {}
  },
  "storeHash": "${k.n(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 10))}",
  "apiHost": "https://api.bigcommerce.com"
}
`,
  ),
  shopDoc(
    'shop-commercetools-client-env',
    ['config-syntax', 'code'],
    'packages/ct-sync/.env',
    (k) => `# API client "ct-sync" (Manage Project > Developer settings). Shown once!
CTP_PROJECT_KEY=lunaria-prod
CTP_CLIENT_ID=${k.n(V.ctClientId(k.g))}
CTP_CLIENT_SECRET=${k.s('token', V.ctSecret(k.g))}
CTP_AUTH_URL=https://auth.europe-west1.gcp.commercetools.com
CTP_API_URL=https://api.europe-west1.gcp.commercetools.com
CTP_SCOPES=manage_products:lunaria-prod view_orders:lunaria-prod
`,
  ),
  shopDoc(
    'shop-medusa-config',
    ['code', 'config-syntax', 'precision'],
    'medusa-config.ts',
    (k) => `import { loadEnv, defineConfig } from '@medusajs/framework/utils';

loadEnv(process.env.NODE_ENV || 'development', process.cwd());

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL || 'postgres://medusa:${k.cs()}@localhost:5432/medusa-store',
    redisUrl: process.env.REDIS_URL,
    http: {
      storeCors: process.env.STORE_CORS!,
      adminCors: process.env.ADMIN_CORS!,
      authCors: process.env.AUTH_CORS!,
      jwtSecret: process.env.JWT_SECRET || '${k.s('token', k.g.alnum(32))}',
      cookieSecret: process.env.COOKIE_SECRET || '${k.n('supersecret')}',
    },
  },
  modules: [
    {
      resolve: '@medusajs/medusa/payment',
      options: {
        providers: [
          {
            resolve: '@medusajs/medusa/payment-stripe',
            id: 'stripe',
            options: { apiKey: process.env.STRIPE_API_KEY, webhookSecret: process.env.STRIPE_WEBHOOK_SECRET },
          },
        ],
      },
    },
  ],
});

// storefront: NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY=${k.n(V.medusaPublishable(k.g))}
`,
  ),
  shopDoc(
    'shop-saleor-app-settings',
    ['config-syntax', 'precision'],
    'saleor/docker-compose.override.yml',
    (k) => `services:
  api:
    environment:
      - SECRET_KEY=${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50))}
      - DATABASE_URL=postgres://saleor:${k.cs()}@db/saleor
      - EMAIL_URL=smtp://apikey:${k.prov('sendgrid', V.sendgridKey(k.g))}@smtp.sendgrid.net:587/?tls=True
      - DEFAULT_FROM_EMAIL=noreply@biciclo.example
      - ALLOWED_HOSTS=localhost,api.biciclo.example
      - RSA_PRIVATE_KEY=\${RSA_PRIVATE_KEY}
      - CELERY_BROKER_URL=redis://redis:6379/1
  dashboard:
    environment:
      - API_URL=https://api.biciclo.example/graphql/
  db:
    environment:
      - POSTGRES_USER=saleor
      - POSTGRES_PASSWORD=${k.n('${POSTGRES_PASSWORD:-saleor}')}
`,
  ),
];
