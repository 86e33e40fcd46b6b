// Guest Wi-Fi and hotel networks: captive portals, RADIUS shared secrets (FreeRADIUS clients.conf, controller
// configs), FIAS PMS interface link passwords, door-lock encoders (Assa Abloy Visionline, Salto, Onity), IPTV
// and in-room systems, switch configs. Room numbers, MAC addresses and SSIDs are not secrets.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './travelValues';

export const TRAVEL_NETWORK_DOCS: RealWorldDoc[] = [
  tDoc(
    'travel-freeradius-clients-conf',
    ['config-syntax', 'credential-file', 'precision'],
    'freeradius/clients.conf',
    (k) => `# Guest Wi-Fi controllers of the resort
client ruckus-sz {
    ipaddr = ${T.ipv4(k.g)}
    secret = ${k.dev()}
    shortname = ruckus-smartzone
    nas_type = other
}

client aruba-mm {
    ipaddr = ${T.ipv4(k.g)}
    secret = ${k.pw()}
    shortname = aruba
}

client localhost {
    ipaddr = 127.0.0.1
    secret = ${k.u('testing123')}
}
`,
  ),

  tDoc(
    'travel-captive-portal-pms-auth',
    ['config-syntax', 'precision'],
    'portal/config/portal.yml',
    (k) => `portal:
  title: "Welcome to Hotel Mar Azul"
  languages: [es, en, pt, fr]
  login_methods:
    - type: room_and_surname        # guest types room number + surname, checked against the PMS
    - type: access_code
      daily_code_length: 6
pms:
  protocol: fias
  host: ${T.ipv4(k.g)}
  port: 5010
  link_password: ${k.dev()}
radius:
  server: 127.0.0.1
  secret: ${k.pw()}
  accounting: true
social_login:
  facebook_app_id: ${k.n(k.g.digits(15))}
  facebook_app_secret: ${k.hex(32)}
  google_client_id: ${k.n(k.g.digits(12) + '-' + k.g.lower(32) + '.apps.googleusercontent.com')}
`,
  ),

  tDoc(
    'travel-fias-link-log',
    ['logs-and-output', 'precision'],
    'logs/fias-ifc-20260305.log',
    (k) => `05.03.2026 06:00:00.120 Link start
05.03.2026 06:00:00.121 >> LS|DA260305|TI060000|
05.03.2026 06:00:00.340 << LD|DA260305|TI060000|V#4.01|IFWW|RT4|
05.03.2026 06:00:00.341 << LR|RIGI|FLRNG#GSSFGNGLGVGAGD|
05.03.2026 06:00:00.530 << LA|DA260305|TI060000|
05.03.2026 06:00:01.002 >> GI|RN${k.n(T.room(k.g))}|G#${k.n(k.g.digits(6))}|GNSchmidt|GFAnna|GLDE|GA260305|GD260309|
05.03.2026 06:00:01.010 >> GI|RN${k.n(T.room(k.g))}|G#${k.n(k.g.digits(6))}|GNYilmaz|GFEmre|GLTR|GA260305|GD260307|
05.03.2026 06:00:02.210 << PR|RN${k.n(T.room(k.g))}|P#${k.n(k.g.digits(5))}|TA1250|PTC|
05.03.2026 06:00:02.211 config: host=${T.ipv4(k.g)} port=5010 password=${k.dev()} encoding=UTF-8
05.03.2026 06:00:02.400 >> PA|RN${k.n(T.room(k.g))}|ASOK|
`,
  ),

  tDoc(
    'travel-visionline-handover-txt',
    ['prose', 'precision'],
    'handover/door-locks-visionline.txt',
    (k) => `DOOR LOCK SYSTEM - ASSA ABLOY VISIONLINE - HANDOVER
Property: ${k.n(T.propCode(k.g))}   Date: 12/01/2026   Technician: M. Okafor

Server: VL-SRV01 (Windows Server 2019), SQL Express instance VISIONLINE
Visionline admin user: sysadmin   password: ${k.pw()}
Encoders: 3x Encoder Desktop at front desk, 1x at reservations
Front desk users (personal logins, each staff sets their own at first login):
  FO1 .. FO8, default password ${k.u('1234')} which forces a change at first login
PMS interface (Opera): user PMSIF, password ${k.dev()}
Master key cards: 2 issued to security (serials ${k.n(k.g.digits(8))} and ${k.n(k.g.digits(8))})
Emergency card: in the GM's safe.
Support contract: ${k.n(T.ticket(k.g))}
`,
  ),

  tDoc(
    'travel-salto-space-api-env',
    ['config-syntax', 'precision'],
    'salto-bridge/.env',
    (k) => `SALTO_SHIP_HOST=${T.ipv4(k.g)}
SALTO_SHIP_PORT=8100
SALTO_HTTPS=true
SALTO_API_USER=ship_bridge
SALTO_API_PASSWORD=${k.pw()}
SALTO_KS_CLIENT_ID=${k.n(k.g.uuid())}
SALTO_KS_CLIENT_SECRET=${k.s('token', k.g.alnum(40))}
MOBILE_KEY_APP_ID=${k.n('com.hotelgroup.mobilekey')}
`,
  ),

  tDoc(
    'travel-ruckus-controller-cli',
    ['command-line', 'config-syntax', 'precision'],
    'network/ruckus-sz-backup.txt',
    (k) => `ruckus(config)# wlan "Guest-MarAzul"
ruckus(config-wlan)# ssid Guest-MarAzul
ruckus(config-wlan)# auth-method open
ruckus(config-wlan)# hotspot-service "captive-pms"
ruckus(config-wlan)# exit
ruckus(config)# wlan "Staff-MarAzul"
ruckus(config-wlan)# encryption wpa2 passphrase ${k.pw()} algorithm aes
ruckus(config-wlan)# exit
ruckus(config)# aaa "guest-radius"
ruckus(config-aaa)# type radius-auth
ruckus(config-aaa)# ip-addr ${T.ipv4(k.g)} port 1812 shared-secret ${k.dev()}
ruckus(config-aaa)# exit
ruckus(config)# admin-password ${k.m.negative('********')}
`,
  ),

  tDoc(
    'travel-iptv-middleware-xml',
    ['config-syntax', 'precision'],
    'iptv/middleware-config.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<IptvConfig>
  <Hotel code="${k.n(T.propCode(k.g))}" rooms="212" />
  <Pms type="FIAS" host="${T.ipv4(k.g)}" port="5011" password="${k.dev()}" />
  <Epg provider="xmltv" url="https://epg.iptv-vendor.example/feeds/hotel.xml" />
  <Chromecast enabled="true" sharedSecret="${k.tok()}" />
  <Admin user="iptvadmin" passwordHash="${k.n(T.bcrypt(k.g))}" />
  <Netflix partnerId="${k.n(k.g.digits(6))}" />
</IptvConfig>
`,
  ),

  tDoc(
    'travel-cisco-switch-hotel',
    ['config-syntax', 'precision'],
    'network/core-sw01.cfg',
    (k) => `hostname CORE-SW01
!
enable secret 9 ${k.n('$9$' + k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 14) + '$' + k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 43))}
username netadmin privilege 15 secret 5 ${k.n('$1$' + k.g.alnum(4) + '$' + k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 22))}
username fieldtech password 7 ${k.u('0' + k.g.digits(1) + k.g.hex(20).toUpperCase())}
!
vlan 10
 name GUEST
vlan 20
 name PMS
vlan 30
 name POS-PCI
!
radius server GUEST-AAA
 address ipv4 ${T.ipv4(k.g)} auth-port 1812 acct-port 1813
 key ${k.dev()}
!
snmp-server community ${k.pw()} RO
snmp-server community public RO 99
`,
  ),

  tDoc(
    'travel-onity-encoder-readme',
    ['prose', 'precision'],
    'docs/onity-ht24-notes.md',
    (k) => `# Onity HT24 encoders (legacy wing)

The HT24 front-desk units use a numeric operator PIN; ours are personal and not written here.
The portable programmer (PP) password for the maintenance team is kept in the engineering office safe.

Front-desk PC software: \`Onity Front Desk 4.2\`, DB password is \`${k.ph()}\` in the template; on site it is
\`${k.pw()}\` (set by the installer, ticket ${k.n(T.ticket(k.g))}).

Lock firmware checksum after the 2024 update: \`${k.n(T.sha1(k.g))}\`.
`,
  ),
];
