// Runbooks, helpdesk tickets and handover notes in many languages, as admins actually write them.
import { wdoc } from './winValues';
import * as V from './winValues';

const r = String.raw;

export const WIN_NOTES = [
  wdoc(
    'handover-de',
    ['prose'],
    'docs/Uebergabe-IT-2024.md',
    (k) => r`# Übergabe IT – Stand 30.06.2024 (Thomas geht in Elternzeit)

## Wichtigste Zugänge
- Domänen-Admin: CORP\adm.thomas – Kennwort liegt im Tresor, Umschlag Nr. 3
- Notfall-Admin **breakglass**: ${k.gpw()} (nur wenn AD kaputt!)
- Firewall (Sophos XG): admin / ${k.hpw()}
- Drucker-Webinterface (alle Kyocera): Admin/${k.u('Admin')}
- Veeam Konsole: CORP\svc_veeam, Passwort = ${k.pw()}
- DSRM-Passwort der DCs: ${k.pw()}

## BitLocker
Wiederherstellungsschlüssel Chef-Notebook (NB-GF-01): ${k.tok(V.bitlocker(k.g))}
(Die anderen stehen im AD unter dem Computerobjekt.)

## Lizenzen
Office 2019 Volumenlizenz (MAK): ${k.u(V.productKey(k.g))}
`,
  ),
  wdoc(
    'ticket-fr',
    ['prose'],
    'tickets/INC0048213.txt',
    (k) => r`Ticket INC0048213 – Imprimante du 3e étage + accès VPN
Ouvert par : M. Lefèvre (Comptabilité)   Priorité : 3

[Note de travail – Julien, 09:14]
Imprimante redémarrée, file d'attente vidée sur print01. OK.

[Note de travail – Julien, 09:32]
Compte VPN réinitialisé. Nouveau mot de passe temporaire : ${k.hpw()}
L'utilisateur doit le changer à la première connexion.
Le code du coffre de la salle serveur a aussi été changé : ${k.pin()}

[Réponse client]
Merci, ça marche. Le mot de passe wifi invités c'est toujours ${k.pw()} ?

[Note de travail – Julien]
Oui. Clôture.
`,
  ),
  wdoc(
    'ticket-es',
    ['prose'],
    'tickets/servicedesk-export-es.csv',
    (k) => r`id;fecha;usuario;asunto;resolucion
48811;2024-03-04;mgarcia;No puedo entrar al ERP;Cuenta desbloqueada en AD
48812;2024-03-04;jlopez;Cambio de contraseña;Se ha puesto la contraseña provisional ${k.hpw()} - debe cambiarla
48817;2024-03-05;admin;Alta usuario nuevo (R. Ortega);Usuario rortega creado, clave inicial: ${k.pw()}
48820;2024-03-05;ptorres;Impresora atascada;Resuelto in situ
48823;2024-03-06;mgarcia;Contraseña del wifi;Se le indicó que la contraseña está en el cartel de recepción
`,
  ),
  wdoc(
    'chat-pt',
    ['prose'],
    'exports/teams-chat-suporte.txt',
    (k) => r`[09:02] Rafael Souza: bom dia, alguém tem a senha do servidor de backup?
[09:03] Ana Lima: qual deles? o antigo (bkp01) ou o novo?
[09:03] Rafael Souza: o novo, bkp02
[09:04] Ana Lima: usuário administrador, senha ${k.hpw()}
[09:04] Ana Lima: apaga essa mensagem depois kkk
[09:10] Rafael Souza: valeu! e a do vCenter?
[09:11] Ana Lima: administrator@vsphere.local / ${k.pw()}
[09:15] Rafael Souza: entrou 👍
`,
  ),
  wdoc(
    'wiki-ru',
    ['prose', 'command-line'],
    'wiki/ru/1c-server.md',
    (k) => r`# Сервер 1С:Предприятие — памятка

Сервер: srv-1c01, кластер на порту 1541.
Администратор кластера: **admin1c**, пароль: ${k.pw()}
SQL Server для баз 1С: SQL-1C\MSSQL, логин usr1cv8 / пароль ${k.hpw()}

Обновление конфигурации из командной строки:

    "C:\Program Files\1cv8\8.3.24.1467\bin\1cv8.exe" DESIGNER /S srv-1c01\buh /N Администратор /P ${k.spw()} /UpdateDBCfg

Пароль пользователя «Кассир» в базе розницы: ${k.pin()}
`,
  ),
  wdoc(
    'notes-zh',
    ['prose'],
    'docs/zh/运维交接.md',
    (k) => r`# 运维交接文档（上海办公室）

## 域控
- 域管理员账号：corp\adm.wang，密码：${k.hpw()}
- 目录还原模式 (DSRM) 密码：${k.gpw()}

## 数据库
SQL Server 2019（SQL-SH01），sa 密码：${k.pw()}
报表账号 report_ro，口令 ${k.pw()}

## 其他
打印机管理员密码为出厂默认，未修改。
VPN 预共享密钥：${k.tok(k.g.alnum(32))}
`,
  ),
  wdoc(
    'notes-ja',
    ['prose'],
    'docs/ja/サーバー引継ぎ.txt',
    (k) => r`■ サーバー引継ぎメモ（大阪拠点）2024/05

・ファイルサーバー FS-OSK01
   管理者: OSAKA\Administrator
   パスワード: ${k.hpw()}
・NAS（QNAP）管理画面 http://10.20.0.10:8080
   ID admin / PW ${k.pw()}
・勤怠システムのDB接続文字列
   Server=SQL-OSK;Database=Kintai;User Id=kintai;Password=${k.cs()};
※ パスワードは来月変更予定。
`,
  ),
  wdoc(
    'notes-ko',
    ['prose'],
    'docs/ko/전산실-인수인계.txt',
    (k) => r`전산실 인수인계 (2024.08)

1. AD 관리자 계정: CORP\adm.kim / 비밀번호: ${k.hpw()}
2. 그룹웨어 DB (Oracle) 접속: gw_app/${k.spw()}@GWDB
3. 방화벽 관리자 비번 ${k.pw()}
4. 백업 서버 암호화 키: ${k.tok(k.g.hex(64))}
참고: 비밀번호 변경 주기는 90일입니다.
`,
  ),
  wdoc(
    'notes-tr-pl',
    ['prose'],
    'docs/sube-notlari.md',
    (k) => r`## İzmir şubesi (TR)
Yerel yönetici şifresi: ${k.hpw()}
Kamera kayıt cihazı (NVR) parola: ${k.pin()}

## Oddział Kraków (PL)
Hasło do routera: ${k.pw()}
Konto serwisowe drukarek: serwis / hasło ${k.let()}
Klucz API do systemu kadrowego: ${k.tok()}
`,
  ),
  wdoc(
    'notes-vi-id',
    ['prose'],
    'docs/chi-nhanh-asia.md',
    (k) => r`## Chi nhánh Hà Nội
Tài khoản quản trị máy chủ: hn-admin, mật khẩu: ${k.hpw()}
Mã PIN két sắt phòng máy: ${k.pin()}

## Kantor Jakarta
Akun admin domain: JKT\adm.budi, kata sandi: ${k.pw()}
Token API absensi: ${k.tok()}
Catatan: kata sandi wajib diganti setiap 90 hari.
`,
  ),
  wdoc(
    'runbook-dc-restore',
    ['prose', 'command-line'],
    'runbooks/DC-authoritative-restore.md',
    (k) => r`# Runbook: authoritative restore of an OU (AD)

1. Boot DC into DSRM (F8 / bcdedit /set safeboot dsrepair). DSRM password: ${k.gpw()}
2. Restore system state:
   wbadmin start systemstaterecovery -version:03/14/2024-02:00 -backuptarget:\\bkp02\DCs -quiet
   (the backup share user is CORP\svc_wbadmin, password ${k.pw()})
3. ntdsutil "activate instance ntds" "authoritative restore" "restore subtree OU=Finance,DC=corp,DC=local" q q
4. bcdedit /deletevalue safeboot, reboot.

Verify with repadmin /showrepl and repadmin /replsummary. The krbtgt password is NOT reset here.
`,
  ),
  wdoc(
    'runbook-laps-export',
    ['prose', 'logs-and-output'],
    'runbooks/laps-emergency.md',
    (k) => r`## LAPS emergency lookup

    PS> Get-LapsADPassword -Identity WS-0231 -AsPlainText

    ComputerName        : WS-0231
    DistinguishedName   : CN=WS-0231,OU=Workstations,DC=corp,DC=local
    Account             : Administrator
    Password            : ${k.gpw()}
    PasswordUpdateTime  : 11.09.2024 07:12:55
    ExpirationTimestamp : 11.10.2024 07:12:55
    Source              : EncryptedPassword
    DecryptionStatus    : Success

Old LAPS (ms-Mcs-AdmPwd) for the legacy branch:
    ms-Mcs-AdmPwd: ${k.gpw()}
`,
  ),
  wdoc(
    'email-vendor-creds',
    ['prose'],
    'mail/FW_Zugangsdaten_Wartung.eml',
    (k) => r`From: support@kassensysteme-nord.example
To: it@contoso.de
Subject: AW: Zugangsdaten Wartung Kassensystem
Date: Tue, 14 May 2024 10:22:31 +0200
Content-Type: text/plain; charset="utf-8"

Hallo Herr Becker,

anbei wie besprochen die Zugangsdaten für die Fernwartung:

  Benutzer: kn_wartung
  Kennwort: ${k.hpw()}

Der Lizenzschlüssel für die Filiale 4 lautet ${k.u(V.productKey(k.g))}.
Die SQL-Instanz KASSE-SRV\SQLEXPRESS hat sa-Kennwort ${k.pw()}, bitte nicht ändern, sonst läuft das Update nicht.

Mit freundlichen Grüßen
Kassensysteme Nord GmbH – Support
`,
  ),
];
