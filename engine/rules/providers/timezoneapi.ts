// TimezoneAPI: timezoneAPI key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const timezoneapiRules: Rule[] = [
  contextRule({
    id: 'timezoneapi-api-key',
    provider: 'TimezoneAPI',
    family: 'saas',
    description: 'TimezoneAPI key',
    names: ['timezoneapi'],
    keywords: ['timezoneapi'],
    value: '[A-Za-z]{20}',
    envName: 'TIMEZONEAPI_KEY',
    docsUrl: 'https://timezoneapi.io/developers',
    revocationUrl: 'https://timezoneapi.io/dashboard',
    sample: (g) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 20),
  }),
];
