// Output and captured traffic: shell history of a data scientist, curl calls to model APIs, HAR captures of BI tools,
// training logs, Spark driver logs, pip/conda output, with request ids, run ids, trace ids and masked headers.
import type { RealWorldDoc } from '../types';
import { dDoc, D } from './datasciValues';

export const DATASCI_LOG_DOCS: RealWorldDoc[] = [
  dDoc(
    'datasci-bash-history-ml',
    ['command-line', 'precision'],
    'home/ana/.bash_history',
    (k) => `conda activate torch23
export WANDB_API_KEY=${k.prov('Weights & Biases', D.wandb(k.g))}
python train.py --config conf/exp12.yaml --seed 7
huggingface-cli login --token ${k.prov('Hugging Face', D.hf(k.g))}
mlflow ui --backend-store-uri postgresql://mlflow:${k.cs()}@localhost/mlflow
export PGPASSWORD='${k.pw()}'
psql -h dwh.internal -U ana -d analytics -c "\\copy (select * from marts.churn) to churn.csv csv header"
git log -1 --format=%H   # ${k.n(D.sha(k.g))}
export OPENAI_API_KEY=${k.n('$(cat ~/.config/openai/key)')}
nvidia-smi
`,
  ),

  dDoc(
    'datasci-curl-openai-anthropic',
    ['command-line', 'http-auth', 'precision'],
    'notes/llm_api_calls.sh',
    (k) => `curl https://api.openai.com/v1/chat/completions \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Bearer ${k.prov('OpenAI', D.openai(k.g))}" \\
  -d '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "ping"}]}'

curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: ${k.prov('Anthropic', D.anthropic(k.g))}" \\
  -H "anthropic-version: 2023-06-01" -H "content-type: application/json" \\
  -d '{"model":"claude-3-5-haiku-latest","max_tokens":64,"messages":[{"role":"user","content":"ping"}]}'

curl -H "Authorization: Bearer $OPENAI_API_KEY" https://api.openai.com/v1/models | jq '.data[].id'
# request id: ${k.n('req_' + k.g.hex(32))}
`,
  ),

  dDoc(
    'datasci-curl-databricks-jobs',
    ['command-line', 'http-auth', 'precision'],
    'ops/databricks_jobs.sh',
    (k) => `HOST=https://adb-${k.n(k.g.digits(16))}.7.azuredatabricks.net
curl -s -X POST "$HOST/api/2.1/jobs/run-now" \\
  -H "Authorization: Bearer ${k.prov('Databricks', D.databricks(k.g))}" \\
  -d '{"job_id": ${k.n(k.g.digits(15))}}'
curl -s -n "$HOST/api/2.0/clusters/list"   # uses ~/.netrc
curl -u token:${k.prov('Databricks', D.databricks(k.g))} "$HOST/api/2.0/dbfs/list?path=/mnt/raw"
`,
  ),

  dDoc(
    'datasci-har-superset',
    ['http-auth', 'logs-and-output', 'precision'],
    'captures/superset-dashboard.har',
    (k) => `{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "124.0" },
    "entries": [
      {
        "startedDateTime": "2026-03-10T09:14:22.101Z",
        "request": {
          "method": "GET",
          "url": "https://superset.acme.io/api/v1/chart/412/data/?format=json",
          "headers": [
            { "name": "Cookie", "value": "session=${k.http('.eJw' + k.g.base64url(140) + '.' + k.g.base64url(6) + '.' + k.g.base64url(27))}" },
            { "name": "X-CSRFToken", "value": "${k.u('Ijk' + k.g.base64url(40) + '.' + k.g.base64url(6) + '.' + k.g.base64url(27))}" },
            { "name": "Accept", "value": "application/json" }
          ]
        },
        "response": { "status": 200, "headers": [{ "name": "X-Request-Id", "value": "${k.n(k.g.uuid())}" }] }
      },
      {
        "startedDateTime": "2026-03-10T09:14:23.550Z",
        "request": {
          "method": "POST",
          "url": "https://superset.acme.io/api/v1/security/login",
          "postData": { "mimeType": "application/json", "text": "{\\"username\\":\\"bi_admin\\",\\"password\\":\\"${k.spw()}\\",\\"provider\\":\\"db\\"}" }
        },
        "response": { "status": 200, "content": { "text": "{\\"access_token\\":\\"${k.http(D.jwtHs(k.g))}\\"}" } }
      }
    ]
  }
}
`,
  ),

  dDoc(
    'datasci-har-tableau-rest',
    ['http-auth', 'logs-and-output', 'precision'],
    'captures/tableau-signin.txt',
    (k) => `POST /api/3.22/auth/signin HTTP/1.1
Host: tableau.acme.io
Content-Type: application/xml

<tsRequest><credentials name="svc_publish" password="${k.spw()}"><site contentUrl="finance" /></credentials></tsRequest>

HTTP/1.1 200 OK
<tsResponse><credentials token="${k.http(k.g.base64url(22) + '|' + k.g.alnum(32) + '|' + k.g.uuid())}"><site id="${k.n(k.g.uuid())}" contentUrl="finance"/><user id="${k.n(k.g.uuid())}"/></credentials></tsResponse>

GET /api/3.22/sites/${k.n(k.g.uuid())}/workbooks HTTP/1.1
X-Tableau-Auth: ${k.n('<token from signin>')}
`,
  ),

  dDoc(
    'datasci-training-log',
    ['logs-and-output', 'precision'],
    'logs/train_2026-03-08.log',
    (k) => `2026-03-08 22:01:13 INFO  config: {'lr': 0.0003, 'batch_size': 64, 'seed': ${k.n(D.seed(k.g))}, 'wandb_key': '${k.n('***')}'}
2026-03-08 22:01:14 INFO  git sha ${k.n(D.sha(k.g))}, dataset sha256 ${k.n(D.sha256(k.g))}
2026-03-08 22:01:15 DEBUG mlflow: tracking uri https://svc-train:${k.cs()}@mlflow.acme-analytics.io
2026-03-08 22:01:20 INFO  epoch 1/20 loss=0.6931 acc=0.512 batch shape ${k.n(D.shape(k.g))}
2026-03-08 22:44:02 INFO  saved checkpoint s3://ml-artifacts/churn/${k.n(D.runId(k.g))}/model.pt
2026-03-08 22:44:03 WARN  env HF_TOKEN=${k.prov('Hugging Face', D.hf(k.g))} is deprecated, use HUGGING_FACE_HUB_TOKEN
`,
  ),

  dDoc(
    'datasci-spark-driver-log',
    ['logs-and-output', 'precision'],
    'logs/spark-driver-stderr.txt',
    (k) => `26/03/08 03:12:40 INFO SparkContext: Running Spark version 3.5.1
26/03/08 03:12:41 INFO SparkContext: Spark configuration:
spark.app.name=ingest_events
spark.hadoop.fs.s3a.access.key=${k.u(D.awsId(k.g))}
spark.hadoop.fs.s3a.secret.key=${k.prov('AWS secret access key', D.awsSecret(k.g))}
spark.hadoop.fs.azure.account.key.acmedatalake.dfs.core.windows.net=${k.n('*********(redacted)')}
spark.jdbc.password=${k.pw()}
spark.executor.memory=8g
26/03/08 03:12:45 INFO Executor: Starting executor ID driver on host ${k.n('10.4.2.17')}
26/03/08 03:13:02 INFO DAGScheduler: Job 0 finished: count at NativeMethodAccessorImpl.java:0, took 14.2 s
`,
  ),

  dDoc(
    'datasci-pip-verbose-output',
    ['logs-and-output', 'command-line', 'precision'],
    'logs/pip-install-ci.txt',
    (k) => `$ pip install -v --index-url https://ml-ci:${k.cs()}@nexus.acme.io/repository/pypi-all/simple acme-features
Using pip 24.0 from /usr/local/lib/python3.11/site-packages/pip (python 3.11)
Looking in indexes: https://ml-ci:****@nexus.acme.io/repository/pypi-all/simple
Collecting acme-features
  Downloading https://nexus.acme.io/repository/pypi-all/packages/acme-features/2.3.1/acme_features-2.3.1-py3-none-any.whl (41 kB)
Successfully installed acme-features-2.3.1
$ conda install -c https://conda.anaconda.org/t/${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789-', 2) + '-' + k.g.alnum(30))}/acme-private acme-geo
Collecting package metadata (current_repodata.json): done
`,
  ),

  dDoc(
    'datasci-jupyter-server-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/jupyter-lab.log',
    (k) => `[I 2026-03-09 08:00:01.123 ServerApp] jupyterlab | extension was successfully loaded.
[I 2026-03-09 08:00:01.456 ServerApp] Serving notebooks from local directory: /home/ana/work
[I 2026-03-09 08:00:01.456 ServerApp] Jupyter Server 2.14.1 is running at:
[I 2026-03-09 08:00:01.456 ServerApp] http://gpu-box-03:8888/lab?token=${k.http(k.g.hex(48))}
[I 2026-03-09 08:00:01.456 ServerApp]     http://127.0.0.1:8888/lab?token=${k.n('...')}
[W 2026-03-09 08:10:44.002 ServerApp] 403 GET /api/kernels?1710000000 (${k.n('10.0.8.31')}) 0.42ms referer=None
[I 2026-03-09 08:12:10.777 ServerApp] Kernel started: ${k.n(k.g.uuid())}
`,
  ),

  dDoc(
    'datasci-airflow-task-log',
    ['logs-and-output', 'precision'],
    'logs/airflow/dag_id=export_to_partner/attempt=1.log',
    (k) => `[2026-03-10, 05:00:03 UTC] {taskinstance.py:2612} INFO - Starting attempt 1 of 3
[2026-03-10, 05:00:04 UTC] {base.py:84} INFO - Retrieving connection 'partner_sftp'
[2026-03-10, 05:00:04 UTC] {sftp.py:190} DEBUG - connecting with {'host': 'sftp.partner.example', 'username': 'acme', 'password': '${k.pw()}'}
[2026-03-10, 05:00:05 UTC] {logging_mixin.py:188} INFO - conn uri: ${k.n('sftp://acme:***@sftp.partner.example:22')}
[2026-03-10, 05:00:09 UTC] {taskinstance.py:1206} INFO - Marking task as SUCCESS. dag_id=export_to_partner, run_id=${k.n('scheduled__2026-03-10T05:00:00+00:00')}
`,
  ),

  dDoc(
    'datasci-streamlit-cloud-log',
    ['logs-and-output', 'precision'],
    'logs/streamlit-cloud.txt',
    (k) => `[19:02:11] 🐍 Python dependencies were installed from /mount/src/sales-app/requirements.txt using uv.
[19:02:14] 📦 Processed dependencies!
2026-03-07 19:02:20.113 Uncaught app exception
Traceback (most recent call last):
  File "/mount/src/sales-app/app.py", line 14, in get_conn
    return psycopg2.connect("host=db.sales.example dbname=sales user=streamlit password=${k.cs()}")
psycopg2.OperationalError: could not translate host name "db.sales.example" to address
[19:05:01] 🔄 Updated app! commit ${k.n(D.sha(k.g).slice(0, 7))}
`,
  ),

  dDoc(
    'datasci-powershell-history-bi',
    ['command-line', 'precision'],
    'home/marta/ConsoleHost_history.txt',
    (k) => `Install-Module MicrosoftPowerBIMgmt -Scope CurrentUser
$pw = ConvertTo-SecureString '${k.pw()}' -AsPlainText -Force
$cred = New-Object PSCredential('marta@acme.io', $pw)
Connect-PowerBIServiceAccount -Credential $cred
Invoke-PowerBIRestMethod -Url 'groups/${k.n(k.g.uuid())}/datasets' -Method Get
sqlcmd -S sql-bi01 -U pbi_reader -P ${k.spw()} -Q "select count(*) from dbo.sales"
Get-FileHash .\\Sales.pbix -Algorithm SHA256   # ${k.n(D.sha256(k.g).toUpperCase())}
`,
  ),
];
