// Glue between OT and IT: OPC UA client certificates with their private keys, AWS IoT Greengrass and device
// configs, historian-to-cloud bridges, CMMS and ERP keys, message queues of AMI and EV backends, HTTP archives of
// vendor portals. Certificates, public keys and session ids are not secrets.
import type { RealWorldDoc } from '../types';
import { eDoc, E } from './energyValues';

export const ENERGY_INTEGRATION_DOCS: RealWorldDoc[] = [
  eDoc(
    'energy-opcua-client-pem-bundle',
    ['credential-file', 'precision'],
    'opcua-bridge/pki/own/client-bundle.pem',
    (k) => `# OPC UA client certificate of the historian bridge (subject CN=HistBridge, O=GridOps)
${k.n(E.certPem(k.g))}
${k.key(E.pem(k.g, 'PRIVATE KEY'))}
`,
  ),

  eDoc(
    'energy-opcua-python-asyncua',
    ['code', 'precision'],
    'opcua-bridge/bridge.py',
    (k) => `import asyncio
from asyncua import Client
from asyncua.crypto.security_policies import SecurityPolicyBasic256Sha256

URL = "opc.tcp://${E.ipv4(k.g)}:4840"
NODES = ["${k.n(E.opcNode(k.g))}", "${k.n(E.opcNode(k.g))}"]


async def main():
    client = Client(URL)
    client.set_user("histbridge")
    client.set_password("${k.pw()}")
    await client.set_security(
        SecurityPolicyBasic256Sha256,
        certificate="pki/own/cert.der",
        private_key="pki/own/key.pem",
        private_key_password="${k.gpw()}",
    )
    async with client:
        for n in NODES:
            print(n, await client.get_node(n).read_value())


asyncio.run(main())
`,
  ),

  eDoc(
    'energy-greengrass-config-yaml',
    ['config-syntax', 'credential-file', 'precision'],
    'greengrass/config/config.yaml',
    (k) => `system:
  certificateFilePath: "/greengrass/v2/device.pem.crt"
  privateKeyPath: "/greengrass/v2/private.pem.key"
  rootCaPath: "/greengrass/v2/AmazonRootCA1.pem"
  rootpath: "/greengrass/v2"
  thingName: "substation-west-gw"
services:
  aws.greengrass.Nucleus:
    configuration:
      awsRegion: "eu-central-1"
      iotDataEndpoint: "${k.n(k.g.lower(14) + '-ats.iot.eu-central-1.amazonaws.com')}"
  com.gridops.ModbusCollector:
    configuration:
      historianApiKey: "${k.tok()}"
      modbusHosts: ["${E.ipv4(k.g)}", "${E.ipv4(k.g)}"]
`,
  ),

  eDoc(
    'energy-sap-pm-integration-properties',
    ['config-syntax', 'precision'],
    'integration/sap-pm/src/main/resources/sap.properties',
    (k) => `# Notifications from SCADA → SAP PM (plant maintenance)
sap.odata.url=https://s4.utility.example/sap/opu/odata/sap/API_MAINTNOTIFICATION
sap.odata.user=RFC_SCADA
sap.odata.password=${k.spw()}
sap.client=100
sap.apikey.apihub=${k.tok()}
btp.xsuaa.clientid=${k.n('sb-scada-bridge!t' + k.g.digits(5))}
btp.xsuaa.clientsecret=${k.s('token', k.g.uuid() + '$' + k.g.base64url(43) + '=')}
functional.location.example=${k.n('NORTH-SS12-TR01')}
`,
  ),

  eDoc(
    'energy-rabbitmq-definitions-json',
    ['config-syntax', 'precision'],
    'ami/rabbitmq/definitions.json',
    (k) => `{
  "users": [
    { "name": "headend", "password_hash": "${k.n(k.g.base64(44))}", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": "" },
    { "name": "mdm", "password": "${k.gpw()}", "tags": "" },
    { "name": "monitoring", "password_hash": "${k.n(k.g.base64(44))}", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": "monitoring" }
  ],
  "vhosts": [{ "name": "/ami" }],
  "queues": [{ "name": "reads.interval", "vhost": "/ami", "durable": true }],
  "parameters": [
    { "component": "shovel", "name": "to-dr-site", "vhost": "/ami",
      "value": { "src-uri": "amqp://", "dest-uri": "amqps://shovel:${k.cs()}@mq-dr.ami.local:5671/%2Fami", "src-queue": "reads.interval" } }
  ]
}
`,
  ),

  eDoc(
    'energy-kafka-client-properties',
    ['config-syntax', 'precision'],
    'ev-backend/config/kafka-client.properties',
    (k) => `bootstrap.servers=pkc-${k.n(k.g.lower(5))}.westeurope.azure.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${k.u(k.g.upper(16))}" password="${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64))}";
schema.registry.url=https://psrc-${k.n(k.g.lower(5))}.westeurope.azure.confluent.cloud
basic.auth.credentials.source=USER_INFO
basic.auth.user.info=${k.u(k.g.upper(16))}:${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64))}
topic.sessions=ocpp.sessions.v1
`,
  ),

  eDoc(
    'energy-vendor-portal-har',
    ['http-auth', 'logs-and-output', 'precision'],
    'support/inverter-portal-login.har',
    (k) => `{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "125.0" },
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://portal.inverter-vendor.example/api/auth/login",
          "headers": [{ "name": "Content-Type", "value": "application/json" }],
          "postData": { "mimeType": "application/json", "text": "{\\"username\\":\\"om-team@solarco.example\\",\\"password\\":\\"${k.spw()}\\"}" }
        },
        "response": { "status": 200, "headers": [{ "name": "Set-Cookie", "value": "SESSION=${k.http(k.g.base64url(43))}; Path=/; Secure; HttpOnly" }] }
      },
      {
        "request": {
          "method": "GET",
          "url": "https://portal.inverter-vendor.example/api/plants/${k.n(k.g.digits(7))}/alarms",
          "headers": [
            { "name": "Authorization", "value": "Bearer ${k.bearer()}" },
            { "name": "X-Request-Id", "value": "${k.n(k.g.uuid())}" }
          ]
        },
        "response": { "status": 200 }
      }
    ]
  }
}
`,
  ),

  eDoc(
    'energy-powershell-history-ot',
    ['command-line', 'precision'],
    'Users/oteng/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt',
    (k) => `Get-Service *ignition*
Restart-Service Ignition
$cred = Get-Credential OT\\svc_ignition
Invoke-Sqlcmd -ServerInstance sql-hist-01 -Database IgnitionHistory -Username ign_hist -Password '${k.spw()}' -Query "select count(*) from sqlth_te"
cmdkey /add:hist01.ot.grid.local /user:OT\\oteng /pass:${k.spw()}
Test-NetConnection ${E.ipv4(k.g)} -Port 502
Get-FileHash .\\ignition-8.1.44-windows-x64-installer.exe   # ${k.n(E.sha256(k.g).toUpperCase())}
$headers = @{ 'X-Ignition-API-Token' = '${k.tok()}' }
Invoke-RestMethod https://ign01.ot.grid.local:8043/data/api/v1/gateway-info -Headers $headers
`,
  ),

  eDoc(
    'energy-telemetry-uplink-log',
    ['logs-and-output', 'precision'],
    'logs/rtu-uplink-agent.log',
    (k) => `Mar 18 04:01:12 rtu114 uplink[812]: starting, config /etc/uplink/uplink.toml
Mar 18 04:01:12 rtu114 uplink[812]: using endpoint https://telemetry.water-utility.example/ingest token=${k.tok()}
Mar 18 04:01:13 rtu114 uplink[812]: cellular: APN=iot.provider.example user=wtr pass=${k.dev()}
Mar 18 04:01:14 rtu114 uplink[812]: registered imei=${k.n(k.g.digits(15))} iccid=${k.n('8944' + k.g.digits(15))}
Mar 18 04:01:20 rtu114 uplink[812]: sent 42 points, batch ${k.n(k.g.hex(12))}
Mar 18 04:06:20 rtu114 uplink[812]: sent 40 points, batch ${k.n(k.g.hex(12))}
`,
  ),

  eDoc(
    'energy-docker-login-ot-registry',
    ['command-line', 'logs-and-output', 'precision'],
    'docs/edge-deploy.md',
    (k) => `# Deploying edge containers to substation gateways

\`\`\`console
$ echo '${k.prov('GitHub', E.githubPat(k.g))}' | docker login ghcr.io -u gridops-bot --password-stdin
Login Succeeded
$ docker login registry.ot.grid.local -u deployer -p ${k.spw()}
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
$ docker pull ghcr.io/gridops/modbus-collector:1.9.2
Digest: sha256:${k.n(E.sha256(k.g))}
\`\`\`

In CI use \`echo "$REGISTRY_TOKEN" | docker login ... --password-stdin\`.
`,
  ),
  eDoc(
    'energy-rtu-fleet-ssh-key-in-ansible-files',
    ['credential-file', 'precision'],
    'ansible/roles/rtu_base/files/rtu_fleet',
    (k) => `${k.key(E.pem(k.g, 'OPENSSH PRIVATE KEY'))}
`,
  ),

  eDoc(
    'energy-trading-bot-secrets-yaml',
    ['config-syntax', 'precision'],
    'trading-bot/config/secrets.dev.yaml',
    (k) => `# dev copy, prod values come from Vault (path kv/trading-bot)
epex_m7:
  user: m7bot-dev
  password: ${k.gpw()}
market_data:
  entsoe_token: ${k.s('token', k.g.uuid())}
  eia_key: ${k.s('token', k.g.alnum(40))}
  montel_client_secret: ${k.tok()}
  weather_api_key: ${k.tok()}
notifications:
  telegram_bot_token: ${k.prov('Telegram bot', E.telegramBot(k.g))}
  chat_id: ${k.n('-100' + k.g.digits(10))}
signing:
  order_hmac_key: ${k.hex(64)}
`,
  ),
];
