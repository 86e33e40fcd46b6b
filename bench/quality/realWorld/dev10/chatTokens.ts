// rw-dev10 chat part: tokens without a prefix handed over in prose (vendor API keys, app secrets, signing keys,
// refresh tokens, session cookies), beside the ids, digests and masked values people paste next to them.
import { F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { cdoc } from './chatKit';

export const CHAT_TOKEN_DOCS: RealWorldDoc[] = [
  cdoc(
    'chat-tok-slack-datadog-keys',
    ['prose'],
    'exports/slack/observability/2026-11-01.txt',
    (c) => `Noor  9:12 AM
who has the datadog keys for the new org? the agent needs both
Felix  9:20 AM
api key ${c.tok(c.k.g.hex(32))}
app key ${c.tok(c.k.g.hex(40))}
Noor  9:21 AM
🙏 and the site is datadoghq.eu right?
Felix  9:21 AM
yes. org id ${c.n(c.k.g.digits(6))}, that's not secret
Felix  9:24 AM
the old pair (${c.mask()} / ${c.mask()}) is revoked
`,
  ),
  cdoc(
    'chat-tok-ticket-heroku-cloudflare',
    ['prose'],
    'exports/jira/DEVX-903.txt',
    (c) => `DEVX-903 Move DNS automation to the new account

Comment (Akira Mori):
Cloudflare API token (zone edit, scoped to example.com): ${c.tok(c.k.g.base64url(40))}
Zone id: ${c.n(c.k.g.hex(32))} (not a secret, it's in every dashboard URL)
Account id: ${c.n(c.k.g.hex(32))}

Comment (Beatriz Silva):
Heroku API key for the review apps pipeline: ${c.tok(c.k.g.uuid())}
Pipeline id ${c.rid()} for reference.
`,
  ),
  cdoc(
    'chat-tok-mail-twilio-mailchimp',
    ['prose'],
    'mail/marketing-tools-keys.txt',
    (c) => `Subject: Keys for the marketing integrations
From: Hannah Weiss
To: dev-team

Hi devs,

As discussed, here are the keys. Please put them into the secret store and delete this mail.

Twilio
  Account SID: ${c.n('AC' + c.k.g.hex(32))}
  Auth token: ${c.tok(c.k.g.hex(32))}

Mailchimp
  API key: ${c.tok(c.k.g.hex(32) + '-us' + c.k.g.digits(2))}
  Audience id: ${c.n(c.k.g.hex(10))}

Algolia
  App id: ${c.n(c.k.g.upper(10))}
  Admin API key: ${c.tok(c.k.g.hex(32))}
  Search-only key: ${c.n(c.k.g.hex(32))} (public, goes in the frontend)

Thanks!
Hannah
`,
  ),
  cdoc(
    'chat-tok-teams-oauth-client',
    ['prose'],
    'notes/teams-oauth-app.txt',
    (c) => `Popescu, Andrei  15:02
I registered the app in Entra. Client id ${c.n(c.k.g.uuid())}, tenant ${c.n(c.k.g.uuid())}
Popescu, Andrei  15:03
client secret (expires in 6 months): ${c.tok(c.k.g.alnum(3) + '8Q~' + c.k.g.base64url(34))}
Lindner, Eva  15:05
thanks, and the redirect uri is /auth/callback?
Popescu, Andrei  15:06
yes. secret id ${c.n(c.k.g.uuid())} in case you need to find it in the portal
`,
  ),
  cdoc(
    'chat-tok-discord-refresh-token',
    ['prose'],
    'logs/discord/api-help.txt',
    (c) => `mika — Yesterday at 11:40 PM
my refresh token stopped working after 30 days?? it was ${c.tok(c.k.g.alnum(30))}
api_helper — Yesterday at 11:52 PM
refresh tokens are single use. after you exchange it you get a new one, store that
mika — Today at 12:05 AM
ok got a new one ${c.tok(c.k.g.alnum(30))}, and the access token is ${c.bearer()}
api_helper — Today at 12:10 AM
please stop posting tokens in public channels 😭 revoke them at /settings/apps
`,
  ),
  cdoc(
    'chat-tok-github-issue-cookie',
    ['prose', 'http-auth'],
    'exports/github/issues/2207.md',
    (c) => `### Session expires immediately after login

Steps: log in, refresh, logged out.

Cookies after login (from devtools):

| Name | Value | Domain |
|---|---|---|
| session_id | ${c.k.s('http-auth', c.k.g.base64url(43))} | .app.example.com |
| csrftoken | ${c.u(c.k.g.alnum(32))} | .app.example.com |
| _ga | ${c.n('GA1.2.' + c.k.g.digits(9) + '.' + c.k.g.digits(10))} | .example.com |

Version ${c.ver()}, browser ${c.n('Firefox 133.0')}.

**maintainer** commented:
please log out everywhere, that session cookie was live. Fixed in ${c.sha(true)}.
`,
  ),
  cdoc(
    'chat-tok-whatsapp-license-and-keys',
    ['prose'],
    'exports/WhatsApp Chat with Agency.txt',
    (c) => `11/4/26, 10:02 AM - Ray: hey can u send the maps key for the store locator
11/4/26, 10:05 AM - Jo: the browser one is public anyway: ${c.n('AIza' + c.k.g.base64url(35))}
11/4/26, 10:05 AM - Ray: no the server one for geocoding
11/4/26, 10:09 AM - Jo: ${c.prov('google', 'Google API key (server)')}
11/4/26, 10:10 AM - Ray: and the CMS webhook secret?
11/4/26, 10:18 AM - Jo: ${c.tok()}
11/4/26, 10:18 AM - Jo: <Media omitted>
`,
  ),
  cdoc(
    'chat-tok-irc-znc-and-keys',
    ['prose'],
    'irclogs/#infra/2026-10-30.log',
    (c) => `[14:01] <berta> who rotated the consul acl token?
[14:02] <hux> me. new bootstrap token: ${c.tok(c.k.g.uuid())}
[14:02] <hux> agent token ${c.tok(c.k.g.uuid())}
[14:03] <berta> and the gossip key?
[14:04] <hux> ${c.tok(c.k.g.base64(43) + '=')}
[14:05] <berta> ty. node id of the new server is ${c.rid()}
[14:06] <hux> yep that one's just an id
`,
  ),
  cdoc(
    'chat-tok-onboarding-de-keys',
    ['prose'],
    'wiki/onboarding/entwickler-zugaenge.md',
    (c) => `# Entwickler-Zugänge (Testsysteme)

Hier die gemeinsamen Test-Schlüssel, **nur** für die Testsysteme:

- Karten-API (Test): \`${c.tok()}\`
- Zahlungsanbieter, Händler-Schlüssel Test: ${c.tok()}
- HMAC-Schlüssel für Webhooks: ${c.tok(c.k.g.hex(64))}
- Lizenzserver-Token → ${c.tok()}

Produktivschlüssel bekommst du vom Teamlead (${c.n('nicht hier eintragen!')}).
Beispiel aus der Doku, **kein** echter Schlüssel: ${c.n('0123456789abcdef0123456789abcdef')}
`,
  ),
  cdoc(
    'chat-tok-postmortem-jira-token',
    ['prose'],
    'wiki/postmortems/2026-08-jira-automation.md',
    (c) => `# Incident: Jira automation posted to the wrong project

## What happened
The automation user's API token (${c.tok(c.k.g.alnum(24))}) was shared in the #automation channel and reused by a second script.

## Fix
- token revoked, new token issued to the service account only
- second script now uses its own token: ${c.tok('ATATT3xFfGF0' + c.k.g.base64url(170) + '=' + c.k.g.hex(8).toUpperCase())}

Ticket ${c.tkt()}, request ids ${c.rid()} and ${c.rid()}.
`,
  ),
  cdoc(
    'chat-tok-kr-jp-keys',
    ['prose'],
    'notes/아시아-파트너-키.md',
    (c) => `# 파트너 API 키 (테스트)

- 결제 파트너 시크릿 키: ${c.tok()}
- 지도 API 클라이언트 시크릿 = ${c.tok(c.k.g.alnum(40))}

# 日本パートナー

- 配送APIのアクセストークン：${c.tok()}
- Webhook 署名シークレット: ${c.tok(c.k.g.hex(48))}
- 加盟店ID：${c.n(c.k.g.digits(10))}（公開情報）
`,
  ),
  cdoc(
    'chat-tok-pr-review-env-file',
    ['prose'],
    'exports/github/pulls/3301-review.md',
    (c) => `**@sven** commented on \`.env.staging\`:

${F}diff
+STRIPE_WEBHOOK_SECRET=whsec_${c.n('xxxxxxxxxxxxxxxx')}
+ANALYTICS_WRITE_KEY=${c.tok(c.k.g.alnum(32))}
+ENCRYPTION_KEY=${c.tok(c.k.g.base64(43) + '=')}
+REDIS_URL=redis://default:${c.cs()}@redis-staging.internal:6379
+FEATURE_FLAGS_SDK_KEY=${c.n('client-side-' + c.k.g.hex(8))}
${F}

three of these are real values. the feature flag one is a client-side id, fine.
`,
  ),
  cdoc(
    'chat-tok-mail-conn-strings',
    ['prose'],
    'mail/re-reporting-db.txt',
    (c) => `Subject: RE: reporting db connection
From: Mateo Rossi

use this one, it goes through the read replica:

  Server=tcp:reporting-sql.database.example.net,1433;Database=reporting;User ID=rpt_reader;Password=${c.cs()};Encrypt=true;

for the mongo export:

  mongodb+srv://exporter:${c.cs()}@cluster0.abcde.mongodb.net/?retryWrites=true

and the amqp one for the queue consumer: amqp://consumer:${c.cs()}@mq.internal:5672/%2f

Mateo
`,
  ),
  cdoc(
    'chat-tok-slack-provider-mix',
    ['prose'],
    'exports/slack/ai-experiments.txt',
    (c) => `Jonas  3:12 PM
anyone have a spare key for the LLM experiments? my quota ran out
Mei  3:14 PM
use the team one ${c.prov('openai', 'OpenAI')}
Mei  3:14 PM
or the anthropic one: ${c.prov('anthropic', 'Anthropic')}
Jonas  3:16 PM
ty! also whats the gitlab token for the eval repo
Mei  3:18 PM
${c.prov('gitlab', 'GitLab')}
Mei  3:19 PM
pls rotate after the hackathon, ticket ${c.tkt()}
`,
  ),
  cdoc(
    'chat-tok-http-basic-ticket',
    ['prose', 'http-auth'],
    'exports/zendesk/ticket-610044.txt',
    (c) => `Ticket #610044 — API returns 401

Customer:
We call your API like this and get 401:

curl -H "Authorization: Basic ${c.basic('shop-integration')}" https://api.vendor.example/v3/orders
curl -H "Authorization: Bearer ${c.bearer()}" https://api.vendor.example/v3/stock

Agent:
The basic credentials are valid, but your bearer token expired. Request id from our logs: ${c.rid()}.
Please generate a new token in the portal (Settings → API). Do not send us your credentials again.
`,
  ),
  cdoc(
    'chat-tok-twitch-telegram-bots',
    ['prose'],
    'notes/bot-tokens.txt',
    (c) => `bot stuff (delete after migration!!)

twitch client secret: ${c.tok(c.k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 30))}
twitch oauth: ${c.tok(c.k.g.lower(30))}
telegram: ${c.tok(c.k.g.digits(10) + ':AA' + c.k.g.base64url(33))}
discord app public key (not secret): ${c.n(c.k.g.hex(64))}
`,
  ),
];
