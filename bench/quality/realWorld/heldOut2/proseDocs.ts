// rw-held-out2 prose: wikis, runbooks, onboarding and handover notes, emails, meeting notes, pasted spreadsheets.
import type { RealWorldDoc } from '../types';
import { F, hdoc } from './proseKit';

export const PROSE_DOC_DOCS: RealWorldDoc[] = [
  hdoc(
    'confluence-storage-monitoring',
    ['prose'],
    'exports/confluence/Monitoring+Zugaenge.html',
    (k) => `<h1>Monitoring – Zugänge</h1>
<ac:structured-macro ac:name="info"><ac:rich-text-body><p>Stand: März 2026. Bei Fragen: #team-monitoring</p></ac:rich-text-body></ac:structured-macro>
<table>
<tbody>
<tr><th>System</th><th>URL</th><th>Benutzer</th><th>Passwort</th></tr>
<tr><td>Zabbix</td><td>https://zabbix.intern</td><td>Admin</td><td>${k.hpw('de')}</td></tr>
<tr><td>Grafana</td><td>https://grafana.intern</td><td>admin</td><td>${k.gpw()}</td></tr>
<tr><td>Icinga (alt)</td><td>https://icinga.intern</td><td>icingaadmin</td><td>${k.n('siehe KeePass')}</td></tr>
<tr><td>SNMP v3</td><td>-</td><td>monitor</td><td>authPass: ${k.gpw()} / privPass: ${k.gpw()}</td></tr>
</tbody>
</table>
<p>Der Grafana-API-Key für das Dashboard-Provisioning: <code>${k.prov('grafanaSa', 'grafana-service-account')}</code></p>
<p><em>Passwortrichtlinie:</em> mindestens 14 Zeichen; das Feld „Passwort wiederholen“ muss übereinstimmen.</p>
`,
  ),

  hdoc(
    'mediawiki-mail-server',
    ['prose', 'command-line'],
    'wiki/Mailserver.mediawiki',
    (k) => `== Mailserver (Postfix/Dovecot) ==
'''Host:''' mx1.example.org

=== Konten ===
{| class="wikitable"
! Konto !! Zweck !! Passwort
|-
| noreply@example.org || Systemmails || ${k.gpw()}
|-
| postmaster@example.org || Bounces || ${k.hpw('de')}
|-
| backup@example.org || nicht mehr benutzt || ${k.n('(deaktiviert)')}
|}

=== Test ===
<pre>
swaks --to test@example.org --server mx1.example.org:587 --tls \\
  --auth LOGIN --auth-user noreply@example.org --auth-password '${k.pw({ shellSafe: true })}'
</pre>

Der DKIM-Schlüssel liegt unter <code>/etc/opendkim/keys/example.org/mail.private</code>; der öffentliche Teil steht im DNS:
<code>mail._domainkey IN TXT "v=DKIM1; k=rsa; p=${k.n(`MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${k.g.base64(300)}IDAQAB`)}"</code>

[[Kategorie:Infrastruktur]]
`,
  ),

  hdoc(
    'notion-export-onboarding-en',
    ['prose'],
    'exports/notion/Engineering Onboarding 4f2a.md',
    (k) => `# Engineering Onboarding

Owner: @Dana Whitfield · Last edited: March 3, 2026

## Day 1
- [ ]  Get your laptop from IT (asset tag on the bottom)
- [ ]  Log in to Google Workspace — temporary password is in the envelope, format \`${k.n('Welcome-XXXX!')}\`
- [ ]  Join #eng-announcements, #eng-help

## Shared accounts (until we finish SSO)

| Tool | Login | Password | Notes |
| --- | --- | --- | --- |
| Staging admin | admin@staging.acme.dev | ${k.hpw('en')} | reset monthly |
| Figma (viewer) | design-viewer@acme.dev | ${k.gpw()} |  |
| App Store Connect | ios-bot@acme.dev | ${k.n('ask Priya')} | 2FA on Priya's phone |
| Sentry | — | — | DSN in the app is public: ${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)} |

## Tokens you will create yourself
GitHub: create a fine-grained token with \`repo\` scope. It looks like \`${k.n('github_pat_…')}\`; never paste it here.
Figma API token for the icon export script: ${k.prov('figma', 'figma')} (team token, read-only)
`,
  ),

  hdoc('runbook-postgres-failover', ['prose', 'command-line'], 'docs/runbooks/postgres-failover.md', (k) => {
    const repl = k.V.genPw(k.g, { urlSafe: true });
    return `# Runbook: Postgres primary failover

**Severity:** SEV-1 · **On-call:** #dba-oncall · **Last tested:** 2026-01-19

## 1. Confirm the primary is down
${F}bash
pg_isready -h pg-primary.prod.internal -p 5432
patronictl -c /etc/patroni/patroni.yml list
${F}

## 2. Promote the replica
${F}bash
patronictl -c /etc/patroni/patroni.yml failover --candidate pg-replica-2 --force
${F}

## 3. Re-point pgbouncer
Edit \`/etc/pgbouncer/userlist.txt\` — entries are md5 hashes, e.g. \`"app" "${k.n(`md5${k.g.hex(32)}`)}"\` — and reload.

## 4. Rebuild the old primary as a replica
${F}bash
PGPASSWORD='${k.s('password', repl)}' pg_basebackup -h pg-replica-2.prod.internal -U replicator -D /var/lib/postgresql/16/main -R -X stream
${F}
The \`-R\` flag writes \`primary_conninfo = 'host=pg-replica-2.prod.internal user=replicator password=${k.s('connection-string', repl)}'\` into \`postgresql.auto.conf\`.

## 5. Verify
${F}sql
SELECT client_addr, state, sync_state FROM pg_stat_replication;
${F}
`;
  }),

  hdoc(
    'handover-nl-klantportaal',
    ['prose'],
    'docs/overdracht-klantportaal.md',
    (k) => `# Overdrachtsdocument Klantportaal

Geschreven door Pieter Jansen bij vertrek, 28-02-2026.

## Inloggegevens
- **Hostingpanel (TransIP):** gebruikersnaam \`pjansen-bedrijf\`, wachtwoord: ${k.hpw('nl')}
- **Databank:** \`mysql://portaal:${k.cs()}@db01.klantportaal.nl:3306/portaal\`
- **SMTP (Mailgun):** sleutel \`${k.prov('mailgun', 'mailgun')}\`
- **Beheerder WordPress:** admin / ${k.gpw()}

## Nog te doen
- Wachtwoorden roteren na mijn vertrek (!)
- De API-sleutel van Postcode.nl staat nog in \`wp-config.php\` als \`define('POSTCODE_KEY', '${k.tok(k.g.hex(32))}');\`
- Google Maps-sleutel in de footer is een browsersleutel met referrer-beperking: \`${k.n(`AIza${k.g.base64url(35)}`)}\`
`,
  ),

  hdoc(
    'email-es-credenciales-nuevo-empleado',
    ['prose'],
    'mail/Bienvenida - credenciales.eml',
    (k) => `From: Soporte IT <soporte@empresa.es>
To: Javier Martín <jmartin@empresa.es>
Subject: =?UTF-8?Q?Bienvenida_y_credenciales_de_acceso?=
Date: Mon, 12 Jan 2026 08:30:11 +0100
Message-ID: <${k.n(`${k.g.hex(24)}@mail.empresa.es`)}>
Content-Type: text/plain; charset="UTF-8"

Hola Javier:

¡Bienvenido a la empresa! Estos son tus datos de acceso:

  Usuario de dominio: EMPRESA\\jmartin
  Contraseña inicial: ${k.hpw('es')}
  Correo: jmartin@empresa.es (misma contraseña)
  Wi-Fi corporativa: EMPRESA-CORP, clave ${k.gpw()}

Por seguridad, el sistema te pedirá cambiar la contraseña en el primer inicio de sesión.
Recuerda que nunca te pediremos tu contraseña por teléfono.

Un saludo,
Soporte IT
`,
  ),

  hdoc(
    'email-de-weiterleitung-ftp',
    ['prose'],
    'mail/WG_ FTP-Zugang Agentur.eml',
    (k) => `From: Thomas Richter <t.richter@firma.de>
To: Web-Team <web@firma.de>
Subject: WG: FTP-Zugang Agentur
Date: Tue, 17 Feb 2026 14:02:55 +0100

zur Info, bitte in KeePass übernehmen.

-------- Weitergeleitete Nachricht --------
Von: Agentur Pixelwerk <support@pixelwerk.example>
Betreff: FTP-Zugang

Sehr geehrter Herr Richter,

anbei die Zugangsdaten:

Server: ftp.pixelwerk.example
Benutzername: firma_web
Kennwort: ${k.gpw()}

Das Kennwort für das Backend (https://cms.firma.de/typo3) lautet ${k.hpw('de')}.

Mit freundlichen Grüßen
Ihr Pixelwerk-Team
`,
  ),

  hdoc(
    'meeting-notes-pl-migracja',
    ['prose'],
    'docs/notatki/2026-03-05-migracja.md',
    (k) => `# Notatki ze spotkania – migracja do chmury (05.03.2026)

**Obecni:** Agnieszka, Tomasz, Michał, Ewa

## Ustalenia
1. Migracja bazy w weekend 14–15.03.
2. Tomasz przygotuje konto serwisowe w Azure. Dane: appId \`${k.n(k.g.uuid())}\`, hasło (client secret): \`${k.prov('azureAdSecret', 'azure-ad-client-secret')}\`, tenant \`${k.n(k.g.uuid())}\`.
3. Stare hasło do bazy (${k.hpw('pl')}) zostaje do końca miesiąca.
4. Klucz do konta magazynu: AccountKey=${k.prov('azureStorage', 'azure-storage-account-key')}

## Do zrobienia
- [ ] Ewa: przenieść hasła do Key Vault (\`@Microsoft.KeyVault(SecretUri=${k.n('https://kv-firma.vault.azure.net/secrets/db-haslo/')})\`)
- [ ] Michał: usunąć tę notatkę z wiki po migracji 😅
`,
  ),

  hdoc(
    'spreadsheet-accounts-tsv',
    ['prose'],
    'docs/accounts-export.tsv',
    (k) => `Service\tURL\tUsername\tPassword\tOwner\tLast rotated
Jenkins\thttps://ci.corp.local\tadmin\t${k.gpw()}\tbuild team\t2025-11-02
Nexus\thttps://nexus.corp.local\tdeployer\t${k.hpw('en')}\tbuild team\t2025-06-14
Printer (3rd floor)\thttp://10.1.3.20\t${k.u('admin')}\t${k.u('admin')}\tfacilities\tnever
Router\thttps://192.168.0.1\troot\t${k.gpw()}\tnetwork\t2026-01-09
Confluence svc\thttps://wiki.corp.local\tsvc-wiki\t${k.hpw('en')}\tIT\t2025-12-01
Old CRM\t(decommissioned)\tcrm-admin\t${k.n('N/A')}\tsales\t-
AWS root\thttps://console.aws.amazon.com\troot@corp.example\t${k.n('in safe, envelope #4')}\tCTO\t2024-08-30
`,
  ),
];
