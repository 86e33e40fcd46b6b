// rw-dev11 data: BI tools and warehouse CLIs: Metabase/Superset/Grafana/Redash data sources, Tableau TDS and
// tabcmd, Looker, Power BI gateway notes, Databricks/Snowflake/BigQuery CLI config files, odbc.ini, pgpass.
// Written without reading the engine.
import type { RealWorldDoc } from '../types';
import { ddoc } from './dataValues';

export const DATA_BI_DOCS: RealWorldDoc[] = [
  ddoc(
    'data-superset-config',
    ['code', 'config-syntax'],
    'superset/superset_config.py',
    (k) => `import os

SECRET_KEY = "${k.tok(k.g.base64(42))}"
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:${k.cs()}@superset-db:5432/superset"
# PREVIOUS_SECRET_KEY = os.environ.get("${k.n('SUPERSET_OLD_SECRET_KEY')}")

MAPBOX_API_KEY = ${k.n('os.getenv("MAPBOX_API_KEY", "")')}
SMTP_HOST = "smtp.sendgrid.net"
SMTP_USER = "apikey"
SMTP_PASSWORD = "${k.prov('sendgrid', 'SendGrid')}"
SMTP_MAIL_FROM = "superset@acme.example"

CACHE_CONFIG = {"CACHE_TYPE": "RedisCache", "CACHE_REDIS_URL": "redis://:${k.cs()}@redis:6379/1"}
FEATURE_FLAGS = {"ALERT_REPORTS": True, "EMBEDDED_SUPERSET": True}
GUEST_TOKEN_JWT_SECRET = "${k.tok()}"
`,
  ),

  ddoc(
    'data-superset-import-databases',
    ['config-syntax'],
    'superset/databases/ClickHouse.yaml',
    (k) => `database_name: ClickHouse events
sqlalchemy_uri: clickhousedb://superset:${k.cs()}@ch-1:8123/events
cache_timeout: null
expose_in_sqllab: true
allow_run_async: true
allow_ctas: false
allow_cvas: false
allow_dml: false
extra:
  metadata_params: {}
  engine_params: {}
uuid: ${k.n(k.uuid())}
version: 1.0.0
`,
  ),

  ddoc(
    'data-metabase-env',
    ['config-syntax', 'credential-file'],
    'metabase/metabase.env',
    (k) => `MB_DB_TYPE=postgres
MB_DB_DBNAME=metabase
MB_DB_PORT=5432
MB_DB_USER=metabase
MB_DB_PASS=${k.pw()}
MB_DB_HOST=metabase-db
MB_ENCRYPTION_SECRET_KEY=${k.tok(k.g.base64(32))}
MB_EMAIL_SMTP_PASSWORD=${k.hpw()}
MB_PREMIUM_EMBEDDING_TOKEN=${k.tok(k.hex(64))}
MB_EMBEDDING_SECRET_KEY=${k.tok(k.hex(64))}
MB_SITE_URL=https://bi.acme.example
MB_JETTY_PORT=3000
`,
  ),

  ddoc(
    'data-grafana-datasource-prov',
    ['config-syntax'],
    'grafana/provisioning/datasources/datasources.yaml',
    (k) => `apiVersion: 1
datasources:
  - name: DWH Postgres
    type: postgres
    url: dwh.internal:5432
    user: grafana_ro
    jsonData:
      database: dwh
      sslmode: require
      postgresVersion: 1500
    secureJsonData:
      password: ${k.pw()}
  - name: InfluxDB sensors
    type: influxdb
    url: http://influx:8086
    jsonData:
      version: Flux
      organization: acme
      defaultBucket: sensors
    secureJsonData:
      token: ${k.tok(k.g.base64url(86) + '==')}
  - name: Loki
    type: loki
    url: http://loki:3100
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: ${k.n('$LOKI_PASSWORD')}
  - name: BigQuery
    type: grafana-bigquery-datasource
    jsonData:
      authenticationType: jwt
      clientEmail: grafana@acme-dwh.iam.gserviceaccount.com
      defaultProject: acme-dwh
      tokenUri: https://oauth2.googleapis.com/token
    secureJsonData:
      privateKey: ${k.n('$__file{/etc/secrets/bq-grafana.pem}')}
`,
  ),

  ddoc(
    'data-redash-env',
    ['config-syntax'],
    'redash/env',
    (k) => `PYTHONUNBUFFERED=0
REDASH_LOG_LEVEL=INFO
REDASH_REDIS_URL=redis://redis:6379/0
REDASH_COOKIE_SECRET=${k.tok(k.g.alnum(48))}
REDASH_SECRET_KEY=${k.tok(k.g.alnum(48))}
POSTGRES_PASSWORD=${k.gpw()}
REDASH_DATABASE_URL=postgresql://postgres:${k.cs()}@postgres/postgres
REDASH_MAIL_PASSWORD=
`,
  ),

  ddoc(
    'data-tableau-tds',
    ['config-syntax'],
    'tableau/datasources/Sales Pipeline.tds',
    (k) => `<?xml version='1.0' encoding='utf-8' ?>
<datasource formatted-name='federated.${k.n(k.g.lower(28))}' inline='true' source-platform='win' version='18.1' xmlns:user='http://www.tableausoftware.com/xml/user'>
  <connection class='federated'>
    <named-connections>
      <named-connection caption='sql01.corp.local' name='sqlserver.${k.n(k.g.lower(28))}'>
        <connection authentication='sqlserver' class='sqlserver' dbname='Sales' odbc-native-protocol='yes' one-time-sql='' server='sql01.corp.local' username='tableau_reader' password='${k.pw()}' workgroup-auth-mode='as-is' />
      </named-connection>
    </named-connections>
  </connection>
  <column caption='Opportunity Amount' datatype='real' name='[Amount]' role='measure' type='quantitative' />
</datasource>
`,
  ),

  ddoc(
    'data-tabcmd-refresh',
    ['command-line'],
    'scripts/refresh_extracts.bat',
    (k) => `@echo off
REM nightly extract refresh, Task Scheduler on BI-APP01
set TABCMD="C:\\Program Files\\Tableau\\Tableau Server\\packages\\bin.20233.24.0514.1218\\tabcmd.exe"
%TABCMD% login -s https://tableau.corp.local -t Finance -u svc_tabcmd -p ${k.pw()}
%TABCMD% refreshextracts --datasource "Sales Pipeline" --synchronous
%TABCMD% refreshextracts --workbook "Exec KPIs"
REM PAT for the REST calls (python script below)
set TABLEAU_PAT_NAME=refresh-bot
set TABLEAU_PAT_SECRET=${k.tok(k.g.base64(22) + '==:' + k.g.alnum(32))}
python publish.py --site Finance
%TABCMD% logout
`,
  ),

  ddoc(
    'data-databrickscfg',
    ['credential-file', 'config-syntax'],
    'home/.databrickscfg',
    (k) => `[DEFAULT]
host  = https://adb-${k.n(k.g.digits(16))}.11.azuredatabricks.net
token = ${k.prov('databricks', 'Databricks')}

[staging]
host  = https://dbc-${k.n(k.hex(8))}-${k.n(k.hex(4))}.cloud.databricks.com
token = ${k.prov('databricks', 'Databricks')}
jobs-api-version = 2.1

[sp-ci]
host          = https://accounts.cloud.databricks.com
account_id    = ${k.n(k.uuid())}
client_id     = ${k.n(k.uuid())}
client_secret = ${k.tok('dose' + k.hex(32))}
`,
  ),

  ddoc(
    'data-snowsql-config',
    ['credential-file', 'config-syntax'],
    'home/.snowsql/config',
    (k) => `[connections]
accountname = xy12345.eu-central-1
username = IVAN
password = ${k.pw()}
rolename = ANALYST
warehousename = ADHOC_WH

[connections.prod_loader]
accountname = xy12345.eu-central-1
username = LOADER
password = "${k.gpw()}"
dbname = RAW

[options]
log_file = ~/.snowsql/log
output_format = psql
`,
  ),

  ddoc(
    'data-snowflake-connections-toml',
    ['credential-file', 'config-syntax'],
    'home/.snowflake/connections.toml',
    (k) => `[myconnection]
account = "xy12345.eu-central-1"
user = "NADIA"
password = "${k.pw()}"
warehouse = "ADHOC_WH"
role = "ANALYST"

[keypair]
account = "xy12345.eu-central-1"
user = "SVC_KEYPAIR"
authenticator = "SNOWFLAKE_JWT"
private_key_file = "${k.n('/home/nadia/.ssh/snowflake_rsa_key.p8')}"
private_key_file_pwd = "${k.pp()}"
`,
  ),

  ddoc(
    'data-bq-cli-oauth',
    ['credential-file', 'config-syntax'],
    'home/.config/gcloud/legacy_credentials/emre@acme.example/adc.json',
    (k) => `{
  "client_id": "${k.n(k.g.digits(12) + '-' + k.g.lower(32) + '.apps.googleusercontent.com')}",
  "client_secret": "${k.u('d-' + k.g.base64url(22))}",
  "refresh_token": "${k.tok('1//0' + k.g.base64url(99))}",
  "type": "authorized_user"
}
`,
  ),

  ddoc(
    'data-odbc-ini',
    ['config-syntax', 'credential-file'],
    'home/.odbc.ini',
    (k) => `[ODBC Data Sources]
DWH=PostgreSQL Unicode
Vertica=Vertica

[DWH]
Driver=PostgreSQL Unicode
Servername=dwh.internal
Port=5432
Database=dwh
Username=kenji
Password=${k.pw()}
SSLmode=require

[Vertica]
Driver=/opt/vertica/lib64/libverticaodbc.so
ServerName=vertica-1
Database=analytics
UID=dbadmin
PWD=${k.hpw()}
`,
  ),

  ddoc(
    'data-pgpass-and-my-cnf',
    ['credential-file'],
    'home/.pgpass',
    (k) => `# hostname:port:database:username:password
dwh.internal:5432:dwh:kenji:${k.pw()}
replica-2.db.internal:5432:*:analyst:${k.gpw()}
localhost:5432:*:postgres:${k.u('postgres')}
*:*:*:readonly:${k.letters()}
`,
  ),

  ddoc(
    'data-looker-lkml-and-ini',
    ['config-syntax', 'credential-file'],
    'looker/looker.ini',
    (k) => `[Looker]
base_url=https://acme.cloud.looker.com:19999
client_id=${k.n(k.g.alnum(20))}
client_secret=${k.tok(k.g.alnum(24))}
verify_ssl=True

[Looker-dev]
base_url=https://acme-dev.cloud.looker.com
client_id=${k.n(k.g.alnum(20))}
# client_secret=${k.n('see 1password')}
`,
  ),

  ddoc(
    'data-powerbi-gateway-notes',
    ['prose'],
    'docs/bi/powerbi-gateway.md',
    (k) => `# Power BI on-premises gateway (BI-GW01)

* Recovery key for the gateway cluster: **${k.pp()}** — needed when moving/restoring the gateway!
* Service account: \`CORP\\svc_pbigw\` / ${k.pw()}
* Data source "SQL01 Sales": Windows auth, account \`CORP\\svc_pbi_sql\`, password in KeePass entry *PBI SQL*
* The service principal for the REST API: app id \`${k.n(k.uuid())}\`, tenant \`${k.n(k.uuid())}\`, secret \`${k.tok(k.g.alnum(3) + '8Q~' + k.g.base64url(31).replace(/-/g, '.'))}\` (expires 2025-03)

Refresh failures show up in #bi-alerts.
`,
  ),
];
