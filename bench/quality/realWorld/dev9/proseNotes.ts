// rw-dev9 prose: sticky-note lists ("wifi: X", "router admin X"), spreadsheets pasted as Markdown or CSV, Q&A posts,
// personal notes files and checklists — the places where a value follows a bare label with no key=value syntax.
import type { RealWorldDoc } from '../types';
import { F, pdoc } from './proseValues';

export const PROSE_NOTES_DOCS: RealWorldDoc[] = [
  pdoc(
    'sticky-note-home',
    ['prose'],
    'notes/home.txt',
    (x) => `wifi: ${x.hum()}
router admin ${x.let()}
netflix - ${x.hum()}
amazon → ${x.hum()}
bank pin ${x.pin(4)}
alarm code: ${x.pin(4)}
kids ipad ${x.pin(6)}
wifi name ${x.n('FRITZ!Box 7590 ' + x.g.upper(2))}
printer ink model ${x.n('HP 305XL')}
`,
  ),
  pdoc(
    'notes-desktop-txt',
    ['prose', 'precision'],
    'Desktop/passwords (dont delete).txt',
    (x) => `work laptop   ${x.hum()}
vpn           same as laptop
outlook       ${x.hum()}
jira          sso
aws console   marek.n  ${x.gen()}
github        ${x.hum()}   (2fa on phone)
gh token for the script ${x.prov('githubClassic', 'GitHub classic token')}
openai key for the side project ${x.prov('openaiProject', 'OpenAI project key')}
old laptop serial ${x.n(x.g.upper(3) + x.g.digits(7))}
`,
  ),
  pdoc(
    'csv-export-accounts',
    ['prose', 'precision'],
    'exports/accounts.csv',
    (x) => `system,url,username,password,notes
Webmail,https://mail.acme.example,info@acme.example,${x.hum()},shared inbox
Instagram,https://instagram.com,acme_official,${x.hum()},
Google Ads,https://ads.google.com,ads@acme.example,${x.gen()},2FA via Marketing phone
Shopify,https://acme.myshopify.com,owner@acme.example,${x.pp('-')},
Mailchimp API,,,${x.prov('mailchimp', 'Mailchimp API key')},key not password
Plausible API,,,${x.tok()},stats dashboard
Stripe,https://dashboard.stripe.com,finance@acme.example,${x.hum()},live key: ${x.prov('stripeSecret', 'Stripe secret key')}
Canva,https://canva.com,design@acme.example,${x.n('(SSO)')},
Hosting,https://panel.host.example,acme,${x.gen()},customer no ${x.n(x.g.digits(7))}
`,
  ),
  pdoc(
    'markdown-table-rooms',
    ['prose'],
    'docs/office/meeting-rooms.md',
    (x) => `# Meeting rooms

| Room | Display login | Teams room account | Password |
|---|---|---|---|
| Atlas | ${x.pin(4)} | room-atlas@acme.example | ${x.gen()} |
| Borealis | ${x.pin(4)} | room-borealis@acme.example | ${x.gen()} |
| Cirrus | ${x.pin(4)} | room-cirrus@acme.example | ${x.gen()} |
| Dune | (broken) | room-dune@acme.example | ${x.n('TBD')} |

The display login is the 4-digit code on the touch panel, rooms' resource passwords never expire.
`,
  ),
  pdoc(
    'stackoverflow-question-smtp',
    ['prose', 'precision'],
    'posts/stackoverflow/smtp-auth-fails.md',
    (x) => `**Title:** Python smtplib SMTPAuthenticationError (535) with Gmail app password

I'm trying to send mail with this code:

${F}python
import smtplib
server = smtplib.SMTP("smtp.gmail.com", 587)
server.starttls()
server.login("my.shop.bot@gmail.com", "${x.s('password', x.g.lower(4) + ' ' + x.g.lower(4) + ' ' + x.g.lower(4) + ' ' + x.g.lower(4))}")
${F}

I created the app password in my Google account (app id ${x.n(x.g.digits(12))}), it's 16 letters with spaces. Do I need to remove the spaces?
My normal password (${x.hum()}) doesn't work either.

**Answer** (score 41): Remove the spaces, and never post your real password — change it now. Also, the
error code \`5.7.8\` with id \`${x.n(x.g.alnum(20) + '.' + x.g.digits(2) + ' - gsmtp')}\` just identifies the request.
`,
  ),
  pdoc(
    'serverfault-answer-mysql',
    ['prose'],
    'posts/serverfault/mysql-root-reset.md',
    (x) => `**Q:** MySQL 8 root login denied after upgrade

I set the root password during install to ${x.hum()} and now \`mysql -u root -p\` says
"Access denied for user 'root'@'localhost'". Version ${x.neg.version()}.

**A:** The upgrade switched the auth plugin. Run:

    ALTER USER 'root'@'localhost' IDENTIFIED WITH caching_sha2_password BY '<new password>';

**Comment from OP:** Worked! I used ${x.gen()} as the new one and changed it again afterwards.
`,
  ),
  pdoc(
    'checklist-event-setup',
    ['prose'],
    'docs/events/setup-checklist.md',
    (x) => `# Conference booth checklist

- [ ] Laptop: login booth / ${x.hum()}
- [ ] Demo account on prod (read-only) — demo@acme.example (${x.hum()})
- [ ] Hotspot name "ACME-Booth", pass ${x.let()}
- [ ] Badge scanner app code ${x.pin(6)}
- [ ] Raffle form link: https://forms.acme.example/${x.n(x.g.alnum(8))}
- [ ] Lead capture app API key ${x.tok()} (event id ${x.n(x.g.digits(5))})
- [ ] Bring power strips
`,
  ),
  pdoc(
    'notion-export-creds-page',
    ['prose', 'precision'],
    'exports/notion/Marketing Tools 3a1f.md',
    (x) => `# Marketing Tools

**Hootsuite:** social@acme.example · password: ${x.hum()}

**Buffer** (legacy): ${x.n('no longer used')}

**Semrush API key:** ${x.tok()}

**HubSpot private app token:** ${x.s('token', 'pat-eu1-' + x.g.uuid())}

**Typeform personal token** - ${x.tok()}

Page id: ${x.n(x.g.hex(32))} · Last edited by Chloe
`,
  ),
  pdoc(
    'reddit-post-router-help',
    ['prose'],
    'posts/reddit/r-homenetworking-router.md',
    (x) => `**Locked out of my router after changing the admin password, help?**

So I changed the admin password on my TP-Link to ${x.hum()} and now it says incorrect. I'm 100% sure I typed it
right. I also tried the default from the sticker (${x.u('admin')}). Firmware ${x.neg.version()}.

> **top comment:** hold reset for 10s. Also maybe don't post your password on reddit lol

> **OP:** lol fair. it doesn't matter, I'll change it. the wifi key (${x.let()}) still works at least
`,
  ),
  pdoc(
    'excel-paste-markdown-vendors',
    ['prose'],
    'docs/finance/vendor-portals.md',
    (x) => `Vendor | Portal user | Password | Last changed
--- | --- | --- | ---
Telekom Business | acme-billing | ${x.hum()} | 2026-01
Office supplies | orders@acme.example | ${x.hum()} | 2025-11
Insurance | ${x.n('K-' + x.g.digits(8))} | ${x.gen()} | 2026-02
Leasing | acme | ${x.let()} | ?
`,
  ),
  pdoc(
    'todo-txt-sysadmin',
    ['prose', 'precision'],
    'notes/todo.txt',
    (x) => `TODO
- renew domain (auth code for transfer: ${x.s('password', x.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*', 16))})
- change ilo password on esx-03 (currently ${x.hum()})
- ask Hanna about ${x.neg.ticket()}
- backup encryption passphrase -> put in safe: ${x.pp(' ')}
- upgrade gitea to ${x.neg.version()}
- commit ${x.neg.sha()} broke the nightly, revert?
`,
  ),
  pdoc(
    'quora-answer-kids-tablet',
    ['prose'],
    'posts/forum/parental-controls.md',
    (x) => `Re: Screen time passcode forgotten

My son figured out the screen time passcode (it was ${x.pin(4)}, his birthday 🤦). I changed it to something
random and also changed the Family Link password to ${x.hum()}. Works fine now. The order number for the
tablet case was ${x.n('#' + x.g.digits(9))} if anyone wants the same one.
`,
  ),
];
