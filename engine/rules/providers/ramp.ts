// Ramp (corporate cards) developer API: `ramp_sec_` client secrets and `ramp_tok_` access tokens.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const rampRules: Rule[] = [
  tokenRule({
    id: 'ramp-client-secret',
    provider: 'Ramp',
    family: 'payments',
    description: 'Ramp API client secret',
    prefix: 'ramp_sec_',
    body: '[A-Za-z0-9]{48}',
    envName: 'RAMP_CLIENT_SECRET',
    docsUrl: 'https://docs.ramp.com/developer-api/v1/authorization',
    revocationUrl: 'https://app.ramp.com/settings/ramp-developer',
    revocationNote: 'Rotate the client secret of the app in Ramp (Settings → Ramp Developer) and update every client.',
    sample: (g) => `ramp_sec_${g.alnum(48)}`,
  }),
  tokenRule({
    id: 'ramp-access-token',
    provider: 'Ramp',
    family: 'payments',
    description: 'Ramp API access token',
    prefix: 'ramp_tok_',
    body: '[A-Za-z0-9]{40,60}',
    envName: 'RAMP_API_TOKEN',
    docsUrl: 'https://docs.ramp.com/developer-api/v1/authorization',
    revocationUrl: 'https://app.ramp.com/settings/ramp-developer',
    revocationNote: 'Revoke the token (POST /developer/v1/token/revoke) or delete it in Ramp (Settings → Ramp Developer → API tokens).',
    sample: (g) => `ramp_tok_${g.alnum(46)}`,
  }),
];
