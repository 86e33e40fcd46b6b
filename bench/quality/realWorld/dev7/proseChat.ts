// rw-dev7 prose: chat logs pasted as text (Slack copy-paste, IRC, WhatsApp/Signal/SMS exports, Teams, Discord,
// Matrix). Values often arrive in the message after the one that names them.
import type { RealWorldDoc } from '../types';
import { pdoc } from './proseKit';

export const PROSE_CHAT_DOCS: RealWorldDoc[] = [
  pdoc(
    'slack-copy-db-handover',
    ['prose'],
    'notes/slack-db-handover.txt',
    (k) => `Priya Raman  ${k.time()}
hey, can you give me the staging db creds? mine expired

Tomás Ortega  ${k.time()}
sure
user is app_rw
password:
${k.hpw()}

Priya Raman  ${k.time()}
thx 🙏 and the read replica?

Tomás Ortega  ${k.time()}
same user, different pass -> ${k.gen()}
(don't paste it in #general again lol)

Priya Raman  ${k.time()}
haha ok. the old one was ${k.n('[redacted]')} anyway right
`,
  ),

  pdoc(
    'whatsapp-family-alarm',
    ['prose'],
    'misc/whatsapp-chat-family.txt',
    (k) => `[12/03/24, 09:14:02] Mum: Hi love, the alarm man came today
[12/03/24, 09:14:30] Mum: new code for the alarm panel: ${k.pin(4)}
[12/03/24, 09:15:11] Dan: ok thanks. is the garage the same?
[12/03/24, 09:16:47] Mum: no garage door is ${k.pin(6)}
[12/03/24, 09:17:02] Mum: and the wifi password is ${k.hpw()} now, they changed the router
[12/03/24, 09:18:40] Dan: 👍
[12/03/24, 09:19:05] Dan: the engineer's number? ${k.phone()}
[12/03/24, 09:21:13] Mum: yes that's him. his invoice was ${k.price()}
`,
  ),

  pdoc(
    'irc-ops-channel',
    ['prose'],
    'logs/irc-ops-2024-05-14.log',
    (k) => `[${k.time()}] <jlee> anyone have the bastion password? the key auth is broken since ${k.ver()}
[${k.time()}] <marta> jlee: it's ${k.gen()}
[${k.time()}] <marta> rotate after you're done please
[${k.time()}] <jlee> thanks. and redis AUTH?
[${k.time()}] <marta> ${k.lw()}
[${k.time()}] <marta> yes really, just the word, it's a dev box
[${k.time()}] <bot> PR ${k.order()} merged by marta
[${k.time()}] <jlee> ok in
`,
  ),

  pdoc(
    'signal-export-landlord',
    ['prose'],
    'personal/signal-landlord.txt',
    (k) => `[2024-02-01 18:22] Landlord: Hi! Welcome to the flat. Key safe by the door, code ${k.pin(4)}
[2024-02-01 18:23] Landlord: Wifi name FLAT-2B, password ${k.phrase('')}
[2024-02-01 18:25] Me: Thanks a lot. The bins?
[2024-02-01 18:26] Landlord: Tuesday mornings. Rent ${k.price()} on the 1st
[2024-02-01 18:40] Landlord: Oh and the bike store padlock is ${k.pin(4)} 🚲
[2024-02-01 18:41] Me: great
`,
  ),

  pdoc(
    'sms-bank-and-voicemail',
    ['prose'],
    'personal/sms-export.txt',
    (k) => `From: +447700900123  Date: ${k.date()} ${k.time()}
Your verification code is ${k.n('483920')}. Do not share it with anyone.

From: Sam  Date: ${k.date()} ${k.time()}
voicemail pin for the office phone is ${k.pin(4)} if you need to check messages while I'm away

From: Sam  Date: ${k.date()} ${k.time()}
and the SIM PUK for the work phone, it locked itself: ${k.pin(8)}

From: Sam  Date: ${k.date()} ${k.time()}
order number for the replacement is ${k.order()}
`,
  ),

  pdoc(
    'teams-vendor-vpn',
    ['prose'],
    'docs/chat/teams-vendor.txt',
    (k) => `[${k.date()} ${k.time()}] Anders Holm (External)
Here are the VPN details for the vendor account

[${k.date()} ${k.time()}] Anders Holm (External)
username: ext-holm

[${k.date()} ${k.time()}] Anders Holm (External)
password is ${k.hpw()}

[${k.date()} ${k.time()}] Rita Kaur
Thanks! Is there a pre-shared key too?

[${k.date()} ${k.time()}] Anders Holm (External)
yes PSK: ${k.gen()}

[${k.date()} ${k.time()}] Rita Kaur
👍 Ticket ${k.ticket('VND')} updated, I put "see 1Password item ${k.n('Vendor VPN - Holm')}" there instead of the values
`,
  ),

  pdoc(
    'discord-gameserver',
    ['prose'],
    'community/discord-export.txt',
    (k) => `Zed — Today at ${k.time()}
rcon password for the minecraft server is \`${k.hpw()}\`
Zed — Today at ${k.time()}
don't give it to randoms pls
kestrel — Today at ${k.time()}
whats the server pass for joining tho
Zed — Today at ${k.time()}
${k.lw()}
kestrel — Today at ${k.time()}
ty. version?
Zed — Today at ${k.time()}
${k.ver()}
`,
  ),

  pdoc(
    'slack-thread-token-alone',
    ['prose', 'precision'],
    'docs/incidents/slack-thread-webhook.md',
    (k) => `# Copied from #payments-oncall

**Nadia** ${k.time()}
Stripe webhook failing signature check again, who has the signing secret for the staging relay? Not the Stripe one, our internal relay

**Owen** ${k.time()}
here's the token:

**Owen** ${k.time()}
${k.tok()}

**Nadia** ${k.time()}
works, thanks. the relay's API key for the partner side too?

**Owen** ${k.time()}
${k.uuidTok()}
that's the partner key, it looks like a uuid but it's the secret

**Nadia** ${k.time()}
also fyi request id ${k.n(k.g.uuid())} was the failing one
`,
  ),

  pdoc(
    'matrix-homelab',
    ['prose'],
    'homelab/matrix-log.txt',
    (k) => `${k.date()} ${k.time()} <@ivo:matrix.org> the NAS admin login is admin / ${k.hpw()}
${k.date()} ${k.time()} <@ivo:matrix.org> Proxmox root: ${k.gen()}
${k.date()} ${k.time()} <@sol:matrix.org> thx. what's the pihole web pass
${k.date()} ${k.time()} <@ivo:matrix.org> ${k.phrase('-')}
${k.date()} ${k.time()} <@sol:matrix.org> nice, firmware is ${k.ver()} btw
`,
  ),

  pdoc(
    'slack-shared-account-sales',
    ['prose'],
    'notes/slack-sales.txt',
    (k) => `Ben Walsh  ${k.time()}
Does anyone know the login for the LinkedIn Sales Navigator shared account?

Ava Chen  ${k.time()}
email is sales@ our domain, pass ${k.hpw()}. Please don't change it!!

Ben Walsh  ${k.time()}
cheers. And the trade show tablet PIN?

Ava Chen  ${k.time()}
${k.pin(6)}

Ben Walsh  ${k.time()}
Booth number is ${k.n('B-1142')} right?

Ava Chen  ${k.time()}
yep. Budget left ${k.price()}
`,
  ),

  pdoc(
    'whatsapp-contractor-gate',
    ['prose'],
    'site/whatsapp-site-crew.txt',
    (k) => `[05/06/24, 07:02:11] Site Mgr: Morning all. Gate code changed, new one ${k.pin(4)}#
[05/06/24, 07:03:40] Raj: what about the container lock
[05/06/24, 07:04:02] Site Mgr: combo is ${k.pin(3)}-${k.n('left')}
[05/06/24, 07:10:55] Raj: ok. the site office laptop?
[05/06/24, 07:11:30] Site Mgr: user site, password ${k.lw()}${k.n('!')}
[05/06/24, 07:11:44] Site Mgr: sorry ignore the ! it's just the word
[05/06/24, 07:30:21] Raj: delivery ref ${k.order()} arrived
`,
  ),

  pdoc(
    'slack-policy-chatter',
    ['prose', 'precision'],
    'notes/slack-security-chatter.txt',
    (k) => `Lena Fischer  ${k.time()}
reminder: passwords must be at least ${k.n('14')} characters and you can't reuse the last ${k.n('5')}

Marco Rossi  ${k.time()}
what's the password for the shared drive?

Lena Fischer  ${k.time()}
it's in 1Password under "${k.n('Shared Drive - Finance')}", ask your manager for vault access

Marco Rossi  ${k.time()}
my reset link says "${k.n('Password expired')}" and the button is "${k.n('Reset password')}"

Lena Fischer  ${k.time()}
use https://id.example.com/reset and follow the steps. Never send passwords in Slack. The old one was ${k.n('••••••••')} anyway

Marco Rossi  ${k.time()}
ok done, ticket ${k.ticket('HELP')}
`,
  ),

  pdoc(
    'irc-znc-bouncer',
    ['prose'],
    'logs/irc-znc.log',
    (k) => `${k.time()} -!- nick set to tux
${k.time()} <tux> /msg NickServ IDENTIFY ${k.hpw()}
${k.time()} <tux> oops wrong window
${k.time()} <ada> lol change that now
${k.time()} <tux> done, new one is ${k.gen()} (kidding, I'm not pasting it again)
${k.time()} <ada> the bouncer password is still ${k.lw()} though isn't it
${k.time()} <tux> yes will fix
`,
  ),

  pdoc(
    'slack-label-before-token',
    ['prose'],
    'notes/slack-api-keys.txt',
    (k) => `Greg  ${k.time()}
Mailgun-ish relay API key (internal one, not the vendor):

Greg  ${k.time()}
${k.tok(k.g.hex(32))}

Sara  ${k.time()}
And the ingest token for the metrics pipeline?

Greg  ${k.time()}
${k.uuidTok()}

Sara  ${k.time()}
got them, pipeline run ${k.n('#88231')} is green now
`,
  ),

  pdoc(
    'telegram-export-crypto-club',
    ['prose'],
    'misc/telegram-export.txt',
    (k) => `${k.date()} ${k.time()} - Nikolai: Exchange API key: ${k.tok(k.g.alnum(64))}
${k.date()} ${k.time()} - Nikolai: secret: ${k.tok(k.g.base64(88).replace(/=+$/, ''))}
${k.date()} ${k.time()} - Yara: you just posted your keys in a group chat
${k.date()} ${k.time()} - Nikolai: it's read-only, chill. withdraw PIN is ${k.pin(6)} anyway 😅
${k.date()} ${k.time()} - Yara: 🤦 tx hash ${k.n(`0x${k.g.hex(64)}`)}
`,
  ),

  pdoc(
    'slack-vague-descriptions',
    ['prose', 'precision'],
    'notes/slack-vague.txt',
    (k) => `Kim  ${k.time()}
what's the guest wifi pass

Jo  ${k.time()}
same as the staff one but with 2 at the end

Kim  ${k.time()}
and the printer admin?

Jo  ${k.time()}
default, it's on the sticker under the tray. serial ${k.n('CNB8K4' + k.g.digits(4))}

Kim  ${k.time()}
ok. what's the meeting room tablet PIN

Jo  ${k.time()}
ask reception, it changes every ${k.n('Monday')}
`,
  ),

  pdoc(
    'google-chat-onboarding',
    ['prose'],
    'notes/gchat-onboarding.txt',
    (k) => `Hannah Okafor, ${k.time()}
Welcome Luis! Your temp password for the laptop: ${k.hpw()}
You'll be asked to change it at first login.

Luis Mendes, ${k.time()}
Thank you! The door badge PIN?

Hannah Okafor, ${k.time()}
${k.pin(4)}

Hannah Okafor, ${k.time()}
Jira is SSO, no password. Your employee number is ${k.n('E' + k.g.digits(5))}
`,
  ),
];
