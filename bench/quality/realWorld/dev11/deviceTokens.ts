// Tokens without a prefix that home gadgets and media servers hand out: Tuya local keys, Xiaomi miio tokens,
// Hue bridge usernames, *arr and Jellyfin API keys, Syncthing, OctoPrint and slicer host keys, Plex tokens,
// Gotify/ntfy app tokens, each among the ids, MACs and hashes that sit next to them.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cs, plain, pw, tk } from './deviceKit';
import * as V from './deviceValues';

const mac = (g: { chars(a: string, n: number): string }, sep = ':') => Array.from({ length: 6 }, () => g.chars('0123456789abcdef', 2)).join(sep);

export const DEVICE_TOKEN_DOCS: RealWorldDoc[] = [
  doc('device-tinytuya-devices-json', ['credential-file', 'precision'], 'tinytuya/devices.json', (k) => {
    const dev = (name: string) => `    {
        "name": "${name}",
        "id": "${k.n('bf' + k.g.hex(20))}",
        "key": "${tk(k, (g) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,-./:;<=>?@[]^_{|}~', 16))}",
        "mac": "${k.n(mac(k.g))}",
        "uuid": "${k.n(k.g.hex(16))}",
        "category": "cz",
        "product_name": "Smart Plug",
        "product_id": "${k.n(k.g.alnum(16))}",
        "ip": "192.168.1.${Number(k.g.digits(2)) + 100}",
        "version": "3.3"
    }`;
    return `[\n${[dev('Stecker Waschmaschine'), dev('Lampe Flur'), dev('Luftentfeuchter Keller')].join(',\n')}\n]\n`;
  }),

  doc('device-miio-token-extractor', ['logs-and-output', 'precision'], 'notes/xiaomi-tokens.txt', (k) => {
    const dev = (name: string, model: string) => `   ---------
   NAME:     ${name}
   ID:       ${k.n(k.g.digits(9))}
   MAC:      ${k.n(mac(k.g).toUpperCase())}
   IP:       192.168.31.${Number(k.g.digits(2)) + 20}
   TOKEN:    ${tk(k, (g) => g.hex(32))}
   MODEL:    ${model}`;
    return `$ python3 token_extractor.py
Username (email or user ID): li.wei.home@163.com
Password: ${k.n('')}
Server (one of: cn, de, us, ru, tw, sg, in, i2) Leave empty to check all available: cn

Devices found for server "cn":
${dev('空气净化器 卧室', 'zhimi.airpurifier.mb3')}
${dev('扫地机器人', 'roborock.vacuum.a15')}
      BLE KEY:  ${tk(k, (g) => g.hex(32))}
${dev('米家台灯', 'yeelink.light.lamp4')}
   ---------
`;
  }),

  doc('device-hue-bridge-api', ['command-line', 'http-auth', 'precision'], 'notes/hue-api.md', (k) => {
    const user = k.g.base64url(40).replace(/[-_]/g, 'x');
    return `## Hue Bridge (192.168.1.2)

Pairing: Knopf drücken, dann

    curl -X POST -d '{"devicetype":"ha#pi","generateclientkey":true}' http://192.168.1.2/api

    [{"success":{"username":"${tk(k, () => user)}","clientkey":"${tk(k, (g) => g.chars('0123456789ABCDEF', 32))}"}}]

Licht Wohnzimmer an:

    curl -X PUT -d '{"on":true,"bri":200}' http://192.168.1.2/api/${tk(k, () => user)}/lights/7/state

Bridge-ID: ${k.n(k.g.chars('0123456789ABCDEF', 16))}, Firmware ${k.n('1.66.1966060010')}, Zigbee-Kanal 25.
Entertainment-Area-ID: ${k.n(k.g.uuid())}
`;
  }),

  doc(
    'device-arr-config-xml',
    ['config-syntax', 'precision'],
    'docker/arr/sonarr/config.xml',
    (k) => `<Config>
  <LogLevel>info</LogLevel>
  <UrlBase></UrlBase>
  <BindAddress>*</BindAddress>
  <Port>8989</Port>
  <SslPort>9898</SslPort>
  <EnableSsl>False</EnableSsl>
  <LaunchBrowser>True</LaunchBrowser>
  <ApiKey>${tk(k, (g) => g.hex(32))}</ApiKey>
  <AuthenticationMethod>Forms</AuthenticationMethod>
  <AuthenticationRequired>DisabledForLocalAddresses</AuthenticationRequired>
  <Branch>main</Branch>
  <InstanceName>Sonarr</InstanceName>
  <PostgresPassword>${pw(k, plain(V.human))}</PostgresPassword>
  <UpdateMechanism>Docker</UpdateMechanism>
  <AnalyticsEnabled>False</AnalyticsEnabled>
  <SslCertHash>${k.n(k.g.chars('0123456789ABCDEF', 40))}</SslCertHash>
</Config>
`,
  ),

  doc(
    'device-overseerr-homepage-services',
    ['config-syntax', 'precision'],
    'homepage/config/services.yaml',
    (k) => `- Medien:
    - Jellyfin:
        icon: jellyfin.png
        href: http://192.168.1.20:8096
        widget:
          type: jellyfin
          url: http://192.168.1.20:8096
          key: ${tk(k, (g) => g.hex(32))}
    - Radarr:
        icon: radarr.png
        href: http://192.168.1.20:7878
        widget:
          type: radarr
          url: http://192.168.1.20:7878
          key: ${tk(k, (g) => g.hex(32))}
    - Overseerr:
        href: https://anfragen.familie-roth.de
        widget:
          type: overseerr
          url: http://192.168.1.20:5055
          key: ${tk(k, (g) => g.base64(64).replace(/[+/]/g, 'Q') + '==')}
- Netzwerk:
    - Pi-hole:
        href: http://192.168.1.11/admin
        widget:
          type: pihole
          url: http://192.168.1.11
          version: 6
          key: ${pw(k, plain(V.human))}
    - Proxmox:
        widget:
          type: proxmox
          url: https://192.168.1.10:8006
          username: api@pam!homepage
          password: ${tk(k, (g) => g.uuid())}
    - Portainer:
        widget:
          type: portainer
          url: https://192.168.1.10:9443
          env: 2
          key: ${k.s('token', 'ptr_' + k.g.base64(43).replace(/[+/]/g, 'z') + '=')}
    - Uptime Kuma:
        widget:
          type: uptimekuma
          url: http://192.168.1.12:3001
          slug: ${k.n('familie')}
`,
  ),

  doc('device-syncthing-config', ['config-syntax', 'precision'], '.local/state/syncthing/config.xml', (k) => {
    const devId = () => Array.from({ length: 8 }, () => k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 7)).join('-');
    return `<configuration version="37">
    <folder id="${k.n(k.g.lower(5) + '-' + k.g.lower(5))}" label="Fotos Handy" path="/srv/sync/fotos" type="receiveonly" rescanIntervalS="3600" fsWatcherEnabled="true">
        <device id="${k.n(devId())}" introducedBy=""></device>
        <device id="${k.n(devId())}" introducedBy=""></device>
    </folder>
    <device id="${k.n(devId())}" name="pixel-8" compression="metadata" introducer="false" skipIntroductionRemovals="false">
        <address>dynamic</address>
    </device>
    <gui enabled="true" tls="false" debugging="false">
        <address>0.0.0.0:8384</address>
        <user>admin</user>
        <password>${k.n('$2a$10$' + k.g.base64(53).replace(/[+]/g, '.'))}</password>
        <apikey>${tk(k, (g) => g.alnum(32))}</apikey>
        <theme>dark</theme>
    </gui>
</configuration>
`;
  }),

  doc(
    'device-prusaslicer-physical-printer',
    ['config-syntax', 'precision'],
    'PrusaSlicer/physical_printer/Werkstatt MK4.ini',
    (k) => `# generated by PrusaSlicer 2.8.1+win64 on 2024-09-30 at 17:12:44 UTC
host_type = prusalink
preset_name = Original Prusa MK4 Input Shaper 0.4 nozzle
preset_names = "Original Prusa MK4 Input Shaper 0.4 nozzle"
print_host = 192.168.1.60
printhost_apikey = ${tk(k, (g) => g.alnum(15))}
printhost_authorization_type = key
printhost_cafile =
printhost_password = ${k.n('')}
printhost_port =
printhost_user =

# OctoPrint im Keller (alter Ender):
# host_type = octoprint, print_host = octopi.local, printhost_apikey = ${tk(k, (g) => g.chars('0123456789ABCDEF', 32))}
# Bambu P1S LAN access code: ${pw(k, (g) => g.digits(8))}, serial ${k.n('01P00A' + k.g.digits(9))}
`,
  ),

  doc(
    'device-plex-preferences',
    ['config-syntax', 'precision'],
    'plex/Library/Application Support/Plex Media Server/Preferences.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<Preferences OldestPreviousVersion="1.40.1.8227-c0dd5a73e" MachineIdentifier="${k.n(k.g.uuid())}" ProcessedMachineIdentifier="${k.n(k.g.hex(40))}" AnonymousMachineIdentifier="${k.n(k.g.uuid())}" MetricsEpoch="1" AcceptedEULA="1" FriendlyName="NAS" PublishServerOnPlexOnlineKey="1" PlexOnlineToken="${tk(k, (g) => g.base64url(20).replace(/[-_]/g, 'k'))}" PlexOnlineUsername="papa_kraus" PlexOnlineMail="papa.kraus@posteo.de" CertificateUUID="${k.n(k.g.hex(32))}" LastAutomaticMappedPort="0" ManualPortMappingMode="1" ManualPortMappingPort="32400" TranscoderTempDirectory="/transcode"/>
`,
  ),

  doc(
    'device-tautulli-config-ini',
    ['config-syntax', 'precision'],
    'tautulli/config.ini',
    (k) => `[General]
config_version = 22
http_host = 0.0.0.0
http_port = 8181
http_username = ""
http_password = ""
http_hash_password = 0
api_enabled = 1
api_key = ${tk(k, (g) => g.hex(32))}
jwt_secret = ${tk(k, (g) => g.hex(32))}
first_run_complete = 1
git_branch = master
git_remote = origin
pms_identifier = ${k.n(k.g.hex(40))}
pms_ip = 192.168.1.20
pms_port = 32400
pms_token = ${tk(k, (g) => g.alnum(20))}
pms_uuid = ${k.n(k.g.hex(32))}
pms_version = 1.41.0.8994-f2c27da23
check_github_cache_seconds = 3600
`,
  ),

  doc(
    'device-gotify-ntfy-scripts',
    ['command-line', 'code', 'http-auth'],
    'scripts/notify.sh',
    (k) => `#!/bin/sh
# Benachrichtigungen: Gotify auf dem NAS, ntfy als Backup
GOTIFY_URL="https://gotify.nas.lan"
GOTIFY_TOKEN="${tk(k, (g) => 'A' + g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_', 14))}"

msg="$1"
curl -s "$GOTIFY_URL/message?token=$GOTIFY_TOKEN" -F "title=Haus" -F "message=$msg" -F "priority=5" >/dev/null \\
  || curl -s -H "Authorization: Bearer ${k.s('http-auth', 'tk_' + k.g.lower(29).replace(/[a-f]/g, (c) => c) + '')}" -d "$msg" https://ntfy.sh/familie-roth-alarme

# Uptime Kuma push
wget -q -O- "http://192.168.1.12:3001/api/push/${tk(k, (g) => g.alnum(10))}?status=up&msg=OK&ping="
# Healthchecks
curl -fsS -m 10 --retry 5 https://hc-ping.com/${k.u(k.g.uuid())}
`,
  ),

  doc(
    'device-netatmo-smartthings-env',
    ['credential-file', 'config-syntax', 'precision'],
    'wetter-dashboard/.env',
    (k) => `# Netatmo Wetterstation
NETATMO_CLIENT_ID=${k.n(k.g.hex(24))}
NETATMO_CLIENT_SECRET=${tk(k, (g) => g.alnum(30))}
NETATMO_REFRESH_TOKEN=${tk(k, (g) => `${g.hex(24)}|${g.hex(32)}`)}
NETATMO_DEVICE_ID=${k.n(mac(k.g))}
# SmartThings personal access token (Geräte lesen/steuern)
SMARTTHINGS_TOKEN=${tk(k, (g) => g.uuid())}
SMARTTHINGS_LOCATION_ID=${k.n(k.g.uuid())}
# Ecowitt
ECOWITT_PASSKEY=${k.n(k.g.chars('0123456789ABCDEF', 32))}
ECOWITT_APPLICATION_KEY=${tk(k, (g) => g.chars('0123456789ABCDEF', 32))}
ECOWITT_API_KEY=${tk(k, (g) => g.uuid())}
INFLUX_URL=http://influx.lan:8086
INFLUX_ORG_ID=${k.n(k.g.hex(16))}
INFLUX_TOKEN=${tk(k, (g) => g.base64url(86) + '==')}
`,
  ),

  doc(
    'device-kodi-sources-xml',
    ['config-syntax', 'precision'],
    'kodi/userdata/sources.xml',
    (k) => `<sources>
    <programs>
        <default pathversion="1"></default>
    </programs>
    <video>
        <default pathversion="1"></default>
        <source>
            <name>Filme NAS</name>
            <path pathversion="1">smb://kodi:${cs(k, V.human)}@192.168.1.20/filme/</path>
            <allowsharing>true</allowsharing>
        </source>
        <source>
            <name>Serien</name>
            <path pathversion="1">nfs://192.168.1.20/volume1/serien/</path>
            <allowsharing>true</allowsharing>
        </source>
    </video>
    <music>
        <source>
            <name>Musik</name>
            <path pathversion="1">smb://${k.n('192.168.1.20')}/musik/</path>
        </source>
    </music>
</sources>
<!-- guisettings.xml: <setting id="services.webserverpassword">${pw(k, plain(V.human))}</setting> -->
`,
  ),

  doc(
    'device-spotifyd-and-librespot',
    ['config-syntax', 'precision'],
    '.config/spotifyd/spotifyd.conf',
    (k) => `[global]
username = "${k.n(k.g.digits(10))}"
password = "${pw(k, V.human)}"
backend = "alsa"
device = "hw:CARD=sndrpihifiberry"
mixer = "PCM"
volume_controller = "alsa"
device_name = "Wohnzimmer-Pi"
bitrate = 320
cache_path = "/var/cache/spotifyd"
# spotify-web-api (für das Display):
# client_id     = ${k.n(k.g.hex(32))}
# client_secret = ${tk(k, (g) => g.hex(32))}
device_type = "speaker"
`,
  ),

  doc(
    'device-teslamate-owntracks-compose',
    ['config-syntax'],
    'docker/teslamate/docker-compose.yml',
    (k) => `services:
  teslamate:
    image: teslamate/teslamate:latest
    restart: always
    environment:
      - ENCRYPTION_KEY=${tk(k, (g) => g.alnum(32))}
      - DATABASE_USER=teslamate
      - DATABASE_PASS=${pw(k, plain(V.human))}
      - DATABASE_NAME=teslamate
      - DATABASE_HOST=database
      - MQTT_HOST=mosquitto
    ports:
      - 4000:4000
  owntracks-recorder:
    image: owntracks/recorder
    environment:
      - OTR_HOST=mosquitto
      - OTR_USER=recorder
      - OTR_PASS=${pw(k, plain(V.generated))}
      - OTR_HTTPPORT=8083
  grafana:
    image: teslamate/grafana:latest
    environment:
      - DATABASE_PASS=${pw(k, plain(V.human))}
      - GF_AUTH_ANONYMOUS_ENABLED=false
      - GF_SECURITY_SECRET_KEY=${tk(k, (g) => g.alnum(20))}
`,
  ),
];
