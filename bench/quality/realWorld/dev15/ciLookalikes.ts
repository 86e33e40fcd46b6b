// Look-alikes CI is full of: masked values, ${{ secrets.X }} and $CI_JOB_TOKEN references, vault/SSM paths,
// digests, commit hashes, run and build ids, cache keys, artifact checksums, Travis/sops/Ansible ciphertext,
// example values copied from CI docs; with the odd real value people leave among them.
import type { RealWorldDoc } from '../types';
import { ciDoc, V } from './ciValues';

export const CI_LOOKALIKE_DOCS: RealWorldDoc[] = [
  ciDoc(
    'look-gha-all-references',
    ['config-syntax', 'precision'],
    '.github/workflows/nightly.yml',
    (k) => `name: nightly
on:
  schedule: [{ cron: '17 3 * * *' }]
jobs:
  e2e:
    runs-on: ubuntu-latest
    env:
      API_TOKEN: ${k.n('${{ secrets.API_TOKEN }}')}
      DB_PASSWORD: ${k.n('${{ secrets.E2E_DB_PASSWORD }}')}
      CYPRESS_RECORD_KEY: ${k.n('${{ secrets.CYPRESS_RECORD_KEY }}')}
      AWS_ROLE: ${k.n('${{ vars.AWS_ROLE_ARN }}')}
      GH_TOKEN: ${k.n('${{ github.token }}')}
      PASSWORD_MIN_LENGTH: 12
      TOKEN_TTL_SECONDS: 3600
      SECRET_NAME: e2e-db-password
    steps:
      - uses: actions/checkout@${k.n(V.sha1(k.g))}
      - uses: actions/cache@${k.n(V.sha1(k.g))}
        with:
          path: ~/.cache/Cypress
          key: cypress-\${{ runner.os }}-\${{ hashFiles('package-lock.json') }}
      - run: npx cypress run --record --key "$CYPRESS_RECORD_KEY"
      - uses: 8398a7/action-slack@v3
        with:
          status: \${{ job.status }}
        env:
          SLACK_WEBHOOK_URL: ${k.n('${{ secrets.SLACK_WEBHOOK_URL }}')}
        if: failure()
`,
  ),

  ciDoc(
    'look-gitlab-predefined-vars-doc',
    ['prose', 'precision'],
    'docs/ci/variables.md',
    (k) => `# Which variables our jobs can use

| Variable | What it is | Example |
|---|---|---|
| \`CI_JOB_TOKEN\` | short-lived token of the running job | \`${k.n('$CI_JOB_TOKEN')}\` |
| \`CI_REGISTRY_PASSWORD\` | same as the job token, for the registry | \`${k.n('[MASKED]')}\` |
| \`CI_COMMIT_SHA\` | full commit hash | \`${k.n(V.sha1(k.g))}\` |
| \`CI_PIPELINE_ID\` | instance-wide pipeline id | \`${k.n(k.g.digits(9))}\` |
| \`CI_JOB_ID\` | instance-wide job id | \`${k.n(k.g.digits(10))}\` |
| \`CI_RUNNER_SHORT_TOKEN\` | first 8 chars of the runner token, public | \`${k.n(k.g.alnum(8))}\` |
| \`CI_DEPENDENCY_PROXY_PASSWORD\` | dependency proxy password | \`${k.n('[MASKED]')}\` |

Passwords and tokens we define ourselves are masked *and* protected; reference them as \`$NAME\` or \`\${NAME}\`.
Never \`echo\` them. If you need to check one is set, use \`test -n "$NAME" && echo set\`.

Vault paths: \`${k.n('kv/data/ci/orders/prod')}\`, \`${k.n('kv/data/ci/shared/registry')}\`.
`,
  ),

  ciDoc(
    'look-masked-job-log',
    ['logs-and-output', 'precision'],
    'logs/gitlab-job-55120944.log',
    (k) => `Running with gitlab-runner 16.8.0 (c72a09b6)
  on bld-04-docker ${k.n(k.g.alnum(8))}, system ID: s_${k.n(k.g.hex(12))}
Resolving secrets
Resolving secret "DATABASE_PASSWORD"...
Using "vault" secret resolver...
Preparing the "docker" executor
Using docker image ${k.n(V.digest(k.g))} for node:20-alpine with digest node@${k.n(V.digest(k.g))} ...
$ echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc
$ npm ci
added 912 packages in 22s
$ DB_URL="postgres://app:$DATABASE_PASSWORD@db:5432/app" npm run migrate
> migrate
> knex migrate:latest
Using environment: ci
Batch 14 run: 2 migrations
$ curl --fail -H "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file dist/app.tgz "\${CI_API_V4_URL}/projects/\${CI_PROJECT_ID}/packages/generic/app/1.0.0/app.tgz"
{"message":"201 Created"}
$ echo "token=[MASKED] password=[MASKED]"
token=[MASKED] password=[MASKED]
Saving cache for successful job
Creating cache node-${k.n(k.g.hex(40))}-protected...
node_modules/: found 48213 matching artifact files and directories
Uploading cache.zip to https://storage.googleapis.com/kairos-runner-cache/project/77/node-${k.n(k.g.hex(40))}-protected
Created cache
Job succeeded
`,
  ),

  ciDoc(
    'look-artifact-checksums',
    ['logs-and-output', 'precision'],
    'dist/SHA256SUMS',
    (k) => `${k.n(V.sha256(k.g))}  hush-cli_1.8.0_linux_amd64.tar.gz
${k.n(V.sha256(k.g))}  hush-cli_1.8.0_linux_arm64.tar.gz
${k.n(V.sha256(k.g))}  hush-cli_1.8.0_darwin_amd64.tar.gz
${k.n(V.sha256(k.g))}  hush-cli_1.8.0_darwin_arm64.tar.gz
${k.n(V.sha256(k.g))}  hush-cli_1.8.0_windows_amd64.zip
${k.n(V.sha256(k.g))}  hush-cli_1.8.0_checksums.txt.sig
`,
  ),

  ciDoc(
    'look-lockfile-and-cache',
    ['config-syntax', 'precision'],
    'ci/cache-debug.txt',
    (k) => `# dumped by the "debug cache" step
restore-keys tried:
  ${k.n(V.cacheKey(k.g))}
  ${k.n(V.cacheKey(k.g))}
  node-cache-Linux-x64-
cache hit: false
package-lock.json integrity of the top-level deps:
  "node_modules/express": { "version": "4.18.2", "integrity": "${k.n(V.integrity(k.g))}" }
  "node_modules/jsonwebtoken": { "version": "9.0.2", "integrity": "${k.n(V.integrity(k.g))}" }
  "node_modules/bcrypt": { "version": "5.1.1", "integrity": "${k.n(V.integrity(k.g))}" }
go.sum:
  github.com/aws/aws-sdk-go-v2 v1.24.0 h1:${k.n(k.g.base64(43) + '=')}
  github.com/aws/aws-sdk-go-v2 v1.24.0/go.mod h1:${k.n(k.g.base64(43) + '=')}
gradle wrapper distributionSha256Sum=${k.n(V.sha256(k.g))}
`,
  ),

  ciDoc(
    'look-travis-sops-vault-ciphertext',
    ['config-syntax', 'precision'],
    'deploy/secrets.enc.yaml',
    (k) => `# sops-encrypted secrets consumed by the deploy job (sops -d deploy/secrets.enc.yaml | kubectl apply -f -)
apiVersion: v1
kind: Secret
metadata:
  name: orders
stringData:
  DB_PASSWORD: ${k.n(V.sopsBlob(k.g))}
  JWT_SIGNING_KEY: ${k.n(V.sopsBlob(k.g))}
  STRIPE_SECRET_KEY: ${k.n(V.sopsBlob(k.g))}
sops:
  kms: []
  age:
    - recipient: age1${k.n(k.g.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58))}
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        ${k.n(k.g.base64(64))}
        ${k.n(k.g.base64(64))}
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2026-11-02T10:11:12Z"
  mac: ${k.n(`ENC[AES256_GCM,data:${k.g.base64(44)},iv:${k.g.base64(43)}=,tag:${k.g.base64(22)}==,type:str]`)}
  version: 3.8.1
---
# ansible group_vars/ci/vault.yml (ansible-vault encrypted)
vault_registry_password: !vault |
  ${k.n(V.ansibleVault(k.g)).split('\n').join('\n  ')}
`,
  ),

  ciDoc(
    'look-ci-docs-examples',
    ['prose', 'command-line', 'precision'],
    'docs/ci/setting-up-deploy-keys.md',
    (k) => `# Setting up deploy credentials (template)

Copy the block below into your project's CI settings, replacing the placeholders:

\`\`\`bash
export REGISTRY_USER=${k.n('<registry-user>')}
export REGISTRY_PASSWORD=${k.n('<registry-password>')}
export AWS_ACCESS_KEY_ID=${k.n('AKIAIOSFODNN7EXAMPLE')}
export AWS_SECRET_ACCESS_KEY=${k.n('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}
export SONAR_TOKEN=${k.n('squ_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}
export NPM_TOKEN=${k.n('npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX')}
docker login "$REGISTRY" -u "$REGISTRY_USER" --password-stdin <<< "$REGISTRY_PASSWORD"
\`\`\`

In GitHub Actions use \`\${{ secrets.REGISTRY_PASSWORD }}\`, in GitLab \`$REGISTRY_PASSWORD\`, in Jenkins
\`credentials('registry')\`, in Azure Pipelines \`$(registryPassword)\`, in CircleCI a context, in Bitbucket a secured
variable. TeamCity: \`%env.REGISTRY_PASSWORD%\`. Bamboo: \`\${bamboo.registry_password}\`.

A token must look like \`ghp_\` followed by 36 characters; if it starts with \`github_pat_\` it is fine-grained.
`,
  ),

  ciDoc(
    'look-run-summary-ids',
    ['logs-and-output', 'precision'],
    'reports/pipeline-summary-2026-11.csv',
    (k) => `run_id,workflow,head_sha,conclusion,duration_s,cache_key,artifact_digest
${k.n(V.runId(k.g))},ci,${k.n(V.sha1(k.g))},success,412,${k.n(V.cacheKey(k.g))},${k.n(V.digest(k.g))}
${k.n(V.runId(k.g))},ci,${k.n(V.sha1(k.g))},failure,388,${k.n(V.cacheKey(k.g))},
${k.n(V.runId(k.g))},release,${k.n(V.sha1(k.g))},success,904,${k.n(V.cacheKey(k.g))},${k.n(V.digest(k.g))}
${k.n(V.runId(k.g))},nightly,${k.n(V.sha1(k.g))},cancelled,61,,
`,
  ),

  ciDoc(
    'look-kubectl-secret-refs',
    ['config-syntax', 'precision'],
    'k8s/ci-runner/deployment.yaml',
    (k) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: actions-runner
  annotations:
    checksum/secret: ${k.n(V.sha256(k.g))}
spec:
  replicas: 3
  template:
    spec:
      serviceAccountName: actions-runner
      containers:
        - name: runner
          image: ghcr.io/actions/actions-runner:2.311.0@${k.n(V.digest(k.g))}
          env:
            - name: RUNNER_TOKEN
              valueFrom:
                secretKeyRef: { name: runner-registration, key: token }
            - name: GITHUB_APP_ID
              value: "${k.n(k.g.digits(6))}"
            - name: GITHUB_APP_INSTALLATION_ID
              value: "${k.n(k.g.digits(8))}"
            - name: GITHUB_APP_PRIVATE_KEY
              valueFrom:
                secretKeyRef: { name: gh-app, key: private-key }
            - name: DOCKER_HOST
              value: tcp://localhost:2376
            - name: RUNNER_LABELS
              value: self-hosted,linux,x64
`,
  ),

  ciDoc(
    'look-azure-pipelines-var-refs',
    ['config-syntax', 'precision'],
    'pipelines/templates/deploy.yml',
    (k) => `parameters:
  - name: environment
    type: string

steps:
  - task: AzureKeyVault@2
    inputs:
      azureSubscription: sc-\${{ parameters.environment }}
      KeyVaultName: kv-helix-\${{ parameters.environment }}
      SecretsFilter: 'SqlPassword,StorageKey'
  - script: |
      sqlcmd -S $(SqlServer) -U sqladmin -P "$(SqlPassword)" -i migrate.sql
      az storage blob upload-batch --account-key "$(StorageKey)" -d '$web' -s dist
    env:
      SQL_PASSWORD: $(SqlPassword)
      SYSTEM_ACCESSTOKEN: $(System.AccessToken)
  - powershell: Write-Host "##vso[task.setvariable variable=DeployId;issecret=false]${k.n(k.g.uuid())}"
  - powershell: Write-Host "##vso[task.setvariable variable=SessionToken;issecret=true]$(GetToken.Output)"
`,
  ),

  ciDoc(
    'look-bitbucket-secured-and-pipes',
    ['config-syntax', 'precision'],
    'services/billing/bitbucket-pipelines.yml',
    (k) => `image: node:20

pipelines:
  pull-requests:
    '**':
      - step:
          name: Lint and test
          caches: [node]
          script:
            - npm ci
            - npm test
  custom:
    snyk:
      - step:
          script:
            - pipe: snyk/snyk-scan:1.0.1
              variables:
                SNYK_TOKEN: ${k.n('$SNYK_TOKEN')}
                LANGUAGE: npm
                DONT_BREAK_BUILD: 'true'
            - pipe: atlassian/slack-notify:2.1.0
              variables:
                WEBHOOK_URL: ${k.n('$SLACK_WEBHOOK')}
                MESSAGE: 'Snyk scan for $BITBUCKET_BRANCH done (build $BITBUCKET_BUILD_NUMBER)'
# Repository variables (secured): SNYK_TOKEN, SLACK_WEBHOOK, NPM_TOKEN
# Deployment variables: production -> HEROKU_API_KEY (secured), HEROKU_APP_NAME=billing-prod
`,
  ),

  ciDoc(
    'look-renovate-config',
    ['config-syntax', 'precision'],
    'renovate.json',
    (k) => `{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended", ":semanticCommits"],
  "hostRules": [
    {
      "matchHost": "nexus.quanto.io",
      "hostType": "maven",
      "username": "renovate",
      "encrypted": {
        "password": "${k.n(`wcFMA${k.g.base64(300)}`)}"
      }
    },
    {
      "matchHost": "npm.pkg.github.com",
      "token": "${k.n('{{ secrets.GITHUB_PACKAGES_TOKEN }}')}"
    }
  ],
  "packageRules": [
    { "matchUpdateTypes": ["digest"], "automerge": true },
    { "matchPackageNames": ["node"], "allowedVersions": "<21" }
  ],
  "pinDigests": true
}
`,
  ),

  ciDoc(
    'look-gha-oidc-and-hashes',
    ['config-syntax', 'logs-and-output', 'precision'],
    'logs/oidc-debug.txt',
    (k) => `Run aws-actions/configure-aws-credentials@v4
  with:
    role-to-assume: arn:aws:iam::${k.n(V.awsAccount(k.g))}:role/gha-deploy
    role-session-name: GitHubActions-${k.n(V.runId(k.g))}
    aws-region: eu-central-1
    audience: sts.amazonaws.com
Assuming role with OIDC
Authenticated as assumedRoleId ${k.n('AROA' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17))}:GitHubActions-${k.n(V.runId(k.g))}
Run aws sts get-caller-identity
{
    "UserId": "${k.n('AROA' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17))}:GitHubActions",
    "Account": "${k.n(V.awsAccount(k.g))}",
    "Arn": "arn:aws:sts::${k.n(V.awsAccount(k.g))}:assumed-role/gha-deploy/GitHubActions"
}
Run aws ecr get-login-password | docker login --username AWS --password-stdin ${k.n(V.awsAccount(k.g))}.dkr.ecr.eu-central-1.amazonaws.com
Login Succeeded
image pushed: ${k.n(V.digest(k.g))}
`,
  ),

  ciDoc(
    'look-jenkins-masked-and-hashed',
    ['logs-and-output', 'precision'],
    'logs/jenkins/infra-plan-77.txt',
    (k) => `[Pipeline] withCredentials
Masking supported pattern matches of $TF_TOKEN or $ARM_CLIENT_SECRET
[Pipeline] sh
+ terraform init -backend-config=token=****
Initializing the backend...
Successfully configured the backend "remote"!
+ terraform plan -var client_secret=****
  # azurerm_key_vault_secret.sql will be updated in-place
  ~ resource "azurerm_key_vault_secret" "sql" {
        id           = "https://kv-helix-prod.vault.azure.net/secrets/sql/${k.n(k.g.hex(32))}"
      ~ value        = (sensitive value)
      ~ version      = "${k.n(k.g.hex(32))}" -> (known after apply)
    }
Plan: 0 to add, 1 to change, 0 to destroy.
+ sha256sum tfplan
${k.n(V.sha256(k.g))}  tfplan
[Pipeline] }
Finished: SUCCESS
`,
  ),

  ciDoc(
    'look-precommit-and-ci-passwords-words',
    ['config-syntax', 'code', 'precision'],
    'ci/test-fixtures/users.yml',
    (k) => `# Fixture users loaded by the e2e pipeline into the throwaway database.
users:
  - email: admin@example.test
    password: ${k.u('admin')}
    role: admin
  - email: viewer@example.test
    password: ${k.n('test-password')}
    role: viewer
  - email: locked@example.test
    password_hash: ${k.n(V.bcrypt(k.g))}
    locked: true
  - email: ci-bot@example.test
    password: ${k.n('${E2E_BOT_PASSWORD}')}
    api_token: ${k.n('not-a-real-token')}
labels:
  password_field: "Passwort"
  token_field: "Zugangstoken"
  secret_hint: "Das Passwort muss mindestens 12 Zeichen lang sein"
`,
  ),
];
