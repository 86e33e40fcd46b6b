// Unity projects: ScriptableObject assets holding API keys, ProjectSettings, .meta files, game-ci workflows with
// licence serials, Addressables remote paths with SAS tokens, Cloud Build and UGS scripts, C# service code.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './gameValues';

export const GAME_UNITY_DOCS: RealWorldDoc[] = [
  gDoc(
    'game-unity-backend-config-asset',
    ['config-syntax', 'code', 'precision'],
    'Assets/Settings/BackendConfig.asset',
    (k) => `%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_CorrespondingSourceObject: {fileID: 0}
  m_PrefabInstance: {fileID: 0}
  m_PrefabAsset: {fileID: 0}
  m_GameObject: {fileID: 0}
  m_Enabled: 1
  m_EditorHideFlags: 0
  m_Script: {fileID: 11500000, guid: ${k.n(V.unityGuid(k.g))}, type: 3}
  m_Name: BackendConfig
  m_EditorClassIdentifier: 
  environment: 1
  apiBaseUrl: https://api.skyforge-game.com/v2
  titleId: ${k.n('7F3A1')}
  playFabSecretKey: ${k.s('token', V.playfabSecret(k.g))}
  leaderboardApiKey: ${k.tok()}
  analyticsGameKey: ${k.u(k.g.hex(32))}
  analyticsSecretKey: ${k.s('token', V.gaSecret(k.g))}
  useStaging: 0
  requestTimeoutSeconds: 15
  maxRetries: 3
`,
  ),

  gDoc(
    'game-unity-gameanalytics-settings',
    ['config-syntax', 'precision'],
    'Assets/Resources/GameAnalytics/Settings.asset',
    (k) => `%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_PrefabParentObject: {fileID: 0}
  m_PrefabInternal: {fileID: 0}
  m_GameObject: {fileID: 0}
  m_Enabled: 1
  m_EditorHideFlags: 0
  m_Script: {fileID: 11500000, guid: ${k.n(V.unityGuid(k.g))}, type: 3}
  m_Name: Settings
  m_EditorClassIdentifier: 
  Build:
  - 0.4.1
  - 0.4.1
  SelectedPlatformOrganization:
  - Moonlit Games
  - Moonlit Games
  SelectedPlatformStudio:
  - Moonlit
  - Moonlit
  SelectedPlatformGame:
  - Lantern Keeper (iOS)
  - Lantern Keeper (Android)
  SelectedPlatformGameID: 0d000000${k.n(k.g.hex(8))}
  gameKey:
  - ${k.u(k.g.hex(32))}
  - ${k.u(k.g.hex(32))}
  secretKey:
  - ${k.s('token', V.gaSecret(k.g))}
  - ${k.s('token', V.gaSecret(k.g))}
  Platforms: 0800000b00000000
  UseManualSessionHandling: 0
  SubmitErrors: 1
  NativeErrorReporting: 0
  SubmitFpsAverage: 1
  InfoLogEditor: 1
  InfoLogBuild: 0
`,
  ),

  gDoc(
    'game-unity-meta-files',
    ['config-syntax', 'precision'],
    'Assets/Art/Characters/Hero/Hero_Albedo.png.meta',
    (k) => `fileFormatVersion: 2
guid: ${k.n(V.unityGuid(k.g))}
TextureImporter:
  internalIDToNameTable:
  - first:
      213: ${k.n(V.fileId(k.g))}
    second: Hero_Albedo_0
  - first:
      213: ${k.n(V.fileId(k.g))}
    second: Hero_Albedo_1
  externalObjects: {}
  serializedVersion: 12
  mipmaps:
    mipMapMode: 0
    enableMipMap: 1
    sRGBTexture: 1
  spriteSheet:
    serializedVersion: 2
    sprites:
    - serializedVersion: 2
      name: Hero_Albedo_0
      rect:
        serializedVersion: 2
        x: 0
        y: 0
        width: 256
        height: 256
      spriteID: ${k.n(k.g.hex(32))}
      internalID: ${k.n(V.fileId(k.g))}
    outline: []
    physicsShape: []
    bones: []
    spriteID: ${k.n(k.g.hex(32))}
    internalID: 0
  spritePackingTag: 
  pSDRemoveMatte: 0
  userData: 
  assetBundleName: characters
  assetBundleVariant: 
`,
  ),

  gDoc(
    'game-unity-project-settings',
    ['config-syntax', 'precision'],
    'ProjectSettings/ProjectSettings.asset',
    (k) => `%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!129 &1
PlayerSettings:
  m_ObjectHideFlags: 0
  serializedVersion: 26
  productGUID: ${k.n(k.g.hex(32))}
  AndroidProfiler: 0
  defaultScreenOrientation: 4
  targetDevice: 2
  companyName: Moonlit Games
  productName: Lantern Keeper
  cloudProjectId: ${k.n(k.g.uuid())}
  bundleVersion: 0.4.1
  AndroidBundleVersionCode: 41
  AndroidMinSdkVersion: 24
  AndroidTargetSdkVersion: 34
  applicationIdentifier:
    Android: com.moonlitgames.lanternkeeper
    iPhone: com.moonlitgames.lanternkeeper
  AndroidKeystoreName: '{inproject}: Keystore/lanternkeeper.keystore'
  AndroidKeyaliasName: upload
  androidUseCustomKeystore: 1
  iOSManualProvisioningProfileID: ${k.n(k.g.uuid())}
  appleDeveloperTeamID: ${k.n(k.g.upper(10))}
  scriptingDefineSymbols:
    Android: ODIN_INSPECTOR;DOTWEEN;GA_ENABLED
    iPhone: ODIN_INSPECTOR;DOTWEEN;GA_ENABLED
  cloudEnabled: 0
  legacyClampBlendShapeWeights: 0
  hmiLoadingImage: {fileID: 0}
  platformRequiresReadableAssets: 0
  virtualTexturingSupportEnabled: 0
  uploadClearedKeyStorePassword: 0
`,
  ),

  gDoc(
    'game-unity-gameci-workflow',
    ['config-syntax', 'command-line', 'precision'],
    '.github/workflows/build.yml',
    (k) => `name: Build Lantern Keeper

on:
  push:
    branches: [main, release/*]
  workflow_dispatch:

env:
  UNITY_LICENSE: \${{ secrets.UNITY_LICENSE }}
  UNITY_EMAIL: \${{ secrets.UNITY_EMAIL }}
  UNITY_PASSWORD: \${{ secrets.UNITY_PASSWORD }}

jobs:
  build:
    name: Build for \${{ matrix.targetPlatform }}
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        targetPlatform: [Android, iOS, StandaloneWindows64]
    steps:
      - uses: actions/checkout@v4
        with:
          lfs: true
      - uses: actions/cache@v4
        with:
          path: Library
          key: Library-\${{ matrix.targetPlatform }}-\${{ hashFiles('Assets/**', 'Packages/**', 'ProjectSettings/**') }}
      - uses: game-ci/unity-builder@v4
        env:
          UNITY_SERIAL: ${k.s('token', V.unitySerial(k.g))}
        with:
          targetPlatform: \${{ matrix.targetPlatform }}
          androidKeystoreName: lanternkeeper.keystore
          androidKeystoreBase64: \${{ secrets.ANDROID_KEYSTORE_BASE64 }}
          androidKeystorePass: ${k.spw()}
          androidKeyaliasName: upload
          androidKeyaliasPass: \${{ secrets.ANDROID_KEYALIAS_PASS }}
      - uses: actions/upload-artifact@v4
        with:
          name: Build-\${{ matrix.targetPlatform }}
          path: build/\${{ matrix.targetPlatform }}
`,
  ),

  gDoc(
    'game-unity-activate-license-script',
    ['command-line', 'precision'],
    'ci/unity-activate.sh',
    (k) => `#!/bin/sh
# Activates the Pro seat on the build agent. Run as the buildagent user once after imaging.
# (the jenkins job calls this with the creds from the credentials store; this copy is for manual use)
set -e
UNITY=/opt/unity/Editor/Unity
"$UNITY" -quit -batchmode -nographics \\
  -serial ${k.s('token', V.unitySerial(k.g))} \\
  -username "builds@moonlitgames.io" \\
  -password "${k.spw()}" \\
  -logFile /var/log/unity-activate.log

# return the seat:
# "$UNITY" -quit -batchmode -returnlicense -username "builds@moonlitgames.io" -password "$UNITY_PASSWORD"
`,
  ),

  gDoc(
    'game-unity-addressables-profile',
    ['config-syntax', 'http-auth', 'precision'],
    'Assets/AddressableAssetsData/AddressableAssetSettings.asset',
    (k) => `  m_ProfileSettings:
    m_Profiles:
    - m_InheritedParent: 
      m_Id: ${k.n(k.g.hex(32))}
      m_ProfileName: Default
      m_Values:
      - m_Id: ${k.n(k.g.hex(32))}
        m_Value: '[UnityEngine.AddressableAssets.Addressables.BuildPath]/[BuildTarget]'
      - m_Id: ${k.n(k.g.hex(32))}
        m_Value: 'https://lkcontent.blob.core.windows.net/bundles/[BuildTarget]?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&st=2024-06-01T00:00:00Z&spr=https&sig=${k.s('http-auth', V.azureSasSig(k.g))}'
    - m_InheritedParent: 
      m_Id: ${k.n(k.g.hex(32))}
      m_ProfileName: Staging
      m_Values:
      - m_Id: ${k.n(k.g.hex(32))}
        m_Value: 'https://cdn-staging.moonlitgames.io/bundles/[BuildTarget]'
  m_ProfileEntryNames:
  - m_Id: ${k.n(k.g.hex(32))}
    m_Name: Remote.LoadPath
    m_InlineUsage: 0
`,
  ),

  gDoc(
    'game-unity-cloud-build-trigger',
    ['command-line', 'http-auth', 'precision'],
    'tools/trigger-ucb.ps1',
    (k) => `# Kicks a Unity Cloud Build (DevOps) target from the publisher's Jenkins.
$org = "moonlit-games"
$project = "lantern-keeper"
$target = "android-release"
$apiKey = "${k.hex(32)}"

$headers = @{
  Authorization = "Basic ${k.http(V.b64(k.g.hex(32) + ':'))}"
  "Content-Type" = "application/json"
}
$body = '{"clean": false, "delay": 0}'
Invoke-RestMethod -Method Post -Uri "https://build-api.cloud.unity3d.com/api/v1/orgs/$org/projects/$project/buildtargets/$target/builds" -Headers $headers -Body $body

# project id ${k.n(k.g.uuid())}, org id ${k.n(k.g.digits(13))}
`,
  ),

  gDoc('game-unity-ugs-service-account', ['command-line', 'http-auth', 'precision'], 'tools/ugs-deploy.sh', (k) => {
    const keyId = k.g.uuid();
    return `#!/bin/bash
# Deploys Remote Config + Cloud Code with the UGS CLI, service account "ci-deployer".
export UGS_CLI_SERVICE_KEY_ID=${k.n(keyId)}
export UGS_CLI_SERVICE_SECRET_KEY=${k.s('token', k.g.base64(32).replace(/[+/=]/g, 'z'))}
export UGS_CLI_PROJECT_ID=${k.n(k.g.uuid())}
export UGS_CLI_ENVIRONMENT_NAME=production

ugs deploy ./remote-config ./cloud-code -j

# token exchange, if you need it for curl:
# curl -X POST -H "Authorization: Basic $(echo -n "$UGS_CLI_SERVICE_KEY_ID:$UGS_CLI_SERVICE_SECRET_KEY" | base64)" \\
#   "https://services.api.unity.com/auth/v1/token-exchange?projectId=$UGS_CLI_PROJECT_ID&environmentId=$ENV_ID"
`;
  }),

  gDoc(
    'game-unity-playfab-csharp',
    ['code', 'precision'],
    'Assets/Scripts/Server/PlayFabAdmin.cs',
    (k) => `using System.Threading.Tasks;
using PlayFab;
using PlayFab.ServerModels;
using UnityEngine;

namespace Skyforge.Server
{
    // Editor-only tool that grants test currency to QA accounts.
    // TODO(kasia): move the secret out of the client before 1.0!!
    public static class PlayFabAdmin
    {
        private const string TitleId = "${k.n('7F3A1')}";
        private const string DeveloperSecretKey = "${k.s('token', V.playfabSecret(k.g))}";

        [UnityEditor.MenuItem("Skyforge/QA/Grant 10k Gems")]
        public static void GrantGems()
        {
            PlayFabSettings.staticSettings.TitleId = TitleId;
            PlayFabSettings.staticSettings.DeveloperSecretKey = DeveloperSecretKey;
            var req = new AddUserVirtualCurrencyRequest
            {
                PlayFabId = "${k.n(k.g.hex(16).toUpperCase())}",
                VirtualCurrency = "GM",
                Amount = 10000,
            };
            PlayFabServerAPI.AddUserVirtualCurrency(req, r => Debug.Log($"Balance {r.Balance}"), e => Debug.LogError(e.GenerateErrorReport()));
        }
    }
}
`,
  ),

  gDoc(
    'game-unity-photon-settings',
    ['config-syntax', 'precision'],
    'Assets/Photon/PhotonUnityNetworking/Resources/PhotonServerSettings.asset',
    (k) => `%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_GameObject: {fileID: 0}
  m_Enabled: 1
  m_Script: {fileID: 11500000, guid: ${k.n(V.unityGuid(k.g))}, type: 3}
  m_Name: PhotonServerSettings
  AppSettings:
    AppIdRealtime: ${k.n(k.g.uuid())}
    AppIdFusion: 
    AppIdChat: ${k.n(k.g.uuid())}
    AppIdVoice: ${k.n(k.g.uuid())}
    AppVersion: 0.4
    UseNameServer: 1
    FixedRegion: eu
    BestRegionSummaryFromStorage: 
    Server: 
    Port: 0
    ProxyServer: 
    Protocol: 0
    EnableProtocolFallback: 1
    AuthMode: 0
    EnableLobbyStatistics: 0
    NetworkLogging: 1
  PunLogging: 0
  EnableSupportLogger: 0
  RunInBackground: 1
  StartInOfflineMode: 0
  RpcList:
  - SyncHealth
  - FireProjectile
  - OpenChest
  DisableAutoOpenWizard: 1
`,
  ),

  gDoc(
    'game-unity-iap-receipt-validator',
    ['code', 'precision'],
    'Assets/Scripts/IAP/ReceiptValidator.cs',
    (k) => `using UnityEngine;
using UnityEngine.Purchasing.Security;

public class ReceiptValidator : MonoBehaviour
{
    // Obfuscated Google Play public key (generated by Services > In-App Purchasing > Receipt Validation Obfuscator).
    // This is the PUBLIC licence key from the Play Console, safe to ship.
    private static readonly string GooglePlayPublicKey = "${k.n('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + k.g.base64(300) + 'IDAQAB')}";

    // server-side validation endpoint; the shared secret for Apple lives on the server, not here.
    private const string ValidationUrl = "https://api.skyforge-game.com/v2/iap/validate";
    private const string AppleSharedSecretHeader = "X-Apple-Shared-Secret";

    public bool Validate(string receipt)
    {
        var validator = new CrossPlatformValidator(GooglePlayTangle.Data(), AppleTangle.Data(), Application.identifier);
        var result = validator.Validate(receipt);
        foreach (var p in result) Debug.Log($"{p.productID} {p.purchaseDate} {p.transactionID}");
        return true;
    }
}
`,
  ),
];
