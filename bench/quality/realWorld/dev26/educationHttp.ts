// HTTP captures from education systems: HAR exports attached to vendor tickets, curl commands in runbooks, request
// logs of LMS and SIS APIs, cookies of portal sessions, tokens in query strings.
import type { RealWorldDoc } from '../types';
import { eduDoc, ED } from './educationValues';

export const EDU_HTTP_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-har-canvas-ticket',
    ['http-auth', 'logs-and-output', 'precision'],
    'tickets/instructure-case/canvas-gradebook.har',
    (k) => `{
  "log": {
    "version": "1.2",
    "creator": { "name": "Firefox", "version": "133.0" },
    "entries": [
      {
        "startedDateTime": "2026-01-20T10:14:02.311+01:00",
        "request": {
          "method": "GET",
          "url": "https://canvas.example.edu/api/v1/courses/${k.g.digits(5)}/gradebook_history/feed?per_page=50",
          "headers": [
            { "name": "Accept", "value": "application/json+canvas-string-ids" },
            { "name": "Cookie", "value": "log_session_id=${k.http(k.g.hex(32))}; _legacy_normandy_session=${k.http(k.g.base64url(120))}; _csrf_token=${k.u(k.g.base64(64))}" },
            { "name": "X-CSRF-Token", "value": "${k.u(k.g.base64(64))}" },
            { "name": "X-Request-Context-Id", "value": "${k.n(k.g.uuid())}" }
          ]
        },
        "response": { "status": 500, "headers": [{ "name": "X-Request-Cost", "value": "0.0123" }, { "name": "X-Canvas-Meta", "value": "${k.n(`q=${k.g.digits(4)};a=1;g=${k.g.alnum(40)}`)}" }] }
      }
    ]
  }
}
`,
  ),

  eduDoc('edu-curl-blackboard-runbook', ['command-line', 'http-auth', 'precision'], 'docs/runbooks/blackboard-api.md', (k) => {
    const key = k.g.uuid();
    return `# Blackboard REST – quick checks

Get a token (application key : secret as Basic auth):

\`\`\`bash
curl -s -X POST https://blackboard.example.ac.uk/learn/api/public/v1/oauth2/token \\
  -H "Authorization: Basic ${k.basic(key)}" \\
  -d grant_type=client_credentials
\`\`\`

Then use it:

\`\`\`bash
curl -s -H "Authorization: Bearer ${k.http(k.g.alnum(32))}" \\
  "https://blackboard.example.ac.uk/learn/api/public/v3/courses?courseId=${k.n(ED.section(k.g))}"
\`\`\`

The application key (${k.n(key)}) identifies our app on developer.blackboard.com; it is not the secret.
Course primary ids look like \`${k.n(`_${k.g.digits(5)}_1`)}\`.
`;
  }),

  eduDoc(
    'edu-moodle-ws-request-log',
    ['http-auth', 'logs-and-output', 'precision'],
    'logs/nginx/moodle-access.log',
    (
      k,
    ) => `${ED.ipv4(k.g)} - - [14/Jan/2026:09:12:44 +0000] "GET /webservice/rest/server.php?wstoken=${k.http(ED.moodleToken(k.g))}&wsfunction=core_course_get_courses&moodlewsrestformat=json HTTP/1.1" 200 48211 "-" "python-requests/2.31.0"
${ED.ipv4(k.g)} - - [14/Jan/2026:09:12:45 +0000] "GET /login/index.php HTTP/1.1" 200 9123 "-" "Mozilla/5.0"
${ED.ipv4(k.g)} - - [14/Jan/2026:09:12:47 +0000] "POST /login/index.php HTTP/1.1" 303 0 "https://learn.example.edu/login/index.php" "Mozilla/5.0"
${ED.ipv4(k.g)} - - [14/Jan/2026:09:12:51 +0000] "GET /pluginfile.php/${k.g.digits(5)}/mod_resource/content/1/week3.pdf?token=${k.http(k.g.hex(32))} HTTP/1.1" 200 1048576 "-" "MoodleMobile"
${ED.ipv4(k.g)} - - [14/Jan/2026:09:13:02 +0000] "GET /theme/image.php/boost/core/${k.n(k.g.digits(10))}/f/pdf HTTP/1.1" 200 811 "-" "Mozilla/5.0"
${ED.ipv4(k.g)} - - [14/Jan/2026:09:13:05 +0000] "GET /lib/javascript.php/${k.n(k.g.digits(10))}/lib/requirejs/require.min.js HTTP/1.1" 200 17422 "-" "Mozilla/5.0"
`,
  ),

  eduDoc(
    'edu-postman-collection-sis',
    ['http-auth', 'config-syntax', 'precision'],
    'postman/SIS-API.postman_collection.json',
    (k) => `{
  "info": { "name": "SIS API (district)", "_postman_id": "${k.n(k.g.uuid())}", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "${k.http(ED.jwt(k.g))}", "type": "string" }] },
  "item": [
    {
      "name": "Get student",
      "request": {
        "method": "GET",
        "header": [{ "key": "X-District-Key", "value": "${k.http(k.g.hex(40))}" }],
        "url": "{{baseUrl}}/students/${k.n(ED.studentId(k.g))}"
      }
    },
    {
      "name": "Login (staff)",
      "request": {
        "method": "POST",
        "body": { "mode": "raw", "raw": "{\\"username\\":\\"registrar.test\\",\\"password\\":\\"${k.s('password', ED.safePw(k.g))}\\"}" },
        "url": "{{baseUrl}}/auth/login"
      }
    }
  ],
  "variable": [{ "key": "baseUrl", "value": "https://sis-api.example-isd.org/v3" }, { "key": "apiKey", "value": "{{DISTRICT_KEY}}" }]
}
`,
  ),

  eduDoc(
    'edu-ezproxy-session-cookie-ticket',
    ['http-auth', 'prose', 'precision'],
    'tickets/library/REQ-ezproxy-loop.md',
    (k) => `### Redirect loop on ScienceDirect through EZproxy

Reported by a postgraduate (student no. ${k.n(ED.studentId(k.g))}). Copied from their browser dev tools:

\`\`\`
GET /login?qurl=https%3A%2F%2Fwww.sciencedirect.com%2Fscience%2Farticle%2Fpii%2FS${k.g.digits(16)} HTTP/2
Host: ezproxy.library.example.edu
Cookie: ezproxy=${k.http(k.g.alnum(15))}; ezproxyl=${k.http(k.g.alnum(15))}; _ga=${k.n(`GA1.2.${k.g.digits(10)}.${k.g.digits(10)}`)}
\`\`\`

The DOI they were after: ${k.n(ED.doi(k.g))}. Cleared cookies, works now.
`,
  ),

  eduDoc(
    'edu-curl-clever-api',
    ['command-line', 'http-auth', 'precision'],
    'docs/integrations/clever-debug.md',
    (k) => `## Checking the district token

\`\`\`
$ curl -s https://api.clever.com/v3.0/sections?limit=2 -H "Authorization: Bearer ${k.prov('Clever district token', ED.cleverToken(k.g))}"
{"data":[{"data":{"id":"${k.n(k.g.hex(24))}","name":"${k.n(ED.course(k.g))} Period 2","school":"${k.n(k.g.hex(24))}"}}]}
\`\`\`

Clever ids (24 hex, like MongoDB object ids) are not secrets; the bearer token is.
The sandbox token from Clever's docs (${k.n('DEMO_TOKEN')}) only works against the demo district.
`,
  ),

  eduDoc(
    'edu-saml-trace-log',
    ['logs-and-output', 'precision'],
    'logs/shibboleth/idp-process-excerpt.log',
    (
      k,
    ) => `2026-01-21 08:01:12,441 - 10.2.3.4 - INFO [net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP:152] - Profile Action ValidateUsernamePasswordAgainstLDAP: Login by '${k.n(ED.studentId(k.g))}' succeeded
2026-01-21 08:01:12,502 - 10.2.3.4 - INFO [Shibboleth-Audit.SSO:283] - ${k.n(`_${k.g.hex(32)}`)}|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect|${k.n(`_${k.g.hex(32)}`)}|https://canvas.example.edu/saml2|
2026-01-21 08:01:13,007 - 10.2.3.5 - DEBUG [org.ldaptive.BindOperation:88] - execute request=[BindRequest@${k.g.digits(9)}::ldapDn=uid=shib-idp,ou=system,dc=example,dc=ac,dc=jp, credential=${k.spw()}]
2026-01-21 08:01:13,010 - 10.2.3.5 - WARN [net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP:166] - Login by 'teacher.b' failed: INVALID_CREDENTIALS
2026-01-21 08:01:14,120 - 10.2.3.6 - INFO [Shibboleth-Audit.SSO:283] - persistentId=${k.n(k.g.base64(28))}=
`,
  ),

  eduDoc(
    'edu-wget-oai-pmh-harvest',
    ['command-line', 'http-auth', 'precision'],
    'repository/harvest.sh',
    (k) => `#!/bin/bash
# Harvest the institutional repository (DSpace) into the discovery layer every night
DSPACE=https://repository.example-uni.edu/server/oai/request
wget -q -O - "$DSPACE?verb=ListRecords&metadataPrefix=oai_dc&set=${k.n(`com_${k.g.digits(5)}_${k.g.digits(3)}`)}" > /data/oai/dc.xml
# DSpace REST with the harvest user's token (X-XSRF and bearer)
curl -s -H "Authorization: Bearer ${k.http(ED.jwtHs(k.g))}" https://repository.example-uni.edu/server/api/core/items?size=100 > /data/oai/items.json
# Crossref deposit (credentials are the member account, not the DOI prefix ${k.n('10.5555')})
curl -F 'operation=doMDUpload' -F 'login_id=exuni' -F 'login_passwd=${k.spw()}' -F 'fname=@/data/crossref/batch.xml' https://doi.crossref.org/servlet/deposit
`,
  ),

  eduDoc(
    'edu-lti-launch-capture',
    ['http-auth', 'logs-and-output', 'precision'],
    'debug/lti11-launch-post.txt',
    (k) => `POST /lti/launch HTTP/1.1
Host: tool.vendor-quiz.example
Content-Type: application/x-www-form-urlencoded

oauth_consumer_key=${k.n(ED.ltiConsumerKey(k.g))}&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1768982400&oauth_nonce=${k.n(k.g.alnum(32))}&oauth_version=1.0&oauth_signature=${k.n(encodeURIComponent(k.g.base64(27) + '='))}&lti_message_type=basic-lti-launch-request&resource_link_id=${k.n(k.g.hex(32))}&user_id=${k.n(k.g.hex(32))}&roles=Learner&context_id=${k.n(k.g.hex(40))}&lis_person_contact_email_primary=student%40example.edu

# the shared secret that signs this: ${k.s('token', k.g.alnum(32))} (from the Moodle external tool settings)
`,
  ),

  eduDoc(
    'edu-brightspace-api-httpie',
    ['command-line', 'http-auth', 'precision'],
    'notes/brightspace-httpie.txt',
    (k) => `$ http GET https://example.brightspace.com/d2l/api/lp/1.43/users/whoami "Authorization:Bearer ${k.http(ED.jwt(k.g))}"
HTTP/1.1 200 OK
{
    "Identifier": "${k.n(k.g.digits(5))}",
    "FirstName": "Integration",
    "LastName": "User",
    "UniqueName": "svc-d2l-sync",
    "ProfileIdentifier": "${k.n(k.g.alnum(10))}"
}
$ http GET "https://example.brightspace.com/d2l/api/le/1.74/${k.g.digits(5)}/grades/" x-csrf-token:${k.u(k.g.alnum(32))}
`,
  ),

  eduDoc(
    'edu-webhook-gradebook-express',
    ['code', 'http-auth', 'precision'],
    'gradebook-webhooks/server.js',
    (k) => `const express = require('express');
const crypto = require('crypto');

const app = express();
// shared with the SIS vendor for signing grade-change webhooks
const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET || '${k.s('token', k.g.hex(40))}';
const ADMIN_BASIC = 'Basic ${k.basic('gradeadmin')}';

app.post('/hooks/grades', express.raw({ type: '*/*' }), (req, res) => {
  const sig = crypto.createHmac('sha256', WEBHOOK_SECRET).update(req.body).digest('hex');
  if (sig !== req.get('X-Signature')) return res.sendStatus(401);
  res.sendStatus(204);
});

app.get('/admin', (req, res) => (req.get('Authorization') === ADMIN_BASIC ? res.send('ok') : res.sendStatus(401)));
app.listen(8080);
// example signature from the vendor docs: ${k.n(ED.sha256(k.g))}
`,
  ),

  eduDoc(
    'edu-google-oauth-playground-notes',
    ['http-auth', 'prose', 'precision'],
    'notes/google-classroom-api.md',
    (k) => `# Classroom API test (OAuth playground)

Client id: ${k.n(ED.googleClientId(k.g))}
Client secret: ${k.prov('Google OAuth client secret', ED.googleClientSecret(k.g))}

Access token from step 2 (1 hour): ${k.http(`ya29.${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 150)}`)}
Refresh token: ${k.s('token', `1//0${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 100)}`)}

\`GET https://classroom.googleapis.com/v1/courses?teacherId=me\` returned 14 courses; course ids like ${k.n(k.g.digits(12))}.
`,
  ),
];
