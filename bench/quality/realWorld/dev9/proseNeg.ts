// rw-dev9 prose: pages that are almost all look-alikes — a support macro, a status update, an audit summary, a
// style guide for docs — each with the one or two real values that slipped in.
import type { RealWorldDoc } from '../types';
import { pdoc } from './proseValues';

export const PROSE_NEG_DOCS: RealWorldDoc[] = [
  pdoc(
    'support-macros',
    ['prose', 'precision'],
    'docs/support/macros.md',
    (x) => `# Support macros

**Password reset**
> Hi {{ticket.requester.first_name}}, I've sent you a password reset link. It expires in 30 minutes.
> Your ticket number is {{ticket.id}} (e.g. ${x.neg.ticket()}).

**Temporary password**
> Your temporary password is ${x.n('{{temp_password}}')}. You will be asked to choose a new one.

**Never ask for**
- the customer's password (${x.n('"What is your password?"')} is forbidden)
- one-time codes (${x.n('6-digit codes like 000000')})
- card numbers (${x.n('**** **** **** 4242')})

**Internal: macro API token** used by the Zendesk app: ${x.tok()}
Macro ids: ${x.n(x.g.digits(12))}, ${x.n(x.g.digits(12))}, ${x.n(x.g.digits(12))}
`,
  ),
  pdoc(
    'status-update-weekly',
    ['prose', 'precision'],
    'docs/status/2026-w12.md',
    (x) => `# Weekly status — W12

- Released ${x.neg.version()} and ${x.neg.version()} (hotfix, ${x.neg.sha()})
- Closed ${x.neg.ticket()}, ${x.neg.ticket()}, ${x.neg.ticket()}
- Image digest for the release: ${x.neg.digest()}
- Incident trace: ${x.neg.reqId()}
- Password policy rollout: 80% of users migrated; example of the new format shown in the UI: ${x.n('Example-Passphrase-42')}
- Hashes moved from bcrypt (${x.neg.bcrypt()}) to argon2id
- Blocker: the staging SMTP relay password (${x.hum()}) was rejected after the relay update; asked vendor
`,
  ),
  pdoc(
    'audit-summary',
    ['prose', 'precision'],
    'docs/security/audit-2026-q1.md',
    (x) => `# Credential audit Q1 — summary

Findings (values masked):

| # | Location | Type | Value | Status |
|---|---|---|---|---|
| 1 | wiki/IT/old-page | password | ${x.neg.masked()} | rotated |
| 2 | repo/infra commit ${x.neg.sha()} | API key | ${x.neg.masked()} | rotated |
| 3 | Slack #general | DB password | ${x.neg.masked()} | rotated |
| 4 | Jira ${x.neg.ticket()} | token | ${x.neg.masked()} | open |
| 5 | Notion page ${x.n(x.g.hex(32))} | password | ${x.neg.masked()} | accepted risk |

Note from the auditor: item 4 is still live. For the record (remove after rotation!): ${x.tok()}
`,
  ),
  pdoc(
    'docs-style-guide-examples',
    ['prose', 'precision'],
    'docs/contributing/writing-docs.md',
    (x) => `# Writing docs: credentials

Always use placeholders in examples:

- passwords: \`${x.neg.placeholder()}\`, \`${x.neg.placeholder()}\`
- tokens: \`${x.n('<TOKEN>')}\`, \`${x.n('ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}\`
- AWS: \`${x.n('AKIAIOSFODNN7EXAMPLE')}\`
- URLs: \`${x.n('postgres://user:password@localhost:5432/db')}\`
- environment: \`${x.n('$API_TOKEN')}\`, \`${x.n('%APPDATA%')}\`

Bad example we found in the wild (rotated): "login with admin and ${x.hum()}".
`,
  ),
  pdoc(
    'release-checklist-look-alikes',
    ['prose', 'precision'],
    'docs/release/checklist.md',
    (x) => `# Release checklist

1. Bump version to ${x.neg.version()} in \`package.json\`
2. Tag \`${x.n('v' + x.g.digits(1) + '.' + x.g.digits(1) + '.0')}\`, sign with key ${x.n(x.g.hex(16).toUpperCase())}
3. Check the SBOM digest (${x.neg.digest()})
4. Wait for CI (run id ${x.n(x.g.digits(10))})
5. Publish to the marketplace — the publisher PAT is in the vault (\`${x.n('kv/release/vsce-pat')}\`)
6. Announce in #releases with the commit (${x.neg.sha()})

(Emergency only: the marketplace publisher login is release@acme.example / ${x.gen()})
`,
  ),
  pdoc(
    'incident-timeline-with-ids',
    ['prose', 'precision'],
    'docs/incidents/2026-03-22-login-outage.md',
    (x) => `# Login outage 2026-03-22

- 08:01 first "invalid password" spikes, request ids ${x.neg.reqId()}, ${x.neg.reqId()}
- 08:05 alert ${x.neg.ticket()}
- 08:14 rollback to ${x.neg.version()} (${x.neg.sha()})
- 08:20 root cause: LDAP bind password of svc-auth expired; set new one ${x.gen()} (moved to vault at 09:00)
- 08:21 recovery; error budget burn ${x.n('4.2%')}
`,
  ),
  pdoc(
    'it-newsletter-password-tips',
    ['prose', 'precision'],
    'docs/newsletter/2026-04-it-tips.md',
    (x) => `# IT tips, April

**Passphrases beat passwords.** Instead of ${x.n('P@ssw0rd!')} try four random words — but not the ones from
the famous comic (${x.n('correct horse battery staple')}).

**Your password is never in an email from us.** Mails saying "your new password: ${x.n('[see attachment]')}" are
phishing. Real reset mails contain only a link like https://id.acme.example/reset?t=${x.n('&lt;token&gt;')}.

**MFA codes** such as ${x.n('482 913')} expire after 30 seconds; never read them out on the phone.

**Shared mailbox passwords** are being retired (${x.neg.ticket()}). Until then, the service desk mailbox is
servicedesk@acme.example with ${x.hum()} — this will stop working on ${x.n('30 April')}.

Ticket volume: ${x.n('1,204')} · Satisfaction: ${x.n('4.6/5')} · Platform version ${x.neg.version()}
`,
  ),
  pdoc(
    'github-release-notes-security',
    ['prose', 'precision'],
    'docs/releases/security-advisory.md',
    (x) => `## Security advisory ${x.n('GHSA-' + x.g.lower(4) + '-' + x.g.lower(4) + '-' + x.g.lower(4))}

Affected: ${x.neg.version()} to ${x.neg.version()}. Fixed in ${x.neg.version()} (${x.neg.sha()}).

Tokens created before the fix were stored unhashed. Tokens look like \`${x.n('sat_' + 'x'.repeat(32))}\`; rotate
all of them. Reported by a researcher (CVE ${x.n('CVE-2026-' + x.g.digits(5))}).

Checksums:
- linux-amd64: ${x.n(x.g.hex(64))}
- darwin-arm64: ${x.n(x.g.hex(64))}

Internal note (remove before publishing!): the researcher's test account on our cloud is researcher@bugs.example
with password ${x.gen()} and API token ${x.tok()}.
`,
  ),
  pdoc(
    'ops-log-narrative',
    ['prose', 'precision'],
    'docs/ops/journal-2026-03.md',
    (x) => `# Ops journal, March

03-02 Patched db hosts to kernel ${x.n('6.8.0-' + x.g.digits(2))}. Reboots ok.
03-04 Certificate for api.acme.example renewed, fingerprint ${x.n(x.g.hex(40).toUpperCase())}.
03-07 New GPG key for backups, key id ${x.n(x.g.hex(16).toUpperCase())}; passphrase ${x.pp('-')} (in the safe too).
03-09 Build agents rebuilt from image ${x.neg.digest()}.
03-12 Request ${x.neg.reqId()} timed out again, see ${x.neg.ticket()}.
03-15 Rotated the Elastic "kibana_system" password → ${x.gen()}.
03-20 Node ${x.neg.ip()} decommissioned.
`,
  ),
];
