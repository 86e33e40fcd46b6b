// rw-dev: more generic tokens (service keys, API key tables, mobile app configs) and negative-heavy files
// (hash-pinned requirements, dashboards, manifests with digests, sample env files).
import type { RealWorldDoc } from '../types';
import { doc, type Kit } from './kit';

const SERVICES = ['billing', 'search', 'notifications', 'media', 'audit', 'pricing', 'inventory', 'shipping', 'loyalty', 'reports'];
const pickService = (k: Kit) => k.g.pick(SERVICES);

export const MIXED_DOCS: RealWorldDoc[] = [
  doc(
    'env-production-generic',
    ['config-syntax'],
    'deploy/env/production.env',
    (k) => `NODE_ENV=production
PORT=8080
LOG_LEVEL=info
COOKIE_SECRET=${k.tok(k.g.base64url(48))}
ENCRYPTION_KEY=${k.tok(k.g.hex(64))}
HMAC_SIGNING_KEY=${k.tok(k.g.base64(44))}
INTERNAL_API_KEY=${k.tok(k.g.alnum(40))}
WEBHOOK_SECRET=${k.tok(k.g.hex(32))}
PREVIEW_TOKEN=${k.tok(k.g.base64url(32))}
ADMIN_BASIC_AUTH=admin:${k.hpw()}
CDN_URL=https://cdn.acme.io
FEATURE_FLAGS=checkout_v2,new_search
BUILD_SHA=${k.n(k.raw.gitSha(k.g))}
TZ=UTC
`,
  ),

  doc(
    'internal-tokens-module',
    ['code'],
    'platform/clients/tokens.py',
    (k) => `"""Static service-to-service tokens. Being replaced by mTLS (PLAT-812); until then keep this list short."""

SERVICE_TOKENS = {
${SERVICES.slice(0, 6)
  .map((s) => `    "${s}": "${k.tok()}",`)
  .join('\n')}
}

# rotated 2024-04; old values kept for the grace period
DEPRECATED_TOKENS = {
    "billing": "${k.tok(k.g.hex(40))}",
}

TOKEN_HEADER = "X-Service-Token"
TOKEN_ENV_PREFIX = "SVC_TOKEN_"
`,
  ),

  doc(
    'micro-props',
    ['config-syntax'],
    'config/gateway.properties',
    (k) => `gateway.name=edge
gateway.port=8443
${SERVICES.slice(3, 8)
  .map((s) => `service.${s}.url=http://${s}.internal:8080\nservice.${s}.auth.token=${k.tok()}`)
  .join('\n')}
service.media.timeout=30s
security.jwt.public-key-location=classpath:jwt.pub
security.jwt.signing-secret=${k.tok(k.g.base64(64))}
`,
  ),

  doc(
    'go-api-key-table',
    ['code'],
    'internal/apikeys/static.go',
    (k) => `package apikeys

// staticKeys authenticates the batch partners that cannot do OAuth yet.
var staticKeys = map[string]string{
	"${k.tok(k.g.alnum(32))}": "partner-fastship",
	"${k.tok(k.g.alnum(32))}": "partner-paperco",
	"${k.tok(k.g.hex(40))}": "partner-legacy-erp",
}

// Lookup returns the partner for a key, or "" when unknown.
func Lookup(key string) string { return staticKeys[key] }
`,
  ),

  doc(
    'api-keys-table-dump',
    ['logs-and-output', 'config-syntax'],
    'db/dumps/api_keys_2024-05-01.sql',
    (k) => `--
-- PostgreSQL database dump (table api_keys only, for the migration to hashed keys)
--
COPY public.api_keys (id, owner, key, key_hash, created_at) FROM stdin;
${Array.from({ length: 5 }, (_, i) => `${i + 1}\t${pickService(k)}@acme.example\t${k.tok(`ak_${k.g.alnum(32)}`)}\t${k.n(k.g.hex(64))}\t2024-0${i + 1}-1${i} 10:00:00+00`).join('\n')}
6\tnew-partner@acme.example\t\\N\t${k.n(k.g.hex(64))}\t2024-05-01 09:00:00+00
\\.
`,
  ),

  doc(
    'cli-tool-config',
    ['credential-file'],
    'home/dev/.config/deployctl/config.json',
    (k) => `{
  "current": "prod",
  "contexts": {
    "prod": { "endpoint": "https://deploy.acme.io", "token": "${k.tok(k.g.base64url(43))}", "user": "anna" },
    "staging": { "endpoint": "https://deploy-stg.acme.io", "token": "${k.tok(k.g.base64url(43))}", "user": "anna" }
  },
  "telemetry": { "enabled": false, "installId": "${k.n(k.g.uuid())}" },
  "lastUpdateCheck": "2024-05-02T08:11:00Z"
}
`,
  ),

  doc(
    'ios-plist',
    ['config-syntax', 'code'],
    'App/Config/Secrets.plist',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_BASE_URL</key>
	<string>https://api.acme-app.io</string>
	<key>API_CLIENT_SECRET</key>
	<string>${k.tok(k.g.alnum(40))}</string>
	<key>ANALYTICS_KEY</key>
	<string>${k.tok(k.g.hex(32))}</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:${k.n(k.g.digits(12))}:ios:${k.n(k.g.hex(22))}</string>
	<key>REVERSED_CLIENT_ID</key>
	<string>com.googleusercontent.apps.${k.n(`${k.g.digits(12)}-${k.g.lower(32)}`)}</string>
	<key>DEMO_ACCOUNT_PASSWORD</key>
	<string>${k.hpw()}</string>
</dict>
</plist>
`,
  ),

  doc(
    'android-local-properties',
    ['config-syntax', 'credential-file'],
    'android/local.properties',
    (k) => `## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=/Users/anna/Library/Android/sdk
MAPS_API_KEY=${k.n(k.raw.googleBrowserKey(k.g))}
BACKEND_API_KEY=${k.tok(k.g.alnum(32))}
SIGNING_STORE_PASSWORD=${k.hpw()}
SIGNING_KEY_PASSWORD=${k.hpw()}
`,
  ),

  doc(
    'putty-ppk',
    ['credential-file'],
    'keys/legacy-sftp.ppk',
    (k) => `PuTTY-User-Key-File-3: ssh-rsa
Encryption: none
Comment: rsa-key-20230412
Public-Lines: 6
${k.n([0, 1, 2, 3, 4].map(() => k.g.base64(64)).join('\n') + '\n' + k.g.base64(12))}
Private-Lines: 14
${k.s('private-key', [...Array.from({ length: 13 }, () => k.g.base64(64)), k.g.base64(24)].join('\n'))}
Private-MAC: ${k.n(k.g.hex(64))}
`,
  ),

  doc(
    'py-embedded-key',
    ['code'],
    'tools/sign_license.py',
    (k) => `"""Signs offline license files. The key below is the 2022 signing key (revoked in 2023, still accepted by v3 clients)."""
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

SIGNING_KEY_PEM = b"""${k.key('rsa')}
"""

PUBLIC_KEY_PEM = b"""${k.n(`-----BEGIN PUBLIC KEY-----\n${k.g.base64(64)}\n${k.g.base64(64)}\n${k.g.base64(64)}\n${k.g.base64(20)}==\n-----END PUBLIC KEY-----`)}
"""


def sign(payload: bytes) -> bytes:
    key = serialization.load_pem_private_key(SIGNING_KEY_PEM, password=None)
    return key.sign(payload, padding.PKCS1v15(), hashes.SHA256())
`,
  ),

  doc(
    'requirements-hashes',
    ['precision'],
    'requirements.txt',
    (k) => `#
# This file is autogenerated by pip-compile with Python 3.12
# by the following command:
#
#    pip-compile --generate-hashes requirements.in
#
--index-url https://pypi.org/simple
${['certifi', 'charset-normalizer', 'django', 'idna', 'psycopg2-binary', 'requests', 'sqlparse', 'urllib3', 'gunicorn', 'celery', 'redis', 'kombu']
  .map(
    (p) => `${p}==${k.g.digits(1)}.${k.g.digits(1)}.${k.g.digits(1)} \\
    --hash=sha256:${k.n(k.g.hex(64))} \\
    --hash=sha256:${k.n(k.g.hex(64))}
    # via -r requirements.in`,
  )
  .join('\n')}
