// Android build and config files: local.properties, gradle.properties, keystore.properties, build.gradle(.kts),
// strings.xml, google-services.json, AndroidManifest meta-data — as app developers really leave them.
import type { RealWorldDoc } from '../types';
import { appDoc, V } from './appValues';

export const APP_ANDROID_DOCS: RealWorldDoc[] = [
  appDoc(
    'app-android-local-properties',
    ['config-syntax', 'credential-file'],
    'android/local.properties',
    (k) => `## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
#
# Location of the SDK. This is only used by Gradle.
# For customization when using a Version Control System, please read the
# header note.
#Tue Mar 12 09:14:02 CET 2024
sdk.dir=/Users/${
      V.human(k.g)
        .replace(/[^a-z]/gi, '')
        .toLowerCase()
        .slice(0, 6) || 'dev'
    }/Library/Android/sdk
ndk.dir=/Users/dev/Library/Android/sdk/ndk/25.1.8937393
MAPS_API_KEY=${k.n(V.googleKey(k.g))}
storeFile=/Users/dev/keys/upload-keystore.jks
storePassword=${k.hpw()}
keyAlias=upload
keyPassword=${k.hpw()}
backend.apiKey=${k.tok()}
flutter.sdk=/Users/dev/fvm/versions/3.19.2
flutter.buildMode=release
flutter.versionName=2.4.1
flutter.versionCode=${k.n('241')}
`,
  ),

  appDoc(
    'app-android-gradle-properties-signing',
    ['config-syntax', 'credential-file'],
    'gradle.properties',
    (k) => `# Project-wide Gradle settings.
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
android.enableJetifier=false
kotlin.code.style=official
android.nonTransitiveRClass=true

# --- release signing (do not commit!! -- yes I know) ---
MYAPP_UPLOAD_STORE_FILE=my-upload-key.keystore
MYAPP_UPLOAD_KEY_ALIAS=my-key-alias
MYAPP_UPLOAD_STORE_PASSWORD=${k.pw()}
MYAPP_UPLOAD_KEY_PASSWORD=${k.pw()}

# Nexus for internal libs
nexusUsername=ci-android
nexusPassword=${k.gpw()}
systemProp.http.proxyHost=proxy.corp.local
systemProp.http.proxyPort=3128
systemProp.http.proxyUser=svc_build
systemProp.http.proxyPassword=${k.hpw()}
# hermes
hermesEnabled=true
newArchEnabled=${k.n('false')}
`,
  ),

  appDoc(
    'app-android-keystore-properties',
    ['credential-file', 'config-syntax'],
    'android/keystore.properties',
    (k) => `storePassword=${k.letters()}
keyPassword=${k.letters()}
keyAlias=key0
storeFile=../keystore/release.jks
`,
  ),

  appDoc(
    'app-android-key-properties-flutter',
    ['credential-file'],
    'android/key.properties',
    (k) => `storePassword=${k.phrase()}
keyPassword=${k.phrase()}
keyAlias=upload
storeFile=/home/${k.g.pick(['tuan', 'putri', 'jakub'])}/upload-keystore.jks
`,
  ),

  appDoc(
    'app-android-build-gradle-groovy',
    ['code', 'config-syntax'],
    'app/build.gradle',
    (k) => `plugins {
    id 'com.android.application'
    id 'org.jetbrains.kotlin.android'
    id 'com.google.gms.google-services'
    id 'com.google.firebase.crashlytics'
}

android {
    namespace 'com.shopr.app'
    compileSdk 34

    defaultConfig {
        applicationId "com.shopr.app"
        minSdk 24
        targetSdk 34
        versionCode ${k.n('1057')}
        versionName "3.2.0"
        buildConfigField "String", "API_BASE_URL", "\\"https://api.shopr.io/v2/\\""
        buildConfigField "String", "API_KEY", "\\"${k.tok()}\\""
        buildConfigField "String", "ALGOLIA_APP_ID", "\\"${k.n(k.g.upper(10))}\\""
        buildConfigField "String", "ALGOLIA_SEARCH_KEY", "\\"${k.n(k.g.hex(32))}\\""  // search-only key, fine
        resValue "string", "google_maps_key", "${k.n(V.googleKey(k.g))}"
        testInstrumentationRunner "androidx.test.runner.AndroidJUnitRunner"
    }

    signingConfigs {
        release {
            storeFile file("../shopr-release.jks")
            storePassword "${k.hpw()}"
            keyAlias "shopr"
            keyPassword "${k.hpw()}"
        }
        debug {
            storeFile file("debug.keystore")
            storePassword "${k.u('android')}"
            keyAlias "androiddebugkey"
            keyPassword "${k.u('android')}"
        }
    }

    buildTypes {
        release {
            minifyEnabled true
            shrinkResources true
            proguardFiles getDefaultProguardFile('proguard-android-optimize.txt'), 'proguard-rules.pro'
            signingConfig signingConfigs.release
            buildConfigField "String", "STRIPE_KEY", "\\"${k.n(V.stripePub(k.g))}\\""
        }
        staging {
            initWith debug
            buildConfigField "String", "API_KEY", "\\"${k.tok()}\\""
        }
    }
}

dependencies {
    implementation 'androidx.core:core-ktx:1.12.0'
    implementation platform('com.google.firebase:firebase-bom:32.7.2')
}
`,
  ),

  appDoc(
    'app-android-build-gradle-kts-env',
    ['code', 'config-syntax'],
    'app/build.gradle.kts',
    (k) => `import java.util.Properties

val keystoreProps = Properties().apply {
    val f = rootProject.file("keystore.properties")
    if (f.exists()) load(f.inputStream())
}

android {
    namespace = "id.kasir.pos"
    compileSdk = 34

    defaultConfig {
        applicationId = "id.kasir.pos"
        minSdk = 26
        versionCode = 88
        versionName = "1.8.0"
        // kunci API backend — sementara hardcode dulu, nanti pindah ke CI
        buildConfigField("String", "KASIR_API_KEY", "\\"${k.tok()}\\"")
        buildConfigField("String", "MIDTRANS_CLIENT_KEY", "\\"${k.n('SB-Mid-client-' + k.g.alnum(16))}\\"")
        buildConfigField("String", "MIDTRANS_SERVER_KEY", "\\"${k.prov('Midtrans', 'SB-Mid-server-' + k.g.base64url(24))}\\"")
        buildConfigField("String", "SENTRY_DSN", "\\"${k.n(V.sentryDsn(k.g))}\\"")
    }

    signingConfigs {
        create("release") {
            storeFile = file(keystoreProps["storeFile"] as String? ?: "release.jks")
            storePassword = ${k.n('keystoreProps["storePassword"] as String?')}
            keyAlias = keystoreProps["keyAlias"] as String?
            keyPassword = System.getenv("${k.n('KEY_PASSWORD')}") ?: "${k.hpw()}"
        }
    }
}
`,
  ),

  appDoc(
    'app-android-strings-xml',
    ['config-syntax'],
    'app/src/main/res/values/strings.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Tripster</string>
    <string name="login_hint_password">${k.n('Password')}</string>
    <string name="error_wrong_password">${k.n('Wrong password, please try again')}</string>
    <string name="facebook_app_id">${k.n(k.g.digits(15))}</string>
    <string name="fb_login_protocol_scheme">fb${k.g.digits(15)}</string>
    <string name="facebook_client_token">${k.tok()}</string>
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">${k.n(V.googleKey(k.g))}</string>
    <string name="weather_api_key" translatable="false">${k.hex(32)}</string>
    <string name="here_api_key" translatable="false">${k.tok()}</string>
    <string name="default_web_client_id">${k.n(V.oauthClient(k.g))}</string>
    <string name="settings_title">Settings</string>
</resources>
`,
  ),

  appDoc(
    'app-android-strings-xml-de',
    ['config-syntax', 'precision'],
    'app/src/main/res/values-de/strings.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Fitly</string>
    <string name="password">${k.n('Passwort')}</string>
    <string name="password_hint">${k.n('Passwort eingeben')}</string>
    <string name="password_forgot">Passwort vergessen?</string>
    <string name="api_key_missing">${k.n('API-Schlüssel fehlt. Bitte in den Einstellungen hinterlegen.')}</string>
    <string name="token_expired">${k.n('Sitzung abgelaufen, bitte erneut anmelden')}</string>
    <string name="secret_label">${k.n('Geheimnis')}</string>
</resources>
`,
  ),

  appDoc('app-android-google-services-json', ['config-syntax', 'precision'], 'app/google-services.json', (k) => {
    const num = V.gcmSender(k.g);
    const proj = `petpal-${k.g.lower(5)}`;
    return `{
  "project_info": {
    "project_number": "${k.n(num)}",
    "firebase_url": "https://${proj}-default-rtdb.firebaseio.com",
    "project_id": "${proj}",
    "storage_bucket": "${proj}.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "${k.n(`1:${num}:android:${k.g.hex(22)}`)}",
        "android_client_info": {
          "package_name": "com.petpal.android"
        }
      },
      "oauth_client": [
        {
          "client_id": "${k.n(V.oauthClient(k.g))}",
          "client_type": 3
        }
      ],
      "api_key": [
        {
          "current_key": "${k.n(V.googleKey(k.g))}"
        }
      ],
      "services": {
        "appinvite_service": {
          "other_platform_oauth_client": []
        }
      }
    }
  ],
  "configuration_version": "1"
}
`;
  }),

  appDoc(
    'app-android-manifest-metadata',
    ['config-syntax', 'code'],
    'app/src/main/AndroidManifest.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android"
    xmlns:tools="http://schemas.android.com/tools">

    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />

    <application
        android:name=".RiderApp"
        android:allowBackup="false"
        android:icon="@mipmap/ic_launcher"
        android:label="@string/app_name"
        android:theme="@style/Theme.Rider">

        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${k.n(V.googleKey(k.g))}" />
        <meta-data
            android:name="com.google.android.gms.ads.APPLICATION_ID"
            android:value="${k.n(V.admobApp(k.g))}" />
        <meta-data android:name="io.branch.sdk.BranchKey" android:value="${k.n('key_live_' + k.g.alnum(32))}" />
        <meta-data android:name="com.mapbox.token" android:value="${k.n(V.mapboxPublic(k.g))}" />
        <meta-data
            android:name="com.rider.PAYMENT_SECRET"
            android:value="${k.tok()}" />
        <meta-data android:name="com.here.sdk.access_key_secret" android:value="${k.tok()}"/>
        <meta-data android:name="io.fabric.ApiKey" android:value="${k.hex(40)}" />

        <activity
            android:name=".MainActivity"
            android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
`,
  ),

  appDoc(
    'app-android-gradle-properties-fr',
    ['config-syntax'],
    'android/gradle.properties',
    (k) => `# Paramètres Gradle du projet
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true

# Signature de la release — mot de passe du keystore (demander à Pierre si perdu)
RELEASE_STORE_FILE=../signature/bookit.keystore
RELEASE_STORE_PASSWORD = ${k.hpw()}
RELEASE_KEY_ALIAS = bookit
RELEASE_KEY_PASSWORD = ${k.hpw()}
# clé de l'API interne (préprod)
bookitApiSecret=${k.tok()}
# Artifactory
artifactory_user=pierre.d
artifactory_password=${k.prov('JFrog Artifactory', 'AKCp8' + k.g.alnum(68))}
`,
  ),

  appDoc(
    'app-android-gradle-init-credentials',
    ['code', 'config-syntax'],
    'settings.gradle.kts',
    (k) => `pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}
dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
        maven {
            url = uri("https://maven.pkg.github.com/moneyo/android-sdk")
            credentials {
                username = "moneyo-bot"
                password = "${k.prov('GitHub', V.githubPat(k.g))}"
            }
        }
        maven {
            url = uri("https://api.mapbox.com/downloads/v2/releases/maven")
            authentication { create<BasicAuthentication>("basic") }
            credentials {
                username = "mapbox"
                password = ${k.n('providers.gradleProperty("MAPBOX_DOWNLOADS_TOKEN").get()')}
            }
        }
        maven {
            url = uri("https://nexus.moneyo.internal/repository/android/")
            credentials {
                username = "deploy"
                password = "${k.gpw()}"
            }
        }
    }
}
rootProject.name = "Moneyo"
include(":app", ":core", ":feature-wallet")
`,
  ),

  appDoc(
    'app-android-kotlin-constants',
    ['code', 'defaults-in-code'],
    'app/src/main/java/com/notey/data/Constants.kt',
    (k) => `package com.notey.data

