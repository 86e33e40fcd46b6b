// Prose: capstone team wikis and chat exports in several languages, school IT notices (exam Wi-Fi, lab PCs,
// proctoring), teachers' CSV sheets of initial passwords, emails to TAs.
import type { RealWorldDoc } from '../types';
import { eduDoc, V } from './eduValues';

export const EDU_PROSE_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-capstone-wiki-accounts',
    ['prose'],
    'wiki/Team-Accounts.md',
    (k) => `# Team accounts (Capstone 2025, team "Byte Me")

Everything we share as a team. Keep this wiki private!

- **Heroku**: byteme.capstone@gmail.com / ${k.hpw()}
- **MongoDB Atlas**: user \`byteme\`, pw \`${k.cs()}\` (cluster0)
- **Figma**: shared via Priya's edu account, no password needed
- **Jira**: everybody has their own
- **Gmail of the team**: byteme.capstone@gmail.com, password ${k.hpw()}, 2FA code goes to Omar's phone
- **AWS** (educate credits): access key \`${k.u(V.awsId(k.g))}\`, secret \`${k.prov('AWS secret key', V.awsSecret(k.g))}\`

Sponsor contact: Dr. ${V.name(k.g)} (client), meetings every second Thursday.
`,
  ),

  eduDoc(
    'edu-whatsapp-export-group-project',
    ['prose', 'logs-and-output'],
    'chat/WhatsApp Chat with SE Projekt Gruppe 7.txt',
    (k) => `12.11.25, 21:14 - Jonas: hat jemand das Passwort für die Datenbank?
12.11.25, 21:15 - Lucia: ja, user ist gruppe7 und das pw ist ${k.hpw()}
12.11.25, 21:15 - Jonas: danke!!
12.11.25, 21:40 - Tomasz: der Server ist down, ich hab neu gestartet
12.11.25, 22:02 - Lucia: Passwort vom Admin-Account der App hab ich geändert auf ${k.hpw()} weil der Prof es im Meeting gesehen hat 🙈
12.11.25, 22:03 - Jonas: 😂
13.11.25, 08:30 - Tomasz: <Medien ausgeschlossen>
13.11.25, 08:31 - Tomasz: Deadline ist Freitag 23:59, nicht vergessen
13.11.25, 09:12 - Lucia: API key für OpenWeather falls ihr lokal testen wollt: ${k.hex(32)}
13.11.25, 09:15 - Jonas: 👍
`,
  ),

  eduDoc(
    'edu-discord-export-study-group',
    ['prose', 'precision'],
    'exports/cs-study-group.txt',
    (k) => `[2025-10-03 19:02] emma: anyone got the password for the zoom review session?
[2025-10-03 19:03] kenji: meeting id ${k.n(k.g.digits(3) + ' ' + k.g.digits(4) + ' ' + k.g.digits(4))}, passcode ${k.s('password', k.g.digits(6))}
[2025-10-03 19:03] emma: ty
[2025-10-03 19:10] rahul: what's the wifi password in the library study rooms again
[2025-10-03 19:11] kenji: it's eduroam, just use your uni login lol
[2025-10-03 19:11] rahul: mine doesn't work
[2025-10-03 19:12] ines: guest network is "Lib-Guest" and the password is ${k.hpw()} (it's on the whiteboard)
[2025-10-03 19:30] emma: is the quiz password "${k.n('password')}"? it says wrong
[2025-10-03 19:31] kenji: no the prof will post it at 8pm
[2025-10-03 20:01] kenji: quiz password: ${k.hpw()}
[2025-10-03 20:05] rahul: my student number is ${k.n(V.studentId(k.g))} if someone needs it for the group signup
`,
  ),

  eduDoc(
    'edu-school-it-exam-wifi-notice',
    ['prose'],
    'notices/exam-week-wifi.md',
    (k) => `# Exam week — network and lab PCs

**To:** all invigilators, **From:** School IT

During the digital exams (Mon–Fri, Hall A and B) the exam laptops use a dedicated network:

- SSID: \`EXAM-HALL-A\`, WPA2 key: \`${k.gpw()}\`
- SSID: \`EXAM-HALL-B\`, WPA2 key: \`${k.gpw()}\`

Do **not** give these to students; the laptops are preconfigured. If a laptop loses the connection, log in
locally with the invigilator account \`exam-admin\` (password \`${k.hpw()}\`) and restart the Safe Exam Browser.

The SEB quit password (to leave the exam browser after the exam) is \`${k.hpw()}\`.

The guest network (\`School-Guest\`) is switched off during exams.
`,
  ),

  eduDoc(
    'edu-school-it-french-notice',
    ['prose'],
    'notes/salle-info-B12.txt',
    (k) => `Salle informatique B12 — consignes pour les enseignants

Ouverture de session sur les postes élèves : identifiant "eleve", mot de passe : ${k.hpw()}
Compte enseignant local : prof / ${k.hpw()}
Wi-Fi pédagogique (réseau "LYCEE-PEDA") : clé ${k.gpw()}

Merci de ne pas communiquer ces codes aux élèves. En cas de problème, contacter le référent numérique
(M. ${V.name(k.g)}, poste 214).

Le mot de passe ENT de chaque élève est réinitialisable depuis Pronote (menu Ressources).
`,
  ),

  eduDoc(
    'edu-spanish-tp-readme',
    ['prose', 'code'],
    'TP2-BasesDeDatos/README.md',
    (k) => `# TP2 — Bases de Datos (UTN, comisión 3K2)

Integrantes: ${V.name(k.g)}, ${V.name(k.g)}, ${V.name(k.g)}

## Cómo correrlo

1. Crear la base con \`script.sql\`.
2. Cambiar la contraseña en \`conexion.py\`: la nuestra es \`${k.hpw()}\`, pongan la suya.
3. \`python main.py\`

La base está también en el servidor de la facultad:

\`\`\`
host: bd.frba.example.edu.ar
usuario: g3k2_${k.g.digits(2)}
contraseña: ${k.gpw()}
\`\`\`

> La contraseña de prueba del usuario admin de la aplicación es "${k.u('admin123')}" (la pidió el profe para corregir).
`,
  ),

  eduDoc(
    'edu-portuguese-trabalho-chat',
    ['prose'],
    'docs/reuniao-2025-09-18.md',
    (k) => `# Ata da reunião — Projeto Integrador (18/09)

Presentes: ${V.name(k.g)}, ${V.name(k.g)}, ${V.name(k.g)}

- Deploy feito na VPS do professor. Acesso: \`ssh aluno@200.${k.g.digits(2)}.${k.g.digits(2)}.10\`, senha ${k.hpw()}
- O banco PostgreSQL usa a senha ${k.gpw()} (usuário \`pi_grupo4\`)
- A chave da API do Google Maps ficou no \`.env\`: ${k.prov('Google API key', V.googleKey(k.g))}
- Próxima entrega: protótipo navegável no Figma.
`,
  ),

  eduDoc(
    'edu-chinese-course-notes',
    ['prose'],
    'notes/实验室服务器.md',
    (k) => `# 实验室服务器使用说明

新同学请先看这里。

- 跳板机：\`ssh lab@${k.g.digits(3)}.${k.g.digits(2)}.${k.g.digits(2)}.8 -p 2222\`
- 跳板机密码：${k.hpw()}
- GPU 服务器账号每人一个，初始密码：${k.init()}，登录后请用 \`passwd\` 修改
- 数据集 NAS：\`smb://nas.lab.local/datasets\`，用户名 student，密码 ${k.hpw()}

有问题找师兄（微信群）。不要在服务器上跑挖矿程序！！
`,
  ),

  eduDoc(
    'edu-japanese-seminar-slack',
    ['prose'],
    'export/zemi-general.txt',
    (k) => `[10:02] 田中: 研究室のNASのパスワード変わりました → ${k.hpw()}
[10:03] 佐藤: ありがとうございます！
[10:15] 田中: あと、論文用のOverleafは共有アカウントで ${V.name(k.g)}.lab@example.ac.jp / ${k.hpw()} です
[10:20] 鈴木: 了解です
[11:40] 佐藤: VPN の接続がうまくいきません…パスワード「${k.n('********')}」で合ってますか？
[11:42] 田中: 個人のID/パスワードを使ってください
`,
  ),

  eduDoc(
    'edu-turkish-proje-notu',
    ['prose'],
    'docs/kurulum.md',
    (k) => `## Kurulum (Bitirme Projesi)

Veritabanı: MySQL 8, kullanıcı adı \`root\`, şifre \`${k.hpw()}\`.
Firebase yönetici hesabı: bitirme.grup2@gmail.com — şifre: ${k.hpw()}
Hocanın test hesabı: \`hoca@test.com\` / \`${k.u('123456')}\` (sadece demo için).

Mail gönderimi için uygulama şifresi: ${k.s('password', k.g.lower(16))}
`,
  ),

  eduDoc('edu-teacher-initial-passwords-csv', ['config-syntax', 'credential-file'], 'klasse-7b/erstanmeldung.csv', (k) => {
    const rows = Array.from({ length: 8 }, (_, i) => `7b;${V.name(k.g)};${k.g.upper(1)}.;7b-${String(i + 1).padStart(2, '0')}@schule.example.de;${k.init()}`);
    return `Klasse;Vorname;Nachname;Benutzername;Startpasswort\n${rows.join('\n')}\n`;
  }),

  eduDoc('edu-teacher-accounts-csv-english', ['config-syntax', 'credential-file'], 'rostering/year9-chromebook-accounts.csv', (k) => {
    const rows = Array.from({ length: 6 }, () => `${k.n(V.studentId(k.g))},${V.name(k.g)},9${k.g.pick(['A', 'B', 'C'])},${V.name(k.g)}.${k.g.digits(2)}@students.example.sch.uk,${k.init()}`);
    return `student_id,first_name,form,email,temp_password\n${rows.join('\n')}\n`;
  }),

  eduDoc(
    'edu-proctoring-setup-email',
    ['prose'],
    'mail/proctoring-setup.eml',
    (k) => `From: exams-office@example.edu
To: faculty-list@example.edu
Subject: Respondus LockDown Browser + Proctorio for finals
Date: Mon, 1 Dec 2025 09:14:00 +0000
Content-Type: text/plain; charset=utf-8

Dear colleagues,

For the final exams, quizzes that need LockDown Browser must have a password set in the Respondus
dashboard. Please use a different password per exam; for the joint MATH 101 exam the proctor
override password is ${k.hpw()}.

The Canvas admin account for exam emergencies is exams-admin (password ${k.gpw()}), only for the exams office.

Best,
Exams Office
`,
  ),

  eduDoc(
    'edu-student-email-to-ta',
    ['prose'],
    'mail/re-hw3-cannot-connect.txt',
    (k) => `Hi ${V.name(k.g)},

I still can't connect to the course database for HW3. I'm using

  host: pg.cs.example.edu
  user: ${V.name(k.g)}${k.g.digits(2)}
  password: ${k.init()}

which is what the welcome email said. I get "password authentication failed". Could you reset it?

Thanks,
${V.name(k.g)} (student #${k.n(V.studentId(k.g))})

---
Reply from TA:
Reset done, new temporary password: ${k.init()} — please change it with \\password in psql.
`,
  ),

  eduDoc(
    'edu-capstone-retro-masked',
    ['prose', 'precision'],
    'wiki/Retro-Sprint-4.md',
    (k) => `# Sprint 4 retro

## What went wrong
- Someone pushed the \`.env\` with the Stripe key (\`${k.n('sk_test_****************')}\`). GitHub flagged it, we rotated.
- The JWT secret was \`${k.n('secret')}\` in dev. Now it is read from \`${k.n('process.env.JWT_SECRET')}\`.
- Password hashing: we store \`${k.n(V.bcrypt(k.g))}\` style hashes now, not plain text.

## Action items
- [ ] Use GitHub secrets for CI (\`${k.n('${{ secrets.MONGO_URI }}')}\`)
- [ ] Add gitleaks to pre-commit
- [x] Rotate Atlas password (new one is in the team's Bitwarden, not here)
`,
  ),

  eduDoc(
    'edu-korean-team-notion',
    ['prose'],
    'docs/팀-공유.md',
    (k) => `# 졸업작품 팀 공유 정보

- AWS 콘솔 (IAM 사용자 \`team-capstone\`): 비밀번호 ${k.hpw()}
- RDS 마스터 비밀번호: ${k.gpw()}
- 카카오 로그인 REST API 키: ${k.hex(32)}
- 교수님 시연용 계정: demo / ${k.hpw()}

⚠️ 깃허브에 올리지 마세요!
`,
  ),

  eduDoc(
    'edu-hindi-english-group-chat',
    ['prose'],
    'chat/minor-project-group.txt',
    (k) => `[14/08/25, 10:11:32 PM] Rahul: bhai server ka password kya hai?
[14/08/25, 10:12:05 PM] Priya: ${k.hpw()} hai, root user
[14/08/25, 10:12:40 PM] Rahul: ok chal gaya 👍
[14/08/25, 10:30:01 PM] Priya: aur firebase ka admin login: minorproj@gmail.com / ${k.hpw()}
[14/08/25, 10:31:15 PM] Ankit: sir ne bola hai viva 20 ko hai
`,
  ),
];
