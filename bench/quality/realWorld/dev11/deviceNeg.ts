// Device files that look credential-shaped but hold none (or almost none): templates with !secret and env
// references, BLE UUIDs, Zigbee addresses, firmware hashes, masked logs, documentation examples.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { ph, plain, pw, tk } from './deviceKit';
import * as V from './deviceValues';

const mac = (g: { chars(a: string, n: number): string }) => Array.from({ length: 6 }, () => g.chars('0123456789ABCDEF', 2)).join(':');

export const DEVICE_NEG_DOCS: RealWorldDoc[] = [
  doc(
    'device-neg-esphome-template',
    ['precision', 'config-syntax'],
    'esphome/common/base.yaml',
    (k) => `# shared by all nodes: include with <<: !include common/base.yaml
wifi:
  ssid: ${k.n('!secret wifi_ssid')}
  password: ${k.n('!secret wifi_password')}
  ap:
    password: ${k.n('!secret fallback_ap_password')}

api:
  encryption:
    key: ${k.n('!secret api_encryption_key')}

ota:
  - platform: esphome
    password: ${k.n('!secret ota_password')}

esp32_ble_tracker:
ble_client:
  - mac_address: ${k.n(mac(k.g))}
    id: plant_sensor

sensor:
  - platform: ble_client
    type: characteristic
    ble_client_id: plant_sensor
    service_uuid: '${k.n(k.g.uuid())}'
    characteristic_uuid: '${k.n(k.g.uuid())}'
    name: "Bodenfeuchte"
`,
  ),

  doc(
    'device-neg-ha-logbook',
    ['precision', 'logs-and-output'],
    'homeassistant/home-assistant.log',
    (k) => `2024-10-05 07:12:03.118 INFO (MainThread) [homeassistant.setup] Setting up mqtt
2024-10-05 07:12:03.402 INFO (MainThread) [homeassistant.components.mqtt] Connected to broker core-mosquitto:1883 as ${k.n('homeassistant_' + k.g.alnum(22))}
2024-10-05 07:12:04.010 WARNING (MainThread) [homeassistant.components.http.ban] Login attempt or request with invalid authentication from 192.168.1.77 (192.168.1.77). Requested URL: '/api/states'. (Mozilla/5.0)
2024-10-05 07:12:05.771 INFO (MainThread) [homeassistant.components.zha] device ${k.n('00:15:8d:00:0' + k.g.hex(1) + ':' + k.g.hex(2) + ':' + k.g.hex(2) + ':' + k.g.hex(2))} joined
2024-10-05 07:12:06.004 DEBUG (MainThread) [custom_components.tuya_local] token=${k.n('***')} local_key=${k.n('****************')}
2024-10-05 07:12:07.553 INFO (SyncWorker_3) [homeassistant.components.esphome] Connecting to wohnzimmer-sensor.local:6053 (noise psk set: True)
2024-10-05 07:12:08.919 INFO (MainThread) [homeassistant.components.cloud] Remote UI connected: ${k.n(k.g.lower(32))}.ui.nabu.casa
2024-10-05 07:12:09.100 INFO (MainThread) [homeassistant.components.update] Firmware sha256 ${k.n(k.g.hex(64))} verified
2024-10-05 07:12:10.448 DEBUG (MainThread) [homeassistant.core] context_id=${k.n(k.g.uuid())} event=state_changed
`,
  ),

  doc(
    'device-neg-android-manifest',
    ['precision', 'config-syntax'],
    'app/src/main/AndroidManifest.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android"
    xmlns:tools="http://schemas.android.com/tools">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.BLUETOOTH_CONNECT" />
    <application
        android:name=".HeizungApp"
        android:label="@string/app_name"
        android:theme="@style/Theme.Heizung">
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${k.n('${MAPS_API_KEY}')}" />
        <meta-data android:name="com.facebook.sdk.ApplicationId" android:value="${k.n('@string/facebook_app_id')}" />
        <meta-data android:name="com.facebook.sdk.ClientToken" android:value="${k.n('@string/facebook_client_token')}" />
        <meta-data android:name="io.sentry.dsn" android:value="${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}" />
        <meta-data android:name="com.onesignal.NotificationServiceExtension" android:value="de.heizung.push.Ext" />
        <activity android:name=".LoginActivity" android:windowSoftInputMode="adjustResize" android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
`,
  ),

  doc(
    'device-neg-arduino-library-example',
    ['precision', 'code'],
    'examples/BasicMQTT/BasicMQTT.ino',
    (k) => `/*
  Basic MQTT example for this library.
  Replace the values below with your own network credentials before uploading.
*/
#include <WiFi.h>
#include <PubSubClient.h>

const char* ssid = "${k.n('YOUR_SSID')}";
const char* password = "${k.n('YOUR_WIFI_PASSWORD')}";
const char* mqtt_server = "broker.hivemq.com";
const char* mqtt_user = "${k.n('<mqtt-user>')}";
const char* mqtt_password = "${k.n('<mqtt-password>')}";
static const char* BLE_SERVICE = "${k.n('6E400001-B5A3-F393-E0A9-E50E24DCCA9E')}";
const uint8_t broadcastAddress[] = {${k.n('0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF')}};

void setup() {
  Serial.begin(115200);
  WiFi.begin(ssid, password);
  // password length must be >= 8 for WPA2
  if (strlen(password) < 8) Serial.println("${k.n('Password too short')}");
}
void loop() {}
`,
  ),

  doc(
    'device-neg-platformio-secrets-ref',
    ['precision', 'config-syntax'],
    'platformio_override.ini.example',
    (k) => `; copy to platformio_override.ini, which is gitignored
[env:custom]
build_flags =
    \${env.build_flags}
    -DWIFI_SSID=\\"${k.n('${sysenv.WIFI_SSID}')}\\"
    -DWIFI_PASS=\\"${k.n('${sysenv.WIFI_PASS}')}\\"
    -DMQTT_PASS=\\"${k.n('${sysenv.MQTT_PASS}')}\\"
upload_flags =
    --auth=${k.n('${sysenv.OTA_PASSWORD}')}
; firmware checksum for release: ${k.n(k.g.hex(64))}
; git describe: ${k.n('v2.3.1-14-g' + k.g.hex(7))}
`,
  ),

  doc(
    'device-neg-fastlane-docs',
    ['precision', 'prose'],
    'fastlane/README.md',
    (k) => `fastlane documentation
----

# Installation

Make sure you have the latest version of the Xcode command line tools installed:

\`\`\`sh
xcode-select --install
\`\`\`

Set these in your shell or CI (never in this repo):

| Variable | Example |
|---|---|
| \`MATCH_PASSWORD\` | ${k.n('`<match-passphrase>`')} |
| \`FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD\` | ${k.n('`xxxx-xxxx-xxxx-xxxx`')} |
| \`APP_STORE_CONNECT_API_KEY_ID\` | ${k.n('`D383SF739`')} |
| \`SLACK_URL\` | ${k.n('`https://hooks.slack.com/services/T000/B000/XXXX`')} |

# Available Actions

## iOS

### ios beta

\`\`\`sh
[bundle exec] fastlane ios beta
\`\`\`

Push a new beta build to TestFlight (uses \`${k.n('ENV["MATCH_PASSWORD"]')}\`).
`,
  ),

  doc(
    'device-neg-router-syslog',
    ['precision', 'logs-and-output'],
    'logs/openwrt-logread.txt',
    (k) => `Sat Oct  5 07:02:11 2024 daemon.info hostapd: phy0-ap0: STA ${k.n(mac(k.g).toLowerCase())} IEEE 802.11: authenticated
Sat Oct  5 07:02:11 2024 daemon.info hostapd: phy0-ap0: STA ${k.n(mac(k.g).toLowerCase())} WPA: pairwise key handshake completed (RSN)
Sat Oct  5 07:02:12 2024 daemon.notice hostapd: phy0-ap0: EAPOL-4WAY-HS-COMPLETED ${k.n(mac(k.g).toLowerCase())}
Sat Oct  5 07:03:40 2024 authpriv.warn dropbear[2211]: Bad password attempt for 'root' from 192.168.1.140:51233
Sat Oct  5 07:03:45 2024 authpriv.notice dropbear[2211]: Password auth succeeded for 'root' from 192.168.1.140:51233
Sat Oct  5 07:05:00 2024 daemon.info ddns-scripts[3321]: myddns_ipv4: Update successful - IP '203.0.113.54' send
Sat Oct  5 07:05:00 2024 daemon.notice netifd: wan (2811): udhcpc: lease of 100.64.12.7 obtained, lease time 3600
Sat Oct  5 07:06:10 2024 daemon.info wireguard: peer ${k.n(V.wgKey(k.g))} handshake ok
Sat Oct  5 07:06:11 2024 user.notice ucitrack: Setting up non-init /etc/config/fstab reload dependency on /etc/config/luci
`,
  ),

  doc(
    'device-neg-ha-automation-ui',
    ['precision', 'config-syntax'],
    'homeassistant/automations.yaml',
    (k) => `- id: '${k.n(k.g.digits(13))}'
  alias: Gast-WLAN QR anzeigen
  trigger:
    - platform: state
      entity_id: input_boolean.gaeste_da
      to: 'on'
  action:
    - service: notify.mobile_app_pixel_8
      data:
        title: Gast-WLAN
        message: "Passwort: {{ states('input_text.gast_wlan_passwort') }}"
    - service: input_text.set_value
      target:
        entity_id: input_text.alarm_code_hint
      data:
        value: ${k.n("'Code steht im Tresor'")}
- id: '${k.n(k.g.digits(13))}'
  alias: Haustür entriegeln per NFC
  trigger:
    - platform: tag
      tag_id: ${k.n(k.g.uuid())}
  condition:
    - condition: state
      entity_id: person.lena
      state: home
  action:
    - service: lock.unlock
      target:
        entity_id: lock.haustuer
      data:
        code: ${k.n('!secret nuki_code')}
- id: '${k.n(k.g.digits(13))}'
  alias: Alarm scharf
  trigger: [{ platform: time, at: '23:30:00' }]
  action:
    - service: alarm_control_panel.alarm_arm_night
      target: { entity_id: alarm_control_panel.hausalarm }
      data:
        code: "${k.s('password', V.pin(k.g))}"
`,
  ),

  doc(
    'device-neg-compose-env-refs',
    ['precision', 'config-syntax'],
    'docker/homelab/compose.yml',
    (k) => `services:
  grafana:
    image: grafana/grafana-oss:11.2.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: ${k.n('/run/secrets/grafana_admin')}
      GF_DATABASE_PASSWORD: ${k.n('${GRAFANA_DB_PASSWORD:?set in .env}')}
    secrets: [grafana_admin]
  mariadb:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD: ${k.n('${DB_ROOT_PW}')}
      MARIADB_PASSWORD_HASH: ${k.n('*' + k.g.chars('0123456789ABCDEF', 40))}
  homepage:
    image: ghcr.io/gethomepage/homepage@sha256:${k.n(k.g.hex(64))}
    environment:
      HOMEPAGE_VAR_PIHOLE_KEY: ${k.n('{{HOMEPAGE_FILE_PIHOLE_KEY}}')}
      PUID: 1000
  adguard:
    image: adguard/adguardhome
    # AdGuardHome.yaml keeps a bcrypt hash: ${k.n('$2y$10$' + k.g.base64(53).replace(/[+]/g, '.'))}
    # initial password was ${pw(k, plain(V.human))} - change it after setup
secrets:
  grafana_admin:
    file: ./secrets/grafana_admin.txt
`,
  ),

  doc(
    'device-issue-filled-bug-report',
    ['precision', 'prose'],
    'issues/412-device-does-not-connect.md',
    (k) => `---
name: Bug report
about: Device does not connect
---

**Firmware version** (e.g. ${k.n('v0.14.2')}):

**Board** (ESP32 / ESP8266 / Pico W):

**Config** – please remove your Wi-Fi password, MQTT password and API key first! Replace them with \`${k.n('***')}\` like this:

\`\`\`yaml
wifi:
  ssid: MyNetwork
  password: ${k.n('***')}
mqtt:
  password: ${k.n('<redacted>')}
api_key: ${ph(k)}
\`\`\`

**Log output** (serial monitor at 115200):

\`\`\`
[I][wifi:300]: WiFi Connecting to 'MyNetwork'...
[W][wifi_esp32:482]: Event: Disconnected ssid='MyNetwork' bssid=${k.n(mac(k.g))} reason='Auth Expired'
\`\`\`

Device token (from the app, needed for the cloud backend): ${tk(k, (g) => g.hex(32))}
`,
  ),
];
