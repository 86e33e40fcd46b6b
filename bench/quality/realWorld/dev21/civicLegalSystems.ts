// Law-firm systems: document management (iManage, NetDocuments, Worldox), practice management (Clio, PracticePanther,
// LEAP), e-signature integrations and time-billing exports, as config files and the scripts that glue them together.
import type { RealWorldDoc } from '../types';
import { cDoc, C } from './civicValues';

export const CIVIC_LEGAL_SYSTEMS_DOCS: RealWorldDoc[] = [
  cDoc(
    'civic-imanage-sync-appsettings',
    ['config-syntax', 'precision'],
    'ImanageSync/appsettings.Production.json',
    (k) => `{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "iManage": {
    "ServerUrl": "https://dms.hartley-baxter.example",
    "Library": "ACTIVE",
    "ClientId": "${k.n(k.g.uuid())}",
    "ClientSecret": "${k.tok()}",
    "ServiceUser": "svc-imanage-import",
    "ServicePassword": "${k.spw()}",
    "DefaultWorkspaceTemplate": "${k.n('LIT-Standard-v4')}"
  },
  "ConnectionStrings": {
    "Staging": "Server=sql02;Database=DmsStaging;User Id=dms_stage;Password=${k.cs()};TrustServerCertificate=True"
  },
  "TestMatter": "${k.n(C.matter(k.g))}"
}
`,
  ),

  cDoc(
    'civic-netdocuments-python-export',
    ['code', 'http-auth', 'precision'],
    'scripts/nd_export_matter.py',
    (k) => `"""Export all documents of one matter from NetDocuments to the litigation share."""
import requests

ND_BASE = "https://api.vault.netvoyage.com/v2"
CLIENT_ID = "${k.n('AP-' + k.g.upper(8))}"
CLIENT_SECRET = "${k.tok()}"  # TODO move to key vault
REPOSITORY = "${k.n('CA-' + k.g.upper(8))}"

def token():
    r = requests.post("https://api.vault.netvoyage.com/v1/OAuth",
                      auth=(CLIENT_ID + "|" + REPOSITORY, CLIENT_SECRET),
                      data={"grant_type": "client_credentials", "scope": "full"})
    return r.json()["access_token"]

def export(matter="${k.n(C.matter(k.g))}"):
    # hardcoded token from Postman while the OAuth call was failing
    headers = {"Authorization": "Bearer ${k.bearer()}"}
    return requests.get(f"{ND_BASE}/Search/{REPOSITORY}", params={"q": f"=1001({matter})"}, headers=headers)
`,
  ),

  cDoc(
    'civic-worldox-ini',
    ['config-syntax', 'precision'],
    'Worldox/WDADMIN.INI',
    (k) => `[Worldox]
Version=GX4
IndexServer=WDXIDX01
ProfileGroup=${k.n('CLIENT-MATTER')}

[SQL]
Server=WDXSQL01\\WORLDOX
Database=WDX_Index
UID=wdx_index
PWD=${k.cs()}

[WebServices]
AdminUser=wdxadmin
AdminPass=${k.spw()}
SampleMatter=${k.n(C.matter(k.g))}
LicenseHash=${k.n(C.md5(k.g))}
`,
  ),

  cDoc(
    'civic-clio-integration-env',
    ['config-syntax', 'precision'],
    'clio-intake/.env.production',
    (k) => `# Intake form -> Clio Manage (matters + contacts)
CLIO_REGION=eu
CLIO_CLIENT_ID=${k.n(k.g.alnum(40))}
CLIO_CLIENT_SECRET=${k.s('token', k.g.alnum(40))}
CLIO_REFRESH_TOKEN=${k.tok()}
CLIO_REDIRECT_URI=https://intake.hartley-baxter.example/oauth/callback
SESSION_SECRET=${k.tok()}
DATABASE_URL=postgres://intake:${k.cs()}@db.internal:5432/intake
# copy of last year's staging values, unused
STAGING_CLIO_CLIENT_SECRET=${k.ph()}
RECAPTCHA_SITE_KEY=${k.n(C.recaptchaSite(k.g))}
RECAPTCHA_SECRET_KEY=${k.prov('recaptcha', C.recaptchaSite(k.g))}
`,
  ),

  cDoc(
    'civic-practicepanther-powershell',
    ['code', 'http-auth', 'precision'],
    'scripts/Sync-PracticePantherTime.ps1',
    (k) => `# Pulls last week's time entries from PracticePanther into the billing share as CSV.
$ppBase = 'https://app.practicepanther.com/api/v2'
$clientId = '${k.n(k.g.uuid())}'
$clientSecret = '${k.tok()}'
$refresh = Get-Content "$env:ProgramData\\PPSync\\refresh.txt"

$body = @{ grant_type = 'refresh_token'; refresh_token = $refresh; client_id = $clientId; client_secret = $clientSecret }
$tok = Invoke-RestMethod -Method Post -Uri 'https://app.practicepanther.com/oauth/token' -Body $body

$headers = @{ Authorization = "Bearer $($tok.access_token)" }
$entries = Invoke-RestMethod -Uri "$ppBase/timeentries?date_from=2026-03-02" -Headers $headers
$entries | Export-Csv "\\\\HB-FS01\\Billing\\pp-time-$(Get-Date -f yyyyMMdd).csv" -NoTypeInformation

# Matter used for the smoke test: ${k.n(C.matter(k.g))}
`,
  ),

  cDoc(
    'civic-leap-sql-linked-server',
    ['code', 'config-syntax', 'precision'],
    'sql/leap_reporting_linked_server.sql',
    (k) => `-- Reporting database reads from the LEAP cloud export (nightly). Recreated after the 2026 server move.
EXEC master.dbo.sp_addlinkedserver @server = N'LEAPEXPORT', @srvproduct = N'', @provider = N'MSOLEDBSQL',
     @datasrc = N'leap-export.firm.example,1433';
EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname = N'LEAPEXPORT', @useself = N'False',
     @locallogin = NULL, @rmtuser = N'rpt_reader', @rmtpassword = N'${k.spw()}';

-- Matter ids look like ${k.n(C.matter(k.g))}; trust account ledger in GBP.
SELECT m.MatterNumber, m.ClientCode, SUM(t.Units) AS Units
FROM LEAPEXPORT.Leap.dbo.TimeEntries t JOIN LEAPEXPORT.Leap.dbo.Matters m ON m.Id = t.MatterId
GROUP BY m.MatterNumber, m.ClientCode;
`,
  ),

  cDoc(
    'civic-docusign-jwt-node',
    ['code', 'credential-file', 'precision'],
    'engagement-letters/src/docusignClient.js',
    (k) => `// Sends engagement letters for signature. JWT grant, impersonating the conflicts team's user.
const docusign = require('docusign-esign');

const INTEGRATION_KEY = '${k.n(k.g.uuid())}';
const USER_ID = '${k.n(k.g.uuid())}';
const ACCOUNT_ID = '${k.n(k.g.uuid())}';
// pasted here while the key vault was down; remove!
const PRIVATE_KEY = \`${k.key(C.pem(k.g, 'RSA PRIVATE KEY'))}\`;

async function client() {
  const api = new docusign.ApiClient({ basePath: 'https://eu.docusign.net/restapi' });
  const res = await api.requestJWTUserToken(INTEGRATION_KEY, USER_ID, ['signature', 'impersonation'], Buffer.from(PRIVATE_KEY), 3600);
  api.addDefaultHeader('Authorization', 'Bearer ' + res.body.access_token);
  return api;
}
module.exports = { client, ACCOUNT_ID };
`,
  ),

  cDoc(
    'civic-adobe-sign-config-yaml',
    ['config-syntax', 'precision'],
    'conveyancing-portal/config/esign.yml',
    (k) => `esign:
  provider: adobe-sign
  api_base: https://api.eu1.adobesign.com/api/rest/v6
  integration_key: ${k.prov('adobe-sign', C.adobeSign(k.g))}
  sender_email: completions@conveyancing.example
  callback_url: https://portal.conveyancing.example/hooks/adobe
  # client id of the OAuth app, public
  oauth_client_id: ${k.n('CBJCHBCAABAA' + k.g.alnum(32))}
  oauth_client_secret: ${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 32))}
  template_ids:
    contract_pack: ${k.n('CBJCHBCAABAA' + k.g.alnum(32))}
    transfer_deed: ${k.n('CBJCHBCAABAA' + k.g.alnum(32))}
`,
  ),

  cDoc(
    'civic-time-billing-export-csv',
    ['precision', 'config-syntax'],
    'exports/billing/ebilling-ledes-upload-2026-03.csv',
    (k) => `matter_number,client,timekeeper,hours,rate,portal,portal_user,portal_password,notes
${k.n(C.matter(k.g))},004711,LB,12.4,420,Legal Tracker,hb_billing,${k.spw()},LEDES 1998B
${k.n(C.matter(k.g))},004711,PS,3.1,310,Legal Tracker,hb_billing,${k.n('(same)')},
${k.n(C.matter(k.g))},009230,MO,7.0,395,CounselLink,hb.ebill,${k.spw()},client portal changed Jan
${k.n(C.matter(k.g))},009230,JK,1.2,250,CounselLink,hb.ebill,${k.n('*****')},masked in export
${k.n(C.matter(k.g))},011876,DW,22.5,450,Bottomline,${k.n('n/a')},${k.n('n/a')},uploaded by client
`,
  ),

  cDoc(
    'civic-imanage-work-registry',
    ['config-syntax', 'credential-file', 'precision'],
    'deploy/imanage-agent.reg',
    (k) => `Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\iManage\\Work\\Agent]
"ServerURL"="https://dms.hartley-baxter.example"
"Library"="ACTIVE"
"ServiceAccount"="HB\\\\svc-imanage-agent"
"ServicePassword"="${k.spw()}"
"ProxyPassword"="${k.n('')}"
"InstallId"="${k.n('{' + k.g.uuid().toUpperCase() + '}')}"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\iManage\\Work\\Agent\\Email]
"SmtpUser"="dms-notify@hartley-baxter.example"
"SmtpPassword"="${k.spw()}"
`,
  ),

  cDoc(
    'civic-conflicts-check-csharp',
    ['code', 'defaults-in-code', 'precision'],
    'ConflictsCheck/Services/IntapiClient.cs',
    (k) => `using System.Net.Http.Headers;

namespace ConflictsCheck.Services;

// Calls the Intapp Open conflicts API for new intake requests.
public sealed class IntappClient
{
    private const string BaseUrl = "https://open.intapp.example/api/v1";
    private const string ApiUser = "conflicts-bot";
    // TODO(ps): read from config, this is the prod key
    private const string ApiKey = "${k.tok()}";
    private static readonly string SamplePartyId = "${k.n(k.g.uuid())}";

    public static HttpClient Create(string? apiKey = null)
    {
        var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey ?? ApiKey);
        http.DefaultRequestHeaders.Add("X-Api-User", ApiUser);
        return http;
    }
}
`,
  ),

  cDoc(
    'civic-law-firm-m365-graph-env',
    ['config-syntax', 'precision'],
    'matter-mailbox-filer/.env',
    (k) => `# Files e-mails to matters from the shared mailbox (Graph API, app-only)
AZURE_TENANT_ID=${k.n(k.g.uuid())}
AZURE_CLIENT_ID=${k.n(k.g.uuid())}
AZURE_CLIENT_SECRET=${k.prov('azure-ad', C.azureSecret(k.g))}
MAILBOX=filing@hartley-baxter.example
MATTER_REGEX=^[0-9]{5}\\.[0-9]{4}$
EXAMPLE_MATTER=${k.n(C.matter(k.g))}
SLACK_WEBHOOK_URL=${k.prov('slack-webhook', C.slackHook(k.g))}
`,
  ),
];
