// Simplesat: simplesat API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const simplesatRules: Rule[] = [
  contextRule({
    id: 'simplesat-api-key',
    provider: 'Simplesat',
    family: 'saas',
    description: 'Simplesat API key',
    names: ['simplesat'],
    keywords: ['simplesat'],
    value: '[a-z0-9]{40}',
    envName: 'SIMPLESAT_API_KEY',
    docsUrl: 'https://documenter.getpostman.com/view/457268/SVfRt7WN',
    revocationUrl: null,
    revocationNote: 'Simplesat has no public revocation link: regenerate (reset) the key in your Simplesat settings (API), then update every place that uses it.',
    sample: (g) => g.chars(LOWER_ALNUM, 40),
  }),
];
