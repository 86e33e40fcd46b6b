// rw-dev6 code: look-alikes that must not be flagged (hashes, checksums, lockfile integrity, UUIDs as ids, test
// placeholders, env references, masked values, public keys, nonces, content hashes in file names, base64 images,
// feature-flag keys, i18n), with now and then a real secret among them as people leave them.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import { cv, type CV } from './codeValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: CV, k: Kit) => string) => doc(`dev6-code-${id}`, areas, path, (k) => fn(cv(k), k));

export const PRECISION_DOCS: RealWorldDoc[] = [
  d(
    'package-lock',
    ['precision', 'config-syntax'],
    'package-lock.json',
    (c) => `{
  "name": "web",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@babel/code-frame": {
      "version": "7.24.7",
      "resolved": "https://registry.npmjs.org/@babel/code-frame/-/code-frame-7.24.7.tgz",
      "integrity": "${c.look('integrity')}"
    },
    "node_modules/secure-json-parse": {
      "version": "2.7.0",
      "resolved": "https://registry.npmjs.org/secure-json-parse/-/secure-json-parse-2.7.0.tgz",
      "integrity": "${c.look('integrity')}"
    },
    "node_modules/token-types": {
      "version": "5.0.1",
      "resolved": "https://registry.npmjs.org/token-types/-/token-types-5.0.1.tgz",
      "integrity": "${c.look('integrity')}"
    },
    "node_modules/keygrip": {
      "version": "1.1.0",
      "resolved": "https://registry.npmjs.org/keygrip/-/keygrip-1.1.0.tgz",
      "integrity": "${c.look('integrity')}"
    }
  }
}
`,
  ),

  d(
    'go-sum-and-checksums',
    ['precision', 'config-syntax'],
    'release/SHA256SUMS',
    (c) => `${c.sha()}  hush_1.8.0_darwin_amd64.tar.gz
${c.sha()}  hush_1.8.0_darwin_arm64.tar.gz
${c.sha()}  hush_1.8.0_linux_amd64.tar.gz
${c.sha()}  hush_1.8.0_linux_arm64.tar.gz
${c.sha()}  hush_1.8.0_windows_amd64.zip
# go.sum excerpt
github.com/golang-jwt/jwt/v5 v5.2.1 h1:${c.n(c.alnum(43) + '=')}
github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:${c.n(c.alnum(43) + '=')}
golang.org/x/crypto v0.24.0 h1:${c.n(c.alnum(43) + '=')}
`,
  ),

  d(
    'test-placeholders',
    ['precision', 'code'],
    'tests/test_config_validation.py',
    (c) => `import pytest

from app.config import Settings, ConfigError


def test_rejects_placeholder_password():
    with pytest.raises(ConfigError):
        Settings(db_password="${c.n('changeme')}")


def test_rejects_default_secret():
    with pytest.raises(ConfigError):
        Settings(secret_key="${c.n('secret')}")


@pytest.mark.parametrize("value", ["${c.n('password')}", "${c.n('xxx')}", "${c.n('<token>')}", "${c.n('CHANGE_ME')}", ""])
def test_rejects_obvious_values(value):
    with pytest.raises(ConfigError):
        Settings(api_token=value)


def test_reads_env(monkeypatch):
    monkeypatch.setenv("DB_PASSWORD", "${c.n('test')}")
    monkeypatch.setenv("API_TOKEN", "${c.n('dummy-token')}")
    s = Settings.from_env()
    assert s.db_password == "${c.n('test')}"
    assert s.request_namespace == "${c.uuid()}"
`,
  ),

  d(
    'env-references',
    ['precision', 'config-syntax'],
    'config/application.yml',
    (c) => `spring:
  datasource:
    url: jdbc:postgresql://\${DB_HOST:localhost}:5432/orders
    username: \${DB_USER:orders}
    password: ${c.n('${DB_PASSWORD}')}
  rabbitmq:
    password: ${c.n('${RABBIT_PASSWORD:}')}
app:
  jwt:
    secret: ${c.n('${JWT_SECRET}')}
  storage:
    access-key: ${c.n('${vcap.services.s3.credentials.access_key}')}
    secret-key: ${c.n('${vcap.services.s3.credentials.secret_key}')}
  partner:
    token: ${c.n('"{{ .Values.partner.token }}"')}
    key: ${c.n('!Ref PartnerApiKey')}
  vault:
    token: ${c.n('vault:secret/data/orders#token')}
  op:
    password: ${c.n('op://prod/orders-db/password')}
`,
  ),

  d(
    'masked-settings-dump',
    ['precision', 'logs-and-output'],
    'logs/settings-dump.txt',
    (c) => `=== effective configuration ===
db.host              = pg-main.internal
db.user              = orders
db.password          = ${c.n('********')}
jwt.secret           = ${c.n('[REDACTED]')}
smtp.password        = ${c.n('<redacted>')}
partner.api_key      = ${c.n('sk_l****************')}
s3.secret_key        = ${c.n('****' + c.alnum(4))}
webhook.secret       = ${c.n('[FILTERED]')}
sentry.dsn           = https://${c.n(c.hexRaw(32))}@o${c.digits(6)}.ingest.sentry.io/${c.digits(7)}
build.commit         = ${c.git()}
instance.id          = ${c.uuid()}
`,
  ),

  d(
    'public-keys',
    ['precision', 'config-syntax'],
    'deploy/authorized_keys',
    (c) => `# deploy keys, managed by ansible
${c.look('sshPub')}
${c.look('sshPub')}
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${c.n(c.alnum(300))} ci@runner
${c.look('sshPub')}
# known_hosts
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA${c.n(c.alnum(44))}
`,
  ),

  d(
    'jwks-public',
    ['precision', 'config-syntax'],
    'public/.well-known/jwks.json',
    (c) => `{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "${c.look('sha1')}",
      "alg": "RS256",
      "n": "${c.n(c.alnum(342))}",
      "e": "AQAB"
    },
    {
      "kty": "EC",
      "use": "sig",
      "kid": "${c.uuid()}",
      "crv": "P-256",
      "x": "${c.n(c.alnum(43))}",
      "y": "${c.n(c.alnum(43))}"
    }
  ]
}
`,
  ),

  d(
    'csp-nonces',
    ['precision', 'code'],
    'templates/base.html',
    (c) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="script-src 'nonce-${c.look('nonce')}' 'strict-dynamic'">
  <link rel="stylesheet" href="/static/app.${c.look('chunk')}.css" integrity="${c.look('sri')}" crossorigin="anonymous">
  <script nonce="${c.look('nonce')}" src="/static/runtime.${c.look('chunk')}.js"></script>
  <script src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js" integrity="${c.look('sri')}" crossorigin="anonymous"></script>
  <meta name="csrf-token" content="${c.u(c.alnum(40))}">
</head>
<body data-build="${c.look('shortSha')}">
  {% block content %}{% endblock %}
</body>
</html>
`,
  ),

  d(
    'webpack-manifest',
    ['precision', 'config-syntax'],
    'public/build/manifest.json',
    (c) => `{
  "main.js": "/build/main.${c.look('chunk')}.js",
  "vendors.js": "/build/vendors.${c.look('chunk')}.js",
  "runtime.js": "/build/runtime.${c.look('chunk')}.js",
  "main.css": "/build/main.${c.look('chunk')}.css",
  "fonts/inter.woff2": "/build/fonts/inter.${c.look('chunk')}.woff2",
  "images/logo.svg": "/build/images/logo.${c.look('chunk')}.svg",
  "buildHash": "${c.look('md5')}"
}
`,
  ),

  d(
    'css-base64-image',
    ['precision', 'code'],
    'src/styles/icons.css',
    (c) => `.icon-check {
  width: 16px;
  height: 16px;
  background-image: url("${c.look('img')}");
}

.icon-close {
  background-image: url("${c.look('img')}");
}

@font-face {
  font-family: "Inter";
  src: url("/fonts/inter.${c.look('chunk')}.woff2") format("woff2");
}
`,
  ),

  d(
    'feature-flags',
    ['precision', 'config-syntax'],
    'config/flags.json',
    (c) => `{
  "flags": {
    "${c.n('enable_new_checkout_flow')}": { "default": false, "rollout": 25 },
    "${c.n('search-v2-ranking-secret-sauce')}": { "default": true },
    "${c.n('use_token_refresh_v3')}": { "default": false },
    "${c.n('password_strength_meter')}": { "default": true }
  },
  "clientSideId": "${c.look('objectId')}",
  "environmentKey": "${c.n('env-' + c.uuidRaw())}",
  "segmentHash": "${c.look('md5')}"
}
`,
  ),

  d(
    'i18n-strings',
    ['precision', 'config-syntax'],
    'src/locales/en.json',
    (c) => `{
  "auth": {
    "password": "${c.n('Password')}",
    "password_hint": "${c.n('At least 12 characters, one number and one symbol')}",
    "forgot_password": "Forgot your password?",
    "token_expired": "${c.n('Your session token has expired. Please sign in again.')}",
    "api_key_label": "${c.n('API key')}",
    "secret_placeholder": "${c.n('Paste your secret here')}",
    "reset_success": "Your password has been reset."
  },
  "settings": {
    "regenerate_key": "${c.n('Regenerate key')}",
    "copy_token": "${c.n('Copy token')}"
  }
}
`,
  ),

  d(
    'uuid-ids-fixtures',
    ['precision', 'code'],
    'tests/fixtures/orders.json',
    (c) => `[
  {"id": "${c.uuid()}", "customerId": "${c.uuid()}", "total": 129.5, "currency": "EUR"},
  {"id": "${c.uuid()}", "customerId": "${c.uuid()}", "total": 12.0, "currency": "EUR"},
  {"id": "${c.uuid()}", "customerId": "${c.uuid()}", "total": 44.9, "currency": "USD",
   "paymentIntent": "pi_${c.alnum(24)}", "idempotencyKey": "${c.uuid()}", "sessionId": "${c.look('objectId')}"}
]
`,
  ),

  d(
    'cargo-lock',
    ['precision', 'config-syntax'],
    'Cargo.lock',
    (c) => `# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "base64"
version = "0.22.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${c.sha()}"

[[package]]
name = "secrecy"
version = "0.8.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${c.sha()}"

[[package]]
name = "token-source"
version = "0.1.0"
source = "git+https://github.com/acme/token-source?rev=${c.git()}#${c.git()}"
`,
  ),

  d(
    'password-hashes-code',
    ['precision', 'code'],
    'internal/auth/hash_test.go',
    (c) => `package auth

import "testing"

// Known-answer vectors: these are hashes, not passwords.
var vectors = []struct {
	name string
	hash string
}{
	{"bcrypt", "${c.look('bcrypt')}"},
	{"argon2id", "${c.n('$argon2id$v=19$m=65536,t=3,p=4$' + c.alnum(22) + '$' + c.alnum(43))}"},
	{"pbkdf2", "${c.look('pbkdf2')}"},
	{"sha256", "${c.sha()}"},
}

func TestVerify(t *testing.T) {
	for _, v := range vectors {
		if !IsHash(v.hash) {
			t.Errorf("%s: not recognised", v.name)
		}
	}
	if IsHash("${c.n('password')}") {
		t.Fatal("plain word accepted")
	}
}
`,
  ),

  d(
    'terraform-lock-hcl',
    ['precision', 'config-syntax'],
    '.terraform.lock.hcl',
    (c) => `# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.54.1"
  constraints = "~> 5.0"
  hashes = [
    "h1:${c.n(c.alnum(43) + '=')}",
    "zh:${c.sha()}",
    "zh:${c.sha()}",
    "zh:${c.sha()}",
  ]
}
`,
  ),

  d(
    'docker-image-digests',
    ['precision', 'config-syntax'],
    'deploy/images.lock.yaml',
    (c) => `images:
  api: registry.acme.dev/api@${c.look('digest')}
  worker: registry.acme.dev/worker@${c.look('digest')}
  nginx: nginx@${c.look('digest')}
  secret-manager-sidecar: registry.acme.dev/sidecar@${c.look('digest')}
generated_at: "2026-03-01T10:00:00Z"
generator_run: ${c.uuid()}
`,
  ),

  d(
    'config-with-one-real',
    ['precision', 'config-syntax'],
    'config/settings.toml',
    (c) => `[server]
host = "0.0.0.0"
port = 8080
session_cookie = "${c.n('sid')}"

[auth]
provider = "oidc"
client_id = "${c.uuid()}"
client_secret = "${c.n('${OIDC_CLIENT_SECRET}')}"
issuer = "https://login.example.com/${c.uuid()}/v2.0"

[cache]
key_prefix = "${c.n('app:v3:')}"
hash_seed = "${c.look('md5')}"

[legacy]
# TODO(ops): move to vault, this one is still live
api_token = "${c.tok()}"
`,
  ),

  d(
    'git-log-output',
    ['precision', 'logs-and-output'],
    'notes/git-log.txt',
    (c) => `commit ${c.git()}
Author: Anna Berg <anna@acme.example>
Date:   Tue Mar 3 10:12:44 2026 +0100

    Rotate the token used by the nightly sync (no secret in the diff)

commit ${c.git()}
Merge: ${c.look('shortSha')} ${c.look('shortSha')}
Author: Lars Nyg <lars@acme.example>
Date:   Mon Mar 2 17:01:02 2026 +0100

    Merge branch 'fix/password-reset-email'

commit ${c.git()}
Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
Date:   Mon Mar 2 09:00:00 2026 +0000

    Bump jsonwebtoken from 9.0.1 to 9.0.2 (sha ${c.look('sha1')})
`,
  ),

  d(
    'yarn-lock',
    ['precision', 'config-syntax'],
    'yarn.lock',
    (c) => `# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
# yarn lockfile v1


"@auth0/auth0-spa-js@^2.1.3":
  version "2.1.3"
  resolved "https://registry.yarnpkg.com/@auth0/auth0-spa-js/-/auth0-spa-js-2.1.3.tgz#${c.look('sha1')}"
  integrity ${c.look('integrity')}

jsonwebtoken@^9.0.2:
  version "9.0.2"
  resolved "https://registry.yarnpkg.com/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz#${c.look('sha1')}"
  integrity ${c.look('integrity')}

passport-local@^1.0.0:
  version "1.0.0"
  resolved "https://registry.yarnpkg.com/passport-local/-/passport-local-1.0.0.tgz#${c.look('sha1')}"
  integrity ${c.look('integrity')}
`,
  ),

  d(
    'openapi-examples',
    ['precision', 'config-syntax'],
    'api/openapi.yaml',
    (c) => `openapi: 3.0.3
info:
  title: Accounts API
  version: 2.4.0
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-API-Key
  schemas:
    LoginRequest:
      type: object
      properties:
        username:
          type: string
          example: ${c.n('jane.doe')}
        password:
          type: string
          format: password
          example: ${c.n('<password>')}
    Token:
      type: object
      properties:
        access_token:
          type: string
          example: ${c.n('YOUR_ACCESS_TOKEN')}
        token_type:
          type: string
          example: ${c.n('Bearer')}
        request_id:
          type: string
          format: uuid
          example: ${c.uuid()}
    ApiKey:
      type: object
      properties:
        key:
          type: string
          example: ${c.n('xxxxxxxxxxxxxxxxxxxxxxxx')}
        fingerprint:
          type: string
          example: ${c.look('sha256')}
        created_by:
          type: string
          example: ${c.uuid()}
`,
  ),
];
