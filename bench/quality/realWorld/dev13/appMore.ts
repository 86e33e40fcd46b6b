// Hybrid and classic desktop apps: Cordova/Ionic/Capacitor, Kotlin Multiplatform BuildKonfig, WinForms/WPF
// App.config and user.config, Java desktop properties, `defaults read` dumps, proxy captures of app traffic.
import type { RealWorldDoc } from '../types';
import { appDoc, V } from './appValues';

export const APP_MORE_DOCS: RealWorldDoc[] = [
  appDoc(
    'app-cordova-build-json',
    ['credential-file', 'config-syntax'],
    'build.json',
    (k) => `{
  "android": {
    "release": {
      "keystore": "../keys/quizzy.keystore",
      "storePassword": "${k.hpw()}",
      "alias": "quizzy",
      "password": "${k.hpw()}",
      "keystoreType": "",
      "packageType": "bundle"
    }
  },
  "ios": {
    "release": {
      "codeSignIdentity": "iPhone Distribution",
      "developmentTeam": "${k.n(V.teamId(k.g))}",
      "packageType": "app-store",
      "provisioningProfile": "${k.n(k.g.uuid())}"
    }
  }
}
`,
  ),

  appDoc(
    'app-cordova-config-xml',
    ['config-syntax'],
    'config.xml',
    (k) => `<?xml version='1.0' encoding='utf-8'?>
<widget id="com.bookit.hybrid" version="1.9.4" xmlns="http://www.w3.org/ns/widgets" xmlns:cdv="http://cordova.apache.org/ns/1.0">
    <name>Bookit</name>
    <content src="index.html" />
    <access origin="*" />
    <preference name="ScrollEnabled" value="false" />
    <plugin name="cordova-plugin-googlemaps" spec="^2.7.1">
        <variable name="API_KEY_FOR_ANDROID" value="${k.n(V.googleKey(k.g))}" />
        <variable name="API_KEY_FOR_IOS" value="${k.n(V.googleKey(k.g))}" />
    </plugin>
    <plugin name="cordova-plugin-facebook-connect" spec="^3.2.0">
        <variable name="APP_ID" value="${k.n(k.g.digits(15))}" />
        <variable name="CLIENT_TOKEN" value="${k.tok()}" />
    </plugin>
    <plugin name="cordova-hot-code-push-plugin" spec="^1.5.3" />
    <chcp>
        <config-file url="https://hcp.bookit.es/chcp.json?token=${k.http(k.g.alnum(32))}" />
    </chcp>
    <preference name="BOOKIT_API_SECRET" value="${k.tok()}" />
</widget>
`,
  ),

  appDoc(
    'app-ionic-environment-prod',
    ['code', 'defaults-in-code'],
    'src/environments/environment.prod.ts',
    (k) => `export const environment = {
  production: true,
  apiUrl: 'https://api.petpal.com.br/v2',
  apiKey: '${k.tok()}',
  pagseguroToken: '${k.s('token', k.g.upper(32))}',
  firebase: {
    apiKey: '${k.n(V.googleKey(k.g))}',
    authDomain: 'petpal-prod.firebaseapp.com',
    projectId: 'petpal-prod',
  },
  // senha do usuário "kiosk" dos tablets da loja
  kioskPassword: '${k.hpw()}',
};
`,
  ),

  appDoc(
    'app-capacitor-config',
    ['code', 'config-syntax'],
    'capacitor.config.ts',
    (k) => `import type { CapacitorConfig } from '@capacitor/cli';

const config: CapacitorConfig = {
  appId: 'com.petpal.app',
  appName: 'Petpal',
  webDir: 'www',
  server: {
    // staging behind basic auth
    url: 'https://petpal:${k.cs()}@staging.petpal.com.br',
    cleartext: false,
  },
  android: {
    buildOptions: {
      keystorePath: 'keys/petpal.jks',
      keystorePassword: '${k.letters()}',
      keystoreAlias: 'petpal',
      keystoreAliasPassword: '${k.letters()}',
      releaseType: 'AAB',
    },
  },
  plugins: {
    PushNotifications: { presentationOptions: ['badge', 'sound', 'alert'] },
  },
};

export default config;
`,
  ),

  appDoc(
    'app-kmp-buildkonfig',
    ['code', 'config-syntax'],
    'shared/build.gradle.kts',
    (k) => `plugins {
    kotlin("multiplatform")
    id("com.android.library")
    id("com.codingfeline.buildkonfig")
}

buildkonfig {
    packageName = "io.orbit.shared"
    defaultConfigs {
        buildConfigField(STRING, "BASE_URL", "https://api.orbit.io")
        buildConfigField(STRING, "API_KEY", "${k.tok()}")
        buildConfigField(STRING, "ANALYTICS_KEY", "${k.u(k.g.hex(32))}", nullable = false, const = false) // public ingest key
    }
    defaultConfigs("release") {
        buildConfigField(STRING, "API_KEY", "${k.tok()}")
        buildConfigField(STRING, "DB_ENCRYPTION_KEY", "${k.gpw()}")
    }
}
`,
  ),

  appDoc(
    'app-winforms-app-config',
    ['config-syntax'],
    'KasirBackOffice/App.config',
    (k) => `<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="KasirDb" connectionString="Data Source=KASIR-SRV\\SQLEXPRESS;Initial Catalog=KasirPOS;User ID=backoffice;Password=${k.cs()};" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SmtpUser" value="noreply@kasir.id" />
    <add key="SmtpPass" value="${k.hpw()}" />
    <add key="LicenseKey" value="${k.s('token', `${k.g.upper(4)}-${k.g.upper(4)}-${k.g.upper(4)}-${k.g.upper(4)}-${k.g.upper(4)}`)}" />
    <add key="UpdateServer" value="https://update.kasir.id/backoffice" />
    <add key="UpdateToken" value="${k.tok()}" />
    <add key="PasswordMinLength" value="${k.n('8')}" />
  </appSettings>
</configuration>
`,
  ),

  appDoc(
    'app-wpf-user-config',
    ['config-syntax', 'logs-and-output'],
    'AppData/Local/RiderDispatch/user.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
    <userSettings>
        <RiderDispatch.Properties.Settings>
            <setting name="LastServer" serializeAs="String">
                <value>dispatch.rider.com</value>
            </setting>
            <setting name="RememberMe" serializeAs="String">
                <value>True</value>
            </setting>
            <setting name="SavedUser" serializeAs="String">
                <value>dispatcher.ana</value>
            </setting>
            <setting name="SavedPassword" serializeAs="String">
                <value>${k.hpw()}</value>
            </setting>
            <setting name="ApiToken" serializeAs="String">
                <value>${k.tok()}</value>
            </setting>
            <setting name="WindowPlacement" serializeAs="String">
                <value>${k.n('0,1,-1,-1,-1,-1,120,80,1400,900')}</value>
            </setting>
        </RiderDispatch.Properties.Settings>
    </userSettings>
</configuration>
`,
  ),

  appDoc(
    'app-java-desktop-properties',
    ['config-syntax'],
    'conf/application.properties',
    (k) => `# Bookit Desk (JavaFX) — Konfiguration
app.title=Bookit Desk
app.locale=de_DE
# Datenbank
db.url=jdbc:postgresql://db.bookit.local:5432/bookit
db.user=bookit_desk
db.passwort=${k.hpw()}
# Schnittstelle zum Kassensystem
kasse.api.schluessel=${k.tok()}
kasse.api.geheimnis=${k.tok()}
# Updater
updater.url=https://updates.bookit.es/desk/
updater.checksum=${k.n(k.g.hex(64))}
`,
  ),

  appDoc(
    'app-macos-defaults-read',
    ['logs-and-output', 'command-line'],
    'notes/support-macos-prefs.txt',
    (k) => `$ defaults read app.notey.desktop
{
    NSNavLastRootDirectory = "~/Documents";
    NSWindow Frame main = "120 80 1400 900 0 0 1728 1079 ";
    SUEnableAutomaticChecks = 1;
    SULastCheckTime = "2024-05-10 08:11:02 +0000";
    accountEmail = "sofia@bookit.es";
    syncToken = "${k.tok()}";
    webdavPassword = "${k.hpw()}";
    installId = "${k.n(k.g.uuid().toUpperCase())}";
}
$ defaults read app.notey.desktop SUPublicEDKey
${k.n(k.g.base64(44).replace(/.$/, '='))}
`,
  ),

  appDoc(
    'app-charles-capture-mobile',
    ['logs-and-output', 'http-auth'],
    'captures/tripster-ios-login.txt',
    (k) => `Charles session export — Tripster iOS 4.1 on iPhone 13 (proxy 192.168.1.44:8888)

POST /v3/session HTTP/1.1
Host: api.tripster.travel
Content-Type: application/json
User-Agent: Tripster/4.1 (iPhone; iOS 17.4; Scale/3.00)
X-App-Key: ${k.tok()}
Accept-Language: fr-FR;q=1

{"login":"pierre.d@gmail.com","password":"${k.hpw()}","device_name":"iPhone de Pierre"}

HTTP/1.1 200 OK
Set-Cookie: tripster_sid=${k.http(k.g.hex(48))}; Path=/; Secure; HttpOnly
Content-Type: application/json

{"user_id":${k.n(k.g.digits(8))},"token":"${k.tok()}","mfa":false}

GET /v3/trips?page=1 HTTP/1.1
Host: api.tripster.travel
Authorization: Basic ${k.http(V.b64('pierre.d@gmail.com:' + V.human(k.g)))}
If-None-Match: W/"${k.n(k.g.hex(32))}"
`,
  ),

  appDoc(
    'app-flipper-network-log',
    ['logs-and-output', 'http-auth'],
    'debug/flipper-network.json',
    (k) => `[
  {
    "id": "${k.n(k.g.uuid())}",
    "method": "POST",
    "url": "https://auth.fitly.app/oauth/token",
    "headers": [{"key": "Content-Type", "value": "application/x-www-form-urlencoded"}],
    "data": "grant_type=password&username=ana%40fitly.app&password=${k.hpw()}&client_id=fitly-mobile&client_secret=${k.tok()}",
    "status": 200,
    "responseBody": "{\\"access_token\\":\\"${k.jwt()}\\",\\"token_type\\":\\"bearer\\"}"
  },
  {
    "id": "${k.n(k.g.uuid())}",
    "method": "GET",
    "url": "https://api.fitly.app/v1/workouts?since=2024-05-01",
    "headers": [{"key": "Authorization", "value": "Bearer ${k.jwt()}"}, {"key": "X-Request-Id", "value": "${k.n(k.g.hex(16))}"}],
    "status": 200
  }
]
`,
  ),
  appDoc(
    'app-gradle-signing-report-precision',
    ['logs-and-output', 'precision'],
    'notes/signingReport.txt',
    (k) => `$ ./gradlew signingReport

> Task :app:signingReport
Variant: debug
Config: debug
Store: /Users/maria/.android/debug.keystore
Alias: AndroidDebugKey
MD5: ${k.n(k.g.hex(32).toUpperCase().match(/../g)!.join(':'))}
SHA1: ${k.n(V.sha1Fp(k.g))}
SHA-256: ${k.n(V.sha256Fp(k.g))}
Valid until: Thursday, 9 April 2054
----------
Variant: release
Config: release
Store: /Users/maria/keys/shopr-release.jks
Alias: shopr
MD5: ${k.n(k.g.hex(32).toUpperCase().match(/../g)!.join(':'))}
SHA1: ${k.n(V.sha1Fp(k.g))}
SHA-256: ${k.n(V.sha256Fp(k.g))}
Valid until: Monday, 2 March 2049
----------
BUILD SUCCESSFUL in 3s
`,
  ),

  appDoc(
    'app-xcscheme-env-vars',
    ['config-syntax'],
    'Moneyo.xcodeproj/xcshareddata/xcschemes/Moneyo-Staging.xcscheme',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<Scheme LastUpgradeVersion = "1520" version = "1.7">
   <LaunchAction buildConfiguration = "Debug" selectedDebuggerIdentifier = "Xcode.DebuggerFoundation.Debugger.LLDB" launchStyle = "0" useCustomWorkingDirectory = "NO" debugDocumentVersioning = "YES">
      <EnvironmentVariables>
         <EnvironmentVariable key = "API_BASE_URL" value = "https://staging.api.moneyo.co" isEnabled = "YES">
         </EnvironmentVariable>
         <EnvironmentVariable key = "PLAID_SECRET" value = "${k.hex(30)}" isEnabled = "YES">
         </EnvironmentVariable>
         <EnvironmentVariable key = "QA_LOGIN_PASSWORD" value = "${k.hpw()}" isEnabled = "YES">
         </EnvironmentVariable>
         <EnvironmentVariable key = "OS_ACTIVITY_MODE" value = "${k.n('disable')}" isEnabled = "YES">
         </EnvironmentVariable>
      </EnvironmentVariables>
   </LaunchAction>
</Scheme>
`,
  ),

  appDoc(
    'app-adb-deeplink-script',
    ['command-line'],
    'scripts/qa-login.sh',
    (k) => `#!/bin/sh
# QA helper: log the emulator straight into the staging account via the debug deep link
adb shell am start -W -a android.intent.action.VIEW \\
  -d "shopr://debug/login?user=qa.tester%40shopr.io&pass=${k.hpw()}" com.shopr.app.staging
adb shell am broadcast -a com.shopr.app.SET_TOKEN --es token ${k.tok()} -n com.shopr.app.staging/.debug.TokenReceiver
adb shell settings put global http_proxy 192.168.1.44:8888
`,
  ),
];
