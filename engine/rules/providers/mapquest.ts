// MapQuest: mapQuest developer API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const mapquestRules: Rule[] = [
  contextRule({
    id: 'mapquest-api-key',
    provider: 'MapQuest',
    family: 'saas',
    description: 'MapQuest developer API key',
    names: ['mapquest'],
    keywords: ['mapquest'],
    value: '[A-Za-z0-9]{32}',
    envName: 'MAPQUEST_API_KEY',
    docsUrl: 'https://developer.mapquest.com/documentation/',
    revocationUrl: 'https://developer.mapquest.com/user/me/apps',
    sample: (g) => g.alnum(32),
  }),
];
