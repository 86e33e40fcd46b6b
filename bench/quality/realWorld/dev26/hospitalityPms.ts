// Property-management-system interfaces: OPERA Cloud / OHIP, Mews, Apaleo, Protel, Cloudbeds, Clock PMS and RMS
// connector configs as integrators leave them, in the syntaxes those connectors read.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './hospitalityValues';

export const HOSPITALITY_PMS_DOCS: RealWorldDoc[] = [
  hDoc(
    'hosp-ohip-interface-yaml',
    ['config-syntax', 'precision'],
    'integrations/opera-cloud/ohip.yaml',
    (k) => `# OHIP connection for the guest-messaging service (chain ${k.n('SEEBL')}, property ${k.n(H.propertyCode(k.g))})
ohip:
  gateway: https://mtce4.hospitality-api.eu-frankfurt-1.ocs.oraclecloud.com
  appKey: ${k.u(k.g.uuid())}
  clientId: ${k.n(`SEEBL_Client_${k.g.digits(4)}`)}
  clientSecret: ${k.tok()}
  enterpriseId: ${k.n('SEEBLCORP')}
  integrationUser:
    username: SEEBL_INT_MSG
    password: ${k.pw()}
  hotelIds: [${k.n(H.propertyCode(k.g))}, ${k.n(H.propertyCode(k.g))}]
  tokenCacheTtl: 3300
`,
  ),
  hDoc(
    'hosp-mews-connector-json',
    ['config-syntax', 'precision'],
    'config/mews.connector.json',
    (k) => `{
  "environment": "production",
  "platformAddress": "https://api.mews.com",
  "clientToken": "${k.prov('Mews', H.mewsToken(k.g))}",
  "accessToken": "${k.prov('Mews', H.mewsToken(k.g))}",
  "client": "Seeblick Upsell 2.3.1",
  "enterpriseId": "${k.n(k.g.uuid())}",
  "serviceId": "${k.n(k.g.uuid())}",
  "demoClientToken": "${k.n('{{MEWS_DEMO_CLIENT_TOKEN}}')}"
}
`,
  ),
  hDoc(
    'hosp-apaleo-oauth-env',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'services/rate-pusher/.env.production',
    (k) => `# apaleo client credentials (Connect app "rate-pusher")
APALEO_IDENTITY_URL=https://identity.apaleo.com/connect/token
APALEO_CLIENT_ID=${k.n('SBLK-SP-RATEPUSH')}
APALEO_CLIENT_SECRET=${k.tok()}
APALEO_PROPERTY_IDS=${k.n('MUC')},${k.n('BER')},${k.n('HAM')}
DATABASE_URL=postgres://ratepusher:${k.cs()}@db.internal:5432/rates
REDIS_URL=redis://cache.internal:6379/2
SENTRY_DSN=${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}
`,
  ),
  hDoc(
    'hosp-protel-ini',
    ['config-syntax', 'precision'],
    'C:/protel/Interfaces/pifcfg.ini',
    (k) => `[Database]
Server=PROTEL-SQL\\PROTEL
Database=protel
User=proteluser
Password=${k.dev()}
; sa password is in KeePass, folder "Hotel Lindenhof / protel"
SaPassword=${k.n('<see KeePass>')}

[Interface_POS]
Type=FIAS
Host=${H.ipv4(k.g, '192.168')}
Port=5010
RoomRange=${k.n('101-845')}

[Interface_Keycard]
Vendor=Salto
SiteCode=${k.u(H.siteCode(k.g))}
OperatorPin=${k.u(k.g.digits(4))}
`,
  ),
  hDoc(
    'hosp-cloudbeds-python',
    ['code', 'defaults-in-code', 'precision'],
    'cloudbeds_sync/settings.py',
    (k) => `import os

CLOUDBEDS_API = "https://api.cloudbeds.com/api/v1.2"
# Property API key generated under Settings > Apps & Marketplace > API credentials
CLOUDBEDS_API_KEY = os.environ.get("CLOUDBEDS_API_KEY", "${k.prov('Cloudbeds', H.cloudbeds(k.g))}")
CLOUDBEDS_PROPERTY_ID = ${k.n(k.g.digits(6))}
SHEET_ID = "${k.n(k.g.base64url(44))}"
WEBHOOK_SHARED_SECRET = os.environ["CB_WEBHOOK_SECRET"]
SYNC_USER = "night-audit"
SYNC_PASSWORD = "${k.pw()}"
`,
  ),
  hDoc(
    'hosp-clock-pms-xml',
    ['config-syntax', 'precision'],
    'connectors/clockpms/connector.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<connector name="clock-pms" enabled="true">
  <endpoint>https://sky-eu1.clock-software.com/api/v1</endpoint>
  <account id="${k.n(k.g.digits(5))}" subscription="${k.n(k.g.digits(4))}"/>
  <apiUser>interface.restaurant</apiUser>
  <apiKey>${k.tok()}</apiKey>
  <outlet code="${k.n('REST01')}" revenueCenter="${k.n('F&amp;B')}"/>
  <postingAccount>${k.n(H.folio(k.g))}</postingAccount>
  <certificateThumbprint>${k.n(H.thumbprint(k.g))}</certificateThumbprint>
</connector>
`,
  ),
  hDoc(
    'hosp-rms-cloud-properties',
    ['config-syntax', 'precision'],
    'rms-bridge/src/main/resources/application-prod.properties',
    (k) => `rms.api.base=https://restapi12.rmscloud.com
rms.agent.id=${k.n(k.g.digits(4))}
rms.agent.password=${k.gpw()}
rms.client.id=${k.n(k.g.digits(5))}
rms.client.password=${k.spw()}
rms.property.ids=${k.n('1,3,7')}
spring.datasource.url=jdbc:sqlserver://sql01.hotels.local;databaseName=rmsbridge
spring.datasource.username=rmsbridge
spring.datasource.password=${k.cs()}
management.endpoints.web.exposure.include=health
`,
  ),
  hDoc(
    'hosp-opera-fias-txt',
    ['config-syntax', 'prose', 'precision'],
    'docs/interfaces/opera-ifc8-notes.txt',
    (k) => `OPERA IFC8 – interface PC in the server room (rack B)
----------------------------------------------------
IFC8 host: ${H.ipv4(k.g, '10.20')}   Windows local admin: ifcadmin / ${k.hpw()}
OPERA interface user: IFC_POS   pwd ${k.dev()}
FIAS link: LS/LA every 60 s; record types GI GO GC PS PA
Reservation numbers look like ${k.n(H.confirmation(k.g))}; folio window 1 = ${k.n(H.folio(k.g))}
Oracle support SR: ${k.n(`3-${k.g.digits(11)}`)}
Do NOT change the DB link password (opera/${k.n('<db-link-password>')}) without Oracle.
`,
  ),
  hDoc(
    'hosp-mews-csharp-client',
    ['code', 'defaults-in-code', 'precision'],
    'src/Hotel.Upsell/MewsClient.cs',
    (k) => `using System.Net.Http.Json;

namespace Hotel.Upsell;

public sealed class MewsClient
{
    // TODO move to Key Vault before go-live (ticket ${k.n(H.ticket(k.g))})
    private const string ClientToken = "${k.prov('Mews', H.mewsToken(k.g))}";
    private const string AccessToken = "${k.prov('Mews', H.mewsToken(k.g))}";
    private const string ClientName = "Hotel.Upsell 1.4";
    private readonly HttpClient _http;

    public MewsClient(HttpClient http) => _http = http;

    public Task<HttpResponseMessage> GetReservations(DateTime from, DateTime to) =>
        _http.PostAsJsonAsync("/api/connector/v1/reservations/getAll/2023-06-06", new
        {
            ClientToken, AccessToken, Client = ClientName,
            StartUtc = from, EndUtc = to, Limitation = new { Count = 100 }
        });
}
`,
  ),
  hDoc(
    'hosp-apaleo-terraform',
    ['config-syntax', 'precision'],
    'infra/apaleo-webhooks.tf',
    (k) => `variable "apaleo_client_secret" {
  type      = string
  sensitive = true
}

resource "aws_ssm_parameter" "apaleo_secret" {
  name  = "/hotel/apaleo/client_secret"
  type  = "SecureString"
  value = var.apaleo_client_secret
}

resource "aws_ssm_parameter" "webhook_hmac" {
  name  = "/hotel/apaleo/webhook_hmac"
  type  = "SecureString"
  value = "${k.tok()}"
}

locals {
  property_ids = ["${k.n('MUC')}", "${k.n('VIE')}"]
  account_code = "${k.n('SBLK')}"
  trace_sample = "${k.n(H.traceId(k.g))}"
}
`,
  ),
  hDoc(
    'hosp-protel-air-powershell',
    ['code', 'command-line', 'precision'],
    'scripts/protel-export.ps1',
    (k) => `# Nightly protel export for the revenue team (runs as scheduled task "protel-export")
$server   = "PROTEL-SQL\\PROTEL"
$user     = "export_rev"
$pass     = "${k.spw()}"
$outFile  = "\\\\fs01\\revenue\\protel_$(Get-Date -f yyyyMMdd).csv"
$query    = "SELECT resno, roomno, arrival, departure, rate_code FROM buch WHERE arrival >= GETDATE()-1"
Invoke-Sqlcmd -ServerInstance $server -Username $user -Password $pass -Query $query |
  Export-Csv $outFile -NoTypeInformation -Encoding UTF8
# reservation ${k.n(H.confirmation(k.g))} was the test record, ignore it in the report
`,
  ),
  hDoc(
    'hosp-pms-sftp-netrc',
    ['credential-file', 'precision'],
    'home/nightaudit/.netrc',
    (k) => `machine sftp.revenue-partner.com
login lindenhof_pms
password ${k.spw()}

machine ftp.protel-reports.local
login reports
password ${k.dev()}
`,
  ),
];
