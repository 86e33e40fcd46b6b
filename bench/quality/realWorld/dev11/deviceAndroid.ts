// Android, React Native and Flutter projects as they sit in app repositories: signing passwords in
// gradle.properties and key.properties, keys in local.properties and strings.xml, keystore commands.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { ph, plain, pv, pw, tk } from './deviceKit';
import * as V from './deviceValues';

export const DEVICE_ANDROID_DOCS: RealWorldDoc[] = [
  doc(
    'device-android-gradle-properties',
    ['credential-file', 'config-syntax'],
    'android/gradle.properties',
    (k) => `# Project-wide Gradle settings.
# For more details on how to configure your build environment visit
# http://www.gradle.org/docs/current/userguide/build_environment.html
org.gradle.jvmargs=-Xmx4096m -XX:MaxMetaspaceSize=512m -Dfile.encoding=UTF-8
android.useAndroidX=true
android.enableJetifier=true
reactNativeArchitectures=armeabi-v7a,arm64-v8a,x86,x86_64
newArchEnabled=false
hermesEnabled=true

# upload key (see docs/release.md) -- TODO move to ~/.gradle/gradle.properties
MYAPP_UPLOAD_STORE_FILE=my-upload-key.keystore
MYAPP_UPLOAD_KEY_ALIAS=my-key-alias
MYAPP_UPLOAD_STORE_PASSWORD=${pw(k, plain(V.human))}
MYAPP_UPLOAD_KEY_PASSWORD=${pw(k, plain(V.human))}
VERSION_CODE=${k.n('10427')}
`,
  ),

  doc(
    'device-flutter-key-properties',
    ['credential-file'],
    'android/key.properties',
    (k) => `storePassword=${pw(k, plain(V.generated))}
keyPassword=${pw(k, plain(V.passphrase))}
keyAlias=upload
storeFile=/Users/jana.novak/keys/upload-keystore.jks
`,
  ),

  doc(
    'device-android-build-gradle-signing',
    ['code', 'defaults-in-code'],
    'app/build.gradle',
    (k) => `apply plugin: "com.android.application"
apply plugin: "com.facebook.react"

def keystorePropertiesFile = rootProject.file("key.properties")
def keystoreProperties = new Properties()
if (keystorePropertiesFile.exists()) {
    keystoreProperties.load(new FileInputStream(keystorePropertiesFile))
}

android {
    namespace "de.stadtwerke.zaehlerstand"
    compileSdkVersion 34
    defaultConfig {
        applicationId "de.stadtwerke.zaehlerstand"
        minSdkVersion 23
        targetSdkVersion 34
        versionCode 58
        versionName "${k.n('2.14.1')}"
    }
    signingConfigs {
        debug {
            storeFile file('debug.keystore')
            storePassword '${k.u('android')}'
            keyAlias 'androiddebugkey'
            keyPassword '${k.u('android')}'
        }
        release {
            storeFile file(keystoreProperties['storeFile'] ?: 'release.jks')
            storePassword keystoreProperties['storePassword'] ?: System.getenv("${k.n('KS_PASS')}") ?: "${pw(k, plain(V.human))}"
            keyAlias keystoreProperties['keyAlias'] ?: 'release'
            keyPassword System.getenv("KEY_PASS") ?: "${pw(k, plain(V.human))}"
        }
    }
    buildTypes {
        release {
            signingConfig signingConfigs.release
            minifyEnabled true
            proguardFiles getDefaultProguardFile("proguard-android.txt"), "proguard-rules.pro"
        }
    }
}
`,
  ),

  doc(
    'device-android-build-gradle-kts-fields',
    ['code', 'config-syntax'],
    'app/build.gradle.kts',
    (k) => `plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.gms.google-services")
}

android {
    namespace = "com.pawtrack.app"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.pawtrack.app"
        minSdk = 26
        targetSdk = 34
        versionCode = 31
        versionName = "1.9.0"
        buildConfigField("String", "API_BASE", "\\"https://api.pawtrack.io/v2/\\"")
        buildConfigField("String", "API_KEY", "\\"${tk(k, (g) => g.hex(32))}\\"")
        buildConfigField("String", "TILE_SECRET", "\\"${tk(k, (g) => g.alnum(40))}\\"")
        buildConfigField("String", "SENTRY_DSN", "\\"${k.n(`https://${k.g.hex(32)}@o4505.ingest.sentry.io/4505123`)}\\"")
        resValue("string", "collar_pairing_pin", "${k.s('password', V.pin(k.g, 6))}")
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keys/pawtrack.jks")
            storePassword = "${pw(k, plain(V.generated))}"
            keyAlias = "pawtrack"
            keyPassword = "${pw(k, plain(V.generated))}"
        }
    }
    buildFeatures { buildConfig = true }
}
`,
  ),

  doc(
    'device-android-local-properties',
    ['credential-file', 'config-syntax', 'precision'],
    'local.properties',
    (k) => `## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
