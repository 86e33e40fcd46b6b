// Shipping and tax integrations, marketplaces and product feeds, ERP/PIM/OMS connectors: the configs, scripts
// and feed jobs that carry their keys, next to tracking numbers, SKUs, EANs and account numbers.
import type { RealWorldDoc } from '../types';
import { shopDoc, V } from './shopValues';

export const SHOP_LOGISTICS_DOCS: RealWorldDoc[] = [
  shopDoc(
    'shop-shipstation-python',
    ['code', 'http-auth'],
    'fulfilment/shipstation.py',
    (k) => `import requests
from requests.auth import HTTPBasicAuth

SS_API_KEY = "${k.s('token', V.shipstationKey(k.g))}"
SS_API_SECRET = "${k.s('token', V.shipstationKey(k.g))}"
SS = "https://ssapi.shipstation.com"

def create_label(order_id: int, carrier: str = "ups_walleted", service: str = "ups_ground"):
    payload = {"orderId": order_id, "carrierCode": carrier, "serviceCode": service, "confirmation": "none", "shipDate": None}
    r = requests.post(f"{SS}/orders/createlabelfororder", json=payload, auth=HTTPBasicAuth(SS_API_KEY, SS_API_SECRET), timeout=30)
    r.raise_for_status()
    data = r.json()
    print("tracking", data["trackingNumber"])  # e.g. ${k.n(V.tracking(k.g))}
    return data
`,
  ),
  shopDoc(
    'shop-easypost-shippo-env',
    ['config-syntax', 'precision'],
    'services/shipping/.env',
    (k) => `EASYPOST_API_KEY=${k.prov('easypost', V.easypostKey(k.g))}
EASYPOST_TEST_API_KEY=${k.prov('easypost', V.easypostKey(k.g, 'EZTK'))}
SHIPPO_API_TOKEN=${k.prov('shippo', V.shippoToken(k.g))}
SHIPPO_TEST_TOKEN=${k.prov('shippo', V.shippoToken(k.g, 'test'))}
DEFAULT_PARCEL_TEMPLATE=USPS_FlatRatePaddedEnvelope
FROM_ADDRESS_ID=adr_${k.n(k.g.hex(32))}
CARRIER_ACCOUNT_UPS=ca_${k.n(k.g.hex(32))}
`,
  ),
  shopDoc(
    'shop-dhl-parcel-de-config',
    ['config-syntax', 'precision'],
    'config/packages/dhl.yaml',
    (k) => `# DHL Parcel DE Shipping API v2 (Geschäftskundenversand)
dhl:
  sandbox: false
  api_key: '${k.s('token', k.g.alnum(32))}'
  api_secret: '${k.s('token', k.g.alnum(16))}'
  gkp_user: 'versand_bergsport'
  gkp_password: '${k.hpw()}'
  ekp: '${k.n(k.g.digits(10))}'
  billing_numbers:
    V01PAK: '${k.n(k.g.digits(14))}'
    V62WP: '${k.n(k.g.digits(14))}'
  # sandbox user from the developer portal docs
  sandbox_user: '${k.n('user-valid')}'
  sandbox_password: '${k.n('SandboxPasswort2023!')}'
`,
  ),
  shopDoc(
    'shop-ups-fedex-oauth-node',
    ['code'],
    'carriers/oauth.ts',
    (k) => `// UPS and FedEx both moved to OAuth client credentials in 2024.
export const CARRIERS = {
  ups: {
    tokenUrl: 'https://onlinetools.ups.com/security/v1/oauth/token',
    clientId: '${k.n(k.g.alnum(48))}',
    clientSecret: '${k.s('token', k.g.alnum(64))}',
    accountNumber: '${k.n(k.g.chars('0123456789ABCDEFGHJKLMNPRSTUVWXY', 6))}',
  },
  fedex: {
    tokenUrl: 'https://apis.fedex.com/oauth/token',
    clientId: 'l7${k.n(k.g.hex(30))}',
    clientSecret: '${k.s('token', k.g.hex(32))}',
    accountNumber: '${k.n(k.g.digits(9))}',
  },
  usps: {
    consumerKey: '${k.n(k.g.alnum(32))}',
    consumerSecret: '${k.s('token', k.g.alnum(16))}',
  },
};
`,
  ),
  shopDoc(
    'shop-avalara-taxjar-settings',
    ['config-syntax'],
    'config/tax.json',
    (k) => `{
  "provider": "avalara",
  "avalara": {
    "environment": "production",
    "accountId": "${k.n(k.g.digits(10))}",
    "licenseKey": "${k.s('token', V.avalaraLicense(k.g))}",
    "companyCode": "MODERNAHOME",
    "commitTransactions": true
  },
  "taxjar": {
    "apiToken": "${k.s('token', V.taxjarToken(k.g))}",
    "sandboxToken": "${k.s('token', V.taxjarToken(k.g))}",
    "nexus": ["CA", "NY", "TX"]
  }
}
`,
  ),
  shopDoc(
    'shop-amazon-sp-api-config',
    ['config-syntax', 'code'],
    'marketplaces/amazon/config.py',
    (k) => `# Amazon Selling Partner API (EU seller central, app "Lunaria Sync", self-authorized)
CREDENTIALS = dict(
    refresh_token="${k.prov('amazon', V.lwaRefresh(k.g))}",
    lwa_app_id="${k.n(V.lwaClientId(k.g))}",
    lwa_client_secret="${k.prov('amazon', V.lwaClientSecret(k.g))}",
    aws_access_key="${k.u(V.awsId(k.g))}",
    aws_secret_key="${k.prov('aws', V.awsSecret(k.g))}",
    role_arn="arn:aws:iam::${k.n(k.g.digits(12))}:role/SellingPartnerAPIRole",
)
MARKETPLACES = {"DE": "A1PM6KUTMSKY6D", "FR": "A13V1IB3VIYZZH", "IT": "APJ6JRA9NG5V4"}
SELLER_ID = "${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 14))}"
# legacy MWS (switched off 2024): auth token ${k.prov('amazon-mws', V.mwsToken(k.g))}
`,
  ),
  shopDoc(
    'shop-ebay-etsy-yaml',
    ['config-syntax', 'precision'],
    'config/marketplaces.yml',
    (k) => `ebay:
  environment: production
  app_id: ${k.n(V.ebayAppId(k.g, 'Biciclo'))}
  dev_id: ${k.n(k.g.uuid())}
  cert_id: ${k.s('token', V.ebayCertId(k.g))}
  ru_name: Biciclo_GmbH-Biciclo-Sync-PRD-${k.n(k.g.lower(8))}
  user_token: ${k.s('token', V.ebayUserToken(k.g))}
  site_id: 77
etsy:
  keystring: ${k.n(V.etsyKeystring(k.g))}
  shared_secret: ${k.s('token', V.etsySecret(k.g))}
  shop_id: ${k.n(k.g.digits(8))}
  oauth_refresh_token: ${k.s('token', `${k.g.digits(9)}.${k.g.base64url(64)}`)}
`,
  ),
  shopDoc(
    'shop-google-merchant-service-account',
    ['credential-file'],
    'feeds/merchant-center-sa.json',
    (k) => `{
  "type": "service_account",
  "project_id": "lunaria-feeds",
  "private_key_id": "${k.n(k.g.hex(40))}",
  "private_key": "${k.key(V.pemEscaped(k.g))}",
  "client_email": "merchant-feed@lunaria-feeds.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/merchant-feed%40lunaria-feeds.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`,
  ),
  shopDoc(
    'shop-feed-ftp-cron',
    ['command-line', 'config-syntax'],
    'etc/cron.d/product-feeds',
    (k) => `# Product feeds for marketplaces and comparison sites
MAILTO=ops@casalinga.example
SHELL=/bin/bash

# Google Shopping (Merchant Center SFTP)
15 3 * * * www-data /usr/bin/php /var/www/shop/bin/feed.php google && sshpass -p '${k.spw()}' sftp -oBatchMode=no mc-${k.n(k.g.digits(9))}@partnerupload.google.com <<< 'put /var/feeds/google.xml'
# Channable pulls via HTTP basic auth
# https://feeds:${k.cs()}@www.casalinga.example/feeds/channable.csv
# idealo / Billiger.de via FTP
30 3 * * * www-data curl -sS -T /var/feeds/idealo.csv ftp://casalinga_idealo:${k.cs()}@ftp.idealo.example/
45 3 * * * www-data lftp -u feedonomics,${k.spw()} -e "put /var/feeds/full.xml; bye" ftp.feedonomics.example
`,
  ),
  shopDoc(
    'shop-feed-xml-header',
    ['config-syntax', 'precision'],
    'feeds/google_shopping.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:g="http://base.google.com/ns/1.0" version="2.0">
  <channel>
    <title>Casalinga – Google Shopping</title>
    <link>https://www.casalinga.example</link>
    <description>Product feed, generated ${k.n('2024-11-23T03:15:02Z')}</description>
    <item>
      <g:id>${k.n(V.sku(k.g))}</g:id>
      <g:title>Moka-Kanne Alu 6 Tassen</g:title>
      <g:gtin>${k.n(V.ean(k.g))}</g:gtin>
      <g:mpn>${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10))}</g:mpn>
      <g:price>34.90 EUR</g:price>
      <g:availability>in_stock</g:availability>
      <g:image_link>https://cdn.casalinga.example/media/catalog/product/${k.n(k.g.hex(2))}/${k.n(k.g.hex(32))}.jpg</g:image_link>
      <g:link>https://www.casalinga.example/moka-6?utm_source=google&amp;utm_medium=cpc&amp;gclid=${k.n(k.g.base64url(40))}</g:link>
    </item>
    <item>
      <g:id>${k.n(V.sku(k.g))}</g:id>
      <g:title>Espressotassen-Set 4-teilig</g:title>
      <g:gtin>${k.n(V.ean(k.g))}</g:gtin>
      <g:price>24.90 EUR</g:price>
      <g:sale_price>19.90 EUR</g:sale_price>
      <g:availability>in_stock</g:availability>
    </item>
  </channel>
