// rw-dev11 data: tokens without a provider prefix as data tools hand them out (API keys of analytics SaaS,
// tracker keys, webhook secrets, embedding secrets), each beside the public ids and hashes people keep next
// to them. Written without reading the engine.
import type { RealWorldDoc } from '../types';
import { ddoc } from './dataValues';

export const DATA_TOKEN_DOCS: RealWorldDoc[] = [
  ddoc(
    'data-tok-segment-amplitude-config',
    ['code', 'config-syntax'],
    'tracking/config.py',
    (k) => `# Product analytics keys. The write keys are public (they ship in the browser bundle); the secret ones are not.
SEGMENT_WRITE_KEY = "${k.n(k.g.alnum(32))}"  # public, in the web snippet
SEGMENT_PUBLIC_API_TOKEN = "${k.tok(k.g.alnum(40))}"   # workspace token, NOT public
AMPLITUDE_API_KEY = "${k.n(k.hex(32))}"            # public project key
AMPLITUDE_SECRET_KEY = "${k.tok(k.hex(32))}"
MIXPANEL_PROJECT_TOKEN = "${k.n(k.hex(32))}"       # public
MIXPANEL_API_SECRET = "${k.tok(k.hex(32))}"
MIXPANEL_SERVICE_ACCOUNT = ("export-bot.${k.n(k.g.digits(6))}.mp-service-account", "${k.tok(k.g.alnum(32))}")
POSTHOG_PROJECT_KEY = "${k.n('phc_' + k.g.alnum(43))}"  # public
POSTHOG_PERSONAL_KEY = "${k.provRaw('phx_' + k.g.alnum(43), 'PostHog')}"
`,
  ),

  ddoc(
    'data-tok-webhook-secrets',
    ['code'],
    'ingest/webhooks.py',
    (k) => `import hmac, hashlib
from fastapi import FastAPI, Request, HTTPException

app = FastAPI()
TYPEFORM_SECRET = b"${k.tok(k.g.alnum(32))}"
CALENDLY_SIGNING_KEY = "${k.tok(k.g.base64url(43))}"
SHOPIFY_WEBHOOK_SECRET = "${k.tok(k.hex(64))}"
EXPECTED_SCHEMA_HASH = "${k.n(k.hex(64))}"  # sha256 of schemas/order.json


@app.post("/hooks/typeform")
async def typeform(req: Request):
    body = await req.body()
    sig = req.headers.get("Typeform-Signature", "")
    mac = hmac.new(TYPEFORM_SECRET, body, hashlib.sha256).digest()
    if not hmac.compare_digest(sig, "sha256=" + mac.hex()):
        raise HTTPException(401, "bad signature")
`,
  ),

  ddoc(
    'data-tok-notion-airtable-sync',
    ['code'],
    'sync/notion_to_bq.js',
    (k) => `// syncs the Notion "Experiments" database and the Airtable "Campaigns" base into BigQuery every hour
const { Client } = require('@notionhq/client');
const Airtable = require('airtable');

const notion = new Client({ auth: '${k.provRaw('secret_' + k.g.alnum(43), 'Notion')}' });
const EXPERIMENTS_DB = '${k.n(k.hex(32))}';      // database id, visible in the page URL
const base = new Airtable({ apiKey: '${k.provRaw('pat' + k.g.alnum(14) + '.' + k.hex(64), 'Airtable')}' }).base('app${k.n(k.g.alnum(14))}');
const BQ_DATASET = 'acme-dwh.marketing';
const SLACK_SIGNING_SECRET = '${k.tok(k.hex(32))}';
module.exports = { notion, base, EXPERIMENTS_DB, BQ_DATASET, SLACK_SIGNING_SECRET };
`,
  ),

  ddoc(
    'data-tok-hex-keys-yaml',
    ['config-syntax'],
    'config/sources.yaml',
    (k) => `sources:
  hubspot:
    enabled: true
    private_app_token: ${k.tok('pat-eu1-' + k.uuid())}
  klaviyo:
    api_key: ${k.tok('pk_' + k.hex(34))}
    public_key: ${k.n(k.g.alnum(6))}   # site id, public
  google_ads:
    developer_token: ${k.tok(k.g.base64url(22))}
    client_id: ${k.n(k.g.digits(12) + '-' + k.g.lower(32) + '.apps.googleusercontent.com')}
    client_secret: ${k.provRaw('GOCSPX-' + k.g.base64url(28), 'Google OAuth client secret')}
    refresh_token: ${k.tok('1//0' + k.g.base64url(100))}
    customer_id: ${k.n(k.g.digits(3) + '-' + k.g.digits(3) + '-' + k.g.digits(4))}
  facebook:
    app_id: ${k.n(k.g.digits(16))}
    app_secret: ${k.tok(k.hex(32))}
    access_token: ${k.tok('EAA' + k.g.alnum(180))}
`,
  ),

  ddoc(
    'data-tok-r-httr-oauth-cache',
    ['credential-file'],
    'analysis/.httr-oauth.txt',
    (k) => `# printed from readRDS(".httr-oauth") while debugging
<Token>
<credentials> access_token, expires_in, refresh_token, scope, token_type, id_token
---
$access_token
[1] "${k.tok('ya29.' + k.g.base64url(150))}"

$refresh_token
[1] "${k.tok('1//0' + k.g.base64url(99))}"

$token_type
[1] "Bearer"
`,
  ),

  ddoc(
    'data-tok-env-ml-stack',
    ['credential-file', 'config-syntax'],
    'ml/.env',
    (k) => `# ml stack env (the real one, .env.sample has placeholders)
WANDB_API_KEY=${k.tok(k.hex(40))}
WANDB_ENTITY=nlp-lab
COMET_API_KEY=${k.tok(k.g.alnum(25))}
CLEARML_API_ACCESS_KEY=${k.tok(k.g.upper(30).replace(/[OI]/g, 'K'))}
CLEARML_API_SECRET_KEY=${k.tok(k.g.alnum(50))}
LABELBOX_API_KEY=${k.jwt()}
PINECONE_API_KEY=${k.tok(k.uuid())}
PINECONE_INDEX=${k.n('faq-embeddings-v2')}
COHERE_API_KEY=${k.tok(k.g.alnum(40))}
REPLICATE_API_TOKEN=${k.provRaw('r8_' + k.g.alnum(37), 'Replicate')}
ANTHROPIC_API_KEY=${k.prov('anthropic', 'Anthropic')}
`,
  ),

  ddoc(
    'data-tok-curl-api-calls',
    ['command-line', 'http-auth'],
    'docs/api-cheatsheet.md',
    (k) => `# API cheatsheet (data team)

Export Amplitude events for a day:

    curl -u ${k.n(k.hex(32))}:${k.tok(k.hex(32))} 'https://amplitude.com/api/2/export?start=20240601T00&end=20240601T23' -o events.zip

Metabase session for scripting:

    curl -X POST -H 'Content-Type: application/json' -d '{"username":"bot@acme.example","password":"${k.pw()}"}' https://bi.acme.example/api/session
    # -> {"id":"${k.n(k.uuid())}"}   (session id, lives 14 days)
    curl -H 'X-Metabase-Session: ${k.http(k.uuid())}' https://bi.acme.example/api/card/412/query/csv

Redash query results with the user API key:

    curl 'https://redash.acme.example/api/queries/87/results.csv?api_key=${k.tok(k.g.alnum(40))}'

dbt Cloud job trigger:

    curl -X POST -H "Authorization: Token ${k.tok('dbtc_' + k.g.base64url(56))}" https://cloud.getdbt.com/api/v2/accounts/${k.n(k.g.digits(5))}/jobs/${k.n(k.g.digits(6))}/run/
`,
  ),

  ddoc(
    'data-tok-keys-in-sql-comment',
    ['code', 'prose'],
    'sql/api_ingest/create_external_function.sql',
    (k) => `-- Snowflake external function calling our enrichment API through API Gateway
create or replace api integration enrich_api
  api_provider = aws_api_gateway
  api_aws_role_arn = 'arn:aws:iam::${k.n(k.g.digits(12))}:role/snowflake-enrich'
  api_allowed_prefixes = ('https://${k.n(k.g.lower(10))}.execute-api.eu-west-1.amazonaws.com/prod/')
  api_key = '${k.tok(k.g.alnum(40))}'
  enabled = true;

-- the geocoder's key (api key for opencagedata): ${k.tok(k.hex(32))}
create or replace secret geo_key type = generic_string secret_string = '${k.tok(k.hex(32))}';
`,
  ),

  ddoc(
    'data-tok-bigquery-remote-conn',
    ['command-line'],
    'scripts/bq_setup.sh',
    (k) => `#!/usr/bin/env bash
# one-off setup of the BigQuery side
bq mk --connection --location=EU --project_id=acme-dwh --connection_type=CLOUD_SQL \\
  --properties='{"instanceId":"acme-dwh:europe-west3:crm","database":"crm","type":"POSTGRES"}' \\
  --connection_credential='{"username":"bq_federated","password":"${k.pw()}"}' crm_conn

gcloud secrets create openweather-key --data-file=- <<< "${k.tok(k.hex(32))}"
gcloud auth activate-service-account --key-file="${k.n('$HOME/keys/bq-admin.json')}"
echo "done, connection id: ${k.n('acme-dwh.eu.crm_conn')}"
`,
  ),

  ddoc(
    'data-tok-powerquery-m',
    ['code'],
    'powerbi/queries/Shopify Orders.pq',
    (k) => `let
    ApiVersion = "2024-04",
    Shop = "acme-shop",
    AccessToken = "${k.tok('shpat_' + k.hex(32))}",
    Source = Json.Document(Web.Contents("https://" & Shop & ".myshopify.com/admin/api/" & ApiVersion & "/orders.json",
        [Headers = [#"X-Shopify-Access-Token" = AccessToken], Query = [status = "any", limit = "250"]])),
    Weather = Json.Document(Web.Contents("https://api.weatherapi.com/v1/history.json?key=${k.tok(k.hex(31))}&q=Berlin")),
    Orders = Table.FromRecords(Source[orders])
in
    Orders
`,
  ),

  ddoc(
    'data-tok-google-sheets-apps-script',
    ['code'],
    'apps_script/Code.gs',
    (k) => `// Pulls KPIs from the DWH API into the "Board" sheet every morning.
const API_BASE = 'https://kpi-api.acme.example/v1';
const API_TOKEN = '${k.tok(k.g.base64url(40))}';
const SHEET_ID = '${k.n('1' + k.g.base64url(43))}';

function refreshBoard() {
  const res = UrlFetchApp.fetch(API_BASE + '/kpis?period=month', { headers: { 'X-Api-Key': API_TOKEN } });
  const rows = JSON.parse(res.getContentText()).rows;
  SpreadsheetApp.openById(SHEET_ID).getSheetByName('Board').getRange(2, 1, rows.length, rows[0].length).setValues(rows);
}

// PropertiesService.getScriptProperties().getProperty('${k.n('API_TOKEN')}') would be the clean way
`,
  ),

  ddoc(
    'data-tok-datahub-openmetadata',
    ['config-syntax'],
    'catalog/ingestion/postgres_recipe.yml',
    (k) => `source:
  type: postgres
  config:
    host_port: dwh.internal:5432
    database: dwh
    username: datahub_reader
    password: ${k.pw()}
    include_views: true
sink:
  type: datahub-rest
  config:
    server: https://datahub.acme.example/gms
    token: ${k.jwt()}
# OpenMetadata bot
openmetadata:
  hostPort: https://om.acme.example/api
  authProvider: openmetadata
  securityConfig:
    jwtToken: ${k.n('${OM_BOT_JWT}')}
`,
  ),
  ddoc(
    'data-tok-hf-download-debug-log',
    ['logs-and-output', 'http-auth'],
    'logs/hf_download_debug.log',
    (k) => `DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): huggingface.co:443
DEBUG:huggingface_hub.file_download:Request headers: {'user-agent': 'unknown/None; hf_hub/0.23.2; python/3.11.6', 'authorization': 'Bearer ${k.provRaw(k.g.pick([() => 'hf_' + k.g.alnum(34)])(), 'Hugging Face')}'}
DEBUG:urllib3.connectionpool:https://huggingface.co:443 "HEAD /nlp-lab/bert-intent-v3/resolve/main/config.json HTTP/1.1" 200 0
DEBUG:huggingface_hub.file_download:X-Repo-Commit: ${k.n(k.sha())}  ETag: "${k.n(k.hex(40))}"
DEBUG:urllib3.connectionpool:https://huggingface.co:443 "HEAD /nlp-lab/bert-intent-v3/resolve/main/model.safetensors HTTP/1.1" 302 0
DEBUG:huggingface_hub.file_download:X-Linked-Etag: "${k.n(k.hex(64))}"  X-Linked-Size: 711396548
DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): cdn-lfs.huggingface.co:443
DEBUG:huggingface_hub.file_download:blob path: ~/.cache/huggingface/hub/models--nlp-lab--bert-intent-v3/blobs/${k.n(k.hex(64))}
DEBUG:requests:GET https://internal-registry.acme.example/v2/models/intent?access_token=${k.http(k.g.alnum(40))} 200
`,
  ),

  ddoc(
    'data-tok-wiki-ko',
    ['prose'],
    'wiki/데이터팀/접속정보.md',
    (k) => `# 데이터팀 접속 정보

| 서비스 | 계정 | 비고 |
|---|---|---|
| 태블로 서버 | tableau_svc | 비밀번호: ${k.pw()} |
| 에어플로우 | admin | 비밀번호는 1Password 참고 (${k.n('op://data/airflow-admin/password')}) |
| 빅쿼리 | bq-reader 서비스 계정 | 키 파일은 공유 드라이브 |

- 앰플리튜드 시크릿 키: ${k.tok(k.hex(32))}
- 브레이즈(Braze) REST API 키: ${k.tok(k.uuid())}
- 대시보드 임베드 시크릿: ${k.tok(k.g.alnum(48))}
- 요청 ID 예시 (비밀 아님): ${k.n(k.uuid())}, ${k.n(k.uuid())}
`,
  ),

  ddoc(
    'data-neg-nb-dataframe-output',
    ['precision', 'logs-and-output'],
    'notebooks/order_sample.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 9,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "                               order_id                      session_hash  amount\\n",
       "0  ${k.n(k.uuid())}  ${k.n(k.hex(32))}   19.90\\n",
       "1  ${k.n(k.uuid())}  ${k.n(k.hex(32))}   42.00\\n",
       "2  ${k.n(k.uuid())}  ${k.n(k.hex(32))}    7.49\\n",
       "3  ${k.n(k.uuid())}  ${k.n(k.hex(32))}  120.00"
      ]
     },
     "execution_count": 9,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": ["orders[['order_id', 'session_hash', 'amount']].head(4)"]
  },
  {
   "cell_type": "code",
   "execution_count": 10,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["api_token column dropped; kept token_sha256 only: ${k.n(k.hex(64))}\\n"]}],
   "source": ["orders = orders.drop(columns=['api_token'])"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),
];
