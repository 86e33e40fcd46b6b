// rw-dev2: credential files as tools write them and people commit or paste them (netrc, pgpass, my.cnf, registry
// auth files, kubeconfig, cloud CLIs, network and mail clients, inventories, Secrets, compose files). Access key
// ids and user-token names (AWS, B2, Wasabi, Sonatype) are unscored, as in rw-dev: the secret beside them is the label.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { hpwm, pwFit, pwm, jsonEsc, pctPw, opaque, user } from './filesHttpKit';

export const FILES_HTTP_CREDS: RealWorldDoc[] = [
  doc(
    'netrc-one-line-macdef',
    ['credential-file'],
    'dotfiles/netrc',
    (k) => `# ~/.netrc  (chmod 600!)  synced by my dotfiles repo, oops
machine api.github.com login ${k.n('mlopez')} password ${k.prov('githubClassic', 'GitHub')}
machine uploads.github.com login ${k.n('mlopez')} password ${k.prov('githubClassic', 'GitHub')}
machine ftp.scans.acme-lab.org login ${k.n('scanner')} account ${k.n('lab2')} password ${pwm(k)}
machine 10.20.0.15
    login root
    password ${hpwm(k)}
machine urs.earthdata.nasa.gov login mlopez password ${hpwm(k)}
machine example.com login ${k.n('user')} password ${k.n('YOUR_PASSWORD')}

macdef init
cd /pub/outgoing
binary

default login anonymous password ${k.n('anonymous@')}
`,
  ),

  doc('pgpass-escaped', ['credential-file'], 'ops/dba/pgpass.txt', (k) => {
    const raw = pwFit(k, /[\s]/).replace(/[:\\]/g, '');
    const colonPw = `${k.raw.humanPassword(k.g).replace(/[:\\\s]/g, '')}\\:${k.g.digits(3)}`;
    return `# hostname:port:database:username:password
# copy to ~/.pgpass and chmod 0600 before running the nightly dumps
localhost:5432:*:postgres:${k.s('password', raw)}
pg-main.internal:5432:billing:billing_ro:${pwm(k, /[:\\\s]/)}
pg-main.internal:5432:billing:billing_rw:${k.s('password', colonPw)}
pg-replica-*.internal:*:*:replicator:${k.s('password', k.g.alnum(24))}
*:*:*:analytics:${hpwm(k, /[:\\\s]/)}
# staging uses IAM auth now, the line below is a template only
staging-db.internal:5432:app:app:${k.n('<generated-by-aws-rds-generate-db-auth-token>')}
`;
  }),

  doc(
    'my-cnf-sections',
    ['credential-file', 'config-syntax'],
    'ansible/roles/mysql/files/root.my.cnf',
    (k) => `[client]
user=root
password="${pwm(k)}"
socket=/var/run/mysqld/mysqld.sock

[mysqldump]
user = backup
password = '${hpwm(k)}'
single-transaction
quick

[mysql]
prompt = "\\\\u@\\\\h [\\\\d]> "
# no password here on purpose, mysql will ask
password

[client-replica]
host = db-replica-2
user = monitor
pass = ${pwm(k, /[\s#;'"\\]/)}

!includedir /etc/mysql/conf.d/
`,
  ),

  doc(
    'git-credentials-encoded',
    ['credential-file'],
    'backup/home/build/.git-credentials',
    (k) => `https://build%40acme.io:${k.s('connection-string', pctPw(k))}@git.acme.io
https://oauth2:${k.prov('gitlab', 'GitLab')}@gitlab.com
https://x-access-token:${k.prov('githubApp', 'GitHub')}@github.com
https://acme-ci:${k.s('connection-string', k.g.chars('abcdefghijklmnopqrstuvwxyz234567', 52))}@dev.azure.com
https://${k.n('USERNAME')}:${k.n('PERSONAL_ACCESS_TOKEN')}@github.com
`,
  ),

  doc(
    'gitconfig-url-tokens',
    ['credential-file', 'config-syntax'],
    'ci/gitconfig',
    (k) => `[user]
\tname = Acme CI
\temail = ci@acme.io
[url "https://ci-bot:${k.prov('githubClassic', 'GitHub')}@github.com/acme/"]
\tinsteadOf = https://github.com/acme/
[url "https://gitlab-ci-token:${k.n('$' + '{CI_JOB_TOKEN}')}@gitlab.acme.io/"]
\tinsteadOf = git@gitlab.acme.io:
[http "https://git.legacy.acme.io/"]
\textraheader = AUTHORIZATION: basic ${k.basic('svc-mirror')}
\tsslVerify = false
[credential]
\thelper = ${k.n('store --file ~/.git-credentials')}
[core]
\tsshCommand = ssh -i ~/.ssh/id_ed25519_ci
[remote "origin"]
\turl = https://mirror:${k.cs()}@git.legacy.acme.io/platform/tools.git
\tfetch = +refs/heads/*:refs/remotes/origin/*
[commit]
\tgpgsign = true
\tsigningkey = ${k.n(k.g.hex(16).toUpperCase())}
`,
  ),

  doc(
    'npmrc-legacy-auth',
    ['credential-file'],
    'packages/web/.npmrc',
    (k) => `; project npmrc, committed by accident with the CI user's auth
registry = https://nexus.acme.internal/repository/npm-group/
_auth = "${k.basic('npm-ci')}"
email = npm-ci@acme.io
always-auth = true
strict-ssl = false
//nexus.acme.internal/repository/npm-group/:_password="${k.s('password', k.raw.b64(pwFit(k)))}"
//nexus.acme.internal/repository/npm-group/:username=npm-ci
//npm.fontawesome.com/:_authToken=${k.tok(k.g.uuid().toUpperCase())}
@fortawesome:registry=https://npm.fontawesome.com/
//registry.npmjs.org/:_authToken=\${NPM_TOKEN}
package-lock = true
`,
  ),

  doc(
    'yarnrc-yml',
    ['credential-file', 'config-syntax'],
    '.yarnrc.yml',
    (k) => `nodeLinker: node-modules
enableTelemetry: false
npmRegistryServer: "https://registry.yarnpkg.com"

npmScopes:
  acme:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAlwaysAuth: true
    npmAuthToken: ${k.prov('githubClassic', 'GitHub')}
  legacy:
    npmRegistryServer: "https://artifactory.acme.io/api/npm/npm-local"
    npmAuthIdent: "deployer:${pwm(k)}"
  public:
    npmAuthToken: "\${NPM_PUBLIC_TOKEN:-}"

npmRegistries:
  "https://nexus.acme.internal/repository/npm/":
    npmAuthIdent: ${k.basic('yarn')}
    npmAlwaysAuth: true

yarnPath: .yarn/releases/yarn-4.1.1.cjs
checksumBehavior: update
`,
  ),

  doc(
    'gem-bundle-cargo',
    ['credential-file'],
    'docs/dev-machine-backup.txt',
    (k) => `=== ~/.gem/credentials ===
---
:rubygems_api_key: ${k.prov('rubygems', 'RubyGems')}
:github: Bearer ${k.prov('githubClassic', 'GitHub')}

=== ~/.bundle/config ===
---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_GEMS__CONTRIBSYS__COM: "${k.g.hex(8)}:${k.s('token', k.g.hex(8))}"
BUNDLE_RUBYGEMS__PKG__GITHUB__COM: "mlopez:${k.prov('githubClassic', 'GitHub')}"
BUNDLE_JOBS: "4"

=== ~/.cargo/credentials.toml ===
[registry]
token = "${k.s('provider', `cio${k.g.alnum(32)}`, 'crates.io')}"

[registries.acme]
token = "Bearer ${k.tok(k.g.base64url(40))}"

=== ~/.condarc ===
channels:
  - https://conda.anaconda.org/t/${k.s('token', `${k.g.lower(2)}-${k.g.hex(8)}-${k.g.hex(4)}-${k.g.hex(4)}-${k.g.hex(4)}-${k.g.hex(12)}`)}/acme-private
  - conda-forge
ssl_verify: true
`,
  ),

  doc(
    'gradle-user-home',
    ['credential-file', 'config-syntax'],
    'home/ci/.gradle/gradle.properties',
    (k) => `org.gradle.jvmargs=-Xmx4g -XX:MaxMetaspaceSize=1g
org.gradle.parallel=true
org.gradle.caching=true

# Nexus
nexusUsername=deployment
nexusPassword=${pwm(k, /[\s\\]/)}
mavenCentralUsername=${k.u(k.g.alnum(8))}
mavenCentralPassword=${k.s('token', k.g.alnum(44))}

# signing (key id is public, the passphrase is not)
signing.keyId=${k.n(k.g.hex(8).toUpperCase())}
signing.password=${k.passphrase()}
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg

systemProp.https.proxyHost=proxy.acme.internal
systemProp.https.proxyPort=3128
systemProp.https.proxyUser=svc-gradle
systemProp.https.proxyPassword=${hpwm(k, /[\s\\]/)}
gpr.user=acme-ci
gpr.key=${k.prov('githubClassic', 'GitHub')}
sonar.token=${k.s('provider', `squ_${k.g.hex(40)}`, 'SonarQube')}
kotlin.code.style=official
`,
  ),

  doc(
    'nuget-config-mixed',
    ['credential-file', 'config-syntax'],
    'src/nuget.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="AcmeFeed" value="https://pkgs.dev.azure.com/acme/_packaging/acme/nuget/v3/index.json" />
    <add key="Telerik" value="https://nuget.telerik.com/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <AcmeFeed>
      <add key="Username" value="az" />
      <add key="ClearTextPassword" value="${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyz234567', 52))}" />
    </AcmeFeed>
    <Telerik>
      <add key="Username" value="dev@acme.io" />
      <add key="ClearTextPassword" value="${hpwm(k, /["&<>\\]/)}" />
    </Telerik>
    <Legacy>
      <add key="Username" value="build" />
      <add key="Password" value="${k.n(k.g.base64(240))}" />
    </Legacy>
  </packageSourceCredentials>
  <apikeys>
    <add key="https://api.nuget.org/v3/index.json" value="${k.prov('nuget', 'NuGet')}" />
  </apikeys>
