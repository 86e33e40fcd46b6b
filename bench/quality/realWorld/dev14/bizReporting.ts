// Reporting: Crystal Reports logons in code, Power BI gateways and embedding, Tableau PATs and data source
// files, Metabase, Grafana/Superset over the finance DWH.
import type { RealWorldDoc } from '../types';
import { bizDoc, V } from './bizValues';

export const BIZ_REPORTING_DOCS: RealWorldDoc[] = [
  bizDoc(
    'biz-crystal-reports-csharp',
    ['code', 'precision'],
    'ReportServer/Reports/InvoiceReport.cs',
    (k) => `using CrystalDecisions.CrystalReports.Engine;
using CrystalDecisions.Shared;

namespace Nordwind.ReportServer.Reports
{
    public static class InvoiceReport
    {
        public static ReportDocument Load(string path, int invoiceId)
        {
            var report = new ReportDocument();
            report.Load(path);
            // the .rpt was designed against the ODBC DSN "ERP_PROD"; logon must be set on every table
            report.SetDatabaseLogon("crystal_ro", "${k.hpw()}", "sql-prod-02", "ERP");
            var info = new ConnectionInfo { ServerName = "sql-prod-02", DatabaseName = "ERP", UserID = "crystal_ro", Password = "${k.hpw()}" };
            foreach (Table t in report.Database.Tables)
            {
                var logon = t.LogOnInfo;
                logon.ConnectionInfo = info;
                t.ApplyLogOnInfo(logon);
            }
            report.SetParameterValue("InvoiceId", invoiceId);
            return report;
        }
    }
}
`,
  ),

  bizDoc(
    'biz-powerbi-embed-appsettings',
    ['config-syntax', 'precision'],
    'PowerBIEmbedded/appsettings.json',
    (k) => `{
  "AzureAd": {
    "AuthenticationMode": "ServicePrincipal",
    "AuthorityUrl": "https://login.microsoftonline.com/organizations/",
    "ClientId": "${k.n(k.g.uuid())}",
    "TenantId": "${k.n(k.g.uuid())}",
    "ScopeBase": [ "https://analysis.windows.net/powerbi/api/.default" ],
    "PbiUsername": "",
    "PbiPassword": "",
    "ClientSecret": "${k.prov('Azure AD client secret', V.azureSecret(k.g))}"
  },
  "PowerBI": {
    "WorkspaceId": "${k.n(k.g.uuid())}",
    "ReportId": "${k.n(k.g.uuid())}"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}
`,
  ),

  bizDoc(
    'biz-powerbi-gateway-runbook',
    ['prose', 'precision'],
    'docs/bi/gateway-recovery.md',
    (k) => `# On-premises data gateway (GW-FINANCE-01)

Installed 2023-06 on \`bi-gw01\` under the service account \`NT SERVICE\\PBIEgwService\`.

**Recovery key** (needed to migrate or restore the gateway; without it the cluster must be rebuilt and every data
source re-entered): \`${k.phrase()}\`

Data sources on the gateway:

| Name | Type | Server | Auth | User |
|---|---|---|---|---|
| ERP_PROD | SQL Server | sql-prod-02 | Basic | pbi_reader (password in KeePass) |
| DWH | SQL Server | sql-dwh-01 | Windows | NORDWIND\\svc-pbi |
| SharePoint Finance | SharePoint | nordwind.sharepoint.com | OAuth2 | — |

Password of \`NORDWIND\\svc-pbi\` was reset on 2024-09-02 to \`${k.hpw()}\` (ticket IT-7781); update the data source
credentials in the Power BI service after each reset.
`,
  ),

  bizDoc(
    'biz-tableau-pat-python',
    ['code', 'precision'],
    'bi/tableau_refresh.py',
    (k) => `import tableauserverclient as TSC

# Personal access token of the service user (Tableau Cloud > My Account Settings)
TOKEN_NAME = "etl-refresh"
TOKEN_SECRET = "${k.s('token', V.tableauPatSecret(k.g))}"
SITE = "nordwindanalytics"
SERVER = "https://prod-uk-a.online.tableau.com"

auth = TSC.PersonalAccessTokenAuth(TOKEN_NAME, TOKEN_SECRET, site_id=SITE)
server = TSC.Server(SERVER, use_server_version=True)
with server.auth.sign_in(auth):
    for ds in TSC.Pager(server.datasources):
        if ds.project_name == "Finance":
            server.datasources.refresh(ds)
            print("refresh queued", ds.name, ds.id)
`,
  ),

  bizDoc(
    'biz-tableau-tds',
    ['config-syntax', 'precision'],
    'bi/Finance DWH.tds',
    (k) => `<?xml version='1.0' encoding='utf-8' ?>
<datasource formatted-name='federated.${k.n(k.g.lower(28))}' inline='true' version='18.1'>
  <connection class='federated'>
    <named-connections>
      <named-connection caption='sql-dwh-01' name='sqlserver.${k.n(k.g.lower(28))}'>
        <connection authentication='sqlserver' class='sqlserver' dbname='DWH' odbc-native-protocol='yes' one-time-sql='' server='sql-dwh-01' username='tableau_ro' password='${k.hpw()}' />
      </named-connection>
      <named-connection caption='Snowflake' name='snowflake.${k.n(k.g.lower(28))}'>
        <connection authentication='Username Password' class='snowflake' dbname='FINANCE' schema='MART' server='nordwind.eu-central-1.snowflakecomputing.com' username='TABLEAU_SVC' warehouse='BI_WH' />
      </named-connection>
    </named-connections>
  </connection>
</datasource>
`,
  ),

  bizDoc('biz-metabase-docker-compose', ['config-syntax', 'precision'], 'metabase/docker-compose.yml', (k) => {
    const dbPass = V.urlPw(k.g);
    return `services:
  metabase:
    image: metabase/metabase:v0.50.20
    ports: ["3000:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_DBNAME: metabase
      MB_DB_PORT: 5432
      MB_DB_USER: metabase
      MB_DB_PASS: ${k.s('password', dbPass)}
      MB_DB_HOST: metabase-db
      MB_ENCRYPTION_SECRET_KEY: ${k.s('token', k.g.base64(32))}
      MB_EMBEDDING_SECRET_KEY: ${k.s('token', k.g.hex(64))}
      MB_PREMIUM_EMBEDDING_TOKEN: ${k.n('${MB_TOKEN}')}
  metabase-db:
    image: postgres:16
    environment:
      POSTGRES_USER: metabase
      POSTGRES_PASSWORD: ${k.s('password', dbPass)}
      POSTGRES_DB: metabase
`;
  }),

  bizDoc(
    'biz-metabase-embed-node',
    ['code', 'precision'],
    'portal/server/metabaseEmbed.js',
    (k) => `const jwt = require('jsonwebtoken');

const METABASE_SITE_URL = 'https://bi.nordwind.example';
const METABASE_SECRET_KEY = process.env.MB_EMBED_SECRET || '${k.s('token', k.g.hex(64))}';
const METABASE_API_KEY = '${k.s('token', V.metabaseApi(k.g))}';

function dashboardUrl(customerId) {
  const payload = { resource: { dashboard: 12 }, params: { customer_id: customerId }, exp: Math.round(Date.now() / 1000) + 600 };
  const token = jwt.sign(payload, METABASE_SECRET_KEY);
  return \`\${METABASE_SITE_URL}/embed/dashboard/\${token}#bordered=false&titled=true\`;
}

module.exports = { dashboardUrl, METABASE_API_KEY };
`,
  ),

  bizDoc(
    'biz-superset-config',
    ['code', 'config-syntax'],
    'superset/superset_config.py',
    (k) => `import os

SECRET_KEY = "${k.s('token', k.g.base64(42))}"
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:${k.cs()}@superset-db:5432/superset"
FEATURE_FLAGS = {"EMBEDDED_SUPERSET": True, "DASHBOARD_RBAC": True}
GUEST_TOKEN_JWT_SECRET = "${k.s('token', k.g.alnum(40))}"
MAPBOX_API_KEY = os.getenv("MAPBOX_API_KEY", "")
SMTP_PASSWORD = "${k.hpw()}"
`,
  ),

  bizDoc(
    'biz-ssrs-rsconfig-readme',
    ['prose', 'command-line', 'precision'],
    'docs/bi/ssrs-migration.md',
    (k) => `# SSRS migration notes

1. Back up the encryption key on the old server:
   \`rskeymgmt -e -f D:\\Backup\\rs_key.snk -p ${k.gpw()}\`
   (the same password is needed for \`rskeymgmt -a\` on the new server).
2. Restore ReportServer and ReportServerTempDB databases.
3. Execution account: \`NORDWIND\\svc-ssrs-exec\` / ${k.hpw()}
4. Shared data source *ERP* uses stored credentials (user \`ssrs_ro\`). Do **not** copy the password from the old
   rsreportserver.config; the \`<Dsn>\` element there is encrypted (\`${k.n(k.g.base64(120))}\`) and bound to the old key.

Old server thumbprint: ${k.n(V.sha1(k.g).toUpperCase())}
`,
  ),

  bizDoc(
    'biz-grafana-finance-datasource',
    ['config-syntax', 'precision'],
    'grafana/provisioning/datasources/finance.yaml',
    (k) => `apiVersion: 1
datasources:
  - name: Finance DWH
    type: mssql
    url: sql-dwh-01:1433
    user: grafana_ro
    jsonData:
      database: DWH
      encrypt: "true"
    secureJsonData:
      password: ${k.hpw()}
  - name: Payments Postgres
    type: postgres
    url: pg-payments.internal:5432
    user: grafana
    secureJsonData:
      password: \${PAYMENTS_DB_PASSWORD}
  - name: Stripe (Infinity)
    type: yesoreyeram-infinity-datasource
    jsonData:
      auth_method: bearerToken
    secureJsonData:
      bearerToken: ${k.prov('Stripe restricted key', V.stripeRestricted(k.g))}
`,
  ),
];
