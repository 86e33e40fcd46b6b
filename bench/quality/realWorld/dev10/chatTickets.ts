// rw-dev10 chat part: support tickets and issue threads (Jira, GitHub, GitLab, Zendesk, ServiceNow, Freshdesk,
// Redmine, OTRS) where a customer or an engineer pastes a credential while reporting or fixing something.
import { F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { cdoc } from './chatKit';

export const CHAT_TICKET_DOCS: RealWorldDoc[] = [
  cdoc(
    'chat-jira-comment-sftp',
    ['prose'],
    'exports/jira/OPS-4821.txt',
    (c) => `OPS-4821: SFTP upload from partner fails since Monday
Status: In Progress   Priority: High   Reporter: Evelyn Marsh   Assignee: Daniel Frey

Description:
Partner reports "Permission denied (publickey,password)". They use the account {{partner_acme}}.

Comments:
Daniel Frey - 04/Nov/26 10:22 AM
Reset the password for partner_acme to {{${c.pw()}}} and sent it via the secure link. Please confirm with partner.

Evelyn Marsh - 04/Nov/26 11:05 AM
Partner says the link expired. Can you give it to me, I'll call them.

Daniel Frey - 04/Nov/26 11:30 AM
Same as above. If it doesn't work try the old one ${c.n('(rotated, see OPS-4790)')}.
{noformat}
sftp -oPort=2222 partner_acme@sftp.example.net
Connected to sftp.example.net. Server version ${c.ver()}
{noformat}

Evelyn Marsh - 05/Nov/26 09:01 AM
Works now, closing.
`,
  ),
  cdoc(
    'chat-jira-code-macro-token',
    ['prose'],
    'exports/jira/PLAT-2290.txt',
    (c) => `PLAT-2290 — Metrics exporter returns 403 after rotation

h3. Steps to reproduce
# Deploy exporter ${c.ver()}
# Call the ingest API with the new key
{code:bash}
curl -s https://ingest.metrics.example.io/v2/series -H "X-Api-Key: ${c.tok()}" -d @payload.json
{code}
# Observe 403

h3. Notes
The key was rotated in ${c.tkt()}. Old key {{${c.mask()}}} is revoked. Commit with the config change: ${c.sha()}.

*Comment by Ravi Menon:*
the new one needs the org header as well, org id is ${c.n(c.k.g.digits(7))} (public).
also the secondary key for failover is ${c.tok()} — added to the vault as well.
`,
  ),
  cdoc(
    'chat-github-issue-leak',
    ['prose'],
    'exports/github/issues/1834.md',
    (c) => `### Bug: webhook delivery fails with 401

**Version:** ${c.ver()}
**OS:** Ubuntu 24.04

My config:

${F}yaml
webhook:
  url: https://ci.example.org/hooks/deploy
  secret: ${c.tok()}
  retries: 3
${F}

Logs:

${F}
2026-11-02T10:11:09Z ERROR delivery ${c.rid()} failed status=401
${F}

---

**maintainer-bot** commented:
> ⚠️ It looks like you posted a secret in this issue. Please rotate it.

**jlee** commented:
oops. rotated, new one is in the server env now. for reference the old admin password I also had in there was ${c.hpw()}, also changed.
`,
  ),
  cdoc(
    'chat-gitlab-issue-de',
    ['prose'],
    'exports/gitlab/issues/77.md',
    (c) => `## Login in die Testumgebung schlägt fehl

Hallo zusammen,

seit dem Update auf ${c.ver()} komme ich nicht mehr in die Testumgebung.

Zugangsdaten (nur Test!):
- Benutzer: \`qa-tester-02\`
- Kennwort: \`${c.pw()}\`

Fehlermeldung: \`Ungültige Anmeldedaten (Fehlercode ${c.n('E-' + c.k.g.digits(4))})\`

/cc @mwagner

---
**Martin Wagner** hat kommentiert:
Das Kennwort wurde beim Reset überschrieben. Neues Kennwort: ${c.hpw()} – bitte nach dem Login ändern.
API-Schlüssel für die Test-API ist unverändert: ${c.tok()}
`,
  ),
  cdoc(
    'chat-zendesk-customer',
    ['prose'],
    'exports/zendesk/ticket-558213.txt',
    (c) => `Ticket #558213 — Cannot connect POS terminal to cloud
Requester: store-042@retail-example.com

Customer (Oct 30, 14:12):
Hi, our terminal says "auth error". Our store login is store042 and password ${c.hpw()}. The terminal serial is ${c.n('PX-' + c.k.g.upper(3) + c.k.g.digits(6))}.

Agent Bianca (Oct 30, 14:40):
Hi! Please never share your password with us — we will never ask for it. I've triggered a reset, you'll get a link.
(Internal note) customer pasted pw, flagged for reset. Merchant API key on file: ${c.mask()}

Customer (Oct 30, 15:02):
Ok reset done, new one ${c.hpw()}. still not working

Agent Bianca (Oct 30, 15:30):
Please don't send it again 🙂 The issue was the terminal token, we issued a new pairing code: ${c.pin()}.
`,
  ),
  cdoc(
    'chat-servicenow-incident',
    ['prose'],
    'exports/servicenow/INC0091234.txt',
    (c) => `Number: INC0091234
Short description: Service account locked - svc_reporting
Caller: Hendrik Bakker
Assignment group: IAM-L2

Work notes:
2026-10-28 08:10:44 - Hendrik Bakker
Account svc_reporting is locked, the nightly report failed. Current password in the job config is ${c.gpw()}.

2026-10-28 09:02:17 - Nadia Haddad (IAM-L2)
Unlocked and reset. New password: ${c.gpw(20)}
Please update the job within 2h, otherwise it locks again (policy: 5 attempts).

Additional comments:
2026-10-28 09:15:03 - Hendrik Bakker
Updated. Change request CHG00${c.n(c.k.g.digits(5))} raised for the rotation.
`,
  ),
  cdoc(
    'chat-freshdesk-fr',
    ['prose'],
    'exports/freshdesk/ticket-20931.txt',
    (c) => `Ticket #20931 : Accès FTP pour le prestataire
De : Sophie Laurent
Bonjour,
Pouvez-vous créer un accès FTP pour notre prestataire ? Merci.

Réponse de l'agent (Mathieu) :
Bonjour Sophie,
L'accès est créé :
  hôte : ftp.exemple.fr
  identifiant : presta-web
  mot de passe : ${c.pw()}
Le mot de passe expire dans 90 jours. Référence : ${c.tkt()}
Cordialement,
Mathieu

Réponse de Sophie :
Merci ! Le prestataire demande aussi le jeton d'API pour le CMS.

Réponse de l'agent (Mathieu) :
Le jeton : ${c.tok()}
(à ne pas confondre avec l'identifiant du site : ${c.rid()}, qui est public)
`,
  ),
  cdoc(
    'chat-redmine-es',
    ['prose'],
    'exports/redmine/issue-3310.textile',
    (c) => `h2. #3310 Error de conexión con el servidor de correo

*Autor:* Pablo Ortega
*Estado:* Resuelta

El servidor SMTP rechaza la autenticación desde el ${c.n('2026-10-15')}.

Configuración actual:
<pre>
smtp_host: mail.ejemplo.es
smtp_user: notificaciones@ejemplo.es
smtp_pass: ${c.pw()}
</pre>

h3. Nota de Elena Ruiz

La contraseña caducó. La nueva contraseña es @${c.hpw()}@ y ya está en el servidor.
El hash en la base de datos (${c.n('$2y$10$' + c.k.g.base64(53).replace(/[+]/g, '.'))}) ya coincide.
`,
  ),
  cdoc(
    'chat-otrs-pl',
    ['prose'],
    'exports/otrs/ticket-2026110410000123.txt',
    (c) => `Zgłoszenie#2026110410000123 — Brak dostępu do panelu hostingu
Od: Tomasz Nowak

Dzień dobry,
nie mogę zalogować się do panelu. Login: tnowak, hasło to ${c.hpw()}. Co jest nie tak?

Odpowiedź (Agnieszka, dział IT):
Panie Tomaszu, hasło wygasło. Nowe hasło tymczasowe: ${c.gpw(12)}
Proszę je zmienić po pierwszym logowaniu.
Klucz API do panelu (dla skryptu backupu): ${c.tok()}
Numer sprawy: ${c.tkt()}
`,
  ),
  cdoc(
    'chat-jira-table-accounts',
    ['prose'],
    'exports/jira/QA-118.txt',
    (c) => `QA-118 Test accounts for regression run ${c.ver()}

||Role||User||Password||Notes||
|admin|qa-admin@example.test|${c.gpw(14)}|full access|
|editor|qa-editor@example.test|${c.hpw()}| |
|viewer|qa-viewer@example.test|${c.lpw()}|read only|
|locked|qa-locked@example.test|${c.n('n/a')}|locked on purpose|
|sso|qa-sso@example.test|${c.n('(SSO, no password)')}|via Okta|

API token for the test runner: ${c.tok()}
Build: ${c.n('#' + c.k.g.digits(5))}, commit ${c.sha(true)}
`,
  ),
  cdoc(
    'chat-github-pr-review-comments',
    ['prose'],
    'exports/github/pulls/912-review.md',
    (c) => `**reviewer: @anaya** on \`config/settings.py\` line 42

> \`\`\`python
> SECRET_KEY = "${c.tok(c.k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50))}"
> \`\`\`

Please don't commit the real key, read it from the env.

**author: @mfischer**
Ah right, this is the staging one. Moved to env in ${c.sha(true)}.

**reviewer: @anaya** on \`tests/conftest.py\` line 8

> \`\`\`python
> TEST_USER_PASSWORD = "${c.u('test1234')}"
> \`\`\`

This one is fine, it's a fixture.

**reviewer: @anaya** on \`deploy/values.yaml\` line 17

> \`\`\`yaml
> redisPassword: ${c.pw()}
> \`\`\`

this also looks real?
`,
  ),
  cdoc(
    'chat-linear-issue-it',
    ['prose'],
    'exports/linear/ENG-742.md',
    (c) => `# ENG-742 Il webhook di Slack non invia le notifiche

**Segnalato da:** Giulia Romano

Ho configurato il webhook nell'app ma non arriva nulla. URL: ${c.prov('slack-webhook', 'Slack webhook')}

**Commento di Marco Bianchi:**
Il webhook è giusto. Il problema è il token del bot: quello in produzione è ${c.prov('slack-bot', 'Slack bot token')}, mentre in staging c'è ancora ${c.mask()}.
La password dell'utente di servizio per il CRM è ${c.pw()}, te la metto qui solo per oggi.

**Commento di Giulia Romano:**
Funziona! Grazie. Release ${c.ver()}.
`,
  ),
  cdoc(
    'chat-github-discussion-tr',
    ['prose'],
    'exports/github/discussions/55.md',
    (c) => `### Kurulum sırasında veritabanı bağlantı hatası

Merhaba, kurulumda şu hatayı alıyorum:

${F}
Error: password authentication failed for user "app"
${F}

\`.env\` dosyam:

${F}
DB_HOST=127.0.0.1
DB_USER=app
DB_PASS=${c.pw()}
JWT_SECRET=${c.tok()}
${F}

**Cevap (emre-k):**
DB_PASS değeri tırnak içinde olmalı çünkü içinde özel karakter var. Benim şifrem de ${c.hpw()} ve tırnaksız çalışmıyordu.
`,
  ),
  cdoc(
    'chat-helpdesk-nl',
    ['prose'],
    'exports/topdesk/melding-M2611-044.txt',
    (c) => `Melding M2611 044 — Wachtwoord vergeten voor gedeelde mailbox
Aanmelder: Sanne de Vries

Behandelaar (Joost):
Hoi Sanne, het wachtwoord van de gedeelde mailbox info@ is gereset.
Nieuw wachtwoord: ${c.pw()}
Het oude wachtwoord (${c.n('********')}) werkt niet meer.

Sanne:
Dank je! En de pincode van de printer op de 2e verdieping?

Joost:
Die is ${c.pin()}. Versie van de printerdriver: ${c.ver()}.
`,
  ),
  cdoc(
    'chat-jira-negatives',
    ['precision'],
    'exports/jira/SEC-301.txt',
    (c) => `SEC-301 Rotate all CI secrets after the runner compromise

Scope:
* GitHub PAT used by the release job (old: ${c.n('ghp_' + '*'.repeat(36))})
* npm publish token (old: ${c.mask()})
* Docker Hub password for the \`ciuser\` account (old: ${c.ph()})

Done:
* PAT rotated, stored as \`${c.n('${{ secrets.RELEASE_PAT }}')}\`
* npm token stored as \`${c.n('NPM_TOKEN')}\` in the org secrets
* Docker Hub password stored in vault path ${c.n('kv/ci/dockerhub')}

Evidence: workflow run ${c.n(c.k.g.digits(11))}, commit ${c.sha()}, image digest ${c.n('sha256:' + c.k.g.hex(64))}.
Audit log request id ${c.rid()}.
`,
  ),
];