</rss>
`,
  ),
  shopDoc(
    'shop-akeneo-connector-yaml',
    ['config-syntax'],
    'config/akeneo.yaml',
    (k) => `akeneo:
  base_uri: https://pim.bergsport.example
  client_id: ${k.n(V.akeneoClientId(k.g))}
  secret: ${k.s('token', V.akeneoSecret(k.g))}
  username: connector_shop_${k.n(k.g.digits(4))}
  password: ${k.gpw()}
  channel: ecommerce
  locales: [de_DE, en_GB, fr_FR]
pimcore:
  url: https://dam.bergsport.example
  api_key: ${k.hex(32)}
`,
  ),
  shopDoc(
    'shop-netsuite-tba',
    ['config-syntax', 'code'],
    'erp/netsuite.env',
    (k) => `NS_ACCOUNT_ID=${k.n(k.g.digits(7))}_SB1
NS_CONSUMER_KEY=${k.u(V.netsuiteHex(k.g))}
NS_CONSUMER_SECRET=${k.s('token', V.netsuiteHex(k.g))}
NS_TOKEN_ID=${k.u(V.netsuiteHex(k.g))}
NS_TOKEN_SECRET=${k.s('token', V.netsuiteHex(k.g))}
NS_RESTLET_URL=https://${k.n(k.g.digits(7))}-sb1.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=812&deploy=1
`,
  ),
  shopDoc(
    'shop-odoo-xmlrpc-script',
    ['code'],
    'erp/odoo_import.py',
    (k) => `import xmlrpc.client

