// Game servers for friends, Discord/Telegram bots and maker tools: server.properties, Valheim/Factorio/Palworld
// settings, OctoPrint and Moonraker configs, bot source in Python, JavaScript and Go with hard-coded defaults.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './selfhostValues';

export const SELFHOST_MAKERS_DOCS: RealWorldDoc[] = [
  hDoc(
    'minecraft-server-properties',
    ['config-syntax', 'precision'],
    'minecraft/server.properties',
    (k) => `#Minecraft server properties
#Tue Mar 03 20:11:52 CET 2026
enable-rcon=true
rcon.password=${k.hpw()}
rcon.port=25575
level-seed=${k.n(`-${k.g.digits(18)}`)}
gamemode=survival
motd=\\u00A7aFriends only
white-list=true
server-port=25565
enforce-secure-profile=true
resource-pack-sha1=${k.n(H.sha1(k.g))}
management-server-secret=${k.s('token', k.g.alnum(40))}
`,
  ),

  hDoc(
    'valheim-start-script',
    ['command-line', 'precision'],
    'valheim/start_server.sh',
    (k) => `#!/bin/bash
export templdpath=$LD_LIBRARY_PATH
export LD_LIBRARY_PATH=./linux64:$LD_LIBRARY_PATH
export SteamAppId=892970
# world save checksum ${k.n(H.md5(k.g))}

echo "Starting server PRESS CTRL-C to exit"
./valheim_server.x86_64 -name "Vikings of the Garage" -port 2456 -world "Dedicated" -password "${k.s('password', `${k.g.pick(['Skol', 'Viking', 'Mead', 'Troll'])}${k.g.digits(4)}`)}" -crossplay -public 0
export LD_LIBRARY_PATH=$templdpath
`,
  ),

  hDoc(
    'factorio-server-settings',
    ['config-syntax', 'precision'],
    'factorio/data/server-settings.json',
    (k) => `{
  "name": "Spaghetti Inc.",
  "description": "friends only",
  "visibility": {"public": false, "lan": true},
  "username": "${k.g.lower(7)}",
  "password": "${k.n('')}",
  "token": "${k.s('token', k.g.hex(30))}",
  "game_password": "${k.hpw()}",
  "require_user_verification": true,
  "max_upload_in_kilobytes_per_second": 0,
  "autosave_interval": 10,
  "admins": ["${k.g.lower(7)}"]
}
`,
  ),

  hDoc(
    'palworld-settings-ini',
    ['config-syntax', 'precision'],
    'palworld/Pal/Saved/Config/LinuxServer/PalWorldSettings.ini',
    (k) => `[/Script/Pal.PalGameWorldSettings]
OptionSettings=(Difficulty=None,DayTimeSpeedRate=1.000000,ExpRate=1.500000,ServerName="Pals of ${k.g.pick(['Berlin', 'Lyon', 'Porto'])}",ServerDescription="",AdminPassword="${k.hpw()}",ServerPassword="${k.hpw()}",PublicPort=8211,RCONEnabled=True,RCONPort=25575,Region="",bUseAuth=True,BanListURL="https://api.palworldgame.com/api/banlist.txt")
; world id ${k.n(k.g.hex(32).toUpperCase())}
`,
  ),

  hDoc(
    'octoprint-config-yaml',
    ['config-syntax', 'precision'],
    'octoprint/config.yaml',
    (k) => `accessControl:
  salt: ${k.u(k.g.alnum(32))}
api:
  key: ${k.s('token', k.g.hex(32).toUpperCase())}
plugins:
  octoeverywhere:
    PrinterId: ${k.n(k.g.upper(40))}
  telegram:
    token: ${k.prov('Telegram', H.telegramBot(k.g))}
    chats:
      '${k.n(k.g.digits(9))}': {accept_commands: true}
  discordremote:
    channelid: '${k.n(`1${k.g.digits(18)}`)}'
server:
  firstRun: false
  secretKey: ${k.s('token', k.g.alnum(32))}
webcam:
  snapshot: http://127.0.0.1:8080/?action=snapshot
  stream: ${k.n('http://127.0.0.1:8080/?action=stream')}
`,
  ),

  hDoc(
    'moonraker-conf',
    ['config-syntax', 'precision'],
    'printer_data/config/moonraker.conf',
    (k) => `[server]
host: 0.0.0.0
port: 7125

[authorization]
trusted_clients:
    192.168.1.0/24
cors_domains:
    *.local

[notifier telegram]
url: tgram://${k.prov('Telegram', H.telegramBot(k.g))}/${k.n(k.g.digits(9))}
events: error, complete

[notifier discord]
url: ${k.prov('Discord webhook', H.discordHook(k.g))}
events: *

[update_manager mainsail]
type: web
repo: mainsail-crew/mainsail
# pinned ${k.n(H.sha1(k.g))}
`,
  ),

  hDoc(
    'python-discord-bot-config',
    ['code', 'defaults-in-code', 'precision'],
    'bot/config.py',
    (k) => `import os

# Discord bot for the friends server. Token from env in prod, hard-coded fallback for my laptop.
TOKEN = os.getenv("DISCORD_TOKEN", "${k.prov('Discord', H.discordBot(k.g))}")
GUILD_ID = int(os.getenv("GUILD_ID", "${k.n(`1${k.g.digits(18)}`)}"))
OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY", "${k.prov('OpenAI', H.openai(k.g))}")
PTERODACTYL_KEY = ${k.n('os.environ["PTERO_KEY"]')}
DEFAULT_ROLE = "Member"
EMBED_COLOR = 0x${k.n(k.g.hex(6))}
`,
  ),

  hDoc(
    'node-telegram-bot',
    ['code', 'defaults-in-code', 'precision'],
    'telegram-bot/index.js',
    (k) => `const TelegramBot = require('node-telegram-bot-api');
const { execSync } = require('child_process');

const token = process.env.BOT_TOKEN || '${k.prov('Telegram', H.telegramBot(k.g))}';
const ALLOWED = [${k.n(k.g.digits(9))}];
const bot = new TelegramBot(token, { polling: true });

bot.onText(/\\/wake/, (msg) => {
  if (!ALLOWED.includes(msg.chat.id)) return;
  execSync('wakeonlan ${k.n(H.mac(k.g))}');
  bot.sendMessage(msg.chat.id, 'Magic packet sent to the gaming PC');
});

bot.onText(/\\/status/, async (msg) => {
  const res = await fetch('http://192.168.1.2:61208/api/4/quicklook', { headers: { Authorization: 'Basic ${k.basic('glances')}' } });
  bot.sendMessage(msg.chat.id, JSON.stringify(await res.json()));
});
`,
  ),

  hDoc(
    'go-ddns-updater',
    ['code', 'defaults-in-code', 'precision'],
    'cmd/ddns/main.go',
    (k) => `package main

import (
	"fmt"
	"net/http"
	"os"
)

const (
	zoneID   = "${k.n(k.g.hex(32))}"
	recordID = "${k.n(k.g.hex(32))}"
	// TODO move to env
	apiToken = "${k.prov('Cloudflare', H.cfToken(k.g))}"
)

func main() {
	token := os.Getenv("CF_TOKEN")
	if token == "" {
		token = apiToken
	}
	req, _ := http.NewRequest("PATCH", fmt.Sprintf("https://api.cloudflare.com/client/v4/zones/%s/dns_records/%s", zoneID, recordID), nil)
	req.Header.Set("Authorization", "Bearer "+token)
	http.DefaultClient.Do(req)
}
`,
  ),

  hDoc(
    'pterodactyl-wings-config',
    ['config-syntax', 'precision'],
    'etc/pterodactyl/config.yml',
    (k) => `debug: false
uuid: ${k.n(k.g.uuid())}
token_id: ${k.u(k.g.alnum(16))}
token: ${k.s('token', k.g.alnum(64))}
api:
  host: 0.0.0.0
  port: 8080
  ssl: { enabled: true, cert: /etc/letsencrypt/live/node1.example.net/fullchain.pem, key: /etc/letsencrypt/live/node1.example.net/privkey.pem }
system:
  data: /var/lib/pterodactyl/volumes
  sftp: { bind_port: 2022 }
remote: https://panel.example.net
allowed_origins: [${k.n('"*"')}]
`,
  ),

  hDoc(
    'ark-game-user-settings',
    ['config-syntax', 'precision'],
    'ark/ShooterGame/Saved/Config/WindowsServer/GameUserSettings.ini',
    (k) => `[ServerSettings]
ServerPassword=${k.hpw()}
ServerAdminPassword=${k.s('password', H.safePw(k.g))}
RCONEnabled=True
RCONPort=27020
DifficultyOffset=1.0
ServerPVE=True
[SessionSettings]
SessionName=Dino Friends
Port=7777
QueryPort=27015
[/Script/Engine.GameSession]
MaxPlayers=10
; mod ids ${k.n(k.g.digits(9))},${k.n(k.g.digits(9))}
`,
  ),

  hDoc(
    'esp32-arduino-sketch',
    ['code', 'defaults-in-code', 'precision'],
    'sketches/plant_monitor/plant_monitor.ino',
    (k) => `#include <WiFi.h>
#include <PubSubClient.h>

const char* ssid = "${k.g.pick(['Heimnetz', 'Livebox-', 'MOVISTAR_'])}${k.g.hex(4).toUpperCase()}";
const char* password = "${k.spw()}";
// OTA password comes from ${k.n('secrets.h')}
const char* mqtt_server = "192.168.1.5";
const char* mqtt_user = "plants";
const char* mqtt_pass = "${k.spw()}";
// device id ${k.n(H.mac(k.g).toUpperCase())}

WiFiClient espClient;
PubSubClient client(espClient);

void setup() {
  WiFi.begin(ssid, password);
  client.setServer(mqtt_server, 1883);
}
`,
  ),
];