</configuration>
`,
  ),

  doc(
    'docker-config-many',
    ['credential-file'],
    'runner/.docker/config.json',
    (k) => `{
\t"auths": {
\t\t"https://index.docker.io/v1/": {
\t\t\t"auth": "${k.basic('acmeci', k.raw.p.dockerHub(k.g))}"
\t\t},
\t\t"registry.gitlab.com": {
\t\t\t"auth": "${k.basic('gitlab-ci-token')}"
\t\t},
\t\t"123456789012.dkr.ecr.eu-west-1.amazonaws.com": {},
\t\t"acme.azurecr.io": {
\t\t\t"username": "00000000-0000-0000-0000-000000000000",
\t\t\t"identitytoken": "${k.s('token', k.raw.jwt(k.g))}"
\t\t},
\t\t"ghcr.io": {
\t\t\t"username": "acme-ci",
\t\t\t"password": "${k.prov('githubClassic', 'GitHub')}"
\t\t}
\t},
\t"credsStore": "${k.n('desktop')}",
\t"credHelpers": {
\t\t"123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"
\t},
\t"HttpHeaders": {
\t\t"User-Agent": "Docker-Client/24.0.7 (linux)",
\t\t"X-Meta-Source-Client": "${k.n('azure/acr')}"
\t}
}
`,
  ),

  doc(
    'kubeconfig-token-basic',
    ['credential-file', 'config-syntax'],
    'clusters/onprem/admin.kubeconfig',
    (k) => `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${k.n(k.g.base64(600))}
    server: https://10.40.0.10:6443
  name: onprem
