import { hasCrc32Suffix } from '../checksums';
import type { Rule } from '../types';
import { inContexts } from './contexts';

const GITHUB_REVOKE = 'https://github.com/settings/tokens';

function githubClassic(prefix: string, id: string, description: string, envName: string): Rule {
  return {
    id,
    provider: 'GitHub',
    family: 'source-hosting',
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
];
