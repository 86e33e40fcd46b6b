// Control-room prose in many languages: shift handovers, incident reports, vendor commissioning notes, chats and
// emails. Passwords are given in sentences next to tag names, work orders, feeder numbers and masked values.
import type { RealWorldDoc } from '../types';
import { eDoc, E } from './energyValues';

export const ENERGY_PROSE_DOCS: RealWorldDoc[] = [
  eDoc(
    'energy-shift-handover-en',
    ['prose', 'precision'],
    'handover/2026-03-18-night.md',
    (k) => `# Shift handover – Control Room B, night 18→19 March

**Grid:** FDR-12 tripped 01:42 on earth fault, reclosed OK. Protection relay ${k.n(E.iec61850(k.g))} event log saved.
**Unit 2:** load limited to 310 MW (mill C out). Work order ${k.n(E.ticket(k.g))}.
**IT/OT:** the historian service account was locked out again – Helpdesk reset it, temporary password is
${k.pw()} until the OT admin is in. The EMS console on desk 3 still shows the old login banner.
**Access:** contractor badge 4471 returned. The HMI "engineer" level password for Unit 2 was changed to
${k.dev()} after the audit finding; the operator level is unchanged.
**Alarms shelved:** ${k.n('U2.FW.P204.VIB_HI')}, ${k.n('U2.AIR.FD_FAN_B.BRG_T')}
`,
  ),

  eDoc(
    'energy-incident-report-ar',
    ['prose', 'precision'],
    'incidents/IR-2026-014-ar.md',
    (k) => `# تقرير حادثة IR-2026-014 – محطة ضخ الجبيل

الوصف: توقف نظام SCADA في محطة الضخ رقم 3 لمدة 40 دقيقة بسبب انتهاء صلاحية شهادة الخادم.
المعدات المتأثرة: ${k.n('PS3-RTU-01')}، ${k.n('PS3-PLC-02')}
الإجراء: تم تجديد الشهادة (البصمة ${k.n(E.fingerprint(k.g))}).
ملاحظة: كلمة مرور حساب الصيانة للمورد هي ${k.hpw()} ويجب تغييرها بعد الزيارة.
كلمة المرور المؤقتة لمحطة العمل الهندسية: ${k.gpw()}
رقم أمر العمل: ${k.n(E.ticket(k.g))}
`,
  ),

  eDoc(
    'energy-commissioning-notes-zh',
    ['prose', 'precision'],
    'commissioning/储能电站/调试记录.md',
    (k) => `# 储能电站调试记录（第二期）

- PCS 通讯：Modbus TCP，地址 ${E.ipv4(k.g)}，寄存器 ${k.n(E.modbusAddr(k.g))} 起
- EMS 管理员账号：admin，密码：${k.hpw()}
- BMS 网页调试密码：${k.dev()}（厂家默认已修改）
- 远动装置 IEC 104 公共地址：${k.n(k.g.digits(3))}
- 云平台 AppKey：${k.n(k.g.hex(16))}，AppSecret：${k.s('token', k.g.hex(32))}
- 固件版本校验值：${k.n(E.md5(k.g))}

注意：调试结束后请修改所有默认密码，并将新密码交给运维部门。
`,
  ),

  eDoc(
    'energy-vendor-visit-ja',
    ['prose', 'precision'],
    'docs/保守/ベンダー訪問メモ.txt',
    (k) => `ベンダー訪問メモ（変電所 東第二）

日時：2026年3月10日 9:00〜16:00
対応：電気課 佐藤

・保護リレーの設定変更（${k.n(E.iec61850(k.g))}）を実施
・HMI のメンテナンス用パスワード：${k.dev()}
・遠隔監視用 VPN のパスワード：${k.hpw()}（訪問後に変更予定）
・シリアル番号：${k.n(E.serial(k.g))}
・作業票番号：${k.n(E.ticket(k.g))}

パスワードは作業完了後に必ず変更すること。
`,
  ),

  eDoc(
    'energy-incident-postmortem-es',
    ['prose', 'precision'],
    'incidentes/2026-02-ciberincidente-subestacion.md',
    (k) => `# Post-mortem: acceso no autorizado al HMI de la subestación Tarragona Norte

**Resumen:** el 14/02 a las 22:31 se detectó un inicio de sesión en el HMI desde una IP externa. El acceso fue
posible porque la contraseña del usuario "mantenimiento" (${k.hpw()}) estaba escrita en una hoja pegada en el
armario y alguien la publicó en un foro.

**Acciones:**
1. Se cambió la contraseña a una generada (${k.gpw()}) y se guardó en el gestor de contraseñas.
2. Se desactivó el acceso VNC (contraseña VNC anterior: ${k.dev()}).
3. Se revisaron las reglas del firewall (ticket ${k.n(E.ticket(k.g))}).

Hash del binario sospechoso: ${k.n(E.sha256(k.g))}
`,
  ),

  eDoc(
    'energy-email-fr-poste-source',
    ['prose', 'precision'],
    'mail/2026-04-poste-source.txt',
    (k) => `De : Claire Martin <c.martin@reseau-distrib.example>
À : Équipe conduite
Objet : Poste source de Montreuil – accès au calculateur de tranche

Bonjour,

suite à la mise à jour du calculateur de tranche, les identifiants ont changé :
  - compte "exploitation" : mot de passe ${k.hpw()}
  - compte "maintenance" : mot de passe ${k.gpw()}
Le code d'accès au local (digicode) reste ${k.u(k.g.digits(4))}.
Les anciens mots de passe (${k.n('********')}) ne fonctionnent plus.

Numéro de départ concerné : ${k.n('DEP-20kV-07')}.

Cordialement,
Claire
`,
  ),

  eDoc(
    'energy-teams-chat-it',
    ['prose', 'precision'],
    'exports/teams/centrale-idroelettrica.txt',
    (k) => `[09:01] Rossi, Luca: qualcuno ha la password del PLC della diga? devo scaricare il programma
[09:03] Bianchi, Sara: quella del progetto Step7 è ${k.dev()}
[09:03] Bianchi, Sara: la password del pannello operatore invece è ${k.hpw()}
[09:05] Rossi, Luca: grazie! e per lo SCADA centrale?
[09:06] Bianchi, Sara: quella no, chiedi a Marco, è nel KeePass (voce ${k.n('OT/Diga/SCADA')})
[09:30] Rossi, Luca: fatto. checksum del programma ${k.n(E.md5(k.g))}
`,
  ),

  eDoc(
    'energy-chat-nl-gasnet',
    ['prose', 'precision'],
    'exports/teams/gasnet-storing.txt',
    (k) => `[14:02] de Jong, Pieter: storing op gasontvangststation Borssele, RTU reageert niet
[14:04] Visser, Emma: ik log in op de RTU, welk wachtwoord gebruiken we nu?
[14:05] de Jong, Pieter: sinds januari ${k.dev()}, het oude (${k.n('Bo********24')}) is ingetrokken
[14:10] Visser, Emma: binnen. DNP3 outstation adres ${k.n(k.g.digits(2))} geeft geen antwoord
[14:25] Visser, Emma: modem herstart, weer online. Werkorder ${k.n(E.ticket(k.g))}
[14:26] de Jong, Pieter: top 👍 en de SIM pincode is ${k.u(k.g.digits(4))} voor de volgende keer
`,
  ),

  eDoc(
    'energy-handover-de-netzleitstelle',
    ['prose', 'precision'],
    'uebergabe/2026-02-netzleitstelle.txt',
    (k) => `Schichtübergabe Netzleitstelle – Frühschicht 22.02.2026

- UW Rostock Süd: Trafo T2 in Revision, Freischaltung bestätigt (Auftrag ${k.n(E.ticket(k.g))})
- Fernwirkanlage: Verbindung zur Station ${k.n('RST-S-FW01')} instabil, Dienstleister informiert
- Notfall-Login SCADA (nur bei Ausfall AD): Benutzer notfall, Kennwort ${k.pw()} – Umschlag im Tresor ist aktuell
- Zählerfernauslesung: ${k.n(E.meloId(k.g))} liefert seit gestern keine Werte
- Passwort WLAN Leitwarte-Gast: ${k.hpw()}
`,
  ),

  eDoc(
    'energy-whatsapp-pt-br-usina',
    ['prose', 'precision'],
    'exports/whatsapp/usina-solar-bahia.txt',
    (k) => `[08/05/26 06:55] Carlos: bom dia, o datalogger da usina caiu de novo
[08/05/26 06:58] Fernanda: tenta acessar pelo portal, login operacao.bahia e senha ${k.hpw()}
[08/05/26 07:10] Carlos: entrou. a senha do inversor central é a mesma?
[08/05/26 07:11] Fernanda: não, a do inversor é ${k.dev()}
[08/05/26 07:40] Carlos: resolvido, era o switch. Número de série ${k.n(E.serial(k.g))}
`,
  ),

  eDoc(
    'energy-policy-password-rules-en',
    ['prose', 'precision'],
    'policies/ot-password-standard.md',
    (k) => `# OT password standard (v3.2)

1. Default vendor passwords (e.g. \`${k.n('admin/admin')}\`, \`${k.n('1111')}\`, \`${k.n('0000')}\`) must be changed at commissioning.
2. Passwords are at least 14 characters; PLC protection levels that only accept 8 characters are an accepted exception.
3. Shared accounts are recorded in the OT vault; the entry name follows \`${k.n('OT/<site>/<asset>/<level>')}\`.
4. Example of a **bad** entry found in audit 2025: "HMI pw = ${k.n('<site name>2024!')}" written on the cabinet door.
5. Hashes (\`${k.n(E.bcrypt(k.g))}\`) may be stored in config; plain passwords may not.
6. Remote access passwords (TeamViewer, AnyDesk) are session-only and expire after use.
`,
  ),

  eDoc(
    'energy-oncall-sms-log-tr',
    ['prose', 'logs-and-output', 'precision'],
    'logs/nobet-sms-2026-01.txt',
    (k) => `2026-01-07 02:14 +90532xxxxxxx: Santral Izmir ünite 1 alarm: kazan basıncı yüksek
2026-01-07 02:16 +90532xxxxxxx: DCS mühendis istasyonu şifresi değişti, yeni şifre: ${k.hpw()}
2026-01-07 02:30 +90533xxxxxxx: tamam, bağlandım. Etiket ${k.n('U1.BLR.DRUM.P')} normale döndü
2026-01-07 02:45 +90533xxxxxxx: iş emri ${k.n(E.ticket(k.g))} açıldı
`,
  ),
];
