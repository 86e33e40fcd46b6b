// NASA Open APIs: nASA Open APIs key (api.nasa.gov), recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const nasaRules: Rule[] = [
  contextRule({
    id: 'nasa-api-key',
    provider: 'NASA Open APIs',
    family: 'saas',
    description: 'NASA Open APIs key (api.nasa.gov)',
    names: ['nasa[_.-]?api'],
    keywords: ['nasaapi', 'nasa_api', 'nasa-api', 'nasa.api'],
    value: '[A-Za-z0-9]{40}',
    envName: 'NASA_API_KEY',
    docsUrl: 'https://api.nasa.gov/',
    revocationUrl: null,
    revocationNote: 'api.nasa.gov has no self-service revocation: sign up for a new key and stop using this one (it is rate-limited per key).',
    sample: (g) => g.alnum(40),
  }),
];
