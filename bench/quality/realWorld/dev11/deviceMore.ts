// More device files where the secret is a token among many identifiers: Home Assistant's .storage, a Zigbee
// coordinator backup, Raspberry Pi Imager's firstrun.sh, openHAB things, FHEM, Matter pairing with chip-tool,
// Shelly digest auth, an OkHttp logcat, UniFi Protect streams, and two files that hold only public ids.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cs, plain, pw, tk } from './deviceKit';
import * as V from './deviceValues';

export const DEVICE_MORE_DOCS: RealWorldDoc[] = [
  doc(
    'device-ha-storage-auth',
    ['credential-file', 'precision'],
    'homeassistant/.storage/auth',
    (k) => `{
  "version": 1,
  "minor_version": 1,
  "key": "auth",
  "data": {
    "users": [
      { "id": "${k.n(k.g.hex(32))}", "group_ids": ["system-admin"], "is_owner": true, "is_active": true, "name": "Lena", "system_generated": false, "local_only": false }
    ],
    "groups": [{ "id": "system-admin" }, { "id": "system-users" }],
    "credentials": [
      { "id": "${k.n(k.g.hex(32))}", "user_id": "${k.n(k.g.hex(32))}", "auth_provider_type": "homeassistant", "auth_provider_id": null, "data": { "username": "lena" } }
    ],
    "refresh_tokens": [
      {
        "id": "${k.n(k.g.hex(32))}",
        "user_id": "${k.n(k.g.hex(32))}",
        "client_id": "https://home-assistant.io/android",
        "client_name": null,
        "token_type": "normal",
        "created_at": "2024-03-02T10:11:12.000000+00:00",
        "access_token_expiration": 1800.0,
        "token": "${tk(k, (g) => g.hex(128))}",
        "jwt_key": "${tk(k, (g) => g.hex(128))}",
        "last_used_at": "2024-10-05T06:59:01.553000+00:00",
        "last_used_ip": "192.168.1.41",
        "credential_id": "${k.n(k.g.hex(32))}",
        "version": "${k.n('2024.10.1')}"
      }
    ]
  }
}
`,
  ),

  doc(
    'device-zigbee-coordinator-backup',
    ['credential-file', 'precision'],
    'zigbee2mqtt/data/coordinator_backup.json',
    (k) => `{
  "metadata": {
    "format": "zigpy/open-coordinator-backup",
    "version": 1,
    "source": "zigbee-herdsman@0.55.3",
    "internal": { "date": "2024-09-30T18:01:44.112Z", "znpVersion": 2 }
  },
  "stack_specific": { "zstack": { "tclk_seed": "${tk(k, (g) => g.hex(32))}" } },
  "coordinator_ieee": "${k.n(k.g.hex(16))}",
  "pan_id": "${k.n(k.g.hex(4))}",
  "extended_pan_id": "${k.n(k.g.hex(16))}",
  "nwk_update_id": 0,
  "security_level": 5,
  "channel": 25,
  "channel_mask": [25],
  "network_key": { "key": "${tk(k, (g) => g.hex(32))}", "sequence_number": 0, "frame_counter": 108234 },
  "devices": [
    { "nwk_address": "${k.n(k.g.hex(4))}", "ieee_address": "${k.n(k.g.hex(16))}", "is_child": true, "link_key": { "key": "${tk(k, (g) => g.hex(32))}", "rx_counter": 0, "tx_counter": 12 } },
    { "nwk_address": "${k.n(k.g.hex(4))}", "ieee_address": "${k.n(k.g.hex(16))}", "is_child": false }
  ]
}
`,
  ),

  doc(
    'device-rpi-imager-firstrun',
    ['command-line', 'code', 'precision'],
    'boot/firstrun.sh',
    (k) => `#!/bin/bash

set +e

CURRENT_HOSTNAME=\`cat /etc/hostname | tr -d " \\t\\n\\r"\`
if [ -f /usr/lib/raspberrypi-sys-mods/imager_custom ]; then
   /usr/lib/raspberrypi-sys-mods/imager_custom set_hostname wetterpi
else
   echo wetterpi >/etc/hostname
fi
FIRSTUSER=\`getent passwd 1000 | cut -d: -f1\`
FIRSTUSERHOME=\`getent passwd 1000 | cut -d: -f6\`
if [ -f /usr/lib/userconf-pi/userconf ]; then
   /usr/lib/userconf-pi/userconf 'klaus' '${k.n('$5$' + k.g.base64(10).replace(/[+/]/g, '.') + '$' + k.g.base64(43).replace(/[+/]/g, '.'))}'
else
   echo "$FIRSTUSER:"'${k.n('$5$' + k.g.base64(10).replace(/[+/]/g, '.') + '$' + k.g.base64(43).replace(/[+/]/g, '.'))}' | chpasswd -e
fi
if [ -f /usr/lib/raspberrypi-sys-mods/imager_custom ]; then
   /usr/lib/raspberrypi-sys-mods/imager_custom set_wlan 'Haus_Oben' '${tk(k, (g) => g.hex(64))}' 'DE'
else
cat >/etc/wpa_supplicant/wpa_supplicant.conf <<'WPAEOF'
country=DE
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
ap_scan=1

update_config=1
network={
	ssid="Haus_Oben"
	psk=${tk(k, (g) => g.hex(64))}
}

WPAEOF
fi
echo 'ssh-ed25519 ${k.n('AAAAC3NzaC1lZDI1NTE5AAAAI' + k.g.base64(43))} klaus@laptop' >> "$FIRSTUSERHOME/.ssh/authorized_keys"
rm -f /boot/firstrun.sh
sed -i 's| systemd.run.*||g' /boot/cmdline.txt
exit 0
`,
  ),

  doc(
    'device-openhab-things',
    ['config-syntax', 'precision'],
    'openhab/things/haus.things',
    (k) => `Bridge mqtt:broker:mosquitto "Mosquitto" [ host="192.168.0.5", port=1883, secure=false, username="openhab", password="${pw(k, plain(V.human))}", clientID="${k.n('openhab-' + k.g.hex(8))}" ]

Bridge hue:bridge-api2:home "Hue Bridge" [ ipAddress="192.168.0.21", applicationKey="${tk(k, (g) => g.base64url(40).replace(/[-_]/g, 'p'))}" ] {
    Thing device ${k.n(k.g.uuid())} "Stehlampe" [ resourceId="${k.n(k.g.uuid())}" ]
}

Thing tado:home:zuhause "tado Zuhause" [ username="ulrike@example-mail.de", password="${pw(k, V.human)}" ]
Thing avmfritz:fritzbox:fb "FRITZ!Box" [ ipAddress="192.168.0.1", user="openhab", password="${pw(k, plain(V.human))}" ]
Thing openweathermap:weather-api:api "OpenWeatherMap" [ apikey="${tk(k, (g) => g.hex(32))}", refreshInterval=30, language="de" ]
Thing tr064:fritzbox:rootdevice "TR-064" [ host="192.168.0.1", user="openhab", password="${k.n('${fritzbox_pw}')}" ]
`,
  ),

  doc(
    'device-fhem-cfg',
    ['config-syntax', 'http-auth', 'precision'],
    'opt/fhem/fhem.cfg',
    (k) => `attr global logfile ./log/fhem-%Y-%m.log
attr global modpath .
attr global statefile ./log/fhem.save
attr global verbose 3

define WEB FHEMWEB 8083 global
attr WEB basicAuth ${k.s('http-auth', V.b64(`admin:${V.human(k.g)}`))}
attr WEB csrfToken ${k.u(k.g.alnum(20))}

define FritzBox FRITZBOX 192.168.178.1
attr FritzBox boxUser fhem
# Passwort setzen mit: set FritzBox password ${pw(k, plain(V.human))}

define teleBot TelegramBot
attr teleBot defaultPeer ${k.n(k.g.digits(9))}
attr teleBot pollingTimeout 120
# set teleBot token ${k.s('provider', V.prov.telegram(k.g), 'Telegram bot token')}

define MQTT2_FHEM_Server MQTT2_SERVER 1883 global
attr MQTT2_FHEM_Server SSL 0
define mqtt MQTT2_CLIENT 192.168.178.5:1883
attr mqtt username fhem
set mqtt password ${pw(k, plain(V.generated))}
`,
  ),

  doc(
    'device-matter-chip-tool',
    ['command-line', 'logs-and-output', 'precision'],
    'notes/matter-pairing.md',
    (k) => `Matter-Steckdose mit chip-tool kommissionieren (Pi mit BT):

    chip-tool pairing ble-wifi 0x12 "IoT-Netz" '${pw(k, plain(V.wifi))}' ${k.u('20202021')} 3840

Ausgabe:

    [1712344123.441] CHIP:DL: Setting Wi-Fi credentials for SSID IoT-Netz
    [1712344127.003] CHIP:CTL: Commissioning complete for node ID 0x0000000000000012: success
    [1712344127.004] CHIP:TOO: Device fabric id ${k.n('0x' + k.g.chars('0123456789ABCDEF', 16))}

Die eigene ESP32-Lampe hat den Setup-Code ${k.s('password', `${k.g.digits(4)}-${k.g.digits(3)}-${k.g.digits(4)}`)} (steht auf dem Aufkleber, QR: ${k.n('MT:' + k.g.chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-.', 19))}).
Thread-Dataset vom Border Router (ot-ctl dataset active -x):

    ${tk(k, (g) => '0e08' + g.hex(16) + '000300000f35060004001fffe00208' + g.hex(16) + '0708fd' + g.hex(14) + '0510' + g.hex(32) + '030f' + g.hex(30))}

Network key allein: \`ot-ctl networkkey\` → ${tk(k, (g) => g.hex(32))}
`,
  ),

  doc('device-shelly-gen2-rpc', ['command-line', 'http-auth', 'precision'], 'notes/shelly-plus.sh', (k) => {
    const p = plain(V.human)(k.g);
    return `# Shelly Plus 1PM – Auth aktivieren (ha1 = sha256 von "admin:shellyplus1pm-${k.g.hex(12)}:<pw>")
curl -X POST -d '{"id":1,"method":"Shelly.SetAuth","params":{"user":"admin","realm":"shellyplus1pm-${k.n(k.g.hex(12))}","ha1":"${k.n(k.g.hex(64))}"}}' http://192.168.1.44/rpc

# danach nur noch mit Digest:
curl --digest -u admin:${k.s('password', p)} http://192.168.1.44/rpc/Switch.GetStatus?id=0
curl --anyauth --user 'admin:${k.s('password', p)}' "http://192.168.1.44/rpc/Shelly.GetDeviceInfo"

# Cloud-API (Server + Auth-Key aus der App):
curl -X POST https://shelly-77-eu.shelly.cloud/device/status -d "id=${k.n(k.g.hex(12))}&auth_key=${tk(k, (g) => g.base64(60).replace(/[+/]/g, 'M') + 'Y')}"
`;
  }),

  doc(
    'device-okhttp-logcat',
    ['logs-and-output', 'http-auth', 'precision'],
    'bugreports/logcat-login.txt',
    (k) => `10-05 09:14:22.101 12034 12101 I okhttp.OkHttpClient: --> POST https://api.smartgarage.io/v1/auth/login
10-05 09:14:22.101 12034 12101 I okhttp.OkHttpClient: Content-Type: application/json; charset=UTF-8
10-05 09:14:22.102 12034 12101 I okhttp.OkHttpClient: {"email":"d.ivanova@example-mail.bg","password":"${pw(k, V.human)}","deviceId":"${k.n(k.g.hex(16))}"}
10-05 09:14:22.102 12034 12101 I okhttp.OkHttpClient: --> END POST (98-byte body)
10-05 09:14:22.640 12034 12101 I okhttp.OkHttpClient: <-- 200 https://api.smartgarage.io/v1/auth/login (538ms)
10-05 09:14:22.641 12034 12101 I okhttp.OkHttpClient: x-request-id: ${k.n(k.g.uuid())}
10-05 09:14:22.641 12034 12101 I okhttp.OkHttpClient: {"accessToken":"${tk(k, V.jwt)}","refreshToken":"${tk(k, (g) => g.base64url(64))}","expiresIn":3600}
10-05 09:14:23.002 12034 12101 I okhttp.OkHttpClient: --> GET https://api.smartgarage.io/v1/doors
10-05 09:14:23.002 12034 12101 I okhttp.OkHttpClient: Authorization: Bearer ${k.s('http-auth', V.jwt(k.g))}
10-05 09:14:23.003 12034 12101 I okhttp.OkHttpClient: X-Api-Key: ${k.s('http-auth', k.g.hex(32))}
10-05 09:14:23.412 12034 12101 I okhttp.OkHttpClient: <-- 200 https://api.smartgarage.io/v1/doors (409ms)
10-05 09:14:23.413 12034 12101 D DoorRepo: doors=[Door(id=${k.n(k.g.uuid())}, name=Garage, firmware=${k.n('3.1.7')})]
`,
  ),

  doc(
    'device-unifi-protect-go2rtc',
    ['config-syntax', 'precision'],
    'go2rtc/go2rtc.yaml',
    (k) => `streams:
  haustuer: rtspx://192.168.1.1:7441/${tk(k, (g) => g.alnum(16))}
  einfahrt: rtspx://192.168.1.1:7441/${tk(k, (g) => g.alnum(16))}
  klingel:
    - rtsp://admin:${cs(k, V.human)}@192.168.1.70:554/h264Preview_01_sub
    - onvif://admin:${cs(k, V.human)}@192.168.1.70
  tapo_garten: tapo://${cs(k, (g) => g.chars('0123456789ABCDEF', 64))}@192.168.1.71
api:
  listen: ":1984"
webrtc:
  candidates:
    - 192.168.1.5:8555
    - stun:8555
log:
  level: info
# camera MACs: ${k.n(Array.from({ length: 6 }, () => k.g.chars('0123456789ABCDEF', 2)).join(':'))}, ${k.n(Array.from({ length: 6 }, () => k.g.chars('0123456789ABCDEF', 2)).join(':'))}
`,
  ),

  doc('device-neg-firebase-options-dart', ['precision', 'code'], 'lib/firebase_options.dart', (k) => {
    const project = 'vereinskasse-' + k.g.hex(5);
    const sender = k.g.digits(12);
    return `// File generated by FlutterFire CLI.
// ignore_for_file: lines_longer_than_80_chars, avoid_classes_with_only_static_members
import 'package:firebase_core/firebase_core.dart' show FirebaseOptions;

class DefaultFirebaseOptions {
  static const FirebaseOptions android = FirebaseOptions(
    apiKey: '${k.n(V.prov.googleApi(k.g))}',
    appId: '${k.n(`1:${sender}:android:${k.g.hex(22)}`)}',
    messagingSenderId: '${k.n(sender)}',
    projectId: '${k.n(project)}',
    storageBucket: '${project}.appspot.com',
  );

  static const FirebaseOptions ios = FirebaseOptions(
    apiKey: '${k.n(V.prov.googleApi(k.g))}',
    appId: '${k.n(`1:${sender}:ios:${k.g.hex(22)}`)}',
    messagingSenderId: '${k.n(sender)}',
    projectId: '${k.n(project)}',
    storageBucket: '${project}.appspot.com',
    iosClientId: '${k.n(`${sender}-${k.g.lower(32)}.apps.googleusercontent.com`)}',
    iosBundleId: 'de.vereinskasse.app',
  );

  static const FirebaseOptions web = FirebaseOptions(
    apiKey: '${k.n(V.prov.googleApi(k.g))}',
    appId: '${k.n(`1:${sender}:web:${k.g.hex(22)}`)}',
    messagingSenderId: '${k.n(sender)}',
    projectId: '${k.n(project)}',
    authDomain: '${project}.firebaseapp.com',
    measurementId: '${k.n('G-' + k.g.upper(10))}',
  );
}
`;
  }),

  doc(
    'device-neg-ios-export-options',
    ['precision', 'config-syntax'],
    'ios/ExportOptions.plist',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>method</key>
	<string>app-store</string>
	<key>teamID</key>
	<string>${k.n(k.g.upper(10))}</string>
	<key>provisioningProfiles</key>
	<dict>
		<key>de.vereinskasse.app</key>
		<string>${k.n(k.g.uuid())}</string>
		<key>de.vereinskasse.app.widget</key>
		<string>${k.n(k.g.uuid())}</string>
	</dict>
	<key>signingCertificate</key>
	<string>${k.n(k.g.chars('0123456789ABCDEF', 40))}</string>
	<key>uploadSymbols</key>
	<true/>
	<key>manageAppVersionAndBuildNumber</key>
	<false/>
</dict>
</plist>
`,
  ),
];