url = "https://odoo.teeladen.example"
db = "teeladen"
username = "api@teeladen.example"
password = "${k.pw()}"  # or an API key from Preferences > Account Security

common = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/common")
uid = common.authenticate(db, username, password, {})
models = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/object")

products = models.execute_kw(db, uid, password, "product.product", "search_read",
                             [[["sale_ok", "=", True]]], {"fields": ["default_code", "barcode", "qty_available"]})
print(len(products), "products")
`,
  ),
  shopDoc(
    'shop-sap-connector-properties',
    ['config-syntax'],
    'connector/sap-b1.properties',
    (k) => `# SAP Business One Service Layer connector
sl.url=https://sap-b1.casalinga.example:50000/b1s/v1
sl.company=SBO_CASALINGA
sl.user=manager
sl.password=${k.spw()}
sl.verifyTls=false
# order import queue
amqp.uri=amqps://oms:${k.cs()}@mq.casalinga.example:5671/oms
# OMS webhook shared secret
oms.webhook.secret=${k.tok()}
`,
  ),
  shopDoc(
    'shop-amazon-sp-api-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/amazon-sync.log',
    (k) => `2024-11-23 04:00:02,114 INFO  sp_api.base: Requesting LWA token for client ${k.n(V.lwaClientId(k.g))}
2024-11-23 04:00:02,731 DEBUG sp_api.base: POST https://api.amazon.com/auth/o2/token body=grant_type=refresh_token&refresh_token=${k.prov('amazon', V.lwaRefresh(k.g))}&client_id=...
2024-11-23 04:00:03,002 DEBUG sp_api.base: GET https://sellingpartnerapi-eu.amazon.com/orders/v0/orders?MarketplaceIds=A1PM6KUTMSKY6D headers={'x-amz-access-token': '${k.http(`Atza|${k.g.base64url(300)}`)}', 'user-agent': 'python-sp-api-1.4'}
2024-11-23 04:00:03,810 INFO  sync: 42 orders, first ${k.n(`${k.g.digits(3)}-${k.g.digits(7)}-${k.g.digits(7)}`)}
2024-11-23 04:00:04,019 WARN  sync: ASIN ${k.n('B0' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8))} missing EAN ${k.n(V.ean(k.g))}
2024-11-23 04:00:04,555 INFO  sync: request id ${k.n(k.g.uuid())} done
`,
  ),
  shopDoc(
    'shop-channable-import-settings',
    ['config-syntax', 'precision'],
    'feeds/channable-import.json',
    (k) => `{
  "project": "Zapatos ES",
  "import": {
    "type": "ftp",
    "host": "ftp.zapatos-madrid.example",
    "port": 21,
    "username": "channable",
    "password": "${k.hpw()}",
    "path": "/export/productos.csv",
    "delimiter": ";",
    "encoding": "utf-8"
  },
  "exports": [
    { "channel": "Google Shopping", "feed_url": "https://files.channable.com/${k.n(k.g.base64url(22))}==.xml" },
    { "channel": "Zalando", "api_user": "zapatos_zln", "api_password": "${k.gpw()}" }
  ]
}
`,
  ),
];
