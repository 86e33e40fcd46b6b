// Unreal and the studio build farm: DefaultEngine.ini with EOS and online subsystems, DefaultGame.ini, BuildGraph,
// Horde, Perforce (.p4config, p4 tickets, P4PASSWD in Jenkins and TeamCity), shell history on build agents.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './gameValues';

export const GAME_UNREAL_DOCS: RealWorldDoc[] = [
  gDoc(
    'game-ue-default-engine-eos',
    ['config-syntax', 'precision'],
    'Config/DefaultEngine.ini',
    (k) => `[/Script/EngineSettings.GameMapsSettings]
GameDefaultMap=/Game/Maps/MainMenu.MainMenu
EditorStartupMap=/Game/Maps/Dev/Greybox_01.Greybox_01
GlobalDefaultGameMode=/Game/Core/BP_IronGameMode.BP_IronGameMode_C

[/Script/Engine.RendererSettings]
r.DynamicGlobalIlluminationMethod=1
r.ReflectionMethod=1
r.Shadow.Virtual.Enable=1
r.DefaultFeature.AutoExposure.ExtendDefaultLuminanceRange=True

[OnlineSubsystem]
DefaultPlatformService=EOS

[OnlineSubsystemEOS]
bEnabled=true

[/Script/OnlineSubsystemEOS.EOSSettings]
CacheDir=CacheDir
DefaultArtifactName=IronVeil
TickBudgetInMilliseconds=0
bEnableOverlay=True
bEnableSocialOverlay=True
bShouldEnforceBeingLaunchedByEGS=False
TitleStorageReadChunkLength=0
+Artifacts=(ArtifactName="IronVeil",ClientId="${k.n('xyza7891' + k.g.alnum(24))}",ClientSecret="${k.s('token', V.eosSecret(k.g))}",ProductId="${k.n(k.g.hex(32))}",SandboxId="${k.n(k.g.hex(32))}",DeploymentId="${k.n(k.g.hex(32))}",EncryptionKey="${k.s('token', k.g.hex(64))}")
bUseEAS=True
bUseEOSConnect=True
bMirrorStatsToEOS=False
bMirrorAchievementsToEOS=False

[/Script/OnlineSubsystemSteam.SteamNetDriver]
NetConnectionClassName="OnlineSubsystemSteam.SteamNetConnection"

[OnlineSubsystemSteam]
bEnabled=true
SteamDevAppId=${k.n('480')}
SteamAppId=${k.n(V.steamAppId(k.g))}
bInitServerOnClient=true

[CoreRedirects]
+ClassRedirects=(OldName="/Script/IronVeil.IVCharacter",NewName="/Script/IronVeil.IronCharacter")
`,
  ),

  gDoc(
    'game-ue-default-game-ini',
    ['config-syntax', 'precision'],
    'Config/DefaultGame.ini',
    (k) => `[/Script/EngineSettings.GeneralProjectSettings]
ProjectID=${k.n(k.g.hex(32).toUpperCase())}
ProjectName=Iron Veil
CompanyName=Ironclad Interactive
CopyrightNotice=Copyright Ironclad Interactive. All Rights Reserved.
ProjectVersion=0.9.3

[/Script/UnrealEd.ProjectPackagingSettings]
Build=IfProjectHasCode
BuildConfiguration=PPBC_Shipping
UsePakFile=True
bUseIoStore=True
bShareMaterialShaderCode=True
bEncryptPakIniFiles=True
bEncryptPakIndex=True
+DirectoriesToAlwaysCook=(Path="/Game/Maps")

[/Script/CryptoKeys.CryptoKeysSettings]
EncryptionKey=${k.s('token', k.g.base64(43) + '=')}
bEnablePakSigning=True
bEnablePakIndexEncryption=True
bEnablePakIniEncryption=True
bEnablePakUAssetEncryption=False
bEnablePakFullAssetEncryption=False
SigningModulus=${k.n(k.g.base64(172) + '=')}
SigningPublicExponent=${k.n('AQAB')}
SigningPrivateExponent=${k.s('private-key', k.g.base64(171) + '=')}

[/Script/IronVeil.IVTelemetrySettings]
Endpoint=https://telemetry.ironveil.gg/ingest
; the ingest key is injected by the build (BuildGraph -set:TelemetryKey=...), never commit it here
IngestKey=
`,
  ),

  gDoc(
    'game-ue-buildgraph',
    ['config-syntax', 'command-line', 'precision'],
    'Build/Graph/IronVeil.xml',
    (k) => `<?xml version='1.0' ?>
<BuildGraph xmlns="http://www.epicgames.com/BuildGraph" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Option Name="TargetPlatforms" DefaultValue="Win64" Description="Platforms to build"/>
  <Option Name="SteamBranch" DefaultValue="qa" Description="Steam branch to set live"/>
  <Option Name="TelemetryKey" DefaultValue="" Description="Injected by Horde from the secret store"/>

  <Property Name="SteamUser" Value="ironclad_builder"/>
  <Property Name="SteamPassword" Value="${k.spw()}"/>
  <Property Name="SymbolServerToken" Value="${k.tok()}"/>

  <Agent Name="Compile" Type="Win64">
    <Node Name="Compile Game Win64">
      <Compile Target="IronVeil" Platform="Win64" Configuration="Shipping"/>
    </Node>
  </Agent>

  <Agent Name="Deploy" Type="Win64">
    <Node Name="Upload to Steam" Requires="Compile Game Win64">
      <Spawn Exe="C:\\steamworks\\tools\\ContentBuilder\\builder\\steamcmd.exe" Arguments="+login $(SteamUser) $(SteamPassword) +run_app_build ..\\scripts\\app_build_${k.n(V.steamAppId(k.g))}.vdf +quit"/>
    </Node>
    <Node Name="Upload Symbols" Requires="Compile Game Win64">
      <Spawn Exe="curl" Arguments="-H &quot;Authorization: Bearer $(SymbolServerToken)&quot; -T Saved/Symbols.zip https://symbols.ironveil.gg/upload"/>
    </Node>
  </Agent>
</BuildGraph>
`,
  ),

  gDoc(
    'game-p4config',
    ['config-syntax', 'credential-file', 'precision'],
    '.p4config',
    (k) => `P4PORT=ssl:perforce.ironclad.local:1666
P4USER=mwisniewski
P4CLIENT=mwisniewski_IronVeil_Main
P4PASSWD=${k.spw()}
P4IGNORE=.p4ignore
P4CHARSET=utf8
P4EDITOR=code --wait
`,
  ),

  gDoc('game-p4-tickets-and-history', ['command-line', 'credential-file', 'logs-and-output', 'precision'], 'notes/buildagent-03-history.txt', (k) => {
    const ticket = V.p4Ticket(k.g);
    return `buildagent@BA-03:~$ cat ~/.p4tickets
ssl:perforce.ironclad.local:1666=buildfarm:${k.s('token', ticket)}
localhost:1666=mwisniewski:${k.s('token', V.p4Ticket(k.g))}
buildagent@BA-03:~$ cat ~/.p4trust
ssl:10.20.0.15:1666 ${k.n('9A:2F:71:0C:4B:E3:18:55:AA:6D:C0:91:7E:33:F4:02:8B:19:6A:D7')}
buildagent@BA-03:~$ p4 -u buildfarm login -a
Enter password:
User buildfarm logged in.
buildagent@BA-03:~$ p4 -u buildfarm -P ${k.spw()} sync //IronVeil/Main/...@${k.n('48213')}
//IronVeil/Main/Content/Maps/Greybox_01.umap#12 - updating /work/IronVeil/Content/Maps/Greybox_01.umap
//IronVeil/Main/Source/IronVeil/IronCharacter.cpp#88 - updating /work/IronVeil/Source/IronVeil/IronCharacter.cpp
buildagent@BA-03:~$ p4 changes -m3 //IronVeil/Main/...
Change 48213 on 2025/03/11 by kbaran@kbaran_ws 'Fix hitch in ShaderCompileWorker '
Change 48212 on 2025/03/11 by mwisniewski@mwisniewski_IronVeil_Main 'Greybox pass on level 1 '
Change 48207 on 2025/03/10 by buildfarm@ba03 'Automated: bump version 0.9.3 '
buildagent@BA-03:~$ p4 tickets
ssl:perforce.ironclad.local:1666 (buildfarm) ${k.s('token', ticket)}
`;
  }),

  gDoc(
    'game-jenkinsfile-p4-steam',
    ['code', 'config-syntax', 'command-line', 'precision'],
    'Jenkinsfile',
    (k) => `pipeline {
  agent { label 'win64-ue5' }
  options { timestamps(); buildDiscarder(logRotator(numToKeepStr: '20')) }
  environment {
    UE_ROOT      = 'D:\\\\UE_5.4'
    P4PORT       = 'ssl:perforce.ironclad.local:1666'
    P4USER       = 'buildfarm'
    P4PASSWD     = credentials('p4-buildfarm')
    STEAM_USER   = 'ironclad_builder'
    STEAM_PASS   = '${k.spw()}'
    DISCORD_HOOK = '${k.prov('Discord webhook', V.discordHook(k.g))}'
  }
  stages {
    stage('Sync') {
      steps {
        p4sync charset: 'none', credential: 'p4-buildfarm', populate: autoClean(quiet: true), source: depotSource('//IronVeil/Main/...')
      }
    }
    stage('BuildCookRun') {
      steps {
        bat '"%UE_ROOT%\\\\Engine\\\\Build\\\\BatchFiles\\\\RunUAT.bat" BuildCookRun -project=%WORKSPACE%\\\\IronVeil.uproject -platform=Win64 -clientconfig=Shipping -build -cook -stage -pak -archive -archivedirectory=%WORKSPACE%\\\\Archive'
      }
    }
    stage('Steam upload') {
      when { branch 'release/*' }
      steps {
        bat 'steamcmd.exe +login %STEAM_USER% %STEAM_PASS% +run_app_build ..\\\\scripts\\\\app_build.vdf +quit'
      }
    }
  }
  post {
    failure { bat "curl -H \\"Content-Type: application/json\\" -d \\"{\\\\\\"content\\\\\\": \\\\\\"Build %BUILD_NUMBER% failed\\\\\\"}\\" %DISCORD_HOOK%" }
  }
}
`,
  ),

  gDoc(
    'game-teamcity-build-params',
    ['config-syntax', 'precision'],
    '.teamcity/settings.kts',
    (k) => `import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.script
import jetbrains.buildServer.configs.kotlin.vcs.PerforceVcsRoot

version = "2024.03"

project {
    vcsRoot(IronVeilP4)
    buildType(NightlyShipping)
    params {
        password("env.P4PASSWD", "${k.n('credentialsJSON:' + k.g.uuid())}", display = ParameterDisplay.HIDDEN)
        param("env.SENTRY_ORG", "ironclad")
        param("env.SENTRY_AUTH_TOKEN", "${k.prov('Sentry', V.sentryUser(k.g))}")
    }
}

object IronVeilP4 : PerforceVcsRoot({
    name = "IronVeil Main"
    port = "ssl:perforce.ironclad.local:1666"
    mode = stream { streamName = "//IronVeil/Main" }
    userName = "buildfarm"
    password = "${k.spw()}"
    workspaceOptions = "allwrite noclobber nocompress unlocked nomodtime rmdir"
})

object NightlyShipping : BuildType({
    name = "Nightly Shipping"
    steps {
        script {
            scriptContent = """
                call RunUAT.bat BuildCookRun -project=%teamcity.build.checkoutDir%\\IronVeil.uproject -platform=Win64 -clientconfig=Shipping -build -cook -stage -pak
                sentry-cli debug-files upload --org ironclad --project ironveil Saved\\StagedBuilds
            """.trimIndent()
        }
    }
})
`,
  ),

  gDoc(
    'game-horde-server-json',
    ['config-syntax', 'precision'],
    'Horde/Server.json',
    (k) => `{
  "Horde": {
    "HttpPort": 13340,
    "Http2Port": 13342,
    "ServerUrl": "https://horde.ironclad.local",
    "DatabaseConnectionString": "mongodb://horde:${k.cs()}@mongo.ironclad.local:27017/Horde?authSource=admin",
    "RedisConnectionConfig": "redis.ironclad.local:6379,password=${k.cs()}",
    "AuthMethod": "OpenIdConnect",
    "OidcAuthority": "https://login.microsoftonline.com/${k.n(k.g.uuid())}/v2.0",
    "OidcClientId": "${k.n(k.g.uuid())}",
    "OidcClientSecret": "${k.s('token', V.eosSecret(k.g).slice(0, 34) + '~' + k.g.alnum(5))}",
    "JwtIssuer": "https://horde.ironclad.local",
    "JwtSecret": "${k.s('token', k.g.base64(44))}",
    "Perforce": [
      {
        "Id": "default",
        "ServerAndPort": "ssl:perforce.ironclad.local:1666",
        "Credentials": { "UserName": "horde-svc", "Password": "${k.spw()}" }
      }
    ],
    "Plugins": {
      "Build": { "SlackToken": "${k.prov('Slack', V.slackBot(k.g))}", "UpdateStreamChannel": "#build-status" }
    }
  }
}
`,
  ),

  gDoc(
    'game-ue-uat-log',
    ['logs-and-output', 'precision'],
    'Saved/Logs/UAT_Log.txt',
    (
      k,
    ) => `Parsing command line: BuildCookRun -project=D:/IronVeil/IronVeil.uproject -platform=Win64 -clientconfig=Shipping -build -cook -stage -pak -archive -archivedirectory=D:/Archive -ScriptsForProject=D:/IronVeil/IronVeil.uproject
Initializing script modules...
Total script module initialization time: 1.24 s.
Executing commands...
Setting up ProjectParams for D:/IronVeil/IronVeil.uproject
********** BUILD COMMAND STARTED **********
Running: D:\\UE_5.4\\Engine\\Binaries\\DotNET\\UnrealBuildTool\\UnrealBuildTool.exe IronVeil Win64 Shipping -Project=D:\\IronVeil\\IronVeil.uproject -NoUBTMakefiles -Manifest=D:\\UE_5.4\\Engine\\Intermediate\\Build\\Manifest.xml -NoHotReload -log="C:\\Users\\buildfarm\\AppData\\Roaming\\Unreal Engine\\AutomationTool\\Logs\\UBT-IronVeil-Win64-Shipping.txt"
  Log file: C:\\Users\\buildfarm\\AppData\\Roaming\\Unreal Engine\\AutomationTool\\Logs\\UBT-IronVeil-Win64-Shipping.txt
  Using 'git status' to determine working set for adaptive non-unity build (D:\\IronVeil).
  Building IronVeil...
  [1/412] Compile [x64] Module.IronVeil.1.cpp
  [412/412] WriteMetadata IronVeil.target
Took 612.41s to run UnrealBuildTool.exe, ExitCode=0
********** COOK COMMAND STARTED **********
  LogCook: Display: Cook Diagnostics: OpenFileHandles=412, VirtualMemory=12588MiB
  LogPakFile: Display: Using command line for crypto configuration
  LogPakFile: Display: Loading crypto keys from D:\\IronVeil\\Saved\\Cooked\\Win64\\IronVeil\\Metadata\\Crypto.json
  LogPakFile: Display: Pak index hash ${k.n(V.sha1(k.g).toUpperCase())}
  LogDerivedDataCache: Display: ZenLocal: Using ZenServer HTTP service at http://[::1]:8558/ with namespace ue.ddc status: OK!.
  LogHttp: Warning: Retrying request to https://telemetry.ironveil.gg/ingest?key=${k.http(k.g.hex(40))} (attempt 2/3)
********** STAGE COMMAND COMPLETED **********
Running: steamcmd.exe +login ironclad_builder ******** +run_app_build ..\\scripts\\app_build.vdf +quit
Steam Console Client (c) Valve Corporation - version 1711478234
Logging in user 'ironclad_builder' [U:1:${k.n(k.g.digits(9))}] to Steam Public...OK
Waiting for client config...OK
Building depot ${k.n(V.steamAppId(k.g))}...
Successfully finished AppID build (BuildID ${k.n(k.g.digits(8))}).
BUILD SUCCESSFUL
AutomationTool executed for 0h 27m 41s
AutomationTool exiting with ExitCode=0 (Success)
`,
  ),

  gDoc(
    'game-ue-crypto-json',
    ['credential-file', 'config-syntax', 'precision'],
    'Saved/Cooked/Win64/IronVeil/Metadata/Crypto.json',
    (k) => `{
  "$types": {
    "UnrealBuildTool.EncryptionAndSigning+CryptoSettings, UnrealBuildTool, Version=4.0.0.0, Culture=neutral, PublicKeyToken=null": "1",
    "UnrealBuildTool.EncryptionAndSigning+EncryptionKey, UnrealBuildTool, Version=4.0.0.0, Culture=neutral, PublicKeyToken=null": "2",
    "UnrealBuildTool.EncryptionAndSigning+SigningKeyPair, UnrealBuildTool, Version=4.0.0.0, Culture=neutral, PublicKeyToken=null": "3"
  },
  "$type": "1",
  "EncryptionKey": {
    "$type": "2",
    "Name": null,
    "Guid": null,
    "Key": "${k.s('token', k.g.base64(43) + '=')}"
  },
  "SigningKey": null,
  "bEnablePakSigning": false,
  "bEnablePakIndexEncryption": true,
  "bEnablePakIniEncryption": true,
  "bEnablePakUAssetEncryption": false,
  "bEnablePakFullAssetEncryption": false,
  "bDataCryptoRequired": true,
  "PakEncryptionRequired": true,
  "PakSigningRequired": false,
  "SecondaryEncryptionKeys": null
}
`,
  ),
];
