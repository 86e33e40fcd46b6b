// rw-dev7 prose: incident postmortems, runbooks and meeting notes — where credentials get written down in a hurry.
import type { RealWorldDoc } from '../types';
import { F, pdoc } from './proseKit';

export const PROSE_OPS_DOCS: RealWorldDoc[] = [
  pdoc(
    'postmortem-db-outage',
    ['prose', 'precision'],
    'docs/postmortems/2024-db-outage.md',
    (k) => `# Postmortem: primary DB outage (${k.date()})

## Timeline (UTC)
- ${k.time()} alerts fire, p99 latency > ${k.n('2s')}
- ${k.time()} on-call (Ravi) cannot log in; the break-glass password in the runbook is wrong
- ${k.time()} Ravi gets the current one from Lee over the phone: ${k.gen()}
- ${k.time()} failover done

## What went wrong
The runbook still had the old break-glass password (${k.n('********')}), rotated in ${k.ticket('SEC')} without updating docs.

## Action items
- [ ] Rotate the break-glass password again (it was said on a recorded bridge)
- [ ] Runbook links to the vault entry \`${k.n('breakglass/prod-db')}\` instead of values
`,
  ),

  pdoc(
    'runbook-redis-failover',
    ['prose'],
    'docs/runbooks/redis-failover.md',
    (k) => `# Redis failover

1. Connect to the sentinel:

${F}
redis-cli -h sentinel-1 -p 26379
${F}

2. Authenticate. The sentinel password is:

${F}
${k.gen()}
${F}

3. \`SENTINEL failover mymaster\`

The data nodes use a different password: \`${k.hpw()}\`.

Expected failover time: ${k.n('30s')}. Last tested ${k.date()}.
`,
  ),

  pdoc(
    'meeting-notes-kickoff',
    ['prose'],
    'docs/meetings/2024-kickoff.md',
    (k) => `# Kickoff with Vendor — ${k.date()}

Attendees: Sofia, Chris, vendor (Mateo, Ines)

- Vendor will provide a sandbox. Sandbox login: \`ourteam\` / \`${k.hpw()}\`
- API key for sandbox (Mateo read it out): ${k.tok(k.g.alnum(32))}
- Production keys will come via their portal.
- Next meeting ${k.date()} at ${k.time()}.
- Budget approved: ${k.price()}

Action: Chris to store the sandbox creds in 1Password and delete them from these notes.
`,
  ),

  pdoc(
    'postmortem-leaked-token',
    ['prose'],
    'docs/postmortems/leaked-ci-token.md',
    (k) => `# Postmortem: CI token exposed in public gist

On ${k.date()} an engineer pasted a build log in a public gist. The log contained the CI deploy token:

> ${k.tok(k.g.hex(40))}

and the artifact repository password \`${k.hpw()}\`.

Both were revoked ${k.n('47')} minutes after the report (HackerOne #${k.n(k.g.digits(7))}).

## Lessons
- Mask tokens in CI output
- Secret scanning on gists
`,
  ),

  pdoc(
    'runbook-vpn-fallback',
    ['prose'],
    'docs/runbooks/vpn-fallback.txt',
    (k) => `VPN FALLBACK (when SSO is down)

Local VPN account on the firewall:
  user: fallback-ops
  pass: ${k.gen()}

The firewall console's emergency admin password is
${k.hpw()}

Console server port ${k.n('7001')}. Rack ${k.n('B3')}.
Do NOT use this unless SSO is down (${k.ticket('NET')}).
`,
  ),

  pdoc(
    'meeting-notes-family-office',
    ['prose'],
    'notes/meeting-accountant.md',
    (k) => `# Meeting with accountant ${k.date()}

- Tax portal login is my tax id + password ${k.hpw()}
- She needs read access to the business bank; the viewer login PIN is ${k.pin(6)}
- Fee ${k.price()}
- Next: send receipts by ${k.date()}
`,
  ),

  pdoc(
    'incident-chat-timeline',
    ['prose'],
    'docs/incidents/2024-mq-incident.md',
    (k) => `## Incident channel (copied)

${k.time()} **lucia**: RabbitMQ management UI is rejecting the admin user
${k.time()} **omar**: the password was changed last night, it's now
${k.time()} **omar**: \`${k.gen()}\`
${k.time()} **lucia**: in. queue depth ${k.n('184,223')}
${k.time()} **omar**: the guest user is disabled, don't bother with ${k.u('guest')}/${k.u('guest')}
${k.time()} **lucia**: resolved at ${k.time()}
`,
  ),

  pdoc(
    'runbook-hsm-ceremony',
    ['prose', 'precision'],
    'docs/runbooks/hsm.md',
    (k) => `# HSM key ceremony

Each custodian holds one smart card and its PIN. PINs are **never** written down. This document only records
who holds which card (serials ${k.n('HSM-C-0012')}, ${k.n('HSM-C-0013')}).

The partition label is \`${k.n('prod-signing')}\`. The SO PIN is in the sealed envelope in safe ${k.n('#3')}.

Firmware ${k.ver()}. Audit log hash: ${k.sha()}.
`,
  ),

  pdoc(
    'meeting-notes-retro',
    ['prose', 'precision'],
    'docs/meetings/retro-sprint-41.md',
    (k) => `# Retro sprint 41

What went well
- Release ${k.ver()} shipped on time

What didn't
- We shared the staging password in the retro board (it was ${k.hpw()}); rotate
- Someone typed "${k.n('password')}" as the password for the demo tenant and it was accepted — policy check missing

Actions
- ${k.ticket('PLAT')} enforce policy on demo tenants
`,
  ),

  pdoc(
    'runbook-elastic-reset',
    ['prose'],
    'docs/runbooks/elastic-reset.md',
    (k) => `# Resetting the elastic user

Run on any master node:

${F}
bin/elasticsearch-reset-password -u elastic -i
${F}

We set it to ${k.gen()} on ${k.date()} (kibana_system got \`${k.hpw()}\`).

The Kibana encryption key (32+ chars) for saved objects: ${k.tok(k.g.alnum(32))}
`,
  ),

  pdoc(
    'postmortem-office-break-in',
    ['prose'],
    'docs/postmortems/office-alarm.md',
    (k) => `# Office alarm false alarm (${k.date()})

The cleaner used the old code ${k.pin(4)}, which had been disabled on ${k.date()}. The new alarm code (${k.pin(4)}) was only sent by email.
Facilities reset the panel; the master code stays ${k.pin(6)} and is only known to the office manager.
Call-out fee ${k.price()}.
`,
  ),

  pdoc(
    'meeting-notes-it-audit',
    ['prose', 'precision'],
    'docs/meetings/it-audit.md',
    (k) => `# IT audit prep

- Auditors want evidence that passwords are hashed: show them a sample like \`${k.n('$argon2id$v=19$m=65536,t=3,p=4$' + k.g.base64(22).replace(/=+$/, '') + '$' + k.g.base64(43).replace(/=+$/, ''))}\`
- The shared "${k.n('Finance Admin')}" account must get MFA
- Evidence folder: \`${k.n('audit/2024/passwords.xlsx')}\` (policy matrix only, no passwords)
- Deadline ${k.date()}
`,
  ),

  pdoc(
    'runbook-http-auth-checks',
    ['prose', 'http-auth'],
    'docs/runbooks/health-checks.md',
    (k) => `# Health checks

The status page polls the internal health endpoint with basic auth:

${F}
curl -H "Authorization: Basic ${k.basic('health', k.raw.humanPw(k.g))}" https://app.internal/health
${F}

Partners call us with \`Authorization: Bearer ${k.jwt()}\` (long-lived test token, rotate).

The smoke test uses https://monitor:${k.cs()}@status.internal/ping.
`,
  ),

  pdoc(
    'meeting-notes-label-next-line',
    ['prose'],
    'docs/meetings/vendor-call.md',
    (k) => `# Call with payroll vendor

Their support gave us a temporary admin login for the migration.

**Username**
migration-admin

**Password**
${k.hpw()}

**Migration API token**
${k.tok(k.g.base64url(32))}

Migration window ${k.date()} ${k.time()}–${k.time()}.
`,
  ),
];
