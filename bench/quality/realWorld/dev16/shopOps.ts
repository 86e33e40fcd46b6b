// Marketing, search and CDN around a shop (Klaviyo, Mailchimp, SendGrid, Algolia, Cloudflare, Varnish) and the
// operations side: deploy scripts, import and cron logs, backups, Nginx, HAR-like debug captures.
import type { RealWorldDoc } from '../types';
import { shopDoc, V } from './shopValues';

export const SHOP_OPS_DOCS: RealWorldDoc[] = [
  shopDoc(
    'shop-klaviyo-mailchimp-env',
    ['config-syntax', 'precision'],
    'marketing/.env',
    (k) => `# Klaviyo: the 6-char public key goes in the theme, the private key only on the server
KLAVIYO_PUBLIC_KEY=${k.n(V.klaviyoSiteId(k.g))}
KLAVIYO_PRIVATE_KEY=${k.prov('klaviyo', V.klaviyoPrivate(k.g))}
KLAVIYO_LIST_NEWSLETTER=${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 6))}
MAILCHIMP_API_KEY=${k.prov('mailchimp', V.mailchimpKey(k.g))}
MAILCHIMP_AUDIENCE_ID=${k.n(k.g.hex(10))}
MAILCHIMP_TRANSACTIONAL_KEY=${k.s('token', `md-${k.g.base64url(22)}`)}
SENDGRID_API_KEY=${k.prov('sendgrid', V.sendgridKey(k.g))}
SENDGRID_TEMPLATE_ORDER_CONFIRMATION=d-${k.n(k.g.hex(32))}
`,
  ),
  shopDoc(
    'shop-algolia-indexer',
    ['code', 'precision'],
    'search/indexer.js',
    (k) => `const algoliasearch = require('algoliasearch');

// Admin key: indexing from the backend only. The search-only key is the one in the storefront bundle.
const client = algoliasearch('${k.n(V.algoliaAppId(k.g))}', '${k.s('token', V.algoliaKey(k.g))}');
const index = client.initIndex('prod_lunaria_products');

const SEARCH_ONLY_KEY = '${k.n(V.algoliaKey(k.g))}'; // public, used by InstantSearch

async function reindex(products) {
  const objects = products.map((p) => ({ objectID: p.sku, name: p.name, price: p.price, ean: p.ean }));
  await index.replaceAllObjects(objects, { safe: true });
}

module.exports = { reindex, SEARCH_ONLY_KEY };
`,
  ),
  shopDoc(
    'shop-algolia-frontend-config',
    ['code', 'precision'],
    'theme/assets/search-config.js',
    (k) => `window.algoliaConfig = {
  applicationId: '${k.n(V.algoliaAppId(k.g))}',
  searchOnlyApiKey: '${k.n(V.algoliaKey(k.g))}',
  indexName: 'shopify_products',
  hitsPerPage: 24,
  analytics: true,
  insightsToken: '${k.n(k.g.uuid())}',
  currency: { code: 'EUR', symbol: '€' },
  placeholder: 'Produkte suchen…',
  noResults: 'Keine Ergebnisse für „{{query}}"',
};
`,
  ),
  shopDoc(
    'shop-cloudflare-purge-script',
    ['command-line', 'http-auth'],
    'deploy/purge-cache.sh',
    (k) => `#!/bin/sh
# Purge Cloudflare after a theme deploy.
ZONE_ID="${k.n(k.g.hex(32))}"
CF_API_TOKEN="${k.prov('cloudflare', V.cloudflareToken(k.g))}"

curl -sX POST "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/purge_cache" \\
  -H "Authorization: Bearer $CF_API_TOKEN" \\
  -H "Content-Type: application/json" \\
  --data '{"purge_everything":true}'

# old way with the global key (remove once the token works everywhere)
curl -sX POST "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/purge_cache" \\
  -H "X-Auth-Email: admin@velocity-bikes.example" \\
  -H "X-Auth-Key: ${k.prov('cloudflare', V.cloudflareGlobal(k.g))}" \\
  -H "Content-Type: application/json" --data '{"files":["https://www.velocity-bikes.example/"]}'
`,
  ),
  shopDoc(
    'shop-varnish-vcl',
    ['config-syntax', 'precision'],
    'varnish/default.vcl',
    (k) => `vcl 4.1;

import std;

backend default {
    .host = "magento";
    .port = "8080";
    .first_byte_timeout = 600s;
    .probe = {
        .url = "/health_check.php";
        .timeout = 2s;
        .interval = 5s;
        .window = 10;
        .threshold = 5;
    }
}

acl purge {
    "localhost";
    "10.0.0.0"/8;
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purge && req.http.X-Purge-Token != "${k.tok()}") {
            return (synth(405, "Method not allowed"));
        }
        return (purge);
    }
    # staging is behind basic auth: agentur / (see 1Password)
    if (req.http.host ~ "staging" && req.http.Authorization != "Basic ${k.basic('agentur')}") {
        return (synth(401, "Restricted"));
    }
    if (req.url ~ "^/(checkout|customer|catalogsearch/result)") {
        return (pass);
    }
    unset req.http.Cookie;
}

sub vcl_hash {
    if (req.http.X-Magento-Vary) {
        hash_data(req.http.X-Magento-Vary);
    }
}
`,
  ),
  shopDoc(
    'shop-deploy-deployer-php',
    ['code', 'config-syntax'],
    'deploy.php',
    (k) => `<?php
namespace Deployer;

require 'recipe/magento2.php';

set('repository', 'git@gitlab.agentur.example:kunden/bergsport-m2.git');
set('keep_releases', 5);
set('magento_themes', ['Bergsport/default']);
set('static_content_locales', 'de_DE en_US');

host('production')
    ->setHostname('web01.bergsport.example')
    ->setRemoteUser('deploy')
    ->set('deploy_path', '/var/www/bergsport');

host('staging')
    ->setHostname('staging.bergsport.example')
    ->setRemoteUser('deploy')
    ->set('deploy_path', '/var/www/staging');

// New Relic deployment marker
set('newrelic_api_key', '${k.prov('newrelic', `NRAK-${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 27)}`)}');
set('slack_webhook', '${k.prov('slack', V.slackHook(k.g))}');

after('deploy:failed', 'deploy:unlock');
`,
  ),
  shopDoc(
    'shop-magento-cron-import-log',
    ['logs-and-output', 'precision'],
    'var/log/import.log',
    (k) => `[2024-11-24T01:00:02.441Z] main.INFO: Import started: source=sftp://pim_export@sftp.bergsport.example/out/products_20241124.csv [] []
[2024-11-24T01:00:03.002Z] main.DEBUG: SFTP connect pim_export@sftp.bergsport.example:22 using password ${k.spw()} (auth ok) [] []
[2024-11-24T01:00:14.871Z] main.INFO: Rows: 12804, new: 41, updated: 1877, skipped: 3 [] []
[2024-11-24T01:00:14.872Z] main.WARNING: SKU ${k.n(V.sku(k.g))} invalid EAN ${k.n(V.ean(k.g))} (checksum) [] []
[2024-11-24T01:00:15.101Z] main.INFO: Image sync from https://dam.bergsport.example/api/assets?api_key=${k.s('http-auth', k.g.hex(32))}&since=2024-11-23 [] []
[2024-11-24T01:00:21.330Z] main.INFO: Reindex catalog_product_price done in 6.2s [] []
[2024-11-24T01:00:21.332Z] main.INFO: Cache tags cleaned: cat_p_${k.n(k.g.digits(5))}, cat_c_${k.n(k.g.digits(3))} [] []
[2024-11-24T01:00:21.500Z] main.INFO: Import finished, report id ${k.n(k.g.uuid())} [] []
`,
  ),
  shopDoc(
    'shop-nginx-shop-vhost',
    ['config-syntax', 'precision'],
    'nginx/sites-enabled/lunaria.conf',
    (k) => `upstream fastcgi_backend {
    server unix:/run/php/php8.2-fpm.sock;
}

server {
    listen 443 ssl http2;
    server_name www.lunaria.example;
    ssl_certificate     /etc/letsencrypt/live/lunaria.example/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/lunaria.example/privkey.pem;

    set $MAGE_ROOT /var/www/lunaria;
    include /var/www/lunaria/nginx.conf.sample;

    location /feeds/ {
        auth_basic "Feeds";
        auth_basic_user_file /etc/nginx/.htpasswd-feeds;
    }

    # ERP pushes to this endpoint with a static header
    location /erp-hook/ {
        if ($http_x_erp_token != "${k.tok()}") { return 403; }
        proxy_pass http://127.0.0.1:9100;
    }

    # payment provider IP allowlist
    location /adyen/notification {
        allow 82.199.87.0/24;
        deny all;
        proxy_set_header Authorization "Basic ${k.basic('adyen-notify')}";
        proxy_pass http://127.0.0.1:8080;
    }
}
`,
  ),
  shopDoc(
    'shop-backup-script',
    ['command-line', 'code'],
    'ops/backup-shop.sh',
    (k) => `#!/bin/bash
# Nightly DB + media backup of the PrestaShop to Backblaze B2
set -e
DATE=$(date +%Y%m%d)
mysqldump -u presta -p'${k.spw()}' --single-transaction presta_boutique | gzip > /backup/db-$DATE.sql.gz
tar czf /backup/img-$DATE.tgz /var/www/presta/img

export B2_APPLICATION_KEY_ID=${k.n('005' + k.g.hex(21))}
export B2_APPLICATION_KEY=${k.prov('backblaze', `K005${k.g.base64(27).replace(/[+/=]/g, 'x')}`)}
b2 upload-file papeterie-backups /backup/db-$DATE.sql.gz db/db-$DATE.sql.gz
b2 upload-file papeterie-backups /backup/img-$DATE.tgz img/img-$DATE.tgz

# restic copy to the office NAS
export RESTIC_PASSWORD='${k.spw()}'
restic -r sftp:backup@nas.papeterie.lan:/volume1/restic backup /backup --tag shop
find /backup -mtime +14 -delete
`,
  ),
  shopDoc(
    'shop-har-checkout-debug',
    ['logs-and-output', 'http-auth', 'precision'],
    'tickets/checkout-fails.har.json',
    (k) => `{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "132.0" },
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://www.moderna-home.example/rest/de/V1/carts/mine/payment-information",
          "headers": [
            { "name": "Authorization", "value": "Bearer ${k.http(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32))}" },
            { "name": "Cookie", "value": "PHPSESSID=${k.http(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26))}; form_key=${k.u(k.g.alnum(16))}; mage-cache-sessid=true; _ga=GA1.1.${k.n(k.g.digits(10))}.${k.n(k.g.digits(10))}" },
            { "name": "X-Requested-With", "value": "XMLHttpRequest" }
          ],
          "postData": { "mimeType": "application/json", "text": "{\\"paymentMethod\\":{\\"method\\":\\"adyen_cc\\",\\"additional_data\\":{\\"stateData\\":\\"{\\\\\\"riskData\\\\\\":{\\\\\\"clientData\\\\\\":\\\\\\"${k.n(k.g.base64(80))}\\\\\\"}}\\"}}}" }
        },
        "response": {
          "status": 400,
          "content": { "mimeType": "application/json", "text": "{\\"message\\":\\"The payment is REFUSED.\\"}" }
        }
      }
    ]
  }
}
`,
  ),
  shopDoc(
    'shop-gitlab-ci-magento',
    ['config-syntax', 'precision'],
    '.gitlab-ci.yml',
    (k) => `stages: [build, deploy]

variables:
  COMPOSER_AUTH: '{"http-basic":{"repo.magento.com":{"username":"$MAGENTO_PUBLIC_KEY","password":"$MAGENTO_PRIVATE_KEY"}}}'
  MYSQL_ROOT_PASSWORD: ${k.u('root')}
  DEPLOY_HOST: web01.bergsport.example

build:
  stage: build
  image: registry.agentur.example/php:8.2-magento
  script:
    - composer install --no-dev --prefer-dist
    - bin/magento setup:di:compile
    - bin/magento setup:static-content:deploy -f de_DE en_US
  artifacts:
    paths: [vendor/, generated/, pub/static/]

deploy:
  stage: deploy
  script:
    - dep deploy production
    - curl -X POST https://api.newrelic.com/v2/applications/${k.n(k.g.digits(9))}/deployments.json -H "X-Api-Key: ${k.prov('newrelic', `NRAK-${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 27)}`)}" -d "deployment[revision]=$CI_COMMIT_SHA"
  only: [main]
`,
  ),
  shopDoc(
    'shop-sendgrid-order-mailer',
    ['code'],
    'mailer/send_order_mail.rb',
    (k) => `require 'sendgrid-ruby'
include SendGrid

API_KEY = ENV['SENDGRID_API_KEY'] || '${k.prov('sendgrid', V.sendgridKey(k.g))}'

def send_confirmation(order)
  mail = SendGrid::Mail.new
  mail.from = Email.new(email: 'bestellung@kaffeewerk.example', name: 'Kaffeewerk')
  mail.template_id = 'd-${k.n(k.g.hex(32))}'
  p = Personalization.new
  p.add_to(Email.new(email: order.email))
  p.add_dynamic_template_data('order' => order.number, 'total' => order.total)
  mail.add_personalization(p)
  SendGrid::API.new(api_key: API_KEY).client.mail._('send').post(request_body: mail.to_json)
end
`,
  ),
];
