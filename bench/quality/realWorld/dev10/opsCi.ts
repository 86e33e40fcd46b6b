// rw-dev10 ops: CI files (GitHub Actions, GitLab CI, Jenkins, Azure Pipelines, CircleCI, Bitbucket, Drone, Travis).
import type { RealWorldDoc } from '../types';
import { jwt, od } from './opsValues';

export const OPS_CI_DOCS: RealWorldDoc[] = [
  od(
    'ops-gha-deploy-hardcoded',
    ['command-line', 'config-syntax'],
    '.github/workflows/deploy.yml',
    (k) => `name: deploy
on:
  push:
    branches: [main]
env:
  REGISTRY: ghcr.io
  NODE_VERSION: "20"
  SLACK_TOKEN: ${k.prov(k.P.slackBot(k.g), 'slack')}
  MAPS_KEY: ${k.n('${{ secrets.MAPS_KEY }}')}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${k.sha()}
      - uses: actions/setup-node@v4
        with:
          node-version: \${{ env.NODE_VERSION }}
      - run: npm ci
      - name: Log in to registry
        run: echo ${k.n('"${{ secrets.GITHUB_TOKEN }}"')} | docker login ghcr.io -u \${{ github.actor }} --password-stdin
      - name: Smoke test
        run: curl -fsS -H "X-Auth-Token: ${k.tok(k.g.hex(40))}" https://staging.acme.example/api/health
      - name: DB migrate
        env:
          DATABASE_URL: mysql://deploy:${k.cs()}@db.staging.internal:3306/app
        run: npx prisma migrate deploy
      - name: Notify
        run: |
          curl -X POST "https://api.telegram.org/bot${k.prov(k.P.telegram(k.g), 'telegram')}/sendMessage" \\
            -d chat_id=-100${k.n(k.g.digits(10))} -d text="deployed \${{ github.sha }}"
`,
  ),

  od(
    'ops-gitlab-ci-variables',
    ['command-line', 'config-syntax'],
    '.gitlab-ci.yml',
    (k) => `stages: [test, build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  POSTGRES_DB: app_test
  POSTGRES_USER: runner
  POSTGRES_PASSWORD: ${k.n('runner')}
  SONAR_HOST_URL: https://sonar.corp.example
  SONAR_TOKEN: "${k.tok('sqa_' + k.g.hex(40))}"
  DEPLOY_PASSWORD: ${k.n('$DEPLOY_PASSWORD_PROD')}
  ARTIFACTORY_API_KEY: ${k.tok(k.g.alnum(73))}

test:
  stage: test
  image: node:20
  services: [postgres:16]
  script:
    - npm ci
    - npm test

build:
  stage: build
  script:
    - docker login -u gitlab-ci-token -p ${k.n('$CI_JOB_TOKEN')} $CI_REGISTRY
    - docker login -u robot-ci -p ${k.tok(k.g.alnum(32))} harbor.corp.example
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .

deploy_prod:
  stage: deploy
  when: manual
  script:
    - sshpass -p "${k.hp()}" ssh -o StrictHostKeyChecking=no deploy@app01 "cd /srv/app && ./deploy.sh $CI_COMMIT_SHA"
    - 'curl --request POST --header "PRIVATE-TOKEN: ${k.prov(k.P.gitlab(k.g), 'gitlab')}" "https://git.corp.example/api/v4/projects/42/releases"'
`,
  ),

  od(
    'ops-jenkinsfile-scripted',
    ['command-line', 'code'],
    'Jenkinsfile',
    (k) => `node('linux') {
    def nexusPass = '${k.hp()}'
    def jiraToken = "${k.tok(k.g.alnum(24))}"
    stage('Checkout') {
        checkout scm
    }
    stage('Build') {
        sh "./gradlew build -PnexusUsername=deployer -PnexusPassword=\${nexusPass}"
    }
    stage('Publish') {
        withCredentials([usernamePassword(credentialsId: 'nexus-deployer', usernameVariable: 'NU', passwordVariable: 'NP')]) {
            sh 'curl -u ${k.n('$NU:$NP')} --upload-file build/libs/app.jar https://nexus.corp.example/repository/releases/'
        }
        sh "curl -u admin:${k.gp()} -X POST http://jenkins-old.corp.local:8080/job/legacy-sync/build"
    }
    stage('Jira') {
        sh """curl -s -H 'Authorization: Bearer \${jiraToken}' -H 'Content-Type: application/json' \\
              -d '{"body":"Build \${env.BUILD_NUMBER} ok"}' https://jira.corp.local/rest/api/2/issue/OPS-1182/comment"""
    }
}
`,
  ),

  od(
    'ops-jenkinsfile-declarative',
    ['command-line', 'code'],
    'ci/Jenkinsfile.release',
    (k) => `pipeline {
  agent { label 'docker' }
  environment {
    ARTIFACTORY = credentials('artifactory-ci')
    DOCKER_HUB_PASS = '${k.gp()}'
    NPM_TOKEN = '${k.prov(k.P.npm(k.g), 'npm')}'
    SIGNING_KEY_PASSWORD = "${k.pp()}"
    BUILD_TAG_SHORT = "\${env.GIT_COMMIT.take(8)}"
  }
  stages {
    stage('Publish') {
      steps {
        sh 'echo ${k.n('$DOCKER_HUB_PASS |')} docker login -u acmebot --password-stdin'
        sh './gradlew publish ${k.n('-Psigning.password=$SIGNING_KEY_PASSWORD')} -Psigning.keyId=${k.n(k.g.hex(8).toUpperCase())}'
        sh "mvn deploy -Dartifactory.password=${k.hp()} -DaltDeploymentRepository=release::default::https://artifactory.corp/libs-release"
      }
    }
  }
  post {
    failure {
      mail to: 'team@acme.example', subject: "FAILED: \${env.JOB_NAME}", body: "see \${env.BUILD_URL}"
    }
  }
}
`,
  ),

  od(
    'ops-azure-pipelines',
    ['command-line', 'config-syntax'],
    'azure-pipelines.yml',
    (k) => `trigger:
  - main

pool:
  vmImage: ubuntu-latest

variables:
  buildConfiguration: Release
  sqlAdminPassword: '${k.hp()}'
  acrPassword: ${k.tok(k.g.base64(44).replace(/[+/]/g, 'z'))}
  azureSubscription: 'acme-prod-sc'
  storageKey: ${k.n('$(STORAGE_KEY)')}

steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: build
      arguments: '--configuration $(buildConfiguration)'
  - script: docker login acmeprod.azurecr.io -u acmeprod ${k.n('-p $(acrPassword)')}
    displayName: ACR login
  - task: SqlAzureDacpacDeployment@1
    inputs:
      azureSubscription: $(azureSubscription)
      ServerName: acme-sql.database.windows.net
      DatabaseName: shop
      SqlUsername: sqladmin
      ${k.n('SqlPassword: $(sqlAdminPassword)')}
      DacpacFile: '**/*.dacpac'
  - script: |
      curl -u :${k.prov(k.P.azureDevops(k.g), 'azure-devops')} https://dev.azure.com/acme/_apis/projects?api-version=7.1
    displayName: list projects (debug)
`,
  ),

  od(
    'ops-circleci-config',
    ['command-line', 'config-syntax'],
    '.circleci/config.yml',
    (k) => `version: 2.1
orbs:
  node: circleci/node@5.2.0
jobs:
  test:
    docker:
      - image: cimg/node:20.11
        auth:
          username: acmebot
          password: ${k.tok(k.g.uuid())}
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_USER: circle
          POSTGRES_PASSWORD: ${k.n('$POSTGRES_PASSWORD')}
    environment:
      COVERALLS_REPO_TOKEN: ${k.tok(k.g.alnum(33))}
      PERCY_TOKEN: ${k.hex(64)}
    steps:
      - checkout
      - run: npm ci
      - run: npm test -- --coverage
      - run:
          name: upload to internal dashboard
          command: curl -F "file=@coverage/lcov.info" "https://quality.corp.example/upload?token=${k.http(k.g.hex(32))}&sha=$CIRCLE_SHA1"
workflows:
  main:
    jobs: [test]
`,
  ),

  od(
    'ops-bitbucket-pipelines',
    ['command-line', 'config-syntax'],
    'bitbucket-pipelines.yml',
    (k) => `image: python:3.12

definitions:
  services:
    mysql:
      image: mysql:8
      variables:
        MYSQL_DATABASE: pipelines
        MYSQL_ROOT_PASSWORD: ${k.hp()}

pipelines:
  default:
    - step:
        name: tests
        services: [mysql]
        script:
          - pip install -r requirements.txt --extra-index-url https://pypi:${k.cs()}@pypi.corp.example/simple
          - pytest -q
  branches:
    main:
      - step:
          name: deploy
          deployment: production
          script:
            - pipe: atlassian/ssh-run:0.8.1
              variables:
                SSH_USER: deploy
                SERVER: app01.corp.example
                COMMAND: 'cd /srv/app && git pull && systemctl restart app'
            - export HEROKU_API_KEY=${k.tok(k.g.uuid())}
            - git push https://heroku:$HEROKU_API_KEY@git.heroku.com/acme-shop.git HEAD:main
            - curl -s -X POST -u "deploy-bot:${k.tok(k.g.alnum(20))}" https://api.bitbucket.org/2.0/repositories/acme/shop/commit/$BITBUCKET_COMMIT/statuses/build
`,
  ),

  od(
    'ops-drone-travis',
    ['command-line', 'config-syntax'],
    '.drone.yml',
    (k) => `kind: pipeline
type: docker
name: default

steps:
  - name: test
    image: golang:1.23
    commands:
      - go test ./...
  - name: publish
    image: plugins/docker
    settings:
      repo: registry.corp.example/tools/agent
      username: drone
      password: ${k.tok(k.g.hex(40))}
      tags: [latest, "\${DRONE_COMMIT_SHA:0:8}"]
  - name: s3-upload
    image: plugins/s3
    settings:
      bucket: acme-artifacts
      access_key:
        from_secret: s3_access_key
      secret_key: ${k.tok(k.g.alnum(40))}
  - name: discord
    image: appleboy/drone-discord
    settings:
      webhook_id: ${k.n(k.g.digits(18))}
      webhook_token: ${k.tok(k.g.base64url(68))}
`,
  ),

  od(
    'ops-gha-matrix-integration',
    ['command-line', 'config-syntax'],
    '.github/workflows/integration.yml',
    (k) => `name: integration
on: [pull_request]
jobs:
  it:
    runs-on: ubuntu-22.04
    services:
      redis:
        image: redis:7
        options: --health-cmd "redis-cli ping"
      mssql:
        image: mcr.microsoft.com/mssql/server:2022-latest
        env:
          ACCEPT_EULA: "Y"
          MSSQL_SA_PASSWORD: "${k.hp()}"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/cache@v4
        with:
          key: deps-\${{ hashFiles('**/package-lock.json') }}
      - run: |
          sqlcmd -S localhost -U sa -P '${k.n('${{ env.SA_PW }}')}' -Q "CREATE DATABASE it"
          export ALGOLIA_ADMIN_KEY=${k.hex(32)}
          export ALGOLIA_SEARCH_KEY=${k.n(k.g.hex(32))}   # search-only, public
          npm run test:integration -- --api-token=${k.tok(k.g.alnum(40))}
      - name: Upload report
        uses: actions/upload-artifact@v4
        with:
          name: report-\${{ github.run_id }}
`,
  ),

  od(
    'ops-gitlab-ci-include-deploy',
    ['command-line', 'config-syntax'],
    'ci/deploy.gitlab-ci.yml',
    (k) => `.deploy_template: &deploy
  image: alpine:3.20
  before_script:
    - apk add --no-cache openssh-client curl
    - eval $(ssh-agent -s)
    - echo "$SSH_PRIVATE_KEY" | tr -d '\\r' | ssh-add -

deploy:staging:
  <<: *deploy
  variables:
    KUBE_TOKEN: ${k.tok(jwt(k.g))}
    VAULT_ADDR: https://vault.corp.example:8200
    VAULT_TOKEN: ${k.prov(k.P.vault(k.g), 'vault')}
  script:
    - kubectl --server=https://k8s-stg.corp.example:6443 --token=${k.n('$KUBE_TOKEN --insecure')}-skip-tls-verify apply -f k8s/
    - vault kv get -field=password secret/staging/db
    - curl -sS --fail -X POST -F token=${k.tok(k.g.hex(32).slice(0, 20) + k.g.hex(10))} -F ref=main https://git.corp.example/api/v4/projects/77/trigger/pipeline
  environment:
    name: staging
`,
  ),
];
