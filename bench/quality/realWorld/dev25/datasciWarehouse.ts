// Analytics engineering: dbt profiles, warehouse SQL (CREATE USER, external stages, COPY with credentials), Snowflake
// and BigQuery connection files, Trino/Presto catalogs, with env references, Jinja templates and hashes around them.
import type { RealWorldDoc } from '../types';
import { dDoc, D } from './datasciValues';

export const DATASCI_WAREHOUSE_DOCS: RealWorldDoc[] = [
  dDoc(
    'datasci-dbt-profiles-mixed',
    ['config-syntax', 'precision'],
    '.dbt/profiles.yml',
    (k) => `acme_analytics:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: xy12345.eu-central-1
      user: DBT_DEV_PRIYA
      password: ${k.pw()}
      role: TRANSFORMER
      database: ANALYTICS_DEV
      warehouse: TRANSFORMING
      schema: dbt_priya
      threads: 8
    prod:
      type: snowflake
      account: xy12345.eu-central-1
      user: DBT_PROD
      password: "${k.n("{{ env_var('DBT_PROD_PASSWORD') }}")}"
      role: TRANSFORMER
    pg_local:
      type: postgres
      host: localhost
      user: dbt
      pass: "${k.pw()}"
      port: 5432
      dbname: jaffle
      schema: public
`,
  ),

  dDoc(
    'datasci-dbt-profiles-bigquery-keyfile-json',
    ['config-syntax', 'credential-file', 'precision'],
    'profiles/profiles.yml',
    (k) => `marketing:
  target: prod
  outputs:
    prod:
      type: bigquery
      method: service-account-json
      project: acme-mkt-4821
      dataset: marts
      threads: 4
      keyfile_json:
        type: service_account
        project_id: acme-mkt-4821
        private_key_id: ${k.n(k.g.hex(40))}
        private_key: "${k.key(D.pemJson(k.g))}"
        client_email: dbt-runner@acme-mkt-4821.iam.gserviceaccount.com
        client_id: "${k.n(k.g.digits(21))}"
        token_uri: https://oauth2.googleapis.com/token
    dev:
      type: bigquery
      method: oauth
      project: acme-mkt-dev
      dataset: dbt_${k.n('{{ env_var("USER") }}')}
`,
  ),

  dDoc(
    'datasci-sql-snowflake-setup',
    ['code', 'precision'],
    'warehouse/setup/01_roles_users.sql',
    (k) => `-- Run as SECURITYADMIN. Ticket ${k.n(D.ticket(k.g))}.
CREATE ROLE IF NOT EXISTS REPORTER;
CREATE USER IF NOT EXISTS TABLEAU_SVC
  PASSWORD = '${k.gpw()}'
  DEFAULT_ROLE = REPORTER
  MUST_CHANGE_PASSWORD = FALSE;

CREATE USER IF NOT EXISTS FIVETRAN_USER PASSWORD = '${k.pw()}' DEFAULT_ROLE = LOADER;

-- key-pair auth for dbt; the public key is fine to keep here
ALTER USER DBT_PROD SET RSA_PUBLIC_KEY = '${k.n(k.g.base64(392))}';
ALTER USER DBT_PROD SET RSA_PUBLIC_KEY_FP = 'SHA256:${k.n(k.g.base64(43) + '=')}';

CREATE OR REPLACE STAGE raw_events
  URL = 's3://acme-raw-events/landing/'
  CREDENTIALS = (AWS_KEY_ID = '${k.u(D.awsId(k.g))}' AWS_SECRET_KEY = '${k.prov('AWS secret access key', D.awsSecret(k.g))}');
`,
  ),

  dDoc(
    'datasci-sql-redshift-copy',
    ['code', 'precision'],
    'warehouse/loads/copy_clickstream.sql',
    (k) => `-- manual backfill, Jan 2026
COPY clickstream.events
FROM '${k.n('s3://acme-clickstream/2026/01/')}'
ACCESS_KEY_ID '${k.u(D.awsId(k.g))}'
SECRET_ACCESS_KEY '${k.prov('AWS secret access key', D.awsSecret(k.g))}'
FORMAT AS PARQUET;

-- preferred:
COPY clickstream.events FROM 's3://acme-clickstream/2026/02/'
IAM_ROLE '${k.n('arn:aws:iam::' + k.g.digits(12) + ':role/RedshiftCopy')}'
FORMAT AS PARQUET;

ALTER USER looker_ro PASSWORD '${k.gpw()}';
ALTER USER old_etl PASSWORD '${k.n('md5' + D.md5(k.g))}';
`,
  ),

  dDoc(
    'datasci-sql-postgres-fdw',
    ['code', 'precision'],
    'db/migrations/0042_fdw_crm.sql',
    (k) => `CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER crm_src FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'crm-db.internal', dbname 'crm', port '5432');
CREATE USER MAPPING FOR analytics SERVER crm_src OPTIONS (user 'crm_reader', password '${k.pw()}');
CREATE USER MAPPING FOR dbt SERVER crm_src OPTIONS (user 'crm_reader', password '${k.n(':crm_password')}');
-- row hash for dedup: ${k.n(D.md5(k.g))}
SELECT dblink_connect('hr', 'host=hr-db dbname=hr user=hr_ro password=${k.cs()}');
`,
  ),

  dDoc(
    'datasci-snowsql-config',
    ['config-syntax', 'credential-file', 'precision'],
    '.snowsql/config',
    (k) => `[connections]
accountname = xy12345.eu-central-1
username = JLEE
password = ${k.pw()}

[connections.prod_ro]
accountname = xy12345.eu-central-1
username = REPORT_RO
password = ${k.ph()}
authenticator = externalbrowser

[connections.keypair]
accountname = xy12345.eu-central-1
username = DBT_PROD
private_key_path = ${k.n('~/.ssh/snowflake_rsa_key.p8')}

[options]
log_level = INFO
`,
  ),

  dDoc(
    'datasci-snowflake-p8-key',
    ['credential-file', 'precision'],
    'keys/snowflake_rsa_key.p8',
    (k) => `${k.key(D.pem(k.g, 'PRIVATE KEY'))}
`,
  ),

  dDoc(
    'datasci-trino-catalog-props',
    ['config-syntax', 'precision'],
    'trino/etc/catalog/hive.properties',
    (k) => `connector.name=hive
hive.metastore.uri=thrift://metastore:9083
hive.s3.aws-access-key=${k.u(D.awsId(k.g))}
hive.s3.aws-secret-key=${k.prov('AWS secret access key', D.awsSecret(k.g))}
hive.s3.endpoint=https://s3.eu-west-1.amazonaws.com
hive.metastore-cache-ttl=20m
# postgres catalog below uses ${k.n('${ENV:PG_PASSWORD}')}
connection-password=${k.n('${ENV:PG_PASSWORD}')}
`,
  ),

  dDoc(
    'datasci-clickhouse-users-xml',
    ['config-syntax', 'precision'],
    'clickhouse/users.d/analysts.xml',
    (k) => `<clickhouse>
  <users>
    <superset>
      <password>${k.pw()}</password>
      <networks><ip>${D.ipv4(k.g)}/24</ip></networks>
      <profile>readonly</profile>
    </superset>
    <etl>
      <password_sha256_hex>${k.n(D.sha256(k.g))}</password_sha256_hex>
      <profile>default</profile>
    </etl>
    <jupyter>
      <password>${k.spw()}</password>
      <quota>default</quota>
    </jupyter>
  </users>
</clickhouse>
`,
  ),

  dDoc(
    'datasci-bq-service-account-json',
    ['credential-file', 'precision'],
    'secrets/acme-ml-training-sa.json',
    (k) => `{
  "type": "service_account",
  "project_id": "acme-ml-training",
  "private_key_id": "${k.n(k.g.hex(40))}",
  "private_key": "${k.key(D.pemJson(k.g))}",
  "client_email": "vertex-trainer@acme-ml-training.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}
`,
  ),

  dDoc(
    'datasci-dbt-readme-connection',
    ['prose', 'config-syntax', 'precision'],
    'analytics/README.md',
    (k) => `# acme-analytics dbt project

## Local setup
1. \`pip install dbt-snowflake==1.8.*\`
2. Copy \`profiles.example.yml\` to \`~/.dbt/profiles.yml\` and fill in your user. Password: \`${k.ph()}\`.
3. For the shared **sandbox** warehouse use user \`SANDBOX_SHARED\` and password \`${k.pw()}\` (rotated each quarter, ask #data-eng).
4. \`dbt deps && dbt build -s staging\`

Latest manifest: \`target/manifest.json\` (sha256 \`${k.n(D.sha256(k.g))}\`).
The CI job authenticates with \`${k.n('${{ secrets.SNOWFLAKE_PRIVATE_KEY }}')}\`.
`,
  ),

  dDoc(
    'datasci-sqlalchemy-urls-yaml',
    ['config-syntax', 'precision'],
    'config/sources.yaml',
    (k) => `sources:
  crm:
    url: mssql+pyodbc://crm_reader:${k.cs()}@crm-sql01.corp.local/CRM?driver=ODBC+Driver+18+for+SQL+Server
  billing:
    url: mysql+pymysql://bi:${k.cs()}@billing-ro.internal:3306/billing
  events:
    url: ${k.n('postgresql://${EVENTS_USER}:${EVENTS_PASSWORD}@events-db:5432/events')}
  mongo:
    url: mongodb+srv://reader:${k.cs()}@cluster0.x7ab2.mongodb.net/app?retryWrites=true
  sample:
    url: ${k.n('postgresql://user:password@localhost/db')}
`,
  ),
];
