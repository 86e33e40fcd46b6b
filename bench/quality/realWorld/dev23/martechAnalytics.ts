// Analytics and data: Segment, Mixpanel, Amplitude, BigQuery service accounts, dbt profiles for Snowflake and
// Redshift, Looker Studio connectors and notebooks, beside write keys in browser snippets, project ids and hashes.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './martechValues';

export const MARTECH_ANALYTICS_DOCS: RealWorldDoc[] = [
  mDoc(
    'martech-segment-browser-and-server',
    ['code', 'precision'],
    'web/src/analytics.ts',
    (k) => `// Browser snippet: the source write key is public by design (it ships in every page).
export const SEGMENT_BROWSER_WRITE_KEY = '${k.n(V.segmentWrite(k.g))}';
export const MIXPANEL_PROJECT_TOKEN = '${k.n(k.g.hex(32))}';
export const AMPLITUDE_API_KEY = '${k.n(k.g.hex(32))}'; // browser SDK key, public
export const HOTJAR_SITE_ID = ${k.n(k.g.digits(7))};

export function init(): void {
  window.analytics.load(SEGMENT_BROWSER_WRITE_KEY);
}
`,
  ),
  mDoc(
    'martech-segment-server-source-py',
    ['code', 'defaults-in-code', 'precision'],
    'backend/tracking/segment_server.py',
    (k) => `import os
import segment.analytics as analytics

# Server-side source "backend-prod": this write key lets anyone inject events into the warehouse.
analytics.write_key = os.environ.get("SEGMENT_WRITE_KEY") or "${k.prov('Segment', V.segmentWrite(k.g))}"
analytics.host = "https://events.eu1.segmentapis.com"

def track_signup(user_id: str, plan: str) -> None:
    analytics.track(user_id, "Signed Up", {"plan": plan, "request_id": "${k.n(k.g.uuid())}"})
`,
  ),
  mDoc(
    'martech-mixpanel-export-notebook',
    ['code', 'http-auth', 'precision'],
    'notebooks/mixpanel_funnel_export.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd\\n",
    "PROJECT_ID = ${k.n(k.g.digits(7))}\\n",
    "SA_USER = \\"funnel-export.${k.n(k.g.hex(6))}.mp-service-account\\"\\n",
    "SA_SECRET = \\"${k.s('token', k.g.alnum(32))}\\"\\n",
    "r = requests.get('https://eu.mixpanel.com/api/query/funnels', params={'project_id': PROJECT_ID, 'funnel_id': ${k.n(k.g.digits(8))}}, auth=(SA_USER, SA_SECRET))"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [{ "name": "stdout", "output_type": "stream", "text": ["200 {'computed_at': '2026-03-01T10:00:00', 'data': ...}\\n"] }],
   "source": ["print(r.status_code, r.json())"]
  }
 ],
 "metadata": { "kernelspec": { "name": "python3", "display_name": "Python 3" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),
  mDoc(
    'martech-amplitude-export-shell',
    ['command-line', 'http-auth', 'precision'],
    'scripts/amplitude_export.sh',
    (k) => `#!/usr/bin/env bash
# Daily raw export from Amplitude to S3 (project "App EU", id ${k.n(k.g.digits(6))})
set -euo pipefail
AMP_API_KEY=${k.u(k.g.hex(32))}
AMP_SECRET_KEY=${k.prov('Amplitude', V.amplitudeSecret(k.g))}
DAY=$(date -d yesterday +%Y%m%d)
curl -sf -u "$AMP_API_KEY:$AMP_SECRET_KEY" "https://analytics.eu.amplitude.com/api/2/export?start=\${DAY}T00&end=\${DAY}T23" -o "/tmp/amp_\${DAY}.zip"
aws s3 cp "/tmp/amp_\${DAY}.zip" "s3://brand-raw/amplitude/\${DAY}.zip"
`,
  ),
  mDoc(
    'martech-bigquery-service-account-json',
    ['credential-file', 'config-syntax', 'precision'],
    'looker-connector/brand-analytics-sa.json',
    (k) => `{
  "type": "service_account",
  "project_id": "brand-analytics-${k.g.digits(6)}",
  "private_key_id": "${k.n(k.g.hex(40))}",
  "private_key": "${k.key(V.saKey(k.g))}",
  "client_email": "looker-studio@brand-analytics.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/looker-studio%40brand-analytics.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`,
  ),
  mDoc(
    'martech-dbt-profiles-snowflake',
    ['config-syntax', 'precision'],
    'dbt/profiles.yml',
    (k) => `marketing_dwh:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: ${k.n(`${k.g.lower(2)}${k.g.digits(5)}.eu-central-1`)}
      user: DBT_MARKETING
      password: ${k.pw()}
      role: TRANSFORMER
      warehouse: MARKETING_WH
      database: ANALYTICS
      schema: dbt_{{ env_var('USER') }}
    prod:
      type: snowflake
      account: ${k.n(`${k.g.lower(2)}${k.g.digits(5)}.eu-central-1`)}
      user: DBT_PROD
      password: "{{ env_var('DBT_PROD_PASSWORD') }}"
      role: TRANSFORMER
      warehouse: MARKETING_WH
      database: ANALYTICS
      schema: marts
    redshift_legacy:
      type: redshift
      host: legacy-dwh.${k.n(k.g.lower(12))}.eu-west-1.redshift.amazonaws.com
      user: analyst
      password: '${k.spw()}'
      port: 5439
      dbname: marketing
      schema: public
`,
  ),
  mDoc(
    'martech-looker-studio-apps-script',
    ['code', 'defaults-in-code', 'precision'],
    'apps-script/community-connector/Code.gs',
    (k) => `// Community connector for the affiliate dashboard in Looker Studio
var cc = DataStudioApp.createCommunityConnector();
var API_BASE = 'https://api.partner-network.example/v2';
var API_TOKEN = '${k.tok()}';
var DB_URL = 'jdbc:mysql://${V.ipv4(k.g)}:3306/affiliate';
var DB_USER = 'looker_ro';
var DB_PASS = '${k.spw()}';

function getAuthType() {
  return cc.newAuthTypeResponse().setAuthType(cc.AuthType.NONE).build();
}

function fetchRows(start, end) {
  var conn = Jdbc.getConnection(DB_URL, DB_USER, DB_PASS);
  // report id ${k.n(k.g.uuid())}
  return conn.createStatement().executeQuery("SELECT day, clicks, sales FROM daily WHERE day BETWEEN '" + start + "' AND '" + end + "'");
}
`,
  ),
  mDoc(
    'martech-warehouse-connection-yaml-airbyte',
    ['config-syntax', 'precision'],
    'airbyte/connections/hubspot-to-bigquery.yaml',
    (k) => `source:
  name: HubSpot (marketing)
  definition: hubspot
  configuration:
    credentials:
      credentials_title: Private App Credentials
      access_token: ${k.prov('HubSpot', V.hubspot(k.g))}
    start_date: "2024-01-01T00:00:00Z"
destination:
  name: BigQuery (analytics)
  configuration:
    project_id: brand-analytics
    dataset_id: hubspot_raw
    dataset_location: EU
    credentials_json: \${BQ_CREDENTIALS_JSON}
    loading_method:
      method: GCS Staging
      hmac_key_access_id: ${k.u(`GOOG1E${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 55)}`)}
      hmac_key_secret: ${k.s('token', k.g.base64(40))}
schedule: { units: 24, timeUnit: hours }
connection_id: ${k.n(k.g.uuid())}
`,
  ),
  mDoc(
    'martech-hotjar-matomo-config-php',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'matomo/config/config.ini.php',
    (k) => `; <?php exit; ?> DO NOT REMOVE THIS LINE
[database]
host = "db.analytics.internal"
username = "matomo"
password = "${k.pw()}"
dbname = "matomo"
tables_prefix = "matomo_"
charset = "utf8mb4"

[General]
salt = "${k.hex(32)}"
trusted_hosts[] = "stats.brand.example"
force_ssl = 1

[mail]
transport = "smtp"
host = "smtp.sendgrid.net"
username = "apikey"
password = "${k.prov('SendGrid', V.sendgrid(k.g))}"
`,
  ),
  mDoc(
    'martech-analyst-chat-ko',
    ['prose', 'precision'],
    'exports/slack/데이터팀-2026-01.txt',
    (k) => `[10:02] 김지훈: 앰플리튜드 시크릿 키 누가 갖고 있어요? 대시보드 export가 안 돼요
[10:05] 이수진: 여기요 ${k.prov('Amplitude', V.amplitudeSecret(k.g))} (API 키는 ${k.n(k.g.hex(32))}, 공개키라 괜찮아요)
[10:06] 김지훈: 감사합니다! 스노우플레이크 비밀번호도요?
[10:07] 이수진: 분석용 계정 비밀번호는 ${k.pw()} 입니다. 다음 주에 바꿀게요
[10:09] 김지훈: 캠페인 ID ${k.n(V.campaignId(k.g))} 기준으로 뽑으면 되죠?
`,
  ),
  mDoc(
    'martech-looker-lookml-connection-notes',
    ['prose', 'config-syntax', 'precision'],
    'docs/looker-connection.md',
    (k) => `## Looker → Redshift connection

| Setting | Value |
|---|---|
| Host | ${k.n(`marketing.${k.g.lower(12)}.eu-west-1.redshift.amazonaws.com`)} |
| Database | marketing |
| Username | looker |
| Password | ${k.gpw()} |
| PDT schema | looker_scratch |

The JDBC string we use from DBeaver:
\`jdbc:redshift://marketing.${k.g.lower(12)}.eu-west-1.redshift.amazonaws.com:5439/marketing?user=looker&password=${k.cs()}\`

SSH tunnel key fingerprint (host verification only): ${k.n(V.fingerprint(k.g))}
`,
  ),
  mDoc(
    'martech-customer-match-pipeline-py',
    ['code', 'precision'],
    'pipelines/customer_match.py',
    (k) => `"""Uploads hashed CRM e-mails to Google Ads Customer Match."""
import hashlib

USER_LIST_ID = ${k.n(k.g.digits(10))}
SAMPLE_HASHES = [
    "${k.n(V.sha256(k.g))}",
    "${k.n(V.sha256(k.g))}",
]
SALT_NOTE = "no salt: Google requires plain SHA-256 of the normalised address"

def normalise_and_hash(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()
`,
  ),
  mDoc(
    'martech-metabase-env-docker',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'metabase/docker-compose.yml',
    (k) => `services:
  metabase:
    image: metabase/metabase:v0.51.3
    ports: ["3000:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_DBNAME: metabase
      MB_DB_PORT: 5432
      MB_DB_USER: metabase
      MB_DB_PASS: ${k.pw()}
      MB_DB_HOST: postgres
      MB_ENCRYPTION_SECRET_KEY: ${k.tok()}
      MB_EMBEDDING_SECRET_KEY: \${METABASE_EMBED_KEY}
  postgres:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${k.n('${MB_DB_PASS}')}
`,
  ),
  mDoc(
    'martech-ga4-measurement-protocol-php',
    ['code', 'defaults-in-code', 'precision'],
    'shop/lib/Ga4Refunds.php',
    (k) => `<?php
final class Ga4Refunds
{
    private const MEASUREMENT_ID = '${k.n(V.ga4(k.g))}';
    private const API_SECRET = '${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 22))}';

    public function refund(string $clientId, string $transactionId): void
    {
        $url = 'https://www.google-analytics.com/mp/collect?measurement_id=' . self::MEASUREMENT_ID . '&api_secret=' . self::API_SECRET;
        $body = ['client_id' => $clientId, 'events' => [['name' => 'refund', 'params' => ['transaction_id' => $transactionId]]]];
        file_get_contents($url, false, stream_context_create(['http' => ['method' => 'POST', 'content' => json_encode($body)]]));
    }
}
`,
  ),
];
