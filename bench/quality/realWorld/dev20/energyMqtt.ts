// MQTT and edge: mosquitto configs and password files, mosquitto_pub/sub command lines, Sparkplug B edge nodes,
// HiveMQ, AWS IoT Core and Azure IoT Hub device credentials, Node-RED (settings.js credentialSecret,
// flows_cred.json), Kepware. Topic names, Sparkplug group ids and hashed password lines are not secrets.
import type { RealWorldDoc } from '../types';
import { eDoc, E } from './energyValues';

export const ENERGY_MQTT_DOCS: RealWorldDoc[] = [
  eDoc(
    'energy-mosquitto-conf-and-passwd',
    ['config-syntax', 'credential-file', 'precision'],
    'mosquitto/config/mosquitto.conf',
    (k) => `# Broker for the wind farm edge gateways
per_listener_settings true

listener 8883
cafile /mosquitto/certs/ca.crt
certfile /mosquitto/certs/broker.crt
keyfile /mosquitto/certs/broker.key
require_certificate false
password_file /mosquitto/config/passwd
allow_anonymous false

# bridge to the central broker
connection central
address broker.central.windco.local:8883
bridge_cafile /mosquitto/certs/central-ca.crt
remote_username wf-hornsea-edge
remote_password ${k.gpw()}
topic spBv1.0/WindFarm/# out 1

# /mosquitto/config/passwd (hashed, generated with mosquitto_passwd):
# turbine01:${k.n(E.mosqHash(k.g))}
# scada:${k.n(E.mosqHash(k.g))}
`,
  ),

  eDoc(
    'energy-mosquitto-pub-commands',
    ['command-line', 'precision'],
    'docs/mqtt-cheatsheet.md',
    (k) => `# MQTT cheat sheet (field team)

Subscribe to everything a turbine sends:

\`\`\`sh
mosquitto_sub -h broker.windco.local -p 8883 --cafile ca.crt -u field-tech -P '${k.spw()}' -t 'spBv1.0/WindFarm/+/WTG-07/#' -v
\`\`\`

Send a test command (only on the lab broker!):

\`\`\`sh
mosquitto_pub -h 10.20.0.5 -u lab -P ${k.spw()} -t 'site/bess01/cmd/setpoint' -m '{"p_kw": 250}'
mosquitto_pub -h localhost -u "$MQTT_USER" -P "$MQTT_PASS" -t test -m hello
mosquitto_pub -h broker.example.com -u <user> -P ${k.ph()} -t test -m hello
\`\`\`

Create a broker user:

\`\`\`sh
mosquitto_passwd -b /mosquitto/config/passwd turbine08 ${k.spw()}
\`\`\`
`,
  ),

  eDoc(
    'energy-sparkplug-edge-node-yaml',
    ['config-syntax', 'precision'],
    'edge/sparkplug/edge-node.yaml',
    (k) => `sparkplug:
  group_id: WindFarm
  edge_node_id: WTG-07-Edge
  primary_host_id: IgnitionSCADA
mqtt:
  servers:
    - ssl://broker.windco.local:8883
  client_id: wtg07-edge
  username: wtg07
  password: ${k.gpw()}
  keep_alive: 30
  tls:
    ca: /etc/edge/ca.crt
    verify_hostname: true
metrics:
  - name: Rotor/Speed
    datatype: Float
    source: ${k.n(E.modbusAddr(k.g))}
  - name: Gearbox/OilTemp
    datatype: Float
    source: ${k.n(E.modbusAddr(k.g))}
  - name: Nacelle/YawPosition
    datatype: Float
    source: ${k.n(E.opcNode(k.g))}
`,
  ),

  eDoc(
    'energy-hivemq-extension-xml',
    ['config-syntax', 'precision'],
    'hivemq/extensions/hivemq-file-rbac-extension/credentials.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<file-rbac>
    <users>
        <user>
            <name>scada-ingest</name>
            <password>${k.gpw()}</password>
            <roles><id>ingest</id></roles>
        </user>
        <user>
            <name>ev-chargers</name>
            <password>${k.gpw()}</password>
            <roles><id>chargers</id></roles>
        </user>
        <user>
            <name>monitoring</name>
            <!-- hashed entries use the extension's password hashing, fine to keep -->
            <password>${k.n(k.g.base64(24) + ':' + k.g.base64(64))}</password>
            <roles><id>readonly</id></roles>
        </user>
    </users>
</file-rbac>
`,
  ),

  eDoc(
    'energy-aws-iot-device-provisioning',
    ['credential-file', 'command-line', 'precision'],
    'devices/bess-unit-04/provision.sh',
    (k) => `#!/bin/bash
# Provision BESS unit 04 as an AWS IoT thing; the certs go onto the EMS controller via USB.
set -euo pipefail
export AWS_ACCESS_KEY_ID=${k.u(E.awsId(k.g))}
export AWS_SECRET_ACCESS_KEY=${k.prov('AWS', E.awsSecret(k.g))}
export AWS_DEFAULT_REGION=eu-west-1

aws iot create-keys-and-certificate --set-as-active \\
  --certificate-pem-outfile bess04.cert.pem \\
  --public-key-outfile bess04.public.key \\
  --private-key-outfile bess04.private.key
aws iot attach-policy --policy-name bess-telemetry --target "arn:aws:iot:eu-west-1:${k.n(k.g.digits(12))}:cert/${k.n(E.sha256(k.g))}"
aws iot describe-endpoint --endpoint-type iot:Data-ATS
`,
  ),

  eDoc(
    'energy-aws-iot-private-key-in-repo',
    ['credential-file', 'precision'],
    'firmware/ems-controller/certs/device.private.key',
    (k) => `${k.key(E.pem(k.g, 'RSA PRIVATE KEY'))}
`,
  ),

  eDoc(
    'energy-nodered-settings-js',
    ['code', 'config-syntax', 'precision'],
    'node-red/settings.js',
    (k) => `module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: 'flows.json',
    // Encrypts flows_cred.json; without it Node-RED generates one into .config.runtime.json
    credentialSecret: "${k.gpw()}",
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "${k.n(E.bcrypt(k.g))}",
            permissions: "*"
        }]
    },
    httpNodeAuth: { user: "dash", pass: "${k.n(E.bcrypt(k.g))}" },
    functionGlobalContext: {
        modbusHost: "${E.ipv4(k.g)}",
        solcastKey: "${k.tok()}"
    },
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } }
};
`,
  ),

  eDoc(
    'energy-nodered-flows-cred-plain',
    ['credential-file', 'config-syntax', 'precision'],
    'node-red/flows_cred.json',
    (k) => `{
    "a1f3c2d4.5e6b7": {
        "user": "nodered",
        "password": "${k.spw()}"
    },
    "b7e9d1c0.22aa1": {
        "user": "sma_modbus",
        "password": "${k.dev()}"
    },
    "c0ffee12.3456": {
        "token": "${k.prov('Telegram bot', E.telegramBot(k.g))}"
    }
}
`,
  ),

  eDoc(
    'energy-azure-iot-edge-config-toml',
    ['config-syntax', 'precision'],
    'edge/etc/aziot/config.toml',
    (k) => `# Azure IoT Edge on the substation gateway (manual provisioning with a connection string)
