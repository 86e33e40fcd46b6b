// Prompts and instructions that embed credentials: system prompts, CLAUDE.md/AGENTS.md/.cursorrules, custom GPT
// actions, chat exports where someone pasted a .env, promptfoo configs; in many languages.
import type { RealWorldDoc } from '../types';
import { doc, F } from './agentValues';

export const AGENT_PROMPT_DOCS: RealWorldDoc[] = [
  doc(
    'agent-prompt-system-support-de',
    ['prose'],
    'prompts/support_system_de.txt',
    (k) => `Du bist "Kalle", der Support-Assistent der Stadtwerke Nordheide.

Regeln:
- Antworte immer auf Deutsch, freundlich und kurz.
- Gib niemals Zählerstände anderer Kunden heraus.
- Wenn du eine Störung prüfen musst, rufe die Störungs-API auf:
  GET https://stoerung.swnh.example/api/v1/meldungen?plz={plz}
  Header: X-Api-Key: ${k.tok()}
- Für Vertragsdaten nutze das Tool "vertrag_lesen". Falls das Tool einen 401 liefert, melde dich beim Backend neu an
  (Benutzer: kalle-bot, Passwort: ${k.hpw()}).
- Notfall-Login fürs Admin-Panel (nur wenn ein Mensch dich ausdrücklich darum bittet): admin / ${k.gpw()}

Beispiel für eine gute Antwort:
"Guten Tag! Für Ihre PLZ ${k.n('21244')} ist aktuell keine Störung gemeldet."
`,
  ),

  doc(
    'agent-prompt-cursorrules',
    ['prose', 'precision'],
    '.cursorrules',
    (k) => `You are working in the billing-service monorepo.

- Use pnpm, never npm.
- Run tests with \`pnpm test --filter billing\`.
- The staging database is reachable through the bastion. Use user \`qa_reader\` with password \`${k.pw()}\` when you need
  to check data; never write.
- For the e2e tests log in as test+e2e@billing.example.com / ${k.hpw()}
- Stripe: use the test key from .env.test (looks like ${k.n('sk_test_...')}); NEVER paste live keys here.
- The API token for the internal feature-flag service is ${k.tok(k.g.hex(40))} — send it as \`X-Flags-Token\`.
- Don't touch \`legacy/\` — it's frozen.
- Commit messages in English, imperative mood.
`,
  ),

  doc(
    'agent-prompt-claude-md',
    ['prose', 'command-line', 'precision'],
    'CLAUDE.md',
    (k) => `# CLAUDE.md

This file provides guidance to Claude Code when working with code in this repository.

## Commands

- \`make dev\` — starts api + worker with hot reload
- \`make test\` — unit tests; \`make itest\` needs the docker db
- Local db shell: \`psql postgres://dev:${k.cs()}@localhost:5433/orders_dev\`

## Environments

| env | url | notes |
|-----|-----|-------|
| preview | https://pr-<n>.preview.orders.example | deploy key: ${k.tok()} |
| staging | https://staging.orders.example | basic auth \`team\` / \`${k.letters()}\` |
| prod | https://orders.example | read-only via \`./scripts/prodsql\` |

## Conventions

- Secrets come from \`process.env\` via \`src/config.ts\`; never hardcode (\`${k.n('process.env.ORDERS_API_KEY')}\`).
- Request ids look like \`${k.n('req_' + k.g.alnum(24))}\`; log them, they are not secret.
`,
  ),

  doc(
    'agent-prompt-custom-gpt-fr',
    ['prose', 'config-syntax', 'http-auth'],
    'gpts/assistant-rh/instructions.md',
    (k) => `# Assistant RH — instructions

Tu es l'assistant RH interne. Tu réponds en français, vouvoiement obligatoire.

## Action "Annuaire"

Schéma OpenAPI : https://annuaire.rh.example.fr/openapi.json
Authentification : clé API, type "Bearer", valeur : ${k.bearer()}

Si l'action échoue, propose à l'utilisateur d'ouvrir un ticket.

## Accès de secours

Le compte de service de l'intranet est \`gpt-rh\`, mot de passe \`${k.hpw()}\`. Ne JAMAIS le donner aux utilisateurs.
(ancien mot de passe, désactivé : ${k.n('••••••••••')})

## Exemples

Q : « Quel est le numéro de Mme Lefèvre ? »
R : « Le poste de Mme Lefèvre est le ${k.n('4412')}. »
`,
  ),

  doc('agent-prompt-chat-export-es', ['prose', 'config-syntax', 'precision'], 'exports/chatgpt-2026-09-02.md', (k) => {
    const live = k.g.alnum(24);
    return `## Usuario

no me funciona el login con JWT en mi app de express, este es mi .env:

${F}
PORT=3000
MONGO_URI=mongodb://admin:${k.cs()}@localhost:27017/tienda?authSource=admin
JWT_SECRET=${k.tok(k.g.alnum(32))}
STRIPE_SECRET_KEY=${k.m.secret('provider', 'sk_live_51' + live + k.g.alnum(74), 'Stripe')}
MAIL_PASS=${k.pw()}
${F}

y el error es \`JsonWebTokenError: invalid signature\`

## ChatGPT

Antes de nada: **has pegado claves reales**. Te recomiendo rotar de inmediato la clave de Stripe (\`${k.n('sk_live_51' + live.slice(0, 4) + '…')}\`) y el secreto JWT.

El error \`invalid signature\` suele pasar cuando firmas con un secreto y verificas con otro. Revisa que \`process.env.JWT_SECRET\` esté cargado antes de importar tus rutas:

${F}js
require('dotenv').config();
const jwt = require('jsonwebtoken');
const token = jwt.sign({ id: user._id }, ${k.n('process.env.JWT_SECRET')}, { expiresIn: '1h' });
${F}
`;
  }),

  doc(
    'agent-prompt-whatsapp-ptbr',
    ['prose'],
    'bot/prompt_sistema.md',
    (k) => `Você é a Lia, atendente virtual da Padaria Pão Dourado no WhatsApp.

- Cardápio e preços: consulte a planilha (ID ${k.n('1' + k.g.base64url(43))}).
- Para enviar mensagens use a API do WhatsApp Cloud com o token permanente:
  ${k.m.secret('provider', 'EAA' + k.g.alnum(180), 'Meta')}
- Para registrar pedidos chame POST https://pedidos.paodourado.example/api/pedidos com o header
  \`Authorization: Bearer ${k.bearer()}\`
- Senha do painel (caso o dono pergunte): ${k.hpw()}
- PIX da loja: ${k.n('paodourado@pix.example')} (não é segredo, pode mandar para o cliente)
`,
  ),

  doc(
    'agent-prompt-zh-agent',
    ['prose'],
    'agents/运维助手/instructions.md',
    (k) => `# 运维助手 系统提示词

你是公司内部的运维助手。回答要简洁，使用中文。

## 可用工具
1. 查询监控：调用 https://monitor.corp.example.cn/api/query ，请求头带上 \`Authorization: Token ${k.tok()}\`
2. 重启服务：通过跳板机 ssh ops@10.8.0.2 ，密码 ${k.hpw()}
3. 数据库只读账号：readonly / ${k.gpw()}

## 注意
- 不要泄露以上凭证。
- 示例密钥 \`${k.n('sk-xxxxxxxxxxxxxxxxxxxxxxxx')}\` 只是占位符。
- 工单编号格式如 \`${k.n('OPS-20260914-0042')}\`。
`,
  ),

  doc(
    'agent-prompt-ja-rpa',
    ['prose'],
    'rpa/指示書.md',
    (k) => `# 経費精算エージェント 指示書

あなたは経費精算システムを操作するエージェントです。

1. ブラウザで https://keihi.example.co.jp にアクセス
2. ログインID: \`rpa_keihi01\` / パスワード: \`${k.hpw()}\`
3. 二段階認証のバックアップコード: ${k.pin()}
4. 「未承認」タブから今月分をCSVでダウンロード
5. Slack の #keihi に投稿（Webhook: https://hooks.slack.com/services/${k.n('T0000000')}/${k.n('B0000000')}/${k.tok(k.g.alnum(24))}）

※ パスワードは毎月1日に変更されます。変更後は この指示書を更新してください（前回: ${k.n('********')}）。
`,
  ),

  doc(
    'agent-prompt-promptfoo',
    ['config-syntax', 'precision'],
    'evals/promptfooconfig.yaml',
    (k) => `description: "Support bot regression"
prompts:
  - file://prompts/support_v7.txt
providers:
  - id: openai:${k.n('gpt-4o-mini')}
    config:
      apiKey: ${k.prov('openai', 'OpenAI')}
      temperature: 0
  - id: https
    label: staging-bot
    config:
      url: https://bot-staging.example.net/api/chat
      method: POST
      headers:
        Content-Type: application/json
        Authorization: "Bearer ${k.bearer()}"
      body:
        message: "{{prompt}}"
  - id: anthropic:messages:${k.n('claude-3-5-haiku-20241022')}
    config:
      apiKey: "${k.n('{{env.ANTHROPIC_API_KEY}}')}"
tests:
  - vars: { question: "How do I reset my password?" }
    assert:
      - type: contains
        value: "reset link"
  - vars: { question: "My password is ${k.n('hunter2')}, is that safe?" }
    assert:
      - type: llm-rubric
        value: "Tells the user not to share passwords"
`,
  ),

  doc(
    'agent-prompt-agents-md-pl',
    ['prose', 'precision'],
    'AGENTS.md',
    (k) => `# AGENTS.md

## Uruchamianie

- \`docker compose up -d db\` a potem \`./gradlew bootRun\`
- Testy e2e: \`./gradlew e2e\` (wymaga danych logowania poniżej)

## Dane testowe

- Użytkownik testowy: \`tester@sklep.example.pl\`, hasło: \`${k.hpw()}\`
- Klucz API sandboxa płatności: \`${k.tok(k.g.alnum(32))}\`
- Hasło do bazy w docker-compose: \`${k.n('${POSTGRES_PASSWORD}')}\` (z pliku .env, nie commitujemy)

## Styl

- Java 21, Spring Boot 3.4
- Nie używaj Lomboka w nowych klasach.
- Identyfikatory zamówień mają postać \`${k.n(k.g.uuid())}\` — to nie są sekrety.
`,
  ),

  doc(
    'agent-prompt-few-shot-template',
    ['prose', 'precision'],
    'prompts/redactor.jinja',
    (k) => `{# Few-shot prompt for the log redactor. Real values must never appear here. #}
System: You redact secrets from log lines. Replace every credential with [REDACTED].

Example 1
Input: user=alice password=${k.n('p@ssw0rd-example')} action=login
Output: user=alice password=[REDACTED] action=login

Example 2
Input: Authorization: Bearer ${k.n('<token>')}
Output: Authorization: Bearer [REDACTED]

Example 3
Input: connecting to postgres://app:${k.n('{{ db_password }}')}@db/app
Output: connecting to postgres://app:[REDACTED]@db/app

Input: {{ line }}
Output:
{# last tuned with run ${k.n(k.g.uuid())}; eval key for the judge model: ${k.tok(k.g.alnum(40))} #}
`,
  ),
];
