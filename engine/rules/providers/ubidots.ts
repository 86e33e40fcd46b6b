// Ubidots tokens: `BBFF-` (legacy) or `BBUS-` and 30 alphanumerics.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const ubidotsRules: Rule[] = [
  tokenRule({
    id: 'ubidots-token',
    provider: 'Ubidots',
    family: 'infrastructure',
    description: 'Ubidots API token',
    prefix: ['BBFF-', 'BBUS-'],
    body: '[A-Za-z0-9]{30}',
    envName: 'UBIDOTS_TOKEN',
    docsUrl: 'https://docs.ubidots.com/reference/authentication',
    revocationUrl: 'https://industrial.ubidots.com/accounts/me/apiCredentials',
    sample: (g) => `BBUS-${g.alnum(30)}`,
  }),
];
