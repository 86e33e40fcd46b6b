// SCADA and HMI projects: Ignition gateway database connections and tag providers, WinCC / TIA Portal project
// notes, FactoryTalk, AVEVA System Platform (Wonderware), GE iFIX and CIMPLICITY, Citect. Tag paths, PLC addresses
// and node ids are not secrets; the database, OPC and user passwords in the same files are.
import type { RealWorldDoc } from '../types';
import { eDoc, E } from './energyValues';

export const ENERGY_SCADA_DOCS: RealWorldDoc[] = [
  eDoc(
    'energy-ignition-db-connections-json',
    ['config-syntax', 'precision'],
    'ignition/data/config/resources/core/ignition/database-connection/Historian_SQL/config.json',
    (k) => `{
  "connectURL": "jdbc:sqlserver://${E.ipv4(k.g)}:1433;databaseName=IgnitionHistory;encrypt=false",
  "driver": "MSSQL JTDS",
  "username": "ign_hist",
  "password": "${k.spw()}",
  "translator": "MSSQL",
  "validationQuery": "SELECT 1",
  "pool": { "initSize": 0, "maxActive": 8, "maxIdle": 8 },
  "slowQueryLogThreshold": 60000,
  "description": "Tag historian for Substation Nord (SS-N-01)",
  "enabled": true
}
`,
  ),

  eDoc(
    'energy-ignition-gateway-backup-notes-md',
    ['prose', 'config-syntax', 'precision'],
    'docs/ignition/gateway-restore.md',
    (k) => `# Restoring the Ignition gateway (plant 3)

1. Install Ignition 8.1.x on the new VM (edition: standard, not Edge).
2. Open http://localhost:8088 and log in with the commissioning account
   - user: \`admin\`
   - password: \`${k.hpw()}\`
3. Config > Backup/Restore > restore \`Plant3_Gateway_2026-02-14.gwbk\`
   (SHA-256 \`${k.n(E.sha256(k.g))}\`).
4. After the restore, re-enter the DB connection passwords; they do not survive a move between gateways:

| Connection | Host | User | Password |
|---|---|---|---|
| Historian_SQL | sql-hist-01 | ign_hist | ${k.pw()} |
| Alarm_Journal | sql-hist-01 | ign_alarm | ${k.pw()} |
| MES_Link | mes-db.plant3.local | mes_ro | ${k.n('(see KeePass, folder OT/Plant3)')} |

5. OPC UA > Server settings: the anonymous endpoint stays disabled. Tag provider \`default\` reads
   \`${k.n(E.opcNode(k.g))}\` and \`${k.n(E.opcNode(k.g))}\` from the Kepware channel.
6. Identity provider \`OT-AD\`: bind user \`svc-ignition@ot.local\`, password ${k.pw()}.
`,
  ),

  eDoc(
    'energy-ignition-opc-ua-device-xml',
    ['config-syntax', 'precision'],
    'ignition/gateway-export/opc-connections.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<OpcUaConnections>
  <Connection name="Kepware_Feeders" enabled="true">
    <EndpointUrl>opc.tcp://${E.ipv4(k.g)}:49320</EndpointUrl>
    <SecurityPolicy>Basic256Sha256</SecurityPolicy>
    <MessageSecurityMode>SignAndEncrypt</MessageSecurityMode>
    <Username>ignition_client</Username>
    <Password>${k.gpw()}</Password>
    <ServerCertificateThumbprint>${k.n(E.thumbprint(k.g))}</ServerCertificateThumbprint>
  </Connection>
  <Connection name="S7_1500_Line2" enabled="true">
    <EndpointUrl>opc.tcp://${E.ipv4(k.g)}:4840</EndpointUrl>
    <SecurityPolicy>None</SecurityPolicy>
    <Username></Username>
    <Password></Password>
  </Connection>
  <Connection name="Vendor_Demo" enabled="false">
    <EndpointUrl>opc.tcp://demo.example.com:4840</EndpointUrl>
    <Username>user1</Username>
    <Password>${k.n('CHANGE_ME')}</Password>
  </Connection>
</OpcUaConnections>
`,
  ),

  eDoc(
    'energy-wincc-tia-project-notes-de',
    ['prose', 'precision'],
    'projekte/KW-Sued/TIA/Projektnotizen.txt',
    (k) => `Projekt: KW Süd Block 2 – Leittechnik-Retrofit
TIA Portal V18, WinCC Unified PC RT, S7-1500 (CPU 1516-3 PN/DP)

Zugänge (nur für Inbetriebnahme, nach SAT ändern!):
  CPU Schutzstufe "Vollzugriff" Passwort: ${k.dev()}
  CPU Schutzstufe "Lesezugriff" Passwort: ${k.dev()}
  Projektschutz (UMAC) Benutzer "IBN_Siemens" Kennwort: ${k.hpw()}
  WinCC Unified Runtime Admin: admin / ${k.pw()}

Adressen:
  Kesseldruck         ${k.n(E.modbusAddr(k.g))}
  Speisewasserpumpe   ${k.n(E.modbusAddr(k.g))}
  Rauchgastemperatur  ${k.n(E.modbusAddr(k.g))}

Lizenz-Seriennummer: ${k.n(E.serial(k.g))}
Hinweis: das Passwort für den Webserver der CPU ist das gleiche wie "Lesezugriff" – bei der Abnahme trennen.
`,
  ),

  eDoc(
    'energy-factorytalk-linx-ini',
    ['config-syntax', 'precision'],
    'FactoryTalk/Backup/FTSecurity_export.ini',
    (k) => `[Directory]
Type=Network
Server=FTD-SRV01
; exported 2026-01-22 by jmorales

[Users]
User1=Operator1
User1.Group=Operators
User2=Supervisor
User2.Group=Supervisors
User3=RSLinxSvc
User3.Password=${k.spw()}
User3.PasswordNeverExpires=1

[ODBC]
DSN=FTAlarmDB
Server=${E.ipv4(k.g)}\\SQLEXPRESS
UID=ftae
PWD=${k.cs()}

[Logix]
Controller=CLX_Boiler_L83
Path=AB_ETHIP-1\\${E.ipv4(k.g)}\\Backplane\\0
SourceKey=${k.n('(protected, see FactoryTalk Security)')}
`,
  ),

  eDoc(
    'energy-aveva-system-platform-galaxy-runbook',
    ['prose', 'command-line', 'precision'],
    'runbooks/aveva-galaxy-migration.md',
    (k) => `## Galaxy migration (Wonderware System Platform 2020 R2 → AVEVA 2023)

The ArchestrA network account must be the same on every node. It was set in 2017 and nobody wrote it down
outside the OT vault; for the migration window it is:

    Change Network Account utility → user: ArchestrA_svc  domain: .  password: ${k.pw()}

Historian (InSQL) SQL login, used by the Historian Client trend tool on the engineering workstations:

    sqlcmd -S HIST01 -U aaUser -P ${k.spw()} -Q "SELECT TOP 10 * FROM Runtime.dbo.History"

Do NOT use the default \`wwUser\` / \`${k.u('wwUser')}\` login; it is disabled by the hardening GPO.

Galaxy backup file: \`GR_Plant_2026-03-01.cab\`, MD5 \`${k.n(E.md5(k.g))}\`.
Object tag names follow \`${k.n('TK_101.PV')}\`, \`${k.n('P_204.Cmd')}\`, \`${k.n('FT_330.Totalizer')}\`.
`,
  ),

  eDoc(
    'energy-ifix-scu-odbc-notes',
    ['config-syntax', 'prose', 'precision'],
    'ifix/LOCAL/SCADA01_notes.txt',
    (k) => `iFIX 6.5 SCADA01 – SCU settings
Node name: SCADA01   Local node alias: PUMPSTN
SQL task: enabled, DSN=ifix_sql, connection string:
  Driver={ODBC Driver 17 for SQL Server};Server=${E.ipv4(k.g)};Database=iFixAlarms;Uid=ifix_sql;Pwd=${k.cs()};
Security: enabled, path C:\\Program Files (x86)\\Proficy\\iFIX\\LOCAL
  Admin login (Security Configuration app): ADMIN / ${k.dev()}
  Operator login: OPER1 / ${k.n('(set by operator at first login)')}
Driver: MB1 (Modbus TCP), primary ${E.ipv4(k.g)}, poll ${k.n(E.modbusAddr(k.g))} .. ${k.n(E.modbusAddr(k.g))}
`,
  ),

  eDoc(
    'energy-citect-ini-and-cluster',
    ['config-syntax', 'precision'],
    'citect/Config/citect.ini',
    (k) => `[General]
ClusterName=WaterNorth
ComputerRole=Server

[Client]
Primary=SCADA-A
Standby=SCADA-B

[CtAPI]
Remote=1

[Alarm]
SOEProvider=SQL
ConnectionString=Data Source=${E.ipv4(k.g)};Initial Catalog=CitectSOE;User ID=citect_soe;Password=${k.cs()};

[Security]
; windows integrated off until AD trust is fixed
UseWindowsUsers=0
DefaultUser=View
EngineerPassword=${k.dev()}

[Trend]
Path=D:\\Citect\\Data\\Trend
`,
  ),

  eDoc(
    'energy-cimplicity-project-readme',
    ['prose', 'config-syntax', 'precision'],
    'cimplicity/CompressorStation/README.txt',
    (k) => `CIMPLICITY 11 – Compressor Station 7
--------------------------------------
Project file: CS7.gef   Project ID: ${k.n('CS7')}
Database logger: SQL Server on ${E.ipv4(k.g)}, DSN "CS7_DBLOG", login dblogger password ${k.spw()}
Webview: enabled, https://cs7-hmi.pipeline.local/webview
    webview admin: ${k.u('ADMINISTRATOR')} / ${k.hpw()}
Point IDs are like ${k.n('CS7.K1.DISCH_PRESS')}, ${k.n('CS7.K1.SUCT_TEMP')}.
Device: Modbus TCP to the Solar Taurus unit control panel, addresses ${k.n(E.modbusAddr(k.g))} and up.
`,
  ),

  eDoc(
    'energy-ignition-perspective-script-py',
    ['code', 'precision'],
    'ignition/scripts/project/shared/weather.py',
    (k) => `# Gateway timer script (every 15 min): pulls the forecast for the PV field into memory tags.
import system

API_KEY = "${k.tok()}"
BASE = "https://api.weather-vendor.example/v2/forecast"
SITE = {"lat": 37.38, "lon": -5.98}

def refresh():
    url = "%s?lat=%s&lon=%s&key=%s" % (BASE, SITE["lat"], SITE["lon"], API_KEY)
    resp = system.net.httpGet(url)
    data = system.util.jsonDecode(resp)
    system.tag.writeBlocking(["[default]PV/Forecast/GHI"], [data["ghi"]])

def historian():
    # Named query runs on the "Historian_SQL" connection; its password lives in the gateway, not here.
    return system.db.runNamedQuery("PV/LastHour", {"asset": "${k.n('INV-07')}"})
`,
  ),
];