#
# Location of the SDK. This is only used by Gradle.
#Tue Nov 12 09:41:07 CET 2024
sdk.dir=/Users/mkowalski/Library/Android/sdk
MAPS_API_KEY=${k.u(V.prov.googleApi(k.g))}
weather.apiKey=${tk(k, (g) => g.hex(32))}
SENTRY_AUTH_TOKEN=${pv(k, 'sentryUser', 'Sentry user auth token')}
backend.clientSecret=${tk(k, (g) => g.base64url(43))}
backend.clientId=${k.n('android-app')}
# flipper.enabled=true
`,
  ),

  doc(
    'device-android-strings-xml',
    ['config-syntax', 'precision'],
    'app/src/main/res/values/strings.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Heizungsmonitor</string>
    <string name="login_title">Anmelden</string>
    <string name="password_hint">${k.n('Passwort')}</string>
    <string name="error_wrong_password">${k.n('Falsches Passwort, bitte erneut versuchen')}</string>
    <string name="facebook_app_id">${k.n(k.g.digits(15))}</string>
    <string name="fb_login_protocol_scheme">fb${k.n(k.g.digits(15))}</string>
    <string name="default_web_client_id" translatable="false">${k.n(`${k.g.digits(12)}-${k.g.lower(32)}.apps.googleusercontent.com`)}</string>
    <string name="admob_app_id">${k.n(`ca-app-pub-${k.g.digits(16)}~${k.g.digits(10)}`)}</string>
    <string name="algolia_app_id">${k.n(k.g.upper(10))}</string>
    <string name="algolia_search_key">${k.n(k.g.hex(32))}</string>
    <string name="algolia_admin_key">${tk(k, (g) => g.hex(32))}</string>
    <string name="openweather_key" translatable="false">${tk(k, (g) => g.hex(32))}</string>
    <string name="mqtt_broker">ssl://broker.heizung.local:8883</string>
    <string name="mqtt_pass" translatable="false">${pw(k, plain(V.human))}</string>
</resources>
`,
  ),

  doc('device-android-keytool-history', ['command-line', 'logs-and-output', 'precision'], 'notes/keystore.txt', (k) => {
    const store = V.human(k.g).replace(/[!$&*?#@ ]/g, '');
    return `$ keytool -genkeypair -v -storetype PKCS12 -keystore upload-keystore.jks -alias upload -keyalg RSA -keysize 2048 -validity 10000 -storepass ${k.s('password', store)} -keypass ${k.s('password', store)} -dname "CN=Oliver Brandt, OU=Mobile, O=Brandt Apps, L=Kassel, C=DE"
Generating 2,048 bit RSA key pair and self-signed certificate (SHA256withRSA) with a validity of 10,000 days
	for: CN=Oliver Brandt, OU=Mobile, O=Brandt Apps, L=Kassel, C=DE
[Storing upload-keystore.jks]

$ keytool -list -v -keystore upload-keystore.jks -alias upload -storepass ${k.s('password', store)}
Alias name: upload
Creation date: 14.03.2024
Entry type: PrivateKeyEntry
Certificate fingerprints:
	 SHA1: ${k.n(Array.from({ length: 20 }, () => k.g.chars('0123456789ABCDEF', 2)).join(':'))}
	 SHA256: ${k.n(Array.from({ length: 32 }, () => k.g.chars('0123456789ABCDEF', 2)).join(':'))}
Signature algorithm name: SHA256withRSA

$ apksigner sign --ks upload-keystore.jks --ks-key-alias upload --ks-pass pass:${k.s('password', store)} --key-pass pass:${k.s('password', store)} app-release-unsigned.apk
$ jarsigner -verbose -sigalg SHA256withRSA -digestalg SHA-256 -keystore old-release.keystore -storepass ${pw(k, plain(V.lettersOnly))} app-release.aab oldkey
$ keytool -exportcert -alias upload -keystore upload-keystore.jks | openssl sha1 -binary | openssl base64
Enter keystore password:
${k.n(k.g.base64(27) + '=')}
`;
  }),

  doc(
    'device-android-ci-workflow',
    ['config-syntax', 'command-line', 'precision'],
    '.github/workflows/android-release.yml',
    (k) => `name: Android release
on:
  push:
    tags: ['v*']
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      KEYSTORE_PASSWORD: ${k.n('${{ secrets.KEYSTORE_PASSWORD }}')}
      KEY_ALIAS: upload
      # temporary until the secret is rotated, remove!!
      KEY_PASSWORD: ${pw(k, plain(V.human))}
    steps:
      - uses: actions/checkout@${k.n(k.g.hex(40))}
      - uses: actions/setup-java@v4
        with: { distribution: temurin, java-version: '17' }
      - name: Decode keystore
        run: echo "${k.n('${{ secrets.KEYSTORE_BASE64 }}')}" | base64 -d > android/app/upload.jks
      - name: key.properties
        run: |
          echo "storePassword=${k.n('$KEYSTORE_PASSWORD')}" > android/key.properties
          echo "keyPassword=${k.n('$KEY_PASSWORD')}" >> android/key.properties
          echo "keyAlias=$KEY_ALIAS" >> android/key.properties
          echo "storeFile=upload.jks" >> android/key.properties
      - run: ./gradlew bundleRelease -Pandroid.injected.signing.store.password=${pw(k, plain(V.generated))}
        working-directory: android
      - name: Upload to Play
        uses: r0adkll/upload-google-play@v1
        with:
          serviceAccountJsonPlainText: \${{ secrets.PLAY_SERVICE_ACCOUNT }}
          packageName: de.brandt.vereinsapp
          releaseFiles: android/app/build/outputs/bundle/release/app-release.aab
`,
  ),

  doc(
    'device-android-kotlin-apiconfig',
    ['code'],
    'app/src/main/java/com/heimwerk/net/ApiConfig.kt',
    (k) => `package com.heimwerk.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient

// FIXME: move to BuildConfig before the store release
object ApiConfig {
    const val BASE_URL = "https://api.heimwerk-app.de/"
    const val API_KEY = "${tk(k, (g) => g.alnum(32))}"
    private const val CLIENT_SECRET = "${tk(k, (g) => g.base64url(40))}"
    const val DEMO_USER = "demo@heimwerk-app.de"
    const val DEMO_PASS = "${pw(k, V.human)}"
    const val PREFS_TOKEN_KEY = "${k.n('auth_token')}"

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .addHeader("X-Api-Key", API_KEY)
                    .addHeader("X-Client-Secret", CLIENT_SECRET)
                    .addHeader("X-Request-Id", "${k.n(k.g.uuid())}")
                    .build()
            )
        })
        .build()
}
`,
  ),

  doc(
    'device-flutter-env-dart',
    ['code', 'command-line'],
    'lib/config/env.dart',
    (k) => `// generated by hand, sorry. do NOT commit the prod one.
// flutter run --dart-define=API_KEY=${tk(k, (g) => g.hex(40))} --dart-define=FLAVOR=dev
class Env {
  static const String flavor = String.fromEnvironment('FLAVOR', defaultValue: 'dev');
  static const String apiKey = String.fromEnvironment('API_KEY', defaultValue: '${tk(k, (g) => g.hex(40))}');
  static const String supabaseUrl = 'https://${k.g.lower(20)}.supabase.co';
  static const String supabaseAnonKey = '${k.n(V.jwt(k.g, { iss: 'supabase', role: 'anon', iat: 1700000000, exp: 2015000000 }))}';
  static const String supabaseServiceKey = '${tk(k, (g) => V.jwt(g, { iss: 'supabase', role: 'service_role', iat: 1700000000, exp: 2015000000 }))}';
  static const String oneSignalAppId = '${k.n(k.g.uuid())}';
  static const String revenueCatKey = '${k.n('goog_' + k.g.alnum(27))}';
}
`,
  ),

  doc(
    'device-rn-dotenv',
    ['credential-file', 'config-syntax', 'precision'],
    'mobile/.env.production',
    (k) => `API_URL=https://api.rezepte-app.es
SENTRY_DSN=${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}
ONESIGNAL_APP_ID=${k.n(k.g.uuid())}
ONESIGNAL_REST_API_KEY=${tk(k, (g) => g.alnum(48))}
CODEPUSH_KEY_ANDROID=${tk(k, (g) => g.alnum(28) + '-' + g.alnum(6))}
GOOGLE_PLACES_KEY=${k.u(V.prov.googleApi(k.g))}
EXPO_TOKEN=${pv(k, 'expo', 'Expo access token')}
STRIPE_PUBLISHABLE_KEY=${k.n('pk_live_' + k.g.alnum(24))}
# STRIPE_SECRET_KEY only in backend!!
STRIPE_SECRET_KEY=${pv(k, 'stripe', 'Stripe secret key')}
FEATURE_FLAGS=recipes,planner
APP_VERSION=${k.n('3.2.0')}
`,
  ),

  doc(
    'device-rn-env-example',
    ['precision', 'config-syntax'],
    'mobile/.env.example',
    (k) => `# copy to .env and fill in (ask in #mobile for the values)
API_URL=https://staging-api.rezepte-app.es
SENTRY_DSN=${k.n('https://<key>@o0.ingest.sentry.io/0')}
ONESIGNAL_APP_ID=${k.n('00000000-0000-0000-0000-000000000000')}
ONESIGNAL_REST_API_KEY=${ph(k)}
CODEPUSH_KEY_ANDROID=${k.n('<codepush-deployment-key>')}
EXPO_TOKEN=${k.n('your-expo-token')}
STRIPE_SECRET_KEY=${k.n('sk_test_xxxxxxxxxxxxxxxxxxxxxxxx')}
DB_URL=${k.n('postgres://user:password@localhost:5432/recipes')}
`,
  ),
];
