// rw-dev10 app part: files that must stay (mostly) silent: i18n, form schemas, test dummies labelled as such,
// hashes, lockfiles, public ids, env references, masked values, with the odd real value people slip in.
import type { RealWorldDoc } from '../types';
import { adoc, NEG } from './appValues';

export const APP_NEG_DOCS: RealWorldDoc[] = [
  adoc(
    'i18n-login-strings',
    ['precision', 'config-syntax'],
    'src/locales/de/auth.json',
    (k) => `{
  "login": {
    "title": "Anmelden",
    "username": "Benutzername",
    "password": "${k.n('Passwort')}",
    "passwordPlaceholder": "${k.n('Ihr Passwort')}",
    "forgot": "${k.n('Passwort vergessen?')}",
    "apiKeyLabel": "${k.n('API-Schlüssel')}",
    "tokenExpired": "${k.n('Ihr Token ist abgelaufen. Bitte melden Sie sich erneut an.')}",
    "secretHint": "${k.n('Das Geheimnis wird nur einmal angezeigt.')}"
  },
  "errors": {
    "invalidPassword": "${k.n('Das Passwort muss mindestens 12 Zeichen lang sein')}",
    "wrongSecret": "${k.n('Falsches Client-Secret')}"
  }
}
`,
  ),

  adoc(
    'i18n-multi-yaml',
    ['precision', 'config-syntax'],
    'config/locales/auth.yml',
    (k) => `fr:
  auth:
    password: "${k.n('Mot de passe')}"
    password_confirmation: "${k.n('Confirmer le mot de passe')}"
    api_token: "${k.n('Jeton API')}"
es:
  auth:
    password: "${k.n('Contraseña')}"
    secret_key: "${k.n('Clave secreta')}"
ru:
  auth:
    password: "${k.n('Пароль')}"
    token: "${k.n('Токен доступа')}"
ko:
  auth:
    password: "${k.n('비밀번호')}"
    password_hint: "${k.n('영문, 숫자, 특수문자 포함 8자 이상')}"
pl:
  auth:
    password: "${k.n('Hasło')}"
    token: "${k.n('Klucz API')}"
`,
  ),

  adoc(
    'form-schema-fields',
    ['precision', 'code'],
    'src/forms/registerSchema.ts',
    (k) => `import { z } from 'zod';

export const registerSchema = z
  .object({
    email: z.string().email(),
    password: z.string().min(12, '${k.n('Password must be at least 12 characters')}'),
    passwordConfirm: z.string(),
    apiToken: z.string().regex(/^[a-f0-9]{40}$/, 'invalid token').optional(),
  })
  .refine((d) => d.password === d.passwordConfirm, { path: ['${k.n('passwordConfirm')}'] });

export const FIELD_NAMES = {
  password: '${k.n('user_password')}',
  secret: '${k.n('client_secret')}',
  token: '${k.n('access_token')}',
} as const;

export const PASSWORD_REGEX = ${k.n('/^(?=.*[A-Z])(?=.*\\d)(?=.*[!@#$%^&*]).{12,}$/')};
`,
  ),

  adoc(
    'test-fixtures-dummies',
    ['precision', 'code'],
    'test/fixtures/users.ts',
    (k) => `// Fixture users for unit tests. All values below are fake and only exist in the in-memory DB.
export const users = [
  { id: 1, email: 'alice@example.com', password: '${k.n('test-password')}', hash: '${k.n(NEG.bcrypt(k.g))}' },
  { id: 2, email: 'bob@example.com', password: '${k.n('<not-used>')}', apiKey: '${k.n('test_' + 'x'.repeat(32))}' },
  { id: 3, email: 'carol@example.com', password: '${k.u('hunter2')}' },
];

export const FAKE_JWT_SECRET = '${k.n('fake-jwt-secret-for-tests')}';
export const SAMPLE_SHA = '${k.n(NEG.sha(k.g))}';
export const SAMPLE_REQUEST_ID = '${k.n(NEG.reqId(k.g))}';
export const MASKED = '${k.n('sk_live_****************' + k.g.alnum(4))}';
// jwt.io sample token used by the parser tests
export const JWT_IO_SAMPLE = '${k.n('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c')}';
`,
  ),

  adoc(
    'lockfile-integrity',
    ['precision', 'config-syntax'],
    'package-lock.json',
    (k) => `{
  "name": "kedi-web",
  "version": "${k.n('3.8.2')}",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "${k.n(NEG.integrity(k.g))}"
    },
    "node_modules/bcryptjs": {
      "version": "2.4.3",
      "resolved": "https://registry.npmjs.org/bcryptjs/-/bcryptjs-2.4.3.tgz",
      "integrity": "${k.n(NEG.integrity(k.g))}"
    },
    "node_modules/secret-stream": {
      "version": "1.0.1",
      "integrity": "${k.n(NEG.integrity(k.g))}"
    }
  }
}
`,
  ),

  adoc(
    'k8s-secret-references',
    ['precision', 'config-syntax'],
    'k8s/deployment.yaml',
    (k) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  annotations:
    checksum/config: ${k.n(NEG.sha256(k.g))}
spec:
  template:
    spec:
      containers:
        - name: app
          image: registry.brightline.io/checkout@sha256:${k.n(NEG.sha256(k.g))}
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: checkout-db, key: ${k.n('password')} }
            - name: API_TOKEN
              value: ${k.n('$(API_TOKEN_FROM_VAULT)')}
            - name: SIGNING_KEY
              value: ${k.n('vault:secret/data/checkout#signing_key')}
            - name: SMTP_PASSWORD
              value: ${k.n('op://Infra/smtp/password')}
            - name: LEGACY_PASSWORD
              value: ${k.n('{{ .Values.legacy.password }}')}
`,
  ),

  adoc(
    'readme-config-table',
    ['precision', 'config-syntax'],
    'docs/configuration.md',
    (k) => `# Konfiguration

| Variable | Beschreibung | Beispiel |
|---|---|---|
| \`DB_PASSWORD\` | Passwort der Datenbank | \`${k.n('<dein-passwort>')}\` |
| \`JWT_SECRET\` | Schlüssel zum Signieren | \`${k.n('openssl rand -hex 32')}\` |
| \`API_KEY\` | Schlüssel für Partner-API | \`${k.n('xxxxxxxxxxxxxxxxxxxxxxxx')}\` |
| \`SESSION_TTL\` | Sitzungsdauer in Sekunden | \`3600\` |

Beispiel \`.env\`:

\`\`\`dotenv
DB_PASSWORD=${k.ph()}
JWT_SECRET=${k.ph()}
API_KEY=${k.ph()}
\`\`\`

> Hinweis: Im Staging-System ist das Admin-Passwort aktuell \`${k.hpw()}\` – bitte nach dem Test ändern.
`,
  ),

  adoc(
    'ansible-vault-and-masked',
    ['precision', 'config-syntax'],
    'group_vars/prod/vars.yml',
    (k) => `app_user: deploy
app_db_password: "{{ vault_app_db_password }}"
smtp_password: ${k.n('"********"')}
encrypted_token: !vault |
          ${k.n('$ANSIBLE_VAULT;1.1;AES256')}
          ${k.n(k.g.hex(64))}
          ${k.n(k.g.hex(64))}
          ${k.n(k.g.hex(40))}
redis_password_hash: ${k.n(NEG.sha256(k.g))}
grafana_admin_password: "${k.hpw()}"   # TODO vault this too
`,
  ),

  adoc(
    'pytest-parametrize-negatives',
    ['precision', 'code'],
    'tests/test_password_policy.py',
    (k) => `import pytest
from accounts.policy import validate_password

# Policy examples — weak passwords that must be REJECTED (not real credentials)
@pytest.mark.parametrize("pw", ["${k.n('password')}", "${k.n('123456')}", "${k.n('qwerty')}", "${k.n('letmein')}"])
def test_rejects_weak(pw):
    assert not validate_password(pw)


def test_accepts_strong():
    assert validate_password("${k.u('Correct-Horse-Battery-9')}")


def test_hash_roundtrip():
    digest = "${k.n(NEG.sha256(k.g))}"
    assert len(digest) == 64
`,
  ),

  adoc(
    'public-ids-config',
    ['precision', 'config-syntax'],
    'src/environments/environment.prod.ts',
    (k) => `export const environment = {
  production: true,
  apiUrl: 'https://api.pelikan.com.br',
  firebase: {
    apiKey: '${k.n('AIza' + k.g.base64url(35))}',
    authDomain: 'pelikan-app.firebaseapp.com',
    projectId: 'pelikan-app',
    messagingSenderId: '${k.n(k.g.digits(12))}',
    appId: '${k.n(`1:${k.g.digits(12)}:web:${k.g.hex(22)}`)}',
  },
  stripePublishableKey: '${k.n('pk_live_' + k.g.alnum(24))}',
  sentryDsn: '${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}',
  googleClientId: '${k.n(`${k.g.digits(12)}-${k.g.lower(32)}.apps.googleusercontent.com`)}',
  buildSha: '${k.n(NEG.sha(k.g))}',
  intercomAppId: '${k.n(k.g.lower(8))}',
};
`,
  ),
];
