// ESPHome and Tasmota device YAML, Home Assistant secrets.yaml, Mosquitto broker configs and password files,
// Node-RED flows: the files hobbyists and IoT integrators keep next to their firmware.
import type { RealWorldDoc } from '../types';
import { embedDoc, V } from './embedValues';

export const EMBED_HOME_AUTO_DOCS: RealWorldDoc[] = [
  embedDoc(
    'embed-esphome-device-inline',
    ['config-syntax'],
    'esphome/garden-valve.yaml',
    (k) => `esphome:
  name: garden-valve
  friendly_name: Garden valve

esp32:
  board: esp32dev
  framework:
    type: esp-idf

logger:

api:
  encryption:
    key: "${k.s('token', V.esphomeKey(k.g))}"

ota:
  - platform: esphome
    password: "${k.s('password', k.g.hex(32))}"

wifi:
  ssid: "Gartenhaus"
  password: "${k.wifi()}"
  ap:
    ssid: "Garden-Valve Fallback"
    password: "${k.spw()}"

captive_portal:

switch:
  - platform: gpio
    pin: GPIO26
    name: "Valve 1"
`,
  ),

  embedDoc(
    'embed-esphome-device-secret-refs',
    ['config-syntax', 'precision'],
    'esphome/living-room-co2.yaml',
    (k) => `esphome:
  name: living-room-co2

esp8266:
  board: d1_mini

api:
  encryption:
    key: ${k.n('!secret api_key_co2')}

ota:
  - platform: esphome
    password: ${k.n('!secret ota_password')}

wifi:
  ssid: ${k.n('!secret wifi_ssid')}
  password: ${k.n('!secret wifi_password')}

sensor:
  - platform: senseair
    co2:
      name: "CO2"
    update_interval: 60s

# MAC of the module, for the DHCP reservation: ${k.n(V.mac(k.g))}
`,
  ),

  embedDoc(
    'embed-esphome-secrets-yaml',
    ['config-syntax', 'credential-file'],
    'esphome/secrets.yaml',
    (k) => `# Your Wi-Fi SSID and password
wifi_ssid: "Zuhause"
wifi_password: "${k.wifi()}"
wifi_iot_ssid: "Zuhause-IoT"
wifi_iot_password: "${k.wifi()}"

api_key_co2: "${k.s('token', V.esphomeKey(k.g))}"
api_key_garden: "${k.s('token', V.esphomeKey(k.g))}"
ota_password: "${k.hpw()}"

mqtt_user: homeassistant
mqtt_password: "${k.spw()}"
`,
  ),

  embedDoc(
    'embed-tasmota-backlog',
    ['command-line', 'config-syntax'],
    'docs/tasmota-setup.md',
    (k) => `# Flashing the Sonoff plugs

1. Flash with \`esptool.py --port /dev/ttyUSB0 write_flash -fs 1MB -fm dout 0x0 tasmota.bin\`
2. Join the \`tasmota-XXXXXX-XXXX\` AP, enter the Wi-Fi settings.
3. Paste in the console:

\`\`\`
Backlog SSID1 Zuhause-IoT; Password1 ${k.wifi()}; MqttHost 192.168.10.5; MqttUser tasmota; MqttPassword ${k.spw()}; Topic plug_%06X; WebPassword ${k.spw()}
\`\`\`

After the restart the web UI asks for user \`admin\` and the WebPassword above.
Device MAC (plug 3): ${k.n(V.mac(k.g))}, template: \`{"NAME":"Sonoff S26","GPIO":[32,0,0,0,0,0,0,0,224,320,0,0,0,0],"FLAG":0,"BASE":8}\`
`,
  ),

  embedDoc(
    'embed-mosquitto-conf',
    ['config-syntax'],
    'broker/mosquitto/config/mosquitto.conf',
    (k) => `persistence true
persistence_location /mosquitto/data/
log_dest file /mosquitto/log/mosquitto.log

listener 1883
allow_anonymous false
password_file /mosquitto/config/passwd
acl_file /mosquitto/config/acl

listener 8883
cafile /mosquitto/certs/ca.crt
certfile /mosquitto/certs/server.crt
keyfile /mosquitto/certs/server.key
require_certificate false

# bridge to the cloud broker
connection cloud-bridge
address mqtt.cloud.example.io:8883
remote_username site-muc-01
remote_password ${k.spw()}
bridge_cafile /mosquitto/certs/cloud-ca.crt
topic sensors/# out 1 "" site/muc01/
`,
  ),

  embedDoc(
    'embed-mosquitto-passwd',
    ['credential-file', 'precision'],
    'broker/mosquitto/config/passwd',
    (k) => `homeassistant:${k.n(V.mosqHash(k.g))}
zigbee2mqtt:${k.n(V.mosqHash(k.g))}
tasmota:${k.n(V.mosqHash(k.g))}
nodered:${k.n(V.mosqHash(k.g))}
`,
  ),

  embedDoc(
    'embed-mosquitto-pub-history',
    ['command-line'],
    'home/pi/.bash_history',
    (k) => `sudo apt install mosquitto mosquitto-clients
sudo mosquitto_passwd -c /etc/mosquitto/passwd sensor1
sudo mosquitto_passwd -b /etc/mosquitto/passwd nodered ${k.spw()}
sudo systemctl restart mosquitto
mosquitto_sub -h localhost -t '#' -v -u sensor1 -P ${k.spw()}
mosquitto_pub -h localhost -t home/boiler/set -m '{"temp":55}' -u sensor1 -P '${k.spw()}'
mosquitto_pub -h mqtt.eu.thethings.network -p 8883 --capath /etc/ssl/certs -u 'wmbus-bridge@ttn' -P '${k.prov('The Things Network', V.ttnKey(k.g))}' -t 'v3/wmbus-bridge@ttn/devices/meter-07/down/push' -m '{"downlinks":[{"f_port":1,"frm_payload":"AQ==","priority":"NORMAL"}]}'
vcgencmd measure_temp
sudo raspi-config
ip -br a
`,
  ),

  embedDoc(
    'embed-zigbee2mqtt-config',
    ['config-syntax'],
    'zigbee2mqtt/data/configuration.yaml',
    (k) => `homeassistant: true
permit_join: false
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://192.168.10.5
  user: zigbee2mqtt
  password: ${k.spw()}
serial:
  port: /dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus_${k.n(k.g.hex(32))}-if00-port0
  adapter: zstack
advanced:
  network_key: [${k.s(
    'token',
    V.cBytes(k.g)
      .replace(/0x/g, '')
      .split(', ')
      .map((b) => String(parseInt(b, 16)))
      .join(', '),
  )}]
  pan_id: ${k.n('6754')}
  ext_pan_id: [221, 221, 221, 221, 221, 221, 221, 221]
  channel: 15
frontend:
  port: 8080
  auth_token: ${k.tok()}
devices:
  '0x${k.n(k.g.hex(16))}':
    friendly_name: kitchen_motion
`,
  ),

  embedDoc(
    'embed-zigbee2mqtt-generate',
    ['config-syntax', 'precision'],
    'zigbee2mqtt/configuration.example.yaml',
    (k) => `mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://localhost
  user: ${k.n('my_user')}
  password: ${k.n('my_password')}
advanced:
  # GENERATE lets Zigbee2MQTT create a random key at first start
  network_key: ${k.n('GENERATE')}
  pan_id: GENERATE
  ext_pan_id: GENERATE
  # the old documented default, never use it:
  # network_key: [${k.n('1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13')}]
frontend:
  auth_token: ${k.n('${FRONTEND_TOKEN}')}
`,
  ),

  embedDoc(
    'embed-nodered-settings',
    ['code', 'precision'],
    'node-red/settings.js',
    (k) => `module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "${k.tok()}",
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "${k.n(V.bcrypt(k.g))}",
            permissions: "*"
        }]
    },
    httpNodeAuth: {user:"dashboard", pass:"${k.n(V.bcrypt(k.g))}"},
    functionGlobalContext: {
        modbusHost: '10.20.0.15',
        influxToken: process.env.INFLUX_TOKEN
    },
    logging: { console: { level: "info", metrics: false, audit: false } },
}
`,
  ),
];
