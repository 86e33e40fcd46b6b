// Coralogix API keys: `cxtp_` (team/send-your-data) or `cxup_` (personal) + 30 characters.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const coralogixRules: Rule[] = [
  tokenRule({
    id: 'coralogix-api-key',
    provider: 'Coralogix',
    family: 'observability',
    description: 'Coralogix API key',
    prefix: ['cxtp_', 'cxup_'],
    body: '[A-Za-z0-9]{30}',
    envName: 'CORALOGIX_API_KEY',
    docsUrl: 'https://coralogix.com/docs/user-guides/account-management/api-keys/api-keys/',
    revocationUrl: null,
    revocationNote: 'Delete the key in Coralogix → Settings → API Keys and create a new one.',
    sample: (g) => `cxtp_${g.alnum(30)}`,
    negatives: (g) => [
      `CORALOGIX_API_KEY="CXTP_${g.alnum(30)}"`, // prefix in the wrong case
    ],
  }),
];
