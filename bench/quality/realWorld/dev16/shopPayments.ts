// Payment gateways in shop code: SDK initialisation, webhook handlers with their signing secrets, sandbox next
// to live keys, and the ids and publishable keys that are meant to be seen.
import type { RealWorldDoc } from '../types';
import { shopDoc, V } from './shopValues';

export const SHOP_PAYMENT_DOCS: RealWorldDoc[] = [
  shopDoc(
    'shop-stripe-webhook-node',
    ['code', 'precision'],
    'api/stripe-webhook.ts',
    (k) => `import Stripe from 'stripe';
import type { NextApiRequest, NextApiResponse } from 'next';
import { buffer } from 'micro';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '${k.prov('stripe', V.stripeSecret(k.g, 'test'))}', { apiVersion: '2024-06-20' });
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET ?? '${k.prov('stripe', V.stripeWebhook(k.g))}';

export const config = { api: { bodyParser: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const sig = req.headers['stripe-signature'] as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(await buffer(req), sig, endpointSecret);
  } catch (err) {
    return res.status(400).send(\`Webhook Error: \${(err as Error).message}\`);
  }
  switch (event.type) {
    case 'payment_intent.succeeded': {
      const pi = event.data.object as Stripe.PaymentIntent;
      // e.g. ${k.n(V.stripeId(k.g, 'pi'))} for customer ${k.n(V.stripeId(k.g, 'cus'))}
      await markOrderPaid(pi.metadata.order_id, pi.id);
      break;
    }
    default:
      console.log(\`Unhandled event type \${event.type}\`);
  }
  res.json({ received: true });
}

async function markOrderPaid(orderId: string, paymentId: string) {
  /* ... */
}
`,
  ),
  shopDoc(
    'shop-stripe-cli-session',
    ['command-line', 'logs-and-output', 'precision'],
    'notes/stripe-cli.txt',
    (k) => `$ stripe login --api-key ${k.prov('stripe', V.stripeSecret(k.g, 'test'))}
Done! The Stripe CLI is configured for Biciclo GmbH with account id ${k.n(V.stripeId(k.g, 'acct'))}

$ stripe listen --forward-to localhost:3000/api/stripe-webhook
> Ready! You are using Stripe API Version [2024-06-20]. Your webhook signing secret is ${k.prov('stripe', V.stripeWebhook(k.g))} (^C to quit)
2024-11-21 10:02:13   --> payment_intent.created [${k.n(V.stripeId(k.g, 'evt'))}]
2024-11-21 10:02:14   --> charge.succeeded [${k.n(V.stripeId(k.g, 'evt'))}]
2024-11-21 10:02:14  <--  [200] POST http://localhost:3000/api/stripe-webhook [${k.n(V.stripeId(k.g, 'evt'))}]

$ stripe trigger checkout.session.completed
Setting up fixture for: checkout_session
Running fixture for: checkout_session
Trigger succeeded! Check dashboard for event details.

$ stripe customers list --limit 1 --live --api-key ${k.prov('stripe', V.stripeRestricted(k.g))}
{ "id": "${k.n(V.stripeId(k.g, 'cus'))}", "object": "customer", "email": "anna@example.com", "invoice_prefix": "${k.n(k.g.chars('ABCDEF0123456789', 8))}" }
`,
  ),
  shopDoc('shop-paypal-rest-python', ['code', 'http-auth'], 'payments/paypal_client.py', (k) => {
    const id = V.paypalClientId(k.g);
    return `import base64
import requests

PAYPAL_API = "https://api-m.paypal.com"
CLIENT_ID = "${k.n(id)}"
CLIENT_SECRET = "${k.prov('paypal', V.paypalSecret(k.g))}"

def access_token() -> str:
    auth = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post(
        f"{PAYPAL_API}/v1/oauth2/token",
        headers={"Authorization": f"Basic {auth}"},
        data={"grant_type": "client_credentials"},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["access_token"]

def capture(order_id: str) -> dict:
    r = requests.post(
        f"{PAYPAL_API}/v2/checkout/orders/{order_id}/capture",
        headers={"Authorization": f"Bearer {access_token()}", "Content-Type": "application/json"},
        timeout=15,
    )
    return r.json()

# sandbox buyer for QA: sb-${k.n(k.g.lower(8))}@personal.example.com / ${k.spw()}
`;
  }),
  shopDoc(
    'shop-braintree-ruby-init',
    ['code', 'precision'],
    'config/initializers/braintree.rb',
    (k) => `# frozen_string_literal: true

Braintree::Configuration.environment = Rails.env.production? ? :production : :sandbox
Braintree::Configuration.merchant_id = ENV.fetch('BRAINTREE_MERCHANT_ID', '${k.n(V.braintreeMerchant(k.g))}')
Braintree::Configuration.public_key  = ENV.fetch('BRAINTREE_PUBLIC_KEY', '${k.n(V.braintreePublic(k.g))}')
Braintree::Configuration.private_key = ENV.fetch('BRAINTREE_PRIVATE_KEY', '${k.prov('braintree', V.braintreePrivate(k.g))}')

# PayPal via Braintree (Express Checkout) uses an access token instead
BRAINTREE_PAYPAL_GATEWAY = Braintree::Gateway.new(
  access_token: '${k.prov('braintree', V.braintreeToken(k.g))}'
)
`,
  ),
  shopDoc(
    'shop-adyen-java-config',
    ['code', 'config-syntax'],
    'src/main/resources/application-prod.properties',
    (k) => `spring.application.name=checkout-service
server.port=8080

adyen.environment=LIVE
adyen.live-endpoint-url-prefix=${k.n(k.g.hex(16))}-MonderaShop
adyen.merchant-account=ModernaHomeECOM
adyen.api-key=${k.prov('adyen', V.adyenApiKey(k.g))}
adyen.client-key=${k.n(V.adyenClientKey(k.g))}
adyen.hmac-key=${k.s('token', V.adyenHmac(k.g))}
# notification (webhook) basic auth, configured in Customer Area > Developers > Webhooks
adyen.notification.username=adyen-notify
adyen.notification.password=${k.spw()}

spring.datasource.url=jdbc:postgresql://pg-checkout:5432/checkout
spring.datasource.username=checkout
spring.datasource.password=${k.spw()}
management.endpoints.web.exposure.include=health,info
`,
  ),
  shopDoc(
    'shop-mollie-php-laravel',
    ['code', 'config-syntax'],
    'config/mollie.php',
    (k) => `<?php

return [
    // Live key for the NL shop; test key for review apps.
    'key' => env('MOLLIE_KEY', '${k.prov('mollie', V.mollieKey(k.g))}'),
    'test_key' => '${k.prov('mollie', V.mollieKey(k.g, 'test'))}',
    'profile_id' => 'pfl_${k.n(k.g.alnum(10))}',
    'webhook_url' => 'https://www.bloemenhuis.example/mollie/webhook',
    // Organisation access token for the Connect onboarding script
    'org_token' => '${k.prov('mollie', V.mollieOrgToken(k.g))}',
];
`,
  ),
  shopDoc('shop-klarna-env-and-basic', ['config-syntax', 'http-auth'], 'services/klarna/.env.production', (k) => {
    const user = V.klarnaUser(k.g);
    return `KLARNA_REGION=eu
KLARNA_API_URL=https://api.klarna.com
KLARNA_USERNAME=${k.n(user)}
KLARNA_PASSWORD=${k.prov('klarna', V.klarnaApiKey(k.g))}
KLARNA_CLIENT_ID=klarna_live_client_${k.n(k.g.base64url(48))}
# legacy (merchant portal creds before the migration)
KLARNA_LEGACY_SHARED_SECRET=${k.s('token', V.klarnaPassword(k.g))}
# precomputed header used by the old PHP plugin
KLARNA_AUTH_HEADER="Basic ${k.basic(user)}"
`;
  }),
  shopDoc(
    'shop-authorizenet-csharp',
    ['code'],
    'Payments/AuthorizeNetGateway.cs',
    (k) => `using AuthorizeNet.Api.Contracts.V1;
using AuthorizeNet.Api.Controllers.Bases;

namespace Biciclo.Payments
{
    public class AuthorizeNetGateway
    {
        public AuthorizeNetGateway()
        {
            ApiOperationBase<ANetApiRequest, ANetApiResponse>.RunEnvironment = AuthorizeNet.Environment.PRODUCTION;
            ApiOperationBase<ANetApiRequest, ANetApiResponse>.MerchantAuthentication = new merchantAuthenticationType
            {
                name = "${k.n(V.authnetLogin(k.g))}",
                ItemElementName = ItemChoiceType.transactionKey,
                Item = "${k.s('token', V.authnetTxnKey(k.g))}",
            };
        }

        // Signature key for verifying webhooks (X-ANET-Signature: sha512=...)
        private const string SignatureKey = "${k.s('token', V.authnetSignature(k.g))}";
    }
}
`,
  ),
  shopDoc(
    'shop-square-node-pos',
    ['code', 'precision'],
    'pos-sync/square.js',
    (k) => `const { Client, Environment } = require('square');

// Square app "POS Sync": Application ID is public, the access token is not.
const APPLICATION_ID = '${k.n(V.squareAppId(k.g))}';
const client = new Client({
  environment: Environment.Production,
  accessToken: '${k.prov('square', V.squareToken(k.g))}',
});

const LOCATION_ID = '${k.n(k.g.chars('ABCDEFGHJKLMNPQRSTVWXYZ0123456789', 13))}';

async function syncInventory(items) {
  const { result } = await client.inventoryApi.batchChangeInventory({
    idempotencyKey: '${k.n(k.g.uuid())}',
    changes: items.map((i) => ({ type: 'PHYSICAL_COUNT', physicalCount: { catalogObjectId: i.id, locationId: LOCATION_ID, quantity: String(i.qty), state: 'IN_STOCK', occurredAt: new Date().toISOString() } })),
  });
  return result;
}

module.exports = { syncInventory, APPLICATION_ID };
`,
  ),
  shopDoc(
    'shop-razorpay-django-settings',
    ['config-syntax', 'code', 'precision'],
    'shop/settings/production.py',
    (k) => `from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["www.kurta-store.example"]
SECRET_KEY = "${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50))}"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "kurta",
        "USER": "kurta",
        "PASSWORD": "${k.spw()}",
        "HOST": "db.internal",
    }
}

RAZORPAY_KEY_ID = "${k.n(V.razorpayKeyId(k.g))}"
RAZORPAY_KEY_SECRET = "${k.s('token', V.razorpaySecret(k.g))}"
RAZORPAY_WEBHOOK_SECRET = "${k.hpw()}"
PAYU_MERCHANT_KEY = "${k.n(k.g.alnum(6))}"
PAYU_MERCHANT_SALT = "${k.s('token', k.g.alnum(32))}"
`,
  ),
  shopDoc(
    'shop-payu-poland-config',
    ['config-syntax'],
    'config/payu.yaml',
    (k) => `# PayU (Polska) — sklep internetowy "Sklepik"
payu:
  environment: secure
  pos_id: "${k.n(k.g.digits(6))}"
  second_key: "${k.s('token', V.payuKey(k.g))}"   # drugi klucz (MD5)
  oauth_client_id: "${k.n(k.g.digits(6))}"
  oauth_client_secret: "${k.s('token', V.payuKey(k.g))}"
  notify_url: https://sklepik.example/payu/notify
  continue_url: https://sklepik.example/zamowienie/dziekujemy
przelewy24:
  merchant_id: ${k.n(k.g.digits(6))}
  crc: "${k.s('token', k.g.hex(16))}"
  api_key: "${k.s('token', k.g.hex(32))}"
  sandbox: false
`,
  ),
  shopDoc(
    'shop-checkoutcom-go',
    ['code', 'precision'],
    'internal/payments/checkout.go',
    (k) => `package payments

import (
	"github.com/checkout/checkout-sdk-go"
	"github.com/checkout/checkout-sdk-go/configuration"
)

const (
	// sandbox keys from the Hub — public key is used by Frames in the browser
	sandboxPublicKey = "${k.n(V.checkoutPublic(k.g))}"
	sandboxSecretKey = "${k.prov('checkout.com', `sk_sbox_${k.g.chars('abcdefghijklmnopqrstuvwxyz234567', 26)}`)}"
	processingChannel = "pc_${k.n(k.g.chars('abcdefghijklmnopqrstuvwxyz234567', 26))}"
)

func NewClient() (*checkout.Api, error) {
	return checkout.Builder().
		StaticKeys().
		WithEnvironment(configuration.Sandbox()).
		WithSecretKey(sandboxSecretKey).
		WithPublicKey(sandboxPublicKey).
		Build()
}
`,
  ),
  shopDoc(
    'shop-worldline-ingenico-config',
    ['config-syntax'],
    'config/worldline.ini',
    (k) => `; Worldline Direct (ex-Ingenico ePayments) — live
[worldline]
endpoint = https://payment.direct.worldline-solutions.com
merchant_id = papeteriefine
api_key_id = ${k.n(V.worldlineKeyId(k.g))}
secret_api_key = ${k.s('token', V.worldlineSecret(k.g))}
webhook_key_id = ${k.n(k.g.hex(24))}
webhook_secret = ${k.s('token', V.worldlineSecret(k.g))}

; Ogone legacy SHA-IN / SHA-OUT passphrases (still used by the old Magento 1 shop)
[ogone]
pspid = PAPETERIE
sha_in = ${k.pw()}
sha_out = ${k.pw()}
`,
  ),
  shopDoc(
    'shop-stripe-terraform',
    ['config-syntax', 'precision'],
    'infra/stripe.tf',
    (k) => `terraform {
  required_providers {
    stripe = {
      source  = "lukasaron/stripe"
      version = "~> 1.9"
    }
  }
}

provider "stripe" {
  # TODO move to TF_VAR / Vault
  api_key = "${k.prov('stripe', V.stripeSecret(k.g))}"
}

resource "stripe_webhook_endpoint" "shop" {
  url            = "https://api.lunaria.example/stripe/webhook"
  enabled_events = ["checkout.session.completed", "charge.refunded"]
}

output "webhook_secret" {
  value     = stripe_webhook_endpoint.shop.secret
  sensitive = true
}

variable "publishable_key" {
  default = "${k.n(V.stripePublishable(k.g))}"
}
`,
  ),
  shopDoc(
    'shop-payment-gateway-error-log',
    ['logs-and-output', 'http-auth'],
    'var/log/payment.log',
    (
      k,
    ) => `[2024-11-22T13:41:07.112+01:00] payment.DEBUG: Adyen request {"url":"https://checkout-live.adyenpayments.com/checkout/v71/payments","headers":{"x-api-key":"${k.prov('adyen', V.adyenApiKey(k.g))}","Content-Type":"application/json","Idempotency-Key":"${k.n(k.g.uuid())}"}} []
[2024-11-22T13:41:07.541+01:00] payment.DEBUG: Adyen response {"resultCode":"Refused","refusalReason":"CVC Declined","pspReference":"${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16))}"} []
[2024-11-22T13:42:19.003+01:00] payment.DEBUG: Mollie request {"method":"GET","uri":"https://api.mollie.com/v2/payments/tr_${k.n(k.g.alnum(10))}","headers":{"Authorization":"Bearer ${k.prov('mollie', V.mollieKey(k.g))}"}} []
[2024-11-22T13:43:55.870+01:00] payment.ERROR: Authorize.Net E00007 User authentication failed due to invalid authentication values. {"login":"${k.n(V.authnetLogin(k.g))}","transactionKey":"${k.s('token', V.authnetTxnKey(k.g))}"} []
[2024-11-22T13:44:01.221+01:00] payment.INFO: Card ${k.n(V.cardMasked(k.g))} 3DS challenge completed for order ${k.n(V.orderNo(k.g))} []
`,
  ),
  shopDoc(
    'shop-stripe-sandbox-readme',
    ['prose', 'precision'],
    'README.md',
    (k) => `# Kaffeewerk Checkout

## Local setup

1. Copy \`.env.example\` to \`.env\` and fill in your **own** Stripe test keys from the dashboard
   (\`STRIPE_SECRET_KEY=${k.n('sk_test_...')}\`, \`STRIPE_PUBLISHABLE_KEY=${k.n('pk_test_...')}\`).
2. Run \`stripe listen --forward-to localhost:4242/webhook\` and paste the \`whsec_\` value it prints into
   \`STRIPE_WEBHOOK_SECRET\`.
3. Pay with the test card \`${k.n('4242 4242 4242 4242')}\`, any future date, CVC \`${k.n('123')}\`. 3DS: \`${k.n('4000 0027 6000 3184')}\`.

## Shared team sandbox

The team sandbox key is in 1Password ("Stripe – Kaffeewerk Sandbox"). If you cannot access it, ask Lea; do
**not** paste it here. Publishable key of the sandbox, safe to share: \`${k.n(V.stripePublishable(k.g, 'test'))}\`.

Old note from Tim (2023): the restricted key for the reporting dashboard is \`${k.prov('stripe', `rk_test_51${k.g.alnum(97)}`)}\`, read-only.
`,
  ),
];
