// Calling an agent backend by hand: webhook secrets of the bots, REST client .http files, Postman environments,
// an OpenAPI spec for a GPT action and a model card; the tokens carry no prefix, the look-alikes are everywhere.
import type { RealWorldDoc } from '../types';
import { doc } from './agentValues';

export const AGENT_API_DOCS: RealWorldDoc[] = [
  doc(
    'agent-api-webhook-secrets',
    ['config-syntax', 'precision'],
    'config/webhooks.toml',
    (k) => `# inbound webhooks of the triage agent
[github]
app_id = ${k.n(k.g.digits(7))}
webhook_secret = "${k.tok(k.g.hex(40))}"
# deliveries look like: X-Hub-Signature-256: sha256=${k.n(k.g.hex(64))}

[linear]
webhook_secret = "${k.tok('lin_wh_' + k.g.alnum(40))}"

[slack]
verification_token = "${k.tok(k.g.alnum(24))}"   # legacy, still checked
team_id = "${k.n('T' + k.g.upper(10))}"

[telegram]
secret_token = "${k.tok(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 48))}"

[internal]
hmac_key = "${k.tok(k.g.base64(44))}"
last_delivery = "${k.n(k.g.uuid())}"
`,
  ),

  doc(
    'agent-api-rest-client',
    ['http-auth', 'config-syntax', 'precision'],
    'api/agent.http',
    (k) => `@host = https://agent-api.staging.example.com
@token = ${k.tok(k.g.base64url(43))}

### Start a run
POST {{host}}/v1/runs
Authorization: Bearer {{token}}
Content-Type: application/json

{ "agent": "researcher", "input": "Summarize yesterday's incidents" }

### Poll (admin key, skips quotas)
GET {{host}}/v1/runs/${k.n('run_' + k.g.alnum(20))}
X-Admin-Key: ${k.tok(k.g.hex(32))}

### Legacy basic auth
GET {{host}}/legacy/health
Authorization: Basic ${k.basic('ops')}

### Using the env file instead
GET {{host}}/v1/agents
Authorization: Bearer ${k.n('{{$dotenv AGENT_TOKEN}}')}
`,
  ),

  doc(
    'agent-api-postman-env',
    ['config-syntax', 'precision'],
    'postman/agent-staging.postman_environment.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "name": "Agent API – staging",
  "values": [
    { "key": "base_url", "value": "https://agent-api.staging.example.com", "type": "default", "enabled": true },
    { "key": "api_key", "value": "${k.tok()}", "type": "secret", "enabled": true },
    { "key": "agent_secret", "value": "${k.tok(k.g.alnum(48))}", "type": "secret", "enabled": true },
    { "key": "admin_password", "value": "${k.hpw()}", "type": "secret", "enabled": true },
    { "key": "user_id", "value": "${k.n(k.g.uuid())}", "type": "default", "enabled": true },
    { "key": "access_token", "value": "", "type": "any", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2026-10-01T12:44:10.118Z",
  "_postman_exported_using": "Postman/11.14.1"
}
`,
  ),

  doc(
    'agent-api-openapi-action',
    ['precision', 'config-syntax'],
    'gpts/actions/openapi.yaml',
    (k) => `openapi: 3.1.0
info:
  title: Inventory Action
  version: ${k.n('1.2.0')}
servers:
  - url: https://inventory.example.com/api
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: ${k.n('X-Api-Key')}
  schemas:
    Login:
      type: object
      properties:
        username: { type: string, example: ${k.n('jane.doe')} }
        password: { type: string, format: password, example: ${k.n('********')} }
        otp: { type: string, example: "${k.n('123456')}" }
security:
  - ApiKeyAuth: []
paths:
  /items/{sku}:
    get:
      operationId: getItem
      parameters:
        - { name: sku, in: path, required: true, schema: { type: string }, example: ${k.n('SKU-00042')} }
      responses:
        "200": { description: OK }
`,
  ),

  doc(
    'agent-api-model-card',
    ['precision', 'prose'],
    'models/support-classifier/README.md',
    (k) => `---
license: apache-2.0
base_model: ${k.n('answerdotai/ModernBERT-base')}
datasets:
  - ${k.n('acme/support-tickets-2026')}
tags: [text-classification, support]
widget:
  - text: "I forgot my password and the reset link does not arrive"
---

# support-classifier

Fine-tuned on 48k tickets. Labels: \`password_reset\`, \`billing\`, \`bug\`, \`api_key_issue\`.

| file | sha256 |
|---|---|
| model.safetensors | \`${k.n(k.g.hex(64))}\` |
| tokenizer.json | \`${k.n(k.g.hex(64))}\` |

Training run: https://wandb.ai/acme/support-classifier/runs/${k.n(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 8))}

${'```'}python
from transformers import pipeline
clf = pipeline("text-classification", model="${k.n('acme/support-classifier')}", token=${k.n('True')})
clf("My API key stopped working after rotation")
${'```'}
`,
  ),
];
