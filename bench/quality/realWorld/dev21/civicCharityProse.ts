// Charities and associations in prose: board minutes, volunteer onboarding sheets, handover notes from the outgoing
// volunteer web admin, newsletters to volunteers and chats, in several languages. Charity numbers, gift-aid ids,
// IBANs and masked values sit beside the passwords.
import type { RealWorldDoc } from '../types';
import { cDoc, C } from './civicValues';

export const CIVIC_CHARITY_PROSE_DOCS: RealWorldDoc[] = [
  cDoc(
    'civic-charity-board-minutes-en',
    ['prose', 'precision'],
    'governance/minutes/2026-01-trustees.md',
    (k) => `# Minutes – Riverside Food Bank trustees, 21 January 2026

Present: A. Hughes (chair), B. Okafor (treasurer), C. Lin (secretary), D. Patel (volunteer IT)
Registered charity no. ${k.n(C.charityNo(k.g))}

**4. IT and data protection**
DP reported the shared Gmail account used by the warehouse had its password posted in the volunteers' WhatsApp.
It has been changed to ${k.hpw()} and will from now on only be shared by the warehouse lead.
The Donorfy admin password is held by the treasurer (${k.n('not minuted')}).

**5. Finance**
Bank account ${k.n(C.iban(k.g))} reconciled. Gift Aid claim reference ${k.n('GA-' + k.g.digits(8))} submitted.
`,
  ),

  cDoc(
    'civic-charity-volunteer-sheet-en',
    ['prose', 'precision'],
    'volunteers/onboarding-sheet-shop-volunteers.md',
    (k) => `# Welcome to the Oakridge Hospice shop team!

- Till login: your first name + the shop code (ask the manager)
- Shop tablet PIN: ${k.u(k.g.digits(4))}
- Shop Wi-Fi: OakridgeShop, password ${k.wifi()}
- Volunteer rota (Rosterfy): your own account; initial password ${k.hpw()}, you must change it
- eBay shop account for donated goods: oakridge-hospice-shop / ${k.pw()}
- Never share the card machine's supervisor code (${k.n('****')})
- Charity number on receipts: ${k.n(C.charityNo(k.g))}
`,
  ),

  cDoc(
    'civic-verein-vorstand-protokoll-de',
    ['prose', 'precision'],
    'verein/protokolle/2026-03-vorstandssitzung.md',
    (k) => `# Protokoll Vorstandssitzung – Förderverein Lindenhof e.V. (${k.n('VR ' + k.g.digits(5))})

TOP 3 – Website und Mitgliederverwaltung
- Die WordPress-Seite wurde von Herrn Brandt übernommen. Admin-Zugang: vorstand / ${k.hpw()}
- Zugang zur Mitgliederverwaltung (easyVerein): kasse@foerderverein-lindenhof.example, Passwort ${k.pw()}
- Das alte Passwort (${k.n('Li********')}) ist gesperrt.
- Bankverbindung für Spenden: ${k.n(C.iban(k.g))}

TOP 4 – Sommerfest: Aufbau ab 9 Uhr, Zelt von der Feuerwehr.
`,
  ),

  cDoc(
    'civic-association-mail-fr',
    ['prose', 'precision'],
    'association/mails/2026-02-passation-site.txt',
    (k) => `De : Camille Moreau
À : bureau@asso-belleville.example
Objet : Passation du site et de HelloAsso

Bonjour à toutes et à tous,

je quitte le bureau fin février, voici les accès pour la personne qui reprend :
- hébergeur (OVH) : identifiant ${k.n('cm' + k.g.digits(5) + '-ovh')}, mot de passe ${k.hpw()}
- HelloAsso (compte de l'association) : tresorier@asso-belleville.example / ${k.pw()}
- Mailchimp : même mot de passe que HelloAsso (${k.n('voir ci-dessus')})
- numéro RNA de l'association : ${k.n('W' + k.g.digits(9))}

Merci de changer les mots de passe après la passation !
Camille
`,
  ),

  cDoc(
    'civic-fundacion-acta-es',
    ['prose', 'precision'],
    'fundacion/actas/2026-04-patronato.md',
    (k) => `# Acta de la reunión del Patronato – Fundación Triana Solidaria

3. Sistemas: se informa de que la contraseña de la cuenta de Google Workspace para ONG del área de voluntariado
ha sido cambiada tras la salida de la coordinadora. Nueva contraseña: ${k.hpw()}.
La clave del Wi-Fi del local de la calle Pureza es ${k.wifi()}.
4. Donaciones: CIF ${k.n('G' + k.g.digits(8))}; cuenta ${k.n(C.iban(k.g))}. Nº de registro de fundaciones ${k.n(k.g.digits(4))}.
5. Se acuerda guardar las contraseñas en Bitwarden y no en actas (${k.n('sic')}).
`,
  ),

  cDoc(
    'civic-stichting-overdracht-nl',
    ['prose', 'precision'],
    'stichting/overdracht-vrijwilligers-it.md',
    (k) => `# Overdracht vrijwillige IT – Stichting Jordaan Buurthuis

- Website (Drupal): beheerder, wachtwoord ${k.pw()}
- Nieuwsbrief (Laposta): info@buurthuis-jordaan.example, wachtwoord ${k.hpw()}
- RSIN van de stichting: ${k.n(k.g.digits(9))}, KvK ${k.n(k.g.digits(8))}
- Pinautomaat beheerderscode: ${k.n('niet hier')}
- Wifi Buurthuis-Gasten: ${k.wifi()}
`,
  ),

  cDoc(
    'civic-fondazione-email-it',
    ['prose', 'precision'],
    'fondazione/posta/2026-01-crm-donatori.txt',
    (k) => `Oggetto: Accesso al CRM donatori per la campagna 5x1000

Ciao Marco,
ti ho creato l'utenza sul CRM donatori: utente m.ferri, password provvisoria ${k.hpw()}.
Per l'invio delle newsletter usiamo l'account condiviso comunicazione@fondazione-navigli.example con password ${k.gpw()}.
Il codice fiscale della fondazione da mettere nelle ricevute è ${k.n(k.g.digits(11))}.
A presto,
Sara
`,
  ),

  cDoc(
    'civic-fundacja-notatka-pl',
    ['prose', 'precision'],
    'fundacja/notatki/2026-05-zarzad.md',
    (k) => `# Notatka z posiedzenia zarządu – Fundacja Mokotów Razem (KRS ${k.n('0000' + k.g.digits(6))})

- Konto w systemie zbiórek (Pomagam): hasło zmienione na ${k.hpw()}
- Panel strony (WordPress): admin_fundacja, hasło ${k.pw()}
- Numer konta do wpłat: ${k.n(C.iban(k.g))}
- Hasło do sieci Wi-Fi w biurze: ${k.wifi()}
`,
  ),

  cDoc(
    'civic-vakif-whatsapp-tr',
    ['prose', 'precision'],
    'vakif/whatsapp-gonulluler.txt',
    (k) => `[12.02.26 19:02] Ayşe: arkadaşlar bağış sitesine giremiyorum
[12.02.26 19:05] Mehmet: şifre değişti, yeni şifre ${k.hpw()}
[12.02.26 19:06] Ayşe: teşekkürler! vergi numarası neydi makbuz için?
[12.02.26 19:07] Mehmet: ${k.n(k.g.digits(10))}
[12.02.26 19:30] Mehmet: instagram hesabının şifresi de ${k.hpw()} bu arada, kimseyle paylaşmayın
`,
  ),

  cDoc(
    'civic-forening-mail-sv',
    ['prose', 'precision'],
    'forening/mail/2026-03-lösenord-hemsida.txt',
    (k) => `Hej styrelsen,
Inloggning till föreningens hemsida (One.com): ordforande@sodermalm-idrott.example, lösenord ${k.hpw()}
Swish-företag och Bankgiro ${k.n(k.g.digits(3) + '-' + k.g.digits(4))} ändras inte.
Organisationsnummer: ${k.n('802' + k.g.digits(3) + '-' + k.g.digits(4))}
Lösenordet till medlemsregistret (IdrottOnline) får ni av mig muntligt (${k.n('inte i mejl')}).
/Johan
`,
  ),

  cDoc(
    'civic-ong-chat-pt',
    ['prose', 'precision'],
    'ong/telegram-coordenacao.txt',
    (k) => `[21/01/26 14:01] Inês: alguém tem a senha do email da campanha de Natal?
[21/01/26 14:03] Pedro: campanha@associacao-alfama.example / ${k.hpw()}
[21/01/26 14:04] Inês: e do MB Way da associação? (NIPC ${k.n('5' + k.g.digits(8))})
[21/01/26 14:06] Pedro: isso não se manda aqui 😅 ${k.n('[apagado]')}
[21/01/26 14:20] Pedro: a senha do wifi da sede mudou para ${k.wifi()}
`,
  ),

  cDoc(
    'civic-npo-korean-notice',
    ['prose', 'precision'],
    'npo/공지/2026-봉사자-안내.md',
    (k) => `# 2026 봉사자 안내 (강남 나눔센터)

- 봉사 시간 등록: 1365 자원봉사포털 (개인 계정 사용)
- 센터 공용 PC 로그인 비밀번호: ${k.hpw()}
- 후원자 관리 프로그램 공용 계정: donor_admin / ${k.gpw()}
- 고유번호(비영리법인): ${k.n(k.g.digits(3) + '-' + k.g.digits(2) + '-' + k.g.digits(5))}
- 와이파이 비밀번호: ${k.wifi()}
`,
  ),
];
