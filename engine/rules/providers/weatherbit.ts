// Weatherbit: weatherbit API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const weatherbitRules: Rule[] = [
  contextRule({
    id: 'weatherbit-api-key',
    provider: 'Weatherbit',
    family: 'saas',
    description: 'Weatherbit API key',
    names: ['weatherbit'],
    keywords: ['weatherbit'],
    value: '[a-f0-9]{32}',
    envName: 'WEATHERBIT_API_KEY',
    docsUrl: 'https://www.weatherbit.io/api',
    revocationUrl: 'https://www.weatherbit.io/account/dashboard',
    sample: (g) => g.hex(32),
  }),
];
