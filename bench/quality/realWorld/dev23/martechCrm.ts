// Sales CRM: Salesforce admins' sfdx and simple_salesforce scripts, HubSpot private apps, Pipedrive and Zoho
// integrations, with record ids, org ids, pipeline ids and owner ids all around.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './martechValues';

export const MARTECH_CRM_DOCS: RealWorldDoc[] = [
  mDoc(
    'martech-simple-salesforce-export-py',
    ['code', 'defaults-in-code', 'precision'],
    'analytics/sf_opportunity_export.py',
    (k) => `from simple_salesforce import Salesforce
import pandas as pd

sf = Salesforce(
    username="integration.user@brand.example",
    password="${k.pw()}",
    security_token="${k.prov('Salesforce security token', V.sfSecurityToken(k.g))}",
    domain="login",
)

SOQL = """
SELECT Id, Name, StageName, Amount, OwnerId FROM Opportunity
WHERE CloseDate = THIS_QUARTER AND AccountId = '${k.n(V.sfId(k.g))}'
"""
df = pd.DataFrame(sf.query_all(SOQL)["records"]).drop(columns="attributes")
df.to_csv("opps_this_quarter.csv", index=False)
`,
  ),
  mDoc(
    'martech-sfdx-auth-url-readme',
    ['prose', 'command-line', 'precision'],
    'salesforce/README.md',
    (k) => `# Salesforce metadata repo

Deploys run from GitHub Actions with the JWT flow (\`${k.n('secrets.SF_JWT_KEY')}\`). For a quick local login to the
UAT sandbox you can also use the stored auth url:

\`\`\`sh
echo "force://PlatformCLI::${k.s('token', `5Aep861${k.g.alnum(80)}`)}@brand--uat.sandbox.my.salesforce.com" > uat.url
sf org login sfdx-url --sfdx-url-file uat.url --alias uat
\`\`\`

Org id of production: ${k.n(`00D${k.g.alnum(12)}`)} · Connected app consumer key (public, fine to share):
${k.n(V.sfConsumerKey(k.g))}
`,
  ),
  mDoc(
    'martech-sf-connected-app-properties',
    ['config-syntax', 'precision'],
    'integration/src/main/resources/salesforce.properties',
    (k) => `# Connected app "ERP Sync" – production
sf.loginUrl=https://login.salesforce.com
sf.clientId=${k.n(V.sfConsumerKey(k.g))}
sf.clientSecret=${k.prov('Salesforce consumer secret', V.sfConsumerSecret(k.g))}
sf.username=erp.sync@brand.example
sf.password=${k.spw()}${k.prov('Salesforce security token', V.sfSecurityToken(k.g))}
sf.apiVersion=61.0
sf.defaultOwnerId=${k.n(V.sfId(k.g))}
sf.pollIntervalSeconds=300
`,
  ),
  mDoc(
    'martech-hubspot-private-app-node',
    ['code', 'http-auth', 'precision'],
    'scripts/hubspot-dedupe.mjs',
    (k) => `import { Client } from '@hubspot/api-client';

// private app "dedupe-bot" in portal ${k.n(k.g.digits(8))}
const hubspot = new Client({ accessToken: '${k.prov('HubSpot', V.hubspot(k.g))}' });

const PIPELINE_ID = '${k.n(k.g.digits(9))}';
const resp = await hubspot.crm.contacts.searchApi.doSearch({
  filterGroups: [{ filters: [{ propertyName: 'hs_analytics_source', operator: 'EQ', value: 'PAID_SOCIAL' }] }],
  limit: 100,
});
console.log(resp.total, 'contacts from paid social');
`,
  ),
  mDoc(
    'martech-hubspot-slack-thread',
    ['prose', 'precision'],
    'exports/slack/revops-2026-02.txt',
    (k) => `[09:12] Jana: anyone got the hubspot token for the webinar sync? the old one stopped working
[09:14] Marco: new private app, scopes crm.objects.contacts.write: ${k.prov('HubSpot', V.hubspot(k.g))}
[09:14] Marco: portal is ${k.n(k.g.digits(8))}, form guid ${k.n(k.g.uuid())}
[09:15] Jana: 🙏 and the login for the shared sales seat?
[09:16] Marco: sales-shared@brand.example / ${k.hpw()}
[09:30] Security bot: A credential-looking string was posted in #revops. Please rotate it.
[09:31] Marco: yeah yeah, will do after the QBR
`,
  ),
  mDoc(
    'martech-pipedrive-gsheet-apps-script',
    ['code', 'defaults-in-code', 'precision'],
    'apps-script/pipedrive_deals.gs',
    (k) => `// Pulls open deals from Pipedrive into the "Forecast" tab every morning.
const PD_TOKEN = '${k.prov('Pipedrive', V.pipedrive(k.g))}';
const PD_DOMAIN = 'brand';
const STAGE_IDS = [${k.n(String(V.num(k.g, 1, 40)))}, ${V.num(k.g, 41, 80)}, ${V.num(k.g, 81, 120)}];

function pullDeals() {
  const url = 'https://' + PD_DOMAIN + '.pipedrive.com/api/v1/deals?status=open&api_token=' + PD_TOKEN;
  const data = JSON.parse(UrlFetchApp.fetch(url).getContentText()).data;
  const sheet = SpreadsheetApp.getActive().getSheetByName('Forecast');
  sheet.getRange(2, 1, data.length, 3).setValues(data.map((d) => [d.id, d.title, d.value]));
}
`,
  ),
  mDoc(
    'martech-zoho-refresh-token-env',
    ['config-syntax', 'precision'],
    'services/zoho-bridge/.env',
    (k) => `ZOHO_ACCOUNTS_URL=https://accounts.zoho.eu
ZOHO_CLIENT_ID=1000.${k.n(k.g.upper(30))}
ZOHO_CLIENT_SECRET=${k.s('token', k.g.hex(42))}
ZOHO_REFRESH_TOKEN=${k.prov('Zoho', V.zohoRefresh(k.g))}
ZOHO_ORG_ID=${k.n(k.g.digits(9))}
ZOHO_MODULE=Leads
REDIS_URL=redis://:${k.cs()}@redis.internal:6379/2
`,
  ),
  mDoc(
    'martech-sf-data-loader-process-conf',
    ['config-syntax', 'precision'],
    'dataloader/process-conf.xml',
    (k) => `<!DOCTYPE beans PUBLIC "-//SPRING//DTD BEAN//EN" "http://www.springframework.org/dtd/spring-beans.dtd">
<beans>
  <bean id="accountInsert" class="com.salesforce.dataloader.process.ProcessRunner" scope="prototype">
    <property name="name" value="accountInsert"/>
    <property name="configOverrideMap">
      <map>
        <entry key="sfdc.endpoint" value="https://login.salesforce.com"/>
        <entry key="sfdc.username" value="dataloader@brand.example"/>
        <!-- encrypted with encrypt.bat -e, key file below -->
        <entry key="sfdc.password" value="${k.n(k.g.hex(96))}"/>
        <entry key="process.encryptionKeyFile" value="C:\\dataloader\\key.txt"/>
        <entry key="process.operation" value="insert"/>
        <entry key="dataAccess.name" value="C:\\dataloader\\accounts_${k.n(V.payrollRun(k.g))}.csv"/>
      </map>
    </property>
  </bean>
  <bean id="contactUpsert" class="com.salesforce.dataloader.process.ProcessRunner" scope="prototype">
    <property name="configOverrideMap">
      <map>
        <entry key="sfdc.username" value="dataloader@brand.example"/>
        <!-- plain password, encryption broke on the new laptop -->
        <entry key="sfdc.password" value="${k.spw()}"/>
      </map>
    </property>
  </bean>
</beans>
`,
  ),
  mDoc(
    'martech-hubspot-webhook-verify-py',
    ['code', 'defaults-in-code', 'precision'],
    'webhooks/hubspot_verify.py',
    (k) => `import hashlib
import hmac
import os

# App secret of the public app "Brand Sync" (developer account), used for v3 signatures.
CLIENT_SECRET = os.environ.get("HUBSPOT_CLIENT_SECRET", "${k.s('token', k.g.uuid())}")
APP_ID = ${k.n(k.g.digits(7))}
CLIENT_ID = "${k.n(k.g.uuid())}"

def valid(signature: str, method: str, uri: str, body: str, ts: str) -> bool:
    expected = hmac.new(CLIENT_SECRET.encode(), f"{method}{uri}{body}{ts}".encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
`,
  ),
  mDoc(
    'martech-crm-migration-notes-pt',
    ['prose', 'precision'],
    'docs/pt-br/migracao-crm.md',
    (k) => `# Migração Pipedrive → HubSpot (equipe comercial SP)

1. Exportar negócios do Pipedrive. Token da API da conta comercial: ${k.prov('Pipedrive', V.pipedrive(k.g))}
2. Importar no HubSpot com o app privado "migracao": ${k.prov('HubSpot', V.hubspot(k.g))}
3. Conferir o pipeline ${k.n(k.g.digits(9))} e os proprietários (ID do proprietário ${k.n(k.g.digits(8))}).

Senha do usuário admin do Pipedrive (trocar depois!): ${k.hpw()}
CNPJ do cliente de teste: ${k.n(`${k.g.digits(2)}.${k.g.digits(3)}.${k.g.digits(3)}/0001-${k.g.digits(2)}`)}
`,
  ),
  mDoc(
    'martech-salesforce-apex-named-cred',
    ['code', 'defaults-in-code', 'precision'],
    'force-app/main/default/classes/ErpCallout.cls',
    (k) => `public with sharing class ErpCallout {
    // Named credential holds the real login; the fallback below was for the sandbox demo.
    private static final String ENDPOINT = 'callout:ERP_Orders';
    private static final String FALLBACK_USER = 'sf_integration';
    private static final String FALLBACK_PASS = '${k.pw()}';

    public static HttpResponse send(String body) {
        HttpRequest req = new HttpRequest();
        req.setEndpoint(ENDPOINT + '/orders');
        req.setMethod('POST');
        req.setHeader('Authorization', 'Basic ' + EncodingUtil.base64Encode(Blob.valueOf(FALLBACK_USER + ':' + FALLBACK_PASS)));
        req.setHeader('X-Account', '${k.n(V.sfId(k.g))}');
        req.setBody(body);
        return new Http().send(req);
    }
}
`,
  ),
  mDoc(
    'martech-sf-access-token-curl',
    ['command-line', 'http-auth', 'precision'],
    'notes/sf-rest-debug.txt',
    (k) => `# got this from "sf org display --target-org prod" for the dashboard bug
curl https://brand.my.salesforce.com/services/data/v61.0/sobjects/Lead/${k.n(V.sfId(k.g))} \\
  -H "Authorization: Bearer ${k.prov('Salesforce', V.sfAccessToken(k.g))}" \\
  -H "X-PrettyPrint: 1"

# lead owner ${k.n(V.sfId(k.g))}, record type ${k.n(`012${k.g.alnum(15)}`)}
`,
  ),
  mDoc(
    'martech-zoho-deluge-function',
    ['code', 'defaults-in-code', 'precision'],
    'zoho/functions/sync_to_books.dg',
    (k) => `// Deluge function: push closed-won deals to Zoho Books
orgId = "${k.n(k.g.digits(9))}";
headers = Map();
headers.put("Authorization", "Zoho-oauthtoken ${k.http(`1000.${k.g.hex(32)}.${k.g.hex(32)}`)}");
deal = zoho.crm.getRecordById("Deals", dealId);
invoice = Map();
invoice.put("customer_id", deal.get("Account_Name").get("id"));
resp = invokeurl
[
  url :"https://www.zohoapis.eu/books/v3/invoices?organization_id=" + orgId
  type :POST
  parameters:invoice.toString()
  headers:headers
];
info resp;
`,
  ),
  mDoc(
    'martech-crm-admin-onboarding-nl',
    ['prose', 'precision'],
    'docs/nl/crm-onboarding.md',
    (k) => `# Onboarding nieuwe sales collega's

Welkom! Je krijgt een Salesforce-licentie via IT (ticket ${k.n(V.ticket(k.g))}).

- Tijdelijk wachtwoord voor je eerste login: ${k.hpw()} – je moet dit meteen wijzigen.
- Gedeeld account voor LinkedIn Sales Navigator: sales-nav@merk.example, wachtwoord ${k.pw()}
- Je eigen wachtwoord zet je in de password manager, nooit in deze wiki (${k.n('[REDACTED]')}).
- Account-ID van de grootste klant om mee te oefenen: ${k.n(V.sfId(k.g))}
`,
  ),
];
