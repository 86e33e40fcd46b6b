// HTTP captures and logs from this world: curl commands pasted into tickets, HAR exports of donation and portal
// logins, web server access logs with tokens in query strings, integration logs that print their headers.
import type { RealWorldDoc } from '../types';
import { cDoc, C } from './civicValues';

export const CIVIC_HTTP_LOGS_DOCS: RealWorldDoc[] = [
  cDoc(
    'civic-clio-curl-ticket',
    ['http-auth', 'command-line', 'prose', 'precision'],
    'tickets/TKT-clio-webhook-failing.md',
    (k) => `**Ticket ${k.n(C.ticket(k.g))} – Clio webhook not firing for new matters**

Steps I tried (from the Clio API docs):

\`\`\`
curl -H "Authorization: Bearer ${k.s('http-auth', k.g.alnum(40))}" \\
  "https://eu.app.clio.com/api/v4/matters.json?fields=id,display_number&limit=5"
\`\`\`

Response lists matter ${k.n(C.matter(k.g))} so the token works. Webhook subscription id ${k.n(k.g.digits(8))}, shared secret
returned on creation was ${k.tok()}. Expiry shows ${k.n('2026-05-01T00:00:00Z')}.
`,
  ),

  cDoc(
    'civic-donation-page-har',
    ['http-auth', 'logs-and-output', 'precision'],
    'debug/donate-checkout.har',
    (k) => `{
  "log": {
    "creator": { "name": "Firefox", "version": "125.0" },
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://oakridgehospice.example/wp-admin/admin-ajax.php",
          "headers": [
            { "name": "Cookie", "value": "wordpress_logged_in_${k.n(k.g.hex(32))}=${k.s('http-auth', 'webadmin%7C1712345678%7C' + k.g.alnum(43) + '%7C' + k.g.hex(64))}" },
            { "name": "X-WP-Nonce", "value": "${k.n(k.g.hex(10))}" }
          ],
          "postData": { "text": "action=give_process_donation&give-form-id=${k.n(k.g.digits(3))}&give_stripe_payment_method=${k.n('pm_' + k.g.alnum(24))}" }
        },
        "response": { "status": 200 }
      },
      {
        "request": {
          "method": "GET",
          "url": "https://api.stripe.com/v1/payment_intents/${k.n('pi_' + k.g.alnum(24))}?client_secret=${k.u('pi_' + k.g.alnum(24) + '_secret_' + k.g.alnum(25))}&key=${k.n(C.stripePub(k.g))}"
        }
      }
    ]
  }
}
`,
  ),

  cDoc(
    'civic-nginx-access-log-tokens',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/nginx/tenant-portal.access.log',
    (k) => `10.0.4.12 - - [02/Apr/2026:09:14:02 +0000] "GET /api/units?property=${k.n(k.g.digits(4))} HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
10.0.4.12 - - [02/Apr/2026:09:14:05 +0000] "GET /export/rentroll.csv?token=${k.s('http-auth', k.g.hex(40))} HTTP/1.1" 200 88211 "-" "Excel/16.0"
10.0.4.19 - - [02/Apr/2026:09:15:11 +0000] "GET /static/app.${k.n(k.g.hex(8))}.js HTTP/1.1" 200 30120 "-" "Mozilla/5.0"
10.0.4.20 - - [02/Apr/2026:09:15:40 +0000] "POST /webhooks/docusign?hmac=${k.n(k.g.base64(44))} HTTP/1.1" 204 0 "-" "DocuSign"
10.0.4.21 - - [02/Apr/2026:09:16:03 +0000] "GET /reset-password?key=${k.s('http-auth', k.g.alnum(20))}&login=tenant1842 HTTP/1.1" 200 2210 "-" "Mozilla/5.0"
10.0.4.22 - - [02/Apr/2026:09:16:30 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"
`,
  ),

  cDoc(
    'civic-mailchimp-curl-readme',
    ['command-line', 'http-auth', 'precision'],
    'newsletter/README.md',
    (k) => `# Newsletter list sync

The appeal list in Mailchimp is kept in sync with CiviCRM groups. To check a member by hand:

\`\`\`bash
curl -s --user "anystring:${k.prov('mailchimp', C.mailchimp(k.g))}" \\
  "https://us14.api.mailchimp.com/3.0/lists/${k.n(k.g.hex(10))}/members/${k.n(C.md5(k.g))}"
\`\`\`

(the member id is the MD5 of the lower-cased e-mail address). Constant Contact for the events list:

\`\`\`bash
curl -H "Authorization: Bearer ${k.bearer()}" https://api.cc.email/v3/contact_lists
\`\`\`
`,
  ),

  cDoc(
    'civic-sendgrid-event-debug-log',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/notifier-2026-02-27.log',
    (k) => `2026-02-27 08:00:00,112 INFO  notifier starting (env=prod)
2026-02-27 08:00:00,340 DEBUG request POST https://api.sendgrid.com/v3/mail/send headers={'Authorization': 'Bearer ${k.prov('sendgrid', C.sendgrid(k.g))}', 'Content-Type': 'application/json'}
2026-02-27 08:00:00,711 INFO  sent rent reminder to tenant ${k.n('t' + k.g.digits(7))} (message id ${k.n(k.g.base64url(22))})
2026-02-27 08:00:01,002 INFO  sms via twilio account ${k.n(C.twilioSid(k.g))}
2026-02-27 08:00:01,250 WARN  Twilio auth: ${k.n('AC********************************:********')}
2026-02-27 08:00:01,300 INFO  done
`,
  ),

  cDoc(
    'civic-docusign-connect-capture',
    ['http-auth', 'logs-and-output', 'precision'],
    'debug/docusign-connect-request.txt',
    (k) => `POST /webhooks/docusign HTTP/1.1
Host: conveyancing.example
Content-Type: application/json
X-DocuSign-Signature-1: ${k.n(k.g.base64(43) + '=')}
X-Authorization-Digest: HMACSHA256
Authorization: Basic ${k.basic('docusign-connect')}
Content-Length: 1843

{"event":"envelope-completed","apiVersion":"v2.1","uri":"/restapi/v2.1/accounts/${k.n(k.g.uuid())}/envelopes/${k.n(k.g.uuid())}","retryCount":0,
 "data":{"accountId":"${k.n(k.g.uuid())}","envelopeId":"${k.n(k.g.uuid())}"}}
`,
  ),

  cDoc(
    'civic-pacer-script-output',
    ['logs-and-output', 'precision'],
    'docketing/logs/pacer-fetch.out',
    (k) => `$ python pacer_fetch.py --case ${k.n(C.docket(k.g))} --court nysd
[pacer] logging in as hbdocket01
[pacer] POST https://pacer.login.uscourts.gov/services/cso-auth {"loginId":"hbdocket01","password":"${k.spw()}","clientCode":"${k.n(C.matter(k.g))}"}
[pacer] nextGenCSO=${k.s('http-auth', k.g.alnum(128))}
[pacer] fetching docket report ... 47 entries
[pacer] downloaded ECF No. 112 (sha1 ${k.n(C.sha1(k.g))})
[pacer] cost $3.00 billed to client code ${k.n(C.matter(k.g))}
`,
  ),

  cDoc(
    'civic-brivo-api-capture',
    ['http-auth', 'precision'],
    'access-control/debug/brivo-requests.http',
    (k) => `### Token
POST https://auth.brivo.com/oauth/token?grant_type=password&username=facilities@oakridgepm.example&password=${k.spw()}
Authorization: Basic ${k.basic(k.g.uuid())}
api-key: ${k.s('http-auth', k.g.alnum(24).toLowerCase())}

### Users
GET https://api.brivo.com/v1/api/users?pageSize=100
Authorization: bearer ${k.s('http-auth', k.g.uuid())}
api-key: ${k.n('{{brivoApiKey}}')}

### Doors
GET https://api.brivo.com/v1/api/access-points/${k.n(k.g.digits(7))}
`,
  ),

  cDoc(
    'civic-wp-login-bruteforce-log',
    ['logs-and-output', 'precision'],
    'logs/wordfence-export-2026-03.csv',
    (k) => `time,ip,username,result,user_agent
2026-03-01 02:11:45,${k.n('185.220.' + k.g.digits(2) + '.' + k.g.digits(2))},admin,failed,python-requests/2.31
2026-03-01 02:11:46,${k.n('185.220.' + k.g.digits(2) + '.' + k.g.digits(2))},admin,failed,python-requests/2.31
2026-03-01 09:02:10,81.2.69.142,webadmin,success,Mozilla/5.0
2026-03-02 11:40:02,81.2.69.142,${k.hpw()},failed,Mozilla/5.0
2026-03-02 11:40:09,81.2.69.142,webadmin,success,Mozilla/5.0
`,
  ),

  cDoc(
    'civic-procore-api-debug-output',
    ['logs-and-output', 'http-auth', 'precision'],
    'tools/procore-cli/debug-output.txt',
    (k) => `$ procore-cli rfis list --project ${k.n(k.g.digits(6))} --verbose
> GET /rest/v1.0/projects/${k.n(k.g.digits(6))}/rfis HTTP/1.1
> Host: api.procore.com
> Authorization: Bearer ${k.s('http-auth', k.g.base64url(43))}
> Procore-Company-Id: ${k.n(k.g.digits(6))}
< HTTP/1.1 200 OK
< X-Request-Id: ${k.n(k.g.uuid())}
RFI 041  "Clarify lintel detail at ${k.n(C.drawing(k.g))}"   open
RFI 042  "Door ${k.n(C.doorId(k.g))} ironmongery schedule"   closed
`,
  ),

  cDoc(
    'civic-justgiving-fetch-snippet',
    ['http-auth', 'code', 'precision'],
    'appeal-site/src/totals.js',
    (k) => `// Appeal page total. The JustGiving app id goes in the path; Enthuse needs a header.
export async function totals() {
  const jg = await fetch('https://api.justgiving.com/${k.s('http-auth', k.g.hex(8))}/v1/fundraising/pages/oakridge-midnight-walk-2026', {
    headers: { Accept: 'application/json' },
  }).then((r) => r.json());
  const en = await fetch('https://api.enthuse.com/v1/campaigns/${k.n(k.g.digits(5))}/totals', {
    headers: { 'X-Api-Key': '${k.s('http-auth', k.g.alnum(32))}' },
  }).then((r) => r.json());
  return jg.grandTotalRaisedExcludingGiftAid + en.total;
}
`,
  ),
];
