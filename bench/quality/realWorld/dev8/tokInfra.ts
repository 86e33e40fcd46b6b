// rw-dev8 tok: infrastructure files (Dockerfile ENV/ARG, docker-compose, Kubernetes manifests, Helm, GitHub
// Actions, GitLab CI, CircleCI, Jenkinsfile, Ansible vars, systemd units, cron) where tokens sit beside
// references to secret stores that are not secrets.
import type { RealWorldArea, RealWorldDoc } from '../types';
import { doc } from '../dev/kit';
import { tv, type T } from './tokValues';

const d = (id: string, areas: readonly RealWorldArea[], path: string, fn: (t: T) => string) => doc(`dev8-tok-${id}`, areas, path, (k) => fn(tv(k)));
const CS: RealWorldArea[] = ['config-syntax'];
const CSP: RealWorldArea[] = ['config-syntax', 'precision'];
const CL: RealWorldArea[] = ['config-syntax', 'command-line'];

export const INFRA_DOCS: RealWorldDoc[] = [
  d(
    'dockerfile-env',
    CS,
    'services/renderer/Dockerfile',
    (t) => `FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production \\
    PORT=3000 \\
    RENDER_API_KEY=${t.b62(32)} \\
    PDF_SERVICE_TOKEN=${t.hex(40)}
ENV TZ=UTC
ARG BUILD_SHA=${t.sha()}
COPY --from=build /app/dist ./dist
CMD ["node", "dist/server.js"]
`,
  ),
  d(
    'dockerfile-arg-default',
    CSP,
    'docker/ci-runner.Dockerfile',
    (t) => `FROM ubuntu:22.04
ARG DEBIAN_FRONTEND=noninteractive
ARG REGISTRY_TOKEN=${t.uuid()}
ARG LICENSE_KEY=${t.dash()}
ARG NPM_TOKEN
RUN apt-get update && apt-get install -y curl git
RUN echo "//npm.acme.dev/:_authToken=\${NPM_TOKEN}" > /root/.npmrc
RUN curl -fsSL -H "X-Registry-Token: \${REGISTRY_TOKEN}" https://tools.acme.dev/install.sh | sh
ENV TOOLS_LICENSE=\${LICENSE_KEY}
`,
  ),
  d(
    'dockerfile-legacy-env',
    CS,
    'legacy/php-app/Dockerfile',
    (t) => `FROM php:8.1-apache
RUN docker-php-ext-install pdo pdo_mysql
ENV APP_ENV prod
ENV APP_SECRET ${t.hex(32)}
ENV MAILER_KEY ${t.b62(36)}
ENV TRUSTED_PROXIES 10.0.0.0/8
COPY . /var/www/html/
`,
  ),
  d(
    'compose-stack',
    CS,
    'docker-compose.yml',
    (t) => `version: "3.9"
services:
  api:
    build: ./api
    ports: ["8080:8080"]
    environment:
      - DATABASE_URL=postgres://api@db:5432/api
      - API_TOKEN=${t.b64u(43)}
      - SIGNING_SECRET=${t.hex(64)}
      - LOG_FORMAT=json
    depends_on: [db]
  worker:
    build: ./worker
    environment:
      QUEUE: default
      PARTNER_APIKEY: "${t.b62(40)}"
      PARTNER_SECRET: ${t.ref()}
  grafana:
    image: grafana/grafana:10.2.0
    environment:
      GF_SECURITY_SECRET_KEY: ${t.b62(20)}
      GF_INSTALL_PLUGINS: grafana-piechart-panel
  db:
    image: postgres:16
    volumes: ["pg:/var/lib/postgresql/data"]
volumes:
  pg: {}
`,
  ),
  d(
    'compose-override',
    CSP,
    'docker-compose.override.yml',
    (t) => `services:
  api:
    environment:
      API_TOKEN: ${t.n('${API_TOKEN:-dev-token}')}
      DEBUG: "1"
  mock-partner:
    image: wiremock/wiremock:3.3.1
    command: --verbose
    environment:
      MOCK_EXPECTED_KEY: ${t.hex(32)}
  minio:
    image: minio/minio
    environment:
      MINIO_ROOT_USER: minio
      MINIO_ROOT_PASSWORD: ${t.u('minio123')}
      MINIO_KMS_SECRET_KEY: my-minio-key:${t.b64(32)}
`,
  ),
  d(
    'k8s-secret-stringdata',
    CS,
    'k8s/prod/partner-secret.yaml',
    (t) => `apiVersion: v1
kind: Secret
metadata:
  name: partner-credentials
  namespace: orders
  labels:
    app: orders
type: Opaque
stringData:
  PARTNER_API_KEY: ${t.hex(32)}
  PARTNER_API_SECRET: ${t.b64(48)}
  WEBHOOK_SIGNING_KEY: ${t.b62(32)}
`,
  ),
  d(
    'k8s-deployment-env',
    CSP,
    'k8s/prod/deployment.yaml',
    (t) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: notifier
  annotations:
    deployment.kubernetes.io/revision: "14"
spec:
  replicas: 2
  selector:
    matchLabels: { app: notifier }
  template:
    metadata:
      labels: { app: notifier }
      annotations:
        checksum/secret: ${t.sha256()}
    spec:
      containers:
        - name: notifier
          image: registry.acme.dev/notifier@${t.digest()}
          env:
            - name: PUSH_API_KEY
              value: "${t.b64u(43)}"
            - name: SMS_AUTH_TOKEN
              value: ${t.hex(32)}
            - name: SMS_ACCOUNT
              value: ${t.n('AC' + t.hexRaw(32))}
            - name: MAIL_TOKEN
              valueFrom:
                secretKeyRef: { name: mail, key: token }
`,
  ),
  d(
    'k8s-configmap',
    CSP,
    'k8s/base/configmap.yaml',
    (t) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: edge-config
data:
  LOG_LEVEL: info
  CACHE_TTL: "300"
  UPSTREAM_URL: https://origin.acme.dev
  # should be a Secret, moved later (ticket OPS-2231)
  ORIGIN_AUTH_KEY: ${t.b62(48)}
  TRACE_ID_HEADER: x-request-id
  REQUEST_ID_SEED: ${t.id()}
  config.json: |
    {"purgeToken": "${t.hex(40)}", "zones": ["acme.dev", "acme.io"]}
`,
  ),
  d(
    'gha-workflow',
    CL,
    '.github/workflows/release.yml',
    (t) => `name: release
on:
  push:
    tags: ["v*"]
env:
  REGISTRY: ghcr.io
  CODECOV_TOKEN: ${t.uuid()}
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${t.sha()}
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci && npm test
      - name: Upload coverage
        run: npx codecov -t ${t.n('${{ env.CODECOV_TOKEN }}')}
      - name: Notify chat
        env:
          CHAT_WEBHOOK_TOKEN: ${t.b62(32)}
        run: ./scripts/notify.sh "released \${GITHUB_REF_NAME}"
      - name: Publish docs
        run: curl -X POST -H "X-Deploy-Key: ${t.hdr()}" https://docs.acme.dev/api/rebuild
      - name: Sign
        env:
          COSIGN_KEY: ${t.n('${{ secrets.COSIGN_KEY }}')}
        run: cosign sign --key env://COSIGN_KEY $REGISTRY/acme/app
`,
  ),
  d(
    'gitlab-ci-vars',
    CL,
    '.gitlab-ci.yml',
    (t) => `variables:
  DOCKER_DRIVER: overlay2
  SONAR_HOST_URL: https://sonar.acme.dev
  SONAR_TOKEN: ${t.hex(40)}
  SNYK_TOKEN: ${t.uuid()}
  DEPLOY_HOOK_SECRET: ${t.n('$DEPLOY_HOOK_SECRET')}

stages: [test, scan, deploy]

sonar:
  stage: scan
  script:
    - sonar-scanner -Dsonar.login=$SONAR_TOKEN -Dsonar.projectKey=${t.n('acme_api')}

deploy:
  stage: deploy
  script:
    - 'curl --fail -X POST -F token=${t.hex(20)} -F ref=main https://gitlab.acme.dev/api/v4/projects/${t.num(3)}/trigger/pipeline'
`,
  ),
  d(
    'circleci-config',
    CL,
    '.circleci/config.yml',
    (t) => `version: 2.1
orbs:
  node: circleci/node@5.1.0
jobs:
  build:
    docker:
      - image: cimg/node:20.9
        auth:
          username: acmebuild
          password: ${t.n('$DOCKERHUB_PASSWORD')}
    environment:
      PERCY_TOKEN: ${t.hex(64)}
      CYPRESS_RECORD_KEY: ${t.uuid()}
    steps:
      - checkout
      - run: npm ci
      - run: npx percy exec -- cypress run --record --key ${t.n('$CYPRESS_RECORD_KEY')}
workflows:
  main:
    jobs: [build]
`,
  ),
  d(
    'jenkinsfile',
    CL,
    'Jenkinsfile',
    (t) => `pipeline {
  agent { label 'linux' }
  environment {
    ARTIFACTORY_URL = 'https://artifacts.acme.dev'
    ARTIFACTORY_API_KEY = '${t.b62(73)}'
    QA_API_TOKEN = credentials('qa-api-token')
    SLACK_CHANNEL = '#builds'
  }
  stages {
    stage('Build') { steps { sh './gradlew build' } }
    stage('Smoke') {
      steps {
        sh "curl -sf -H 'Authorization: Token ${t.bearer()}' https://qa.acme.dev/api/smoke"
      }
    }
  }
}
`,
  ),
  d(
    'azure-pipelines',
    CL,
    'azure-pipelines.yml',
    (t) => `trigger: [main]
pool: { vmImage: ubuntu-latest }
variables:
  buildConfiguration: Release
  nugetFeedKey: ${t.low(52)}
  apiTestKey: $(ApiTestKey)
steps:
  - task: DotNetCoreCLI@2
    inputs: { command: build, arguments: '--configuration $(buildConfiguration)' }
  - script: dotnet nuget push **/*.nupkg --api-key ${t.b62(46)} --source https://nuget.acme.dev/v3/index.json
  - script: echo "key is $(apiTestKey)"
`,
  ),
  d(
    'ansible-group-vars',
    CSP,
    'ansible/group_vars/prod/main.yml',
    (t) => `---
app_user: deploy
app_dir: /srv/app
app_port: 8000
newrelic_license_key: ${t.hex(40)}
backup_bucket: acme-prod-backups
statsd_host: ${t.ip()}
app_secret_key: "${t.b62(50)}"
vault_token: "{{ lookup('env', 'VAULT_TOKEN') }}"
partner_api_key: !vault |
  ${t.n('$ANSIBLE_VAULT;1.1;AES256')}
  ${t.n(t.digits(64))}
ssh_host_key_fingerprint: ${t.n('SHA256:' + t.b64Raw(32).replace(/=+$/, ''))}
`,
  ),
  d(
    'systemd-unit',
    CS,
    'ops/systemd/exporter.service',
    (t) => `[Unit]
Description=Metrics exporter
After=network-online.target

[Service]
User=exporter
Environment=EXPORTER_LISTEN=:9105
Environment=EXPORTER_API_KEY=${t.hex(32)}
Environment="UPSTREAM_TOKEN=${t.b64u(32)}"
EnvironmentFile=-/etc/default/exporter
ExecStart=/usr/local/bin/exporter --config /etc/exporter.yml
Restart=always

[Install]
WantedBy=multi-user.target
`,
  ),
  d(
    'crontab',
    CL,
    'ops/cron/backup.crontab',
    (t) => `SHELL=/bin/bash
MAILTO=ops@acme.dev
# m h dom mon dow command
15 2 * * * /opt/backup/run.sh --target s3://acme-backups --api-key ${t.b62(32)} >> /var/log/backup.log 2>&1
*/5 * * * * curl -fsS -m 10 --retry 5 https://hc-ping.com/${t.n(t.uuidRaw())} > /dev/null
0 6 * * 1 /opt/reports/weekly.py --token=${t.hex(40)} --out /srv/reports
`,
  ),
  d(
    'serverless-yml',
    CSP,
    'serverless.yml',
    (t) => `service: thumbnailer
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  environment:
    STAGE: \${sls:stage}
    IMAGE_API_KEY: ${t.b62(40)}
    IMAGE_API_SECRET: \${ssm:/thumbnailer/image-api-secret}
    CALLBACK_SIGNING_KEY: ${t.hex(64)}
functions:
  resize:
    handler: src/resize.handler
    events:
      - s3: { bucket: acme-uploads, event: "s3:ObjectCreated:*" }
`,
  ),
  d(
    'fly-toml',
    CSP,
    'fly.toml',
    (t) => `app = "acme-chat"
primary_region = "ams"

[env]
  PORT = "8080"
  LOG_LEVEL = "info"
  CHAT_SIGNING_SECRET = "${t.b64(32)}"
  PUSH_KEY_ID = "${t.n(t.alnum(10).toUpperCase())}"

[[services]]
  internal_port = 8080
  protocol = "tcp"
`,
  ),
  d(
    'bitbucket-pipelines',
    CL,
    'bitbucket-pipelines.yml',
    (t) => `image: python:3.12
pipelines:
  default:
    - step:
        name: Test
        caches: [pip]
        script:
          - pip install -r requirements.txt
          - pytest -q
    - step:
        name: Deploy
        deployment: production
        script:
          - pipe: atlassian/heroku-deploy:2.2.0
            variables:
              HEROKU_API_KEY: ${t.n('$HEROKU_API_KEY')}
              HEROKU_APP_NAME: acme-api
          - curl -X POST "https://deploy.acme.dev/hooks/api?secret=${t.url()}"
`,
  ),
];
