// Configuration files of farm IoT, food factories and ordering back ends, in every syntax they use: .env, YAML,
// TOML, INI, JSON, XML, .properties, HCL and registry exports. Keys sit next to DevEUIs, GTINs, site ids and
// references.
import type { RealWorldDoc } from '../types';
import { aDoc, A } from './agrifoodValues';

export const AGRIFOOD_CONFIG_DOCS: RealWorldDoc[] = [
  aDoc(
    'agri-env-farm-dashboard',
    ['config-syntax', 'precision'],
    'farm-dashboard/.env',
    (k) => `# Farm dashboard – production
NODE_ENV=production
PORT=3000
DATABASE_URL=postgres://farmdash:${k.cs()}@db.internal:5432/farmdash
JOHN_DEERE_CLIENT_ID=${k.n(A.deereClientId(k.g))}
JOHN_DEERE_CLIENT_SECRET=${k.prov('John Deere', A.deereSecret(k.g))}
JOHN_DEERE_REDIRECT_URI=https://farmdash.example/auth/deere/callback
OPENWEATHER_API_KEY=${k.prov('OpenWeatherMap', A.owm(k.g))}
SENTINELHUB_CLIENT_ID=${k.n(k.g.uuid())}
SENTINELHUB_CLIENT_SECRET=${k.prov('Sentinel Hub', A.sentinelSecret(k.g))}
SESSION_SECRET=${k.tok()}
MAPBOX_PUBLIC_TOKEN=${k.n(A.mapboxPublic(k.g))}
DEFAULT_FIELD_ID=${k.n(A.field(k.g))}
`,
  ),
  aDoc(
    'agri-chirpstack-toml',
    ['config-syntax', 'precision'],
    'lorawan/chirpstack/chirpstack.toml',
    (k) => `[logging]
level="info"

[postgresql]
dsn="postgres://chirpstack:${k.cs()}@localhost/chirpstack?sslmode=disable"
max_open_connections=10

[redis]
servers=["redis://localhost/"]

[network]
net_id="000000"
enabled_regions=["eu868"]

[api]
bind="0.0.0.0:8080"
secret="${k.tok()}"

[integration.mqtt]
server="tcp://${A.ipv4(k.g)}:1883/"
username="chirpstack"
password="${k.spw()}"
json=true
`,
  ),
  aDoc(
    'agri-soil-sensors-devices-csv',
    ['config-syntax', 'precision'],
    'lorawan/provisioning/soil-sensors-batch3.csv',
    (k) => `dev_eui,join_eui,app_key,name,field,notes
${k.n(A.eui(k.g))},${k.n(A.eui(k.g))},${k.s('token', A.appKey(k.g))},soil-n-01,${k.n(A.field(k.g))},30cm probe
${k.n(A.eui(k.g))},${k.n(A.eui(k.g))},${k.s('token', A.appKey(k.g))},soil-n-02,${k.n(A.field(k.g))},60cm probe
${k.n(A.eui(k.g))},${k.n(A.eui(k.g))},${k.s('token', A.appKey(k.g))},soil-s-01,${k.n(A.field(k.g))},battery swapped 03/26
`,
  ),
  aDoc(
    'agri-tts-cli-yaml',
    ['config-syntax', 'precision'],
    'lorawan/.ttn-lw-cli.yml',
    (k) => `oauth-server-address: https://eu1.cloud.thethings.network/oauth
identity-server-grpc-address: eu1.cloud.thethings.network:8884
gateway-server-grpc-address: eu1.cloud.thethings.network:8884
network-server-grpc-address: eu1.cloud.thethings.network:8884
application-server-grpc-address: eu1.cloud.thethings.network:8884
# API key for the irrigation app (rights: devices read/write, traffic read)
api-key: ${k.prov('The Things Stack', A.ttsKey(k.g))}
application-id: ${k.n('orchard-irrigation')}
gateway-eui: ${k.n(A.eui(k.g))}
`,
  ),
  aDoc(
    'agri-mosquitto-bridge-conf',
    ['config-syntax', 'precision'],
    'greenhouse/mosquitto/conf.d/bridge.conf',
    (k) => `# Bridge from the greenhouse broker to the cloud broker
connection cloud-bridge
address mqtt.agri-cloud.example:8883
bridge_protocol_version mqttv311
remote_clientid gh-ede-01
remote_username greenhouse-ede
remote_password ${k.spw()}
bridge_cafile /etc/mosquitto/certs/ca.crt
topic climate/# out 1 "" gh/ede/
topic setpoints/# in 1 "" gh/ede/

# local listener
listener 1883 127.0.0.1
password_file /etc/mosquitto/passwd
`,
  ),
  aDoc(
    'agri-mosquitto-passwd',
    ['config-syntax', 'precision'],
    'greenhouse/mosquitto/passwd',
    (k) => `nodered:${k.n(`$7$101$${k.g.base64(16)}$${k.g.base64(86)}==`)}
priva-bridge:${k.n(`$7$101$${k.g.base64(16)}$${k.g.base64(86)}==`)}
sensors:${k.n(`$7$101$${k.g.base64(16)}$${k.g.base64(86)}==`)}
`,
  ),
  aDoc(
    'agri-ordering-compose-yaml',
    ['config-syntax', 'precision'],
    'ordering/docker-compose.yml',
    (k) => `services:
  api:
    image: registry.example/ordering-api:2.14.1
    environment:
      DB_HOST: db
      DB_USER: ordering
      DB_PASSWORD: ${k.gpw()}
      SQUARE_ACCESS_TOKEN: ${k.prov('Square', A.squareToken(k.g))}
      SQUARE_APPLICATION_ID: ${k.n(A.squareAppId(k.g))}
      SQUARE_LOCATION_ID: ${k.n('L' + k.g.upper(12))}
      STRIPE_SECRET_KEY: \${STRIPE_SECRET_KEY}
      STRIPE_PUBLISHABLE_KEY: ${k.n(A.stripePk(k.g))}
      DOORDASH_DEVELOPER_ID: ${k.n(k.g.uuid())}
      DOORDASH_KEY_ID: ${k.n(k.g.uuid())}
      DOORDASH_SIGNING_SECRET: ${k.prov('DoorDash Drive', A.doordashSecret(k.g))}
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: ${k.n('/run/secrets/pg_password')}
`,
  ),
  aDoc(
    'agri-pos-appsettings-json',
    ['config-syntax', 'precision'],
    'PosBridge/appsettings.Production.json',
    (k) => `{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Pos": "Server=sql01\\\\POS;Database=Aloha;User Id=posbridge;Password=${k.cs()};TrustServerCertificate=True"
  },
  "Toast": {
    "ApiHost": "https://ws-api.toasttab.com",
    "ClientId": "${k.n(k.g.alnum(32))}",
    "ClientSecret": "${k.prov('Toast', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 64))}",
    "RestaurantGuid": "${k.n(k.g.uuid())}"
  },
  "Loyalty": { "ApiKey": "${k.tok()}", "ProgramId": "${k.n('PRG-' + k.g.digits(5))}" },
  "Kds": { "Host": "${A.ipv4(k.g)}", "AdminPassword": "${k.dev()}" }
}
`,
  ),
  aDoc(
    'agri-sap-b1-properties',
    ['config-syntax', 'precision'],
    'integration/sapb1-connector/application.properties',
    (k) => `# SAP Business One Service Layer – dairy cooperative
sapb1.servicelayer.url=https://sapb1.coop.local:50000/b1s/v1
sapb1.company-db=SBO_ZUIVEL_PROD
sapb1.username=manager
sapb1.password=${k.pw()}
spring.datasource.url=jdbc:sqlserver://sapb1.coop.local;databaseName=SBO_ZUIVEL_PROD
spring.datasource.username=b1reader
spring.datasource.password=${k.spw()}
lims.api.key=${k.tok()}
lims.lab-id=${k.n('LAB-' + k.g.digits(4))}
default.gln=${k.n(A.gln(k.g))}
`,
  ),
  aDoc(
    'agri-netsuite-tba-ini',
    ['config-syntax', 'precision'],
    'scripts/netsuite/tba.ini',
    (k) => `; NetSuite token-based auth for the winery's order import
[netsuite]
account = ${k.n(k.g.digits(7) + '_SB1')}
consumer_key = ${k.u(A.netsuite(k.g))}
consumer_secret = ${k.prov('NetSuite', A.netsuite(k.g))}
token_id = ${k.u(A.netsuite(k.g))}
token_secret = ${k.prov('NetSuite', A.netsuite(k.g))}

[shop]
shopify_domain = weingut-example.myshopify.com
shopify_admin_token = ${k.prov('Shopify', A.shopifyToken(k.g))}
`,
  ),
  aDoc(
    'agri-terraform-tfvars',
    ['config-syntax', 'precision'],
    'infra/coldchain/terraform.tfvars',
    (k) => `region          = "eu-west-1"
project         = "coldchain-monitor"
ingest_bucket   = "coldchain-logger-uploads"
db_username     = "coldchain"
db_password     = "${k.gpw()}"
monnit_api_key_id     = "${k.u(k.g.alnum(12))}"
monnit_api_secret_key = "${k.tok()}"
alert_webhook   = "${k.prov('Slack', A.slackHook(k.g))}"
kms_key_arn     = "${k.n('arn:aws:kms:eu-west-1:' + k.g.digits(12) + ':key/' + k.g.uuid())}"
`,
  ),
  aDoc(
    'agri-aloha-registry-export',
    ['config-syntax', 'precision'],
    'pos/aloha-store-12.reg',
    (k) => `Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Radiant\\Aloha]
"Iberdir"="C:\\\\BOOTDRV\\\\AlohaQS"
"TermNum"=dword:00000001
"ServerName"="ALOHABOH"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Radiant\\Aloha\\CFC]
"SqlUser"="aloha_cfc"
"SqlPassword"="${k.spw()}"
"StoreKey"="${k.n(k.g.digits(6))}"
"SiteGuid"="${k.n('{' + k.g.uuid().toUpperCase() + '}')}"
"LicenseSerial"="${k.n(k.g.upper(4) + '-' + k.g.digits(6))}"
`,
  ),
];
