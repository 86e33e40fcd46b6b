// rw-dev6 prose: chat and ticket exports as the tools write them (Slack, Teams, Discord, Mattermost, Google
// Chat, Rocket.Chat JSON; Jira and Confluence XML; Zendesk/Intercom JSON): the messages are prose, but every
// quote, slash and line break is escaped, HTML sits inside JSON, and the value comes several messages after
// the question or before its label.
import { doc } from '../dev/kit';
import type { Kit } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { htmlParas, js, mk, slackText, slackTs, slackUser, x } from './proseValues';

export type Msg = readonly [who: string, text: string];

/** A Slack channel-day file (`channel/YYYY-MM-DD.json`): Slack escapes & < > and slashes. */
export function slack(k: Kit, msgs: readonly Msg[], thread = false): string {
  const g = k.g;
  const ids = new Map<string, string>();
  const team = `T0${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}`;
  const parent = slackTs(g);
  const items = msgs.map(([who, text], i) => {
    if (!ids.has(who)) ids.set(who, k.n(slackUser(g)));
    const ts = i === 0 ? parent : slackTs(g);
    return `    {
        "client_msg_id": "${k.n(g.uuid())}",
        "type": "message",
        "text": "${js(slackText(text), { slashes: true })}",
        "user": "${ids.get(who)}",
        "ts": "${ts}",${thread && i > 0 ? `\n        "thread_ts": "${parent}",\n        "parent_user_id": "${[...ids.values()][0]}",` : ''}
        "team": "${team}",
        "user_profile": {
            "avatar_hash": "${k.n(g.hex(12))}",
            "first_name": "${who.split(' ')[0]}",
            "real_name": "${who}",
            "display_name": "${who.toLowerCase().replace(/ /g, '.')}",
            "is_restricted": false,
            "is_ultra_restricted": false
        }
    }`;
  });
  return `[\n${items.join(',\n')}\n]\n`;
}

/** A Microsoft Graph chatMessage list (Teams export): HTML bodies inside JSON. */
export function teams(k: Kit, chatId: string, msgs: readonly Msg[]): string {
  const g = k.g;
  const items = msgs.map(([who, text], i) => {
    const id = `17${g.digits(11)}`;
    return `    {
      "id": "${id}",
      "replyToId": ${i === 0 ? 'null' : '"' + id + '"'},
      "etag": "${id}",
      "messageType": "message",
      "createdDateTime": "2026-0${(i % 9) + 1}-1${i % 9}T0${i % 9}:4${i % 9}:1${i % 9}.${g.digits(3)}Z",
      "chatId": "${chatId}",
      "importance": "normal",
      "locale": "en-us",
      "from": {
        "user": {
          "@odata.type": "#microsoft.graph.teamworkUserIdentity",
          "id": "${k.n(g.uuid())}",
          "displayName": "${who}",
          "userIdentityType": "aadUser",
          "tenantId": "${k.n(g.uuid())}"
        }
      },
      "body": {
        "contentType": "html",
        "content": "${js(htmlParas(text), { ascii: true })}"
      },
      "attachments": [],
      "mentions": [],
      "reactions": []
    }`;
  });
  return `{
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats('${chatId}')/messages",
  "@odata.count": ${msgs.length},
  "value": [
${items.join(',\n')}
  ]
}
`;
}

/** DiscordChatExporter JSON. */
export function discord(k: Kit, guild: string, channel: string, msgs: readonly Msg[]): string {
  const g = k.g;
  const items = msgs.map(([who, text]) => {
    const id = g.digits(18);
    return `    {
      "id": "${k.n(id)}",
      "type": "Default",
      "timestamp": "2026-05-0${g.digits(1).replace('0', '1')}T1${g.digits(1)}:${g.pick(['05', '17', '33', '48'])}:00.000+00:00",
      "timestampEdited": null,
      "isPinned": false,
      "content": "${js(text)}",
      "author": {
        "id": "${g.digits(18)}",
        "name": "${who}",
        "discriminator": "0000",
        "nickname": "${who}",
        "isBot": false,
        "avatarUrl": "https://cdn.discordapp.com/avatars/${g.digits(18)}/${k.n(g.hex(32))}.png?size=512"
      },
      "attachments": [],
      "embeds": [],
      "stickers": [],
      "reactions": [],
      "mentions": []
    }`;
  });
  return `{
  "guild": { "id": "${g.digits(18)}", "name": "${guild}", "iconUrl": "https://cdn.discordapp.com/icons/${g.digits(18)}/${g.hex(32)}.png" },
  "channel": { "id": "${g.digits(18)}", "type": "GuildTextChat", "categoryId": "${g.digits(18)}", "category": "general", "name": "${channel}", "topic": null },
  "dateRange": { "after": null, "before": null },
  "exportedAt": "2026-05-30T21:14:09.512+00:00",
  "messages": [
${items.join(',\n')}
  ],
  "messageCount": ${msgs.length}
}
`;
}

