// rw-dev3 prose/chat: chat exports (Slack, Teams, Discord, IRC, WhatsApp, Telegram, Mattermost, Matrix, Zulip),
// where a secret is often a bare reply with no label beside it, or split over two messages.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { lettersPassword, wordPassword, ticket, shortSha, meetingId, traceId, version, requestId } from './proseValues';

export const CHAT_DOCS: RealWorldDoc[] = [
  doc('slack-export-json-devops', ['prose'], 'exports/slack/devops/2026-11-14.json', (k) => {
    const g = k.g;
    const pw = k.raw.humanPassword(g);
    return `[
    {
        "type": "message",
        "user": "U04QF2M1A7B",
        "text": "anyone know the login for the grafana on staging? the admin one",
        "ts": "1731578112.004100"
    },
    {
        "type": "message",
        "user": "U03LM8ZKQ2D",
        "text": "admin / ${k.s('password', pw)}",
        "ts": "1731578190.004300",
        "thread_ts": "1731578112.004100"
    },
    {
        "type": "message",
        "user": "U04QF2M1A7B",
        "text": "thx :pray: works",
        "ts": "1731578244.004500",
        "thread_ts": "1731578112.004100"
    },
    {
        "type": "message",
        "user": "U02TT9WQ8HZ",
        "text": "deployed ${k.n(shortSha(g))} to staging, build ${k.n(g.digits(5))} green",
        "ts": "1731580011.005200",
        "client_msg_id": "${k.n(g.uuid())}"
    },
    {
        "type": "message",
        "user": "U03LM8ZKQ2D",
        "text": "fyi I rotated it, it's ${k.pw(k.raw.humanPassword(g))} now. dont paste it in #general pls",
        "ts": "1731582001.006100"
    }
]
`;
  }),

  doc('slack-thread-copy-paste-pg', ['prose'], 'notes/slack-thread-pg-migration.txt', (k) => {
    const g = k.g;
    return `Maya Lindqvist  10:42 AM
can someone give me the RDS creds for the migration dry run

Tomasz Wójcik  10:44 AM
user is migrator, pw in 1password under "rds-staging-migrator"

Maya Lindqvist  10:44 AM
I don't have access to that vault :confused:

Tomasz Wójcik  10:45 AM
ugh ok
${k.pw(k.raw.generatedPassword(g))}
delete this after

Maya Lindqvist  10:46 AM
done, deleted from my clipboard. connecting to ${k.n('staging-pg.c8xq2ab4k1lz.eu-west-1.rds.amazonaws.com')}

Tomasz Wójcik  10:51 AM
also the read replica has a different one, try ${k.pw(k.raw.humanPassword(g))}

Maya Lindqvist  10:52 AM
nope, auth failed
(edited)

Tomasz Wójcik  10:53 AM
ah sorry it was changed last week. the new one is ${k.pw(lettersPassword(g))}

Maya Lindqvist  10:54 AM
:white_check_mark: in. request id ${k.n(requestId(g))} if you want to check the audit log
`;
  }),

  doc('teams-chat-export-german', ['prose'], 'docs/handover/teams-chat-export.txt', (k) => {
    const g = k.g;
    return `[09.11.2026 08:14] Jürgen Schäfer: Moin, ich bin ab morgen im Urlaub, hier die Übergabe für den Druckserver
[09.11.2026 08:15] Jürgen Schäfer: Der Admin-Zugang für das Webinterface ist weiterhin "admin", das Passwort habe ich gestern auf ${k.pw(k.raw.humanPassword(g))} geändert
[09.11.2026 08:15] Jürgen Schäfer: Ticketnummer dazu: ${k.n(ticket(g))}
[09.11.2026 08:17] Svenja Krüger: Danke! Und das WLAN für die Gäste?
[09.11.2026 08:18] Jürgen Schäfer: SSID ${k.n('ACME-Gast')}, Schlüssel: ${k.pw(wordPassword(g))}
[09.11.2026 08:18] Jürgen Schäfer: wird aber jeden Montag neu gesetzt, steht dann im Wiki
[09.11.2026 08:20] Svenja Krüger: Alles klar. Das Passwort-Feld im Formular heißt übrigens "${k.n('Kennwort')}", falls du die Doku anpasst
[09.11.2026 08:21] Jürgen Schäfer: 👍
[09.11.2026 08:40] Jürgen Schäfer: ach so, für den SFTP-Upload: Benutzer scan01, Kennwort ist jetzt ${k.pw(k.raw.generatedPassword(g))}
`;
  }),

  doc('discord-export-game-server', ['prose'], 'community/discord-export-mod-chat.txt', (k) => {
    const g = k.g;
    const rcon = k.raw.humanPassword(g);
    return `==============================================================
Guild: Blockhaven Community
Channel: mod-team / server-ops
==============================================================

[14-Nov-26 09:02 PM] Kestrel#0412
rcon pass for the survival server?

[14-Nov-26 09:03 PM] dunebuggy
${k.s('password', rcon)}

[14-Nov-26 09:03 PM] dunebuggy
dont share w/ trial mods

[14-Nov-26 09:05 PM] Kestrel#0412
kk. also whats the whitelist command again

[14-Nov-26 09:06 PM] dunebuggy
/whitelist add <name>

[14-Nov-26 09:30 PM] Kestrel#0412
the bot is offline btw, token got reset? here's the error: ${k.n('401: Unauthorized')} trace ${k.n(traceId(g))}

[14-Nov-26 09:41 PM] dunebuggy
yeah I regenerated it, new bot token is ${k.prov('discordBot', 'Discord')}
put it in the .env on the vps not in the repo this time lol

[14-Nov-26 09:42 PM] Kestrel#0412
the old rcon ${k.s('password', rcon)} still works on creative fyi

[14-Nov-26 10:15 PM] dunebuggy
server seed is ${k.n(g.digits(19))} if anyone asked
`;
  }),

  doc('irc-log-libera', ['prose'], 'logs/irc/#infra-2026-11-03.log', (k) => {
    const g = k.g;
    return `--- Log opened Tue Nov 03 00:00:02 2026
09:12 -!- mroth [~mroth@user/mroth] has joined #infra
09:13 < mroth> morning. the bastion rejects my key again
09:13 < kaelin> mroth: did you rotate? fingerprint should be ${k.n(`SHA256:${g.base64(43)}`)}
09:14 < mroth> yes that one
09:15 < kaelin> then use the break-glass account, user ops-emergency
09:15 < kaelin> pw: ${k.pw(k.raw.generatedPassword(g))}
09:16 < mroth> in, thanks
09:20 < kaelin> !note remind me to rotate break-glass
09:20 <@infrabot> kaelin: noted (#${k.n(g.digits(4))})
09:31 < jfranke> kaelin: the ldap bind pw for the wiki changed?
09:32 < kaelin> jfranke: yes, changed it to ${k.pw(k.raw.humanPassword(g))} on friday
09:32 < jfranke> ty
09:40 < mroth> fyi nickserv password is not a thing you paste here, someone just did in #random :)
09:41 -!- mroth changed the topic of #infra to: maintenance window Sat 02:00 UTC | ${k.n(ticket(g))}
--- Log closed Tue Nov 03 23:59:59 2026
`;
  }),

  doc('whatsapp-export-family-router', ['prose'], 'misc/WhatsApp Chat with Papa.txt', (k) => {
    const g = k.g;
    return `03/11/2026, 19:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
03/11/2026, 19:02 - Papa: Das Internet geht wieder nicht
03/11/2026, 19:04 - Lena: Hast du den Router neu gestartet?
03/11/2026, 19:10 - Papa: Ja. Jetzt will er ein Passwort für die Fritzbox
03/11/2026, 19:11 - Lena: Steht auf dem Zettel am Kühlschrank
03/11/2026, 19:11 - Lena: Oder: ${k.pw(lettersPassword(g))}
03/11/2026, 19:14 - Papa: Geht
03/11/2026, 19:15 - Papa: Und das WLAN Passwort für Oma?
03/11/2026, 19:16 - Lena: ${k.pw(k.raw.generatedPassword(g))}
03/11/2026, 19:16 - Lena: <Media omitted>
03/11/2026, 19:20 - Papa: Danke mein Schatz ❤️
03/11/2026, 19:21 - Lena: Netflix ist übrigens auch neu: ${k.pw(k.raw.humanPassword(g))} (gleiche Email wie immer)
03/11/2026, 19:30 - Papa: Die Paketnummer von Amazon ist ${k.n(`${g.digits(3)}-${g.digits(7)}-${g.digits(7)}`)}
`;
  }),

  doc('telegram-json-export-bot', ['prose'], 'exports/telegram/result.json', (k) => {
    const g = k.g;
    return `{
 "name": "Shop backend",
 "type": "private_group",
 "id": ${k.n(g.digits(10))},
 "messages": [
  {
   "id": 48211,
   "type": "message",
   "date": "2026-10-28T14:02:11",
   "from": "Oleksandr",
   "from_id": "user${k.n(g.digits(9))}",
   "text": "Бот для сповіщень: токен від BotFather"
  },
  {
   "id": 48212,
   "type": "message",
   "date": "2026-10-28T14:02:40",
   "from": "Oleksandr",
   "from_id": "user${g.digits(9)}",
   "text": [
    {"type": "code", "text": "${k.prov('telegram', 'Telegram')}"}
   ]
  },
  {
   "id": 48213,
   "type": "message",
   "date": "2026-10-28T14:05:03",
   "from": "Iryna",
   "text": "А пароль від адмінки WooCommerce який зараз? Старий не підходить"
  },
  {
   "id": 48214,
   "type": "message",
   "date": "2026-10-28T14:06:19",
   "from": "Oleksandr",
   "text": "змінив його вчора, тепер ${k.pw(k.raw.humanPassword(g))}"
  },
  {
   "id": 48215,
   "type": "message",
   "date": "2026-10-28T14:07:00",
   "from": "Iryna",
   "text": "Дякую! Номер замовлення для тесту: ${k.n(g.digits(6))}"
  }
 ]
}
`;
  }),

  doc('mattermost-ops-channel', ['prose'], 'notes/mattermost-ops-2026-09.md', (k) => {
    const g = k.g;
    return `# #ops — copied from Mattermost for the postmortem

**@ana.ribeiro** — 14:03
o job do backup falhou de novo, erro de autenticação no MinIO

**@rui.c** — 14:05
mudei a secret key ontem, a nova é \`${k.tok(g.base64(40).replace(/[+/]/g, 'x'))}\`
access key continua ${k.n('backup-svc')}

**@ana.ribeiro** — 14:06
obrigada, atualizei no cron. senha do usuário de leitura também mudou?

**@rui.c** — 14:08
sim: **${k.pw(k.raw.humanPassword(g))}**

**@ana.ribeiro** — 14:15
rodou. checksum do dump: ${k.n(g.hex(64))}

**@rui.c** — 14:16
👍 vou colocar no Vault em \`${k.n('secret/data/backup/minio')}\` e apagar daqui depois
`;
  }),

  doc('matrix-element-export-html-text', ['prose'], 'exports/element/infra-room.txt', (k) => {
    const g = k.g;
    return `Infra (!${k.n(g.alnum(18))}:matrix.example.org)

Wed, Oct 21 2026
  Sander de Vries   11:02  heeft iemand het wachtwoord van de Synology NAS?
  Sander de Vries   11:02  die in de serverkast
  Femke Bakker      11:07  gebruiker beheer
  Femke Bakker      11:07  wachtwoord ${k.pw(k.raw.humanPassword(g))}
  Sander de Vries   11:09  dank je! en de encryptiesleutel voor de gedeelde map?
  Femke Bakker      11:12  _${k.pw(k.raw.passphrase(g))}_
  Femke Bakker      11:12  staat ook in KeePass, entry "NAS share key"
  Sander de Vries   11:30  build ${k.n(version(g))} staat klaar, commit ${k.n(shortSha(g))}
  Femke Bakker      11:31  mooi
`;
  }),

  doc('zulip-stream-french', ['prose'], 'docs/chat/zulip-plateforme.md', (k) => {
    const g = k.g;
    return `### stream: plateforme > topic: accès recette

**Claire Dubois**: Quelqu'un a les identifiants de la base de recette ? Le mot de passe du wiki ne marche plus.

**Hugo Martin**: Oui, je l'ai changé suite à l'incident ${k.n(ticket(g))}. Le nouveau : ${k.pw(k.raw.humanPassword(g))}

**Claire Dubois**: Merci ! Et pour l'API de facturation ?

**Hugo Martin**: clé d'API de recette :
${k.tok()}
(celle de prod est dans le coffre, pas ici)

**Claire Dubois**: Parfait. Pour info le champ du formulaire s'appelle « ${k.n('Mot de passe oublié ?')} », c'est ça qui casse le test e2e.

**Hugo Martin**: ah oui, le libellé a changé. Le jeton CSRF dans le HTML (${k.u(g.base64url(43))}) n'a rien à voir.
`;
  }),

  doc('slack-huddle-notes-spanish', ['prose'], 'notes/huddle-notas-pagos.md', (k) => {
    const g = k.g;
    return `Notas del huddle de Slack — equipo de pagos (martes)

- Javi: el sandbox de la pasarela pide credenciales nuevas desde el lunes
- Lucía: las he puesto en el gestor, pero por si acaso: usuario ${k.n('pagos_sbx')} y contraseña ${k.pw(k.raw.generatedPassword(g))}
- Javi: ¿y el secreto del webhook?
- Lucía: es este -> ${k.tok(`whsec_${g.alnum(32)}`)}
- Marta: ojo, el que aparece en la documentación (${k.n('whsec_xxxxxxxxxxxxxxxx')}) es de ejemplo
- Acción: Lucía cambia la contraseña del usuario de lectura, ahora mismo es ${k.pw(wordPassword(g))} y es demasiado débil
- Próxima reunión: ${k.n('jueves 10:00')}, sala ${k.n('Bilbao')}
`;
  }),

  doc('teams-meeting-chat-italian', ['prose'], 'docs/riunioni/chat-riunione-2026-10-07.txt', (k) => {
    const g = k.g;
    return `Chat della riunione "Allineamento rilascio 4.2"

Giulia Romano 10:01
Buongiorno a tutti, link alla board: https://jira.example.it/secure/RapidBoard.jspa?rapidView=${k.n(g.digits(3))}

Marco Esposito 10:03
per il server di collaudo: utente collaudo, la password è sempre ${k.pw(k.raw.humanPassword(g))}

Giulia Romano 10:04
non era cambiata?

Marco Esposito 10:04
hai ragione, adesso è ${k.pw(k.raw.humanPassword(g))}

Francesca Gallo 10:10
ID riunione per domani: ${k.n(meetingId(g))}

Marco Esposito 10:12
token per la API di collaudo, scade venerdì:
${k.bearer()}

Giulia Romano 10:20
grazie, ricordiamoci di non incollare roba del genere in chat 🙃
`;
  }),

  doc('discord-dev-help-turkish', ['prose'], 'community/discord-yardim-kanal.txt', (k) => {
    const g = k.g;
    return `#yardım kanalı dışa aktarımı

emre_k — bugün 13:20
veritabanına bağlanamıyorum, hata: password authentication failed for user "app"

selin.dev — bugün 13:22
.env dosyan neyse onu at bakalım (şifreyi sil ama)

emre_k — bugün 13:24
DB_HOST=localhost
DB_USER=app
DB_PASS=${k.ph()}

selin.dev — bugün 13:25
şifre olarak ne yazıyorsun

emre_k — bugün 13:25
${k.pw(k.raw.humanPassword(g))}

selin.dev — bugün 13:27
docker-compose'da başka şifre var: POSTGRES_PASSWORD=${k.pw(k.raw.humanPassword(g))}
ikisi aynı olmalı

emre_k — bugün 13:30
oldu teşekkürler 🙏 commit: ${k.n(shortSha(g))}
`;
  }),

  doc('slack-paste-two-messages-split', ['prose'], 'incidents/2026-10-30-vpn/slack.txt', (k) => {
    const g = k.g;
    return `#incident-vpn (exported 2026-10-30)

[11:58] Priya Nair: VPN pre-shared key for the branch office tunnel, reading it off the firewall now
[11:58] Priya Nair: first half: ${k.u(g.alnum(16))}
[11:59] Priya Nair: I'll DM the rest
[12:04] Owen Clarke: got it, tunnel is up
[12:10] Owen Clarke: the firewall admin password is on the sticky note? seriously
[12:11] Priya Nair: was. changed it to ${k.pw(k.raw.generatedPassword(g))}
[12:12] Priya Nair: and the SNMP community string is no longer public, it's ${k.pw(lettersPassword(g))}
[12:20] Owen Clarke: status page updated, incident id ${k.n(`INC${g.digits(7)}`)}
`;
  }),

  doc('gchat-space-vietnamese', ['prose'], 'docs/chat/google-chat-nhom-ha-tang.txt', (k) => {
    const g = k.g;
    return `Nhóm: Hạ tầng - Google Chat
Nguyễn Văn An, 9:15 SA
mọi người ơi, mật khẩu VPN mới cho tháng này là ${k.pw(k.raw.humanPassword(g))}
Trần Thị Bích, 9:17 SA
cảm ơn anh. còn tài khoản jenkins?
Nguyễn Văn An, 9:18 SA
jenkins: user deploy / ${k.pw(k.raw.generatedPassword(g))}
Lê Minh, 9:30 SA
mã đơn hàng thử nghiệm: ${k.n(`DH${g.digits(8)}`)}
Nguyễn Văn An, 9:31 SA
khóa API của dịch vụ SMS (môi trường thử): ${k.tok(g.hex(32))}
Trần Thị Bích, 9:40 SA
mật khẩu cũ ${k.n('********')} đừng dùng nữa nhé
`;
  }),

  doc('line-chat-japanese', ['prose'], 'docs/chat/line-トーク履歴.txt', (k) => {
    const g = k.g;
    return `[LINE] 開発チームのトーク履歴
保存日時：2026/11/02 18:44

2026/11/02(月)
10:02	佐藤	ステージングのDBパスワード変わりました
10:02	佐藤	${k.pw(k.raw.humanPassword(g))}
10:05	鈴木	了解です。管理画面のログインも同じですか？
10:06	佐藤	管理画面は「${k.pw(k.raw.generatedPassword(g))}」です
10:10	高橋	APIキーはどこにありますか？
10:12	佐藤	これです→${k.tok()}
10:13	佐藤	本番のキーは絶対にここに貼らないでください
10:20	鈴木	会議ID：${k.n(meetingId(g))}
10:21	鈴木	パスワード欄のラベルは「${k.n('パスワードを入力してください')}」に統一します
`;
  }),

  doc('kakaotalk-korean', ['prose'], 'docs/chat/kakaotalk-dev.txt', (k) => {
    const g = k.g;
    return `개발팀 님과 카카오톡 대화
저장한 날짜 : 2026-10-19 오후 6:02

--------------- 2026년 10월 19일 월요일 ---------------
[김민수] [오전 9:41] 테스트 서버 비번 바뀌었나요?
[이지은] [오전 9:43] 네 어제 바꿨어요
[이지은] [오전 9:43] ${k.pw(k.raw.humanPassword(g))}
[김민수] [오전 9:45] 감사합니다! 관리자 계정은요?
[이지은] [오전 9:46] 관리자 비밀번호: ${k.pw(k.raw.generatedPassword(g))}
[박준호] [오전 10:02] 배포 번호 ${k.n(g.digits(4))} 완료, 커밋 ${k.n(shortSha(g))}
[이지은] [오전 10:05] 비밀번호 입력란 문구는 "${k.n('비밀번호를 입력하세요')}" 로 바꿀게요
`;
  }),

  doc('wechat-chinese', ['prose'], 'docs/chat/微信群聊-运维.txt', (k) => {
    const g = k.g;
    return `—————  2026-10-12  —————

王磊 14:20
测试环境的数据库密码改了吗？

陈静 14:22
改了，新密码是 ${k.pw(k.raw.humanPassword(g))}

王磊 14:23
好的，谢谢。跳板机呢？

陈静 14:25
跳板机账号 ops，密码：${k.pw(k.raw.generatedPassword(g))}

刘洋 14:40
短信接口的 AccessKey Secret 在这里，别外传：
${k.prov('alibabaSecret', 'Alibaba Cloud')}
AccessKey ID ${k.u(k.raw.p.alibabaId(g))}

陈静 14:41
好的。工单号 ${k.n(`GD${g.digits(8)}`)}，提交记录 ${k.n(shortSha(g))}
`;
  }),

  doc('slack-bot-message-with-blocks', ['prose', 'precision'], 'exports/slack/deploy-bot.json', (k) => {
    const g = k.g;
    return `{
  "channel": "C05DEPLOY01",
  "messages": [
    {
      "bot_id": "B0${k.n(g.upper(9))}",
      "text": "Deploy finished",
      "blocks": [
        {"type": "section", "text": {"type": "mrkdwn", "text": "*Service:* checkout\\n*Version:* ${k.n(version(g))}\\n*Commit:* <https://git.example.com/checkout/commit/${k.n(g.hex(40))}|${shortSha(g)}>"}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": "trace \`${k.n(traceId(g))}\` · run ${k.n(g.digits(10))}"}]}
      ]
    },
    {
      "user": "U01ABCDE9FG",
      "text": "the password field on the new login page says \\"Password (min. 12 characters)\\" - can we change that to \\"${k.n('Enter your password')}\\"?"
    },
    {
      "user": "U02HIJKL3MN",
      "text": "sure. also the sentry dsn in the frontend is fine to be public: ${k.n(k.raw.sentryDsn(g))}"
    }
  ]
}
`;
  }),

  doc('teams-channel-polish', ['prose'], 'docs/kanal-teams-infrastruktura.txt', (k) => {
    const g = k.g;
    return `Kanał: Infrastruktura › Ogólny

Paweł Nowak  wt. 09:12
Hasło do konta serwisowego na FTP się zmieniło. Teraz jest ${k.pw(k.raw.humanPassword(g))}

Katarzyna Zielińska  wt. 09:14
Dzięki. A hasło do routera w biurze?

Paweł Nowak  wt. 09:15
to samo co zawsze, tylko z wykrzyknikiem na końcu 😅

Katarzyna Zielińska  wt. 09:15
czyli ${k.pw(`${wordPassword(g)}!`)} ?

Paweł Nowak  wt. 09:16
tak

Tomasz Lewandowski  wt. 10:02
Numer zgłoszenia w helpdesku: ${k.n(ticket(g))}, a identyfikator dzierżawy Azure: ${k.n(g.uuid())}
`;
  }),

  doc('slack-quote-blocks-russian', ['prose'], 'docs/chat/slack-backend-ru.md', (k) => {
    const g = k.g;
    return `> **Дмитрий**: коллеги, кто знает пароль от RabbitMQ на стенде?
> **Алексей**: логин guest отключили, теперь пользователь \`app\`
> **Алексей**: пароль — \`${k.pw(k.raw.humanPassword(g))}\`
> **Дмитрий**: спасибо! а токен для GitLab API?
> **Алексей**: ${k.prov('gitlab', 'GitLab')}
> **Алексей**: он read-only, но всё равно не светите
> **Ольга**: хеш пароля в базе выглядит так: ${k.n(k.raw.bcrypt(g))} — это нормально?
> **Алексей**: да, это bcrypt, его можно не прятать

Номер задачи: ${k.n(ticket(g))}
`;
  }),

  doc('irc-bouncer-config-chat', ['prose'], 'logs/irc/#homelab.log', (k) => {
    const g = k.g;
    return `[2026-10-05 21:01:33] <fennel> my znc config keeps losing the server password
[2026-10-05 21:02:10] <orrin> what does the Server line look like
[2026-10-05 21:02:41] <fennel> Server = irc.libera.chat +6697 ${k.pw(k.raw.humanPassword(g))}
[2026-10-05 21:03:05] <orrin> lol you just pasted it
[2026-10-05 21:03:15] <fennel> eh it's only the bouncer, I'll change it
[2026-10-05 21:09:52] <fennel> ok changed it to ${k.pw(lettersPassword(g))}
[2026-10-05 21:10:01] <orrin> ...
[2026-10-05 21:10:09] <orrin> you did it again
[2026-10-05 21:10:30] <fennel> :( rotating. anyway the pastebin with the log is https://paste.example.net/${k.n(g.alnum(8))}
[2026-10-05 21:12:44] <orrin> the sha256 of the iso is ${k.n(g.hex(64))}, matches upstream
`;
  }),
];
