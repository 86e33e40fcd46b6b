// rw-dev7 prose: wiki pages in their markup (Markdown, Confluence storage format, MediaWiki, AsciiDoc,
// reStructuredText, Org-mode) and Jupyter markdown cells.
import type { RealWorldDoc } from '../types';
import { F, pdoc } from './proseKit';

export const PROSE_WIKI_DOCS: RealWorldDoc[] = [
  pdoc(
    'md-onboarding-dev-env',
    ['prose', 'precision'],
    'docs/onboarding/dev-environment.md',
    (k) => `# Dev environment

Welcome! Follow these steps on day one.

1. Install Docker Desktop ${k.ver()} or later.
2. Clone the monorepo and run \`make bootstrap\`.
3. Log in to the local Keycloak at http://localhost:8080 with **admin** / **${k.hpw()}**.
4. The seeded test user is \`qa.tester@example.com\`, password \`${k.gen()}\`.

> Note: passwords for anything beyond local are in 1Password, vault **${k.n('Engineering - Shared')}**.

The local Postgres superuser password is ${k.lw()} (yes, just that).

| Service | Port | Login |
|---|---|---|
| MinIO | ${k.n('9001')} | minio / ${k.gen()} |
| Grafana | ${k.n('3000')} | admin / ${k.n('<set on first login>')} |
| Mailhog | ${k.n('8025')} | no auth |
`,
  ),

  pdoc(
    'confluence-storage-office-it',
    ['prose'],
    'wiki/export/office-it.xml',
    (k) => `<ac:structured-macro ac:name="info"><ac:rich-text-body><p>Last updated ${k.date()} by IT</p></ac:rich-text-body></ac:structured-macro>
<h2>Meeting rooms</h2>
<p>The room displays are locked with a PIN. Current PIN: <strong>${k.pin(6)}</strong></p>
<h2>Printers</h2>
<p>Admin console: <code>https://print01.corp.local</code></p>
<p>User: <code>printadmin</code><br/>Password: <code>${k.hpw()}</code></p>
<h2>Guest WiFi</h2>
<table><tbody>
<tr><th>SSID</th><th>Passphrase</th></tr>
<tr><td>Corp-Guest</td><td>${k.phrase(' ')}</td></tr>
</tbody></table>
<p>The passphrase rotates every quarter (ticket ${k.ticket('IT')}).</p>
<p>Staff WiFi uses your domain password, see <ac:link><ri:page ri:content-title="${k.n('Password policy')}" /></ac:link>.</p>
`,
  ),

  pdoc(
    'mediawiki-lab-equipment',
    ['prose'],
    'wiki/Lab_Equipment.wiki',
    (k) => `== Lab equipment ==
{{Infobox|owner=Dr. Weiss|room=B.214}}

=== Freezer alarm ===
The −80 freezer alarm panel code is '''${k.pin(4)}'''. Call the facilities line ${k.phone()} if it goes off.

=== Microscope workstation ===
* Windows login: <code>labuser</code>
* Password: <code>${k.hpw()}</code>
* Imaging software licence server: lic01 (port ${k.n('27000')})

=== Shared drive ===
Mapped as Z:. Password: same as your university account.

=== Safe ===
Controlled substances safe combination: ${k.pin(6)} (only PI and lab manager)
`,
  ),

  pdoc(
    'asciidoc-runbook-kafka',
    ['prose'],
    'docs/runbooks/kafka.adoc',
    (k) => `= Kafka cluster runbook
:toc:

== Access

The admin SASL user is \`kafka-admin\`.

Password::
${k.gen()}

Schema registry basic auth::
\`registry:${k.s('connection-string', k.raw.humanPw(k.g).replace(/[:@]/g, ''))}\`

NOTE: Rotate these after every incident. Last rotation: ${k.date()}.

== Brokers

[source,bash]
----
kafka-topics.sh --bootstrap-server b1:9092 --list
----

Broker version ${k.ver()}. JMX port ${k.n('9999')}.
`,
  ),

  pdoc(
    'rst-internal-tools',
    ['prose'],
    'docs/internal_tools.rst',
    (k) => `Internal tools
==============

Jenkins
-------

:URL: https://ci.internal
:User: build-bot
:Password: ${k.hpw()}

.. warning::

   Do not use the build-bot account interactively.

Nexus
-----

The deploy user's password is \`\`${k.gen()}\`\`.

.. note:: API tokens are preferred; see :doc:\`${k.n('tokens')}\`.

Sonar token for CI::

    ${k.tok(k.g.hex(40))}

Sonar version: ${k.ver()}
`,
  ),

  pdoc(
    'org-mode-personal-notes',
    ['prose'],
    'notes/infra.org',
    (k) => `#+TITLE: Infra notes
#+DATE: ${k.date()}

* Servers
** web01
   - root pw :: ${k.gen()}
   - IPMI :: ADMIN / ${k.hpw()}
** backup box
   - borg passphrase :: ${k.phrase(' ')}
* TODO rotate IPMI password                                         :security:
  DEADLINE: <${k.date()}>
* Home
  - alarm :: ${k.pin(4)}
  - router admin :: ${k.lw()}
`,
  ),

  pdoc(
    'jupyter-markdown-cells',
    ['prose'],
    'analysis/churn.ipynb',
    (k) => `{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Churn analysis\\n",
    "\\n",
    "Data comes from the warehouse. Connect with user \`analyst\` and password \`${k.hpw()}\` (read only).\\n"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "The Mixpanel export API secret is ${k.tok(k.g.hex(32))} — move it to env before sharing this notebook!"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": ${k.n('12')},
   "metadata": {},
   "outputs": [],
   "source": ["df = load_events(since='${k.date()}')"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
  ),

  pdoc(
    'md-wiki-test-accounts',
    ['prose'],
    'docs/qa/test-accounts.md',
    (k) => `## Test accounts (staging only)

- **Admin**: \`qa-admin@example.test\` — pw: ${k.hpw()}
- **Merchant**: \`merchant1@example.test\` — pw: ${k.gen()}
- **Customer (2FA on)**: \`cust2fa@example.test\` — pw: ${k.hpw()}, TOTP seed in 1Password item "${k.n('QA TOTP seeds')}"
- **Locked user**: \`locked@example.test\` — pw: ${k.n('n/a')} (account is locked on purpose)

Test cards: ${k.n('4242 4242 4242 4242')}, any CVC, any future date.

Build: ${k.ver()}
`,
  ),

  pdoc(
    'confluence-storage-client-access',
    ['prose'],
    'wiki/export/client-acme.xml',
    (k) => `<h1>ACME - access</h1>
<ac:structured-macro ac:name="code"><ac:parameter ac:name="language">text</ac:parameter><ac:plain-text-body><![CDATA[sftp acme_upload@sftp.acme.example
password: ${k.gen()}]]></ac:plain-text-body></ac:structured-macro>
<p>Their support portal: login <em>ourcompany</em>, password <em>${k.hpw()}</em></p>
<p>API key (production): <code>${k.uuidTok()}</code></p>
<p>API key (sandbox): <code>${k.uuidTok()}</code></p>
<p>Account manager: ${k.phone()}</p>
<p>Contract ${k.n('ACME-2024-017')}</p>
`,
  ),

  pdoc(
    'md-home-assistant-readme',
    ['prose'],
    'README.md',
    (k) => `# My Home Assistant config

Things I always forget:

- Zigbee2MQTT frontend: no auth
- MQTT broker user \`ha\`, password \`${k.hpw()}\`
- Nabu Casa: uses my email
- Garage door opener code: ${k.pin(6)}
- Front door keypad master code: ${k.pin(6)}

The long-lived access token for the dashboard tablet:

${F}
${k.jwt()}
${F}

Version ${k.ver()}.
`,
  ),

  pdoc(
    'mediawiki-club-site',
    ['prose', 'precision'],
    'wiki/Club_Website.wiki',
    (k) => `== Club website ==
Hosted on shared hosting (plan ${k.price()} /month).

{| class="wikitable"
! Thing !! Login !! Password
|-
| cPanel || rowingclub || ${k.hpw()}
|-
| WordPress || editor || ${k.gen()}
|-
| Mailbox info@ || info@rowing.example || ${k.lw()}
|-
| Treasurer's bank login || ''ask the treasurer'' || ${k.n("''not here''")}
|}

Passwords must be changed when the committee changes (see [[${k.n('Password policy')}]]).
`,
  ),

  pdoc(
    'asciidoc-db-access',
    ['prose', 'precision'],
    'docs/db-access.adoc',
    (k) => `== Database access

.Read-only replica
[cols="1,2"]
|===
|Host |replica.db.internal
|User |readonly
|Password |${k.hpw()}
|Connection |\`postgresql://readonly:${k.cs()}@replica.db.internal:5432/app\`
|===

.Primary
Credentials are injected by Vault at \`${k.n('secret/data/db/primary')}\`. Never write them here.

Policy: passwords are ${k.n('32')} characters, generated, rotated every ${k.n('90')} days.
`,
  ),

  pdoc(
    'rst-lab-wifi-and-pins',
    ['prose'],
    'docs/lab/README.rst',
    (k) => `Lab access
----------

* Door: badge + PIN. Lab PIN is **${k.pin(5)}**.
* WiFi \`\`LAB-5G\`\`: passphrase \`\`${k.phrase('-')}\`\`
* Oscilloscope web UI password: ${k.lw()}
* Instrument PC (Windows): \`\`instr\`\` / \`\`${k.hpw()}\`\`

Ask ${k.n('facilities@')} for a badge. Spare badge #${k.n('0412')}.
`,
  ),

  pdoc(
    'org-mode-jobhunt',
    ['prose'],
    'personal/jobs.org',
    (k) => `* Applications
| Company | Portal login         | Password | Status     |
|---------+----------------------+----------+------------|
| Initech | me@mail.example      | ${k.hpw()} | interview  |
| Hooli   | me@mail.example      | ${k.hpw()} | rejected   |
| Globex  | me+globex@mail.example | ${k.gen()} | applied ${k.date()} |
* Notes
  - Initech ref number ${k.n('REQ-55812')}
`,
  ),

  pdoc(
    'md-wiki-redacted-page',
    ['prose', 'precision'],
    'docs/ops/credentials-moved.md',
    (k) => `# Credentials (moved)

This page used to list passwords. They were moved on ${k.date()} (ticket ${k.ticket('SEC')}).

| System | Where now |
|---|---|
| Prod DB | 1Password → ${k.n('Infra / Prod DB')} |
| Bastion | Vault \`${k.n('secret/bastion')}\` |
| Grafana | SSO |

Old values are shown as \`${k.n('********')}\` in the page history; do not restore them.
Password: ${k.n('<see vault>')}
Token: ${k.n('REDACTED')}
Example format only: ${k.n('xxxx-xxxx-xxxx-xxxx')}
`,
  ),

  pdoc(
    'md-notebook-export-keys',
    ['prose'],
    'notebooks/README.md',
    (k) => `# Notebooks

Before running \`geo.ipynb\` set these (I keep forgetting):

- Mapbox-ish tile server token (our self-hosted one): ${k.tok(k.g.alnum(40))}
- Warehouse password: **${k.hpw()}**
- S3 bucket is public read, no key.

Kernel: Python ${k.ver()}.
`,
  ),
];
