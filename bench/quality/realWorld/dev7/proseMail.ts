// rw-dev7 prose: plain mails, customer-support replies, voice-call transcripts and handover notes.
import type { RealWorldDoc } from '../types';
import { pdoc } from './proseKit';

export const PROSE_MAIL_DOCS: RealWorldDoc[] = [
  pdoc(
    'mail-welcome-new-hire',
    ['prose'],
    'mail/welcome-new-hire.eml.txt',
    (k) => `From: it-support@example.com
To: r.silva@example.com
Subject: Your accounts
Date: ${k.date()}

Hi Rafael,

Welcome aboard! Your accounts are ready.

Windows login: rsilva
Initial password: ${k.hpw()}

Email is the same account. For the expense tool use your email and the one-time password ${k.gen()}.

The office door code is ${k.pin(4)} (followed by the # key).

Best,
IT Support | ext. ${k.n('4410')}
`,
  ),

  pdoc(
    'mail-vendor-sftp',
    ['prose'],
    'mail/vendor-sftp.txt',
    (k) => `Subject: RE: SFTP access for monthly reports

Hello,

as discussed on the phone, here are your credentials:

Host: sftp.vendor.example
Port: ${k.n('2222')}
Login: cust_00871
Password (please change after first login): ${k.hpw()}

Kind regards
Support team
Case number ${k.n('CS-0091822')}

> On ${k.date()} at ${k.time()}, Mark wrote:
> Could you send the SFTP details again? I lost the previous email.
`,
  ),

  pdoc(
    'support-reply-router',
    ['prose'],
    'support/replies/router-reset.txt',
    (k) => `Hi Mrs. Patel,

Thanks for calling today. As promised, the new settings for your router:

• Network name: PATEL-HOME
• WiFi password: ${k.hpw()}
• Router admin page password: ${k.gen()}

If you ever need to reset, hold the reset button for ${k.n('10')} seconds, then the password printed on the sticker (${k.n('on the bottom of the router')}) works again.

Your reference is ${k.ticket('CASE')}. Monthly price stays ${k.price()}.

Warm regards,
Jonas — Customer Care
`,
  ),

  pdoc(
    'voice-transcript-it-desk',
    ['prose'],
    'support/transcripts/call-2291.txt',
    (k) => `[00:00:03] Agent: IT service desk, this is Olivia.
[00:00:06] Caller: Hi, I'm locked out of my laptop again.
[00:00:11] Agent: No problem. Can you confirm your employee ID?
[00:00:14] Caller: ${k.n('E40193')}.
[00:00:31] Agent: Thanks. I've reset it. Your temporary password is ${k.hpw()}, capital first letter.
[00:00:44] Caller: Got it. And the Wi-Fi on the fourth floor?
[00:00:47] Agent: The guest one? The passphrase is ${k.phrase(' ')}, all lower case, with spaces.
[00:01:05] Caller: Great, thanks.
[00:01:07] Agent: Anything else? Ticket number is ${k.ticket('HELP')}.
`,
  ),

  pdoc(
    'voice-transcript-bank-call',
    ['prose', 'precision'],
    'transcripts/phone-bank.txt',
    (k) => `Speaker 1 (${k.time()}): Can you confirm the last four digits of your card?
Speaker 2: ${k.n('4417')}.
Speaker 1: And your date of birth?
Speaker 2: ${k.n('14th March')}.
Speaker 1: Thank you. For security I'll never ask for your full PIN or your online banking password.
Speaker 2: OK, good.
Speaker 1: Your new card will arrive in ${k.n('5')} working days, reference ${k.order()}.
`,
  ),

  pdoc(
    'handover-notes-sysadmin',
    ['prose'],
    'docs/handover/sysadmin-handover.txt',
    (k) => `HANDOVER — leaving ${k.date()}

Things only I knew:

1) The old Windows 2012 box (FILESRV02) local Administrator: ${k.hpw()}
2) Switch stack enable secret: ${k.gen()}
3) UPS network card: user apc, password ${k.lw()}
4) The server room door keypad is ${k.pin(6)}
5) Backup encryption passphrase (Veeam):
   ${k.phrase(' ')}
6) Domain registrar login: use the shared mailbox, 2FA on the red phone (${k.phone()})

Everything else is in the password manager, folder "${k.n('IT Handover')}".
`,
  ),

  pdoc(
    'mail-password-reset-instructions',
    ['prose', 'precision'],
    'mail/reset-instructions.txt',
    (k) => `Subject: How to reset your password

Hi team,

Because of the new policy, everyone must reset their password before ${k.date()}.

1. Go to https://id.example.com
2. Click "${k.n('Forgot password?')}"
3. Enter your email; you'll get a code like ${k.n('123-456')} (it expires in ${k.n('15')} minutes)
4. Choose a new password: minimum ${k.n('14')} characters, not one of your last ${k.n('10')}

Never share your password. We will never ask for it by email.

— Security team
`,
  ),

  pdoc(
    'mail-thread-label-previous-message',
    ['prose'],
    'mail/thread-db-creds.txt',
    (k) => `From: Nora
Subject: Re: Re: reporting DB

The password is in my next message, splitting them up like security told us to.

-----
From: Nora
Subject: Re: Re: Re: reporting DB

${k.gen()}

-----
From: Tim
Subject: Re: Re: Re: Re: reporting DB

Thanks, connected. Sent from my iPhone
`,
  ),

  pdoc(
    'support-reply-saas-apikey',
    ['prose'],
    'support/replies/apikey.txt',
    (k) => `Hello Jamal,

I've regenerated the API key for workspace "northwind" as requested. Your new key:

${k.uuidTok()}

The previous key (ending in ${k.n('…3f9a')}) stops working in 24 hours. Your account ID is ${k.n(k.g.uuid())} (that one is not secret).

Regards,
Support
`,
  ),

  pdoc(
    'handover-night-shift',
    ['prose'],
    'ops/handover-night.md',
    (k) => `## Night shift handover ${k.date()}

- Pager: escalation policy P2, phone ${k.phone()}
- Console password for the SAN (changed tonight after the firmware ${k.ver()} upgrade): \`${k.gen()}\`
- Building alarm — if it goes off at the loading dock, disarm with ${k.pin(4)}
- The "monitor" account on the dashboards PC: monitor / ${k.lw()}
- Nothing else open. Tickets: ${k.ticket('OPS')}, ${k.ticket('OPS')}
`,
  ),

  pdoc(
    'mail-family-accounts',
    ['prose'],
    'personal/mail-to-sister.txt',
    (k) => `Hi Em,

Since you're looking after Dad's stuff while I'm away, here's what you need:

Netflix: dad@mail.example / ${k.hpw()}
His phone PIN: ${k.pin(6)}
Bank: he has the card reader, PIN ${k.n("isn't something I know")}
The safe in the wardrobe: ${k.pin(4)}
iPad passcode is ${k.pin(4)} too I think

Love, C
`,
  ),

  pdoc(
    'voice-transcript-standup',
    ['prose', 'precision'],
    'transcripts/standup-otter.txt',
    (k) => `Alex  0:02
Okay, quick one today. Nina, you had the staging thing?

Nina  0:05
Yeah, staging was down because the cert expired. Renewed. Ticket ${k.ticket('PLAT')}.

Alex  0:14
And the new Redis?

Nina  0:16
Up. The auth password is ${k.phrase(' ')}, I'll put it in the vault after this call.

Alex  0:25
Please don't say passwords on recorded calls.

Nina  0:27
Oops. Right. I'll rotate it. Version is ${k.ver()}, meeting ends at ${k.time()}.
`,
  ),

  pdoc(
    'support-reply-redacted',
    ['prose', 'precision'],
    'support/replies/redacted.txt',
    (k) => `Dear customer,

For your security we have removed the password you included in your message (${k.n('[password removed]')}).
Please never send us your password. If you need to reset it, use the link below.

Your licence key for reference: ${k.n('XXXXX-XXXXX-XXXXX-XXXXX')}
Order ${k.order()}, total ${k.price()}.

Kind regards
`,
  ),

  pdoc(
    'mail-printed-letter-scan',
    ['prose'],
    'scans/letter-ocr.txt',
    (k) => `Stadtwerke Example
Kundennummer: ${k.n(k.g.digits(9))}

Ihre Zugangsdaten für das Kundenportal

Benutzername: ${k.n(k.g.digits(9))}
Initialpasswort: ${k.gen()}

Bitte ändern Sie das Passwort nach der ersten Anmeldung.
Datum: ${k.date()}
`,
  ),

  pdoc(
    'handover-freelancer',
    ['prose'],
    'docs/handover/freelancer.md',
    (k) => `# Handover to the next freelancer

Hosting: the VPS at Hetzner.
- root password — **${k.hpw()}** (password login is disabled over SSH though, use the key)
- MySQL root: \`${k.gen()}\`
- WordPress admin: \`editor\` / \`${k.hpw()}\`
- Cloudflare API token (zone edit only): \`${k.s('provider', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 40), 'cloudflare')}\`

Invoice ${k.n('2024-117')} is unpaid, ${k.price()}.
`,
  ),
];
