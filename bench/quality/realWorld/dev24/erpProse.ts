// Tickets, e-mails to vendors, go-live notes, SOPs and work instructions in many languages: passwords given in
// sentences next to order numbers, plant codes, batches, masked values and password policy text.
import type { RealWorldDoc } from '../types';
import { rDoc, R } from './erpValues';

export const ERP_PROSE_DOCS: RealWorldDoc[] = [
  rDoc(
    'erp-vendor-email-rfc-user',
    ['prose', 'precision'],
    'mail/2026-04-golive-rfc-user.txt',
    (k) => `From: Basis Team <basis@kohlmann.example>
To: consultant@mes-vendor.example
Subject: RE: Go-live MES – RFC user for the interface

Hi Stefan,

here is the RFC user for the go-live on Saturday:
  System: PRD, client ${k.n('100')}, application server sapprd-ci.corp.local, instance 00
  User: RFC_MES
  Password: ${k.s('password', R.anyPw(k.g))}

Please confirm once the IDoc ${k.n(R.idoc(k.g))} (LOIPRO) has arrived on your side. The transport with the
RFC destination is ${k.n(R.transport(k.g))}.

For the quality system (QAS) the password is still ${k.pw()}.

Regards, Basis Team
`,
  ),

  rDoc(
    'erp-servicenow-incident-export',
    ['prose', 'logs-and-output', 'precision'],
    'exports/servicenow/INC-erp-2026-03.csv',
    (k) => `"number","short_description","assignment_group","work_notes"
"${k.n(R.ticket(k.g))}","Carrier label API returns 401","ERP-Logistics","Rotated the key in the carrier portal. New API key ${k.s('token', k.g.alnum(32))} entered in SM59 destination CARRIER_API."
"${k.n(R.ticket(k.g))}","User LAGER05 locked","ERP-Basis","Unlocked, initial password ${k.init()} given to the shift lead by phone."
"${k.n(R.ticket(k.g))}","Price list import failed","ERP-Procurement","File had wrong delimiter, re-imported. No credentials involved."
"${k.n(R.ticket(k.g))}","Scanner cannot log on to WMS","Plant-IT","Reset scanner user SCAN_07 to ${k.dev()}; PO ${R.po(k.g)} could then be received."
"${k.n(R.ticket(k.g))}","Coupa webhook failing","ERP-Procurement","Shared secret on the Coupa side was regenerated: ${k.hex(64)} - updated in the bridge config."
"${k.n(R.ticket(k.g))}","Password policy question","ERP-Basis","Explained: ${k.n('at least 10 characters, 1 digit, 1 special character')}."
`,
  ),

  rDoc(
    'erp-sop-work-instruction-en',
    ['prose', 'precision'],
    'qms/SOP-IT-014_ERP_User_Provisioning.md',
    (k) => `# SOP-IT-014 ERP user provisioning (rev. C)

**Scope:** all plants using SAP S/4HANA (PRD client ${k.n('100')}).

1. The requester opens a ServiceNow request (RITM) with the cost centre (e.g. ${k.n('CC' + k.g.digits(4))}) and role.
2. Basis creates the user in SU01 with a **generated initial password** (SU01 → "Generate"), for example
   \`${k.n('Xk7…(masked)')}\`. Never reuse the example in this document.
3. The initial password is given to the user **by phone**, never by e-mail.
4. Password rules: ${k.n('minimum 10 characters')}, at least ${k.n('one digit and one special character')}.
5. Training user for the classroom (client 400 only): \`TRAIN01\`–\`TRAIN20\`, password ${k.s('password', R.human(k.g))}.

Related: SOP-IT-015 (firefighter access), form F-IT-014-1.
`,
  ),

  rDoc(
    'erp-golive-notes-zh',
    ['prose', 'precision'],
    'docs/上线/苏州工厂-上线记录.md',
    (k) => `# 苏州工厂 ERP 上线记录

- 上线日期：2026年3月1日
- SAP 生产系统客户端：${k.n('100')}，工厂代码：${k.n('CN10')}
- MES 接口用户：RFC_MES_CN，密码：${k.hpw()}
- WMS 数据库账号：wms_app，密码：${k.gpw()}
- 条码打印服务器管理员密码：${k.dev()}
- 第一张采购订单号：${k.n(R.po(k.g))}，第一个批次：${k.n(R.batch(k.g))}
- 增值税号：${k.n('91320594' + k.g.digits(10))}

注意：上线后一周内必须修改以上所有密码。密码长度至少 ${k.n('8 位')}。
`,
  ),

  rDoc(
    'erp-handover-ja',
    ['prose', 'precision'],
    'docs/引継ぎ/生産管理システム引継ぎ.txt',
    (k) => `生産管理システム 引継ぎメモ（名古屋工場）

・生産管理サーバ：pm-srv01（Windows Server 2019）
・管理者アカウント：administrator／パスワード：${k.hpw()}
・Oracle データベース：スキーマ PMUSER、パスワード ${k.spw()}
・ラベル発行 PC のログインパスワード：${k.dev()}
・品番の例：${k.n('NG-' + k.g.digits(5) + '-' + k.g.digits(3))}、ロット番号：${k.n(R.batch(k.g))}
・保守契約番号：${k.n('MC-' + k.g.digits(8))}（パスワードではありません）

パスワードは退職者が出たら必ず変更すること。
`,
  ),

  rDoc(
    'erp-ticket-ko',
    ['prose', 'precision'],
    'tickets/울산공장-2026-031.txt',
    (k) => `[요청] ${k.n(R.ticket(k.g))} – 울산공장 MES 접속 불가

안녕하세요, 생산기술팀입니다.
어제 MES 서버 패치 이후 작업자 단말기에서 로그인이 안 됩니다.
MES 관리자 계정: mesadmin / 비밀번호: ${k.hpw()}
DB 계정(읽기 전용): mes_ro / 비밀번호: ${k.gpw()}
작업지시 번호: ${k.n('WO' + k.g.digits(8))}, 설비 번호: ${k.n('EQ-' + k.g.digits(4))}

이전 비밀번호(${k.n('********')})는 더 이상 사용하지 않습니다. 확인 부탁드립니다.
`,
  ),

  rDoc(
    'erp-email-cs',
    ['prose', 'precision'],
    'mail/2026-02-pristup-k-erp.txt',
    (k) => `Od: Petr Dvořák <p.dvorak@ferrolux.example>
Komu: externi.konzultant@erp-partner.example
Předmět: Přístup do ERP pro migraci dat

Dobrý den,

posílám přístupové údaje do testovacího prostředí:
  uživatel: MIGRACE01
  heslo: ${k.hpw()}
  mandant: ${k.n('300')}, závod: ${k.n('CZ01')}
Do produkce dostanete heslo ${k.gpw()} až po schválení změnového požadavku ${k.n(R.ticket(k.g))}.

DIČ firmy: ${k.n(R.vat(k.g))}. Heslo musí mít ${k.n('alespoň 8 znaků')}.

S pozdravem
Petr Dvořák
`,
  ),

  rDoc(
    'erp-ticket-tr',
    ['prose', 'precision'],
    'tickets/bursa-fabrika-2026-044.txt',
    (k) => `Talep ${k.n(R.ticket(k.g))}: Bursa fabrikası – depo el terminalleri WMS'e bağlanamıyor

Merhaba,
dün gece WMS sunucusunun sertifikası yenilendi, el terminalleri bağlanamıyor.
WMS servis kullanıcısı: wms_svc, şifre: ${k.hpw()}
Kablosuz ağ (DEPO-SCAN) şifresi: ${k.s('password', R.phrase(k.g))}
Sertifika parmak izi: ${k.n(R.thumbprint(k.g))}
Sevkiyat numarası: ${k.n(R.delivery(k.g))}

Eski şifre (${k.n('******')}) artık geçerli değil. Şifre en az ${k.n('8 karakter')} olmalı.
`,
  ),

  rDoc(
    'erp-meeting-notes-hi',
    ['prose', 'precision'],
    'docs/meetings/pune-plant-erp-review.md',
    (k) => `# पुणे प्लांट – ERP समीक्षा बैठक (12 मार्च 2026)

उपस्थित: अमित, प्रिया, राजेश (IT), वेंडर टीम

- GST नंबर: ${k.n('27' + k.g.upper(5) + k.g.digits(4) + k.g.upper(1) + '1Z' + k.g.digits(1))}
- नया SAP उपयोगकर्ता PUNE_STORE बनाया गया, पासवर्ड ${k.hpw()} (पहली लॉगिन पर बदलना है)
- टैली से ERP माइग्रेशन का डेटाबेस पासवर्ड: ${k.gpw()}
- खरीद आदेश ${k.n(R.po(k.g))} परीक्षण के लिए उपयोग हुआ
- पासवर्ड नीति: ${k.n('कम से कम 8 अक्षर')}

अगली बैठक: 19 मार्च
`,
  ),

  rDoc(
    'erp-email-it-fornitore',
    ['prose', 'precision'],
    'mail/2026-03-portale-fornitori.txt',
    (k) => `Da: Ufficio Acquisti <acquisti@meridia-componenti.example>
A: fornitore@lamiere-rossi.example
Oggetto: Accesso al portale fornitori

Gentile fornitore,

le inviamo le credenziali per il nostro portale fornitori (conferme d'ordine e avvisi di spedizione):
  Codice fornitore: ${k.n(k.g.digits(6))}
  Utente: lamiere.rossi
  Password provvisoria: ${k.hpw()}

Al primo accesso le sarà chiesto di cambiarla (minimo ${k.n('10 caratteri')}).
Partita IVA registrata: ${k.n(R.vat(k.g))}. Ordine di prova: ${k.n(R.po(k.g))}.

Cordiali saluti
Ufficio Acquisti
`,
  ),

  rDoc(
    'erp-go-live-checklist-es',
    ['prose', 'precision'],
    'docs/arranque/checklist-monterrey.md',
    (k) => `# Checklist de arranque – Planta Monterrey

- [x] Usuarios cargados (${k.n('312')}), contraseña inicial común ${k.s('password', R.human(k.g))} con cambio obligatorio
- [x] Impresoras Zebra configuradas, contraseña del panel web ${k.dev()}
- [x] Interfaz con el SAT (CFDI): certificado CSD instalado, contraseña de la llave privada ${k.gpw()}
- [ ] Revisar RFC de la empresa: ${k.n(k.g.upper(3) + k.g.digits(6) + k.g.upper(3))}
- [ ] Primer pedimento aduanal: ${k.n(k.g.digits(2) + ' ' + k.g.digits(2) + ' ' + k.g.digits(4) + ' ' + k.g.digits(7))}

Nota: las contraseñas de los usuarios finales deben tener ${k.n('al menos 8 caracteres')}.
`,
  ),

  rDoc(
    'erp-quality-audit-finding-fr',
    ['prose', 'precision'],
    'qualite/audit-2026/constat-07.md',
    (k) => `# Constat d'audit n°07 – Gestion des accès au système qualité

**Constat :** le mot de passe du compte générique \`LABO\` du logiciel de métrologie (${k.hpw()}) est affiché
sur une étiquette collée sous l'écran du poste de contrôle tridimensionnel (MMT). Le même mot de passe est
utilisé sur les trois postes.

**Référence :** IATF 16949 §7.5.3.2.2, procédure PQ-12.
**Action corrective :** comptes nominatifs, mot de passe ${k.n('d’au moins 12 caractères')}, ancien mot de passe
désactivé (remplacé par ${k.n('[SUPPRIMÉ]')} dans ce rapport pour les versions suivantes).
Numéro de lot concerné par l'écart de mesure : ${k.n(R.batch(k.g))}.
`,
  ),

  rDoc(
    'erp-email-de-lieferant',
    ['prose', 'precision'],
    'mail/2026-01-lieferantenportal-zugang.txt',
    (k) => `Von: Einkauf Werk Wolfsburg <einkauf@nordtec-teile.example>
An: vertrieb@zulieferer-schmidt.example
Betreff: Zugang Lieferantenportal / Lieferabrufe

Sehr geehrte Damen und Herren,

anbei Ihre Zugangsdaten zum Lieferantenportal für die Lieferabrufe (VDA 4905):
Benutzername: ${k.n('L' + k.g.digits(6))}
Kennwort: ${k.hpw()}
Lieferantennummer: ${k.n(k.g.digits(6))}, DUNS ${k.n(R.duns(k.g))}

Das Kennwort ist ${k.n('90 Tage')} gültig. Die USt-IdNr. ${k.n(R.vat(k.g))} haben wir hinterlegt.

Mit freundlichen Grüßen
Einkauf
`,
  ),
];
