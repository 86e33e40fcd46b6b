// rw-dev9 cred: package-manager and cloud-tool credential files — .pypirc, .npmrc, .yarnrc.yml, pip.conf,
// Maven settings.xml, gradle.properties, NuGet.config, Docker config.json, kubeconfig, .s3cfg, .boto,
// rclone.conf, AWS / Azure / gcloud files, composer auth.json.
import type { RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cx } from './credValues';

export const CRED_TOOL_DOCS: RealWorldDoc[] = [
  doc('cred-pypirc-three-indexes', ['credential-file', 'precision'], 'home/dev/.pypirc', (k) => {
    const x = cx(k);
    return `[distutils]
index-servers =
    pypi
    testpypi
    nexus

[pypi]
username = ${k.n('__token__')}
password = ${k.prov('pypi', 'pypi')}

[testpypi]
repository = https://test.pypi.org/legacy/
username = ${k.n('__token__')}
password = ${k.n('<test token from 1password>')}

[nexus]
repository: https://nexus.werk.example/repository/pypi-internal/
username: ${k.n('deploy-py')}
password: ${x.gen()}
`;
  }),
  doc('cred-npmrc-scoped-registries', ['credential-file', 'config-syntax', 'precision'], 'frontend/.npmrc', (k) => {
    const x = cx(k);
    return `registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${k.prov('githubClassic', 'github')}
@intern:registry=https://nexus.acme.example/repository/npm-group/
//nexus.acme.example/repository/npm-group/:_auth=${x.basic('npm-ci')}
//nexus.acme.example/repository/npm-group/:always-auth=true
//registry.npmjs.org/:_authToken=\${NPM_TOKEN}
//artifactory.acme.example/api/npm/npm-virtual/:_password=${k.s('password', x.b64s(k.raw.generatedPassword(k.g)))}
//artifactory.acme.example/api/npm/npm-virtual/:username=frontend-ci
//artifactory.acme.example/api/npm/npm-virtual/:email=ci@acme.example
save-exact=true
engine-strict=true
`;
  }),
  doc('cred-yarnrc-yml', ['credential-file', 'config-syntax'], '.yarnrc.yml', (k) => {
    const x = cx(k);
    return `nodeLinker: node-modules
enableTelemetry: false
yarnPath: .yarn/releases/yarn-4.5.1.cjs

npmScopes:
  acme:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAlwaysAuth: true
    npmAuthToken: ${k.prov('githubClassic', 'github')}
  design:
    npmRegistryServer: "https://verdaccio.design.example"
    npmAuthIdent: "designbot:${x.gen()}"

npmRegistries:
  "https://registry.yarnpkg.com":
    npmAuthToken: "${k.n('${NPM_AUTH_TOKEN-}')}"
`;
  }),
  doc('cred-pip-conf-extra-index', ['credential-file', 'config-syntax'], 'etc/pip.conf', (k) => {
    const x = cx(k);
    return `[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url =
    https://__token__:${x.alnum(40)}@gitlab.acme.example/api/v4/projects/812/packages/pypi/simple
    https://ml-team:${x.cs()}@pypi.ml.acme.example/simple/
trusted-host = pypi.ml.acme.example

[install]
no-cache-dir = false
`;
  }),
  doc('cred-maven-settings-xml', ['credential-file', 'config-syntax', 'precision'], 'home/jenkins/.m2/settings.xml', (k) => {
    const x = cx(k);
    return `<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>${k.n('deployment')}</username>
      <password>${x.gen()}</password>
    </server>
    <server>
      <id>nexus-snapshots</id>
      <username>${k.n('deployment')}</username>
      <password>{${k.n(k.g.base64(44))}}</password>
    </server>
    <server>
      <id>ossrh</id>
      <username>${k.n('kwisniewski')}</username>
      <password>${k.n('${env.OSSRH_PASSWORD}')}</password>
    </server>
    <server>
      <id>github</id>
      <username>${k.n('kwisniewski')}</username>
      <password>${k.prov('githubClassic', 'github')}</password>
    </server>
    <server>
      <id>gpg.passphrase</id>
      <passphrase>${x.phrase(true)}</passphrase>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.acme.example/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
`;
  }),
  doc('cred-gradle-properties', ['credential-file', 'config-syntax'], 'home/ci/.gradle/gradle.properties', (k) => {
    const x = cx(k);
    return `org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
org.gradle.parallel=true
# Nexus
nexusUsername=${k.n('android-ci')}
nexusPassword=${x.season(true)}
# signing
signing.keyId=${k.n(k.g.hex(8).toUpperCase())}
signing.password=${x.phrase(true)}
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
RELEASE_STORE_FILE=../keys/release.jks
RELEASE_STORE_PASSWORD=${x.gen()}
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD=${x.gen()}
mavenCentralUsername=${k.n(k.g.alnum(8))}
mavenCentralPassword=${x.alnum(40)}
`;
  }),
  doc('cred-nuget-config', ['credential-file', 'config-syntax', 'precision'], 'NuGet.Config', (k) => {
    const x = cx(k);
    return `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="AcmeFeed" value="https://pkgs.dev.azure.com/acme/_packaging/acme-feed/nuget/v3/index.json" />
    <add key="Telerik" value="https://nuget.telerik.com/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <AcmeFeed>
      <add key="Username" value="${k.n('az')}" />
      <add key="ClearTextPassword" value="${k.prov('azureDevops', 'azure-devops')}" />
    </AcmeFeed>
    <Telerik>
      <add key="Username" value="${k.n('licensing@acme.example')}" />
      <add key="ClearTextPassword" value="${x.name(true)}" />
    </Telerik>
    <Legacy>
      <add key="Username" value="${k.n('build')}" />
      <add key="Password" value="${k.n('AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA' + k.g.base64(60))}" />
    </Legacy>
  </packageSourceCredentials>
  <apikeys>
    <add key="https://api.nuget.org/v3/index.json" value="${k.n('AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA' + k.g.base64(80))}" />
  </apikeys>
</configuration>
`;
  }),
  doc('cred-docker-config-json', ['credential-file', 'precision'], 'home/runner/.docker/config.json', (k) => {
    const x = cx(k);
    return `{
	"auths": {
		"https://index.docker.io/v1/": {
			"auth": "${x.basic('acmebuild')}"
		},
		"registry.gitlab.com": {
			"auth": "${k.n('')}"
		},
		"harbor.acme.example": {
			"username": "robot$ci-push",
			"password": "${x.alnum(32)}"
		},
		"123456789012.dkr.ecr.eu-central-1.amazonaws.com": {}
	},
	"credHelpers": {
		"123456789012.dkr.ecr.eu-central-1.amazonaws.com": "ecr-login"
	},
	"credsStore": "desktop",
	"currentContext": "default"
}
`;
  }),
  doc('cred-kubeconfig-mixed-users', ['credential-file', 'config-syntax', 'precision'], 'home/ops/.kube/config', (k) => {
    const x = cx(k);
    return `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${k.n('LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t' + k.g.base64(120))}
    server: https://10.0.12.4:6443
  name: onprem
- cluster:
    insecure-skip-tls-verify: true
    server: https://k3s.lab.local:6443
  name: lab
contexts:
- context: {cluster: onprem, user: ${k.n('admin-onprem')}, namespace: default}
  name: onprem
- context: {cluster: lab, user: ${k.n('lab-admin')}}
  name: lab
current-context: onprem
users:
- name: admin-onprem
  user:
    token: ${x.jwt()}
- name: lab-admin
  user:
    username: ${k.n('admin')}
    password: ${x.alnum(32)}
- name: eks-user
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [eks, get-token, --cluster-name, prod]
`;
  }),
  doc('cred-s3cfg', ['credential-file'], 'home/backup/.s3cfg', (k) => {
    const x = cx(k);
    return `[default]
access_key = ${k.u(k.raw.p.awsId(k.g))}
secret_key = ${k.prov('awsSecret', 'aws')}
bucket_location = eu-central-1
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
gpg_command = /usr/bin/gpg
gpg_passphrase = ${x.phrase(true)}
encrypt = True
use_https = True
signature_v2 = False
`;
  }),
  doc('cred-boto-legacy', ['credential-file', 'config-syntax'], 'home/gsutil/.boto', (k) => {
    const x = cx(k);
    return `[Credentials]
gs_oauth2_refresh_token = 1//0${k.s('token', k.g.base64url(100))}
aws_access_key_id = ${k.u(k.raw.p.awsId(k.g))}
aws_secret_access_key = ${k.prov('awsSecret', 'aws')}

[Boto]
https_validate_certificates = True

[GSUtil]
default_project_id = acme-data-314159
parallel_composite_upload_threshold = 150M

[OAuth2]
client_id = ${k.n('909320924072.apps.googleusercontent.com')}
client_secret = ${x.alnum(24)}
`;
  }),
  doc('cred-rclone-conf', ['credential-file', 'config-syntax', 'precision'], 'home/pi/.config/rclone/rclone.conf', (k) => {
    const x = cx(k);
    return `[b2]
type = b2
account = ${k.n('0' + k.g.hex(11))}
key = ${k.s('token', 'K00' + k.g.alnum(28))}

[nas-sftp]
type = sftp
host = 192.168.1.10
user = ${k.n('pi')}
pass = ${k.u(k.g.base64url(40))}
shell_type = unix

[wasabi]
type = s3
provider = Wasabi
access_key_id = ${k.n(k.g.upper(20))}
secret_access_key = ${x.alnum(40)}
endpoint = s3.eu-central-1.wasabisys.com

[crypt]
type = crypt
remote = b2:pi-backup
password = ${k.u(k.g.base64url(48))}
`;
  }),
  doc('cred-aws-credentials-and-config', ['credential-file', 'precision'], 'home/luis/.aws/credentials', (k) => {
    return `# perfiles de Luis - NO subir a git
[default]
aws_access_key_id     = ${k.u(k.raw.p.awsId(k.g))}
aws_secret_access_key = ${k.prov('awsSecret', 'aws')}

[cliente-farmacia]
aws_access_key_id=${k.u(k.raw.p.awsId(k.g))}
aws_secret_access_key=${k.prov('awsSecret', 'aws')}
# region=eu-south-2

[ejemplo-docs]
aws_access_key_id = ${k.n(k.raw.AWS_EXAMPLE_ID)}
aws_secret_access_key = ${k.n(k.raw.AWS_EXAMPLE_SECRET)}
`;
  }),
  doc('cred-azure-service-principal-json', ['credential-file', 'precision'], 'infra/azure/sp-terraform.json', (k) => {
    return `{
  "appId": "${k.n(k.g.uuid())}",
  "displayName": "sp-terraform-prod",
  "password": "${k.prov('azureClientSecret', 'azure')}",
  "tenant": "${k.n(k.g.uuid())}",
  "subscriptionId": "${k.n(k.g.uuid())}"
}
`;
  }),
  doc('cred-gcloud-adc-json', ['credential-file', 'precision'], 'home/mina/.config/gcloud/application_default_credentials.json', (k) => {
    return `{
  "account": "",
  "client_id": "${k.n(k.g.digits(12) + '-' + k.g.lower(32) + '.apps.googleusercontent.com')}",
  "client_secret": "${k.prov('googleClientSecret', 'google')}",
  "quota_project_id": "mina-sandbox-4411",
  "refresh_token": "1//0e${k.s('token', k.g.base64url(98))}",
  "type": "authorized_user",
  "universe_domain": "googleapis.com"
}
`;
  }),
  doc('cred-composer-auth-json', ['credential-file'], 'auth.json', (k) => {
    const x = cx(k);
    return `{
    "http-basic": {
        "repo.magento.com": {
            "username": "${k.u(k.g.hex(32))}",
            "password": "${x.hex(32)}"
        },
        "satis.agentur-ost.example": {
            "username": "kunde-huber",
            "password": "${x.human()}"
        }
    },
    "github-oauth": {
        "github.com": "${k.prov('githubOauth', 'github')}"
    },
    "bearer": {
        "packages.agentur-ost.example": "${x.alnum(40)}"
    }
}
`;
  }),
  doc('cred-gem-credentials', ['credential-file'], 'home/rb/.gem/credentials', (k) => {
    const x = cx(k);
    return `---
:rubygems_api_key: ${k.prov('rubygems', 'rubygems')}
:gemfury: ${x.alnum(20)}
:github: Bearer ${k.prov('githubClassic', 'github')}
`;
  }),
];
