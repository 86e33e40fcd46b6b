// Restaurant groups, franchisees and POS resellers: onboarding e-mails, tickets, notes for the closing manager and
// chats, in many languages. Passwords and POS keys sit next to order numbers, terminal and merchant ids.
import type { RealWorldDoc } from '../types';
import { aDoc, A } from './agrifoodValues';

export const AGRIFOOD_RESTAURANT_PROSE_DOCS: RealWorldDoc[] = [
  aDoc(
    'agri-franchise-onboarding-email-en',
    ['prose', 'precision'],
    'mail/franchise/welcome-store-214.eml',
    (k) => `Subject: Welcome to the Burger Barn family – Store #214 system access

Hi Priya,

congratulations on your opening date! Below are your back-office logins. Please keep this e-mail safe.

  Franchise portal:      store214@burgerbarn-franchise.example / ${k.hpw()}
  Toast back office:     priya.s / ${k.gpw()}
  Scheduling (7shifts):  use "Sign in with Google"
  Guest Wi-Fi:           BurgerBarn-Guest (open), staff network BB-Staff-214 / ${k.wifi()}
  Safe code:             set it yourself on day one

Your Toast restaurant GUID is ${k.n(k.g.uuid())} and the merchant id is ${k.n(A.merchant(k.g))}; neither is secret,
quote them to support. Terminal ids: ${k.n(A.terminal(k.g))}, ${k.n(A.terminal(k.g))}.

Never share the Toast password with crew members; create them their own PINs.

Franchise Systems Team
`,
  ),
  aDoc(
    'agri-ticket-pos-reseller-es',
    ['prose', 'precision'],
    'tickets/HD-2291-tpv-no-imprime.md',
    (k) => `**Ticket ${k.n(A.ticket(k.g))}** – Restaurante La Parrilla de Mendoza – la TPV no imprime comandas de cocina

Cliente: llamó el encargado. La impresora de cocina (${A.ipv4(k.g)}) no responde.
Acceso remoto: AnyDesk ${k.n(k.g.digits(3) + ' ' + k.g.digits(3) + ' ' + k.g.digits(3))}, contraseña de acceso desatendido ${k.dev()}
Usuario gerente del back-office Revel: laparrilla_admin, contraseña ${k.hpw()}
Número de pedido de prueba ${k.n(A.order(k.g))}, mesa ${k.n('12')}.
Solución: se reinstaló el driver; el cliente cambiará la contraseña (la anterior era ${k.n('<contraseña>')}).
`,
  ),
  aDoc(
    'agri-closing-manager-note-en',
    ['prose', 'precision'],
    'docs/ops/closing-checklist.md',
    (k) => `# Closing manager checklist (Harbourside)

1. Run the Z report on ${k.n(A.terminal(k.g))} and ${k.n(A.terminal(k.g))}.
2. Walk-in freezer below −18 °C? Log it; the Monnit dashboard login is harbourside / ${k.hpw()}
3. NVR (CCTV) export if there was an incident: admin password ${k.dev()}
4. Alarm code: ask the GM, never write it here.
5. Lock the office PC (Windows password for "Manager" is ${k.pw()} – yes we know, IT is fixing it).
Batch of the day's fish delivery: ${k.n(A.lot(k.g))}; supplier GLN ${k.n(A.gln(k.g))}.
`,
  ),
  aDoc(
    'agri-line-chat-thai-restaurant',
    ['prose', 'precision'],
    'exports/line/ร้านอาหาร-สาขา2.txt',
    (k) => `10:02 คุณนก: รหัสเข้าระบบ POS หลังร้านคืออะไรคะ
10:03 ผู้จัดการ: user: branch2 รหัสผ่าน ${k.hpw()}
10:04 ผู้จัดการ: ไวไฟพนักงาน ${k.wifi()}
10:10 คุณนก: ออเดอร์ Grab เลขที่ ${k.n(A.order(k.g))} ลูกค้าขอคืนเงินค่ะ
10:12 ผู้จัดการ: โอเค รหัสเก่า ${k.n('********')} ใช้ไม่ได้แล้วนะ
`,
  ),
  aDoc(
    'agri-izakaya-handover-ja',
    ['prose', 'precision'],
    'docs/引継ぎ/店舗システム.md',
    (k) => `# 店舗システム引継ぎ（渋谷店）

- POSレジ管理画面：ユーザー tenchou、パスワード ${k.hpw()}
- 予約台帳（TableCheck）：${k.gpw()}
- 防犯カメラ（NVR）：admin / ${k.dev()}
- 店舗コード ${k.n('S' + k.g.digits(5))}、端末番号 ${k.n(A.terminal(k.g))}
- 旧パスワード（${k.n('********')}）は無効です。
`,
  ),
  aDoc(
    'agri-pizza-group-chat-it',
    ['prose', 'precision'],
    'exports/whatsapp/Pizzeria Gruppo Direzione.txt',
    (k) => `[21/06/26, 23:14:02] Giulia: ragazzi chi ha la password di Deliveroo Hub per Trastevere?
[21/06/26, 23:14:40] Marco: trastevere@pizzeriagruppo.example password ${k.hpw()}
[21/06/26, 23:15:12] Giulia: e per Just Eat?
[21/06/26, 23:16:01] Marco: ${k.gpw()} stessa mail
[21/06/26, 23:17:30] Giulia: ordine ${k.n(A.order(k.g))} rimborsato, P.IVA ${k.n('IT' + k.g.digits(11))}
`,
  ),
  aDoc(
    'agri-bakery-email-fr',
    ['prose', 'precision'],
    'mail/boulangerie-caisse.txt',
    (k) => `Objet : Nouvelle caisse – identifiants

Bonjour Mme Lefèvre,

l'installation de la caisse Lightspeed est terminée. Identifiants du back-office :
  identifiant : boulangerie.lefevre
  mot de passe : ${k.hpw()}
Le code PIN administrateur du terminal de paiement a été remis sous pli ; le code vendeuse par défaut est ${k.u('0000')}.
Numéro de SIRET ${k.n(k.g.digits(14))}, identifiant commerçant ${k.n(A.merchant(k.g))}.

Cordialement,
Caisses & Services 44
`,
  ),
  aDoc(
    'agri-ifood-onboarding-ptbr',
    ['prose', 'precision'],
    'docs/integracao/ifood-homologacao.md',
    (k) => `# Homologação iFood – Hamburgueria do Zé

Portal do parceiro: hamburgueriadoze@gmail.com / senha ${k.hpw()}
Credenciais da API (merchant API, ambiente produção):
- clientId: ${k.n(k.g.uuid())}
- clientSecret: ${k.prov('iFood', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 100))}
merchantId ${k.n(k.g.uuid())}, CNPJ ${k.n(k.g.digits(2) + '.' + k.g.digits(3) + '.' + k.g.digits(3) + '/0001-' + k.g.digits(2))}
Pedido de teste ${k.n(A.order(k.g))}.
`,
  ),
  aDoc(
    'agri-ticket-kds-de',
    ['prose', 'precision'],
    'tickets/REQ-KDS-Kuechenmonitor.md',
    (k) => `Ticket ${k.n(A.ticket(k.g))}: Küchenmonitor (KDS) zeigt keine Bons

Filiale Leipzig Hbf. Der KDS-Controller ${k.n(A.mac(k.g))} hat nach dem Update die Verbindung verloren.
Admin-Passwort des Controllers: ${k.dev()}
Kassen-Backoffice (Orderbird): filiale.leipzig / ${k.hpw()}
Artikelnummern betroffen: ${k.n(A.sku(k.g))}, ${k.n(A.sku(k.g))}
Status: gelöst, Passwort soll bei der nächsten Schulung geändert werden.
`,
  ),
  aDoc(
    'agri-swiggy-zomato-note-hinglish',
    ['prose', 'precision'],
    'notes/aggregator-logins.txt',
    (k) => `Cloud kitchen – aggregator logins (Koramangala)

Swiggy partner app: 98${k.g.digits(8)} / ${k.hpw()}
Zomato restaurant partner: OTP aata hai owner ke phone pe, password nahi.
Petpooja POS: ${k.gpw()}  <- ye Rahul ne set kiya tha
FSSAI ${k.n('2' + k.g.digits(13))}, outlet id ${k.n(k.g.digits(6))}, res id ${k.n(k.g.digits(8))}
`,
  ),
  aDoc(
    'agri-hotel-kitchen-meeting-notes-pl',
    ['prose', 'precision'],
    'docs/spotkania/2026-05-kuchnia-it.md',
    (k) => `# Notatki ze spotkania kuchnia/IT – 12.05

- Czujniki temperatury chłodni (HACCP): hasło do panelu ${k.hpw()}, do zmiany po audycie.
- Nowy tablet kelnerski – PIN ${k.u('1234')} (domyślny, zmienić).
- Wi-Fi dla gości: ${k.wifi()}
- Numer certyfikatu HACCP ${k.n(A.cert(k.g))}, audyt ${k.n(A.ticket(k.g))}.
- Poprzednie hasło (${k.n('[REDACTED]')}) usunięte z tablicy w kuchni.
`,
  ),
  aDoc(
    'agri-franchise-portal-ticket-en',
    ['prose', 'precision'],
    'tickets/FRAN-4412.md',
    (k) => `### FRAN-4412 – Store 087 cannot log into the gift card portal

Reported by: shift lead. Store 087 (Oakfield Mall). Gift card merchant number ${k.n(A.merchant(k.g))}.
Reset done by support; temporary password ${k.gpw()} sent by SMS. The store's loyalty API key in the kiosk config
was also rotated: new key ${k.tok()} (old key ${k.n(A.mask(k.g.hex(32)))}).
Receipt of the failed redemption: ${k.n(A.order(k.g))}.
`,
  ),
];
