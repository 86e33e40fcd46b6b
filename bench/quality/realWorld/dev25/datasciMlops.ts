// ML platform files: DVC configs, .netrc for W&B, CI pipelines that train and push models, Dockerfiles for serving,
// Terraform for the ML workspace, Hydra/OmegaConf configs, Kubeflow and BentoML, with digests and run ids around them.
import type { RealWorldDoc } from '../types';
import { dDoc, D } from './datasciValues';

export const DATASCI_MLOPS_DOCS: RealWorldDoc[] = [
  dDoc(
    'datasci-dvc-config-local',
    ['config-syntax', 'credential-file', 'precision'],
    '.dvc/config.local',
    (k) => `['remote "storage"']
    user = dvc-bot
    password = ${k.pw()}
['remote "azure"']
    connection_string = DefaultEndpointsProtocol=https;AccountName=acmemldvc;AccountKey=${k.prov('Azure storage account key', D.azureStorageKey(k.g))};EndpointSuffix=core.windows.net
['remote "gdrive"']
    gdrive_client_secret = ${k.prov('Google OAuth client secret', 'GOCSPX-' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 28))}
`,
  ),

  dDoc(
    'datasci-dvc-lock',
    ['config-syntax', 'precision'],
    'dvc.lock',
    (k) => `schema: '2.0'
stages:
  featurize:
    cmd: python src/featurize.py data/raw data/features
    deps:
    - path: data/raw
      md5: ${k.n(D.md5(k.g))}.dir
      size: 48211093
      nfiles: 12
    outs:
    - path: data/features
      md5: ${k.n(D.md5(k.g))}.dir
  train:
    cmd: python src/train.py --seed ${k.n(D.seed(k.g))}
    outs:
    - path: models/model.pkl
      md5: ${k.n(D.md5(k.g))}
      size: 8812311
`,
  ),

  dDoc(
    'datasci-netrc-wandb-hf',
    ['credential-file', 'precision'],
    'home/ml/.netrc',
    (k) => `machine api.wandb.ai
  login user
  password ${k.prov('Weights & Biases', D.wandb(k.g))}
machine huggingface.co
  login ml-team
  password ${k.prov('Hugging Face', D.hf(k.g))}
machine nexus.acme.io login deploy password ${k.pw()}
`,
  ),

  dDoc(
    'datasci-gitlab-ci-train',
    ['config-syntax', 'command-line', 'precision'],
    '.gitlab-ci.yml',
    (k) => `stages: [test, train, publish]

variables:
  PIP_INDEX_URL: "https://ml-ci:${k.cs()}@nexus.acme.io/repository/pypi-all/simple"
  MLFLOW_TRACKING_URI: https://mlflow.acme-analytics.io
  MLFLOW_TRACKING_USERNAME: ci
  MLFLOW_TRACKING_PASSWORD: $MLFLOW_CI_PASSWORD
  WANDB_API_KEY: ${k.prov('Weights & Biases', D.wandb(k.g))}

train:
  stage: train
  image: pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime@sha256:${k.n(D.sha256(k.g))}
  script:
    - python train.py --seed 42 --run-name "ci-$CI_COMMIT_SHORT_SHA"
    - huggingface-cli login --token ${k.prov('Hugging Face', D.hf(k.g))}
    - huggingface-cli upload acme-ml/churn-model ./out
`,
  ),

  dDoc(
    'datasci-github-actions-eval',
    ['config-syntax', 'precision'],
    '.github/workflows/eval.yml',
    (k) => `name: nightly-eval
on:
  schedule: [{ cron: "0 3 * * *" }]
jobs:
  eval:
    runs-on: ubuntu-latest
    env:
      OPENAI_API_KEY: ${k.n('${{ secrets.OPENAI_API_KEY }}')}
      ANTHROPIC_API_KEY: ${k.n('${{ secrets.ANTHROPIC_API_KEY }}')}
      HF_TOKEN: ${k.n('${{ secrets.HF_TOKEN }}')}
      LANGCHAIN_API_KEY: ${k.prov('LangSmith', D.langsmith(k.g))}
    steps:
      - uses: actions/checkout@${k.n(D.sha(k.g))}
      - uses: actions/setup-python@v5
        with: { python-version: "3.11" }
      - run: pip install -r requirements.txt
      - run: python -m evals.run --suite nightly --seed ${k.n(D.seed(k.g))}
`,
  ),

  dDoc(
    'datasci-dockerfile-serving',
    ['config-syntax', 'command-line', 'precision'],
    'serving/Dockerfile',
    (k) => `FROM python:3.11-slim@sha256:${k.n(D.sha256(k.g))}
ARG PIP_EXTRA_INDEX_URL=https://__token__:${k.s('token', k.g.alnum(32))}@pkgs.dev.azure.com/acme/_packaging/ml/pypi/simple/
RUN pip install --no-cache-dir --extra-index-url $PIP_EXTRA_INDEX_URL acme-serving==1.4.0
ENV MODEL_URI=models:/churn/Production
ENV MLFLOW_TRACKING_TOKEN=${k.prov('Databricks', D.databricks(k.g))}
ENV HF_HUB_OFFLINE=1
ENV API_KEYS_FILE=${k.n('/run/secrets/api_keys')}
COPY app/ /app
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8080"]
`,
  ),

  dDoc(
    'datasci-hydra-config',
    ['config-syntax', 'precision'],
    'conf/config.yaml',
    (k) => `defaults:
  - model: xgb
  - data: churn
  - _self_

seed: ${k.n(D.seed(k.g))}
experiment:
  name: churn-v7
  tracking_uri: https://mlflow.acme-analytics.io
logger:
  wandb:
    project: churn
    entity: acme-ml
    api_key: ${k.n('${oc.env:WANDB_API_KEY}')}
data:
  warehouse:
    url: postgresql://features:${k.cs()}@feature-db:5432/features
  cache_dir: /mnt/cache/${k.n(D.md5(k.g))}
comet:
  api_key: ${k.prov('Comet', D.comet(k.g))}
`,
  ),

  dDoc(
    'datasci-terraform-databricks',
    ['config-syntax', 'precision'],
    'infra/databricks/main.tf',
    (k) => `provider "databricks" {
  host  = "https://adb-${k.n(k.g.digits(16))}.7.azuredatabricks.net"
  token = "${k.prov('Databricks', D.databricks(k.g))}"
}

resource "databricks_secret_scope" "ml" {
  name = "ml"
}

resource "databricks_secret" "openai" {
  scope        = databricks_secret_scope.ml.name
  key          = "openai-api-key"
  string_value = var.openai_api_key
}

resource "databricks_secret" "snowflake" {
  scope        = databricks_secret_scope.ml.name
  key          = "snowflake-password"
  string_value = "${k.pw()}"
}

variable "openai_api_key" {
  type      = string
  sensitive = true
  default   = ${k.n('""')}
}
`,
  ),

  dDoc(
    'datasci-sagemaker-config-yaml',
    ['config-syntax', 'precision'],
    'sagemaker/pipeline.yaml',
    (k) => `pipeline:
  name: churn-training
  role: ${k.n('arn:aws:iam::' + k.g.digits(12) + ':role/SageMakerExecution')}
  image_uri: ${k.n(k.g.digits(12) + '.dkr.ecr.eu-west-1.amazonaws.com/churn-train@sha256:' + D.sha256(k.g))}
  hyperparameters:
    epochs: 20
    seed: 42
  environment:
    WANDB_API_KEY: ${k.prov('Weights & Biases', D.wandb(k.g))}
    DB_PASSWORD: ${k.gpw()}
    TOKENIZERS_PARALLELISM: "false"
  output_path: ${k.n('s3://acme-sagemaker-out/churn/')}
`,
  ),

  dDoc(
    'datasci-bentoml-service',
    ['code', 'defaults-in-code', 'http-auth', 'precision'],
    'serving/service.py',
    (k) => `import bentoml
from fastapi import Header, HTTPException

API_KEYS = {"${k.s('http-auth', k.g.alnum(32))}", "${k.s('http-auth', k.g.alnum(32))}"}  # mobile app, partner

@bentoml.service(resources={"gpu": 1})
class Ranker:
    model_ref = bentoml.models.get("ranker:${k.n(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16))}")

    @bentoml.api
    def rank(self, query: str, x_api_key: str = Header(...)) -> list[str]:
        if x_api_key not in API_KEYS:
            raise HTTPException(401)
        return self.model.rank(query)
`,
  ),

  dDoc(
    'datasci-kubeflow-pipeline-params',
    ['code', 'precision'],
    'kfp/pipeline.py',
    (k) => `from kfp import dsl, compiler

@dsl.component(base_image="python:3.11")
def extract(db_url: str, out: dsl.Output[dsl.Dataset]):
    import pandas as pd
    pd.read_sql("select * from events", db_url).to_parquet(out.path)

@dsl.pipeline(name="events-etl")
def pipeline(db_url: str = "postgresql://kfp:${k.cs()}@events-db.kubeflow:5432/events"):
    extract(db_url=db_url)

compiler.Compiler().compile(pipeline, "pipeline.yaml")
# pipeline version ${k.n(k.g.uuid())}, run ${k.n(k.g.uuid())}
`,
  ),

  dDoc(
    'datasci-requirements-hashes',
    ['config-syntax', 'precision'],
    'requirements.txt',
    (k) => `--index-url https://pypi.org/simple
--extra-index-url https://ml-read:${k.cs()}@nexus.acme.io/repository/pypi-internal/simple
numpy==1.26.4 \\
    --hash=sha256:${k.n(D.sha256(k.g))} \\
    --hash=sha256:${k.n(D.sha256(k.g))}
pandas==2.2.2 \\
    --hash=sha256:${k.n(D.sha256(k.g))}
torch==2.3.1
acme-features==2.3.1 \\
    --hash=sha256:${k.n(D.sha256(k.g))}
`,
  ),
];
