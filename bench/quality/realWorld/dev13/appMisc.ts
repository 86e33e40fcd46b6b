// Around the app: Sentry/Crashlytics/Firebase tool files, Mapbox download tokens in ~/.netrc and Podfiles,
// cocoapods-keys, team chat and READMEs written by app developers, and public-by-design ids shipped on purpose.
import type { RealWorldDoc } from '../types';
import { appDoc, V } from './appValues';

export const APP_MISC_DOCS: RealWorldDoc[] = [
  appDoc(
    'app-sentry-properties',
    ['config-syntax', 'credential-file'],
    'android/sentry.properties',
    (k) => `defaults.url=https://sentry.io/
defaults.org=tripster
defaults.project=tripster-android
auth.token=${k.prov('Sentry', V.sentryUser(k.g))}
cli.executable=node_modules/@sentry/cli/bin/sentry-cli
`,
  ),

  appDoc(
    'app-sentry-dsn-only-precision',
    ['code', 'precision'],
    'src/sentry.ts',
    (k) => `import * as Sentry from '@sentry/react-native';

// DSN is public by design (it only allows sending events)
Sentry.init({
  dsn: '${k.n(V.sentryDsn(k.g))}',
  tracesSampleRate: 0.2,
  release: 'bookit@2.3.1+231',
  dist: '${k.n('231')}',
  environment: __DEV__ ? 'development' : 'production',
});
`,
  ),

  appDoc(
    'app-netrc-mapbox',
    ['credential-file'],
    'home/.netrc',
    (k) => `machine api.mapbox.com
login mapbox
password ${k.prov('Mapbox', V.mapbox(k.g))}

machine nexus.moneyo.internal
login oleg.k
password ${k.hpw()}
`,
  ),

  appDoc(
    'app-podfile-private-spec',
    ['code', 'config-syntax'],
    'ios/Podfile',
    (k) => `platform :ios, '14.0'
source 'https://cdn.cocoapods.org/'
source 'https://ci-bot:${k.prov('GitHub', V.githubPat(k.g))}@github.com/moneyo/Specs.git'

plugin 'cocoapods-keys', {
  :project => "Moneyo",
  :keys => [
    "${k.n('PlaidSecret')}",
    "${k.n('SegmentWriteKey')}"
  ]
}

target 'Moneyo' do
  use_frameworks!
  pod 'Alamofire', '~> 5.8'
  pod 'Plaid', '~> 5.2'
  pod 'MoneyoCore', :git => 'https://github.com/moneyo/core-ios.git', :commit => '${k.n(V.gitSha(k.g))}'
end
`,
  ),

  appDoc(
    'app-gradle-user-properties-mapbox',
    ['credential-file', 'config-syntax'],
    'home/.gradle/gradle.properties',
    (k) => `# ~/.gradle/gradle.properties (machine-wide, NOT in repo)
MAPBOX_DOWNLOADS_TOKEN=${k.prov('Mapbox', V.mapbox(k.g))}
org.gradle.daemon=true
org.gradle.parallel=true
signing.keyId=${k.n(k.g.hex(8).toUpperCase())}
signing.password=${k.phrase()}
signing.secretKeyRingFile=/Users/maria/.gnupg/secring.gpg
ossrhUsername=maria.dev
ossrhPassword=${k.gpw()}
`,
  ),

  appDoc(
    'app-firebase-json-precision',
    ['config-syntax', 'precision'],
    'firebase.json',
    (k) => `{
  "hosting": {
    "public": "build/web",
    "ignore": ["firebase.json", "**/.*", "**/node_modules/**"],
    "headers": [{ "source": "**/*.js", "headers": [{ "key": "Cache-Control", "value": "max-age=31536000" }] }]
  },
  "flutter": {
    "platforms": {
      "android": { "default": { "projectId": "fitly-app", "appId": "${k.n(V.firebaseAppId(k.g))}", "fileOutput": "android/app/google-services.json" } },
      "ios": { "default": { "projectId": "fitly-app", "appId": "${k.n(V.firebaseAppId(k.g))}", "uploadDebugSymbols": true } }
    }
  },
  "emulators": { "auth": { "port": 9099 }, "firestore": { "port": 8080 } }
}
`,
  ),

  appDoc('app-web-firebase-config-precision', ['code', 'precision'], 'web/src/firebase.js', (k) => {
    const num = V.gcmSender(k.g);
    return `// Firebase web config — safe to commit, access is enforced by security rules
const firebaseConfig = {
  apiKey: "${k.n(V.googleKey(k.g))}",
  authDomain: "petpal-prod.firebaseapp.com",
  projectId: "petpal-prod",
  storageBucket: "petpal-prod.appspot.com",
  messagingSenderId: "${k.n(num)}",
  appId: "${k.n(`1:${num}:web:${k.g.hex(22)}`)}",
  measurementId: "${k.n('G-' + k.g.upper(10))}"
};
export default firebaseConfig;
`;
  }),

  appDoc(
    'app-slack-export-mobile-team',
    ['prose'],
    'exports/slack-mobile-team-2024-04.txt',
    (k) => `[09:12] maria: who has the upload keystore password for the android app? play console rejects my aab
[09:14] kevin: it's in 1password under "Shopr upload key"
[09:15] maria: I don't have access to that vault 😅
[09:15] kevin: ok DM'd
[09:16] kevin: (for the record: store pw ${k.hpw()} key pw same)
[09:20] maria: thx. also the match passphrase? fastlane asks every time
[09:21] kevin: ${k.phrase()}
[09:21] kevin: pls don't paste it anywhere else lol
[09:40] yuki: fyi the Firebase API key in google-services.json is fine to be public, it's restricted to our package + SHA-1
[09:41] yuki: the one that is NOT fine is the server key for FCM legacy, that was ${k.s('provider', 'AAAA' + k.g.base64url(7) + ':APA91b' + k.g.base64url(134), 'Firebase Cloud Messaging')}, I revoked it
[09:45] maria: 👍
`,
  ),

  appDoc(
    'app-readme-setup-vi',
    ['prose', 'config-syntax'],
    'README.md',
    (k) => `# Rider — ứng dụng giao hàng (Android + iOS)

## Cài đặt môi trường

1. Sao chép \`.env.example\` thành \`.env\`.
2. Điền các giá trị sau (hỏi anh Tuấn nếu thiếu):

${'```'}
API_URL=https://staging.api.rider.vn
API_KEY=${k.tok()}
GOONG_MAPS_KEY=${k.u(k.g.alnum(40))}
ZALOPAY_KEY1=${k.tok()}
${'```'}

3. Tài khoản test trên staging: \`shipper01\` / mật khẩu \`${k.hpw()}\`
4. Mật khẩu keystore debug là mặc định \`${k.u('android')}\`, keystore release hỏi trưởng nhóm.

## Build

${'```'}sh
yarn install
cd ios && pod install && cd ..
yarn android --variant=stagingDebug
${'```'}
`,
  ),

  appDoc(
    'app-env-example-precision',
    ['config-syntax', 'precision'],
    '.env.example',
    (k) => `# Copy to .env and fill in. NEVER commit .env
API_URL=https://api.example.com
API_KEY=${k.ph()}
GOOGLE_MAPS_API_KEY=${k.n('your-google-maps-key')}
CODEPUSH_KEY_ANDROID=${k.n('<deployment key>')}
CODEPUSH_KEY_IOS=
SENTRY_AUTH_TOKEN=${k.n('sntrys_YOUR_TOKEN_HERE')}
KEYSTORE_PASSWORD=${k.ph()}
MATCH_PASSWORD=${k.n('********')}
ONESIGNAL_APP_ID=${k.n(k.g.uuid())}
ADMOB_APP_ID=${k.n('ca-app-pub-3940256099942544~3347511713')}
`,
  ),

  appDoc(
    'app-revenuecat-onesignal-precision',
    ['code', 'precision'],
    'src/services/purchases.ts',
    (k) => `import Purchases from 'react-native-purchases';
import { OneSignal } from 'react-native-onesignal';
import { Platform } from 'react-native';

// Public SDK keys — these are meant to ship in the app binary.
const RC_APPLE = '${k.n(V.revenuecatPublic(k.g))}';
const RC_GOOGLE = '${k.n('goog_' + k.g.alnum(27))}';
const ONESIGNAL_APP_ID = '${k.n(k.g.uuid())}';
const ADMOB_BANNER = Platform.select({ ios: '${k.n(V.admobUnit(k.g))}', android: '${k.n(V.admobUnit(k.g))}' });

export function initPurchases(userId: string) {
  Purchases.configure({ apiKey: Platform.OS === 'ios' ? RC_APPLE : RC_GOOGLE, appUserID: userId });
  OneSignal.initialize(ONESIGNAL_APP_ID);
}

export { ADMOB_BANNER };
`,
  ),

  appDoc(
    'app-crashlytics-upload-symbols',
    ['command-line', 'precision'],
    'ios/scripts/upload-dsyms.sh',
    (k) => `#!/bin/sh
# Xcode build phase: upload dSYMs to Crashlytics
"\${BUILD_DIR%/Build/*}/SourcePackages/checkouts/firebase-ios-sdk/Crashlytics/run"
"\${PODS_ROOT}/FirebaseCrashlytics/upload-symbols" -gsp "\${PROJECT_DIR}/Petpal/GoogleService-Info.plist" -p ios "\${DWARF_DSYM_FOLDER_PATH}/\${DWARF_DSYM_FILE_NAME}"
# dSYM UUID for this build: ${k.n(k.g.uuid().toUpperCase())}
# built from ${k.n(V.gitSha(k.g))}
`,
  ),

  appDoc(
    'app-play-console-notes-ko',
    ['prose'],
    'docs/플레이콘솔_배포메모.md',
    (k) => `# 플레이 콘솔 배포 메모 (Notey Android)

- 업로드 키 비밀번호: ${k.hpw()}
- 키 별칭: notey-upload
- 앱 서명 키 SHA-1 (구글 관리): ${k.n(V.sha1Fp(k.g))}
- 업로드 키 SHA-1: ${k.n(V.sha1Fp(k.g))}
- 내부 테스트 계정: tester.kr@notey.app / ${k.hpw()}

> 구글 지도 API 키(${k.n(V.googleKey(k.g))})는 패키지명+SHA-1로 제한되어 있어서 공개돼도 괜찮음.
`,
  ),

  appDoc(
    'app-firebase-db-secret-legacy',
    ['code'],
    'tools/backfill_users.py',
    (k) => `#!/usr/bin/env python3
"""One-off: backfill user profiles into the RTDB from the old Parse export."""
import json
import requests

FIREBASE_URL = "https://petpal-prod-default-rtdb.firebaseio.com"
FIREBASE_SECRET = "${k.s('token', k.g.alnum(40))}"  # legacy database secret (Project settings > Service accounts)
PARSE_MASTER_KEY = "${k.tok()}"

with open("parse_users.json") as f:
    users = json.load(f)["results"]

for u in users:
    r = requests.put(f"{FIREBASE_URL}/users/{u['objectId']}.json?auth={FIREBASE_SECRET}", json={"name": u["username"]})
    r.raise_for_status()
print("done", len(users))
`,
  ),
];
