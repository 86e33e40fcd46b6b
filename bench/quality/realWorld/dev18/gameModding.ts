// Modding and streaming: Gradle publish blocks for CurseForge and Modrinth, Nexus Mods and Thunderstore uploads,
// mod manager configs, OBS service.json stream keys, Twitch/YouTube RTMP, StreamElements and Streamlabs tokens.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './gameValues';

export const GAME_MODDING_DOCS: RealWorldDoc[] = [
  gDoc(
    'game-mod-gradle-publish',
    ['code', 'config-syntax', 'precision'],
    'build.gradle',
    (k) => `plugins {
    id 'fabric-loom' version '1.7-SNAPSHOT'
    id 'maven-publish'
    id "com.modrinth.minotaur" version "2.+"
    id "net.darkhax.curseforgegradle" version "1.1.24"
}

version = project.mod_version
group = project.maven_group

base { archivesName = project.archives_base_name }

dependencies {
    minecraft "com.mojang:minecraft:\${project.minecraft_version}"
    mappings "net.fabricmc:yarn:\${project.yarn_mappings}:v2"
    modImplementation "net.fabricmc:fabric-loader:\${project.loader_version}"
    modImplementation "net.fabricmc.fabric-api:fabric-api:\${project.fabric_version}"
}

modrinth {
    token = "${k.prov('Modrinth', V.modrinth(k.g))}" // TODO use System.getenv("MODRINTH_TOKEN") before making the repo public
    projectId = "${k.n(k.g.alnum(8))}"
    versionNumber = project.mod_version
    versionType = "release"
    uploadFile = remapJar
    gameVersions = ["1.21", "1.21.1"]
    loaders = ["fabric", "quilt"]
    dependencies { required.project "fabric-api" }
}

task publishCurseForge(type: net.darkhax.curseforgegradle.TaskPublishCurseForge) {
    apiToken = "${k.s('token', k.g.uuid())}"
    def mainFile = upload(${k.n(k.g.digits(6))}, remapJar)
    mainFile.changelog = file('CHANGELOG.md').text
    mainFile.releaseType = 'release'
    mainFile.addModLoader('Fabric', 'Quilt')
    mainFile.addGameVersion('1.21', '1.21.1')
}

publishing {
    repositories {
        maven {
            name = "pixelforgeMaven"
            url = "https://maven.pixelforge.dev/releases"
            credentials {
                username = "deploy"
                password = "${k.pw()}"
            }
        }
    }
}
`,
  ),

  gDoc(
    'game-mod-gradle-properties-user',
    ['config-syntax', 'credential-file', 'precision'],
    'gradle-user-home/gradle.properties',
    (k) => `# ~/.gradle/gradle.properties on my laptop
org.gradle.daemon=true
org.gradle.jvmargs=-Xmx3G
modrinth_token=${k.prov('Modrinth', V.modrinth(k.g))}
curseforge_token=${k.s('token', k.g.uuid())}
pixelforgeMavenUsername=deploy
pixelforgeMavenPassword=${k.spw()}
signing.keyId=${k.n(k.g.hex(8).toUpperCase())}
signing.password=${k.pw()}
signing.secretKeyRingFile=/home/nika/.gnupg/secring.gpg
`,
  ),

  gDoc(
    'game-mod-github-release-workflow',
    ['config-syntax', 'precision'],
    '.github/workflows/publish.yml',
    (k) => `name: Publish
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with: { distribution: temurin, java-version: 21 }
      - run: ./gradlew build
      - uses: Kir-Antipov/mc-publish@v3.3
        with:
          modrinth-id: ${k.n(k.g.alnum(8))}
          modrinth-token: \${{ secrets.MODRINTH_TOKEN }}
          curseforge-id: ${k.n(k.g.digits(6))}
          curseforge-token: \${{ secrets.CURSEFORGE_TOKEN }}
          github-token: \${{ secrets.GITHUB_TOKEN }}
          files: build/libs/!(*-@(dev|sources|javadoc)).jar
          loaders: fabric quilt
          game-versions: 1.21.1
`,
  ),

  gDoc(
    'game-nexus-api-script',
    ['code', 'http-auth', 'precision'],
    'tools/nexus_check_updates.py',
    (k) => `#!/usr/bin/env python3
"""Checks my tracked Skyrim SE mods for updates via the Nexus Mods API (v1)."""
import requests

API_KEY = "${k.s('token', V.nexusKey(k.g))}"
HEADERS = {"apikey": API_KEY, "Application-Name": "nika-mod-checker", "Application-Version": "0.2"}

TRACKED = [266, 3863, 12604, 17230, ${k.n(k.g.digits(5))}]

for mod_id in TRACKED:
    r = requests.get(f"https://api.nexusmods.com/v1/games/skyrimspecialedition/mods/{mod_id}.json", headers=HEADERS, timeout=15)
    if r.status_code == 429:
        print("rate limited, daily quota:", r.headers.get("X-RL-Daily-Remaining"))
        break
    m = r.json()
    print(f"{mod_id:>6} {m['name'][:40]:<40} v{m['version']}  updated {m['updated_time']}")
`,
  ),

  gDoc(
    'game-thunderstore-toml',
    ['config-syntax', 'command-line', 'precision'],
    'thunderstore.toml',
    (k) => `[config]
schemaVersion = "0.0.1"

[package]
namespace = "NikaMods"
name = "BetterLanterns"
versionNumber = "1.2.0"
description = "Lanterns that actually light your way in Lethal Company."
websiteUrl = "https://github.com/nikamods/BetterLanterns"
containsNsfwContent = false

[package.dependencies]
BepInEx-BepInExPack = "5.4.2100"

[build]
icon = "./icon.png"
readme = "./README.md"
outdir = "./build"

[[build.copy]]
source = "./bin/Release/netstandard2.1/BetterLanterns.dll"
target = "BepInEx/plugins/BetterLanterns/"

[publish]
repository = "https://thunderstore.io"
communities = ["lethal-company"]

# publish: tcli publish --token ${k.s('token', V.thunderstore(k.g))}
`,
  ),

  gDoc(
    'game-obs-service-json',
    ['config-syntax', 'credential-file', 'precision'],
    'obs-studio/basic/profiles/Stream/service.json',
    (k) => `{
    "settings": {
        "bwtest": false,
        "key": "${k.prov('Twitch stream key', V.twitchStreamKey(k.g))}",
        "server": "rtmp://waw.contribute.live-video.net/app/",
        "service": "Twitch"
    },
    "type": "rtmp_common"
}
`,
  ),

  gDoc(
    'game-obs-multistream-profile',
    ['config-syntax', 'precision'],
    'obs-studio/plugin_config/obs-multi-rtmp/config.json',
    (k) => `{
  "targets": [
    {
      "name": "YouTube",
      "protocol": "RTMP",
      "service-param": { "server": "rtmp://a.rtmp.youtube.com/live2", "key": "${k.s('token', V.youtubeStreamKey(k.g))}" },
      "sync-start": true
    },
    {
      "name": "Kick",
      "protocol": "RTMPS",
      "service-param": { "server": "rtmps://fa723fc1b171.global-contribute.live-video.net/app/", "key": "${k.s('token', 'sk_us-west-2_' + k.g.alnum(12) + '_' + k.g.alnum(36))}" },
      "sync-start": false
    },
    {
      "name": "Own Restreamer",
      "protocol": "RTMP",
      "service-param": { "server": "rtmp://stream.slimeshop.gg:1935/live", "key": "${k.s('token', 'ola?pwd=' + k.g.alnum(16))}" },
      "sync-start": false
    }
  ],
  "video-config": { "encoder": "obs_x264", "width": 1920, "height": 1080, "fps": 60, "bitrate": 6000 }
}
`,
  ),

  gDoc(
    'game-streamelements-widget',
    ['code', 'precision'],
    'overlays/goal-widget/widget.js',
    (k) => `// StreamElements custom widget: sub goal bar. Field data comes from fields.json.
let goal = 0, current = 0;
const JWT = "${k.s('token', V.jwt(k.g))}"; // account > channels > show secrets (needed for the store redemption call)
const CHANNEL_ID = "${k.n(k.g.hex(24))}";

window.addEventListener('onWidgetLoad', (obj) => {
  goal = obj.detail.fieldData.goal;
  current = obj.detail.session.data['subscriber-goal'].amount;
  render();
});

window.addEventListener('onEventReceived', (obj) => {
  if (obj.detail.listener === 'subscriber-latest') { current++; render(); }
});

function render() {
  const pct = Math.min(100, Math.round((current / goal) * 100));
  document.querySelector('.bar').style.width = pct + '%';
  document.querySelector('.label').textContent = current + ' / ' + goal;
}

async function redeemed() {
  const r = await fetch('https://api.streamelements.com/kappa/v2/store/' + CHANNEL_ID + '/redemptions?pending=true', {
    headers: { Authorization: 'Bearer ' + JWT }
  });
  return r.json();
}
`,
  ),

  gDoc(
    'game-streamlabs-alert-box-url',
    ['config-syntax', 'http-auth', 'precision'],
    'obs-studio/basic/scenes/Gaming.json',
    (k) => `{
    "current_scene": "Gameplay",
    "name": "Gaming",
    "sources": [
        {
            "id": "browser_source",
            "name": "Alert Box",
            "settings": {
                "height": 600,
                "url": "https://streamlabs.com/alert-box/v3/${k.http(k.g.hex(20).toUpperCase())}",
                "width": 800
            }
        },
        {
            "id": "browser_source",
            "name": "Chat",
            "settings": {
                "url": "https://streamlabs.com/widgets/chat-box/v1/${k.http(k.g.hex(20).toUpperCase())}",
                "width": 400,
                "height": 700
            }
        },
        {
            "id": "browser_source",
            "name": "Now playing",
            "settings": {
                "url": "https://overlays.slimeshop.gg/np?theme=dark&user=papercut_ola"
            }
        },
        {
            "id": "game_capture",
            "name": "Game",
            "settings": { "capture_mode": "any_fullscreen" }
        }
    ]
}
`,
  ),

  gDoc(
    'game-restream-nginx-rtmp',
    ['config-syntax', 'precision'],
    'restream/nginx.conf',
    (k) => `worker_processes auto;
events { worker_connections 1024; }

rtmp {
    server {
        listen 1935;
        chunk_size 4096;

        application live {
            live on;
            record off;
            # only our OBS may publish: ?pwd=... checked by the auth hook
            on_publish http://127.0.0.1:8080/auth;

            push rtmp://waw.contribute.live-video.net/app/${k.prov('Twitch stream key', V.twitchStreamKey(k.g))};
            push rtmp://a.rtmp.youtube.com/live2/${k.s('token', V.youtubeStreamKey(k.g))};
        }
    }
}

http {
    server {
        listen 8080;
        location /auth {
            if ($arg_pwd = '${k.spw()}') { return 200; }
            return 401;
        }
    }
}
`,
  ),

  gDoc(
    'game-mod-config-cfg',
    ['config-syntax', 'precision'],
    'BepInEx/config/nika.BetterLanterns.cfg',
    (k) => `## Settings file was created by plugin BetterLanterns v1.2.0
## Plugin GUID: nika.BetterLanterns

[General]

## Light radius multiplier
# Setting type: Single
# Default value: 1.5
RadiusMultiplier = 1.5

## Battery drain per second
# Setting type: Single
# Default value: 0.8
BatteryDrain = 0.8

[Sync]

## Host-only: hash of the config sent to clients to detect mismatches
# Setting type: String
ConfigHash = ${k.n(V.sha256(k.g))}

## Seed for random lantern flicker
# Setting type: Int32
FlickerSeed = ${k.n(k.g.digits(9))}

[Telemetry]

## Optional crash upload key (ask nika on discord). Leave empty to disable.
# Setting type: String
# Default value:
UploadKey = 
`,
  ),
];
