// rw-dev8 prov: provider keys pasted into chat, tickets and hand-over notes, named by the provider in the
// sentence around them rather than by a variable name.
import type { RealWorldDoc } from '../types';
import { pdoc } from './provKit';

export const PROV_PROSE_DOCS: RealWorldDoc[] = [
  pdoc(
    'slack-export-keys-pasted',
    ['prose', 'logs-and-output'],
    'exports/slack/platform-2024-11-14.txt',
    (k) => `[09:14] greta: anyone have the mailgun key for staging? the signup emails are bouncing
[09:15] tomasz: ${k.p('mailgunKey', 'mailgun')}
[09:15] tomasz: it's the EU region one, endpoint api.eu.mailgun.net
[09:16] greta: thx. and datadog app key for the terraform run?
[09:18] tomasz: app key ${k.p('datadogApp', 'datadog')} api key is in 1password (op://platform/datadog)
[09:20] ravi: pls stop pasting keys here 🙃 I'll rotate both after lunch
[09:41] ravi: rotated. new twilio auth token is in the vault, old one was ${k.p('twilioAuthToken', 'twilio')} if you need to check logs
`,
  ),
  pdoc(
    'jira-ticket-algolia',
    ['prose'],
    'tickets/SEARCH-311.md',
    (k) => `**SEARCH-311: Reindex fails with 403 on products_prod**

Reporter: Leila · Priority: High

Steps: run \`node scripts/reindex.js\` with the key from the wiki.

> Method not allowed with this API key

Looks like the wiki has the search-only key (\`${k.pub('algoliaSearch')}\`) in the admin field. The admin API key for app
${k.pub('algoliaAppId')} is ${k.p('algoliaAdmin', 'algolia')} — please update the wiki and then rotate it since it's now in Jira.
`,
  ),
  pdoc(
    'handover-note-providers',
    ['prose', 'credential-file'],
    'handover/ops-handover-ingrid.md',
    (k) => `# Ops hand-over (Ingrid → Mateo)

Accounts you will need this week:

* **Pusher** (app 1627381): secret is ${k.p('pusherSecret', 'pusher')} — the key is public, it's in the JS bundle anyway.
* **Heroku**: legacy review apps still deploy with my API key ${k.p('heroku', 'heroku')}; swap it for yours.
* **Postmark**: the transactional server token is ${k.p('postmark', 'postmark')}. Broadcast stream uses a different one (vault).
* **Cloudflare**: the API token I scoped for DNS edits: ${k.p('cloudflareToken', 'cloudflare')}
* **Zendesk**: API token for the macros export: ${k.p('zendesk', 'zendesk')} (user ingrid@northwind.io/token)
* **Confluent**: cluster key ${k.u('QWERTYUIOP123456'.replace(/./g, () => k.g.pick(['A', 'B', 'C', 'D', '7', '3'])))} secret ${k.p('confluentSecret', 'confluent')}

Our Sentry DSN (${k.pub('sentryDsn')}) and Stripe publishable key (${k.pub('stripePk')}) are fine to share.
`,
  ),
  pdoc(
    'email-vendor-onboarding',
    ['prose'],
    'mail/vendor-onboarding.eml',
    (k) => `From: integrations@partner-logistics.example
To: dev@northwind.io
Subject: Your API credentials for the Tracking API

Hi team,

welcome aboard. Your sandbox credentials are:

  Client ID:     ${k.pub('uuid')}
  Client Secret: ${k.s('token', k.g.base64url(40), 'partner-logistics')}

For production we will send the secret through our portal only.

On your side, could you send us the Mapbox token you want us to use for the embedded map? A public pk. token
(e.g. ${k.pub('mapboxPublic')}) is enough — please do not send the secret sk. one.

Kind regards,
Partner Integrations
`,
  ),
  pdoc(
    'discord-incident-notes',
    ['prose'],
    'postmortems/2024-10-discord-bot-leak.md',
    (k) => `# Post-mortem: Discord bot token leaked

On 12 Oct the bot token ${k.p('discordBot', 'discord')} was pushed to the public repo in \`config.json\`.
Discord's scanner reset it within minutes; the bot went offline for 40 minutes.

Also in that commit: the Telegram bot token ${k.p('telegram', 'telegram')} (revoked through BotFather) and the
Twitch client secret ${k.p('twitchSecret', 'twitch')} (client id ${k.n(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 30))}).

Action items: move tokens to env vars, add the pre-commit hook, document in \`docs/bots.md\`.
`,
  ),
  pdoc(
    'support-ticket-sendgrid',
    ['prose'],
    'tickets/support-8812.txt',
    (k) => `Ticket #8812 — emails not delivered (customer: Acme Pharma)

Customer says their SendGrid integration stopped on Monday. They pasted the key they configured:
${k.p('sendgrid', 'sendgrid')}
Checked in SendGrid: that key was deleted by their admin. Asked them to create a new one with Mail Send
permission and to paste it in Settings > Email (not in the ticket!). Their Mailchimp key
${k.p('mailchimp', 'mailchimp')} also showed up in the logs they attached; told them to rotate it.
`,
  ),
  pdoc(
    'wiki-third-party-keys-table',
    ['prose', 'config-syntax'],
    'wiki/Third-party-keys.md',
    (k) => `| Service | Environment | Key | Notes |
|---|---|---|---|
| Mixpanel | prod | ${k.p('mixpanelSecret', 'mixpanel')} | project secret, for the export job |
| Rollbar | prod | ${k.p('rollbar', 'rollbar')} | post_server_item |
| CircleCI | — | ${k.p('circleci', 'circleci')} | personal token of the release bot |
| Okta | prod | ${k.p('okta', 'okta')} | SSWS token, read-only admin |
| PayPal | live | ${k.p('paypalSecret', 'paypal')} | client secret; client id is public |
| Plaid | development | ${k.p('plaidSecret', 'plaid')} | |
| Google Maps | browser | ${k.pub('firebaseWebKey')} | HTTP-referrer restricted, public |
| Segment | web | ${k.u(k.g.alnum(32))} | write key, ships in the page |
`,
  ),
];