/** Mattermost bulk export (JSON lines). */
export function mattermost(k: Kit, team: string, channel: string, msgs: readonly Msg[]): string {
  const g = k.g;
  const lines = [`{"type":"version","version":1}`];
  let t = 1_780_000_000_000 + Number(g.digits(7));
  for (const [who, text] of msgs) {
    t += 60_000 * (1 + Number(g.digits(1)));
    lines.push(`{"type":"post","post":{"team":"${team}","channel":"${channel}","user":"${who}","message":"${js(text)}","create_at":${t},"reactions":null,"replies":null}}`);
  }
  return lines.join('\n') + '\n';
}

/** Google Chat (Takeout) messages.json. */
export function googleChat(k: Kit, msgs: readonly Msg[]): string {
  const g = k.g;
  const items = msgs.map(
    ([who, text], i) => `    {
      "creator": {
        "name": "${who}",
        "email": "${who.split(' ')[0]!.toLowerCase()}@${'example.org'}",
        "user_type": "Human"
      },
      "created_date": "Tuesday, March ${10 + i}, 2026 at 9:${10 + i}:0${i % 10} AM UTC",
      "text": "${js(text, { ascii: true })}",
      "topic_id": "${k.n(g.alnum(11))}",
      "message_id": "${g.alnum(11)}/${g.alnum(11)}/${g.alnum(11)}"
    }`,
  );
  return `{\n  "messages": [\n${items.join(',\n')}\n  ]\n}\n`;
}

/** Rocket.Chat REST export of channel history. */
export function rocket(k: Kit, room: string, msgs: readonly Msg[]): string {
  const g = k.g;
  const items = msgs.map(
    ([who, text]) =>
      `{"_id":"${k.n(g.alnum(17))}","rid":"${room}","msg":"${js(text)}","ts":"2026-07-0${g.pick(['1', '2', '3'])}T${g.pick(['08', '09', '14'])}:${g.digits(1)}${g.digits(1)}:11.${g.digits(3)}Z","u":{"_id":"${g.alnum(17)}","username":"${who}"},"_updatedAt":"2026-07-04T00:00:00.000Z","urls":[],"mentions":[],"channels":[]}`,
  );
  return `{"messages":[${items.join(',')}],"count":${msgs.length},"offset":0,"total":${msgs.length},"success":true}\n`;
}

