// rw-held-out2 files part: deployment and CI config (GitHub Actions, GitLab CI, CircleCI, Azure Pipelines,
// Bitbucket, Jenkinsfile, docker-compose, Kubernetes, Helm, Ansible, Terraform state, CloudFormation).
import type { RealWorldDoc } from '../types';
import { fdoc } from './filesKit';

export const FILES_CONFIG2_DOCS: RealWorldDoc[] = [
  fdoc(
    'github-actions-deploy',
    ['config-syntax'],
    '.github/workflows/deploy.yml',
    (k) => `name: deploy
on:
  push:
    branches: [main]

env:
  AWS_REGION: eu-west-1
  AWS_ACCESS_KEY_ID: ${k.n('${{ secrets.AWS_ACCESS_KEY_ID }}')}
  AWS_SECRET_ACCESS_KEY: ${k.n('${{ secrets.AWS_SECRET_ACCESS_KEY }}')}
  # temporary until the org secret is approved
  NPM_TOKEN: ${k.prov('npm', 'npm')}

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${k.nGit()}
      - uses: actions/setup-node@${k.nGit()} # v4
        with:
          node-version: 20
      - run: npm ci
      - name: Notify
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"deploying \${{ github.sha }}"}' \\
            ${k.prov('slackWebhook', 'Slack incoming webhook')}
      - name: Smoke test
        run: curl -fsS -H "Authorization: Bearer ${k.http()}" https://api.acme.example/health
        env:
          DB_PASSWORD: ${k.n('${{ secrets.DB_PASSWORD }}')}
`,
  ),

  fdoc(
    'gitlab-ci-yml',
    ['config-syntax'],
    '.gitlab-ci.yml',
    (k) => `stages: [test, build, deploy]

variables:
  POSTGRES_DB: app_test
  POSTGRES_USER: runner
  POSTGRES_PASSWORD: ${k.n('runner')}
  DOCKER_AUTH_CONFIG: '{"auths":{"registry.acme.internal":{"auth":"${k.basic('gitlab-ci')}"}}}'
  SONAR_TOKEN: "${k.tok('squ_' + k.g.hex(40))}"

test:
  stage: test
  image: python:3.12
  services: [postgres:16]
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache curl
    - curl --fail -X POST -F token=${k.tok('glptt-' + k.g.hex(40))} -F ref=main https://gitlab.acme.internal/api/v4/projects/42/trigger/pipeline
    - curl --fail -H "PRIVATE-TOKEN: ${k.n('$DEPLOY_TOKEN')}" https://gitlab.acme.internal/api/v4/projects/42/releases
  only: [main]
`,
  ),

  fdoc(
    'circleci-config',
    ['config-syntax'],
    '.circleci/config.yml',
    (k) => `version: 2.1

orbs:
  aws-ecr: circleci/aws-ecr@9.0

jobs:
  test:
    docker:
      - image: cimg/node:20.11
        auth:
          username: acmebuild
          password: ${k.prov('dockerHub', 'Docker Hub access token')}
      - image: cimg/postgres:16.1
        environment:
          POSTGRES_PASSWORD: ${k.n('circle_test')}
    environment:
      CODECOV_TOKEN: ${k.sec('provider', k.g.uuid(), 'Codecov upload token')}
      PERCY_TOKEN: ${k.tok(k.g.hex(64))}
    steps:
      - checkout
      - run: npm ci
      - run: npm test

workflows:
  main:
    jobs: [test]
`,
  ),

  fdoc(
    'azure-pipelines',
    ['config-syntax'],
    'azure-pipelines.yml',
    (k) => `trigger:
  - main

pool:
  vmImage: ubuntu-latest

variables:
  - group: prod-secrets
  - name: sqlAdminPassword
    value: '${k.hpw()}'
  - name: storageKey
    value: ${k.n('$(STORAGE_KEY)')}

steps:
  - task: AzureCLI@2
    inputs:
      azureSubscription: 'acme-prod-sc'
      scriptType: bash
      scriptLocation: inlineScript
      inlineScript: |
        az storage blob upload-batch -d '$web' -s dist --account-name acmesite --account-key "${k.prov('azureStorageKey', 'Azure storage account key')}"
  - script: |
      echo "##vso[task.setvariable variable=apiToken;issecret=true]${k.tok()}"
    displayName: set token
`,
  ),

  fdoc(
    'bitbucket-pipelines',
    ['config-syntax'],
    'bitbucket-pipelines.yml',
    (k) => `image: maven:3.9-eclipse-temurin-21

definitions:
  services:
    mysql:
      image: mysql:8
      variables:
        MYSQL_DATABASE: shop_test
        MYSQL_ROOT_PASSWORD: ${k.weak()}

pipelines:
  branches:
    main:
      - step:
          name: Build and deploy
          services: [mysql]
          script:
            - mvn -B verify
            - pipe: atlassian/scp-deploy:1.5.0
              variables:
                USER: deploy
                SERVER: shop.acme.example
                REMOTE_PATH: /opt/shop/
                LOCAL_PATH: target/shop.jar
            - curl -u "deploy-bot:${k.prov('atlassian', 'Atlassian API token')}" -X POST https://acme.atlassian.net/rest/api/3/issue/SHOP-1/comment
`,
  ),

  fdoc(
    'jenkinsfile-declarative',
    ['config-syntax'],
    'Jenkinsfile',
    (k) => `pipeline {
    agent { label 'linux' }
    environment {
        REGISTRY = 'registry.acme.internal'
        REGISTRY_CREDS = credentials('${k.n('registry-push')}')
        SONAR_LOGIN = '${k.tok('sqp_' + k.g.hex(40))}'
        DB_URL = 'jdbc:postgresql://ci-db:5432/ci?user=ci&password=${k.cs()}'
    }
    stages {
        stage('Build') {
            steps { sh './gradlew build' }
        }
        stage('Publish') {
            steps {
                sh 'docker login -u $REGISTRY_CREDS_USR -p ${k.n('$REGISTRY_CREDS_PSW')} $REGISTRY'
                sh 'docker push $REGISTRY/app:$BUILD_NUMBER'
            }
        }
        stage('Notify') {
            steps {
                sh "curl -s 'https://api.telegram.org/bot${k.prov('telegram', 'Telegram bot token')}/sendMessage?chat_id=-100${k.n(k.g.digits(10))}&text=build+ok'"
            }
        }
    }
}
`,
  ),

  fdoc(
    'docker-compose-stack',
    ['config-syntax'],
    'docker-compose.yml',
    (k) => `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: wiki
      POSTGRES_PASSWORD: ${k.hpw()}
    volumes: [pgdata:/var/lib/postgresql/data]

  wiki:
    image: ghcr.io/requarks/wiki:2
    depends_on: [db]
    environment:
      DB_TYPE: postgres
      DB_HOST: db
      DB_USER: wiki
      DB_PASS: \${WIKI_DB_PASS:-${k.gpw()}}
    ports: ["3000:3000"]

  minio:
    image: minio/minio
    command: server /data --console-address ":9001"
    environment:
      - MINIO_ROOT_USER=admin
      - MINIO_ROOT_PASSWORD=${k.gpw()}
      - MINIO_KMS_SECRET_KEY=minio-kms:${k.tok(k.g.base64(44))}

  grafana:
    image: grafana/grafana:11.0.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: ${k.n('/run/secrets/grafana_admin')}
      GF_SMTP_PASSWORD: "${k.n('${GF_SMTP_PASSWORD}')}"

volumes:
  pgdata:
`,
  ),

  fdoc('k8s-secret-base64', ['config-syntax'], 'k8s/overlays/prod/secret.yaml', (k) => {
    const pw = k.r.generatedPassword(k.g);
    const key = k.r.token(k.g);
    const url = `postgres://orders:${k.r.urlPassword(k.g)}@orders-db:5432/orders`;
    return `apiVersion: v1
kind: Secret
metadata:
  name: orders-secrets
  namespace: orders
type: Opaque
data:
  DB_PASSWORD: ${k.sec('password', k.r.b64(pw))}
  API_KEY: ${k.sec('token', k.r.b64(key))}
  DATABASE_URL: ${k.sec('connection-string', k.r.b64(url))}
  DB_USER: ${k.n(k.r.b64('orders'))}
---
apiVersion: v1
kind: Secret
metadata:
  name: orders-registry
  namespace: orders
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: ${k.sec('http-auth', k.r.b64(JSON.stringify({ auths: { 'registry.acme.internal': { auth: k.r.b64('puller:' + k.r.generatedPassword(k.g)) } } })))}
`;
  }),

  fdoc(
    'k8s-deployment-env',
    ['config-syntax', 'precision'],
    'k8s/base/deployment.yaml',
    (k) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  annotations:
    checksum/config: ${k.nSha()}
spec:
  replicas: 3
  selector:
    matchLabels: { app: orders }
  template:
    metadata:
      labels: { app: orders, pod-template-hash: ${k.n(k.g.chars('bcdfghjklmnpqrstvwxz2456789', 10))} }
    spec:
      containers:
        - name: orders
          image: registry.acme.internal/orders@sha256:${k.nSha()}
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: orders-secrets, key: ${k.n('DB_PASSWORD')} }
            - name: API_KEY
              valueFrom:
                secretKeyRef: { name: orders-secrets, key: ${k.n('API_KEY')} }
            - name: JAVA_TOOL_OPTIONS
              value: "-Djavax.net.ssl.trustStorePassword=${k.pw()}"
            - name: LOG_FORMAT
              value: json
`,
  ),

  fdoc(
    'helm-values-prod',
    ['config-syntax'],
    'charts/shop/values-prod.yaml',
    (k) => `replicaCount: 4
image:
  repository: registry.acme.internal/shop
  tag: "2.14.1"

postgresql:
  enabled: true
  auth:
    username: shop
    password: "${k.hpw()}"
    postgresPassword: "${k.gpw()}"
    existingSecret: ""
    replicationPassword: "${k.n('{{ .Values.global.replicationPassword }}')}"

redis:
  auth:
    enabled: true
    password: ${k.gpw()}

ingress:
  enabled: true
  hosts: [shop.acme.example]
  annotations:
    nginx.ingress.kubernetes.io/auth-secret: ${k.n('basic-auth')}

externalSecrets:
  stripe: ${k.n('vault:secret/data/shop#stripe_key')}
  mailgun:
    apiKey: "${k.prov('mailgun', 'Mailgun')}"
`,
  ),

  fdoc(
    'ansible-group-vars',
    ['config-syntax', 'precision'],
    'inventories/prod/group_vars/all.yml',
    (k) => `---
ntp_servers: [0.pool.ntp.org, 1.pool.ntp.org]
app_user: deploy
app_db_password: "${k.n('{{ vault_app_db_password }}')}"
mysql_root_password: ${k.hpw()}
letsencrypt_email: ops@acme.example
backup_s3_secret: !vault |
  ${k.n(`$ANSIBLE_VAULT;1.1;AES256\n  ${k.g.digits(64)}\n  ${k.g.digits(64)}\n  ${k.g.hex(64)}\n  ${k.g.hex(40)}`)}
zabbix_agent_psk: ${k.tok(k.g.hex(64))}
grafana_admin_password: "${k.n("{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/grafana:admin') }}")}"
users:
  - name: alice
    password: "${k.n('$6$' + k.g.alnum(16) + '$' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./', 86))}"
  - name: svc-backup
    password: "{{ '${k.pw()}' | password_hash('sha512') }}"
`,
  ),
];
