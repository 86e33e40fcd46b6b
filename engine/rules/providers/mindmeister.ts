// MindMeister: mindMeister personal access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const mindmeisterRules: Rule[] = [
  contextRule({
    id: 'mindmeister-api-token',
    provider: 'MindMeister',
    family: 'saas',
    description: 'MindMeister personal access token',
    names: ['mindmeister'],
    keywords: ['mindmeister'],
    value: '[A-Za-z0-9]{43}',
    envName: 'MINDMEISTER_API_TOKEN',
    docsUrl: 'https://developers.mindmeister.com/',
    revocationUrl: 'https://www.mindmeister.com/api',
    sample: (g) => g.alnum(43),
  }),
];