- cluster:
    insecure-skip-tls-verify: true
    server: https://k3s.lab.acme.io:6443
  name: lab
contexts:
- context: {cluster: onprem, user: ci-deployer, namespace: apps}
  name: ci@onprem
- context: {cluster: lab, user: lab-admin}
  name: lab
current-context: ci@onprem
users:
- name: ci-deployer
  user:
    token: ${k.s('token', k.raw.jwt(k.g, { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'apps', sub: 'system:serviceaccount:apps:ci-deployer' }))}
- name: lab-admin
  user:
    username: admin
    password: ${pwm(k, /[\s#'"\\:{}[\],&*!|>%@`]/)}
- name: k3s-default
  user:
    client-certificate-data: ${k.n(k.g.base64(800))}
    client-key-data: ${k.s('private-key', k.raw.b64(k.raw.privateKey(k.g, 'ec')))}
- name: eks
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "prod"]
- name: static-token
  user:
    token: ${k.s('token', `${k.g.lower(6)}.${k.g.lower(16)}`)}
`,
  ),

  doc(
    'aws-config-and-credentials',
    ['credential-file'],
    'notes/aws-setup-laptop.md',
    (k) => `My ~/.aws after running \`aws configure\` and pasting the temporary creds from the SSO portal:

~/.aws/credentials
[default]
aws_access_key_id = ${k.u(k.raw.p.awsId(k.g))}
aws_secret_access_key = ${k.prov('awsSecret', 'AWS')}

[temp]
aws_access_key_id=ASIA${k.u(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}
aws_secret_access_key=${k.prov('awsSecret', 'AWS')}
aws_session_token=${k.s('provider', `IQoJb3JpZ2luX2Vj${k.g.base64(380)}`, 'AWS session token')}

~/.aws/config
[default]
region = eu-west-1
output = json

[profile prod]
sso_start_url = https://acme.awsapps.com/start
sso_region = eu-west-1
sso_account_id = ${k.n(k.g.digits(12))}
sso_role_name = ReadOnly

[profile legacy]
credential_process = ${k.n('/usr/local/bin/aws-vault exec legacy --json')}
role_arn = arn:aws:iam::${k.n(k.g.digits(12))}:role/Deployer
source_profile = default
`,
  ),

  doc(
    'rclone-conf-remotes',
    ['credential-file', 'config-syntax'],
    'home/media/.config/rclone/rclone.conf',
    (k) => `[b2]
type = b2
account = ${k.u(`00${k.g.hex(10)}0000000001`)}
key = ${k.s('token', `K00${k.g.base64(28).replace(/[+/=]/g, 'x')}`)}
hard_delete = true

[wasabi]
type = s3
provider = Wasabi
access_key_id = ${k.u(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20))}
secret_access_key = ${k.s('token', k.g.base64(40).replace(/[+/]/g, 'Q'))}
endpoint = s3.eu-central-1.wasabisys.com

[nextcloud]
type = webdav
url = https://cloud.example-home.net/remote.php/dav/files/media
vendor = nextcloud
user = media
pass = ${k.s('password', k.g.base64url(46))}

[crypt]
type = crypt
remote = b2:media-backup
password = ${k.s('password', k.g.base64url(62))}
password2 = ${k.s('password', k.g.base64url(62))}

[gdrive]
type = drive
scope = drive
token = {"access_token":"ya29.${k.s('provider', k.g.base64url(150), 'Google OAuth')}","token_type":"Bearer","refresh_token":"1//${k.s('provider', k.g.base64url(100), 'Google OAuth refresh')}","expiry":"2024-05-08T14:12:09.5Z"}
team_drive = ${k.n('')}
`,
  ),

  doc(
    's3cfg-boto',
    ['credential-file', 'config-syntax'],
    'legacy/backup-host/etc-files.txt',
    (k) => `--- /root/.s3cfg ---
[default]
access_key = ${k.u(k.raw.p.awsId(k.g))}
secret_key = ${k.prov('awsSecret', 'AWS')}
bucket_location = EU
gpg_passphrase = ${k.passphrase()}
host_base = s3.amazonaws.com
use_https = True
proxy_host =
proxy_port = 0

--- /root/.boto ---
[Credentials]
gs_oauth2_refresh_token = 1/${k.s('provider', k.g.base64url(43), 'Google OAuth refresh')}
aws_access_key_id = ${k.u(k.raw.p.awsId(k.g))}
aws_secret_access_key = ${k.prov('awsSecret', 'AWS')}

[Boto]
https_validate_certificates = True

[GSUtil]
default_project_id = ${k.n('acme-backups-2231')}
`,
  ),

  doc(
    'terraformrc-tfvars',
    ['credential-file', 'config-syntax'],
    'infra/README-local-setup.md',
    (k) => `Terraform needs two local files that are NOT in git (they are now, sorry, rotating):

\`~/.terraformrc\`:

    credentials "app.terraform.io" {
      token = "${k.prov('terraformCloud', 'Terraform Cloud')}"
    }
    plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"

\`envs/prod/terraform.tfvars\`:

    region            = "eu-central-1"
    db_username       = "app_admin"
    db_password       = "${pwm(k)}"
    datadog_api_key   = "${k.s('token', k.g.hex(32))}"
    datadog_app_key   = "${k.s('token', k.g.hex(40))}"
    cloudflare_token  = "${k.prov('cloudflare', 'Cloudflare')}"
    admin_cidrs       = ["10.0.0.0/8", "192.168.10.0/24"]
    vpn_psk           = "${k.s('password', k.g.alnum(32))}"
    grafana_admin_pwd = ${k.n('null')}  # set by vault

\`envs/dev/terraform.tfvars\` uses \`db_password = ${k.n('"dev"')}\` which is fine.
`,
  ),

  doc(
    'jenkins-casc-yaml',
    ['credential-file', 'config-syntax'],
    'jenkins/casc/jenkins.yaml',
    (k) => `jenkins:
  systemMessage: "Acme CI - managed by JCasC"
  securityRealm:
    local:
      allowsSignup: false
      users:
        - id: admin
          password: ${k.n('$' + '{JENKINS_ADMIN_PASSWORD}')}
        - id: release-bot
          password: "${pwm(k)}"
  numExecutors: 0
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: nexus-deploy
              username: deployment
              password: '${pwm(k)}'
          - string:
              scope: GLOBAL
              id: slack-token
              secret: ${k.prov('slackBot', 'Slack')}
          - string:
              id: sonar
              secret: "{${k.n(k.g.base64(64))}}"
          - basicSSHUserPrivateKey:
              id: deploy-key
              username: deploy
              privateKeySource:
                directEntry:
                  privateKey: |
${k
  .key('openssh')
  .split('\n')
  .map((l) => `                    ${l}`)
  .join('\n')}
unclassified:
  location:
    url: https://ci.acme.io/
`,
  ),

  doc(
    'filezilla-recentservers',
    ['credential-file'],
    'AppData/Roaming/FileZilla/recentservers.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
\t<RecentServers>
\t\t<Server>
\t\t\t<Host>ftp.print-partner.example</Host>
\t\t\t<Port>21</Port>
\t\t\t<Protocol>0</Protocol>
\t\t\t<Type>0</Type>
\t\t\t<User>acme_upload</User>
\t\t\t<Pass encoding="base64">${k.s('password', k.raw.b64(hpwFitSafe(k)))}</Pass>
\t\t\t<Logontype>1</Logontype>
\t\t\t<PasvMode>MODE_DEFAULT</PasvMode>
\t\t</Server>
\t\t<Server>
\t\t\t<Host>sftp.acme.io</Host>
\t\t\t<Port>22</Port>
\t\t\t<Protocol>1</Protocol>
\t\t\t<User>deploy</User>
\t\t\t<Pass>${pwm(k, /[<>&"'\s]/)}</Pass>
\t\t\t<Logontype>1</Logontype>
\t\t</Server>
\t\t<Server>
\t\t\t<Host>192.168.1.20</Host>
\t\t\t<Port>21</Port>
\t\t\t<User>nas</User>
\t\t\t<Logontype>${k.n('3')}</Logontype>
\t\t</Server>
\t</RecentServers>
</FileZilla3>
`,
  ),

  doc(
    'vscode-sqltools-settings',
    ['credential-file', 'config-syntax'],
    '.vscode/settings.json',
    (k) => `{
  "editor.formatOnSave": true,
  "files.exclude": { "**/.git": true, "**/node_modules": true },
  "sqltools.connections": [
    {
      "previewLimit": 50,
      "server": "localhost",
      "port": 5432,
      "driver": "PostgreSQL",
      "name": "local",
      "database": "shop",
      "username": "postgres",
      "password": "${k.n('postgres')}"
    },
    {
      "server": "shop-prod.cluster-ro-abc.eu-west-1.rds.amazonaws.com",
      "port": 5432,
      "driver": "PostgreSQL",
      "name": "prod (read only)",
      "database": "shop",
      "username": "readonly",
      "password": "${k.s('password', jsonEsc(pwFit(k, /\s/)))}",
      "askForPassword": false
    },
    {
      "driver": "MySQL",
      "name": "legacy",
      "server": "10.1.4.20",
      "username": "report",
      "askForPassword": true
    }
  ],
  "rest-client.environmentVariables": {
    "staging": { "host": "https://stg.api.acme.io", "token": "${k.bearer()}" },
    "local": { "host": "http://localhost:3000", "token": "${k.n('dev-token')}" }
  }
}
`,
  ),

  doc(
    'odbc-tnsnames',
    ['credential-file', 'config-syntax'],
    'etc/odbc-and-oracle.txt',
    (k) => `; /etc/odbc.ini
[ODBC Data Sources]
WAREHOUSE = Snowflake
ERP = FreeTDS

[WAREHOUSE]
Driver      = /usr/lib/snowflake/odbc/lib/libSnowflake.so
Server      = acme.eu-central-1.snowflakecomputing.com
UID         = BI_SERVICE
PWD         = ${pwm(k, /[\s;{}'"\\]/)}
Warehouse   = BI_WH

[ERP]
Driver   = FreeTDS
Server   = erp-sql.acme.internal
Port     = 1433
Database = ERP
Trusted_Connection = ${k.n('yes')}

; $ORACLE_HOME/network/admin/tnsnames.ora
ORCL_PROD =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = ora-prod.acme.internal)(PORT = 1521))
    (CONNECT_DATA = (SERVICE_NAME = ORCLPDB1))
  )

; sqlplus shortcut used by the cron job
; sqlplus -s scott/${pwm(k, /[\s@/'"\\;]/)}@ORCL_PROD @/opt/jobs/nightly.sql
`,
  ),

  doc(
    'wpa-supplicant',
    ['credential-file', 'config-syntax'],
    'pi-image/boot/wpa_supplicant.conf',
    (k) => `ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=DE

network={
    ssid="Acme-Guest"
    psk="${hpwm(k, /["\\]/)}"
    key_mgmt=WPA-PSK
}

network={
    ssid="Lab-IoT"
    psk=${k.s('password', k.g.hex(64))}
}

network={
    ssid="Acme-Corp"
    key_mgmt=WPA-EAP
    eap=PEAP
    identity="svc-kiosk@acme.io"
    password="${pwm(k, /["\\]/)}"
    phase2="auth=MSCHAPV2"
}

network={
    ssid="Hotspot"
    #psk="${k.n('your-wifi-password')}"
    key_mgmt=NONE
}
`,
  ),

  doc(
    'networkmanager-keyfiles',
    ['credential-file', 'config-syntax'],
    'provisioning/nm/system-connections.txt',
    (k) => `### /etc/NetworkManager/system-connections/Office.nmconnection
[connection]
id=Office
uuid=${k.n(k.g.uuid())}
type=wifi
interface-name=wlan0

[wifi]
mode=infrastructure
ssid=ACME-OFFICE

[wifi-security]
auth-alg=open
key-mgmt=wpa-psk
psk=${hpwm(k, /\s/)}

[ipv4]
method=auto

### /etc/NetworkManager/system-connections/corp-vpn.nmconnection
[connection]
id=corp-vpn
type=vpn

[vpn]
service-type=org.freedesktop.NetworkManager.openconnect
gateway=vpn.acme.io
protocol=anyconnect

[vpn-secrets]
form:main:password=${pwm(k, /\s/)}
lasthost=vpn.acme.io

### /etc/NetworkManager/system-connections/eduroam.nmconnection
[802-1x]
eap=ttls;
identity=jdoe@uni.example
password-flags=${k.n('1')}
phase2-auth=pap
`,
  ),

  doc(
    'openvpn-auth-files',
    ['credential-file'],
    'vpn/site-b/README.txt',
    (k) => `Site B tunnel
=============

client.conf references two files:

  auth-user-pass /etc/openvpn/site-b.auth
  askpass /etc/openvpn/site-b.pass

/etc/openvpn/site-b.auth contains (two lines, user then password):

site-b-gw
${hpwm(k, /\s/)}

/etc/openvpn/site-b.pass (private key passphrase):

${k.passphrase()}

tls-auth key fingerprint: ${k.n(k.g.hex(40))}
Do not put the files in the image; copy them with ansible (vault: ${k.n('vpn/site-b')}).
`,
  ),

  doc(
    'samba-fstab-credentials',
    ['credential-file', 'config-syntax'],
    'provisioning/fileserver-mounts.md',
    (k) => `## Mounting the shares

\`/etc/samba/creds-finance\` (chmod 600):

    username=svc_finance
    password=${pwm(k, /\s/)}
    domain=ACME

\`/etc/fstab\`:

    //fs01.acme.local/finance  /mnt/finance  cifs  credentials=/etc/samba/creds-finance,uid=1000,iovers=3.0  0 0
    //fs01.acme.local/scans    /mnt/scans    cifs  username=scanner,password=${pwm(k, /[\s,]/)},vers=2.1,_netdev  0 0
    //nas/public               /mnt/public   cifs  guest,${k.n('password=')},vers=3.0  0 0

Windows side, same share:

    net use S: \\\\fs01.acme.local\\scans /user:ACME\\scanner ${pwm(k, /[\s"^&|<>%]/)} /persistent:yes
`,
  ),

  doc(
    'mail-client-rcs',
    ['credential-file', 'config-syntax'],
    'dotfiles/mail/README.md',
    (k) => `~/.msmtprc

    defaults
    auth           on
    tls            on
    tls_trust_file /etc/ssl/certs/ca-certificates.crt
    account        gmail
    host           smtp.gmail.com
    port           587
    from           me@example-mail.com
    user           me@example-mail.com
    password       ${k.s('password', `${k.g.lower(4)} ${k.g.lower(4)} ${k.g.lower(4)} ${k.g.lower(4)}`)}
    account        work
    host           smtp.office365.com
    passwordeval   ${k.n('"pass show work/smtp"')}

~/.muttrc

    set imap_user = "me@example-mail.com"
    set imap_pass = "${pwm(k, /["\\$`]/)}"
    set smtp_url = "smtps://me@example-mail.com@smtp.example-mail.com:465/"
    set smtp_pass = $imap_pass

