// Running the CI servers themselves and the hooks between them: Drone/Woodpecker server compose files,
// Concourse credentials for fly, Atlantis and Argo CD webhook secrets, a webhook export and its delivery log,
// the test-grid keys an e2e job carries (BrowserStack, Sauce Labs, Percy, Applitools).
import type { RealWorldDoc } from '../types';
import { ciDoc, V } from './ciValues';

export const CI_SERVER_DOCS: RealWorldDoc[] = [
  ciDoc(
    'srv-drone-compose',
    ['config-syntax', 'precision'],
    'ops/drone/docker-compose.yml',
    (k) => `services:
  drone:
    image: drone/drone:2.20
    ports: ["443:443", "80:80"]
    volumes: ["/var/lib/drone:/data"]
    environment:
      DRONE_GITEA_SERVER: https://git.tessera.shop
      DRONE_GITEA_CLIENT_ID: ${k.n(k.g.uuid())}
      DRONE_GITEA_CLIENT_SECRET: ${k.prov('Gitea OAuth client secret', `gto_${k.g.chars('abcdefghijklmnopqrstuvwxyz234567', 52)}`)}
      DRONE_RPC_SECRET: ${k.hex(32)}
      DRONE_SERVER_HOST: drone.tessera.shop
      DRONE_SERVER_PROTO: https
      DRONE_DATABASE_DRIVER: postgres
      DRONE_DATABASE_DATASOURCE: postgres://drone:${k.cs()}@pg:5432/drone?sslmode=disable
      DRONE_DATABASE_SECRET: ${k.hex(64)}
      DRONE_USER_CREATE: username:tessera-admin,admin:true
  drone-runner:
    image: drone/drone-runner-docker:1.8
    volumes: ["/var/run/docker.sock:/var/run/docker.sock"]
    environment:
      DRONE_RPC_PROTO: https
      DRONE_RPC_HOST: drone.tessera.shop
      DRONE_RPC_SECRET: ${k.n('${DRONE_RPC_SECRET}')}
      DRONE_RUNNER_CAPACITY: 4
      DRONE_RUNNER_NAME: \${HOSTNAME}
  pg:
    image: postgres:15
    environment:
      POSTGRES_USER: drone
      POSTGRES_PASSWORD: ${k.hpw()}
`,
  ),

  ciDoc(
    'srv-woodpecker-env',
    ['config-syntax', 'precision'],
    'ops/woodpecker/woodpecker.env',
    (k) => `WOODPECKER_HOST=https://ci.orbitly.io
WOODPECKER_OPEN=false
WOODPECKER_ADMIN=orbitly-admin
WOODPECKER_GITHUB=true
WOODPECKER_GITHUB_CLIENT=${k.n('Iv1.' + k.g.hex(16))}
WOODPECKER_GITHUB_SECRET=${k.hex(40)}
WOODPECKER_AGENT_SECRET=${k.hex(64)}
WOODPECKER_DATABASE_DRIVER=postgres
WOODPECKER_DATABASE_DATASOURCE=postgres://woodpecker:${k.cs()}@db.internal:5432/woodpecker?sslmode=require
WOODPECKER_LOG_LEVEL=info
# prometheus scrape
WOODPECKER_PROMETHEUS_AUTH_TOKEN=${k.tok()}
`,
  ),

  ciDoc(
    'srv-concourse-fly-credentials',
    ['config-syntax', 'command-line', 'precision'],
    'ci/concourse/credentials.yml',
    (k) => `# fly -t main set-pipeline -p orders -c pipeline.yml -l credentials.yml
# (credentials.yml was meant to stay on the ops laptop)
git-private-key: |
  ${k.key(V.openssh(k.g)).split('\n').join('\n  ')}
registry-username: concourse
registry-password: ${k.gpw()}
s3-access-key-id: ${k.u(V.awsId(k.g))}
s3-secret-access-key: ${k.prov('AWS secret access key', V.awsSecret(k.g))}
slack-webhook: ${k.prov('Slack incoming webhook', V.slackHook(k.g))}
cf-password: ${k.hpw()}
github-access-token: ${k.prov('GitHub personal access token', V.ghPat(k.g))}
semver-initial: 1.0.0
`,
  ),

  ciDoc(
    'srv-atlantis-and-argocd',
    ['config-syntax', 'precision'],
    'ops/gitops/values-atlantis-argocd.yaml',
    (k) => `atlantis:
  orgAllowlist: github.com/vantage/*
  github:
    user: vantage-atlantis
    token: ${k.prov('GitHub personal access token', V.ghPat(k.g))}
    secret: ${k.tok()}
  basicAuth:
    username: atlantis
    password: ${k.hpw()}
  aws:
    credentials: |
      [default]
      aws_access_key_id=${k.u(V.awsId(k.g))}
      aws_secret_access_key=${k.prov('AWS secret access key', V.awsSecret(k.g))}

argo-cd:
  configs:
    secret:
      githubSecret: ${k.tok()}
      gitlabSecret: ${k.tok()}
      argocdServerAdminPassword: ${k.n(V.bcrypt(k.g))}
      argocdServerAdminPasswordMtime: "2026-01-12T10:11:12Z"
    repositories:
      charts:
        url: https://harbor.vantage.io/chartrepo/platform
        type: helm
        username: robot$argocd
        password: ${k.s('token', k.g.alnum(32))}
`,
  ),

  ciDoc(
    'srv-github-webhook-export',
    ['logs-and-output', 'http-auth', 'precision'],
    'ops/hooks/github-hooks-export.json',
    (k) => `[
  {
    "type": "Repository",
    "id": ${k.n(k.g.digits(9))},
    "name": "web",
    "active": true,
    "events": ["push", "pull_request"],
    "config": {
      "content_type": "json",
      "insecure_ssl": "0",
      "secret": "${k.n('********')}",
      "url": "https://jenkins.quanto.io/github-webhook/"
    },
    "last_response": { "code": 200, "status": "active", "message": "OK" }
  },
  {
    "type": "Repository",
    "id": ${k.n(k.g.digits(9))},
    "name": "web",
    "active": true,
    "events": ["workflow_run"],
    "config": {
      "content_type": "json",
      "url": "https://jenkins.quanto.io/generic-webhook-trigger/invoke?token=${k.http(k.g.alnum(32))}"
    }
  }
]

--- delivery ${k.n(k.g.uuid())} ---
POST /github-webhook/ HTTP/1.1
Host: jenkins.quanto.io
X-GitHub-Delivery: ${k.n(k.g.uuid())}
X-GitHub-Event: push
X-GitHub-Hook-ID: ${k.n(k.g.digits(9))}
X-Hub-Signature: sha1=${k.n(V.sha1(k.g))}
X-Hub-Signature-256: sha256=${k.n(V.sha256(k.g))}
Content-Type: application/json
`,
  ),

  ciDoc(
    'srv-e2e-grid-keys',
    ['config-syntax', 'code', 'precision'],
    'e2e/wdio.ci.conf.ts',
    (k) => `import type { Options } from '@wdio/types';

// CI-only config; locally use wdio.conf.ts with chromedriver.
export const config: Options.Testrunner = {
  user: process.env.BROWSERSTACK_USERNAME ?? 'orbitlyqa1',
  key: process.env.BROWSERSTACK_ACCESS_KEY ?? '${k.s('token', k.g.alnum(20))}',
  services: [
    ['browserstack', { browserstackLocal: true, opts: { forcelocal: false } }],
    ['@percy/wdio', { token: '${k.s('token', k.g.hex(64))}' }],
  ],
  capabilities: [{ browserName: 'chrome', 'bstack:options': { os: 'Windows', osVersion: '11', buildName: process.env.GITHUB_RUN_ID } }],
  baseUrl: 'https://staging.orbitly.io',
  // Sauce fallback, kept for the Safari matrix
  // sauceUser: 'orbitly-ci', sauceKey: '${k.s('token', k.g.uuid())}',
  mochaOpts: { timeout: 120000 },
};

export const applitools = {
  apiKey: '${k.s('token', k.g.alnum(40))}',
  appName: 'Orbitly Web',
  batchId: '${k.n(k.g.uuid())}',
};

export const loginAs = { email: 'qa+ci@orbitly.io', password: '${k.hpw()}' };
`,
  ),

  ciDoc(
    'srv-teamcity-agent-props',
    ['config-syntax', 'credential-file', 'precision'],
    'ops/teamcity/buildAgent.properties',
    (k) => `## TeamCity build agent configuration
serverUrl=https://teamcity.vantage.io
name=agent-linux-03
workDir=../work
tempDir=../temp
systemDir=../system
authorizationToken=${k.hex(32)}
ownPort=9090

## custom parameters available to builds
env.DOCKER_REGISTRY=cr.vantage.io
env.DOCKER_PASSWORD=${k.gpw()}
env.NUGET_API_KEY=${k.prov('NuGet API key', `oy2${k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 43)}`)}
system.teamcity.build.checkoutDir.expireHours=never
`,
  ),
  ciDoc(
    'srv-env-ci-e2e-keys',
    ['config-syntax', 'precision'],
    'web/.env.ci',
    (k) => `# .env for the e2e job (copied into the container by the "e2e" step)
NEXT_PUBLIC_API_URL=https://api.staging.orbitly.io
NEXT_PUBLIC_ALGOLIA_APP_ID=${k.n(k.g.upper(10))}
NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=${k.n(k.g.hex(32))}
ALGOLIA_ADMIN_KEY=${k.hex(32)}
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=${k.n('6L' + k.g.base64url(38))}
RECAPTCHA_SECRET_KEY=${k.s('token', '6L' + k.g.base64url(38))}
ROLLBAR_SERVER_TOKEN=${k.hex(32)}
NEXT_PUBLIC_ROLLBAR_CLIENT_TOKEN=${k.n(k.g.hex(32))}
BUGSNAG_API_KEY=${k.hex(32)}
NEXTAUTH_SECRET=${k.s('token', k.g.base64(44))}
NEXTAUTH_URL=http://localhost:3000
E2E_USER_PASSWORD=${k.hpw()}
NEXT_PUBLIC_BUILD_ID=${k.n(V.sha1(k.g))}
`,
  ),

  ciDoc(
    'gha-third-party-action-inputs',
    ['config-syntax', 'precision'],
    '.github/workflows/checks.yml',
    (k) => `name: checks
on: [pull_request]
jobs:
  checks:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: SonarSource/sonarcloud-github-action@${k.n(V.sha1(k.g))}
        env:
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
          SONAR_TOKEN: ${k.s('token', k.g.hex(40))}
      - uses: snyk/actions/node@master
        env:
          SNYK_TOKEN: ${k.s('token', k.g.uuid())}
      - uses: gitleaks/gitleaks-action@v2
        env:
          GITLEAKS_LICENSE: ${k.n('${{ secrets.GITLEAKS_LICENSE }}')}
      - uses: DataDog/junit-upload-github-action@v1
        with:
          api-key: ${k.n('${{ secrets.DD_API_KEY }}')}
          service: web
      - uses: bugsnag/bugsnag-sourcemaps-action@v1
        with:
          apiKey: ${k.hex(32)}
      - uses: lhci/lighthouse-ci-action@v11
        with:
          serverToken: ${k.tok()}
          uploadUrl: https://lhci.orbitly.io
`,
  ),
];
