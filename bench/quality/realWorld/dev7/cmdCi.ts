// rw-dev7 command line: CI pipeline files whose script lines carry credentials (GitHub Actions run:, GitLab CI
// script:, Jenkinsfile sh, CircleCI, Azure Pipelines, Buildkite, Drone, Bitbucket, Travis), beside the
// references (`${{ secrets.X }}`, `$CI_JOB_TOKEN`, `$(PASSWORD)`, `credentials('x')`) that are not secrets.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { cmd, type C } from './cmdValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: C) => string) => doc(`dev7-cmd-${id}`, areas, path, (k) => fn(cmd(k)));
const CLC: RealWorldArea[] = ['command-line', 'config-syntax'];

export const CI_DOCS: RealWorldDoc[] = [
  d(
    'gha-integration',
    CLC,
    '.github/workflows/integration.yml',
    (c) => `name: integration
on: [pull_request]

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      mysql:
        image: mysql:8
        env:
          MYSQL_ROOT_PASSWORD: ${c.n('${{ secrets.MYSQL_ROOT }}')}
        ports: ["3306:3306"]
    steps:
      - uses: actions/checkout@v4
      - name: Wait for mysql
        run: |
          for i in $(seq 1 30); do
            mysqladmin ping -h 127.0.0.1 -P ${c.n('3306')} -uroot -p${c.pw()} && break
            sleep 2
          done
      - name: Load fixtures
        run: mysql -h 127.0.0.1 -uroot --password=${c.pw()} test < fixtures.sql
      - name: Pull private image
        run: docker login ghcr.io -u acme-ci -p ${c.prov('github')}
      - name: Report
        run: curl -fsS -H "Authorization: Bearer ${c.n('${{ secrets.REPORT_TOKEN }}')}" -F file=@report.xml https://reports.acme.dev/upload
      - name: Notify
        run: curl -X POST -H 'Content-Type: application/json' -d '{"text":"ok"}' https://hooks.slack.com/services/${c.n('T000')}/${c.n('B000')}/${c.qtok()}
`,
  ),

  d(
    'gha-deploy-ssh',
    CLC,
    '.github/workflows/deploy-prod.yml',
    (c) => `name: deploy-prod
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: [self-hosted, prod]
    steps:
      - run: sshpass -p '${c.sq()}' rsync -az dist/ deploy@web1.acme.dev:/srv/www/
      - run: |
          export PGPASSWORD=${c.n('${{ secrets.PG_PASSWORD }}')}
          psql -h pg1 -U deploy -c "select 1"
      - run: >
          helm upgrade --install web ./chart
          --set image.tag=\${{ github.sha }}
          --set db.password=${c.pw()}
          --set redis.password=${c.n('${{ secrets.REDIS_PASSWORD }}')}
      - run: az login --service-principal -u ${c.n('${{ vars.AZ_CLIENT_ID }}')} -p ${c.tok()} --tenant \${{ vars.AZ_TENANT }}
`,
  ),

  d(
    'gitlab-ci-script',
    CLC,
    '.gitlab-ci.yml',
    (c) => `stages: [build, test, deploy]

build:
  stage: build
  script:
    - docker login -u gitlab-ci-token -p ${c.n('$CI_JOB_TOKEN')} $CI_REGISTRY
    - docker login -u deployer -p ${c.pw()} registry.acme.io
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .

test:
  stage: test
  services: [postgres:16, redis:7]
  variables:
    POSTGRES_PASSWORD: ${c.n('$TEST_DB_PASSWORD')}
  script:
    - export DATABASE_URL="postgres://postgres:${c.cs()}@postgres:5432/test"
    - redis-cli -h redis -a ${c.pw()} ping
    - pytest

deploy:
  stage: deploy
  script:
    - 'curl --request POST --header "PRIVATE-TOKEN: ${c.prov('gitlab')}" "https://gitlab.acme.io/api/v4/projects/42/deployments"'
    - 'curl -u "release:${c.dq()}" -T app.tar.gz https://nexus.acme.io/repository/releases/'
    - git push https://gitlab-ci-token:${c.n('${CI_JOB_TOKEN}')}@gitlab.acme.io/acme/app.git HEAD:release
  only: [main]
`,
  ),

  d(
    'jenkinsfile',
    CLC,
    'Jenkinsfile',
    (c) => `pipeline {
  agent any
  environment {
    NEXUS = credentials('${c.n('nexus-ci')}')
    SONAR_TOKEN = credentials('${c.n('sonar')}')
  }
  stages {
    stage('Build') {
      steps {
        sh 'mvn -B -Dnexus.user=ci -Dnexus.password=${c.pw()} deploy'
      }
    }
    stage('DB migrate') {
      steps {
        sh "flyway -url=jdbc:mysql://db1:3306/app -user=flyway -password=${c.dq()} migrate"
        sh 'PGPASSWORD=${c.sq()} psql -h pg1 -U etl -f etl.sql'
      }
    }
    stage('Sonar') {
      steps {
        sh "mvn sonar:sonar -Dsonar.login=${c.n('${SONAR_TOKEN}')}"
        sh "mvn sonar:sonar -Dsonar.host.url=https://sonar.acme.io -Dsonar.token=${c.hex(40)}"
      }
    }
    stage('Ship') {
      steps {
        sh "curl -u \${NEXUS_USR}:${c.n('${NEXUS_PSW}')} --upload-file target/app.jar https://nexus.acme.io/raw/"
        bat 'net use Z: \\\\\\\\fs01\\\\drops /user:CORP\\\\jenkins ${c.pw()}'
      }
    }
  }
}
`,
  ),

  d(
    'circleci',
    CLC,
    '.circleci/config.yml',
    (c) => `version: 2.1
jobs:
  test:
    docker:
      - image: cimg/node:20.11
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_PASSWORD: ${c.pw()}
    steps:
      - checkout
      - run:
          name: auth to private registry
          command: echo "//npm.acme.io/:_authToken=${c.tok()}" >> ~/.npmrc
      - run: npm ci
      - run:
          name: db
          command: |
            PGPASSWORD=${c.pw()} psql -h localhost -U postgres -c 'create database test'
      - run: npm test
      - run: curl -u ${c.n('${CIRCLE_TOKEN}')}: https://circleci.com/api/v2/me
workflows:
  main:
    jobs: [test]
`,
  ),

  d(
    'azure-pipelines',
    CLC,
    'azure-pipelines.yml',
    (c) => `trigger: [main]
pool:
  vmImage: windows-latest

variables:
  buildConfiguration: Release

steps:
  - script: dotnet build --configuration $(buildConfiguration)
  - script: sqlcmd -S tcp:acme-sql.database.windows.net -d Shop -U ci -P ${c.pw()} -i migrations.sql
    displayName: migrate
  - powershell: |
      $pw = ConvertTo-SecureString "${c.dq()}" -AsPlainText -Force
      $cred = New-Object System.Management.Automation.PSCredential ("ci", $pw)
      Invoke-WebRequest -Uri https://deploy.acme.io/api/ping -Credential $cred
  - script: nuget push *.nupkg -Source https://pkgs.acme.io/nuget -ApiKey ${c.hex(32)}
  - script: sqlcmd -S $(SqlServer) -U $(SqlUser) -P ${c.n('$(SqlPassword)')} -Q "select 1"
  - task: AzureCLI@2
    inputs:
      azureSubscription: prod
      inlineScript: az webapp config appsettings set -g rg-web -n acme-web --settings SMTP_PASSWORD=${c.pw()}
`,
  ),

  d(
    'buildkite',
    CLC,
    '.buildkite/pipeline.yml',
    (c) => `steps:
  - label: ":docker: build"
    command:
      - docker login -u buildkite --password ${c.pw()} registry.acme.io
      - docker build -t registry.acme.io/api:$BUILDKITE_BUILD_NUMBER .
  - label: ":rspec: test"
    command: "DATABASE_URL=mysql2://root:${c.cs()}@127.0.0.1:3306/test bundle exec rspec"
  - label: ":rocket: release"
    command: .buildkite/release.sh
    env:
      RELEASE_TOKEN: ${c.n('$$RELEASE_TOKEN')}
    plugins:
      - docker-login#v3.0.0:
          username: buildkite
          password-env: ${c.n('DOCKER_PASSWORD')}
`,
  ),

  d(
    'drone',
    CLC,
    '.drone.yml',
    (c) => `kind: pipeline
type: docker
name: default

steps:
  - name: test
    image: golang:1.23
    commands:
      - go test ./...
      - mysql -h db -u root -p${c.pw()} -e 'create database if not exists it'
  - name: publish
    image: plugins/docker
    settings:
      repo: acme/api
      username: acmebot
      password:
        from_secret: ${c.n('docker_password')}
  - name: mirror
    image: alpine/git
    commands:
      - git push --mirror https://mirror:${c.cs()}@git.backup.acme.io/acme/api.git

services:
  - name: db
    image: mysql:8
    environment:
      MYSQL_ROOT_PASSWORD: ${c.pw()}
`,
  ),

  d(
    'bitbucket-travis',
    CLC,
    'bitbucket-pipelines.yml',
    (c) => `image: python:3.12
pipelines:
  default:
    - step:
        name: test
        script:
          - pip install -r requirements.txt --index-url https://ci:${c.cs()}@pypi.acme.io/simple
          - pytest
    - step:
        name: upload
        script:
          - twine upload -u __token__ -p ${c.tok()} --repository-url https://pypi.acme.io/ dist/*
          - twine upload -u $PYPI_USER -p ${c.n('$PYPI_PASSWORD')} dist/*
          - curl -X POST --user "${c.n('${BB_AUTH_STRING}')}" "https://api.bitbucket.org/2.0/repositories/acme/app/downloads" --form files=@"dist/app.whl"
`,
  ),

  d(
    'travis',
    CLC,
    '.travis.yml',
    (c) => `language: ruby
services: [mysql]
before_script:
  - mysql -u root -e 'CREATE DATABASE app_test'
  - mysql -u travis -p${c.pw()} -e "GRANT ALL ON app_test.* TO 'app'@'localhost' IDENTIFIED BY '${c.sq()}'"
script: bundle exec rake
after_success:
  - 'curl -H "Authorization: token ${c.prov('github')}" -X POST https://api.github.com/repos/acme/app/statuses/$TRAVIS_COMMIT -d "{\\"state\\":\\"success\\"}"'
env:
  global:
    - secure: ${c.n(c.g.base64(172))}
`,
  ),
];
