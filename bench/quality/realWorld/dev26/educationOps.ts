// Campus and district operations: CI pipelines of the web team, Dockerfiles and compose files of the LMS and
// library stacks, cron scripts, build and deploy logs, Ansible inventories, and the backup jobs of a school server.
import type { RealWorldDoc } from '../types';
import { eduDoc, ED } from './educationValues';

export const EDU_OPS_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-moodle-docker-compose',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'moodle-docker/docker-compose.yml',
    (k) => `services:
  mariadb:
    image: mariadb:10.11
    environment:
      MARIADB_ROOT_PASSWORD: ${k.spw()}
      MARIADB_DATABASE: moodle
      MARIADB_USER: moodle
      MARIADB_PASSWORD: ${k.spw()}
    volumes: [db:/var/lib/mysql]
  moodle:
    image: bitnami/moodle:4.4
    environment:
      MOODLE_DATABASE_HOST: mariadb
      MOODLE_DATABASE_USER: moodle
      MOODLE_DATABASE_PASSWORD: ${k.n('${MOODLE_DB_PASSWORD}')}
      MOODLE_USERNAME: admin
      MOODLE_PASSWORD: ${k.hpw()}
      MOODLE_EMAIL: elearning@example.school
      MOODLE_SITE_NAME: "Example School Learning"
    ports: ["8080:8080"]
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${k.spw()}"]
volumes:
  db:
`,
  ),

  eduDoc(
    'edu-gitlab-ci-university-web',
    ['config-syntax', 'command-line', 'precision'],
    '.gitlab-ci.yml',
    (k) => `stages: [build, deploy]

variables:
  DRUPAL_SITE: www.example-uni.edu
  # deploy user on the web cluster
  SSH_USER: deploy

build:
  stage: build
  image: composer:2
  script:
    - composer install --no-dev
    - echo "COMPOSER_AUTH={\\"http-basic\\":{\\"packages.example-uni.edu\\":{\\"username\\":\\"ci\\",\\"password\\":\\"${k.spw()}\\"}}}" > auth.env

deploy:
  stage: deploy
  image: alpine
  script:
    - apk add openssh-client rsync
    - rsync -az web/ $SSH_USER@web01.example-uni.edu:/var/www/drupal/
    - ssh $SSH_USER@web01.example-uni.edu "cd /var/www/drupal && drush cr"
    - 'curl -X POST -H "X-Purge-Token: ${k.http(k.g.hex(40))}" https://cdn-admin.example-uni.edu/purge'
  only: [main]
  environment: production
  variables:
    DEPLOY_KEY_FINGERPRINT: "${k.n(`SHA256:${k.g.base64(43)}`)}"
    SLACK_WEBHOOK: $SLACK_WEBHOOK
`,
  ),

  eduDoc(
    'edu-dockerfile-koha',
    ['config-syntax', 'command-line', 'precision'],
    'koha-docker/Dockerfile',
    (k) => `FROM debian:bookworm-slim
LABEL maintainer="library-systems@example.edu"
ARG KOHA_VERSION=24.05
ENV KOHA_INSTANCE=library \\
    KOHA_DB_HOST=mariadb \\
    KOHA_DB_PASSWORD=${k.spw()} \\
    KOHA_ZEBRA_PASSWORD=${k.spw()} \\
    MEMCACHED_SERVERS=memcached:11211
RUN apt-get update && apt-get install -y wget gnupg && \\
    wget -qO - https://debian.koha-community.org/koha/gpg.asc | gpg --dearmor -o /usr/share/keyrings/koha.gpg && \\
    echo "deb [signed-by=/usr/share/keyrings/koha.gpg] https://debian.koha-community.org/koha \${KOHA_VERSION} main" > /etc/apt/sources.list.d/koha.list
RUN apt-get update && apt-get install -y koha-core && rm -rf /var/lib/apt/lists/*
# gpg key fingerprint checked: ${k.n(ED.fingerprint(k.g))}
COPY entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
`,
  ),

  eduDoc(
    'edu-backup-cron-bat',
    ['code', 'command-line', 'defaults-in-code', 'precision'],
    'C/Scripts/backup-school-server.bat',
    (k) => `@echo off
REM Nightly backup of the school server to the NAS in the staff room
REM written by Mr. Okafor (ICT), 2019 - still running
set NAS=\\\\NAS-STAFF\\backup
net use Z: %NAS% /user:NAS-STAFF\\backup ${k.spw()} /persistent:no
robocopy D:\\Shares\\Staff Z:\\Staff /MIR /R:1 /W:1 /LOG:C:\\Scripts\\robocopy.log
robocopy D:\\Shares\\Students Z:\\Students /MIR /R:1 /W:1 /LOG+:C:\\Scripts\\robocopy.log
"C:\\Program Files\\7-Zip\\7z.exe" a -p${k.spw()} Z:\\sims-%DATE:~-4%.7z D:\\SIMS\\Backup\\*.bak
sqlcmd -S SIMS01\\SIMS2008 -U sa -P ${k.spw()} -Q "BACKUP DATABASE [SIMS] TO DISK='D:\\SIMS\\Backup\\sims.bak' WITH INIT"
net use Z: /delete /y
REM checksum of last good backup: ${k.n(ED.md5(k.g))}
`,
  ),

  eduDoc(
    'edu-ansible-inventory-campus',
    ['config-syntax', 'precision'],
    'ansible/inventory/campus.ini',
    (k) => `[printservers]
papercut01.campus.example.edu

[labpcs]
lab-b1-[01:30].campus.example.edu

[labpcs:vars]
ansible_user=labadmin
ansible_password=${k.spw()}
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_port=5986

[kiosks]
libkiosk-[01:08].lib.example.edu ansible_user=kiosk ansible_become_pass=${k.spw()}

[all:vars]
ansible_python_interpreter=/usr/bin/python3
vault_password_file=${k.n('~/.ansible/vault_pass.txt')}
ntp_server=ntp.example.edu
`,
  ),

  eduDoc(
    'edu-deploy-log-lms',
    ['logs-and-output', 'precision'],
    'logs/deploy-lms-2026-01-08.log',
    (k) => `[2026-01-08T21:00:01Z] deploy lms-prod starting, release ${k.n(ED.gitSha(k.g).slice(0, 12))}
[2026-01-08T21:00:03Z] pulling image registry.example.edu/elearning/moodle@sha256:${k.n(ED.sha256(k.g))}
[2026-01-08T21:00:19Z] running: php admin/cli/upgrade.php --non-interactive
[2026-01-08T21:01:44Z] env check: DB_HOST=db-moodle DB_USER=moodleuser DB_PASS=${k.spw()} REDIS_AUTH=${k.n('***')}
[2026-01-08T21:01:45Z] smoke test GET https://learn.example.edu/login/index.php -> 200
[2026-01-08T21:01:46Z] smoke test GET https://learn.example.edu/webservice/rest/server.php?wstoken=${k.prov('Moodle web service token', ED.moodleToken(k.g))}&wsfunction=core_webservice_get_site_info&moodlewsrestformat=json -> 200
[2026-01-08T21:01:47Z] cache purge ok, request_id=${k.n(k.g.uuid())}
[2026-01-08T21:01:47Z] deploy finished in 106s
`,
  ),

  eduDoc(
    'edu-cron-moodle-php',
    ['code', 'defaults-in-code', 'precision'],
    'local/cron/sync_timetable.php',
    (k) => `<?php
// Imports the timetable export (Untis) into Moodle course groups every hour.
define('CLI_SCRIPT', true);
require(__DIR__ . '/../../config.php');

$untis_server = 'https://nessa.webuntis.com/WebUntis/jsonrpc.do?school=example-gym';
$untis_user = 'moodle-sync';
$untis_pass = '${k.spw()}';
$untis_secret = '${k.s('token', k.g.upper(16).replace(/[01]/g, '2'))}'; // 2FA shared secret of the sync user
$mapping_sheet = '${k.n(`https://docs.google.com/spreadsheets/d/${k.g.base64url(44)}/edit`)}';

$curl = new curl();
$auth = $curl->post($untis_server, json_encode([
    'id' => '1', 'method' => 'authenticate', 'jsonrpc' => '2.0',
    'params' => ['user' => $untis_user, 'password' => $untis_pass, 'client' => 'moodle'],
]));
mtrace('Untis session: ' . substr(json_decode($auth)->result->sessionId, 0, 4) . '...');
`,
  ),

  eduDoc(
    'edu-terraform-campus-azure',
    ['config-syntax', 'precision'],
    'infra/terraform/lms.auto.tfvars',
    (k) => `location            = "westeurope"
resource_group_name = "rg-lms-prod"
tenant_id           = "${k.n(k.g.uuid())}"
subscription_id     = "${k.n(k.g.uuid())}"
lms_db_admin_login  = "lmsadmin"
lms_db_admin_password = "${k.spw()}"
storage_account_key = "${k.prov('Azure storage account key', `${k.g.base64(86).replace(/=+$/, '')}==`)}"
tags = {
  owner       = "central-it"
  cost_center = "${k.n(k.g.digits(6))}"
}
`,
  ),

  eduDoc(
    'edu-k8s-secret-jupyter',
    ['config-syntax', 'credential-file', 'precision'],
    'k8s/jupyterhub/hub-secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: hub-secrets
  namespace: jhub-teaching
type: Opaque
data:
  # base64 of the values
  proxy.token: ${k.s('token', ED.b64(k.g.hex(32)))}
  hub.db.password: ${k.s('password', ED.b64(ED.safePw(k.g)))}
stringData:
  lti.client_secret: ${k.s('token', k.g.alnum(64))}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: hub-config
  namespace: jhub-teaching
data:
  lti.client_id: "${k.n(ED.canvasKeyId(k.g))}"
  db.user: jupyterhub
`,
  ),

  eduDoc(
    'edu-npmrc-edtech',
    ['credential-file', 'precision'],
    'edtech-monorepo/.npmrc',
    (k) => `@readingbuddy:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${k.prov('GitHub personal access token', ED.githubPat(k.g))}
//registry.npmjs.org/:_authToken=${k.prov('npm access token', ED.npm(k.g))}
//gitlab.example.edu/api/v4/projects/${k.g.digits(3)}/packages/npm/:_authToken=${k.n('${GITLAB_TOKEN}')}
engine-strict=true
`,
  ),

  eduDoc(
    'edu-pg-service-pgpass',
    ['credential-file', 'precision'],
    'home/ir-analyst/.pgpass',
    (k) => `# hostname:port:database:username:password
warehouse.ir.example.edu:5432:enrolment:ir_read:${k.spw()}
warehouse.ir.example.edu:5432:canvas_data:dap_loader:${k.spw()}
localhost:5432:*:postgres:${k.u('postgres')}
`,
  ),

  eduDoc(
    'edu-windows-unattend-labpc',
    ['config-syntax', 'credential-file', 'precision'],
    'deploy/unattend-lab.xml',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>${k.spw()}</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <AutoLogon>
        <Username>labstudent</Username>
        <Password><Value>${k.s('password', ED.b64(ED.safePw(k.g) + 'Password'))}</Value><PlainText>false</PlainText></Password>
        <Enabled>true</Enabled>
      </AutoLogon>
    </component>
    <component name="Microsoft-Windows-UnattendedJoin" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <Identification>
        <Credentials><Domain>CAMPUS</Domain><Username>svc-domainjoin</Username><Password>${k.spw()}</Password></Credentials>
        <JoinDomain>campus.example.edu</JoinDomain>
      </Identification>
    </component>
  </settings>
</unattend>
`,
  ),
];
