// Integration keys of the energy world without a provider prefix: vendor cloud API keys (inverter and EMS clouds,
// CMMS, asset registers), webhook signing secrets, JWT secrets of in-house grid apps, HMAC keys of demand-response
// and flexibility platforms, keys in logs and on command lines. Request ids, asset ids and hashes are not secrets.
import type { RealWorldDoc } from '../types';
import { eDoc, E } from './energyValues';

export const ENERGY_TOKEN_DOCS: RealWorldDoc[] = [
  eDoc(
    'energy-openadr-ven-config',
    ['config-syntax', 'precision'],
    'dr/ven/config.yaml',
    (k) => `# OpenADR 2.0b VEN for the cold-store demand response programme
ven:
  ven_name: coldstore-rotterdam
  ven_id: ${k.n(k.g.hex(20))}
  vtn_url: https://vtn.flex-aggregator.example/OpenADR2/Simple/2.0b
  cert: /etc/ven/ven.crt
  key: /etc/ven/ven.key
  fingerprint: ${k.n(Array.from({ length: 10 }, () => k.g.hex(2)).join(':'))}
aggregator_api:
  base_url: https://api.flex-aggregator.example/v3
  api_key: ${k.tok()}
  webhook_secret: ${k.tok()}
bms:
  protocol: bacnet
  device_instance: ${k.n(k.g.digits(6))}
`,
  ),

  eDoc(
    'energy-flexibility-platform-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/flex-dispatch-2026-05-11.log',
    (k) => `2026-05-11T16:00:00.012Z INFO  dispatch poll start portfolio=${k.n(k.g.uuid())}
2026-05-11T16:00:00.210Z DEBUG GET https://api.flex-aggregator.example/v3/activations?since=15m headers={"Authorization":"Bearer ${k.http(k.g.alnum(48))}"}
2026-05-11T16:00:00.480Z INFO  activation id=${k.n(k.g.uuid())} asset=BESS-07 p_kw=-500 start=16:15
2026-05-11T16:00:00.481Z DEBUG signing callback with key=${k.tok()}
2026-05-11T16:00:00.520Z INFO  ack sent status=200 request_id=${k.n(k.g.hex(24))}
2026-05-11T16:00:01.003Z DEBUG tso-mari POST https://mari.tso.example/api/bids apikey=${k.tok()}
2026-05-11T16:00:01.340Z INFO  bid accepted bid_id=${k.n(k.g.digits(10))}
`,
  ),

  eDoc(
    'energy-grid-app-django-settings',
    ['code', 'config-syntax', 'precision'],
    'outage-portal/outage_portal/settings/production.py',
    (k) => `from .base import *  # noqa

DEBUG = False
SECRET_KEY = "${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50))}"
ALLOWED_HOSTS = ["stoerung.netz-nord.example"]

DATABASES = {
    "default": {
        "ENGINE": "django.contrib.gis.db.backends.postgis",
        "NAME": "outages",
        "USER": "outage_app",
        "PASSWORD": "${k.spw()}",
        "HOST": "pg-gis.netz-nord.example",
    }
}

SMS_GATEWAY_API_KEY = "${k.tok()}"
GIS_FEATURE_SERVICE_TOKEN = os.environ.get("GIS_TOKEN", "")
CSRF_TRUSTED_ORIGINS = ["https://stoerung.netz-nord.example"]
`,
  ),

  eDoc(
    'energy-cmms-maximo-integration',
    ['code', 'http-auth', 'precision'],
    'integrations/maximo/workorders.js',
    (k) => `// Creates Maximo work orders from SCADA alarms (Node-RED function node exported to a file)
const MAXIMO = 'https://maximo.utility.example/maximo/api/os/mxapiwodetail';
const APIKEY = '${k.tok()}';

msg.url = MAXIMO + '?lean=1';
msg.method = 'POST';
msg.headers = {
  apikey: APIKEY,
  'Content-Type': 'application/json',
  properties: 'wonum',
};
msg.payload = {
  siteid: 'NORTH',
  assetnum: msg.asset || '${k.n('TR-0042')}',
  description: 'SCADA alarm: ' + msg.topic,
  worktype: 'CM',
};
return msg;
`,
  ),

  eDoc(
    'energy-emscloud-curl-runbook',
    ['command-line', 'http-auth', 'precision'],
    'runbooks/bess-cloud-api.md',
    (k) => `# Battery cloud API – quick checks

\`\`\`sh
# health
curl https://api.storage-co.example/v1/health

# sites of our portfolio
curl -H "x-api-key: ${k.http(k.g.alnum(40))}" https://api.storage-co.example/v1/sites

# send a setpoint (test site only)
curl -X POST -H "Authorization: Bearer ${k.http(k.g.base64url(64))}" \\
     -d '{"site":"${k.n('TEST-SITE-01')}","p_kw":100}' https://api.storage-co.example/v1/setpoints

# with the key from the environment, as the scheduler does
curl -H "x-api-key: $STORAGE_API_KEY" https://api.storage-co.example/v1/sites
\`\`\`

Keys are per user; request yours in the portal (Settings → API). Key ids look like \`${k.n('key_' + k.g.digits(6))}\`.
`,
  ),

  eDoc(
    'energy-asset-register-env',
    ['config-syntax', 'credential-file', 'precision'],
    'asset-register/.env.local',
    (k) => `NEXT_PUBLIC_MAP_STYLE=https://tiles.utility.example/styles/grid.json
NEXT_PUBLIC_MAPBOX_TOKEN=${k.n('pk.eyJ1IjoiZ3JpZCIsImEiOiJ' + k.g.base64url(20) + '.' + k.g.base64url(22))}
NEXTAUTH_SECRET=${k.s('token', k.g.base64(32))}
AZURE_AD_CLIENT_ID=${k.n(k.g.uuid())}
AZURE_AD_CLIENT_SECRET=${k.prov('Azure AD', E.azureSecret(k.g))}
AZURE_AD_TENANT_ID=${k.n(k.g.uuid())}
DATABASE_URL=postgresql://assets:${k.cs()}@localhost:5432/assets
SAP_PM_API_KEY=${k.tok()}
`,
  ),

  eDoc(
    'energy-ci-secrets-leak-job-log',
    ['logs-and-output', 'precision'],
    'ci-logs/deploy-scada-gateway-4821.log',
    (k) => `Running with gitlab-runner 17.2.0 on ot-runner-02
$ echo "Deploying gateway to $TARGET"
Deploying gateway to edge-ss-west
$ env | sort
CI_COMMIT_SHA=${k.n(E.sha1(k.g))}
CI_JOB_ID=4821
EDGE_DEPLOY_TOKEN=${k.tok()}
GATEWAY_ADMIN_PASSWORD=${k.gpw()}
HISTORIAN_API_KEY=${k.tok()}
MASKED_VAR=[MASKED]
TARGET=edge-ss-west
$ ./deploy.sh
Uploading image sha256:${k.n(E.sha256(k.g))}
Job succeeded
`,
  ),

  eDoc(
    'energy-weather-radar-java',
    ['code', 'precision'],
    'forecast-service/src/main/java/com/windco/forecast/WeatherClient.java',
    (k) => `package com.windco.forecast;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class WeatherClient {
    // TODO move to config server
    private static final String API_KEY = "${k.tok()}";
    private static final String BASE = "https://api.windforecast.example/v1/points";
    private static final String SAMPLE_POINT_ID = "${k.n(k.g.hex(12))}";

    private final HttpClient http = HttpClient.newHttpClient();

    public HttpRequest request(double lat, double lon) {
        return HttpRequest.newBuilder(URI.create(BASE + "?lat=" + lat + "&lon=" + lon))
                .header("X-API-Key", API_KEY)
                .build();
    }
}
`,
  ),

  eDoc(
    'energy-grafana-ini-and-api-key',
    ['config-syntax', 'precision'],
    'grafana/grafana.ini',
    (k) => `[server]
domain = dashboards.ot.grid.local
root_url = https://dashboards.ot.grid.local/

[security]
admin_user = admin
admin_password = ${k.pw()}
secret_key = ${k.s('token', k.g.alnum(32))}

[auth.ldap]
enabled = true
config_file = /etc/grafana/ldap.toml

[smtp]
enabled = true
host = smtp.grid.local:587
user = grafana@grid.local
password = \${GF_SMTP_PASSWORD}

# service account token for the report renderer: ${k.prov('Grafana', E.grafanaSa(k.g))}
`,
  ),

  eDoc(
    'energy-hmac-webhook-receiver-go',
    ['code', 'precision'],
    'dr-webhook/main.go',
    (k) => `package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
)

// Signing secret shared with the flexibility aggregator (same value in their portal).
const webhookSecret = "${k.s('token', k.g.hex(64))}"

func verify(body []byte, sig string) bool {
	mac := hmac.New(sha256.New, []byte(webhookSecret))
	mac.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(sig))
}

func main() {
	http.HandleFunc("/dr/events", func(w http.ResponseWriter, r *http.Request) {
		// example signature header: X-Signature: ${k.n(E.sha256(k.g))}
		w.WriteHeader(http.StatusAccepted)
	})
	http.ListenAndServe(":8080", nil)
}
`,
  ),

  eDoc(
    'energy-kubernetes-secret-stringdata',
    ['config-syntax', 'precision'],
    'k8s/ami-ingest/secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: ami-ingest
  namespace: ami
type: Opaque
stringData:
  HEADEND_API_KEY: ${k.tok()}
  MDM_CLIENT_SECRET: ${k.tok()}
  KAFKA_SASL_PASSWORD: ${k.gpw()}
  DLMS_MASTER_KEY: ${k.s('token', E.dlmsKey(k.g))}
data:
  TSDB_PASSWORD: ${k.s('password', E.b64(k.g.alnum(20)))}
`,
  ),

  eDoc(
    'energy-teams-chat-api-keys-en',
    ['prose', 'precision'],
    'exports/teams/pv-portfolio-dev.txt',
    (k) => `[11:02] Ahmed, Omar: the Solcast key hit its quota, can someone make a new one?
[11:10] Lindqvist, Eva: done, new key ${k.tok()} (old one revoked)
[11:11] Ahmed, Omar: thanks. And the SMA ennexOS API, which client secret do we use in staging?
[11:13] Lindqvist, Eva: client id ${k.n('energyco-staging')} / secret ${k.tok()}
[11:13] Lindqvist, Eva: prod is in Key Vault as ${k.n('kv-pv-prod/sma-client-secret')}
[11:20] Ahmed, Omar: 👍 commit ${k.n(E.sha1(k.g).slice(0, 8))} has the new client
`,
  ),
  eDoc(
    'energy-csharp-appsettings-scada-bridge',
    ['config-syntax', 'precision'],
    'ScadaBridge/appsettings.Production.json',
    (k) => `{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Historian": {
    "BaseUrl": "https://piwebapi.grid.local/piwebapi",
    "UseKerberos": true
  },
  "Cloud": {
    "IngestUrl": "https://ingest.gridcloud.example/v2",
    "ApiKey": "${k.tok()}",
    "HmacSecret": "${k.tok()}"
  },
  "Jwt": {
    "Issuer": "scada-bridge",
    "SigningKey": "${k.s('token', k.g.base64(44))}"
  },
  "ConnectionStrings": {
    "Local": "Data Source=bridge.db"
  },
  "AssetExample": "${k.n('TR-NORTH-0042')}"
}
`,
  ),

  eDoc(
    'energy-nodered-flows-http-apikey',
    ['config-syntax', 'code', 'precision'],
    'node-red/flows.json',
    (k) => `[
  { "id": "f1a2b3c4d5e6f708", "type": "tab", "label": "PV forecast", "disabled": false },
  { "id": "0a1b2c3d4e5f6071", "type": "inject", "z": "f1a2b3c4d5e6f708", "name": "every 15 min", "repeat": "900", "wires": [["9f8e7d6c5b4a3921"]] },
  { "id": "9f8e7d6c5b4a3921", "type": "http request", "z": "f1a2b3c4d5e6f708", "name": "solar forecast", "method": "GET",
    "url": "https://api.solar-forecast.example/v1/site/${k.n(k.g.hex(8))}/forecast?api_key=${k.http(k.g.alnum(32))}", "wires": [["5c4b3a2918273645"]] },
  { "id": "5c4b3a2918273645", "type": "function", "z": "f1a2b3c4d5e6f708", "name": "to modbus",
    "func": "const token = '${k.tok()}';\\nmsg.headers = { 'x-ems-token': token };\\nreturn msg;", "outputs": 1, "wires": [[]] },
  { "id": "7d6c5b4a39281706", "type": "modbus-client", "name": "SMA DM", "tcpHost": "${E.ipv4(k.g)}", "tcpPort": "502", "unit_id": "3" }
]
`,
  ),

  eDoc(
    'energy-telegraf-http-output-headers',
    ['config-syntax', 'precision'],
    'telegraf/telegraf.d/cloud.conf',
    (k) => `[[outputs.http]]
  url = "https://metrics.gridcloud.example/api/v1/push"
  method = "POST"
  data_format = "json"
  [outputs.http.headers]
    Authorization = "Bearer ${k.http(k.g.hex(40))}"
    X-Tenant = "${k.n('gridops-north')}"

[[outputs.datadog]]
  apikey = "${k.prov('Datadog', E.datadog(k.g))}"

[[inputs.opcua]]
  endpoint = "opc.tcp://${E.ipv4(k.g)}:4840"
  security_policy = "Basic256Sha256"
  auth_method = "UserName"
  username = "telegraf"
  password = "${k.gpw()}"
  nodes = [
    { name = "feeder12_p", namespace = "2", identifier_type = "s", identifier = "${k.n('Feeder12.ActivePower')}" },
  ]
`,
  ),

  eDoc(
    'energy-dr-aggregator-sdk-readme',
    ['prose', 'command-line', 'precision'],
    'vendor-sdk/flex-sdk/README.md',
    (k) => `# flex-sdk (internal fork)

Configure the SDK with your aggregator credentials:

\`\`\`sh
flexctl configure --api-key ${k.tok()} --api-secret ${k.tok()} --region eu
flexctl assets list
flexctl configure --api-key <YOUR_API_KEY> --api-secret <YOUR_API_SECRET>
\`\`\`

The sandbox keys in \`examples/\` (\`${k.n('sandbox_key_demo')}\`) only work against the mock server.
Asset ids look like \`${k.n('ast_' + k.g.alnum(12))}\` and are not secret.
`,
  ),
];
