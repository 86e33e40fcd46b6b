// Prose of banks, insurers and their vendors in English, German, French, Italian and Spanish: tickets, e-mails, chat
// exports, audit findings and meeting notes. Passwords are given in sentences beside IBANs, ticket numbers, policy
// numbers and masked values.
import type { RealWorldDoc } from '../types';
import { fDoc, F } from './financeValues';

export const FINANCE_PROSE_DOCS: RealWorldDoc[] = [
  fDoc(
    'audit-workpaper-itgc',
    ['prose', 'precision'],
    'audit/2025/ITGC/WP-07-access-review.md',
    (k) => `# WP-07 – Logical access review, treasury systems (FY2025)

**Finding 3 (high):** the shared administrator account of the treasury management system uses the password
${k.hpw()}, which was found written on the run sheet kept at the payments desk. The same password was used on
the SWIFT Alliance Access operator account \`SAA_OPS1\` until 14 Nov.

**Finding 4 (medium):** the service account \`svc_recon\` has a non-expiring password (${k.gpw()}, visible in the
SQL Agent job step, see screenshot 4b). Management response: will move to gMSA by Q2.

Sample tested: users ${k.n('U10422')}, ${k.n('U10577')}, ${k.n('U11802')}; evidence hash ${k.n(F.sha256(k.g))}.
Passwords in the policy template (\`${k.ph()}\`) are placeholders and were not tested.
`,
  ),

  fDoc(
    'incident-ticket-payments-en',
    ['prose', 'logs-and-output', 'precision'],
    'tickets/INC0049123.txt',
    (k) => `Incident INC0049123 – Outbound SEPA batch stuck in "Awaiting signature"
Opened: 2026-03-05 08:12 by treasury-ops  Priority: P1

Work notes:
08:20 Checked the EBICS client, the signature key password had been changed by the vendor during the upgrade.
08:31 Vendor (phone) gave us the new one: ${k.hpw()} – we will rotate it after the batch is out.
08:45 Batch ${k.n('B-' + k.g.digits(8))} signed and sent, 1,204 payments, total EUR 18,442,913.77.
08:46 Bank confirms receipt, order number ${k.n(k.g.upper(4) + k.g.digits(4))}.
09:10 Also reset the ops user on the bank portal, temporary password ${k.gpw()} sent to the team lead.

Resolution: closed. Debtor account ${k.n(F.ibanSpaced(k.g))}.
`,
  ),

  fDoc(
    'email-de-kernbank-migration',
    ['prose', 'precision'],
    'mail/2026-01-kernbanken-migration.eml',
    (k) => `Von: Projektbüro Kernbanken-Migration <pmo@sparkasse.example>
An: Test-Team
Betreff: Zugänge Testumgebung T3 (Kernbanksystem)

Hallo zusammen,

ab Montag steht die Testumgebung T3 bereit. Zugänge:

  Benutzer: TEST_FILIALE01 bis TEST_FILIALE20
  Initialkennwort (für alle gleich, muss beim ersten Login geändert werden): ${k.hpw()}

Für die Schnittstelle zum Meldewesen gilt der technische Benutzer \`MW_T3\` mit dem Kennwort ${k.gpw()}.
Testkonten: ${k.n(F.ibanSpaced(k.g))}, ${k.n(F.ibanSpaced(k.g))}. BIC ${k.n('TESTDEFFXXX')}.

Produktive Kennwörter bitte niemals per Mail verschicken!

Viele Grüße
PMO
`,
  ),

  fDoc(
    'email-fr-assurance-extranet',
    ['prose', 'precision'],
    'mail/2026-02-extranet-courtiers.txt',
    (k) => `De : Support Extranet Courtiers <support-extranet@assureur.example>
À : Cabinet Martin & Fils
Objet : Réinitialisation de votre accès à l'extranet

Madame, Monsieur,

suite à votre demande (dossier ${k.n(F.ticket(k.g))}), votre mot de passe a été réinitialisé.
Identifiant : CMF-${k.g.digits(5)}
Mot de passe provisoire : ${k.hpw()}

Pour le contrat ${k.n(F.policyNo(k.g))} et le sinistre ${k.n(F.claimNo(k.g))}, merci de déposer les pièces
directement sur l'extranet. Le RIB de l'assureur reste inchangé : ${k.n(F.ibanSpaced(k.g))}.

Cordialement,
Le support
`,
  ),

  fDoc(
    'chat-it-sala-operativa',
    ['prose', 'precision'],
    'exports/teams/tesoreria-milano.txt',
    (k) => `[08:02] Ferrari, Giulia: buongiorno, il token della banca per i bonifici urgenti non funziona
[08:04] Romano, Davide: prova con l'utenza di backup, password ${k.hpw()}
[08:05] Ferrari, Giulia: ok entrata. IBAN beneficiario ${k.n(F.ibanSpaced(k.g))} confermato
[08:20] Romano, Davide: ricordati che il CBI ha cambiato la password del canale: ora è ${k.gpw()}
[08:21] Ferrari, Giulia: grazie, la salvo nel KeePass (voce ${k.n('Tesoreria/CBI/canale')}) e cancello qui
[08:40] Romano, Davide: distinta ${k.n('DST' + k.g.digits(9))} inviata
`,
  ),

  fDoc(
    'chat-es-sistemas-pagos',
    ['prose', 'precision'],
    'exports/slack/pagos-incidencias.txt',
    (k) => `Lucía Gómez  10:03
¿Alguien tiene la contraseña del usuario de Redsys para el entorno de pruebas?

Javier Ruiz  10:05
sí: ${k.hpw()} (solo sandbox)

Lucía Gómez  10:06
y la clave de firma SHA-256 del comercio ${k.n(k.g.digits(9))}? la de pruebas es pública pero la nuestra no

Javier Ruiz  10:09
clave del comercio (producción, no la pegues en ningún otro sitio): ${k.s('token', k.g.base64(32))}

Lucía Gómez  10:12
gracias. Pedido de prueba ${k.n(F.orderId(k.g))}, tarjeta ${k.n(F.maskedPan(k.g))} ✔️
`,
  ),

  fDoc(
    'meeting-notes-vendor-core-banking',
    ['prose', 'precision'],
    'docs/meetings/2026-02-17-vendor-sync.md',
    (k) => `# Vendor sync – core banking upgrade (17 Feb)

Attendees: Treasury IT (3), vendor PS (2), InfoSec (1)

- Vendor needs read access to the UAT database for the data migration checks. Agreed: temporary user
  \`VENDOR_MIG\` with password ${k.spw()}, expires 28 Feb, access logged (${k.n(F.ticket(k.g))}).
- InfoSec reminded that the vendor's VPN profile still uses the pre-shared key from last year; new PSK
  ${k.s('password', F.generated(k.g))} was issued and sent via the secure portal.
- Interest calculation mismatch on product ${k.n('SAV-' + k.g.digits(3))}: 0.01 rounding on 31 accounts, e.g. ${k.n(F.account(k.g))}.
- Next steps: cut-over rehearsal 9 Mar, go/no-go 23 Mar.
`,
  ),

  fDoc(
    'regulator-portal-handover',
    ['prose', 'precision'],
    'compliance/handover/regulatory-reporting.md',
    (k) => `# Regulatory reporting – handover to the new compliance analyst

## Portals
| Portal | User | Password | Notes |
|---|---|---|---|
| FCA RegData | acme.compliance@acme.example | ${k.hpw()} | MFA on the shared phone |
| BaFin MVP | ACME_MVP_01 | ${k.n('(see safe)')} | cert-based |
| ESMA FIRDS | n/a | n/a | public download |
| Trade repository (DTCC GTR) | ACMEGTR1 | ${k.gpw()} | LEI ${k.n(F.lei(k.g))} |

Reporting calendar: COREP monthly by WD 12, EMIR daily T+1, MiFIR transaction reports T+1.
`,
  ),

  fDoc(
    'email-en-vendor-sftp-creds',
    ['prose', 'precision'],
    'mail/2026-03-custodian-sftp.eml',
    (k) => `From: Client Connectivity <connectivity@custodian.example>
To: ops@acme-am.example
Subject: Your SFTP account for daily holdings files

Dear client,

your account for the daily holdings and cash statements has been created.

Server: sftp.custodian.example (port 22)
Username: ACMEAM_HOLD
Password: ${k.gpw()}

Files: HOLD_<fund>_<yyyymmdd>.csv, CASH_<fund>_<yyyymmdd>.csv; funds ${k.n('FND' + k.g.digits(4))}, ${k.n('FND' + k.g.digits(4))}.
Our PGP key fingerprint: ${k.n(F.pgpFingerprint(k.g))}.
Please change the password on first login; it expires in 14 days.
The passphrase of the PGP key pair we generated for you is: ${k.phrase()}
`,
  ),

  fDoc(
    'sharepoint-wiki-de-versicherung',
    ['prose', 'precision'],
    'wiki/Schadenbearbeitung/Zugaenge.md',
    (k) => `# Zugänge Schadenbearbeitung (Kfz)

- Gutachterportal: Benutzer \`kfz-schaden\`, Passwort ${k.hpw()}
- Restwertbörse: Zugang über SSO, kein eigenes Passwort
- Werkstattnetz-API: API-Schlüssel ${k.tok()} (gilt für Produktion)
- Testschaden für Schulungen: ${k.n(F.claimNo(k.g))}, Versicherungsschein ${k.n(F.policyNo(k.g))}

Hinweis: Passwortfelder in Formularen heißen \`${k.n('kennwort')}\` bzw. \`${k.n('passwort_wiederholen')}\`.
`,
  ),

  fDoc(
    'jira-comment-fintech-en',
    ['prose', 'http-auth', 'precision'],
    'exports/jira/FIN-2231.md',
    (k) => `**FIN-2231** Webhook from the card issuer not authenticated

> **Comment (Dev):** the issuer sends \`Authorization: Basic ${k.basic('issuer-hooks')}\` – I decoded it and it is
> the username/password we gave them in onboarding. We should verify it instead of ignoring the header.
>
> **Comment (QA):** repro with \`curl -H "X-Issuer-Signature: ${k.n('sha256=' + F.sha256(k.g))}" ...\`, card token
> ${k.n('tok_' + k.g.alnum(24))}, PAN ${k.n(F.maskedPan(k.g))}.
>
> **Comment (Sec):** please also rotate the issuer API key that was pasted in FIN-2198 (${k.s('token', k.g.alnum(40))}).
`,
  ),

  fDoc(
    'email-es-banca-acceso',
    ['prose', 'precision'],
    'mail/2026-02-acceso-banca-empresas.txt',
    (k) => `De: Banca de Empresas <empresas@banco.example>
Para: Administración – Grupo Acme
Asunto: Claves de acceso a la banca electrónica

Estimado cliente:

le remitimos las claves del nuevo usuario apoderado:
  Código de usuario: ${k.n(k.g.digits(8))}
  Clave de acceso: ${k.hpw()}
  Clave de firma: se enviará por SMS

Cuenta de cargo: ${k.n(F.ibanSpaced(k.g))}. Referencia del contrato: ${k.n('CTR-' + k.g.digits(10))}.
Por su seguridad, cambie la clave en el primer acceso.
`,
  ),
];
