// rw-dev2: files of the same kinds whose secret-looking values are not secrets: templated credential files,
// masked CI output, password hashes in server configs, public-by-design ids and keys, encrypted values,
// references to secret stores, UI strings and auth headers that carry only a variable. A few real secrets sit
// among them, as they do in real files.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { pwm } from './filesHttpKit';

const SALT = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export const FILES_HTTP_NEGATIVES: RealWorldDoc[] = [
  doc(
    'templated-credential-files',
    ['credential-file', 'precision'],
    'ci/templates/credential-files.md',
    (k) => `CI writes these files at job start from masked variables; the templates are committed:

\`.npmrc.tpl\`

    //registry.npmjs.org/:_authToken=${k.n('${NPM_TOKEN}')}
    //npm.pkg.github.com/:_authToken=${k.n('${GITHUB_PACKAGES_TOKEN}')}
    _auth=${k.n('${NEXUS_AUTH_B64}')}

\`.pypirc.tpl\`

    [pypi]
    username = ${k.n('__token__')}
    password = ${k.n('%(PYPI_TOKEN)s')}

\`.netrc.tpl\`

    machine ${k.n('$GIT_HOST')} login ${k.n('$GIT_USER')} password ${k.n('$GIT_TOKEN')}

\`settings.xml\`

    <server><id>nexus</id><username>${k.n('${env.NEXUS_USER}')}</username><password>${k.n('${env.NEXUS_PASSWORD}')}</password></server>

\`~/.docker/config.json\`

    { "credsStore": "${k.n('ecr-login')}", "auths": { "ghcr.io": { "auth": "${k.n('${GHCR_AUTH}')}" } } }

\`~/.aws/credentials\`

    [ci]
    aws_access_key_id = ${k.n('AKIAIOSFODNN7EXAMPLE')}
    aws_secret_access_key = ${k.n('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}

\`.git-credentials\`

    https://${k.n('oauth2')}:${k.n('${CI_JOB_TOKEN}')}@gitlab.acme.io

\`.pgpass\`

    *:*:*:${k.n('postgres')}:${k.n('$(cat /run/secrets/pg)')}
`,
  ),

  doc(
    'helm-templates-secret-refs',
    ['config-syntax', 'precision'],
    'deploy/charts/shop/templates/secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: {{ include "shop.fullname" . }}
type: Opaque
data:
  db-password: ${k.n('{{ .Values.postgresql.auth.password | b64enc | quote }}')}
  api-key: ${k.n('{{ required "apiKey is required" .Values.apiKey | b64enc }}')}
  jwt-secret: ${k.n('{{ randAlphaNum 32 | b64enc | quote }}')}
  session: ${k.n('{{ (lookup "v1" "Secret" .Release.Namespace "shop").data.session }}')}
---
apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
        - name: api
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: ${k.n('shop-db')}
                  key: ${k.n('password')}
            - name: STRIPE_KEY
              value: ${k.n('"{{ .Values.stripe.secretKey }}"')}
            - name: VAULT_ADDR
              value: https://vault.acme.io
            - name: TOKEN_FILE
              value: ${k.n('/var/run/secrets/kubernetes.io/serviceaccount/token')}
          envFrom:
            - secretRef:
                name: ${k.n('shop-env')}
`,
  ),

  doc(
    'ci-log-masked-everything',
    ['logs-and-output', 'precision'],
    'ci-logs/pipeline-masked.txt',
    (k) => `$ env | grep -i -E 'token|pass|key|secret'
CI_JOB_TOKEN=${k.n('[MASKED]')}
CI_REGISTRY_PASSWORD=${k.n('[MASKED]')}
DOCKER_AUTH_CONFIG=${k.n('[MASKED]')}
NPM_TOKEN=${k.n('****')}
AWS_SECRET_ACCESS_KEY=${k.n('***')}
DB_PASSWORD=${k.n('<redacted>')}
SONAR_TOKEN=${k.n('xxxxxxxxxxxxxxxxxxxxxxxx')}
PASSWORD_MIN_LENGTH=${k.n('12')}
KEY_ROTATION_DAYS=${k.n('90')}
SSH_KEY_PATH=${k.n('/root/.ssh/id_ed25519')}
TOKEN_URL=${k.n('https://id.acme.io/oauth/token')}
SECRET_NAME=${k.n('prod/shop/db')}
$ docker login -u ${k.n('gitlab-ci-token')} -p ${k.n('$CI_JOB_TOKEN')} $CI_REGISTRY
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
$ curl -H "Authorization: Bearer ${k.n('$DEPLOY_TOKEN')}" https://deploy.acme.io/hooks/main
{"status":"queued","id":"${k.n(k.g.uuid())}"}
$ echo "digest: sha256:${k.n(k.g.hex(64))}"
Job succeeded in ${k.g.digits(2)}m
`,
  ),

  doc(
    'server-config-hashes',
    ['config-syntax', 'precision'],
    'deploy/auth/users-and-hashes.md',
    (k) => `Password verifiers we keep in config (hashes only, safe to commit):

- PostgreSQL md5: \`${k.n(`md5${k.g.hex(32)}`)}\`
- PostgreSQL SCRAM: \`${k.n(`SCRAM-SHA-256$4096:${k.g.base64(24)}$${k.g.base64(44)}:${k.g.base64(44)}`)}\`
- MySQL native: \`${k.n(`*${k.g.hex(40).toUpperCase()}`)}\`
- OpenLDAP: \`userPassword: ${k.n(`{SSHA}${k.g.base64(32)}`)}\`
- yescrypt in /etc/shadow: \`ops:${k.n(`$y$j9T$${k.g.chars(SALT, 22)}$${k.g.chars(SALT, 43)}`)}:19800:0:99999:7:::\`
- sha256crypt: \`${k.n(`$5$${k.g.chars(SALT, 16)}$${k.g.chars(SALT, 43)}`)}\`
- Django: \`${k.n(`pbkdf2_sha256$600000$${k.g.alnum(22)}$${k.g.base64(43)}=`)}\`
- htdigest: \`admin:Restricted:${k.n(k.g.hex(32))}\`
- RabbitMQ definitions: \`"password_hash": "${k.n(k.g.base64(44))}"\`, \`"hashing_algorithm": "rabbit_password_hashing_sha256"\`
- Grafana users table: \`password = ${k.n(k.g.hex(100))}\`, \`salt = ${k.n(k.g.alnum(10))}\`
- Keycloak export: \`"secretData": "{\\"value\\":\\"${k.n(k.g.base64(44))}\\",\\"salt\\":\\"${k.n(k.g.base64(24))}\\"}"\`
- bcrypt (users seed): \`${k.n(k.raw.bcrypt(k.g))}\`
- argon2: \`${k.n(k.raw.argon2(k.g))}\`

The plain one for the local test instance is \`${k.n('admin')}\`/\`${k.n('admin')}\`; production uses ${pwm(k, /[\s`]/)} until the SSO migration (sorry).
`,
  ),

  doc(
    'public-ids-and-keys',
    ['config-syntax', 'precision'],
    'web/public/config.json',
    (k) => `{
  "firebase": {
    "apiKey": "${k.n(k.raw.googleBrowserKey(k.g))}",
    "authDomain": "acme-web.firebaseapp.com",
    "projectId": "acme-web",
    "storageBucket": "acme-web.appspot.com",
    "messagingSenderId": "${k.n(k.g.digits(12))}",
    "appId": "${k.n(`1:${k.g.digits(12)}:web:${k.g.hex(22)}`)}",
    "measurementId": "${k.n(`G-${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}`)}"
  },
  "stripePublishableKey": "${k.n(k.raw.stripePublishable(k.g))}",
  "sentryDsn": "${k.n(k.raw.sentryDsn(k.g))}",
  "algolia": { "appId": "${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10))}", "searchOnlyApiKey": "${k.n(k.g.hex(32))}" },
  "oauth": { "clientId": "${k.n(`${k.g.digits(12)}-${k.g.lower(32)}.apps.googleusercontent.com`)}", "redirectUri": "https://app.acme.io/cb" },
  "mapbox": "${k.n(`pk.${k.raw.b64url(JSON.stringify({ u: 'acme', a: k.g.alnum(25) }))}.${k.g.base64url(22)}`)}",
  "posthog": "${k.n(`phc_${k.g.alnum(43)}`)}",
  "recaptchaSiteKey": "${k.n(`6L${k.g.base64url(38)}`)}",
  "jwks": { "keys": [ { "kty": "RSA", "kid": "${k.n(k.g.hex(16))}", "use": "sig", "alg": "RS256", "e": "AQAB", "n": "${k.n(k.g.base64url(342))}" } ] },
  "build": { "sha": "${k.n(k.g.hex(40))}", "id": "${k.n(k.g.uuid())}" }
}
`,
  ),

  doc(
    'encrypted-values-configs',
    ['config-syntax', 'precision'],
    'deploy/secrets/encrypted-values.md',
    (k) => `All of these are encrypted at rest and safe in git:

