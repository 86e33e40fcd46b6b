// rw-dev5 prose: chat exports of many apps and export formats. The value is often a bare reply, given several
// messages after the question, or named after it ("X is the wifi").
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { machine, makers, ticketKey, ver, sha, phone, roomCode, invoice } from './proseValues';

export const CHAT_DOCS: RealWorldDoc[] = [
  doc('whatsapp-android-family', ['prose'], 'backup/WhatsApp Chat with Familie.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `12/03/26, 19:02 - Mama: Kann mir jemand nochmal das WLAN Passwort schicken? Das Tablet hat es vergessen
12/03/26, 19:05 - Jonas: Moment
12/03/26, 19:06 - Jonas: ${v.wifi()}
12/03/26, 19:06 - Jonas: Netzwerk heißt FRITZ!Box 7590 ${v.n('XK')}
12/03/26, 19:07 - Mama: Danke mein Schatz ❤️
12/03/26, 19:30 - Lena: und die PIN für Omas Handy war ${v.pin()} oder?
12/03/26, 19:31 - Jonas: ja
12/03/26, 19:40 - Papa: <Medien ausgeschlossen>
12/03/26, 19:41 - Papa: Paketnummer ist ${v.n(g.digits(14))}, kommt Donnerstag
12/03/26, 20:15 - Lena: Netflix Login: lena.k@example.de ${v.ch()}
12/03/26, 20:15 - Lena: nicht weitergeben 😅
`;
  }),

  doc('whatsapp-ios-flatshare', ['prose'], 'exports/_chat.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `[04.11.26, 08:12:44] Marta: ¿Alguien sabe la contraseña del router nuevo?
[04.11.26, 08:13:02] Iker: está en la pegatina de abajo
[04.11.26, 08:13:40] Marta: no la veo, está tapada
[04.11.26, 08:20:11] Iker: vale, te la paso
[04.11.26, 08:20:19] Iker: ${v.wifi()}
[04.11.26, 08:20:25] Iker: la red es MOVISTAR_${v.n(g.hex(4).toUpperCase())}
[04.11.26, 09:01:00] Paula: el código del portal es ${k.u(g.digits(4))}
[04.11.26, 09:02:31] Marta: y la clave de la cuenta de la luz? para subir la factura ${v.n(invoice(g))}
[04.11.26, 09:05:12] Iker: usuario piso3b, clave ${v.le()}
[04.11.26, 09:05:40] Marta: 👍
`;
  }),

  doc('telegram-json-export-ops', ['prose'], 'exports/telegram/result.json', (k) => {
    const v = makers(k);
    const g = k.g;
    const pw = v.same('password', machine(g));
    return `{
 "name": "ops-duty",
 "type": "private_supergroup",
 "id": ${v.n(g.digits(10))},
 "messages": [
  {
   "id": 4411,
   "type": "message",
   "date": "2026-10-02T03:14:09",
   "from": "Dmitri",
   "from_id": "user${v.n(g.digits(9))}",
   "text": "кто-нибудь помнит пароль от ipmi на db-07?"
  },
  {
   "id": 4412,
   "type": "message",
   "date": "2026-10-02T03:16:40",
   "from": "Alina",
   "from_id": "user${v.n(g.digits(9))}",
   "text": [
    "ADMIN / ",
    {
     "type": "code",
     "text": "${pw()}"
    },
    " (поменяй после)"
   ]
  },
  {
   "id": 4413,
   "type": "message",
   "date": "2026-10-02T03:20:02",
   "from": "Dmitri",
   "from_id": "user${v.n(g.digits(9))}",
   "text": "не подходит, пишет invalid credentials. версия BMC ${v.n(ver(g))}"
  },
  {
   "id": 4414,
   "type": "message",
   "date": "2026-10-02T03:22:19",
   "from": "Alina",
   "from_id": "user${v.n(g.digits(9))}",
   "text": [
    "тогда старый: ",
    {
     "type": "code",
     "text": "${v.ch()}"
    }
   ]
  },
  {
   "id": 4415,
   "type": "message",
   "date": "2026-10-02T03:25:51",
   "from": "Dmitri",
   "from_id": "user${v.n(g.digits(9))}",
   "text": "зашёл, спасибо. тикет ${v.n(ticketKey(g))}",
   "reply_to_message_id": 4414
  }
 ]
}
`;
  }),

  doc('discord-chatexporter-txt', ['prose'], 'archive/discord/minecraft-server-admins.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `==============================================================
Guild: Blocky Bois
Channel: staff / admins
==============================================================

[11/20/2026 9:14 PM] creeperkiller
rcon pw pls, need to whitelist someone

[11/20/2026 9:15 PM] notch_jr
one sec

[11/20/2026 9:18 PM] notch_jr
${v.le()}

[11/20/2026 9:18 PM] notch_jr
rcon port is 25575 as always

[11/20/2026 9:19 PM] creeperkiller
ty. also the panel login?

[11/20/2026 9:22 PM] notch_jr
panel: admin@blockybois.gg
pass ${v.ch()}

[11/20/2026 9:22 PM] notch_jr
{Reactions}
👍 (2)

[11/20/2026 9:40 PM] modbot
Server updated to ${v.n(ver(g))} (build ${v.n(sha(g))})
`;
  }),

  doc('discord-chatexporter-csv', ['prose'], 'archive/discord/homelab.csv', (k) => {
    const v = makers(k);
    const g = k.g;
    return `AuthorID,Author,Date,Content,Attachments,Reactions
"${v.n(g.digits(18))}","kmartin","2026-09-01T18:22:10.0000000+02:00","what did you set as the proxmox root password","",""
"${v.n(g.digits(18))}","sven","2026-09-01T18:25:43.0000000+02:00","the usual one with the year bumped","",""
"${v.n(g.digits(18))}","kmartin","2026-09-01T18:26:01.0000000+02:00","which is?","",""
"${v.n(g.digits(18))}","sven","2026-09-01T18:27:55.0000000+02:00","${v.ch()}","",""
"${v.n(g.digits(18))}","kmartin","2026-09-01T18:31:12.0000000+02:00","in. truenas is still ${v.ch()} right","",""
"${v.n(g.digits(18))}","sven","2026-09-01T18:32:40.0000000+02:00","yep","","👍 (1)"
"${v.n(g.digits(18))}","kmartin","2026-09-01T18:40:02.0000000+02:00","https://imgur.com/a/${v.n(g.alnum(7))}","",""
`;
  }),

  doc('teams-chat-html-export', ['prose'], 'exports/teams/Chat_Finance_Migration.html', (k) => {
    const v = makers(k);
    const g = k.g;
    return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Finance migration</title></head>
<body>
<div class="message"><span class="sender">Anouk de Vries</span> <span class="time">14-10-2026 10:03</span>
<div class="body"><p>Hoi, wat is het wachtwoord van de SFTP van de bank? Ik moet de batch ${v.n(invoice(g))} uploaden.</p></div></div>
<div class="message"><span class="sender">Ruud Jansen</span> <span class="time">14-10-2026 10:09</span>
<div class="body"><p>Gebruiker: <b>fin_upload</b></p><p>Wachtwoord: <b>${v.ma()}</b></p></div></div>
<div class="message"><span class="sender">Anouk de Vries</span> <span class="time">14-10-2026 10:11</span>
<div class="body"><p>Dank! En de pincode voor de token-kaart?</p></div></div>
<div class="message"><span class="sender">Ruud Jansen</span> <span class="time">14-10-2026 10:12</span>
<div class="body"><p>${v.pin()} is de pincode</p></div></div>
<div class="message"><span class="sender">Anouk de Vries</span> <span class="time">14-10-2026 10:20</span>
<div class="body"><p>Gelukt, referentie ${v.n(g.upper(2) + g.digits(10))}</p></div></div>
</body></html>
`;
  }),

  doc('google-chat-takeout-json', ['prose'], 'Takeout/Google Chat/Groups/Space AAAA/messages.json', (k) => {
    const v = makers(k);
    const g = k.g;
    return `{
  "messages": [{
    "creator": {"name": "Chiara Russo", "email": "chiara@studio-russo.it", "user_type": "Human"},
    "created_date": "giovedì 9 ottobre 2026 alle ore 09:12:03 UTC",
    "text": "Ragazzi la password della casella info@ l'ho cambiata, quella nuova è ${v.ch()}",
    "topic_id": "${v.n(g.alnum(11))}"
  }, {
    "creator": {"name": "Marco Bianchi", "email": "marco@studio-russo.it", "user_type": "Human"},
    "created_date": "giovedì 9 ottobre 2026 alle ore 09:20:44 UTC",
    "text": "ok. e per il wordpress? admin e ...?",
    "topic_id": "${v.n(g.alnum(11))}"
  }, {
    "creator": {"name": "Chiara Russo", "email": "chiara@studio-russo.it", "user_type": "Human"},
    "created_date": "giovedì 9 ottobre 2026 alle ore 09:21:10 UTC",
    "text": "${v.le()}\\ntutto minuscolo",
    "topic_id": "${v.n(g.alnum(11))}"
  }, {
    "creator": {"name": "Marco Bianchi", "email": "marco@studio-russo.it", "user_type": "Human"},
    "created_date": "giovedì 9 ottobre 2026 alle ore 09:25:31 UTC",
    "text": "Perfetto. Ho aggiornato il plugin alla ${v.n(ver(g))}",
    "topic_id": "${v.n(g.alnum(11))}"
  }]
}
`;
  }),

  doc('mattermost-bulk-export-jsonl', ['prose'], 'exports/mattermost/export.jsonl', (k) => {
    const v = makers(k);
    const g = k.g;
    return `{"type":"version","version":1}
{"type":"post","post":{"team":"eng","channel":"oncall","user":"hkaur","message":"the grafana service account token is ${v.tok()} fyi, it only has viewer","create_at":${v.n(g.digits(13))}}}
{"type":"post","post":{"team":"eng","channel":"oncall","user":"bpetrov","message":"and the alertmanager basic auth? I need it for the webhook test","create_at":${v.n(g.digits(13))}}}
{"type":"post","post":{"team":"eng","channel":"oncall","user":"hkaur","message":"user alert, password below","create_at":${v.n(g.digits(13))}}}
{"type":"post","post":{"team":"eng","channel":"oncall","user":"hkaur","message":"${v.ma()}","create_at":${v.n(g.digits(13))}}}
{"type":"post","post":{"team":"eng","channel":"oncall","user":"bpetrov","message":"works. release ${v.n(ver(g))} tagged at ${v.n(sha(g))}","create_at":${v.n(g.digits(13))}}}
`;
  }),

  doc('irssi-log-irc', ['prose'], 'logs/irc/#netops.log', (k) => {
    const v = makers(k);
    const g = k.g;
    return `--- Log opened Tue Nov 03 21:00:01 2026
21:04 < gearhead> anyone got enable for the old 2960 in rack 4?
21:04 < vlan99> enable secret or the console one
21:05 < gearhead> enable
21:09 < vlan99> ${v.ch()}
21:09 < vlan99> console is ${v.le()} iirc
21:10 < gearhead> thx
21:11 -!- gearhead [~gh@${v.n('10.20.4.17')}] has quit [Quit: leaving]
21:30 < vlan99> note to self: serial of that one is ${v.n(g.upper(3) + g.digits(4) + g.upper(1) + g.digits(3))}
--- Log closed Tue Nov 03 23:59:59 2026
`;
  }),

  doc('weechat-log-matrix-bridge', ['prose'], 'logs/weechat/matrix.#infra.weechatlog', (k) => {
    const v = makers(k);
    const g = k.g;
    return `2026-08-17 10:01:22	@yara	morning. the backup encryption passphrase for restic, where is it
2026-08-17 10:03:40	@ole	bitwarden, "restic repo b2"
2026-08-17 10:04:01	@yara	locked out of bitwarden since the sso change
2026-08-17 10:07:13	@ole	fine:
2026-08-17 10:07:20	@ole	${v.sp()}
2026-08-17 10:07:25	@ole	spaces included
2026-08-17 10:09:02	@yara	and the b2 application key?
2026-08-17 10:11:48	@ole	keyID ${v.n(g.digits(3) + g.hex(12))}, key ${k.s('token', g.alnum(31))}
2026-08-17 10:15:00	--	Notice: commit ${v.n(sha(g))} deployed
`;
  }),

  doc('signal-desktop-export-md', ['prose'], 'notes/signal-export-landlord.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `# Signal — Chat mit Vermieter (exportiert)

**2026-06-01 12:20 Herr Öztürk:** Guten Tag, für das Türschloss im Keller gilt ab heute der neue Code.
**2026-06-01 12:21 Herr Öztürk:** ${k.u(g.digits(5))}
**2026-06-01 12:40 Ich:** Danke! Und das Gäste-WLAN im Hof?
**2026-06-01 13:02 Herr Öztürk:** Netz: Hof-Gast, Schlüssel ${v.wifi()}
**2026-06-01 13:05 Ich:** Und das Portal für die Nebenkostenabrechnung?
**2026-06-01 13:30 Herr Öztürk:** Kundennummer ${v.n(g.digits(8))}, Kennwort ${v.ch()} — bitte nach dem ersten Login ändern.
**2026-06-01 13:31 Ich:** 👍 Rechnung ${v.n(invoice(g))} ist bezahlt.
`;
  }),

  doc('line-chat-export-jp', ['prose'], 'exports/line/[LINE] 開発チームとのトーク.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `[LINE] 開発チームのトーク履歴
保存日時：2026/10/21 18:02

2026/10/21(水)
10:02	佐藤	検証環境のDBのパスワード教えてください
10:05	田中	ちょっと待って
10:11	田中	${v.ma()}
10:11	田中	↑これがstg-dbのパスワードです
10:12	佐藤	ありがとうございます！
10:30	鈴木	管理画面のパスワードは ${v.ch()} です。ユーザー名は admin
10:31	鈴木	本番とは違うので注意
11:00	田中	リリースは ${v.n(ver(g))}、チケット ${v.n(ticketKey(g))}
`;
  }),

  doc('kakaotalk-export-kr', ['prose'], 'exports/kakao/KakaoTalk_20261104_인프라팀.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `인프라팀 님과 카카오톡 대화
저장한 날짜 : 2026-11-04 19:20:11

--------------- 2026년 11월 4일 수요일 ---------------
[김민준] [오후 2:01] 젠킨스 관리자 비밀번호 뭐였죠?
[이서연] [오후 2:03] ${v.ch()} 입니다
[김민준] [오후 2:04] 감사합니다
[이서연] [오후 2:10] 그리고 사내 와이파이 비번 바뀜 → ${v.wifi()}
[박지훈] [오후 2:15] OTP 시드 백업해둔 거 있어요? ${v.totp()} 이거 맞나요
[이서연] [오후 2:16] 네 맞아요. 바로 지우세요
[박지훈] [오후 2:20] 배포 버전 ${v.n(ver(g))} / 커밋 ${v.n(sha(g))}
`;
  }),

  doc('wechat-export-cn', ['prose'], 'exports/wechat/运维群_2026-09.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `2026-09-12 09:31:05 王磊
堡垒机的密码谁有？

2026-09-12 09:33:48 陈静
账号 ops01
密码 ${v.ma()}

2026-09-12 09:34:10 王磊
收到，谢谢

2026-09-12 10:02:17 陈静
另外 redis 的密码改成 ${v.ch()} 了，记得更新配置

2026-09-12 10:05:00 刘洋
好的。工单号 ${v.n(g.digits(12))}，版本 ${v.n(ver(g))}
`;
  }),

  doc('rocketchat-export-html-pt', ['prose'], 'exports/rocketchat/suporte.html', (k) => {
    const v = makers(k);
    const g = k.g;
    return `<div class="msg"><strong>joao.silva</strong> <em>05/10/2026 16:40</em><p>Pessoal, qual a senha do usuário sa do SQL Server de homologação?</p></div>
<div class="msg"><strong>fernanda.lima</strong> <em>05/10/2026 16:52</em><p>Mandei no privado</p></div>
<div class="msg"><strong>joao.silva</strong> <em>05/10/2026 16:53</em><p>não chegou</p></div>
<div class="msg"><strong>fernanda.lima</strong> <em>05/10/2026 16:55</em><p>${v.ch()}</p><p>apaga depois</p></div>
<div class="msg"><strong>joao.silva</strong> <em>05/10/2026 17:10</em><p>A senha do certificado A1 também, por favor (o .pfx da NF-e)</p></div>
<div class="msg"><strong>fernanda.lima</strong> <em>05/10/2026 17:12</em><p>${v.pin()} é a senha do certificado</p></div>
<div class="msg"><strong>joao.silva</strong> <em>05/10/2026 17:30</em><p>Funcionou. Nota ${v.n(g.digits(9))} emitida, chave ${v.n(g.digits(44))}</p></div>
`;
  }),

  doc('zulip-export-de-topic', ['prose'], 'exports/zulip/stream-infra-topic-vpn.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `### infra > VPN Zugänge

**Katrin Hofmann** (2026-07-08 08:44):
> Ich brauche den Pre-Shared-Key für den Site-to-Site Tunnel nach Linz.

**Florian Weber** (2026-07-08 09:02):
Der PSK ist \`${v.ma()}\`. Phase 1 ist IKEv2, AES-256, DH ${v.n('group 14')}.

**Katrin Hofmann** (2026-07-08 09:05):
Danke. Und das Passwort vom FortiGate-Admin?

**Florian Weber** (2026-07-08 09:20):
Das steht im Passwortsafe. Kurzfassung: ${v.ch()}
Bitte nicht in Tickets kopieren (siehe ${v.n(ticketKey(g))}).
`;
  }),

  doc('skype-export-csv-ro', ['prose'], 'exports/skype/messages.csv', (k) => {
    const v = makers(k);
    const g = k.g;
    return `conversation,from,timestamp,content
"Andrei Popescu","live:andrei.p","2026-05-03 10:11","salut, care e parola de la contul de hosting?"
"Andrei Popescu","live:ioana.m","2026-05-03 10:14","user: clientx_admin"
"Andrei Popescu","live:ioana.m","2026-05-03 10:14","parola: ${v.ch()}"
"Andrei Popescu","live:andrei.p","2026-05-03 10:20","merci. si cea de la ftp?"
"Andrei Popescu","live:ioana.m","2026-05-03 10:31","aceeasi, doar ca la final are ${k.u('2')} in loc de ${k.u('1')}"
"Andrei Popescu","live:ioana.m","2026-05-03 10:32","de fapt nu, asta e: ${v.le()}"
"Andrei Popescu","live:andrei.p","2026-05-03 10:35","ok, factura ${v.n(invoice(g))} trimisa"
`;
  }),

  doc('slack-export-thread-tr', ['prose'], 'exports/slack/altyapi/2026-10-19.json', (k) => {
    const v = makers(k);
    const g = k.g;
    return `[
  {"user": "U01AHMET", "text": "arkadaşlar vCenter şifresi değişti mi? giremiyorum", "ts": "${v.n(g.digits(10) + '.' + g.digits(6))}"},
  {"user": "U01SELIN", "text": "evet dün değişti", "ts": "${v.n(g.digits(10) + '.' + g.digits(6))}"},
  {"user": "U01SELIN", "text": "yeni şifre: ${v.ch()}", "ts": "${v.n(g.digits(10) + '.' + g.digits(6))}"},
  {"user": "U01AHMET", "text": "tamam girdim :+1:", "ts": "${v.n(g.digits(10) + '.' + g.digits(6))}"},
  {"user": "U01EMRE", "text": "${v.le()} bu da ESXi root şifresi, kaydedin bir yere", "ts": "${v.n(g.digits(10) + '.' + g.digits(6))}"},
  {"user": "U01SELIN", "text": "toplantı linki: zoom ${v.n(roomCode(g))}", "ts": "${v.n(g.digits(10) + '.' + g.digits(6))}"}
]
`;
  }),

  doc('messenger-copy-paste-pl', ['prose'], 'notes/messenger-ksiegowosc.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Agnieszka
czy masz hasło do konta w banku firmowego? muszę zrobić przelew do ${v.n(invoice(g))}

Tomek
login to ${v.n(g.digits(8))}
hasło wyślę smsem

Agnieszka
nie doszedł sms :(

Tomek
${v.ch()}
a kod PIN do tokena to ${v.pin()}

Agnieszka
dzięki, zrobione. tel do księgowej ${v.n(phone(g))}
`;
  }),

  doc('teams-copy-paste-meeting-chat', ['prose'], 'notes/teams-meeting-chat-2026-11-12.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `[10:02] Priya Nair
Joining now. Meeting ID ${v.n(roomCode(g))}, passcode ${k.u(g.alnum(6))}

[10:14] Liam O'Connor
For the demo tenant: demo-admin@contoso-lab.onmicrosoft.com

[10:14] Liam O'Connor
${v.ma()}

[10:15] Priya Nair
is that the temp password or the one you set?

[10:15] Liam O'Connor
temp, it forces a change. I'll set it to ${v.ch()} after so we all have it

[10:40] Liam O'Connor
Recording: https://contoso-lab.sharepoint.com/:v:/g/${v.n(g.alnum(22))}
`;
  }),
];
