// rw-dev8 prose: the shapes prose leaves most often — keys in the middle of a sentence (hex, UUID), words said as a
// password, "it's X", "set it to X" — plus pages that hold only look-alikes.
import type { RealWorldDoc } from '../types';
import { pd } from './proseValues';

export const PROSE_MISC_DOCS: RealWorldDoc[] = [
  pd(
    'note-uuid-key-sentence',
    ['prose'],
    'notes/analytics-setup.md',
    (k) => `Analytics setup: the project id is ${k.reqId()} (public, it's in the page source) and the write key is ${k.uuidTok()} — keep the write key out of the frontend.
The dashboard share link token is ${k.tok(k.g.hex(24))}, anyone with it can view.
`,
  ),

  pd(
    'note-hex-key-said',
    ['prose'],
    'notes/printer-cloud.txt',
    (k) => `The cloud print connector asks for an "enrollment key"; ours is ${k.hexTok(40)}. The connector version is ${k.ver()} and the device id ${k.n(k.g.hex(12))}.
`,
  ),

  pd(
    'chat-spoken-passphrase-quotes-none',
    ['prose'],
    'exports/slack/podcast-team.txt',
    (k) => `Riley  ${k.time()}
the password for the recording studio laptop is ${k.phrase(' ')} all lower case with spaces

Quinn  ${k.time()}
lol who picked that

Riley  ${k.time()}
the intern. the streaming key for the channel is ${k.tok(k.g.alnum(4).toLowerCase() + '-' + k.g.alnum(4).toLowerCase() + '-' + k.g.alnum(4).toLowerCase() + '-' + k.g.alnum(4).toLowerCase())}
`,
  ),

  pd(
    'chat-its-x',
    ['prose'],
    'exports/slack/quick-question.txt',
    (k) => `Dana  ${k.time()}
quick q, what's the pass for the shared figma?

Eli  ${k.time()}
it's ${k.hpw()}

Dana  ${k.time()}
and the one for the stock photos site?

Eli  ${k.time()}
it's ${k.lw()} — don't judge
`,
  ),

  pd(
    'email-pgp-passphrase',
    ['prose'],
    'mail/pgp-handover.eml',
    (k) => `Subject: signing key

Hi Ines,
the release signing key is on the YubiKey in the safe. PIN is ${k.pin(6)}, admin PIN ${k.pin(8)}.
The passphrase of the backup copy on the USB stick is "${k.phrase('-')}".
Key fingerprint (public): ${k.n(k.g.hex(40).toUpperCase())}
— Paul
`,
  ),

  pd(
    'support-reply-kiosk',
    ['prose'],
    'tickets/support-kiosk.txt',
    (k) => `Re: Kiosk stuck in admin mode (case ${k.num(7)})

Hello, to exit kiosk mode tap the top-left corner five times and enter the maintenance password ${k.pin(6)}.
If that does not work, the technician password is ${k.gen()}. Please do not share it with store staff.
Firmware: ${k.ver()}.
`,
  ),

  pd(
    'wiki-glossary-negatives',
    ['prose', 'precision'],
    'wiki/glossary.md',
    (k) => `# Glossary

- **API key**: a long random string, for example what \`openssl rand -hex 20\` prints. Ours live in ${k.n('Secrets Manager')}.
- **Client ID**: public identifier, e.g. ${k.reqId()}.
- **Commit SHA**: e.g. ${k.n(k.g.hex(40))}.
- **Password**: never in this wiki. Placeholder in docs: ${k.ph()}.
- **Request ID**: e.g. ${k.reqId()}, safe to share in tickets.
`,
  ),

  pd(
    'ui-strings-negatives',
    ['prose', 'precision'],
    'locales/en/auth.md',
    (k) => `| key | text |
|---|---|
| login.password | ${k.n('Password')} |
| login.forgot | ${k.n('Forgot your password?')} |
| reset.sent | ${k.n('We sent a reset link to your email')} |
| reset.weak | ${k.n('This password is too weak')} |
| token.copy | ${k.n('Copy token')} |
`,
  ),

  pd(
    'standup-bot-transcript',
    ['prose'],
    'notes/standup-transcript.txt',
    (k) => `[transcript, auto-generated, ${k.date()}]
Hana: ...and for the demo the login is demo at our domain and the password is ${k.hpw()}, I'll send it in chat too.
Omar: Okay. Also the wifi here is the one with the password ${k.lw()}, right?
Hana: Yes. Moving on, the release is ${k.ver()}.
`,
  ),

  pd(
    'readme-kiosk-negatives-mixed',
    ['prose', 'precision'],
    'docs/kiosk.md',
    (k) => `# Kiosk

The maintenance menu is protected by a PIN (set in the admin console, default ${k.u('0000')}).
The MDM enrollment URL contains a one-time code (like ${k.n('ENR-' + k.g.upper(6))}) that expires after 24 h.
Device serials look like ${k.n('SN' + k.g.digits(10))}.
`,
  ),

  pd(
    'email-bank-like-phish-neg',
    ['prose', 'precision'],
    'mail/phishing-sample.eml',
    (k) => `Subject: [PHISHING SAMPLE] Verify your password

This is a sample used in our awareness training. The email asks "Please confirm your password: __________".
Never type your password into such a form. Tracking id ${k.reqId()}.
`,
  ),

  pd(
    'chat-redis-and-mongo',
    ['prose'],
    'exports/slack/backend-oncall.txt',
    (k) => `Sara  ${k.time()}
prod mongo is refusing connections, anyone has the admin creds?

Kofi  ${k.time()}
mongodb://admin:${k.cs()}@mongo-0.internal:27017/?authSource=admin

Sara  ${k.time()}
thanks. and redis?

Kofi  ${k.time()}
AUTH with ${k.lw()}. yes, it's bad, ticket ${k.tkt('SEC')} is open
`,
  ),

  pd(
    'handwritten-scan-ocr',
    ['prose'],
    'scans/ocr-whiteboard.txt',
    (k) => `WHITEBOARD (OCR) ${k.date()}
Guest wifi -> ${k.hpw()}
Sprint goal: ship export
Demo acct pw: ${k.gen()}
`,
  ),
];
