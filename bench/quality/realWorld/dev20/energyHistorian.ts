// Historians and telemetry stores: OSIsoft PI / AVEVA PI Web API (Basic and Kerberos), PI OLEDB and AF connection
// strings, InfluxDB and Telegraf, TimescaleDB, Canary, Grafana datasources. PI point names, AF paths and WebIds are
// not secrets.
import type { RealWorldDoc } from '../types';
import { eDoc, E } from './energyValues';

export const ENERGY_HISTORIAN_DOCS: RealWorldDoc[] = [
  eDoc(
    'energy-piwebapi-python-client',
    ['code', 'http-auth', 'precision'],
    'integrations/pi/pull_feeder_loads.py',
    (k) => `"""Pull 1-minute feeder loads from the PI Web API into the planning database."""
import requests
from requests.auth import HTTPBasicAuth

PI_URL = "https://piwebapi.grid.local/piwebapi"
# Kerberos does not work from the Linux box, so Basic with a service account
PI_USER = "GRID\\\\svc_piread"
PI_PASSWORD = "${k.pw()}"

WEB_IDS = {
    "FDR-12": "${k.n('F1DP' + k.g.base64url(40))}",
    "FDR-13": "${k.n('F1DP' + k.g.base64url(40))}",
}


def recorded(web_id, start="*-1d", end="*"):
    r = requests.get(
        f"{PI_URL}/streams/{web_id}/recorded",
        params={"startTime": start, "endTime": end, "maxCount": 1440},
        auth=HTTPBasicAuth(PI_USER, PI_PASSWORD),
        verify="/etc/ssl/certs/grid-root-ca.pem",
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["Items"]
`,
  ),

  eDoc(
    'energy-piwebapi-curl-history',
    ['command-line', 'http-auth', 'precision'],
    'home/ops/.bash_history',
    (k) => `ssh jump01.ot.local
curl -k -u 'svc_piread:${k.spw()}' https://piwebapi.grid.local/piwebapi/dataservers
curl -k -H "Authorization: Basic ${k.basic('svc_piread')}" "https://piwebapi.grid.local/piwebapi/points?path=\\\\\\\\PISRV01\\\\SINUSOID"
curl -k --negotiate -u : https://piwebapi.grid.local/piwebapi/system/versions
echo ${k.n(E.sha1(k.g))}
curl -s "https://piwebapi.grid.local/piwebapi/streams/${k.n('F1DP' + k.g.base64url(40))}/value" -u svc_piread:${k.spw()}
history | grep piwebapi
exit
`,
  ),

  eDoc(
    'energy-pi-oledb-connection-config',
    ['config-syntax', 'precision'],
    'reports/app.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="PIOLEDB" connectionString="Provider=PIOLEDBENT.1;Data Source=AF-SRV01;Integrated Security=SSPI;" />
    <add name="PISQL" connectionString="Provider=PIOLEDB.1;Data Source=PISRV01;User ID=piadmin;Password=${k.cs()};Time Zone=UTC" />
    <add name="Reporting" connectionString="Server=sql-rep01;Database=GridReports;User Id=rep_writer;Password=${k.cs()};TrustServerCertificate=True" />
  </connectionStrings>
  <appSettings>
    <add key="AFDatabase" value="\\\\AF-SRV01\\GridAssets" />
    <add key="ElementTemplate" value="Transformer" />
    <add key="PointSource" value="${k.n('OPC')}" />
    <add key="SmtpPassword" value="${k.pw()}" />
  </appSettings>
</configuration>
`,
  ),

  eDoc(
    'energy-telegraf-modbus-influx-conf',
    ['config-syntax', 'precision'],
    'telegraf/telegraf.d/substation.conf',
    (k) => `[agent]
  interval = "10s"
  hostname = "edge-ss-west"

[[outputs.influxdb_v2]]
  urls = ["https://influx.telemetry.local:8086"]
  token = "${k.prov('InfluxDB', E.influxToken(k.g))}"
  organization = "grid-ops"
  bucket = "substations"

[[outputs.influxdb_v2]]
  ## second cloud copy, token comes from the env file
  urls = ["https://eu-central-1-1.aws.cloud2.influxdata.com"]
  token = "${k.n('$' + '{INFLUX_CLOUD_TOKEN}')}"
  organization = "grid-ops"
  bucket = "substations-cloud"

[[inputs.modbus]]
  name = "bay_meter_12"
  controller = "tcp://${E.ipv4(k.g)}:502"
  slave_id = 1
  holding_registers = [
    { name = "active_power_kw", byte_order = "ABCD", data_type = "FLOAT32-IEEE", scale = 1.0, address = [${E.num(k.g, 0, 90)}, ${E.num(k.g, 91, 99)}] },
  ]

[[inputs.snmp]]
  agents = ["udp://${E.ipv4(k.g)}:161"]
  version = 2
  community = "${k.s('password', E.snmpCommunity(k.g))}"
`,
  ),

  eDoc('energy-influx-cli-setup-log', ['command-line', 'logs-and-output', 'precision'], 'notes/influx-setup.txt', (k) => {
    const op = E.influxToken(k.g);
    return `$ influx setup --username grid-admin --password ${k.pw()} --org grid-ops --bucket substations --retention 90d --force
User       Organization  Bucket
grid-admin grid-ops      substations
$ influx auth list --user grid-admin
ID                      Description             Token                                   User Name   Permissions
${k.n(k.g.hex(16))}        grid-admin's Token      ${k.prov('InfluxDB', op)}     grid-admin  [read:/authorizations write:/authorizations ...]
$ influx auth create --org grid-ops --read-bucket ${k.n(k.g.hex(16))} --description grafana-ro
ID                      Description  Token                    Permissions
${k.n(k.g.hex(16))}        grafana-ro   ${k.prov('InfluxDB', E.influxToken(k.g))}  [read:orgs/${k.n(k.g.hex(16))}/buckets/...]
`;
  }),

  eDoc(
    'energy-grafana-datasources-yaml',
    ['config-syntax', 'precision'],
    'grafana/provisioning/datasources/datasources.yaml',
    (k) => `apiVersion: 1
datasources:
  - name: Timescale-Telemetry
    type: postgres
    url: tsdb.telemetry.local:5432
    user: grafana_ro
    jsonData:
      database: telemetry
      sslmode: require
      timescaledb: true
    secureJsonData:
      password: ${k.spw()}
  - name: Influx-Substations
    type: influxdb
    url: https://influx.telemetry.local:8086
    jsonData:
      version: Flux
      organization: grid-ops
      defaultBucket: substations
    secureJsonData:
      token: ${k.prov('InfluxDB', E.influxToken(k.g))}
  - name: PI-WebAPI
    type: grafana-pi-datasource
    url: https://piwebapi.grid.local/piwebapi
    basicAuth: true
    basicAuthUser: svc_grafana
    secureJsonData:
      basicAuthPassword: $__env{PI_GRAFANA_PASSWORD}
`,
  ),

  eDoc(
    'energy-timescale-ingest-env',
    ['config-syntax', 'credential-file', 'precision'],
    'deploy/ingest/.env',
    (k) => `# ingest service for the AMI 15-min interval data
TSDB_URL=postgresql://ingest:${k.cs()}@tsdb.telemetry.local:5432/telemetry?sslmode=require
TSDB_POOL_SIZE=20
MQTT_BROKER=mqtts://broker.telemetry.local:8883
MQTT_USERNAME=ingest-svc
MQTT_PASSWORD=${k.gpw()}
METER_SERIAL_PREFIX=${k.n('LGZ')}
REDIS_URL=redis://:${k.cs()}@redis.telemetry.local:6379/0
SENTRY_DSN=${k.n('https://' + k.g.hex(32) + '@o' + k.g.digits(6) + '.ingest.sentry.io/' + k.g.digits(7))}
LOG_LEVEL=info
`,
  ),

  eDoc(
    'energy-canary-admin-ticket',
    ['prose', 'precision'],
    'tickets/OT-4471.md',
    (k) => `**OT-4471 – Canary Historian: Views service not returning data for Unit 2**

Reporter: Plant IT (Tarragona)
Priority: P3

Views service on CANARY01 stopped after the Windows update. Restarted, still empty trends in Axiom.
Canary admin console login for the vendor: \`canary_support\` / \`${k.hpw()}\` (temporary, expires Friday).
API token for the Canary Read API (used by the Excel add-in): \`${k.s('token', k.g.uuid())}\`

Tag path example that fails: \`${k.n('Tarragona.Unit2.Boiler.DrumLevel')}\`
Dataset hash in logs: \`${k.n(E.sha256(k.g))}\`

Resolution: Views service account password had expired; reset to ${k.pw()} and set "never expire".
`,
  ),

  eDoc(
    'energy-influxdb-v1-kapacitor-conf',
    ['config-syntax', 'precision'],
    'kapacitor/kapacitor.conf',
    (k) => `hostname = "kapacitor-grid"
data_dir = "/var/lib/kapacitor"

[[influxdb]]
  enabled = true
  name = "substations"
  default = true
  urls = ["http://influx-v1.telemetry.local:8086"]
  username = "kapacitor"
  password = "${k.spw()}"
  timeout = 0

[smtp]
  enabled = true
  host = "smtp.grid.local"
  port = 587
  username = "alerts@grid.local"
  password = "${k.pw()}"
  from = "alerts@grid.local"

[slack]
  enabled = true
  url = "${k.prov('Slack webhook', E.slackHook(k.g))}"
  channel = "#ot-alarms"
`,
  ),

  eDoc(
    'energy-pi-af-powershell',
    ['code', 'precision'],
    'scripts/Export-AFTransformers.ps1',
    (k) => `# Export transformer attributes from PI AF for the asset register
param(
    [string]$AFServer = "AF-SRV01",
    [string]$Database = "GridAssets"
)
[Reflection.Assembly]::LoadWithPartialName("OSIsoft.AFSDK") | Out-Null
$pw = ConvertTo-SecureString "${k.pw()}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential("GRID\\svc_afexport", $pw)
$sys = New-Object OSIsoft.AF.PISystems
$srv = $sys[$AFServer]
$srv.Connect($cred.GetNetworkCredential())
$db = $srv.Databases[$Database]
foreach ($el in $db.Elements["Substations"].Elements) {
    "{0};{1}" -f $el.Name, $el.UniqueID   # UniqueID like ${k.n(k.g.uuid())}
}
$apiKey = $env:ASSET_REGISTER_KEY
Invoke-RestMethod -Uri "https://assets.grid.local/api/import" -Headers @{ "X-Api-Key" = $apiKey } -Method Post
`,
  ),
];
