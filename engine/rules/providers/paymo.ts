// Paymo: paymo API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const paymoRules: Rule[] = [
  contextRule({
    id: 'paymo-api-key',
    provider: 'Paymo',
    family: 'saas',
    description: 'Paymo API key',
    names: ['paymo'],
    keywords: ['paymo'],
    value: '[A-Za-z0-9]{44}',
    envName: 'PAYMO_API_KEY',
    docsUrl: 'https://github.com/paymoapp/api/blob/master/sections/authentication.md',
    revocationUrl: null,
    revocationNote: 'Paymo has no public revocation link: regenerate (reset) the key in your Paymo profile (My Account → API Keys), then update every place that uses it.',
    sample: (g) => g.alnum(44),
  }),
];
