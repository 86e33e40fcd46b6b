// Fleet telematics and driver tooling: Samsara, Geotab (MyGeotab credentials), Motive, Webfleet, ELD portals, GPS
// tracker SMS configuration commands with their passwords, Traccar servers. VINs, plates, driver and device ids,
// IMEIs are identifiers, not secrets; a tracker's factory password is a vendor default.
import type { RealWorldDoc } from '../types';
import { lDoc, L } from './logisticsValues';

export const LOGISTICS_FLEET_DOCS: RealWorldDoc[] = [
  lDoc('logistics-samsara-python-sync', ['code', 'precision'], 'fleet/samsara_sync.py', (k) => {
    return `"""Pulls vehicle locations from Samsara every minute and pushes ETAs to the TMS."""
import requests

SAMSARA_TOKEN = "${k.prov('Samsara', L.samsara(k.g))}"
TMS_URL = "https://tms.northfreight.example/api/eta"


def locations():
    r = requests.get(
        "https://api.samsara.com/fleet/vehicles/locations",
        headers={"Authorization": f"Bearer {SAMSARA_TOKEN}"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["data"]


for v in locations():
    # vehicle ids are numeric (e.g. ${k.n(k.g.digits(15))}), VINs like ${k.n(L.vin(k.g))}
    print(v["id"], v["name"], v["location"]["latitude"], v["location"]["longitude"])
`;
  }),

  lDoc('logistics-mygeotab-dotnet-config', ['config-syntax', 'code', 'precision'], 'GeotabExport/appsettings.json', (k) => {
    return `{
  "MyGeotab": {
    "Server": "my.geotab.com",
    "Database": "${k.n('northfreight_eu')}",
    "UserName": "api.export@northfreight.example",
    "Password": "${k.pw()}"
  },
  "Export": {
    "Feeds": ["LogRecord", "StatusData", "FaultData", "DutyStatusLog"],
    "Destination": "Server=sql-bi;Database=Telematics;User Id=geotab_export;Password=${k.cs()};"
  }
}
`;
  }),

  lDoc('logistics-motive-webfleet-env', ['config-syntax', 'precision'], 'dispatch-board/.env.local', (k) => {
    return `VITE_APP_NAME=Dispatch Board
# Motive (KeepTruckin) - Admin > API keys
MOTIVE_API_KEY=${k.tok()}
# Webfleet.connect (account / user / password / apikey)
WEBFLEET_ACCOUNT=${k.n('nf-' + k.g.digits(6))}
WEBFLEET_USER=connect-api
WEBFLEET_PASSWORD=${k.pw()}
WEBFLEET_APIKEY=${k.u(k.g.uuid())}
# browser Maps key, referrer-restricted to dispatch.northfreight.example
VITE_GOOGLE_MAPS_KEY=${k.n(L.googleApiKey(k.g))}
`;
  }),

  lDoc('logistics-gps-tracker-sms-commands', ['prose', 'command-line', 'precision'], 'docs/fleet/tk103-sms-setup.md', (k) => {
    const pw = k.g.digits(6);
    return `# GPS tracker (TK103 / GT06 clones) - SMS setup for the trailer fleet

Factory password is \`${k.u('123456')}\`. Send these SMS from the fleet phone, one by one:

1. \`begin${k.u('123456')}\` → reply "begin ok"
2. Change password: \`password${k.u('123456')} ${k.s('password', pw)}\`
3. APN: \`apn${k.s('password', pw)} internet.t-mobile\`
4. Server: \`adminip${k.s('password', pw)} ${k.n(L.ipv4(k.g, '185'))} 5023\`
5. Interval: \`fix030s***n${k.s('password', pw)}\`

For GT06: \`SERVER,0,${k.n(L.ipv4(k.g, '185'))},5023,0#\` and \`PWD,${k.n('666666')},${k.s('password', k.g.digits(6))}#\` (newer firmware asks for the old one first).
IMEIs are on the sticker (e.g. ${k.n('86' + k.g.digits(13))}), add them in Traccar as the device identifier.
`;
  }),

  lDoc('logistics-traccar-xml', ['config-syntax', 'precision'], 'opt/traccar/conf/traccar.xml', (k) => {
    return `<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>
<properties>
    <entry key='config.default'>./conf/default.xml</entry>
    <entry key='database.driver'>com.mysql.cj.jdbc.Driver</entry>
    <entry key='database.url'>jdbc:mysql://localhost/traccar?zeroDateTimeBehavior=round&amp;serverTimezone=UTC&amp;useSSL=false</entry>
    <entry key='database.user'>traccar</entry>
    <entry key='database.password'>${k.spw()}</entry>
    <entry key='mail.smtp.host'>smtp.sendgrid.net</entry>
    <entry key='mail.smtp.username'>apikey</entry>
    <entry key='mail.smtp.password'>${k.prov('SendGrid', L.sendgrid(k.g))}</entry>
    <entry key='geocoder.enable'>true</entry>
    <entry key='geocoder.type'>here</entry>
    <entry key='geocoder.key'>${k.s('token', L.hereKey(k.g))}</entry>
    <entry key='notificator.types'>web,mail,telegram</entry>
    <entry key='notificator.telegram.key'>${k.prov('Telegram', L.telegramBot(k.g))}</entry>
    <entry key='notificator.telegram.chatId'>${k.n('-100' + k.g.digits(10))}</entry>
</properties>
`;
  }),

  lDoc('logistics-eld-portal-driver-onboarding-es', ['prose', 'precision'], 'hr/onboarding/conductores-eld.txt', (k) => {
    return `BIENVENIDO A TRANSPORTES RUIZ - INSTRUCCIONES PARA CONDUCTORES

1) Descarga la app "Motive Driver" en tu teléfono.
2) Tu usuario es tu número de conductor (${k.n(L.driverId(k.g))}) y tu contraseña temporal es: ${k.hpw()}
3) Tractora asignada: matrícula ${k.n(L.plate(k.g))}, VIN ${k.n(L.vin(k.g))}.
4) Tarjeta de combustible: el PIN te lo da la oficina en persona, nunca por WhatsApp.
5) Portal de nóminas: https://nominas.transportes-ruiz.example usuario = DNI, contraseña inicial = ${k.n('<fecha de nacimiento>')}

Para el tacógrafo: descarga la tarjeta cada 28 días en la oficina de Zaragoza.
`;
  }),

  lDoc('logistics-fleet-webhook-node', ['code', 'http-auth', 'precision'], 'services/telematics-webhooks/src/server.ts', (k) => {
    return `import express from 'express';
import crypto from 'node:crypto';

const app = express();
// Samsara webhook secret (base64) from the webhook's settings page
const SAMSARA_WEBHOOK_SECRET = Buffer.from('${k.s('token', k.g.base64(44))}', 'base64');
const GEOTAB_ADDIN_SHARED = process.env.GEOTAB_ADDIN_SHARED ?? '';

app.post('/samsara', express.raw({ type: '*/*' }), (req, res) => {
  const ts = req.header('X-Samsara-Timestamp');
  const sig = req.header('X-Samsara-Signature'); // v1=<hex hmac>
  const mac = crypto.createHmac('sha256', SAMSARA_WEBHOOK_SECRET).update(\`v1:\${ts}:\${req.body}\`).digest('hex');
  if (sig !== \`v1=\${mac}\`) return res.sendStatus(401);
  res.sendStatus(204);
});

// manual test (copied from the Samsara docs page, values are their examples):
// X-Samsara-Signature: v1=${k.n(k.g.hex(64))}
app.listen(8080);
`;
  }),

  lDoc('logistics-fleet-ops-chat-tr', ['prose', 'precision'], 'chat/filo-whatsapp-export.txt', (k) => {
    return `12.03.2026 07:41 - Emre (Filo): Günaydın, Mersin çıkışlı ${k.n(L.plate(k.g))} plakalı araçta takip cihazı sinyal vermiyor
12.03.2026 07:43 - Selin (IT): Webfleet'e girip bakar mısın? kullanıcı: filo.mersin şifre: ${k.hpw()}
12.03.2026 07:44 - Emre (Filo): girdim, son konum dün 22:10 Adana
12.03.2026 07:50 - Selin (IT): cihaza SMS at: "${k.n('STATUS#')}" , cevap gelmezse sürücüyü ara (${k.n(L.driverId(k.g))})
12.03.2026 08:02 - Emre (Filo): Konteyner ${k.n(L.container(k.g))} teslim edildi, mühür ${k.n(L.seal(k.g))} sağlam
12.03.2026 08:05 - Selin (IT): şifreyi değiştirdim, yenisi: ${k.hpw()} (bunu kimseyle paylaşma)
`;
  }),

  lDoc('logistics-traccar-api-curl', ['command-line', 'http-auth', 'precision'], 'notes/traccar-api.txt', (k) => {
    return `# Traccar REST: session or basic auth, both fine
curl -u admin@northfreight.example:${k.spw()} https://gps.northfreight.example/api/devices
curl -H "Authorization: Basic ${k.basic('dispatch@northfreight.example')}" "https://gps.northfreight.example/api/positions?deviceId=12"
# API token (Settings > Preferences > Token), valid until 2026-12-31:
curl "https://gps.northfreight.example/api/session?token=${k.http(k.g.base64url(43).replace(/^[-_]/, 'T'))}"
# OsmAnd protocol test from a phone (id = IMEI, not a secret):
curl "http://gps.northfreight.example:5055/?id=${k.n('86' + k.g.digits(13))}&lat=51.37&lon=6.17&speed=0"
`;
  }),

  lDoc('logistics-tachograph-download-service-ini', ['config-syntax', 'precision'], 'C:/TachoService/settings.ini', (k) => {
    return `[Server]
Url=https://tacho.fleetportal.example/upload
Company=${k.n('NF' + k.g.digits(5))}
ApiUser=tacho_upload
ApiPassword=${k.pw()}

[CardReader]
Port=COM3
CompanyCardNumber=${k.n('D' + k.g.digits(15))}

[Mail]
Smtp=smtp.office365.com
User=tacho@northfreight.example
Password=${k.hpw()}
`;
  }),
];
