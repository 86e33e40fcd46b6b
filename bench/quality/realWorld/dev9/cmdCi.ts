// rw-dev9 cmd part: CI steps that run commands (GitHub Actions run:, GitLab script:, Jenkinsfile sh, Azure
// Pipelines, CircleCI, Bitbucket Pipelines, Drone), with secrets references beside the ones pasted in.
import type { RealWorldDoc } from '../types';
import { cdoc } from './cmdValues';

export const CMD_CI_DOCS: RealWorldDoc[] = [
  cdoc(
    'cmd-gha-run-mixed',
    ['command-line', 'precision'],
    '.github/workflows/release.yml',
    (c) => `name: release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${c.n(c.g.hex(40))}
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - name: publish
        run: |
          echo "//registry.npmjs.org/:_authToken=${c.n('${{ secrets.NPM_TOKEN }}')}" > ~/.npmrc
          npm publish
      - name: notify
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"released \${{ github.ref_name }}"}' \\
            https://hooks.slack.com/services/${c.n('T00000000/B00000000')}/${c.tok(c.g.alnum(24))}
      - name: smoke test against staging
        run: curl -fsS -u smoke:${c.bpw()} https://staging.example.com/api/health
`,
  ),

  cdoc(
    'cmd-gha-db-migrate',
    ['command-line'],
    '.github/workflows/migrate.yml',
    (c) => `name: migrate
on: workflow_dispatch
jobs:
  migrate:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: ${c.u('postgres')}
    steps:
      - uses: actions/checkout@v4
      - name: run migrations on prod (temporary, see #412)
        env:
          PGPASSWORD: ${c.n('${{ secrets.PROD_PG_PASSWORD }}')}
        run: |
          psql -h prod-db.example.net -U migrator -d shop -f migrations/latest.sql
          PGPASSWORD='${c.pw()}' psql -h reporting-db.example.net -U migrator -d reporting -f migrations/reporting.sql
      - name: flyway
        run: >
          flyway -url=jdbc:postgresql://prod-db.example.net/shop -user=flyway
          -password=${c.bpw()} migrate
`,
  ),

  cdoc(
    'cmd-gitlab-ci-script',
    ['command-line'],
    '.gitlab-ci.yml',
    (c) => `stages: [build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  SONAR_TOKEN: ${c.tok(c.g.hex(40))}

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - docker login -u gitlab-ci-token -p ${c.n('$CI_JOB_TOKEN')} $CI_REGISTRY
    - docker build -t ${c.n('$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA')} .
    - docker push ${c.n('$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA')}
    - sonar-scanner -Dsonar.host.url=https://sonar.corp.example -Dsonar.login=${c.n('$SONAR_TOKEN')}

deploy_prod:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache openssh-client sshpass
    - sshpass -p "${c.pw()}" ssh -o StrictHostKeyChecking=no deploy@prod01.example.net "cd /srv/app && ./deploy.sh $CI_COMMIT_SHORT_SHA"
    - 'curl --request POST --header "PRIVATE-TOKEN: ${c.prov('gitlab')}" "https://gitlab.corp.example/api/v4/projects/42/releases"'
  only: [main]
`,
  ),

  cdoc(
    'cmd-jenkinsfile-sh',
    ['command-line'],
    'Jenkinsfile',
    (c) => `pipeline {
  agent any
  environment {
    NEXUS_CREDS = ${c.n("credentials('nexus-deployer')")}
    ARTIFACTORY_API_KEY = '${c.tok(c.g.alnum(73))}'
  }
  stages {
    stage('Build') {
      steps {
        sh 'mvn -B -DskipTests package'
      }
    }
    stage('Publish') {
      steps {
        sh "mvn deploy -DaltDeploymentRepository=nexus::default::https://nexus.corp.example/repository/releases -Dnexus.username=deployer -Dnexus.password=${c.bpw()}"
        sh 'curl -H "X-JFrog-Art-Api:${c.n('$ARTIFACTORY_API_KEY')}" -T target/app.jar https://artifactory.corp.example/libs-release/app.jar'
        sh 'curl -u $NEXUS_CREDS_USR:${c.n('$NEXUS_CREDS_PSW')} --upload-file target/app.pom https://nexus.corp.example/repository/releases/app.pom'
      }
    }
    stage('DB') {
      steps {
        sh "sqlplus -s app_owner/${c.bpw()}@prod-ora:1521/APP @db/patch.sql"
      }
    }
  }
}
`,
  ),

  cdoc(
    'cmd-azure-pipelines',
    ['command-line'],
    'azure-pipelines.yml',
    (c) => `trigger:
  - main
pool:
  vmImage: ubuntu-latest
variables:
  - group: shop-prod
  - name: acrName
    value: shopacr
steps:
  - script: |
      az login --service-principal -u ${c.n(c.g.uuid())} -p '${c.pw()}' --tenant ${c.n(c.g.uuid())}
      az acr login -n $(acrName)
    displayName: login
  - script: docker build -t $(acrName).azurecr.io/shop:$(Build.BuildId) .
  - script: |
      sqlcmd -S shop-sql.database.windows.net -d shop -U sqladmin -P "${c.n('$(SqlAdminPassword)')}" -i db/migrate.sql
      sqlcmd -S shop-sql-test.database.windows.net -d shop -U sqladmin -P "${c.pw()}" -i db/seed.sql
    displayName: database
  - task: AzureCLI@2
    inputs:
      azureSubscription: shop-prod-connection
      scriptType: bash
      scriptLocation: inlineScript
      inlineScript: az storage blob upload-batch -d '$web' -s dist --account-name shopstatic --account-key ${c.prov('azureSas')}
`,
  ),

  cdoc(
    'cmd-circleci-config',
    ['command-line'],
    '.circleci/config.yml',
    (c) => `version: 2.1
jobs:
  deploy:
    docker:
      - image: cimg/python:3.12
        auth:
          username: examplebot
          password: ${c.n('$DOCKERHUB_PASSWORD')}
    steps:
      - checkout
      - run:
          name: upload to pypi
          command: |
            pip install twine build
            python -m build
            twine upload -u __token__ -p ${c.prov('pypi')} dist/*
      - run:
          name: invalidate cdn
          command: curl -X POST "https://api.cdn.example/v1/purge?api_key=${c.http(c.g.hex(32))}&zone=docs"
workflows:
  release:
    jobs: [deploy]
`,
  ),

  cdoc(
    'cmd-bitbucket-pipelines',
    ['command-line'],
    'bitbucket-pipelines.yml',
    (c) => `image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Build and deploy
          caches: [node]
          script:
            - npm ci && npm run build
            - pipe: atlassian/ftp-deploy:0.7.1
              variables:
                USER: $FTP_USER
                PASSWORD: ${c.n('$FTP_PASSWORD')}
                SERVER: ftp.example-hosting.net
                REMOTE_PATH: /public_html
            - lftp -c "set ftp:ssl-allow no; open -u webmaster,${c.bpw()} ftp.example-hosting.net; mirror -R dist /public_html/beta"
            - curl -X POST -u "deploybot:${c.pw()}" https://api.bitbucket.org/2.0/repositories/example/site/pipelines/
`,
  ),

  cdoc(
    'cmd-drone-yml',
    ['command-line'],
    '.drone.yml',
    (c) => `kind: pipeline
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
      repo: registry.corp.example/tools/hush-demo
      username: drone
      password:
        from_secret: ${c.n('registry_password')}
  - name: deploy
    image: alpine
    commands:
      - apk add curl
      - curl -fsS -H "Authorization: token ${c.http(c.g.hex(40))}" -X POST https://gitea.corp.example/api/v1/repos/tools/hush-demo/releases
      - wget --header="X-Deploy-Key: ${c.tok()}" -qO- https://deploy.corp.example/hook/hush-demo
`,
  ),

  cdoc(
    'cmd-github-actions-ssh-deploy',
    ['command-line', 'precision'],
    '.github/workflows/deploy.yml',
    (c) => `name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: appleboy/ssh-action@v1.0.3
        with:
          host: \${{ secrets.HOST }}
          username: deploy
          password: ${c.n('${{ secrets.SSH_PASSWORD }}')}
          port: 22
          script: |
            cd /var/www/app
            git pull https://deploy-bot:${c.prov('githubFine')}@github.com/example/app.git main
            php artisan migrate --force
            mysql -u laravel -p${c.bpw()} laravel -e "update settings set v='1' where k='maintenance'"
      - name: request id for the audit log
        run: echo "request ${c.reqId()} done, run \${{ github.run_id }}"
`,
  ),

  cdoc(
    'cmd-gitlab-ci-helm',
    ['command-line'],
    'deploy/.gitlab-ci.helm.yml',
    (c) => `.helm_deploy:
  image: alpine/helm:3.15.4
  before_script:
    - helm repo add bitnami https://charts.bitnami.com/bitnami
    - helm repo add corp https://nexus.corp.example/repository/helm/ --username helm-ro --password '${c.pw()}'
  script:
    - >
      helm upgrade --install keycloak bitnami/keycloak -n auth
      --set auth.adminUser=admin
      --set auth.adminPassword=${c.bpw()}
      --set postgresql.auth.password=${c.gbpw()}
      --set externalDatabase.existingSecret=keycloak-db
    - helm upgrade --install grafana corp/grafana --set adminPassword=${c.n('"$GRAFANA_ADMIN_PASSWORD"')}
`,
  ),
];
