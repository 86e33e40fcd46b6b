// Home automation: Home Assistant secrets.yaml and configuration.yaml, ESPHome nodes, Zigbee2MQTT, Node-RED
// flows and settings, Homebridge config.json, evcc.yaml, Frigate, mosquitto, a curl against the HA API.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cs, plain, pv, pw, tk } from './deviceKit';
import * as V from './deviceValues';

const haToken = V.jwt;

export const DEVICE_HOME_DOCS: RealWorldDoc[] = [
  doc(
    'device-ha-secrets-yaml',
    ['credential-file', 'config-syntax', 'precision'],
    'homeassistant/secrets.yaml',
    (k) => `# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
latitude_home: ${k.n('51.3127')}
longitude_home: ${k.n('9.4797')}
wifi_ssid: "Fam_Schneider"
wifi_password: "${pw(k, V.wifi)}"
mqtt_user: homeassistant
mqtt_password: ${pw(k, plain(V.human))}
fritzbox_password: ${pw(k, plain(V.human))}
openweathermap_api_key: ${tk(k, (g) => g.hex(32))}
tibber_token: ${tk(k, (g) => g.alnum(43))}
telegram_bot_api_key: ${pv(k, 'telegram', 'Telegram bot token')}
telegram_chat_id: ${k.n('-' + k.g.digits(10))}
alarm_code: "${k.s('password', V.pin(k.g))}"
esphome_api_key: "${tk(k, V.apiKey32)}"
influx_db_url: http://influx:${cs(k, V.generated)}@192.168.1.5:8086
vacuum_token: ${tk(k, (g) => g.hex(32))}
`,
  ),

  doc(
    'device-ha-configuration-yaml',
    ['config-syntax', 'precision', 'http-auth'],
    'homeassistant/configuration.yaml',
    (k) => `# Loads default set of integrations. Do not remove.
default_config:

homeassistant:
  name: Zuhause
  latitude: ${k.n('!secret latitude_home')}
  longitude: !secret longitude_home
  unit_system: metric
  time_zone: Europe/Berlin

http:
  use_x_forwarded_for: true
  trusted_proxies:
    - 172.30.33.0/24

mqtt:
  sensor:
    - name: "Keller Feuchte"
      state_topic: "keller/feuchte"

alarm_control_panel:
  - platform: manual
    name: Hausalarm
    code: ${k.s('password', V.pin(k.g))}
    arming_time: 30

rest_command:
  wallbox_start:
    url: "http://192.168.1.77/api/start"
    method: POST
    headers:
      authorization: "Bearer ${k.s('http-auth', k.g.hex(40))}"
  nuki_unlock:
    url: "http://192.168.1.78:8080/lockAction?nukiId=${k.n(k.g.digits(9))}&action=1&token=${k.s('http-auth', k.g.alnum(6))}"

sensor:
  - platform: rest
    name: Pollenflug
    resource: https://api.pollen.example/v1/forecast
    headers:
      X-API-Key: ${k.n('!secret pollen_key')}
      User-Agent: Home Assistant
  - platform: template
    sensors:
      passwort_hinweis:
        value_template: "${k.n("{{ states('input_text.gast_wlan_passwort') }}")}"

notify:
  - platform: smtp
    name: mail_papa
    server: smtp.gmx.net
    port: 587
    sender: haus.schneider@gmx.de
    username: haus.schneider@gmx.de
    password: ${pw(k, plain(V.human))}
    recipient: papa.schneider@gmx.de
`,
  ),

  doc(
    'device-esphome-node',
    ['config-syntax'],
    'esphome/wohnzimmer-sensor.yaml',
    (k) => `esphome:
  name: wohnzimmer-sensor
  friendly_name: Wohnzimmer Sensor

esp32:
  board: esp32dev
  framework:
    type: arduino

logger:

api:
  encryption:
    key: "${tk(k, V.apiKey32)}"

ota:
  - platform: esphome
    password: "${tk(k, (g) => g.hex(32))}"

wifi:
  ssid: ${k.n('!secret wifi_ssid')}
  password: ${k.n('!secret wifi_password')}
  ap:
    ssid: "Wohnzimmer-Sensor Fallback Hotspot"
    password: "${pw(k, (g) => g.alnum(12))}"

captive_portal:

sensor:
  - platform: dht
    pin: GPIO4
    temperature:
      name: "Temperatur"
    humidity:
      name: "Luftfeuchte"
    update_interval: 60s
`,
  ),

  doc(
    'device-esphome-inline-creds',
    ['config-syntax', 'precision'],
    'esphome/garagentor.yaml',
    (k) => `substitutions:
  devicename: garagentor
  wifi_pw: "${pw(k, plain(V.wifi))}"

esphome:
  name: \${devicename}

esp8266:
  board: d1_mini

wifi:
  ssid: "Garage-IoT"
  password: \${wifi_pw}
  manual_ip:
    static_ip: 192.168.20.31
    gateway: 192.168.20.1
    subnet: 255.255.255.0

web_server:
  port: 80
  auth:
    username: admin
    password: ${pw(k, plain(V.human))}

api:
  password: "${pw(k, plain(V.human))}"   # legacy, still works on 2023.x

mqtt:
  broker: 192.168.20.2
  username: garage
  password: ${k.n('!secret mqtt_password')}
  discovery: false

switch:
  - platform: gpio
    pin: D1
    id: relay
    name: "Tor Taster"
`,
  ),

  doc('device-zigbee2mqtt-config', ['config-syntax', 'precision'], 'zigbee2mqtt/data/configuration.yaml', (k) => {
    const bytes = Array.from({ length: 16 }, () => String(Number(k.g.digits(3)) % 256)).join(', ');
    return `homeassistant: true
permit_join: false
frontend:
  port: 8080
  auth_token: ${tk(k, (g) => g.alnum(24))}
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://core-mosquitto:1883
  user: addons
  password: ${pw(k, (g) => g.alnum(64))}
serial:
  port: /dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus_${k.n(k.g.hex(32))}-if00-port0
  adapter: zstack
advanced:
  pan_id: ${k.n('0x' + k.g.hex(4))}
  ext_pan_id: [${k.n(Array.from({ length: 8 }, () => '0x' + k.g.hex(2)).join(', '))}]
  network_key: [${k.s('token', bytes)}]
  channel: 25
  log_level: info
devices:
  '${k.n('0x00158d000' + k.g.hex(7))}':
    friendly_name: fenster_bad
  '${k.n('0xa4c138' + k.g.hex(10))}':
    friendly_name: heizung_kinderzimmer
`;
  }),

  doc(
    'device-nodered-flow-export',
    ['config-syntax', 'http-auth', 'precision'],
    'node-red/flows-export.json',
    (k) => `[
    {
        "id": "${k.n(k.g.hex(16))}",
        "type": "mqtt-broker",
        "name": "Mosquitto",
        "broker": "192.168.1.5",
        "port": "1883",
        "clientid": "",
        "usetls": false,
        "credentials": {
            "user": "nodered",
            "password": "${pw(k, plain(V.human))}"
        }
    },
    {
        "id": "${k.n(k.g.hex(16))}",
        "type": "http request",
        "z": "${k.n(k.g.hex(16))}",
        "name": "Shelly EM abfragen",
        "method": "GET",
        "url": "http://192.168.1.44/status",
        "authType": "basic",
        "credentials": { "user": "admin", "password": "${pw(k, plain(V.human))}" },
        "x": 420,
        "y": 180,
        "wires": [["${k.n(k.g.hex(16))}"]]
    },
    {
        "id": "${k.n(k.g.hex(16))}",
        "type": "change",
        "name": "set headers",
        "rules": [
            { "t": "set", "p": "headers", "pt": "msg", "to": "{\\"Authorization\\":\\"Bearer ${k.s('http-auth', haToken(k.g))}\\"}", "tot": "json" }
        ]
    },
    {
        "id": "${k.n(k.g.hex(16))}",
        "type": "server",
        "name": "Home Assistant",
        "addon": false,
        "rejectUnauthorizedCerts": true,
        "credentials": { "host": "http://homeassistant.local:8123", "access_token": "${tk(k, haToken)}" }
    }
]
`,
  ),

  doc(
    'device-nodered-settings-js',
    ['code', 'precision'],
    'node-red/settings.js',
    (k) => `module.exports = {
    flowFile: 'flows.json',
    // the key used to encrypt flows_cred.json
    credentialSecret: "${tk(k, (g) => g.alnum(32))}",
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "${k.n('$2b$08$' + k.g.base64(53).replace(/[+]/g, '.'))}",
            permissions: "*"
        }]
    },
    httpNodeAuth: { user: "gast", pass: "${k.n('$2a$08$' + k.g.base64(53).replace(/[+]/g, '.'))}" },
    functionGlobalContext: {
        // TODO: get from env
        shellyPass: '${pw(k, plain(V.human))}',
        os: require('os'),
    },
    logging: { console: { level: "info", metrics: false, audit: false } },
}
`,
  ),

  doc(
    'device-homebridge-config',
    ['config-syntax'],
    'homebridge/config.json',
    (k) => `{
    "bridge": {
        "name": "Homebridge 3C1A",
        "username": "${k.n(Array.from({ length: 6 }, () => k.g.chars('0123456789ABCDEF', 2)).join(':'))}",
        "port": 51234,
        "pin": "${k.s('password', `${k.g.digits(3)}-${k.g.digits(2)}-${k.g.digits(3)}`)}"
    },
    "accessories": [],
    "platforms": [
        { "name": "Config", "port": 8581, "platform": "config" },
        {
            "platform": "Ring",
            "refreshToken": "${tk(k, (g) => g.base64url(300))}"
        },
        {
            "platform": "TuyaPlatform",
            "options": {
                "projectType": "2",
                "endpoint": "https://openapi.tuyaeu.com",
                "accessId": "${k.n(k.g.lower(20))}",
                "accessKey": "${tk(k, (g) => g.hex(32))}",
                "countryCode": 49,
                "username": "heike.l@web.de",
                "password": "${pw(k, V.human)}",
                "appSchema": "smartlife"
            }
        },
        { "platform": "Camera-ffmpeg", "cameras": [{ "name": "Einfahrt", "videoConfig": { "source": "-rtsp_transport tcp -i rtsp://admin:${cs(k, V.human)}@192.168.1.64:554/Streaming/Channels/101" } }] }
    ]
}
`,
  ),

  doc(
    'device-evcc-yaml',
    ['config-syntax'],
    'evcc/evcc.yaml',
    (k) => `# evcc.yaml – Wallbox + PV
network:
  schema: http
  host: evcc.local
  port: 7070

interval: 30s
sponsortoken: ${tk(k, (g) => V.jwt(g, { iss: 'evcc.io', sub: 'ringo', exp: 2015000000 }))}

meters:
  - name: grid
    type: template
    template: sma-home-manager
    usage: grid
    host: 192.168.10.21
  - name: pv
    type: template
    template: fronius-gen24
    usage: pv
    host: 192.168.10.22

chargers:
  - name: wallbox
    type: template
    template: easee
    user: ringo@example-mail.de
    password: ${pw(k, plain(V.human))}
    charger: ${k.n('EH' + k.g.upper(6))}

vehicles:
  - name: id3
    type: template
    template: id
    title: ID.3
    user: ringo@example-mail.de
    password: '${pw(k, V.human)}'
    vin: ${k.n('WVWZZZE1Z' + k.g.upper(8))}

tariffs:
  grid:
    type: tibber
    token: "${tk(k, (g) => g.base64url(43))}"
    homeid: ${k.n(k.g.uuid())}
`,
  ),

  doc(
    'device-frigate-config',
    ['config-syntax'],
    'frigate/config.yml',
    (k) => `mqtt:
  host: 192.168.1.5
  user: frigate
  password: ${pw(k, plain(V.human))}

go2rtc:
  streams:
    einfahrt: rtsp://admin:${cs(k, V.human)}@192.168.1.64:554/h264Preview_01_main
    garten:
      - "rtsp://viewer:${cs(k, V.generated)}@192.168.1.65:554/stream1"
      - "ffmpeg:garten#audio=opus"

cameras:
  einfahrt:
    ffmpeg:
      inputs:
        - path: rtsp://127.0.0.1:8554/einfahrt
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
  hof:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:${k.n('{FRIGATE_RTSP_PASSWORD}')}@192.168.1.66:554/live
          roles: [detect]
`,
  ),

  doc(
    'device-ha-curl-api',
    ['command-line', 'http-auth'],
    'notes/ha-api.sh',
    (k) => `#!/usr/bin/env bash
# Licht im Flur per API schalten (Long-Lived Token aus dem Profil)
HA=http://homeassistant.local:8123
TOKEN="${tk(k, haToken)}"

curl -s -X POST "$HA/api/services/light/toggle" \\
  -H "Authorization: Bearer ${k.n('$TOKEN')}" \\
  -H "Content-Type: application/json" \\
  -d '{"entity_id": "light.flur"}'

# alter Token vom Tablet, funktioniert noch:
curl -s -H "Authorization: Bearer ${k.s('http-auth', haToken(k.g))}" $HA/api/states/sensor.aussentemperatur | jq .state
`,
  ),

  doc(
    'device-mosquitto-files',
    ['credential-file', 'precision'],
    'mosquitto/README.txt',
    (k) => `mosquitto.conf:
  listener 1883
  allow_anonymous false
  password_file /mosquitto/config/passwd

passwd (nach mosquitto_passwd -U):
  homeassistant:${k.n('$7$101$' + k.g.base64(16) + '$' + k.g.base64(86))}
  zigbee:${k.n('$7$101$' + k.g.base64(16) + '$' + k.g.base64(86))}

Klartext vorher (zum Nachschlagen, danach löschen!!):
  homeassistant:${pw(k, plain(V.human))}
  zigbee:${pw(k, plain(V.generated))}
  shelly:${pw(k, plain(V.lettersOnly))}

bridge zum Cloud-Broker:
  connection cloud
  address ${k.g.lower(12)}.s1.eu.hivemq.cloud:8883
  remote_username haus-bridge
  remote_password ${pw(k, plain(V.generated))}
`,
  ),
];
