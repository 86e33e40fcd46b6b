// rw-dev5 command/code: files that are mostly look-alikes (references, placeholders, digests, ids, masked values,
// public keys) with a few real secrets among them, and private keys passed through commands and code.
import type { RealWorldDoc, RealWorldArea } from '../types';
import { doc, type Kit } from '../dev/kit';
import { cc, publicSsh, type CC } from './cmdCodeValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: CC, k: Kit) => string) => doc(id, areas, path, (k) => fn(cc(k), k));

export const PRECISION_DOCS: RealWorldDoc[] = [
  d(
    'ci-refs-only',
    ['precision', 'command-line', 'config-syntax'],
    '.github/workflows/release.yml',
    (c) => `name: release
on:
  push:
    tags: ['v*']
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${c.git()}
      - uses: actions/setup-node@${c.git()}
      - run: docker login -u \${{ github.actor }} -p ${c.n('${{ secrets.GITHUB_TOKEN }}')} ghcr.io
      - run: echo "${c.n('${{ secrets.NPM_TOKEN }}')}" > ~/.npmrc
      - run: mysql -uroot -p${c.n('"$MYSQL_ROOT_PASSWORD"')} -e 'select 1'
      - run: curl -H "Authorization: Bearer ${c.n('${{ secrets.DEPLOY_TOKEN }}')}" https://deploy.acme.io
      - run: kubectl create secret generic db --from-literal=password=${c.n('"$DB_PASSWORD"')}
      - run: sshpass -p ${c.n('"$SSH_PASS"')} ssh deploy@app01 ./deploy.sh
      - run: helm upgrade app ./chart --set db.password=${c.n('${{ secrets.DB_PASSWORD }}')}
      - run: aws configure set aws_secret_access_key ${c.n('$AWS_SECRET_ACCESS_KEY')}
      - run: echo sha=${c.sha()} checksum=${c.sha()}
      - run: docker pull ghcr.io/acme/app@${c.digest()}
      - run: docker login -u ci -p ${c.spw()} registry.acme.io
`,
  ),

  d(
    'readme-placeholders',
    ['precision', 'command-line'],
    'README.md',
    (c) => `# acme-cli

Install and log in:

    acme login --token ${c.n('<YOUR_TOKEN>')}
    acme login --token ${c.n('$ACME_TOKEN')}
    export ACME_API_KEY=${c.n('your-api-key-here')}
    mysql -u root -p${c.n('<password>')} < schema.sql
    psql "postgresql://user:${c.n('password')}@localhost/db"
    curl -u ${c.n('username:password')} https://api.acme.io/v1/me
    curl -H "Authorization: Bearer ${c.n('$TOKEN')}" https://api.acme.io/v1/me
    docker run -e POSTGRES_PASSWORD=${c.n('postgres')} postgres
    kubectl create secret generic x --from-literal=token=${c.n('REPLACE_ME')}
    sshpass -p ${c.n("'your password'")} ssh user@host
    git clone https://${c.n('<token>')}@github.com/acme/cli.git
    aws configure set aws_access_key_id ${c.n('AKIAIOSFODNN7EXAMPLE')}
    aws configure set aws_secret_access_key ${c.n('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}

Tokens look like \`${c.n('acme_xxxxxxxxxxxxxxxxxxxxxxxx')}\`; the one in our CI is ${c.prov('github')} (rotate it!).
`,
  ),

  d(
    'code-lookalikes-ts',
    ['precision', 'code'],
    'src/auth/constants.ts',
    (c) => `export const TOKEN_HEADER = ${c.n("'X-Auth-Token'")};
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_FIELD = ${c.n("'password'")};
export const API_KEY_PARAM = ${c.n("'api_key'")};
export const SECRET_NAME = ${c.n("'prod/db/password'")};
export const DEFAULT_PASSWORD_HASH = '${c.bcrypt()}';
export const EMPTY_SHA = '${c.n('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')}';
export const COMMIT = '${c.git()}';
export const TENANT_ID = '${c.uuid()}';
export const CLIENT_ID = '${c.uuid()}';
export const PUBLISHABLE_KEY = '${c.n('pk_live_' + 'Zm9yZXhhbXBsZW9ubHlub3RhcmVhbGtleQ')}';
export const i18n = { password: ${c.n("'Mot de passe'")}, token: ${c.n("'Jeton d’accès'")}, secret: ${c.n("'Geheimnis'")} };
export const passwordPattern = ${c.n('/^(?=.*[A-Z])(?=.*\\d).{12,}$/')};
export const getToken = () => ${c.n('localStorage.getItem("token")')};
export const apiKey = ${c.n('process.env.API_KEY!')};
export const signingSecret = '${c.tok()}';
`,
  ),

  d(
    'code-lookalikes-py',
    ['precision', 'code'],
    'app/security.py',
    (c) => `import os
from django.contrib.auth.hashers import make_password

SECRET_KEY = ${c.n('os.environ["DJANGO_SECRET_KEY"]')}
DB_PASSWORD = ${c.n('os.getenv("DB_PASSWORD", "")')}
API_TOKEN = ${c.n('settings.API_TOKEN')}
PASSWORD_RESET_TIMEOUT = 3600
TOKEN_TYPE = ${c.n('"Bearer"')}
password_hash = "${c.n('pbkdf2_sha256$600000$')}${c.n('c2FsdHNhbHQ$')}"
nonce = "${c.trace()}"
csrf_header = ${c.n('"HTTP_X_CSRFTOKEN"')}
ADMIN_PASSWORD = ${c.n('"********"')}
masked = ${c.n('"sk_live_****************"')}
vault_ref = ${c.n('"vault:secret/data/app#password"')}
op_ref = ${c.n('"op://Prod/api/credential"')}
FALLBACK_SECRET = "${c.tok()}"
`,
  ),

  d(
    'logs-masked',
    ['precision', 'logs-and-output'],
    'ci-logs/masked-run.txt',
    (c) => `+ docker login -u ci -p ${c.n('***')} registry.acme.io
+ mysql -uroot -p${c.n('******')} -e 'select 1'
+ curl -H 'Authorization: Bearer ${c.n('[MASKED]')}' https://deploy.acme.io
+ export GITHUB_TOKEN=${c.n('[REDACTED]')}
+ echo "password=${c.n('<hidden>')}"
request_id=${c.uuid()} trace_id=${c.trace()} span_id=${c.n('0af7651916cd43dd')}
image=${c.digest()}
commit=${c.git()}
artifact sha256 ${c.sha()}
session=${c.n('(filtered)')} user=ops
+ kubectl get secret db -o jsonpath={.data.password}
${c.n('(sensitive value)')}
+ sshpass -p ${c.spw()} ssh deploy@legacy01 uptime
`,
  ),

  d(
    'ssh-keys-public-and-private',
    ['precision', 'command-line', 'credential-file'],
    'docs/ops/ssh-keys.md',
    (c, k) => `## Deploy key

Public half (safe to share), goes in authorized_keys:

    ${c.n(publicSsh(k.g))}

Host key fingerprint: ${c.n('SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8')}

Private half, as it was pasted into the CI variable before we moved it to the vault:

${c.key()}

    ssh-keygen -t ed25519 -C deploy@ci -N '' -f deploy_key
    ssh -i ${c.n('~/.ssh/deploy_key')} deploy@app01
`,
  ),

  d(
    'private-key-in-code',
    ['code', 'credential-file'],
    'src/signing/keys.go',
    (c) => `package signing

// Test key for the local issuer; the prod key is loaded from KMS.
const issuerKey = \`${c.key()}\`

var publicJWKS = \`{"keys":[{"kty":"RSA","kid":"${c.n('k1-2026')}","n":"${c.n('0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw')}","e":"AQAB"}]}\`
`,
  ),

  d(
    'docker-secret-mounts',
    ['precision', 'command-line', 'config-syntax'],
    'deploy/compose.prod.yml',
    (c) => `services:
  api:
    image: registry.acme.io/api@${c.digest()}
    environment:
      DB_PASSWORD_FILE: ${c.n('/run/secrets/db_password')}
      API_TOKEN: ${c.n('${API_TOKEN:?set API_TOKEN}')}
      REDIS_PASSWORD: ${c.n('${REDIS_PASSWORD}')}
      JWT_PUBLIC_KEY_PATH: /etc/keys/jwt.pub
    command: ["./api", "--db-password-file", "${c.n('/run/secrets/db_password')}", "--token", "${c.n('$(API_TOKEN)')}"]
    secrets: [db_password]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: ${c.n('/run/secrets/db_password')}
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
  legacy:
    image: acme/legacy:1.4
    command: ["java", "-jar", "legacy.jar", "--spring.datasource.password=${c.spw()}"]
secrets:
  db_password:
    file: ./secrets/db_password.txt
`,
  ),

  d(
    'makefile-lookalikes',
    ['precision', 'command-line'],
    'ops/Makefile',
    (c) => `VERSION := $(shell git describe --tags)
SHA := ${c.git()}
TOKEN ?= ${c.n('$(shell cat .token)')}
PASSWORD ?= ${c.n('$(DB_PASSWORD)')}

release:
\tgh release create $(VERSION) --notes "build $(SHA)"
\tcurl -H "Authorization: token ${c.n('$(TOKEN)')}" https://api.github.com/repos/acme/ops/releases
\tmysql -u ops -p${c.n('$(PASSWORD)')} ops < migrate.sql
\tdocker buildx build --secret id=npm,src=${c.n('$(HOME)/.npmrc')} .
\techo ${c.sha()} > CHECKSUM
\tcurl -u admin:${c.spw()} -X POST https://jenkins.acme.internal/job/ops/build
`,
  ),

  d(
    'powershell-lookalikes',
    ['precision', 'command-line', 'code'],
    'scripts/Deploy.ps1',
    (c) => `param(
  [Parameter(Mandatory)] [SecureString] $Password,
  [string] $Token = ${c.n('$env:DEPLOY_TOKEN')}
)
$cred = Get-Credential -UserName 'ACME\\deploy' -Message 'Deploy account'
$plain = ${c.n('[Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($Password))')}
$kv = Get-AzKeyVaultSecret -VaultName acme-kv -Name ${c.n("'db-password'")} -AsPlainText
$thumb = '${c.n('3B1EFD3A66EA28B16697394703A72CA340A05BD5')}'
Invoke-WebRequest -Uri https://deploy.acme.io -Headers @{ Authorization = "Bearer ${c.n('$Token')}" }
$legacy = ConvertTo-SecureString '${c.lpw()}' -AsPlainText -Force
`,
  ),

  d(
    'sql-migration-lookalikes',
    ['precision', 'code'],
    'db/migrations/0042_users.sql',
    (c) => `-- Seed accounts for staging. Hashes only; plain passwords live in the vault.
INSERT INTO users (email, password_hash, api_key_hash) VALUES
  ('admin@acme.io', '${c.bcrypt()}', '${c.sha()}'),
  ('ops@acme.io', '${c.bcrypt()}', '${c.sha()}'),
  ('qa@acme.io', '${c.n('$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG')}', NULL);
UPDATE settings SET value = '${c.n('********')}' WHERE key = 'smtp_password';
ALTER ROLE reporting WITH PASSWORD '${c.lpw()}';
CREATE USER MAPPING FOR app SERVER legacy OPTIONS (user 'legacy', password '${c.lpw()}');
`,
  ),

  d(
    'k8s-yaml-refs',
    ['precision', 'config-syntax', 'command-line'],
    'deploy/k8s/job.yaml',
    (c) => `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      containers:
        - name: migrate
          image: registry.acme.io/api@${c.digest()}
          command: ["sh", "-c", "PGPASSWORD=${c.n('$(DB_PASSWORD)')} psql -h pg -U app -f /sql/migrate.sql"]
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: ${c.n('db')}, key: ${c.n('password')} }
            - name: API_TOKEN
              valueFrom: { secretKeyRef: { name: api, key: token } }
        - name: seed
          image: mysql:8
          args: ["mysql", "-h", "mysql", "-uroot", "-p${c.spw()}", "-e", "source /seed.sql"]
      restartPolicy: Never
`,
  ),
  d(
    'history-safe-commands',
    ['precision', 'command-line'],
    'home/dev/.bash_history',
    (c) => `git checkout -b fix/${c.n('token-refresh')}
git commit -m "rotate token handling"
git push origin HEAD
git cherry-pick ${c.git()}
git show ${c.n('4b825dc642cb6eb9a060e54bf8d69288fbee4904')}
docker pull node@${c.digest()}
docker rmi ${c.n('sha256:' + 'c0ffee'.repeat(10) + 'c0ff')}
kubectl logs deploy/api --since=1h | grep ${c.uuid()}
kubectl get secret api -o jsonpath='{.data}'
export TOKEN=$(vault kv get -field=token ${c.n('secret/api')})
export PGPASSWORD=$(pass show ${c.n('db/prod')})
aws sts assume-role --role-arn ${c.n('arn:aws:iam::123456789012:role/deploy')} --role-session-name ${c.n('ops-1764583308')}
gpg --verify release.tar.gz.asc ${c.n('release.tar.gz')}
sha256sum -c ${c.n('SHA256SUMS')}
openssl rand -hex 32
curl -s https://api.acme.io/health?nonce=${c.trace()}
mysql -u app -p${c.spw()} app
`,
  ),

  d(
    'go-constants-lookalikes',
    ['precision', 'code'],
    'internal/auth/names.go',
    (c) => `package auth

const (
\tHeaderAuthorization = ${c.n('"Authorization"')}
\tHeaderAPIKey        = ${c.n('"X-API-Key"')}
\tEnvToken            = ${c.n('"ACME_TOKEN"')}
\tEnvPassword         = ${c.n('"ACME_PASSWORD"')}
\tTokenPrefix         = ${c.n('"acme_"')}
\tpasswordPolicy      = ${c.n('"min=12,upper,digit"')}
\tsecretPath          = ${c.n('"/var/run/secrets/acme/token"')}
\tdefaultKeyID        = ${c.n('"k-2026-01"')}
\tschemaHash          = "${c.sha()}"
\ttraceSample         = "${c.trace()}"
\ttestUUID            = "${c.uuid()}"
)

var ErrBadPassword = errors.New(${c.n('"password does not match"')})
var fallbackKey = []byte("${c.tok()}")
`,
  ),

  d(
    'terraform-refs',
    ['precision', 'config-syntax', 'code'],
    'infra/db.tf',
    (c) => `resource "aws_db_instance" "main" {
  identifier = "acme-prod"
  username   = "admin"
  password   = ${c.n('random_password.db.result')}
  kms_key_id = ${c.n('aws_kms_key.db.arn')}
}
resource "random_password" "db" {
  length  = 32
  special = true
}
data "aws_secretsmanager_secret_version" "api" {
  secret_id = ${c.n('"prod/api/token"')}
}
provider "github" {
  token = ${c.n('var.github_token')}
}
provider "cloudflare" {
  api_token = ${c.n('data.aws_secretsmanager_secret_version.cf.secret_string')}
}
resource "null_resource" "seed" {
  provisioner "local-exec" {
    command = "mysql -h \${aws_db_instance.main.address} -u admin -p${c.n('${random_password.db.result}')} < seed.sql"
  }
}
variable "legacy_password" {
  default = "${c.lpw()}"
}
`,
  ),

  d(
    'python-test-dummies',
    ['precision', 'code', 'defaults-in-code'],
    'tests/test_cli.py',
    (c) => `from acme.cli import main

def test_login_requires_token(capsys):
    assert main(["login", "--token", ${c.n('"dummy-token"')}]) == 1

def test_password_is_masked(capsys):
    main(["db", "--password", ${c.n('"not-a-real-password"')}])
    assert ${c.n('"********"')} in capsys.readouterr().out

def test_env(monkeypatch):
    monkeypatch.setenv("ACME_TOKEN", ${c.n('"test"')})
    monkeypatch.setenv("ACME_PASSWORD", ${c.n('"secret"')})
    monkeypatch.setenv("ACME_KEY", ${c.n('"x" * 32')})

def test_hash():
    assert sha256(b"abc").hexdigest() == "${c.n('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')}"

def test_real_sandbox():
    client = Client(api_key="${c.tok()}")
    assert client.ping()
`,
  ),

  d(
    'ci-output-ids',
    ['precision', 'logs-and-output'],
    'ci-logs/build-output.txt',
    (c) => `#12 [build 4/7] RUN npm ci
#12 sha256:${c.n('8a1f3e2d9c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f')}
#13 exporting to image
#13 writing image ${c.digest()} done
#13 naming to registry.acme.io/api:${c.n('b7e4c1a')} done
Pushed: registry.acme.io/api@${c.digest()}
Uploading artifact: dist.tar.gz (sha1 ${c.git()})
Cache key: ${c.n('node-modules-linux-' + 'ab12cd34'.repeat(8))}
Run id: ${c.uuid()}
Provenance: ${c.n('https://sigstore.dev/rekor/' + '24296fb24b8ad77a'.repeat(2))}
Signing with cosign key ${c.n('cosign.pub')}
Environment: NPM_TOKEN=${c.n('***')} GH_TOKEN=${c.n('***')}
Deployed with token ${c.tok()}
`,
  ),

  d(
    'java-lookalikes',
    ['precision', 'code'],
    'src/main/java/com/acme/web/SecurityConfig.java',
    (c) => `package com.acme.web;

public class SecurityConfig {
    static final String PASSWORD_PARAM = ${c.n('"password"')};
    static final String TOKEN_COOKIE = ${c.n('"ACME_SESSION"')};
    static final String JWT_ISSUER = ${c.n('"https://auth.acme.io"')};
    static final String KEYSTORE_PASSWORD_PROP = ${c.n('"javax.net.ssl.keyStorePassword"')};
    static final String DEFAULT_HASH = "${c.bcrypt()}";
    @Value(${c.n('"${app.jwt.secret}"')}) String jwtSecret;
    @Value(${c.n('"${DB_PASSWORD:}"')}) String dbPassword;
    String apiKey = System.getenv(${c.n('"API_KEY"')});
    String mask = ${c.n('"****-****-****"')};
    String devSigningKey = "${c.tok()}";
}
`,
  ),
  d(
    'dockerfile-lookalikes',
    ['precision', 'command-line', 'config-syntax'],
    'services/web/Dockerfile',
    (c) => `FROM node:20-alpine@${c.digest()} AS build
ARG NPM_TOKEN
ARG GIT_SHA=${c.git()}
ENV NODE_ENV=production
ENV PASSWORD_MIN=12
ENV TOKEN_TTL=3600
ENV SECRET_NAME=${c.n('web/session-secret')}
RUN --mount=type=secret,id=npm,target=/root/.npmrc npm ci
RUN echo "//registry.npmjs.org/:_authToken=${c.n('${NPM_TOKEN}')}" > .npmrc && npm ci && rm .npmrc
RUN curl -fsSL https://deb.nodesource.com/gpgkey/nodesource.gpg.key | gpg --dearmor -o ${c.n('/usr/share/keyrings/nodesource.gpg')}
RUN echo "${c.sha()}  app.tar.gz" | sha256sum -c -
FROM nginx:1.27@${c.digest()}
COPY --from=build /app/dist /usr/share/nginx/html
ENV SESSION_SECRET=${c.n('$SESSION_SECRET')}
ENV ADMIN_PASSWORD=${c.n('""')}
HEALTHCHECK CMD ["wget", "-q", "--header", "Authorization: Bearer ${c.n('$HEALTH_TOKEN')}", "http://localhost/health"]
ENV GRAFANA_PASSWORD=${c.spw()}
`,
  ),

  d(
    'node-env-lookalikes',
    ['precision', 'code'],
    'src/config/index.js',
    (c) => `const required = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(${c.n('`missing ${name}`')});
  return v;
};
module.exports = {
  db: { user: 'app', password: ${c.n("required('DB_PASSWORD')")}, host: process.env.DB_HOST || 'localhost' },
  stripeKey: ${c.n("required('STRIPE_SECRET_KEY')")},
  githubToken: ${c.n('process.env.GITHUB_TOKEN ?? ""')},
  jwtSecret: ${c.n("process.env.JWT_SECRET || 'dev-only-secret'")},
  sessionName: ${c.n("'sid'")},
  passwordResetPath: ${c.n("'/account/password/reset'")},
  tokenRegex: ${c.n('/^[a-f0-9]{40}$/')},
  sentryDsn: '${c.n('https://0123456789abcdef0123456789abcdef@o1.ingest.sentry.io/1')}',
  firebase: { apiKey: '${c.n('AIza' + 'SyD-publicWebKeyRestrictedToAcmeDomain')}', projectId: 'acme-web' },
  buildId: '${c.git()}',
  cdnHash: '${c.n('5f3a9b2c')}',
  legacyPartnerKey: '${c.tok()}',
};
`,
  ),

  d(
    'rust-csharp-env-lookalikes',
    ['precision', 'code'],
    'src/settings.rs',
    (c) => `use std::env;

pub struct Settings { pub db_password: String, pub api_token: String }

impl Settings {
    pub fn load() -> Self {
        Settings {
            db_password: env::var(${c.n('"DB_PASSWORD"')}).expect(${c.n('"DB_PASSWORD not set"')}),
            api_token: env::var(${c.n('"API_TOKEN"')}).unwrap_or_default(),
        }
    }
}

const TOKEN_LEN: usize = 40;
const PASSWORD_LABEL: &str = ${c.n('"Password:"')};
const KNOWN_HASH: &str = "${c.sha()}";
const SAMPLE_ID: &str = "${c.uuid()}";
const SALT: &str = "${c.n('$2b$12$' + 'saltsaltsaltsaltsaltsa')}";
#[cfg(test)]
const TEST_TOKEN: &str = ${c.n('"test-token-not-real"')};
const DEV_DB_URL: &str = "postgres://dev:${c.cs()}@localhost/dev";
`,
  ),

  d(
    'curl-docs-examples',
    ['precision', 'command-line', 'http-auth'],
    'docs/api/authentication.md',
    (c) => `# Authentication

Every request carries your key in a header:

    curl https://api.acme.io/v1/me -H "X-Api-Key: ${c.n('<API_KEY>')}"
    curl https://api.acme.io/v1/me -H "Authorization: Bearer ${c.n('{access_token}')}"
    curl -u ${c.n('"$CLIENT_ID:$CLIENT_SECRET"')} https://api.acme.io/oauth/token -d grant_type=client_credentials
    http https://api.acme.io/v1/me "Authorization:Bearer ${c.n('$ACME_TOKEN')}"
    wget --header="X-Api-Key: ${c.n('YOUR_KEY')}" https://api.acme.io/v1/export

The sample response below is from the docs sandbox:

    {"access_token": "${c.n('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')}", "token_type": "bearer"}

Keys are 40 hex characters (e.g. ${c.n('0000000000000000000000000000000000000000')}). The support team used ${c.hex(40)} when reproducing ticket 8812.
`,
  ),
];
