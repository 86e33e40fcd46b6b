// Command lines around CI: setting CI secrets from a shell (gh, glab, drone, circleci, az, travis), deploy CLIs
// with --token flags run inside jobs (vercel, netlify, firebase, cypress, chromatic, heroku, pulumi), database
// migration tools and Helm/kubectl one-liners in job scripts.
import type { RealWorldDoc } from '../types';
import { ciDoc, V } from './ciValues';

export const CI_COMMAND_DOCS: RealWorldDoc[] = [
  ciDoc(
    'cmd-history-setting-ci-secrets',
    ['command-line', 'precision'],
    'ops/notes/ci-secrets-history.txt',
    (k) => `  501  gh secret list --repo orbitly/api
  502  gh secret set SENTRY_AUTH_TOKEN --repo orbitly/api --body "${k.prov('Sentry user auth token', V.sentryUser(k.g))}"
  503  gh secret set DEPLOY_WEBHOOK_SECRET --repo orbitly/api --body ${k.tok()}
  504  gh secret set STAGING_DB_PASSWORD --env staging --body '${k.hpw()}'
  505  gh secret set KUBECONFIG < ~/.kube/staging.yaml
  506  gh variable set AWS_REGION --body eu-central-1
  507  glab variable set PARTNER_API_KEY ${k.s('token', k.g.alnum(32))} --masked --protected -R kairos/orders
  508  glab variable set SMTP_PASSWORD --value '${k.gpw()}' --masked -R kairos/orders
  509  drone secret add --repository orbitly/web --name docker_password --data ${k.spw()}
  510  drone secret add --repository orbitly/web --name ssh_key --data @/home/ops/.ssh/deploy_ed25519
  511  circleci context store-secret bluefin aws-prod DATADOG_APP_KEY <<< ${k.prov('Datadog application key', V.datadogApp(k.g))}
  512  az pipelines variable create --name DbAdminPassword --value '${k.hpw()}' --secret true --pipeline-name web-CI --org https://dev.azure.com/helix --project web
  513  travis encrypt SLACK_TOKEN=${k.s('token', k.g.alnum(24))} --add notifications.slack.rooms --com
  514  history | grep secret
`,
  ),

  ciDoc(
    'cmd-deploy-cli-tokens-in-jobs',
    ['command-line', 'config-syntax', 'precision'],
    '.gitlab/ci/frontend-deploy.yml',
    (k) => `preview:
  stage: deploy
  image: node:20
  script:
    - npm ci && npm run build
    - npx vercel deploy --prebuilt --token ${k.s('token', k.g.alnum(24))} --scope orbitly > url.txt
    - npx netlify-cli deploy --dir=dist --site ${k.n(k.g.uuid())} --auth ${k.prov('Netlify personal access token', V.netlify(k.g))}
    - npx firebase-tools deploy --only hosting:preview --project orbitly-web --token "${k.prov('Google OAuth refresh token', `1//0${k.g.base64url(98)}`)}"
    - npx cypress run --record --key ${k.s('token', k.g.uuid())} --parallel --ci-build-id $CI_PIPELINE_ID
    - npx chromatic --project-token=${k.prov('Chromatic project token', `chpt_${k.g.hex(14)}`)} --exit-zero-on-changes
  environment:
    name: review/$CI_COMMIT_REF_SLUG
    url: https://$CI_COMMIT_REF_SLUG.preview.orbitly.io
`,
  ),

  ciDoc(
    'cmd-heroku-pulumi-job',
    ['command-line', 'logs-and-output', 'precision'],
    'logs/heroku-pulumi-deploy.txt',
    (k) => `$ heroku container:login
Login Succeeded
$ HEROKU_API_KEY=${k.prov('Heroku API key', V.herokuKey(k.g))} heroku config:set -a billing-prod DATABASE_PASSWORD=${k.hpw()} LOG_LEVEL=info
Setting DATABASE_PASSWORD, LOG_LEVEL and restarting ⬢ billing-prod... done, v${k.n(k.g.digits(3))}
DATABASE_PASSWORD: ${k.n('********')}
LOG_LEVEL:         info
$ export PULUMI_ACCESS_TOKEN=${k.prov('Pulumi access token', V.pulumi(k.g))}
$ pulumi stack select orbitly/billing/prod
$ pulumi config set --secret billing:stripeKey ${k.prov('Stripe secret key', `sk_live_${k.g.alnum(99)}`)}
$ pulumi config set --secret billing:dbPassword '${k.gpw()}'
$ pulumi config
KEY                 VALUE
billing:dbPassword  [secret]
billing:stripeKey   [secret]
billing:region      eu-west-1
$ pulumi up --yes --skip-preview
Updating (prod)
View in Browser (Ctrl+O): https://app.pulumi.com/orbitly/billing/prod/updates/${k.n(k.g.digits(3))}
`,
  ),

  ciDoc(
    'cmd-db-migrations-in-pipeline',
    ['command-line', 'config-syntax', 'precision'],
    'ci/migrate.sh',
    (k) => `#!/usr/bin/env bash
# Called by the "migrate" stage of every service pipeline.
set -euo pipefail
case "$1" in
  flyway)
    flyway -url=jdbc:postgresql://pg-prod.quanto.io:5432/ledger -user=ledger_owner -password=${k.hpw()} -locations=filesystem:db/migration migrate
    ;;
  liquibase)
    liquibase --url="jdbc:mysql://mysql-prod.quanto.io:3306/orders" --username=orders_owner --password='${k.gpw()}' --changelog-file=db/changelog.xml update
    ;;
  alembic)
    SQLALCHEMY_URL="postgresql://reports:${k.cs()}@pg-prod.quanto.io/reports" alembic upgrade head
    ;;
  mongo)
    mongosh "mongodb+srv://migrator:${k.cs()}@cluster0.${k.n(k.g.lower(5))}.mongodb.net/app" --file db/migrate.js
    ;;
  *)
    echo "unknown tool: $1 (password from \${MIGRATION_PASSWORD:-unset})" >&2; exit 2
    ;;
