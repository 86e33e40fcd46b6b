// Multi-carrier platforms and marketplace integrations of shippers and 3PLs: ShipStation key/secret, ShipEngine
// and EasyPost and Shippo test and live keys, Sendcloud public/secret pairs, Amazon SP-API LWA refresh tokens,
// Shopify admin tokens, eBay and WooCommerce keys. Test-mode keys are real credentials; public halves are not.
import type { RealWorldDoc } from '../types';
import { lDoc, L } from './logisticsValues';

export const LOGISTICS_PLATFORM_DOCS: RealWorldDoc[] = [
  lDoc(
    'logistics-shipstation-node-env',
    ['config-syntax', 'precision'],
    'fulfillment-sync/.env',
    (k) => `NODE_ENV=production
# ShipStation (Settings > Account > API Settings)
SHIPSTATION_API_KEY=${k.u(k.g.hex(32))}
SHIPSTATION_API_SECRET=${k.hex(32)}
SHIPSTATION_STORE_ID=${k.n(k.g.digits(6))}
# ShipEngine (label purchase)
SHIPENGINE_API_KEY=${k.prov('ShipEngine', L.shipEngine(k.g))}
SHIPENGINE_SANDBOX_KEY=${k.prov('ShipEngine', L.shipEngineTest(k.g))}
DEFAULT_WAREHOUSE_ID=${k.n('se-' + k.g.digits(6))}
REDIS_URL=redis://:${k.cs()}@redis.internal:6379/2
SENTRY_DSN=${k.n(L.sentryDsn(k.g))}
`,
  ),

  lDoc('logistics-easypost-ruby', ['code', 'precision'], 'app/services/label_service.rb', (k) => {
    return `# frozen_string_literal: true

# Buys the cheapest EasyPost rate that meets the promised delivery date.
class LabelService
  EASYPOST_KEY = Rails.env.production? ? "${k.prov('EasyPost', L.easypostProd(k.g))}" : "${k.prov('EasyPost', L.easypostTest(k.g))}"

  def initialize(order)
    @order = order
    @client = EasyPost::Client.new(api_key: EASYPOST_KEY)
  end

  def buy!
    shipment = @client.shipment.create(to_address: to_address, from_address: WAREHOUSE, parcel: parcel)
    rate = shipment.lowest_rate(%w[USPS UPS FedEx])
    bought = @client.shipment.buy(shipment.id, rate: rate)
    @order.update!(tracking_code: bought.tracking_code, label_url: bought.postage_label.label_url)
  end
  # shipment ids look like shp_${k.n(k.g.hex(32))}, rates rate_${k.n(k.g.hex(32))}: not secrets
end
`;
  }),

  lDoc('logistics-shippo-python-settings', ['code', 'config-syntax', 'precision'], 'shop/settings/production.py', (k) => {
    return `from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["orders.fernweh-tee.de"]
SECRET_KEY = "${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50))}"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": "${k.pw()}",
        "HOST": "db.internal",
    }
}

SHIPPO_API_KEY = "${k.prov('Shippo', L.shippoLive(k.g))}"
# SHIPPO_API_KEY = "${k.prov('Shippo', L.shippoTest(k.g))}"  # test key for staging
SHIPPO_WEBHOOK_SECRET = os.environ.get("SHIPPO_WEBHOOK_SECRET")
DEFAULT_PARCEL_TEMPLATE = "USPS_FlatRatePaddedEnvelope"
`;
  }),

  lDoc('logistics-sendcloud-php-basic', ['code', 'http-auth', 'precision'], 'src/Shipping/SendcloudClient.php', (k) => {
    const pub = k.g.hex(32);
    const sec = k.g.hex(32);
    return `<?php
declare(strict_types=1);

namespace App\\Shipping;

/** Sendcloud Panel > Settings > Integrations > API: public key + secret key, HTTP Basic. */
final class SendcloudClient
{
    private const PUBLIC_KEY = '${k.u(pub)}';
    private const SECRET_KEY = '${k.s('token', sec)}';

    public function parcels(): array
    {
        $ch = curl_init('https://panel.sendcloud.sc/api/v2/parcels');
        curl_setopt($ch, CURLOPT_USERPWD, self::PUBLIC_KEY . ':' . self::SECRET_KEY);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        return json_decode((string) curl_exec($ch), true);
    }
}
// curl -H 'Authorization: Basic ${k.http(L.b64(`${pub}:${sec}`))}' https://panel.sendcloud.sc/api/v2/shipping_methods
`;
  }),

  lDoc('logistics-amazon-spapi-credentials-json', ['config-syntax', 'credential-file', 'precision'], 'integrations/amazon/sp-api.credentials.json', (k) => {
    return `{
  "regions": {
    "eu": {
      "endpoint": "https://sellingpartnerapi-eu.amazon.com",
      "marketplace_ids": ["${k.n('A1PA6795UKMFR9')}", "${k.n('A13V1IB3VIYZZH')}", "${k.n('APJ6JRA9NG5V4')}"],
      "lwa_app_id": "${k.n(L.lwaClientId(k.g))}",
      "lwa_client_secret": "${k.prov('Amazon LWA', L.lwaClientSecret(k.g))}",
      "refresh_token": "${k.prov('Amazon LWA', L.lwaRefresh(k.g))}",
      "seller_id": "${k.n('A' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 13))}"
    }
  },
  "fba_inbound": { "ship_from_warehouse": "VENLO-1", "label_prep": "SELLER_LABEL" }
}
`;
  }),

  lDoc('logistics-shopify-fulfillment-app-toml', ['config-syntax', 'precision'], 'apps/fulfillment-service/shopify.app.toml', (k) => {
    return `# Shopify fulfillment service app for the 3PL (one custom app per merchant store)
client_id = "${k.n(k.g.hex(32))}"
name = "Venlo 3PL Fulfillment"
application_url = "https://fulfil.venlo3pl.nl"
embedded = false

[access_scopes]
scopes = "read_orders,write_fulfillments,read_inventory,write_inventory,read_assigned_fulfillment_orders,write_assigned_fulfillment_orders"

[webhooks]
api_version = "2025-01"

# per-store admin tokens (custom apps) - TODO move to Vault
[stores.fernweh-tee]
domain = "fernweh-tee.myshopify.com"
admin_token = "${k.prov('Shopify', L.shopifyToken(k.g))}"
location_id = "${k.n(k.g.digits(11))}"

[stores.kaffeebohne]
domain = "kaffeebohne-shop.myshopify.com"
admin_token = "${k.prov('Shopify', L.shopifyToken(k.g))}"
location_id = "${k.n(k.g.digits(11))}"
`;
  }),

  lDoc('logistics-woocommerce-sync-js', ['code', 'precision'], 'scripts/woo-order-pull.js', (k) => {
    return `// Pulls "processing" orders from the client's WooCommerce shop into our WMS every 5 minutes.
const WooCommerceRestApi = require('@woocommerce/woocommerce-rest-api').default;

const api = new WooCommerceRestApi({
  url: 'https://www.bici-ricambi.it',
  consumerKey: '${k.u(L.wooKey(k.g))}',
  consumerSecret: '${k.prov('WooCommerce', L.wooSecret(k.g))}',
  version: 'wc/v3',
});

async function pull() {
  const { data } = await api.get('orders', { status: 'processing', per_page: 50 });
  for (const o of data) await wms.createOutbound({ ref: o.number, lines: o.line_items.map(toLine) });
}
setInterval(pull, 5 * 60 * 1000);
`;
  }),

  lDoc('logistics-ebay-oauth-yaml', ['config-syntax', 'precision'], 'config/ebay-config.yaml', (k) => {
    return `name: ebay-config
# eBay developer keyset "Magazyn Poznan - Production"
api.ebay.com:
  appid: ${k.n('MagazynP-Fulfil-PRD-' + k.g.hex(9) + '-' + k.g.hex(8))}
  certid: ${k.s('token', 'PRD-' + k.g.hex(12) + '-' + k.g.hex(4) + '-' + k.g.hex(4) + '-' + k.g.hex(4) + '-' + k.g.hex(4))}
  devid: ${k.u(k.g.uuid())}
  redirecturi: ${k.n('Magazyn_Poznan-MagazynP-Fulfil-' + k.g.lower(5))}
api.sandbox.ebay.com:
  appid: <sandbox app id>
  certid: <sandbox cert id>
  devid: <dev id>
  redirecturi: <RuName>
`;
  }),

  lDoc('logistics-multicarrier-readme', ['prose', 'precision'], 'README.md', (k) => {
    return `# parcel-router

Picks a carrier per order (price, SLA, dimensional weight) and prints the label at the packing station.

## Configuration

All carrier keys come from the environment, never from this repo:

| Variable | Where to get it |
|---|---|
| \`SHIPPO_API_KEY\` | Shippo > Settings > API (use the \`shippo_test_...\` key locally) |
| \`EASYPOST_API_KEY\` | EasyPost dashboard, \`EZTK...\` for test |
| \`SENDCLOUD_PUBLIC_KEY\` / \`SENDCLOUD_SECRET_KEY\` | Sendcloud integrations page |
| \`GOOGLE_MAPS_KEY\` | GCP project \`parcel-router-prod\` (server key, IP restricted) |

Example \`.env\` for local work:

\`\`\`
SHIPPO_API_KEY=${k.n('shippo_test_<your key>')}
EASYPOST_API_KEY=${k.n('EZTK' + 'x'.repeat(20))}
SENDCLOUD_SECRET_KEY=${k.ph()}
DATABASE_URL=postgres://router:${k.n('router')}@localhost:5432/router_dev
\`\`\`

Dimensional weight = L x W x H (cm) / 5000. Tracking numbers look like ${k.n(L.upsTracking(k.g))} (UPS) or ${k.n(L.parcelTracking(k.g))}.

For the staging box the shared Shippo test key is ${k.prov('Shippo', L.shippoTest(k.g))} (ask Jana before rotating it).
`;
  }),

  lDoc('logistics-shipengine-webhook-log', ['logs-and-output', 'http-auth', 'precision'], 'logs/label-worker-2026-04-11.log', (k) => {
    return `2026-04-11T06:02:11.412Z INFO  label-worker started pid=4412 queue=labels.print
2026-04-11T06:02:14.009Z DEBUG POST https://api.shipengine.com/v1/labels headers={"API-Key":"${k.prov('ShipEngine', L.shipEngine(k.g))}","Content-Type":"application/json"}
2026-04-11T06:02:15.230Z INFO  label created label_id=${k.n('se-' + k.g.digits(9))} tracking=${k.n(L.fedexTracking(k.g))} carrier=fedex service=fedex_ground
2026-04-11T06:02:15.231Z INFO  printing to zebra-pack-07 (${k.n(L.ipv4(k.g))}) format=zpl
2026-04-11T06:05:40.777Z WARN  retrying 429 from api.shipengine.com (attempt 2)
2026-04-11T06:05:41.100Z INFO  label created label_id=${k.n('se-' + k.g.digits(9))} tracking=${k.n(L.upsTracking(k.g))} carrier=ups service=ups_ground
2026-04-11T06:07:02.004Z ERROR webhook signature mismatch: got sha256=${k.n(L.sha256(k.g))} expected sha256=${k.n(L.sha256(k.g))}
2026-04-11T06:07:02.005Z DEBUG webhook secret in use: ${k.tok()}
`;
  }),
];
