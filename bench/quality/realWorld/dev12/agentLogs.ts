// Agent transcripts, tool-call logs, trace exports and LLM notebooks: JSON lines with headers and arguments, outputs
// that echo keys back, and the masked forms that are not secrets.
import type { RealWorldDoc } from '../types';
import { doc } from './agentValues';

export const AGENT_LOG_DOCS: RealWorldDoc[] = [
  doc('agent-log-tool-calls-jsonl', ['logs-and-output', 'http-auth', 'precision'], 'runs/2026-10-02/tool_calls.jsonl', (k) =>
    [
      `{"ts":"2026-10-02T08:14:03.118Z","run_id":"${k.n(k.g.uuid())}","type":"tool_call","name":"http_request","arguments":{"method":"GET","url":"https://inventory.internal/api/items?limit=50","headers":{"Authorization":"Bearer ${k.bearer()}","Accept":"application/json"}}}`,
      `{"ts":"2026-10-02T08:14:03.902Z","run_id":"${k.n(k.g.uuid())}","type":"tool_result","name":"http_request","status":200,"bytes":18233}`,
      `{"ts":"2026-10-02T08:14:07.441Z","run_id":"${k.n(k.g.uuid())}","type":"tool_call","name":"sql_query","arguments":{"dsn":"postgresql://agent_ro:${k.cs()}@pg-replica-2:5432/inventory","sql":"select count(*) from items where stock < 5"}}`,
      `{"ts":"2026-10-02T08:14:09.007Z","run_id":"${k.n(k.g.uuid())}","type":"tool_call","name":"http_request","arguments":{"method":"POST","url":"https://hooks.internal/notify","headers":{"Authorization":"${k.n('***')}"},"redacted":true}}`,
      `{"ts":"2026-10-02T08:14:11.530Z","run_id":"${k.n(k.g.uuid())}","type":"tool_call","name":"login","arguments":{"username":"svc-inventory","password":"${k.pw()}"}}`,
      `{"ts":"2026-10-02T08:14:12.004Z","run_id":"${k.n(k.g.uuid())}","type":"llm","model":"${k.n('gpt-4.1-mini')}","usage":{"prompt_tokens":2211,"completion_tokens":187},"request_id":"${k.n('req_' + k.g.hex(32))}"}`,
      '',
    ].join('\n'),
  ),

  doc(
    'agent-log-claude-code-transcript',
    ['logs-and-output', 'command-line'],
    'transcripts/session-export.txt',
    (k) => `> can you check why the deploy script fails with 403?

⏺ I'll look at the deploy script and the environment first.

⏺ Read(.env.deploy)
  ⎿  Read 6 lines

⏺ Bash(cat .env.deploy)
  ⎿  REGISTRY=registry.example.io
     REGISTRY_USER=ci-deployer
     REGISTRY_PASSWORD=${k.gpw()}
     DEPLOY_HOOK_TOKEN=${k.tok()}
     SENTRY_DSN=${k.n('https://' + k.g.hex(32) + '@o450123.ingest.sentry.io/4507001')}
     APP_ENV=production

⏺ Bash(export DEPLOY_HOOK_TOKEN=${k.tok()} && curl -s -X POST -H "X-Hook-Token: $DEPLOY_HOOK_TOKEN" https://deploy.example.io/hooks/web)
  ⎿  {"error":"forbidden","detail":"token expired"}

⏺ The hook token in \`.env.deploy\` is expired; the one in the shell history above is the new one. Update
  \`.env.deploy\` and re-run \`./deploy.sh\`.
`,
  ),

  doc(
    'agent-log-langsmith-run-export',
    ['logs-and-output', 'precision'],
    'exports/run_tree.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "name": "AgentExecutor",
  "run_type": "chain",
  "start_time": "2026-09-28T14:02:11.551Z",
  "trace_id": "${k.n(k.g.uuid())}",
  "dotted_order": "${k.n('20260928T140211551000Z' + k.g.uuid())}",
  "inputs": {
    "input": "hola, no puedo entrar al portal de proveedores, mi usuario es prov_88213 y la contraseña ${k.hpw()} (ya la cambié dos veces)",
    "chat_history": []
  },
  "outputs": {
    "output": "Lo siento, no puedo ver contraseñas. Por favor restablécela desde el enlace 'Olvidé mi contraseña'."
  },
  "extra": {
    "metadata": { "ls_provider": "openai", "ls_model_name": "${k.n('gpt-4o-2024-11-20')}", "revision_id": "${k.n(k.g.hex(7))}" },
    "runtime": { "sdk_version": "0.3.45", "platform": "Linux-6.8.0-x86_64" }
  },
  "tags": ["portal", "es"],
  "session_id": "${k.n(k.g.uuid())}"
}
`,
  ),

  doc(
    'agent-log-litellm-proxy',
    ['logs-and-output', 'precision'],
    'logs/litellm-proxy.log',
    (k) => `INFO:     Started server process [1]
INFO:     LiteLLM version ${k.n('1.77.5')}, config hash ${k.n(k.g.hex(32))}
INFO:     Uvicorn running on http://0.0.0.0:4000 (Press CTRL+C to quit)
LiteLLM: Proxy initialized with Config, Set models:
    gpt-4o
    claude-sonnet
    llama-local
16:02:11 - LiteLLM Proxy:DEBUG: proxy_server.py:2210 - master_key: ${k.n('sk-1234')}  # default from docs, changed below
16:02:11 - LiteLLM Proxy:DEBUG: proxy_server.py:2214 - using master_key from env LITELLM_MASTER_KEY=${k.n('sk-****' + k.g.alnum(4))}
16:03:40 - LiteLLM:DEBUG: utils.py:311 -

POST Request Sent from LiteLLM:
curl -X POST \\
https://api.anthropic.com/v1/messages \\
-H 'anthropic-version: 2023-06-01' -H 'x-api-key: ${k.prov('anthropic', 'Anthropic')}' -H 'content-type: application/json' \\
-d '{"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [{"role": "user", "content": "ping"}]}'

16:03:41 - LiteLLM Proxy:DEBUG: auth_checks.py:88 - virtual key valid, hashed_token=${k.n(k.g.hex(64))} user_id=${k.n('default_user_id')}
16:03:41 - LiteLLM Proxy:INFO: key_management_endpoints.py:501 - generated key for team ml-research: ${k.tok('sk-' + k.g.alnum(22))}
16:03:42 - LiteLLM Router:INFO: router.py:1021 - litellm.acompletion(model=anthropic/claude-sonnet-4-5) 200 OK
`,
  ),

  doc(
    'agent-log-openhands-events',
    ['logs-and-output', 'command-line'],
    '.openhands/sessions/events/17.json',
    (k) => `{
  "id": 17,
  "timestamp": "2026-08-19T10:22:31.004533",
  "source": "agent",
  "action": "run",
  "args": {
    "command": "git clone https://oauth2:${k.prov('gitlab', 'GitLab')}@gitlab.example.com/platform/billing.git && cd billing && env | grep -i mysql",
    "is_input": false,
    "thought": "I need the repository and the database settings to reproduce the failing migration.",
    "blocking": false,
    "hidden": false,
    "confirmation_state": "confirmed"
  },
  "observation_preview": "Cloning into 'billing'...\\nMYSQL_HOST=mysql.billing.svc\\nMYSQL_USER=billing\\nMYSQL_ROOT_PASSWORD=${k.hpw()}\\nMYSQL_PASSWORD=${k.pw()}\\n",
  "llm_metrics": { "accumulated_cost": 0.4187, "model": "${k.n('anthropic/claude-sonnet-4-20250514')}" }
}
`,
  ),

  doc(
    'agent-log-crewai-verbose-es',
    ['logs-and-output'],
    'logs/crew_run.txt',
    (k) => `# Agent: Analista de facturas
## Task: Descargar las facturas de septiembre del portal del proveedor

# Agent: Analista de facturas
## Thought: Necesito iniciar sesión en el portal primero.
## Using tool: Portal Login
## Tool Input:
"{\\"usuario\\": \\"facturacion@constructora.example.mx\\", \\"contrasena\\": \\"${k.hpw()}\\"}"
## Tool Output:
Sesión iniciada. cookie=PORTALSESSID=${k.http(k.g.alnum(26).toLowerCase())}

## Using tool: Descargar Facturas
## Tool Input:
"{\\"mes\\": \\"2026-09\\", \\"api_token\\": \\"${k.tok()}\\"}"
## Tool Output:
12 facturas descargadas en ./facturas/2026-09/

# Agent: Analista de facturas
## Final Answer:
Se descargaron 12 facturas. Total: $ 184,220.50 MXN. ID de ejecución ${k.n(k.g.uuid())}.
`,
  ),

  doc(
    'agent-log-aider-history',
    ['logs-and-output', 'command-line', 'prose'],
    '.aider.chat.history.md',
    (k) => `
# aider chat started at 2026-09-03 21:14:52

> /Users/kenji/.local/bin/aider --model sonnet
> Aider v0.86.1
> Main model: anthropic/claude-sonnet-4-20250514 with diff edit format, infinite output
> Git repo: .git with 143 files
> Repo-map: using 4096 tokens, auto refresh

#### the weather widget is broken. use this api key for openweathermap: ${k.hex(32)}

I'll update \`src/weather.ts\` to read the key from \`import.meta.env.VITE_OWM_KEY\` instead of hardcoding it.

> /run curl -u admin:${k.pw()} http://192.168.1.50:8080/api/status

> {"status":"ok","uptime":88412}

#### also the router admin password changed to ${k.hpw()} please update the healthcheck script

> Tokens: 12k sent, 1.1k received. Cost: $0.05 message, $0.21 session.
> Commit ${k.n(k.g.hex(7))} fix: read weather key from env
`,
  ),

  doc('agent-notebook-openai-ipynb', ['code', 'logs-and-output', 'precision'], 'notebooks/01_agents_quickstart.ipynb', (k) => {
    const key = k.g.pick([() => `sk-proj-${k.g.base64url(74)}T3BlbkFJ${k.g.base64url(74)}`])();
    return `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "%pip install -q openai langchain-openai\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "api_key='${k.m.secret('provider', key, 'OpenAI')}' base_url=None\\n"
     ]
    }
   ],
   "source": [
    "import os\\n",
    "os.environ[\\"OPENAI_API_KEY\\"] = \\"${k.m.secret('provider', key, 'OpenAI')}\\"\\n",
    "from openai import OpenAI\\n",
    "client = OpenAI()\\n",
    "print(f\\"api_key={client.api_key!r} base_url=None\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "data": { "text/plain": [ "'chatcmpl-${k.n(k.g.alnum(29))}'" ] },
     "execution_count": 3,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "r = client.chat.completions.create(model=\\"${k.n('gpt-4o-mini')}\\", messages=[{\\"role\\": \\"user\\", \\"content\\": \\"hi\\"}])\\n",
    "r.id"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "INTERNAL_SEARCH_TOKEN = \\"${k.tok()}\\"  # Olga's token, ask before using\\n",
    "DB_PASS = \\"${k.hpw()}\\""
   ]
  }
 ],
 "metadata": { "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
`;
  }),

  doc(
    'agent-notebook-colab-finetune',
    ['code', 'logs-and-output', 'precision'],
    'notebooks/finetune_llama_colab.py',
    (k) => `# %% [markdown]
# Fine-tune Llama 3.2 1B with Unsloth (Colab export, cells as py:percent)

# %%
from google.colab import userdata
HF_TOKEN = userdata.get("${k.n('HF_TOKEN')}")

# %%
!huggingface-cli login --token ${k.prov('huggingface', 'Hugging Face')} --add-to-git-credential

# %% output
# Token is valid (permission: write).
# Your token has been saved in your configured git credential helpers (store).
# Your token has been saved to /root/.cache/huggingface/token
# Login successful

# %%
import wandb
wandb.login(key="${k.hex(40)}")

# %% output
# wandb: WARNING If you're specifying your api key in code, ensure this code is not shared publicly.
# wandb: Appending key for api.wandb.ai to your netrc file: /root/.netrc
# wandb: Currently logged in as: ${k.n('minh-nguyen')} (${k.n('minh-lab')}). Use \`wandb login --relogin\` to force relogin

# %%
model.push_to_hub("${k.n('minh-lab/llama-3.2-1b-vi-support')}", token=HF_TOKEN)
# checkpoint sha256: ${k.n(k.g.hex(64))}
`,
  ),

  doc(
    'agent-log-discord-bot-startup',
    ['logs-and-output'],
    'logs/bot-2026-10-11.log',
    (k) => `2026-10-11 19:02:44 INFO     discord.client logging in using static token
2026-10-11 19:02:44 DEBUG    bot.config Loaded config: {'token': '${k.prov('discord', 'Discord')}', 'prefix': '!', 'owner_ids': [${k.n(k.g.digits(18))}], 'rcon': {'host': '127.0.0.1', 'port': 25575, 'password': '${k.pw()}'}, 'openai_key': '${k.n('sk-...redacted')}'}
2026-10-11 19:02:45 INFO     discord.gateway Shard ID None has connected to Gateway (Session ID: ${k.n(k.g.hex(32))}).
2026-10-11 19:02:46 INFO     bot.cogs.minecraft RCON connected to 127.0.0.1:25575
2026-10-11 19:05:12 WARNING  bot.cogs.ai Rate limited by OpenAI, retry in 20s (request id ${k.n('req_' + k.g.hex(32))})
`,
  ),

  doc(
    'agent-log-mcp-server-stderr',
    ['logs-and-output'],
    'Library/Logs/Claude/mcp-server-postgres-prod.log',
    (k) => `2026-10-14T07:51:02.113Z [postgres-prod] [info] Initializing server...
2026-10-14T07:51:02.140Z [postgres-prod] [info] Server started and connected successfully
2026-10-14T07:51:02.141Z [postgres-prod] [info] Launching with env: {"PGHOST":"pg-prod.internal","PGUSER":"claude_ro","PGPASSWORD":"${k.gpw()}","PGDATABASE":"ledger"}
2026-10-14T07:51:02.390Z [postgres-prod] [info] Message from client: {"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"claude-ai","version":"0.1.0"}},"jsonrpc":"2.0","id":0}
2026-10-14T07:51:09.802Z [postgres-prod] [info] Message from client: {"method":"tools/call","params":{"name":"query","arguments":{"sql":"SELECT id, email FROM users WHERE password_hash = '${k.n('$argon2id$v=19$m=65536,t=3,p=4$' + k.g.base64(22).replace(/=+$/, '') + '$' + k.g.base64(43).replace(/=+$/, ''))}'"}},"jsonrpc":"2.0","id":4}
2026-10-14T07:51:10.011Z [postgres-prod] [error] Server stderr: error: password authentication failed for user "claude_ro"
`,
  ),

  doc(
    'agent-log-n8n-execution',
    ['logs-and-output', 'http-auth'],
    'debug/n8n-execution-4471.json',
    (k) => `{
  "id": "4471",
  "finished": false,
  "mode": "trigger",
  "status": "error",
  "data": {
    "resultData": {
      "error": {
        "message": "Request failed with status code 401",
        "name": "NodeApiError",
        "node": "Fetch Tickets",
        "context": {
          "request": {
            "method": "GET",
            "uri": "https://helpdesk.example.org/api/v2/tickets?status=open",
            "headers": {
              "authorization": "Basic ${k.basic('n8n@example.org')}",
              "user-agent": "n8n"
            }
          }
        }
      },
      "lastNodeExecuted": "Fetch Tickets"
    }
  },
  "workflowId": "${k.n(k.g.alnum(16))}",
  "executionToken": "${k.n('[hidden]')}"
}
`,
  ),
];
