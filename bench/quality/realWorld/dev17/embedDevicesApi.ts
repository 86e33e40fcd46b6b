// Device-side APIs and their clients: ThingsBoard/Particle/hawkBit REST calls, Home Assistant long-lived tokens,
// Tuya local keys, Shelly digest auth, ESP provisioning proofs of possession, Golioth/Memfault/nRF Cloud keys in
// Kconfig fragments and AT-command logs, 3D-printer hosts (OctoPrint, Moonraker), Tasmota overrides.
import type { RealWorldDoc } from '../types';
import { embedDoc, V } from './embedValues';

export const EMBED_DEVICE_API_DOCS: RealWorldDoc[] = [
  embedDoc(
    'embed-thingsboard-curl',
    ['command-line', 'http-auth'],
    'docs/thingsboard/cheatsheet.sh',
    (k) => `# telemetry from a device (token is the device access token)
curl -v -X POST http://tb.plant.local:8080/api/v1/${k.s('token', V.thingsboard(k.g), 'ThingsBoard')}/telemetry --header "Content-Type:application/json" -d '{"temperature":25}'

# login as tenant admin, get a JWT
curl -s -X POST http://tb.plant.local:8080/api/auth/login -H 'Content-Type: application/json' -d '{"username":"tenant@plant.local","password":"${k.hpw()}"}'

# list devices with the JWT
curl -s -H "X-Authorization: Bearer ${k.http(V.jwt(k.g))}" "http://tb.plant.local:8080/api/tenant/devices?pageSize=100&page=0"
`,
  ),

  embedDoc(
    'embed-particle-cli-history',
    ['command-line', 'http-auth'],
    'home/dev/.zsh_history',
    (k) => `: 1739281001:0;particle login --token ${k.s('token', V.particle(k.g), 'Particle')}
: 1739281042:0;particle list
: 1739281090:0;particle flash tracker-07 firmware.bin
: 1739281133:0;curl "https://api.particle.io/v1/devices/${k.n(k.g.hex(24))}/led?access_token=${k.http(V.particle(k.g))}" -d arg=on
: 1739281200:0;particle serial monitor --follow
: 1739281260:0;git log --oneline -5
`,
  ),

  embedDoc(
    'embed-hawkbit-ddi-curl',
    ['command-line', 'http-auth'],
    'docs/ota/hawkbit-ddi.md',
    (k) => `### Polling the DDI API by hand

\`\`\`
curl -H "Authorization: TargetToken ${k.http(k.g.hex(32))}" \\
     https://hawkbit.acme-iot.example.com/DEFAULT/controller/v1/gw-0042

curl -H "Authorization: GatewayToken ${k.http(k.g.alnum(32))}" \\
     https://hawkbit.acme-iot.example.com/DEFAULT/controller/v1/gw-0043/deploymentBase/17

curl -u admin:${k.spw()} https://hawkbit.acme-iot.example.com/rest/v1/targets?limit=10
\`\`\`

Target tokens are per device and shown in the UI under Target → Security token. Gateway tokens are per tenant.
`,
  ),

  embedDoc(
    'embed-homeassistant-rest',
    ['config-syntax', 'http-auth'],
    'homeassistant/configuration.yaml',
    (k) => `default_config:

rest_command:
  gw_reboot:
    url: "http://gw-07.plant.local/api/reboot"
    method: POST
    headers:
      authorization: "Bearer ${k.http(V.jwt(k.g))}"

sensor:
  - platform: rest
    resource: http://192.168.10.44/status
    name: Boiler
    username: admin
    password: ${k.hpw()}
    authentication: digest
  - platform: rest
    resource: https://api.openweathermap.org/data/2.5/weather?q=Munich&appid=${k.http(k.g.hex(32))}
    name: Weather

recorder:
  db_url: mysql://hass:${k.cs()}@core-mariadb/homeassistant?charset=utf8mb4

influxdb:
  api_version: 2
  host: 192.168.10.5
  token: ${k.n('!secret influx_token')}
`,
  ),

  embedDoc(
    'embed-tinytuya-devices',
    ['config-syntax', 'credential-file'],
    'tuya/devices.json',
    (k) => `[
    {
        "name": "Werkstatt Steckdose",
        "id": "${k.n('bf' + k.g.hex(20))}",
        "key": "${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789<>[]{}|!@', 16))}",
        "mac": "${k.n(V.mac(k.g).toLowerCase())}",
        "ip": "192.168.10.61",
        "version": "3.3"
    },
    {
        "name": "Lötstation Lampe",
        "id": "${k.n('bf' + k.g.hex(20))}",
        "key": "${k.s('token', k.g.alnum(16))}",
        "mac": "${k.n(V.mac(k.g).toLowerCase())}",
        "ip": "192.168.10.62",
        "version": "3.4"
    }
]
`,
  ),

  embedDoc(
    'embed-tinytuya-wizard-snapshot',
    ['config-syntax'],
    'tuya/tinytuya.json',
    (k) => `{
    "apiKey": "${k.n(k.g.lower(20))}",
    "apiSecret": "${k.hex(32)}",
    "apiRegion": "eu",
    "apiDeviceID": "${k.n('bf' + k.g.hex(20))}"
}
`,
  ),

  embedDoc(
    'embed-shelly-digest-script',
    ['command-line', 'code'],
    'scripts/shelly_bulk_update.sh',
    (k) => `#!/bin/sh
# Gen2 Shellys with auth enabled need digest auth
PASS='${k.spw()}'
for ip in 192.168.10.71 192.168.10.72 192.168.10.73; do
  curl -s --digest -u admin:"$PASS" "http://$ip/rpc/Shelly.Update?stage=stable"
done
curl -s --digest -u admin:${k.spw()} http://192.168.10.80/rpc/Shelly.GetDeviceInfo
# set auth on a new device: ha1 = sha256("admin:shellyplus1-<mac>:<password>")
curl -s -X POST -d '{"id":1,"method":"Shelly.SetAuth","params":{"user":"admin","realm":"shellyplus1-${k.n(k.g.hex(12))}","ha1":"${k.n(V.sha256(k.g))}"}}' http://192.168.10.74/rpc
`,
  ),

  embedDoc(
    'embed-esp-prov-commands',
    ['command-line', 'prose'],
    'docs/provisioning/ble-provisioning.md',
    (k) => `# BLE provisioning in the lab

Security 1 with proof-of-possession (printed as QR on the box in production):

\`\`\`
python esp_prov.py --transport ble --service_name PROV_${k.n(k.g.hex(6).toUpperCase())} --sec_ver 1 --pop ${k.s('token', k.g.alnum(12))} --ssid LabNet --passphrase ${k.wifi()}
\`\`\`

Security 2 (SRP6a) for the new boards:

\`\`\`
python esp_prov.py --transport softap --sec_ver 2 --sec2_username wifiprov --sec2_pwd ${k.spw()} --ssid LabNet --passphrase ${k.wifi()}
\`\`\`

The salt and verifier in \`main/srp_verifier.h\` are derived from that password and are not secret by themselves (salt \`${k.n(k.g.hex(32))}\`).
`,
  ),

  embedDoc(
    'embed-golioth-overlay-conf',
    ['config-syntax'],
    'app/overlay-golioth.conf',
    (k) => `CONFIG_GOLIOTH_FIRMWARE_SDK=y
CONFIG_GOLIOTH_SAMPLE_HARDCODED_CREDENTIALS=y
CONFIG_GOLIOTH_SAMPLE_PSK_ID="node-07@acme-fleet"
CONFIG_GOLIOTH_SAMPLE_PSK="${k.tok()}"
CONFIG_MEMFAULT=y
CONFIG_MEMFAULT_NCS_PROJECT_KEY="${k.s('token', k.g.alnum(32))}"
CONFIG_NRF_CLOUD_CLIENT_ID_SRC_IMEI=y
CONFIG_MODEM_KEY_MGMT=y
`,
  ),

  embedDoc(
    'embed-nrf9160-at-cmng-log',
    ['logs-and-output', 'credential-file'],
    'issues/attachments/nrf9160-provision.log',
    (k) => `AT+CFUN=4
OK
AT%CMNG=1
%CMNG: 16842753,0,"${k.n(V.sha256(k.g).toUpperCase())}"
OK
AT%CMNG=0,16842753,3,"nrf-cloud-psk-id-07"
OK
AT%CMNG=0,16842753,4,"${k.hex(32)}"
OK
AT%CMNG=0,16842753,2,"${k.key(V.pem(k.g, 'PRIVATE KEY'))}"
OK
AT+CFUN=1
OK
+CEREG: 5,"4E2A","0A1B2C03",7
`,
  ),

  embedDoc(
    'embed-octoprint-moonraker',
    ['config-syntax'],
    'printer/moonraker.conf',
    (k) => `[server]
host: 0.0.0.0
port: 7125

[authorization]
trusted_clients:
    192.168.10.0/24
cors_domains:
    *.local

[octoprint_compat]

[power printer]
type: tasmota
address: 192.168.10.90
password: ${k.spw()}

[notifier telegram]
url: tgram://${k.s('provider', `${k.g.digits(10)}:AA${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 33)}`, 'Telegram bot token')}/${k.n(k.g.digits(9))}
events: error, complete

# OctoPrint on the old Pi still running, its API key:
# octoprint_api_key: ${k.s('token', k.g.hex(32).toUpperCase())}
`,
  ),

  embedDoc(
    'embed-tasmota-user-config-override',
    ['code', 'config-syntax'],
    'tasmota/tasmota/user_config_override.h',
    (k) => `#ifndef _USER_CONFIG_OVERRIDE_H_
#define _USER_CONFIG_OVERRIDE_H_

#undef  STA_SSID1
#define STA_SSID1         "Zuhause-IoT"
#undef  STA_PASS1
#define STA_PASS1         "${k.wifi()}"

#undef  MQTT_HOST
#define MQTT_HOST         "192.168.10.5"
#undef  MQTT_USER
#define MQTT_USER         "tasmota"
#undef  MQTT_PASS
#define MQTT_PASS         "${k.spw()}"

#undef  WEB_PASSWORD
#define WEB_PASSWORD      "${k.hpw()}"

#undef  OTA_URL
#define OTA_URL           "http://ota.tasmota.com/tasmota/release/tasmota.bin.gz"

#endif
`,
  ),

  embedDoc(
    'embed-wireguard-bench',
    ['credential-file', 'config-syntax'],
    'bench-vpn/wg0.conf',
    (k) => `# Remote access to HIL rig 2 for the supplier
[Interface]
Address = 10.99.0.2/32
PrivateKey = ${k.key(k.g.base64(43) + '=')}
DNS = 10.99.0.1

[Peer]
PublicKey = ${k.n(k.g.base64(43) + '=')}
PresharedKey = ${k.s('token', k.g.base64(43) + '=')}
Endpoint = vpn.acme-auto.example.com:51820
AllowedIPs = 10.99.0.0/24, 192.168.7.0/24
PersistentKeepalive = 25
`,
  ),

  embedDoc(
    'embed-telematics-backend-yaml',
    ['config-syntax'],
    'telematics-backend/src/main/resources/application-dev.yml',
    (k) => `spring:
  datasource:
    url: jdbc:postgresql://pg-dev.telematics.local:5432/vehicles
    username: telematics
    password: ${k.spw()}
  kafka:
    bootstrap-servers: kafka-dev:9093
    properties:
      security.protocol: SASL_SSL
      sasl.mechanism: SCRAM-SHA-512
      sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="telematics" password="${k.spw()}";
mqtt:
  broker: ssl://vehicle-broker.dev.example.com:8883
  username: backend
  password: ${k.hpw()}
redis:
  url: redis://default:${k.cs()}@redis-dev:6379/0
vehicle:
  test-vins: [${k.n(V.vin(k.g))}, ${k.n(V.vin(k.g))}]
`,
  ),

  embedDoc(
    'embed-docker-compose-iot-stack',
    ['config-syntax'],
    'iot-stack/docker-compose.yml',
    (k) => `services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: ${k.spw()}
      DOCKER_INFLUXDB_INIT_ORG: plant
      DOCKER_INFLUXDB_INIT_BUCKET: sensors
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: ${k.tok()}
  grafana:
    image: grafana/grafana:11.0.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: ${k.hpw()}
      GF_DATABASE_URL: postgres://grafana:${k.cs()}@postgres:5432/grafana
  node-red:
    image: nodered/node-red:3.1
    environment:
      NODE_RED_CREDENTIAL_SECRET: ${k.n('${NODE_RED_CREDENTIAL_SECRET}')}
  chirpstack-gateway-bridge:
    image: chirpstack/chirpstack-gateway-bridge:4
    environment:
      INTEGRATION__MQTT__AUTH__GENERIC__USERNAME: gwbridge
      INTEGRATION__MQTT__AUTH__GENERIC__PASSWORD: ${k.spw()}
`,
  ),

  embedDoc(
    'embed-openvpn-static-key',
    ['credential-file'],
    'field-gateways/openvpn/ta.key',
    (k) => `#
# 2048 bit OpenVPN static key
#
${k.key(`-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 16 }, () => k.g.hex(32)).join('\n')}\n-----END OpenVPN Static key V1-----`)}
`,
  ),

  embedDoc(
    'embed-provisioning-keys-python',
    ['code'],
    'tools/she_keys_dev.py',
    (k) => `"""SHE key slots for the development ECUs (bench only). Production keys are injected by the key server."""

DEV_KEYS = {
    "MASTER_ECU_KEY": "${k.k128()}",
    "BOOT_MAC_KEY": "${k.k128()}",
    "KEY_1": "${k.k128()}",
    "KEY_2": "${k.k128()}",
}

# FIPS-197 example key, used only by the unit tests of the AES driver
AES_TEST_KEY = "${k.n('2b7e151628aed2a6abf7158809cf4f3c')}"
UID = "${k.n('000000000000000000000000000001')}"
`,
  ),
];
