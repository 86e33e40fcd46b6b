// Shop files full of things that look like secrets and are not: publishable keys, SDK doc placeholders, test
// cards, payment intent and webhook ids, order/tracking numbers, SKUs/EANs, coupon codes, hashed customer
// passwords, masked cards and gift cards, env references. A few real secrets hide among them.
import type { RealWorldDoc } from '../types';
import { shopDoc, V } from './shopValues';

export const SHOP_LOOKALIKE_DOCS: RealWorldDoc[] = [
  shopDoc('shop-customers-export-csv', ['precision', 'logs-and-output'], 'exports/customers_2024-11.csv', (k) => {
    const rows = Array.from({ length: 6 }, (_, i) => `${1000 + i};kunde${i}@example.com;${k.n(V.magentoHash(k.g))};${k.u(V.uuid(k.g))};${k.g.pick(['DE', 'AT', 'CH'])};${k.g.digits(2)}`);
    return `entity_id;email;password_hash;rp_token;country;orders\n${rows.join('\n')}\n`;
  }),
  shopDoc('shop-orders-export-csv', ['precision', 'logs-and-output'], 'exports/orders_2024-11-24.csv', (k) => {
    const rows = Array.from({ length: 8 }, () =>
      [
        k.n(V.orderNo(k.g)),
        '2024-11-24',
        k.n(V.stripeId(k.g, 'pi')),
        k.n(V.cardMasked(k.g)),
        k.n(V.tracking(k.g)),
        k.n(V.sku(k.g)),
        k.n(V.ean(k.g)),
        k.g.pick(['', k.n(V.coupon(k.g))]),
        `${k.g.digits(2)}.${k.g.digits(2)}`,
      ].join(','),
    );
    return `order,date,payment_intent,card,tracking,sku,ean,coupon,total\n${rows.join('\n')}\n`;
  }),
  shopDoc(
    'shop-stripe-docs-snippet',
    ['precision', 'code'],
    'docs/payments-integration.md',
    (k) => `# Integrating Stripe Checkout

Set your keys (never commit real ones):

\`\`\`js
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY); // e.g. ${k.n('sk_test_xxxxxxxxxxxxxxxxxxxxxxxx')}
const session = await stripe.checkout.sessions.create({
  line_items: [{ price: '${k.n(V.stripeId(k.g, 'price'))}', quantity: 1 }],
  mode: 'payment',
  success_url: 'https://example.com/success?session_id={CHECKOUT_SESSION_ID}',
  cancel_url: 'https://example.com/cancel',
});
\`\`\`

\`\`\`html
<script src="https://js.stripe.com/v3/"></script>
<script>const stripe = Stripe('${k.n(V.stripePublishable(k.g))}');</script>
\`\`\`

| Test card | Result |
|---|---|
| ${k.n('4242 4242 4242 4242')} | succeeds |
| ${k.n('4000 0000 0000 9995')} | insufficient funds |
| ${k.n('4000 0025 0000 3155')} | requires 3DS |

Webhook secret: \`${k.n('whsec_...')}\` from \`stripe listen\`. Restricted keys look like \`${k.n('rk_live_...')}\`.
`,
  ),
  shopDoc(
    'shop-env-example-placeholders',
    ['precision', 'config-syntax'],
    '.env.example',
    (k) => `# Copy to .env and fill in
APP_KEY=${k.n('base64:')}
DB_PASSWORD=${k.ph()}
SHOPIFY_API_KEY=${k.n('your-shopify-api-key')}
SHOPIFY_API_SECRET=${k.n('your-shopify-api-secret')}
SHOPIFY_ACCESS_TOKEN=${k.n('shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}
STRIPE_SECRET_KEY=${k.n('sk_live_...')}
STRIPE_PUBLISHABLE_KEY=${k.n('pk_live_...')}
STRIPE_WEBHOOK_SECRET=${k.n('whsec_xxx')}
PAYPAL_CLIENT_ID=${k.n('<client-id>')}
PAYPAL_CLIENT_SECRET=${k.n('<client-secret>')}
MOLLIE_KEY=${k.n('test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}
WC_CONSUMER_KEY=${k.n('ck_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}
WC_CONSUMER_SECRET=${k.n('cs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}
ALGOLIA_ADMIN_KEY=${k.ph()}
MAILCHIMP_API_KEY=${k.n('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us21')}
SMTP_PASSWORD=${k.n('${SMTP_PASSWORD}')}
REDIS_URL=${k.n('redis://:password@localhost:6379/0')}
`,
  ),
  shopDoc(
    'shop-webhook-payload-sample',
    ['precision', 'logs-and-output'],
    'test/fixtures/shopify-orders-create.json',
    (k) => `{
  "id": ${k.n(k.g.digits(13))},
  "admin_graphql_api_id": "gid://shopify/Order/${k.n(k.g.digits(13))}",
  "app_id": ${k.n(k.g.digits(6))},
  "cart_token": "${k.n(k.g.hex(32))}",
  "checkout_token": "${k.n(k.g.hex(32))}",
  "token": "${k.n(k.g.hex(32))}",
  "confirmation_number": "${k.n(k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 9))}",
  "name": "${k.n('#' + k.g.digits(4))}",
  "order_number": ${k.g.digits(4)},
  "browser_ip": "203.0.113.${k.g.digits(2)}",
  "currency": "EUR",
  "total_price": "129.80",
  "payment_gateway_names": ["shopify_payments"],
  "payment_details": { "credit_card_bin": "${k.n('424242')}", "credit_card_number": "${k.n('•••• •••• •••• 4242')}", "credit_card_company": "Visa" },
  "discount_codes": [{ "code": "${k.n(V.coupon(k.g))}", "amount": "12.98", "type": "percentage" }],
  "line_items": [
    { "id": ${k.n(k.g.digits(14))}, "sku": "${k.n(V.sku(k.g))}", "variant_id": ${k.n(k.g.digits(14))}, "title": "Bergschuh Alpin", "quantity": 1 }
  ],
  "fulfillments": [{ "tracking_number": "${k.n(V.tracking(k.g))}", "tracking_company": "DHL Express" }]
}
`,
  ),
  shopDoc(
    'shop-composer-lock-excerpt',
    ['precision', 'config-syntax'],
    'composer.lock',
    (k) => `{
    "_readme": [
        "This file locks the dependencies of your project to a known state",
        "This file is @generated automatically"
    ],
    "content-hash": "${k.n(V.md5(k.g))}",
    "packages": [
        {
            "name": "adyen/module-payment",
            "version": "9.6.2",
            "source": { "type": "git", "url": "https://github.com/Adyen/adyen-magento2.git", "reference": "${k.n(V.gitSha(k.g))}" },
            "dist": { "type": "zip", "url": "https://api.github.com/repos/Adyen/adyen-magento2/zipball/${k.n(V.gitSha(k.g))}", "reference": "${k.n(V.gitSha(k.g))}", "shasum": "" }
        },
        {
            "name": "magento/product-community-edition",
            "version": "2.4.7-p3",
            "dist": { "type": "zip", "url": "https://repo.magento.com/archives/magento/product-community-edition/magento-product-community-edition-2.4.7.0-patch3.zip", "shasum": "${k.n(V.sha1(k.g))}" }
        },
        {
            "name": "stripe/stripe-php",
            "version": "v13.18.0",
            "dist": { "type": "zip", "url": "https://api.github.com/repos/stripe/stripe-php/zipball/${k.n(V.gitSha(k.g))}", "reference": "${k.n(V.gitSha(k.g))}", "shasum": "" }
        }
    ],
    "plugin-api-version": "2.6.0"
}
`,
  ),
  shopDoc(
    'shop-admin-users-sql-dump',
    ['precision', 'logs-and-output'],
    'exports/admin_user.sql',
    (k) => `-- MySQL dump 10.13  Distrib 8.0.36
INSERT INTO \`admin_user\` (\`user_id\`, \`firstname\`, \`lastname\`, \`email\`, \`username\`, \`password\`, \`rp_token\`, \`is_active\`) VALUES
(1,'Jonas','Berg','jonas@bergsport.example','jberg','${k.n(V.magentoHash(k.g))}',NULL,1),
(2,'Dev','Agentur','dev@agentur.example','agentur','${k.n(V.magentoHash(k.g))}','${k.u(k.g.hex(32))}',1),
(3,'Lager','Team','lager@bergsport.example','lager','${k.n(V.argon(k.g))}',NULL,0);
INSERT INTO \`oauth_token\` (\`entity_id\`, \`consumer_id\`, \`admin_id\`, \`customer_id\`, \`type\`, \`token\`, \`secret\`, \`revoked\`) VALUES
(7,3,NULL,NULL,'access','${k.s('token', V.magentoIntegration(k.g))}','${k.s('token', V.magentoIntegration(k.g))}',0);
INSERT INTO \`ps_customer\` (\`id_customer\`, \`email\`, \`passwd\`, \`secure_key\`) VALUES
(12,'kunde@example.com','${k.n(V.bcrypt(k.g))}','${k.u(V.md5(k.g))}');
`,
  ),
  shopDoc(
    'shop-storefront-bundle-config',
    ['precision', 'code'],
    'storefront/src/config/public.ts',
    (k) => `// Everything in this file ends up in the browser bundle: public identifiers only.
export const PUBLIC_CONFIG = {
  shopify: {
    storeDomain: 'lunaria-shop.myshopify.com',
    storefrontAccessToken: '${k.n(V.shopifyPublic(k.g))}',
  },
  stripe: { publishableKey: '${k.n(V.stripePublishable(k.g))}' },
  adyen: { clientKey: '${k.n(V.adyenClientKey(k.g))}', environment: 'live' },
  paypal: { clientId: '${k.n(V.paypalClientId(k.g))}', currency: 'EUR' },
  algolia: { appId: '${k.n(V.algoliaAppId(k.g))}', searchKey: '${k.n(V.algoliaKey(k.g))}' },
  klaviyo: { companyId: '${k.n(V.klaviyoSiteId(k.g))}' },
  sentry: { dsn: 'https://${k.n(k.g.hex(32))}@o${k.n(k.g.digits(6))}.ingest.sentry.io/${k.n(k.g.digits(7))}' },
  gtm: 'GTM-${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 7))}',
  squareAppId: '${k.n(V.squareAppId(k.g))}',
  checkoutPublicKey: '${k.n(V.checkoutPublic(k.g))}',
};
`,
  ),
  shopDoc(
    'shop-i18n-checkout-strings',
    ['precision', 'config-syntax'],
    'i18n/checkout.de_DE.csv',
    (k) => `"Password","${k.n('Passwort')}"
"Confirm Password","${k.n('Passwort bestätigen')}"
"Forgot Your Password?","Passwort vergessen?"
"API Key","${k.n('API-Schlüssel')}"
"Secret Key","${k.n('Geheimer Schlüssel')}"
"Access Token","${k.n('Zugriffstoken')}"
"Please enter your gift card code","Bitte geben Sie Ihren Gutscheincode ein"
"Gift card %1 was applied.","Gutschein %1 wurde angewendet."
"Invalid API key provided","Ungültiger API-Schlüssel"
"The password must be at least 8 characters.","Das Passwort muss mindestens 8 Zeichen lang sein."
"Webhook signing secret","${k.n('Signatur-Geheimnis des Webhooks')}"
`,
  ),
  shopDoc(
    'shop-k8s-deployment-refs',
    ['precision', 'config-syntax'],
    'k8s/checkout-deployment.yaml',
    (k) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  annotations:
    checksum/config: ${k.n(V.sha256(k.g))}
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: checkout
          image: registry.lunaria.example/checkout@sha256:${k.n(V.sha256(k.g))}
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: stripe, key: secret-key }
            - name: STRIPE_PUBLISHABLE_KEY
              value: ${k.n(V.stripePublishable(k.g))}
            - name: ADYEN_API_KEY
              valueFrom:
                secretKeyRef: { name: adyen, key: api-key }
            - name: DATABASE_PASSWORD
              value: ${k.n('vault:secret/data/checkout#db_password')}
            - name: PAYPAL_CLIENT_SECRET
              value: ${k.n('op://Shop/PayPal/client_secret')}
            - name: ALGOLIA_SEARCH_KEY
              value: "${k.n(V.algoliaKey(k.g))}"
`,
  ),
  shopDoc(
    'shop-sops-encrypted-secrets',
    ['precision', 'config-syntax'],
    'secrets/production.enc.yaml',
    (k) => `stripe:
    secret_key: ${k.n(`ENC[AES256_GCM,data:${k.g.base64(96)},iv:${k.g.base64(43)}=,tag:${k.g.base64(22)}==,type:str]`)}
    webhook_secret: ${k.n(`ENC[AES256_GCM,data:${k.g.base64(52)},iv:${k.g.base64(43)}=,tag:${k.g.base64(22)}==,type:str]`)}
shopify:
    admin_token: ${k.n(`ENC[AES256_GCM,data:${k.g.base64(52)},iv:${k.g.base64(43)}=,tag:${k.g.base64(22)}==,type:str]`)}
sops:
    kms: []
    age:
        - recipient: age1${k.n(k.g.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58))}
    lastmodified: "2024-11-20T09:12:00Z"
    mac: ${k.n(`ENC[AES256_GCM,data:${k.g.base64(88)},iv:${k.g.base64(43)}=,tag:${k.g.base64(22)}==,type:str]`)}
    version: 3.9.1
