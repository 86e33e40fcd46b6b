// Tickets, emails and chat between consultants and clients (English, German, French, Spanish, Dutch, Polish,
// Portuguese, Italian), handover notes and go-live checklists, where credentials travel in prose.
import type { RealWorldDoc } from '../types';
import { bizDoc, V } from './bizValues';

export const BIZ_TICKET_DOCS: RealWorldDoc[] = [
  bizDoc(
    'biz-ticket-golive-checklist',
    ['prose', 'precision'],
    'docs/golive/checklist-erp-shop.md',
    (k) => `# Go-live checklist: shop ↔ ERP (week 45)

- [x] Production Shopify token created (Admin API, scopes read_orders/write_fulfillments): \`${k.prov('Shopify admin access token', V.shopify(k.g))}\`
- [x] NetSuite integration role "Integration - Orders" assigned to svc user
- [ ] Switch Adyen from TEST to LIVE; merchant account NordwindOutdoorECOM, web service user password: ${k.gpw()}
- [ ] Ask client to rotate the ERP admin password after handover (currently ${k.hpw()})
- [ ] Remove the sandbox key \`${k.n('sk_test_' + '•'.repeat(12))}\` from the staging env
- [ ] Confirm the bank's IBAN ${k.n(V.ibanSpaced(k.g))} in the payout settings
`,
  ),

  bizDoc(
    'biz-email-consultant-de',
    ['prose', 'precision'],
    'mail/AW_Schnittstelle_DATEV.eml',
    (k) => `From: Thomas Berger <t.berger@kanzlei-berger.example>
To: buchhaltung@nordwind.example
Subject: AW: Schnittstelle DATEV Unternehmen online
Date: Tue, 05 Nov 2024 08:31:22 +0100

Hallo Frau Schneider,

vielen Dank für die schnelle Rückmeldung. Ich habe den Benutzer für den Belegtransfer angelegt:

Benutzername: belegtransfer_nordwind
Kennwort: ${k.hpw()}

Das Kennwort bitte nach der ersten Anmeldung ändern. Die SmartCard-PIN gebe ich Ihnen wie besprochen telefonisch durch.
Für die Bankdaten-Übernahme brauchen wir noch die Kontonummer ${k.n(k.g.digits(10))} bei der Sparkasse (BLZ ${k.n(k.g.digits(8))}).

Viele Grüße
Thomas Berger

> Am 04.11.2024 um 17:02 schrieb buchhaltung@nordwind.example:
> Können Sie uns bitte die Zugangsdaten schicken? Das alte Passwort (${k.n('************')}) funktioniert nicht mehr.
`,
  ),

  bizDoc(
    'biz-ticket-fr-sage',
    ['prose', 'precision'],
    'tickets/SUP-4412.md',
    (k) => `**SUP-4412 — Connexion Sage 100 impossible depuis l'outil de rapprochement**

Bonjour,

Depuis la mise à jour de Sage 100 v10, le connecteur ne se connecte plus à la base comptable.
Paramètres actuels du connecteur :

- Serveur SQL : \`SRV-SAGE\\SAGE100\`
- Base : \`COMPTA_NORDWIND\`
- Utilisateur : \`rapprochement\`
- Mot de passe : \`${k.hpw()}\`

Le compte \`<Administrateur>\` de Sage a le mot de passe ${k.n('(vide)')} sur ce poste de test.

Message d'erreur : \`Échec de l'ouverture de session de l'utilisateur 'rapprochement'. (18456)\`

Merci d'avance,
Camille — service comptabilité
`,
  ),

  bizDoc(
    'biz-slack-export-integration',
    ['prose', 'logs-and-output', 'precision'],
    'exports/slack/integrations-channel-2024-10.json',
    (k) => `[
  { "ts": "1729842201.001200", "user": "U04QW1ABC", "text": "the Mirth channel to the lab is failing again, who has the SFTP login?" },
  { "ts": "1729842290.002100", "user": "U02MX9XYZ", "text": "user hosp_adt pw ${k.gpw()} , but please put it in 1Password this time" },
  { "ts": "1729842333.003000", "user": "U04QW1ABC", "text": "thx. also the HubSpot token expired? getting 401 with ${k.n('pat-na1-…')}" },
  { "ts": "1729842401.004400", "user": "U02MX9XYZ", "text": "new one: ${k.prov('HubSpot private app token', V.hubspot(k.g))}" },
  { "ts": "1729842455.005100", "user": "U04QW1ABC", "text": "works :+1: build id ${k.n(k.g.hex(40))}" }
]
`,
  ),

  bizDoc(
    'biz-email-es-pasarela',
    ['prose', 'precision'],
    'mail/Credenciales_pasarela_TPV.eml',
    (k) => `De: Soporte Comercios <soporte@tpv-banco.example>
Para: it@tienda-ejemplo.example
Asunto: Credenciales entorno real TPV Virtual
Fecha: Wed, 30 Oct 2024 12:14:09 +0100

Estimado cliente:

Le facilitamos los datos de acceso al entorno real de su TPV Virtual:

Número de comercio (FUC): ${k.n(k.g.digits(9))}
Terminal: 001
Clave secreta de encriptación (SHA-256): ${k.s('token', k.g.base64(32))}
Usuario del módulo de administración: ${k.n(k.g.digits(9))}-1
Contraseña provisional: ${k.hpw()}

Para pruebas utilice la tarjeta ${k.n('4548 8120 4940 0004')} (caducidad 12/34, CVV 123) y la clave de pruebas publicada en la documentación.

Atentamente,
Departamento de Soporte a Comercios
`,
  ),

  bizDoc(
    'biz-teams-chat-nl',
    ['prose', 'precision'],
    'exports/teams/exact-koppeling.txt',
    (k) => `[09:02] Bas de Groot: Goedemorgen! De Exact Online koppeling geeft sinds vannacht 401.
[09:04] Eva Mulder: Refresh token verlopen denk ik. Client secret van de app is ${k.s('token', k.g.alnum(12) + '!' + k.g.alnum(6))}, client id ${k.n(k.g.uuid())}.
[09:05] Eva Mulder: en het wachtwoord van de Exact-gebruiker api@bedrijf.example is ${k.hpw()} (graag na vandaag wijzigen)
[09:11] Bas de Groot: Top, werkt weer. Divisie ${k.n(k.g.digits(7))}, ik zet het in de wiki zonder wachtwoorden.
[09:12] Eva Mulder: 👍
`,
  ),

  bizDoc(
    'biz-ticket-pl-ksef',
    ['prose', 'precision'],
    'tickets/IT-3381-ksef.md',
    (k) => `## IT-3381 Integracja z KSeF (e-faktury)

Cześć,

token autoryzacyjny KSeF dla NIP ${k.n(k.g.digits(10))} wygenerowany w aplikacji podatnika:
\`${k.s('token', k.g.hex(64).toUpperCase())}\`

Hasło do certyfikatu kwalifikowanego (plik .pfx w sejfie): ${k.hpw()}

Środowisko testowe: https://ksef-test.mf.gov.pl — tam używamy tokenu ${k.n('<token-testowy>')}.
Numer konta firmowego (do faktur): ${k.n('PL' + k.g.digits(26))}

Pozdrawiam,
Marek
`,
  ),

  bizDoc(
    'biz-ticket-pt-nfe',
    ['prose', 'precision'],
    'tickets/SUP-1120-nfe.md',
    (k) => `### SUP-1120 — Erro ao emitir NF-e (certificado A1)

Olá equipe,

O serviço de emissão de NF-e parou de assinar as notas. O certificado A1 (arquivo \`empresa.pfx\`) foi renovado ontem.
Senha do certificado novo: ${k.hpw()}
CNPJ: ${k.n(k.g.digits(2) + '.' + k.g.digits(3) + '.' + k.g.digits(3) + '/0001-' + k.g.digits(2))}
Token CSC (NFC-e) id 000001: ${k.s('token', k.g.hex(8).toUpperCase() + '-' + k.g.hex(4).toUpperCase() + '-' + k.g.hex(4).toUpperCase() + '-' + k.g.hex(4).toUpperCase() + '-' + k.g.hex(12).toUpperCase())}

Chave de acesso da última nota: ${k.n(k.g.digits(44))}

Obrigado!
`,
  ),

  bizDoc(
    'biz-email-it-fatturazione',
    ['prose', 'precision'],
    'mail/Credenziali_SDI.eml',
    (k) => `Da: Assistenza <assistenza@gestionale.example>
A: amministrazione@azienda.example
Oggetto: Credenziali canale SDI e conservazione

Buongiorno,

come richiesto le inviamo le credenziali per il canale di trasmissione verso lo SDI:

utente: AZ${k.g.digits(6)}
password: ${k.hpw()}
codice destinatario: ${k.n(k.g.upper(7))}

Per la conservazione sostitutiva l'API key è ${k.tok()}.
La partita IVA ${k.n('IT' + k.g.digits(11))} risulta correttamente registrata.

Cordiali saluti
`,
  ),

  bizDoc(
    'biz-consultant-handover-en',
    ['prose', 'precision'],
    'docs/handover/2024-11-handover-integrations.md',
    (k) => `# Handover: integrations (Nov 2024)

Hi Priya, here is everything I touched this year. Passwords marked (KP) are only in KeePass.

## Payments
- Authorize.Net: login id ${k.u(V.authnetLogin(k.g))}, transaction key ${k.prov('Authorize.Net transaction key', V.authnetTxKey(k.g))} (generated 2024-07-01; generating a new one disables the old after 24 h).
- Braintree: merchant ${k.n(V.braintreeMerchant(k.g))}; keys (KP).

## ERP
- NetSuite admin: me, switch to your own login. Sandbox refresh on the 1st.
- SAP RFC user RFC_INTEG: password ${k.hpw()}; expires every 90 days unless the user type is changed to SYSTEM.

## Health
- Mirth admin console: admin / ${k.gpw()}
- Clearing house SFTP: (KP)

## Misc
- Make.com webhook for the invoice scenario is \`${k.u(`https://hook.eu1.make.com/${k.g.lower(32)}`)}\`.
- Slack alerts: \`${k.prov('Slack webhook', V.slackHook(k.g))}\`
- Old Teams connector (retired): \`${k.n('https://outlook.office.com/webhook/…')}\`
`,
  ),

  bizDoc(
    'biz-jira-comment-tableau',
    ['prose', 'precision'],
    'tickets/BI-214.txt',
    (k) => `BI-214: Nightly extract refresh fails on "Finance DWH"

Comment by Jonas (2024-10-21 10:44):
The service account's PAT was revoked when Anna left. I created a new one:
name: etl-refresh
secret: ${k.s('token', V.tableauPatSecret(k.g))}

Comment by Anna (2024-10-21 11:02):
Please don't paste PATs in Jira. Rotated it; the new one is in the vault under tableau/etl-refresh. The one above is dead.

Comment by Jonas (2024-10-21 11:05):
Sorry! Also the DB password for tableau_ro is still ${k.hpw()} if anyone needs it for Desktop.
`,
  ),

  bizDoc(
    'biz-whatsapp-export-de',
    ['prose', 'precision'],
    'exports/whatsapp/Chat_mit_Kunde_Praxis.txt',
    (k) => `04.11.24, 18:12 - Dr. Hoffmann Praxis: Guten Abend, die Abrechnung an die KV hängt wieder. Der Konnektor meldet Fehler.
04.11.24, 18:20 - Stefan (IT-Service): Ich schaue es mir an. Können Sie mir das Kennwort vom Praxisverwaltungssystem-Admin schicken?
04.11.24, 18:24 - Dr. Hoffmann Praxis: ${k.hpw()}
04.11.24, 18:25 - Dr. Hoffmann Praxis: Die PIN für die SMC-B Karte kam per Post (${k.n('PIN-Brief')}), die habe ich gerade nicht.
04.11.24, 18:40 - Stefan (IT-Service): Erledigt, der Zeitstempel-Dienst war abgelaufen. Bitte das Kennwort morgen ändern!
04.11.24, 18:41 - Dr. Hoffmann Praxis: <Medien ausgeschlossen>
`,
  ),
];
