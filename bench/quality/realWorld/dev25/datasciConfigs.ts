// Small config and credential files of a data scientist's machine and projects: .condarc, pip.conf, .pypirc,
// Streamlit secrets.toml, kaggle.json, databrickscfg, aws credentials, rclone, Label Studio, Weaviate, MLflow, in
// INI, TOML, YAML, JSON and .properties, with placeholders and hashes beside the values.
import type { RealWorldDoc } from '../types';
import { dDoc, D } from './datasciValues';

export const DATASCI_CONFIG_DOCS: RealWorldDoc[] = [
  dDoc(
    'datasci-condarc-channel-token',
    ['config-syntax', 'credential-file', 'precision'],
    'home/ana/.condarc',
    (k) => `channels:
  - https://conda.anaconda.org/t/${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz', 2) + '-' + k.g.uuid())}/acme-private
  - https://ml-conda:${k.cs()}@artifactory.acme.io/artifactory/api/conda/conda-remote
  - conda-forge
channel_priority: strict
ssl_verify: true
pkgs_dirs:
  - /opt/conda/pkgs
`,
  ),

  dDoc(
    'datasci-pip-conf',
    ['config-syntax', 'credential-file', 'precision'],
    'home/ana/.config/pip/pip.conf',
    (k) => `[global]
index-url = https://ana.m:${k.cs()}@artifactory.acme.io/artifactory/api/pypi/pypi-virtual/simple
trusted-host = artifactory.acme.io
timeout = 60

[install]
extra-index-url = https://aws:${k.s('connection-string', 'eyJ2ZXIiOjEsImlzdSI6MTc' + k.g.base64url(70) + '.' + k.g.base64url(22) + '.' + k.g.base64url(180))}@acme-${k.n(k.g.digits(12))}.d.codeartifact.eu-west-1.amazonaws.com/pypi/ml/simple/
`,
  ),

  dDoc(
    'datasci-pypirc',
    ['config-syntax', 'credential-file', 'precision'],
    'home/ml/.pypirc',
    (k) => `[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = ${k.prov('PyPI', 'pypi-AgEIcHlwaS5vcmc' + k.g.base64url(140))}

[internal]
repository = https://nexus.acme.io/repository/pypi-internal/
username = ml-release
password = ${k.pw()}
`,
  ),

  dDoc(
    'datasci-streamlit-secrets-toml',
    ['config-syntax', 'credential-file', 'precision'],
    '.streamlit/secrets.toml',
    (k) => `# Everything in this file is available as st.secrets
openai_api_key = "${k.prov('OpenAI', D.openai(k.g))}"

[snowflake]
account = "xy12345.eu-central-1"
user = "STREAMLIT_APP"
password = "${k.pw()}"
warehouse = "APPS_WH"

[connections.postgresql]
dialect = "postgresql"
host = "db.sales.example"
username = "streamlit"
password = "${k.gpw()}"

[passwords]
# user = password for the simple login page
alice = "${k.hpw()}"
bob = "${k.pw()}"
`,
  ),

  dDoc(
    'datasci-kaggle-json',
    ['credential-file', 'precision'],
    'home/ritika/.kaggle/kaggle.json',
    (k) => `{"username":"ritika_sharma98","key":"${k.prov('Kaggle', D.kaggle(k.g))}"}
`,
  ),

  dDoc(
    'datasci-databrickscfg',
    ['config-syntax', 'credential-file', 'precision'],
    'home/ana/.databrickscfg',
    (k) => `[DEFAULT]
host  = https://adb-${k.n(k.g.digits(16))}.7.azuredatabricks.net
token = ${k.prov('Databricks', D.databricks(k.g))}

[staging]
host  = https://dbc-${k.n(k.g.hex(8))}-${k.n(k.g.hex(4))}.cloud.databricks.com
token = ${k.prov('Databricks', D.databricks(k.g))}
jobs-api-version = 2.1

[sso]
host      = https://adb-${k.n(k.g.digits(16))}.3.azuredatabricks.net
auth_type = databricks-cli
`,
  ),

  dDoc(
    'datasci-aws-credentials-sagemaker',
    ['config-syntax', 'credential-file', 'precision'],
    'home/ml/.aws/credentials',
    (k) => `[default]
aws_access_key_id = ${k.u(D.awsId(k.g))}
aws_secret_access_key = ${k.prov('AWS secret access key', D.awsSecret(k.g))}

[sagemaker-lab]
aws_access_key_id = ${k.u(D.awsId(k.g))}
aws_secret_access_key = ${k.prov('AWS secret access key', D.awsSecret(k.g))}
region = eu-west-1

[example]
aws_access_key_id = ${k.n('AKIAIOSFODNN7EXAMPLE')}
aws_secret_access_key = ${k.n('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}
`,
  ),

  dDoc(
    'datasci-rclone-conf',
    ['config-syntax', 'credential-file', 'precision'],
    'home/ana/.config/rclone/rclone.conf',
    (k) => `[lab-minio]
type = s3
provider = Minio
access_key_id = lab-datasets
secret_access_key = ${k.gpw()}
endpoint = http://${D.ipv4(k.g)}:9000

[b2-archive]
type = b2
account = ${k.u(k.g.hex(12))}
key = ${k.prov('Backblaze B2 application key', 'K' + k.g.digits(3) + k.g.alnum(27))}

[gdrive]
type = drive
token = {"access_token":"${k.http('ya29.' + k.g.base64url(160))}","token_type":"Bearer","refresh_token":"${k.s('token', '1//' + k.g.base64url(98))}","expiry":"2026-03-10T10:12:00Z"}
`,
  ),

  dDoc(
    'datasci-label-studio-env',
    ['config-syntax', 'precision'],
    'labeling/label-studio.env',
    (k) => `LABEL_STUDIO_HOST=https://labels.acme-vision.io
LABEL_STUDIO_USERNAME=admin@acme-vision.io
LABEL_STUDIO_PASSWORD=${k.pw()}
LABEL_STUDIO_USER_TOKEN=${k.hex(40)}
POSTGRE_PASSWORD=${k.gpw()}
DJANGO_SECRET_KEY=${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^*(-_=+)', 50))}
MINIO_STORAGE_BUCKET=${k.n('ls-tasks')}
`,
  ),

  dDoc(
    'datasci-weaviate-compose',
    ['config-syntax', 'precision'],
    'vector/docker-compose.yml',
    (k) => `services:
  weaviate:
    image: cr.weaviate.io/semitechnologies/weaviate:1.25.4
    environment:
      AUTHENTICATION_APIKEY_ENABLED: "true"
      AUTHENTICATION_APIKEY_ALLOWED_KEYS: "${k.s('token', k.g.alnum(32))},${k.s('token', k.g.alnum(32))}"
      AUTHENTICATION_APIKEY_USERS: "rag-app,jane@acme.io"
      OPENAI_APIKEY: ${k.n('${OPENAI_API_KEY}')}
      DEFAULT_VECTORIZER_MODULE: text2vec-openai
  qdrant:
    image: qdrant/qdrant:v1.9.2
    environment:
      QDRANT__SERVICE__API_KEY: ${k.tok()}
`,
  ),

  dDoc(
    'datasci-spark-defaults-conf',
    ['config-syntax', 'precision'],
    'spark/conf/spark-defaults.conf',
    (k) => `spark.master                              k8s://https://k8s.internal:6443
spark.hadoop.fs.s3a.endpoint              https://minio.lab.example
spark.hadoop.fs.s3a.access.key            spark-lab
spark.hadoop.fs.s3a.secret.key            ${k.gpw()}
spark.hadoop.fs.s3a.path.style.access     true
spark.hadoop.javax.jdo.option.ConnectionPassword  ${k.pw()}
spark.eventLog.dir                        ${k.n('s3a://spark-history/events')}
spark.kubernetes.container.image          ${k.n('registry.acme.io/spark:3.5.1@sha256:' + D.sha256(k.g))}
`,
  ),

  dDoc(
    'datasci-hive-site-xml',
    ['config-syntax', 'precision'],
    'hive/conf/hive-site.xml',
    (k) => `<?xml version="1.0"?>
<configuration>
  <property>
    <name>javax.jdo.option.ConnectionURL</name>
    <value>jdbc:postgresql://metastore-db:5432/metastore</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionUserName</name>
    <value>hive</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionPassword</name>
    <value>${k.pw()}</value>
  </property>
  <property>
    <name>hive.server2.keystore.password</name>
    <value>${k.n('${HIVE_KEYSTORE_PASSWORD}')}</value>
  </property>
</configuration>
`,
  ),
];
