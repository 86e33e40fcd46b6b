// rw-dev9 prose: tickets (Jira, GitHub issues, ServiceNow, Zendesk, GitLab) where people paste the credential into
// the description, a comment or a "steps to reproduce" list, next to ticket numbers, versions and request ids.
import type { RealWorldDoc } from '../types';
import { F, pdoc } from './proseValues';

export const PROSE_TICKET_DOCS: RealWorldDoc[] = [
  pdoc(
    'jira-qa-test-accounts',
    ['prose', 'precision'],
    'exports/jira/QA-4821.txt',
    (x) => `QA-4821: Checkout fails for B2B customers with net-30 terms
Status: In Progress   Priority: High   Fix Version/s: ${x.neg.version()}

Description
Steps to reproduce:
# Log in as b2b.buyer@test.acme.example (pw: ${x.hum()})
# Add any SKU to cart, choose "Invoice (net 30)"
# Click "Place order" -> 500, correlation id ${x.neg.reqId()}

Second account for approvals: b2b.approver@test.acme.example / ${x.hum()}
Admin backend: https://admin.staging.acme.example, login qa-admin, password ${x.gen()}

JDBC url in the test config: jdbc:mysql://qa-db:3306/shop?user=qa&password=${x.cs()}
Environment: staging, build ${x.neg.sha()}

Comments
Lena Vogt: Reproduced. The approver account password was reset by the nightly job, it's now ${x.hum()}
Mateo Ruiz: Please stop putting passwords in Jira, use the QA vault (${x.n('vault://qa/b2b-accounts')}).
`,
  ),
  pdoc(
    'github-issue-self-hosted-smtp',
    ['prose', 'http-auth'],
    'exports/github/issue-1377.md',
    (x) => `### Emails not sent after upgrade to ${x.neg.version()}

**Describe the bug**
After upgrading, password reset emails are not sent. Logs show \`535 5.7.8 Authentication failed\` (queue id ${x.n(x.g.hex(10).toUpperCase())}).

**My config** (env):

- SMTP_HOST=smtp.mailgun.org
- SMTP_USER=postmaster@mg.myshop.example
- SMTP_PASS=${x.gen()}
- SMTP_PORT=587

I also tried the API instead, key ${x.prov('mailgun', 'Mailgun API key')} same error.

**Expected behavior**
Emails get sent.

---

**maintainer-bot** commented:
> ⚠️ It looks like this issue contains a secret. Please rotate it.

**reporter** commented:
Oops, rotated. FWIW curl with \`-H "Authorization: Basic ${x.basic('api')}"\` works fine, so the key was OK.
`,
  ),
  pdoc(
    'servicenow-inc-printer-scan',
    ['prose'],
    'exports/servicenow/INC0081234.txt',
    (x) => `Number: INC${x.n(x.g.digits(7))}
Caller: Marek Nowak
Short description: Scan-to-email on 3rd floor MFP stopped working
Assignment group: EUC Field Services

Work notes (internal):
2026-02-03 10:12 - T. Weber
Checked device web UI (http://${x.neg.ip()}), admin password is still the one from the label: ${x.u('1234')}
SMTP auth on the device uses scanner@corp.example with password ${x.hum()} - this account got locked after the
AD password policy change. Unlocked and reset to ${x.hum()}, updated on device. Test scan OK.

2026-02-03 10:40 - T. Weber
Also changed the SMB folder share account "svc_scan" -> new pw ${x.gen()} (documented in CMDB CI ${x.n('CI' + x.g.digits(7))})

Resolution code: Solved (Permanently)
`,
  ),
  pdoc(
    'zendesk-customer-shares-login',
    ['prose', 'precision'],
    'exports/zendesk/ticket-88213.md',
    (x) => `**Ticket #${x.n(x.g.digits(6))}** — Can't access dashboard
**Requester:** Sofia (sofia@bakery-lisboa.example)

> Hi, I can't log in anymore. My username is sofia.lisboa and my password is ${x.hum()}
> I also tried my old one ${x.hum()}. Please help, we have orders waiting!!

**Agent (Kenji):**
Hi Sofia, please never send your password by email — I've triggered a password reset link to your address.
For reference, your account id is ${x.n('acct_' + x.g.alnum(14))}.

> Thanks. The reset email says code ${x.n(x.g.digits(6))}, it says valid for 10 minutes?

**Agent (Kenji):**
That's the one-time code, enter it on the page and choose a new password. Do not share it with us.
`,
  ),
  pdoc(
    'gitlab-issue-ci-runner',
    ['prose'],
    'exports/gitlab/infra-issue-212.md',
    (x) => `## Runner registration broken on build-07

The runner on build-07 lost its config after the disk swap. Registration token we used back then
(project-level, before the new workflow): ${x.prov('gitlabRunner', 'GitLab runner token')}

Needs the deploy key too; the deploy token for the registry is

    username: gitlab+deploy-token-${x.n(x.g.digits(4))}
    token: ${x.prov('gitlab', 'GitLab token')}

/label ~infra ~"priority::2"
/assign @marek
Runner id ${x.n('#' + x.g.digits(5))}, system id ${x.n('s_' + x.g.hex(12))}
Related: ${x.neg.ticket()}, pipeline #${x.n(x.g.digits(7))}
`,
  ),
  pdoc(
    'jira-migration-service-accounts',
    ['prose', 'precision'],
    'exports/jira/MIG-77.md',
    (x) => `h2. Service accounts to migrate

||Account||System||Password||Owner||
|svc_etl|Informatica|${x.gen()}|Data team|
|svc_backup|Veeam|${x.gen()}|Infra|
|svc_print|PaperCut|${x.hum()}|EUC|
|svc_monitor|PRTG|${x.n('see KeePass')}|NOC|
|svc_sap_rfc|SAP PI|${x.gen()}|SAP Basis|

Please confirm each password after migration by logging in once. Do not reply with the new passwords.

Change record: ${x.neg.ticket()} / CAB approved ${x.n('2026-03-02')}
`,
  ),
  pdoc(
    'github-issue-docker-compose-help',
    ['prose'],
    'exports/github/discussion-902.md',
    (x) => `**Q: postgres container keeps restarting**

My compose file:

${F}yaml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${x.hum()}
  app:
    image: ghcr.io/someorg/app:${x.neg.version()}
    environment:
      DATABASE_URL: postgres://app:${x.cs()}@db:5432/app
      SECRET_KEY_BASE: ${x.s('token', x.g.hex(128))}
${F}

Logs say \`FATAL: password authentication failed for user "app"\`.

**A (accepted):** your app user isn't created — POSTGRES_PASSWORD only sets the \`postgres\` superuser's password. Either
use \`postgres://postgres:...\` or add an init script. Also, you've posted your secrets; change them.
`,
  ),
  pdoc(
    'servicenow-ritm-new-starter',
    ['prose'],
    'exports/servicenow/RITM0044120.txt',
    (x) => `Requested item: New starter - IT equipment & accounts
RITM${x.n(x.g.digits(7))} / REQ${x.n(x.g.digits(7))}

Employee: Priya Nair, start date 2026-04-01, Finance

Task notes:
- AD account created: pnair, initial password ${x.hum()} (must change at logon)
- Email + Teams licensed
- SAP GUI user PNAIR, initial pw ${x.gen()}
- Desk phone ext 5521, voicemail PIN ${x.pin(4)}
- Expense tool API token (for the finance bot): ${x.tok()}
- Building badge ${x.n('#' + x.g.digits(6))}
Closed complete.
`,
  ),
  pdoc(
    'jira-bug-jwt-expired',
    ['prose', 'http-auth', 'precision'],
    'exports/jira/API-3310.md',
    (x) => `*API-3310* Tokens issued by /oauth/token expire after 5 minutes instead of 24h

Repro:
{code}
curl -s https://api.staging.example/v2/me -H 'Authorization: Bearer ${x.jwt()}'
{code}
returns 401 with {{"error":"token_expired"}} although the token was created 2 minutes before.

Client used: client_id {{${x.n(x.g.uuid())}}}, client secret ${x.tok()}
Version of auth-service: ${x.neg.version()}, commit ${x.neg.sha()}

_Comment by QA:_ Also happens with the refresh token ${x.s('http-auth', x.g.base64url(43))}
`,
  ),
  pdoc(
    'github-pr-review-comment',
    ['prose', 'precision'],
    'exports/github/pr-5521-review.md',
    (x) => `**reviewer** commented on \`config/settings.py\` line 14:

> \`\`\`
> SECRET_KEY = "${x.s('token', x.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50))}"
> \`\`\`

This must not be committed, please read it from \`os.environ["DJANGO_SECRET_KEY"]\`.

**author** replied:
fixed in ${x.neg.sha()}. The key above was only used locally, but I rotated the staging one anyway
(old staging key ended in ...${x.n(x.g.alnum(4))}).

**reviewer** commented:
👍 also the fixture \`users.json\` has \`"password": "${x.n(`pbkdf2_sha256$870000$${x.g.alnum(22)}$${x.g.base64(43)}=`)}"\` — that's a hash, fine.
`,
  ),
  pdoc(
    'zendesk-internal-note-wifi-venue',
    ['prose'],
    'exports/zendesk/ticket-90117-internal.md',
    (x) => `Internal note — Event "Spring Partner Summit"

Venue WiFi: SSID "Hotel-Conference-B", code ${x.let()}
Streaming laptop login: av-tech / ${x.hum()}
Zoom host key for the main room: ${x.pin(6)}
Slido API token for the Q&A wall: ${x.tok()}
Webinar registration link id ${x.n(x.g.digits(11))} (public, fine to share)
`,
  ),
  pdoc(
    'jira-sd-password-spelled-out',
    ['prose'],
    'exports/jira/SD-1920.txt',
    (x) => `SD-1920 — Locked out of the CAD license server

Comment from caller (phone transcript):
"my password should be ${x.hum()}, or maybe with an exclamation mark at the end, I changed it on Monday"

Agent: unlocked account. Caller's new temp password set to ${x.gen()}, told over phone.
Linked: ${x.neg.ticket()}
`,
  ),
];
