// vatlayer: apilayer VAT validation API; its access key is 32 characters named by the product.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const vatlayerRules: Rule[] = [
  contextRule({
    id: 'vatlayer-access-key',
    provider: 'vatlayer',
    family: 'saas',
    description: 'vatlayer (apilayer) API access key',
    names: ['vatlayer'],
    keywords: ['vatlayer'],
    value: '[a-z0-9]{32}',
    envName: 'VATLAYER_ACCESS_KEY',
    docsUrl: 'https://vatlayer.com/documentation',
    revocationUrl: null,
    revocationNote: 'Reset the access key in the vatlayer dashboard (https://vatlayer.com/dashboard); the old key stops working at once.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
