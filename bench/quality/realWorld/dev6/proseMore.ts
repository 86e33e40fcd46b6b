// rw-dev6 prose: longer exports where many credentials pile up over a day or a board: a help channel's day,
// a club's group chat, meeting transcripts (the password read out loud), Trello and Telegram JSON exports,
// DiscordChatExporter CSV, a team's shared-accounts page and a mail folder of IT notices.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { confluence, googleChat, jiraXml, slack, teams } from './proseExports';
import { htmlParas, qp } from './proseValues';
import { csvRow, js, mk, x } from './proseValues';

export const MORE_DOCS: RealWorldDoc[] = [
  doc('dev6-prose-slack-it-help-day', ['prose', 'precision'], 'exports/slack/it-help/2026-04-27.json', (k) => {
    const v = mk(k);
    return slack(k, [
      ['Lena Koch', 'good morning, my laptop says the password expired and then rejects everything'],
      ['Omar Haddad', 'I reset it: `' + v.ch() + '` — change it right away please'],
      ['Lena Koch', 'thanks!!'],
      ['Finn Bauer', 'what is the password for the shared calendar account?'],
      ['Omar Haddad', `${v.le()} (calendar@ account)`],
      ['Anna Weber', `I got a "password reset link sent" mail that I didn't ask for, ref ${v.uuid()}`],
      ['Omar Haddad', 'that was me, ignore it'],
      ['Chen Wei', 'can someone send me the key for the staging metrics API?'],
      ['Omar Haddad', `staging metrics key: ${v.tok()}`],
      ['Priya Nair', 'and the boardroom TV login?'],
      ['Omar Haddad', `boardroom / ${v.phr()}`],
      ['Priya Nair', 'with spaces?? ok'],
      ['Tobias Ek', `where's the VPN pre-shared key for the branch router? ${v.tid('OPS')}`],
      ['Omar Haddad', `PSK is ${v.ma()}`],
      ['Omar Haddad', `end of my shift, all tickets closed except ${v.tid('IT')}`],
    ]);
  }),

  doc('dev6-prose-whatsapp-club-long', ['prose', 'precision'], 'exports/WhatsApp Chat - Vorstand Turnverein.txt', (k) => {
    const v = mk(k, 'de');
    return `14.01.26, 19:02 - Jürgen: Wer hat das Passwort für die Vereinshomepage?
14.01.26, 19:05 - Petra: Ich glaube Karl
14.01.26, 19:40 - Karl: Moin, ja
14.01.26, 19:41 - Karl: Benutzer ist vorstand
14.01.26, 19:41 - Karl: ${v.le()}
14.01.26, 19:42 - Jürgen: Danke!
15.01.26, 08:12 - Petra: Das Kennwort für das Vereinskonto bei der Sparkasse bitte NICHT hier rein
15.01.26, 08:14 - Karl: Klar
16.01.26, 20:01 - Jürgen: Und der Zugang zur Mitgliederverwaltung?
16.01.26, 20:30 - Karl: mitglieder@example.de / ${v.ch()}
16.01.26, 20:31 - Karl: Und das WLAN im Vereinsheim ist ${v.wifi()}
17.01.26, 10:00 - Petra: Schlüsseltresor Halle: ${v.pin()}
17.01.26, 10:02 - Jürgen: Rechnung ${v.n('RE-' + k.g.digits(6))} vom Getränkehändler ist bezahlt
`;
  }),

  doc('dev6-prose-teams-transcript-vtt', ['prose', 'precision'], 'recordings/Weekly IT sync - transcript.vtt', (k) => {
    const v = mk(k);
    const pw = v.phr();
    return `WEBVTT

${k.g.uuid()}/12-0
00:00:03.120 --> 00:00:07.880
<v Maren Vogt>OK, let's start, we have the new guest network to talk about.</v>

${k.g.uuid()}/13-0
00:00:08.200 --> 00:00:15.400
<v Tobias Ek>Yeah so the guest password is now ${pw}, all lowercase.</v>

${k.g.uuid()}/14-0
00:00:15.900 --> 00:00:19.030
<v Maren Vogt>Can you put that on the sign at reception?</v>

${k.g.uuid()}/15-0
00:00:19.500 --> 00:00:26.640
<v Tobias Ek>Sure. And the printer admin, I changed it to ${v.le()}, capital first letter.</v>

${k.g.uuid()}/16-0
00:00:27.100 --> 00:00:31.800
<v Maren Vogt>Ticket number for that was ${v.tid('IT')}, right?</v>
`;
  }),

  doc('dev6-prose-zoom-transcript-es', ['prose'], 'Documents/Zoom/Reunión soporte/audio_transcript.vtt', (k) => {
    const v = mk(k, 'es');
    return `WEBVTT

1
00:00:01.000 --> 00:00:06.000
Carmen Vidal: Vale, para la demo del cliente usad la cuenta demo arroba empresa punto es.

2
00:00:06.500 --> 00:00:11.000
Carmen Vidal: La contraseña es ${v.le()}, todo junto.

3
00:00:11.500 --> 00:00:15.000
Pablo Ruiz: ¿Y la del wifi de la sala?

4
00:00:15.500 --> 00:00:19.000
Carmen Vidal: ${v.phr()}, con espacios.
`;
  }),

  doc('dev6-prose-trello-json-board', ['prose', 'precision'], 'exports/trello/office-move.json', (k) => {
    const v = mk(k);
    const g = k.g;
    const card = (name: string, desc: string) =>
      `    {
      "id": "${v.n(g.hex(24))}",
      "name": "${js(name)}",
      "desc": "${js(desc)}",
      "idList": "${g.hex(24)}",
      "closed": false,
      "dateLastActivity": "2026-05-1${g.digits(1)}T10:${g.digits(1)}0:00.000Z",
      "shortLink": "${g.alnum(8)}",
      "labels": []
    }`;
    return `{
  "id": "${g.hex(24)}",
  "name": "Office move",
  "desc": "",
  "url": "https://trello.com/b/${g.alnum(8)}/office-move",
  "cards": [
${[
  card('Internet at the new office', `ISP account created.\n\n**Login:** office-move@example.com\n**Password:** ${v.ch()}\n\nRouter arrives ${v.track()}`),
  card('Alarm system', `Installer set the master code to ${v.pin()}; we change it after handover.`),
  card('Wifi', `SSID: NEWOFFICE\nKey: ${v.le()}\n\nGuest: NEWOFFICE-GUEST / ${v.phr()}`),
  card('Moving company', `Order ${v.order()}, contact +49 40 ${g.digits(7)}.`),
  card('Door access system API', `Vendor portal API key (for the HR sync): ${v.tok()}`),
].join(',\n')}
  ],
  "actions": []
}
`;
  }),

  doc('dev6-prose-telegram-json-entities', ['prose', 'precision'], 'exports/Telegram Desktop/ChatExport_2026-09-09/result.json', (k) => {
    const v = mk(k, 'ru');
    const g = k.g;
    const msg = (id: number, from: string, text: string) => `  {
   "id": ${id},
   "type": "message",
   "date": "2026-09-09T1${id % 10}:0${id % 10}:00",
   "date_unixtime": "${1_788_000_000 + id * 77}",
   "from": "${from}",
   "from_id": "user${g.digits(9)}",
   "text": ${text},
   "text_entities": []
  }`;
    const code = (pre: string, val: string) => `[\n    "${js(pre)}",\n    {\n     "type": "code",\n     "text": "${js(val)}"\n    }\n   ]`;
    return `{
 "name": "Сисадмины",
 "type": "private_group",
 "id": ${g.digits(10)},
 "messages": [
${[
  msg(101, 'Иван', '"кто знает пароль от роутера в переговорке?"'),
  msg(102, 'Павел', '"щас"'),
  msg(103, 'Павел', code('пароль: ', v.le())),
  msg(104, 'Даша', `"${js(`а от 1С тестовой? логин admin`)}"`),
  msg(105, 'Павел', code('', v.ch())),
  msg(106, 'Иван', `"${js(`ключ апи для мониторинга: ${v.tok()}`)}"`),
  msg(107, 'Даша', `"${js(`спасибо, заявка ${v.tid('HELP')} закрыта`)}"`),
].join(',\n')}
 ]
}
`;
  }),

  doc('dev6-prose-discord-csv-export', ['prose', 'precision'], 'exports/discord/Homelab - general.csv', (k) => {
    const v = mk(k);
    const g = k.g;
    const rows = [['AuthorID', 'Author', 'Date', 'Content', 'Attachments', 'Reactions']];
    const add = (who: string, text: string) => rows.push([g.digits(18), who, `2026-07-1${g.digits(1)}T2${g.digits(1)}:${g.digits(1)}0:00.0000000+02:00`, text, '', '']);
    add('finn', 'who set up the jellyfin admin, what is the password');
    add('wei', 'me, one sec');
    add('haruto', 'also need the pihole pass');
    add('wei', `jellyfin: admin / ${v.le()}\npihole: ${v.ch()}`);
    add('finn', 'thanks');
    add('haruto', `the cloudflare tunnel secret is ${v.tok()} btw, needed it for the compose file`);
    add('wei', `delete that lol. request id from the failed tunnel ${v.uuid()}`);
    return rows.map(csvRow).join('\n') + '\n';
  }),

  doc('dev6-prose-confluence-shared-accounts', ['prose', 'precision'], 'exports/confluence/MKT/entities.xml', (k) => {
    const v = mk(k);
    const rows = [
      ['Instagram', 'social@example.com', v.ch()],
      ['LinkedIn page', 'social@example.com', v.le()],
      ['YouTube', 'video@example.com', 'via Google Workspace SSO'],
      ['Canva', 'design@example.com', v.phr()],
      ['Old Twitter', 'social@example.com', v.red()],
      ['Newsletter tool', 'news@example.com', v.ma()],
    ]
      .map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>`)
      .join('');
    return confluence(
      k,
      'Marketing — shared accounts',
      `<p>Accounts the whole team uses. Please move these to the password manager (${v.tid('MKT')}).</p><table><tbody><tr><th>Service</th><th>Login</th><th>Password</th></tr>${rows}</tbody></table><p>The newsletter tool's API key is <code>${x(v.tok())}</code>.</p>`,
    );
  }),

  doc('dev6-prose-mbox-it-notices', ['prose', 'precision'], 'mail/Archives/it-notices.mbox', (k) => {
    const v = mk(k);
    return `From it@example.net Mon Jan  5 08:00:00 2026
From: IT <it@example.net>
To: all@example.net
Subject: New guest wifi password
Date: Mon, 5 Jan 2026 08:00:00 +0100

Hi all,

from today the guest wifi password is: ${v.le()}
Staff wifi is unchanged.

IT

From it@example.net Mon Feb  2 08:00:00 2026
From: IT <it@example.net>
To: all@example.net
Subject: New guest wifi password (February)
Date: Mon, 2 Feb 2026 08:00:00 +0100

Hi all,

${v.le()} is the guest wifi password for February.

IT

From it@example.net Mon Mar  2 08:00:00 2026
From: IT <it@example.net>
To: all@example.net
Subject: Phishing warning
Date: Mon, 2 Mar 2026 08:00:00 +0100

Hi all,

there is a phishing mail going round saying "Your password expires today, click here".
We never send password reset links you did not ask for. Reference: ${v.tid('SEC')}

IT

From it@example.net Mon Mar  9 08:00:00 2026
From: IT <it@example.net>
To: all@example.net
Subject: New guest wifi password (March)
Date: Mon, 9 Mar 2026 08:00:00 +0100

Hi all,

guest wifi for March: ${v.phr()}

IT
`;
  }),

  doc('dev6-prose-csv-filialen-wlan', ['prose'], 'Downloads/WLAN Filialen.csv', (k) => {
    const v = mk(k, 'de');
    const rows = [['Filiale', 'SSID', 'WLAN-Kennwort', 'Kassen-PIN']];
    for (const f of ['Bremen', 'Hannover', 'Kassel', 'Göttingen', 'Bielefeld']) rows.push([f, `FIL-${f.slice(0, 3).toUpperCase()}`, v.wifi(), v.pin()]);
    return rows.map(csvRow).join('\n') + '\n';
  }),

  doc('dev6-prose-slack-token-thread', ['prose', 'precision'], 'exports/slack/eng-integrations/2026-09-30.json', (k) => {
    const v = mk(k);
    return slack(
      k,
      [
        ['Chen Wei', 'migrating the partner integrations to the new secrets store, dumping the current values here for a sec, will delete'],
        ['Chen Wei', `shipping partner: ${v.tok()}`],
        ['Chen Wei', `payments sandbox webhook secret: ${v.hex(64)}`],
        ['Chen Wei', `search service admin key: ${v.tok()}`],
        ['Rafael Souza', 'please delete after 😬'],
        ['Chen Wei', `done in the store. commit ${v.sha()}, vault path is secret/integrations/* (no values in git)`],
      ],
      true,
    );
  }),

  doc('dev6-prose-eml-fr-quoted-levels', ['prose', 'precision'], 'mail/Re_ Re_ accès NAS.eml', (k) => {
    const v = mk(k, 'fr');
    const pw = v.same('password', `${k.g.pick(['Hirondelle', 'Libellule', 'Coquelicot'])}${k.g.pick(['Bleue', 'Rouge', 'Verte'])}`);
    return `From: Inès Bernard <i.bernard@example.fr>
To: Lucas Petit <l.petit@example.fr>
Subject: Re: Re: accès NAS
Date: Thu, 11 Jun 2026 15:20:01 +0200
Message-ID: ${v.n(`<${k.g.alnum(20)}@example.fr>`)}
Content-Type: text/plain; charset=UTF-8

Oui, c'est bien celui-là, avec la majuscule.

Le 11/06/2026 à 15:02, Lucas Petit a écrit :
> C'est bien ${pw()} ? Il me dit "identifiants incorrects".
>
> Le 11/06/2026 à 14:40, Inès Bernard a écrit :
>> Le mot de passe du NAS : ${pw()}
>> (compte "sauvegarde")
>>
>> Le 11/06/2026 à 14:12, Lucas Petit a écrit :
>>> Salut, tu as le mdp du NAS ? Le lien de réinitialisation n'arrive pas.
`;
  }),

  doc('dev6-prose-csv-jira-comments-json', ['prose', 'precision'], 'exports/jira/jira-issues-with-comments.csv', (k) => {
    const v = mk(k);
    const g = k.g;
    const comment = (who: string, body: string) => `{"author":"${who}","created":"2026-0${g.pick(['4', '5'])}-1${g.digits(1)}T09:00:00.000+0000","body":"${js(body)}"}`;
    const rows = [
      ['Issue key', 'Summary', 'Comments (JSON)'],
      [v.tid('DATA'), 'Read access to warehouse for analyst', `[${comment('sven', `Created user analyst_ro.\nPassword: ${v.ma()}`)},${comment('anna', 'Works, thanks')}]`],
      [v.tid('DATA'), 'Looker service account', `[${comment('sven', `svc_looker / ${v.le()}\nrotate in Q3`)}]`],
      [v.tid('DATA'), 'dbt cloud token', `[${comment('chen', `token for the CI job: ${v.tok()}`)},${comment('sven', 'added to CI, thx')}]`],
      [v.tid('DATA'), 'Dashboard shows wrong numbers', `[${comment('anna', `Fixed in ${g.hex(7)}, reran job ${g.uuid()}`)}]`],
    ];
    return rows.map(csvRow).join('\n') + '\n';
  }),

  doc('dev6-prose-notes-after-value-mix', ['prose'], 'notes/scratch.txt', (k) => {
    const v = mk(k);
    return `todo:
- call landlord re heating
- ${v.le()} <- new router admin pw
- ${v.ch()} (that's the kids' tablet, parental controls)
- ${v.phr()} = master passphrase for the backup drive, DO NOT LOSE
- renew passport
- ${v.tok()} is the home assistant long-lived token, paste into the wall tablet
- ${v.ch()} ← new pw for the NAS (old one leaked?)
`;
  }),

  doc('dev6-prose-handover-fr-conciergerie', ['prose'], 'docs/passation-conciergerie.md', (k) => {
    const v = mk(k, 'fr');
    return `# Passation — conciergerie Airbnb (appartement Lyon)

- Boîte à clés : code ${v.pin()}
- Wifi : réseau "Appart-Lyon", clé ${v.le()}
- Compte Airbnb de l'appartement : location.lyon@example.fr, mdp ${v.ch()}
- Compte EDF : même mail, mot de passe ${v.le()}
- Le ménage passe le mardi ; facture ${v.n('F' + k.g.digits(8))}
`;
  }),

  doc('dev6-prose-it-ticket-txt-pt', ['prose', 'precision'], 'exports/glpi/chamado-4421.txt', (k) => {
    const v = mk(k, 'pt');
    return `Chamado #4421 — Acesso ao sistema fiscal
Requerente: Fernanda Alves
Status: Solucionado

[Acompanhamento — Rodrigo, 03/06/2026 10:10]
Criei o usuário fernanda.fiscal. Senha inicial:
${v.ch()}

[Acompanhamento — Fernanda, 03/06/2026 10:30]
Entrei, obrigada. Troquei a senha.

[Acompanhamento — Rodrigo, 03/06/2026 10:32]
Ok. A senha do certificado A1 é ${v.le()}, guarde no cofre. Protocolo SEFAZ ${v.n(k.g.digits(15))}.
`;
  }),
  doc('dev6-prose-slack-dm-keys-and-pw', ['prose', 'precision'], 'exports/slack/D07QWERTY12/2026-10-14.json', (k) => {
    const v = mk(k);
    return slack(k, [
      ['Noor Aziz', 'hey, for the load test I need access to the staging stack'],
      ['Ines Duarte', `grafana: viewer / ${v.le()}`],
      ['Ines Duarte', `k6 cloud token: ${v.tok()}`],
      ['Noor Aziz', 'and the api itself?'],
      ['Ines Duarte', `use the loadtest client, secret ${v.tok()}`],
      ['Noor Aziz', `👍 last run id ${v.uuid()}, commit ${v.sha()}`],
      ['Ines Duarte', `oh and the staging db read replica password is ${v.ma()} if you need to check rows`],
    ]);
  }),

  doc('dev6-prose-csv-zendesk-export', ['prose', 'precision'], 'exports/zendesk/tickets-export-2026-10.csv', (k) => {
    const v = mk(k);
    const g = k.g;
    const rows = [
      ['Id', 'Subject', 'Requester', 'Latest comment', 'Tags'],
      [g.digits(5), 'Login for the kiosk terminal', 'store-14', `Hi, the kiosk password is now ${v.le()} — please confirm it works.`, 'kiosk'],
      [g.digits(5), 'Reset link not arriving', 'anna@example.org', 'We sent a new password reset link; please check the spam folder.', 'password_reset'],
      [g.digits(5), 'POS admin locked', 'store-09', `Unlocked. Temporary admin password ${v.ch()}, valid 24h.`, 'pos'],
      [g.digits(5), 'Integration key', 'dev@partner.example.net', `Your sandbox key is ${v.tok()}. Production keys are issued after review.`, 'api'],
      [g.digits(5), 'Where is my order', 'finn@example.org', `Order ${v.order()} shipped, tracking ${v.track()}.`, 'shipping'],
      [g.digits(5), 'Store wifi', 'store-22', `Store wifi key changed to ${v.wifi()}`, 'network'],
    ];
    return rows.map(csvRow).join('\n') + '\n';
  }),

  doc('dev6-prose-teams-tokens-de', ['prose', 'precision'], 'exports/teams/chat-entwicklung.json', (k) => {
    const v = mk(k, 'de');
    return teams(k, `19:${k.g.hex(32)}@thread.v2`, [
      ['Felix Brandt', 'Hat jemand den API-Schlüssel für die Testumgebung vom Zahlungsdienstleister?'],
      ['Jana Richter', `Testumgebung: ${v.tok()}`],
      ['Felix Brandt', 'Danke. Und das Webhook-Geheimnis?'],
      ['Jana Richter', `${v.hex(40)} (nur Test!)`],
      ['Felix Brandt', `Das Kennwort vom Testhändler-Konto ist noch ${v.le()}?`],
      ['Jana Richter', `Ja. Bestellnummer für den Testkauf: ${v.order()}`],
    ]);
  }),

  doc('dev6-prose-jira-xml-it-nas', ['prose', 'precision'], 'exports/jira/IT-7781.xml', (k) => {
    const v = mk(k, 'it');
    return jiraXml(k, 'IT-7781', 'Accesso al NAS per il nuovo studio', 'Serve un utente sul NAS per lo studio di Bologna.', [
      ['Paolo Greco', `Utente studio-bo creato. Password: ${v.le()}`],
      ['Sara Conti', 'Grazie, ma non riesco a mappare il disco'],
      ['Paolo Greco', `Usa \\\\nas-01\\studio, la password di rete è la stessa. La chiave di cifratura del volume è ${v.phr()}, tienila tu.`],
      ['Sara Conti', `Ok, funziona. Seriale del NAS ${v.n(k.g.upper(4) + k.g.digits(8))}.`],
    ]);
  }),

  doc('dev6-prose-eml-it-outlook', ['prose', 'precision'], 'mail/Credenziali portale fornitori.eml', (k) => {
    const v = mk(k, 'it');
    return `From: Francesca Romano <f.romano@example.it>
To: Paolo Greco <p.greco@example.it>
Subject: Credenziali portale fornitori
Date: Tue, 6 Oct 2026 11:02:00 +0200
Message-ID: ${v.n(`<${k.g.alnum(28)}@EXAMPLE.it>`)}
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

${qp(`<html><body><div>${htmlParas(`Ciao Paolo,\nper il portale fornitori:\nutente: acquisti.example\npassword: ${v.ch()}\nIl PIN del token OTP è ${v.pin()}.\nCodice fornitore ${k.g.digits(6)} (non è riservato).\nFrancesca`)}</div></body></html>`)}
`;
  }),

  doc('dev6-prose-readme-nl-dev', ['prose', 'precision'], 'LEESMIJ.md', (k) => {
    const v = mk(k, 'nl');
    return `# Planningstool

## Lokaal draaien
1. \`npm install\`
2. Kopieer \`.env.example\` naar \`.env\`; daarin staat ${v.red()} voor het wachtwoord.
3. Het testaccount is \`planner@example.nl\` met wachtwoord ${v.le()} (alleen acceptatie).

De API-sleutel van de acceptatie-omgeving van de routeplanner is ${v.tok()}.
Build ${v.sha()}, zie ${v.tid('PLAN')}.
`;
  }),

  doc('dev6-prose-googlechat-pl', ['prose'], 'Takeout/Google Chat/Groups/Space AAAAq/messages.json', (k) => {
    const v = mk(k, 'pl');
    return googleChat(k, [
      ['Kasia Nowak', 'jakie jest hasło do konta firmowego na Allegro?'],
      ['Tomek Zielinski', 'chwila'],
      ['Marek Wolny', 'też potrzebuję'],
      ['Tomek Zielinski', `${v.ch()}`],
      ['Tomek Zielinski', 'to jest to hasło do Allegro'],
      ['Kasia Nowak', `a hasło do wifi w magazynie? ${v.tid('IT')}`],
      ['Tomek Zielinski', `${v.le()}`],
    ]);
  }),
];
