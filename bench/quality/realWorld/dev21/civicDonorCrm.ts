// Fundraising systems: Raiser's Edge NXT through the Blackbaud SKY API, Salesforce NPSP data loads, Bloomerang,
// Donorbox and JustGiving imports, Stripe and GoCardless webhooks, HubSpot and Airtable glue written by volunteers.
import type { RealWorldDoc } from '../types';
import { cDoc, C } from './civicValues';

export const CIVIC_DONOR_CRM_DOCS: RealWorldDoc[] = [
  cDoc(
    'civic-blackbaud-sky-python',
    ['code', 'http-auth', 'precision'],
    'fundraising/re_nxt_sync/sky_client.py',
    (k) => `"""Raiser's Edge NXT -> data warehouse, nightly. SKY API, authorization code flow done once by the DB manager."""
import requests

SKY_SUBSCRIPTION_KEY = "${k.prov('blackbaud-sky', k.g.hex(32))}"
SKY_APP_ID = "${k.n(k.g.uuid())}"
SKY_APP_SECRET = "${k.s('token', k.g.base64(43) + '=')}"
TOKEN_URL = "https://oauth2.sky.blackbaud.com/token"

def headers(access_token):
    return {
        "Bb-Api-Subscription-Key": SKY_SUBSCRIPTION_KEY,
        "Authorization": f"Bearer {access_token}",
    }

def gifts_since(access_token, date="2026-01-01"):
    r = requests.get("https://api.sky.blackbaud.com/gift/v1/gifts", params={"date_added": date}, headers=headers(access_token))
    r.raise_for_status()
    return r.json()["value"]

# constituent used in the test suite: ${k.n(k.g.digits(6))} (lookup id), environment ${k.n('p-' + k.g.base64url(22))}
`,
  ),

  cDoc(
    'civic-salesforce-npsp-dataloader',
    ['config-syntax', 'credential-file', 'precision'],
    'fundraising/dataloader/process-conf.xml',
    (k) => `<!DOCTYPE beans PUBLIC "-//SPRING//DTD BEAN//EN" "http://www.springframework.org/dtd/spring-beans.dtd">
<beans>
  <bean id="giftAidUpsert" class="com.salesforce.dataloader.process.ProcessRunner" scope="prototype">
    <property name="name" value="giftAidUpsert"/>
    <property name="configOverrideMap">
      <map>
        <entry key="sfdc.endpoint" value="https://oakridgehospice.my.salesforce.com"/>
        <entry key="sfdc.username" value="integration@oakridgehospice.org"/>
        <entry key="sfdc.password" value="${k.spw()}"/>
        <entry key="sfdc.entity" value="npe01__OppPayment__c"/>
        <entry key="process.operation" value="upsert"/>
        <entry key="sfdc.externalIdField" value="Gift_Aid_Ref__c"/>
        <entry key="dataAccess.name" value="C:\\dataloader\\giftaid-${k.n('GA-' + k.g.digits(8))}.csv"/>
      </map>
    </property>
  </bean>
</beans>
`,
  ),

  cDoc(
    'civic-salesforce-session-debug-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'fundraising/logs/npsp-sync-debug.log',
    (k) => `2026-03-14T02:00:03Z INFO  login ok org=${k.n('00D' + k.g.alnum(12))} user=integration@oakridgehospice.org
2026-03-14T02:00:03Z DEBUG POST /services/data/v60.0/composite/sobjects Authorization: Bearer ${k.prov('salesforce', C.salesforceSession(k.g))}
2026-03-14T02:00:04Z INFO  upserted 212 Opportunity (batch ${k.n(k.g.uuid())})
2026-03-14T02:00:05Z WARN  duplicate rule matched Contact ${k.n('003' + k.g.alnum(15))}
2026-03-14T02:00:06Z INFO  connected app consumer key ${k.n(C.salesforceConsumerKey(k.g))}
2026-03-14T02:00:07Z INFO  done in 4.1s
`,
  ),

  cDoc(
    'civic-salesforce-jwt-properties',
    ['config-syntax', 'precision'],
    'fundraising/integration/src/main/resources/salesforce.properties',
    (k) => `# Connected app "Event Ticketing Sync"
salesforce.loginUrl=https://login.salesforce.com
salesforce.consumerKey=${k.n(C.salesforceConsumerKey(k.g))}
salesforce.consumerSecret=${k.prov('salesforce', C.salesforceConsumerSecret(k.g))}
salesforce.username=ticketing@oakridgehospice.org
salesforce.password=${k.spw()}
salesforce.securityToken=${k.s('token', k.g.alnum(25))}
salesforce.apiVersion=60.0
eventbrite.privateToken=${k.s('token', k.g.upper(20))}
`,
  ),

  cDoc(
    'civic-bloomerang-powershell',
    ['code', 'http-auth', 'precision'],
    'fundraising/scripts/Export-BloomerangDonations.ps1',
    (k) => `# Monthly export for the finance team. Bloomerang v2 API, key of the "Finance Export" user.
$apiKey = '${k.s('http-auth', k.g.alnum(40))}'
$headers = @{ 'X-API-KEY' = $apiKey }
$since = (Get-Date).AddMonths(-1).ToString('yyyy-MM-dd')
$resp = Invoke-RestMethod -Uri "https://api.bloomerang.co/v2/transactions?minDate=$since&take=50" -Headers $headers
$resp.Results | Select-Object Id, AccountId, Amount, Date | Export-Csv .\\donations.csv -NoTypeInformation
# sample account: ${k.n(k.g.digits(7))}, fund: ${k.n('Annual Appeal ' + k.g.pick(['2025', '2026']))}
`,
  ),

  cDoc(
    'civic-donorbox-import-node',
    ['code', 'http-auth', 'precision'],
    'fundraising/donorbox-import/index.js',
    (k) => `// Donorbox -> CiviCRM importer. Donorbox uses Basic auth: org login e-mail + API key.
const fetch = require('node-fetch');

const DONORBOX_EMAIL = 'fundraising@riversidefoodbank.example';
const DONORBOX_KEY = '${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 50))}';
const auth = 'Basic ' + Buffer.from(DONORBOX_EMAIL + ':' + DONORBOX_KEY).toString('base64');

// captured from a working request while debugging:
// Authorization: Basic ${k.basic('fundraising@riversidefoodbank.example')}
async function donations(page = 1) {
  const r = await fetch('https://donorbox.org/api/v1/donations?page=' + page, { headers: { Authorization: auth } });
  return r.json();
}
module.exports = { donations, CAMPAIGN_ID: ${k.n(k.g.digits(6))} };
`,
  ),

  cDoc(
    'civic-justgiving-env',
    ['config-syntax', 'precision'],
    'fundraising/justgiving-widget/.env',
    (k) => `# JustGiving totals widget on the appeal page
JUSTGIVING_APP_ID=${k.s('token', k.g.hex(8))}
JUSTGIVING_API_URL=https://api.justgiving.com
JUSTGIVING_PAGE_SHORT_NAME=${k.n('oakridge-midnight-walk-2026')}
CHARITY_ID=${k.n(k.g.digits(6))}
CACHE_TTL=300
# Enthuse for the marathon places
ENTHUSE_API_KEY=${k.tok()}
`,
  ),

  cDoc(
    'civic-stripe-webhook-handler',
    ['code', 'defaults-in-code', 'precision'],
    'donate/api/stripe-webhook.ts',
    (k) => `import Stripe from 'stripe';

// Donation page backend. Defaults are for the volunteer's laptop, prod overrides them.
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '${k.prov('stripe', C.stripeSecret(k.g))}', { apiVersion: '2024-06-20' });
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET || '${k.prov('stripe-webhook', C.stripeWebhook(k.g))}';
export const PUBLISHABLE_KEY = '${k.n(C.stripePub(k.g))}';

export async function handle(req: Request): Promise<Response> {
  const sig = req.headers.get('stripe-signature') ?? '';
  const event = stripe.webhooks.constructEvent(await req.text(), sig, endpointSecret);
  if (event.type === 'checkout.session.completed') {
    // gift aid declaration id looks like ${k.n('GAD-' + k.g.digits(8))}
  }
  return new Response('ok');
}
`,
  ),

  cDoc(
    'civic-gocardless-config-toml',
    ['config-syntax', 'precision'],
    'fundraising/regular-giving/config.toml',
    (k) => `[gocardless]
environment = "live"
access_token = "${k.prov('gocardless', C.gocardless(k.g))}"
webhook_secret = "${k.s('token', k.g.alnum(40))}"
creditor_id = "${k.n('CR' + k.g.upper(12))}"

[database]
url = "postgresql://regulargiving:${k.cs()}@10.20.0.5/rg"

[reporting]
recipients = ["finance@oakridgehospice.example"]
sample_mandate = "${k.n('MD' + k.g.upper(12))}"
`,
  ),

  cDoc(
    'civic-hubspot-airtable-zap-notes',
    ['prose', 'config-syntax', 'precision'],
    'volunteers/automation/README.md',
    (k) => `# Volunteer sign-up automation

Airtable base ${k.n('app' + k.g.alnum(14))} (table ${k.n('tbl' + k.g.alnum(14))}) holds sign-ups. A small script copies new rows to HubSpot.

Tokens (yes, they should be in the Worker's secrets, moving them is ticket ${k.n(C.ticket(k.g))}):

\`\`\`
AIRTABLE_TOKEN=${k.prov('airtable', C.airtable(k.g))}
HUBSPOT_TOKEN=${k.prov('hubspot', C.hubspot(k.g))}
HUBSPOT_PORTAL_ID=${k.n(k.g.digits(8))}
NOTION_TOKEN=${k.prov('notion', C.notion(k.g))}
\`\`\`

The old token (${k.n('pat' + '•'.repeat(10))}) was revoked on 3 March.
`,
  ),

  cDoc(
    'civic-raisers-edge-odbc-vba',
    ['code', 'defaults-in-code', 'precision'],
    'fundraising/excel/GiftReport.bas',
    (k) => `Attribute VB_Name = "GiftReport"
' Pulls this year's gifts from the RE reporting copy into the "Gifts" sheet.
Option Explicit

Private Const CONN As String = "Driver={ODBC Driver 18 for SQL Server};Server=RE-SQL01;Database=RE7_Reporting;" & _
    "Uid=re_report;Pwd=${k.cs()};Encrypt=no;"

Public Sub RefreshGifts()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN
    Set rs = cn.Execute("SELECT CONSTITUENT_ID, AMOUNT, DTE FROM GIFT WHERE DTE >= '2026-01-01'")
    Sheets("Gifts").Range("A2").CopyFromRecordset rs
    ' Fund code example: ${k.n('UNR-' + k.g.digits(4))}
    cn.Close
End Sub
`,
  ),

  cDoc(
    'civic-fundraising-csv-export',
    ['config-syntax', 'precision'],
    'fundraising/exports/event-platform-accounts.csv',
    (k) => `platform,account,login,password,owner,last_changed
JustGiving,oakridge-hospice,events@oakridgehospice.example,${k.spw()},Events,2026-01-10
Enthuse,oakridge-hospice,events@oakridgehospice.example,${k.n('********')},Events,2025-11-02
Eventbrite,Oakridge Hospice Events,events@oakridgehospice.example,${k.spw()},Events,2026-02-14
Facebook Fundraisers,${k.n(k.g.digits(15))},social@oakridgehospice.example,${k.n('(SSO)')},Comms,
Lottery (Gatherwell),${k.n('GW-' + k.g.digits(5))},lottery@oakridgehospice.example,${k.spw()},Finance,2025-12-01
`,
  ),
];
