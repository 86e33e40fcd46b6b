// rw-dev8 prov: credential files and tool configs where provider keys really sit — AWS credentials and CI,
// GCP service-account JSON, Akamai .edgerc, Docker config.json, Jenkins credentials, .npmrc, .pypirc,
// NuGet.config, Maven settings.xml, .netrc, rclone, .gem, composer auth.json, .git-credentials.
import type { RealWorldDoc } from '../types';
import { b64, genPw, humanPw, pemRaw } from './provValues';
import { F, pdoc } from './provKit';

export const PROV_FILE_DOCS: RealWorldDoc[] = [
  pdoc('aws-credentials-profiles', ['credential-file', 'precision'], '.aws/credentials', (k) => {
    return `[default]
aws_access_key_id = ${k.u(k.raw.awsKeyId(k.g))}
aws_secret_access_key = ${k.p('awsSecret', 'aws')}

[northwind-prod]
aws_access_key_id=${k.u(k.raw.awsKeyId(k.g))}
aws_secret_access_key=${k.p('awsSecret', 'aws')}
region=eu-west-1

[sandbox-temp]
aws_access_key_id = ${k.u(k.raw.awsTempKeyId(k.g))}
aws_secret_access_key = ${k.p('awsSecret', 'aws')}
aws_session_token = ${k.p('awsSessionToken', 'aws')}

[docs-example]
aws_access_key_id = ${k.pub('awsExampleId')}
aws_secret_access_key = ${k.pub('awsExampleSecret')}
`;
  }),
  pdoc(
    'aws-config-sso-only',
    ['credential-file', 'precision'],
    '.aws/config',
    (k) => `[default]
region = eu-west-1
output = json

[profile prod-admin]
sso_session = northwind
sso_account_id = ${k.pub('accountId')}
sso_role_name = AdministratorAccess
region = eu-west-1

[profile ci]
role_arn = arn:aws:iam::${k.pub('accountId')}:role/ci-deployer
source_profile = default
external_id = ${k.n('northwind-ci')}
credential_process = ${k.n('/usr/local/bin/aws-vault exec ci --json')}

[sso-session northwind]
sso_start_url = https://northwind.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
`,
  ),
  pdoc(
    'aws-gitlab-ci-keys',
    ['config-syntax', 'command-line'],
    '.gitlab-ci.yml',
    (k) => `stages: [build, deploy]

variables:
  AWS_DEFAULT_REGION: eu-central-1
  AWS_ACCESS_KEY_ID: ${k.u(k.raw.awsKeyId(k.g))}
  AWS_SECRET_ACCESS_KEY: ${k.p('awsSecret', 'aws')}
  DOCKER_DRIVER: overlay2

build:
  stage: build
  image: docker:24
  script:
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker login -u $CI_REGISTRY_USER -p ${k.n('$CI_REGISTRY_PASSWORD')} $CI_REGISTRY

deploy:
  stage: deploy
  image: amazon/aws-cli:2.15.0
  script:
    - aws s3 sync ./public s3://northwind-static --delete
    - aws cloudfront create-invalidation --distribution-id ${k.n('E2QWRUHAPOMQZL')} --paths "/*"
`,
  ),
  pdoc(
    'aws-terraform-provider',
    ['config-syntax', 'code'],
    'infra/main.tf',
    (k) => `terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "${k.u(k.raw.awsKeyId(k.g))}"
  secret_key = "${k.p('awsSecret', 'aws')}"
}

provider "aws" {
  alias   = "replica"
  region  = "us-west-2"
  profile = "northwind-prod"
}

resource "aws_s3_bucket" "logs" {
  bucket = "northwind-logs-${k.pub('accountId')}"
}
`,
  ),
  pdoc(
    'aws-jenkinsfile-withenv',
    ['code', 'command-line'],
    'Jenkinsfile',
    (k) => `pipeline {
  agent { label 'linux' }
  stages {
    stage('Publish') {
      steps {
        withEnv(["AWS_ACCESS_KEY_ID=${k.u(k.raw.awsKeyId(k.g))}", "AWS_SECRET_ACCESS_KEY=${k.p('awsSecret', 'aws')}", "AWS_REGION=eu-west-1"]) {
          sh 'aws s3 cp build/app.zip s3://northwind-artifacts/app-\${BUILD_NUMBER}.zip'
        }
      }
    }
    stage('Notify') {
      steps {
        withCredentials([string(credentialsId: '${k.n('slack-webhook')}', variable: 'HOOK')]) {
          sh 'curl -X POST -d "{\\"text\\":\\"published\\"}" $HOOK'
        }
      }
    }
  }
}
`,
  ),
  pdoc(
    'aws-boto3-script',
    ['code', 'defaults-in-code'],
    'scripts/rotate_logs.py',
    (k) => `"""Moves last month's logs to Glacier. Run from the bastion."""
import boto3

session = boto3.Session(
    aws_access_key_id="${k.u(k.raw.awsKeyId(k.g))}",
    aws_secret_access_key="${k.p('awsSecret', 'aws')}",
    region_name="eu-west-1",
)
s3 = session.client("s3")

# The docs' sample pair, kept for the moto-based unit test
TEST_KEY_ID = "${k.pub('awsExampleId')}"
TEST_SECRET = "${k.pub('awsExampleSecret')}"

for obj in s3.list_objects_v2(Bucket="northwind-logs")["Contents"]:
    print(obj["Key"])
`,
  ),
  pdoc(
    'aws-s3cfg',
    ['credential-file'],
    '.s3cfg',
    (k) => `[default]
access_key = ${k.u(k.raw.awsKeyId(k.g))}
secret_key = ${k.p('awsSecret', 'aws')}
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
gpg_passphrase = ${k.hpw()}
signature_v2 = False
`,
  ),
  pdoc(
    'rclone-conf',
    ['credential-file', 'config-syntax'],
    '.config/rclone/rclone.conf',
    (k) => `[s3-backup]
type = s3
provider = AWS
access_key_id = ${k.u(k.raw.awsKeyId(k.g))}
secret_access_key = ${k.p('awsSecret', 'aws')}
region = eu-west-1

[azure-archive]
type = azureblob
account = stnorthwindarchive
key = ${k.p('azureStorageKey', 'azure-storage')}

[gdrive]
type = drive
scope = drive
token = ${k.n('{"access_token":"","token_type":"Bearer","expiry":"0001-01-01T00:00:00Z"}')}
`,
  ),
  pdoc(
    'gcp-service-account-json',
    ['credential-file'],
    'secrets/northwind-ci-7f3a.json',
    (k) => `{
  "type": "service_account",
  "project_id": "northwind-prod",
  "private_key_id": "${k.u(k.raw.gcpKeyId(k.g))}",
  "private_key": "${k.s('private-key', pemRaw(k.g).replace(/\n/g, '\\n'))}\\n",
  "client_email": "ci-deployer@northwind-prod.iam.gserviceaccount.com",
  "client_id": "${k.pub('gcpClientId')}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ci-deployer%40northwind-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
`,
  ),
  pdoc(
    'gcp-sa-in-actions',
    ['config-syntax', 'credential-file'],
    '.github/workflows/gcp-deploy.yml',
    (k) => `name: gcp-deploy
on: workflow_dispatch
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: google-github-actions/auth@v2
        with:
          credentials_json: '{"type":"service_account","project_id":"northwind-data","private_key_id":"${k.u(k.raw.gcpKeyId(k.g))}","private_key":"${k.s('private-key', pemRaw(k.g).replace(/\n/g, '\\n'))}\\n","client_email":"etl@northwind-data.iam.gserviceaccount.com","client_id":"${k.pub('gcpClientId')}"}'
      - uses: google-github-actions/auth@v2
        with:
          workload_identity_provider: ${k.n('projects/123456789/locations/global/workloadIdentityPools/gh/providers/github')}
          service_account: deployer@northwind-data.iam.gserviceaccount.com
      - run: gcloud run deploy etl --region europe-west1 --source .
`,
  ),
  pdoc(
    'akamai-edgerc',
    ['credential-file'],
    '.edgerc',
    (k) => `[default]
client_secret = ${k.p('akamaiSecret', 'akamai')}
host = ${k.pub('akamaiHost')}
access_token = ${k.p('akamaiToken', 'akamai')}
client_token = ${k.u(k.raw.akamaiToken(k.g))}

[ccu]
client_secret = ${k.p('akamaiSecret', 'akamai')}
host = ${k.pub('akamaiHost')}
access_token = ${k.p('akamaiToken', 'akamai')}
client_token = ${k.u(k.raw.akamaiToken(k.g))}
max-body = 131072
`,
  ),
  pdoc(
    'akamai-ci-env',
    ['config-syntax', 'command-line'],
    'azure-pipelines.yml',
    (k) => `trigger:
  - main

pool:
  vmImage: ubuntu-latest

variables:
  AKAMAI_HOST: ${k.pub('akamaiHost')}
  AKAMAI_CLIENT_SECRET: ${k.p('akamaiSecret', 'akamai')}
  AKAMAI_ACCESS_TOKEN: ${k.p('akamaiToken', 'akamai')}
  AKAMAI_CLIENT_TOKEN: ${k.u(k.raw.akamaiToken(k.g))}

steps:
  - script: akamai purge --section ccu invalidate https://www.northwind.io/
    displayName: Purge cache
  - script: echo "##vso[task.setvariable variable=token;issecret=true]$(System.AccessToken)"
`,
  ),
  pdoc('docker-config-auths', ['credential-file', 'http-auth'], '.docker/config.json', (k) => {
    const ghUser = 'northwind-ci';
    return `{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${k.s('http-auth', b64(`northwindci:${humanPw(k.g)}`))}"
    },
    "ghcr.io": {
      "auth": "${k.s('http-auth', b64(`${ghUser}:${k.raw.github(k.g)}`))}"
    },
    "registry.northwind.io": {
      "username": "deploy",
      "password": "${k.gpw()}"
    },
    "${k.pub('accountId')}.dkr.ecr.eu-west-1.amazonaws.com": {}
  },
  "credHelpers": {
    "gcr.io": "gcloud",
    "europe-docker.pkg.dev": "gcloud"
  },
  "currentContext": "default"
}
`;
  }),
  pdoc(
    'docker-config-helpers-only',
    ['credential-file', 'precision'],
    'ci/docker-config.json',
    (k) => `{
  "auths": {
    "https://index.docker.io/v1/": {},
    "quay.io": {}
  },
  "credsStore": "${k.n('desktop')}",
  "credHelpers": { "${k.pub('accountId')}.dkr.ecr.us-east-1.amazonaws.com": "${k.n('ecr-login')}" },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
`,
  ),
  pdoc(
    'docker-hub-pat-login',
    ['command-line'],
    'scripts/release-image.sh',
    (k) => `#!/bin/sh
# Docker Hub access token for the northwindci account (read/write, created 2024-11-02)
DOCKERHUB_TOKEN=${k.p('dockerHub', 'docker')}
echo "$DOCKERHUB_TOKEN" | docker login -u northwindci --password-stdin
docker buildx build --platform linux/amd64,linux/arm64 -t northwind/agent:"$1" --push .
`,
  ),
  pdoc(
    'jenkins-credentials-xml',
    ['credential-file', 'precision'],
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
          <username>deploy</username>
          <password>${k.u(`{AQAAABAAAAAQ${k.g.base64(42)}=}`)}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>sonar-token</id>
          <secret>${k.u(`{AQAAABAAAAAw${k.g.base64(62)}=}`)}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
        <com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>aws-publish</id>
          <accessKey>${k.u(k.raw.awsKeyId(k.g))}</accessKey>
          <secretKey>${k.p('awsSecret', 'aws')}</secretKey>
        </com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
`,
  ),
  pdoc(
    'jenkins-casc-yaml',
    ['config-syntax', 'credential-file'],
    'jenkins/casc/jenkins.yaml',
    (k) => `jenkins:
  systemMessage: "Managed by JCasC — edits in the UI are lost on restart"
  securityRealm:
    local:
      users:
        - id: admin
          password: ${k.hpw()}
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: bitbucket-ci
              username: northwind-ci
              password: ${k.p('bitbucketAppPassword', 'bitbucket')}
          - string:
              scope: GLOBAL
              id: sonarqube
              secret: ${k.p('sonar', 'sonarqube')}
          - string:
              scope: GLOBAL
              id: slack-token
              secret: ${k.p('slackBot', 'slack')}
          - usernamePassword:
              scope: GLOBAL
              id: artifactory
              username: ci
              password: ${k.n('${ARTIFACTORY_PASSWORD}')}
unclassified:
  location:
    url: https://ci.northwind.io/
`,
  ),
  pdoc(
    'jenkins-api-token-curl',
    ['command-line', 'http-auth'],
    'scripts/trigger-build.sh',
    (k) => `#!/bin/bash
# Jenkins user API token (Manage Jenkins > Users > ci-trigger > Configure)
JENKINS_USER=ci-trigger
JENKINS_API_TOKEN=${k.p('jenkinsApiToken', 'jenkins', 'token')}
curl -fsS -X POST -u "$JENKINS_USER:$JENKINS_API_TOKEN" \\
  "https://ci.northwind.io/job/release/buildWithParameters?VERSION=$1"
`,
  ),
  pdoc(
    'npmrc-registries',
    ['credential-file'],
    '.npmrc',
    (k) => `registry=https://registry.npmjs.org/
@northwind:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${k.p('github', 'github')}
//registry.npmjs.org/:_authToken=${k.p('npm', 'npm')}
//nexus.northwind.io/repository/npm-private/:_auth=${k.s('http-auth', b64(`deploy:${genPw(k.g)}`))}
//npm.fontawesome.com/:_authToken=${k.n('${FONTAWESOME_NPM_AUTH_TOKEN}')}
always-auth=true
save-exact=true
`,
  ),
  pdoc(
    'npmrc-ci-only-refs',
    ['credential-file', 'precision'],
    'packages/ui/.npmrc',
    (k) => `//registry.npmjs.org/:_authToken=${k.n('${NPM_TOKEN}')}
@northwind:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${k.n('${GITHUB_TOKEN}')}
engine-strict=true
`,
  ),
  pdoc(
    'yarnrc-yml',
    ['credential-file', 'config-syntax'],
    '.yarnrc.yml',
    (k) => `nodeLinker: node-modules
yarnPath: .yarn/releases/yarn-4.1.1.cjs

npmScopes:
  northwind:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAlwaysAuth: true
    npmAuthToken: ${k.p('github', 'github')}
  fortawesome:
    npmRegistryServer: "https://npm.fontawesome.com"
    npmAuthToken: ${k.n('${FA_TOKEN:-}')}
`,
  ),
  pdoc(
    'pypirc',
    ['credential-file'],
    '.pypirc',
    (k) => `[distutils]
index-servers =
    pypi
    testpypi
    northwind

[pypi]
username = __token__
password = ${k.p('pypi', 'pypi')}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = ${k.p('pypi', 'pypi')}

[northwind]
repository = https://nexus.northwind.io/repository/pypi-internal/
username = deploy
password = ${k.hpw()}
`,
  ),
  pdoc(
    'pip-conf',
    ['credential-file', 'config-syntax'],
    '.config/pip/pip.conf',
    (k) => `[global]
index-url = https://deploy:${k.s('connection-string', genPw(k.g).replace(/[!#%^*]/g, 'x'))}@nexus.northwind.io/repository/pypi-all/simple
extra-index-url = https://pypi.org/simple
timeout = 60
trusted-host = nexus.northwind.io
`,
  ),
  pdoc(
    'nuget-config',
    ['credential-file', 'config-syntax'],
    'NuGet.config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="github" value="https://nuget.pkg.github.com/northwind/index.json" />
    <add key="azure-artifacts" value="https://pkgs.dev.azure.com/northwind/_packaging/shared/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <github>
      <add key="Username" value="northwind-ci" />
      <add key="ClearTextPassword" value="${k.p('github', 'github')}" />
    </github>
    <azure-artifacts>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="${k.p('azureDevopsPat', 'azure-devops')}" />
    </azure-artifacts>
  </packageSourceCredentials>
  <apikeys>
    <add key="https://www.nuget.org" value="${k.u(`AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA${k.g.base64(120)}`)}" />
  </apikeys>
</configuration>
`,
  ),
  pdoc(
    'nuget-push-script',
    ['command-line'],
    'build/publish.ps1',
    (k) => `param([string]$Version = "1.0.0")

$ErrorActionPreference = "Stop"
dotnet pack src/Northwind.Client -c Release /p:Version=$Version -o artifacts
# nuget.org key scoped to Northwind.* (expires 2025-06)
$NuGetApiKey = "${k.p('nuget', 'nuget')}"
dotnet nuget push "artifacts/*.nupkg" --api-key $NuGetApiKey --source https://api.nuget.org/v3/index.json --skip-duplicate
`,
  ),
  pdoc(
    'maven-settings-xml',
    ['credential-file', 'config-syntax', 'precision'],
    '.m2/settings.xml',
    (k) => `<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>northwind-releases</id>
      <username>deployment</username>
      <password>${k.hpw()}</password>
    </server>
    <server>
      <id>ossrh</id>
      <username>northwind</username>
      <password>${k.u(`{${k.g.base64(44)}}`)}</password>
    </server>
    <server>
      <id>github</id>
      <username>northwind-ci</username>
      <password>${k.p('github', 'github')}</password>
    </server>
    <server>
      <id>ci-snapshots</id>
      <username>\${env.NEXUS_USER}</username>
      <password>${k.n('${env.NEXUS_PASSWORD}')}</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>sign</id>
      <properties>
        <gpg.keyname>${k.n(k.g.hex(16).toUpperCase())}</gpg.keyname>
        <gpg.passphrase>${k.hpw()}</gpg.passphrase>
      </properties>
    </profile>
  </profiles>
</settings>
`,
  ),
  pdoc(
    'gradle-properties-mapbox',
    ['credential-file', 'config-syntax'],
    'android/gradle.properties',
    (k) => `org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Mapbox downloads token (secret scope DOWNLOADS:READ)
MAPBOX_DOWNLOADS_TOKEN=${k.p('mapboxSecret', 'mapbox')}
mavenCentralUsername=${k.n('northwind')}
mavenCentralPassword=${k.hpw()}
signing.keyId=${k.n(k.g.hex(8).toUpperCase())}
signing.password=${k.hpw()}
signing.secretKeyRingFile=${k.n('/home/ci/.gnupg/secring.gpg')}
`,
  ),
  pdoc(
    'netrc-mapbox-heroku',
    ['credential-file'],
    '.netrc',
    (k) => `machine api.mapbox.com
  login mapbox
  password ${k.p('mapboxSecret', 'mapbox')}

machine api.heroku.com
  login ops@northwind.io
  password ${k.p('heroku', 'heroku')}

machine git.heroku.com
  login ops@northwind.io
  password ${k.p('heroku', 'heroku')}
`,
  ),
  pdoc(
    'gem-credentials',
    ['credential-file'],
    '.gem/credentials',
    (k) => `---
:rubygems_api_key: ${k.p('rubygems', 'rubygems')}
:github: Bearer ${k.p('github', 'github')}
`,
  ),
  pdoc(
    'composer-auth-json',
    ['credential-file', 'config-syntax'],
    'auth.json',
    (k) => `{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "${k.s('token', k.g.hex(64), 'packagist')}"
        },
        "satis.northwind.io": {
            "username": "deploy",
            "password": "${k.hpw()}"
        }
    },
    "github-oauth": {
        "github.com": "${k.p('github', 'github')}"
    },
    "bitbucket-oauth": {
        "bitbucket.org": {
            "consumer-key": "${k.n(k.g.alnum(18))}",
            "consumer-secret": "${k.s('token', k.g.alnum(32), 'bitbucket')}"
        }
    },
    "gitlab-token": {
        "gitlab.northwind.io": "${k.p('gitlab', 'gitlab')}"
    }
}
`,
  ),
  pdoc(
    'git-credentials',
    ['credential-file'],
    '.git-credentials',
    (k) => `https://northwind-ci:${k.p('bitbucketAppPassword', 'bitbucket')}@bitbucket.org
https://oauth2:${k.p('gitlab', 'gitlab')}@gitlab.com
https://x-access-token:${k.p('github', 'github')}@github.com
`,
  ),
  pdoc(
    'bitbucket-pipelines',
    ['config-syntax', 'command-line'],
    'bitbucket-pipelines.yml',
    (k) => `image: atlassian/default-image:4

pipelines:
  branches:
    main:
      - step:
          name: Release notes to Confluence
          script:
            - export ATLASSIAN_EMAIL=release-bot@northwind.io
            - export ATLASSIAN_API_TOKEN=${k.p('atlassian', 'atlassian')}
            - python tools/publish_notes.py --space ENG --parent 123456789
      - step:
          name: Tag
          script:
            - git push https://x-token-auth:${k.n('$BITBUCKET_ACCESS_TOKEN')}@bitbucket.org/$BITBUCKET_REPO_FULL_NAME --tags
`,
  ),
  pdoc(
    'jira-cli-config',
    ['credential-file', 'config-syntax'],
    '.config/.jira/.config.yml',
    (k) => `installation: Cloud
server: https://northwind.atlassian.net
login: ravi@northwind.io
project:
  key: PAY
  type: scrum
board:
  id: 42
  name: PAY board
auth_type: basic
# jira-cli reads JIRA_API_TOKEN first; this is the fallback
api_token: ${k.p('atlassian', 'atlassian')}
epic:
  name: customfield_10011
  link: customfield_10014
`,
  ),
  pdoc(
    'azure-functions-local-settings',
    ['config-syntax', 'credential-file'],
    'local.settings.json',
    (k) => `{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=stnorthwindfunc;AccountKey=${k.p('azureStorageKey', 'azure-storage')};EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "node",
    "LocalDevStorage": "${k.n('UseDevelopmentStorage=true')}",
    "ServiceBusConnection": "Endpoint=sb://northwind-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${k.s('provider', `${k.g.base64(43)}=`, 'azure-servicebus')}",
    "APPINSIGHTS_INSTRUMENTATIONKEY": "${k.pub('uuid')}"
  }
}
`,
  ),
  pdoc(
    'azure-cli-account-key',
    ['command-line'],
    'docs/ops/blob-restore.md',
    (k) => `# Restoring a blob container

1. Find the account key (Portal > Storage account > Access keys) — key1 as of today:

${F}bash
az storage blob download-batch \\
  --account-name stnorthwindbackup \\
  --account-key ${k.p('azureStorageKey', 'azure-storage')} \\
  --source nightly --destination ./restore --pattern "2024-11-*"
${F}

2. Or use a SAS URL that expires after the restore:

${F}
https://stnorthwindbackup.blob.core.windows.net/nightly?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2024-12-01T00:00:00Z&st=2024-11-20T00:00:00Z&spr=https&sig=${k.p('azureSasSig', 'azure-sas')}
${F}

3. Subscription: \`${k.pub('uuid')}\`, tenant \`${k.pub('uuid')}\` (not secret).
`,
  ),
  pdoc(
    'azure-sp-terraform-env',
    ['command-line', 'config-syntax'],
    'infra/azure/backend.env',
    (k) => `# Service principal sp-terraform-northwind (owner on rg-platform)
ARM_CLIENT_ID=${k.pub('uuid')}
ARM_CLIENT_SECRET=${k.p('azureClientSecret', 'azure-ad')}
ARM_SUBSCRIPTION_ID=${k.pub('uuid')}
ARM_TENANT_ID=${k.pub('uuid')}
ARM_ACCESS_KEY=${k.p('azureStorageKey', 'azure-storage')}
`,
  ),
];
