// Classes found while tuning on rw-dev15's CI part (CI/CD platforms and build output): CI secrets set from a shell,
// Terraform state, Jenkins job parameters and init scripts, `{ "value": … }` objects under an outer `name`, `set -x`
// traces of a secret read, and the look-alikes of CI files and logs (TeamCity and Octopus references, cache keys,
// password-manager entries, client-side Rollbar tokens, base64 of a template, job logs read as notes). Values are generated.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xc1_2015);
const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'ci/notes.txt');

const human = () => `${g.pick(['Kontor', 'Harbor', 'Bereitstellung', 'Falcon'])}${g.digits(4)}${g.pick(['!', '#', '.'])}`;

describe('dev15 CI classes', () => {
  it('finds values given to CI tools that store or use a secret (glab, az pipelines, pulumi, circleci, cypress)', () => {
    assertFinds(
      [
        (v) => `glab variable set PARTNER_API_KEY ${v} --masked --protected -R kairos/orders\n`,
        (v) => `circleci context store-secret github acme aws-prod DATADOG_APP_KEY <<< ${v}\n`,
        (v) => `npx cypress run --record --key ${v} --parallel --ci-build-id $CI_PIPELINE_ID\n`,
      ],
      () => g.alnum(32),
      'ops/notes/history.txt',
    );
    assertFinds(
      [(v) => `az pipelines variable create --name DbAdminPassword --value '${v}' --secret true --pipeline-name web-CI\n`, (v) => `$ pulumi config set --secret billing:dbPassword '${v}'\n`],
      human,
      'logs/deploy.txt',
    );
    assertQuiet(['glab variable set AWS_REGION eu-central-1\n', 'pulumi config set --secret dbPassword "$DB_PASSWORD"\n', 'npx cypress run --record --key "$CYPRESS_RECORD_KEY"\n'], 'ops/notes/history.txt');
  });

  it("finds a random_password's result in Terraform state pasted into a post-mortem", () => {
    assertFinds(
      [(v) => '```json\n{\n  "type": "random_password",\n  "name": "db",\n  "instances": [{ "attributes": { "id": "none", "length": 24, "result": "' + v + '", "special": true } }]\n}\n```\n'],
      () => g.alnum(24),
      'docs/postmortems/state.md',
    );
  });

  it('finds Jenkins job parameters, init-script accounts and Groovy header maps, and a value object under an outer name', () => {
    assertFinds(
      [(v) => `<hudson.model.StringParameterDefinition>\n  <name>SFTP_PASSWORD</name>\n  <defaultValue>${v}</defaultValue>\n</hudson.model.StringParameterDefinition>\n`],
      human,
      'jenkins_home/jobs/export/config.xml',
    );
    assertFinds([(v) => `hudsonRealm.createAccount('readonly', '${v}')\n`], human, 'jenkins/init.groovy.d/01-admin.groovy');
    assertFinds([(v) => `httpRequest url: u, customHeaders: [[name: 'X-Hook-Secret', value: '${v}', maskValue: true]]\n`], () => g.hex(40), 'ci/Jenkinsfile');
    assertFinds(
      [(v) => `{\n  "environments": [\n    {\n      "name": "Production",\n      "variables": {\n        "WebDeployPassword": { "value": "${v}" }\n      }\n    }\n  ]\n}\n`],
      human,
      'exports/release.json',
    );
    assertFinds([(v) => `security:\n  oauth2:\n    client:\n      clientSecret: ${v}\n`], () => g.hex(40), 'spinnaker/.hal/config');
  });

  it('finds a secret a set -x trace prints after reading it', () => {
    assertFinds([(v) => `+ vault kv get -field=password secret/orders/prod/rabbitmq\n${v}\n+ echo done\n`], human, 'logs/job.log');
  });

  it('leaves CI look-alikes alone', () => {
    assertQuiet(['gradleParams = "-PsigningPassword=%env.SIGNING_PASSWORD% -PartifactoryPassword=%env.ARTIFACTORY_PASSWORD%"\n'], '.teamcity/settings.kts');
    assertQuiet(['| ConnectionStrings:Ledger | `Server=sql-stg;Database=ledger;User Id=app;Password=#{LedgerDbPassword};` | Staging |\n'], 'deploy/octopus/README.md');
    assertQuiet(
      [`2026-11-28T09:14:20.0102011Z ##[group]Run actions/cache@v4\n2026-11-28T09:14:20.0102011Z with:\n2026-11-28T09:14:20.0102011Z   key: pip-Linux-x64-${g.hex(64)}\n`],
      'logs/actions-run/3_Build.txt',
    );
    assertQuiet(['| PROD_BASIC_AUTH | see 1Password "prod basic auth" |\n'], 'docs/runbooks/rotate.md');
    assertQuiet(['- 新パスワード: パスワード管理ツールの「CI builder」を参照してください\n'], 'tickets/CI-207.md');
    assertQuiet([`NEXT_PUBLIC_ROLLBAR_CLIENT_TOKEN=${g.hex(32)}\n`], 'web/.env.ci');
    assertQuiet([`apiVersion: v1\nkind: Secret\ndata:\n  secretToken: ${btoa('$(params.webhookSecret)')}\n  password: ${btoa('${DB_PASSWORD}')}\n`], 'tekton/secret.yaml');
    assertQuiet(['Run aws sts get-caller-identity\nLogin Succeeded\nRun docker push\nLogin Succeeded\n'], 'logs/oidc-debug.txt');
  });
});
