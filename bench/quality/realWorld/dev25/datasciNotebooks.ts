// Jupyter and Colab notebooks as committed: `.ipynb` JSON with source lines as escaped strings, outputs that echo a
// value or a connection string in a traceback, base64 PNG plots, cell ids, run ids and `getpass()` cells beside them.
import type { RealWorldDoc } from '../types';
import { dDoc, D, notebook } from './datasciValues';

export const DATASCI_NOTEBOOK_DOCS: RealWorldDoc[] = [
  dDoc('datasci-nb-openai-embeddings', ['code', 'defaults-in-code', 'precision'], 'notebooks/01_embeddings_openai.ipynb', (k) =>
    notebook(k, [
      { md: true, src: '# Embedding the support tickets\nWe embed every ticket with `text-embedding-3-small` and cluster them.' },
      { src: `import os\nimport pandas as pd\nfrom openai import OpenAI\n\nos.environ["OPENAI_API_KEY"] = "${k.prov('OpenAI', D.openai(k.g))}"\nclient = OpenAI()` },
      { src: `df = pd.read_parquet("${k.n(D.s3(k.g))}")\ndf.shape`, out: '(48213, 7)' },
      { src: `SEED = ${k.n(D.seed(k.g))}\nemb = client.embeddings.create(model="text-embedding-3-small", input=df.text[:8].tolist())\nlen(emb.data)`, out: '8' },
      { src: 'import matplotlib.pyplot as plt\nplt.hist(df.n_words, bins=50)', png: true },
    ]),
  ),

  dDoc('datasci-nb-hf-login-colab', ['code', 'defaults-in-code', 'precision'], 'colab/finetune_llama_lora.ipynb', (k) =>
    notebook(k, [
      { md: true, src: '## LoRA fine-tune on the FAQ set\nRuntime: T4. First log in to the Hub (token from the Colab secrets panel).' },
      { src: `from google.colab import userdata\nHF_TOKEN = ${k.n("userdata.get('HF_TOKEN')")}` },
      {
        src: `# userdata didn't work on the shared runtime, pasting it for now\nfrom huggingface_hub import login\nlogin(token="${k.prov('Hugging Face', D.hf(k.g))}")`,
        out: 'Token is valid (permission: write).\nLogin successful',
      },
      { src: `model_id = "${k.n(D.hfRepo(k.g))}"\nprint(batch["input_ids"].shape)`, out: k.n(D.shape(k.g)) },
      { src: `trainer.push_to_hub("acme-data/faq-lora")`, out: `CommitInfo(commit_url='https://huggingface.co/acme-data/faq-lora/commit/${k.n(D.sha(k.g))}', oid='${k.n(D.sha(k.g))}')` },
    ]),
  ),

  dDoc('datasci-nb-snowflake-traceback', ['code', 'logs-and-output', 'precision'], 'analysis/churn/02_pull_from_snowflake.ipynb', (k) => {
    const pw = k.spw();
    return notebook(k, [
      {
        src: `import snowflake.connector\nconn = snowflake.connector.connect(\n    user="ANALYST_JLEE",\n    password="${pw}",\n    account="xy12345.eu-central-1",\n    warehouse="ANALYTICS_WH",\n    database="PROD",\n)`,
      },
      {
        src: `from sqlalchemy import create_engine\nengine = create_engine("postgresql://jlee:${k.cs()}@pg-replica.internal:5432/churn")\npd.read_sql("select * from features limit 5", engine)`,
        out: `OperationalError: (psycopg2.OperationalError) connection to server at "pg-replica.internal" (${D.ipv4(k.g)}), port 5432 failed: timeout expired\n(Background on this error at: https://sqlalche.me/e/20/e3q8)`,
      },
      { src: `from getpass import getpass\npw = ${k.n('getpass("Snowflake password: ")')}`, out: 'Snowflake password: ········' },
      { src: `run_id = "${k.n(D.runId(k.g))}"\nprint(run_id)`, out: 'ok' },
    ]);
  }),

  dDoc('datasci-nb-kaggle-setup', ['code', 'command-line', 'precision'], 'kaggle/titanic-starter.ipynb', (k) =>
    notebook(k, [
      { md: true, src: '# Titanic starter\nUpload your own `kaggle.json` or set the two env vars below.' },
      { src: `import os\nos.environ["KAGGLE_USERNAME"] = "ritika_sharma98"\nos.environ["KAGGLE_KEY"] = "${k.prov('Kaggle', D.kaggle(k.g))}"\n!kaggle competitions download -c titanic` },
      { src: `!mkdir -p ~/.kaggle && echo '{"username":"ritika_sharma98","key":"${k.prov('Kaggle', D.kaggle(k.g))}"}' > ~/.kaggle/kaggle.json\n!chmod 600 ~/.kaggle/kaggle.json` },
      { src: `train = pd.read_csv("train.csv")\ntrain.head()`, out: 'PassengerId  Survived  Pclass  Name\n1            0         3       Braund, Mr. Owen Harris' },
      { src: `import hashlib\nhashlib.md5(open("train.csv","rb").read()).hexdigest()`, out: `'${k.n(D.md5(k.g))}'` },
    ]),
  ),

  dDoc('datasci-nb-wandb-sweep', ['code', 'defaults-in-code', 'logs-and-output', 'precision'], 'experiments/sweep_resnet.ipynb', (k) =>
    notebook(k, [
      { src: `import wandb\nwandb.login(key="${k.prov('Weights & Biases', D.wandb(k.g))}")`, out: 'wandb: Appending key for api.wandb.ai to your netrc file: /root/.netrc' },
      {
        src: `run = wandb.init(project="resnet-ablation", config={"lr": 3e-4, "seed": ${k.n(D.seed(k.g))}})`,
        out: `wandb: Tracking run with wandb version 0.17.4\nwandb: Syncing run ${k.n(D.wandbRun(k.g))}\nwandb: 🚀 View run at https://wandb.ai/acme-ml/resnet-ablation/runs/${k.n(D.wandbRun(k.g))}`,
      },
      { src: 'for epoch in range(3):\n    wandb.log({"loss": 0.1 * epoch})', png: true },
    ]),
  ),

  dDoc('datasci-nb-databricks-adls', ['code', 'defaults-in-code', 'precision'], 'databricks/ingest_adls_bronze.ipynb', (k) =>
    notebook(k, [
      { md: true, src: '### Bronze ingest from ADLS Gen2\nTODO move the key to a secret scope (`dbutils.secrets.get`).' },
      { src: `spark.conf.set(\n    "fs.azure.account.key.acmedatalake.dfs.core.windows.net",\n    "${k.prov('Azure storage account key', D.azureStorageKey(k.g))}"\n)` },
      { src: `key2 = ${k.n('dbutils.secrets.get(scope="adls", key="account-key")')}\nspark.conf.set("fs.azure.account.key.acmearchive.dfs.core.windows.net", key2)` },
      { src: `df = spark.read.format("delta").load("abfss://bronze@acmedatalake.dfs.core.windows.net/events")\ndf.count()`, out: '18233741' },
      { src: `print(dbutils.secrets.get("adls", "account-key"))`, out: k.n('[REDACTED]') },
    ]),
  ),

  dDoc('datasci-nb-r-postgres', ['code', 'defaults-in-code', 'precision'], 'notebooks/r/survival_analysis.ipynb', (k) =>
    notebook(
      k,
      [
        { src: `library(DBI)\ncon <- dbConnect(RPostgres::Postgres(), host = "pg.stats.uni-leipzig.example", dbname = "clinic",\n                 user = "mkoch", password = "${k.pw()}")` },
        { src: `Sys.setenv(OPENAI_API_KEY = "${k.prov('OpenAI', D.openai(k.g))}")` },
        { src: 'fit <- survfit(Surv(time, status) ~ arm, data = df)\nplot(fit)', png: true },
        { src: `digest::digest(df, algo = "sha256")`, out: `[1] "${k.n(D.sha256(k.g))}"` },
      ],
      'ir',
    ),
  ),

  dDoc('datasci-nb-output-echo-env', ['code', 'logs-and-output', 'precision'], 'scratch/debug_env.ipynb', (k) =>
    notebook(k, [
      {
        src: `import os\n{k: v for k, v in os.environ.items() if "KEY" in k or "TOKEN" in k}`,
        out: `{'PINECONE_API_KEY': '${k.prov('Pinecone', D.pinecone(k.g))}', 'HF_TOKEN': '${k.n('hf_********')}', 'WANDB_API_KEY': '${k.prov('Weights & Biases', D.wandb(k.g))}', 'COLAB_GPU': '1', 'TOKENIZERS_PARALLELISM': 'false'}`,
      },
      { src: 'print(os.environ.get("ANTHROPIC_API_KEY", "unset"))', out: k.n('unset') },
      { src: `print(os.environ["COHERE_API_KEY"][:6] + "...")`, out: k.n('Xb4kQ2...') },
    ]),
  ),

  dDoc('datasci-nb-pip-private-index', ['code', 'command-line', 'precision'], 'notebooks/setup_env.ipynb', (k) =>
    notebook(k, [
      { src: `!pip install --index-url https://__token__:${k.prov('GitLab', D.gitlabPat(k.g))}@gitlab.acme.io/api/v4/projects/412/packages/pypi/simple acme-features==2.3.1` },
      { src: `!pip install -q "git+https://${k.prov('GitHub', D.githubPat(k.g))}@github.com/acme-ml/feature-utils.git@v0.9"` },
      { src: '!pip freeze | grep acme', out: `acme-features==2.3.1\nfeature-utils @ git+https://github.com/acme-ml/feature-utils.git@${k.n(D.sha(k.g))}` },
    ]),
  ),

  dDoc('datasci-nb-anthropic-eval', ['code', 'defaults-in-code', 'precision'], 'evals/llm_judge_eval.ipynb', (k) =>
    notebook(k, [
      { md: true, src: '# LLM-as-judge eval\nAPI keys: see 1Password item *ML Eval keys* (do **not** paste them here).' },
      { src: `import anthropic\nclient = anthropic.Anthropic(api_key="${k.prov('Anthropic', D.anthropic(k.g))}")` },
      { src: `from groq import Groq\ngroq = Groq(api_key="${k.prov('Groq', D.groq(k.g))}")` },
      { src: `client_backup = anthropic.Anthropic(api_key="${k.ph()}")` },
      { src: `results.to_csv("eval_${k.n(D.runId(k.g))}.csv")` },
    ]),
  ),

  dDoc('datasci-nb-bigquery-sa-inline', ['code', 'defaults-in-code', 'precision'], 'notebooks/marketing/bq_attribution.ipynb', (k) =>
    notebook(k, [
      { src: `from google.cloud import bigquery\nclient = bigquery.Client.from_service_account_json("${k.n('/content/drive/MyDrive/keys/sa-marketing.json')}")` },
      { src: `import pandas_gbq\npandas_gbq.context.project = "acme-mkt-4821"\nMAPS_KEY = "${k.prov('Google API key', D.gemini(k.g))}"  # geocoding for the store table` },
      {
        src: 'df = client.query("SELECT * FROM `acme-mkt-4821.attribution.touches` LIMIT 1000").to_dataframe()\ndf.head()',
        out: `   user_pseudo_id                      event_ts\n0  ${k.n(D.md5(k.g))}  2026-03-01 10:01:22`,
      },
    ]),
  ),

  dDoc('datasci-nb-jupyter-token-output', ['logs-and-output', 'http-auth', 'precision'], 'notebooks/remote_gpu_notes.ipynb', (k) =>
    notebook(k, [
      { src: '!jupyter server list', out: `Currently running servers:\nhttp://gpu-box-03:8888/?token=${k.http(k.g.hex(48))} :: /home/ana/projects` },
      { md: true, src: `The server password is hashed in \`jupyter_server_config.json\`: \`${k.n(D.argon2(k.g))}\`, so share the token above, not the password.` },
      { src: `!nvidia-smi --query-gpu=name,memory.used --format=csv`, out: 'name, memory.used [MiB]\nNVIDIA A100-SXM4-40GB, 31022 MiB' },
    ]),
  ),
];
