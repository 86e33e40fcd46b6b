// The New York Times: new York Times developer API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const nytimesRules: Rule[] = [
  contextRule({
    id: 'nytimes-api-key',
    provider: 'The New York Times',
    family: 'saas',
    description: 'New York Times developer API key',
    names: ['nytimes', 'ny[_.-]?times'],
    keywords: ['nytimes', 'ny_times', 'ny-times', 'ny.times'],
    value: '[A-Za-z0-9]{32}',
    envName: 'NYTIMES_API_KEY',
    docsUrl: 'https://developer.nytimes.com/get-started',
    revocationUrl: 'https://developer.nytimes.com/my-apps',
    sample: (g) => g.alnum(32),
  }),
];
