// rw-dev11 data: pipelines: Airflow DAGs, connections (AIRFLOW_CONN_* URIs, `airflow connections add`,
// connections exported as JSON/YAML), dbt profiles, Dagster/Prefect blocks, Meltano/Singer configs, Fivetran
// and Airbyte exports. Written without reading the engine.
import type { RealWorldDoc } from '../types';
import { ddoc } from './dataValues';

export const DATA_PIPELINE_DOCS: RealWorldDoc[] = [
  ddoc(
    'data-airflow-env-conn',
    ['config-syntax', 'credential-file'],
    'deploy/airflow/.env',
    (k) => `AIRFLOW_UID=50000
AIRFLOW__CORE__EXECUTOR=CeleryExecutor
AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql+psycopg2://airflow:${k.cs()}@airflow-db/airflow
AIRFLOW__CELERY__BROKER_URL=redis://:${k.cs()}@redis:6379/0
AIRFLOW__CORE__FERNET_KEY=${k.tok(k.g.base64url(43) + '=')}
AIRFLOW__WEBSERVER__SECRET_KEY=${k.tok(k.hex(32))}
AIRFLOW_CONN_DWH_POSTGRES='postgres://etl_user:${k.cs()}@dwh.internal:5432/dwh'
AIRFLOW_CONN_S3_LANDING='aws://${k.u(k.awsId())}:${k.prov('awsSecret', 'AWS secret key').replace(/\//g, '%2F')}@/?region_name=eu-west-1'
AIRFLOW_CONN_SLACK_ALERTS='{"conn_type": "slackwebhook", "password": "${k.tok('T' + k.g.upper(8) + '/B' + k.g.upper(10) + '/' + k.g.alnum(24))}"}'
_AIRFLOW_WWW_USER_USERNAME=admin
_AIRFLOW_WWW_USER_PASSWORD=${k.pw()}
`,
  ),

  ddoc(
    'data-airflow-connections-add',
    ['command-line'],
    'docs/airflow-setup.md',
    (k) => `# Airflow connections (staging)

After \`docker compose up\`, add the connections by hand (the secrets backend is only on prod):

\`\`\`bash
airflow connections add 'mssql_erp' \\
    --conn-type 'mssql' --conn-host 'sql01.corp.local' --conn-login 'svc_airflow' \\
    --conn-password '${k.pw()}' --conn-port 1433 --conn-schema 'ERP'

airflow connections add 'sftp_partner' --conn-uri 'sftp://partner_drop:${k.cs()}@sftp.partner.example:22'

airflow connections add 'http_crm' --conn-type http --conn-host https://crm.example.com \\
    --conn-extra '{"Authorization": "Token ${k.tok()}"}'

airflow variables set hubspot_api_key ${k.tok(k.g.hex(8) + '-' + k.g.hex(4) + '-' + k.g.hex(4) + '-' + k.g.hex(4) + '-' + k.g.hex(12))}
airflow users create -u ${k.n('admin')} -p ${k.pw()} -f Ada -l Admin -r Admin -e ops@example.com
\`\`\`

Check with \`airflow connections get mssql_erp -o json\` — password shows as \`${k.n('***')}\` if masking works.
`,
  ),

  ddoc(
    'data-airflow-dag-hardcoded',
    ['code'],
    'dags/sync_salesforce.py',
    (k) => `from datetime import datetime, timedelta
from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.models import Variable
from simple_salesforce import Salesforce

default_args = {"owner": "data-eng", "retries": 2, "retry_delay": timedelta(minutes=5)}

SF_USER = "integration@acme.example"
SF_PASS = "${k.pw()}"
SF_TOKEN = "${k.tok(k.g.alnum(25))}"  # security token, resets when the password changes


def extract(**ctx):
    sf = Salesforce(username=SF_USER, password=SF_PASS, security_token=SF_TOKEN)
    # pg_pass = Variable.get("${k.n('pg_password')}")
    pg_pass = Variable.get("pg_password", default_var="${k.n('changeme')}")
    return sf.query_all("SELECT Id, Name FROM Account")


with DAG("sync_salesforce", start_date=datetime(2024, 1, 1), schedule="@hourly", default_args=default_args, catchup=False) as dag:
    PythonOperator(task_id="extract", python_callable=extract)
`,
  ),

  ddoc(
    'data-airflow-connections-export',
    ['credential-file', 'config-syntax'],
    'backup/airflow_connections.yaml',
    (k) => `# airflow connections export connections.yaml --file-format yaml   (taken before the upgrade)
aws_default:
  conn_type: aws
  login: ${k.u(k.awsId())}
  password: ${k.prov('awsSecret', 'AWS secret key')}
  extra: '{"region_name": "eu-central-1"}'
bigquery_default:
  conn_type: google_cloud_platform
  extra: '{"key_path": "/opt/airflow/keys/bq.json", "project": "acme-dwh"}'
postgres_dwh:
  conn_type: postgres
  host: dwh.internal
  login: etl_user
  password: ${k.pw()}
  port: 5432
  schema: dwh
smtp_default:
  conn_type: smtp
  host: smtp.office365.com
  login: airflow-alerts@acme.example
  password: ${k.hpw()}
  port: 587
snowflake_default:
  conn_type: snowflake
  login: AIRFLOW_SVC
  password: '${k.gpw()}'
  extra: '{"account": "${k.n('ab12345')}", "warehouse": "LOAD_WH", "role": "LOADER"}'
`,
  ),

  ddoc(
    'data-dbt-profiles',
    ['config-syntax', 'credential-file'],
    'profiles.yml',
    (k) => `# ~/.dbt/profiles.yml  (my laptop copy — the CI one uses env_var)
acme:
  target: dev
  outputs:
    dev:
      type: postgres
      host: localhost
      user: ${k.n('sofia')}
      password: ${k.pw()}
      port: 5432
      dbname: analytics
      schema: dbt_sofia
      threads: 4
    prod:
      type: snowflake
      account: ${k.n('xy12345.eu-central-1')}
      user: DBT_PROD
      password: "${k.n("{{ env_var('DBT_PROD_PASSWORD') }}")}"
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: ANALYTICS
      schema: marts
    bq:
      type: bigquery
      method: service-account
      project: acme-dwh
      keyfile: /Users/sofia/keys/dbt-bq.json
    databricks:
      type: databricks
      host: adb-${k.n(k.g.digits(16))}.3.azuredatabricks.net
      http_path: /sql/1.0/warehouses/${k.n(k.hex(16))}
      token: ${k.prov('databricks', 'Databricks')}
      schema: dbt_sofia
`,
  ),

  ddoc(
    'data-dbt-profiles-redshift-mixed',
    ['config-syntax'],
    'dbt/ci/profiles.yml',
    (k) => `analytics_redshift:
  target: ci
  outputs:
    ci:
      type: redshift
      host: "${k.n("{{ env_var('REDSHIFT_HOST') }}")}"
      user: "${k.n("{{ env_var('REDSHIFT_USER') }}")}"
      pass: "${k.n("{{ env_var('REDSHIFT_PASSWORD') }}")}"
      port: 5439
      dbname: analytics
      schema: ci_{{ env_var('GITHUB_RUN_ID') }}
      threads: 8
    prod:
      type: redshift
      method: database
      host: dwh.abc123xyz.eu-west-1.redshift.amazonaws.com
      user: dbt_prod
      pass: ${k.hpw()}   # TODO: switch to iam
      port: 5439
      dbname: analytics
      schema: analytics
      threads: 8
      keepalives_idle: 240
`,
  ),

  ddoc(
    'data-prefect-blocks',
    ['code'],
    'flows/register_blocks.py',
    (k) => `from prefect.blocks.system import Secret
from prefect_sqlalchemy import SqlAlchemyConnector, ConnectionComponents, SyncDriver
from prefect_gcp import GcpCredentials

Secret(value="${k.tok()}").save("mailchimp-api-key", overwrite=True)

SqlAlchemyConnector(
    connection_info=ConnectionComponents(
        driver=SyncDriver.POSTGRESQL_PSYCOPG2,
        username="prefect",
        password="${k.pw()}",
        host="pg-analytics",
        port=5432,
        database="analytics",
    )
).save("analytics-db", overwrite=True)

# PREFECT_API_KEY for cloud: ${k.tok('pnu_' + k.g.alnum(36))}
GcpCredentials(service_account_file="~/keys/prefect-gcs.json").save("gcs-creds")
`,
  ),

  ddoc(
    'data-dagster-yaml-resources',
    ['config-syntax', 'code'],
    'dagster_project/resources.py',
    (k) => `from dagster import Definitions, EnvVar
from dagster_snowflake import SnowflakeResource
from dagster_dbt import DbtCliResource

snowflake = SnowflakeResource(
    account="${k.n('ab12345.eu-west-1')}",
    user="DAGSTER",
    password=${k.n('EnvVar("SNOWFLAKE_PASSWORD")')},
    warehouse="DAGSTER_WH",
)

# local testing only
snowflake_local = SnowflakeResource(account="ab12345.eu-west-1", user="JULES", password="${k.pw()}", warehouse="DEV_WH")

defs = Definitions(resources={"snowflake": snowflake, "dbt": DbtCliResource(project_dir="dbt")})
`,
  ),

  ddoc(
    'data-meltano-singer-config',
    ['config-syntax', 'credential-file'],
    'extract/tap-postgres.config.json',
    (k) => `{
  "host": "crm-db.internal",
  "port": 5432,
  "user": "singer_tap",
  "password": "${k.pw()}",
  "dbname": "crm",
  "filter_schemas": "public,billing",
  "default_replication_method": "LOG_BASED",
  "ssl": "true"
}
`,
  ),

  ddoc(
    'data-meltano-yml',
    ['config-syntax'],
    'meltano.yml',
    (k) => `version: 1
default_environment: dev
project_id: ${k.n(k.uuid())}
plugins:
  extractors:
  - name: tap-github
    variant: meltanolabs
    config:
      repositories: [acme/webshop, acme/dwh]
      start_date: '2024-01-01'
      auth_token: ${k.prov('githubPat', 'GitHub')}
  - name: tap-hubspot
    config:
      access_token: ${k.n('$TAP_HUBSPOT_ACCESS_TOKEN')}
  - name: tap-shopify
    config:
      store: acme-shop
      api_key: ${k.tok('shpat_' + k.hex(32))}
  loaders:
  - name: target-postgres
    config:
      host: localhost
      user: meltano
      password: ${k.hpw()}
      database: warehouse
`,
  ),

  ddoc(
    'data-airbyte-source-export',
    ['config-syntax', 'logs-and-output'],
    'airbyte/exports/source_mysql.json',
    (k) => `{
  "sourceId": "${k.n(k.uuid())}",
  "workspaceId": "${k.n(k.uuid())}",
  "name": "MySQL shop (prod)",
  "sourceDefinitionId": "${k.n(k.uuid())}",
  "connectionConfiguration": {
    "host": "mysql-shop.internal",
    "port": 3306,
    "database": "shop",
    "username": "airbyte",
    "password": "${k.pw()}",
    "ssl_mode": {"mode": "preferred"},
    "replication_method": {"method": "CDC", "server_time_zone": "Europe/Berlin"},
    "tunnel_method": {
      "tunnel_method": "SSH_PASSWORD_AUTH",
      "tunnel_host": "bastion.acme.example",
      "tunnel_port": 22,
      "tunnel_user": "airbyte",
      "tunnel_user_password": "${k.hpw()}"
    }
  }
}
`,
  ),

  ddoc(
    'data-fivetran-terraform',
    ['config-syntax', 'code'],
    'infra/fivetran/connectors.tf',
    (k) => `resource "fivetran_connector" "hubspot" {
  group_id        = fivetran_group.warehouse.id
  service         = "hubspot"
  run_setup_tests = true
  destination_schema { name = "hubspot" }
}

resource "fivetran_connector" "sftp_finance" {
  group_id = fivetran_group.warehouse.id
  service  = "sftp"
  config {
    host     = "sftp.bank.example"
    port     = 22
    user     = "acme_fin"
    password = "${k.pw()}"
    folder_path = "/outgoing"
  }
}

provider "fivetran" {
  api_key    = "${k.tok(k.g.alnum(16))}"
  api_secret = "${k.tok(k.g.alnum(32))}"
}

variable "snowflake_password" {
  type      = string
  sensitive = true
  default   = ""
}
`,
  ),

  ddoc(
    'data-luigi-cfg',
    ['config-syntax'],
    'luigi.cfg',
    (k) => `[core]
default-scheduler-host=luigi.internal

[postgres]
host=pg-dwh
database=dwh
user=luigi
password=${k.pw()}

[redshift]
host=dwh.abc123xyz.eu-west-1.redshift.amazonaws.com
user=luigi
password=${k.n('%(REDSHIFT_PASSWORD)s')}

[s3]
aws_access_key_id=${k.u(k.awsId())}
aws_secret_access_key=${k.prov('awsSecret', 'AWS secret key')}

[email]
receiver=data-alerts@acme.example
sender=luigi@acme.example
`,
  ),
];
