// rw-dev7 look-alikes, identifiers: UUIDs and other random-looking ids that are public or harmless (tenant,
// subscription, client, environment keys, feature flags, request and trace ids, ARNs, resource ids, key ids),
// under names that sound secret, with a real credential here and there.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { arnKms, awsAcct, azSub, hexTok, pv, saEmail, spanId, tok, tpw, traceId, ts, ulid } from './negValues';

export const NEG_ID_DOCS: RealWorldDoc[] = [
  doc('neg-azure-appsettings', ['precision', 'config-syntax'], 'appsettings.Production.json', (k) => {
    const g = k.g;
    return `{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "${k.n(g.uuid())}",
    "ClientId": "${k.n(g.uuid())}",
    "ClientSecret": "${k.tok(g.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789~._-', 40))}",
    "Audience": "api://${k.n(g.uuid())}"
  },
  "KeyVault": {
    "VaultUri": "https://kv-orders-prod.vault.azure.net/",
    "ManagedIdentityClientId": "${k.n(g.uuid())}",
    "KeyName": "${k.n('orders-data-key')}",
    "KeyVersion": "${k.n(g.hex(32))}"
  },
  "Subscription": { "Id": "${k.n(g.uuid())}", "ResourceId": "${k.n(azSub(g))}" },
  "ApplicationInsights": { "ConnectionString": "InstrumentationKey=${k.n(g.uuid())};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" }
}
`;
  }),
  doc('neg-feature-flags', ['precision', 'config-syntax', 'code'], 'src/flags/client.ts', (k) => {
    const g = k.g;
    return `// Client-side SDK keys are public (shipped in the bundle); the server SDK key is not.
export const FLAGS = {
  environmentKey: '${k.n('env-' + g.uuid())}',
  clientSideId: '${k.n(g.hex(24))}',
  mobileKey: '${k.n('mob-' + g.uuid())}',
  projectKey: '${k.n('checkout-web')}',
};
export const FLAG_KEYS = {
  newCheckout: '${k.n('flag-' + g.uuid().slice(0, 8))}',
  passwordlessLogin: '${k.n('passwordless-login-v2')}',
  rotateApiKeys: '${k.n('rotate-api-keys')}',
};
// server side only (loaded by the BFF), kept here "temporarily"
export const SERVER_SDK_KEY = '${k.tok('sdk-' + g.uuid())}';
`;
  }),
  doc('neg-request-log-json', ['precision', 'logs-and-output'], 'logs/api-2026-03-04.jsonl', (k) => {
    const g = k.g;
    const rows = Array.from(
      { length: 6 },
      () =>
        `{"ts":"${ts(g)}","level":"info","msg":"request completed","request_id":"${k.n(g.uuid())}","trace_id":"${k.n(traceId(g))}","span_id":"${k.n(spanId(g))}","session_id_hash":"${k.n(g.hex(16))}","path":"/v1/token/refresh","status":200,"duration_ms":${g.digits(2)}}`,
    );
    rows.push(`{"ts":"${ts(g)}","level":"debug","msg":"outbound call","request_id":"${k.n(g.uuid())}","headers":{"authorization":"Bearer ${k.http(g.alnum(40))}","x-request-id":"${k.n(ulid(g))}"}}`);
    return rows.join('\n') + '\n';
  }),
  doc('neg-aws-iam-policy', ['precision', 'config-syntax'], 'iam/kms-decrypt-policy.json', (k) => {
    const g = k.g;
    const acct = awsAcct(g);
    return `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DecryptSecrets",
      "Effect": "Allow",
      "Action": ["kms:Decrypt", "secretsmanager:GetSecretValue"],
      "Resource": [
        "${k.n(arnKms(g))}",
        "${k.n(`arn:aws:secretsmanager:eu-west-1:${acct}:secret:prod/db-password-${g.alnum(6)}`)}",
        "${k.n(`arn:aws:secretsmanager:eu-west-1:${acct}:secret:prod/api-token-${g.alnum(6)}`)}"
      ],
      "Condition": { "StringEquals": { "aws:PrincipalOrgID": "${k.n('o-' + g.lower(10))}" } }
    },
    {
      "Sid": "AssumeDeploy",
      "Effect": "Allow",
      "Action": "sts:AssumeRole",
      "Resource": "${k.n(`arn:aws:iam::${acct}:role/deploy`)}",
      "Condition": { "StringEquals": { "sts:ExternalId": "${k.n(g.uuid())}" } }
    }
  ]
}
`;
  }),
  doc('neg-gcp-sa-notes', ['precision', 'prose'], 'docs/gcp-service-accounts.md', (k) => {
    const g = k.g;
    return `# Service accounts

| account | key id | purpose |
|---|---|---|
| ${k.n(saEmail(g, 'ci-deployer'))} | ${k.n(g.hex(40))} | deploys from CI (workload identity, no key file) |
| ${k.n(saEmail(g, 'bq-reader'))} | ${k.n(g.hex(40))} | dashboards |
| ${k.n(saEmail(g, 'backup'))} | ${k.n(g.hex(40))} | nightly export |

The key ids above are the \`private_key_id\` fields; the keys themselves are in Secret Manager under
\`projects/ops/secrets/sa-keys\`. OAuth client for the admin UI: \`${k.n(g.digits(12) + '-' + g.lower(32) + '.apps.googleusercontent.com')}\`.

Old key that was pasted into #ops by mistake (revoked 2026-02-11, do not reuse):
\`"private_key_id": "${k.n(g.hex(40))}"\`

The browser API key for Maps on the marketing site is public and restricted by referrer.
For the data-export job the HMAC interoperability secret is still in this doc until we rotate:
access id \`GOOG1E${k.u(g.upper(20) + g.digits(10))}\`, secret \`${k.tok(g.base64(40))}\`.
`;
  }),
  doc('neg-stripe-webhook-payload', ['precision', 'http-auth'], 'test/fixtures/stripe/checkout.session.completed.json', (k) => {
    const g = k.g;
    return `{
  "id": "${k.n('evt_' + g.alnum(24))}",
  "object": "event",
  "api_version": "2024-06-20",
  "created": 17${g.digits(8)},
  "data": {
    "object": {
      "id": "${k.n('cs_test_' + g.alnum(58))}",
      "object": "checkout.session",
      "customer": "${k.n('cus_' + g.alnum(14))}",
      "payment_intent": "${k.n('pi_' + g.alnum(24))}",
      "client_reference_id": "${k.n(g.uuid())}",
      "payment_status": "paid",
      "subscription": "${k.n('sub_' + g.alnum(24))}",
      "invoice": "${k.n('in_' + g.alnum(24))}"
    }
  },
  "livemode": false,
  "pending_webhooks": 1,
  "request": { "id": "${k.n('req_' + g.alnum(14))}", "idempotency_key": "${k.n(g.uuid())}" },
  "type": "checkout.session.completed"
}
`;
  }),
  doc('neg-paypal-ipn-doc', ['precision', 'prose', 'http-auth'], 'docs/payments/paypal-webhooks.md', (k) => {
    const g = k.g;
    return `# PayPal webhooks

PayPal signs each delivery; we verify with \`POST /v1/notifications/verify-webhook-signature\` using the
webhook id \`${k.n(g.upper(17))}\` (sandbox) and \`${k.n(g.upper(17))}\` (live). Headers we receive:

    PAYPAL-TRANSMISSION-ID: ${k.n(g.uuid())}
    PAYPAL-TRANSMISSION-TIME: 2026-03-04T12:01:44Z
    PAYPAL-CERT-URL: https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-${k.n(g.hex(8))}
    PAYPAL-AUTH-ALGO: SHA256withRSA
    PAYPAL-TRANSMISSION-SIG: ${k.n(g.base64(340) + '==')}

Resource ids in the sample payload (\`${k.n('WH-' + g.upper(4) + g.digits(13) + '-' + g.upper(17))}\`, capture
\`${k.n(g.digits(1) + g.upper(16))}\`) are safe to log. The REST app credentials are not; they live in
Vault at \`kv/payments/paypal\`. Until the migration lands the worker reads
\`PAYPAL_CLIENT_SECRET=${k.tok(g.base64url(80))}\` from its unit file.
`;
  }),
  doc('neg-trace-export', ['precision', 'logs-and-output'], 'debug/otel-span-dump.txt', (k) => {
    const g = k.g;
    const spans = Array.from(
      { length: 5 },
      (_, i) => `Span #${i}
    Trace ID       : ${k.n(traceId(g))}
    Parent ID      : ${k.n(spanId(g))}
    ID             : ${k.n(spanId(g))}
    Name           : ${g.pick(['POST /oauth/token', 'GET /v1/secrets', 'auth.verify_password', 'redis GET tok:*'])}
    Kind           : Server
    Attributes:
         -> enduser.id: Str(${k.n(g.uuid())})
         -> http.request.header.x-api-key: Str(${k.n('[REDACTED]')})
         -> db.statement: Str(SELECT password_hash FROM users WHERE id = $1)`,
    );
    return `ResourceSpans #0\nResource attributes:\n     -> service.instance.id: Str(${k.n(g.uuid())})\n${spans.join('\n')}\n`;
  }),
  doc(
    'neg-k8s-secret-refs',
    ['precision', 'config-syntax'],
    'k8s/deployment.yaml',
    (k) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  annotations:
    checksum/secret: ${k.n(k.g.hex(64))}
    vault.hashicorp.com/agent-inject-secret-db: ${k.n('database/creds/worker')}
spec:
  template:
    spec:
      containers:
        - name: worker
          image: ghcr.io/acme/worker@${k.n('sha256:' + k.g.hex(64))}
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: ${k.n('worker-db')}, key: ${k.n('password')} }
            - name: API_TOKEN
              valueFrom:
                secretKeyRef: { name: ${k.n('worker-api')}, key: ${k.n('token')} }
            - name: TOKEN_AUDIENCE
              value: ${k.n('worker.internal')}
            - name: SENTRY_RELEASE
              value: ${k.n(hexTok(k.g).slice(0, 12))}
            - name: QUEUE_PASSWORD
              value: ${tpw(k)}
---
apiVersion: v1
kind: Secret
metadata:
  name: worker-api
type: Opaque
stringData:
  token: ${tok(k)}
`,
  ),
  doc('neg-terraform-state-excerpt', ['precision', 'config-syntax'], 'docs/state-excerpt.json', (k) => {
    const g = k.g;
    return `{
  "version": 4,
  "terraform_version": "1.7.5",
  "serial": 212,
  "lineage": "${k.n(g.uuid())}",
  "resources": [
    {
      "type": "aws_secretsmanager_secret",
      "name": "db",
      "instances": [{ "attributes": { "arn": "${k.n(`arn:aws:secretsmanager:us-east-1:${awsAcct(g)}:secret:db-${g.alnum(6)}`)}", "kms_key_id": "${k.n(g.uuid())}", "name": "db", "recovery_window_in_days": 7 } }]
    },
    {
      "type": "aws_iam_access_key",
      "name": "ci",
      "instances": [{ "attributes": { "id": "${k.u(k.g.pick(['AKIA']) + g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}", "secret": "${k.s('provider', g.base64(40).replace(/=/g, 'x'), 'aws')}", "status": "Active", "user": "ci" } }]
    },
    {
      "type": "random_password",
      "name": "db",
      "instances": [{ "attributes": { "id": "none", "length": 24, "result": "${tpw(k)}", "special": true } }]
    }
  ]
}
`;
  }),
  // The analytics writeKey is unscored: rw-dev, rw-dev3 and rw-dev5 label analytics write keys as tokens, this writer
  // as public (it can only send events); reviewers dispute it.
  doc('neg-sentry-and-analytics', ['precision', 'code'], 'src/observability.ts', (k) => {
    const g = k.g;
    return `import * as Sentry from '@sentry/browser';

// Public by design: the DSN and the analytics write key ship in the browser bundle.
Sentry.init({
  dsn: '${k.n(`https://${g.hex(32)}@o${g.digits(6)}.ingest.sentry.io/${g.digits(7)}`)}',
  release: '${k.n(g.hex(40))}',
  tracesSampleRate: 0.1,
});

export const analytics = {
  writeKey: '${k.u(g.alnum(32))}',
  measurementId: '${k.n('G-' + g.upper(10))}',
  posthogKey: '${k.n('phc_' + g.alnum(43))}',
};

export const INSTALL_ID_KEY = '${k.n('app.install-id')}';
export const TOKEN_STORAGE_KEY = '${k.n('auth.token')}';
export const PASSWORD_FIELD_ID = '${k.n('login-password')}';
`;
  }),
  doc('neg-cloudflare-wrangler', ['precision', 'config-syntax'], 'wrangler.toml', (k) => {
    const g = k.g;
    return `name = "edge-auth"
main = "src/index.ts"
compatibility_date = "2026-01-15"
account_id = "${k.n(g.hex(32))}"

[[kv_namespaces]]
binding = "TOKENS"
id = "${k.n(g.hex(32))}"
preview_id = "${k.n(g.hex(32))}"

[[d1_databases]]
binding = "DB"
database_name = "auth"
database_id = "${k.n(g.uuid())}"

[vars]
TOKEN_TTL = "${k.n('900')}"
JWKS_URL = "https://auth.example.org/.well-known/jwks.json"
API_KEY_HEADER = "${k.n('cf-access-client-id')}"

# wrangler secret put SIGNING_SECRET  (never in this file)
# zone_id = "${k.n(g.hex(32))}"
`;
  }),
  doc('neg-firebase-config', ['precision', 'code'], 'web/src/firebase.js', (k) => {
    const g = k.g;
    return `// Firebase web config: identifies the project, not a secret (security rules protect the data).
const firebaseConfig = {
  apiKey: "${k.n('AIza' + g.base64url(35))}",
  authDomain: "shop-prod-1a2b3.firebaseapp.com",
  projectId: "shop-prod-1a2b3",
  storageBucket: "shop-prod-1a2b3.appspot.com",
  messagingSenderId: "${k.n(g.digits(12))}",
  appId: "${k.n(`1:${g.digits(12)}:web:${g.hex(22)}`)}",
  measurementId: "${k.n('G-' + g.upper(10))}"
};
export default firebaseConfig;
`;
  }),
  doc(
    'neg-datadog-agent',
    ['precision', 'config-syntax'],
    'datadog/datadog.yaml',
    (k) => `site: datadoghq.eu
hostname: web-${k.n(k.g.hex(8))}
api_key: ${pv(k, 'datadog', 'datadog')}
logs_enabled: true
tags:
  - env:prod
  - cluster_id:${k.n(k.g.uuid())}
secret_backend_command: ${k.n('/usr/local/bin/dd-secret-helper')}
secret_backend_arguments:
  - ${k.n('--vault-path=kv/datadog')}
apm_config:
  obfuscation:
    http:
      remove_query_string: true
    redis:
      enabled: true
  filter_tags:
    reject: ["http.url_details.queryString:token", "${k.n('password')}"]
process_config:
  custom_sensitive_words: ['${k.n('*token*')}', '${k.n('*secret*')}', '${k.n('passwd')}']
`,
  ),
  doc('neg-okta-terraform', ['precision', 'config-syntax'], 'okta/apps.tf', (k) => {
    const g = k.g;
    return `resource "okta_app_oauth" "portal" {
  label          = "Portal"
  type           = "web"
  grant_types    = ["authorization_code", "refresh_token"]
  redirect_uris  = ["https://portal.example.org/callback"]
  token_endpoint_auth_method = "${k.n('client_secret_basic')}"
  pkce_required  = true
}

resource "okta_authenticator" "password" {
  key    = "${k.n('okta_password')}"
  name   = "Password"
  status = "ACTIVE"
}

data "okta_group" "admins" { id = "${k.n('00g' + g.alnum(17))}" }

provider "okta" {
  org_name  = "acme"
  base_url  = "okta.com"
  api_token = "${k.s('provider', '00' + g.base64url(40).replace(/[-_]/g, 'Q'), 'okta')}"
}
`;
  }),
];