esac
`,
  ),

  ciDoc(
    'cmd-helm-kubectl-oneliners',
    ['command-line', 'precision'],
    'ci/k8s-bootstrap.sh',
    (k) => `#!/bin/sh
# bootstrap a review namespace (runs in the "review" job)
NS="review-$CI_COMMIT_REF_SLUG"
kubectl create namespace "$NS" --dry-run=client -o yaml | kubectl apply -f -
kubectl -n "$NS" create secret generic app-db --from-literal=username=app --from-literal=password=${k.hpw()} --dry-run=client -o yaml | kubectl apply -f -
kubectl -n "$NS" create secret generic app-keys --from-literal=JWT_SECRET=${k.tok()} --from-literal=ENCRYPTION_KEY=${k.s('token', k.g.base64(44))} --dry-run=client -o yaml | kubectl apply -f -
kubectl -n "$NS" create secret docker-registry harbor --docker-server=harbor.quanto.io --docker-username='robot$review' --docker-password=${k.s('token', k.g.alnum(32))}
helm registry login harbor.quanto.io --username 'robot$charts' --password ${k.s('token', k.g.alnum(32))}
helm repo add bitnami https://charts.bitnami.com/bitnami
helm upgrade --install redis bitnami/redis -n "$NS" --set auth.password=${k.gpw()} --set architecture=standalone
helm upgrade --install app oci://harbor.quanto.io/charts/app --version 3.2.1 -n "$NS" --set image.tag="$CI_COMMIT_SHORT_SHA"
`,
  ),

  ciDoc(
    'cmd-ansible-from-jenkins',
    ['command-line', 'code', 'precision'],
    'ci/Jenkinsfile.ansible',
    (k) => `pipeline {
  agent { label 'ansible' }
  parameters {
    choice(name: 'INVENTORY', choices: ['staging', 'prod'])
  }
  stages {
    stage('Play') {
      steps {
        sh """
          ansible-playbook -i inventories/\${params.INVENTORY} site.yml \\
            --extra-vars "mysql_root_password=${k.hpw()} app_secret_key=${k.tok()}" \\
            --vault-password-file /etc/ansible/.vault_pass -u deploy
        """
        sh "ansible all -i inventories/\${params.INVENTORY} -m ping -e ansible_password=${k.spw()} -e ansible_become_pass=${k.n('{{ vault_become_pass }}')}"
      }
    }
  }
}
`,
  ),

  ciDoc(
    'cmd-gpg-signing-release',
    ['command-line', 'logs-and-output', 'precision'],
    'logs/maven-central-release.txt',
    (k) => `+ echo "$GPG_PRIVATE_KEY" | gpg --batch --import
