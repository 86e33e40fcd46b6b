// Deploying bots and agent backends: WhatsApp gateway .env, Minecraft plugin configs the Discord bridge reads, Docker
// secret files holding one bare value, Helm values of a chatbot, a Procfile-style Fly/Render setup.
import type { RealWorldDoc } from '../types';
import { doc } from './agentValues';

export const AGENT_DEPLOY_DOCS: RealWorldDoc[] = [
  doc(
    'agent-deploy-evolution-env-pt',
    ['config-syntax', 'credential-file'],
    'evolution-api/.env',
    (k) => `# Evolution API (WhatsApp) + Typebot — servidor da clínica
SERVER_URL=https://wa.clinica.example.com.br
AUTHENTICATION_API_KEY=${k.tok(k.g.chars('ABCDEF0123456789', 32))}
DATABASE_PROVIDER=postgresql
DATABASE_CONNECTION_URI=postgresql://evolution:${k.cs()}@postgres:5432/evolution?schema=public
CACHE_REDIS_ENABLED=true
CACHE_REDIS_URI=redis://:${k.cs()}@redis:6379/6
TYPEBOT_ADMIN_EMAIL=ti@clinica.example.com.br
TYPEBOT_ADMIN_PASSWORD=${k.hpw()}
# senha do painel do Chatwoot (integração)
CHATWOOT_ADMIN_PASS=${k.pw()}
CHATWOOT_TOKEN=${k.tok(k.g.alnum(24))}
`,
  ),

  doc(
    'agent-deploy-discordsrv-authme',
    ['config-syntax'],
    'plugins/DiscordSRV/config.yml',
    (k) => `# DiscordSRV config (excerpt)
BotToken: "${k.prov('discord', 'Discord')}"
Channels: {"global": "${k.n(k.g.digits(19))}"}
DiscordConsoleChannelId: "${k.n(k.g.digits(19))}"
Experiment_JdbcAccountLinkBackend: "jdbc:mysql://localhost:3306/discordsrv?autoReconnect=true&useSSL=false"
Experiment_JdbcUsername: "discordsrv"
Experiment_JdbcPassword: "${k.hpw()}"

# --- plugins/AuthMe/config.yml (same box) ---
DataSource:
  backend: MYSQL
  mySQLHost: 127.0.0.1
  mySQLUsername: authme
  mySQLPassword: '${k.pw()}'
# --- plugins/LuckPerms/config.yml ---
data:
  address: 127.0.0.1
  username: luckperms
  password: '${k.letters()}'
`,
  ),

  doc(
    'agent-deploy-secret-file-db',
    ['credential-file'],
    'secrets/db_password.txt',
    (k) => `${k.gpw()}
`,
  ),

  doc(
    'agent-deploy-secret-file-token',
    ['credential-file'],
    'secrets/agent_api_token',
    (k) => `${k.tok()}
`,
  ),

  doc(
    'agent-deploy-secret-file-rcon',
    ['credential-file'],
    'config/rcon.pass',
    (k) => `${k.hpw()}
`,
  ),

  doc(
    'agent-deploy-helm-values',
    ['config-syntax', 'precision'],
    'charts/support-bot/values-prod.yaml',
    (k) => `replicaCount: 2
image:
  repository: registry.example.com/support-bot
  tag: "${k.n('2026.10.2')}"

env:
  - name: LLM_BASE_URL
    value: http://litellm.ai.svc:4000
  - name: LLM_API_KEY
    value: ${k.tok('sk-' + k.g.alnum(22))}
  - name: ZENDESK_TOKEN
    value: ${k.tok(k.g.alnum(40))}
  - name: ADMIN_PASSWORD
    valueFrom:
      secretKeyRef: { name: ${k.n('support-bot-admin')}, key: password }

postgresql:
  auth:
    username: bot
    password: ${k.hpw()}
    postgresPassword: ${k.gpw()}
redis:
  auth:
    password: ${k.pw()}
minio:
  rootUser: admin
  rootPassword: ${k.gpw()}
`,
  ),

  doc(
    'agent-deploy-fly-secrets-notes',
    ['command-line', 'prose'],
    'docs/deploy.md',
    (k) => `# Deploy (Fly.io)

First time only:

    fly apps create rag-bot-eu
    fly secrets set OPENAI_API_KEY=${k.prov('openai', 'OpenAI')} -a rag-bot-eu
    fly secrets set QDRANT_API_KEY=${k.tok()} QDRANT_URL=https://qdrant.internal.example -a rag-bot-eu
    fly secrets set ADMIN_PASS='${k.hpw()}' -a rag-bot-eu
    fly postgres attach rag-db -a rag-bot-eu

Render (old setup), env group "rag-bot":

    BASIC_AUTH=admin:${k.pw()}
    SENTRY_DSN=${k.n('https://' + k.g.hex(32) + '@o1122.ingest.us.sentry.io/4508')}

Deploys: \`fly deploy --image-label ${k.n(k.g.hex(12))}\`
`,
  ),
];
