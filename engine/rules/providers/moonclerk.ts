// MoonClerk: moonClerk API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const moonclerkRules: Rule[] = [
  contextRule({
    id: 'moonclerk-api-key',
    provider: 'MoonClerk',
    family: 'payments',
    description: 'MoonClerk API key',
    names: ['moonclerk'],
    keywords: ['moonclerk'],
    value: '[a-z0-9]{32}',
    envName: 'MOONCLERK_API_KEY',
    docsUrl: 'https://github.com/moonclerk/developer/blob/master/api/README.md',
    revocationUrl: null,
    revocationNote: 'MoonClerk has no public revocation link: regenerate (reset) the key in your MoonClerk account settings (Integrations → API), then update every place that uses it.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
];
