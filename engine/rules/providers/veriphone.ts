// Veriphone: veriphone API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_HEX = '0123456789ABCDEF';

export const veriphoneRules: Rule[] = [
  contextRule({
    id: 'veriphone-api-key',
    provider: 'Veriphone',
    family: 'saas',
    description: 'Veriphone API key',
    names: ['veriphone'],
    keywords: ['veriphone'],
    value: '[A-F0-9]{32}',
    envName: 'VERIPHONE_API_KEY',
    docsUrl: 'https://veriphone.io/docs/v2',
    revocationUrl: 'https://veriphone.io/dashboard',
    sample: (g) => g.chars(UPPER_HEX, 32),
  }),
];
