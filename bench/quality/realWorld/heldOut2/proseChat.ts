// rw-held-out2 prose: chat exports (Slack, Teams, Discord, Telegram, WhatsApp, Mattermost, IRC, WeChat, LINE, KakaoTalk, Zalo).
import type { RealWorldDoc } from '../types';
import { F, hdoc } from './proseKit';

export const PROSE_CHAT_DOCS: RealWorldDoc[] = [
  hdoc('slack-export-ops-channel', ['prose', 'http-auth'], 'exports/slack/ops/2026-03-14.json', (k) => {
    const ts = () => `17${k.g.digits(8)}.${k.g.digits(6)}`;
    return `[
    {
        "type": "message",
        "user": "${k.n(`U04${k.g.upper(8)}`)}",
        "text": "anyone know why the staging grafana is 502ing?",
        "ts": "${k.n(ts())}",
        "client_msg_id": "${k.n(k.g.uuid())}"
    },
    {
        "type": "message",
        "user": "${k.n(`U02${k.g.upper(8)}`)}",
        "text": "restarting it. btw the new admin login is admin \\/ ${k.hpw('en')} until we wire up SSO",
        "ts": "${k.n(ts())}",
        "client_msg_id": "${k.n(k.g.uuid())}"
    },
    {
        "type": "message",
        "user": "${k.n(`U04${k.g.upper(8)}`)}",
        "text": "thx. also for the alert webhook use ${k.prov('slackWebhook', 'slack-webhook')}",
        "ts": "${k.n(ts())}",
        "thread_ts": "${ts()}"
    },
    {
        "type": "message",
        "subtype": "bot_message",
        "text": "Deploy #${k.g.digits(4)} finished: commit ${k.n(k.V.gitSha(k.g))}",
        "ts": "${k.n(ts())}"
    },
    {
        "type": "message",
        "user": "${k.n(`U02${k.g.upper(8)}`)}",
        "text": "curl -H \\"Authorization: Bearer ${k.bearer()}\\" https:\\/\\/grafana.stg.internal\\/api\\/health",
        "ts": "${k.n(ts())}"
    }
]
`;
  }),

  hdoc(
    'slack-paste-db-handoff',
    ['prose', 'command-line'],
    'notes/slack-db-handoff.txt',
    (k) => `Mara Lindqvist  10:42 AM
hey, handing over the reporting DB before I go on leave
host: reporting-db.int.acme.net port 5432
user: report_rw
pw: ${k.gpw()}
Mara Lindqvist  10:43 AM
the read-only one is report_ro / ${k.hpw('en')} (yes I know, rotate it pls)
Jonas Berg  10:45 AM
:+1: got it. Is the password in 1Password too?
Mara Lindqvist  10:45 AM
yes, under "Reporting DB (prod)" -> op://Infra/reporting-db/password
Mara Lindqvist  10:46 AM
${F}
psql "postgresql://report_rw:${k.cs()}@reporting-db.int.acme.net:5432/reports?sslmode=require"
${F}
Jonas Berg  10:50 AM
works, thanks! :tada:
`,
  ),

  hdoc('teams-chat-de-vpn', ['prose'], 'exports/teams/it-support-2026-02.txt', (k) => {
    const pw = k.V.humanPw(k.g, 'de');
    return `[09:12] Keller, Sabine
Guten Morgen, ich komme seit dem Update nicht mehr ins VPN. Fehlermeldung: "Anmeldung fehlgeschlagen (Code 691)"

[09:15] Yilmaz, Deniz (IT)
Morgen! Ich habe dein Kennwort zurückgesetzt. Neues Initialpasswort: ${k.s('password', pw)}
Bitte beim ersten Login ändern. Mindestens 12 Zeichen, ein Sonderzeichen.

[09:17] Keller, Sabine
Danke. Muss ich bei "Passwort" ${k.s('password', pw)} eingeben oder das alte?

[09:18] Yilmaz, Deniz (IT)
Das neue. Benutzername bleibt skeller@firma.de. Das Feld "Kennwort bestätigen" einfach leer lassen.

[09:31] Keller, Sabine
Klappt, vielen Dank!

[09:32] Yilmaz, Deniz (IT)
Gern. Ticket INC-${k.g.digits(6)} ist geschlossen.
`;
  }),

  hdoc(
    'discord-gamedev-bot-token',
    ['prose'],
    'logs/discord-dev-channel.txt',
    (k) => `[2026-01-08 21:14] ghostpixel: ok the bot finally connects
[2026-01-08 21:14] ghostpixel: here's my config if someone wants to test on their server
[2026-01-08 21:15] ghostpixel: ${F}json
{
  "prefix": "!",
  "token": "${k.prov('discordBot', 'discord-bot-token')}",
  "clientId": "${k.n(`1${k.g.digits(18)}`)}",
  "guildId": "${k.n(`1${k.g.digits(18)}`)}"
}
${F}
[2026-01-08 21:16] mod_kitsune: DELETE THAT. reset the token in the dev portal now
[2026-01-08 21:16] ghostpixel: oops lol. done, new one is in .env, not posting it
[2026-01-08 21:17] mod_kitsune: also the webhook in #builds is public: ${k.prov('discordWebhook', 'discord-webhook')}
[2026-01-08 21:18] ghostpixel: the DISCORD_TOKEN=${k.n('your_token_here')} in the README is fine right
[2026-01-08 21:18] mod_kitsune: yeah that's a placeholder
`,
  ),

  hdoc('telegram-export-ru-servers', ['prose', 'command-line'], 'exports/telegram/ChatExport_2026-04-02/messages.txt', (k) => {
    const root = k.V.genPw(k.g);
    return `Дмитрий Соколов, [02.04.2026 11:05]
Ребята, подняли новый сервер под мониторинг. Доступы:
IP: 10.40.12.7
логин: root
пароль: ${k.s('password', root)}

Анна Петрова, [02.04.2026 11:07]
А к графане какой пароль? ${k.u('admin/admin')} не подходит

Дмитрий Соколов, [02.04.2026 11:08]
логин admin, пароль ${k.hpw('ru')}

Анна Петрова, [02.04.2026 11:10]
Спасибо! Бот для алертов тоже настроен?

Дмитрий Соколов, [02.04.2026 11:12]
да, токен бота ${k.prov('telegramBot', 'telegram-bot-token')}, chat_id ${k.n(`-100${k.g.digits(10)}`)}

Игорь, [02.04.2026 11:20]
Зайти можно так: sshpass -p '${k.s('password', root)}' ssh root@10.40.12.7
только пароль в истории останется, лучше ключом

Дмитрий Соколов, [02.04.2026 11:21]
согласен, завтра отключу вход по паролю (PasswordAuthentication no)
`;
  }),

  hdoc(
    'whatsapp-es-wifi-router',
    ['prose'],
    'exports/whatsapp/Chat de WhatsApp con Oficina.txt',
    (k) => `14/3/26, 9:02 - Lucía Fernández: Buenos días! Ya llegó el router nuevo para la oficina
14/3/26, 9:03 - Lucía Fernández: Red: OFICINA_5G
14/3/26, 9:03 - Lucía Fernández: Contraseña: ${k.hpw('es')}
14/3/26, 9:05 - Carlos Ruiz: Y la de invitados?
14/3/26, 9:06 - Lucía Fernández: OFICINA_INVITADOS, clave ${k.weak('es')}
14/3/26, 9:07 - Carlos Ruiz: Perfecto 👍
14/3/26, 9:15 - Lucía Fernández: Para entrar al panel del router: http://192.168.1.1 usuario admin contraseña ${k.gpw()}
14/3/26, 9:16 - Carlos Ruiz: <Multimedia omitido>
14/3/26, 9:20 - Lucía Fernández: Se eliminó este mensaje
14/3/26, 9:41 - Carlos Ruiz: La contraseña de la impresora sigue siendo la de fábrica? (la que pone en la etiqueta: ${k.u('admin')})
14/3/26, 9:43 - Lucía Fernández: sí, la cambio esta tarde
`,
  ),

  hdoc(
    'whatsapp-pt-br-sistema',
    ['prose'],
    'exports/whatsapp/Conversa do WhatsApp com Suporte TI.txt',
    (k) => `[10/05/2026 08:31:12] Rafael Souza: Bom dia, equipe! O acesso ao ERP voltou?
[10/05/2026 08:33:40] Juliana (TI): Voltou sim. Sua nova senha provisória é ${k.hpw('pt')}
[10/05/2026 08:34:02] Rafael Souza: E o usuário continua rafael.souza?
[10/05/2026 08:34:30] Juliana (TI): Isso. Ao entrar ele vai pedir "Nova senha" e "Confirmar senha".
[10/05/2026 08:40:55] Rafael Souza: Deu certo. E a senha do e-mail financeiro@? A Carla pediu
[10/05/2026 08:42:13] Juliana (TI): financeiro@empresa.com.br / ${k.gpw()}
[10/05/2026 08:42:20] Juliana (TI): apaga depois de anotar 🙏
[10/05/2026 08:50:01] Rafael Souza: ‎imagem ocultada
`,
  ),

  hdoc(
    'mattermost-incident-ai-keys',
    ['prose', 'http-auth'],
    'exports/mattermost/incident-4411.md',
    (k) => `**@priya.n** — 14:02
The summarizer is failing with 401. Did someone rotate the OpenAI key?

**@tomasz** — 14:05
yes, new one: \`${k.prov('openaiProject', 'openai')}\`
the old \`OPENAI_API_KEY=${k.n('sk-...')}\` in the wiki is dead now

**@priya.n** — 14:06
still 401. I'm calling it like this:
${F}
curl https://api.openai.com/v1/chat/completions \\
  -H "Authorization: Bearer $OPENAI_API_KEY" \\
  -H "Content-Type: application/json" -d @req.json
${F}

**@tomasz** — 14:08
did you export it in that shell? \`echo \${OPENAI_API_KEY:0:8}\`

**@priya.n** — 14:09
oh. no. works now. Also the Claude fallback key still in Vault? \`vault kv get secret/llm/anthropic\`

**@tomasz** — 14:10
yes, but here for the hotfix: ${k.prov('anthropic', 'anthropic')}
`,
  ),

  hdoc(
    'irc-log-ftp-mirror',
    ['prose', 'command-line'],
    'logs/irc/#mirror-admins.2026-02-19.log',
    (k) => `[19:02] <hvd> mirror sync is stuck again
[19:03] <kpw> lftp to upstream? which creds are you using
[19:03] <hvd> lftp -u mirror,${k.gpw({ shellSafe: true })} sftp://upstream.example-mirror.org
[19:04] <kpw> hvd: that's on a public channel you know
[19:04] <hvd> damn. rotating
[19:05] * hvd has quit (Quit: brb)
[19:12] * hvd has joined #mirror-admins
[19:12] <hvd> rotated. new password is in the pass store: pass show mirror/upstream
[19:13] <kpw> also NickServ: /msg NickServ IDENTIFY ${k.hpw('nl')}  <- that was you at 18:50 in the wrong window
[19:14] <hvd> ...I need sleep
[19:15] <bot> [rsync] mirror.example.org: 2114 files, sha256 ${k.n(k.V.sha256(k.g))}
`,
  ),

  hdoc(
    'wechat-zh-deploy',
    ['prose'],
    'exports/wechat/运维群聊天记录.txt',
    (k) => `2026-03-21 09:15 王伟
服务器又挂了，谁能看一下？

2026-03-21 09:17 李娜
我来。跳板机账号还是 ops 吗？

2026-03-21 09:18 王伟
是的，密码：${k.hpw('zh')}

2026-03-21 09:20 李娜
数据库那台的 root 密码是多少？

2026-03-21 09:21 王伟
mysql -uroot -p'${k.gpw({ shellSafe: true })}' -h 172.16.8.21

2026-03-21 09:25 张磊
阿里云的 AccessKey 在这里：
AccessKeyId: ${k.prov('alibabaId', 'alibaba-access-key-id')}
AccessKeySecret: ${k.prov('alibabaSecret', 'alibaba-access-key-secret')}
用完记得删掉这条消息

2026-03-21 09:30 李娜
好的，已恢复。密码提示"请输入密码"那个弹窗是前端的问题，不是服务器。
`,
  ),

  hdoc(
    'line-ja-office-accounts',
    ['prose'],
    'exports/line/[LINE] 情シスとのトーク.txt',
    (k) => `2026/04/07(火)
10:02	佐藤	おはようございます。新入社員のアカウント作りました
10:03	佐藤	ユーザー名：tanaka.yui
10:03	佐藤	初期パスワード：${k.hpw('ja')}
10:05	田中	ありがとうございます！ログインできました
10:06	佐藤	パスワードは初回ログイン時に変更してください（8文字以上、英数字記号）
10:10	田中	共有フォルダのパスワードも教えていただけますか？
10:12	佐藤	\\\\fileserver\\share  ID: share01  PW: ${k.gpw()}
10:13	田中	了解です🙇
10:20	佐藤	[スタンプ]
`,
  ),

  hdoc(
    'kakaotalk-ko-hosting',
    ['prose'],
    'exports/kakaotalk/KakaoTalk_Chat_개발팀.txt',
    (k) => `2026년 2월 3일 화요일
[김민준] [오후 2:11] 호스팅 관리자 페이지 계정 공유드려요
[김민준] [오후 2:11] 아이디: devteam
[김민준] [오후 2:12] 비밀번호: ${k.hpw('ko')}
[이서연] [오후 2:15] FTP 비번도 같은가요?
[김민준] [오후 2:16] 아뇨 FTP는 ${k.gpw()} 이에요
[이서연] [오후 2:17] 감사합니다!
[박지훈] [오후 2:30] 비밀번호 변경 안내 메일은 무시하세요. 피싱입니다
[김민준] [오후 2:31] 네 "비밀번호를 입력하세요" 라고 나오는 페이지 링크 절대 누르지 마세요
`,
  ),

  hdoc(
    'zalo-vi-shop-admin',
    ['prose'],
    'exports/zalo/nhom-cua-hang.txt',
    (k) => `[08:14, 12/03/2026] Nguyễn Văn An: Mọi người ơi, tài khoản quản trị website mới nè
[08:14, 12/03/2026] Nguyễn Văn An: Tên đăng nhập: admin_shop
[08:15, 12/03/2026] Nguyễn Văn An: Mật khẩu: ${k.hpw('vi')}
[08:20, 12/03/2026] Trần Thị Bình: Còn mật khẩu email hỗ trợ thì sao anh?
[08:22, 12/03/2026] Nguyễn Văn An: hotro@cuahang.vn / mk: ${k.gpw()}
[08:23, 12/03/2026] Trần Thị Bình: Dạ em cảm ơn
[08:40, 12/03/2026] Lê Hoàng: Nhớ đổi mật khẩu mặc định của camera nha (${k.u('admin')}/${k.u('12345')})
`,
  ),

  hdoc(
    'teams-fr-certificat',
    ['prose'],
    'exports/teams/equipe-infra.txt',
    (k) => `Léa Moreau 09:41
Salut, le certificat PFX pour le nouveau portail est sur le partage \\\\srv-fichiers\\certs\\portail-2026.pfx
Léa Moreau 09:41
Mot de passe du PFX : ${k.gpw()}
Hugo Bernard 09:44
Merci ! Et le compte de service pour l'IIS ?
Léa Moreau 09:46
svc-portail, mdp ${k.hpw('fr')} (il expire dans 90 jours)
Hugo Bernard 09:47
Le champ "Mot de passe" dans l'assistant d'import demande aussi un "Mot de passe de la clé privée", c'est le même ?
Léa Moreau 09:48
oui le même
`,
  ),

  hdoc(
    'slack-it-api-credentials-mixed',
    ['prose', 'precision'],
    'exports/slack/help-integrations.txt',
    (k) => `Giulia Russo  3:12 PM
ciao, per l'integrazione con il CRM mi servono le credenziali API
Marco Bianchi  3:14 PM
client_id: ${k.n(k.g.uuid())}
client_secret: ${k.tok(k.g.base64url(40))}
tenant: ${k.n(k.g.uuid())}
Marco Bianchi  3:15 PM
la chiave pubblica per verificare i webhook è questa (non è segreta):
${k.n(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${k.g.base64(43)} crm-webhooks`)}
Giulia Russo  3:16 PM
grazie! e la password dell'utente tecnico "integrazione"?
Marco Bianchi  3:17 PM
${k.hpw('it')}
Giulia Russo  3:20 PM
perfetto, nel file .env.example ho messo CRM_CLIENT_SECRET=${k.n('<da-chiedere-a-marco>')}
`,
  ),

  hdoc(
    'discord-tr-minecraft-server',
    ['prose', 'command-line'],
    'logs/discord-sunucu-yonetim.txt',
    (k) => `[12.02.2026 20:01] Emre: sunucuya RCON ile bağlanamıyorum
