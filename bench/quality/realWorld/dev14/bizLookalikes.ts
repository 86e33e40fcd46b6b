// Look-alikes of the business world: webhook payloads with signatures and object ids, IPN logs, FHIR bundles,
// SAML metadata and JWKS, ERP user exports with password hashes, example env files, checksums; a few real keys
// among them where people really leave them.
import type { RealWorldDoc } from '../types';
import { bizDoc, V } from './bizValues';

export const BIZ_LOOKALIKE_DOCS: RealWorldDoc[] = [
  bizDoc(
    'biz-adyen-notification-payload',
    ['logs-and-output', 'precision'],
    'test/fixtures/adyen_notification_authorisation.json',
    (k) => `{
  "live": "true",
  "notificationItems": [
    {
      "NotificationRequestItem": {
        "additionalData": {
          "hmacSignature": "${k.n(k.g.base64(43) + '=')}",
          "authCode": "${k.n(k.g.digits(6))}",
          "cardSummary": "${k.n('1111')}",
          "expiryDate": "03/2030",
          "recurring.recurringDetailReference": "${k.n(k.g.upper(16))}",
          "recurring.shopperReference": "${k.n('cust-' + k.g.digits(7))}"
        },
        "amount": { "currency": "EUR", "value": 12990 },
        "eventCode": "AUTHORISATION",
        "eventDate": "2024-11-04T09:12:01+01:00",
        "merchantAccountCode": "NordwindOutdoorECOM",
        "merchantReference": "${k.n('ORD-' + k.g.digits(8))}",
        "pspReference": "${k.n(k.g.upper(16))}",
        "paymentMethod": "visa",
        "success": "true"
      }
    }
  ]
}
`,
  ),

  bizDoc(
    'biz-stripe-event-fixture',
    ['code', 'precision'],
    'test/fixtures/stripe_charge_succeeded.json',
    (k) => `{
  "id": "${k.n('evt_' + k.g.alnum(24))}",
  "object": "event",
  "api_version": "2023-10-16",
  "data": {
    "object": {
      "id": "${k.n('ch_' + k.g.alnum(24))}",
      "object": "charge",
      "amount": 4990,
      "balance_transaction": "${k.n('txn_' + k.g.alnum(24))}",
      "customer": "${k.n('cus_' + k.g.alnum(14))}",
      "payment_intent": "${k.n('pi_' + k.g.alnum(24))}",
      "payment_method": "${k.n('pm_' + k.g.alnum(24))}",
      "receipt_url": "https://pay.stripe.com/receipts/payment/${k.n(k.g.base64url(80))}",
      "payment_method_details": { "card": { "brand": "visa", "last4": "4242", "fingerprint": "${k.n(k.g.alnum(16))}" } }
    }
  },
  "request": { "id": "${k.n('req_' + k.g.alnum(14))}", "idempotency_key": "${k.n(k.g.uuid())}" },
  "type": "charge.succeeded"
}
`,
  ),

  bizDoc(
    'biz-paypal-ipn-log',
    ['logs-and-output', 'precision'],
    'logs/paypal-ipn.log',
    (
      k,
    ) => `[2024-11-03 21:14:02] IPN received: mc_gross=59.00&protection_eligibility=Eligible&payer_id=${k.n(k.g.upper(13))}&payment_date=13%3A14%3A01+Nov+03%2C+2024+PST&payment_status=Completed&charset=UTF-8&mc_fee=2.05&notify_version=3.9&custom=&payer_status=verified&business=billing%40nordwind-outdoor.example&verify_sign=${k.n(k.g.alnum(56))}&txn_id=${k.n(k.g.upper(2) + k.g.digits(6) + k.g.upper(9))}&payment_type=instant&receiver_id=${k.n(k.g.upper(13))}&ipn_track_id=${k.n(k.g.hex(13))}
[2024-11-03 21:14:02] postback to https://ipnpb.paypal.com/cgi-bin/webscr -> VERIFIED
[2024-11-03 21:14:03] order ${k.n('ORD-' + k.g.digits(8))} marked paid
`,
  ),

  bizDoc(
    'biz-fhir-bundle-sample',
    ['precision'],
    'samples/fhir/patient-bundle.json',
    (k) => `{
  "resourceType": "Bundle",
  "id": "${k.n(k.g.uuid())}",
  "type": "searchset",
  "total": 1,
  "entry": [
    {
      "fullUrl": "https://fhir.hospital.example/r4/Patient/${k.n(k.g.uuid())}",
      "resource": {
        "resourceType": "Patient",
        "id": "${k.n(k.g.uuid())}",
        "meta": { "versionId": "3", "lastUpdated": "2024-10-30T11:02:44Z", "source": "#${k.n(k.g.alnum(16))}" },
        "identifier": [
          { "system": "http://fhir.nl/fhir/NamingSystem/bsn", "value": "${k.n(k.g.digits(9))}" },
          { "system": "urn:oid:2.16.840.1.113883.2.4.6.3", "value": "${k.n(k.g.digits(8))}" }
        ],
        "name": [{ "family": "Jansen", "given": ["Pieter"] }],
        "birthDate": "1967-03-12"
      }
    }
  ],
  "link": [{ "relation": "next", "url": "https://fhir.hospital.example/r4?_getpages=${k.n(k.g.uuid())}&_getpagesoffset=20&_count=20" }]
}
`,
  ),

  bizDoc(
    'biz-saml-metadata-public',
    ['credential-file', 'precision'],
    'sso/erp-idp-metadata.xml',
    (k) => `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.windows.net/${k.n(k.g.uuid())}/">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data><ds:X509Certificate>${k.n('MIIC8DCCAdigAwIBAgIQ' + k.g.base64(700))}</ds:X509Certificate></ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/${k.n(k.g.uuid())}/saml2"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
`,
  ),

  bizDoc(
    'biz-jwks-and-cert-public',
    ['config-syntax', 'precision'],
    'fhir-client/public/.well-known/jwks.json',
    (k) => `{
  "keys": [
    {
      "kty": "RSA",
      "kid": "${k.n(k.g.hex(16))}",
      "use": "sig",
      "alg": "RS384",
      "n": "${k.n(k.g.base64url(342))}",
      "e": "AQAB"
    },
    {
      "kty": "EC",
      "kid": "${k.n(k.g.hex(16))}",
      "crv": "P-384",
      "x": "${k.n(k.g.base64url(64))}",
      "y": "${k.n(k.g.base64url(64))}"
    }
  ]
}
`,
  ),

  bizDoc(
    'biz-erp-user-export-hashes',
    ['precision'],
    'exports/erp_users_2024-10.csv',
    (k) => `login;name;active;password_hash;last_login
admin;Administrator;true;${k.n(`$pbkdf2-sha512$600000$${k.g.base64(22).replace(/[+=]/g, '.')}$${k.g.base64(86).replace(/[+=]/g, '.')}`)};2024-10-31 17:02
integration@nordwind.example;Integration;true;${k.n(`$pbkdf2-sha512$600000$${k.g.base64(22).replace(/[+=]/g, '.')}$${k.g.base64(86).replace(/[+=]/g, '.')}`)};2024-11-04 02:00
m.schneider;Maria Schneider;true;${k.n(V.bcrypt(k.g))};2024-11-01 08:12
legacy_pos;Kasse 1;false;${k.n('{SSHA}' + k.g.base64(32))};2021-06-30 19:44
`,
  ),

  bizDoc(
    'biz-env-example-placeholders',
    ['config-syntax', 'precision'],
    'erp-connector/.env.example',
    (k) => `# Copy to .env and fill in. Never commit the real file.
ERP_BASE_URL=https://erp.example.com
ERP_USER=${k.n('integration')}
ERP_PASSWORD=${k.ph()}
ERP_API_KEY=${k.ph()}
ADYEN_API_KEY=${k.n('AQE...')}
ADYEN_HMAC_KEY=${k.ph()}
BRAINTREE_PRIVATE_KEY=${k.n('<braintree-private-key>')}
NETSUITE_TOKEN_SECRET=${k.n('${NETSUITE_TOKEN_SECRET}')}
SF_PASSWORD=${k.n('$(op read op://Integrations/Salesforce/password)')}
BANK_SFTP_PASSWORD=${k.n('vault:secret/data/bank#sftp_password')}
PGP_PASSPHRASE=${k.ph()}
`,
  ),

  bizDoc(
    'biz-download-checksums',
    ['precision'],
    'vendor/edi-translator/SHA256SUMS',
    (k) => `${k.n(V.sha256(k.g))}  edi-translator-5.2.1-linux-x64.tar.gz
${k.n(V.sha256(k.g))}  edi-translator-5.2.1-windows-x64.zip
${k.n(V.sha256(k.g))}  edi-translator-5.2.1.pom
${k.n(V.sha256(k.g))}  mapping-pack-x12-4010.zip
`,
  ),

  bizDoc(
    'biz-mt940-statement',
    ['precision'],
    'inbox/mt940/20241104.sta',
    (k) => `:20:${k.n('STARTUMS' + k.g.digits(8))}
:25:${k.n(k.g.digits(8) + '/' + k.g.digits(10))}
:28C:00217/001
:60F:C241101EUR184233,12
:61:2411041104DR12000,00NTRFNONREF//${k.n(k.g.digits(16))}
:86:116?00SEPA-UEBERWEISUNG?20EREF+${k.n(k.g.upper(4) + k.g.digits(12))}?21SVWZ+Rechnung ${k.n(k.g.digits(10))}?30${k.n(V.bic(k.g))}?31${k.n(V.iban(k.g))}?32Bergmann Logistik GmbH
:61:2411041104CR4990,00NTRFNONREF
:86:166?00GUTSCHRIFT?20EREF+${k.n('ORD-' + k.g.digits(8))}?30${k.n(V.bic(k.g))}?31${k.n(V.iban(k.g))}
:62F:C241104EUR177223,12
`,
  ),

  bizDoc(
    'biz-shopify-app-config',
    ['config-syntax', 'precision'],
    'shopify-erp-app/shopify.app.toml',
    (k) => `# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration
client_id = "${k.n(k.g.hex(32))}"
name = "Nordwind ERP Bridge"
application_url = "https://erp-bridge.nordwind.example"
embedded = true

[access_scopes]
scopes = "read_orders,write_fulfillments,read_products"

[webhooks]
api_version = "2024-07"

[auth]
redirect_urls = ["https://erp-bridge.nordwind.example/auth/callback"]
# the API secret key must not live here; it goes in .env as SHOPIFY_API_SECRET
`,
  ),

  bizDoc(
    'biz-shopify-app-dotenv',
    ['config-syntax'],
    'shopify-erp-app/.env',
    (k) => `SHOPIFY_API_KEY=${k.n(k.g.hex(32))}
SHOPIFY_API_SECRET=${k.s('token', k.g.hex(32))}
SCOPES=read_orders,write_fulfillments,read_products
HOST=https://erp-bridge.nordwind.example
ERP_WEBHOOK_SIGNING_SECRET=${k.tok()}
SESSION_SECRET=${k.tok()}
`,
  ),

  bizDoc(
    'biz-ehr-vendor-api-yaml',
    ['config-syntax', 'http-auth'],
    'integrations/ehr/vendor-api.yaml',
    (k) => `ehr:
  base_url: https://api.ehr-vendor.example/v2
  practice_id: 195900
  headers:
    X-Auth-Token: ${k.http(k.g.hex(40))}
    X-Partner-Key: ${k.tok()}
lab:
  base_url: https://results.lab-partner.example/api
  api_key: ${k.tok()}
  hmac_secret: ${k.tok()}
eprescribing:
  endpoint: https://erx.network.example/ncpdp
  account: GENHOSP
  password: ${k.gpw()}
`,
  ),
];
