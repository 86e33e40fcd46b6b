// Simvoly: simvoly API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const simvolyRules: Rule[] = [
  contextRule({
    id: 'simvoly-api-token',
    provider: 'Simvoly',
    family: 'saas',
    description: 'Simvoly API token',
    names: ['simvoly'],
    keywords: ['simvoly'],
    value: '[a-z0-9]{33}',
    envName: 'SIMVOLY_API_TOKEN',
    docsUrl: 'https://simvoly.com/',
    revocationUrl: null,
    revocationNote: 'Simvoly has no public revocation link: regenerate (reset) the key in your Simvoly settings (API), then update every place that uses it.',
    sample: (g) => g.chars(LOWER_ALNUM, 33),
  }),
];
