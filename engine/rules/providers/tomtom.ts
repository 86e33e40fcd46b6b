// TomTom: tomTom Maps API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const tomtomRules: Rule[] = [
  contextRule({
    id: 'tomtom-api-key',
    provider: 'TomTom',
    family: 'saas',
    description: 'TomTom Maps API key',
    names: ['tomtom'],
    keywords: ['tomtom'],
    value: '[A-Za-z0-9]{32}',
    envName: 'TOMTOM_API_KEY',
    docsUrl: 'https://developer.tomtom.com/knowledgebase/platform/articles/how-to-get-an-tomtom-api-key/',
    revocationUrl: 'https://developer.tomtom.com/user/me/apps',
    sample: (g) => g.alnum(32),
  }),
];