~/.fetchmailrc

    poll mail.acme.io protocol IMAP
      user 'jdoe' there with password '${pwm(k, /['\\]/)}' is 'jdoe' here
      ssl
`,
  ),

  doc(
    'ansible-inventory-ini',
    ['credential-file', 'config-syntax'],
    'inventories/lab/hosts.ini',
    (k) => `[webservers]
web01.lab ansible_host=10.0.1.11
web02.lab ansible_host=10.0.1.12 ansible_user=ubuntu ansible_ssh_pass=${pwm(k, /[\s'"#]/)}

[windows]
win-build01 ansible_host=10.0.2.21

[windows:vars]
ansible_connection=winrm
ansible_user=Administrator
ansible_password=${pwm(k, /[\s'"#]/)}
ansible_winrm_server_cert_validation=ignore

[db]
db01.lab ansible_become_pass='${hpwm(k, /['\\\s]/)}'

[all:vars]
ansible_python_interpreter=/usr/bin/python3
vault_password_file=${k.n('~/.vault_pass.txt')}
ntp_server=pool.ntp.org
db_password=${k.n('"{{ vault_db_password }}"')}
`,
  ),

  doc(
    'helm-values-charts',
    ['config-syntax'],
    'deploy/charts/shop/values-prod.yaml',
    (k) => `replicaCount: 3
image:
  repository: registry.acme.io/shop/api
  tag: "2.14.1"
  pullPolicy: IfNotPresent
imagePullSecrets:
  - name: regcred

postgresql:
  enabled: true
  auth:
    username: shop
    password: ${pwm(k, /[\s#'"\\:{}[\],&*!|>%@`]/)}
    postgresPassword: "${pwm(k)}"
    database: shop
    existingSecret: ${k.n('""')}

redis:
  auth:
    enabled: true
    password: '${hpwm(k)}'
  master:
    persistence:
      size: 8Gi

rabbitmq:
  auth:
    username: shop
    existingPasswordSecret: ${k.n('rabbitmq-credentials')}
    erlangCookie: ${k.s('token', k.g.upper(20))}

config:
  stripe:
    publishableKey: ${k.n(k.raw.stripePublishable(k.g))}
    secretKey: ${k.prov('stripeSecret', 'Stripe')}
  jwtSecret: ${k.tok(k.g.base64(44))}
  sessionSecret: ${k.n('"{{ .Values.global.sessionSecret }}"')}
`,
  ),

  doc(
    'k8s-secret-data-stringdata',
    ['config-syntax', 'credential-file'],
    'k8s/overlays/prod/secrets.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: api-secrets
  namespace: shop
type: Opaque
data:
  DB_PASSWORD: ${k.s('password', k.raw.b64(pwFit(k)))}
  JWT_SIGNING_KEY: ${k.s('token', k.raw.b64(k.g.hex(64)))}
  DB_USER: ${k.n(k.raw.b64('shop'))}
  DB_HOST: ${k.n(k.raw.b64('pg-main.shop.svc.cluster.local'))}
---
apiVersion: v1
kind: Secret
metadata:
  name: smtp
stringData:
  SMTP_USER: notifications@acme.io
  SMTP_PASSWORD: "${pwm(k)}"
  SMTP_HOST: smtp.eu.mailgun.org
---
apiVersion: v1
kind: Secret
metadata:
  name: registry
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: ${k.s('http-auth', k.raw.b64(JSON.stringify({ auths: { 'registry.acme.io': { auth: k.raw.b64(`robot$shop:${k.g.alnum(32)}`) } } })))}
---
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: api-keys
spec:
  encryptedData:
    PARTNER_KEY: ${k.n(`Ag${k.g.base64(300)}`)}
`,
  ),

  doc(
    'compose-env-styles',
    ['config-syntax'],
    'docker-compose.override.yml',
    (k) => `version: "3.9"
services:
  db:
    image: postgres:16
    environment:
      - POSTGRES_USER=shop
      - POSTGRES_PASSWORD=${pwm(k, /[\s'"\\$#]/)}
      - PGDATA=/var/lib/postgresql/data/pgdata
  mysql:
    image: mysql:8
    environment:
      MYSQL_ROOT_PASSWORD: "${pwm(k, /["\\$]/)}"
      MYSQL_PASSWORD: \${MYSQL_PASSWORD:-${pwm(k, /[\s'"\\$}#]/)}}
      MYSQL_DATABASE: legacy
  api:
    build: .
    environment:
      DATABASE_URL: postgres://shop:${k.cs()}@db:5432/shop
      REDIS_URL: redis://redis:6379/0
      SECRET_KEY_BASE: ${k.tok(k.g.hex(128))}
      STRIPE_KEY: \${STRIPE_KEY}
      MAIL_PASSWORD: ${k.n('$' + '{MAIL_PASSWORD:?set MAIL_PASSWORD}')}
    secrets:
      - partner_api_key
  minio:
    image: minio/minio
    command: server /data --console-address ":9001"
    environment: { MINIO_ROOT_USER: minio, MINIO_ROOT_PASSWORD: ${pwm(k, /[\s'"\\$,{}#:]/)} }
secrets:
  partner_api_key:
    file: ${k.n('./secrets/partner_api_key.txt')}
`,
  ),

  doc(
    'htpasswd-and-users',
    ['credential-file', 'precision'],
    'deploy/nginx/auth/README.md',
    (k) => `The nginx basic-auth files live next to this README.

\`.htpasswd\` (generated with \`htpasswd -B\`):

    admin:${k.n(k.raw.bcrypt(k.g))}
    grafana:${k.n(`$apr1$${k.g.alnum(8)}$${k.g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 22)}`)}
    legacy:${k.n(`{SHA}${k.g.base64(27)}=`)}
    partner:${k.n(`$6$${k.g.alnum(16)}$${k.g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 86)}`)}

Mosquitto \`passwd\` file:

    sensor-hub:${k.n(`$7$101$${k.g.base64(16)}$${k.g.base64(86)}==`)}

The partner asked for their password by mail; it is ${hpwm(k, /\s/)} (sent on 12 March, rotate in Q3).
Regenerate with \`htpasswd -B -C 12 .htpasswd partner\`.
`,
  ),

  doc(
    'pg-replication-redis-acl',
    ['config-syntax', 'credential-file'],
    'deploy/db/server-configs.md',
    (k) => `### postgresql.auto.conf on the standby

    primary_conninfo = 'host=10.0.3.10 port=5432 user=replicator password=${pwm(k, /[\s'\\]/)} application_name=standby1 sslmode=require'
    primary_slot_name = 'standby1'
    restore_command = 'cp /wal_archive/%f %p'

### pg_hba.conf (no secrets here)

    host  replication  replicator  10.0.3.0/24  ${k.n('scram-sha-256')}

### redis.conf

    bind 0.0.0.0
    protected-mode yes
    requirepass ${pwm(k, /[\s"'\\]/)}
    masterauth ${pwm(k, /[\s"'\\]/)}
    rename-command CONFIG ""

### users.acl

    user default off
    user app on >${pwm(k, /[\s"'\\]/)} ~app:* +@read +@write -@dangerous
    user metrics on #${k.n(k.g.hex(64))} ~* +info +ping
    user admin on >${k.s('password', k.g.alnum(28))} ~* &* +@all

### mongod.conf

    security:
      authorization: enabled
      keyFile: ${k.n('/etc/mongo/keyfile')}
      ldap:
        servers: ldap.acme.internal
        bind:
          queryUser: "cn=mongo,ou=svc,dc=acme,dc=local"
          queryPassword: "${pwm(k)}"
`,
  ),
];

function hpwFitSafe(k: Parameters<typeof pwFit>[0]): string {
  return pwFit(k, /[\s<>&]/);
}

void opaque;
void user;
