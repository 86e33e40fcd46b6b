// MeisterTask: meisterTask personal access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const meistertaskRules: Rule[] = [
  contextRule({
    id: 'meistertask-api-token',
    provider: 'MeisterTask',
    family: 'saas',
    description: 'MeisterTask personal access token',
    names: ['meistertask'],
    keywords: ['meistertask'],
    value: '[A-Za-z0-9]{43}',
    envName: 'MEISTERTASK_API_TOKEN',
    docsUrl: 'https://developers.meistertask.com/',
    revocationUrl: 'https://www.mindmeister.com/api',
    sample: (g) => g.alnum(43),
  }),
];
