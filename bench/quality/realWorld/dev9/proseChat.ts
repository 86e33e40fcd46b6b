// rw-dev9 prose: chat exports (Slack, Teams, Discord, WhatsApp, Telegram, Mattermost, IRC) where the value comes
// as a reply ("it's X"), on the next line alone, in backticks, after an arrow, or in a thread quote.
import type { RealWorldDoc } from '../types';
import { F, pdoc } from './proseValues';

export const PROSE_CHAT_DOCS: RealWorldDoc[] = [
  pdoc(
    'slack-export-staging-db',
    ['prose', 'precision'],
    'exports/slack/platform-team/2026-03-11.txt',
    (x) => `[09:12] priya.n: morning! anyone have the staging db creds? the vault path gives me 403
[09:13] marek.w: which one, the old pg or aurora
[09:13] priya.n: aurora
[09:14] marek.w: user is app_rw
[09:14] marek.w: ${x.gen()}
[09:14] marek.w: pls don't paste it in #general again lol
[09:15] priya.n: 🙏 thanks
[09:15] priya.n: works. also the reporting user?
[09:16] marek.w: reporting / ${x.hum()}
[09:17] marek.w: or as a url if dbeaver wants one: postgres://reporting:${x.cs()}@aurora-stg.internal:5432/reporting
[09:18] marek.w: flag SDK server key for staging while you're at it: ${x.tok()} (the client-side one ${x.n('client-' + x.g.hex(12))} is public)
[09:20] bot.deploy: Deploy ${x.neg.sha()} to staging finished (request ${x.neg.reqId()})
[09:22] jonas.k: fyi the vault policy fix is ${x.neg.ticket()}, should land today
[09:31] priya.n: np. btw the password reset link for jira expired, who do I ping
[09:32] marek.w: helpdesk, ext. ${x.n('4410')}
`,
  ),
  pdoc(
    'teams-chat-vpn-onboarding',
    ['prose'],
    'exports/teams/onboarding-chat.md',
    (x) => `**Chloe Martin** 10:02 AM
Hi Ruben, welcome aboard! Your laptop is ready at the front desk.

**Chloe Martin** 10:03 AM
Temporary Windows login: ruben.alves / ${x.hum()}
You'll be asked to change it on first sign-in.

**Ruben Alves** 10:05 AM
Thanks! What about the VPN?

**Chloe Martin** 10:06 AM
Same username, the VPN pre-shared key is ${x.gen()} (only for the GlobalProtect fallback profile)

**Chloe Martin** 10:06 AM
and the wifi in the office is "Kestrel-Guest", password: ${x.let()}

**Ruben Alves** 10:09 AM
Got it. The laptop asks for a BitLocker recovery key?

**Chloe Martin** 10:11 AM
Oh that's ${x.s('password', `${x.g.digits(6)}-${x.g.digits(6)}-${x.g.digits(6)}-${x.g.digits(6)}-${x.g.digits(6)}-${x.g.digits(6)}-${x.g.digits(6)}-${x.g.digits(6)}`)}
Key ID starts with ${x.n(x.g.hex(8).toUpperCase())} if it asks.

**Ruben Alves** 10:14 AM
All good now 👍 the "Enter your password" screen took a while
`,
  ),
  pdoc(
    'discord-gameserver-admin',
    ['prose'],
    'exports/discord/server-admins.txt',
    (x) => `Kuba — Today at 21:04
rcon pass for the new minecraft box?
Zeus_the_mod — Today at 21:05
its ${x.hum()}
Zeus_the_mod — Today at 21:05
port ${x.n('25575')} like always
Kuba — Today at 21:07
and the panel (pterodactyl) login
Zeus_the_mod — Today at 21:08
admin@ourserver.gg
Zeus_the_mod — Today at 21:08
${x.gen()}
Kuba — Today at 21:10
ty. the bot token we regenerate after that leak?
Zeus_the_mod — Today at 21:12
yeah new one: ${x.prov('discordBot', 'Discord bot token')}
Zeus_the_mod — Today at 21:12
old one was ${x.neg.masked()} dont use it
Zeus_the_mod — Today at 21:14
steam web api key for the stats bot ${x.s('token', x.g.hex(32).toUpperCase())}
Kuba — Today at 21:20
modpack version is ${x.neg.version()} btw
`,
  ),
  pdoc(
    'whatsapp-family-wifi-netflix',
    ['prose'],
    'exports/whatsapp/Family Chat.txt',
    (x) => `12/04/2026, 18:31 - Mom: Whats the wifi password again?? the tablet forgot it
12/04/2026, 18:33 - Diego: ${x.hum()}
12/04/2026, 18:33 - Diego: capital first letter
12/04/2026, 18:35 - Mom: doesnt work
12/04/2026, 18:36 - Diego: oh sorry thats the old one, new one is ${x.let()}
12/04/2026, 18:40 - Mom: ok works!! and netflix?
12/04/2026, 18:41 - Sofia: netflix is diego.family@mail.com and ${x.hum()}
12/04/2026, 18:41 - Sofia: the profile pin is ${x.pin(4)}
12/04/2026, 18:50 - Dad: <Media omitted>
12/04/2026, 18:51 - Dad: my code from the bank is ${x.n(x.g.digits(6))} should I give it to the man on the phone
12/04/2026, 18:51 - Sofia: NO!!! never give that to anyone
`,
  ),
  pdoc(
    'telegram-devops-group',
    ['prose', 'precision'],
    'exports/telegram/devops-ru.txt',
    (x) => `[14.02.2026 11:20:13] Олег: ребята, кто менял пароль на grafana?
[14.02.2026 11:21:40] Ирина: я, новый ${x.hum()}
[14.02.2026 11:21:52] Ирина: логин тот же admin
[14.02.2026 11:25:03] Олег: спасибо. а токен для бота алертов?
[14.02.2026 11:26:15] Ирина: ${x.prov('telegram', 'Telegram bot token')}
[14.02.2026 11:26:30] Ирина: chat_id ${x.n('-100' + x.g.digits(10))}
[14.02.2026 11:40:00] Олег: релиз ${x.neg.version()} выкатили, коммит ${x.neg.sha()}
[14.02.2026 11:41:12] Ирина: ок, тикет ${x.neg.ticket()} закрываю
`,
  ),
  pdoc(
    'slack-thread-api-key-rotation',
    ['prose'],
    'exports/slack/payments/thread-1711.md',
    (x) => `> **Aylin Kaya** — rotated the partner API key for Hermes Logistics, new key below, old one dies Friday
> ${x.tok()}

**Bruno Costa** — thanks! is the webhook signing secret the same?

**Aylin Kaya** — no, that one is → ${x.tok()}

**Bruno Costa** — and for the sandbox?

**Aylin Kaya** — sandbox key: \`${x.tok()}\` (sandbox doesn't sign webhooks)

**Aylin Kaya** — stripe restricted key for the reporting job: ${x.prov('stripeRestricted', 'Stripe restricted key')}
**Kenji Sato** — reminder the merchant id ${x.n('MID-' + x.g.digits(8))} is not secret, you can put that in the README
**Kenji Sato** — request id from the failing call was ${x.neg.reqId()} if anyone wants to look
`,
  ),
  pdoc(
    'mattermost-ldap-bind',
    ['prose'],
    'exports/mattermost/sysadmins-2026-01.txt',
    (x) => `@hanna.b: LDAP sync failing since midnight
@emre.y: bind DN cn=svc-mattermost,ou=service,dc=corp,dc=local
@emre.y: someone changed the pw in AD, I set it back to ${x.gen()}
@hanna.b: can we not reuse passwords 🙃
@emre.y: it's temporary, ticket ${x.neg.ticket()} to move it into the vault
@hanna.b: also SMTP relay user mm-notify has pass ${x.hum()} per the old runbook, still valid?
@emre.y: yes
@emre.y: alerts webhook is https://mm.corp.example/hooks/${x.s('token', x.g.lower(26))}
@hanna.b: ok. error before was "LDAP Result Code ${x.n('49')} \\"Invalid Credentials\\"", gone now
`,
  ),
  pdoc(
    'irc-log-buildbot',
    ['prose', 'precision'],
    'logs/irc/#release.log',
    (x) => `[22:01] <fennec> buildbot worker on arm64 keeps dropping
[22:02] <ottoman> restart it with the new worker password, I changed it yesterday
[22:02] <fennec> which is?
[22:03] <ottoman> /msg
[22:03] <ottoman> eh whatever its a throwaway: ${x.gen()}
[22:05] <fennec> thx. sha of the failing build: ${x.neg.sha()}
[22:06] <fennec> and the try-server pass still ${x.let()} ?
[22:06] <ottoman> yep
[22:08] <ottoman> and the gitea webhook secret for the bot: ${x.tok()} (hook #${x.n(x.g.digits(3))})
[22:09] <buildbot> build #${x.n(x.g.digits(5))} of arm64-linux is complete: success [build ${x.neg.version()}]
`,
  ),
  pdoc(
    'slack-dm-aws-keys',
    ['prose'],
    'exports/slack/dm-tomasz-olga.txt',
    (x) => `Tomasz: can you send me the keys for the backup bucket user
Olga: access key ${x.u('AKIA' + x.g.upper(16))}
Olga: secret → ${x.prov('awsSecret', 'AWS secret access key')}
Tomasz: region eu-central-1 right?
Olga: yes. and delete this msg after 🙂
Tomasz: done. the CloudTrail event id was ${x.neg.reqId()} fwiw
`,
  ),
  pdoc(
    'teams-meeting-chat-sftp',
    ['prose'],
    'exports/teams/meeting-chat-partner-sync.txt',
    (x) => `[3/9 2:03 PM] Ines Duarte (External)
For the SFTP upload: host sftp.partner-logistics.example, user acme_upload

[3/9 2:03 PM] Ines Duarte (External)
password ${x.gen()}

[3/9 2:04 PM] Jonas Keller
Thanks Ines. Do you also need our PGP public key? Fingerprint is ${x.n(x.g.hex(40).toUpperCase())}

[3/9 2:05 PM] Ines Duarte (External)
Yes please. And the zip files should be protected with ${x.hum()} as agreed in the last call

[3/9 2:07 PM] Jonas Keller
Noted, see you next Tuesday
`,
  ),
  pdoc(
    'discord-bot-dev-help',
    ['prose', 'precision'],
    'exports/discord/help-forum-thread.md',
    (x) => `**newdev42**: my bot won't start, it says "An invalid token was provided"
**newdev42**: here's my code
${F}js
client.login('${x.prov('discordBot', 'Discord bot token')}')
${F}
**helper_maya**: you just leaked your token, reset it in the developer portal NOW
**newdev42**: oops. ok new one is ${x.n('[REDACTED]')}
**helper_maya**: 👍 put it in a .env as DISCORD_TOKEN=${x.neg.placeholder()} and read process.env.DISCORD_TOKEN
**newdev42**: works now, discord.js ${x.neg.version()}
`,
  ),
  pdoc(
    'whatsapp-landlord-codes',
    ['prose'],
    'exports/whatsapp/Apartment 4B.txt',
    (x) => `[05.06.26, 09:14:22] Vermieter Herr Braun: Guten Morgen, der Code für die Haustür ist ab heute ${x.pin(4)}#
[05.06.26, 09:15:01] Lena: Danke! Und das WLAN im Keller?
[05.06.26, 09:16:40] Vermieter Herr Braun: Netz "Braun-Keller", Passwort ${x.hum()}
[05.06.26, 09:17:02] Lena: 👍
[05.06.26, 09:30:55] Vermieter Herr Braun: Die Rechnungsnummer für die Nebenkosten ist ${x.n('NK-2026-' + x.g.digits(4))}
[05.06.26, 09:31:10] Lena: Die Garage hat auch einen neuen Code oder?
[05.06.26, 09:33:47] Vermieter Herr Braun: ja
[05.06.26, 09:33:52] Vermieter Herr Braun: ${x.pin(6)}
`,
  ),
  pdoc(
    'slack-incident-channel-redis',
    ['prose', 'precision'],
    'exports/slack/inc-2291-redis.txt',
    (x) => `[02:14] pagerduty: 🔴 Triggered: redis-cache-prod memory > 95% (${x.neg.ticket()})
[02:17] diego.r: on it. need the redis AUTH, the one in 1password is from before the migration
[02:19] yuna.p: new AUTH is ${x.gen()}
[02:19] yuna.p: ACL user "ops" has ${x.hum()}
[02:25] diego.r: FLUSHDB on db 3 done (job ${x.n(x.g.hex(12))}), memory back at 61%
[02:26] diego.r: dashboard https://grafana.internal/d/${x.n(x.g.alnum(9))}/redis?orgId=1
[02:40] yuna.p: postmortem doc: trace id ${x.n(x.g.hex(32))} shows the spike started with the batch import
`,
  ),
];
