// rw-dev10 chat part: short chats and notes in more languages (Italian, Czech, Swedish, Vietnamese, Greek,
// Hungarian, Indonesian, Ukrainian, Arabic, Hindi, Finnish, Danish) with the value after a native label or verb.
import type { RealWorldDoc } from '../types';
import { cdoc } from './chatKit';

export const CHAT_INTL_DOCS: RealWorldDoc[] = [
  cdoc(
    'chat-intl-it-slack',
    ['prose'],
    'exports/slack/it-team/2026-10-08.txt',
    (c) => `Francesca Greco  09:30
ciao, qualcuno mi ricorda la password del gestionale di magazzino?
Luca Esposito  09:41
l'utente è magazzino2, la password è ${c.hpw()}
Luca Esposito  09:42
e il token per le API del corriere è ${c.tok()}
Francesca Greco  09:43
grazie mille! ordine ${c.n('n. ' + c.k.g.digits(7))} spedito
`,
  ),
  cdoc(
    'chat-intl-cs-teams',
    ['prose'],
    'notes/teams-cz.txt',
    (c) => `Novák, Petr  13:05
Ahoj, jaké je heslo k testovacímu serveru?
Svobodová, Eva  13:12
heslo: ${c.pw()}
Svobodová, Eva  13:12
a API klíč pro platební bránu: ${c.tok()}
Novák, Petr  13:13
díky!
`,
  ),
  cdoc(
    'chat-intl-sv-mail',
    ['prose'],
    'mail/inloggning-lager.txt',
    (c) => `Ämne: Inloggning till lagersystemet
Från: Erik Johansson

Hej Maja,

användarnamn: maja.l
lösenord: ${c.hpw()}

API-nyckeln till fraktbolaget är ${c.tok()}.

Hälsningar,
Erik
Ärende ${c.tkt()}
`,
  ),
  cdoc(
    'chat-intl-vi-zalo',
    ['prose'],
    'exports/zalo/nhom-ky-thuat.txt',
    (c) => `[08:15] Nguyễn Văn An: Mật khẩu wifi phòng họp là gì vậy?
[08:17] Trần Thị Bích: mật khẩu: ${c.lpw()}
[08:20] Nguyễn Văn An: còn tài khoản server test?
[08:24] Trần Thị Bích: user root, mật khẩu ${c.gpw()}
[08:25] Trần Thị Bích: token API: ${c.tok()}
[08:26] Nguyễn Văn An: cảm ơn chị
`,
  ),
  cdoc(
    'chat-intl-el-viber',
    ['prose'],
    'exports/viber/omada-it.txt',
    (c) => `[10/11/2026 11:02] Γιώργος: Ποιος είναι ο κωδικός για το router του γραφείου;
[10/11/2026 11:05] Μαρία: κωδικός: ${c.hpw()}
[10/11/2026 11:06] Μαρία: και το κλειδί API για το CRM ${c.tok()}
[10/11/2026 11:07] Γιώργος: ευχαριστώ!
`,
  ),
  cdoc(
    'chat-intl-hu-ticket',
    ['prose'],
    'exports/jira/HU-552.txt',
    (c) => `HU-552 Teszt környezet hozzáférés

Kovács Anna:
Kérem a teszt adatbázis jelszavát.

Nagy Péter:
felhasználó: teszt_app
jelszó: ${c.pw()}
API kulcs: ${c.tok()}
Verzió: ${c.ver()}
`,
  ),
  cdoc(
    'chat-intl-id-whatsapp',
    ['prose'],
    'exports/WhatsApp Chat dengan Tim Dev.txt',
    (c) => `05/11/26 14.20 - Budi: kata sandi server staging apa ya?
05/11/26 14.22 - Siti: sebentar
05/11/26 14.30 - Siti: kata sandi: ${c.hpw()}
05/11/26 14.31 - Siti: kunci API payment gateway sandbox ${c.tok()}
05/11/26 14.31 - Budi: makasih!
05/11/26 14.40 - Siti: jangan dishare ke grup lain ya
`,
  ),
  cdoc(
    'chat-intl-uk-telegram',
    ['prose'],
    'exports/telegram/devops-ua.txt',
    (c) => `Олена, [04.11.2026 10:12]
Хто знає пароль від Jenkins?

Андрій, [04.11.2026 10:20]
логін admin, пароль ${c.gpw()}

Андрій, [04.11.2026 10:21]
а токен для GitHub бота: ${c.prov('github', 'GitHub')}

Олена, [04.11.2026 10:22]
дякую!
`,
  ),
  cdoc(
    'chat-intl-ar-teams',
    ['prose'],
    'notes/teams-ar.txt',
    (c) => `أحمد 09:10
ما هي كلمة المرور لخادم الاختبار؟
سارة 09:14
كلمة المرور: ${c.pw()}
سارة 09:15
ومفتاح API الخاص بالرسائل: ${c.tok()}
أحمد 09:16
شكراً
`,
  ),
  cdoc(
    'chat-intl-hi-slack',
    ['prose'],
    'exports/slack/india-dev.txt',
    (c) => `Rohit Sharma  11:02 AM
bhai staging ka password kya hai?
Ankit Verma  11:05 AM
password hai ${c.hpw()}
Ankit Verma  11:05 AM
aur API key: ${c.tok()}
Rohit Sharma  11:06 AM
thanks yaar. पासवर्ड बदल दिया तो बता देना
Ankit Verma  11:30 AM
नया पासवर्ड: ${c.hpw()}
`,
  ),
  cdoc(
    'chat-intl-fi-da-notes',
    ['prose'],
    'notes/nordic-office.md',
    (c) => `# Toimisto / Kontor

**Helsinki**
- Vierasverkon salasana: ${c.lpw()}
- Tulostimen PIN: ${c.pin()}

**København**
- Gæstenetværk adgangskode: ${c.hpw()}
- Alarmkode: ${c.pin()}
- API-nøgle til adgangssystemet: ${c.tok()}
`,
  ),
  cdoc(
    'chat-intl-de-meeting-notes',
    ['prose'],
    'notes/protokoll-2026-11-05.md',
    (c) => `# Protokoll Teamrunde 05.11.

Anwesend: JK, ML, SB, TR

1. Umzug Testsystem
   - neuer Server läuft, root-PW haben JK und ML (${c.gpw()})
   - Monitoring-Token für den Agent: ${c.tok()}
2. Urlaubsplanung — siehe Kalender
3. Sonstiges
   - Passwort für den gemeinsamen Twitter-Account geändert auf ${c.hpw()} (SB)
   - Aufgabe ${c.tkt()}: alte Schlüssel löschen
`,
  ),
  cdoc(
    'chat-intl-fr-discord',
    ['prose'],
    'logs/discord/serveur-dev-fr.txt',
    (c) => `Théo — Aujourd’hui à 21:14
qqn a le token du bot de test ? celui du .env c'est ${c.ph()}
Inès — Aujourd’hui à 21:20
tiens : ${c.tok()}
Inès — Aujourd’hui à 21:20
et le mdp du panel admin c'est ${c.lpw()}, tout en minuscules
Théo — Aujourd’hui à 21:22
merci !! version ${c.ver()} déployée
`,
  ),
  cdoc(
    'chat-intl-pt-pt-mail',
    ['prose'],
    'mail/acessos-ambiente-qualidade.txt',
    (c) => `Assunto: Acessos ao ambiente de qualidade
De: Inês Carvalho

Olá João,

Conforme combinado:
  · utilizador: jsilva.qa
  · palavra-passe: ${c.hpw()}
  · chave da API: ${c.tok()}

Cumprimentos,
Inês
Pedido ${c.tkt()}
`,
  ),
  cdoc(
    'chat-intl-es-mx-slack-later',
    ['prose'],
    'exports/slack/mx-soporte.txt',
    (c) => `Diego Hernández  10:01
¿alguien tiene la contraseña de la cuenta de AWS de pruebas?
Valeria Ruiz  10:03
cuál, la raíz o la de IAM?
Diego Hernández  10:03
la de IAM, usuario qa-deployer
Valeria Ruiz  10:15
ahí va
Valeria Ruiz  10:15
${c.gpw()}
Valeria Ruiz  10:16
y la secret key del usuario programático: ${c.prov('aws-secret', 'AWS secret access key')}
Diego Hernández  10:17
gracias! la access key id es ${c.u('AKIA' + c.k.g.upper(16))}, ¿no?
`,
  ),
];
