// Prose of hotel, airline and restaurant IT in many languages: vendor onboarding emails, helpdesk tickets, shift
// handover notes, WhatsApp and Teams chats between properties, wiki pages — Spanish, Portuguese, Italian, French,
// German, Greek, Turkish, Thai, Arabic, Japanese, Chinese, Dutch, English.
import type { RealWorldDoc } from '../types';
import { tDoc, T } from './travelValues';

export const TRAVEL_PROSE_DOCS: RealWorldDoc[] = [
  tDoc(
    'travel-vendor-onboarding-email-en',
    ['prose', 'precision'],
    'mail/welcome-channel-manager.eml',
    (k) => `From: onboarding@channel-mgr.example
To: it@hotelmarazul.example
Subject: Welcome! Your channel manager account is ready

Hi Carlos,

Your property (ID ${k.n(k.g.digits(5))}) is live on our platform. Your login details:

  Extranet: https://extranet.channel-mgr.example
  Username: carlos.mendez
  Temporary password: ${k.pw()}

For the PMS connection, use these API credentials in Opera's OXI interface:
  API user: oxi_${k.g.digits(5)}
  API key: ${k.tok()}

You'll be asked to change your password on first login. Please don't reply to this email with passwords.

Best,
The Onboarding Team
`,
  ),

  tDoc(
    'travel-handover-night-shift-es',
    ['prose', 'precision'],
    'recepcion/relevo-turno-noche.txt',
    (k) => `RELEVO DE TURNO - NOCHE 14/02
Recepcionista saliente: Lucía   Entrante: Javier

- Habitación ${k.n(T.room(k.g))}: llegada tardía (vuelo ${k.n(T.flight(k.g))}), dejar llave en el sobre.
- Reserva ${k.n(T.bookingNo(k.g))} de Booking.com con tarjeta virtual, cobrar al check-in.
- El auditor nocturno no arranca: usuario de Opera "NA_AUDIT", contraseña nueva ${k.pw()} (la antigua caducó).
- Wifi de clientes: la clave del día es ${k.u(k.g.digits(6))} (cambia cada mañana).
- Caja fuerte de recepción: código en el sobre del jefe de recepción, NO escribir aquí.
- Ordenador del back office: usuario recepcion / ${k.hpw()}
`,
  ),

  tDoc(
    'travel-whatsapp-properties-pt',
    ['prose', 'precision'],
    'chats/whatsapp-ti-hoteis.txt',
    (k) => `[09/03/26 08:12] Rui (TI Lisboa): bom dia, alguém tem a senha do servidor de fechaduras do Porto?
[09/03/26 08:15] Ana (Porto): tenho sim, é ${k.pw()} mas o utilizador é "sysadmin"
[09/03/26 08:15] Ana (Porto): depois apaga a mensagem 😅
[09/03/26 08:17] Rui (TI Lisboa): obrigado! e a do wifi dos funcionários?
[09/03/26 08:20] Ana (Porto): ${k.pw()}
[09/03/26 08:21] Rui (TI Lisboa): 👍 o nº da reserva do grupo é ${k.n(T.bookingNo(k.g))}, PNR ${k.n(T.pnr(k.g))}
[09/03/26 08:40] Marta (Algarve): a senha do Opera continua a mesma? no manual só aparece ${k.n('<senha>')}
`,
  ),

  tDoc(
    'travel-teams-chat-it',
    ['prose', 'precision'],
    'chats/teams-export-ricevimento.txt',
    (k) => `Giulia Ferri  10:02
Ciao, il POS del ristorante non si collega al Simphony. Qualcuno sa la password dell'utente di servizio?

Marco Bianchi  10:05
è nel portachiavi IT, ma al volo: utente svc_pos, password ${k.pw()}

Giulia Ferri  10:06
grazie! e il PIN della stampante cucina?

Marco Bianchi  10:07
di default è ${k.u('0000')}, non l'abbiamo mai cambiato 🙈

Marco Bianchi  10:09
ah e la chiave API di TheFork per le prenotazioni: ${k.tok()}
`,
  ),

  tDoc(
    'travel-helpdesk-ticket-fr',
    ['prose', 'precision'],
    'tickets/TCK-48213-fr.txt',
    (k) => `Ticket ${k.n(T.ticket(k.g))} — Hôtel Le Grand Large, Nice
Catégorie : PMS / Interface serrures
Priorité : Haute

Description (réception) :
Depuis ce matin l'encodeur Salto ne crée plus les badges. Message « Erreur de connexion base de données ».

Note technicien (N2) :
Le mot de passe du compte SQL \`salto_ship\` avait expiré. Réinitialisé à ${k.pw()} et politique d'expiration
désactivée pour ce compte. Le mot de passe du portail Salto (admin) n'a pas changé : ${k.hpw()}.
Numéro de série encodeur : ${k.n(k.g.digits(10))}. Clôturé.
`,
  ),

  tDoc(
    'travel-it-wiki-de',
    ['prose', 'precision'],
    'wiki/Kassensystem-Restaurant.md',
    (k) => `# Kassensystem Restaurant „Seeblick“

**Hersteller:** Gastrofix / Lightspeed · **Filiale:** ${k.n(k.g.digits(4))}

## Zugänge
- Backoffice: https://backoffice.gastrofix.example — Benutzer \`seeblick-admin\`, Passwort ${k.pw()}
- TSE (Fiskaly) API-Key: \`${k.u('test_' + k.g.lower(26))}\` (Testumgebung, öffentlich im Leitfaden)
- TSE API-Secret (Produktion): \`${k.tok()}\`
- DATEV-Export per SFTP, Kennwort: \`${k.ph()}\` (steht im Tresor)

## Hinweise
Die Belegnummern (z. B. ${k.n(k.g.digits(8))}) und die Seriennummer der TSE (${k.n(k.g.hex(64))}) sind keine Geheimnisse.
`,
  ),

  tDoc(
    'travel-email-greek-hotel',
    ['prose', 'precision'],
    'mail/pliroforiki-santorini.txt',
    (k) => `Από: Νίκος Παπαδόπουλος <it@santorini-suites.example>
Προς: reception@santorini-suites.example
Θέμα: Νέοι κωδικοί για το PMS

Καλημέρα σε όλους,

Από σήμερα ο κωδικός πρόσβασης για τον κοινό λογαριασμό της ρεσεψιόν είναι: ${k.pw()}
Ο κωδικός του Wi-Fi προσωπικού άλλαξε σε ${k.pw()}.
Παρακαλώ μην τους γράφετε σε χαρτάκια δίπλα στην οθόνη.

Ο αριθμός κράτησης της ομάδας είναι ${k.n(T.bookingNo(k.g))}.

Ευχαριστώ,
Νίκος
`,
  ),

  tDoc(
    'travel-turkish-it-note',
    ['prose', 'precision'],
    'notlar/bodrum-otel-bt.txt',
    (k) => `BODRUM OTEL - BT NOTLARI (Mart 2026)

* Elektra PMS sunucu: ELK-SRV01, sa şifresi: ${k.pw()}
* Misafir Wi-Fi (Mikrotik hotspot) yönetici şifresi: ${k.pw()}
* Kapı kilit sistemi (Vingcard Vision) servis kullanıcısı: vision / ${k.dev()}
* Rezervasyon no örneği: ${k.n(T.bookingNo(k.g))}  — gizli değildir
* Şifreler her sezon başında değiştirilir; yeni şifreler KeePass dosyasında (şifre: ${k.n('********')})
`,
  ),

  tDoc(
    'travel-thai-line-chat',
    ['prose', 'precision'],
    'chats/line-phuket-it.txt',
    (k) => `[10:14] สมชาย (IT ภูเก็ต): ใครมีรหัสผ่านเครื่อง POS ห้องอาหารบ้าง
[10:16] นิดา (F&B): รหัสผ่านคือ ${k.pw()} ค่ะ ผู้ใช้ manager
[10:17] สมชาย (IT ภูเก็ต): ขอบคุณครับ แล้วรหัส Wi-Fi พนักงานล่ะ
[10:18] นิดา (F&B): ${k.pw()}
[10:30] สมชาย (IT ภูเก็ต): หมายเลขการจอง ${k.n(T.bookingNo(k.g))} เที่ยวบิน ${k.n(T.flight(k.g))} ครับ
`,
  ),

  tDoc(
    'travel-arabic-email-dubai',
    ['prose', 'precision'],
    'mail/dubai-it-access.txt',
    (k) => `من: قسم تقنية المعلومات
إلى: مكتب الاستقبال
الموضوع: بيانات الدخول الجديدة لنظام الحجوزات

تحية طيبة،

تم إنشاء حساب جديد لنظام Opera:
اسم المستخدم: FO_AHMED
كلمة المرور: ${k.pw()}

كلمة مرور شبكة الموظفين اللاسلكية: ${k.pw()}

يرجى تغيير كلمة المرور عند أول تسجيل دخول. رقم الحجز للاختبار: ${k.n(T.confNo(k.g))}

مع التحية
`,
  ),

  tDoc(
    'travel-japanese-ryokan-manual',
    ['prose', 'precision'],
    'docs/ryokan-system-manual-ja.md',
    (k) => `# 旅館システム運用マニュアル（フロント用）

## ログイン情報
- PMS（TL-リンカーン連携）：ユーザー名 \`front01\`、パスワード：${k.pw()}
- 予約サイトコントローラー管理画面のパスワード：${k.pw()}
- 客室Wi-Fiのパスワードは各部屋のカードに記載（例：${k.n('room-wifi-xxxx')}）

## 注意
予約番号（例：${k.n(T.bookingNo(k.g))}）や会員番号（${k.n(T.loyalty(k.g))}）は秘密情報ではありません。
パスワードは3か月ごとに変更してください。
`,
  ),

  tDoc(
    'travel-chinese-wechat-note',
    ['prose', 'precision'],
    'chats/wechat-sanya-it.txt',
    (k) => `【三亚度假酒店 IT 群】
王磊 09:20：西软PMS数据库的sa密码改了吗？
李娜 09:22：改了，新密码是 ${k.pw()}
王磊 09:23：收到。门锁系统（必达）管理员密码呢？
李娜 09:25：${k.dev()}，用户名 admin
张伟 09:40：订单号 ${k.n(T.bookingNo(k.g))} 的客人要发票，航班 ${k.n(T.flight(k.g))}
李娜 09:41：微信支付商户平台的API密钥：${k.s('token', k.g.alnum(32))}，别外传
`,
  ),

  tDoc(
    'travel-dutch-runbook',
    ['prose', 'command-line', 'precision'],
    'runbooks/nachtaudit-herstellen.md',
    (k) => `# Nachtaudit vastgelopen — herstellen

1. Log in op de interfaceserver (\`ifc01\`) als \`beheer\`; het wachtwoord staat in Bitwarden (collectie "Hotel Amsterdam").
2. Stop de dienst: \`sc stop "Opera IFC8"\`
3. Controleer de databaseverbinding:
   \`sqlcmd -S OPERA-DB -U opera_ro -P ${k.spw()} -Q "select 1"\`
4. Herstart: \`sc start "Opera IFC8"\`

Let op: het oude wachtwoord \`${k.u('Welkom01!')}\` van de voorbeeldconfiguratie werkt NIET meer (en is uitgeschakeld).
`,
  ),

  tDoc(
    'travel-airline-it-email-en',
    ['prose', 'precision'],
    'mail/sita-cutover.eml',
    (k) => `Subject: RE: Type B cutover this weekend - credentials

Team,

For Saturday's cutover of the LIS station to the new messaging gateway:

* MQ channel user: tpmsg01 — password ${k.pw()} (temporary, we rotate Monday)
* Keystore stash password for the SSL repo: in the vault, path ops/typeb/stash
* Type B addresses stay the same (${k.n('LISKKTP')}, ${k.n('LISAPTP')}).
* Bridge call: +351 21 000 0000, PIN ${k.u(k.g.digits(6))}#

Flights ${k.n(T.flight(k.g))} and ${k.n(T.flight(k.g))} are the first to test.

Thanks,
Duty Manager IT Ops
`,
  ),

  tDoc(
    'travel-restaurant-owner-email-es',
    ['prose', 'precision'],
    'mail/nuevo-tpv.txt',
    (k) => `Asunto: Datos del nuevo TPV y de la cuenta de Glovo

Hola Sergio,

Ya tenemos instalado el TPV nuevo en el local de Malasaña. Te paso los datos:

- Acceso al backoffice: usuario \`malasana\`, contraseña ${k.pw()}
- Cuenta de Glovo Partners: pedidos@tapasbar.example / ${k.hpw()}
- La clave API de la integración con Glovo: ${k.tok()}
- El número de comercio del datáfono (${k.n(k.g.digits(9))}) no es secreto, lo pide el banco.

Un saludo,
Paula
`,
  ),

  tDoc(
    'travel-jira-ticket-kiosk',
    ['prose', 'logs-and-output', 'precision'],
    'tickets/KIOSK-412.md',
    (k) => `**KIOSK-412** Self check-in kiosk at T2 stuck on "Contacting airline"

**Steps:** scan boarding pass for ${k.n(T.flight(k.g))}, PNR ${k.n(T.pnr(k.g))} → spinner forever.

**Log excerpt (kiosk KSK-${k.g.digits(3)}):**
\`\`\`
11:02:41 ERROR DcsClient: login failed for sine ${k.n(k.g.digits(4) + 'TP')} (password=${k.host()})
11:02:41 WARN  retrying in 30s
\`\`\`

**Comment (L2):** the DCS agent password expired; updated in the kiosk config. The log line above prints it,
raising KIOSK-413 to mask it.
`,
  ),
];
