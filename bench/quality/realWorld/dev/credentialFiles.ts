// rw-dev: credential files that tools write or people commit by mistake (.npmrc, .netrc, settings.xml, kubeconfig, …).
import type { RealWorldDoc } from '../types';
import { doc } from './kit';

export const CREDENTIAL_FILE_DOCS: RealWorldDoc[] = [
  doc(
    'npmrc',
    ['credential-file'],
    '.npmrc',
    (k) => `registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${k.prov('githubClassic', 'GitHub')}
//registry.npmjs.org/:_authToken=${k.prov('npm', 'npm')}
//nexus.acme.internal/repository/npm-private/:_auth=${k.basic('npm-ci')}
//artifactory.acme.io/artifactory/api/npm/npm/:username=ci
//artifactory.acme.io/artifactory/api/npm/npm/:_password=${k.s('password', k.raw.b64(k.raw.humanPassword(k.g)))}
//artifactory.acme.io/artifactory/api/npm/npm/:email=ci@acme.example
//registry.acme.io/:_authToken=\${NPM_TOKEN}
always-auth=true
save-exact=true
`,
  ),

  doc(
    'pypirc',
    ['credential-file'],
    '.pypirc',
    (k) => `[distutils]
index-servers =
    pypi
    testpypi
    acme

[pypi]
username = __token__
password = ${k.prov('pypi', 'PyPI')}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = ${k.prov('pypi', 'PyPI')}

[acme]
repository = https://nexus.acme.internal/repository/pypi-internal/
username = deployer
password = ${k.hpw()}
`,
  ),

  doc(
    'netrc',
    ['credential-file'],
    'home/ci/.netrc',
    (k) => `machine github.com
  login ci-bot
  password ${k.prov('githubClassic', 'GitHub')}

machine api.heroku.com
  login ops@acme.example
  password ${k.s('provider', k.g.uuid(), 'Heroku API key')}

machine ftp.partner-example.net login acmeftp password ${k.hpw()}

machine nexus.acme.internal
login jenkins
password ${k.gpw()}

default login anonymous password ${k.n('guest@')}
`,
  ),

  doc(
    'git-credentials',
    ['credential-file'],
    'home/deploy/.git-credentials',
    (k) => `https://deploy-bot:${k.prov('githubClassic', 'GitHub')}@github.com
https://oauth2:${k.prov('gitlab', 'GitLab')}@gitlab.com
https://jenkins:${k.cs()}@bitbucket.acme.internal
https://x-token-auth:${k.tok(k.g.base64url(48))}@bitbucket.org
`,
  ),

  doc(
    'pip-conf',
    ['credential-file', 'config-syntax'],
    'etc/pip.conf',
    (k) => `[global]
timeout = 60
index-url = https://pypi-reader:${k.cs()}@nexus.acme.internal/repository/pypi-all/simple
extra-index-url =
    https://__token__:${k.prov('gitlab', 'GitLab')}@gitlab.acme.io/api/v4/projects/118/packages/pypi/simple
    https://pypi.org/simple
trusted-host = nexus.acme.internal

[install]
no-cache-dir = false
`,
  ),

  doc(
    'maven-settings',
    ['credential-file', 'config-syntax'],
    'home/ci/.m2/settings.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>acme-releases</id>
      <username>deployment</username>
      <password>${k.hpw()}</password>
    </server>
    <server>
      <id>acme-snapshots</id>
      <username>deployment</username>
      <password>${k.gpw()}</password>
    </server>
    <server>
      <id>github</id>
      <username>acme-ci</username>
      <password>${k.prov('githubClassic', 'GitHub')}</password>
    </server>
    <server>
      <id>ossrh</id>
      <username>\${env.OSSRH_USER}</username>
      <password>\${env.OSSRH_PASSWORD}</password>
    </server>
    <server>
      <id>encrypted</id>
      <username>legacy</username>
      <password>{${k.n(k.g.base64(44))}}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.acme.internal/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
`,
  ),

  doc(
    'nuget-config',
    ['credential-file', 'config-syntax'],
    'NuGet.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="acme" value="https://pkgs.dev.azure.com/acme/_packaging/internal/nuget/v3/index.json" />
    <add key="telerik" value="https://nuget.telerik.com/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <acme>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="${k.prov('azureDevops', 'Azure DevOps PAT')}" />
    </acme>
    <telerik>
      <add key="Username" value="licensing@acme.example" />
      <add key="ClearTextPassword" value="${k.hpw()}" />
    </telerik>
  </packageSourceCredentials>
  <apikeys>
    <add key="https://www.nuget.org" value="${k.prov('nuget', 'NuGet')}" />
  </apikeys>
</configuration>
`,
  ),

  doc(
    'docker-config-json',
    ['credential-file'],
    'home/ci/.docker/config.json',
    (k) => `{
	"auths": {
		"https://index.docker.io/v1/": {
			"auth": "${k.basic('acmeci', k.raw.p.dockerHub(k.g))}"
		},
		"registry.gitlab.com": {
			"auth": "${k.basic('deploy-token-12', k.raw.p.gitlab(k.g))}"
		},
		"harbor.acme.io": {
			"auth": "${k.basic('robot$ci')}"
		},
		"${k.n(`${k.g.digits(12)}.dkr.ecr.eu-west-1.amazonaws.com`)}": {}
	},
	"credsStore": "desktop",
	"currentContext": "default"
}
`,
  ),

  doc(
    'jenkins-credentials-xml',
    ['credential-file', 'config-syntax'],
    'jenkins_home/credentials.xml',
    (k) => `<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>nexus-deploy</id>
          <description>Nexus deploy user</description>
          <username>deployment</username>
          <password>${k.n(`{${k.g.base64(64)}}`)}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>prod-db</id>
          <description>copied by hand from the old server, re-encrypt!</description>
          <username>jenkins</username>
          <password>${k.hpw()}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>slack-token</id>
          <secret>${k.prov('slackBot', 'Slack')}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
        <com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>
          <scope>GLOBAL</scope>
          <id>deploy-ssh</id>
          <username>deploy</username>
          <privateKeySource class="com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey$DirectEntryPrivateKeySource">
            <privateKey>${k.key('openssh')}</privateKey>
          </privateKeySource>
        </com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
`,
  ),

  doc(
    'kubeconfig',
    ['credential-file', 'config-syntax'],
    'home/ops/.kube/config',
    (k) => `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${k.n(`LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t${k.g.base64(120)}`)}
    server: https://k8s-prod.acme.internal:6443
  name: prod
- cluster:
    server: https://k8s-stg.acme.internal:6443
    insecure-skip-tls-verify: true
  name: staging
contexts:
- context: { cluster: prod, user: ops-admin }
  name: prod
- context: { cluster: staging, user: ci }
  name: staging
current-context: staging
users:
- name: ops-admin
  user:
    client-certificate-data: ${k.n(`LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t${k.g.base64(120)}`)}
    client-key-data: ${k.s('private-key', k.raw.b64(k.raw.privateKey(k.g, 'ec')))}
- name: ci
  user:
    token: ${k.http(k.raw.jwt(k.g, { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'ci', sub: 'system:serviceaccount:ci:deployer' }))}
`,
  ),

  doc(
    'gcp-service-account',
    ['credential-file'],
    'secrets/gcp-exporter-sa.json',
    (k) => `{
  "type": "service_account",
  "project_id": "acme-analytics-prod",
  "private_key_id": "${k.n(k.g.hex(40))}",
  "private_key": "${k.s('private-key', k.raw.privateKey(k.g, 'pkcs8').replace(/\n/g, '\\n'))}\\n",
  "client_email": "exporter@acme-analytics-prod.iam.gserviceaccount.com",
  "client_id": "${k.n(k.g.digits(21))}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/exporter%40acme-analytics-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`,
  ),

  doc(
    'aws-credentials',
    ['credential-file'],
    'home/dev/.aws/credentials',
    (k) => `[default]
aws_access_key_id = ${k.u(k.raw.p.awsId(k.g))}
aws_secret_access_key = ${k.prov('awsSecret', 'AWS secret access key')}

[legacy-uploader]
aws_access_key_id=${k.u(k.raw.p.awsId(k.g))}
aws_secret_access_key=${k.prov('awsSecret', 'AWS secret access key')}
region=us-east-1

[sso-dev]
sso_session = acme
sso_account_id = ${k.n(k.g.digits(12))}
sso_role_name = Developer
`,
  ),

  doc(
    's3cfg-rclone',
    ['credential-file', 'config-syntax'],
    'home/backup/.config/rclone/rclone.conf',
    (k) => `[b2-archive]
type = b2
account = ${k.n(k.g.hex(12))}
key = ${k.s('provider', `K00${k.g.alnum(28)}`, 'Backblaze B2 application key')}
hard_delete = true

[wasabi]
type = s3
provider = Wasabi
access_key_id = ${k.tok(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20))}
secret_access_key = ${k.tok(k.g.alnum(40))}
endpoint = s3.eu-central-1.wasabisys.com

[nas-sftp]
type = sftp
host = nas01.home.lan
user = backup
# rclone "obscured" (reversible encoding, not encryption)
pass = ${k.u(k.g.base64url(40))}
`,
  ),

  doc(
    'composer-auth-json',
    ['credential-file'],
    'auth.json',
    (k) => `{
    "http-basic": {
        "repo.magento.com": {
            "username": "${k.n(k.g.hex(32))}",
            "password": "${k.tok(k.g.hex(32))}"
        },
        "satis.acme.io": {
            "username": "composer",
            "password": "${k.hpw()}"
        }
    },
    "github-oauth": {
        "github.com": "${k.prov('githubOauth', 'GitHub')}"
    },
    "gitlab-token": {
        "gitlab.acme.io": "${k.prov('gitlab', 'GitLab')}"
    },
    "bearer": {
        "packages.example-vendor.com": "${k.http(k.g.alnum(48))}"
    }
}
`,
  ),

  doc(
    'yarnrc-cargo-gem',
    ['credential-file'],
    'ci/home/credentials-bundle.md',
    (k) => `Credential files baked into the CI image (found during the image audit, 2024-04).

\`~/.yarnrc.yml\`:

    npmScopes:
      acme:
        npmRegistryServer: "https://npm.pkg.github.com"
        npmAuthToken: "${k.prov('githubClassic', 'GitHub')}"

\`~/.cargo/credentials.toml\`:

    [registry]
    token = "${k.s('provider', `cio${k.g.alnum(32)}`, 'crates.io')}"

\`~/.gem/credentials\`:

    ---
    :rubygems_api_key: ${k.prov('rubygems', 'RubyGems')}

\`~/.config/gh/hosts.yml\`:

    github.com:
        oauth_token: ${k.prov('githubOauth', 'GitHub')}
        user: acme-ci
        git_protocol: https

\`~/.terraform.d/credentials.tfrc.json\`:

    { "credentials": { "app.terraform.io": { "token": "${k.prov('terraformCloud', 'Terraform Cloud')}" } } }
`,
  ),

  doc(
    'pgpass',
    ['credential-file'],
    'home/dba/.pgpass',
    (k) => `# hostname:port:database:username:password
pg-orders.internal:5432:orders:orders_rw:${k.hpw()}
pg-orders.internal:5432:*:postgres:${k.gpw()}
localhost:5432:*:dev:${k.weak()}
*:*:reporting:report_ro:${k.hpw()}
`,
  ),

  doc(
    'filezilla-sitemanager',
    ['credential-file'],
    'AppData/Roaming/FileZilla/sitemanager.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.5" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.acme-hosting.example</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>acmeweb</User>
      <Pass encoding="base64">${k.s('password', k.raw.b64(k.raw.humanPassword(k.g)))}</Pass>
      <Logontype>1</Logontype>
      <Name>Website</Name>
    </Server>
    <Server>
      <Host>sftp.partner-example.net</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>acme</User>
      <Pass>${k.hpw()}</Pass>
      <Logontype>1</Logontype>
      <Name>Partner SFTP</Name>
    </Server>
  </Servers>
</FileZilla3>
`,
  ),

  doc(
    'ssh-key-committed',
    ['credential-file'],
    'deploy/keys/id_ed25519',
    (k) => `${k.key('openssh')}
`,
  ),

  doc(
    'tls-key-in-repo',
    ['credential-file', 'precision'],
    'docker/nginx/certs/README.md',
    (k) => `These are the dev certificates for \`*.acme.test\`. The CA is in \`ca.pem\`, trusted by the dev VM only.

server.crt:

${k.n(`-----BEGIN CERTIFICATE-----\n${k.g.base64(64)}\n${k.g.base64(64)}\n${k.g.base64(40)}==\n-----END CERTIFICATE-----`)}

server.key (dev only, but still: regenerate it, it got copied to staging):

${k.key('rsa')}
`,
  ),

  doc(
    'openvpn-profile',
    ['credential-file', 'config-syntax'],
    'vpn/acme-office.ovpn',
    (k) => `client
dev tun
proto udp
remote vpn.acme.io 1194
resolv-retry infinite
nobind
persist-key
persist-tun
auth-user-pass auth.txt
remote-cert-tls server
cipher AES-256-GCM
verb 3
<ca>
${k.n(`-----BEGIN CERTIFICATE-----\n${k.g.base64(64)}\n${k.g.base64(52)}=\n-----END CERTIFICATE-----`)}
</ca>
<key>
${k.key('pkcs8')}
</key>
<tls-crypt>
-----BEGIN OpenVPN Static key V1-----
${k.s('private-key', [1, 2, 3, 4, 5, 6, 7, 8].map(() => k.g.hex(32)).join('\n'))}
-----END OpenVPN Static key V1-----
</tls-crypt>
`,
  ),

  doc(
    'winscp-ini-and-dbeaver',
    ['credential-file'],
    'tools/portable/DBeaver/workspace6/General/.dbeaver/data-sources.json',
    (k) => `{
	"folders": {},
	"connections": {
		"postgres-jdbc-18f": {
			"provider": "postgresql",
			"driver": "postgres-jdbc",
			"name": "orders prod (read only)",
			"save-password": true,
			"configuration": {
				"host": "pg-orders.internal",
				"port": "5432",
				"database": "orders",
				"url": "jdbc:postgresql://pg-orders.internal:5432/orders",
				"user": "orders_ro",
				"password": "${k.hpw()}",
				"type": "prod",
				"auth-model": "native"
			}
		},
		"mysql8-1a2": {
			"provider": "mysql",
			"name": "shop staging",
			"configuration": {
				"url": "jdbc:mysql://shop:${k.cs()}@mysql-stg:3306/shop",
				"type": "test"
			}
		}
	}
}
`,
  ),

  doc(
    'snowflake-dbt-profiles',
    ['credential-file', 'config-syntax'],
    'home/analyst/.dbt/profiles.yml',
    (k) => `acme_analytics:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: acme-eu1
      user: ANALYST_SVC
      password: ${k.hpw()}
      role: TRANSFORMER
      database: ANALYTICS_DEV
      warehouse: TRANSFORMING
      schema: dbt_anna
      threads: 8
    prod:
      type: snowflake
      account: acme-eu1
      user: DBT_PROD
      password: "{{ env_var('DBT_PROD_PASSWORD') }}"
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING
      schema: marts
    bq:
      type: bigquery
      method: service-account-json
      project: acme-bq
      keyfile_json:
        type: service_account
        private_key_id: ${k.n(k.g.hex(40))}
        private_key: "${k.s('private-key', k.raw.privateKey(k.g, 'pkcs8').replace(/\n/g, '\\n'))}\\n"
        client_email: dbt@acme-bq.iam.gserviceaccount.com
`,
  ),
];
