// rw-dev11 data: credential-ish files around data work: spreadsheets exported as CSV with login columns, ML
// tool credential files (W&B netrc, HF token, kaggle.json, MLflow), Jupyter server configs, docker-compose
// files of analytics stacks, and runs' printed output. Written without reading the engine.
import type { RealWorldDoc } from '../types';
import { ddoc } from './dataValues';

export const DATA_FILE_DOCS: RealWorldDoc[] = [
  ddoc(
    'data-csv-accounts-export',
    ['credential-file', 'config-syntax'],
    'exports/Zugaenge_Datenquellen.csv',
    (k) => `System;Host;Benutzer;Passwort;Bemerkung
DWH Postgres;dwh.internal;statistik;${k.pw()};nur lesend
SAP BW;bw-prd;BW_READ;${k.hpw()};Kennwort läuft alle 90 Tage ab
Google Analytics;-;analytics@acme.example;${k.n('SSO')};über Google-Login
SFTP Marktforschung;sftp.panel-vendor.example;acme_panel;${k.gpw()};Port 2222
Tableau;tableau.corp.local;svc_tabcmd;${k.pw()};
Excel Zielwerte;-;-;${k.letters()};Blattschutz
`,
  ),

  ddoc(
    'data-csv-user-list-hashes',
    ['precision', 'credential-file'],
    'exports/app_users_sample.csv',
    (k) => `id,email,password_hash,created_at,last_login_ip,api_key_last4
1,${k.n('anika@example.com')},${k.n('$2b$12$' + k.g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53))},2023-01-04 10:22:01,10.0.3.4,${k.n(k.g.alnum(4))}
2,${k.n('bruno@example.com')},${k.n('$2b$12$' + k.g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53))},2023-02-11 08:01:45,10.0.3.9,${k.n(k.g.alnum(4))}
3,${k.n('carla@example.com')},${k.n('$argon2id$v=19$m=65536,t=3,p=4$' + k.g.base64(22) + '$' + k.g.base64(43))},2023-03-02 17:40:12,10.0.4.1,${k.n(k.g.alnum(4))}
4,${k.n('dmitri@example.com')},${k.n('pbkdf2_sha256$600000$' + k.g.alnum(22) + '$' + k.g.base64(43) + '=')},2023-03-09 12:00:00,10.0.4.7,${k.n(k.g.alnum(4))}
`,
  ),

  ddoc(
    'data-xlsx-sheet-dump',
    ['credential-file', 'prose'],
    'exports/shared_drive/Team_Logins.xlsx.txt',
    (k) => `Sheet: Logins (exported with xlsx2csv)
"Tool","URL","Login","PW","Owner","Last changed"
"Amplitude","https://analytics.amplitude.com","data@acme.example","${k.pw()}","Hana","2024-03-01"
"Mixpanel","https://mixpanel.com","data@acme.example","${k.hpw()}","Hana","2023-11-20"
"Hotjar","https://insights.hotjar.com","growth@acme.example","${k.pw()}","Sofia","2024-01-15"
"Similarweb","https://pro.similarweb.com","marketing@acme.example","${k.letters()}","Pedro","2022-09-09"
"Statista","https://statista.com","library@acme.example","${k.n('(SSO via university)')}","-","-"
Sheet: API keys
"Service","Key"
"SerpAPI","${k.tok(k.hex(64))}"
"Clearbit","${k.tok('sk_' + k.hex(32))}"
`,
  ),

  ddoc(
    'data-netrc-wandb',
    ['credential-file'],
    'home/.netrc',
    (k) => `machine api.wandb.ai
  login user
  password ${k.tok(k.hex(40))}
machine urs.earthdata.nasa.gov login fatima_r password ${k.pw()}
machine dwh-files.internal
  login kenji
  password ${k.hpw()}
`,
  ),

  ddoc(
    'data-hf-token-and-kaggle',
    ['credential-file'],
    'home/.kaggle/kaggle.json',
    (k) => `{"username":"yuki_t","key":"${k.tok(k.hex(32))}"}
`,
  ),

  ddoc(
    'data-hf-cache-token',
    ['credential-file'],
    'home/.cache/huggingface/stored_tokens',
    (k) => `[read-only]
hf_token = ${k.prov('huggingface', 'Hugging Face')}

[write-lab]
hf_token = ${k.prov('huggingface', 'Hugging Face')}
`,
  ),

  ddoc(
    'data-jupyter-server-config',
    ['code', 'config-syntax'],
    'home/.jupyter/jupyter_server_config.py',
    (k) => `# Configuration file for jupyter-server.
c = get_config()  # noqa
c.ServerApp.ip = "0.0.0.0"
c.ServerApp.open_browser = False
c.ServerApp.port = 8888
c.IdentityProvider.token = "${k.tok(k.hex(48))}"
# c.ServerApp.password = ''
c.PasswordIdentityProvider.hashed_password = "${k.n('argon2:$argon2id$v=19$m=10240,t=10,p=8$' + k.g.base64(22) + '$' + k.g.base64(43))}"
c.ServerApp.allow_origin = "*"
`,
  ),

  ddoc(
    'data-jupyterhub-config',
    ['code', 'config-syntax'],
    'jupyterhub/jupyterhub_config.py',
    (k) => `c.JupyterHub.authenticator_class = "ldapauthenticator.LDAPAuthenticator"
c.LDAPAuthenticator.server_address = "ldap.corp.local"
c.LDAPAuthenticator.lookup_dn_search_user = "cn=jhub-bind,ou=svc,dc=corp,dc=local"
c.LDAPAuthenticator.lookup_dn_search_password = "${k.pw()}"
c.JupyterHub.cookie_secret = bytes.fromhex("${k.tok(k.hex(64))}")
c.ConfigurableHTTPProxy.auth_token = "${k.tok(k.hex(32))}"
c.JupyterHub.services = [
    {"name": "idle-culler", "api_token": "${k.tok(k.hex(32))}", "command": ["python3", "-m", "jupyterhub_idle_culler", "--timeout=3600"]},
]
c.DummyAuthenticator.password = "${k.u('test')}"  # only in the local compose
`,
  ),

  ddoc(
    'data-compose-analytics-stack',
    ['config-syntax'],
    'docker-compose.analytics.yml',
    (k) => `services:
  jupyter:
    image: jupyter/pyspark-notebook:2024-05-27
    ports: ["8888:8888"]
    environment:
      JUPYTER_TOKEN: ${k.tok(k.g.alnum(32).toLowerCase())}
      GRANT_SUDO: "yes"
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: analytics
      POSTGRES_PASSWORD: ${k.pw()}
  minio:
    image: minio/minio:RELEASE.2024-05-10T01-41-38Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: ${k.n('minioadmin')}
      MINIO_ROOT_PASSWORD: ${k.gpw()}
  mlflow:
    image: ghcr.io/mlflow/mlflow:v2.13.0
    command: mlflow server --backend-store-uri postgresql://analytics:${k.cs()}@postgres/mlflow --default-artifact-root s3://mlflow/
    environment:
      MLFLOW_S3_ENDPOINT_URL: http://minio:9000
      AWS_ACCESS_KEY_ID: ${k.n('minioadmin')}
      AWS_SECRET_ACCESS_KEY: ${k.n('${MINIO_ROOT_PASSWORD}')}
  pgadmin:
    image: dpage/pgadmin4:8.6
    environment:
      PGADMIN_DEFAULT_EMAIL: admin@acme.example
      PGADMIN_DEFAULT_PASSWORD: ${k.hpw()}
`,
  ),

  ddoc(
    'data-training-log-output',
    ['logs-and-output'],
    'runs/2024-06-11_train.log',
    (k) => `2024-06-11 10:15:22 INFO  Loading config from configs/bert.yaml
2024-06-11 10:15:22 INFO  Config: {'model': 'bert-base-multilingual-cased', 'lr': 3e-05, 'batch_size': 32, 'wandb_key': '${k.tok(k.hex(40))}', 'hf_token': '${k.prov('huggingface', 'Hugging Face')}'}
2024-06-11 10:15:25 INFO  wandb: Syncing run ${k.n('rosy-sunset-42')}
2024-06-11 10:15:25 INFO  wandb: View run at https://wandb.ai/nlp-lab/bert-finetune/runs/${k.n(k.g.lower(8))}
2024-06-11 10:15:31 INFO  Dataset fingerprint: ${k.n(k.hex(16))}
2024-06-11 10:16:02 WARN  DB logger: connecting to postgresql://mlops:${k.cs()}@pg-mlops:5432/experiments
2024-06-11 11:42:10 INFO  epoch=3 loss=0.2143 f1=0.871
2024-06-11 11:42:12 INFO  pushed to hub: nlp-lab/bert-intent-v3 (commit ${k.n(k.sha())})
`,
  ),

  ddoc(
    'data-dbt-run-debug-log',
    ['logs-and-output'],
    'logs/dbt.log',
    (k) => `============================== 10:02:11.412812 | ${k.n(k.uuid())} ==============================
10:02:11.412812 [info ] [MainThread]: Running with dbt=1.7.14
10:02:11.420100 [debug] [MainThread]: running dbt with arguments {'debug': 'True', 'profiles_dir': '/home/ci/.dbt', 'target': 'prod'}
10:02:11.901223 [debug] [MainThread]: Acquiring new postgres connection 'master'
10:02:11.905113 [debug] [MainThread]: Using postgres connection "master" with credentials host=dwh.internal user=dbt_prod password=${k.pw()} dbname=analytics
10:02:12.002201 [info ] [MainThread]: Found 412 models, 1203 tests, 17 sources
10:02:12.003399 [debug] [MainThread]: Sending event: {'category': 'dbt', 'action': 'invocation', 'label': 'start', 'context': [<snowplow_tracker.self_describing_json.SelfDescribingJson object at 0x${k.n(k.hex(12))}>]}
`,
  ),

  ddoc(
    'data-sagemaker-env-json',
    ['config-syntax', 'credential-file'],
    'sagemaker/processing_env.json',
    (k) => `{
  "Environment": {
    "DB_HOST": "dwh.internal",
    "DB_USER": "sagemaker",
    "DB_PASSWORD": "${k.pw()}",
    "FEATURE_STORE_API_TOKEN": "${k.tok()}",
    "COMET_API_KEY": "${k.tok(k.g.alnum(25))}",
    "NEPTUNE_API_TOKEN": "${k.tok(k.g.base64(120).replace(/[+/]/g, 'z'))}",
    "MODEL_VERSION": "${k.n('3.2.1')}",
    "GIT_COMMIT": "${k.n(k.sha())}"
  },
  "RoleArn": "arn:aws:iam::${k.n(k.g.digits(12))}:role/SageMakerProcessing"
}
`,
  ),

  ddoc(
    'data-mlflow-env-and-server',
    ['config-syntax'],
    'mlflow/.env',
    (k) => `MLFLOW_TRACKING_URI=https://mlflow.acme.example
MLFLOW_TRACKING_USERNAME=ci
MLFLOW_TRACKING_PASSWORD=${k.pw()}
MLFLOW_TRACKING_TOKEN=
MLFLOW_FLASK_SERVER_SECRET_KEY=${k.tok(k.g.alnum(32))}
MLFLOW_AUTH_CONFIG_PATH=/etc/mlflow/basic_auth.ini
# basic_auth.ini: admin_username = admin / admin_password = ${k.hpw()}
`,
  ),
];
