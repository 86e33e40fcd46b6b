// Operations files of small IT teams: shell history of the one-person IT department, CI pipelines, Dockerfiles,
// credential files (.netrc, .pgpass, rclone.conf, service-account JSON, SSH keys) and backup scripts.
import type { RealWorldDoc } from '../types';
import { cDoc, C } from './civicValues';

export const CIVIC_OPS_FILES_DOCS: RealWorldDoc[] = [
  cDoc(
    'civic-lawfirm-it-bash-history',
    ['command-line', 'precision'],
    'home/itadmin/.bash_history',
    (k) => `ssh itadmin@hb-fs01
smbclient //hb-fs01/matters -U 'HB\\svc-backup%${k.spw()}' -c 'ls'
mysql -h dms-db -u dms_ro -p${k.spw()} -e 'select count(*) from docs'
sha256sum /backups/dms-2026-03-30.tar.gz
echo ${k.n(C.sha256(k.g))} /backups/dms-2026-03-30.tar.gz | sha256sum -c
export VEEAM_PASS=${k.spw()}
curl -u admin:${k.spw()} -k https://hb-nas01:5001/webapi/entry.cgi?api=SYNO.Backup.Task
history -c
`,
  ),

  cDoc(
    'civic-gitlab-ci-charity-site',
    ['config-syntax', 'command-line', 'precision'],
    '.gitlab-ci.yml',
    (k) => `stages: [build, deploy]

variables:
  SFTP_HOST: ftp.charityhost.example
  SFTP_USER: foodbank
  # TODO: move to CI/CD variables
  SFTP_PASS: "${k.spw()}"
  COMPOSER_AUTH_TOKEN: $COMPOSER_AUTH_TOKEN

build:
  stage: build
  image: node:20
  script:
    - npm ci && npm run build

deploy:
  stage: deploy
  image: alpine
  script:
    - apk add lftp
    - lftp -u "$SFTP_USER,$SFTP_PASS" sftp://$SFTP_HOST -e "mirror -R dist/ public_html/wp-content/themes/foodbank; quit"
    - 'curl -X POST -H "Authorization: Bearer ${k.prov('github', C.githubPat(k.g))}" https://api.github.com/repos/riverside-foodbank/site/deployments'
  only: [main]
`,
  ),

  cDoc(
    'civic-dockerfile-idx-sync',
    ['config-syntax', 'command-line', 'precision'],
    'idx-sync/Dockerfile',
    (k) => `FROM php:8.2-cli
RUN apt-get update && apt-get install -y libzip-dev unzip && docker-php-ext-install zip pdo_mysql
COPY --from=composer:2 /usr/bin/composer /usr/bin/composer
WORKDIR /app
COPY . .
ARG RETS_PASS=${k.spw()}
ENV RETS_URL=https://rets.oakridge-mls.example/contact/rets/login \\
    RETS_USER=${k.n('OKR' + k.g.digits(5))} \\
    RETS_PASS=$RETS_PASS \\
    DB_DSN="mysql:host=db;dbname=idx" \\
    DB_PASS=${k.spw()}
RUN composer install --no-dev
CMD ["php", "bin/sync.php"]
`,
  ),

  cDoc(
    'civic-netrc-and-pgpass',
    ['credential-file', 'precision'],
    'home/datamgr/dotfiles.txt',
    (k) => `# ~/.netrc
machine sftp.ediscovery-vendor.example login hb-upload password ${k.spw()}
machine api.mlsgrid.com login oakridge password ${k.n('OAUTH')}

# ~/.pgpass
db.internal:5432:intake:intake:${k.spw()}
pg-portal.internal:5432:portal:portal_ro:${k.spw()}
*:*:*:postgres:${k.n('*')}
`,
  ),

  cDoc(
    'civic-rclone-conf-backup',
    ['credential-file', 'config-syntax', 'precision'],
    'home/backup/.config/rclone/rclone.conf',
    (k) => `[charity-b2]
type = b2
account = ${k.n(k.g.hex(12))}
key = ${k.s('token', 'K00' + k.g.alnum(28))}

[dropbox-board]
type = dropbox
token = {"access_token":"${k.prov('dropbox', C.dropbox(k.g))}","token_type":"bearer","refresh_token":"${k.tok()}","expiry":"2026-03-31T12:00:00Z"}

[sharepoint-archive]
type = onedrive
drive_type = business
drive_id = ${k.n('b!' + k.g.base64url(64))}

[crypt-archive]
type = crypt
remote = charity-b2:archive
password = ${k.u(k.g.base64url(48))}
`,
  ),

  cDoc(
    'civic-gcp-service-account-json',
    ['credential-file', 'precision'],
    'volunteer-rota/keys/rota-sheets-sync.json',
    (k) => `{
  "type": "service_account",
  "project_id": "riverside-volunteers",
  "private_key_id": "${k.n(k.g.hex(40))}",
  "private_key": "${k.key(C.pem(k.g, 'PRIVATE KEY').replace(/\n/g, '\\n'))}\\n",
  "client_email": "rota-sync@riverside-volunteers.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/rota-sync%40riverside-volunteers.iam.gserviceaccount.com"
}
`,
  ),

  cDoc(
    'civic-site-vpn-ssh-keys',
    ['credential-file', 'precision'],
    'site-it/keys/README-keys.md',
    (k) => `# Keys for the site cabin router (do NOT commit the private one… oops)

Public key installed on the router:

    ${k.n(C.sshPub(k.g, 'siteit@oakridgebuild'))}

Private key used by the monitoring box:

\`\`\`
${k.key(C.pem(k.g, 'OPENSSH PRIVATE KEY'))}
\`\`\`

Router certificate (public):

\`\`\`
${k.n(C.certPem(k.g))}
\`\`\`
`,
  ),

  cDoc(
    'civic-backup-powershell-matters',
    ['code', 'command-line', 'precision'],
    'scripts/Backup-Matters.ps1',
    (k) => `# Nightly copy of the matters share to the offsite NAS.
$user = 'HB\\svc-backup'
$pass = ConvertTo-SecureString '${k.spw()}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name M -PSProvider FileSystem -Root '\\\\offsite-nas\\matters' -Credential $cred
robocopy '\\\\HB-FS01\\Matters' 'M:\\' /MIR /R:2 /W:5 /LOG:C:\\Logs\\matters.log
# restic repo password comes from the vault:
$env:RESTIC_PASSWORD = (Get-Secret -Name 'restic-matters' -AsPlainText)
# old value kept for reference: ${k.n('********')}
`,
  ),

  cDoc(
    'civic-azure-storage-evidence-env',
    ['config-syntax', 'precision'],
    'ediscovery/uploader/.env',
    (k) => `# Evidence upload portal (custodian self-collection)
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=hbevidence;AccountKey=${k.prov('azure-storage', C.azureStorageKey(k.g))};EndpointSuffix=core.windows.net
UPLOAD_CONTAINER=intake
SAS_EXPIRY_HOURS=72
HASH_ALGO=sha256
SAMPLE_EVIDENCE_HASH=${k.n(C.sha256(k.g))}
OKTA_ISSUER=https://hartley-baxter.okta.com/oauth2/default
OKTA_CLIENT_ID=${k.n('0oa' + k.g.alnum(17))}
OKTA_API_TOKEN=${k.prov('okta', C.okta(k.g))}
`,
  ),

  cDoc(
    'civic-jenkinsfile-procore-sync',
    ['config-syntax', 'code', 'precision'],
    'ProcoreSync/Jenkinsfile',
    (k) => `pipeline {
  agent { label 'windows' }
  environment {
    PROCORE_CLIENT_SECRET = credentials('procore-client-secret')
    SAGE_PWD = credentials('sage-odbc')
    TEAMS_WEBHOOK = '${k.prov('teams-webhook', C.teamsHook(k.g))}'
  }
  stages {
    stage('Build') { steps { bat 'dotnet publish -c Release' } }
    stage('Deploy') {
      steps {
        bat 'net use \\\\\\\\app01\\\\ProcoreSync /user:OAK\\\\deploy ${k.spw()}'
        bat 'xcopy /E /Y bin\\\\Release\\\\net8.0\\\\publish \\\\\\\\app01\\\\ProcoreSync'
      }
    }
  }
}
`,
  ),

  cDoc(
    'civic-ansible-vars-site-it',
    ['config-syntax', 'precision'],
    'site-it/ansible/group_vars/site_cabins.yml',
    (k) => `site_cabin_ssid: RS-Site-Staff
site_cabin_psk: ${k.wifi()}
site_cabin_visitor_psk: "{{ vault_visitor_psk }}"
nvr_admin_password: !vault |
  ${k.n(C.ansibleVault(k.g).replace(/\n/g, '\n  '))}
unifi_controller_user: siteit
unifi_controller_password: ${k.spw()}
snmp_community: ${k.n('public')}
permit_board_ref: ${k.n(C.permit(k.g))}
`,
  ),

  cDoc(
    'civic-telegram-bot-site-alerts',
    ['code', 'defaults-in-code', 'precision'],
    'site-it/alerts/bot.py',
    (k) => `"""Sends NVR motion alerts from the compound to the site managers' Telegram group."""
import os, requests

BOT_TOKEN = os.environ.get("TG_BOT_TOKEN", "${k.prov('telegram', C.telegramBot(k.g))}")
CHAT_ID = ${k.n('-100' + k.g.digits(10))}
NVR = "http://10.60.1.10"
NVR_AUTH = ("admin", os.environ.get("NVR_PASS", "${k.dev()}"))

def alert(text):
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage", json={"chat_id": CHAT_ID, "text": text})
`,
  ),
];
