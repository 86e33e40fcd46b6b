// Home servers and NAS boxes: docker-compose stacks (Nextcloud, Pi-hole, Vaultwarden, Immich, Paperless, VPN
// sidecars, DuckDNS, cloudflared, Plex), Portainer stack env files, a Synology Task Scheduler script, rclone.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cs, ph, plain, pv, pw, tk } from './deviceKit';
import * as V from './deviceValues';

export const DEVICE_NAS_DOCS: RealWorldDoc[] = [
  doc('device-compose-nextcloud', ['config-syntax'], 'docker/nextcloud/docker-compose.yml', (k) => {
    const dbPw = plain(V.human)(k.g);
    return `version: "3.8"
services:
  db:
    image: mariadb:10.11
    restart: always
    command: --transaction-isolation=READ-COMMITTED --log-bin=binlog --binlog-format=ROW
    volumes:
      - /volume1/docker/nextcloud/db:/var/lib/mysql
    environment:
      - MYSQL_ROOT_PASSWORD=${pw(k, plain(V.generated))}
      - MYSQL_PASSWORD=${k.s('password', dbPw)}
      - MYSQL_DATABASE=nextcloud
      - MYSQL_USER=nextcloud

  redis:
    image: redis:alpine
    command: redis-server --requirepass ${pw(k, plain(V.lettersOnly))}

  app:
    image: nextcloud:28-apache
    ports:
      - 8080:80
    environment:
      - MYSQL_PASSWORD=${k.s('password', dbPw)}
      - MYSQL_HOST=db
      - NEXTCLOUD_ADMIN_USER=admin
      - NEXTCLOUD_ADMIN_PASSWORD=${pw(k, plain(V.human))}
      - NEXTCLOUD_TRUSTED_DOMAINS=cloud.familie-weiss.de
      - REDIS_HOST=redis
      - SMTP_PASSWORD=${pw(k, plain(V.human))}
    depends_on: [db, redis]
`;
  }),

  doc(
    'device-compose-pihole-unbound',
    ['config-syntax', 'precision'],
    'docker/pihole/compose.yaml',
    (k) => `services:
  pihole:
    container_name: pihole
    image: pihole/pihole:latest
    network_mode: host
    environment:
      TZ: 'Europe/Madrid'
      WEBPASSWORD: '${pw(k, plain(V.human))}'
      FTLCONF_webserver_api_password: ${k.n('${PIHOLE_PW}')}
      PIHOLE_DNS_: 127.0.0.1#5335
    volumes:
      - './etc-pihole:/etc/pihole'
    cap_add:
      - NET_ADMIN
    restart: unless-stopped
  unbound:
    image: mvance/unbound:1.20.0
    container_name: unbound
    restart: unless-stopped
`,
  ),

  doc(
    'device-compose-vaultwarden',
    ['config-syntax', 'precision'],
    'docker/vaultwarden/docker-compose.yml',
    (k) => `services:
  vaultwarden:
    image: vaultwarden/server:1.32.0
    container_name: vaultwarden
    restart: unless-stopped
    environment:
      DOMAIN: "https://vault.garcia-casa.es"
      SIGNUPS_ALLOWED: "false"
      # ADMIN_TOKEN: '${tk(k, (g) => g.base64(48))}'   # alter Klartext-Token, vor dem Hash
      ADMIN_TOKEN: '${k.n('$argon2id$v=19$m=65540,t=3,p=4$' + k.g.base64(43) + '$' + k.g.base64(43))}'
      SMTP_HOST: smtp.gmail.com
      SMTP_FROM: vault@garcia-casa.es
      SMTP_USERNAME: garcia.casa.server@gmail.com
      SMTP_PASSWORD: ${pw(k, V.appleAppPw)}
      PUSH_ENABLED: "true"
      PUSH_INSTALLATION_ID: ${k.n(k.g.uuid())}
      PUSH_INSTALLATION_KEY: ${tk(k, (g) => g.alnum(20))}
    volumes:
      - ./vw-data/:/data/
    ports:
      - 127.0.0.1:8081:80
`,
  ),

  doc(
    'device-compose-vpn-torrent',
    ['config-syntax'],
    'docker/arr/docker-compose.yml',
    (k) => `services:
  gluetun:
    image: qmcgaw/gluetun
    cap_add: [NET_ADMIN]
    environment:
      - VPN_SERVICE_PROVIDER=mullvad
      - VPN_TYPE=wireguard
      - WIREGUARD_PRIVATE_KEY=${k.s('private-key', V.wgKey(k.g))}
      - WIREGUARD_ADDRESSES=10.64.222.21/32
      - SERVER_CITIES=Amsterdam
    ports:
      - 8090:8090
  qbittorrent:
    image: lscr.io/linuxserver/qbittorrent
    network_mode: "service:gluetun"
    environment:
      - PUID=1026
      - PGID=100
      - WEBUI_PORT=8090
  sonarr:
    image: lscr.io/linuxserver/sonarr
    environment:
      - PUID=1026
      - PGID=100
      - SONARR__AUTH__APIKEY=${tk(k, (g) => g.hex(32))}
  transmission:
    image: lscr.io/linuxserver/transmission
    environment:
      - USER=dad
      - PASS=${pw(k, plain(V.human))}
      - OPENVPN_USERNAME=p${k.n(k.g.digits(7))}
      - OPENVPN_PASSWORD=${pw(k, plain(V.generated))}
`,
  ),

  doc(
    'device-compose-duckdns-cloudflared-plex',
    ['config-syntax', 'precision'],
    'docker/edge/compose.yml',
    (k) => `services:
  duckdns:
    image: lscr.io/linuxserver/duckdns:latest
    environment:
      - SUBDOMAINS=oliveira-nas,oliveira-ha
      - TOKEN=${tk(k, (g) => g.uuid())}
      - LOG_FILE=false
    restart: unless-stopped

  cloudflared:
    image: cloudflare/cloudflared:2024.8.2
    command: tunnel --no-autoupdate run --token ${tk(k, (g) => V.b64(JSON.stringify({ a: g.hex(32), t: g.uuid(), s: g.base64(44) })))}
    restart: unless-stopped

  plex:
    image: lscr.io/linuxserver/plex:latest
    network_mode: host
    environment:
      - PUID=1000
      - PGID=1000
      - VERSION=docker
      - PLEX_CLAIM=${k.u('claim-' + k.g.alnum(20))}
    volumes:
      - /srv/media:/media
      - ./plex:/config

  tailscale:
    image: tailscale/tailscale:stable
    hostname: nas
    environment:
      - TS_AUTHKEY=${pv(k, 'tailscale', 'Tailscale auth key')}
      - TS_STATE_DIR=/var/lib/tailscale
      - TS_EXTRA_ARGS=--advertise-exit-node
`,
  ),

  doc(
    'device-immich-env',
    ['credential-file', 'config-syntax', 'precision'],
    'immich/.env',
    (k) => `# You can find documentation for all the supported env variables at https://immich.app/docs/install/environment-variables

# The location where your uploaded files are stored
UPLOAD_LOCATION=/mnt/tank/fotos
DB_DATA_LOCATION=./postgres

IMMICH_VERSION=${k.n('v1.118.2')}

# Connection secret for postgres. You should change it to a random password
# Please use only the characters \`A-Za-z0-9\`, without special characters or spaces
DB_PASSWORD=${pw(k, (g) => g.alnum(24))}

# The values below this line do not need to be changed
###################################################################################
DB_USERNAME=postgres
DB_DATABASE_NAME=immich
`,
  ),

  doc(
    'device-paperless-env',
    ['config-syntax', 'credential-file'],
    'paperless/docker-compose.env',
    (k) => `# paperless-ngx
USERMAP_UID=1000
USERMAP_GID=1000
PAPERLESS_OCR_LANGUAGE=deu+eng
PAPERLESS_TIME_ZONE=Europe/Vienna
PAPERLESS_SECRET_KEY=${tk(k, (g) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50))}
PAPERLESS_ADMIN_USER=christa
PAPERLESS_ADMIN_PASSWORD=${pw(k, plain(V.human))}
PAPERLESS_DBPASS=${pw(k, plain(V.lettersOnly))}
PAPERLESS_EMAIL_HOST_PASSWORD=${pw(k, plain(V.generated))}
PAPERLESS_URL=https://papier.huber-wien.at
PAPERLESS_CONSUMER_POLLING=60
`,
  ),

  doc(
    'device-synology-task-script',
    ['command-line', 'code'],
    'synology/backup-to-pi.sh',
    (k) => `#!/bin/bash
# Aufgabenplaner DS920+ -> jeden Sonntag 03:00, als root
SRC=/volume1/Familie
DEST=pi@192.168.1.30:/mnt/backup/familie
export RSYNC_PASSWORD='${pw(k, plain(V.human))}'
rsync -avh --delete "$SRC" rsync://backup@192.168.1.30/familie
sshpass -p '${pw(k, plain(V.human))}' ssh pi@192.168.1.30 'df -h /mnt/backup' >> /volume1/logs/backup.log
curl -s "https://api.pushover.net/1/messages.json" \\
  --form-string "token=${tk(k, (g) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 30))}" \\
  --form-string "user=${k.n('u' + k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 29))}" \\
  --form-string "message=Backup fertig"
mysqldump -u nextcloud -p'${pw(k, plain(V.generated))}' nextcloud | gzip > /volume1/backup/nc-$(date +%F).sql.gz
`,
  ),

  doc(
    'device-rclone-conf',
    ['credential-file', 'precision'],
    'home/.config/rclone/rclone.conf',
    (k) => `[gdrive]
type = drive
client_id = ${k.n(`${k.g.digits(12)}-${k.g.lower(32)}.apps.googleusercontent.com`)}
client_secret = ${k.s('provider', 'GOCSPX-' + k.g.base64url(28), 'Google OAuth client secret')}
scope = drive
token = {"access_token":"${pv(k, 'googleAccess', 'Google OAuth access token')}","token_type":"Bearer","refresh_token":"${pv(k, 'googleRefresh', 'Google OAuth refresh token')}","expiry":"2024-10-02T11:22:33.123456+02:00"}
team_drive =

[nas]
type = sftp
host = 192.168.1.20
user = backup
pass = ${pw(k, (g) => g.base64url(40))}
shell_type = unix
md5sum_command = md5sum

[b2]
type = b2
account = ${k.n(k.g.hex(12))}
key = ${tk(k, (g) => 'K005' + g.base64(27).replace(/[+/]/g, 'x'))}
hard_delete = true
`,
  ),

  doc(
    'device-portainer-stack-env',
    ['config-syntax', 'credential-file'],
    'portainer/stack-homeassistant.env',
    (k) => `TZ=Europe/Istanbul
HA_VERSION=2024.10.1
POSTGRES_USER=hass
POSTGRES_PASSWORD=${pw(k, plain(V.human))}
RECORDER_DB_URL=postgresql://hass:${cs(k, V.generated)}@db:5432/homeassistant
INFLUXDB_ADMIN_TOKEN=${tk(k, (g) => g.base64url(86) + '==')}
GRAFANA_ADMIN_PASSWORD=${pw(k, plain(V.human))}
NODE_RED_CREDENTIAL_SECRET=${tk(k, (g) => g.hex(32))}
# MQTT_PASSWORD=${ph(k)}
`,
  ),

  doc(
    'device-transmission-settings',
    ['config-syntax', 'precision'],
    'transmission/settings.json',
    (k) => `{
    "alt-speed-down": 50,
    "alt-speed-enabled": false,
    "download-dir": "/downloads/complete",
    "encryption": 1,
    "peer-port": 51413,
    "rpc-authentication-required": true,
    "rpc-bind-address": "0.0.0.0",
    "rpc-enabled": true,
    "rpc-password": "${k.n('{' + k.g.hex(40) + k.g.lower(8))}",
    "rpc-port": 9091,
    "rpc-username": "tata",
    "rpc-whitelist": "127.0.0.1,192.168.*.*",
    "rpc-whitelist-enabled": true,
    "script-torrent-done-enabled": false,
    "umask": 2
}
`,
  ),
];
