// rw-dev: files full of things that look like secrets and are not (i18n, UI code, hashes, lockfiles, public ids,
// references, templates, encrypted blobs), some with a real secret among them.
import type { RealWorldDoc } from '../types';
import { doc, F, type Kit } from './kit';

const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');

const i18n = (k: Kit, entries: [string, string][]) => `{\n${entries.map(([key, v]) => `  "${key}": "${k.n(v)}"`).join(',\n')}\n}\n`;

export const PRECISION_DOCS: RealWorldDoc[] = [
  doc('i18n-en', ['precision'], 'src/locales/en/auth.json', (k) =>
    i18n(k, [
      ['login.title', 'Sign in to your account'],
      ['login.username', 'Username'],
      ['login.password', 'Password'],
      ['login.passwordPlaceholder', 'Enter your password'],
      ['login.forgot', 'Forgot password?'],
      ['login.submit', 'Sign in'],
      ['errors.invalidPassword', 'Invalid username or password'],
      ['errors.passwordTooShort', 'Password must be at least 12 characters'],
      ['errors.passwordMismatch', 'Passwords do not match'],
      ['reset.newPassword', 'New password'],
      ['reset.confirmPassword', 'Confirm new password'],
      ['settings.apiKey', 'API key'],
      ['settings.apiKeyHelp', 'Your API key gives full access to your account. Keep it secret.'],
      ['settings.regenerate', 'Regenerate token'],
      ['settings.secret', 'Secret'],
      ['settings.tokenExpired', 'Your session token has expired. Please sign in again.'],
      ['settings.twoFactorSecret', 'Scan the QR code or enter the secret manually'],
    ]),
  ),

  doc(
    'i18n-multi',
    ['precision', 'prose'],
    'src/locales/auth.i18n.yml',
    (k) => `de:
  password: "${k.n('Passwort')}"
  password_forgot: "${k.n('Passwort vergessen?')}"
  password_hint: "${k.n('Bitte geben Sie Ihr Kennwort ein')}"
fr:
  password: "${k.n('Mot de passe')}"
  password_forgot: "${k.n('Mot de passe oublié ?')}"
  password_hint: "${k.n('Saisissez votre mot de passe')}"
es:
  password: "${k.n('Contraseña')}"
  password_forgot: "${k.n('¿Olvidaste tu contraseña?')}"
pt:
  password: "${k.n('Senha')}"
  password_forgot: "${k.n('Esqueceu sua senha?')}"
ru:
  password: "${k.n('Пароль')}"
  password_forgot: "${k.n('Забыли пароль?')}"
zh:
  password: "${k.n('密码')}"
  password_forgot: "${k.n('忘记密码？')}"
ja:
  password: "${k.n('パスワード')}"
  password_forgot: "${k.n('パスワードをお忘れですか？')}"
ko:
  password: "${k.n('비밀번호')}"
  password_forgot: "${k.n('비밀번호를 잊으셨나요?')}"
nl:
  password: "${k.n('Wachtwoord')}"
pl:
  password: "${k.n('Hasło')}"
  password_forgot: "${k.n('Nie pamiętasz hasła?')}"
`,
  ),

  doc(
    'react-login-form',
    ['precision', 'code'],
    'web/src/components/LoginForm.tsx',
    (k) => `import { useState } from 'react';
import { useAuth } from '../auth';

const PASSWORD_MIN = 12;

export function LoginForm() {
  const { login } = useAuth();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (password.length < PASSWORD_MIN) return setError('${k.n('Password must be at least 12 characters')}');
    try {
      await login({ username, password });
    } catch {
      setError('${k.n('Invalid username or password')}');
    }
  }

  return (
    <form onSubmit={onSubmit} autoComplete="on">
      <label htmlFor="username">Username</label>
      <input id="username" name="username" value={username} onChange={(e) => setUsername(e.target.value)} />
      <label htmlFor="password">Password</label>
      <input
        id="${k.n('password')}"
        name="${k.n('password')}"
        type="password"
        autoComplete="current-password"
        placeholder="${k.n('••••••••')}"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      {error && <p role="alert">{error}</p>}
      <button type="submit">Sign in</button>
    </form>
  );
}
`,
  ),

  doc(
    'html-login-page',
    ['precision'],
    'templates/login.html',
    (k) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-${k.n(k.g.base64(22))}'">
  <meta name="csrf-token" content="${k.u(k.g.base64(43))}">
  <title>Sign in · Acme</title>
  <link rel="stylesheet" href="/assets/app.${k.n(k.g.hex(8))}.css" integrity="${k.n(`sha384-${k.g.base64(64)}`)}" crossorigin="anonymous">
  <script nonce="${k.n(k.g.base64(22))}" src="https://maps.googleapis.com/maps/api/js?key=${k.n(k.raw.googleBrowserKey(k.g))}&callback=initMap" defer></script>
</head>
<body>
  <form method="post" action="/login">
    <input type="hidden" name="_csrf" value="${k.u(k.g.base64url(43))}">
    <label for="email">Email</label>
    <input type="email" id="email" name="email" required>
    <label for="password">Password</label>
    <input type="password" id="password" name="password" minlength="12" required placeholder="${k.n('Your password')}">
    <a href="/password/reset">Forgot your password?</a>
    <button type="submit">Sign in</button>
  </form>
  <img alt="" src="data:image/png;base64,${k.n(`iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${k.g.base64(120)}`)}">
</body>
</html>
`,
  ),

  doc('package-lock-fragment', ['precision'], 'package-lock.json', (k) => {
    const pkgs = ['express', 'body-parser', 'cookie', 'debug', 'ms', 'qs', 'send', 'jsonwebtoken', 'bcryptjs', 'dotenv', 'passport', 'passport-local', 'pg', 'redis', 'uuid'];
    return `{
  "name": "orders-api",
  "version": "2.14.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
${pkgs
  .map(
    (p) => `    "node_modules/${p}": {
      "version": "${Number(k.g.digits(1)) + 1}.${k.g.digits(1)}.${k.g.digits(1)}",
      "resolved": "https://registry.npmjs.org/${p}/-/${p}-1.0.0.tgz",
      "integrity": "${k.n(k.raw.integrity(k.g))}"
    }`,
  )
  .join(',\n')}
  }
}
`;
  }),

  doc(
    'yarn-go-sum',
    ['precision'],
    'docs/dependency-audit-2024-05.md',
    (k) => `# Dependency audit 2024-05

yarn.lock entries checked:

${F}
${lines(
  6,
  () => `"${k.g.pick(['lodash', 'axios', 'chalk', 'semver', 'minimist', 'yaml'])}@^4.0.0":
  version "4.${k.g.digits(1)}.${k.g.digits(1)}"
  resolved "https://registry.yarnpkg.com/pkg/-/pkg-4.0.0.tgz#${k.n(k.g.hex(40))}"
  integrity ${k.n(k.raw.integrity(k.g))}`,
)}
${F}

go.sum:

${F}
${lines(8, (i) => `github.com/acme/mod${i} v1.${i}.0 h1:${k.n(k.g.base64(43) + '=')}`)}
${F}

Cargo.lock:

${F}
${lines(5, (i) => `[[package]]\nname = "crate${i}"\nversion = "0.${i}.3"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${k.n(k.g.hex(64))}"`)}
${F}
`,
  ),

  doc(
    'git-log-output',
    ['precision', 'logs-and-output'],
    'docs/release/2.14.1-changes.txt',
    (k) => `Changes in 2.14.1 (git log --format='%H %s' v2.14.0..v2.14.1)

${lines(14, () => `${k.n(k.raw.gitSha(k.g))} ${k.g.pick(['fix: retry on 409', 'chore: bump deps', 'feat: export csv', 'fix(auth): rotate session token on login', 'docs: password policy', 'refactor: move secret handling to vault client', 'test: api key header'])}`)}

Change-Id: I${k.n(k.g.hex(40))}
Reviewed-on: https://gerrit.acme.io/c/api/+/${k.n(k.g.digits(5))}
Signed-off-by: Dana Li <dana@acme.example>
`,
  ),

  doc(
    'users-seed-hashes',
    ['precision', 'config-syntax'],
    'db/seeds/002_users.sql',
    (k) => `-- Seed users for the demo environment. Hashes only; the demo passwords are handed out by support.
INSERT INTO users (id, email, password_hash, role, api_token_hash) VALUES
${lines(
  8,
  (i) => `  ('${k.n(k.g.uuid())}', 'user${i}@demo.acme.example', '${k.n(k.g.pick([k.raw.bcrypt, k.raw.argon2, k.raw.shaCrypt])(k.g))}', '${k.g.pick(['admin', 'member', 'viewer'])}', '${k.n(k.g.hex(64))}')`,
)
  .replace(/\n/g, ',\n')
  .replace(/,\n(?=[^,]*$)/, ',\n')};
-- old md5 passwords kept for migration
UPDATE legacy_users SET pw_md5 = '${k.n(k.g.hex(32))}' WHERE id = 1;
`,
  ),

  doc(
    'shadow-hardening-doc',
    ['precision', 'prose'],
    'docs/security/linux-hardening.md',
    (k) => `# Linux hardening notes

Lock accounts that must never log in with a password:

${F}
sudo passwd -l www-data
sudo usermod -p '!' backup
${F}

/etc/shadow after the change looks like this (hashes shortened in the audit report, these are full):

${F}
root:${k.n(k.raw.shaCrypt(k.g))}:19800:0:99999:7:::
deploy:${k.n(k.raw.shaCrypt(k.g))}:19810:0:99999:7:::
www-data:*:19700:0:99999:7:::
backup:!:19700:0:99999:7:::
${F}

LDAP entries store \`userPassword: ${k.n(k.raw.ssha(k.g))}\`. Samba NT hashes look like \`${k.n(k.g.chars('0123456789ABCDEF', 32))}\`.
None of these is a password; do not rotate because of them.
`,
  ),

  doc(
    'firebase-public-config',
    ['precision', 'code'],
    'web/src/firebase.ts',
    (k) => `import { initializeApp } from 'firebase/app';
import * as Sentry from '@sentry/browser';
import algoliasearch from 'algoliasearch/lite';
import { loadStripe } from '@stripe/stripe-js';

// Public by design: these identify the project, access is enforced by security rules.
const firebaseConfig = {
  apiKey: '${k.n(k.raw.googleBrowserKey(k.g))}',
  authDomain: 'acme-shop-prod.firebaseapp.com',
  projectId: 'acme-shop-prod',
  storageBucket: 'acme-shop-prod.appspot.com',
  messagingSenderId: '${k.n(k.g.digits(12))}',
  appId: '1:${k.n(k.g.digits(12))}:web:${k.n(k.g.hex(22))}',
  measurementId: 'G-${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10))}',
};

export const app = initializeApp(firebaseConfig);
Sentry.init({ dsn: '${k.n(k.raw.sentryDsn(k.g))}', tracesSampleRate: 0.1 });
export const search = algoliasearch('${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10))}', '${k.n(k.g.hex(32))}'); // search-only key
export const stripe = loadStripe('${k.n(k.raw.stripePublishable(k.g))}');
export const MAPBOX_PUBLIC = '${k.n(`pk.${k.raw.b64url(JSON.stringify({ u: 'acme', a: k.g.alnum(25) }))}.${k.g.base64url(22)}`)}';
`,
  ),

  doc(
    'oauth-client-ids',
    ['precision', 'config-syntax'],
    'config/oauth.yml',
    (k) => `# OAuth apps (ids only; secrets come from the vault)
providers:
  google:
    client_id: ${k.n(`${k.g.digits(12)}-${k.g.lower(32)}.apps.googleusercontent.com`)}
    client_secret: \${GOOGLE_CLIENT_SECRET}
  github:
    client_id: ${k.n(`Iv1.${k.g.hex(16)}`)}
    app_id: ${k.n(k.g.digits(6))}
    client_secret: "{{ vault:secret/oauth/github#client_secret }}"
  azure:
    client_id: ${k.n(k.g.uuid())}
    tenant_id: ${k.n(k.g.uuid())}
    client_secret: ${k.n('op://Platform/azure-oauth/client-secret')}
  okta:
    issuer: https://acme.okta.com/oauth2/default
    client_id: ${k.n(`0oa${k.g.alnum(17)}`)}
    client_secret: ${k.prov('okta', 'Okta API token')}
azure:
  subscription_id: ${k.n(k.g.uuid())}
  resource_group: rg-platform
`,
  ),

  doc(
    'jwks-public',
    ['precision'],
    'public/.well-known/jwks.json',
    (k) => `{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "${k.n(k.g.hex(16))}",
      "alg": "RS256",
      "n": "${k.n(k.g.base64url(342))}",
      "e": "AQAB"
    },
    {
      "kty": "EC",
      "use": "sig",
      "kid": "${k.n(k.g.hex(16))}",
      "crv": "P-256",
      "x": "${k.n(k.g.base64url(43))}",
      "y": "${k.n(k.g.base64url(43))}"
    }
  ]
}
`,
  ),

  doc(
    'ssh-public-keys',
    ['precision', 'credential-file'],
    'ansible/files/authorized_keys',
    (k) => `# managed by ansible — team keys
${lines(5, () => `ssh-ed25519 ${k.n(`AAAAC3NzaC1lZDI1NTE5AAAAI${k.g.base64(43)}`)} ${k.g.pick(['anna', 'ben', 'chidi', 'dara', 'emil'])}@${k.g.pick(['laptop', 'workstation', 'mbp'])}`)}
ssh-rsa ${k.n(`AAAAB3NzaC1yc2EAAAADAQABAAABgQ${k.g.base64(300)}`)} ci@jenkins
# known_hosts excerpt
github.com ssh-ed25519 ${k.n(`AAAAC3NzaC1lZDI1NTE5AAAAI${k.g.base64(43)}`)}
`,
  ),

  doc(
    'pgp-public-key',
    ['precision'],
    'SECURITY.md',
    (k) => `# Security policy

Report vulnerabilities to security@acme.example. Encrypt with our PGP key:

${F}
-----BEGIN PGP PUBLIC KEY BLOCK-----

${k.n(lines(8, () => k.g.base64(64)))}
=${k.n(k.g.base64(4))}
-----END PGP PUBLIC KEY BLOCK-----
${F}

Fingerprint: \`${k.n(
      k.g
        .chars('0123456789ABCDEF', 40)
        .replace(/(.{4})/g, '$1 ')
        .trim(),
    )}\`

We do not offer bounties for reports of public identifiers (Sentry DSNs, Firebase web config, Stripe
publishable keys); those are public by design.
`,
  ),

  doc(
    'css-and-manifest',
    ['precision'],
    'dist/asset-manifest.json',
    (k) => `{
  "files": {
${lines(10, (i) => `    "static/js/${i}.${k.n(k.g.hex(8))}.chunk.js": "/static/js/${i}.${k.n(k.g.hex(8))}.chunk.js"`).replace(/\n/g, ',\n')},
    "main.css": "/static/css/main.${k.n(k.g.hex(8))}.css",
    "index.html": "/index.html"
  },
  "buildId": "${k.n(k.g.base64url(21))}",
  "cssModules": { "button": "Button_button__${k.n(k.g.base64url(5))}", "input": "Input_input__${k.n(k.g.base64url(5))}" }
}
`,
  ),

  doc(
    'ansible-vault-file',
    ['precision', 'credential-file'],
    'inventories/prod/group_vars/vault.yml',
    (k) => `${k.n(k.raw.ansibleVault(k.g))}
`,
  ),

  doc(
    'sops-secrets',
    ['precision', 'config-syntax'],
    'secrets/prod.enc.yaml',
    (k) => `db:
    user: ${k.n(k.raw.sopsValue(k.g))}
    password: ${k.n(k.raw.sopsValue(k.g))}
stripe:
    secret_key: ${k.n(k.raw.sopsValue(k.g))}
sops:
    kms: []
    age:
        - recipient: ${k.n(`age1${k.g.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`)}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            ${k.n(k.g.base64(64))}
            ${k.n(k.g.base64(40))}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-01T10:00:00Z"
    mac: ${k.n(k.raw.sopsValue(k.g))}
    version: 3.8.1
---
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata: { name: api, namespace: prod }
spec:
  encryptedData:
    API_KEY: ${k.n(`AgB${k.g.base64(300)}`)}
`,
  ),

  doc(
    'gha-secret-refs',
    ['precision', 'config-syntax'],
    '.github/workflows/deploy.yml',
    (k) => `name: deploy
on:
  workflow_dispatch:
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    env:
      DATABASE_URL: \${{ secrets.DATABASE_URL }}
      STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}
      API_TOKEN: \${{ secrets.API_TOKEN }}
      PASSWORD: \${{ secrets.DEPLOY_PASSWORD }}
    steps:
      - uses: actions/checkout@${k.n(k.raw.gitSha(k.g))}
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::${k.n(k.g.digits(12))}:role/deploy
          aws-region: eu-west-1
      - run: ./deploy.sh --password "$PASSWORD" --token "\${{ secrets.API_TOKEN }}"
      - run: echo "::add-mask::\${{ steps.creds.outputs.token }}"
`,
  ),

  doc(
    'helm-values-templated',
    ['precision', 'config-syntax'],
    'charts/api/values.yaml',
    (k) => `replicaCount: 3
image:
  repository: registry.acme.io/api
  tag: "2.14.1"
  digest: sha256:${k.n(k.g.hex(64))}
env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: api-db
        key: password
  - name: API_KEY
    valueFrom:
      secretKeyRef: { name: api-keys, key: primary }
  - name: REDIS_PASSWORD
    value: "{{ .Values.redis.auth.password }}"
externalSecrets:
  - secretKey: stripe
    remoteRef: { key: prod/api/stripe, property: secret_key }
redis:
  auth:
    password: ""
    existingSecret: api-redis
postgresql:
  auth:
    password: ${k.n('changeme')}
    postgresPassword: ${k.n('CHANGE_ME')}
`,
  ),

  doc(
    'api-docs-placeholders',
    ['precision', 'prose', 'http-auth'],
    'docs/api/authentication.md',
    (k) => `# Authentication

Send your key in the \`Authorization\` header:

${F}http
GET /v1/invoices HTTP/1.1
Host: api.acme.io
Authorization: Bearer ${k.n('YOUR_API_KEY')}
${F}

Or with curl: \`curl -u ${k.n('YOUR_KEY')}: https://api.acme.io/v1/invoices\` (the key is the user name, the
password is empty).

A token looks like \`acme_live_${k.n('xxxxxxxxxxxxxxxxxxxxxxxx')}\`. Test tokens start with \`acme_test_\`.

JWTs: decode at jwt.io. The site's sample token is
\`${k.n(k.raw.JWT_IO_SAMPLE)}\`.

AWS-style signing examples use the documentation keys \`${k.n(k.raw.AWS_EXAMPLE_ID)}\` and
\`${k.n(k.raw.AWS_EXAMPLE_SECRET)}\`.

| Header | Example |
|---|---|
| \`Authorization\` | \`Basic ${k.n('<base64 of key:>')}\` |
| \`X-API-Key\` | \`${k.n('<your key>')}\` |
| \`Cookie\` | \`session=${k.n('<session id>')}\` |

Internal note (remove before publishing!): the staging sandbox key is \`${k.tok(`acme_test_${k.g.alnum(24)}`)}\`.
`,
  ),

  doc(
    'password-policy-code',
    ['precision', 'code'],
    'app/security/passwords.py',
    (k) => `"""Password hashing and policy. Nothing here is a credential."""
import hashlib
import secrets
import string

from argon2 import PasswordHasher

ph = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4)
PASSWORD_ALPHABET = string.ascii_letters + string.digits + "!@#$%^&*"
MIN_LENGTH = 12
COMMON_PASSWORDS_FILE = "data/common-passwords.txt"
RESET_TOKEN_BYTES = 32
HASH_PREFIX = "${k.n('$argon2id$')}"
EXAMPLE_HASH = "${k.n(k.raw.argon2(k.g))}"
EMPTY_SHA256 = "${k.n('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')}"


def generate_password(length: int = 20) -> str:
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(length))


def reset_token() -> str:
    return secrets.token_urlsafe(RESET_TOKEN_BYTES)


def hash_password(password: str) -> str:
    return ph.hash(password)


def verify(stored: str, password: str) -> bool:
    return ph.verify(stored, password)


def fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:16]
`,
  ),

  doc(
    'env-refs-everywhere',
    ['precision', 'code'],
    'docs/howto/reading-secrets.md',
    () => `# Reading secrets in our services

Always read from the environment or the vault, never hard-code. Examples per language:

${F}python
password = os.environ["DB_PASSWORD"]
token = os.getenv("API_TOKEN")
${F}

${F}js
const password = process.env.DB_PASSWORD;
const apiKey = process.env['API_KEY'] ?? throwMissing('API_KEY');
${F}

${F}java
String password = System.getenv("DB_PASSWORD");
@Value("\${db.password}") private String dbPassword;
${F}

${F}go
password := os.Getenv("DB_PASSWORD")
${F}

${F}sh
mysql -u app -p"$DB_PASSWORD" app
PGPASSWORD="\${PGPASSWORD}" psql -h db -U app
DB_PASS=$(cat /run/secrets/db_password)
export API_KEY="$(vault kv get -field=api_key secret/app)"
${F}

${F}bat
set PASSWORD=%DB_PASSWORD%
${F}

${F}powershell
$pw = $env:DB_PASSWORD
$secure = Read-Host -AsSecureString
${F}

${F}yaml
password: \${DB_PASSWORD}
api_key: "{{ api_key }}"
token: !Ref ApiToken
secret: "{{resolve:secretsmanager:prod/api:SecretString:token}}"
${F}

${F}ini
password = %(db_password)s
${F}
`,
  ),

  doc(
    'db-schema-password-columns',
    ['precision', 'code'],
    'db/migrations/20240301_users.sql',
    (k) => `CREATE TABLE users (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email         citext NOT NULL UNIQUE,
    password_hash text NOT NULL,
    password_changed_at timestamptz,
    api_key_prefix varchar(8),
    api_key_hash  char(64),
    totp_secret_encrypted bytea,
    created_at    timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN users.password_hash IS 'argon2id, see app/security/passwords.py';
COMMENT ON COLUMN users.api_key_hash IS 'sha256 of the key; the key itself is shown once';

INSERT INTO settings (key, value) VALUES
  ('password.min_length', '12'),
  ('password.require_symbol', 'true'),
  ('session.secret_rotation_days', '30'),
  ('api.key_prefix', '${k.n('acme_live_')}'),
  ('smtp.password', '${k.hpw()}');
`,
  ),

  doc(
    'uuid-heavy-config',
    ['precision', 'config-syntax'],
    'infra/azure/env.prod.json',
    (k) => `{
  "tenantId": "${k.n(k.g.uuid())}",
  "subscriptionId": "${k.n(k.g.uuid())}",
  "resourceGroup": "rg-shop-prod",
  "keyVault": { "name": "kv-shop-prod", "objectId": "${k.n(k.g.uuid())}" },
  "appInsights": { "appId": "${k.n(k.g.uuid())}" },
  "storage": { "accountName": "stshopprod", "containerId": "${k.n(k.g.uuid())}" },
  "managedIdentity": { "clientId": "${k.n(k.g.uuid())}", "principalId": "${k.n(k.g.uuid())}" },
  "deploymentId": "${k.n(k.g.uuid())}",
  "correlationId": "${k.n(k.g.uuid())}",
  "requestId": "${k.n(k.g.uuid())}",
  "sqlAdminLogin": "sqladmin",
  "sqlAdminPassword": "${k.hpw()}"
}
`,
  ),

  doc(
    'errors-messages-go',
    ['precision', 'code'],
    'internal/auth/errors.go',
    (k) => `package auth

import "errors"

var (
	ErrInvalidPassword  = errors.New("${k.n('invalid password')}")
	ErrPasswordTooShort = errors.New("${k.n('password must be at least 12 characters')}")
	ErrTokenExpired     = errors.New("${k.n('token expired')}")
	ErrMissingAPIKey    = errors.New("${k.n('missing API key')}")
	ErrBadSecret        = errors.New("${k.n('webhook secret mismatch')}")
)

const (
	HeaderAPIKey      = "${k.n('X-Api-Key')}"
	HeaderAuthToken   = "${k.n('X-Auth-Token')}"
	CookieSession     = "${k.n('session_id')}"
	ParamAccessToken  = "${k.n('access_token')}"
	PasswordField     = "${k.n('password')}"
	SecretKeyEnv      = "${k.n('SECRET_KEY')}"
	DefaultTokenTTL   = 900
	passwordResetPath = "/password/reset"
)
`,
  ),

  doc(
    'test-dummies-js',
    ['precision', 'code'],
    'test/api.test.js',
    (k) => `const request = require('supertest');
const app = require('../src/app');

describe('auth', () => {
  it('rejects a wrong password', async () => {
    const res = await request(app).post('/login').send({ username: 'alice', password: '${k.n('wrong')}' });
    expect(res.status).toBe(401);
  });

  it('accepts the fixture user', async () => {
    const res = await request(app).post('/login').send({ username: 'alice', password: '${k.u('alice-password')}' });
    expect(res.status).toBe(200);
  });

  it('rejects a fake api key', async () => {
    const res = await request(app).get('/v1/me').set('X-Api-Key', '${k.n('not-a-real-key')}');
    expect(res.status).toBe(401);
  });

  it('masks secrets in logs', () => {
    expect(mask('${k.n('secret-value-123')}')).toBe('${k.n('***')}');
    expect(mask('${k.n('dummy')}')).toBe('***');
  });

  const FAKE_JWT = '${k.n(k.raw.JWT_IO_SAMPLE)}';
  const TEST_TOKEN = '${k.n('test-token')}';
});
`,
  ),

  doc(
    'terraform-refs',
    ['precision', 'config-syntax'],
    'infra/terraform/db.tf',
    (k) => `data "aws_secretsmanager_secret_version" "db" {
  secret_id = "prod/db/master"
}

resource "aws_db_instance" "main" {
  identifier     = "main"
  engine         = "postgres"
  instance_class = "db.r6g.large"
  username       = "master"
  password       = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]
  kms_key_id     = "arn:aws:kms:eu-west-1:${k.n(k.g.digits(12))}:key/${k.n(k.g.uuid())}"
}

resource "kubernetes_secret" "app" {
  metadata { name = "app" }
  data = {
    password = random_password.app.result
    token    = var.api_token
    dsn      = "postgres://app:\${random_password.app.result}@\${aws_db_instance.main.address}/app"
  }
}

resource "github_actions_secret" "deploy" {
  repository      = "api"
  secret_name     = "DEPLOY_KEY"
  plaintext_value = tls_private_key.deploy.private_key_openssh
}
`,
  ),
];
