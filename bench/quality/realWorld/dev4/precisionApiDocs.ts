// rw-dev4 precision, part 2: API reference pages, OpenAPI specs, Postman collections and SDK READMEs full of
// placeholders and documented example values, with the odd real key someone pasted while testing.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { tpw, V } from './precisionValues';

export const API_DOC_DOCS: RealWorldDoc[] = [
  doc(
    'api-reference-auth-md',
    ['precision', 'prose', 'http-auth'],
    'docs/api/authentication.md',
    (k) => `# Authentication

Every request needs an API key. Create one under **Settings → API keys**; it is shown once.

${F}http
GET /v2/invoices HTTP/1.1
Host: api.acme.dev
Authorization: Bearer ${k.n('<YOUR_API_KEY>')}
${F}

With curl:

${F}bash
curl https://api.acme.dev/v2/invoices \\
  -H "Authorization: Bearer ${k.n('$ACME_API_KEY')}" \\
  -H "Idempotency-Key: ${k.n('$(uuidgen)')}"
${F}

Keys look like ${k.n('`acme_live_xxxxxxxxxxxxxxxxxxxxxxxx`')} (live) or ${k.n('`acme_test_xxxxxxxxxxxxxxxxxxxxxxxx`')} (test).
Never embed a live key in client-side code.

## Basic auth (legacy)

Send the key as the username and leave the password empty: ${k.n('`-u "$ACME_API_KEY:"`')}.
The header then reads ${k.n('`Authorization: Basic <base64(key + ":")>`')}.

## Errors

| Status | Body | Meaning |
|---|---|---|
| 401 | ${k.n('`{"error":"invalid_api_key"}`')} | The key is wrong or revoked |
| 403 | ${k.n('`{"error":"insufficient_scope","required":"invoices:write"}`')} | The key lacks a scope |
`,
  ),
  doc(
    'openapi-security-schemes',
    ['precision', 'config-syntax', 'http-auth'],
    'api/openapi.yaml',
    (k) => `openapi: 3.0.3
info:
  title: Acme Billing API
  version: 2.7.0
servers:
  - url: https://api.acme.dev/v2
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: ${k.n('X-API-Key')}
    BearerAuth:
      type: http
      scheme: bearer
      bearerFormat: ${k.n('JWT')}
    OAuth2:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.acme.dev/oauth/token
          scopes:
            invoices:read: Read invoices
  schemas:
    TokenRequest:
      type: object
      required: [client_id, client_secret, grant_type]
      properties:
        client_id:
          type: string
          example: ${k.n('my-client-id')}
        client_secret:
          type: string
          format: password
          example: ${k.n('my-client-secret')}
        grant_type:
          type: string
          enum: [${k.n('client_credentials')}]
    TokenResponse:
      type: object
      properties:
        access_token:
          type: string
          example: ${k.n(V.JWT_IO_SAMPLE)}
        token_type:
          type: string
          example: ${k.n('Bearer')}
        expires_in:
          type: integer
          example: 3600
    User:
      type: object
      properties:
        id:
          type: string
          format: uuid
          example: ${k.n(k.g.uuid())}
        password:
          type: string
          format: password
          writeOnly: true
          minLength: 12
          example: ${k.n('"********"')}
security:
  - ApiKeyAuth: []
  - BearerAuth: []
`,
  ),
  doc(
    'aws-sdk-readme-example-keys',
    ['precision', 'prose', 'credential-file'],
    'docs/aws-setup.md',
    (k) => `# AWS credentials for local development

The SDK reads \`~/.aws/credentials\`. The AWS documentation uses these example values; they do not work:

${F}ini
[default]
aws_access_key_id = ${k.n(V.AWS_EXAMPLE_ID)}
aws_secret_access_key = ${k.n(V.AWS_EXAMPLE_SECRET)}
region = eu-central-1
${F}

Prefer SSO: \`aws configure sso\` and then \`aws sso login --profile dev\`. Your profile then looks like:

${F}ini
[profile dev]
sso_session = acme
sso_account_id = ${k.n('123456789012')}
sso_role_name = ${k.n('DeveloperAccess')}
region = eu-central-1
${F}

Environment variables win over the file: \`AWS_ACCESS_KEY_ID\`, \`AWS_SECRET_ACCESS_KEY\`, \`AWS_SESSION_TOKEN\`.
Check which identity you are using with \`aws sts get-caller-identity\`.
`,
  ),
  doc(
    'stripe-integration-doc',
    ['precision', 'prose', 'code'],
    'docs/payments/stripe.md',
    (k) => `# Stripe integration

The publishable key is public and goes into the web bundle; the secret key stays on the server.

${F}js
// web/src/stripe.ts
const stripe = Stripe(${k.n(`'${V.stripePublishable(k.g)}'`)});
${F}

${F}python
# server/payments.py
stripe.api_key = os.environ["STRIPE_SECRET_KEY"]  # sk_live_... in prod, sk_test_... locally
${F}

Webhook signing secrets start with ${k.n('`whsec_`')}; put yours in \`STRIPE_WEBHOOK_SECRET\`.
Test card: ${k.n('`4242 4242 4242 4242`')}, any future expiry, CVC ${k.n('`123`')}.

For local webhooks run \`stripe listen --forward-to localhost:8000/webhooks/stripe\`; the CLI prints a
signing secret for the session. The one I used while writing this page, so the example output matches:
${k.prov('stripeWebhook', 'stripe-webhook')} (it was a test-mode session, but rotate anyway).
`,
  ),
  doc(
    'postman-collection',
    ['precision', 'config-syntax', 'http-auth'],
    'postman/acme.postman_collection.json',
    (k) => `{
  "info": { "name": "Acme API", "_postman_id": ${k.n(`"${k.g.uuid()}"`)}, "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": ${k.n('"{{access_token}}"')}, "type": "string" }] },
  "variable": [
    { "key": "baseUrl", "value": "https://api.acme.dev/v2" },
    { "key": "client_id", "value": ${k.n('"{{CLIENT_ID}}"')} },
    { "key": "client_secret", "value": ${k.n('""')} },
    { "key": "access_token", "value": ${k.n('""')} }
  ],
  "item": [
    {
      "name": "Get token",
      "request": {
        "method": "POST",
        "url": "{{baseUrl}}/oauth/token",
        "body": { "mode": "urlencoded", "urlencoded": [
          { "key": "grant_type", "value": "client_credentials" },
          { "key": "client_id", "value": ${k.n('"{{client_id}}"')} },
          { "key": "client_secret", "value": ${k.n('"{{client_secret}}"')} }
        ] }
      },
      "event": [{ "listen": "test", "script": { "exec": ["pm.collectionVariables.set('access_token', pm.response.json().access_token);"] } }]
    },
    {
      "name": "List invoices",
      "request": { "method": "GET", "header": [{ "key": "X-Request-Id", "value": ${k.n(`"${k.g.uuid()}"`)} }], "url": "{{baseUrl}}/invoices?limit=10" }
    }
  ]
}
`,
  ),
  doc(
    'sdk-readme-placeholders',
    ['precision', 'prose', 'code'],
    'sdk/python/README.md',
    (k) => `# acme-python

${F}bash
pip install acme-sdk
${F}

${F}python
import acme

client = acme.Client(api_key="${k.n('YOUR_API_KEY')}")
# or
client = acme.Client(api_key=os.environ["ACME_API_KEY"])
# or, for OAuth apps
client = acme.Client(client_id="${k.n('<client-id>')}", client_secret="${k.n('<client-secret>')}")
${F}

| Option | Env var | Default |
|---|---|---|
| \`api_key\` | \`ACME_API_KEY\` | ${k.n('none')} |
| \`api_base\` | \`ACME_API_BASE\` | \`https://api.acme.dev\` |
| \`webhook_secret\` | \`ACME_WEBHOOK_SECRET\` | ${k.n('none')} |
| \`timeout\` | \`ACME_TIMEOUT\` | \`30\` |

Tokens are 40 characters of ${k.n('`[A-Za-z0-9]`')}; a token that starts with ${k.n('`acme_test_`')} only reaches the sandbox.
`,
  ),
  doc(
    'slack-app-manifest-docs',
    ['precision', 'config-syntax'],
    'slack/manifest.yml',
    (k) => `display_information:
  name: Deploy Bot
features:
  bot_user:
    display_name: deploybot
oauth_config:
  redirect_urls:
    - https://deploybot.acme.dev/slack/oauth_redirect
  scopes:
    bot: [chat:write, commands]
settings:
  event_subscriptions:
    request_url: https://deploybot.acme.dev/slack/events
  interactivity:
    is_enabled: true
  org_deploy_enabled: false
  socket_mode_enabled: false
# Tokens are injected at deploy time:
#   SLACK_BOT_TOKEN=${k.n('xoxb-...')}
#   SLACK_SIGNING_SECRET=${k.n('<from Basic Information>')}
#   SLACK_APP_TOKEN=${k.n('xapp-1-...')}
`,
  ),
  doc(
    'webhook-signature-docs',
    ['precision', 'prose', 'code'],
    'docs/webhooks.md',
    (k) => `# Verifying webhooks

Each delivery carries \`X-Acme-Signature: t=<unix>,v1=<hex hmac>\`. Compute
\`HMAC_SHA256(secret, t + "." + body)\` and compare in constant time.

Example delivery (from our docs generator, signed with the documented test secret ${k.n('`whsec_test_secret`')}):

${F}http
POST /hooks/acme HTTP/1.1
X-Acme-Signature: t=1714060800,v1=${k.n(k.g.hex(64))}
X-Acme-Delivery: ${k.n(k.g.uuid())}
Content-Type: application/json

{"id":"evt_${k.n(k.g.alnum(24))}","type":"invoice.paid","data":{"invoice":"in_${k.n(k.g.alnum(24))}"}}
${F}

${F}ts
import { createHmac, timingSafeEqual } from 'node:crypto';
export function verify(secret: string, header: string, body: string): boolean {
  const [t, v1] = header.split(',').map((p) => p.split('=')[1]);
  const expected = createHmac('sha256', secret).update(\`\${t}.\${body}\`).digest('hex');
  return timingSafeEqual(Buffer.from(expected), Buffer.from(v1));
}
${F}
`,
  ),
  doc(
    'oauth-provider-setup-doc',
    ['precision', 'prose', 'config-syntax'],
    'docs/sso/google.md',
    (k) => `# Google sign-in

Create an OAuth client (type **Web application**) in the Google Cloud console and copy its id into
\`config/sso.yml\`. The client id is public (it is in every login URL); the client secret is not.

${F}yaml
google:
  client_id: ${k.n(`${k.g.digits(12)}-${k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com`)}
  client_secret: \${GOOGLE_CLIENT_SECRET}
  redirect_uri: https://app.acme.dev/auth/google/callback
  hosted_domain: acme.dev
${F}

For local testing Marco created a second client restricted to \`http://localhost:3000\`; its secret is
${k.prov('googleClientSecret', 'google-oauth')} and it is fine to keep using it until the migration is done.
`,
  ),
  doc(
    'graphql-schema-auth',
    ['precision', 'code'],
    'schema/auth.graphql',
    (k) => `"""
Credentials are never returned by the API: the password field only exists on inputs.
"""
input LoginInput {
  email: String!
  password: String! @sensitive
  otp: String
}

input ChangePasswordInput {
  currentPassword: String! @sensitive
  newPassword: String! @sensitive @constraint(minLength: 12)
}

type ApiKey {
  id: ID!
  name: String!
  "First 8 characters of the key, for display: e.g. ${k.n('acme_liv')}"
  prefix: String!
  "SHA-256 of the key; the key itself is not stored"
  hash: String!
  lastUsedAt: DateTime
}

type AuthPayload {
  accessToken: String!
  refreshToken: String!
  expiresIn: Int!
}

type Mutation {
  login(input: LoginInput!): AuthPayload!
  changePassword(input: ChangePasswordInput!): Boolean!
  createApiKey(name: String!): ApiKeyWithSecret!
}
`,
  ),
  doc(
    'rest-client-http-file',
    ['precision', 'http-auth'],
    'http/local.http',
    (k) => `@baseUrl = http://localhost:8080
@token = {{login.response.body.access_token}}

### login as the seeded admin
# @name login
POST {{baseUrl}}/auth/login
Content-Type: application/json

{ "email": "admin@example.com", "password": "${k.pw()}" }

### list users
GET {{baseUrl}}/users
Authorization: Bearer {{token}}

### list users with a pasted token (expires after 1h)
GET {{baseUrl}}/users
Authorization: Bearer ${k.bearerJwt()}

### health
GET {{baseUrl}}/health
X-Request-Id: ${k.n(k.g.uuid())}
`,
  ),
  doc(
    'vendor-api-docs-mixed',
    ['precision', 'prose', 'http-auth'],
    'docs/integrations/mailer.md',
    (k) => `# Transactional mail

We send through the mailer's HTTP API. Their docs show requests like:

${F}bash
curl -s --user 'api:${k.n('YOUR_API_KEY')}' \\
  https://api.mailer.example/v3/${k.n('YOUR_DOMAIN_NAME')}/messages \\
  -F from='Excited User <mailgun@YOUR_DOMAIN_NAME>' \\
  -F to=${k.n('YOU@YOUR_DOMAIN_NAME')} \\
  -F subject='Hello'
${F}

Our sending key for the staging domain (receives nothing real, but still): ${k.s('token', k.g.hex(32) + '-' + k.g.hex(8) + '-' + k.g.hex(8), 'mailgun')}

Production uses \`MAILER_API_KEY\` from the secret store. The SMTP fallback user is \`postmaster@mg.acme.dev\`
with password ${tpw(k)} (set in the mailer console on 12 March).
`,
  ),
];
