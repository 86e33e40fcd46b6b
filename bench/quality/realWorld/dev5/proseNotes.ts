// rw-dev5 prose: meeting notes, handover documents, sticky-note files and spreadsheets pasted as text, where
// labels come after the value, a value sits lines below its question, and columns are separated by tabs.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { makers, phone, sha, serial, ticketKey, ver, invoice, roomCode, longSha } from './proseValues';

export const NOTE_DOCS: RealWorldDoc[] = [
  doc('sticky-note-passwords-txt', ['prose'], 'Desktop/passwörter.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `amazon ${v.ch()}
ebay - ${v.ch()}
sparkasse PIN ${v.pin()}
wlan ${v.wifi()}
${v.le()} (paypal)
${v.ch()} = gmx
tel. handwerker ${v.n(phone(g))}
`;
  }),

  doc('sticky-note-windows-plum', ['prose'], 'AppData/StickyNotes/export.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `ESXi host 3
root
${v.ma()}

iDRAC
root / ${v.ch()}

VPN backup code
${v.rc()}

order ${v.n(invoice(g))} arrives Tue
`;
  }),

  doc('handover-doc-en', ['prose'], 'docs/handover/2026-11-leaving-notes.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `# Handover — Marcus (last day 27 Nov)

Hi all, here is everything I know that isn't written down anywhere else.

## Things only I knew
1. The old FTP box (ftp-legacy) is still used by one customer. Login is \`legacy\`; the password was never
   in the vault, so here it is: ${v.ch()}. Please move it to the vault and rotate.
2. The Cisco ASA enable password — I changed it in March: ${v.ma()}
3. Our domain registrar account has 2FA on my phone. Backup codes:
   - ${v.rc()}
   - ${v.rc()}
   - ${v.rc()}
4. Door alarm code for the server room is with facilities, not me.

## Open tickets
- ${v.n(ticketKey(g))}: certificate renewal (CSR in the repo, commit ${v.n(sha(g))})
- ${v.n(ticketKey(g))}: UPS battery swap, serial ${v.n(serial(g))}

Thanks for four great years!
`;
  }),

  doc('handover-doc-de-uebergabe', ['prose'], 'docs/uebergabe/Uebergabe_Schulz.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `# Übergabeprotokoll

**Von:** Dirk Schulz  **An:** Melanie Braun  **Datum:** 20.11.2026

## Zugänge
- Warenwirtschaft: Benutzer dschulz → wird deaktiviert; Admin-Kennwort lautet ${v.ch()}
- Telefonanlage (Auerswald): ${v.pin()} ist die Admin-PIN
- Tresor im Büro: Kombination liegt bei der GF
- TOTP-Geheimnis für den Steuer-Account (falls das Handy weg ist): ${v.totp()}

## Offene Punkte
- Lieferantenrechnung ${v.n(invoice(g))} prüfen
- Firmware ${v.n(ver(g))} auf die Scanner
`;
  }),

  doc('meeting-notes-incident-review', ['prose'], 'docs/meetings/2026-10-30-incident-review.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `# Incident review — 30 Oct

Attendees: Ana, Björn, Chidi, Dev

## Timeline
- 02:10 alerts fire for payment-api
- 02:25 Björn can't reach the DB; the break-glass password in the runbook (${v.n('********')}) is masked, so Chidi reads it out on the bridge
- 02:31 Chidi: "it's ${v.ch()}" — Björn logs in
- 03:40 fixed by reverting ${v.n(longSha(g))}

## Actions
- [ ] Rotate the break-glass password (it was said aloud on a recorded bridge) — owner Dev
- [ ] The new one (${v.ma()}) goes into the sealed envelope, not this doc — owner Ana (oops, remove this line after the envelope is done)
- [ ] ${v.n(ticketKey(g))}: alert on replication lag
`;
  }),

  doc('meeting-notes-fr-compte-rendu', ['prose'], 'docs/reunions/CR-2026-11-03.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `# Compte rendu — réunion projet ERP du 3 novembre

Présents : Sophie, Karim, Julien

1. Recette : l'environnement de recette est prêt. Identifiants de test : \`recette01\` / ${v.ch()}.
2. Karim rappelle que le mot de passe du compte de service SAP (${v.ma()}) expire le 15/12.
3. Le mot de passe du fichier Excel des tarifs est ${v.le()} (demande de Julien).
4. Prochaine réunion : ${v.n(roomCode(g))} sur Teams.

Numéro de lot : ${v.n(ver(g))}. Réf. ${v.n(ticketKey(g))}.
`;
  }),

  doc('spreadsheet-tsv-paste-accounts', ['prose'], 'notes/accounts-from-excel.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Kunde	Dienst	Benutzer	Kennwort	Notiz
Zahnarzt Berg	Mailbox	praxis@berg-dental.de	${v.ch()}	neu seit 11/26
Zahnarzt Berg	Router	admin	${v.ma()}	
Anwalt Yilmaz	NAS	admin	${v.le()}	Backup ok
Anwalt Yilmaz	Drucker	-	-	kein Kennwort
Cafe Lotte	Kasse	chef	${v.pin()}	PIN
Cafe Lotte	WLAN Gäste	-	${v.wifi()}	
Summe Lizenzen	${v.n(g.digits(3))}			
`;
  }),

  doc('spreadsheet-csv-semicolon-es', ['prose'], 'notes/cuentas.csv', (k) => {
    const v = makers(k);
    const g = k.g;
    return `servicio;usuario;contraseña;observaciones
correo;ventas@ferreteria-ruiz.es;${v.ch()};
tienda online;admin;${v.ma()};cambiar en enero
banco;${v.n(g.digits(9))};${v.le()};firma con tarjeta de coordenadas
alarma;-;${v.pin()};código de desarme
factura luz;cliente ${v.n(g.digits(10))};;sin contraseña
`;
  }),

  doc('spreadsheet-markdown-table-kr', ['prose'], 'docs/운영/계정목록.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `# 계정 목록

| 서비스 | 아이디 | 비밀번호 | 비고 |
|---|---|---|---|
| AWS 콘솔 | ops-admin | ${v.ma()} | MFA 필수 |
| 사내 그룹웨어 | 공용계정 | ${v.ch()} | |
| 와이파이 | - | ${v.wifi()} | 5G |
| 금고 | - | 팀장님께 문의 | |

최종 수정: ${v.n('2026-11-01')}, 문서 번호 ${v.n(ticketKey(g))}
`;
  }),

  doc('plaintext-labels-after-value', ['prose'], 'notes/misc.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `${v.ch()}   <- nas admin
${v.ma()}   <- backup archive passphrase
${v.n(ver(g))}   <- current agent version
${v.le()}   <- guest wifi
${v.n(sha(g))}   <- last good commit
${v.pin()}   <- alarm panel (installer code is different)
`;
  }),

  doc('notes-value-lines-after-question', ['prose'], 'notes/2026-11-setup-log.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `## Setting up the new kiosk PCs

What's the local admin password going to be?
We agreed in the call on Monday, after some back and forth about the length requirement
(the old GPO required ${v.n('8')}, the new one ${v.n('12')}). Final answer:

    ${v.ch()}

Kiosk user auto-logs in, no password.

What about the BIOS password?

Same scheme, different word:

    ${v.le()}

Image: kiosk-${v.n(ver(g))}.wim, hash ${v.n(g.hex(64))}
`;
  }),

  doc('notes-multilingual-scratch', ['prose'], 'notes/scratch-travel.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Hotel Lisboa — rede: HOTEL_GUEST, senha ${v.wifi()}
Airbnb Porto: código da porta ${k.u(g.digits(4))}, wifi ${v.wifi()}
Tokyo hotel Wi-Fi パスワード ${v.wifi()}
Booking ref ${v.n(g.upper(2) + g.digits(8))}
Train PNR ${v.n(g.digits(10))}
Hostel Kraków: hasło do wifi to ${v.le()}
`;
  }),

  doc('meeting-notes-jp-gijiroku', ['prose'], 'docs/議事録/2026-11-05.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `# 定例会議 議事録 2026/11/05

## 参加者
山本、中村、小林

## 決定事項
- 検証サーバのrootパスワードを ${v.ch()} に変更済み（山本）
- 共有フォルダのパスワードは「${v.le()}」
- Wi-Fiの暗号化キーは ${v.wifi()} で統一

## 次回
${v.n('2026/11/12')} 10:00〜、会議ID ${v.n(roomCode(g))}
バージョン ${v.n(ver(g))}
`;
  }),

  doc('handover-ru-peredacha', ['prose'], 'docs/передача-дел.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `# Передача дел (Иван → Мария)

1. Пароль от 1С (пользователь Администратор): ${v.ch()}
2. Пароль от почты бухгалтерии — ${v.le()}
3. ЭЦП: пин-код токена ${v.pin()}
4. Роутер в офисе: admin, пароль ${v.ma()}
5. Договор с провайдером № ${v.n(g.digits(8))}, тел. ${v.n(phone(g))}

Все пароли после передачи сменить!
`;
  }),

  doc('notes-uk-pidsumky', ['prose'], 'docs/нотатки-зустрічі.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `## Нотатки зустрічі 12.11

- Олена: новий пароль до CRM — ${v.ch()}
- Тарас: ключ API для служби доставки ${v.tok()}
- Wi-Fi офісу: пароль ${v.wifi()}
- Номер замовлення ${v.n(invoice(g))}, версія ${v.n(ver(g))}
`;
  }),

  doc('notes-fi-sv-mixed', ['prose'], 'notes/muistiinpanot.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Kokousmuistio 6.11.
- Uusi salasana palomuuriin: ${v.ma()}
- Vierasverkon salasana on ${v.wifi()}
- Lisenssiavain toimitettu, tilausnumero ${v.n(g.digits(9))}

Mötesanteckningar
- Lösenordet till lagerdatorn är ${v.le()}
- Version ${v.n(ver(g))}
`;
  }),

  doc('password-manager-csv-export', ['prose'], 'Downloads/bitwarden_export_20261101.csv', (k) => {
    const v = makers(k);
    return `folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
Work,,login,Jira,,,0,https://jira.example-corp.net,n.akhtar,${v.ma()},
Work,1,login,AWS root,"root account, do not use",,1,https://console.aws.amazon.com,root@example-corp.net,${v.ma()},${v.totp()}
Personal,,login,Netflix,,,0,https://netflix.com,nadia@example.net,${v.ch()},
Personal,,note,Router,"admin password ${v.le()}",,0,,,,
Personal,,login,Old forum,,,0,https://forum.example,,${v.ph()},
`;
  }),

  doc('keepass-xml-export', ['prose'], 'Downloads/keepass-export.xml', (k) => {
    const v = makers(k);
    const g = k.g;
    return `<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<KeePassFile>
  <Root><Group><Name>Datenbank</Name>
    <Entry>
      <UUID>${v.n(g.base64(22) + '==')}</UUID>
      <String><Key>Title</Key><Value>Fritzbox</Value></String>
      <String><Key>UserName</Key><Value>admin</Value></String>
      <String><Key>Password</Key><Value ProtectInMemory="True">${v.ch()}</Value></String>
    </Entry>
    <Entry>
      <UUID>${v.n(g.base64(22) + '==')}</UUID>
      <String><Key>Title</Key><Value>Synology</Value></String>
      <String><Key>UserName</Key><Value>ben</Value></String>
      <String><Key>Password</Key><Value ProtectInMemory="True">${v.sp()}</Value></String>
      <String><Key>Notes</Key><Value>Version ${v.n(ver(g))}</Value></String>
    </Entry>
  </Group></Root>
</KeePassFile>
`;
  }),
];
