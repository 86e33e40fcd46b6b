// Oil and gas and water utilities: WITSML store credentials, pipeline SCADA and leak detection, LIMS, telemetry
// outstations (DNP3 secure authentication update keys, IEC 104), Kisters WISKI / KiWIS, plus the scripts that glue
// them. Well names, UIDs, pipeline segment ids and sample numbers are not secrets.
import type { RealWorldDoc } from '../types';
import { eDoc, E } from './energyValues';

export const ENERGY_OIL_WATER_DOCS: RealWorldDoc[] = [
  eDoc(
    'energy-witsml-client-config-xml',
    ['config-syntax', 'precision'],
    'drilling/witsml-bridge/config/stores.xml',
    (k) => `<?xml version="1.0"?>
<WitsmlStores>
  <Store name="RigSite-NS-14" version="1.4.1.1">
    <Url>https://witsml.rig14.drillco.example/witsml/store</Url>
    <Username>bridge_ns14</Username>
    <Password>${k.spw()}</Password>
    <WellUid>${k.n(k.g.uuid())}</WellUid>
    <WellboreUid>${k.n(k.g.uuid())}</WellboreUid>
  </Store>
  <Store name="Operator-Central" version="2.0">
    <Url>https://witsml.operator.example/etp</Url>
    <Username>svc-witsml</Username>
    <Password>${k.gpw()}</Password>
  </Store>
</WitsmlStores>
`,
  ),

  eDoc(
    'energy-witsml-python-etp',
    ['code', 'http-auth', 'precision'],
    'drilling/tools/pull_logs.py',
    (k) => `import base64
import requests

STORE = "https://witsml.rig14.drillco.example/witsml/store"
AUTH = "Basic ${k.basic('bridge_ns14')}"

QUERY = """<logs xmlns="http://www.witsml.org/schemas/1series" version="1.4.1.1">
  <log uidWell="${k.n(k.g.uuid())}" uidWellbore="${k.n(k.g.uuid())}" uid="${k.n('DEPTH_LOG_01')}"/>
</logs>"""


def get_from_store():
    return requests.post(STORE, data=QUERY, headers={"Authorization": AUTH, "SOAPAction": "WMLS_GetFromStore"})
`,
  ),

  eDoc(
    'energy-pipeline-leak-detection-ini',
    ['config-syntax', 'precision'],
    'pipeline/lds/lds.ini',
    (k) => `[Pipeline]
Name=Sines-Lisboa Product Line
Segments=${k.n('SEG-001..SEG-046')}

[SCADA]
Type=OPC-DA via UA wrapper
Endpoint=opc.tcp://${E.ipv4(k.g)}:4841
User=lds_reader
Password=${k.spw()}

[Historian]
DSN=LDS_HIST
UID=lds
PWD=${k.cs()}

[Alarms]
Pager=smtp
SmtpHost=smtp.pipeline.example
SmtpUser=lds-alarms
SmtpPass=${k.pw()}
`,
  ),

  eDoc(
    'energy-lims-labware-connection',
    ['config-syntax', 'precision'],
    'lims/config/lims-interface.json',
    (k) => `{
  "lims": {
    "vendor": "LabWare",
    "baseUrl": "https://lims.refinery.example/labware",
    "user": "IF_LAB_RESULTS",
    "password": "${k.spw()}"
  },
  "oracle": "Data Source=lims-db:1521/LIMSPRD;User Id=LIMSREAD;Password=${k.cs()};",
  "sampleIdPattern": "${k.n('R[0-9]{2}-[0-9]{6}')}",
  "exampleSample": "${k.n('R26-' + k.g.digits(6))}",
  "pi": { "server": "PISRV-REF", "tagPrefix": "${k.n('REF.LAB.')}" }
}
`,
  ),

  eDoc(
    'energy-kisters-kiwis-script',
    ['code', 'precision'],
    'hydro/kiwis_fetch.R',
    (k) => `# Water levels from the KiWIS API of the hydrology department
library(httr)
library(jsonlite)

kiwis <- "https://kiwis.water-utility.example/KiWIS/KiWIS"
user <- "hydro_reader"
pass <- "${k.pw()}"

r <- GET(kiwis, authenticate(user, pass),
         query = list(service = "kisters", type = "queryServices", request = "getTimeseriesValues",
                      ts_id = "${k.n(k.g.digits(8))}", period = "P7D", format = "json"))
stop_for_status(r)
levels <- fromJSON(content(r, "text"))
# station numbers look like ${k.n(k.g.digits(6))}; they are public on the flood portal
`,
  ),

  eDoc(
    'energy-water-outstation-dnp3-sa',
    ['config-syntax', 'precision'],
    'telemetry/outstations/PS-114.conf',
    (k) => `# Outstation PS-114 (pumping station), DNP3 over IP with Secure Authentication v5
[dnp3]
master_address = 1
outstation_address = ${k.n(k.g.digits(3))}
listen = 0.0.0.0:20000
sav5 = enabled
update_key_user = 1
update_key = ${k.s('token', k.g.hex(64).toUpperCase())}
hmac = SHA256

[iec104]
enabled = false

[web]
admin_user = admin
admin_password = ${k.dev()}

[points]
${k.n('AI0')} = wet_well_level_m
${k.n('AI1')} = pump1_current_a
${k.n('BI4')} = intruder_alarm
`,
  ),

  eDoc(
    'energy-water-scada-runbook-ca-es',
    ['prose', 'command-line', 'precision'],
    'runbooks/aigua/reinici-telecontrol.md',
    (k) => `# Reinicio del servidor de telecontrol (agua potable)

1. Conectar por SSH: \`ssh telecontrol@${E.ipv4(k.g)}\` (contraseña: ${k.hpw()})
2. Parar el servicio: \`sudo systemctl stop scada-front\`
3. Comprobar la base de datos:
   \`psql "host=localhost dbname=telecontrol user=scada password=${k.cs()}" -c "select count(*) from alarmas"\`
4. Arrancar: \`sudo systemctl start scada-front\`
5. Verificar que los depósitos ${k.n('DEP-03')}, ${k.n('DEP-07')} envían datos.

Si el GPRS de una estación remota no conecta, la clave del APN privado es ${k.dev()}.
`,
  ),

  eDoc(
    'energy-compressor-plc-backup-bat',
    ['command-line', 'precision'],
    'scripts/backup_plcs.bat',
    (k) => `@echo off
REM Nightly backup of the compressor station PLC programs to the OT file share
net use \\\\ot-files01\\plc-backup /user:OT\\svc_plcbackup ${k.spw()}
set PLC_PW=${k.dev()}
"C:\\Program Files\\Vendor\\plcbackup.exe" --ip ${E.ipv4(k.g)} --password %PLC_PW% --out \\\\ot-files01\\plc-backup\\CS7
"C:\\Program Files\\Vendor\\plcbackup.exe" --ip ${E.ipv4(k.g)} --password %PLC_PW% --out \\\\ot-files01\\plc-backup\\CS8
certutil -hashfile \\\\ot-files01\\plc-backup\\CS7\\latest.zip SHA256
net use \\\\ot-files01\\plc-backup /delete
`,
  ),

  eDoc(
    'energy-ogc-sensorthings-docker',
    ['config-syntax', 'precision'],
    'hydro/frost/docker-compose.yaml',
    (k) => `services:
  frost:
    image: fraunhoferiosb/frost-server:2.3
    environment:
      serviceRootUrl: https://sensors.water-utility.example/FROST-Server
      persistence_db_url: jdbc:postgresql://database:5432/sensorthings
      persistence_db_username: sensorthings
      persistence_db_password: ${k.spw()}
      auth_provider: de.fraunhofer.iosb.ilt.frostserver.auth.basic.BasicAuthProvider
      auth_db_password: ${k.spw()}
  database:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_DB: sensorthings
      POSTGRES_USER: sensorthings
      POSTGRES_PASSWORD: ${k.n('$' + '{FROST_DB_PASSWORD}')}
`,
  ),

  eDoc(
    'energy-offshore-platform-handover-no',
    ['prose', 'precision'],
    'overlevering/plattform-2026-01.txt',
    (k) => `Overlevering – kontrollrom, plattform Nordsjø B

- Gasturbin B: vibrasjonsalarm kvittert, tag ${k.n('B-GT2.VIB.DE')}, arbeidsordre ${k.n(E.ticket(k.g))}
- Ny felles innlogging for ingeniørstasjonen i DCS: bruker eng_b, passord ${k.hpw()}
- Leverandøren (Aker) fikk midlertidig VPN-konto, passord ${k.gpw()}, stenges fredag
- Sertifikatet for OPC UA-serveren fornyet, tommelavtrykk ${k.n(E.thumbprint(k.g))}
`,
  ),
];
