// rw-dev2 prose: credentials as people write them in READMEs, runbooks, tickets, chat exports, emails, wikis and
// meeting notes, in many languages and phrasings (after colons, arrows, dashes, in parentheses, on the next line,
// in tables, bold, inline code, quotes), with the look-alikes people write beside them.
import type { RealWorldDoc } from '../types';
import { doc, F } from '../dev/kit';

export const PROSE_DOCS2: RealWorldDoc[] = [
  doc(
    'runbook-it',
    ['prose'],
    'docs/it/runbook-ripristino.md',
    (k) => `# Runbook: ripristino del database gestionale

Questa procedura si usa quando il backup notturno fallisce.

1. Collegarsi al bastion \`bastion.gest.interno\` con il proprio utente.
2. Entrare nella macchina del database come \`dbadmin\` (la password è ${k.hpw()}).
3. Fermare il servizio: \`systemctl stop gestionale\`.
4. Ripristinare l'ultimo dump valido.

**Credenziali del database**

- utente: \`gest_owner\`
- password: ${k.pw()}
- porta: 5432

La password dell'utente di sola lettura è cambiata a marzo, ora è «${k.hpw()}».

Nota: la politica delle password richiede ${k.n('almeno 12 caratteri')}. Non salvare la password in chiaro nei
ticket: usare il gestore delle password (${k.n('voce "Gestionale DB"')}).
`,
  ),

  doc(
    'wiki-pl',
    ['prose'],
    'wiki/pl/serwery-testowe.md',
    (k) => `# Serwery testowe

## Jenkins

Adres: https://ci.test.firma.pl
login/hasło: jenkins-admin / ${k.hpw()}

## Baza danych

Użytkownik \`raporty\`, hasło ${k.pw()} (tylko odczyt).

## Poczta testowa

Konto: test@firma.pl
Hasło do skrzynki: ${k.gpw()}

Zapomniałeś hasła? Kliknij „${k.n('Nie pamiętam hasła')}" na stronie logowania. Hasło musi mieć co najmniej 10 znaków.
`,
  ),

  doc(
    'ticket-tr',
    ['prose'],
    'destek/talep-5520.md',
    (k) => `# Talep #5520 — Muhasebe sunucusuna erişim

Merhaba Ayşe Hanım,

Muhasebe sunucusu için kullanıcınız oluşturuldu:

Kullanıcı adı: ayse.yilmaz
Şifre: ${k.hpw()}

İlk girişte şifrenizi değiştirmeniz gerekiyor. VPN parolası ise ${k.pw()} olarak ayarlandı.

Not: ${k.n('Şifremi unuttum')} bağlantısı şu anda çalışmıyor; sorun olursa BT ekibine yazın.

İyi çalışmalar,
Bilgi İşlem
`,
  ),

  doc(
    'email-nl',
    ['prose'],
    'mail/2024-03-welkom-leverancier.eml',
    (k) => `From: beheer@voorbeeld.nl
To: support@leverancier.example
Subject: Toegang testomgeving
Date: Tue, 12 Mar 2024 10:02:11 +0100
Content-Type: text/plain; charset=utf-8

Beste collega,

Hierbij de gegevens voor de testomgeving:

  gebruiker: lev_test
  wachtwoord: ${k.hpw()}

Het wachtwoord voor de SFTP-server is hetzelfde als vorig jaar, namelijk ${k.pw()}.

Let op: wijzig het wachtwoord niet zelf. Het veld "${k.n('Wachtwoord vergeten?')}" werkt alleen voor interne accounts.

Met vriendelijke groet,
Team Beheer
`,
  ),

  doc(
    'nordic-handover',
    ['prose'],
    'docs/nordic/overlevering.md',
    (k) => `# Overlevering / Överlämning / Overdragelse

## Norsk

Brukernavn: drift-no
Passord: ${k.hpw()}

## Svenska

Administratörskontot på skrivarservern: admin, lösenordet är ${k.hpw()}

## Dansk

Adgangskode til test-databasen: ${k.pw()}

## Suomi

Käyttäjätunnus: testi / salasana: ${k.hpw()}

Salasanan vaihto: ${k.n('Vaihda salasana')} -valikosta. Lösenordspolicy: ${k.n('minst 14 tecken')}.
`,
  ),

  doc(
    'notes-cs-hu-ro',
    ['prose'],
    'docs/partners/pristup.md',
    (k) => `# Přístupy / Hozzáférések / Accese

Čeština — FTP server: uživatel \`ftp_cz\`, heslo: ${k.hpw()}

Magyar — Felhasználónév: teszt_hu, jelszó: ${k.hpw()}

Română — utilizator: ro_test, parola: ${k.pw()}

Ελληνικά — χρήστης: gr_test, κωδικός: ${k.hpw()}

Upozornění: heslo ${k.n('nikdy neposílejte e-mailem')}.
`,
  ),

  doc(
    'notes-ru-chat',
    ['prose'],
    'exports/telegram/ops-chat.txt',
    (k) => `[14.02.2024 10:11:04] Дмитрий: кто знает пароль от тестовой кафки?
[14.02.2024 10:12:37] Ольга: логин/пароль: kafka-ui / ${k.hpw()}
[14.02.2024 10:13:02] Дмитрий: спасибо!
[14.02.2024 10:20:44] Ольга: а пароль от графаны поменяли на ${k.pw()}
[14.02.2024 10:21:10] Дмитрий: ок, пароль от ${k.n('прода')} спрошу у Сергея
[14.02.2024 11:45:59] Сергей: токен для деплоя: ${k.tok()}
[14.02.2024 11:46:20] Сергей: пароль администратора — ${k.n('спросите у дежурного')}
`,
  ),

  doc(
    'notes-uk',
    ['prose'],
    'docs/uk/dostup.md',
    (k) => `# Доступ до тестового середовища

- Логін: qa_team
- Пароль: ${k.hpw()}

Пароль до бази даних: ${k.gpw()}

Якщо ви забули пароль, натисніть «${k.n('Забули пароль?')}».
`,
  ),

  doc(
    'notes-zh-fullwidth',
    ['prose'],
    'docs/zh/运维交接.md',
    (k) => `# 运维交接文档

一、跳板机
账号/密码：ops/${k.hpw()}

二、MySQL 主库
用户名：app_rw
密码：${k.gpw()}

三、阿里云 OSS
AccessKey Secret：${k.tok(k.g.alnum(30))}

四、说明
初始密码为${k.pw()}，登录后请立即修改。
${k.n('请输入密码')}的提示文字不要改动。密码规则：${k.n('至少8位')}。
`,
  ),

  doc(
    'notes-ja-mail',
    ['prose'],
    'docs/ja/アカウント発行.txt',
    (k) => `件名：検証用アカウント発行のお知らせ

山田様

お世話になっております。検証環境のアカウントを発行しました。

ログインID：yamada_t
初期パスワード：${k.hpw()}

また、APIキーは以下の通りです。
APIキー：${k.tok(k.g.hex(40))}

PW: ${k.pw()} （VPN用）

初回ログイン時に${k.n('パスワード変更')}画面が表示されます。
よろしくお願いいたします。
`,
  ),

  doc(
    'notes-ko-chat',
    ['prose'],
    'exports/kakao/dev-room.txt',
    (k) => `2024년 3월 5일 오전 10:02, 김민수 : 스테이징 DB 비번 아시는 분?
2024년 3월 5일 오전 10:04, 이지은 : 비번은 ${k.hpw()} 입니다
2024년 3월 5일 오전 10:05, 김민수 : 감사합니다
2024년 3월 5일 오전 10:30, 이지은 : 관리자 계정 암호: ${k.pw()}
2024년 3월 5일 오전 10:31, 김민수 : ${k.n('비밀번호 찾기')} 기능은 아직 안 되나요?
`,
  ),

  doc(
    'notes-vi-id',
    ['prose'],
    'docs/sea/truy-cap.md',
    (k) => `# Truy cập / Akses

## Tiếng Việt

Tài khoản: vn_test
Mật khẩu: ${k.hpw()}

## Bahasa Indonesia

Nama pengguna: id_test
Kata sandi: ${k.hpw()}

Sandi Wi-Fi kantor: ${k.passphrase()}

## ไทย

รหัสผ่าน: ${k.pw()}

Lupa kata sandi? Hubungi ${k.n('helpdesk@contoh.co.id')}.
`,
  ),

  doc(
    'notes-ar-hi',
    ['prose'],
    'docs/intl/access.md',
    (k) => `# Access for regional teams

العربية — اسم المستخدم: test_ar — كلمة المرور: ${k.hpw()}

हिन्दी — उपयोगकर्ता नाम: test_in, पासवर्ड: ${k.hpw()}

עברית — סיסמה: ${k.pw()}

فارسی — رمز عبور: ${k.hpw()}

Do not translate the label "${k.n('كلمة المرور')}" in the login form.
`,
  ),

  doc(
    'english-phrasings',
    ['prose'],
    'docs/team/shared-accounts.md',
    (k) => `# Shared accounts (temporary, until SSO lands)

The printer admin page uses admin and the password is ${k.hpw()}.

For the old CRM, log in as **support** with ${k.hpw()} (yes, still).

Demo tenant: user \`demo@acme.test\`, pass \`${k.pw()}\`

Jenkins -> admin / ${k.gpw()}

Mailchimp login — marketing@acme.test — ${k.hpw()}

Zoom room controller (passcode ${k.weak()}) is in the main meeting room.

Use ${k.hpw()} as the password for the kiosk user; it auto-logs in anyway.

Passwords for the production systems are in 1Password (vault "${k.n('Ops Prod')}"), never here.
Password policy: ${k.n('at least 14 characters, no reuse of the last 5')}.
`,
  ),

  doc(
    'next-line-values',
    ['prose'],
    'docs/setup/local-services.txt',
    (k) => `Local services you will need
============================

RabbitMQ management UI
  http://localhost:15672
  user:
    devrabbit
  password:
    ${k.hpw()}

Keycloak admin console
  http://localhost:8081
  Username
  kc-admin
  Password
  ${k.gpw()}

Minio
  access key:   ${k.n('minio-dev')}
  secret key:
  ${k.tok(k.g.alnum(40))}

Redis has no password locally (${k.n('requirepass')} is commented out).
`,
  ),

  doc(
    'confluence-wiki-markup',
    ['prose'],
    'exports/confluence/Environments.txt',
    (k) => `h1. Environments

||Environment||Host||User||Password||
|DEV|dev-app01|deploy|${k.hpw()}|
|UAT|uat-app01|deploy|${k.gpw()}|
|PROD|prod-app01|deploy|{color:red}${k.n('see CyberArk')}{color}|

h2. Service accounts

* svc_report: {{${k.pw()}}}
* svc_import: _${k.hpw()}_

{note}Passwords rotate every 90 days. Do not copy them into Jira.{note}
`,
  ),

  doc(
    'jira-wiki-code-block',
    ['prose'],
    'exports/jira/PAY-771.txt',
    (k) => `PAY-771: Settlement export fails against the bank SFTP

*Description*
Since Monday the export cannot log in. Steps:

{code:bash}
sftp -P 2222 settle_exp@sftp.bank.example
# password: ${k.hpw()}
{code}

*Comment by Priya Nair:*
The bank reset it, new one is ${k.gpw()} — updated the job config too.

*Comment by Marco Rossi:*
Confirmed working. Closing. Also the bank's API token for the status endpoint: ${k.tok(k.g.alnum(32))}

*Comment by bot:*
${k.n('Password field masked: ********')}
`,
  ),

  doc(
    'welcome-email-temp-pw',
    ['prose'],
    'mail/templates/sent/welcome-jdoe.eml',
    (k) => `From: it-helpdesk@acme.example
To: jane.doe@acme.example
Subject: Your new account

Hi Jane,

Welcome aboard! Your account is ready.

Your username is jdoe and your temporary password is: ${k.hpw()}

You will be asked to choose a new password at first login. Your new password must be ${k.n('12 characters or more')}.
If you did not request this account, ${k.n('reset your password')} and contact us.

The guest Wi-Fi (AcmeGuest) key for this week: ${k.passphrase()}

IT Helpdesk
`,
  ),

  doc(
    'whatsapp-export',
    ['prose'],
    'exports/whatsapp/Family-IT.txt',
    (k) => `12/03/2024, 09:14 - Mum: what's the netflix password again
12/03/2024, 09:20 - Tom: ${k.hpw()}
12/03/2024, 09:21 - Mum: doesn't work
12/03/2024, 09:25 - Tom: sorry capital first letter. it's ${k.hpw()}
12/03/2024, 09:26 - Mum: thanks love
12/03/2024, 18:02 - Dad: router admin page pw is ${k.weak()} if anyone needs it
12/03/2024, 18:03 - Tom: <Media omitted>
`,
  ),

  doc(
    'discord-markdown',
    ['prose'],
    'exports/discord/game-server.md',
    (k) => `**#server-admin** — exported

> **Rex**: rcon password for the minecraft box is \`${k.hpw()}\`
> **Lia**: and the panel?
> **Rex**: panel login: admin // ${k.pw()}
> **Lia**: ||${k.hpw()}|| is the new one for the sftp, spoiler-tagged lol
> **Rex**: ok. bot token is in the .env, do NOT paste it here (${k.n('${DISCORD_TOKEN}')})
`,
  ),

  doc(
    'meeting-notes',
    ['prose'],
    'docs/meetings/2024-04-18-platform-sync.md',
    (k) => `# Platform sync — 18 April

Attendees: Lena, Ivan, Chloe, Ahmed

## Notes

- Staging Postgres was rebuilt. Ivan set the owner password to ${k.hpw()} for now (rotate after demo).
- Chloe: the webhook signing secret for the partner feed is ${k.tok(k.g.hex(64))}; she will move it to Vault.
- Ahmed asked whether we still need the ${k.n('password_reset_tokens')} table — yes, until June.
- Lena: we must stop sharing passwords in meeting notes (!).

## Actions

- [ ] Ivan: rotate the staging owner password
- [ ] Chloe: move secret to ${k.n('vault:kv/partner-feed/webhook')}
`,
  ),

  doc(
    'handover-bullets',
    ['prose'],
    'handover/network-handover.md',
    (k) => `# Network handover (Kenji → Fatima)

- Firewall (FortiGate) admin — admin / ${k.hpw()}
- Site-to-site VPN PSK: ${k.tok(k.g.alnum(32))}
- Switch enable secret: ${k.hpw()}
- SNMP community (read-only): ${k.u('public')}
- Wi-Fi "Office-5G" WPA2 key: ${k.passphrase()}
- UPS web interface: default credentials (${k.u('apc/apc')})
- NAS: the password is the same as the firewall one (${k.n('see above')})
- Printer: no password
`,
  ),

  doc(
    'onboarding-user-pass-pairs',
    ['prose'],
    'docs/onboarding/tools.md',
    (k) => `# Tools you get on day one

| Tool | URL | Login |
|------|-----|-------|
| Grafana | https://grafana.int.acme.io | viewer / ${k.hpw()} |
| Kibana | https://kibana.int.acme.io | SSO |
| Sonar | https://sonar.int.acme.io | sonar-ro : ${k.gpw()} |
| Nexus | https://nexus.int.acme.io | \`deployer\` / \`${k.pw()}\` |
| Vault | https://vault.int.acme.io | your GitHub login |

Test users in the staging shop (all share one password, ${k.hpw()}):
alice@shop.test, bob@shop.test, carol@shop.test

${k.n('SSO')} accounts are created by IT; ask in #it-help. "Password" in the table means the ${k.n('initial password')}.
`,
  ),

  doc(
    'parentheses-and-quotes',
    ['prose'],
    'docs/vendors/legacy-erp.md',
    (k) => `# Legacy ERP access

We still depend on the ERP for invoicing. The integration user (pw: ${k.pw()}) must not be locked.

The nightly import logs in as "erp_sync" with password "${k.hpw()}".

If the import fails with "${k.n('invalid password')}", someone changed it through the UI (the ERP lets any
admin do that). The previous value ('${k.hpw()}') is still accepted by the SOAP endpoint for some reason.

The ERP admin is 'sysadm' (password '${k.gpw()}'), keep it for emergencies.
`,
  ),

  doc(
    'arrow-dash-layouts',
    ['prose'],
    'notes/creds-scratch.txt',
    (k) => `staging mongo  => root => ${k.hpw()}
staging redis  -> ${k.gpw()}
kafka sasl     :: svc-kafka :: ${k.pw()}
smtp relay     — relay@acme.test — ${k.hpw()}
ftp (old)      = ftpuser = ${k.weak()}
sentry dsn     -> ${k.n('https://' + k.g.hex(32) + '@o12345.ingest.sentry.io/998877')}
ldap bind      -> cn=reader,dc=acme,dc=test / ${k.hpw()}
`,
  ),

  doc(
    'readme-getting-started-mixed',
    ['prose', 'command-line'],
    'README.md',
    (k) => `# order-service

Handles orders for the shop.

## Getting started

${F}bash
cp .env.example .env
docker compose up -d
${F}

The compose file starts Postgres with user \`orders\` and password \`${k.pw()}\`, and Redis without a password.

To log into the admin UI locally use **admin** / **${k.hpw()}**.

Set \`PAYMENT_API_KEY\` in \`.env\` (ask the payments team; the sandbox key is ${k.tok(k.g.alnum(40))}).

## Configuration

| Variable | Default | Description |
|---|---|---|
| \`DB_PASSWORD\` | ${k.n('(none)')} | database password |
| \`JWT_SECRET\` | ${k.n('`dev-only-secret`')} | signing secret, must be set in prod |
| \`SESSION_TTL\` | 3600 | seconds |
`,
  ),

  doc(
    'asciidoc-runbook',
    ['prose'],
    'docs/runbooks/ldap-sync.adoc',
    (k) => `= LDAP sync runbook
:toc:

== Credentials

The sync runs as \`svc-ldapsync\`.

[horizontal]
Bind DN:: cn=svc-ldapsync,ou=svc,dc=corp,dc=test
Bind password:: ${k.hpw()}
Target DB password:: ${k.gpw()}

NOTE: The bind password expires every 180 days. See ${k.n('<<rotation>>')}.

[[rotation]]
== Rotation

Generate a new password with \`pwgen -s 24 1\`, set it in AD, then update the job.
`,
  ),

  doc(
    'rst-docs',
    ['prose'],
    'docs/source/deployment.rst',
    (k) => `Deployment
==========

Staging
-------

The staging broker is reachable at \`\`amqp://broker.stg.internal\`\`.

:username: stg-publisher
:password: ${k.hpw()}

.. note::

   The admin password of the broker (\`\`${k.gpw()}\`\`) is only for the on-call engineer.

.. warning::

   Never set \`\`password = ${k.n('guest')}\`\` in production.
`,
  ),

  doc(
    'org-mode-notes',
    ['prose'],
    'notes/work.org',
    (k) => `* Work notes
** TODO rotate the build box password
   current: ${k.hpw()}
** Accounts
   - jira bot :: jira-bot / ${k.pw()}
   - pypi upload :: ${k.n('__token__')} / ${k.prov('pypi', 'PyPI')}
** DONE move docs to new wiki
   CLOSED: [2024-02-11 Sun 17:02]
`,
  ),

  doc(
    'tokens-in-prose',
    ['prose'],
    'docs/integrations/partners.md',
    (k) => `# Partner integrations

## Carrier API

The carrier gave us a sandbox API key: ${k.tok(k.g.hex(32))}. Production keys are issued per warehouse.

## Payment provider

Sandbox secret key → ${k.prov('stripeTest', 'Stripe')}
Publishable key → ${k.n(k.raw.stripePublishable(k.g))} (fine to ship in the app)

## Internal

The reporting service authenticates with the shared secret \`${k.tok(k.g.base64url(43))}\`; the header is
\`${k.n('X-Report-Signature')}\`.

Our GitHub bot uses the token ${k.prov('githubClassic', 'GitHub')} (scopes: repo, read:org).

Client ID (public): ${k.n(k.g.uuid())}
Client secret: ${k.tok(k.g.alnum(40))}
`,
  ),

  doc(
    'tokens-other-languages',
    ['prose'],
    'docs/intl/api-zugang.md',
    (k) => `# API-Zugang / Accès API / Acceso API

Deutsch: Der API-Schlüssel für die Testumgebung lautet ${k.tok(k.g.alnum(32))}.
Das Zugangstoken: ${k.tok(k.g.hex(40))}

Français : la clé d'API de recette est ${k.tok(k.g.alnum(40))} et le jeton d'accès : ${k.tok(k.g.base64url(32))}

Español: la clave de la API es ${k.tok(k.g.hex(32))}; el secreto del cliente: ${k.tok(k.g.alnum(36))}

Português: chave de API ${k.tok(k.g.hex(40))}

Die Client-ID (${k.n(k.g.uuid())}) ist öffentlich.
`,
  ),

  doc(
    'german-support-mail',
    ['prose'],
    'mail/de/zugangsdaten-steuerberater.eml',
    (k) => `Von: it@beispiel-gmbh.de
An: kanzlei@steuer.example
Betreff: Zugangsdaten DATEV-Export

Sehr geehrte Frau Schulz,

anbei die Zugangsdaten für den Export-Server:

Benutzer: kanzlei_schulz
Kennwort: ${k.hpw()}

Das Passwort für das ZIP-Archiv lautet ${k.hpw()}.
Der PIN für das Kartenlesegerät ist ${k.u('1234')}.

Bitte ändern Sie das Kennwort nach der ersten Anmeldung über „${k.n('Kennwort ändern')}".

Mit freundlichen Grüßen
IT-Abteilung
`,
  ),

  doc(
    'french-mdp-notes',
    ['prose'],
    'docs/fr/notes-equipe.md',
    (k) => `# Notes de l'équipe

- compte de service Jenkins → identifiant / mdp : jenkins_svc / ${k.hpw()}
- mdp du coffre KeePass partagé : ${k.passphrase()}
- le mot de passe de la base de recette a changé, c'est désormais ${k.hpw()}
- MDP wifi invités : ${k.weak()}
- ${k.n('Mot de passe oublié ?')} → lien vers le portail RH
- Le mot de passe doit contenir ${k.n('au moins 12 caractères')}.
`,
  ),

  doc(
    'spanish-clave-notes',
    ['prose'],
    'docs/es/accesos.md',
    (k) => `# Accesos del equipo

* Servidor de pruebas — usuario: pruebas, clave: ${k.hpw()}
* Base de datos — pass: ${k.gpw()}
* La contraseña del panel es **${k.hpw()}**
* Correo compartido: soporte@ejemplo.es (contraseña "${k.pw()}")
* ${k.n('¿Olvidaste tu contraseña?')} — enlace en la página de inicio.
`,
  ),

  doc(
    'portuguese-chamado',
    ['prose'],
    'chamados/CH-1203.md',
    (k) => `# Chamado CH-1203 — acesso ao ERP

Olá João,

Seu acesso foi liberado.

- Usuário: joao.silva
- Senha provisória: ${k.hpw()}

A senha do certificado digital (arquivo .pfx) é ${k.gpw()}.

Lembre-se: a senha expira em 60 dias. Para trocar, use "${k.n('Esqueci minha senha')}".
`,
  ),

  doc(
    'github-issue-pasted-config',
    ['prose', 'config-syntax'],
    'docs/issues/issue-882.md',
    (k) => `### Bug: cannot connect after upgrade to 3.2

**Steps to reproduce**

My config (redacted what I could):

${F}yaml
database:
  host: 10.0.4.17
  user: app
  password: ${k.hpw()}
cache:
  password: ${k.n('"********"')}
${F}

**Expected**: connects.
**Actual**: \`FATAL: password authentication failed for user "app"\`

---

> **maintainer**: please rotate that password, you just posted it publicly. Also try \`sslmode=require\`.
`,
  ),

  doc(
    'stackoverflow-question',
    ['prose', 'code'],
    'docs/research/so-question-smtp.md',
    (k) => `# Why does smtplib raise SMTPAuthenticationError?

I'm trying to send mail from Python:

${F}python
server = smtplib.SMTP("smtp.gmail.com", 587)
server.starttls()
server.login("my.address@gmail.com", "${k.hpw()}")
${F}

I also tried an app password (${k.gpw()}) and it still fails.

**Answer:** Gmail requires an app password with 2FA; also never post your password. Use
\`server.login(user, ${k.n('os.environ["SMTP_PASSWORD"]')})\`.
`,
  ),

  doc(
    'password-manager-csv',
    ['prose', 'credential-file'],
    'exports/old-team-passwords.csv',
    (k) => `name,url,username,password,note
Grafana,https://grafana.int,viewer,${k.hpw()},
Router,http://192.168.1.1,admin,${k.gpw()},office
Shared mailbox,https://mail.acme.test,info@acme.test,${k.hpw()},"rotated 2024-01"
Wiki,https://wiki.acme.test,,,SSO only
Build VM,ssh://build01,builder,${k.pw()},
`,
  ),

  doc(
    'changelog-defaults',
    ['prose'],
    'docs/CHANGES.txt',
    (k) => `2.4.0
-----
* The appliance image now ships with a random admin password printed on first boot (was ${k.u('admin')}).
* Fixed: password reset e-mails were sent twice.
* The demo instance password is now ${k.hpw()} (was ${k.hpw()}).

2.3.1
-----
* Bumped bcrypt cost to 12 (hashes like ${k.n(k.raw.bcrypt(k.g))} are upgraded on login).
`,
  ),

  doc(
    'incident-postmortem',
    ['prose'],
    'docs/postmortems/2024-02-leaked-key.md',
    (k) => `# Postmortem: leaked deploy key (2024-02-09)

## Summary

A developer pasted the deploy token ${k.tok(k.g.alnum(40))} into a public gist while debugging.
It was revoked 40 minutes later and replaced; the replacement is stored in ${k.n('Vault (kv/deploy/token)')}.

## What went well

- Secret scanning alerted within minutes.

## Timeline

- 10:02 token pasted (commit ${k.n(k.g.hex(40))})
- 10:42 token revoked
- 11:10 new token issued (fingerprint ${k.n('SHA256:' + k.g.base64(43))})
`,
  ),

  doc(
    'sticky-note-txt',
    ['prose'],
    'desktop/passwords.txt',
    (k) => `bank: ${k.hpw()}
amazon - ${k.hpw()}
email ${k.pw()}
wifi (home) ${k.passphrase()}
old laptop pin 4471
work vpn = same as email
`,
  ),

  doc(
    'markdown-table-mixed-columns',
    ['prose'],
    'docs/ops/databases.md',
    (k) => `# Databases

| Name | Engine | Host | Port | Login | Secret |
|:-----|:------:|------|-----:|-------|--------|
| orders | PostgreSQL 15 | pg-orders.int | 5432 | \`orders_app\` | \`${k.pw()}\` |
| search | OpenSearch 2 | os.int | 9200 | \`admin\` | \`${k.gpw()}\` |
| legacy | MSSQL 2016 | sql01.int | 1433 | \`sa\` | *${k.n('in CyberArk')}* |
| cache | Redis 7 | redis.int | 6379 | — | \`${k.gpw()}\` |
| metrics | InfluxDB | influx.int | 8086 | token | \`${k.tok(k.g.base64url(86) + '==')}\` |
`,
  ),

  doc(
    'negatives-prose-policy',
    ['prose', 'precision'],
    'docs/security/password-policy.md',
    (k) => `# Password policy

- Minimum length: 14 characters. Passwords like \`${k.n('Password1!')}\` are rejected by the blocklist.
- Password: ${k.n('must not contain the username')}
- Passwort: ${k.n('mindestens 14 Zeichen')}
- Mot de passe : ${k.n('au moins 14 caractères')}
- Contraseña: ${k.n('mínimo 14 caracteres')}
- The password is ${k.n('stored as an argon2id hash')} (e.g. ${k.n(k.raw.argon2(k.g))}).
- The token is ${k.n('rotated every 24 hours')}.
- API keys are ${k.n('scoped per project')}.
- Password: ${k.n('see 1Password')}
- password: ${k.n('same as above')}
- pw: ${k.n('ask Jonas')}
- Secret: ${k.n('${{ secrets.DEPLOY_KEY }}')}
- Passwort: ${k.n('<dein AD-Passwort>')}
- Hasło: ${k.n('zapytaj administratora')}
- Пароль: ${k.n('у дежурного администратора')}
- 密码：${k.n('见密码库')}
`,
  ),

  doc(
    'negatives-ui-copy',
    ['prose', 'precision'],
    'docs/ux/login-copy.md',
    (k) => `# Login screen copy (all locales)

| Key | en | de | fr | es |
|---|---|---|---|---|
| login.password | ${k.n('Password')} | ${k.n('Passwort')} | ${k.n('Mot de passe')} | ${k.n('Contraseña')} |
| login.forgot | ${k.n('Forgot your password?')} | ${k.n('Passwort vergessen?')} | ${k.n('Mot de passe oublié ?')} | ${k.n('¿Olvidaste tu contraseña?')} |
| login.wrong | ${k.n('Wrong password, try again')} | ${k.n('Falsches Passwort')} | ${k.n('Mot de passe incorrect')} | ${k.n('Contraseña incorrecta')} |
| token.expired | ${k.n('Your session token expired')} | ${k.n('Sitzungstoken abgelaufen')} | ${k.n('Jeton expiré')} | ${k.n('Token caducado')} |

Password field placeholder: "${k.n('Enter your password')}". API key field hint: "${k.n('Paste your API key here')}".
`,
  ),

  doc(
    'negatives-ids-hashes-prose',
    ['prose', 'precision'],
    'docs/ops/release-2024-05.md',
    (k) => `# Release 2024.05

- Build: ${k.n(k.g.hex(40))}
- Image digest: ${k.n('sha256:' + k.g.hex(64))}
- Trace of the failed canary: ${k.n(k.g.hex(32))}
- Tenant: ${k.n(k.g.uuid())}
- Request id: ${k.n(k.g.uuid())}
- Artifact checksum (sha512): ${k.n(k.g.hex(128))}
- Deployed by: ${k.n('lena.k')}

The signing key id is ${k.n(k.g.hex(16).toUpperCase())} (public, on keys.openpgp.org).
`,
  ),

  doc(
    'ticket-rotated-masked',
    ['prose', 'precision'],
    'notes/SEC-219.md',
    (k) => `# SEC-219: rotate SMTP credentials

Old password: ${k.n('********')} (revoked)
New password: ${k.n('[REDACTED]')} — stored in ${k.n('op://Infra/SMTP/password')}
API key: ${k.n('sk_live_****************')}
Token: ${k.n('<redacted>')}

Verified with \`swaks --auth-user relay --auth-password ${k.n('"$SMTP_PASS"')}\`.
`,
  ),

  doc(
    'slack-thread-json',
    ['prose', 'logs-and-output'],
    'exports/slack/platform/2024-05-02.json',
    (k) => `[
  {"type": "message", "user": "U01AAA", "text": "can someone share the sonarqube admin creds?", "ts": "1714640000.0001"},
  {"type": "message", "user": "U01BBB", "text": "admin \\/ ${k.hpw()}", "ts": "1714640060.0002"},
  {"type": "message", "user": "U01AAA", "text": "ty. and the token for the scanner?", "ts": "1714640100.0003"},
  {"type": "message", "user": "U01BBB", "text": "\`${k.tok(k.g.hex(40))}\` (read only)", "ts": "1714640160.0004"},
  {"type": "message", "user": "U01CCC", "text": "pls use the vault path ${k.n('secret/sonar/admin')} next time", "ts": "1714640200.0005"},
  {"type": "message", "user": "U01BBB", "text": "new db password:\\n${k.hpw()}", "ts": "1714640300.0006"}
]
`,
  ),

  doc(
    'teams-html-export',
    ['prose'],
    'exports/teams/infra-chat.html',
    (k) => `<html><body>
<div class="message"><span class="from">Noah</span><p>Who has the login for the Cisco WLC?</p></div>
<div class="message"><span class="from">Emma</span><p>user <b>admin</b> pass <b>${k.hpw()}</b></p></div>
<div class="message"><span class="from">Noah</span><p>and the RADIUS shared secret?</p></div>
<div class="message"><span class="from">Emma</span><p><code>${k.tok(k.g.alnum(24))}</code></p></div>
<div class="message"><span class="from">Emma</span><p><input type="${k.n('password')}" name="${k.n('password')}" placeholder="${k.n('Password')}"></p></div>
</body></html>
`,
  ),

  doc(
    'notion-export-md',
    ['prose'],
    'exports/notion/Dev Accounts 3f2a.md',
    (k) => `# Dev Accounts

Owner: Sofia
Tags: internal, access

> 💡 Temporary until we move everything to Doppler.

**AWS sandbox console**
Account: 123456789012
User: dev-console
Password: \`${k.hpw()}\`

**Figma**
Token → ${k.prov('figma', 'Figma')}

**Linear** API key: ${k.prov('linear', 'Linear')}

**Postman** team workspace key: ${k.prov('postman', 'Postman')}
`,
  ),

  doc(
    'ini-like-prose-notes',
    ['prose'],
    'notes/client-visit.md',
    (k) => `# Client visit — Northwind (site B)

Their guest Wi-Fi: NW-Guest, passphrase ${k.passphrase()}.
The kiosk PC logs in as Kiosk with PIN-like password ${k.weak()}.

Their ERP test login for us: username=northwind_ext password=${k.hpw()}
(use the "pwd=" parameter in the URL for the SSO bypass: \`https://erp.nw.test/login?user=northwind_ext&pwd=${k.hpw()}\`)
`,
  ),

  doc(
    'one-liner-pairs',
    ['prose'],
    'docs/legacy/systems.txt',
    (k) => `LEGACY SYSTEMS (do not use for new work)

AS/400: QSECOFR/${k.hpw()}
Oracle 11g: system/${k.gpw()}@ORCL
Lotus Notes admin: ${k.hpw()} (id file on the share)
Old FTP: ftp://backup:${k.cs()}@ftp.legacy.test/
Telnet switch: cisco / ${k.u('cisco')}
`,
  ),

  doc(
    'email-reply-chain',
    ['prose'],
    'mail/re-access-request.eml',
    (k) => `Subject: RE: RE: access to reporting DB

Hi Marco,

Done. Credentials below, please store them in your password manager and delete this mail.

    Host:     reports-db.int.test
    User:     marco_ro
    Passwort: ${k.hpw()}

Best,
Lukas

> -----Original Message-----
> From: Marco
> Could you also reset the one for the batch user? It says "${k.n('password expired')}".
>
> > Sure — batch user's new password: ${k.gpw()}
`,
  ),

  doc(
    'secret-key-prose',
    ['prose'],
    'docs/setup/secrets.md',
    (k) => `# Secrets you need locally

- Django secret key for dev: \`${k.tok(k.raw.djangoKey(k.g))}\`
- JWT signing secret (HS256): ${k.tok(k.g.base64(44))}
- Encryption key for attachments (AES-256, hex): ${k.tok(k.g.hex(64))}
- Session secret → ${k.tok(k.g.alnum(48))}

Never reuse these values in production; production secrets come from ${k.n('AWS Secrets Manager')}.
The public key for verifying tokens is \`${k.n('keys/jwt.pub')}\`.
`,
  ),

  doc(
    'confluence-html-table',
    ['prose'],
    'exports/confluence/Vendor-Logins.html',
    (k) => `<table class="confluenceTable"><tbody>
<tr><th class="confluenceTh">Vendor</th><th class="confluenceTh">Login</th><th class="confluenceTh">Kennwort</th></tr>
<tr><td class="confluenceTd">DHL Geschäftskundenportal</td><td class="confluenceTd">acme_versand</td><td class="confluenceTd">${k.hpw()}</td></tr>
<tr><td class="confluenceTd">Telekom Kundencenter</td><td class="confluenceTd">4711-0815</td><td class="confluenceTd">${k.gpw()}</td></tr>
<tr><td class="confluenceTd">Datev</td><td class="confluenceTd">SmartCard</td><td class="confluenceTd">${k.n('—')}</td></tr>
</tbody></table>
`,
  ),
];
