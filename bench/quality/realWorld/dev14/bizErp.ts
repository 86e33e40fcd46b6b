// ERP and CRM connectors: SAP (RFC destinations, JCo, Cloud Connector), NetSuite TBA, Dynamics 365 /
// Business Central, Odoo, ERPNext, Salesforce connected apps, HubSpot, Zoho.
import type { RealWorldDoc } from '../types';
import { bizDoc, V } from './bizValues';

export const BIZ_ERP_DOCS: RealWorldDoc[] = [
  bizDoc(
    'biz-sap-jco-destination',
    ['credential-file', 'config-syntax'],
    'connector/ABAP_AS_WITH_POOL.jcoDestination',
    (k) => `#for tests only
jco.client.lang=de
jco.destination.peak_limit=10
jco.client.client=100
jco.client.passwd=${k.hpw()}
jco.client.user=RFC_INTEG
jco.client.sysnr=00
jco.destination.pool_capacity=3
jco.client.ashost=sapprd01.nordwind.local
`,
  ),

  bizDoc('biz-sap-pyrfc-script', ['code', 'precision'], 'sap/export_open_items.py', (k) => {
    return `#!/usr/bin/env python3
"""Exports open AR items from SAP ECC via RFC (BAPI_AR_ACC_GETOPENITEMS) to CSV for the dunning tool."""
import csv
import sys
from pyrfc import Connection

conn = Connection(
    ashost="sapprd01.nordwind.local",
    sysnr="00",
    client="100",
    user="RFC_DUNNING",
    passwd="${k.hpw()}",
    lang="EN",
)

company = sys.argv[1] if len(sys.argv) > 1 else "1000"
result = conn.call("BAPI_AR_ACC_GETOPENITEMS", COMPANYCODE=company, CUSTOMER="${k.n('0000' + k.g.digits(6))}", KEYDATE="20241104")
with open(f"open_items_{company}.csv", "w", newline="") as fh:
    w = csv.writer(fh, delimiter=";")
    for line in result["LINEITEMS"]:
        w.writerow([line["DOC_NO"], line["AMT_DOCCUR"], line["CURRENCY"]])
`;
  }),

  bizDoc(
    'biz-netsuite-tba-env',
    ['config-syntax', 'precision'],
    'netsuite-sync/.env',
    (k) => `# NetSuite token-based auth (integration record "Shopify Sync", role "Integration - Orders")
NS_ACCOUNT_ID=${k.n(k.g.digits(7) + '_SB1')}
NS_CONSUMER_KEY=${k.u(V.netsuiteHex(k.g))}
NS_CONSUMER_SECRET=${k.s('token', V.netsuiteHex(k.g))}
NS_TOKEN_ID=${k.u(V.netsuiteHex(k.g))}
NS_TOKEN_SECRET=${k.s('token', V.netsuiteHex(k.g))}
NS_RESTLET_URL=https://${k.g.digits(7)}-sb1.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=1187&deploy=1
SHOPIFY_STORE=nordwind-outdoor.myshopify.com
SHOPIFY_ADMIN_TOKEN=${k.prov('Shopify admin access token', V.shopify(k.g))}
SHOPIFY_API_VERSION=2024-07
LOG_LEVEL=info
`,
  ),

  bizDoc('biz-netsuite-suitescript-restlet-client', ['code', 'precision'], 'netsuite-sync/src/nsClient.ts', (k) => {
    return `import crypto from 'node:crypto';
import OAuth from 'oauth-1.0a';

// TBA credentials of the sandbox; production reads them from the vault (see deploy/README.md)
const creds = {
  consumer: { key: process.env.NS_CONSUMER_KEY!, secret: process.env.NS_CONSUMER_SECRET ?? '${k.s('token', V.netsuiteHex(k.g))}' },
  token: { key: process.env.NS_TOKEN_ID!, secret: process.env.NS_TOKEN_SECRET ?? '${k.s('token', V.netsuiteHex(k.g))}' },
};

const oauth = new OAuth({
  consumer: creds.consumer,
  signature_method: 'HMAC-SHA256',
  hash_function: (base, key) => crypto.createHmac('sha256', key).update(base).digest('base64'),
});

export function authHeader(url: string, method: 'GET' | 'POST', realm: string) {
  const header = oauth.toHeader(oauth.authorize({ url, method }, creds.token));
  return { Authorization: \`\${header.Authorization}, realm="\${realm}"\` };
}

// example of a signed header from the docs, kept for comparison:
// OAuth realm="123456_SB1", oauth_consumer_key="${k.u(k.g.hex(64))}", oauth_nonce="${k.n(k.g.alnum(11))}", oauth_signature="${k.n(k.g.base64(43) + '%3D')}"
`;
  }),

  bizDoc('biz-dynamics-appsettings', ['config-syntax', 'precision'], 'BcIntegration/appsettings.Production.json', (k) => {
    return `{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "BusinessCentral": {
    "TenantId": "${k.n(k.g.uuid())}",
    "Environment": "Production",
    "CompanyId": "${k.n(k.g.uuid())}",
    "ClientId": "${k.n(k.g.uuid())}",
    "ClientSecret": "${k.prov('Azure AD client secret', V.azureSecret(k.g))}",
    "Scope": "https://api.businesscentral.dynamics.com/.default"
  },
  "Dataverse": {
    "ConnectionString": "AuthType=ClientSecret;Url=https://nordwind.crm4.dynamics.com;ClientId=${k.n(k.g.uuid())};ClientSecret=${k.prov('Azure AD client secret', V.azureSecret(k.g))}"
  },
  "ServiceBus": {
    "ConnectionString": "Endpoint=sb://nordwind-erp.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${k.s('connection-string', k.g.base64(43) + '=')}"
  }
}
`;
  }),

  bizDoc(
    'biz-bc-webservice-powershell',
    ['command-line', 'code', 'precision'],
    'scripts/Import-BcItems.ps1',
    (k) => `# Business Central on-prem: OData web service with a web service access key (NAV user "SVC-IMPORT")
$baseUrl = "https://bc.nordwind.local:7048/BC230/ODataV4/Company('CRONUS%20DE')"
$user = "SVC-IMPORT"
$wsKey = "${k.s('token', k.g.base64(43) + '=')}"
$pair = "{0}:{1}" -f $user, $wsKey
$headers = @{ Authorization = "Basic " + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair)) }

$items = Import-Csv -Path .\\items.csv -Delimiter ';'
foreach ($item in $items) {
    $body = @{ number = $item.No; displayName = $item.Description } | ConvertTo-Json
    Invoke-RestMethod -Uri "$baseUrl/Items" -Method Post -Headers $headers -Body $body -ContentType 'application/json'
}

# Run as: .\\Import-BcItems.ps1 ; the scheduled task uses the account NORDWIND\\svc-bcimport
# with password ${k.hpw()} (set in Task Scheduler, "Run whether user is logged on or not")
`,
  ),

  bizDoc(
    'biz-odoo-conf',
    ['config-syntax', 'credential-file'],
    'etc/odoo/odoo.conf',
    (k) => `[options]
addons_path = /opt/odoo/odoo/addons,/opt/odoo/custom-addons
admin_passwd = ${k.hpw()}
db_host = 127.0.0.1
db_port = 5432
db_user = odoo
db_password = ${k.gpw()}
dbfilter = ^nordwind$
http_port = 8069
logfile = /var/log/odoo/odoo.log
proxy_mode = True
workers = 4
smtp_server = smtp.eu.mailgun.org
smtp_user = postmaster@mg.nordwind.example
smtp_password = ${k.s('token', k.g.hex(32) + '-' + k.g.hex(8) + '-' + k.g.hex(8))}
list_db = False
`,
  ),

  bizDoc('biz-odoo-xmlrpc-python', ['code', 'precision'], 'integrations/odoo_push_invoices.py', (k) => {
    return `import xmlrpc.client

URL = "https://erp.nordwind.example"
DB = "nordwind"
USER = "integration@nordwind.example"
# API key generated under Preferences > Account Security (user "Integration")
API_KEY = "${k.prov('Odoo API key', V.odooKey(k.g))}"

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, API_KEY, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")

def push(invoice):
    return models.execute_kw(DB, uid, API_KEY, "account.move", "create", [{
        "move_type": "out_invoice",
        "partner_id": invoice["partner_id"],
        "ref": invoice["number"],
        "invoice_line_ids": [(0, 0, l) for l in invoice["lines"]],
    }])
`;
  }),

  bizDoc('biz-erpnext-curl-notes', ['command-line', 'http-auth', 'precision'], 'docs/erpnext-api.md', (k) => {
    const key = V.erpnextPart(k.g);
    const secret = V.erpnextPart(k.g);
    return `# ERPNext REST quick reference

Generate keys under *User > API Access > Generate Keys*. The secret is shown once.

\`\`\`bash
curl -s https://erp.kontor.example/api/resource/Sales%20Invoice?limit_page_length=5 \\
  -H "Authorization: token ${k.n(key)}:${k.s('token', secret)}"
\`\`\`

Same thing with Basic auth (base64 of key:secret):

\`\`\`bash
curl -s -H "Authorization: Basic ${k.http(V.b64(`${key}:${secret}`))}" https://erp.kontor.example/api/method/frappe.auth.get_logged_user
\`\`\`

For your own tests use \`Authorization: token <api_key>:<api_secret>\` and never commit the pair.
`;
  }),

  bizDoc(
    'biz-salesforce-build-properties',
    ['config-syntax', 'credential-file', 'precision'],
    'salesforce/build.properties',
    (k) => `# Ant Migration Tool
# Specify the login credentials for the desired Salesforce organization
sf.username = deploy@nordwind.example.prod
# The password is the user's password followed by the security token
sf.password = ${k.s('password', V.human(k.g) + V.sfSecurityToken(k.g))}
#sf.sessionId = <Insert your Salesforce session id here.  Use this or username/password above.  Cannot use both>
sf.serverurl = https://login.salesforce.com
sf.maxPoll = 200
`,
  ),

  bizDoc('biz-salesforce-connected-app-java', ['code', 'precision'], 'crm-sync/src/main/java/com/nordwind/crm/SalesforceAuth.java', (k) => {
    return `package com.nordwind.crm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Username-password OAuth flow against the connected app "ERP Sync". */
public final class SalesforceAuth {
    private static final String TOKEN_URL = "https://login.salesforce.com/services/oauth2/token";
    private static final String CLIENT_ID = "${k.n(V.sfConsumerKey(k.g))}";
    private static final String CLIENT_SECRET = "${k.prov('Salesforce consumer secret', V.sfConsumerSecret(k.g))}";
    private static final String USERNAME = "integration@nordwind.example";
    private static final String PASSWORD = "${k.hpw()}";
    private static final String SECURITY_TOKEN = "${k.s('token', V.sfSecurityToken(k.g))}";

    public static String login() throws Exception {
        String form = "grant_type=password&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET
            + "&username=" + USERNAME + "&password=" + PASSWORD + SECURITY_TOKEN;
        HttpRequest req = HttpRequest.newBuilder(URI.create(TOKEN_URL))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
`;
  }),

  bizDoc('biz-sfdx-auth-log', ['logs-and-output', 'http-auth', 'precision'], 'logs/sfdx-debug.log', (k) => {
    return `2024-10-30T08:01:13.221Z DEBUG sfdx:core AuthInfo: Creating AuthInfo for integration@nordwind.example
2024-10-30T08:01:13.980Z DEBUG sfdx:core request POST https://nordwind.my.salesforce.com/services/oauth2/token
2024-10-30T08:01:14.402Z DEBUG sfdx:core response {"access_token":"${k.prov('Salesforce access token', V.sfAccess(k.g))}","instance_url":"https://nordwind.my.salesforce.com","id":"https://login.salesforce.com/id/${k.n('00D' + k.g.alnum(15))}/${k.n('005' + k.g.alnum(15))}","token_type":"Bearer","issued_at":"1730275274390","signature":"${k.n(k.g.base64(43) + '=')}"}
2024-10-30T08:01:15.012Z DEBUG sfdx:core GET /services/data/v60.0/sobjects/Account/describe Authorization: Bearer ${k.n('00D' + k.g.alnum(12) + '!AQ****')}
2024-10-30T08:01:15.660Z INFO  sfdx:core Retrieved 214 fields
`;
  }),

  bizDoc(
    'biz-hubspot-zoho-config',
    ['config-syntax', 'precision'],
    'crm-bridge/config.yaml',
    (k) => `hubspot:
  portal_id: ${k.n(k.g.digits(8))}
  private_app_token: ${k.prov('HubSpot private app token', V.hubspot(k.g))}
  pipelines:
    default: "Sales Pipeline"
zoho:
  region: eu
  client_id: ${k.n(V.zohoClientId(k.g))}
  client_secret: ${k.s('token', k.g.hex(42))}
  refresh_token: ${k.prov('Zoho refresh token', V.zohoRefresh(k.g))}
  org_id: ${k.n(k.g.digits(9))}
mapping:
  deal_stage_won: closedwon
  owner_email_domain: nordwind.example
`,
  ),

  bizDoc(
    'biz-sap-cloud-connector-notes',
    ['prose', 'precision'],
    'docs/sap-btp-setup.md',
    (k) => `# SAP BTP / Cloud Connector setup notes

- Cloud Connector admin UI: https://scc01.nordwind.local:8443 (user \`Administrator\`, initial password ${k.u('manage')} changed on day 1 to \`${k.hpw()}\`).
- Subaccount: \`${k.n(k.g.uuid())}\` in region eu10.
- Destination \`S4_ODATA\` (BasicAuthentication): user \`BTP_TECH\`, password \`${k.gpw()}\`.
- Destination \`ARIBA\` uses OAuth2ClientCredentials: client id \`${k.n('sb-' + k.g.uuid() + '!b' + k.g.digits(5))}\`, client secret \`${k.s('token', k.g.uuid() + '$' + k.g.base64url(43) + '=')}\`.
- XSUAA service key lives in BTP cockpit, not here. \`clientsecret\` below is the **placeholder** from the template:

\`\`\`json
{ "clientid": "sb-app!t123", "clientsecret": "${k.ph()}", "url": "https://nordwind.authentication.eu10.hana.ondemand.com" }
\`\`\`
`,
  ),
];