`,
  ),

  doc(
    'grafana-dashboard',
    ['precision', 'config-syntax'],
    'monitoring/dashboards/api.json',
    (k) => `{
  "uid": "${k.n(k.g.alnum(9))}",
  "title": "API overview",
  "version": 42,
  "panels": [
${Array.from(
  { length: 8 },
  (_, i) => `    {
      "id": ${i + 1},
      "type": "timeseries",
      "title": "${k.g.pick(['Requests', 'Errors', 'Latency p95', 'Saturation', 'DB pool', 'Cache hits'])}",
      "datasource": { "type": "prometheus", "uid": "${k.n(k.g.alnum(9))}" },
      "targets": [{ "refId": "A", "expr": "sum(rate(http_requests_total{job=\\"api\\"}[5m]))" }],
      "libraryPanel": { "uid": "${k.n(k.g.alnum(14))}" }
    }`,
).join(',\n')}
  ],
  "templating": { "list": [{ "name": "env", "query": "label_values(env)" }] }
}
`,
  ),

  doc(
    'k8s-manifests-digests',
    ['precision', 'config-syntax'],
    'k8s/overlays/prod/images.yaml',
    (k) => `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources: [../../base]
images:
${SERVICES.map((s) => `  - name: registry.acme.io/${s}\n    digest: sha256:${k.n(k.g.hex(64))}`).join('\n')}
configMapGenerator:
  - name: api-config
    literals:
      - CONFIG_HASH=${k.n(k.g.hex(40))}
      - RELEASE_ID=${k.n(k.g.uuid())}
      - PASSWORD_MIN_LENGTH=12
