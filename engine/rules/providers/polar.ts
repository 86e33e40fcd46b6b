// Polar (payments for developers) tokens: personal and organization access tokens, OAuth client secrets and refresh tokens, each with a `polar_` kind prefix.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const polarRules: Rule[] = [
  tokenRule({
    id: 'polar-access-token',
    provider: 'Polar',
    family: 'payments',
    description: 'Polar personal or organization access token',
    prefix: ['polar_pat_', 'polar_oat_'],
    body: '[A-Za-z0-9]{40,64}',
    envName: 'POLAR_ACCESS_TOKEN',
    docsUrl: 'https://docs.polar.sh/integrate/authentication',
    revocationUrl: 'https://polar.sh/dashboard/settings',
    sample: (g) => `polar_oat_${g.alnum(43)}`,
  }),
  tokenRule({
    id: 'polar-client-secret',
    provider: 'Polar',
    family: 'payments',
    description: 'Polar OAuth client secret',
    prefix: 'polar_cs_',
    body: '[A-Za-z0-9]{40,64}',
    envName: 'POLAR_CLIENT_SECRET',
    docsUrl: 'https://docs.polar.sh/integrate/oauth2/introduction',
    revocationUrl: 'https://polar.sh/settings',
    sample: (g) => `polar_cs_${g.alnum(43)}`,
  }),
  tokenRule({
    id: 'polar-refresh-token',
    provider: 'Polar',
    family: 'payments',
    description: 'Polar OAuth refresh token',
    prefix: 'polar_rt_',
    body: '[A-Za-z0-9]{40,64}',
    envName: 'POLAR_REFRESH_TOKEN',
    docsUrl: 'https://docs.polar.sh/integrate/oauth2/introduction',
    revocationUrl: null,
    revocationNote: 'Revoke the token through Polar\'s OAuth revocation endpoint (POST /v1/oauth2/revoke) or remove the app\'s access in Polar settings.',
    sample: (g) => `polar_rt_${g.alnum(43)}`,
  }),
];
