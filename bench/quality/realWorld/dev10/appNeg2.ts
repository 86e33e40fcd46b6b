// rw-dev10 app part: more files that are mostly look-alikes (examples, redaction lists, chart defaults, Android
// strings, changelogs), each with at most a value or two a person really left in.
import type { RealWorldDoc } from '../types';
import { adoc, NEG } from './appValues';

export const APP_NEG2_DOCS: RealWorldDoc[] = [
  adoc(
    'env-example-file',
    ['precision', 'config-syntax'],
    '.env.example',
    (k) => `# Copy to .env and fill in. Never commit the real file.
APP_SECRET=${k.ph()}
DATABASE_URL=postgres://app:${k.n('<password>')}@localhost:5432/app
REDIS_PASSWORD=${k.ph()}
STRIPE_SECRET_KEY=${k.n('sk_live_...')}
SENDGRID_API_KEY=${k.n('SG.xxxxxxxx')}
JWT_SECRET=${k.n('generate-with-openssl-rand-base64-32')}
ADMIN_PASSWORD=${k.ph()}
WEBHOOK_SECRET=${k.ph()}
# for local dev the seeded admin is admin@example.com / ${k.u('admin')}
`,
  ),

  adoc(
    'go-redact-test',
    ['precision', 'code'],
    'internal/redact/redact_test.go',
    (k) => `package redact

import "testing"

func TestMask(t *testing.T) {
	cases := []struct{ in, want string }{
		{"password=${k.n('hunter2')}", "password=${k.n('*******')}"},
		{"token=${k.n('abc123')}", "token=${k.n('******')}"},
		{"Authorization: Bearer ${k.n('xyz')}", "Authorization: Bearer ${k.n('[REDACTED]')}"},
		{"api_key=${k.n('EXAMPLEKEY')}&q=1", "api_key=${k.n('[REDACTED]')}&q=1"},
	}
	for _, c := range cases {
		if got := Mask(c.in); got != c.want {
			t.Errorf("Mask(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
`,
  ),

  adoc(
    'redaction-keys-config',
    ['precision', 'config-syntax'],
    'config/logging.yaml',
    (k) => `logging:
  level: INFO
  redact:
    keys:
      - ${k.n('password')}
      - ${k.n('passwd')}
      - ${k.n('secret')}
      - ${k.n('client_secret')}
      - ${k.n('api_key')}
      - ${k.n('authorization')}
      - ${k.n('x-api-key')}
      - ${k.n('cookie')}
    replacement: "${k.n('***')}"
  sinks:
    - type: loki
      url: https://logs.halden.no/loki/api/v1/push
      basic_auth:
        username: "${k.n(k.g.digits(6))}"
        password: "${k.pv('grafana-cloud', 'glc_' + k.g.base64(100))}"
`,
  ),

  adoc(
    'helm-chart-defaults',
    ['precision', 'config-syntax'],
    'charts/checkout/values.yaml',
    (k) => `# Default values for checkout.
auth:
  # -- Use an existing secret instead of the values below
  existingSecret: ""
  # -- Admin password. Leave empty to generate one.
  adminPassword: ${k.n('""')}
  # -- JWT secret (min 32 chars)
  jwtSecret: ${k.ph()}
  apiKey: ${k.n('"{{ randAlphaNum 32 }}"')}
postgresql:
  auth:
    password: ${k.n('changeme')}
    existingSecret: ${k.n('checkout-postgresql')}
    secretKeys:
      userPasswordKey: ${k.n('password')}
image:
  digest: sha256:${k.n(NEG.sha256(k.g))}
`,
  ),

  adoc(
    'android-strings-xml',
    ['precision', 'config-syntax'],
    'app/src/main/res/values-pt-rBR/strings.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Mandalina</string>
    <string name="login_password">${k.n('Senha')}</string>
    <string name="login_password_hint">${k.n('Digite sua senha')}</string>
    <string name="login_forgot">${k.n('Esqueceu a senha?')}</string>
    <string name="settings_api_token">${k.n('Token de API')}</string>
    <string name="error_wrong_password">${k.n('Senha incorreta. Tente novamente.')}</string>
    <string name="google_maps_key" translatable="false">${k.n('AIza' + k.g.base64url(35))}</string>
    <string name="default_web_client_id" translatable="false">${k.n(`${k.g.digits(12)}-${k.g.lower(32)}.apps.googleusercontent.com`)}</string>
    <string name="debug_backdoor_pin" translatable="false">${k.pin()}</string>
</resources>
`,
  ),

  adoc(
    'changelog-shas',
    ['precision'],
    'CHANGELOG.md',
    (k) => `# Changelog

## [${k.n('2.14.1')}] - 2026-11-20
### Fixed
- Rotate the leaked SMTP password (${k.n(NEG.sha(k.g).slice(0, 7))}); the old value is revoked.
- Do not log the \`Authorization\` header (${k.n(NEG.sha(k.g))}).

## [${k.n('2.14.0')}] - 2026-11-02
### Added
- HMAC signing for webhooks, secret configured via \`WEBHOOK_SECRET\` (${k.n(NEG.sha(k.g).slice(0, 7))}).
- Password reset tokens now expire after 30 min (#${k.n('412')}).
`,
  ),

  adoc(
    'gha-workflow-app',
    ['precision', 'config-syntax'],
    '.github/workflows/test.yml',
    (k) => `name: test
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: ${k.n('postgres')}
        ports: ["5432:5432"]
    env:
      DATABASE_URL: postgres://postgres:${k.n('postgres')}@localhost:5432/test
      STRIPE_KEY: ${k.n('${{ secrets.STRIPE_TEST_KEY }}')}
      SENTRY_AUTH_TOKEN: ${k.n('${{ secrets.SENTRY_AUTH_TOKEN }}')}
      CODECOV_TOKEN: ${k.tok(k.g.uuid())}
    steps:
      - uses: actions/checkout@${k.n(NEG.sha(k.g))}
      - uses: actions/setup-node@v4
      - run: npm ci && npm test
`,
  ),
  adoc(
    'laravel-lang-auth',
    ['precision', 'code'],
    'lang/tr/auth.php',
    (k) => `<?php

return [
    'failed' => '${k.n('Bu kimlik bilgileri kayıtlarımızla eşleşmiyor.')}',
    'password' => '${k.n('Girilen şifre yanlış.')}',
    'throttle' => 'Çok fazla giriş denemesi. :seconds saniye sonra tekrar deneyin.',
    'token' => '${k.n('Bu şifre sıfırlama anahtarı geçersiz.')}',
    'labels' => [
        'password' => '${k.n('Şifre')}',
        'password_confirmation' => '${k.n('Şifreyi onayla')}',
        'api_key' => '${k.n('API anahtarı')}',
        'secret' => '${k.n('Gizli anahtar')}',
    ],
];
`,
  ),

  adoc(
    'crypto-constants-py',
    ['precision', 'code'],
    'core/security/constants.py',
    (k) => `"""Security constants. Nothing in here is secret: names, lengths and public test vectors."""

PASSWORD_HASHERS = [
    "${k.n('django.contrib.auth.hashers.Argon2PasswordHasher')}",
    "${k.n('django.contrib.auth.hashers.PBKDF2PasswordHasher')}",
]
TOKEN_HEADER = "${k.n('X-Auth-Token')}"
SECRET_ENV_VAR = "${k.n('APP_SECRET_KEY')}"
API_KEY_LENGTH = ${k.n('40')}
EMPTY_SHA256 = "${k.n('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')}"
PUBLIC_JWKS_KID = "${k.n(k.g.hex(16))}"
OAUTH_STATE_COOKIE = "${k.n('oauth_state')}"
CSRF_COOKIE_NAME = "${k.n('csrftoken')}"
SESSION_COOKIE_NAME = "${k.n('sessionid')}"
PASSWORD_RESET_SALT = "${k.n('core.security.PasswordResetTokenGenerator')}"
TEST_VECTOR_KEY = "${k.n('000102030405060708090a0b0c0d0e0f')}"  # NIST AES-128 example key
MIN_SECRET_BYTES = ${k.n('32')}
DEFAULT_TOKEN_TTL = ${k.n('3600')}
SIGNING_ALGORITHMS = ["${k.n('HS256')}", "${k.n('RS256')}"]
# legacy shared secret for the kiosk terminals, still in use in two stores (see SEC-88)
KIOSK_SHARED_SECRET = "${k.tok(k.g.alnum(24))}"
`,
  ),
];
