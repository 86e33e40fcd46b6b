// Restaurants and point of sale: Toast and Square integrations, Lightspeed, Oracle Simphony/Micros, Clover,
// receipt printer and KDS configs, OpenTable/Resy partner keys, delivery aggregators (Uber Eats, Deliveroo,
// DoorDash Drive). Square application ids, location ids, order and check numbers are not secrets.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './travelValues';

export const TRAVEL_POS_DOCS: RealWorldDoc[] = [
  tDoc(
    'travel-square-env-restaurant',
    ['config-syntax', 'precision'],
    'online-ordering/.env',
    (k) => `SQUARE_ENVIRONMENT=production
SQUARE_APPLICATION_ID=${k.n(T.squareAppId(k.g))}
SQUARE_ACCESS_TOKEN=${k.prov('Square access token', T.squareToken(k.g))}
SQUARE_LOCATION_ID=${k.n('L' + k.g.upper(12))}
SQUARE_WEBHOOK_SIGNATURE_KEY=${k.s('token', k.g.base64url(22))}
SQUARE_APP_SECRET=${k.prov('Square OAuth secret', T.squareSecret(k.g))}
# sandbox
SQUARE_SANDBOX_TOKEN=${k.ph()}
UBER_EATS_CLIENT_ID=${k.n(k.g.alnum(32))}
UBER_EATS_CLIENT_SECRET=${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 40))}
`,
  ),

  tDoc(
    'travel-toast-partner-node',
    ['code', 'http-auth', 'precision'],
    'src/toast/auth.ts',
    (k) => `// Toast partner API: machine client login -> bearer for 24h
const TOAST_HOST = 'https://ws-api.toasttab.com';
const CLIENT_ID = process.env.TOAST_CLIENT_ID ?? '${k.n(k.g.alnum(32))}';
const CLIENT_SECRET = process.env.TOAST_CLIENT_SECRET ?? '${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 64))}';
export const RESTAURANT_GUID = '${k.n(k.g.uuid())}';

export async function toastToken(): Promise<string> {
  const res = await fetch(\`\${TOAST_HOST}/authentication/v1/authentication/login\`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, userAccessType: 'TOAST_MACHINE_CLIENT' }),
  });
  return (await res.json()).token.accessToken;
}
`,
  ),

  tDoc(
    'travel-simphony-sti-config',
    ['config-syntax', 'precision'],
    'simphony/sti/appsettings.json',
    (k) => `{
  "Simphony": {
    "StsGen2Url": "https://simphony-sts.oraclehospitality.example/api/v1",
    "OrgShortName": "${k.n('grpbrasa')}",
    "LocRef": "${k.n(k.g.digits(4))}",
    "RvcRef": ${k.n(k.g.digits(2))},
    "ApiAccountName": "sti_integration",
    "ApiAccountPassword": "${k.pw()}",
    "ClientId": "${k.n(k.g.alnum(20) + '.' + k.g.alnum(10))}"
  },
  "Micros3700": {
    "DbServer": "MICROS-SRV",
    "ConnectionString": "DSN=micros;UID=custom;PWD=${k.cs()}"
  },
  "Printer": { "Kitchen": "tcp://${T.ipv4(k.g, '192.168')}:9100" }
}
`,
  ),

  tDoc(
    'travel-clover-rest-curl-history',
    ['command-line', 'http-auth', 'precision'],
    'notes/clover-debug.sh',
    (k) => `# pulling orders for the Bondi store while the dashboard was down
curl -s "https://api.clover.com/v3/merchants/${k.n(k.g.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', 13))}/orders?limit=50" \\
  -H "Authorization: Bearer ${k.http(k.g.uuid())}"

curl -s "https://api.clover.com/v3/merchants/${k.n(k.g.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', 13))}/items" \\
  -H "Authorization: Bearer $CLOVER_TOKEN"

# Lightspeed Restaurant (K-series) token
curl -s https://api.lsk.lightspeed.app/o/op/1/order/list -H "Authorization: Bearer ${k.http(k.g.alnum(40))}"
`,
  ),

  tDoc(
    'travel-kds-printer-config',
    ['config-syntax', 'precision'],
    'kds/station-config.json',
    (k) => `{
  "station": "GRILL-2",
  "kdsServer": "http://${T.ipv4(k.g, '192.168')}:8080",
  "adminPin": "${k.u(k.g.digits(4))}",
  "printers": [
    { "name": "expo", "ip": "${T.ipv4(k.g, '192.168')}", "port": 9100, "model": "TM-m30III" },
    { "name": "bar",  "ip": "${T.ipv4(k.g, '192.168')}", "port": 9100, "model": "TM-T88VI" }
  ],
  "epsonEposDeviceId": "${k.n('local_printer')}",
  "cloudSync": { "url": "https://kds-cloud.example/api", "deviceSecret": "${k.tok()}" },
  "wifi": { "ssid": "Kitchen-IoT", "psk": "${k.pw()}" }
}
`,
  ),

  tDoc(
    'travel-doordash-drive-jwt-python',
    ['code', 'precision'],
    'delivery/doordash_drive.py',
    (k) => `import jwt, time

# DoorDash Drive v2: sign a JWT with the signing secret (base64url-decoded)
DEVELOPER_ID = "${k.n(k.g.uuid())}"
KEY_ID = "${k.n(k.g.uuid())}"
SIGNING_SECRET = "${k.s('token', T.doorDashSecret(k.g))}"

def drive_token():
    payload = {"aud": "doordash", "iss": DEVELOPER_ID, "kid": KEY_ID, "exp": int(time.time() + 300), "iat": int(time.time())}
    return jwt.encode(payload, jwt.utils.base64url_decode(SIGNING_SECRET), algorithm="HS256",
                      headers={"dd-ver": "DD-JWT-V1"})
`,
  ),

  tDoc(
    'travel-deliveroo-ubereats-yaml',
    ['config-syntax', 'precision'],
    'aggregators/config.yaml',
    (k) => `deliveroo:
  brand_id: ${k.n(k.g.lower(8))}
  site_ids: [${k.n(k.g.digits(6))}, ${k.n(k.g.digits(6))}]
  client_id: ${k.n(k.g.lower(26))}
  client_secret: ${k.s('token', k.g.alnum(48))}
  webhook_secret: ${k.tok()}
uber_eats:
  store_ids: ["${k.n(k.g.uuid())}"]
  client_id: ${k.n(k.g.alnum(32))}
  client_secret: "\${UBER_EATS_SECRET}"
glovo:
  api_key: ${k.s('token', k.g.hex(32))}
just_eat:
  api_key: ${k.ph()}
`,
  ),

  tDoc(
    'travel-opentable-resy-partner',
    ['config-syntax', 'http-auth', 'precision'],
    'reservations/partners.ini',
    (k) => `[opentable]
rid = ${k.n(k.g.digits(6))}
client_id = ${k.n('otc_' + k.g.lower(10))}
client_secret = ${k.tok()}

[resy]
; header: Authorization: ResyAPI api_key="..."
api_key = ${k.http(k.g.alnum(32))}
venue_id = ${k.n(k.g.digits(5))}

[sevenrooms]
venue_group_id = ${k.n('ahNzfnNldmVucm9vbXMt' + k.g.alnum(30))}
client_secret = ${k.tok()}
`,
  ),

  tDoc(
    'travel-pos-backoffice-bat',
    ['command-line', 'precision'],
    'C:/POS/scripts/nightly_export.bat',
    (k) => `@echo off
REM Nightly sales export from the POS back office to head office
set SQLUSER=posreport
set SQLPASS=${k.spw()}
sqlcmd -S POSBO\\SQLEXPRESS -U %SQLUSER% -P %SQLPASS% -d PosData -Q "EXEC dbo.ExportDailySales" -o D:\\exports\\sales_%date:~-4,4%%date:~-7,2%%date:~-10,2%.csv
REM upload
"C:\\Program Files (x86)\\WinSCP\\WinSCP.com" /command "open ftpes://rest_${k.g.digits(3)}:${k.spw()}@ftp.headoffice.example/" "put D:\\exports\\*.csv /incoming/" "exit"
`,
  ),

  tDoc(
    'travel-square-webhook-handler-go',
    ['code', 'precision'],
    'cmd/webhooks/square.go',
    (k) => `package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"os"
)

// signatureKey comes from the Square developer dashboard (Webhooks > Subscriptions).
var signatureKey = os.Getenv("SQUARE_SIGNATURE_KEY")

const notificationURL = "https://orders.tapas-bar.example/webhooks/square"

// fallbackKey was the staging key; keep until staging reads the env var.
const fallbackKey = "${k.s('token', k.g.base64url(22))}"

func valid(body []byte, header string) bool {
	mac := hmac.New(sha256.New, []byte(signatureKey))
	mac.Write([]byte(notificationURL + string(body)))
	return hmac.Equal([]byte(base64.StdEncoding.EncodeToString(mac.Sum(nil))), []byte(header))
}
`,
  ),
];
