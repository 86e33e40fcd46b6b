// Steamworks and the store portals: SteamPipe app_build.vdf and steamcmd scripts, the Web API publisher key in
// backend code, deploy workflows, ownership checks, console partner portals and itch.io butler.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './gameValues';

export const GAME_STEAM_DOCS: RealWorldDoc[] = [
  gDoc(
    'game-steampipe-app-build-vdf',
    ['config-syntax', 'precision'],
    'steam/scripts/app_build_1623730.vdf',
    (k) => `"AppBuild"
{
	"AppID" "${k.n(V.steamAppId(k.g))}" // your AppID
	"Desc" "Nightly build ${k.n(V.buildNo(k.g))}" // internal description for this build
	"Preview" "0"
	"SetLive" "beta"
	"ContentRoot" "..\\content\\" // root content folder, relative to location of this file
	"BuildOutput" "..\\output\\" // build output folder for build logs and build cache files

	"Depots"
	{
		"${k.n(V.steamAppId(k.g))}" // your DepotID
		{
			"FileMapping"
			{
				"LocalPath" "windows\\*"
				"DepotPath" "."
				"recursive" "1"
			}
			"FileExclusion" "*.pdb"
		}
	}
}

// uploaded with: builder\\steamcmd.exe +login papercut_build ${k.spw()} +run_app_build ..\\scripts\\app_build_1623730.vdf +quit
`,
  ),

  gDoc(
    'game-steam-deploy-script',
    ['command-line', 'precision'],
    'tools/deploy_steam.sh',
    (k) => `#!/usr/bin/env bash
# Pushes build/linux and build/win to the "beta" branch. Needs steamcmd in PATH.
# First run on a new machine will ask for the Steam Guard code sent by mail.
set -euo pipefail

STEAM_USER="slimeshop_deploy"
STEAM_PASS="${k.spw()}"
APP_ID=${k.n(V.steamAppId(k.g))}

steamcmd +login "$STEAM_USER" "$STEAM_PASS" +run_app_build "$(pwd)/steam/scripts/app_build_$APP_ID.vdf" +quit

# set the build live on the beta branch using the partner web API (publisher key)
BUILD_ID=$(grep -oP 'BuildID \\K[0-9]+' steam/output/*.log | tail -1)
curl -s "https://partner.steam-api.com/ISteamApps/SetAppBuildLive/v2/" \\
  -d "key=${k.s('token', V.steamWebApiKey(k.g))}" -d "appid=$APP_ID" -d "buildid=$BUILD_ID" -d "betakey=beta"
`,
  ),

  gDoc(
    'game-steam-deploy-action',
    ['config-syntax', 'precision'],
    '.github/workflows/steam-release.yml',
    (k) => `name: Steam release
on:
  release:
    types: [published]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with: { name: Build-StandaloneWindows64, path: build/windows }
      - uses: game-ci/steam-deploy@v3
        with:
          username: \${{ secrets.STEAM_USERNAME }}
          configVdf: \${{ secrets.STEAM_CONFIG_VDF }}
          appId: ${k.n(V.steamAppId(k.g))}
          buildDescription: v\${{ github.event.release.tag_name }}
          rootPath: build
          depot1Path: windows
          releaseBranch: prerelease
      - name: Announce
        run: |
          curl -H "Content-Type: application/json" \\
            -d '{"content":"Steam build for \${{ github.event.release.tag_name }} is up on prerelease"}' \\
            "${k.prov('Discord webhook', V.discordHook(k.g))}"
`,
  ),

  gDoc(
    'game-steam-ownership-check-node',
    ['code', 'precision'],
    'backend/src/steam/ownership.ts',
    (k) => `import fetch from 'node-fetch';

// Publisher Web API key (Steamworks > Users & Permissions > Manage Groups > Web API key).
// Must never ship in the client: it can grant items and ban users.
const STEAM_PUBLISHER_KEY = process.env.STEAM_PUBLISHER_KEY ?? '${k.s('token', V.steamWebApiKey(k.g))}';
const APP_ID = ${k.n(V.steamAppId(k.g))};

export async function ownsGame(steamId: string): Promise<boolean> {
  const url = \`https://partner.steam-api.com/ISteamUser/CheckAppOwnership/v2/?key=\${STEAM_PUBLISHER_KEY}&steamid=\${steamId}&appid=\${APP_ID}\`;
  const res = await fetch(url);
  const body = (await res.json()) as { appownership?: { ownsapp: boolean } };
  return body.appownership?.ownsapp === true;
}

export async function authenticateTicket(ticketHex: string): Promise<string | undefined> {
  const url = \`https://partner.steam-api.com/ISteamUserAuth/AuthenticateUserTicket/v1/?key=\${STEAM_PUBLISHER_KEY}&appid=\${APP_ID}&ticket=\${ticketHex}\`;
  const res = await fetch(url);
  const body = (await res.json()) as { response?: { params?: { steamid: string } } };
  return body.response?.params?.steamid;
}

// test account: ${k.n(V.steamId64(k.g))} (QA), ${k.n(V.steamId64(k.g))} (publisher reviewer)
`,
  ),

  gDoc(
    'game-steam-api-python-stats',
    ['code', 'precision'],
    'tools/pull_player_stats.py',
    (k) => `"""Pulls concurrent players + review summary for the weekly report."""
import csv
import datetime
import requests

STEAM_KEY = "${k.s('token', V.steamWebApiKey(k.g))}"  # personal web api key (steamcommunity.com/dev/apikey)
APPS = {
    "Slime Shop": ${k.n(V.steamAppId(k.g))},
    "Slime Shop Demo": ${k.n(V.steamAppId(k.g))},
    "Slime Shop Playtest": ${k.n(V.steamAppId(k.g))},
}

def current_players(appid: int) -> int:
    r = requests.get(
        "https://api.steampowered.com/ISteamUserStats/GetNumberOfCurrentPlayers/v1/",
        params={"appid": appid, "key": STEAM_KEY},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["response"]["player_count"]

if __name__ == "__main__":
    today = datetime.date.today().isoformat()
    with open(f"stats-{today}.csv", "w", newline="") as f:
        w = csv.writer(f)
        for name, appid in APPS.items():
            w.writerow([today, name, current_players(appid)])
`,
  ),

  gDoc(
    'game-steam-appid-and-readme',
    ['prose', 'precision'],
    'README.md',
    (k) => `# Slime Shop

Cozy slime-breeding shop sim. Godot 4.3, GDScript + a small GDExtension for the Steamworks bits.

## Running from source

1. Install Godot 4.3 stable.
2. Put \`steam_appid.txt\` containing \`${k.n(V.steamAppId(k.g))}\` next to the Godot binary (it's public, it's
   on our store page) so the Steam overlay works when launched outside Steam.
3. Copy \`.env.example\` to \`.env\` and fill \`STEAM_WEB_API_KEY=${k.n('<your key>')}\` if you want the
   leaderboard admin tool; the game itself doesn't need it.
4. Open \`project.godot\`.

## Build numbers

| Channel | Latest | Steam BuildID |
|---|---|---|
| default | 1.3.0 | ${k.n(k.g.digits(8))} |
| beta | 1.4.0-rc2 | ${k.n(k.g.digits(8))} |
| playtest | 1.4.0-rc3 | ${k.n(k.g.digits(8))} |

## Save files

Saves live in \`user://saves/slot_N.sav\` and are checked with a SHA-256 (\`${k.n(V.sha256(k.g))}\` is the empty save),
not encrypted. Cheating is fine, it's a single-player game.

## Credits

Art: Ola K. · Code: Tomek B. · Music: Kasia W.
`,
  ),

  gDoc(
    'game-itch-butler-ci',
    ['config-syntax', 'command-line', 'precision'],
    '.gitlab-ci.yml',
    (k) => `stages: [export, publish]

variables:
  GODOT_VERSION: "4.3"
  ITCH_USER: papercut
  ITCH_GAME: slime-shop

export:
  stage: export
  image: barichello/godot-ci:4.3
  script:
    - mkdir -v -p build/web build/linux
    - godot --headless --verbose --export-release "Web" build/web/index.html
    - godot --headless --verbose --export-release "Linux/X11" build/linux/slimeshop.x86_64
  artifacts:
    paths: [build]

publish:itch:
  stage: publish
  image: barichello/godot-ci:4.3
  variables:
    BUTLER_API_KEY: "${k.tok()}"
  script:
    - butler push build/web $ITCH_USER/$ITCH_GAME:html5 --userversion $CI_COMMIT_TAG
    - butler push build/linux $ITCH_USER/$ITCH_GAME:linux --userversion $CI_COMMIT_TAG
  only:
    - tags
`,
  ),

  gDoc(
    'game-console-partner-creds-env',
    ['config-syntax', 'precision'],
    'ops/certification/.env.cert',
    (k) => `# Console cert submission box (cert-pc-02). Owner: release management.
# Xbox Partner Center (Azure AD app used by the submission API)
PARTNER_CENTER_TENANT_ID=${k.n(k.g.uuid())}
PARTNER_CENTER_CLIENT_ID=${k.n(k.g.uuid())}
PARTNER_CENTER_CLIENT_SECRET=${k.s('token', `${k.g.alnum(3)}8Q~${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-', 34)}`)}
XBOX_PRODUCT_ID=${k.n('9N' + k.g.upper(10))}
XBOX_SCID=${k.n(k.g.uuid())}
XBOX_SANDBOX=${k.n('IRONVL.' + k.g.digits(1))}

# Nintendo Developer Portal (NDI upload account)
NDI_USER=ironclad-release
NDI_PASSWORD=${k.spw()}

# PlayStation Partners (DevNet) - uploader
PSN_DEVNET_USER=release@ironclad.games
PSN_DEVNET_PASSWORD=${k.spw()}
PS_TITLE_ID=${k.n('PPSA' + k.g.digits(5))}
PS_CONTENT_ID=${k.n('EP' + k.g.digits(4) + '-PPSA' + k.g.digits(5) + '_00-IRONVEIL00000000')}

# Epic Games Store (BuildPatchTool)
EGS_ORGANIZATION_ID=${k.n('o-' + k.g.alnum(30).toLowerCase())}
EGS_PRODUCT_ID=${k.n(k.g.hex(32))}
EGS_ARTIFACT_ID=${k.n(k.g.hex(32))}
EGS_CLIENT_ID=${k.n(k.g.alnum(32))}
EGS_CLIENT_SECRET=${k.s('token', k.g.base64(43).replace(/[+/]/g, 'e'))}
`,
  ),

  gDoc(
    'game-egs-buildpatchtool-bat',
    ['command-line', 'precision'],
    'tools/upload_egs.bat',
    (k) => `@echo off
REM Uploads the shipping build to the Epic Games Store (BuildPatchTool).
setlocal
set BPT=C:\\Tools\\BuildPatchTool\\Engine\\Binaries\\Win64\\BuildPatchTool.exe
set ORG=${k.n('o-' + k.g.alnum(30).toLowerCase())}
set PRODUCT=${k.n(k.g.hex(32))}
set ARTIFACT=${k.n(k.g.hex(32))}
set CLIENT_ID=${k.n(k.g.alnum(32))}
set CLIENT_SECRET=${k.s('token', k.g.base64(43).replace(/[+/]/g, 'f'))}

"%BPT%" -OrganizationId="%ORG%" -ProductId="%PRODUCT%" -ArtifactId="%ARTIFACT%" -ClientId="%CLIENT_ID%" -ClientSecretEnvVar="CLIENT_SECRET" -mode=UploadBinary -BuildRoot="D:\\Archive\\Windows" -CloudDir="D:\\EGSCloud" -BuildVersion="0.9.3-%BUILD_NUMBER%-Win64" -AppLaunch="IronVeil.exe" -AppArgs=""
if errorlevel 1 exit /b 1
endlocal
`,
  ),

  gDoc(
    'game-steam-config-vdf-leak',
    ['credential-file', 'config-syntax', 'precision'],
    'ci/steam/config/config.vdf',
    (k) => `"InstallConfigStore"
{
	"Software"
	{
		"Valve"
		{
			"Steam"
			{
				"ConnectCache"
				{
					"${k.n(k.g.hex(8))}"		"${k.s('token', k.g.hex(280))}"
				}
				"Accounts"
				{
					"slimeshop_deploy"
					{
						"SteamID"		"${k.n(V.steamId64(k.g))}"
					}
				}
				"CellIDServerOverride"		"${k.n('14')}"
			}
		}
	}
}
`,
  ),
];
