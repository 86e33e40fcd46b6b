// Pinterest API v5 OAuth tokens: `pina_` access tokens and `pinr_` refresh tokens.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const pinterestRules: Rule[] = [
  tokenRule({
    id: 'pinterest-access-token',
    provider: 'Pinterest',
    family: 'saas',
    description: 'Pinterest OAuth access token',
    prefix: 'pina_',
    body: '[A-Za-z0-9]{80,200}',
    envName: 'PINTEREST_ACCESS_TOKEN',
    docsUrl: 'https://developers.pinterest.com/docs/getting-started/authentication-and-scopes/',
    revocationUrl: 'https://developers.pinterest.com/apps/',
    sample: (g) => `pina_${g.chars(UPPER_ALNUM, 96)}`,
  }),
  tokenRule({
    id: 'pinterest-refresh-token',
    provider: 'Pinterest',
    family: 'saas',
    description: 'Pinterest OAuth refresh token',
    prefix: 'pinr_',
    body: '[A-Za-z0-9]{80,200}',
    envName: 'PINTEREST_REFRESH_TOKEN',
    docsUrl: 'https://developers.pinterest.com/docs/getting-started/authentication-and-scopes/',
    revocationUrl: 'https://developers.pinterest.com/apps/',
    sample: (g) => `pinr_${g.chars(UPPER_ALNUM, 96)}`,
  }),
];
