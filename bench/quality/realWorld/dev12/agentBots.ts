// Chat bots and the game servers they drive: Discord/Telegram/Slack/Matrix/Twitch bot configs and code, RCON and
// admin passwords of Minecraft, Palworld, ARK and Valheim servers, bot .env files, a chat export.
import type { RealWorldDoc } from '../types';
import { doc } from './agentValues';

export const AGENT_BOT_DOCS: RealWorldDoc[] = [
  doc(
    'agent-bot-discord-env',
    ['config-syntax', 'credential-file', 'precision'],
    'discord-bot/.env',
    (k) => `# Discord bot
DISCORD_TOKEN=${k.prov('discord', 'Discord')}
CLIENT_ID=${k.n(k.g.digits(19))}
GUILD_ID=${k.n(k.g.digits(18))}
OWNER_ID=${k.n(k.g.digits(18))}

# AI
OPENAI_API_KEY=${k.prov('openaiLegacy', 'OpenAI')}
OPENAI_MODEL=${k.n('gpt-4o-mini')}

# db
DATABASE_URL=postgres://bot:${k.cs()}@localhost:5432/botdb

# minecraft bridge
RCON_HOST=mc.myserver.example
RCON_PORT=25575
RCON_PASSWORD=${k.pw()}
`,
  ),

  doc(
    'agent-bot-minecraft-properties-pt',
    ['config-syntax'],
    'minecraft/server.properties',
    (k) => `#Minecraft server properties
#Sat Oct 04 18:22:10 BRT 2026
# servidor do Pedro e da galera — não mexer sem avisar
enable-rcon=true
rcon.port=25575
rcon.password=${k.hpw()}
broadcast-rcon-to-ops=true
management-server-enabled=false
management-server-secret=${k.tok(k.g.alnum(40))}
server-port=25565
motd=\\u00A7aServidor da Galera \\u00A77| survival 1.21
level-seed=${k.n('-4172144997902289642')}
white-list=true
online-mode=true
max-players=20
difficulty=normal
resource-pack-sha1=${k.n(k.g.hex(40))}
`,
  ),

  doc(
    'agent-bot-discord-js-config',
    ['config-syntax', 'precision'],
    'config.json',
    (k) => `{
  "token": "${k.prov('discord', 'Discord')}",
  "clientId": "${k.n(k.g.digits(19))}",
  "guildId": "${k.n(k.g.digits(18))}",
  "mongoURI": "mongodb+srv://musicbot:${k.cs()}@cluster0.${k.n(k.g.lower(5))}.mongodb.net/musicbot",
  "lavalink": [
    { "identifier": "local", "host": "localhost", "port": 2333, "password": "${k.u('youshallnotpass')}", "secure": false },
    { "identifier": "eu-1", "host": "lava.eu.example.net", "port": 443, "password": "${k.gpw()}", "secure": true }
  ],
  "spotify": { "clientId": "${k.n(k.g.hex(32))}", "clientSecret": "${k.hex(32)}" },
  "embedColor": "${k.n('#5865F2')}",
  "topgg": "${k.jwt({ id: k.g.digits(19), bot: true, iat: 1758000000 })}"
}
`,
  ),

  doc(
    'agent-bot-lavalink-yml',
    ['config-syntax'],
    'lavalink/application.yml',
    (k) => `server:
  port: 2333
  address: 0.0.0.0
lavalink:
  plugins:
    - dependency: "dev.lavalink.youtube:youtube-plugin:1.13.3"
    - dependency: "com.github.topi314.lavasrc:lavasrc-plugin:4.7.2"
  server:
    password: "${k.phrase()}"
    sources:
      youtube: false
      soundcloud: true
plugins:
  youtube:
    enabled: true
    oauth:
      enabled: true
      refreshToken: "${k.tok('1//0' + k.g.base64url(97))}"
  lavasrc:
    spotify:
      clientId: "${k.n(k.g.hex(32))}"
      clientSecret: "${k.hex(32)}"
      countryCode: "DE"
    deezer:
      masterDecryptionKey: "${k.n('your master decryption key')}"
`,
  ),

  doc(
    'agent-bot-telegram-ru',
    ['code', 'defaults-in-code'],
    'bot/main.py',
    (k) => `# Телеграм-бот поддержки (aiogram 3)
import asyncio
import os

from aiogram import Bot, Dispatcher, F
from aiogram.types import Message

# TODO вынести в .env !!!
BOT_TOKEN = os.getenv("BOT_TOKEN", "${k.prov('telegram', 'Telegram')}")
ADMIN_IDS = [${k.n(k.g.digits(9))}, ${k.n(k.g.digits(10))}]
YOOKASSA_SHOP_ID = "${k.n(k.g.digits(6))}"
YOOKASSA_SECRET = "${k.tok('live_' + k.g.base64url(40))}"
GIGACHAT_CREDENTIALS = "${k.tok(Buffer.from(k.g.uuid() + ':' + k.g.uuid()).toString('base64'))}"

bot = Bot(BOT_TOKEN)
dp = Dispatcher()


@dp.message(F.text == "/start")
async def start(m: Message):
    await m.answer("Привет! Напишите ваш вопрос, оператор ответит в течение часа.")


async def main():
    await dp.start_polling(bot)


if __name__ == "__main__":
    asyncio.run(main())
`,
  ),

  doc(
    'agent-bot-slack-bolt',
    ['code', 'precision'],
    'slack-standup-bot/app.py',
    (k) => `import os
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

# hardcoded while testing in the sandbox workspace
app = App(
    token="${k.prov('slackBot', 'Slack')}",
    signing_secret="${k.hex(32)}",
)


@app.command("/standup")
def standup(ack, respond, command):
    ack()
    respond(f"Thanks <@{command['user_id']}>, noted!")


if __name__ == "__main__":
    SocketModeHandler(app, "${k.prov('slackApp', 'Slack')}").start()
    # prod uses os.environ["SLACK_APP_TOKEN"] (${k.n('xapp-1-...')})
`,
  ),

  doc(
    'agent-bot-matrix-maubot',
    ['config-syntax'],
    'maubot/config.yaml',
    (k) => `database: sqlite:maubot.db
server:
  hostname: 0.0.0.0
  port: 29316
  public_url: https://maubot.chat.example.org
  unshared_secret: ${k.tok(k.g.alnum(64))}
homeservers:
  chat.example.org:
    url: https://matrix.chat.example.org
    secret: ${k.tok(k.g.base64url(48))}
admins:
  root: ""
  "@anna:chat.example.org": ${k.n('$2b$12$' + k.g.base64(53).replace(/[+=]/g, '.'))}
  "@ops:chat.example.org": ${k.letters()}
api_features:
  login: true
logging:
  version: 1
# bot account for the LLM bridge: @gpt:chat.example.org password ${k.hpw()}
# access_token: ${k.m.secret('provider', 'syt_' + Buffer.from('gpt').toString('base64').replace(/=+$/, '') + '_' + k.g.alnum(20) + '_' + k.g.alnum(6), 'Matrix')}
`,
  ),

  doc(
    'agent-bot-rcon-shell-history',
    ['command-line'],
    '.bash_history',
    (k) => `cd ~/servers/mc
./start.sh
mcrcon -H 127.0.0.1 -P 25575 -p ${k.pw()} "say Server restart in 5 min"
mcrcon -H 127.0.0.1 -P 25575 -p ${k.pw()} -t
rcon-cli --host 127.0.0.1 --port 25575 --password ${k.hpw()} list
tail -f logs/latest.log
cd ~/servers/ark
./ShooterGameServer TheIsland?listen?SessionName=NordClan?ServerPassword=${k.letters()}?ServerAdminPassword=${k.hpw()} -server -log
cd ~/servers/valheim
./valheim_server.x86_64 -name "Vikings DE" -port 2456 -world "Midgard" -password "${k.hpw()}" -public 1
docker exec -it palworld rcon-cli ShowPlayers
history | grep rcon
`,
  ),

  doc(
    'agent-bot-palworld-ini',
    ['config-syntax'],
    'Pal/Saved/Config/LinuxServer/PalWorldSettings.ini',
    (k) => `[/Script/Pal.PalGameWorldSettings]
OptionSettings=(Difficulty=None,DayTimeSpeedRate=1.000000,NightTimeSpeedRate=1.000000,ExpRate=1.500000,PalCaptureRate=1.000000,DeathPenalty=Item,bEnablePlayerToPlayerDamage=False,ServerPlayerMaxNum=16,ServerName="Kedi Sunucusu",ServerDescription="Türkçe sunucu, herkese açık değil",AdminPassword="${k.hpw()}",ServerPassword="${k.letters()}",PublicPort=8211,PublicIP="",RCONEnabled=True,RCONPort=25575,Region="",bUseAuth=True,BanListURL="https://api.palworldgame.com/api/banlist.txt",RESTAPIEnabled=True,RESTAPIPort=8212)
`,
  ),

  doc(
    'agent-bot-twitch-env',
    ['config-syntax', 'credential-file', 'precision'],
    'twitch-bot/.env',
    (k) => `# Twitch chatbot (tmi.js) + AI replies
TWITCH_USERNAME=lea_botti
TWITCH_OAUTH=oauth:${k.tok(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 30))}
TWITCH_CLIENT_ID=${k.n(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 30))}
TWITCH_CLIENT_SECRET=${k.tok(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 30))}
TWITCH_CHANNEL=lea_plays
TWITCH_BOT_USER_ID=${k.n(k.g.digits(9))}
GROQ_API_KEY=${k.prov('groq', 'Groq')}
# OBS websocket
OBS_WS_URL=ws://127.0.0.1:4455
OBS_WS_PASSWORD=${k.gpw()}
`,
  ),

  doc(
    'agent-bot-mastodon-yaml',
    ['config-syntax'],
    'mastobot/config.yml',
    (k) => `instance: https://mastodon.example.social
app:
  name: wetterbot
  client_id: ${k.n(k.g.base64url(43))}
  client_secret: ${k.tok(k.g.base64url(43))}
account:
  access_token: ${k.tok(k.g.base64url(43))}
  visibility: unlisted
weather:
  provider: open-meteo
  cities: [Hamburg, Kiel, Lübeck]
llm:
  endpoint: http://localhost:11434/api/generate
  model: ${k.n('llama3.1:8b')}
`,
  ),

  doc(
    'agent-bot-discord-chat-export',
    ['prose', 'logs-and-output'],
    'exports/sunucu-yonetim.txt',
    (k) => `==============================================================
Guild: Kedi Sunucusu
Channel: yönetim / #admin
==============================================================

[04.10.2026 21:14] aylin.k
rcon şifresini değiştirdim, yenisi: ${k.hpw()}

[04.10.2026 21:15] mehmet_tr
tamam, botun .env dosyasına da yazdım

[04.10.2026 21:40] minh.ng
anh ơi, mật khẩu của panel pterodactyl là gì vậy?

[04.10.2026 21:41] aylin.k
panel: admin@kedi.example / ${k.pw()}
api key (client): ${k.m.secret('provider', 'ptlc_' + k.g.alnum(43), 'Pterodactyl')}

[04.10.2026 21:45] minh.ng
cảm ơn! 👍  à, botun şifresi hala ${k.n('********')} mı görünüyor?

[04.10.2026 22:03] mehmet_tr
eski token sızdı sanırım, Discord otomatik sıfırladı. yeni token: ${k.prov('discord', 'Discord')}
`,
  ),

  doc(
    'agent-bot-minecraft-compose',
    ['config-syntax', 'precision'],
    'mc/docker-compose.yml',
    (k) => `services:
  mc:
    image: itzg/minecraft-server:java21
    tty: true
    stdin_open: true
    ports: ["25565:25565"]
    environment:
      EULA: "TRUE"
      TYPE: AUTO_CURSEFORGE
      # CurseForge keys look like bcrypt hashes; $ must be doubled in compose
      CF_API_KEY: '${k.tok('$$2a$$10$$' + k.g.base64(53).replace(/[+=/]/g, 'x'))}'
      CF_SLUG: all-the-mods-10
      MEMORY: 10G
      ENABLE_RCON: "true"
      RCON_PASSWORD: ${k.hpw()}
      OPS: ${k.n('Kenji_Dev')}
      WHITELIST: ${k.n(k.g.uuid())}
    volumes: ["./data:/data"]
  backups:
    image: itzg/mc-backup
    environment:
      RCON_HOST: mc
      RCON_PASSWORD: ${k.n('${RCON_PASSWORD}')}
      BACKUP_INTERVAL: 6h
`,
  ),
];
