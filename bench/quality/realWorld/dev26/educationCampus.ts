// Campus services: PaperCut print management, campus cards and door access, AV and digital signage, classroom
// devices (MDM, Chromebooks, iPads), Wi-Fi controllers, and the notification gateways for parents.
import type { RealWorldDoc } from '../types';
import { eduDoc, ED } from './educationValues';

export const EDU_CAMPUS_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-papercut-server-properties',
    ['config-syntax', 'precision'],
    'papercut/server/server.properties',
    (k) => `### PaperCut MF application server configuration
server.port=9191
server.ssl.port=9192
database.type=SQLServer
database.driver=net.sourceforge.jtds.jdbc.Driver
database.url=jdbc:jtds:sqlserver://sql02.campus.example.edu/papercut
database.username=papercut
database.password=${k.spw()}
# web services auth token (Options > Config editor: auth.webservices.auth-token)
auth.webservices.auth-token=${k.s('token', k.g.alnum(32))}
# admin.password is hashed by the server after the first start
admin.password=${k.n(`HASH\\:${k.g.hex(64)}`)}
`,
  ),

  eduDoc(
    'edu-papercut-xmlrpc-python',
    ['code', 'defaults-in-code', 'precision'],
    'scripts/papercut_topup.py',
    (k) => `"""Give every Year 12 student 50 print credits at the start of term (PaperCut XML-RPC web services)."""
from xmlrpc.client import ServerProxy

HOST = "https://papercut01.campus.example.edu:9192/rpc/api/xmlrpc"
AUTH = "${k.s('token', k.g.alnum(24))}"  # must match auth.webservices.auth-token
proxy = ServerProxy(HOST)

for user in proxy.api.listUserAccounts(AUTH, 0, 5000):
    if proxy.api.getUserProperty(AUTH, user, "department") == "Year12":
        proxy.api.adjustUserAccountBalance(AUTH, user, 50.0, "Term credit")
# card numbers (${k.n(ED.patronBarcode(k.g))}) and office numbers are not secrets
`,
  ),

  eduDoc(
    'edu-campus-card-door-access-ini',
    ['config-syntax', 'credential-file', 'precision'],
    'C/ProgramData/CampusCard/Gateway/gateway.ini',
    (k) => `[Database]
Server=SQL-CARD01
Database=CardSystem
User=cardgw
Password=${k.spw()}

[Controllers]
; door controllers in the library and halls of residence
Count=3
C1=${ED.ipv4(k.g, '10.80')}
C2=${ED.ipv4(k.g, '10.80')}
C3=${ED.ipv4(k.g, '10.80')}
CommKey=${k.s('token', k.g.hex(32).toUpperCase())}

[Mifare]
; sector 1 key A is public (read-only, used by every reader), key B writes the purse
Sector1KeyA=${k.n('A0A1A2A3A4A5')}
Sector1KeyB=${k.s('token', k.g.hex(12).toUpperCase())}

[Payments]
MerchantId=${k.n(k.g.digits(10))}
ApiKey=${k.s('token', k.g.alnum(32))}
`,
  ),

  eduDoc('edu-jamf-school-mdm-ticket', ['prose', 'http-auth', 'precision'], 'helpdesk/exports/ticket-REQ771204.md', (k) => {
    const networkId = k.g.digits(8);
    return `**REQ771204 – iPads in Year 2 won't enrol in Jamf School**

Tested the API from my laptop; works with the school's network id and API key (Basic auth):

\`\`\`
curl -s -u "${networkId}:${k.s('token', k.g.alnum(32))}" https://example-primary.jamfcloud.com/api/devices?serialnumber=${k.n(`DMPX${k.g.upper(8)}`)}
\`\`\`

Same call as the header the script sends:
\`Authorization: Basic ${k.basic(networkId)}\`

The device UDIDs (${k.n(`0000${k.g.digits(4)}-${k.g.hex(16).toUpperCase()}`)}) and asset tags (${k.n(`SCH-${k.g.digits(5)}`)}) are fine to paste.
The iPads' restriction passcode is ${k.u(k.g.digits(4))}.
`;
  }),

  eduDoc(
    'edu-wifi-controller-config',
    ['config-syntax', 'precision'],
    'network/wlc/running-config-excerpt.txt',
    (k) => `! Campus WLC - staff and student SSIDs
wlan eduroam 1 eduroam
 security dot1x authentication-list eduroam-radius
 no shutdown
wlan Example-Guest 2 Example-Guest
 no security wpa akm dot1x
 security wpa psk set-key ascii 0 ${k.spw()}
 security wpa akm psk
 no shutdown
wlan Exam-Hall 3 Exam-Hall
 security wpa psk set-key ascii 0 ${k.spw()}
!
radius server campus-radius1
 address ipv4 ${ED.ipv4(k.g)} auth-port 1812 acct-port 1813
 key 0 ${k.spw()}
radius server campus-radius2
 address ipv4 ${ED.ipv4(k.g)} auth-port 1812 acct-port 1813
 key 7 ${k.n(`${k.g.digits(2)}${k.g.hex(20).toUpperCase()}`)}
!
username netadmin privilege 15 secret 9 ${k.n(`$9$${k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 14)}$${k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 43)}`)}
`,
  ),

  eduDoc(
    'edu-parent-sms-gateway-env',
    ['config-syntax', 'precision'],
    'school-notify/.env',
    (k) => `# absence notifications to parents (SMS + e-mail)
TWILIO_ACCOUNT_SID=${k.n(ED.twilioSid(k.g))}
TWILIO_AUTH_TOKEN=${k.prov('Twilio auth token', ED.twilioToken(k.g))}
TWILIO_FROM=+4420${k.g.digits(8)}
MAILGUN_API_KEY=${k.prov('Mailgun API key', ED.mailgun(k.g))}
MAILGUN_DOMAIN=notify.example-academy.org
MIS_API_URL=https://api.mis.example/v1/schools/${k.g.digits(6)}
MIS_API_TOKEN=${k.tok()}
TEAMS_WEBHOOK_ATTENDANCE=${k.prov('Microsoft Teams webhook', ED.teamsHook(k.g))}
`,
  ),

  eduDoc(
    'edu-digital-signage-player-json',
    ['config-syntax', 'precision'],
    'signage/player-config.json',
    (k) => `{
  "playerName": "Library foyer screen",
  "cmsUrl": "https://signage.campus.example.edu",
  "displayId": "${k.n(k.g.uuid())}",
  "serverKey": "${k.s('token', k.g.alnum(20))}",
  "hardwareKey": "${k.n(k.g.hex(32))}",
  "xmrPubKey": "${k.n(`-----BEGIN PUBLIC KEY-----\\n${k.g.base64(200)}\\n-----END PUBLIC KEY-----`)}",
  "feeds": [
    { "name": "Opening hours", "url": "https://library.example.edu/hours.json" },
    { "name": "Room bookings", "url": "https://example.libcal.com/widget/hours/grid?iid=${k.g.digits(4)}&lid=0" }
  ],
  "kioskExitPin": "${k.u(k.g.digits(4))}"
}
`,
  ),

  eduDoc(
    'edu-av-crestron-notes',
    ['prose', 'precision'],
    'docs/av/lecture-theatres.md',
    (k) => `# Lecture theatre AV – admin access

| Room | Device | IP | Admin user | Password |
|---|---|---|---|---|
| ${k.n(ED.room(k.g))} | Crestron CP4 | ${ED.ipv4(k.g, '10.90')} | admin | ${k.spw()} |
| ${k.n(ED.room(k.g))} | Extron IN1608 | ${ED.ipv4(k.g, '10.90')} | admin | ${k.spw()} |
| ${k.n(ED.room(k.g))} | Epson projector | ${ED.ipv4(k.g, '10.90')} | EPSONWEB | ${k.u('admin')} |
| ${k.n(ED.room(k.g))} | Lecture capture (Panopto remote recorder) | ${ED.ipv4(k.g, '10.90')} | recorder | ${k.spw()} |

Projector MAC addresses for the DHCP reservations: ${k.n(ED.mac(k.g))}, ${k.n(ED.mac(k.g))}.
Factory defaults (Crestron: ${k.n('admin / admin')} before first setup) must never stay in place.
`,
  ),

  eduDoc(
    'edu-chromebook-wifi-onc',
    ['config-syntax', 'credential-file', 'precision'],
    'google-admin/networks/student-wifi.onc',
    (k) => `{
  "Type": "UnencryptedConfiguration",
  "NetworkConfigurations": [
    {
      "GUID": "${k.n(`{${k.g.uuid()}}`)}",
      "Name": "Students-Chromebooks",
      "Type": "WiFi",
      "WiFi": {
        "SSID": "Students-Chromebooks",
        "Security": "WPA-PSK",
        "Passphrase": "${k.spw()}",
        "AutoConnect": true
      }
    },
    {
      "GUID": "${k.n(`{${k.g.uuid()}}`)}",
      "Name": "eduroam",
      "Type": "WiFi",
      "WiFi": {
        "SSID": "eduroam",
        "Security": "WPA-EAP",
        "EAP": { "Outer": "PEAP", "Inner": "MSCHAPv2", "Identity": "\${LOGIN_EMAIL}", "Password": "\${PASSWORD}", "SaveCredentials": true }
      }
    }
  ]
}
`,
  ),

  eduDoc(
    'edu-intune-wifi-profile-ps1',
    ['code', 'command-line', 'precision'],
    'intune/Set-StaffWifi.ps1',
    (k) => `# Adds the staff Wi-Fi profile on shared classroom PCs (Intune platform script)
$ssid = "Staff-Classroom"
$psk = "${k.spw()}"
$xml = @"
<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>$ssid</name>
  <SSIDConfig><SSID><name>$ssid</name></SSID></SSIDConfig>
  <connectionType>ESS</connectionType><connectionMode>auto</connectionMode>
  <MSM><security>
    <authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption><useOneX>false</useOneX></authEncryption>
    <sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>$psk</keyMaterial></sharedKey>
  </security></MSM>
</WLANProfile>
"@
$xml | Out-File "$env:TEMP\\staff.xml" -Encoding utf8
netsh wlan add profile filename="$env:TEMP\\staff.xml" user=all
# device ids in the report: ${k.n(k.g.uuid())}
`,
  ),

  eduDoc(
    'edu-visitor-management-api-js',
    ['code', 'http-auth', 'precision'],
    'reception-kiosk/src/api.js',
    (k) => `// Sign-in kiosk at reception: checks visitors against the safeguarding list
const BASE = 'https://api.visitorsystem.example/v2';
const HEADERS = {
  'X-API-Key': '${k.http(k.g.alnum(40))}',
  'X-School-Id': '${k.n(k.g.digits(6))}',
  Accept: 'application/json',
};

export async function signIn(visitor) {
  const res = await fetch(BASE + '/visits', { method: 'POST', headers: { ...HEADERS, 'Content-Type': 'application/json' }, body: JSON.stringify(visitor) });
  return res.json();
}

// badge printer on the desk; label template id ${k.n(k.g.uuid())}
export const PRINTER = { host: '${ED.ipv4(k.g, '192.168')}', pin: ${k.u(k.g.digits(4))} };
`,
  ),

  eduDoc(
    'edu-lab-pc-image-notes',
    ['prose', 'command-line', 'precision'],
    'docs/labs/image-2026.md',
    (k) => `# Computer lab image – spring 2026

- Base: Windows 11 Education 23H2, build ${k.n('22631.4602')}
- Local admin (LAPS manages it after join; before join it is ${k.spw()})
- BIOS supervisor password on all HP lab PCs: ${k.spw()}
- Deep Freeze console password: ${k.hpw()}
- Software: MATLAB (licence server \`27000@lic.example.edu\`, licence number ${k.n(k.g.digits(6))}), SPSS, Office

To thaw a machine remotely:

\`\`\`
DFC.exe ${k.spw()} /BOOTTHAWED
\`\`\`

Image checksum: ${k.n(ED.sha256(k.g))}
`,
  ),
];
