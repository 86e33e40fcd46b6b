// Prose: ServiceNow/Jira tickets, Teams/Slack threads between clinicians, IT and vendors, vendor remote-support
// handovers (TeamViewer/AnyDesk), go-live checklists, downtime procedures, emails, in English, German, French,
// Spanish, Portuguese, Dutch, Italian, Swedish, Japanese and Arabic.
import type { RealWorldDoc } from '../types';
import { hDoc, V } from './healthValues';

export const HEALTH_PROSE_DOCS: RealWorldDoc[] = [
  hDoc(
    'health-servicenow-incident',
    ['prose', 'precision'],
    'tickets/INC0051932.txt',
    (k) => `Number: INC0051932            Priority: 2 - High          State: Resolved
Caller: Night supervisor, 4 West       Assignment group: Clinical Applications
Short description: Nurses cannot log into the medication cabinet after badge change

Work notes:
2024-05-14 02:13 (R. Ahmed) Reproduced. Cabinet cannot reach the AD sync service. Restarted service on PYX01.
2024-05-14 02:31 (R. Ahmed) Override: temporary local login created on cabinet 4W-2, user "4wtemp", pw ${k.hpw()}
  — to be disabled by day shift. Patient safety: no delays in med pass reported.
2024-05-14 07:40 (L. Chen) Disabled 4wtemp. Root cause: svc_pyxis password expired. New password set:
  ${k.pw()} (updated in KeePass and on the server, please don't paste passwords into work notes next time… I know)
2024-05-14 07:52 (L. Chen) Affected patient MRNs for the incident review: ${k.n(V.mrn(k.g))}, ${k.n(V.mrn(k.g))}

Resolution code: Solved (Permanently)
`,
  ),

  hDoc(
    'health-jira-interface-ticket',
    ['prose', 'precision'],
    'tickets/INTF-1422.md',
    (k) => `**INTF-1422** — New ORU feed from the cardiology ECG system (MUSE) to Epic

*Reporter:* Interface team · *Status:* In progress · *Labels:* hl7, cardiology, go-live-q3

### Description
MUSE will send ORU^R01 with PDF (base64 in OBX-5, ED type). Needs a new Mirth channel + Bridges interface.

### Comments
**Priya (interfaces):** Test listener is up on mirth-tst01 port ${V.port(k.g)}. MUSE side needs the VPN; their
engineer's login for our test Mirth is \`muse_vendor\` / \`${k.pw()}\` (expires 30 days).

**Marco (GE Healthcare):** Thanks. For the MUSE web API the service account is \`MUSEAPI\`; password is
${k.pw()} — could you whitelist 10.72.4.0/24?

**Priya:** Done. Please rotate that one after go-live, it's in this ticket now 🙃

**Dr. Novak (cardiology):** Test patient ${k.n('ZZZTEST, ECG')} (MRN ${k.n(V.mrn(k.g))}) shows two identical ECGs,
accession ${k.n(V.accession(k.g))}. Is that the feed or MUSE?

**Priya:** Duplicate ACK timeout, fixed. MSH-10 ${k.n(V.hl7Ctrl(k.g))} was resent.
`,
  ),

  hDoc(
    'health-teams-thread-en',
    ['prose', 'precision'],
    'chat/teams-pacs-outage.txt',
    (k) => `[08:02] Dr. Hannah Price (Radiology): PACS viewer is down in reading room 2 again. Can't open any CT.
[08:04] Kevin Doyle (Imaging IT): looking. Zero-footprint viewer works? https://zfp.nsh.org
[08:05] Dr. Hannah Price: ZFP asks for a login I don't have
[08:06] Kevin Doyle: use the department one for now: radreading / ${k.hpw()}
[08:06] Kevin Doyle: (I'll change it after the outage, please don't share)
[08:15] Sectra support (Lina): We see the archive is fine. Can you give us remote access?
[08:16] Kevin Doyle: TeamViewer on PACS-APP01: ID ${k.n(V.teamviewerId(k.g))}, password ${k.gpw()}
[08:40] Sectra support (Lina): Fixed: the disk cache was full on the web server. Cleared 300 GB.
[08:41] Dr. Hannah Price: working again, thanks!
[08:45] Kevin Doyle: study that was stuck: ${k.n(V.dicomUid(k.g))}
`,
  ),

  hDoc(
    'health-slack-export-integration',
    ['prose', 'precision'],
    'chat/slack-integration-team.json',
    (k) => `[
  {"ts": "1712131200.000100", "user": "U05ANNA", "text": "who has the athena preview creds? the sandbox app keeps returning 401"},
  {"ts": "1712131260.000200", "user": "U05BEN", "text": "client id \`${k.n(k.g.alnum(20).toLowerCase())}\` (that part is not secret) and the secret is \`${k.tok()}\`"},
  {"ts": "1712131300.000300", "user": "U05ANNA", "text": "ty! also the Orthanc test box wants a password again"},
  {"ts": "1712131330.000400", "user": "U05BEN", "text": "orthanc / ${k.hpw()} (teaching instance only)"},
  {"ts": "1712131400.000500", "user": "U05CARLA", "text": "pls stop pasting passwords in here :face_palm: use 1Password: op://Interfaces/athena-preview/credential"},
  {"ts": "1712131460.000600", "user": "U05BEN", "text": "fair. rotating. new ones in the vault, old ones revoked"},
  {"ts": "1712131500.000700", "user": "U05ANNA", "text": "FYI the FHIR id of my test patient is ${k.n(V.fhirId(k.g))}, LOINC for the panel ${k.n(V.loinc(k.g))}"}
]
`,
  ),

  hDoc(
    'health-vendor-remote-support-handover',
    ['prose', 'precision'],
    'vendor/remote-support-handover-lab.txt',
    (k) => `Remote support handover — Lab analyzer middleware upgrade (Change CHG0031177)

Vendor: DiaTech Support (engineer: Stefan W.)
Window: Sat 22:00–02:00

Access for the vendor:
 - AnyDesk on LABMW01: ${k.n(V.anydeskId(k.g))} — unattended access password ${k.gpw()}
 - Local admin on LABMW01: .\\diatech / ${k.pw()}
 - SQL (middleware DB): sa / ${k.spw()} — vendor asked for sa, we gave it only for the window
 - VPN (FortiClient): user "ext_diatech", password ${k.pw()}, token via SMS to the on-call phone

After the window: disable ext_diatech, change the AnyDesk password, change the local admin (LAPS will do it).
Checksum of the installer they used: ${k.n(V.sha256(k.g))}
`,
  ),

  hDoc(
    'health-golive-checklist',
    ['prose', 'precision'],
    'golive/cutover-checklist.md',
    (k) => `# Go-live cutover checklist — Ambulatory wave 2

| # | Task | Owner | Status |
|---|---|---|---|
| 1 | Freeze legacy scheduling (read-only) | Apps | ☐ |
| 2 | Final ADT backload (MRN range ${k.n(V.mrn(k.g))}–${k.n(V.mrn(k.g))}) | Interfaces | ☐ |
| 3 | Enable Bridges outbound interfaces (SIU, DFT) | Interfaces | ☐ |
| 4 | Print downtime BCA reports; verify BCA PC login \`bca_4w\` / \`${k.hpw()}\` | Desktop | ☐ |
| 5 | Label printers: Zebra admin PIN reset to ${k.u('1234')} (default) | Desktop | ☐ |
| 6 | Command centre Wi-Fi \`GOLIVE-CC\`: ${k.pw()} | Network | ☐ |
| 7 | Super-user accounts for at-the-elbow support: initial pw ${k.hpw()} (force change) | Training | ☐ |
| 8 | Test patient set: ${k.n('ZZTEST, ONE')} … ${k.n('ZZTEST, TEN')} | Apps | ☐ |

Passwords for production service accounts are NOT in this document — see CyberArk.
`,
  ),

  hDoc(
    'health-downtime-procedure',
    ['prose', 'precision'],
    'policies/ehr-downtime-procedure.md',
    (k) => `# EHR unplanned downtime procedure (nursing units)

1. Check the downtime PC on your unit (red sticker). It runs BCA reports every 15 min.
2. Log in with the unit's downtime account. The account name is \`dt_<unit>\` (e.g. \`dt_4w\`). The password
   is in the sealed envelope at the nurses' station. **Never write it on the PC.**
3. Use paper MAR (form ${k.n('NSH-F-0412')}) and downtime requisitions.
4. Lab results: call the lab at ext. 4-5500. Radiology: ZFP viewer still works (it is independent from the EHR).
5. Registration: use downtime MRN range ${k.n('DT' + k.g.digits(6))} to ${k.n('DT' + k.g.digits(6))}.

Example of a password that is NOT acceptable for the downtime account: \`${k.n('Password1')}\`.

Recovery: back-entry by unit clerks; reconcile orders with pharmacy.
`,
  ),

  hDoc(
    'health-email-de-pacs',
    ['prose', 'precision'],
    'mail/de-pacs-zugang-teleradiologie.eml',
    (k) => `Von: Dr. Katrin Vogel <k.vogel@klinikum-nord.de>
An: IT-Servicedesk <servicedesk@klinikum-nord.de>
Betreff: AW: Zugang Teleradiologie für Wochenenddienst

Hallo zusammen,

danke für die schnelle Einrichtung. Zur Dokumentation:

- Teleradiologie-Portal: Benutzer tele_kvogel, Initialpasswort ${k.hpw()} (wurde beim ersten Login geändert)
- VPN-Zugang Heimarbeitsplatz: Benutzer kvogel, Kennwort lautet ${k.pw()}
- Befundungsstation Zuhause, lokales Konto "befund": ${k.pw()}

Die Studie vom Samstag (Accession ${k.n(V.accession(k.g))}, Studien-UID ${k.n(V.dicomUid(k.g))}) ließ sich
übrigens nicht laden.

Viele Grüße
Katrin Vogel
Oberärztin Radiologie
`,
  ),

  hDoc(
    'health-email-fr-labo',
    ['prose', 'precision'],
    'mail/fr-interface-labo.txt',
    (k) => `Objet : Interface SIL — accès pour l'éditeur

Bonjour Monsieur Lambert,

Comme convenu, voici les accès pour la recette de l'interface HPRIM/HL7 entre le SIL et le DPI :

  • Serveur de recette : sil-rec.chu-example.fr (VPN obligatoire)
  • Compte applicatif : interface_hprim
  • Mot de passe : ${k.pw()}
  • Base Oracle : SILREC, utilisateur SIL_RO, mot de passe ${k.spw()}

Le mot de passe du compte de production vous sera communiqué par téléphone, pas par courriel.
Le numéro FINESS de l'établissement est ${k.n(k.g.digits(9))} et l'OID de l'établissement ${k.n(V.oid(k.g))}.

Cordialement,
Service informatique — CHU
`,
  ),

  hDoc(
    'health-whatsapp-es-clinica',
    ['prose', 'precision'],
    'chat/whatsapp-clinica-sistemas.txt',
    (k) => `[12/03/24, 09:14:02] Jorge (Sistemas): Buenos días, ya quedó el nuevo servidor del ecógrafo
[12/03/24, 09:15:40] Dra. Morales: Gracias! Cuál es la contraseña del usuario "ecografia"?
[12/03/24, 09:16:05] Jorge (Sistemas): ${k.hpw()}
[12/03/24, 09:16:30] Jorge (Sistemas): y la del wifi de consultorios es ${k.pw()}
[12/03/24, 09:20:11] Dra. Morales: La historia clínica de prueba es la ${k.n(k.g.digits(6))}, no aparece el estudio
[12/03/24, 09:25:48] Jorge (Sistemas): Revisado, el AE title estaba mal (${k.n('US_GE_L2')}). Ya aparece.
[12/03/24, 09:26:10] Jorge (Sistemas): Ah, y el usuario del PACS para el portátil: pacs_movil / ${k.spw()}
[12/03/24, 09:30:00] Dra. Morales: 👍
`,
  ),

  hDoc(
    'health-email-pt-prontuario',
    ['prose', 'precision'],
    'mail/pt-integracao-prontuario.txt',
    (k) => `Assunto: Integração do prontuário eletrônico com o laboratório — credenciais de homologação

Olá equipe,

Segue o acesso ao ambiente de homologação do laboratório de apoio:

- Webservice: https://hml.lab-apoio.com.br/ws/resultados?wsdl
- Usuário: hosp_santa_clara
- Senha: ${k.pw()}
- Token da API REST (cabeçalho X-Api-Token): ${k.tok()}

O código CNES do hospital é ${k.n(k.g.digits(7))} e o CNPJ ${k.n(k.g.digits(2) + '.' + k.g.digits(3) + '.' + k.g.digits(3) + '/0001-' + k.g.digits(2))}.
Em produção a senha será outra e será enviada pelo cofre de senhas.

Abraços,
Fernanda — TI Hospital Santa Clara
`,
  ),

  hDoc(
    'health-teams-nl-huisarts',
    ['prose', 'precision'],
    'chat/teams-nl-zorgdomein.txt',
    (k) => `[10:01] Sanne de Vries (Applicatiebeheer): Goedemorgen! De koppeling met ZorgDomein geeft sinds vannacht een 401.
[10:03] Pieter Bakker (Integratie): Het certificaat is verlopen. Nieuwe PKIoverheid-cert staat klaar, het wachtwoord van de PFX is ${k.pw()}
[10:04] Sanne de Vries: En de technische gebruiker voor de acceptatieomgeving?
[10:05] Pieter Bakker: zd_acc / ${k.hpw()}
[10:07] Sanne de Vries: Top. BSN's in de testset zijn fictief (bv. ${k.n('999999' + k.g.digits(3))}).
[10:10] Pieter Bakker: Klopt, en de AGB-code van de praktijk is ${k.n(k.g.digits(8))}.
`,
  ),

  hDoc(
    'health-email-it-ospedale',
    ['prose', 'precision'],
    'mail/it-ospedale-ris.txt',
    (k) => `Oggetto: Credenziali RIS/PACS per il nuovo specializzando

Ciao Luca,

benvenuto in Radiologia! Ecco le tue credenziali:

- RIS: utente l.conti, password provvisoria ${k.hpw()} (ti chiederà di cambiarla)
- Stazione di refertazione sala 3: utente "refertazione", password ${k.pw()}
- Dettatura vocale: stesso utente del RIS.

Il codice fiscale di prova per le esercitazioni è ${k.n('RSSMRA80A01H501U')}.

Un saluto,
Servizio Informatico Aziendale
`,
  ),

  hDoc(
    'health-email-sv-region',
    ['prose', 'precision'],
    'mail/sv-journalsystem-integration.txt',
    (k) => `Ämne: Inloggning till testmiljön för journalsystemet

Hej!

Här kommer uppgifterna till testmiljön (inga riktiga patientdata, men skydda dem ändå):

Användarnamn: integration_test
Lösenord: ${k.pw()}
SITHS-kortets PIN för testkortet: ${k.u('1234')}
API-nyckel för Inera-tjänsten i test: ${k.tok()}

Testpersonnummer att använda: ${k.n('19121212-1212')}.

Vänliga hälsningar
Regionens IT-avdelning
`,
  ),

  hDoc(
    'health-memo-ja-denshi-karte',
    ['prose', 'precision'],
    'docs/ja-denshi-karte-setup.md',
    (k) => `# 電子カルテ連携サーバ 設定メモ

- 連携サーバ: renkei01.byoin.local（検査システムとHL7で連携）
- 管理者アカウント: renkei_admin
- パスワード: ${k.pw()}
- 検査システム側DB接続ユーザー: lab_if / パスワードは ${k.spw()}
- SS-MIX2 ストレージ: \\\\ssmix-nas\\ssmix2（読み取り専用）

※ 本番のパスワードは金庫に保管。上記は検証環境のもの。
患者ID（テスト）: ${k.n(k.g.digits(10))}
`,
  ),

  hDoc(
    'health-email-ar-nizam',
    ['prose', 'precision'],
    'mail/ar-his-access.txt',
    (k) => `الموضوع: بيانات الدخول إلى نظام المعلومات الصحية (بيئة الاختبار)

السلام عليكم،

تم إنشاء حساب لكم على نظام المعلومات الصحية:
اسم المستخدم: dr.khalid
كلمة المرور: ${k.hpw()}
يرجى تغيير كلمة المرور عند أول تسجيل دخول.

رقم الملف الطبي للمريض التجريبي: ${k.n(k.g.digits(8))}

مع التحية،
قسم تقنية المعلومات
`,
  ),

  hDoc(
    'health-security-awareness-page',
    ['prose', 'precision'],
    'intranet/security-awareness-passwords.md',
    (k) => `# Passwords in a hospital: do's and don'ts

- **Never** share your EHR login, even with a colleague during a busy shift. Use "secure chat" handoffs instead.
- Don't write passwords on sticky notes on workstations on wheels (WOWs).
- Bad examples we found in the last audit: \`${k.n('Winter2023')}\`-style season passwords, \`${k.n('Hospital123')}\`,
  and the name of the unit followed by digits.
- Placeholder you will see in our documentation: \`${k.ph()}\` — never a real value.
- Tap-and-go badges (Imprivata) replace most typing of passwords on shared workstations.
- Phishing: IT will **never** ask for your password by phone or email.

Questions? Servicedesk ext. 4-4357 (4-HELP).
`,
  ),

  hDoc(
    'health-vendor-onboarding-pdf-text',
    ['prose', 'precision'],
    'vendor/cloudpacs-welcome.txt',
    (k) => `Welcome to CloudPACS!

Your organization has been provisioned.

  Organization ID: ${k.n(k.g.uuid())}
  Admin portal:    https://admin.cloudpacs-vendor.com
  Admin user:      itadmin@northside-health.org
  Temporary password: ${k.gpw()}

DICOM gateway (on-prem appliance) registration code: ${k.s('token', k.g.alnum(8).toUpperCase() + '-' + k.g.alnum(8).toUpperCase() + '-' + k.g.alnum(8).toUpperCase())}
API key for the worklist integration: ${k.tok()}

Your gateway's AE title is ${k.n('CLOUDGW01')} and it listens on port 11112.
`,
  ),
];