`,
  ),
  shopDoc(
    'shop-gift-card-admin-log',
    ['precision', 'logs-and-output'],
    'logs/giftcards.log',
    (k) => `2024-12-01 09:00:11 INFO  giftcard issued id=${k.n(k.g.digits(10))} code=${k.n(V.giftMasked(k.g))} value=50.00 EUR order=${k.n(V.orderNo(k.g))}
2024-12-01 09:03:42 INFO  giftcard redeemed id=${k.n(k.g.digits(10))} code=${k.n(V.giftMasked(k.g))} remaining=12.40 EUR
2024-12-01 09:15:02 WARN  giftcard lookup failed code=${k.n('****-****-****-' + k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4))} ip=198.51.100.${k.g.digits(2)} attempts=4
2024-12-01 09:15:02 INFO  rate limit key=${k.n(k.g.hex(40))} ttl=600
2024-12-01 09:20:55 INFO  refund ${k.n(V.stripeId(k.g, 'py'))} for payment ${k.n(V.stripeId(k.g, 'pi'))} ok (idempotency ${k.n(k.g.uuid())})
2024-12-01 09:21:00 INFO  webhook ${k.n(V.stripeId(k.g, 'we'))} delivered event ${k.n(V.stripeId(k.g, 'evt'))} signature t=1733044860,v1=${k.n(V.sha256(k.g))}
`,
  ),
  shopDoc(
    'shop-product-import-xml',
    ['precision', 'config-syntax'],
    'import/products_pimcore.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<products exported="2024-11-24T00:45:00Z" checksum="${k.n(V.sha256(k.g))}">
  <product id="${k.n(k.g.digits(6))}">
    <sku>${k.n(V.sku(k.g))}</sku>
    <ean>${k.n(V.ean(k.g))}</ean>
    <name lang="de">Wanderrucksack 30L</name>
    <name lang="fr">Sac à dos de randonnée 30L</name>
    <asset hash="${k.n(V.md5(k.g))}">https://dam.bergsport.example/assets/${k.n(k.g.uuid())}.jpg</asset>
    <price currency="EUR">89.95</price>
  </product>
  <product id="${k.n(k.g.digits(6))}">
    <sku>${k.n(V.sku(k.g))}</sku>
    <ean>${k.n(V.ean(k.g))}</ean>
    <name lang="de">Trekkingstöcke Carbon</name>
    <asset hash="${k.n(V.md5(k.g))}">https://dam.bergsport.example/assets/${k.n(k.g.uuid())}.jpg</asset>
    <price currency="EUR">119.00</price>
  </product>
</products>
`,
  ),
  shopDoc(
    'shop-payment-module-tests',
    ['precision', 'code'],
    'Test/Unit/Gateway/SignatureTest.php',
    (k) => `<?php
namespace Lunaria\\Payment\\Test\\Unit\\Gateway;

use PHPUnit\\Framework\\TestCase;
use Lunaria\\Payment\\Gateway\\Signature;

class SignatureTest extends TestCase
{
    private const TEST_HMAC_KEY = '${k.u(k.g.hex(64).toUpperCase())}';

    public function testValidSignature(): void
    {
        $payload = ['pspReference' => '${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16))}', 'merchantReference' => '${k.n(V.orderNo(k.g))}', 'value' => 1000, 'currency' => 'EUR'];
        $sig = (new Signature())->calculate($payload, self::TEST_HMAC_KEY);
        $this->assertSame('${k.n(k.g.base64(43) + '=')}', $sig);
    }

    public function testPasswordIsNotLogged(): void
    {
        $config = ['api_key' => 'test-api-key', 'password' => 'dummy-password'];
        $this->assertStringNotContainsString('dummy-password', (new Signature())->describe($config));
    }
}
`,
  ),
];
