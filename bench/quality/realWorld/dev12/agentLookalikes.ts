// Honest look-alikes of the agent world: tool schemas with password fields, masked keys in logs, tokenizer "tokens",
// placeholder-filled READMEs, agent cards, .env.example files, embeddings and lockfile hashes. Mostly negatives, with
// the odd real value someone forgot in them.
import type { RealWorldDoc } from '../types';
import { doc, F } from './agentValues';

export const AGENT_LOOKALIKE_DOCS: RealWorldDoc[] = [
  doc(
    'agent-neg-tool-schema',
    ['precision', 'config-syntax'],
    'tools/schemas.json',
    (k) => `[
  {
    "type": "function",
    "name": "create_user",
    "description": "Creates a user in the admin portal.",
    "parameters": {
      "type": "object",
      "properties": {
        "email": { "type": "string", "format": "email" },
        "password": { "type": "string", "minLength": 12, "description": "${k.n('Initial password; the user must change it on first login')}" },
        "api_key": { "type": "string", "description": "${k.n('Optional API key to attach, e.g. sk-...')}" },
        "role": { "type": "string", "enum": ["viewer", "editor", "admin"] }
      },
      "required": ["email", "password"],
      "additionalProperties": false
    },
    "strict": true
  },
  {
    "type": "function",
    "name": "rotate_token",
    "description": "Rotates the token of a service account and returns the new token id (not the token).",
    "parameters": {
      "type": "object",
      "properties": {
        "service_account": { "type": "string", "examples": ["${k.n('svc-billing')}"] },
        "token_id": { "type": "string", "pattern": "^tok_[a-z0-9]{24}$", "examples": ["${k.n('tok_' + k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 24))}"] }
      },
      "required": ["service_account"]
    }
  }
]
`,
  ),

  doc(
    'agent-neg-masked-log',
    ['precision', 'logs-and-output'],
    'logs/gateway-2026-10-20.log',
    (k) => `2026-10-20T09:00:01Z INFO  gateway starting version=${k.n('2.14.3')} commit=${k.n(k.g.hex(40))}
2026-10-20T09:00:01Z INFO  provider openai key=${k.n('sk-proj-...' + k.g.alnum(4))} org=${k.n('org-' + k.g.alnum(24))}
2026-10-20T09:00:01Z INFO  provider anthropic key=${k.n('sk-ant-***' + k.g.alnum(4))}
2026-10-20T09:00:01Z INFO  provider huggingface token=${k.n('hf_****')} (from HF_TOKEN)
2026-10-20T09:00:02Z INFO  loaded 14 virtual keys (hashes only), first=${k.n(k.g.hex(64))}
2026-10-20T09:03:17Z INFO  req id=${k.n('chatcmpl-' + k.g.alnum(29))} model=${k.n('gpt-4o-mini-2024-07-18')} tokens_in=812 tokens_out=96 latency_ms=1432
2026-10-20T09:03:18Z INFO  req id=${k.n('msg_01' + k.g.alnum(22))} model=${k.n('claude-3-5-haiku-20241022')} tokens_in=1203 tokens_out=301
2026-10-20T09:03:19Z WARN  upstream 429 x-request-id=${k.n(k.g.uuid())} retry_after=2
2026-10-20T09:03:22Z INFO  trace=${k.n(k.g.hex(32))} span=${k.n(k.g.hex(16))} cache=hit key_hash=${k.n(k.g.hex(40))}
2026-10-20T09:04:00Z ERROR auth failed for key ending in ${k.n('…' + k.g.alnum(4))}: invalid api key
`,
  ),

  doc(
    'agent-neg-tokenizer-config',
    ['precision', 'config-syntax'],
    'models/llama-vi/tokenizer_config.json',
    (k) => `{
  "add_bos_token": true,
  "add_eos_token": false,
  "bos_token": "${k.n('<|begin_of_text|>')}",
  "eos_token": "${k.n('<|eot_id|>')}",
  "pad_token": "${k.n('<|finetune_right_pad_id|>')}",
  "unk_token": null,
  "chat_template": "{% for message in messages %}{{ '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n' + message['content'] + '<|eot_id|>' }}{% endfor %}",
  "model_max_length": 131072,
  "tokenizer_class": "PreTrainedTokenizerFast",
  "added_tokens_decoder": {
    "128000": { "content": "<|begin_of_text|>", "special": true },
    "128009": { "content": "<|eot_id|>", "special": true }
  },
  "_commit_hash": "${k.n(k.g.hex(40))}",
  "auto_map": { "AutoTokenizer": "${k.n('meta-llama/Llama-3.2-1B-Instruct')}" }
}
`,
  ),

  doc(
    'agent-neg-mcp-readme',
    ['precision', 'prose'],
    'packages/mcp-server-tickets/README.md',
    (k) => `# mcp-server-tickets

An MCP server for the Tickets API.

## Configuration

Add this to your \`claude_desktop_config.json\`:

${F}json
{
  "mcpServers": {
    "tickets": {
      "command": "npx",
      "args": ["-y", "mcp-server-tickets"],
      "env": {
        "TICKETS_API_KEY": "${k.n('<your-api-key>')}",
        "TICKETS_PASSWORD": "${k.n('your_password_here')}",
        "GITHUB_TOKEN": "${k.n('ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}"
      }
    }
  }
}
${F}

Or with the CLI: \`claude mcp add tickets -e TICKETS_API_KEY=${k.n('$TICKETS_API_KEY')} -- npx -y mcp-server-tickets\`

| Variable | Required | Example |
|---|---|---|
| \`TICKETS_API_KEY\` | yes | \`${k.n('tk_live_XXXXXXXXXXXXXXXX')}\` |
| \`TICKETS_PASSWORD\` | only for legacy auth | \`${k.n('********')}\` |
| \`ANTHROPIC_API_KEY\` | no | \`${k.n('sk-ant-...')}\` |

Never commit real keys. Use \`${k.n('${input:tickets-key}')}\` in VS Code.
`,
  ),

  doc(
    'agent-neg-a2a-agent-card',
    ['precision', 'config-syntax'],
    '.well-known/agent-card.json',
    (k) => `{
  "protocolVersion": "0.3.0",
  "name": "Travel Booking Agent",
  "description": "Books flights and hotels for employees.",
  "url": "https://agents.travel.example/a2a/v1",
  "version": "${k.n('1.8.0')}",
  "capabilities": { "streaming": true, "pushNotifications": true },
  "securitySchemes": {
    "bearer": { "type": "http", "scheme": "bearer", "bearerFormat": "JWT" },
    "apiKey": { "type": "apiKey", "in": "header", "name": "${k.n('X-API-Key')}" },
    "oauth": { "type": "oauth2", "flows": { "clientCredentials": { "tokenUrl": "https://login.travel.example/oauth2/token", "scopes": { "booking:write": "Create bookings" } } } }
  },
  "security": [{ "bearer": [] }],
  "defaultInputModes": ["text/plain"],
  "skills": [
    { "id": "book_flight", "name": "Book flight", "tags": ["travel"], "examples": ["Book me a flight to Lisbon on ${k.n('2026-11-03')}"] }
  ],
  "signatures": [{ "protected": "${k.n('eyJhbGciOiJFUzI1NiJ9')}", "signature": "${k.n(k.g.base64url(86))}" }]
}
`,
  ),

  doc(
    'agent-neg-env-example',
    ['precision', 'config-syntax'],
    'starter/.env.example',
    (k) => `# Copy to .env and fill in
OPENAI_API_KEY=${k.n('sk-...')}
ANTHROPIC_API_KEY=${k.n('sk-ant-...')}
LANGSMITH_API_KEY=${k.n('lsv2_pt_...')}
LANGSMITH_TRACING=true
PINECONE_API_KEY=
TAVILY_API_KEY=${k.n('tvly-YOUR_API_KEY')}
DATABASE_URL=postgresql://postgres:${k.n('postgres')}@localhost:5432/agent
REDIS_URL=redis://localhost:6379
ADMIN_PASSWORD=${k.n('change-me')}
# ask Marcel for the shared dev value: ${k.hpw()}
SESSION_SECRET=${k.n('generate-with-openssl-rand-hex-32')}
`,
  ),

  doc('agent-neg-embeddings-cache', ['precision', 'logs-and-output'], 'cache/embeddings-0007.jsonl', (k) =>
    [
      `{"id":"${k.n(k.g.uuid())}","sha256":"${k.n(k.g.hex(64))}","model":"${k.n('text-embedding-3-small')}","encoding":"base64","embedding":"${k.n(k.g.base64(256))}"}`,
      `{"id":"${k.n(k.g.uuid())}","sha256":"${k.n(k.g.hex(64))}","model":"${k.n('text-embedding-3-small')}","encoding":"float","embedding":[0.0123,-0.0481,0.0092,0.1177,-0.0034]}`,
      `{"id":"${k.n(k.g.uuid())}","sha256":"${k.n(k.g.hex(64))}","model":"${k.n('nomic-embed-text:v1.5')}","encoding":"base64","embedding":"${k.n(k.g.base64(256))}"}`,
      '',
    ].join('\n'),
  ),

  doc(
    'agent-neg-docs-getpass',
    ['precision', 'code'],
    'docs/quickstart.md',
    (k) => `## Setup

${F}python
import getpass
import os

if not os.environ.get("OPENAI_API_KEY"):
    os.environ["OPENAI_API_KEY"] = getpass.getpass("Enter API key for OpenAI: ")

os.environ["LANGSMITH_API_KEY"] = ${k.n('getpass.getpass()')}
os.environ["PINECONE_API_KEY"] = "${k.n('<your-pinecone-key>')}"
${F}

${F}typescript
const llm = new ChatOpenAI({ apiKey: ${k.n('process.env.OPENAI_API_KEY')}, model: "${k.n('gpt-4o-mini')}" });
const store = await QdrantVectorStore.fromExistingCollection(embeddings, { url: process.env.QDRANT_URL, apiKey: ${k.n('process.env.QDRANT_API_KEY')} });
${F}

> If you see \`AuthenticationError: Incorrect API key provided: ${k.n('sk-proj-********************abcd')}\`, the key is wrong or revoked.
`,
  ),

  doc(
    'agent-neg-litellm-keys-table',
    ['precision', 'prose'],
    'docs/ops/virtual-keys.md',
    (k) => `# Virtual keys (LiteLLM) — October

| Alias | Key | Team | Budget | Spend | Expires |
|---|---|---|---|---|---|
| ml-research | \`${k.n('sk-...' + k.g.alnum(4))}\` | research | $500 | $212.40 | 2026-12-31 |
| support-bot | \`${k.n('sk-...' + k.g.alnum(4))}\` | support | $200 | $188.02 | 2026-11-30 |
| eval-runner | \`${k.n('sk-...' + k.g.alnum(4))}\` | platform | $100 | $12.77 | never |

Key ids for the API: \`${k.n(k.g.hex(64))}\`, \`${k.n(k.g.hex(64))}\`.

To create one: \`curl -X POST $PROXY/key/generate -H "Authorization: Bearer ${k.n('$LITELLM_MASTER_KEY')}" -d '{"team_id": "research"}'\`
`,
  ),

  doc(
    'agent-neg-uv-lock',
    ['precision'],
    'uv.lock',
    (k) => `version = 1
requires-python = ">=3.11"

[[package]]
name = "langchain-core"
version = "${k.n('0.3.79')}"
source = { registry = "https://pypi.org/simple" }
sdist = { url = "https://files.pythonhosted.org/packages/langchain_core-0.3.79.tar.gz", hash = "sha256:${k.n(k.g.hex(64))}", size = 578311 }
wheels = [
    { url = "https://files.pythonhosted.org/packages/langchain_core-0.3.79-py3-none-any.whl", hash = "sha256:${k.n(k.g.hex(64))}", size = 449827 },
]

[[package]]
name = "mcp"
version = "${k.n('1.16.0')}"
source = { registry = "https://pypi.org/simple" }
sdist = { url = "https://files.pythonhosted.org/packages/mcp-1.16.0.tar.gz", hash = "sha256:${k.n(k.g.hex(64))}", size = 402118 }
`,
  ),
  doc(
    'agent-neg-claude-settings',
    ['precision', 'config-syntax'],
    '.claude/settings.json',
    (k) => `{
  "$schema": "https://json.schemastore.org/claude-code-settings.json",
  "apiKeyHelper": "${k.n('~/bin/get-anthropic-key.sh')}",
  "env": {
    "ANTHROPIC_MODEL": "${k.n('claude-sonnet-4-5-20250929')}",
    "ANTHROPIC_SMALL_FAST_MODEL": "${k.n('claude-3-5-haiku-20241022')}",
    "OTEL_EXPORTER_OTLP_HEADERS": "${k.n('Authorization=Bearer ${OTEL_TOKEN}')}",
    "DISABLE_TELEMETRY": "1"
  },
  "permissions": {
    "allow": ["Bash(npm run test:*)", "Bash(git diff:*)", "Read(~/.config/**)"],
    "deny": ["Read(./.env)", "Read(./.env.*)", "Read(./secrets/**)", "Bash(curl:*)"]
  },
  "hooks": {
    "PreToolUse": [{ "matcher": "Bash", "hooks": [{ "type": "command", "command": "${k.n('$CLAUDE_PROJECT_DIR/.claude/hooks/block-secrets.sh')}" }] }]
  }
}
`,
  ),

  doc(
    'agent-neg-ollama-list',
    ['precision', 'logs-and-output'],
    'notes/ollama-models.txt',
    (k) => `$ ollama list
NAME                       ID              SIZE      MODIFIED
llama3.1:8b                ${k.n(k.g.hex(12))}    4.9 GB    3 weeks ago
qwen2.5-coder:14b          ${k.n(k.g.hex(12))}    9.0 GB    5 days ago
nomic-embed-text:latest    ${k.n(k.g.hex(12))}    274 MB    2 months ago
gpt-oss:20b                ${k.n(k.g.hex(12))}    13 GB     2 days ago

$ ollama pull gemma3:12b
pulling manifest
pulling ${k.n(k.g.hex(12))}: 100% ▕██████████████████▏ 8.1 GB
verifying sha256 digest
writing manifest
success

$ cat ~/.ollama/id_ed25519.pub
ssh-ed25519 ${k.n('AAAAC3NzaC1lZDI1NTE5AAAAI' + k.g.base64(43).replace(/=+$/, ''))}
`,
  ),

  doc(
    'agent-neg-requirements-hashes',
    ['precision'],
    'requirements.lock.txt',
    (k) => `# pip-compile --generate-hashes
anthropic==${k.n('0.69.0')} \\
    --hash=sha256:${k.n(k.g.hex(64))} \\
    --hash=sha256:${k.n(k.g.hex(64))}
openai==${k.n('2.3.0')} \\
    --hash=sha256:${k.n(k.g.hex(64))}
tiktoken==${k.n('0.12.0')} \\
    --hash=sha256:${k.n(k.g.hex(64))}
`,
  ),
];
