// rw-dev3 prose/chat: the forms people use when no label sits beside the value ("try X", "changed it to X",
// "the new one is X"), values in emphasis or quotes, split over messages, and precision documents that talk
// about passwords and tokens without holding one.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { lettersPassword, wordPassword, ticket, shortSha, orderNo, traceId, version, requestId, meetingId } from './proseValues';

export const MIXED_DOCS: RealWorldDoc[] = [
  doc('slack-dm-try-this', ['prose'], 'notes/dm-export-kofi.txt', (k) => {
    const g = k.g;
    return `Kofi: can't get into the shared Adobe account
Ines: try ${k.pw(k.raw.humanPassword(g))}
Kofi: nope
Ines: hm, then try ${k.pw(lettersPassword(g))}, Marketing changed it in September
Kofi: that one worked 🎉
Ines: cool. don't forget the 2FA code comes to the marketing phone (${k.n('+351 912 ' + g.digits(3) + ' ' + g.digits(3))})
`;
  }),

  doc('slack-split-user-then-password', ['prose'], 'notes/slack-sftp-partner.txt', (k) => {
    const g = k.g;
    return `Hannah Becker 3:02 PM
partner sftp for the catalog feed:
host: ${k.n('ftp.partner-feeds.example')}
user: acme_feed

Hannah Becker 3:02 PM
${k.pw(k.raw.generatedPassword(g))}

Hannah Becker 3:03 PM
^ that's the password

Jonas Albrecht 3:05 PM
thanks, test upload ok, file id ${k.n(g.hex(12))}
`;
  }),

  doc('chat-password-in-bold-italic', ['prose'], 'docs/chat/discord-bold-italic.md', (k) => {
    const g = k.g;
    return `**Ravi** — the admin pw for the demo instance is ***${k.pw(k.raw.humanPassword(g))}***

**Mei** — and the viewer one?

**Ravi** — *${k.pw(wordPassword(g))}*

**Mei** — thx. btw the demo license id is __${k.n(g.upper(4) + '-' + g.digits(6))}__, not secret

**Ravi** — and ~~${k.n('oldpassword')}~~ is dead, ignore the pinned message
`;
  }),

  doc('chat-new-one-is', ['prose'], 'notes/teams-keycloak.txt', (k) => {
    const g = k.g;
    return `[10:14] Alejandro Torres
Keycloak realm admin password got rotated by the security scan policy

[10:15] Alejandro Torres
the new one is ${k.pw(k.raw.generatedPassword(g))}

[10:15] Sophie Laurent
and the client secret for the portal client? also rotated?

[10:17] Alejandro Torres
yes, new client secret: ${k.tok(g.alnum(32))}
client id stays ${k.n('portal-web')}

[10:20] Sophie Laurent
updated the helm values, PR ${k.n('#' + g.digits(4))}
`;
  }),

  doc('github-issue-spanish-token-inline', ['prose'], 'docs/issues/issue-es-402.md', (k) => {
    const g = k.g;
    return `## Error 401 al llamar a la API desde el script de exportación

Estoy usando este comando:

${F}bash
curl -H "X-Api-Key: ${k.http(g.hex(40))}" https://api.ejemplo.com/v1/export
${F}

y devuelve 401. Con el mismo token desde Postman funciona. ¿Alguna idea?

**Respuesta:** Creo que tu token caducó. Genera uno nuevo en Ajustes → API. Por cierto, el que pegaste arriba ya es público, revócalo.

**Respuesta del autor:** Listo, generé otro y funciona. El id de la petición fallida era ${k.n(requestId(g))}.
`;
  }),

  doc('precision-ui-strings-discussion', ['precision', 'prose'], 'docs/i18n/login-copy-review.md', (k) => {
    const g = k.g;
    return `# Login page copy review

| Key | English | German | French |
|---|---|---|---|
| login.password | ${k.n('Password')} | ${k.n('Passwort')} | ${k.n('Mot de passe')} |
| login.password.placeholder | ${k.n('Enter your password')} | ${k.n('Passwort eingeben')} | ${k.n('Saisissez votre mot de passe')} |
| login.password.forgot | ${k.n('Forgot password?')} | ${k.n('Passwort vergessen?')} | ${k.n('Mot de passe oublié ?')} |
| login.token.expired | ${k.n('Your session token has expired')} | ${k.n('Ihr Sitzungstoken ist abgelaufen')} | ${k.n('Votre jeton de session a expiré')} |
| login.password.weak | ${k.n('Password is too weak')} | ${k.n('Passwort ist zu schwach')} | ${k.n('Mot de passe trop faible')} |

Comments:
- The password is shown as dots (••••) — keep the "show password" toggle.
- Product wants the API key page to say "${k.n('Your API key: sk_live_••••••••')}" with the masked value.
- Commit with the copy: ${k.n(shortSha(g))}.
`;
  }),

  doc('precision-security-training', ['precision', 'prose'], 'docs/training/phishing-awareness.md', (k) => {
    const g = k.g;
    return `# Phishing awareness — module 3

## What a phishing mail looks like

> Dear user, your password expires today. Click here and enter your current password to keep it.

Red flags:

1. Urgency ("expires today")
2. A request for your password — IT never asks for it
3. A sender like ${k.n('it-support@acme-example.co')} (note the domain)

## Good passwords

A passphrase of four random words is stronger than a short complex password. Do **not** use the examples
from this training (such as ${k.n('correct-horse-battery-staple')}) as your own.

## Quiz

Q: Your colleague asks for your token in chat. What do you do?
A: Refuse, and report it in ${k.n(ticket(g))}-style ticket to security.

Module id: ${k.n(g.uuid())}, version ${k.n(version(g))}.
`;
  }),

  doc('precision-changelog-password-feature', ['precision', 'prose'], 'CHANGELOG.md', (k) => {
    const g = k.g;
    return `# Changelog

## ${k.n(version(g))} — 2026-11-10

### Added
- Password strength meter on the sign-up form
- \`--token-file\` option: read the API token from a file instead of the command line
- Support for rotating the webhook secret without downtime

### Fixed
- Password reset link expired after 5 minutes instead of 60 (${k.n('#' + g.digits(4))})
- The \`token\` field was logged at debug level; it is now masked as \`${k.n('tok_****')}\`
- Login with a password containing \`%\` failed

### Security
- Bumped jsonwebtoken to 9.0.2 (${k.n('GHSA-' + g.alnum(4).toLowerCase() + '-' + g.alnum(4).toLowerCase() + '-' + g.alnum(4).toLowerCase())})

Full diff: ${k.n(g.hex(40))}...${k.n(g.hex(40))}
`;
  }),

  doc('precision-api-docs-placeholders', ['precision', 'prose'], 'docs/api/authentication.md', (k) => {
    const g = k.g;
    return `# Authentication

Every request needs an API key in the \`Authorization\` header:

${F}http
GET /v1/orders HTTP/1.1
Host: api.acme.example
Authorization: Bearer ${k.n('<YOUR_API_KEY>')}
${F}

Keys look like \`${k.n('ak_live_xxxxxxxxxxxxxxxxxxxxxxxx')}\`. Test keys start with \`ak_test_\`.

If your key is leaked, rotate it under **Settings → API keys**. The response header \`X-Request-Id\`
(for example \`${k.n(requestId(g))}\`) helps support find your call.

Webhook payloads are signed with your signing secret; the signature header looks like
\`${k.n(`t=${g.digits(10)},v1=${g.hex(64)}`)}\`.

The OAuth client id for the CLI is public: \`${k.n(g.alnum(20))}\`.
`;
  }),

  doc('precision-incident-postmortem-masked', ['precision', 'prose'], 'docs/postmortems/2026-10-leaked-token.md', (k) => {
    const g = k.g;
    return `# Postmortem: leaked CI token (2026-10-18)

## Summary

A CI token was printed in a build log (job ${k.n(g.digits(9))}). The token (\`${k.n('glpat-' + '*'.repeat(20))}\`) was revoked 14 minutes later.

## Timeline (UTC)

| Time | Event |
|---|---|
| 09:02 | Build log with the token published |
| 09:11 | Secret scanning alert ${k.n('#' + g.digits(3))} |
| 09:16 | Token revoked, new token stored in the CI variable \`${k.n('GITLAB_TOKEN')}\` |

## Root cause

\`set -x\` in the deploy script echoed \`${k.n('curl -H "PRIVATE-TOKEN: $GITLAB_TOKEN"')}\`.

## Fingerprint

The fingerprint of the leaked token in our scanner is \`${k.n('sha256:' + g.hex(16))}\`. Trace ${k.n(traceId(g))}.
`;
  }),

  doc('forum-post-portuguese-router', ['prose'], 'docs/forum/roteador-senha.md', (k) => {
    const g = k.g;
    return `**Tópico: Não consigo acessar a página do roteador**

**carlos_sp** escreveu:
> Já tentei admin/admin e não vai. A etiqueta embaixo diz "senha: ${k.n('ver manual')}".

**moderador** escreveu:
Nesse modelo a senha padrão é impressa na etiqueta como "WPA Key". Se foi trocada, só resetando.

**carlos_sp** escreveu:
Resetei. Agora coloquei a senha ${k.pw(k.raw.humanPassword(g))} e o Wi-Fi ficou com ${k.pw(lettersPassword(g))}. Funcionou!

**moderador** escreveu:
Ótimo. Dica: não poste suas senhas no fórum 😅. O número de série (${k.n(g.upper(2) + g.digits(10))}) também não precisa.
`;
  }),

  doc('reddit-style-post-selfhosted', ['prose'], 'docs/research/reddit-selfhosted-nextcloud.md', (k) => {
    const g = k.g;
    return `**r/selfhosted · Posted by u/tinkerbox**

**Nextcloud behind Traefik keeps asking for login even with correct password**

My docker-compose:

${F}yaml
  nextcloud:
    image: nextcloud:29
    environment:
      - NEXTCLOUD_ADMIN_USER=admin
      - NEXTCLOUD_ADMIN_PASSWORD=${k.pw(k.raw.humanPassword(g))}
      - MYSQL_PASSWORD=${k.pw(k.raw.generatedPassword(g))}
${F}

Any ideas? I'm losing my mind.

> **u/lsio_fan**: Set \`overwriteprotocol\` to https. Also, change those passwords, this is a public sub.
>
> **u/tinkerbox**: facepalm. Done, and yes I changed the admin one to ${k.pw(wordPassword(g))}... kidding, it's longer now.
`;
  }),

  doc('email-ukrainian-access', ['prose'], 'docs/mail/доступ-до-сервера.txt', (k) => {
    const g = k.g;
    return `Тема: Доступ до тестового сервера

Привіт, Андрію!

Як домовлялися, ось доступи:

Сервер: test-01.kyiv.example
Логін: andrii
Пароль: ${k.pw(k.raw.humanPassword(g))}

Пароль від бази даних той самий, що й минулого разу, тільки з цифрою в кінці: ${k.pw(wordPassword(g) + g.digits(2))}

Номер заявки: ${k.n(ticket(g))}

З повагою,
Олена
`;
  }),

  doc('turkish-onboarding-doc', ['prose'], 'docs/wiki/ise-baslangic.md', (k) => {
    const g = k.g;
    return `# İşe Başlangıç Rehberi

## Hesaplar

**E-posta:** adsoyad@sirket.example — ilk şifreniz İK tarafından SMS ile gönderilir.

**Test ortamı yönetici hesabı**

Kullanıcı adı: yonetici
Şifre: ${k.pw(k.raw.humanPassword(g))}

**Ortak Wi-Fi şifresi**

${k.pw(lettersPassword(g))}

## Notlar

- Personel numarası örneği: ${k.n(g.digits(7))}
- Şifrenizi kimseyle paylaşmayın; "${k.n('Şifremi unuttum')}" bağlantısını kullanın.
`;
  }),

  doc('italian-wiki-asciidoc-table', ['prose'], 'docs/wiki/ambienti.adoc', (k) => {
    const g = k.g;
    return `= Ambienti di collaudo

[cols="1,2,2",options="header"]
|===
|Ambiente |Utente |Password
|COLL1 |tester |${k.pw(k.raw.humanPassword(g))}
|COLL2 |tester |${k.pw(k.raw.generatedPassword(g))}
|PROD |- |${k.n('solo tramite CyberArk')}
|===

NOTE: La password di COLL2 scade ogni 60 giorni.

Identificativo del progetto: ${k.n(g.digits(6))}
`;
  }),

  doc('chinese-wiki-table', ['prose'], 'docs/wiki/测试账号.md', (k) => {
    const g = k.g;
    return `# 测试账号

| 系统 | 账号 | 密码 | 备注 |
| --- | --- | --- | --- |
| 后台管理 | admin | ${k.pw(k.raw.humanPassword(g))} | 测试环境 |
| 数据库 | app_rw | ${k.pw(k.raw.generatedPassword(g))} | 读写 |
| 监控 | viewer | ${k.pw(lettersPassword(g))} | 只读 |
| 生产 | — | ${k.n('找运维要')} | 不要写在这里 |

> 注：订单号格式 ${k.n(orderNo(g))} 不是密钥。
`;
  }),

  doc('japanese-confluence-handover', ['prose'], 'docs/wiki/引き継ぎ資料.md', (k) => {
    const g = k.g;
    return `# 引き継ぎ資料（山田 → 中村）

## 検証環境

- URL: https://stg.example.jp/admin
- ID: yamada-admin（退職後に削除予定）
- パスワード：${k.pw(k.raw.humanPassword(g))}

## メール配信サービス

APIキー（検証用）は以下の通りです。

${k.tok()}

## その他

- 問い合わせ番号 ${k.n(ticket(g))} は対応中
- パスワードの変更は「${k.n('パスワードを変更する')}」ボタンから
`;
  }),

  doc('meeting-notes-spanish-split-lines', ['prose'], 'docs/reuniones/acta-2026-11-02.md', (k) => {
    const g = k.g;
    return `# Acta de reunión — 2 de noviembre

Asistentes: Pilar, Andrés, Nuria

1. **Migración del correo**
   Andrés crea la cuenta de servicio para el conector. Contraseña acordada:
   ${k.pw(k.raw.generatedPassword(g))}
   (se cambiará tras la migración)

2. **Acceso al NAS**
   Nuria pregunta por la contraseña del NAS. Pilar dice que ahora es ${k.pw(k.raw.humanPassword(g))}.

3. **Varios**
   Próxima reunión: ID ${k.n(meetingId(g))}. El código de la sala no es secreto.
`;
  }),

  doc('slack-thread-rotation-many', ['prose'], 'notes/slack-rotation-day.txt', (k) => {
    const g = k.g;
    return `#sec-rotation — rotation day log (pinned)

:white_check_mark: redis (cache) — done, new pw ${k.pw(k.raw.generatedPassword(g))}
:white_check_mark: postgres app user — done → ${k.pw(k.raw.generatedPassword(g))}
:white_check_mark: smtp relay — ${k.pw(k.raw.humanPassword(g))}
:hourglass: elastic — pending (${k.n(ticket(g))})
:x: legacy ftp — vendor won't let us change it, still ${k.pw(wordPassword(g))} :facepalm:
:white_check_mark: s3 backup user secret key — ${k.prov('awsSecret', 'AWS')}

rotation run id ${k.n(g.uuid())}, audit trace ${k.n(traceId(g))}
`;
  }),

  doc('github-issue-docker-login-log', ['prose'], 'docs/issues/issue-docker-login.md', (k) => {
    const g = k.g;
    return `### docker login fails in CI

Log:

${F}
$ echo "$REGISTRY_PASSWORD" | docker login registry.acme.example -u ci --password-stdin
Error response from daemon: Get "https://registry.acme.example/v2/": unauthorized
${F}

When I run it locally with the password typed in (${k.pw(k.raw.generatedPassword(g))}) it works.

**Comment from @ops-lead:**
The CI variable is masked but "protected", so it's empty on feature branches. Make it unprotected or run on main.
Your local password is also the CI one — please rotate, I'll do it now. Done, new one is ${k.pw(k.raw.generatedPassword(g))}, updated in CI.

Digest of the image: ${k.n('sha256:' + g.hex(64))}
`;
  }),

  doc('email-signature-precision', ['precision', 'prose'], 'docs/mail/invoice-question.txt', (k) => {
    const g = k.g;
    return `Subject: Question about invoice ${k.n(`INV-${g.digits(6)}`)}

Hello,

we received invoice ${k.n(`INV-${g.digits(6)}`)} but the purchase order ${k.n(orderNo(g))} was already closed.
Could you reissue it with the reference ${k.n(g.upper(3) + g.digits(9))}?

Our VAT id is ${k.n('DE' + g.digits(9))} and the IBAN on file is ${k.n('DE89 3704 0044 0532 0130 00')}.

The tracking number of the return is ${k.n('1Z' + g.upper(4) + g.digits(12))}.

Kind regards,
Accounts Payable
Phone +49 30 ${k.n(g.digits(8))}
`;
  }),

  doc('precision-status-update-prose', ['precision', 'prose'], 'docs/weekly/2026-w45.md', (k) => {
    const g = k.g;
    return `# Weekly update — week 45

- We rotated all database passwords on Tuesday. New values are in Vault; nothing to do for app teams.
- The token refresh bug is fixed in ${k.n(version(g))}; tokens now last 24 hours.
- The password manager rollout reached 92% of staff.
- Secret scanning found 3 test keys in old branches; all were dummies like \`${k.n('sk_test_placeholder')}\`.
- "It's ${k.n('fixed')} now" — the SSO login loop (${k.n(ticket(g))}) is closed.
- The new one is ${k.n('live')}: the status page moved to a new host.
- Try ${k.n('restarting')} the VPN client before opening a ticket.
- Changed it to ${k.n('weekly')}: the cert expiry report now runs every Monday.
`;
  }),
];
