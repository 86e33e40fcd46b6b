// rw-dev10 chat part: chat exports (Slack, Teams, Discord, IRC, WhatsApp, Telegram, Mattermost, Matrix) where
// people hand over passwords and tokens in prose, often messages after the question, corrected, or in a list.
import { F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { cdoc } from './chatKit';

export const CHAT_SLACK_DOCS: RealWorldDoc[] = [
  cdoc('chat-slack-export-staging-db', ['prose'], 'exports/slack/platform-team/2026-11-04.txt', (c) => {
    const typo = c.raw.humanPw(c.k.g);
    const fixed = typo + c.k.g.digits(1);
    return `[09:02] Marta Kowalski: morning! anyone got the staging db creds? need to run the migration for ${c.tkt()}
[09:04] Tim Brenner: which one, pg or the mongo thing
[09:04] Marta Kowalski: pg
[09:07] Tim Brenner: user is app_migrator
[09:07] Tim Brenner: ${c.u(typo)}
[09:08] Marta Kowalski: auth failed :(
[09:09] Tim Brenner: ah sorry, forgot the last digit, it's ${c.pwRaw(fixed)}
[09:09] Marta Kowalski: works, thx 🙏
[09:15] Tim Brenner: pls don't paste it in the PR description this time 😅
[09:16] Marta Kowalski: lol no. fixed in ${c.sha(true)}, deploying ${c.ver()}
`;
  }),
  cdoc(
    'chat-slack-json-export-tokens',
    ['prose', 'precision'],
    'exports/slack/C04ALERTS/2026-10-19.json',
    (c) => `[
  {
    "type": "message",
    "user": "U03KZ7P1Q",
    "text": "new PagerDuty integration key for the alerts service: ${c.tok(c.k.g.hex(32))}",
    "ts": "1760867201.004900",
    "client_msg_id": "${c.rid()}"
  },
  {
    "type": "message",
    "user": "U05JB2MNX",
    "text": "and the grafana service account token? the old one (${c.mask()}) got revoked",
    "ts": "1760867262.005100",
    "client_msg_id": "${c.rid()}"
  },
  {
    "type": "message",
    "user": "U03KZ7P1Q",
    "text": "grafana sa token -> \`${c.tok('glsa_' + c.k.g.alnum(32) + '_' + c.k.g.hex(8))}\`",
    "ts": "1760867301.005300",
    "client_msg_id": "${c.rid()}"
  },
  {
    "type": "message",
    "user": "U05JB2MNX",
    "text": "ty. commit ${c.sha()} has the config change",
    "ts": "1760867355.005500",
    "client_msg_id": "${c.rid()}"
  }
]
`,
  ),
  cdoc(
    'chat-teams-copy-vpn',
    ['prose'],
    'notes/teams-vpn-thread.txt',
    (c) => `Schneider, Jana  08:41
Hi Ömer, kannst du mir nochmal das VPN Passwort für den Kundenzugang schicken? Ich finde die Mail nicht mehr

Yilmaz, Ömer  08:52
klar. Benutzer: ext-kunde-vpn
PW: ${c.pw()}
der Pre-Shared Key ist ${c.tok(c.k.g.alnum(28))}

Schneider, Jana  08:53
Danke dir! 👍

Yilmaz, Ömer  09:30
Achtung, ab Montag wird das Passwort geändert, Ticket ${c.tkt()}. Das neue steht dann im Keepass unter "Kunden/VPN".
`,
  ),
  cdoc(
    'chat-discord-bot-token',
    ['prose'],
    'logs/discord/dev-chat.txt',
    (c) => `skyline — Today at 3:41 PM
yo can someone give me the bot token for the test server, the one in .env.example is just ${c.ph()}
ramen_dev — Today at 3:44 PM
${c.tok(c.k.g.alnum(24) + '.' + c.k.g.alnum(6) + '.' + c.k.g.base64url(38))}
ramen_dev — Today at 3:44 PM
dont leak it lmao
skyline — Today at 3:45 PM
ty. also whats the admin pass for the web panel
ramen_dev — Today at 3:47 PM
${c.lpw()}
ramen_dev — Today at 3:47 PM
all lowercase no spaces
skyline — Today at 3:52 PM
works. build ${c.n('#' + c.k.g.digits(4))} is green btw
`,
  ),
  cdoc(
    'chat-irc-log-root',
    ['prose'],
    'irclogs/#ops/2026-09-12.log',
    (c) => `[22:14] <dweeb> anyone awake? backup box is down
[22:15] <kfx> yes, what's up
[22:15] <dweeb> need root on bk02, ipmi too
[22:17] <kfx> ipmi: ADMIN / ${c.pw()}
[22:17] <kfx> root pw is ${c.gpw()}
[22:18] <dweeb> thx, in
[22:31] <dweeb> fixed, disk full again. raid rebuild ETA 3h, see ${c.tkt()}
[22:32] * kfx changes the root pw tomorrow
[22:40] <dweeb> btw the NOTICE said "Your session id is ${c.n(c.k.g.hex(16))}", normal?
[22:41] <kfx> yes that's just the bmc session
`,
  ),
  cdoc(
    'chat-whatsapp-export-family-wifi',
    ['prose'],
    'exports/WhatsApp Chat with Familie.txt',
    (c) => `03.11.26, 18:02 - Papa: Wie war nochmal das WLAN Passwort bei Oma?
03.11.26, 18:05 - Lena: Steht auf dem Router hinten drauf
03.11.26, 18:05 - Papa: Da steht nur ${c.n('WPA2-PSK')} und die Seriennummer ${c.n('SN ' + c.k.g.upper(2) + c.k.g.digits(9))}
03.11.26, 18:09 - Lena: Das Netz heißt FRITZ!Box 7590 RT
03.11.26, 18:09 - Lena: Passwort: ${c.pwRaw(c.k.g.digits(20))}
03.11.26, 18:10 - Papa: 👍
03.11.26, 18:44 - Tom: und für Netflix? ${c.n('<Medien ausgeschlossen>')}
03.11.26, 18:46 - Lena: tom.k@example.de / ${c.hpw()}
03.11.26, 18:46 - Lena: nicht weitergeben!!
`,
  ),
  cdoc(
    'chat-whatsapp-es-alarma',
    ['prose'],
    'exports/WhatsApp Chat con Oficina.txt',
    (c) => `12/10/26, 08:15 - Carmen: Buenos días! Alguien sabe el código de la alarma? Llego temprano hoy
12/10/26, 08:21 - Javier: 🙄 otra vez... el código es ${c.pin()}
12/10/26, 08:21 - Javier: y la clave del wifi de invitados: ${c.pw()}
12/10/26, 08:30 - Carmen: Gracias!!
12/10/26, 09:02 - Javier: Por cierto, la contraseña del portal de proveedores cambió, ahora es ${c.hpw()}
12/10/26, 09:05 - Lucía: el pedido ${c.n('#PO-' + c.k.g.digits(6))} ya está confirmado
`,
  ),
  cdoc(
    'chat-telegram-json-ru',
    ['prose'],
    'exports/telegram/result.json',
    (c) => `{
 "name": "Инфра чат",
 "type": "private_supergroup",
 "messages": [
  {"id": 81231, "date": "2026-10-02T11:03:11", "from": "Алексей", "text": "Кто знает пароль от zabbix? admin не пускает"},
  {"id": 81232, "date": "2026-10-02T11:05:40", "from": "Дмитрий", "text": "пароль ${c.pw()} , логин Admin с большой"},
  {"id": 81233, "date": "2026-10-02T11:06:02", "from": "Алексей", "text": "спасибо! а токен для бота алертов?"},
  {"id": 81234, "date": "2026-10-02T11:09:15", "from": "Дмитрий", "text": "токен: ${c.tok(c.k.g.digits(10) + ':AA' + c.k.g.base64url(33))}"},
  {"id": 81235, "date": "2026-10-02T11:09:51", "from": "Дмитрий", "text": "chat_id ${c.n('-100' + c.k.g.digits(10))}, версия бота ${c.ver()}"}
 ]
}
`,
  ),
  cdoc(
    'chat-mattermost-handover',
    ['prose'],
    'exports/mattermost/town-square.md',
    (c) => `**@priya.n** — 14:02
handover for tonight: jenkins admin is \`jenkins-admin\` / \`${c.gpw(16)}\`
sonar token ${c.tok('squ_' + c.k.g.hex(40))}
nexus: deployer / ${c.hpw()}

**@owen.b** — 14:05
👍 and the artifactory api key?

**@priya.n** — 14:11
it's in vault now (\`${c.n('secret/ci/artifactory')}\`), not pasting that one

**@owen.b** — 14:12
fair. the old one was ${c.mask()} anyway
`,
  ),
  cdoc(
    'chat-matrix-element-fr',
    ['prose'],
    'exports/element/salon-infra.txt',
    (c) => `<@julien:matrix.example.fr> salut, quelqu'un a le mot de passe du compte de service ldap ?
<@amelie:matrix.example.fr> lequel ? svc-ldap-read ?
<@julien:matrix.example.fr> oui
<@amelie:matrix.example.fr> mdp : ${c.pw()}
<@amelie:matrix.example.fr> et la clé API de l'outil de tickets c'est ${c.tok()}
<@julien:matrix.example.fr> merci, je note ça dans Bitwarden
<@amelie:matrix.example.fr> ID de requête si ça plante : ${c.rid()}
`,
  ),
  cdoc(
    'chat-slack-list-of-creds',
    ['prose'],
    'exports/slack/onboarding-ana.txt',
    (c) => `Rui Costa  10:12
bem-vinda Ana! aqui vão os acessos que você vai precisar na primeira semana:
• Jira: ana.souza / ${c.hpw()}
• VPN: mesma senha do AD (${c.n('não vou colar aqui')})
• Wi-Fi escritório: ${c.lpw()}
• token da API interna de testes: ${c.tok()}
• impressora (PIN): ${c.pin()}
Rui Costa  10:14
troca a senha do Jira no primeiro login, tá? a política pede 12 caracteres
Ana Souza  10:20
obrigada Rui!! 😊
`,
  ),
  cdoc(
    'chat-slack-later-answer',
    ['prose'],
    'exports/slack/dm-sam-kai.txt',
    (c) => `Sam Okafor  4:02 PM
do you still have the webhook signing secret for the billing provider? need it for the local replay script
Kai Lindqvist  4:03 PM
one sec, in a call
Sam Okafor  4:03 PM
np
Kai Lindqvist  4:25 PM
sorry that ran long
Kai Lindqvist  4:25 PM
where were we
Sam Okafor  4:26 PM
webhook secret 🙂
Kai Lindqvist  4:29 PM
${c.tok('whsec_' + c.k.g.base64(32))}
Kai Lindqvist  4:29 PM
and the live api key if you need it (read-only restricted one) ${c.prov('stripe', 'Stripe')}
Sam Okafor  4:30 PM
perfect, thanks. the event id that failed was ${c.n('evt_' + c.k.g.alnum(24))}
`,
  ),
  cdoc(
    'chat-zulip-ja',
    ['prose'],
    'exports/zulip/infra-stream.md',
    (c) => `**佐藤** (11:20): 検証環境の Redis のパスワードを教えてください
**田中** (11:24): パスワードは ${c.pw()} です
**田中** (11:25): あと管理画面の API トークン: ${c.tok()}
**佐藤** (11:26): ありがとうございます！
**田中** (11:40): チケット番号は ${c.tkt()}、リリースは ${c.ver()} です
`,
  ),
  cdoc(
    'chat-kakaowork-ko',
    ['prose'],
    'exports/kakaowork/dev-room.txt',
    (c) => `[김민수] [오후 2:10] 스테이징 서버 DB 비밀번호 아시는 분?
[이서연] [오후 2:13] 비밀번호는 ${c.hpw()} 입니다
[이서연] [오후 2:13] 계정은 app_user 에요
[김민수] [오후 2:15] 감사합니다! 그리고 슬랙 웹훅 주소도 부탁드려요
[이서연] [오후 2:18] ${c.prov('slack-webhook', 'Slack webhook')}
[김민수] [오후 2:20] 요청 ID ${c.rid()} 로 에러 났었어요
`,
  ),
  cdoc(
    'chat-wechat-zh',
    ['prose'],
    'exports/wechat/运维群.txt',
    (c) => `2026-10-21 10:05 王磊
测试环境的 MySQL root 密码是多少？
2026-10-21 10:08 陈静
密码：${c.pw()}
2026-10-21 10:08 陈静
另外对象存储的 AccessKey Secret 是 ${c.tok(c.k.g.alnum(30))}
2026-10-21 10:11 王磊
收到，谢谢
2026-10-21 10:30 陈静
工单号 ${c.tkt()}，版本 v${c.ver()}，提交 ${c.sha(true)}
`,
  ),
  cdoc(
    'chat-slack-negatives-only',
    ['precision'],
    'exports/slack/security-questions.txt',
    (c) => `Nina  11:00 AM
reminder: never paste passwords here. use the vault link, e.g. ${c.n('https://vault.internal/ui/vault/secrets/kv/show/team/db')}
Leo  11:02 AM
what's the format of the deploy token again? docs say \`DEPLOY_TOKEN=${c.ph()}\`
Nina  11:03 AM
40 hex chars, like ${c.n('0000000000000000000000000000000000000000')}
Leo  11:05 AM
and the password policy?
Nina  11:06 AM
min 14 chars, e.g. ${c.n('Correct-Horse-Battery-Staple')} from the xkcd comic (not a real one!)
Leo  11:07 AM
got it. the password field in the form is called \`${c.n('user_password_confirmation')}\`
Nina  11:09 AM
and rotate your token if you see "token: ${c.mask()}" in any log
Leo  11:10 AM
request id from the failing login: ${c.rid()} (trace ${c.n(c.k.g.hex(32))})
`,
  ),
  cdoc(
    'chat-slack-code-block-env',
    ['prose'],
    'exports/slack/backend-help.txt',
    (c) => `Hamid  2:31 PM
here's my .env, still getting 401 from the payments sandbox:
${F}
PAYMENTS_BASE_URL=https://sandbox.payments.example.com
PAYMENTS_CLIENT_ID=${c.n('client_' + c.k.g.digits(6))}
PAYMENTS_CLIENT_SECRET=${c.tok()}
DATABASE_URL=postgres://hamid:${c.cs()}@localhost:5432/payments
${F}
Ines  2:40 PM
you're using the prod client id with the sandbox secret. sandbox id is client_sbx, secret stays the same
Hamid  2:41 PM
ahh. also just realised I pasted my db pass, whatever it's local
`,
  ),
];
