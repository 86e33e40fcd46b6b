// rw-dev: credentials in prose: tickets, chat exports, wiki pages, handover notes, in many languages.
import type { RealWorldDoc } from '../types';
import { doc, F } from './kit';

export const PROSE_DOCS: RealWorldDoc[] = [
  doc(
    'incident-ticket',
    ['prose'],
    'notes/incident-4711.md',
    (k) => `# INC-4711: nightly backup job fails with "authentication failed"

**Reported:** 2024-05-14 06:12 by monitoring
**Assignee:** @t.kowalski
**Severity:** S3

## Timeline

- 06:12 alert \`backup-nightly\` red
- 06:40 Tomasz: service account password expired on Sunday (90 day policy)
- 07:05 reset by IT, new credentials:

  Username: svc_backup
  Password: ${k.hpw()}

- 07:20 job re-run OK

## Follow-up

- [ ] exclude service accounts from expiry (IT-2231)
- [ ] move the credential into the vault and reference it from the job (\`${k.n('vault:secret/backup#password')}\`)
`,
  ),

  doc(
    'slack-export',
    ['prose', 'logs-and-output'],
    'exports/slack/dev-ops/2024-04-02.json',
    (k) => `[
    {
        "type": "message",
        "user": "U04ABCD1234",
        "text": "anyone know the staging db password? the one in the wiki is outdated",
        "ts": "1712046221.129309"
    },
    {
        "type": "message",
        "user": "U02XYZ98765",
        "text": "it's ${k.hpw()} since the rotation last week",
        "ts": "1712046301.558719"
    },
    {
        "type": "message",
        "user": "U04ABCD1234",
        "text": "thx! and the grafana admin? user admin",
        "ts": "1712046355.002119"
    },
    {
        "type": "message",
        "user": "U02XYZ98765",
        "text": "pw: ${k.hpw()}\\nplease don't paste it anywhere else :sweat_smile:",
        "ts": "1712046402.871209"
    },
    {
        "type": "message",
        "user": "U07QWE55555",
        "text": "also the new pagerduty integration key is ${k.tok(k.g.hex(32))} if someone sets up the alertmanager route",
        "ts": "1712047010.100229",
        "client_msg_id": "${k.n(k.g.uuid())}"
    }
]
`,
  ),

  doc(
    'teams-chat-txt',
    ['prose'],
    'docs/chat-log-migration.txt',
    (k) => `[09:14] Anna Becker: morning! starting the mail migration today
[09:15] Anna Becker: I need an account on the new relay
[09:21] Jonas Weber: created it: relay-migration / ${k.hpw()}
[09:22] Anna Becker: works, thanks
[09:40] Jonas Weber: and for the old exchange box the admin login is still administrator with ${k.gpw()}
[09:41] Anna Becker: 👍
[11:02] Jonas Weber: fyi the wifi in the server room is "ops-5g", key ${k.passphrase()}
[11:03] Anna Becker: got it
[16:55] Anna Becker: migration done, 412 mailboxes, 3 failed (ticket MIG-88)
`,
  ),

  doc(
    'onboarding-de',
    ['prose'],
    'docs/onboarding/de/erste-schritte.md',
    (k) => `# Erste Schritte im Team Logistik

Willkommen! Diese Seite fasst zusammen, was du in der ersten Woche brauchst.

## Zugänge

| System | Benutzername | Passwort |
|---|---|---|
| Testumgebung WMS | \`test.logistik\` | \`${k.hpw()}\` |
| Drucker-Webinterface | \`admin\` | \`${k.hpw()}\` |
| VPN | dein AD-Konto | dein AD-Passwort |

Dein persönliches Passwort bekommst du von der IT per SMS. Das Initialkennwort für das Zeiterfassungssystem ist
\`${k.pw()}\` und muss bei der ersten Anmeldung geändert werden.

## Datenbank

Lesezugriff auf die Replika: Benutzer \`reader\`, Passwort: ${k.hpw()}

## Hinweise

- Passwörter niemals per E-Mail verschicken.
- Bei Fragen: #logistik-dev
`,
  ),

  doc(
    'onboarding-fr',
    ['prose'],
    'docs/fr/acces-recette.md',
    (k) => `# Accès à l'environnement de recette

Bonjour à tous,

Voici les accès pour la recette du nouveau portail client :

- URL : https://recette.portail.exemple.fr
- Identifiant : recette_admin
- Mot de passe : ${k.hpw()}

Pour l'API de paiement (bac à sable) :

- clé API : ${k.tok(k.g.alnum(32))}
- mot de passe du certificat : ${k.gpw()}

Merci de ne pas modifier le mot de passe du compte partagé. En cas de « Mot de passe oublié ? », contactez
l'équipe support.

Cordialement,
Camille
`,
  ),

  doc(
    'ticket-es',
    ['prose'],
    'soporte/tickets/SUP-2291.md',
    (k) => `## SUP-2291 — Alta de usuario para el proveedor de transporte

**Solicitante:** María López
**Estado:** Resuelto

Hola María,

Ya está creado el usuario en el portal de transportistas:

    usuario: transportes_norte
    contraseña: ${k.hpw()}

La contraseña del FTP de intercambio de albaranes sigue siendo la misma (clave: ${k.pw()}).

Recuerda que la contraseña debe tener al menos 10 caracteres y que caduca cada 90 días.

Saludos,
Equipo de Sistemas
`,
  ),

  doc(
    'readme-pt',
    ['prose', 'command-line'],
    'docs/pt-BR/LEIAME.md',
    (k) => `# Sistema de Notas Fiscais

## Como rodar localmente

1. Suba o banco: \`docker compose up -d db\`
2. Acesse o banco com:
   - usuário: \`nfe\`
   - senha: \`${k.hpw()}\`
3. Rode \`./gradlew bootRun\`

## Certificado A1

O certificado de homologação está em \`certs/homolog.pfx\` e a senha do certificado é ${k.hpw()}.

Em produção a senha vem da variável \`${k.n('NFE_CERT_SENHA')}\`.

## Acesso SEFAZ (homologação)

login: 12345678000190 / senha ${k.pw()}
`,
  ),

  doc(
    'notes-ru',
    ['prose'],
    'docs/ru/dostupy.md',
    (k) => `# Доступы к тестовому стенду

Стенд: https://stand3.test.example.ru

Логин: tester
Пароль: ${k.hpw()}

Доступ к базе данных (только чтение):
- хост: db-stand3
- пользователь: readonly
- пароль: ${k.pw()}

Пароль администратора Jenkins: ${k.hpw()}

Если забыли пароль — напишите в канал #stand-support. Никогда не храните пароли в коде!
`,
  ),

  doc(
    'notes-zh',
    ['prose'],
    'docs/zh/测试环境.md',
    (k) => `# 测试环境说明

## 服务器

| 用途 | 地址 | 账号 | 密码 |
|---|---|---|---|
| 应用服务器 | 10.8.1.21 | deploy | ${k.hpw()} |
| 数据库 | 10.8.1.30 | root | ${k.gpw()} |
| 管理后台 | https://admin-test.example.cn | admin | ${k.hpw()} |

## 第三方接口

短信平台 AppKey：${k.n(k.g.digits(8))}
短信平台 AppSecret：${k.tok(k.g.hex(32))}

Redis 密码：${k.pw()}

注意：生产环境密码请向运维申请，不要写在文档里。请输入密码的提示文字在 i18n 文件中维护。
`,
  ),

  doc(
    'notes-ko',
    ['prose'],
    'docs/ko/개발서버-접속.md',
    (k) => `# 개발 서버 접속 방법

개발 서버 주소: dev.example.co.kr

- 아이디: devuser
- 비밀번호: ${k.hpw()}

DB 접속 정보
- ID: app / PW: ${k.hpw()}

관리자 페이지
- 계정: admin
- 비번: ${k.pw()}

비밀번호를 잊어버린 경우 인프라팀에 문의하세요.
`,
  ),

  doc(
    'notes-ja',
    ['prose'],
    'docs/ja/検証環境.md',
    (k) => `# 検証環境の接続情報

## 管理画面

- URL: https://stg-admin.example.jp
- ユーザー名: stg_admin
- パスワード: ${k.hpw()}

## メールサーバ (SMTP)

- ホスト: smtp.stg.example.jp
- ユーザーID: noreply@stg.example.jp
- パスワード：${k.gpw()}

※本番環境のパスワードは別途共有します。パスワードを忘れた場合は「パスワード再設定」から変更してください。
`,
  ),

  doc(
    'notes-nl-pl',
    ['prose'],
    'docs/partners/toegang.md',
    (k) => `# Toegang partnerportaal / Dostęp do portalu partnera

## Nederlands

Gebruikersnaam: partner_nl
Wachtwoord: ${k.hpw()}

Het wachtwoord van de test-API is ${k.hpw()}.

## Polski

Login: partner_pl
Hasło: ${k.hpw()}

Hasło do bazy testowej: ${k.pw()}

## Svenska

Användarnamn: partner_se, lösenord: ${k.hpw()}
`,
  ),

  doc(
    'env-table-md',
    ['prose'],
    'docs/environments.md',
    (k) => `# Environments

| Environment | URL | Admin user | Admin password | Notes |
|-------------|-----|------------|----------------|-------|
| dev | https://dev.shop.acme.io | admin | ${k.weak()} | reset nightly |
| qa | https://qa.shop.acme.io | qa-admin | ${k.hpw()} | |
| staging | https://stg.shop.acme.io | stg-admin | ${k.gpw()} | same as prod data, be careful |
| prod | https://shop.acme.io | — | see vault \`${k.n('kv/shop/prod/admin')}\` | break-glass only |

Database users:

| Env | DB user | Password |
|---|---|---|
| dev | shop | ${k.weak()} |
| qa | shop | ${k.hpw()} |
| staging | shop | ${k.n('(in 1Password, "Shop staging DB")')} |
`,
  ),

  doc(
    'id-pw-lines',
    ['prose'],
    'docs/vendor-portals.txt',
    (k) => `Vendor portals
--------------

Carrier A tracking portal
  ID: acme-logistics   PW: ${k.hpw()}

Carrier B
  ID : 40017721
  PW : ${k.pw()}

Packaging supplier (new since Feb)
  login / pass : acme.purchasing / ${k.hpw()}

Customs broker
  user=acme_customs pass=${k.hpw()}

Insurance portal: see email from 12 March, account locked, pw reset pending (no pw yet)
`,
  ),

  doc(
    'router-creds-txt',
    ['prose'],
    'office/network.txt',
    (k) => `Office network - Berlin

Router (FritzBox 7590): http://192.168.178.1  login / pass: ${k.n('(none)')} / ${k.hpw()}
Switch (Netgear GS724T): admin / ${k.weak()}
Access points (UniFi controller): https://unifi.office.local:8443 ubnt / ${k.hpw()}
Guest wifi: "Acme-Guest"   key: ${k.passphrase()}
Staff wifi: WPA2 enterprise, your AD login
Printer (HP M479): default PIN printed on the label, admin pwd: ${k.hpw()}
`,
  ),

  doc(
    'account-email',
    ['prose'],
    'docs/accounts/welcome-email-vendor.eml',
    (k) => `From: noreply@vendor-example.com
To: it-admin@acme.example
Subject: Your account has been created
Date: Tue, 09 Apr 2024 10:02:11 +0000
Message-ID: <${k.n(k.g.hex(16))}@vendor-example.com>
Content-Type: text/plain; charset=utf-8

Hello,

An account has been created for you on the Vendor Example Partner Portal.

    Username: it-admin@acme.example
    Temporary password: ${k.gpw()}

You will be asked to change your password after your first login.

Your API credentials for the sandbox:

    Client ID: ${k.n(k.g.alnum(20))}
    Client secret: ${k.tok(k.g.alnum(40))}

Kind regards,
The Vendor Example team
`,
  ),

  doc(
    'jira-export',
    ['prose'],
    'exports/jira/OPS-1182.txt',
    (k) => `OPS-1182  Access to vendor sandbox for QA
Status: Done   Priority: Medium   Reporter: Sven Olsen   Assignee: Priyanka Rao

Description:
QA needs access to the payment provider sandbox to test refunds.

Comments:
Priyanka Rao - 12/Mar/24 10:14
Creds for the vendor sandbox: user acme_qa pass ${k.hpw()}

Sven Olsen - 12/Mar/24 10:20
thanks! do we also have the merchant api key?

Priyanka Rao - 12/Mar/24 10:31
yes, api key ${k.tok()} (sandbox only)

Sven Olsen - 13/Mar/24 08:02
works. closing.
`,
  ),

  doc(
    'handover-notes',
    ['prose'],
    'handover/it-handover-2024.md',
    (k) => `# IT handover (Michael → Sarah)

Things only I knew, now written down. Please move all of this into the password manager and delete this file.

- **Domain admin (break glass):** CORP\\adm-breakglass / \`${k.gpw()}\`
- **Firewall (OPNsense):** root / \`${k.hpw()}\`
- **Backup server (Veeam):** veeam-svc, pw ${k.hpw()}
- **UPS web UI:** apc / ${k.weak()}
- **DNS provider API token:** \`${k.prov('cloudflare', 'Cloudflare')}\`
- **Office 365 global admin:** the one in the safe (paper), not written here
- **Alarm system code:** ask Linda
- **Website hosting FTP:** acmeweb / ${k.hpw()}
`,
  ),

  doc(
    'github-issue-401',
    ['prose', 'http-auth'],
    'docs/issues/issue-318.md',
    (k) => `### 401 Unauthorized when calling /v2/reports

**Describe the bug**
Since this morning every call returns 401.

**To reproduce**

${F}
curl -H 'X-Api-Key: ${k.http(k.g.hex(32))}' https://api.reports-example.com/v2/reports?from=2024-05-01
${F}

Response:

${F}json
{"error":"invalid_api_key","request_id":"${k.n(k.g.uuid())}"}
${F}

**Expected behavior**
200 with the report list.

**Environment**
- client version 3.2.1
- Ubuntu 22.04

> **maintainer:** please rotate that key, it is now public. We see requests with it from 3 IPs.
`,
  ),

  doc(
    'onboarding-placeholders',
    ['prose', 'precision'],
    'docs/onboarding/checklist.md',
    (k) => `# New joiner checklist

- [ ] Laptop: log in with the temporary password from IT (Password: ${k.n('(ask IT)')})
- [ ] Change it at https://passwordreset.acme.example
- [ ] GitHub: join the org, enable 2FA
- [ ] Staging DB: Password: ${k.n('see 1Password entry "Staging DB"')}
- [ ] Set \`DB_PASSWORD=${k.n('<your password>')}\` in your \`.env\`
- [ ] AWS: \`aws sso login --profile dev\` (no access keys, ever)
- [ ] Slack: join #eng, #incidents, #random

Your password must contain: 12+ characters, one digit, one symbol. Example of the pattern (not a real
one): \`${k.n('Xxxxxxxxxx1!')}\`.
`,
  ),

  doc(
    'release-notes-default',
    ['prose'],
    'CHANGELOG.md',
    (k) => `# Changelog

## 3.4.0 — 2024-06-01

### Security
- The appliance no longer ships with \`${k.u('admin')}\`/\`${k.u('admin')}\`. On first boot it generates a password and prints it
  on the console.
- The demo instance (demo.acme-appliance.example) now uses \`demo\` / \`${k.hpw()}\`, rotated monthly.

### Fixed
- Backup to SMB shares failed when the password contained \`%\` (#412).
- Log files no longer contain the LDAP bind password (#415).

## 3.3.2 — 2024-04-11

- Upgrade to OpenSSL 3.0.13
`,
  ),

  doc(
    'confluence-html',
    ['prose', 'config-syntax'],
    'docs/export/Team-Accounts.html',
    (k) => `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Team Accounts - Marketing - Confluence</title></head>
<body>
<h1 id="title-text">Team Accounts</h1>
<p>Shared accounts used by the marketing team. Owner: Lisa.</p>
<table class="confluenceTable"><tbody>
<tr><th class="confluenceTh">Tool</th><th class="confluenceTh">Login</th><th class="confluenceTh">Password</th></tr>
<tr><td class="confluenceTd">Canva</td><td class="confluenceTd">marketing@acme.example</td><td class="confluenceTd">${k.hpw()}</td></tr>
<tr><td class="confluenceTd">Hootsuite</td><td class="confluenceTd">acme-social</td><td class="confluenceTd">${k.hpw()}</td></tr>
<tr><td class="confluenceTd">Mailchimp API</td><td class="confluenceTd">-</td><td class="confluenceTd">${k.prov('mailchimp', 'Mailchimp')}</td></tr>
<tr><td class="confluenceTd">Google Analytics</td><td class="confluenceTd">SSO</td><td class="confluenceTd">${k.n('n/a')}</td></tr>
</tbody></table>
<p class="footer">Last updated by <a href="/display/~lisa">Lisa</a> · page id ${k.n(k.g.digits(9))}</p>
</body></html>
`,
  ),

  doc(
    'scratch-notes',
    ['prose'],
    'notes/todo.txt',
    (k) => `TODO this week
- fix flaky test in checkout (retry on 409)
- db pass = ${k.hpw()} (prod!!) -> move to vault
- ask Raj about the ES cluster, elastic pw is ${k.gpw()}?
- aws root: finance@acme.example / ${k.hpw()} (MFA on Linda's phone)
- renew cert for api.acme.io before 14.07
- stripe key for the test shop: ${k.prov('stripeTest', 'Stripe')}
`,
  ),

  doc(
    'irc-log',
    ['prose', 'logs-and-output'],
    'logs/irc/#infra-2023-11-02.log',
    (k) => `2023-11-02 14:01:12 <mkoch> anyone restarting the build agents?
2023-11-02 14:01:40 <jdoe> yes, agent 3 hung again
2023-11-02 14:03:02 <mkoch> ok. btw I can't log into the bastion, did the key change?
2023-11-02 14:03:30 <jdoe> no, but the sudo password did: ${k.hpw()}
2023-11-02 14:03:45 <mkoch> thx
2023-11-02 14:05:10 <jdoe> and the NAS web ui is admin:${k.hpw()} if you need to reboot it
2023-11-02 14:05:22 -!- jdoe changed the topic to: build agents restarting, ETA 15min
2023-11-02 14:20:01 <mkoch> all green
`,
  ),

  doc(
    'support-reply-de',
    ['prose'],
    'support/antworten/2024-0457.md',
    (k) => `Sehr geehrter Herr Schmidt,

vielen Dank für Ihre Nachricht. Wir haben Ihr Konto zurückgesetzt.

Ihre neuen Zugangsdaten lauten:

Benutzername: schmidt.k
Kennwort: ${k.hpw()}

Bitte ändern Sie das Kennwort nach der ersten Anmeldung unter "Mein Konto → Passwort ändern".

Mit freundlichen Grüßen
Ihr Kundenservice
`,
  ),

  doc(
    'multilang-misc',
    ['prose'],
    'docs/intl/access-sheet.txt',
    (k) => `[IT] Accesso VPN: utente vpn_milano, password ${k.hpw()}
[TR] Sunucu şifresi: ${k.hpw()}
[CS] Heslo k databázi: ${k.pw()}
[VI] Mật khẩu quản trị: ${k.hpw()}
[FI] Salasana: ${k.hpw()}
[HU] Jelszó: ${k.hpw()}
[AR] كلمة المرور: ${k.hpw()}
[DA] Adgangskode: ${k.hpw()}
[UK] Пароль до сервера: ${k.pw()}
`,
  ),

  doc(
    'meeting-notes-mixed',
    ['prose', 'precision'],
    'docs/meetings/2024-05-23-platform.md',
    (k) => `# Platform sync 2024-05-23

Attendees: Ana, Ben, Chidi, Dara

## Secrets rotation
- Ben rotated the shared Postgres password; the new one is in the vault at \`${k.n('secret/data/platform/pg')}\`.
- Old password (\`${k.n('********')}\`) disabled.
- Chidi: the Kafka SASL user for the billing team still has the default from the chart, \`${k.hpw()}\`. Rotate today.
- Reminder: never paste passwords in tickets; link the vault path instead.

## Misc
- Dara asked whether "password" fields in the UI should show a strength meter. Yes.
- Next meeting: 2024-06-06
`,
  ),

  doc(
    'wiki-wifi-and-more',
    ['prose'],
    'docs/wiki/Office-FAQ.md',
    (k) => `## Office FAQ

**What's the guest Wi-Fi?** SSID \`Acme Visitors\`, password \`${k.hpw()}\` (changes every quarter, this one is Q2).

**How do I book a room?** Outlook → New meeting → Rooms.

**The door code?** Ask reception; it is not written anywhere on purpose.

**Printer login?** Badge only. The admin panel is IT's: \`admin\` / \`${k.hpw()}\`.

**Parking app?** Company account \`parking@acme.example\`, pass: ${k.hpw()}
`,
  ),

  doc(
    'postmortem-keys',
    ['prose'],
    'docs/postmortems/2024-02-leaked-key.md',
    (k) => `# Postmortem: leaked SendGrid key (2024-02-07)

## Summary
A SendGrid API key was committed to the public \`marketing-site\` repository in \`config/mail.js\` and used
by a third party to send spam for 40 minutes.

## What leaked
- \`SENDGRID_API_KEY = "${k.prov('sendgrid', 'SendGrid')}"\` (revoked 2024-02-07 11:32)
- the same commit also had the staging SMTP password \`${k.hpw()}\` (rotated)

## Detection
GitHub secret scanning alert → security@ 11:05.

## Action items
1. pre-commit hook with a secret scanner (done)
2. keys only via env (\`process.env.SENDGRID_API_KEY\`)
`,
  ),

  doc(
    'discord-bot-readme',
    ['prose', 'command-line'],
    'bots/welcome-bot/README.md',
    (k) => `# welcome-bot

Greets new members on the community Discord.

## Run

${F}
npm install
DISCORD_TOKEN=${k.prov('discordBot', 'Discord bot token')} node index.js
${F}

(that token is the test server's bot; for the real server use the one in the hosting panel)

## Config

- \`WELCOME_CHANNEL\` — channel id, e.g. \`${k.n(k.g.digits(18))}\`
- \`GUILD_ID\` — server id, e.g. \`${k.n(k.g.digits(18))}\`
`,
  ),
];
