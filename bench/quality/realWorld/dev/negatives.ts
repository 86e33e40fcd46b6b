// rw-dev: more files whose secret-looking values are not secrets (lockfiles, UI code, secret references, hash
// formats, masked CI output, test dummies), with the occasional real one beside them.
import type { RealWorldDoc } from '../types';
import { doc, F } from './kit';

export const NEGATIVE_DOCS: RealWorldDoc[] = [
  doc(
    'pnpm-lock',
    ['precision'],
    'pnpm-lock.yaml',
    (k) => `lockfileVersion: '9.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

packages:
${[
  '@babel/core',
  '@types/node',
  'ansi-styles',
  'argon2',
  'bcrypt',
  'cookie-signature',
  'crypto-js',
  'dotenv',
  'esbuild',
  'jose',
  'keytar',
  'node-forge',
  'otplib',
  'passport-jwt',
  'secure-password',
  'tough-cookie',
  'tweetnacl',
  'uuid',
  'vite',
  'zod',
]
  .map(
    (p) => `  ${p}@${k.g.digits(1)}.${k.g.digits(1)}.${k.g.digits(1)}:
    resolution: {integrity: ${k.n(k.raw.integrity(k.g))}}
    engines: {node: '>=18'}`,
  )
  .join('\n\n')}
`,
  ),

  doc('i18n-account-settings', ['precision'], 'frontend/src/i18n/account.ts', (k) => {
    const en = [
      'Change password',
      'Current password',
      'New password',
      'Password updated',
      'Show password',
      'Hide password',
      'Generate API token',
      'Copy token',
      'Token copied to clipboard',
      'Revoke token',
      'This secret is shown only once',
      'Client secret',
      'Webhook signing secret',
      'Enter the 6-digit code',
    ];
    const de = [
      'Passwort ändern',
      'Aktuelles Passwort',
      'Neues Passwort',
      'Passwort aktualisiert',
      'Passwort anzeigen',
      'Passwort verbergen',
      'API-Token erzeugen',
      'Token kopieren',
      'Token in die Zwischenablage kopiert',
      'Token widerrufen',
      'Dieses Geheimnis wird nur einmal angezeigt',
      'Client-Geheimnis',
      'Webhook-Signaturgeheimnis',
      'Geben Sie den 6-stelligen Code ein',
    ];
    const fr = [
      'Modifier le mot de passe',
      'Mot de passe actuel',
      'Nouveau mot de passe',
      'Mot de passe mis à jour',
      'Afficher le mot de passe',
      'Masquer le mot de passe',
      'Générer un jeton API',
      'Copier le jeton',
      'Jeton copié',
      'Révoquer le jeton',
      'Ce secret ne s’affiche qu’une fois',
      'Secret client',
      'Secret de signature du webhook',
      'Saisissez le code à 6 chiffres',
    ];
    const keys = [
      'changePassword',
      'currentPassword',
      'newPassword',
      'passwordUpdated',
      'showPassword',
      'hidePassword',
      'generateToken',
      'copyToken',
      'tokenCopied',
      'revokeToken',
      'secretOnce',
      'clientSecret',
      'webhookSecret',
      'otpPrompt',
    ];
    const block = (vals: string[]) => keys.map((key, i) => `    ${key}: '${k.n(vals[i]!.replace(/'/g, "\\'"))}',`).join('\n');
    return `export const account = {
  en: {
${block(en)}
  },
  de: {
${block(de)}
  },
  fr: {
${block(fr)}
  },
} as const;
`;
  }),

  doc(
    'secrets-inventory',
    ['precision', 'prose'],
    'docs/security/secrets-inventory.md',
    (k) => `# Secrets inventory (references only)

| Secret | Where it lives | Reference used by the service |
|---|---|---|
| Orders DB password | Vault | \`${k.n('vault:secret/data/orders/db#password')}\` |
| Stripe secret key | AWS Secrets Manager | \`${k.n('{{resolve:secretsmanager:prod/stripe:SecretString:secret_key}}')}\` |
| SendGrid key | 1Password | \`${k.n('op://Platform/SendGrid/credential')}\` |
| Slack bot token | GitHub Actions | \`${k.n('${{ secrets.SLACK_BOT_TOKEN }}')}\` |
| Search admin key | k8s Secret | \`${k.n('secretKeyRef: {name: search, key: admin-key}')}\` |
| Datadog API key | SSM | \`${k.n('${ssm:/platform/datadog/api_key}')}\` |
| Registry password | GitLab CI variable | \`${k.n('$CI_REGISTRY_PASSWORD')}\` |
| Azure SP secret | Key Vault | \`${k.n('@Microsoft.KeyVault(SecretUri=https://kv-platform.vault.azure.net/secrets/sp-secret/)')}\` |
| GCP SA key | Secret Manager | \`${k.n('projects/acme-prod/secrets/exporter-sa/versions/latest')}\` |
| Sentry DSN | code (public) | \`${k.n(k.raw.sentryDsn(k.g))}\` |
| JWT signing key | Vault transit | \`${k.n('transit/keys/jwt-signing')}\` |
| Legacy reporting DB | **hard-coded in cron script, to migrate** | \`mysql://report:${k.cs()}@mysql-legacy/report\` |

ARNs for reference: \`${k.n(`arn:aws:secretsmanager:eu-west-1:${k.g.digits(12)}:secret:prod/stripe-${k.g.alnum(6)}`)}\`,
\`${k.n(`arn:aws:kms:eu-west-1:${k.g.digits(12)}:key/${k.g.uuid()}`)}\`.
`,
  ),

  doc(
    'vue-password-settings',
    ['precision', 'code'],
    'frontend/src/views/SecuritySettings.vue',
    (k) => `<template>
  <section class="security">
    <h2>{{ t('account.changePassword') }}</h2>
    <form @submit.prevent="save">
      <label for="${k.n('current-password')}">{{ t('account.currentPassword') }}</label>
      <input id="current-password" v-model="currentPassword" type="password" autocomplete="${k.n('current-password')}" />
      <label for="${k.n('new-password')}">{{ t('account.newPassword') }}</label>
      <input id="new-password" v-model="newPassword" :type="show ? 'text' : 'password'" autocomplete="${k.n('new-password')}" />
      <PasswordStrength :value="newPassword" />
      <button type="submit" :disabled="!valid">{{ t('common.save') }}</button>
    </form>
    <h2>{{ t('account.generateToken') }}</h2>
    <TokenList :tokens="tokens" @revoke="revoke" />
  </section>
</template>

<script setup lang="ts">
import { computed, ref } from 'vue';
const currentPassword = ref('${k.n('')}');
const newPassword = ref('');
const show = ref(false);
const tokens = ref<{ id: string; prefix: string; lastUsed: string }[]>([
  { id: '${k.n(k.g.uuid())}', prefix: '${k.n('acme_live_')}', lastUsed: '2024-05-01' },
]);
const valid = computed(() => newPassword.value.length >= 12 && newPassword.value !== currentPassword.value);
const PASSWORD_PATTERN = /${k.n('^(?=.*\\d)(?=.*[^\\w]).{12,}$')}/;
</script>
`,
  ),

  doc(
    'hash-formats-doc',
    ['precision', 'prose'],
    'docs/security/hash-formats.md',
    (k) => `# Recognising hash formats in dumps

When a dump lands in a ticket, check whether the values are hashes before rotating anything.

| Format | Example |
|---|---|
| bcrypt | \`${k.n(k.raw.bcrypt(k.g))}\` |
| argon2id | \`${k.n(k.raw.argon2(k.g))}\` |
| sha512-crypt | \`${k.n(k.raw.shaCrypt(k.g))}\` |
| LDAP SSHA | \`${k.n(k.raw.ssha(k.g))}\` |
| PBKDF2 (Django) | \`${k.n(`pbkdf2_sha256$600000$${k.g.alnum(22)}$${k.g.base64(43)}=`)}\` |
| MD5 hex | \`${k.n(k.g.hex(32))}\` |
| SHA-1 hex | \`${k.n(k.g.hex(40))}\` |
| SHA-256 hex | \`${k.n(k.g.hex(64))}\` |
| NTLM | \`${k.n(k.g.chars('0123456789ABCDEF', 32))}\` |
| MySQL native | \`${k.n(`*${k.g.chars('0123456789ABCDEF', 40)}`)}\` |
| Postgres SCRAM | \`${k.n(`SCRAM-SHA-256$4096:${k.g.base64(24)}$${k.g.base64(43)}=:${k.g.base64(43)}=`)}\` |

None of these let anyone log in directly; weak source passwords can still be cracked, so rotate if the
dump was public.
`,
  ),

  doc(
    'masked-ci-variables',
    ['precision', 'logs-and-output'],
    'ci-logs/variables-export.json',
    (k) => `{
  "project": "platform/api",
  "exported_at": "2024-05-03T10:00:00Z",
  "variables": [
${['DB_PASSWORD', 'STRIPE_SECRET_KEY', 'SLACK_WEBHOOK', 'NPM_TOKEN', 'SENTRY_AUTH_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'DOCKER_AUTH_CONFIG', 'SSH_PRIVATE_KEY', 'ENCRYPTION_KEY', 'GPG_PASSPHRASE'].map((name) => `    { "key": "${name}", "value": "${k.n(k.g.pick(['[MASKED]', '********', '***', '<hidden>', '[REDACTED]']))}", "masked": true, "protected": true, "environment_scope": "*" }`).join(',\n')},
    { "key": "LOG_LEVEL", "value": "info", "masked": false, "protected": false, "environment_scope": "*" }
  ]
}
`,
  ),

  doc(
    'webpack-stats',
    ['precision', 'logs-and-output'],
    'ci-logs/webpack-build.txt',
    (k) => `assets by path static/ 2.31 MiB
${Array.from({ length: 14 }, (_, i) => `  asset static/js/${k.g.pick(['vendors', 'main', 'runtime', 'checkout', 'account', 'search'])}.${k.n(k.g.hex(20))}.js ${Number(k.g.digits(3))} KiB [emitted] [immutable] [minimized] (id hint: ${i})`).join('\n')}
  asset static/css/main.${k.n(k.g.hex(8))}.css 88.2 KiB [emitted] [immutable]
webpack 5.91.0 compiled successfully in 48211 ms
build hash: ${k.n(k.g.hex(20))}
`,
  ),

  doc(
    'java-test-dummies',
    ['precision', 'code'],
    'src/test/java/com/acme/auth/LoginServiceTest.java',
    (k) => `package com.acme.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginServiceTest {
    private static final String USER = "alice";
    private static final String WRONG_PASSWORD = "${k.n('wrong-password')}";
    private static final String FAKE_TOKEN = "${k.n('fake-token-for-tests')}";
    private static final String EMPTY = "${k.n('')}";
    private static final String STORED_HASH = "${k.n(k.raw.bcrypt(k.g))}";

    private final LoginService service = new LoginService(new InMemoryUsers(USER, STORED_HASH));

    @Test
    void rejectsWrongPassword() {
        assertThat(service.login(USER, WRONG_PASSWORD)).isEmpty();
    }

    @Test
    void rejectsEmptyPassword() {
        assertThat(service.login(USER, EMPTY)).isEmpty();
    }

    @Test
    void rejectsUnknownToken() {
        assertThat(service.byToken(FAKE_TOKEN)).isEmpty();
        assertThat(service.byToken("${k.n('dummy')}")).isEmpty();
        assertThat(service.byToken("${k.n('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}")).isEmpty();
    }
}
`,
  ),

  doc(
    'request-ids-json',
    ['precision', 'logs-and-output'],
    'debug/audit-events.json',
    (k) => `[
${Array.from({ length: 7 }, () => `  { "event": "${k.g.pick(['login.success', 'login.failure', 'token.created', 'token.revoked', 'password.changed'])}", "actor": "${k.n(k.g.uuid())}", "session": "${k.n(`sess_${k.g.pick(['redacted', 'masked'])}`)}", "request_id": "${k.n(k.g.uuid())}", "ip_hash": "${k.n(k.g.hex(64))}" }`).join(',\n')}
]
`,
  ),

  doc(
    'openapi-auth-examples',
    ['precision', 'http-auth'],
    'docs/api/examples.http',
    (k) => `### These requests use the documented sandbox values from the API guide; replace them with your own.
GET https://api.acme.io/v1/me
Authorization: Bearer ${k.n('{{token}}')}

###
GET https://api.acme.io/v1/invoices
X-API-Key: ${k.n('{{apiKey}}')}

###
GET https://api.acme.io/v1/export?api_key=${k.n('YOUR_API_KEY')}

###
POST https://api.acme.io/v1/login
Content-Type: application/json

{ "username": "${k.n('your-username')}", "password": "${k.n('your-password')}" }

###
GET https://api.acme.io/v1/orders
Authorization: Basic ${k.n('{{basicAuth}}')}
Cookie: session=${k.n('{{sessionId}}')}

${F}
Tip: store real values in http-client.private.env.json (gitignored).
${F}
`,
  ),
  doc(
    'terraform-lock',
    ['precision', 'config-syntax'],
    'infra/terraform/.terraform.lock.hcl',
    (k) => `# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.
${[
  ['hashicorp/aws', '5.48.0'],
  ['hashicorp/random', '3.6.1'],
  ['cyrilgdn/postgresql', '1.22.0'],
]
  .map(
    ([p, v]) => `
provider "registry.terraform.io/${p}" {
  version     = "${v}"
  constraints = "~> ${v!.split('.').slice(0, 2).join('.')}"
  hashes = [
    "h1:${k.n(k.g.base64(43) + '=')}",
${Array.from({ length: 11 }, () => `    "zh:${k.n(k.g.hex(64))}",`).join('\n')}
  ]
}`,
  )
  .join('\n')}
`,
  ),
];
