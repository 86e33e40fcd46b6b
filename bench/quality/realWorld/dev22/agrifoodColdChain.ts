// Cold-chain monitoring, fleet refrigeration and food-safety portals: logger configs, gateway settings, scripts
// and incident notes, with logger serials, trailer ids, shipment numbers and hashes beside the secrets.
import type { RealWorldDoc } from '../types';
import { aDoc, A } from './agrifoodValues';

export const AGRIFOOD_COLDCHAIN_DOCS: RealWorldDoc[] = [
  aDoc(
    'agri-monnit-gateway-config',
    ['config-syntax', 'precision'],
    'coldchain/gateways/monnit-egw-walkin.json',
    (k) => `{
  "gatewayId": "${k.n(k.g.digits(6))}",
  "checkDigit": "${k.n(k.g.upper(6))}",
  "network": { "ssid": "Harbourside-IoT", "passphrase": "${k.wifi()}" },
  "server": { "host": "sensorsgateway.imonnit.com", "port": 3000 },
  "webhook": { "url": "https://coldchain.example/hooks/monnit", "basicUser": "monnit", "basicPassword": "${k.gpw()}" },
  "sensors": ["${k.n(k.g.digits(6))}", "${k.n(k.g.digits(6))}", "${k.n(k.g.digits(6))}"]
}
`,
  ),
  aDoc(
    'agri-reefer-telematics-py',
    ['code', 'defaults-in-code', 'precision'],
    'fleet/reefer_poll.py',
    (k) => `"""Polls reefer unit temperatures for the trailers on the dairy route."""
import requests

API = "https://api.reefer-telematics.example/v2"
USERNAME = "coop-dairy-api"
PASSWORD = "${k.pw()}"
TRAILERS = ["${k.n('TRL-' + k.g.digits(4))}", "${k.n('TRL-' + k.g.digits(4))}", "${k.n('TRL-' + k.g.digits(4))}"]
SETPOINT_C = 4.0

def session():
    s = requests.Session()
    s.auth = (USERNAME, PASSWORD)
    s.headers["X-Client-Key"] = "${k.tok()}"
    return s

for t in TRAILERS:
    r = session().get(f"{API}/units/{t}/latest")
    print(t, r.json().get("returnAirTemp"))
`,
  ),
  aDoc(
    'agri-coldchain-incident-en',
    ['prose', 'precision'],
    'incidents/2026-07-walkin-freezer.md',
    (k) => `# Incident: walk-in freezer alarm not delivered (store 214)

**Timeline.** 02:10 compressor fault; 02:14 sensor ${k.n(k.g.digits(6))} crossed −12 °C; no SMS sent.
**Cause.** The SMS provider's auth token had been rotated in the console but not in the alert service.
The old token (${k.n(A.mask(k.g.hex(32)))}) was still in \`alerts.env\`. New token set: ${k.prov('Twilio', A.twilioToken(k.g))}
(we will move it to the vault this week, sorry for pasting it here).
**Stock.** Lots ${k.n(A.lot(k.g))} and ${k.n(A.lot(k.g))} discarded; supplier credit note ${k.n('CN-' + k.g.digits(6))}.
**Follow-up.** The dashboard admin password was also shared in the store's group chat: ${k.hpw()}. Changed the same day.
`,
  ),
  aDoc(
    'agri-emerson-oversight-ps1',
    ['code', 'command-line', 'precision'],
    'scripts/Export-ShipmentTemps.ps1',
    (k) => `# Export logger readings for the shipments of the week (Emerson Oversight API)
$ApiBase = "https://api.oversight.example/v1"
$ApiKey = "${k.tok()}"
$Shipments = @("${k.n('SHP' + k.g.digits(8))}", "${k.n('SHP' + k.g.digits(8))}")
foreach ($s in $Shipments) {
    Invoke-RestMethod -Uri "$ApiBase/shipments/$s/readings" -Headers @{ "x-api-key" = $ApiKey } |
        Export-Csv -Path ".\\$s.csv" -NoTypeInformation
}
# logger serials: ${k.n(k.g.upper(2) + k.g.digits(9))}, ${k.n(k.g.upper(2) + k.g.digits(9))}
`,
  ),
  aDoc(
    'agri-azure-iot-coldroom',
    ['config-syntax', 'code', 'precision'],
    'coldroom-edge/config.toml',
    (k) => `[device]
id = "coldroom-${k.g.digits(2)}"
connection_string = "HostName=foods-iot.azure-devices.net;DeviceId=coldroom-07;SharedAccessKey=${k.prov('Azure IoT Hub', A.azureIotKey(k.g))}"

[modbus]
host = "${A.ipv4(k.g, '10.20')}"
unit = 1

[local_ui]
admin_password = "${k.dev()}"
firmware_sha256 = "${k.n(A.sha256(k.g))}"
`,
  ),
  aDoc(
    'agri-foodsafety-portal-notes-it',
    ['prose', 'precision'],
    'qualita/portale-audit.md',
    (k) => `# Portale audit sicurezza alimentare – caseificio

Accesso al portale del certificatore: qualita@caseificio.example, password ${k.hpw()}
Numero certificato IFS ${k.n(A.cert(k.g))}, COID ${k.n(k.g.digits(5))}.
Data logger celle di stagionatura: software desktop, password di amministrazione ${k.dev()}
Lotti Parmigiano in verifica: ${k.n(A.lot(k.g))}, ${k.n(A.lot(k.g))}.
Non usare la password vecchia (${k.n('<password>')}).
`,
  ),
  aDoc(
    'agri-coldchain-k8s-secret',
    ['config-syntax', 'precision'],
    'coldchain/k8s/secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: coldchain-worker
type: Opaque
stringData:
  MQTT_PASSWORD: "${k.gpw()}"
  SENSITECH_API_KEY: "${k.tok()}"
  DATABASE_URL: "postgresql://coldchain:${k.cs()}@coldchain-db:5432/coldchain"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: coldchain-worker
data:
  ALERT_THRESHOLD_C: "8"
  LOGGER_FLEET: "${k.n(k.g.uuid())}"
  PASSWORD_POLICY: "${k.n('min-length-12')}"
`,
  ),
  aDoc(
    'agri-haccp-temp-log-csv',
    ['logs-and-output', 'precision'],
    'haccp/exports/temperature-log-week27.csv',
    (k) => `timestamp,unit,sensor,temp_c,checked_by,signature
2026-07-01 06:00,walk-in-1,${k.n(k.g.digits(6))},2.8,AK,${k.n(k.g.hex(12))}
2026-07-01 06:00,freezer-1,${k.n(k.g.digits(6))},-19.4,AK,${k.n(k.g.hex(12))}
2026-07-01 14:00,walk-in-1,${k.n(k.g.digits(6))},3.1,JM,${k.n(k.g.hex(12))}
2026-07-01 14:00,freezer-1,${k.n(k.g.digits(6))},-18.7,JM,${k.n(k.g.hex(12))}
`,
  ),
  aDoc(
    'agri-js-logger-upload',
    ['code', 'defaults-in-code', 'precision'],
    'logger-upload/src/upload.js',
    (k) => `const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');

const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID || '${k.u(A.awsId(k.g))}',
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY || '${k.prov('AWS', A.awsSecret(k.g))}',
  },
});

