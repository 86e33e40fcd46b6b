// rw-dev7 look-alikes, credential files and HTTP auth: the files that hold credentials (.npmrc, .pypirc,
// docker config, kubeconfig, .netrc, AWS files, pgpass, HAR) where some entries are references, helpers or
// public values and others are the real thing.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { b64, certPem, jwt, pv, sha256, tightPw, urlTok } from './negValues';

export const NEG_CREDS_DOCS: RealWorldDoc[] = [
  doc(
    'neg-npmrc',
    ['precision', 'credential-file'],
    '.npmrc',
    (k) => `registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${k.n('${GITHUB_PACKAGES_TOKEN}')}
//registry.npmjs.org/:_authToken=${pv(k, 'npm', 'npm')}
//npm.example.org/:_auth=${k.http(b64('ci:' + tightPw(k.g)))}
always-auth=true
strict-ssl=true
package-lock=true
`,
  ),
  doc(
    'neg-pypirc',
    ['precision', 'credential-file'],
    '.pypirc',
    (k) => `[distutils]
index-servers =
    pypi
    testpypi
    internal

[pypi]
username = __token__
password = ${pv(k, 'pypi', 'pypi')}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = ${k.n('<set by keyring>')}

[internal]
repository = https://pypi.example.org/
username = uploader
password = ${k.pw(tightPw(k.g))}
`,
  ),
  doc(
    'neg-docker-config',
    ['precision', 'credential-file'],
    '.docker/config.json',
    (k) => `{
  "auths": {
    "ghcr.io": {},
    "registry.example.org": { "auth": "${k.http(b64('deploy:' + tightPw(k.g)))}" },
    "https://index.docker.io/v1/": { "identitytoken": "${k.n('')}" }
  },
  "credHelpers": {
    "${k.n(k.g.digits(12) + '.dkr.ecr.eu-west-1.amazonaws.com')}": "${k.n('ecr-login')}",
    "europe-docker.pkg.dev": "${k.n('gcloud')}"
  },
  "credsStore": "${k.n('desktop')}",
  "currentContext": "default"
}
`,
  ),
  doc(
    'neg-kubeconfig',
    ['precision', 'credential-file'],
    '.kube/config',
    (k) => `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${k.n(b64(certPem(k.g)))}
    server: https://${k.n(k.g.hex(32).toUpperCase())}.gr7.eu-west-1.eks.amazonaws.com
  name: prod
- cluster:
    server: https://10.0.0.10:6443
    insecure-skip-tls-verify: true
  name: lab
users:
- name: prod-sso
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "prod", "--role-arn", "${k.n('arn:aws:iam::' + k.g.digits(12) + ':role/eks-admin')}"]
- name: lab-admin
  user:
    token: ${k.http(jwt(k.g))}
contexts:
- context: { cluster: prod, user: prod-sso }
  name: prod
- context: { cluster: lab, user: lab-admin }
  name: lab
current-context: prod
`,
  ),
  doc(
    'neg-netrc-and-pgpass',
    ['precision', 'credential-file'],
    'ops/dotfiles.md',
    (k) => `Dotfiles on the jump host (copied for the migration, trim before sharing):

~/.netrc
    machine api.heroku.com login ops@example.org password ${k.tok(k.g.uuid())}
    machine git.example.org login ci password ${k.pw(tightPw(k.g))}
    machine example.net login anonymous password ${k.n('anonymous@')}

~/.pgpass
    db.internal:5432:*:report:${k.pw(tightPw(k.g))}
    localhost:5432:*:postgres:${k.n('*')}

~/.my.cnf
    [client]
    user=backup
    password=${k.pw(tightPw(k.g))}
    ssl-ca=${k.n('/etc/mysql/ca.pem')}
`,
  ),
  doc(
    'neg-aws-config-files',
    ['precision', 'credential-file'],
    '.aws/credentials',
    (k) => `[default]
aws_access_key_id = ${k.u('AKIA' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}
aws_secret_access_key = ${pv(k, 'awsSecret', 'aws')}

[sso-prod]
# uses sso_session in ~/.aws/config, no keys here
credential_process = ${k.n('/usr/local/bin/aws-vault exec prod --json')}

[readonly]
role_arn = ${k.n('arn:aws:iam::' + k.g.digits(12) + ':role/ReadOnly')}
source_profile = default
external_id = ${k.n(k.g.uuid())}
mfa_serial = ${k.n('arn:aws:iam::' + k.g.digits(12) + ':mfa/ana')}
`,
  ),
  doc(
    'neg-har-excerpt',
    ['precision', 'http-auth', 'logs-and-output'],
    'debug/checkout.har',
    (k) => `{
  "log": {
    "version": "1.2",
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://shop.example.org/api/checkout?_rid=${k.n(k.g.uuid())}",
          "headers": [
            { "name": "Authorization", "value": "Bearer ${k.http(jwt(k.g))}" },
            { "name": "X-Request-Id", "value": "${k.n(k.g.uuid())}" },
            { "name": "If-None-Match", "value": "W/\\"${k.n(k.g.hex(27))}\\"" },
            { "name": "X-CSRF-Token", "value": "${k.u(k.g.base64(43) + '=')}" },
            { "name": "Cookie", "value": "sid=${k.http(urlTok(k.g))}; _ga=${k.n('GA1.1.' + k.g.digits(10) + '.' + k.g.digits(10))}" }
          ],
          "postData": { "mimeType": "application/json", "text": "{\\"cartId\\":\\"${k.n(k.g.uuid())}\\",\\"idempotencyKey\\":\\"${k.n(k.g.uuid())}\\"}" }
        },
        "response": {
          "status": 200,
          "headers": [
            { "name": "ETag", "value": "\\"${k.n(sha256(k.g).slice(0, 32))}\\"" },
            { "name": "Content-Security-Policy", "value": "script-src 'nonce-${k.n(k.g.base64(22) + '==')}' 'strict-dynamic'" }
          ]
        }
      }
    ]
  }
}
`,
  ),
  doc(
    'neg-http-client-file',
    ['precision', 'http-auth'],
    'api/requests.http',
    (k) => `### Get token (uses the env file's values)
POST {{host}}/oauth/token
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id={{clientId}}&client_secret={{clientSecret}}

### Me
GET {{host}}/v1/me
Authorization: Bearer {{token}}

### Legacy admin (hard-coded, remove before merge)
GET https://legacy.example.org/admin/stats
Authorization: Basic ${k.http(b64('admin:' + tightPw(k.g)))}
X-Request-Id: ${k.n(k.g.uuid())}

### Partner API
GET https://partner.example.net/v3/items
X-Api-Key: ${k.http(k.g.hex(32))}
X-Api-Version: ${k.n('2026-01-01')}
`,
  ),
  doc(
    'neg-git-credentials',
    ['precision', 'credential-file'],
    'ops/git-credentials.txt',
    (k) => `# ~/.git-credentials on the build box (store helper)
https://ci-bot:${k.cs(k.g.crc32Token('ghp_', 30))}@github.com
https://oauth2:${k.cs(k.g.base64url(20).replace(/[-_]/g, 'k'))}@gitlab.example.org
# this one is a credential helper reference, not a token
https://x-access-token:${k.n('${{ steps.app-token.outputs.token }}')}@github.com
`,
  ),
  doc(
    'neg-postman-env',
    ['precision', 'http-auth', 'config-syntax'],
    'postman/staging.postman_environment.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "name": "staging",
  "values": [
    { "key": "baseUrl", "value": "https://staging.example.org", "enabled": true },
    { "key": "tenantId", "value": "${k.n(k.g.uuid())}", "enabled": true },
    { "key": "apiKeyHeader", "value": "${k.n('X-API-Key')}", "enabled": true },
    { "key": "apiKey", "value": "${k.tok(k.g.alnum(40))}", "type": "secret", "enabled": true },
    { "key": "password", "value": "${k.pw(tightPw(k.g))}", "type": "secret", "enabled": true },
    { "key": "accessToken", "value": "", "type": "secret", "enabled": true },
    { "key": "tokenExpiry", "value": "${k.n('1800')}", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.2.0"
}
`,
  ),
  doc(
    'neg-rclone-conf',
    ['precision', 'credential-file'],
    '.config/rclone/rclone.conf',
    (k) => `[b2]
type = b2
account = ${k.n(k.g.hex(12))}
key = ${k.tok('K00' + k.g.base64(28).replace(/[+/=]/g, 'Z'))}
hard_delete = true

[gdrive]
type = drive
scope = drive.readonly
client_id = ${k.n(k.g.digits(12) + '-' + k.g.lower(32) + '.apps.googleusercontent.com')}
token = {"access_token":"${k.n('ya29.<redacted>')}","token_type":"Bearer","refresh_token":"${k.tok('1//0' + k.g.base64url(96))}","expiry":"2026-03-04T11:00:00Z"}

[crypt]
type = crypt
remote = b2:backups
password = ${k.u(k.g.base64url(32))}
`,
  ),
];
