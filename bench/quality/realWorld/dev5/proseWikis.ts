// rw-dev5 prose: wikis and their markups (Confluence storage XML, MediaWiki, Notion, Obsidian, org-mode,
// AsciiDoc, reStructuredText, DokuWiki, BBCode), where a credential sits in a table cell, a definition list,
// a callout or a property drawer.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { bcryptHash, makers, sha, sha256, serial, ticketKey, ver, mac } from './proseValues';

export const WIKI_DOCS: RealWorldDoc[] = [
  doc('confluence-storage-table', ['prose'], 'exports/confluence/IT/Server-Zugaenge.xml', (k) => {
    const v = makers(k);
    const g = k.g;
    return `<ac:layout><ac:layout-section ac:type="single"><ac:layout-cell>
<h2>Zugänge Testumgebung</h2>
<ac:structured-macro ac:name="warning"><ac:rich-text-body><p>Nur Testsysteme! Produktion steht im Tresor.</p></ac:rich-text-body></ac:structured-macro>
<table><tbody>
<tr><th>System</th><th>Benutzer</th><th>Passwort</th><th>Bemerkung</th></tr>
<tr><td>Jenkins</td><td>admin</td><td>${v.ma()}</td><td>seit ${v.n(ver(g))}</td></tr>
<tr><td>SonarQube</td><td>admin</td><td>${v.ch()}</td><td>-</td></tr>
<tr><td>Nexus</td><td>deployment</td><td>${v.le()}</td><td>Ticket ${v.n(ticketKey(g))}</td></tr>
<tr><td>LDAP</td><td>cn=admin</td><td><em>siehe Tresor</em></td><td>Hash im LDIF: ${v.n('{SSHA}' + g.base64(32))}</td></tr>
</tbody></table>
</ac:layout-cell></ac:layout-section></ac:layout>
`;
  }),

  doc('confluence-storage-code-macro', ['prose'], 'exports/confluence/OPS/Kafka-Runbook.xml', (k) => {
    const v = makers(k);
    const g = k.g;
    return `<p>To consume from the audit topic with the ops principal:</p>
<ac:structured-macro ac:name="code" ac:schema-version="1"><ac:parameter ac:name="language">text</ac:parameter><ac:plain-text-body><![CDATA[security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="ops-reader" password="${v.ma()}";]]></ac:plain-text-body></ac:structured-macro>
<p>The truststore password is <code>${v.le()}</code> (same for all brokers).</p>
<p>Cluster id: <code>${v.n(g.base64url(22))}</code>, broker version ${v.n(ver(g))}.</p>
<ac:structured-macro ac:name="info"><ac:rich-text-body><p>Admin principal password: ask in #kafka, never paste here. (Last rotated ${v.n('2026-09-30')})</p></ac:rich-text-body></ac:structured-macro>
`;
  }),

  doc('mediawiki-wikitable', ['prose'], 'wiki/Hauptseite/Netzwerk.mediawiki', (k) => {
    const v = makers(k);
    const g = k.g;
    return `== Netzwerkgeräte ==
{| class="wikitable sortable"
! Gerät !! IP !! Benutzer !! Kennwort !! MAC
|-
| Core-Switch || ${v.n('10.0.0.2')} || manager || ${v.ch()} || ${v.n(mac(g))}
|-
| Access Point Halle || ${v.n('10.0.0.31')} || admin || ${v.ma()} || ${v.n(mac(g))}
|-
| USV || ${v.n('10.0.0.40')} || apc || ${v.u('apc')} || ${v.n(mac(g))}
|}

=== WLAN ===
* '''SSID''': Firma-Intern
* '''Schlüssel''': <code>${v.wifi()}</code>
* Gäste: ''siehe Aushang am Empfang''

[[Kategorie:IT]]
`;
  }),

  doc('notion-export-md-db', ['prose'], 'exports/notion/Accounts 8f2c1a.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `# Accounts

| Name | Login | Password | Owner | Tags |
| --- | --- | --- | --- | --- |
| Figma | design@atelier-lumen.fr | ${v.ch()} | Léa | design |
| Adobe | design@atelier-lumen.fr | ${v.le()} | Léa | design |
| OVH | ${v.n('ab12345-ovh')} | ${v.ma()} | Hugo | infra |
| Qonto | hugo@atelier-lumen.fr | voir 1Password | Hugo | finance |

## Notes
Le code PIN de la carte Qonto de Léa : ${v.pin()}
Page id ${v.n(g.hex(32))}
`;
  }),

  doc('notion-export-csv-db', ['prose'], 'exports/notion/Logins 3a9e.csv', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Name,Service,Benutzer,Passwort,Zuletzt geändert
Shop Backend,Shopware,admin,${v.ma()},"November 2, 2026"
Hosting,All-Inkl,${v.n('w0' + g.digits(6))},${v.ch()},"October 14, 2026"
Domain,INWX,kunde-${v.n(g.digits(5))},${v.le()},"June 1, 2026"
Steuer,ELSTER,Zertifikatsdatei,PIN ${v.pin()},"March 3, 2026"
`;
  }),

  doc('obsidian-note-callouts', ['prose'], 'vault/Homelab/Router.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `---
tags: [homelab, network]
created: 2026-04-12
---
# Router (OpenWrt)

Firmware ${v.n(ver(g))}, image sha256 \`${v.n(sha256(g))}\`

> [!warning] Root
> root pw: ${v.ch()}

> [!note] WireGuard
> Peer "phone" private key stays on the phone. Preshared key for the tunnel:
> \`${k.s('token', g.base64(43) + '=')}\`

Wi-Fi (both bands) → ${v.wifi()}

Related: [[Switch]], [[NAS]]
`;
  }),

  doc('obsidian-daily-note', ['prose'], 'vault/Daily/2026-11-09.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `# 2026-11-09

- [x] call dentist
- [ ] renew passport
- [x] set up Mum's new phone
    - Apple ID pw: ${v.ch()}
    - SIM PIN ${v.pin()}, PUK ${k.s('password', g.digits(8))}
- [ ] ask Tom for the Steam Family password → he said it's ${v.le()}
- bought ${v.n('#' + g.digits(6))} at IKEA

## Work
- deploy ${v.n(sha(g))} blocked on ${v.n(ticketKey(g))}
`;
  }),

  doc('org-mode-property-drawer', ['prose'], 'notes/accounts.org', (k) => {
    const v = makers(k);
    const g = k.g;
    return `#+TITLE: Accounts
#+STARTUP: overview

* Hosting
** Hetzner Robot
   :PROPERTIES:
   :USER:     ${v.n('K' + g.digits(7))}
   :PASSWORD: ${v.ma()}
   :URL:      https://robot.hetzner.com
   :END:
** Mailbox
   :PROPERTIES:
   :USER:     me@kolbe.dev
   :PASSWORD: ${v.sp()}
   :END:
* Bank
  | what          | value        |
  |---------------+--------------|
  | online PIN    | ${v.pin()}        |
  | card          | see wallet   |
  | customer no.  | ${v.n(g.digits(10))}   |
* TODO rotate GitHub recovery codes
  ${v.rc()}
  ${v.rc()}
`;
  }),

  doc('org-babel-src-block', ['prose'], 'notes/db-debugging.org', (k) => {
    const v = makers(k);
    const g = k.g;
    return `* Debugging slow query on reporting DB
  The read-only role is =reporter=, its password is =${v.ch()}=.

  #+BEGIN_SRC sql :engine postgresql :dbhost reporting.internal :dbuser reporter :dbpassword ${v.le()}
  SELECT count(*) FROM events WHERE created_at > now() - interval '1 day';
  #+END_SRC

  #+RESULTS:
  | count |
  |-------|
  | ${v.n(g.digits(7))} |

  Query id ${v.n(g.hex(16))}, plan hash ${v.n(g.digits(10))}.
`;
  }),

  doc('asciidoc-handbook-deflist', ['prose'], 'docs/handbook/lab-access.adoc', (k) => {
    const v = makers(k);
    const g = k.g;
    return `= Lab access
:toc:

== Shared accounts

Oscilloscope web UI:: user \`lab\`, password \`${v.ch()}\`
Label printer:: PIN ${v.pin()}
Test Wi-Fi (LAB-5G):: ${v.wifi()}

[NOTE]
====
The LIMS admin password is ${v.ma()} until the LDAP integration lands (${v.n(ticketKey(g))}).
====

.Inventory
[cols="1,1,2"]
|===
|Device |Serial |Firmware

|Scope
|${v.n(serial(g))}
|${v.n(ver(g))}
|===
`;
  }),

  doc('asciidoc-table-credentials', ['prose'], 'docs/ops/test-envs.adoc', (k) => {
    const v = makers(k);
    const g = k.g;
    return `== Test environments

[%header,cols="2,2,3"]
|===
|Environment |Login |Password

|qa1
|tester
|${v.ch()}

|qa2
|tester
|${v.le()}

|perf
|loadgen
|${v.ma()}
|===

Build: ${v.n(sha(g))}. Policy: passwords here are rotated every ${v.n('90')} days.
`;
  }),

  doc('rst-field-list-and-table', ['prose'], 'docs/source/appendix/credentials.rst', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Demo appliance
==============

:Hostname: demo-appliance.local
:Username: root
:Password: ${v.ch()}
:Firmware: ${v.n(ver(g))}

.. warning::

   The appliance ships with the password above. Change it before connecting it to a network.

+-------------+--------------+----------------------+
| Service     | User         | Password             |
+=============+==============+======================+
| Web console | admin        | ${v.ma()}     |
+-------------+--------------+----------------------+
| SNMP        | community    | ${v.le()}  |
+-------------+--------------+----------------------+

.. code-block:: console

   $ ssh root@demo-appliance.local
   Checksum: ${v.n(sha256(g))}
`;
  }),

  doc('rst-simple-table-pl', ['prose'], 'docs/wdrozenie/dostepy.rst', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Dostępy do środowiska testowego
===============================

=============  ============  ======================
System         Login         Hasło
=============  ============  ======================
Panel CMS      redaktor      ${v.ch()}
Baza danych    app_test      ${v.ma()}
=============  ============  ======================

Hasło do archiwum z kopią zapasową: ${v.le()}

Numer zgłoszenia: ${v.n(ticketKey(g))}, wersja ${v.n(ver(g))}.
`;
  }),

  doc('dokuwiki-page', ['prose'], 'wiki/data/pages/it/drucker.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `====== Drucker ======

^ Standort ^ Modell ^ Admin-Kennwort ^
| EG Flur | Kyocera M3655 | ${v.ch()} |
| OG Büro | Brother MFC | ${v.pin()} |

Das SMTP-Kennwort für Scan-to-Mail ist <code>${v.le()}</code>.

Toner bestellen: Artikel ${v.n(serial(g))}
`;
  }),

  doc('bbcode-forum-post', ['prose'], 'forum/threads/thread-18823.bbcode', (k) => {
    const v = makers(k);
    const g = k.g;
    return `[quote="mod_alex"]Please post your server.cfg without the rcon password[/quote]

Sorry! Here it is, and yes I know I leaked it in my first post, the old one was [b]${v.ch()}[/b] and I changed it to [spoiler]${v.le()}[/spoiler] now lol

[code]
hostname "Frag Fest EU #2"
sv_maxplayers 24
sv_password ""
[/code]

game version ${v.n(ver(g))}, build ${v.n(g.digits(7))}
`;
  }),

  doc('wiki-markdown-passwords-policy-only', ['prose', 'precision'], 'docs/wiki/password-policy.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `# Password policy

- Minimum length: ${v.n('14')} characters; passphrases such as "${v.n('correct horse battery staple')}" are encouraged.
- Do **not** use patterns like \`${v.n('Summer2026!')}\` or \`${v.n('Company123')}\`: they are in every cracking list.
- Example of a bad password: \`${v.n('Password1')}\`. Example placeholder in docs: \`${v.n('<your-password>')}\`.
- Service accounts get 32 random characters from the vault (\`${v.n('vault kv get secret/svc/<name>')}\`).
- Hashes are stored as bcrypt, e.g. \`${v.n(bcryptHash(g))}\`.
- PINs: at least ${v.n('6')} digits, no \`${v.n('123456')}\` or \`${v.n('000000')}\`.
- Wi-Fi keys are rotated quarterly; the current key is on the notice board, not in this wiki.

Policy id ${v.n('SEC-POL-007')}, version ${v.n(ver(g))}.
`;
  }),

  doc('notion-toggle-onboarding', ['prose'], 'exports/notion/Onboarding 1c77.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `# Onboarding — Support team

- Tools
    - Zendesk: SSO, nothing to do
    - Aircall: shared login
        - support@brightdesk.io
        - ${v.ma()}
    - Door: code is on the back of your badge
- Wi-Fi
    - Network: BrightDesk
    - ${v.wifi()} ← password
- Printer PIN for color: ${v.pin()}
- Handbook version ${v.n(ver(g))}, last edited by ${v.n('@Sam')}
${F}
# nothing secret below, just the CLI we use
bd-cli login --sso
${F}
`;
  }),
];
