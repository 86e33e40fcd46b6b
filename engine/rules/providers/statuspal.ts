// Statuspal: statuspal API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const statuspalRules: Rule[] = [
  contextRule({
    id: 'statuspal-api-key',
    provider: 'Statuspal',
    family: 'observability',
    description: 'Statuspal API key',
    names: ['statuspal'],
    keywords: ['statuspal'],
    value: '[A-Za-z0-9]{32}',
    envName: 'STATUSPAL_API_KEY',
    docsUrl: 'https://www.statuspal.io/api-docs',
    revocationUrl: null,
    revocationNote: 'Statuspal has no public revocation link: regenerate (reset) the key in your Statuspal account settings (API key), then update every place that uses it.',
    sample: (g) => g.alnum(32),
  }),
];
