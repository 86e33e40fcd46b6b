// Marketing engineering operations: CI files, Dockerfiles, shell history, cron jobs, build logs and deploy output
// of landing pages, tracking servers and sync jobs, beside secret references, digests and image hashes.
import type { RealWorldDoc } from '../types';
import { mDoc, V } from './martechValues';

export const MARTECH_OPS_DOCS: RealWorldDoc[] = [
  mDoc(
    'martech-gha-sync-workflow',
    ['config-syntax', 'precision'],
    '.github/workflows/crm-sync.yml',
    (k) => `name: CRM nightly sync
on:
  schedule: [{ cron: '0 2 * * *' }]
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      HUBSPOT_TOKEN: ${k.n('${{ secrets.HUBSPOT_TOKEN }}')}
      SF_CLIENT_SECRET: ${k.n('${{ secrets.SF_CLIENT_SECRET }}')}
      KLAVIYO_KEY: ${k.prov('Klaviyo', V.klaviyo(k.g))}
    steps:
      - uses: actions/checkout@${k.n(V.sha1(k.g))}
      - uses: actions/setup-python@v5
        with: { python-version: '3.12' }
      - run: pip install -r requirements.txt
      - run: python sync.py --since 24h
`,
  ),
  mDoc(
    'martech-dockerfile-tracking-server',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'tracking-server/Dockerfile',
    (k) => `FROM node:20-alpine@sha256:${k.n(V.sha256(k.g))}
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV NODE_ENV=production \\
    GA4_MEASUREMENT_ID=${k.n(V.ga4(k.g))} \\
    META_PIXEL_ID=${k.n(V.pixelId(k.g))} \\
    META_CAPI_TOKEN=${k.prov('Meta Conversions API', V.metaToken(k.g))} \\
    TIKTOK_EVENTS_TOKEN=${k.prov('TikTok Events API', V.tiktokToken(k.g))}
EXPOSE 8080
CMD ["node", "server.js"]
`,
  ),
  mDoc(
    'martech-growth-eng-bash-history',
    ['command-line', 'precision'],
    'home/growth/.bash_history',
    (k) => `cd ~/repos/landing-pages
git pull
npm run build
export MAILCHIMP_KEY=${k.prov('Mailchimp', V.mailchimp(k.g))}
node scripts/sync-audience.js --list ${k.n(k.g.hex(10))}
psql "postgresql://growth:${k.cs()}@analytics-db.internal:5432/growth" -c "select count(*) from signups"
mysql -h wp-db.internal -u wp_brand -p${k.spw()} brand_wp -e "select count(*) from wp_posts"
docker login registry.brand.example -u deploy -p ${k.gpw()}
history | grep curl
`,
  ),
  mDoc(
    'martech-gitlab-ci-landing',
    ['config-syntax', 'command-line', 'precision'],
    '.gitlab-ci.yml',
    (k) => `stages: [build, deploy]

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build
  artifacts: { paths: [dist/] }

deploy:
  stage: deploy
  image: alpine
  variables:
    FTP_HOST: ftp.agency-hosting.example
    FTP_USER: brand_landing
  script:
    - apk add lftp
    - lftp -u "$FTP_USER,${k.spw()}" -e "mirror -R dist/ /htdocs/spring; quit" $FTP_HOST
    - curl -X POST "https://api.cloudflare.com/client/v4/zones/${k.n(k.g.hex(32))}/purge_cache" -H "Authorization: Bearer ${k.s('http-auth', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 40))}" --data '{"purge_everything":true}'
  only: [main]
`,
  ),
  mDoc(
    'martech-crontab-sync-jobs',
    ['command-line', 'precision'],
    'ops/crontab.txt',
    (k) => `# m h dom mon dow command
15 2 * * * cd /opt/sync && SF_PASSWORD='${k.spw()}' /usr/bin/python3 sf_sync.py >> /var/log/sf_sync.log 2>&1
30 2 * * * /opt/sync/bin/pipedrive-export --token ${k.prov('Pipedrive', V.pipedrive(k.g))} --out /data/pd
0 6 * * 1 /opt/sync/bin/weekly-report --mailgun-key "$MAILGUN_KEY" --to team@brand.example
45 23 * * * find /data/exports -name '*.csv' -mtime +30 -delete
`,
  ),
  mDoc(
    'martech-deploy-output-log',
    ['logs-and-output', 'precision'],
    'logs/deploy-landing-2026-03-05.txt',
    (k) => `> landing@2.4.0 build
> astro build

14:02:11 [build] output target: static
14:02:11 [build] Collecting build info...
14:02:13 [vite] ✓ 128 modules transformed.
14:02:13 dist/_astro/index.${k.n(k.g.hex(8))}.js   41.20 kB │ gzip: 14.01 kB
14:02:13 dist/_astro/hoisted.${k.n(k.g.base64url(8))}.js  3.10 kB
14:02:14 [env] loaded PUBLIC_GTM_ID=${k.n(V.gtm(k.g))}
14:02:14 [env] loaded HUBSPOT_TOKEN=${k.n('pat-eu1-****')}
14:02:14 [env] loaded SENDGRID_API_KEY=${k.prov('SendGrid', V.sendgrid(k.g))}
14:02:20 [deploy] uploaded 212 files, release ${k.n(V.sha1(k.g).slice(0, 12))}
`,
  ),
  mDoc(
    'martech-k8s-secret-tracking',
    ['config-syntax', 'precision'],
    'k8s/tracking/secret.yaml',
    (k) => `apiVersion: v1
kind: Secret
metadata:
  name: tracking-secrets
  namespace: marketing
type: Opaque
stringData:
  SEGMENT_WRITE_KEY: ${k.prov('Segment', V.segmentWrite(k.g))}
  MIXPANEL_API_SECRET: ${k.prov('Mixpanel', V.mixpanelSecret(k.g))}
  REDIS_PASSWORD: ${k.pw()}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: tracking-config
  namespace: marketing
data:
  GA4_ID: ${k.n(V.ga4(k.g))}
  GTM_ID: ${k.n(V.gtm(k.g))}
`,
  ),
  mDoc(
    'martech-terraform-gtm-server',
    ['config-syntax', 'precision'],
    'infra/gtm-server/main.tf',
    (k) => `resource "google_cloud_run_v2_service" "sgtm" {
  name     = "sgtm"
  location = "europe-west3"
  template {
    containers {
      image = "gcr.io/cloud-tagging-10302018/gtm-cloud-image:stable"
      env {
        name  = "CONTAINER_CONFIG"
        value = "${k.n(k.g.base64(96))}"
      }
      env {
        name = "META_CAPI_TOKEN"
        value_source {
          secret_key_ref {
            secret  = google_secret_manager_secret.capi.secret_id
            version = "latest"
          }
        }
      }
    }
  }
}

resource "google_secret_manager_secret_version" "capi" {
  secret      = google_secret_manager_secret.capi.id
  secret_data = "${k.prov('Meta Conversions API', V.metaToken(k.g))}"
}
`,
  ),
  mDoc(
    'martech-sync-error-log-json',
    ['logs-and-output', 'http-auth', 'precision'],
    'logs/sync-worker.jsonl',
    (k) => `{"ts":"2026-03-06T02:00:03Z","level":"info","msg":"start","job":"hubspot-contacts","run":"${k.n(k.g.uuid())}"}
{"ts":"2026-03-06T02:00:05Z","level":"error","msg":"request failed","status":401,"request":{"method":"GET","url":"https://api.hubapi.com/crm/v3/objects/contacts","headers":{"authorization":"Bearer ${k.prov('HubSpot', V.hubspot(k.g))}"}}}
{"ts":"2026-03-06T02:00:05Z","level":"warn","msg":"retrying","attempt":2,"trace_id":"${k.n(k.g.hex(32))}"}
{"ts":"2026-03-06T02:00:09Z","level":"error","msg":"klaviyo import failed","headers":{"Authorization":"Klaviyo-API-Key ${k.n('pk_***')}"}}
{"ts":"2026-03-06T02:00:10Z","level":"info","msg":"session","cookie":"sessionid=${k.s('http-auth', k.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32))}"}
`,
  ),
  mDoc(
    'martech-docker-compose-mautic',
    ['config-syntax', 'defaults-in-code', 'precision'],
    'mautic/docker-compose.yml',
    (k) => `services:
  db:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD: ${k.pw()}
      MARIADB_DATABASE: mautic
      MARIADB_USER: mautic
      MARIADB_PASSWORD: ${k.pw()}
  mautic:
    image: mautic/mautic:5-apache
    environment:
      MAUTIC_DB_HOST: db
      MAUTIC_DB_USER: mautic
      MAUTIC_DB_PASSWORD: ${k.n('${MARIADB_PASSWORD}')}
      MAUTIC_TRUSTED_PROXIES: '["0.0.0.0/0"]'
    ports: ["8080:80"]
`,
  ),
  mDoc(
    'martech-npmrc-agency',
    ['credential-file', 'precision'],
    'agency-toolkit/.npmrc',
    (k) => `@agency:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${k.prov('GitHub', V.githubPat(k.g))}
//registry.npmjs.org/:_authToken=\${NPM_TOKEN}
fund=false
`,
  ),
  mDoc(
    'martech-jenkinsfile-dbt',
    ['code', 'config-syntax', 'precision'],
    'dbt/Jenkinsfile',
    (k) => `pipeline {
  agent { docker { image 'ghcr.io/dbt-labs/dbt-snowflake:1.8.0' } }
  environment {
    DBT_PROD_PASSWORD = credentials('snowflake-dbt-prod')
    SLACK_HOOK = '${k.prov('Slack webhook', V.slackHook(k.g))}'
  }
  stages {
    stage('run') {
      steps {
        sh 'dbt deps && dbt build --target prod'
      }
    }
  }
  post {
    failure { sh "curl -X POST -d '{\\"text\\":\\"dbt failed\\"}' $SLACK_HOOK" }
  }
}
`,
  ),
  mDoc(
    'martech-aws-cli-config-analytics',
    ['credential-file', 'precision'],
    'home/analyst/.aws/credentials',
    (k) => `[default]
region = eu-central-1

[marketing-data]
aws_access_key_id = ${k.u(V.awsId(k.g))}
aws_secret_access_key = ${k.prov('AWS', V.awsSecret(k.g))}

[readonly-example]
aws_access_key_id = ${k.n('AKIAIOSFODNN7EXAMPLE')}
aws_secret_access_key = ${k.n('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}
`,
  ),
  mDoc(
    'martech-ansible-vault-vars',
    ['config-syntax', 'precision'],
    'ansible/group_vars/marketing/vault.yml',
    (k) => `mautic_db_password: !vault |
  ${k.n(`$ANSIBLE_VAULT;1.1;AES256\n  ${k.g.hex(64)}\n  ${k.g.hex(64)}\n  ${k.g.hex(64)}`)}
mautic_admin_password: "{{ lookup('community.general.onepassword', 'Mautic admin') }}"
sendgrid_key: "{{ vault_sendgrid_key }}"
matomo_token_auth: ${k.s('token', k.g.hex(32))}
`,
  ),
];
