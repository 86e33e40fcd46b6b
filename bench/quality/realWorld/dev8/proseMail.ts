// rw-dev8 prose: emails, handover notes, meeting notes and onboarding letters.
import type { RealWorldDoc } from '../types';
import { pd } from './proseValues';

export const PROSE_MAIL_DOCS: RealWorldDoc[] = [
  pd(
    'mail-handover-leaving',
    ['prose'],
    'mail/handover-from-greg.eml',
    (k) => `From: Greg Turner <greg.turner@example.com>
To: Platform Team <platform@example.com>
Date: ${k.date()}
Subject: Handover before I leave

Hi all,

As promised, the stuff that only lives in my head:

1. The old build box (${k.ip()}) — local admin is "builder", password ${k.hpw()}. Nobody else has it.
2. The DNS registrar account is on my personal 1Password, I moved it to the team vault on ${k.date()}.
3. The FTP for the print shop: user printshop, password ${k.lw()} (yes, really — their system can't take more).
4. Backup encryption passphrase: ${k.phrase(' ')}

Please change (1) and (3) after I'm gone.

Cheers,
Greg
`,
  ),

  pd(
    'mail-new-starter',
    ['prose'],
    'mail/welcome-new-starter.eml',
    (k) => `Subject: Welcome to the team — your accounts

Dear Priyanka,

Your accounts are ready:

- Windows login: p.sharma — temporary password ${k.hpw()}
- Email: same password for the first login, then you'll be prompted to set up MFA
- Timesheet system: use ${k.gen()} to log in, the username is your employee number (${k.num(6)})

Your manager will meet you at ${k.time()} on ${k.date()}.

Kind regards,
HR Onboarding
`,
  ),

  pd(
    'mail-vendor-reply-thread',
    ['prose'],
    'mail/vendor-thread.eml',
    (k) => `Subject: RE: RE: API access for the integration

> Could you send the credentials for the sandbox?

Sure, here you go:

Sandbox endpoint: https://sandbox.vendor.example/api
Client ID: ${k.n(k.g.uuid())}
Client secret: ${k.tok(k.g.alnum(40))}

Production keys will be sent by our security team via encrypted mail.

> And the portal?

The portal account was created for you, the password is ${k.gen()}; please change it under Profile → Security.

Regards, Vendor Integration Desk
`,
  ),

  pd(
    'mail-masked-notification',
    ['prose', 'precision'],
    'mail/password-changed-notice.eml',
    (k) => `Subject: Your password was changed

Hello,

The password for your account j.doe was changed on ${k.date()} at ${k.time()} UTC from IP ${k.ip()}.
If this was you, no action is needed. If not, reset your password at https://id.example.com/reset.

Your new password: ${k.mask()}
Reference: ${k.reqId()}

We will never ask for your password by email.
`,
  ),

  pd(
    'handover-txt-night-shift',
    ['prose'],
    'notes/handover-night-shift.txt',
    (k) => `NIGHT SHIFT HANDOVER ${k.date()}

- Backup job on fs-02 failed at ${k.time()}, re-ran manually, ok now.
- Had to log in to the UPS web page, it's apc / ${k.hpw()} (not the default any more).
- Printer on 3rd floor jammed, ticket ${k.tkt('FAC')}.
- Alarm panel code changed by security team, new one is ${k.pin(6)}.
- Nothing else. The on-call phone PIN is in the safe.
`,
  ),

  pd(
    'meeting-notes-retro',
    ['prose'],
    'notes/meeting-retro-sprint-42.md',
    (k) => `# Retro — sprint 42 (${k.date()})

Attendees: Ana, Bilal, Cheng, Dora

## What went wrong
- The shared test account's password was changed by someone without telling anyone. Cheng set it back to ${k.hpw()}.
- Staging certificate expired (fingerprint ${k.sha256()}).

## Actions
- Bilal: move test account creds into the team vault (${k.tkt('QA')})
- Dora: stop using the password "${k.lw()}" for the demo tenant, use a generated one
`,
  ),

  pd(
    'meeting-notes-kickoff-negatives',
    ['prose', 'precision'],
    'notes/meeting-kickoff.md',
    (k) => `# Kick-off: customer portal

- Authentication via Keycloak, realm \`portal\`.
- Passwords: handled by Keycloak (policy: length(12) and notUsername). We never store plaintext; hashes look like ${k.bcrypt()}.
- Secrets for the services will come from ${k.n('External Secrets Operator')}; ask Bob for the ${k.n('ClusterSecretStore')} name.
- Next meeting ${k.date()} ${k.time()}.
`,
  ),

  pd(
    'mail-sftp-creds-german-client',
    ['prose'],
    'mail/sftp-setup.eml',
    (k) => `Subject: SFTP account for the nightly export

Hi Jürgen,

I've set up the SFTP account for you.

Host: sftp.example.net, port 2222
User: export_muller
Pass: ${k.gen()}

The host key fingerprint is SHA256:${k.n(k.g.base64(43))}.
Please confirm once the first file has arrived.

Thanks, Nadia
`,
  ),

  pd(
    'onboarding-letter-codes',
    ['prose'],
    'docs/onboarding/first-day.md',
    (k) => `# Your first day

Welcome! A few things you'll need:

* **Building door:** the code for the side entrance is ${k.pin(5)}. It changes every quarter.
* **Guest Wi-Fi:** network \`Visitors\`, password \`${k.hpw()}\`.
* **Staff Wi-Fi:** uses your own account (no shared password).
* **Kitchen coffee machine admin:** nobody knows, don't ask.
* **Laptop:** your IT ticket is ${k.tkt('HELP')}; the BitLocker recovery key is stored in Intune, not here.
`,
  ),

  pd(
    'mail-forwarded-password-reset',
    ['prose'],
    'mail/fwd-reset.eml',
    (k) => `---------- Forwarded message ---------
From: IT Service Desk <servicedesk@example.com>
Date: ${k.date()}
Subject: Password reset for account m.rossi

Your password has been reset. Your temporary password is: ${k.hpw()}

---

Hey, can you log in to my account and download the invoices? I'm on holiday until ${k.date()}. Thanks! — Marco
`,
  ),

  pd(
    'handover-doc-datacenter',
    ['prose'],
    'notes/dc-handover.md',
    (k) => `## Data centre handover (cage 14)

- iDRAC on all Dell boxes: root / ${k.gen()}
- The KVM switch password is the word "${k.lw()}" — vendor limitation, 8 chars lowercase max
- Cage combination lock: ${k.pin(4)}
- Remote hands account number ${k.num(8)}; they will ask for the PIN ${k.pin(6)} on the phone
- Serial numbers in the asset sheet, not here.
`,
  ),

  pd(
    'mail-auto-generated-account',
    ['prose'],
    'mail/account-created.eml',
    (k) => `Subject: [Jenkins] Account created

An administrator created an account for you.

  Login: qa-runner
  Initial password: ${k.gen()}

This message was sent automatically. Build #${k.num(4)}.
`,
  ),

  pd(
    'meeting-notes-incident-review',
    ['prose'],
    'notes/incident-review-db-leak.md',
    (k) => `# Incident review: database password in public repo

Timeline:
- ${k.time()} secret scanning alert: the staging DB password (${k.hpw()}) found in a public gist
- ${k.time()} password rotated to ${k.gen()} and stored in Vault
- ${k.time()} confirmed no connections from unknown IPs (checked ${k.num(5)} log lines)

The gist id was ${k.n(k.g.hex(32))}. Lessons: pre-commit hook, and stop pasting new passwords in incident docs (oops).
`,
  ),

  pd(
    'mail-it-reset-negatives',
    ['prose', 'precision'],
    'mail/it-newsletter.eml',
    (k) => `Subject: IT newsletter — password month

Reminder: your password must be at least 14 characters. Good: a passphrase of four random words. Bad: "${k.n('Summer2024!')}"-style passwords.
We will NEVER send you a link asking for your password. If you get one, forward it to phishing@example.com.

To change your password press Ctrl+Alt+Del → Change a password. Field labels: "${k.n('Old password')}", "${k.n('New password')}", "${k.n('Confirm password')}".
`,
  ),

  pd(
    'note-sticky-desk',
    ['prose'],
    'notes/desk-notes.txt',
    (k) => `TODO
- call bank re card
- router login: admin ${k.hpw()}
- NAS: ${k.gen()}
- mum's ipad PIN ${k.pin(6)}
- renew domain before ${k.date()}
`,
  ),

  pd(
    'mail-client-credentials-fr-en',
    ['prose'],
    'mail/client-portal-access.eml',
    (k) => `Subject: Access to the client portal

Dear Mr Laurent,

As discussed on the phone, your login for the client portal:

user name: laurent.f
password: ${k.gen()}

For the reports API, please use the key ${k.hexTok(40)} in the X-Api-Key header.
Your account manager is Sophie (ext. ${k.num(4)}).
`,
  ),

  pd(
    'meeting-notes-board-wifi',
    ['prose'],
    'notes/board-offsite.md',
    (k) => `Board offsite — logistics
- Hotel: Seaview, check-in from ${k.time()}
- Wi-Fi: "Seaview-Conf" / ${k.hpw()}
- Zoom room passcode: ${k.pin(6)}
- Dinner ${k.time()}
`,
  ),
];
