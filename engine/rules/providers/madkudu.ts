// MadKudu: madKudu API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const madkuduRules: Rule[] = [
  contextRule({
    id: 'madkudu-api-key',
    provider: 'MadKudu',
    family: 'saas',
    description: 'MadKudu API key',
    names: ['madkudu'],
    keywords: ['madkudu'],
    value: '[a-f0-9]{32}',
    envName: 'MADKUDU_API_KEY',
    docsUrl: 'https://developers.madkudu.com/reference/authentication',
    revocationUrl: null,
    revocationNote: 'MadKudu has no public revocation link: regenerate (reset) the key in your MadKudu app settings (Integrations → API), then update every place that uses it.',
    sample: (g) => g.hex(32),
  }),
];
