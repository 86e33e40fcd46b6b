// rw-dev11 incident part: mobile and desktop client logs (Android logcat, iOS / Xcode console, React Native and
// Flutter run output, Unity Player.log, Electron main-process logs).
import type { RealWorldDoc } from '../types';
import { idoc } from './incidentValues';

export const INCIDENT_MOBILE_DOCS: RealWorldDoc[] = [
  idoc(
    'android-logcat-okhttp',
    ['logs-and-output', 'http-auth', 'precision'],
    'bugreports/logcat-2026-11-18.txt',
    (x) => `11-18 09:12:01.118  4411  4502 I ActivityManager: Start proc 8812:com.example.bank/u0a311 for activity {com.example.bank/com.example.bank.MainActivity}
11-18 09:12:02.300  8812  8840 D OkHttp  : --> POST https://api.bank.example/v2/auth/login
11-18 09:12:02.300  8812  8840 D OkHttp  : Content-Type: application/json; charset=UTF-8
11-18 09:12:02.301  8812  8840 D OkHttp  : {"username":"k.nowak","password":"${x.pw(true)}","deviceId":"${x.rid()}"}
11-18 09:12:02.301  8812  8840 D OkHttp  : --> END POST (112-byte body)
11-18 09:12:02.688  8812  8840 D OkHttp  : <-- 200 https://api.bank.example/v2/auth/login (387ms)
11-18 09:12:02.689  8812  8840 D OkHttp  : {"accessToken":"${x.bearerJwt()}","refreshToken":"${x.tok(x.g.hex(64))}","expiresIn":900}
11-18 09:12:03.010  8812  8840 D OkHttp  : --> GET https://api.bank.example/v2/accounts
11-18 09:12:03.010  8812  8840 D OkHttp  : Authorization: Bearer ${x.n('██')}
11-18 09:12:03.410  8812  8812 I AuthRepository: pin set for quick login: ${x.pin()}
11-18 09:12:04.002  8812  8851 W Firebase: FirebaseApp initialised, api key ${x.n('AIza' + x.g.base64url(35))}
11-18 09:12:04.210  8812  8851 I FA      : App measurement initialized, version: 81010 instance=${x.n(x.g.hex(32))}
11-18 09:12:05.771  8812  8812 E AndroidRuntime: FATAL EXCEPTION: main
11-18 09:12:05.771  8812  8812 E AndroidRuntime: Process: com.example.bank, PID: 8812
11-18 09:12:05.771  8812  8812 E AndroidRuntime: java.lang.IllegalStateException: Keystore alias 'bio_key_v2' not found
11-18 09:12:05.771  8812  8812 E AndroidRuntime: 	at com.example.bank.security.BioVault.unlock(BioVault.kt:54)
`,
  ),

  idoc(
    'ios-xcode-console',
    ['logs-and-output', 'http-auth', 'precision'],
    'bugreports/ios-console.log',
    (x) => `2026-11-18 10:02:11.118 Reisen[1822:88121] [Network] Request GET https://api.reisen.example/v1/bookings
2026-11-18 10:02:11.119 Reisen[1822:88121] [Network] Headers: ["Authorization": "Bearer ${x.http()}", "Accept-Language": "de-DE", "X-Trace": "${x.trace()}"]
2026-11-18 10:02:11.512 Reisen[1822:88121] [Network] Response 200 (393ms) etag=${x.n(x.g.hex(32))}
2026-11-18 10:02:12.004 Reisen[1822:88130] [Keychain] saved item account=stefan@example.de service=com.reisen.login value=${x.hpw()}
2026-11-18 10:02:12.401 Reisen[1822:88130] [Config] RemoteConfig: {"mapsKey":"${x.n('AIza' + x.g.base64url(35))}","partnerSecret":"${x.tok()}","minVersion":"4.2.0"}
2026-11-18 10:02:13.000 Reisen[1822:88121] [Push] APNs device token: ${x.n(x.g.hex(64))}
2026-11-18 10:02:14.771 Reisen[1822:88121] *** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: '-[__NSCFNumber length]: unrecognized selector sent to instance 0x${x.n(x.g.hex(12))}'
`,
  ),

  idoc(
    'react-native-metro',
    ['logs-and-output', 'precision'],
    'bugreports/metro-output.txt',
    (x) => ` BUNDLE  ./index.js

 LOG  Running "Lojinha" with {"rootTag":11,"initialProps":{}}
 LOG  [config] {"API_URL": "https://api.lojinha.example", "ONESIGNAL_APP_ID": "${x.n(x.g.uuid())}", "ONESIGNAL_REST_KEY": "${x.tok(x.g.base64(48).replace(/[+/]/g, 'N'))}", "CODEPUSH_KEY": "${x.n(x.g.alnum(32) + '-' + x.g.hex(8))}"}
 LOG  [auth] login ok user=ana.ribeiro token=${x.http(x.g.hex(40))}
 WARN  Possible Unhandled Promise Rejection (id: 0):
TypeError: Network request failed
    at anonymous (http://10.0.2.2:8081/index.bundle?platform=android&dev=true&minify=false&app=com.lojinha&modulesOnly=false&runModule=true:31203:33)
 LOG  [storage] AsyncStorage keys: ["@user", "@cart", "@pin"]
 LOG  [storage] @pin = "${x.pin()}"
`,
  ),

  idoc(
    'flutter-run-dio',
    ['logs-and-output', 'http-auth'],
    'bugreports/flutter-run.txt',
    (x) => `Launching lib/main.dart on Pixel 7 in debug mode...
Running Gradle task 'assembleDebug'...                             21.4s
✓  Built build/app/outputs/flutter-apk/app-debug.apk.
Syncing files to device Pixel 7...                                  88ms

I/flutter (12011): *** Request ***
I/flutter (12011): uri: https://api.sportclub.example/v3/members/me
I/flutter (12011): method: GET
I/flutter (12011): headers:
I/flutter (12011):  x-api-key: ${x.http(x.g.alnum(40))}
I/flutter (12011):  authorization: Bearer ${x.bearerJwt()}
I/flutter (12011): *** Response ***
I/flutter (12011): statusCode: 200
I/flutter (12011): *** DioException ***:
I/flutter (12011): uri: https://api.sportclub.example/v3/locker?code=${x.pin()}
`,
  ),

  idoc(
    'unity-player-log',
    ['logs-and-output', 'precision'],
    'bugreports/Player.log',
    (x) => `Mono path[0] = 'C:/Games/SkyFarm/SkyFarm_Data/Managed'
Initialize engine version: 2022.3.12f1 (${x.n(x.g.hex(12))})
[Subsystems] Discovering subsystems at path C:/Games/SkyFarm/SkyFarm_Data/UnitySubsystems
GfxDevice: creating device client; threaded=1; jobified=1
[Backend] Using endpoint https://api.skyfarm.example with server key ${x.tok()}
[Backend] PlayFab TitleId=${x.n(x.g.upper(5))} DeveloperSecretKey=${x.tok(x.g.upper(26) + x.g.digits(8))}
[Auth] Logged in as FarmerElif (guest id ${x.rid()})
[Analytics] session ${x.n(x.g.hex(32))} started
NullReferenceException: Object reference not set to an instance of an object
  at SkyFarm.UI.ShopPanel.Refresh () [0x00012] in <${x.n(x.g.hex(32))}>:0
`,
  ),

  idoc(
    'electron-main-log',
    ['logs-and-output', 'precision'],
    'bugreports/main.log',
    (x) => `[2026-11-18 08:00:01.118] [info]  App starting v3.4.1 (electron 28.1.0, chrome 120)
[2026-11-18 08:00:01.201] [info]  autoUpdater: checking https://updates.example.app/latest.yml
[2026-11-18 08:00:01.330] [debug] store loaded: {"theme":"dark","serverUrl":"https://chat.example.app","rememberMe":true,"savedPassword":"${x.pw()}","lastUser":"halil.k"}
[2026-11-18 08:00:02.004] [info]  ws connected session=${x.http(x.g.base64url(43))}
[2026-11-18 08:00:02.005] [debug] ws url wss://chat.example.app/socket?vsn=2.0.0&client_id=${x.rid()}
[2026-11-18 08:00:04.771] [error] Uncaught TypeError: Cannot read properties of undefined (reading 'avatar') at renderer.js:1:${x.n(x.g.digits(5))}
`,
  ),

  idoc(
    'adb-shell-prefs-dump',
    ['logs-and-output', 'config-syntax', 'command-line'],
    'bugreports/shared-prefs.txt',
    (x) => `$ adb shell run-as com.example.smarthome cat shared_prefs/settings.xml
<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<map>
    <string name="hub_host">192.168.178.40</string>
    <string name="hub_user">admin</string>
    <string name="hub_password">${x.pw(true)}</string>
    <string name="cloud_refresh_token">${x.tok(x.g.base64url(64))}</string>
    <string name="fcm_token">${x.n(x.g.base64url(22) + ':APA91b' + x.g.base64url(134))}</string>
    <boolean name="onboarding_done" value="true" />
    <int name="launch_count" value="41" />
</map>
`,
  ),

  idoc(
    'windows-app-log-tr',
    ['logs-and-output', 'prose'],
    'bugreports/muhasebe-log.txt',
    (x) => `18.11.2026 09:14:02 [BILGI] Muhasebe İstemcisi 7.2 başlatılıyor
18.11.2026 09:14:03 [HATA] Sunucuya bağlanılamadı: Server=MUHSRV01;Database=MUHASEBE;User Id=muh_user;Password=${x.cs()};
18.11.2026 09:14:03 [BILGI] Yeniden deneme 1/3
18.11.2026 09:14:09 [HATA] Lisans doğrulanamadı, lisans anahtarı: ${x.tok(x.g.upper(5) + '-' + x.g.upper(5) + '-' + x.g.upper(5) + '-' + x.g.upper(5) + '-' + x.g.upper(5))}
18.11.2026 09:14:10 [BILGI] Oturum kimliği: ${x.rid()}
`,
  ),
];
