// Payment gateways: Authorize.Net, Braintree, Adyen, Worldpay, PayPal NVP/REST, Square, Mollie, Razorpay,
// Paystack, Stripe, local acquirers; in the config files, plugins and scripts shop integrators write.
import type { RealWorldDoc } from '../types';
import { bizDoc, V } from './bizValues';

export const BIZ_PAYMENT_DOCS: RealWorldDoc[] = [
  bizDoc(
    'biz-authnet-web-config',
    ['config-syntax', 'precision'],
    'Checkout.Web/Web.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="AuthNet.Environment" value="PRODUCTION" />
    <add key="AuthNet.ApiLoginId" value="${k.u(V.authnetLogin(k.g))}" />
    <add key="AuthNet.TransactionKey" value="${k.prov('Authorize.Net transaction key', V.authnetTxKey(k.g))}" />
    <add key="AuthNet.SignatureKey" value="${k.s('token', k.g.hex(128).toUpperCase())}" />
    <!-- sandbox keys live in Web.Debug.config -->
    <add key="AuthNet.PublicClientKey" value="${k.n(k.g.alnum(64))}" />
    <add key="Receipt.MerchantName" value="Nordwind Outdoor GmbH" />
  </appSettings>
  <connectionStrings>
    <add name="OrdersDb" connectionString="Data Source=sql-prod-02;Initial Catalog=Orders;User ID=orders_app;Password=${k.cs()};MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />
    <add name="Reporting" connectionString="Data Source=sql-prod-02;Initial Catalog=Reporting;Integrated Security=SSPI" providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
`,
  ),

  bizDoc('biz-braintree-env-and-ruby', ['config-syntax', 'code', 'precision'], 'shop/config/initializers/braintree.rb', (k) => {
    const merchant = V.braintreeMerchant(k.g);
    return `# Braintree gateway. Production keys come from credentials.yml.enc; the fallback below is the
# sandbox account Maria set up for the agency (do not use for real cards).
Braintree::Configuration.environment = Rails.env.production? ? :production : :sandbox
Braintree::Configuration.merchant_id = ENV.fetch("BT_MERCHANT_ID", "${k.n(merchant)}")
Braintree::Configuration.public_key  = ENV.fetch("BT_PUBLIC_KEY", "${k.n(V.braintreePublic(k.g))}")
Braintree::Configuration.private_key = ENV.fetch("BT_PRIVATE_KEY", "${k.prov('Braintree private key', V.braintreePrivate(k.g))}")

# Marketplace sub-merchant onboarding uses the OAuth access token of the platform
PLATFORM_GATEWAY = Braintree::Gateway.new(
  access_token: ENV["BT_ACCESS_TOKEN"] || "${k.prov('Braintree access token', V.braintreeAccess(k.g))}"
)

# Test cards: ${k.n('4111111111111111')} (Visa), ${k.n('5555555555554444')} (Mastercard), CVV 123
TEST_NONCE = "${k.n('fake-valid-nonce')}"
`;
  }),

  bizDoc('biz-adyen-properties', ['config-syntax', 'precision'], 'adyen-connector/src/main/resources/application-prod.properties', (k) => {
    return `# Adyen connector - production
adyen.environment=LIVE
adyen.live-endpoint-url-prefix=${k.n(`${k.g.hex(16)}-NordwindOutdoor`)}
adyen.merchant-account=NordwindOutdoorECOM
adyen.api-key=${k.prov('Adyen API key', V.adyenApiKey(k.g))}
# client key is used in the Drop-in on the storefront, public by design
adyen.client-key=${k.n(V.adyenClientKey(k.g))}
adyen.hmac-key=${k.prov('Adyen HMAC key', V.adyenHmac(k.g))}
adyen.notification.username=adyen_notify
adyen.notification.password=${k.hpw()}
adyen.return-url=https://shop.nordwind.example/checkout/result
adyen.origin-key=
spring.datasource.url=jdbc:postgresql://pg-payments.internal:5432/payments
spring.datasource.username=payments
spring.datasource.password=\${DB_PASSWORD:${k.ph()}}
`;
  }),

  bizDoc(
    'biz-worldpay-json',
    ['config-syntax', 'precision'],
    'config/worldpay.prod.json',
    (k) => `{
  "worldpay": {
    "installationId": "${k.n(k.g.digits(7))}",
    "merchantCode": "NORDWINDECOM",
    "xmlUsername": "NORDWINDECOM",
    "xmlPassword": "${k.gpw()}",
    "macSecret": "${k.s('token', V.generated(k.g).replace(/[^A-Za-z0-9]/g, '') + k.g.alnum(6))}",
    "serviceKey": "${k.prov('Worldpay service key', V.worldpayService(k.g))}",
    "clientKey": "${k.n(V.worldpayClient(k.g))}",
    "endpoint": "https://secure.worldpay.com/jsp/merchant/xml/paymentService.jsp"
  },
  "currencyExponent": 2,
  "testCard": "${k.n('4444333322221111')}"
}
`,
  ),

  bizDoc(
    'biz-paypal-nvp-php',
    ['code', 'precision'],
    'includes/paypal/config.php',
    (k) => `<?php
// PayPal Express Checkout (classic NVP). Still used by the legacy shop until the REST migration.
define('PAYPAL_MODE', 'live');
define('PAYPAL_API_USERNAME', '${k.n('billing_api1.nordwind-outdoor.example')}');
define('PAYPAL_API_PASSWORD', '${k.prov('PayPal NVP API password', V.paypalPwd(k.g))}');
define('PAYPAL_API_SIGNATURE', '${k.prov('PayPal NVP API signature', V.paypalSignature(k.g))}');
define('PAYPAL_API_ENDPOINT', 'https://api-3t.paypal.com/nvp');
define('PAYPAL_VERSION', '204.0');

// sandbox (kept for the staging box)
define('PAYPAL_SANDBOX_USERNAME', 'sb-47xq2_api1.business.example.com');
define('PAYPAL_SANDBOX_PASSWORD', getenv('PAYPAL_SANDBOX_PASSWORD'));
define('PAYPAL_SANDBOX_SIGNATURE', ${k.n("getenv('PAYPAL_SANDBOX_SIGNATURE')")});

function paypal_call($method, array $fields) {
    $fields += ['METHOD' => $method, 'VERSION' => PAYPAL_VERSION,
        'USER' => PAYPAL_API_USERNAME, 'PWD' => PAYPAL_API_PASSWORD, 'SIGNATURE' => PAYPAL_API_SIGNATURE];
    $ch = curl_init(PAYPAL_API_ENDPOINT);
    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($fields));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    parse_str(curl_exec($ch), $out);
    return $out;
}
`,
  ),

  bizDoc('biz-paypal-rest-dotenv', ['config-syntax', 'precision'], '.env.production', (k) => {
    return `APP_ENV=production
APP_URL=https://tickets.lumen-events.example
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=${k.n(V.paypalClientId(k.g))}
PAYPAL_CLIENT_SECRET=${k.prov('PayPal REST client secret', V.paypalSecret(k.g))}
PAYPAL_WEBHOOK_ID=${k.n(k.g.digits(2) + k.g.upper(2) + k.g.digits(5) + k.g.upper(3) + k.g.digits(6))}
MOLLIE_KEY=${k.prov('Mollie live API key', V.mollie(k.g))}
MOLLIE_TEST_KEY=${k.prov('Mollie test API key', V.mollieTest(k.g))}
MAIL_MAILER=smtp
MAIL_HOST=smtp.office365.com
MAIL_USERNAME=noreply@lumen-events.example
MAIL_PASSWORD=${k.hpw()}
DB_CONNECTION=mysql
DB_PASSWORD=${k.gpw()}
SENTRY_LARAVEL_DSN=${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}
`;
  }),

  bizDoc(
    'biz-square-node',
    ['code', 'precision'],
    'pos-sync/src/square.js',
    (k) => `// Syncs in-store Square sales into the ERP every 15 minutes.
const { Client, Environment } = require('square');

const client = new Client({
  environment: process.env.NODE_ENV === 'production' ? Environment.Production : Environment.Sandbox,
  // TODO move to Key Vault before go-live (ticket ERP-412)
  accessToken: process.env.SQUARE_ACCESS_TOKEN || '${k.prov('Square access token', V.squareAccess(k.g))}',
});

const APPLICATION_ID = '${k.n(V.squareAppId(k.g))}';
const APPLICATION_SECRET = '${k.prov('Square application secret', V.squareSecret(k.g))}';
const LOCATION_IDS = ['${k.n('L' + k.g.upper(12))}', '${k.n('L' + k.g.upper(12))}'];

async function fetchPayments(beginTime) {
  const res = await client.paymentsApi.listPayments(beginTime, undefined, 'ASC', undefined, LOCATION_IDS[0]);
  return res.result.payments ?? [];
}

module.exports = { fetchPayments, APPLICATION_ID, APPLICATION_SECRET };
`,
  ),

  bizDoc('biz-razorpay-django-settings', ['code', 'config-syntax', 'precision'], 'billing/settings/production.py', (k) => {
    return `from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["pay.finora.example"]
SECRET_KEY = "${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50))}"

RAZORPAY_KEY_ID = "${k.n(V.razorpayId(k.g))}"
RAZORPAY_KEY_SECRET = "${k.prov('Razorpay key secret', V.razorpaySecret(k.g))}"
RAZORPAY_WEBHOOK_SECRET = "${k.hpw()}"

PAYSTACK_SECRET_KEY = "${k.prov('Paystack secret key', V.paystackSecret(k.g))}"
PAYSTACK_PUBLIC_KEY = "${k.n(V.paystackPublic(k.g))}"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "billing",
        "USER": "billing",
        "PASSWORD": os.environ.get("DB_PASSWORD", "${k.hpw()}"),
        "HOST": "10.20.4.11",
    }
}
`;
  }),

  bizDoc(
    'biz-stripe-webhook-handler',
    ['code', 'precision'],
    'api/webhooks/stripe.ts',
    (k) => `import Stripe from 'stripe';
