// The other CI/CD platforms: CircleCI, Azure Pipelines and classic release exports, Bitbucket Pipelines,
// TeamCity Kotlin DSL, Bamboo specs, Drone/Woodpecker, Buildkite, Travis (encrypted and plain), Tekton, Argo
// Workflows, Spinnaker, Octopus.
import type { RealWorldDoc } from '../types';
import { ciDoc, V } from './ciValues';

export const CI_PLATFORM_DOCS: RealWorldDoc[] = [
  ciDoc(
    'circleci-config-env',
    ['config-syntax', 'precision'],
    '.circleci/config.yml',
    (k) => `version: 2.1

orbs:
  node: circleci/node@5.2.0
  aws-cli: circleci/aws-cli@4.1

executors:
  app:
    docker:
      - image: cimg/node:20.11
      - image: cimg/postgres:15.5
        environment:
          POSTGRES_USER: circle
          POSTGRES_PASSWORD: ${k.hpw()}
          POSTGRES_DB: circle_test
      - image: cimg/redis:7.2
    environment:
      DATABASE_URL: postgres://circle:${k.cs()}@localhost/circle_test
      JWT_SECRET: ${k.tok()}

jobs:
  test:
    executor: app
    steps:
      - checkout
      - node/install-packages
      - run: npm test
  deploy:
    docker:
      - image: cimg/base:stable
        auth:
          username: bluefinci
          password: ${k.gpw()}
    steps:
      - checkout
      - aws-cli/setup:
          role_arn: arn:aws:iam::${k.n(V.awsAccount(k.g))}:role/circleci-deploy
      - run: ./scripts/deploy.sh

workflows:
  main:
    jobs:
      - test
      - deploy:
          requires: [test]
          context: [aws-prod]
          filters: { branches: { only: main } }
`,
  ),

  ciDoc(
    'circleci-api-env-list',
    ['logs-and-output', 'http-auth', 'precision'],
    'ops/circleci/env-audit.txt',
    (k) => `$ curl -s -H "Circle-Token: ${k.prov('CircleCI personal API token', V.circlePat(k.g))}" https://circleci.com/api/v2/project/gh/bluefin/api/envvar | jq .
{
  "next_page_token": null,
  "items": [
    { "name": "AWS_ACCESS_KEY_ID", "value": "${k.n('xxxx' + k.g.upper(4))}", "created-at": "2025-02-11T10:01:22.114Z" },
    { "name": "AWS_SECRET_ACCESS_KEY", "value": "${k.n('xxxx' + k.g.alnum(4))}", "created-at": "2025-02-11T10:01:41.004Z" },
    { "name": "NPM_TOKEN", "value": "${k.n('xxxx' + k.g.alnum(4))}", "created-at": "2024-09-30T08:12:00.000Z" }
  ]
}
# values are masked by the API (last 4 chars), good. The old project token is still valid though:
$ curl -s "https://circleci.com/api/v1.1/project/github/bluefin/api?circle-token=${k.http(k.g.hex(40))}&limit=1" | jq '.[0].build_num'
${k.n(k.g.digits(5))}
`,
  ),

  ciDoc(
    'azure-pipelines-yaml-vars',
    ['config-syntax', 'command-line', 'precision'],
    'azure-pipelines.yml',
    (k) => `trigger:
  branches:
    include: [main, release/*]

pool:
  vmImage: ubuntu-latest

variables:
  - group: shared-prod        # library variable group, secrets live there
  - name: buildConfiguration
    value: Release
  - name: sqlAdminPassword
    value: '${k.hpw()}'
  - name: storageAccountKey
    value: '${k.s('token', k.g.base64(86) + '==')}'

stages:
  - stage: Build
    jobs:
      - job: build
        steps:
          - task: DotNetCoreCLI@2
            inputs:
              command: publish
              arguments: '--configuration $(buildConfiguration) --output $(Build.ArtifactStagingDirectory)'
          - task: PublishBuildArtifacts@1
  - stage: Deploy
    dependsOn: Build
    jobs:
      - deployment: web
        environment: prod
        strategy:
          runOnce:
            deploy:
              steps:
                - task: AzureCLI@2
                  inputs:
                    azureSubscription: 'sc-prod-${k.n(k.g.uuid())}'
                    scriptType: bash
                    scriptLocation: inlineScript
                    inlineScript: |
                      az login --service-principal -u ${k.n(k.g.uuid())} -p ${k.prov('Azure AD client secret', V.azureSecret(k.g))} --tenant ${k.n(k.g.uuid())}
                      az sql db import -s sql-helix-prod -n appdb -u sqladmin -p $(sqlAdminPassword) --storage-key $(storageAccountKey) --storage-key-type StorageAccessKey --storage-uri https://helixbackups.blob.core.windows.net/bacpac/app.bacpac
`,
  ),

  ciDoc(
    'azure-devops-classic-release-export',
    ['config-syntax', 'logs-and-output', 'precision'],
    'exports/release-definitions/Web-Prod.json',
    (k) => `{
  "source": "userInterface",
  "revision": 47,
  "description": null,
  "createdBy": { "displayName": "Jan de Vries", "uniqueName": "jan.devries@helix.nl", "id": "${k.n(k.g.uuid())}" },
  "variables": {
    "ConnectionStrings.Default": {
      "value": "Server=tcp:sql-helix-prod.database.windows.net,1433;Initial Catalog=web;User ID=webapp;Password=${k.cs()};Encrypt=True;"
    },
    "SmtpPassword": { "value": null, "isSecret": true },
    "Redis.Password": { "value": "${k.s('token', k.g.base64(43) + '=')}" },
    "ApplicationInsights.InstrumentationKey": { "value": "${k.n(k.g.uuid())}" },
    "DeployUser": { "value": "svc_deploy" },
    "DeployPassword": { "value": "${k.hpw()}", "isSecret": false }
  },
  "variableGroups": [12, 19],
  "environments": [
    {
      "id": 3,
      "name": "Production",
      "variables": {
        "WebDeployPassword": { "value": "${k.gpw()}" },
        "SlotSwapApproval": { "value": "true" }
      },
      "deployPhases": [
        {
          "workflowTasks": [
            {
              "taskId": "${k.n(k.g.uuid())}",
              "version": "4.*",
              "name": "Azure App Service Deploy",
              "inputs": { "ConnectedServiceName": "${k.n(k.g.uuid())}", "WebAppName": "helix-web-prod", "AdditionalArguments": "-retryAttempts:6 -retryInterval:10000" }
            }
          ]
        }
      ]
    }
  ],
  "artifacts": [{ "alias": "_web-CI", "type": "Build", "definitionReference": { "definition": { "id": "41", "name": "web-CI" } } }],
  "url": "https://vsrm.dev.azure.com/helix/${k.n(k.g.uuid())}/_apis/Release/definitions/7"
}
`,
  ),

  ciDoc(
    'azure-devops-pat-nuget-config',
    ['credential-file', 'config-syntax', 'precision'],
    'NuGet.Config',
    (k) => `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="helix-internal" value="https://pkgs.dev.azure.com/helix/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <helix-internal>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="${k.prov('Azure DevOps personal access token', V.azdoPat(k.g))}" />
    </helix-internal>
  </packageSourceCredentials>
  <!-- in CI the NuGetAuthenticate@1 task injects VSS_NUGET_ACCESSTOKEN instead -->
</configuration>
`,
  ),

  ciDoc(
    'bitbucket-pipelines-yml',
    ['config-syntax', 'command-line', 'precision'],
    'bitbucket-pipelines.yml',
    (k) => `image: atlassian/default-image:4

definitions:
  services:
    mysql:
      image: mysql:8.0
      variables:
        MYSQL_DATABASE: shop_test
        MYSQL_ROOT_PASSWORD: ${k.hpw()}
  caches:
    composer: vendor

pipelines:
  default:
    - step:
        name: Test
        caches: [composer]
        services: [mysql]
        script:
          - composer install --no-interaction
          - DB_PASSWORD=$MYSQL_ROOT_PASSWORD vendor/bin/phpunit
  branches:
    main:
      - step:
          name: Deploy
          deployment: production
          script:
            - pipe: atlassian/sftp-deploy:0.9.1
              variables:
                USER: deploy
                SERVER: web01.tessera.shop
                REMOTE_PATH: /var/www/shop
                PASSWORD: ${k.n('$SFTP_PASSWORD')}
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: ${k.u(V.awsId(k.g))}
                AWS_SECRET_ACCESS_KEY: ${k.prov('AWS secret access key', V.awsSecret(k.g))}
                AWS_DEFAULT_REGION: eu-west-1
                S3_BUCKET: tessera-static
                LOCAL_PATH: public/build
            - curl -u tessera-ci:${k.prov('Bitbucket app password', V.bitbucketApp(k.g))} -X POST https://api.bitbucket.org/2.0/repositories/tessera/shop/refs/tags -d '{"name":"deploy-'$BITBUCKET_BUILD_NUMBER'","target":{"hash":"'$BITBUCKET_COMMIT'"}}'
`,
  ),

  ciDoc(
    'teamcity-settings-kts',
    ['code', 'config-syntax', 'precision'],
    '.teamcity/settings.kts',
    (k) => `import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.gradle
import jetbrains.buildServer.configs.kotlin.buildSteps.script
import jetbrains.buildServer.configs.kotlin.triggers.vcs

version = "2023.11"

project {
    buildType(Build)
    params {
        password("env.SIGNING_PASSWORD", "${k.n('credentialsJSON:' + k.g.uuid())}", display = ParameterDisplay.HIDDEN)
        param("env.ARTIFACTORY_USER", "teamcity")
        param("env.ARTIFACTORY_PASSWORD", "${k.hpw()}")
        param("env.ARTIFACTORY_API_KEY", "${k.prov('JFrog Artifactory API key', V.artifactoryKey(k.g))}")
    }
}

object Build : BuildType({
    name = "Build"
    vcs { root(DslContext.settingsRoot) }
    steps {
        gradle {
            tasks = "clean build publish"
            gradleParams = "-PsigningPassword=%env.SIGNING_PASSWORD% -PartifactoryPassword=%env.ARTIFACTORY_PASSWORD%"
        }
        script {
            name = "Upload symbols"
            scriptContent = "curl -sf -H 'Authorization: Bearer ${k.http(k.g.alnum(40))}' -F file=@build/symbols.zip https://symbols.vantage.io/upload"
        }
    }
    triggers { vcs { } }
})
`,
  ),

  ciDoc(
    'teamcity-build-log',
    ['logs-and-output', 'command-line'],
    'logs/teamcity/Vantage_Build_2231.log',
    (k) => `[10:02:11] : Step 1/3: Gradle (Gradle)
[10:02:11]i:	 [Step 1/3] Starting: /opt/buildagent/temp/agentTmp/custom_script12231.sh
[10:02:11]i:	 [Step 1/3] Environment variables:
[10:02:11]i:	 [Step 1/3]   TEAMCITY_VERSION=2023.11.1 (build 147412)
[10:02:11]i:	 [Step 1/3]   BUILD_NUMBER=2231
[10:02:11]i:	 [Step 1/3]   BUILD_VCS_NUMBER=${k.n(V.sha1(k.g))}
[10:02:11]i:	 [Step 1/3]   env.SIGNING_PASSWORD=${k.n('*******')}
[10:02:11]i:	 [Step 1/3]   env.ARTIFACTORY_PASSWORD=${k.hpw()}
[10:02:11]i:	 [Step 1/3]   teamcity.auth.userId=TeamCityBuildId=${k.n(k.g.digits(7))}
[10:02:11]i:	 [Step 1/3]   teamcity.auth.password=${k.s('token', k.g.alnum(32))}
[10:02:58] : Step 2/3: Upload symbols (Command Line)
[10:02:58] :	 [Step 2/3] + curl -sf -H 'Authorization: Bearer ${k.n('*******')}' -F file=@build/symbols.zip https://symbols.vantage.io/upload
[10:03:00] : Step 3/3: Publish (Command Line)
[10:03:00] :	 [Step 3/3] + docker login -u vantage-ci -p ${k.spw()} cr.vantage.io
[10:03:01] :	 [Step 3/3] Login Succeeded
[10:03:20] : Publishing artifacts
[10:03:20] :	 [Publishing artifacts] Collecting files to publish: [build/libs/*.jar]
`,
  ),

  ciDoc(
    'bamboo-specs-yaml',
    ['config-syntax', 'precision'],
    'bamboo-specs/bamboo.yml',
    (k) => `---
version: 2
plan:
  project-key: KRK
  key: BLD
  name: Kraken build
variables:
  deploy.user: deployer
  deploy.password: ${k.hpw()}
  artifactory.token: ${k.prov('JFrog Artifactory identity token', V.artifactoryRef(k.g))}
  bamboo.password.encrypted: ${k.n('BAMSCRT@0@0@' + k.g.base64(24))}
stages:
  - Build:
      jobs: [Package]
Package:
  tasks:
    - checkout
    - script:
        - mvn -B package
        - curl -u \${bamboo.deploy.user}:\${bamboo.deploy.password} -T target/kraken.war https://tomcat.kraken.lan/manager/text/deploy?path=/kraken
  artifacts:
    - name: war
      pattern: target/*.war
`,
  ),

  ciDoc(
    'drone-woodpecker-yml',
    ['config-syntax', 'precision'],
    '.woodpecker.yml',
    (k) => `steps:
  test:
    image: golang:1.22
    environment:
      CGO_ENABLED: "0"
      PG_DSN: postgres://wp:${k.cs()}@database:5432/wp?sslmode=disable
    commands:
      - go test ./...

  publish:
    image: woodpeckerci/plugin-docker-buildx
    settings:
      repo: codeberg.org/orbitly/api
      registry: codeberg.org
      username: orbitly-bot
      password:
        from_secret: codeberg_token
    when:
      branch: main

  notify:
    image: appleboy/drone-telegram
    settings:
      token: ${k.prov('Telegram bot token', `${k.g.digits(10)}:AA${k.g.base64url(33)}`)}
      to: ${k.n('-100' + k.g.digits(10))}
      message: "{{repo.name}} {{build.status}} {{build.link}}"

services:
  database:
    image: postgres:16
    environment:
      POSTGRES_USER: wp
      POSTGRES_PASSWORD: ${k.hpw()}
`,
  ),

  ciDoc(
    'buildkite-pipeline-and-agent',
    ['config-syntax', 'command-line', 'precision'],
    '.buildkite/pipeline.yml',
    (k) => `env:
  BUILDKITE_PLUGIN_DOCKER_COMPOSE_IMAGE_REPOSITORY: 112233.dkr.ecr.us-east-1.amazonaws.com/ci
  DD_API_KEY: ${k.prov('Datadog API key', V.datadogApi(k.g))}

steps:
  - label: ":docker: build"
    plugins:
      - docker-compose#v5.0.0:
          build: app
          push: app
  - wait
  - label: ":rspec: tests"
    command: bin/rspec
    parallelism: 8
    env:
      REDIS_URL: redis://:${k.cs()}@redis:6379/0
  - block: ":rocket: release?"
  - label: ":shipit: deploy"
    command: scripts/deploy.sh
    agents: { queue: deploy }

# agent bootstrap (buildkite-agent.cfg on the deploy queue box):
#   token="${k.s('token', k.g.hex(50))}"
#   tags="queue=deploy"
#   build-path="/var/lib/buildkite-agent/builds"
# API: curl -H "Authorization: Bearer ${k.prov('Buildkite API token', V.buildkiteApi(k.g))}" https://api.buildkite.com/v2/organizations/orbitly/pipelines
`,
  ),

  ciDoc(
    'travis-encrypted-and-plain',
    ['config-syntax', 'precision'],
    '.travis.yml',
    (k) => `language: python
python: ["3.10", "3.11"]
services: [postgresql]
env:
  global:
    - DJANGO_SETTINGS_MODULE=config.settings.ci
    - DATABASE_URL=postgres://postgres:${k.cs()}@localhost/travis_ci_test
    - secure: "${k.n(V.travisSecure(k.g))}"
    - secure: "${k.n(V.travisSecure(k.g))}"
    - COVERALLS_REPO_TOKEN=${k.s('token', k.g.alnum(32))}
before_script:
  - psql -c 'create database travis_ci_test;' -U postgres
script:
  - pytest --cov
after_success:
  - coveralls
deploy:
  provider: pypi
  username: __token__
  password:
    secure: "${k.n(V.travisSecure(k.g))}"
  on:
    tags: true
notifications:
  slack:
    rooms:
      - secure: "${k.n(V.travisSecure(k.g))}"
  email:
    recipients: [dev@kairos.dev]
`,
  ),

  ciDoc(
    'tekton-task-and-secret',
    ['config-syntax', 'credential-file', 'precision'],
    'tekton/registry-secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: quay-push
  annotations:
    tekton.dev/docker-0: https://quay.io
type: kubernetes.io/basic-auth
stringData:
  username: helix+tekton_push
  password: ${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 64))}
