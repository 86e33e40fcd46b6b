// rw-dev9 prose: pages dense with look-alikes (instructions about passwords, masked values, reset links, ticket
// numbers, versions, shas, request ids, placeholders) and only a few real values among them; plus prose around
// HTTP auth (a header pasted into a ticket) and credential files quoted in a chat.
import type { RealWorldDoc } from '../types';
import { F, pdoc } from './proseValues';

export const PROSE_LOOK_DOCS: RealWorldDoc[] = [
  pdoc(
    'helpdesk-faq-password',
    ['prose', 'precision'],
    'docs/helpdesk/faq-passwords.md',
    (x) => `# FAQ: Passwords

**How do I reset my password?** Go to https://passwordreset.acme.example and enter your username. You'll get a
password reset link valid for 30 minutes (link id looks like ${x.n(x.g.hex(32))}).

**What is a valid password?** At least 12 characters, e.g. ${x.n('"Correct-Horse-Battery"')} style (don't use this one).

**Where do I enter my password for the VPN?** In the "Password" field, followed by your token code, e.g. ${x.n('MyPassword123456')}.

**I got "password expired" — what now?** Open a ticket (${x.neg.ticket()}), we'll send a temporary password.
The temporary password for the walk-in laptop at the service desk is ${x.hum()} (only valid on that device).

**Is the value ${x.neg.masked()} my password?** No, it's masked; we never show passwords.
`,
  ),
  pdoc(
    'release-notes-look-alikes',
    ['prose', 'precision'],
    'CHANGELOG.md',
    (x) => `# Changelog

## ${x.neg.version()} — 2026-03-12
- Fix: password field lost focus on Safari (${x.neg.ticket()}, ${x.neg.sha()})
- Feature: "Show password" toggle
- Security: tokens are now hashed at rest (${x.neg.digest()})
- Breaking: the \`--password\` flag is removed, use \`--password-file\` (${x.n('--password-file /run/secrets/pw')})

## ${x.neg.version()} — 2026-02-01
- Fix: API returns \`request_id\` (${x.neg.reqId()}) in error bodies
- Known issue: the default test fixture password \`${x.u('test1234')}\` is rejected by the new policy
`,
  ),
  pdoc(
    'ticket-http-header-pasted',
    ['prose', 'http-auth'],
    'exports/jira/INT-552.md',
    (x) => `INT-552 Partner webhook returns 401

The partner says they send:

    POST /webhooks/partner HTTP/1.1
    Host: hooks.acme.example
    Authorization: Basic ${x.basic('partner-hermes')}
    X-Request-Id: ${x.neg.reqId()}

and we respond 401. Our side expects the user \`partner_hermes\` (underscore, not dash!). I've created that
user with password ${x.gen()} and sent it to them via the secure share (link ${x.n('https://share.acme.example/s/' + x.g.alnum(10))}).

Our outbound call to them uses \`Authorization: Bearer ${x.bearer()}\` (trace ${x.n(x.g.hex(16))}).
Their API key for the call back to us: ${x.s('http-auth', x.g.alnum(40))} (header X-Api-Key).
`,
  ),
  pdoc(
    'chat-pasted-pgpass',
    ['prose', 'credential-file'],
    'exports/slack/dm-hanna-bruno.md',
    (x) => `**Hanna**: put this in ~/.pgpass and chmod 600

${F}
db-replica.internal:5432:*:reporting:${x.cs()}
db-primary.internal:5432:app:app_admin:${x.cs()}
${F}

**Bruno**: thanks. and the .netrc for the artifact server?

**Hanna**:
${F}
machine artifacts.internal
login ci-reader
password ${x.gen()}
${F}

**Bruno**: ok. the psql error was \`FATAL: no pg_hba.conf entry for host "${x.neg.ip()}"\` anyway 😅
`,
  ),
  pdoc(
    'security-training-slides-notes',
    ['prose', 'precision'],
    'docs/security/training-notes.md',
    (x) => `# Security awareness — speaker notes

Slide 4: Bad passwords we found in the last audit (all changed since, shown as patterns only):
- season + year + "!" → ${x.n('Season2024!')}
- company name + year → ${x.n('Company2023')}
- keyboard walks → ${x.n('qwertz123')}

Slide 7: Never share a one-time code (${x.n('e.g. 123 456')}).
Slide 9: Reset link looks like https://login.acme.example/reset/${x.n(x.g.base64url(22))} — check the domain.
Slide 11: Our password manager is Bitwarden; the org id ${x.n(x.g.uuid())} is not a secret.
Slide 12 (demo): the demo vault's master password for the live demo is ${x.pp('-')} — delete the demo vault after!
`,
  ),
  pdoc(
    'github-issue-masked-and-real',
    ['prose', 'precision'],
    'exports/github/issue-2044.md',
    (x) => `### Can't authenticate with personal access token after ${x.neg.version()}

Output of \`tool login --debug\`:

${F}
DEBUG using token ghp_${x.n('****************************1a2b')}
DEBUG request id ${x.neg.reqId()}
ERROR 401 Bad credentials
${F}

I also tried a fine-grained token: ${x.prov('githubFine', 'GitHub fine-grained token')} — same error.

**Maintainer:** you posted a real token in the second line, please revoke it. The first one was masked by the
tool, that's fine. Fixed in ${x.neg.sha()}.
`,
  ),
  pdoc(
    'meeting-minutes-all-negatives-but-one',
    ['prose', 'precision'],
    'docs/meetings/2026-03-19-security-guild.md',
    (x) => `# Security guild — 2026-03-19

- Secret scanning found 14 findings in ${x.n('repo/monolith')}; 13 were test fixtures (e.g. ${x.n('"password": "hunter2"')}
  in \`tests/fixtures/users.json\`), one was a real key (${x.neg.ticket()}).
- We agreed placeholders look like \`${x.neg.placeholder()}\` or \`${x.neg.placeholder()}\`.
- Rotation policy doc: ${x.n('https://wiki.acme.example/x/' + x.g.alnum(7))}
- Build ${x.neg.sha()} adds the pre-commit hook.
- AOB: Yuna needs the shared YubiKey PIN for the HSM demo — it's ${x.pin(6)}, she'll change it afterwards.
`,
  ),
  pdoc(
    'onboarding-doc-env-refs',
    ['prose', 'precision'],
    'docs/onboarding/secrets-how-to.md',
    (x) => `# How we handle secrets

Never write values into docs. Reference them:

- in CI: \`${x.n('${{ secrets.NPM_TOKEN }}')}\`
- in k8s: \`${x.n('secretKeyRef: { name: app, key: db-password }')}\`
- locally: \`${x.n('$(op read op://dev/app/password)')}\`
- in Ansible: \`${x.n('{{ vault_db_password }}')}\`

Exception (sorry): the local MinIO that docker-compose starts uses root / ${x.gen()}, and the local Keycloak
admin is admin / ${x.hum()}. Both only exist on your laptop.
`,
  ),
  pdoc(
    'qa-post-api-key-in-url',
    ['prose', 'http-auth'],
    'posts/forum/weather-api-question.md',
    (x) => `**Why does my weather widget show 401?**

I call \`https://api.weather.example/v1/forecast?city=Lyon&appid=${x.s('http-auth', x.g.hex(32))}\` from the browser
and sometimes get 401 "Invalid API key". The dashboard shows the key is active since ${x.n('2026-01-03')}.

**Reply:** keys take up to 2 hours to activate. Also, that key is now public — regenerate it and call the API
from your backend. Your account id (${x.n(x.g.digits(7))}) is fine to share.
`,
  ),
  pdoc(
    'handover-with-cookie',
    ['prose', 'http-auth', 'precision'],
    'docs/handover/scraper-handover.md',
    (x) => `# Price scraper handover

The supplier portal has no API, so the scraper reuses a logged-in session. If it breaks, log in manually
(user purchasing@acme.example, password ${x.hum()}) and copy the cookie:

    Cookie: PHPSESSID=${x.s('http-auth', x.g.lower(26))}; lang=de; consent=${x.n('1')}

The CSRF token in the form (${x.u(x.g.alnum(32))}) changes every page load, don't copy it.
Scraper version ${x.neg.version()}. Last working run: job ${x.n(x.g.digits(6))}, commit ${x.neg.sha()}.
`,
  ),
  pdoc(
    'wiki-service-catalog-mixed',
    ['prose', 'precision'],
    'wiki/Platform/Service-catalog.md',
    (x) => `# Service catalog

**billing-api** (${x.neg.version()}) — owner: payments — DB user billing, password in vault (\`${x.n('kv/billing/db')}\`)
**search** (${x.neg.version()}) — owner: discovery — Algolia app id ${x.n(x.g.upper(10))}, search-only key ${x.n(x.g.hex(32))} (public)
**notifications** (${x.neg.version()}) — owner: growth — Twilio SID ${x.n('AC' + x.g.hex(32))}, auth token ${x.s('token', x.g.hex(32))}
**legacy-ftp** — owner: nobody 😬 — ftp user "import", password ${x.hum()}
**reports** — owner: data — service account key id ${x.n(x.g.hex(40))} (the JSON key file is in the vault)
`,
  ),
];
