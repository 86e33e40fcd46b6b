// VBOUT: vBOUT API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const vboutRules: Rule[] = [
  contextRule({
    id: 'vbout-api-key',
    provider: 'VBOUT',
    family: 'messaging',
    description: 'VBOUT API key',
    names: ['vbout'],
    keywords: ['vbout'],
    value: '[0-9]{25}',
    minEntropy: 2.5,
    envName: 'VBOUT_API_KEY',
    docsUrl: 'https://developers.vbout.com/docs',
    revocationUrl: null,
    revocationNote: 'VBOUT has no public revocation link: regenerate (reset) the key in your VBOUT settings (API integrations), then update every place that uses it.',
    sample: (g) => g.digits(25),
  }),
];
