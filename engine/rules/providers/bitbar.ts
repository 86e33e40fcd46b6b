// SmartBear BitBar: BitBar device cloud API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const bitbarRules: Rule[] = [
  contextRule({
    id: 'bitbar-api-key',
    provider: 'SmartBear BitBar',
    family: 'infrastructure',
    description: 'BitBar device cloud API key',
    names: ['bitbar'],
    keywords: ['bitbar'],
    value: '[a-z0-9]{32}',
    envName: 'BITBAR_API_KEY',
    docsUrl: 'https://support.smartbear.com/bitbar/docs/en/getting-started/api-access.html',
    revocationUrl: null,
    revocationNote: 'Reset the API key under My account → API access in BitBar.',
    sample: (g) => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32),
  }),
];
