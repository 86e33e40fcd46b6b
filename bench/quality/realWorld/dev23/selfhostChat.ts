// Chats and mails around the home lab: Discord server exports, WhatsApp/Telegram/Signal exports, e-mails between
// flatmates, notes to a spouse, a small office's volunteer IT person, a game-server group.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './selfhostValues';

export const SELFHOST_CHAT_DOCS: RealWorldDoc[] = [
  hDoc(
    'discord-export-gameserver',
    ['prose', 'logs-and-output', 'precision'],
    'exports/discord/valheim-server.txt',
    (k) => `[03-Mar-26 08:14 PM] Jonas#0001
server is back up, same IP, new password because someone leaked the old one on reddit lol
[03-Mar-26 08:14 PM] Jonas#0001
world: Midgard  pw: ${k.s('password', `${k.g.pick(['Odin', 'Thor', 'Loki', 'Freya'])}${k.g.digits(4)}`)}
[03-Mar-26 08:16 PM] kat_
ty! also whats the rcon pw for the admin panel
[03-Mar-26 08:17 PM] Jonas#0001
${k.hpw()}
[03-Mar-26 08:17 PM] Jonas#0001
dont share it pls
[03-Mar-26 08:18 PM] kat_
k, server id is ${k.n(k.g.digits(17))}
[03-Mar-26 08:20 PM] kat_
what's the seed? ${k.n(k.g.alnum(10))}?
[03-Mar-26 08:21 PM] Jonas#0001
yep
`,
  ),

  hDoc(
    'whatsapp-family',
    ['prose', 'precision'],
    'exports/whatsapp/Familie-Chat.txt',
    (k) => `12.03.26, 19:02 - Papa: Neues Jellyfin-Passwort für den Fernseher im Wohnzimmer: ${k.hpw()}
12.03.26, 19:03 - Lena: und für mein Handy?
12.03.26, 19:05 - Papa: Dein Konto heißt "lena", Passwort ${k.pw()}. Bitte ändern nach dem ersten Login
12.03.26, 19:07 - Mama: <Medien ausgeschlossen>
12.03.26, 19:08 - Papa: Sendungsnummer vom neuen Router: ${k.n(`00340434${k.g.digits(12)}`)}
12.03.26, 19:10 - Lena: 👍
12.03.26, 19:12 - Papa: Das alte Passwort (${k.n('********')}) geht nicht mehr
`,
  ),

  hDoc(
    'telegram-export-json',
    ['prose', 'config-syntax', 'precision'],
    'exports/telegram/homelab-group/result.json',
    (k) => `{
 "name": "homelab 🇪🇸",
 "type": "private_supergroup",
 "id": ${k.n(k.g.digits(10))},
 "messages": [
  {"id": 1201, "type": "message", "date": "2026-02-11T21:04:12", "from": "Pablo", "text": "el token del bot de avisos es ${k.prov('Telegram', H.telegramBot(k.g))}"},
  {"id": 1202, "type": "message", "date": "2026-02-11T21:05:40", "from": "Lucía", "text": "y la contraseña del grafana? la de siempre no va"},
  {"id": 1203, "type": "message", "date": "2026-02-11T21:06:02", "from": "Pablo", "text": "la cambié: ${k.hpw()}"},
  {"id": 1204, "type": "message", "date": "2026-02-11T21:07:15", "from": "Lucía", "text": "gracias, hash del commit: ${k.n(H.shortSha(k.g))}"}
 ]
}
`,
  ),

  hDoc(
    'email-flatmates-nas',
    ['prose', 'precision'],
    'mail/flat-nas.eml',
    (k) => `From: Sam <sam@example.org>
To: flat@example.org
Subject: NAS + streaming logins
Date: Tue, 4 Mar 2026 18:22:11 +0000
Message-ID: <${k.n(`${k.g.hex(16)}@mail.example.org`)}>

Hey all,

the new NAS is up. Your shares are at \\\\nas\\<your name>. Logins:
  - Priya: ${k.pw()}
  - Tom:   ${k.pw()}
  - Me:    (not telling)
Change them at http://nas.local:5000 -> Personal. Jellyfin uses the same.

The guest wifi is "FlatGuests" / ${k.hpw()}

Sam

(the old shared password ${k.n('<deleted>')} is gone)
`,
  ),

  hDoc(
    'signal-notes-to-self',
    ['prose', 'precision'],
    'exports/signal/note-to-self.txt',
    (k) => `[2026-01-05 22:10] Note to Self: borg passphrase for the storage box: ${k.phrase()}
[2026-01-05 22:11] Note to Self: storage box sub-account u${k.g.digits(6)}-sub1 pw ${k.gpw()}
[2026-01-06 09:30] Note to Self: buy 2x 8TB, order #${k.n(k.g.digits(9))}
[2026-01-07 20:02] Note to Self: Unraid key GUID ${k.n(`${k.g.hex(4).toUpperCase()}-${k.g.hex(4).toUpperCase()}-${k.g.hex(4).toUpperCase()}-${k.g.hex(12).toUpperCase()}`)}
`,
  ),

  hDoc(
    'small-office-it-handover',
    ['prose', 'precision'],
    'office/IT-Uebergabe-Praxis.md',
    (k) => `# Übergabe IT – Praxis Dr. Weber (ehrenamtlich betreut von Tim)

| Gerät / Dienst | Benutzer | Passwort | Bemerkung |
|---|---|---|---|
| Router (LANCOM) | root | ${k.hpw()} | Fernwartung aus |
| NAS Backup | praxis-backup | ${k.pw()} | Hyper Backup nachts |
| Drucker Empfang | admin | ${k.u('admin')} | Werkseinstellung |
| TeamViewer Empfang | ID ${k.n(`1 ${k.g.digits(3)} ${k.g.digits(3)} ${k.g.digits(3)}`)} | ${k.s('password', k.g.chars('abcdefghijkmnpqrstuvwxyz23456789', 8))} | nur für Tim |
| Praxissoftware | – | ${k.n('(im Tresor)')} | |

Lizenzschlüssel Windows: ${k.n(Array.from({ length: 5 }, () => k.g.chars('BCDFGHJKMPQRTVWXY2346789', 5)).join('-'))}
`,
  ),

  hDoc(
    'discord-export-bot-dev',
    ['prose', 'precision'],
    'exports/discord/bot-dev-channel.txt',
    (k) => `[2026-02-20 14:01] neko: can someone test my bot? invite link https://discord.com/oauth2/authorize?client_id=${k.n(`1${k.g.digits(18)}`)}&scope=bot
[2026-02-20 14:03] rin: it's offline
[2026-02-20 14:05] neko: weird. token is ${k.prov('Discord', H.discordBot(k.g))} can you try running it
[2026-02-20 14:05] rin: DONT POST TOKENS IN CHAT
[2026-02-20 14:06] neko: oops. resetting. public key for interactions is ${k.n(k.g.hex(64))} btw that one's fine right
[2026-02-20 14:07] rin: yes that one is public
`,
  ),

  hDoc(
    'matrix-element-export',
    ['prose', 'precision'],
    'exports/element/homelab-room.txt',
    (k) => `<@lars:matrix.example.nl> Synapse registration is closed now, use the shared secret to create accounts
<@lars:matrix.example.nl> registration_shared_secret: ${k.s('token', k.g.base64(40).replace(/[+/=]/g, '.'))}
<@eva:matrix.example.nl> and the coturn secret? calls fail
<@lars:matrix.example.nl> static-auth-secret=${k.s('token', k.g.hex(64))}
<@eva:matrix.example.nl> 👍 room id is ${k.n(`!${k.g.alnum(18)}:matrix.example.nl`)}
`,
  ),

  hDoc(
    'sms-mum-router',
    ['prose', 'precision'],
    'notes/sms-mum.txt',
    (k) => `Mum, the new internet box password (for the laptop, the wifi) is: ${k.hpw()}
Type it exactly, capital letter at the start.
If the TV asks for "network key" it's the same.
The code on the back sticker (${k.n(k.g.upper(4) + '-' + k.g.digits(4))}) is the serial number, not the password!
`,
  ),

  hDoc(
    'minecraft-group-mail',
    ['prose', 'precision'],
    'mail/minecraft-server-info.txt',
    (k) => `Hi guys,

server address: mc.${k.g.lower(6)}.net (port 25565)
The whitelist is on, send me your username. For the admins: rcon on port 25575, password ${k.hpw()}.
Server seed: ${k.n(k.g.digits(19))}.
Dynmap at http://mc.${k.g.lower(6)}.net:8123, no password.
Your UUIDs I added: ${k.n(k.g.uuid())}, ${k.n(k.g.uuid())}

cheers
`,
  ),

  hDoc(
    'mastodon-instance-admin-dm',
    ['prose', 'precision'],
    'exports/mastodon/admin-dm.txt',
    (k) => `@alex: moved our small instance to the new box. tootctl accounts modify alex --reset-password gave me ${k.s('password', k.g.hex(32))} for the admin login
@alex: SECRET_KEY_BASE is still ${k.s('token', k.g.hex(128))} (copied from old .env.production)
@jo: cool. VAPID public key ${k.n(`B${k.g.base64url(86)}`)} is fine to share, right?
@alex: yes, and the OTP_SECRET stays in ${k.n('.env.production')}
`,
  ),

  hDoc(
    'meeting-notes-hackerspace',
    ['prose', 'precision'],
    'hackerspace/meetings/2026-03-12.md',
    (k) => `# Hackerspace monthly meeting – 12 March

Present: 9 members. Minutes: Ana.

1. **Door system**: new keypad code is ${k.u(k.g.digits(6))}. Members only!
2. **Server rack**: Proxmox upgrade done. The shared admin account for the member wiki is \`wiki-admin\` / ${k.pw()}. Door system API id ${k.n(k.g.uuid())}.
3. **3D printers**: OctoPrint on the Prusa now needs the API key ${k.s('token', k.g.hex(32).toUpperCase())} for the Slicer upload.
4. **Finances**: IBAN for dues ${k.n(`DE${k.g.digits(20)}`)}.
5. Next meeting: 9 April.
`,
  ),
];
