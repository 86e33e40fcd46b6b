// EV charging: OCPP 1.6 / 2.0.1 security profile 1-2 (HTTP Basic per charge point, AuthorizationKey), CSMS
// configs, charge point web UIs, OCPI token exchange (credentials token A/B/C), roaming hubs. Charge point ids,
// connector ids, RFID idTags and EVSE ids are not secrets.
import type { RealWorldDoc } from '../types';
import { eDoc, E } from './energyValues';

export const ENERGY_EV_DOCS: RealWorldDoc[] = [
  eDoc(
    'energy-ocpp-changeconfiguration-log',
    ['logs-and-output', 'precision'],
    'logs/csms/ocpp-2026-04-02.log',
    (k) => `2026-04-02 09:12:01.114 [CP-DE-BER-0042] << [2,"${k.n(k.g.uuid())}","BootNotification",{"chargePointVendor":"Alfen","chargePointModel":"NG910","firmwareVersion":"6.4.0-4185"}]
2026-04-02 09:12:01.140 [CP-DE-BER-0042] >> [3,"${k.n(k.g.uuid())}",{"status":"Accepted","currentTime":"2026-04-02T09:12:01Z","interval":300}]
2026-04-02 09:12:03.002 [CP-DE-BER-0042] >> [2,"${k.n(k.g.uuid())}","ChangeConfiguration",{"key":"AuthorizationKey","value":"${k.s('password', E.ocppKey(k.g))}"}]
2026-04-02 09:12:03.310 [CP-DE-BER-0042] << [3,"${k.n(k.g.uuid())}",{"status":"Accepted"}]
2026-04-02 09:12:40.871 [CP-DE-BER-0042] << [2,"${k.n(k.g.uuid())}","Authorize",{"idTag":"${k.n(k.g.hex(8).toUpperCase())}"}]
2026-04-02 09:12:40.902 [CP-DE-BER-0042] >> [3,"${k.n(k.g.uuid())}",{"idTagInfo":{"status":"Accepted"}}]
2026-04-02 09:14:11.550 [CP-DE-BER-0043] upgrade GET /ocpp/CP-DE-BER-0043 authorization="Basic ${k.basic('CP-DE-BER-0043')}"
`,
  ),

  eDoc(
    'energy-csms-chargepoints-yaml',
    ['config-syntax', 'precision'],
    'csms/config/chargepoints.yaml',
    (k) => `# Security profile 2 (TLS + Basic). The password is the OCPP AuthorizationKey the CP sends.
chargepoints:
  - id: CP-NL-AMS-0101
    vendor: Alfen
    evses: 2
    basic_auth_password: ${k.s('password', E.ocppKey(k.g))}
  - id: CP-NL-AMS-0102
    vendor: Alfen
    evses: 2
    basic_auth_password: ${k.s('password', E.ocppKey(k.g))}
  - id: CP-NL-AMS-0103
    vendor: ABB Terra 184
    evses: 2
    basic_auth_password: ${k.n('$' + '{CP_0103_KEY}')}
  - id: CP-NL-AMS-0104
    vendor: Kempower
    evses: 8
    security_profile: 3   # client certificate, no password
    cert_serial: ${k.n(k.g.hex(16).toUpperCase())}
`,
  ),

  eDoc(
    'energy-ocpi-credentials-exchange-http',
    ['http-auth', 'logs-and-output', 'precision'],
    'docs/roaming/ocpi-handshake.http',
    (k) => `### 1. CPO calls the eMSP's versions endpoint with token A (sent to us by mail)
GET https://emsp.example-mobility.com/ocpi/versions
Authorization: Token ${k.http(k.g.uuid())}

### 2. Register: we post our credentials object with token B
POST https://emsp.example-mobility.com/ocpi/2.2.1/credentials
Authorization: Token ${k.http(k.g.uuid())}
Content-Type: application/json

{
  "token": "${k.s('token', k.g.uuid())}",
  "url": "https://ocpi.our-cpo.example/ocpi/versions",
  "roles": [{ "role": "CPO", "party_id": "ABC", "country_code": "DE", "business_details": { "name": "Our CPO" } }]
}

### 3. Their answer holds token C, which we use from now on
# {"data":{"token":"${k.s('token', k.g.base64(32))}","url":"https://emsp.example-mobility.com/ocpi/versions", ...}}
`,
  ),

  eDoc(
    'energy-charger-webui-handover-tr',
    ['prose', 'precision'],
    'docs/teslim/sarj-istasyonu.txt',
    (k) => `Şarj istasyonu teslim notu – İzmir Alsancak otopark (6 x 22 kW AC, 2 x 180 kW DC)

Yerel web arayüzü: https://${E.ipv4(k.g, '192.168')} (her cihazda aynı)
Kullanıcı: admin   Şifre: ${k.dev()}
OCPP sunucusu: wss://csms.sarjnet.example/ocpp/ , kimlik doğrulama anahtarı (AuthorizationKey): ${k.s('password', E.ocppKey(k.g))}
DC şarj cihazlarının servis şifresi: ${k.hpw()}

RFID kart numaraları (test): ${k.n(k.g.hex(8).toUpperCase())}, ${k.n(k.g.hex(8).toUpperCase())}
Seri numaraları: ${k.n(E.serial(k.g))}, ${k.n(E.serial(k.g))}
Modem APN şifresi operatörden gelecek.
`,
  ),

  eDoc(
    'energy-ocpp-simulator-cli',
    ['command-line', 'precision'],
    'tools/ocpp-sim/README.md',
    (k) => `# OCPP charge point simulator

Run a simulated CP against staging:

\`\`\`sh
python sim.py --url wss://csms-staging.our-cpo.example/ocpp --id SIM-0001 --profile 2 --password ${k.s('password', E.ocppKey(k.g))}
npx ocpp-cp-sim --csms wss://csms-staging.our-cpo.example/ocpp/SIM-0002 --basic-auth SIM-0002:${k.s('password', E.ocppKey(k.g))}
\`\`\`

In CI the key comes from the pipeline variable:

\`\`\`sh
python sim.py --url "$CSMS_URL" --id SIM-CI --profile 2 --password "$SIM_AUTH_KEY"
\`\`\`

IdTags for the simulator: \`${k.n('DEADBEEF')}\`, \`${k.n('04A1B2C3D4E5F6')}\`.
`,
  ),

  eDoc(
    'energy-csms-java-properties',
    ['config-syntax', 'code', 'precision'],
    'csms/src/main/resources/application-prod.yml',
    (k) => `spring:
  datasource:
    url: jdbc:postgresql://csms-db.prod:5432/csms
    username: csms
    password: ${k.spw()}
ocpp:
  websocket:
    path: /ocpp/{chargeBoxId}
    max-idle: 300s
  basic-auth:
    enabled: true
hubject:
  base-url: https://service.hubject.com/api/oicp
  client-cert: classpath:hubject/client.p12
  client-cert-password: ${k.spw()}
payment:
  provider: stripe
  secret-key: \${STRIPE_SECRET_KEY}
  publishable-key: ${k.n('pk_live_' + k.g.alnum(24))}
`,
  ),

  eDoc(
    'energy-ev-fleet-slack-thread',
    ['prose', 'precision'],
    'exports/slack/ev-fleet-ops.txt',
    (k) => `#ev-fleet-ops
Lena 10:02  charger 0317 at the depot keeps rejecting after the CSMS migration
Tom  10:05  it still has the old AuthorizationKey. I pushed ChangeConfiguration but it went offline first
Tom  10:06  old key was ${k.s('password', E.ocppKey(k.g))}, new one is ${k.s('password', E.ocppKey(k.g))}
Lena 10:07  can you not post those here 🙃
Tom  10:07  it's the staging depot, but fair, rotating both after lunch
Lena 10:30  also the Wallbox portal login for the depot is ev-depot@fleet.example / ${k.hpw()}
Tom  10:31  masked in the wiki as ${k.n('Wa********!')}
`,
  ),

  eDoc(
    'energy-charger-provisioning-csv',
    ['config-syntax', 'precision'],
    'provisioning/batch-2026-05.csv',
    (k) => `charge_point_id,vendor,model,serial,iccid,ocpp_url,auth_key
CP-PT-LIS-0201,Efacec,QC45,${k.n(E.serial(k.g))},${k.n('8935' + k.g.digits(15))},wss://csms.our-cpo.example/ocpp,${k.s('password', E.ocppKey(k.g))}
CP-PT-LIS-0202,Efacec,QC45,${k.n(E.serial(k.g))},${k.n('8935' + k.g.digits(15))},wss://csms.our-cpo.example/ocpp,${k.s('password', E.ocppKey(k.g))}
CP-PT-LIS-0203,Efacec,HV160,${k.n(E.serial(k.g))},${k.n('8935' + k.g.digits(15))},wss://csms.our-cpo.example/ocpp,${k.s('password', E.ocppKey(k.g))}
`,
  ),

  eDoc(
    'energy-ocpp-node-client',
    ['code', 'precision'],
    'cp-firmware-tools/src/connect.ts',
    (k) => `import WebSocket from 'ws';

const CSMS = 'wss://csms.our-cpo.example/ocpp';
const CP_ID = 'CP-LAB-0007';
// lab charger only; production keys live in the HSM-backed store
const AUTH_KEY = '${k.s('password', E.ocppKey(k.g))}';

export function connect(): WebSocket {
  const basic = Buffer.from(\`\${CP_ID}:\${AUTH_KEY}\`).toString('base64');
  return new WebSocket(\`\${CSMS}/\${CP_ID}\`, ['ocpp1.6'], {
    headers: { Authorization: \`Basic \${basic}\` },
  });
}
`,
  ),

  eDoc(
    'energy-ocpi-tokens-env',
    ['config-syntax', 'credential-file', 'precision'],
    'roaming/.env',
    (k) => `OCPI_PARTY_ID=ABC
OCPI_COUNTRY_CODE=DE
# token we give to partners (token B / C of each handshake)
OCPI_TOKEN_GIREVE=${k.s('token', k.g.uuid())}
OCPI_TOKEN_HUBJECT=${k.s('token', k.g.base64(32))}
OCPI_VERSIONS_URL=https://ocpi.our-cpo.example/ocpi/versions
OCPI_TOKEN_TEST_PARTNER=${k.ph()}
`,
  ),
];