import type { Request, Response } from 'express';

// Restricted key: read charges + write refunds only. Rotated 2024-03 after the contractor left.
const stripe = new Stripe(process.env.STRIPE_KEY ?? '${k.prov('Stripe restricted key', V.stripeRestricted(k.g))}', { apiVersion: '2023-10-16' });
const endpointSecret = '${k.prov('Stripe webhook secret', V.stripeWebhook(k.g))}';
export const publishableKey = '${k.n(V.stripePublic(k.g))}';

export async function handleStripe(req: Request, res: Response) {
  const sig = req.headers['stripe-signature'] as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  } catch (err) {
    return res.status(400).send(\`Webhook Error: \${(err as Error).message}\`);
  }
  if (event.type === 'charge.refunded') {
    const charge = event.data.object as Stripe.Charge;
    console.log('refund', charge.id, charge.amount_refunded);
  }
  res.json({ received: true });
}
`,
  ),

  bizDoc('biz-local-acquirer-ini', ['config-syntax', 'credential-file'], 'etc/acquirer/terminal.ini', (k) => {
    return `; Konfiguration Zahlungsterminal-Anbindung (Acquirer: regionaler Netzbetreiber)
[merchant]
merchant_id=${k.n(k.g.digits(15))}
terminal_id=${k.n(k.g.digits(8))}
currency=EUR

[gateway]
host=ipg.acquirer.example
port=443
user=WS${k.g.digits(10)}._.1
password=${k.gpw()}
; "Shared Secret" aus dem Händlerportal (für den Hash über die Formularfelder)
shared_secret=${k.hpw()}
store_key=${k.s('token', k.g.alnum(32))}

[tls]
client_cert=/etc/acquirer/WS_client.p12
client_cert_password=${k.hpw()}
`;
  }),

  bizDoc(
    'biz-woocommerce-wpconfig',
    ['code', 'config-syntax', 'precision'],
    'wp-config.php',
    (k) => `<?php
define( 'DB_NAME', 'shop_live' );
define( 'DB_USER', 'shop_live' );
define( 'DB_PASSWORD', '${k.hpw()}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|', 64))}' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'NONCE_SALT',       ${k.n("'put your unique phrase here'")} );

/* Mollie for WooCommerce reads these instead of the settings page */
define( 'MOLLIE_LIVE_API_KEY', '${k.prov('Mollie live API key', V.mollie(k.g))}' );
define( 'WC_GZD_DHL_API_PASSWORD', '${k.hpw()}' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  ),

  bizDoc(
    'biz-flutterwave-laravel-config',
    ['config-syntax', 'code', 'precision'],
    'config/services.php',
    (k) => `<?php

return [
    'flutterwave' => [
        'public_key' => env('FLW_PUBLIC_KEY', '${k.n('FLWPUBK-' + k.g.hex(32) + '-X')}'),
        'secret_key' => env('FLW_SECRET_KEY', '${k.prov('Flutterwave secret key', V.flutterwave(k.g))}'),
        'secret_hash' => env('FLW_SECRET_HASH', '${k.hpw()}'),
        'encryption_key' => env('FLW_ENCRYPTION_KEY', '${k.s('token', k.g.hex(12) + k.g.alnum(12))}'),
    ],
    'gocardless' => [
        'access_token' => env('GOCARDLESS_ACCESS_TOKEN', '${k.prov('GoCardless live access token', V.gocardless(k.g))}'),
        'environment' => 'live',
    ],
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],
];
`,
  ),

  bizDoc('biz-payment-terminal-log', ['logs-and-output', 'precision'], 'logs/payment-gateway-2024-11-04.log', (k) => {
    const tx = () => k.n(k.g.digits(12));
    return `2024-11-04 09:12:01.334 INFO  [pool-3-thread-1] AuthNetClient - createTransactionRequest amount=129.90 invoice=INV-24-03312
2024-11-04 09:12:01.802 INFO  [pool-3-thread-1] AuthNetClient - response resultCode=Ok transId=${tx()} authCode=${k.n(k.g.upper(2) + k.g.digits(4))} avsResultCode=Y
2024-11-04 09:12:02.010 DEBUG [pool-3-thread-1] AuthNetClient - merchantAuthentication name=${k.u(V.authnetLogin(k.g))} transactionKey=${k.prov('Authorize.Net transaction key', V.authnetTxKey(k.g))}
2024-11-04 09:14:45.117 INFO  [pool-3-thread-2] AuthNetClient - card=${k.n('XXXX1111')} exp=${k.n('XXXX')} refId=${k.n(k.g.digits(8))}
2024-11-04 09:15:12.551 WARN  [pool-3-thread-2] Webhook - signature mismatch X-ANET-Signature=sha512=${k.n(k.g.hex(128).toUpperCase())}
2024-11-04 09:15:13.000 INFO  [pool-3-thread-2] Webhook - event net.authorize.payment.authcapture.created payloadId=${k.n(k.g.uuid())}
2024-11-04 09:20:30.420 ERROR [pool-3-thread-4] SettlementJob - SFTP login failed for user settle_nordwind (password=${k.n('********')})
`;
  }),

  bizDoc(
    'biz-payment-readme-sandbox',
    ['prose', 'precision'],
    'docs/payments/README.md',
    (k) => `# Payments module

We support Stripe, Adyen and PayPal. Every key comes from the environment; nothing is read from the repo.

| Variable | Example | Notes |
|---|---|---|
| \`STRIPE_SECRET_KEY\` | \`${k.n('sk_live_...')}\` | restricted key preferred |
| \`STRIPE_PUBLISHABLE_KEY\` | \`${k.n(V.stripePublic(k.g))}\` | public, ships to the browser |
| \`ADYEN_API_KEY\` | \`${k.n('<from Customer Area>')}\` | Web service user ws@Company.Nordwind |
| \`ADYEN_HMAC_KEY\` | \`${k.n('<64 hex chars>')}\` | per webhook |
| \`PAYPAL_CLIENT_SECRET\` | \`${k.n('${PAYPAL_CLIENT_SECRET}')}\` | |

## Test data

- Cards: \`${k.n('4242 4242 4242 4242')}\`, \`${k.n('4000 0025 0000 3155')}\` (3DS), expiry any future date.
- IBAN for SEPA tests: \`${k.n('DE89370400440532013000')}\`
- Adyen test card: \`${k.n('5555 3412 4444 1115')}\`, CVC \`${k.n('737')}\`, 03/30

Local development uses the team sandbox: \`STRIPE_SECRET_KEY=${k.prov('Stripe test secret key', `sk_test_${k.g.alnum(99)}`)}\` (ask in #payments if it was rolled).
`,
  ),

  bizDoc(
    'biz-payment-gateway-yaml',
    ['config-syntax', 'precision'],
    'helm/checkout/values-prod.yaml',
    (k) => `replicaCount: 3
image:
  repository: registry.nordwind.example/checkout
  tag: "2.14.1"
env:
  PAYMENT_PROVIDER: adyen
  ADYEN_MERCHANT_ACCOUNT: NordwindOutdoorECOM
  ADYEN_API_KEY:
    valueFrom:
      secretKeyRef:
        name: ${k.n('adyen-credentials')}
        key: api-key
  KLARNA_USERNAME: ${k.n('PK' + k.g.digits(5) + '_' + k.g.hex(12))}
  KLARNA_PASSWORD: ${k.s('token', 'klarna_live_api_' + k.g.base64url(40))}
  CHECKOUT_COM_SECRET_KEY: ${k.s('token', 'sk_' + k.g.uuid())}
  CHECKOUT_COM_PUBLIC_KEY: ${k.n('pk_' + k.g.uuid())}
  REDIS_URL: redis://:${k.cs()}@redis-checkout:6379/0
resources:
  limits:
    memory: 512Mi
`,
  ),
];
