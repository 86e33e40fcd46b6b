// Secrets set or passed by CI/CD tools' own command lines (found while tuning on rw-dev15's CI part): a CI variable
// stored from a shell (`glab variable set NAME X`, `az pipelines variable create --name NAME … --value X`,
// `circleci context store-secret … <<< X`), a Pulumi config secret (`pulumi config set --secret KEY X`) and a
// Cypress Dashboard record key (`cypress run --record --key X`). The command's own words say the value is a
// secret; a variable name must also say so where the tool stores plain settings the same way.
import type { ExampleGen, Rule } from '../types';
import { positionalRule } from './cliRuleBuilder';
import { humanPassword } from './humanPasswords';

/** A variable name that says it holds a secret (`DB_PASSWORD`, `partnerApiKey`), case-insensitive. */
const SECRET_NAME = `["']?[\\w.-]{0,40}(?:password|passwd|pwd|pass|secret|token|apikey|api_key|key|credentials?)[\\w.-]{0,40}["']?`;

const name = (g: ExampleGen) => g.pick(['PARTNER_API_KEY', 'SMTP_PASSWORD', 'DEPLOY_TOKEN', 'WEBHOOK_SECRET']);

export const ciSecretCommandRules: Rule[] = [
  positionalRule({
    id: 'cli-glab-variable-set-value',
    description: 'Secret given as the value of a GitLab CI/CD variable set from the command line (glab variable set|update NAME X, --value X)',
    envName: 'CI_VARIABLE_VALUE',
    docsUrl: 'https://gitlab.com/gitlab-org/cli/-/blob/main/docs/source/variable/set.md',
    keywords: ['glab variable'],
    ignoreCase: true,
    lead: `glab[ \\t]{1,4}variable[ \\t]{1,4}(?:set|update)[ \\t]{1,4}${SECRET_NAME}[ \\t]{1,4}(?:(?:-v|--value)(?:[ \\t]{1,4}|=))?`,
    kind: 'token',
    positives: (g) => [`glab variable set ${name(g)} ${g.s(g.alnum(32))} --masked -R group/project`, `glab variable update SMTP_PASSWORD --value '${g.s(g.alnum(20))}' --masked`],
    negatives: (g) => ['glab variable set AWS_REGION eu-central-1', 'glab variable set DEPLOY_TOKEN "$DEPLOY_TOKEN" --masked', `glab variable set DEPLOY_TOKEN < token.txt`, `glab variable list ${g.alnum(8)}`],
  }),
  positionalRule({
    id: 'cli-az-pipelines-variable-value',
    description: 'Secret given as the value of an Azure Pipelines variable created from the command line (az pipelines variable create|update --name NAME … --value X)',
    envName: 'PIPELINE_VARIABLE_VALUE',
    docsUrl: 'https://learn.microsoft.com/en-us/cli/azure/pipelines/variable',
    keywords: ['pipelines variable'],
    ignoreCase: true,
    lead: `az[ \\t]{1,4}pipelines[ \\t]{1,4}variable(?:-group[ \\t]{1,4}variable)?[ \\t]{1,4}(?:create|update)[ \\t](?:[^\\n|;&]{0,160}?[ \\t])?--name[ \\t]{1,4}${SECRET_NAME}[ \\t]{1,4}(?:--secret[ \\t]{1,4}true[ \\t]{1,4})?--value[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [
      `az pipelines variable create --name DbAdminPassword --value '${g.s(humanPassword(g))}' --secret true --pipeline-name web-CI`,
      `az pipelines variable-group variable create --group-id 12 --name apiToken --secret true --value ${g.s(g.alnum(24))}`,
    ],
    negatives: () => [
      'az pipelines variable create --name buildConfiguration --value Release --pipeline-name web-CI',
      'az pipelines variable create --name DbAdminPassword --value "$(DbPassword)" --secret true',
      'az pipelines variable list --pipeline-name web-CI',
    ],
  }),
  positionalRule({
    id: 'cli-pulumi-config-secret',
    description: 'Secret given in clear to pulumi config set --secret KEY X (encrypted into the stack file, but written on the command line)',
    envName: 'PULUMI_CONFIG_SECRET',
    docsUrl: 'https://www.pulumi.com/docs/concepts/secrets/',
    keywords: ['pulumi config'],
    lead: `pulumi[ \\t]{1,4}config[ \\t]{1,4}set[ \\t]{1,4}--secret[ \\t]{1,4}(?:--path[ \\t]{1,4})?["']?[\\w.:\\[\\]-]{1,100}["']?[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`pulumi config set --secret billing:dbPassword '${g.s(humanPassword(g))}'`, `pulumi config set --secret apiKey ${g.s(g.hex(32))}`],
    negatives: () => ['pulumi config set --secret billing:dbPassword "$DB_PASSWORD"', 'pulumi config set --secret dbPassword < pw.txt', 'pulumi config set aws:region eu-west-1'],
  }),
  positionalRule({
    id: 'cli-circleci-context-secret',
    description: 'Secret fed to circleci context store-secret through a here-string (<<< X)',
    envName: 'CIRCLECI_CONTEXT_SECRET',
    docsUrl: 'https://circleci-public.github.io/circleci-cli/circleci_context_store-secret.html',
    keywords: ['store-secret'],
    lead: `circleci[ \\t]{1,4}context[ \\t]{1,4}store-secret[ \\t][^\\n<|;&]{1,200}<<<[ \\t]{0,4}`,
    kind: 'token',
    positives: (g) => [`circleci context store-secret github acme aws-prod DATADOG_APP_KEY <<< ${g.s(g.hex(40))}`, `circleci context store-secret acme deploy NPM_TOKEN <<< '${g.s(g.alnum(36))}'`],
    negatives: () => ['circleci context store-secret acme deploy NPM_TOKEN <<< "$NPM_TOKEN"', 'circleci context store-secret acme deploy NPM_TOKEN < token.txt', 'circleci context list github acme'],
  }),
  positionalRule({
    id: 'cli-cypress-record-key',
    description: 'Cypress Cloud record key given to cypress run --record --key (instead of CYPRESS_RECORD_KEY)',
    envName: 'CYPRESS_RECORD_KEY',
    docsUrl: 'https://docs.cypress.io/guides/cloud/account-management/projects#Record-key',
    keywords: ['cypress run'],
    lead: `cypress[ \\t]{1,4}run[ \\t](?:[^\\n|;&]{0,200}?[ \\t])?--key(?:[ \\t]{1,4}|=)`,
    kind: 'token',
    positives: (g) => [`npx cypress run --record --key ${g.s(g.uuid())} --parallel`, `cypress run --browser chrome --record --key=${g.s(g.uuid())}`],
    negatives: () => ['npx cypress run --record --key "$CYPRESS_RECORD_KEY"', 'cypress run --record --key ${{ secrets.CYPRESS_RECORD_KEY }}', 'cypress run --spec cypress/e2e/key.cy.ts'],
  }),
];
