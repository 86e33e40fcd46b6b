import { hasCrc32Suffix } from '../validators/checksums';
import type { ExampleGen, Rule } from '../types';
import { contextRule, namedPart, tokenRule } from './ruleBuilders';
import { inContexts } from './exampleTexts';
import { isDataCenterToken } from '../validators/tokenStructure';

const GITLAB_TOKEN_DOCS = 'https://docs.gitlab.com/security/tokens/';

/** A Data Center token body: base64 of a 12-digit token id, `:` and 20 random bytes. */
export function dataCenterTokenBody(g: ExampleGen): string {
  const hex = g.hex(40);
  let bytes = '';
  for (let i = 0; i < 40; i += 2) bytes += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  return btoa(`${g.digits(12)}:${bytes}`);
}
const GITLAB_PAT_REVOKE = 'https://gitlab.com/-/user_settings/personal_access_tokens';

/** A GitLab token: a fixed prefix then a random body (the `glxx-` prefixes GitLab documents). */
function gitlab(id: string, prefix: string, body: string, description: string, envName: string, sample: (g: ExampleGen) => string, revocationUrl: string | null = GITLAB_PAT_REVOKE, revocationNote?: string): Rule {
  return tokenRule({ id, provider: 'GitLab', family: 'source-hosting', description, prefix, body, envName, docsUrl: GITLAB_TOKEN_DOCS, revocationUrl, ...(revocationNote ? { revocationNote } : {}), sample });
}

const GITHUB_REVOKE = 'https://github.com/settings/tokens';

function githubClassic(prefix: string, id: string, description: string, envName: string): Rule {
  return {
    id,
    provider: 'GitHub',
    family: 'source-hosting',
    priority: 'checksum',
    description,
    keywords: [prefix],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>${prefix}[A-Za-z0-9]{36})(?![A-Za-z0-9_])`),
    validate: (s) => hasCrc32Suffix(s, prefix.length),
    skipPlaceholderCheck: true,
    envName,
    maskPrefix: new RegExp(`^${prefix}`),
    docsUrl: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats',
    revocationUrl: GITHUB_REVOKE,
    examples: {
      positives: (g) => [...inContexts(g, g.crc32Token(prefix, 30), envName), `git clone https://x-access-token:${g.s(g.crc32Token(prefix, 30))}@github.com/o/r.git`],
      negatives: (g) => [
        `const t = "${prefix}${g.alnum(36)}";`, // wrong checksum: a random string of the right shape
        `const t = "${prefix}${g.alnum(20)}";`,
        `token = "${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"`,
      ],
    },
  };
}

