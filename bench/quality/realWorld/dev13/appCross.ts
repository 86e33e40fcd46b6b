// Cross-platform apps: Flutter (--dart-define, env.dart, pubspec), React Native / Expo (app.json, app.config.js,
// eas.json, react-native-config .env, CodePush), Xamarin / .NET MAUI (appsettings.json, .csproj signing).
import type { RealWorldDoc } from '../types';
import { appDoc, V } from './appValues';

export const APP_CROSS_DOCS: RealWorldDoc[] = [
  appDoc(
    'app-flutter-dart-define-script',
    ['command-line'],
    'scripts/build_release.sh',
    (k) => `#!/bin/bash
# Flutter release build — secrets via --dart-define (quick fix until we have envied set up)
flutter clean && flutter pub get
flutter build appbundle --release \\
  --dart-define=API_URL=https://api.kasir.id \\
  --dart-define=API_KEY=${k.tok()} \\
  --dart-define=MIDTRANS_SERVER_KEY=${k.prov('Midtrans', 'Mid-server-' + k.g.base64url(24))} \\
  --dart-define=SENTRY_DSN=${k.n(V.sentryDsn(k.g))} \\
  --dart-define=ENCRYPT_KEY=${k.s('token', k.g.alnum(32))} \\
  --obfuscate --split-debug-info=build/symbols

flutter build ipa --release --dart-define-from-file=${k.n('env/prod.json')} --export-options-plist=ios/ExportOptions.plist
`,
  ),

  appDoc(
    'app-flutter-env-dart',
    ['code', 'defaults-in-code'],
    'lib/env/env.dart',
    (k) => `// ignore_for_file: constant_identifier_names
/// Environment config. Values come from --dart-define; the defaults are for local dev.
class Env {
  static const apiUrl = String.fromEnvironment('API_URL', defaultValue: 'http://10.0.2.2:8080');
  static const apiKey = String.fromEnvironment('API_KEY', defaultValue: '${k.tok()}');
  static const pusherSecret = String.fromEnvironment('PUSHER_SECRET', defaultValue: '${k.hex(20)}');
  static const mapsKey = String.fromEnvironment(${k.n("'MAPS_KEY'")});
  static const adminPin = '${k.pin()}'; // unlocks the hidden debug menu
  static const supabaseAnon = '${k.n(V.supabaseAnon(k.g))}'; // anon role, public
  static const supabaseServiceRole = '${k.jwt()}';
}
`,
  ),

  appDoc(
    'app-flutter-pubspec-precision',
    ['config-syntax', 'precision'],
    'pubspec.yaml',
    (k) => `name: fitly
description: "Fitness tracker for everyone."
publish_to: 'none'
version: 2.1.0+${k.n('54')}

environment:
  sdk: '>=3.2.0 <4.0.0'

dependencies:
  flutter:
    sdk: flutter
  dio: ^5.4.0
  flutter_secure_storage: ^9.0.0
  envied: ^0.5.3
  private_sdk:
    git:
      url: https://github.com/fitly/private_sdk.git
      ref: ${k.n(V.gitSha(k.g))}

dev_dependencies:
  envied_generator: ^0.5.3
  build_runner: ^2.4.8

flutter:
  uses-material-design: true
  assets:
    - assets/images/
    - .env
`,
  ),

  appDoc(
    'app-flutter-dot-env',
    ['config-syntax', 'credential-file'],
    '.env',
    (k) => `# flutter_dotenv — bundled as an asset (so yes, it ships inside the APK...)
API_BASE=https://api.fitly.app
API_KEY=${k.tok()}
GARMIN_CONSUMER_KEY=${k.n(k.g.uuid())}
GARMIN_CONSUMER_SECRET=${k.tok()}
STRAVA_CLIENT_ID=${k.n(k.g.digits(6))}
STRAVA_CLIENT_SECRET=${k.hex(40)}
ONESIGNAL_APP_ID=${k.n(k.g.uuid())}
ONESIGNAL_REST_KEY=${k.s('token', k.g.base64(48).replace(/[+/=]/g, 'z'))}
`,
  ),

  appDoc('app-flutter-envied-generated', ['code'], 'lib/env/env.g.dart', (k) => {
    const n = 24;
    const keyArr = Array.from({ length: n }, () => Number(k.g.digits(3)) % 1000);
    return `// GENERATED CODE - DO NOT MODIFY BY HAND

part of 'env.dart';

// **************************************************************************
// EnviedGenerator
// **************************************************************************

// coverage:ignore-file
// ignore_for_file: type=lint
final class _Env {
  static const String apiUrl = 'https://api.fitly.app';

  static const String stravaSecret = '${k.hex(40)}';

  static const List<int> _enviedkeyapiKey = <int>[${k.n(keyArr.join(', '))}];

  static const String weatherKey = '${k.hex(32)}';
}
`;
  }),

  appDoc(
    'app-rn-config-env',
    ['config-syntax', 'credential-file'],
    '.env.production',
    (k) => `# react-native-config
API_URL=https://api.bookit.es/v1
API_KEY=${k.tok()}
GOOGLE_MAPS_API_KEY=${k.n(V.googleKey(k.g))}
CODEPUSH_KEY_ANDROID=${k.u(V.token(k.g))}
CODEPUSH_KEY_IOS=${k.u(V.token(k.g))}
SENTRY_AUTH_TOKEN=${k.prov('Sentry', V.sentryAuth(k.g))}
STRIPE_PUBLISHABLE_KEY=${k.n(V.stripePub(k.g))}
ENCRYPTION_SALT=${k.gpw()}
FEATURE_FLAGS=checkout_v2,dark_mode
`,
  ),

  appDoc(
    'app-expo-app-json',
    ['config-syntax'],
    'app.json',
    (k) => `{
  "expo": {
    "name": "Petpal",
    "slug": "petpal",
    "version": "1.4.0",
    "orientation": "portrait",
    "icon": "./assets/icon.png",
    "ios": {
      "bundleIdentifier": "com.petpal.ios",
      "buildNumber": "${k.n('31')}",
      "config": { "googleMapsApiKey": "${k.n(V.googleKey(k.g))}" }
    },
    "android": {
      "package": "com.petpal.android",
      "versionCode": 31,
      "config": { "googleMaps": { "apiKey": "${k.n(V.googleKey(k.g))}" } }
    },
    "extra": {
      "apiUrl": "https://api.petpal.com.br",
      "apiKey": "${k.tok()}",
      "cloudinarySecret": "${k.s('token', k.g.alnum(27))}",
      "eas": { "projectId": "${k.n(k.g.uuid())}" }
    },
    "updates": { "url": "https://u.expo.dev/${k.n(k.g.uuid())}" },
    "runtimeVersion": { "policy": "appVersion" }
  }
}
`,
  ),

  appDoc(
    'app-expo-app-config-js',
    ['code', 'config-syntax'],
    'app.config.js',
    (k) => `// app.config.js — dynamic Expo config
const IS_DEV = process.env.APP_VARIANT === 'development';

export default ({ config }) => ({
  ...config,
  name: IS_DEV ? 'Notey (Dev)' : 'Notey',
  ios: { ...config.ios, bundleIdentifier: IS_DEV ? 'app.notey.dev' : 'app.notey.ios' },
  extra: {
    ...config.extra,
    apiKey: process.env.${k.n('NOTEY_API_KEY')} ?? '${k.tok()}',
    algoliaAdminKey: '${k.hex(32)}',
    revenueCatKey: IS_DEV ? '${k.n(V.revenuecatPublic(k.g))}' : ${k.n('process.env.RC_KEY')},
    sentryDsn: '${k.n(V.sentryDsn(k.g))}',
  },
  plugins: [
    ['@sentry/react-native/expo', { organization: 'notey', project: 'mobile' }],
    ['expo-build-properties', { android: { compileSdkVersion: 34 } }],
  ],
});
`,
  ),

  appDoc(
    'app-eas-json',
    ['config-syntax'],
    'eas.json',
    (k) => `{
  "cli": { "version": ">= 7.0.0", "appVersionSource": "remote" },
  "build": {
    "development": { "developmentClient": true, "distribution": "internal" },
    "preview": {
      "distribution": "internal",
      "env": { "API_URL": "https://staging.api.rider.com", "API_KEY": "${k.tok()}" }
    },
    "production": {
      "autoIncrement": true,
      "env": {
        "API_URL": "https://api.rider.com",
        "API_KEY": "${k.n('@secret:API_KEY')}",
        "SENTRY_AUTH_TOKEN": "${k.prov('Sentry', V.sentryAuth(k.g))}"
      }
    }
  },
  "submit": {
    "production": {
      "ios": {
        "appleId": "mobile@rider.com",
        "ascAppId": "${k.n(k.g.digits(10))}",
        "appleTeamId": "${k.n(V.teamId(k.g))}",
        "ascApiKeyPath": "./keys/AuthKey.p8",
        "ascApiKeyIssuerId": "${k.n(k.g.uuid())}",
        "ascApiKeyId": "${k.n(k.g.upper(10))}"
      },
      "android": { "serviceAccountKeyPath": "./keys/play.json", "track": "internal" }
    }
  }
}
`,
  ),

  appDoc(
    'app-codepush-release-cmd',
    ['command-line', 'prose'],
    'docs/codepush.md',
    (k) => `# Hotfix via CodePush

Deployment keys (from \`appcenter codepush deployment list -a bookit/Bookit-Android -k\`):

| Name       | Key                                   |
|------------|---------------------------------------|
| Staging    | ${k.u(V.token(k.g))} |
| Production | ${k.u(V.token(k.g))} |

Release:

${'```'}sh
appcenter login --token ${k.hex(40)}
appcenter codepush release-react -a bookit/Bookit-Android -d Production --mandatory
${'```'}

Do **not** use \`--token ${k.n('$APPCENTER_TOKEN')}\` in scripts committed to git, use the env var.
`,
  ),

  appDoc(
    'app-rn-js-hardcoded',
    ['code', 'defaults-in-code'],
    'src/api/client.ts',
    (k) => `import axios from 'axios';
import Config from 'react-native-config';

// fallback for when .env didn't get picked up by the bundler (happens on CI, see #118)
const API_KEY = Config.API_KEY || '${k.tok()}';

export const api = axios.create({
  baseURL: Config.API_URL ?? 'https://api.bookit.es/v1',
  headers: {
    'X-Api-Key': API_KEY,
    'X-Client': 'bookit-rn/2.3.1',
  },
});

export const PAYPAL_CLIENT_ID = '${k.n('A' + k.g.base64url(79))}';
export const PAYPAL_SECRET = '${k.tok()}';
export const ANALYTICS_WRITE_KEY = '${k.tok()}';
export const PASSWORD_REGEX = ${k.n('/^(?=.*[A-Z])(?=.*\\d).{8,}$/')};
`,
  ),

  appDoc(
    'app-maui-appsettings',
    ['config-syntax'],
    'src/Kasir.Maui/appsettings.json',
    (k) => `{
  "Api": {
    "BaseUrl": "https://api.kasir.id",
    "ApiKey": "${k.tok()}",
    "TimeoutSeconds": 30
  },
  "ConnectionStrings": {
    "LocalCache": "Data Source=kasir.db3",
    "Sync": "Server=sync.kasir.id;Database=kasir_sync;User Id=maui_app;Password=${k.cs()};TrustServerCertificate=True"
  },
  "AzureAdB2C": {
    "ClientId": "${k.n(k.g.uuid())}",
    "TenantId": "${k.n(k.g.uuid())}",
    "ClientSecret": "${k.s('token', `${k.g.alnum(3)}8Q~${k.g.base64url(34).replace(/[-_]/g, '.')}`)}"
  },
  "AppCenter": { "Android": "${k.n(k.g.uuid())}", "iOS": "${k.n(k.g.uuid())}" }
}
`,
  ),

  appDoc(
    'app-xamarin-csproj-signing',
    ['config-syntax'],
    'src/Rider.Android/Rider.Android.csproj',
    (k) => `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0-android</TargetFramework>
    <SupportedOSPlatformVersion>24</SupportedOSPlatformVersion>
    <OutputType>Exe</OutputType>
    <ApplicationId>com.rider.android</ApplicationId>
    <ApplicationVersion>${k.n('1204')}</ApplicationVersion>
  </PropertyGroup>
  <PropertyGroup Condition="'$(Configuration)' == 'Release'">
    <AndroidKeyStore>True</AndroidKeyStore>
    <AndroidSigningKeyStore>..\\..\\keys\\rider.keystore</AndroidSigningKeyStore>
    <AndroidSigningStorePass>${k.hpw()}</AndroidSigningStorePass>
    <AndroidSigningKeyAlias>rider</AndroidSigningKeyAlias>
    <AndroidSigningKeyPass>${k.hpw()}</AndroidSigningKeyPass>
    <AndroidPackageFormat>aab</AndroidPackageFormat>
  </PropertyGroup>
  <PropertyGroup Condition="'$(Configuration)' == 'Staging'">
    <AndroidSigningStorePass>${k.n('env:RIDER_STORE_PASS')}</AndroidSigningStorePass>
    <AndroidSigningKeyPass>${k.n('$(RiderKeyPass)')}</AndroidSigningKeyPass>
  </PropertyGroup>
</Project>
`,
  ),

  appDoc(
    'app-maui-ios-csproj-p12',
    ['config-syntax'],
    'src/Notey.Maui/Notey.Maui.csproj',
    (k) => `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFrameworks>net8.0-ios;net8.0-android</TargetFrameworks>
    <UseMaui>true</UseMaui>
    <ApplicationTitle>Notey</ApplicationTitle>
    <ApplicationId>app.notey.maui</ApplicationId>
  </PropertyGroup>
  <PropertyGroup Condition="$(TargetFramework.Contains('-ios')) and '$(Configuration)' == 'Release'">
    <CodesignKey>Apple Distribution: Notey Ltd (${k.n(V.teamId(k.g))})</CodesignKey>
    <CodesignProvision>Notey AppStore</CodesignProvision>
    <ArchiveOnBuild>true</ArchiveOnBuild>
    <!-- p12 import on the build agent -->
    <CodesignP12Password>${k.gpw()}</CodesignP12Password>
  </PropertyGroup>
</Project>
`,
  ),

  appDoc('app-flutter-firebase-options', ['code', 'precision'], 'lib/firebase_options.dart', (k) => {
    const num = V.gcmSender(k.g);
    return `// File generated by FlutterFire CLI.
// ignore_for_file: type=lint
import 'package:firebase_core/firebase_core.dart' show FirebaseOptions;

class DefaultFirebaseOptions {
  static const FirebaseOptions android = FirebaseOptions(
    apiKey: '${k.n(V.googleKey(k.g))}',
    appId: '${k.n(`1:${num}:android:${k.g.hex(22)}`)}',
    messagingSenderId: '${k.n(num)}',
    projectId: 'fitly-app',
    storageBucket: 'fitly-app.appspot.com',
  );

  static const FirebaseOptions ios = FirebaseOptions(
    apiKey: '${k.n(V.googleKey(k.g))}',
    appId: '${k.n(`1:${num}:ios:${k.g.hex(22)}`)}',
    messagingSenderId: '${num}',
    projectId: 'fitly-app',
    iosBundleId: 'app.fitly.ios',
  );
}
`;
  }),
];
