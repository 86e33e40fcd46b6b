// rw-dev7 look-alikes, configs: keys named like secrets whose values are settings, names, paths, durations,
// references or encrypted blobs, beside the odd real credential that people leave in the same file.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { ansibleVault, arnKms, hexTok, pv, sopsEnc, tok, tpw, tightPw, urlTok, ver } from './negValues';

export const NEG_CONFIG_DOCS: RealWorldDoc[] = [
  doc(
    'neg-auth-policy-yaml',
    ['precision', 'config-syntax'],
    'config/auth.yaml',
    (k) => `# Authentication policy for the customer portal
auth:
  auth_type: ${k.n('oauth2')}
  password_min_length: ${k.n('12')}
  password_max_length: ${k.n('128')}
  password_require_symbol: ${k.n('true')}
  password_history: ${k.n('5')}
  password_reset_url: ${k.n('/account/password/reset')}
  password_hash_algorithm: ${k.n('argon2id')}
  token_expiry: ${k.n('3600s')}
  refresh_token_ttl: ${k.n('30d')}
  token_issuer: ${k.n('https://login.portal.example.org')}
  token_audience: ${k.n('portal-api')}
  api_key_header: ${k.n('X-API-Key')}
  secret_name: ${k.n('portal-db-credentials')}
  secret_store: ${k.n('aws-secretsmanager')}
  session_secret_rotation: ${k.n('weekly')}
  signing_key_id: ${k.n('portal-signing-2026-03')}
  # the one below is still read directly by the legacy admin app; ticket SEC-482 moves it to the vault
  legacy_admin_password: ${tpw(k)}
`,
  ),
  doc(
    'neg-spring-properties',
    ['precision', 'config-syntax'],
    'src/main/resources/application.properties',
    (k) => `spring.application.name=orders
server.port=8080
spring.datasource.url=jdbc:postgresql://db.internal:5432/orders
spring.datasource.username=orders_app
spring.datasource.password=${k.n('${DB_PASSWORD}')}
spring.security.oauth2.client.registration.keycloak.client-id=${k.n('orders-service')}
spring.security.oauth2.client.registration.keycloak.client-secret=${tok(k)}
spring.security.oauth2.client.registration.keycloak.authorization-grant-type=${k.n('client_credentials')}
spring.security.oauth2.resourceserver.jwt.jwk-set-uri=${k.n('https://sso.internal/realms/main/protocol/openid-connect/certs')}
app.security.password-encoder=${k.n('bcrypt')}
app.security.password-strength=${k.n('10')}
app.security.token-header=${k.n('Authorization')}
app.security.token-prefix=${k.n('Bearer')}
app.security.secret-key-alias=${k.n('orders-jwt')}
app.security.keystore-path=${k.n('classpath:keystore/orders.p12')}
app.security.keystore-type=${k.n('PKCS12')}
management.endpoints.web.exposure.include=health,info
`,
  ),
  doc(
    'neg-toml-settings',
    ['precision', 'config-syntax'],
    'settings.toml',
    (k) => `[default]
debug = false
secret_key_file = "${k.n('/run/secrets/django_secret_key')}"
password_reset_timeout = ${k.n('259200')}
auth_password_validators = ["${k.n('UserAttributeSimilarityValidator')}", "${k.n('MinimumLengthValidator')}", "${k.n('CommonPasswordValidator')}"]
session_cookie_name = "${k.n('sessionid')}"
csrf_cookie_name = "${k.n('csrftoken')}"
token_backend = "${k.n('rest_framework_simplejwt.token_blacklist')}"

[production]
allowed_hosts = ["shop.example.org"]
secret_key = "${k.tok(k.g.base64url(50))}"
email_host_password = "${k.n('@format {env[SMTP_PASSWORD]}')}"
`,
  ),
  doc(
    'neg-ansible-vars',
    ['precision', 'config-syntax'],
    'group_vars/db/vars.yml',
    (k) => `---
postgres_version: ${k.n('16')}
postgres_password_encryption: ${k.n('scram-sha-256')}
postgres_users:
  - name: app
    password: ${k.n('"{{ vault_app_db_password }}"')}
    pass: ${k.n('true')}
  - name: reporting
    password: !vault |
${k.n(ansibleVault(k.g)).replace(/^/gm, '      ')}
  - name: replicator
    password: ${tpw(k)}
pg_hba_auth_method: ${k.n('md5')}
backup_encryption_key_id: ${k.n(arnKms(k.g))}
pwd: ${k.n('/home/postgres')}
`,
  ),
  doc(
    'neg-github-workflow',
    ['precision', 'config-syntax'],
    '.github/workflows/release.yml',
    (k) => `name: release
on:
  push:
    tags: ['v*']
permissions:
  contents: write
  id-token: write
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${k.n(k.g.hex(40))} # v4
      - uses: actions/setup-node@${k.n(k.g.hex(40))} # v4
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: npm ci
      - run: npm publish --provenance
        env:
          NODE_AUTH_TOKEN: ${k.n('${{ secrets.NPM_TOKEN }}')}
      - uses: softprops/action-gh-release@${k.n(k.g.hex(40))}
        with:
          token: ${k.n('${{ github.token }}')}
          generate_release_notes: true
      - name: notify
        run: curl -sS -X POST -H 'Content-Type: application/json' -d '{"text":"released"}' "${pv(k, 'slackWebhook', 'slack-webhook')}"
`,
  ),
  doc('neg-sops-secrets', ['precision', 'config-syntax'], 'deploy/secrets.enc.yaml', (k) => {
    const g = k.g;
    return `database:
    user: ${k.n(sopsEnc(g))}
    password: ${k.n(sopsEnc(g))}
stripe:
    secret_key: ${k.n(sopsEnc(g))}
    webhook_secret: ${k.n(sopsEnc(g))}
sops:
    kms:
        - arn: ${k.n(arnKms(g))}
          created_at: "2026-03-02T10:11:12Z"
          enc: ${k.n(g.base64(180))}
          aws_profile: ""
    age:
        - recipient: ${k.n('age1' + g.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58))}
    lastmodified: "2026-03-02T10:11:15Z"
    mac: ${k.n(sopsEnc(g))}
    unencrypted_suffix: _unencrypted
    version: 3.8.1
`;
  }),
  doc(
    'neg-helm-values',
    ['precision', 'config-syntax'],
    'charts/api/values.yaml',
    (k) => `image:
  repository: registry.example.org/api
  tag: ${k.n(ver(k.g))}
  digest: ${k.n('sha256:' + k.g.hex(64))}
auth:
  existingSecret: ${k.n('api-auth')}
  existingSecretPasswordKey: ${k.n('password')}
  tokenSecretName: ${k.n('api-token-v2')}
  passwordFromEnv: ${k.n('API_ADMIN_PASSWORD')}
redis:
  auth:
    enabled: true
    password: ""
    existingSecret: ${k.n('redis-auth')}
postgresql:
  auth:
    username: api
    password: ${tpw(k)}
    database: api
serviceAccount:
  annotations:
    iam.gke.io/gcp-service-account: ${k.n('api-runtime@platform-prod-331902.iam.gserviceaccount.com')}
`,
  ),
  doc(
    'neg-dotenv-example',
    ['precision', 'config-syntax'],
    '.env.example',
    (k) => `# Copy to .env and fill in. Never commit .env.
NODE_ENV=development
PWD=${k.n('/srv/app')}
SESSION_SECRET=${k.n('change-me')}
JWT_SECRET=${k.n('<generate with: openssl rand -hex 32>')}
JWT_EXPIRES_IN=${k.n('15m')}
PASSWORD_SALT_ROUNDS=${k.n('12')}
STRIPE_SECRET_KEY=${k.n('sk_test_...')}
GITHUB_TOKEN=
AUTH_TOKEN_HEADER=${k.n('X-Auth-Token')}
API_KEY_LENGTH=${k.n('32')}
SECRET_MANAGER_PREFIX=${k.n('projects/acme/secrets/')}
`,
  ),
  doc(
    'neg-dotenv-real',
    ['precision', 'config-syntax'],
    '.env.staging',
    (k) => `NODE_ENV=staging
PWD=${k.n('/opt/staging/web')}
OLDPWD=${k.n('/opt/staging')}
DATABASE_URL=postgres://web:${k.cs(tightPw(k.g))}@pg-staging.internal:5432/web
SESSION_SECRET=${k.tok(urlTok(k.g))}
JWT_EXPIRES_IN=${k.n('15m')}
PASSWORD_SALT_ROUNDS=${k.n('12')}
STRIPE_SECRET_KEY=${pv(k, 'stripe', 'stripe')}
SECRET_MANAGER_PREFIX=${k.n('projects/acme-staging/secrets/')}
KEY_ALIAS=${k.n('alias/staging-web')}
TOKEN_CACHE_DIR=${k.n('/var/cache/web/tokens')}
`,
  ),
  doc('neg-keycloak-realm', ['precision', 'config-syntax'], 'realm-export.json', (k) => {
    const g = k.g;
    return `{
  "id": "${k.n(g.uuid())}",
  "realm": "internal",
  "passwordPolicy": "${k.n('length(12) and upperCase(1) and digits(1) and specialChars(1) and notUsername(undefined) and passwordHistory(3)')}",
  "accessTokenLifespan": ${k.n('300')},
  "ssoSessionIdleTimeout": 1800,
  "clients": [
    {
      "id": "${k.n(g.uuid())}",
      "clientId": "grafana",
      "secret": "${tok(k)}",
      "clientAuthenticatorType": "${k.n('client-secret')}",
      "redirectUris": ["https://grafana.internal/login/generic_oauth"]
    },
    {
      "id": "${k.n(g.uuid())}",
      "clientId": "spa",
      "publicClient": true,
      "secret": "${k.n('**********')}",
      "attributes": { "pkce.code.challenge.method": "${k.n('S256')}" }
    }
  ],
  "keys": { "active": { "HS256": "${k.n(g.uuid())}", "RS256": "${k.n(g.base64url(43))}" } },
  "requiredActions": [{ "alias": "${k.n('UPDATE_PASSWORD')}", "name": "Update Password", "enabled": true }]
}
`;
  }),
  doc(
    'neg-terraform-vars',
    ['precision', 'config-syntax'],
    'infra/variables.tf',
    (k) => `variable "db_password" {
  description = "Master password for the RDS instance; set through TF_VAR_db_password"
  type        = string
  sensitive   = true
}

variable "api_key_secret_arn" {
  type    = string
  default = "${k.n('arn:aws:secretsmanager:eu-west-1:' + k.g.digits(12) + ':secret:prod/api-key-' + k.g.alnum(6))}"
}

variable "token_ttl_seconds" {
  type    = number
  default = ${k.n('900')}
}

variable "password_length" {
  type    = number
  default = ${k.n('24')}
}

resource "random_password" "db" {
  length           = var.password_length
  special          = true
  override_special = "${k.n('!#$%&*()-_=+[]{}<>:?')}"
}

resource "aws_kms_key" "secrets" {
  description = "secrets at rest"
  key_usage   = "ENCRYPT_DECRYPT"
}

provider "datadog" {
  api_key = "${k.s('provider', k.g.hex(32), 'datadog')}"
  app_key = var.datadog_app_key
}
`,
  ),
  doc(
    'neg-nginx-conf',
    ['precision', 'config-syntax'],
    'nginx/conf.d/app.conf',
    (k) => `server {
    listen 443 ssl http2;
    server_name app.example.org;
    ssl_certificate     /etc/ssl/app/fullchain.pem;
    ssl_certificate_key /etc/ssl/app/privkey.pem;
    ssl_password_file   ${k.n('/etc/nginx/ssl_passwords.txt')};
    ssl_session_ticket_key ${k.n('/etc/nginx/ticket.key')};
    auth_basic "restricted";
    auth_basic_user_file ${k.n('/etc/nginx/.htpasswd')};
    set $api_key_header "${k.n('X-Api-Key')}";
    location /internal/ {
        proxy_set_header Authorization "Bearer ${k.http(k.g.alnum(40))}";
        proxy_pass http://internal-api:8080/;
    }
    location /static/ {
        add_header ETag ${k.n('"' + k.g.hex(8) + '-' + k.g.hex(12) + '"')};
        expires 30d;
    }
}
`,
  ),
  doc(
    'neg-docker-compose',
    ['precision', 'config-syntax'],
    'docker-compose.yml',
    (k) => `services:
  db:
    image: postgres:16@${k.n('sha256:' + k.g.hex(64))}
    environment:
      POSTGRES_PASSWORD_FILE: ${k.n('/run/secrets/pg_password')}
      POSTGRES_USER: app
    secrets: [pg_password]
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "${tpw(k)}"]
  app:
    build: .
    working_dir: ${k.n('/usr/src/app')}
    environment:
      PWD: ${k.n('/usr/src/app')}
      TOKEN_REFRESH_INTERVAL: ${k.n('5m')}
      SECRETS_DIR: ${k.n('/run/secrets')}
      API_KEY_HEADER: ${k.n('X-API-Key')}
secrets:
  pg_password:
    file: ${k.n('./secrets/pg_password.txt')}
`,
  ),
  doc(
    'neg-vault-policy-hcl',
    ['precision', 'config-syntax'],
    'vault/policies/app.hcl',
    (k) => `# App can read its own secrets, nothing else
path "secret/data/app/*" {
  capabilities = ["read", "list"]
}
path "auth/token/renew-self" {
  capabilities = ["update"]
}
path "transit/encrypt/${k.n('app-key')}" {
  capabilities = ["update"]
}
# token_policies = ["app"], token_ttl = "${k.n('1h')}", token_max_ttl = "${k.n('24h')}"
# secret_id_num_uses = ${k.n('0')}, secret_id_ttl = "${k.n('720h')}"
# role_id = ${k.n(k.g.uuid())}
`,
  ),
  doc(
    'neg-renovate-json',
    ['precision', 'config-syntax'],
    'renovate.json',
    (k) => `{
  "extends": ["config:recommended"],
  "hostRules": [
    { "matchHost": "npm.pkg.github.com", "hostType": "npm", "encrypted": { "token": "${k.n('wcFMA' + k.g.base64(300))}" } },
    { "matchHost": "registry.example.org", "username": "renovate", "password": "${k.n('{{ secrets.REGISTRY_PASSWORD }}')}" }
  ],
  "packageRules": [{ "matchPackageNames": ["jsonwebtoken", "passport-jwt"], "groupName": "auth libs" }],
  "secrets": { "NPM_TOKEN": "${k.n('{{ secrets.NPM_TOKEN }}')}" }
}
`,
  ),
  doc(
    'neg-app-config-ts',
    ['precision', 'config-syntax', 'code'],
    'src/config/defaults.ts',
    (k) => `export const defaults = {
  auth: {
    passwordMinLength: ${k.n('10')},
    passwordPattern: ${k.n("'^(?=.*[A-Z])(?=.*\\\\d).{10,}$'")},
    tokenExpiry: ${k.n("'1h'")},
    apiKeyHeader: ${k.n("'x-api-key'")},
    secretName: ${k.n("'billing/stripe'")},
    keyId: ${k.n("'billing-2026-01'")},
    sessionCookie: ${k.n("'__Host-sid'")},
  },
  mail: {
    host: 'smtp.mailgun.org',
    user: 'postmaster@mg.example.org',
    pass: '${tpw(k)}',
  },
  cache: { keyPrefix: ${k.n("'tok:'")}, ttl: 60 },
  hashes: { assetManifest: '${k.n(hexTok(k.g).slice(0, 20))}' },
};
`,
  ),
];
