// OpenUV: openUV API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const openuvRules: Rule[] = [
  contextRule({
    id: 'openuv-api-key',
    provider: 'OpenUV',
    family: 'saas',
    description: 'OpenUV API key',
    names: ['openuv'],
    keywords: ['openuv'],
    value: '[a-f0-9]{32}',
    envName: 'OPENUV_API_KEY',
    docsUrl: 'https://www.openuv.io/dashboard?tab=1',
    revocationUrl: 'https://www.openuv.io/dashboard',
    sample: (g) => g.hex(32),
  }),
];
