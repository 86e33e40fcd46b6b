// rw-dev9 prose: e-mails (handover, vendor, forwarded chains) and meeting notes, where the credential sits in a
// sentence, in parentheses, after a dash or on its own line under a "Login:" heading.
import type { RealWorldDoc } from '../types';
import { pdoc } from './proseValues';

export const PROSE_MAIL_DOCS: RealWorldDoc[] = [
  pdoc(
    'mail-vendor-portal-access',
    ['prose'],
    'mail/2026-02-17-vendor-portal.eml',
    (x) => `From: Support Team <support@scanlogix.example>
To: it-purchasing@acme.example
Subject: Your ScanLogix portal access
Date: Tue, 17 Feb 2026 09:41:02 +0100
X-Mailer-Id: ${x.n(x.g.uuid())}
Message-ID: <${x.n(x.g.hex(16))}@mail.scanlogix.example>

Dear customer,

your account for the ScanLogix partner portal has been created.

  Portal:   https://portal.scanlogix.example
  Username: acme-purchasing
  Password: ${x.gen()}

For the REST API please use the following API key (keep it confidential):

  ${x.tok()}

Your customer number is ${x.n('CN-' + x.g.digits(6))}, please quote it in all requests.
For security reasons you will be asked to change your password after the first login.

Kind regards
ScanLogix Support
`,
  ),
  pdoc(
    'mail-handover-leaving-admin',
    ['prose', 'precision'],
    'mail/handover-from-tobias.txt',
    (x) => `Subject: Handover - things only I know (sorry!)

Hi all,

as it's my last week, here is everything that isn't in the wiki yet:

1. The old NAS in the server room (Synology, ${x.neg.ip()}) - admin / ${x.hum()}
2. UPS network card - the password is the serial number backwards, I know, it's ${x.s('password', x.g.upper(2) + x.g.digits(8))}
3. Firewall (Fortigate) read-only user "audit" - ${x.gen()} ; the admin one is in KeePass under "FW-HQ"
4. Domain registrar (the one we still have at Gandi): login acme-it, pw ${x.hum()}, 2FA on the shared phone
5. Printer PIN for the HR printer: ${x.pin(4)}
6. Veeam cloud connect encryption key: ${x.tok()} (job id ${x.n(x.g.uuid())} is not secret)

Things that are NOT passwords even though they look like it:
- ${x.n(x.g.alnum(5).toUpperCase() + '-' + x.g.alnum(5).toUpperCase() + '-' + x.g.alnum(5).toUpperCase())} is the Veeam license key (expires in June)
- ${x.neg.sha()} is the last commit of the ansible repo I deployed

Cheers,
Tobias (phone ${x.neg.phone()})
`,
  ),
  pdoc(
    'mail-forward-chain-db',
    ['prose'],
    'mail/fwd-db-access.txt',
    (x) => `---------- Forwarded message ---------
From: Olga Petrova
Date: Mon, Mar 2, 2026 at 4:12 PM
Subject: Re: DB access for the analytics contractor

Hi Jonas,

connection details below, he only gets read access:

host: analytics-ro.cluster-${x.n(x.g.lower(12))}.eu-west-1.rds.amazonaws.com
db: warehouse
user: contractor_ro
pass: ${x.gen()}

Or as a URL if the tool wants one: postgresql://contractor_ro:${x.cs()}@analytics-ro.internal:5432/warehouse?sslmode=require

> On Mon, Mar 2, 2026 at 3:58 PM Jonas Keller wrote:
> Can you give Bruno read access to the warehouse? He needs it for the Q1 report (ticket ${x.neg.ticket()}).
`,
  ),
  pdoc(
    'meeting-notes-infra-weekly',
    ['prose', 'precision'],
    'docs/meetings/2026-03-05-infra-weekly.md',
    (x) => `# Infra weekly — 2026-03-05

Attendees: Marek, Hanna, Emre, Yuna

## Action items from last week
- [x] Rotate Jenkins admin password (Marek) → new one is ${x.hum()}, stored in 1Password "Jenkins prod"
- [x] Renew wildcard cert (Hanna) — serial ${x.n(x.g.hex(32).toUpperCase())}
- [ ] Move Sonar token into the vault (Emre) — token currently ${x.tok()} in the Jenkins global config
- [ ] Upgrade k8s to ${x.neg.version()} (Yuna)

## Notes
- Grafana Cloud API key was leaked in a screenshot (the one ending ${x.n('…' + x.g.alnum(4))}), revoked.
- Hanna: the new read-only Grafana viewer login for the NOC screen is noc / ${x.let()}
- Build cache bucket cleanup: saves ~2 TB.
`,
  ),
  pdoc(
    'mail-outlook-reply-its',
    ['prose'],
    'mail/re-re-wifi-office.txt',
    (x) => `RE: RE: WiFi in the new office?

It's ${x.hum()} (case sensitive)
Guest network is different, that one rotates weekly — this week: ${x.let()}

Best,
Sofia

From: Bruno Costa
Sent: Wednesday, April 8, 2026 10:02
Subject: RE: WiFi in the new office?

And the password? 😅

From: Sofia Reis
Sent: Wednesday, April 8, 2026 09:55
Subject: WiFi in the new office?

Network name is ACME-Staff.
`,
  ),
  pdoc(
    'meeting-notes-customer-call',
    ['prose'],
    'docs/meetings/customer-call-globex.md',
    (x) => `Customer call — Globex integration (notes by Chloe)

- They'll call our webhook at https://hooks.acme.example/globex with HMAC header X-Globex-Signature
  - shared secret they set: ${x.tok()}
- Their sandbox API: https://sandbox.globex.example, our credentials there
  - client id: ${x.n('acme-sbx-' + x.g.digits(4))}
  - client secret: ${x.tok()}
- Production credentials will come by encrypted mail (password for the zip told by phone: ${x.pp('-')})
- Next call 19 March; their contact Ruben (${x.neg.phone()})
`,
  ),
  pdoc(
    'mail-password-expiry-phishing-sample',
    ['prose', 'precision'],
    'docs/security/awareness/sample-phish.txt',
    (x) => `Subject: [Action required] Your password expires today

Dear user,

Your password for ${x.n('user@acme.example')} expires in 24 hours. To keep your current password,
click the link below and enter your password:

https://acme-login.example-verify.com/reset?id=${x.n(x.g.hex(24))}

Ticket reference: ${x.neg.ticket()}

IT Service Desk

-- Awareness team note: this is a sample phishing mail for the training, there is no credential in it.
Real reset links come from https://passwordreset.microsoftonline.com only. Your password: ${x.n('********')}
`,
  ),
  pdoc(
    'mail-accountant-pdf-password',
    ['prose'],
    'mail/payroll-march.txt',
    (x) => `Hallo Frau Weber,

anbei die Lohnabrechnungen für März. Das Passwort für die PDF-Dateien ist wie immer Ihr Geburtsdatum,
also ${x.pin(8)}.

Für das DATEV-Portal hier nochmal die Zugangsdaten, da Sie gefragt hatten:
Benutzer: weber.hr
Kennwort: ${x.hum()}

Ihre Mandantennummer lautet ${x.n(x.g.digits(5))}.

Mit freundlichen Grüßen
Steuerbüro Hansen
`,
  ),
  pdoc(
    'meeting-notes-pentest-kickoff',
    ['prose', 'precision'],
    'docs/meetings/pentest-kickoff.md',
    (x) => `## Pentest kickoff (external: SecureWorks-like vendor)

Scope: app.acme.example, api.acme.example, mobile app ${x.neg.version()}

Test accounts we created for them:

| Role | User | Password |
|------|------|----------|
| customer | pentest-cust-1@acme.example | ${x.gen()} |
| customer | pentest-cust-2@acme.example | ${x.gen()} |
| support agent | pentest-agent | ${x.hum()} |
| admin | — | ${x.n('not in scope')} |

VPN profile sent separately, PSK ${x.gen()}.
Source IPs they test from: ${x.neg.ip()}, ${x.neg.ip()}
Emergency contact: Hanna (${x.neg.phone()})
`,
  ),
  pdoc(
    'mail-short-reply-token',
    ['prose'],
    'mail/re-api-token.txt',
    (x) => `Re: API token for the status page

here you go:
${x.tok()}

it only has the "incidents:write" scope.

On Thu, 12 Mar 2026, Emre Yilmaz wrote:
> Could you generate a token for the status page integration? Our account id is ${x.n(x.g.digits(8))}.
`,
  ),
  pdoc(
    'meeting-notes-board-it',
    ['prose'],
    'docs/meetings/board-it-2026-q1.txt',
    (x) => `IT update for the board, Q1

- Office move done. New door codes handed out: main entrance ${x.pin(5)}, server room ${x.pin(6)}.
- The shared Instagram account password was changed after the agency left (now ${x.hum()}).
- Bank portal: two tokens replaced, serials ${x.n(x.g.digits(10))} and ${x.n(x.g.digits(10))}.
- Budget request ${x.neg.ticket()}: new laptops for sales.
`,
  ),
];
