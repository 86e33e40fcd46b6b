// LLM applications data teams build: LangChain/LlamaIndex RAG services, evaluation harness configs, prompt
// playground exports, agent tool configs, model gateway (LiteLLM) configs, with model ids, prompt hashes, trace ids.
import type { RealWorldDoc } from '../types';
import { dDoc, D } from './datasciValues';

export const DATASCI_LLM_DOCS: RealWorldDoc[] = [
  dDoc(
    'datasci-litellm-config',
    ['config-syntax', 'precision'],
    'gateway/litellm_config.yaml',
    (k) => `model_list:
  - model_name: gpt-4o
    litellm_params:
      model: azure/gpt-4o-eu
      api_base: https://acme-oai-eu.openai.azure.com/
      api_key: ${k.s('provider', k.g.hex(32), 'Azure OpenAI')}
      api_version: "2024-06-01"
  - model_name: claude-sonnet
    litellm_params:
      model: anthropic/claude-3-5-sonnet-latest
      api_key: os.environ/ANTHROPIC_API_KEY
  - model_name: llama-3-70b
    litellm_params:
      model: groq/llama3-70b-8192
      api_key: ${k.prov('Groq', D.groq(k.g))}
general_settings:
  master_key: ${k.s('token', 'sk-' + k.g.alnum(22))}
  database_url: postgresql://litellm:${k.cs()}@litellm-db:5432/litellm
`,
  ),

  dDoc(
    'datasci-langchain-rag-app',
    ['code', 'defaults-in-code', 'precision'],
    'rag/app/main.py',
    (k) => `import os
from fastapi import FastAPI, Header, HTTPException
from langchain_openai import ChatOpenAI
from langchain_community.vectorstores import PGVector

os.environ["LANGCHAIN_TRACING_V2"] = "true"
os.environ["LANGCHAIN_API_KEY"] = os.getenv("LANGCHAIN_API_KEY", "${k.prov('LangSmith', D.langsmith(k.g))}")

CONNECTION = "postgresql+psycopg://rag:${k.cs()}@pgvector:5432/rag"
SERVICE_TOKEN = os.getenv("SERVICE_TOKEN", "${k.tok()}")

app = FastAPI()
llm = ChatOpenAI(model="gpt-4o-mini", temperature=0, api_key=${k.n('os.environ["OPENAI_API_KEY"]')})

@app.post("/ask")
def ask(q: str, authorization: str = Header(...)):
    if authorization != f"Bearer {SERVICE_TOKEN}":
        raise HTTPException(401)
    return {"answer": llm.invoke(q).content, "trace": "${k.n(k.g.uuid())}"}
`,
  ),

  dDoc(
    'datasci-llamaindex-script',
    ['code', 'defaults-in-code', 'precision'],
    'rag/build_index.py',
    (k) => `from llama_index.core import VectorStoreIndex, SimpleDirectoryReader, Settings
from llama_index.llms.mistralai import MistralAI
from llama_index.vector_stores.weaviate import WeaviateVectorStore
import weaviate

Settings.llm = MistralAI(model="mistral-large-latest", api_key="${k.prov('Mistral', D.mistral(k.g))}")
client = weaviate.connect_to_weaviate_cloud(
    cluster_url="https://${k.n(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 10))}.c0.europe-west3.gcp.weaviate.cloud",
    auth_credentials=weaviate.auth.AuthApiKey("${k.s('provider', k.g.alnum(40), 'Weaviate')}"),
)
docs = SimpleDirectoryReader("data/handbook").load_data()
index = VectorStoreIndex.from_documents(docs)
print("indexed", len(docs), "docs, fingerprint", "${k.n(D.sha256(k.g))}")
`,
  ),

  dDoc(
    'datasci-promptfoo-config',
    ['config-syntax', 'precision'],
    'evals/promptfooconfig.yaml',
    (k) => `description: Support bot regression
providers:
  - id: openai:gpt-4o-mini
    config:
      apiKey: ${k.prov('OpenAI', D.openai(k.g))}
  - id: anthropic:messages:claude-3-5-haiku-latest
    config:
      apiKey: ${k.n('{{ env.ANTHROPIC_API_KEY }}')}
  - id: https
    config:
      url: https://bot.internal/api/ask
      headers:
        Authorization: Bearer ${k.bearer()}
prompts: [file://prompts/support.txt]
tests: file://tests/*.yaml
`,
  ),

  dDoc(
    'datasci-playground-export-json',
    ['code', 'logs-and-output', 'precision'],
    'exports/playground-session.json',
    (k) => `{
  "session_id": "${k.n(k.g.uuid())}",
  "model": "gpt-4o",
  "messages": [
    { "role": "system", "content": "You are a SQL assistant for the analytics warehouse." },
    { "role": "user", "content": "Why does this fail? conn = psycopg2.connect(host='dwh', user='ana', password='${k.spw()}')" },
    { "role": "assistant", "content": "Check that the host resolves. Also, avoid sharing passwords in prompts; rotate '${k.n('…')}' now." }
  ],
  "usage": { "prompt_tokens": 512, "completion_tokens": 118 },
  "prompt_sha": "${k.n(D.sha256(k.g))}"
}
`,
  ),

  dDoc(
    'datasci-agent-tools-yaml',
    ['config-syntax', 'precision'],
    'agents/analyst-agent/tools.yaml',
    (k) => `tools:
  - name: run_sql
    type: sql
    dsn: snowflake://AGENT_RO:${k.cs()}@xy12345/ANALYTICS?warehouse=AGENT_WH
  - name: search_docs
    type: http
    url: https://search.internal/api/v1/query
    headers:
      X-API-Key: ${k.http(k.g.hex(32))}
  - name: slack_post
    type: slack
    token: ${k.prov('Slack bot token', D.slackBot(k.g))}
    channel: "#analytics-bot"
  - name: jira
    type: http
    auth: ${k.n('${JIRA_BASIC_AUTH}')}
`,
  ),

  dDoc(
    'datasci-vertex-gemini-notebook-script',
    ['code', 'defaults-in-code', 'precision'],
    'gemini/summarize_reviews.py',
    (k) => `import google.generativeai as genai
import pandas as pd

genai.configure(api_key="${k.prov('Google API key', D.gemini(k.g))}")
model = genai.GenerativeModel("gemini-1.5-flash")

reviews = pd.read_csv("gs://acme-reviews/2026-02/reviews.csv")
reviews["summary"] = reviews.text.apply(lambda t: model.generate_content(f"Summarize: {t}").text)
reviews.to_parquet("${k.n(D.s3(k.g))}")
# cost estimate: 4.2 USD, batch ${k.n(k.g.uuid())}
`,
  ),

  dDoc(
    'datasci-openai-batch-jsonl-log',
    ['logs-and-output', 'precision'],
    'logs/openai_batch_status.txt',
    (k) => `$ openai api batches.retrieve -i ${k.n('batch_' + k.g.hex(24))}
{
  "id": "batch_${k.n(k.g.hex(24))}",
  "object": "batch",
  "endpoint": "/v1/chat/completions",
  "input_file_id": "${k.n('file-' + k.g.alnum(24))}",
  "status": "completed",
  "request_counts": {"total": 4812, "completed": 4810, "failed": 2}
}
$ echo $OPENAI_API_KEY
${k.prov('OpenAI', D.openai(k.g))}
`,
  ),

  dDoc(
    'datasci-azure-openai-dotnet',
    ['code', 'defaults-in-code', 'precision'],
    'src/Forecasting/LlmClient.cs',
    (k) => `using Azure;
using Azure.AI.OpenAI;

namespace Acme.Forecasting;

public static class LlmClient
{
    private const string Endpoint = "https://acme-oai-eu.openai.azure.com/";
    private const string Key = "${k.s('provider', k.g.hex(32), 'Azure OpenAI')}";
    private const string Deployment = "gpt-4o-eu";
    // Application Insights (not a secret): ${k.n('InstrumentationKey=' + k.g.uuid())}

    public static OpenAIClient Create() => new(new Uri(Endpoint), new AzureKeyCredential(Key));
    public static string ConnectionString => "Server=sql-fc01;Database=Forecast;User Id=fc_app;Password=${k.cs()};TrustServerCertificate=True";
}
`,
  ),

  dDoc(
    'datasci-java-spark-job',
    ['code', 'defaults-in-code', 'precision'],
    'jobs/src/main/java/com/acme/etl/OrdersJob.java',
    (k) => `package com.acme.etl;

import org.apache.spark.sql.SparkSession;
import java.util.Properties;

public class OrdersJob {
    private static final String JDBC_URL = "jdbc:postgresql://orders-db:5432/orders";
    private static final String JDBC_PASSWORD = System.getenv().getOrDefault("ORDERS_DB_PASSWORD", "${k.pw()}");
    private static final String SNOWFLAKE_PEM_PASSPHRASE = "${k.gpw()}";
    private static final String RUN_TAG = "${k.n(D.sha(k.g).slice(0, 10))}";

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("orders").getOrCreate();
        Properties props = new Properties();
        props.put("user", "spark");
        props.put("password", JDBC_PASSWORD);
        spark.read().jdbc(JDBC_URL, "public.orders", props).write().parquet("s3a://lake/orders/");
    }
}
`,
  ),

  dDoc(
    'datasci-scala-databricks-notebook',
    ['code', 'precision'],
    'databricks/notebooks/Ingest.scala',
    (k) => `// Databricks notebook source
val storageKey = "${k.prov('Azure storage account key', D.azureStorageKey(k.g))}"
spark.conf.set("fs.azure.account.key.acmearchive.blob.core.windows.net", storageKey)

// COMMAND ----------
val jdbcPassword = dbutils.secrets.get(scope = "jdbc", key = "password")
val sasToken = "${k.s('token', D.sas(k.g))}"
spark.conf.set("fs.azure.sas.raw.acmearchive.blob.core.windows.net", sasToken)

// COMMAND ----------
display(spark.read.format("delta").load("/mnt/bronze/events").limit(10))  // ${k.n(D.runId(k.g))}
`,
  ),

  dDoc(
    'datasci-private-key-snowflake-readme',
    ['prose', 'credential-file', 'precision'],
    'docs/snowflake-keypair.md',
    (k) => `# Snowflake key-pair auth for dbt

Generate the key:

\`\`\`
openssl genrsa 2048 | openssl pkcs8 -topk8 -v2 aes256 -inform PEM -out rsa_key.p8 -passout pass:${k.spw()}
openssl rsa -in rsa_key.p8 -pubout -out rsa_key.pub
\`\`\`

The public key (safe to share, paste into \`ALTER USER … SET RSA_PUBLIC_KEY\`):

\`\`\`
${k.n(D.pubPem(k.g))}
\`\`\`

The dev key we used during the pilot (to be rotated, it was shared by e-mail):

\`\`\`
${k.key(D.pem(k.g, 'ENCRYPTED PRIVATE KEY'))}
\`\`\`
`,
  ),
];
