// Lichess tokens: `lip_` (personal API tokens) and `lio_` (OAuth access tokens).
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const lichessRules: Rule[] = [
  tokenRule({
    id: 'lichess-personal-access-token',
    provider: 'Lichess',
    family: 'saas',
    description: 'Lichess personal API access token',
    prefix: 'lip_',
    body: '[A-Za-z0-9]{16,24}',
    envName: 'LICHESS_TOKEN',
    docsUrl: 'https://lichess.org/api#section/Introduction/Authentication',
    revocationUrl: 'https://lichess.org/account/oauth/token',
    sample: (g) => `lip_${g.alnum(20)}`,
    negatives: (g) => [
      `LICHESS_TOKEN="LIP_${g.alnum(20)}"`, // prefix in the wrong case
    ],
  }),
  tokenRule({
    id: 'lichess-oauth-access-token',
    provider: 'Lichess',
    family: 'saas',
    description: 'Lichess OAuth access token',
    prefix: 'lio_',
    body: '[A-Za-z0-9]{20,40}',
    envName: 'LICHESS_OAUTH_TOKEN',
    docsUrl: 'https://lichess.org/api#section/Introduction/Authentication',
    revocationUrl: null,
    revocationNote: 'Revoke it with DELETE /api/token, or in Lichess → Preferences → Third-party apps.',
    sample: (g) => `lio_${g.alnum(32)}`,
    negatives: (g) => [
      `LICHESS_OAUTH_TOKEN="LIO_${g.alnum(32)}"`, // prefix in the wrong case
    ],
  }),
];
