// rw-held-out2 files part: credential files as tools write them (netrc, pgpass, my.cnf, git-credentials, npmrc,
// pypirc, pip.conf, Maven, Gradle, NuGet, Docker, kubeconfig, AWS, rclone, s3cmd).
import type { RealWorldDoc } from '../types';
import { fdoc } from './filesKit';

export const FILES_CREDS1_DOCS: RealWorldDoc[] = [
  fdoc(
    'netrc-multi',
    ['credential-file'],
    'home/deploy/.netrc',
    (k) => `machine api.heroku.com
  login ops@acme.example
  password ${k.prov('herokuKey', 'Heroku API key')}
machine git.heroku.com
  login ops@acme.example
  password ${k.prov('herokuKey', 'Heroku API key')}
machine ftp.partner.example.net login acme_drop password ${k.hpw()}
machine urs.earthdata.nasa.gov login jdoe_science password ${k.pw()}
default login anonymous password ${k.n('guest@')}
`,
  ),

  fdoc(
    'pgpass',
    ['credential-file'],
    'home/dba/.pgpass',
    (k) => `# hostname:port:database:username:password
${k.n('# pg-dev:5432:*:dev:<password>')}
localhost:5432:*:postgres:${k.weak()}
pg-prod-1.acme.lan:5432:billing:billing_owner:${k.gpw()}
pg-prod-2.acme.lan:5432:*:replicator:${k.gpw()}
*:*:*:readonly:${k.hpw()}
`,
  ),

  fdoc(
    'my-cnf',
    ['credential-file'],
    'home/app/.my.cnf',
    (k) => `[client]
user=root
password="${k.hpw()}"
host=127.0.0.1
default-character-set=utf8mb4

[mysqldump]
user=backup
password=${k.gpw()}
single-transaction

[mysqld]
innodb_buffer_pool_size=2G
`,
  ),

  fdoc(
    'git-credentials',
    ['credential-file'],
    'home/ci/.git-credentials',
    (k) => `https://ci-bot:${k.prov('githubPat', 'GitHub')}@github.com
https://oauth2:${k.prov('gitlabPat', 'GitLab')}@gitlab.com
https://jdoe:${k.cs()}@git.acme.internal
https://x-token-auth:${k.tok(k.g.base64url(40))}@bitbucket.org
`,
  ),

  fdoc(
    'npmrc-project',
    ['credential-file'],
    '.npmrc',
    (k) => `registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${k.prov('githubPat', 'GitHub')}
//registry.npmjs.org/:_authToken=${k.prov('npm', 'npm')}
//nexus.acme.internal/repository/npm-private/:_auth=${k.basic('npm-ci')}
//nexus.acme.internal/repository/npm-group/:_authToken=${k.n('${NEXUS_TOKEN}')}
always-auth=true
save-exact=true
`,
  ),

  fdoc(
    'pypirc',
    ['credential-file'],
    'home/release/.pypirc',
    (k) => `[distutils]
index-servers =
    pypi
    testpypi
    internal

[pypi]
username = ${k.n('__token__')}
password = ${k.prov('pypi', 'PyPI')}

[testpypi]
repository = https://test.pypi.org/legacy/
username = ${k.n('__token__')}
password = ${k.prov('pypi', 'PyPI')}

[internal]
repository = https://pypi.acme.internal/simple/
username = release-bot
password = ${k.gpw()}
`,
  ),

  fdoc(
    'pip-conf',
    ['credential-file'],
    'etc/pip.conf',
    (k) => `[global]
index-url = https://pypi-reader:${k.cs()}@artifactory.acme.internal/artifactory/api/pypi/pypi-virtual/simple
extra-index-url = https://__token__:${k.sec('connection-string', k.r.pv.gitlabPat(k.g), 'GitLab')}@gitlab.acme.internal/api/v4/projects/118/packages/pypi/simple
trusted-host = artifactory.acme.internal
timeout = 60
`,
  ),

  fdoc(
    'maven-settings-xml',
    ['credential-file'],
    'home/jenkins/.m2/settings.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>acme-releases</id>
      <username>deployment</username>
      <password>${k.hpw()}</password>
    </server>
    <server>
      <id>acme-snapshots</id>
      <username>deployment</username>
      <password>${k.n('{' + k.g.base64(44) + '}')}</password>
    </server>
    <server>
      <id>github</id>
      <username>acme-ci</username>
      <password>${k.prov('githubPat', 'GitHub')}</password>
    </server>
    <server>
      <id>ossrh</id>
      <username>${k.n('${env.OSSRH_USER}')}</username>
      <password>${k.n('${env.OSSRH_PASS}')}</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>central-proxy</id><mirrorOf>central</mirrorOf><url>https://nexus.acme.internal/repository/maven-public/</url></mirror>
  </mirrors>
</settings>
`,
  ),

  fdoc(
    'gradle-properties',
    ['credential-file'],
    'home/dev/.gradle/gradle.properties',
    (k) => `org.gradle.jvmargs=-Xmx4g -XX:+UseParallelGC
org.gradle.caching=true
artifactoryUser=dev-jane
artifactoryPassword=${k.prov('jfrog', 'JFrog API key')}
signing.keyId=${k.n(k.g.hex(8).toUpperCase())}
signing.password=${k.phrase()}
signing.secretKeyRingFile=${k.n('/home/dev/.gnupg/secring.gpg')}
sonatypeUsername=jdoe
sonatypePassword=${k.gpw()}
systemProp.http.proxyPassword=${k.hpw()}
`,
  ),

  fdoc(
    'nuget-config',
    ['credential-file'],
    'NuGet.Config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="acme" value="https://pkgs.dev.azure.com/acme/_packaging/acme-feed/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <acme>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="${k.tok(k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 52))}" />
    </acme>
  </packageSourceCredentials>
  <apikeys>
    <add key="https://www.nuget.org" value="${k.prov('nuget', 'NuGet API key')}" />
  </apikeys>
</configuration>
`,
  ),

  fdoc(
    'docker-config-json',
    ['credential-file'],
    'home/runner/.docker/config.json',
    (k) => `{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${k.basic('acmebuild', k.r.pv.dockerHub(k.g))}"
    },
    "ghcr.io": {
      "auth": "${k.basic('acme-ci', k.r.pv.githubPat(k.g))}"
    },
    "123456789012.dkr.ecr.eu-west-1.amazonaws.com": {}
  },
  "credsStore": "${k.n('desktop')}",
  "credHelpers": { "gcr.io": "${k.n('gcloud')}" },
  "currentContext": "default"
}
`,
  ),

  fdoc(
    'kubeconfig',
    ['credential-file'],
    'home/ops/.kube/config',
    (k) => `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${k.n(k.r.b64(k.r.publicPem(k.g, 'cert')).slice(0, 480))}
    server: https://k8s-prod.acme.lan:6443
  name: prod
contexts:
- context: { cluster: prod, user: admin-prod, namespace: default }
  name: prod
current-context: prod
users:
- name: admin-prod
  user:
    client-certificate-data: ${k.n(k.r.b64(k.r.publicPem(k.g, 'cert')).slice(0, 480))}
    client-key-data: ${k.sec('private-key', k.r.b64(k.r.privateKey(k.g, 'rsa')))}
- name: ci
  user:
    token: ${k.jwt()}
- name: eks
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [eks, get-token, --cluster-name, prod]
`,
  ),

  fdoc(
    'aws-credentials-file',
    ['credential-file'],
    'home/jdoe/.aws/credentials',
    (k) => `[default]
aws_access_key_id = ${k.prov('awsKeyId', 'AWS access key id')}
aws_secret_access_key = ${k.prov('awsSecret', 'AWS secret access key')}

[legacy-billing]
aws_access_key_id=${k.prov('awsKeyId', 'AWS access key id')}
aws_secret_access_key=${k.prov('awsSecret', 'AWS secret access key')}
region=us-east-1

[sso-temp]
aws_access_key_id = ${k.u(k.r.pv.awsStsKeyId(k.g))}
aws_secret_access_key = ${k.prov('awsSecret', 'AWS secret access key')}
aws_session_token = ${k.prov('awsSessionToken', 'AWS session token')}
`,
  ),

  fdoc(
    'rclone-conf',
    ['credential-file'],
    'home/media/.config/rclone/rclone.conf',
    (k) => `[b2]
type = b2
account = ${k.u('00' + k.g.hex(10))}
key = ${k.tok('K00' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 28))}

[wasabi]
type = s3
provider = Wasabi
access_key_id = ${k.u(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20))}
secret_access_key = ${k.tok(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40))}
endpoint = s3.eu-central-1.wasabisys.com

[nas]
type = sftp
host = nas.home.lan
user = media
pass = ${k.u(k.g.base64url(30))}

[gdrive]
type = drive
token = {"access_token":"${k.http('ya29.' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 150))}","token_type":"Bearer","refresh_token":"${k.tok('1//' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 100))}","expiry":"2026-11-30T18:22:04.1+01:00"}
`,
  ),

  fdoc(
    's3cfg',
    ['credential-file'],
    'home/backup/.s3cfg',
    (k) => `[default]
access_key = ${k.prov('awsKeyId', 'AWS access key id')}
secret_key = ${k.prov('awsSecret', 'AWS secret access key')}
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = ${k.n('%(bucket)s')}.s3.amazonaws.com
gpg_passphrase = ${k.phrase()}
gpg_command = /usr/bin/gpg
use_https = True
signature_v2 = False
`,
  ),
];