[12.02.2026 20:02] Burak: server.properties'te rcon.password ne yazıyor?
[12.02.2026 20:03] Emre: rcon.password=${k.gpw()}
[12.02.2026 20:04] Burak: port 25575 açık mı? mcrcon -H 127.0.0.1 -P 25575 -p '${k.hpw('tr')}' "list" dene, panelde şifre değişmiş olabilir
[12.02.2026 20:06] Emre: tamam şimdi oldu, şifre panelde değişmiş
[12.02.2026 20:07] Burak: panel girişi de admin / ${k.hpw('tr')}, kimseye verme
[12.02.2026 20:09] Emre: tamam 👍 "Şifrenizi mi unuttunuz?" linki de çalışmıyor bu arada
`,
  ),

  hdoc('telegram-uk-bot-dev', ['prose', 'http-auth'], 'exports/telegram/dev-chat-uk.txt', (k) => {
    const tg = k.P.telegramBot(k.g);
    return `Олена, [15.01.2026 13:40]
Бот не відповідає. Перевірте, будь ласка, токен

Максим, [15.01.2026 13:42]
Ось запит, який я роблю:
curl "https://api.telegram.org/bot${k.s('provider', tg, 'telegram-bot-token')}/getUpdates"

Олена, [15.01.2026 13:44]
Відповідь {"ok":false,"error_code":401,"description":"Unauthorized"} — токен неправильний

Максим, [15.01.2026 13:47]
новий токен від BotFather: ${k.prov('telegramBot', 'telegram-bot-token')}
пароль від адмінки бота: ${k.hpw('uk')}

Олена, [15.01.2026 13:50]
працює 👍 Не забудь прибрати TELEGRAM_TOKEN=${k.n('<токен>')} з README, там залишився шаблон
`;
  }),
];
