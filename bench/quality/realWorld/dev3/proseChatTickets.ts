// rw-dev3 prose/chat: tickets, issues, pull-request comments, Q&A posts and mail, where a secret sits in a
// sentence, in a quoted reply, alone on a line after a colon line, or in a pasted table.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { lettersPassword, wordPassword, ticket, shortSha, orderNo, traceId, version, requestId } from './proseValues';

export const TICKET_DOCS: RealWorldDoc[] = [
  doc('jira-ticket-export-access', ['prose'], 'notes/jira/OPS-4471.txt', (k) => {
    const g = k.g;
    return `[OPS-4471] Access to reporting DB for new analyst
Status: Resolved   Priority: Medium   Assignee: Nils Petersen
Created: 2026-10-12 09:13   Updated: 2026-10-13 16:40

Description:
Hi team, Aylin starts Monday and needs read access to the reporting replica (${k.n('reporting-ro.db.internal')}, port ${k.n('5432')}).

Comments:
Nils Petersen - 2026-10-13 10:02
Created the role. Username: aylin_ro
Temporary password:
${k.pw(k.raw.generatedPassword(g))}
She has to change it at first login.

Nils Petersen - 2026-10-13 16:40
Aylin reported the temp one didn't work (my typo). Reset it again, it's ${k.pw(k.raw.humanPassword(g))} now.
Linked: ${k.n(ticket(g))}, ${k.n(ticket(g))}
`;
  }),

  doc('github-issue-bug-report-env', ['prose'], 'docs/issues/issue-2214.md', (k) => {
    const g = k.g;
    return `### Bug: \`sync\` command fails with 403 after upgrading to ${k.n(version(g))}

**Steps to reproduce**

1. Set \`SYNC_TOKEN\` in \`.env\`
2. Run \`npx acme-sync push\`

**Expected** upload works as in ${version(g)}

**Actual**

${F}
Error: Request failed with status code 403
    at createError (node_modules/axios/lib/core/createError.js:16:15)
  x-request-id: ${k.n(requestId(g))}
${F}

**Environment**

| Key | Value |
|-----|-------|
| OS | macOS 15.1 |
| Node | 22.11.0 |
| SYNC_TOKEN | ${k.tok()} |
| SYNC_REGION | eu-central |

---

> **maintainer-bot** commented: Please never post tokens in issues. The token above has been revoked automatically.

> **reporter** commented: oops, sorry. New one works, the old \`${k.n('SYNC_TOKEN=<redacted>')}\` can be ignored.
`;
  }),

  doc('github-pr-review-comment', ['prose'], 'docs/reviews/pr-981-comments.md', (k) => {
    const g = k.g;
    return `## Review comments on #981 "Add SFTP export"

**@lbrandt** on \`config/export.yml\` line 14:
> \`password: ${k.pw(k.raw.humanPassword(g))}\`

This looks like the real partner password, not a test one. Please move it to the secret store and reference it with \`${k.n('${SFTP_PASSWORD}')}\`.

**@okafor-dev** replied:
It is the sandbox one, but fair. Replaced in ${k.n(shortSha(g))}.

**@lbrandt** on \`test/export.spec.ts\` line 88:
> \`const password = "${k.n('not-a-real-password')}";\`

Fine for tests.

**@lbrandt**:
Also the partner told us by mail that the production password is now "${k.pw(k.raw.humanPassword(g))}" — please don't commit that one anywhere either.
`;
  }),

  doc('stackoverflow-question-mysql', ['prose'], 'docs/research/so-mysql-access-denied.md', (k) => {
    const g = k.g;
    return `# MySQL: Access denied for user 'root'@'localhost' (using password: YES)

I installed MySQL 8.0 on Ubuntu 24.04 and set the root password during setup to \`${k.pw(k.raw.humanPassword(g))}\`. Now when I run

${F}
mysql -u root -p
${F}

and type the password I get:

${F}
ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)
${F}

I also tried the password I used for phpMyAdmin, which was ${k.pw(wordPassword(g))}, same error. What am I doing wrong?

---

**Answer** (score 412):

On Ubuntu the root account uses \`auth_socket\` by default, so the password is ignored. Run \`sudo mysql\` and then:

${F}sql
ALTER USER 'root'@'localhost' IDENTIFIED WITH caching_sha2_password BY '${k.ph()}';
${F}

Replace the placeholder with your own password. The hash you see in \`mysql.user\` (${k.n(`*${g.hex(40).toUpperCase()}`)}) is not the password.
`;
  }),

  doc('email-eml-vendor-credentials', ['prose'], 'docs/vendor/Zugangsdaten Lieferantenportal.eml', (k) => {
    const g = k.g;
    return `From: "Portal Support" <support@lieferportal.example>
To: einkauf@acme.example
Subject: Ihre Zugangsdaten zum Lieferantenportal
Date: Tue, 10 Nov 2026 08:31:02 +0100
Message-ID: <${k.n(`${g.hex(16)}@mail.lieferportal.example`)}>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Sehr geehrte Damen und Herren,

anbei Ihre Zugangsdaten für das Lieferantenportal:

Benutzername: ACME-EK-0042
Initialkennwort: ${k.pw(k.raw.generatedPassword(g))}

Bitte ändern Sie das Kennwort bei der ersten Anmeldung. Ihre Kundennummer lautet ${k.n(g.digits(8))}.

Für den EDI-Zugang (AS2) verwenden Sie bitte folgenden API-Schlüssel:

${k.tok()}

Mit freundlichen Grüßen
Ihr Portal-Team
`;
  }),

  doc('email-thread-reply-quoted', ['prose'], 'docs/mail/Re_ staging access.txt', (k) => {
    const g = k.g;
    const pw = k.raw.humanPassword(g);
    return `Subject: Re: Re: staging access
From: Deepa Iyer <deepa@contoso.example>
To: Ben Harlow <ben@contoso.example>

Worked, thanks!

On Mon, Nov 9, 2026 at 4:12 PM Ben Harlow <ben@contoso.example> wrote:
> Sorry, typo. It's ${k.s('password', pw)}
>
> On Mon, Nov 9, 2026 at 4:05 PM Deepa Iyer <deepa@contoso.example> wrote:
>> The password you sent doesn't work, I get "invalid credentials".
>>
>>> On Mon, Nov 9, 2026 at 3:50 PM Ben Harlow wrote:
>>> Hi Deepa, staging is https://staging.contoso.example, user deepa.iyer,
>>> password ${k.pw(k.raw.humanPassword(g))}
>>> Reference: ${k.n(ticket(g))}

--
Deepa Iyer | Platform | +44 20 7946 ${k.n(g.digits(4))}
`;
  }),

  doc('servicenow-incident-portuguese', ['prose'], 'docs/incidentes/INC0081234.txt', (k) => {
    const g = k.g;
    return `Número: INC${k.n(g.digits(7))}
Solicitante: Fernanda Costa
Grupo de atribuição: Suporte N2
Descrição resumida: Usuário bloqueado no ERP

Notas de trabalho:
2026-11-03 08:44:12 - Rafael Lima (Notas de trabalho)
Desbloqueei o usuário e resetei a senha. Senha provisória: ${k.pw(k.raw.humanPassword(g))}

2026-11-03 09:10:40 - Fernanda Costa (Comentários adicionais)
Consegui entrar, troquei para uma senha nova. Obrigada!

2026-11-03 09:15:02 - Rafael Lima (Notas de trabalho)
Para a integração com o banco, o certificado foi renovado. Senha do arquivo .pfx: ${k.pw(k.raw.generatedPassword(g))}
Hash SHA-1 do certificado: ${k.n(g.hex(40).toUpperCase())}
`;
  }),

  doc('zendesk-ticket-spanish', ['prose'], 'docs/soporte/ticket-58231.md', (k) => {
    const g = k.g;
    return `**Ticket #${k.n(g.digits(5))} – No puedo conectar la impresora al Wi-Fi**

**Cliente (Andrea Ruiz):**
Hola, la impresora pide la clave del Wi-Fi y no sé cuál es.

**Agente (Soporte):**
Hola Andrea, la clave de la red de la oficina es:

> ${k.pw(k.raw.humanPassword(g))}

Si no funciona, pruebe con la de invitados: **${k.pw(wordPassword(g))}**

**Cliente:**
¡Funcionó con la primera! Gracias. Mi número de pedido es ${k.n(orderNo(g))}.

**Agente:**
Perfecto. Cerramos el ticket. Valoración: ${k.n('★★★★★')}
`;
  }),

  doc('github-issue-comment-webhook-secret', ['prose'], 'docs/issues/issue-77-webhook.md', (k) => {
    const g = k.g;
    return `**@nadia-k** commented on Oct 3

The signature check fails for every delivery. My handler:

${F}js
const sig = req.headers['x-hub-signature-256'];
const expected = 'sha256=' + crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(body).digest('hex');
${F}

The secret I configured in the repo settings is \`${k.tok(g.alnum(24))}\` and the header I receive is \`${k.n(`sha256=${g.hex(64)}`)}\`.

**@jmarsh** commented on Oct 3

You're hashing the parsed JSON, not the raw body. Also please rotate that secret now that it's public.

**@nadia-k** commented on Oct 4

Fixed, thanks! Rotated, the delivery id ${k.n(g.uuid())} passes now.
`;
  }),

  doc('forum-thread-home-assistant', ['prose'], 'docs/forum/ha-mqtt-auth.md', (k) => {
    const g = k.g;
    return `# MQTT integration: connection refused, not authorised

**wolfgang_s** (Nov 2)

Hi all, my Mosquitto add-on log says \`Connection refused: not authorised\`. Config:

${F}yaml
logins:
  - username: ha_mqtt
    password: ${k.pw(k.raw.humanPassword(g))}
${F}

and in the integration I entered the same. Any idea?

**mkeller** (Nov 2)

Did you restart the add-on after changing it? Also the integration caches the old one. Delete and re-add.

**wolfgang_s** (Nov 2)

Restarted. Still refused. Tried also with my HA user (wolfgang / ${k.pw(lettersPassword(g))}) since that is supposed to work too.

**mkeller** (Nov 3)

Solution: the password contained a \`#\`, and YAML cut it off. Quote it: \`password: "${k.n('your#password')}"\`.

**wolfgang_s** (Nov 3)

That was it! Marked as solution. Changed it anyway to ${k.pw(k.raw.generatedPassword(g))} without special chars.
`;
  }),

  doc('gitlab-mr-description-handover', ['prose'], 'docs/mr/!412-description.md', (k) => {
    const g = k.g;
    return `## What does this MR do?

Moves the SMTP relay from the old provider to the new one.

## How to test

1. Check out the branch
2. Export the relay credentials (ask me or take them from here, they are sandbox-only):
   - host: \`${k.n('smtp.sandbox.relay.example')}\`
   - user: \`${k.n('apikey')}\`
   - pass: \`${k.tok(`${g.alnum(22)}.${g.alnum(43)}`)}\`
3. Run \`make mail-test\`

## Screenshots

![before](/uploads/${k.n(g.hex(32))}/before.png)

## Checklist

- [x] no secrets in code (they're in CI variables: \`${k.n('$SMTP_PASS')}\`)
- [ ] docs updated
`;
  }),

  doc('email-it-newsletter-french', ['prose', 'precision'], 'docs/mail/newsletter-dsi-novembre.txt', (k) => {
    const g = k.g;
    return `Objet : [DSI] Lettre d'information — novembre

Bonjour à toutes et à tous,

Rappel : la DSI ne vous demandera JAMAIS votre mot de passe par courriel. Si vous recevez un message vous
demandant de saisir « ${k.n('votre mot de passe')} » sur un lien, signalez-le à securite@exemple.fr.

Les mots de passe doivent comporter au moins 12 caractères. Exemples de ce qu'il ne faut PAS utiliser :
${k.n('azerty123')}, ${k.n('motdepasse')}, ${k.n('soleil2024')}.

Le portail de réinitialisation est https://mdp.exemple.fr (identifiant de session : ${k.n(g.hex(24))}).

Le code Wi-Fi des salles de réunion change chaque mois et est affiché à l'accueil.

Numéro de version du poste de travail : ${k.n(version(g))}

Cordialement,
La DSI
`;
  }),

  doc('confluence-comment-inline-table-plain', ['prose'], 'docs/wiki/export/Test-Accounts.txt', (k) => {
    const g = k.g;
    return `Test Accounts (exported from Confluence, plain text)

Environment    Role        Username               Password
-----------    ---------   --------------------   ------------------
QA             admin       qa-admin@acme.test     ${k.pw(k.raw.humanPassword(g))}
QA             customer    jane.qa@acme.test      ${k.pw(k.raw.humanPassword(g))}
UAT            admin       uat-admin@acme.test    ${k.pw(k.raw.generatedPassword(g))}
UAT            support     support@acme.test      ${k.pw(lettersPassword(g))}
PROD           -           -                      ${k.n('(ask the on-call, never here)')}

Last edited by Ingrid Solberg on Nov 12, 2026. Page id ${k.n(g.digits(9))}.
`;
  }),

  doc('email-german-out-of-office-handover', ['prose'], 'docs/mail/Abwesenheit-Uebergabe.txt', (k) => {
    const g = k.g;
    return `Betreff: Übergabe während meiner Abwesenheit (KW 47)

Hallo Team,

ich bin vom 16.11. bis 20.11. nicht da. Das Wichtigste:

1. Der nächtliche Export läuft über den Benutzer svc_export. Falls er wieder hängt, bitte neu starten.
   Das Passwort dafür lautet:
   ${k.pw(k.raw.generatedPassword(g))}

2. Beim Lieferanten-FTP hat sich das Kennwort geändert, es heißt jetzt ${k.pw(lettersPassword(g))}
   (ja, nur Buchstaben, der Lieferant lässt keine Sonderzeichen zu).

3. Die Rechnungsnummer für die offene Reklamation ist ${k.n(`RE-${g.digits(6)}`)}.

4. Das Passwortfeld im neuen Kundenportal heißt „${k.n('Passwort wiederholen')}" – bitte so in die Doku übernehmen.

Viele Grüße
Katrin
`;
  }),

  doc('stackoverflow-answer-curl', ['prose', 'http-auth'], 'docs/research/so-curl-basic-auth.md', (k) => {
    const g = k.g;
    const user = 'reports';
    return `**Q: How do I call the reporting API with curl? Postman works, curl returns 401.**

In Postman I use Basic auth with user \`${user}\` and the password from our wiki. The Postman console shows the header:

${F}
Authorization: Basic ${k.basic(user)}
${F}

**A:** Use \`-u\`:

${F}bash
curl -u ${user}:${k.ph()} https://reports.example.com/api/v2/daily
${F}

or pass the header exactly as Postman shows it. If you get 401 with the right password, check that the password has no trailing newline (\`echo -n\`).

**Comment:** Thanks! For the record our password was ${k.pw(k.raw.humanPassword(g))} and it had a \`$\`, so the shell expanded it. Single quotes fixed it.
`;
  }),

  doc('linear-issue-api-key', ['prose'], 'docs/issues/ENG-1203.md', (k) => {
    const g = k.g;
    return `ENG-1203 · Geocoding requests failing in staging
Labels: bug, staging · Cycle 42

The geocoding provider rejected our staging key after the billing change. I created a new one in their dashboard:

\`\`${k.tok(g.alnum(32))}\`\`

(Old one: ${k.n('revoked')})

Acceptance: staging search returns results for "Alexanderplatz".

Sub-issues: ${k.n('ENG-1204')}, ${k.n('ENG-1205')}
Git branch: ${k.n(`nina/eng-1203-geocoding-key-${shortSha(g)}`)}
`;
  }),

  doc('email-mbox-automated-account', ['prose'], 'mail/archive/notifications.mbox', (k) => {
    const g = k.g;
    return `From noreply@ci.example.com Thu Nov 05 10:22:31 2026
Return-Path: <noreply@ci.example.com>
From: CI Server <noreply@ci.example.com>
To: releng@acme.example
Subject: Your new service account

Hello,

A service account was created for you.

  Account:   svc-release
  Password:  ${k.pw(k.raw.generatedPassword(g))}
  Expires:   2027-02-05

Build ${k.n(g.digits(6))} triggered this change (commit ${k.n(g.hex(40))}).

From noreply@ci.example.com Thu Nov 05 11:03:10 2026
From: CI Server <noreply@ci.example.com>
To: releng@acme.example
Subject: Password reset requested

Someone requested a password reset. If it was you, use code ${k.u(g.digits(6))} within 10 minutes.
Your reset link: https://ci.example.com/reset?token=${k.http(g.base64url(43))}
`;
  }),

  doc('github-discussion-japanese', ['prose'], 'docs/discussions/ja-接続エラー.md', (k) => {
    const g = k.g;
    return `## Redisに接続できません

@tanaka-h さんの質問:

docker compose で立ち上げた Redis に接続しようとすると \`NOAUTH Authentication required\` になります。
redis.conf には

${F}
requirepass ${k.pw(k.raw.humanPassword(g))}
${F}

と書いてあります。アプリ側の REDIS_URL は \`redis://:${k.cs()}@redis:6379/0\` です。

@yamamoto さんの回答:

パスワードに \`@\` が含まれている場合はURLエンコードが必要です。それと、ここに貼ったパスワードは変更してください。

@tanaka-h:

解決しました！パスワードは ${k.pw(k.raw.generatedPassword(g))} に変えました。（コミット ${k.n(shortSha(g))}）
`;
  }),

  doc('helpdesk-reply-indonesian', ['prose'], 'docs/helpdesk/balasan-tiket.txt', (k) => {
    const g = k.g;
    return `Tiket #${k.n(g.digits(6))} — Reset kata sandi email

Halo Pak Budi,

Kata sandi email Bapak sudah kami reset. Kata sandi sementara:

${k.pw(k.raw.humanPassword(g))}

Silakan ganti setelah login pertama. Untuk akses VPN, kata sandinya tetap sama, yaitu ${k.pw(k.raw.humanPassword(g))}.

Nomor inventaris laptop Bapak: ${k.n(`INV/${g.digits(4)}/IT`)}

Terima kasih,
Tim TI
`;
  }),

  doc('pr-comment-arabic', ['prose'], 'docs/reviews/pr-ar-تعليقات.md', (k) => {
    const g = k.g;
    return `### تعليقات المراجعة

**سارة**: كلمة المرور في ملف الإعداد يجب ألا تكون هنا. القيمة الحالية هي \`${k.pw(k.raw.humanPassword(g))}\`، يرجى نقلها إلى المخزن السري.

**عمر**: تم. كلمة المرور الجديدة لقاعدة البيانات: ${k.pw(k.raw.generatedPassword(g))} (سأحذف هذا التعليق لاحقاً)

**سارة**: رقم البناء ${k.n(g.digits(5))} ناجح. معرّف المستأجر ${k.n(g.uuid())} ليس سراً.
`;
  }),

  doc('hindi-ticket-email', ['prose'], 'docs/support/hindi-email.txt', (k) => {
    const g = k.g;
    return `विषय: सर्वर लॉगिन जानकारी

नमस्ते राहुल जी,

टेस्ट सर्वर का यूज़रनेम deploy है और पासवर्ड ${k.pw(k.raw.humanPassword(g))} है।
कृपया पहली बार लॉगिन के बाद पासवर्ड बदल दें।

डेटाबेस का पासवर्ड: ${k.pw(k.raw.generatedPassword(g))}

टिकट संख्या: ${k.n(ticket(g))}
ऑर्डर संख्या: ${k.n(orderNo(g))}

धन्यवाद,
आईटी टीम
`;
  }),

  doc('precision-security-advisory-email', ['precision', 'prose'], 'docs/mail/security-advisory-password-policy.txt', (k) => {
    const g = k.g;
    return `Subject: New password policy from December 1st

Hi all,

From December 1st the minimum password length is 14 characters. The password "${k.u('Winter2026!')}" is an example
of what will now be REJECTED because it is on the breached-password list. Please don't reuse it.

What the new policy checks:
  - password length >= 14
  - not in the list of leaked passwords (we check the first 5 characters of the SHA-1, e.g. ${k.n(g.hex(5).toUpperCase())})
  - no more than 3 repeated characters

Your password expires every 365 days. The reset token you receive by mail is valid for 15 minutes.
The field labelled "${k.n('Current password')}" on the form must be filled in.

Questions: helpdesk ticket queue ${k.n('IT-Service-Desk')}. Trace for the migration: ${k.n(traceId(g))}.
`;
  }),
];
