// rw-held-out2 precision, part 2: tutorials, templates, masked output and hashes in command lines and HTTP captures.
import type { RealWorldDoc } from '../types';
import { F, hdoc } from './proseKit';

export const PROSE_PRECISION2_DOCS: RealWorldDoc[] = [
  hdoc(
    'tutorial-curl-placeholders',
    ['precision', 'http-auth', 'command-line'],
    'docs/tutorials/api-auth.md',
    (k) => `# Authenticating against the API

Pass your token as a bearer token:

${F}bash
curl -H "Authorization: Bearer ${k.n('$TOKEN')}" https://api.example.com/v1/me
curl -H "Authorization: Bearer ${k.n('<YOUR_TOKEN>')}" https://api.example.com/v1/me
curl -u ${k.n('"$USER:$PASS"')} https://api.example.com/v1/me
curl -H "X-API-Key: ${k.n('{{api_key}}')}" https://api.example.com/v1/me
http GET https://api.example.com/v1/me "Authorization:Bearer ${k.n('${API_TOKEN}')}"
${F}

PowerShell: \`-Headers @{ Authorization = "Bearer ${k.n('$env:API_TOKEN')}" }\`
Windows cmd: \`curl -H "Authorization: Bearer ${k.n('%API_TOKEN%')}" ...\`
Basic auth header for \`user:password\` is \`Authorization: Basic ${k.n('dXNlcjpwYXNzd29yZA==')}\` — that is the literal word "password", only for illustration.
`,
  ),

  hdoc(
    'shell-script-reads-from-env',
    ['precision', 'command-line'],
    'scripts/backup-db.sh',
    (k) => `#!/usr/bin/env bash
set -euo pipefail
: "\${PGPASSWORD:?PGPASSWORD must be set}"
DB_PASS="$(cat /run/secrets/db_password)"
API_TOKEN="$(vault kv get -field=token secret/backup/api)"
S3_KEY="$(aws ssm get-parameter --name /backup/s3-key --with-decryption --query Parameter.Value --output text)"
export MYSQL_PWD="\${DB_PASS}"
mysqldump -u backup --password="\${DB_PASS}" app > "/backup/app-$(date +%F).sql"
curl -fsS -H "Authorization: Bearer \${API_TOKEN}" -T "/backup/app-$(date +%F).sql" https://backup.acme.dev/upload
sha256sum "/backup/app-$(date +%F).sql"   # ${k.n(k.V.sha256(k.g))}
echo "password=${k.n('********')} token=${k.n('[REDACTED]')}" >> /var/log/backup.log
`,
  ),

  hdoc(
    'http-capture-masked',
    ['precision', 'http-auth', 'logs-and-output'],
    'logs/gateway-debug.log',
    (k) => `2026-03-12T10:00:00Z > GET /v1/orders HTTP/1.1
2026-03-12T10:00:00Z > Host: api.acme.dev
2026-03-12T10:00:00Z > Authorization: Bearer ${k.n('eyJhbGciOi...[truncated]')}
2026-03-12T10:00:00Z > Cookie: session=${k.n('<redacted>')}; _ga=${k.n(`GA1.2.${k.g.digits(10)}.${k.g.digits(10)}`)}
2026-03-12T10:00:00Z > X-Api-Key: ${k.n('****************')}
2026-03-12T10:00:00Z > X-Request-Id: ${k.n(k.g.uuid())}
2026-03-12T10:00:00Z > If-None-Match: "${k.n(k.g.hex(32))}"
2026-03-12T10:00:01Z < HTTP/1.1 200 OK
2026-03-12T10:00:01Z < ETag: "${k.n(k.g.hex(32))}"
2026-03-12T10:00:01Z < Set-Cookie: __cf_bm=${k.u(k.g.base64url(43))}; path=/; expires=Thu, 12-Mar-26 10:30:01 GMT; HttpOnly; Secure
2026-03-12T10:00:01Z < Content-Security-Policy: script-src 'nonce-${k.n(k.g.base64(22))}'
`,
  ),

  hdoc(
    'security-advisory-token-formats',
    ['precision', 'prose'],
    'docs/security/advisory-2026-01.md',
    (k) => `# Security advisory 2026-01: tokens in build logs

Between 2026-01-03 and 2026-01-09 the build log uploader did not mask tokens. Affected token types and how they look:

| Type | Looks like |
|---|---|
| npm automation token | \`${k.n('npm_' + 'x'.repeat(36))}\` |
| GitHub Actions token | \`${k.n('ghs_<36 characters>')}\` |
| Docker Hub PAT | \`${k.n('dckr_pat_…')}\` |

All affected tokens were revoked on 2026-01-09; their SHA-256 fingerprints are listed for your own logs:

- ${k.n(k.V.sha256(k.g))}
- ${k.n(k.V.sha256(k.g))}
- ${k.n(k.V.sha256(k.g))}

No action is needed unless you see one of these fingerprints in \`hush scan --json\` output. Incident id: ${k.n(k.g.uuid())}.
`,
  ),

  hdoc(
    'postman-env-template',
    ['precision', 'http-auth'],
    'postman/Template.postman_environment.json',
    (k) => `{
  "id": "${k.n(k.g.uuid())}",
  "name": "Template (copy me)",
  "values": [
    { "key": "baseUrl", "value": "https://api.example.com", "type": "default", "enabled": true },
    { "key": "username", "value": "${k.n('your.name@example.com')}", "type": "default", "enabled": true },
    { "key": "password", "value": "${k.n('')}", "type": "secret", "enabled": true },
    { "key": "apiKey", "value": "${k.n('<paste your key>')}", "type": "secret", "enabled": true },
    { "key": "accessToken", "value": "${k.n('{{login.response.token}}')}", "type": "default", "enabled": true },
    { "key": "tenantId", "value": "${k.n(k.g.uuid())}", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.30.4"
}
`,
  ),

  hdoc(
    'shadow-and-htpasswd-docs',
    ['precision', 'prose'],
    'docs/linux/password-files.md',
    (k) => `# Where Linux keeps password hashes

\`/etc/shadow\` lines look like this (yescrypt / SHA-512):

${F}
root:${k.n(`$y$j9T$${k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 22)}$${k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 43)}`)}:19800:0:99999:7:::
deploy:${k.n(`$6$${k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 16)}$${k.g.chars('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 86)}`)}:19800:0:99999:7:::
nobody:${k.n('*')}:19800:0:99999:7:::
${F}

An \`.htpasswd\` entry: \`admin:${k.n(k.V.bcrypt(k.g))}\`. An OpenLDAP \`userPassword\`: \`${k.n(`{SSHA}${k.g.base64(32)}`)}\`.
A MySQL 5 hash: \`${k.n(`*${k.g.hex(40).toUpperCase()}`)}\`. None of these is the password itself.
`,
  ),

  hdoc(
    'docker-inspect-digests',
    ['precision', 'logs-and-output', 'command-line'],
    'notes/docker-inspect.txt',
    (k) => `$ docker image inspect registry.acme.dev/api:3.4.1 --format '{{json .RepoDigests}}'
["registry.acme.dev/api@${k.n(`sha256:${k.V.sha256(k.g)}`)}"]
$ docker ps --format '{{.ID}} {{.Names}}'
${k.n(k.g.hex(12))} api-1
${k.n(k.g.hex(12))} worker-1
$ docker secret ls
ID                          NAME          CREATED
${k.n(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 25))}   db_password   3 weeks ago
$ docker inspect api-1 --format '{{range .Config.Env}}{{println .}}{{end}}' | grep -i pass
DB_PASSWORD_FILE=/run/secrets/db_password
`,
  ),

  hdoc(
    'chat-password-talk-no-values',
    ['precision', 'prose'],
    'exports/slack/general-password-talk.txt',
    (k) => `Jana Nováková  9:14 AM
who knows the wifi password for the guest network?
Tobias Keller  9:15 AM
it's on the whiteboard in the kitchen, not posting it here
Jana Nováková  9:15 AM
😅 fair
Ravi Menon  9:20 AM
reminder: password rotation for the shared accounts is next Monday. Use the generator in 1Password, length 20, and update the item "Shared / Staging admin".
Tobias Keller  9:22 AM
does the staging admin still use "${k.n('admin')}" as the username?
Ravi Menon  9:23 AM
yes. And the API token field in the config stays \`${k.n('${STAGING_API_TOKEN}')}\`.
Jana Nováková  9:30 AM
TIL the password reset mail says "${k.n('Your password has been changed')}" even if you only changed the 2FA device
`,
  ),
  hdoc(
    'readme-multilingual-placeholders',
    ['precision', 'prose', 'command-line'],
    'docs/i18n/README.multi.md',
    (k) => `# 配置说明 / Настройка / 設定 / Konfiguration

**中文：** 在 \`config.yml\` 中填写 \`password: ${k.n('<你的密码>')}\`，API 密钥填写 \`api_key: ${k.n('你的API密钥')}\`。
**Русский:** укажите \`password: ${k.n('ваш_пароль')}\` и \`token: ${k.n('<ВАШ_ТОКЕН>')}\`.
**日本語：** \`password: ${k.n('＜パスワード＞')}\` と \`api_key: ${k.n('YOUR_API_KEY')}\` を設定してください。
**Deutsch:** \`password: ${k.n('<IhrPasswort>')}\` und \`token: ${k.n('${TOKEN}')}\`.
**Español:** \`password: ${k.n('tu_contraseña')}\`, \`api_key: ${k.n('TU-CLAVE-AQUI')}\`.
**Français :** \`password: ${k.n('votre-mot-de-passe')}\`.
**Türkçe:** \`password: ${k.n('<sifreniz>')}\`.
**한국어:** \`password: ${k.n('<비밀번호>')}\`.

${F}bash
myapp login --user ${k.n('"$MYAPP_USER"')} --password-stdin < ~/.myapp/pass
myapp config set api-key ${k.n('"$(pass show myapp/api-key)"')}
${F}
`,
  ),

  hdoc(
    'git-log-gerrit-ids',
    ['precision', 'logs-and-output'],
    'notes/git-log.txt',
    (k) => `commit ${k.n(k.V.gitSha(k.g))}
Author: Lena Fischer <lena@acme.example>
Date:   Tue Mar 10 09:12:44 2026 +0100

    auth: rotate signing key id in JWKS (kid ${k.n(k.g.hex(16))})

    Change-Id: ${k.n(`I${k.g.hex(40)}`)}
    Signed-off-by: Lena Fischer <lena@acme.example>

commit ${k.n(k.V.gitSha(k.g))}
Merge: ${k.n(k.g.hex(9))} ${k.n(k.g.hex(9))}
Author: ci-bot <ci@acme.example>
Date:   Mon Mar 9 18:00:01 2026 +0000

    Merge pull request #4411 from acme/fix/password-reset-token-expiry

    Reviewed-on: https://gerrit.acme.example/c/api/+/${k.g.digits(5)}
    Tested-by: CI <ci@acme.example>
`,
  ),

  hdoc(
    'kubectl-refs-and-files',
    ['precision', 'command-line'],
    'docs/k8s/create-secrets.md',
    (k) => `# Creating secrets without typing them

${F}sh
kubectl create secret generic api-db --from-file=password=${k.n('./db-password.txt')}
kubectl create secret generic api-env --from-env-file=${k.n('.env.prod')}
kubectl create secret tls api-tls --cert=tls.crt --key=${k.n('tls.key')}
kubectl get secret api-db -o jsonpath='{.data.password}'   # prints ${k.n('<base64>')}
helm upgrade api ./chart --set-file db.password=${k.n('./db-password.txt')} --set image.tag=${k.n(k.V.gitSha(k.g).slice(0, 12))}
${F}

Never use \`--from-literal=password=${k.n('...')}\`: it lands in your shell history.
`,
  ),
];
