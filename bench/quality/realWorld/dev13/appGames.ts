// Game engines: Unity (ProjectSettings.asset, C# with PlayerPrefs, ads and IAP keys, cloud build), Godot
// (export_presets.cfg, project.godot), Unreal (DefaultEngine.ini, DefaultGame.ini).
import type { RealWorldDoc } from '../types';
import { appDoc, V } from './appValues';

export const APP_GAME_DOCS: RealWorldDoc[] = [
  appDoc(
    'app-unity-projectsettings-asset',
    ['config-syntax'],
    'ProjectSettings/ProjectSettings.asset',
    (k) => `%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!129 &1
PlayerSettings:
  m_ObjectHideFlags: 0
  serializedVersion: 26
  productGUID: ${k.n(k.g.hex(32))}
  AndroidProfiler: 0
  companyName: Walrus Games
  productName: Cactus Run
  defaultCursor: {fileID: 0}
  bundleVersion: 1.3.2
  AndroidBundleVersionCode: ${k.n('46')}
  AndroidMinSdkVersion: 23
  AndroidTargetSdkVersion: 34
  androidUseCustomKeystore: 1
  AndroidKeystoreName: '{inproject}: Keystore/cactusrun.keystore'
  AndroidKeyaliasName: cactusrun
  AndroidKeystorePass: ${k.hpw()}
  AndroidKeyaliasPass: ${k.hpw()}
  iOSAppleDeveloperTeamID: ${k.n(V.teamId(k.g))}
  cloudProjectId: ${k.n(k.g.uuid())}
  projectName: Cactus Run
  organizationId: walrus-games
  cloudEnabled: 0
`,
  ),

  appDoc(
    'app-unity-csharp-playerprefs',
    ['code', 'defaults-in-code'],
    'Assets/Scripts/Backend/BackendConfig.cs',
    (k) => `using UnityEngine;

namespace CactusRun.Backend
{
    public static class BackendConfig
    {
        public const string BaseUrl = "https://api.walrusgames.io/cactus";
        // PlayFab title secret — only needed for the admin tools scene, strip from builds!
        public const string PlayFabTitleId = "${k.n(k.g.upper(5))}";
        public const string PlayFabSecretKey = "${k.s('token', k.g.upper(16) + k.g.alnum(32))}";
        public const string LeaderboardSalt = "${k.gpw()}";
        public const string UnityAdsGameIdAndroid = "${k.n(k.g.digits(7))}";
        public const string IronSourceAppKey = "${k.n(k.g.hex(9))}";
        // Google Play licensing key (public key, RSA) — goes in the IAP obfuscator
        public const string GooglePlayPublicKey = "${k.n('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + k.g.base64(300).replace(/=/g, 'A'))}";

        public static void SaveLogin(string user, string pass)
        {
            PlayerPrefs.SetString("${k.n('login_user')}", user);
            PlayerPrefs.SetString("login_pass", pass); // TODO encrypt
        }

        public static void DevAutoLogin()
        {
#if UNITY_EDITOR
            SaveLogin("dev_tester", "${k.hpw()}");
#endif
        }
    }
}
`,
  ),

  appDoc(
    'app-unity-iap-receipt-validator',
    ['code'],
    'Assets/Scripts/IAP/ServerValidator.cs',
    (k) => `using System.Collections;
using UnityEngine;
using UnityEngine.Networking;

public class ServerValidator : MonoBehaviour
{
    // App Store shared secret for auto-renewable subs
    [SerializeField] private string appStoreSharedSecret = "${k.hex(32)}";
    [SerializeField] private string validationEndpoint = "https://iap.walrusgames.io/validate";
    private const string ApiKeyHeader = "X-Api-Key";
    private const string ApiKey = "${k.tok()}";

    public IEnumerator Validate(string receipt)
    {
        var form = new WWWForm();
        form.AddField("receipt", receipt);
        form.AddField("secret", appStoreSharedSecret);
        using var req = UnityWebRequest.Post(validationEndpoint, form);
        req.SetRequestHeader(ApiKeyHeader, ApiKey);
        yield return req.SendWebRequest();
        Debug.Log($"validate: {req.responseCode}");
    }
}
`,
  ),

  appDoc(
    'app-unity-editor-log',
    ['logs-and-output'],
    'Logs/Editor.log',
    (k) => `[Licensing::Module] License is valid. Expiration: 2025-03-01T00:00:00Z
Refreshing native plugins compatible for Editor in 12.45 ms, found 4 plugins.
Preloading 2 native plugins for Editor in 0.61 ms.
[Package Manager] Done resolving packages in 3.22 seconds
Start importing Assets/Scripts/Backend/BackendConfig.cs using Guid(${k.n(k.g.hex(32))}) Importer(-1,00000000000000000000000000000000)
[BuildPipeline] Android signing: keystore=Keystore/cactusrun.keystore alias=cactusrun storepass=${k.hpw()}
Gradle command: gradlew.bat assembleRelease -Pandroid.injected.signing.store.password=${k.hpw()} -Pandroid.injected.signing.key.alias=cactusrun
DisplayProgressbar: Building Gradle project
Build completed with a result of 'Succeeded' in 412 seconds (412004 ms)
`,
  ),

  appDoc(
    'app-godot-export-presets',
    ['config-syntax'],
    'export_presets.cfg',
    (k) => `[preset.0]

name="Android"
platform="Android"
runnable=true
export_filter="all_resources"
export_path="build/android/meadow.aab"

[preset.0.options]

custom_template/debug=""
gradle_build/use_gradle_build=true
keystore/debug=""
keystore/debug_user=""
keystore/debug_password=""
keystore/release="/home/jakub/keys/meadow-release.keystore"
keystore/release_user="meadow"
keystore/release_password="${k.hpw()}"
version/code=${k.n('12')}
version/name="1.0.12"
package/unique_name="pl.meadowgames.meadow"

[preset.1]

name="macOS"
platform="macOS"

[preset.1.options]

codesign/codesign=1
codesign/identity="Developer ID Application"
notarization/notarization=1
notarization/apple_id_name="jakub@meadowgames.pl"
notarization/apple_id_password="${k.s('password', `${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}`)}"
notarization/apple_team_id="${k.n(V.teamId(k.g))}"
codesign/certificate_password="${k.letters()}"
`,
  ),

  appDoc(
    'app-godot-gdscript-pl',
    ['code', 'defaults-in-code'],
    'scripts/online/leaderboard.gd',
    (k) => `extends Node
# Klient tablicy wyników — klucz API wpisany na sztywno (TODO: przenieść na serwer)

const API_URL := "https://lb.meadowgames.pl/api/v1"
const API_KEY := "${k.tok()}"
const HMAC_SALT := "${k.gpw()}"
var haslo_admina := "${k.hpw()}"  # hasło do panelu debug

func submit_score(player: String, score: int) -> void:
	var body := JSON.stringify({"player": player, "score": score})
	var sig := (body + HMAC_SALT).sha256_text()
	var headers := ["Content-Type: application/json", "X-Api-Key: " + API_KEY, "X-Sig: " + sig]
	$HTTPRequest.request(API_URL + "/scores", headers, HTTPClient.METHOD_POST, body)
`,
  ),

  appDoc(
    'app-unreal-default-engine-ini',
    ['config-syntax'],
    'Config/DefaultEngine.ini',
    (k) => `[/Script/EngineSettings.GameMapsSettings]
GameDefaultMap=/Game/Maps/MainMenu.MainMenu
EditorStartupMap=/Game/Maps/MainMenu.MainMenu

[/Script/AndroidRuntimeSettings.AndroidRuntimeSettings]
PackageName=com.thundergames.orbit
StoreVersion=${k.n('27')}
KeyStore=orbit-release.keystore
KeyAlias=orbit
KeyStorePassword=${k.hpw()}
KeyPassword=${k.n('')}
bBuildForArm64=True

[/Script/IOSRuntimeSettings.IOSRuntimeSettings]
BundleIdentifier=com.thundergames.orbit
IOSTeamID=${k.n(V.teamId(k.g))}

[OnlineSubsystemEOS]
bEnabled=true

[/Script/OnlineSubsystemEOS.EOSSettings]
+Artifacts=(ArtifactName="Orbit",ClientId="${k.n('xyza' + k.g.alnum(28))}",ClientSecret="${k.tok()}",ProductId="${k.n(k.g.hex(32))}",SandboxId="${k.n(k.g.hex(32))}",DeploymentId="${k.n(k.g.hex(32))}",EncryptionKey="${k.hex(64)}")

[OnlineSubsystemSteam]
bEnabled=true
SteamDevAppId=480
`,
  ),

  appDoc(
    'app-unreal-default-game-ini',
    ['config-syntax', 'precision'],
    'Config/DefaultGame.ini',
    (k) => `[/Script/EngineSettings.GeneralProjectSettings]
ProjectID=${k.n(k.g.hex(32).toUpperCase())}
ProjectName=Orbit
CompanyName=Thunder Games
ProjectVersion=0.27.0

[/Script/UnrealEd.ProjectPackagingSettings]
BuildConfiguration=PPBC_Shipping
bShareMaterialShaderCode=True
bUseIoStore=True
bEncryptPakIndex=False
bEncryptPakIniFiles=False

[/Script/Engine.AssetManagerSettings]
PrimaryAssetTypesToScan=(PrimaryAssetType="Map",AssetBaseClass=/Script/Engine.World)

[/Script/CryptoKeys.CryptoKeysSettings]
EncryptionKey=${k.s('token', k.g.base64(44).replace(/.$/, '='))}
bEnablePakSigning=True
`,
  ),
];
