// Mobile CI: Bitrise, Codemagic, App Center, GitHub Actions for Android/iOS, GitLab CI with a keystore,
// Jenkinsfile for an app build.
import type { RealWorldDoc } from '../types';
import { appDoc, V } from './appValues';

export const APP_CI_DOCS: RealWorldDoc[] = [
  appDoc(
    'app-bitrise-yml',
    ['config-syntax', 'command-line'],
    'bitrise.yml',
    (k) => `---
format_version: '13'
default_step_lib_source: https://github.com/bitrise-io/bitrise-steplib.git
project_type: react-native
app:
  envs:
  - PROJECT_LOCATION: android
  - MODULE: app
  - VARIANT: release
  - BITRISEIO_ANDROID_KEYSTORE_PASSWORD: ${k.hpw()}
    opts:
      is_expand: false
  - BITRISEIO_ANDROID_KEYSTORE_PRIVATE_KEY_PASSWORD: ${k.hpw()}
  - BITRISEIO_ANDROID_KEYSTORE_ALIAS: bookit
  - SLACK_WEBHOOK: ${k.n('$SLACK_WEBHOOK_URL')}
workflows:
  deploy:
    steps:
    - activate-ssh-key@4: {}
    - git-clone@8: {}
    - yarn@0:
        inputs:
        - command: install --frozen-lockfile
    - android-build@1:
        inputs:
        - project_location: $PROJECT_LOCATION
        - variant: $VARIANT
    - sign-apk@1:
        inputs:
        - keystore_url: $BITRISEIO_ANDROID_KEYSTORE_URL
        - keystore_password: ${k.n('$BITRISEIO_ANDROID_KEYSTORE_PASSWORD')}
    - script@1:
        inputs:
        - content: |-
            #!/bin/bash
            curl -s -X POST "https://api.bookit.es/internal/builds" \\
              -H "X-Deploy-Key: ${k.tok()}" \\
              -d "build=$BITRISE_BUILD_NUMBER&commit=$BITRISE_GIT_COMMIT"
`,
  ),

  appDoc(
    'app-codemagic-yaml',
    ['config-syntax'],
    'codemagic.yaml',
    (k) => `workflows:
  android-release:
    name: Android release
    instance_type: mac_mini_m2
    max_build_duration: 60
    environment:
      android_signing:
        - fitly_keystore
      groups:
        - google_play
        - app_store_credentials
      vars:
        PACKAGE_NAME: "app.fitly.android"
        GOOGLE_PLAY_TRACK: internal
        CM_KEYSTORE_PASSWORD: ${k.hpw()}
        CM_KEY_PASSWORD: ${k.hpw()}
        CM_KEY_ALIAS: fitly
        APP_STORE_CONNECT_KEY_IDENTIFIER: ${k.n(k.g.upper(10))}
        APP_STORE_CONNECT_ISSUER_ID: ${k.n(k.g.uuid())}
      flutter: stable
    scripts:
      - name: Set up key.properties
        script: |
          cat >> "$CM_BUILD_DIR/android/key.properties" <<EOF
          storePassword=${k.n('$CM_KEYSTORE_PASSWORD')}
          keyPassword=$CM_KEY_PASSWORD
          keyAlias=$CM_KEY_ALIAS
          storeFile=$CM_KEYSTORE_PATH
          EOF
      - name: Build AAB
        script: flutter build appbundle --release --build-number=$(($(google-play get-latest-build-number --package-name "$PACKAGE_NAME") + 1)) --dart-define=STRAVA_SECRET=${k.hex(40)}
    publishing:
      email:
        recipients: [lukas@fitly.app]
`,
  ),

  appDoc(
    'app-appcenter-pipeline',
    ['config-syntax', 'command-line'],
    'azure-pipelines.yml',
    (k) => `trigger:
  - main

pool:
  vmImage: macos-13

variables:
  buildConfiguration: Release
  keystorePassword: ${k.hpw()}
  appCenterToken: ${k.hex(40)}

steps:
  - task: DownloadSecureFile@1
    name: keystore
    inputs:
      secureFile: rider.keystore
  - script: |
      dotnet publish src/Rider.Android -f net8.0-android -c $(buildConfiguration) \\
        -p:AndroidKeyStore=true \\
        -p:AndroidSigningKeyStore=$(keystore.secureFilePath) \\
        -p:AndroidSigningStorePass=$(keystorePassword) \\
        -p:AndroidSigningKeyPass=${k.hpw()} \\
        -p:AndroidSigningKeyAlias=rider
    displayName: Build signed AAB
  - task: AppCenterDistribute@3
    inputs:
      serverEndpoint: ${k.n("'AppCenter Rider'")}
      appSlug: rider/Rider-Android
      appFile: '**/*.aab'
      distributionGroupId: ${k.n(k.g.uuid())}
`,
  ),

  appDoc(
    'app-gha-android-release',
    ['config-syntax', 'precision'],
    '.github/workflows/android-release.yml',
    (k) => `name: Android Release
on:
  workflow_dispatch:
  push:
    tags: ['android-v*']

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${k.n(V.gitSha(k.g))} # v4.1.1
      - uses: actions/setup-java@v4
        with: { distribution: temurin, java-version: '17' }
      - name: Decode keystore
        run: echo "${k.n('${{ secrets.KEYSTORE_BASE64 }}')}" | base64 -d > app/release.jks
      - name: Build
        run: ./gradlew bundleRelease
        env:
          STORE_PASSWORD: ${k.n('${{ secrets.STORE_PASSWORD }}')}
          KEY_PASSWORD: ${k.n('${{ secrets.KEY_PASSWORD }}')}
          KEY_ALIAS: upload
          API_KEY: ${k.n('${{ vars.API_KEY }}')}
      - uses: r0adkll/upload-google-play@v1
        with:
          serviceAccountJsonPlainText: ${k.n('${{ secrets.PLAY_SERVICE_ACCOUNT }}')}
          packageName: com.shopr.app
          releaseFiles: app/build/outputs/bundle/release/app-release.aab
          track: internal
`,
  ),

  appDoc(
    'app-gitlab-ci-ios',
    ['config-syntax', 'command-line'],
    '.gitlab-ci.yml',
    (k) => `stages: [test, build, deploy]

variables:
  LC_ALL: "en_US.UTF-8"
  FASTLANE_SKIP_UPDATE_CHECK: "true"
  MATCH_PASSWORD: "${k.phrase()}"
  FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: ${k.n('$ASP_PASSWORD')}

test:
  stage: test
  tags: [macos]
  script:
    - bundle exec fastlane scan

beta:
  stage: deploy
  tags: [macos]
  script:
    - security unlock-keychain -p ${k.hpw()} ~/Library/Keychains/login.keychain-db
    - bundle exec fastlane beta
    - curl -F "file=@build/Notey.ipa" -F "token=${k.tok()}" https://upload.diawi.com/
  only: [main]
`,
  ),

  appDoc(
    'app-jenkinsfile-android',
    ['code', 'command-line'],
    'Jenkinsfile',
    (k) => `pipeline {
    agent { label 'android' }
    environment {
        ANDROID_HOME = '/opt/android-sdk'
        SIGNING_STORE_PASSWORD = credentials('${k.n('android-store-pass')}')
        FIREBASE_APP_ID = '${k.n(V.firebaseAppId(k.g))}'
    }
    stages {
        stage('Build') {
            steps {
                sh './gradlew clean assembleRelease -Pandroid.injected.signing.store.file=/opt/keys/tripster.jks -Pandroid.injected.signing.store.password=$SIGNING_STORE_PASSWORD -Pandroid.injected.signing.key.alias=tripster -Pandroid.injected.signing.key.password=${k.hpw()}'
            }
        }
        stage('Distribute') {
            steps {
                sh "firebase appdistribution:distribute app/build/outputs/apk/release/app-release.apk --app $FIREBASE_APP_ID --token ${k.s('token', '1//' + k.g.base64url(100))} --groups qa"
            }
        }
    }
}
`,
  ),

  appDoc(
    'app-ci-build-log-masked',
    ['logs-and-output', 'precision'],
    'ci-logs/build-1057.log',
    (k) => `[14:02:11] + ./gradlew bundleRelease -Pandroid.injected.signing.store.password=${k.n('***')}
[14:02:11] Starting a Gradle Daemon (subsequent builds will be faster)
[14:03:48] > Task :app:signReleaseBundle
[14:03:49] Signing certificate SHA-1: ${k.n(V.sha1Fp(k.g))}
[14:03:49] Signing certificate SHA-256: ${k.n(V.sha256Fp(k.g))}
[14:03:50] BUILD SUCCESSFUL in 1m 38s
[14:03:51] + fastlane supply --aab app-release.aab --json_key ${k.n('$PLAY_JSON_KEY')}
[14:04:30] Successfully finished the upload to Google Play (version code ${k.n('1057')})
[14:04:30] Uploaded artifact sha256=${k.n(k.g.hex(64))}
[14:04:31] MATCH_PASSWORD=${k.n('[MASKED]')} FASTLANE_PASSWORD=${k.n('[MASKED]')}
`,
  ),

  appDoc(
    'app-ci-build-log-leaky',
    ['logs-and-output', 'command-line'],
    'ci-logs/codemagic-build-88.log',
    (k) => `== Running 'Set up code signing' ==
> keychain initialize
Keychain password: ${k.gpw()}
> app-store-connect fetch-signing-files "id.kasir.pos" --type IOS_APP_STORE --create
Found 1 certificate(s), 1 profile(s)
== Running 'Build IPA' ==
> flutter build ipa --release --dart-define=API_KEY=${k.tok()} --dart-define=ENV=prod
Running pod install...                                             14.2s
Xcode build done.                                           221.4s
Built build/ios/ipa/kasir.ipa (48.2MB)
== Publishing ==
> app-store-connect publish --path build/ios/ipa/kasir.ipa --key-id ${k.n(k.g.upper(10))} --issuer-id ${k.n(k.g.uuid())}
Published to TestFlight build ${k.n('88')}
`,
  ),
];
