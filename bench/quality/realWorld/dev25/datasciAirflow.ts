// Orchestration: Airflow connections as URIs and CLI calls, docker-compose stacks for Airflow/Superset/MLflow/
// JupyterHub, .env files, Dagster/Prefect configs, beside Fernet-looking ids, Jinja templates and secret backends.
import type { RealWorldDoc } from '../types';
import { dDoc, D } from './datasciValues';

export const DATASCI_AIRFLOW_DOCS: RealWorldDoc[] = [
  dDoc(
    'datasci-airflow-env-conn-uris',
    ['config-syntax', 'precision'],
    'deploy/airflow/.env',
    (k) => `AIRFLOW_UID=50000
AIRFLOW__CORE__FERNET_KEY=${k.s('token', D.fernet(k.g))}
AIRFLOW__WEBSERVER__SECRET_KEY=${k.tok()}
AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql+psycopg2://airflow:${k.cs()}@postgres/airflow
AIRFLOW_CONN_SNOWFLAKE_DEFAULT=snowflake://AIRFLOW_SVC:${k.cs()}@xy12345/ANALYTICS/PUBLIC?warehouse=LOADING&role=LOADER
AIRFLOW_CONN_S3_RAW=aws://${k.u(D.awsId(k.g))}:${k.prov('AWS secret access key', encodeURIComponent(D.awsSecret(k.g)))}@
AIRFLOW_CONN_SLACK_ALERTS=${k.n('${SLACK_CONN_FROM_VAULT}')}
AIRFLOW__SECRETS__BACKEND=airflow.providers.hashicorp.secrets.vault.VaultBackend
_AIRFLOW_WWW_USER_USERNAME=admin
_AIRFLOW_WWW_USER_PASSWORD=${k.pw()}
`,
  ),

  dDoc(
    'datasci-airflow-connections-add-history',
    ['command-line', 'precision'],
    'ops/notes/airflow_bootstrap.sh',
    (k) => `# bootstrap connections on the new scheduler (run once)
airflow connections add 'postgres_dwh' \\
    --conn-type postgres --conn-host dwh.internal --conn-login etl \\
    --conn-password '${k.pw()}' --conn-port 5432 --conn-schema analytics
airflow connections add 'databricks_default' --conn-type databricks --conn-host adb-${k.n(k.g.digits(16))}.7.azuredatabricks.net \\
    --conn-password ${k.prov('Databricks', D.databricks(k.g))}
airflow connections add 'http_crm' --conn-uri 'https://api-user:${k.cs()}@crm.example.com/api'
airflow variables set openai_api_key ${k.prov('OpenAI', D.openai(k.g))}
airflow variables set model_version ${k.n(D.sha(k.g).slice(0, 12))}
airflow users create --username ops --firstname Ops --lastname Team --role Admin --email ops@acme.io --password ${k.spw()}
`,
  ),

  dDoc(
    'datasci-airflow-dag-defaults',
    ['code', 'defaults-in-code', 'precision'],
    'dags/export_to_partner.py',
    (k) => `from airflow import DAG
from airflow.models import Variable
from airflow.providers.sftp.operators.sftp import SFTPOperator
import pendulum

PARTNER_SFTP_PASSWORD = Variable.get("partner_sftp_password", default_var="${k.pw()}")
PARTNER_API_KEY = Variable.get("partner_api_key", default_var=${k.n('None')})
SLACK_WEBHOOK = "${k.prov('Slack webhook', D.slackHook(k.g))}"

with DAG("export_to_partner", start_date=pendulum.datetime(2026, 1, 1), schedule="0 5 * * *", catchup=False) as dag:
    push = SFTPOperator(task_id="push", ssh_conn_id="partner_sftp", local_filepath="/tmp/export_{{ ds_nodash }}.csv",
                        remote_filepath="/inbound/export_{{ ds_nodash }}.csv")
# dag hash ${k.n(D.md5(k.g))}
`,
  ),

  dDoc(
    'datasci-compose-superset',
    ['config-syntax', 'precision'],
    'superset/docker-compose.yml',
    (k) => `services:
  superset:
    image: apache/superset:4.0.2
    environment:
      SUPERSET_SECRET_KEY: "${k.tok()}"
      DATABASE_URL: postgresql://superset:${k.cs()}@db:5432/superset
      ADMIN_PASSWORD: ${k.pw()}
      MAPBOX_API_KEY: ${k.n('${MAPBOX_API_KEY}')}
    ports: ["8088:8088"]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: superset
      POSTGRES_PASSWORD: ${k.pw()}
  redis:
    image: redis:7@sha256:${k.n(D.sha256(k.g))}
`,
  ),

  dDoc(
    'datasci-superset-config-py',
    ['code', 'defaults-in-code', 'precision'],
    'superset/superset_config.py',
    (k) => `import os

SECRET_KEY = os.environ.get("SUPERSET_SECRET_KEY", "${k.tok()}")
SQLALCHEMY_DATABASE_URI = "postgresql://superset:${k.cs()}@superset-db:5432/superset"
PREVIOUS_SECRET_KEY = "${k.n('CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET')}"
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD")
MAPBOX_API_KEY = os.getenv("MAPBOX_API_KEY", "")
FEATURE_FLAGS = {"ALERT_REPORTS": True, "EMBEDDED_SUPERSET": True}
GUEST_TOKEN_JWT_SECRET = "${k.tok()}"
WTF_CSRF_EXEMPT_LIST = ["superset.views.core.log"]
`,
  ),

  dDoc(
    'datasci-compose-mlflow-minio',
    ['config-syntax', 'precision'],
    'mlops/docker-compose.yaml',
    (k) => `version: "3.9"
services:
  minio:
    image: minio/minio
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: mlflow
      MINIO_ROOT_PASSWORD: ${k.gpw()}
  mlflow:
    image: ghcr.io/mlflow/mlflow:v2.14.1
    environment:
      MLFLOW_S3_ENDPOINT_URL: http://minio:9000
      AWS_ACCESS_KEY_ID: mlflow
      AWS_SECRET_ACCESS_KEY: ${k.gpw()}
    command: >
      mlflow server --backend-store-uri postgresql://mlflow:${k.cs()}@pg/mlflow
      --artifacts-destination s3://mlflow --host 0.0.0.0
  pg:
    image: postgres:15
    environment:
      POSTGRES_PASSWORD_FILE: ${k.n('/run/secrets/pg_password')}
`,
  ),

  dDoc(
    'datasci-jupyterhub-config',
    ['code', 'config-syntax', 'precision'],
    'jupyterhub/jupyterhub_config.py',
    (k) => `c = get_config()  # noqa

c.JupyterHub.authenticator_class = "nativeauthenticator.NativeAuthenticator"
c.Authenticator.admin_users = {"admin", "lab-admin"}
c.JupyterHub.cookie_secret = bytes.fromhex("${k.hex(64)}")
c.JupyterHub.services = [
    {"name": "idle-culler", "api_token": "${k.hex(64)}"},
    {"name": "grader", "api_token": ${k.n('os.environ["GRADER_TOKEN"]')}},
]
c.DummyAuthenticator.password = "${k.hpw()}"
c.GenericOAuthenticator.client_id = "${k.n('jupyterhub-' + k.g.digits(6))}"
c.GenericOAuthenticator.client_secret = "${k.tok()}"
c.Spawner.default_url = "/lab"
`,
  ),

  dDoc(
    'datasci-jupyter-server-config-json',
    ['config-syntax', 'precision'],
    '.jupyter/jupyter_server_config.json',
    (k) => `{
  "IdentityProvider": {
    "hashed_password": "${k.n(D.argon2(k.g))}",
    "token": "${k.s('token', k.g.hex(48))}"
  },
  "ServerApp": {
    "ip": "0.0.0.0",
    "port": 8888,
    "open_browser": false,
    "allow_remote_access": true
  }
}
`,
  ),

  dDoc(
    'datasci-jupyter-notebook-config-legacy',
    ['code', 'config-syntax', 'precision'],
    '.jupyter/jupyter_notebook_config.py',
    (k) => `# Configuration file for jupyter-notebook.
c.NotebookApp.ip = "*"
c.NotebookApp.port = 8890
c.NotebookApp.password = u"${k.n(D.sha1Jupyter(k.g))}"
# c.NotebookApp.token = '<generated>'
c.NotebookApp.token = "${k.hex(32)}"
c.NotebookApp.certfile = u"${k.n('/home/deep/certs/mycert.pem')}"
c.NotebookApp.keyfile = u"/home/deep/certs/mykey.key"
`,
  ),

  dDoc(
    'datasci-prefect-blocks-script',
    ['code', 'defaults-in-code', 'precision'],
    'flows/register_blocks.py',
    (k) => `from prefect_aws import AwsCredentials, S3Bucket
from prefect_sqlalchemy import SqlAlchemyConnector, ConnectionComponents, SyncDriver
from prefect.blocks.system import Secret

AwsCredentials(aws_access_key_id="${k.u(D.awsId(k.g))}", aws_secret_access_key="${k.prov('AWS secret access key', D.awsSecret(k.g))}").save("prod-aws", overwrite=True)
Secret(value="${k.prov('OpenAI', D.openai(k.g))}").save("openai-key", overwrite=True)
SqlAlchemyConnector(
    connection_info=ConnectionComponents(driver=SyncDriver.POSTGRESQL_PSYCOPG2, username="prefect", password="${k.pw()}", host="pg", port=5432, database="dwh")
).save("dwh", overwrite=True)
# workspace id ${k.n(k.g.uuid())}
`,
  ),

  dDoc(
    'datasci-dagster-yaml',
    ['config-syntax', 'precision'],
    'dagster/dagster.yaml',
    (k) => `storage:
  postgres:
    postgres_db:
      username: dagster
      password: ${k.pw()}
      hostname: dagster-pg
      db_name: dagster
      port: 5432
run_launcher:
  module: dagster_k8s
  class: K8sRunLauncher
  config:
    env_secrets: [${k.n('dagster-pg-secret')}]
compute_logs:
  module: dagster_aws.s3.compute_log_manager
  class: S3ComputeLogManager
  config:
    bucket: acme-dagster-logs
    prefix: ${k.n('env: DAGSTER_LOG_PREFIX')}
`,
  ),

  dDoc(
    'datasci-k8s-secret-mlflow',
    ['config-syntax', 'credential-file', 'precision'],
    'k8s/mlflow/secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: mlflow-credentials
  namespace: mlops
type: Opaque
stringData:
  MLFLOW_TRACKING_PASSWORD: "${k.pw()}"
  DB_PASSWORD: "${k.gpw()}"
data:
  AWS_SECRET_ACCESS_KEY: ${k.s('token', D.b64(D.awsSecret(k.g)))}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: mlflow-config
data:
  MLFLOW_TRACKING_URI: https://mlflow.acme-analytics.io
  ARTIFACT_ROOT: ${k.n('s3://acme-mlflow-artifacts/')}
  IMAGE_DIGEST: sha256:${k.n(D.sha256(k.g))}
`,
  ),
];