export const sourceHostingRules: Rule[] = [
  githubClassic('ghp_', 'github-personal-access-token', 'GitHub personal access token (classic)', 'GITHUB_TOKEN'),
  githubClassic('gho_', 'github-oauth-token', 'GitHub OAuth access token', 'GITHUB_OAUTH_TOKEN'),
  githubClassic('ghu_', 'github-user-to-server-token', 'GitHub App user-to-server token', 'GITHUB_TOKEN'),
  githubClassic('ghs_', 'github-server-to-server-token', 'GitHub App installation token', 'GITHUB_TOKEN'),
  githubClassic('ghr_', 'github-refresh-token', 'GitHub App refresh token', 'GITHUB_REFRESH_TOKEN'),
  {
    id: 'github-fine-grained-token',
    provider: 'GitHub',
    family: 'source-hosting',
    priority: 'prefix',
    description: 'GitHub fine-grained personal access token',
    keywords: ['github_pat_'],
    pattern: /(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/,
    skipPlaceholderCheck: true,
    minEntropy: 4,
    envName: 'GITHUB_TOKEN',
    maskPrefix: /^github_pat_/,
    docsUrl: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens',
    revocationUrl: 'https://github.com/settings/personal-access-tokens',
    examples: {
      positives: (g) => inContexts(g, `github_pat_${g.alnum(22)}_${g.alnum(59)}`, 'GITHUB_TOKEN'),
      negatives: (g) => [`x = "github_pat_${g.alnum(22)}"`, `github_pat_${'A'.repeat(22)}_${'B'.repeat(59)}`],
    },
  },
  // GitLab: legacy bodies are 20 characters; routable tokens (GitLab 17+) end in `.<2 version><7 crc>`.
  gitlab('gitlab-personal-access-token', 'glpat-', '(?:[A-Za-z0-9_-]{27,300}\\.[0-9a-z]{9}|[A-Za-z0-9_-]{20})', 'GitLab personal / project / group access token', 'GITLAB_TOKEN', (g) => `glpat-${g.base64url(20)}`),
  gitlab('gitlab-deploy-token', 'gldt-', '[A-Za-z0-9_-]{20}', 'GitLab deploy token', 'GITLAB_DEPLOY_TOKEN', (g) => `gldt-${g.base64url(20)}`, null, 'Revoke it under the project or group → Settings → Repository → Deploy tokens.'),
  gitlab('gitlab-runner-authentication-token', 'glrt-', '(?:t[0-9]_[A-Za-z0-9_-]{27,300}\\.[0-9a-z]{9}|[A-Za-z0-9_-]{20})', 'GitLab runner authentication token', 'CI_RUNNER_TOKEN', (g) => `glrt-${g.base64url(20)}`, null, 'Delete the runner (Settings → CI/CD → Runners) or reset its token with the runners API, then re-register it.'),
  gitlab('gitlab-pipeline-trigger-token', 'glptt-', '[0-9a-f]{40}', 'GitLab pipeline trigger token', 'GITLAB_TRIGGER_TOKEN', (g) => `glptt-${g.hex(40)}`, null, 'Revoke it under the project → Settings → CI/CD → Pipeline trigger tokens.'),
  gitlab('gitlab-ci-job-token', 'glcbt-', '[0-9a-zA-Z]{1,5}_[A-Za-z0-9_-]{20}', 'GitLab CI/CD job token', 'CI_JOB_TOKEN', (g) => `glcbt-${g.alnum(2)}_${g.base64url(20)}`, null, 'Job tokens expire when the job ends; cancel running jobs and review the job token allowlist.'),
  gitlab('gitlab-feed-token', 'glft-', '[A-Za-z0-9_-]{20}', 'GitLab feed token', 'GITLAB_FEED_TOKEN', (g) => `glft-${g.base64url(20)}`, 'https://gitlab.com/-/user_settings/personal_access_tokens'),
  gitlab('gitlab-incoming-mail-token', 'glimt-', '[A-Za-z0-9_-]{25}', 'GitLab incoming email token', 'GITLAB_INCOMING_EMAIL_TOKEN', (g) => `glimt-${g.base64url(25)}`, 'https://gitlab.com/-/user_settings/personal_access_tokens'),
  gitlab('gitlab-agent-token', 'glagent-', '[A-Za-z0-9_-]{50}', 'GitLab agent for Kubernetes token', 'GITLAB_AGENT_TOKEN', (g) => `glagent-${g.base64url(50)}`, null, 'Revoke it under the project → Operate → Kubernetes clusters → the agent → Access tokens.'),
  gitlab('gitlab-oauth-app-secret', 'gloas-', '[A-Za-z0-9_-]{64}', 'GitLab OAuth application secret', 'GITLAB_OAUTH_SECRET', (g) => `gloas-${g.base64url(64)}`, 'https://gitlab.com/-/user_settings/applications'),
  gitlab('gitlab-scim-token', 'glsoat-', '[A-Za-z0-9_-]{20}', 'GitLab SCIM token', 'GITLAB_SCIM_TOKEN', (g) => `glsoat-${g.base64url(20)}`, null, 'Reset it under the group → Settings → SAML SSO → Generate a SCIM token.'),
  gitlab('gitlab-feature-flag-client-token', 'glffct-', '[A-Za-z0-9_-]{20}', 'GitLab feature flags client token', 'GITLAB_FEATURE_FLAGS_TOKEN', (g) => `glffct-${g.base64url(20)}`, null, 'Reset it under the project → Deploy → Feature flags → Configure.'),
  gitlab('gitlab-runner-registration-token', 'GR1348941', '[A-Za-z0-9_-]{20}', 'GitLab runner registration token (legacy)', 'RUNNER_REGISTRATION_TOKEN', (g) => `GR1348941${g.base64url(20)}`, null, 'Reset the registration token under Settings → CI/CD → Runners, or move to runner authentication tokens.'),
  tokenRule({
    id: 'bitbucket-app-password',
    provider: 'Bitbucket',
    family: 'source-hosting',
    description: 'Bitbucket app password',
    prefix: 'ATBB',
    body: '[A-Za-z0-9_=.-]{32}',
    envName: 'BITBUCKET_APP_PASSWORD',
    docsUrl: 'https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/',
    revocationUrl: 'https://bitbucket.org/account/settings/app-passwords/',
    sample: (g) => `ATBB${g.alnum(32)}`,
  }),
  tokenRule({
    id: 'bitbucket-access-token',
    provider: 'Bitbucket',
    family: 'source-hosting',
    description: 'Bitbucket repository / project / workspace access token',
    prefix: 'ATCTT3',
    body: '[A-Za-z0-9_=-]{150,250}',
    envName: 'BITBUCKET_ACCESS_TOKEN',
    docsUrl: 'https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/',
    revocationUrl: null,
    revocationNote: 'Revoke it under the repository, project or workspace → Settings → Security → Access tokens.',
    sample: (g) => `ATCTT3xFfGN0${g.base64url(170)}`,
  }),
  tokenRule({
    id: 'bitbucket-data-center-http-access-token',
    provider: 'Bitbucket',
    family: 'source-hosting',
    priority: 'checksum',
    description: 'Bitbucket Data Center / Server HTTP access token (BBDC-…)',
    prefix: 'BBDC-',
    body: '[A-Za-z0-9+/]{44}',
    end: 'A-Za-z0-9+/=',
    // The body decodes to the token's 12-digit id, a colon and 20 random bytes.
    validate: (secret) => isDataCenterToken(secret.slice(5)),
    envName: 'BITBUCKET_TOKEN',
    docsUrl: 'https://confluence.atlassian.com/bitbucketserver/http-access-tokens-939515499.html',
    revocationUrl: null,
    revocationNote: 'Revoke it under your profile (or the project / repository settings) → HTTP access tokens on the Bitbucket Data Center instance.',
    sample: (g) => `BBDC-${dataCenterTokenBody(g)}`,
    negatives: (g) => [`BITBUCKET_TOKEN=BBDC-${g.base64(44)}`, `BITBUCKET_TOKEN=BBDC-${btoa(`${g.digits(12)}:${g.alnum(20)}`)}`],
  }),
  contextRule({
    id: 'bitbucket-oauth-client-secret',
    provider: 'Bitbucket',
    family: 'source-hosting',
    description: 'Bitbucket OAuth consumer secret',
    names: ['bitbucket[a-z_-]{0,20}secret'],
    keywords: ['bitbucket'],
    value: '[A-Za-z0-9]{32}',
    envName: 'BITBUCKET_CLIENT_SECRET',
    docsUrl: 'https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/',
    revocationUrl: null,
    revocationNote: 'Edit the OAuth consumer under the workspace → Settings → OAuth consumers and regenerate its secret (or delete it).',
    sample: (g) => g.alnum(32),
    // The consumer's key (its client ID) is the other half.
    parts: [namedPart({ id: 'client-id', label: 'consumer key', names: ['bitbucket[a-z_-]{0,20}(?:key|client[_-]?id)'], value: '[A-Za-z0-9]{18}', envName: 'BITBUCKET_CLIENT_ID' })],
    positives: (g) => [`BITBUCKET_CLIENT_ID=${g.p(g.alnum(18))}\nBITBUCKET_CLIENT_SECRET=${g.s(g.alnum(32))}\n`],
  }),
  contextRule({
    id: 'azure-devops-pat',
    provider: 'Azure DevOps',
    family: 'source-hosting',
    description: 'Azure DevOps personal access token',
    names: ['azure[_-]?devops', 'ado[_-]?pat', 'ado[_-]?token', 'azdo', 'vsts', 'devops[_-]?pat'],
    keywords: ['devops', 'ado_pat', 'adopat', 'ado-pat', 'ado_token', 'adotoken', 'azdo', 'vsts'],
    value: '[a-z2-7]{52}|[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}',
    envName: 'AZURE_DEVOPS_PAT',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
    revocationUrl: 'https://dev.azure.com/_usersSettings/tokens',
    sample: (g) => g.chars('abcdefghijklmnopqrstuvwxyz234567', 52),
  }),
  {
    id: 'azure-devops-identifiable-pat',
    provider: 'Azure DevOps',
    family: 'source-hosting',
    priority: 'prefix',
    description: 'Azure DevOps personal access token (identifiable, AZDO)',
    keywords: ['azdo'],
    // The AZDO signature sits 76 characters into the 84-character token.
    keywordWindow: { before: 96, after: 24 },
    pattern: /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])/,
    minEntropy: 4,
    envName: 'AZURE_DEVOPS_PAT',
    docsUrl: 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
    revocationUrl: 'https://dev.azure.com/_usersSettings/tokens',
    examples: {
      positives: (g) => [...inContexts(g, `${g.alnum(76)}AZDO${g.alnum(4)}`, 'SYSTEM_ACCESSTOKEN'), `git clone https://pat:${g.s(`${g.alnum(76)}AZDO${g.alnum(4)}`)}@dev.azure.com/contoso/shop/_git/web`],
      negatives: (g) => [`token = "${g.alnum(75)}AZDO${g.alnum(4)}"`, `token = "${g.alnum(76)}azdo${g.alnum(4)}"`, `token = "${g.alnum(80)}"`],
    },
  },
  contextRule({
    id: 'gitea-access-token',
    provider: 'Gitea / Forgejo',
    family: 'source-hosting',
    description: 'Gitea / Forgejo / Codeberg access token',
    names: ['gitea', 'forgejo', 'codeberg'],
    keywords: ['gitea', 'forgejo', 'codeberg'],
    value: '[a-f0-9]{40}',
    envName: 'GITEA_TOKEN',
    docsUrl: 'https://docs.gitea.com/development/api-usage',
    revocationUrl: null,
    revocationNote: 'Delete the token under your instance → Settings → Applications → Manage access tokens.',
    sample: (g) => g.hex(40),
  }),
  tokenRule({
    id: 'sourcegraph-access-token',
    provider: 'Sourcegraph',
    family: 'source-hosting',
    description: 'Sourcegraph access token',
    prefix: 'sgp_',
    body: '(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}',
    envName: 'SRC_ACCESS_TOKEN',
    docsUrl: 'https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token',
    revocationUrl: 'https://sourcegraph.com/user/settings/tokens',
    sample: (g) => `sgp_${g.hex(16)}_${g.hex(40)}`,
  }),
  tokenRule({
    id: 'sourcegraph-license-key-token',
    provider: 'Sourcegraph',
    family: 'source-hosting',
    description: 'Sourcegraph license key token (slk_, also used for Cody Gateway access)',
    prefix: 'slk_',
    body: '[a-f0-9]{64}',
    envName: 'SRC_LICENSE_KEY_TOKEN',
    docsUrl: 'https://sourcegraph.com/docs/admin/subscriptions',
    revocationUrl: null,
    revocationNote: 'Ask Sourcegraph to revoke the license key (via your account team) and install the replacement.',
    sample: (g) => `slk_${g.hex(64)}`,
  }),
];
