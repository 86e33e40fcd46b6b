// Payment processors: Stripe, Adyen, Braintree, Checkout.com, PayPal, Plaid, Worldpay, Square, Mollie, GoCardless,
// Razorpay, Paystack and Flutterwave keys in app configs, server code, CI and support tickets, beside publishable keys,
// client keys, merchant ids, test card numbers and masked PANs.
import type { RealWorldDoc } from '../types';
import { fDoc, F } from './financeValues';

export const FINANCE_PAYMENT_DOCS: RealWorldDoc[] = [
  fDoc(
    'stripe-node-env',
    ['config-syntax', 'credential-file', 'precision'],
    'checkout-service/.env.production',
    (k) => `NODE_ENV=production
PORT=3000
STRIPE_PUBLISHABLE_KEY=${k.n(F.stripePublishable(k.g))}
STRIPE_SECRET_KEY=${k.prov('Stripe', `sk_live_${k.g.alnum(99)}`)}
STRIPE_WEBHOOK_SECRET=${k.prov('Stripe', F.stripeWebhook(k.g))}
DATABASE_URL=postgres://checkout:${k.cs()}@pg-checkout.internal:5432/checkout
SENTRY_DSN=${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}
`,
  ),

  fDoc(
    'stripe-test-fixtures',
    ['code', 'precision'],
    'checkout-service/test/fixtures/cards.ts',
    (k) => `// Stripe test cards (public, from the Stripe docs) used by the integration tests.
export const CARDS = {
  visa: '${k.n('4242424242424242')}',
  declined: '${k.n('4000000000000002')}',
  threeDS: '${k.n('4000002760003184')}',
};

export const TEST_KEY = process.env.STRIPE_TEST_SECRET_KEY ?? '${k.prov('Stripe', `sk_test_${k.g.alnum(99)}`)}';
export const FAKE_PI = '${k.n('pi_' + k.g.alnum(24))}';
export const FAKE_CUSTOMER = '${k.n('cus_' + k.g.alnum(14))}';
`,
  ),

  fDoc(
    'adyen-java-config',
    ['code', 'config-syntax'],
    'payments-adyen/src/main/resources/application.yml',
    (k) => `adyen:
  environment: LIVE
  live-endpoint-url-prefix: ${k.n(k.g.hex(16) + '-AcmeRetail')}
  merchant-account: AcmeRetailECOM
  api-key: "${k.prov('Adyen', F.adyenKey(k.g))}"
  client-key: ${k.n(F.adyenClientKey(k.g))}
  hmac-key: ${k.s('token', k.g.hex(64).toUpperCase())}
  notification:
    username: adyen-webhook
    password: "${k.pw()}"
spring:
  datasource:
    url: jdbc:postgresql://pg-pay01:5432/payments
    username: payments
    password: ${k.n('${DB_PASSWORD}')}
`,
  ),

  fDoc(
    'braintree-ruby-initializer',
    ['code', 'defaults-in-code'],
    'config/initializers/braintree.rb',
    (k) => `Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = ENV.fetch("BT_MERCHANT_ID", "${k.n(F.braintreeMerchant(k.g))}")
Braintree::Configuration.public_key = ENV.fetch("BT_PUBLIC_KEY", "${k.n(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16))}")
Braintree::Configuration.private_key = ENV.fetch("BT_PRIVATE_KEY", "${k.prov('Braintree', F.braintreePrivate(k.g))}")

# Marketplace sub-merchants use the OAuth access token instead
MARKETPLACE_GATEWAY = Braintree::Gateway.new(access_token: "${k.prov('Braintree', F.braintreeToken(k.g))}")
`,
  ),

  fDoc(
    'checkout-com-dotnet',
    ['code', 'config-syntax'],
    'src/Acme.Payments.Api/appsettings.Staging.json',
    (k) => `{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "CheckoutCom": {
    "Environment": "Sandbox",
    "SecretKey": "${k.prov('Checkout.com', F.checkoutSecret(k.g))}",
    "PublicKey": "${k.n(F.checkoutPublic(k.g))}",
    "ProcessingChannelId": "${k.n('pc_' + k.g.chars('abcdefghijklmnopqrstuvwxyz234567', 26))}",
    "WebhookAuthorization": "${k.s('token', k.g.alnum(32))}"
  },
  "ConnectionStrings": {
    "Payments": "Server=sql-stg-pay;Database=Payments;User Id=payments_app;Password=${k.cs()};Encrypt=True"
  }
}
`,
  ),

  fDoc(
    'paypal-php-config',
    ['code', 'defaults-in-code'],
    'shop/app/Config/PayPal.php',
    (k) => `<?php
namespace App\\Config;

class PayPal
{
    // Client id is public (it goes into the JS SDK script tag).
    public string $clientId = '${k.n(F.paypalClientId(k.g))}';
    public string $clientSecret = '${k.prov('PayPal', F.paypalSecret(k.g))}';
    public string $mode = 'live';
    public string $webhookId = '${k.n(k.g.upper(17))}';
}
`,
  ),

  fDoc(
    'plaid-node-service',
    ['code', 'precision'],
    'fintech-api/src/plaid/client.ts',
    (k) => `import { Configuration, PlaidApi, PlaidEnvironments } from 'plaid';

const configuration = new Configuration({
  basePath: PlaidEnvironments.production,
  baseOptions: {
    headers: {
      'PLAID-CLIENT-ID': '${k.u(F.plaidClientId(k.g))}',
      'PLAID-SECRET': '${k.prov('Plaid', F.plaidSecret(k.g))}',
      'Plaid-Version': '2020-09-14',
    },
  },
});

export const plaid = new PlaidApi(configuration);

// Used by the nightly reconciliation against our own operating account (item ${k.n(k.g.alnum(37))}).
export const OPERATING_ACCESS_TOKEN = '${k.prov('Plaid', F.plaidAccess(k.g))}';
`,
  ),

  fDoc(
    'worldpay-access-properties',
    ['config-syntax', 'precision'],
    'pos-gateway/conf/worldpay.properties',
    (k) => `# Worldpay Access (WPG) – ecommerce channel
worldpay.url=https://access.worldpay.com
worldpay.entity=default
worldpay.username=${k.n(k.g.alnum(16))}
worldpay.password=${k.pw()}
# legacy online.worldpay.com keys, still used by the mobile app until Q3
worldpay.service.key=${k.prov('Worldpay', F.worldpayServiceKey(k.g))}
worldpay.client.key=${k.n(F.worldpayClientKey(k.g))}
worldpay.merchant.code=ACMERETAILGBP
worldpay.installation.id=${k.n(k.g.digits(7))}
`,
  ),

  fDoc(
    'square-mollie-gocardless-env',
    ['config-syntax', 'credential-file'],
    'billing/.env',
    (k) => `SQUARE_APPLICATION_ID=${k.n('sq0idp-' + k.g.base64url(22))}
SQUARE_ACCESS_TOKEN=${k.prov('Square', F.squareToken(k.g))}
SQUARE_APPLICATION_SECRET=${k.prov('Square', F.squareSecret(k.g))}
MOLLIE_API_KEY=${k.prov('Mollie', `live_${k.g.alnum(30)}`)}
MOLLIE_PROFILE_ID=${k.n('pfl_' + k.g.alnum(10))}
GOCARDLESS_ACCESS_TOKEN=${k.prov('GoCardless', F.gocardless(k.g))}
GOCARDLESS_WEBHOOK_SECRET=${k.s('token', k.g.alnum(40))}
CREDITOR_ID=${k.n('GB' + k.g.digits(2) + 'ZZZSDDBARC0000007495895')}
`,
  ),

  fDoc(
    'razorpay-paystack-flutterwave-go',
    ['code', 'defaults-in-code'],
    'payouts/internal/gateways/keys.go',
    (k) => `package gateways

// Defaults for the staging stack; prod reads from Secrets Manager (arn:aws:secretsmanager:eu-west-1:${k.n(k.g.digits(12))}:secret:payouts-gw).
var defaults = map[string]string{
	"RAZORPAY_KEY_ID":      "${k.n(F.razorpayId(k.g))}",
	"RAZORPAY_KEY_SECRET":  "${k.prov('Razorpay', F.razorpaySecret(k.g))}",
	"PAYSTACK_SECRET_KEY":  "${k.prov('Paystack', F.paystack(k.g))}",
	"PAYSTACK_PUBLIC_KEY":  "${k.n('pk_live_' + k.g.hex(40))}",
	"FLW_SECRET_KEY":       "${k.prov('Flutterwave', F.flutterwave(k.g))}",
	"FLW_ENCRYPTION_KEY":   "${k.s('token', k.g.hex(12) + 'FLWSECK' + k.g.hex(5))}",
}
`,
  ),

  fDoc(
    'stripe-support-ticket',
    ['prose', 'logs-and-output', 'precision'],
    'support/tickets/PAY-208813.txt',
    (k) => `Ticket PAY-208813 – "Payments failing with 401 since deploy"

Customer (merchant acct ${k.n('acct_' + k.g.alnum(16))}) writes:
> After we rotated keys yesterday all charges fail. Here is our server log:
>
>   [2026-03-05T10:14:22Z] POST /v1/payment_intents -> 401 {"error":{"message":"Invalid API Key provided: sk_live_${k.n('*'.repeat(20) + k.g.alnum(4))}","type":"invalid_request_error"}}
>   request-id: ${k.n('req_' + k.g.alnum(14))}
>
> We use this key now: ${k.prov('Stripe', `rk_live_${k.g.alnum(99)}`)} – is it the wrong type?

Agent note: restricted key lacks payment_intents:write. Asked the merchant to roll it since it was posted here.
Last 4 of test card used: ${k.n('4242')}, masked PAN in logs ${k.n(F.maskedPan(k.g))}.
`,
  ),

  fDoc(
    'adyen-webhook-hmac-csharp',
    ['code', 'defaults-in-code', 'precision'],
    'src/Webhooks/AdyenNotificationController.cs',
    (k) => `[ApiController]
[Route("webhooks/adyen")]
public class AdyenNotificationController : ControllerBase
{
    // Basic auth that Adyen sends with each notification (Customer Area → Webhooks)
    private const string WebhookUser = "ws_acme_notif";
    private const string WebhookPassword = "${k.gpw()}";
    private static readonly string HmacKeyHex = Environment.GetEnvironmentVariable("ADYEN_HMAC_KEY")
        ?? "${k.s('token', k.g.hex(64).toUpperCase())}";

    [HttpPost]
    public IActionResult Post([FromBody] NotificationRequest request)
    {
        // pspReference looks like ${k.n(k.g.digits(16))}; merchantReference is our order id
        return Ok("[accepted]");
    }
}
`,
  ),

  fDoc(
    'payments-k8s-secret',
    ['credential-file', 'config-syntax'],
    'k8s/payments/secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: payments-gateway
  namespace: payments
type: Opaque
stringData:
  STRIPE_SECRET_KEY: ${k.prov('Stripe', `sk_live_${k.g.alnum(24)}`)}
  ADYEN_API_KEY: "${k.prov('Adyen', F.adyenKey(k.g))}"
  PAYPAL_CLIENT_ID: ${k.n(F.paypalClientId(k.g))}
  PAYPAL_CLIENT_SECRET: ${k.prov('PayPal', F.paypalSecret(k.g))}
data:
  DB_PASSWORD: ${k.s('password', F.b64(F.safePw(k.g)))}
`,
  ),
];
