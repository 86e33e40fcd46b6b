// Shop-floor IT and MES files: OPC UA client configs, Kepware and Ignition exports, MQTT/Sparkplug brokers, PLC
// programming notes, Node-RED flows, Opcenter and FactoryTalk configs, beside node ids, tag paths, register
// addresses, machine serials and certificate thumbprints.
import type { RealWorldDoc } from '../types';
import { rDoc, R } from './erpValues';

export const ERP_SHOPFLOOR_DOCS: RealWorldDoc[] = [
  rDoc(
    'erp-opcua-client-python',
    ['code', 'defaults-in-code', 'precision'],
    'gateway/opcua_collector.py',
    (k) => `"""Reads spindle load and counters from the machining centres and posts them to the MES."""
import asyncio
from asyncua import Client

ENDPOINT = "opc.tcp://${R.ipv4(k.g, '172.16')}:4840/freeopcua/server/"
NODES = ["${k.n('ns=2;s=Channel1.DMG_MC07.SpindleLoad')}", "${k.n('ns=2;s=Channel1.DMG_MC07.PartCounter')}", "${k.n('ns=3;i=' + k.g.digits(4))}"]

async def main(user: str = "opcread", password: str = "${k.s('password', R.device(k.g))}"):
    client = Client(url=ENDPOINT)
    client.set_user(user)
    client.set_password(password)
    await client.set_security_string("Basic256Sha256,SignAndEncrypt,certs/client.der,certs/client_key.pem")
    async with client:
        for nid in NODES:
            print(nid, await client.get_node(nid).read_value())

if __name__ == "__main__":
    asyncio.run(main())
`,
  ),

  rDoc(
    'erp-kepware-project-json',
    ['config-syntax', 'precision'],
    'kepware/Plant2_Line4.json',
    (k) => `{
  "project": {
    "common.ALLTYPES_DESCRIPTION": "Line 4 press shop",
    "servermain.PROJECT_TITLE": "Plant2_Line4",
    "channels": [
      {
        "common.ALLTYPES_NAME": "S7_Press",
        "servermain.MULTIPLE_TYPES_DEVICE_DRIVER": "Siemens TCP/IP Ethernet",
        "devices": [
          { "common.ALLTYPES_NAME": "PLC_P401", "servermain.DEVICE_ID_STRING": "<${R.ipv4(k.g, '192.168')}>.0", "tags": [
            { "common.ALLTYPES_NAME": "StrokeCount", "servermain.TAG_ADDRESS": "${k.n('DB10.DBD4')}" },
            { "common.ALLTYPES_NAME": "DieId", "servermain.TAG_ADDRESS": "${k.n('DB10.STRING20.20')}" }
          ] }
        ]
      }
    ],
    "_iot_gateway": [
      {
        "common.ALLTYPES_NAME": "MQTT_to_Cloud",
        "iot_gateway.AGENTTYPES_URL": "ssl://mqtt.kohlmann-iot.example:8883",
        "iot_gateway.MQTT_CLIENT_USERNAME": "kepware-line4",
        "iot_gateway.MQTT_CLIENT_PASSWORD": "${k.s('password', R.generated(k.g))}",
        "iot_gateway.REST_CLIENT_HTTP_HEADER": "Authorization: Bearer ${k.bearer()}",
        "iot_gateway.MQTT_CLIENT_CLIENT_ID": "${k.n('kep-' + k.g.hex(8))}"
      }
    ],
    "admin.user_password_note": "Kepware Administration default user is Administrator with an empty password until set",
    "license.activation_id": "${k.n(`${k.g.upper(5)}-${k.g.upper(5)}-${k.g.upper(5)}`)}"
  }
}
`,
  ),

  rDoc(
    'erp-ignition-gateway-notes',
    ['prose', 'config-syntax', 'precision'],
    'docs/mes/ignition-gateway.md',
    (k) => `# Ignition 8.1 gateway – Plant Bursa

- Gateway web UI: http://ign-gw01:8088, admin user \`admin\`, password ${k.hpw()} (set at commissioning)
- Gateway network: outgoing connection to \`ign-hub\`, approved certificate ${k.n(R.thumbprint(k.g))}
- Database connection \`MES_SQL\`:
  - connect URL \`jdbc:sqlserver://mes-sql01:1433;databaseName=MES\`
  - username \`ignition\`, password ${k.spw()}
- MQTT Engine server: \`mqtts://ignition:${k.cs()}@mqtt-corp.kohlmann.example:8883\`
- Device \`CompactLogix_L1\` at ${R.ipv4(k.g, '10.20')}, slot 0
- Tag example: \`${k.n('[default]Line1/Filler/Speed_SP')}\`
- Backup: \`gwcmd -b /backups/ign-gw01.gwbk\`; gateway backups contain the internal user source, keep them private.

Default password for a fresh install is ${k.n('password')} (vendor manual), never used here.
`,
  ),

  rDoc(
    'erp-mosquitto-shopfloor',
    ['config-syntax', 'precision'],
    'broker/mosquitto/conf.d/shopfloor.conf',
    (k) => `listener 8883
cafile /mosquitto/certs/ca.crt
certfile /mosquitto/certs/broker.crt
keyfile /mosquitto/certs/broker.key
allow_anonymous false
password_file /mosquitto/config/passwd
acl_file /mosquitto/config/acl

# bridge to the corporate broker (Sparkplug B namespace spBv1.0/KOHLMANN/#)
connection bridge-corp
address mqtt-corp.kohlmann.example:8883
topic spBv1.0/KOHLMANN/# out 1
remote_username plant-linz
remote_password ${k.spw()}
bridge_cafile /mosquitto/certs/corp-ca.crt
# passwd file line for reference, hash only: line4:${k.n(`$7$101$${k.g.base64(16)}$${k.g.base64(86)}==`)}
`,
  ),

  rDoc(
    'erp-plc-project-notes-de',
    ['prose', 'precision'],
    'docs/instandhaltung/SPS-Projekte.md',
    (k) => `# SPS-Projekte Werk Ingolstadt – Zugangsdaten und Schutzstufen

| Anlage | CPU | Projektschutz | Know-how-Schutz | Bemerkung |
|---|---|---|---|---|
| Presse P401 | S7-1516 | ${k.dev()} | ${k.dev()} | Schutzstufe 3 (HMI-Zugriff) |
| Lackierroboter | S7-1500F | ${k.dev()} | ${k.n('—')} | F-Passwort separat im Tresor |
| Förderband FB12 | S7-315 | ${k.n('keins')} | ${k.n('keins')} | Altanlage |
| Schweißzelle | ControlLogix | Source Protection Key: ${k.s('password', k.g.alnum(12))} | | Rockwell, sk.dat auf USB-Stick |

Seriennummern: ${k.n(R.serial(k.g))}, ${k.n(R.serial(k.g))}.
Passwortrichtlinie: ${k.n('mindestens 8 Zeichen, keine Umlaute (TIA Portal)')}.
`,
  ),

  rDoc(
    'erp-nodered-flow-export',
    ['config-syntax', 'code', 'precision'],
    'nodered/flows_line3.json',
    (k) => `[
  { "id": "${k.n(k.g.hex(16))}", "type": "tab", "label": "Line 3 OEE" },
  { "id": "${k.n(k.g.hex(16))}", "type": "mqtt-broker", "name": "corp broker", "broker": "mqtt-corp.kohlmann.example", "port": "8883", "usetls": true,
    "credentials": { "user": "nodered-line3", "password": "${k.s('password', R.generated(k.g))}" } },
  { "id": "${k.n(k.g.hex(16))}", "type": "modbus-client", "name": "PLC L3", "tcpHost": "${R.ipv4(k.g, '192.168')}", "tcpPort": "502", "unit_id": 1 },
  { "id": "${k.n(k.g.hex(16))}", "type": "influxdb", "name": "plant influx", "hostname": "influx.kohlmann.example", "influxdbVersion": "2.0",
    "credentials": { "token": "${k.s('token', k.g.base64url(86) + '==')}" } },
  { "id": "${k.n(k.g.hex(16))}", "type": "function", "name": "calc OEE", "func": "msg.payload = msg.payload.good / msg.payload.total;\\nreturn msg;" },
  { "id": "${k.n(k.g.hex(16))}", "type": "http request", "name": "post to MES", "url": "https://mes.kohlmann.example/api/oee",
    "headers": { "Authorization": "Bearer ${k.bearer()}" } }
]
`,
  ),

  rDoc(
    'erp-opcenter-app-config',
    ['config-syntax', 'precision'],
    'Opcenter/Execution/Web.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="CamstarDB" connectionString="Data Source=OPCSQL01;Initial Catalog=OpcenterEX;User ID=camstar_app;Password=${k.cs()};MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />
    <add name="ReportingDB" connectionString="Data Source=OPCSQL01;Initial Catalog=OpcenterRpt;Integrated Security=SSPI" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="InSiteServer" value="opc-app01" />
    <add key="InSitePort" value="443" />
    <add key="ServiceUser" value="CamstarAdmin" />
    <add key="ServicePassword" value="${k.spw()}" />
    <add key="LabelServiceApiToken" value="${k.tok()}" />
    <add key="ERPCompanyCode" value="${k.n('1000')}" />
    <add key="machineKey.validationKey" value="${k.s('token', k.g.hex(128).toUpperCase())}" />
  </appSettings>
</configuration>
`,
  ),

  rDoc(
    'erp-factorytalk-shift-handover',
    ['prose', 'precision'],
    'handover/2026-03-14-spaet.md',
    (k) => `# Schichtübergabe Spätschicht 14.03. – Montage Halle 3

- Linie 3 stand 22:10–22:55 (Druckluft). Störung ${k.n(R.ticket(k.g))}.
- FactoryTalk View SE Client auf HMI-07 neu installiert. Anmeldung Schichtführer: \`SF_H3\` / ${k.dev()}
- Instandhalter-Passwort am Panel (Ebene 2) wurde nach dem Audit geändert auf ${k.dev()}
- Auftrag ${k.n(k.g.digits(7))}, Charge ${k.n(R.batch(k.g))}: 240 Stück gefertigt, 3 NIO.
- Materialnummer Nachschub: ${k.n(R.matnr(k.g))}
- Das alte Panelpasswort (${k.n('****')}) funktioniert nicht mehr.
`,
  ),

  rDoc(
    'erp-modbus-gateway-yaml',
    ['config-syntax', 'precision'],
    'gateway/config/line2.yaml',
    (k) => `gateway:
  name: line2-edge
  serial: ${k.n(R.serial(k.g))}
  admin_password: ${k.s('password', R.device(k.g))}
modbus:
  - name: extruder-1
    host: ${R.ipv4(k.g, '192.168')}
    unit: 1
    registers:
      melt_temp: { address: ${k.n('40001')}, type: int16, scale: 0.1 }
      screw_rpm: { address: ${k.n('40003')}, type: uint16 }
upstream:
  type: influxdb
  url: https://influx.kohlmann.example
  org: plant-linz
  bucket: line2
  token: ${k.s('token', k.g.base64url(86) + '==')}
  # previous token revoked on 2026-01-10: ${k.n('[REVOKED]')}
`,
  ),

  rDoc(
    'erp-sparkplug-edge-ts',
    ['code', 'precision'],
    'edge/src/sparkplug.ts',
    (k) => `import { newClient } from 'sparkplug-client';

// Edge node for the paint shop; group/edge ids are public topic parts, not credentials.
const client = newClient({
  serverUrl: 'tls://mqtt-corp.kohlmann.example:8883',
  username: 'paintshop-edge',
  password: process.env.SPB_PASSWORD || '${k.s('password', R.anyPw(k.g).replace(/'/g, ''))}',
  groupId: '${k.n('KOHLMANN')}',
  edgeNode: '${k.n('PAINT_EDGE_01')}',
  clientId: '${k.n('paint-edge-' + k.g.hex(6))}',
  version: 'spBv1.0',
});

client.on('birth', () => client.publishNodeBirth({ timestamp: Date.now(), metrics: [] }));
`,
  ),

  rDoc(
    'erp-wonderware-historian-sql',
    ['code', 'precision'],
    'sql/historian_linked_query.sql',
    (k) => `-- Pull hourly averages from the AVEVA Historian into the MES reporting DB
-- Runtime DB login for reports: wwUser (documented default, read-only) / ${k.u('wwUser')}
SELECT TagName, DateTime, Value
FROM OPENQUERY(INSQL, 'SELECT TagName, DateTime, Value FROM WideHistory
  WHERE TagName IN (''${k.n('Line1_Oven_Temp.PV')}'', ''${k.n('Line1_Conveyor_Speed.PV')}'')
  AND wwRetrievalMode = ''Average'' AND wwResolution = 3600000');

-- ad-hoc: the linked server was created with
-- EXEC sp_addlinkedsrvlogin 'INSQL', 'false', NULL, 'hist_reader', '${k.s('password', R.safePw(k.g))}';
`,
  ),

  rDoc(
    'erp-cnc-dnc-ini',
    ['config-syntax', 'precision'],
    'dnc/DNCServer.ini',
    (k) => `[General]
ProgramRoot=\\\\fs02\\NC-Programme
Machines=MC01,MC02,LATHE05

[MC01]
Type=FTP
Host=${R.ipv4(k.g, '10.30')}
User=dnc
Password=${k.spw()}
Controller=Sinumerik 840D sl
SerialNo=${k.n(R.serial(k.g))}

[LATHE05]
Type=RS232
Port=COM3
Baud=9600
; machine password for the controller's service menu, from the manufacturer's manual: ${k.u('SUNRISE')}
`,
  ),
];
