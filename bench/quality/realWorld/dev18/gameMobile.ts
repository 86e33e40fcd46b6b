// Shipping mobile and Godot builds: Godot export presets, Android keystore.properties and gradle.properties,
// fastlane and App Store Connect API keys (.p8), Play Console service accounts, signing in build.gradle.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './gameValues';

export const GAME_MOBILE_DOCS: RealWorldDoc[] = [
  gDoc(
    'game-godot-export-presets',
    ['config-syntax', 'precision'],
    'export_presets.cfg',
    (k) => `[preset.0]

name="Android"
platform="Android"
runnable=true
dedicated_server=false
custom_features=""
export_filter="all_resources"
include_filter=""
exclude_filter="*.md, addons/gut/*"
export_path="build/android/slimeshop.aab"
encryption_include_filters=""
encryption_exclude_filters=""
encrypt_pck=false
encrypt_directory=false
script_export_mode=2

[preset.0.options]

custom_template/debug=""
custom_template/release=""
gradle_build/use_gradle_build=true
gradle_build/export_format=1
architectures/armeabi-v7a=true
architectures/arm64-v8a=true
keystore/debug="/home/ola/.android/debug.keystore"
keystore/debug_user="androiddebugkey"
keystore/debug_password="${k.n('android')}"
keystore/release="/home/ola/keys/slimeshop-upload.jks"
keystore/release_user="upload"
keystore/release_password="${k.pw()}"
version/code=17
version/name="1.3.0"
package/unique_name="com.papercut.slimeshop"
package/name="Slime Shop"
package/signed=true
permissions/internet=true
permissions/vibrate=true

[preset.1]

name="Windows Desktop"
platform="Windows Desktop"
runnable=true
export_path="build/win/SlimeShop.exe"
encrypt_pck=true
encrypt_directory=false
script_export_mode=2

[preset.1.options]

script_encryption_key="${k.hex(64)}"
binary_format/embed_pck=true
codesign/enable=true
codesign/identity_type=0
codesign/identity="/home/ola/keys/papercut-codesign.pfx"
codesign/password="${k.pw()}"
codesign/timestamp=true
codesign/timestamp_server_url="http://timestamp.digicert.com"
application/icon="res://icon.ico"
application/file_version="1.3.0.0"
application/company_name="Papercut Games"
`,
  ),

  gDoc(
    'game-android-keystore-properties',
    ['config-syntax', 'credential-file', 'precision'],
    'android/keystore.properties',
    (k) => `# Upload key for Play App Signing. DO NOT COMMIT (it's in .gitignore... right?)
storePassword=${k.spw()}
keyPassword=${k.spw()}
keyAlias=upload
storeFile=../keys/upload-keystore.jks
`,
  ),

  gDoc(
    'game-gradle-properties-signing',
    ['config-syntax', 'precision'],
    'gradle.properties',
    (k) => `org.gradle.jvmargs=-Xmx4096m -Dfile.encoding=UTF-8
android.useAndroidX=true
android.enableJetifier=true
unityStreamingAssets=.unity3d, google-services-desktop.json
unityTemplateVersion=5
android.bundle.includeNativeDebugMetadata=false

# release signing (used by launcher/build.gradle)
RELEASE_STORE_FILE=/Users/ci/keys/skyforge.keystore
RELEASE_STORE_PASSWORD=${k.spw()}
RELEASE_KEY_ALIAS=skyforge
RELEASE_KEY_PASSWORD=${k.spw()}

# crashlytics mapping upload
firebaseCrashlyticsUploadNativeSymbols=true
`,
  ),

  gDoc(
    'game-android-build-gradle-signing',
    ['code', 'config-syntax', 'precision'],
    'launcher/build.gradle',
    (k) => `apply plugin: 'com.android.application'
apply from: '../shared/keepUnitySymbols.gradle'

dependencies {
    implementation project(':unityLibrary')
    implementation 'com.google.android.play:review:2.0.1'
}

android {
    namespace "com.moonlitgames.lanternkeeper"
    compileSdkVersion 34
    buildToolsVersion '34.0.0'

    defaultConfig {
        minSdkVersion 24
        targetSdkVersion 34
        applicationId 'com.moonlitgames.lanternkeeper'
        versionCode 41
        versionName '0.4.1'
    }

    signingConfigs {
        release {
            storeFile file('../../Keystore/lanternkeeper.keystore')
            storePassword '${k.pw()}'
            keyAlias 'upload'
            keyPassword '${k.pw()}'
        }
        staging {
            storeFile file(System.getenv("STAGING_KEYSTORE") ?: "staging.keystore")
            storePassword System.getenv("STAGING_STORE_PASSWORD")
            keyAlias 'staging'
            keyPassword System.getenv("STAGING_KEY_PASSWORD")
        }
    }

    buildTypes {
        release {
            minifyEnabled true
            proguardFiles getDefaultProguardFile('proguard-android.txt'), 'proguard-unity.txt'
            signingConfig signingConfigs.release
        }
    }
}
`,
  ),

  gDoc(
    'game-fastlane-appfile-fastfile',
    ['code', 'config-syntax', 'precision'],
    'fastlane/Fastfile',
    (k) => `default_platform(:ios)

platform :ios do
  desc "Upload a new build to TestFlight"
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "${k.n(k.g.upper(2) + k.g.digits(2) + k.g.upper(6))}",
      issuer_id: "${k.n(k.g.uuid())}",
      key_content: "${k.key(V.p8(k.g).replace(/\n/g, '\\n'))}",
      duration: 1200,
      in_house: false
    )
    match(type: "appstore", readonly: true, git_basic_authorization: "${k.basic('moonlit-ci')}")
    build_app(scheme: "Unity-iPhone", export_method: "app-store")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
    slack(message: "Lantern Keeper #{get_version_number} is on TestFlight", slack_url: ENV["SLACK_URL"])
  end
end

platform :android do
  lane :internal do
    gradle(task: "bundle", build_type: "Release")
    upload_to_play_store(track: "internal", json_key: "fastlane/play-store-key.json")
  end
end
`,
  ),

  gDoc(
    'game-fastlane-match-env',
    ['config-syntax', 'precision'],
    'fastlane/.env.default',
    (k) => `# shared with the Mac mini build box
FASTLANE_USER=builds@moonlitgames.io
FASTLANE_PASSWORD=${k.spw()}
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=${k.s('password', `${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}`)}
MATCH_PASSWORD=${k.pw()}
MATCH_GIT_URL=git@github.com:moonlit-games/certificates.git
FASTLANE_ITC_TEAM_ID=${k.n(k.g.digits(9))}
FASTLANE_TEAM_ID=${k.n(k.g.upper(10))}
SLACK_URL=${k.prov('Slack webhook', V.slackHook(k.g))}
`,
  ),

  gDoc(
    'game-asc-p8-file',
    ['credential-file', 'precision'],
    'keys/AuthKey_ABCD123456.p8',
    (k) => `${k.key(V.p8(k.g))}
`,
  ),

  gDoc(
    'game-play-service-account-json',
    ['credential-file', 'precision'],
    'fastlane/play-store-key.json',
    (k) => `{
  "type": "service_account",
  "project_id": "api-${k.n(k.g.digits(19))}-${k.n(k.g.digits(6))}",
  "private_key_id": "${k.n(k.g.hex(40))}",
  "private_key": "${k.key(V.pemJson(k.g))}",
  "client_email": "play-publisher@api-${k.g.digits(10)}.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/play-publisher%40api.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`,
  ),

  gDoc(
    'game-google-services-json',
    ['config-syntax', 'precision'],
    'Assets/google-services.json',
    (k) => `{
  "project_info": {
    "project_number": "${k.n(k.g.digits(12))}",
    "project_id": "lantern-keeper-prod",
    "storage_bucket": "lantern-keeper-prod.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "${k.n('1:' + k.g.digits(12) + ':android:' + k.g.hex(22))}",
        "android_client_info": { "package_name": "com.moonlitgames.lanternkeeper" }
      },
      "oauth_client": [
        { "client_id": "${k.n(k.g.digits(12) + '-' + k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32) + '.apps.googleusercontent.com')}", "client_type": 3 }
      ],
      "api_key": [ { "current_key": "${k.n(V.googleApiKey(k.g))}" } ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
`,
  ),

  gDoc(
    'game-godot-export-credentials',
    ['config-syntax', 'credential-file', 'precision'],
    '.godot/export_credentials.cfg',
    (k) => `[preset.0]

script_encryption_key=""

[preset.0.options]

keystore/debug="/home/tomek/.android/debug.keystore"
keystore/debug_user="androiddebugkey"
keystore/debug_password="${k.n('android')}"
keystore/release="/home/tomek/keys/pixelraid.jks"
keystore/release_user="pixelraid"
keystore/release_password="${k.pw()}"

[preset.2]

script_encryption_key="${k.hex(64)}"

[preset.2.options]

codesign/apple_team_id="${k.n(k.g.upper(10))}"
notarization/api_uuid="${k.n(k.g.uuid())}"
notarization/api_key="/home/tomek/keys/AuthKey_${k.g.upper(10)}.p8"
notarization/apple_id_name="tomek@pixelraid.dev"
notarization/apple_id_password="${k.s('password', `${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}`)}"
`,
  ),

  gDoc('game-keytool-session', ['command-line', 'logs-and-output', 'precision'], 'docs/release/keystore-howto.md', (k) => {
    const pw = V.safePw(k.g);
    return `# Creating the upload keystore (done once, 2024-02-11)

\`\`\`
$ keytool -genkeypair -v -keystore upload-keystore.jks -keyalg RSA -keysize 2048 -validity 10000 -alias upload -storepass ${k.s('password', pw)} -keypass ${k.s('password', pw)} -dname "CN=Papercut Games, O=Papercut Games, C=PL"
Generating 2,048 bit RSA key pair and self-signed certificate (SHA256withRSA) with a validity of 10,000 days
	for: CN=Papercut Games, O=Papercut Games, C=PL
[Storing upload-keystore.jks]

$ keytool -list -v -keystore upload-keystore.jks -alias upload
Enter keystore password:
Alias name: upload
Creation date: Feb 11, 2024
Entry type: PrivateKeyEntry
Certificate fingerprints:
	 SHA1: ${k.n(k.g.hex(40).toUpperCase().match(/../g)!.join(':'))}
	 SHA256: ${k.n(k.g.hex(64).toUpperCase().match(/../g)!.join(':'))}
Signature algorithm name: SHA256withRSA
\`\`\`

The SHA1 above goes into the Firebase console (Android app settings) and the Google Play Games Services
OAuth client. The password is in the team vault under "Slime Shop / upload keystore"; ask Ola.
`;
  }),
];
