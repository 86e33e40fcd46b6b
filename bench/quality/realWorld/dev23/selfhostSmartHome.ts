// Home Assistant, ESPHome, Zigbee2MQTT, Mosquitto, Node-RED and Tasmota files: secrets.yaml and the configs that
// should have used `!secret` but did not, beside IEEE addresses, PAN ids, MAC addresses and entity ids.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './selfhostValues';

export const SELFHOST_SMARTHOME_DOCS: RealWorldDoc[] = [
  hDoc(
    'ha-secrets-yaml',
    ['config-syntax', 'credential-file', 'precision'],
    'homeassistant/secrets.yaml',
    (k) => `# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
latitude_home: 52.${k.g.digits(4)}
longitude_home: 4.${k.g.digits(4)}
mqtt_password: ${k.spw()}
fritzbox_password: "${k.hpw()}"
openweathermap_key: ${k.s('token', k.g.hex(32))}
telegram_bot_token: ${k.prov('Telegram', H.telegramBot(k.g))}
telegram_chat_id: ${k.n(`-100${k.g.digits(10)}`)}
influx_token: ${k.ph()}
alarm_code: ${k.u(k.g.digits(4))}
home_ssid: ${k.n('Thuis')}
`,
  ),

  hDoc(
    'ha-configuration-inline',
    ['config-syntax', 'precision'],
    'homeassistant/configuration.yaml',
    (k) => `default_config:
homeassistant:
  name: Thuis
  unit_system: metric
http:
  use_x_forwarded_for: true
  trusted_proxies: [172.30.33.0/24]
recorder:
  db_url: mysql://homeassistant:${k.cs()}@core-mariadb/homeassistant?charset=utf8mb4
  purge_keep_days: 14
  db_url_old: ${k.n('!secret recorder_db_url')}
mqtt: !include mqtt.yaml
notify:
  - platform: smtp
    name: gmail
    server: smtp.gmail.com
    port: 587
    sender: ${k.g.pick(['thuis', 'home', 'casa'])}.automations@gmail.com
    username: ${k.g.pick(['thuis', 'home', 'casa'])}.automations@gmail.com
    password: ${k.n('!secret gmail_app_password')}
    recipient: [me@example.org]
sensor:
  - platform: rest
    resource: http://192.168.1.40/api/v1/data
    headers:
      Authorization: Bearer ${k.http(H.haToken(k.g))}
`,
  ),

  hDoc(
    'esphome-device',
    ['config-syntax', 'precision'],
    'esphome/garage-door.yaml',
    (k) => `esphome:
  name: garage-door
  friendly_name: Garage door

esp32:
  board: esp32dev

api:
  encryption:
    key: "${k.s('token', H.esphomeKey(k.g))}"

ota:
  - platform: esphome
    password: "${k.s('password', k.g.hex(32))}"

wifi:
  ssid: !secret wifi_ssid
  password: ${k.n('!secret wifi_password')}
  ap:
    ssid: "Garage-Door Fallback Hotspot"
    password: "${k.s('password', k.g.alnum(12))}"

binary_sensor:
  - platform: gpio
    pin: GPIO${H.num(k.g, 12, 33)}
    name: "Door closed"
# mac ${k.n(H.mac(k.g))}
`,
  ),

  hDoc(
    'esphome-secrets',
    ['config-syntax', 'credential-file', 'precision'],
    'esphome/secrets.yaml',
    (k) => `# Your Wi-Fi SSID and password
wifi_ssid: "FRITZ!Box 7590 ${k.g.upper(2)}"
wifi_password: "${k.s('password', k.g.digits(20))}"
fallback_password: ${k.ph()}
mac_garage: ${k.n(H.mac(k.g))}
api_key: ${k.s('token', H.esphomeKey(k.g))}
ota_password: ${k.hpw()}
`,
  ),

  hDoc(
    'zigbee2mqtt-configuration',
    ['config-syntax', 'precision'],
    'zigbee2mqtt/data/configuration.yaml',
    (k) => `homeassistant:
  enabled: true
frontend:
  enabled: true
  port: 8080
  auth_token: ${k.s('token', k.g.alnum(24))}
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://core-mosquitto:1883
  user: addons
  password: ${k.s('password', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 40))}
serial:
  port: /dev/ttyUSB0
  adapter: ember
advanced:
  pan_id: ${k.n(H.panId(k.g))}
  ext_pan_id: ${k.n(H.extPanId(k.g))}
  network_key: ${k.s('token', H.netKey(k.g))}
  channel: 15
devices:
  '${k.n(H.ieee(k.g))}':
    friendly_name: kitchen_motion
  '${k.n(H.ieee(k.g))}':
    friendly_name: hallway_bulb
`,
  ),

  hDoc(
    'mosquitto-conf-and-passwd',
    ['config-syntax', 'credential-file', 'precision'],
    'mosquitto/config/README.txt',
    (k) => `mosquitto.conf:
  listener 1883
  allow_anonymous false
  password_file /mosquitto/config/passwd

created the users like this (inside the container):
  mosquitto_passwd -b /mosquitto/config/passwd homeassistant ${k.spw()}
  mosquitto_passwd -b /mosquitto/config/passwd shelly ${k.spw()}

resulting passwd file (hashed, fine to keep here):
homeassistant:${k.n(H.mosqHash(k.g))}
shelly:${k.n(H.mosqHash(k.g))}
`,
  ),

  hDoc(
    'nodered-flows-cred',
    ['config-syntax', 'precision'],
    'node-red/settings.js',
    (k) => `module.exports = {
    flowFile: 'flows.json',
    // encrypts flows_cred.json; if this is lost the credentials in the flows are lost too
    credentialSecret: "${k.s('token', k.g.alnum(32))}",
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "${k.n(H.bcrypt(k.g))}",
            permissions: "*"
        }]
    },
    httpNodeAuth: {user: "grafana", pass: "${k.n(H.bcrypt(k.g))}"},
    functionGlobalContext: { haToken: ${k.n('process.env.HA_TOKEN')} },
}
`,
  ),

  hDoc(
    'tasmota-backup-decoded',
    ['config-syntax', 'logs-and-output', 'precision'],
    'tasmota/sonoff-pow-r2.json',
    (k) => `{
  "Hostname": "sonoff-pow-${k.g.digits(4)}",
  "MqttHost": "192.168.1.5",
  "MqttPort": 1883,
  "MqttUser": "tasmota",
  "MqttPassword": "${k.spw()}",
  "MqttClient": "DVES_${k.n(k.g.hex(6).toUpperCase())}",
  "StaSsid": ["Heimnetz", "Heimnetz-Gast"],
  "StaPwd": ["${k.s('password', H.safePw(k.g))}", "${k.n('****')}"],
  "WebPassword": "${k.hpw()}",
  "Mac": "${k.n(H.mac(k.g).toUpperCase())}",
  "Version": "14.2.0(tasmota)"
}
`,
  ),

  hDoc(
    'ha-rest-command-octoprint',
    ['config-syntax', 'http-auth', 'precision'],
    'homeassistant/packages/printer.yaml',
    (k) => `rest_command:
  octoprint_cancel:
    url: http://octopi.local/api/job
    method: POST
    headers:
      X-Api-Key: ${k.http(k.g.hex(32).toUpperCase())}
    payload: '{"command": "cancel"}'
    content_type: application/json
  printer_light:
    url: http://octopi.local/api/plugin/wled
    headers:
      X-Api-Key: ${k.n('!secret octoprint_api_key')}
  printer_off:
    url: ${k.n('!secret printer_plug_url')}
sensor:
  - platform: template
    sensors:
      printer_id: { value_template: "${k.n(k.g.uuid())}" }
      bed_temp: { value_template: "{{ states('sensor.octoprint_actual_bed_temp') }}" }
`,
  ),

  hDoc(
    'ha-long-lived-token-script',
    ['command-line', 'http-auth', 'precision'],
    'scripts/ha-backup.sh',
    (k) => `#!/bin/bash
# pulls the nightly backup out of HA via the supervisor API
HA_URL="http://homeassistant.local:8123"
HA_TOKEN="${k.prov('Home Assistant', H.haToken(k.g))}"
curl -s -H "Authorization: Bearer $HA_TOKEN" "$HA_URL/api/hassio/backups" | jq -r '.data.backups[0].slug'
# slug looked like ${k.n(k.g.hex(8))}
# HA_TOKEN for the dev instance: ${k.ph()}
curl -s -H "Authorization: Bearer ${k.n('${HA_TOKEN}')}" -o /mnt/nas/ha/latest.tar "$HA_URL/api/hassio/backups/$SLUG/download"
`,
  ),

  hDoc(
    'shelly-script-config',
    ['config-syntax', 'precision'],
    'shelly/backup-shellyplus1pm.json',
    (k) => `{
  "sys": {"device": {"name": "Boiler", "mac": "${k.n(k.g.hex(12).toUpperCase())}", "fw_id": "20241011-114455/1.4.4-g6d2a586"}},
  "wifi": {"sta": {"ssid": "IoT", "pass": "${k.s('password', H.safePw(k.g))}", "is_open": false}},
  "mqtt": {"enable": true, "server": "192.168.20.2:1883", "user": "shelly", "pass": ${k.n('null')}},
  "cloud": {"enable": false},
  "auth": {"user": "admin", "realm": "shellyplus1pm-${k.g.hex(12)}", "ha1": "${k.n(k.g.hex(64))}"}
}
`,
  ),

  hDoc(
    'ha-ssh-addon-config',
    ['config-syntax', 'precision'],
    'homeassistant/addons/ssh-config.yaml',
    (k) => `# Advanced SSH & Web Terminal add-on options (copied from the UI)
ssh:
  username: hassio
  password: "${k.hpw()}"
  authorized_keys:
    - ${k.n(H.sshPub(k.g, 'tom@macbook'))}
    - ${k.n(H.sshPub(k.g, 'tom@phone'))}
  sftp: false
  compatibility_mode: false
  allow_agent_forwarding: false
zsh: true
share_sessions: false
packages: [htop, mosquitto-clients]
`,
  ),
];
