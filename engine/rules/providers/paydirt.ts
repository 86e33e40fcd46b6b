// Paydirt: paydirt API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const paydirtRules: Rule[] = [
  contextRule({
    id: 'paydirt-api-key',
    provider: 'Paydirt',
    family: 'saas',
    description: 'Paydirt API key',
    names: ['paydirt'],
    keywords: ['paydirt'],
    value: '[a-z0-9]{32}',
    envName: 'PAYDIRT_API_KEY',
    docsUrl: 'https://paydirtapp.com/api/v1',
    revocationUrl: null,
    revocationNote: 'Paydirt has no public revocation link: regenerate (reset) the key in your Paydirt account settings, then update every place that uses it.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
