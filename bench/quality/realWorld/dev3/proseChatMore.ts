// rw-dev3 prose/chat: denser documents (credential lists in prose, checklists, exported threads with several
// rotations), each with its look-alikes beside the secrets.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { lettersPassword, ticket, shortSha, orderNo, traceId, version, requestId, meetingId } from './proseValues';

export const MORE_DOCS: RealWorldDoc[] = [
  doc('slack-export-csv-it-channel', ['prose'], 'exports/slack/it-help.csv', (k) => {
    const g = k.g;
    return `timestamp,user,text
2026-11-02 08:01:12,helena.v,"printer on 3rd floor wants a pin again"
2026-11-02 08:03:40,it-bot,"Ticket ${k.n(ticket(g))} created"
2026-11-02 08:05:02,marc.d,"admin pin for the printers is ${k.pw(g.digits(6))}, the web ui login is admin / ${k.pw(k.raw.humanPassword(g))}"
2026-11-02 08:06:55,helena.v,"thanks!! and the scanner-to-mail account?"
2026-11-02 08:07:30,marc.d,"scan@acme.example, pw ${k.pw(k.raw.generatedPassword(g))}"
2026-11-02 08:09:01,helena.v,"also the conf room ipad passcode pls"
2026-11-02 08:09:44,marc.d,"${k.pw(g.digits(6))}"
2026-11-02 08:30:00,marc.d,"fyi rotated the scan account, it's ${k.pw(k.raw.generatedPassword(g))} now"
2026-11-02 08:31:10,helena.v,"👍 (asset ${k.n('PRN-' + g.digits(4))}, serial ${k.n(g.upper(3) + g.digits(7))})"
`;
  }),

  doc('teams-export-html-to-text-english', ['prose'], 'docs/chat/teams-data-platform.txt', (k) => {
    const g = k.g;
    return `Data Platform > General

Liam O'Connor  Monday 09:30
Snowflake service user for dbt: DBT_SVC
password ${k.pw(k.raw.generatedPassword(g))}

Aisha Bello  Monday 09:32
👍 and the Airflow admin?

Liam O'Connor  Monday 09:33
airflow / ${k.pw(k.raw.humanPassword(g))}

Aisha Bello  Monday 09:40
The Fernet key for Airflow — do we keep the one from the helm chart?

Liam O'Connor  Monday 09:41
No, generated a new one: ${k.tok(g.base64url(43) + '=')}

Aisha Bello  Monday 09:45
and the webserver secret_key?

Liam O'Connor  Monday 09:45
${k.tok(g.hex(32))}

Aisha Bello  Monday 10:02
Run id of the first green DAG: ${k.n('scheduled__2026-11-02T09:00:00+00:00')}, task instance ${k.n(g.uuid())}
`;
  }),

  doc('wiki-credentials-checklist-german', ['prose'], 'docs/wiki/Checkliste-Neukunde.md', (k) => {
    const g = k.g;
    return `# Checkliste Neukunde „Bäckerei Hofmann"

- [x] Domain registriert (${k.n('baeckerei-hofmann.example')})
- [x] Mailpostfächer angelegt
  - info@… Passwort ${k.pw(k.raw.humanPassword(g))}
  - bestellung@… Passwort ${k.pw(k.raw.humanPassword(g))}
- [x] WordPress-Admin: Benutzer \`hofmann\`, Passwort \`${k.pw(k.raw.generatedPassword(g))}\`
- [x] FTP: Zugangsdaten per Post verschickt (Kennwort ${k.pw(lettersPassword(g))})
- [ ] Google-Business-Profil — Bestätigungscode kommt per Post
- [ ] Kassensystem: Lizenznummer ${k.n(g.upper(4) + '-' + g.digits(4) + '-' + g.upper(4))}

Kundennummer ${k.n(g.digits(6))}, Auftrag ${k.n(orderNo(g))}.
`;
  }),

  doc('stackoverflow-python-requests', ['prose', 'http-auth'], 'docs/research/so-python-requests-401.md', (k) => {
    const g = k.g;
    return `# Python requests returns 401 but curl works

I have this code:

${F}python
import requests

r = requests.get(
    "https://api.internal.example/v1/items",
    headers={"Authorization": "Token ${k.http(g.hex(40))}"},
)
print(r.status_code)
${F}

And this curl works:

${F}
curl -H 'Authorization: Token ${k.http(g.hex(40))}' https://api.internal.example/v1/items/
${F}

**Answer:** Note the trailing slash. requests follows the redirect from \`/items\` to \`/items/\` and drops the
Authorization header on redirect. Use the URL with the slash.

**Comment:** Also, the two tokens in your question are different 😉 — and both are now public.

**Comment (OP):** Thanks, revoked both. Request id for reference: ${k.n(requestId(g))}.
`;
  }),

  doc('email-thread-polish-vendor', ['prose'], 'docs/mail/RE_ dostep do panelu.txt', (k) => {
    const g = k.g;
    return `Temat: RE: dostęp do panelu

Dzień dobry,

hasło zostało zresetowane. Nowe dane logowania:

login: acme_integracja
hasło: ${k.pw(k.raw.generatedPassword(g))}

Klucz API do środowiska testowego:
${k.tok(g.hex(40))}

Pozdrawiam
Michał

-----Original Message-----
From: Anna Kowalska
Sent: Monday, November 9, 2026 2:11 PM
Subject: dostęp do panelu

Dzień dobry, hasło "${k.pw(k.raw.humanPassword(g))}" przestało działać. Numer umowy: ${k.n(`UM/${g.digits(4)}/2026`)}.
`;
  }),

  doc('runbook-vietnamese', ['prose'], 'docs/runbooks/khoi-phuc-db.md', (k) => {
    const g = k.g;
    return `# Khôi phục cơ sở dữ liệu

1. Đăng nhập máy chủ sao lưu bằng tài khoản \`backup\`, mật khẩu: ${k.pw(k.raw.humanPassword(g))}
2. Giải nén bản sao lưu, mật khẩu file zip là:

   ${k.pw(k.raw.generatedPassword(g))}

3. Khôi phục vào máy chủ mới:

   ${F}
   mysql -h db-new -u root -p'${k.pw(k.raw.generatedPassword(g))}' shop < shop.sql
   ${F}

4. Kiểm tra mã băm của file: ${k.n(g.hex(64))}

Phiên bản: ${k.n(version(g))}
`;
  }),

  doc('indonesian-chat-export', ['prose'], 'docs/chat/whatsapp-tim-dev.txt', (k) => {
    const g = k.g;
    return `12/10/26 09.01 - Dimas: bro, password server staging apa ya?
12/10/26 09.02 - Rina: ${k.pw(k.raw.humanPassword(g))}
12/10/26 09.02 - Rina: eh sorry itu yg lama
12/10/26 09.03 - Rina: yg baru ${k.pw(k.raw.humanPassword(g))}
12/10/26 09.05 - Dimas: mantap, masuk. token midtrans sandbox?
12/10/26 09.06 - Rina: ${k.tok('SB-Mid-server-' + g.alnum(24))}
12/10/26 09.10 - Dimas: ok. id transaksi test ${k.n(g.uuid())}
12/10/26 09.11 - Rina: jangan lupa hapus chat ini nanti 😂
`;
  }),

  doc('hindi-english-mixed-chat', ['prose'], 'docs/chat/teams-hinglish.txt', (k) => {
    const g = k.g;
    return `[11:20] Rohit Sharma: bhai UAT ka password kya hai?
[11:21] Neha Gupta: wahi purana, ${k.pw(k.raw.humanPassword(g))}
[11:22] Rohit Sharma: nahi chal raha
[11:24] Neha Gupta: oh haan kal change kiya tha, ab ${k.pw(k.raw.humanPassword(g))} hai
[11:25] Rohit Sharma: ho gaya 👍 aur Razorpay ka test secret?
[11:26] Neha Gupta: ${k.tok(g.alnum(24))}
[11:26] Neha Gupta: key id ${k.n('rzp_test_' + g.alnum(14))} hai, woh secret nahi hai
[11:40] Rohit Sharma: build #${k.n(g.digits(4))} pass ho gaya
`;
  }),

  doc('arabic-onboarding-email', ['prose'], 'docs/mail/ترحيب-موظف-جديد.txt', (k) => {
    const g = k.g;
    return `الموضوع: بيانات الدخول الخاصة بك

مرحباً أحمد،

أهلاً بك في الفريق. هذه بيانات الدخول إلى الأنظمة:

- البريد الإلكتروني: ahmed@company.example
- كلمة المرور المؤقتة: ${k.pw(k.raw.humanPassword(g))}
- نظام الموارد البشرية: نفس اسم المستخدم، وكلمة المرور ${k.pw(k.raw.generatedPassword(g))}

رقم الموظف: ${k.n(g.digits(6))}
رقم الطلب: ${k.n(ticket(g))}

يرجى تغيير كلمة المرور عند أول تسجيل دخول.

مع التحية،
قسم تقنية المعلومات
`;
  }),

  doc('github-pr-comment-suggestion-block', ['prose'], 'docs/reviews/pr-1207-suggestions.md', (k) => {
    const g = k.g;
    return `**@camila-r** suggested a change on \`docker-compose.override.yml\`:

${F}suggestion
      - RABBITMQ_DEFAULT_PASS=\${RABBITMQ_DEFAULT_PASS:?set it in .env}
${F}

instead of the literal \`RABBITMQ_DEFAULT_PASS=${k.pw(k.raw.humanPassword(g))}\` that is there now.

**@theo-b**: Agreed. FWIW that password is also what's on the shared staging broker, so we should rotate it.

**@camila-r**: Rotated. Staging broker is on ${k.pw(k.raw.generatedPassword(g))} now; it's in the team vault too.

**@theo-b**: 👍 merging after CI (pipeline ${k.n(g.digits(7))}, commit ${k.n(shortSha(g))}).
`;
  }),

  doc('incident-timeline-chat-excerpt', ['prose'], 'docs/postmortems/2026-11-db-lockout.md', (k) => {
    const g = k.g;
    return `# Incident 2026-11-12: application locked out of the database

## Chat excerpt (#inc-db-lockout)

> 14:02 **oncall-anna**: app pods crashlooping, "password authentication failed"
> 14:04 **dba-jorge**: someone ran the rotation job by hand, the db now has ${k.pw(k.raw.generatedPassword(g))}
> 14:05 **oncall-anna**: and the secret in k8s still has the old ${k.pw(k.raw.generatedPassword(g))}
> 14:07 **dba-jorge**: patching the secret now
> 14:12 **oncall-anna**: recovered

## Follow-ups

- ${k.n(ticket(g))}: the rotation job must update the Kubernetes secret atomically
- ${k.n(ticket(g))}: don't paste passwords in the incident channel (see above 🙈)

Trace of the first failing request: ${k.n(traceId(g))}.
`;
  }),

  doc('notion-page-api-keys-toggle', ['prose'], 'docs/notion/Integrations ab12.md', (k) => {
    const g = k.g;
    return `# Integrations

<details>
<summary>Analytics export (staging)</summary>

API key

${k.tok()}

Secret

${k.tok()}

</details>

<details>
<summary>Support widget</summary>

Widget id (public, goes into the HTML): ${k.n(g.alnum(20))}

Admin API token (private!): \`${k.tok()}\`

</details>

Last synced ${k.n('2026-11-01T10:22:00Z')} by ${k.n('@ops-bot')}.
`;
  }),

  doc('precision-password-policy-wiki', ['precision', 'prose'], 'docs/wiki/Password-Policy.md', (k) => {
    const g = k.g;
    return `# Password policy

## Rules

| Rule | Value |
|---|---|
| Minimum length | ${k.n('14')} |
| Maximum age | ${k.n('365 days')} |
| History | ${k.n('last 5 passwords')} |
| Lockout | ${k.n('10 failed attempts')} |
| Password hashing | ${k.n('argon2id')} |

## Storage

Passwords are stored as argon2id hashes, for example:

${F}
${k.n(k.raw.argon2(g))}
${F}

## Tokens

API tokens are shown once at creation. We store only their SHA-256 (\`${k.n(g.hex(64))}\`) and the first
8 characters as a prefix for display (\`${k.n('tok_' + g.alnum(4) + '…')}\`).

## FAQ

**Can IT see my password?** No. **What if I forget it?** Use "${k.n('Reset password')}".
`;
  }),

  doc('precision-code-review-discussion', ['precision', 'prose'], 'docs/reviews/auth-refactor-discussion.md', (k) => {
    const g = k.g;
    return `# Auth refactor — design discussion

**Nico:** I'd rename \`password\` to \`passwordHash\` in the User model, since it is one.

**Fatou:** Agreed. And \`token\` in the session table should be \`tokenDigest\`; we never store the raw token.

**Nico:** For the reset flow, the token is 32 random bytes, base64url-encoded, sent by mail, and we store
\`sha256(token)\`. The mail template has the placeholder \`${k.n('{{reset_token}}')}\`.

**Fatou:** The test uses \`${k.n("const token = 'test-reset-token'")}\` — fine.

**Nico:** The migration id is \`${k.n(g.digits(14) + '_rename_password_hash')}\`.

**Fatou:** LGTM. Ship in ${k.n(version(g))}.
`;
  }),

  doc('slack-standup-bot-summary', ['prose'], 'notes/standup-summary-export.md', (k) => {
    const g = k.g;
    return `## Standup summary — Thu

**Gabriel**: finished the LDAP sync; the bind account is \`svc-ldap-sync\` and its password ended up being ${k.pw(k.raw.generatedPassword(g))} (will move to vault today)
**Yasmin**: blocked on the SAP test system, waiting for a password reset (${k.n(ticket(g))})
**Yasmin** (later): reset done, SAP test password is ${k.pw(k.raw.humanPassword(g))}
**Olu**: reviewing ${k.n('PR #' + g.digits(4))}

Meeting: ${k.n(meetingId(g))}
`;
  }),

  doc('forum-french-nas-post', ['prose'], 'docs/forum/nas-synology-fr.md', (k) => {
    const g = k.g;
    return `**Sujet : Hyper Backup refuse le mot de passe de chiffrement**

**bricolo_77** a écrit :
Bonjour, je restaure une sauvegarde chiffrée. Le mot de passe que j'avais noté est ${k.pw(k.raw.passphrase(g))} mais
Hyper Backup dit qu'il est incorrect. J'ai aussi essayé ${k.pw(k.raw.humanPassword(g))} (celui du compte admin).

**expert_nas** a écrit :
Le mot de passe de chiffrement est sensible à la casse et les espaces comptent. Avez-vous la clé de
chiffrement (fichier .pem) ? Elle ressemble à « ${k.n('-----BEGIN PUBLIC KEY-----')} … » ? Non, ça c'est la clé publique.

**bricolo_77** a écrit :
Trouvé : c'était ${k.pw(lettersPassword(g))}, tout en minuscules. Merci !
Numéro de tâche : ${k.n(g.digits(5))}
`;
  }),
  doc('slack-channel-export-shared-creds-list', ['prose'], 'notes/slack-pinned-creds.txt', (k) => {
    const g = k.g;
    return `📌 Pinned by Carla Méndez

shared logins for the events team (please use the password manager, this is the fallback list):

eventbrite — events@acme.example — ${k.pw(k.raw.humanPassword(g))}
mailerlite — events@acme.example — ${k.pw(k.raw.humanPassword(g))}
canva — design@acme.example — ${k.pw(lettersPassword(g))}
zoom webinar — host key ${k.u(g.digits(6))} — pw ${k.pw(k.raw.generatedPassword(g))}
typeform — ${k.n('SSO via Google')}

last updated after the offboarding of ${k.n('@pablo')} (ticket ${k.n(ticket(g))})
`;
  }),

  doc('email-reply-inline-corrections', ['prose'], 'docs/mail/Re_ Zugang Testsystem.txt', (k) => {
    const g = k.g;
    return `Hallo Herr Yilmaz,

meine Antworten stehen unten im Text.

> 1. Wie lautet das Kennwort für das Testsystem?
${k.pw(k.raw.humanPassword(g))}

> 2. Und für den Datenbankzugriff?
Benutzer TESTDB, Kennwort ${k.pw(k.raw.generatedPassword(g))}

> 3. Gibt es einen API-Schlüssel für die Schnittstelle?
Ja: ${k.tok(g.hex(32))}

> 4. Ist die Auftragsnummer ${k.n(orderNo(g))} schon angelegt?
Ja.

Mit freundlichen Grüßen
Sabine Roth
`;
  }),

  doc('discord-bot-dev-channel-tokens', ['prose'], 'community/discord-bot-dev.txt', (k) => {
    const g = k.g;
    return `[bot-dev] zoe_codes: my bot can't read messages, it connects fine though
[bot-dev] zoe_codes: client.login("${k.prov('discordBot', 'Discord')}")
[bot-dev] mx_helper: enable the message content intent. and reset that token, you just posted it
[bot-dev] zoe_codes: done. webhook for the logs channel is https://discord.com/api/webhooks/${k.prov('discordWebhookPath', 'Discord webhook')}
[bot-dev] mx_helper: ...also that one 🙃
[bot-dev] zoe_codes: ok ok. application id is ${k.n(g.digits(18))}, that's public right?
[bot-dev] mx_helper: yes, the application id and public key (${k.n(g.hex(64))}) are fine
`;
  }),

  doc('jira-comment-portuguese-keys', ['prose'], 'notes/jira/PAG-332.txt', (k) => {
    const g = k.g;
    return `PAG-332 — Integração com o gateway de pagamentos (homologação)

Comentário de Bruno Alves:
Credenciais de homologação que o fornecedor mandou por e-mail:

Merchant ID: ${k.n(g.digits(10))}
Merchant Key: ${k.tok(g.alnum(40))}
Senha do portal: ${k.pw(k.raw.humanPassword(g))}

Comentário de Juliana Prado:
A chave de produção vai ficar no cofre. A de homologação expira em 30 dias; a nova será ${k.n('enviada pelo fornecedor')}.

Comentário de Bruno Alves:
Fornecedor trocou a senha do portal, agora é ${k.pw(k.raw.humanPassword(g))}. Commit da config: ${k.n(shortSha(g))}
`;
  }),

  doc('wiki-kv-definition-list', ['prose'], 'docs/wiki/Monitoring-Accounts.md', (k) => {
    const g = k.g;
    return `# Monitoring accounts

Zabbix frontend
: user \`Admin\`
: password \`${k.pw(k.raw.humanPassword(g))}\`

Prometheus basic auth (federation)
: user \`federate\`
: password \`${k.pw(k.raw.generatedPassword(g))}\`

Alertmanager webhook token
: \`${k.tok()}\`

Uptime checker API
: key ${k.tok()}
: account id ${k.n(g.digits(7))} (not secret)

Dashboard uid examples: ${k.n(g.alnum(9))}, ${k.n(g.alnum(9))}
`;
  }),

  doc('chat-korean-english-mixed-rotations', ['prose'], 'docs/chat/slack-kr-ops.txt', (k) => {
    const g = k.g;
    return `[오후 2:01] 정우: jenkins admin 비번 rotate 했습니다 → ${k.pw(k.raw.generatedPassword(g))}
[오후 2:02] 수진: nexus도요?
[오후 2:03] 정우: nexus는 ${k.pw(k.raw.humanPassword(g))} 로 바꿨어요
[오후 2:04] 수진: sonar token도 새로 발급 부탁드려요
[오후 2:06] 정우: ${k.tok('squ_' + g.hex(40))}
[오후 2:07] 수진: 감사합니다. 빌드 번호 ${k.n(g.digits(4))}
`;
  }),
  doc('teams-chat-spanish-rotations', ['prose'], 'docs/chat/teams-soporte-es.txt', (k) => {
    const g = k.g;
    return `[9:02] Marta Gil: ¿alguien sabe la contraseña del portal del proveedor de nóminas?
[9:05] Sergio Peña: la cambié ayer, ahora es ${k.pw(k.raw.humanPassword(g))}
[9:06] Marta Gil: gracias. ¿y la del usuario de consulta?
[9:06] Sergio Peña: ${k.pw(lettersPassword(g))}
[9:07] Sergio Peña: (sí, sin números, el portal es viejo)
[9:20] Marta Gil: el certificado digital pide una clave también
[9:21] Sergio Peña: prueba con ${k.pw(k.raw.generatedPassword(g))}
[9:22] Marta Gil: funcionó ✅ número de expediente ${k.n(g.digits(8) + '-' + g.upper(1))}
`;
  }),

  doc('runbook-plain-text-sentences', ['prose'], 'docs/runbooks/legacy-erp.txt', (k) => {
    const g = k.g;
    return `LEGACY ERP — OPERATOR NOTES

To restart the batch scheduler, log in to the AIX box as erpadm. The password for erpadm is ${k.pw(k.raw.humanPassword(g))}
and it must not be changed without telling the vendor.

The Informix database user is informix, password ${k.pw(k.raw.generatedPassword(g))}.

The vendor's remote support account (vendsup) is normally locked. To unlock it, set its password to
${k.pw(k.raw.generatedPassword(g))} and lock it again afterwards.

Job numbers look like ${k.n('J' + g.digits(7))}. The licence key ${k.n(g.upper(4) + '-' + g.upper(4) + '-' + g.upper(4))} is printed on the invoice.
`;
  }),
  doc('github-issue-german-smtp', ['prose'], 'docs/issues/issue-de-smtp.md', (k) => {
    const g = k.g;
    return `### SMTP-Versand schlägt fehl: 535 Authentication failed

Seit dem Update auf ${k.n(version(g))} kommen keine Mails mehr an. In der Konfiguration steht:

- Server: ${k.n('smtp.mailbox.example')}
- Benutzer: noreply@verein.example
- Passwort: ${k.pw(k.raw.humanPassword(g))}

Mit Thunderbird und demselben Passwort klappt es.

**Antwort (Maintainer):** Das Passwort enthält vermutlich ein Zeichen, das in der .env nicht escaped ist. Bitte auch sofort ändern, das Issue ist öffentlich.

**Antwort:** Geändert auf ${k.pw(k.raw.generatedPassword(g))}, jetzt mit Anführungszeichen in der .env, läuft. Danke!
App-Passwort für Gmail als Fallback: ${k.pw(g.lower(4) + ' ' + g.lower(4) + ' ' + g.lower(4) + ' ' + g.lower(4))}
`;
  }),
];
