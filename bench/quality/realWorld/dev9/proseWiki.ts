// rw-dev9 prose: READMEs, onboarding pages, wiki pages, runbooks and handover notes: credentials in bullet lists,
// in parentheses, after colons/dashes/arrows/equals, in bold, in definition lists, next to instructions that only
// talk about passwords.
import type { RealWorldDoc } from '../types';
import { F, pdoc } from './proseValues';

export const PROSE_WIKI_DOCS: RealWorldDoc[] = [
  pdoc(
    'readme-local-dev',
    ['prose', 'precision'],
    'README.md',
    (x) => `# orders-service

## Running locally

1. \`docker compose up -d\`
2. Log in to the admin UI at http://localhost:8080 with **admin** / **${x.hum()}** (seeded by \`db/seed.sql\`)
3. The local Keycloak realm has a test user \`alice\` (password \`${x.let()}\`)

The Stripe test key is already in \`.env.example\`; for the real sandbox ask in #payments.

> Note: on first login you'll be asked to enter your password twice. That's the Keycloak required action, not a bug.

## Environment

| Variable | Example | Notes |
|---|---|---|
| \`DATABASE_URL\` | \`postgres://orders:${x.u('orders')}@localhost/orders\` | local only |
| \`JWT_SECRET\` | ${x.n('`<any long string>`')} | |
| \`MAPS_KEY\` | ${x.n('`AIza...`')} | browser key, public |

Current version: ${x.neg.version()}
`,
  ),
  pdoc(
    'onboarding-confluence-page',
    ['prose'],
    'wiki/Engineering/Onboarding/First-week.md',
    (x) => `# Your first week

Welcome! A few accounts are shared until your own access is ready:

* **Staging admin** — \`staging-admin\` (pw: ${x.hum()})
* **Figma team viewer** — design@acme.example, password ${x.let()}
* **Test credit card** — 4242 4242 4242 4242, any CVC (Stripe test card, not a secret)
* **Sentry** — SSO, nothing to do
* **Shared Apple ID for the test iPhones** — qa-devices@acme.example → ${x.hum()}

Ask your buddy for the VPN config. The "password reset link" in the welcome mail expires after 24h; if it did,
open a ticket (${x.neg.ticket()}).
`,
  ),
  pdoc(
    'runbook-rabbitmq-recovery',
    ['prose', 'precision'],
    'docs/runbooks/rabbitmq-recovery.md',
    (x) => `# Runbook: RabbitMQ cluster recovery

**Owner:** platform team — last tested ${x.n('2026-01-14')}

## Credentials

- management UI: \`ops\` — ${x.gen()}
- erlang cookie (must be identical on all nodes): ${x.s('token', x.g.upper(20))}
- shovel user to the DR site: shovel-dr / ${x.hum()}
- AMQP URL the apps use: amqp://app:${x.cs()}@rabbit.internal:5672/orders

## Steps

1. Stop all nodes: \`systemctl stop rabbitmq-server\`
2. On the node with the newest data: \`rabbitmqctl force_boot\`
3. Start the others, check \`rabbitmqctl cluster_status\`
4. If a node refuses with "invalid password", the user was recreated — run
   \`rabbitmqctl change_password ops <password>\` with the value above.

Known good package version: rabbitmq-server ${x.neg.version()}, erlang ${x.neg.version()}
`,
  ),
  pdoc(
    'wiki-shared-accounts-definition-list',
    ['prose'],
    'wiki/IT/Shared-accounts.md',
    (x) => `# Shared accounts (temporary — migrate to Bitwarden!)

Twitter / X
: user @acme_status
: password ${x.hum()}

LinkedIn company page
: marketing@acme.example
: ${x.pp(' ')}

Domain registrar
: account id ${x.n(x.g.digits(7))}
: password ${x.gen()}
: API key ${x.tok()}

YouTube
: uses Google SSO, no password here
`,
  ),
  pdoc(
    'handover-notes-ops',
    ['prose', 'precision'],
    'docs/handover/2026-03-ops-handover.md',
    (x) => `# Ops handover (Emre → Hanna), week 11

## Open issues
- ${x.neg.ticket()} — backup job to offsite fails every Sunday, looks like the remote SSH key was rotated
- ${x.neg.ticket()} — certificate warnings on the old intranet

## Passwords changed this week
- iDRAC on db-01/db-02: root → ${x.gen()}
- vCenter administrator@vsphere.local → ${x.hum()}
- pfSense: admin → ${x.hum()}   (the old one, ${x.n('********')}, is still in the 2019 doc, ignore)

## Tokens
- Backup offsite API token (Wasabi): key id ${x.n(x.g.upper(20))}, secret ${x.s('token', x.g.alnum(40))}
- Status page: ${x.tok()}

## Misc
- ESXi build ${x.neg.version()}, last patch commit ${x.neg.sha()}
`,
  ),
  pdoc(
    'readme-iot-device-setup',
    ['prose'],
    'firmware/README.md',
    (x) => `# Greenhouse sensor node

Flash with \`pio run -t upload\`, then connect to the setup hotspot **GH-Setup-${x.n(x.g.hex(4).toUpperCase())}**
(password ${x.let()}) and open http://192.168.4.1.

The MQTT broker for the greenhouse runs on the Pi:

- user \`sensor\`
- pass \`${x.hum()}\`

OTA updates are signed; the OTA password (ArduinoOTA.setPassword) is ${x.gen()}.
Firmware ${x.neg.version()}.
`,
  ),
  pdoc(
    'runbook-oncall-cheatsheet',
    ['prose', 'precision'],
    'docs/oncall/cheatsheet.md',
    (x) => `# On-call cheat sheet

| What | Where | Login |
|---|---|---|
| PagerDuty | app.pagerduty.com | SSO |
| Kibana | logs.internal | oncall / ${x.hum()} |
| Bastion | bastion.internal | your SSH key |
| Status page | manage.statuspage.io | ${x.n('SSO')} |
| DB break-glass | psql on db-primary | \`breakglass\` / \`${x.gen()}\` |

If Kibana says "Invalid username or password", the LDAP sync broke — use the local user above.

Escalation phone: ${x.neg.phone()}
Grafana API key for the alert bridge (rotate quarterly): ${x.tok()}
`,
  ),
  pdoc(
    'wiki-lab-equipment',
    ['prose'],
    'wiki/Lab/Equipment-logins.md',
    (x) => `# Lab equipment logins

- Oscilloscope (network share): guest, no password
- Spectrum analyzer remote UI → user "lab", pw ${x.let()}
- Label printer web config = ${x.u('admin')} / ${x.hum()}
- Cisco switch lab-sw-02: enable secret is "${x.hum()}", console line password ${x.let()}
- The "password" field on the power strip UI is ${x.n('admin')} by default (we never changed it — do it! ${x.neg.ticket()})
`,
  ),
  pdoc(
    'readme-bash-bootstrap-prose',
    ['prose', 'precision'],
    'ops/bootstrap/README.md',
    (x) => `## Bootstrap a new jump host

Run the script as root. It asks for two things:

1. the Ansible vault password — it's ${x.pp('-')}
2. the LUKS passphrase for the data volume: ${x.pp(' ')}

${F}
./bootstrap.sh --host jump-03 --inventory prod
${F}

The script prints a host key fingerprint like \`SHA256:${x.n(x.g.base64(43))}\`; paste it into the wiki page.
Do NOT enter your own password when it asks for "sudo password for ansible"; use the service one (${x.gen()}).
`,
  ),
  pdoc(
    'wiki-postmortem-leaked-key',
    ['prose', 'precision'],
    'wiki/Postmortems/2026-02-leaked-key.md',
    (x) => `# Postmortem: analytics API key leaked in public repo

**Date:** 2026-02-20 · **Severity:** SEV2 · **Ticket:** ${x.neg.ticket()}

## Summary
A developer pushed \`scripts/export.py\` containing our analytics vendor key (${x.tok()}) to a public fork.
The key was revoked 47 minutes later. The new key is stored in the vault under \`${x.n('kv/analytics/export')}\`.

## Timeline
- 13:02 commit ${x.neg.sha()} pushed
- 13:31 GitHub secret scanning alert ${x.n('#' + x.g.digits(3))}
- 13:49 key revoked; replacement issued (${x.n('ending …' + x.g.alnum(4))})

## What went well
The alert fired. Request ids of the abusive calls (${x.neg.reqId()}, ${x.neg.reqId()}) were easy to find.

## What went wrong
The same key was also in the team's Notion page ("API key: ${x.tok()}") — that one was a second, older key that
had never been revoked.
`,
  ),
  pdoc(
    'readme-homelab',
    ['prose'],
    'homelab/README.md',
    (x) => `# homelab

Stuff running on the NUC:

- Home Assistant → http://ha.local:8123 (me / ${x.hum()})
- Pi-hole admin pw = ${x.let()}
- Unifi controller: ubnt -> ${x.hum()}
- Jellyfin: no auth on LAN
- Wireguard peer key for the phone: ${x.s('token', x.g.base64(43) + '=')} (private!)
- Wireguard server public key ${x.n(x.g.base64(43) + '=')} (public, fine)
- Proxmox root: ${x.gen()}
- HA long-lived token for the wall tablet: ${x.jwt()}
- Proxmox API token id ${x.n('root@pam!tablet')}, secret ${x.s('token', x.g.uuid())}

todo: put all this in vaultwarden (issue ${x.neg.ticket()})
`,
  ),
  pdoc(
    'wiki-kiosk-setup',
    ['prose'],
    'wiki/Retail/Kiosk-setup.md',
    (x) => `# Store kiosk setup

1. Power on, wait for the "Enter password" prompt.
2. Type the kiosk unlock code **${x.pin(6)}**.
3. Connect to WiFi "Store-POS" with the key printed on the router — **not** the guest key.
   (If the sticker is missing: ${x.gen()})
4. Manager override password for refunds: ${x.hum()}. Changes every quarter; next rotation ${x.n('2026-07-01')}.
5. Check the app version in Settings → About (should be ${x.neg.version()}).
`,
  ),
];
