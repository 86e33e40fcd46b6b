// rw-dev8 prose: chat exports (Slack, Teams, Discord, IRC, Mattermost, WhatsApp, Telegram). The value often comes in
// the message after the question, or after a verb ("set it to", "use … to log in").
import type { RealWorldDoc } from '../types';
import { pd } from './proseValues';

export const PROSE_CHAT_DOCS: RealWorldDoc[] = [
  pd(
    'slack-vpn-reset-reply',
    ['prose'],
    'exports/slack/it-helpdesk-2024-06.txt',
    (k) => `Nora Lindqvist  ${k.time()}
my VPN account got locked again after the laptop swap 😩

Sam Okafor  ${k.time()}
unlocked. I reset it too
try ${k.hpw()}

Sam Okafor  ${k.time()}
it'll make you change it on first login

Nora Lindqvist  ${k.time()}
in, thanks! ticket was ${k.tkt('HELP')} if you need it
`,
  ),

  pd(
    'slack-thread-next-message',
    ['prose'],
    'exports/slack/team-data-thread.txt',
    (k) => `Jonas Weber  ${k.time()}
what's the pw for the metabase admin?

Aiko Tanaka  ${k.time()}
${k.lw()}

Jonas Weber  ${k.time()}
seriously? just that?

Aiko Tanaka  ${k.time()}
yeah it was never meant to be exposed, it's behind the VPN. I'll change it after the demo on ${k.date()}

Jonas Weber  ${k.time()}
ok. build ${k.sha()} is deployed btw
`,
  ),

  pd(
    'teams-set-it-to',
    ['prose'],
    'exports/teams/infra-chat.txt',
    (k) => `[${k.date()} ${k.time()}] Miguel Santos: I rotated the jenkins service account this morning
[${k.date()} ${k.time()}] Miguel Santos: I set it to ${k.gen()} - put it in the vault under ci/jenkins-svc when you get a sec
[${k.date()} ${k.time()}] Hannah Boyd: will do. the old one was ${k.mask()} right?
[${k.date()} ${k.time()}] Miguel Santos: yep, that one's dead now
[${k.date()} ${k.time()}] Hannah Boyd: done, version ${k.num(3)} in vault
`,
  ),

  pd(
    'discord-gameserver-rcon',
    ['prose'],
    'exports/discord/minecraft-admins.txt',
    (k) => `[${k.time()}] Blaze: rcon pass for the survival server is ${k.hpw()}
[${k.time()}] Blaze: dont share it in #general pls
[${k.time()}] kittycat: what about the creative one
[${k.time()}] Blaze: same but with 2 at the end. nah jk it's ${k.lw()}
[${k.time()}] kittycat: lol ok
[${k.time()}] Blaze: server ip is ${k.ip()}:25575
`,
  ),

  pd(
    'irc-answer-two-lines-later',
    ['prose'],
    'logs/irc/#dbadmins.log',
    (k) => `${k.time()} <petra> anyone know the mysql root password on db-legacy-02?
${k.time()} <olaf> petra: the old one from the wiki?
${k.time()} <petra> the wiki says "${k.n('see KeePass')}" and I don't have KeePass
${k.time()} <olaf> ${k.hpw()}
${k.time()} <olaf> and please don't log it in the ticket
${k.time()} <petra> ty
${k.time()} * petra has quit (Ping timeout: ${k.num(3)} seconds)
`,
  ),

  pd(
    'mattermost-passphrase-spoken',
    ['prose'],
    'exports/mattermost/sec-team.md',
    (k) => `**@lena.fischer** — ${k.time()}
New shared passphrase for the offline backup drive is "${k.phrase(' ')}" (all lowercase, spaces included).

**@tim.roberts** — ${k.time()}
got it. do we still need the recovery key ${k.tok(k.raw.token(k.g))} written somewhere?

**@lena.fischer** — ${k.time()}
yes keep the printed copy in the safe, the digital copy should go. Hash of the image is ${k.sha256()}.
`,
  ),

  pd(
    'whatsapp-wifi-and-alarm',
    ['prose'],
    'misc/whatsapp-flatmates.txt',
    (k) => `[${k.date()}, ${k.time()}] Luis: new router is in. wifi name FLAT_5G
[${k.date()}, ${k.time()}] Luis: password ${k.hpw()}
[${k.date()}, ${k.time()}] Ana: 🙌
[${k.date()}, ${k.time()}] Ana: and the door code changed too right?
[${k.date()}, ${k.time()}] Luis: yes door is ${k.pin(4)} now
[${k.date()}, ${k.time()}] Luis: router admin page still uses the sticker password, don't change it
[${k.date()}, ${k.time()}] Ana: the guest one is ${k.lw()} lol
`,
  ),

  pd(
    'telegram-bot-token-paste',
    ['prose'],
    'misc/telegram-dev-group.txt',
    (k) => `Dmitri, [${k.date()} ${k.time()}]
bot is up, token is ${k.s('token', `${k.g.digits(10)}:${k.g.base64url(35)}`, 'telegram')}

Ksenia, [${k.date()} ${k.time()}]
you just posted the token in the group 🤦

Dmitri, [${k.date()} ${k.time()}]
it's a private group. fine, I'll revoke it after lunch
chat id is ${k.n('-100' + k.g.digits(10))}
`,
  ),

  pd(
    'slack-use-x-to-log-in',
    ['prose'],
    'exports/slack/onboarding-dm.txt',
    (k) => `Rita Kowalski  ${k.time()}
welcome aboard! your laptop is on your desk. use ${k.gen()} to log in the first time, it will ask for a new one

Rita Kowalski  ${k.time()}
your email is set up as well, temporary password there is ${k.hpw()}

Ben Carter  ${k.time()}
thank you! what about the badge?

Rita Kowalski  ${k.time()}
badge number ${k.num(6)}, pick it up at reception. and the printer PIN is ${k.pin(4)}
`,
  ),

  pd(
    'slack-negatives-only',
    ['prose', 'precision'],
    'exports/slack/platform-questions.txt',
    (k) => `Chris Evans  ${k.time()}
where do I find the password for the staging rabbit?

Laura Pérez  ${k.time()}
it's in vault, ${k.n('secret/staging/rabbitmq')} - ask Bob if you don't have access

Chris Evans  ${k.time()}
got access denied, request id ${k.reqId()}

Laura Pérez  ${k.time()}
filed ${k.tkt('PLAT')} for you. the policy says passwords need 14 chars min, by the way, so the old "${k.n('guest')}" default is gone
`,
  ),

  pd(
    'teams-changed-it-to',
    ['prose'],
    'exports/teams/network-team.txt',
    (k) => `${k.date()} ${k.time()} Patrick: changed the switch enable secret, it's now ${k.gen()}
${k.date()} ${k.time()} Patrick: changed the wifi PSK for the warehouse to ${k.hpw()} as well
${k.date()} ${k.time()} Yusuf: noted, updating the runbook. firmware on them is ${k.ver()}
${k.date()} ${k.time()} Patrick: thx. SNMP community stays ${k.u('public')} on the lab ones, that's intended
`,
  ),

  pd(
    'discord-api-key-in-sentence',
    ['prose'],
    'exports/discord/side-project.txt',
    (k) => `[${k.time()}] mel: ok so I got us an API key for the weather thing: ${k.hexTok(32)}
[${k.time()}] mel: free tier, 1000 calls a day
[${k.time()}] devon: nice. and the maps one?
[${k.time()}] mel: reusing mine, it's ${k.uuidTok()}
[${k.time()}] devon: cool, I'll put both in .env and gitignore it. commit ${k.sha()}
`,
  ),

  pd(
    'slack-huddle-notes-pasted',
    ['prose'],
    'exports/slack/huddle-notes.txt',
    (k) => `Huddle notes (auto) — ${k.date()}
- Alex walked through the migration, ETA ${k.date()}
- Temporary admin login for the new CMS: admin / ${k.hpw()}
- Alex: "the passphrase for the PGP key is ${k.phrase()} — I'll rotate it on Monday"
- Next sync ${k.time()}
`,
  ),

  pd(
    'irc-netsplit-with-key',
    ['prose'],
    'logs/irc/#homelab.log',
    (k) => `[${k.time()}] <sparks> channel key is now ${k.lw()} since the spam wave
[${k.time()}] -!- mode/#homelab [+k] by sparks
[${k.time()}] <hobbes> and nickserv pass for the bot account is ${k.gen()}, I'll put it in the pass store later
[${k.time()}] <sparks> the hash in the bot config is ${k.bcrypt()} so that's fine
`,
  ),

  pd(
    'teams-meeting-chat-export',
    ['prose'],
    'exports/teams/meeting-chat-vendor.txt',
    (k) => `${k.time()} Vendor Support (External): For the remote session please open the link and enter the session code ${k.num(9)}
${k.time()} Vendor Support (External): The service account on the appliance is svc_backup, password ${k.hpw()}, we reset it on our side
${k.time()} Kim Larsen: Thank you. Can we change it ourselves afterwards?
${k.time()} Vendor Support (External): Yes, any 12+ characters. Please don't use the default (${k.u('Passw0rd')}).
`,
  ),

  pd(
    'slack-pin-as-password',
    ['prose'],
    'exports/slack/facilities.txt',
    (k) => `Facilities Bot  ${k.time()}
Server room door: the keypad password was changed. New password: ${k.pin(6)}

Omar  ${k.time()}
the old code ${k.n('#0000')} still shows on the sticker, can someone peel it off

Facilities Bot  ${k.time()}
Reminder: visitor badges are returned at the desk (ticket ${k.tkt('FAC')})
`,
  ),

  pd(
    'discord-mod-dm-passphrase',
    ['prose'],
    'exports/discord/mod-dm.txt',
    (k) => `[${k.date()} ${k.time()}] ren: the shared mod account — the password is literally the sentence "${k.phrase(' ')}"
[${k.date()} ${k.time()}] ren: no caps no punctuation
[${k.date()} ${k.time()}] june: ok noted. 2FA backup code?
[${k.date()} ${k.time()}] ren: ${k.pin(8)}
[${k.date()} ${k.time()}] june: 👍 deleting this DM after
`,
  ),

  pd(
    'signal-landlord',
    ['prose'],
    'misc/signal-landlord.txt',
    (k) => `${k.date()} ${k.time()} - Landlord: Key box at the back door, code ${k.pin(4)}
${k.date()} ${k.time()} - Landlord: Wi-Fi: HOME-${k.num(4)} password ${k.hpw()}
${k.date()} ${k.time()} - Me: Great thanks! Checkout by ${k.time()}?
${k.date()} ${k.time()} - Landlord: Yes. Booking ref ${k.n(k.g.upper(8))}
`,
  ),

  pd(
    'slack-bot-echo-masked',
    ['prose', 'precision'],
    'exports/slack/deploy-bot.txt',
    (k) => `deploybot  APP  ${k.time()}
:white_check_mark: rotated DB password for orders-db (old: ${k.mask()}, new: ${k.mask()})
:key: stored as ${k.n('arn:aws:secretsmanager:eu-west-1:' + k.g.digits(12) + ':secret:orders-db')}
:information_source: run id ${k.reqId()}, checksum ${k.sha256()}
`,
  ),

  pd(
    'slack-password-then-username',
    ['prose'],
    'exports/slack/grafana-access.txt',
    (k) => `Ola Nordmann  ${k.time()}
grafana creds for the oncall view:

Ola Nordmann  ${k.time()}
${k.gen()}

Ola Nordmann  ${k.time()}
^ that's the password, user is oncall-viewer

Mia Chen  ${k.time()}
works, thanks. the api key for the alerting plugin?

Ola Nordmann  ${k.time()}
${k.tok(k.g.alnum(32))}
`,
  ),
];
