// Airline and airport systems: SITA Type B / ARINC messaging gateways, departure-control and baggage interfaces,
// CUPPS and kiosk workstation configs, AODB integrations, NOTAM/weather API keys, crew apps. Flight numbers, IATA
// and ICAO codes, bag tags and Type B addresses are everywhere and are not secrets.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './travelValues';

export const TRAVEL_AIRPORT_DOCS: RealWorldDoc[] = [
  tDoc(
    'travel-typeb-gateway-conf',
    ['config-syntax', 'precision'],
    'typeb-gw/etc/gateway.conf',
    (k) => `# Type B messaging gateway (SITA Connect / MQ bridge)
[station]
iata = ${k.n('LIS')}
icao = ${k.n('LPPT')}
own_address = ${k.n('LISKKTP')}
default_priority = QU

[sita_mq]
host = mq.sita-connect.example
port = 1414
channel = TP.SVRCONN
queue_manager = QM.LIS
user = tpmsg01
password = ${k.spw()}
ssl_key_repository = /opt/typeb/ssl/key
ssl_key_stash_password = ${k.pw()}

[arinc]
endpoint = https://globallink.arinc.example/typeb/v2
api_key = ${k.tok()}
`,
  ),

  tDoc(
    'travel-cupps-workstation-ini',
    ['config-syntax', 'credential-file', 'precision'],
    'C:/CUPPS/Platform/agent.ini',
    (k) => `[Workstation]
Name=${k.n('LIS-T1-CI-' + k.g.digits(3))}
Location=Terminal 1 Check-in row ${k.n(k.g.pick(['A', 'B', 'C', 'D']))}
Airline=${k.n('TP')}
BagTagPrinter=BTP1
BoardingPassPrinter=ATB1

[Platform]
ServerUrl=https://cupps-platform.airport.example/sessions
AutoLogonUser=cuppsagent
AutoLogonPassword=${k.dev()}
; kiosk service account for the AirVision BHS bridge
BhsUser=bhs_bridge
BhsPassword=${k.pw()}

[Peripherals]
OCR=Desko Penta
MSR=Enabled
`,
  ),

  tDoc(
    'travel-aodb-integration-yaml',
    ['config-syntax', 'precision'],
    'aodb-integration/config/prod.yaml',
    (k) => `aodb:
  vendor: AirportOps
  base_url: https://aodb.airport.example/api/v3
  username: fids_integration
  password: "${k.pw()}"
  poll_seconds: 30
fids:
  displays_multicast: 239.10.20.1
  gate_changes_topic: gate.changes
flightaware:
  aeroapi_key: ${k.s('token', k.g.alnum(32))}
avwx:
  token: ${k.s('token', k.g.base64url(43))}
checkwx:
  api_key: ${k.n('${CHECKWX_API_KEY}')}
faa_notam:
  client_id: ${k.n(k.g.hex(32))}
  client_secret: ${k.s('token', k.g.hex(32))}
stations: [${k.n('LPPT')}, ${k.n('LPPR')}, ${k.n('LPFR')}]
`,
  ),

  tDoc(
    'travel-crew-app-android-gradle',
    ['code', 'config-syntax', 'precision'],
    'crew-app/android/gradle.properties',
    (k) => `org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
# release signing (CI overrides these)
CREW_RELEASE_STORE_FILE=crew-release.jks
CREW_RELEASE_STORE_PASSWORD=${k.pw()}
CREW_RELEASE_KEY_ALIAS=crew
CREW_RELEASE_KEY_PASSWORD=${k.pw()}
# roster backend
ROSTER_API_BASE=https://roster.airline.example/api
ROSTER_API_KEY=${k.s('token', k.g.alnum(40))}
MAPS_API_KEY=${k.n(T.googleApiKey(k.g))}
FIREBASE_APP_ID=${k.n('1:' + k.g.digits(12) + ':android:' + k.g.hex(16))}
`,
  ),

  tDoc(
    'travel-baggage-bsm-log',
    ['logs-and-output', 'precision'],
    'logs/bsm-router.log',
    (k) => `2026-02-01T05:41:12Z INFO  BSM received from ${k.n('LISBSTP')}
  .V/1LLIS
  .F/${k.n(T.flight(k.g))}/01FEB/FRA/Y
  .N/${k.n('0047' + k.g.digits(6))}001
  .P/1SILVA/ANA
2026-02-01T05:41:12Z INFO  routed tag ${k.n('0047' + k.g.digits(6))} to sorter lane 14
2026-02-01T05:41:13Z DEBUG connecting to BRS db: Data Source=brs-sql01;Initial Catalog=BRS;User ID=brs_router;Password=${k.cs()}
2026-02-01T05:41:13Z WARN  BPM late for ${k.n(T.flight(k.g))} (ETD 06:05)
`,
  ),

  tDoc(
    'travel-kiosk-provisioning-ps1',
    ['code', 'command-line', 'precision'],
    'kiosk/Provision-Kiosk.ps1',
    (k) => `# Self-service kiosk provisioning (run as admin on a fresh image)
param([string]$KioskId = "KSK-${k.g.digits(3)}")

# Local maintenance account used by the field technicians
$pw = ConvertTo-SecureString "${k.pw()}" -AsPlainText -Force
New-LocalUser -Name "kioskmaint" -Password $pw -PasswordNeverExpires
Add-LocalGroupMember -Group "Administrators" -Member "kioskmaint"

# Autologon for the shell user
Set-ItemProperty "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" -Name DefaultUserName -Value "kioskshell"
Set-ItemProperty "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" -Name DefaultPassword -Value "${k.dev()}"
Set-ItemProperty "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" -Name AutoAdminLogon -Value "1"

# Register with the kiosk management server
Invoke-RestMethod -Method Post -Uri "https://kms.airport.example/api/register" -Headers @{ "X-Api-Key" = "${k.http(k.g.hex(40))}" } -Body (@{ id = $KioskId } | ConvertTo-Json)
`,
  ),

  tDoc(
    'travel-weather-notam-python',
    ['code', 'precision'],
    'ops-briefing/sources.py',
    (k) => `# Sources for the dispatch briefing pack
OPENWEATHER_KEY = "${k.hex(32)}"
METAR_URL = "https://aviationweather.gov/api/data/metar?ids={icao}&format=json"  # public, no key
NOTAM_API = "https://external-api.faa.gov/notamapi/v1/notams"
NOTAM_CLIENT_ID = "${k.n(k.g.hex(32))}"
NOTAM_CLIENT_SECRET = "${k.hex(32)}"
EUROCONTROL_B2B_CERT_PASSWORD = "${k.pw()}"

AIRPORTS = ["${k.n('EDDF')}", "${k.n('LEMD')}", "${k.n('LFPG')}", "${k.n('EGLL')}"]
`,
  ),

  tDoc(
    'travel-dcs-interface-properties',
    ['config-syntax', 'precision'],
    'dcs-bridge/src/main/resources/dcs.properties',
    (k) => `dcs.host=dcs-gw.airline.example
dcs.port=9443
dcs.truststore=/etc/dcs/truststore.jks
dcs.truststore.password=${k.u('changeit')}
dcs.keystore=/etc/dcs/client.p12
dcs.keystore.password=${k.pw()}
dcs.agent.sine=${k.n(k.g.digits(4) + k.g.upper(2))}
dcs.agent.password=${k.host()}
dcs.flight.window.hours=36
apis.endpoint=https://apis.border.example/submit
apis.carrier=${k.n('TP')}
`,
  ),

  tDoc(
    'travel-efb-ipad-mdm-plist',
    ['config-syntax', 'precision'],
    'mdm/efb-config.plist',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>FleetType</key><string>A320</string>
  <key>DocsServer</key><string>https://efb-docs.airline.example</string>
  <key>DocsSyncToken</key><string>${k.tok()}</string>
  <key>WifiSSID</key><string>CREW-OPS</string>
  <key>WifiPassword</key><string>${k.pw()}</string>
  <key>SupportPhone</key><string>+351 21 000 0000</string>
  <key>ProfileUUID</key><string>${k.n(k.g.uuid().toUpperCase())}</string>
</dict>
</plist>
`,
  ),
];