sops (\`secrets.enc.yaml\`):

    db_password: ${k.n(k.raw.sopsValue(k.g))}
    api_key: ${k.n(k.raw.sopsValue(k.g))}
    sops:
        kms:
            - arn: arn:aws:kms:eu-west-1:123456789012:key/${k.n(k.g.uuid())}
        mac: ${k.n(k.raw.sopsValue(k.g))}

Ansible vault inline:

    smtp_password: !vault |
${k
  .n(k.raw.ansibleVault(k.g))
  .split('\n')
  .map((l) => `          ${l}`)
  .join('\n')}

Jasypt: \`spring.datasource.password=${k.n(`ENC(${k.g.base64(44)})`)}\`
Vault transit: \`ciphertext: ${k.n(`vault:v1:${k.g.base64(64)}`)}\`
Jenkins: \`<password>${k.u(`{AQAAABAAAAAQ${k.g.base64(44)}}`)}</password>\`
Maven master-encrypted: \`<password>${k.n(`{${k.g.base64(44)}}`)}</password>\`
Sealed secret: \`DB_PASSWORD: ${k.n(`AgB${k.g.base64(340)}`)}\`
age:

    ${k.n(`${'-'.repeat(5)}BEGIN AGE ENCRYPTED FILE${'-'.repeat(5)}\n    ${k.g.base64(64)}\n    ${k.g.base64(40)}\n    ${'-'.repeat(5)}END AGE ENCRYPTED FILE${'-'.repeat(5)}`)}
`,
  ),

  doc(
    'secret-store-references',
    ['config-syntax', 'precision'],
    'config/references.yaml',
    (k) => `database:
  password: ${k.n('"${{ secrets.DB_PASSWORD }}"')}
  password_azure: ${k.n('$(DbPassword)')}
  password_windows: ${k.n('%DB_PASSWORD%')}
  password_op: ${k.n('op://Production/shop-db/password')}
  password_vault: ${k.n('vault:secret/data/shop#password')}
  password_ssm: ${k.n("'{{resolve:ssm-secure:/shop/db/password:3}}'")}
  password_sm: ${k.n('arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/db-Q1w2E3')}
  password_kv: ${k.n('"@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/db-password/)"')}
  password_gcp: ${k.n('sm://acme-prod/db-password')}
  password_file: ${k.n('${file:/run/secrets/db_password}')}
  password_consul: ${k.n('{{ with secret "database/creds/shop" }}{{ .Data.password }}{{ end }}')}
  password_spring: ${k.n('${DB_PASSWORD}')}
  password_erb: ${k.n("<%= ENV['DB_PASSWORD'] %>")}
  password_jinja: ${k.n('{{ db_password }}')}
  password_tf: ${k.n('var.db_password')}
  password_cfn: ${k.n('!Ref DbPassword')}
api:
  token: ${k.n('${API_TOKEN:?missing}')}
  key: ${k.n('!Sub "{{resolve:secretsmanager:${SecretArn}:SecretString:apiKey}}"')}
`,
  ),

  doc(
    'ui-strings-config',
    ['config-syntax', 'precision'],
    'src/main/resources/messages_de.properties',
    (k) => `login.title=Anmelden
login.username=Benutzername
login.password=${k.n('Passwort')}
login.password.placeholder=${k.n('Ihr Passwort')}
login.password.forgot=${k.n('Passwort vergessen?')}
login.token.expired=${k.n('Ihr Token ist abgelaufen.')}
api.key.label=${k.n('API-Schlüssel')}
api.key.help=${k.n('Den Schlüssel finden Sie unter Einstellungen > API')}
error.password.tooShort=${k.n('Das Passwort muss mindestens {0} Zeichen lang sein.')}
error.secret.missing=${k.n('Kein Secret konfiguriert')}
password.policy.regex=${k.n('^(?=.*[A-Z])(?=.*[0-9]).{12,}$')}
auth.header.name=${k.n('X-Auth-Token')}
auth.scheme=${k.n('Bearer')}
session.cookie.name=${k.n('JSESSIONID')}
`,
  ),

  doc(
    'headers-with-variables',
    ['http-auth', 'precision'],
    'scripts/api-smoke.sh',
    (k) => `#!/bin/sh
set -eu
: "\${API_TOKEN:?API_TOKEN must be set}"
BASIC=$(printf '%s:%s' "$API_USER" "$API_PASS" | base64)

curl -fsS -H "Authorization: Bearer ${k.n('$API_TOKEN')}" "$BASE/v1/ping"
curl -fsS -H "Authorization: Bearer ${k.n('${ACCESS_TOKEN}')}" "$BASE/v1/me"
curl -fsS -H "Authorization: Basic ${k.n('$BASIC')}" "$BASE/legacy"
curl -fsS -H "X-API-Key: ${k.n('$(cat ~/.config/acme/key)')}" "$BASE/v1/keys"
curl -fsS -H 'Authorization: Bearer ${k.n('<token>')}' "$BASE/v1/docs-example"
curl -fsS -H "Authorization: Bearer ${k.n('{{token}}')}" "$BASE/v1/template"
curl -fsS -u "${k.n('$API_USER:$API_PASS')}" "$BASE/v1/basic"
curl -fsS --negotiate -u : "$BASE/kerberos"
curl -fsS -b "session=${k.n('$SESSION')}" "$BASE/v1/session"
curl -fsS "$BASE/v1/export?api_key=${k.n('$EXPORT_KEY')}&format=csv"
# expected response header:  WWW-Authenticate: Bearer realm="${k.n('acme')}", error="${k.n('invalid_token')}"
# request id for support:     X-Request-Id: ${k.n(k.g.uuid())}
`,
  ),

  doc(
    'random-non-secrets-log',
    ['logs-and-output', 'precision'],
    'logs/deploy-2024-05-12.log',
    (k) => `2024-05-12T06:00:00Z deploy start release=${k.n(k.g.hex(7))} image=registry.acme.io/api@sha256:${k.n(k.g.hex(64))}
2024-05-12T06:00:01Z helm upgrade shop ./charts/shop --set image.tag=${k.n(k.g.hex(12))}
2024-05-12T06:00:03Z request_id=${k.n(k.g.uuid())} trace_id=${k.n(k.g.hex(32))} span_id=${k.n(k.g.hex(16))}
2024-05-12T06:00:04Z etag="${k.n(k.g.hex(32))}" last_modified=2024-05-11
2024-05-12T06:00:05Z csp nonce=${k.n(k.g.base64(24))} integrity=${k.n(k.raw.integrity(k.g))}
2024-05-12T06:00:06Z cloudfront invalidation ${k.n(`I${k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 25)}`)} created
2024-05-12T06:00:07Z idempotency_key=${k.n(k.g.uuid())} correlation=${k.n(k.g.hex(24))}
2024-05-12T06:00:08Z token_hash=${k.n(k.g.hex(64))} key_fingerprint=SHA256:${k.n(k.g.base64(43))}
2024-05-12T06:00:09Z session_count=112 password_resets=3 api_keys_active=41
2024-05-12T06:00:10Z build ${k.n(`${k.g.digits(4)}-${k.g.hex(8)}`)} finished
2024-05-12T06:00:11Z device_id=${k.n(k.g.hex(16))} install_id=${k.n(k.g.uuid())}
`,
  ),

  doc('public-keys-certs', ['credential-file', 'precision'], 'deploy/keys/README.md', (k) => {
    const d = '-'.repeat(5);
    return `Public material only in this folder (private keys live in the vault).

\`authorized_keys\`:

    ${k.n(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${k.g.base64(43)} ops@bastion`)}
    ${k.n(`ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${k.g.base64(500)} deploy@ci`)}