`,
  ),

  doc(
    'env-sample-many',
    ['precision', 'config-syntax'],
    'deploy/env/sample.env',
    (k) => `# Every variable the platform reads. Values are placeholders.
${[
  'DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB',
  'REDIS_URL=redis://:PASSWORD@HOST:6379',
  'SECRET_KEY=<generate with: openssl rand -hex 32>',
  'JWT_SECRET=your-jwt-secret',
  'STRIPE_SECRET_KEY=sk_live_...',
  'STRIPE_WEBHOOK_SECRET=whsec_...',
  'SENDGRID_API_KEY=SG.xxxxx',
  'SLACK_BOT_TOKEN=xoxb-your-token',
  'GITHUB_TOKEN=<personal access token>',
  'AWS_SECRET_ACCESS_KEY=<secret>',
  'OPENAI_API_KEY=sk-your-key',
  'SMTP_PASSWORD=',
  'ADMIN_PASSWORD=changeme',
  'API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx',
  'ENCRYPTION_KEY=0000000000000000000000000000000000000000000000000000000000000000',
  'SESSION_SECRET=CHANGE_ME_TO_A_RANDOM_STRING',
  'MONGO_PASSWORD=${MONGO_PASSWORD}',
  'LDAP_BIND_PASSWORD=%LDAP_PASSWORD%',
  'DOCKER_PASSWORD=$(cat ~/.docker-pass)',
  'VAULT_TOKEN=<from vault login>',
  'TWILIO_AUTH_TOKEN=your_auth_token',
  'MAILGUN_API_KEY=key-XXXXXXXX',
  'DATADOG_API_KEY=<dd api key>',
  'SENTRY_DSN=https://<key>@sentry.io/<project>',
  'NPM_TOKEN=npm_XXXXXXXXXXXXXXXXXXXX',
]
  .map((line) => {
    const i = line.indexOf('=');
    return `${line.slice(0, i + 1)}${k.n(line.slice(i + 1))}`;
  })
  .join('\n')}
`,
  ),

  doc(
    'dockerfile-digests-refs',
    ['precision', 'command-line'],
    'services/search/Dockerfile',
    (k) => `FROM python:3.12-slim@sha256:${k.n(k.g.hex(64))} AS base
ARG PIP_INDEX_URL
ENV PIP_NO_CACHE_DIR=1 \\
    PYTHONDONTWRITEBYTECODE=1
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install -r requirements.txt
RUN --mount=type=secret,id=db_password DB_PASSWORD=$(cat /run/secrets/db_password) python manage.py check
COPY --from=ghcr.io/astral-sh/uv@sha256:${k.n(k.g.hex(64))} /uv /bin/uv
ENV SEARCH_API_KEY=\${SEARCH_API_KEY}
LABEL org.opencontainers.image.revision=${k.n(k.raw.gitSha(k.g))}
HEALTHCHECK CMD curl -fsS http://localhost:8000/health || exit 1
`,
  ),

  doc(
    'discord-chat-export',
    ['prose'],
    'exports/discord/backend-2024-05.txt',
    (k) => `[05/02/2024 10:12] lena: staging search is down?
[05/02/2024 10:13] marco: restarting. if you need to query it directly the key is ${k.tok(k.g.alnum(32))}
[05/02/2024 10:15] lena: ty
[05/02/2024 11:40] marco: also made you an account on the new grafana, lena / ${k.hpw()}
[05/02/2024 11:41] lena: 🙏
[05/02/2024 14:02] priya: who owns the redis on stg? url is redis://default:${k.cs()}@stg-redis:6379 but AUTH fails
[05/02/2024 14:05] marco: me, rotated it this morning, new one in 1password
`,
  ),

  doc(
    'more-conn-code',
    ['code', 'config-syntax'],
    'services/events/config/consumers.yaml',
    (k) => `consumers:
  - name: order-events
    source: amqps://events:${k.cs()}@mq-1.acme.internal:5671/orders
    sink: postgresql://events:${k.cs()}@pg-events:5432/events?sslmode=require
  - name: audit-archive
    source: kafka://audit:${k.cs()}@kafka-1:9093/audit
    sink: s3://acme-audit-archive/raw/
  - name: search-sync
    source: postgresql://replicator:${k.cs()}@pg-main:5432/app?replication=database
    sink: https://search-writer:${k.cs()}@search.acme.io:9243
retry: { max: 5, backoff: 2s }
`,
  ),
];
