// Community bots: discord.py and discord.js bots, their config.json and .env files, Twitch chat bots (tmi.js,
// twitchio), Minecraft DiscordSRV, bot hosting panels, and the ids that are public by design next to them.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './gameValues';

export const GAME_BOT_DOCS: RealWorldDoc[] = [
  gDoc(
    'game-discordpy-bot',
    ['code', 'precision'],
    'bot/main.py',
    (k) => `import discord
from discord.ext import commands, tasks
import aiomysql
import mcrcon

intents = discord.Intents.default()
intents.message_content = True
intents.members = True

bot = commands.Bot(command_prefix="!", intents=intents)

GUILD_ID = ${k.n(V.snowflake(k.g))}
STATUS_CHANNEL_ID = ${k.n(V.snowflake(k.g))}
ADMIN_ROLE_ID = ${k.n(V.snowflake(k.g))}

RCON_HOST = "play.wolfsburg-mc.de"
RCON_PORT = 25575
RCON_PASS = "${k.spw()}"

DB = dict(host="127.0.0.1", port=3306, user="wolfbot", password="${k.pw()}", db="wolfbot")

@bot.event
async def on_ready():
    print(f"Logged in as {bot.user} (ID: {bot.user.id})")
    update_status.start()

@tasks.loop(minutes=2)
async def update_status():
    with mcrcon.MCRcon(RCON_HOST, RCON_PASS, port=RCON_PORT) as mcr:
        resp = mcr.command("list")
    await bot.change_presence(activity=discord.Game(name=resp.split(":")[0]))

@bot.command()
@commands.has_role(ADMIN_ROLE_ID)
async def whitelist(ctx, name: str):
    with mcrcon.MCRcon(RCON_HOST, RCON_PASS, port=RCON_PORT) as mcr:
        await ctx.send(mcr.command(f"whitelist add {name}"))

bot.run("${k.prov('Discord bot token', V.discordBot(k.g))}")
`,
  ),

  gDoc(
    'game-discordjs-config-json',
    ['config-syntax', 'precision'],
    'config.json',
    (k) => `{
  "token": "${k.prov('Discord bot token', V.discordBot(k.g))}",
  "clientId": "${k.n(V.snowflake(k.g))}",
  "guildId": "${k.n(V.snowflake(k.g))}",
  "publicKey": "${k.n(k.g.hex(64))}",
  "clientSecret": "${k.s('token', V.discordClientSecret(k.g))}",
  "prefix": "?",
  "embedColor": "#5865F2",
  "channels": {
    "welcome": "${k.n(V.snowflake(k.g))}",
    "logs": "${k.n(V.snowflake(k.g))}",
    "lfg": "${k.n(V.snowflake(k.g))}"
  },
  "roles": {
    "verified": "${k.n(V.snowflake(k.g))}",
    "mod": "${k.n(V.snowflake(k.g))}"
  },
  "mongoUri": "mongodb+srv://lfgbot:${k.cs()}@cluster0.x7kq2.mongodb.net/lfg?retryWrites=true&w=majority",
  "riotApiKey": "${k.s('token', 'RGAPI-' + k.g.uuid())}",
  "trackerGgKey": "${k.s('token', k.g.uuid())}"
}
`,
  ),

  gDoc(
    'game-discordjs-env',
    ['config-syntax', 'precision'],
    '.env',
    (k) => `# discord
DISCORD_TOKEN=${k.prov('Discord bot token', V.discordBot(k.g))}
DISCORD_CLIENT_ID=${k.n(V.snowflake(k.g))}
DISCORD_CLIENT_SECRET=${k.s('token', V.discordClientSecret(k.g))}
DISCORD_REDIRECT_URI=http://localhost:3000/auth/callback
# dashboard
SESSION_SECRET=${k.tok()}
DATABASE_URL=postgresql://rpgbot:${k.cs()}@localhost:5432/rpgbot
REDIS_URL=redis://default:${k.cs()}@redis-14523.c250.eu-central-1-1.ec2.redns.redis-cloud.com:14523
# twitch live notifications
TWITCH_CLIENT_ID=${k.n(V.twitchSecret(k.g))}
TWITCH_CLIENT_SECRET=${k.s('token', V.twitchSecret(k.g))}
# misc
OPENAI_API_KEY=${k.prov('OpenAI', V.openai(k.g))}
TOPGG_TOKEN=${k.bearer()}
`,
  ),

  gDoc(
    'game-discordjs-env-example',
    ['config-syntax', 'precision'],
    '.env.example',
    (k) => `# Copy to .env and fill in. Never commit .env!
DISCORD_TOKEN=${k.n('YOUR_BOT_TOKEN_HERE')}
DISCORD_CLIENT_ID=${k.n('123456789012345678')}
DISCORD_CLIENT_SECRET=${k.n('<client-secret>')}
DISCORD_REDIRECT_URI=http://localhost:3000/auth/callback
SESSION_SECRET=${k.n('change-me-to-something-random')}
DATABASE_URL=postgresql://rpgbot:${k.n('password')}@localhost:5432/rpgbot
REDIS_URL=redis://default:${k.n('<redis-password>')}@localhost:6379
TWITCH_CLIENT_ID=
TWITCH_CLIENT_SECRET=
OPENAI_API_KEY=${k.n('sk-...')}
TOPGG_TOKEN=
`,
  ),

  gDoc(
    'game-tmi-twitch-bot',
    ['code', 'precision'],
    'twitchbot/index.js',
    (k) => `const tmi = require('tmi.js');
const axios = require('axios');

// bot account: slimeshopbot (mod in #papercut_ola)
const client = new tmi.Client({
  options: { debug: true },
  identity: {
    username: 'slimeshopbot',
    password: '${k.prov('Twitch OAuth', V.twitchOauth(k.g))}'
  },
  channels: ['papercut_ola']
});

const CLIENT_ID = '${k.n(V.twitchSecret(k.g))}';
const CLIENT_SECRET = '${k.s('token', V.twitchSecret(k.g))}';
const STREAMELEMENTS_JWT = '${k.s('token', V.jwt(k.g))}';
const SE_CHANNEL = '${k.n(k.g.hex(24))}';

client.connect();

client.on('message', async (channel, tags, message, self) => {
  if (self) return;
  if (message.toLowerCase() === '!points') {
    const res = await axios.get(\`https://api.streamelements.com/kappa/v2/points/\${SE_CHANNEL}/\${tags.username}\`, {
      headers: { Authorization: \`Bearer \${STREAMELEMENTS_JWT}\` }
    });
    client.say(channel, \`@\${tags.username} you have \${res.data.points} slime coins\`);
  }
  if (message === '!discord') client.say(channel, 'discord.gg/slimeshop');
});
`,
  ),

  gDoc(
    'game-twitchio-bot',
    ['code', 'precision'],
    'bot/twitch_bot.py',
    (k) => `from twitchio.ext import commands

# Generated at https://twitchtokengenerator.com (scopes chat:read chat:edit channel:moderate)
ACCESS_TOKEN = "${k.s('token', V.twitchAccess(k.g))}"
REFRESH_TOKEN = "${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 50))}"
CLIENT_ID = "${k.n(V.twitchSecret(k.g))}"

class Bot(commands.Bot):
    def __init__(self):
        super().__init__(token=ACCESS_TOKEN, prefix="!", initial_channels=["kaczki_esports"])

    async def event_ready(self):
        print(f"Logged in as | {self.nick}")
        print(f"User id is | {self.user_id}")

    @commands.command()
    async def server(self, ctx: commands.Context):
        await ctx.send("Scrim server: connect scrim.kaczki.pl:27015; password is in the discord #scrims channel")

bot = Bot()
bot.run()
`,
  ),

  gDoc(
    'game-discordsrv-config',
    ['config-syntax', 'precision'],
    'plugins/DiscordSRV/config.yml',
    (k) => `# DiscordSRV config
# Bot token: https://docs.discordsrv.com/installation/initial-setup
BotToken: "${k.prov('Discord bot token', V.discordBot(k.g))}"

Channels: {"global": "${k.n(V.snowflake(k.g))}", "staff": "${k.n(V.snowflake(k.g))}"}
DiscordConsoleChannelId: "${k.n(V.snowflake(k.g))}"
DiscordConsoleChannelLevels: [info, warn, error]
DiscordConsoleChannelBlacklistedCommands: ["?", "op", "deop", "execute"]

Experiment_WebhookChatMessageDelivery: true
Experiment_WebhookChatMessageUsernameFormat: "%displayname%"

DiscordGameStatus: ["play.wolfsburg-mc.de", "%online%/%maxplayers% online"]
MinecraftDiscordAccountLinkedRoleNameToAddUserTo: "${k.n(V.snowflake(k.g))}"

Jdbc: "jdbc:mysql://10.0.4.12:3306/discordsrv?autoReconnect=true&useSSL=false"
JdbcTablePrefix: "discordsrv"
JdbcUsername: "discordsrv"
JdbcPassword: "${k.pw()}"
`,
  ),

  gDoc(
    'game-bot-docker-compose',
    ['config-syntax', 'precision'],
    'deploy/docker-compose.yml',
    (k) => `version: "3.9"
services:
  bot:
    build: .
    restart: unless-stopped
    environment:
      - DISCORD_TOKEN=${k.prov('Discord bot token', V.discordBot(k.g))}
      - MONGO_URL=mongodb://lfg:${k.cs()}@mongo:27017/lfg?authSource=admin
      - LAVALINK_PASSWORD=${k.n('youshallnotpass')}
    depends_on: [mongo, lavalink]
  mongo:
    image: mongo:7
    environment:
      MONGO_INITDB_ROOT_USERNAME: lfg
      MONGO_INITDB_ROOT_PASSWORD: ${k.n('${MONGO_PASSWORD}')}
    volumes: [mongo:/data/db]
  lavalink:
    image: ghcr.io/lavalink-devs/lavalink:4
    environment:
      - SERVER_PORT=2333
      - LAVALINK_SERVER_PASSWORD=${k.n('youshallnotpass')}
      - PLUGINS_YOUTUBE_OAUTH_REFRESHTOKEN=${k.s('token', '1//' + k.g.base64url(100))}
volumes:
  mongo:
`,
  ),

  gDoc(
    'game-bot-webhook-lua',
    ['code', 'precision'],
    'garrysmod/lua/autorun/server/sv_discordlogs.lua',
    (k) => `-- Sends admin actions to #staff-logs (CHTTP module required for discord.com)
require("chttp")

local WEBHOOK = "${k.prov('Discord webhook', V.discordHook(k.g))}"
local SERVER_NAME = GetHostName()

local function SendLog(title, desc, color)
    CHTTP({
        method = "POST",
        url = WEBHOOK,
        body = util.TableToJSON({
            username = "Rockford Logs",
            embeds = {{ title = title, description = desc, color = color or 3447003,
                        footer = { text = SERVER_NAME .. " | " .. os.date("%Y-%m-%d %H:%M:%S") } }}
        }),
        type = "application/json",
    })
end

hook.Add("ULibCommandCalled", "DiscordAdminLog", function(ply, cmd, args)
    if not IsValid(ply) then return end
    SendLog("Admin command", ply:Nick() .. " (" .. ply:SteamID64() .. ") ran " .. cmd .. " " .. table.concat(args or {}, " "))
end)

-- bans go to the web panel too
local PANEL_API = "https://bans.rockfordrp.net/api/v1/bans"
local PANEL_KEY = "${k.tok()}"
`,
  ),

  gDoc(
    'game-bot-ids-readme',
    ['prose', 'precision'],
    'docs/bot-setup.md',
    (k) => `# Setting up LFG Bot for your server

1. Invite: \`https://discord.com/oauth2/authorize?client_id=${k.n(V.snowflake(k.g))}&permissions=${k.n('277025507328')}&scope=bot%20applications.commands\`
2. In your server, run \`/setup channel:#lfg\`.
3. Self-hosting? Create an application at https://discord.com/developers/applications, copy the **bot token**
   (Bot tab, "Reset Token") into \`.env\` as \`DISCORD_TOKEN=\`. The **Application ID** (${k.n(V.snowflake(k.g))} for ours) and the
   **Public Key** (\`${k.n(k.g.hex(64))}\`) are not secret, they're shown to anyone who inspects the interactions endpoint.
4. A token looks like \`${k.n('MTA0NTU2NzQ4OTAxMjM0NTY3OA.Gx1234.EXAMPLE-not-a-real-token-xxxxxxxxxxxxx')}\`. If you
   ever paste the real one in a public channel, Discord will reset it automatically.

Default permissions integer \`277025507328\` = Send Messages, Embed Links, Use Slash Commands, Manage Threads.
`,
  ),
];
