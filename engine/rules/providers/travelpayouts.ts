// Travelpayouts: travelpayouts API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const travelpayoutsRules: Rule[] = [
  contextRule({
    id: 'travelpayouts-api-token',
    provider: 'Travelpayouts',
    family: 'saas',
    description: 'Travelpayouts API token',
    names: ['travelpayouts'],
    keywords: ['travelpayouts'],
    value: '[a-f0-9]{32}',
    envName: 'TRAVELPAYOUTS_TOKEN',
    docsUrl: 'https://support.travelpayouts.com/hc/en-us/articles/203956163-Travel-insights-with-Travelpayouts-Data-API',
    revocationUrl: 'https://app.travelpayouts.com/profile/api-token',
    sample: (g) => g.hex(32),
  }),
];