---
apiVersion: v1
kind: Secret
metadata:
  name: git-webhook
type: Opaque
data:
  secretToken: ${k.n(V.b64('$(params.webhookSecret)'))}
---
apiVersion: tekton.dev/v1
kind: Task
metadata:
  name: db-migrate
spec:
  params:
    - name: db-host
      default: pg.helix.svc
  steps:
    - name: migrate
      image: migrate/migrate:v4.17.0
      env:
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef: { name: app-db, key: password }
      script: |
        migrate -path /workspace/src/migrations -database "postgres://app:$DB_PASSWORD@$(params.db-host):5432/app?sslmode=require" up
`,
  ),

  ciDoc(
    'argo-workflow-template',
    ['config-syntax', 'precision'],
    'argo/etl-nightly.yaml',
    (k) => `apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata:
  name: etl-nightly
spec:
  schedule: "0 3 * * *"
  workflowSpec:
    entrypoint: etl
    arguments:
      parameters:
        - name: warehouse-password
          value: "${k.hpw()}"
        - name: s3-bucket
          value: helix-raw
    templates:
      - name: etl
        container:
          image: ghcr.io/helix/etl:2.3.1@${k.n(V.digest(k.g))}
          command: [python, -m, etl.run]
          args: ["--date", "{{workflow.creationTimestamp.Y}}-{{workflow.creationTimestamp.m}}-{{workflow.creationTimestamp.d}}"]
          env:
            - name: WAREHOUSE_PASSWORD
              value: "{{workflow.parameters.warehouse-password}}"
            - name: SNOWFLAKE_PRIVATE_KEY_PASSPHRASE
              value: ${k.phrase()}
            - name: AWS_SECRET_ACCESS_KEY
              valueFrom:
                secretKeyRef: { name: etl-aws, key: secret }
