// Incident response in the words of the people doing it: timelines, war-room chat, tickets, e-mails to customers and
// retrospectives in several languages. Leaked and rotated credentials are named beside hashes, IOCs and case numbers.
import type { RealWorldDoc } from '../types';
import { sDoc, S } from './secopsValues';

export const SECOPS_INCIDENT_DOCS: RealWorldDoc[] = [
  sDoc(
    'secops-ir-timeline-en',
    ['prose', 'logs-and-output', 'precision'],
    'cases/IR-2026-031/timeline.md',
    (k) => `# IR-2026-031 — timeline (UTC)

| Time | Source | Event |
|---|---|---|
| 03-02 22:41 | VPN logs | login j.kowalski from ${S.pubIp(k.g)} (never seen before) |
| 03-02 22:44 | EDR | \`rundll32.exe\` loading ${k.n(S.sha256(k.g))} |
| 03-02 23:10 | DC01 4769 | TGS requests for 14 SPNs (Kerberoasting, ${k.n('T1558.003')}) |
| 03-03 01:02 | FS01 | \`net use\` with svc_backup; the password (${k.hpw()}) had been in \`\\\\FS01\\it\\backup.cmd\` since 2019 |
| 03-03 02:15 | Firewall | 38 GB to ${k.n(S.defang(k.g))} over 443, JA3 ${k.n(S.ja3(k.g))} |
| 03-03 07:30 | SOC | containment; all privileged passwords rotated, krbtgt twice |

Initial access: password reuse. j.kowalski's VPN password was ${k.hpw()}, identical to the one in the
2024 breach corpus (HIBP). MFA was not enforced for the legacy VPN profile.
`,
  ),
  sDoc(
    'secops-warroom-slack-export',
    ['prose', 'precision'],
    'cases/IR-2026-031/slack-warroom.txt',
    (k) => `[2026-03-03 07:42] anna.fischer: containment done on FS01, SQL01, WS114. EDR in network-contain mode.
[2026-03-03 07:44] tom.b: I need the break-glass DA to reset krbtgt, who has it?
[2026-03-03 07:45] anna.fischer: sealed envelope is in the safe, but here's the temporary one I set: ${k.gpw()}
[2026-03-03 07:45] anna.fischer: (yes I know, I'll rotate it after)
[2026-03-03 07:51] tom.b: hash of the dropped DLL? ${k.n(S.sha256(k.g))} matches the one from MISP event 4412
[2026-03-03 08:03] lea.m: new vCenter root password for the rebuild: ${k.hpw()}
[2026-03-03 08:05] lea.m: bastion pw for the external IR firm: ${k.spw()} (user: ext-ir01)
[2026-03-03 08:20] tom.b: IR firm asks for the Falcon API key to pull RTR logs — use the read-only one: client secret ${k.prov('CrowdStrike Falcon API client secret', S.csSecret(k.g))}
[2026-03-03 08:21] anna.fischer: 👍 and the old svc_backup password is ${k.n('[REDACTED]')} in the ticket, don't reuse anything
`,
  ),
  sDoc(
    'secops-ticket-leaked-token-github',
    ['prose', 'precision'],
    'tickets/SEC-11820.md',
    (k) => `**SEC-11820 — GitHub secret scanning alert: personal access token in public gist**

Reporter: GitHub secret scanning (partner program)
Gist: \`https://gist.github.com/${k.g.lower(8)}/${k.n(k.g.hex(32))}\`
Leaked value: \`${k.prov('GitHub personal access token', S.githubPat(k.g))}\` (scopes: repo, workflow)
Owner: dev in Platform team, posted a debugging script with the token inline.

Actions:
1. Token revoked 09:14 (audit log event id ${k.n(k.g.digits(19))}).
2. Audit log shows no clone from unknown IPs between 08:02 and 09:14.
3. Same gist also held \`NPM_TOKEN=${k.prov('npm access token', S.npmToken(k.g))}\`; revoked by the package owner.
`,
  ),
  sDoc(
    'secops-email-customer-de',
    ['prose', 'precision'],
    'cases/IR-2026-027/mail-an-kunde.eml',
    (k) => `From: IR Team <ir@secure-consult.example>
To: it-leitung@kunde.example
Subject: [IR-2026-027] Zwischenbericht und Zugänge für die Forensik
Date: Wed, 11 Mar 2026 16:02:11 +0100

Sehr geehrte Damen und Herren,

wie besprochen benötigen wir für die Sicherung der Systeme einen eigenen Zugang. Bitte legen Sie das Konto
"forensik01" an; wir haben als Initialpasswort ${k.hpw()} vorgeschlagen (bitte bei der ersten Anmeldung ändern).

Die verschlüsselten Images liegen auf dem SFTP-Server, Benutzer ir-upload, Passwort ${k.gpw()}.
Das Passwort für die 7-Zip-Archive teilen wir Ihnen telefonisch mit (nicht per E-Mail).

SHA-256 der Sicherungen:
- DC01.E01: ${k.n(S.sha256(k.g))}
- FS01.E01: ${k.n(S.sha256(k.g))}

Mit freundlichen Grüßen
Ihr IR-Team
`,
  ),
  sDoc(
    'secops-email-customer-fr',
    ['prose', 'precision'],
    'dossiers/IR-2026-029/courriel-client.txt',
    (k) => `Objet : [IR-2026-029] Compromission de la messagerie – mesures immédiates

Madame, Monsieur,

nous avons identifié une règle de transfert créée sur la boîte de M. Laurent vers une adresse externe.
Le mot de passe de ce compte (${k.hpw()}) figurait dans un fichier Excel partagé sur OneDrive.
Nous avons réinitialisé le mot de passe ; le mot de passe provisoire est ${k.gpw()} et doit être changé.

Indicateurs :
- IP de connexion : ${S.pubIp(k.g)}
- Empreinte du fichier joint : ${k.n(S.sha256(k.g))}
- Numéro de dossier : ${k.n(S.ticket(k.g))}

Bien cordialement,
L'équipe CERT
`,
  ),
  sDoc(
    'secops-retro-es',
    ['prose', 'precision'],
    'postmortems/2026-02-ransomware-retro-es.md',
    (k) => `# Retrospectiva: incidente de ransomware (febrero 2026)

## Qué pasó
El atacante entró por un RDP expuesto. La cuenta "soporte" tenía la contraseña ${k.hpw()}, sin MFA.
En el servidor de copias encontró un fichero \`veeam_creds.txt\` con la contraseña de Veeam: ${k.gpw()}.

## Qué salió bien
- El EDR bloqueó el cifrado en 40 de 52 equipos.
- La clave de descifrado de BitLocker (${k.n('123456-' + k.g.digits(6) + '-' + k.g.digits(6) + '-' + k.g.digits(6) + '-…')}) estaba en Entra ID.

## Acciones
- Rotar todas las contraseñas de servicio (${k.n(S.ticket(k.g))}).
- Hash de la nota de rescate: ${k.n(S.md5(k.g))}. Wallet del atacante en el informe de CTI.
`,
  ),
  sDoc(
    'secops-teams-chat-pt',
    ['prose', 'precision'],
    'casos/IR-2026-033/teams-export.txt',
    (k) => `[10:02] Carla Sousa: pessoal, o servidor web foi comprometido, webshell em /uploads/${k.n(k.g.hex(12))}.php
[10:04] Rui Lopes: qual a senha do root do servidor? preciso entrar para isolar
[10:05] Carla Sousa: ${k.hpw()}
[10:05] Carla Sousa: troca depois, por favor
[10:11] Rui Lopes: o atacante criou o usuário "sysbackup" com senha ${k.gpw()} (vi no auth.log)
[10:15] Carla Sousa: hash do webshell: ${k.n(S.sha1(k.g))}
[10:30] Rui Lopes: senha nova do root: ${k.hpw()}, já está no cofre
`,
  ),
  sDoc(
    'secops-incident-ru-chat',
    ['prose', 'precision'],
    'инциденты/2026-03-утечка/чат.txt',
    (k) => `[09:15] Иван: нашли в репозитории файл deploy.sh с паролем от базы: ${k.gpw()}
[09:16] Ольга: репозиторий публичный?? сколько времени?
[09:17] Иван: с прошлой пятницы. Коммит ${k.n(S.sha1(k.g))}
[09:20] Ольга: меняем. новый пароль для postgres: ${k.hpw()} (временно, до понедельника)
[09:24] Иван: и токен телеграм-бота алертов тоже был там: ${k.prov('Telegram bot token', S.telegramBot(k.g))}
[09:25] Ольга: отзови через BotFather. Номер инцидента ${k.n(S.ticket(k.g))}
`,
  ),
  sDoc(
    'secops-incident-zh-report',
    ['prose', 'precision'],
    'incidents/2026-安全事件/事件报告.md',
    (k) => `# 安全事件报告（编号 ${k.n(S.ticket(k.g))}）

## 概述
攻击者利用 ${k.n(S.cve(k.g))} 获取了 OA 服务器权限，并在 /tmp 下留下了挖矿程序（SHA256：${k.n(S.sha256(k.g))}）。

## 凭据泄露情况
- OA 数据库账号 oa_user 的密码 ${k.gpw()} 被写入攻击者的配置文件中；
- 运维人员在服务器上保存了堡垒机密码：${k.hpw()}；
- 阿里云 AccessKey Secret（${k.n(S.mask(k.g.alnum(30)))}）已确认未泄露。

## 处置
所有上述密码已于 3 月 5 日更换。
`,
  ),
  sDoc(
    'secops-incident-ja-mail',
    ['prose', 'precision'],
    'incidents/2026-03-不正アクセス/連絡メール.txt',
    (k) => `件名：【至急】不正アクセスに関するご連絡（${S.ticket(k.g)}）

情報システム部 各位

本日 3:12 に VPN 装置への不正ログインを確認しました。使用されたアカウントは「vpn-user07」、
パスワードは「${k.hpw()}」で、昨年の退職者のものです。

暫定対応として、以下の管理者パスワードを変更しました。
・FortiGate admin：${k.gpw()}
・AD ドメイン管理者：金庫保管（${k.n('********')}）

通信先 IP：${S.pubIp(k.g)}、ハッシュ：${k.n(S.sha256(k.g))}
`,
  ),
  sDoc(
    'secops-incident-he-summary',
    ['prose', 'precision'],
    'incidents/2026-he/סיכום-אירוע.md',
    (k) => `# סיכום אירוע ${k.n(S.ticket(k.g))}

התוקף השיג גישה לשרת הקבצים באמצעות הסיסמה ${k.hpw()} של חשבון השירות svc_files.
הסיסמה נמצאה בקובץ סקריפט ישן. בנוסף נמצא בשרת מפתח API של VirusTotal: ${k.prov('VirusTotal API key', S.vtKey(k.g))}.

גיבוב הקובץ הזדוני: ${k.n(S.sha256(k.g))}
סיסמה זמנית חדשה למנהל המערכת: ${k.gpw()}
`,
  ),
  sDoc(
    'secops-incident-tr-ticket',
    ['prose', 'precision'],
    'olaylar/2026-03/olay-kaydi.txt',
    (k) => `Olay No: ${S.ticket(k.g)}
Özet: Muhasebe kullanıcısının e-posta hesabı ele geçirildi (oltalama).
Kullanıcının eski parolası: ${k.hpw()} — yeni geçici parola: ${k.gpw()}
Saldırganın IP adresi: ${S.pubIp(k.g)}
Oltalama sayfası: hxxps://${S.defang(k.g)}/ofis365
Ekteki dosyanın MD5 değeri: ${k.n(S.md5(k.g))}
Not: MFA zorunlu hale getirildi.
`,
  ),
  sDoc(
    'secops-incident-nl-overdracht',
    ['prose', 'precision'],
    'incidenten/2026-03/overdracht.md',
    (k) => `# Overdracht nachtdienst SOC — 12 maart

- Incident ${k.n(S.ticket(k.g))}: verdacht op credential stuffing op het klantportaal, 4.200 mislukte logins.
- Het gedeelde wachtwoord van het SOC-account in de SIEM is gewijzigd naar ${k.hpw()} (staat ook in de kluis).
- Splunk HEC-token voor de nieuwe firewall: ${k.prov('Splunk HEC token', S.splunkHec(k.g))}
- Openstaand: hash ${k.n(S.sha256(k.g))} nog niet geanalyseerd in de sandbox.
`,
  ),
];
