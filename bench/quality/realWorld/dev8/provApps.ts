// rw-dev8 prov: provider keys in application code, scripts, API calls and chat-ops configs — AI APIs
// (Anthropic, DeepSeek through an OpenAI-compatible client, MCP server configs), Discord and Telegram bots,
// Tableau, Hasura, Octopus Deploy, Cloudflare, 1Password, mail and SMS APIs, observability — and the
// negatives people keep beside them (publishable keys, search-only keys, Firebase web config, DSNs, docs'
// example values, placeholders, references).
import type { RealWorldDoc } from '../types';
import { F, pdoc } from './provKit';

export const PROV_APP_DOCS: RealWorldDoc[] = [
  pdoc(
    'anthropic-python-client',
    ['code', 'defaults-in-code'],
    'tools/summarise_tickets.py',
    (k) => `import os
import anthropic

# fallback so the cron job keeps working when the env is not loaded
client = anthropic.Anthropic(api_key=os.getenv("ANTHROPIC_API_KEY", "${k.p('anthropic', 'anthropic')}"))

def summarise(text: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=512,
        messages=[{"role": "user", "content": f"Summarise this ticket:\\n{text}"}],
    )
    return msg.content[0].text
`,
  ),
  pdoc(
    'mcp-servers-config',
    ['config-syntax', 'credential-file'],
    'claude_desktop_config.json',
    (k) => `{
  "mcpServers": {
    "github": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-github"],
      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${k.p('githubFine', 'github')}" }
    },
    "linear": {
      "command": "npx",
      "args": ["-y", "linear-mcp"],
      "env": { "LINEAR_API_KEY": "${k.p('linear', 'linear')}" }
    },
    "brave-search": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-brave-search"],
      "env": { "BRAVE_API_KEY": "${k.s('provider', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 31), 'brave')}" }
    },
    "postgres": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-postgres", "postgresql://readonly:${k.s('connection-string', k.g.alnum(20))}@db.internal:5432/analytics"]
    },
    "filesystem": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/aiko/projects"]
    }
  }
}
`,
  ),
  pdoc(
    'deepseek-openai-compatible',
    ['code'],
    'src/llm/deepseek.ts',
    (k) => `import OpenAI from 'openai';

// DeepSeek speaks the OpenAI protocol; only the base URL and key differ.
export const deepseek = new OpenAI({
  baseURL: 'https://api.deepseek.com',
  apiKey: '${k.p('deepseek', 'deepseek')}',
});

export const openai = new OpenAI({ apiKey: process.env.${k.n('OPENAI_API_KEY')} });

export async function ask(prompt: string) {
  const r = await deepseek.chat.completions.create({ model: 'deepseek-chat', messages: [{ role: 'user', content: prompt }] });
  return r.choices[0].message.content;
}
`,
  ),
  pdoc(
    'llm-keys-env',
    ['config-syntax', 'credential-file'],
    'ai-playground/.env',
    (k) => `# keys for the playground — personal accounts, rotate monthly
ANTHROPIC_API_KEY=${k.p('anthropic', 'anthropic')}
OPENAI_API_KEY=${k.p('openai', 'openai')}
DEEPSEEK_API_KEY=${k.p('deepseek', 'deepseek')}
MISTRAL_API_KEY=${k.p('mistral', 'mistral')}
HF_TOKEN=${k.p('huggingface', 'huggingface')}
COHERE_API_KEY=${k.ph()}
GROQ_API_KEY=
`,
  ),
  pdoc(
    'notebook-env-keys',
    ['code'],
    'notebooks/eval_prompts.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "os.environ[\\"ANTHROPIC_API_KEY\\"] = \\"${k.p('anthropic', 'anthropic')}\\"\\n",
    "os.environ[\\"DEEPSEEK_API_KEY\\"] = \\"${k.p('deepseek', 'deepseek')}\\"\\n",
    "os.environ[\\"WANDB_API_KEY\\"] = \\"${k.s('provider', k.g.hex(40), 'wandb')}\\""
   ]
  }
 ],
 "metadata": { "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),
  pdoc(
    'discord-bot-py',
    ['code'],
    'bot/main.py',
    (k) => `import discord
from discord.ext import commands

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)

APPLICATION_ID = ${k.pub('discordClientId')}

@bot.command()
async def ping(ctx):
    await ctx.send("pong")

bot.run("${k.p('discordBot', 'discord')}")
`,
  ),
  pdoc(
    'discord-bot-config-json',
    ['config-syntax'],
    'config.json',
    (k) => `{
  "token": "${k.p('discordBot', 'discord')}",
  "clientId": "${k.pub('discordClientId')}",
  "guildId": "${k.pub('discordClientId')}",
  "prefix": "!",
  "owners": ["${k.pub('discordClientId')}"]
}
`,
  ),
  pdoc(
    'telegram-bot-alerts',
    ['code', 'command-line'],
    'scripts/notify.sh',
    (k) => `#!/bin/sh
# posts deploy notices to the ops group
BOT_TOKEN="${k.p('telegram', 'telegram')}"
CHAT_ID="${k.n(`-100${k.g.digits(10)}`)}"
curl -s "https://api.telegram.org/bot$BOT_TOKEN/sendMessage" -d chat_id="$CHAT_ID" -d text="deployed $1"
`,
  ),
  pdoc(
    'tableau-tsc-refresh',
    ['code'],
    'etl/refresh_extracts.py',
    (k) => `import tableauserverclient as TSC

# PAT created by svc-etl on 2024-10-03 (expires after 15 days unused)
auth = TSC.PersonalAccessTokenAuth("etl-refresh", "${k.p('tableauSecret', 'tableau')}", site_id="northwind")
server = TSC.Server("https://prod-useast-b.online.tableau.com", use_server_version=True)

with server.auth.sign_in(auth):
    for ds in TSC.Pager(server.datasources):
        if ds.name.startswith("finance_"):
            server.datasources.refresh(ds)
`,
  ),
  pdoc(
    'tableau-tabcmd-runbook',
    ['prose', 'command-line'],
    'docs/tableau.md',
    (k) => `## Refreshing the finance workbooks by hand

${F}
tabcmd login -s https://prod-useast-b.online.tableau.com -t northwind --token-name etl-refresh --token-value ${k.p('tableauSecret', 'tableau')}
tabcmd refreshextracts --workbook "Finance Daily"
${F}

The token name is not secret; the value is. If it fails with 401, the PAT expired — make a new one under
My Account Settings and replace \`--token-value <secret>\`.
`,
  ),
  pdoc(
    'hasura-compose',
    ['config-syntax', 'credential-file'],
    'hasura/docker-compose.yml',
    (k) => `version: "3.6"
services:
  postgres:
    image: postgres:15
    environment:
      POSTGRES_PASSWORD: ${k.hpw()}
  graphql-engine:
    image: hasura/graphql-engine:v2.36.0
    ports:
      - "8080:8080"
    environment:
      HASURA_GRAPHQL_DATABASE_URL: postgres://postgres:${k.s('connection-string', k.g.alnum(16))}@postgres:5432/postgres
      HASURA_GRAPHQL_ENABLE_CONSOLE: "true"
      HASURA_GRAPHQL_ADMIN_SECRET: ${k.p('hasuraAdmin', 'hasura', 'token')}
      HASURA_GRAPHQL_JWT_SECRET: '{"type":"HS256","key":"${k.s('token', k.g.base64url(48), 'hasura')}"}'
      HASURA_GRAPHQL_UNAUTHORIZED_ROLE: anonymous
`,
  ),
  pdoc(
    'hasura-curl-metadata',
    ['command-line', 'http-auth'],
    'docs/hasura-metadata.md',
    (k) => `Export metadata from prod before every migration:

${F}sh
curl -s https://graphql.northwind.io/v1/metadata \\
  -H "x-hasura-admin-secret: ${k.s('http-auth', k.g.alnum(32), 'hasura')}" \\
  -d '{"type":"export_metadata","args":{}}' > metadata.json
${F}

With the CLI: \`hasura metadata export --admin-secret ${k.s('token', k.g.base64url(32), 'hasura')} --endpoint https://graphql.northwind.io\`.
For local work the secret is \`${k.ph()}\`.
`,
  ),
  pdoc(
    'octopus-octo-push',
    ['command-line'],
    'build/deploy.cmd',
    (k) => `@echo off
set OCTOPUS_SERVER=https://deploy.northwind.io
set OCTOPUS_API_KEY=${k.p('octopus', 'octopus')}
octo pack --id=Northwind.Web --version=%BUILD_NUMBER% --basePath=publish
octo push --package=Northwind.Web.%BUILD_NUMBER%.nupkg --server=%OCTOPUS_SERVER% --apiKey=%OCTOPUS_API_KEY%
octo create-release --project "Northwind Web" --server %OCTOPUS_SERVER% --apiKey ${k.p('octopus', 'octopus')} --deployTo Staging
`,
  ),
  pdoc(
    'octopus-powershell-api',
    ['code', 'http-auth'],
    'scripts/Get-Deployments.ps1',
    (k) => `$octopusURL = "https://deploy.northwind.io"
$header = @{ "X-Octopus-ApiKey" = "${k.p('octopus', 'octopus')}" }
$spaceId = "${k.n('Spaces-1')}"

$deployments = Invoke-RestMethod -Method Get -Uri "$octopusURL/api/$spaceId/deployments?take=20" -Headers $header
$deployments.Items | Select-Object Id, ReleaseId, EnvironmentId, Created
`,
  ),
  pdoc(
    'cloudflare-wrangler-and-curl',
    ['command-line', 'config-syntax'],
    'edge/README.md',
    (k) => `# edge worker

${F}toml
# wrangler.toml
name = "edge-router"
main = "src/index.ts"
account_id = "${k.n(k.g.hex(32))}"
compatibility_date = "2024-09-01"
${F}

Deploying from CI uses \`CLOUDFLARE_API_TOKEN=${k.p('cloudflareToken', 'cloudflare')}\` (Workers Scripts:Edit only).

Purging by hand still needs the old global key:

${F}
curl -X POST "https://api.cloudflare.com/client/v4/zones/${k.n(k.g.hex(32))}/purge_cache" \\
  -H "X-Auth-Email: ops@northwind.io" \\
  -H "X-Auth-Key: ${k.p('cloudflareGlobalKey', 'cloudflare')}" \\
  -H "Content-Type: application/json" --data '{"purge_everything":true}'
${F}
`,
  ),
  pdoc(
    'cloudflare-origin-ca-issuer',
    ['config-syntax'],
    'k8s/cert-manager/origin-issuer.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: origin-ca-key
  namespace: cert-manager
type: Opaque
stringData:
  key: ${k.p('cloudflareOriginCa', 'cloudflare')}
---
apiVersion: cert-manager.k8s.cloudflare.com/v1
kind: OriginIssuer
metadata:
  name: prod-issuer
spec:
  requestType: OriginECC
  auth:
    serviceKeyRef:
      name: ${k.n('origin-ca-key')}
      key: key
`,
  ),
  pdoc(
    'terraform-providers-block',
    ['config-syntax', 'code'],
    'infra/observability/providers.tf',
    (k) => `provider "datadog" {
  api_key = "${k.p('datadogApi', 'datadog')}"
  app_key = "${k.p('datadogApp', 'datadog')}"
  api_url = "https://api.datadoghq.eu/"
}

provider "cloudflare" {
  api_token = "${k.p('cloudflareToken', 'cloudflare')}"
}

provider "pagerduty" {
  token = "${k.p('pagerduty', 'pagerduty')}"
}

provider "newrelic" {
  account_id = ${k.n(k.g.digits(7))}
  api_key    = "${k.p('newRelicUser', 'new-relic')}"
  region     = "EU"
}

provider "github" {
  owner = "northwind"
  token = var.github_token
}
`,
  ),
  pdoc(
    'onepassword-actions',
    ['config-syntax', 'precision'],
    '.github/workflows/release.yml',
    (k) => `name: release
on:
  push:
    tags: ["v*"]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: 1password/load-secrets-action@v2
        with:
          export-env: true
        env:
          OP_SERVICE_ACCOUNT_TOKEN: ${k.p('onePasswordService', '1password')}
          NPM_TOKEN: ${k.n('op://ci/npm/credential')}
          DOCKERHUB_TOKEN: ${k.n('op://ci/dockerhub/token')}
      - run: npm publish
`,
  ),
  pdoc(
    'onepassword-emergency-kit-note',
    ['prose', 'credential-file'],
    'notes/1password-recovery.txt',
    (k) => `1Password Emergency Kit — Northwind shared vault owner
(typed up from the printout because the PDF is on the laptop that died)

Sign-in address: https://northwind.1password.com
Email address:   it-admin@northwind.io
Secret Key:      ${k.p('onePasswordSecretKey', '1password')}
Master Password: ${k.hpw()}

Connect server token for the k8s operator is in the vault item "op-connect", not here.
`,
  ),
  pdoc(
    'onepassword-cli-script',
    ['command-line', 'precision'],
    'scripts/load-secrets.sh',
    (k) => `#!/usr/bin/env bash
# pulls secrets at runtime; nothing here is secret
export OP_ACCOUNT=northwind.1password.com
export DB_PASSWORD="$(op read ${k.n('"op://Production/postgres/password"')})"
export STRIPE_SECRET_KEY="$(op read ${k.n('"op://Production/stripe/secret key"')})"
op inject -i config.tpl.yml -o config.yml
`,
  ),
  pdoc(
    'sendgrid-django-smtp',
    ['code', 'config-syntax'],
    'mysite/settings/mail.py',
    (k) => `EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"  # literally the word apikey
EMAIL_HOST_PASSWORD = "${k.p('sendgrid', 'sendgrid')}"
DEFAULT_FROM_EMAIL = "Northwind <no-reply@northwind.io>"
`,
  ),
  pdoc(
    'mailgun-curl-send',
    ['command-line', 'http-auth'],
    'docs/mail-debugging.md',
    (k) => `Test that the domain is verified:

${F}
curl -s --user 'api:${k.p('mailgunKey', 'mailgun')}' \\
  https://api.eu.mailgun.net/v3/mg.northwind.io/messages \\
  -F from='Ops <ops@mg.northwind.io>' -F to=aiko@northwind.io -F subject='test' -F text='hello'
${F}

The webhook signing key (Sending > Webhooks) is different: \`${k.p('mailgunSigningKey', 'mailgun')}\`.
The public validation key starts with \`pubkey-\` and is fine to ship in the signup form: \`${k.n(`pubkey-${k.g.hex(32)}`)}\`.
`,
  ),
  pdoc(
    'twilio-curl-and-node',
    ['command-line', 'code'],
    'sms/README.md',
    (k) => `# SMS sender

${F}bash
curl -X POST https://api.twilio.com/2010-04-01/Accounts/${k.pub('twilioSid')}/Messages.json \\
  --data-urlencode "To=+15558675310" --data-urlencode "From=+15017122661" \\
  --data-urlencode "Body=Your code is 481516" \\
  -u ${k.pub('twilioSid')}:${k.p('twilioAuthToken', 'twilio')}
${F}

${F}js
const client = require('twilio')('${k.pub('twilioSid')}', '${k.p('twilioAuthToken', 'twilio')}');
${F}
`,
  ),
  pdoc(
    'datadog-curl-and-agent',
    ['command-line', 'config-syntax'],
    'monitoring/datadog.md',
    (k) => `## Muting a monitor from the shell

${F}
curl -X POST "https://api.datadoghq.eu/api/v1/monitor/${k.n(k.g.digits(8))}/mute" \\
  -H "DD-API-KEY: ${k.p('datadogApi', 'datadog')}" \\
  -H "DD-APPLICATION-KEY: ${k.p('datadogApp', 'datadog')}"
${F}

## Agent

/etc/datadog-agent/datadog.yaml on the bastion:

${F}yaml
api_key: ${k.p('datadogApi', 'datadog')}
site: datadoghq.eu
logs_enabled: true
${F}
`,
  ),
  pdoc(
    'datadog-agent-yaml',
    ['config-syntax'],
    'etc/datadog-agent/datadog.yaml',
    (k) => `## Managed by Ansible
api_key: ${k.p('datadogApi', 'datadog')}
site: datadoghq.com
hostname: db-replica-02
tags:
  - env:prod
  - team:data
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: true
`,
  ),
  pdoc(
    'algolia-index-script',
    ['code', 'precision'],
    'scripts/reindex.js',
    (k) => `// Pushes the product catalogue to Algolia. The front end uses the search-only key below; this script needs the admin key.
const algoliasearch = require('algoliasearch');

const APP_ID = '${k.pub('algoliaAppId')}';
const SEARCH_ONLY_KEY = '${k.pub('algoliaSearch')}'; // public, also in storefront bundle
const client = algoliasearch(APP_ID, '${k.p('algoliaAdmin', 'algolia')}');

async function main() {
  const index = client.initIndex('products_prod');
  await index.replaceAllObjects(require('./catalogue.json'), { autoGenerateObjectIDIfNotExist: true });
}
main();
`,
  ),
  pdoc(
    'algolia-frontend-public',
    ['code', 'precision'],
    'src/search/client.ts',
    (k) => `import algoliasearch from 'algoliasearch/lite';

// Search-only API key: safe to expose in the browser (ACL: search).
export const searchClient = algoliasearch('${k.pub('algoliaAppId')}', '${k.pub('algoliaSearch')}');
export const INDEX = 'products_prod';
`,
  ),
  pdoc(
    'firebase-web-config',
    ['code', 'precision'],
    'src/firebase.js',
    (k) => `import { initializeApp } from 'firebase/app';

// Firebase web config is public by design; access is controlled by security rules.
const firebaseConfig = {
  apiKey: '${k.pub('firebaseWebKey')}',
  authDomain: 'northwind-app.firebaseapp.com',
  projectId: 'northwind-app',
  storageBucket: 'northwind-app.appspot.com',
  messagingSenderId: '${k.n(k.g.digits(12))}',
  appId: '${k.n(`1:${k.g.digits(12)}:web:${k.g.hex(22)}`)}',
  measurementId: '${k.n(`G-${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}`)}',
};

export const app = initializeApp(firebaseConfig);
`,
  ),
  pdoc(
    'stripe-server-and-client',
    ['code', 'precision'],
    'server/payments.ts',
    (k) => `import Stripe from 'stripe';

// publishable key goes to the browser; the secret key never leaves the server
export const PUBLISHABLE_KEY = '${k.pub('stripePk')}';
const stripe = new Stripe('${k.p('stripeSecret', 'stripe')}', { apiVersion: '2024-06-20' });
const endpointSecret = '${k.p('stripeWebhook', 'stripe')}';

export function verify(body: Buffer, sig: string) {
  return stripe.webhooks.constructEvent(body, sig, endpointSecret);
}
`,
  ),
  pdoc(
    'stripe-restricted-cron',
    ['config-syntax'],
    'cron/reconcile.yaml',
    (k) => `schedule: "0 3 * * *"
command: node dist/reconcile.js
env:
  STRIPE_RESTRICTED_KEY: ${k.p('stripeRestricted', 'stripe')}
  STRIPE_ACCOUNT: ${k.n(`acct_${k.g.alnum(16)}`)}
  STRIPE_PUBLISHABLE_KEY: ${k.pub('stripePk')}
`,
  ),
  pdoc(
    'sentry-properties',
    ['config-syntax', 'credential-file', 'precision'],
    'android/sentry.properties',
    (k) => `defaults.url=https://sentry.io/
defaults.org=northwind
defaults.project=android-app
auth.token=${k.p('sentryAuth', 'sentry')}
# DSN is public; it ships in the app
dsn=${k.pub('sentryDsn')}
`,
  ),
  pdoc(
    'sentry-clirc',
    ['credential-file'],
    '.sentryclirc',
    (k) => `[auth]
token=${k.p('sentryAuth', 'sentry')}

[defaults]
org=northwind
project=web
url=https://sentry.io/
`,
  ),
  pdoc(
    'laravel-env-pusher',
    ['config-syntax', 'credential-file', 'precision'],
    'laravel/.env',
    (k) => `APP_NAME=Northwind
APP_ENV=production
APP_KEY=${k.s('token', `base64:${k.g.base64(43)}=`, 'laravel')}
APP_DEBUG=false

BROADCAST_DRIVER=pusher
PUSHER_APP_ID=${k.pub('pusherAppId')}
PUSHER_APP_KEY=${k.pub('pusherKey')}
PUSHER_APP_SECRET=${k.p('pusherSecret', 'pusher')}
PUSHER_APP_CLUSTER=eu

VITE_PUSHER_APP_KEY=${k.n('"${PUSHER_APP_KEY}"')}
VITE_PUSHER_APP_CLUSTER=${k.n('"${PUSHER_APP_CLUSTER}"')}

MAIL_MAILER=mailgun
MAILGUN_DOMAIN=mg.northwind.io
MAILGUN_SECRET=${k.p('mailgunKey', 'mailgun')}
MAILGUN_ENDPOINT=api.eu.mailgun.net
`,
  ),
  pdoc(
    'mapbox-web-and-upload',
    ['code', 'precision'],
    'map/upload-tiles.sh',
    (k) => `#!/bin/sh
# the public token (pk.) is in the web app; uploads need a secret token with uploads:write
# web: ${k.pub('mapboxPublic')}
export MAPBOX_ACCESS_TOKEN=${k.p('mapboxSecret', 'mapbox')}
tilesets upload-source northwind-maps depots ./depots.geojson.ld
tilesets publish northwind-maps.depots
`,
  ),
  pdoc(
    'alertmanager-receivers',
    ['config-syntax'],
    'alertmanager/alertmanager.yml',
    (k) => `global:
  resolve_timeout: 5m
  slack_api_url: ${k.p('slackWebhook', 'slack')}

route:
  receiver: oncall
  group_by: [alertname, cluster]

receivers:
  - name: oncall
    pagerduty_configs:
      - routing_key: ${k.p('pagerdutyRouting', 'pagerduty')}
        severity: critical
    opsgenie_configs:
      - api_key: ${k.p('opsgenie', 'opsgenie')}
        api_url: https://api.eu.opsgenie.com/
  - name: slack-only
    slack_configs:
      - channel: "#alerts"
        send_resolved: true
        api_url_file: ${k.n('/etc/alertmanager/secrets/slack-url')}
`,
  ),
  pdoc(
    'grafana-provisioning',
    ['config-syntax'],
    'grafana/provisioning/datasources/prod.yaml',
    (k) => `apiVersion: 1
datasources:
  - name: Prometheus
    type: prometheus
    url: https://prom.northwind.io
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: ${k.hpw()}
  - name: Datadog
    type: grafana-datadog-datasource
    jsonData:
      site: datadoghq.eu
    secureJsonData:
      apiKey: ${k.p('datadogApi', 'datadog')}
      appKey: ${k.p('datadogApp', 'datadog')}
  - name: Loki
    type: loki
    url: http://loki:3100
    secureJsonData:
      httpHeaderValue1: ${k.n('$__env{LOKI_TOKEN}')}
`,
  ),
  pdoc(
    'grafana-sa-token-ci',
    ['command-line'],
    'dashboards/push.sh',
    (k) => `#!/bin/bash
GRAFANA_URL=https://grafana.northwind.io
GRAFANA_TOKEN=${k.p('grafanaSa', 'grafana')}
for f in dashboards/*.json; do
  curl -s -X POST -H "Authorization: Bearer $GRAFANA_TOKEN" -H "Content-Type: application/json" -d @"$f" "$GRAFANA_URL/api/dashboards/db"
done
`,
  ),
  pdoc(
    'newrelic-yml',
    ['config-syntax'],
    'newrelic.yml',
    (k) => `common: &default_settings
  license_key: '${k.p('newRelicLicense', 'new-relic')}'
  app_name: Northwind Checkout
  distributed_tracing:
    enabled: true
  log_level: info

production:
  <<: *default_settings

development:
  <<: *default_settings
  license_key: '${k.ph()}'
  app_name: Northwind Checkout (dev)
`,
  ),
  pdoc(
    'vault-doppler-tf-tokens',
    ['config-syntax', 'command-line'],
    'ops/tokens.env',
    (k) => `# break-glass tokens (expire end of quarter)
VAULT_ADDR=https://vault.northwind.io:8200
VAULT_TOKEN=${k.p('vault', 'hashicorp-vault')}
DOPPLER_TOKEN=${k.p('doppler', 'doppler')}
TF_TOKEN_app_terraform_io=${k.p('terraformCloud', 'terraform-cloud')}
DIGITALOCEAN_ACCESS_TOKEN=${k.p('digitalocean', 'digitalocean')}
POSTMAN_API_KEY=${k.p('postman', 'postman')}
DATABRICKS_TOKEN=${k.p('databricks', 'databricks')}
SHOPIFY_ADMIN_TOKEN=${k.p('shopify', 'shopify')}
BREVO_API_KEY=${k.p('brevo', 'brevo')}
`,
  ),
  pdoc(
    'slack-app-manifest-env',
    ['config-syntax', 'code'],
    'slackbot/app.py',
    (k) => `import os
from slack_bolt import App

app = App(
    token=os.environ.get("SLACK_BOT_TOKEN", "${k.p('slackBot', 'slack')}"),
    signing_secret=os.environ.get("SLACK_SIGNING_SECRET", "${k.s('provider', k.g.hex(32), 'slack')}"),
)

@app.command("/deploy")
def deploy(ack, respond, command):
    ack()
    respond(f"deploying {command['text']}")
`,
  ),
  pdoc(
    'aws-docs-examples-negatives',
    ['prose', 'precision'],
    'docs/aws-setup.md',
    (k) => `# Setting up the AWS CLI

Run \`aws configure\` and paste your own keys. The values AWS uses in its documentation look like:

${F}
AWS Access Key ID [None]: ${k.pub('awsExampleId')}
AWS Secret Access Key [None]: ${k.pub('awsExampleSecret')}
Default region name [None]: eu-west-1
${F}

Never paste real keys in this repo; CI gets them from \`${k.n('${{ secrets.AWS_SECRET_ACCESS_KEY }}')}\` and
locally use \`aws sso login --profile ${k.n('prod-admin')}\`. The key id format is \`AKIA\` followed by 16 characters,
e.g. \`${k.n('AKIAXXXXXXXXXXXXXXXX')}\`.
`,
  ),
  pdoc(
    'integrations-env-example',
    ['config-syntax', 'precision'],
    '.env.example',
    (k) => `# Copy to .env and fill in. Never commit .env.
MAILGUN_API_KEY=${k.ph()}
MAILGUN_DOMAIN=mg.example.com
DD_API_KEY=${k.ph()}
DD_APP_KEY=${k.ph()}
TWILIO_ACCOUNT_SID=${k.n('ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}
TWILIO_AUTH_TOKEN=${k.ph()}
ALGOLIA_APP_ID=${k.n('YourApplicationID')}
ALGOLIA_ADMIN_KEY=${k.n('YourAdminAPIKey')}
PUSHER_APP_SECRET=${k.ph()}
SENDGRID_API_KEY=${k.n('SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy')}
STRIPE_SECRET_KEY=${k.n('sk_test_...')}
ANTHROPIC_API_KEY=${k.n('sk-ant-...')}
HASURA_GRAPHQL_ADMIN_SECRET=${k.n('myadminsecretkey')}
AZURE_STORAGE_KEY=${k.ph()}
`,
  ),
  pdoc(
    'helm-values-refs',
    ['config-syntax', 'precision'],
    'charts/worker/values.yaml',
    (k) => `# Secrets come from External Secrets; these are only the key names.
externalSecrets:
  refreshInterval: 1h
  store: aws-secretsmanager
  data:
    - secretKey: DD_API_KEY
      remoteRef: { key: ${k.n('prod/datadog')}, property: ${k.n('api_key')} }
    - secretKey: TWILIO_AUTH_TOKEN
      remoteRef: { key: ${k.n('prod/twilio')}, property: ${k.n('auth_token')} }
    - secretKey: MAILGUN_API_KEY
      remoteRef: { key: ${k.n('prod/mailgun')}, property: ${k.n('api_key')} }
env:
  DD_SITE: datadoghq.eu
  ALGOLIA_APP_ID: ${k.pub('algoliaAppId')}
  SENTRY_DSN: ${k.pub('sentryDsn')}
`,
  ),
  pdoc(
    'lockfile-and-ids-negatives',
    ['precision', 'code'],
    'docs/release-checklist.md',
    (k) => `## Release 4.12 checklist

- [x] package-lock integrity for \`@datadog/browser-rum\`: \`${k.pub('integrity')}\`
- [x] commit \`${k.pub('sha')}\` tagged
- [x] Sentry release \`${k.pub('sha')}\` created, DSN unchanged (\`${k.pub('sentryDsn')}\`)
- [x] Twilio messaging service \`${k.n(`MG${k.g.hex(32)}`)}\` has the new sender
- [x] Stripe price \`${k.n(`price_${k.g.alnum(24)}`)}\` live, publishable key \`${k.pub('stripePk')}\`
- [ ] Datadog dashboard \`${k.n(`${k.g.lower(3)}-${k.g.lower(3)}-${k.g.lower(3)}`)}\` updated
- [ ] Rotate the Mailgun key (currently \`${k.n('key-****************************e41c')}\`)
`,
  ),
];
