// rw-dev7 prose: sticky-note TODO files, personal notes with device PINs and codes, password-manager exports
// pasted into repositories.
import type { RealWorldDoc } from '../types';
import { pdoc } from './proseKit';

export const PROSE_NOTE_DOCS: RealWorldDoc[] = [
  pdoc(
    'todo-sticky-note',
    ['prose'],
    'TODO.txt',
    (k) => `TODO
- call plumber (${k.phone()})
- renew domain before ${k.date()}
- new wifi pw: ${k.hpw()}
- bike lock combo ${k.pin(4)}
- change router admin from ${k.lw()} to something better!!
- buy printer ink ${k.price()}
`,
  ),

  pdoc(
    'notes-txt-device-codes',
    ['prose'],
    'notes.txt',
    (k) => `codes

alarm: ${k.pin(4)}
safe ${k.pin(6)}
gate - ${k.pin(5)}
garage door keypad = ${k.pin(4)}
phone ${k.pin(6)}
SIM PIN ${k.pin(4)} / PUK ${k.pin(8)}
voicemail ${k.pin(4)}

dentist ${k.time()} thursday
`,
  ),

  pdoc(
    'bitwarden-csv-export',
    ['prose', 'credential-file'],
    'backup/bitwarden_export.csv',
    (k) => `folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
Email,1,login,Fastmail,,,0,https://app.fastmail.com,me@fastmail.example,${k.gen()},
Shopping,,login,Amazon,,,0,https://www.amazon.com,me@fastmail.example,${k.hpw()},
Work,,login,Jira,,,0,https://company.atlassian.net,me@company.example,${k.hpw()},
Home,,login,Router,,,0,http://192.168.1.1,admin,${k.lw()},
Home,,note,Alarm,"code ${k.pin(4)}",,0,,,,
Travel,,login,Airline,"frequent flyer ${k.n('KL' + k.g.digits(9))}",,0,https://airline.example,me@fastmail.example,${k.phrase('-')},
`,
  ),

  pdoc(
    'lastpass-csv-export',
    ['prose', 'credential-file'],
    'old/lastpass_export.csv',
    (k) => `url,username,password,totp,extra,name,grouping,fav
https://github.com,octo-me,${k.gen()},,,GitHub,Dev,1
https://bank.example,${k.n('12345678')},${k.hpw()},,"Memorable word: ${k.lw()}",Bank,Finance,0
http://sn,,,,"NoteType:Server
Hostname:db01
Username:root
Password:${k.gen()}",db01,Servers,0
https://forum.example,me,${k.hpw()},,,Forum,,0
`,
  ),

  pdoc(
    'keepass-txt-export',
    ['prose', 'credential-file'],
    'backup/keepass-export.txt',
    (k) => `KeePass Export — ${k.date()}

Group: Internet
  Title: Spotify
  User Name: me@mail.example
  Password: ${k.hpw()}
  URL: https://open.spotify.com
  Notes:

  Title: Steam
  User Name: gamer_${k.n(k.g.digits(4))}
  Password: ${k.gen()}
  Notes: Steam Guard on phone

Group: Home
  Title: Safe
  Password: ${k.pin(6)}
  Notes: wardrobe safe

  Title: Car stereo
  Password: ${k.pin(4)}
  Notes: anti-theft code
`,
  ),

  pdoc(
    'apple-passwords-csv',
    ['prose', 'credential-file'],
    'exports/Passwords.csv',
    (k) => `Title,URL,Username,Password,Notes,OTPAuth
school.example (me),https://school.example,me,${k.lw()},,
netflix.com (dad),https://netflix.com,dad@mail.example,${k.hpw()},,
router,http://192.168.0.1,admin,${k.gen()},"changed ${k.date()}",
`,
  ),

  pdoc(
    'grandma-notes-typed',
    ['prose'],
    'family/grandma-notes.txt',
    (k) => `Things Grandma asked me to type up

computer password = ${k.lw()}
email password is ${k.hpw()}
the tablet code is ${k.pin(4)}
bank card PIN - she keeps it in her head, not written here
tv parental lock ${k.pin(4)}
`,
  ),

  pdoc(
    'todo-md-sprint-notes',
    ['prose', 'precision'],
    'docs/TODO.md',
    (k) => `# TODO (sprint ${k.n('42')})

- [ ] move \`STRIPE_KEY\` to secrets manager (currently \`${k.n('${STRIPE_KEY}')}\` in compose)
- [ ] staging admin password is still ${k.hpw()} — rotate!
- [x] bump to ${k.ver()}
- [ ] the "${k.n('Password')}" label on the login page is cut off on mobile
- [ ] password field should allow ${k.n('64')} chars
- [ ] hash ${k.n(k.g.hex(64))} mismatch on release artifact
`,
  ),

  pdoc(
    'notes-label-line-before',
    ['prose'],
    'notes/servers.txt',
    (k) => `web01 root password
${k.gen()}

mail admin password
${k.hpw()}

api key for the monitoring service
${k.tok(k.g.hex(32))}

ilo password (the one on the tag was changed)
${k.hpw()}

rack location ${k.n('R12-U30')}
`,
  ),

  pdoc(
    'notes-passphrases-spoken',
    ['prose'],
    'notes/passphrases.md',
    (k) => `# Things I need to remember

- the passphrase is ${k.phrase(' ')}
- GPG key passphrase: "${k.phrase(' ')}"
- laptop disk encryption — ${k.phrase(' ')}
- wallet seed is NOT here (paper in the safe)
- phone backup password: ${k.hpw()}
`,
  ),

  pdoc(
    'notes-sticky-monitor',
    ['prose', 'precision'],
    'photos/sticky-ocr.txt',
    (k) => `[OCR of a photo of a monitor sticky note, ${k.date()}]
PW: ${k.hpw()}
user: reception
ext ${k.n('201')}
lunch ${k.time()}
`,
  ),

  pdoc(
    'notes-short-words',
    ['prose'],
    'notes/kids-accounts.txt',
    (k) => `Kids' accounts

Roblox (Leo): leo_builds / ${k.lw()}
Minecraft (Mia): password is ${k.lw()}
School tablet: ${k.pin(4)}
Xbox parental PIN: ${k.pin(4)}
Homework site — username mia${k.n(k.g.digits(3))}, pw ${k.lw()}
`,
  ),

  pdoc(
    'notes-placeholders-only',
    ['prose', 'precision'],
    'docs/templates/account-request.txt',
    (k) => `Account request template

Name: ${k.n('<full name>')}
Username: ${k.n('<first.last>')}
Temporary password: ${k.n('<generated by IT>')}
PIN: ${k.n('****')}
Manager approval: ${k.n('[ ]')}
Start date: ${k.n('YYYY-MM-DD')}
Password: ${k.n('********')}
Token: ${k.n('xxxxxxxxxxxxxxxxxxxxxxxx')}
`,
  ),

  pdoc(
    'notes-uuid-keys',
    ['prose'],
    'notes/api-keys.txt',
    (k) => `API keys (dev accounts)

weather API key: ${k.uuidTok()}
geocoding key ${k.uuidTok()}
the SMS gateway token is ${k.uuidTok()}
tenant id ${k.n(k.g.uuid())} (public)
client id ${k.n(k.g.uuid())}
`,
  ),

  pdoc(
    'todo-chores-house',
    ['prose'],
    'home/house-info.md',
    (k) => `# House info for the sitter

- Alarm: the panel is in the hall, disarm with ${k.pin(4)} then OFF
- Wifi "Bramble": ${k.hpw()}
- Gate remote spare is in the drawer; keypad code ${k.pin(4)}*
- Shed padlock: ${k.pin(4)}
- Vet: ${k.phone()}
- Food: ${k.n('2')} scoops at ${k.time()}
`,
  ),
];