\`jwt-public.pem\`:

${k.n(`${d}BEGIN PUBLIC KEY${d}\n${k.g.base64(64)}\n${k.g.base64(64)}\n${k.g.base64(64)}\n${k.g.base64(24)}\n${d}END PUBLIC KEY${d}`)}

\`ca.crt\`:

${k.n(`${d}BEGIN CERTIFICATE${d}\nMIID${k.g.base64(60)}\n${k.g.base64(64)}\n${k.g.base64(64)}\n${k.g.base64(32)}==\n${d}END CERTIFICATE${d}`)}

known_hosts line: \`${k.n(`|1|${k.g.base64(28)}=|${k.g.base64(28)}= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${k.g.base64(88)}=`)}\`
GPG key id: \`${k.n(k.g.hex(40).toUpperCase())}\`
`;
  }),

  doc(
    'env-example-placeholder-zoo',
    ['config-syntax', 'precision'],
    'services/billing/.env.example',
    (k) => `# Copy to .env and fill in. Never commit the real .env.
DB_HOST=localhost
DB_USER=billing
DB_PASSWORD=${k.n('')}
DB_PASSWORD_PROD=${k.n('<ask-ops>')}
REDIS_PASSWORD=${k.n('changeme')}
STRIPE_SECRET_KEY=${k.n('sk_test_xxx')}
STRIPE_WEBHOOK_SECRET=${k.n('whsec_...')}
SENDGRID_API_KEY=${k.n('SG.xxxxxxxx.yyyyyyyy')}
JWT_SECRET=${k.n('replace-with-64-random-chars')}
SESSION_SECRET=${k.n('your-session-secret')}
GITHUB_TOKEN=${k.n('ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX')}
AWS_ACCESS_KEY_ID=${k.n('AKIAXXXXXXXXXXXXXXXX')}
AWS_SECRET_ACCESS_KEY=${k.n('YOUR_AWS_SECRET')}
SMTP_PASS=${k.n('********')}
OAUTH_CLIENT_SECRET=${k.n('TODO')}
API_KEY=${k.n('<insert key here>')}
ENCRYPTION_KEY=${k.n('generate-with: openssl rand -hex 32')}
ADMIN_PASSWORD=${k.n('password')}
`,
  ),

  doc(
    'kubeconfig-no-secrets',
    ['credential-file', 'precision'],
    'clusters/gke/kubeconfig.yaml',
    (k) => `apiVersion: v1
kind: Config
clusters:
- name: gke-prod
  cluster:
    server: https://${k.n('34.90.11.22')}
    certificate-authority-data: ${k.n(k.g.base64(700))}
contexts:
- name: gke-prod
  context: { cluster: gke-prod, user: gke-user }
current-context: gke-prod
users:
- name: gke-user
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: ${k.n('gke-gcloud-auth-plugin')}
      installHint: Install gke-gcloud-auth-plugin
      provideClusterInfo: true
- name: oidc
  user:
    auth-provider:
      name: oidc
      config:
        client-id: ${k.n('kubernetes')}
        idp-issuer-url: https://id.acme.io/realms/ops
        idp-certificate-authority: ${k.n('/etc/ssl/acme-ca.pem')}
- name: sa-from-file
  user:
    tokenFile: ${k.n('/var/run/secrets/kubernetes.io/serviceaccount/token')}
    client-certificate: ${k.n('/home/ops/.kube/client.crt')}
    client-key: ${k.n('/home/ops/.kube/client.key')}
`,
  ),

  doc(
    'har-no-credentials',
    ['http-auth', 'logs-and-output', 'precision'],
    'debug/static-assets.har',
    (k) => `{
  "log": {
    "version": "1.2",
    "entries": [
      {
        "request": {
          "method": "GET",
          "url": "https://www.acme.io/?utm_source=newsletter&utm_campaign=${k.n(k.g.hex(8))}&gclid=${k.n(k.g.base64url(40))}",
          "headers": [
            { "name": "accept", "value": "text/html" },
            { "name": "if-none-match", "value": "W/\\"${k.n(k.g.hex(32))}\\"" },
            { "name": "cookie", "value": "_ga=${k.n(`GA1.1.${k.g.digits(10)}.${k.g.digits(10)}`)}; _fbp=${k.n(`fb.1.${k.g.digits(13)}.${k.g.digits(10)}`)}; cookie_consent=${k.n('accepted')}" },
            { "name": "traceparent", "value": "${k.n(`00-${k.g.hex(32)}-${k.g.hex(16)}-01`)}" }
          ]
        },
        "response": {
          "status": 304,
          "headers": [
            { "name": "cf-ray", "value": "${k.n(`${k.g.hex(16)}-FRA`)}" },
            { "name": "x-amz-request-id", "value": "${k.n(k.g.chars('ABCDEF0123456789', 16))}" },
            { "name": "content-security-policy", "value": "script-src 'nonce-${k.n(k.g.base64(24))}' 'sha256-${k.n(k.g.base64(43))}='" },
            { "name": "www-authenticate", "value": "${k.n('Bearer realm="api"')}" }
          ]
        }
      }
    ]
  }
}
`,
  ),

  doc('jenkins-credentials-encrypted', ['credential-file', 'precision'], 'jenkins_home/credentials.xml', (k) => {
    // Jenkins secrets are decryptable on the controller that holds master.key: reviewers disagree, so unscored.
    const enc = () => k.u(`{AQAAABAAAAA${k.g.pick(['Q', 'g', 'w'])}${k.g.base64(k.g.pick([44, 64, 88]))}}`);
    const ids = ['nexus-deploy', 'github-app', 'slack-webhook', 'sonar-token', 'aws-prod', 'ssh-deploy', 'docker-hub', 'pypi-upload'];
    const entries = ids
      .map(
        (id) => `      <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <scope>GLOBAL</scope>
        <id>${k.n(id)}</id>
        <description>${id} (managed by platform team)</description>
        <username>${k.n(k.g.pick(['deployment', 'acme-ci', 'bot', 'ci']))}</username>
        <password>${enc()}</password>
        <usernameSecret>false</usernameSecret>
      </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>`,
      )
      .join('\n');
    return `<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319.v7eb_51b_3a_c97b_">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
${entries}
      <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
        <id>${k.n('api-token')}</id>
        <secret>${enc()}</secret>
      </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
`;
  }),
];
