// Powrbot: powrbot API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const powrbotRules: Rule[] = [
  contextRule({
    id: 'powrbot-api-key',
    provider: 'Powrbot',
    family: 'saas',
    description: 'Powrbot API key',
    names: ['powrbot'],
    keywords: ['powrbot'],
    value: '[A-Za-z0-9]{40}',
    envName: 'POWRBOT_API_KEY',
    docsUrl: 'https://powrbot.com/',
    revocationUrl: null,
    revocationNote: 'Powrbot has no public revocation link: regenerate (reset) the key in your Powrbot dashboard, then update every place that uses it.',
    sample: (g) => g.alnum(40),
  }),
];
