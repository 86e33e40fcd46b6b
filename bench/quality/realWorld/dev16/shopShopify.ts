// Shopify as agencies run it: custom and private app tokens in scripts and .env files, shopify.app.toml,
// Theme Kit config.yml, Liquid snippets, webhook HMAC checks, and the public ids (API keys, storefront tokens)
// that sit right next to them.
import type { RealWorldDoc } from '../types';
import { shopDoc, V } from './shopValues';

export const SHOP_SHOPIFY_DOCS: RealWorldDoc[] = [
  shopDoc(
    'shop-shopify-env-custom-app',
    ['config-syntax', 'precision'],
    'apps/inventory-sync/.env',
    (k) => `# Custom app "Inventory Sync" installed on lunaria-shop.myshopify.com (Settings > Apps > Develop apps)
SHOPIFY_STORE_DOMAIN=lunaria-shop.myshopify.com
SHOPIFY_API_VERSION=2024-07
SHOPIFY_API_KEY=${k.n(V.shopifyPublic(k.g))}
SHOPIFY_API_SECRET=${k.prov('shopify', V.shopifySecret(k.g))}
SHOPIFY_ADMIN_ACCESS_TOKEN=${k.prov('shopify', V.shopifyAdmin(k.g))}
SHOPIFY_LOCATION_ID=gid://shopify/Location/${k.n(k.g.digits(11))}

# ERP side (Odoo 16)
ODOO_URL=https://erp.lunaria.example
ODOO_DB=lunaria_prod
ODOO_USER=shopify-sync@lunaria.example
ODOO_API_KEY=${k.prov('odoo', V.odooKey(k.g))}

REDIS_URL=redis://:${k.cs()}@10.0.3.12:6379/2
SYNC_INTERVAL_MINUTES=15
LOG_LEVEL=info
`,
  ),
  shopDoc(
    'shop-shopify-app-toml',
    ['config-syntax', 'precision'],
    'shopify.app.toml',
    (k) => `# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration

client_id = "${k.n(V.shopifyPublic(k.g))}"
name = "Bundle Builder"
handle = "bundle-builder-42"
application_url = "https://bundle-builder.fly.dev"
embedded = true

[build]
automatically_update_urls_on_dev = true
dev_store_url = "bb-dev-store.myshopify.com"
include_config_on_deploy = true

[access_scopes]
# Learn more at https://shopify.dev/docs/apps/tools/cli/configuration#access_scopes
scopes = "read_products,write_products,read_orders"

[auth]
redirect_urls = [
  "https://bundle-builder.fly.dev/auth/callback",
  "https://bundle-builder.fly.dev/auth/shopify/callback",
]

[webhooks]
api_version = "2024-10"

  [[webhooks.subscriptions]]
  topics = [ "app/uninstalled" ]
  uri = "/webhooks/app/uninstalled"

  [[webhooks.subscriptions]]
  compliance_topics = [ "customers/data_request", "customers/redact", "shop/redact" ]
  uri = "/webhooks/compliance"

[pos]
embedded = false
`,
  ),
  shopDoc(
    'shop-shopify-themekit-config',
    ['config-syntax', 'credential-file'],
    'theme/config.yml',
    (k) => `# Theme Kit config — DO NOT COMMIT (it is in .gitignore now, sorry)
development:
  password: ${k.prov('shopify', V.shopifyPrivate(k.g))}
  theme_id: "${k.n(k.g.digits(12))}"
  store: bergsport-dev.myshopify.com
  ignore_files:
    - config/settings_data.json
    - "*.scss.liquid"

production:
  password: ${k.prov('shopify', V.shopifyPrivate(k.g))}
  theme_id: "${k.n(k.g.digits(12))}"
  store: bergsport-outdoor.myshopify.com
  timeout: 60s
  ignore_files:
    - config/settings_data.json
`,
  ),
  shopDoc(
    'shop-shopify-graphql-curl',
    ['command-line', 'http-auth'],
    'scripts/bulk-export-products.sh',
    (k) => `#!/usr/bin/env bash
# Start a bulk operation for all products + variants, then poll until done.
set -euo pipefail

SHOP="moderna-home.myshopify.com"
TOKEN="${k.prov('shopify', V.shopifyAdmin(k.g))}"
API="https://$SHOP/admin/api/2024-04/graphql.json"

curl -s -X POST "$API" \\
  -H "Content-Type: application/json" \\
  -H "X-Shopify-Access-Token: $TOKEN" \\
  -d '{"query":"mutation { bulkOperationRunQuery(query: \\"{ products { edges { node { id handle variants { edges { node { sku barcode inventoryQuantity } } } } } } }\\") { bulkOperation { id status } userErrors { field message } } }"}'

while true; do
  status=$(curl -s -X POST "$API" -H "Content-Type: application/json" \\
    -H "X-Shopify-Access-Token: ${k.prov('shopify', V.shopifyAdmin(k.g))}" \\
    -d '{"query":"{ currentBulkOperation { id status url objectCount } }"}' | jq -r '.data.currentBulkOperation.status')
  echo "status: $status"
  [[ "$status" == "COMPLETED" ]] && break
  sleep 10
done
`,
  ),
  shopDoc(
    'shop-shopify-node-client',
    ['code', 'precision'],
    'src/shopify/client.ts',
    (k) => `import '@shopify/shopify-api/adapters/node';
import { shopifyApi, ApiVersion, Session } from '@shopify/shopify-api';

// Public app credentials come from the Partner dashboard; the secret must stay server-side.
export const shopify = shopifyApi({
  apiKey: process.env.SHOPIFY_API_KEY ?? '${k.n(V.shopifyPublic(k.g))}',
  apiSecretKey: process.env.SHOPIFY_API_SECRET ?? '${k.prov('shopify', V.shopifySecret(k.g))}',
  scopes: ['read_products', 'write_orders'],
  hostName: 'app.velocity-bikes.example',
  apiVersion: ApiVersion.October24,
  isEmbeddedApp: true,
});

// Offline session for the cron jobs (copied from the sessions table while debugging, TODO remove)
export const offlineSession = new Session({
  id: 'offline_velocity-bikes.myshopify.com',
  shop: 'velocity-bikes.myshopify.com',
  state: '${k.n(k.g.digits(15))}',
  isOnline: false,
  accessToken: '${k.prov('shopify', V.shopifyAdmin(k.g))}',
  scope: 'read_products,write_orders',
});
`,
  ),
  shopDoc(
    'shop-shopify-storefront-hydrogen-env',
    ['config-syntax', 'precision'],
    'hydrogen/.env.example',
    (k) => `# Hydrogen storefront. The public token is safe to ship to the browser; the private one is not.
SESSION_SECRET="${k.s('token', k.g.alnum(40))}"
PUBLIC_STOREFRONT_API_TOKEN="${k.n(V.shopifyPublic(k.g))}"
PRIVATE_STOREFRONT_API_TOKEN="${k.prov('shopify', `shpat_${k.g.hex(32)}`)}"
PUBLIC_STORE_DOMAIN="papeterie-fine.myshopify.com"
PUBLIC_STOREFRONT_ID="${k.n(k.g.digits(7))}"
PUBLIC_CHECKOUT_DOMAIN="checkout.papeterie-fine.example"
PUBLIC_CUSTOMER_ACCOUNT_API_CLIENT_ID="shp_${k.n(k.g.uuid())}"
PUBLIC_CUSTOMER_ACCOUNT_API_URL="https://shopify.com/${k.n(k.g.digits(11))}"
SHOP_ID=${k.n(k.g.digits(11))}
`,
  ),
  shopDoc(
    'shop-shopify-webhook-hmac-express',
    ['code', 'precision'],
    'server/webhooks.js',
    (k) => `const crypto = require('crypto');
const express = require('express');
const router = express.Router();

// Webhook signing secret ("Your webhooks will be signed with ...") from Settings > Notifications
const WEBHOOK_SECRET = process.env.SHOPIFY_WEBHOOK_SECRET || '${k.hex(64)}';

function verify(req) {
  const hmac = req.get('X-Shopify-Hmac-Sha256');
  const digest = crypto.createHmac('sha256', WEBHOOK_SECRET).update(req.rawBody).digest('base64');
  return crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(hmac || ''));
}

router.post('/orders/create', express.raw({ type: 'application/json' }), (req, res) => {
  if (!verify(req)) return res.status(401).send('bad hmac');
  const order = JSON.parse(req.body);
  // example payload id: ${k.n(k.g.digits(13))}, test hmac seen in logs: ${k.n(k.g.base64(43) + '=')}
  console.log('order', order.name, order.total_price, order.currency);
  res.sendStatus(200);
});

module.exports = router;
`,
  ),
  shopDoc(
    'shop-shopify-liquid-snippet',
    ['code', 'precision'],
    'theme/snippets/reviews-widget.liquid',
    (k) => `{% comment %}
  Judge.me / Yotpo style reviews widget. The app key below is the public widget key.
  The private API token for the import lives in the app settings, NOT here:
  old value was ${k.n('****' + k.g.hex(4))} (rotated 2024-03)
{% endcomment %}
{%- assign product_id = product.id -%}
<div class="yotpo yotpo-main-widget"
  data-app-key="${k.n(k.g.alnum(40))}"
  data-product-id="{{ product_id }}"
  data-name="{{ product.title | escape }}"
  data-url="{{ shop.url }}{{ product.url }}"
  data-image-url="{{ product.featured_image | img_url: 'large' }}"
  data-price="{{ product.price | money_without_currency }}"
  data-currency="{{ shop.currency }}">
</div>
<script>
  window.klaviyoPublicKey = "${k.n(V.klaviyoSiteId(k.g))}";
  window.googleMapsKey = "AIza${k.n(k.g.base64url(35))}";
</script>
{% render 'price', product: product, use_variant: true %}
`,
  ),
  shopDoc(
    'shop-shopify-python-orders-export',
    ['code'],
    'tools/export_orders.py',
    (k) => `"""Nightly order export for the accountant (CSV to the shared drive)."""
import csv
import datetime as dt
import shopify

SHOP_URL = "teeladen-hamburg.myshopify.com"
API_VERSION = "2024-01"
# private app (legacy) — password is the access token
PRIVATE_APP_PASSWORD = "${k.prov('shopify', V.shopifyPrivate(k.g))}"

session = shopify.Session(SHOP_URL, API_VERSION, PRIVATE_APP_PASSWORD)
shopify.ShopifyResource.activate_session(session)

since = (dt.date.today() - dt.timedelta(days=1)).isoformat()
orders = shopify.Order.find(status="any", created_at_min=since, limit=250)

with open(f"/mnt/buchhaltung/orders-{since}.csv", "w", newline="") as fh:
    w = csv.writer(fh, delimiter=";")
    w.writerow(["Bestellnr", "Datum", "Summe", "Waehrung", "Zahlart"])
    for o in orders:
        w.writerow([o.name, o.created_at, o.total_price, o.currency, o.gateway])

# SMB share for the export
SMB_USER = "buchhaltung"
SMB_PASSWORD = "${k.pw()}"
`,
  ),
  shopDoc(
    'shop-shopify-cli-session-log',
    ['logs-and-output', 'command-line', 'precision'],
    'notes/shopify-cli-debug.txt',
    (k) => `$ shopify app dev --store bb-dev-store
╭─ info ──────────────────────────────────────────────────────────╮
│  Using shopify.app.toml:                                          │
│    • Org:             Moderna Agency                              │
│    • App:             Bundle Builder                              │
│    • Dev store:       bb-dev-store.myshopify.com                  │
│    • Update URLs:     Yes                                         │
╰───────────────────────────────────────────────────────────────────╯
12:01:44 │ graphiql   │ GraphiQL server started on port 3457
12:01:45 │ extensions │ Draft updated successfully for extension: bundle-ui
12:01:46 │ app        │ > dev
12:01:47 │ app        │ [shopify-app/INFO] Creating new session | {shop: bb-dev-store.myshopify.com}
12:01:47 │ app        │ [shopify-api/DEBUG] Request headers {"X-Shopify-Access-Token":"${k.prov('shopify', V.shopifyAdmin(k.g))}","User-Agent":"Shopify App Remix"}
12:01:48 │ app        │ webhook id gid://shopify/WebhookSubscription/${k.n(k.g.digits(13))} registered
12:01:48 │ app        │ Preview URL: https://bb-dev-store.myshopify.com/admin/oauth/redirect_from_cli?client_id=${k.n(V.shopifyPublic(k.g))}
12:01:49 │ app        │ GraphiQL URL: http://localhost:3457/graphiql?key=${k.u(k.g.hex(32))}
12:02:10 │ app        │ [shopify-app/INFO] Authenticating admin request | {shop: bb-dev-store.myshopify.com}
`,
  ),
  shopDoc(
    'shop-shopify-flow-http-action',
    ['config-syntax', 'http-auth'],
    'flows/send-to-erp.json',
    (k) => `{
  "name": "Send paid orders to ERP",
  "trigger": "Order paid",
  "actions": [
    {
      "type": "send_http_request",
      "method": "POST",
      "url": "https://erp.casalinga.example/api/v2/orders",
      "headers": [
        { "key": "Content-Type", "value": "application/json" },
        { "key": "Authorization", "value": "Bearer ${k.http(k.g.alnum(48))}" }
      ],
      "body": "{ \\"order\\": \\"{{order.name}}\\", \\"total\\": {{order.totalPriceSet.shopMoney.amount}} }"
    },
    {
      "type": "send_http_request",
      "method": "POST",
      "url": "https://hooks.slack.com/services/${k.n('T0000/B0000/XXXXXXXX')}",
      "headers": [{ "key": "Content-Type", "value": "application/json" }],
      "body": "{ \\"text\\": \\"Neue Bestellung {{order.name}}\\" }"
    }
  ]
}
`,
  ),
  shopDoc(
    'shop-shopify-github-actions-theme',
    ['config-syntax', 'precision'],
    '.github/workflows/theme-deploy.yml',
    (k) => `name: Deploy theme
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SHOPIFY_CLI_THEME_TOKEN: \${{ secrets.SHOPIFY_CLI_THEME_TOKEN }}
      SHOPIFY_FLAG_STORE: zapatos-madrid.myshopify.com
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - run: npm i -g @shopify/cli @shopify/theme
      # live theme id ${k.n(k.g.digits(12))}
      - run: shopify theme push --theme ${k.n(k.g.digits(12))} --allow-live --password ${k.n('${{ secrets.SHOPIFY_CLI_THEME_TOKEN }}')}
      - name: Notify
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Theme deployed"}' \\
            ${k.prov('slack', V.slackHook(k.g))}
`,
  ),
  shopDoc(
    'shop-shopify-theme-access-cli',
    ['command-line'],
    'docs/theme-dev.md',
    (k) => `# Working on the theme locally

The store owner installed the **Theme Access** app and sent the password by mail. Use it like this:

\`\`\`bash
shopify theme dev --store hanamise-jp --password ${k.prov('shopify', `shptka_${k.g.hex(32)}`)}
shopify theme pull --store hanamise-jp --live --password ${k.prov('shopify', `shptka_${k.g.hex(32)}`)} --path ./theme
\`\`\`

Staff account (store owner said we can use it for the preview): \`dev@agentur.example\` / \`${k.hpw()}\`

Storefront password (the shop is still behind the password page): \`${k.hpw()}\`

Theme IDs: live ${k.n(k.g.digits(12))}, staging ${k.n(k.g.digits(12))}.
`,
  ),
  shopDoc(
    'shop-shopify-remix-session-storage',
    ['code', 'config-syntax'],
    'app/shopify.server.ts',
    (k) => `import '@shopify/shopify-app-remix/adapters/node';
import { AppDistribution, shopifyApp, LATEST_API_VERSION } from '@shopify/shopify-app-remix/server';
import { MySQLSessionStorage } from '@shopify/shopify-app-session-storage-mysql';

const shopify = shopifyApp({
  apiKey: process.env.SHOPIFY_API_KEY,
  apiSecretKey: process.env.SHOPIFY_API_SECRET || '',
  apiVersion: LATEST_API_VERSION,
  scopes: process.env.SCOPES?.split(','),
  appUrl: process.env.SHOPIFY_APP_URL || '',
  authPathPrefix: '/auth',
  sessionStorage: new MySQLSessionStorage('mysql://bundle_app:${k.cs()}@db.internal:3306/bundle_sessions'),
  distribution: AppDistribution.AppStore,
  future: { unstable_newEmbeddedAuthStrategy: true },
});

export default shopify;
export const authenticate = shopify.authenticate;
`,
  ),
];
