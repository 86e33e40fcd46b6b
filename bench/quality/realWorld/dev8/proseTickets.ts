// rw-dev8 prose: tickets (Jira, GitHub/GitLab issues, ServiceNow), StackOverflow-style questions with pasted config,
// commit messages and changelogs.
import type { RealWorldDoc } from '../types';
import { F, pd } from './proseValues';

export const PROSE_TICKET_DOCS: RealWorldDoc[] = [
  pd(
    'jira-access-request-done',
    ['prose'],
    'tickets/jira-HELP-access.txt',
    (k) => `${k.tkt('HELP')}: Access to reporting DB for new analyst
Status: Resolved    Priority: Medium    Created: ${k.date()}

Description:
Please create a read-only login for Fatima (analytics), she starts Monday.

Comment (Gareth, ${k.date()} ${k.time()}):
Created user fatima_ro on rpt-db-01. Initial password is ${k.hpw()} — she should change it with ALTER USER on first use.

Comment (Fatima, ${k.date()} ${k.time()}):
Thanks, changed it. Works.
`,
  ),

  pd(
    'jira-bug-with-config-paste',
    ['prose', 'config-syntax'],
    'tickets/jira-PAY-bug.txt',
    (k) => `${k.tkt('PAY')} Payment callback fails with 401 after upgrade to ${k.ver()}

Steps to reproduce:
1. Deploy branch release/${k.ver()}
2. Trigger a test payment

Our config (staging):
{code}
payments:
  merchant_id: ${k.n('M' + k.g.digits(8))}
  api_secret: ${k.tok(k.g.hex(40))}
  webhook_signing_key: ${k.tok(k.g.base64url(40))}
{code}

Expected: 200. Actual: 401, trace ${k.reqId()}.
`,
  ),

  pd(
    'github-issue-default-login',
    ['prose'],
    'issues/github-issue-412.md',
    (k) => `### Can't log in after fresh install

**Version:** ${k.ver()}
**OS:** Ubuntu 22.04

I installed with docker compose and the README says the default login is admin / ${k.u('admin')} but that gives "invalid credentials".
I also tried the one from the .env.example (${k.ph()}).

In the container logs I see:
${F}
[init] generated initial admin password: ${k.gen()}
[init] store it now, it will not be shown again
${F}

Is that the password I should use? Seems weird it isn't documented.

---
**maintainer** commented:
Yes, since ${k.ver()} the first start prints a random one. We'll fix the README.
`,
  ),

  pd(
    'github-issue-masked-only',
    ['prose', 'precision'],
    'issues/github-issue-877.md',
    (k) => `### Connection refused with SSL

My DSN is \`postgres://app:${k.n('*****')}@db:5432/app?sslmode=require\` (password removed).
Hash of the cert: ${k.sha256()}
Commit where it started: ${k.sha()}

The password itself is fine (tested with psql). Setting PGPASSWORD=${k.ph()} in the env doesn't change anything.
`,
  ),

  pd(
    'stackoverflow-spring-datasource',
    ['prose', 'config-syntax'],
    'questions/so-spring-datasource.md',
    (k) => `# Spring Boot can't connect to MySQL: Access denied for user 'root'@'172.18.0.3'

I've been stuck on this for two days. My application.properties:

${F}properties
spring.datasource.url=jdbc:mysql://db:3306/shop
spring.datasource.username=root
spring.datasource.password=${k.hpw()}
spring.jpa.hibernate.ddl-auto=update
${F}

and docker-compose:

${F}yaml
  db:
    image: mysql:8
    environment:
      MYSQL_ROOT_PASSWORD: ${k.hpw()}
${F}

Edit: yes I know the passwords are different, that was the problem. Thanks @user${k.num(6)}!
`,
  ),

  pd(
    'stackoverflow-curl-token',
    ['prose', 'http-auth'],
    'questions/so-curl-401.md',
    (k) => `# Why does curl return 401 even with the token?

${F}
curl -H "Authorization: Bearer ${k.jwt()}" https://api.example.com/v2/orders
${F}

Response: \`{"error":"invalid_token","request_id":"${k.reqId()}"}\`

I generated the token with the client secret ${k.tok(k.g.alnum(40))} from the dashboard. What am I missing?

> **Answer:** your token has expired (exp is in the past). Also, rotate that client secret — it's in this question now.
`,
  ),

  pd(
    'commit-message-oops',
    ['prose'],
    'history/git-log-excerpt.txt',
    (k) => `commit ${k.n(k.g.hex(40))}
Author: Tom Baker <tom@example.org>
Date:   ${k.date()}

    Fix login on staging

    Reset the staging admin to ${k.hpw()} so QA can continue; will rotate
    after the release (${k.tkt('QA')}).

commit ${k.n(k.g.hex(40))}
Author: Lisa Ng <lisa@example.org>
Date:   ${k.date()}

    Remove hardcoded key, read API_KEY from env instead
`,
  ),

  pd(
    'changelog-default-creds',
    ['prose'],
    'CHANGELOG.md',
    (k) => `# Changelog

## [${k.ver()}] - ${k.date()}
### Changed
- The demo image no longer ships with the password \`${k.u('demo')}\`; a random password is printed at first start.
- Passwords must now be at least 12 characters.

## [${k.ver()}] - ${k.date()}
### Fixed
- Login with passwords containing \`%\` (thanks @rkim). Example that failed: \`${k.pw(k.g.alnum(8) + '%' + k.g.alnum(4))}\`.
- Integrity of the release tarball: sha256 ${k.sha256()}
`,
  ),

  pd(
    'servicenow-incident-notes',
    ['prose'],
    'tickets/servicenow-INC.txt',
    (k) => `Incident ${k.n('INC' + k.g.digits(7))} — User cannot access shared mailbox
Caller: Hoffmann, Jana     Assignment group: Service Desk L1

Work notes (${k.date()} ${k.time()}):
Called user. Reset AD password to temporary value ${k.hpw()} with "must change at next logon".

Additional comments (customer visible):
Your password has been reset. You will be asked to choose a new one. Please never share your password with anyone, including the Service Desk.

Resolution code: Solved (Work Around)
`,
  ),

  pd(
    'gitlab-issue-ci-variable',
    ['prose'],
    'issues/gitlab-issue-93.md',
    (k) => `## CI job \`deploy:prod\` fails: "authentication required"

The variable \`REGISTRY_PASSWORD\` is set in Settings → CI/CD → Variables (masked, protected).
The job log shows \`${k.ph()}\` which is expected.

I tried logging in by hand with the deploy token:

    docker login registry.example.com -u gitlab+deploy-token-${k.num(3)} -p ${k.tok(k.g.alnum(20))}

and that works, so the token is fine. Pipeline ${k.num(7)}.
`,
  ),

  pd(
    'jira-comment-reply-chain',
    ['prose'],
    'tickets/jira-DATA-sftp.txt',
    (k) => `${k.tkt('DATA')} SFTP credentials for partner upload

Comment (Carla, ${k.date()}):
Partner asks for the SFTP password again, they lost the email.

Comment (Ivan, ${k.date()}):
Sent via the secure link, not pasting it here.

Comment (Carla, ${k.date()}):
The link expired. Can you just put it here, this project is restricted anyway

Comment (Ivan, ${k.date()}):
fine: ${k.gen()}
user stays partner_upload. I'll rotate next quarter.
`,
  ),

  pd(
    'so-question-python-smtp',
    ['prose', 'code'],
    'questions/so-python-smtp.md',
    (k) => `# smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted')

${F}python
import smtplib
server = smtplib.SMTP("smtp.gmail.com", 587)
server.starttls()
server.login("myshop.orders@gmail.com", "${k.s('password', k.g.lower(16))}")
${F}

I used the 16-letter app password from Google, not my normal one. The normal one (${k.hpw()}) also fails.
`,
  ),

  pd(
    'github-pr-description',
    ['prose'],
    'issues/github-pr-1203.md',
    (k) => `## Add seed data for local development

This PR adds \`scripts/seed.ts\` which creates:

| user | password | role |
|---|---|---|
| alice | ${k.u('alice')} | admin |
| bob | ${k.hpw()} | editor |
| ci-bot | ${k.gen()} | api |

The ci-bot password is also what staging uses right now, so please don't merge until ${k.tkt('SEC')} is done.
Closes #${k.num(4)}.
`,
  ),

  pd(
    'jira-negatives-policy',
    ['prose', 'precision'],
    'tickets/jira-SEC-policy.txt',
    (k) => `${k.tkt('SEC')} Password policy update

The new policy requires: minimum length 14, at least one symbol, no reuse of the last 10 passwords.
Examples of rejected patterns: "${k.n('Password1!')}", "${k.n('Company2024')}", keyboard walks.
Hashing: argon2id; existing bcrypt hashes such as ${k.bcrypt()} are rehashed at next login.
Service passwords are stored in ${k.n('Vault')} only; ask the security team (@sec-oncall) for access.
`,
  ),

  pd(
    'commit-revert-secret',
    ['prose'],
    'history/commit-msgs.txt',
    (k) => `${k.sha()} Revert "add staging creds to README"
${k.sha()} add staging creds to README (user qa / pass ${k.hpw()})
${k.sha()} bump lodash to ${k.ver()}
${k.sha()} docs: mention that the API key (e.g. ${k.tok(k.g.hex(32))}) goes in .env
${k.sha()} chore: release ${k.ver()}
`,
  ),

  pd(
    'zendesk-support-reply',
    ['prose'],
    'tickets/zendesk-reply.txt',
    (k) => `Hi Martin,

Thanks for reaching out. I've created the integration user for you:

  Username: integration@acme-corp
  Password: ${k.gen()}
  API token: ${k.tok(k.g.alnum(40))}

Please store these somewhere safe. For security reasons we will never ask you for your password by email.

Best regards,
Eve — Support Team
Ticket #${k.num(6)}
`,
  ),

  pd(
    'so-question-redis-auth',
    ['prose', 'config-syntax'],
    'questions/so-redis-noauth.md',
    (k) => `# NOAUTH Authentication required with redis-py even though I pass a password

redis.conf:
${F}
requirepass ${k.lw()}
bind 0.0.0.0
${F}

Python:
${F}python
r = redis.Redis(host="cache", port=6379, password=os.environ["REDIS_PASSWORD"])
${F}

Env: \`REDIS_PASSWORD\` is exported in my shell. Asked ${k.date()}, viewed ${k.num(4)} times.
`,
  ),

  pd(
    'jira-vendor-handover-ticket',
    ['prose'],
    'tickets/jira-VND-handover.txt',
    (k) => `${k.tkt('VND')} Handover from vendor: monitoring appliance

Vendor wrote:
> The web UI login is operator / ${k.hpw()}.
> The root shell password is ${k.gen()}.
> SNMPv3 auth passphrase: ${k.phrase('')}
> Please change all three after acceptance.

Accepted on ${k.date()} by Rolf. Follow-up: ${k.tkt('VND')} (rotation).
`,
  ),

  pd(
    'gh-discussion-env-example',
    ['prose', 'precision'],
    'issues/github-discussion-55.md',
    (k) => `**Q:** What should I put in \`.env\`? The example has:

${F}
DB_PASSWORD=${k.ph()}
JWT_SECRET=${k.ph()}
${F}

**A:** Any long random string for JWT_SECRET, for example the output of \`openssl rand -hex 32\`. For the password use whatever you set in Postgres. Don't commit the file.
`,
  ),

  pd(
    'release-notes-rotated-keys',
    ['prose'],
    'docs/release-notes-q3.md',
    (k) => `# Release notes — Q3

- We rotated the shared analytics key. The new key is ${k.hexTok(40)} and the old one stops working on ${k.date()}.
- Partner portal login moved to SSO; the local fallback user \`breakglass\` now has the password ${k.gen()} (sealed envelope copy in the safe).
- Fixed: exporting reports with more than ${k.num(5)} rows.
`,
  ),
];
