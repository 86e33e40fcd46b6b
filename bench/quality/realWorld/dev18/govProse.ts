// Prose of public-sector IT in many languages: vendor handover emails with temporary passwords, procurement PDFs
// turned to text, FOIA releases with redaction mistakes, ServiceNow/TOPdesk/Jira tickets, Teams threads and wiki
// runbooks — German, French, Dutch, Spanish, Italian, Polish, Danish, Norwegian, Finnish, Estonian, Portuguese, Greek.
import type { RealWorldDoc } from '../types';
import { gDoc, V } from './govValues';

export const GOV_PROSE_DOCS: RealWorldDoc[] = [
  gDoc(
    'gov-vendor-handover-email-de',
    ['prose', 'precision'],
    'mail/uebergabe-fachverfahren.eml',
    (k) => `Von: Projektleitung <pl@softwarehaus.example>
An: it-betrieb@landkreis.example
Betreff: Übergabe Fachverfahren Wohngeld – Zugangsdaten Produktion

Sehr geehrte Damen und Herren,

anbei wie besprochen die Zugangsdaten für die Produktionsumgebung (Vertrag ${k.n(V.aktenzeichen(k.g))}):

Anwendungsadministrator: wgadmin
Initialpasswort: ${k.pw()}
Datenbank (Oracle, Schema WG_PROD): Kennwort ${k.spw()}
Schnittstelle zur Kasse (SEPA-Export): Benutzer kasse_export, PW: ${k.hpw()}

Bitte ändern Sie die Passwörter nach der ersten Anmeldung. Das Kennwort für das Zertifikat (XTA) erhalten Sie
getrennt per Post.

Mit freundlichen Grüßen
i. A. Projektleitung
`,
  ),

  gDoc(
    'gov-procurement-pdf-text-fr',
    ['prose', 'precision'],
    'marches/CCTP-lot2-extrait.txt',
    (k) => `CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES — Lot 2 : hébergement du portail citoyen
Marché n° ${k.n(k.g.digits(4) + '-' + k.g.digits(3) + '-' + k.g.digits(2))}   SIRET du pouvoir adjudicateur : ${k.n(k.g.digits(14))}

Article 7.3 — Réversibilité
Le titulaire remet à la fin du marché l'ensemble des accès d'administration. À titre d'exemple, les accès
actuels sont :
  - console d'administration : utilisateur « admin_portail », mot de passe : ${k.pw()}
  - base PostgreSQL : utilisateur « portail », mot de passe ${k.spw()}
Les mots de passe seront modifiés par le pouvoir adjudicateur après la réception.

Article 7.4 — Les mots de passe doivent comporter au moins 12 caractères (voir guide ANSSI).
Page 14/52
`,
  ),

  gDoc(
    'gov-foia-release-redaction-miss',
    ['prose', 'precision'],
    'foia/2025-0412-release.txt',
    (k) => `RESPONSIVE RECORDS — FOIA Request ${k.n('2025-FOIA-' + k.g.digits(5))}
Released under 5 U.S.C. § 552. Redactions under (b)(6) and (b)(7)(C).

--- Page 3 of 17 ---
From: [REDACTED (b)(6)]
To: Facilities IT
Subject: badge system contractor access

The contractor's VPN account is active. Username: ext-lenel04, password ${k.m.negative('[REDACTED (b)(6)]')}.
For the badge database the sa account still uses ${k.pw()} — please change it after the upgrade.
Ticket: ${k.n(V.ticket(k.g))}

--- Page 4 of 17 ---
The camera NVR admin password was reset to ${k.n('█████████')} on 3/12.
Parking garage controller: user admin / ${k.hpw()}
`,
  ),

  gDoc(
    'gov-servicenow-ticket-export',
    ['prose', 'logs-and-output', 'precision'],
    'tickets/RITM-export.csv',
    (k) => `number,short_description,assigned_to,work_notes
${V.ticket(k.g)},"New account for seasonal clerk (elections)","J. Alvarez","Account created. Temp pw ${k.pw()} given to supervisor by phone."
${V.ticket(k.g)},"Reset password Munis","K. Osei","Reset via Tyler Identity, user must change at login. No password stored here."
${V.ticket(k.g)},"GIS service account locked","M. Chen","Unlocked svc_arcgis. Password unchanged (${k.n('see Secret Server')})."
${V.ticket(k.g)},"Shared mailbox for Clerk","R. Patel","Created clerk-minutes@. Delegate pw for the scanner: ${k.spw()}"
${V.ticket(k.g)},"VPN token for auditor","L. Novak","Issued FortiToken serial ${k.n('FTKMOB' + k.g.upper(10))}"
`,
  ),

  gDoc(
    'gov-topdesk-melding-nl',
    ['prose', 'precision'],
    'topdesk/melding-export.txt',
    (k) => `Melding ${k.n('M' + k.g.digits(4) + ' ' + k.g.digits(3))} — Gemeente, team Applicatiebeheer
Aanmelder: Burgerzaken
Korte omschrijving: Koppeling BRP-bevragen werkt niet na certificaatwissel

Actie (14-03 10:12): PKIoverheid-certificaat vernieuwd. Wachtwoord van het nieuwe PFX-bestand: ${k.pw()}
Actie (14-03 10:40): Servicegebruiker svc_brp opnieuw ingesteld, wachtwoord is nu ${k.hpw()}
Actie (14-03 11:05): Graag het wachtwoord niet in TOPdesk zetten (AVG), voortaan via de kluis.
BSN testpersoon (van RvIG testset): ${k.n(k.g.digits(9))}
OIN gemeente: ${k.n('00000001' + k.g.digits(12))}
`,
  ),

  gDoc(
    'gov-teams-thread-es',
    ['prose', 'precision'],
    'chat/teams-sede-electronica.txt',
    (k) => `[09:02] Lucía Fernández: ¿alguien tiene la contraseña del usuario de integración con la Plataforma de Intermediación?
[09:03] Jorge Martín: sí, es ${k.pw()}
[09:03] Jorge Martín: y el certificado de sello tiene de pin ${k.spw()}
[09:05] Lucía Fernández: gracias! lo cambio después de la auditoría del ENS
[09:06] Ana Ruiz: por favor no pongáis contraseñas aquí, usad el KeePass del servicio 🙏
[09:07] Jorge Martín: vale, la próxima vez ${k.n('****')}
[09:10] Lucía Fernández: el expediente es ${k.n(k.g.digits(4) + '/' + k.g.pick(['2024', '2025']) + '/' + k.g.digits(5))}
`,
  ),

  gDoc(
    'gov-confluence-runbook-it',
    ['prose', 'command-line', 'precision'],
    'wiki/runbook-anpr.md',
    (k) => `# Runbook: ripristino collegamento ANPR (Anagrafe Nazionale)

1. Verificare il certificato client (scade ogni 2 anni); la password del keystore è \`${k.pw()}\`.
2. Riavviare il servizio: \`systemctl restart anpr-connector\`
3. Se il PDND voucher non viene emesso, controllare il kid: ${k.n(k.g.uuid())} (pubblico).
4. Accesso al DB dell'anagrafe comunale:
   \`psql -h db-anagrafe -U anagrafe_app\` (password: ${k.hpw()})

Codice ISTAT del comune: ${k.n(k.g.digits(6))}. Codice fiscale di test: ${k.n('RSSMRA80A01H501' + k.g.upper(1))}.
`,
  ),

  gDoc(
    'gov-jira-ticket-pl',
    ['prose', 'precision'],
    'jira/EPUAP-1187.txt',
    (k) => `EPUAP-1187: Integracja ePUAP — skrzynka podawcza nie odbiera dokumentów
Status: W toku   Priorytet: Wysoki

Opis:
Po odnowieniu certyfikatu systemowego integracja z ePUAP zwraca błąd 401. Hasło do pliku .p12 to ${k.pw()}.
Konto techniczne w ESP: urzad_miasta_esp, hasło ${k.spw()}

Komentarz (Tomasz K.): hasło zmienione, nowe jest w sejfie haseł, tutaj wpisuję tylko ${k.n('[ukryte]')}.
NIP urzędu: ${k.n(k.g.digits(10))}, REGON: ${k.n(k.g.digits(9))}
`,
  ),

  gDoc(
    'gov-email-nordic-mixed',
    ['prose', 'precision'],
    'mail/nordic-cooperation.txt',
    (k) => `Emne: Adgang til testmiljø for digital post (Danmark)
Hej Mette, brugernavn er kommune-test-07 og adgangskoden er ${k.pw()} — husk at skifte den.
CVR-nummer: ${k.n(k.g.digits(8))}

Emne: Testbruker for ID-porten (Norge)
Hei! Testbrukeren i ver2 har passord ${k.hpw()}. Fødselsnummeret er syntetisk: ${k.n(k.g.digits(11))}
Organisasjonsnummer: ${k.n(k.g.digits(9))}

Aihe: Suomi.fi-palveluväylä
Moi, liityntäpalvelimen ylläpitäjän salasana on ${k.pw()}. Y-tunnus ${k.n(k.g.digits(7) + '-' + k.g.digits(1))}.

Teema: X-tee turvaserver (Eesti)
Tere! Turvaserveri tokeni PIN on ${k.spw()} ja admin parool ${k.pw()}. Registrikood ${k.n(k.g.digits(8))}.
`,
  ),

  gDoc(
    'gov-email-pt-greek',
    ['prose', 'precision'],
    'mail/sul-europa.txt',
    (k) => `Assunto: Acesso à plataforma de interoperabilidade (iAP)
Bom dia, seguem os dados: utilizador camara_braga_iap, palavra-passe ${k.pw()}.
NIF da câmara: ${k.n(k.g.digits(9))}

Θέμα: Κωδικοί πρόσβασης στο σύστημα διαλειτουργικότητας
Καλημέρα, ο κωδικός του λογαριασμού υπηρεσίας είναι ${k.pw()} και το όνομα χρήστη dimos_larisas_ws.
ΑΦΜ δήμου: ${k.n(k.g.digits(9))}
Παρακαλώ αλλάξτε τον κωδικό μετά την πρώτη σύνδεση.
`,
  ),

  gDoc(
    'gov-teams-thread-de-rathaus',
    ['prose', 'precision'],
    'chat/teams-it-rathaus.txt',
    (k) => `Müller, Stefan 08:14
Moin, das Passwort vom Admin-Konto für den Sitzungsdienst-Server ist abgelaufen. Hat jemand das neue?
Yilmaz, Deniz 08:16
Neues Kennwort: ${k.pw()}
Yilmaz, Deniz 08:16
und für die Fachanwendung OK.VORFAHRT: ${k.spw()}
Schmidt, Anna 08:20
Bitte Passwörter nur über Passwortsafe teilen, nicht im Chat. Ich habe den Eintrag "Sitzungsdienst" aktualisiert.
Müller, Stefan 08:21
Danke! Das Aktenzeichen für den Vorgang ist ${k.n(V.aktenzeichen(k.g))}
`,
  ),

  gDoc(
    'gov-council-it-minutes',
    ['prose', 'precision'],
    'minutes/it-steering-2025-05.md',
    (k) => `# IT Steering Committee — minutes, 14 May 2025

Present: CIO, Deputy Clerk, GIS Manager, Records Manager, Security Officer

1. **Password policy**: the Security Officer reminded everyone that passwords like "${k.n('Spring2025!')}" are exactly what
   attackers try first. New minimum length 14; passphrases encouraged.
2. **Incident ${k.n(V.ticket(k.g))}**: the shared Finance drive password (${k.pw()}) was posted in a Teams channel
   and has now been rotated.
3. **MFA for council members**: tokens ordered, serials ${k.n(k.g.digits(10))}–${k.n(k.g.digits(10))}.
4. **Open data**: budget datasets now published nightly (portal API token rotated, not recorded here).
`,
  ),

  gDoc(
    'gov-onboarding-letter-contractor',
    ['prose'],
    'hr/contractor-onboarding.txt',
    (k) => `Welcome to the Department of Motor Vehicles modernization project.

Your accounts:
  - Network (DMV domain): ${'e' + k.g.digits(6)}  temporary password: ${k.hpw()}
  - Mainframe TSO id: ${'DMV' + k.g.digits(4)}  initial password: ${k.racf()}
  - Jira/Confluence: SSO via your network account.

You will be asked to change both passwords at first logon. Do not write them down.
`,
  ),

  gDoc(
    'gov-helpdesk-kb-nl-fr',
    ['prose', 'precision'],
    'kb/reset-wachtwoord.md',
    (k) => `## Wachtwoord resetten (Burgerzaken)
1. Open de selfservice-pagina en vul je gebruikersnaam in.
2. Kies een nieuw wachtwoord van minstens 12 tekens, bijvoorbeeld ${k.n('<jouw-wachtwoord>')}.
3. Lukt het niet? Bel de servicedesk.

## Réinitialiser le mot de passe (service état civil)
1. Ouvrez la page libre-service.
2. Le mot de passe temporaire est envoyé par SMS, jamais par courriel. Exemple de format : ${k.n('XXXX-XXXX')}.

Beheerdersnotitie (niet publiceren): servicedesk-account sd_reset, wachtwoord ${k.pw()}
`,
  ),
];
