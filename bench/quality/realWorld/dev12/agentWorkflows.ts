// Workflow automation exports around agents: n8n workflows, decrypted credential exports and .env, Make blueprints,
// Zapier code steps, Flowise chatflows, Node-RED flows, an eval CI workflow.
import type { RealWorldDoc } from '../types';
import { doc } from './agentValues';

export const AGENT_WORKFLOW_DOCS: RealWorldDoc[] = [
  doc(
    'agent-wf-n8n-workflow',
    ['config-syntax', 'code', 'precision'],
    'workflows/support-triage.json',
    (k) => `{
  "name": "Support triage (AI)",
  "nodes": [
    {
      "parameters": {
        "method": "POST",
        "url": "https://api.helpdesk.example.com/v1/tickets/search",
        "sendHeaders": true,
        "headerParameters": {
          "parameters": [
            { "name": "Authorization", "value": "Bearer ${k.bearer()}" },
            { "name": "X-Workspace", "value": "${k.n('ws_' + k.g.digits(6))}" }
          ]
        }
      },
      "id": "${k.n(k.g.uuid())}",
      "name": "Search tickets",
      "type": "n8n-nodes-base.httpRequest",
      "typeVersion": 4.2,
      "position": [460, 300]
    },
    {
      "parameters": {
        "jsCode": "const apiKey = '${k.tok(k.g.alnum(32))}';\\nconst out = [];\\nfor (const item of $input.all()) {\\n  out.push({ json: { ...item.json, key: apiKey } });\\n}\\nreturn out;"
      },
      "id": "${k.n(k.g.uuid())}",
      "name": "Code",
      "type": "n8n-nodes-base.code",
      "typeVersion": 2,
      "position": [680, 300]
    },
    {
      "parameters": { "model": "${k.n('gpt-4o-mini')}", "options": {} },
      "id": "${k.n(k.g.uuid())}",
      "name": "OpenAI Chat Model",
      "type": "@n8n/n8n-nodes-langchain.lmChatOpenAi",
      "credentials": { "openAiApi": { "id": "${k.n(k.g.alnum(16))}", "name": "OpenAi account" } }
    }
  ],
  "connections": {},
  "settings": { "executionOrder": "v1" },
  "versionId": "${k.n(k.g.uuid())}"
}
`,
  ),

  doc(
    'agent-wf-n8n-credentials-decrypted',
    ['credential-file', 'config-syntax'],
    'backup/n8n-credentials.json',
    (k) => `[
  {
    "id": "${k.n(k.g.alnum(16))}",
    "name": "Postgres prod",
    "type": "postgres",
    "data": { "host": "10.1.4.20", "database": "crm", "user": "n8n", "password": "${k.gpw()}", "port": 5432, "ssl": "allow" }
  },
  {
    "id": "${k.n(k.g.alnum(16))}",
    "name": "OpenAi account",
    "type": "openAiApi",
    "data": { "apiKey": "${k.prov('openai', 'OpenAI')}" }
  },
  {
    "id": "${k.n(k.g.alnum(16))}",
    "name": "Helpdesk basic",
    "type": "httpBasicAuth",
    "data": { "user": "n8n@example.com", "password": "${k.hpw()}" }
  },
  {
    "id": "${k.n(k.g.alnum(16))}",
    "name": "Header Auth intern",
    "type": "httpHeaderAuth",
    "data": { "name": "X-API-KEY", "value": "${k.tok()}" }
  },
  {
    "id": "${k.n(k.g.alnum(16))}",
    "name": "IMAP Rechnungen",
    "type": "imap",
    "data": { "user": "rechnungen@firma.example", "password": "${k.pw()}", "host": "imap.firma.example", "port": 993, "secure": true }
  }
]
`,
  ),

  doc(
    'agent-wf-n8n-env',
    ['config-syntax', 'credential-file'],
    'n8n/.env',
    (k) => `N8N_HOST=n8n.firma.example
N8N_USER_MANAGEMENT_JWT_SECRET=${k.n('${JWT_SECRET}')}
N8N_PROTOCOL=https
N8N_ENCRYPTION_KEY=${k.tok(k.g.alnum(32))}
N8N_BASIC_AUTH_ACTIVE=true
N8N_BASIC_AUTH_USER=admin
N8N_BASIC_AUTH_PASSWORD=${k.hpw()}
DB_TYPE=postgresdb
DB_POSTGRESDB_HOST=postgres
DB_POSTGRESDB_USER=n8n
DB_POSTGRESDB_PASSWORD=${k.pw()}
N8N_RUNNERS_ENABLED=true
N8N_RUNNERS_AUTH_TOKEN=${k.tok()}
GENERIC_TIMEZONE=Europe/Berlin
`,
  ),

  doc(
    'agent-wf-make-blueprint',
    ['config-syntax', 'precision'],
    'make/blueprint-lead-enrichment.json',
    (k) => `{
  "name": "Lead enrichment + GPT summary",
  "flow": [
    { "id": 1, "module": "gateway:CustomWebHook", "version": 1, "parameters": { "hook": ${k.n(k.g.digits(7))}, "maxResults": 1 } },
    {
      "id": 2,
      "module": "http:ActionSendData",
      "version": 3,
      "mapper": {
        "url": "https://api.enrich.example.io/v2/person",
        "method": "get",
        "headers": [ { "name": "X-API-KEY", "value": "${k.tok(k.g.hex(32))}" } ],
        "qs": [ { "name": "email", "value": "{{1.email}}" }, { "name": "token", "value": "${k.tok(k.g.alnum(40))}" } ]
      }
    },
    {
      "id": 3,
      "module": "openai-gpt-3:CreateCompletion",
      "version": 1,
      "parameters": { "__IMTCONN__": ${k.n(k.g.digits(7))} },
      "mapper": { "model": "${k.n('gpt-4o')}", "messages": [ { "role": "user", "content": "Summarize {{2.data}}" } ] }
    }
  ],
  "metadata": { "instant": true, "version": 1, "scenario": { "roundtrips": 1, "maxErrors": 3 } }
}
`,
  ),

  doc(
    'agent-wf-zapier-code-step',
    ['code'],
    'zapier/code-step-airtable.js',
    (k) => `// Code by Zapier (JavaScript) — copy of step 3 in "New lead -> Airtable + Slack"
const AIRTABLE_TOKEN = '${k.m.secret('provider', 'pat' + k.g.alnum(14) + '.' + k.g.hex(64), 'Airtable')}';
const BASE = '${k.n('app' + k.g.alnum(14))}';
const CRM_AUTH = 'Basic ' + btoa('zapier:${k.hpw()}');

const res = await fetch(\`https://api.airtable.com/v0/\${BASE}/Leads\`, {
  method: 'POST',
  headers: { Authorization: \`Bearer \${AIRTABLE_TOKEN}\`, 'Content-Type': 'application/json' },
  body: JSON.stringify({ fields: { Name: inputData.name, Email: inputData.email } }),
});
await fetch('https://crm.example.com/api/leads', { method: 'POST', headers: { Authorization: CRM_AUTH } });
output = [{ id: (await res.json()).id }];
`,
  ),

  doc(
    'agent-wf-flowise-chatflow-vi',
    ['config-syntax', 'code'],
    'flowise/chatflows/tra-cuu-don-hang.json',
    (k) => `{
  "nodes": [
    {
      "id": "customTool_0",
      "data": {
        "label": "Custom Tool",
        "name": "customTool",
        "inputs": {
          "selectedTool": "${k.n(k.g.uuid())}",
          "toolName": "tra_cuu_don_hang",
          "toolDesc": "Tra cứu trạng thái đơn hàng theo mã đơn",
          "func": "// gọi API nội bộ, token tạm thời của anh Minh\\nconst token = '${k.tok()}';\\nconst r = await fetch('https://donhang.noibo.example.vn/api/don/' + $ma_don, { headers: { 'x-token': token } });\\nreturn await r.text();"
        }
      }
    },
    {
      "id": "chatOpenAI_0",
      "data": {
        "name": "chatOpenAI",
        "credential": "${k.n(k.g.uuid())}",
        "inputs": { "modelName": "${k.n('gpt-4o-mini')}", "temperature": 0.2 }
      }
    },
    {
      "id": "postgresRecordManager_0",
      "data": {
        "name": "postgresRecordManager",
        "inputs": { "host": "10.0.0.12", "database": "flowise_rm", "port": 5432, "additionalConfig": "{\\"user\\":\\"flowise\\",\\"password\\":\\"${k.pw()}\\"}" }
      }
    }
  ],
  "edges": []
}
`,
  ),

  doc(
    'agent-wf-nodered-flows',
    ['config-syntax'],
    '.node-red/flows_cred_export.json',
    (k) => `[
  { "id": "${k.n(k.g.hex(16))}", "type": "mqtt-broker", "name": "Mosquitto", "broker": "192.168.1.20", "port": "1883", "credentials": { "user": "nodered", "password": "${k.letters()}" } },
  { "id": "${k.n(k.g.hex(16))}", "type": "http request", "name": "Ollama", "method": "POST", "url": "http://192.168.1.30:11434/api/chat", "authType": "" },
  { "id": "${k.n(k.g.hex(16))}", "type": "http request", "name": "HA REST", "method": "GET", "url": "http://homeassistant.local:8123/api/states", "authType": "bearer", "credentials": { "password": "${k.jwt({ iss: k.g.hex(32), iat: 1759000000, exp: 2074360000 })}" } },
  { "id": "${k.n(k.g.hex(16))}", "type": "telegram bot", "botname": "haus_bot", "credentials": { "token": "${k.prov('telegram', 'Telegram')}" } }
]
`,
  ),

  doc(
    'agent-wf-eval-ci',
    ['config-syntax', 'precision'],
    '.github/workflows/evals.yml',
    (k) => `name: nightly evals
on:
  schedule: [{ cron: "0 3 * * *" }]
  workflow_dispatch: {}
jobs:
  evals:
    runs-on: ubuntu-latest
    env:
      OPENAI_API_KEY: ${k.n('${{ secrets.OPENAI_API_KEY }}')}
      LANGFUSE_PUBLIC_KEY: ${k.n('pk-lf-' + k.g.uuid())}
      LANGFUSE_SECRET_KEY: ${k.prov('langfuseSecret', 'Langfuse')}
      LANGFUSE_HOST: https://cloud.langfuse.com
      WANDB_API_KEY: ${k.hex(40)}
      JUDGE_ENDPOINT_TOKEN: ${k.tok()}
    steps:
      - uses: actions/checkout@${k.n(k.g.hex(40))}
      - uses: actions/setup-python@${k.n(k.g.hex(40))}
        with: { python-version: "3.12" }
      - run: pip install -r evals/requirements.txt
      - run: python evals/run.py --suite support --judge gpt-4.1
`,
  ),
];
