// The home lab and game-server side of agent hobbyists: Ansible vars for the GPU box, Jupyter, nginx in front of
// Ollama, crontabs, game server configs driven by bots, IRC bots, agent memory dumps and browser-use tasks.
import type { RealWorldDoc } from '../types';
import { doc } from './agentValues';

export const AGENT_HOMELAB_DOCS: RealWorldDoc[] = [
  doc(
    'agent-lab-ansible-gpu-vars',
    ['config-syntax', 'precision'],
    'inventory/group_vars/gpu_box.yml',
    (k) => `---
# GPU-Box im Keller (Ollama, ComfyUI, Jupyter)
ansible_user: jonas
ansible_become_pass: ${k.hpw()}
jupyter_password: ${k.phrase()}
grafana_admin_password: "${k.pw()}"
samba_users:
  - name: jonas
    password: ${k.hpw()}
  - name: media
    password: "${k.letters()}"
wifi_psk: "${k.phrase()}"
restic_password: ${k.n('{{ vault_restic_password }}')}
ollama_models:
  - ${k.n('llama3.1:8b')}
  - ${k.n('qwen2.5-coder:14b')}
  - ${k.n('nomic-embed-text')}
comfyui_port: 8188
`,
  ),

  doc(
    'agent-lab-jupyter-config',
    ['code', 'config-syntax', 'precision'],
    '.jupyter/jupyter_server_config.py',
    (k) => `# Configuration file for jupyter-server.
c = get_config()  # noqa

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
# fixed token so the VS Code remote kernel keeps working after restarts
c.IdentityProvider.token = "${k.tok(k.g.hex(48))}"
c.PasswordIdentityProvider.hashed_password = "${k.n('argon2:$argon2id$v=19$m=10240,t=10,p=8$' + k.g.base64(22).replace(/=+$/, '') + '$' + k.g.base64(43).replace(/=+$/, ''))}"
c.ServerApp.allow_remote_access = True
c.ServerApp.root_dir = "/home/jonas/notebooks"
`,
  ),

  doc(
    'agent-lab-nginx-ollama',
    ['config-syntax', 'http-auth', 'precision'],
    'etc/nginx/sites-available/ollama.conf',
    (k) => `server {
    listen 443 ssl;
    server_name llm.home.example;

    ssl_certificate     /etc/letsencrypt/live/llm.home.example/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/llm.home.example/privkey.pem;

    location / {
        # poor man's API key for Ollama
        if ($http_authorization != "Bearer ${k.tok()}") {
            return 401;
        }
        proxy_pass http://127.0.0.1:11434;
        proxy_set_header Host localhost:11434;
        proxy_read_timeout 600s;
    }

    location /webui/ {
        auth_basic "Open WebUI";
        auth_basic_user_file /etc/nginx/.htpasswd;   # jonas:${k.n('$apr1$' + k.g.alnum(8) + '$' + k.g.base64(22).replace(/[+=]/g, '.'))}
        proxy_pass http://127.0.0.1:3000/;
    }
}
`,
  ),

  doc(
    'agent-lab-crontab',
    ['command-line'],
    'crontab.txt',
    (k) => `# m h  dom mon dow   command
*/10 * * * * curl -fsS -H "X-Api-Key: ${k.tok()}" https://uptime.home.example/api/push/ollama > /dev/null
0 3 * * * PGPASSWORD=${k.pw()} pg_dump -h localhost -U n8n n8n | gzip > /backup/n8n-$(date +\\%F).sql.gz
30 4 * * * /usr/local/bin/mcrcon -H 127.0.0.1 -p ${k.hpw()} save-all
0 5 * * 1 restic -r sftp:backup@nas:/restic backup /srv --password-file /root/.restic-pass
15 * * * * /opt/agents/venv/bin/python /opt/agents/digest.py --token ${k.tok(k.g.alnum(32))} >> /var/log/digest.log 2>&1
`,
  ),

  doc(
    'agent-lab-factorio-settings',
    ['config-syntax'],
    'factorio/data/server-settings.json',
    (k) => `{
  "name": "Fabrik der KI-Gruppe",
  "description": "Discord-Bot steuert den Server per RCON",
  "tags": ["game", "tags"],
  "max_players": 8,
  "visibility": { "public": false, "lan": true },
  "username": "jonas_fx",
  "password": "",
  "token": "${k.hex(30)}",
  "game_password": "${k.letters()}",
  "require_user_verification": true,
  "autosave_interval": 10,
  "_comment_rcon": "rcon via --rcon-port 27015 --rcon-password ${k.hpw()}",
  "admins": ["jonas_fx", "lea_r"]
}
`,
  ),

  doc(
    'agent-lab-cs2-server-cfg',
    ['config-syntax'],
    'cs2/game/csgo/cfg/server.cfg',
    (k) => `// CS2 server for the team bot league
hostname "KI-Liga | 5v5 | Bot-Referee"
rcon_password "${k.hpw()}"
sv_password "${k.letters()}"
sv_setsteamaccount ${k.tok(k.g.chars('0123456789ABCDEF', 32))}
sv_lan 0
sv_cheats 0
mp_autoteambalance 1
// get5 api key for the match bot
get5_remote_log_header_value "${k.tok(k.g.alnum(32))}"
tv_password "${k.letters()}"
`,
  ),

  doc(
    'agent-lab-rust-start',
    ['command-line'],
    'rust/start.sh',
    (k) => `#!/bin/bash
# Rust dedicated server, WebRCON used by the Discord bot (rustplus + rcon)
./RustDedicated -batchmode \\
  +server.port 28015 \\
  +server.level "Procedural Map" \\
  +server.seed ${k.n('1843215')} \\
  +server.worldsize 3500 \\
  +server.maxplayers 50 \\
  +server.hostname "Dinos & Bots [EU]" \\
  +server.identity "dinos" \\
  +rcon.port 28016 \\
  +rcon.password "${k.gpw()}" \\
  +rcon.web 1 \\
  +app.port 28082
`,
  ),

  doc(
    'agent-lab-limnoria-conf',
    ['config-syntax'],
    'limnoria/bot.conf',
    (k) => `###
# Limnoria bot with the ChatGPT plugin
###
supybot.nick: kobold
supybot.networks: libera
supybot.networks.libera.servers: irc.libera.chat:6697
supybot.networks.libera.ssl: True
supybot.networks.libera.password: ${k.hpw()}
supybot.networks.libera.sasl.username: kobold
supybot.networks.libera.sasl.password: ${k.phrase()}
supybot.plugins.ChatGPT.api_key: ${k.prov('openaiLegacy', 'OpenAI')}
supybot.plugins.ChatGPT.model: ${k.n('gpt-4o-mini')}
supybot.plugins.Web.fetch.maximum: 0
`,
  ),

  doc(
    'agent-lab-ts3-bot-yaml',
    ['config-syntax'],
    'ts3-musicbot/config.yaml',
    (k) => `teamspeak:
  host: ts.gilde.example
  query_port: 10011
  query_user: serveradmin
  query_password: ${k.gpw()}
  server_password: ${k.letters()}
  channel: "Musik & KI"
  channel_password: ${k.pin()}
bot:
  nickname: "DJ Kobold"
  whisper_ai: true
  openai:
    key: ${k.n('${OPENAI_API_KEY}')}
`,
  ),

  doc(
    'agent-lab-memory-dump',
    ['logs-and-output', 'prose'],
    'exports/mem0_memories.json',
    (k) => `{
  "results": [
    { "id": "${k.n(k.g.uuid())}", "memory": "User's name is Olga, works as a data engineer in Warsaw", "created_at": "2026-07-02T09:11:00Z" },
    { "id": "${k.n(k.g.uuid())}", "memory": "User's home wifi password is ${k.phrase()}", "created_at": "2026-07-02T09:13:40Z" },
    { "id": "${k.n(k.g.uuid())}", "memory": "Hasło do NAS-a użytkownika: ${k.hpw()}", "created_at": "2026-07-05T18:01:12Z" },
    { "id": "${k.n(k.g.uuid())}", "memory": "User prefers answers in Polish", "created_at": "2026-07-05T18:02:00Z" },
    { "id": "${k.n(k.g.uuid())}", "memory": "User's bank app PIN is ${k.pin()} (asked to remember it, warned her)", "created_at": "2026-07-09T21:44:51Z" },
    { "id": "${k.n(k.g.uuid())}", "memory": "Work VPN login olga.w with password ${k.hpw()}", "created_at": "2026-08-01T07:30:09Z" },
    { "id": "${k.n(k.g.uuid())}", "memory": "User's API token for the Grafana at work: ${k.tok(k.g.alnum(32))}", "created_at": "2026-08-12T12:00:00Z" }
  ]
}
`,
  ),

  doc(
    'agent-lab-browser-use-task',
    ['code', 'prose', 'precision'],
    'automation/invoices_task.py',
    (k) => `import asyncio
from browser_use import Agent, Browser
from browser_use.llm import ChatOpenAI

# sensitive_data keeps the real values out of the prompt (the model only sees the placeholder names)
sensitive_data = {
    "https://*.lieferant.example": {
        "x_user": "einkauf@firma.example",
        "x_password": "${k.hpw()}",
    }
}

task = """
Gehe auf https://portal.lieferant.example und melde dich mit ${k.n('x_user')} und ${k.n('x_password')} an.
Lade alle Rechnungen vom letzten Monat als PDF herunter.
Falls nach einem Code gefragt wird: der SMS-Code ist nicht verfügbar, nimm den Backup-Code ${k.pin()}.
"""

# old version, before sensitive_data (still in git history!):
# task = "Login to portal.lieferant.example with einkauf@firma.example / ${k.hpw()} and download invoices"

async def main():
    agent = Agent(task=task, llm=ChatOpenAI(model="${k.n('gpt-4.1')}"), sensitive_data=sensitive_data, browser=Browser())
    await agent.run()

asyncio.run(main())
`,
  ),

  doc(
    'agent-lab-computer-use-id',
    ['prose'],
    'catatan/agen-komputer.md',
    (k) => `# Catatan: agen "computer use" untuk laporan mingguan

Langkah yang dijalankan agen setiap Senin:

1. Buka aplikasi akuntansi di VM Windows (RDP ke 10.10.2.15, user \`laporan\`, kata sandi \`${k.hpw()}\`)
2. Ekspor laporan laba rugi ke Excel
3. Unggah ke Google Drive folder "Laporan Mingguan"
4. Kirim ringkasan ke grup WhatsApp

Catatan: PIN aplikasi bank untuk cek saldo = ${k.pin()} (jangan dibagikan!).
Token API internal untuk dashboard: ${k.tok()}

Masalah minggu lalu: agen salah klik tombol "Hapus". Sudah ditambahkan konfirmasi. Log eksekusi: ${k.n(k.g.uuid())}
`,
  ),

  doc(
    'agent-lab-goose-config',
    ['config-syntax', 'precision'],
    '.config/goose/config.yaml',
    (k) => `GOOSE_PROVIDER: openai
GOOSE_MODEL: ${k.n('gpt-4o')}
GOOSE_MODE: smart_approve
extensions:
  developer:
    enabled: true
    type: builtin
    name: developer
  mysql:
    enabled: true
    type: stdio
    name: mysql
    cmd: uvx
    args: [mysql_mcp_server]
    envs:
      MYSQL_HOST: db.shop.local
      MYSQL_USER: goose
      MYSQL_PASSWORD: ${k.pw()}
      MYSQL_DATABASE: shop
    timeout: 300
  jira:
    enabled: false
    type: sse
    uri: https://jira-mcp.corp.example/sse
    env_keys: [${k.n('JIRA_TOKEN')}]
    headers:
      X-Api-Token: ${k.tok(k.g.alnum(24))}
`,
  ),

  doc(
    'agent-lab-openhands-config',
    ['config-syntax'],
    'openhands/config.toml',
    (k) => `[core]
workspace_base = "./workspace"
max_iterations = 100

[llm]
model = "${k.n('anthropic/claude-sonnet-4-20250514')}"
api_key = "${k.prov('anthropic', 'Anthropic')}"
temperature = 0.0

[llm.local]
model = "openai/qwen3-coder"
base_url = "http://gpu-02.lab:8000/v1"
api_key = "${k.tok(k.g.alnum(32))}"

[sandbox]
base_container_image = "nikolaik/python-nodejs:python3.12-nodejs22"
runtime_startup_env_vars = { DB_PASSWORD = "${k.hpw()}", APP_SECRET = "${k.tok()}" }

[security]
confirmation_mode = true
`,
  ),

  doc(
    'agent-lab-telegram-export',
    ['prose', 'logs-and-output'],
    'exports/ChatExport_2026-09-20/result.json',
    (k) => `{
 "name": "Семейный ИИ-бот",
 "type": "private_group",
 "id": ${k.n(k.g.digits(10))},
 "messages": [
  { "id": 101, "type": "message", "date": "2026-09-20T10:02:11", "from": "Дмитрий", "text": "бот, запомни пароль от роутера: ${k.hpw()}" },
  { "id": 102, "type": "message", "date": "2026-09-20T10:02:14", "from": "FamilyGPT", "text": "Запомнил. Лучше хранить пароли в менеджере паролей 🙂" },
  { "id": 103, "type": "message", "date": "2026-09-20T10:05:50", "from": "Ольга", "text": "и от госуслуг: ${k.pw()}" },
  { "id": 104, "type": "message", "date": "2026-09-20T10:06:02", "from": "FamilyGPT", "text": "Не стоит присылать такие пароли в чат." },
  { "id": 105, "type": "message", "date": "2026-09-20T11:30:00", "from": "Дмитрий", "text": "код от домофона ${k.pin()}" }
 ]
}
`,
  ),
];
