// Industrial automation: OPC UA clients and servers, Modbus gateways, PLC/SCADA project exports (Siemens TIA,
// CODESYS), Node-RED industrial flows, historian connections, HMI panels.
import type { RealWorldDoc } from '../types';
import { embedDoc, V } from './embedValues';

export const EMBED_INDUSTRIAL_DOCS: RealWorldDoc[] = [
  embedDoc(
    'embed-opcua-client-python',
    ['code'],
    'scada/collector/opcua_collect.py',
    (k) => `import asyncio
from asyncua import Client

URL = "opc.tcp://10.20.0.21:4840/freeopcua/server/"
USER = "collector"
PASSWORD = "${k.hpw()}"

async def main():
    client = Client(url=URL)
    client.set_user(USER)
    client.set_password(PASSWORD)
    await client.set_security_string("Basic256Sha256,SignAndEncrypt,certs/collector.der,certs/collector_key.pem")
    async with client:
        node = client.get_node("ns=2;s=Line3.Press.Pressure")
        print(await node.read_value())

asyncio.run(main())
`,
  ),

  embedDoc(
    'embed-opcua-url-in-yaml',
    ['config-syntax'],
    'telegraf/telegraf.d/opcua.conf',
    (k) => `[[inputs.opcua]]
  name = "press_line"
  endpoint = "opc.tcp://10.20.0.21:4840"
  security_policy = "Basic256Sha256"
  security_mode = "SignAndEncrypt"
  certificate = "/etc/telegraf/opcua/cert.pem"
  private_key = "/etc/telegraf/opcua/key.pem"
  auth_method = "UserName"
  username = "telegraf"
  password = "${k.spw()}"
  nodes = [
    {name="pressure", namespace="2", identifier_type="s", identifier="Line3.Press.Pressure"},
    {name="temp", namespace="2", identifier_type="i", identifier="1043"},
  ]

[[outputs.influxdb_v2]]
  urls = ["http://influx.plant.local:8086"]
  token = "${k.s('token', k.g.base64url(86) + '==')}"
  organization = "plant-muc"
  bucket = "press"
`,
  ),

  embedDoc(
    'embed-modbus-gateway-ini',
    ['config-syntax', 'precision'],
    'gateway/modbus2mqtt.ini',
    (k) => `[modbus]
port = /dev/ttyUSB0
baudrate = 19200
parity = E
slave_id = 17
; register map: holding registers from ${k.n('0x9C40')}
start_register = ${k.n('40001')}
count = 32
crc_check = ${k.n(V.crc32(k.g))}

[mqtt]
host = 10.20.0.5
user = modbus2mqtt
pass = ${k.spw()}
topic = plant/line3/energy

[web]
admin_user = admin
admin_password = ${k.u('admin')}
`,
  ),

  embedDoc(
    'embed-codesys-plc-notes',
    ['prose', 'command-line'],
    'docs/plc/codesys-runtime.md',
    (k) => `# CODESYS Control on the Raspberry Pi test rig

The runtime user management is enabled since SP19. Users on rig 2:

| User | Role | Password |
|---|---|---|
| Administrator | admin | ${k.hpw()} |
| operator | operator | ${k.hpw()} |
| viewer | read-only | (none) |

The project archive (\`Line3_v14.projectarchive\`) is encrypted with the project password \`${k.hpw()}\`.
Source download is protected with a separate password, ask Matthias.

Gateway: \`CODESYSControl.cfg\` on the Pi, WebVisu on port 8080.
Device ID of the runtime: \`${k.n(k.g.hex(8).toUpperCase())}-${k.n(k.g.hex(8).toUpperCase())}\`
`,
  ),

  embedDoc(
    'embed-tia-export-xml',
    ['config-syntax', 'precision'],
    'plc/export/HMI_Connections.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<Document>
  <Engineering version="V18" />
  <Hmi.Connection ID="0">
    <AttributeList>
      <Name>HMI_Connection_1</Name>
      <Partner>PLC_Line3</Partner>
      <Station>S7-1500</Station>
      <Address>192.168.0.1</Address>
      <AccessLevel>FullAccess</AccessLevel>
      <PasswordHash>${k.n(V.sha1(k.g))}</PasswordHash>
      <Password>${k.hpw()}</Password>
    </AttributeList>
  </Hmi.Connection>
  <Plc.Protection>
    <Level>HMIAccess</Level>
    <Legitimation>${k.hpw()}</Legitimation>
  </Plc.Protection>
</Document>
`,
  ),

  embedDoc(
    'embed-scada-historian-connection',
    ['config-syntax'],
    'scada/historian/appsettings.json',
    (k) => `{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Historian": "Server=hist01.plant.local;Database=Process;User Id=hist_writer;Password=${k.cs()};TrustServerCertificate=true",
    "Alarms": "Server=hist01.plant.local;Database=Alarms;Integrated Security=true"
  },
  "Opc": {
    "Endpoint": "opc.tcp://kepware01:49320",
    "User": "historian",
    "Password": "${k.hpw()}"
  },
  "Mqtt": {
    "Broker": "tcp://10.20.0.5:1883",
    "ClientId": "historian-01"
  }
}
`,
  ),

  embedDoc(
    'embed-nodered-flow-export',
    ['config-syntax', 'code'],
    'node-red/flows_line3.json',
    (k) => `[
  {"id":"${k.n(k.g.hex(16))}","type":"tab","label":"Line 3","disabled":false},
  {"id":"${k.n(k.g.hex(16))}","type":"modbus-client","name":"PLC L3","tcpHost":"10.20.0.21","tcpPort":"502","unit_id":"1"},
  {"id":"${k.n(k.g.hex(16))}","type":"mqtt-broker","name":"plant broker","broker":"10.20.0.5","port":"1883","credentials":{"user":"nodered","password":"${k.spw()}"}},
  {"id":"${k.n(k.g.hex(16))}","type":"http request","name":"ERP","method":"POST","url":"https://erp.example.com/api/v1/counts","authType":"bearer","credentials":{"password":"${k.tok()}"}},
  {"id":"${k.n(k.g.hex(16))}","type":"influxdb","hostname":"influx.plant.local","port":"8086","credentials":{"token":""}}
]
`,
  ),

  embedDoc(
    'embed-hmi-panel-backup-notes',
    ['prose'],
    'docs/plc/hmi-panel-restore.txt',
    (k) => `HMI panel TP1200 restore, line 3

1. ProSave -> Backup/Restore -> Ethernet 192.168.0.10
2. panel "Control Panel" password: ${k.hpw()}
3. after restore, set the Sm@rtServer password again (VNC): ${k.hpw()}
   the view-only password is ${k.hpw()}
4. check the PLC connection (S7 access level HMI, password in TIA under "Protection")

Firmware image checksum (from Siemens SIOS): ${k.n(V.sha256(k.g))}
Panel MAC: ${k.n(V.mac(k.g))}
`,
  ),

  embedDoc(
    'embed-kepware-ini',
    ['config-syntax'],
    'scada/kepware/iot_gateway_agent.ini',
    (k) => `[Agent_MQTT_Cloud]
Enabled=1
Url=ssl://mqtt.cloud.example.io:8883
Topic=plant/{server_tag}
ClientId=kepware01
Username=kepware01
Password=${k.spw()}
PublishRate=1000

[Agent_REST_Server]
Enabled=1
Port=39320
AuthUser=rest
AuthPassword=${k.spw()}
`,
  ),
];
