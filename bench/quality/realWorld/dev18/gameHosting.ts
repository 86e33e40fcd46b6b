// More game server hosting: Arma/DayZ/BattlEye, 7 Days to Die, Project Zomboid, Terraria/TShock, TeamSpeak and
// Mumble for the clan, an admin's shell history, deploy keys and the LAN-party VPN.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './gameValues';

export const GAME_HOSTING_DOCS: RealWorldDoc[] = [
  gDoc(
    'game-arma3-server-cfg',
    ['config-syntax', 'precision'],
    'arma3/server.cfg',
    (k) => `// Arma 3 server config - Altis Life EU #1
hostname = "[EU] Altis Life | Whitelisted Police | TS3: ts.altislife-eu.net";
password = "${k.spw()}";                 // Password to join, leave empty for public
passwordAdmin = "${k.spw()}";            // #login <pass> in chat
serverCommandPassword = "${k.spw()}";    // used by the mission scripts (serverCommand)
logFile = "server_console.log";
motd[] = { "Welcome to Altis Life EU", "Read the rules on our website", "Have fun!" };
motdInterval = 5;
maxPlayers = 90;
kickDuplicate = 1;
verifySignatures = 2;
allowedFilePatching = 0;
BattlEye = 1;
persistent = 1;
class Missions {
    class AltisLife {
        template = "Altis_Life.Altis";
        difficulty = "Custom";
    };
};
`,
  ),

  gDoc(
    'game-dayz-server-and-battleye',
    ['config-syntax', 'precision'],
    'dayz/serverDZ.cfg',
    (k) => `hostname = "Chernarus Survivors PvE | Loot+ | Traders";
password = "";
passwordAdmin = "${k.spw()}";
enableWhitelist = 0;
maxPlayers = 60;
verifySignatures = 2;
forceSameBuild = 1;
disableVoN = 0;
vonCodecQuality = 20;
serverTime="SystemTime";
serverTimeAcceleration=6;
serverNightTimeAcceleration=4;
guaranteedUpdates=1;
loginQueueConcurrentPlayers=5;
instanceId = 1;
storageAutoFix = 1;
class Missions
{
    class DayZ
    {
        template="dayzOffline.chernarusplus";
    };
};

// ---- battleye/beserver_x64.cfg ----
// RConPassword ${k.spw()}
// RestrictRCon 0
// RConPort 2306
`,
  ),

  gDoc(
    'game-7dtd-serverconfig-xml',
    ['config-syntax', 'precision'],
    '7dtd/serverconfig.xml',
    (k) => `<?xml version="1.0"?>
<ServerSettings>
	<!-- GENERAL SERVER SETTINGS -->
	<property name="ServerName"				value="Horde Night Heroes | PvE | A21"/>
	<property name="ServerDescription"		value="Friendly PvE, weekly horde events"/>
	<property name="ServerWebsiteURL"		value="https://hordenight.example"/>
	<property name="ServerPassword"			value="${k.spw()}"/>
	<property name="ServerLoginConfirmationText"	value="" />
	<property name="Region"					value="Europe" />
	<property name="Language"				value="German" />

	<!-- NETWORKING -->
	<property name="ServerPort"				value="26900"/>
	<property name="ServerVisibility"		value="2"/>
	<property name="ServerMaxPlayerCount"	value="16"/>

	<!-- ADMIN INTERFACES -->
	<property name="WebDashboardEnabled"	value="true"/>
	<property name="WebDashboardPort"		value="8080"/>
	<property name="TelnetEnabled"			value="true"/>
	<property name="TelnetPort"				value="8081"/>
	<property name="TelnetPassword"			value="${k.spw()}"/>
	<property name="TelnetFailedLoginLimit"	value="10"/>

	<!-- WORLD -->
	<property name="GameWorld"				value="RWG"/>
	<property name="WorldGenSeed"			value="${k.n(k.g.lower(10))}"/>
	<property name="WorldGenSize"			value="8192"/>
	<property name="GameName"				value="${k.n('HordeNight-' + k.g.digits(4))}"/>
</ServerSettings>
`,
  ),

  gDoc(
    'game-zomboid-servertest-ini',
    ['config-syntax', 'precision'],
    'Zomboid/Server/servertest.ini',
    (k) => `PVP=false
PauseEmpty=true
GlobalChat=true
ChatStreams=s,r,a,w,y,sh,f,all
Open=false
ServerWelcomeMessage=Welcome to Knox Survivors! <LINE> Rules on Discord.
AutoCreateUserInWhiteList=false
DisplayUserName=true
SpawnPoint=0,0,0
SafetySystem=true
Map=Muldraugh, KY
Mods=${k.n('Hydrocraft;ORGM;Brita')}
WorkshopItems=${k.n('498441420;2313387159;2200148440')}
Password=${k.spw()}
RCONPort=27015
RCONPassword=${k.spw()}
DiscordEnable=true
DiscordToken=${k.prov('Discord bot token', V.discordBot(k.g))}
DiscordChannel=server-chat
DiscordChannelID=${k.n(V.snowflake(k.g))}
MaxPlayers=24
PingLimit=400
HoursForLootRespawn=0
SteamVAC=true
UPnP=false
`,
  ),

  gDoc(
    'game-tshock-config',
    ['config-syntax', 'precision'],
    'tshock/config.json',
    (k) => `{
  "Settings": {
    "ServerPassword": "${k.pw()}",
    "ServerPort": 7777,
    "MaxSlots": 16,
    "ServerName": "Moon Lord Farmers",
    "UseServerName": true,
    "LogPath": "tshock/logs",
    "DebugLogs": false,
    "DisableLoginBeforeJoin": false,
    "AutoSave": true,
    "AnnounceSave": true,
    "BackupInterval": 30,
    "BackupKeepFor": 240,
    "StorageType": "mysql",
    "MySqlHost": "localhost:3306",
    "MySqlDbName": "tshock",
    "MySqlUsername": "tshock",
    "MySqlPassword": "${k.pw()}",
    "RestApiEnabled": true,
    "RestApiPort": 7878,
    "ApplicationRestTokens": {
      "${k.tok()}": {
        "Username": "DiscordBridge",
        "UserGroupName": "superadmin"
      }
    },
    "EnableTokenEndpointAuthentication": true
  }
}
`,
  ),

  gDoc(
    'game-terraria-serverconfig',
    ['config-syntax', 'precision'],
    'terraria/serverconfig.txt',
    (k) => `#this is an example config file for TerrariaServer.exe
#use the command 'TerrariaServer.exe -config serverconfig.txt' to use this configuration or run start-server.bat
world=/home/terraria/.local/share/Terraria/Worlds/MoonLord.wld
autocreate=3
seed=${k.n(k.g.digits(9))}
worldname=MoonLord
difficulty=1
maxplayers=16
port=7777
password=${k.spw()}
motd=Welcome to Moon Lord Farmers! Be nice.
worldpath=/home/terraria/.local/share/Terraria/Worlds/
banlist=banlist.txt
secure=1
language=en-US
upnp=0
npcstream=60
priority=1
`,
  ),

  gDoc(
    'game-teamspeak-first-start-log',
    ['logs-and-output', 'precision'],
    'teamspeak/logs/ts3server_first_start.log',
    (k) => `2025-02-01 10:11:02.417201|INFO    |ServerLibPriv |   |TeamSpeak 3 Server 3.13.7 (2022-06-20 12:21:53)
2025-02-01 10:11:02.417412|INFO    |ServerLibPriv |   |SystemInformation: Linux 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian x86_64 Binary: 64bit
2025-02-01 10:11:02.492311|INFO    |DatabaseQuery |   |dbPlugin name:    SQLite3 plugin, Version 3, (c)TeamSpeak Systems GmbH
2025-02-01 10:11:02.601004|INFO    |Accounting    |   |Licensing Information
2025-02-01 10:11:02.601233|INFO    |Accounting    |   |licensed to       : Anonymous
------------------------------------------------------------------
                      I M P O R T A N T                           
------------------------------------------------------------------
               Server Query Admin Account created                 
         loginname= "serveradmin", password= "${k.s('password', k.g.alnum(8))}"
         apikey= "${k.s('token', 'BAA' + k.g.base64url(37))}"
------------------------------------------------------------------

------------------------------------------------------------------
                      I M P O R T A N T                           
------------------------------------------------------------------
      ServerAdmin privilege key created, please use it to gain 
      serveradmin rights for your virtualserver. please
      also check the doc/privilegekey_guide.txt for details.

       token=${k.s('token', k.g.base64(40).replace(/[+/]/g, 'u'))}
------------------------------------------------------------------
2025-02-01 10:11:03.115022|INFO    |VirtualServer |1  |listening on 0.0.0.0:9987, [::]:9987
`,
  ),

  gDoc(
    'game-mumble-ini',
    ['config-syntax', 'precision'],
    'mumble/mumble-server.ini',
    (k) => `; Mumble for the raid team
database=/var/lib/mumble-server/mumble-server.sqlite
icesecretwrite=${k.tok()}
logfile=/var/log/mumble-server/mumble-server.log
pidfile=/run/mumble-server/mumble-server.pid
welcometext="<br />Welcome to <b>Moonlit Raiders</b> voice.<br />Raid nights: Wed/Sun 20:00 CET<br />"
port=64738
serverpassword=${k.spw()}
bandwidth=72000
users=50
registerName=Moonlit Raiders
sslCert=/etc/letsencrypt/live/voice.moonlitraiders.eu/fullchain.pem
sslKey=/etc/letsencrypt/live/voice.moonlitraiders.eu/privkey.pem
`,
  ),

  gDoc(
    'game-admin-bash-history',
    ['command-line', 'precision'],
    'home/mcadmin/.bash_history',
    (k) => `cd /opt/minecraft/survival
screen -r survival
tail -f logs/latest.log
mysql -u root -p${k.spw()} -e "CREATE DATABASE coreprotect; GRANT ALL ON coreprotect.* TO 'cp'@'localhost' IDENTIFIED BY '${k.spw()}';"
nano plugins/CoreProtect/config.yml
sshpass -p '${k.spw()}' rsync -avz world/ backup@10.0.4.50:/backups/survival/$(date +%F)/
java -Xms10G -Xmx10G -XX:+UseG1GC -jar paper-1.21.4-211.jar --nogui
sha256sum paper-1.21.4-211.jar
htop
mcrcon -H 127.0.0.1 -P 25575 -p "$RCON_PW" "whitelist reload"
curl -s -u admin:${k.spw()} http://127.0.0.1:8804/v1/server | jq .
exit
`,
  ),

  gDoc(
    'game-deploy-ssh-key',
    ['credential-file', 'precision'],
    'deploy/keys/gameserver_deploy',
    (k) => `${k.key(V.pem(k.g, 'OPENSSH PRIVATE KEY'))}
`,
  ),

  gDoc(
    'game-lanparty-wireguard',
    ['config-syntax', 'credential-file', 'precision'],
    'lanparty/wg0.conf',
    (k) => `# LAN party VPN so the remote folks can join the LAN-only games (AoE2, Warcraft 3)
[Interface]
Address = 10.66.66.1/24
ListenPort = 51820
PrivateKey = ${k.key(k.g.base64(43) + '=')}
PostUp = iptables -A FORWARD -i wg0 -j ACCEPT; iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
PostDown = iptables -D FORWARD -i wg0 -j ACCEPT; iptables -t nat -D POSTROUTING -o eth0 -j MASQUERADE

[Peer]
# Tomek
PublicKey = ${k.n(k.g.base64(43) + '=')}
PresharedKey = ${k.s('token', k.g.base64(43) + '=')}
AllowedIPs = 10.66.66.2/32

[Peer]
# Kasia
PublicKey = ${k.n(k.g.base64(43) + '=')}
AllowedIPs = 10.66.66.3/32
`,
  ),

  gDoc(
    'game-amp-instance-config',
    ['config-syntax', 'precision'],
    'AMP/instances/Valheim01/GenericModule.kvp',
    (k) => `Meta.GenericModule.ApplicationName=Valheim
Meta.GenericModule.AppID=${k.n('896660')}
Valheim.ServerName=Vikings of Ostfold
Valheim.WorldName=Ostfold
Valheim.ServerPassword=${k.spw()}
Valheim.Public=true
Valheim.Crossplay=true
Valheim.SaveInterval=1800
Steam.Username=
Steam.Password=
Login.UseAuthServer=false
Login.AdminUsername=admin
Login.AdminPassword=${k.spw()}
Monitoring.MonitorRAM=true
`,
  ),
];
