// rw-dev2 look-alikes: prose and code files full of values that sit where secrets sit (after `password:`, in a
// `secret` field, beside a `token` name) and are not secrets: references, placeholders, messages, hashes, ids,
// field names, masked values. Most carry a real credential or two as well, as such files do.
import type { RealWorldDoc } from '../types';
import { doc, F } from '../dev/kit';

export const LOOKALIKE_DOCS2: RealWorldDoc[] = [
  doc(
    'i18n-messages-multilang',
    ['code', 'precision'],
    'src/i18n/auth.json',
    (k) => `{
  "en": {
    "password": "${k.n('Password')}",
    "passwordRepeat": "${k.n('Repeat password')}",
    "passwordTooShort": "${k.n('Your password must be at least 12 characters long.')}",
    "token": "${k.n('Access token')}",
    "apiKey": "${k.n('API key')}",
    "secret": "${k.n('Client secret')}"
  },
  "de": {
    "password": "${k.n('Kennwort')}",
    "passwordRepeat": "${k.n('Kennwort wiederholen')}",
    "passwordTooShort": "${k.n('Das Passwort muss mindestens 12 Zeichen lang sein.')}",
    "token": "${k.n('Zugriffstoken')}"
  },
  "fr": {
    "password": "${k.n('Mot de passe')}",
    "passwordTooShort": "${k.n('Le mot de passe doit contenir au moins 12 caractères.')}"
  },
  "pl": { "password": "${k.n('Hasło')}", "forgot": "${k.n('Nie pamiętasz hasła?')}" },
  "tr": { "password": "${k.n('Şifre')}", "forgot": "${k.n('Şifremi unuttum')}" },
  "ru": { "password": "${k.n('Пароль')}", "forgot": "${k.n('Забыли пароль?')}" },
  "zh": { "password": "${k.n('密码')}", "forgot": "${k.n('忘记密码？')}" },
  "ja": { "password": "${k.n('パスワード')}", "forgot": "${k.n('パスワードをお忘れですか？')}" },
  "ko": { "password": "${k.n('비밀번호')}", "forgot": "${k.n('비밀번호를 잊으셨나요?')}" },
  "it": { "password": "${k.n('Password dimenticata?')}" },
  "nl": { "password": "${k.n('Wachtwoord')}" },
  "pt": { "password": "${k.n('Senha')}", "forgot": "${k.n('Esqueceu a senha?')}" }
}
`,
  ),

  doc(
    'python-env-references',
    ['code', 'precision'],
    'service/settings_prod.py',
    (k) => `import os
from pathlib import Path

DB_PASSWORD = os.environ["${k.n('DB_PASSWORD')}"]
REDIS_PASSWORD = os.getenv("${k.n('REDIS_PASSWORD')}")
SECRET_KEY = Path("/run/secrets/django_key").read_text().strip()
API_TOKEN = get_secret("${k.n('prod/api-token')}")
SMTP_PASSWORD = vault.read("${k.n('secret/data/smtp')}")["data"]["password"]
AWS_SECRET_ACCESS_KEY = None
PASSWORD_RESET_TIMEOUT = 3600
TOKEN_TTL_SECONDS = 900
SESSION_COOKIE_NAME = "${k.n('sessionid')}"
CSRF_HEADER_NAME = "${k.n('HTTP_X_CSRFTOKEN')}"
AUTH_HEADER = "${k.n('X-Auth-Token')}"
PASSWORD_FIELD = "${k.n('password')}"
TOKEN_URL = "${k.n('https://sso.acme.test/oauth2/token')}"
SECRET_NAME = "${k.n('prod/service/db-credentials')}"
KEY_ID = "${k.n(k.g.uuid())}"
# Local override for the ops laptop, removed before release:
# DB_PASSWORD = "${k.hpw()}"
`,
  ),

  doc(
    'js-auth-module-identifiers',
    ['code', 'precision'],
    'src/auth/constants.ts',
    (k) => `export const PASSWORD = '${k.n('password')}';
export const ACCESS_TOKEN = '${k.n('access_token')}';
export const REFRESH_TOKEN_KEY = '${k.n('refreshToken')}';
export const API_KEY_HEADER = '${k.n('X-API-Key')}';
export const SECRET_PARAM = '${k.n('client_secret')}';
export const TOKEN_TYPE = '${k.n('Bearer')}';
export const PASSWORD_PATTERN = ${k.n('/^.{12,128}$/')};
export const TOKEN_STORAGE_KEY = '${k.n('@acme/auth/token')}';
export const SECRET_MANAGER_PREFIX = '${k.n('arn:aws:secretsmanager:eu-west-1:123456789012:secret:')}';
export const PASSWORD_RESET_ROUTE = '${k.n('/account/password/reset')}';
export const GRANT_TYPE = '${k.n('client_credentials')}';
export const AUTH_SCHEME = '${k.n('Basic')}';
export const PASSWORD_MASK = '${k.n('••••••••')}';
export const KEYCLOAK_CLIENT_ID = '${k.n('acme-web')}';
export const TOKEN_AUDIENCE = '${k.n('api://acme-orders')}';
`,
  ),

  doc(
    'hashes-and-ids-in-code',
    ['code', 'precision'],
    'src/migrations/fixtures.ts',
    (k) => `export const ADMIN = {
  id: '${k.n(k.g.uuid())}',
  email: 'admin@acme.test',
  passwordHash: '${k.n(k.raw.bcrypt(k.g))}',
  apiKeyHash: '${k.n(k.g.hex(64))}',
  tokenFingerprint: '${k.n(k.g.hex(40))}',
};

export const SERVICE = {
  id: '${k.n(k.g.uuid())}',
  passwordHash: '${k.n(k.raw.argon2(k.g))}',
  legacyHash: '${k.n(k.raw.shaCrypt(k.g))}',
  ldapHash: '${k.n(k.raw.ssha(k.g))}',
};

export const BUILD = { commit: '${k.n(k.raw.gitSha(k.g))}', integrity: '${k.n(k.raw.integrity(k.g))}' };
export const TENANT_ID = '${k.n(k.g.uuid())}';
export const SUBSCRIPTION_ID = '${k.n(k.g.uuid())}';
export const TRACE_ID = '${k.n(k.g.hex(32))}';
export const NONCE = '${k.n(k.g.base64(24))}';
`,
  ),

  doc(
    'placeholders-in-docs',
    ['prose', 'precision'],
    'docs/configuration.md',
    (k) => `# Configuration

Copy \`config.example.yml\` and fill in your own values:

${F}yaml
database:
  user: ${k.n('<db-user>')}
  password: ${k.n('<db-password>')}
api:
  key: ${k.n('YOUR_API_KEY')}
  secret: ${k.n('${API_SECRET}')}
smtp:
  password: ${k.n('{{ smtp_password }}')}
ldap:
  bind_password: ${k.n('%(LDAP_PASSWORD)s')}
${F}

Or on the command line: \`app --db-password ${k.n('$DB_PASSWORD')} --api-key ${k.n('%API_KEY%')}\`.

- \`password\`: the database password (default: ${k.n('none')})
- \`token\`: leave ${k.n('empty')} to disable
- \`secret\`: must be ${k.n('32+ random bytes')}, e.g. from \`openssl rand -hex 32\`

Example for local development: password \`${k.n('changeme')}\`, token \`${k.n('xxxxxxxxxxxxxxxx')}\`, secret \`${k.n('REPLACE_ME')}\`.

The staging defaults are real and shared by the team: password \`${k.hpw()}\`, token \`${k.tok(k.g.hex(32))}\`.
`,
  ),

  doc(
    'k8s-references-and-public',
    ['code', 'config-syntax', 'precision'],
    'deploy/app/deployment-notes.md',
    (k) => `# Deployment notes

The pod reads every credential by reference:

${F}yaml
env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef: { name: ${k.n('app-db')}, key: ${k.n('password')} }
  - name: API_TOKEN
    value: ${k.n('"$(cat /run/secrets/api-token)"')}
  - name: SIGNING_KEY
    value: ${k.n('vault:secret/data/app#signing_key')}
  - name: OP_SECRET
    value: ${k.n('op://Prod/app/credential')}
  - name: SENTRY_DSN
    value: ${k.n(k.raw.sentryDsn(k.g))}
  - name: STRIPE_PUBLISHABLE_KEY
    value: ${k.n(k.raw.stripePublishable(k.g))}
${F}

Sealed value (safe to commit): \`${k.n('AgB' + k.g.base64(120))}\`
sops value: \`${k.n(k.raw.sopsValue(k.g))}\`

Except for the debug sidecar, which still has \`ADMIN_PASSWORD: ${k.hpw()}\` inline (ticket OPS-912).
`,
  ),

  doc(
    'ansible-vault-and-masked',
    ['prose', 'precision'],
    'docs/ops/secrets-inventory.md',
    (k) => `# Secrets inventory

| Secret | Where | Value |
|---|---|---|
| DB master | Vault \`${k.n('kv/db/master')}\` | ${k.n('********')} |
| API gateway key | SSM \`${k.n('/prod/gw/key')}\` | ${k.n('[REDACTED]')} |
| SMTP | 1Password | ${k.n('<redacted>')} |
| Backup GPG passphrase | offline safe | ${k.n('(not stored)')} |

Encrypted group_vars excerpt:

${F}
db_password: !vault |
  ${k.n(k.raw.ansibleVault(k.g).split('\n').join('\n  '))}
${F}

The masked API key in the gateway UI shows as \`${k.n('gw_****************a9f2')}\`.
`,
  ),

  doc(
    'code-review-comments',
    ['prose', 'precision'],
    'docs/reviews/PR-1432.md',
    (k) => `# PR #1432 review notes

- \`password = input("${k.n('Password: ')}")\` is fine, it's interactive.
- \`token = generate_token()\` — ok.
- \`secret = secrets.token_urlsafe(32)\` — ok, runtime value.
- \`api_key = request.headers.get("${k.n('X-Api-Key')}")\` — ok.
- \`pwd = os.getcwd()\` — rename to \`cwd\`, "pwd" confuses the secret scanner.
- \`key = f"cache:{user_id}:${k.n('profile')}"\` — ok.
- \`auth = "${k.n('oauth2')}"\` — ok.
- \`creds = load_credentials(${k.n('"~/.config/acme/creds.json"')})\` — ok.
- But line 88 hard-codes \`SMTP_PASSWORD = "${k.hpw()}"\` — please remove and rotate.
`,
  ),

  doc(
    'java-i18n-properties-and-enums',
    ['code', 'precision'],
    'src/main/java/com/acme/auth/AuthMessages.java',
    (k) => `package com.acme.auth;

public enum AuthMessages {
    PASSWORD_REQUIRED("${k.n('Password is required')}"),
    PASSWORD_EXPIRED("${k.n('Your password has expired')}"),
    TOKEN_INVALID("${k.n('The token is invalid or expired')}"),
    SECRET_MISMATCH("${k.n('Client secret does not match')}"),
    KEY_REVOKED("${k.n('API key revoked')}");

    private final String text;
    AuthMessages(String text) { this.text = text; }
}

final class Fields {
    static final String PASSWORD = "${k.n('password')}";
    static final String PASSWORD_CONFIRM = "${k.n('passwordConfirm')}";
    static final String SECRET = "${k.n('clientSecret')}";
    static final String TOKEN = "${k.n('accessToken')}";
}
`,
  ),

  doc(
    'go-config-struct-tags',
    ['code', 'precision'],
    'internal/config/config.go',
    (k) => `package config

type Config struct {
	DBPassword  string \`env:"${k.n('DB_PASSWORD')}" json:"${k.n('db_password')}"\`
	APIToken    string \`env:"${k.n('API_TOKEN')}" json:"${k.n('api_token')}"\`
	SecretKey   string \`env:"${k.n('SECRET_KEY')}" yaml:"${k.n('secret_key')}"\`
	PasswordMin int    \`env:"PASSWORD_MIN" envDefault:"12"\`
}

var defaults = Config{
	DBPassword: "",
	APIToken:   os.Getenv("${k.n('API_TOKEN')}"),
	SecretKey:  "${k.tok(k.g.hex(64))}", // TODO(ops): remove the shared dev key
}
`,
  ),

  doc(
    'csharp-resx-like',
    ['code', 'precision'],
    'src/Acme.Web/Resources/Login.resx.txt',
    (k) => `<data name="Password" xml:space="preserve"><value>${k.n('Passwort')}</value></data>
<data name="PasswordHint" xml:space="preserve"><value>${k.n('Mindestens 12 Zeichen')}</value></data>
<data name="Token" xml:space="preserve"><value>${k.n('Sicherheitstoken')}</value></data>
<data name="ApiKey" xml:space="preserve"><value>${k.n('API-Schlüssel')}</value></data>
<data name="SecretQuestion" xml:space="preserve"><value>${k.n('Name Ihres ersten Haustiers?')}</value></data>
`,
  ),
  doc(
    'env-var-reference-table',
    ['prose', 'precision'],
    'docs/env-vars.md',
    (k) => `# Environment variables

| Name | Required | Example | Notes |
|---|---|---|---|
| \`DB_PASSWORD\` | yes | \`${k.n('s3cr3t')}\` | any string |
| \`DB_PASSWORD_FILE\` | no | \`${k.n('/run/secrets/db_password')}\` | wins over \`DB_PASSWORD\` |
| \`API_KEY\` | yes | \`${k.n('<your key>')}\` | from the partner portal |
| \`API_SECRET\` | yes | \`${k.n('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}\` | 32 characters |
| \`JWT_SECRET\` | yes | \`${k.n('$(openssl rand -base64 32)')}\` | generate one |
| \`SMTP_PASS\` | no | \`${k.n('your_password_here')}\` | |
| \`REDIS_AUTH\` | no | \`${k.n('none')}\` | |
| \`OAUTH_CLIENT_ID\` | yes | \`${k.n(k.g.uuid())}\` | public |
| \`OAUTH_CLIENT_SECRET\` | yes | \`${k.n('<client-secret>')}\` | |
| \`WEBHOOK_TOKEN\` | no | \`${k.n('${WEBHOOK_TOKEN}')}\` | |
| \`ENCRYPTION_KEY\` | yes | \`${k.n('0000000000000000000000000000000000000000000000000000000000000000')}\` | 64 hex chars |
| \`ADMIN_PASSWORD\` | no | \`${k.n('admin')}\` | first boot only |
`,
  ),

  doc(
    'php-ruby-lookalikes',
    ['code', 'precision'],
    'app/Http/Controllers/AuthController.php',
    (k) => `<?php

class AuthController extends Controller
{
    public function login(Request $request)
    {
        $password = $request->input('${k.n('password')}');
        $token = $request->bearerToken();
        $secret = config('${k.n('services.partner.secret')}');
        $key = 'user:' . $request->user()->id . ':${k.n('session')}';
        $pwd = getenv('${k.n('LEGACY_PWD')}');
        $hash = password_hash($password, PASSWORD_ARGON2ID);
        if (!Hash::check($password, '${k.n(k.raw.bcrypt(k.g))}')) {
            return back()->withErrors(['password' => __('${k.n('auth.password')}')]);
        }
        $apiKey = env('${k.n('PARTNER_API_KEY')}', '${k.n('none')}');
        return redirect('/');
    }
}
`,
  ),

  doc(
    'shell-history-lookalikes',
    ['code', 'command-line', 'precision'],
    'notes/useful-commands.md',
    (k) => `# Useful commands

${F}bash
# generate a password (run it, don't paste the output here)
openssl rand -base64 24
pwgen -s 20 1
# read the DB password from vault
export PGPASSWORD=$(vault kv get -field=password ${k.n('secret/db/app')})
# rotate
aws secretsmanager rotate-secret --secret-id ${k.n('prod/app/db')}
kubectl create secret generic app-db --from-literal=password=${k.n('"$NEW_PASSWORD"')}
# check a token's claims (sample from jwt.io)
echo ${k.n(k.raw.JWT_IO_SAMPLE)} | cut -d. -f2 | base64 -d
# AWS docs example keys
aws configure set aws_access_key_id ${k.n(k.raw.AWS_EXAMPLE_ID)}
aws configure set aws_secret_access_key ${k.n(k.raw.AWS_EXAMPLE_SECRET)}
${F}
`,
  ),
];
