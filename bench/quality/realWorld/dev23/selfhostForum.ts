// Forum questions and GitHub issues pasted as Markdown: r/selfhosted and r/homelab posts, issues on self-hosted
// apps ("here is my compose file, I redacted most of it"), maintainers' answers. One value is always missed.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './selfhostValues';

export const SELFHOST_FORUM_DOCS: RealWorldDoc[] = [
  hDoc(
    'reddit-sonarr-cant-connect',
    ['prose', 'config-syntax', 'precision'],
    'posts/reddit-selfhosted-sonarr-qbit.md',
    (k) => `**Sonarr can't connect to qBittorrent behind gluetun, please help**

Been at this for 3 hours (image digest ${k.n(H.digest(k.g))}). Sonarr says "Unable to connect to qBittorrent". Here's my compose (redacted the important stuff):

\`\`\`yaml
  qbittorrent:
    environment:
      - WEBUI_PORT=8080
  sonarr:
    environment:
      - PUID=1000
      - PGID=1000
\`\`\`

Download client settings: host \`gluetun\`, port 8080, username \`admin\`, password \`${k.hpw()}\`.
API key in Sonarr is ${k.n('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')} obviously. Container id of qbit is ${k.n(H.containerId(k.g))}.

**Edit:** solved, I had to add the gluetun subnet to the qbit whitelist.
`,
  ),

  hDoc(
    'github-issue-immich-db',
    ['prose', 'logs-and-output', 'precision'],
    'issues/immich-12345.md',
    (k) => `### The bug

After upgrading to v1.${H.num(k.g, 100, 140)}.0 the server container restarts in a loop.

### Your .env content

\`\`\`
UPLOAD_LOCATION=/mnt/user/photos
DB_PASSWORD=${k.spw()}
DB_USERNAME=postgres
DB_DATABASE_NAME=immich
\`\`\`

### Logs

\`\`\`
[Nest] 7  - 03/02/2026, 9:14:02 PM   ERROR [TypeOrmModule] Unable to connect to the database. Retrying (3)...
error: password authentication failed for user "postgres"
[Nest] 7  - request ${k.n(k.g.uuid())}
\`\`\`

> **bo0tzz** commented: Please don't post your DB password, even on a LAN. Did you change it after the first start? Postgres only reads it on init.
`,
  ),

  hDoc(
    'github-issue-vaultwarden-admin',
    ['prose', 'config-syntax', 'precision'],
    'issues/vaultwarden-admin-token.md',
    (k) => `**Subject:** admin page says "You are using a plain text ADMIN_TOKEN which is insecure"

I followed the wiki and generated a token with \`openssl rand -base64 48\`, so my config is:

    ADMIN_TOKEN=${k.s('token', H.randB64(k.g, 48))}

Then I ran \`vaultwarden hash\` and got \`${k.n(H.argon2(k.g))}\` but when I put that in, the admin page
doesn't accept my password any more. What do I type in the login field now?

---
**Reply (maintainer):** You type the password you entered when running \`vaultwarden hash\`, not the hash.
In docker compose, remember to escape every \`$\` as \`$$\`.
`,
  ),

  hDoc(
    'reddit-homelab-network-diagram',
    ['prose', 'precision'],
    'posts/reddit-homelab-my-setup.md',
    (k) => `## My homelab after 2 years (pics + diagram)

- **pve1**: i5-12500, 64 GB, runs 14 LXCs (MAC ${k.n(H.mac(k.g))})
- **pve2**: old Optiplex, backup node
- **NAS**: TrueNAS Scale, 4x8TB RAIDZ1
- **Network**: OPNsense on a N100 box, 3 VLANs, UniFi APs

Services: Jellyfin, *arr, Immich, Paperless, Home Assistant, Vaultwarden, Authentik.

People asked about the dashboard: it's Homepage. My services.yaml widget for Proxmox has
\`username: api@pam!homepage\` and \`password: ${k.prov('Proxmox', H.proxmoxSecret(k.g))}\` (that's a token, read-only, so whatever).
Power draw is about 95 W. Proxmox subscription key: ${k.n('none lol')}, cluster fingerprint ${k.n(H.sha1(k.g))}. Cost: don't ask.
`,
  ),

  hDoc(
    'github-issue-authelia-ldap',
    ['prose', 'config-syntax', 'precision'],
    'issues/authelia-ldap-bind.md',
    (k) => `## LDAP bind fails with "Invalid Credentials"

### Configuration (redacted)

\`\`\`yaml
authentication_backend:
  ldap:
    address: 'ldaps://dc1.home.lan'
    user: 'CN=svc-authelia,OU=Service,DC=home,DC=lan'
    password: '${k.ph()}'
session:
  secret: '${k.ph()}'
storage:
  encryption_key: '${k.s('token', k.g.alnum(48))}'
\`\`\`

Session secret is set via ${k.n('AUTHELIA_SESSION_SECRET_FILE')}. I tested with \`ldapsearch -x -H ldaps://dc1.home.lan -D "CN=svc-authelia,OU=Service,DC=home,DC=lan" -w '${k.pw()}' -b "DC=home,DC=lan"\` and that works.

Authelia version 4.38.${H.num(k.g, 0, 17)}, commit ${k.n(H.sha1(k.g))}.
`,
  ),

  hDoc(
    'forum-nextcloud-config-php',
    ['prose', 'config-syntax', 'precision'],
    'posts/help.nextcloud.com-trusted-domain.md',
    (k) => `Hi all, I get "Access through untrusted domain" after moving behind NPM. My config.php:

\`\`\`php
<?php
$CONFIG = array (
  'instanceid' => '${k.n(`oc${k.g.lower(10)}`)}',
  'passwordsalt' => '${k.u(k.g.base64(30).replace(/[+/=]/g, 'p'))}',
  'secret' => '${k.s('token', k.g.base64(48).replace(/[=]/g, 'S'))}',
  'trusted_domains' => array (0 => 'localhost', 1 => 'cloud.example.org'),
  'datadirectory' => '/var/www/html/data',
  'dbtype' => 'mysql',
  'redis' => array ('host' => 'redis', 'password' => ${k.n("getenv('REDIS_HOST_PASSWORD')")}),
  'version' => '29.0.${H.num(k.g, 0, 9)}.1',
  'dbuser' => 'oc_admin',
  'dbpassword' => '${k.spw()}',
  'overwriteprotocol' => 'https',
  'maintenance' => false,
);
\`\`\`
`,
  ),

  hDoc(
    'reddit-pihole-locked-out',
    ['prose', 'command-line', 'precision'],
    'posts/reddit-pihole-password.md',
    (k) => `Locked myself out of Pi-hole after the v6 upgrade lol. For anyone else: \`sudo pihole setpassword\` (it's no longer \`pihole -a -p\`).

I set mine with \`sudo pihole setpassword '${k.hpw()}'\` and it worked instantly. The API now uses app passwords,
you get a \`sid\` cookie back like ${k.n('sid=<session id>')}.

PS: to whoever asked, my upstream is unbound on 127.0.0.1#5335, blocklist hash ${k.n(H.md5(k.g))}.
`,
  ),

  hDoc(
    'github-issue-discord-bot',
    ['prose', 'code', 'precision'],
    'issues/discord-bot-not-responding.md',
    (k) => `**Bot doesn't respond to slash commands**

discord.py 2.4, Python 3.12. Bot is online but \`/play\` shows "The application did not respond".

\`\`\`python
import discord
from discord.ext import commands

intents = discord.Intents.default()
intents.message_content = True
# token = os.getenv("TOKEN")  # ${k.n('<- tried this too')}
bot = commands.Bot(command_prefix="!", intents=intents)

@bot.event
async def on_ready():
    await bot.tree.sync(guild=discord.Object(id=${k.n(`1${k.g.digits(18)}`)}))

bot.run("${k.prov('Discord', H.discordBot(k.g))}")
\`\`\`

> Reply: you just leaked your token, go to the developer portal and reset it NOW.
`,
  ),

  hDoc(
    'forum-proxmox-api-curl',
    ['prose', 'http-auth', 'precision'],
    'posts/forum.proxmox.com-api-401.md',
    (k) => `API returns 401 with token, works with ticket

\`\`\`
curl -k -H 'Authorization: PVEAPIToken=root@pam!monitoring=${k.prov('Proxmox', H.proxmoxSecret(k.g))}' https://192.168.1.2:8006/api2/json/nodes
{"data":null}
\`\`\`

With a ticket it works:
\`\`\`
curl -k -d 'username=root@pam' --data-urlencode 'password=${k.hpw()}' https://192.168.1.2:8006/api2/json/access/ticket
\`\`\`
Ticket came back as ${k.n('PVE:root@pam:<ticket>')}. Token id is \`root@pam!monitoring\`, privilege separation on. Node fingerprint ${k.n(Array.from({ length: 32 }, () => k.g.hex(2).toUpperCase()).join(':'))}.
`,
  ),

  hDoc(
    'github-discussion-paperless-mail',
    ['prose', 'precision'],
    'issues/paperless-mail-rule.md',
    (k) => `Mail rule never fetches anything. Mail account settings:

| Field | Value |
|---|---|
| IMAP server | imap.gmx.net |
| Port | 993 |
| Security | SSL |
| Username | ${k.n('scanner@example.net')} |
| Password | ${k.pw()} |
| Character set | UTF-8 |
| OAuth | ${k.n('(none)')} |

Task log says \`Error while authenticating account Scanner: b'[AUTHENTICATIONFAILED] Authentication failed.'\`.
Task id ${k.n(k.g.uuid())}.
`,
  ),

  hDoc(
    'reddit-wireguard-handshake',
    ['prose', 'config-syntax', 'precision'],
    'posts/reddit-wireguard-no-handshake.md',
    (k) => `WireGuard: no handshake from phone on 4G, works on wifi. Configs (keys changed ofc):

Server:
\`\`\`
[Interface]
PrivateKey = ${k.n('<server private key>')}
ListenPort = 51820
[Peer]
PublicKey = ${k.n(H.wgKey(k.g))}
AllowedIPs = 10.6.0.2/32
\`\`\`

Phone:
\`\`\`
[Interface]
PrivateKey = ${k.key(H.wgKey(k.g))}
Address = 10.6.0.2/24
[Peer]
PublicKey = ${k.n(H.wgKey(k.g))}
Endpoint = ${k.n('my.ddns.example:51820')}
\`\`\`
`,
  ),

  hDoc(
    'github-issue-uptime-kuma-notif',
    ['prose', 'precision'],
    'issues/uptime-kuma-telegram.md',
    (k) => `Telegram notification test fails with 404

Bot token: ${k.prov('Telegram', H.telegramBot(k.g))}
Chat ID: ${k.n(k.g.digits(10))}

Bot id ${k.n(k.g.digits(10))} (public). Test message gives \`Error: Error: Request failed with status code 404\`. The bot is in the group. Version 1.23.${H.num(k.g, 10, 16)}.

> **louislam**: 404 means the token is wrong (did you copy the "bot" prefix?). Also please revoke it via @BotFather, it's public now.
`,
  ),
];
