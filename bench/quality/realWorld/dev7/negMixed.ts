// rw-dev7 look-alikes, mixed files: the dense ones where real credentials and their look-alikes sit line by
// line (env files, inventories, Kubernetes Secrets, Jenkins credentials, app configs with many services).
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { b64, genPw, humanPw, jwt, lettersPw, passphrase, privKey, pv, sha256, tightPw, tok, tpw, urlTok } from './negValues';

export const NEG_MIXED_DOCS: RealWorldDoc[] = [
  doc(
    'neg-env-production',
    ['precision', 'config-syntax'],
    'deploy/.env.production',
    (k) => `APP_ENV=production
PWD=${k.n('/srv/shop')}
APP_KEY=base64:${k.tok(k.g.base64(43) + '=')}
APP_URL=https://shop.example.org
TENANT_ID=${k.n(k.g.uuid())}
DB_HOST=pg-prod.internal
DB_PASSWORD=${tpw(k)}
DB_PASSWORD_MIN_LENGTH=${k.n('16')}
REDIS_URL=redis://:${k.cs(tightPw(k.g))}@redis-prod.internal:6379/0
REDIS_KEY_PREFIX=${k.n('shop:')}
STRIPE_KEY=${k.n('pk_live_' + k.g.alnum(24))}
STRIPE_SECRET=${pv(k, 'stripe', 'stripe')}
STRIPE_WEBHOOK_SECRET=${pv(k, 'stripeWebhook', 'stripe')}
STRIPE_WEBHOOK_TOLERANCE=${k.n('300')}
MAIL_PASSWORD=${pv(k, 'sendgrid', 'sendgrid')}
MAIL_FROM_NAME="Shop"
SENTRY_DSN=${k.n(`https://${k.g.hex(32)}@o${k.g.digits(6)}.ingest.sentry.io/${k.g.digits(7)}`)}
SESSION_LIFETIME=${k.n('120')}
SESSION_SECURE_COOKIE=${k.n('true')}
JWT_TTL=${k.n('60')}
JWT_SECRET=${k.tok(k.g.alnum(64))}
JWT_ALGO=${k.n('HS256')}
GITHUB_CLIENT_ID=${k.n('Iv1.' + k.g.hex(16))}
GITHUB_CLIENT_SECRET=${k.tok(k.g.hex(40))}
`,
  ),
  doc(
    'neg-secrets-inventory-csv',
    ['precision', 'credential-file'],
    'ops/inventory.csv',
    (k) => `system,account,secret,notes
grafana,admin,${k.pw(humanPw(k.g).replace(/,/g, ''))},local admin only
jenkins,ci,${k.pw(genPw(k.g).replace(/,/g, '.'))},
vault,root token,${k.n('see break-glass envelope')},never store
pagerduty,api,${k.tok(k.g.base64url(20))},integration key
backups,restic,${k.pw(passphrase(k.g).replace(/,/g, ''))},repo password
ldap,bind,${k.pw(lettersPw(k.g))},cn=bind,dc=example,dc=org
wifi,guest,${k.n('(printed at reception)')},rotates monthly
github,deploy key id,${k.n(k.g.digits(8))},public part on repo
sso,client id,${k.n(k.g.uuid())},public
sso,client secret,${k.tok(urlTok(k.g))},
`,
  ),
  doc(
    'neg-k8s-secret-stringdata',
    ['precision', 'config-syntax'],
    'k8s/base/app-secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: app
  annotations:
    reloader.stakater.com/match: "true"
    secret.checksum: ${k.n(sha256(k.g))}
type: Opaque
stringData:
  DATABASE_URL: postgres://app:${k.cs(tightPw(k.g))}@pg:5432/app
  AMQP_URL: amqps://app:${k.cs(tightPw(k.g))}@mq.internal:5671/
  SIGNING_KEY: ${tok(k)}
  SIGNING_KEY_ID: ${k.n('app-2026-03')}
  PASSWORD_PEPPER_VERSION: ${k.n('2')}
data:
  ADMIN_PASSWORD: ${k.s('password', b64(tightPw(k.g)))}
  TOKEN_AUDIENCE: ${k.n(b64('app.internal'))}
---
apiVersion: v1
kind: Secret
metadata:
  name: registry
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: ${k.s('http-auth', b64(JSON.stringify({ auths: { 'registry.example.org': { auth: b64('pull:' + tightPw(k.g)) } } })))}
`,
  ),
  // The {AQAAAB…} blobs are unscored, as in rw-dev4: encrypted, but with a key that sits on every controller next to
  // credentials.xml, so reviewers dispute whether they are secrets (Hush reports them on purpose).
  doc(
    'neg-jenkins-credentials',
    ['precision', 'credential-file'],
    'jenkins/credentials.xml',
    (k) => `<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <id>${k.n('nexus-deploy')}</id>
          <username>deploy</username>
          <password>${k.u('{AQAAABAAAAAQ' + k.g.base64(44) + '=}')}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <id>${k.n('slack-token')}</id>
          <secret>${k.u('{AQAAABAAAAAw' + k.g.base64(64) + '=}')}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
<!-- decrypted by the migration script (delete this comment!):
     nexus-deploy: ${k.pw(tightPw(k.g))}
     slack-token:  ${pv(k, 'slackBot', 'slack')}
-->
`,
  ),
  doc(
    'neg-app-config-yaml',
    ['precision', 'config-syntax'],
    'config/production.yml',
    (k) => `server:
  port: 8443
  tls:
    cert_file: /etc/app/tls.crt
    key_file: ${k.n('/etc/app/tls.key')}
    key_password: ${tpw(k)}
database:
  primary:
    dsn: "mysql://app:${k.cs(tightPw(k.g))}@tcp(db1.internal:3306)/app?parseTime=true"
    password_rotation: ${k.n('30d')}
  replica:
    dsn: "mysql://ro:${k.cs(tightPw(k.g))}@tcp(db2.internal:3306)/app"
oauth:
  google:
    client_id: ${k.n(k.g.digits(12) + '-' + k.g.lower(32) + '.apps.googleusercontent.com')}
    client_secret: ${k.tok('GOCSPX-' + k.g.base64url(28))}
  github:
    client_id: ${k.n('Ov23li' + k.g.alnum(14))}
    client_secret: ${k.tok(k.g.hex(40))}
    token_url: ${k.n('https://github.com/login/oauth/access_token')}
ai:
  provider: anthropic
  api_key: ${pv(k, 'anthropic', 'anthropic')}
  api_key_env: ${k.n('ANTHROPIC_API_KEY')}
  max_tokens: ${k.n('4096')}
tokens:
  max_tokens_per_request: ${k.n('8192')}
  token_budget: ${k.n('1000000')}
`,
  ),
  doc('neg-ci-variables-export', ['precision', 'config-syntax', 'logs-and-output'], 'exports/gitlab-ci-variables.json', (k) => {
    const v = (key: string, value: string, masked: boolean) => `  { "key": "${key}", "value": "${value}", "masked": ${masked}, "protected": true, "variable_type": "env_var" }`;
    return `[
${[
  v('DEPLOY_TOKEN', pv(k, 'gitlab', 'gitlab'), true),
  v('DEPLOY_TOKEN_SCOPE', k.n('read_registry'), false),
  v('NPM_TOKEN', pv(k, 'npm', 'npm'), true),
  v('DOCKER_AUTH_CONFIG_PATH', k.n('/builds/.docker/config.json'), false),
  v('SONAR_TOKEN', k.tok('sqp_' + k.g.hex(40)), true),
  v('SONAR_HOST_URL', k.n('https://sonar.example.org'), false),
  v('DO_TOKEN', pv(k, 'digitalocean', 'digitalocean'), true),
  v('CI_DEBUG_TRACE', k.n('false'), false),
  v('KUBE_CONTEXT', k.n('acme/agents:prod'), false),
].join(',\n')}
]
`;
  }),
  doc(
    'neg-python-script-mixed',
    ['precision', 'code'],
    'scripts/sync_users.py',
    (k) => `#!/usr/bin/env python3
"""Sync users from the HR export to the LDAP directory."""
import hashlib
import ldap3

LDAP_URL = "ldaps://ldap.internal:636"
BIND_DN = "cn=sync,ou=svc,dc=example,dc=org"
BIND_PASSWORD = "${tpw(k)}"
PASSWORD_ATTRIBUTE = "${k.n('userPassword')}"
PASSWORD_HASH_SCHEME = "${k.n('{SSHA}')}"
HR_API_TOKEN = "${tok(k)}"
HR_API_TOKEN_HEADER = "${k.n('X-HR-Token')}"
BATCH_SECRET_NAME = "${k.n('hr-sync')}"
EXPECTED_EXPORT_SHA256 = "${k.n(sha256(k.g))}"


def ssha(password: str, salt: bytes) -> str:
    digest = hashlib.sha1(password.encode() + salt).digest()
    return "{SSHA}" + base64.b64encode(digest + salt).decode()


def main():
    conn = ldap3.Connection(LDAP_URL, BIND_DN, BIND_PASSWORD, auto_bind=True)
    # default password for new accounts, forced change at first login
    initial = "${k.pw(humanPw(k.g).replace(/["\\]/g, ''))}"
    print("synced", conn, initial[:0])
`,
  ),
  doc(
    'neg-ruby-credentials-yml',
    ['precision', 'config-syntax', 'code'],
    'config/credentials.yml',
    (k) => `# Decrypted view of config/credentials.yml.enc (rails credentials:show), pasted for the migration ticket
secret_key_base: ${k.tok(k.g.hex(128))}
active_record_encryption:
  primary_key: ${k.tok(k.g.alnum(32))}
  deterministic_key: ${k.tok(k.g.alnum(32))}
  key_derivation_salt: ${k.tok(k.g.alnum(32))}
aws:
  access_key_id: ${k.u('AKIA' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}
  secret_access_key: ${pv(k, 'awsSecret', 'aws')}
  region: ${k.n('eu-central-1')}
  kms_key_alias: ${k.n('alias/rails-prod')}
twilio:
  account_sid: ${k.n('AC' + k.g.hex(32))}
  api_key_sid: ${k.u('SK' + k.g.hex(32))}
  api_key_secret: ${k.tok(k.g.alnum(32))}
`,
  ),
  doc(
    'neg-ssh-config-and-key',
    ['precision', 'credential-file'],
    'ops/bastion-access.md',
    (k) => `Bastion access for the on-call laptop (temporary, until the SSO cert flow works):

~/.ssh/config

    Host bastion
      HostName ${k.n('203.0.113.20')}
      User oncall
      IdentityFile ${k.n('~/.ssh/oncall_ed25519')}
      CertificateFile ${k.n('~/.ssh/oncall_ed25519-cert.pub')}
      HostKeyAlias ${k.n('bastion-prod')}

~/.ssh/oncall_ed25519

${privKey(k, 'openssh')}

Passphrase for it: ${k.pw(passphrase(k.g))}
`,
  ),
  doc(
    'neg-jwt-in-test-vs-real',
    ['precision', 'code', 'http-auth'],
    'test/auth/middleware.test.js',
    (k) => `const { verify } = require('../../src/auth/middleware');

// A structurally valid token signed with the test key in fixtures/ (not valid anywhere else).
const TEST_JWT = '${k.n('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0ZXN0In0.' + k.g.base64url(43))}';
const EXPIRED_JWT_FIXTURE = 'fixtures/expired.jwt';

describe('auth middleware', () => {
  it('rejects a token with a bad signature', () => expect(verify(TEST_JWT)).rejects.toThrow('invalid signature'));
  it('rejects an empty password', () => expect(verify('', { password: '' })).rejects.toThrow());
  it('accepts the staging service token', async () => {
    // copied from staging to reproduce #913; remove after the fix
    const staging = '${k.http(jwt(k.g))}';
    await expect(verify(staging)).resolves.toBeTruthy();
  });
});
`,
  ),
  doc(
    'neg-helm-secrets-values',
    ['precision', 'config-syntax'],
    'charts/platform/values-prod.yaml',
    (k) => `grafana:
  adminUser: admin
  adminPassword: ${tpw(k)}
  envFromSecret: ${k.n('grafana-env')}
  grafana.ini:
    auth.generic_oauth:
      client_id: ${k.n('grafana')}
      client_secret: ${k.n('$__file{/etc/secrets/oauth/client_secret}')}
      token_url: ${k.n('https://sso.internal/oauth/token')}
    security:
      secret_key: ${k.tok(k.g.alnum(32))}
      cookie_secure: ${k.n('true')}
alertmanager:
  config:
    global:
      slack_api_url: ${pv(k, 'slackWebhook', 'slack-webhook')}
      smtp_auth_password: ${tpw(k)}
      smtp_auth_password_file: ${k.n('/etc/alertmanager/smtp')}
    receivers:
      - name: pagerduty
        pagerduty_configs:
          - routing_key: ${k.tok(k.g.hex(32))}
      - name: opsgenie
        opsgenie_configs:
          - api_key_file: ${k.n('/etc/alertmanager/opsgenie')}
`,
  ),
  doc(
    'neg-compose-override',
    ['precision', 'config-syntax'],
    'docker-compose.override.yml',
    (k) => `# local overrides (the team shares this file; keep real values out of it!)
services:
  keycloak:
    environment:
      KEYCLOAK_ADMIN: admin
      KEYCLOAK_ADMIN_PASSWORD: ${tpw(k)}
      KC_DB_PASSWORD: ${tpw(k)}
      KC_HOSTNAME_STRICT: ${k.n('false')}
  minio:
    environment:
      MINIO_ROOT_USER: minio
      MINIO_ROOT_PASSWORD: ${k.pw(lettersPw(k.g))}
      MINIO_KMS_SECRET_KEY_FILE: ${k.n('/run/secrets/minio-kms')}
  rabbit:
    environment:
      RABBITMQ_DEFAULT_PASS: ${k.pw(humanPw(k.g).replace(/[#&*$]/g, '!'))}
      RABBITMQ_ERLANG_COOKIE: ${k.tok(k.g.upper(20))}
  app:
    environment:
      OPENAI_API_KEY: ${pv(k, 'openai', 'openai')}
      OPENAI_API_KEY_HEADER: ${k.n('Authorization')}
      TOKEN_ENCODING: ${k.n('cl100k_base')}
      PWD: ${k.n('/workspace')}
      GIT_SHA: ${k.n(sha256(k.g).slice(0, 40))}
`,
  ),
];
