// tyntec: tyntec API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const tyntecRules: Rule[] = [
  contextRule({
    id: 'tyntec-api-key',
    provider: 'tyntec',
    family: 'messaging',
    description: 'tyntec API key',
    names: ['tyntec'],
    keywords: ['tyntec'],
    value: '[A-Za-z0-9]{32}',
    envName: 'TYNTEC_API_KEY',
    docsUrl: 'https://api.tyntec.com/reference/',
    revocationUrl: 'https://my.tyntec.com/api-settings',
    sample: (g) => g.alnum(32),
  }),
];
