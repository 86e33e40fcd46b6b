// rw-dev7 look-alikes, command lines: shell histories and scripts where flags named like secrets take paths,
// names, stdin or references (`--password-file`, `--token-stdin`, `PWD=/srv`, `pass show`), mixed with the
// commands where someone typed the real value.
import { doc, F } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { b64, fpSha256, passphrase, pv, sha256, tightPw, tok, tpw, urlTok } from './negValues';

export const NEG_CMD_DOCS: RealWorldDoc[] = [
  doc(
    'neg-bash-history-ops',
    ['precision', 'command-line'],
    'home/ops/.bash_history',
    (k) => `cd /srv/app
PWD=${k.n('/srv/app')} ./bin/healthcheck
docker login -u ci --password-stdin registry.example.org < ~/.config/registry-token
echo "$REGISTRY_TOKEN" | docker login ghcr.io -u acme-bot --password-stdin
pass show infra/db/prod | head -1
op read "${k.n('op://Infra/Postgres prod/password')}"
kubectl create secret generic api --from-file=token=${k.n('./token.txt')} --dry-run=client -o yaml
mysql -h db.internal -u report -p${k.pw(tightPw(k.g))} reports
openssl rand -hex 32
gpg --recv-keys ${k.n(k.g.hex(40).toUpperCase())}
curl -H "Authorization: token ${pv(k, 'github', 'github')}" https://api.github.com/user
ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub
export PGPASSWORD=${k.pw(tightPw(k.g))}
psql -h pg.internal -U app -c 'select 1'
git log --oneline -3
sha256sum release.tar.gz
htpasswd -B -c /etc/nginx/.htpasswd grafana
redis-cli -a ${k.pw(tightPw(k.g))} --no-auth-warning ping
`,
  ),
  doc(
    'neg-zsh-history-dev',
    ['precision', 'command-line'],
    'home/mei/.zsh_history',
    (k) => `: 1772601000:0;npm config get //registry.npmjs.org/:_authToken
: 1772601040:0;npm token list
: 1772601100:0;gh auth status
: 1772601130:0;gh secret set NPM_TOKEN < npm-token.txt
: 1772601200:0;export OPENAI_API_KEY=${pv(k, 'openai', 'openai')}
: 1772601260:0;aws sso login --profile prod-readonly
: 1772601300:0;aws secretsmanager get-secret-value --secret-id ${k.n('prod/api-key')} --query SecretString --output text
: 1772601330:0;aws kms describe-key --key-id ${k.n('alias/prod-secrets')}
: 1772601400:0;git commit -m "rotate token; remove password from README"
: 1772601460:0;curl -u admin:${k.cs(tightPw(k.g))} http://localhost:15672/api/overview
: 1772601500:0;git rev-parse HEAD
: 1772601530:0;docker pull postgres@sha256:${k.n(sha256(k.g))}
: 1772601600:0;HUGGING_FACE_HUB_TOKEN=${pv(k, 'hf', 'huggingface')} python train.py --push
`,
  ),
  doc(
    'neg-deploy-script',
    ['precision', 'command-line', 'code'],
    'scripts/deploy.sh',
    (k) => `#!/usr/bin/env bash
set -euo pipefail
PASSWORD_FILE="\${PASSWORD_FILE:-${k.n('/run/secrets/deploy_password')}}"
TOKEN_PATH="${k.n('$HOME/.config/deploy/token')}"
API_KEY_NAME="${k.n('deploy-bot')}"
SECRET_ID="${k.n('projects/acme/secrets/deploy-key/versions/latest')}"
PWD_BEFORE="$PWD"

ansible-playbook site.yml --vault-password-file "${k.n('~/.vault_pass')}" -e "db_password_length=${k.n('24')}"
gcloud secrets versions access latest --secret="${k.n('deploy-key')}" > /tmp/key.json
rsync -e "ssh -i ~/.ssh/deploy_ed25519" -a dist/ web@10.0.4.12:/srv/www/
sshpass -p '${k.pw(tightPw(k.g))}' ssh -o StrictHostKeyChecking=no legacy@10.0.9.3 'systemctl restart app'
curl -fsS -X POST "https://api.statuspage.io/v1/pages/${k.n(k.g.lower(12))}/incidents" -H "Authorization: OAuth ${k.http(k.g.hex(32))}"
cd "$PWD_BEFORE"
`,
  ),
  doc(
    'neg-readme-cli-usage',
    ['precision', 'command-line', 'prose'],
    'cli/README.md',
    (k) => `# acme-cli

${F}
Usage: acme login [--token-stdin] [--password-file PATH] [--api-key-env NAME]

  --token-stdin           read the token from standard input
  --password-file PATH    read the password from PATH (mode 0600)
  --api-key-env NAME      take the API key from environment variable NAME (default: ACME_API_KEY)
  --secret-backend NAME   one of: keyring, vault, env (default: keyring)
${F}

Examples:

${F}sh
acme login --token-stdin < ~/.acme/token
acme login --password-file ${k.n('/etc/acme/pw')}
ACME_API_KEY=${k.n('<your key>')} acme deploy
acme keys list   # shows key ids like ${k.n('key_' + k.g.alnum(10))}, never the keys
${F}

Our own CI logs in with the service account below (rotated monthly by the platform team):

${F}sh
acme login --token ${tok(k)}
${F}
`,
  ),
  doc(
    'neg-powershell-profile',
    ['precision', 'command-line', 'code'],
    'scripts/Connect-Prod.ps1',
    (k) => `param([string]$SecretName = "${k.n('prod-sql')}")
$VaultName = "${k.n('kv-ops-prod')}"
$cred = Get-Secret -Name $SecretName -Vault $VaultName
$thumbprint = "${k.n(k.g.hex(40).toUpperCase())}"
$cert = Get-ChildItem Cert:\\CurrentUser\\My\\$thumbprint
Connect-AzAccount -ServicePrincipal -Tenant "${k.n(k.g.uuid())}" -ApplicationId "${k.n(k.g.uuid())}" -CertificateThumbprint $thumbprint
# fallback when the vault is down
$plain = ConvertTo-SecureString "${k.pw(tightPw(k.g))}" -AsPlainText -Force
$fallback = New-Object System.Management.Automation.PSCredential ("ops", $plain)
Invoke-Sqlcmd -ServerInstance sql01 -Credential $fallback -Query "SELECT 1"
`,
  ),
  doc(
    'neg-makefile',
    ['precision', 'command-line', 'code'],
    'Makefile',
    (k) => `PWD := ${k.n('$(shell pwd)')}
TOKEN_FILE ?= ${k.n('.secrets/token')}
PASSWORD_ENV ?= ${k.n('DB_PASSWORD')}
IMAGE_DIGEST := ${k.n('sha256:' + k.g.hex(64))}

login:
\t@cat $(TOKEN_FILE) | docker login -u ci --password-stdin registry.example.org

db-shell:
\tpsql "postgresql://app:${k.cs(tightPw(k.g))}@localhost:5432/app"

release:
\tgh release create $(VERSION) --notes-file CHANGELOG.md
\tcurl -X POST -H "X-API-Key: ${k.http(k.g.hex(40))}" https://hooks.example.org/release
`,
  ),
  doc(
    'neg-cron-and-systemd',
    ['precision', 'command-line', 'config-syntax'],
    'ops/backup.service',
    (k) => `[Unit]
Description=Nightly backup

[Service]
Type=oneshot
WorkingDirectory=${k.n('/srv/backup')}
Environment=PWD=${k.n('/srv/backup')}
Environment=RESTIC_PASSWORD_FILE=${k.n('/etc/restic/password')}
Environment=RESTIC_REPOSITORY=s3:https://s3.eu-west-1.amazonaws.com/acme-backups
Environment=AWS_ACCESS_KEY_ID=${k.u('AKIA' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}
Environment=AWS_SECRET_ACCESS_KEY=${pv(k, 'awsSecret', 'aws')}
LoadCredential=${k.n('restic-password:/etc/restic/password')}
ExecStart=/usr/bin/restic backup /srv/data --tag nightly
`,
  ),
  doc(
    'neg-gcloud-session',
    ['precision', 'command-line', 'logs-and-output'],
    'notes/gcloud-setup.md',
    (k) => `Setting up the build VM:

${F}
$ gcloud auth list
       Credentialed Accounts
ACTIVE  ACCOUNT
*       ${k.n('builder@ci-prod-118273.iam.gserviceaccount.com')}
$ gcloud iam service-accounts keys list --iam-account builder@ci-prod-118273.iam.gserviceaccount.com
KEY_ID                                    CREATED_AT            EXPIRES_AT
${k.n(k.g.hex(40))}  2026-01-09T10:11:12Z  9999-12-31T23:59:59Z
${k.n(k.g.hex(40))}  2025-06-01T08:00:00Z  9999-12-31T23:59:59Z
$ gcloud kms keys list --location europe-west1 --keyring ${k.n('app-secrets')}
NAME                                                                                      PURPOSE
projects/ci-prod-118273/locations/europe-west1/keyRings/app-secrets/cryptoKeys/${k.n('db-password-kek')}   ENCRYPT_DECRYPT
${F}

The SSH host fingerprint is ${k.n(fpSha256(k.g))}. The VM's local admin is \`builder\` with password
\`${tpw(k)}\` until OS Login is switched on.
`,
  ),
  doc(
    'neg-curl-examples-doc',
    ['precision', 'command-line', 'http-auth'],
    'docs/api/curl.md',
    (k) => `# Calling the API with curl

${F}sh
# with your personal token (create one under Settings > Tokens)
curl -H "Authorization: Bearer $ACME_TOKEN" https://api.example.org/v1/me
curl -H "X-API-Key: \${API_KEY}" https://api.example.org/v1/reports
curl -u "$USER:$PASSWORD" https://legacy.example.org/export
curl -H 'Authorization: Basic ${k.n(b64('username:password'))}' https://legacy.example.org/export  # literally "username:password"
${F}

Webhook deliveries are signed with \`X-Signature: sha256=${k.n(sha256(k.g))}\` (HMAC of the body); verify it
with the endpoint's signing secret.

For the internal status board (read-only), the team key is:

${F}sh
curl -H "X-API-Key: ${k.http(urlTok(k.g))}" https://status.internal/api/v1/checks
curl -u statusbot:${k.cs(tightPw(k.g))} https://status.internal/api/v1/silence
${F}
`,
  ),
  doc(
    'neg-passphrase-handover',
    ['precision', 'command-line', 'prose'],
    'notes/laptop-handover.txt',
    (k) => `Laptop handover for Lucía (asset 4471)

- disk encryption recovery key id: ${k.n(k.g.hex(8).toUpperCase())}-${k.n(k.g.hex(4).toUpperCase())} (the key itself is in the MDM)
- BitLocker key protector id: {${k.n(k.g.uuid().toUpperCase())}}
- ssh public key already on the bastion: ${k.n(fpSha256(k.g))}
- gpg key passphrase (she asked to keep it here until she sets up her own vault): ${k.pw(passphrase(k.g))}
- wifi "acme-office": ${k.pw(tightPw(k.g))}

Commands she will run first:
  git config --global user.signingkey ${k.n(k.g.hex(16).toUpperCase())}
  gh auth login --with-token < token.txt
`,
  ),
];
