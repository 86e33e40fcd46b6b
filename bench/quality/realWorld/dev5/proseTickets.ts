// rw-dev5 prose: tickets with their comment threads (Jira, ServiceNow, Zendesk, Redmine, OTRS, GitHub, GitLab)
// and e-mail threads with quoting, where the credential sits in a reply or a quoted reply.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { bcryptHash, chosen, invoice, makers, phone, sha, longSha, serial, ticketKey, ver } from './proseValues';

export const TICKET_DOCS: RealWorldDoc[] = [
  doc('jira-wiki-markup-comment-thread', ['prose'], 'exports/jira/ITS-4471.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `h2. ${v.n(ticketKey(g))}: New starter laptop — Beatriz Costa

*Reporter:* [~hr.bot]  *Priority:* Medium  *Component:* Onboarding

----
*Comment by [~j.moreau] (02/Nov/26 9:14 AM):*
Laptop imaged (image ${v.n(ver(g))}), asset tag ${v.n(serial(g))}.
Initial Windows password: {{${v.ch()}}} — user must change at first logon.

*Comment by [~b.costa] (02/Nov/26 11:40 AM):*
Thanks! The BitLocker PIN it asks for at boot?

*Comment by [~j.moreau] (02/Nov/26 11:52 AM):*
{noformat}
BitLocker PIN: ${v.pin()}
Recovery key ID: ${v.n(g.hex(8).toUpperCase())}
{noformat}
Recovery key itself is in Intune, not here.

*Comment by [~b.costa] (02/Nov/26 12:03 PM):*
Works. Closing.
`;
  }),

  doc('jira-xml-export-issue', ['prose'], 'exports/jira/SUP-2210.xml', (k) => {
    const v = makers(k);
    const g = k.g;
    return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="0.92"><channel><item>
  <title>[${v.n(ticketKey(g))}] Partner cannot log into the B2B portal</title>
  <key id="${v.n(g.digits(6))}">${v.n(ticketKey(g))}</key>
  <description>&lt;p&gt;Partner Müller GmbH reports login failure since the upgrade to ${v.n(ver(g))}.&lt;/p&gt;</description>
  <comments>
    <comment id="${v.n(g.digits(6))}" author="svc-desk" created="Mon, 9 Nov 2026 08:12:44 +0100">&lt;p&gt;Reset done. New password for partner account mueller-gmbh: ${v.ma()}&lt;/p&gt;</comment>
    <comment id="${v.n(g.digits(6))}" author="k.nowak" created="Mon, 9 Nov 2026 09:30:01 +0100">&lt;p&gt;Partner says it still fails. They typed: ${v.ch()} (their old one, for reference)&lt;/p&gt;</comment>
    <comment id="${v.n(g.digits(6))}" author="svc-desk" created="Mon, 9 Nov 2026 09:41:19 +0100">&lt;p&gt;Account was locked. Unlocked, please retry with the new one.&lt;/p&gt;</comment>
  </comments>
</item></channel></rss>
`;
  }),

  doc('servicenow-work-notes', ['prose'], 'exports/servicenow/INC0081234.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Number: INC${v.n(g.digits(7))}
Caller: Rasmus Nielsen
Short description: Printer scan-to-email stopped working

Work notes:
2026-10-27 08:40:12 - Astrid Lund (Work notes)
SMTP relay account for the MFPs: scan-relay@nordhavn.dk
App password generated: ${v.le()}
Entered on all 4 devices (serials ${v.n(serial(g))}, ${v.n(serial(g))}).

2026-10-27 09:15:55 - Astrid Lund (Work notes)
Device web UI admin password was factory default, changed to ${v.ch()}

2026-10-27 09:16:30 - Astrid Lund (Additional comments)
Hi Rasmus, scanning works again. Regards, IT Service Desk
`;
  }),

  doc('zendesk-ticket-thread-fr', ['prose'], 'exports/zendesk/ticket-88231.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `## Ticket #${v.n(g.digits(5))} — Accès espace client bloqué

**Claire Dubois** (client) — 3 nov. 2026 14:02
Bonjour, je n'arrive plus à me connecter. Mon identifiant est cdubois, j'ai essayé mon mot de passe habituel ${v.ch()} mais ça ne marche pas.

**Support — Hugo** — 3 nov. 2026 14:30
Bonjour Claire, je vous ai créé un mot de passe provisoire : ${v.ma()}
Vous devrez le changer à la première connexion. Pour rappel, ne communiquez jamais votre mot de passe par e-mail.

**Claire Dubois** — 3 nov. 2026 15:10
Merci, c'est bon. J'ai mis ${v.le()} comme nouveau, c'est assez solide ?

**Support — Hugo** — 3 nov. 2026 15:12
Il faut au moins 12 caractères dont un chiffre (politique ${v.n('PWD-POL-3')}). Merci de ne plus écrire votre mot de passe ici, je vais masquer ce message.
`;
  }),

  doc('redmine-textile-issue', ['prose'], 'exports/redmine/issue-3312.textile', (k) => {
    const v = makers(k);
    const g = k.g;
    return `h1. Feature #${v.n(g.digits(4))}: Mailserver-Migration

|_. Feld |_. Wert |
| Status | In Bearbeitung |
| Zielversion | ${v.n(ver(g))} |

h2. Notizen

*Geändert von Uwe Krämer vor 3 Tagen*

Neue Postfächer angelegt. Startkennwörter:

* buchhaltung@ → @${v.ma()}@
* vertrieb@ → @${v.ma()}@
* info@ → @${v.ch()}@

*Geändert von Petra Lange vor 2 Tagen*

Das IMAP-Passwort für den Abholdienst ist ${v.le()}, Benutzer @fetchmail@.
Revision ${v.n(sha(g))}
`;
  }),

  doc('otrs-ticket-article-cz', ['prose'], 'exports/otrs/2026110410000123.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Tiket#: ${v.n(g.digits(16))}
Předmět: Přístup do účetního systému

Od: Jana Dvořáková
Dobrý den, potřebuji přístup do Pohody pro novou kolegyni.

Od: Helpdesk
Dobrý den, účet byl založen.
Uživatel: mnovakova
Heslo: ${v.ma()}
Při prvním přihlášení bude vyžadována změna hesla.

Od: Jana Dvořáková
Děkuji. Ještě heslo k wifi v zasedačce?

Od: Helpdesk
Síť ZASEDACKA-5G, heslo je ${v.wifi()}
S pozdravem, ${v.n(phone(g))}
`;
  }),

  doc('github-issue-comment-thread', ['prose'], 'exports/github/issue-1284.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `### Staging login broken after #${v.n(g.digits(4))}

**@dana-k** opened this issue on Oct 30

Can't log in to staging with the shared QA account anymore. Steps: go to /login, enter \`qa@acme.test\` and the password from the wiki, get 500. Trace id \`${v.n(g.hex(32))}\`.

---

**@raj-p** commented on Oct 30

The wiki one is outdated. Try \`${v.ch()}\`

---

**@dana-k** commented on Oct 30

Same. Also tried ${v.le()} which was the one before.

---

**@raj-p** commented on Oct 31

Fixed in ${v.n(longSha(g))}. The seed job reset it; it's now \`${v.ma()}\` until we move it to the vault.

---

**@security-bot** commented on Oct 31

This issue may contain credentials. Please rotate any secret posted here.
`;
  }),

  doc('gitlab-issue-note-es', ['prose'], 'exports/gitlab/issues/77.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `## No conecta el pipeline con el registry privado

@lucia.fernandez · hace 2 días

El job \`build:image\` falla con \`unauthorized: authentication required\`. Pipeline #${v.n(g.digits(7))}.

@carlos.m · hace 2 días

El token de despliegue caducó. Generé uno nuevo: ${v.tok()}
Usuario: \`gitlab+deploy-token-${v.n(g.digits(3))}\`

@lucia.fernandez · hace 1 día

Funciona. Por cierto la contraseña del Harbor de respaldo sigue siendo ${v.ch()}? la necesito para el espejo

@carlos.m · hace 1 día

Sí, esa misma. Cierro. Commit ${v.n(sha(g))}.
`;
  }),

  doc('eml-thread-quoted-en', ['prose'], 'mail/Re_ vendor portal access.eml', (k) => {
    const v = makers(k);
    const g = k.g;
    const pw = v.same('password', chosen(g));
    return `From: Hannah Fischer <h.fischer@kestrel-logistics.com>
To: Omar Haddad <omar@haddad-freight.ae>
Subject: Re: vendor portal access
Date: Thu, 5 Nov 2026 16:22:07 +0000
Message-ID: <${v.n(g.hex(16))}@kestrel-logistics.com>

Hi Omar,

That worked, thank you!

Hannah

On Thu, 5 Nov 2026 at 15:40, Omar Haddad <omar@haddad-freight.ae> wrote:
> Hi Hannah,
>
> Please try again with:
>
> Username: kestrel_ops
> Password: ${pw()}
>
> Regards,
> Omar
>
> On Thu, 5 Nov 2026 at 14:02, Hannah Fischer <h.fischer@kestrel-logistics.com> wrote:
>> Hi Omar, the password you sent (${v.ch()}) is rejected. Can you reset it?
>> Booking ref ${v.n(invoice(g))}.
>>
>> Thanks, Hannah
`;
  }),

  doc('outlook-forward-chain-de', ['prose'], 'mail/WG_ Zugangsdaten DATEV.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Von: Sabine Wolf
Gesendet: Dienstag, 10. November 2026 09:12
An: Team Buchhaltung
Betreff: WG: Zugangsdaten DATEV

Zur Info, bitte sicher ablegen.

-----Ursprüngliche Nachricht-----
Von: Kanzlei Berger
Gesendet: Montag, 9. November 2026 17:45
An: Sabine Wolf
Betreff: Zugangsdaten DATEV

Sehr geehrte Frau Wolf,

anbei Ihre Zugangsdaten für Unternehmen online:

Benutzername: ${v.n('B' + g.digits(6))}
Kennwort: ${v.ma()}
Mandantennummer: ${v.n(g.digits(5))}

Das Kennwort für die PDF-Anlage lautet ${v.ch()}

Mit freundlichen Grüßen
Kanzlei Berger, Tel. ${v.n(phone(g))}
`;
  }),

  doc('mbox-quoted-printable-sv', ['prose'], 'mail/support.mbox', (k) => {
    const v = makers(k);
    const g = k.g;
    return `From erik@fjallbacka-it.se Wed Oct 21 10:02:11 2026
From: Erik Lindgren <erik@fjallbacka-it.se>
To: kund@bageriet-lund.se
Subject: Nytt =?UTF-8?Q?l=C3=B6senord?=
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hej!

Ert nya l=C3=B6senord till kassasystemet =C3=A4r ${v.le()}
Anv=C3=A4ndarnamn =C3=A4r kassa1.

Wifi-l=C3=B6senordet f=C3=B6r g=C3=A4ster: ${v.wifi()}

Mvh Erik, ${v.n(phone(g))}

From kund@bageriet-lund.se Wed Oct 21 11:30:40 2026
From: kund@bageriet-lund.se
Subject: Re: Nytt =?UTF-8?Q?l=C3=B6senord?=

Tack! > Ert nya l=C3=B6senord ... funkar.
Kvitto nr ${v.n(g.digits(10))}
`;
  }),

  doc('mail-reply-inline-it', ['prose'], 'mail/Re_Re_ credenziali NAS.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Da: Giulia Conti
A: Stefano Ricci
Oggetto: Re: Re: credenziali NAS

Ciao Stefano, risposte in linea sotto.

> 1) qual è la password dell'utente admin del Synology?
${v.ch()}

> 2) e quella per la cartella condivisa "contabilità"?
Utente contab, password ${v.le()}

> 3) il codice PIN dell'allarme?
Te lo dico a voce, non per mail.

> 4) numero di serie del NAS per la garanzia?
${v.n(serial(g))}

Giulia
`;
  }),

  doc('freshdesk-ticket-json-nl', ['prose'], 'exports/freshdesk/ticket_5521.json', (k) => {
    const v = makers(k);
    const g = k.g;
    return `{
  "id": ${v.n(g.digits(5))},
  "subject": "Inloggen webshop beheer lukt niet",
  "description_text": "Hallo, ik kan niet meer inloggen in het beheer. Gebruikersnaam: beheer@bloemenhuis-vos.nl",
  "conversations": [
    {"body_text": "Beste klant, wij hebben uw wachtwoord gereset. Het tijdelijke wachtwoord is ${v.ma()}", "private": false, "created_at": "2026-10-14T09:02:11Z"},
    {"body_text": "Dank u. Ik heb het veranderd in ${v.ch()}, klopt het dat er een cijfer in moet?", "private": false, "created_at": "2026-10-14T10:45:00Z"},
    {"body_text": "Interne notitie: klant heeft wachtwoord in ticket gezet, bericht verbergen. Order ${v.n(invoice(g))}", "private": true, "created_at": "2026-10-14T10:50:31Z"}
  ]
}
`;
  }),

  doc('trello-card-export', ['prose'], 'exports/trello/board-marketing.json', (k) => {
    const v = makers(k);
    const g = k.g;
    return `{
  "name": "Marketing 2026",
  "cards": [
    {"id": "${v.n(g.hex(24))}", "name": "Relaunch Instagram", "desc": "Account: @kaffeerösterei_nord\\nPW: ${v.ch()}\\n2FA Backup-Codes: ${v.rc()} ${v.rc()}"},
    {"id": "${v.n(g.hex(24))}", "name": "Newsletter Tool", "desc": "Mailchimp login marketing@roesterei-nord.de / ${v.le()}"},
    {"id": "${v.n(g.hex(24))}", "name": "Messe Stand", "desc": "Standnummer ${v.n('H3-' + g.digits(3))}, Rechnung ${v.n(invoice(g))}"}
  ]
}
`;
  }),

  doc('linear-issue-markdown-pr-link', ['prose'], 'exports/linear/ENG-903.md', (k) => {
    const v = makers(k);
    const g = k.g;
    return `# ENG-${v.n(g.digits(3))} Seed data for the sales demo

Status: Done · Assignee: Mei Chen · Cycle 42

## Description
We need a demo org with realistic data for the roadshow.

## Comments
**Mei Chen** · 2 weeks ago
Demo org created. Sign in as demo@northwind.example with ${v.ma()}. The seeded users all share ${v.ch()} as their password so sales can switch between them.

**Tomás Herrera** · 2 weeks ago
Can we get an API key for the Zapier demo too?

**Mei Chen** · 2 weeks ago
Sure: ${v.tok()} (scoped to the demo org, revoke after the roadshow)

Linked PR: #${v.n(g.digits(4))} · commit ${v.n(sha(g))}
`;
  }),

  doc('helpdesk-phone-log-hu', ['prose'], 'exports/helpdesk/hivasnaplo-2026-11.txt', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Hívásnapló — Ügyfélszolgálat
-------------------------------
11.05 09:12  Kovács Péter (${v.n(phone(g))})
  Probléma: elfelejtette a jelszavát a webmailhez.
  Megoldás: ideiglenes jelszó beállítva: ${v.ma()}

11.05 10:40  Szabó Anna
  A router admin jelszava ${v.ch()} volt, visszaállítottuk gyári alapra.
  Új WiFi kulcs: ${v.wifi()}

11.05 13:02  Tóth Gábor
  Számla ${v.n(invoice(g))} kérdés, jelszót nem adtunk ki.
`;
  }),

  doc('mail-html-password-reset-internal', ['prose'], 'mail/account-created.html', (k) => {
    const v = makers(k);
    const g = k.g;
    return `<html><body style="font-family:Arial">
<p>Hi Aleksander,</p>
<p>Your account on the build farm has been created.</p>
<table>
<tr><td>Username</td><td><b>akowalczyk</b></td></tr>
<tr><td>Temporary password</td><td><code>${v.ma()}</code></td></tr>
<tr><td>VPN profile PIN</td><td><code>${v.pin()}</code></td></tr>
<tr><td>Employee no.</td><td>${v.n(g.digits(6))}</td></tr>
</table>
<p>Passwords must be 14+ characters and may not reuse your last ${v.n('24')} passwords.</p>
<p>Hash stored for audit: <span style="color:#999">${v.n(bcryptHash(g))}</span></p>
</body></html>
`;
  }),

  doc('ticket-export-csv-multi', ['prose'], 'exports/helpdesk/tickets-week45.csv', (k) => {
    const v = makers(k);
    const g = k.g;
    return `Ticket;Datum;Kunde;Betreff;Lösung
${v.n(g.digits(6))};02.11.2026;Praxis Dr. Schulz;Kennwort vergessen;Neues Kennwort ${v.ma()} vergeben
${v.n(g.digits(6))};02.11.2026;Autohaus Meyer;WLAN langsam;Kanal gewechselt, kein Kennwort geändert
${v.n(g.digits(6))};03.11.2026;Bäckerei Roth;Kassen-PIN gesperrt;PIN zurückgesetzt auf ${v.pin()}
${v.n(g.digits(6))};04.11.2026;Kita Sonnenschein;Laptop Kennwort;${v.ch()} ist das neue Kennwort der Leitung
${v.n(g.digits(6))};05.11.2026;Steuerbüro Kraus;Update;Version ${v.n(ver(g))} installiert
`;
  }),
];
