// What people type to and about agents: helpdesk bot prompts, customer chats with a support bot, runbooks for the
// model cluster, an agent's shell session, a blog post about wiring MCP to a database; mostly not English.
import type { RealWorldDoc } from '../types';
import { doc, F } from './agentValues';

export const AGENT_CHAT_DOCS: RealWorldDoc[] = [
  doc(
    'agent-chat-runbook-vi',
    ['prose', 'command-line'],
    'docs/van-hanh/cum-gpu.md',
    (k) => `# Vận hành cụm GPU (vLLM + LiteLLM)

## Truy cập

- Máy chủ: \`gpu-01\` … \`gpu-04\` (10.20.1.11-14), user \`mlops\`, mật khẩu: \`${k.hpw()}\`
- iDRAC (khi máy treo): root / ${k.gpw()}
- LiteLLM admin UI: https://llm.noibo.example.vn/ui — tài khoản \`admin\`, mật khẩu \`${k.pw()}\`
- Grafana: dùng SSO, không có mật khẩu riêng.

## Khởi động lại vLLM

${F}bash
ssh mlops@10.20.1.11
sudo systemctl restart vllm
curl -s http://localhost:8000/v1/models -H "Authorization: Bearer ${k.tok()}"
${F}

## Ghi chú

- Mô hình đang chạy: \`${k.n('Qwen/Qwen3-32B-AWQ')}\`, bản \`${k.n(k.g.hex(40))}\`
- Ticket sự cố gần nhất: ${k.n('INC-2026-0918')}
`,
  ),

  doc(
    'agent-chat-helpdesk-prompt-fr',
    ['prose'],
    'bots/helpdesk/system_prompt.fr.md',
    (k) => `Tu es « Hélios », l'assistant du support informatique de la mairie.

Ce que tu peux communiquer aux agents :
- Le mot de passe provisoire des nouveaux comptes est ${k.hpw()} ; ils doivent le changer à la première connexion.
- Le Wi-Fi invités « Mairie-Public » a pour clé ${k.phrase()} (changée chaque trimestre).
- Le code PIN des imprimantes du 2e étage est ${k.pin()}.

Ce que tu ne dois JAMAIS communiquer :
- Le compte administrateur du domaine (adm-info / ${k.gpw()}).
- La clé d'API de l'outil de tickets : ${k.tok(k.g.alnum(32))}.

Si on te demande un mot de passe oublié, renvoie vers https://motdepasse.mairie.example.fr (ne génère jamais toi-même de mot de passe).
Exemple de réponse : « Votre demande a bien été enregistrée sous le numéro ${k.n('HD-48213')}. »
`,
  ),

  doc(
    'agent-chat-support-transcripts-es',
    ['logs-and-output', 'prose', 'precision'],
    'exports/bot_conversaciones_octubre.csv',
    (k) => `conversation_id,timestamp,role,text
${k.n(k.g.uuid())},2026-10-03 09:12:44,user,"hola no puedo entrar, mi usuario es lucia.gomez y mi clave es ${k.hpw()}"
${k.n(k.g.uuid())},2026-10-03 09:12:46,assistant,"Por tu seguridad no compartas tu contraseña. Te envío un enlace para restablecerla."
${k.n(k.g.uuid())},2026-10-04 18:40:02,user,"ya cambié la contraseña a ${k.pw()} pero sigue sin funcionar"
${k.n(k.g.uuid())},2026-10-04 18:40:05,assistant,"He registrado el incidente ${k.n('#CS-99120')}. Un agente te contactará."
${k.n(k.g.uuid())},2026-10-06 11:02:19,user,"el PIN de mi tarjeta es ${k.pin()}, ¿me la pueden desbloquear?"
${k.n(k.g.uuid())},2026-10-06 11:02:21,assistant,"Nunca te pediremos el PIN. He ocultado tu mensaje: ${k.n('[PIN OCULTO]')}"
${k.n(k.g.uuid())},2026-10-07 20:15:37,user,"contraseña del wifi del local? la de la pizarra es ${k.letters()}"
`,
  ),

  doc(
    'agent-chat-agent-shell-zh',
    ['logs-and-output', 'command-line'],
    'logs/agent_session_0921.md',
    (k) => `## 代理执行记录（数据库迁移任务）

**思考**：需要先确认数据库版本。

${F}
$ mysql -h 10.3.0.8 -uroot -p${k.hpw()} -e "select version();"
mysql: [Warning] Using a password on the command line interface can be insecure.
+-----------+
| version() |
+-----------+
| 8.0.39    |
+-----------+
${F}

**思考**：版本没问题，开始导出。

${F}
$ mysqldump -h 10.3.0.8 -u backup --password='${k.pw()}' shop > /tmp/shop.sql
$ ossutil cp /tmp/shop.sql oss://backup-bucket/shop/ -i ${k.u('LTAI' + k.g.alnum(20))} -k ${k.tok(k.g.alnum(30))}
Succeed: Total num: 1, size: 1,204,882,311. OK num: 1
${F}

**结果**：迁移完成，校验和 ${k.n(k.g.hex(32))}。
`,
  ),

  doc(
    'agent-chat-blog-mcp-ko',
    ['prose', 'config-syntax'],
    'blog/2026-08-mcp-notion-db.md',
    (k) => `---
title: "Claude에 Notion과 사내 DB 연결하기 (MCP)"
date: 2026-08-14
tags: [mcp, claude, notion]
---

요즘 팀에서 Claude Desktop에 MCP 서버를 붙여서 쓰고 있는데, 설정을 공유합니다.

${F}json
{
  "mcpServers": {
    "notion": {
      "command": "npx",
      "args": ["-y", "@notionhq/notion-mcp-server"],
      "env": {
        "OPENAPI_MCP_HEADERS": "{\\"Authorization\\": \\"Bearer ${k.prov('notion', 'Notion')}\\", \\"Notion-Version\\": \\"2022-06-28\\"}"
      }
    },
    "mssql": {
      "command": "uvx",
      "args": ["microsoft_sql_server_mcp"],
      "env": { "MSSQL_SERVER": "10.0.5.4", "MSSQL_USER": "claude", "MSSQL_PASSWORD": "${k.hpw()}", "MSSQL_DATABASE": "erp" }
    }
  }
}
${F}

(위 비밀번호는 블로그 올리기 전에 바꿨습니다 😅 — 라고 쓰고 싶지만 아직 안 바꿈)

Notion 토큰은 \`${k.n('ntn_')}\`로 시작하고, 통합(Integration) 페이지에서 발급받을 수 있어요. 예시: \`${k.n('ntn_****************')}\`
`,
  ),

  doc(
    'agent-chat-slack-thread-en',
    ['prose', 'precision'],
    'exports/slack-ml-platform-thread.txt',
    (k) => `#ml-platform — thread export

Tomasz Nowak  10:02
anyone has the password for the shared Label Studio admin? need to add the new annotators

Julia Schmidt  10:04
it's in 1Password under "Label Studio (prod)". if you can't see it: ${k.hpw()}
and the API token for the export script is ${k.tok(k.g.hex(40))}

Tomasz Nowak  10:05
thanks!! 🙏

Rizky Pratama  10:11
pls delete that msg Julia 😬 also fyi the new Argilla owner password is ${k.gpw()} — rotating both Friday

Julia Schmidt  10:12
oops. yes will rotate. the old one was ${k.n('********')} anyway
`,
  ),
];