`,
  ),

  ciDoc(
    'spinnaker-halconfig',
    ['config-syntax', 'credential-file', 'precision'],
    'spinnaker/.hal/config',
    (k) => `currentDeployment: default
deploymentConfigurations:
- name: default
  version: 1.32.2
  providers:
    kubernetes:
      enabled: true
      accounts:
      - name: prod-k8s
        context: prod
        kubeconfigFile: /home/spinnaker/.kube/prod.config
    dockerRegistry:
      enabled: true
      accounts:
      - name: harbor
        address: https://harbor.quanto.io
        username: robot$spinnaker
        password: ${k.s('token', k.g.alnum(32))}
        repositories: [quanto/ledger, quanto/orders]
  persistentStorage:
    persistentStoreType: s3
    s3:
      bucket: quanto-spinnaker
      region: eu-central-1
      accessKeyId: ${k.u(V.awsId(k.g))}
      secretAccessKey: ${k.prov('AWS secret access key', V.awsSecret(k.g))}
  security:
    authn:
      oauth2:
        enabled: true
        client:
          clientId: ${k.n(k.g.hex(20))}
          clientSecret: ${k.s('token', k.g.hex(40))}
  notifications:
    slack:
      enabled: true
      botName: spinnaker
      token: ${k.prov('Slack bot token', V.slackBot(k.g))}
