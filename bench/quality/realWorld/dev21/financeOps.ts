// Fintech and bank platform operations: CI pipelines, Dockerfiles, Helm values, Ansible, shell history and
// Makefiles of payment and trading services, with image digests, commit SHAs and vault references beside secrets.
import type { RealWorldDoc } from '../types';
import { fDoc, F } from './financeValues';

export const FINANCE_OPS_DOCS: RealWorldDoc[] = [
  fDoc(
    'gitlab-ci-ledger',
    ['config-syntax', 'command-line', 'precision'],
    '.gitlab-ci.yml',
    (k) => `stages: [test, build, deploy]

variables:
  POSTGRES_DB: ledger_test
  POSTGRES_USER: ledger
  POSTGRES_PASSWORD: ${k.spw()}
  MAVEN_OPTS: "-Dmaven.repo.local=.m2"

test:
  stage: test
  image: maven:3.9-eclipse-temurin-21
  services: [postgres:16]
  script:
    - mvn -B verify -Dspring.datasource.password=$POSTGRES_PASSWORD

deploy:
  stage: deploy
  image: alpine/helm:3.14
  script:
    - helm upgrade --install ledger charts/ledger --set db.password=${k.n('$LEDGER_DB_PASSWORD')} --set image.digest=${k.n('sha256:' + F.sha256(k.g))}
    - curl -s -X POST -H "PRIVATE-TOKEN: ${k.prov('GitLab', F.gitlabPat(k.g))}" "https://gitlab.acme.example/api/v4/projects/412/releases"
  only: [main]
`,
  ),

  fDoc(
    'jenkinsfile-murex-deploy',
    ['code', 'command-line', 'precision'],
    'ci/Jenkinsfile.murex',
    (k) => `pipeline {
  agent { label 'mx-build' }
  environment {
    MX_NEXUS = credentials('nexus-mx-deploy')
    MX_DB_PASSWORD = credentials('${k.n('mx-db-prod')}')
  }
  stages {
    stage('Package') {
      steps { sh './gradlew mxPackage -PbuildId=${k.n(k.g.digits(6))}' }
    }
    stage('Deploy UAT') {
      steps {
        sh 'ssh mxadmin@mx-uat01 "cd /murex/app && ./launchall.sh -pwd=${k.spw()}"'
        sh 'curl -u deploy:${k.spw()} -T build/mx-custom.zip https://nexus.bank.local/repository/mx-releases/'
      }
    }
  }
}
`,
  ),

  fDoc(
    'dockerfile-risk-engine',
    ['config-syntax', 'command-line'],
    'risk-engine/Dockerfile',
    (k) => `FROM eclipse-temurin:21-jre
LABEL org.opencontainers.image.revision="${k.n(F.sha1(k.g))}"
ARG NEXUS_USER=ci-risk
ARG NEXUS_PASS=${k.spw()}
RUN curl -fsSL -u \${NEXUS_USER}:\${NEXUS_PASS} https://nexus.bank.local/repository/risk/var-engine-4.2.jar -o /opt/var-engine.jar
ENV VAR_DB_URL=jdbc:postgresql://pg-risk:5432/var
ENV VAR_DB_USER=var_app
ENV VAR_DB_PASSWORD=${k.spw()}
ENV MARKETDATA_API_KEY=${k.tok()}
ENTRYPOINT ["java", "-jar", "/opt/var-engine.jar"]
`,
  ),

  fDoc(
    'helm-values-payments',
    ['config-syntax', 'precision'],
    'charts/payments-api/values-prod.yaml',
    (k) => `replicaCount: 4
image:
  repository: registry.acme.example/payments/api
  digest: ${k.n('sha256:' + F.sha256(k.g))}
env:
  SPRING_PROFILES_ACTIVE: prod
  ACQUIRER_ENDPOINT: https://acq.example/api/v3
  ACQUIRER_MERCHANT_ID: "${k.n(k.g.digits(15))}"
  ACQUIRER_API_KEY: "${k.tok()}"
  HSM_PARTITION: ${k.n('PAY_P01')}
  HSM_PIN: "${k.s('password', F.safePw(k.g))}"
  REDIS_URL: redis://:${k.cs()}@redis-payments:6379/0
secretEnv:
  DB_PASSWORD:
    secretKeyRef: { name: payments-db, key: password }
`,
  ),

  fDoc(
    'ansible-vars-core-banking',
    ['config-syntax', 'precision'],
    'ansible/group_vars/corebank_prod/vars.yml',
    (k) => `corebank_db_host: ora-cb-prd.bank.local
corebank_db_user: CBAPP
corebank_db_password: "{{ vault_corebank_db_password }}"
corebank_mq_user: cbmq
corebank_mq_password: ${k.spw()}
corebank_batch_window: "22:00-04:00"
corebank_sftp_password: !vault |
  ${k.n('$ANSIBLE_VAULT;1.1;AES256\n  ' + Array.from({ length: 4 }, () => k.g.hex(64)).join('\n  '))}
corebank_branches: [${k.n('0010')}, ${k.n('0020')}, ${k.n('0031')}]
`,
  ),

  fDoc(
    'bash-history-dba-bank',
    ['command-line', 'credential-file'],
    'home/dba/.bash_history',
    (k) => `sudo su - oracle
sqlplus / as sysdba
export ORACLE_SID=CBPRD
expdp system/${k.spw()} schemas=CBAPP directory=DP_DIR dumpfile=cbapp_%U.dmp parallel=4
rman target sys/${k.spw()}@CBPRD
psql "postgresql://ledger_admin:${k.cs()}@pg-ledger-prd:5432/ledger" -c "select count(*) from journal"
mysql -ucards -p'${k.spw()}' -h cards-db01 cards
sha256sum /backup/cbapp_01.dmp
ls -la /backup
`,
  ),

  fDoc(
    'makefile-fintech',
    ['code', 'command-line', 'precision'],
    'Makefile',
    (k) => `.PHONY: dev test migrate seed

DB_URL ?= postgres://app:${k.cs()}@localhost:5432/wallet_dev
PLAID_ENV ?= sandbox

dev:
	docker compose up -d postgres redis
	PLAID_SECRET=${k.prov('Plaid', F.plaidSecret(k.g))} go run ./cmd/api

test:
	go test ./... -count=1

migrate:
	migrate -database "$(DB_URL)" -path db/migrations up

seed:
	psql "$(DB_URL)" -f db/seed.sql   # seed user password hash ${k.n(F.bcrypt(k.g))}
`,
  ),

  fDoc(
    'github-actions-release-bank-sdk',
    ['config-syntax', 'precision'],
    '.github/workflows/release.yml',
    (k) => `name: release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    permissions: { contents: write, id-token: write }
    steps:
      - uses: actions/checkout@${k.n(F.sha1(k.g))}
      - uses: actions/setup-java@${k.n(F.sha1(k.g))}
        with: { distribution: temurin, java-version: '21' }
      - run: ./gradlew publish
        env:
          OSSRH_USERNAME: \${{ secrets.OSSRH_USERNAME }}
          OSSRH_PASSWORD: ${k.n('${{ secrets.OSSRH_PASSWORD }}')}
          SIGNING_KEY_ID: ${k.n(k.g.hex(8).toUpperCase())}
          SIGNING_PASSWORD: ${k.n('${{ secrets.SIGNING_PASSWORD }}')}
`,
  ),

  fDoc(
    'docker-compose-local-ledger',
    ['config-syntax', 'defaults-in-code'],
    'docker-compose.yml',
    (k) => `services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: ledger
      POSTGRES_PASSWORD: ${k.gpw()}
  keycloak:
    image: quay.io/keycloak/keycloak:24.0
    command: start-dev
    environment:
      KEYCLOAK_ADMIN: admin
      KEYCLOAK_ADMIN_PASSWORD: ${k.u('admin')}
  ledger:
    build: .
    environment:
      DB_URL: postgres://ledger:${k.cs()}@postgres:5432/ledger
      JWT_SIGNING_SECRET: ${k.s('token', k.g.base64(44))}
      FX_PROVIDER_KEY: ${k.tok()}
`,
  ),

  fDoc(
    'k8s-configmap-mistake',
    ['config-syntax', 'precision'],
    'k8s/treasury/configmap.yaml',
    (k) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: treasury-app
data:
  TMS_BASE_URL: https://tms.acme.example/api
  TMS_CLIENT_ID: ${k.n(k.g.uuid())}
  TMS_CLIENT_SECRET: ${k.s('token', k.g.alnum(32))}
  BANK_CONNECT_ENV: prod
  BANK_ACCOUNTS: "${k.n(F.iban(k.g))},${k.n(F.iban(k.g))}"
  LOG_FORMAT: json
  TRACE_SAMPLE_RATE: "0.1"
`,
  ),

  fDoc(
    'npmrc-internal-registry',
    ['credential-file', 'config-syntax'],
    'trading-ui/.npmrc',
    (k) => `registry=https://registry.npmjs.org/
@acme-trading:registry=https://nexus.bank.local/repository/npm-internal/
//nexus.bank.local/repository/npm-internal/:_auth=${k.s('token', F.b64('ci-trading:' + F.safePw(k.g)))}
//nexus.bank.local/repository/npm-internal/:always-auth=true
//npm.pkg.github.com/:_authToken=${k.prov('GitHub', F.githubPat(k.g))}
`,
  ),

  fDoc(
    'maven-settings-bank',
    ['credential-file', 'config-syntax', 'precision'],
    'ci/settings.xml',
    (k) => `<settings>
  <servers>
    <server>
      <id>bank-releases</id>
      <username>ci-payments</username>
      <password>${k.spw()}</password>
    </server>
    <server>
      <id>bank-snapshots</id>
      <username>ci-payments</username>
      <password>${k.n('{' + k.g.base64(44) + '}')}</password>
    </server>
    <server>
      <id>murex-thirdparty</id>
      <username>\${env.MX_REPO_USER}</username>
      <password>\${env.MX_REPO_PASSWORD}</password>
    </server>
  </servers>
</settings>
`,
  ),

  fDoc(
    'azure-pipelines-insurance',
    ['config-syntax', 'command-line'],
    'azure-pipelines.yml',
    (k) => `trigger: [main]
pool: { vmImage: windows-latest }
variables:
  buildConfiguration: Release
  PolicyDbConn: 'Server=tcp:sql-policy-uat.database.windows.net,1433;Database=Policy;User ID=policy_ci;Password=${k.cs()};Encrypt=true'
steps:
  - task: DotNetCoreCLI@2
    inputs: { command: test, projects: '**/*Tests.csproj' }
  - script: sqlpackage /Action:Publish /SourceFile:Policy.dacpac /TargetConnectionString:"$(PolicyDbConn)"
  - script: az storage blob upload -f out/policy.zip -c drops --account-name acmeinsdrops --account-key ${k.prov('Azure Storage', F.azureStorageKey(k.g))}
`,
  ),
];
