// Logs and output from the game world: server consoles, RCON sessions, panel startup logs, CI build logs,
// crash dumps and launcher logs, where passwords and tokens slip through next to ids, hashes and seeds.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './gameValues';

export const GAME_LOG_DOCS: RealWorldDoc[] = [
  gDoc(
    'game-mc-latest-log',
    ['logs-and-output', 'precision'],
    'logs/latest.log',
    (k) => `[19:22:41] [ServerMain/INFO]: Environment: Environment[sessionHost=https://sessionserver.mojang.com, servicesHost=https://api.minecraftservices.com, name=PROD]
[19:22:43] [ServerMain/INFO]: Loaded 1290 recipes
[19:22:44] [Server thread/INFO]: Starting minecraft server version 1.21.4
[19:22:44] [Server thread/INFO]: Loading properties
[19:22:44] [Server thread/INFO]: This server is running Paper version 1.21.4-${k.n('211')}-main@${k.n(k.g.hex(7))} (2025-03-02T11:04:19Z) (Implementing API version 1.21.4-R0.1-SNAPSHOT)
[19:22:45] [Server thread/INFO]: Server Ping Player Sample Count: 12
[19:22:45] [Server thread/INFO]: Using 4 threads for Netty based IO
[19:22:46] [Server thread/INFO]: [LuckPerms] Loading configuration...
[19:22:47] [Server thread/INFO]: [LuckPerms] Loading storage provider... [MYSQL]
[19:22:47] [Server thread/WARN]: [AuthMe] Debug: connecting with jdbc:mysql://10.0.4.12:3306/authme?user=authme&password=${k.cs()}&useSSL=false
[19:22:48] [Server thread/INFO]: Preparing level "world"
[19:22:48] [Server thread/INFO]: Seed: [${k.n(V.seed(k.g))}]
[19:22:52] [Server thread/INFO]: Done (7.412s)! For help, type "help"
[19:22:52] [Server thread/INFO]: Starting remote control listener
[19:22:52] [Server thread/INFO]: Thread RCON Listener started
[19:22:52] [Server thread/INFO]: RCON running on 0.0.0.0:25575
[19:24:10] [User Authenticator #0/INFO]: UUID of player ghastlybob is ${k.n(k.g.uuid())}
[19:24:11] [Server thread/INFO]: ghastlybob joined the game
[19:25:02] [Server thread/INFO]: ghastlybob issued server command: /login ${k.hpw()}
[19:25:40] [Server thread/INFO]: Notch_Fan_1999 issued server command: /register ${k.hpw()} ${k.n('<repeat>')}
[19:31:12] [Server thread/INFO]: [AuthMe] ghastlybob logged in ${k.n('(IP: 83.24.***.***)')}
`,
  ),

  gDoc(
    'game-rcon-cli-session',
    ['command-line', 'logs-and-output', 'precision'],
    'notes/rcon-session.txt',
    (k) => `$ mcrcon -H play.wolfsburg-mc.de -P 25575 -p ${k.spw()} -t
Logged in. Type 'quit' or 'exit' to quit.
> list
There are 7 of a max of 40 players online: ghastlybob, Notch_Fan_1999, kasia_w, tomek_b, xXSlayerXx, Merle, Jonas
> whitelist add Henrike_07
Added Henrike_07 to the whitelist
> save-all flush
Saving the game (this may take a moment!)
Saved the game
> quit

$ rcon-cli --host 10.0.4.22 --port 25575 --password ${k.spw()} "say Restart in 5 minutes"
$ ./rcon -a 127.0.0.1:28016 -p "${k.spw()}" -t web "oxide.reload *"
`,
  ),

  gDoc(
    'game-pterodactyl-startup-log',
    ['logs-and-output', 'precision'],
    'support/ticket-4412-console.txt',
    (k) => `container@pterodactyl~ Server marked as starting...
[Pterodactyl Daemon]: Checking server disk space usage, this could take a few seconds...
[Pterodactyl Daemon]: Updating process configuration files...
[Pterodactyl Daemon]: Ensuring file permissions are set correctly, this could take a few seconds...
container@pterodactyl~ java -version
openjdk version "21.0.4" 2024-07-16 LTS
container@pterodactyl~ ./steamcmd/steamcmd.sh +force_install_dir /home/container +login ${k.n('anonymous')} +app_update ${k.n('2394010')} validate +quit
container@pterodactyl~ ./PalServer.sh -port=8211 -players=16 -useperfthreads -NoAsyncLoadingThread -UseMultithreadForDS -publiclobby -ServerName="Palverse EU" -ServerPassword="${k.spw()}" -AdminPassword="${k.spw()}"
Shutdown handler: initalized.
[S_API] SteamAPI_Init(): Loaded '/home/container/.steam/sdk64/steamclient.so' OK.
Setting breakpad minidump AppID = ${k.n('2394010')}
[S_API FAIL] Tried to access Steam interface SteamUser021 before SteamAPI_Init succeeded.
Game version is v0.4.11.${k.n(k.g.digits(5))}
Running Palworld dedicated server on :8211
`,
  ),

  gDoc(
    'game-ci-build-log-unity',
    ['logs-and-output', 'precision'],
    'ci-logs/unity-build-android-1187.log',
    (k) => `2025-03-11T02:14:07.1189034Z ##[group]Run game-ci/unity-builder@v4
2025-03-11T02:14:07.1189952Z with:
2025-03-11T02:14:07.1190211Z   targetPlatform: Android
2025-03-11T02:14:07.1190533Z   androidKeystoreName: lanternkeeper.keystore
2025-03-11T02:14:07.1190911Z   androidKeystoreBase64: ***
2025-03-11T02:14:07.1191207Z   androidKeystorePass: ***
2025-03-11T02:14:07.1191540Z   androidKeyaliasName: upload
2025-03-11T02:14:07.1191874Z   androidKeyaliasPass: ***
2025-03-11T02:14:07.1192200Z env:
2025-03-11T02:14:07.1192436Z   UNITY_LICENSE: ***
2025-03-11T02:14:07.1192694Z   UNITY_EMAIL: ***
2025-03-11T02:14:07.1192946Z   UNITY_PASSWORD: ***
2025-03-11T02:14:07.1193232Z ##[endgroup]
2025-03-11T02:15:44.8812093Z Cache key: Library-Android-${k.n(V.sha256(k.g))}
2025-03-11T02:21:19.2204716Z [Gradle] Executing: /opt/unity/Editor/Data/PlaybackEngines/AndroidPlayer/OpenJDK/bin/java -classpath "gradle-launcher-7.5.1.jar" org.gradle.launcher.GradleMain "-Dorg.gradle.jvmargs=-Xmx4096m" "-Pandroid.injected.signing.store.file=/github/workspace/lanternkeeper.keystore" "-Pandroid.injected.signing.store.password=${k.spw()}" "-Pandroid.injected.signing.key.alias=upload" "-Pandroid.injected.signing.key.password=${k.spw()}" "bundleRelease"
2025-03-11T02:29:55.0031947Z BUILD SUCCESSFUL in 8m 35s
2025-03-11T02:29:55.4401200Z Build succeeded: Build/Android/Android.aab (${k.n(V.sha1(k.g))})
`,
  ),

  gDoc(
    'game-steamcmd-log-leak',
    ['logs-and-output', 'command-line', 'precision'],
    'ci-logs/steam-upload-331.txt',
    (k) => `+ steamcmd +login slimeshop_deploy ${k.spw()} +run_app_build /builds/papercut/slime-shop/steam/scripts/app_build.vdf +quit
Redirecting stderr to '/root/Steam/logs/stderr.txt'
[  0%] Checking for available updates...
[----] Verifying installation...
Steam Console Client (c) Valve Corporation - version ${k.n('1728599010')}
-- type 'quit' to exit --
Loading Steam API...OK

Logging in user 'slimeshop_deploy' [U:1:${k.n(k.g.digits(9))}] to Steam Public...OK
Waiting for client config...OK
Waiting for user info...OK
Building depot ${k.n(V.steamAppId(k.g))}...

Scanning content        112.4 MB in 388 files  (verified)
Uploading content          41.2 MB in 3 chunks: 100% complete
Depot manifest ${k.n(k.g.digits(19))} (112.4 MB)
Successfully finished AppID ${k.n(V.steamAppId(k.g))} build (BuildID ${k.n(k.g.digits(8))}).
`,
  ),

  gDoc(
    'game-crash-dump-txt',
    ['logs-and-output', 'precision'],
    'crash-reports/crash-2025-03-09_22.41.07-server.txt',
    (k) => `---- Minecraft Crash Report ----
// Shall we play a game?

Time: 2025-03-09 22:41:07
Description: Exception in server tick loop

java.lang.RuntimeException: Could not connect to database
	at com.example.economy.db.Pool.open(Pool.java:88)
	at com.example.economy.EconomyPlugin.onEnable(EconomyPlugin.java:41)
Caused by: java.sql.SQLException: Access denied for user 'eco'@'10.0.4.22' (using password: YES)
	at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)

A detailed walkthrough of the error, its code path and all known details is as follows:
---------------------------------------------------------------------------------------

-- System Details --
Details:
	Minecraft Version: 1.20.1
	Minecraft Version ID: 1.20.1
	Operating System: Linux (amd64) version 6.1.0-18-amd64
	Java Version: 17.0.10, Eclipse Adoptium
	Memory: 2147483648 bytes (2048 MiB) / 8589934592 bytes (8192 MiB) up to 8589934592 bytes (8192 MiB)
	JVM Flags: 4 total; -Xms8G -Xmx8G -Deco.db.url=jdbc:mysql://10.0.4.12:3306/economy -Deco.db.password=${k.spw()}
	Fabric Mods: 
		fabric-api: Fabric API 0.92.2+1.20.1
	Server Running: true
	Player Count: 3 / 20; [ServerPlayer['ghastlybob'/${k.n(k.g.digits(3))}, l='ServerLevel[world]', x=-212.50, y=64.00, z=1103.31]]
	Data Packs: vanilla, fabric
	World Generation: Stable
	Is Modded: Definitely; Server brand changed to 'fabric'
	Type: Dedicated Server (map_server.txt)
`,
  ),

  gDoc(
    'game-launcher-log-oauth',
    ['logs-and-output', 'http-auth', 'precision'],
    'launcher/logs/launcher_log.txt',
    (k) => `[2025-03-10 18:02:11.402] [info]  Launcher v2.14.3 starting (build ${k.n(k.g.hex(10))})
[2025-03-10 18:02:11.980] [info]  Checking for updates at https://cdn.ironveil.gg/launcher/latest.json
[2025-03-10 18:02:12.311] [debug] GET https://account.ironveil.gg/api/v1/me
[2025-03-10 18:02:12.311] [debug]   Authorization: Bearer ${k.bearer()}
[2025-03-10 18:02:12.702] [info]  Logged in as player#${k.n(k.g.digits(4))}
[2025-03-10 18:02:13.015] [debug] POST https://account.ironveil.gg/oauth/token grant_type=refresh_token&refresh_token=${k.http(k.g.base64url(43))}&client_id=${k.n('launcher-desktop')}
[2025-03-10 18:02:13.440] [info]  Manifest hash ${k.n(V.sha256(k.g))}
[2025-03-10 18:02:15.981] [info]  Verified 1,204 files
[2025-03-10 18:02:16.002] [info]  Launching IronVeil.exe -epicenv=Prod -EpicPortal -AUTH_TYPE=exchangecode -AUTH_PASSWORD=${k.http(k.g.hex(32))} -epicusername="player" -epicuserid=${k.n(k.g.hex(32))}
[2025-03-10 18:05:44.118] [warn]  Game exited with code 0xC0000005
[2025-03-10 18:05:44.120] [info]  Crash report queued: ${k.n(k.g.uuid())}
`,
  ),

  gDoc(
    'game-ue-server-log',
    ['logs-and-output', 'precision'],
    'Saved/Logs/IronVeilServer.log',
    (k) => `Log file open, 03/11/25 21:07:33
LogWindows: Failed to load 'aqProf.dll' (GetLastError=126)
LogInit: Build: ++IronVeil+Main-CL-${k.n('48213')}
LogInit: Engine Version: 5.4.4-${k.n(k.g.digits(8))}+++UE5+Release-5.4
LogInit: Command Line:  -log -port=7777 -ServerAuthKey=${k.tok()} -MatchmakerUrl=http://matchmaker.live.svc:8080
LogOnline: OSS: Created online subsystem instance for: EOS
LogEOS: Verbose: EOSSDK-LogEOSAuth: Client credentials grant for ClientId=${k.n('xyza7891' + k.g.alnum(24))}
LogEOS: Verbose: EOSSDK-LogHttp: Request body: grant_type=client_credentials&deployment_id=${k.n(k.g.hex(32))}
LogEOS: Verbose: EOSSDK-LogHttp: Header: Authorization: Basic ${k.basic('xyza7891' + k.g.alnum(24))}
LogNet: GameNetDriver IpNetDriver_0 IpNetDriver listening on port 7777
LogGameMode: Match ${k.n(k.g.uuid())} started, map /Game/Maps/Arena_Docks, 10 players
LogAntiCheat: EAC server initialised (protected)
LogGameMode: Display: Match ended, winner team 1, duration 00:18:22
`,
  ),

  gDoc(
    'game-gmod-console-log',
    ['logs-and-output', 'precision'],
    'garrysmod/console.log',
    (k) => `Network: IP 0.0.0.0, mode MP, dedicated Yes, ports 27015 SV / 27005 CL
Initializing Steam libraries for secure Internet server
Logging into anonymous gameserver account.
Connection to Steam servers successful.
   Public IP is ${k.n(V.ipv4(k.g, '51'))}.
Assigned anonymous gameserver Steam ID [A:1:${k.n(k.g.digits(10))}:${k.n(k.g.digits(5))}].
VAC secure mode is activated.
] rcon_password ${k.spw()}
] sv_password
"sv_password" = "" ( def. "" )
 notify
 - Server password
L 03/11/2025 - 21:44:02: "Kowalsky<12><STEAM_0:1:${k.n(k.g.digits(8))}><>" connected, address "${k.n(V.ipv4(k.g, '89'))}:27005"
L 03/11/2025 - 21:44:07: "Kowalsky<12><STEAM_0:1:${k.n(k.g.digits(8))}><>" STEAM USERID validated
L 03/11/2025 - 21:45:19: rcon from "${k.n(V.ipv4(k.g, '89'))}:53122": command "ulx adduser Kowalsky superadmin"
L 03/11/2025 - 21:46:02: rcon from "${k.n(V.ipv4(k.g, '185'))}:40211": Bad Password
`,
  ),

  gDoc(
    'game-docker-logs-discord-bot',
    ['logs-and-output', 'precision'],
    'support/bot-crash.txt',
    (k) => `lfg-bot-1  | [2025-03-12 07:01:12] INFO     discord.client logging in using static token
lfg-bot-1  | [2025-03-12 07:01:13] ERROR    discord.client Attempting a login with an improper token has been made.
lfg-bot-1  | Traceback (most recent call last):
lfg-bot-1  |   File "/app/main.py", line 88, in <module>
lfg-bot-1  |     bot.run(TOKEN)
lfg-bot-1  |   File "/usr/local/lib/python3.12/site-packages/discord/client.py", line 860, in run
lfg-bot-1  |     asyncio.run(runner())
lfg-bot-1  | discord.errors.LoginFailure: Improper token has been passed.
lfg-bot-1  | DEBUG env dump: DISCORD_TOKEN=${k.prov('Discord bot token', V.discordBot(k.g))} MONGO_URL=mongodb://lfg:${k.cs()}@mongo:27017/lfg LOG_LEVEL=debug
lfg-bot-1 exited with code 1
`,
  ),
];
