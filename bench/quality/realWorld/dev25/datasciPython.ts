// Python as data people write it: ETL scripts, training entry points, feature pipelines, Streamlit/Gradio/Dash apps
// with defaults in code, beside seeds, run ids, checksums, S3 paths and environment references.
import type { RealWorldDoc } from '../types';
import { dDoc, D } from './datasciValues';

export const DATASCI_PYTHON_DOCS: RealWorldDoc[] = [
  dDoc(
    'datasci-py-etl-redshift',
    ['code', 'defaults-in-code', 'precision'],
    'etl/load_orders_redshift.py',
    (k) => `"""Nightly load of orders into Redshift. Run: python load_orders_redshift.py --date 2026-03-01"""
import os
import boto3
import redshift_connector

REDSHIFT_HOST = os.getenv("REDSHIFT_HOST", "analytics.c8xk2a1.eu-west-1.redshift.amazonaws.com")
REDSHIFT_USER = os.getenv("REDSHIFT_USER", "etl_loader")
REDSHIFT_PASSWORD = os.getenv("REDSHIFT_PASSWORD", "${k.pw()}")
S3_PREFIX = "${k.n(D.s3(k.g))}"

s3 = boto3.client(
    "s3",
    aws_access_key_id="${k.u(D.awsId(k.g))}",
    aws_secret_access_key="${k.prov('AWS secret access key', D.awsSecret(k.g))}",
)

def connect():
    return redshift_connector.connect(host=REDSHIFT_HOST, database="dw", user=REDSHIFT_USER, password=REDSHIFT_PASSWORD)

# manifest checksum from last good run: ${k.n(D.md5(k.g))}
`,
  ),

  dDoc(
    'datasci-py-streamlit-app',
    ['code', 'defaults-in-code', 'precision'],
    'apps/sales_dashboard/app.py',
    (k) => `import streamlit as st
import snowflake.connector

st.set_page_config(page_title="Sales dashboard", layout="wide")

@st.cache_resource
def get_conn():
    return snowflake.connector.connect(
        account=st.secrets["snowflake"]["account"],
        user=st.secrets["snowflake"]["user"],
        password=st.secrets.get("snowflake", {}).get("password", "${k.spw()}"),
    )

def check_password():
    if st.session_state.get("ok"):
        return True
    pw = st.text_input("Password", type="password")
    if pw == "${k.hpw()}":
        st.session_state["ok"] = True
    return st.session_state.get("ok", False)

st.caption("build ${k.n(D.sha(k.g).slice(0, 7))} · seed ${k.n(D.seed(k.g))}")
`,
  ),

  dDoc(
    'datasci-py-gradio-demo',
    ['code', 'defaults-in-code', 'precision'],
    'demo/app.py',
    (k) => `import gradio as gr
import replicate

replicate_client = replicate.Client(api_token="${k.prov('Replicate', D.replicate(k.g))}")

def caption(img):
    return replicate_client.run("salesforce/blip:${k.n(k.g.hex(64))}", input={"image": img})

demo = gr.Interface(fn=caption, inputs=gr.Image(type="filepath"), outputs="text", title="Captioner")

if __name__ == "__main__":
    demo.launch(server_name="0.0.0.0", auth=("admin", "${k.hpw()}"), share=True)
`,
  ),

  dDoc(
    'datasci-py-dash-basic-auth',
    ['code', 'defaults-in-code', 'precision'],
    'dash_app/app.py',
    (k) => `from dash import Dash, html
import dash_auth

VALID_USERNAME_PASSWORD_PAIRS = {
    "analyst": "${k.hpw()}",
    "cfo": "${k.gpw()}",
    "demo": "${k.u('demo')}",
}

app = Dash(__name__)
auth = dash_auth.BasicAuth(app, VALID_USERNAME_PASSWORD_PAIRS)
app.server.secret_key = "${k.tok()}"
app.layout = html.Div([html.H1("Forecast v${k.n('2.4.1')}"), html.P("experiment ${k.n(k.g.digits(18))}")])
`,
  ),

  dDoc(
    'datasci-py-s3fs-storage-options',
    ['code', 'defaults-in-code', 'precision'],
    'features/build_features.py',
    (k) => `import pandas as pd

# MinIO on the lab cluster; real AWS creds come from the instance profile in prod
STORAGE_OPTIONS = {
    "key": "minio-lab",
    "secret": "${k.gpw()}",
    "client_kwargs": {"endpoint_url": "http://${D.ipv4(k.g)}:9000"},
}

def load(day: str) -> pd.DataFrame:
    return pd.read_parquet(f"s3://lab-features/day={day}/", storage_options=STORAGE_OPTIONS)

PROD_OPTIONS = {"key": ${k.n('os.environ["AWS_ACCESS_KEY_ID"]')}, "secret": ${k.n('os.environ["AWS_SECRET_ACCESS_KEY"]')}}
FEATURE_VERSION_HASH = "${k.n(D.sha256(k.g))}"
`,
  ),

  dDoc(
    'datasci-py-mlflow-train',
    ['code', 'defaults-in-code', 'precision'],
    'train/train_xgb.py',
    (k) => `import os
import mlflow
import xgboost as xgb

os.environ.setdefault("MLFLOW_TRACKING_URI", "https://mlflow.acme-analytics.io")
os.environ.setdefault("MLFLOW_TRACKING_USERNAME", "svc-train")
os.environ.setdefault("MLFLOW_TRACKING_PASSWORD", "${k.pw()}")

with mlflow.start_run(experiment_id="${k.n(k.g.digits(15))}") as run:
    params = {"max_depth": 6, "eta": 0.1, "seed": ${k.n(D.seed(k.g))}}
    booster = xgb.train(params, dtrain, num_boost_round=400)
    mlflow.log_params(params)
    print("run", run.info.run_id)  # e.g. ${k.n(D.runId(k.g))}
`,
  ),

  dDoc(
    'datasci-py-pinecone-rag',
    ['code', 'defaults-in-code', 'precision'],
    'rag/index_docs.py',
    (k) => `from pinecone import Pinecone
from langchain_openai import OpenAIEmbeddings
import cohere

pc = Pinecone(api_key="${k.prov('Pinecone', D.pinecone(k.g))}")
index = pc.Index("kb-prod")
co = cohere.Client("${k.prov('Cohere', D.cohere(k.g))}")
emb = OpenAIEmbeddings(model="text-embedding-3-large", api_key=os.environ["OPENAI_API_KEY"])

LANGCHAIN_API_KEY = "${k.prov('LangSmith', D.langsmith(k.g))}"
NAMESPACE = "${k.n(k.g.uuid())}"
`,
  ),

  dDoc(
    'datasci-py-sagemaker-invoke',
    ['code', 'http-auth', 'precision'],
    'serving/invoke_endpoint.py',
    (k) => `import json, requests

AZURE_ML_URL = "https://churn-endpoint.westeurope.inference.ml.azure.com/score"
AZURE_ML_KEY = "${k.s('token', k.g.alnum(32))}"

def score_azure(rows):
    headers = {"Content-Type": "application/json", "Authorization": "Bearer " + AZURE_ML_KEY}
    return requests.post(AZURE_ML_URL, data=json.dumps({"input_data": rows}), headers=headers).json()

def score_vertex(rows):
    token = "${k.http('ya29.' + k.g.base64url(150))}"  # gcloud auth print-access-token, expires in 1h
    return requests.post(
        "https://europe-west4-aiplatform.googleapis.com/v1/projects/acme-ml/locations/europe-west4/endpoints/${k.n(k.g.digits(19))}:predict",
        headers={"Authorization": f"Bearer {token}"},
        json={"instances": rows},
    ).json()
`,
  ),

  dDoc(
    'datasci-py-dvc-remote-script',
    ['code', 'command-line', 'precision'],
    'scripts/setup_dvc.sh',
    (k) => `#!/usr/bin/env bash
set -euo pipefail
dvc remote add -d storage webdav://nextcloud.lab.example/remote.php/dav/files/dvc/
dvc remote modify --local storage user dvc-bot
dvc remote modify --local storage password ${k.spw()}
dvc remote add s3cache s3://ml-dvc-cache/project-x
dvc remote modify --local s3cache access_key_id ${k.u(D.awsId(k.g))}
dvc remote modify --local s3cache secret_access_key ${k.prov('AWS secret access key', D.awsSecret(k.g))}
dvc pull data/raw.dvc   # md5: ${k.n(D.md5(k.g))}
`,
  ),

  dDoc(
    'datasci-py-label-studio-export',
    ['code', 'http-auth', 'precision'],
    'labeling/export_tasks.py',
    (k) => `from label_studio_sdk import Client
import requests

LS_URL = "https://labels.acme-vision.io"
LS_API_KEY = "${k.hex(40)}"

ls = Client(url=LS_URL, api_key=LS_API_KEY)
project = ls.get_project(17)

# old REST way, still used by the cron
r = requests.get(f"{LS_URL}/api/projects/17/export?exportType=JSON", headers={"Authorization": "Token ${k.http(k.g.hex(40))}"})

ROBOFLOW_API_KEY = "${k.prov('Roboflow', D.roboflow(k.g))}"
DATASET_VERSION = "${k.n(k.g.uuid())}"
`,
  ),

  dDoc(
    'datasci-py-settings-defaults',
    ['code', 'defaults-in-code', 'precision'],
    'ml_platform/settings.py',
    (k) => `from pydantic_settings import BaseSettings

class Settings(BaseSettings):
    feature_store_url: str = "postgresql+psycopg://feast:${k.cs()}@feast-db:5432/feast"
    redis_url: str = "redis://:${k.cs()}@redis-online:6379/0"
    model_registry_token: str = "${k.tok()}"
    openai_api_key: str = ${k.n('""')}
    comet_api_key: str = "${k.prov('Comet', D.comet(k.g))}"
    neptune_api_token: str = "${k.prov('Neptune', D.neptune(k.g))}"
    default_seed: int = ${k.n(D.seed(k.g))}
    model_sha: str = "${k.n(D.sha256(k.g))}"

settings = Settings()
`,
  ),

  dDoc(
    'datasci-py-test-fixtures',
    ['code', 'precision'],
    'tests/test_loader.py',
    (k) => `import pytest
from loader import build_url

def test_build_url_masks_password():
    url = build_url(user="u", password="${k.n('not-a-real-password')}", host="localhost")
    assert "${k.n('***')}" in str(url)

@pytest.fixture
def fake_env(monkeypatch):
    monkeypatch.setenv("WANDB_API_KEY", "${k.n('dummy-wandb-key')}")
    monkeypatch.setenv("HF_TOKEN", "${k.n('hf_xxx')}")
    monkeypatch.setenv("OPENAI_API_KEY", "${k.n('sk-test')}")

def test_run_id_format():
    assert len("${k.n(D.runId(k.g))}") == 32
`,
  ),
];
