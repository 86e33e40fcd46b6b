// rw-dev7 look-alikes, code: test names and fixtures that say "password", validators and their regexes,
// blocklists of common passwords as data, i18n keys and CSS classes, generated code (protobuf descriptors,
// persisted-query hashes), minified bundles, clearly fake mocks; a real credential in a few of them.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { b64, humanPw, pngB64, pv, sha256, tightPw, tpw, woffB64 } from './negValues';

export const NEG_CODE_DOCS: RealWorldDoc[] = [
  doc(
    'neg-password-validator-ts',
    ['precision', 'code'],
    'src/auth/passwordPolicy.ts',
    (k) => `// Password rules shown on the sign-up form and enforced by the API.
export const PASSWORD_MIN_LENGTH = ${k.n('12')};
export const PASSWORD_REGEX = ${k.n('/^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^\\w\\s]).{12,128}$/')};
export const TOKEN_REGEX = ${k.n('/^[A-Za-z0-9_-]{43}$/')};
export const API_KEY_PATTERN = ${k.n("'^ak_(live|test)_[0-9a-f]{32}$'")};

export function passwordErrors(password: string): string[] {
  const errors: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) errors.push('${k.n('auth.password.tooShort')}');
  if (!/[A-Z]/.test(password)) errors.push('${k.n('auth.password.needsUpper')}');
  if (!/\\d/.test(password)) errors.push('${k.n('auth.password.needsDigit')}');
  if (password.toLowerCase().includes('password')) errors.push('${k.n('auth.password.containsWord')}');
  return errors;
}

export const passwordSecretField = '${k.n('password_confirmation')}';
`,
  ),
  doc('neg-password-blocklist', ['precision', 'code'], 'src/auth/commonPasswords.ts', (k) => {
    const list = [
      '123456',
      'password',
      '123456789',
      'qwerty',
      '12345678',
      '111111',
      'iloveyou',
      'admin',
      'welcome',
      'monkey',
      'dragon',
      'letmein',
      'football',
      'sunshine',
      'princess',
      'abc123',
      'passw0rd',
      'trustno1',
      'baseball',
      'shadow',
    ];
    return `// Top of the common-password lists; sign-up rejects these (data, not credentials).
export const COMMON_PASSWORDS = new Set([
${list.map((p) => `  '${k.n(p)}',`).join('\n')}
]);
`;
  }),
  doc(
    'neg-login-spec',
    ['precision', 'code'],
    'test/e2e/login.spec.ts',
    (k) => `import { test, expect } from '@playwright/test';

const FAKE_TOKEN = '${k.n('fake-token')}';
const TEST_SECRET = '${k.n('test-secret')}';
const DUMMY_PASSWORD = '${k.n('dummy')}';

test.describe('password reset', () => {
  test('rejects a password without a digit', async ({ page }) => {
    await page.fill('[name="password"]', '${k.n('abcdefghijkl')}');
    await expect(page.getByText('Password needs a digit')).toBeVisible();
  });
  test('shows the password toggle', async ({ page }) => {
    await expect(page.locator('.password-toggle')).toBeVisible();
  });
  test('api key header is sent', async ({ request }) => {
    const res = await request.get('/v1/me', { headers: { 'X-API-Key': FAKE_TOKEN, Authorization: \`Bearer \${TEST_SECRET}\` } });
    expect(res.status()).toBe(401);
  });
});

// staging account used by the smoke job (ask QA before rotating)
export const STAGING_USER = { email: 'smoke@example.org', password: '${tpw(k)}' };
`,
  ),
  doc(
    'neg-i18n-login-json',
    ['precision', 'code'],
    'src/locales/login.json',
    (k) => `{
  "en": { "auth.password.label": "${k.n('Password')}", "auth.password.forgot": "${k.n('Forgot your password?')}", "auth.token.expired": "${k.n('Your session token expired')}", "auth.apiKey.copy": "${k.n('Copy API key')}" },
  "de": { "auth.password.label": "${k.n('Passwort')}", "auth.password.forgot": "${k.n('Passwort vergessen?')}", "auth.token.expired": "${k.n('Ihr Sitzungstoken ist abgelaufen')}", "auth.apiKey.copy": "${k.n('API-Schlüssel kopieren')}" },
  "fr": { "auth.password.label": "${k.n('Mot de passe')}", "auth.password.forgot": "${k.n('Mot de passe oublié ?')}", "auth.token.expired": "${k.n('Votre jeton de session a expiré')}", "auth.apiKey.copy": "${k.n("Copier la clé d'API")}" },
  "es": { "auth.password.label": "${k.n('Contraseña')}", "auth.password.forgot": "${k.n('¿Olvidaste tu contraseña?')}", "auth.token.expired": "${k.n('Tu token de sesión caducó')}", "auth.apiKey.copy": "${k.n('Copiar clave de API')}" },
  "pl": { "auth.password.label": "${k.n('Hasło')}", "auth.password.forgot": "${k.n('Nie pamiętasz hasła?')}", "auth.token.expired": "${k.n('Token sesji wygasł')}", "auth.apiKey.copy": "${k.n('Kopiuj klucz API')}" },
  "ja": { "auth.password.label": "${k.n('パスワード')}", "auth.password.forgot": "${k.n('パスワードをお忘れですか？')}", "auth.token.expired": "${k.n('セッショントークンの有効期限が切れました')}", "auth.apiKey.copy": "${k.n('APIキーをコピー')}" }
}
`,
  ),
  doc(
    'neg-i18n-properties',
    ['precision', 'code'],
    'src/main/resources/messages_pt_BR.properties',
    (k) => `login.password=${k.n('Senha')}
login.password.placeholder=${k.n('Digite sua senha')}
login.password.forgot=${k.n('Esqueceu a senha?')}
login.password.weak=${k.n('Senha fraca: use pelo menos 12 caracteres')}
account.apiToken.title=${k.n('Token de API')}
account.apiToken.revoke=${k.n('Revogar token')}
account.secret.hint=${k.n('O segredo é exibido apenas uma vez')}
password.reset.sent=${k.n('Enviamos um link de redefinição de senha para {0}')}
`,
  ),
  doc(
    'neg-css-password',
    ['precision', 'code'],
    'src/styles/auth.css',
    (k) => `.password-toggle { position: absolute; right: .5rem; }
.password-strength--weak { color: ${k.n('#d93025')}; }
.password-strength--strong { color: ${k.n('#188038')}; }
.api-key-field { font-family: var(--mono); letter-spacing: .05em; }
.token-badge::before { content: "${k.n('🔑')}"; }
@font-face {
  font-family: "Inter";
  src: url(data:font/woff2;base64,${k.n(woffB64(k.g))}) format("woff2");
}
.secret-banner { background-image: url(data:image/png;base64,${k.n(pngB64(k.g))}); }
`,
  ),
  doc(
    'neg-protobuf-generated',
    ['precision', 'code'],
    'gen/auth/v1/auth_pb2.py',
    (k) => `# -*- coding: utf-8 -*-
# Generated by the protocol buffer compiler.  DO NOT EDIT!
# source: auth/v1/auth.proto
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf.internal import builder as _builder

DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'${k.n(Array.from({ length: 6 }, () => '\\n\\x' + k.g.hex(2) + k.g.alnum(20)).join(''))}')

_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'auth.v1.auth_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
  _globals['_LOGINREQUEST'].fields_by_name['password']._serialized_options = b'${k.n('\\x80\\x01\\x01')}'
  _globals['_TOKENRESPONSE']._serialized_start=${k.n('112')}
  _globals['_TOKENRESPONSE']._serialized_end=${k.n('240')}
`,
  ),
  doc(
    'neg-graphql-persisted',
    ['precision', 'code'],
    'src/graphql/persisted-queries.json',
    (k) => `{
${['LoginMutation', 'ResetPasswordMutation', 'CreateApiKeyMutation', 'RevokeTokenMutation', 'ViewerQuery', 'SessionsQuery'].map((q) => `  "${k.n(sha256(k.g))}": "${q}"`).join(',\n')}
}
`,
  ),
  doc('neg-minified-bundle', ['precision', 'code'], 'dist/assets/index-BkX9a2.js', (k) => {
    const g = k.g;
    const id = () => g.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', g.pick([1, 2, 2]));
    return `var ${id()}=Object.defineProperty;const ${id()}="${k.n(g.base64url(21))}",${id()}={password:"${k.n('password')}",token:"${k.n('token')}",apiKey:"${k.n('x-api-key')}"};function ${id()}(e,t){return e.passwordHash===t}const ${id()}="${k.n('data:image/png;base64,' + pngB64(g, 120))}";export{${id()} as a};
//# sourceMappingURL=index-BkX9a2.js.map
//# debugId=${k.n(g.uuid())}
`;
  }),
  doc(
    'neg-mock-server',
    ['precision', 'code'],
    'test/mocks/handlers.ts',
    (k) => `import { http, HttpResponse } from 'msw';

// All values here are fakes for the mock server.
export const handlers = [
  http.post('/oauth/token', () =>
    HttpResponse.json({ access_token: '${k.n('mock-access-token')}', refresh_token: '${k.n('mock-refresh-token')}', token_type: 'Bearer', expires_in: ${k.n('3600')} }),
  ),
  http.get('/v1/api-keys', () =>
    HttpResponse.json([{ id: '${k.n('key_01')}', prefix: '${k.n('ak_live_')}', last4: '${k.n('9f3c')}', name: 'CI' }]),
  ),
  http.post('/login', async ({ request }) => {
    const { password } = (await request.json()) as { password: string };
    return password === '${k.n('correct-password')}' ? HttpResponse.json({ ok: true }) : new HttpResponse(null, { status: 401 });
  }),
];
`,
  ),
  doc(
    'neg-python-settings-mixed',
    ['precision', 'code', 'defaults-in-code'],
    'app/settings.py',
    (k) => `import os

PASSWORD_HASHERS = ["${k.n('django.contrib.auth.hashers.Argon2PasswordHasher')}", "${k.n('django.contrib.auth.hashers.PBKDF2PasswordHasher')}"]
AUTH_PASSWORD_VALIDATORS = [{"NAME": "${k.n('django.contrib.auth.password_validation.MinimumLengthValidator')}", "OPTIONS": {"min_length": 12}}]
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "${k.tok(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50))}")
PASSWORD_RESET_TIMEOUT = ${k.n('3600')}
SESSION_COOKIE_NAME = "${k.n('__Host-session')}"
CSRF_TRUSTED_ORIGINS = ["https://app.example.org"]
TOKEN_SETTINGS = {"ACCESS_TOKEN_LIFETIME": ${k.n('300')}, "SIGNING_KEY": os.environ["JWT_SIGNING_KEY"], "AUTH_HEADER_TYPES": ("${k.n('Bearer')}",)}
EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD", "")
`,
  ),
  doc(
    'neg-java-constants',
    ['precision', 'code'],
    'src/main/java/org/example/auth/AuthConstants.java',
    (k) => `package org.example.auth;

public final class AuthConstants {
    public static final String PASSWORD_PARAM = "${k.n('password')}";
    public static final String TOKEN_HEADER = "${k.n('X-Auth-Token')}";
    public static final String SECRET_KEY_ALGORITHM = "${k.n('HmacSHA256')}";
    public static final String KEYSTORE_ALIAS = "${k.n('jwt-signing')}";
    public static final String PASSWORD_RESET_PATH = "${k.n('/auth/password/reset')}";
    public static final int TOKEN_TTL_SECONDS = ${k.n('900')};
    public static final String API_KEY_PREFIX = "${k.n('ak_')}";
    // TODO remove: fallback keystore password for local runs
    static final char[] KEYSTORE_PASSWORD = "${tpw(k)}".toCharArray();
    private AuthConstants() {}
}
`,
  ),
  doc(
    'neg-go-config-struct',
    ['precision', 'code'],
    'internal/config/config.go',
    (k) => `package config

type Auth struct {
\tPasswordMinLength int    \`env:"PASSWORD_MIN_LENGTH" envDefault:"${k.n('12')}"\`
\tTokenTTL          string \`env:"TOKEN_TTL" envDefault:"${k.n('15m')}"\`
\tAPIKeyHeader      string \`env:"API_KEY_HEADER" envDefault:"${k.n('X-API-Key')}"\`
\tSecretName        string \`env:"SECRET_NAME" envDefault:"${k.n('prod/auth')}"\`
\tSigningKeyFile    string \`env:"SIGNING_KEY_FILE" envDefault:"${k.n('/etc/auth/signing.pem')}"\`
\tPassword          string \`env:"AUTH_PASSWORD" json:"${k.n('-')}"\`
}

var testAuth = Auth{PasswordMinLength: 4, TokenTTL: "1s", APIKeyHeader: "X-Test", SecretName: "${k.n('test/auth')}", Password: "${k.n('not-a-real-password')}"}

// webhookSecret signs callbacks to the billing service.
const webhookSecret = "${k.tok(tightPw(k.g) + k.g.alnum(12))}"
`,
  ),
  doc(
    'neg-rust-cli',
    ['precision', 'code'],
    'src/cli.rs',
    (k) => `use clap::Parser;

#[derive(Parser)]
pub struct Args {
    /// Read the password from this file instead of the prompt
    #[arg(long = "password-file", value_name = "${k.n('PATH')}")]
    pub password_file: Option<std::path::PathBuf>,
    /// Token to authenticate with (or set HUSH_TOKEN)
    #[arg(long, env = "${k.n('HUSH_TOKEN')}", hide_env_values = true)]
    pub token: Option<String>,
    /// Name of the keyring entry that holds the API key
    #[arg(long, default_value = "${k.n('hush-cli')}")]
    pub keyring_service: String,
}

#[cfg(test)]
mod tests {
    const FIXTURE_TOKEN: &str = "${k.n('test-token-0000')}";
    #[test]
    fn password_file_wins_over_prompt() { assert!(super::Args::try_parse_from(["x", "--token", FIXTURE_TOKEN]).is_ok()); }
}
`,
  ),
  doc(
    'neg-openapi-spec',
    ['precision', 'code', 'http-auth'],
    'api/openapi.yaml',
    (k) => `openapi: 3.0.3
info: { title: Billing API, version: 2.1.0 }
components:
  securitySchemes:
    ApiKeyAuth: { type: apiKey, in: header, name: ${k.n('X-API-Key')} }
    BearerAuth: { type: http, scheme: bearer, bearerFormat: ${k.n('JWT')} }
    OAuth2:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.example.org/oauth/token
          scopes: { billing.read: read }
  schemas:
    ApiKey:
      type: object
      properties:
        id: { type: string, example: ${k.n('key_2Xb9Q')} }
        prefix: { type: string, example: ${k.n('ak_live_')} }
        secret: { type: string, description: Shown once at creation, example: ${k.n('ak_live_xxxxxxxxxxxxxxxxxxxxxxxx')} }
        created: { type: string, format: date-time }
    PasswordChange:
      type: object
      properties:
        currentPassword: { type: string, format: password, example: ${k.n('••••••••')} }
        newPassword: { type: string, format: password, minLength: ${k.n('12')} }
security:
  - ApiKeyAuth: []
servers:
  - url: https://api.example.org/v2
    description: "production (internal testing key for the try-it console: ${k.tok('ak_live_' + k.g.hex(32))})"
`,
  ),
  doc(
    'neg-base64-assets',
    ['precision', 'code'],
    'src/emails/templates.ts',
    (k) => `export const LOGO_PNG = '${k.n(pngB64(k.g, 400))}';
export const RESET_PASSWORD_SUBJECT = '${k.n('Reset your password')}';
export const API_TOKEN_CREATED_SUBJECT = '${k.n('A new API token was created')}';
export const FONT_WOFF2 = '${k.n(woffB64(k.g, 500))}';
// sample payload for previewing templates locally (base64 of a JSON object, no secret)
export const PREVIEW_DATA = '${k.n(b64(JSON.stringify({ name: 'Preview User', resetUrl: 'https://example.org/reset?t=preview' })))}';
`,
  ),
  doc(
    'neg-php-config',
    ['precision', 'code', 'defaults-in-code'],
    'config/services.php',
    (k) => `<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', '${k.n('api.eu.mailgun.net')}'),
    ],
    'passwords' => [
        'users' => ['provider' => '${k.n('users')}', 'table' => '${k.n('password_reset_tokens')}', 'expire' => ${k.n('60')}, 'throttle' => 60],
    ],
    'github' => [
        'client_id' => '${k.n('Iv1.' + k.g.hex(16))}',
        'client_secret' => env('GITHUB_CLIENT_SECRET', '${k.tok(k.g.hex(40))}'),
        'redirect' => '/auth/github/callback',
    ],
    'password_timeout' => ${k.n('10800')},
];
`,
  ),
  doc(
    'neg-shell-completion',
    ['precision', 'code', 'command-line'],
    'completions/hush.bash',
    (k) => `_hush() {
  local cur prev
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
    --password-file|--token-file) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;
    --auth-type) COMPREPLY=( $(compgen -W "${k.n('basic bearer oauth2 none')}" -- "$cur") ); return ;;
    --secret-backend) COMPREPLY=( $(compgen -W "${k.n('vault aws-sm gcp-sm keyring')}" -- "$cur") ); return ;;
  esac
  COMPREPLY=( $(compgen -W "${k.n('--password-file --token-file --auth-type --secret-backend --help')}" -- "$cur") )
}
complete -F _hush hush
`,
  ),
  doc(
    'neg-human-pw-in-fixture',
    ['precision', 'code'],
    'test/fixtures/users.yml',
    (k) => `# seed users for local dev; hashes generated with bcrypt cost 4 (fast tests)
- email: admin@example.test
  password_digest: ${k.n('$2a$04$' + k.g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53))}
- email: viewer@example.test
  password_digest: ${k.n('$2a$04$' + k.g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53))}
# shared demo account on demo.example.org (real, used by sales)
- email: demo@example.org
  password: ${k.pw(humanPw(k.g).replace(/[#&*]/g, '!'))}
`,
  ),
  doc(
    'neg-grpc-metadata-go',
    ['precision', 'code', 'http-auth'],
    'internal/client/auth.go',
    (k) => `package client

import "google.golang.org/grpc/metadata"

const (
\tauthHeader   = "${k.n('authorization')}"
\tapiKeyHeader = "${k.n('x-goog-api-key')}"
\ttokenPrefix  = "${k.n('Bearer ')}"
)

func withAuth(ctx context.Context, token string) context.Context {
\treturn metadata.AppendToOutgoingContext(ctx, authHeader, tokenPrefix+token)
}

// Local debugging against staging.
var stagingToken = "${k.tok(k.g.base64url(43))}"
var stagingKey = "${pv(k, 'google', 'google')}"
`,
  ),
  doc(
    'neg-sql-migrations',
    ['precision', 'code'],
    'db/migrations/20260301_api_keys.sql',
    (k) => `CREATE TABLE api_keys (
  id BIGSERIAL PRIMARY KEY,
  key_prefix VARCHAR(12) NOT NULL,
  key_hash CHAR(64) NOT NULL,
  secret_last4 CHAR(4),
  token_version INT NOT NULL DEFAULT 1,
  password_reset_token_hash CHAR(64),
  created_at TIMESTAMPTZ DEFAULT now()
);
CREATE UNIQUE INDEX api_keys_key_hash_idx ON api_keys (key_hash);
COMMENT ON COLUMN api_keys.key_hash IS '${k.n('sha256 of the full key; the key itself is never stored')}';
INSERT INTO api_keys (key_prefix, key_hash, secret_last4) VALUES ('${k.n('ak_live_')}', '${k.n(sha256(k.g))}', '${k.n('a91f')}');
ALTER ROLE migrator WITH PASSWORD '${tpw(k)}';
`,
  ),
];
