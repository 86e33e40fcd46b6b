// rw-dev11 data: more look-alikes from experiment trackers and catalogs (MLflow meta files, W&B run summaries,
// conda locks, Great Expectations results, catalog exports, parquet footers), each with a few real tokens
// that people paste among them. Written without reading the engine.
import type { RealWorldDoc } from '../types';
import { ddoc } from './dataValues';

export const DATA_NEG2_DOCS: RealWorldDoc[] = [
  ddoc(
    'data-neg-mlflow-meta',
    ['precision', 'config-syntax'],
    'mlruns/1/meta.yaml',
    (k) => `artifact_uri: s3://mlflow/1/${k.n(k.hex(32))}/artifacts
end_time: 1718186532112
entry_point_name: ''
experiment_id: '1'
lifecycle_stage: active
run_id: ${k.n(k.hex(32))}
run_name: ${k.n('gentle-owl-117')}
run_uuid: ${k.n(k.hex(32))}
source_name: ''
source_type: 4
source_version: ${k.n(k.sha())}
start_time: 1718180001001
status: 3
tags: []
user_id: ${k.n('lucia.m')}
`,
  ),

  ddoc(
    'data-neg-wandb-summary',
    ['precision', 'logs-and-output'],
    'wandb/run-20240611_101522-abc/files/wandb-metadata.json',
    (k) => `{
  "os": "Linux-5.15.0-1057-azure-x86_64-with-glibc2.35",
  "python": "${k.n('3.10.12')}",
  "heartbeatAt": "2024-06-11T10:15:24.331201",
  "startedAt": "2024-06-11T10:15:22.110932",
  "program": "train.py",
  "codePath": "train.py",
  "git": {"remote": "git@github.com:nlp-lab/intent.git", "commit": "${k.n(k.sha())}"},
  "email": "kenji@nlp-lab.example",
  "host": "gpu-node-07",
  "username": "kenji",
  "executable": "/opt/conda/bin/python",
  "cpu_count": 32,
  "gpu": "NVIDIA A100-SXM4-80GB",
  "gpu_devices": [{"name": "NVIDIA A100-SXM4-80GB", "memory_total": 85899345920, "uuid": "${k.n('GPU-' + k.uuid())}"}],
  "args": ["--lr", "3e-5", "--wandb-run-id", "${k.n(k.g.lower(8))}"],
  "docker": "${k.n('sha256:' + k.hex(64))}"
}
`,
  ),

  ddoc(
    'data-neg-conda-lock',
    ['precision'],
    'conda-lock.yml',
    (k) => `version: 1
metadata:
  content_hash:
    linux-64: ${k.n(k.hex(64))}
    osx-arm64: ${k.n(k.hex(64))}
  channels:
  - url: conda-forge
package:
- name: numpy
  version: ${k.n('1.26.4')}
  manager: conda
  platform: linux-64
  url: https://conda.anaconda.org/conda-forge/linux-64/numpy-1.26.4-py311h64a7726_0.conda
  hash:
    md5: ${k.n(k.hex(32))}
    sha256: ${k.n(k.hex(64))}
- name: pyarrow
  version: ${k.n('16.1.0')}
  manager: conda
  platform: linux-64
  hash:
    md5: ${k.n(k.hex(32))}
    sha256: ${k.n(k.hex(64))}
`,
  ),

  ddoc(
    'data-neg-ge-validation-result',
    ['precision', 'logs-and-output'],
    'great_expectations/uncommitted/validations/orders/20240612T100211.json',
    (k) => `{
  "success": false,
  "meta": {
    "run_id": {"run_name": "${k.n('20240612-100211-orders')}", "run_time": "2024-06-12T10:02:11.412812+00:00"},
    "batch_spec": {"query": "select * from marts.fct_orders", "data_asset_name": "fct_orders"},
    "checkpoint_id": "${k.n(k.uuid())}",
    "validation_id": "${k.n(k.hex(32))}",
    "great_expectations_version": "${k.n('0.18.12')}"
  },
  "results": [
    {"success": false, "expectation_config": {"expectation_type": "expect_column_values_to_not_be_null", "kwargs": {"column": "customer_id"}},
     "result": {"unexpected_count": 12, "partial_unexpected_list": [null]}},
    {"success": true, "expectation_config": {"expectation_type": "expect_column_values_to_match_regex", "kwargs": {"column": "order_token", "regex": "${k.n('^[0-9a-f]{32}$')}"}},
     "result": {"partial_unexpected_list": []}}
  ]
}
`,
  ),

  ddoc(
    'data-neg-catalog-export',
    ['precision', 'credential-file'],
    'exports/catalog/datasets.csv',
    (k) => `dataset_id,name,owner,classification,row_count,schema_fingerprint
${k.n(k.uuid())},marts.fct_orders,data-eng,internal,48213377,${k.n(k.hex(40))}
${k.n(k.uuid())},marts.dim_customers,data-eng,confidential,1203311,${k.n(k.hex(40))}
${k.n(k.uuid())},raw.web_logs,platform,internal,9928311201,${k.n(k.hex(40))}
${k.n(k.uuid())},stage.gl_entries,finance,restricted,3321009,${k.n(k.hex(40))}
${k.n(k.uuid())},ref.country_codes,data-eng,public,249,${k.n(k.hex(40))}
${k.n(k.uuid())},marts.fct_sessions,data-eng,internal,88123001,${k.n(k.hex(40))}
${k.n(k.uuid())},ml.features_churn,mlops,confidential,48213,${k.n(k.hex(40))}
${k.n(k.uuid())},raw.hubspot_contacts,growth,restricted,320011,${k.n(k.hex(40))}
${k.n(k.uuid())},raw.stripe_charges,finance,restricted,1200931,${k.n(k.hex(40))}
`,
  ),

  ddoc(
    'data-neg-parquet-footer',
    ['precision', 'logs-and-output'],
    'docs/debug/parquet-meta.txt',
    (k) => `$ parquet-tools meta part-00000-${k.n(k.uuid())}-c000.snappy.parquet
file:        file:/data/out/part-00000-${k.n(k.uuid())}-c000.snappy.parquet
creator:     parquet-mr version 1.13.1 (build ${k.n(k.sha())})
extra:       org.apache.spark.version = ${k.n('3.5.1')}
extra:       org.apache.spark.sql.parquet.row.metadata = {"type":"struct","fields":[{"name":"user_hash","type":"string"},{"name":"api_key_sha","type":"string"}]}

file schema: spark_schema
user_hash:   OPTIONAL BINARY L:STRING R:0 D:1
api_key_sha: OPTIONAL BINARY L:STRING R:0 D:1

row group 1: RC:120000 TS:8123311 OFFSET:4
sample row:  user_hash=${k.n(k.hex(64))} api_key_sha=${k.n(k.hex(64))}
`,
  ),

  ddoc(
    'data-tok-notebook-env-dump',
    ['logs-and-output', 'code'],
    'notebooks/debug_env.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 12,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "HOSTNAME=jupyter-rahul\\n",
      "JUPYTERHUB_API_TOKEN=${k.tok(k.hex(32))}\\n",
      "JUPYTERHUB_CLIENT_ID=${k.n('jupyterhub-user-rahul')}\\n",
      "JPY_API_TOKEN=${k.tok(k.hex(32))}\\n",
      "FEAST_REGISTRY_TOKEN=${k.tok(k.g.alnum(36))}\\n",
      "SNOWFLAKE_PASSWORD=${k.pw()}\\n",
      "HF_HUB_ENABLE_HF_TRANSFER=1\\n",
      "CONDA_PREFIX=/opt/conda\\n",
      "PIP_INDEX_URL=https://rahul:${k.cs()}@nexus.acme.example/repository/pypi/simple\\n",
      "KERNEL_ID=${k.n(k.uuid())}\\n"
     ]
    }
   ],
   "source": ["!env | sort"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),

  ddoc(
    'data-tok-streamlit-secrets',
    ['credential-file', 'config-syntax'],
    '.streamlit/secrets.toml',
    (k) => `# Streamlit secrets for the sales dashboard (do NOT commit — too late)
[connections.snowflake]
account = "${k.n('xy12345.eu-central-1')}"
user = "STREAMLIT"
password = "${k.pw()}"
warehouse = "APP_WH"

[connections.gsheets]
spreadsheet = "https://docs.google.com/spreadsheets/d/${k.n('1' + k.g.base64url(43))}/edit"
type = "service_account"
private_key_id = "${k.n(k.hex(40))}"
client_email = "sheets@acme-dash.iam.gserviceaccount.com"
client_id = "${k.n(k.g.digits(21))}"

[api]
kpi_token = "${k.tok(k.g.base64url(40))}"
mapbox_public = "${k.n(k.mapboxPublic())}"
`,
  ),

  ddoc(
    'data-tok-dataiku-and-alteryx',
    ['config-syntax', 'prose'],
    'docs/tools/dss-and-alteryx.md',
    (k) => `# Dataiku DSS and Alteryx Server

DSS public API key (project SALES, read/write): \`${k.tok(k.g.alnum(32))}\`
Global admin key, used by the backup job: ${k.tok(k.g.alnum(32))}

Alteryx Gallery API:
- key: ${k.tok(k.hex(32))}
- secret: ${k.tok(k.g.alnum(40))}

Plugin preset "Snowflake prod" (json stored in DSS):

    {"user": "DSS_PROD", "password": "${k.pw()}", "account": "${k.n('xy12345')}"}

Workflow id ${k.n(k.hex(24))} is the nightly one; don't confuse its id with a key.
`,
  ),

  ddoc(
    'data-tok-hex-webhooks-env-ja',
    ['config-syntax', 'prose'],
    'docs/dwh/通知設定.md',
    (k) => `# 通知設定 (DWH)

- Slack 通知用 Webhook: ${k.prov('slackWebhook', 'Slack webhook')}
- Chatwork API トークン: ${k.tok(k.hex(32))}
- LINE Notify アクセストークン: ${k.tok(k.g.alnum(43))}
- Backlog API キー: ${k.tok(k.g.alnum(64))}
- 通知先ルーム ID: ${k.n(k.g.digits(9))}（これは秘密ではない）
`,
  ),
  ddoc(
    'data-neg-spark-event-log',
    ['precision', 'logs-and-output'],
    'spark-logs/application_1718180000000_0042.inprogress',
    (k) => `{"Event":"SparkListenerLogStart","Spark Version":"${k.n('3.5.1')}"}
{"Event":"SparkListenerApplicationStart","App Name":"sessionize","App ID":"${k.n('application_1718180000000_0042')}","Timestamp":1718180012345,"User":"etl"}
{"Event":"SparkListenerExecutorAdded","Timestamp":1718180015001,"Executor ID":"1","Executor Info":{"Host":"worker-3","Total Cores":4,"Log Urls":{"stdout":"http://worker-3:8042/node/containerlogs/${k.n('container_e07_1718180000000_0042_01_000002')}/etl/stdout"}}}
{"Event":"SparkListenerJobStart","Job ID":0,"Properties":{"spark.job.description":"count at sessionize.py:88","spark.sql.execution.id":"0","callSite.short":"count at sessionize.py:88","spark.jobGroup.id":"${k.n(k.uuid())}"}}
{"Event":"org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart","executionId":0,"rootExecutionId":0,"description":"count","physicalPlanDescription":"== Physical Plan ==\\n* HashAggregate (3)","modifiedConfigs":{"spark.hadoop.fs.s3a.secret.key":"${k.n('*********(redacted)')}","spark.jdbc.password":"${k.n('*********(redacted)')}"}}
{"Event":"SparkListenerBlockManagerAdded","Block Manager ID":{"Executor ID":"driver","Host":"edge-01","Port":41233},"Maximum Memory":4772250009,"Timestamp":1718180013004}
{"Event":"SparkListenerTaskEnd","Stage ID":0,"Task Info":{"Task ID":0,"Attempt":0,"Host":"worker-3","Accumulables":[{"ID":${k.n('1288')},"Name":"internal.metrics.resultSize","Update":"2034"}]}}
`,
  ),

  ddoc(
    'data-neg-airflow-cfg',
    ['precision', 'config-syntax'],
    'airflow/airflow.cfg',
    (k) => `[core]
dags_folder = /opt/airflow/dags
executor = KubernetesExecutor
fernet_key = ${k.n('{FERNET_KEY}')}
hide_sensitive_var_conn_fields = True
sensitive_var_conn_names = ${k.n('api_key,token,passwd,secret')}

[database]
sql_alchemy_conn_cmd = ${k.n('cat /run/secrets/airflow_db_uri')}
sql_alchemy_conn_secret = ${k.n('airflow/sql_alchemy_conn')}

[webserver]
secret_key = ${k.n('{{ SECRET_KEY }}')}
base_url = https://airflow.acme.example

[secrets]
backend = airflow.providers.hashicorp.secrets.vault.VaultBackend
backend_kwargs = {"connections_path": "connections", "variables_path": "variables", "url": "https://vault.acme.example", "auth_type": "kubernetes", "kubernetes_role": "airflow"}

[smtp]
smtp_host = smtp.office365.com
smtp_user = airflow-alerts@acme.example
smtp_password = ${k.hpw()}
smtp_mail_from = airflow-alerts@acme.example
`,
  ),

  ddoc(
    'data-neg-env-example',
    ['precision', 'config-syntax'],
    '.env.example',
    (k) => `# copy to .env and fill in. NEVER commit .env
DWH_HOST=dwh.internal
DWH_USER=${k.n('<your-username>')}
DWH_PASSWORD=${k.n('<your-password>')}
SNOWFLAKE_ACCOUNT=${k.n('xy12345.eu-central-1')}
SNOWFLAKE_PASSWORD=${k.n('changeme')}
DATABRICKS_TOKEN=${k.n('dapi' + 'x'.repeat(32))}
HF_TOKEN=${k.n('hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}
WANDB_API_KEY=${k.n('your-wandb-key')}
OPENAI_API_KEY=${k.n('sk-...')}
AWS_ACCESS_KEY_ID=${k.n('AKIAIOSFODNN7EXAMPLE')}
AWS_SECRET_ACCESS_KEY=${k.n('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}
MLFLOW_TRACKING_PASSWORD=
JUPYTER_TOKEN=${k.n('${JUPYTER_TOKEN:-}')}
`,
  ),

  ddoc(
    'data-neg-git-log-data-repo',
    ['precision', 'logs-and-output'],
    'docs/debug/git-log.txt',
    (k) => `$ git log --oneline -8
${k.n(k.sha().slice(0, 7))} dbt: add fct_orders incremental
${k.n(k.sha().slice(0, 7))} notebooks: strip outputs (nbstripout)
${k.n(k.sha().slice(0, 7))} remove hardcoded snowflake password, read from env
${k.n(k.sha().slice(0, 7))} airflow: move connections to vault
${k.n(k.sha().slice(0, 7))} Merge pull request #412 from acme/feature/token-rotation
${k.n(k.sha().slice(0, 7))} bump pandas to 2.2.2
$ git show --stat HEAD~2 | head -3
commit ${k.n(k.sha())}
Author: Bruno <bruno@acme.example>
`,
  ),

  ddoc(
    'data-neg-spark-operator-k8s',
    ['precision', 'config-syntax'],
    'k8s/spark/sessionize-app.yaml',
    (k) => `apiVersion: sparkoperator.k8s.io/v1beta2
kind: SparkApplication
metadata:
  name: sessionize
spec:
  type: Python
  mode: cluster
  image: ${k.n('ghcr.io/acme/spark-jobs@sha256:' + k.hex(64))}
  mainApplicationFile: local:///opt/jobs/sessionize.py
  sparkConf:
    spark.hadoop.fs.s3a.access.key: ${k.n('$(AWS_ACCESS_KEY_ID)')}
  driver:
    envSecretKeyRefs:
      AWS_SECRET_ACCESS_KEY: {name: ${k.n('spark-s3')}, key: ${k.n('secret_key')}}
      JDBC_PASSWORD: {name: ${k.n('dwh-credentials')}, key: ${k.n('password')}}
  executor:
    instances: 4
    env:
      - name: DWH_PASSWORD
        valueFrom: {secretKeyRef: {name: ${k.n('dwh-credentials')}, key: ${k.n('password')}}}
`,
  ),
];
