// rw-held-out2 precision: documents full of look-alikes that the labelling policy says are not secrets.
import type { RealWorldDoc } from '../types';
import { F, hdoc } from './proseKit';

export const PROSE_PRECISION_DOCS: RealWorldDoc[] = [
  hdoc(
    'i18n-password-strings-json',
    ['precision'],
    'src/locales/messages.json',
    (k) => `{
  "de": { "login.password": "${k.n('Passwort')}", "login.forgot": "${k.n('Passwort vergessen?')}", "login.error": "${k.n('Benutzername oder Kennwort ist falsch')}", "token.expired": "${k.n('Ihr Zugangstoken ist abgelaufen')}" },
  "fr": { "login.password": "${k.n('Mot de passe')}", "login.forgot": "${k.n('Mot de passe oublié ?')}", "login.error": "${k.n('Identifiant ou mot de passe incorrect')}", "token.expired": "${k.n('Votre jeton a expiré')}" },
  "es": { "login.password": "${k.n('Contraseña')}", "login.forgot": "${k.n('¿Olvidaste tu contraseña?')}", "login.error": "${k.n('Usuario o contraseña incorrectos')}", "token.expired": "${k.n('Tu token ha caducado')}" },
  "pt": { "login.password": "${k.n('Senha')}", "login.forgot": "${k.n('Esqueceu a senha?')}", "login.error": "${k.n('Usuário ou senha inválidos')}" },
  "it": { "login.password": "${k.n('Password')}", "login.forgot": "${k.n('Password dimenticata?')}", "login.error": "${k.n('Nome utente o password errati')}" },
  "nl": { "login.password": "${k.n('Wachtwoord')}", "login.forgot": "${k.n('Wachtwoord vergeten?')}" },
  "pl": { "login.password": "${k.n('Hasło')}", "login.forgot": "${k.n('Nie pamiętasz hasła?')}" },
  "ru": { "login.password": "${k.n('Пароль')}", "login.forgot": "${k.n('Забыли пароль?')}", "token.expired": "${k.n('Срок действия токена истёк')}" },
  "uk": { "login.password": "${k.n('Пароль')}", "login.forgot": "${k.n('Забули пароль?')}" },
  "tr": { "login.password": "${k.n('Şifre')}", "login.forgot": "${k.n('Şifremi unuttum')}" },
  "zh": { "login.password": "${k.n('密码')}", "login.forgot": "${k.n('忘记密码？')}", "token.expired": "${k.n('令牌已过期')}" },
  "ja": { "login.password": "${k.n('パスワード')}", "login.forgot": "${k.n('パスワードをお忘れですか？')}" },
  "ko": { "login.password": "${k.n('비밀번호')}", "login.forgot": "${k.n('비밀번호를 잊으셨나요?')}" },
  "hi": { "login.password": "${k.n('पासवर्ड')}", "login.forgot": "${k.n('पासवर्ड भूल गए?')}" },
  "ar": { "login.password": "${k.n('كلمة المرور')}", "login.forgot": "${k.n('هل نسيت كلمة المرور؟')}" },
  "vi": { "login.password": "${k.n('Mật khẩu')}", "login.forgot": "${k.n('Quên mật khẩu?')}" },
  "id": { "login.password": "${k.n('Kata sandi')}", "login.forgot": "${k.n('Lupa kata sandi?')}" }
}
`,
  ),

  hdoc(
    'vendor-docs-example-keys',
    ['precision', 'prose'],
    'docs/vendor/aws-getting-started.md',
    (k) => `# Getting started with the AWS CLI

Run \`aws configure\` and enter your keys. The values below are the documentation examples and do not work:

${F}
AWS Access Key ID [None]: ${k.n('AKIAIOSFODNN7EXAMPLE')}
AWS Secret Access Key [None]: ${k.n('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}
Default region name [None]: us-west-2
Default output format [None]: json
${F}

A temporary credential additionally has a session token (\`${k.n('AQoDYXdzEJr...<remainder of security token>')}\`).

A JWT looks like this (the jwt.io sample):
\`${k.n('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')}\`

Stripe test cards such as \`${k.n('4242 4242 4242 4242')}\` are public.
`,
  ),

  hdoc(
    'env-example-placeholders',
    ['precision', 'config-syntax'],
    '.env.example',
    (k) => `# Copy to .env and fill in. Never commit .env.
APP_ENV=local
APP_KEY=${k.n('')}
DB_HOST=127.0.0.1
DB_USERNAME=app
DB_PASSWORD=${k.n('changeme')}
REDIS_PASSWORD=${k.n('null')}
MAIL_PASSWORD=${k.n('<your-mailtrap-password>')}
STRIPE_KEY=${k.n('pk_test_xxxxxxxxxxxxxxxxxxxxxxxx')}
STRIPE_SECRET=${k.n('sk_test_xxxxxxxxxxxxxxxxxxxxxxxx')}
GITHUB_TOKEN=${k.n('ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX')}
OPENAI_API_KEY=${k.n('sk-...')}
SENTRY_DSN=${k.n('https://public@sentry.example.com/1')}
JWT_SECRET=${k.n('${JWT_SECRET}')}
AWS_SECRET_ACCESS_KEY=${k.n('your-secret-access-key')}
SLACK_WEBHOOK_URL=${k.n('https://hooks.slack.com/services/XXX/YYY/ZZZ')}
`,
  ),

  hdoc(
    'changelog-shas-and-hashes',
    ['precision'],
    'CHANGELOG.md',
    (k) => `# Changelog

## [3.4.1] - 2026-02-28
### Fixed
- Token refresh no longer loops when the refresh token is revoked (${k.n(k.V.gitSha(k.g).slice(0, 7))}).
- \`PasswordField\` keeps focus after validation errors (#${k.g.digits(4)}, ${k.n(k.V.gitSha(k.g))}).

## [3.4.0] - 2026-02-10
### Security
- Passwords are now hashed with argon2id, e.g. \`${k.n(`$argon2id$v=19$m=65536,t=3,p=4$${k.g.base64(22)}$${k.g.base64(43)}`)}\`.
- Removed the hard-coded \`DEFAULT_SECRET\` constant; \`SECRET_KEY\` must now be set (see docs).

### Checksums
| File | SHA-256 |
|---|---|
| app-3.4.0-linux-x64.tar.gz | ${k.n(k.V.sha256(k.g))} |
| app-3.4.0-win-x64.zip | ${k.n(k.V.sha256(k.g))} |
| app-3.4.0-macos-arm64.dmg | ${k.n(k.V.sha256(k.g))} |
`,
  ),

  hdoc(
    'lockfile-integrity-excerpt',
    ['precision'],
    'package-lock.excerpt.json',
    (k) => `{
  "node_modules/jsonwebtoken": {
    "version": "9.0.2",
    "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
    "integrity": "${k.n(`sha512-${k.g.base64(86)}==`)}"
  },
  "node_modules/passport-local": {
    "version": "1.0.0",
    "resolved": "https://registry.npmjs.org/passport-local/-/passport-local-1.0.0.tgz",
    "integrity": "${k.n(`sha512-${k.g.base64(86)}==`)}"
  },
  "node_modules/bcryptjs": {
    "version": "2.4.3",
    "resolved": "https://registry.npmjs.org/bcryptjs/-/bcryptjs-2.4.3.tgz",
    "integrity": "${k.n(`sha1-${k.g.base64(27)}=`)}"
  },
  "node_modules/secret-stack": {
    "version": "6.4.2",
    "integrity": "${k.n(`sha512-${k.g.base64(86)}==`)}"
  }
}
`,
  ),

  hdoc(
    'helm-values-refs-only',
    ['precision', 'config-syntax'],
    'charts/api/values.yaml',
    (k) => `image:
  repository: registry.acme.dev/api
  tag: "3.4.1"
  digest: ${k.n(`sha256:${k.V.sha256(k.g)}`)}
env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef: { name: ${k.n('api-db')}, key: password }
  - name: STRIPE_SECRET_KEY
    valueFrom:
      secretKeyRef: { name: ${k.n('api-stripe')}, key: secret-key }
  - name: JWT_SECRET
    value: ${k.n('"{{ .Values.jwtSecret }}"')}
  - name: OTEL_TRACE_ID_RATIO
    value: "0.1"
externalSecrets:
  - key: ${k.n('vault:secret/data/api#db_password')}
  - key: ${k.n('op://Production/api/stripe-secret')}
podAnnotations:
  checksum/config: ${k.n(k.V.sha256(k.g))}
`,
  ),

  hdoc(
    'security-policy-password-rules-de',
    ['precision', 'prose'],
    'docs/richtlinien/passwortrichtlinie.md',
    (k) => `# Passwortrichtlinie

1. Ein Passwort muss mindestens 14 Zeichen lang sein.
2. Beispiele für **schlechte** Passwörter: ${k.n('Passwort123')}, ${k.n('Sommer2024')}, ${k.n('qwertz')}. Solche Passwörter werden vom System abgelehnt.
3. Verwenden Sie einen Passwortmanager (KeePassXC, Bitwarden). Das Master-Passwort wird niemals notiert.
4. Passwörter werden als Hash gespeichert (bcrypt, Kostenfaktor 12), z. B. \`${k.n(k.V.bcrypt(k.g))}\`.
5. Im Formular heißen die Felder „${k.n('Altes Passwort')}“, „${k.n('Neues Passwort')}“ und „${k.n('Neues Passwort bestätigen')}“.
6. Maskierte Anzeige in Protokollen: \`password=${k.n('********')}\`, \`token=${k.n('[REDACTED]')}\`.
`,
  ),

  hdoc(
    'public-config-firebase-sentry',
    ['precision', 'code'],
    'web/src/config.public.ts',
    (k) => `// Public client configuration. These identifiers ship to every browser and are not secrets.
export const firebaseConfig = {
  apiKey: '${k.n(`AIza${k.g.base64url(35)}`)}',
  authDomain: 'acme-web.firebaseapp.com',
  projectId: 'acme-web',
  storageBucket: 'acme-web.appspot.com',
  messagingSenderId: '${k.n(k.g.digits(12))}',
  appId: '${k.n(`1:${k.g.digits(12)}:web:${k.g.hex(22)}`)}',
};
export const sentryDsn = '${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.de.sentry.io/${k.g.digits(16)}`)}';
export const stripePublishableKey = '${k.n(`pk_live_${k.g.alnum(99)}`)}';
export const algoliaSearchOnlyKey = '${k.n(k.g.hex(32))}';
export const googleOAuthClientId = '${k.n(`${k.g.digits(12)}-${k.g.lower(32)}.apps.googleusercontent.com`)}';
export const mapboxPublicToken = '${k.n(`pk.eyJ1IjoiYWNtZSIsImEiOiJ${k.g.base64url(20)}In0.${k.g.base64url(22)}`)}';
`,
  ),

  hdoc(
    'trace-log-random-ids',
    ['precision', 'logs-and-output'],
    'logs/api-trace.log',
    (k) => `ts=2026-03-10T08:00:01Z level=info msg="request" trace_id=${k.n(k.g.hex(32))} span_id=${k.n(k.g.hex(16))} path=/v1/login status=200
