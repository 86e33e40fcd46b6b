// GitHub Actions: workflows with inline env: and with: values next to ${{ secrets.X }} references, service
// containers, composite actions, act's .secrets file, and the run logs the Actions UI shows.
import type { RealWorldDoc } from '../types';
import { ciDoc, V } from './ciValues';

export const CI_GITHUB_DOCS: RealWorldDoc[] = [
  ciDoc(
    'gha-node-ci-services',
    ['config-syntax', 'precision'],
    '.github/workflows/ci.yml',
    (k) => `name: CI

on:
  push:
    branches: [main]
  pull_request:

concurrency:
  group: ci-\${{ github.ref }}
  cancel-in-progress: true

jobs:
  test:
    runs-on: ubuntu-22.04
    services:
      postgres:
        image: postgres:15-alpine
        env:
          POSTGRES_USER: app
          POSTGRES_PASSWORD: ${k.hpw()}
          POSTGRES_DB: app_test
        ports: ['5432:5432']
        options: >-
          --health-cmd pg_isready --health-interval 10s --health-timeout 5s --health-retries 5
      redis:
        image: redis:7
        ports: ['6379:6379']
    env:
      DATABASE_URL: postgres://app:${k.cs()}@localhost:5432/app_test
      REDIS_URL: redis://localhost:6379/0
      NODE_ENV: test
      STRIPE_SECRET_KEY: \${{ secrets.STRIPE_TEST_KEY }}
      SESSION_SECRET: ${k.tok()}
    steps:
      - uses: actions/checkout@${k.n(V.sha1(k.g))} # v4.1.1
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run migrate && npm test -- --coverage
      - uses: codecov/codecov-action@v4
        with:
          token: ${k.n('${{ secrets.CODECOV_TOKEN }}')}
          fail_ci_if_error: true
`,
  ),

  ciDoc(
    'gha-docker-publish-inline-login',
    ['config-syntax', 'command-line', 'precision'],
    '.github/workflows/docker-publish.yml',
    (k) => `name: Publish image
on:
  release:
    types: [published]

env:
  REGISTRY: registry.acme-corp.io
  IMAGE_NAME: platform/api

jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      packages: write
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - name: Log in to internal registry
        # TODO move to secrets once infra gives us org-level secrets
        run: echo "${k.spw()}" | docker login registry.acme-corp.io -u ci-pusher --password-stdin
      - name: Log in to GHCR
        uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: \${{ github.actor }}
          password: ${k.n('${{ secrets.GITHUB_TOKEN }}')}
      - name: Log in to Docker Hub
        uses: docker/login-action@v3
        with:
          username: acmebot
          password: ${k.prov('Docker Hub personal access token', V.dockerPat(k.g))}
      - uses: docker/build-push-action@v5
        with:
          push: true
          tags: \${{ env.REGISTRY }}/\${{ env.IMAGE_NAME }}:\${{ github.ref_name }}
          build-args: |
            NPM_TOKEN=${k.prov('npm access token', V.npm(k.g))}
            GIT_SHA=\${{ github.sha }}
          cache-from: type=gha
          cache-to: type=gha,mode=max
`,
  ),

  ciDoc(
    'gha-android-release-signing',
    ['config-syntax', 'command-line', 'precision'],
    '.github/workflows/android-release.yml',
    (k) => `name: Android release

on:
  workflow_dispatch:
    inputs:
      track:
        description: 'Play track'
        default: internal

jobs:
  bundle:
    runs-on: ubuntu-latest
    env:
      KEYSTORE_PASSWORD: ${k.hpw()}
      KEY_ALIAS: upload
      KEY_PASSWORD: ${k.hpw()}
      GRADLE_OPTS: -Dorg.gradle.daemon=false
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with: { distribution: temurin, java-version: '17' }
      - name: Decode keystore
        run: echo "\${{ secrets.UPLOAD_KEYSTORE_B64 }}" | base64 -d > app/upload.jks
      - name: Build
        run: ./gradlew bundleRelease -Pandroid.injected.signing.store.file=$PWD/app/upload.jks -Pandroid.injected.signing.store.password=$KEYSTORE_PASSWORD -Pandroid.injected.signing.key.alias=upload -Pandroid.injected.signing.key.password=$KEY_PASSWORD
      - uses: r0adkll/upload-google-play@v1
        with:
          serviceAccountJsonPlainText: \${{ secrets.PLAY_SERVICE_ACCOUNT }}
          packageName: io.orbitly.app
          releaseFiles: app/build/outputs/bundle/release/app-release.aab
          track: \${{ inputs.track }}
`,
  ),

  ciDoc(
    'gha-deploy-ssh-inline-key',
    ['config-syntax', 'credential-file', 'precision'],
    '.github/workflows/deploy-staging.yml',
    (k) => `name: Deploy staging
on:
  push:
    branches: [develop]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: staging
    steps:
      - uses: actions/checkout@v4
      - name: Install SSH key
        run: |
          mkdir -p ~/.ssh
          cat > ~/.ssh/id_ed25519 <<'EOF'
          ${k.key(V.openssh(k.g)).split('\n').join('\n          ')}
          EOF
          chmod 600 ~/.ssh/id_ed25519
          echo "staging.kairos.dev ${k.n(V.sshPub(k.g))}" >> ~/.ssh/known_hosts
      - name: Rsync
        run: rsync -az --delete ./dist/ deploy@staging.kairos.dev:/srv/app/
      - name: Restart
        run: ssh deploy@staging.kairos.dev 'sudo systemctl restart app'
`,
  ),

  ciDoc(
    'gha-terraform-aws-static-keys',
    ['config-syntax', 'precision'],
    '.github/workflows/terraform.yml',
    (k) => `name: terraform
on:
  pull_request:
    paths: ['infra/**']
  push:
    branches: [main]
    paths: ['infra/**']

env:
  AWS_REGION: eu-central-1
  AWS_ACCESS_KEY_ID: ${k.u(V.awsId(k.g))}
  AWS_SECRET_ACCESS_KEY: ${k.prov('AWS secret access key', V.awsSecret(k.g))}
  TF_VAR_db_password: ${k.gpw()}
  TF_TOKEN_app_terraform_io: ${k.prov('Terraform Cloud API token', V.tfcToken(k.g))}

jobs:
  plan:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: infra
    steps:
      - uses: actions/checkout@v4
      - uses: hashicorp/setup-terraform@v3
        with:
          terraform_version: 1.7.5
      - run: terraform init -input=false
      - run: terraform plan -input=false -out=tfplan
      # role below is what we should use instead of static keys (see INFRA-214)
      - uses: aws-actions/configure-aws-credentials@v4
        if: false
        with:
          role-to-assume: arn:aws:iam::${k.n(V.awsAccount(k.g))}:role/gha-terraform
          aws-region: eu-central-1
`,
  ),

  ciDoc(
    'gha-act-secrets-file',
    ['credential-file', 'config-syntax'],
    '.secrets',
    (k) => `# secrets for running workflows locally with nektos/act:  act -j test --secret-file .secrets
# (this file should be in .gitignore -- it was not)
GITHUB_TOKEN=${k.prov('GitHub personal access token', V.ghPat(k.g))}
NPM_TOKEN=${k.prov('npm access token', V.npm(k.g))}
SLACK_WEBHOOK_URL=${k.prov('Slack incoming webhook', V.slackHook(k.g))}
DB_PASSWORD=${k.pw()}
SONAR_TOKEN=${k.prov('SonarQube token', V.sonar(k.g))}
CODECOV_TOKEN=${k.s('token', V.codecov(k.g))}
`,
  ),

  ciDoc(
    'gha-composite-action-defaults',
    ['config-syntax', 'code', 'precision'],
    '.github/actions/notify/action.yml',
    (k) => `name: 'Notify'
description: 'Posts the job result to the team channel'
inputs:
  webhook-url:
    description: 'Incoming webhook URL'
    required: false
    default: '${k.prov('Microsoft Teams incoming webhook', V.teamsHook(k.g))}'
  status:
    description: 'job.status'
    required: true
  api-key:
    description: 'Statuspage API key'
    required: false
    default: '${k.tok()}'
runs:
  using: composite
  steps:
    - shell: bash
      run: |
        curl -sS -X POST -H 'Content-Type: application/json' \\
          -d "{\\"text\\": \\"\${{ github.repository }} \${{ github.workflow }}: \${{ inputs.status }}\\"}" \\
          "\${{ inputs.webhook-url }}"
        curl -sS -X POST "https://api.statuspage.io/v1/pages/${k.n(k.g.lower(12))}/incidents" \\
          -H "Authorization: OAuth \${{ inputs.api-key }}" -d @incident.json || true
`,
  ),

  ciDoc(
    'gha-run-log-masked',
    ['logs-and-output', 'precision'],
    'logs/actions-run-8123/3_Build.txt',
    (k) => `2026-11-28T09:14:02.1183312Z ##[group]Run npm ci
2026-11-28T09:14:02.1184011Z npm ci
2026-11-28T09:14:02.1201450Z shell: /usr/bin/bash -e {0}
2026-11-28T09:14:02.1201890Z env:
2026-11-28T09:14:02.1202215Z   NODE_AUTH_TOKEN: ${k.n('***')}
2026-11-28T09:14:02.1202553Z   NPM_CONFIG_USERCONFIG: /home/runner/work/_temp/.npmrc
2026-11-28T09:14:02.1202901Z   DATABASE_PASSWORD: ${k.n('***')}
2026-11-28T09:14:02.1203100Z   SENTRY_RELEASE: ${k.n(V.sha1(k.g))}
2026-11-28T09:14:02.1203412Z ##[endgroup]
2026-11-28T09:14:19.8831200Z added 1284 packages, and audited 1285 packages in 17s
2026-11-28T09:14:20.0100118Z ##[group]Run actions/cache@v4
2026-11-28T09:14:20.0101212Z with:
2026-11-28T09:14:20.0101630Z   path: ~/.npm
2026-11-28T09:14:20.0102011Z   key: ${k.n(V.cacheKey(k.g))}
2026-11-28T09:14:20.0102440Z ##[endgroup]
2026-11-28T09:14:20.4410021Z Cache restored from key: ${k.n(V.cacheKey(k.g))}
2026-11-28T09:14:21.0001233Z ##[group]Run ./scripts/smoke.sh
2026-11-28T09:14:21.0013300Z + curl -fsS -H 'Authorization: Bearer ***' https://api.internal/health
2026-11-28T09:14:21.7710029Z {"status":"ok","commit":"${k.n(V.short(k.g))}","build":${k.n(V.buildId(k.g))}}
2026-11-28T09:14:21.7790000Z Post job cleanup.
2026-11-28T09:14:21.8800013Z Cleaning up orphan processes
`,
  ),

  ciDoc(
    'gha-run-log-leaked-in-debug',
    ['logs-and-output', 'command-line', 'http-auth'],
    'logs/actions-run-8204/5_Integration tests.txt',
    (k) => `2026-12-01T16:40:11.0011222Z ##[debug]Evaluating condition for step: 'Integration tests'
2026-12-01T16:40:11.0020111Z ##[group]Run ./ci/integration.sh
2026-12-01T16:40:11.0021901Z ./ci/integration.sh
2026-12-01T16:40:11.0023011Z shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}
2026-12-01T16:40:11.0024200Z ##[endgroup]
2026-12-01T16:40:11.1100001Z + export PARTNER_API_BASE=https://sandbox.partner-api.example.net
2026-12-01T16:40:11.1100999Z + PARTNER_API_BASE=https://sandbox.partner-api.example.net
2026-12-01T16:40:11.1102101Z + TOKEN=$(echo $PARTNER_CREDS_B64 | base64 -d | jq -r .token)
2026-12-01T16:40:11.1203011Z + curl -sS -H 'Authorization: Bearer ${k.bearer()}' https://sandbox.partner-api.example.net/v2/orders?limit=1
2026-12-01T16:40:11.8001110Z {"orders":[{"id":"ord_${k.n(k.g.alnum(14))}","status":"paid"}]}
2026-12-01T16:40:11.8100000Z + mysql -h 127.0.0.1 -u root -p${k.spw()} -e 'CREATE DATABASE IF NOT EXISTS it_tests'
2026-12-01T16:40:11.8200001Z mysql: [Warning] Using a password on the command line interface can be insecure.
2026-12-01T16:40:12.0012000Z + npm run test:integration
2026-12-01T16:40:55.1201110Z   83 passing (43s)
2026-12-01T16:40:55.1209100Z   1 pending
`,
  ),

  ciDoc(
    'gha-reusable-workflow-call',
    ['config-syntax', 'precision'],
    '.github/workflows/release.yml',
    (k) => `name: release
on:
  push:
    tags: ['v*']

jobs:
  build:
    uses: tessera-io/.github/.github/workflows/node-build.yml@${k.n(V.sha1(k.g))}
    with:
      node-version: '20'
      registry-url: https://npm.pkg.github.com
    secrets: inherit

  publish:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with: { name: dist }
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: npm publish --access public --provenance
        env:
          NODE_AUTH_TOKEN: ${k.n('${{ secrets.NPM_TOKEN }}')}
      - uses: softprops/action-gh-release@v2
        with:
          token: ${k.n('${{ secrets.RELEASE_PAT }}')}
          files: dist/*.tgz
          body_path: CHANGELOG.md

  sentry:
    needs: publish
    runs-on: ubuntu-latest
    steps:
      - uses: getsentry/action-release@v1
        env:
          SENTRY_AUTH_TOKEN: ${k.prov('Sentry organization auth token', V.sentryOrg(k.g))}
          SENTRY_ORG: tessera
          SENTRY_PROJECT: web
        with:
          environment: production
          version: \${{ github.ref_name }}
`,
  ),

  ciDoc(
    'gha-matrix-db-passwords',
    ['config-syntax', 'precision'],
    '.github/workflows/db-matrix.yml',
    (k) => `name: db-compat
on: [push]
jobs:
  compat:
    strategy:
      fail-fast: false
      matrix:
        include:
          - db: mysql:8.0
            url: mysql://root:${k.cs()}@127.0.0.1:3306/compat
          - db: mariadb:10.11
            url: mysql://root:${k.cs()}@127.0.0.1:3306/compat
          - db: postgres:16
            url: postgresql://postgres:${k.cs()}@127.0.0.1:5432/compat
    runs-on: ubuntu-latest
    services:
      db:
        image: \${{ matrix.db }}
        env:
          MYSQL_ROOT_PASSWORD: ${k.hpw()}
          MARIADB_ROOT_PASSWORD: ${k.hpw()}
          POSTGRES_PASSWORD: ${k.hpw()}
          MYSQL_DATABASE: compat
    steps:
      - uses: actions/checkout@v4
      - run: go test ./... -tags integration
        env:
          DB_URL: \${{ matrix.url }}
`,
  ),

  ciDoc(
    'gha-dependabot-registries',
    ['config-syntax', 'credential-file', 'precision'],
    '.github/dependabot.yml',
    (k) => `version: 2
registries:
  npm-github:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${k.n('${{secrets.DEPENDABOT_GH_PACKAGES}}')}
  maven-nexus:
    type: maven-repository
    url: https://nexus.bluefin.internal/repository/maven-public/
    username: dependabot
    password: ${k.spw()}
  docker-harbor:
    type: docker-registry
    url: harbor.bluefin.internal
    username: robot$dependabot
    password: ${k.s('token', k.g.alnum(32))}
updates:
  - package-ecosystem: npm
    directory: /
    registries: [npm-github]
    schedule: { interval: weekly }
  - package-ecosystem: maven
    directory: /backend
    registries: [maven-nexus]
    schedule: { interval: weekly }
`,
  ),

  ciDoc(
    'gha-workflow-dispatch-curl',
    ['command-line', 'http-auth', 'precision'],
    'scripts/trigger-deploy.sh',
    (k) => `#!/usr/bin/env bash
# Triggers the deploy workflow from the ops box. Usage: ./trigger-deploy.sh <env> <ref>
set -euo pipefail
ENV=\${1:-staging}
REF=\${2:-main}
GH_TOKEN=\${GH_TOKEN:-${k.prov('GitHub fine-grained personal access token', V.ghFine(k.g))}}

curl -fsSL -X POST \\
  -H "Accept: application/vnd.github+json" \\
  -H "Authorization: Bearer $GH_TOKEN" \\
  -H "X-GitHub-Api-Version: 2022-11-28" \\
  https://api.github.com/repos/vantage/platform/actions/workflows/deploy.yml/dispatches \\
  -d "{\\"ref\\":\\"$REF\\",\\"inputs\\":{\\"environment\\":\\"$ENV\\"}}"

echo "dispatched deploy of $REF to $ENV (run list: gh run list -w deploy.yml)"
# old way, keep for the runbook:
#   gh workflow run deploy.yml -f environment=staging --repo vantage/platform
#   GH_TOKEN=${k.n('ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')} gh auth status
`,
  ),

  ciDoc(
    'gha-self-hosted-runner-config',
    ['command-line', 'logs-and-output', 'precision'],
    'ops/runners/README.md',
    (k) => `# Self-hosted runners (build farm)

Runners live on \`bld-01..04\`. To add one:

\`\`\`bash
mkdir actions-runner && cd actions-runner
curl -o actions-runner-linux-x64-2.311.0.tar.gz -L https://github.com/actions/runner/releases/download/v2.311.0/actions-runner-linux-x64-2.311.0.tar.gz
echo "${k.n(V.sha256(k.g))}  actions-runner-linux-x64-2.311.0.tar.gz" | shasum -a 256 -c
tar xzf ./actions-runner-linux-x64-2.311.0.tar.gz
./config.sh --url https://github.com/helix-labs --token ${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 29))} --labels gpu,linux --unattended
sudo ./svc.sh install && sudo ./svc.sh start
\`\`\`

The registration token above expires after an hour; get a new one from
Settings → Actions → Runners → New runner, or with \`gh api -X POST orgs/helix-labs/actions/runners/registration-token\`.

Remove a runner: \`./config.sh remove --token ${k.ph()}\`.

The runners pull from our Harbor mirror as \`robot$runner\` with password ${k.gpw()} (in 1Password too,
"harbor robot runner"). The machines' ids are in the inventory: runner ids ${k.n(k.g.digits(4))}, ${k.n(k.g.digits(4))}.
`,
  ),
];
