// rw-dev6 prose: chats saved as text (WhatsApp, Telegram HTML, Signal, IRC, Matrix, Zulip, LINE, KakaoTalk,
// WeChat, Skype, Meet/Zoom chat files) in many languages: the value comes messages after the ask, stands
// before its label, or in a reply quoting the ask; letters-only passwords and spoken phrases.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { mk, x } from './proseValues';

export const CHAT_DOCS: RealWorldDoc[] = [
  doc('dev6-prose-whatsapp-de-familie', ['prose', 'precision'], 'Handy/WhatsApp Chat mit Familie Becker.txt', (k) => {
    const v = mk(k, 'de');
    return `07.02.26, 18:40 - Oma: Wie war nochmal das Passwort für das Netflix
07.02.26, 18:52 - Papa: Schau mal in den Zettel in der Schublade
07.02.26, 18:53 - Oma: Da steht nix
07.02.26, 19:20 - Lena: Oma ich schreib es dir
07.02.26, 19:21 - Lena: ${v.le()}
07.02.26, 19:21 - Lena: Alles zusammen und das S groß
07.02.26, 19:22 - Oma: Danke mein Schatz 😘
07.02.26, 19:40 - Papa: Paket kommt morgen, Sendungsnummer ${v.track()}
07.02.26, 20:02 - Lena: und das Kennwort vom Router ist ${v.wifi()} falls das Tablet wieder spinnt
`;
  }),

  doc('dev6-prose-whatsapp-fr-coloc', ['prose'], 'exports/WhatsApp Chat - Coloc Rue Oberkampf.txt', (k) => {
    const v = mk(k, 'fr');
    return `[12/01/2026 20:14:02] Chloé: quelqu'un a le mdp de la box ?
[12/01/2026 20:15:40] Julien: attends je regarde derrière
[12/01/2026 20:31:11] Julien: ${v.wifi()}
[12/01/2026 20:31:20] Julien: c'est la clé wifi, le réseau c'est Livebox-${v.n(k.g.hex(4).toUpperCase())}
[12/01/2026 20:35:52] Manon: et le compte Canal, c'est toujours ${v.le()} le mot de passe ?
[12/01/2026 20:36:10] Chloé: oui
[12/01/2026 21:02:33] Théo: ‎image omise
[12/01/2026 21:03:00] Théo: facture EDF ${v.n('FA' + k.g.digits(10))} à payer avant vendredi
`;
  }),

  doc('dev6-prose-telegram-html-it', ['prose', 'precision'], 'exports/Telegram Desktop/ChatExport_2026-05-03/messages.html', (k) => {
    const v = mk(k, 'it');
    const g = k.g;
    const msg = (who: string, t: string, time: string) => `   <div class="message default clearfix" id="message${g.digits(5)}">
    <div class="pull_left userpic_wrap">
     <div class="userpic userpic2" style="width: 42px; height: 42px">
      <div class="initials" style="line-height: 42px">${who[0]}</div>
     </div>
    </div>
    <div class="body">
     <div class="pull_right date details" title="03.05.2026 ${time}:00 UTC+02:00">${time}</div>
     <div class="from_name">${who}</div>
     <div class="text">${x(t).replace(/\n/g, '<br>')}</div>
    </div>
   </div>`;
    return `<!DOCTYPE html>
<html>
 <head>
  <meta charset="utf-8"/>
  <title>Exported Data</title>
  <link href="css/style.css" rel="stylesheet"/>
 </head>
 <body onload="CheckLocation();">
  <div class="page_wrap">
   <div class="page_header"><div class="content"><div class="text bold">Gruppo Ufficio Milano</div></div></div>
   <div class="page_body chat_page"><div class="history">
${msg('Giulia', 'qualcuno sa la password del Wi-Fi della sala riunioni?', '09:12')}
${msg('Marco', 'chiedo a Luca', '09:14')}
${msg('Luca', `${v.le()}\nè quella del Wi-Fi sala riunioni`, '10:02')}
${msg('Giulia', 'grazie!', '10:03')}
${msg('Marco', `la pass dell'account Amazon aziendale è ancora ${v.ch()}?`, '11:40')}
${msg('Luca', `sì. ordine ${v.order()} in arrivo`, '11:45')}
   </div></div>
  </div>
 </body>
</html>
`;
  }),

  doc('dev6-prose-signal-txt-en-passphrase', ['prose'], 'backup/signal-chat-export-roommates.txt', (k) => {
    const v = mk(k);
    return `[2026-02-14 19:01] Finn: what's the new netflix pw
[2026-02-14 19:03] Noor: I changed it to a phrase so grandma can type it
[2026-02-14 19:03] Finn: ok and?
[2026-02-14 19:05] Noor: ${v.phr()}
[2026-02-14 19:05] Noor: all lowercase, with spaces
[2026-02-14 19:06] Finn: lol ok
[2026-02-14 19:30] Ines: the door code is still ${v.pin()} right?
[2026-02-14 19:31] Noor: yep
`;
  }),

  doc('dev6-prose-irc-log-ops', ['prose', 'precision'], 'logs/irc/#ops-2026-03-11.log', (k) => {
    const v = mk(k);
    return `--- Log opened Wed Mar 11 00:00:00 2026
09:02 < tobias> morning
09:05 < maren> anyone know the ilo creds for hv-03? the sticker is gone
09:06 < sven> Administrator / the usual
09:06 < maren> "the usual" changed in january
09:10 < sven> oh right. ${v.ma()}
09:10 < maren> thx
09:11 -!- sven changed the topic of #ops to: deploy freeze until Friday | ${v.tid('OPS')}
09:40 < tobias> deployed ${v.sha()} to canary, error rate ok
09:55 < maren> ${v.le()} <- that's the smb share pw for the scanner, writing it here so I don't forget
09:56 < sven> maren please don't
09:56 < maren> it's our own channel...
10:12 < tobias> req id for the 502: ${v.uuid()}
--- Log closed Wed Mar 11 23:59:59 2026
`;
  }),

  doc('dev6-prose-matrix-element-nl', ['prose', 'precision'], 'exports/element/#beheer_export.txt', (k) => {
    const v = mk(k, 'nl');
    return `Matrix chat export: #beheer:example.nl
Exported on 2026-04-22 by @pieter:example.nl

Pieter Jansen (@pieter:example.nl) 22-04-2026 09:01
Wie weet het ww van de NAS in de kelder?

Sanne de Boer (@sanne:example.nl) 22-04-2026 09:07
dat staat in de kluis

Pieter Jansen (@pieter:example.nl) 22-04-2026 09:08
de kluis-app doet het niet op mijn telefoon

Sanne de Boer (@sanne:example.nl) 22-04-2026 09:30
${v.le()}
gebruiker: beheer

Pieter Jansen (@pieter:example.nl) 22-04-2026 09:31
dank je. Event ID ${v.n('$' + k.g.base64url(43))} kan weg na het lezen 😅

Daan Visser (@daan:example.nl) 22-04-2026 10:15
de api-sleutel voor de weerstation-koppeling is ${v.tok()}
`;
  }),

  doc('dev6-prose-zulip-stream-en', ['prose', 'precision'], 'exports/zulip/stream-infra-topic-db-migration.md', (k) => {
    const v = mk(k);
    return `## infra > db migration

**Ines Duarte** (10:02):
Replica is caught up. Who has the credentials for the new cluster admin?

**Marek Wolny** (10:05):
I created the role yesterday, one sec

**Ines Duarte** (10:20):
ping

**Marek Wolny** (10:21):
\`\`\`
user: cluster_admin
${v.ma()}
\`\`\`
the second line is the password, obviously

**Ines Duarte** (10:22):
👍 migration id ${v.uuid()}, will post when done

**Marek Wolny** (11:40):
done, checksum of dump ${v.h256()}
`;
  }),

  doc('dev6-prose-line-ja', ['prose'], 'exports/LINE/[LINE] 経理チームとのトーク.txt', (k) => {
    const v = mk(k, 'ja');
    return `[LINE] 経理チームのトーク履歴
保存日時：2026/03/31 18:02

2026/03/30(月)
09:12	佐藤	freeeのパスワード変わりました？
09:20	田中	変わりました
09:21	佐藤	教えてください🙏
09:45	田中	${v.ch()}
09:45	田中	↑新しいパスワードです
10:02	鈴木	請求書番号 ${v.n('INV-' + k.g.digits(6))} 送付済みです
10:30	田中	Wi-Fiのパスワードは ${v.le()} です（来客用）
`;
  }),

  doc('dev6-prose-kakaotalk-ko', ['prose', 'precision'], 'exports/KakaoTalk_Chat_개발팀.txt', (k) => {
    const v = mk(k, 'ko');
    return `개발팀 님과 카카오톡 대화
저장한 날짜 : 2026-06-12 19:40:11

--------------- 2026년 6월 12일 금요일 ---------------
[김지우] [오전 9:10] 스테이징 서버 비번 아시는 분
[박민서] [오전 9:12] 잠시만요
[이서준] [오전 9:15] 저도 궁금
[박민서] [오전 9:31] ${v.ch()}
[박민서] [오전 9:31] 이게 스테이징 root 비번이에요
[김지우] [오전 9:40] 감사합니다! 배포 커밋 ${v.sha()}
[이서준] [오전 10:02] API 키는 ${v.tok()} 이거 쓰시면 돼요 (테스트용)
`;
  }),

  doc('dev6-prose-wechat-zh', ['prose', 'precision'], 'exports/WeChat/运维群聊天记录.txt', (k) => {
    const v = mk(k, 'zh');
    return `运维群 聊天记录
2026-09-01

张伟 09:02
谁知道跳板机的密码？

刘洋 09:05
我找找

王芳 09:30
${v.ch()}

王芳 09:30
这个是跳板机 root 密码，用完改掉

张伟 09:31
好的，谢谢。快递单号 ${v.n('SF' + k.g.digits(13))} 到了

刘洋 10:00
路由器后台 pwd: ${v.le()}
`;
  }),

  doc('dev6-prose-skype-txt-tr', ['prose'], 'exports/skype/conversation_satis.txt', (k) => {
    const v = mk(k, 'tr');
    return `[15.04.2026 09:14:02] Ahmet Kaya: Emre, CRM şifresini değiştirdin mi?
[15.04.2026 09:20:40] Emre Yılmaz: evet dün
[15.04.2026 09:21:00] Ahmet Kaya: yenisi ne
[15.04.2026 09:45:13] Emre Yılmaz: ${v.le()}
[15.04.2026 09:45:20] Emre Yılmaz: büyük küçük harf önemli
[15.04.2026 10:02:51] Selin Demir: depo wifi şifresi de ${v.wifi()} oldu bu arada
`;
  }),

  doc('dev6-prose-zoom-chat-hi', ['prose', 'precision'], 'Documents/Zoom/2026-08-19 Weekly sync/meeting_saved_chat.txt', (k) => {
    const v = mk(k, 'hi');
    return `10:02:11 From Rahul Verma to Everyone:
	test account ka password bhej do koi
10:02:40 From Ankit Jain to Everyone:
	kaunsa, QA wala?
10:03:02 From Rahul Verma to Everyone:
	haan
10:05:55 From Ankit Jain to Everyone:
	qa.user@example.in / ${v.ch()}
10:06:30 From Priya Nair to Everyone:
	Jira: ${v.tid('QA')} — bug repro steps there
10:20:12 From Ankit Jain to Rahul Verma (Direct Message):
	admin panel ka pass bhi chahiye toh ${v.le()}
`;
  }),

  doc('dev6-prose-teams-txt-copy-pl', ['prose', 'precision'], 'notatki/teams_czat_wdrozenie.txt', (k) => {
    const v = mk(k, 'pl');
    return `Tomasz Zieliński 09:12
Cześć, jakie jest hasło do konta testowego w nowym CRM?

Kasia Nowak 09:40
Tomasz Zieliński 09:12
Cześć, jakie jest hasło do konta testowego w nowym CRM?
${v.le()}
login: test.handlowiec

Tomasz Zieliński 09:41
dzięki!

Marek Wolny 10:05
PS. hasło do wifi gościnnego zmienione na ${v.ch()}, zgłoszenie ${v.tid('IT')}
`;
  }),

  doc('dev6-prose-whatsapp-es-label-after', ['prose'], 'exports/WhatsApp Chat - Club de pádel.txt', (k) => {
    const v = mk(k, 'es');
    return `3/4/26, 21:02 - Álvaro: Chicos, he creado la cuenta del club en la app de reservas
3/4/26, 21:02 - Álvaro: usuario padelvallecas
3/4/26, 21:03 - Álvaro: ${v.le()} es la contraseña, no la cambiéis
3/4/26, 21:10 - Nacho: 👍
3/4/26, 21:15 - Sergio: el código de la puerta de la pista 3 es ${v.pin()}
3/4/26, 21:20 - Nacho: el pedido de pelotas es el ${v.order()}
`;
  }),

  doc('dev6-prose-whatsapp-pt-br-senha', ['prose', 'precision'], 'exports/WhatsApp Conversa com Loja Centro.txt', (k) => {
    const v = mk(k, 'pt');
    return `10/05/2026 08:02 - Fernanda: Bom dia! a senha do sistema da loja mudou?
10/05/2026 08:10 - Rodrigo: mudou sim
10/05/2026 08:10 - Rodrigo: vou mandar
10/05/2026 08:40 - Fernanda: ??
10/05/2026 08:52 - Rodrigo: ${v.ch()}
10/05/2026 08:52 - Rodrigo: essa é a nova senha do caixa
10/05/2026 09:15 - Fernanda: obrigada. o código de rastreio da encomenda é ${v.track()}
10/05/2026 09:16 - Rodrigo: a senha do wi-fi continua ${v.red()} no quadro, peça pra Júlia
`;
  }),

  doc('dev6-prose-slack-paste-ar', ['prose'], 'notes/slack-paste-riyadh.txt', (k) => {
    const v = mk(k, 'ar');
    return `Noor Aziz  9:14 AM
السلام عليكم، ما هي كلمة مرور نظام الحضور؟
Omar Haddad  9:30 AM
اسم المستخدم hr.admin
Omar Haddad  9:30 AM
${v.ch()}
Omar Haddad  9:31 AM
هذه كلمة المرور الجديدة، لا تشاركها
Noor Aziz  9:33 AM
شكرا جزيلا 🌷 رقم الطلب ${v.order()}
`;
  }),

  doc('dev6-prose-chat-letters-typo-fix', ['prose'], 'notes/chat-with-helpdesk.txt', (k) => {
    const v = mk(k);
    const g = k.g;
    const base = g.pick(['Sonnenblume', 'Schmetterling', 'Regenbogen', 'Zitronenfalter']);
    return `You: hi, my account is locked after the password change
Helpdesk (Ahmet): Hi! What did you set as new password? I can check if it matches the policy
You: ${v.pw()}
Helpdesk (Ahmet): That one is too short for the policy, it has to be 12+
You: oh ok so I set ${k.s('password', base + g.pick(['Garten', 'Himmel', 'Wolke']))} then
Helpdesk (Ahmet): Letters only are accepted, yes. Unlocked now, ticket ${v.tid('HELP')}
You: thanks!
`;
  }),

  doc('dev6-prose-discord-txt-quote-ask', ['prose', 'precision'], 'exports/discord/guild-raid-team.txt', (k) => {
    const v = mk(k);
    return `==============================================================
Guild: Raid Team
Channel: officers / bank-alt
==============================================================

[5/2/2026 8:01 PM] kaz
whats the login for the guild bank alt again

[5/2/2026 8:30 PM] vee
> whats the login for the guild bank alt again
guildbank.eu / ${v.le()}

[5/2/2026 8:31 PM] kaz
ty

[5/2/2026 8:40 PM] vee
also the authenticator backup code: ${k.s('token', k.g.upper(2) + k.g.digits(10))}

[5/2/2026 8:42 PM] mo
kaz don't paste that anywhere, last time we got "password reset link sent" spam for a week
`;
  }),

  doc('dev6-prose-irc-passwd-abbrev', ['prose', 'precision'], 'logs/znc/#homelab.2026-07-01.log', (k) => {
    const v = mk(k);
    return `[12:01:10] <finn> anyone got the passwd for the proxmox web ui
[12:01:40] <wei> root/${v.ch()}
[12:02:00] <finn> and the pve api token?
[12:04:13] <wei> the token id is root@pam!ci, it shows up as ${v.n('root@pam!ci')} in the audit log
[12:05:00] <wei> secret is ${k.s('token', k.g.uuid())}
[12:05:10] <finn> ok 👍
[12:20:45] <haruto> pwd for the unifi controller: ${v.le()}
[12:21:00] <haruto> (not ubnt/ubnt anymore)
`;
  }),

  doc('dev6-prose-meet-chat-de-label-after', ['prose', 'precision'], 'Downloads/Chat Besprechung Lagerverwaltung.txt', (k) => {
    const v = mk(k, 'de');
    return `Chat aus der Besprechung "Lagerverwaltung Einführung" am 2026-05-12

Klaus Berger 10:02
Die Zugangsdaten für die Schulungsumgebung:
Klaus Berger 10:02
schulung01 bis schulung12
Klaus Berger 10:03
${v.le()} = Kennwort für alle Schulungskonten
Sabine Wolf 10:05
Danke! Die Auftragsnummer für die Testbestellung ist ${v.order()}
Markus Hahn 10:12
Und das Kennwort für den Handscanner?
Klaus Berger 10:14
${v.pin()} (PIN, steht auch im Handbuch Kapitel 3)
`;
  }),

  doc('dev6-prose-signal-ru-pin-pw', ['prose'], 'backup/signal-rodnye.txt', (k) => {
    const v = mk(k, 'ru');
    return `[2026-01-03 12:00] Мама: какой пароль от госуслуг? я забыла
[2026-01-03 12:40] Саша: мам, не пиши такое в чат
[2026-01-03 12:41] Мама: ну а как
[2026-01-03 13:05] Саша: ладно: ${v.ch()}
[2026-01-03 13:06] Саша: и сразу удали
[2026-01-03 14:10] Мама: а от вайфая ${v.le()} ?
[2026-01-03 14:12] Саша: да
`;
  }),

  doc('dev6-prose-teams-txt-it-several-later', ['prose', 'precision'], 'notes/teams-chat-export-magazzino.txt', (k) => {
    const v = mk(k, 'it');
    return `[10:01] Francesca Romano: ragazzi la password del gestionale magazzino?
[10:02] Paolo Greco: quella nuova?
[10:02] Francesca Romano: sì
[10:03] Paolo Greco: aspetta che la cerco
[10:15] Francesca Romano: ?
[10:16] Sara Conti: il furgone arriva alle 11, bolla ${v.n('DDT ' + k.g.digits(6))}
[10:40] Paolo Greco: trovata: ${v.le()}
[10:41] Francesca Romano: grazie
[11:02] Sara Conti: anche la password del wifi ospiti è cambiata, adesso è ${v.ch()}
`;
  }),

  doc('dev6-prose-chat-token-no-prefix-multi', ['prose', 'precision'], 'notes/slack-copy-integrations.txt', (k) => {
    const v = mk(k);
    return `Rafael Souza  2:14 PM
for the CMS webhook you need the shared secret, the api key and the app id
Rafael Souza  2:15 PM
app id: ${v.n(k.g.digits(7))} (public)
api key: ${v.tok()}
shared secret: ${v.hex(40)}
Chen Wei  2:20 PM
cool. the commit with the integration is ${v.commit()}
Chen Wei  2:21 PM
and the tracking pixel id ${v.n(k.g.hex(16))} is public too right
Rafael Souza  2:22 PM
yes that one is in the page source anyway
`;
  }),

  doc('dev6-prose-whatsapp-en-pw-before-label', ['prose'], 'exports/WhatsApp Chat with Dad.txt', (k) => {
    const v = mk(k);
    return `2/9/26, 7:12 PM - Dad: what was the amazon password again
2/9/26, 7:40 PM - Anna: dad I told you yesterday
2/9/26, 7:41 PM - Dad: I deleted the message by accident
2/9/26, 7:50 PM - Anna: ${v.le()}
2/9/26, 7:50 PM - Anna: that's amazon. the email one is ${v.ch()}
2/9/26, 7:51 PM - Anna: please write them in the little book
2/9/26, 8:30 PM - Dad: done. the order number ${v.order()} says delayed
`;
  }),

  doc('dev6-prose-mattermost-copy-fr-ssh', ['prose', 'precision'], 'notes/chat-equipe-infra.md', (k) => {
    const v = mk(k, 'fr');
    return `**Lucas Petit** — 09:10
quelqu'un a la passphrase de la clé ssh de déploiement ?

**Inès Bernard** — 09:11
elle est dans le coffre normalement

**Lucas Petit** — 09:12
le coffre dit "accès refusé"

**Inès Bernard** — 09:40
bon : ${v.phr()}
c'est la passphrase, pas le mot de passe du compte

**Lucas Petit** — 09:41
merci 🙏 empreinte de la clé : SHA256:${v.n(k.g.base64(43))}
`;
  }),
];
