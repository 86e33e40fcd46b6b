// Printful: printful private API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const printfulRules: Rule[] = [
  contextRule({
    id: 'printful-api-token',
    provider: 'Printful',
    family: 'payments',
    description: 'Printful private API token',
    names: ['printful'],
    keywords: ['printful'],
    value: '[A-Za-z0-9]{40}',
    envName: 'PRINTFUL_API_TOKEN',
    docsUrl: 'https://developers.printful.com/docs/#section/Authorization',
    revocationUrl: 'https://developers.printful.com/tokens',
    sample: (g) => g.alnum(40),
  }),
];
