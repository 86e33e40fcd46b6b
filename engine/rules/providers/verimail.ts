// Verimail: verimail API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_HEX = '0123456789ABCDEF';

export const verimailRules: Rule[] = [
  contextRule({
    id: 'verimail-api-key',
    provider: 'Verimail',
    family: 'messaging',
    description: 'Verimail API key',
    names: ['verimail'],
    keywords: ['verimail'],
    value: '[A-F0-9]{32}',
    envName: 'VERIMAIL_API_KEY',
    docsUrl: 'https://verimail.io/docs',
    revocationUrl: 'https://verimail.io/dashboard',
    sample: (g) => g.chars(UPPER_HEX, 32),
  }),
];