object Constants {
    const val BASE_URL = "https://api.notey.app/"
    const val DB_NAME = "notey.db"
    const val PREFS_NAME = "notey_prefs"

    // TODO move to BuildConfig before release!!
    const val OPENWEATHER_KEY = "${k.hex(32)}"
    const val CLIENT_SECRET = "${k.tok()}"
    const val HMAC_SECRET = "${k.gpw()}"
    const val DB_PASSPHRASE = "${k.phrase()}"  // SQLCipher

    const val KEY_PASSWORD = "${k.n('pref_password')}"       // SharedPreferences key name, not a password
    const val KEY_AUTH_TOKEN = "${k.n('auth_token')}"
    val API_KEY get() = ${k.n('BuildConfig.API_KEY')}
    const val MIN_PASSWORD_LENGTH = 8
}
`,
  ),

  appDoc(
    'app-android-java-retrofit',
    ['code', 'http-auth'],
    'app/src/main/java/com/quizzy/net/ApiClient.java',
    (k) => `package com.quizzy.net;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

public final class ApiClient {
    private static final String BASE = "https://quizzy-api.herokuapp.com/";
    // shared with the iOS app, rotated never :(
    private static final String X_API_KEY = "${k.tok()}";
    private static final String BASIC = "Basic ${k.http(V.b64('quizzy-admin:' + V.human(k.g)))}";

    public static Retrofit build() {
        OkHttpClient client = new OkHttpClient.Builder()
            .addInterceptor(chain -> {
                Request r = chain.request().newBuilder()
                    .header("x-api-key", X_API_KEY)
                    .header("Authorization", BASIC)
                    .header("X-Request-Id", "${k.n(k.g.uuid())}")
                    .build();
                return chain.proceed(r);
            })
            .build();
        return new Retrofit.Builder().baseUrl(BASE).client(client)
            .addConverterFactory(GsonConverterFactory.create()).build();
    }
}
`,
  ),
];
