// .env files, systemd units with Environment=, cron scripts and small shell scripts of the home lab: backups,
// DDNS updaters, notification hooks. Secrets beside cron expressions, paths, UUIDs of disks and env references.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './selfhostValues';

export const SELFHOST_ENV_DOCS: RealWorldDoc[] = [
  hDoc(
    'env-arr-recyclarr',
    ['config-syntax', 'precision'],
    'recyclarr/.env',
    (k) => `# recyclarr + notifiarr
TZ=Europe/London
PUID=${k.n('1000')}
PGID=${k.n('1000')}
SONARR_URL=http://192.168.1.20:8989
SONARR_API_KEY=${k.s('token', H.arrKey(k.g))}
RADARR_URL=http://192.168.1.20:7878
RADARR_API_KEY=${k.s('token', H.arrKey(k.g))}
PROWLARR_API_KEY=${k.ph()}
LIDARR_API_KEY=${k.n('${LIDARR_KEY}')}
DN_API_KEY=${k.s('token', k.g.uuid())}
`,
  ),

  hDoc(
    'systemd-restic-backup',
    ['config-syntax', 'command-line', 'precision'],
    'etc/systemd/system/restic-backup.service',
    (k) => `[Unit]
Description=Restic backup of /srv to Backblaze B2
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
Environment=RESTIC_REPOSITORY=b2:homelab-backup-${k.g.lower(5)}:/srv
Environment=B2_ACCOUNT_ID=${k.u(H.b2KeyId(k.g))}
Environment=B2_ACCOUNT_KEY=${k.prov('Backblaze B2', H.b2Key(k.g))}
Environment="RESTIC_PASSWORD=${k.pw()}"
Environment=RESTIC_CACHE_DIR=/var/cache/restic
# bucket id ${k.n(k.g.hex(24))}
ExecStart=/usr/bin/restic backup /srv --exclude-caches --tag nightly
ExecStartPost=/usr/bin/restic forget --keep-daily 7 --keep-weekly 4 --prune
# disk: /dev/disk/by-uuid/${k.n(k.g.uuid())}
`,
  ),

  hDoc(
    'systemd-borg-timer-script',
    ['command-line', 'precision'],
    'usr/local/bin/borg-nightly.sh',
    (k) => `#!/bin/bash
# run by borg-nightly.timer at 03:15
set -euo pipefail
export BORG_REPO='ssh://u${k.g.digits(6)}@u${k.g.digits(6)}.your-storagebox.de:23/./borg'
export BORG_PASSPHRASE='${k.phrase()}'
export BORG_RSH='ssh -i /root/.ssh/storagebox_ed25519'

borg create --stats --compression zstd,6 ::'{hostname}-{now}' /etc /srv/appdata /home
borg prune --keep-daily 7 --keep-weekly 4 --keep-monthly 6
borg compact
# key export: borg key export :: ${k.n('/root/borg-key.txt')}, passphrase also in ${k.n('op://Homelab/borg/password')}
# repo id: ${k.n(H.volumeId(k.g))}
`,
  ),

  hDoc(
    'cron-duckdns',
    ['command-line', 'precision'],
    'home/pi/duckdns/duck.sh',
    (k) => `# crontab -e:  */5 * * * * ~/duckdns/duck.sh >/dev/null 2>&1
echo url="https://www.duckdns.org/update?domains=${k.g.lower(8)}&token=${k.prov('DuckDNS', H.duckdns(k.g))}&ip=" | curl -k -o ~/duckdns/duck.log -K -
# old line (token rotated): ...token=${k.n('xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx')}
# duck.log shows OK / KO, last ip ${k.n(H.ipv4(k.g, '84'))}
`,
  ),

  hDoc(
    'systemd-cloudflared',
    ['config-syntax', 'precision'],
    'etc/systemd/system/cloudflared.service',
    (k) => `[Unit]
Description=cloudflared
After=network-online.target
Wants=network-online.target

[Service]
TimeoutStartSec=0
Type=notify
ExecStart=/usr/bin/cloudflared --no-autoupdate tunnel run --token ${k.prov('Cloudflare Tunnel', H.cfTunnel(k.g))}
Restart=on-failure
RestartSec=5s
Environment=TUNNEL_ORIGIN_CERT=${k.n('/etc/cloudflared/cert.pem')}

[Install]
WantedBy=multi-user.target
# tunnel id ${k.n(k.g.uuid())}
`,
  ),

  hDoc(
    'systemd-discord-bot',
    ['config-syntax', 'precision'],
    'etc/systemd/system/mybot.service',
    (k) => `[Unit]
Description=Discord music bot for the friends server
After=network.target

[Service]
User=bot
WorkingDirectory=/opt/mybot
Environment=DISCORD_TOKEN=${k.prov('Discord', H.discordBot(k.g))}
Environment=GUILD_ID=${k.n(`1${k.g.digits(18)}`)}
Environment=YOUTUBE_COOKIE_FILE=/opt/mybot/cookies.txt
EnvironmentFile=-/etc/default/mybot
Environment=APPLICATION_ID=${k.n(`1${k.g.digits(18)}`)}
Environment=PUBLIC_KEY=${k.n(k.g.hex(64))}
ExecStart=/opt/mybot/venv/bin/python bot.py
Restart=always

[Install]
WantedBy=multi-user.target
`,
  ),

  hDoc(
    'env-authelia-secrets',
    ['config-syntax', 'precision'],
    'authelia/.env',
    (k) => `AUTHELIA_IDENTITY_VALIDATION_RESET_PASSWORD_JWT_SECRET=${k.s('token', k.g.alnum(64))}
AUTHELIA_SESSION_SECRET=${k.s('token', k.g.alnum(64))}
AUTHELIA_STORAGE_ENCRYPTION_KEY=${k.s('token', k.g.alnum(64))}
AUTHELIA_STORAGE_POSTGRES_PASSWORD_FILE=${k.n('/run/secrets/pg_password')}
AUTHELIA_NOTIFIER_SMTP_PASSWORD=${k.spw()}
AUTHELIA_AUTHENTICATION_BACKEND_LDAP_PASSWORD_FILE=${k.n('/run/secrets/ldap_password')}
AUTHELIA_DUO_API_SECRET_KEY=${k.ph()}
# generated with: docker run authelia/authelia:latest authelia crypto rand --length 64 --charset alphanumeric
`,
  ),

  hDoc(
    'script-rclone-sync',
    ['command-line', 'precision'],
    'scripts/offsite-sync.sh',
    (k) => `#!/bin/sh
# nightly offsite copy of the photo library, run from TrueNAS cron as root
RCLONE_CONFIG_PASS='${k.pw()}'
export RCLONE_CONFIG_PASS
# the crypt remote's own password is in rclone.conf (obscured): ${k.n('see rclone.conf')}
rclone sync /mnt/tank/photos crypt-b2:photos \\
  --transfers 8 --fast-list --log-file /var/log/rclone.log \\
  --exclude '@eaDir/**' --exclude '.DS_Store'
# checksum of last manifest: ${k.n(H.md5(k.g))}
curl -fsS -m 10 --retry 3 https://hc-ping.com/${k.u(k.g.uuid())} >/dev/null
`,
  ),

  hDoc(
    'env-immich',
    ['config-syntax', 'precision'],
    'immich/.env',
    (k) => `# You can find documentation for all the supported env variables at https://immich.app/docs/install/environment-variables
UPLOAD_LOCATION=./library
DB_DATA_LOCATION=./postgres
IMMICH_VERSION=v1.${H.num(k.g, 100, 140)}.0
# Connection secret for postgres. You should change it to a random password
DB_PASSWORD=${k.s('password', H.safePw(k.g))}
DB_USERNAME=postgres
DB_DATABASE_NAME=immich
REDIS_PASSWORD=${k.n('${REDIS_PASSWORD}')}
# DB_URL=postgresql://postgres:${k.cs()}@database:5432/immich (tried this first, not needed)
# old one was ${k.n('postgres')} (default from the example .env)
`,
  ),

  hDoc(
    'script-pihole-update',
    ['command-line', 'precision'],
    'home/pi/bin/reset-pihole.sh',
    (k) => `#!/usr/bin/env bash
# resets pihole after the SD card clone; run with sudo
pihole -up
pihole -a -p '${k.hpw()}'
pihole -g
# API app password is generated in Settings > Web interface (${k.n('<app password>')})
# upstreams
sed -i 's/^PIHOLE_DNS_1=.*/PIHOLE_DNS_1=127.0.0.1#5335/' /etc/pihole/setupVars.conf
# WEBPASSWORD in setupVars is the double sha256: ${k.n(k.g.hex(64))}
`,
  ),

  hDoc(
    'env-homepage-widgets',
    ['config-syntax', 'precision'],
    'homepage/.env',
    (k) => `HOMEPAGE_VAR_PROXMOX_USER=api@pam!homepage
HOMEPAGE_VAR_PROXMOX_TOKEN=${k.prov('Proxmox', H.proxmoxSecret(k.g))}
HOMEPAGE_VAR_PORTAINER_KEY=${k.prov('Portainer', `ptr_${k.g.base64(43).replace(/[+/]/g, 'P')}=`)}
HOMEPAGE_VAR_PLEX_TOKEN=${k.prov('Plex', H.plexToken(k.g))}
HOMEPAGE_VAR_PIHOLE_KEY=${k.s('token', k.g.hex(64))}
HOMEPAGE_VAR_UNIFI_PASS=${k.ph()}
HOMEPAGE_VAR_IMMICH_KEY=${k.n('{{HOMEPAGE_FILE_IMMICH_KEY}}')}
HOMEPAGE_VAR_NPM_PASSWORD=${k.spw()}
`,
  ),

  hDoc(
    'cron-certbot-porkbun',
    ['config-syntax', 'command-line', 'precision'],
    'etc/letsencrypt/porkbun.ini',
    (k) => `# certbot-dns-porkbun credentials, chmod 600
# certbot certonly --authenticator dns-porkbun --dns-porkbun-credentials /etc/letsencrypt/porkbun.ini -d '*.lab.example.dev'
dns_porkbun_key=${k.u(H.porkbunKey(k.g))}
dns_porkbun_secret=${k.prov('Porkbun', H.porkbunSecret(k.g))}
# renew hook: systemctl reload nginx
# account thumbprint ${k.n(k.g.base64url(43))}
# cert serial ${k.n(k.g.hex(36).toUpperCase())}
`,
  ),
];