async function upload(file, shipmentId /* e.g. ${k.n('SHP' + k.g.digits(8))} */) {
  await s3.send(new PutObjectCommand({ Bucket: 'coldchain-logger-uploads', Key: shipmentId + '/' + file.name, Body: file.data }));
}
module.exports = { upload };
`,
  ),
  aDoc(
    'agri-fleet-dispatch-chat-es',
    ['prose', 'precision'],
    'exports/whatsapp/Despacho Frio.txt',
    (k) => `[03/08/26 05:12] Jefe de flota: el camión ${k.n(k.g.upper(1) + k.g.digits(4) + k.g.upper(3))} no reporta temperatura
[03/08/26 05:13] Técnico: entra al portal del equipo de frío, usuario flota_frio y clave ${k.hpw()}
[03/08/26 05:15] Jefe de flota: dentro. el registrador ${k.n(k.g.upper(2) + k.g.digits(7))} marca -18
[03/08/26 05:16] Técnico: ok. la clave de la app del conductor es ${k.dev()}
[03/08/26 05:20] Jefe de flota: albarán ${k.n('ALB-' + k.g.digits(6))} entregado
`,
  ),
  aDoc(
    'agri-export-phyto-portal-ja',
    ['prose', 'precision'],
    'docs/輸出/植物検疫ポータル.md',
    (k) => `# 輸出用植物検疫システム 引継ぎ

- ログインID：${k.n('JP' + k.g.digits(8))}
- パスワード：${k.gpw()}（三か月ごとに変更）
- 温度ロガー管理ソフトの管理者パスワード：${k.dev()}
- 出荷ロット番号：${k.n(A.lot(k.g))}、JANコード：${k.n('49' + k.g.digits(11))}
- 旧パスワード（${k.n('********')}）は使用不可
`,
  ),
  aDoc(
    'agri-dairy-route-thai',
    ['prose', 'precision'],
    'notes/ฟาร์มโคนม-ระบบ.txt',
    (k) => `ระบบฟาร์มโคนม – บันทึกส่งต่องาน

โปรแกรมจัดการฝูง: ผู้ใช้ farm01 รหัสผ่าน ${k.hpw()}
ถังนมเย็น (ตัวควบคุม): รหัสผู้ดูแล ${k.dev()}
หมายเลขโค: ${k.n(A.earTag(k.g))}, ${k.n(A.earTag(k.g))}
เลขที่ใบรับนม ${k.n(k.g.digits(8))}
`,
  ),
];
