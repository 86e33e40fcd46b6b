// rw-dev3 prose/chat: wiki pages (Confluence, Notion, MediaWiki, AsciiDoc, reStructuredText, Org mode),
// onboarding docs, runbooks, meeting and handover notes, spreadsheets pasted as text.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { lettersPassword, wordPassword, ticket, shortSha, meetingId, traceId, version } from './proseValues';

export const WIKI_DOCS: RealWorldDoc[] = [
  doc('notion-export-onboarding', ['prose'], 'docs/notion/Onboarding 2f1c.md', (k) => {
    const g = k.g;
    return `# Onboarding — Backend

Created by: Amira Haddad
Tags: onboarding, backend

## Day 1

- Get a laptop from IT (asset tag format: ${k.n(`LT-${g.digits(5)}`)})
- Join #backend and #deploys
- Ask Amira for the shared accounts below

## Shared accounts

### Sentry (team login, read-only)

${k.n('backend-team@acme.example')}

${k.pw(k.raw.humanPassword(g))}

### Staging admin panel

**User:** \`staging-admin\`

**Password:** \`${k.pw(k.raw.generatedPassword(g))}\`

### Figma viewer

Use your own Google account. The shared password in the old doc (${k.n('••••••••')}) is gone.

## Useful links

- Runbooks: /docs/runbooks
- Status: https://status.acme.example (page id ${k.n(g.alnum(12))})
`;
  }),

  doc('confluence-storage-format-page', ['prose'], 'docs/confluence/page-384729.xml', (k) => {
    const g = k.g;
    return `<ac:structured-macro ac:name="info" ac:schema-version="1" ac:macro-id="${k.n(g.uuid())}">
  <ac:rich-text-body><p>This page holds the test credentials for the partner sandbox. Do not copy to production docs.</p></ac:rich-text-body>
</ac:structured-macro>
<h2>Partner sandbox</h2>
<table>
  <tbody>
    <tr><th>Field</th><th>Value</th></tr>
    <tr><td>Endpoint</td><td>https://sandbox.partner.example/api</td></tr>
    <tr><td>Client ID</td><td>${k.n(g.uuid())}</td></tr>
    <tr><td>Client secret</td><td><code>${k.tok(g.alnum(40))}</code></td></tr>
    <tr><td>Password</td><td>${k.pw(k.raw.humanPassword(g))}</td></tr>
  </tbody>
</table>
<h2>Notes</h2>
<p>The old client secret was rotated on 2026-10-01 (ticket ${k.n(ticket(g))}). The new password is <strong>${k.pw(lettersPassword(g))}</strong> for the UI login.</p>
`;
  }),

  doc('mediawiki-server-page', ['prose'], 'docs/wiki/Fileserver.mediawiki', (k) => {
    const g = k.g;
    return `== Fileserver FS02 ==
'''Standort:''' Serverraum 2, Rack B
'''Betriebssystem:''' Debian 12

=== Zugang ===
{| class="wikitable"
! Konto !! Kennwort !! Bemerkung
|-
| root || ${k.pw(k.raw.generatedPassword(g))} || nur Konsole
|-
| backup || ${k.pw(k.raw.humanPassword(g))} || für rsnapshot
|-
| samba-guest || ${k.n('(kein Kennwort)')} || nur lesend
|}

=== Wartung ===
* Updates jeden zweiten Dienstag
* RAID-Controller Firmware ${k.n(version(g))}
* iDRAC-Passwort: ''${k.pw(k.raw.humanPassword(g))}''

[[Kategorie:Server]]
`;
  }),

  doc('asciidoc-runbook-restore', ['prose'], 'docs/runbooks/restore-ldap.adoc', (k) => {
    const g = k.g;
    return `= Restore the LDAP directory
:toc:
:icons: font

== Before you start

NOTE: You need the directory manager password. It is stored in the safe, envelope 7.
If the safe is not reachable, the break-glass copy is:

....
${k.pw(k.raw.generatedPassword(g))}
....

== Steps

. Stop slapd: \`systemctl stop slapd\`
. Restore: \`slapadd -n 1 -l /backup/ldap/\${DATE}.ldif\`
. Check the suffix \`${k.n('dc=acme,dc=example')}\`
. Bind test:
+
[source,bash]
----
ldapwhoami -x -D "cn=admin,dc=acme,dc=example" -w '${k.pw(k.raw.humanPassword(g))}'
----

== Hashes

The userPassword attributes look like \`${k.n(k.raw.ssha(g))}\`. They are salted hashes, not passwords.
`;
  }),

  doc('rst-sphinx-dev-setup', ['prose'], 'docs/source/dev-setup.rst', (k) => {
    const g = k.g;
    return `Development setup
=================

.. contents::
   :local:

Local database
--------------

Start the containers with \`\`make up\`\`. The local superuser is created by the fixture:

:username: \`\`admin\`\`
:password: \`\`${k.pw(k.raw.humanPassword(g))}\`\`

.. note::

   The staging database uses a different password. Ask in #backend, or read it from the vault
   at \`\`${k.n('kv/staging/db')}\`\`.

Third-party sandbox
-------------------

The payment sandbox key is shared by the team:

.. code-block:: text

   ${k.tok()}

.. warning::

   Never commit the production key. The placeholder in \`\`settings.example.py\`\` is \`\`${k.n('PAYMENTS_KEY = "replace-me"')}\`\`.

Version: ${k.n(version(g))}
`;
  }),

  doc('org-mode-personal-notes', ['prose'], 'notes/work.org', (k) => {
    const g = k.g;
    return `#+TITLE: Work notes
#+STARTUP: overview

* TODO Renew TLS cert for intranet                           :ops:
  DEADLINE: <2026-11-30 Mon>
* Accounts
** Jira
   - user :: mhofer
   - pass :: ${k.pw(k.raw.humanPassword(g))}
** NAS
   :PROPERTIES:
   :HOST:     nas.home.arpa
   :USER:     admin
   :PASSWORD: ${k.pw(k.raw.generatedPassword(g))}
   :END:
** Wifi at the client site
   ${k.pw(lettersPassword(g))}
* Snippets
  #+begin_src shell
  ssh -J bastion mhofer@10.0.4.12
  #+end_src
* Reading list
  - commit ${k.n(g.hex(40))} explains the flaky test
`;
  }),

  doc('meeting-notes-google-doc-export', ['prose'], 'docs/meetings/2026-11-05-platform-sync.md', (k) => {
    const g = k.g;
    return `# Platform sync — 2026-11-05

**Attendees:** Rosa, Kwame, Lars, Yui
**Zoom:** ${k.n(meetingId(g))}

## Decisions

1. Move the metrics stack to the new cluster next sprint.
2. The shared Grafana admin password is rotated every quarter. Q4 value (Rosa set it during the meeting):
   ${k.pw(k.raw.humanPassword(g))}
3. Kwame creates a read-only API token for the reporting script: ${k.tok()}

## Action items

- [ ] Lars: remove the password from this doc after everyone has it in 1Password
- [ ] Yui: update the runbook (${k.n(ticket(g))})

## Parking lot

- "try ${k.n('admin/admin')} first" is NOT a support answer anymore, the default account is disabled.
`;
  }),

  doc('handover-notes-dutch', ['prose'], 'docs/overdracht/overdracht-beheer.md', (k) => {
    const g = k.g;
    return `# Overdracht applicatiebeheer (van Joost naar Emma)

## Accounts

- Beheeraccount CMS: \`beheer\`, wachtwoord is sinds vorige week ${k.pw(k.raw.humanPassword(g))}
- SFTP naar de drukker:
  - host: ${k.n('sftp.drukkerij.example')}
  - gebruiker: acme_upload
  - wachtwoord:
    ${k.pw(k.raw.generatedPassword(g))}

## Lopende zaken

- Storing ${k.n(ticket(g))}: de koppeling met het boekhoudpakket faalt af en toe. API-sleutel van het pakket: ${k.tok(g.hex(40))}
- Certificaat verloopt op 2027-01-14 (thumbprint ${k.n(g.hex(40).toUpperCase())})

## Tips

Het wachtwoordveld in de app heet "${k.n('Wachtwoord vergeten?')}" — dat is een link, geen veld.
`;
  }),

  doc('runbook-markdown-heading-value', ['prose'], 'docs/runbooks/kafka-ui.md', (k) => {
    const g = k.g;
    return `# Kafka UI — how to log in

The Kafka UI is behind basic auth on the ingress.

## Username

kafka-ui

## Password

${k.pw(k.raw.humanPassword(g))}

## Where it's configured

\`values.yaml\` → \`auth.basic.password\` (the chart reads it from \`${k.n('existingSecret: kafka-ui-auth')}\`).

## Cluster ids

| Cluster | Id |
|---|---|
| prod-eu | ${k.n(g.base64url(22))} |
| prod-us | ${k.n(g.base64url(22))} |
`;
  }),

  doc('spreadsheet-paste-tsv-accounts', ['prose'], 'docs/inventory/accounts-sheet.tsv', (k) => {
    const g = k.g;
    return `System\tOwner\tLogin\tPassword\tLast rotated\tNotes
Printer HP-4F\tIT\tadmin\t${k.pw(k.raw.humanPassword(g))}\t2026-03-01\tweb UI only
Camera NVR\tFacilities\tadmin\t${k.pw(k.raw.weakPassword(g))}\t2025-11-20\tvendor set
Alarm panel\tFacilities\tinstaller\t${k.pw(g.digits(6))}\t2024-08-02\tPIN
Switch core-01\tNetwork\tnetadmin\t${k.pw(k.raw.generatedPassword(g))}\t2026-09-15\t
Wiki\tIT\tservice\t${k.n('see vault')}\t\tmoved
Conference TV\tFacilities\t-\t${k.n('-')}\t\tno login
`;
  }),

  doc('spreadsheet-paste-csv-api-keys', ['prose'], 'docs/inventory/integrations.csv', (k) => {
    const g = k.g;
    return `integration,environment,key_id,api_key,owner,expires
maps,staging,${k.n(`kid_${g.alnum(8)}`)},${k.tok(g.alnum(32))},frontend,2027-01-01
sms,staging,${k.n(`kid_${g.alnum(8)}`)},${k.tok(g.hex(32))},growth,2026-12-15
search,prod,${k.n(`kid_${g.alnum(8)}`)},${k.n('<in vault>')},platform,
translation,dev,${k.n(`kid_${g.alnum(8)}`)},"${k.tok(`${g.alnum(8)}-${g.alnum(8)}-${g.alnum(8)}`)}",i18n,2027-03-31
pdf,dev,${k.n(`kid_${g.alnum(8)}`)},${k.n('n/a')},docs,
`;
  }),

  doc('markdown-table-header-names-column', ['prose'], 'docs/environments.md', (k) => {
    const g = k.g;
    return `# Environments

| Environment | URL | Admin user | Admin password | DB password |
|---|---|---|---|---|
| dev | https://dev.acme.example | admin | ${k.pw(k.raw.humanPassword(g))} | ${k.pw(k.raw.weakPassword(g))} |
| qa | https://qa.acme.example | admin | ${k.pw(k.raw.generatedPassword(g))} | ${k.pw(lettersPassword(g))} |
| staging | https://staging.acme.example | admin | ${k.pw(k.raw.humanPassword(g))} | ${k.n('vault')} |
| prod | https://acme.example | — | ${k.n('—')} | ${k.n('—')} |

Build: ${k.n(shortSha(g))}
`;
  }),

  doc('markdown-table-token-column-spanish', ['prose'], 'docs/integraciones.md', (k) => {
    const g = k.g;
    return `## Integraciones activas

| Servicio | Entorno | Token | Responsable |
|:--|:--|:--|:--|
| Facturación | pruebas | \`${k.tok()}\` | Laura |
| Mensajería | pruebas | \`${k.tok()}\` | Diego |
| Mapas | producción | \`${k.n('(en el gestor de secretos)')}\` | Laura |
| Analítica | pruebas | \`${k.n(g.uuid())}\` (id de propiedad, no es secreto) | Diego |

> Nota: el token de mensajería se renueva cada 90 días.
`;
  }),

  doc('onboarding-wifi-office-poster', ['prose'], 'docs/office/welcome.md', (k) => {
    const g = k.g;
    return `# Welcome to the Lisbon office! 🇵🇹

**Address:** Rua Augusta 123, 3º andar

**Wi-Fi**

Network: ACME-Staff
Password: ${k.pw(k.raw.humanPassword(g))}

Network: ACME-Guest
Password: ${k.pw(lettersPassword(g))}

**Printer**

Send to \`print@lisbon.acme.example\`, release with your badge. Badge numbers look like ${k.n(g.digits(8))}.

**Door code** (weekends): ${k.u(g.digits(4))}#
`;
  }),

  doc('runbook-on-call-sentence-forms', ['prose'], 'docs/runbooks/on-call-cheatsheet.md', (k) => {
    const g = k.g;
    return `# On-call cheat sheet

- If the queue backs up, log in to RabbitMQ management with user \`oncall\`; the password is ${k.pw(k.raw.humanPassword(g))}.
- Elasticsearch: the \`elastic\` superuser password was reset after the upgrade and is now ${k.pw(k.raw.generatedPassword(g))}.
- Jenkins: use your SSO. If SSO is down, the local fallback is user \`jenkins-admin\` with password ${k.pw(lettersPassword(g))}.
- PagerDuty integration key for the test service: ${k.tok(g.hex(32))}.
- Don't use the old one (${k.n('revoked 2026-08')}).
- The runbook id for escalations is ${k.n(`RB-${g.digits(3)}`)}; trace examples look like ${k.n(traceId(g))}.
`;
  }),

  doc('wiki-page-colon-line-value-below', ['prose'], 'docs/wiki/Backup-Encryption.md', (k) => {
    const g = k.g;
    return `# Backup encryption

Restic is used for all offsite backups. The repository password is needed for every restore.

The restic repository password for the offsite bucket:

    ${k.pw(k.raw.passphrase(g))}

The one for the on-prem repository:

    ${k.pw(k.raw.generatedPassword(g))}

Snapshot ids look like \`${k.n(g.hex(8))}\` and are safe to share. The repository id is \`${k.n(g.hex(64))}\`.
`;
  }),

  doc('notion-database-csv-export', ['prose'], 'docs/notion/Credentials (old) 9a8b.csv', (k) => {
    const g = k.g;
    return `Name,Tags,URL,Username,Password,Created
Mailchimp,marketing,https://login.mailchimp.com,marketing@acme.example,${k.pw(k.raw.humanPassword(g))},"October 2, 2025 3:12 PM"
Canva,design,https://canva.com,design@acme.example,${k.pw(k.raw.humanPassword(g))},"October 2, 2025 3:14 PM"
LinkedIn,social,https://linkedin.com,social@acme.example,${k.pw(wordPassword(g))},"October 3, 2025 9:00 AM"
Hotjar,analytics,https://hotjar.com,${k.n('sso')},${k.n('SSO')},"October 3, 2025 9:05 AM"
`;
  }),

  doc('meeting-notes-german-retro', ['prose', 'precision'], 'docs/meetings/retro-sprint-58.md', (k) => {
    const g = k.g;
    return `# Retro Sprint 58

## Was lief gut
- Deployment-Pipeline stabil (Build ${k.n(g.digits(4))})
- Neues Passwort-Reset-Formular live; Platzhaltertext: „${k.n('Neues Passwort eingeben')}"

## Was lief schlecht
- Das Kennwort-Feld akzeptiert keine Umlaute → Ticket ${k.n(ticket(g))}
- Token-Ablauf zu kurz (15 min), Nutzer beschweren sich

## Maßnahmen
- Passwortrichtlinie im Wiki anpassen (min. 12 Zeichen, keine Wörterbuchwörter)
- Session-Timeout auf 30 Minuten
- Commit ${k.n(g.hex(40))} zurückrollen
`;
  }),

  doc('handover-note-plain-text-french', ['prose'], 'docs/passation/passation-julien.txt', (k) => {
    const g = k.g;
    return `PASSATION — Julien → Camille

1) Serveur de préproduction
   accès SSH avec ta clé, sudo sans mot de passe.

2) Base Oracle de recette
   compte APPLI_REC
   mdp : ${k.pw(k.raw.humanPassword(g))}

3) Console d'administration du WAF
   identifiant : julien.m (à désactiver)
   le mot de passe du compte partagé est ${k.pw(k.raw.generatedPassword(g))}

4) Clé de licence de l'outil de modélisation (ce n'est pas un secret d'authentification) :
   ${k.n(`${g.upper(5)}-${g.upper(5)}-${g.upper(5)}-${g.upper(5)}`)}

5) Le certificat client est dans /etc/pki/client.p12, sa phrase secrète est « ${k.pw(k.raw.passphrase(g))} »
`;
  }),

  doc('onboarding-korean-wiki', ['prose'], 'docs/wiki/신규입사자-안내.md', (k) => {
    const g = k.g;
    return `# 신규 입사자 안내

## 사내 와이파이
- SSID: ${k.n('CORP-5G')}
- 비밀번호: ${k.pw(k.raw.humanPassword(g))}

## 개발 서버
- 주소: dev.corp.example
- 계정: 본인 사번
- 초기 비밀번호는 \`${k.pw(k.raw.generatedPassword(g))}\` 입니다. 첫 로그인 후 반드시 변경하세요.

## 기타
- 사번 예시: ${k.n(`E${g.digits(6)}`)}
- 회의실 예약 시스템 ID는 비밀이 아닙니다: ${k.n(g.uuid())}
`;
  }),

  doc('confluence-wiki-markup-table', ['prose'], 'docs/confluence/wiki-markup-test-users.txt', (k) => {
    const g = k.g;
    return `h1. Test users for the mobile app

{info}Only for the *test* tenant. Production users are created via the HR import.{info}

||User||Role||PIN||Password||
|tester.one@acme.test|customer|${k.u(g.digits(4))}|${k.pw(k.raw.humanPassword(g))}|
|tester.two@acme.test|merchant|${k.u(g.digits(4))}|${k.pw(k.raw.humanPassword(g))}|
|tester.three@acme.test|support|${k.u(g.digits(4))}|${k.pw(lettersPassword(g))}|

h2. Push notifications

The test Firebase server key is {{${k.tok(g.base64url(40))}}}.
The web config apiKey ({{${k.n(k.raw.googleBrowserKey(g))}}}) is public by design.
`;
  }),

  doc('runbook-russian-db-failover', ['prose'], 'docs/runbooks/failover-ru.md', (k) => {
    const g = k.g;
    return `# Переключение на резервную БД

1. Зайти на \`db-replica-02\` под пользователем \`postgres\`.
2. Пароль суперпользователя:

   ${k.pw(k.raw.humanPassword(g))}

3. Выполнить \`pg_ctl promote\`.
4. Поменять строку подключения в приложении:
   ${F}
   postgresql://app:${k.cs()}@db-replica-02:5432/shop
   ${F}
5. Проверить, что идентификатор кластера (${k.n(g.digits(19))}) изменился.

Пароль репликации сменили в октябре, теперь он ${k.pw(k.raw.generatedPassword(g))}.
`;
  }),
];