/** A Jira RSS/XML issue export: the description and comments are HTML, escaped once more as XML text. */
export function jiraXml(k: Kit, key: string, title: string, description: string, comments: readonly Msg[]): string {
  const g = k.g;
  const id = g.digits(6);
  const cs = comments.map(([who, text], i) => `                <comment id="${g.digits(6)}" author="${who}" created="Tue, ${10 + i} Mar 2026 1${i}:0${i}:33 +0100" >${x(htmlParas(text))}</comment>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!--  RSS generated by JIRA (9.12.4#9120004-sha1:${k.n(g.hex(7))}) at Wed Mar 18 10:12:44 CET 2026 -->
<rss version="0.92" >
<channel>
    <title>Jira</title>
    <link>https://jira.example.net</link>
    <description>An XML representation of a search request</description>
    <language>en-uk</language>
    <build-info>
        <version>9.12.4</version>
        <build-number>9120004</build-number>
        <build-date>12-02-2026</build-date>
    </build-info>
<item>
            <title>[${key}] ${x(title)}</title>
                <link>https://jira.example.net/browse/${key}</link>
                <project id="10${g.digits(3)}" key="${key.split('-')[0]}">${key.split('-')[0]}</project>
                    <description>${x(htmlParas(description))}</description>
                <environment></environment>
                <key id="${id}">${key}</key>
            <summary>${x(title)}</summary>
                <type id="10002" iconUrl="https://jira.example.net/secure/viewavatar?size=xsmall&amp;avatarId=10318&amp;avatarType=issuetype">Task</type>
                            <priority id="3" iconUrl="https://jira.example.net/images/icons/priorities/medium.svg">Medium</priority>
                        <status id="10001" iconUrl="https://jira.example.net/" description="">Done</status>
                    <resolution id="10000">Done</resolution>
                                        <assignee accountid="${k.n(g.hex(24))}">${comments[0]?.[0] ?? 'Unassigned'}</assignee>
                                    <reporter accountid="${k.n(g.hex(24))}">${comments[comments.length - 1]?.[0] ?? 'Service Desk'}</reporter>
                        <labels>
                        <label>access</label>
                    </labels>
                <created>Mon, 9 Mar 2026 16:22:05 +0100</created>
                <updated>Wed, 18 Mar 2026 09:40:17 +0100</updated>
                    <resolved>Wed, 18 Mar 2026 09:40:17 +0100</resolved>
                                                    <watches>3</watches>
                                                                                                            <comments>
${cs}
                    </comments>
                    <attachments>
                    </attachments>
                <subtasks>
                </subtasks>
                <customfields>
                    <customfield id="customfield_10019" key="com.pyxis.greenhopper.jira:gh-lexo-rank">
                        <customfieldname>Rank</customfieldname>
                        <customfieldvalues>
                            <customfieldvalue>0|i0${g.lower(3)}${g.digits(1)}:</customfieldvalue>
                        </customfieldvalues>
                    </customfield>
                </customfields>
    </item>
</channel>
</rss>
`;
}

/** A Confluence space export's entities.xml fragment: page body in storage format inside CDATA. */
export function confluence(k: Kit, title: string, storage: string): string {
  const g = k.g;
  const pid = g.digits(9);
  return `<?xml version="1.0" encoding="UTF-8"?>
<hibernate-generic datetime="2026-04-02 14:11:07">
<object class="Page" package="com.atlassian.confluence.pages">
<id name="id">${pid}</id>
<property name="title"><![CDATA[${title}]]></property>
<property name="lowerTitle"><![CDATA[${title.toLowerCase()}]]></property>
<property name="version">7</property>
<property name="creationDate">2025-11-19 10:02:44.118</property>
<property name="lastModificationDate">2026-03-30 17:45:09.002</property>
<property name="contentStatus"><![CDATA[current]]></property>
<collection name="bodyContents" class="java.util.Collection"><element class="BodyContent" package="com.atlassian.confluence.core"><id name="id">${g.digits(9)}</id>
</element>
</collection>
</object>
<object class="BodyContent" package="com.atlassian.confluence.core">
<id name="id">${g.digits(9)}</id>
<property name="body"><![CDATA[${storage}]]></property>
<property name="content" class="Page" package="com.atlassian.confluence.pages"><id name="id">${pid}</id>
</property>
<property name="bodyType">2</property>
</object>
</hibernate-generic>
`;
}

export const EXPORT_DOCS: RealWorldDoc[] = [
  doc('dev6-prose-slack-ops-handover', ['prose', 'precision'], 'exports/slack/ops-oncall/2026-03-04.json', (k) => {
    const v = mk(k);
    return slack(k, [
      ['Maren Vogt', 'morning! handing over the pager, nothing burning. <@U04KQ8Z1LMN> the staging jumphost still wants the old creds btw'],
      ['Tobias Ek', 'which old creds? the ones from the wiki page?'],
      ['Maren Vogt', `no, wiki is outdated. it's \`ops\` / \`${v.ma()}\``],
      ['Tobias Ek', 'ta. and the grafana admin?'],
      ['Maren Vogt', `rotated last week in ${v.tid('OPS')}, new one is in 1password under "grafana-prod". I won't paste it here`],
      ['Tobias Ek', `fair. deploy ${v.sha()} went out at 08:10, <https://ci.example.net/job/deploy/${v.n(v.g.digits(4))}|build log>`],
      ['Maren Vogt', `also the pagerduty escalation test failed with request id ${v.uuid()}, ignore`],
    ]);
  }),

  doc('dev6-prose-slack-dm-wifi-later', ['prose'], 'exports/slack/D05R2LPQW3A/2026-01-19.json', (k) => {
    const v = mk(k, 'de');
    return slack(k, [
      ['Jana Richter', 'Hey, bist du noch im Büro? Ich brauche das Gäste-WLAN für den Kunden'],
      ['Felix Brandt', 'ja moment, muss auf den Zettel am Drucker schauen'],
      ['Jana Richter', 'danke!! die sind in 5 min da 😬'],
      ['Felix Brandt', 'Netz: Gast-EG'],
      ['Felix Brandt', `${v.le()}`],
      ['Felix Brandt', 'groß/klein beachten'],
      ['Jana Richter', 'klappt, danke 🙏'],
    ]);
  }),

  doc('dev6-prose-slack-thread-label-after', ['prose', 'precision'], 'exports/slack/it-help/2026-02-11.json', (k) => {
    const v = mk(k);
    return slack(
      k,
      [
        ['Priya Nair', 'the conference room tablet logged itself out again, anyone know the kiosk account?'],
        ['Omar Haddad', `${v.phr()} is the kiosk pw, user is kiosk-3f`],
        ['Priya Nair', 'with the spaces?'],
        ['Omar Haddad', 'yep, all lowercase with spaces'],
        ['Lena Koch', `FYI a "password reset link sent" email went to the whole floor by mistake, ticket ${v.tid('IT')} — nobody needs to click it`],
        ['Omar Haddad', `and the printer web UI: ${v.ch()} ← admin pw, don't change it, the copier vendor needs it`],
      ],
      true,
    );
  }),

  doc('dev6-prose-slack-api-key-staging', ['prose', 'precision'], 'exports/slack/team-payments/2026-06-02.json', (k) => {
    const v = mk(k);
    return slack(k, [
      ['Rafael Souza', "here's the API key for staging, the partner sandbox one (not prod):"],
      ['Rafael Souza', `${v.tok()}`],
      ['Chen Wei', 'thx. and the webhook signing secret? the docs say we need it for the HMAC check'],
      ['Rafael Souza', `signing secret: ${v.hex(64)}`],
      ['Chen Wei', `got it. tracking number for the test card reader shipment is ${v.track()} fwiw`],
      ['Rafael Souza', `order ${v.order()} — that's the hardware one. the merchant id ${v.n('MID' + v.g.digits(9))} is public, fine to share`],
      ['Chen Wei', `pushed ${v.sha()} with the verifier`],
    ]);
  }),

  doc('dev6-prose-slack-quote-reply', ['prose'], 'exports/slack/proj-migration/2026-08-21.json', (k) => {
    const v = mk(k);
    const g = k.g;
    const pw = v.same(
      'password',
      g.pick([true, false]) ? `${g.pick(['Kasztanek', 'Pierniczek', 'Truskawka'])}${g.digits(4)}` : `${g.pick(['romashka', 'lastochka'])}${g.pick(['Moloko', 'Kotik'])}${g.digits(2)}`,
    );
    return slack(k, [
      ['Kasia Nowak', 'czy ktoś ma hasło do konta serwisowego svc-backup na NAS?'],
      ['Dasha Orlova', 'sec'],
      ['Marek Wolny', 'ja miałem, szukam w notatkach'],
      ['Marek Wolny', `> czy ktoś ma hasło do konta serwisowego svc-backup na NAS?\n${pw()}`],
      ['Kasia Nowak', `dzięki! działa. zmieniam po migracji (${v.tid('PLAT')})`],
    ]);
  }),

  doc('dev6-prose-teams-chat-html', ['prose', 'precision'], 'exports/teams/chat-19_meeting.json', (k) => {
    const v = mk(k, 'fr');
    const chat = `19:meeting_${k.g.base64url(44)}@thread.v2`;
    return teams(k, chat, [
      ['Claire Dubois', "Bonjour, j'ai besoin de l'accès au compte partagé compta@ pour la clôture"],
      ['Hugo Martin', 'je regarde'],
      ['Hugo Martin', `identifiant : compta@example.fr\nmdp : ${v.ch()}`],
      ['Claire Dubois', 'merci Hugo 🙏 et le coffre-fort du scanner ?'],
      ['Hugo Martin', `le code du scanner c'est ${v.pin()}, et ne le mets pas dans ${v.tid('CS')}`],
      ['Claire Dubois', `ok. pour info le lien « mot de passe oublié » renvoie une erreur ${v.n('AADSTS50126')}`],
    ]);
  }),

  doc('dev6-prose-teams-channel-es', ['prose'], 'exports/teams/Soporte-General.json', (k) => {
    const v = mk(k, 'es');
    const chat = `19:${k.g.hex(32)}@thread.tacv2`;
    return teams(k, chat, [
      ['Lucía Herrera', '¿Alguien tiene la contraseña del portal del proveedor de nóminas?'],
      ['Diego Ramos', 'Creo que la cambió Marta el viernes'],
      ['Marta Gil', 'Sí, la nueva es:'],
      ['Marta Gil', `${v.le()}`],
      ['Marta Gil', `usuario: rrhh.nominas — y la pregunta de seguridad es "${v.n('Valladolid')}"`],
      ['Lucía Herrera', `gracias! por cierto el pedido ${v.order()} ya llegó`],
      ['Diego Ramos', `contraseña wifi de la sala 2: ${v.wifi()}`],
    ]);
  }),

  doc('dev6-prose-teams-pt-label-after', ['prose', 'precision'], 'exports/teams/chat-ti-lisboa.json', (k) => {
    const v = mk(k, 'pt');
    const chat = `19:${k.g.uuid()}_${k.g.uuid()}@unq.gbl.spaces`;
    return teams(k, chat, [
      ['João Almeida', 'Bom dia! a impressora do 3º andar pede senha de administrador'],
      ['Beatriz Costa', `${v.ch()} é a senha do admin da impressora`],
      ['João Almeida', 'valeu'],
      ['Beatriz Costa', `e o código de rastreio da peça é ${v.track()}`],
      ['João Almeida', `o hash que o fornecedor mandou é ${v.h256()}, confere com o do download`],
    ]);
  }),

  doc('dev6-prose-discord-gameserver', ['prose', 'precision'], 'exports/discord/Minecraft Crew - admin-chat.json', (k) => {
    const v = mk(k);
    return discord(k, 'Minecraft Crew', 'admin-chat', [
      ['finn', 'rcon still broken?'],
      ['wei', 'nah fixed it, had to set a new rcon password'],
      ['finn', 'what is it'],
      ['wei', 'sending in a sec'],
      ['haruto', 'also who has the panel login'],
      ['wei', `rcon: ${v.le()}\npanel: admin / ${v.ma()}`],
      ['finn', `ty. server ip is 51.${k.g.digits(2)}.${k.g.digits(2)}.10, seed ${v.n(k.g.digits(19))}`],
      ['haruto', 'the bot token for the whitelist bot is the same as before?'],
      ['wei', `no new one: ${v.tok()}`],
    ]);
  }),

  doc('dev6-prose-discord-study-group-tr', ['prose'], 'exports/discord/Bilgisayar Muhendisligi - genel.json', (k) => {
    const v = mk(k, 'tr');
    return discord(k, 'BM 2026', 'genel', [
      ['emre', 'arkadaşlar lab bilgisayarının şifresi neydi'],
      ['selin', 'hocanın verdiği mi'],
      ['emre', 'evet'],
      ['selin', `kullanıcı ogrenci şifre ${v.le()}`],
      ['mert', `moodle şifremi unuttum, "şifre sıfırlama bağlantısı gönderildi" diyor ama mail gelmiyor`],
      ['selin', `wifi: ${v.wifi()} (ağ: BM-Lab)`],
    ]);
  }),

  doc('dev6-prose-mattermost-ru-ops', ['prose', 'precision'], 'exports/mattermost/bulk-export-ops.jsonl', (k) => {
    const v = mk(k, 'ru');
    return mattermost(k, 'infra', 'dezhurstvo', [
      ['dasha', 'кто-нибудь знает пароль от ipmi на stor-04?'],
      ['ivan', 'там дефолтный был, но его сменили'],
      ['pavel', 'сменил я, сейчас найду'],
      ['pavel', `${v.ch()}`],
      ['pavel', '^ это пароль ipmi, логин ADMIN'],
      ['dasha', `спасибо. и ещё: коммит ${v.commit()} откатили?`],
      ['ivan', `да, тикет ${v.tid('INFRA')}`],
    ]);
  }),

  doc('dev6-prose-mattermost-nl-token', ['prose', 'precision'], 'exports/mattermost/bulk-export-dev.jsonl', (k) => {
    const v = mk(k, 'nl');
    return mattermost(k, 'dev', 'koffie-en-code', [
      ['daan', 'heeft iemand de api sleutel voor de test-omgeving van de bezorgdienst?'],
      ['sanne', `hier: ${v.tok()}`],
      ['sanne', 'niet in git zetten aub'],
      ['daan', `top. het wachtwoord van de testaccount is nog steeds ${v.le()}?`],
      ['sanne', 'ja'],
      ['daan', `zending ${v.track()} is trouwens aangekomen`],
    ]);
  }),

  doc('dev6-prose-googlechat-ja', ['prose'], 'Takeout/Google Chat/Groups/Space AAAAx/messages.json', (k) => {
    const v = mk(k, 'ja');
    return googleChat(k, [
      ['Haruto Sato', '共有アカウントのパスワードを教えてください'],
      ['Yui Tanaka', 'どのアカウント？'],
      ['Haruto Sato', '経理の freee のほうです'],
      ['Yui Tanaka', `ID: keiri@example.jp\nパスワード: ${v.ch()}`],
      ['Haruto Sato', `ありがとうございます！注文番号 ${v.order()} の件も確認します`],
    ]);
  }),

  doc('dev6-prose-googlechat-ko', ['prose', 'precision'], 'Takeout/Google Chat/Groups/Space AAAAz/messages.json', (k) => {
    const v = mk(k, 'ko');
    return googleChat(k, [
      ['Jiwoo Kim', '회의실 와이파이 비밀번호 아시는 분?'],
      ['Minseo Park', `${v.le()} 이게 회의실 와이파이 비번이에요`],
      ['Jiwoo Kim', '감사합니다'],
      ['Minseo Park', `택배 송장번호는 ${v.n(k.g.digits(12))} 입니다`],
      ['Jiwoo Kim', `비밀번호 재설정 링크가 발송되었습니다 라고 뜨는데 메일이 안 와요 (${v.tid('IT')})`],
    ]);
  }),

  doc('dev6-prose-rocketchat-it-api', ['prose', 'precision'], 'exports/rocketchat/channels.history.integrations.json', (k) => {
    const v = mk(k, 'it');
    return rocket(k, 'GENERAL', [
      ['giulia', 'ciao, mi serve la chiave API del gestionale per il connettore'],
      ['marco', 'quella di test o prod?'],
      ['giulia', 'test'],
      ['marco', `${v.tok()} — è la chiave di test, scade a fine mese`],
      ['giulia', `grazie. e la password dell'utente tecnico?`],
      ['marco', `${v.le()}`],
      ['giulia', `perfetto. ho aperto ${v.tid('PLAT')} per la rotazione`],
    ]);
  }),

  doc('dev6-prose-jira-xml-vpn-onboarding', ['prose', 'precision'], 'exports/jira/HELP-8812.xml', (k) => {
    const v = mk(k);
    return jiraXml(k, 'HELP-8812', 'VPN access for new contractor (Anouk de Vries)', `Please set up VPN for the contractor starting Monday.\nLaptop serial ${v.n('PF' + k.g.upper(2) + k.g.digits(4))}.`, [
      ['Sven Larsen', `VPN profile created. Username avries-ext, initial password: ${v.ch()}\nShe has to change it at first login.`],
      ['Anouk de Vries', 'Thanks, it says my password expired already?'],
      ['Sven Larsen', `Reset it again, try ${v.ma()} — I set "must change" off this time.`],
      ['Anouk de Vries', `Works now. The MFA enrolment mail says "password reset link sent" but I ignored it.`],
    ]);
  }),

  doc('dev6-prose-jira-xml-de-datenbank', ['prose', 'precision'], 'exports/jira/INFRA-3307.xml', (k) => {
    const v = mk(k, 'de');
    return jiraXml(k, 'INFRA-3307', 'Lesezugriff auf Reporting-DB für Controlling', `Controlling braucht Lesezugriff auf die Reporting-Datenbank (PostgreSQL, rep-db-02).\nBitte User anlegen.`, [
      ['Klaus Berger', `User ctrl_read angelegt.\nKennwort: ${v.le()}\nVerbindung: postgresql://ctrl_read:${v.cs()}@rep-db-02.intern:5432/reporting`],
      ['Sabine Wolf', 'Danke, klappt. Kann das Kennwort in den Tresor?'],
      ['Klaus Berger', `Ist drin (Eintrag „Reporting ctrl_read“). Hash zur Kontrolle: ${v.md5()}`],
    ]);
  }),

  doc('dev6-prose-jira-xml-fr-precision', ['precision', 'prose'], 'exports/jira/CS-1149.xml', (k) => {
    const v = mk(k, 'fr');
    return jiraXml(
      k,
      'CS-1149',
      'Le client ne reçoit pas le lien de réinitialisation',
      `Le client (commande ${v.order()}) indique que le mail « réinitialiser votre mot de passe » n'arrive jamais.\nID de requête : ${v.uuid()}`,
      [
        ['Léa Fontaine', `Vérifié dans les logs : le lien de réinitialisation a été envoyé à 10:41 (message ${v.n(k.g.alnum(20))}). Le mot de passe affiché dans l'outil est ${v.red()}, normal.`],
        ['Hugo Martin', `Le mail était dans les spams. Colis suivi ${v.track()}. Ticket clos.`],
        ['Léa Fontaine', `Pour mémoire, le champ « Mot de passe » du formulaire s'appelle ${v.n('password_confirmation')} côté front.`],
      ],
    );
  }),

  doc('dev6-prose-jira-xml-es-wifi-later', ['prose'], 'exports/jira/IT-5521.xml', (k) => {
    const v = mk(k, 'es');
    return jiraXml(k, 'IT-5521', 'Wifi para la feria de Valencia', 'Necesitamos el router 4G con la red configurada para el stand.', [
      ['Pablo Ruiz', 'Router configurado. SSID: STAND-EXPO'],
      ['Carmen Vidal', '¿Y la clave?'],
      ['Pablo Ruiz', 'Te la mando por aquí para que quede en el ticket:'],
      ['Pablo Ruiz', `${v.phr()}`],
      ['Pablo Ruiz', `y el PIN de la SIM: ${v.pin()}`],
    ]);
  }),

  doc('dev6-prose-jira-xml-token-handover', ['prose', 'precision'], 'exports/jira/PLAT-2290.xml', (k) => {
    const v = mk(k);
    return jiraXml(k, 'PLAT-2290', 'Monitoring vendor integration — API credentials', `Vendor needs a read-only API key for our status endpoint.\nSee runbook page ${v.n('RB-41')}.`, [
      ['Noor Aziz', `Generated. Key ID: ${v.n('kid_' + k.g.digits(6))}\nSecret: ${v.tok()}\nPlease paste it into their portal and then delete this comment.`],
      ['Ines Duarte', `Done, vendor confirmed. Build ${v.sha()} has the allow-list.`],
      ['Noor Aziz', `Not deleting, the comment is restricted to "Platform" role. Checksum of the config: ${v.h256()}`],
    ]);
  }),

  doc('dev6-prose-confluence-server-room', ['prose', 'precision'], 'exports/confluence/IT/entities.xml', (k) => {
    const v = mk(k, 'de');
    return confluence(
      k,
      'Serverraum und Netzwerk — Zugänge',
      `<h1>Serverraum</h1><p>Schlüssel liegt im Empfang, Tresor Fach 3.</p><p>Türcode: <strong>${v.pin()}</strong></p><h2>Switches</h2><table><tbody><tr><th>Gerät</th><th>Benutzer</th><th>Kennwort</th></tr><tr><td>core-sw-01</td><td>admin</td><td>${v.ch()}</td></tr><tr><td>core-sw-02</td><td>admin</td><td><em>siehe core-sw-01</em></td></tr><tr><td>usv-01</td><td>apc</td><td>${v.u('apc')}</td></tr></tbody></table><ac:structured-macro ac:name="info" ac:schema-version="1" ac:macro-id="${v.uuid()}"><ac:rich-text-body><p>Das WLAN-Kennwort für Gäste wechselt monatlich, aktuell: ${v.le()}</p></ac:rich-text-body></ac:structured-macro>`,
    );
  }),

  doc('dev6-prose-confluence-code-macro', ['prose', 'precision'], 'exports/confluence/DEV/entities.xml', (k) => {
    const v = mk(k);
    return confluence(
      k,
      'Local setup for the billing service',
      `<p>Clone the repo and start the stack with compose.</p><ac:structured-macro ac:name="code" ac:schema-version="1" ac:macro-id="${v.uuid()}"><ac:parameter ac:name="language">bash</ac:parameter><ac:plain-text-body><![CDATA[docker compose up -d
./scripts/seed.sh --tenant demo]]]]><![CDATA[></ac:plain-text-body></ac:structured-macro><p>The seeded admin user is <code>admin@demo.local</code>; its password is <code>${v.ma()}</code> (only on your laptop).</p><p>The shared sandbox API key is ${v.tok()} — ask in #billing before rotating it.</p><p>Commit pinned for the schema: <code>${v.commit()}</code>. The placeholder in <code>.env.example</code> is <code>${v.red()}</code>.</p>`,
    );
  }),

  doc('dev6-prose-confluence-pl-wiki', ['prose'], 'exports/confluence/BIURO/entities.xml', (k) => {
    const v = mk(k, 'pl');
    return confluence(
      k,
      'Biuro Kraków — dostępy',
      `<h2>Drukarka</h2><p>Panel: http://10.20.0.15 — login admin, hasło ${v.le()}</p><h2>Sala konferencyjna</h2><p>Kod do szafki z pilotami: ${v.pin()}</p><h2>Konto Canva</h2><p>marketing@example.pl / ${v.ch()}</p><p><em>Hasło zmienione 12.03 (${v.tid('IT')})</em></p>`,
    );
  }),

  doc('dev6-prose-zendesk-json-ticket', ['prose', 'precision'], 'exports/zendesk/tickets/48817.json', (k) => {
    const v = mk(k);
    const g = k.g;
    return `{
  "ticket": {
    "id": 48817,
    "external_id": null,
    "created_at": "2026-09-14T08:12:33Z",
    "subject": "Cannot access the reseller dashboard",
    "status": "solved",
    "requester_id": ${g.digits(11)},
    "tags": ["login", "reseller"],
    "via": { "channel": "email" }
  },
  "comments": [
    {
      "id": ${g.digits(11)},
      "public": true,
      "body": "${js(`Hi,\n\nI can't log in to the reseller dashboard since yesterday. Order ${v.order()}.\n\nThanks, Emre`)}",
      "html_body": "${js(htmlParas(`Hi,\n\nI can't log in to the reseller dashboard since yesterday.\n\nThanks, Emre`))}"
    },
    {
      "id": ${g.digits(11)},
      "public": false,
      "body": "${js(`Internal: reset his account, temp password ${v.ch()} — send it by phone, not by mail.`)}",
      "html_body": "${js(htmlParas(`Internal: reset his account, temp password ${v.ch()} — send it by phone, not by mail.`))}"
    },
    {
      "id": ${g.digits(11)},
      "public": true,
      "body": "${js(`Hello Emre,\n\nWe have sent you a password reset link. Your case reference is ${v.n('ZD-' + g.digits(5))}.\n\nKind regards,\nSupport`)}",
      "html_body": "${js(htmlParas(`Hello Emre,\n\nWe have sent you a password reset link.\n\nKind regards,\nSupport`))}"
    }
  ]
}
`;
  }),

  doc('dev6-prose-intercom-json-conversation', ['prose', 'precision'], 'exports/intercom/conversation_20260718.json', (k) => {
    const v = mk(k, 'it');
    const g = k.g;
    const part = (author: string, body: string) =>
      `    { "type": "conversation_part", "id": "${g.digits(11)}", "part_type": "comment", "body": "${js(htmlParas(body))}", "author": { "type": "${author}", "name": "${author === 'admin' ? 'Giulia (Support)' : 'Luca'}" }, "created_at": ${1_780_000_000 + Number(g.digits(6))} }`;
    return `{
  "type": "conversation",
  "id": "${g.digits(12)}",
  "title": null,
  "state": "closed",
  "source": { "type": "conversation", "id": "${g.digits(10)}", "delivered_as": "customer_initiated", "body": "${js(htmlParas('Ciao, non riesco ad entrare nel pannello del mio negozio'))}" },
  "conversation_parts": {
    "type": "conversation_part.list",
    "conversation_parts": [
${[
  part('admin', `Ciao Luca, ho resettato l'accesso. Password temporanea: ${v.ch()}\nCambiala al primo accesso.`),
  part('user', 'grazie mille! funziona'),
  part('user', `ah, mi serve anche la chiave API per il plugin, quella vecchia era ${v.red()}`),
  part('admin', `Eccola: ${v.tok()}\nÈ legata al negozio ${v.n('shop_' + g.digits(7))}.`),
  part('admin', `Per sicurezza: il codice d'ordine ${v.order()} non è una password, puoi condividerlo.`),
].join(',\n')}
    ],
    "total_count": 5
  }
}
`;
  }),

  doc('dev6-prose-slack-hi-en-mixed', ['prose', 'precision'], 'exports/slack/blr-office/2026-10-07.json', (k) => {
    const v = mk(k, 'hi');
    return slack(k, [
      ['Priya Nair', 'guys office wifi ka password kya hai? naya router lag gaya'],
      ['Rahul Verma', 'ruko, reception se puchta hu'],
      ['Priya Nair', 'ok'],
      ['Rahul Verma', `mil gaya: ${v.le()}`],
      ['Rahul Verma', 'network BLR-5G'],
      ['Ankit Jain', `aur biometric machine ka admin pin ${v.pin()} hai, HR ne bola share mat karna 🙈`],
      ['Priya Nair', `thanks! btw courier AWB ${v.track()} aa gaya`],
    ]);
  }),

  doc('dev6-prose-slack-ar-en', ['prose'], 'exports/slack/dxb-sales/2026-11-02.json', (k) => {
    const v = mk(k, 'ar');
    return slack(k, [
      ['Omar Haddad', 'مرحبا، ما هي كلمة السر لحساب العرض التقديمي؟'],
      ['Noor Aziz', 'demo@example.ae'],
      ['Noor Aziz', `كلمة المرور: ${v.ch()}`],
      ['Omar Haddad', 'شكرا 🙏'],
      ['Noor Aziz', `و رمز الواي فاي في الصالة ${v.le()}`],
    ]);
  }),

  doc('dev6-prose-teams-zh', ['prose', 'precision'], 'exports/teams/chat-shanghai-it.json', (k) => {
    const v = mk(k, 'zh');
    const chat = `19:${k.g.hex(32)}@thread.v2`;
    return teams(k, chat, [
      ['Wang Lei', '大家好，打印机的管理员密码是多少？'],
      ['Li Na', `密码是 ${v.ch()}`],
      ['Wang Lei', '谢谢！'],
      ['Li Na', `测试服务器的 API key：${v.tok()}，不要发到外部群`],
      ['Wang Lei', `好的。快递单号 ${v.n(k.g.digits(15))} 已签收，工单 ${v.tid('IT')}`],
    ]);
  }),

  doc('dev6-prose-discord-passphrase-event', ['prose', 'precision'], 'exports/discord/Hackspace - door.json', (k) => {
    const v = mk(k);
    return discord(k, 'Hackspace', 'door', [
      ['marek', 'new keypad phrase for the side door is set'],
      ['noor', 'which is?'],
      ['marek', 'members only, DMing'],
      ['ines', 'the door bot said "password reset link sent" lol ignore it'],
      ['marek', `ok fine, everybody here is a member anyway: ${v.phr()}`],
      ['noor', `ty. the 3d printer queue id ${v.uuid()} is stuck btw`],
    ]);
  }),
];
