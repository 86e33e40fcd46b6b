// In-room and building systems: key-card encoders (Vostio, Visionline, dormakaba, Salto), guest Wi-Fi captive portals
// and RADIUS, hotspot controllers, IPTV and PBX/voicemail, as configs, welcome letters and MSP notes.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './hospitalityValues';

export const HOSPITALITY_ROOMS_DOCS: RealWorldDoc[] = [
  hDoc(
    'hosp-visionline-setup-notes',
    ['prose', 'precision'],
    'msp/clients/hotel-savoy/visionline.md',
    (k) => `# Hotel Savoy – Visionline (ASSA ABLOY)

- Server: VL-SRV01 (${H.ipv4(k.g, '10.30')}), SQL Express instance VISIONLINE
- Visionline "sym" system user password: ${k.dev()}
- Front-desk operator accounts use their own PIN; reset via System > Users
- Encoders: ENC-01 reception, ENC-02 back office (serial ${k.n(k.g.upper(3) + k.g.digits(7))})
- Site key card is in the safe, envelope #3 — **do not** copy
- Lock firmware ${k.n('4.2.7')}, site number ${k.u(H.siteCode(k.g))}
- Remote support: TeamViewer ID ${k.n(`1 ${k.g.digits(3)} ${k.g.digits(3)} ${k.g.digits(3)}`)}, unattended password ${k.gpw()}
`,
  ),
  hDoc(
    'hosp-salto-space-config',
    ['config-syntax', 'precision'],
    'C:/SALTO/ProAccess Space/ProAccessSpace.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="SaltoDb" connectionString="Data Source=SALTO-SRV\\SQLEXPRESS;Initial Catalog=SALTO_SPACE;User ID=salto_app;Password=${k.cs()};" />
  </connectionStrings>
  <appSettings>
    <add key="PmsInterface.Protocol" value="SALTO_HOTEL_TCP" />
    <add key="PmsInterface.Port" value="8090" />
    <add key="EncoderNetworkPassword" value="${k.dev()}" />
    <add key="InstallationId" value="${k.n(k.g.uuid())}" />
    <add key="LicenseCode" value="${k.n(`${k.g.upper(4)}-${k.g.upper(4)}-${k.g.upper(4)}`)}" />
  </appSettings>
</configuration>
`,
  ),
  hDoc(
    'hosp-guest-wifi-letter-de',
    ['prose', 'precision'],
    'print/willkommensbrief-zimmer.txt',
    (k) => `Herzlich willkommen im Hotel Alpenrose!

Frühstück: 7:00–10:30 Uhr im Wintergarten
WLAN: ${k.n(H.ssid(k.g))}
Passwort: ${k.wifi()}
Rezeption (Durchwahl): 9
Zimmer-Safe: bitte einen eigenen 4-stelligen Code wählen.

Ihr Gutscheincode für 10 % im Spa: ${k.n(H.promo(k.g))}
`,
  ),
  hDoc(
    'hosp-radius-clients-conf',
    ['config-syntax', 'precision'],
    'freeradius/clients.conf',
    (k) => `client guest-wlc-01 {
    ipaddr = ${H.ipv4(k.g, '10.40')}
    secret = ${k.spw()}
    shortname = wlc-guest
    nas_type = other
}

client conference-ap {
    ipaddr = ${H.ipv4(k.g, '10.41')}
    secret = ${k.dev()}
    shortname = conf
}

client localhost {
    ipaddr = 127.0.0.1
    secret = ${k.u('testing123')}
}
`,
  ),
  hDoc(
    'hosp-hotspot-controller-json',
    ['config-syntax', 'precision'],
    'captive-portal/config/controller.json',
    (k) => `{
  "controller": "https://unifi.hotel-riviera.example:8443",
  "site": "${k.n('default')}",
  "username": "portal-api",
  "password": "${k.pw()}",
  "guestSsid": "${k.n(H.ssid(k.g))}",
  "voucherMinutes": 1440,
  "sampleVoucher": "${k.n(H.voucher(k.g))}",
  "pmsAuth": { "lastNameAndRoom": true, "exampleRoom": "${k.n(H.room(k.g))}" },
  "smsGateway": { "provider": "twilio", "accountSid": "${k.n(H.twilioSid(k.g))}", "authToken": "${k.prov('Twilio', H.twilioToken(k.g))}" }
}
`,
  ),
  hDoc(
    'hosp-pbx-handover-it',
    ['prose', 'precision'],
    'docs/centralino/consegna-centralino.md',
    (k) => `# Centralino Hotel Bellavista – consegna

- Interfaccia web: https://${H.ipv4(k.g, '192.168')}:8089  utente admin, password ${k.hpw()}
- Interfaccia PMS (FIAS) con Opera: utente ${k.n('pbxifc')}, password ${k.dev()}
- PIN segreteria camere: di default ${k.u('0000')}, l'ospite lo cambia al check-in
- Numero verde reception: ${k.n('+39 081 ' + k.g.digits(7))}
- Contratto di manutenzione n. ${k.n(k.g.digits(8))}
`,
  ),
  hDoc(
    'hosp-iptv-headend-yaml',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'iptv/headend/values.yaml',
    (k) => `headend:
  adminUser: admin
  adminPassword: ${k.u('admin')}   # vendor default, changed on site (see below)
  siteAdminPassword: ${k.gpw()}
  pms:
    type: fias
    host: ${H.ipv4(k.g, '10.50')}
    port: 5011
  chromecast:
    enabled: true
    pairingCodeLength: 4
  streaming:
    drmLicenseKey: ${k.u(k.g.hex(32))}
    channelListId: ${k.n(k.g.uuid())}
`,
  ),
  hDoc(
    'hosp-dormakaba-ambiance-ticket',
    ['prose', 'precision'],
    'tickets/MSP-dormakaba-encoder.txt',
    (k) => `Ticket ${k.n(H.ticket(k.g))} – Encoder at reception not cutting cards

Reporter: night auditor (Hotel Excelsior)
Steps: Ambiance client shows "encoder offline" after Windows update.
Notes from remote session:
 - Ambiance service account svc_ambiance / ${k.pw()}
 - Encoder IP ${H.ipv4(k.g, '10.30')}, MAC ${k.n(H.mac(k.g))}
 - Card stock batch ${k.n(k.g.digits(10))}
Resolution: re-registered encoder; password unchanged.
`,
  ),
  hDoc(
    'hosp-wifi-psk-list-csv',
    ['config-syntax', 'precision'],
    'network/ssids.csv',
    (k) => `ssid,vlan,security,psk,notes
${k.n(H.ssid(k.g))},20,WPA2-PSK,${k.wifi()},printed on key-card holder
${k.n(H.ssid(k.g))},30,WPA2-Enterprise,${k.n('(802.1X)')},staff AD login
${k.n(H.ssid(k.g))},40,WPA2-PSK,${k.gpw()},POS terminals only
${k.n(H.ssid(k.g))},50,WPA2-PSK,${k.dev()},meeting rooms — rotate monthly
${k.n(H.ssid(k.g))},60,WPA3-SAE,${k.n('<set on site>')},new IoT sensors
`,
  ),
  hDoc(
    'hosp-room-controller-modbus-py',
    ['code', 'defaults-in-code', 'precision'],
    'grms/room_controller.py',
    (k) => `"""Guest-room management: reads thermostat and door contact states per room."""
from pymodbus.client import ModbusTcpClient

GRMS_HOST = "${H.ipv4(k.g, '10.60')}"
BMS_USER = "grms"
BMS_PASSWORD = "${k.hpw()}"
ROOMS = [${k.n(H.room(k.g))}, ${k.n(H.room(k.g))}, ${k.n(H.room(k.g))}]
DOOR_REGISTER = ${k.n('40001')}

def read_room(room: int) -> dict:
    client = ModbusTcpClient(GRMS_HOST)
    client.connect()
    rr = client.read_holding_registers(DOOR_REGISTER + room, 2)
    return {"room": room, "door": rr.registers[0], "setpoint": rr.registers[1] / 10}
`,
  ),
  hDoc(
    'hosp-minibar-system-note-fr',
    ['prose', 'precision'],
    'docs/minibar/acces-bartech.txt',
    (k) => `Accès système minibar (Bartech) – Hôtel Riviera Nice

Console web : http://${H.ipv4(k.g, '10.70')}/ ; identifiant gouvernante ; mot de passe : ${k.hpw()}
Compte technicien fournisseur : tech / ${k.dev()} (à désactiver après l'intervention)
Numéro de contrat : ${k.n(k.g.digits(9))} — TVA : ${k.n(`FR${k.g.digits(11)}`)}
Les codes articles (ex. ${k.n(`MB-${k.g.digits(4)}`)}) sont postés sur la folio ${k.n(H.folio(k.g))}.
`,
  ),
  hDoc(
    'hosp-safe-codes-precision',
    ['prose', 'precision'],
    'housekeeping/safe-procedure.md',
    (k) => `# In-room safe procedure

1. Guest chooses a code (4–6 digits); housekeeping never writes it down.
2. Emergency opening: duty manager enters the master override from the sealed envelope; log the room
   (${k.n(H.room(k.g))}) and the time in the incident book.
3. Factory master code on new safes is ${k.u('000000')}; engineering sets the hotel master to ${k.u(k.g.digits(6))} during installation.
4. Battery change: every 12 months, order part ${k.n(`SFE-${k.g.digits(5)}`)}.
`,
  ),
];
