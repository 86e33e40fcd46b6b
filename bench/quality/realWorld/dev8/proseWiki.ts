// rw-dev8 prose: wiki pages (Confluence storage/export, MediaWiki markup), README "default credentials" sections and
// spreadsheets exported to CSV or Markdown tables.
import type { RealWorldDoc } from '../types';
import { F, pd } from './proseValues';

export const PROSE_WIKI_DOCS: RealWorldDoc[] = [
  pd(
    'confluence-lab-accounts',
    ['prose'],
    'wiki/confluence/lab-accounts.txt',
    (k) => `Lab Accounts
Created by Stefan Wolf, last modified on ${k.date()}

Info: This page is restricted to the QA group.

Account | Password | Notes
qa_admin | ${k.hpw()} | full admin in the test tenant
qa_viewer | ${k.lw()} | read-only
perf_bot | ${k.gen()} | used by k6 scripts
legacy_sso | ${k.n('(SSO, no password)')} | 

Last rotated: ${k.date()}. Ticket: ${k.tkt('QA')}
`,
  ),

  pd(
    'mediawiki-server-page',
    ['prose'],
    'wiki/mediawiki/Server_fileserver02.wiki',
    (k) => `== fileserver02 ==
{{Infobox server
| ip = ${k.ip()}
| os = Debian 12
| owner = [[User:Kmueller|Klaus]]
}}

=== Access ===
* SSH as <code>admin</code> with key (see [[SSH keys]])
* Local console password (rescue only): <code>${k.hpw()}</code>
* Samba share "scans" password: '''${k.lw()}'''

=== History ===
* ${k.date()}: disks replaced
`,
  ),

  pd(
    'readme-default-credentials',
    ['prose'],
    'README.md',
    (k) => `# Inventory Manager

## Quick start

${F}bash
docker compose up -d
${F}

Then open http://localhost:8080.

## Default credentials

| Role | User | Password |
|---|---|---|
| Admin | admin | ${k.u('admin')} |
| Demo | demo | ${k.hpw()} |

**Change these immediately** in production. The demo password above is also used by our public demo instance until ${k.date()}.
`,
  ),

  pd(
    'readme-negatives-only',
    ['prose', 'precision'],
    'docs/README-config.md',
    (k) => `## Configuration

| Variable | Default | Description |
|---|---|---|
| \`ADMIN_PASSWORD\` | *(none)* | Password for the first admin. Required. |
| \`SESSION_SECRET\` | ${k.n('generated at start')} | Secret used to sign cookies |
| \`SMTP_PASS\` | ${k.ph()} | SMTP password |

Passwords shorter than 12 characters are rejected. Example: \`ADMIN_PASSWORD=${k.ph()}\`.
The checksum of the release is ${k.sha256()}.
`,
  ),

  pd(
    'csv-export-accounts',
    ['prose', 'credential-file'],
    'exports/accounts-export.csv',
    (k) => `system,username,password,owner,last_changed
router-hq,admin,${k.hpw()},network,${k.date()}
nas-backup,backup,${k.gen()},infra,${k.date()}
cctv-nvr,viewer,${k.lw()},facilities,${k.date()}
printer-2f,${k.n('(no login)')},,facilities,${k.date()}
door-system,operator,${k.pin(6)},security,${k.date()}
`,
  ),

  pd(
    'markdown-table-wifi-sites',
    ['prose'],
    'docs/sites/wifi.md',
    (k) => `# Wi-Fi by site

| Site | SSID | Key | Updated |
|------|------|-----|---------|
| Berlin | ACME-Staff | ${k.hpw()} | ${k.date()} |
| Madrid | ACME-Staff | ${k.hpw()} | ${k.date()} |
| Warsaw | ACME-Guest | ${k.phrase('-')} | ${k.date()} |
| Remote | — | ${k.n('n/a')} | — |
`,
  ),

  pd(
    'confluence-runbook-rabbit',
    ['prose'],
    'wiki/confluence/runbook-rabbitmq.txt',
    (k) => `Runbook: RabbitMQ cluster

1. Log in to the management UI (port 15672). User: ops, password: ${k.gen()}.
2. Check the queues page. If "orders.dlq" has more than ${k.num(3)} messages, page the on-call.
3. Erlang cookie (needed to join nodes): ${k.s('token', k.g.upper(20))}
4. Never restart all nodes at once.

Page history: v${k.num(2)} by Anja.
`,
  ),

  pd(
    'wiki-shared-accounts-prose',
    ['prose'],
    'wiki/team/shared-accounts.md',
    (k) => `# Shared accounts

The marketing Twitter account is run by Jess; the password is ${k.hpw()} and 2FA goes to the team phone.
For the LinkedIn page we use personal accounts, no shared password.
The newsletter tool (Mailchimp) login is marketing@example.com and the password is "${k.phrase(' ')}" — a sentence, because the tool allows 100 chars.
API key for the newsletter integration: ${k.tok(k.g.hex(32) + '-us' + k.g.digits(2))}
`,
  ),

  pd(
    'wiki-policy-negatives',
    ['prose', 'precision'],
    'wiki/security/password-policy.md',
    (k) => `# Password policy

1. Minimum 14 characters, or a passphrase of at least 4 words.
2. Do not write passwords in tickets, chat or wiki pages. Use ${k.n('Bitwarden')} and share via collections.
3. If you must tell someone a password, call them.
4. Service account passwords are rotated every 90 days by the ${k.n('rotate-secrets')} job.
5. Examples of what NOT to use: ${k.n('qwerty123')}, ${k.n('Welcome1')}, your pet's name.

Contact: security@example.com · Last review ${k.date()}
`,
  ),

  pd(
    'readme-vm-image',
    ['prose'],
    'vm/README.txt',
    (k) => `Dev VM image ${k.ver()}
=================

Log in as "vagrant" (password ${k.u('vagrant')}) or as "dev" with password ${k.hpw()}.
The MySQL root password inside the VM is ${k.lw()}.
The Jupyter token is ${k.hexTok(48)} (printed again by \`jupyter server list\`).
SHA-256 of the box: ${k.sha256()}
`,
  ),

  pd(
    'csv-semicolon-export',
    ['prose', 'credential-file'],
    'exports/kennwoerter.csv',
    (k) => `Dienst;Benutzer;Kennwort;Bemerkung
Firewall;admin;${k.gen()};nur intern
Telefonanlage;pbx;${k.pin(6)};PIN gilt als Passwort
Zeiterfassung;hr-admin;${k.hpw()};
Scanner;${k.n('-')};${k.n('-')};kein Login
`,
  ),

  pd(
    'markdown-table-service-tokens',
    ['prose'],
    'docs/integrations.md',
    (k) => `## Integration tokens (staging)

| Service | Token | Owner |
|---|---|---|
| Status page | ${k.tok(k.g.hex(32))} | SRE |
| Feature flags | ${k.tok(k.g.uuid())} | Web |
| Translation | ${k.tok(k.g.alnum(40))} | Content |
| Error tracker DSN (public) | ${k.n('https://' + k.g.hex(32) + '@o' + k.g.digits(6) + '.ingest.example.io/' + k.g.digits(7))} | Web |
`,
  ),

  pd(
    'confluence-meeting-room-av',
    ['prose'],
    'wiki/confluence/meeting-rooms.txt',
    (k) => `Meeting rooms — AV

Room "Everest": the touch panel admin password is ${k.pin(4)}, the projector web UI is admin / ${k.lw()}.
Room "K2": the panel is locked by the vendor, call the helpdesk (${k.tkt('FAC')}).
Zoom Rooms account: rooms@example.com — password in the IT vault, do not ask reception.
`,
  ),

  pd(
    'mediawiki-talk-page',
    ['prose'],
    'wiki/mediawiki/Talk_Build_server.wiki',
    (k) => `== Jenkins admin ==
Who changed the Jenkins admin password? It used to be ${k.n('"the usual"')}. ~~~~

:I did, sorry. It's ${k.gen()} now. --[[User:Rpatel|Raj]] ${k.date()}

::Thanks. Please add it to the vault next time instead of here. --[[User:Lbecker|Lena]]

:::Done. Removed from here soon. --[[User:Rpatel|Raj]]
`,
  ),

  pd(
    'readme-iot-device',
    ['prose'],
    'firmware/README.md',
    (k) => `# Sensor gateway firmware

After flashing, the gateway opens a hotspot \`GW-${k.n(k.g.upper(4))}\`. Connect with password \`${k.hpw()}\` and open 192.168.4.1.

The web UI password is printed on the label. Factory reset: hold the button 10 s.

For OTA updates the device checks the signature (public key fingerprint ${k.sha256()}).
The MQTT broker credentials we use in the lab: user \`lab\`, password \`${k.gen()}\`.
`,
  ),

  pd(
    'notion-export-team-page',
    ['prose'],
    'exports/notion/Team-Home.md',
    (k) => `# Team Home

## Tools
- Figma — SSO
- Staging admin — \`admin@staging\` / \`${k.hpw()}\`
- Test credit card: 4242 4242 4242 4242 (${k.n('Stripe test card')}), any CVC
- Payment sandbox secret key: ${k.tok(k.g.alnum(32))}

## Rituals
- Standup ${k.time()}
`,
  ),

  pd(
    'csv-user-import',
    ['prose', 'credential-file'],
    'imports/users-batch.csv',
    (k) => `"first_name","last_name","email","initial_password"
"Ana","Silva","ana.silva@example.com","${k.hpw()}"
"Piotr","Nowak","piotr.nowak@example.com","${k.hpw()}"
"Mehmet","Yilmaz","mehmet.yilmaz@example.com","${k.gen()}"
"Yuki","Sato","yuki.sato@example.com","${k.lw()}"
`,
  ),

  pd(
    'readme-hash-not-password',
    ['prose', 'precision'],
    'docs/auth.md',
    (k) => `# Auth

Users are stored in \`users.json\`:

${F}json
{ "name": "admin", "hash": "${k.bcrypt()}" }
${F}

To create a hash: \`htpasswd -bnBC 12 "" ${k.ph()} | tr -d ':'\`.
Token signing key id: ${k.reqId()} (public, used in the JWKS).
`,
  ),
];