hostname = "ss-west-gw01"

[provisioning]
source = "manual"
connection_string = "HostName=gridops-iothub.azure-devices.net;DeviceId=ss-west-gw01;SharedAccessKey=${k.prov('Azure IoT Hub', E.azureIotKey(k.g))}"

[agent]
name = "edgeAgent"
type = "docker"

[agent.config]
image = "mcr.microsoft.com/azureiotedge-agent:1.4"

[connect]
workload_uri = "unix:///var/run/iotedge/workload.sock"
management_uri = "unix:///var/run/iotedge/mgmt.sock"
`,
  ),

  eDoc(
    'energy-kepware-project-json-snippet',
    ['config-syntax', 'precision'],
    'kepware/export/Plant3.json',
    (k) => `{
  "project": {
    "servermain.PROJECT_TITLE": "Plant3 KEPServerEX",
    "channels": [
      {
        "common.ALLTYPES_NAME": "Feeders",
        "servermain.MULTIPLE_TYPES_DEVICE_DRIVER": "Modbus TCP/IP Ethernet",
        "devices": [
          { "common.ALLTYPES_NAME": "FDR12", "servermain.DEVICE_ID_STRING": "<${E.ipv4(k.g)}>.1" }
        ]
      },
      {
        "common.ALLTYPES_NAME": "MQTT_Out",
        "servermain.MULTIPLE_TYPES_DEVICE_DRIVER": "IoT Gateway",
        "iot_gateway.AGENTTYPES_URL": "ssl://broker.windco.local:8883",
        "iot_gateway.MQTT_CLIENT_USERNAME": "kepware",
        "iot_gateway.MQTT_CLIENT_PASSWORD": "${k.gpw()}",
        "iot_gateway.MQTT_TLS_VERSION": 3
      }
    ],
    "uaserver.users": [
      { "name": "Administrator", "password_hash": "${k.n(E.sha256(k.g))}" }
    ]
  }
}
`,
  ),
];
