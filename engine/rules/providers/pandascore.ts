// PandaScore: pandaScore API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const pandascoreRules: Rule[] = [
  contextRule({
    id: 'pandascore-api-token',
    provider: 'PandaScore',
    family: 'saas',
    description: 'PandaScore API token',
    names: ['pandascore'],
    keywords: ['pandascore'],
    value: '[A-Za-z0-9_-]{51}',
    envName: 'PANDASCORE_API_TOKEN',
    docsUrl: 'https://developers.pandascore.co/docs/authentication',
    revocationUrl: 'https://app.pandascore.co/dashboard/main',
    sample: (g) => g.base64url(51),
  }),
];
