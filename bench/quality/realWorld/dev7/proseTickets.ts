// rw-dev7 prose: tickets with comments (Jira, GitHub, GitLab), code review comments, commit messages and PR
// descriptions.
import type { RealWorldDoc } from '../types';
import { F, pdoc } from './proseKit';

export const PROSE_TICKET_DOCS: RealWorldDoc[] = [
  pdoc(
    'jira-vpn-access-request',
    ['prose'],
    'tickets/HELP-vpn.txt',
    (k) => `${k.ticket('HELP')}: VPN access for new contractor
Reporter: Dana Whitfield   Priority: Medium   Created: ${k.date()} ${k.time()}

Description:
Please create a VPN account for Piet (contractor, start date ${k.date()}).

Comments:
--
IT Service Desk, ${k.date()} ${k.time()}
Account created.
Username: piet.contractor
Temporary password: ${k.hpw()}
He must change it at first login.
--
Dana Whitfield, ${k.date()} ${k.time()}
Thanks! He says the token app asks for an activation code?
--
IT Service Desk, ${k.date()} ${k.time()}
Activation code: ${k.pin(8)} (valid 72h)
`,
  ),

  pdoc(
    'github-issue-docker-compose',
    ['prose'],
    '.github/ISSUE_EXPORT/412.md',
    (k) => `### Can't log in to the admin panel after docker compose up

**Version:** ${k.ver()}
**OS:** Ubuntu 22.04

I ran \`docker compose up\` and went to http://localhost:8000/admin. I created the superuser with password \`${k.hpw()}\` but login says invalid.

---

**maintainer** commented:

Did you set \`DJANGO_SUPERUSER_PASSWORD\`? The entrypoint overwrites it. Also please don't post passwords here 🙂

---

**reporter** commented:

Ah yes, it was set to ${k.gen()} in my .env. Works now, closing. (It's a throwaway VM.)
`,
  ),

  pdoc(
    'gitlab-issue-smtp',
    ['prose', 'precision'],
    'issues/gitlab-smtp-287.md',
    (k) => `## SMTP relay rejects mail from the new app server

Summary: since the move to app-07 (${k.ver()}), mail fails with \`535 5.7.8 Authentication credentials invalid\`.

Steps:
1. SSH to app-07
2. \`swaks --to ops@example.com --server smtp.internal --auth-user noreply --auth-password '${k.hpw()}'\`
3. see 535

/label ~bug ~mail
/assign @kwame

> **kwame**: the relay password was rotated in ${k.ticket('INFRA')}. New one is in Vault at \`${k.n('kv/mail/relay')}\`, not the old one you used.

> **reporter**: thanks, updated. For the record the new one (${k.n('see vault')}) works.
`,
  ),

  pdoc(
    'jira-incident-customer-portal',
    ['prose'],
    'tickets/SUP-customer.txt',
    (k) => `[${k.ticket('SUP')}] Customer can't access reporting portal

Customer: Brightline Logistics   Plan: Enterprise   Amount: ${k.price()}

Agent note (internal):
I reset their portal admin. New credentials sent by phone to their IT lead:
  user: admin@brightline
  pass: ${k.gen()}

Agent note (internal):
They also need the SFTP drop: brightline_drop / ${k.hpw()}

Customer reply:
Thanks, all working. Our PO number is ${k.n('PO-778120')}.
`,
  ),

  pdoc(
    'code-review-comments',
    ['prose', 'precision'],
    'reviews/pr-1882-comments.txt',
    (k) => `src/config/defaults.ts line 14
  @amir: This is the real staging password (${k.hpw()}), please move it to the env file before merging.

src/config/defaults.ts line 22
  @amir: and this API key \`${k.tok(k.g.hex(32))}\` too. Even for staging.

src/auth/login.ts line 88
  @chen: nit: rename \`pwd\` to \`password\` for consistency.

src/auth/policy.ts line 5
  @chen: the min length should be ${k.n('12')}, the policy doc says so.

src/tests/fixtures.ts line 3
  @amir: fixtures using ${k.u('password123')} are fine.
`,
  ),

  pdoc(
    'commit-messages-log',
    ['prose'],
    'docs/changelog/git-log.txt',
    (k) => `commit ${k.sha()}
Author: Jan Novak <jan@example.com>
Date:   ${k.date()}

    Fix login for legacy clients

    The legacy client sends the password in lowercase; tested with user demo and
    password ${k.lw()}.

commit ${k.sha()}
Author: Jan Novak <jan@example.com>
Date:   ${k.date()}

    Rotate staging API key

    Old key ${k.tok(k.g.alnum(32))} is revoked; the new one is in CI secrets.

commit ${k.sha()}
Author: Eve Park <eve@example.com>
Date:   ${k.date()}

    Bump version to ${k.ver()}
`,
  ),

  pdoc(
    'pr-description-migration',
    ['prose'],
    'docs/prs/pr-2291.md',
    (k) => `## What

Moves the reporting DB to the new cluster.

## How to test

1. \`export REPORTS_DB_URL=postgres://reports:${k.cs()}@db-new.internal:5432/reports\`
2. Run \`make migrate\`
3. Log in to Metabase as \`reviewer@example.com\` / \`${k.hpw()}\` and open dashboard ${k.n('#42')}

## Notes

The old cluster's password (${k.n('redacted')}) will be revoked after merge. Closes ${k.ticket('DATA')}.
`,
  ),

  pdoc(
    'jira-wifi-office-move',
    ['prose'],
    'tickets/FAC-office-move.txt',
    (k) => `${k.ticket('FAC')} Office move checklist

- [x] New alarm code set: ${k.pin(4)}
- [x] Safe combination changed, new combination ${k.pin(6)}
- [ ] Wifi: SSID "Studio", WPA2 key ${k.phrase('')}
- [ ] Give keys to cleaners (invoice ${k.order()})

Comment from Lisa (${k.date()}): garage code for the car park is ${k.pin(4)} until ${k.date()}
`,
  ),

  pdoc(
    'github-issue-exposed-token',
    ['prose', 'precision'],
    'issues/gh-security-77.md',
    (k) => `**Title:** Token leaked in CI logs

In job ${k.n('#583921')} the deploy step printed:

${F}
Using token ${k.tok(k.g.base64url(40))}
${F}

I've revoked it. Please mask the variable. Commit ${k.sha()} introduced the echo.

**Comment (maintainer):** thanks! masked in ${k.ver()}. The new token is stored as \`${k.n('DEPLOY_TOKEN')}\` in the project settings.
`,
  ),

  pdoc(
    'gitlab-mr-review-db',
    ['prose'],
    'reviews/mr-455.txt',
    (k) => `Merge request !455 "Add seed data for demo tenant"

Thread on seeds/demo.sql:
  reviewer: the demo tenant admin gets password '${k.hpw()}' — is this the one sales uses in demos? then it's a real password, please don't commit it.
  author: yes it is. Also the demo SMTP user uses ${k.gen()}. Will move both.
  reviewer: thanks. Resolved in ${k.sha()}.
`,
  ),

  pdoc(
    'jira-hr-laptop-return',
    ['prose', 'precision'],
    'tickets/IT-laptop-return.txt',
    (k) => `${k.ticket('IT')} Laptop return — leaver

Asset tag: ${k.n('LT-20917')}
Serial: ${k.n('C02' + k.g.upper(3) + k.g.digits(5))}
BIOS password: ${k.hpw()}
BitLocker recovery key: ${k.s('password', [0, 1, 2, 3, 4, 5, 6, 7].map(() => k.g.digits(6)).join('-'))}
Local admin: removed (LAPS)
Return date: ${k.date()}
`,
  ),

  pdoc(
    'github-discussion-selfhost',
    ['prose'],
    'discussions/selfhost-1290.md',
    (k) => `> How do I reset the admin password on a self-hosted instance?

Run \`./manage reset-admin\` and it prints a new one. Passwords are stored as bcrypt (\`${k.n('$2b$12$' + k.g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53))}\`) so we can't tell you the old one.

> thanks, it printed ${k.gen()} and that worked.

> ⚠️ you probably shouldn't paste that here. Also for others: the default is ${k.u('admin')} / ${k.u('admin')} on first start.
`,
  ),

  pdoc(
    'jira-two-line-label',
    ['prose'],
    'tickets/OPS-handover-jira.txt',
    (k) => `${k.ticket('OPS')}: Provide credentials for load test environment

Comment — Farid (${k.date()} ${k.time()}):
Load test env is ready.
Grafana admin password
${k.hpw()}
Locust master auth token
${k.tok(k.g.hex(40))}
Please delete this comment once you've saved them.

Comment — Maya (${k.date()} ${k.time()}):
Saved, thanks. Deleting is not possible for me, can you restrict visibility?
`,
  ),

  pdoc(
    'pr-review-suggestion-placeholders',
    ['prose', 'precision'],
    'reviews/pr-3310.md',
    (k) => `**Suggested change** in \`README.md\`:

${F}suggestion
export API_TOKEN=${k.n('<your-token-here>')}
export DB_PASSWORD=${k.n('changeme')}
${F}

> Using real-looking values in docs confuses people; placeholders like \`${k.n('YOUR_API_KEY')}\` are clearer.

**Reply:** agreed. Also replaced \`${k.n('$' + '{SECRET}')}\` with \`${k.n('{{ secret }}')}\` in the Helm notes.
`,
  ),

  pdoc(
    'commit-pr-revert-leak',
    ['prose'],
    'docs/prs/pr-revert.md',
    (k) => `Revert "Add mqtt bridge config"

This reverts commit ${k.sha()}.

The original commit contained the bridge password (\`${k.hpw()}\`) and the broker's admin password ${k.gen()}. Both are rotated; history rewrite tracked in ${k.ticket('SEC')}.
`,
  ),

  pdoc(
    'jira-connection-strings',
    ['prose'],
    'tickets/DATA-etl-creds.txt',
    (k) => `${k.ticket('DATA')} ETL job fails to connect after migration

Description:
The nightly ETL uses
  jdbc:sqlserver://sql02.corp.local:1433;databaseName=dwh;user=etl_svc;password=${k.cs()};encrypt=true
and fails with "Login failed for user 'etl_svc'" since ${k.date()}.

Comment — Wen (${k.date()}):
The Mongo source also changed, new URI is mongodb://etl_ro:${k.cs()}@mongo-3.corp.local:27017/events?authSource=admin

Comment — Paulo (${k.date()}):
And the API that feeds the lookup table wants header "X-Api-Key: ${k.http(k.g.hex(32))}". Fixed in build ${k.ver()}.
`,
  ),

  pdoc(
    'github-issue-curl-basic',
    ['prose', 'http-auth'],
    'issues/gh-webhook-401.md',
    (k) => `### Webhook returns 401

I'm calling the endpoint like this:

${F}
curl -u hooks:${k.hpw()} https://hooks.example.org/v1/events
${F}

Also tried the header directly: \`Authorization: Basic ${k.basic('hooks')}\`

Response: \`401 Unauthorized\` (request id ${k.n(k.g.hex(16))})

> **maintainer**: the session cookie you pasted in the HAR (\`sid=${k.http(k.g.base64url(32))}\`) is still valid, please log out everywhere.
`,
  ),
];
