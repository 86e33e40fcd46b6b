// Law-firm prose: e-mails to the IT contractor, helpdesk tickets, onboarding sheets and chats in several languages.
// Passwords sit next to matter numbers, docket numbers, Bates ranges and masked values.
import type { RealWorldDoc } from '../types';
import { cDoc, C } from './civicValues';

export const CIVIC_LEGAL_PROSE_DOCS: RealWorldDoc[] = [
  cDoc(
    'civic-law-email-it-contractor-en',
    ['prose', 'precision'],
    'mail/2026-02-11-imanage-migration.eml',
    (k) => `From: Priya Shah <p.shah@hartley-baxter.example>
To: support@legal-it-partners.example
Subject: RE: iManage Work 10 migration - service account

Hi Tom,

As discussed, the service account for the nightly import is svc-imanage-import. I reset it this morning, the new
password is ${k.pw()} (please put it in your vault and delete this mail).

The old one (${k.n('Ha********!!')}) is disabled. The test matter to use is ${k.n(C.matter(k.g))}, client 004711.
Workspace template: ${k.n('LIT-Standard-v4')}.

For the NetDocuments side, the cabinet admin is still Mark; his MFA reset ticket is ${k.n(C.ticket(k.g))}.

Thanks,
Priya
IT Manager, Hartley Baxter LLP
`,
  ),

  cDoc(
    'civic-law-helpdesk-ticket-pacer',
    ['prose', 'precision'],
    'tickets/HD-2026-0318-pacer.txt',
    (k) => `Ticket ${k.n(C.ticket(k.g))}  |  Priority: High  |  Requester: Docketing (R. Alvarez)

Description:
PACER login for the firm's shared docketing account stopped working after the NextGen CM/ECF switch in SDNY.
Username: hbdocket01
Password (per requester): ${k.hpw()}
Case affected: ${k.n(C.docket(k.g))}, ${k.n(C.docket(k.g))}

Resolution notes (J. Kim):
Password had expired. Set new one in PACER Manage My Account: ${k.gpw()}
Stored in Keeper under "${k.n('Docketing / PACER shared')}". Told requester to stop writing it in tickets.
`,
  ),

  cDoc(
    'civic-law-onboarding-sheet-de',
    ['prose', 'precision'],
    'onboarding/2026-04-neue-mitarbeiterin-kanzlei.md',
    (k) => `# Einarbeitung – Frau Dr. Lena Brandt (Associate, Arbeitsrecht)

| System | Benutzer | Startpasswort | Hinweis |
|---|---|---|---|
| Windows / AD | l.brandt | ${k.hpw()} | bei erster Anmeldung ändern |
| beA-Karte | – | PIN ${k.u(k.g.digits(6))} | Karte im Safe |
| RA-MICRO | LB | ${k.hpw()} | Aktenzugriff Dezernat 3 |
| DATEV Anwalt | – | ${k.n('siehe Passwort-Tresor')} | |
| WLAN Kanzlei-Gast | – | ${k.wifi()} | für Mandanten |

Aktenzeichen für die Übungsakte: ${k.n(C.matter(k.g))}. Gerichtsaktenzeichen Beispiel: ${k.n(C.docket(k.g))}.
`,
  ),

  cDoc(
    'civic-law-teams-chat-fr',
    ['prose', 'precision'],
    'exports/teams/cabinet-support-informatique.txt',
    (k) => `[08:42] Moreau, Julie : bonjour, je n'arrive plus à ouvrir Secib depuis la mise à jour
[08:45] Support IT : quel message ? capture ?
[08:47] Moreau, Julie : "identifiant ou mot de passe incorrect"
[08:50] Support IT : j'ai réinitialisé, mot de passe provisoire : ${k.hpw()}
[08:51] Support IT : et pour le RPVA la clé reste la même, code ${k.n('****')}
[09:02] Moreau, Julie : ça marche merci ! dossier ${k.n(C.matter(k.g))} ouvert
[09:03] Support IT : pour e-Barreau le mot de passe du compte partagé est ${k.gpw()}, ne pas le diffuser
`,
  ),

  cDoc(
    'civic-law-email-es-despacho',
    ['prose', 'precision'],
    'correo/2026-03-lexnet-acceso.txt',
    (k) => `De: Marta Castellano <mcastellano@castellano-abogados.example>
Para: informatica@proveedor-it.example
Asunto: Acceso al servidor de expedientes

Hola Javier,

te paso los datos que me pediste para revisar la copia de seguridad del servidor de expedientes:

  usuario: backupadmin
  contraseña: ${k.pw()}

El expediente de prueba es el ${k.n(C.matter(k.g))} (procedimiento ${k.n(C.docket(k.g))}).
La contraseña antigua (${k.n('Ca*********')}) ya no funciona.

Un saludo,
Marta
`,
  ),

  cDoc(
    'civic-law-slack-litsupport-en',
    ['prose', 'precision'],
    'exports/slack/lit-support-2026-01.txt',
    (k) => `#lit-support
[2026-01-14 10:02] dana.w: anyone have the Relativity login for the ${k.n(C.matter(k.g))} workspace? review team starts at 11
[2026-01-14 10:04] sam.o: it's the shared reviewer acct, rev-team-07 / ${k.hpw()}
[2026-01-14 10:04] sam.o: (yes i know, rotating it after the review)
[2026-01-14 10:15] dana.w: production vol 003 is ${k.n(C.bates(k.g))} to ${k.n(C.bates(k.g))}, MD5 of the zip ${k.n(C.md5(k.g))}
[2026-01-14 10:20] sam.o: the SFTP for opposing counsel: user hbprod, pw ${k.gpw()}
[2026-01-14 10:21] dana.w: thx. send the pw by phone next time pls
`,
  ),

  cDoc(
    'civic-law-memo-it-nl',
    ['prose', 'precision'],
    'memos/2026-05-advocatenkantoor-overdracht.md',
    (k) => `# Overdracht ICT – advocatenkantoor Visser & Partners

Beheerder vertrekt per 1 juni. Overzicht voor de opvolger:

- Domeinbeheerder: admin@visserpartners.example, wachtwoord ${k.pw()}
- Kluis (Bitwarden) hoofdwachtwoord wordt persoonlijk overgedragen, ${k.n('niet per mail')}
- BaseNet dossierbeheer API-gebruiker: koppeling, wachtwoord ${k.gpw()}
- Printer-pincode secretariaat: ${k.u(k.g.digits(4))}
- Lopende zaak ter referentie: ${k.n(C.matter(k.g))}, rolnummer ${k.n(`C/13/${k.g.digits(6)} / HA ZA ${k.g.digits(2)}-${k.g.digits(3)}`)}
`,
  ),

  cDoc(
    'civic-law-whatsapp-pt-escritorio',
    ['prose', 'precision'],
    'exports/whatsapp/escritorio-ti.txt',
    (k) => `[03/03/26 09:10] Ana Pereira: bom dia, o PJe não aceita a minha senha
[03/03/26 09:12] Rui (TI): o certificado A3 está ligado? o PIN do token é ${k.u(k.g.digits(6))}
[03/03/26 09:15] Ana Pereira: sim. a senha do sistema do escritório também caiu
[03/03/26 09:18] Rui (TI): redefini, nova senha ${k.hpw()}
[03/03/26 09:19] Rui (TI): processo de teste ${k.n(`${k.g.digits(7)}-${k.g.digits(2)}.2026.8.26.${k.g.digits(4)}`)}
[03/03/26 09:40] Ana Pereira: funcionou, obrigada
`,
  ),

  cDoc(
    'civic-law-handover-it-pl',
    ['prose', 'precision'],
    'docs/kancelaria/przekazanie-it.md',
    (k) => `# Przekazanie obowiązków IT – Kancelaria Novak i Wspólnicy

1. Serwer plików \\\\KANC-FS01: konto administracyjne kanc-admin, hasło ${k.pw()}
2. System kancelaryjny (Kleos): użytkownik integracji api_kleos, hasło ${k.gpw()}
3. Portal Informacyjny Sądów – konto kancelarii, hasło ${k.n('w sejfie')}
4. Sygnatura sprawy testowej: ${k.n(`I C ${k.g.digits(3)}/${k.g.digits(2)}`)}
5. Hasło do Wi-Fi dla klientów: ${k.wifi()}
`,
  ),

  cDoc(
    'civic-law-email-it-studio-legale',
    ['prose', 'precision'],
    'posta/2026-01-pct-accesso.txt',
    (k) => `Da: Giulia Ferri <g.ferri@studiolegaleferri.example>
A: assistenza@it-studio.example
Oggetto: Redattore atti PCT e NAS

Buongiorno,
come da accordi vi invio le credenziali del NAS dello studio per il controllo dei backup:
utente admin_backup, password ${k.hpw()}
La password del redattore atti non la mando per email (${k.n('********')}).
Fascicolo di prova: R.G. ${k.n(`${k.g.digits(4)}/2026`)}.
Grazie,
Giulia
`,
  ),

  cDoc(
    'civic-law-email-sv-byra',
    ['prose', 'precision'],
    'mail/2026-02-advokatbyra-losen.txt',
    (k) => `Från: Erik Lindqvist <erik@lindqvist-advokat.example>
Till: it@konsult.example
Ämne: Nya lösenord efter incidenten

Hej!
Efter phishingförsöket har vi bytt lösenord på följande:
- Microsoft 365 för receptionen: ${k.hpw()}
- Ärendesystemet (målnummer ${k.n(`T ${k.g.digits(4)}-26`)} som test): ${k.gpw()}
Gamla lösenordet ${k.n('Li*******22')} ska inte fungera längre.
Mvh Erik
`,
  ),

  cDoc(
    'civic-law-meeting-notes-ja',
    ['prose', 'precision'],
    'docs/事務所/IT会議メモ.md',
    (k) => `# 法律事務所 IT 定例会議メモ（2026年3月）

- 文書管理システムの移行：案件番号 ${k.n(C.matter(k.g))} で動作確認済み
- 複合機の管理者パスワードを変更：${k.dev()}
- 共有メールボックス（受付）のパスワード：${k.hpw()}（4月に再変更予定）
- 裁判所提出用 PDF のハッシュ（SHA-1）：${k.n(C.sha1(k.g))}
- 次回：VPN 証明書の更新
`,
  ),
];
