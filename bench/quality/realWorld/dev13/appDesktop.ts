// Desktop apps: Electron (main.js, electron-builder config and env, auto-update tokens), Tauri (tauri.conf.json,
// updater key password), Qt/C++ config, Windows installers (Inno Setup, NSIS), macOS signing scripts.
import type { RealWorldDoc } from '../types';
import { appDoc, V } from './appValues';

export const APP_DESKTOP_DOCS: RealWorldDoc[] = [
  appDoc(
    'app-electron-main-js',
    ['code', 'defaults-in-code'],
    'src/main/main.js',
    (k) => `const { app, BrowserWindow, ipcMain } = require('electron');
const { autoUpdater } = require('electron-updater');
const path = require('path');
const Store = require('electron-store');

// electron-store encryption key (obfuscation only, per their docs)
const store = new Store({ encryptionKey: '${k.tok()}' });

autoUpdater.setFeedURL({
  provider: 'github',
  owner: 'notey-app',
  repo: 'notey-desktop',
  private: true,
  token: '${k.prov('GitHub', V.githubPat(k.g))}',
});

const LICENSE_SERVER = 'https://license.notey.app/api/v1';
const LICENSE_HMAC = '${k.hex(64)}';

function createWindow() {
  const win = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: { preload: path.join(__dirname, 'preload.js'), contextIsolation: true },
  });
  win.loadFile('index.html');
}

ipcMain.handle('get-version', () => app.getVersion());
app.whenReady().then(createWindow);
`,
  ),

  appDoc(
    'app-electron-builder-yml',
    ['config-syntax'],
    'electron-builder.yml',
    (k) => `appId: app.notey.desktop
productName: Notey
copyright: Copyright © 2024 Notey Ltd
directories:
  output: dist
  buildResources: build
mac:
  category: public.app-category.productivity
  hardenedRuntime: true
  notarize:
    teamId: ${k.n(V.teamId(k.g))}
win:
  target: nsis
  certificateFile: build/certs/notey-codesign.pfx
  certificatePassword: ${k.gpw()}
  publisherName: Notey Ltd
  signingHashAlgorithms: [sha256]
nsis:
  oneClick: false
  allowToChangeInstallationDirectory: true
publish:
  provider: s3
  bucket: notey-releases
  region: eu-central-1
`,
  ),

  appDoc(
    'app-electron-builder-env',
    ['config-syntax', 'credential-file', 'command-line'],
    'electron-builder.env',
    (k) => `# electron-builder reads this automatically
CSC_LINK=build/certs/notey-developerid.p12
CSC_KEY_PASSWORD=${k.hpw()}
WIN_CSC_LINK=build/certs/notey-codesign.pfx
WIN_CSC_KEY_PASSWORD=${k.hpw()}
APPLE_ID=release@notey.app
APPLE_APP_SPECIFIC_PASSWORD=${k.s('password', `${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}`)}
APPLE_TEAM_ID=${k.n(V.teamId(k.g))}
GH_TOKEN=${k.prov('GitHub', V.githubPat(k.g))}
AWS_ACCESS_KEY_ID=${k.u(V.awsId(k.g))}
AWS_SECRET_ACCESS_KEY=${k.prov('AWS', V.awsSecret(k.g))}
`,
  ),

  appDoc(
    'app-electron-package-json-build',
    ['config-syntax', 'precision'],
    'package.json',
    (k) => `{
  "name": "moneyo-desktop",
  "version": "0.9.3",
  "main": "dist/main.js",
  "scripts": {
    "start": "electron .",
    "dist": "electron-builder --publish always",
    "release:win": "cross-env CSC_KEY_PASSWORD=${k.n('$WIN_CERT_PASS')} electron-builder --win"
  },
  "build": {
    "appId": "co.moneyo.desktop",
    "publish": [{ "provider": "generic", "url": "https://updates.moneyo.co/desktop" }],
    "win": { "certificateSubjectName": "Moneyo Inc", "certificateSha1": "${k.n(k.g.hex(40).toUpperCase())}" },
    "mac": { "identity": "Moneyo Inc (${k.n(V.teamId(k.g))})" }
  },
  "devDependencies": { "electron": "29.1.0", "electron-builder": "24.13.3" },
  "packageManager": "pnpm@8.15.4+sha256.${k.n(k.g.hex(64))}"
}
`,
  ),

  appDoc(
    'app-electron-release-ci-shell',
    ['command-line'],
    'scripts/release-desktop.sh',
    (k) => `#!/usr/bin/env bash
# run on the mac mini in the office. yes the passwords are here. no there is no vault yet.
export CSC_LINK="$HOME/certs/developerid.p12"
export CSC_KEY_PASSWORD='${k.phrase()}'
export APPLE_ID="ci@moneyo.co"
export APPLE_APP_SPECIFIC_PASSWORD='${k.s('password', `${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}`)}'
security unlock-keychain -p "${k.hpw()}" ~/Library/Keychains/login.keychain-db
security import ~/certs/developerid.p12 -k ~/Library/Keychains/build.keychain -P '${k.n('$CSC_KEY_PASSWORD')}' -T /usr/bin/codesign
pnpm install --frozen-lockfile
pnpm run dist -- --mac --win
`,
  ),

  appDoc(
    'app-tauri-conf-json',
    ['config-syntax', 'precision'],
    'src-tauri/tauri.conf.json',
    (k) => `{
  "$schema": "https://schema.tauri.app/config/1",
  "build": { "beforeBuildCommand": "pnpm build", "devPath": "http://localhost:1420", "distDir": "../dist" },
  "package": { "productName": "Quizzy Desktop", "version": "1.2.0" },
  "tauri": {
    "bundle": {
      "active": true,
      "identifier": "app.quizzy.desktop",
      "windows": {
        "certificateThumbprint": "${k.n(k.g.hex(40).toUpperCase())}",
        "digestAlgorithm": "sha256",
        "timestampUrl": "http://timestamp.digicert.com"
      },
      "macOS": { "signingIdentity": "Developer ID Application: Quizzy GmbH (${k.n(V.teamId(k.g))})" }
    },
    "updater": {
      "active": true,
      "endpoints": ["https://releases.quizzy.app/{{target}}/{{arch}}/{{current_version}}"],
      "dialog": true,
      "pubkey": "${k.n('dW50cnVzdGVkIGNvbW1lbnQ6IG1pbmlzaWduIHB1YmxpYyBrZXk6' + k.g.base64(60).replace(/=/g, ''))}"
    }
  }
}
`,
  ),

  appDoc(
    'app-tauri-updater-env',
    ['config-syntax', 'command-line'],
    '.github/workflows/tauri-release.yml',
    (k) => `name: release
on:
  push:
    tags: ['v*']
jobs:
  publish-tauri:
    strategy:
      matrix:
        platform: [macos-latest, ubuntu-22.04, windows-latest]
    runs-on: \${{ matrix.platform }}
    steps:
      - uses: actions/checkout@v4
      - uses: tauri-apps/tauri-action@v0
        env:
          GITHUB_TOKEN: ${k.n('${{ secrets.GITHUB_TOKEN }}')}
          TAURI_PRIVATE_KEY: ${k.n('${{ secrets.TAURI_PRIVATE_KEY }}')}
          # TODO move to secrets, pasted here while debugging the signing error
          TAURI_KEY_PASSWORD: ${k.gpw()}
          APPLE_CERTIFICATE_PASSWORD: ${k.hpw()}
          APPLE_SIGNING_IDENTITY: "Developer ID Application: Quizzy GmbH"
        with:
          tagName: v__VERSION__
          releaseName: 'Quizzy v__VERSION__'
`,
  ),

  appDoc(
    'app-tauri-signer-notes-zh',
    ['prose', 'command-line'],
    'docs/发布流程.md',
    (k) => `# 桌面端发布流程（Tauri）

1. 生成更新签名密钥（只需一次）：

${'```'}bash
pnpm tauri signer generate -w ~/.tauri/quizzy.key
${'```'}

   生成时设置的密码：${k.hpw()}
   （私钥文件在 NAS 的 /secure/tauri 目录下）

2. 构建时设置环境变量：

${'```'}bash
export TAURI_SIGNING_PRIVATE_KEY=$(cat ~/.tauri/quizzy.key)
export TAURI_SIGNING_PRIVATE_KEY_PASSWORD="${k.hpw()}"
pnpm tauri build
${'```'}

3. 公钥写进 tauri.conf.json 的 \`pubkey\` 字段（公钥可以公开）。
4. Windows 代码签名证书 PFX 密码：${k.gpw()}
`,
  ),

  appDoc(
    'app-qt-ini-config',
    ['config-syntax'],
    'config/kasirdesk.ini',
    (k) => `; KasirDesk 4.2 — konfigurasi lokal (QSettings, IniFormat)
[General]
language=id_ID
theme=dark
lastUser=admin.toko

[Server]
host=192.168.1.20
port=5432
database=kasir
user=kasir_app
password=${k.hpw()}
sslmode=prefer

[Printer]
model=EPSON TM-T82
port=USB001

[Sync]
endpoint=https://sync.kasir.id/api
apiToken=${k.tok()}
interval=300
`,
  ),

  appDoc(
    'app-qt-cpp-source',
    ['code', 'defaults-in-code'],
    'src/network/cloudclient.cpp',
    (k) => `#include "cloudclient.h"
#include <QNetworkRequest>
#include <QSettings>

namespace {
// FIXME: obfuscate at least
const char *kClientId = "kasirdesk-win";
const char *kClientSecret = "${k.tok()}";
const QString kDefaultAdminPassword = QStringLiteral("${k.hpw()}");
}

CloudClient::CloudClient(QObject *parent) : QObject(parent) {
    QSettings s;
    m_token = s.value("${k.n('auth/token')}").toString();
}

void CloudClient::login(const QString &user, const QString &password) {
    QNetworkRequest req(QUrl("https://sync.kasir.id/oauth/token"));
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    QByteArray body = "grant_type=password&client_id=" + QByteArray(kClientId) +
                      "&client_secret=" + QByteArray(kClientSecret) +
                      "&username=" + user.toUtf8() + "&password=" + password.toUtf8();
    m_nam.post(req, body);
}
`,
  ),

  appDoc(
    'app-inno-setup-script',
    ['code', 'config-syntax'],
    'installer/KasirDesk.iss',
    (k) => `; Inno Setup script for KasirDesk
#define MyAppName "KasirDesk"
#define MyAppVersion "4.2.0"
#define MyAppPublisher "PT Kasir Indonesia"
#define SignPass "${k.hpw()}"

[Setup]
AppId={{${k.n(k.g.uuid().toUpperCase())}}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
DefaultDirName={autopf}\\{#MyAppName}
OutputBaseFilename=KasirDesk-Setup-{#MyAppVersion}
Compression=lzma2
SolidCompression=yes
Password=${k.letters()}
Encryption=yes
SignTool=signtool sign /f "C:\\certs\\kasir.pfx" /p {#SignPass} /tr http://timestamp.sectigo.com /td sha256 $f

[Files]
Source: "build\\Release\\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs

[Run]
Filename: "{app}\\dbsetup.exe"; Parameters: "--user sa --password ${k.hpw()} --init"; Flags: runhidden
`,
  ),

  appDoc(
    'app-nsis-installer',
    ['code'],
    'installer/setup.nsi',
    (k) => `; NSIS installer for Rider Dispatch Console
!define APPNAME "Rider Dispatch"
!define VERSION "2.0.7"
!define LICENSE_KEY "${k.s('token', `${k.g.upper(5)}-${k.g.upper(5)}-${k.g.upper(5)}-${k.g.upper(5)}`)}"
!define DB_PASS "${k.hpw()}"

Name "\${APPNAME}"
OutFile "RiderDispatch-\${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\\Rider\\Dispatch"
RequestExecutionLevel admin

!finalize 'signtool.exe sign /f "%CERT_PATH%" /p "${k.gpw()}" /fd sha256 "%1"'

Section "Install"
  SetOutPath $INSTDIR
  File /r "dist\\*.*"
  WriteRegStr HKLM "Software\\Rider\\Dispatch" "DbPassword" "\${DB_PASS}"
  WriteRegStr HKLM "Software\\Rider\\Dispatch" "InstallId" "${k.n(k.g.uuid())}"
  ExecWait '"$INSTDIR\\configure.exe" /license=\${LICENSE_KEY}'
SectionEnd
`,
  ),

  appDoc(
    'app-macos-sign-script-ru',
    ['command-line'],
    'scripts/sign_macos.sh',
    (k) => `#!/bin/zsh
# Подпись и нотаризация macOS-сборки. Пароль связки ключей CI — ниже (временно!)
KEYCHAIN=build.keychain
KEYCHAIN_PASSWORD="${k.letters()}"
security create-keychain -p "$KEYCHAIN_PASSWORD" $KEYCHAIN
security default-keychain -s $KEYCHAIN
security unlock-keychain -p "$KEYCHAIN_PASSWORD" $KEYCHAIN
# сертификат Developer ID, пароль от .p12:
security import certs/devid.p12 -k $KEYCHAIN -P "${k.hpw()}" -T /usr/bin/codesign
security set-key-partition-list -S apple-tool:,apple: -s -k "$KEYCHAIN_PASSWORD" $KEYCHAIN
codesign --deep --force --options runtime --sign "Developer ID Application: Fitly OOO (${k.n(V.teamId(k.g))})" dist/Fitly.app
`,
  ),
];
