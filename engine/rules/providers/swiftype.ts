// Swiftype: swiftype API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const swiftypeRules: Rule[] = [
  contextRule({
    id: 'swiftype-api-key',
    provider: 'Swiftype',
    family: 'saas',
    description: 'Swiftype API key',
    names: ['swiftype'],
    keywords: ['swiftype'],
    value: '[A-Za-z0-9]{6}_[A-Za-z0-9]{6}-[A-Za-z0-9]{6}',
    envName: 'SWIFTYPE_API_KEY',
    docsUrl: 'https://swiftype.com/documentation/site-search/overview',
    revocationUrl: null,
    revocationNote: 'Swiftype has no public revocation link: regenerate (reset) the key in your Swiftype account settings, then update every place that uses it.',
    sample: (g) => `${g.alnum(6)}_${g.alnum(6)}-${g.alnum(6)}`,
  }),
];
