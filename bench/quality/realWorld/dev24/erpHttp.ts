// HTTP captures and API calls of ERP integrations: curl lines from runbooks, HAR excerpts, raw requests from
// proxies, OData and SOAP calls with Basic auth, bearer tokens, API-key headers, cookies and query tokens, beside
// request ids, CSRF tokens, ETags and correlation ids.
// A `sig=` request signature in a URL is unscored: it authorises that one URL, reviewers differ on calling it a secret.
import type { RealWorldDoc } from '../types';
import { rDoc, R } from './erpValues';

export const ERP_HTTP_DOCS: RealWorldDoc[] = [
  rDoc(
    'erp-sap-odata-curl-runbook',
    ['http-auth', 'command-line', 'precision'],
    'docs/integration/odata-smoke-test.md',
    (k) => `# OData smoke test after the S/4 upgrade

Fetch a CSRF token first, then post the sales order:

\`\`\`bash
curl -s -c cookies.txt -H "x-csrf-token: fetch" \\
  -H "Authorization: Basic ${k.basic('ODATA_SHOP')}" \\
  "https://s4.kohlmann.example/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder?\\$top=1"

# sandbox on api.sap.com uses an API key instead of Basic:
curl -s -H "APIKey: ${k.http(k.g.alnum(32))}" "https://sandbox.api.sap.com/s4hanacloud/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder?\\$top=1"

curl -s -b cookies.txt -X POST \\
  -H "x-csrf-token: ${k.u(k.g.base64(22) + '==')}" \\
  -H "Authorization: Basic ${k.basic('ODATA_SHOP')}" \\
  -H "Content-Type: application/json" \\
  -d @so.json "https://s4.kohlmann.example/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder"
\`\`\`

Expected: HTTP 201 and a SalesOrder like ${k.n('0000' + k.g.digits(6))}. Sold-to ${k.n('10000' + k.g.digits(3))}, sales org ${k.n('1010')}.
`,
  ),

  rDoc(
    'erp-har-fiori-login',
    ['http-auth', 'logs-and-output', 'precision'],
    'captures/fiori-launchpad.har',
    (k) => `{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "124.0" },
    "entries": [
      {
        "request": {
          "method": "GET",
          "url": "https://fiori.kohlmann.example/sap/bc/ui2/flp?sap-client=100&sap-language=DE",
          "headers": [
            { "name": "Cookie", "value": "MYSAPSSO2=${k.s('http-auth', 'AjExMDAgAA1wb3J0YWw6' + k.g.base64(220).replace(/\//g, '%2f').replace(/\+/g, '%2b'))}; SAP_SESSIONID_PRD_100=${k.s('http-auth', k.g.base64url(40) + '%3d')}; sap-usercontext=${k.n('sap-client=100')}" },
            { "name": "X-Request-ID", "value": "${k.n(k.g.uuid())}" }
          ]
        },
        "response": {
          "status": 200,
          "headers": [
            { "name": "x-csrf-token", "value": "${k.u(k.g.base64(22) + '==')}" },
            { "name": "ETag", "value": "${k.n('W/"' + k.g.hex(16) + '"')}" }
          ]
        }
      }
    ]
  }
}
`,
  ),

  rDoc(
    'erp-coupa-api-curl',
    ['http-auth', 'command-line', 'precision'],
    'procurement/coupa/README.md',
    (k) => `# Coupa → SAP invoice bridge

## Calling the Coupa API by hand

Legacy API key (being retired in favour of OAuth):

\`\`\`bash
curl -H "X-COUPA-API-KEY: ${k.http(R.coupaKey(k.g))}" -H "ACCEPT: application/json" \\
  "https://kohlmann.coupahost.com/api/invoices?status=approved&exported=false&limit=50"
\`\`\`

OAuth (client credentials) – client id is ${k.n(k.g.hex(32))}:

\`\`\`bash
curl -X POST https://kohlmann.coupahost.com/oauth2/token \\
  -d "client_id=\${COUPA_CLIENT_ID}&client_secret=\${COUPA_CLIENT_SECRET}&grant_type=client_credentials&scope=core.invoice.read"
\`\`\`

Invoice ids in Coupa are plain integers (e.g. ${k.n(k.g.digits(6))}); the SAP document is like ${k.n('51' + k.g.digits(8))}.
`,
  ),

  rDoc(
    'erp-ariba-api-python',
    ['code', 'http-auth', 'precision'],
    'procurement/ariba/fetch_requisitions.py',
    (k) => `import base64
import requests

# SAP Ariba Developer Portal application "KOH-Req-Report"
APPLICATION_KEY = "${k.http(k.g.alnum(32))}"  # sent as apiKey header
OAUTH_CLIENT_ID = "${k.n(k.g.uuid())}"
OAUTH_SECRET = "${k.s('token', k.g.alnum(32))}"
REALM = "kohlmann-T"

auth = base64.b64encode(f"{OAUTH_CLIENT_ID}:{OAUTH_SECRET}".encode()).decode()
tok = requests.post("https://api.ariba.com/v2/oauth/token", data={"grant_type": "client_credentials"},
                    headers={"Authorization": f"Basic {auth}"}).json()["access_token"]
r = requests.get("https://openapi.ariba.com/api/procurement-reporting-details/v2/prod/views/RequisitionView",
                 params={"realm": REALM}, headers={"apiKey": APPLICATION_KEY, "Authorization": f"Bearer {tok}"})
print(r.status_code)
`,
  ),

  rDoc(
    'erp-raw-request-bc-odata',
    ['http-auth', 'logs-and-output', 'precision'],
    'captures/fiddler-bc-items.txt',
    (k) => `GET https://bc.valcor-metal.example:7048/BC140/ODataV4/Company('Valcor%20Metal%20GmbH')/items?$filter=No%20eq%20'1000-0450' HTTP/1.1
Host: bc.valcor-metal.example:7048
Authorization: Basic ${k.s('http-auth', R.b64('SHOP-INTEGRATION:' + R.bcWsKey(k.g)))}
Accept: application/json
User-Agent: ShopSync/2.3

HTTP/1.1 200 OK
Content-Type: application/json; odata.metadata=minimal
OData-Version: 4.0
request-id: ${k.n(k.g.uuid())}

{"@odata.context":"...","value":[{"@odata.etag":"${k.n(`W/\\"JzQ0O${k.g.base64(40)}MDsn\\"`)}","No":"1000-0450","Description":"Flansch DN50","Unit_Price":12.4}]}
`,
  ),

  rDoc(
    'erp-carrier-tracking-webhook-log',
    ['http-auth', 'logs-and-output', 'precision'],
    'logs/tms-webhook-2026-03-20.log',
    (k) => `2026-03-20T06:01:14Z INFO  tms.webhook  incoming POST /hooks/carrier from ${R.ipv4(k.g, '52')} event=delivered shipment=${k.n(R.sscc(k.g))}
2026-03-20T06:01:14Z DEBUG tms.webhook  headers: content-type=application/json x-carrier-signature=${k.n('sha256=' + R.sha256(k.g))}
2026-03-20T06:02:40Z INFO  tms.outbound GET https://api.carrier.example/track/v1/shipments?trackingNumber=${k.n('1Z' + k.g.chars('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 16))}&access_token=${k.http(k.g.alnum(40))}
2026-03-20T06:02:41Z INFO  tms.outbound 200 OK in 412ms
2026-03-20T06:03:15Z DEBUG tms.outbound POST https://api.forwarder.example/v1/pickups Authorization: Basic ${k.basic('kohlmann_tms')}
2026-03-20T06:05:02Z WARN  tms.outbound 401 Unauthorized from https://api.forwarder.example/v1/pickups (X-API-Key: ${k.n('****' + k.g.hex(4))})
`,
  ),

  rDoc(
    'erp-sap-soap-proxy-cs',
    ['code', 'http-auth', 'precision'],
    'src/Kohlmann.Mes.Connector/SapProxyFactory.cs',
    (k) => `using System.Net;
using System.ServiceModel;

namespace Kohlmann.Mes.Connector
{
    // Calls the SAP SOAP service for production order confirmations (ZPP_CONF_SRV).
    public static class SapProxyFactory
    {
        private const string Endpoint = "https://sapprd-ci.corp.local:44300/sap/bc/srt/rfc/sap/zpp_conf/100/zpp_conf/zpp_conf";
        private const string User = "SOAP_MES";
        private const string Password = "${k.s('password', R.anyPw(k.g).replace(/["\\\\]/g, ''))}";

        public static ZppConfClient Create()
        {
            var binding = new BasicHttpBinding(BasicHttpSecurityMode.Transport);
            binding.Security.Transport.ClientCredentialType = HttpClientCredentialType.Basic;
            var client = new ZppConfClient(binding, new EndpointAddress(Endpoint));
            client.ClientCredentials.UserName.UserName = User;
            client.ClientCredentials.UserName.Password = Password;
            return client; // order numbers look like ${k.n('1000' + k.g.digits(8))}
        }
    }
}
`,
  ),

  rDoc(
    'erp-shopify-erp-sync-config',
    ['config-syntax', 'http-auth', 'precision'],
    'shop-sync/config/production.toml',
    (k) => `[shopify]
shop = "valcor-parts.myshopify.com"
api_version = "2025-01"
admin_token = "${k.prov('Shopify admin API token', R.shopify(k.g))}"
webhook_secret = "${k.s('token', k.g.hex(64))}"

[erp]
base_url = "https://bc.valcor-metal.example:7048/BC140/ODataV4"
user = "SHOP-INTEGRATION"
web_service_key = "${k.prov('Business Central web service access key', R.bcWsKey(k.g))}"
location_code = "${k.n('HAUPT')}"

[queue]
url = "amqp://shop:${k.cs()}@rabbit01.valcor-metal.example:5672/erp"

[stripe]
publishable_key = "${k.n('pk_live_' + k.g.alnum(24))}"
secret_key = "${k.prov('Stripe', R.stripe(k.g))}"
`,
  ),

  rDoc(
    'erp-wms-api-postman-collection',
    ['http-auth', 'config-syntax', 'precision'],
    'postman/WMS-3PL.postman_collection.json',
    (k) => `{
  "info": { "_postman_id": "${k.n(k.g.uuid())}", "name": "3PL WMS API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": { "type": "apikey", "apikey": [ { "key": "key", "value": "X-Api-Key" }, { "key": "value", "value": "${k.http(k.g.base64url(40))}" } ] },
  "item": [
    { "name": "Create inbound ASN", "request": { "method": "POST", "url": "https://wms.3pl-partner.example/api/v3/asn",
      "body": { "mode": "raw", "raw": "{\\"asn\\": \\"${k.n(R.delivery(k.g))}\\", \\"sscc\\": \\"${k.n(R.sscc(k.g))}\\"}" } } },
    { "name": "Stock per SKU", "request": { "method": "GET", "url": "https://wms.3pl-partner.example/api/v3/stock?sku=${k.n(R.matnr(k.g))}",
      "auth": { "type": "bearer", "bearer": [ { "key": "token", "value": "${k.bearer()}" } ] } } },
    { "name": "Legacy login", "request": { "method": "POST", "url": "https://wms.3pl-partner.example/api/login",
      "auth": { "type": "basic", "basic": [ { "key": "username", "value": "kohlmann" }, { "key": "password", "value": "${k.spw()}" } ] } } }
  ]
}
`,
  ),

  rDoc(
    'erp-nginx-access-log-erp-portal',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/supplier-portal-access.log',
    (k) => `${R.ipv4(k.g, '85')} - - [12/Mar/2026:09:12:01 +0100] "GET /portal/orders?supplier=${k.n(k.g.digits(6))}&page=2 HTTP/1.1" 200 18211 "-" "Mozilla/5.0"
${R.ipv4(k.g, '85')} - - [12/Mar/2026:09:12:44 +0100] "GET /api/v1/asn/export?format=csv&api_token=${k.http(k.g.hex(40))} HTTP/1.1" 200 5521 "-" "python-requests/2.31"
${R.ipv4(k.g, '91')} - - [12/Mar/2026:09:13:02 +0100] "POST /portal/login HTTP/1.1" 302 0 "-" "Mozilla/5.0"
${R.ipv4(k.g, '91')} - - [12/Mar/2026:09:13:04 +0100] "GET /portal/sso/callback?session_token=${k.http(k.g.base64url(43))}&state=${k.n(k.g.hex(16))} HTTP/1.1" 302 0 "-" "Mozilla/5.0"
${R.ipv4(k.g, '91')} - - [12/Mar/2026:09:13:05 +0100] "GET /portal/download/${k.n(k.g.uuid())}.pdf HTTP/1.1" 200 88123 "-" "Mozilla/5.0"
${R.ipv4(k.g, '85')} - - [12/Mar/2026:09:14:10 +0100] "GET /api/v1/forecast?plant=${k.n('DE10')}&sig=${k.u(R.sha256(k.g))} HTTP/1.1" 200 2210 "-" "curl/8.4.0"
`,
  ),

  rDoc(
    'erp-dhl-api-env-yaml',
    ['config-syntax', 'http-auth', 'precision'],
    'tms/helm/values-prod.yaml',
    (k) => `replicaCount: 2
image:
  repository: registry.kohlmann.example/tms/carrier-bridge
  tag: "2.8.1"
env:
  CARRIER_PARCEL_API_URL: https://api-eu.parcel.example/parcel/de/shipping/v2
  CARRIER_PARCEL_API_KEY: "${k.http(k.g.alnum(32))}"
  CARRIER_PARCEL_USER: "kohlmann_ship"
  CARRIER_PARCEL_PASSWORD: "${k.spw()}"
  CARRIER_BILLING_NUMBER: "${k.n(k.g.digits(14))}"
  TWILIO_ACCOUNT_SID: "${k.u(R.twilioSid(k.g))}"
  TWILIO_AUTH_TOKEN: "${k.prov('Twilio auth token', R.twilioToken(k.g))}"
  REDIS_URL: "redis://default:${k.cs()}@redis-tms:6379/0"
  GOOGLE_GEOCODING_KEY: "${k.prov('Google API key', R.googleApiKey(k.g))}"
envFrom:
  - secretRef:
      name: ${k.n('carrier-bridge-secrets')}
`,
  ),

  rDoc(
    'erp-mulesoft-properties',
    ['config-syntax', 'precision'],
    'mule/src/main/resources/config-prod.yaml',
    (k) => `http:
  port: "8081"
sap:
  jco:
    ashost: "sapprd-ci.corp.local"
    client: "${k.n('100')}"
    user: "RFC_MULE"
    password: "${k.s('password', R.safePw(k.g))}"
salesforce:
  username: "integration@kohlmann.example"
  password: "${k.spw()}"
  securityToken: "${k.s('token', k.g.alnum(25))}"
anypoint:
  clientId: "${k.n(k.g.hex(32))}"
  clientSecret: "${k.s('token', k.g.hex(32).toUpperCase())}"
secure:
  key: "${k.n('${mule.key}')}"
edi:
  as2:
    partnerId: "${k.n('08925485US00')}"
    keystorePassword: "${k.n('![' + k.g.base64(32) + ']')}"
`,
  ),
];
