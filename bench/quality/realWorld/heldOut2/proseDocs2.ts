// rw-held-out2 prose: wikis, onboarding, emails and notes, part 2 (more languages).
import type { RealWorldDoc } from '../types';
import { F, hdoc } from './proseKit';

export const PROSE_DOC2_DOCS: RealWorldDoc[] = [
  hdoc(
    'spreadsheet-csv-tr-musteri',
    ['prose'],
    'docs/musteri-hesaplari.csv',
    (k) => `Müşteri;Panel adresi;Kullanıcı adı;Şifre;Not
Yıldız Tekstil;https://panel.yildiztekstil.example;yildiz_admin;${k.hpw('tr')};ana hesap
Deniz Lojistik;https://denizlojistik.example/wp-admin;editor;${k.gpw()};
Kaya İnşaat;https://kayainsaat.example/yonetim;kaya;${k.hpw('tr')};şifre değişecek
Aras Gıda;https://arasgida.example/admin;admin;${k.n('(müşteride)')};şifreyi müşteri tutuyor
Test;https://test.example;test;${k.n('test')};deneme
`,
  ),

  hdoc(
    'wiki-hi-server-access',
    ['prose', 'command-line'],
    'docs/wiki/सर्वर-एक्सेस.md',
    (k) => `# सर्वर एक्सेस गाइड

नए टीम सदस्यों के लिए ज़रूरी जानकारी।

## उत्पादन सर्वर
- होस्ट: \`prod-app-01.example.in\`
- उपयोगकर्ता नाम: \`deploy\`
- पासवर्ड: ${k.hpw('hi')}

## डेटाबेस
${F}bash
mysql -h db.example.in -u app -p'${k.gpw({ shellSafe: true })}' appdb
${F}

## ध्यान दें
- पासवर्ड किसी के साथ साझा न करें।
- "पासवर्ड भूल गए?" लिंक केवल वेब पैनल पर काम करता है।
- SMS गेटवे API कुंजी: ${k.tok(k.g.hex(32))}
`,
  ),

  hdoc(
    'wiki-ar-email-setup',
    ['prose'],
    'docs/wiki/إعداد-البريد.md',
    (k) => `# إعداد البريد الإلكتروني للموظفين الجدد

١. افتح برنامج Outlook واختر "إضافة حساب".
٢. اسم المستخدم: البريد الكامل مثل \`ahmed.k@company.example\`
٣. كلمة المرور المؤقتة: ${k.hpw('ar')}
٤. خادم SMTP: \`smtp.company.example\` المنفذ 587

حساب البريد المشترك للمبيعات:
- المستخدم: sales@company.example
- كلمة السر: ${k.gpw()}

ملاحظة: لا ترسل كلمة المرور عبر الواتساب. حقل "تأكيد كلمة المرور" يجب أن يطابق الحقل الأول.
`,
  ),

  hdoc(
    'wiki-id-deploy-panduan',
    ['prose', 'command-line'],
    'docs/panduan-deploy.md',
    (k) => `# Panduan Deploy Aplikasi Kasir

## Akses server
SSH ke server produksi:
${F}
ssh ubuntu@103.28.12.45
# kata sandi: ${k.hpw('id')}
${F}

## Variabel lingkungan
Salin \`.env.example\` ke \`.env\`, lalu isi:
${F}
DB_PASSWORD=${k.gpw()}
MIDTRANS_SERVER_KEY=${k.s('provider', `Mid-server-${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 24)}`, 'midtrans-server-key')}
MIDTRANS_CLIENT_KEY=${k.n(`Mid-client-${k.g.alnum(16)}`)}
APP_KEY=${k.tok(`base64:${k.g.base64(43)}=`)}
${F}

Client key Midtrans boleh publik (dipakai di frontend), server key **rahasia**.
Sandi akun admin aplikasi: admin / ${k.hpw('id')}
`,
  ),

  hdoc(
    'onboarding-fr-poste-dev',
    ['prose', 'command-line'],
    'docs/onboarding/poste-developpeur.md',
    (k) => `# Installer son poste de développeur

## Accès au dépôt Nexus (npm)
Ajoutez dans \`~/.npmrc\` :
${F}
registry=https://nexus.societe.fr/repository/npm-group/
//nexus.societe.fr/repository/npm-group/:_auth=${k.basic('dev-ci')}
always-auth=true
${F}

## Base de données locale
Lancez \`docker run -e POSTGRES_PASSWORD=${k.n('postgres')} -p 5432:5432 postgres:16\` (mot de passe local, sans importance).

## Recette
L'environnement de recette utilise le compte \`recette_app\` avec le mot de passe ${k.hpw('fr')}.
Le jeton d'API Sonar pour l'analyse locale : ${k.prov('sonar', 'sonarqube')}

> ⚠️ Ne commitez jamais votre \`.npmrc\` ; la variable \`\${NPM_TOKEN}\` suffit en CI.
`,
  ),

  hdoc(
    'email-ko-vendor-account',
    ['prose'],
    'mail/계정 정보 안내.eml',
    (k) => `From: 고객지원 <support@vendor.example.kr>
To: 최지우 <jiwoo.choi@client.example>
Subject: [안내] 관리자 계정 정보
Date: Wed, 4 Mar 2026 10:11:00 +0900

안녕하세요, 최지우 님.

요청하신 관리자 계정 정보를 보내드립니다.

- 접속 주소: https://admin.vendor.example.kr
- 아이디: client_admin
- 임시 비밀번호: ${k.hpw('ko')}

보안을 위해 최초 로그인 후 비밀번호를 반드시 변경해 주세요.
API 연동 키: ${k.tok(k.g.alnum(32))}

감사합니다.
`,
  ),

  hdoc(
    'handover-uk-infra',
    ['prose', 'command-line'],
    'docs/передача-справ.md',
    (k) => `# Передача справ: інфраструктура

## Доступи
| Сервіс | Логін | Пароль |
|---|---|---|
| Proxmox | root@pam | ${k.gpw()} |
| pfSense | admin | ${k.hpw('uk')} |
| Бекап NAS | backup | ${k.n('див. Bitwarden')} |

## Корисні команди
${F}
pvesh get /nodes --output-format json
restic -r sftp:backup@nas:/restic snapshots   # пароль репозиторію в RESTIC_PASSWORD_FILE
export RESTIC_PASSWORD='${k.pp('uk')}'
${F}

Поле «Пароль» у веб-інтерфейсі pfSense приймає лише латиницю.
`,
  ),

  hdoc(
    'meeting-notes-pt-sprint',
    ['prose', 'precision'],
    'docs/atas/2026-02-20-sprint-review.md',
    (k) => `# Ata — Sprint Review 20/02/2026

Participantes: Ana, Bruno, Camila, Diego

## Demonstrações
- Tela de login nova: campos "Usuário", "Senha" e "Lembrar senha". Mensagem de erro: "${k.n('Senha incorreta. Tente novamente.')}"
- Recuperação de senha via e-mail com token de uso único (${k.n('token_hash')} armazenado, nunca o token).
- O campo de senha agora mascara com ${k.n('••••••••')}.

## Pendências
- Bruno: trocar a chave de exemplo \`${k.n('SUA_CHAVE_AQUI')}\` do README por instruções.
- Camila: revisar política (mínimo 12 caracteres, bloqueio após 5 tentativas).

## Observações
Nenhuma credencial foi compartilhada nesta reunião. O commit da demo foi \`${k.n(k.V.gitSha(k.g).slice(0, 7))}\`.
`,
  ),

  hdoc(
    'email-it-password-reset-bulk',
    ['prose'],
    'mail/reset-password-collaboratori.txt',
    (k) => `Oggetto: Reset password account di posta — elenco
Da: amministrazione@studio.example.it
A: titolare@studio.example.it

Ciao Roberto,
come richiesto ho resettato le password delle caselle. Te le giro così le consegni a mano:

  m.rossi@studio.example.it     ${k.hpw('it')}
  l.ferrari@studio.example.it   ${k.hpw('it')}
  segreteria@studio.example.it  ${k.gpw()}
  pec@studio.example.it         ${k.n('(invariata)')}

La password del gestionale rimane ${k.hpw('it')} finché non migriamo.

Saluti,
Elena
`,
  ),
];
