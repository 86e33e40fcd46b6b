// rw-dev6 code: CI files, deployment values and host configs (GitHub Actions, GitLab CI, Jenkinsfile, CircleCI,
// Azure Pipelines, Buildkite, Helm values, tfvars, Ansible inventories, systemd units, crontabs, Makefiles,
// Procfiles), where tokens without a prefix sit beside references, digests and ids.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc, type Kit } from '../dev/kit';
import { cv, type CV } from './codeValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (c: CV, k: Kit) => string) => doc(`dev6-code-${id}`, areas, path, (k) => fn(cv(k), k));

export const CI_DOCS: RealWorldDoc[] = [
  d(
    'gha-deploy',
    ['config-syntax', 'code'],
    '.github/workflows/deploy.yml',
    (c) => `name: deploy

on:
  push:
    branches: [main]
  workflow_dispatch:

env:
  REGISTRY: ghcr.io
  SENTRY_ORG: acme
  SENTRY_AUTH_TOKEN: ${c.prov('sentryAuth')}
  DEPLOY_HOOK_SECRET: ${c.hex(40)}
  NPM_TOKEN: ${c.n('${{ secrets.NPM_TOKEN }}')}

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${c.git()}
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - name: Push image
        run: |
          echo "${c.pw()}" | docker login registry.acme.dev -u ci-bot --password-stdin
          docker push registry.acme.dev/web:\${{ github.sha }}
      - name: Notify
        run: curl -fsS -X POST -H "X-Hook-Token: ${c.b62(32)}" https://hooks.acme.dev/deployed
`,
  ),

  d(
    'gitlab-ci',
    ['config-syntax', 'code'],
    '.gitlab-ci.yml',
    (c) => `stages: [test, build, release]

variables:
  POSTGRES_DB: app_test
  POSTGRES_USER: runner
  POSTGRES_PASSWORD: ${c.bpw()}
  DATABASE_URL: "postgres://runner:${c.cs()}@postgres:5432/app_test"
  DOCKER_DRIVER: overlay2
  CACHE_KEY: ${c.n('$CI_COMMIT_REF_SLUG')}

test:
  stage: test
  image: python:3.12
  services: [postgres:16]
  script:
    - pip install -r requirements.txt
    - pytest -q

release:
  stage: release
  image: alpine:3.20
  variables:
    RELEASE_API_TOKEN: ${c.b62(40)}
  script:
    - apk add curl
    - 'curl --fail -H "PRIVATE-TOKEN: $RELEASE_API_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases"'
  rules:
    - if: $CI_COMMIT_TAG
`,
  ),

  d(
    'jenkinsfile',
    ['config-syntax', 'code'],
    'Jenkinsfile',
    (c) => `pipeline {
  agent { label 'docker' }
  environment {
    NEXUS_URL  = 'https://nexus.corp.example/repository/maven-releases/'
    NEXUS_USER = 'jenkins-deploy'
    NEXUS_PASS = '${c.pw()}'
    SONAR_TOKEN = '${c.hex(40)}'
    SLACK_CRED = credentials(${c.n("'slack-webhook'")})
  }
  stages {
    stage('Build') {
      steps {
        sh 'mvn -B -DskipTests package'
      }
    }
    stage('Analyse') {
      steps {
        sh "mvn sonar:sonar -Dsonar.login=\${SONAR_TOKEN} -Dsonar.projectKey=billing"
      }
    }
    stage('Publish') {
      steps {
        sh "mvn deploy -Dnexus.user=\${NEXUS_USER} -Dnexus.password=\${NEXUS_PASS}"
      }
    }
  }
  post {
    always { echo "build ${c.uuid()} finished" }
  }
}
`,
  ),

  d(
    'circleci-config',
    ['config-syntax', 'code'],
    '.circleci/config.yml',
    (c) => `version: 2.1

orbs:
  node: circleci/node@5.2.0

jobs:
  test:
    docker:
      - image: cimg/node:20.11
        environment:
          REDIS_URL: redis://:${c.cs()}@localhost:6379/0
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_USER: circle
          POSTGRES_PASSWORD: ${c.bpw()}
    steps:
      - checkout
      - restore_cache:
          keys:
            - deps-{{ checksum "package-lock.json" }}
      - run: npm ci
      - run:
          name: Upload coverage
          command: npx codecov --token=${c.uuidSecret()}
      - save_cache:
          key: deps-${c.look('sha256')}
          paths: [node_modules]

workflows:
  main:
    jobs: [test]
`,
  ),

  d(
    'azure-pipelines',
    ['config-syntax', 'code'],
    'azure-pipelines.yml',
    (c) => `trigger:
  branches:
    include: [main, release/*]

pool:
  vmImage: ubuntu-22.04

variables:
  buildConfiguration: Release
  storageAccount: acmeartifacts
  storageKey: ${c.prov('azureStorage')}
  sqlAdminPassword: ${c.bpw()}
  appInsightsKey: ${c.n(c.pick(['00000000-0000-0000-0000-000000000000', 'b6a1e0c2-0000-4000-8000-000000000000']))}

steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: build
      arguments: --configuration $(buildConfiguration)
  - script: |
      az storage blob upload-batch -d drops -s ./out --account-name $(storageAccount) --account-key $(storageKey)
    displayName: Upload drops
  - script: sqlcmd -S tcp:acme-sql.database.windows.net -U sqladmin -P "$(sqlAdminPassword)" -i migrate.sql
    displayName: Migrate
`,
  ),

  d(
    'buildkite-pipeline',
    ['config-syntax', 'code'],
    '.buildkite/pipeline.yml',
    (c) => `env:
  DOCKER_BUILDKIT: "1"
  ARTIFACTORY_USER: ci
  ARTIFACTORY_API_KEY: ${c.b62(64)}

steps:
  - label: ":hammer: build"
    command: make build
    plugins:
      - docker-login#v3.0.0:
          username: buildkite
          password-env: ${c.n('DOCKER_LOGIN_PASSWORD')}

  - label: ":rocket: deploy"
    command: ./scripts/deploy.sh
    env:
      DEPLOY_TOKEN: ${c.hex(32)}
      KUBE_CONTEXT: prod-eu
    branches: main

  - wait
  - label: ":mag: smoke"
    command: "curl -fsS https://status.acme.dev/ping?build=${c.look('shortSha')}"
`,
  ),

  d(
    'helm-values',
    ['config-syntax'],
    'charts/payments/values-prod.yaml',
    (c) => `replicaCount: 4

image:
  repository: registry.acme.dev/payments
  tag: "2.31.0"
  digest: ${c.look('digest')}

postgresql:
  enabled: false
  external:
    host: payments-db.prod.internal
    user: payments
    password: ${c.bpw()}

redis:
  auth:
    enabled: true
    password: ${c.bpw()}

psp:
  merchantId: "${c.digits(8)}"
  apiKey: ${c.b62(32)}
  webhookSecret: ${c.hex(64)}
  existingSecret: ${c.n('payments-psp')}

podAnnotations:
  checksum/config: ${c.look('sha256')}
`,
  ),

  d(
    'tfvars',
    ['config-syntax'],
    'envs/prod/terraform.tfvars',
    (c) => `region           = "eu-west-1"
environment      = "prod"
vpc_cidr         = "10.40.0.0/16"
db_username      = "app_admin"
db_password      = "${c.pw()}"
cloudflare_token = "${c.b62(40)}"
pagerduty_key    = "${c.hex(32)}"
ami_id           = "ami-${c.hexRaw(17)}"
kms_key_id       = "${c.uuid()}"
grafana_admin    = { user = "admin", password = "${c.pw()}" }
`,
  ),

  d(
    'ansible-inventory',
    ['config-syntax'],
    'inventories/prod/hosts.ini',
    (c) => `[web]
web-01 ansible_host=10.10.1.11
web-02 ansible_host=10.10.1.12

[db]
db-01 ansible_host=10.10.2.21 ansible_user=dbadmin ansible_password=${c.bpw()}

[windows]
win-build ansible_host=10.10.3.5 ansible_user=Administrator ansible_password=${c.bpw()} ansible_connection=winrm

[all:vars]
ansible_become_pass=${c.bpw()}
ntp_server=ntp.corp.example
vault_token=${c.prov('vault')}
deploy_key_fingerprint=${c.n('SHA256:' + c.alnum(43))}
`,
  ),

  d(
    'ansible-group-vars',
    ['config-syntax'],
    'group_vars/all/main.yml',
    (c) => `---
app_user: deploy
app_dir: /srv/app
mysql_root_password: ${c.bpw()}
mysql_app_password: "{{ vault_mysql_app_password }}"
rabbitmq_erlang_cookie: ${c.b62(32)}
newrelic_license_key: ${c.hex(40)}
ssl_cert_sha256: ${c.look('sha256')}
users:
  - name: anna
    groups: [sudo]
    password: "${c.look('bcrypt')}"
    ssh_key: "${c.look('sshPub')}"
`,
  ),

  d(
    'systemd-unit',
    ['config-syntax'],
    'deploy/systemd/billing-worker.service',
    (c) => `[Unit]
Description=Billing worker
After=network-online.target
Wants=network-online.target

[Service]
User=billing
WorkingDirectory=/opt/billing
Environment=NODE_ENV=production
Environment=DB_PASSWORD=${c.bpw()}
Environment="QUEUE_URL=amqp://billing:${c.cs()}@mq.internal:5672/billing"
Environment=SIGNING_SECRET=${c.hex(64)}
EnvironmentFile=-${c.n('/etc/billing/env')}
ExecStart=/usr/bin/node dist/worker.js
Restart=on-failure
InvocationID=${c.look('md5')}

[Install]
WantedBy=multi-user.target
`,
  ),

  d(
    'crontab',
    ['config-syntax', 'command-line'],
    'ops/crontab.txt',
    (c) => `# m h dom mon dow command
MAILTO=ops@corp.example
PGPASSWORD=${c.bpw()}
*/5 * * * * /usr/local/bin/healthcheck --token ${c.b62(32)} >/dev/null 2>&1
15 2 * * * pg_dump -h db01 -U backup shop | gzip > /backups/shop-$(date +\\%F).sql.gz
30 3 * * 0 /usr/bin/mysqldump -u root -p${c.bpw()} --all-databases > /backups/mysql.sql
0 4 * * * curl -s "https://cron.example.com/ping/${c.uuid()}"
0 * * * * AWS_SECRET_ACCESS_KEY=${c.prov('awsSecret')} aws s3 sync /backups s3://acme-backups
`,
  ),

  d(
    'makefile',
    ['config-syntax', 'command-line'],
    'Makefile',
    (c) => `SHELL := /bin/bash
IMAGE ?= registry.acme.dev/api
TAG ?= $(shell git rev-parse --short HEAD)
DB_URL ?= postgres://api:${c.cs()}@localhost:5432/api?sslmode=disable
REGISTRY_PASSWORD ?= ${c.bpw()}
API_KEY := ${c.hex(32)}

.PHONY: build push migrate test

build:
	docker build -t $(IMAGE):$(TAG) .

push: build
	echo $(REGISTRY_PASSWORD) | docker login registry.acme.dev -u ci --password-stdin
	docker push $(IMAGE):$(TAG)

migrate:
	migrate -path db/migrations -database "$(DB_URL)" up

test:
	API_KEY=$(API_KEY) go test ./...

checksum:
	@echo ${c.look('sha256')}  dist/api.tar.gz
`,
  ),

  d(
    'procfile',
    ['config-syntax', 'command-line'],
    'Procfile',
    (c) => `web: bundle exec puma -C config/puma.rb
worker: REDIS_PASSWORD=${c.bpw()} bundle exec sidekiq -C config/sidekiq.yml
release: bin/rails db:migrate
metrics: ./bin/exporter --listen :9394 --auth-token ${c.b62(40)} --instance ${c.uuid()}
`,
  ),

  d(
    'docker-compose',
    ['config-syntax'],
    'docker-compose.yml',
    (c) => `services:
  db:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD: ${c.bpw()}
      MARIADB_DATABASE: wiki
      MARIADB_USER: wiki
      MARIADB_PASSWORD: ${c.bpw()}
  wiki:
    image: requarks/wiki:2
    depends_on: [db]
    environment:
      DB_TYPE: mariadb
      DB_HOST: db
      DB_USER: wiki
      DB_PASS: ${c.bpw()}
      SESSION_SECRET: ${c.hex(64)}
  minio:
    image: minio/minio@${c.look('digest')}
    command: server /data
    environment:
      MINIO_ROOT_USER: wiki-uploads
      MINIO_ROOT_PASSWORD: ${c.n('${MINIO_ROOT_PASSWORD:?set it}')}
`,
  ),

  d(
    'k8s-secret-stringdata',
    ['config-syntax'],
    'k8s/overlays/prod/secret.yaml',
    (c) => `apiVersion: v1
kind: Secret
metadata:
  name: search-api
  namespace: search
  annotations:
    checksum: ${c.look('sha256')}
type: Opaque
stringData:
  ELASTIC_PASSWORD: ${c.bpw()}
  OPENAI_API_KEY: ${c.prov('openai')}
  INTERNAL_TOKEN: ${c.uuidSecret()}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: search-api
data:
  ELASTIC_URL: https://elastic.search.svc:9200
  ELASTIC_USER: search_api
  INDEX_VERSION: "${c.look('shortSha')}"
`,
  ),

  d(
    'bitbucket-pipelines',
    ['config-syntax', 'code'],
    'bitbucket-pipelines.yml',
    (c) => `image: node:20

definitions:
  services:
    mysql:
      image: mysql:8
      variables:
        MYSQL_DATABASE: pipelines
        MYSQL_ROOT_PASSWORD: ${c.bpw()}

pipelines:
  default:
    - step:
        services: [mysql]
        script:
          - npm ci
          - npm test
  branches:
    main:
      - step:
          script:
            - pipe: atlassian/aws-s3-deploy:1.1.0
              variables:
                AWS_ACCESS_KEY_ID: ${c.prov('awsId')}
                AWS_SECRET_ACCESS_KEY: ${c.prov('awsSecret')}
                S3_BUCKET: acme-static
                LOCAL_PATH: build
            - curl -X POST "https://api.cdn.example/purge" -H "Api-Key: ${c.hex(32)}"
`,
  ),

  d(
    'drone-yml',
    ['config-syntax', 'code'],
    '.drone.yml',
    (c) => `kind: pipeline
type: docker
name: default

steps:
  - name: test
    image: golang:1.22
    environment:
      REDIS_ADDR: redis:6379
      REDIS_PASS: ${c.bpw()}
    commands:
      - go test ./...

  - name: publish
    image: plugins/docker
    settings:
      repo: acme/gateway
      username: acmebot
      password: ${c.bpw()}
      tags: [latest, "\${DRONE_COMMIT_SHA:0:8}"]

services:
  - name: redis
    image: redis:7
    command: [--requirepass, ${c.bpw()}]
`,
  ),

  d(
    'dotenv-production',
    ['config-syntax'],
    '.env.production',
    (c) => `NODE_ENV=production
APP_URL=https://app.example.com
DATABASE_URL=mysql://app:${c.cs()}@db.internal:3306/app
SESSION_SECRET=${c.b64(43)}
MAILER_PASSWORD=${c.bpw()}
STRIPE_SECRET_KEY=${c.prov('stripe')}
NEXT_PUBLIC_POSTHOG_KEY=${c.n('phc_' + c.alnum(43))}
NEXT_PUBLIC_APP_VERSION=${c.look('shortSha')}
ENCRYPTION_KEY=${c.hex(64)}
FEATURE_FLAGS=${c.n('checkout_v2,search_ai')}
`,
  ),

  d(
    'vagrantfile',
    ['config-syntax', 'code'],
    'Vagrantfile',
    (c) => `Vagrant.configure("2") do |config|
  config.vm.box = "bento/ubuntu-22.04"
  config.vm.box_version = "202401.31.0"
  config.vm.network "forwarded_port", guest: 5432, host: 15432

  config.vm.provision "shell", env: {
    "PG_PASSWORD" => "${c.pw()}",
    "LICENSE_KEY" => "${c.b62(40)}",
  }, inline: <<-SHELL
    apt-get update && apt-get install -y postgresql
    sudo -u postgres psql -c "ALTER USER postgres PASSWORD '$PG_PASSWORD';"
  SHELL

  config.vm.provider "virtualbox" do |vb|
    vb.memory = 4096
    vb.customize ["modifyvm", :id, "--uart1", "off"]
  end
end
`,
  ),

  d(
    'supervisord-conf',
    ['config-syntax'],
    'deploy/supervisord.conf',
    (c) => `[unix_http_server]
file=/var/run/supervisor.sock

[inet_http_server]
port=127.0.0.1:9001
username=admin
password=${c.bpw()}

[program:celery]
command=/srv/venv/bin/celery -A app worker -l info
environment=BROKER_URL="redis://:${c.cs()}@redis:6379/1",DJANGO_SECRET_KEY="${c.b64(43)}"
autorestart=true
stdout_logfile=/var/log/celery.log
`,
  ),

  d(
    'travis-yml',
    ['config-syntax', 'code'],
    '.travis.yml',
    (c) => `language: python
python: ["3.11"]
services: [postgresql]
env:
  global:
    - PGPASSWORD=${c.bpw()}
    - COVERALLS_REPO_TOKEN=${c.b62(33)}
    - secure: "${c.n(c.alnum(40) + '=')}"
before_script:
  - psql -c 'create database travis_ci_test;' -U postgres
script:
  - pytest --cov
after_success:
  - coveralls
`,
  ),
];
