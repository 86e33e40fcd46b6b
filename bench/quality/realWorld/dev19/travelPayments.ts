// Payments in hospitality: Adyen terminal API and web keys, Stripe Terminal for venues, Shift4, Worldpay, Braintree,
// PCI notes. Payment tokens (Adyen recurring references, Stripe payment method ids, Shift4 card tokens), PSP
// references, masked PANs and publishable/client keys are not credentials.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './travelValues';

export const TRAVEL_PAYMENT_DOCS: RealWorldDoc[] = [
  tDoc(
    'travel-adyen-terminal-config',
    ['config-syntax', 'precision'],
    'payments/adyen/terminal-api.json',
    (k) => `{
  "environment": "LIVE",
  "liveEndpointUrlPrefix": "${k.n(k.g.hex(16) + '-HotelGroup')}",
  "merchantAccount": "HotelGroupECOM",
  "apiKey": "${k.prov('Adyen API key', T.adyenKey(k.g))}",
  "clientKey": "${k.n(T.adyenClientKey(k.g))}",
  "hmacKey": "${k.s('token', T.adyenHmac(k.g))}",
  "terminals": [
    { "poiid": "${k.n('V400m-' + k.g.digits(9))}", "location": "Front desk 1" },
    { "poiid": "${k.n('S1F2-' + k.g.digits(12))}", "location": "Pool bar" }
  ],
  "localTerminalKey": { "keyIdentifier": "FRONTDESK", "passphrase": "${k.pw()}", "keyVersion": 1 }
}
`,
  ),

  tDoc(
    'travel-adyen-webhook-log',
    ['logs-and-output', 'precision'],
    'logs/payments-webhooks.log',
    (k) => `2026-04-02T19:22:10.301Z INFO notification AUTHORISATION success=true pspReference=${k.n(T.pspRef(k.g))} merchantReference=${k.n('RES-' + k.g.digits(8))}
2026-04-02T19:22:10.302Z INFO   amount=EUR 245.00 card=${k.n(T.maskedCard(k.g))} recurringDetailReference=${k.n(T.pspRef(k.g))}
2026-04-02T19:22:10.305Z DEBUG  hmacSignature=${k.n(T.b64(k.g.hex(32)).slice(0, 44))} verified=true
2026-04-02T19:23:44.870Z INFO notification CAPTURE success=true pspReference=${k.n(T.pspRef(k.g))}
2026-04-02T19:24:01.004Z ERROR startup check: ADYEN_API_KEY=${k.prov('Adyen API key', T.adyenKey(k.g))} rejected (403) - key disabled?
`,
  ),

  tDoc(
    'travel-stripe-terminal-venue',
    ['code', 'precision'],
    'venue-pos/server/stripe.rb',
    (k) => `require 'stripe'

# Stripe Terminal for the arena concession stands
Stripe.api_key = ENV.fetch('STRIPE_SECRET_KEY') { '${k.prov('Stripe secret key', T.stripeTest(k.g))}' }

LOCATION_ID = '${k.n('tml_' + k.g.alnum(14))}'
READER_IDS = %w[${k.n('tmr_' + k.g.alnum(14))} ${k.n('tmr_' + k.g.alnum(14))}]
WEBHOOK_SECRET = '${k.prov('Stripe webhook secret', T.stripeWebhook(k.g))}'

def connection_token
  Stripe::Terminal::ConnectionToken.create.secret
end

# last test payment: ${k.n('pi_' + k.g.alnum(24))}, method ${k.n('pm_' + k.g.alnum(24))}
`,
  ),

  tDoc(
    'travel-shift4-interface-ini',
    ['config-syntax', 'precision'],
    'C:/Shift4/UTG/utg.ini',
    (k) => `[UTG]
APISerialNumber=${k.n(k.g.digits(6))}
APIPassword=${k.spw()}
AuthToken=${k.s('token', k.g.uuid().toUpperCase())}
ClientGUID=${k.n(k.g.uuid().toUpperCase())}
MerchantID=${k.n(k.g.digits(8))}
Port=17476

[Log]
Level=2
MaskCardData=1
; example token stored on folio (not a credential): ${k.n(k.g.digits(4) + k.g.alnum(12))}
`,
  ),

  tDoc(
    'travel-worldpay-xml-order',
    ['config-syntax', 'http-auth', 'precision'],
    'worldpay/order-request.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE paymentService PUBLIC "-//Worldpay//DTD Worldpay PaymentService v1//EN" "http://dtd.worldpay.com/paymentService_v1.dtd">
<!-- POST https://secure.worldpay.com/jsp/merchant/xml/paymentService.jsp
     Authorization: Basic ${k.basic('HOTELGRPECOM')} -->
<paymentService version="1.4" merchantCode="HOTELGRPECOM">
  <submit>
    <order orderCode="${k.n('RES' + k.g.digits(9))}" installationId="${k.n(k.g.digits(7))}">
      <description>Deposit, booking ${k.n(T.bookingNo(k.g))}</description>
      <amount currencyCode="GBP" exponent="2" value="15000"/>
      <paymentDetails><TOKEN-SSL tokenScope="shopper"><paymentTokenID>${k.n(k.g.digits(16))}</paymentTokenID></TOKEN-SSL></paymentDetails>
    </order>
  </submit>
</paymentService>
`,
  ),

  tDoc(
    'travel-pci-scope-notes',
    ['prose', 'precision'],
    'compliance/pci-dss-scope.md',
    (k) => `# PCI DSS scope notes (v4.0) - resort properties

* Card data never touches the PMS: Opera stores only the Shift4 token (${k.n(k.g.digits(4) + k.g.alnum(12))}) and the
  masked PAN (${k.n(T.maskedCard(k.g))}).
* Adyen client key (\`${k.n(T.adyenClientKey(k.g))}\`) is public by design, used in the booking engine.
* Stripe publishable key is in the front end: \`${k.n(T.stripePub(k.g))}\`.
* **Finding 7.2** (QSA, March): the POS back-office PC had the processor password in a sticky note and in
  \`C:\\Users\\manager\\Desktop\\passwords.txt\`: "Worldpay iQ: admin / ${k.pw()}". Removed; password rotated.
* **Finding 8.3**: shared account \`frontdesk\` with password \`${k.hpw()}\` on all front-desk PCs. Plan: personal
  accounts by Q3.
* Hash of the last approved firewall ruleset: ${k.n(T.sha256(k.g))}
`,
  ),

  tDoc(
    'travel-braintree-config-js',
    ['code', 'precision'],
    'booking-api/config/payments.js',
    (k) => `module.exports = {
  braintree: {
    accessToken: process.env.BT_ACCESS_TOKEN || '${k.prov('Braintree access token', T.braintree(k.g))}',
  },
  paypal: {
    clientId: '${k.n('A' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 79))}',
    clientSecret: '${k.s('token', 'E' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 79))}',
  },
  currency: 'EUR',
  depositPercent: 30,
};
`,
  ),

  tDoc(
    'travel-stripe-cli-history',
    ['command-line', 'precision'],
    'home/dev/.bash_history',
    (k) => `cd ~/src/ticketing-api
stripe login
stripe listen --forward-to localhost:4000/webhooks/stripe
stripe trigger checkout.session.completed
curl https://api.stripe.com/v1/refunds -u ${k.prov('Stripe restricted key', T.stripeRestricted(k.g))}: -d payment_intent=${k.n('pi_' + k.g.alnum(24))}
export STRIPE_KEY=${k.prov('Stripe secret key', T.stripeLive(k.g))}
npm run seed:events
git status
`,
  ),

  tDoc(
    'travel-payment-gateway-properties-nexi',
    ['config-syntax', 'precision'],
    'pagamenti/src/main/resources/gateway.properties',
    (k) => `# Gateway pagamenti - struttura ${k.n(T.propCode(k.g))}
nexi.alias=${k.n('ALIAS_WEB_' + k.g.digits(8))}
nexi.mac.key=${k.s('token', k.g.alnum(32))}
nexi.url=https://ecommerce.nexi.it/ecomm/ecomm/DispatcherServlet
satispay.key.id=${k.n(k.g.alnum(40).toLowerCase())}
satispay.private.key.path=/etc/pagamenti/satispay.pem
paypal.mode=live
# il mac key di test e' pubblico nella documentazione
nexi.test.mac.key=${k.u('esempiodicalcolomac')}
`,
  ),
];
