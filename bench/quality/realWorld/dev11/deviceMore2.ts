// Machine-written device files full of identifiers: google-services.json, Home Assistant config entries with
// OAuth tokens, an ESPHome build log, adb/fastboot output, Tasmota's Status 0, WLED's settings files.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { plain, pw, tk } from './deviceKit';
import * as V from './deviceValues';

const MAC = (g: { chars(a: string, n: number): string }) => Array.from({ length: 6 }, () => g.chars('0123456789ABCDEF', 2)).join(':');

export const DEVICE_MORE2_DOCS: RealWorldDoc[] = [
  doc('device-neg-google-services-json', ['precision', 'config-syntax'], 'android/app/google-services.json', (k) => {
    const num = k.g.digits(12);
    return `{
  "project_info": {
    "project_number": "${k.n(num)}",
    "project_id": "${k.n('zaehlerstand-' + k.g.hex(5))}",
    "storage_bucket": "${k.n('zaehlerstand-' + k.g.hex(5) + '.appspot.com')}"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "${k.n(`1:${num}:android:${k.g.hex(22)}`)}",
        "android_client_info": { "package_name": "de.stadtwerke.zaehlerstand" }
      },
      "oauth_client": [
        { "client_id": "${k.n(`${num}-${k.g.lower(32)}.apps.googleusercontent.com`)}", "client_type": 1, "android_info": { "package_name": "de.stadtwerke.zaehlerstand", "certificate_hash": "${k.n(k.g.hex(40))}" } },
        { "client_id": "${k.n(`${num}-${k.g.lower(32)}.apps.googleusercontent.com`)}", "client_type": 3 }
      ],
      "api_key": [{ "current_key": "${k.n(V.prov.googleApi(k.g))}" }],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
`;
  }),

  doc(
    'device-ha-config-entries',
    ['credential-file', 'precision'],
    'homeassistant/.storage/core.config_entries',
    (k) => `{
  "version": 1,
  "minor_version": 4,
  "key": "core.config_entries",
  "data": {
    "entries": [
      {
        "entry_id": "${k.n(k.g.hex(32))}",
        "version": 1,
        "domain": "netatmo",
        "title": "Netatmo",
        "data": {
          "auth_implementation": "cloud",
          "token": { "access_token": "${tk(k, (g) => `${g.hex(24)}|${g.hex(32)}`)}", "refresh_token": "${tk(k, (g) => `${g.hex(24)}|${g.hex(32)}`)}", "expires_in": 10800, "expires_at": 1728123456.78 }
        },
        "unique_id": "netatmo",
        "source": "user"
      },
      {
        "entry_id": "${k.n(k.g.hex(32))}",
        "domain": "fritz",
        "title": "FRITZ!Box 7590",
        "data": { "host": "192.168.178.1", "port": 49000, "username": "homeassistant", "password": "${pw(k, plain(V.human))}", "ssl": false },
        "unique_id": "${k.n(k.g.uuid())}"
      },
      {
        "entry_id": "${k.n(k.g.hex(32))}",
        "domain": "esphome",
        "title": "wohnzimmer-sensor",
        "data": { "host": "192.168.1.57", "port": 6053, "password": "", "noise_psk": "${tk(k, V.apiKey32)}", "device_name": "wohnzimmer-sensor" },
        "unique_id": "${k.n(k.g.hex(12))}"
      },
      {
        "entry_id": "${k.n(k.g.hex(32))}",
        "domain": "tibber",
        "title": "Tibber",
        "data": { "access_token": "${tk(k, (g) => g.alnum(43))}" },
        "unique_id": "${k.n(k.g.uuid())}"
      }
    ]
  }
}
`,
  ),

  doc(
    'device-neg-esphome-build-log',
    ['precision', 'logs-and-output'],
    'logs/esphome-compile.log',
    (k) => `INFO ESPHome 2024.9.2
INFO Reading configuration /config/esphome/wohnzimmer-sensor.yaml...
INFO Generating C++ source...
INFO Compiling app...
Processing wohnzimmer-sensor (board: esp32dev; framework: arduino; platform: platformio/espressif32@5.4.0)
Dependency Graph
|-- AsyncTCP-esphome @ 2.1.3
|-- WiFi @ 2.0.0
RAM:   [=         ]  11.9% (used 39012 bytes from 327680 bytes)
Flash: [=====     ]  53.4% (used 979661 bytes from 1835008 bytes)
Building .pioenvs/wohnzimmer-sensor/firmware.bin
esp32_create_combined_bin([".pioenvs/wohnzimmer-sensor/firmware.bin"], [".pioenvs/wohnzimmer-sensor/firmware.elf"])
Wrote 0xf9a70 bytes to file /data/build/wohnzimmer-sensor/.pioenvs/wohnzimmer-sensor/firmware.factory.bin, ready to flash to offset 0x0
INFO Successfully compiled program.
INFO Connecting to 192.168.1.57 port 3232...
INFO Connected to 192.168.1.57
INFO Uploading /data/build/wohnzimmer-sensor/.pioenvs/wohnzimmer-sensor/firmware.bin (985104 bytes)
INFO Compressed to 633912 bytes
INFO Upload took 9.31 seconds, waiting for result...
INFO OTA successful
INFO Firmware MD5 ${k.n(k.g.hex(32))}
[I][app:100]: ESPHome version 2024.9.2 compiled on Oct  5 2024, 09:10:11
[I][wifi:313]: WiFi Connected!
[C][wifi:425]:   BSSID: ${k.n(MAC(k.g))}
[C][wifi:426]:   Hostname: 'wohnzimmer-sensor'
[C][api:140]:   Using noise encryption: YES
[C][ota:096]:   Password configured
[C][mdns:115]:   Hostname: wohnzimmer-sensor
[D][esp32.preferences:114]: Saving 1 preferences to flash... (hash ${k.n(k.g.hex(8))})
`,
  ),

  doc(
    'device-neg-adb-fastboot',
    ['precision', 'command-line', 'logs-and-output'],
    'notes/pixel-flash.txt',
    (k) => `$ adb devices -l
List of devices attached
${k.n(k.g.chars('0123456789ABCDEF', 14))}         device usb:1-2 product:husky model:Pixel_8_Pro device:husky transport_id:3
$ adb shell getprop ro.build.fingerprint
${k.n('google/husky/husky:14/AP2A.240905.003/12231197:user/release-keys')}
$ adb shell settings get secure android_id
${k.n(k.g.hex(16))}
$ fastboot getvar all 2>&1 | grep -E "serialno|secure|unlocked|slot"
(bootloader) serialno:${k.n(k.g.chars('0123456789ABCDEF', 14))}
(bootloader) secure:yes
(bootloader) unlocked:no
(bootloader) current-slot:a
$ adb shell pm list packages -f | grep homeassistant
package:/data/app/~~${k.n(k.g.base64url(22) + '==')}/io.homeassistant.companion.android-${k.n(k.g.base64url(22) + '==')}/base.apk=io.homeassistant.companion.android
$ adb shell cmd wifi list-networks
Network Id      SSID                         Security type
0               Haus_Oben                    wpa2-psk
1               Gartenhaus                   wpa3-sae
$ adb shell cmd wifi connect-network Gartenhaus wpa3 ${pw(k, plain(V.wifi))}
`,
  ),

  doc(
    'device-neg-tasmota-status0',
    ['precision', 'logs-and-output'],
    'logs/tasmota-status0.json',
    (
      k,
    ) => `{"Status":{"Module":0,"DeviceName":"Steckdose Trockner","FriendlyName":["Trockner"],"Topic":"steckdose_${k.n(k.g.chars('0123456789ABCDEF', 6))}","ButtonTopic":"0","Power":1,"PowerOnState":3,"LedState":1,"LedMask":"FFFF","SaveData":1,"SaveState":1,"SwitchTopic":"0","SwitchMode":[0,0,0,0,0,0,0,0],"ButtonRetain":0,"SwitchRetain":0,"SensorRetain":0,"PowerRetain":0,"InfoRetain":0,"StateRetain":0},
"StatusPRM":{"Baudrate":115200,"SerialConfig":"8N1","GroupTopic":"tasmotas","OtaUrl":"http://ota.tasmota.com/tasmota/release/tasmota.bin.gz","RestartReason":"Software/System restart","Uptime":"4T11:32:09","StartupUTC":"2024-10-01T07:42:19","Sleep":50,"CfgHolder":4617,"BootCount":31,"BCResetTime":"2023-01-14T12:10:41","SaveCount":512,"SaveAddress":"F5000"},
"StatusFWR":{"Version":"${k.n('13.4.0(release-tasmota)')}","BuildDateTime":"2024-02-19T10:41:12","Boot":31,"Core":"2_7_6","SDK":"2.2.2-dev(38a443e)","CpuFrequency":80,"Hardware":"ESP8266EX","CR":"461/699"},
"StatusNET":{"Hostname":"steckdose-${k.n(k.g.digits(4))}","IPAddress":"192.168.1.83","Gateway":"192.168.1.1","Subnetmask":"255.255.255.0","DNSServer1":"192.168.1.11","Mac":"${k.n(MAC(k.g))}","Webserver":2,"HTTP_API":1,"WifiConfig":4,"WifiPower":17.0},
"StatusMQT":{"MqttHost":"192.168.1.5","MqttPort":1883,"MqttClientMask":"DVES_%06X","MqttClient":"DVES_${k.n(k.g.chars('0123456789ABCDEF', 6))}","MqttUser":"tasmota","MqttCount":3,"MAX_PACKET_SIZE":1200,"KEEPALIVE":30,"SOCKET_TIMEOUT":4},
"StatusSNS":{"Time":"2024-10-05T19:14:28","ENERGY":{"TotalStartTime":"2023-01-14T12:10:41","Total":412.337,"Yesterday":1.204,"Today":0.561,"Power":1890,"ApparentPower":1902,"ReactivePower":210,"Factor":0.99,"Voltage":231,"Current":8.232}},
"StatusSTS":{"Time":"2024-10-05T19:14:28","Uptime":"4T11:32:09","UptimeSec":387129,"Heap":25,"SleepMode":"Dynamic","Sleep":50,"LoadAvg":19,"MqttCount":3,"POWER":"ON","Wifi":{"AP":1,"SSId":"Haus_Oben","BSSId":"${k.n(MAC(k.g))}","Channel":6,"Mode":"11n","RSSI":70,"Signal":-65,"LinkCount":1,"Downtime":"0T00:00:03"}}}
`,
  ),

  doc(
    'device-wled-wsec-json',
    ['credential-file', 'config-syntax'],
    'wled-backup/wsec.json',
    (
      k,
    ) => `{"nw":{"ins":[{"psk":"${pw(k, plain(V.wifi))}"}]},"ap":{"psk":"${pw(k, (g) => 'wled' + g.digits(4))}"},"ota":{"lock":true,"lock-wifi":false,"pwd":"${pw(k, plain(V.human))}"},"if":{"mqtt":{"psk":"${pw(k, plain(V.generated))}"},"hue":{"key":"${tk(k, (g) => g.base64url(40).replace(/[-_]/g, 'r'))}"}},"pin":"${k.s('password', V.pin(k.g, 4))}"}
`,
  ),

  doc(
    'device-neg-wled-cfg-json',
    ['precision', 'config-syntax'],
    'wled-backup/cfg.json',
    (
      k,
    ) => `{"rev":[1,0],"vid":${k.n('2405180')},"id":{"mdns":"wled-kueche","name":"Küche","inv":"Light"},"nw":{"ins":[{"ssid":"Haus_Oben","pskl":${k.n('16')},"ip":[0,0,0,0],"gw":[0,0,0,0],"sn":[255,255,255,0]}]},"ap":{"ssid":"WLED-AP","pskl":${k.n('8')},"chan":1,"hide":0,"behav":0,"ip":[4,3,2,1]},"wifi":{"sleep":false},"hw":{"led":{"total":120,"maxpwr":2000,"ins":[{"start":0,"len":120,"pin":[16],"order":0,"rev":false,"type":22}]}},"if":{"mqtt":{"en":true,"broker":"192.168.1.5","port":1883,"user":"wled","pskl":${k.n('20')},"cid":"${k.n('WLED-' + k.g.hex(6))}","topics":{"device":"wled/kueche","group":"wled/all"}},"hue":{"en":false,"id":1,"iv":25,"recv":{"on":true,"bri":true,"col":true},"ip":[192,168,1,2]},"ntp":{"en":true,"host":"0.wled.pool.ntp.org","tz":3}},"ota":{"lock":true,"lock-wifi":false,"pskl":${k.n('9')},"aota":true},"um":{"mac":"${k.n(k.g.hex(12))}"}}
`,
  ),
  doc(
    'device-neg-android-strings-i18n',
    ['precision', 'config-syntax'],
    'app/src/main/res/values-fr/strings.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="wifi_setup_title">Configurer le Wi-Fi</string>
    <string name="wifi_password_label">${k.n('Mot de passe Wi-Fi')}</string>
    <string name="wifi_password_hint">${k.n('Saisissez le mot de passe de votre box')}</string>
    <string name="wifi_password_too_short">${k.n('Le mot de passe doit contenir au moins 8 caractères')}</string>
    <string name="alarm_code_label">${k.n('Code alarme (4 à 6 chiffres)')}</string>
    <string name="pairing_code_hint">${k.n('123-45-678')}</string>
    <string name="token_expired">${k.n('Votre session a expiré, reconnectez-vous')}</string>
    <string name="api_key_missing">${k.n('Clé API manquante')}</string>
    <string name="show_password">${k.n('Afficher le mot de passe')}</string>
    <string name="password_placeholder">${k.n('••••••••')}</string>
    <string name="mqtt_password_label">${k.n('Mot de passe MQTT')}</string>
    <string name="forgot_password">${k.n('Mot de passe oublié ?')}</string>
</resources>
`,
  ),

  doc(
    'device-neg-ios-localizable',
    ['precision', 'config-syntax'],
    'Wetterstation/ja.lproj/Localizable.strings',
    (k) => `/* Login screen */
"login.email" = "メールアドレス";
"login.password" = "${k.n('パスワード')}";
"login.password.placeholder" = "${k.n('パスワードを入力')}";
"login.password.forgot" = "${k.n('パスワードをお忘れですか？')}";
"wifi.password.title" = "${k.n('Wi-Fiのパスワード')}";
"wifi.password.invalid" = "${k.n('パスワードが正しくありません')}";
"device.pin.prompt" = "${k.n('デバイスの暗証番号を入力してください')}";
"device.token.expired" = "${k.n('トークンの有効期限が切れました')}";
"settings.apiKey" = "${k.n('APIキー')}";
"settings.apiKey.footer" = "${k.n('APIキーは設定画面から再発行できます')}";
"alarm.code" = "${k.n('警報コード')}";
"alarm.code.wrong" = "${k.n('コードが違います')}";
`,
  ),

  doc(
    'device-neg-ha-custom-component-strings',
    ['precision', 'config-syntax'],
    'custom_components/gartenpumpe/translations/de.json',
    (k) => `{
  "config": {
    "step": {
      "user": {
        "title": "Gartenpumpe verbinden",
        "description": "Gib die IP-Adresse und das Passwort der Pumpe ein.",
        "data": {
          "host": "Host",
          "username": "Benutzername",
          "password": "${k.n('Passwort')}",
          "api_key": "${k.n('API-Schlüssel')}",
          "pin": "${k.n('Geräte-PIN')}"
        },
        "data_description": {
          "password": "${k.n('Das Passwort aus der Pumpen-App (Einstellungen → Lokaler Zugriff).')}",
          "api_key": "${k.n('Optional, nur für Cloud-Funktionen.')}"
        }
      }
    },
    "error": {
      "invalid_auth": "${k.n('Ungültiges Passwort oder API-Schlüssel')}",
      "cannot_connect": "Verbindung fehlgeschlagen",
      "pin_required": "${k.n('PIN erforderlich')}"
    },
    "abort": { "already_configured": "Gerät ist bereits eingerichtet" }
  }
}
`,
  ),
];
