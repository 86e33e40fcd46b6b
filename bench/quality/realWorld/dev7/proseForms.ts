// rw-dev7 prose: the shapes around a value in running text — trailing punctuation, emoji and parentheses,
// "user / pass" pairs, `user:pass` handed over as one word, answers to a question asked one message earlier.
import type { RealWorldDoc } from '../types';
import { pdoc } from './proseKit';

export const PROSE_FORM_DOCS: RealWorldDoc[] = [
  pdoc(
    'forum-post-nas-help',
    ['prose'],
    'forum/nas-help-thread.txt',
    (k) => `Re: Can't access shares after update

I updated to ${k.ver()} and now nothing mounts. My mount line works from the shell, I logged in with admin and ${k.hpw()}. Tried the guest share too (pass is ${k.lw()}). Any idea?

--- reply from moderator ---
Please edit your post, you've posted your password. Also check that SMB1 is off (see post ${k.order()}).
`,
  ),

  pdoc(
    'chat-punctuation-emoji',
    ['prose'],
    'notes/chat-punct.txt',
    (k) => `${k.time()} Mia: the wifi is ${k.hpw()} 😉
${k.time()} Mia: oh and the tv pin is ${k.pin(4)}.
${k.time()} Jay: thanks!! what about the spotify (family plan)
${k.time()} Mia: same login as mine (pw ${k.hpw()})
${k.time()} Jay: ok, and the Nintendo parental code? ${k.n('🎮')}
${k.time()} Mia: ${k.pin(4)}!
`,
  ),

  pdoc(
    'chat-user-pass-pairs',
    ['prose'],
    'notes/user-pass-pairs.txt',
    (k) => `creds for the demo:
user / pass: demo_user / ${k.hpw()}
login: trainer   pw: ${k.gen()}
the kiosk is kiosk:${k.s('password', k.raw.humanPw(k.g).replace(/:/g, ''))}
jenkins → ci-reader / ${k.lw()}
creds are sales-demo and ${k.hpw()}
`,
  ),

  pdoc(
    'chat-question-then-answer',
    ['prose'],
    'notes/question-answer.txt',
    (k) => `[${k.time()}] Paula: what's the password for the conference room laptop?
[${k.time()}] Ken: ${k.hpw()}
[${k.time()}] Paula: and the projector's admin pin
[${k.time()}] Ken: ${k.pin(4)}
[${k.time()}] Paula: what time is the call
[${k.time()}] Ken: ${k.time()}
[${k.time()}] Paula: what's the room number
[${k.time()}] Ken: ${k.n('4.12')}
`,
  ),

  pdoc(
    'mail-sentence-end-values',
    ['prose'],
    'mail/sentence-end.txt',
    (k) => `Hi both,

The test store is live. Log in as owner with the password ${k.hpw()}. The payment sandbox secret is ${k.tok(k.g.alnum(32))}. The preview password for customers is ${k.lw()}, which we'll remove at launch on ${k.date()}.

Order ${k.order()} was the first test order (${k.price()}).

Cheers
`,
  ),

  pdoc(
    'chat-value-in-quotes',
    ['prose'],
    'notes/quotes.txt',
    (k) => `${k.time()} Tariq: I set the admin password to "${k.hpw()}" for now
${k.time()} Tariq: and the service account to '${k.gen()}'
${k.time()} Bea: the dashboard says "${k.n('Invalid password')}" when I try
${k.time()} Tariq: try «${k.hpw()}», I may have mixed them up
${k.time()} Bea: worked
`,
  ),

  pdoc(
    'reddit-post-homelab',
    ['prose', 'precision'],
    'forum/reddit-homelab.md',
    (k) => `**[Help] Unifi controller won't adopt my AP**

Running controller ${k.ver()} in docker. Device is showing "${k.n('Adoption failed')}". I've SSH'd in with the default ${k.u('ubnt')}/${k.u('ubnt')} and ran set-inform. My controller admin password is ${k.hpw()} if that matters (lol it doesn't, I know).

Edit: solved, the inform URL had the wrong port (${k.n('8080')}).
`,
  ),

  pdoc(
    'slack-token-fence-alone',
    ['prose'],
    'notes/slack-fence.md',
    (k) => `**Ivan** ${k.time()}
the bot token for our internal slack clone (not real Slack):
\`\`\`
${k.tok(k.g.alnum(40))}
\`\`\`
**Ivan** ${k.time()}
and the signing secret
\`\`\`${k.tok(k.g.hex(32))}\`\`\`
**Rosa** ${k.time()}
thx, build ${k.n('#4411')} passes
`,
  ),

  pdoc(
    'chat-passphrase-after-label',
    ['prose'],
    'notes/passphrase-chat.txt',
    (k) => `${k.time()} Lou: I changed the backup encryption to a passphrase so we can remember it
${k.time()} Lou: the passphrase is ${k.phrase(' ')}
${k.time()} Dee: 4 words? 
${k.time()} Lou: yes, with spaces, all lowercase
${k.time()} Dee: and the key vault unlock phrase, same style?
${k.time()} Lou: unlock phrase: ${k.phrase(' ')}
`,
  ),

  pdoc(
    'stackoverflow-question',
    ['prose', 'precision'],
    'forum/so-question.md',
    (k) => `## psycopg2 OperationalError: password authentication failed

I'm connecting with:

    conn = psycopg2.connect(host="db.example", user="app", password="${k.hpw()}")

and I get \`FATAL: password authentication failed for user "app"\`. pg_hba.conf has \`${k.n('md5')}\`. The stored hash is \`${k.n('md5' + k.g.hex(32))}\`.

Postgres ${k.ver()}. What am I missing?

**Answer:** your password contains a character the shell ate; also, change it now that it's on the internet.
`,
  ),

  pdoc(
    'chat-uuid-secret-labels',
    ['prose'],
    'notes/uuid-secrets.txt',
    (k) => `${k.time()} Hal: the license key for the build agent is ${k.uuidTok()}
${k.time()} Hal: the webhook secret: ${k.uuidTok()}
${k.time()} Gil: and the project id?
${k.time()} Hal: ${k.n(k.g.uuid())} — that's just an id, not secret
${k.time()} Gil: trace id from the error was ${k.n(k.g.hex(32))}
`,
  ),

  pdoc(
    'voice-memo-transcript',
    ['prose'],
    'transcripts/voice-memo.txt',
    (k) => `Voice memo ${k.date()} (auto transcript)

Note to self. The new locker combination is ${k.pin(4)}. The gym app password is ${k.hpw()}. Remember the passphrase for the old laptop is ${k.phrase(' ')}. Pick up dry cleaning at ${k.time()}.
`,
  ),
];