gpg: key ${k.n(k.g.hex(16).toUpperCase())}: secret key imported
gpg: Total number processed: 1
gpg:       secret keys read: 1
+ mvn -B -P release deploy -Dgpg.passphrase=${k.phrase()} -Dgpg.keyname=${k.n(k.g.hex(16).toUpperCase())} -DskipTests
[INFO] --- maven-gpg-plugin:3.1.0:sign (sign-artifacts) @ kraken-core ---
[INFO] Signing 4 files with ${k.n(k.g.hex(16).toUpperCase())} secret key.
[INFO] --- nexus-staging-maven-plugin:1.6.13:deploy (injected-nexus-deploy) @ kraken-core ---
[INFO]  * Remote staging repositories created: comkraken-${k.n(k.g.digits(4))}
+ ./gradlew publishToSonatype closeAndReleaseSonatypeStagingRepository -PsonatypeUsername=${k.n(k.g.alnum(8))} -PsonatypePassword=${k.s('token', k.g.base64(44))} -Psigning.password=${k.hpw()}
BUILD SUCCESSFUL in 2m 31s
`,
  ),

  ciDoc(
    'cmd-fastlane-ios-ci',
    ['command-line', 'config-syntax', 'precision'],
    'ios/fastlane/.env.ci',
    (k) => `# loaded by "bundle exec fastlane ios beta --env ci" in the Bitrise / GitHub macOS job
MATCH_GIT_URL=git@github.com:orbitly/certificates.git
MATCH_PASSWORD=${k.phrase()}
MATCH_KEYCHAIN_PASSWORD=${k.hpw()}
FASTLANE_USER=ci@orbitly.io
FASTLANE_PASSWORD=${k.hpw()}
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=${k.s('password', `${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}-${k.g.lower(4)}`)}
APP_STORE_CONNECT_API_KEY_KEY_ID=${k.n(k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10))}
APP_STORE_CONNECT_API_KEY_ISSUER_ID=${k.n(k.g.uuid())}
APP_STORE_CONNECT_API_KEY_KEY_FILEPATH=./AuthKey.p8
FIREBASE_APP_ID=1:${k.n(k.g.digits(12))}:ios:${k.n(k.g.hex(16))}
FIREBASE_CLI_TOKEN=${k.prov('Google OAuth refresh token', `1//0${k.g.base64url(98)}`)}
SLACK_URL=${k.prov('Slack incoming webhook', V.slackHook(k.g))}
`,
  ),

  ciDoc(
    'cmd-sonar-scanner-and-snyk',
    ['command-line', 'logs-and-output', 'precision'],
    'logs/quality-stage.txt',
    (k) => `+ sonar-scanner -Dsonar.projectKey=orders -Dsonar.sources=src -Dsonar.host.url=https://sonar.nordlicht.de -Dsonar.login=${k.s('token', k.g.hex(40))}
INFO: Scanner configuration file: /opt/sonar-scanner/conf/sonar-scanner.properties
INFO: SonarScanner 5.0.1.3006
INFO: Analysis report uploaded in 211ms
INFO: ANALYSIS SUCCESSFUL, you can find the results at: https://sonar.nordlicht.de/dashboard?id=orders
INFO: More about the report processing at https://sonar.nordlicht.de/api/ce/task?id=${k.n(k.g.alnum(20))}
+ snyk auth ${k.s('token', k.g.uuid())}
Your account has been authenticated. Snyk is now ready to be used.
+ snyk test --severity-threshold=high --json > snyk.json || true
+ trivy image --username ci --password ${k.spw()} harbor.nordlicht.de/orders/api:${k.n(V.short(k.g))}
2026-12-02T08:11:42.120Z	INFO	Vulnerability scanning is enabled
Total: 0 (HIGH: 0, CRITICAL: 0)
`,
  ),
];
