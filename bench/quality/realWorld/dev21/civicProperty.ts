// Property management and buildings: Yardi Voyager SOAP interfaces, AppFolio and Buildium API clients, access
// control (Brivo, Salto KS, Latch), intercoms, building management system logins and the facilities team's notes.
import type { RealWorldDoc } from '../types';
import { cDoc, C } from './civicValues';

export const CIVIC_PROPERTY_DOCS: RealWorldDoc[] = [
  cDoc(
    'civic-yardi-voyager-interface-config',
    ['config-syntax', 'precision'],
    'integrations/yardi/Web.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Yardi.Url" value="https://www.yardiasp14.com/8223third/webservices/itfresidentdata.asmx" />
    <add key="Yardi.UserName" value="oakridge_ws" />
    <add key="Yardi.Password" value="${k.spw()}" />
    <add key="Yardi.ServerName" value="oakridge_live" />
    <add key="Yardi.Database" value="oakridge_live" />
    <add key="Yardi.Platform" value="SQL Server" />
    <add key="Yardi.InterfaceEntity" value="Oakridge Resident Portal" />
    <add key="Yardi.InterfaceLicense" value="${k.s('token', 'MIIBEAYJKwYBBAGCN1gDoIIBATCB/gYKKwYBBAGCN1gDAaCB7zCB7AIDAgABAgJoAQICAIAEAAQQ' + k.g.base64(216))}" />
    <add key="SamplePropertyCode" value="${k.n('okr' + k.g.digits(3))}" />
    <add key="SampleTenantCode" value="${k.n('t' + k.g.digits(7))}" />
  </appSettings>
</configuration>
`,
  ),

  cDoc(
    'civic-appfolio-python-client',
    ['code', 'http-auth', 'precision'],
    'pm-reports/appfolio_client.py',
    (k) => `"""AppFolio Reports API: rent roll and delinquency for the owner statements."""
import requests

APPFOLIO_DB = "oakridgepm"
CLIENT_ID = "${k.n(k.g.hex(32))}"
CLIENT_SECRET = "${k.hex(32)}"

def rent_roll(as_of="2026-03-31"):
    url = f"https://{APPFOLIO_DB}.appfolio.com/api/v2/reports/rent_roll.json"
    r = requests.post(url, auth=(CLIENT_ID, CLIENT_SECRET), json={"as_of_to": as_of, "properties": {"properties_ids": ["${k.n(k.g.digits(3))}"]}})
    r.raise_for_status()
    return r.json()["results"]

# curl equivalent that worked for Dave:
# curl -u ${k.n('$CLIENT_ID:$CLIENT_SECRET')} https://oakridgepm.appfolio.com/api/v2/reports/delinquency.json
# Authorization: Basic ${k.basic(k.g.hex(32))}
`,
  ),

  cDoc(
    'civic-buildium-node-client',
    ['code', 'http-auth', 'precision'],
    'pm-portal/src/buildium.ts',
    (k) => `// Buildium Open API: tenants and work orders for the resident portal.
const BASE = 'https://api.buildium.com/v1';
const CLIENT_ID = process.env.BUILDIUM_CLIENT_ID ?? '${k.n(k.g.uuid())}';
const CLIENT_SECRET = process.env.BUILDIUM_CLIENT_SECRET ?? '${k.s('token', k.g.base64(44).replace(/[=+/]/g, 'z'))}';

export async function workOrders(propertyId = ${k.n(k.g.digits(6))}) {
  const res = await fetch(\`\${BASE}/workorders?propertyids=\${propertyId}\`, {
    headers: { 'x-buildium-client-id': CLIENT_ID, 'x-buildium-client-secret': CLIENT_SECRET },
  });
  return res.json();
}
`,
  ),

  cDoc(
    'civic-brivo-access-control-env',
    ['config-syntax', 'precision'],
    'access-control/brivo-sync/.env',
    (k) => `# Brivo Access: sync tenants from Yardi to Brivo groups
BRIVO_API_KEY=${k.s('token', k.g.alnum(24).toLowerCase())}
BRIVO_CLIENT_ID=${k.n(k.g.uuid())}
BRIVO_CLIENT_SECRET=${k.s('token', k.g.alnum(32))}
BRIVO_ADMIN_USER=facilities@oakridgepm.example
BRIVO_ADMIN_PASSWORD=${k.spw()}
BRIVO_SITE_ID=${k.n(k.g.digits(7))}
LOBBY_DOOR_ID=${k.n(C.doorId(k.g))}
GARAGE_DOOR_ID=${k.n(C.doorId(k.g))}
`,
  ),

  cDoc(
    'civic-salto-ks-postman-env',
    ['config-syntax', 'http-auth', 'precision'],
    'access-control/salto/SaltoKS.postman_environment.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "name": "Salto KS – Harbour Court",
  "values": [
    { "key": "baseUrl", "value": "https://clp-accept-user.my-clay.com", "enabled": true },
    { "key": "client_id", "value": "${k.n(k.g.lower(8) + '-' + k.g.lower(4))}", "enabled": true },
    { "key": "client_secret", "value": "${k.s('token', k.g.base64url(43))}", "enabled": true },
    { "key": "username", "value": "site.manager@harbourcourt.example", "enabled": true },
    { "key": "password", "value": "${k.spw()}", "enabled": true },
    { "key": "access_token", "value": "${k.bearer()}", "enabled": true },
    { "key": "site_id", "value": "${k.n(k.g.uuid())}", "enabled": true },
    { "key": "lock_id_main_entrance", "value": "${k.n(k.g.uuid())}", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
`,
  ),

  cDoc(
    'civic-facilities-handover-en',
    ['prose', 'precision'],
    'facilities/handover-harbour-court.md',
    (k) => `# Facilities handover – Harbour Court (handover from contractor, Phase 2)

| System | Where | Login | Password / code |
|---|---|---|---|
| BMS (Trend IQ4 web) | Plant room PC | engineer | ${k.dev()} |
| Fire panel (Advanced MxPro) | Ground floor | level 3 | ${k.n('see O&M manual')} |
| Intercom (2N admin UI) | 10.40.1.20 | admin | ${k.dev()} |
| CCTV NVR | Comms room | admin | ${k.dev()} |
| Lift monitoring portal | online | harbourcourt | ${k.hpw()} |
| Concierge Wi-Fi | – | – | ${k.wifi()} |

Door schedule references: ${k.n(C.doorId(k.g))}, ${k.n(C.doorId(k.g))}, ${k.n(C.doorId(k.g))}. Asset register in COBie sheet ${k.n('HC-COBie-v7.xlsx')}.
`,
  ),

  cDoc(
    'civic-hausverwaltung-email-de',
    ['prose', 'precision'],
    'hausverwaltung/mail/2026-02-zugang-heizung.txt',
    (k) => `Von: Hausverwaltung Lindenhof <verwaltung@lindenhof-hv.example>
An: Haustechnik Novak
Betreff: Fernzugriff Heizungsregelung Lindenstr. 14

Hallo Herr Novak,
für die Heizungsanlage (Viessmann Vitotronic, Gateway ${k.n('7571' + k.g.digits(12))}) gelten ab sofort:
  ViCare-Konto: technik@lindenhof-hv.example, Passwort ${k.hpw()}
  Zugang Schließanlage (Salto ProAccess Space): Benutzer hv-admin, Passwort ${k.hpw()}
Die Wohnungsnummern (WE ${k.n(k.g.digits(3))}) bitte wie im Mieterverzeichnis.
Mit freundlichen Grüßen
`,
  ),

  cDoc(
    'civic-latch-webhook-go',
    ['code', 'precision'],
    'access-control/latch-bridge/main.go',
    (k) => `package main

// Bridges Latch unlock events to the property management system's audit log.

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"os"
)

var webhookSecret = envOr("LATCH_WEBHOOK_SECRET", "${k.hex(64)}")
var pmsAPIKey = envOr("PMS_API_KEY", "${k.n('')}")

const sampleDoorUUID = "${k.n(k.g.uuid())}"

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}

func verify(body []byte, sig string) bool {
	m := hmac.New(sha256.New, []byte(webhookSecret))
	m.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(sig))
}

func main() { http.ListenAndServe(":8080", nil) }
`,
  ),

  cDoc(
    'civic-bms-bacnet-gateway-ini',
    ['config-syntax', 'precision'],
    'bms/gateway/bacnet-mqtt.ini',
    (k) => `[bacnet]
device_instance = ${k.n(k.g.digits(6))}
interface = eth1
bbmd = 10.40.1.1:47808

[mqtt]
broker = mqtts://iot.oakridgepm.example:8883
client_id = ${k.n('hc-bms-gw-' + k.g.digits(2))}
username = hc-bms
password = ${k.spw()}

[points]
AHU1_SAT = analog-input:${k.n(k.g.digits(3))}
AHU1_RAT = analog-input:${k.n(k.g.digits(3))}
`,
  ),

  cDoc(
    'civic-gestion-locative-fr',
    ['prose', 'precision'],
    'gestion/notes/2026-03-acces-outils.md',
    (k) => `# Accès outils – agence de gestion locative Belleville

- Logiciel de gestion (Crypto/ICS) : compte agence, mot de passe ${k.hpw()}
- Digicode immeuble 18 rue des Envierges : ${k.u(k.g.digits(4) + 'B')}
- Interphone Intratone (portail gestionnaire) : gestion@belleville-immo.example / ${k.pw()}
- Numéro de lot de copropriété pour test : ${k.n('lot ' + k.g.digits(3))}, référence cadastrale ${k.n('AB ' + k.g.digits(4))}
- Ancien mot de passe : ${k.n('[supprimé]')}
`,
  ),

  cDoc(
    'civic-tenant-portal-docker-env',
    ['config-syntax', 'precision'],
    'pm-portal/docker/.env.prod',
    (k) => `NODE_ENV=production
PORT=3000
DATABASE_URL=postgres://portal:${k.cs()}@pg-portal.internal:5432/portal
REDIS_URL=redis://:${k.cs()}@redis-portal.internal:6379/0
JWT_SECRET=${k.tok()}
TWILIO_ACCOUNT_SID=${k.n(C.twilioSid(k.g))}
TWILIO_AUTH_TOKEN=${k.prov('twilio', C.twilioToken(k.g))}
TWILIO_FROM=${k.n('+4420' + k.g.digits(8))}
STRIPE_SECRET_KEY=${k.prov('stripe', C.stripeSecret(k.g))}
SENTRY_DSN=${k.n('https://' + k.g.hex(32) + '@o' + k.g.digits(6) + '.ingest.sentry.io/' + k.g.digits(7))}
`,
  ),

  cDoc(
    'civic-intercom-provisioning-log',
    ['logs-and-output', 'precision'],
    'bms/logs/intercom-provisioning.log',
    (k) => `2026-01-19 10:02:11 provisioning 2N IP Verso ${k.n(k.g.digits(4) + '-' + k.g.digits(4) + '-' + k.g.digits(4))} at 10.40.1.20
2026-01-19 10:02:12 firmware 2.41.0.58.2 sha1=${k.n(C.sha1(k.g))}
2026-01-19 10:02:15 set admin password: ${k.dev()}
2026-01-19 10:02:16 set SIP account 201@sip.oakridgepm.example secret=${k.spw()}
2026-01-19 10:02:18 door relay 1 mapped to ${k.n(C.doorId(k.g))}
2026-01-19 10:02:20 done
`,
  ),
];
