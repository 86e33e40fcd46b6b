// Front-of-house prose in many languages: shift handovers ("Übergabe"), night-audit notes, WhatsApp and Teams
// exports, e-mails from PMS vendors with temporary passwords. Passwords sit in sentences next to room numbers,
// confirmation numbers, promo codes and masked cards.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './hospitalityValues';

export const HOSPITALITY_PROSE_DOCS: RealWorldDoc[] = [
  hDoc(
    'hosp-uebergabe-nachtaudit-de',
    ['prose', 'precision'],
    'rezeption/uebergabebuch-2026-03.md',
    (k) => `## Übergabe Nacht 14.→15.03.

- Zimmer ${k.n(H.room(k.g))}: Gast reklamiert Heizung, Haustechnik informiert (Auftrag ${k.n(H.ticket(k.g))})
- No-show Buchung ${k.n(H.confirmation(k.g))}, Kreditkarte ${k.n(H.maskedCard(k.g))} belastet
- Der Backoffice-PC hat jetzt ein neues Passwort: ${k.hpw()} (alte Passwort ging nicht mehr nach dem Update)
- Nachtaudit lief durch, Kassensturz 0,00 Differenz
- Tresor-Code bleibt wie gehabt, steht NICHT hier
- Für den Fidelio-Login "NA" gilt ab heute ${k.pw()}
`,
  ),
  hDoc(
    'hosp-whatsapp-frontdesk-es',
    ['prose', 'precision'],
    'exports/WhatsApp Chat con Recepción Hotel Miramar.txt',
    (k) => `12/03/26, 23:14 - Lucía: Chicos, el ordenador de recepción se ha bloqueado otra vez 😩
12/03/26, 23:15 - Jorge (IT): Entra con el usuario recepcion2 y la contraseña ${k.hpw()}
12/03/26, 23:15 - Lucía: Vale, ya está. Y la del Opera?
12/03/26, 23:17 - Jorge (IT): La del Opera es personal, pero la genérica de auditoría nocturna es ${k.pw()}
12/03/26, 23:18 - Lucía: Gracias! La reserva ${k.n(H.confirmation(k.g))} llega mañana con código promo ${k.n(H.promo(k.g))}
12/03/26, 23:40 - Jorge (IT): <Multimedia omitido>
`,
  ),
  hDoc(
    'hosp-vendor-temp-password-en',
    ['prose', 'precision'],
    'mail/2026-02-03-pms-account.eml',
    (k) => `From: noreply@support.pms-vendor.example
To: gm@hotel-excelsior.example
Subject: Your new PMS user account

Hello,

A user account has been created for you on property ${k.n(H.propertyCode(k.g))}.

  Username: EXC_GM
  Temporary password: ${k.gpw()}

You will be asked to change this password at first login. The password must be at least 12 characters.
Your support PIN for phone verification is ${k.u(k.g.digits(6))}.

Case reference: ${k.n(`CS${k.g.digits(8)}`)}
`,
  ),
  hDoc(
    'hosp-consegne-turno-it',
    ['prose', 'precision'],
    'ricevimento/consegne-turno.txt',
    (k) => `Consegne turno notte – Hotel Bellavista Napoli

- Camera ${k.n(H.room(k.g))} late check-out ore 14:00 (autorizzato dal direttore)
- Prenotazione gruppo ${k.n(H.confirmation(k.g))}: rooming list arriva domani
- La password del PC del back office è cambiata: ${k.hpw()}
- Account Booking extranet: utente bellavista.napoli, password ${k.pw()}
- Codice sconto per i dipendenti: ${k.n(H.promo(k.g))} (non è una password)
- P.IVA ospite aziendale: ${k.n(H.vat(k.g))}
`,
  ),
  hDoc(
    'hosp-cahier-consignes-fr',
    ['prose', 'precision'],
    'reception/cahier-de-consignes.md',
    (k) => `### Consignes du 09/03

- Le mot de passe de la session « Réception » a été changé : ${k.hpw()}
- Mot de passe du portail Wi-Fi (réseau ${k.n(H.ssid(k.g))}) pour les séminaires : ${k.wifi()}
- Chambre ${k.n(H.room(k.g))} : client fidèle n° ${k.n(H.loyalty(k.g))}, surclassement offert
- Note de débit ${k.n(H.folio(k.g))} à envoyer à l'agence (IATA ${k.n(H.iata(k.g))})
- Le code du coffre reste ${k.n('[voir enveloppe]')}
`,
  ),
  hDoc(
    'hosp-reception-notes-el',
    ['prose', 'precision'],
    'reception/simeioseis-vardias.md',
    (k) => `# Σημειώσεις βάρδιας – Hotel Kastro Santorini

- Νέος κωδικός για τον υπολογιστή της ρεσεψιόν: ${k.hpw()}
- Κωδικός WiFi πισίνας: ${k.wifi()}
- Κράτηση ${k.n(H.confirmation(k.g))}: άφιξη με καθυστέρηση, δωμάτιο ${k.n(H.room(k.g))}
- ΑΦΜ εταιρείας: ${k.n(H.vat(k.g))}
- Ο κωδικός του channel manager είναι ${k.pw()} — να αλλάξει τον Απρίλιο
`,
  ),
  hDoc(
    'hosp-resepsiyon-devir-tr',
    ['prose', 'precision'],
    'resepsiyon/devir-teslim.txt',
    (k) => `Devir teslim – Sultan Hotel Antalya

* Gece denetimi bilgisayarı şifresi: ${k.hpw()}
* Elektra PMS kullanıcı: GECE, parola ${k.dev()}
* Oda ${k.n(H.room(k.g))} misafiri erken giriş istedi, rezervasyon no ${k.n(H.confirmation(k.g))}
* Acenta faturası ${k.n(H.folio(k.g))} muhasebeye iletildi
* Misafir Wi-Fi şifresi bu hafta: ${k.wifi()}
`,
  ),
  hDoc(
    'hosp-line-chat-th',
    ['prose', 'precision'],
    'exports/line-chat-phuket-frontoffice.txt',
    (k) => `[LINE] Chat history with Front Office Phuket
2026.03.11 Wed
21:02 Nok: รหัสผ่านคอมพิวเตอร์หน้าฟรอนต์ใหม่คือ ${k.hpw()} นะคะ
21:03 Somchai: รับทราบครับ แล้วรหัส Wi-Fi แขกล่ะ
21:04 Nok: ชื่อเครือข่าย ${k.n(H.ssid(k.g))} รหัส ${k.wifi()}
21:10 Somchai: ห้อง ${k.n(H.room(k.g))} ขอเปลี่ยนห้อง หมายเลขการจอง ${k.n(H.confirmation(k.g))}
21:12 Nok: รหัสระบบ POS ของบาร์ ${k.dev()} ค่ะ
`,
  ),
  hDoc(
    'hosp-handover-ja',
    ['prose', 'precision'],
    'フロント/引継ぎメモ_0312.txt',
    (k) => `フロント引継ぎメモ（3月12日 夜勤）

・予約番号 ${k.n(H.confirmation(k.g))} のお客様、到着が23時頃になるとの連絡あり
・${k.n(H.room(k.g))}号室 エアコン不調 → 施設課に依頼済み
・PMS の夜間監査用アカウントのパスワードを変更しました：${k.hpw()}
・自動精算機の管理者パスワード：${k.dev()}
・会員番号 ${k.n(H.loyalty(k.g))} のお客様はポイント二重付与の件で要確認
`,
  ),
  hDoc(
    'hosp-wechat-export-zh',
    ['prose', 'precision'],
    'exports/微信-前台群-导出.txt',
    (k) => `前台工作群 2026-03-10
王经理 09:21：新的酒店管理系统账号已开通，初始密码 ${k.gpw()}，登录后请立即修改。
小李 09:25：收到。客房 ${k.n(H.room(k.g))} 的订单号 ${k.n(H.confirmation(k.g))} 已确认。
王经理 09:30：宾客 WiFi 密码改为 ${k.wifi()}
小张 10:02：门锁发卡系统的管理员密码是多少？
王经理 10:05：${k.dev()}，不要发到别的群里。
`,
  ),
  hDoc(
    'hosp-email-gm-ar',
    ['prose', 'precision'],
    'mail/تسليم-المناوبة.txt',
    (k) => `إلى: فريق الاستقبال – فندق النخيل مراكش
الموضوع: تحديث كلمات المرور

تم تغيير كلمة مرور نظام إدارة الفندق للمناوبة الليلية إلى: ${k.hpw()}
كلمة مرور جهاز الكمبيوتر في المكتب الخلفي: ${k.gpw()}
رقم الحجز الخاص بالمجموعة: ${k.n(H.confirmation(k.g))}
رقم الفاتورة: ${k.n(H.folio(k.g))}
يرجى عدم مشاركة كلمات المرور عبر واتساب.
`,
  ),
  hDoc(
    'hosp-predavka-recepce-cs',
    ['prose', 'precision'],
    'recepce/predavaci-protokol.md',
    (k) => `# Předávací protokol – Hotel Praha Centrum

- Nové heslo do PMS pro noční směnu: ${k.hpw()}
- Heslo ke kamerovému systému (NVR): ${k.dev()}
- Rezervace ${k.n(H.confirmation(k.g))} – skupina 18 osob, pokoje od ${k.n(H.room(k.g))}
- IČO/DIČ klienta: ${k.n(`CZ${k.g.digits(8)}`)}
- Slevový kód pro firemní klienty: ${k.n(H.promo(k.g))}
`,
  ),
  hDoc(
    'hosp-primopredaja-hr',
    ['prose', 'precision'],
    'recepcija/primopredaja-smjene.txt',
    (k) => `Primopredaja smjene – Hotel Dubrovnik Riva

1. Lozinka za računalo na recepciji promijenjena je u ${k.hpw()}
2. Lozinka za Wi-Fi za goste (${k.n(H.ssid(k.g))}): ${k.wifi()}
3. Soba ${k.n(H.room(k.g))}: gost traži kasnu odjavu, rezervacija ${k.n(H.confirmation(k.g))}
4. OIB tvrtke: ${k.n(k.g.digits(11))}
5. Lozinka za sustav ključeva (Salto): ${k.dev()}
`,
  ),
];