`,
  ),

  ciDoc(
    'octopus-deploy-scripts',
    ['command-line', 'config-syntax', 'precision'],
    'deploy/octopus/README.md',
    (k) => `# Octopus

Create a release from the build server:

\`\`\`powershell
octo create-release --project "Ledger API" --version $env:BUILD_NUMBER --server https://octopus.quanto.io --apiKey ${k.prov('Octopus Deploy API key', V.octopus(k.g))}
octo deploy-release --project "Ledger API" --version latest --deployto Staging --server https://octopus.quanto.io --apiKey $env:OCTOPUS_API_KEY --progress
\`\`\`

Project variables (exported from *Variables → Download*):

| Name | Value | Scope |
|---|---|---|
| ConnectionStrings:Ledger | \`Server=sql01;Database=ledger;User Id=ledger_app;Password=${k.cs()};\` | Production |
| ConnectionStrings:Ledger | \`Server=sql-stg;Database=ledger;User Id=ledger_app;Password=#{LedgerDbPassword};\` | Staging |
| LedgerDbPassword | ${k.n('********')} (sensitive) | Staging |
| Smtp:Password | ${k.hpw()} | |
| Octopus.Action.Package.FeedId | ${k.n('feeds-builtin')} | |

Tentacle registration:
\`Tentacle.exe register-with --instance "Tentacle" --server "https://octopus.quanto.io" --apiKey=${k.ph()} --role "web" --environment "Production"\`
`,
  ),
];
