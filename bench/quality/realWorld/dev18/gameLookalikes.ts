// Precision: files from game projects full of random-looking values that are not secrets (scene files with
// fileIDs and GUIDs, save data, localisation tables, item databases, Steam and Discord ids, lockfiles, SDK docs
// with example tokens), with the odd real credential people leave among them.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './gameValues';

export const GAME_LOOKALIKE_DOCS: RealWorldDoc[] = [
  gDoc(
    'game-unity-scene-yaml',
    ['config-syntax', 'precision'],
    'Assets/Scenes/MainMenu.unity',
    (k) => `%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!1 &${k.n(V.fileId(k.g).replace('-', ''))}
GameObject:
  m_ObjectHideFlags: 0
  m_CorrespondingSourceObject: {fileID: 0}
  m_PrefabInstance: {fileID: 0}
  m_PrefabAsset: {fileID: 0}
  serializedVersion: 6
  m_Component:
  - component: {fileID: ${k.n(V.fileId(k.g).replace('-', ''))}}
  - component: {fileID: ${k.n(V.fileId(k.g).replace('-', ''))}}
  m_Layer: 5
  m_Name: PlayButton
  m_TagString: Untagged
  m_IsActive: 1
--- !u!114 &${k.n(V.fileId(k.g).replace('-', ''))}
MonoBehaviour:
  m_GameObject: {fileID: ${k.n(V.fileId(k.g).replace('-', ''))}}
  m_Enabled: 1
  m_Script: {fileID: 11500000, guid: ${k.n(V.unityGuid(k.g))}, type: 3}
  m_Name: 
  m_Sprite: {fileID: 21300000, guid: ${k.n(V.unityGuid(k.g))}, type: 3}
  m_Material: {fileID: 0}
  m_Color: {r: 1, g: 1, b: 1, a: 1}
  m_OnClick:
    m_PersistentCalls:
      m_Calls:
      - m_Target: {fileID: ${k.n(V.fileId(k.g).replace('-', ''))}}
        m_TargetAssemblyTypeName: MainMenu, Assembly-CSharp
        m_MethodName: OnPlay
--- !u!1001 &${k.n(V.fileId(k.g).replace('-', ''))}
PrefabInstance:
  m_Modification:
    m_Modifications:
    - target: {fileID: ${k.n(V.fileId(k.g).replace('-', ''))}, guid: ${k.n(V.unityGuid(k.g))}, type: 3}
      propertyPath: m_LocalizationKey
      value: ${k.n('menu.play.button_label')}
      objectReference: {fileID: 0}
  m_SourcePrefab: {fileID: 100100000, guid: ${k.n(V.unityGuid(k.g))}, type: 3}
`,
  ),

  gDoc(
    'game-save-file-json',
    ['config-syntax', 'precision'],
    'saves/slot_1.json',
    (k) => `{
  "version": 7,
  "checksum": "${k.n(V.sha256(k.g))}",
  "playerId": "${k.n(k.g.uuid())}",
  "steamId": "${k.n(V.steamId64(k.g))}",
  "worldSeed": ${k.n(V.seed(k.g).replace('-', ''))},
  "playTimeSeconds": 48211,
  "gold": 12840,
  "inventory": [
    { "id": "${k.n(V.itemId(k.g))}", "qty": 3, "instance": "${k.n(k.g.hex(16))}" },
    { "id": "${k.n(V.itemId(k.g))}", "qty": 1, "instance": "${k.n(k.g.hex(16))}" },
    { "id": "${k.n(V.itemId(k.g))}", "qty": 12, "instance": "${k.n(k.g.hex(16))}" }
  ],
  "flags": { "tutorial_done": true, "met_blacksmith": true, "dragon_slain": false },
  "cloudSync": { "lastUpload": "2025-03-10T21:04:11Z", "etag": "${k.n(k.g.hex(32))}" },
  "achievementsUnlocked": ["ACH_FIRST_SLIME", "ACH_100_SALES", "ACH_NIGHT_OWL"]
}
`,
  ),

  gDoc(
    'game-localization-csv',
    ['config-syntax', 'precision'],
    'Assets/Localization/strings.csv',
    (k) => `key,en,de,pl,ja,pt-BR
login.title,Sign in,Anmelden,Zaloguj się,サインイン,Entrar
login.password_label,Password,${k.n('Passwort')},${k.n('Hasło')},パスワード,${k.n('Senha')}
login.password_hint,At least 8 characters,Mindestens 8 Zeichen,Co najmniej 8 znaków,8文字以上,Pelo menos 8 caracteres
login.forgot,Forgot password?,Passwort vergessen?,Nie pamiętasz hasła?,パスワードをお忘れですか？,Esqueceu a senha?
login.error.wrong_password,Wrong password,Falsches Passwort,Błędne hasło,パスワードが違います,Senha incorreta
settings.server_password,Server password (optional),Serverpasswort (optional),Hasło serwera (opcjonalne),サーバーパスワード（任意）,Senha do servidor (opcional)
settings.api_key_label,API key,API-Schlüssel,Klucz API,APIキー,Chave da API
settings.stream_key_label,Stream key,Stream-Schlüssel,Klucz transmisji,ストリームキー,Chave de transmissão
shop.redeem_code,Redeem code,Code einlösen,Zrealizuj kod,コードを引き換える,Resgatar código
shop.example_code,e.g. ${k.n('XXXXX-XXXXX-XXXXX')},z. B. XXXXX-XXXXX-XXXXX,np. XXXXX-XXXXX-XXXXX,例：XXXXX-XXXXX-XXXXX,ex.: XXXXX-XXXXX-XXXXX
`,
  ),

  gDoc(
    'game-item-database-json',
    ['config-syntax', 'precision'],
    'Data/items.json',
    (k) => `[
  { "id": "${k.n(V.itemId(k.g))}", "name_key": "item.sword.iron", "rarity": "common", "icon": "${k.n(V.unityGuid(k.g))}", "price": 120 },
  { "id": "${k.n(V.itemId(k.g))}", "name_key": "item.key.dungeon", "rarity": "rare", "icon": "${k.n(V.unityGuid(k.g))}", "price": 0, "unlocks": "door_secret_01" },
  { "id": "${k.n(V.itemId(k.g))}", "name_key": "item.potion.mana", "rarity": "common", "icon": "${k.n(V.unityGuid(k.g))}", "price": 35 },
  { "id": "${k.n(V.itemId(k.g))}", "name_key": "item.token.raid", "rarity": "epic", "icon": "${k.n(V.unityGuid(k.g))}", "price": 0, "secret": true },
  { "id": "${k.n(V.itemId(k.g))}", "name_key": "item.password_scroll", "rarity": "legendary", "icon": "${k.n(V.unityGuid(k.g))}", "price": 9999, "password": "${k.n('OPEN_SESAME')}" }
]
`,
  ),

  gDoc(
    'game-discord-snowflakes-config',
    ['config-syntax', 'precision'],
    'bot/config/guilds.yml',
    (k) => `# Per-guild settings. All of these ids are public (right click > Copy ID in Discord).
guilds:
  - id: ${k.n(V.snowflake(k.g))}
    name: Wolfsburg MC
    log_channel: ${k.n(V.snowflake(k.g))}
    mod_role: ${k.n(V.snowflake(k.g))}
    verify_message: ${k.n(V.snowflake(k.g))}
    emoji_verified: "<:verified:${k.n(V.snowflake(k.g))}>"
  - id: ${k.n(V.snowflake(k.g))}
    name: Kaczki Esports
    log_channel: ${k.n(V.snowflake(k.g))}
    mod_role: ${k.n(V.snowflake(k.g))}
    application_id: ${k.n(V.snowflake(k.g))}
    interactions_public_key: ${k.n(k.g.hex(64))}
token: ${k.n('${DISCORD_TOKEN}')}
`,
  ),

  gDoc(
    'game-package-lock-excerpt',
    ['config-syntax', 'precision'],
    'web/package-lock.json',
    (k) => `{
  "name": "slimeshop-web",
  "version": "1.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/phaser": {
      "version": "3.80.1",
      "resolved": "https://registry.npmjs.org/phaser/-/phaser-3.80.1.tgz",
      "integrity": "${k.n('sha512-' + k.g.base64(86) + '==')}",
      "dependencies": { "eventemitter3": "^5.0.1" }
    },
    "node_modules/colyseus.js": {
      "version": "0.15.26",
      "resolved": "https://registry.npmjs.org/colyseus.js/-/colyseus.js-0.15.26.tgz",
      "integrity": "${k.n('sha512-' + k.g.base64(86) + '==')}"
    },
    "node_modules/steamworks.js": {
      "version": "0.4.0",
      "resolved": "https://registry.npmjs.org/steamworks.js/-/steamworks.js-0.4.0.tgz",
      "integrity": "${k.n('sha512-' + k.g.base64(86) + '==')}"
    }
  }
}
`,
  ),

  gDoc(
    'game-sdk-docs-examples',
    ['prose', 'code', 'precision'],
    'docs/integrations/playfab.md',
    (k) => `# PlayFab integration

The client only needs the **Title ID** (\`${k.n('7F3A1')}\`); it is compiled into every build and is public.
Server-side calls need the **developer secret key**, which must never be in the Unity project:

\`\`\`csharp
// server only
PlayFabSettings.staticSettings.DeveloperSecretKey = Environment.GetEnvironmentVariable("PLAYFAB_SECRET");
\`\`\`

Example from the PlayFab docs (not a real key): \`X-SecretKey: ${k.n('ABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890ABCDEFGHIJKLMNOP')}\`.

To test from the shell:

\`\`\`bash
curl -X POST "https://${k.n('7F3A1')}.playfabapi.com/Server/GetTitleData" \\
  -H "X-SecretKey: $PLAYFAB_SECRET" -H "Content-Type: application/json" -d '{"Keys":["motd"]}'
\`\`\`

The session ticket returned by \`LoginWithCustomID\` looks like \`${k.n('<PlayFabId>-<EntityId>-<timestamp>-<hash>')}\`; it expires after 24 h.
Player ids are 16 hex characters (\`${k.n(k.g.hex(16).toUpperCase())}\`), safe to log.
`,
  ),

  gDoc(
    'game-steam-workshop-vdf',
    ['config-syntax', 'precision'],
    'workshop/item.vdf',
    (k) => `"workshopitem"
{
	"appid"		"${k.n('4000')}"
	"publishedfileid"		"${k.n(k.g.digits(10))}"
	"contentfolder"		"D:\\gmod\\addons\\rockford_jobs"
	"previewfile"		"D:\\gmod\\addons\\rockford_jobs\\preview.jpg"
	"visibility"		"0"
	"title"		"Rockford RP - Custom Jobs"
	"description"		"Job pack for the Rockford DarkRP server. Collection ${k.n(k.g.digits(10))}."
	"changenote"		"v1.8: police car skins, fixed medic weapon"
	"metadata"		"${k.n(k.g.hex(32))}"
}
`,
  ),

  gDoc(
    'game-shader-and-build-hashes',
    ['logs-and-output', 'precision'],
    'Logs/shader-compile.log',
    (k) => `Compiling shader "Universal Render Pipeline/Lit" pass "ForwardLit" (fp)
    Full variant space:         ${k.n('3145728')}
    After settings filtering:   ${k.n('24576')}
    After built-in stripping:   ${k.n('6144')}
    Variant hash: ${k.n(k.g.hex(32))}
    Finished in 41.22 seconds. Local cache hits 6021 (${k.n(k.g.hex(16))}), remote cache hits 0, compiled 123 variants
Addressables content state: ${k.n(V.sha1(k.g))}
Catalog hash: ${k.n(k.g.hex(32))}
Build GUID: ${k.n(k.g.hex(32))}
Cloud Build share link: https://developer.cloud.unity3d.com/share/share.html?shareId=${k.n(k.g.base64url(9))}
Build ${k.n(V.buildNo(k.g))} succeeded
`,
  ),

  gDoc(
    'game-public-keys-and-ids',
    ['config-syntax', 'precision'],
    'Assets/StreamingAssets/platform-config.json',
    (k) => `{
  "steam": { "appId": ${k.n(V.steamAppId(k.g))}, "demoAppId": ${k.n(V.steamAppId(k.g))} },
  "epic": { "productId": "${k.n(k.g.hex(32))}", "sandboxId": "${k.n(k.g.hex(32))}", "deploymentId": "${k.n(k.g.hex(32))}" },
  "photon": { "appIdRealtime": "${k.n(k.g.uuid())}" },
  "sentry": { "dsn": "${k.n(V.sentryDsn(k.g))}" },
  "firebase": { "apiKey": "${k.n(V.googleApiKey(k.g))}", "appId": "${k.n('1:' + k.g.digits(12) + ':web:' + k.g.hex(22))}" },
  "updateSigningPublicKey": "${k.n('-----BEGIN PUBLIC KEY-----\\nMCowBQYDK2VwAyEA' + k.g.base64(43) + '=\\n-----END PUBLIC KEY-----')}",
  "cdn": "https://cdn.ironveil.gg",
  "newsFeed": "https://ironveil.gg/news.json?lang={lang}"
}
`,
  ),
];
