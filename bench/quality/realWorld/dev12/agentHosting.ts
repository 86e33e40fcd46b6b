// Model hosting and the self-hosted AI stack: LiteLLM, Open WebUI, vLLM, Hugging Face token files, Replicate,
// SillyTavern, Langfuse, W&B netrc, Helicone, Kubernetes secrets for TGI, Dify and Flowise .env files.
import type { RealWorldDoc } from '../types';
import { doc, F } from './agentValues';

export const AGENT_HOSTING_DOCS: RealWorldDoc[] = [
  doc(
    'agent-host-litellm-config',
    ['config-syntax', 'precision'],
    'litellm/config.yaml',
    (k) => `model_list:
  - model_name: gpt-4o
    litellm_params:
      model: azure/gpt-4o-eu
      api_base: https://aoai-eu-prod.openai.azure.com/
      api_key: ${k.n('os.environ/AZURE_API_KEY')}
      api_version: "${k.n('2025-01-01-preview')}"
  - model_name: claude-sonnet
    litellm_params:
      model: anthropic/claude-sonnet-4-5
      api_key: ${k.prov('anthropic', 'Anthropic')}
  - model_name: mistral-large
    litellm_params:
      model: mistral/mistral-large-latest
      api_key: ${k.tok(k.g.alnum(32))}
  - model_name: llama-local
    litellm_params:
      model: hosted_vllm/meta-llama/Llama-3.3-70B-Instruct
      api_base: http://gpu-node-3:8000/v1
      api_key: ${k.tok(k.g.base64url(32))}

litellm_settings:
  drop_params: true
  success_callback: ["langfuse"]

general_settings:
  master_key: ${k.tok('sk-' + k.g.alnum(32))}   # docs use sk-1234, we don't
  database_url: "postgresql://litellm:${k.cs()}@litellm-db:5432/litellm"
  alerting: ["slack"]

environment_variables:
  LITELLM_SALT_KEY: ${k.tok('sk-' + k.g.alnum(24))}
  SLACK_WEBHOOK_URL: ${k.n('os.environ/SLACK_WEBHOOK_URL')}
`,
  ),

  doc(
    'agent-host-openwebui-compose',
    ['config-syntax', 'precision'],
    'open-webui/docker-compose.yaml',
    (k) => `services:
  ollama:
    image: ollama/ollama:0.12.3
    volumes: [ollama:/root/.ollama]
    deploy:
      resources:
        reservations:
          devices: [{ driver: nvidia, count: all, capabilities: [gpu] }]

  open-webui:
    image: ghcr.io/open-webui/open-webui:main
    ports: ["3000:8080"]
    environment:
      - OLLAMA_BASE_URL=http://ollama:11434
      - WEBUI_SECRET_KEY=${k.tok()}
      - WEBUI_AUTH=true
      - ENABLE_OPENAI_API=true
      - OPENAI_API_BASE_URLS=https://api.openai.com/v1;https://openrouter.ai/api/v1
      - OPENAI_API_KEYS=${k.prov('openai', 'OpenAI')};${k.prov('openrouter', 'OpenRouter')}
      - ENABLE_OAUTH_SIGNUP=true
      - OAUTH_CLIENT_ID=${k.n(k.g.uuid())}
      - OAUTH_CLIENT_SECRET=${k.tok(k.g.alnum(8) + '~' + k.g.alnum(31))}
      - OPENID_PROVIDER_URL=https://login.microsoftonline.com/${k.n(k.g.uuid())}/v2.0/.well-known/openid-configuration
      - DATABASE_URL=postgresql://webui:${k.cs()}@webui-db:5432/webui
    volumes: [open-webui:/app/backend/data]

volumes:
  ollama: {}
  open-webui: {}
`,
  ),

  doc(
    'agent-host-vllm-systemd',
    ['config-syntax', 'command-line'],
    'etc/systemd/system/vllm.service',
    (k) => `[Unit]
Description=vLLM OpenAI-compatible server (Qwen3-32B)
After=network-online.target

[Service]
User=ml
Environment=HF_TOKEN=${k.prov('huggingface', 'Hugging Face')}
Environment=HF_HOME=/data/hf
Environment=HF_HUB_REVISION=${k.n(k.g.hex(40))}
Environment=CUDA_VISIBLE_DEVICES=0,1
ExecStart=/opt/vllm/bin/vllm serve Qwen/Qwen3-32B --tensor-parallel-size 2 --max-model-len 32768 --api-key ${k.tok()} --port 8000
Restart=on-failure

[Install]
WantedBy=multi-user.target
`,
  ),

  doc(
    'agent-host-hf-token-file',
    ['credential-file'],
    '.cache/huggingface/token',
    (k) => `${k.prov('huggingface', 'Hugging Face')}
`,
  ),

  doc(
    'agent-host-hf-stored-tokens',
    ['credential-file', 'config-syntax'],
    '.cache/huggingface/stored_tokens',
    (k) => `[personal]
hf_token = ${k.prov('huggingface', 'Hugging Face')}

[work-org-read]
hf_token = ${k.prov('huggingface', 'Hugging Face')}
`,
  ),

  doc(
    'agent-host-replicate-readme',
    ['prose', 'command-line', 'http-auth', 'precision'],
    'README.md',
    (k) => `# flux-thumbnails

Generates blog thumbnails with FLUX on Replicate.

${F}bash
export REPLICATE_API_TOKEN=${k.n('r8_******************')}
python make_thumbs.py posts/*.md
${F}

Quick test (this is my personal token, rotate after the demo!!):

${F}bash
curl -s -X POST https://api.replicate.com/v1/models/black-forest-labs/flux-schnell/predictions \\
  -H "Authorization: Bearer ${k.prov('replicate', 'Replicate')}" \\
  -H "Content-Type: application/json" -H "Prefer: wait" \\
  -d '{"input": {"prompt": "a cozy robot reading a newspaper"}}'
${F}

Prediction ids look like \`${k.n(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26))}\`.
`,
  ),

  doc(
    'agent-host-sillytavern-secrets',
    ['credential-file', 'config-syntax'],
    'SillyTavern/data/default-user/secrets.json',
    (k) => `{
    "api_key_openrouter": "${k.prov('openrouter', 'OpenRouter')}",
    "api_key_novel": "${k.m.secret('provider', 'pst-' + k.g.alnum(64), 'NovelAI')}",
    "api_key_mistralai": "${k.tok(k.g.alnum(32))}",
    "api_key_custom": "${k.tok()}",
    "api_key_deepseek": "${k.tok('sk-' + k.g.hex(32))}"
}
`,
  ),

  doc(
    'agent-host-sillytavern-config',
    ['config-syntax', 'precision'],
    'SillyTavern/config.yaml',
    (k) => `dataRoot: ./data
listen: true
port: 8000
whitelistMode: false
basicAuthMode: true
basicAuthUser:
  username: "kenji"
  password: "${k.hpw()}"
enableCorsProxy: false
securityOverride: false
sessionTimeout: -1
# sessionSecret is generated on first start if empty
cookieSecret: "${k.tok(k.g.base64(64))}"
`,
  ),

  doc(
    'agent-host-langfuse-env',
    ['config-syntax', 'credential-file', 'precision'],
    'langfuse/.env',
    (k) => `# Langfuse v3 self-hosted
NEXTAUTH_URL=https://langfuse.ml.example.com
NEXTAUTH_SECRET=${k.tok(k.g.base64(32))}
SALT=${k.tok(k.g.base64(32))}
ENCRYPTION_KEY=${k.hex(64)}
DATABASE_URL=postgresql://langfuse:${k.cs()}@postgres:5432/langfuse
CLICKHOUSE_USER=clickhouse
CLICKHOUSE_PASSWORD=${k.pw()}
REDIS_AUTH=${k.pw()}
MINIO_ROOT_USER=minio
MINIO_ROOT_PASSWORD=${k.gpw()}
LANGFUSE_S3_EVENT_UPLOAD_SECRET_ACCESS_KEY=${k.n('${MINIO_ROOT_PASSWORD}')}
LANGFUSE_INIT_ORG_ID=${k.n('ml-team')}
LANGFUSE_INIT_PROJECT_ID=${k.n('cm' + k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 23))}
LANGFUSE_INIT_PROJECT_PUBLIC_KEY=${k.n('pk-lf-' + k.g.uuid())}
LANGFUSE_INIT_PROJECT_SECRET_KEY=${k.prov('langfuseSecret', 'Langfuse')}
LANGFUSE_INIT_USER_EMAIL=ml-admin@example.com
LANGFUSE_INIT_USER_PASSWORD=${k.hpw()}
`,
  ),

  doc(
    'agent-host-wandb-netrc',
    ['credential-file'],
    '.netrc',
    (k) => `machine api.wandb.ai
  login user
  password ${k.hex(40)}
machine github.com
  login sophie-ml
  password ${k.prov('github', 'GitHub')}
machine ftp.lab.example
login backup password ${k.hpw()}
`,
  ),

  doc(
    'agent-host-helicone-client',
    ['code', 'http-auth', 'precision'],
    'src/llm_client.py',
    (k) => `from openai import OpenAI

client = OpenAI(
    api_key="${k.prov('openai', 'OpenAI')}",
    base_url="https://oai.helicone.ai/v1",
    default_headers={
        "Helicone-Auth": "Bearer ${k.m.secret('provider', 'sk-helicone-' + k.g.alnum(7) + '-' + k.g.alnum(7) + '-' + k.g.alnum(7) + '-' + k.g.alnum(7), 'Helicone')}",
        "Helicone-User-Id": "${k.n(k.g.uuid())}",
        "Helicone-Property-Session": "${k.n('onboarding-v2')}",
        "Helicone-Cache-Enabled": "true",
    },
)
`,
  ),

  doc(
    'agent-host-tgi-k8s-secret',
    ['config-syntax', 'precision'],
    'k8s/tgi/secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: tgi-secrets
  namespace: inference
type: Opaque
stringData:
  HF_TOKEN: ${k.prov('huggingface', 'Hugging Face')}
data:
  # echo -n '...' | base64
  API_KEY: ${k.tok(Buffer.from(k.g.alnum(32)).toString('base64'))}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: tgi-config
  namespace: inference
data:
  MODEL_ID: ${k.n('mistralai/Mistral-7B-Instruct-v0.3')}
  REVISION: ${k.n(k.g.hex(40))}
  MAX_TOTAL_TOKENS: "8192"
`,
  ),

  doc(
    'agent-host-dify-env',
    ['config-syntax', 'credential-file', 'precision'],
    'dify/docker/.env',
    (k) => `# ------------------------------
# Dify 環境変数（社内検証環境）
# ------------------------------
CONSOLE_API_URL=https://dify.lab.example.jp
SECRET_KEY=${k.tok('sk-' + k.g.base64(42))}
INIT_PASSWORD=${k.hpw()}
DB_USERNAME=postgres
DB_PASSWORD=${k.gpw()}
DB_HOST=db
REDIS_PASSWORD=${k.pw()}
VECTOR_STORE=weaviate
WEAVIATE_ENDPOINT=http://weaviate:8080
WEAVIATE_API_KEY=${k.tok(k.g.alnum(32))}
CODE_EXECUTION_API_KEY=${k.u('dify-sandbox')}
SANDBOX_API_KEY=${k.u('dify-sandbox')}
PLUGIN_DAEMON_KEY=${k.tok(k.g.base64(48))}
PLUGIN_DIFY_INNER_API_KEY=${k.tok(k.g.base64(48))}
`,
  ),

  doc(
    'agent-host-flowise-env',
    ['config-syntax', 'credential-file'],
    'flowise/.env',
    (k) => `PORT=3000
FLOWISE_USERNAME=admin
FLOWISE_PASSWORD=${k.hpw()}
FLOWISE_SECRETKEY_OVERWRITE=${k.tok(k.g.alnum(32))}
DATABASE_TYPE=postgres
DATABASE_HOST=flowise-db
DATABASE_USER=flowise
DATABASE_PASSWORD=${k.pw()}
APIKEY_PATH=${k.n('/root/.flowise')}
FLOWISE_FILE_SIZE_LIMIT=${k.n('50mb')}
LOG_LEVEL=info
`,
  ),

  doc(
    'agent-host-gpt-researcher-env-pt',
    ['config-syntax', 'credential-file'],
    'gpt-researcher/.env',
    (k) => `# chaves do projeto de pesquisa (Camila) — NÃO commitar
OPENAI_API_KEY=${k.prov('openai', 'OpenAI')}
TAVILY_API_KEY=${k.prov('tavily', 'Tavily')}
FIRECRAWL_API_KEY=${k.prov('firecrawl', 'Firecrawl')}
COHERE_API_KEY=${k.tok(k.g.alnum(40))}
TOGETHER_API_KEY=${k.hex(64)}
DEEPSEEK_API_KEY=${k.tok('sk-' + k.g.hex(32))}
JINA_API_KEY=${k.m.secret('provider', 'jina_' + k.g.hex(32) + k.g.alnum(28), 'Jina AI')}
RETRIEVER=tavily,arxiv
FAST_LLM=${k.n('openai:gpt-4o-mini')}
SMART_LLM=${k.n('openai:gpt-4.1')}
`,
  ),
];
