// docker-compose files of the home lab: the *arr stack, media servers, Immich, Paperless-ngx, Vaultwarden,
// Nextcloud, Gitea. Secrets in `environment:` next to image digests, PUID/PGID, ports and env references.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './selfhostValues';

export const SELFHOST_COMPOSE_DOCS: RealWorldDoc[] = [
  hDoc(
    'compose-arr-stack',
    ['config-syntax', 'precision'],
    'mediastack/docker-compose.yml',
    (k) => `services:
  gluetun:
    image: qmcgaw/gluetun@${k.n(H.digest(k.g))}
    cap_add: [NET_ADMIN]
    environment:
      - VPN_SERVICE_PROVIDER=mullvad
      - VPN_TYPE=wireguard
      - WIREGUARD_PRIVATE_KEY=${k.key(H.wgKey(k.g))}
      - WIREGUARD_ADDRESSES=10.64.${H.num(k.g, 1, 250)}.${H.num(k.g, 1, 250)}/32
      - SERVER_CITIES=Amsterdam
  qbittorrent:
    image: lscr.io/linuxserver/qbittorrent:latest
    network_mode: "service:gluetun"
    environment:
      - PUID=${k.n('1000')}
      - PGID=${k.n('1000')}
      - TZ=Europe/Berlin
      - WEBUI_PORT=8080
  sonarr:
    image: lscr.io/linuxserver/sonarr:4.0.${H.num(k.g, 1, 14)}
    environment: [PUID=1000, PGID=1000, TZ=Europe/Berlin]
    volumes: ["./sonarr:/config", "/mnt/data:/data"]
  unpackerr:
    image: golift/unpackerr
    environment:
      - UN_SONARR_0_URL=http://sonarr:8989
      - UN_SONARR_0_API_KEY=${k.s('token', H.arrKey(k.g))}
      - UN_RADARR_0_URL=http://radarr:7878
      - UN_RADARR_0_API_KEY=${k.s('token', H.arrKey(k.g))}
`,
  ),

  hDoc(
    'compose-immich',
    ['config-syntax', 'precision'],
    'immich/docker-compose.yml',
    (k) => `name: immich
services:
  immich-server:
    image: ghcr.io/immich-app/immich-server:\${IMMICH_VERSION:-release}
    env_file: [.env]
    ports: ['2283:2283']
  database:
    image: ghcr.io/immich-app/postgres:14-vectorchord0.4.3-pgvectors0.2.0@${k.n(H.digest(k.g))}
    environment:
      POSTGRES_PASSWORD: ${k.n('${DB_PASSWORD}')}
      POSTGRES_USER: \${DB_USERNAME}
      POSTGRES_DB: \${DB_DATABASE_NAME}
  redis:
    image: docker.io/valkey/valkey:8-bookworm@${k.n(H.digest(k.g))}
# .env (pasted below for the record, do not commit)
# DB_PASSWORD=${k.spw()}
# UPLOAD_LOCATION=/mnt/tank/photos
`,
  ),

  hDoc(
    'compose-vaultwarden',
    ['config-syntax', 'precision'],
    'vaultwarden/compose.yaml',
    (k) => `services:
  vaultwarden:
    image: vaultwarden/server:1.32.${H.num(k.g, 0, 7)}
    restart: unless-stopped
    environment:
      DOMAIN: "https://vault.${k.g.pick(['smithfamily', 'mueller-home', 'casa-lopez'])}.net"
      SIGNUPS_ALLOWED: "false"
      PUSH_INSTALLATION_ID: ${k.n(k.g.uuid())}
      YUBICO_SECRET_KEY: ${k.ph()}
      # old plain token, replaced by the argon2 one below after the warning in the log
      # ADMIN_TOKEN: "${k.s('token', H.randB64(k.g, 48))}"
      ADMIN_TOKEN: '${k.n(H.argon2(k.g))}'
      SMTP_HOST: smtp.gmail.com
      SMTP_FROM: vault@${k.g.pick(['smithfamily', 'mueller-home'])}.net
      SMTP_USERNAME: ${k.g.pick(['dad', 'admin', 'family'])}.server@gmail.com
      SMTP_PASSWORD: "${k.s('password', `${k.g.lower(4)} ${k.g.lower(4)} ${k.g.lower(4)} ${k.g.lower(4)}`)}"
    volumes:
      - ./vw-data/:/data/
`,
  ),

  hDoc(
    'compose-paperless',
    ['config-syntax', 'precision'],
    'paperless/docker-compose.env',
    (k) => `# Paperless-ngx, see docker-compose.env in the upstream repo
USERMAP_UID=${k.n('1000')}
USERMAP_GID=${k.n('100')}
PAPERLESS_URL=https://paperless.home.arpa
PAPERLESS_SECRET_KEY=${k.tok()}
PAPERLESS_TIME_ZONE=Europe/Amsterdam
PAPERLESS_OCR_LANGUAGE=nld+eng
PAPERLESS_ADMIN_USER=admin
PAPERLESS_ADMIN_PASSWORD=${k.hpw()}
PAPERLESS_DBPASS=${k.n('paperless')}
PAPERLESS_REDIS=redis://:${k.cs()}@broker:6379
PAPERLESS_EMAIL_TASK_CRON=*/10 * * * *
# consume from the scanner share
PAPERLESS_CONSUMER_POLLING=30
`,
  ),

  hDoc(
    'compose-nextcloud-aio',
    ['config-syntax', 'precision'],
    'nextcloud/docker-compose.yml',
    (k) => `version: '3.8'
services:
  db:
    image: mariadb:11.4
    command: --transaction-isolation=READ-COMMITTED --log-bin=binlog --binlog-format=ROW
    environment:
      - MYSQL_ROOT_PASSWORD=${k.spw()}
      - MYSQL_PASSWORD=${k.spw()}
      - MYSQL_DATABASE=nextcloud
      - MYSQL_USER=nextcloud
  app:
    image: nextcloud:29-apache
    ports: [8080:80]
    environment:
      - MYSQL_PASSWORD=${k.n('${MYSQL_PASSWORD}')}
      - NEXTCLOUD_ADMIN_USER=admin
      - NEXTCLOUD_ADMIN_PASSWORD=${k.ph()}
      - NEXTCLOUD_TRUSTED_DOMAINS=cloud.example.org ${H.ipv4(k.g)}
      - REDIS_HOST=redis
    volumes: [nextcloud:/var/www/html]
volumes:
  nextcloud:
# docker volume inspect says ${k.n(H.volumeId(k.g))}
`,
  ),

  hDoc(
    'compose-gitea-runner',
    ['config-syntax', 'precision'],
    'git/docker-compose.yml',
    (k) => `services:
  gitea:
    image: gitea/gitea:1.22.${H.num(k.g, 0, 6)}
    environment:
      - USER_UID=1000
      - USER_GID=1000
      - GITEA__database__DB_TYPE=postgres
      - GITEA__mailer__PASSWD=${k.ph()}
      - GITEA__oauth2__JWT_SECRET=${k.n('${GITEA_JWT_SECRET}')}
      - GITEA__database__HOST=db:5432
      - GITEA__database__PASSWD=${k.spw()}
      - GITEA__security__INTERNAL_TOKEN=${k.s('token', `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJuYmYiOj${k.g.base64url(12)}.${k.g.base64url(43)}`)}
      - GITEA__server__LFS_JWT_SECRET=${k.s('token', k.g.base64url(43))}
  runner:
    image: gitea/act_runner:0.2.${H.num(k.g, 6, 11)}
    environment:
      GITEA_INSTANCE_URL: https://git.lab.example
      GITEA_RUNNER_REGISTRATION_TOKEN: "${k.s('token', k.g.alnum(40))}"
      GITEA_RUNNER_NAME: pve-runner-01
    volumes: ["/var/run/docker.sock:/var/run/docker.sock"]
# last commit deployed: ${k.n(H.sha1(k.g))}
`,
  ),

  hDoc(
    'compose-jellyfin-jellyseerr',
    ['config-syntax', 'precision'],
    'media/compose.yml',
    (k) => `services:
  jellyfin:
    image: jellyfin/jellyfin:10.9.${H.num(k.g, 1, 11)}
    devices: ["/dev/dri/renderD128:/dev/dri/renderD128"]
    group_add: ["${k.n('105')}"]
  jellyseerr:
    image: fallenbagel/jellyseerr:latest
    environment:
      - LOG_LEVEL=debug
      - TZ=Europe/Paris
  jellyfin-exporter:
    image: rebelcore/jellyfin-exporter
    command:
      - --jellyfin.address=http://jellyfin:8096
      - --jellyfin.token=${k.s('token', H.arrKey(k.g))}
  homepage:
    image: ghcr.io/gethomepage/homepage@${k.n(H.digest(k.g))}
    environment:
      HOMEPAGE_VAR_JELLYFIN_KEY: ${k.n('{{HOMEPAGE_VAR_JELLYFIN_KEY}}')}
      HOMEPAGE_VAR_SONARR_KEY: ${k.s('token', H.arrKey(k.g))}
`,
  ),

  hDoc(
    'compose-authentik',
    ['config-syntax', 'precision'],
    'authentik/docker-compose.yml',
    (k) => `---
services:
  postgresql:
    image: docker.io/library/postgres:16-alpine
    environment:
      POSTGRES_PASSWORD: ${k.n('${PG_PASS:?database password required}')}
      POSTGRES_USER: \${PG_USER:-authentik}
  server:
    image: ghcr.io/goauthentik/server:2024.8.${H.num(k.g, 0, 4)}
    command: server
    environment:
      AUTHENTIK_REDIS__HOST: redis
      AUTHENTIK_EMAIL__PASSWORD: ${k.ph()}
      AUTHENTIK_POSTGRESQL__PASSWORD: ${k.n('${PG_PASS}')}
    env_file: [.env]
# ---- .env ----
# PG_PASS=${k.s('password', k.g.base64(36).replace(/[+/=]/g, 'x'))}
# AUTHENTIK_SECRET_KEY=${k.s('token', k.g.base64(60).replace(/[+/=]/g, 'z'))}
# AUTHENTIK_ERROR_REPORTING__ENABLED=true
`,
  ),

  hDoc(
    'compose-uptime-kuma-notify',
    ['config-syntax', 'precision'],
    'monitoring/docker-compose.yml',
    (k) => `services:
  uptime-kuma:
    image: louislam/uptime-kuma:1@${k.n(H.digest(k.g))}
    volumes: [./kuma:/app/data]
  gotify:
    image: gotify/server
    environment:
      GOTIFY_DEFAULTUSER_NAME: admin
      GOTIFY_DEFAULTUSER_PASS: ${k.hpw()}
  diun:
    image: crazymax/diun:latest
    environment:
      - DIUN_NOTIF_GOTIFY_ENDPOINT=http://gotify
      - DIUN_NOTIF_GOTIFY_TOKEN=${k.s('token', `A${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-', 14)}`)}
      - DIUN_NOTIF_DISCORD_WEBHOOKURL=${k.prov('Discord webhook', H.discordHook(k.g))}
      - DIUN_WATCH_SCHEDULE=0 */6 * * *
# image checked: ${k.n(H.digest(k.g))}
`,
  ),

  hDoc(
    'compose-homeassistant-stack',
    ['config-syntax', 'precision'],
    'smarthome/docker-compose.yml',
    (k) => `services:
  homeassistant:
    image: ghcr.io/home-assistant/home-assistant:stable
    network_mode: host
    privileged: true
  mosquitto:
    image: eclipse-mosquitto:2
    ports: ["1883:1883"]
  zigbee2mqtt:
    image: koenkk/zigbee2mqtt
    devices: [/dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus_${k.n(k.g.hex(32))}-if00-port0:/dev/ttyACM0]
    environment:
      - ZIGBEE2MQTT_CONFIG_MQTT_USER=z2m
      - ZIGBEE2MQTT_CONFIG_MQTT_PASSWORD=${k.spw()}
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_ORG_ID: ${k.n(k.g.hex(16))}
      DOCKER_INFLUXDB_INIT_USERNAME: ha
      DOCKER_INFLUXDB_INIT_PASSWORD: ${k.hpw()}
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: ${k.s('token', `${k.g.base64url(86)}==`)}
`,
  ),

  hDoc(
    'compose-ddns-cloudflare',
    ['config-syntax', 'precision'],
    'ddns/docker-compose.yml',
    (k) => `services:
  cloudflare-ddns:
    image: favonia/cloudflare-ddns:latest
    network_mode: host
    read_only: true
    user: "${k.n('1000:1000')}"
    environment:
      - CLOUDFLARE_API_TOKEN=${k.prov('Cloudflare', H.cfToken(k.g))}
      - DOMAINS=home.example.net,vpn.example.net
      - PROXIED=false
      - CF_ACCOUNT_ID=${k.n(k.g.hex(32))}
  duckdns:
    image: lscr.io/linuxserver/duckdns:latest
    environment:
      - SUBDOMAINS=mylab${k.g.digits(2)}
      - TOKEN=${k.prov('DuckDNS', H.duckdns(k.g))}
      - LOG_FILE=false
  cloudflared:
    image: cloudflare/cloudflared:2024.9.1
    command: tunnel --no-autoupdate run --token ${k.prov('Cloudflare Tunnel', H.cfTunnel(k.g))}
`,
  ),

  hDoc(
    'compose-minecraft',
    ['config-syntax', 'precision'],
    'games/minecraft/docker-compose.yml',
    (k) => `services:
  mc:
    image: itzg/minecraft-server:java21
    tty: true
    ports: ["25565:25565"]
    environment:
      EULA: "TRUE"
      TYPE: PAPER
      MEMORY: 6G
      OPS: ${k.g.pick(['Notch', 'jeb_', 'Dinnerbone'])}
      ENABLE_RCON: "true"
      RCON_PASSWORD: "${k.hpw()}"
      WHITELIST: ${k.n(k.g.uuid())}
      CF_API_KEY: ${k.u(`$2a$10$${k.g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`)}
  backups:
    image: itzg/mc-backup
    environment:
      RCON_PASSWORD: ${k.n('${RCON_PASSWORD}')}
      BACKUP_INTERVAL: "6h"
`,
  ),
];
