// Staff-room prose in many languages: e-mails to parents and colleagues, teacher chats, helpdesk replies, meeting
// notes. Passwords are given in sentences next to student numbers, room numbers, course codes and masked values.
import type { RealWorldDoc } from '../types';
import { eduDoc, ED } from './educationValues';

export const EDU_PROSE_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-email-parents-en',
    ['prose', 'precision'],
    'mail/2025-09-parent-portal.txt',
    (k) => `From: Office <office@hillcrest-elementary.example.org>
To: Parents of Grade 4
Subject: Parent portal and reading app logins

Dear families,

Welcome back! Your child's reading app login is on the card in their folder. For the class iPads the shared
Grade 4 login is ${k.n('grade4')} with password ${k.kid()} (children know it, please don't post it online).

The parent portal uses your own e-mail and a password you choose (at least 8 characters). If you forgot it,
use "Forgot password" — office staff will never ask for your password.

Student numbers (e.g. ${k.n(ED.studentId(k.g))}) are printed on the report card; they are not passwords.

Thank you,
Mrs. Alvarez, School Office
`,
  ),

  eduDoc(
    'edu-chat-teachers-nl',
    ['prose', 'precision'],
    'exports/teams/sectie-informatica.txt',
    (k) => `[08:12] Jansen, Eva: weet iemand het wachtwoord van het docentaccount op het digibord in ${k.n(ED.room(k.g))}?
[08:14] de Vries, Tom: ja, dat is ${k.hpw()}
[08:14] de Vries, Tom: en de beheerder van Magister is ${k.n('magister-admin')}, wachtwoord ${k.gpw()} maar dat mag je niet gebruiken 😅
[08:20] Jansen, Eva: dank! leerlingnummer ${k.n(ED.studentId(k.g))} kan niet inloggen in Somtoday
[08:25] de Vries, Tom: tijdelijk wachtwoord gezet: ${k.kid()}
[08:26] de Vries, Tom: het oude was ${k.n('ze********12')}, dat werkt niet meer
`,
  ),

  eduDoc(
    'edu-helpdesk-reply-fi',
    ['prose', 'precision'],
    'tukipyynnot/TKT-55120.txt',
    (k) => `Tukipyyntö ${k.n('TKT-55120')} – Wilma-tunnus lukossa

Hei,

opettajan Wilma-tunnus oli lukittunut viiden väärän yrityksen jälkeen. Avasin sen ja asetin väliaikaisen
salasanan: ${k.pw()}

Vaihda salasana ensimmäisellä kirjautumisella. Salasanassa pitää olla vähintään 12 merkkiä.
Koulun langattoman vierasverkon salasana tällä viikolla: ${k.hpw()}

Opiskelijanumero ${k.n(ED.studentId(k.g))} ei liity tähän pyyntöön.

Terveisin
Koulun IT-tuki
`,
  ),

  eduDoc(
    'edu-meeting-notes-pl',
    ['prose', 'precision'],
    'notatki/rada-pedagogiczna-2025-09.md',
    (k) => `# Rada pedagogiczna – 1 września 2025

1. Nowy dziennik elektroniczny: konto administratora Librus Synergia – login ${k.n('admin.szkola')}, hasło ${k.hpw()}
   (pani dyrektor prosi o zmianę po szkoleniu).
2. Sala komputerowa ${k.n(ED.room(k.g))}: hasło do kont uczniowskich na komputerach to ${k.kid()}.
3. Wi-Fi dla nauczycieli: sieć *Nauczyciele*, hasło ${k.spw()}.
4. Numery legitymacji (np. ${k.n(k.g.digits(6))}/2025) nie są hasłami.
5. Polityka haseł: minimum 10 znaków, zmiana co semestr. Przykład złego hasła z plakatu: ${k.n('"Szkola123"')}.
`,
  ),

  eduDoc(
    'edu-whatsapp-pt-br-coordenacao',
    ['prose', 'precision'],
    'exports/whatsapp/coordenacao-pedagogica.txt',
    (k) => `[03/02/26 07:41] Coordenadora Ana: bom dia! o sistema de notas voltou
[03/02/26 07:43] Prof. Ricardo: qual a senha nova do usuário da secretaria?
[03/02/26 07:44] Coordenadora Ana: ${k.hpw()}
[03/02/26 07:50] Prof. Ricardo: e a senha do Google Sala de Aula da turma 8B?
[03/02/26 07:52] Coordenadora Ana: a conta é turma8b@escola.example.br, senha ${k.pw()}
[03/02/26 08:10] Prof. Ricardo: a matrícula ${k.n(ED.studentId(k.g))} não aparece na lista
[03/02/26 08:15] Coordenadora Ana: é aluno transferido, protocolo ${k.n(ED.ticket(k.g))}
`,
  ),

  eduDoc(
    'edu-notice-ko',
    ['prose', 'precision'],
    'docs/공지/2026-1학기-계정안내.md',
    (k) => `# 2026학년도 1학기 교직원 계정 안내

- 나이스(NEIS) 인증서 비밀번호는 본인만 관리합니다. 절대 공유하지 마세요.
- 학교 공용 프린터 관리자 비밀번호: ${k.spw()}
- 전자칠판 관리자 계정 비밀번호: ${k.hpw()}
- 컴퓨터실(${k.n(ED.room(k.g))}) 학생 공용 계정: student / ${k.kid()}
- 학번 예시: ${k.n(`2026${k.g.digits(4)}`)} (비밀번호 아님)

비밀번호는 8자 이상, 영문·숫자·특수문자를 포함해야 합니다.
`,
  ),

  eduDoc(
    'edu-memo-ja-joho',
    ['prose', 'precision'],
    'docs/情報科/引継ぎメモ.txt',
    (k) => `情報科 引継ぎメモ（2026年3月）

・Google Workspace for Education 管理者：${k.n('admin@example-hs.ed.jp')}
  パスワード：${k.gpw()}（2段階認証あり、スマホは職員室の金庫）
・Chromebook 一括登録用アカウントのパスワード：${k.hpw()}
・生徒の初期パスワードは「学籍番号＋誕生日」ではなく、ランダムに変更済み（例：${k.kid()}）
・学籍番号の例：${k.n(`S${k.g.digits(6)}`)}
・校内 Wi-Fi（教員用）PSK：${k.spw()}
`,
  ),

  eduDoc(
    'edu-circular-hi',
    ['prose', 'precision'],
    'docs/circulars/computer-lab-hi.txt',
    (k) => `विद्यालय परिपत्र – कंप्यूटर लैब

सभी शिक्षकों को सूचित किया जाता है कि कंप्यूटर लैब (कक्ष ${k.n(ED.room(k.g))}) के शिक्षक खाते का नया पासवर्ड ${k.hpw()} है।
छात्रों के लिए ऑनलाइन परीक्षा पोर्टल का अस्थायी पासवर्ड ${k.kid()} है, पहली बार लॉगिन करने पर इसे बदलें।
UDISE कोड ${k.n(k.g.digits(11))} और छात्र प्रवेश संख्या (जैसे ${k.n(k.g.digits(5))}) पासवर्ड नहीं हैं।

प्रधानाचार्य
`,
  ),

  eduDoc(
    'edu-wa-id-guru',
    ['prose', 'precision'],
    'exports/whatsapp/grup-guru-smp.txt',
    (k) => `[12/01/26 06:30] Bu Sari: Selamat pagi bapak ibu, akun Dapodik sekolah sudah dibuka lagi
[12/01/26 06:31] Bu Sari: username operator: ${k.n('operator.smpn3')} password: ${k.hpw()}
[12/01/26 06:45] Pak Budi: terima kasih bu. kalau password akun belajar.id untuk kelas 9A?
[12/01/26 06:47] Bu Sari: ${k.pw()} pak, nanti diganti siswa masing-masing
[12/01/26 07:02] Pak Budi: NISN siswa baru ${k.n(k.g.digits(10))} belum muncul
[12/01/26 07:05] Bu Sari: nanti saya cek, NPSN kita ${k.n(k.g.digits(8))}
`,
  ),

  eduDoc(
    'edu-email-es-secretaria',
    ['prose', 'precision'],
    'correo/2025-10-secretaria-academica.eml',
    (k) => `De: Secretaría Académica <secretaria@ies-cervantes.example.es>
Para: Departamento de Informática
Asunto: Acceso a Séneca y a la plataforma de exámenes

Hola Javier:

Te paso los accesos que pediste para la evaluación de octubre:

- Usuario de la plataforma de exámenes (Moodle Centros): jefatura.estudios — contraseña: ${k.hpw()}
- Cuenta del proyector del salón de actos: ${k.spw()}
- Clave de la red WiFi "Profesorado": ${k.gpw()}

Recuerda que el NIA de los alumnos (p. ej. ${k.n(k.g.digits(8))}) no es ninguna contraseña.
La contraseña antigua (${k.n('************')}) ya no funciona.

Un saludo,
Carmen
`,
  ),

  eduDoc(
    'edu-chat-de-schulit',
    ['prose', 'precision'],
    'exports/schulcloud/kanal-schul-it.txt',
    (k) => `[07:55] Frau Weber: Moin, der Beamer in ${k.n(ED.room(k.g))} fragt nach einem Admin-Passwort?!
[07:57] Herr Yilmaz (Schul-IT): das ist ${k.spw()} – bitte nicht an die Schüler weitergeben
[08:02] Frau Weber: danke! und das WLAN "Lehrkraefte"?
[08:03] Herr Yilmaz (Schul-IT): seit den Herbstferien ${k.hpw()}
[08:10] Frau Weber: Schüler mit der Nummer ${k.n(ED.studentId(k.g))} kommt nicht ins IServ
[08:14] Herr Yilmaz (Schul-IT): Erstpasswort neu gesetzt: ${k.kid()}
[08:15] Herr Yilmaz (Schul-IT): Passwortregel: mind. 8 Zeichen — ${k.n('"Passwort123"')} geht also nicht 😉
`,
  ),

  eduDoc(
    'edu-email-fr-rentree',
    ['prose', 'precision'],
    'mail/2025-08-rentree-comptes.txt',
    (k) => `Objet : Rentrée 2025 – comptes ENT et Pronote

Bonjour à toutes et à tous,

Les comptes ENT des nouveaux collègues sont créés. Pour la première connexion :
  identifiant = prénom.nom, mot de passe provisoire = ${k.pw()}
Le compte Pronote « vie scolaire » a maintenant le mot de passe ${k.hpw()}.
Le code du photocopieur de la salle des professeurs (${k.n('4 chiffres')}) reste inchangé.

Numéro INE de test pour la formation : ${k.n(`${k.g.digits(10)}${k.g.upper(1)}`)} (élève fictif).

Bonne rentrée,
Le référent numérique
`,
  ),

  eduDoc(
    'edu-forum-post-sv',
    ['prose', 'precision'],
    'forum/it-samordnare/tråd-2291.md',
    (k) => `**Re: Chromebooks tappar anslutningen efter uppdatering**

Vi hade samma problem. Lösningen var att lägga in nätverket igen i Google Admin med rätt PSK.
Vårt gamla var ${k.n('Sk*******4!')} (ja, vi vet...) och nu använder vi ${k.gpw()} istället.
Administratörskontot för Schoolsoft har vi också bytt till ${k.hpw()} efter att någon skrev det på tavlan.

Elev-id som ${k.n(ED.studentId(k.g))} syns i loggen men är inte känsliga.
`,
  ),
];
