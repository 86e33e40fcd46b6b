// Parcel carrier integrations as shipping engineers write them: UPS OAuth client id/secret and the legacy access
// license number, FedEx API key/secret key with account and meter numbers, DHL Express/eCommerce/Parcel DE keys and
// Basic auth, USPS Web Tools user ids, Royal Mail, DPD, GLS, PostNL, Colissimo, Canada Post and Australia Post.
// Account, meter and tracking numbers are identifiers, not secrets; client ids are public halves.
import type { RealWorldDoc } from '../types';
import { lDoc, L } from './logisticsValues';

export const LOGISTICS_CARRIER_DOCS: RealWorldDoc[] = [
  lDoc(
    'logistics-ups-oauth-env',
    ['config-syntax', 'precision'],
    'shipping-service/.env.production',
    (k) => `# UPS Developer Kit (OAuth 2.0, client credentials) - app "WMS Label Printing"
UPS_CLIENT_ID=${k.n(L.upsClientId(k.g))}
UPS_CLIENT_SECRET=${k.tok()}
UPS_ACCOUNT_NUMBER=${k.n(L.upsAccount(k.g))}
UPS_API_BASE=https://onlinetools.ups.com
# CIE (test) lives at wwwcie.ups.com, same credentials
UPS_MERCHANT_ID=${k.n(L.upsAccount(k.g))}
LABEL_FORMAT=ZPL
DEFAULT_SERVICE=11
`,
  ),

  lDoc('logistics-ups-legacy-xml-access', ['config-syntax', 'code', 'precision'], 'legacy/ups/AccessRequest.xml', (k) => {
    return `<?xml version="1.0"?>
<!-- still used by the old rating module until the OAuth migration (ticket ${k.n(L.ticket(k.g))}) -->
<AccessRequest xml:lang="en-US">
  <AccessLicenseNumber>${k.u(L.upsLicense(k.g))}</AccessLicenseNumber>
  <UserId>acmewarehouse</UserId>
  <Password>${k.spw()}</Password>
</AccessRequest>
<?xml version="1.0"?>
<TrackRequest xml:lang="en-US">
  <Request><RequestAction>Track</RequestAction><RequestOption>activity</RequestOption></Request>
  <TrackingNumber>${k.n(L.upsTracking(k.g))}</TrackingNumber>
</TrackRequest>
`;
  }),

  lDoc('logistics-fedex-oauth-curl', ['command-line', 'http-auth', 'precision'], 'docs/carriers/fedex.md', (k) => {
    const key = L.fedexKey(k.g);
    return `# FedEx REST API (replaces Web Services SOAP)

Project "Nordlicht Fulfillment" on developer.fedex.com. Production key issued 2026-03-02.

\`\`\`bash
curl -X POST https://apis.fedex.com/oauth/token \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  -d "grant_type=client_credentials&client_id=${k.u(key)}&client_secret=${k.s('token', L.fedexSecret(k.g))}"
\`\`\`

Returns \`{"access_token":"eyJ...","token_type":"bearer","expires_in":3599}\`. Then:

\`\`\`bash
curl https://apis.fedex.com/track/v1/trackingnumbers \\
  -H "Authorization: Bearer ${k.bearer()}" \\
  -H "X-locale: en_US" -H "Content-Type: application/json" \\
  -d '{"trackingInfo":[{"trackingNumberInfo":{"trackingNumber":"${k.n(L.fedexTracking(k.g))}"}}],"includeDetailedScans":true}'
\`\`\`

Shipping account ${k.n(L.account(k.g))}, meter number ${k.n(L.meter(k.g))} (meter is only needed by the old SOAP API).
Sandbox: apis-sandbox.fedex.com with the test key pair from the portal (see 1Password "FedEx sandbox").
`;
  }),

  lDoc(
    'logistics-fedex-soap-webservices-config',
    ['config-syntax', 'precision'],
    'app/etc/carriers/fedex.xml',
    (k) => `<config>
  <carriers>
    <fedex>
      <active>1</active>
      <account>${k.n(L.account(k.g))}</account>
      <meter_number>${k.n(L.meter(k.g))}</meter_number>
      <key>${k.u(k.g.alnum(16))}</key>
      <password>${k.s('token', k.g.alnum(25))}</password>
      <sandbox_mode>0</sandbox_mode>
      <production_webservices_url>https://ws.fedex.com:443/web-services/</production_webservices_url>
      <packaging>YOUR_PACKAGING</packaging>
      <dropoff>REGULAR_PICKUP</dropoff>
      <unit_of_measure>KG</unit_of_measure>
    </fedex>
  </carriers>
</config>
`,
  ),

  lDoc('logistics-dhl-parcel-de-python', ['code', 'http-auth', 'precision'], 'carriers/dhl_parcel_de.py', (k) => {
    const user = 'sendungen_' + k.g.lower(5);
    return `"""DHL Parcel DE Shipping API v2 (Geschäftskundenversand). Needs the app api key AND the GKP user."""
import requests

BASE = "https://api-eu.dhl.com/parcel/de/shipping/v2"
API_KEY = "${k.s('token', L.dhlKey(k.g))}"
GKP_USER = "${user}"
GKP_PASSWORD = "${k.pw()}"
BILLING_NUMBER = "${k.n(k.g.digits(14))}"  # EKP + procedure + participation, not a secret


def create_label(order):
    resp = requests.post(
        f"{BASE}/orders",
        auth=(GKP_USER, GKP_PASSWORD),
        headers={"dhl-api-key": API_KEY, "Accept-Language": "de-DE"},
        json={"profile": "STANDARD_GRUPPENPROFIL", "shipments": [to_shipment(order)]},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["items"][0]["shipmentNo"]


# sandbox (developer.dhl.com): user "user-valid", password "${k.n('SandboxPasswort2023!')}" from the public docs
`;
  }),

  lDoc(
    'logistics-dhl-express-mydhl-yaml',
    ['config-syntax', 'http-auth', 'precision'],
    'config/carriers/dhl-express.yml',
    (k) => `dhl_express:
  endpoint: https://express.api.dhl.com/mydhlapi
  test_endpoint: https://express.api.dhl.com/mydhlapi/test
  # MyDHL API uses Basic auth with the site id / password DHL emails after onboarding
  username: ${k.n('apK' + k.g.lower(1) + k.g.digits(1) + k.g.lower(2) + k.g.digits(1) + k.g.upper(1) + k.g.lower(1))}
  password: ${k.s('password', k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!$#^@', 16))}
  account_number: "${k.n(k.g.digits(9))}"
  import_account: "${k.n(k.g.digits(9))}"
  product_codes: [P, U, K]
dhl_ecommerce:
  client_id: ${k.n(k.g.alnum(32))}
  client_secret: ${k.s('token', k.g.alnum(16))}
  pickup_account: "${k.n('5' + k.g.digits(9))}"
`,
  ),

  lDoc('logistics-usps-webtools-php', ['code', 'http-auth', 'precision'], 'wp-content/plugins/acme-shipping/usps-rates.php', (k) => {
    const uid = L.uspsUserId(k.g);
    return `<?php
// USPS Web Tools RateV4 (retiring Jan 2026, move to the new USPS APIs)
define('USPS_USERID', '${k.s('token', uid)}');

function acme_usps_rate($zipFrom, $zipTo, $ounces) {
    $xml = '<RateV4Request USERID="' . USPS_USERID . '"><Revision>2</Revision>'
         . '<Package ID="0"><Service>PRIORITY</Service><ZipOrigination>' . $zipFrom . '</ZipOrigination>'
         . '<ZipDestination>' . $zipTo . '</ZipDestination><Pounds>0</Pounds><Ounces>' . $ounces . '</Ounces>'
         . '<Container></Container></Package></RateV4Request>';
    $url = 'https://secure.shippingapis.com/ShippingAPI.dll?API=RateV4&XML=' . urlencode($xml);
    return wp_remote_get($url);
}
// debug from the support thread, left here by mistake:
// https://secure.shippingapis.com/ShippingAPI.dll?API=TrackV2&XML=<TrackRequest USERID="${k.http(L.uspsUserId(k.g))}"><TrackID ID="${k.n('9400' + k.g.digits(18))}"/></TrackRequest>
`;
  }),

  lDoc('logistics-royalmail-clickdrop-node', ['code', 'http-auth', 'precision'], 'src/carriers/royalMail.ts', (k) => {
    return `// Royal Mail Click & Drop API: a single API key, sent as the Authorization header value.
import axios from 'axios';

const client = axios.create({
  baseURL: 'https://api.parcel.royalmail.com/api/v1',
  headers: {
    Authorization: '${k.http(k.g.uuid())}',
    'Content-Type': 'application/json',
  },
});

export async function createOrder(orderReference: string, recipient: Recipient) {
  // channel shipping ref must be unique: we use the Shopify order name (#1234)
  return client.post('/orders', { items: [{ orderReference, recipient, packages: [{ weightInGrams: 750, packageFormatIdentifier: 'smallParcel' }] }] });
}

// Royal Mail Shipping API v2 (OBA customers) still on the old box:
const RM_CLIENT_ID = '${k.n(k.g.uuid())}';
const RM_CLIENT_SECRET = '${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40))}';
`;
  }),

  lDoc(
    'logistics-dpd-gls-colissimo-ini',
    ['config-syntax', 'precision'],
    'C:/ProgramData/VersandCenter/carriers.ini',
    (k) => `; VersandCenter 4.2 - Carrier-Zugangsdaten (Lager Venlo + Lager Duisburg)
[DPD]
Endpoint=https://public-ws.dpd.com/services/LoginService/V2_0/
DelisId=${k.n('ven' + k.g.digits(5))}
Password=${k.spw()}
Depot=${k.n('0' + k.g.digits(3))}
MessageLanguage=de_DE

[GLS]
ShipItUrl=https://shipit-wbm-de01.gls-group.eu:443/backend/rs
User=${k.n(k.g.digits(10))}
Password=${k.spw()}
ContactId=${k.n('276a' + k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 6))}

[COLISSIMO]
ContractNumber=${k.n(k.g.digits(6))}
Password=${k.spw()}

[POSTNL]
ApiKey=${k.s('token', k.g.alnum(32))}
CustomerCode=${k.n(k.g.upper(4))}
CustomerNumber=${k.n(k.g.digits(8))}
Sandbox=false
`,
  ),

  lDoc('logistics-canadapost-auspost-java', ['code', 'http-auth', 'precision'], 'src/main/java/com/northfreight/carriers/PostalCredentials.java', (k) => {
    const user = L.canadaPostUser(k.g);
    const pass = L.canadaPostPass(k.g);
    return `package com.northfreight.carriers;

/** Canada Post and Australia Post accounts for the cross-border returns desk. */
public final class PostalCredentials {
    private PostalCredentials() {}

    // Canada Post Developer Program, production keys (username:password, Basic auth)
    public static final String CANADA_POST_USER = "${k.u(user)}";
    public static final String CANADA_POST_PASSWORD = "${k.s('token', pass)}";
    public static final String CANADA_POST_CUSTOMER_NUMBER = "${k.n('000' + k.g.digits(7))}";
    // header seen in the logs when I debugged the rating call:
    // Authorization: Basic ${k.http(L.b64(`${user}:${pass}`))}

    // Australia Post Shipping & Tracking API
    public static final String AUSPOST_ACCOUNT = "${k.n(k.g.digits(10))}";
    public static final String AUSPOST_API_KEY = "${k.u(k.g.uuid())}";
    public static final String AUSPOST_API_PASSWORD = "${k.s('password', k.g.alnum(20))}";
}
`;
  }),
];
