// Metrilo: metrilo API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const metriloRules: Rule[] = [
  contextRule({
    id: 'metrilo-api-token',
    provider: 'Metrilo',
    family: 'saas',
    description: 'Metrilo API token',
    names: ['metrilo'],
    keywords: ['metrilo'],
    value: '[a-z0-9]{16}',
    envName: 'METRILO_API_TOKEN',
    docsUrl: 'https://www.metrilo.com/developers',
    revocationUrl: null,
    revocationNote: 'Metrilo has no public revocation link: regenerate (reset) the key in your Metrilo project settings (Integration → API token), then update every place that uses it.',
    sample: (g) => g.chars(LOWER_ALNUM, 16),
  }),
];
