// rw-dev8 tok: look-alikes first — the same names (token, api_key, key, secret, session id) holding ids,
// digests, public keys, placeholders, references, flags and masked values — and READMEs, runbooks and tickets
// where a few real keys sit among them.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { tv, type T } from './tokValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (t: T) => string) => doc(`dev8-tok-${id}`, areas, path, (k) => fn(tv(k)));
const P: RealWorldArea[] = ['precision'];
const CSP: RealWorldArea[] = ['config-syntax', 'precision'];
const PR: RealWorldArea[] = ['prose', 'precision'];

export const NEG_DOCS: RealWorldDoc[] = [
  d(
    'env-example',
    CSP,
    '.env.example',
    (t) => `# Copy to .env and fill in
API_KEY=${t.ph()}
API_SECRET=${t.ph()}
WEBHOOK_SECRET=${t.n('')}
SESSION_SECRET=${t.n('generate-with-openssl-rand-hex-32')}
SEARCH_TOKEN=${t.ph()}
LICENSE_KEY=${t.n('XXXXX-XXXXX-XXXXX-XXXXX-XXXXX')}
TOKEN_TTL=${t.num(4)}
API_KEY_HEADER=${t.n('X-Api-Key')}
ENABLE_API_KEYS=${t.flag()}
`,
  ),
  d(
    'yaml-refs-only',
    CSP,
    'deploy/k8s/external-secret.yaml',
    (t) => `apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: partner
spec:
  refreshInterval: 1h
  secretStoreRef: { name: vault, kind: ClusterSecretStore }
  target: { name: partner-credentials }
  data:
    - secretKey: api-key
      remoteRef: { key: ${t.n('secret/data/partner')}, property: ${t.n('api_key')} }
    - secretKey: api-secret
      remoteRef: { key: ${t.n('secret/data/partner')}, property: ${t.n('api_secret')} }
---
apiVersion: v1
kind: Pod
spec:
  containers:
    - name: app
      env:
        - name: API_KEY
          valueFrom: { secretKeyRef: { name: partner-credentials, key: ${t.n('api-key')} } }
        - name: TOKEN_AUDIENCE
          value: ${t.n('https://api.acme.dev')}
`,
  ),
  d(
    'lockfile-integrity',
    P,
    'package-lock.json',
    (t) => `{
  "name": "web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/token-bucket": {
      "version": "1.2.0",
      "resolved": "https://registry.npmjs.org/token-bucket/-/token-bucket-1.2.0.tgz",
      "integrity": "${t.integrity()}"
    },
    "node_modules/api-key-auth": {
      "version": "0.4.1",
      "resolved": "https://registry.npmjs.org/api-key-auth/-/api-key-auth-0.4.1.tgz",
      "integrity": "${t.integrity()}"
    },
    "node_modules/secret-handshake": {
      "version": "1.1.21",
      "integrity": "${t.integrity()}"
    }
  }
}
`,
  ),
  d(
    'public-keys-config',
    CSP,
    'config/jwks.yml',
    (t) => `issuer: https://auth.acme.dev
audience: acme-api
# public verification keys, safe to commit
public_keys:
  - kid: ${t.n(t.hexRaw(16))}
    alg: EdDSA
    key: ${t.n('MCowBQYDK2VwAyEA' + t.b64Raw(32).slice(0, 44))}
  - kid: ${t.n(t.hexRaw(16))}
    alg: EdDSA
    key: ${t.n('MCowBQYDK2VwAyEA' + t.b64Raw(32).slice(0, 44))}
webhook_public_key: ${t.n(t.hexRaw(64))}
token_lifetime: ${t.n('15m')}
`,
  ),
  d(
    'ids-not-keys',
    P,
    'config/tenants.yml',
    (t) => `tenants:
  - name: northwind
    tenant_id: ${t.id()}
    subscription_id: ${t.id()}
    client_id: ${t.id()}
    key_vault: kv-northwind-prod
    key_id: ${t.n('https://kv-northwind-prod.vault.azure.net/keys/signing/' + t.hexRaw(32))}
  - name: contoso
    tenant_id: ${t.id()}
    subscription_id: ${t.id()}
    client_id: ${t.id()}
    key_vault: kv-contoso-prod
    key_id: ${t.n('https://kv-contoso-prod.vault.azure.net/keys/signing/' + t.hexRaw(32))}
`,
  ),
  d(
    'git-log-shas',
    P,
    'CHANGELOG.md',
    (t) => `# Changelog

## 4.2.1 (2026-11-30)
- fix: token refresh raced with logout (${t.short()})
- fix: api key header was sent twice (${t.short()})
- chore: rotate webhook secret handling to use the new signer ([${t.n(t.hexRaw(40))}](https://github.com/acme/api/commit/${t.n(t.hexRaw(40))}))

## 4.2.0 (2026-11-12)
- feat: API keys can be scoped to a project (#1312)
- feat: session ids are now UUIDv7 (${t.short()})
`,
  ),
  d(
    'checksums-file',
    P,
    'release/SHA256SUMS',
    (t) => `${t.sha256()}  hush-linux-x64.tar.gz
${t.sha256()}  hush-linux-arm64.tar.gz
${t.sha256()}  hush-darwin-arm64.tar.gz
${t.sha256()}  hush-windows-x64.zip
`,
  ),
  d(
    'masked-log',
    ['logs-and-output', 'precision'],
    'logs/auth-service.log',
    (t) => `2026-11-30 10:00:00 INFO token issued user=${t.num(5)} jti=${t.id()} exp=900
2026-11-30 10:00:03 INFO api key verified prefix=${t.n(t.alnum(6))} key_id=${t.n('key_' + t.alnum(12))}
2026-11-30 10:00:04 WARN invalid api key supplied: ${t.mask()}
2026-11-30 10:00:05 INFO session created sid_hash=${t.sha256()}
2026-11-30 10:00:09 DEBUG csrf check passed nonce=${t.n(t.hexRaw(16))}
2026-11-30 10:00:10 INFO secret rotated name=partner-api version=${t.num(2)} checksum=${t.md5()}
`,
  ),
  d(
    'terraform-state-outputs',
    CSP,
    'infra/outputs.tf',
    (t) => `output "api_gateway_id" {
  value = aws_api_gateway_rest_api.main.id
}

output "api_key_id" {
  value = aws_api_gateway_api_key.partner.id
}

output "api_key_value" {
  value     = aws_api_gateway_api_key.partner.value
  sensitive = true
}

# example: api_key_id = "${t.n(t.alnum(10).toLowerCase())}"
# example: kms key = "${t.id()}"
`,
  ),
  d(
    'readme-config-table',
    PR,
    'README.md',
    (t) => `# acme-sync

Syncs contacts between the CRM and the mailer.

## Configuration

| Variable | Example | Description |
|---|---|---|
| \`SYNC_API_KEY\` | \`${t.ph()}\` | Key from the CRM's settings page |
| \`SYNC_SECRET\` | \`${t.ph()}\` | HMAC secret for webhooks |
| \`SYNC_INTERVAL\` | \`${t.n('300')}\` | Seconds between runs |
| \`SYNC_TOKEN_HEADER\` | \`${t.n('X-Sync-Token')}\` | Header name |

Generate a secret with \`${t.n('openssl rand -hex 32')}\`. Never commit a real key; CI reads it from \`${t.ref()}\`.
`,
  ),
  d(
    'readme-with-real-key',
    ['prose', 'config-syntax'],
    'docs/partner-integration.md',
    (t) => `# Partner integration

The partner gave us one key for staging and one for production. Staging:

    PARTNER_API_KEY=${t.hex(32)}
    PARTNER_API_SECRET=${t.b64(32)}

Production lives in Vault at \`${t.n('secret/data/partner/prod')}\`. The account id (${t.n(t.digits(8))}) is not secret.

To test quickly:

    curl -H "X-Partner-Key: ${t.hdr()}" https://sandbox.partner.example.com/v1/ping
`,
  ),
  d(
    'runbook-rotate',
    ['prose', 'command-line'],
    'runbooks/rotate-search-key.md',
    (t) => `# Rotating the search admin key

1. Log in to the search dashboard as ops.
2. Create a new admin key. Old one for reference (revoke it in step 5): \`${t.hex(32)}\`
3. Update the secret:

   \`\`\`
   kubectl -n search create secret generic search-admin \\
     --from-literal=key=${t.hex(32)} --dry-run=client -o yaml | kubectl apply -f -
   \`\`\`
4. Restart: \`kubectl -n search rollout restart deploy/indexer\`
5. Revoke the old key. The search-only key (${t.n(t.hexRaw(32))}) is public and stays.
`,
  ),
  d(
    'ticket-export',
    ['prose', 'logs-and-output'],
    'support/tickets/SUP-4471.md',
    (t) => `**SUP-4471** Integration returns 401

**Reporter:** Elena (customer success)
**Customer:** Fabrikam, tenant ${t.id()}

> We regenerated the key yesterday and now everything fails. New key is ${t.b62(32)} — can you check it is active?

**Agent:** The key is active but scoped to the EU region. Request id ${t.id()} shows the call went to US.
Also please don't paste keys here; the webhook secret you sent earlier (${t.b64u(32)}) has been rotated for you.
`,
  ),
  d(
    'chat-export',
    ['prose'],
    'exports/slack-ops-2026-11-29.txt',
    (t) => `[09:02] bruno: anyone have the reporting api token? dashboard is empty
[09:03] olga: ${t.b62(40)}
[09:03] olga: it's also in 1password under "reporting"
[09:04] bruno: thx. and the license key for the pdf lib?
[09:05] olga: ${t.dash()}
[09:07] bruno: build ${t.short()} is green now
[09:08] rafael: pls rotate that token, this channel has 200 people
`,
  ),
  d(
    'feature-flags-yaml',
    CSP,
    'config/features.yml',
    (t) => `features:
  api_keys_v2: ${t.flag()}
  token_rotation: ${t.flag()}
  secret_scanning: ${t.flag()}
  session_replay: ${t.flag()}
api_key_prefix: ${t.n('ak_')}
token_length: ${t.n('32')}
secret_store: ${t.n('vault')}
key_rotation_days: ${t.n('90')}
`,
  ),
  d(
    'openapi-spec',
    CSP,
    'docs/openapi.yaml',
    (t) => `openapi: 3.0.3
info: { title: Ledger API, version: 1.4.0 }
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: ${t.n('X-Api-Key')}
  schemas:
    ApiKey:
      type: object
      properties:
        id: { type: string, example: ${t.n('key_' + t.alnum(12))} }
        token: { type: string, example: ${t.ph()} }
        secret: { type: string, format: password, example: ${t.n('********')} }
        created: { type: string, format: date-time }
security:
  - ApiKeyAuth: []
`,
  ),
  d(
    'ssh-known-hosts-and-pubkeys',
    P,
    'ops/ssh/authorized_keys',
    (t) => `ssh-ed25519 ${t.n('AAAAC3NzaC1lZDI1NTE5AAAAI' + t.b64Raw(32).slice(0, 43))} ops@bastion
ssh-ed25519 ${t.n('AAAAC3NzaC1lZDI1NTE5AAAAI' + t.b64Raw(32).slice(0, 43))} karin@laptop
ssh-rsa ${t.n('AAAAB3NzaC1yc2EAAAADAQABAAABAQ' + t.b64Raw(256).slice(0, 340))} ci@runner
`,
  ),
  d(
    'gpg-and-signing',
    CSP,
    '.github/release.yml',
    (t) => `signing:
  gpg_key_id: ${t.n(t.hexRaw(16).toUpperCase())}
  gpg_fingerprint: ${t.n(t.hexRaw(40).toUpperCase())}
  cosign_public_key: ${t.n('cosign.pub')}
  notary_url: https://notary.acme.dev
  sigstore_token: ${t.ref()}
`,
  ),
  d(
    'i18n-strings',
    P,
    'web/src/i18n/en.json',
    (t) => `{
  "settings.apiKey.title": "${t.n('API key')}",
  "settings.apiKey.help": "${t.n('Your API key is shown only once. Store it safely.')}",
  "settings.apiKey.regenerate": "${t.n('Regenerate key')}",
  "settings.token.expired": "${t.n('Your session token has expired.')}",
  "settings.secret.placeholder": "${t.n('Paste your webhook secret')}",
  "settings.license.format": "${t.n('XXXX-XXXX-XXXX-XXXX')}"
}
`,
  ),
  d(
    'cache-keys-code',
    ['code', 'precision'],
    'src/cache/keys.ts',
    (t) => `export const CACHE_KEY = '${t.n('orders:v2')}';
export const SESSION_KEY = '${t.n('acme.sid')}';
export const TOKEN_KEY = '${t.n('auth_token')}';
export const SECRET_NAME = '${t.n('partner/api-key')}';
export const API_KEY_PATTERN = ${t.n('/^[a-f0-9]{32}$/')};
export const EMPTY_HASH = '${t.n('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')}';
export const storageKey = (id: string) => \`token:\${id}\`;
`,
  ),
  d(
    'docker-compose-refs',
    CSP,
    'deploy/compose.prod.yml',
    (t) => `services:
  api:
    image: registry.acme.dev/api@${t.digest()}
    environment:
      API_KEY: ${t.n('${API_KEY:?set API_KEY}')}
      WEBHOOK_SECRET_FILE: ${t.n('/run/secrets/webhook_secret')}
      SESSION_SECRET: ${t.n('${SESSION_SECRET}')}
    secrets: [webhook_secret]
secrets:
  webhook_secret:
    external: true
`,
  ),
  d(
    'analytics-public-ids',
    P,
    'web/public/index.html',
    (t) => `<!doctype html>
<html>
<head>
  <meta name="google-site-verification" content="${t.n(t.b64Raw(32).replace(/[+/=]/g, 'a').slice(0, 43))}">
  <meta name="csrf-token" content="${t.u(t.b64Raw(32))}">
  <script src="https://js.example-analytics.com/v1?key=${t.n('pub_' + t.alnum(20))}"></script>
  <script>window.APP = { release: "${t.sha()}", mapsKey: "${t.n('AIza' + t.alnum(35))}" };</script>
</head>
<body><div id="root"></div></body>
</html>
`,
  ),
  d(
    'go-sum',
    P,
    'go.sum',
    (t) => `github.com/acme/apikey v1.2.0 h1:${t.n(t.b64Raw(32))}
github.com/acme/apikey v1.2.0/go.mod h1:${t.n(t.b64Raw(32))}
github.com/golang-jwt/jwt/v5 v5.2.0 h1:${t.n(t.b64Raw(32))}
github.com/golang-jwt/jwt/v5 v5.2.0/go.mod h1:${t.n(t.b64Raw(32))}
golang.org/x/oauth2 v0.15.0 h1:${t.n(t.b64Raw(32))}
golang.org/x/oauth2 v0.15.0/go.mod h1:${t.n(t.b64Raw(32))}
`,
  ),
  d(
    'k8s-live-object',
    P,
    'support/get-secret-meta.yaml',
    (t) => `apiVersion: v1
kind: Secret
metadata:
  name: partner-credentials
  namespace: orders
  uid: ${t.id()}
  resourceVersion: "${t.num(8)}"
  creationTimestamp: "2026-11-20T10:00:00Z"
  annotations:
    kubectl.kubernetes.io/last-applied-configuration-hash: ${t.sha256()}
  ownerReferences:
    - apiVersion: external-secrets.io/v1beta1
      kind: ExternalSecret
      name: partner
      uid: ${t.id()}
type: Opaque
data:
  api-key: ${t.mask()}
  api-secret: ${t.mask()}
`,
  ),
  d(
    'api-response-ids',
    ['logs-and-output', 'precision'],
    'docs/examples/list-keys-response.json',
    (t) => `{
  "data": [
    { "id": "${t.id()}", "name": "ci", "prefix": "${t.n(t.alnum(6))}", "last4": "${t.n(t.alnum(4))}", "created_at": "2026-10-02T08:00:00Z" },
    { "id": "${t.id()}", "name": "mobile", "prefix": "${t.n(t.alnum(6))}", "last4": "${t.n(t.alnum(4))}", "created_at": "2026-11-12T08:00:00Z" }
  ],
  "request_id": "${t.id()}",
  "next_cursor": "${t.n(t.b64Raw(24))}"
}
`,
  ),
  d(
    'fake-values-test',
    ['code', 'precision'],
    'test/fixtures/credentials.ts',
    (t) => `// Obviously fake values for unit tests; the scanner must not flag these.
export const FIXTURES = {
  apiKey: '${t.n('test_api_key')}',
  token: '${t.n('fake-token')}',
  secret: '${t.n('not-a-real-secret')}',
  webhookSecret: '${t.n('whsec_test')}',
  sessionId: '${t.n('session-123')}',
  licenseKey: '${t.n('AAAAA-BBBBB-CCCCC-DDDDD-EEEEE')}',
  clientSecret: '${t.n('client-secret')}',
  bearer: '${t.n('Bearer <token>')}',
};
`,
  ),
  d(
    'env-template-doc',
    ['prose', 'precision'],
    'docs/configuration.md',
    (t) => `# Configuration reference

Set these in your environment (values shown are defaults or formats, not real keys):

- \`API_KEY\` — 32 hex characters, e.g. \`${t.n('0123456789abcdef0123456789abcdef')}\`
- \`API_SECRET\` — base64, 44 characters (\`${t.n('openssl rand -base64 32')}\`)
- \`TOKEN_ISSUER\` — default \`${t.n('https://auth.acme.dev')}\`
- \`SESSION_COOKIE\` — default \`${t.n('acme_sid')}\`
- \`WEBHOOK_TOLERANCE\` — default \`${t.n('300')}\` seconds
- \`KEY_ROTATION\` — \`${t.n('weekly')}\` or \`${t.n('monthly')}\`
- \`LICENSE_KEY\` — format \`${t.n('XXXXX-XXXXX-XXXXX-XXXXX-XXXXX')}\`
`,
  ),
  d(
    'docker-images-digests',
    P,
    'deploy/images.lock',
    (t) => `api        registry.acme.dev/api@${t.digest()}
worker     registry.acme.dev/worker@${t.digest()}
renderer   registry.acme.dev/renderer@${t.digest()}
gateway    registry.acme.dev/gateway@${t.digest()}
migrations registry.acme.dev/migrations@${t.digest()}
`,
  ),
  d(
    'webhook-delivery-log',
    ['logs-and-output', 'precision'],
    'logs/webhooks.log',
    (t) => `delivery=${t.id()} event=order.paid signature=sha256=${t.sha256()} status=200
delivery=${t.id()} event=order.refunded signature=sha256=${t.sha256()} status=200
delivery=${t.id()} event=order.paid signature=sha256=${t.sha256()} status=500 retry_in=30s
delivery=${t.id()} event=customer.created signature=sha256=${t.sha256()} status=200
`,
  ),
  d(
    'terraform-lock',
    P,
    'infra/.terraform.lock.hcl',
    (t) => `provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.31.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:${t.n(t.b64Raw(32))}",
    "zh:${t.sha256()}",
    "zh:${t.sha256()}",
    "zh:${t.sha256()}",
  ]
}
`,
  ),
  d(
    'yarn-lock',
    P,
    'yarn.lock',
    (t) => `"api-key-auth@^0.4.0":
  version "0.4.1"
  resolved "https://registry.yarnpkg.com/api-key-auth/-/api-key-auth-0.4.1.tgz#${t.sha()}"
  integrity ${t.integrity()}

"secret-handshake@^1.1.20":
  version "1.1.21"
  resolved "https://registry.yarnpkg.com/secret-handshake/-/secret-handshake-1.1.21.tgz#${t.sha()}"
  integrity ${t.integrity()}

"token-types@^5.0.1":
  version "5.0.1"
  resolved "https://registry.yarnpkg.com/token-types/-/token-types-5.0.1.tgz#${t.sha()}"
  integrity ${t.integrity()}
`,
  ),
  d(
    'sessions-table-hashed',
    ['logs-and-output', 'precision'],
    'support/sessions-sample.csv',
    (t) => `session_id_hash,user_id,created,ip
${t.sha256()},${t.num(5)},2026-11-30T08:00:00Z,203.0.113.4
${t.sha256()},${t.num(5)},2026-11-30T08:02:11Z,198.51.100.9
${t.sha256()},${t.num(5)},2026-11-30T08:05:40Z,203.0.113.77
${t.sha256()},${t.num(5)},2026-11-30T08:09:02Z,192.0.2.15
`,
  ),
];