ts=2026-03-10T08:00:01Z level=info msg="session created" session_hash=${k.n(k.V.sha256(k.g))} user_id=${k.n(k.g.uuid())}
ts=2026-03-10T08:00:02Z level=debug msg="csp" nonce=${k.n(k.g.base64(24))}
ts=2026-03-10T08:00:02Z level=info msg="password check" result=ok password=${k.n('***')} attempts=1
ts=2026-03-10T08:00:03Z level=info msg="cache" key=${k.n(`user:${k.g.hex(12)}:profile`)} etag=${k.n(k.g.hex(40))}
ts=2026-03-10T08:00:04Z level=warn msg="token invalid" reason=expired token_id=${k.n(`tok_${k.g.alnum(16)}`)}
ts=2026-03-10T08:00:05Z level=info msg="upload" object=${k.n(`uploads/${k.g.hex(64)}.png`)} bytes=20411
`,
  ),

  hdoc(
    'ssh-public-keys-known-hosts',
    ['precision', 'prose'],
    'docs/access/authorized-keys.md',
    (k) => `# Who has access to the bastion

| Person | Key |
|---|---|
| Ana | \`${k.n(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${k.g.base64(43)} ana@laptop`)}\` |
| Bruno | \`${k.n(`ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${k.g.base64(500)} bruno@work`)}\` |
| CI | \`${k.n(`ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${k.g.base64(86)}= ci@runner`)}\` |

Host key fingerprint (verify on first connect): \`${k.n(`SHA256:${k.g.base64(43)}`)}\`

${F}
-----BEGIN PUBLIC KEY-----
${k.n(`MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${k.g.base64(320)}IDAQAB`)}
-----END PUBLIC KEY-----
${F}
Private keys never leave your machine; use \`ssh-add -K\` with a passphrase.
`,
  ),

  hdoc(
    'ansible-vault-sops-blobs',
    ['precision', 'config-syntax'],
    'group_vars/prod/vault.yml',
    (k) => `$ANSIBLE_VAULT;1.1;AES256
${k.n([k.g.hex(80), k.g.hex(80), k.g.hex(80), k.g.hex(80), k.g.hex(80), k.g.hex(40)].join('\n'))}
# sops-encrypted sibling (secrets.enc.yaml), excerpt:
# db_password: ${k.n(`ENC[AES256_GCM,data:${k.g.base64(24)},iv:${k.g.base64(43)}=,tag:${k.g.base64(22)}==,type:str]`)}
# sops:
#   age:
#     - recipient: ${k.n(`age1${k.g.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`)}
`,
  ),

  hdoc(
    'css-html-hashes-data-uris',
    ['precision', 'code'],
    'web/dist/index.html',
    (k) => `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="csrf-param" content="authenticity_token">
<link rel="stylesheet" href="/assets/app-${k.n(k.g.hex(20))}.css" integrity="${k.n(`sha384-${k.g.base64(64)}`)}" crossorigin="anonymous">
<script nonce="${k.n(k.g.base64(22))}" src="/assets/main.${k.n(k.g.hex(8))}.js"></script>
</head>
<body>
<form action="/login" method="post">
  <label for="pw">${k.n('Passwort')}</label>
  <input id="pw" type="password" name="password" placeholder="${k.n('Ihr Passwort')}" autocomplete="current-password">
  <input type="hidden" name="state" value="${k.n(k.g.base64url(32))}">
  <img alt="" src="data:image/png;base64,${k.n(`iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${k.g.base64(120)}AAAAASUVORK5CYII=`)}">
</form>
<div class="css-${k.n(k.g.lower(6))} sc-${k.n(k.g.alnum(6))}">Anmelden</div>
</body>
</html>
`,
  ),

  hdoc(
    'runbook-refs-not-values',
    ['precision', 'command-line', 'prose'],
    'docs/runbooks/rotate-db-password.md',
    (k) => `# Rotating the database password

1. Generate a new password: \`openssl rand -base64 24\` (do not paste it anywhere).
2. Store it: \`vault kv put secret/db/prod password=${k.n('"$NEW_PW"')}\`
3. Update the role: \`psql -c "ALTER ROLE app WITH PASSWORD '${k.n('$NEW_PW')}'"\`
4. Restart the app: \`kubectl rollout restart deploy/api -n prod\`
5. Verify the app reads \`${k.n('{{resolve:secretsmanager:prod/db:SecretString:password}}')}\` (CloudFormation) or \`${k.n('${{ secrets.DB_PASSWORD }}')}\` (CI).

The old value in the audit log appears as \`password=${k.n('<redacted>')}\`. In the PowerShell version use \`${k.n('$env:DB_PASSWORD')}\` and in batch \`${k.n('%DB_PASSWORD%')}\`.
Example connection string from the docs: \`postgres://app:${k.n('<password>')}@db:5432/app\`.
`,
  ),

  hdoc(
    'uuid-heavy-terraform-output',
    ['precision', 'logs-and-output'],
    'notes/terraform-output.txt',
    (k) => `Apply complete! Resources: 4 added, 0 changed, 0 destroyed.

Outputs:

subscription_id = "${k.n(k.g.uuid())}"
tenant_id = "${k.n(k.g.uuid())}"
client_id = "${k.n(k.g.uuid())}"
client_secret = ${k.n('<sensitive>')}
storage_account_key = ${k.n('<sensitive>')}
resource_group_id = "/subscriptions/${k.n(k.g.uuid())}/resourceGroups/rg-prod"
key_vault_uri = "https://kv-acme-prod.vault.azure.net/"
object_id = "${k.n(k.g.uuid())}"
`,
  ),

  hdoc(
    'chat-discussing-token-formats',
    ['precision', 'prose'],
    'exports/slack/security-questions.txt',
    (k) => `Noor Haddad  11:02
quick q: how do I tell a GitHub classic token from a fine-grained one?
Elif Şahin  11:04
classic ones start with ${k.n('ghp_')}, fine-grained with ${k.n('github_pat_')}. Slack bot tokens are ${k.n('xoxb-')}, user tokens ${k.n('xoxp-')}.
Noor Haddad  11:05
and AWS?
Elif Şahin  11:06
key ids start with AKIA (long-term) or ASIA (temporary), like the doc example ${k.n('AKIAIOSFODNN7EXAMPLE')}. The secret is 40 chars. Never paste either here 🙂
Noor Haddad  11:07
what does the scanner show when it finds one?
Elif Şahin  11:08
something like \`${k.n('ghp_****************************abcd')}\` — masked. The password column in the report is always ${k.n('••••••')}.
`,
  ),

  hdoc(
    'spreadsheet-no-secrets-inventory',
    ['precision', 'prose'],
    'docs/inventory.csv',
    (k) => `Hostname,IP,OS,Serial,MAC,Owner,Password location
fw-01,10.0.0.1,FortiOS 7.4,${k.n(`FGT60F${k.g.upper(2)}${k.g.digits(8)}`)},${k.n('00:09:0f:aa:12:01')},network,${k.n('KeePass: Netzwerk/fw-01')}
sw-core,10.0.0.2,IOS-XE 17.9,${k.n(`FOC${k.g.digits(4)}${k.g.upper(4)}`)},${k.n('a4:4c:11:22:33:44')},network,${k.n('KeePass: Netzwerk/sw-core')}
nas-01,10.0.1.10,DSM 7.2,${k.n(`${k.g.digits(4)}PCN${k.g.digits(6)}`)},${k.n('00:11:32:ab:cd:ef')},it,${k.n('Bitwarden: NAS')}
esx-01,10.0.2.11,ESXi 8.0,${k.n(`CZ${k.g.digits(8)}`)},${k.n('3c:a8:2a:01:02:03')},it,${k.n('see vault: secret/esx')}
`,
  ),
];
