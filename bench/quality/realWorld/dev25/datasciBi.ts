// BI developers' files: Tableau PAT scripts and TDS files, Looker API ini, Metabase env, Power BI/M queries and ODBC
// DSNs, Excel VBA refresh macros, Grafana datasources, with workbook ids, LUIDs, report GUIDs and masked values.
import type { RealWorldDoc } from '../types';
import { dDoc, D } from './datasciValues';

export const DATASCI_BI_DOCS: RealWorldDoc[] = [
  dDoc(
    'datasci-tableau-pat-tsc',
    ['code', 'defaults-in-code', 'precision'],
    'bi/tableau/refresh_extracts.py',
    (k) => `import tableauserverclient as TSC

TOKEN_NAME = "extract-refresh-bot"
TOKEN_SECRET = "${k.prov('Tableau personal access token', D.tableauSecret(k.g))}"
SITE = "acmeanalytics"

auth = TSC.PersonalAccessTokenAuth(TOKEN_NAME, TOKEN_SECRET, site_id=SITE)
server = TSC.Server("https://prod-uk-a.online.tableau.com", use_server_version=True)
with server.auth.sign_in(auth):
    wb = server.workbooks.get_by_id("${k.n(k.g.uuid())}")
    server.workbooks.refresh(wb)
`,
  ),

  dDoc(
    'datasci-tableau-tds-file',
    ['config-syntax', 'precision'],
    'bi/tableau/datasources/Orders (Postgres).tds',
    (k) => `<?xml version='1.0' encoding='utf-8' ?>
<datasource formatted-name='Orders (Postgres)' inline='true' version='18.1'>
  <connection class='federated'>
    <named-connections>
      <named-connection caption='dwh.internal' name='postgres.${k.n(k.g.chars('0123456789abcdefghijklmnopqrstuvwxyz', 28))}'>
        <connection authentication='username-password' class='postgres' dbname='analytics' odbc-native-protocol='yes' port='5432' server='dwh.internal' username='tableau_ro' password='${k.pw()}' />
      </named-connection>
    </named-connections>
  </connection>
  <repository-location derived-from='https://tableau.acme.io/t/finance/datasources/Orders' id='${k.n('OrdersPostgres')}' revision='1.4' />
</datasource>
`,
  ),

  dDoc(
    'datasci-tabcmd-history',
    ['command-line', 'precision'],
    'ops/tableau/.bash_history',
    (k) => `tabcmd login -s https://tableau.acme.io -t finance -u svc_publish -p ${k.spw()}
tabcmd publish "Monthly KPIs.twbx" -n "Monthly KPIs" -r "Finance" --overwrite
tabcmd refreshextracts --datasource "Orders (Postgres)"
tabcmd login -s https://tableau.acme.io --token-name ci-publish --token-value ${k.prov('Tableau personal access token', D.tableauSecret(k.g))}
tabcmd logout
tsm settings export -f /tmp/tsm.json
sha256sum "Monthly KPIs.twbx"   # ${k.n(D.sha256(k.g))}
`,
  ),

  dDoc(
    'datasci-looker-ini',
    ['config-syntax', 'credential-file', 'precision'],
    'looker/looker.ini',
    (k) => `[Looker]
base_url=https://acme.cloud.looker.com
client_id=${k.u(D.lookerId(k.g))}
client_secret=${k.prov('Looker API3 client secret', D.lookerSecret(k.g))}
verify_ssl=True
timeout=120

[Staging]
base_url=https://acme-staging.cloud.looker.com
client_id=${k.ph()}
client_secret=${k.ph()}
`,
  ),

  dDoc(
    'datasci-metabase-env',
    ['config-syntax', 'precision'],
    'metabase/metabase.env',
    (k) => `MB_DB_TYPE=postgres
MB_DB_DBNAME=metabase
MB_DB_PORT=5432
MB_DB_USER=metabase
MB_DB_PASS=${k.pw()}
MB_DB_HOST=mb-postgres
MB_ENCRYPTION_SECRET_KEY=${k.s('token', k.g.base64(44))}
MB_EMAIL_SMTP_PASSWORD=${k.gpw()}
MB_SITE_URL=https://metabase.acme.io
MB_PREMIUM_EMBEDDING_TOKEN=${k.u(k.g.hex(64))}
MB_EMBEDDING_SECRET_KEY=${k.hex(64)}
MB_ANON_TRACKING_ENABLED=false
`,
  ),

  dDoc(
    'datasci-metabase-embed-snippet',
    ['code', 'precision'],
    'web/embed/metabase_embed.js',
    (k) => `// you will need to install via 'npm install jsonwebtoken' or in your package.json
var jwt = require("jsonwebtoken");

var METABASE_SITE_URL = "https://metabase.acme.io";
var METABASE_SECRET_KEY = "${k.hex(64)}";

var payload = {
  resource: { dashboard: 14 },
  params: {},
  exp: Math.round(Date.now() / 1000) + (10 * 60) // 10 minute expiration
};
var token = jwt.sign(payload, METABASE_SECRET_KEY);
var iframeUrl = METABASE_SITE_URL + "/embed/dashboard/" + token + "#bordered=true&titled=true";
// example iframe: /embed/dashboard/${k.n('{token}')}#theme=night
`,
  ),

  dDoc(
    'datasci-powerbi-m-query',
    ['code', 'precision'],
    'bi/powerbi/queries/Sales.pq',
    (k) => `let
    // TODO: move to a gateway credential, this only works in Desktop
    Source = Web.Contents("https://api.shopdata.io/v2/orders", [
        Headers = [#"X-Api-Key" = "${k.http(k.g.alnum(40))}", Accept = "application/json"],
        Query = [since = "2026-01-01"]
    ]),
    Json = Json.Document(Source),
    Orders = Table.FromRecords(Json[data]),
    Typed = Table.TransformColumnTypes(Orders, {{"order_id", type text}, {"amount", Currency.Type}})
in
    Typed
// workspace ${k.n(k.g.uuid())}  report ${k.n(k.g.uuid())}
`,
  ),

  dDoc(
    'datasci-powerbi-service-principal-ps1',
    ['code', 'defaults-in-code', 'precision'],
    'bi/powerbi/deploy.ps1',
    (k) => `param(
    [string]$TenantId = "${k.n(k.g.uuid())}",
    [string]$AppId = "${k.n(k.g.uuid())}",
    [string]$ClientSecret = "${k.prov('Azure AD client secret', D.azureSecret(k.g))}"
)
$secure = ConvertTo-SecureString $ClientSecret -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($AppId, $secure)
Connect-PowerBIServiceAccount -ServicePrincipal -Credential $cred -Tenant $TenantId
$gwPw = ConvertTo-SecureString "${k.pw()}" -AsPlainText -Force   # gateway datasource (SQL login pbi_reader)
Write-Host "Deploying dataset $(${k.n('$env:DATASET_ID')})"
`,
  ),

  dDoc(
    'datasci-excel-vba-refresh',
    ['code', 'defaults-in-code', 'precision'],
    'bi/excel/RefreshSales.bas',
    (k) => `Attribute VB_Name = "RefreshSales"
Option Explicit

Public Sub RefreshFromWarehouse()
    Dim conn As Object, rs As Object
    Set conn = CreateObject("ADODB.Connection")
    conn.Open "Driver={ODBC Driver 18 for SQL Server};Server=sql-bi01.corp.local;Database=Sales;Uid=excel_ro;Pwd=${k.cs()};Encrypt=yes;"
    Set rs = conn.Execute("SELECT * FROM dbo.v_sales_monthly")
    Sheets("Data").Range("A2").CopyFromRecordset rs
    ' old DSN: "DSN=SalesDW;UID=excel_ro;PWD=${k.n('********')}"
    conn.Close
End Sub

Public Function SheetPassword() As String
    SheetPassword = "${k.hpw()}"   ' unprotect to refresh pivot caches
End Function
`,
  ),

  dDoc(
    'datasci-odbc-ini',
    ['config-syntax', 'credential-file', 'precision'],
    'home/analyst/.odbc.ini',
    (k) => `[SalesDW]
Driver = ODBC Driver 18 for SQL Server
Server = sql-bi01.corp.local
Database = Sales
UID = excel_ro
PWD = ${k.pw()}
TrustServerCertificate = yes

[Databricks]
Driver = /opt/simba/spark/lib/64/libsparkodbc_sb64.so
Host = adb-${k.n(k.g.digits(16))}.7.azuredatabricks.net
Port = 443
HTTPPath = /sql/1.0/warehouses/${k.n(k.g.hex(16))}
AuthMech = 3
UID = token
PWD = ${k.prov('Databricks', D.databricks(k.g))}
`,
  ),

  dDoc(
    'datasci-grafana-datasource-yaml',
    ['config-syntax', 'precision'],
    'grafana/provisioning/datasources/clickhouse.yaml',
    (k) => `apiVersion: 1
datasources:
  - name: ClickHouse
    type: grafana-clickhouse-datasource
    jsonData:
      host: clickhouse.internal
      port: 9440
      username: grafana
      secure: true
    secureJsonData:
      password: ${k.pw()}
  - name: Postgres DWH
    type: postgres
    url: dwh.internal:5432
    user: grafana_ro
    secureJsonData:
      password: ${k.n('$__file{/etc/grafana/secrets/pg_password}')}
  - name: BigQuery
    type: grafana-bigquery-datasource
    jsonData:
      authenticationType: jwt
      clientEmail: grafana@acme-mkt-4821.iam.gserviceaccount.com
      tokenUri: https://oauth2.googleapis.com/token
    secureJsonData:
      privateKey: ${k.n('$__env{BQ_PRIVATE_KEY}')}
`,
  ),

  dDoc(
    'datasci-bi-handover-doc',
    ['prose', 'precision'],
    'docs/bi/handover-2026-q1.md',
    (k) => `# BI handover – Q1 2026 (Marta → Jonas)

| System | Account | Password / secret | Notes |
|---|---|---|---|
| Tableau Server | tsm-admin | ${k.pw()} | TSM only, not the site admin |
| Power BI gateway | svc-pbigw | ${k.gpw()} | recovery key in the vault |
| Looker | API3 bot | ${k.n('(see looker.ini)')} | |
| Metabase | admin@acme.io | ${k.hpw()} | change after handover |
| Superset | admin | ${k.n('[REDACTED]')} | reset via \`superset fab reset-password\` |

Dashboard ids to keep an eye on: ${k.n(k.g.uuid())}, ${k.n(k.g.uuid())}.
Gateway recovery key: ${k.gpw()}
`,
  ),
];
