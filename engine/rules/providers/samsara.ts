// Samsara fleet API tokens: `samsara_api_` and a random body.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const samsaraRules: Rule[] = [
  tokenRule({
    id: 'samsara-api-token',
    provider: 'Samsara',
    family: 'saas',
    description: 'Samsara API token',
    prefix: 'samsara_api_',
    body: '[A-Za-z0-9]{25,40}',
    envName: 'SAMSARA_API_TOKEN',
    docsUrl: 'https://developers.samsara.com/docs/authentication',
    revocationUrl: 'https://cloud.samsara.com/',
    revocationNote: 'Delete the token in the Samsara dashboard (Settings → API Tokens) and create a new one.',
    sample: (g) => `samsara_api_${g.alnum(30)}`,
  }),
];
