// Dedicated game servers as admins run them: Minecraft server.properties and plugin configs (Paper, LuckPerms,
// BungeeCord, Velocity), Rust, ARK, Valheim, Factorio, CS2, Garry's Mod, LinuxGSM, docker-compose and panels.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './gameValues';

export const GAME_SERVER_DOCS: RealWorldDoc[] = [
  gDoc(
    'game-mc-server-properties',
    ['config-syntax', 'precision'],
    'servers/survival/server.properties',
    (k) => `#Minecraft server properties
#${k.n('Tue Mar 04 19:22:41 CET 2025')}
accepts-transfers=false
allow-flight=false
allow-nether=true
broadcast-console-to-ops=true
broadcast-rcon-to-ops=true
difficulty=hard
enable-command-block=false
enable-jmx-monitoring=false
enable-query=true
enable-rcon=true
enable-status=true
enforce-secure-profile=true
enforce-whitelist=true
entity-broadcast-range-percentage=100
force-gamemode=false
function-permission-level=2
gamemode=survival
generate-structures=true
generator-settings={}
hardcore=false
hide-online-players=false
initial-disabled-packs=
initial-enabled-packs=vanilla
level-name=world
level-seed=${k.n(V.seed(k.g))}
level-type=minecraft\\:normal
max-players=40
motd=\\u00A76Wolfsburg \\u00A7fSurvival \\u00A77| \\u00A7a1.21.4
network-compression-threshold=256
online-mode=true
op-permission-level=4
player-idle-timeout=0
prevent-proxy-connections=false
pvp=true
query.port=25565
rate-limit=0
rcon.password=${k.spw()}
rcon.port=25575
require-resource-pack=false
resource-pack=https\\://cdn.wolfsburg-mc.de/packs/wolfpack-v7.zip
resource-pack-id=${k.n(k.g.uuid())}
resource-pack-prompt=
resource-pack-sha1=${k.n(V.sha1(k.g))}
server-ip=
server-port=25565
simulation-distance=10
spawn-protection=16
sync-chunk-writes=true
use-native-transport=true
view-distance=10
white-list=true
`,
  ),

  gDoc(
    'game-mc-luckperms-config',
    ['config-syntax', 'precision'],
    'servers/survival/plugins/LuckPerms/config.yml',
    (k) => `####################################################################################################
# +----------------------------------------------------------------------------------------------+ #
# |                                       LuckPerms Configuration                                | #
# +----------------------------------------------------------------------------------------------+ #
####################################################################################################

# The name of the server, used for server specific permissions.
server: survival

# If users on this server should have their global permissions applied.
include-global: true

# How the plugin should store data
storage-method: MySQL

data:
  # Define the address and port for the database.
  address: 10.0.4.12:3306

  # The name of the database to store LuckPerms data in.
  database: luckperms

  # Credentials for the database.
  username: lp_survival
  password: '${k.pw()}'

  pool-settings:
    maximum-pool-size: 10
    minimum-idle: 10
    maximum-lifetime: 1800000
    keepalive-time: 0
    connection-timeout: 5000
    properties:
      useUnicode: true
      characterEncoding: utf8

  table-prefix: 'luckperms_'

messaging-service: redis

redis:
  enabled: true
  address: 10.0.4.13:6379
  username: ''
  password: '${k.spw()}'
  ssl: false
`,
  ),

  gDoc(
    'game-mc-bungee-velocity',
    ['config-syntax', 'precision'],
    'servers/proxy/velocity.toml',
    (k) => `# Config version. Do not change this
config-version = "2.7"

bind = "0.0.0.0:25577"
motd = "<#09add3>A Velocity Server"
show-max-players = 500
online-mode = true
force-key-authentication = true
prevent-client-proxy-connections = false

# Should we forward IP addresses and other data to backend servers?
# "modern" is the recommended mode. The secret is read from the file below.
player-info-forwarding-mode = "modern"
forwarding-secret-file = "forwarding.secret"

announce-forge = false
kick-existing-players = false
ping-passthrough = "DISABLED"
enable-player-address-logging = true

[servers]
lobby = "10.0.4.21:25565"
survival = "10.0.4.22:25565"
skyblock = "10.0.4.23:25565"
try = ["lobby"]

[forced-hosts]
"lobby.example.net" = ["lobby"]

[advanced]
compression-threshold = 256
compression-level = -1
login-ratelimit = 3000
connection-timeout = 5000
read-timeout = 30000
haproxy-protocol = false

[query]
enabled = false
port = 25577
map = "Velocity"
show-plugins = false

# ---- forwarding.secret (pasted here so the backend admins can copy it into paper-global.yml) ----
# ${k.tok()}
`,
  ),

  gDoc(
    'game-paper-global-yml',
    ['config-syntax', 'precision'],
    'servers/lobby/config/paper-global.yml',
    (k) => `_version: 29
async-chunks:
  threads: -1
chunk-loading-basic:
  player-max-chunk-generate-rate: -1.0
  player-max-chunk-load-rate: 100.0
  player-max-chunk-send-rate: 75.0
collisions:
  enable-player-collisions: true
console:
  enable-brigadier-completions: true
  has-all-permissions: false
item-validation:
  book-size:
    page-max: 2560
    total-multiplier: 0.98
logging:
  deobfuscate-stacktraces: true
messages:
  kick:
    authentication-servers-down: <lang:multiplayer.disconnect.authservers_down>
    connection-throttle: Connection throttled! Please wait before reconnecting.
    flying-player: <lang:multiplayer.disconnect.flying>
  no-permission: <red>I'm sorry, but you do not have permission to perform this command.
proxies:
  bungee-cord:
    online-mode: true
  proxy-protocol: false
  velocity:
    enabled: true
    online-mode: true
    secret: '${k.tok()}'
scoreboards:
  save-empty-scoreboard-teams: true
  track-plugin-scoreboards: false
timings:
  enabled: false
  server-name: lobby
  server-name-privacy: false
  url: https://timings.aikar.co/
unsupported-settings:
  allow-permanent-block-break-exploits: false
watchdog:
  early-warning-delay: 10000
  early-warning-every: 5000
`,
  ),

  gDoc(
    'game-rust-server-cfg',
    ['config-syntax', 'command-line', 'precision'],
    'rust/start.sh',
    (k) => `#!/bin/bash
# Rust dedicated server - weekly wipe on Thursdays (forced wipe first Thursday of month)
cd /home/rustserver/serverfiles
export LD_LIBRARY_PATH=$LD_LIBRARY_PATH:\`dirname $0\`/RustDedicated_Data/Plugins/x86_64

./RustDedicated -batchmode -nographics \\
  +server.ip 0.0.0.0 \\
  +server.port 28015 \\
  +server.queryport 28017 \\
  +rcon.ip 0.0.0.0 \\
  +rcon.port 28016 \\
  +rcon.password "${k.spw()}" \\
  +rcon.web 1 \\
  +server.maxplayers 150 \\
  +server.hostname "[EU] Rusty Nails | Weekly | Solo/Duo/Trio" \\
  +server.identity "rustynails" \\
  +server.seed ${k.n(V.seed(k.g).replace('-', ''))} \\
  +server.worldsize 3750 \\
  +server.saveinterval 300 \\
  +app.port 28082 \\
  +server.description "Weekly wipes, 2x gather, active admins. discord.gg/rustynails" \\
  +server.headerimage "https://i.imgur.com/rXq8b2M.png" \\
  -logfile "logs/$(date +%F).log"
`,
  ),

  gDoc(
    'game-ark-gameusersettings',
    ['config-syntax', 'precision'],
    'ark/ShooterGame/Saved/Config/WindowsServer/GameUserSettings.ini',
    (k) => `[ServerSettings]
ShowMapPlayerLocation=True
AllowThirdPersonPlayer=True
ServerCrosshair=True
DifficultyOffset=1.000000
OverrideOfficialDifficulty=5.000000
ServerPassword=${k.spw()}
ServerAdminPassword=${k.spw()}
SpectatorPassword=
RCONEnabled=True
RCONPort=27020
TheMaxStructuresInRange=10500
XPMultiplier=3.000000
TamingSpeedMultiplier=5.000000
HarvestAmountMultiplier=3.000000
AllowFlyerCarryPvE=True
ActiveMods=${k.n('731604991,1404697612,1609138312,2885013943')}

[/Script/ShooterGame.ShooterGameUserSettings]
MasterAudioVolume=1.000000
MusicAudioVolume=1.000000
Version=5

[ScalabilityGroups]
sg.ResolutionQuality=100
sg.ViewDistanceQuality=3

[SessionSettings]
SessionName=Dino Pals PvE Cluster - The Island
Port=7777
QueryPort=27015

[/Script/Engine.GameSession]
MaxPlayers=70

[MessageOfTheDay]
Message=Welcome! No building on obelisks. Admin contact on Discord.
Duration=20
`,
  ),

  gDoc(
    'game-valheim-start-script',
    ['command-line', 'config-syntax', 'precision'],
    'valheim/start_server.sh',
    (k) => `#!/bin/bash
export templdpath=$LD_LIBRARY_PATH
export LD_LIBRARY_PATH=./linux64:$LD_LIBRARY_PATH
export SteamAppId=${k.n('892970')}

echo "Starting server PRESS CTRL-C to exit"

# NOTE: Minimum password length is 5 characters & Password cant be in the server name.
# NOTE: You need to make sure the ports 2456-2458 is being forwarded to your server through your local router & firewall.
./valheim_server.x86_64 -name "Vikings of Ostfold" -port 2456 -world "Ostfold" -password "${k.spw()}" -crossplay -public 1 -saveinterval 1800 -backups 4

export LD_LIBRARY_PATH=$templdpath
`,
  ),

  gDoc(
    'game-factorio-server-settings',
    ['config-syntax', 'precision'],
    'factorio/data/server-settings.json',
    (k) => `{
  "name": "Spaghetti Incorporated - Space Age",
  "description": "Friends server. Ask in discord for the password.",
  "tags": ["game", "tags"],

  "_comment_max_players": "Maximum number of players allowed, admins can join even a full server. 0 means unlimited.",
  "max_players": 12,

  "_comment_visibility": ["public: Game will be published on the official Factorio matching server",
                          "lan: Game will be broadcast on LAN"],
  "visibility": {
    "public": true,
    "lan": true
  },

  "_comment_credentials": "Your factorio.com login credentials. Required for games with visibility public",
  "username": "spaghettimaster",
  "password": "",

  "_comment_token": "Authentication token. May be used instead of 'password' above.",
  "token": "${k.hex(30)}",

  "game_password": "${k.pw()}",

  "_comment_require_user_verification": "When set to true, the server will only allow clients that have a valid Factorio.com account",
  "require_user_verification": true,

  "max_upload_in_kilobytes_per_second": 0,
  "max_upload_slots": 5,
  "minimum_latency_in_ticks": 0,
  "max_heartbeats_per_second": 60,
  "ignore_player_limit_for_returning_players": false,
  "allow_commands": "admins-only",
  "autosave_interval": 10,
  "autosave_slots": 5,
  "afk_autokick_interval": 0,
  "auto_pause": true,
  "only_admins_can_pause_the_game": true,
  "autosave_only_on_server": true,
  "non_blocking_saving": false,
  "admins": ["spaghettimaster", "beltweaver"]
}
`,
  ),

  gDoc(
    'game-cs2-server-cfg',
    ['config-syntax', 'command-line', 'precision'],
    'cs2/game/csgo/cfg/server.cfg',
    (k) => `// ===== 5v5 scrim server =====
hostname "Kaczki Esports | Scrim #2 | 128tick"
sv_password "${k.spw()}"
rcon_password "${k.spw()}"
sv_lan 0
sv_cheats 0
sv_region 3
sv_tags "scrim,5v5,pl"

// GOTV
tv_enable 1
tv_delay 90
tv_password "${k.spw()}"
tv_name "Kaczki GOTV"

// logging for our stats bot
log on
sv_logbans 1
sv_logecho 1
sv_logfile 1
sv_logflush 0

mp_autoteambalance 0
mp_limitteams 0
mp_maxrounds 24
mp_overtime_enable 1

// launched with: ./cs2 -dedicated -usercon +game_type 0 +game_mode 1 +map de_mirage +sv_setsteamaccount ${k.s('token', V.gslt(k.g))} -port 27015
`,
  ),

  gDoc(
    'game-gmod-server-cfg',
    ['config-syntax', 'precision'],
    'garrysmod/cfg/server.cfg',
    (k) => `hostname "[DarkRP] Rockford City | FastDL | Custom Jobs"
sv_password ""
rcon_password "${k.spw()}"
sv_loadingurl "https://loading.rockfordrp.net/?steamid=%s&mapname=%m"
sv_downloadurl "https://fastdl.rockfordrp.net/garrysmod/"
sv_allowdownload 0
sv_allowupload 0
sbox_noclip 0
sbox_maxprops 150
net_maxfilesize 64
sv_minrate 20000
sv_maxrate 0
// workshop collection ${k.n('2851902914')}, authkey moved to the launch line (host.workshop_collection)
// steam web api key for workshop downloads lives in the panel startup vars, do NOT paste here
sv_kickerrornum 0
sv_timeout 120
exec banned_user.cfg
exec banned_ip.cfg
`,
  ),

  gDoc(
    'game-linuxgsm-common-cfg',
    ['config-syntax', 'precision'],
    'lgsm/config-lgsm/arkserver/common.cfg',
    (k) => `##################################
####### Instance Settings ########
##################################
# PLACE INSTANCE SETTINGS HERE
## These settings will apply to a specific instance.

ip="0.0.0.0"
port="7777"
queryport="27015"
rconport="27020"
maxplayers="70"
defaultmap="TheIsland"
servername="Dino Pals PvE Cluster"
serverpassword="${k.spw()}"
adminpassword="${k.spw()}"

## Game Server Login Token (GSLT): Optional
# GSLT can be used for running a public server.
# More info: https://docs.linuxgsm.com/steamcmd/gslt
gslt=""

## Steam Login | https://docs.linuxgsm.com/steamcmd#steam-user-login
steamuser="dinopals_host"
steampass='${k.spw()}'

## Alerts | https://docs.linuxgsm.com/alerts
discordalert="on"
discordwebhook="${k.prov('Discord webhook', V.discordHook(k.g))}"

## Backup | https://docs.linuxgsm.com/commands/backup
maxbackups="4"
maxbackupdays="30"
stoponbackup="on"

## Logging | https://docs.linuxgsm.com/features/logging
consolelogging="on"
logdays="7"
`,
  ),

  gDoc(
    'game-mc-docker-compose',
    ['config-syntax', 'precision'],
    'docker-compose.yml',
    (k) => `services:
  mc:
    image: itzg/minecraft-server:java21
    container_name: mc-atm10
    tty: true
    stdin_open: true
    ports:
      - "25565:25565"
      - "24454:24454/udp"
    environment:
      EULA: "TRUE"
      TYPE: "AUTO_CURSEFORGE"
      CF_API_KEY: "${k.prov('CurseForge', V.curseforgeCore(k.g))}"
      CF_SLUG: "all-the-mods-10"
      MEMORY: "12G"
      ENABLE_RCON: "true"
      RCON_PASSWORD: "${k.spw()}"
      OPS: "Notch_Fan_1999,ghastlybob"
      DIFFICULTY: "normal"
      SEED: "${k.n(V.seed(k.g))}"
      TZ: "Europe/Berlin"
    volumes:
      - ./data:/data

  backups:
    image: itzg/mc-backup
    environment:
      BACKUP_INTERVAL: "6h"
      RCON_HOST: mc
      RCON_PASSWORD_FILE: /run/secrets/rcon_pw
      PRUNE_BACKUPS_DAYS: 7
    volumes:
      - ./data:/data:ro
      - ./backups:/backups

  rcon-web:
    image: itzg/rcon
    environment:
      RWA_USERNAME: admin
      RWA_PASSWORD: ${k.n('${RWA_PASSWORD}')}
      RWA_ADMIN: "TRUE"
      RWA_RCON_HOST: mc
      RWA_RCON_PASSWORD: ${k.n('${RCON_PASSWORD}')}
    ports:
      - "4326:4326"
      - "4327:4327"
`,
  ),

  gDoc(
    'game-pterodactyl-panel-env',
    ['config-syntax', 'precision'],
    'pterodactyl/panel/.env',
    (k) => `APP_ENV=production
APP_DEBUG=false
APP_KEY=base64:${k.s('token', k.g.base64(43) + '=')}
APP_THEME=pterodactyl
APP_TIMEZONE=Europe/Warsaw
APP_URL=https://panel.kaczkihosting.pl
APP_LOCALE=pl
APP_ENVIRONMENT_ONLY=false

LOG_CHANNEL=daily
LOG_DEPRECATIONS_CHANNEL=null
LOG_LEVEL=debug

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=panel
DB_USERNAME=pterodactyl
DB_PASSWORD=${k.spw()}

REDIS_HOST=127.0.0.1
REDIS_PASSWORD=null
REDIS_PORT=6379

CACHE_DRIVER=redis
QUEUE_CONNECTION=redis
SESSION_DRIVER=redis

HASHIDS_SALT=${k.u(k.g.alnum(20))}
HASHIDS_LENGTH=8

MAIL_MAILER=smtp
MAIL_HOST=smtp.mailgun.org
MAIL_PORT=587
MAIL_USERNAME=postmaster@mg.kaczkihosting.pl
MAIL_PASSWORD=${k.spw()}
MAIL_ENCRYPTION=tls
MAIL_FROM_ADDRESS=no-reply@kaczkihosting.pl
MAIL_FROM_NAME="Kaczki Hosting"

RECAPTCHA_ENABLED=true
RECAPTCHA_WEBSITE_KEY=${k.n('6L' + k.g.base64url(38))}
`,
  ),

  gDoc(
    'game-wings-config',
    ['config-syntax', 'credential-file', 'precision'],
    'etc/pterodactyl/config.yml',
    (k) => `debug: false
app_name: Pterodactyl
uuid: ${k.n(k.g.uuid())}
token_id: ${k.n(k.g.alnum(16))}
token: ${k.tok()}
api:
  host: 0.0.0.0
  port: 8080
  ssl:
    enabled: true
    cert: /etc/letsencrypt/live/node3.kaczkihosting.pl/fullchain.pem
    key: /etc/letsencrypt/live/node3.kaczkihosting.pl/privkey.pem
  upload_limit: 100
system:
  data: /var/lib/pterodactyl/volumes
  sftp:
    bind_port: 2022
allowed_mounts: []
remote: 'https://panel.kaczkihosting.pl'
`,
  ),

  gDoc(
    'game-pterodactyl-api-script',
    ['command-line', 'http-auth', 'code', 'precision'],
    'scripts/restart-all.sh',
    (k) => `#!/usr/bin/env bash
# Restarts every server on node3 before the nightly backup. Uses a CLIENT api key (account -> api credentials).
set -euo pipefail
PANEL=https://panel.kaczkihosting.pl
API_KEY="${k.prov('Pterodactyl', V.pteroClient(k.g))}"

for id in ${k.n('1a7ce997')} ${k.n('5b2f0c11')} ${k.n('d3e8aa40')}; do
  curl -s -X POST "$PANEL/api/client/servers/$id/power" \\
    -H "Authorization: Bearer $API_KEY" \\
    -H "Content-Type: application/json" \\
    -H "Accept: Application/vnd.pterodactyl.v1+json" \\
    -d '{"signal":"restart"}'
  sleep 20
done

# application API (admin) for the user sync cron
curl -s "$PANEL/api/application/users?per_page=100" \\
  -H "Authorization: Bearer ${k.prov('Pterodactyl', V.pteroApp(k.g))}" \\
  -H "Accept: application/json" | jq '.data[].attributes.username'
`,
  ),
];
