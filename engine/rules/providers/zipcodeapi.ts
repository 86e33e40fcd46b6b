// ZipCodeAPI: zipCodeAPI key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const zipcodeapiRules: Rule[] = [
  contextRule({
    id: 'zipcodeapi-api-key',
    provider: 'ZipCodeAPI',
    family: 'saas',
    description: 'ZipCodeAPI key',
    names: ['zipcodeapi'],
    keywords: ['zipcodeapi'],
    value: '[A-Za-z0-9]{64}',
    envName: 'ZIPCODEAPI_KEY',
    docsUrl: 'https://www.zipcodeapi.com/API',
    revocationUrl: 'https://www.zipcodeapi.com/Account',
    sample: (g) => g.alnum(64),
  }),
];
